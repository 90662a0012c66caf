"""Exporting stored events: JSON lines, CSV in ACLED's columns, or GeoJSON, streamed to a text file."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TextIO

from eventwire.errors import ExportFormatError
from eventwire.query.acled_csv import write_acled_csv
from eventwire.query.geojson import write_geojson
from eventwire.query.records import EventRecord
from eventwire.query.search import iter_events
from eventwire.store import EventFilter, Store


def write_jsonl(records: Iterable[EventRecord], out: TextIO) -> int:
    """One event record's nested JSON a line; return the number of lines."""
    count = 0
    for record in records:
        out.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
        count += 1
    return count


Writer = Callable[[Iterable[EventRecord], TextIO], int]

WRITERS: dict[str, Writer] = {"jsonl": write_jsonl, "csv": write_acled_csv, "geojson": write_geojson}
EXPORT_FORMATS = tuple(WRITERS)


def export(store: Store, fmt: str, out: TextIO, filter: EventFilter | None = None) -> int:
    """Write the events matching ``filter`` to ``out`` in format ``fmt``; return the number of rows
    (GeoJSON: features, i.e. events with coordinates) written."""
    writer = WRITERS.get(fmt.lower())
    if writer is None:
        raise ExportFormatError(f"unknown export format {fmt!r}; use one of: {', '.join(EXPORT_FORMATS)}")
    return writer(iter_events(store, filter), out)
