"""Merged events on the read side: listing, one event with its sources, revisions and evidence, timelines.

Plain functions over the ``Store`` protocol, shared by the CLI, the API and the UI:

- ``find_merged(store, query, actor=None)``: the merged events with a member event that ``query`` (the
  same ``EventFilter`` as ``events``) selects, by first day then id;
- ``merged_event(store, id)``: one merged event (``None`` when there is none), its record holding every
  source with its evidence sentence, similarity and features, and each figure's revisions;
- ``merged_event_of(store, article, ordinal=0)``: the merged event that holds an article's event;
- ``timeline(store, query, actor=None, bucket="day")``: merged events in date order, grouped by day,
  ISO week, month or year, with the number of sources in each bucket.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.errors import FilterError
from eventwire.query.records import Flat, Nested
from eventwire.store import EventFilter, Store

BUCKETS = ("day", "week", "month", "year")


@dataclass(frozen=True, slots=True)
class MergedRecord:
    """One merged event: its id and its record (format ``eventwire.merged-event/1``, docs/FORMAT.md)."""

    id: int
    record: Nested
    updated_at: str | None = None  # when the store last wrote it (ISO 8601, UTC)

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> MergedRecord:
        return cls(int(row["id"]), json.loads(row["record_json"]), row.get("updated_at"))

    @property
    def day_first(self) -> str | None:
        when = self.record["date"] or self.record["reported"]
        return str(when["first"]) if when else None

    @property
    def dated(self) -> bool:
        """Whether a member report dates the event (else only publication dates place it in time)."""
        return self.record["date"] is not None

    @property
    def source_count(self) -> int:
        return int(self.record["source_count"])

    @property
    def sources(self) -> list[Nested]:
        return list(self.record["sources"])

    def to_dict(self) -> Nested:
        """The record as plain JSON values (a copy)."""
        copied: Nested = json.loads(json.dumps(self.record))
        return copied

    def to_json(self) -> Nested:
        return self.to_dict()

    def to_row(self) -> Flat:
        """The flat form for tables and CSV: one value per column, figures as their best estimates."""
        r = self.record
        location = r["location"] or {}
        return {
            "id": self.id,
            "date": r["date"]["value"] if r["date"] else None,
            "day_first": self.day_first,
            "day_last": (r["date"] or r["reported"] or {}).get("last"),
            "event_type": r["event_type"],
            "sub_event_type": r["sub_event_type"],
            "location": location.get("name"),
            "admin1": location.get("admin1"),
            "country": location.get("country"),
            "lat": location.get("lat"),
            "lon": location.get("lon"),
            "killed": (r["killed"] or {}).get("best"),
            "injured": (r["injured"] or {}).get("best"),
            "actor1": r["actor1"],
            "actor2": r["actor2"],
            "sources": r["source_count"],
            "notes": r["notes"],
        }


def iter_merged(store: Store, query: EventFilter | None = None, actor: str | None = None) -> Iterator[MergedRecord]:
    """Matching merged events one at a time, by first day, then id."""
    for row in store.merged_event_rows(query or EventFilter(), actor):
        yield MergedRecord.from_row(row)


def find_merged(store: Store, query: EventFilter | None = None, actor: str | None = None) -> list[MergedRecord]:
    """Matching merged events, by first day, then id: those with a member event that ``query`` selects
    and (``actor``) an actor whose name contains it, ignoring case."""
    return list(iter_merged(store, query, actor))


def merged_event(store: Store, merged_id: int) -> MergedRecord | None:
    """One merged event with its sources (evidence, similarity, features) and revisions, or None."""
    row = store.merged_event_row(merged_id)
    return None if row is None else MergedRecord.from_row(row)


def merged_event_of(store: Store, article_hash: str, ordinal: int = 0) -> MergedRecord | None:
    """The merged event that holds event ``ordinal`` of the article with this content hash, or None."""
    merged_id = store.merged_id_of(article_hash, ordinal)
    return None if merged_id is None else merged_event(store, merged_id)


@dataclass(frozen=True, slots=True)
class TimelineBucket:
    """The merged events of one period (a day ``2024-03-10``, a week ``2024-W10``, a month, a year)."""

    period: str
    events: tuple[MergedRecord, ...]

    @property
    def source_count(self) -> int:
        return sum(event.source_count for event in self.events)

    def to_dict(self) -> Nested:
        return {
            "period": self.period,
            "event_count": len(self.events),
            "source_count": self.source_count,
            "events": [event.to_row() for event in self.events],
        }


def timeline(
    store: Store, query: EventFilter | None = None, actor: str | None = None, bucket: str = "day"
) -> list[TimelineBucket]:
    """Matching merged events in date order, grouped by ``bucket`` (day, week, month or year) of their first
    day; events that no report dates are left out (they have only publication dates)."""
    if bucket not in BUCKETS:
        raise FilterError(f"unknown timeline bucket {bucket!r}; use one of: {', '.join(BUCKETS)}")
    grouped: dict[str, list[MergedRecord]] = {}
    for record in iter_merged(store, query, actor):
        if record.dated and record.day_first:
            grouped.setdefault(period_of(record.day_first, bucket), []).append(record)
    return [TimelineBucket(period, tuple(events)) for period, events in sorted(grouped.items())]


def period_of(day: str, bucket: str) -> str:
    """The period of an ISO day: itself, its ISO week (``2024-W10``), its month (``2024-03``) or year."""
    if bucket == "day":
        return day
    if bucket == "week":
        year, week, _ = date.fromisoformat(day).isocalendar()
        return f"{year}-W{week:02d}"
    return day[:7] if bucket == "month" else day[:4]
