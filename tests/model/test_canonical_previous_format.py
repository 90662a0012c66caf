"""JSON written before the round trip was exact still reads: the same format, fewer fields.

``fixtures/kano-before-exact-round-trip.json`` is what ``to_json`` wrote before ``origin``,
``entities[].provenance`` and ``events[].date_granularity`` were added (scores rounded to three
decimals), for the article ``TEXT`` below (written for this test).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.model import (
    Actor,
    Article,
    ArticleResult,
    CasualtyKind,
    CasualtyMention,
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
    SentenceMention,
    Span,
    Speaker,
    StageRun,
)
from eventwire.model.canonical import FORMAT_VERSION, from_json, to_json

FIXTURE = Path(__file__).parent / "fixtures" / "kano-before-exact-round-trip.json"

TEXT = (
    "Police said gunmen killed two guards at a bank in Kano on Monday.\n"
    '"We are hunting them," said Governor Amina Bello, who vowed that order would return by the spring.'
)

KANO = ResolvedPlace(
    "Kano", PlaceKind.CITY, 12.00012, 8.51672, country="NG", admin1="Kano", geonameid=2335204, population=3626068
)


def span_of(words: str, after: int = 0) -> Span:
    start = TEXT.index(words, after)
    return Span(start, start + len(words))


def prov(stage: str, rule: str, score: float) -> Provenance:
    return Provenance(stage, "1", rule, score)


def previous_result(score: float = 0.857, entity_provenance: Provenance | None = None) -> ArticleResult:
    """The result the fixture was written from; ``score`` is the events' score (rounded when written)."""
    entity = entity_provenance or Provenance("entities", "1")
    first, second = TEXT.split("\n")
    shooting = Event(
        event_type="none",
        sub_event_type="none",
        trigger=span_of("killed"),
        sentence=Span(0, len(first) + 1),
        provenance=prov("events", "shooting", score),
        plover="CRIME",
        date=ResolvedDate("2024-03-04", Granularity.DAY),
        date_span=span_of("Monday"),
        place=KANO,
        place_span=span_of("Kano"),
        actor1=Actor("Unidentified Armed Group (Nigeria)", span_of("gunmen"), "NG"),
        actor2=Actor("Civilians (Nigeria)", span_of("two guards"), "NG"),
        killed=2,
        casualty_spans=(span_of("killed two guards"),),
    )
    vow = Event(
        event_type="Strategic developments",
        sub_event_type="Other",
        trigger=span_of("vowed"),
        sentence=span_of(second),
        provenance=prov("events", "statement", 0.5),
        date=ResolvedDate("2024-SP", Granularity.SEASON),
        date_span=span_of("the spring"),
    )
    return ArticleResult(
        article=Article(
            id="kano-2024-03-06",
            text=TEXT,
            published=date(2024, 3, 6),
            title="Gunmen kill two bank guards in Kano",
            url="https://news.example/kano",
            source="Example Wire",
        ),
        pipeline=(StageRun("parse", "en_core_web_sm"), StageRun("entities", "1"), StageRun("events", "3")),
        sentences=(SentenceMention(Span(0, len(first) + 1), 0), SentenceMention(span_of(second), 1)),
        entities=(
            EntityMention(span_of("Kano"), "Kano", "GPE", entity),
            EntityMention(span_of("Monday"), "Monday", "DATE", entity),
            EntityMention(span_of("Amina Bello"), "Amina Bello", "PERSON", entity),
        ),
        dates=(
            DateMention(
                span_of("Monday"), "Monday", ResolvedDate("2024-03-04", Granularity.DAY), prov("dates", "weekday", 0.9)
            ),
            DateMention(
                span_of("the spring"),
                "the spring",
                ResolvedDate("2024-SP", Granularity.SEASON),
                prov("dates", "season", 0.9),
            ),
        ),
        places=(PlaceMention(span_of("Kano"), "Kano", KANO, prov("places", "in-city", 0.95)),),
        quotes=(
            QuoteMention(
                span_of("We are hunting them"),
                Speaker("Amina Bello", span_of("Governor Amina Bello"), span_of("Amina Bello"), "Governor"),
                span_of("said", after=len(first)),
                QuoteKind.DIRECT,
                prov("quotes", "quote-said-name", 0.95),
            ),
        ),
        casualties=(
            CasualtyMention(
                span_of("killed two guards"), CasualtyKind.KILLED, 2, prov("casualties", "verb-number", 0.9)
            ),
        ),
        events=(shooting, vow),
        warnings=("speaker of quote 1 resolved by title",),
    )


def fixture() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return data


def test_the_fixture_is_the_current_format_without_the_added_fields() -> None:
    data = fixture()
    assert data["format"] == FORMAT_VERSION
    assert "origin" not in data
    assert all("provenance" not in e for e in data["entities"])
    assert all("date_granularity" not in e for e in data["events"])


def test_previous_json_reads_back_with_the_documented_fallbacks() -> None:
    """No origin: empty; entities: the entities stage's version; event dates: granularity from the value."""
    back = from_json(fixture(), TEXT)
    assert back == previous_result()
    assert back.article.origin == ""
    assert back.events[1].date == ResolvedDate("2024-SP", Granularity.SEASON)  # was read as a month before


def test_previous_json_written_again_keeps_every_field_it_had() -> None:
    old = fixture()
    new = to_json(from_json(old, TEXT))
    assert {k: v for k, v in new.items() if k != "origin"} == _with_added_fields(old)


def _with_added_fields(old: dict[str, Any]) -> dict[str, Any]:
    """The fixture as today's ``to_json`` writes it: entity provenance, event granularity, the speaker's
    principal, the quote's event, the PLOVER mode, the interaction code and the actors' codes, the event's
    status, claimant and casualty ranges, and the article's structure added."""
    entity = {"stage": "entities", "version": "1", "rule": "", "score": 1.0}
    status = {"status": "reported", "claimant": None, "killed_low": None, "killed_high": None}
    status |= {"injured_low": None, "injured_high": None, "date_basis": None}
    events = [
        {
            **e,
            "date_granularity": g,
            "plover_mode": None,
            "interaction": None,
            **_actor_codes(e),
            **status,
            "evidence": {**e["evidence"], "claimant": None},
        }
        for e, g in zip(old["events"], ["day", "season"], strict=True)
    ]
    quotes = [{**q, "speaker": {**q["speaker"], "principal": None}, "event": None} for q in old["quotes"]]
    return {
        **old,
        "entities": [{**e, "provenance": entity} for e in old["entities"]],
        "events": events,
        "quotes": quotes,
        "structure": [],
    }


def _actor_codes(event: dict[str, Any]) -> dict[str, Any]:
    codes = {"inter": None, "sector": None, "kind": None, "associated": None}
    return {
        key: None if event[key] is None else {**event[key], **codes} for key in ("actor1", "actor2") if key in event
    }
