"""Places: toponym candidates resolved against the gazetteer, with the article as context.

A candidate becomes a ``PlaceMention`` when spaCy called it a place, when it is a place adjective the
gazetteer knows ("Turkish" -> Turkey), or when another name is a well-known place ("Edmonton" tagged ORG).
Among the places a name can stand for, the choice weighs the kind of place (a country over a same-named
city), its population, and the article: the countries and divisions its other places lie in, places
nearby, and an explicit qualifier ("Paris, Texas").

Weaker readings count only where the article's sure places agree with them (any of their countries is
named), or where those places name no country at all (a short note): a town of the gazetteer's second tier
(``small_places``) for a name spaCy called a place or that follows a locative word ("near Guva"), a name
found without its division word ("Arua district"), and a first-tier town named after a locative word.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from eventwire.lexicon.gazetteer import (
    EARTH_RADIUS_KM,
    SPELLED_OUT_COUNTRIES,
    Gazetteer,
    distance_km,
    normalise_name,
    spelled_out,
)
from eventwire.model import PlaceKind, PlaceMention, Provenance, ResolvedPlace, Span, ToponymCandidate
from eventwire.pipeline import PARSE, PLACE_MENTIONS, PLACES, Document, register
from eventwire.resolve.event_clauses import names_an_actor
from eventwire.resolve.event_dateline import dateline_place
from eventwire.resolve.note_places import SHORT_NOTE_CHARS, note_countries, respelled_town
from eventwire.resolve.small_places import (
    CAPITAL_APPOSITION,
    CITY_PART_NOUNS,
    PART_OF_CITY_AFTER,
    TOWN_APPOSITION,
    areas_after,
    introduced_as_town,
    is_town_after_locative,
    place_in_short_note,
    placed_in,
    unlisted_town,
    without_division,
)

VERSION = "2"
STAGE = "places"

# A name that spaCy did not call a place counts only if it names one of these, or a city this large.
_WELL_KNOWN_KINDS = frozenset(
    {PlaceKind.CONTINENT, PlaceKind.COUNTRY, PlaceKind.ADMIN1, PlaceKind.OTHER, PlaceKind.DISTRICT}
)
NAME_CITY_MIN_POPULATION = 100_000
# ... or a town this large in a country the article's sure places lie in ("Bucha" tagged ORG in a story on Ukraine).
LOCAL_TOWN_MIN_POPULATION = 10_000
# Keep spans spaCy called places even when the gazetteer does not know them (no coordinates).
KEEP_UNRESOLVED = False

_KIND_WEIGHT = {
    PlaceKind.CONTINENT: 12.0,
    PlaceKind.COUNTRY: 12.0,
    PlaceKind.ADMIN1: 7.0,
    PlaceKind.OTHER: 7.0,
    PlaceKind.DISTRICT: 5.5,
    PlaceKind.ADMIN2: 5.0,
}
_NEARBY_KM = 150.0
_NEARBY_ENOUGH = 2  # places nearby that count towards a town's bonus
# Readings that count only where the article's sure places agree (see _in_context).
_WEAK_READINGS = frozenset({"small", "bare"})
# Country domains used worldwide for other reasons (.co, .io, .tv ...): they say nothing about the publisher.
_GLOBAL_COUNTRY_DOMAINS = frozenset({"AI", "CC", "CO", "FM", "IO", "LY", "ME", "NU", "SH", "TV", "WS", "EU"})
_AREA_KINDS = frozenset({PlaceKind.COUNTRY, PlaceKind.ADMIN1})  # the areas a named district must agree with
_WIDE_KINDS = frozenset({PlaceKind.COUNTRY, PlaceKind.CONTINENT, PlaceKind.OTHER})
_OFFICIAL_PREFIX = re.compile(r"^(?:Republic|Kingdom|State|Commonwealth|Islamic Republic) of (?:the )?")
_WORD = re.compile(r"[\w.&'’-]+")
_STREET = re.compile(
    r"\s(?:Avenue|Ave\.?|Street|St\.|Road|Rd\.|Boulevard|Blvd\.?|Lane|Drive|Highway|Hwy\.?|Parkway|Expressway|Freeway"
    r"|Turnpike|Interstate)$"
)
_LIST_GAP = re.compile(r",?\s*(?:and|or)?\s*|\s*[,;]\s*")
_DIVISION_OF = re.compile(
    r"\b(province|governorate|state|region|county|district|prefecture|department|oblast) of (?:the )?$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class _Reading:
    """A candidate with the places it may stand for (``options``) and how it was read."""

    candidate: ToponymCandidate
    options: tuple[ResolvedPlace, ...]
    how: str  # "adjective", "name" (the whole text), "inner-name" (part of it, see _inner_place), "small", "unknown"


_CELL_DEGREES = 1.4  # a grid cell's side: more than _NEARBY_KM in latitude (a degree is about 111 km)
_LON_CELLS = math.ceil(360 / _CELL_DEGREES)


class _Points:
    """The (name, lat, lon) of the article's local places in grid cells of ``_CELL_DEGREES``, each distinct point
    with how many mentions it has, so that counting the places near one looks only at the cells around it: linear
    in the number of names, where comparing every pair was quadratic (2,000 names of many homonyms took 115 s)."""

    __slots__ = ("_counted", "cells")

    def __init__(self, points: Sequence[tuple[str, float, float]] = ()) -> None:
        self.cells: dict[tuple[int, int], Counter[tuple[str, float, float]]] = {}
        for point in points:
            self.cells.setdefault(_cell(point[1], point[2]), Counter())[point] += 1
        self._counted: dict[tuple[str, float, float, float, int], int] = {}  # a name comes back with the same places

    def count_near(self, key: str, lat: float, lon: float, km: float, enough: int) -> int:
        """How many points not named ``key`` lie within ``km`` of (lat, lon), counted up to ``enough``."""
        asked = (key, lat, lon, km, enough)
        if asked not in self._counted:
            self._counted[asked] = self._count(key, lat, lon, km, enough)
        return self._counted[asked]

    def _count(self, key: str, lat: float, lon: float, km: float, enough: int) -> int:
        row, column = _cell(lat, lon)
        rows = math.ceil(km / 111.0 / _CELL_DEGREES)
        # The widest difference in longitude within km, at the latitude of these rows furthest from the equator.
        edge = math.cos(math.radians(min(90.0, abs(lat) + (rows + 1) * _CELL_DEGREES)))
        ratio = math.sin(km / (2 * EARTH_RADIUS_KM)) / edge if edge > 0 else 1.0
        reach = math.degrees(2 * math.asin(ratio)) if ratio < 1.0 else 360.0
        span = min(_LON_CELLS // 2 + 1, math.ceil(reach / _CELL_DEGREES) + 1)
        near = 0
        for r in range(row - rows, row + rows + 1):
            for c in {(column + d) % _LON_CELLS for d in range(-span, span + 1)}:
                for (name, other_lat, other_lon), count in self.cells.get((r, c), {}).items():
                    if name != key and distance_km(lat, lon, other_lat, other_lon) < km:
                        near += count
                        if near >= enough:
                            return near
        return near


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor((lat + 90.0) / _CELL_DEGREES), math.floor((lon + 180.0) / _CELL_DEGREES) % _LON_CELLS


@dataclass(frozen=True, slots=True)
class _Context:
    """What the article's places say about each other: countries, divisions and positions of first choices.

    Counts are kept per name too, so that a name is never its own context ("Paris" twice is no evidence).
    """

    gazetteer: Gazetteer
    countries: Counter[str]
    admin1s: Counter[str]
    by_name: dict[str, tuple[Counter[str], Counter[str]]]
    points: _Points  # positions of local places, by grid cell
    source_country: str | None = None  # where the publisher is, from its web address
    listed: frozenset[int] = frozenset()  # readings that are items of a list of places (see _listed)
    # (country, admin1, county) of every county and every town the article's names may stand for, with the names
    # that may stand for it: a town and a county of the same state that hold each other vouch for each other.
    counties: dict[tuple[str, str, str], frozenset[str]] = field(default_factory=dict)
    towns: dict[tuple[str, str, str], frozenset[str]] = field(default_factory=dict)

    def county_pair(self, key: str, place: ResolvedPlace) -> bool:
        """Whether another name of the article may stand for the county a town lies in ("Hamilton" with "Butler
        County"), or for a town of a county ("Clarke County" with "Athens"), other than the name itself."""
        county = _county_key(place)
        if county is None:
            return False
        other = self.towns if place.kind is PlaceKind.ADMIN2 else self.counties
        # A county named after a town says nothing of which one ("Jackson" and "Jackson County").
        return any(_county_stem(name) != _county_stem(key) for name in other.get(county, frozenset()))

    def country_support(self, key: str, country: str) -> int:
        own = self.by_name.get(key)
        return self.countries[country] - (own[0][country] if own else 0)

    def admin1_support(self, key: str, admin1: str) -> int:
        own = self.by_name.get(key)
        return self.admin1s[admin1] - (own[1][admin1] if own else 0)


@register(PLACES, version=VERSION, requires=(PARSE, PLACE_MENTIONS))
def places(document: Document) -> tuple[PlaceMention, ...]:
    gazetteer = document.resources.gazetteer
    candidates = _hyphen_joined(_trimmed(document.get(PLACE_MENTIONS)), document.text, gazetteer)
    read = [
        _street_of(c, document.text) or _division_of(c, document.text, gazetteer) or _read(c, gazetteer)
        for c in candidates
    ]
    read = _in_a_short_note(read, document)
    read = _without_namesakes_of_words(read, document)
    read = _without_peoples_names(read, document)
    read = _without_division_namesakes(read, document)
    read, abroad = _without_far_namesakes(read, document)
    read = [
        _as_town(r, c, gazetteer) if introduced_as_town(c, document.text) else r
        for r, c in zip(read, candidates, strict=True)
    ]
    sure = [r for r in read if _is_place(r) or _capital_by_another_name(r, gazetteer)]
    source = source_country(document.article.url or document.article.source)
    sure_ids, sure_context = {id(r) for r in sure}, _context_of(gazetteer, sure, source, _listed(sure, document.text))
    local = {id(r) for r in read if _LOCAL_NOUN_AFTER.match(document.text, r.candidate.span.end)}
    kind_named = {
        id(r)
        for r in read
        if introduced_as_town(r.candidate, document.text)
        or _named_as_division(r, document.text)
        or _apposed_as_a_town(r, document.text)
        or CAPITAL_APPOSITION.match(document.text, r.candidate.span.end) is not None
    }
    unowned = [r for r in sure if not _names_an_owner(r, document)]
    unowned_context = _context_of(gazetteer, unowned, source)
    countries = _context_of(gazetteer, [r for r in sure if any(p.kind is PlaceKind.COUNTRY for p in r.options)])
    areas = _context_of(gazetteer, [r for r in sure if any(p.kind in _AREA_KINDS for p in r.options)])
    kept = (
        r
        if id(r) in sure_ids or _is_local_town(r, sure_context)
        else _in_context(
            r,
            _veto_context(r, sure_context, unowned_context, areas),
            id(r) in local,
            id(r) in kind_named,
            countries if TOWN_APPOSITION.match(document.text, r.candidate.span.end) else None,
        )
        for r in read
    )
    readings = [r for r in kept if r is not None] if not sure else _with_possessed(read, kept, sure_ids, document.text)
    context = _context_of(gazetteer, readings, source, _listed(readings, document.text))
    chosen = _one_sense([_best(i, r, readings, context) for i, r in enumerate(readings)], readings)
    chosen = _as_districts(_neighbourhoods(chosen, readings, document.text), readings)
    chosen = _suburbs(chosen, readings, document.text)
    chosen = _parts_of_a_named_city(chosen, readings, document.text)
    chosen = _in_named_area(chosen, readings, document.text, gazetteer)
    headline_states = _headline_states(document.article.title, gazetteer)
    chosen = _in_headline_state(chosen, readings, headline_states, gazetteer)
    chosen, strays = _in_home_state(chosen, readings, document.text, gazetteer, headline_states)
    placed = [(r, place) for i, (r, place) in enumerate(zip(readings, chosen, strict=True)) if i not in strays]
    mentions = [_mention(r, place) for r, place in placed]
    mentions = _as_villages_of_the_text(mentions, read, abroad, document.text)
    mentions = _regions_of_their_country(mentions, document.text)
    return tuple(sorted([*mentions, *_unlisted_towns(read, mentions, document.text)], key=lambda m: m.span.start))


def _in_a_short_note(read: list[_Reading], document: Document) -> list[_Reading]:
    """In a short note (``note_places.SHORT_NOTE_CHARS``), which names little but its place: a name whose every
    reading is a town that is not well known by that name (an alternate name, a part of the name: "Auckland Park"
    -> Auckland, "Bulgana" -> Bulgan) and lies outside every country the note's other places tell (those that
    are no owners: "Johannesburg", not "US drones"; for a part of a name, its place adjectives too: "the South
    African Broadcasting Corporation's offices in Auckland Park") is no reading of it: it stays a place of its own,
    by name."""
    text = document.text
    if len(text) > SHORT_NOTE_CHARS:
        return read
    told = [_told_countries(r) if _is_place(r) and not _names_an_owner(r, document) else frozenset() for r in read]
    owners = {p.country for r in read if r.how == "adjective" for p in r.options if p.country}
    actors = note_countries(text, ())
    found = []
    for i, reading in enumerate(read):
        if reading.how == "unknown" and not reading.options and _a_place_by_its_slot(reading.candidate, text):
            # a name no tier lists, written another way than the gazetteer's ("Janzour" for Janzur)
            named = set().union(*(c for j, c in enumerate(told) if j != i))
            respelled = respelled_town(reading.candidate.text, named, text, document.resources.gazetteer)
            reading = _Reading(reading.candidate, (respelled,), "small") if respelled is not None else reading
        if reading.how in ("name", "inner-name", "small", "bare") and reading.options:
            others = set().union(*(c for j, c in enumerate(told) if j != i))
            if reading.how == "inner-name":  # a part of a longer name: the note's owners tell its country too
                others |= owners
            if _by_another_name(reading):  # "Bulagana" for Mongolia's Bulgan: so do its known groups ("Boko Haram")
                others |= actors
            if others and _a_foreign_namesake(reading, others):
                reading = _Reading(reading.candidate, (), "unknown")
        found.append(reading)
    return found


def _without_namesakes_of_words(read: list[_Reading], document: Document) -> list[_Reading]:
    """A word whose capital may be only its place in the text ("Plain-clothes officers" opening a sentence of a
    report on Tunisia, a word the gazetteer lists for a town in South Carolina), in no place's slot, read only as
    towns in none of the countries the text's other places lie in, that are not known enough by that name (by
    their own name, of ``LOCAL_TOWN_MIN_POPULATION``; by another, a city of ``NAME_CITY_MIN_POPULATION``; a part
    of a hyphened word, only a well-known city): no reading of a place. A town of those countries, or any where the
    text's places name none, stays."""
    text = document.text
    doubtful = [i for i, r in enumerate(read) if r.options and _capital_of_no_name(r.candidate, text)]
    if not doubtful:
        return read
    context = _context_of(document.resources.gazetteer, [r for r in read if _is_place(r)])
    found = list(read)
    for i in doubtful:
        reading = read[i]
        key = _key(reading.candidate.text)
        if sum(context.countries.values()) - sum(context.by_name.get(key, (Counter(), Counter()))[0].values()) <= 0:
            continue  # the text's other places name no country
        compound = _hyphened(reading.candidate, text)  # "Golden-helmeted": a part of a word, whatever town
        if all(
            p.kind is PlaceKind.CITY
            and context.country_support(key, p.country or "") <= 0
            and not _well_known(p, key)
            and (
                compound
                or p.population < (LOCAL_TOWN_MIN_POPULATION if _own_name(p, key) else NAME_CITY_MIN_POPULATION)
            )
            for p in reading.options
        ):
            found[i] = _Reading(reading.candidate, (), "unknown")
    return found


# The nouns a people's name stands before ("Roma homes", "the Roma quarter", "Karen villagers", "Hazara men"): its
# members, their homes and the parts of a town where they live.
_PEOPLE_NOUN_AFTER = re.compile(
    r"\s+(?:homes?|houses?|quarters?|neighbou?rhoods?|settlements?|communit(?:y|ies)|minorit(?:y|ies)|famil(?:y|ies)"
    r"|households?|men|women|children|youths?|boys?|girls?|people|villagers|families|activists|leaders|elders"
    r"|herders|pastoralists|tribesmen|clans?|rebels?|fighters?|insurgents?|militias?|refugees?|migrants?)\b"
)
_ETHNIC_BEFORE = re.compile(r"\bethnic\s+$", re.IGNORECASE)


def _names_a_people(span: Span, text: str) -> bool:
    """Whether a name stands where a people's does: before a noun of its members or their homes ("Roma families",
    "the Roma quarter", "Karen rebels") or after "ethnic" ("ethnic Roma")."""
    return bool(_PEOPLE_NOUN_AFTER.match(text, span.end)) or bool(
        _ETHNIC_BEFORE.search(text, max(0, span.start - 8), span.start)
    )


def _without_peoples_names(read: list[_Reading], document: Document) -> list[_Reading]:
    """A name that every mention writes where a people's name stands (``_names_a_people``: "attacked Roma homes",
    "in the Roma quarter of a village", "fired at Masai herders"; a locative word before it places the people's
    homes, not a town), whose every reading is a town
    in a country none of the text's other places lie in (Rome, as "Roma", in a report on Bulgaria; Kenya's Karen in
    one on Myanmar's Karen rebels) is no place: the people, not their namesake town abroad. A town of a country the
    text tells ("Gaza families" in a report on Gaza) stays."""
    text = document.text
    keys = [_key(r.candidate.text) for r in read]
    peoples = {
        key
        for reading, key in zip(read, keys, strict=True)
        if reading.options and _names_a_people(reading.candidate.span, text)
    }
    if not peoples:
        return read
    for reading, key in zip(read, keys, strict=True):
        if key in peoples and not _names_a_people(reading.candidate.span, text):
            peoples.discard(key)
    return _without_towns_abroad(read, keys, peoples)


def _without_towns_abroad(
    read: list[_Reading], keys: Sequence[str], marked: set[str], dateline: frozenset[str] = frozenset()
) -> list[_Reading]:
    """The readings without the towns of the names ``marked`` (their keys), when every reading of the name is a town
    in a country none of the text's other sure places (or its ``dateline``'s town) lie in, and they lie in one at
    least."""
    told = set(dateline) | {
        country
        for reading, key in zip(read, keys, strict=True)
        if key not in marked and _is_place(reading)
        for country in {p.country for p in reading.options if p.country}
    }
    found = []
    for reading, key in zip(read, keys, strict=True):
        if key in marked and told and all(p.kind is PlaceKind.CITY and p.country not in told for p in reading.options):
            reading = _Reading(reading.candidate, (), "unknown")
        found.append(reading)
    return found


# A word of a division right after a name: "the prefect of the Kaya department", "in Soum province".
_DIVISION_WORD_AFTER = re.compile(
    r"\s+(?:department|district|province|prefecture|governorate|region|county|municipality|territory)\b"
)


def _without_division_namesakes(read: list[_Reading], document: Document) -> list[_Reading]:
    """A name that every mention writes before a division word ("the prefect of the Kaya department"), whose every
    reading is a town in a country none of the text's other places lie in (Burkina Faso's Kaya in a report on
    Chad), is a division the gazetteer lacks, not its namesake town abroad. A town of a country the text tells
    ("Mopti region" in a report on Mali) stays."""
    text = document.text
    keys = [_key(r.candidate.text) for r in read]
    divisions = {
        key
        for reading, key in zip(read, keys, strict=True)
        if reading.how == "name" and _DIVISION_WORD_AFTER.match(text, reading.candidate.span.end)
    }
    if not divisions:
        return read
    for reading, key in zip(read, keys, strict=True):
        if key in divisions and not _DIVISION_WORD_AFTER.match(text, reading.candidate.span.end):
            divisions.discard(key)
    town = dateline_place(text, (), document.resources.gazetteer, "places", VERSION)
    dateline = frozenset({town.place.country}) if town is not None and town.place and town.place.country else None
    return _without_towns_abroad(read, keys, divisions, dateline or frozenset())


def _without_far_namesakes(read: list[_Reading], document: Document) -> tuple[list[_Reading], frozenset[Span]]:
    """A name the text once writes in a town's slot (after a locative word, with its kind before it or in an
    apposition after it: "outside Mandan, a village in Nangarhar") whose every reading is a town not known enough by
    that name (``_well_known``) in a country none of the text's other places lie in, where at least two other names
    tell one country, one of them a place inside it (a town, a province: "Cotonou", "Kaduna state"; not only "Japan"
    or "US drones"), whatever label spaCy gave it: a place of that country the gazetteer lacks, not its namesake
    abroad (a small US town), wherever the text names it. With the spans of its mentions."""
    text = document.text
    keys = [_key(r.candidate.text) for r in read]
    names: dict[str, set[str]] = {}  # country -> the names that tell it
    local: set[str] = set()  # the countries a place inside them tells
    for reading, key in zip(read, keys, strict=True):
        if _is_place(reading) and not _names_an_owner(reading, document):
            for country in _told_countries(reading):
                names.setdefault(country, set()).add(key)
                local |= {country} if _local(reading) else set()
    far: set[str] = set()
    for i, reading in enumerate(read):
        if reading.how != "name" or not reading.options or not _in_a_towns_slot(reading.candidate, text):
            continue
        told = {c for c, named in names.items() if c in local and len(named - {keys[i]}) >= 2}
        elsewhere = any(names.get(p.country or "", set()) - {keys[i]} for p in reading.options)
        if told and _a_foreign_namesake(reading, told) and not elsewhere and not _near_another_name(i, read, keys):
            far.add(keys[i])
    if not far:
        return read, frozenset()
    pairs = list(zip(read, keys, strict=True))
    found = [_Reading(r.candidate, (), "unknown") if key in far and r.how == "name" else r for r, key in pairs]
    return found, frozenset(r.candidate.span for r, key in pairs if key in far)


def _near_another_name(index: int, read: Sequence[_Reading], keys: Sequence[str]) -> bool:
    """Whether a town of a reading lies within ``_NEARBY_KM`` of a town another name of the text may stand for
    ("Imperial Beach" beside "San Diego", whose namesakes abroad tell no one country): the text's own town."""
    towns = [p for p in read[index].options if p.kind is PlaceKind.CITY and p.lat is not None and p.lon is not None]
    for j, other in enumerate(read):
        if j == index or keys[j] == keys[index] or other.how not in ("name", "small"):
            continue
        for place in other.options:
            if place.kind is not PlaceKind.CITY or place.lat is None or place.lon is None:
                continue
            if any(distance_km(t.lat, t.lon, place.lat, place.lon) < _NEARBY_KM for t in towns):  # type: ignore[arg-type]
                return True
    return False


def _local(reading: _Reading) -> bool:
    """Whether every place a reading may stand for lies inside a country (a town, a province: "Cotonou", "Alibori"),
    which tells where a report is, where a country's name may say whom it is about ("sells cars in Japan")."""
    return all(p.kind not in _WIDE_KINDS for p in reading.options)


def _in_a_towns_slot(candidate: ToponymCandidate, text: str) -> bool:
    return (
        is_town_after_locative(candidate)
        or (candidate.locative and candidate.cue == "toponym")
        or introduced_as_town(candidate, text)
        or TOWN_APPOSITION.match(text, candidate.span.end) is not None
    )


def _as_villages_of_the_text(
    mentions: list[PlaceMention], read: Sequence[_Reading], far: frozenset[Span], text: str
) -> list[PlaceMention]:
    """The names ``_without_far_namesakes`` set aside, as places the gazetteer lacks in the area or the country the
    text places them in (``small_places.unlisted_town``)."""
    if not far:
        return mentions
    found = list(mentions)
    for reading in read:
        if reading.candidate.span in far:
            town = unlisted_town(reading.candidate, mentions, text)
            if town is not None:
                found.append(_mention(replace(reading, how="far-namesake"), town))
    return found


_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n\s*)$")


