"""The place a US report's headline names, for a main event whose text names none ("1 dead, 10 wounded in
Chicago shootings" over a text that says only "on the Southwest Side"; "Lansing teen accidentally shoots
himself"; "Marshall Co. boy ...").

A run of capitalised words in the title counts when a locative word comes before it ("in", "at", "near") or a
noun of local news after it ("teen", "shooting", "police"), or a state's postal code ("Cleveland, OH"). It is a
US town or county of that name: the one in a state the title names by its postal code, else the only one in the
US or one far larger than the others.
"""

from __future__ import annotations

import itertools
import re

from eventwire.lexicon.gazetteer import Gazetteer
from eventwire.model import PlaceKind, ResolvedPlace
from eventwire.resolve.event_context import HOME_COUNTRY

_WORD = re.compile(r"(?<![\w.'’-])(?:[A-Z][a-z]+|[A-Z]\.[A-Z]\.|Co\.)(?![\w'’-])")
_GAP = re.compile(r"[ \t]+")
_BEFORE = re.compile(r"\b(?:in|at|near|outside|of)[ \t]+(?:(?:north|south|east|west|northwest|northeast|southwest"
                     r"|southeast|NW|NE|SW|SE|N\.|S\.|downtown|rural|suburban)[ \t]+)?$", re.IGNORECASE)  # fmt: skip
_AFTER = re.compile(
    r"[ \t]+(?:man|woman|teen|teenager|boy|girl|child|toddler|father|mother|dad|mom|student|officer|deputy|police"
    r"|cops|shooting|shootings|homicide|murder|killing|slaying|standoff|crash|home|family|couple|resident)s?\b",
    re.IGNORECASE,
)
_POSTAL = re.compile(r",[ \t]*([A-Z]{2})\b")
LARGE_PLACE = 50_000
DOMINANT = 3.0  # one namesake this many times as populous as any other is the one meant
_NOT_PLACES = frozenset({"Police", "Man", "Woman", "Teen", "Boy", "Girl", "Update", "Video", "Watch", "Cops", "The"})


def title_place(title: str | None, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The first US town or county the headline names as a place (see the module's note), or None."""
    if not title:
        return None
    words = list(_WORD.finditer(title))
    for i in range(len(words)):
        for n in (3, 2, 1):
            run = words[i : i + n]
            if len(run) < n or any(not _GAP.fullmatch(title, a.end(), b.start()) for a, b in itertools.pairwise(run)):
                continue
            start, end = run[0].start(), run[-1].end()
            name = title[start:end]
            if name in _NOT_PLACES:
                continue
            following = words[i + n] if i + n < len(words) else None
            if following is not None and _GAP.fullmatch(title, end, following.start()) and not _AFTER.match(title, end):
                continue  # part of a longer name ("Martin" of "Martin Luther King Park")
            postal = _POSTAL.match(title, end)
            if not (_BEFORE.search(title[:start]) or _AFTER.match(title, end) or postal):
                continue
            state = gazetteer.admin1_names.get((HOME_COUNTRY, postal.group(1))) if postal else None
            place = _us_place(re.sub(r"\bCo\.$", "County", name), state, gazetteer)
            if place is not None:
                return place
    return None


def _us_place(name: str, state: str | None, gazetteer: Gazetteer) -> ResolvedPlace | None:
    places = [
        p
        for p in (*gazetteer.lookup(name), *(gazetteer.small_places(name) if state else ()))
        if p.country == HOME_COUNTRY and p.kind in (PlaceKind.CITY, PlaceKind.ADMIN2)
    ]
    if state is not None:
        inside = [p for p in places if p.admin1 == state]
        return max(inside, key=lambda p: p.population) if inside else None
    ranked = sorted(places, key=lambda p: -p.population)
    if not ranked:
        return None
    if len({p.admin1 for p in ranked}) == 1:
        return ranked[0]
    if ranked[0].population >= LARGE_PLACE and ranked[0].population >= DOMINANT * max(1, ranked[1].population):
        return ranked[0]
    return None


# A state named in a headline or its site name: "Utah woman murdered ...", "... - WFSB 3 Connecticut", "Tenn.", or a
# postal code after a comma ("Cleveland, OH"), after a town before the site's "News" or at the end ("Huntington WV
# News"), or opening the title before a lower-case word ("MN father ..."); not "Police ID", "NE Detroit", "VA: ...".
# "Washington" is left out: it names the capital as often as the state.
_POSTAL_AFTER = re.compile(
    r"(?:,[ \t]*(?P<after_comma>[A-Z]{2})(?![\w'’-])"
    r"|(?<=[a-z])[ \t]+(?P<after_town>[A-Z]{2})(?=[ \t]+News\b|[ \t]*(?:[|,-]|$))"
    r"|^(?P<opening>[A-Z]{2})(?=[ \t]+[a-z]))"
)
_STATE_WORD = re.compile(r"(?<![\w.'’-])(?P<name>[A-Z][a-z]+\.?(?:[ \t]+[A-Z][a-z]+)?)(?![\w'’-])")
_AMBIGUOUS_STATES = frozenset({"Washington"})


def title_state(title: str | None, gazetteer: Gazetteer) -> str | None:
    """The one US state a headline (with its site name) names, by name, AP abbreviation or postal code; None
    when it names none or several."""
    if not title:
        return None
    states: set[str] = set()
    for match in _POSTAL_AFTER.finditer(title):
        code = match.group("after_comma") or match.group("after_town") or match.group("opening")
        name = gazetteer.admin1_names.get((HOME_COUNTRY, code))
        if name is not None:
            states.add(name)
    for match in _STATE_WORD.finditer(title):
        words = match.group("name")
        for name in dict.fromkeys((words, words.split()[0], words.split()[-1])):
            found = [p for p in gazetteer.lookup(name) if p.kind is PlaceKind.ADMIN1 and p.country == HOME_COUNTRY]
            if found and found[0].name not in _AMBIGUOUS_STATES:
                states.add(found[0].name)
                break
    states.discard("District of Columbia")
    if not states:
        return _site_towns_state(title, gazetteer)
    return states.pop() if len(states) == 1 else None


# The site name after a headline ("... - KQRS.com | Tyler, Longview, Jacksonville | ETX News", "... - 7News Boston
# WQRS-TV"): the parts after the first dash or bar.
_SITE_SPLIT = re.compile(r"[ \t]+[-|–—][ \t]+|[ \t]*\|[ \t]*")
_TOWN_RUN = re.compile(r"(?<![\w.'’-])[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}(?![\w'’-])")


def _site_towns_state(title: str, gazetteer: Gazetteer) -> str | None:
    """The state of the towns a site name lists as its market ("Tyler, Longview, Jacksonville": only Texas has all
    three; "Beckley, Bluefield & Lewisburg News": West Virginia), or of the one large town it names ("7News Boston"):
    one state, else None."""
    parts = _SITE_SPLIT.split(title)[1:]
    for part in parts:
        towns = []
        for run in _TOWN_RUN.finditer(part):
            found = {
                p.admin1
                for p in gazetteer.lookup(run.group(0))
                if p.country == HOME_COUNTRY and p.kind is PlaceKind.CITY and p.name == run.group(0)
            }
            if found:
                towns.append((run.group(0), found))
        if len(towns) >= 2:
            common = set.intersection(*(found for _, found in towns))
            if len(common) == 1:
                return common.pop()
        elif len(towns) == 1:
            place = _us_place(towns[0][0], None, gazetteer)
            if place is not None and place.kind is PlaceKind.CITY and place.population >= LARGE_PLACE:
                return place.admin1
    return None
