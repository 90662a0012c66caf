"""The town whose police work the case: in US local news, "Huntingburg police said", "the Erie Police Department"
name the town the incident happened in, more surely than a suspect's home town, the county's name or a street.

A name before "police" ("Police Department", "Police Dept.") that the gazetteer knows as a US town is the
police's town. The report's main event moves there when its place is none, a county or state that holds that
town, or another US town the text names less often than the police's town, and the text names no other town's
police as often. The town is the one of that name in the state of the event's place, else in the state the
article's US places name most, else the only US town of that name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from eventwire.lexicon.gazetteer import Gazetteer, normalise_name
from eventwire.lexicon.us_area_codes import AREA_CODE_STATES
from eventwire.model import PlaceKind, PlaceMention, ResolvedPlace, Span
from eventwire.resolve.event_context import HOME_COUNTRY
from eventwire.resolve.event_dateline import TOWN_KINDS

# "Erie", "ERIE", and the names with a capital inside: "DeLand", "McKinney", "LaGrange", "DeKalb"
_NAME_WORD = r"(?:(?:Mc|Mac|De|La|Le|Du)?[A-Z][a-z]+|[A-Z]{3,})"
POLICE_OF = re.compile(
    rf"(?<![\w.])(?P<name>{_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,2}})[ \t]+(?:Police|police|POLICE)(?![\w-])"
)
# Words that make "X police" another force's (state, transit, campus ...) or begin a sentence, not a town.
_NOT_A_TOWN = frozenset(
    {"state", "capitol", "transit", "university", "college", "campus", "school", "schools", "tribal", "housing",
     "metro", "border", "secret", "national", "military", "airport", "port", "harbor", "railroad", "park", "parks",
     "county", "city", "town", "township", "village", "borough", "parish", "district", "area", "local", "federal",
     "the", "a", "an", "and", "but", "as", "when", "while", "after", "before", "said", "says", "by", "of", "in",
     "at", "to", "for", "with", "from", "that", "which", "where", "other", "some", "many", "two", "three", "four",
     "regional", "metropolitan", "unified", "department", "related", "photos", "photo", "buy",
     "video", "watch", "update", "breaking", "police", "officers", "officer", "chief", "sheriff", "deputies"}
)  # fmt: skip
_LEADING = frozenset(
    {"the", "a", "an", "and", "but", "as", "when", "while", "by", "said", "says", "that", "to", "then", "later",
     "now", "so", "if", "because", "since", "although", "though", "also", "earlier", "meanwhile"}
)  # fmt: skip


def police_names(text: str) -> Counter[str]:
    """The names before "police" that may be towns', each with how often the text names that police."""
    found: Counter[str] = Counter()
    for match in POLICE_OF.finditer(text):
        words = _without_leading(match.group("name").split())
        checked = words[:-1] if words[-1:] == ["City"] else words  # "Kansas City Police", "York City Police"
        if not words or any(w.lower() in _NOT_A_TOWN for w in checked):
            continue
        found[" ".join(w.title() if w.isupper() else w for w in words)] += 1
    return found


def _without_leading(words: list[str]) -> list[str]:
    """A name's words without those before it that begin a sentence or a clause ("When Erie" -> "Erie")."""
    while words and words[0].lower() in _LEADING:
        words = words[1:]
    return words


def _first_naming(force: re.Pattern[str], text: str, name: str) -> Span:
    """Where the text first names ``name`` as a force's (``POLICE_OF``, ``COUNTY_FORCE``)."""
    first = next(m for m in force.finditer(text) if name.lower() in m.group("name").lower())
    begin = first.start("name") + max(0, first.group("name").lower().find(name.lower()))
    return Span(begin, begin + len(name))


@dataclass(frozen=True, slots=True)
class PoliceTown:
    """The town whose police the text names most, as the text names it."""

    town: ResolvedPlace
    span: Span  # its first naming before "police"
    times: int  # how often the text names that police
    department: bool  # named as "X Police Department" (US usage) at least once
    in_state: bool  # found in the state of the event's place or of the article's places, not by its size alone


LARGE_TOWN = 50_000  # a town named alone, with no state known, is the largest of its name if this large