def _capital_of_no_name(candidate: ToponymCandidate, text: str) -> bool:
    """Whether a one-word name may be capitalised for its place in the text, not as a name: it opens a sentence
    or is joined by a hyphen to a word in lower case ("Plain-clothes officers"), and is in no place's slot (after
    a locative word, or with its kind)."""
    start = candidate.span.start
    if " " in candidate.text or is_town_after_locative(candidate) or introduced_as_town(candidate, text):
        return False
    return _hyphened(candidate, text) or _SENTENCE_START.search(text, max(0, start - 4), start) is not None


def _hyphened(candidate: ToponymCandidate, text: str) -> bool:
    """Whether a name is joined by a hyphen to a word in lower case ("Plain-clothes")."""
    end = candidate.span.end
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].islower()


def _a_place_by_its_slot(candidate: ToponymCandidate, text: str) -> bool:
    """Whether a short note's name is a place's (spaCy called it one, or it stands in a place's slot): a
    capitalised name, no adjective."""
    if candidate.cue == "adjective" or not candidate.text[:1].isupper():
        return False
    return candidate.cue == "toponym" or is_town_after_locative(candidate) or place_in_short_note(candidate, text)


def _told_countries(reading: _Reading) -> frozenset[str]:
    """The one country a reading stands for without doubt (a place adjective, or options in one country)."""
    countries = {p.country for p in reading.options if p.country}
    return frozenset(countries) if len(countries) == 1 and reading.how == "name" else frozenset()


