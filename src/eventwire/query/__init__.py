"""Read-side use cases over the store, shared by the CLI, the API and the UI: find, filter, export."""

from eventwire.errors import ExportFormatError, FilterError
from eventwire.query.acled_csv import write_acled_csv
from eventwire.query.export import EXPORT_FORMATS, ExportOptions, ExportReport, event_json, export, write_jsonl
from eventwire.query.geojson import write_geojson
from eventwire.query.merged import (
    MergedRecord,
    TimelineBucket,
    find_merged,
    iter_merged,
    merged_event,
    merged_event_of,
    timeline,
)
from eventwire.query.records import ArticleRef, EventRecord, QuoteRecord
from eventwire.query.search import find_events, find_quotes, iter_events, iter_quotes
from eventwire.store import EventFilter, QuoteFilter

__all__ = [
    "EXPORT_FORMATS",
    "ArticleRef",
    "EventFilter",
    "EventRecord",
    "ExportFormatError",
    "ExportOptions",
    "ExportReport",
    "FilterError",
    "MergedRecord",
    "QuoteFilter",
    "QuoteRecord",
    "TimelineBucket",
    "event_json",
    "export",
    "find_events",
    "find_merged",
    "find_quotes",
    "iter_events",
    "iter_merged",
    "iter_quotes",
    "merged_event",
    "merged_event_of",
    "timeline",
    "write_acled_csv",
    "write_geojson",
    "write_jsonl",
]
