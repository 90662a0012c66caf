"""Finding stored events and quotes: the read-side use cases behind ``eventwire events`` and ``quotes``."""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.query.records import EventRecord, QuoteRecord
from eventwire.store import EventFilter, QuoteFilter, Store


def iter_events(store: Store, query: EventFilter | None = None) -> Iterator[EventRecord]:
    """Matching events one at a time (for streaming), by date, then article, then position in the article."""
    for row in store.event_rows(query or EventFilter()):
        yield EventRecord.from_row(row)


def find_events(store: Store, query: EventFilter | None = None) -> list[EventRecord]:
    """Matching events, by date, then article, then position in the article."""
    return list(iter_events(store, query))


def iter_quotes(store: Store, query: QuoteFilter | None = None) -> Iterator[QuoteRecord]:
    """Matching quotes one at a time, by publication date, then article, then position."""
    for row in store.quote_rows(query or QuoteFilter()):
        yield QuoteRecord.from_row(row)


def find_quotes(store: Store, query: QuoteFilter | None = None) -> list[QuoteRecord]:
    """Matching quotes, by publication date, then article, then position."""
    return list(iter_quotes(store, query))