def _by_another_name(reading: _Reading) -> bool:
    """Whether every place a reading stands for is known by another main name than the text's ("Bulagana")."""
    key = _key(reading.candidate.text)
    return all(_key(p.name) != key for p in reading.options)


def _a_foreign_namesake(reading: _Reading, countries: set[str]) -> bool:
    key = _key(reading.candidate.text)
    return all(
        p.kind is PlaceKind.CITY and p.country not in countries and not _well_known(p, key) for p in reading.options
    )


def _unlisted_towns(read: Sequence[_Reading], mentions: Sequence[PlaceMention], text: str) -> list[PlaceMention]:
    """The towns the gazetteer lacks that the text names with their kind and area ("the village of Kanak in
    Mastung district"), placed in that area (``small_places.unlisted_town``)."""
    found = []
    mentioned = {m.span for m in mentions}
    for reading in read:
        # A town named with its kind whose namesakes all lie elsewhere ("the town of Mansi" is no Muncie, Indiana)
        # is one the gazetteer lacks.
        dropped = reading.candidate.span not in mentioned and introduced_as_town(reading.candidate, text)
        if reading.how != "unknown" and not dropped:
            continue
        town = unlisted_town(reading.candidate, mentions, text)
        # Another place the text names as one (without a point, or its kind after it) is only an event's candidate
        # (small_places.unlocated_places).
        if town is not None and town.lat is not None and introduced_as_town(reading.candidate, text):
            found.append(_mention(replace(reading, how="unlisted-town"), town))
    return found


# ---------------------------------------------------------------- reading candidates


@functools.lru_cache(maxsize=32768)
def _key(name: str) -> str:
    """``normalise_name``, remembered: the same names come back in every article."""
    return normalise_name(name)


