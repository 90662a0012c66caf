"""When a name may be looked up in the gazetteer's second tier (towns of 1,000-4,999 people), whose names are
often also words or surnames: a division word dropped ("Arua district" -> Arua) and a name after a locative
word ("near Guva") that is not a language or a compass word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from eventwire.model import ResolvedPlace, ToponymCandidate

# A division word after a name that the gazetteer may know without it ("Arua district", "Igabi Local Government Area").
DIVISION_SUFFIX = re.compile(
    r"\s+(?:district|region|province|state|county|local government area|lga|municipality|sub-county|village|town"
    r"|territory)$",
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


def _is_a_name(candidate: ToponymCandidate) -> bool:
    """A name, or a name of several words that spaCy took for a group's ("in Al Arish" tagged NORP)."""
    return candidate.cue == "name" or (candidate.cue == "adjective" and " " in candidate.text)


def is_town_after_locative(candidate: ToponymCandidate) -> bool:
    """A name after a locative word that may be a town's: not a language ("in English") or a compass word
    ("in the West")."""
    if not (candidate.locative and _is_a_name(candidate) and candidate.text[:1].isupper()):
        return False
    if candidate.label == "LANGUAGE":
        return False
    return candidate.text.casefold() not in _COMPASS_WORDS
