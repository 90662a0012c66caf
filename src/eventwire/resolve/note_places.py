"""Where a short event note ("Al Shabaab takes control of Rab Dhuure.", "Military forces dislodge Boko Haram from
Ngoshe.") puts the name of its place, for the rules used only by short notes (``small_places.SHORT_NOTE_CHARS``).

A note names little but its actors and its place, and spaCy often tags an unfamiliar town's name as a group's
("in Gallab" ORG, "in Milimani" NORP). In a place's slot such a name is the place's: after a locative word, a verb
of taking a place ("took control of X", "seized X"), a verb of driving out or leaving ("dislodged X from Y",
"drove them out of Y", "withdrew from Y"), "the outskirts of Y", "residents of Y" or "deployed to Y". A word that
names an institution or a compass direction ("in Parliament", "in the Eastern and Central regions") is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from eventwire.lexicon.actors import known_actor, known_actors
from eventwire.lexicon.admin1_seats import admin1_seat
from eventwire.lexicon.calendar_words import MONTHS, WEEKDAYS
from eventwire.lexicon.gazetteer import Gazetteer, distance_km, normalise_name
from eventwire.model import PlaceKind, PlaceMention, ResolvedPlace, Span, ToponymCandidate

# A text this short is a note (``small_places``, ``places``): it names little but its place.
SHORT_NOTE_CHARS = 500

# The labels of groups that spaCy gives a town's name it does not know: in a place's slot, a place.
GROUP_LABELS = frozenset({"ORG", "NORP"})
_REACH = 60  # characters before a name in which the words of its slot stand

# A verb of driving out or leaving, its object, and "from" / "out of": "dislodge Boko Haram from", "drove the
# militants out of", "withdrew from", "pulled out of".
_LEAVING_BEFORE = re.compile(
    r"\b(?:dislodg|drove|drive|driving|push|chas|flush|expel|oust|evict|withdr|retreat|pull)\w*"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:from|out\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Other words after which a note names its place: "the outskirts of", "residents of", "deployed to".
_SLOT_BEFORE = re.compile(
    r"\b(?:(?:outskirts|residents|inhabitants|villagers)\s+of|(?:re)?deployed\s+to|dispatched\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# The ends of a stretch a note names by both ("between Wargadud and Elwak", "the road linking Elbuur and
# Dhuusamareeb", "the stretch connecting A to B"): the first after the word, the second after the first and "and".
_STRETCH_END = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_STRETCH_BEFORE = re.compile(
    rf"\b(?i:between|linking|connecting|joining)\s+(?:the\s+)?(?:(?:towns?|villages?)\s+of\s+)?"
    rf"(?:{_STRETCH_END}\s+(?:and|to)\s+)?$"
)
# Words that name an institution or a direction, not a town, whatever slot they stand in.
_NO_PLACE_WORDS = frozenset(
    {"parliament", "court", "senate", "congress", "presidency", "ministry", "government", "assembly", "council"}
    | {"army", "police", "military", "university", "college", "school", "hospital", "prison", "church", "mosque"}
    | {"ward", "headquarters"}
    | {"eastern", "western", "northern", "southern", "central", "north", "south", "east", "west"}
)


def in_note_slot(text: str, start: int) -> bool:
    """Whether the words before ``start`` are those of a place's slot other than a locative word or a verb of
    attack: a verb of driving out or leaving, "the outskirts of", "residents of", "deployed to", an end of a
    stretch ("between Wargadud and Elwak", "the road linking Elbuur and Dhuusamareeb")."""
    window = max(0, start - _REACH)
    return bool(
        _LEAVING_BEFORE.search(text, window, start)
        or _SLOT_BEFORE.search(text, window, start)
        or _STRETCH_BEFORE.search(text, window, start)
    )


def group_named_place(candidate: ToponymCandidate) -> bool:
    """Whether a name spaCy tagged as a group's (ORG, NORP) may be a town's when it stands in a place's slot: a
    capitalised name, not an acronym ("AMISOM"), not a known group ("Al Shabaab") and not a word of an institution
    or a direction."""
    name = candidate.text
    if candidate.label not in GROUP_LABELS or not name[:1].isupper() or name.isupper():
        return False
    if known_actor(name) is not None:  # "in Boko Haram's stronghold": a known group, no town
        return False
    return not any(word.casefold() in _NO_PLACE_WORDS for word in name.split())


_CALENDAR_STEMS = frozenset(m[:3] for m in MONTHS) | frozenset(WEEKDAYS)
# The capitalised word after a town's name that makes a longer name with it ("in Jebel Kosbi" tagged "Jebel").
_NAME_GOES_ON = re.compile(r"[ \t]+([A-Z][a-z][\w'’-]*)")


def whole_names(mentions: Sequence[PlaceMention], text: str, gazetteer: Gazetteer) -> list[PlaceMention]:
    """The places of a short note, each town read from the first word of a longer name that no tier lists ("raped
    girls in Jebel Kosbi", where spaCy tagged "Jebel", Turkmenistan's town) as the place of the whole name, by
    name: when the town lies in no country the note's other places and groups tell and is no large one
    (``RESPELLED_MIN_POPULATION``), and the next word is no month, weekday, group's or place adjective."""
    if len(text) > SHORT_NOTE_CHARS:
        return list(mentions)
    return [_whole_name(m, mentions, text, gazetteer) for m in mentions]


def _whole_name(
    mention: PlaceMention, mentions: Sequence[PlaceMention], text: str, gazetteer: Gazetteer
) -> PlaceMention:
    """The mention of the whole name a town's name starts (``whole_names``), else the mention itself."""
    place, more = mention.place, _NAME_GOES_ON.match(text, mention.span.end)
    if place is None or place.kind is not PlaceKind.CITY or " " in mention.text or more is None:
        return mention
    word, whole = more.group(1), f"{mention.text} {more.group(1)}"
    told = {  # not a name no tier lists: it takes the note's country from its other places
        m.place.country
        for m in mentions
        if m is not mention
        and m.place is not None
        and m.place.country
        and m.place.lat is not None
        and not m.provenance.rule.endswith(":adjective")
    }
    if (
        place.country in note_countries(text, told)
        or place.population >= RESPELLED_MIN_POPULATION
        or word[:3].casefold() in _CALENDAR_STEMS
        or known_actor(word) is not None
        or gazetteer.adjective(word) is not None
        or word.casefold() in _NO_PLACE_WORDS
        or gazetteer.every_tier(whole)
    ):
        return mention
    rule = f"{mention.provenance.rule}:whole-name"
    unlisted = ResolvedPlace(whole, PlaceKind.CITY, None, None)
    return PlaceMention(Span(mention.span.start, more.end()), whole, unlisted, replace(mention.provenance, rule=rule))


def without_institutions(mentions: Sequence[PlaceMention], text: str) -> list[PlaceMention]:
    """The places of a short note without those named only by words of an institution or a direction ("an
    appearance in Court", read as Switzerland's Court; "the residents of Ward 2"; "the Presidency"): whatever
    town a tier lists by such a word, a note means the body."""
    if len(text) > SHORT_NOTE_CHARS:
        return list(mentions)
    return [m for m in mentions if not all(w.casefold() in _NO_PLACE_WORDS for w in m.text.split())]


# A town this large is known well enough to be the one a note misspells wherever it lies ("Pietermartizburg").
RESPELLED_MIN_POPULATION = 100_000


def note_countries(text: str, told: Iterable[str]) -> frozenset[str]:
    """The countries a short note is about: those its places tell (``told``) and those of the known groups it
    names (``lexicon/data/actors.tsv``: "Boko Haram" NG, "Al Shabaab" SO)."""
    return frozenset(told) | {a.country for a in known_actors(text) if a.country}


def respelled_town(name: str, told: Iterable[str], text: str, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The town a short note names in a spelling no tier of the gazetteer lists ("Janzour" for Janzur,
    "Gambori" for Gamboru; ``Gazetteer.spelled_like``), when it lies in a country the note is about
    (``note_countries``) or is a large town; the most populous of those. None for a name of a longer text: a
    letter away lie the namesakes of half the world's villages ("Tawila" is no Tawala)."""
    if len(text) > SHORT_NOTE_CHARS:
        return None
    countries = note_countries(text, told)
    found = [
        p for p in gazetteer.spelled_like(name) if p.country in countries or p.population >= RESPELLED_MIN_POPULATION
    ]
    if not found:
        found = _glued_town(name, countries, gazetteer)
    return max(found, key=lambda p: p.population) if found else None


# The small words a hurried note glues to the name before them ("arrested in Lubumbashiafter", "Maputoand").
_GLUED_WORDS = ("after", "before", "and", "on", "in", "at", "for", "from", "near", "over", "during", "when")
GLUED_MIN_CHARS = 4  # a shorter head is too often a word's start


def _glued_town(name: str, countries: frozenset[str], gazetteer: Gazetteer) -> list[ResolvedPlace]:
    """The towns of the gazetteer's first tier called ``name`` without the small word glued to its end
    ("Lubumbashiafter": Lubumbashi), in the note's countries or large ones; none for a name with no such end."""
    if " " in name or not name[:1].isupper():
        return []
    for word in _GLUED_WORDS:
        head = name[: -len(word)]
        if name.endswith(word) and len(head) >= GLUED_MIN_CHARS and head[-1:].islower():
            towns = [
                p
                for p in gazetteer.lookup(head)
                if p.kind is PlaceKind.CITY
                and p.lat is not None
                and (p.country in countries or p.population >= RESPELLED_MIN_POPULATION)
            ]
            if towns:
                return towns
    return []


def respelled_places(
    unlocated: Sequence[PlaceMention], mentions: Sequence[PlaceMention], text: str, gazetteer: Gazetteer
) -> tuple[PlaceMention, ...]:
    """The places a short note names by name alone (``small_places.unlocated_places``: "residents of Medjez El
    Beb", "in the Janzour area"), each at the town it names in another spelling (``respelled_town``) where there is
    one; the countries the note's places lie in count (not place adjectives: "Kenyan forces" say whose)."""
    if len(text) > SHORT_NOTE_CHARS:
        return tuple(unlocated)
    told = {
        m.place.country
        for m in mentions
        if m.place is not None and m.place.country and not m.provenance.rule.endswith(":adjective")
    }
    found = []
    for mention in unlocated:
        town = (
            respelled_town(mention.text, told, text, gazetteer)
            if mention.place is None or mention.place.lat is None
            else None
        )
        if town is not None:
            rule = f"{mention.provenance.rule}:respelled"
            mention = PlaceMention(mention.span, mention.text, town, replace(mention.provenance, rule=rule))
        found.append(mention)
    return tuple(found)


# "the northern city of Mali": a town that bears a country's name.
_TOWN_OF_BEFORE = re.compile(r"\b(?:city|town|village|locality) of\s+(?:the\s+)?$", re.IGNORECASE)


def national_place(
    place: ResolvedPlace | None, span: Span | None, text: str, gazetteer: Gazetteer
) -> ResolvedPlace | None:
    """The capital of the country that a short note names as its event's only place ("Tunisia extended the state
    of emergency", "University of Zambia workers went on strike", "charged with sedition in the Gambia"): a note
    that names no town reports a national body's act, in the capital, where ACLED codes it. None when the place
    is no country, or the note names the country's name as a town's ("the northern city of Mali")."""
    if len(text) > SHORT_NOTE_CHARS or place is None or place.kind is not PlaceKind.COUNTRY or not place.country:
        return None
    if span is not None and _TOWN_OF_BEFORE.search(text, max(0, span.start - 30), span.start):
        return None
    return capital_of(place.country, gazetteer)


def capital_of(country: str, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The national capital of ``country`` (ISO 3166-1 alpha-2) that the gazetteer lists, or None."""
    for other, key in gazetteer.capitals:
        if other == country:
            found = [p for p in gazetteer.lookup(key) if p.country == country and gazetteer.is_capital(p)]
            if found:
                return max(found, key=lambda p: p.population)
    return None


# The labels of names of bodies and titles ("the Mobile Forces" ORG, "the so-called 'Benghazi Defence Brigades'"
# WORK_OF_ART) whose inner place names the body's home, not where it acts. A facility's (FAC: "Sirte University")
# stands in its town.
_BODY_RULES = ("ner-org:", "ner-work_of_art:")


def named_in_a_body(mention: PlaceMention, text: str) -> bool:
    """Whether a short note names a place only inside the name of a body ("the Benghazi Defence Brigades", "the
    Mobile Forces", "the Tripoli Post"): a group's home or a title, no candidate for the event's place beside the
    places the note names as places (it ranks as a landmark does)."""
    rule = mention.provenance.rule
    return len(text) <= SHORT_NOTE_CHARS and rule.startswith(_BODY_RULES) and rule.endswith(":inner-name")


# The nouns of a group that a note names by its people's or home's name ("Abala militia", "Garabulli youths").
_GROUP_NOUN_AFTER = re.compile(
    r"[ \t]+(?:(?:ethnic|communal|clan|armed)[ \t]+)?(?:militias?|militiam[ae]n|herdsm[ae]n|herders?|fighters?"
    r"|youths?|tribesm[ae]n|clansm[ae]n|rebels?|gunm[ae]n|vigilantes?)\b",
    re.IGNORECASE,
)


def named_before_a_group(mention: PlaceMention, text: str) -> bool:
    """Whether a short note names a place only as the name of a group ("Abala militia attack Tur", "Abala
    herdsmen clashed with farmers in Um Tajok"): the group's people or home, no better a candidate for the event's
    place than a landmark (a place adjective, "Misratan forces", is an owner's already)."""
    if len(text) > SHORT_NOTE_CHARS or mention.provenance.rule.endswith(":adjective"):
        return False
    return _GROUP_NOUN_AFTER.match(text, mention.span.end) is not None


# The words before a place that name it as where a note's actors come from or are based, not where they act:
# "Based in Shalaambood, al Shabaab fired mortars at ...", "Militiamen from Walungu attacked ...", "a group of
# youths from Garabulli".
_ORIGIN_BEFORE = re.compile(
    r"(?:^|[.;]\s+|\b(?:and|were|was|are|is)\s+)(?i:based|stationed|operating)\s+(?:in|at)\s+(?:the\s+)?$"
    r"|\b(?i:militia|militiam[ae]n|fighters|rebels|youths|young\s+men|men|gunm[ae]n|herders|herdsm[ae]n|group)"
    r"\s+(?:based\s+)?(?i:from)\s+(?:the\s+)?$"
)


def named_as_an_origin(mention: PlaceMention, text: str) -> bool:
    """Whether a short note names a place only as where its actors are based or come from ("Based in
    Shalaambood, al Shabaab shelled AMISOM positions in Buufow", "Youths from Garabulli attacked a camp"): no
    better a candidate for the event's place than a landmark, which the place of the act is preferred to."""
    if len(text) > SHORT_NOTE_CHARS:
        return False
    return _ORIGIN_BEFORE.search(text, max(0, mention.span.start - 40), mention.span.start) is not None


def place_beside_a_body(span: Span | None, mentions: Sequence[PlaceMention], text: str) -> PlaceMention | None:
    """The town a short note names as a place when its event's place (at ``span``) is named only inside a body's
    name in a sentence that names no other ("The Mobile Forces responded by seizing a member", after "a member of
    the Mobile Forces, based in the same west Tripoli suburb"): the note's first such town, not inside a body's
    name and no place adjective ("Libyan forces"); None when the place is no body's or the note names none."""
    if span is None or len(text) > SHORT_NOTE_CHARS:
        return None
    if not any(m.span == span and named_in_a_body(m, text) for m in mentions):
        return None
    for mention in mentions:
        place = mention.place
        if (
            place is not None
            and place.kind in (PlaceKind.CITY, PlaceKind.DISTRICT)
            and place.lat is not None
            and not named_in_a_body(mention, text)
            and not mention.provenance.rule.endswith(":adjective")
        ):
            return mention
    return None


# A town this large is the one a note names in passing (in a name: "a Masvingo bank branch", "the offices of MSF
# Bambari", "Benghazi's Al-Jalaa Hospital") when it names no place as one; smaller namesakes are too many.
PASSING_TOWN_MIN_POPULATION = 50_000
PASSING_NAME_MIN_CHARS = 5  # shorter capitals are words that start a sentence ("More than 200") or given names ("Ben")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")
_POSSESSIVE = re.compile(r"['’]s?$")


def place_named_in_passing(text: str, gazetteer: Gazetteer) -> tuple[ResolvedPlace, Span] | None:
    """The first town of at least ``PASSING_TOWN_MIN_POPULATION`` people whose name (one to three capitalised
    words, or a part of a hyphenated name: "the Ouagadougou-Dori road") a short note writes, for an event the note
    names no place of: its facility's, body's or group's town is where ACLED codes it. None in a longer text or
    when the note names no such town; no known group's name ("Al Shabaab") counts."""
    if len(text) > SHORT_NOTE_CHARS:
        return None
    countries = note_countries(text, ())
    for run in _CAPITALISED_RUN.finditer(text):
        words = [(m.start() + run.start(), m.group(0)) for m in re.finditer(r"\S+", run.group(0))]
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                start = words[i][0]
                name = _POSSESSIVE.sub("", text[start : words[i + size - 1][0] + len(words[i + size - 1][1])])
                found = _passing_town(name, gazetteer, countries)
                if found is not None:
                    return found, Span(start, start + len(name))
    return None


def _passing_town(name: str, gazetteer: Gazetteer, countries: frozenset[str]) -> ResolvedPlace | None:
    if len(name) < PASSING_NAME_MIN_CHARS or known_actor(name) is not None or name.casefold() in _NO_PLACE_WORDS:
        return None
    key = normalise_name(name)
    towns = [
        p
        for p in gazetteer.lookup(name)
        if p.kind is PlaceKind.CITY
        and p.lat is not None
        and p.population >= PASSING_TOWN_MIN_POPULATION
        # by another name ("Tshwane" for Pretoria), not abroad of the note's groups: "Galma" of Al Shabaab's is no
        # Guelma, Algeria
        and (normalise_name(p.name) == key or not countries or p.country in countries)
    ]
    return max(towns, key=lambda p: p.population) if towns else None


def note_namesakes(mentions: Sequence[PlaceMention], text: str, gazetteer: Gazetteer) -> list[PlaceMention]:
    """The places of a short note, each town that lies in a country nothing else of the note tells at its
    namesake in the country the note is about (``note_countries``: its other places, not adjectives nor names of
    bodies, and its known groups): "Residents of Colchester in the Eastern Cape" is South Africa's Colchester,
    "SPLA-IO positions near Leer" South Sudan's Leer. A town whose country the note tells stays; so does one
    with no namesake there."""
    if len(text) > SHORT_NOTE_CHARS:
        return list(mentions)
    found = []
    for mention in mentions:
        place = mention.place
        if place is not None and place.kind is PlaceKind.CITY and place.country:
            told = {
                m.place.country
                for m in mentions
                if m is not mention
                and m.place is not None
                and m.place.country
                and m.text != mention.text
                and not m.provenance.rule.endswith(":adjective")
                and not named_in_a_body(m, text)
            }
            countries = note_countries(text, told)
            if countries and place.country not in countries:
                every = [p for p in gazetteer.every_tier(mention.text) if p.lat]
                namesakes = [p for p in every if p.country in countries]
                if not namesakes:  # none there: the one beside them ("Kwale" of an Al Shabaab note: Kenya's)
                    towns = [p for p in every if p.kind is PlaceKind.CITY]
                    namesakes = _nearest_namesakes(towns, countries, gazetteer)
                if namesakes:
                    town = max(namesakes, key=lambda p: p.population)
                    rule = f"{mention.provenance.rule}:namesake"
                    mention = PlaceMention(mention.span, mention.text, town, replace(mention.provenance, rule=rule))
        found.append(mention)
    return found


# The labels spaCy gives a place's name: a note's name of them that no tier lists is still its place's.
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def place_named_unlisted(
    candidates: Sequence[ToponymCandidate], text: str, gazetteer: Gazetteer
) -> tuple[ResolvedPlace, Span] | None:
    """The first name that spaCy tags as a place's (GPE, LOC) in a short note whose event has no place, when no
    tier of the gazetteer lists a town by that main name ("a protest outside a Khayelitsha councillor's home",
    "the Garyounis side of Ganfouda"; "Bulagana", another name of Mongolia's Bulgan that the places stage set
    aside): the note's place by name, without a point (ACLED's location is that name). None in a longer text,
    for a known group's name, or for a word of an institution or a direction."""
    if len(text) > SHORT_NOTE_CHARS:
        return None
    for candidate in candidates:
        name = candidate.text
        if candidate.label not in _PLACE_LABELS or not name[:1].isupper() or name.isupper():
            continue
        if known_actor(name) is not None or any(w.casefold() in _NO_PLACE_WORDS for w in name.split()):
            continue
        key = normalise_name(name)
        if any(normalise_name(p.name) == key for p in gazetteer.every_tier(name)) or gazetteer.adjective(name):
            continue  # a town's own name: the places stage read it, or set it aside (another name: "Bulagana")
        return ResolvedPlace(name, PlaceKind.CITY, None, None), candidate.span
    return None


# A route a note names by its ends joined by a hyphen: "along the Bitta-Damboa and Dikwa-Marte axis", "on the
# Ouagadougou-Dori road", "a bus plying the Mandera-Nairobi route".
_HYPHENED_NAME = r"[A-Z][\w'’]+(?:-[A-Z][\w'’]+)+"
_HYPHENED_ROUTE = re.compile(
    rf"\b{_HYPHENED_NAME}(?:(?:,|\s+and|\s+or)\s+{_HYPHENED_NAME})*\s+(?:road|roads|axis|axes|route|highway|corridor)\b"
)
_ROUTE_END = re.compile(r"[A-Z][\w'’]+")


def route_end_town(text: str, gazetteer: Gazetteer) -> tuple[ResolvedPlace, Span] | None:
    """The first end that the gazetteer lists as a town of a route a short note names by its ends joined by a
    hyphen ("operations along the Bitta-Damboa and Dikwa-Marte axis": Damboa), for an event the note names no
    other place of: the event was on the route, at or near its end (in the country the note is about, when one
    of the end's namesakes lies there). None in a longer text or when no end is a town the gazetteer lists."""
    if len(text) > SHORT_NOTE_CHARS:
        return None
    countries = note_countries(text, ())
    for route in _HYPHENED_ROUTE.finditer(text):
        for end in _ROUTE_END.finditer(text, route.start(), route.end()):
            town = _end_town(end.group(0), countries, gazetteer)
            if town is not None:
                return town, Span(end.start(), end.end())
    return None


def _end_town(name: str, countries: frozenset[str], gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The town the gazetteer lists by a route's or stretch's end's name (or that name spelled another way:
    ``Gazetteer.spelled_like``), in the note's countries first, the most populous; None for a known group."""
    if known_actor(name) is not None:
        return None
    towns = [p for p in gazetteer.every_tier(name) if p.kind is PlaceKind.CITY and p.lat is not None]
    if not towns:  # abroad of the note's countries only a large town ("Elwak": El Wak), as a town named in passing
        towns = [
            p
            for p in gazetteer.spelled_like(name)
            if p.lat is not None and (p.country in countries or p.population >= PASSING_TOWN_MIN_POPULATION)
        ]
    return max(towns, key=lambda p: (p.country in countries, p.population)) if towns else None


# A stretch a note names by its two ends: "between Wargadud and Elwak", "along the road linking Elbuur and
# Dhuusamareeb districts", "on the stretch connecting Huddur to Ceelbarde".
_STRETCH = re.compile(
    rf"\b(?i:between|linking|connecting|joining)\s+(?:the\s+)?(?:(?:towns?|villages?)\s+of\s+)?"
    rf"({_STRETCH_END})\s+(?:and|to)\s+({_STRETCH_END})"
)
_TOWN_KINDS = (PlaceKind.CITY, PlaceKind.DISTRICT)
_END_KIND = re.compile(r"\s+(?:districts?|towns?|villages?|areas?|camps?)$", re.IGNORECASE)


def stretch_end_town(
    span: Span | None, place: ResolvedPlace | None, text: str, gazetteer: Gazetteer
) -> tuple[ResolvedPlace, Span] | None:
    """The better-known end of a stretch a short note names by both ends ("ambushed between Wargadud and
    Elwak", "the road linking Elbuur and Dhuusamareeb"), for an event placed at neither town the gazetteer
    lists: placed nowhere, only in a division or a country, or at an end (``span``) the gazetteer lacks. ACLED
    codes the stretch at its end it knows, the more populous when both are towns (in the note's countries
    first). None in a longer text, for an event at a listed town, or when no end is one."""
    if len(text) > SHORT_NOTE_CHARS:
        return None
    if place is not None and place.lat is not None and not place.at_area and place.kind in _TOWN_KINDS:
        return None
    countries = note_countries(text, ())
    for stretch in _STRETCH.finditer(text):
        at_a_town = span is not None and place is not None and place.kind is PlaceKind.CITY
        if at_a_town and span is not None and (span.end <= stretch.start() or stretch.end() <= span.start):
            continue  # the event's own town, somewhere else
        found = []
        for group in (1, 2):
            name = _END_KIND.sub("", stretch.group(group))
            town = _end_town(name, countries, gazetteer)
            if town is not None:
                found.append((town, Span(stretch.start(group), stretch.start(group) + len(name))))
        if found:
            return max(found, key=lambda f: (f[0].country in countries, f[0].population))
    return None


NEIGHBOUR_KM = 2000.0  # a town this far from a country's centre may lie in a neighbour of it


def _nearest_namesakes(
    towns: Sequence[ResolvedPlace], countries: Iterable[str], gazetteer: Gazetteer
) -> list[ResolvedPlace]:
    """Of a name's towns none of which lies in the countries a note is about, the one nearest to those countries'
    centres, when it lies within ``NEIGHBOUR_KM`` of one ("Kwale" of an Al Shabaab note is Kenya's, not
    Nigeria's: a group fights beside its home); none when there is one town only."""
    centres = [c for c in (gazetteer.country(iso2) for iso2 in countries) if c is not None and c.lat is not None]
    if len(towns) < 2 or not centres:
        return []

    def distance(town: ResolvedPlace) -> float:
        return min(distance_km(town.lat or 0.0, town.lon or 0.0, c.lat or 0.0, c.lon or 0.0) for c in centres)

    nearest = min(towns, key=distance)
    return [nearest] if distance(nearest) <= NEIGHBOUR_KM else []


SAME_POINT_KM = 1.0  # a town placed at its division's point lies this close to it


def regional_seat(place: ResolvedPlace | None, text: str, gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The point at which ACLED codes the event of a short note placed only in a first-level division: the
    division's seat (``lexicon.admin1_seats``) for a note that names the division alone ("Suspected cadres
    attacked candidates in Luapula": Mansa), and a town the gazetteer lacks that the note places in the division
    (``small_places.placed_in``: "a mine in Lenga, in Lualaba province") keeps its name at the seat's point,
    not the division's centre, which may lie hundreds of kilometres from any town. None in a longer text, for a
    place of another kind, or for a division the table lacks."""
    if len(text) > SHORT_NOTE_CHARS or place is None or place.lat is None or place.lon is None:
        return None
    if place.kind is PlaceKind.ADMIN1:
        return admin1_seat(place.country, place.name, gazetteer)
    if place.kind not in (PlaceKind.CITY, PlaceKind.DISTRICT) or not place.at_area or place.admin2:
        return None
    lat, lon = place.lat, place.lon
    divisions = [
        p
        for p in gazetteer.lookup(place.admin1 or "")
        if p.kind is PlaceKind.ADMIN1
        and p.country == place.country
        and p.lat is not None
        and p.lon is not None
        and distance_km(p.lat, p.lon, lat, lon) <= SAME_POINT_KM
    ]
    seat = admin1_seat(place.country, place.admin1, gazetteer) if divisions else None
    return replace(place, lat=seat.lat, lon=seat.lon) if seat is not None else None


# The words after a village's name that place it by a better-known place: "Kailenge village in the Walikale area",
# "Dusa of Turan in Logo Local Government Area", "Kenjarh area in East Jebel Marrah", "Payak near Leer", "Jebel
# Kosbi 10kms from Shadad camp", "Bouhalouane, near Bordj Tahar".
_AREA_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
_AREA_KIND = (
    r"areas?|districts?|territory|chiefdom|locality|local[ \t]+government(?:[ \t]+area)?|lga|county|sub-county"
    r"|zone|woreda|commune|department|prefecture|camp"
)
_REFERENCE_AFTER = re.compile(
    r"(?P<noun>[ \t]+(?:village|town|area|camp|locality|trading[ \t]+cent(?:re|er)))?,?[ \t]+"
    rf"(?:(?i:in|of)[ \t]+(?:the[ \t]+)?(?:(?:East|West|North|South|Central|Northern|Southern|Eastern|Western)[ \t]+)?"
    rf"(?P<area>{_AREA_NAME})(?:[ \t]+(?i:(?P<kind>{_AREA_KIND})))?"
    rf"|(?i:near|outside|(?:about[ \t]+|some[ \t]+)?\d+[ \t]*(?:km|kms|kilometres|kilometers|miles)[ \t]+from)[ \t]+"
    rf"(?P<landmark>{_AREA_NAME}))"
    # "Ngoshe and Guva", "Bulagana and Gambori": a listed town named with it
    rf"|(?:,[ \t]+|[ \t]+and[ \t]+)(?P<also>{_AREA_NAME})"
)
_DIVISION_KIND = re.compile(r"^(?!areas?$|camp$)", re.IGNORECASE)  # a kind of division, not "area" or "camp"


def area_of_unlisted(
    span: Span | None, place: ResolvedPlace | None, text: str, told: Iterable[str], gazetteer: Gazetteer
) -> tuple[ResolvedPlace, Span] | None:
    """The better-known place by which a short note places a village that no tier of the gazetteer lists (its
    event's place, by name without a point): the area it names it in ("Kailenge village in the Walikale area",
    "Dusa of Turan in Logo Local Government Area", "Kenjarh area in East Jebel Marrah") or the place it names it
    near ("Gorgor village near Gashamo", "Mesel, 1km from Khazan Tunjur"), or a town the gazetteer lists that it
    names with it ("Ngoshe and Guva"). ACLED codes an event at a village it
    does not know at the place it is named by: a division the note names as one at its point, else the town of
    that name (in the note's countries: ``note_countries`` of ``told``), else that place by name. None in a
    longer text, for an event placed at a point, or when the note names no such place right after the village
    ("Ngoshe in Borno State" names a first-level division, no nearer place)."""
    if len(text) > SHORT_NOTE_CHARS or span is None or place is None or place.lat is not None:
        return None
    found = _REFERENCE_AFTER.match(text, span.end)
    if found is None:
        return None
    group = next(g for g in ("area", "landmark", "also") if found.group(g))
    name, kind = found.group(group), found.group("kind") or ""
    if known_actor(name) is not None or any(w.casefold() in _NO_PLACE_WORDS for w in name.split()):
        return None
    countries = note_countries(text, told)
    division = _named_division(name, countries, gazetteer) if kind and _DIVISION_KIND.match(kind) else None
    town = _own_town(name, countries, gazetteer)
    if group == "area" and not (kind or found.group("noun")) and division is None and town is None:
        return None  # "X in Y" alone may name an owner ("in Boko Haram's hands") or a first-level division
    if (group == "area" and kind.casefold().startswith("state")) or (group == "also" and town is None):
        return None  # a first-level division; a town named with it that no tier lists either
    at = Span(found.start(group), found.end(group))
    return division or town or ResolvedPlace(name, PlaceKind.CITY, None, None), at


def _own_town(name: str, countries: frozenset[str], gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The most populous town of either tier called ``name`` (or that name spelled another way), in the note's
    countries; by its own name only where the note tells no country (an alternate name is another town's)."""
    key = normalise_name(name)
    towns = [
        p
        for p in (*gazetteer.every_tier(name), *gazetteer.spelled_like(name))
        if p.kind is PlaceKind.CITY
        and p.lat is not None
        and (p.country in countries if countries else normalise_name(p.name) == key)
    ]
    return max(towns, key=lambda p: p.population) if towns else None


def _named_division(name: str, countries: frozenset[str], gazetteer: Gazetteer) -> ResolvedPlace | None:
    """The second-level division the gazetteer lists by ``name``, in the note's countries when any lies there."""
    divisions = [
        p
        for p in (*gazetteer.lookup(name), *gazetteer.lookup(f"{name} Local Government Area"))
        if p.kind is PlaceKind.ADMIN2 and p.lat is not None and (not countries or p.country in countries)
    ]
    return max(divisions, key=lambda p: (p.country in countries, p.population)) if divisions else None


# A facility that bears its place's name before the noun of its kind: "Nakawa Chief Magistrate Court", "the Lira
# Central Police Station", "Kitgum Government Hospital", "Luzira Prison".
_FACILITY = re.compile(
    r"\b(?P<place>[A-Z][\w'’-]+(?:[ \t]+(?!(?:Chief|Senior|Resident|Magistrate|High|District|Municipal|Central"
    r"|Regional|Government|Referral|Main)\b)[A-Z][\w'’-]+)?)[ \t]+"
    r"(?:(?:Chief[ \t]+|Senior[ \t]+|Resident[ \t]+)?Magistrates?['’]?s?|High|District|Municipal|Central|Regional"
    r"|Government|Referral|Main)?[ \t]*"
    r"(?:Courts?|Police[ \t]+Station|Police[ \t]+Post|Hospital|Prison|Market)\b"
)


def facility_town(text: str, gazetteer: Gazetteer) -> tuple[ResolvedPlace, Span] | None:
    """The place whose name a short note's facility bears ("had come to Nakawa Chief Magistrate Court", "outside
    Lira Central Police Station"), for an event the note names no place of: the event was at the facility, in
    that place (a town the gazetteer lists there, in the note's countries when it tells any; else the place by
    name). None in a longer text, for a name of a known group or of an institution ("the High Court": no place)."""
    if len(text) > SHORT_NOTE_CHARS:
        return None
    countries = note_countries(text, ())
    for found in _FACILITY.finditer(text):
        name = found.group("place")
        words = name.split()
        if known_actor(name) is not None or any(w.casefold() in _NO_PLACE_WORDS for w in words):
            continue
        if words[0].casefold() in {"the", "a", "an", "at", "in", "of"} or len(name) < PASSING_NAME_MIN_CHARS:
            continue
        at = Span(found.start("place"), found.end("place"))
        town = _own_town(name, countries, gazetteer)
        return (town if town is not None else ResolvedPlace(name, PlaceKind.CITY, None, None)), at
    return None
