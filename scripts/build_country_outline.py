"""Build ``src/eventwire/serve/static/countries-110m.geojson``, the map's offline country outline.

Input: ``countries-110m.json`` of the npm package ``world-atlas`` 2.0.2 (TopoJSON of Natural Earth's
1:110m admin-0 countries; Natural Earth is public domain, world-atlas is ISC), e.g. from
``npm pack world-atlas@2.0.2``. The TopoJSON arcs are decoded (delta-encoded, quantized) into plain
GeoJSON polygons with coordinates rounded to 0.01 degree, and each feature keeps only its name.

    python scripts/build_country_outline.py path/to/countries-110m.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "src/eventwire/serve/static/countries-110m.geojson"


def decoded_arcs(topology: dict[str, Any]) -> list[list[list[float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([round(x * sx + tx, 2), round(y * sy + ty, 2)])
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list[list[list[float]]]) -> list[list[float]]:
    points: list[list[float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def geometry(shape: dict[str, Any], arcs: list[list[list[float]]]) -> dict[str, Any] | None:
    if shape["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(r, arcs) for r in shape["arcs"]]}
    if shape["type"] == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [[ring(r, arcs) for r in p] for p in shape["arcs"]]}
    return None


def main(source: str) -> None:
    topology = json.loads(Path(source).read_text(encoding="utf-8"))
    arcs = decoded_arcs(topology)
    features = []
    for shape in topology["objects"]["countries"]["geometries"]:
        shaped = geometry(shape, arcs)
        if shaped is not None:
            name = (shape.get("properties") or {}).get("name")
            features.append({"type": "Feature", "properties": {"name": name}, "geometry": shaped})
    collection = {"type": "FeatureCollection", "features": features}
    OUT.write_text(json.dumps(collection, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(features)} countries -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(sys.argv[1])
