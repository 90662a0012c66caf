"""Events with coordinates as a GeoJSON FeatureCollection of points, written one feature at a time."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from eventwire.query.records import EventRecord


def feature(record: EventRecord) -> dict[str, Any]:
    """A Point feature (GeoJSON order: longitude, latitude) whose properties are the record's flat row."""
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [record.lon, record.lat]},
        "properties": record.to_row(),
    }


def write_geojson(records: Iterable[EventRecord], out: TextIO) -> int:
    """Write the collection of the events that have coordinates; return the number of features."""
    out.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for record in records:
        if not record.has_coordinates:
            continue
        out.write(",\n" if count else "\n")
        out.write(json.dumps(feature(record), ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count
