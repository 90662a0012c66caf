"""Events with coordinates as a GeoJSON FeatureCollection of points, written one feature at a time.

Each feature's ``id`` is its ``event_id_cnty`` and its properties are the ACLED CSV's columns, with the
same names (and eventwire's extra columns when asked)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from eventwire.query.acled import ACLED_COLUMNS, EXTRA_COLUMNS
from eventwire.query.records import Flat


def feature(row: Flat, extra_columns: bool = False) -> dict[str, Any]:
    """A Point feature (GeoJSON order: longitude, latitude) with the row's id and columns as properties."""
    columns = ACLED_COLUMNS + (EXTRA_COLUMNS if extra_columns else ())
    return {
        "type": "Feature",
        "id": row["event_id_cnty"],
        "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
        "properties": {name: row.get(name) for name in columns},
    }


def write_geojson(rows: Iterable[Flat], out: TextIO, extra_columns: bool = False) -> int:
    """Write the collection of the rows that have coordinates; return the number of features."""
    out.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for row in rows:
        if row.get("latitude") is None or row.get("longitude") is None:
            continue
        out.write(",\n" if count else "\n")
        out.write(json.dumps(feature(row, extra_columns), ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count
