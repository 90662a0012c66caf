"""A US report's main event placed at a county is at the town of that county the text names after a locative
word or in its dateline ("shot near his home in Denmark", "outside of Latta in Dillon County", "BELL — ... in
northern Gilchrist County"), whatever the places stage read that name as (Denmark the country, Bell the town in
California, Latta an organisation): the town of that name in the county, or near its point."""

from __future__ import annotations

import re
from dataclasses import replace

from eventwire.lexicon.gazetteer import Gazetteer, distance_km, normalise_name
from eventwire.model import PlaceKind, ResolvedPlace, Span
from eventwire.resolve.event_context import COUNTY_REACH_KM, HOME_COUNTRY, holds

_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
# "in Denmark", "near Delia", "outside of Latta", "northeast of Bell"; not "of Denmark" (where someone lives)
_AFTER_LOCATIVE = re.compile(
    r"\b(?:in|near|outside|at|(?:outside|north|south|east|west|northeast|northwest|southeast|southwest)[ \t]+of)"
    rf"[ \t]+(?P<name>{_NAME})\b"
)


# The dateline of an update further down the page ("CONNELL, WA - The Franklin County Sheriff's Office ...").
_LATER_DATELINE = re.compile(
    r"(?m)^(?:UPDATE:?[ \t]+)?(?P<name>[A-Z][A-Z'.-]+(?:[ ][A-Z][A-Z'.-]+){0,2}),[ \t]+(?:[A-Z]{2}|[A-Z][a-z]{1,5}\.)"
    r"[ \t]*[-–—]"
)


def county_town(
    county: ResolvedPlace, text: str, gazetteer: Gazetteer, dateline: Span | None = None
) -> tuple[ResolvedPlace, Span] | None:
    """The first town of ``county`` the text names in its dateline (the span of the dateline's town, as the
    article's structure gives it) or after a locative word, with its span."""
    if county.kind is not PlaceKind.ADMIN2 or county.country != HOME_COUNTRY:
        return None
    found = [(dateline.start, text[dateline.start : dateline.end])] if dateline is not None else []
    found += [(m.start("name"), m.group("name")) for m in _AFTER_LOCATIVE.finditer(text)]
    found += [(m.start("name"), m.group("name")) for m in _LATER_DATELINE.finditer(text)]
    own = normalise_name(county.name)
    for start, written in sorted(found):
        name = written.title() if written.isupper() else written
        if normalise_name(name) == own or name.endswith((" County", " Parish")):
            continue
        town = _town_in(name, county, gazetteer)
        if town is not None:
            return town, Span(start, start + len(written))
    return _address_town(county, text, gazetteer)


_STREET = (
    r"(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Court|Ct|Lane|Ln|Boulevard|Blvd|Way|Highway|Hwy|Place|Pl|Circle|Cir"
    r"|Terrace|Parkway|Pkwy|Pike|Trail|Loop)"
)
# A street address and the town it is in ("the 8800 block of Dogwood Drive in Kannapolis", "207 Capri Court in
# Bayou Blue"), or a town of the county itself ("near Delia in Jackson County").
_ADDRESS_IN = re.compile(
    r"\b(?:\d{1,6}[- ]block[ \t]+of[ \t]+|\d{1,6}[ \t]+)(?:[A-Z0-9][\w'.]*[ \t]+){1,3}"
    + _STREET
    + rf"\b\.?,?[ \t]+in[ \t]+(?P<name>{_NAME})\b(?![ \t]+(?:County|Parish|neighborhood|area|section|subdivision))"
)
_TOWN_OF_COUNTY = re.compile(
    rf"\b(?:in|near|outside(?:[ \t]+of)?)[ \t]+(?P<name>{_NAME}),?[ \t]+in[ \t]+"
    rf"(?P<county>{_NAME}[ \t]+(?:County|Parish))\b"
)


def _address_town(county: ResolvedPlace, text: str, gazetteer: Gazetteer) -> tuple[ResolvedPlace, Span] | None:
    """The town a street address of the text is in, for an event placed at a US county: a town of the county's
    state near the county (a town on its border lies in the next county by the gazetteer), else, when the gazetteer
    knows no town of that name in the state, that town at the county's point. A town named as being in the
    county ("near Delia in Jackson County") is one too."""
    own = normalise_name(county.name)
    found = [(m.start("name"), m.group("name")) for m in _ADDRESS_IN.finditer(text)]
    found += [
        (m.start("name"), m.group("name"))
        for m in _TOWN_OF_COUNTY.finditer(text)
        if normalise_name(m.group("county")) == own
    ]
    for start, name in sorted(found):
        key = normalise_name(name)
        if key == own:
            continue
        namesakes = [
            p
            for p in gazetteer.every_tier(name)
            if p.country == HOME_COUNTRY and p.admin1 == county.admin1 and normalise_name(p.name) == key
        ]
        towns = [p for p in namesakes if p.kind is PlaceKind.CITY and (holds(county, p) or _close(county, p))]
        if towns:
            return max(towns, key=lambda p: p.population), Span(start, start + len(name))
        if not namesakes and county.lat is not None:
            unlisted = replace(
                county, name=name, kind=PlaceKind.CITY, admin2=county.name, geonameid=None, population=0, at_area=True
            )
            return unlisted, Span(start, start + len(name))
    return None


