"""Exporting stored events: JSON lines, the ACLED CSV, GeoJSON (streamed to a text file) and Parquet (files).

By default one item per merged event; ``ExportOptions.per_report`` gives one per report's event instead.
Events that no report dates, events outside ACLED's scope (crime without a political actor, type
``none``) and merged events of articles in which no event was found are left out and counted in the
``ExportReport`` (the CLI prints the counts on stderr), unless asked for (``undated``, ``out_of_scope``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TextIO

from eventwire.errors import ExportFormatError
from eventwire.query.acled import OUT_OF_SCOPE, event_acled_row, merged_acled_row
from eventwire.query.acled_csv import write_acled_csv
from eventwire.query.geojson import write_geojson
from eventwire.query.merged import MergedRecord, iter_merged
from eventwire.query.records import EventRecord, Flat, Nested
from eventwire.query.search import iter_events
from eventwire.store import EventFilter, Store

TEXT_FORMATS = ("jsonl", "csv", "geojson")
EXPORT_FORMATS = (*TEXT_FORMATS, "parquet")


@dataclass(frozen=True)
class ExportOptions:
    """What an export holds: per report instead of per merged event, eventwire's extra columns after ACLED's,
    undated events (at their first report's publication date), out-of-scope events."""

    per_report: bool = False
    extra_columns: bool = False
    undated: bool = False
    out_of_scope: bool = False


@dataclass
class ExportReport:
    """How many items an export wrote, and how many it left out, by reason."""

    written: int = 0
    undated: int = 0
    out_of_scope: int = 0
    without_event: int = 0
    without_coordinates: int = 0

    def left_out(self) -> dict[str, int]:
        reasons = {
            "undated (add --undated)": self.undated,
            "out of ACLED's scope (add --out-of-scope)": self.out_of_scope,
            "articles in which no event was found": self.without_event,
            "without coordinates": self.without_coordinates,
        }
        return {reason: count for reason, count in reasons.items() if count}


def event_json(record: EventRecord) -> Nested:
    """A report's event as ``events --format json`` and ``export --per-report --format jsonl`` write it."""
    return record.to_dict()


class _Selection:
    """The records an export writes, counting those it leaves out."""

    def __init__(self, store: Store, query: EventFilter | None, options: ExportOptions, report: ExportReport) -> None:
        self.store, self.query, self.options, self.report = store, query, options, report

    def merged(self) -> Iterator[MergedRecord]:
        for record in iter_merged(self.store, self.query):
            r = record.record
            if r["event_count"] == 0:
                self.report.without_event += 1
            elif (r["event_type"] or OUT_OF_SCOPE) == OUT_OF_SCOPE and not self.options.out_of_scope:
                self.report.out_of_scope += 1
            elif r["date"] is None and not self.options.undated:
                self.report.undated += 1
            else:
                yield record

    def events(self) -> Iterator[EventRecord]:
        for record in iter_events(self.store, self.query):
            if record.event_type == OUT_OF_SCOPE and not self.options.out_of_scope:
                self.report.out_of_scope += 1
            elif record.date is None and not self.options.undated:
                self.report.undated += 1
            else:
                yield record

    def acled_rows(self) -> Iterable[Flat]:
        if self.options.per_report:
            return (event_acled_row(record) for record in self.events())
        return (merged_acled_row(record) for record in self.merged())

    def nested(self) -> Iterable[Nested]:
        if self.options.per_report:
            return (event_json(record) for record in self.events())
        return (record.to_dict() for record in self.merged())


def write_jsonl(items: Iterable[Nested], out: TextIO) -> int:
    """One JSON object a line; return the number of lines."""
    count = 0
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
        count += 1
    return count


def export(
    store: Store,
    fmt: str,
    out: TextIO,
    filter: EventFilter | None = None,
    options: ExportOptions | None = None,
) -> ExportReport:
    """Write the (merged) events matching ``filter`` to ``out`` in format ``fmt`` (jsonl, csv or geojson)."""
    fmt = fmt.lower()
    if fmt not in TEXT_FORMATS:
        raise ExportFormatError(f"unknown export format {fmt!r}; use one of: {', '.join(TEXT_FORMATS)}")
    options = options or ExportOptions()
    report = ExportReport()
    selection = _Selection(store, filter, options, report)
    if fmt == "jsonl":
        report.written = write_jsonl(selection.nested(), out)
    elif fmt == "csv":
        report.written = write_acled_csv(selection.acled_rows(), out, options.extra_columns)
    else:
        rows = list(selection.acled_rows())
        report.written = write_geojson(rows, out, options.extra_columns)
        report.without_coordinates = len(rows) - report.written
    return report
