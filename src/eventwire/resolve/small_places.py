"""When a name may be looked up in the gazetteer's second tier (towns of 1,000-4,999 people), whose names are
often also words or surnames: a division word dropped ("Arua district" -> Arua) and a name after a locative
word ("near Guva") that is not a language or a compass word.

And the towns the gazetteer lacks that the text names with their kind and the area they lie in ("the village of
Kanak in Mastung district", "the southern Lebanese town of Bint Jbeil"): a town of that name in that area, at the
area's point (ACLED codes the most precise place named; the village is the event's place, not its district).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from eventwire.model import PlaceKind, PlaceMention, Provenance, ResolvedPlace, Span, ToponymCandidate
from eventwire.resolve.note_places import SHORT_NOTE_CHARS, group_named_place, in_note_slot

# A division word after a name that the gazetteer may know without it ("Arua district", "Igabi Local Government Area").
DIVISION_SUFFIX = re.compile(
    r"\s+(?:district|region|province|state|county|local government area|lga|municipality|sub-county|village|town"
    r"|territory|regency)$",
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


# The nouns of a populated place below a district, which a writer puts before its name ("the commune of Gihanga",
# "the Yanomami community of Palimiu") or after it ("Diabio village").
LOCALITY_NOUNS = r"(?:city|town|village|hamlet|township|settlement|locality|suburb|commune|community)"
# "the village of", "the coastal town of", "the town centre of", "the Athens suburb of": the writer says the name
# after it is a town's.
_TOWN_OF_BEFORE = re.compile(
    rf"\b(?:{LOCALITY_NOUNS}|port|resort)(?:\s+(?:centre|center))? of\s+(?:the\s+)?$"
    # "the southern towns of Bint Jbeil and Aitaroun": each of the names joined after a plural one
    r"|\b(?:cities|towns|villages|hamlets|townships|settlements|localities|suburbs|communes|communities) of\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’-]*(?:[ \t-]+[A-Z][\w'’-]*){0,3}(?:,\s+|,?\s+and\s+))?$",
    re.IGNORECASE,
)
# What joins a town to the area named after it: "Kanak in Mastung district", "Gohatsion in Ethiopia's Oromia
# region", "Harardhere in the central Mudug region", "Kanak, in the southwestern province of Balochistan".
# The nouns of a part of a city ("the Athens suburb of Acharnes", "Soweto, a township of Johannesburg").
CITY_PART_NOUNS = r"(?:suburb|township|neighbou?rhood|district|quarter)"
# A town named as a part of the city named right after it: "Khayelitsha, a sprawling township on the outskirts of
# Cape Town", "Acharnes, a northern suburb of Athens", "Karte Seh, a district in the west of Kabul", "Tongi, an
# industrial area on the northern outskirts of Dhaka".
_CITY_PART_LINK = (
    rf",\s+(?:a|an|the)\s+(?:[a-z][a-z-]*\s+){{0,3}}(?:{CITY_PART_NOUNS}|area)\s+"
    r"(?:on\s+the\s+(?:[a-z]+\s+)?(?:outskirts|edge|fringes?)\s+of|outside|of|in|near"
    r"|(?:in\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+(?:the\s+)?(?:capital\s+|city\s+of\s+)?"
)
PART_OF_CITY_AFTER = re.compile(_CITY_PART_LINK)
# A town's kind said after its name, before its area or its distance from a landmark: "Boni, a town in the Douentza
# district of Mali's Mopti region", "Kanda, a rural commune in ...", "Maro, a farming village about 40 km from ...".
TOWN_APPOSITION = re.compile(
    r",\s+(?:a|an)\s+(?:[a-z][a-z-]*\s+){0,2}(?:town|village|city|commune|community|hamlet|settlement|locality)"
    r"(?=\s+(?:in|near|of|on|outside|about|some|around|roughly|nearly|close\s+to|\d+"
    r"|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s)"
)
# A town's kind said after its name with "the", as the one of its kind the text means: "Wargadud, the nearest
# village, about 3 km from the blast site", "Gao, the largest town in the region", "Kanak, the village where ...".
THE_TOWN_APPOSITION = re.compile(
    r",\s+the\s+(?:[a-z][a-z-]*\s+){0,2}(?:town|village|hamlet|settlement|community)"
    r"(?=\s*[,;.]|\s+(?:in|near|of|on|outside|closest|nearest|where)\s)"
)
_APPOSITION_END = re.compile(r"[,;:.!?()\n]")
# A town named as the seat of the area after it: "Pul-i-Khumri, the capital of Afghanistan's northern Baghlan
# province", "Dekai, the regency's main town", "Bunia, the provincial capital".
CAPITAL_APPOSITION = re.compile(
    r",\s+(?:the|a|its)\s+(?:[a-z][a-z'’-]*\s+){0,2}"
    r"(?:capital|seat|main\s+town|chief\s+town|administrative\s+cent(?:re|er))"
    r"(?=\s+of\s|[,;.]|\s+(?:and|where|which|in|on)\s)"
)


# The name written right before an apposition of its kind: one to four capitalised words, with the particles of
# names between them ("Deir el-Zour", "San Juan de la Cruz").
_NAME_BEFORE = re.compile(
    r"(?<![\w'’.-])([A-Z][\w'’-]*(?:[ \t]+(?:(?:el|al|de|del|la|le|des|du)[ \t]+)*[A-Z][\w'’-]*){0,3})$"
)


def apposed_names(text: str, candidates: Sequence[ToponymCandidate]) -> list[ToponymCandidate]:
    """Names the text says the kind of in an apposition ("Mayadeen, a town in eastern Syria's Deir el-Zour
    province") that no candidate covers (the parser tagged nothing there): candidates by that name."""
    found = []
    for match in TOWN_APPOSITION.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if name is None or name.group(1).casefold() in _COMPASS_WORDS:
            continue
        span = Span(name.start(1), name.end(1))
        if any(c.span.start < span.end and span.start < c.span.end for c in candidates):
            continue
        provenance = Provenance("place_mentions", "apposition", rule="apposed-name", score=0.5)
        found.append(ToponymCandidate(span, name.group(1), "name", "", provenance, locative=False))
    return found


def town_appositions(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each apposition that says what kind of place the name before it is and where ("X, a
    village on the road between Y and Z", "X, a town near Y"), to the end of its phrase: the places named in it
    locate that town, which is the place."""
    found = []
    for match in TOWN_APPOSITION.finditer(text):
        end = _APPOSITION_END.search(text, match.end())
        found.append((match.start(), end.start() if end is not None else len(text)))
    return found


# A distance from a landmark: "about 60 km (37 miles) northwest of Goma", "some 20 miles from the city of X".
_DISTANCE_LINK = (
    r",?\s+(?:(?:(?:about|some|around|roughly|nearly|just)\s+)?\d+\s*(?:km|kms|kilometers|kilometres|miles)"
    r"(?:\s*\([^()]{0,24}\))?\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+)?(?:of|from)"
    # or by its direction alone: "Diraz, west of the capital Manama"
    r"|(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?"
    r"(?:(?:city|town|capital)\s+(?:of\s+)?)?"
)
_DISTANCE_AFTER = re.compile(rf",{_DISTANCE_LINK}")
_AREA_AFTER = re.compile(
    r"(?:,?\s+(?:in|near|of)\s+|['’]s\s+|,\s+)(?:the\s+)?(?:country['’]s\s+)?(?:[a-z][a-z-]*\s+){0,2}"
    rf"(?:(?:province|region|district|state|county|governorate|{LOCALITY_NOUNS}) of\s+(?:the\s+)?)?"
    rf"|{_CITY_PART_LINK}|{_DISTANCE_LINK}"
)
# An area written before the town's kind: "the southern Lebanese town of", "the Afghan city of", "the Port-au-Prince
# suburb of" (a part of that city), "Nigeria's northeastern town of"; or as the town's owner: "Yemen's Hodeidah
# port", "Chad's western Baga Sola".
_AREA_BEFORE = re.compile(
    r"(?:['’]s)?\s+(?:[a-z][a-z-]*\s+){0,2}(?:city|town|village|hamlet|township|settlement|locality"
    r"|(?P<part>suburb)) of\s+(?:the\s+)?"
    r"|['’]s\s+(?:[a-z][a-z-]*\s+){0,2}"
)
_AREA_KINDS = {PlaceKind.ADMIN2: 0, PlaceKind.CITY: 1, PlaceKind.ADMIN1: 2, PlaceKind.OTHER: 3, PlaceKind.COUNTRY: 4}
_AREA_REACH = 120  # characters after the town in which the area that holds it is named


# A place of the kind a lead promises to name later, written before the area it lies in: "bombed a village in the
# central Sagaing region", "a farming community in Peru's Junin region" (the area is not the event's place, the
# village is).
_UNNAMED_TOWN_BEFORE = re.compile(
    rf"\b(?:a|an)\s+(?:[a-z][a-z-]*\s+){{0,2}}{LOCALITY_NOUNS}\s+(?:in|of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*['’]s\s+)?(?:[a-z][a-z-]*\s+){0,2}$"
)


def after_an_unnamed_town(span: Span, text: str) -> bool:
    """Whether the text names an area as where an unnamed village or town lies ("a village in the central X
    region"): a town of it the text names as a place later is that village (``event_context._narrowed``)."""
    return _UNNAMED_TOWN_BEFORE.search(text, max(0, span.start - 80), span.start) is not None


def introduced_as_town(candidate: ToponymCandidate | PlaceMention, text: str) -> bool:
    """Whether the text names a town by its kind right before the name ("the village of Kanak", "the eastern city
    of Lahore", "the port of Hodeidah"): the writer says it is a town, so it is no misread name."""
    start = candidate.span.start
    return candidate.text[:1].isupper() and _TOWN_OF_BEFORE.search(text, max(0, start - 70), start) is not None


def unlisted_town(
    candidate: ToponymCandidate,
    mentions: Sequence[PlaceMention],
    text: str,
    told: Sequence[PlaceMention] | None = None,
) -> ResolvedPlace | None:
    """A place the gazetteer lacks that the text names as a place: with its kind ("the village of Kanak", "Diabio
    village", "the Kazaroho area", "Hodan district", "Damasa border town") or as a toponym after a locative word
    ("in Nertiti"). In the area named right after it ("the village of Kanak in Mastung district", the most precise
    of "in Ethiopia's Oromia region") or right before its kind ("the southern Lebanese town of Bint Jbeil"): the
    place of that name at the area's point, in the area's divisions. Without an area: the place by its name
    alone, with no coordinates, in the one country the text's other places lie in (``told``, when given: the
    places the text tells of, without the dateline's; an analyst wants the named place, ACLED codes the most
    precise place named)."""
    kind_word = _KIND_AFTER.match(text, candidate.span.end)
    own_word = _KIND_AT_END.search(candidate.text)
    if not candidate.text[:1].isupper() or candidate.label == "LANGUAGE":
        return None
    promised = _names_a_promised_village(candidate, text)
    if (
        candidate.cue == "adjective"
        and not (candidate.label == "NORP" and _norp_place_in_note(candidate, text))
        and not promised
        and not _apposed_as_town(candidate, text)
        and own_word is None  # the parser read "the X district" whole as a group's name: its own kind says a place
    ):
        return None  # a place adjective or a group ("Kenyan forces"), unless a note names it in a place's slot
    named = named_with_kind(candidate, text)
    # A facility ("at the Faculty of Law") is no town; a name spaCy called a town or a region is, after "in".
    if not (
        named
        or (candidate.cue == "toponym" and candidate.locative and candidate.label != "FAC")
        or place_in_short_note(candidate, text)
        or _placed_in_an_area(candidate, mentions, text)
        or promised
    ):
        return None
    name = candidate.text[: own_word.start()] if own_word is not None else candidate.text
    if not name[:1].isupper() or name.isupper() or _NO_TOWN_WORDS.search(name):
        return None
    said = kind_word or own_word
    word = said.group(1).casefold() if said is not None else "town"
    kind = PlaceKind.ADMIN2 if word in _DIVISION_KINDS else PlaceKind.CITY
    end = kind_word.end() if kind_word is not None else candidate.span.end
    apposition = TOWN_APPOSITION.match(text, end)
    end = apposition.end() if apposition is not None else end
    before = _areas_before(candidate, mentions, text)
    areas = [*areas_after(end, mentions, text), *(place for place, _ in before)]
    # "the Ratoma suburb", "in Del Paso" (no kind said) of the city the report names: that city is the place (as
    # ACLED codes it).
    if not areas and (word in _CITY_PARTS or not named) and not promised and _city_of_the_text(mentions):
        return None
    if not areas:
        region = _region_in_sentence(end, mentions, text)
        if region is not None:  # "the town of Vomar, the administrative centre of ... the Gorno-Badakhshan region"
            return ResolvedPlace(name, kind, None, None, country=region[0], admin1=region[1])
        # not in the neighbour the text names across a border ("a town close to the frontier with Togo"); the
        # dateline's country when the text tells of no other
        located = [m for m in (mentions if told is None else told) if not across_a_border(m.span, text)]
        country = _one_country(located) or _main_country(located)
        if country is None and told is not None:  # the dateline's town says the country, not the division
            told_spans = {m.span for m in told}
            dateline = _one_country([m for m in mentions if m.span not in told_spans])
            tied = _tied_countries(located)
            if tied:  # several countries named as often: the dateline's if it is one of them
                country = dateline if dateline in tied else None
            else:
                country = _one_country([m for m in mentions if not across_a_border(m.span, text)])
            return ResolvedPlace(name, kind, None, None, country=country)
        admin1 = _one_admin1(located, country) or _one_admin1([m for m in located if _is_division(m)], country)
        return ResolvedPlace(name, kind, None, None, country=country, admin1=admin1)
    area = min(areas, key=lambda place: _AREA_KINDS[place.kind])
    # "Khayelitsha, a township of Cape Town", "the Port-au-Prince suburb of Petion-Ville"
    if area.kind is PlaceKind.CITY and (PART_OF_CITY_AFTER.match(text, end) or (area, True) in before):
        return replace(placed_in(name, PlaceKind.DISTRICT, [area]), city=area.name)
    return placed_in(name, kind, areas)


_NEAR_BEFORE = re.compile(r"\b(?:near|outside|around|in)\s+$", re.IGNORECASE)
_IN_AFTER = re.compile(r"\s+in\s+")


_NEAR_ONLY_BEFORE = re.compile(r"\b(?:near|around)\s+$", re.IGNORECASE)


# A village the text tells of before it names it: "an attack on a village near X", "residents of an Aymara farming
# community near X", "a Kichwa community in the Y province".
_PROMISED_VILLAGE = re.compile(
    r"\b(?:a|an)\s+(?:[A-Z][\w-]*\s+)?(?:[a-z][a-z-]*\s+){0,2}(?:village|community|hamlet|settlement)"
    r"\s+(?:near|in|outside|of|on)\s"
)
# Where a promised village's name stands: after a locative word ("Officers who arrived in X") or as what was
# attacked ("The attackers surrounded X", "Gunmen stormed X").
_PROMISED_SLOT_BEFORE = re.compile(
    r"\b(?:in|at|into|reached|entered|surrounded|encircled|stormed|raided|attacked|overran|torched|burned)\s+$"
)
_PROMISED_NAME_LABELS = frozenset({"", "GPE", "LOC", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})


def _names_a_promised_village(candidate: ToponymCandidate, text: str) -> bool:
    """Whether a name of one or two words, after a sentence that tells of a village it does not name ("an attack
    on a village near X"), stands where a place's name does (``_PROMISED_SLOT_BEFORE``) and names no noun after
    it ("in X at dawn", not "in X forces"): the village's name, whatever label the parser gave it."""
    start = candidate.span.start
    if candidate.label not in _PROMISED_NAME_LABELS or len(candidate.text.split()) > 2:
        return False
    promise = _PROMISED_VILLAGE.search(text, 0, start)
    if promise is None or _PROMISED_SLOT_BEFORE.search(text, max(0, start - 16), start) is None:
        return False
    if text.startswith(("'s", "’s"), candidate.span.end):
        return False
    after = _WORD_AFTER.match(text, candidate.span.end)
    return after is None or after.group(1) in _FUNCTION_WORDS


def _apposed_as_town(candidate: ToponymCandidate, text: str) -> bool:
    """Whether a name the parser read as a place adjective is a noun the text says the kind of right after it ("in
    Tactic, a town in ..."): no adjective stands before a comma and its kind."""
    return (
        candidate.cue == "adjective"
        and " " not in candidate.text
        and bool(TOWN_APPOSITION.match(text, candidate.span.end))
    )


def _placed_in_an_area(candidate: ToponymCandidate, mentions: Sequence[PlaceMention], text: str) -> bool:
    """Whether a name the gazetteer lacks, whatever spaCy called it, stands in a place's phrase (``in_a_place_phrase``)
    after "near" or "around" ("outside Parliament in Accra" names a building)."""
    if candidate.label in ("FAC", "LANGUAGE"):
        return False
    start = candidate.span.start
    near = _NEAR_ONLY_BEFORE.search(text, max(0, start - 12), start) is not None
    return near and in_a_place_phrase(candidate.span, mentions, text)


def in_a_place_phrase(span: Span, mentions: Sequence[PlaceMention], text: str) -> bool:
    """Whether a name stands in a place's phrase: after "near", "outside", "around" or "in", and placed in an area
    the text names right after it ("from a ranch near Azotey in northern Paraguay")."""
    start, end = span.start, span.end
    if _NEAR_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    return _IN_AFTER.match(text, end) is not None and bool(areas_after(end, mentions, text))


def placed_in(name: str, kind: PlaceKind, areas: Sequence[ResolvedPlace]) -> ResolvedPlace:
    """A place the gazetteer lacks, by its name, at the point and in the divisions of the most precise of the areas
    the text names it in."""
    area = min(areas, key=lambda place: _AREA_KINDS[place.kind])
    admin1 = area.name if area.kind is PlaceKind.ADMIN1 else area.admin1
    admin2 = area.name if area.kind is PlaceKind.ADMIN2 else area.admin2
    return replace(
        area, name=name, kind=kind, admin1=admin1, admin2=admin2, city=None, geonameid=None, population=0,
        at_area=kind in (PlaceKind.CITY, PlaceKind.DISTRICT),
    )  # fmt: skip


# A short event note ("Gunmen attack farmers in Um Arda.", "SAF bomb Deribat.") names few things but its place:
# there a capitalised name that spaCy called a place, that follows a locative word, or that is the object of a verb
# of attack or capture is a place's, whatever label spaCy gave it. Long reports name people and bodies there too.
_NOTE_NAME_LABELS = frozenset({"", "GPE", "LOC", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT"})
_ATTACK_BEFORE = re.compile(
    r"\b(?:bomb|bombs|bombed|shell|shells|shelled|raid|raids|raided|storm|storms|stormed|attack|attacks|attacked"
    r"|capture|captures|captured|seize|seizes|seized|retake|retakes|retook|overrun|overran|loot|looted|burn|burned"
    r"|burnt|besiege|besieged|(?:attack|attacks|assault|fire|raid|strikes?|airstrikes?) on|control of)\s+$"
)


def place_in_short_note(candidate: ToponymCandidate, text: str) -> bool:
    """Whether a name in a short note is a place by where it stands (see ``SHORT_NOTE_CHARS``); a name tagged as a
    group's only in a place's slot (``note_places``)."""
    if len(text) > SHORT_NOTE_CHARS or len(candidate.text.split()) > 3:
        return False
    if candidate.label not in _NOTE_NAME_LABELS and not group_named_place(candidate):
        return False
    after = _WORD_AFTER.match(text, candidate.span.end)
    if after is not None and after.group(1) not in _FUNCTION_WORDS:
        return False  # a name that qualifies a noun ("the Bwito chieftancy", "Nyatura militiamen")
    start = candidate.span.start
    if candidate.locative and _LOCATIVE_WORD.search(text, max(0, start - 30), start):
        return True
    return _ATTACK_BEFORE.search(text, max(0, start - 30), start) is not None or in_note_slot(text, start)


def _norp_place_in_note(candidate: ToponymCandidate, text: str) -> bool:
    """A name tagged NORP that a short note names in a place's slot ("in Milimani and"), or after a locative word
    with its kind ("in Hoosingow area"; not "a Fulani village")."""
    if place_in_short_note(candidate, text):
        return True
    return len(text) <= SHORT_NOTE_CHARS and candidate.locative and named_with_kind(candidate, text)


_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")
# Words that may follow a place's name in a note ("in Tur over two days", "attacked Kavumu and ...").
_FUNCTION_WORDS = frozenset(
    [
        "in",
        "at",
        "near",
        "on",
        "of",
        "and",
        "or",
        "after",
        "before",
        "when",
        "where",
        "while",
        "during",
        "between",
        "over",
        "since",
        "from",
        "to",
        "with",
        "by",
        "for",
        "as",
        "but",
        "which",
        "who",
        "that",
        "then",
        "following",
        "amid",
        "against",
        "killing",
        "injuring",
        "wounding",
        "leaving",
    ]
)
# The locative words that place what follows ("in Um Arda", "near Mesel"); not "between", "towards".
_LOCATIVE_WORD = re.compile(r"\b(?:in|at|near|outside|around|into)\s+(?:the\s+)?$", re.IGNORECASE)


def named_with_kind(candidate: ToponymCandidate, text: str) -> bool:
    """Whether the text says what kind of place a name is: "the village of Kanak", "Diabio village", "the Kazaroho
    area", "Hodan district", "Komanda, a town in ...", "Tongi, an industrial area on the outskirts of Dhaka"."""
    end = candidate.span.end
    if introduced_as_town(candidate, text) or TOWN_APPOSITION.match(text, end) or PART_OF_CITY_AFTER.match(text, end):
        return True
    if THE_TOWN_APPOSITION.match(text, end):
        return True
    if candidate.locative and _DISTANCE_AFTER.match(text, end):
        return True  # "at Anyidi, about 20 kilometers (12 miles) east of the state capital": a place by its distance
    return _KIND_AFTER.match(text, candidate.span.end) is not None or _KIND_AT_END.search(candidate.text) is not None


# The kind of place written after its name: "Diabio village", "the Kazaroho area", "Otash camp", "Damasa border town".
_KINDS = (
    r"(village|villages|town|towns|area|areas|camp|locality|township|district|territory|county|border town"
    r"|neighbourhood|neighborhood|suburb|settlement)"
)
_KIND_AFTER = re.compile(
    rf"\s+(?:border\s+(?=town))?{_KINDS}\b(?!\s+(?:hall|council|square|house|centre|center|chief|clerk)\b)"
)
_KIND_AT_END = re.compile(rf"\s+{_KINDS}$")  # lower case: "Box Elder School District" is a name of its own
_DIVISION_KINDS = frozenset({"district", "territory", "county"})


def unlocated_places(
    candidates: Sequence[ToponymCandidate],
    mentions: Sequence[PlaceMention],
    text: str,
    known: Callable[[str], bool],
    told: Sequence[PlaceMention] | None = None,
) -> tuple[PlaceMention, ...]:
    """The places the text names as places (``unlisted_town``) that no place mention covers, other than those the
    places stage lists ("the village of Kanak in Mastung district", at the point of its area): by name alone,
    without coordinates, or at their area's point ("Diabio village, West Hararge", "in Payak near Leer"). They
    are candidates for an event's place ("Gunmen attacked farmers in Kolowanga village"), not geocoded mentions
    of the article. ``known`` says whether the gazetteer knows a name (as a place or a place adjective)."""
    found = []
    for candidate in candidates:
        if _STREET_NEXT.match(text, candidate.span.end) or _STREET_END.search(candidate.text):
            continue
        if any(m.span.start < candidate.span.end and candidate.span.start < m.span.end for m in mentions):
            continue
        if known(candidate.text) and not _apposed_as_town(candidate, text):
            continue  # a name the gazetteer knows and the places stage set aside ("the Angolan capital")
        place = unlisted_town(candidate, mentions, text, told)
        if place is not None and place.country is None:
            place = _in_the_owner_named_elsewhere(place, candidates, mentions, text)
        if place is not None and (place.lat is None or not introduced_as_town(candidate, text)):
            rule = f"{candidate.provenance.rule}:unlisted-place"
            found.append(PlaceMention(candidate.span, candidate.text, place, replace(candidate.provenance, rule=rule)))
    # A name the text names as a town by its kind once is that town where it recurs ("the towns of X and Y ... on
    # the outskirts of Y"), whatever the parser called it there.
    kinds = {c.span for c in candidates if named_with_kind(c, text)}
    named = {m.text: m for m in found if m.span in kinds}
    spans = {m.span for m in found}
    again = [
        PlaceMention(c.span, c.text, named[c.text].place, named[c.text].provenance)
        for c in candidates
        if c.text in named
        and c.span not in spans
        and not any(m.span.start < c.span.end and c.span.start < m.span.end for m in mentions)
    ]
    return tuple(sorted((*found, *again), key=lambda m: m.span.start)) if again else tuple(found)


def _in_the_owner_named_elsewhere(
    place: ResolvedPlace, candidates: Sequence[ToponymCandidate], mentions: Sequence[PlaceMention], text: str
) -> ResolvedPlace:
    """A place the gazetteer lacks, of no country, in the country another mention of its name says it lies in
    (``_areas_before``: "the port of Hodeidah" of a text whose headline reads "Yemen's Hodeidah port"), by name
    alone, without a point."""
    for candidate in candidates:
        if candidate.text != place.name:
            continue
        areas = [area for area, _ in _areas_before(candidate, mentions, text) if area.country]
        if areas:
            area = min(areas, key=lambda a: _AREA_KINDS[a.kind])
            admin1 = area.name if area.kind is PlaceKind.ADMIN1 else area.admin1
            return replace(place, country=area.country, admin1=admin1)
    return place


_STREET_WORDS = r"(?:Avenue|Street|Road|Boulevard|Drive|Lane|Parkway|Highway|Ave\.|St\.|Rd\.|Blvd\.)"
_STREET_NEXT = re.compile(rf"\s+{_STREET_WORDS}(?!\w)")
_STREET_END = re.compile(rf"\s{_STREET_WORDS}$")


# Kinds of place that are parts of a city, and how large a city has them ("the Ratoma suburb" of Conakry).
_CITY_PARTS = frozenset({"suburb", "neighbourhood", "neighborhood", "township"})
CITY_PART_MIN_POPULATION = 100_000


def _city_of_the_text(mentions: Sequence[PlaceMention]) -> bool:
    """Whether the text names a city of at least ``CITY_PART_MIN_POPULATION`` people."""
    return any(
        m.place is not None and m.place.kind is PlaceKind.CITY and m.place.population >= CITY_PART_MIN_POPULATION
        for m in mentions
    )


# A name that starts with a compass word says where in a place ("Northwest Miami-Dade"); one that ends with a
# facility's noun names a building or a ground ("Lake County Jail"), not a town. Abbreviations ("SW") name no town.
_NO_TOWN_WORDS = re.compile(
    r"^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central|Downtown|Uptown|Midwest)\b"
    r"|^(?:Centre|Center)$"
    r"|\s(?:Jail|Prison|Hospital|School|College|University|Park|Airport|Mall|Station|Church|Mosque|Stadium|Hotel"
    r"|Market|Bridge|Centre|Center|Base|Court|House|Hall|Office|Building|Barracks|Square)$"
)


MAIN_COUNTRY_MENTIONS = 2  # a country named this often, more than any other, is the one the text tells of


def _main_country(mentions: Sequence[PlaceMention]) -> str | None:
    """The country the text's places lie in most often, at least ``MAIN_COUNTRY_MENTIONS`` times and more than any
    other (not counting place adjectives, nor a country read inside another name: "the Sudan People's Liberation
    Army" is no place): "Juba ... South Sudan's army ... Ethiopia" tells of South Sudan."""
    counted = Counter(
        m.place.country
        for m in mentions
        if m.place is not None and m.place.country and not m.provenance.rule.endswith((":adjective", ":inner-name"))
    )
    ranked = counted.most_common(2)
    if not ranked or ranked[0][1] < MAIN_COUNTRY_MENTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _tied_countries(mentions: Sequence[PlaceMention]) -> frozenset[str]:
    """The countries the text's places lie in most often, when several are named as often ("Gunmen who crossed from
    Niger killed 11 in eastern Burkina Faso"): the dateline's among them tells which."""
    counted = Counter(
        m.place.country
        for m in mentions
        if m.place is not None and m.place.country and not m.provenance.rule.endswith((":adjective", ":inner-name"))
    )
    if not counted:
        return frozenset()
    top = max(counted.values())
    return frozenset(c for c, n in counted.items() if n == top)


def _one_admin1(mentions: Sequence[PlaceMention], country: str | None) -> str | None:
    """The one first-level division of ``country`` the text's places lie in, or None."""
    divisions = {
        m.place.admin1
        for m in mentions
        if country and m.place is not None and m.place.country == country and m.place.admin1
    }
    return divisions.pop() if len(divisions) == 1 else None


def _is_division(mention: PlaceMention) -> bool:
    """A first-level division the text names as an area ("the northeastern county of Mandera", Kenya's)."""
    return mention.place is not None and mention.place.kind is PlaceKind.ADMIN1


def _one_country(mentions: Sequence[PlaceMention]) -> str | None:
    """The one country the text's places lie in (not counting place adjectives: "Kenyan forces" say whose, not
    where), or None when they name none or several."""
    countries = {
        m.place.country
        for m in mentions
        if m.place is not None and m.place.country and not m.provenance.rule.endswith(":adjective")
    }
    return countries.pop() if len(countries) == 1 else None


# What names the country or region across a border from a place: "near the border with Mali", "about 20 km from the
# frontier with South Africa", "on the Tajik side of the border with Afghanistan". The place lies outside it.
_ACROSS_A_BORDER_BEFORE = re.compile(
    r"\b(?:border|borders|frontier|frontiers|boundary)\s+(?:with|of\s+neighbou?ring)\s+(?:the\s+)?$", re.IGNORECASE
)


def across_a_border(span: Span, text: str) -> bool:
    """Whether the text names a place as the neighbour across a border ("near the border with Mali"): it says where
    another place lies next to, not what holds it."""
    return _ACROSS_A_BORDER_BEFORE.search(text, max(0, span.start - 40), span.start) is not None


def areas_after(end: int, mentions: Sequence[PlaceMention], text: str) -> list[ResolvedPlace]:
    """The places named one after another right after the town, which ends at ``end`` ("in Ethiopia's Oromia
    region")."""
    found: list[ResolvedPlace] = []
    position = end
    for mention in sorted(mentions, key=lambda m: m.span.start):
        if mention.span.start < position:
            continue
        if mention.span.start - end > _AREA_REACH or mention.place is None:
            break
        if _AREA_AFTER.fullmatch(text, position, mention.span.start) is None or across_a_border(mention.span, text):
            break
        # a region of no country (a river's name read from "Upper Nile state") says nothing of where the town is
        if (
            mention.place.kind in _AREA_KINDS
            and mention.place.country
            and (not found or mention.place.country == found[0].country)
        ):
            found.append(mention.place)
        position = mention.span.end
    return found


_REGION_KINDS = frozenset({PlaceKind.ADMIN1, PlaceKind.ADMIN2, PlaceKind.OTHER, PlaceKind.COUNTRY})
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“]|\n")


_NO_AREA_RULES = (":adjective", ":inner-name")


def _region_in_sentence(end: int, mentions: Sequence[PlaceMention], text: str) -> tuple[str, str | None] | None:
    """The country of the first region (a division or a country, not a place adjective) that the sentence names
    after the town, which ends at ``end``, within ``_AREA_REACH``, with the first-level division of that country
    named there: the town's when nothing joins them as a town and its area ("Vomar, the administrative centre of the
    Rushan district in the Gorno-Badakhshan region", "Komanda, a town in the Irumu territory of Congo's Ituri
    province")."""
    country: str | None = None
    for mention in sorted(mentions, key=lambda m: m.span.start):
        if mention.span.start < end:
            continue
        if mention.span.start - end > _AREA_REACH or _SENTENCE_END.search(text, end, mention.span.start):
            break
        place = mention.place
        if place is None or place.kind not in _REGION_KINDS or mention.provenance.rule.endswith(_NO_AREA_RULES):
            continue  # nor a region read inside an organisation's name ("the Jalisco New Generation Cartel")
        if across_a_border(mention.span, text):
            continue  # "about 20 km from the border with South Africa": the neighbour, not the town's country
        country = country or place.country
        if country is not None and place.country == country and place.kind in (PlaceKind.ADMIN1, PlaceKind.ADMIN2):
            return country, place.name if place.kind is PlaceKind.ADMIN1 else place.admin1
    return (country, None) if country else None


def _areas_before(
    candidate: ToponymCandidate, mentions: Sequence[PlaceMention], text: str
) -> list[tuple[ResolvedPlace, bool]]:
    """The place that qualifies the town's kind ("the southern Lebanese town of"), and whether the town is named as
    a part of it ("the Port-au-Prince suburb of")."""
    found = []
    for m in mentions:
        if m.place is None or m.place.kind not in _AREA_KINDS or m.span.end >= candidate.span.start:
            continue
        gap = _AREA_BEFORE.fullmatch(text, m.span.end, candidate.span.start)
        if gap is not None:
            found.append((m.place, gap.group("part") is not None))
    return found


# The kind of a route's end written before its name, with its adjectives: "the town of", "the northern city of".
_END_KIND = r"(?:(?:[a-z][a-z-]*\s+){0,2}(?:town|city|village|port)\s+of\s+)?"
# A route named by its ends: "on the highway between X and Y", "the road that links the towns of X and Y", "a convoy
# travelling from X to Y". Its ends only locate the event, which happened somewhere along it.
_ROUTE = re.compile(
    r"\b(?:(?:road|highway|route|motorway|expressway|railway|rail line|corridor|track|convoy|bus|train)s?"
    r"(?:\s+(?:that|which))?\s+(?:[a-z]+ing\s+|runs\s+|goes\s+)?"
    r"(?:between|linking|links|connecting|connects|joining|joins|from)"
    r"|travell?ing\s+from|on\s+its\s+way\s+from)\s+"
    rf"(?P<ends>[^.;:!?()\n]{{1,80}}?\s(?:and|to|with)\s+(?:the\s+)?{_END_KIND}"
    r"[A-Z][\w'’-]*(?:[ \t-]+[A-Z][\w'’-]*){0,3})"
    r"|\b(?:road|highway|route|motorway|expressway|track)\s+(?:(?:that\s+)?leads?\s+|leading\s+)?to\s+"
    rf"(?P<end>(?:the\s+)?{_END_KIND}[A-Z][\w'’-]*(?:[ \t-]+[A-Z][\w'’-]*){{0,3}})"
)


def route_ends(text: str) -> list[tuple[int, int]]:
    """The (start, end) of the ends of each route the text names by them ("on the highway between X and Y", "a
    convoy travelling from X to Y", "on the road to X"): the places named there locate the event along the route,
    and a place a following sentence names as where it happened ("near Z", "on the outskirts of Z") is more
    precise."""
    return [match.span("ends") if match.group("ends") else match.span("end") for match in _ROUTE.finditer(text)]