def _close(county: ResolvedPlace, town: ResolvedPlace) -> bool:
    if county.lat is None or county.lon is None or town.lat is None or town.lon is None:
        return False
    return distance_km(county.lat, county.lon, town.lat, town.lon) <= COUNTY_REACH_KM


def _town_in(name: str, county: ResolvedPlace, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The largest US town called ``name`` that lies in ``county`` (by its county, or near the county's point)."""
    key = normalise_name(name)
    towns = [
        p
        for p in gazetteer.every_tier(name)
        if p.kind is PlaceKind.CITY and normalise_name(p.name) == key and holds(county, p)
    ]
    return max(towns, key=lambda p: p.population) if towns else None


_COUNTY_NAME = re.compile(rf"\b(?P<name>{_NAME}[ \t]+(?:County|Parish))\b")


def in_named_county(town: ResolvedPlace, text: str, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The namesake of the event's US town that lies in a county the text names, when the town itself lies in
    none of them ("Homestead" with "the Allegheny County Jail" is Homestead, Pennsylvania, not Florida's), or
    None. A small town whose county the gazetteer does not give lies in the county near its point."""
    if town.kind is not PlaceKind.CITY or town.country != HOME_COUNTRY:
        return None
    names = {m.group("name") for m in _COUNTY_NAME.finditer(text)}
    keys = {normalise_name(n) for n in names}
    if not keys or (town.admin2 is not None and normalise_name(town.admin2) in keys):
        return None
    counties = [
        p
        for name in names
        for p in gazetteer.lookup(name)
        if p.kind is PlaceKind.ADMIN2 and p.country == HOME_COUNTRY and normalise_name(p.name) in keys
    ]
    if any(holds(county, town) for county in counties):
        return None
    key = normalise_name(town.name)
    namesakes = [
        p
        for p in gazetteer.every_tier(town.name)
        if p.kind is PlaceKind.CITY
        and p.country == HOME_COUNTRY
        and normalise_name(p.name) == key
        and any(holds(county, p) for county in counties)
    ]
    if not namesakes or len({p.admin1 for p in namesakes}) > 1:
        return None
    return max(namesakes, key=lambda p: p.population)


# New York City's boroughs are its counties; a neighbourhood of one ("East Flatbush", "Jamaica") is a part of the
# borough, which US incident records give as its city.
_BOROUGHS = {"Kings County": "Brooklyn", "Queens County": "Queens", "Bronx County": "Bronx",
             "Richmond County": "Staten Island", "New York County": "Manhattan"}  # fmt: skip


def in_borough(place: ResolvedPlace) -> ResolvedPlace | None:
    """A place of New York City's boroughs with its borough as its city ("East Flatbush" in Brooklyn), or None
    when it is the borough or already has a city."""
    if place.country != HOME_COUNTRY or place.admin1 != "New York" or place.city is not None:
        return None
    borough = _BOROUGHS.get(place.admin2 or "")
    if borough is None or place.kind not in (PlaceKind.CITY, PlaceKind.DISTRICT) or borough in place.name:
        return None
    return replace(place, city=borough)


# "Columbia County Sheriff's Office", "the Raleigh County Sheriff": a county's name the places stage read as the
# town of that name (Columbia, South Carolina; Raleigh, North Carolina).
_COUNTY_AT = re.compile(rf"(?P<name>{_NAME})[ \t]+(?P<kind>County|Parish)\b")


def county_read_as_town(
    town: ResolvedPlace, span: Span | None, text: str, others: list[ResolvedPlace], gazetteer: Gazetteer
) -> ResolvedPlace | None:
    """The county a US town's mention names ("Mesa County Sheriff's Office" read as Mesa, Arizona), when the town
    does not lie in it: the county of that name in the one state the text names, else in the one state of the
    article's other places (``others``: its place mentions, the state's among them), else None."""
    if town.kind is not PlaceKind.CITY or town.country != HOME_COUNTRY or span is None:
        return None
    found = _COUNTY_AT.match(text, span.start)
    if found is None or normalise_name(found.group("name")) != normalise_name(town.name):
        return None
    county_name = f"{found.group('name')} {found.group('kind')}"
    key = normalise_name(county_name)
    if town.admin2 is not None and normalise_name(town.admin2) == key:
        return None  # "Boulder County": the town of Boulder lies in it
    counties = [
        p
        for p in gazetteer.lookup(county_name)
        if p.kind is PlaceKind.ADMIN2 and p.country == HOME_COUNTRY and normalise_name(p.name) == key
    ]
    own = {normalise_name(town.name), key}
    rest = [p for p in others if p.country == HOME_COUNTRY and normalise_name(p.name) not in own]
    named = {p.name for p in rest if p.kind is PlaceKind.ADMIN1}
    states = named or {p.admin1 for p in rest if p.admin1 is not None}  # the states named, else the places'
    inside = [c for c in counties if c.admin1 in states]
    if len({c.admin1 for c in inside}) != 1:
        return None
    return max(inside, key=lambda p: p.population)
