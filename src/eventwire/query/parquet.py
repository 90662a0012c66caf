"""Parquet tables of the store (pyarrow): events, merged events, quotes and articles, one file each.

``events`` and ``merged_events`` have the ACLED CSV's columns and eventwire's extra ones (one row per
report's event, and per merged event); ``quotes`` the flat columns of ``quotes --format csv``;
``articles`` each article's metadata with its numbers of events and quotes. Dates are ISO strings.
Needs pyarrow: ``pip install 'eventwire[parquet]'``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from eventwire.errors import ExportFormatError, OutputError
from eventwire.query.acled import event_acled_row, merged_acled_row
from eventwire.query.merged import iter_merged
from eventwire.query.records import Flat
from eventwire.query.search import iter_events, iter_quotes
from eventwire.store import EventFilter, QuoteFilter, Store

TABLES = ("events", "merged_events", "quotes", "articles")


def export_parquet(store: Store, folder: str | Path, query: EventFilter | None = None) -> dict[str, int]:
    """Write ``events.parquet``, ``merged_events.parquet``, ``quotes.parquet`` and ``articles.parquet`` into
    ``folder`` (created if missing); return the number of rows of each. ``query`` filters events and
    merged events (its dates filter quotes by publication date)."""
    pyarrow, parquet = _pyarrow()
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot write Parquet files into {target}: {error.strerror or error}") from error
    tables = {
        "events": [event_acled_row(record) | {"plover": record.plover} for record in iter_events(store, query)],
        "merged_events": [merged_acled_row(record) for record in iter_merged(store, query)],
        "quotes": [record.to_row() for record in iter_quotes(store, _quote_filter(query))],
        "articles": list(article_rows(store)),
    }
    for name, rows in tables.items():
        parquet.write_table(_table(pyarrow, rows), str(target / f"{name}.parquet"))
    return {name: len(rows) for name, rows in tables.items()}


def article_rows(store: Store) -> Iterable[Flat]:
    """One row per stored article: its metadata and how many events and quotes it has."""
    for result in store.results():
        article = result.article
        yield {
            "id": article.id,
            "hash": article.hash,
            "title": article.title,
            "url": article.url,
            "source": article.source,
            "published": article.published.isoformat() if article.published else None,
            "pipeline_version": result.pipeline_version,
            "events": len(result.events),
            "quotes": len(result.quotes),
            "characters": len(article.text),
        }


def _quote_filter(query: EventFilter | None) -> QuoteFilter:
    return QuoteFilter() if query is None else QuoteFilter(since=query.since, until=query.until)


def _table(pyarrow: Any, rows: Sequence[Flat]) -> Any:
    if not rows:
        return pyarrow.table({})
    columns = list(rows[0])
    return pyarrow.table({name: [row.get(name) for row in rows] for name in columns})


def _pyarrow() -> tuple[Any, Any]:
    try:
        return importlib.import_module("pyarrow"), importlib.import_module("pyarrow.parquet")
    except ImportError as error:
        raise ExportFormatError(
            f"Parquet export needs pyarrow, which is not installed ({error}); pip install 'eventwire[parquet]'"
        ) from error
