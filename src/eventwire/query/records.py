"""Stored events and quotes as records: what a table row, a JSON line and a CSV row need."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

Flat = dict[str, str | int | float | None]
Nested = dict[str, Any]

EVENT_FORMAT = "eventwire.event/1"  # the JSON of one report's event (docs/FORMAT.md)
QUOTE_FORMAT = "eventwire.quote/1"


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """The article a record comes from."""

    id: str
    hash: str
    title: str | None
    url: str | None
    source: str | None
    published: date | None
    stored_at: str | None = None  # when the article's results were written (ISO 8601, UTC)

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> ArticleRef:
        published = row["published"]
        return cls(
            id=row["article_id"],
            hash=row["article_hash"],
            title=row["title"],
            url=row["url"],
            source=row["source"],
            published=date.fromisoformat(published) if published else None,
            stored_at=row.get("stored_at"),
        )

    def to_json(self) -> Nested:
        return {
            "id": self.id,
            "hash": self.hash,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "published": _iso(self.published),
        }

    def to_row(self) -> Flat:
        return {
            "article_id": self.id,
            "article_hash": self.hash,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "published": _iso(self.published),
        }


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One stored event with its article. ``date`` is the event's own date value (None when the text
    gives none); ``day_first``..``day_last`` are the days it covers, the publication date when it has none."""

    article: ArticleRef
    ordinal: int
    event_type: str
    sub_event_type: str | None
    plover: str | None
    date: str | None
    time_precision: int | None
    day_first: str | None
    day_last: str | None
    location: str | None
    location_kind: str | None
    admin1: str | None
    admin2: str | None
    country: str | None
    country_name: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    killed: int | None
    injured: int | None
    actor1: str | None
    actor2: str | None
    evidence: str
    evidence_start: int
    evidence_end: int
    trigger: str
    confidence: float

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> EventRecord:
        values = {f.name: row[f.name] for f in fields(cls) if f.name != "article"}
        return cls(article=ArticleRef.from_row(row), **values)

    @property
    def has_coordinates(self) -> bool:
        return self.lat is not None and self.lon is not None

    def to_dict(self) -> Nested:
        """The versioned JSON object (``format`` first), as ``events --format json`` writes it."""
        return {"format": EVENT_FORMAT, **self.to_json()}

    def to_json(self) -> Nested:
        return {
            "article": self.article.to_json(),
            "ordinal": self.ordinal,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "plover": self.plover,
            "date": self.date,
            "time_precision": self.time_precision,
            "days": {"first": self.day_first, "last": self.day_last},
            "location": self._location_json(),
            "actor1": self.actor1,
            "actor2": self.actor2,
            "killed": self.killed,
            "injured": self.injured,
            "confidence": self.confidence,
            "evidence": {
                "sentence": {"start": self.evidence_start, "end": self.evidence_end, "text": self.evidence},
                "trigger": self.trigger,
            },
        }

    def _location_json(self) -> Nested | None:
        if self.location is None:
            return None
        return {
            "name": self.location,
            "kind": self.location_kind,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "country": self.country,
            "country_name": self.country_name,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.geo_precision,
        }

    def to_row(self) -> Flat:
        return {
            "date": self.date,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "plover": self.plover,
            "actor1": self.actor1,
            "actor2": self.actor2,
            "location": self.location,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "country": self.country,
            "country_name": self.country_name,
            "lat": self.lat,
            "lon": self.lon,
            "geo_precision": self.geo_precision,
            "time_precision": self.time_precision,
            "killed": self.killed,
            "injured": self.injured,
            "confidence": self.confidence,
            "evidence": self.evidence,
            "trigger": self.trigger,
            "ordinal": self.ordinal,
            **self.article.to_row(),
        }


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """One stored quote with its article; ``speaker`` is the resolved name, ``speaker_mention`` the words
    the sentence uses for them ("he", "the U.N. chief")."""

    article: ArticleRef
    ordinal: int
    speaker: str | None
    speaker_title: str | None
    speaker_mention: str | None
    content: str
    content_start: int
    content_end: int
    cue: str | None
    kind: str
    confidence: float

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> QuoteRecord:
        values = {f.name: row[f.name] for f in fields(cls) if f.name != "article"}
        return cls(article=ArticleRef.from_row(row), **values)

    def to_dict(self) -> Nested:
        """The versioned JSON object (``format`` first), as ``quotes --format json`` writes it."""
        return {"format": QUOTE_FORMAT, **self.to_json()}

    def to_json(self) -> Nested:
        speaker = None
        if self.speaker is not None:
            speaker = {"name": self.speaker, "title": self.speaker_title, "mention": self.speaker_mention}
        return {
            "article": self.article.to_json(),
            "ordinal": self.ordinal,
            "speaker": speaker,
            "quote": {"start": self.content_start, "end": self.content_end, "text": self.content},
            "cue": self.cue,
            "kind": self.kind,
            "confidence": self.confidence,
        }

    def to_row(self) -> Flat:
        return {
            "published": _iso(self.article.published),
            "speaker": self.speaker,
            "speaker_title": self.speaker_title,
            "speaker_mention": self.speaker_mention,
            "kind": self.kind,
            "quote": self.content,
            "cue": self.cue,
            "confidence": self.confidence,
            "ordinal": self.ordinal,
            **{k: v for k, v in self.article.to_row().items() if k != "published"},
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
