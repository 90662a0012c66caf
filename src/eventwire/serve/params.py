"""Query parameters to the store's filters, the same for the listing, the timeline and the export."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Annotated

from fastapi import Query

from eventwire.errors import FilterError
from eventwire.serve import cursors
from eventwire.serve.settings import MAX_PAGE
from eventwire.store import EventFilter, QuoteFilter
from eventwire.store.filters import BoundingBox

Since = Annotated[date | None, Query(description="First day (YYYY-MM-DD).")]
Until = Annotated[date | None, Query(description="Last day (YYYY-MM-DD).")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="At most this many items in the page.")]
Cursor = Annotated[str | None, Query(max_length=1000, description="The `next` cursor of the previous page.")]


@dataclass(frozen=True, slots=True)
class EventQuery:
    """The filters of ``/events``, ``/timeline`` and ``/export`` as FastAPI parameters."""

    since: date | None = None
    until: date | None = None
    type: str | None = None
    sub_type: str | None = None
    plover: str | None = None
    actor: str | None = None
    place: str | None = None
    bbox: str | None = None
    min_casualties: int | None = None
    text: str | None = None
    article: str | None = None

    def to_filter(self) -> EventFilter:
        return EventFilter(
            since=self.since,
            until=self.until,
            event_type=self.type or None,
            place=self.place or None,
            text=self.text or None,
            article=self.article or None,
            sub_event_type=self.sub_type or None,
            plover=self.plover or None,
            actor=self.actor or None,
            bbox=parse_bbox(self.bbox) if self.bbox else None,
            min_casualties=self.min_casualties,
        )


def event_query(
    since: Since = None,
    until: Until = None,
    type: Annotated[str | None, Query(max_length=200, description="Event type or sub-event type.")] = None,
    sub_type: Annotated[str | None, Query(max_length=200, description="Sub-event type, exactly.")] = None,
    plover: Annotated[str | None, Query(max_length=200, description="PLOVER category.")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Actor 1 or 2 contains this.")] = None,
    place: Annotated[str | None, Query(max_length=200, description="Location, admin1 or country contains it.")] = None,
    bbox: Annotated[str | None, Query(max_length=200, description="west,south,east,north in degrees.")] = None,
    min_casualties: Annotated[int | None, Query(ge=0, le=10_000_000, description="Killed plus injured.")] = None,
    text: Annotated[str | None, Query(max_length=500, description="Evidence sentence contains these words.")] = None,
    article: Annotated[str | None, Query(max_length=200, description="Article id or hash prefix.")] = None,
) -> EventQuery:
    return EventQuery(since, until, type, sub_type, plover, actor, place, bbox, min_casualties, text, article)


def parse_bbox(value: str) -> BoundingBox:
    parts = value.split(",")
    try:
        west, south, east, north = (float(part) for part in parts)
    except ValueError as error:
        raise FilterError(f"bbox must be four numbers west,south,east,north, got {value!r}") from error
    return west, south, east, north


def paged_events(query: EventFilter, sort: str, cursor: str | None, limit: int) -> EventFilter:
    """``query`` sorted for a page of ``limit`` (one more is read, to know whether a next page exists)."""
    after = None
    if cursor:
        key_type: type = str if sort.lstrip("-") == "date" else int
        key, article_hash, ordinal = cursors.decode(cursor, "events", sort, (key_type, str, int))
        after = (key, article_hash, ordinal)
    return replace(query, sort=sort, after=after, limit=limit + 1)


def paged_quotes(query: QuoteFilter, sort: str, cursor: str | None, limit: int) -> QuoteFilter:
    after = None
    if cursor:
        key, article_hash, ordinal = cursors.decode(cursor, "quotes", sort, (str, str, int))
        after = (key, article_hash, ordinal)
    return replace(query, sort=sort, after=after, limit=limit + 1)