def police_town(
    text: str,
    state: str | None,
    places: Sequence[PlaceMention],
    gazetteer: Gazetteer,
    abroad: str | None = None,
    unplaced: bool = False,
) -> PoliceTown | None:
    """The US town the text's police are most often of; None when two towns' police are named as often, or no
    name is a known US town. For a report whose event the places stage put in the country ``abroad``, a force
    named "X Police Department" is of the largest US town called X of any size, unless X is a town of that
    country too ("the Toronto Police Department" of a report on Canada). For a report whose event has no place
    (``unplaced``), a name that only one town of the gazetteer bears is that US town of any size ("DeLand police
    said")."""
    counts: Counter[str] = Counter()
    for written, times in police_names(text).items():
        counts[_town_part(written, gazetteer)] += times
    counts.pop("", None)
    if not counts:
        return None
    ranked = counts.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    name, times = ranked[0]
    states = tuple(dict.fromkeys(s for s in (state, _article_state(places)) if s is not None))
    town = next((t for s in states if (t := _town_in(name, s, gazetteer)) is not None), None)
    in_state = town is not None
    department = any(
        name.lower() in m.group("name").lower() and _DEPARTMENT.match(text, m.end()) for m in POLICE_OF.finditer(text)
    )
    if town is None:
        town = _large_town(name, gazetteer)
    if town is None and abroad is not None and department:
        town = _largest_us_town(name, abroad, gazetteer)
    if town is None and unplaced:
        town = _only_town(name, gazetteer)
    if town is None:
        return None
    return PoliceTown(town, _first_naming(POLICE_OF, text, name), times, department, in_state)


def _town_part(name: str, gazetteer: Gazetteer) -> str:
    """The name if it is a US town's, else the name without a last word "City" if that is ("York City Police"),
    else "" (a force named after a lake, a valley, a campus names no town)."""
    for candidate in (name, name.removesuffix(" City")):
        towns = gazetteer.every_tier(candidate)
        if any(p.kind in TOWN_KINDS and p.country == HOME_COUNTRY for p in towns):
            return candidate
    return ""


_DEPARTMENT = re.compile(r"\s+(?:Department|Dept\.?)")


