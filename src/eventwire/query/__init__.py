"""Read-side use cases over the store, shared by the CLI, the API and the UI: find, filter, export."""

from eventwire.errors import ExportFormatError, FilterError
from eventwire.query.acled_csv import write_acled_csv
from eventwire.query.export import EXPORT_FORMATS, export, write_jsonl
from eventwire.query.geojson import write_geojson
from eventwire.query.records import ArticleRef, EventRecord, QuoteRecord
from eventwire.query.search import find_events, find_quotes, iter_events, iter_quotes
from eventwire.store import EventFilter, QuoteFilter

__all__ = [
    "EXPORT_FORMATS",
    "ArticleRef",
    "EventFilter",
    "EventRecord",
    "ExportFormatError",
    "FilterError",
    "QuoteFilter",
    "QuoteRecord",
    "export",
    "find_events",
    "find_quotes",
    "iter_events",
    "iter_quotes",
    "write_acled_csv",
    "write_geojson",
    "write_jsonl",
]
