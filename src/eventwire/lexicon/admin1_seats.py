"""The town that stands for each first-level division: its seat where GeoNames' largest town is the seat
(``lexicon/data/admin1_seats.tsv``, built by ``scripts/build_admin1_seats.py``: "Luapula" -> Mansa, "Lualaba" ->
Kolwezi, "Mudug" -> Gaalkacyo)."""

from __future__ import annotations

import functools

from eventwire.lexicon.gazetteer import DATA_DIR, Gazetteer, distance_km
from eventwire.model import PlaceKind, ResolvedPlace

SEATS_FILE = DATA_DIR / "admin1_seats.tsv"
SAME_TOWN_KM = 5.0  # the gazetteer's entry of a seat lies this close to the table's point


@functools.cache
def _seats() -> dict[tuple[str, str], tuple[str, float, float, int]]:
    found = {}
    with SEATS_FILE.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            country, code, name, lat, lon, population = line.rstrip("\n").split("\t")
            found[(country, code)] = (name, float(lat), float(lon), int(population))
    return found


def admin1_seat(country: str | None, admin1: str | None, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The seat of the first-level division ``admin1`` (its name as the gazetteer writes it) of ``country``: the
    gazetteer's entry of that town, else the town at the table's point; None for a division the table lacks."""
    if not country or not admin1:
        return None
    codes = [code for (other, code), name in gazetteer.admin1_names.items() if other == country and name == admin1]
    for code in codes:
        seat = _seats().get((country, code))
        if seat is None:
            continue
        name, lat, lon, population = seat
        for place in gazetteer.lookup(name):
            if (
                place.kind is PlaceKind.CITY
                and place.country == country
                and place.lat is not None
                and place.lon is not None
                and distance_km(place.lat, place.lon, lat, lon) <= SAME_TOWN_KM
            ):
                return place
        return ResolvedPlace(name, PlaceKind.CITY, lat, lon, country, admin1, population=population)
    return None