def _article_state(places: Sequence[PlaceMention]) -> str | None:
    """The US state the article's US places lie in most often, when one leads."""
    states = Counter(m.place.admin1 for m in places if m.place is not None and m.place.country == HOME_COUNTRY)
    states.pop(None, None)
    ranked = states.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _town_in(name: str, state: str, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The largest US town called ``name`` in ``state``, of either tier."""
    towns = gazetteer.every_tier(name)
    inside = [p for p in towns if p.kind in TOWN_KINDS and p.country == HOME_COUNTRY and p.admin1 == state]
    return max(inside, key=lambda p: p.population) if inside else None


def _largest_us_town(name: str, abroad: str, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The largest US town called ``name`` of either tier, unless the country ``abroad`` has a town of that name."""
    towns = _towns_named(name, gazetteer)
    if any(p.country == abroad for p in towns):
        return None
    home = [p for p in towns if p.country == HOME_COUNTRY]
    return max(home, key=lambda p: p.population) if home else None


def _only_town(name: str, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The one town of either tier called ``name``, if it is a US town."""
    towns = _towns_named(name, gazetteer)
    return towns[0] if len(towns) == 1 and towns[0].country == HOME_COUNTRY else None


def _towns_named(name: str, gazetteer: Gazetteer) -> list[ResolvedPlace]:
    """The towns of either tier, of any country, whose own name is ``name``."""
    key = normalise_name(name)
    return [p for p in gazetteer.every_tier(name) if p.kind in TOWN_KINDS and normalise_name(p.name) == key]


def _large_town(name: str, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The US town of the first tier called ``name`` that is at least ``LARGE_TOWN`` and twice any namesake."""
    towns = sorted(
        (p for p in gazetteer.lookup(name) if p.kind in TOWN_KINDS and p.country == HOME_COUNTRY),
        key=lambda p: -p.population,
    )
    if not towns or towns[0].population < LARGE_TOWN:
        return None
    if len(towns) > 1 and towns[1].population * 2 > towns[0].population and towns[1].admin1 != towns[0].admin1:
        return None
    return towns[0]


def moves_to_police_town(current: ResolvedPlace | None, police: PoliceTown, text: str, title: str | None) -> bool:
    """Whether the main event's place ``current`` gives way to the police's town."""
    town = police.town
    if current is None:
        return True
    if current.country != HOME_COUNTRY:  # a US force's own name, in a report the places stage put abroad
        return police.department
    if current.kind is PlaceKind.ADMIN1:
        return current.name == town.admin1
    if current.kind is PlaceKind.ADMIN2:
        return current.admin1 == town.admin1 and (town.admin2 is None or town.admin2 == current.admin2)
    if current.kind not in TOWN_KINDS or current.name == town.name or current.city == town.name:
        return False
    if title and _times_named(town.name, title) > _times_named(current.name, title):
        return True
    return _times_named(current.name, text) < _times_named(town.name, text) or police.times >= 2


POLICE_CITY = 300_000  # a city this large has neighbourhoods that the gazetteer knows only as towns of other states


def district_of_police_city(
    current: ResolvedPlace, police: PoliceTown, text: str, named_states: Collection[str]
) -> ResolvedPlace | None:
    """The main event's town as a neighbourhood of the large city whose police work the case, when the places stage
    read its name as a town of another state that the text does not name and that has no police of its own in the
    text ("the South Austin neighborhood on the West Side ... according to Chicago Police" is Austin, Chicago, not
    Austin, Texas; "shot in Madisonville ... Cincinnati Police Lt." is not Madisonville, Kentucky): a district of
    the city at the city's point."""
    city = police.town
    if (
        city.population < POLICE_CITY
        or current.country != HOME_COUNTRY
        or current.kind not in TOWN_KINDS
        or current.admin1 == city.admin1
        or current.admin1 in named_states
        or current.name == city.name
        or _times_named(f"{current.name} police", text)
    ):
        return None
    return replace(
        city, name=current.name, kind=PlaceKind.DISTRICT, city=city.name, geonameid=None, population=0, at_area=True
    )


def _times_named(name: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE))


# "the Dillon County Sheriff's Office", "Richland County deputies", "the Terrebonne Parish coroner"
COUNTY_FORCE = re.compile(
    rf"(?<![\w.])(?P<name>{_NAME_WORD}(?:[ -]{_NAME_WORD}){{0,2}}[ \t]+(?:County|Parish))(?:['’]s)?[ \t]+"
    r"(?:Sheriff|sheriff|SHERIFF|Coroner|coroner|[Dd]eput(?:y|ies)|Medical Examiner|[Pp]rosecutor|District Attorney)"
)
DOMINANT_COUNTY = 3.0  # of same-named counties, one this many times as populous as any other is the one meant


def force_county(
    text: str, state: str | None, places: Sequence[PlaceMention], gazetteer: Gazetteer
) -> PoliceTown | None:
    """The US county whose sheriff, coroner or prosecutor the text names most: in the state of the event's
    place or of the article's places, else the only county of that name or one far more populous than the
    others; None when two counties' forces are named as often."""
    counts: Counter[str] = Counter()
    for match in COUNTY_FORCE.finditer(text):
        words = _without_leading(match.group("name").split())
        if len(words) > 1 and not any(w.lower() in _NOT_A_TOWN - {"county", "parish"} for w in words[:-1]):
            counts[" ".join(w if not w.isupper() else w.title() for w in words)] += 1
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    name, times = ranked[0]
    counties = [p for p in gazetteer.lookup(name) if p.kind is PlaceKind.ADMIN2 and p.country == HOME_COUNTRY]
    states = [s for s in (state, _article_state(places)) if s is not None]
    inside = [p for s in states for p in counties if p.admin1 == s]
    county = inside[0] if inside else _dominant(counties) if not states else None
    if county is None:
        return None
    span = _first_naming(COUNTY_FORCE, text, name)
    return PoliceTown(county, span, times, department=False, in_state=bool(inside))


def _dominant(counties: Sequence[ResolvedPlace]) -> ResolvedPlace | None:
    ranked = sorted(counties, key=lambda p: -p.population)
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[0].population < DOMINANT_COUNTY * max(1, ranked[1].population):
        return None
    return ranked[0]


def moves_to_force_county(current: ResolvedPlace | None, force: PoliceTown) -> bool:
    """Whether the main event's place gives way to the county whose force works the case: when it has none,
    is the county's state, or lies abroad (a namesake the text's US county force belies)."""
    if current is None:
        return True
    if current.country != HOME_COUNTRY:
        return True
    return current.kind is PlaceKind.ADMIN1 and current.name == force.town.admin1


# A US telephone number: "(843) 774-1432", "843-774-1432", "843.774.1432"; not a toll-free one (not in the table).
_PHONE = re.compile(r"(?<![\d-])\(?(?P<code>[2-9]\d\d)\)?[ .-]?[2-9]\d\d[ .-]\d{4}(?!\d)")


def phone_state(text: str) -> str | None:
    """The one US state whose area codes the text's telephone numbers have, if they agree on one."""
    states = {AREA_CODE_STATES[m.group("code")] for m in _PHONE.finditer(text) if m.group("code") in AREA_CODE_STATES}
    return states.pop() if len(states) == 1 else None


def in_phone_state(current: ResolvedPlace, text: str, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The namesake of the event's town or county in the state of the text's telephone numbers, when the
    event's place lies in another state or abroad ("Chelsea" with a tip line on 617 is Chelsea,
    Massachusetts), or None."""
    state = phone_state(text)
    return namesake_in_state(current, state, gazetteer) if state is not None else None


def namesake_in_state(current: ResolvedPlace, state: str, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The largest US town or county of the same name and kind as ``current`` in ``state``, when ``current`` lies
    in another state or abroad, or None."""
    if current.admin1 == state or current.kind not in (*TOWN_KINDS, PlaceKind.ADMIN2):
        return None
    key = normalise_name(current.name)
    namesakes = gazetteer.every_tier(current.name)
    inside = [
        p
        for p in namesakes
        if p.country == HOME_COUNTRY and p.admin1 == state and p.kind is current.kind and normalise_name(p.name) == key
    ]
    return max(inside, key=lambda p: p.population) if inside else None
