"""Records as the API returns them: JSON objects with ids, pages with their ``next`` cursor, and the
evidence of one event laid over its article's text."""

from __future__ import annotations

import re
from typing import Any

from eventwire.errors import NotFoundError
from eventwire.model import ArticleResult
from eventwire.model.canonical import to_json
from eventwire.query import EventRecord, QuoteRecord
from eventwire.serve import cursors
from eventwire.store import EventFilter, QuoteFilter, Store
from eventwire.store.protocol import StoredRow

Json = dict[str, Any]
_EVENT_ID = re.compile(r"^([0-9a-f]{16})-(\d{1,6})$")


def event_id(article_hash: str, ordinal: int) -> str:
    """An event's id: the first 16 hex digits of its article's hash and its ordinal in the article."""
    return f"{article_hash[:16]}-{ordinal}"


def parse_event_id(value: str) -> tuple[str, int]:
    match = _EVENT_ID.match(value)
    if not match:
        raise NotFoundError(f"no event {value!r}: an event id is 16 hex digits, '-' and a number (e.g. 3f2a...-0)")
    return match[1], int(match[2])


def event_json(record: EventRecord) -> Json:
    return {"id": event_id(record.article.hash, record.ordinal), **record.to_json()}


def quote_json(record: QuoteRecord) -> Json:
    return {"id": f"{record.article.hash[:16]}-q{record.ordinal}", **record.to_json()}


def event_page(rows: list[StoredRow], query: EventFilter, limit: int) -> Json:
    records = [EventRecord.from_row(row) for row in rows[:limit]]
    following = None
    if len(rows) > limit and query.sort is not None:
        last = rows[limit - 1]
        following = cursors.encode("events", query.sort, [last["sort_key"], last["article_hash"], last["ordinal"]])
    return {"items": [event_json(r) for r in records], "next": following}


def quote_page(rows: list[StoredRow], query: QuoteFilter, limit: int) -> Json:
    records = [QuoteRecord.from_row(row) for row in rows[:limit]]
    following = None
    if len(rows) > limit and query.sort is not None:
        last = rows[limit - 1]
        following = cursors.encode("quotes", query.sort, [last["sort_key"], last["article_hash"], last["ordinal"]])
    return {"items": [quote_json(r) for r in records], "next": following}


def article_summary(row: StoredRow) -> Json:
    return {
        "hash": row["article_hash"],
        "id": row["article_id"],
        "title": row["title"],
        "url": row["url"],
        "source": row["source"],
        "published": row["published"],
        "origin": row["origin"],
        "stored_at": row["stored_at"],
        "events": int(row["events"]),
        "quotes": int(row["quotes"]),
    }


def find_event(store: Store, value: str) -> EventRecord:
    """The stored event with id ``value``; ``NotFoundError`` if there is none."""
    prefix, ordinal = parse_event_id(value)
    for row in store.event_rows(EventFilter(article=prefix)):
        record = EventRecord.from_row(row)
        if record.ordinal == ordinal and record.article.hash.startswith(prefix):
            return record
    raise NotFoundError(f"no event {value!r} in the store")


def event_detail(store: Store, record: EventRecord) -> Json:
    """One event with its source article's text and the evidence of each field as spans into it."""
    result = store.result(record.article.hash)
    if result is None:  # the article was replaced between the two reads
        raise NotFoundError(f"the article of event {event_id(record.article.hash, record.ordinal)!r} is gone")
    merged_id = store.merged_id_of(record.article.hash, record.ordinal)
    return {
        "event": event_json(record),
        "merged_event": merged_id,
        "sources": [source_json(result, record.ordinal)],
        "quotes": [
            quote_json(QuoteRecord.from_row(row)) for row in store.quote_rows(QuoteFilter(article=record.article.hash))
        ],
    }


def source_json(result: ArticleResult, ordinal: int | None) -> Json:
    """An article as the source of its event ``ordinal``: its text and one highlight per evidence span (none,
    and no event, when ``ordinal`` is None or past its events: a report in which no event was found)."""
    canonical = to_json(result)
    found = ordinal is not None and 0 <= ordinal < len(canonical["events"])
    event = canonical["events"][ordinal] if found and ordinal is not None else None
    return {
        "article": {key: canonical[key] for key in ("hash", "id", "title", "url", "source", "published")},
        "text": result.article.text,
        "event": event,
        "highlights": highlights(event) if event is not None else [],
    }


def highlights(event: Json) -> list[Json]:
    """Every span of evidence for a field of ``event``: ``{field, start, end, text}``, by position."""
    evidence = event["evidence"]
    found: list[Json] = []
    for field in ("sentence", "trigger", "date", "location"):
        span = evidence.get(field)
        if span:
            found.append({"field": field, **span})
    found.extend({"field": "casualties", **span} for span in evidence.get("casualties") or [] if span)
    for field in ("actor1", "actor2"):
        actor = event.get(field) or {}
        if actor.get("mention"):
            found.append({"field": field, **actor["mention"]})
    return sorted(found, key=lambda span: (span["start"], -span["end"]))


def checked_hash(value: str) -> str:
    if not re.fullmatch(r"[0-9a-f]{64}", value):
        raise NotFoundError(f"no article {value[:80]!r}: an article is named by its sha256 hash (64 hex digits)")
    return value
