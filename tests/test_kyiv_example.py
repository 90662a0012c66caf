"""The bundled first example, end to end: what the issue's acceptance criteria ask of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.engine import Engine
from eventwire.ingest import read_paths
from eventwire.lexicon.plover import CATEGORIES
from eventwire.model import ArticleResult, Event

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "kyiv-2022-04-28.txt"


@pytest.fixture(scope="module")
def result() -> ArticleResult:
    (article,) = read_paths([EXAMPLE])
    (outcome,) = Engine().run([article])
    assert isinstance(outcome, ArticleResult)
    return outcome


def test_main_event_is_the_missile_strike_on_kyiv(result: ArticleResult) -> None:
    main = result.events[0]
    assert main.event_type == "Explosions/Remote violence"
    assert main.sub_event_type == "Shelling/artillery/missile attack"
    assert main.date is not None and main.date.value == "2022-04-28"
    assert main.place is not None
    assert "Kyiv" in (main.place.name, main.place.city)
    assert main.injured == 3
    assert not main.killed


def test_talks_and_visits_are_not_acled_events(result: ArticleResult) -> None:
    # Guterres's talks in Kyiv and Moscow are consultations (PLOVER CONSULT), not ACLED agreements.
    assert [e.sub_event_type for e in result.events if e.event_type == "Strategic developments"] == []


def test_every_event_field_points_at_its_evidence(result: ArticleResult) -> None:
    text = result.article.text
    main = result.events[0]
    assert main.sentence.contains(main.trigger)
    assert main.place_span is not None
    assert main.place_span.text_of(text).startswith(("Kyiv", "Shevchenkovsky"))
    assert main.casualty_spans, "the injured figure needs its evidence"
    assert any("three people" in span.text_of(text) for span in main.casualty_spans)


def test_quotes_are_attributed_to_the_officials(result: ArticleResult) -> None:
    speakers = {q.speaker.name for q in result.quotes if q.speaker is not None}
    for surname in ("Klitschko", "Guterres", "Yermak", "Reznikov", "Podolyak"):
        assert any(surname in name for name in speakers), f"no quote attributed to {surname}: {speakers}"


def test_podolyak_tweet_is_resolved_from_the_previous_sentence(result: ArticleResult) -> None:
    text = result.article.text
    tweet = next(q for q in result.quotes if "Missile strikes in the downtown" in q.span.text_of(text))
    assert tweet.speaker is not None and "Podolyak" in tweet.speaker.name
    assert tweet.speaker.span is not None and tweet.speaker.span.text_of(text) == "he"


def test_dates_resolve_against_the_publication_date(result: ArticleResult) -> None:
    text = result.article.text
    values = {d.span.text_of(text): d.resolved.value for d in result.dates if d.resolved}
    assert values.get("Thursday") == "2022-04-28"
    assert values.get("Feb. 24") == "2022-02-24"


def _verbal(result: ArticleResult, plover: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(source, target, date, place) of each event of a PLOVER category."""
    return [
        (
            e.actor1.name if e.actor1 else None,
            e.actor2.name if e.actor2 else None,
            e.date.value if e.date else None,
            (e.place.city or e.place.name) if e.place else None,
        )
        for e in result.events
        if e.plover == plover and e.event_type == "none"
    ]


def test_the_talks_in_kyiv_and_in_moscow_are_consultations(result: ArticleResult) -> None:
    consultations = _verbal(result, "CONSULT")
    assert ("Antonio Guterres", "Volodymyr Zelenskyy", "2022-04-28", "Kyiv") in consultations
    assert ("Antonio Guterres", "Vladimir Putin", "2022-04-26", "Moscow") in consultations


def test_kuleba_and_reznikov_accuse_russia(result: ArticleResult) -> None:
    accusers = {(source, target) for source, target, _, _ in _verbal(result, "ACCUSE")}
    assert ("Dmytro Kuleba", "Military Forces of Russia (2000-)") in accusers
    assert ("Oleksiy Reznikov", "Military Forces of Russia (2000-)") in accusers


def test_the_strike_stays_the_main_event_and_no_plover_value_is_retired(result: ArticleResult) -> None:
    assert result.events[0].event_type == "Explosions/Remote violence"
    assert all(e.event_type == "none" for e in result.events if e.plover in {"CONSULT", "ACCUSE"})
    assert {e.plover for e in result.events} <= set(CATEGORIES)
    main = result.events[0]
    assert (main.plover, main.plover_mode) == ("ASSAULT", "shelling")
    assert main.actor1 is not None and (main.actor1.inter, main.actor1.sector) == (8, "military")
    assert main.actor2 is not None and main.actor2.inter == 7 and main.interaction == 78


def test_every_quote_of_the_expected_table_has_its_speaker(result: ArticleResult) -> None:
    text = result.article.text
    expected = {
        "two hits in the Shevchenkovsky district": "Vitali Klitschko",
        "three people had been taken to the hospital": "Vitali Klitschko",
        "There was an attack on Kyiv": "Antonio Guterres",
        "proof that we need a quick victory": "Andriy Yermak",
        "heinous act of barbarism": "Dmytro Kuleba",
        "This is an attack on the security": "Oleksiy Reznikov",
        "Missile strikes in the downtown of Kyiv": "Mykhaylo Podolyak",
        "War is an absurdity": "Antonio Guterres",
        "Let me be very clear": "Antonio Guterres",
        "he remained hopeful": "Vladimir Putin",
    }
    for words, speaker in expected.items():
        quote = next(q for q in result.quotes if words in q.span.text_of(text))
        assert quote.speaker is not None and quote.speaker.name == speaker, words
    aide = next(q for q in result.quotes if q.speaker is not None and q.speaker.name.startswith("A close aide"))
    assert aide.speaker is not None and aide.speaker.principal == "Antonio Guterres"


def test_quotes_link_to_the_events_they_are_about(result: ArticleResult) -> None:
    text = result.article.text

    def event_of(words: str) -> Event | None:
        quote = next(q for q in result.quotes if words in q.span.text_of(text))
        return result.events[quote.event] if quote.event is not None else None

    assert event_of("There was an attack on Kyiv") is result.events[0]
    kuleba = event_of("heinous act of barbarism")
    assert kuleba is not None and kuleba.plover == "ACCUSE"
    putin = event_of("he remained hopeful")
    assert putin is not None and putin.plover == "CONSULT" and putin.actor2 is not None
    assert putin.actor2.name == "Vladimir Putin"
