"""The dateline: the town a report is filed from ("CHICAGO (AP) —", "JACKSON, Ga. --"), where its main event
most often happened.

A dateline is a capitalised place name at the start of a line near the top of the article, optionally
followed by a state or country abbreviation and a news agency in brackets, then a dash or a colon. Only a
town counts (not "WAGONER COUNTY" or "UPDATE:"); among towns of that name, the one in the region the
dateline or the article names wins, else the most populous.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from eventwire.lexicon.gazetteer import Gazetteer
from eventwire.model import PlaceKind, PlaceMention, Provenance, ResolvedPlace, Span

DATELINE_REACH = 400  # characters from the top of the article in which a dateline can stand
_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?P<name>[A-Z][A-Z.'\u2019 -]{1,40}[A-Z.])(?:,[ \t]*(?P<region>[A-Z][A-Za-z.]{1,14}))?"
    r"[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*(?:\u2014|\u2013|--|-|:)"
)
TOWN_KINDS = frozenset({PlaceKind.CITY, PlaceKind.DISTRICT})


def dateline_place(
    text: str, places: Sequence[PlaceMention], gazetteer: Gazetteer, stage: str, version: str
) -> PlaceMention | None:
    """The town of the article's dateline, as a place mention over its name, or None."""
    match = _DATELINE.search(text[:DATELINE_REACH])
    if match is None:
        return None
    name = match.group("name").strip()
    towns = [p for p in gazetteer.lookup(name.title()) if p.kind in TOWN_KINDS]
    if not towns:
        return None
    town = _best_town(towns, _region_of(match, places), places)
    if town is None:
        return None
    start = match.start("name") + match.group("name").index(name)
    return PlaceMention(Span(start, start + len(name)), name, town, Provenance(stage, version, rule="dateline"))


def _region_of(match: re.Match[str], places: Sequence[PlaceMention]) -> ResolvedPlace | None:
    """The region the dateline names after the town ("Ga." -> Georgia), as the places stage resolved it."""
    if match.group("region") is None:
        return None
    start, end = match.span("region")
    return next((m.place for m in places if m.place is not None and start <= m.span.start < end), None)


def _best_town(
    towns: list[ResolvedPlace], region: ResolvedPlace | None, places: Sequence[PlaceMention]
) -> ResolvedPlace | None:
    """The town in the region the dateline names (none when the gazetteer has no such town there), else the
    one in the region the article names most, else the most populous."""
    if region is not None:
        named = [t for t in towns if _in_region(t, region)]
        return max(named, key=lambda t: t.population) if named else None
    regions = Counter(m.place.admin1 for m in places if m.place is not None and m.place.admin1)
    return max(towns, key=lambda t: (regions.get(t.admin1 or "", 0), t.population))


def _in_region(town: ResolvedPlace, region: ResolvedPlace) -> bool:
    if region.kind is PlaceKind.COUNTRY:
        return town.country == region.country
    return town.admin1 == region.name and town.country == region.country
