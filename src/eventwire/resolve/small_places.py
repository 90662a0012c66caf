"""The gazetteer's second tier: towns and villages of 1,000-4,999 people (``data/small_places.tsv``).

Kept apart from the first tier (``gazetteer``) because it is large and its names are often also words or
surnames: it is read only when a name that must be a place is unknown to the first tier, and only then
loaded (about 100,000 lines, main and ASCII names only, each kept as its raw line until asked for).

Also the two name tests that decide when a name may be looked up here: a division word dropped ("Arua
district" -> Arua) and a name after a locative word ("near Guva") that is not a language or a compass word.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from pathlib import Path

from eventwire.extract.places import ToponymCandidate
from eventwire.model import PlaceKind, ResolvedPlace
from eventwire.resolve.gazetteer import DATA_DIR, normalise_name

SMALL_PLACES_FILE = DATA_DIR / "small_places.tsv"
# A division word after a name that the gazetteer may know without it ("Arua district", "Igabi Local Government Area").
DIVISION_SUFFIX = re.compile(
    r"\s+(?:district|region|province|state|county|local government area|lga|municipality|sub-county|village|town)$",
    re.IGNORECASE,
)
# Compass words that spaCy may tag as places ("in the West") and that name small towns too.
_COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"central", "centre", "center", "midwest", "downtown", "uptown"}
)


def without_division(name: str, lookup: Callable[[str], tuple[ResolvedPlace, ...]]) -> tuple[ResolvedPlace, ...]:
    """The places called ``name`` without a trailing division word ("Arua district" -> Arua)."""
    bare = DIVISION_SUFFIX.sub("", name)
    return lookup(bare) if bare != name and bare[:1].isupper() else ()


def is_town_after_locative(candidate: ToponymCandidate) -> bool:
    """A name after a locative word that may be a town's: not a language ("in English") or a compass word
    ("in the West")."""
    if not (candidate.locative and candidate.cue == "name" and candidate.text[:1].isupper()):
        return False
    if candidate.label == "LANGUAGE":
        return False
    return candidate.text.casefold() not in _COMPASS_WORDS


@functools.cache
def _small_place_lines(path: Path = SMALL_PLACES_FILE) -> Mapping[str, tuple[str, ...]]:
    """Raw lines by normalised main and ASCII name."""
    index: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            name, ascii_name, _ = line.split("\t", 2)
            keys = {normalise_name(name), normalise_name(ascii_name)} if ascii_name else {normalise_name(name)}
            for key in keys:
                if key:
                    index.setdefault(key, []).append(line)
    return {key: tuple(lines) for key, lines in index.items()}


def lookup_small_place(
    name: str, admin1_names: Mapping[tuple[str, str], str] | None = None
) -> tuple[ResolvedPlace, ...]:
    """The small places called ``name``; ``admin1_names`` names their divisions by (country, GeoNames code)."""
    lines = _small_place_lines().get(normalise_name(name), ())
    return tuple(_place(line, admin1_names or {}) for line in lines)


def _place(line: str, admin1_names: Mapping[tuple[str, str], str]) -> ResolvedPlace:
    name, _, lat, lon, country, admin1_code, population = line.rstrip("\n").split("\t")
    return ResolvedPlace(
        name=name,
        kind=PlaceKind.CITY,
        lat=float(lat),
        lon=float(lon),
        country=country,
        admin1=admin1_names.get((country, admin1_code)),
        population=int(population or 0),
    )
