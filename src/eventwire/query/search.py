"""Finding stored events and quotes: the read-side use cases behind ``eventwire events`` and ``quotes``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from eventwire.query.records import EventRecord, LinkedEvent, QuoteRecord
from eventwire.store import EventFilter, QuoteFilter, Store


def iter_events(store: Store, query: EventFilter | None = None) -> Iterator[EventRecord]:
    """Matching events one at a time (for streaming), by date, then article, then position in the article."""
    for row in store.event_rows(query or EventFilter()):
        yield EventRecord.from_row(row)


def find_events(store: Store, query: EventFilter | None = None) -> list[EventRecord]:
    """Matching events, by date, then article, then position in the article."""
    return list(iter_events(store, query))


def iter_quotes(store: Store, query: QuoteFilter | None = None) -> Iterator[QuoteRecord]:
    """Matching quotes one at a time, by publication date, then article, then position, each with the event
    it is about (read from its article's stored result, once per article)."""
    links: tuple[str, list[LinkedEvent | None]] = ("", [])
    for row in store.quote_rows(query or QuoteFilter()):
        record = QuoteRecord.from_row(row)
        if links[0] != record.article.hash:
            links = (record.article.hash, _linked_events(store, record.article.hash))
        event = links[1][record.ordinal] if record.ordinal < len(links[1]) else None
        yield replace(record, event=event) if event is not None else record


def _linked_events(store: Store, article_hash: str) -> list[LinkedEvent | None]:
    """For each quote of the article, in order, the event it is about (None where none)."""
    result = store.result(article_hash)
    if result is None:
        return []
    events = result.events
    return [
        LinkedEvent.of(q.event, events[q.event]) if q.event is not None and q.event < len(events) else None
        for q in result.quotes
    ]


def find_quotes(store: Store, query: QuoteFilter | None = None) -> list[QuoteRecord]:
    """Matching quotes, by publication date, then article, then position."""
    return list(iter_quotes(store, query))
