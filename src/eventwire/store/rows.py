"""An ``ArticleResult`` as rows of the store's tables (column name -> value)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from eventwire.lexicon.countries import country_name
from eventwire.model import ArticleResult, CasualtyMention, DateMention, Event, PlaceMention, QuoteMention, Span
from eventwire.model.canonical import to_json
from eventwire.store.day_ranges import days_covered

Row = dict[str, str | int | float | None]


def article_row(result: ArticleResult, stored_at: str) -> Row:
    article = result.article
    return {
        "hash": article.hash,
        "id": article.id,
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "published": _iso(article.published),
        "text": article.text,
        "origin": article.origin,
        "pipeline_version": result.pipeline_version,
        "result_json": json.dumps(to_json(result), ensure_ascii=False, separators=(",", ":")),
        "stored_at": stored_at,
    }


def event_rows(result: ArticleResult) -> Iterator[Row]:
    for ordinal, event in enumerate(result.events):
        yield {
            "article_hash": result.article.hash,
            "ordinal": ordinal,
            **_event_what(event),
            **_event_when(event, result.article.published),
            **_event_where(event),
            **_event_evidence(event, result.article.text),
        }


def _event_what(event: Event) -> Row:
    return {
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "plover": event.plover,
        "killed": event.killed,
        "injured": event.injured,
        "actor1": event.actor1.name if event.actor1 else None,
        "actor2": event.actor2.name if event.actor2 else None,
        "confidence": round(event.provenance.score, 3),
    }


def _event_when(event: Event, published: date | None) -> Row:
    """The event's date, and the days it covers (the publication date when the event has none)."""
    value = event.date.value if event.date else None
    days = days_covered(value) or days_covered(_iso(published))
    return {
        "date": value,
        "time_precision": event.date.time_precision if event.date else None,
        "day_first": days[0].isoformat() if days else None,
        "day_last": days[1].isoformat() if days else None,
    }


_PLACE_COLUMNS = (
    "location",
    "location_kind",
    "admin1",
    "admin2",
    "country",
    "country_name",
    "lat",
    "lon",
    "geo_precision",
)


def _event_where(event: Event) -> Row:
    place = event.place
    if place is None:
        return dict.fromkeys(_PLACE_COLUMNS, None) | {"place_key": ""}
    name = country_name(place.country)
    return {
        "location": place.name,
        "location_kind": place.kind.value,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "country": place.country,
        "country_name": name,
        "lat": place.lat,
        "lon": place.lon,
        "geo_precision": place.geo_precision,
        "place_key": search_key(place.name, place.admin1, place.admin2, place.country, name),
    }


def _event_evidence(event: Event, text: str) -> Row:
    sentence = trimmed(event.sentence, text)
    return {
        "evidence": sentence.text_of(text),
        "evidence_start": sentence.start,
        "evidence_end": sentence.end,
        "trigger": event.trigger.text_of(text),
    }


def trimmed(span: Span, text: str) -> Span:
    """The span without the white space at its ends (sentences carry their line breaks)."""
    covered = span.text_of(text)
    start = span.start + len(covered) - len(covered.lstrip())
    return Span(start, max(start, span.start + len(covered.rstrip())))


def quote_rows(result: ArticleResult) -> Iterator[Row]:
    text = result.article.text
    for ordinal, quote in enumerate(result.quotes):
        yield {
            "article_hash": result.article.hash,
            "ordinal": ordinal,
            "published": _iso(result.article.published),
            **_speaker(quote, text),
            "content": quote.span.text_of(text),
            "content_start": quote.span.start,
            "content_end": quote.span.end,
            "cue": quote.cue.text_of(text) if quote.cue else None,
            "kind": quote.kind.value,
            "confidence": round(quote.provenance.score, 3),
        }


def _speaker(quote: QuoteMention, text: str) -> Row:
    speaker = quote.speaker
    if speaker is None:
        return {"speaker": None, "speaker_title": None, "speaker_mention": None, "speaker_key": ""}
    return {
        "speaker": speaker.name,
        "speaker_title": speaker.title,
        "speaker_mention": speaker.span.text_of(text) if speaker.span else None,
        "speaker_key": search_key(speaker.name),
    }


def place_rows(result: ArticleResult) -> Iterator[Row]:
    for ordinal, mention in enumerate(result.places):
        yield {"article_hash": result.article.hash, "ordinal": ordinal, **_place(mention)}


def _place(mention: PlaceMention) -> Row:
    place = mention.place
    return {
        "start": mention.span.start,
        "end": mention.span.end,
        "text": mention.text,
        "name": place.name if place else None,
        "kind": place.kind.value if place else None,
        "country": place.country if place else None,
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "geonameid": place.geonameid if place else None,
    }


def date_rows(result: ArticleResult) -> Iterator[Row]:
    for ordinal, mention in enumerate(result.dates):
        yield {"article_hash": result.article.hash, "ordinal": ordinal, **_date(mention)}


def _date(mention: DateMention) -> Row:
    resolved = mention.resolved
    return {
        "start": mention.span.start,
        "end": mention.span.end,
        "text": mention.text,
        "value": resolved.value if resolved else None,
        "granularity": resolved.granularity.value if resolved else None,
        "note": mention.note or None,
    }


def casualty_rows(result: ArticleResult) -> Iterator[Row]:
    for ordinal, mention in enumerate(result.casualties):
        yield {"article_hash": result.article.hash, "ordinal": ordinal, **_casualty(mention)}


def _casualty(mention: CasualtyMention) -> Row:
    return {
        "start": mention.span.start,
        "end": mention.span.end,
        "kind": mention.kind.value,
        "count": mention.count,
        "low": mention.low,
        "high": mention.high,
    }


def search_key(*names: str | None) -> str:
    """What a case-insensitive substring filter searches: the names, casefolded, one per line."""
    return "\n".join(name.casefold() for name in names if name)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
