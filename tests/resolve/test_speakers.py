from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.model import Article, QuoteMention
from eventwire.pipeline import QUOTES, Pipeline
from eventwire.resolve.people import surname_key
from eventwire.settings import Settings

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "kyiv-2022-04-28.txt"


@pytest.fixture
def quotes_of(run_stages: Any) -> Any:
    def run(text: str) -> tuple[QuoteMention, ...]:
        found: tuple[QuoteMention, ...] = run_stages(text, "quotes").get(QUOTES)
        return found

    return run


def _speaker(text: str, quote: QuoteMention) -> tuple[str, str, str | None]:
    speaker = quote.speaker
    assert speaker is not None and speaker.span is not None
    name_text = speaker.name_span.text_of(text) if speaker.name_span else None
    return speaker.name, speaker.span.text_of(text), name_text


def test_pronoun_speaker_is_the_person_named_before(quotes_of: Any) -> None:
    text = (
        "Mayor Anna Kowalski visited the flooded district on Monday.\n\n"
        '"We will rebuild every house in this street," she said.'
    )
    (quote,) = quotes_of(text)
    assert _speaker(text, quote) == ("Anna Kowalski", "she", "Anna Kowalski")
    assert quote.provenance.stage == "quotes" and "pronoun" in quote.provenance.rule


def test_surname_is_linked_to_the_full_name_written_earlier(quotes_of: Any) -> None:
    text = (
        "Defence Minister Piotr Nowak said the army was ready. "
        "Later, Nowak told reporters that more troops would arrive on Friday."
    )
    first, second = quotes_of(text)
    assert first.speaker is not None and first.speaker.title == "Defence Minister"
    assert _speaker(text, second) == ("Piotr Nowak", "Nowak", "Piotr Nowak")


def test_description_is_resolved_through_a_title_seen_before(quotes_of: Any) -> None:
    text = (
        "Foreign Minister Jan Berg arrived in the capital on Tuesday for two days of talks. "
        "Journalists waited outside the building for hours. "
        "The foreign minister said the meeting had been useful."
    )
    (quote,) = quotes_of(text)
    name, mention, _ = _speaker(text, quote)
    assert (name, mention) == ("Jan Berg", "The foreign minister")


def test_untitled_description_takes_a_person_only_from_its_own_sentence(quotes_of: Any) -> None:
    text = (
        "Lena Ortiz opened the new library on Monday.\n\n"
        "The governor said the state would pay for two more.\n\n"
        "After he met John Carter on Friday, the governor said the talks had gone well."
    )
    earlier, same = quotes_of(text)
    assert _speaker(text, earlier) == ("The governor", "The governor", None)
    assert earlier.provenance.rule.endswith("+description")
    assert same.speaker is not None and same.speaker.name == "John Carter"


def test_indefinite_source_is_kept_as_written(quotes_of: Any) -> None:
    text = "A senior official said the plan had been dropped."
    (quote,) = quotes_of(text)
    assert _speaker(text, quote) == ("A senior official", "A senior official", None)


def test_pronoun_skips_names_inside_the_quotation(quotes_of: Any) -> None:
    text = (
        "The timing was not lost on Mykola Bondar, a senior government aide.\n\n"
        '"They bombed the city while Ivan Petrenko was visiting," he tweeted.'
    )
    (quote,) = quotes_of(text)
    assert quote.speaker is not None and quote.speaker.name == "Mykola Bondar"


def test_surname_key_drops_possessive_and_case() -> None:
    assert surname_key("Antonio Guterres's") == "guterres"
    assert surname_key("KLITSCHKO") == "klitschko"


def test_kyiv_example_attributes_every_quote_an_analyst_finds() -> None:
    raw = EXAMPLE.read_text(encoding="utf-8")
    text = raw.split(" ", 3)[3]
    stages = ("sentences", "quotations", "quote_mentions", "quotes")
    modules = ("eventwire.detect", "eventwire.resolve")
    result = Pipeline(Settings(stages=stages), modules).run_one(Article(id="kyiv", text=text))
    by_cue = {(q.cue.text_of(text) if q.cue else "", q.speaker.name if q.speaker else "") for q in result.quotes}
    speakers = {name for _, name in by_cue}
    expected = {"Vitali Klitschko", "Antonio Guterres", "Andriy Yermak", "Oleksiy Reznikov", "Mykhaylo Podolyak"}
    assert expected <= speakers
    assert ("denouncing", "Dmytro Kuleba") in by_cue
    assert ("telling", "Vladimir Putin") in by_cue
    assert ("tweeted", "Mykhaylo Podolyak") in by_cue
    podolyak = next(q for q in result.quotes if q.cue and q.cue.text_of(text) == "tweeted")
    assert podolyak.speaker is not None and podolyak.speaker.span is not None
    assert podolyak.speaker.span.text_of(text) == "he" and podolyak.kind.value == "direct"