# A street word written after the name: "on Compton Avenue", "near Holly and San Marcos avenues" (the plural only
# after "and": "Chicago streets" are the city's).
_STREET_AFTER = re.compile(r"\s+(?:Avenue|Street|Road|Boulevard|Drive|Lane|Parkway|Ave\.|Blvd\.)(?!\w)")
_STREET_PAIR = re.compile(r"\s+(?:avenues|streets|roads|boulevards|drives)\b", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\band\s+$")


def _street_of(candidate: ToponymCandidate, text: str) -> _Reading | None:
    """A name followed by a street word is a street's, not a town's ("San Marcos Avenue", "Holly and San Marcos
    avenues")."""
    end = candidate.span.end
    if _STREET_AFTER.match(text, end):
        return _Reading(candidate, (), "street")
    before = text[max(0, candidate.span.start - 5) : candidate.span.start]
    if _AND_BEFORE.search(before) and _STREET_PAIR.match(text, end):
        return _Reading(candidate, (), "street")
    return None


def _division_of(candidate: ToponymCandidate, text: str, gazetteer: Gazetteer) -> _Reading | None:
    """ "the province of Uruzgan", "the state of Borno": the division, never the town of the same name."""
    before = _DIVISION_OF.search(text[max(0, candidate.span.start - 30) : candidate.span.start])
    if before is None:
        return None
    word = before.group(1)
    options = gazetteer.lookup(f"{candidate.text} {word}") or gazetteer.lookup(candidate.text)
    divisions = tuple(p for p in options if p.kind in (PlaceKind.ADMIN1, PlaceKind.ADMIN2))
    if not divisions and word.lower() in _REGION_WORDS:
        divisions = _namesake_regions(candidate.text, options)
    return _Reading(candidate, divisions, "name") if divisions else None


_REGION_WORDS = frozenset({"province", "state", "region", "governorate", "prefecture", "oblast"})


def _namesake_regions(name: str, options: Sequence[ResolvedPlace]) -> tuple[ResolvedPlace, ...]:
    """ "the province of Siem Reap" where the gazetteer has only the town: the first-level division the town lies in
    when it bears the town's name (a province named after its capital, "Siem Reab"), at the town's point."""
    first_word = _key(name).split()[:1]
    return tuple(
        replace(p, name=p.admin1, kind=PlaceKind.ADMIN1, admin2=None, city=None, geonameid=None, population=0)
        for p in options
        if p.kind is PlaceKind.CITY and p.admin1 and _key(p.admin1).split()[:1] == first_word
    )


_TRAILING_PREPOSITION = re.compile(r"\s+(?:in|near)$")  # not "of": "Union of", "Isle of" start longer names


def _trimmed(candidates: Sequence[ToponymCandidate]) -> Sequence[ToponymCandidate]:
    """Candidates without a preposition the parse took into a name ("Macomia in" of "the town of Macomia in
    Mozambique's ... province")."""
    if not any(_TRAILING_PREPOSITION.search(c.text) for c in candidates):
        return candidates
    trimmed = []
    for candidate in candidates:
        word = _TRAILING_PREPOSITION.search(candidate.text)
        if word is not None:
            span = Span(candidate.span.start, candidate.span.start + word.start())
            candidate = replace(candidate, span=span, text=candidate.text[: word.start()])
        trimmed.append(candidate)
    return trimmed


def _hyphen_joined(
    candidates: Sequence[ToponymCandidate], text: str, gazetteer: Gazetteer
) -> Sequence[ToponymCandidate]:
    """Two neighbouring candidates that the parse split at the hyphen or the space of one name the gazetteer knows
    ("Gorno" and "Badakhshan region" -> "Gorno-Badakhshan region"; "Spanish", a language, and "Town" -> "Spanish
    Town"), as one candidate, a toponym if either part is one, a name where the first part was read as a language
    or a people's adjective. Names it does not know whole stay apart ("Israel-Hamas")."""
    joined: list[ToponymCandidate] = []
    for candidate in candidates:
        last = joined[-1] if joined else None
        if (
            last is not None
            and candidate.span.start == last.span.end + 1
            and _joinable(last, candidate, text[last.span.end])
        ):
            whole = text[last.span.start : candidate.span.end]
            if gazetteer.lookup(whole) or without_division(whole, gazetteer.lookup):
                cue = "toponym" if "toponym" in (last.cue, candidate.cue) else last.cue
                word = last.label in _WORD_LABELS or last.cue == "adjective"
                joined[-1] = replace(
                    last,
                    span=Span(last.span.start, candidate.span.end),
                    text=whole,
                    cue="name" if word and cue != "toponym" else cue,
                    label=candidate.label if word else last.label,
                    locative=last.locative or candidate.locative,
                )
                continue
        joined.append(candidate)
    return joined if len(joined) < len(candidates) else candidates


_WORD_LABELS = frozenset({"LANGUAGE", "NORP"})  # a first part read as a language or a people ("Spanish" Town)


def _joinable(first: ToponymCandidate, second: ToponymCandidate, between: str) -> bool:
    """Whether a candidate may join the next one at the character between them: at a hyphen always; at a space
    when the first was read as a language ("Spanish" Town) or both are names ("Baja" California), not when the
    first is a people's adjective ("Iraqi Kurdistan" is Kurdistan of Iraq, however the gazetteer lists it) nor
    when the second is a division word alone ("Terrebonne" Parish: the division reading sees to that)."""
    if between == "-":
        return True
    if between != " " or first.label == "NORP" or first.cue == "adjective":
        return False
    return first.label == "LANGUAGE" or not _DIVISION_WORD_ALONE.match(second.text)


_DIVISION_WORD_ALONE = re.compile(r"(?:parish|county|borough|district|province|region|state)\b", re.IGNORECASE)


def _named_as_division(reading: _Reading, text: str) -> bool:
    """Whether the text names a division by its kind right before its name ("the southern province of Lanao del
    Sur") and the reading is that division (``_division_of``)."""
    start = reading.candidate.span.start
    before = _DIVISION_OF.search(text[max(0, start - 30) : start])
    return before is not None and any(p.kind in (PlaceKind.ADMIN1, PlaceKind.ADMIN2) for p in reading.options)


_BY_KIND = frozenset({PlaceKind.CITY, PlaceKind.ADMIN1, PlaceKind.ADMIN2})  # what a name said with its kind may be


def _read(candidate: ToponymCandidate, gazetteer: Gazetteer) -> _Reading:
    if _STREET.search(candidate.text):  # "Madison Avenue" is no place of the town of Madison
        return _Reading(candidate, (), "street")
    one_word_name = candidate.cue == "name" and " " not in candidate.text and candidate.label != "LANGUAGE"
    if candidate.cue == "adjective" or one_word_name:
        place = _adjective_place(candidate.text, gazetteer)
        if place is not None:
            return _Reading(candidate, (place,), "adjective")
    if candidate.cue != "toponym" and not candidate.text[:1].isupper():
        return _Reading(candidate, (), "unknown")  # a word spaCy took for a name ("fled into the bush") is no town
    # "Republic of Congo" is a name of its own; "Republic of Kenya" is Kenya.
    name = candidate.text if gazetteer.lookup(candidate.text) else _OFFICIAL_PREFIX.sub("", candidate.text)
    options = _not_by_a_code(candidate, gazetteer.lookup(name)) or _without_article(name, gazetteer)
    if options:
        return _Reading(candidate, options, "name")
    bare = without_division(name, gazetteer.lookup)
    if bare:
        return _Reading(candidate, bare, "bare")
    return _inner_place(candidate, gazetteer) or _small_place(candidate, name, gazetteer)


_TOWN_KINDS = frozenset({PlaceKind.CITY, PlaceKind.DISTRICT})
# An Arabic article that a name is written with and its gazetteer entry without ("En Nahud", "Ad-Damazin").
_ARABIC_LEADING = re.compile(r"^(?:al|el|en|an|ad|ar|as|ash|az|ed|er|es|et|ez)[ -](?=[A-Z])", re.IGNORECASE)


def _without_article(name: str, gazetteer: Gazetteer) -> tuple[ResolvedPlace, ...]:
    """The towns of ``name`` less its leading Arabic article, where the gazetteer lacks the name written whole."""
    bare = _ARABIC_LEADING.sub("", name)
    if bare == name:
        return ()
    return tuple(p for p in gazetteer.lookup(bare) if p.kind in _TOWN_KINDS)


_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _not_by_a_code(candidate: ToponymCandidate, options: tuple[ResolvedPlace, ...]) -> tuple[ResolvedPlace, ...]:
    """An acronym that spaCy did not call a place names a town only when it is the town's own name: "the Barisan
    Revolusi Nasional (BRN)" is no Bern, whose airport code the gazetteer lists among its names."""
    if candidate.cue == "toponym" or not _ACRONYM.fullmatch(candidate.text):
        return options
    key = _key(candidate.text)
    return tuple(p for p in options if p.kind not in _TOWN_KINDS or _own_name(p, key))


def _as_town(reading: _Reading, candidate: ToponymCandidate, gazetteer: Gazetteer) -> _Reading:
    """A name the text calls a town ("the town of San Miguel Totolapan", "the city of New York") stands for a
    town: of its readings, the towns; where the first tier has only divisions of that name (a municipality named
    after its seat), the second tier's towns of that name in the same first-level divisions. A place read from a
    part of the name is no reading of it ("the town of Puerto El Carmen de Putumayo" is no Putumayo department,
    "the town of Villa Nueva de Narino" no Villa Nueva): the town is one the gazetteer lacks (``_unlisted_towns``),
    under its whole name (``candidate``, before a part of it was read)."""
    if reading.how == "inner-name":
        return _Reading(candidate, (), "unknown")
    if reading.how != "name" or not reading.options:
        return reading
    towns = tuple(p for p in reading.options if p.kind in _TOWN_KINDS)
    if towns:
        return replace(reading, options=towns) if len(towns) < len(reading.options) else reading
    divisions = {(p.country, p.admin1) for p in reading.options if p.kind in (PlaceKind.ADMIN1, PlaceKind.ADMIN2)}
    small = tuple(
        p
        for p in gazetteer.small_places(reading.candidate.text)
        if p.kind is PlaceKind.CITY and (p.country, p.admin1) in divisions
    )
    return replace(reading, options=small) if small else reading


_DISTRICT_WORD = re.compile(r"\s(?:district|county|territory|municipality|sub-county)$", re.IGNORECASE)


def _as_districts(chosen: list[ResolvedPlace | None], readings: Sequence[_Reading]) -> list[ResolvedPlace | None]:
    """The town found for a district's name without its word ("the Douentza district" -> Douentza) as that
    district: a division around the town's point, less precise than a town named with it ("Boni, a town in the
    Douentza district")."""
    return [
        replace(place, kind=PlaceKind.ADMIN2, admin2=place.name, city=None)
        if place is not None
        and place.kind is PlaceKind.CITY
        and reading.how == "bare"
        and _DISTRICT_WORD.search(reading.candidate.text)
        else place
        for place, reading in zip(chosen, readings, strict=True)
    ]


def _small_place(candidate: ToponymCandidate, name: str, gazetteer: Gazetteer) -> _Reading:
    """A town of the second tier, for a name that must be a place: spaCy called it one, or a locative word
    comes before it ("in Guva")."""
    if candidate.cue == "adjective" or not (candidate.cue == "toponym" or is_town_after_locative(candidate)):
        return _Reading(candidate, (), "unknown")

    options = gazetteer.small_places(name) or without_division(name, gazetteer.small_places)
    return _Reading(candidate, options, "small" if options else "unknown")


def _inner_place(candidate: ToponymCandidate, gazetteer: Gazetteer) -> _Reading | None:
    """A well-known place or place adjective that starts a longer name ("U.S. Navy", "Canadian Press"), or a
    well-known place that ends one ("Air Zimbabwe", "the Kidney Foundation of Canada").

    For a name spaCy did not call a place, the mention shrinks to that part; a toponym keeps its span.
    """
    if candidate.label == "PERSON":
        return None
    words = list(_WORD.finditer(candidate.text))
    heads = [Span(0, words[n - 1].end()) for n in range(len(words) - 1, 0, -1)]
    tails = [Span(words[n].start(), len(candidate.text)) for n in range(1, len(words))]
    for part, adjectives in [*((h, True) for h in heads), *((t, False) for t in tails)]:
        text = part.text_of(candidate.text)
        if not text[:1].isupper():
            continue
        place = gazetteer.adjective(text) if adjectives else None
        options = (place,) if place is not None else gazetteer.lookup(text)
        if not any(_well_known(p, _key(text)) for p in options):
            continue
        if candidate.cue == "toponym":
            return _Reading(candidate, options, "inner-name")
        span = Span(candidate.span.start + part.start, candidate.span.start + part.end)
        shrunk = replace(candidate, span=span, text=text)
        return _Reading(shrunk, options, "adjective" if place is not None else "inner-name")
    return None


def _adjective_place(text: str, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """ "Turkish" -> Turkey; in compounds the first known part ("anti-Russian", "Turkish-Russian")."""
    place = gazetteer.adjective(text)
    if place is not None:
        return place
    for part in re.split(r"[-–]", text)[:3]:
        place = gazetteer.adjective(part)
        if place is not None:
            return place
    return None


def _is_place(reading: _Reading) -> bool:
    cue = reading.candidate.cue
    if reading.how in _WEAK_READINGS:
        return False
    if cue == "toponym":
        return bool(reading.options) or KEEP_UNRESOLVED
    if reading.how in ("adjective", "inner-name"):
        return True
    key = _key(reading.candidate.text)
    return any(_well_known(place, key) for place in reading.options)


def _capital_by_another_name(reading: _Reading, gazetteer: Gazetteer) -> bool:
    """A name read whole, in capitals first, that is another spelling of a national capital the gazetteer writes
    otherwise ("Ulaanbaatar" for Ulan Bator, "Kiev" for Kyiv): as well known as the capital's own name."""
    if reading.how != "name" or reading.candidate.cue != "name" or not reading.candidate.text[:1].isupper():
        return False
    key = _key(reading.candidate.text)
    return any(
        place.population >= NAME_CITY_MIN_POPULATION
        and (gazetteer.is_capital(place) or (place.country or "", key) in gazetteer.capitals)
        for place in reading.options
    )


_NAMED_DIVISION = re.compile(r"\s(?:district|province|region|territory|governorate|prefecture)$", re.IGNORECASE)


def _is_named_division(reading: _Reading) -> bool:
    """A name that says it is a division ("Arua district", "Masisi territory") and is one: a district is a place
    whatever spaCy tagged it, where the article's places agree (see _in_context)."""
    if reading.how != "name" or not _NAMED_DIVISION.search(reading.candidate.text):
        return False
    return any(p.kind in (PlaceKind.ADMIN1, PlaceKind.ADMIN2) for p in reading.options)


def _with_possessed(
    read: Sequence[_Reading], kept: Iterable[_Reading | None], sure_ids: set[int], text: str
) -> list[_Reading]:
    """The kept readings, and a name written after a sure place's possessive ("North Sinai's Al Arish",
    "Benghazi's Gwarsha district") with its options that lie in that place."""
    readings = []
    for i, reading in enumerate(kept):
        if reading is None and i > 0 and id(read[i - 1]) in sure_ids:
            owner, this = read[i - 1], read[i]
            if _POSSESSIVE_GAP.fullmatch(text, owner.candidate.span.end, this.candidate.span.start):
                inside = tuple(p for p in this.options if any(_inside(p, q) for q in owner.options))
                reading = replace(this, options=inside) if inside else None
        if reading is not None:
            readings.append(reading)
    return readings


_POSSESSIVE_GAP = re.compile(r"['’]s?\s+")


def _in_context(
    reading: _Reading,
    context: _Context,
    before_local_noun: bool = False,
    named_by_kind: bool = False,
    apposed: _Context | None = None,
) -> _Reading | None:
    """A weaker reading (a town of the second tier, a name without its division word, a town's name after a
    locative word or before a noun of local news: "DeLand police", "a Logan teenager", any name of a town that
    the text names with its kind: "the northern city of Pul-i-Khumri") kept with the options that lie in the
    countries of the article's sure places; all of them when those places name no country (a short note:
    "Gunmen attacked Guva"). A town the text says the kind of in an apposition ("in Brikama, a market town in
    the West Coast Region") that lies in none of them is kept with its options in the countries the text names
    or says the nationality of (``apposed``: "Gambian police"): the area named after it may be a namesake abroad
    (New Zealand's West Coast), the writer says it is a town."""
    town_by_kind = named_by_kind and reading.how == "name" and any(p.kind in _BY_KIND for p in reading.options)
    if not (_is_weak_place(reading) or (before_local_noun and _names_a_town(reading)) or town_by_kind):
        return None
    if not context.countries:
        return reading
    options = tuple(p for p in reading.options if p.country and context.countries[p.country] > 0)
    if not options and apposed is not None:  # by its own name only: "Tondikoro" is not Tindikoro abroad
        key = _key(reading.candidate.text)
        options = tuple(
            p for p in reading.options if p.country and apposed.countries[p.country] > 0 and _own_name(p, key)
        )
    return replace(reading, options=options) if options else None


def _apposed_as_a_town(reading: _Reading, text: str) -> bool:
    """A name of several words the text says is a town in an apposition ("En Nahud, a trading town in ...", "La
    Esperanza, a village near ..."), whatever the parser tagged it: the writer says it is a place."""
    name = reading.candidate.text
    return " " in name and name[:1].isupper() and TOWN_APPOSITION.match(text, reading.candidate.span.end) is not None


def _veto_context(reading: _Reading, sure: _Context, unowned: _Context, areas: _Context) -> _Context:
    """The places a weaker reading must agree with: a district named as one ("Arua district") agrees with the
    countries and first-level divisions the article names where it names any (a town's namesakes abroad say
    nothing; "the Lakki Marwat district of northwestern Khyber Pakhtunkhwa province" in a report that names only
    neighbouring Afghanistan as a country); a town after a locative word with the places that are not owners ("US
    drones"); anything else with every sure place."""
    if _is_named_division(reading):
        return areas if areas.countries else unowned
    return unowned if _is_named_town(reading) else sure


def _names_an_owner(reading: _Reading, document: Document) -> bool:
    """A place adjective or a country's name that says whose something is, not where ("Kenyan troops", "US
    drones", "Libyan authorities"): it does not place the article in that country."""
    if reading.how == "adjective":
        return True
    countries = any(p.kind is PlaceKind.COUNTRY for p in reading.options)
    return countries and names_an_actor(document.doc, reading.candidate.span)


def _is_named_town(reading: _Reading) -> bool:
    """A first-tier town's own name after a locative word ("near Jilib", "in Ben Gardane"): the countries of the
    article's owners ("US drones", "Libyan authorities") do not veto it; its places do."""
    return reading.how == "name" and is_town_after_locative(reading.candidate) and _names_a_town(reading)


def _is_weak_place(reading: _Reading) -> bool:
    candidate = reading.candidate
    if _is_named_division(reading):
        return True
    if reading.how in _WEAK_READINGS:
        return candidate.cue == "toponym" or is_town_after_locative(candidate)
    return is_town_after_locative(candidate) and _names_a_town(reading)


def _names_a_town(reading: _Reading) -> bool:
    """A name read whole that is a first-tier town's own name (not a person's: "Logan" tagged PERSON is kept
    only after a locative word)."""
    if reading.how != "name" or (reading.candidate.cue == "adjective" and " " not in reading.candidate.text):
        return False
    key = _key(reading.candidate.text)
    return any(place.kind == PlaceKind.CITY and _own_name(place, key) for place in reading.options)


# The Arabic article that names write or drop ("Al Arish", "Arish"; "El Fasher", "Fasher").
_ARABIC_ARTICLE = re.compile(r"^(?:al|el) ")


def _own_name(place: ResolvedPlace, key: str) -> bool:
    """Whether ``key`` is the place's own name, with or without a leading Arabic article."""
    name = _key(place.name)
    return name == key or _ARABIC_ARTICLE.sub("", name) == _ARABIC_ARTICLE.sub("", key)


# Nouns that local news writes after a town's name: "Greenwood police", "a Logan teenager", "the Elkton man".
_LOCAL_NOUN_AFTER = re.compile(
    r"\s+(?:police|officers?|deputies|firefighters|mayor|man|woman|men|women|teens?|teenagers?|boy|girl|youth"
    r"|residents?|native)\b"
)


def _is_local_town(reading: _Reading, context: _Context) -> bool:
    if reading.candidate.label == "PERSON" or reading.how != "name" or " " in reading.candidate.text:
        return False
    key = _key(reading.candidate.text)
    return any(
        place.kind == PlaceKind.CITY
        and place.population >= LOCAL_TOWN_MIN_POPULATION
        and _key(place.name) == key
        and context.country_support(key, place.country or "") > 0
        for place in reading.options
    )


# A Nigerian local government area's name written with its words ("Guma local government") is as sure a place as
# a first-level division's: no other country's division is named so (a "district" may be one abroad: "Karak
# district" is Pakistan's, and Jordan's town).
_DIVISION_WORD_END = re.compile(r"\blocal government(?: area)?$")


def _well_known(place: ResolvedPlace, key: str) -> bool:
    if place.kind in _WELL_KNOWN_KINDS:
        return True
    if place.kind is PlaceKind.ADMIN2 and _DIVISION_WORD_END.search(key):
        # the whole name, not a part of a longer one ("Afram Plains South District" is no "South District")
        return _DIVISION_WORD_END.sub("", key).strip() == _DIVISION_WORD_END.sub("", _key(place.name)).strip()
    return place.kind == PlaceKind.CITY and place.population >= NAME_CITY_MIN_POPULATION and _key(place.name) == key


# ---------------------------------------------------------------- choosing among places


def _best(index: int, reading: _Reading, readings: Sequence[_Reading], context: _Context) -> ResolvedPlace | None:
    if not reading.options:
        return None
    qualifier = _qualifier(index, readings)
    if _town_of_another_state(index, reading, qualifier, context):
        # "Berlin, Vermont": a town of the second tier inside the named state, else no town the gazetteer knows
        # (the state says where it is), never the capital of Germany.
        small = context.gazetteer.small_places(reading.candidate.text)
        inside = [p for p in small if any(_inside(p, q) for q in qualifier)]
        return max(inside, key=lambda place: place.population) if inside else None
    if (town := _small_town_of_state(reading, qualifier, context)) is not None:
        return town
    if len(reading.options) == 1:
        return reading.options[0]
    key = _key(reading.candidate.text)
    options = reading.options if qualifier else _country_first(_state_first(reading.options, key), key, context)
    return max(options, key=lambda place: _score(place, key, qualifier, context))


def _one_sense(chosen: list[ResolvedPlace | None], readings: Sequence[_Reading]) -> list[ResolvedPlace | None]:
    """A town named once with its state ("Madison, N.C.", "LEBANON, Ohio") is that town wherever the article names
    it alone again, even where the name alone reads as a country: one name, one place in one report."""
    qualified: dict[str, ResolvedPlace] = {}
    for i, place in enumerate(chosen):
        if (
            place is not None
            and place.kind is PlaceKind.CITY
            and any(_inside(place, q) for q in _qualifier(i, readings))
        ):
            qualified.setdefault(_key(readings[i].candidate.text), place)
    if not qualified:
        return chosen
    return [
        _same_town(place, qualified.get(_key(reading.candidate.text)), reading)
        if not _qualifier(i, readings)
        else place
        for i, (place, reading) in enumerate(zip(chosen, readings, strict=True))
    ]


def _same_town(place: ResolvedPlace | None, named: ResolvedPlace | None, reading: _Reading) -> ResolvedPlace | None:
    if named is None or place is None or place == named:
        return place
    if place.kind is not PlaceKind.CITY:  # "LEBANON, Ohio" then "in Lebanon": the town, not the country
        return named if place.kind is PlaceKind.COUNTRY and named in reading.options else place
    same_name = _key(named.name) == _key(reading.candidate.text)  # a town of the second tier ("Madison, N.C.")
    return named if same_name or named in reading.options else place


def _headline_states(title: str | None, gazetteer: Gazetteer) -> tuple[ResolvedPlace, ...]:
    """The first-level divisions a headline names without doubt ("... - WFSB 3 Connecticut", "Columbus, GA
    News"): a name or abbreviation that stands for a division and nothing else, or a US postal code after a
    comma."""
    if not title:
        return ()
    found: dict[tuple[str | None, str], ResolvedPlace] = {}
    words = _TITLE_WORD.findall(title)
    for size in (3, 2, 1):
        for n in range(len(words) - size + 1):
            name = " ".join(words[n : n + size])
            options = gazetteer.lookup(name)
            if options and all(p.kind is PlaceKind.ADMIN1 for p in options) and len(options) == 1:
                found.setdefault((options[0].country, options[0].name), options[0])
    for code in _POSTAL_CODE.findall(title):
        state = gazetteer.admin1_names.get(("US", code))
        for place in gazetteer.lookup(state) if state else ():
            if place.kind is PlaceKind.ADMIN1 and place.country == "US":
                found.setdefault((place.country, place.name), place)
    return tuple(found.values())


_TITLE_WORD = re.compile(r"[A-Z][A-Za-z]*\.(?:[A-Z]\.)*|[A-Z][a-z]+")
_POSTAL_CODE = re.compile(r",\s*([A-Z]{2})\b")


def _in_headline_state(
    chosen: list[ResolvedPlace | None],
    readings: Sequence[_Reading],
    states: Sequence[ResolvedPlace],
    gazetteer: Gazetteer,
) -> list[ResolvedPlace | None]:
    """A town the text names alone is the town of that name in the one state its headline names, when there is
    one there ("Berlin police ..." under "... - WFSB 3 Connecticut" is Berlin, Connecticut)."""
    if len(states) != 1:
        return chosen
    state = states[0]
    for i, (place, reading) in enumerate(zip(chosen, readings, strict=True)):
        if place is None or place.kind is not PlaceKind.CITY or _inside(place, state) or _qualifier(i, readings):
            continue
        key = _key(reading.candidate.text)
        towns = [*reading.options, *gazetteer.small_places(reading.candidate.text)]
        inside = [t for t in towns if t.kind is PlaceKind.CITY and _key(t.name) == key and _inside(t, state)]
        if inside:
            chosen[i] = max(inside, key=lambda t: t.population)
    return chosen


HOME_STATE_COUNTRY = "US"  # local news names towns and counties alone; many states have one of each name
HOME_STATE_KEEP_POPULATION = 500_000  # a city this large named alone is itself, whatever state the report is on


def _in_home_state(
    chosen: list[ResolvedPlace | None],
    readings: Sequence[_Reading],
    text: str,
    gazetteer: Gazetteer,
    headline_states: Sequence[ResolvedPlace] = (),
) -> tuple[list[ResolvedPlace | None], frozenset[int]]:
    """A town or county the text names alone lies in the one US state the text names, when that state has one
    of that name: "Monroe police" in a report that names Connecticut and no other state is Monroe,
    Connecticut; "Anderson County" in a report on Texas is Texas's. Not a large city ("arrested in Detroit"),
    nor a national capital, nor a name the text qualifies with another place ("Dayton, Ohio" names Ohio too).
    A name with a state's postal code after it once ("FRANKLIN COUNTY, WA") lies in that state. A village of the
    second tier that lies elsewhere and has no namesake in that state is no reading of the name ("Davis Park"
    in a report on Connecticut is no village of New York): those readings come back apart, to be dropped."""
    states = _text_states(chosen, readings, text)
    states += [h for h in headline_states if h.country == HOME_STATE_COUNTRY and h not in states]
    strays: set[int] = set()
    postal: dict[str, ResolvedPlace] = {}  # "FRANKLIN COUNTY, WA": that state's, wherever the text names it
    for reading in readings:
        state = _postal_state(reading, text, gazetteer)
        if state is not None:
            postal.setdefault(_key(reading.candidate.text), state)
    for i, (place, reading) in enumerate(zip(chosen, readings, strict=True)):
        if place is None or place.kind not in (PlaceKind.CITY, PlaceKind.ADMIN2):
            continue
        coded = postal.get(_key(reading.candidate.text))
        if coded is not None:
            state = coded
        elif len(states) != 1 or _qualifier(i, readings):
            continue
        else:
            state = states[0]
            if place.population >= HOME_STATE_KEEP_POPULATION or gazetteer.is_capital(place):
                continue
        if _inside(place, state):
            continue
        key = _key(reading.candidate.text)
        towns = [
            *reading.options,
            *(gazetteer.small_places(reading.candidate.text) if place.kind is PlaceKind.CITY else ()),
        ]
        names = (key, spelled_out(key))
        inside = [t for t in towns if t.kind is place.kind and _key(t.name) in names and _inside(t, state)]
        if inside:
            chosen[i] = max(inside, key=lambda t: t.population)
        elif reading.how == "small" and coded is None and place.country == HOME_STATE_COUNTRY:
            strays.add(i)
    return chosen, frozenset(strays)


def _text_states(
    chosen: Sequence[ResolvedPlace | None], readings: Sequence[_Reading], text: str
) -> list[ResolvedPlace]:
    """The US states the text names by name or abbreviation ("in Vermont", "Va. State Police"), other than as
    the state of a town named just before ("a man of Dayton, Ohio" says where he lives, not where the report
    is), unless that town begins a line (a dateline: "HANOVER, Va. --") or is a county ("Frederick County,
    Maryland" is where the report is)."""
    found: dict[str, ResolvedPlace] = {}
    for i, place in enumerate(chosen):
        if place is None or place.kind is not PlaceKind.ADMIN1 or place.country != HOME_STATE_COUNTRY:
            continue
        previous = chosen[i - 1] if i > 0 else None
        if i > 0 and _qualifier(i - 1, readings) and previous is not None and previous.kind is PlaceKind.CITY:
            start = readings[i - 1].candidate.span.start
            if text[:start].rstrip(" \t").rsplit("\n", 1)[-1]:  # the town does not begin a line
                continue
        if _names_a_site(readings[i]):
            continue
        found.setdefault(place.name, place)
    return list(found.values())


# Words after a state's name that make the name a site's ("Washington Park", "Virginia Avenue", "Maryland Hospital").
_SITE_WORDS = frozenset(
    {"park", "square", "heights", "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive",
     "hospital", "university", "college", "school", "high", "elementary", "middle", "academy", "bridge", "mall"}
)  # fmt: skip


def _names_a_site(reading: _Reading) -> bool:
    """Whether a reading of part of a name is the name of a site ("Washington Park"), not of the place."""
    if reading.how != "inner-name":
        return False
    return any(word in _SITE_WORDS for word in _key(reading.candidate.text).split())


_POSTAL_AFTER = re.compile(r",\s*([A-Z]{2})\b(?![.'’-]?\w)")


def _postal_state(reading: _Reading, text: str, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The US state of a postal code right after the name and a comma ("FRANKLIN COUNTY, WA"), if any."""
    match = _POSTAL_AFTER.match(text, reading.candidate.span.end)
    state = gazetteer.admin1_names.get((HOME_STATE_COUNTRY, match.group(1))) if match else None
    for place in gazetteer.lookup(state) if state else ():
        if place.kind is PlaceKind.ADMIN1 and place.country == HOME_STATE_COUNTRY:
            return place
    return None


def _neighbourhoods(
    chosen: list[ResolvedPlace | None], readings: Sequence[_Reading], text: str
) -> list[ResolvedPlace | None]:
    """ "the Woodlawn neighborhood" is a part of the city the report is about (the city of at least
    ``NEIGHBOURHOOD_CITY_MIN_POPULATION`` people it names most): the place of that name near the city, else the
    city's own point, as a district of it; never a town of that name elsewhere."""
    marked = [i for i, r in enumerate(readings) if _NEIGHBOURHOOD_AFTER.match(text, r.candidate.span.end)]
    if not marked:
        return chosen
    cities = Counter(
        p
        for p in chosen
        if p is not None and p.kind is PlaceKind.CITY and p.population >= NEIGHBOURHOOD_CITY_MIN_POPULATION
    )
    for i in marked:
        name = readings[i].candidate.text
        candidates = [c for c, _ in cities.most_common() if _key(c.name) != _key(name)]
        # The city that has a place of that name near it, else the one the report names most.
        near = [(c, p) for c in candidates if (p := _near_city(c, readings[i].options)) is not None]
        if near:
            chosen[i] = _as_district(near[0][1], near[0][0])
        elif candidates:
            chosen[i] = _unlisted_part(name, candidates[0])
    return chosen


def _suburbs(chosen: list[ResolvedPlace | None], readings: Sequence[_Reading], text: str) -> list[ResolvedPlace | None]:
    """A town the text names as a part of a city ("the Athens suburb of Acharnes", "Soweto, a township on the
    outskirts of Johannesburg") is a district of that city: the town of that name near the city, else the city's
    own point under the town's name. The suburb, not the city, is where things happened there."""
    for i, j in itertools.pairwise(range(len(readings))):
        gap = (readings[i].candidate.span.end, readings[j].candidate.span.start)
        if _SUBURB_OF.fullmatch(text, *gap):
            city, part = i, j
        elif PART_OF_CITY_AFTER.fullmatch(text, *gap):
            city, part = j, i
        else:
            continue
        town, place = chosen[city], chosen[part]
        if town is None or town.kind is not PlaceKind.CITY or place is None or place.kind is not PlaceKind.CITY:
            continue
        if town.population <= place.population:
            continue  # "a Maryland suburb of Washington": the name before is no city (Maryland City) that has it
        near = _near_city(town, [place])
        name = readings[part].candidate.text
        chosen[part] = _as_district(near, town) if near is not None else _unlisted_part(name, town)
    return chosen


# A part of the city named right after it: "the Cerro Norte district of Montevideo", "the Barrio Sur quarter of the
# capital Asuncion"; the words of the part's name the reading left out stand before its kind.
_PART_OF_NAMED_CITY = re.compile(
    r"(?P<rest>(?:[ \t]+[A-Z][\w'’-]*){0,3})\s+(?:district|quarter|neighbou?rhood|suburb|barrio|area|township)"
    r"\s+of\s+(?:the\s+)?(?:(?:city|capital)\s+(?:of\s+)?)?"
)


_ARTICLE_A_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


def _parts_of_a_named_city(
    chosen: list[ResolvedPlace | None], readings: Sequence[_Reading], text: str
) -> list[ResolvedPlace | None]:
    """A name the text writes as a part of the city named right after it ("in the Cerro Norte district of
    Montevideo") is a district of that city: the place of that name near the city, else the city's point under the
    whole name; never its namesake far away (a Havana district called Cerro)."""
    for i, j in itertools.pairwise(range(len(readings))):
        part, city = chosen[i], chosen[j]
        if part is None or city is None or city.kind is not PlaceKind.CITY or part.kind in _WIDE_KINDS:
            continue
        start, end = readings[i].candidate.span.start, readings[i].candidate.span.end
        gap = _PART_OF_NAMED_CITY.fullmatch(text, end, readings[j].candidate.span.start)
        if gap is None or (part.kind is PlaceKind.DISTRICT and part.city == city.name):
            continue
        if _ARTICLE_A_BEFORE.search(text, max(0, start - 4), start):
            continue  # "a Maryland suburb of Washington": a part of the city said by where it lies
        whole = readings[i].how == "name" and not gap.group("rest")
        if whole and not _own_name(part, _key(readings[i].candidate.text)):
            continue  # a name read as another ("Maryland" as Maryland City) names no part by itself
        near = _near_city(city, readings[i].options)
        name = text[start : gap.end("rest")]
        chosen[i] = (
            _as_district(near, city) if near is not None and not gap.group("rest") else _unlisted_part(name, city)
        )
    return chosen


def _in_named_area(
    chosen: list[ResolvedPlace | None], readings: Sequence[_Reading], text: str, gazetteer: Gazetteer
) -> list[ResolvedPlace | None]:
    """A town the text names with its kind and the area it lies in ("the town of Ariha in Syria's Idlib province",
    "Boni, a town in the Douentza district of central Mali's Mopti region"), or after a locative word and before the
    area it lies in ("a home near Damascus, in Washington County, Virginia"), is a town of that name in that area:
    the gazetteer's (of its first tier, else its second), else a town it lacks at the area's point; never a
    namesake abroad (Ariha is also Jericho's Arabic name)."""
    mentions: list[PlaceMention] | None = None
    for i, reading in enumerate(readings):
        place, candidate = chosen[i], reading.candidate
        if place is None or place.kind is not PlaceKind.CITY:
            continue
        apposition = TOWN_APPOSITION.match(text, candidate.span.end)
        placed = candidate.locative and _IN_AREA.match(text, candidate.span.end) is not None  # "near X, in Y County"
        if apposition is None and not introduced_as_town(candidate, text) and not placed:
            continue
        if mentions is None:
            mentions = [_mention(r, p) for r, p in zip(readings, chosen, strict=True)]
        start = apposition.end() if apposition else candidate.span.end
        if not _IN_AREA.match(text, start):
            continue  # "the English city of Salisbury, which Russia denies" names no area of Salisbury
        areas = areas_after(start, mentions, text)
        if not areas:
            continue
        home = _home_namesakes(i, reading, chosen, areas)
        if home:  # "Gambian police ... in Brikama, a town in the West Coast Region": no New Zealand region
            chosen[i] = max(home, key=lambda p: p.population)
            continue
        if _in_areas(place, areas):
            continue
        namesakes = [*reading.options, *gazetteer.small_places(candidate.text)]
        inside = [p for p in namesakes if p.kind is PlaceKind.CITY and _in_areas(p, areas)]
        if inside:
            chosen[i] = max(inside, key=lambda p: p.population)
        else:
            chosen[i] = placed_in(candidate.text, PlaceKind.CITY, areas)
    return chosen


_IN_AREA = re.compile(r",?\s+in\s")


def _home_namesakes(
    index: int, reading: _Reading, chosen: Sequence[ResolvedPlace | None], areas: Sequence[ResolvedPlace]
) -> list[ResolvedPlace]:
    """The towns of a reading in the countries the text's other places tell (its dateline, the countries and
    nationalities it names), when the area named after the town ("Salima, a town in the Central Region") lies in
    none of them: a region's name that the gazetteer lists only abroad (Ghana's, for Malawi's Central Region) does
    not carry the town abroad. Empty when the area's country is told too or named with it ("Mali's Mopti region"),
    or no town by the name itself lies in a told country."""
    told = {
        place.country
        for j, place in enumerate(chosen)
        if j != index and place is not None and place.country and place not in areas
    }
    if not told or areas[0].country in told or any(area.kind is PlaceKind.COUNTRY for area in areas):
        return []  # "in Mali's central Mopti region": the text names the area's country
    key = _key(reading.candidate.text)
    return [p for p in reading.options if p.kind is PlaceKind.CITY and p.country in told and _own_name(p, key)]


def _in_areas(place: ResolvedPlace, areas: Sequence[ResolvedPlace]) -> bool:
    """Whether a town lies in the areas named after it: in their country and in the first-level division named."""
    if place.country != areas[0].country:
        return False
    return all(place.admin1 == area.name for area in areas if area.kind is PlaceKind.ADMIN1)


_SUBURB_OF = re.compile(rf"\s+{CITY_PART_NOUNS}\s+of\s+(?:the\s+)?")  # "the Athens suburb of Acharnes"


NEIGHBOURHOOD_CITY_MIN_POPULATION = 100_000
NEIGHBOURHOOD_KM = 30.0  # a neighbourhood's point lies this close to its city's
_NEIGHBOURHOOD_AFTER = re.compile(r"\s+(?:neighborhood|neighbourhood)s?\b", re.IGNORECASE)


def _near_city(city: ResolvedPlace, options: Sequence[ResolvedPlace]) -> ResolvedPlace | None:
    """The first town among ``options`` whose point lies within ``NEIGHBOURHOOD_KM`` of the city's."""
    if city.lat is None or city.lon is None:
        return None
    for place in options:
        if place.kind is not PlaceKind.CITY or place.lat is None or place.lon is None:
            continue
        if distance_km(place.lat, place.lon, city.lat, city.lon) <= NEIGHBOURHOOD_KM:
            return place
    return None


def _unlisted_part(name: str, city: ResolvedPlace) -> ResolvedPlace:
    """A part of a city that the gazetteer lacks, by its name, at the city's point."""
    return _as_district(replace(city, name=name, geonameid=None, population=0, at_area=True), city)


def _as_district(place: ResolvedPlace, city: ResolvedPlace) -> ResolvedPlace:
    return replace(place, kind=PlaceKind.DISTRICT, city=city.name, admin2=place.admin2 or city.admin2)


STATE_NAME_CITY_MIN_POPULATION = 1_000_000  # a city this large keeps a state's name ("New York")


def _state_first(options: tuple[ResolvedPlace, ...], key: str) -> tuple[ResolvedPlace, ...]:
    """A first-level division's own name is that division, not a city that bears it with more ("Oklahoma" is the
    state, not Oklahoma City; "Maryland" is not Maryland City), unless the city is very large ("New York")."""
    if not any(p.kind is PlaceKind.ADMIN1 and _key(p.name) == key for p in options):
        return options
    return tuple(
        p
        for p in options
        if p.kind is not PlaceKind.CITY or _key(p.name) == key or p.population >= STATE_NAME_CITY_MIN_POPULATION
    )


def _country_first(options: tuple[ResolvedPlace, ...], key: str, context: _Context) -> tuple[ResolvedPlace, ...]:
    """A country, continent or region over the towns of its name ("Mexico" over Mexico City, the Atlantic over
    Atlantic, Iowa), unless the article talks about another country with a division of that name, and never
    about this one (Georgia in a US story)."""
    wide = tuple(p for p in options if p.kind in _WIDE_KINDS)
    if not wide:
        return options
    if any(p.country is None or context.country_support(key, p.country) > 0 for p in wide):
        return wide
    regions = (p for p in options if p.kind in (PlaceKind.ADMIN1, PlaceKind.ADMIN2) and p not in wide)
    elsewhere = tuple(p for p in regions if p.country and context.country_support(key, p.country) > 0)
    return elsewhere or wide


def _score(place: ResolvedPlace, key: str, qualifier: Sequence[ResolvedPlace], context: _Context) -> float:
    score = _KIND_WEIGHT.get(place.kind) or _city_weight(place, context)
    score += _division_size(place, key, context)
    score += _name_fit(place, key)
    score += _context_bonus(place, key, context)
    if any(_inside(place, q) for q in qualifier):
        score += 10.0
    return score


DIVISION_SIZE_WEIGHT = 0.1  # per power of ten of a county's people: less than any word of the article says


def _division_size(place: ResolvedPlace, key: str, context: _Context) -> float:
    """A tie-break among same-named counties where the article's other places lie in no first-level division:
    the more populous one ("Clark County" alone is Nevada's, not Arkansas's)."""
    if place.kind is not PlaceKind.ADMIN2 or place.population <= 0 or not place.admin1:
        return 0.0
    own = context.by_name.get(key)
    if context.admin1s.total() - (own[1].total() if own else 0) > 0:
        return 0.0
    return DIVISION_SIZE_WEIGHT * math.log10(place.population)


def _name_fit(place: ResolvedPlace, key: str) -> float:
    """+1 for the place's own name; 0 for a city's name without "City" ("New York") or another name of a
    curated place ("Britain"); -2 for a city's alternate name (GeoNames lists many, some odd)."""
    name = _key(place.name)
    if name == key or (name == spelled_out(key) and place.country in SPELLED_OUT_COUNTRIES):
        return 1.0  # "Mt. Pleasant" is the own name of a US town called Mount Pleasant
    if place.kind != PlaceKind.CITY or name == f"{key} city":
        return 0.0
    return -2.0


def _city_weight(place: ResolvedPlace, context: _Context) -> float:
    weight = math.log10(place.population + 10)
    if place.population >= 1_000_000:
        weight += 1.5
    if context.gazetteer.is_capital(place):
        weight += 1.5
    return weight


COUNTY_PAIR_BONUS = 4.0  # a town named with the county it lies in, and that county


def _context_bonus(place: ResolvedPlace, key: str, context: _Context) -> float:
    bonus = 2.0 if place.country is not None and place.country == context.source_country else 0.0
    if place.kind in (PlaceKind.CITY, PlaceKind.ADMIN2) and context.county_pair(key, place):
        bonus += COUNTY_PAIR_BONUS
    if place.country and context.country_support(key, place.country) > 0:
        bonus += 3.0
    if place.admin1 and context.admin1_support(key, place.admin1) > 0:
        bonus += 2.0
    if place.lat is not None and place.lon is not None and place.kind not in _KIND_WEIGHT:
        near = context.points.count_near(key, place.lat, place.lon, _NEARBY_KM, enough=_NEARBY_ENOUGH)
        bonus += min(near, _NEARBY_ENOUGH) * 2.0
    return bonus


def _qualifier(index: int, readings: Sequence[_Reading]) -> tuple[ResolvedPlace, ...]:
    """The places of a following ", Texas" that may qualify this name ("Paris, Texas")."""
    if index + 1 >= len(readings):
        return ()
    this, following = readings[index].candidate, readings[index + 1]
    gap = following.candidate.span.start - this.span.end
    if gap > 3 or following.how == "adjective":
        return ()
    return tuple(p for p in following.options if p.kind in (PlaceKind.ADMIN1, PlaceKind.COUNTRY))


def _small_town_of_state(
    reading: _Reading, qualifier: Sequence[ResolvedPlace], context: _Context
) -> ResolvedPlace | None:
    """ "Edmonton, Ky.", "Delhi, La.", "Moscow, Idaho": a town of the second tier inside the state written after
    the name, when the name's first-tier places all lie elsewhere (the city of another country), not a list."""
    states = [q for q in qualifier if q.kind == PlaceKind.ADMIN1]
    if not states or any(_inside(p, q) for p in reading.options for q in states):
        return None
    small = context.gazetteer.small_places(reading.candidate.text)
    inside = [p for p in small if p.kind is PlaceKind.CITY and any(_inside(p, q) for q in states)]
    return max(inside, key=lambda place: place.population) if inside else None


def _town_of_another_state(
    index: int, reading: _Reading, qualifier: Sequence[ResolvedPlace], context: _Context
) -> bool:
    """ "Berlin, Vermont": the name has towns in the state's country but none in that state, so it names a town
    of that state (not a list of places, and not "Hong Kong, China", whose name has no town in China)."""
    states = [q for q in qualifier if q.kind == PlaceKind.ADMIN1]
    if not states or index in context.listed or any(_inside(p, q) for p in reading.options for q in states):
        return False
    return any(p.kind == PlaceKind.CITY and p.country == q.country for p in reading.options for q in states)


def _listed(readings: Sequence[_Reading], text: str) -> frozenset[int]:
    """The readings that are items of a list of places ("Aleppo, Idlib and Hama"): a comma, "and" or "or" and
    nothing else between them and a neighbour. A name and the state after it ("Berlin, Vermont, on Monday") are
    a town and its state only where no third name continues them as a list."""
    linked = [
        _LIST_GAP.fullmatch(text[a.candidate.span.end : b.candidate.span.start]) is not None
        for a, b in itertools.pairwise(readings)
    ] + [False]  # the last reading links to nothing
    return frozenset(i for i in range(len(readings)) if linked[i] and ((i > 0 and linked[i - 1]) or linked[i + 1]))


def _inside(place: ResolvedPlace, region: ResolvedPlace) -> bool:
    if place is region or place.country != region.country:
        return False
    return region.kind == PlaceKind.COUNTRY or place.admin1 == region.admin1


def _context_of(
    gazetteer: Gazetteer, readings: Sequence[_Reading], source: str | None = None, listed: frozenset[int] = frozenset()
) -> _Context:
    """The context of each reading: every other reading's first choice, made without context."""
    no_context = _Context(gazetteer, Counter(), Counter(), {}, _Points(), listed=listed)
    countries: Counter[str] = Counter()
    admin1s: Counter[str] = Counter()
    by_name: dict[str, tuple[Counter[str], Counter[str]]] = {}
    points = []
    for index, reading in enumerate(readings):
        place = _best(index, reading, readings, no_context)
        if place is None:
            continue
        key = _key(reading.candidate.text)
        own = by_name.setdefault(key, (Counter(), Counter()))
        if place.country:
            countries[place.country] += 1
            own[0][place.country] += 1
        if place.admin1:
            admin1s[place.admin1] += 1
            own[1][place.admin1] += 1
        if place.kind not in _KIND_WEIGHT and place.lat is not None and place.lon is not None:
            points.append((key, place.lat, place.lon))
    counties, towns = _county_names(readings)
    return _Context(gazetteer, countries, admin1s, by_name, _Points(points), source, listed, counties, towns)


def _county_stem(key: str) -> str:
    return key.removesuffix(" county")


def _county_key(place: ResolvedPlace) -> tuple[str, str, str] | None:
    if place.kind not in (PlaceKind.CITY, PlaceKind.ADMIN2) or not (place.country and place.admin1 and place.admin2):
        return None
    return (place.country, place.admin1, place.admin2)


def _county_names(
    readings: Sequence[_Reading],
) -> tuple[dict[tuple[str, str, str], frozenset[str]], dict[tuple[str, str, str], frozenset[str]]]:
    """The counties and the towns' counties that the readings' options stand for, with the names of each."""
    found: dict[bool, dict[tuple[str, str, str], set[str]]] = {True: {}, False: {}}
    for reading in readings:
        key = _key(reading.candidate.text)
        for place in reading.options:
            county = _county_key(place)
            if county is not None:
                found[place.kind is PlaceKind.ADMIN2].setdefault(county, set()).add(key)
    counties, towns = ({c: frozenset(k) for c, k in found[flag].items()} for flag in (True, False))
    return counties, towns


def source_country(address: str | None) -> str | None:
    """The country of a publisher's web address by its country domain ("www.cbc.ca" -> "CA"), if it has one."""
    if not address:
        return None
    try:
        host = urlsplit(address if "//" in address else f"//{address}").hostname or ""
    except ValueError:  # not a web address ("http://[x]/y"): it says nothing about the publisher
        return None
    domain = host.rsplit(".", 1)[-1].upper()
    if len(domain) != 2 or domain in _GLOBAL_COUNTRY_DOMAINS:
        return None
    return "GB" if domain == "UK" else domain


# A country's possessive or adjective right before a region of several countries ("northern Iraq's Kurdistan region",
# "Indian-administered Kashmir", "Iraqi Kurdistan"), or the country named right after it ("the Kurdistan region of
# Iraq", "the Kashmir region of Pakistan").
_OWNER_BEFORE_REGION = re.compile(r"(?:['’]s?|-(?:administered|controlled|held|ruled))?\s+(?:[a-z][a-z-]*\s+){0,2}")
_OWNER_AFTER_REGION = re.compile(r"\s+(?:region\s+|area\s+)?(?:of|in)\s+(?:the\s+)?(?:[a-z][a-z-]*\s+)?")


def _regions_of_their_country(mentions: Sequence[PlaceMention], text: str) -> list[PlaceMention]:
    """A region the gazetteer gives no country (one that spans several: "Kurdistan", "Kashmir") in the country the
    text names as its owner right before or after it ("northern Iraq's Kurdistan region", "Indian-administered
    Kashmir", "the Kurdistan region of Iraq"): the event in it is in that country."""
    owned: dict[str, set[str]] = {}
    for i, mention in enumerate(mentions):
        place = mention.place
        if place is None or place.country is not None or place.kind is not PlaceKind.OTHER:
            continue
        owners: list[PlaceMention] = []
        if i > 0:
            before = mentions[i - 1]
            if _OWNER_BEFORE_REGION.fullmatch(text, before.span.end, mention.span.start):
                owners.append(before)
        if i + 1 < len(mentions):
            after = mentions[i + 1]
            if _OWNER_AFTER_REGION.fullmatch(text, mention.span.end, after.span.start):
                owners.append(after)
        country = next(
            (o.place.country for o in owners if o.place is not None and o.place.kind is PlaceKind.COUNTRY), None
        )
        if country is not None:
            owned.setdefault(place.name, set()).add(country)
    # one sense per report: every mention of the region, when the text names one owner of it
    return [
        replace(m, place=replace(m.place, country=next(iter(owned[m.place.name]))))
        if m.place is not None and m.place.country is None and len(owned.get(m.place.name, ())) == 1
        else m
        for m in mentions
    ]


# ---------------------------------------------------------------- output


def _mention(reading: _Reading, place: ResolvedPlace | None) -> PlaceMention:
    candidate = reading.candidate
    score = candidate.provenance.score if place is None else min(1.0, candidate.provenance.score + 0.2)
    rule = f"{candidate.provenance.rule}:{reading.how}"
    return PlaceMention(candidate.span, candidate.text, place, Provenance(STAGE, VERSION, rule, score))
