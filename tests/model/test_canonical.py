"""The canonical JSON round-trips exactly: ``from_json(to_json(result), text) == result``."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.model import (
    Article,
    ArticleResult,
    DateMention,
    EntityMention,
    Event,
    Granularity,
    PlaceKind,
    PlaceMention,
    Provenance,
    QuoteKind,
    QuoteMention,
    ResolvedDate,
    ResolvedPlace,
    Span,
    Speaker,
    StageRun,
)
from eventwire.model.canonical import from_json, granularity_of_value, to_json
from tests.model.strategies import DATE_VALUES, article_results, shaped_dates

# A fixed, modest budget: about five seconds for this module on a shared 2-core machine. Which
# examples run is the profile's choice (tests/model/conftest.py: derandomized by default).
EXAMPLES = 150


def through_a_file(result: ArticleResult) -> ArticleResult:
    """Write the canonical JSON as UTF-8 text, as ``eventwire extract`` and the store do, and read it back."""
    written = json.dumps(to_json(result), ensure_ascii=False).encode("utf-8")
    return from_json(json.loads(written.decode("utf-8")), result.article.text)


@given(article_results())
@settings(max_examples=EXAMPLES, deadline=None)
def test_every_valid_result_survives_the_round_trip(result: ArticleResult) -> None:
    assert through_a_file(result) == result


@given(article_results())
@settings(max_examples=EXAMPLES // 3, deadline=None)
def test_writing_what_was_read_gives_the_same_json(result: ArticleResult) -> None:
    assert to_json(through_a_file(result)) == to_json(result)


@given(st.sampled_from(Granularity).flatmap(lambda g: DATE_VALUES[g].map(lambda v: (v, g))))
@settings(max_examples=EXAMPLES // 3, deadline=None)
def test_a_value_shape_gives_its_granularity(value_and_granularity: tuple[str, Granularity]) -> None:
    """The fallback for event dates written without ``date_granularity`` reads every shape right."""
    value, granularity = value_and_granularity
    assert granularity_of_value(value) is granularity


def one_event_result(resolved: ResolvedDate | None = None, score: float = 0.123456789) -> ArticleResult:
    """An article with one shelling event, one place, one date, one quote and one entity."""
    text = 'Shelling hit Goma on Monday, killing two. "It was terrible," said Ana Diaz.'
    goma = ResolvedPlace("Goma", PlaceKind.CITY, -1.67409, 29.22845, country="CD", admin1="Nord Kivu")
    where, when, trigger = Span(13, 17), Span(21, 27), Span(0, 8)
    provenance = Provenance("events", "3", "shelling", score)
    event = Event(
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
        trigger,
        Span(0, 41),
        provenance,
        date=resolved,
        date_span=when,
        place=goma,
        place_span=where,
        killed=2,
    )
    return ArticleResult(
        article=Article("goma-1", text, published=date(2024, 3, 6), origin="feed.jsonl:3"),
        pipeline=(StageRun("entities", "2"), StageRun("events", "3")),
        entities=(EntityMention(where, "Goma", "GPE", Provenance("entities", "2", "spacy-ner", 0.75)),),
        dates=(DateMention(when, "Monday", ResolvedDate("2024-03-04", Granularity.DAY), provenance),),
        places=(PlaceMention(where, "Goma", goma, provenance),),
        quotes=(
            QuoteMention(Span(43, 58), Speaker("Ana Diaz", Span(66, 74)), Span(61, 65), QuoteKind.DIRECT, provenance),
        ),
        events=(event,),
    )


@given(shaped_dates)
@settings(max_examples=EXAMPLES // 3, deadline=None)
def test_an_event_date_written_without_its_granularity_still_reads(resolved: ResolvedDate) -> None:
    result = one_event_result(resolved)
    data = to_json(result)
    del data["events"][0]["date_granularity"]
    assert from_json(data, result.article.text) == result


def test_the_added_fields_are_written() -> None:
    data = to_json(one_event_result(ResolvedDate("2024-Q1", Granularity.QUARTER)))
    assert data["origin"] == "feed.jsonl:3"
    assert data["entities"][0]["provenance"] == {
        "stage": "entities",
        "version": "2",
        "rule": "spacy-ner",
        "score": 0.75,
    }
    event = data["events"][0]
    assert (event["date"], event["date_granularity"], event["time_precision"]) == ("2024-Q1", "quarter", 3)
    assert event["provenance"]["score"] == 0.123456789  # unrounded; "confidence" stays rounded for display
    assert event["confidence"] == 0.123


def test_every_field_the_evaluation_scorer_reads_keeps_its_name() -> None:
    """The shared kit's score.py reads these; renaming one would silently score zero."""
    data = to_json(one_event_result(ResolvedDate("2024-03-04", Granularity.DAY)))
    place, date_, event, quote = data["places"][0], data["dates"][0], data["events"][0], data["quotes"][0]
    assert "id" in data
    assert {"start", "end", "name", "lat", "lon", "country", "admin1"} <= place.keys()
    assert {"start", "end", "value"} <= date_.keys()
    assert {"event_type", "sub_event_type", "date", "location", "killed", "injured"} <= event.keys()
    assert {"name", "admin1", "admin2", "city", "country", "lat", "lon"} <= event["location"].keys()
    assert {"start", "end", "speaker", "cue", "kind"} <= quote.keys()
    assert {"name", "start", "end"} <= quote["speaker"].keys()
    assert (event["date"], place["name"], quote["speaker"]["name"]) == ("2024-03-04", "Goma", "Ana Diaz")
