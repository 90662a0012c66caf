"""When a name may be looked up in the gazetteer's second tier (towns of 1,000-4,999 people), whose names are
often also words or surnames: a division word dropped ("Arua district" -> Arua) and a name after a locative
word ("near Guva") that is not a language or a compass word.

And the towns the gazetteer lacks that the text names with their kind and the area they lie in ("the village of
Kanak in Mastung district", "the southern Lebanese town of Bint Jbeil"): a town of that name in that area, at the
area's point (ACLED codes the most precise place named; the village is the event's place, not its district).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from eventwire.model import PlaceKind, PlaceMention, ResolvedPlace, ToponymCandidate

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


# "the village of", "the coastal town of": the writer says the name after it is a town's.
_TOWN_OF_BEFORE = re.compile(
    r"\b(?:city|town|village|hamlet|township|settlement|locality) of\s+(?:the\s+)?$", re.IGNORECASE
)
# What joins a town to the area named after it: "Kanak in Mastung district", "Gohatsion in Ethiopia's Oromia
# region", "Harardhere in the central Mudug region", "Kanak, in the southwestern province of Balochistan".
_AREA_AFTER = re.compile(
    r"(?:,?\s+(?:in|near|of)\s+|['’]s\s+|,\s+)(?:the\s+)?(?:[a-z][a-z-]*\s+){0,2}"
    r"(?:(?:province|region|district|state|county|governorate) of\s+(?:the\s+)?)?"
)
# An area written before the town's kind: "the southern Lebanese town of", "the Afghan city of".
_AREA_BEFORE = re.compile(
    r"\s+(?:[a-z][a-z-]*\s+){0,2}(?:city|town|village|hamlet|township|settlement|locality) of\s+(?:the\s+)?"
)
_AREA_KINDS = {PlaceKind.ADMIN2: 0, PlaceKind.CITY: 1, PlaceKind.ADMIN1: 2, PlaceKind.OTHER: 3, PlaceKind.COUNTRY: 4}
_AREA_REACH = 120  # characters after the town in which the area that holds it is named


def introduced_as_town(candidate: ToponymCandidate, text: str) -> bool:
    """Whether the text names a town by its kind right before the name ("the village of Kanak")."""
    start = candidate.span.start
    return candidate.text[:1].isupper() and _TOWN_OF_BEFORE.search(text, max(0, start - 30), start) is not None


def unlisted_town(candidate: ToponymCandidate, mentions: Sequence[PlaceMention], text: str) -> ResolvedPlace | None:
    """A town the gazetteer lacks that the text names with its kind, in the area named right after it ("the
    village of Kanak in Mastung district", the most precise of "in Ethiopia's Oromia region") or right before
    its kind ("the southern Lebanese town of Bint Jbeil"): the town of that name, at the area's point, in the
    area's divisions; None when no area is named there."""
    if not introduced_as_town(candidate, text):
        return None
    areas = [*_areas_after(candidate, mentions, text), *_areas_before(candidate, mentions, text)]
    if not areas:
        return None
    area = min(areas, key=lambda place: _AREA_KINDS[place.kind])
    admin1 = area.name if area.kind is PlaceKind.ADMIN1 else area.admin1
    admin2 = area.name if area.kind is PlaceKind.ADMIN2 else area.admin2
    return replace(
        area, name=candidate.text, kind=PlaceKind.CITY, admin1=admin1, admin2=admin2, city=None, geonameid=None,
        population=0,
    )  # fmt: skip


def _areas_after(candidate: ToponymCandidate, mentions: Sequence[PlaceMention], text: str) -> list[ResolvedPlace]:
    """The places named one after another right after the town ("in Ethiopia's Oromia region")."""
    found: list[ResolvedPlace] = []
    position = candidate.span.end
    for mention in sorted(mentions, key=lambda m: m.span.start):
        if mention.span.start < position:
            continue
        if mention.span.start - candidate.span.end > _AREA_REACH or mention.place is None:
            break
        if _AREA_AFTER.fullmatch(text, position, mention.span.start) is None:
            break
        if mention.place.kind in _AREA_KINDS and (not found or mention.place.country == found[0].country):
            found.append(mention.place)
        position = mention.span.end
    return found


def _areas_before(candidate: ToponymCandidate, mentions: Sequence[PlaceMention], text: str) -> list[ResolvedPlace]:
    """The place that qualifies the town's kind ("the southern Lebanese town of")."""
    return [
        m.place
        for m in mentions
        if m.place is not None
        and m.place.kind in _AREA_KINDS
        and m.span.end < candidate.span.start
        and _AREA_BEFORE.fullmatch(text, m.span.end, candidate.span.start) is not None
    ]
