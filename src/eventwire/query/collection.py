"""The library's read face: ``eventwire.open(db)`` -> a ``Collection`` of stored events, merged events and quotes.

    import eventwire
    with eventwire.open("eventwire.db") as db:
        events = db.events(since="2022-04-01", place="Kyiv")      # a RecordList of EventRecord
        events[0].to_dict()                                         # the versioned JSON (eventwire.event/1)
        frame = db.merged(event_type="Battles").to_dataframe()     # pandas, when it is installed
        db.merged_event(12), db.timeline(actor="Military Forces of Russia")

Filters are those of ``eventwire events`` (``since``/``until`` as dates or ``YYYY-MM-DD``, ``event_type``,
``place``, ``text``, ``article``, ``limit``); ``merged`` also takes ``actor``.
"""

from __future__ import annotations

import importlib
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, Protocol, Self, TypeVar

from eventwire.errors import FilterError
from eventwire.query.merged import MergedRecord, TimelineBucket, find_merged, merged_event, timeline
from eventwire.query.records import EventRecord, Flat, Nested, QuoteRecord
from eventwire.query.search import find_events, find_quotes
from eventwire.store import EventFilter, QuoteFilter, Store, open_store


class Record(Protocol):
    def to_dict(self) -> Nested: ...
    def to_row(self) -> Flat: ...


R = TypeVar("R", bound=Record)


class RecordList(list[R], Generic[R]):
    """A list of records that also gives them as plain dicts and, with pandas installed, as a DataFrame."""

    def to_dicts(self) -> list[Nested]:
        return [record.to_dict() for record in self]

    def to_dataframe(self) -> Any:
        """A pandas DataFrame, one row per record, of its flat columns (``to_row``)."""
        try:
            pandas = importlib.import_module("pandas")
        except ImportError as error:
            raise ImportError("to_dataframe needs pandas: pip install 'eventwire[pandas]'") from error
        return pandas.DataFrame([record.to_row() for record in self])


def _day(value: date | str | None, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise FilterError(f"{name} must be a date or YYYY-MM-DD, got {value!r}") from error


def event_filter(
    since: date | str | None = None,
    until: date | str | None = None,
    event_type: str | None = None,
    place: str | None = None,
    text: str | None = None,
    article: str | None = None,
    limit: int | None = None,
) -> EventFilter:
    return EventFilter(_day(since, "since"), _day(until, "until"), event_type, place, text, article, limit)


class Collection:
    """An open store, read through the query layer. Use as a context manager, or call ``close``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def events(self, **filters: Any) -> RecordList[EventRecord]:
        """Stored events (one per report), filtered as ``eventwire events`` filters them."""
        return RecordList(find_events(self.store, event_filter(**filters)))

    def merged(self, actor: str | None = None, **filters: Any) -> RecordList[MergedRecord]:
        """Merged events (one per real-world event), filtered by their member events and ``actor``."""
        return RecordList(find_merged(self.store, event_filter(**filters), actor))

    def merged_event(self, merged_id: int) -> MergedRecord | None:
        return merged_event(self.store, merged_id)

    def timeline(self, actor: str | None = None, bucket: str = "day", **filters: Any) -> list[TimelineBucket]:
        return timeline(self.store, event_filter(**filters), actor, bucket)

    def quotes(
        self,
        since: date | str | None = None,
        until: date | str | None = None,
        speaker: str | None = None,
        text: str | None = None,
        article: str | None = None,
        limit: int | None = None,
    ) -> RecordList[QuoteRecord]:
        query = QuoteFilter(_day(since, "since"), _day(until, "until"), speaker, text, article, limit)
        return RecordList(find_quotes(self.store, query))


def open_collection(db: str | Path = "eventwire.db") -> Collection:
    """Open an existing store (a path or URL, as ``--db``) for reading."""
    return Collection(open_store(db, create=False))
