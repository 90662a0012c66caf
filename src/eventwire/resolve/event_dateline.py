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
from eventwire.lexicon.layout.article_layout import dateline_match
from eventwire.model import PlaceKind, PlaceMention, Provenance, ResolvedPlace, Span

TOWN_KINDS = frozenset({PlaceKind.CITY, PlaceKind.DISTRICT})
REGION_RULE = "dateline-region"  # the rule of a dateline whose town was chosen by the region it names


def dateline_place(
    text: str, places: Sequence[PlaceMention], gazetteer: Gazetteer, stage: str, version: str
) -> PlaceMention | None:
    """The town of the article's dateline, as a place mention over its name, or None."""
    match = dateline_match(text)  # the layout's reading, which the structure stage reports too
    if match is None:
        return None
    name = match.group("name").strip()
    towns = [p for p in gazetteer.lookup(name.title()) if p.kind in TOWN_KINDS]
    region = _region_of(match, places) or _postal_state(match, gazetteer)
    town = _best_town(towns, region, places) if towns else None
    if town is None and region is not None:  # a small town of the named state ("MADISON, N.C.")
        town = _best_town(list(gazetteer.small_places(name.title())), region, places)
    if town is None:
        return None
    start = match.start("name") + match.group("name").index(name)
    rule = "dateline" if region is None else REGION_RULE
    return PlaceMention(Span(start, start + len(name)), name, town, Provenance(stage, version, rule=rule))


def _region_of(match: re.Match[str], places: Sequence[PlaceMention]) -> ResolvedPlace | None:
    """The region the dateline names after the town ("Ga." -> Georgia), as the places stage resolved it."""
    if match.group("region") is None:
        return None
    start, end = match.span("region")
    return next((m.place for m in places if m.place is not None and start <= m.span.start < end), None)


def _postal_state(match: re.Match[str], gazetteer: Gazetteer) -> ResolvedPlace | None:
    """A US state by the postal code the dateline gives ("COLUMBUS, GA (WTVM) -"), which is no word of the text
    that the places stage reads."""
    code = match.group("region")
    if code is None or not re.fullmatch(r"[A-Z]{2}", code):
        return None
    name = gazetteer.admin1_names.get(("US", code))
    found = [p for p in gazetteer.lookup(name) if p.kind is PlaceKind.ADMIN1 and p.country == "US"] if name else []
    return found[0] if found else None


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


def filed_by_a_bureau(text: str, gazetteer: Gazetteer) -> bool:
    """Whether the dateline is a wire bureau's, which reports a whole country from where it sits: it carries a
    date ("ISTANBUL, Sept 24 (Reuters) -") or names a country after its town ("KAMPALA, Uganda (AP) -"), unlike
    a local paper's ("SALEM, Mass. (AP) -"), whose bare names are more often its own neighbourhoods."""
    match = dateline_match(text)
    if match is None:
        return False
    region = match.group("region")
    return match.group("date") is not None or (
        region is not None and any(p.kind is PlaceKind.COUNTRY for p in gazetteer.lookup(region))
    )
