"""Events: typed triggers assembled with their date, place, actors and casualties, ordered by salience.

Triggers of the same kind with compatible dates and places merge into one event with all their
evidence; a generic trigger ("the explosion", "the attack") joins the violent event reported just
before it. ``events[0]`` is the article's main event: the ACLED-typed event the lead reports.

Crime without a political actor (a shooting in a US city) is outside ACLED's scope: such an event
carries ``event_type`` and ``sub_event_type`` "none" and PLOVER "ASSAULT", so a reader of ACLED
labels sees "none", while its date, place and casualties are still reported. It comes first only
when no ACLED event is reported in the lead (the first sentences) or before it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from eventwire.lexicon.calendar_words import MONTHS, NUMBER_WORDS
from eventwire.lexicon.countries import country_name
from eventwire.lexicon.events import (
    AGREEMENT,
    BATTLES,
    CIVILIANS,
    CRIME,
    DISASTER_CUES,
    EXCESSIVE_FORCE,
    OTHER_VICTIM,
    PEACEFUL_PROTEST,
    PROTEST_INTERVENTION,
    PROTESTS,
    REMOTE,
    RIOTS,
    SPECIFICITY,
    TERRITORY_TRANSFER,
    TRIGGER_FAMILIES,
    VIOLENT_DEMONSTRATION,
)
from eventwire.lexicon.gazetteer import Gazetteer, distance_km
from eventwire.lexicon.plover import mode_of
from eventwire.model import (
    COUNTABLE_STATUSES,
    OUT_OF_SCOPE,
    Actor,
    CasualtyKind,
    CasualtyMention,
    DateMention,
    Event,
    EventKind,
    EventTrigger,
    Granularity,
    PartKind,
    PlaceKind,
    PlaceMention,
    Provenance,
    QuotedRegion,
    ResolvedDate,
    ResolvedPlace,
    Span,
)
from eventwire.pipeline import (
    CASUALTIES,
    DATES,
    EVENT_MENTIONS,
    EVENTS,
    PARSE,
    PLACE_MENTIONS,
    PLACES,
    QUOTATIONS,
    SENTENCES,
    STRUCTURE,
    Document,
    register,
)
from eventwire.resolve import actors
from eventwire.resolve.actor_coding import code_event_actors
from eventwire.resolve.date_attachment import date_rank, dates_a_later_happening, in_past_perfect
from eventwire.resolve.event_clauses import (
    STATEMENT_VERBS,
    dates_a_statement,
    dates_an_aftermath,
    dates_the_trigger,
    inside_any,
    named_as_destination,
    names_an_actor,
    places_an_aftermath,
    qualifies_a_town,
    reference_point,
    token_at,
)
from eventwire.resolve.event_context import (
    AFTERMATH_CONFIDENCE,
    CASUALTY_WINDOW,
    GUESSED_FROM_SHOT,
    HOME_COUNTRY,
    PUBLISHED_CONFIDENCE,
    TOWN_OR_COUNTY,
    UPDATE_RULES,
    ArticleDates,
    ArticlePlaces,
    DatedChoice,
    DatesOf,
    HomeRegion,
    PlacedChoice,
    SentenceIndex,
    choose_date,
    choose_place,
    count_casualties,
    holds,
    in_home_region,
    restated_place,
)
from eventwire.resolve.event_dateline import REGION_RULE, TOWN_KINDS, dateline_place, filed_by_a_bureau
from eventwire.resolve.event_status import (
    BACKGROUND,
    REPORTED,
    Status,
    earlier_times,
    of_an_earlier_year,
    sentence_context,
    tells_the_years_dead,
    trigger_status,
)
from eventwire.resolve.headline_events import headline_events
from eventwire.resolve.note_casualties import paired_dead, row_share, terse_toll, unnumbered_dead
from eventwire.resolve.note_events import note_trigger
from eventwire.resolve.note_places import (
    SHORT_NOTE_CHARS,
    area_of_unlisted,
    facility_town,
    named_as_an_origin,
    named_before_a_group,
    named_in_a_body,
    national_place,
    note_namesakes,
    place_beside_a_body,
    place_named_in_passing,
    place_named_unlisted,
    regional_seat,
    respelled_places,
    route_end_town,
    stretch_end_town,
    whole_names,
    without_institutions,
)
from eventwire.resolve.report_stamps import is_report_stamp
from eventwire.resolve.small_places import (
    TOWN_APPOSITION,
    across_a_border,
    after_an_unnamed_town,
    apposed_names,
    in_a_place_phrase,
    introduced_as_town,
    route_ends,
    town_appositions,
    unlocated_places,
)
from eventwire.resolve.us_county_towns import county_read_as_town, county_town, in_borough, in_named_county
from eventwire.resolve.us_hospital_towns import without_hospital_towns
from eventwire.resolve.us_police_towns import (
    district_of_police_city,
    force_county,
    in_phone_state,
    moves_to_force_county,
    moves_to_police_town,
    namesake_in_state,
    phone_state,
    police_town,
)
from eventwire.resolve.us_shooting_tolls import with_the_listed_dead
from eventwire.resolve.us_title_places import title_place, title_state
from eventwire.resolve.venues import venue_of, venues
from eventwire.resolve.wire_casualties import added_up, counts_people, injured_of_groups, lone_of_its_own_source

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

VERSION = "2"
# Reports too vague to type an event alone ("the explosion", "the attack"): they join the violent event
# reported before them, and take the type of a specific report that follows them closely.
GENERIC_RULES = frozenset({"explosion", "violence-unattributed", "strike"})
VIOLENT_TYPES = frozenset({BATTLES, REMOTE, CIVILIANS})
DATE_PREFIXES = (4, 7, 10)  # the lengths of a year, a month and a day ("2016", "2016-05", "2016-05-14")
# A riot told by its word alone ("Villagers riot after road death"): the riot a specific report close after it
# tells ("residents set fire to houses and fought with police") types it, mob violence or a violent demonstration.
BARE_RIOT_RULES = frozenset({"riot"})
GENERIC_REACH = 2  # sentences after a generic report ("the attack") in which a specific one can type it
LEAD_SENTENCES = 3  # an ACLED event this early outranks an out-of-scope one
SUBJECT_REACH = 1  # sentences after the opening one in which an earlier attack may be the article's subject
# Dependencies that put a word below the main clause: adverbial, relative and participle clauses, and the
# objects of prepositions ("after the attack", "despite the strikes").
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "pcomp", "pobj", "csubj"})
CASUALTY_VERBS = frozenset({"kill", "wound", "injure", "die", "hurt", "leave"})
# Prepositions that frame what the sentence tells inside an event: "In ongoing protests, cars were burnt".
FRAME_PREPOSITIONS = frozenset({"in", "during", "amid", "amidst"})
# A development this unspecific ("troops were deployed") leads its sentence only over events as deep as it.
UNSPECIFIC = 1
# Words of a sentence whose casualties were caused by violence, not an accident or a disaster; casualty rules
# that say so alone ("shot", "stabbed to death").
WOUNDING_WORDS = frozenset({"shot", "shoot", "shooting", "shootings", "gunshot", "gunshots", "gunfire", "gunman",
                            "gunmen", "stabbed", "stabbing", "bullet", "bullets", "murder", "murdered", "homicide",
                            "slain", "shooter", "gunpoint", "beaten"})  # fmt: skip
# Words of a mishap, besides the typing's disasters: casualties told with them are no violent incident.
MISHAP_WORDS = frozenset({"crashed", "crashes", "overturned", "drowning", "electrocuted", "illness", "cancer",
                          "overdose", "fell", "fall", "plunged", "vehicles", "traffic", "motorcycle", "car", "cars",
                          "driver", "tree"})  # fmt: skip
WOUNDING_RULES = frozenset({"shoot", "shoot-fatal", "stab", "stab-fatal", "struck", "verb-murder", "verb-slay"})
# Date expressions that name a calendar date: they mean the same inside a quotation as outside it.
CALENDAR_DATE_RULES = frozenset({"month_day", "day_month", "numeric", "month_year", "month", "spelled_year", "year",
                                 "decade", "century", "holiday", "quarter", "season"})  # fmt: skip


@dataclass
class _Draft:
    """An event being assembled: its triggers and the circumstances of the first one."""

    kind: EventKind
    triggers: list[EventTrigger]
    dated: DatedChoice
    placed: PlacedChoice
    status: Status = field(default_factory=lambda: Status(REPORTED))
    casualties: list[CasualtyMention] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)  # of its triggers, kept up to date by ``add``
    headline_placed: bool = False  # reported only in a headline so far: any place of the lead may join it
    period: ResolvedDate | None = None  # an earlier month or year its first report names (``_earlier_period``)

    def __post_init__(self) -> None:
        self.sentences.update(t.sentence_index for t in self.triggers)

    def add(self, trigger: EventTrigger) -> None:
        self.triggers.append(trigger)
        self.sentences.add(trigger.sentence_index)

    @property
    def countable(self) -> bool:
        """Whether the event happened in this report (or a party claims it did): not background, a total,
        denied or only feared."""
        return self.status.status in COUNTABLE_STATUSES

    @property
    def first_sentence(self) -> int:
        return self.triggers[0].sentence_index

    @property
    def generic(self) -> bool:
        return all(t.provenance.rule in GENERIC_RULES for t in self.triggers)

    @property
    def bare_riot(self) -> bool:
        return self.kind.event_type == RIOTS and all(t.provenance.rule in BARE_RIOT_RULES for t in self.triggers)


@register(
    EVENTS,
    version=VERSION,
    requires=(PARSE, SENTENCES, STRUCTURE, QUOTATIONS, EVENT_MENTIONS, CASUALTIES, DATES, PLACES, PLACE_MENTIONS),
)
def events(document: Document) -> tuple[Event, ...]:
    """The article's events, the main one first."""
    index = SentenceIndex(tuple(s.span.start for s in document.get(SENTENCES)) or (0,))
    published = document.article.published
    sentence_spans = [s.span for s in document.get(SENTENCES)]
    opening = _opening_sentence(sentence_spans, document)
    told_of_others = _told_of_others(sentence_spans, document.text, published, opening)
    triggers = document.get(EVENT_MENTIONS)
    if not any(t.kind.event_type in VIOLENT_TYPES | {OUT_OF_SCOPE} for t in triggers):
        triggers = _with_wounding(triggers, document, index, told_of_others)
    if not triggers and _dated_note(document) and _names_a_place(document):  # a note records one event, at a place
        triggers = note_trigger(document, VERSION, MISHAP_WORDS)
    if not triggers:  # a page whose text is furniture: its title may be the report
        return headline_events(document)
    # The dateline's town is where the reporter was: no candidate for an event's place (a region is not narrowed
    # to it for being the first town the article names); ``_at_dateline`` weighs it last. Its region stays one.
    # Its date ("RAIPUR, India, Sept 15 (Reuters) -") is the day the report was filed, as the publication's is.
    datelines = [part.span for part in document.get(STRUCTURE) if part.kind == PartKind.DATELINE]
    datable = _datable(document.get(DATES), document.get(QUOTATIONS), document.text)
    if published is not None:
        datable = [m for m in datable if not inside_any(m.span, datelines)]
    dates = ArticleDates.of(((index.of(m.span), m) for m in datable), published)
    every_place = without_hospital_towns(_with_unlocated(document, datelines), document.text)
    if not datelines:  # a report filed from a place is no note
        every_place = note_namesakes(every_place, document.text, document.resources.gazetteer)
        every_place = without_institutions(every_place, document.text)
        every_place = whole_names(every_place, document.text, document.resources.gazetteer)
    every_place = _without_destinations(every_place, document, datelines)
    # A neighbour named across a border ("in the Catatumbo region on the border with Venezuela") says where the
    # event is not: no candidate for its place, as the dateline's town is none.
    places = ArticlePlaces.of(
        (index.of(m.span), m)
        for m in every_place
        if not (_is_town(m) and inside_any(m.span, datelines)) and not across_a_border(m.span, document.text)
    )
    appositions = town_appositions(document.text)
    locating = frozenset(m.span for _, m in places.resolved if _inside_an_apposition(m.span, appositions))
    ends = route_ends(document.text)
    routes = frozenset(
        m.span for _, m in places.resolved if any(a <= m.span.start and m.span.end <= b for a, b in ends)
    )
    landmarks = locating | frozenset(
        m.span
        for _, m in places.resolved
        if (reference_point(document.doc, m.span) and not _described_as_town(m.span, appositions))
        or qualifies_a_town(document.doc, m.span)
        or (_is_country(m) and names_an_actor(document.doc, m.span))
        or (_is_town(m) and _home_town(m.span, document.text))
        or _seat_of_a_body(m.span, document.text)
        or (
            not datelines
            and (
                named_in_a_body(m, document.text)
                or named_before_a_group(m, document.text)
                or named_as_an_origin(m, document.text)
            )
        )
    )
    awaiting = frozenset(m.span for _, m in places.resolved if after_an_unnamed_town(m.span, document.text))
    drafts = _merge(triggers, dates, places, (landmarks, locating, awaiting, routes), document, opening)
    drafts = _protests_as_they_went(drafts, document)
    subject = _earlier_subject(drafts, opening, sentence_spans, document)
    figures = [(index.of(m.span), m) for m in document.get(CASUALTIES)]
    own = _own_clause_figures(figures, told_of_others - subject, sentence_spans, document, opening)
    _assign_casualties(drafts, figures, told_of_others - subject, own)
    unclaimed = _unclaimed(drafts, document.get(CASUALTIES), index, told_of_others - subject, own)
    _place_by_casualties(drafts, index, places, landmarks, locating)
    headline_parts = [part.span for part in document.get(STRUCTURE) if part.kind == PartKind.HEADLINE]
    ordered = _headline_first(
        _by_salience(drafts, document.doc), title_families(document.article.title), headline_parts
    )
    every_date = ArticleDates.of(((index.of(m.span), m) for m in document.get(DATES)), None)  # "last week" too
    _figures_of_the_incident(ordered, every_date, index, own)
    ordered[0].casualties = [m for m in ordered[0].casualties if not _told_as_earlier(m, document.doc)]
    _main_event_figures(ordered, every_date, index, document.doc, own, routes)
    _also_killed(ordered[0], ordered[1:], document.text)
    _both_sides_dead(ordered[0], document.text)
    _injured_groups(ordered[0], ordered[1:], document, sentence_spans, every_date, index, unclaimed, own)
    _without_the_death_it_followed(ordered[0], document.text)
    _without_the_deaths_protested(ordered, document)
    _without_the_dead_described(ordered[0], document)
    _headline_death(ordered[0], document.article.title)
    if _dated_note(document):
        _unnumbered_note_dead(ordered[0], document.text)
    restated = False  # the main event's route end or landmark restated as the town a next sentence names
    if ordered[0].countable:
        aftermath = frozenset(m.span for _, m in places.resolved if places_an_aftermath(document.doc, m.span))
        before = ordered[0].placed
        ordered[0].placed = restated_place(
            before, ordered[0].sentences, places, landmarks, routes, document.text, locating | aftermath
        )
        restated = ordered[0].placed is not before
    dateline = dateline_place(document.text, document.get(PLACES), document.resources.gazetteer, "events", VERSION)
    if dateline is not None and ordered[0].countable and not restated:  # the text told where on the route
        headline = frozenset(index.of(part.span) for part in document.get(STRUCTURE) if part.kind == PartKind.HEADLINE)
        ordered[0].placed = _at_dateline(
            ordered[0], dateline, index, every_place, _trusted_town(document), opening, headline
        )
    if ordered[0].countable:
        ordered[0].placed = _in_home_region(ordered[0], document, places, dateline)
        ordered[0].placed = _part_of_city(ordered[0].placed, document, dateline)
        ordered[0].placed = _us_place(ordered[0].placed, document)
        if not datelines:  # a report filed from a place is no note
            violent = ordered[0].kind.event_type in VIOLENT_TYPES | {OUT_OF_SCOPE}
            ordered[0].placed = _at_national_capital(ordered[0].placed, document, places, violent)
            ordered[0].placed = _at_stretch_end(ordered[0].placed, document)
            ordered[0].placed = _beside_a_body(ordered[0].placed, document)
            ordered[0].placed = _at_regional_seat(ordered[0].placed, document)
            ordered[0].placed = _at_area_of_unlisted(ordered[0].placed, document)
    _at_venues(ordered, every_place, sentence_spans, document, dateline)
    if (
        ordered[0].countable
        and published is not None
        and _borrowed_from_another(ordered[0], ordered[1:], dates, document)
    ):
        ordered[0].dated = DatedChoice(ResolvedDate(published.isoformat(), Granularity.DAY), None, PUBLISHED_CONFIDENCE)
    if ordered[0].countable and ordered[0].dated.span is None:
        ordered[0].dated = _overnight_before_a_statement(ordered[0], dates, document) or _dated_by_the_article(
            ordered[0], dates, document, ordered[1:]
        )
    _undated_background(ordered[1:])
    _undated_others(ordered, dates, document.article.published)
    headlines = tuple(part.span for part in document.get(STRUCTURE) if part.kind == PartKind.HEADLINE)
    built = [_event(d, document.text, headlines) for d in ordered]
    if ordered[0].countable and _dated_note(document):
        built[0] = _rows_share(built[0], ordered[0], document.text)
    if ordered[0].countable:
        # a headline read as a text of its own (resolve/headline_events.py) guesses no death its words do not count
        own_text = document.article.title == document.text
        built[0] = _with_headline_figures(built[0], document.article.title, guess_deaths=not own_text)
        lead = [s.span.text_of(document.text) for s in document.get(SENTENCES)]
        listing = None if _HEADLINE_TALLY.search(document.article.title or "") else document.article.title
        built[0] = with_the_listed_dead(built[0], listing, lead)
    return tuple(code_event_actors(e, document.text, published) for e in built)


def _at_venues(
    ordered: Sequence[_Draft],
    mentions: Sequence[PlaceMention],
    sentences: Sequence[Span],
    document: Document,
    dateline: PlaceMention | None,
) -> None:
    """An agreement is where it was signed or reached, when the article says so (``venues``). Else the dateline's
    town is its venue when the agreement is placed nowhere, only in the country of that town (the one it is about),
    or, by another sentence than its own, in another country (the region refugees fled to)."""
    agreements = [d for d in ordered if d.kind == AGREEMENT and d.countable]
    if not agreements:
        return
    quoted = [q.span for q in document.get(QUOTATIONS)]
    held = venues(document.doc, mentions, quoted, document.resources.gazetteer, document.article.published)
    for draft in agreements:
        own_sentences = [sentences[i] for i in sorted(draft.sentences) if i < len(sentences)]
        venue = venue_of(held, own_sentences)
        if venue is not None:
            draft.placed = PlacedChoice(venue.place, venue.span)
            continue
        place, town = draft.placed.place, dateline.place if dateline is not None else None
        span = draft.placed.span
        own = span is not None and any(s.start <= span.start < s.end for s in own_sentences)
        if town is None or dateline is None:
            continue
        in_its_country = place is not None and place.kind is PlaceKind.COUNTRY and place.country == town.country
        abroad = place is not None and not own and place.country != town.country
        if place is None or in_its_country or abroad:
            draft.placed = PlacedChoice(town, dateline.span)


def _described_as_town(span: Span, appositions: Sequence[tuple[int, int]]) -> bool:
    """Whether the text says right after a place what kind of place it is ("near X, a village on the road between Y
    and Z"): the writer names it as the place, not as a landmark."""
    return any(start == span.end for start, _ in appositions)


def _inside_an_apposition(span: Span, appositions: Sequence[tuple[int, int]]) -> bool:
    """Whether a place is named in an apposition that locates another ("X, a village near Y": Y locates X)."""
    return any(start < span.start and span.end <= end for start, end in appositions)


def _with_unlocated(document: Document, datelines: Sequence[Span]) -> list[PlaceMention]:
    """The article's places and the places it names that the gazetteer lacks ("in Kolowanga village"), by name, in
    the country the text's places lie in (the dateline's town says where the reporter was: "CAIRO -- ... the town
    of Um Rawaba in North Kordofan state" is no Egyptian town)."""
    mentions, gazetteer = document.get(PLACES), document.resources.gazetteer
    told = [m for m in mentions if not inside_any(m.span, datelines)]  # the dateline's country when alone
    candidates = [c for c in document.get(PLACE_MENTIONS) if not inside_any(c.span, datelines)]
    unlocated = unlocated_places(
        sorted([*candidates, *apposed_names(document.text, candidates)], key=lambda c: c.span.start),
        _with_dateline_town(mentions, document),
        document.text,
        lambda name: bool(gazetteer.lookup(name) or gazetteer.adjective(name)),
        told if any(m.place is not None and not m.provenance.rule.endswith(":adjective") for m in told) else None,
    )
    unlocated = respelled_places(unlocated, told, document.text, gazetteer)
    return sorted((*mentions, *unlocated), key=lambda m: m.span.start) if unlocated else list(mentions)


def _with_dateline_town(mentions: Sequence[PlaceMention], document: Document) -> list[PlaceMention]:
    """The places stage's mentions with the dateline's town when the parser did not read it as a place
    ("N'DJAMENA, April 11 (AFP) -"): the country of the reporter's town counts for a place the gazetteer lacks as
    it does when the places stage reads it."""
    town = dateline_place(document.text, mentions, document.resources.gazetteer, "events", VERSION)
    if town is None or any(m.span.start < town.span.end and town.span.start < m.span.end for m in mentions):
        return list(mentions)
    return sorted([*mentions, town], key=lambda m: m.span.start)


def _without_destinations(
    mentions: Sequence[PlaceMention], document: Document, datelines: Sequence[Span]
) -> list[PlaceMention]:
    """The mentions without the places named only as where people were moved to ("the wounded were flown to
    Lima", "residents fled to the town of Djibo", ``named_as_destination``), when the article names a place more
    local than a country otherwise; a name also named otherwise (not by the dateline) keeps its mentions."""
    marked = {id(m) for m in mentions if m.place is not None and named_as_destination(document.doc, m.span)}
    if not marked:
        return list(mentions)
    plain = [m for m in mentions if id(m) not in marked and m.place is not None and not inside_any(m.span, datelines)]
    if not any(m.place is not None and m.place.kind is not PlaceKind.COUNTRY for m in plain):
        return list(mentions)
    names = {m.place.name for m in plain if m.place is not None}
    return [m for m in mentions if id(m) not in marked or (m.place is not None and m.place.name in names)]


def _with_wounding(
    triggers: Sequence[EventTrigger], document: Document, index: SentenceIndex, told_of_others: frozenset[int]
) -> tuple[EventTrigger, ...]:
    """An article that reports no violent event in words the typing reads ("A gunman shot and wounded two
    people", "a shooting that injured four people" under a verb of calling, "Unknown group injure a boy") may
    still report the casualties of violence: the first figure that is not a total or background, in a sentence
    that tells no accident or disaster (or does tell a shooting), reports an incident outside ACLED's scope,
    with the figure as its word."""
    sentences = document.get(SENTENCES)
    for mention in document.get(CASUALTIES):
        at = index.of(mention.span)
        if at in told_of_others or at >= len(sentences):
            continue
        sentence = sentences[at].span
        words = set(_TITLE_WORD.findall(sentence.text_of(document.text).lower()))
        violent = words & WOUNDING_WORDS or mention.provenance.rule.removesuffix(OTHER_VICTIM) in WOUNDING_RULES
        if violent or not words & (DISASTER_CUES | MISHAP_WORDS):
            provenance = Provenance("events", VERSION, rule="casualty-of-violence", score=0.5)
            wounding = EventTrigger(mention.span, sentence, at, CRIME, provenance, family="violence")
            return tuple(sorted((*triggers, wounding), key=lambda t: t.span.start))
    return tuple(triggers)


def _is_town(mention: PlaceMention) -> bool:
    return mention.place is not None and mention.place.kind in TOWN_KINDS


# A town named as where a person is from: "a Martinsburg man", "a Ranson resident", "Jamal Turner, 31, of
# Martinsburg". Not a crowd of it ("Matola residents burnt tyres" there).
_PERSON_AFTER = re.compile(
    r"\s+(?:man|woman|teen|teenager|boy|girl|youth|resident|native|couple|mother|father|husband|wife|son|daughter)\b"
)
_AGE_OF_BEFORE = re.compile(r"\b\d{1,3},\s+(?:both\s+|all\s+)?of\s+$")


def _home_town(span: Span, text: str) -> bool:
    """Whether a town is named as a person's home ("a Martinsburg man was killed ... in Ranson"): a landmark of
    the event, which the other town its sentences name as specifically is preferred to (the victim's home is not
    where he was shot)."""
    return bool(_PERSON_AFTER.match(text, span.end) or _AGE_OF_BEFORE.search(text, max(0, span.start - 20), span.start))


_BASED_AFTER = re.compile(r"[-‐–][ \t]?based\b", re.IGNORECASE)


def _seat_of_a_body(span: Span, text: str) -> bool:
    """Whether a place is named as where a body sits ("according to a London-based rights group", "the Doha-based
    broadcaster"): a landmark of the source, not the event's place."""
    return _BASED_AFTER.match(text, span.end) is not None


def _is_country(mention: PlaceMention) -> bool:
    """ "US forces", "Kenyan troops": a country named for an actor (a town before a noun, "Chicago police", is
    most often the event's place too)."""
    return mention.place is not None and mention.place.kind.value == "country"


ARTICLE_DAY_CONFIDENCE = 0.6  # the article's first day, for a main event that names none near its reports
ANAPHORIC_RULES = frozenset({"same_day"})  # "that day", "the next day": counted from another happening, not from now


def _datable(mentions: Sequence[DateMention], quotations: Sequence[QuotedRegion], text: str) -> list[DateMention]:
    """Dates that can date an event: not a quotation's relative dates ("the day before", "today"), which count
    from when the quote was said, nor the page's stamps ("Posted: Friday, June 26, 2015 4:46 AM EDT")."""
    quoted = [q.span for q in quotations]
    return [
        m
        for m in mentions
        if (m.provenance.rule in CALENDAR_DATE_RULES or not inside_any(m.span, quoted))
        and not is_report_stamp(text, m.span)
    ]


def _aftermath_of(triggers: Sequence[EventTrigger], dates: ArticleDates, document: Document) -> DatesOf | None:
    """The dates of a violent happening's aftermath in its reports' sentences ("arrested Sunday after a shooting")."""
    violent = [t for t in triggers if t.kind.event_type in VIOLENT_TYPES | {OUT_OF_SCOPE}]
    if not violent:
        return None

    def aftermath(sentence: int) -> list[DateMention]:
        return [
            m
            for m in dates(sentence)
            if any(t.sentence_index == sentence and _after_it(document, m.span, t.span) for t in violent)
            and not dates_a_statement(document.doc, m.span)
        ]

    return aftermath


def _after_it(document: Document, date_span: Span, trigger_span: Span) -> bool:
    """A date of what followed the happening: its aftermath ("arrested Wednesday in the shooting") or a later
    happening it preceded ("died Wednesday after being shot")."""
    return dates_an_aftermath(document.doc, date_span, trigger_span) or dates_a_later_happening(
        document.doc, date_span, trigger_span
    )


def _for_triggers(triggers: Sequence[EventTrigger], dates: ArticleDates, document: Document) -> DatesOf:
    """The dates that may speak for the triggers: in a trigger's own sentence, only those whose clause holds it;
    never a statement's date, nor, for a violent happening, the date of its aftermath ("arrested Wednesday in the
    shooting")."""
    violent = [t for t in triggers if t.kind.event_type in VIOLENT_TYPES | {OUT_OF_SCOPE}]

    last = max(t.sentence_index for t in triggers)
    note = _dated_note(document)
    # "captured the town earlier this week ... the group said it had taken full control of the town on Monday": the
    # report's week told, a later day of that week in the past perfect is the event's own, not an earlier happening
    this_week = (
        _week_of(document.article.published)
        if any(_EARLIER_THIS_WEEK.search(t.sentence.text_of(document.text)) for t in triggers)
        else None
    )

    def usable(sentence: int) -> list[DateMention]:
        here = [t for t in violent if t.sentence_index == sentence]
        own = [t for t in triggers if t.sentence_index == sentence]
        found = [
            m
            for m in dates(sentence)
            if any(t.sentence_index != sentence or dates_the_trigger(document.doc, m.span, t.span) for t in triggers)
            and not dates_a_statement(document.doc, m.span)
            and not (violent and all(dates_an_aftermath(document.doc, m.span, t.span) for t in violent))
            and not (here and all(dates_a_later_happening(document.doc, m.span, t.span) for t in here))
            and not (sentence > last and in_past_perfect(document.doc, m.span) and not _in_week(m, this_week))
            and not (note and not own and _earlier_in_a_note(document, m))
        ]
        if own and len(found) > 1:  # the date tied closest to a report of the event first
            found.sort(key=lambda m: min(date_rank(document.doc, m.span, t.span) for t in own))
        return found

    return usable


_EARLIER_THIS_WEEK = re.compile(r"\bearlier this week\b", re.IGNORECASE)


def _week_of(published: date | None) -> tuple[str, str] | None:
    """The days from the Monday of the publication's week to the day before it, as ISO strings."""
    if published is None or published.weekday() == 0:
        return None
    monday = published - timedelta(days=published.weekday())
    return monday.isoformat(), (published - timedelta(days=1)).isoformat()


def _in_week(mention: DateMention, week: tuple[str, str] | None) -> bool:
    resolved = mention.resolved
    if week is None or resolved is None or resolved.granularity is not Granularity.DAY:
        return False
    return week[0] <= resolved.value[:10] <= week[1]


# "June 24", "on 1 June", "24/06": a day of the calendar, not "Monday" nor "11 p.m. Thursday"
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_CALENDAR_DAY = re.compile(rf"\d{{1,2}}\s*/\s*\d{{1,2}}|(?=.*\d)(?:.*\b(?:{_MONTH_WORDS})[a-z]*\b)", re.IGNORECASE)


def _earlier_in_a_note(document: Document, mention: DateMention) -> bool:
    """Whether a date of a note's sentence that reports none of the event tells an earlier happening: a day of
    the calendar ("a dispute that began on 10 June"), or any day told in the past perfect ("had removed him on
    Monday"); a weekday alone ("It happened late Monday") may still date the event."""
    text = document.text[mention.span.start : mention.span.end]
    return bool(_CALENDAR_DAY.search(text)) or in_past_perfect(document.doc, mention.span)


def _names_a_place(document: Document) -> bool:
    """Whether the text names a place: one the gazetteer resolved, or a name read as a toponym (not a lone
    capitalised adjective: "Close" on a page's button)."""
    return bool(document.get(PLACES)) or any(m.cue != "adjective" for m in document.get(PLACE_MENTIONS))


def _dated_note(document: Document) -> bool:
    """Whether the document is a dated short note (no title, ``SHORT_NOTE_CHARS`` at most: "Abala militia attack
    Tur. 5 killed on June 20."): it is dated by the day of its event, so a day of the calendar told by a sentence
    that reports none of the event ("police arrived to end a dispute that began on 10 June") is an earlier
    happening's, not the event's."""
    article = document.article
    return article.published is not None and not article.title and len(document.text) <= SHORT_NOTE_CHARS


def _dated_by_the_article(
    draft: _Draft, dates: ArticleDates, document: Document, others: Sequence[_Draft] = ()
) -> DatedChoice:
    """A main event whose reports name no day near them ("A house party ended in gunfire, leaving one dead")
    is dated by the article's first day that tells no statement nor aftermath ("Officers were called to the
    house around 11 p.m. Thursday"): a report of one happening tells its day somewhere, nearer than the
    publication. Not a day that dates another happening in its own sentence (the background "The war began
    with an attack on Oct. 7, 2023", "since a bomber killed 100 at a mosque on Jan. 30, 2023"). Else the
    publication day, as before."""
    usable = _for_triggers(draft.triggers, dates, document)
    for sentence in sorted(dates.by_sentence):
        days = [
            m
            for m in usable(sentence)
            if m.resolved
            and m.resolved.granularity is Granularity.DAY
            and m.provenance.rule not in ANAPHORIC_RULES
            and not (draft.kind.in_acled_scope and _of_an_earlier_happening(m, sentence, others, document))
        ]
        if days:
            return DatedChoice(days[0].resolved, days[0].span, ARTICLE_DAY_CONFIDENCE)
    return draft.dated


_OVERNIGHT = re.compile(r"\bovernight\b", re.IGNORECASE)


def _overnight_before_a_statement(draft: _Draft, dates: ArticleDates, document: Document) -> DatedChoice | None:
    """An event told "overnight" in the sentence whose only day is its statement's ("Hooded men set fire to nine
    trucks overnight ..., police said on Wednesday", published on Thursday): the night that ended the morning of the
    statement, dated by it, not by the publication."""
    first = draft.triggers[0]
    if not _OVERNIGHT.search(first.sentence.text_of(document.text)):
        return None
    said = [
        m
        for m in dates(first.sentence_index)
        if m.resolved is not None
        and m.resolved.granularity is Granularity.DAY
        and m.provenance.rule == "weekday"
        and dates_a_statement(document.doc, m.span)
    ]
    return DatedChoice(said[0].resolved, said[0].span, ARTICLE_DAY_CONFIDENCE) if len(said) == 1 else None


NEWS_DAYS = 7  # a lead that names no day of its event reports what happened within the week (a weekday's reach)


def _of_an_earlier_happening(mention: DateMention, sentence: int, others: Sequence[_Draft], document: Document) -> bool:
    """Whether a day told in a sentence that holds none of an event's reports dates another event's report there
    and lies more than a week before the publication ("The war began with the attack on Oct. 7, 2023"; "since a
    bomber killed 100 at a mosque on Jan. 30, 2023"): an earlier happening's day, not the event's. (A report split
    into two events of one happening is told within the week, by a weekday.) Only among ACLED events: a crime's
    reports ("charged with murder", "what happened on June 7 when he shot") most often tell the same happening."""
    published, resolved = document.article.published, mention.resolved
    if published is None or resolved is None or resolved.granularity is not Granularity.DAY:
        return False
    if resolved.value >= (published - timedelta(NEWS_DAYS)).isoformat():
        return False
    return any(
        t.sentence_index == sentence and dates_the_trigger(document.doc, mention.span, t.span)
        for other in others
        if other.kind.in_acled_scope
        for t in other.triggers
    )


def _borrowed_from_another(draft: _Draft, others: Sequence[_Draft], dates: ArticleDates, document: Document) -> bool:
    """Whether the event's day was borrowed from a sentence near its reports that holds none of them and is an
    earlier happening's ("Gunmen attacked a camp overnight, killing seven. ... The insurgency drew attention after
    the kidnapping of 276 schoolgirls on April 14, 2014"): then the event goes back to the publication day, and
    ``_dated_by_the_article`` may find a day of its own."""
    span = draft.dated.span
    if span is None or draft.dated.confidence >= 1.0 or not draft.kind.in_acled_scope:
        return False
    for sentence, mentions in dates.by_sentence.items():
        for mention in mentions:
            if mention.span == span:
                return sentence not in draft.sentences and _of_an_earlier_happening(mention, sentence, others, document)
    return False


# ---------------------------------------------------------------- merging


def _merge(
    triggers: Sequence[EventTrigger],
    dates: ArticleDates,
    places: ArticlePlaces,
    named_to_locate: tuple[frozenset[Span], frozenset[Span], frozenset[Span], frozenset[Span]],
    document: Document,
    opening: int | None,
) -> list[_Draft]:
    # landmarks, the places named only to locate another, areas named as where an unnamed village lies, and the
    # places named as a route's ends
    landmarks, locating, awaiting, routes = named_to_locate
    drafts: list[_Draft] = []
    pools = {True: _Pool(), False: _Pool()}  # events that happened (or are claimed) join only each other
    crime_last = sorted(triggers, key=lambda t: not t.kind.in_acled_scope)  # crime may join an event in its sentence
    published = document.article.published
    # A headline in the text names the event tersely ("attack on Amazon village"): the lead that reports it again
    # places it ("the community of Palimiu, in the state of Roraima"). A headline's place is weighed as a landmark
    # (a place of the lead as specific wins), and a report of the same kind and time joins it in its country.
    headlines = [part.span for part in document.get(STRUCTURE) if part.kind == PartKind.HEADLINE]
    for trigger in crime_last:
        dated = choose_date(
            [trigger.sentence_index],
            _for_triggers([trigger], dates, document),
            published,
            _aftermath_of([trigger], dates, document),
        )
        placed = choose_place([trigger.sentence_index], places, landmarks, locating, awaiting)
        in_headline = trigger.kind.in_acled_scope and inside_any(trigger.span, headlines)  # a crime: see _joinable
        if in_headline:
            placed = replace(placed, reference=True)
        opens = trigger.sentence_index == opening
        status = trigger_status(document.doc, trigger.span, trigger.sentence, published, opening=opens)
        pool = pools[status.status in COUNTABLE_STATUSES]
        period = _earlier_period(trigger, dated, dates, document)
        draft = _joinable(pool, trigger, dated, placed, period)
        if draft is None:
            draft = _Draft(trigger.kind, [trigger], dated, placed, status, headline_placed=in_headline, period=period)
            drafts.append(draft)
            pool.add(draft)
            continue
        if status.claimant is not None and draft.status.claimant is None:
            draft.status = status
        if draft.generic and trigger.provenance.rule not in GENERIC_RULES:
            pool.retype(draft, trigger.kind)  # "the attack ... with grenades": the specific report types the event
        elif draft.bare_riot and trigger.kind.event_type == RIOTS and trigger.provenance.rule not in BARE_RIOT_RULES:
            pool.retype(draft, trigger.kind)  # "villagers riot" ... "set fire to houses": the mob's violence
        draft.add(trigger)
        pool.reported_in(draft, trigger.sentence_index)
        draft.placed = _more_specific(draft.placed, placed, routes)
        draft.headline_placed = draft.headline_placed and in_headline
    for draft in drafts:
        if draft.dated.span is None or draft.dated.confidence <= AFTERMATH_CONFIDENCE:
            # no date of the happening near the first report: one near a later report of the event
            usable = _for_triggers(draft.triggers, dates, document)
            aftermath = _aftermath_of(draft.triggers, dates, document)
            draft.dated = choose_date(sorted(draft.sentences), usable, published, aftermath)
    return drafts


# How a demonstration went, mildest first: ACLED codes one by the most severe turn its report tells.
PROTEST_TURNS = (PEACEFUL_PROTEST, PROTEST_INTERVENTION, EXCESSIVE_FORCE, VIOLENT_DEMONSTRATION)
PROTEST_TURN_REACH = 2  # sentences after a demonstration's first report that may tell how it went
# Forces dispersing a crowd, told without a trigger of their own: "Police fired tear gas to disperse them".
_DISPERSED = re.compile(
    r"\b(?:tear ?gas|teargas|water cannons?|rubber bullets|pepper spray|stun grenades|batons?|to disperse|"
    r"dispersed (?:the|them|protesters|demonstrators|crowds?))\b",
    re.IGNORECASE,
)
_FORCES = re.compile(r"\b(?:police|policemen|officers|troops|soldiers|security forces|gendarmes?|army)\b", re.I)


def _protests_as_they_went(drafts: list[_Draft], document: Document) -> list[_Draft]:
    """A demonstration told as peaceful, then as dispersed or turned violent in its own sentence or the next
    ("Hundreds marched on the ministry. Police fired tear gas to disperse them"; "Protesters later threw stones
    at passing cars"): one demonstration of the most severe turn told, which takes the later reports' triggers."""
    sentences = document.get(SENTENCES)
    kept = list(drafts)
    for draft in drafts:
        if draft.kind != PEACEFUL_PROTEST or not draft.countable or all(d is not draft for d in kept):
            continue
        window = {draft.first_sentence + n for n in range(PROTEST_TURN_REACH + 1)}
        turns = [
            d
            for d in kept
            if d is not draft
            and d.countable
            and d.kind in PROTEST_TURNS[1:]
            and d.first_sentence in window
            and _compatible(draft, d.dated, d.placed)
            and not _its_cause(d, draft, document.doc)
        ]
        for turn in turns:
            for trigger in turn.triggers:
                draft.add(trigger)
            kept = [d for d in kept if d is not turn]
        kinds = [PROTEST_TURNS.index(d.kind) for d in turns]
        told = [sentences[i].span.text_of(document.text) for i in sorted(window) if i < len(sentences)]
        if not kinds and any(_dispersed(sentence) for sentence in told):
            kinds = [PROTEST_TURNS.index(PROTEST_INTERVENTION)]
        if kinds:
            draft.kind = PROTEST_TURNS[max(kinds)]
    return kept


def _its_cause(turn: _Draft, protest: _Draft, doc: Doc | None) -> bool:
    """A turn told in the protest's sentence below its main clause ("protests ... following two police
    shootings"): what the protest is about, not how it went."""
    own = [t for t in turn.triggers if t.sentence_index == protest.first_sentence]
    return bool(own) and all(_clause_depth(doc, t.span) > 0 for t in own)


def _dispersed(sentence: str) -> bool:
    return bool(_DISPERSED.search(sentence) and _FORCES.search(sentence))


def _earlier_period(
    trigger: EventTrigger, dated: DatedChoice, dates: ArticleDates, document: Document
) -> ResolvedDate | None:
    """For an ACLED event dated by no day of its own sentence, a month or a year that dates the trigger there, in a
    sentence that names no day, earlier than the publication and than the day it was dated by ("In February, a
    suicide bombing in X killed five"): the report tells an earlier attack, not a report of the main event."""
    published = document.article.published
    if published is None or dated.confidence >= 1.0 or not trigger.kind.in_acled_scope:
        return None
    if any(m.resolved is not None and m.resolved.granularity is Granularity.DAY for m in dates(trigger.sentence_index)):
        return None  # a day the sentence names, though not of this trigger ("raids late on Sunday ... last month")
    day = published.isoformat()
    for mention in _for_triggers([trigger], dates, document)(trigger.sentence_index):
        resolved = mention.resolved
        if resolved is None or resolved.granularity is Granularity.DAY or len(resolved.value) not in DATE_PREFIXES:
            continue
        if resolved.value < day and not day.startswith(resolved.value) and not _within(dated.date, resolved):
            return resolved
    return None


def _within(day: ResolvedDate | None, period: ResolvedDate) -> bool:
    """Whether a date may lie in ``period``."""
    return day is None or day.value.startswith(period.value) or period.value.startswith(day.value)


def _draft_within(draft: _Draft, period: ResolvedDate) -> bool:
    """Whether an event may have happened in ``period``: by its own earlier period, else by its date."""
    return _within(draft.period or draft.dated.date, period)


class _Pool:
    """The events assembled so far that a trigger may join, indexed so that finding one costs a few lookups
    (by kind, by sentence, and the violent events by the sentence of their first report), not a pass over
    every event: an article of thousands of reports is merged in n log n."""

    def __init__(self) -> None:
        self._order: dict[int, int] = {}
        self.by_kind: dict[EventKind, list[_Draft]] = {}
        # By kind: events with a date of their own under that date and "<" each coarser date that holds it;
        # the others (no date, or one not read in their own sentence) apart.
        self._own_dated: dict[EventKind, dict[str, list[_Draft]]] = {}
        self._loosely_dated: dict[EventKind, list[_Draft]] = {}
        self._by_sentence: dict[int, list[_Draft]] = {}
        # Violent events in the order they were made, in runs whose first sentences do not decrease.
        self._violent_runs: list[tuple[list[int], list[_Draft]]] = []

    def add(self, draft: _Draft) -> None:
        self._order[id(draft)] = len(self._order)
        self.by_kind.setdefault(draft.kind, []).append(draft)
        self._index_date(draft)
        self.reported_in(draft, draft.first_sentence)
        if draft.kind.event_type in VIOLENT_TYPES | {OUT_OF_SCOPE}:
            runs = self._violent_runs
            if not runs or draft.first_sentence < runs[-1][0][-1]:
                runs.append(([], []))
            runs[-1][0].append(draft.first_sentence)
            runs[-1][1].append(draft)

    def same_kind(self, kind: EventKind, dated: DatedChoice) -> list[_Draft]:
        """The events of ``kind`` whose dates may agree with ``dated``, in the order they were made: for a date
        read in the report's own sentence, those without one of their own and those whose own date is the same
        day, month or year or holds it (the others cannot be compatible)."""
        drafts = self.by_kind.get(kind, [])
        value = dated.date.value if dated.date is not None and dated.confidence >= 1.0 else None
        if value is None or len(value) not in DATE_PREFIXES:
            return drafts
        own = self._own_dated.get(kind, {})
        found = {id(d): d for d in self._loosely_dated.get(kind, ())}
        for key in (*(value[:n] for n in DATE_PREFIXES if n <= len(value)), f"<{value}"):
            found.update((id(d), d) for d in own.get(key, ()))
        return sorted(found.values(), key=lambda d: self._order[id(d)])

    def _index_date(self, draft: _Draft) -> None:
        value = draft.dated.date.value if draft.dated.date is not None and draft.dated.confidence >= 1.0 else None
        if value is None or len(value) not in DATE_PREFIXES:
            self._loosely_dated.setdefault(draft.kind, []).append(draft)
            return
        own = self._own_dated.setdefault(draft.kind, {})
        own.setdefault(value, []).append(draft)  # its date: a report of a day within it, or of the same day
        for n in DATE_PREFIXES:
            if n < len(value):
                own.setdefault(f"<{value[:n]}", []).append(draft)  # a report of a coarser date that holds it

    def reported_in(self, draft: _Draft, sentence: int) -> None:
        drafts = self._by_sentence.setdefault(sentence, [])
        if all(d is not draft for d in drafts):
            drafts.append(draft)

    def retype(self, draft: _Draft, kind: EventKind) -> None:
        if kind == draft.kind:
            return
        self.by_kind[draft.kind] = [d for d in self.by_kind[draft.kind] if d is not draft]
        self._loosely_dated[draft.kind] = [d for d in self._loosely_dated.get(draft.kind, []) if d is not draft]
        for key, drafts in self._own_dated.get(draft.kind, {}).items():
            self._own_dated[draft.kind][key] = [d for d in drafts if d is not draft]
        same = self.by_kind.setdefault(kind, [])
        same.append(draft)
        same.sort(key=lambda d: self._order[id(d)])
        draft.kind = kind
        self._index_date(draft)

    def last_violent_from(self, sentence: int) -> _Draft | None:
        """The violent event made last whose first report is at or before ``sentence``."""
        for firsts, drafts in reversed(self._violent_runs):
            at = bisect_right(firsts, sentence) - 1
            if at >= 0:
                return drafts[at]
        return None

    def last_in_scope_at(self, sentence: int) -> _Draft | None:
        """The violent ACLED event made last with a report in ``sentence``."""
        violent = VIOLENT_TYPES | {OUT_OF_SCOPE}
        drafts = [
            d for d in self._by_sentence.get(sentence, ()) if d.kind.in_acled_scope and d.kind.event_type in violent
        ]
        return max(drafts, key=lambda d: self._order[id(d)]) if drafts else None


def _joinable(
    pool: _Pool, trigger: EventTrigger, dated: DatedChoice, placed: PlacedChoice, period: ResolvedDate | None = None
) -> _Draft | None:
    """The event a trigger reports again: the same kind at a compatible time and place, or for a vague
    report the violent event just before it; within ``period`` (an earlier month or year) when one is given."""
    # Reports of a crime name many places (the victim's home town, the hospital); its date decides.
    where = placed if trigger.kind.in_acled_scope else PlacedChoice(None, None)
    for draft in pool.same_kind(trigger.kind, dated):
        if _compatible(draft, dated, where) and (period is None or _draft_within(draft, period)):
            return draft
    riot = _bare_riot_before(pool, trigger, dated, placed) if period is None else None
    if riot is not None:
        return riot
    violent = VIOLENT_TYPES | {OUT_OF_SCOPE}
    last = pool.last_violent_from(trigger.sentence_index)
    if trigger.kind.event_type not in violent or last is None:
        return None
    if period is not None and not _draft_within(last, period):
        return None
    if not _compatible(last, dated, PlacedChoice(None, None)):
        return None
    if not trigger.kind.in_acled_scope:
        return pool.last_in_scope_at(trigger.sentence_index)  # "five were killed in the attack"
    if trigger.provenance.rule in GENERIC_RULES:
        return last  # "the explosions", "the attack": the event just reported, wherever the sentence goes on
    if last.generic and trigger.sentence_index - last.first_sentence <= GENERIC_REACH:
        return last
    return None


def _bare_riot_before(pool: _Pool, trigger: EventTrigger, dated: DatedChoice, placed: PlacedChoice) -> _Draft | None:
    """A riot told by its word alone just before a specific report of a riot of another sub-type, which joins it."""
    if trigger.kind.event_type != RIOTS or trigger.provenance.rule in BARE_RIOT_RULES:
        return None
    for draft in reversed(pool.by_kind.get(VIOLENT_DEMONSTRATION, ())):  # made in text order: the nearest first
        if trigger.sentence_index - draft.first_sentence > GENERIC_REACH:
            return None
        close = draft.first_sentence <= trigger.sentence_index
        if draft.bare_riot and close and _compatible(draft, dated, placed):
            return draft
    return None


def _compatible(draft: _Draft, dated: DatedChoice, placed: PlacedChoice) -> bool:
    """Dates read in the reports' own sentences must agree, and places must not be apart."""
    a, b = draft.dated.date, dated.date
    own_dates = draft.dated.confidence >= 1.0 and dated.confidence >= 1.0
    if (
        a is not None
        and b is not None
        and own_dates
        and not (a.value.startswith(b.value) or b.value.startswith(a.value))
    ):
        return False
    if draft.headline_placed and draft.placed.place is not None and placed.place is not None:
        return draft.placed.place.country == placed.place.country  # the headline's place is the lead's, tersely
    return _places_compatible(draft.placed, placed)


def _places_compatible(a: PlacedChoice, b: PlacedChoice) -> bool:
    pa, pb = a.place, b.place
    if pa is None or pb is None:
        return True
    if pa.country and pb.country and pa.country != pb.country:
        return False
    if _unplaced(pa) or _unplaced(pb):
        return True  # a place the gazetteer lacks, in no known division ("Milihoi, a village ..."): not apart
    names_a = {pa.name, pa.city, pa.admin1, pa.admin2} - {None}
    names_b = {pb.name, pb.city, pb.admin1, pb.admin2} - {None}
    return bool(names_a & names_b) or pa.kind.value == "country" or pb.kind.value == "country"


def _in_area_of(village: ResolvedPlace, other: ResolvedPlace) -> ResolvedPlace:
    """A place without country or division in the country and divisions of another place of its event (``other``:
    the district the lead names, or a town of it)."""
    admin1 = other.name if other.kind is PlaceKind.ADMIN1 else other.admin1
    admin2 = other.name if other.kind is PlaceKind.ADMIN2 else other.admin2
    return replace(village, country=other.country, admin1=admin1, admin2=admin2)


def _outside_the_area(town: ResolvedPlace | None, area: ResolvedPlace | None) -> bool:
    """Whether a town the gazetteer places lies outside a district or province (``holds``); of a town it lacks, with
    no division known ("El Aguaje, a farming community in the municipality of X"), nothing says so."""
    if town is None or area is None or town.kind not in TOWN_KINDS or town.admin1 is None or town.at_area:
        return False
    return area.kind in (PlaceKind.ADMIN1, PlaceKind.ADMIN2) and not holds(area, town)


def _unplaced(place: ResolvedPlace) -> bool:
    """A town the text names that the gazetteer lacks, with no point and no division (``unlocated_places``)."""
    return place.kind in TOWN_KINDS and place.lat is None and place.admin1 is None


def _more_specific(current: PlacedChoice, new: PlacedChoice, routes: frozenset[Span] = frozenset()) -> PlacedChoice:
    """The more specific of two places of one event. The same place named again stays at the mention the event's
    own report makes of it ("fighting near X ..." and "an official in X said"), named there as more than a landmark
    when the other mention names it so. A town named as a route's end (``routes``: "at a checkpoint on the road to
    X") that lies outside the district or province the other report names is where the road goes, not where the
    event was: the area stays."""
    if current.place is None:
        return new
    if new.place is None:
        return current
    for end, area in ((new, current), (current, new)):
        if end.span in routes and _outside_the_area(end.place, area.place):
            return area
    if new.place == current.place:
        return replace(current, reference=current.reference and new.reference)
    better, other = (new, current) if new.rank < current.rank else (current, new)
    if (
        better.place is not None
        and other.place is not None
        and not other.reference  # a landmark ("weapons from Iran") says where from, not where the village lies
        and better.place.country is None
        and _unplaced(better.place)
    ):
        # a village the gazetteer lacks, reported of the same event as a place in a district: in that district
        return replace(better, place=_in_area_of(better.place, other.place))
    return better


def _place_by_casualties(
    drafts: list[_Draft],
    index: SentenceIndex,
    places: ArticlePlaces,
    landmarks: frozenset[Span],
    locating: frozenset[Span] = frozenset(),
) -> None:
    """A place named with the event's casualties ("Bucha, where dozens of bodies were found") is the event's
    when it is more specific than the one its reports name, or they name the place only as a landmark."""
    for draft in drafts:
        extra = {index.of(m.span) for m in draft.casualties} - draft.sentences
        named = places.within(extra)
        if draft.kind.in_acled_scope and named.resolved:
            draft.placed = _more_specific(draft.placed, choose_place(sorted(extra), named, landmarks, locating))


def _at_dateline(
    draft: _Draft,
    dateline: PlaceMention,
    index: SentenceIndex,
    places: Sequence[PlaceMention],
    trusted_town: Callable[..., bool],
    opening: int | None = None,
    headline: frozenset[int] = frozenset(),
) -> PlacedChoice:
    """The dateline is where the reporter was: the main event is placed there when its reports name no place,
    a region the dateline's town lies in ("SALEM, Mass. -- ... in Essex County" is Salem), or a town of another
    region that nothing else in the article supports and whose name has towns in other regions of its country
    too (a name the gazetteer may have misread: "Springfield"). A region its own sentences name that does not
    hold the dateline's town ("KABUL -- ... in the province of Uruzgan"), a town of its own sentences whose
    country or region the article names elsewhere ("MOSCOW -- Turkish and Russian envoys met in Antalya"), and a
    town of its own sentences that the text names with its kind or that is the only town of its name in the
    country whose capital the dateline is ("KYIV -- ... in the city of Kharkiv", ``trusted_town``) are the
    event's. So is a place inside an area its own sentences name that does not hold the dateline's town ("ISLAMABAD
    -- a bombing at a mosque in Afghanistan's Baghlan province ... in Pul-e-Khumri"): the dateline is the last
    resort, for a place the text does not tie to the event. The lead's sentence (``opening``) ties its place to an
    event first told after it ("Police fired tear gas to break up a blockade on Route 7 near X. Nine protesters
    were hurt ... by stones") or told before it only in the headline (``headline``, its sentences), as the event's
    own sentences do."""
    current, town = draft.placed, dateline.place
    if current.place is None or town is None:
        return PlacedChoice(town, dateline.span) if current.place is None else current
    place = current.place
    areas = [
        (m.place, m.span)
        for m in places
        if m.place is not None and m.place.kind in AREA_KINDS and not m.provenance.rule.endswith(":adjective")
    ]
    if any(
        index.of(span) in draft.sentences and _contains(area, place) and not _contains(area, town)
        for area, span in areas
    ):
        return current
    qualified = dateline.provenance.rule == REGION_RULE or _region_named(town, places)
    if town.name == place.name and town.admin1 != place.admin1 and qualified:
        return PlacedChoice(town, current.span)  # "MADISON, N.C. -- ... in Madison": the dateline says which one
    if town.name in (place.name, place.city):
        return current
    at = index.of(current.span) if current.span is not None else None
    # the lead's sentence is the event's when the event is told first after it or only in the headline before it
    own_sentence = at is not None and (
        at in draft.sentences or (at == opening and all(s in headline for s in draft.sentences if s < at))
    )
    if place.kind in TOWN_KINDS:
        same_region = place.admin1 == town.admin1 and place.country == town.country
        supported = own_sentence and _supported_elsewhere(place, current.span, town, places)
        # A lead that places the event only in a country or region ("in southwestern Colombia") is narrowed to the
        # town a later sentence names in it: the event's when the text names it with its kind or as a place the
        # gazetteer lacks ("in the rural area of El Plateado"), not a bare name.
        narrowed = not own_sentence and any(
            index.of(span) in draft.sentences and _contains(area, place) for area, span in areas
        )
        trusted = any(
            m.span == current.span and trusted_town(m, town, by_kind_only=not own_sentence) for m in places
        ) and (own_sentence or narrowed)
        return current if (own_sentence and same_region) or supported or trusted else PlacedChoice(town, dateline.span)
    if own_sentence and place.kind is PlaceKind.ADMIN1 and not _contains(place, town):
        return current
    if own_sentence and place.kind is PlaceKind.ADMIN2 and not (_contains(place, town) and holds(place, town)):
        return current  # a district holds a town whose own district the gazetteer lacks only if it lies near it
    if own_sentence and place.kind is PlaceKind.OTHER and place.country is not None and not holds(place, town):
        return current  # "BAGHDAD -- ... in Iraq's Kurdistan region": a region far from the dateline, or abroad
    return PlacedChoice(town, dateline.span)


AREA_KINDS = frozenset({PlaceKind.COUNTRY, PlaceKind.ADMIN1, PlaceKind.ADMIN2})


def _in_home_region(
    draft: _Draft, document: Document, places: ArticlePlaces, dateline: PlaceMention | None
) -> PlacedChoice:
    """The main event's town or county inside the region the article is about (``event_context.in_home_region``),
    the dateline's town counted with the article's places."""
    mentions = [m for m in document.get(PLACES) if dateline is None or m.span != dateline.span]
    headlines = [part.span for part in document.get(STRUCTURE) if part.kind == PartKind.HEADLINE]
    namesakes = document.resources.gazetteer.every_tier

    def ambiguous(name: str) -> bool:
        """Whether towns or counties of several US states bear the name ("Monroe", "Bristol", "Springfield")."""
        found = namesakes(name.title() if name.isupper() else name)
        states = {p.admin1 for p in found if p.kind in TOWN_OR_COUNTY and p.country == HOME_COUNTRY}
        return len(states) > 1

    home = HomeRegion.of(mentions, headlines, document.article.title, dateline)
    guessed = home is None
    if guessed:  # no clear region: the names that several states have may have tipped the balance
        home = HomeRegion.of(mentions, headlines, document.article.title, dateline, ambiguous)
    if home is None:
        return draft.placed
    by_start = {m.span.start: m for m in document.get(PLACES)}
    text = document.text

    def qualified(span: Span) -> bool:
        """Whether the text names the place's state or country right after it ("Franklin, Maine")."""
        gap = len(text) - len(text[span.end :].lstrip(", "))
        following = by_start.get(gap)
        return following is not None and following.place is not None and following.place.kind in QUALIFIER_KINDS

    at_dateline = dateline.span if dateline is not None else None
    chosen = in_home_region(draft.placed, draft.sentences, places, home, namesakes, qualified, at_dateline)
    current = draft.placed.place
    if guessed and (chosen.place is None or current is None or chosen.place.name != current.name):
        return draft.placed  # a region found only without those names moves the town only to its namesake there
    return chosen


def _us_place(choice: PlacedChoice, document: Document) -> PlacedChoice:
    """A US report's main event at its police's town or county, or its headline's place; a county narrowed to
    the town of it the text names; a town moved to its namesake in a county the text names, or in the state of
    its telephone numbers (``us_police_towns``, ``us_title_places``, ``us_county_towns``)."""
    choice = _at_police_town(choice, document)
    if choice.place is None:
        return choice
    gazetteer = document.resources.gazetteer
    others = [m.place for m in document.get(PLACES) if m.place is not None]
    read = county_read_as_town(choice.place, choice.span, document.text, others, gazetteer) or choice.place
    dateline = next((p.place for p in document.get(STRUCTURE) if p.kind == PartKind.DATELINE), None)
    town = county_town(read, document.text, gazetteer, dateline)
    place, span = town if town is not None else (read, choice.span)
    place = in_named_county(place, document.text, gazetteer) or place
    place = in_phone_state(place, document.text, gazetteer) or place
    written = document.text[span.start : span.end] if span is not None else place.name
    place = _in_report_state(place, written, document) or place
    place = in_borough(place) or place
    return PlacedChoice(place, span) if place is not choice.place else choice


def _in_report_state(place: ResolvedPlace, written: str, document: Document) -> ResolvedPlace | None:
    """The event's town in the state of the text's telephone numbers, else in the state the headline or its site
    name names (``us_police_towns.phone_state``, ``us_title_places.title_state``), when the text does not name
    the state the place lies in: its namesake there ("Charleston" under "... - WOWK 13 Charleston, Huntington WV
    News" is Charleston, West Virginia; "North Philadelphia", read as Amman, with a tip line on 215 is
    Philadelphia); else, for a town, the town the headline names in that state ("Police investigating murder -
    Cleveland 19 News Cleveland, OH" over a text whose only town is a car's make, "a Lincoln SUV"); else, for a
    town abroad (a namesake the gazetteer lacks in that state: "Berlin police" under "... - WFSB 3 Connecticut"),
    the town at the state's point."""
    if place.kind not in (*TOWN_KINDS, PlaceKind.ADMIN2):
        return None
    if place.country == HOME_COUNTRY and place.admin1 in _named_states(document):
        return None
    gazetteer = document.resources.gazetteer
    states = (phone_state(document.text), title_state(document.article.title, gazetteer))
    for state in dict.fromkeys(s for s in states if s is not None and s != place.admin1):
        moved = _in_state(place, written, state, document)
        if moved is not None:
            return moved
    return None


def _named_states(document: Document) -> set[str]:
    """The states (first-level divisions) the text names."""
    return {m.place.name for m in document.get(PLACES) if m.place is not None and m.place.kind is PlaceKind.ADMIN1}


def _in_state(place: ResolvedPlace, written: str, state: str, document: Document) -> ResolvedPlace | None:
    gazetteer = document.resources.gazetteer
    namesake = namesake_in_state(place, state, gazetteer)
    if namesake is None and place.country != HOME_COUNTRY:  # the name as the text writes it ("North Philadelphia")
        for name in dict.fromkeys((written, _COMPASS_PREFIX.sub("", written))):
            namesake = namesake or namesake_in_state(replace(place, name=name), state, gazetteer)
    if namesake is not None:
        return namesake
    if place.kind not in TOWN_KINDS:  # a county: its force's, more surely than a headline's town
        return None
    headline = title_place(document.article.title, gazetteer)
    if headline is not None and headline.admin1 == state:
        return headline
    if place.country == HOME_COUNTRY:
        return None
    area = next((p for p in gazetteer.lookup(state) if p.kind is PlaceKind.ADMIN1 and p.country == HOME_COUNTRY), None)
    if area is None:
        return None
    return replace(area, name=place.name, kind=PlaceKind.CITY, geonameid=None, population=0, at_area=True)


_COMPASS_PREFIX = re.compile(r"^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)[ \t]+")


def _at_police_town(choice: PlacedChoice, document: Document) -> PlacedChoice:
    """The town whose police work the case, for a US report (``us_police_towns``)."""
    current = choice.place
    state = current.admin1 if current is not None and current.country == HOME_COUNTRY else None
    abroad = current.country if current is not None and current.country != HOME_COUNTRY else None
    gazetteer = document.resources.gazetteer
    found = police_town(document.text, state, document.get(PLACES), gazetteer, abroad, unplaced=current is None)
    if found is not None and moves_to_police_town(current, found, document.text, document.article.title):
        return PlacedChoice(found.town, found.span)
    if found is not None and current is not None:
        district = district_of_police_city(current, found, document.text, _named_states(document))
        if district is not None:
            return PlacedChoice(district, choice.span, choice.reference)
    county = force_county(document.text, state, document.get(PLACES), document.resources.gazetteer)
    if county is not None and moves_to_force_county(current, county):
        return PlacedChoice(county.town, county.span)
    if current is None:
        headline = title_place(document.article.title, document.resources.gazetteer)
        return PlacedChoice(headline, None) if headline is not None else choice
    return choice


def _at_national_capital(
    choice: PlacedChoice, document: Document, places: ArticlePlaces, violent: bool
) -> PlacedChoice:
    """A short note's event placed only in a country it names as a place is at the town the note names in another
    sentence ("Workers gathered in Cape Town ... a crisis in the DRC"), else at the country's capital
    (``note_places.national_place``). A place adjective ("Kenyan forces") says whose, not where, of a violent event:
    a nation's forces fight abroad too; the people of a nation that protest or strike where the note names no
    place ("Moroccan nurses protested in front of Parliament") do so at home, in the capital as ACLED codes it."""
    adjective = any(m.span == choice.span and m.provenance.rule.endswith(":adjective") for m in document.get(PLACES))
    if adjective and (violent or places.first_local is not None):  # "Kenyan troops" fight abroad too
        return choice
    capital = national_place(choice.place, choice.span, document.text, document.resources.gazetteer)
    if capital is None:
        return choice
    town = places.first_local
    if town is not None and town.place is not None and town.place.kind in (PlaceKind.CITY, PlaceKind.DISTRICT):
        return PlacedChoice(town.place, town.span)
    return PlacedChoice(capital, choice.span, choice.reference)


def _beside_a_body(choice: PlacedChoice, document: Document) -> PlacedChoice:
    """A short note's event placed only inside a body's name ("the Mobile Forces") is at the town the note names
    as a place (``note_places.place_beside_a_body``); one placed nowhere, at a town the note names in passing
    (``note_places.place_named_in_passing``), else at a place's name no tier lists, by name
    (``note_places.place_named_unlisted``), that is not the subject of its clause ("Dahalo attacked a bus")."""
    town = place_beside_a_body(choice.span, document.get(PLACES), document.text)
    if town is not None:
        return PlacedChoice(town.place, town.span)
    if choice.place is None and _dated_note(document):  # a town named in passing ("a Masvingo bank branch")
        passing = place_named_in_passing(document.text, document.resources.gazetteer)
        if passing is not None:
            return PlacedChoice(*passing)
        route = route_end_town(document.text, document.resources.gazetteer)  # "along the Bitta-Damboa axis"
        if route is not None:
            return PlacedChoice(*route)
        facility = facility_town(document.text, document.resources.gazetteer)  # "Nakawa Chief Magistrate Court"
        if facility is not None:
            return PlacedChoice(*facility)
        named = [c for c in document.get(PLACE_MENTIONS) if not _a_subject(document, c.span)]  # "Dahalo attacked"
        unlisted = place_named_unlisted(named, document.text, document.resources.gazetteer)
        return PlacedChoice(*unlisted) if unlisted is not None else choice
    return choice


def _at_stretch_end(choice: PlacedChoice, document: Document) -> PlacedChoice:
    """A short note's event placed at no listed town, on a stretch the note names by its ends, is at the end the
    gazetteer lists (``note_places.stretch_end_town``)."""
    found = stretch_end_town(choice.span, choice.place, document.text, document.resources.gazetteer)
    return PlacedChoice(*found) if found is not None else choice


def _at_regional_seat(choice: PlacedChoice, document: Document) -> PlacedChoice:
    """A short note's event placed only in a first-level division is at the division's seat
    (``note_places.regional_seat``)."""
    seat = regional_seat(choice.place, document.text, document.resources.gazetteer)
    return PlacedChoice(seat, choice.span, choice.reference) if seat is not None else choice


def _at_area_of_unlisted(choice: PlacedChoice, document: Document) -> PlacedChoice:
    """A short note's event at a village no tier lists is at the area or the place the note names it by ("Kailenge
    village in the Walikale area", "Gorgor village near Gashamo": ``note_places.area_of_unlisted``)."""
    told = {
        m.place.country
        for m in document.get(PLACES)
        if m.place is not None and m.place.country and not m.provenance.rule.endswith(":adjective")
    }
    found = area_of_unlisted(choice.span, choice.place, document.text, told, document.resources.gazetteer)
    return PlacedChoice(*found) if found is not None else choice


def _a_subject(document: Document, span: Span) -> bool:
    """Whether a name is the subject of its clause ("Dahalo attacked a vehicle"): a doer, not a place."""
    token = token_at(document.doc, span)
    return token is not None and token.dep_ in {"nsubj", "nsubjpass"}


QUALIFIER_KINDS = frozenset({PlaceKind.ADMIN1, PlaceKind.COUNTRY})
PART_OF_CITY_KM = 20.0  # a town this close to a large city's point may be a part of it ("Woodlawn", Chicago)
PART_OF_CITY_RATIO = 5  # ... when the city is this many times as populous
PART_OF_CITY_MIN_POPULATION = 300_000


def _part_of_city(choice: PlacedChoice, document: Document, dateline: PlaceMention | None) -> PlacedChoice:
    """A town of the gazetteer that is a part of a large city the report is about, as a district of that city:
    the city's police investigate ("Chicago police said") or the report is filed from it, and the town has no
    police of its own in the text. GeoNames lists the neighbourhoods of large cities as towns ("Uptown", "East
    Flatbush"); a suburb ("Cicero") has its own police."""
    place = choice.place
    if place is None or place.kind is not PlaceKind.CITY or place.lat is None or place.lon is None:
        return choice
    text = document.text
    if _police_of(place.name, text):
        return choice
    mentions = [*document.get(PLACES), *([dateline] if dateline is not None else [])]
    for mention in mentions:
        city = mention.place
        if (
            city is None
            or city.kind is not PlaceKind.CITY
            or city.name == place.name
            or (city.country, city.admin1) != (place.country, place.admin1)
            or city.population < max(PART_OF_CITY_MIN_POPULATION, PART_OF_CITY_RATIO * place.population)
            or city.lat is None
            or city.lon is None
            or distance_km(place.lat, place.lon, city.lat, city.lon) > PART_OF_CITY_KM
        ):
            continue
        if mention is dateline or _police_of(mention.text, text) or _police_of(city.name, text):
            district = replace(place, kind=PlaceKind.DISTRICT, city=city.name, admin2=place.admin2 or city.admin2)
            return PlacedChoice(district, choice.span, choice.reference)
    return choice


def _police_of(name: str, text: str) -> bool:
    """Whether the text names the police of a town ("Chicago police", "the Uptown Police Department")."""
    return re.search(rf"\b{re.escape(name)}\s+(?:police|PD)\b", text, re.IGNORECASE) is not None


UNLISTED_RULES = (":unlisted-place", ":unlisted-town")


def _trusted_town(document: Document) -> Callable[..., bool]:
    """Whether a town mention of the dateline's country is surely the event's town and not a misread name: the
    text names it with its kind ("the eastern city of Lahore", "the town of Dutsin-Ma"), or, under a dateline
    of the capital or of a wire bureau (``filed_by_a_bureau``), it is the only town of its name in the country
    (small towns too). Wire bureaus sit in capitals and big cities and report the whole country from there
    ("KYIV -- ... in Kharkiv", "ISTANBUL, Sept 24 (Reuters) - ... in Izmir"); a bare name in a report from
    anywhere else is more often a neighbourhood, a street or a namesake the gazetteer lacks ("Mid-City" of New
    Orleans), and "Springfield" stands for towns of many American states."""
    gazetteer = document.resources.gazetteer
    bureau = filed_by_a_bureau(document.text, gazetteer)

    def trusted(mention: PlaceMention, dateline: ResolvedPlace, *, by_kind_only: bool = False) -> bool:
        town = mention.place
        unlisted = mention.provenance.rule.endswith(UNLISTED_RULES)
        # a place the gazetteer lacks in no country the text tells alone takes its event's country (``_in_area_of``)
        countries = (dateline.country, None) if unlisted else (dateline.country,)
        if town is None or town.kind not in TOWN_KINDS or town.country not in countries:
            return False
        if (
            introduced_as_town(mention, document.text)
            or TOWN_APPOSITION.match(document.text, mention.span.end)
            or in_a_place_phrase(mention.span, document.get(PLACES), document.text)
            or unlisted
        ):
            # named with its kind ("X, a town of ..."), placed in an area ("near X in central Peru"), or a place the
            # text names that the gazetteer lacks
            return True
        if not by_kind_only and _a_city_apart_from_the_dateline(mention, dateline, document.text):
            return _foremost_of_its_name(mention, gazetteer)
        if (by_kind_only and not bureau) or not (gazetteer.is_capital(dateline) or bureau):
            return False  # a bureau's lead that names only the country is narrowed to a town it names alone too
        namesakes = gazetteer.every_tier(mention.text)
        return not any(
            other.kind in TOWN_KINDS and other.country == town.country and other.admin1 != town.admin1
            for other in namesakes
        )

    return trusted


NAMESAKE_SHARE = 0.1  # a namesake town this much smaller leaves no doubt which one a bare name is


def _foremost_of_its_name(mention: PlaceMention, gazetteer: Gazetteer) -> bool:
    """Whether no town of another region of the town's country that bears its name has a tenth of its people:
    "Durban" is the city, not Durbanville; "Springfield" is no one town."""
    town = mention.place
    return town is not None and not any(
        other.kind in TOWN_KINDS
        and other.country == town.country
        and other.admin1 != town.admin1
        and other.population > NAMESAKE_SHARE * town.population
        for other in gazetteer.every_tier(mention.text)
    )


# The event's own place phrase: a preposition of place right before the name ("marched along Paulista Avenue in
# São Paulo", "clashed outside Lyon", "a rally through Geoje"); not "from" or "to", which name where people came
# from or went.
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|through|throughout|across|around|inside)\s+(?:the\s+)?$", re.IGNORECASE
)
APART_FROM_DATELINE_KM = 50.0  # a town this far from the dateline's is no neighbourhood or suburb of it
KNOWN_CITY_POPULATION = 100_000  # a city this large is named bare in wire copy ("in São Paulo", "in Turin")


def _a_city_apart_from_the_dateline(mention: PlaceMention, dateline: ResolvedPlace, text: str) -> bool:
    """Whether the event's own sentence places it in a large city of the dateline's country far from the
    dateline's town, by a preposition of place ("RIO DE JANEIRO (AP) -- Tens of thousands marched ... in São
    Paulo"): the dateline is where the reporter was, the phrase where the event was. A bare name in a local
    report is more often a neighbourhood of the dateline's town or a namesake the gazetteer lacks; a city this
    large and this far from it, whose name no town of another region near its size bears
    (``_foremost_of_its_name``), is neither."""
    town = mention.place
    if town is None or town.population < KNOWN_CITY_POPULATION or town.country != dateline.country:
        return False
    if town.lat is None or town.lon is None or dateline.lat is None or dateline.lon is None:
        return False
    far = distance_km(town.lat, town.lon, dateline.lat, dateline.lon) >= APART_FROM_DATELINE_KM
    start = mention.span.start
    return far and _PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 20), start) is not None


def _holds_town(other: ResolvedPlace, place: ResolvedPlace) -> bool:
    """Whether another place of the article is the city a district is part of, or the county a town lies in."""
    if other.country != place.country:
        return False
    if other.kind is PlaceKind.CITY:
        return place.kind is PlaceKind.DISTRICT and place.city == other.name
    return other.kind is PlaceKind.ADMIN2 and place.admin2 == other.name and place.admin1 == other.admin1


def _region_named(town: ResolvedPlace, places: Sequence[PlaceMention]) -> bool:
    """Whether the article names the region a town lies in ("N.C." after the dateline's town)."""
    return town.admin1 is not None and any(
        m.place is not None and m.place.kind is PlaceKind.ADMIN1 and m.place.name == town.admin1 for m in places
    )


def _supported_elsewhere(
    place: ResolvedPlace, span: Span | None, town: ResolvedPlace, places: Sequence[PlaceMention]
) -> bool:
    """Whether another place of the article is the city the place is a part of or the county it lies in, or lies
    in the place's country (when it is not the dateline's) or region (when the country is the same)."""
    others = [m.place for m in places if m.place is not None and m.span != span and m.place is not place]
    if any(_holds_town(other, place) for other in others):
        return True  # "Mhlotshana, a township on the outskirts of Pretoria", "Butig in the province of Lanao del Sur"
    if place.country != town.country:
        return any(o.country == place.country and o.kind is not PlaceKind.CITY for o in others)
    return place.admin1 is not None and any(o.kind is PlaceKind.ADMIN1 and o.name == place.admin1 for o in others)


def _contains(region: ResolvedPlace, town: ResolvedPlace) -> bool:
    if region.country != town.country:
        return False
    if region.kind is PlaceKind.COUNTRY:
        return True
    if region.kind is PlaceKind.ADMIN1:
        return region.admin1 == town.admin1
    if region.kind is PlaceKind.ADMIN2:
        if region.admin2 is None and region.lat is None:
            return False  # a district the gazetteer lacks (``unlocated_places``): no town is known to lie in it
        return region.admin2 == town.admin2 or (region.admin1 == town.admin1 and town.admin2 is None)
    return region.admin1 == town.admin1


def _undated_background(drafts: Sequence[_Draft]) -> None:
    """An event besides the main one with no date of its own in the text is not dated by the publication day:
    background ("Earlier, ... where civilians were killed") happened at a time the article does not say."""
    for draft in drafts:
        if draft.dated.span is None and draft.first_sentence >= LEAD_SENTENCES:
            draft.dated = DatedChoice(None, None, draft.dated.confidence)


def _undated_others(drafts: Sequence[_Draft], dates: ArticleDates, published: date | None) -> None:
    """Background, totals, denied and feared events take no date from the publication day nor from the sentences
    around them: they are dated by a date of their own sentences ("in 2019"), else stay undated."""
    for draft in drafts:
        if draft.countable:
            continue
        own = [m for i in sorted(draft.sentences) for m in dates(i)]
        earlier = [m for m in own if draft.status.status == BACKGROUND and _dated_in_an_earlier_year(m, published)]
        if earlier:  # "sentenced on Monday over the 2019 bombing": the background's own year, not the news's day
            draft.dated = DatedChoice(earlier[0].resolved, earlier[0].span, 0.6)
        elif draft.dated.span is None or not any(m.span == draft.dated.span for m in own):
            first = own[0] if own else None
            draft.dated = DatedChoice(first.resolved if first else None, first.span if first else None, 0.6)


def _dated_in_an_earlier_year(mention: DateMention, published: date | None) -> bool:
    """A calendar date of a year before the report's ("2019", "in May 2023"; not "last year", which may be of
    what the happening's sentence names beside it: "arrested on Wednesday over a protest last year")."""
    if mention.provenance.rule not in CALENDAR_DATE_RULES:
        return False
    resolved = mention.resolved
    year = resolved.value[:4] if resolved is not None else ""
    return published is not None and year.isdigit() and int(year) < published.year


# ---------------------------------------------------------------- casualties and salience


def _earlier_subject(
    drafts: list[_Draft], opening: int | None, sentences: Sequence[Span], document: Document
) -> frozenset[int]:
    """An article about the aftermath of an earlier attack (a trial, an arrest, a funeral) tells no violent event
    of its own: the earlier one its lead tells is its subject, reported, not background (one told only further
    down, "A shootout in 2023 left four dead" at the end of a report of talks, stays background; one of a year
    before the report's, "In 2019, a bomber killed 12 people at the market", is no news of it). Its sentences
    are returned."""
    violent = VIOLENT_TYPES | {OUT_OF_SCOPE}
    if any(d.countable and d.kind.event_type in violent for d in drafts):
        return frozenset()
    lead_end = (opening or 0) + SUBJECT_REACH
    published = document.article.published

    def of_its_year(draft: _Draft) -> bool:
        told = sentences[draft.first_sentence] if draft.first_sentence < len(sentences) else None
        return told is None or not of_an_earlier_year(told.text_of(document.text), published)

    earlier = [
        d
        for d in drafts
        if d.status.status == BACKGROUND
        and d.kind.event_type in violent
        and d.first_sentence <= lead_end
        and of_its_year(d)
    ]
    for draft in earlier:
        draft.status = Status(REPORTED)
    return frozenset(i for d in earlier for i in d.sentences)


def _told_of_others(
    sentences: Sequence[Span], text: str, published: date | None, opening: int | None
) -> frozenset[int]:
    """The sentences that tell a total or an earlier happening ("the insurgency has killed 36,000 people since
    2009", "More than 40 drivers have been killed in the country this year"): their figures are not those of an event
    this report tells of."""
    return frozenset(
        i
        for i, span in enumerate(sentences)
        if sentence_context(span.text_of(text), published, opening=i == opening) != REPORTED
        or tells_the_years_dead(span.text_of(text))
    )


def _opening_sentence(sentences: Sequence[Span], document: Document) -> int | None:
    """The index of the sentence that opens the report's lead (the one that tells its news), if it has a lead."""
    lead = next((part.span for part in document.get(STRUCTURE) if part.kind == PartKind.LEAD), None)
    if lead is None:
        return None
    return next((i for i, span in enumerate(sentences) if span.end > lead.start), None)


def _own_clause_figures(
    figures: Sequence[tuple[int, CasualtyMention]],
    told_of_others: frozenset[int],
    sentences: Sequence[Span],
    document: Document,
    opening: int | None,
) -> frozenset[int]:
    """The figures (by ``id``) of sentences that tell an earlier time only in a clause apart from the figure's
    ("Three others were taken to hospital, according to police, who said the attack was revenge for a killing last
    month"; "Seven diners were injured, in an area where police broke up a gang last year"): the figure's own clause
    tells of the event. Not a time in the figure's clause ("three were killed in a shooting in March") or in a
    clause that describes who the figure counts or who did it ("Riots that began in May 2024 killed 14 people"), nor
    a total ("since 2019")."""
    own: set[int] = set()
    published, doc = document.article.published, document.doc
    for sentence, mention in figures:
        if sentence not in told_of_others or sentence >= len(sentences) or doc is None:
            continue
        span = sentences[sentence]
        text = span.text_of(document.text)
        opens = sentence == opening
        if sentence_context(text, published, opening=opens) != BACKGROUND:
            continue
        words = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        times = earlier_times(text, published, opening=opens)
        if words is None or not len(words) or not times:
            continue
        if all(_apart_from_figure(doc, span.start + a, span.start + b, words.root) for a, b in times):
            own.add(id(mention))
    return frozenset(own)


def _apart_from_figure(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """Whether the time at ``start:end`` stands in a clause apart from a figure's ``verb``: a clause that neither is
    the verb's nor governs it, nor hangs below it but in a relative clause on a word that is not the verb's subject
    or object (the source's "police, who said ...", the place's "an area where ...")."""
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None or not len(words):
        return False
    path = [words.root, *words.root.ancestors]
    clause = next((t for t in path if t.pos_ in {"VERB", "AUX"}), None)
    if clause is None or clause.i == verb.i or any(a.i == clause.i for a in verb.ancestors):
        return False  # "Last month, three people were wounded": the time of the figure's clause or of one above it
    if all(t.i != verb.i for t in path):
        return True  # "..., police said, adding that ... was killed two years ago"
    arguments = {c.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}}
    arguments |= {o.i for c in verb.children if c.dep_ == "agent" for o in c.children}
    for token in path:
        if token.i == verb.i:
            return False
        relative = token.dep_ == "relcl" or any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"who", "which"} for c in token.children
        )  # "police, who said ...": the parse may hang the relative clause on the verb
        if relative and token.head.i not in arguments and not _spans_the_figure(token.head):
            return True
    return False


# The prepositions whose object is a stretch of time the figure lies within ("killed during the war").
_WITHIN_TIME = frozenset({"during", "throughout"})


def _spans_the_figure(noun: Token) -> bool:
    """Whether a noun is the stretch of time a figure's clause lies within ("killed during and after the civil war,
    which ended in 2009"): its relative clause dates the figure, it is no clause apart."""
    prep = noun.head if noun.dep_ == "pobj" else None
    while prep is not None and prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head  # "during and after the war"
    return prep is not None and prep.lower_ in _WITHIN_TIME


def _assign_casualties(
    drafts: list[_Draft],
    casualties: Sequence[tuple[int, CasualtyMention]],
    told_of_others: frozenset[int],
    own_clause: frozenset[int] = frozenset(),
) -> None:
    """Each figure goes to the events whose triggers are nearest before it (same sentence first), if any is near:
    every event reported in that sentence ("killed in clashes after retaking the town" is both). A figure of a
    sentence that tells a total or an earlier happening goes only to such an event, unless the earlier time is
    told in a clause apart from the figure's (``own_clause``)."""
    first = min(drafts, key=lambda d: d.first_sentence)
    others = _Reports([d for d in drafts if not d.countable])
    countable_drafts = [d for d in drafts if d.countable]
    countable = _Reports(countable_drafts if countable_drafts else drafts)
    for sentence, mention in casualties:
        if sentence in told_of_others and id(mention) not in own_clause:
            for draft in others.nearest_before(sentence) or others.at(sentence):
                draft.casualties.append(mention)
            continue
        nearest = countable.nearest_before(sentence)
        if nearest and not any(d.kind.event_type in WOUNDING_TYPES for d in nearest):
            nearest = countable.nearest_before(sentence, _wounding) or nearest
        if not nearest and 0 < first.first_sentence - sentence <= CASUALTY_WINDOW:
            nearest = [first]  # the lead's figures, told before the event's own word ("four people were found dead")
        for draft in nearest + _updated_tolls(countable_drafts, mention, nearest):
            draft.casualties.append(mention)


# The events that have casualties of their own: violence, a protest met with force, a riot (not an arrest, an
# agreement, a looting).
WOUNDING_TYPES = VIOLENT_TYPES | {OUT_OF_SCOPE, PROTESTS, RIOTS}


def _wounding(draft: _Draft) -> bool:
    return draft.kind.event_type in WOUNDING_TYPES


def _updated_tolls(drafts: Sequence[_Draft], update: CasualtyMention, given: Sequence[_Draft]) -> list[_Draft]:
    """ "The toll rose to three on Wednesday": a toll update without an event of its own updates the toll told
    last before it, within the casualty window; the event of that toll takes it too (its sentence may be dated the
    day after and hold a trigger of its own: "when a wounded man died")."""
    if update.provenance.rule not in UPDATE_RULES:
        return []
    told = [
        (m.span.start, d)
        for d in drafts
        for m in d.casualties
        if m.kind is CasualtyKind.KILLED and m.span.start < update.span.start and all(d is not g for g in given)
    ]
    if not told:
        return []
    last = max(start for start, _ in told)
    return list({id(d): d for start, d in told if start == last}.values())


class _Reports:
    """Events indexed by the sentences of their triggers, for the events reported nearest before a sentence
    in a binary search (an article of many sentences costs n log n, not sentences x events)."""

    def __init__(self, drafts: list[_Draft]) -> None:
        self._order = {id(d): i for i, d in enumerate(drafts)}
        by_sentence: dict[int, list[_Draft]] = {}
        for draft in drafts:
            for sentence in draft.sentences:
                by_sentence.setdefault(sentence, []).append(draft)
        self._sentences = sorted(by_sentence)
        self._by_sentence = by_sentence

    def at(self, sentence: int) -> list[_Draft]:
        return list(self._by_sentence.get(sentence, ()))

    def nearest_before(self, sentence: int, keep: Callable[[_Draft], bool] | None = None) -> list[_Draft]:
        """The events with a trigger in the nearest sentence at or before ``sentence``, within the casualty
        window, in the order they were given (only those ``keep`` accepts, if given)."""
        at = bisect_right(self._sentences, sentence) - 1
        while at >= 0 and sentence - self._sentences[at] <= CASUALTY_WINDOW:
            found = [d for d in self._by_sentence[self._sentences[at]] if keep is None or keep(d)]
            if found:
                return sorted(found, key=lambda d: self._order[id(d)])
            at -= 1
        return []


# Casualty figures the detector scores below this are not stated: a vague quantity ("dozens") or a party's claim of
# its own fighters' kills (detect/casualties.py, ``UNSTATED_SCORE``).
STATED_SCORE = 0.6
# A figure told in a sentence dated this many days or more before the event is an earlier incident's.
EARLIER_INCIDENT_DAYS = 3


# Events that have no toll of their own: an agreement (a ceasefire, talks), a territory handed over without a fight
# ("insurgents took control of the town after the troops withdrew"), whatever fighting their sentences recall.
NO_TOLL_KINDS = frozenset({AGREEMENT, TERRITORY_TRANSFER})


def _figures_of_the_incident(
    ordered: list[_Draft], dates: ArticleDates, index: SentenceIndex, own: frozenset[int] = frozenset()
) -> None:
    """Each event keeps the figures that count its own incident: an agreement (a ceasefire, talks) has no toll of
    its own, whatever fighting its sentence recalls; a figure of a sentence dated before the event ("On Sept. 1,
    two people were killed", "In August, a bombing killed nine") is an earlier incident's; a stated figure beats a
    vague quantity or a party's claim of the same kind ("at least 15 killed" over "killed dozens")."""
    for draft in ordered:
        if draft.kind in NO_TOLL_KINDS:
            draft.casualties = []
            continue
        draft.casualties = [m for m in draft.casualties if not _earlier_figure(m, draft, dates, index, own)]
        for kind in (CasualtyKind.KILLED, CasualtyKind.INJURED):
            if any(m.kind is kind and m.provenance.score >= STATED_SCORE for m in draft.casualties):
                draft.casualties = [
                    m for m in draft.casualties if m.kind is not kind or m.provenance.score >= STATED_SCORE
                ]


# The words before a death that a protest or riot answers: "following the death of", "in protest of the death of",
# "against the killing of", "over the death of", "after the death of".
_CAUSE_BEFORE = re.compile(
    r"\b(?:following|after|over|against|in\s+protest\s+(?:of|at|against|over))\s+(?:the\s+|a\s+|an\s+)?$",
    re.IGNORECASE,
)


def _without_the_deaths_protested(ordered: list[_Draft], document: Document) -> None:
    """In a short dated note, a protest's or a riot's toll leaves out the death it answers ("Following a death of a
    prisoner in police custody, residents burned the offices", "hawkers blocked the road in protest of the death
    of a colleague"): that death came before the event, which is the answer to it."""
    if not _dated_note(document):
        return
    text = document.text
    for draft in ordered:
        if draft.kind.event_type in (PROTESTS, RIOTS):
            draft.casualties = [
                m
                for m in draft.casualties
                if not (
                    m.kind is CasualtyKind.KILLED
                    and _CAUSE_BEFORE.search(text, max(0, m.span.start - 30), m.span.start) is not None
                )
            ]


def _without_the_dead_described(main: _Draft, document: Document) -> None:
    """A protest's toll leaves out a dead person whom a word before the noun describes ("a documentary about a
    murdered journalist", "in memory of a slain activist"): the death is what the protest is about, not a death
    in it, which a report tells with a verb ("a protester was killed")."""
    if main.kind.event_type != PROTESTS:
        return
    doc = document.doc

    def described(mention: CasualtyMention) -> bool:
        words = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if words is None or not len(words):
            return False
        cue = words[0]
        return cue.dep_ == "amod" and cue.head.pos_ == "NOUN"

    main.casualties = [m for m in main.casualties if not (m.kind is CasualtyKind.KILLED and described(m))]


_EARLIER = frozenset({"earlier", "previously", "previous"})


def _told_as_earlier(mention: CasualtyMention, doc: Doc | None) -> bool:
    """A death the text tells as an earlier one ("because an Abala herder was killed earlier", "following an earlier
    shooting in which a boy was killed"): another incident's, not the event's toll ("killed earlier on Sunday" is a
    time of the day, not an earlier incident)."""
    if doc is None or mention.kind is not CasualtyKind.KILLED:
        return False
    words = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    for cue in (t for t in words or () if t.lemma_.lower() in CASUALTY_VERBS):
        for word in cue.children:
            after = doc[word.i + 1] if word.i + 1 < len(doc) else None
            bare = after is None or after.is_punct or after.is_sent_start or after.pos_ == "CCONJ"
            if word.dep_ == "advmod" and word.lower_ in _EARLIER and bare:
                return True
        if cue.dep_ == "relcl" and any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in cue.head.children):
            return True
    return False


def _earlier_figure(
    mention: CasualtyMention,
    draft: _Draft,
    dates: ArticleDates,
    index: SentenceIndex,
    own: frozenset[int] = frozenset(),
) -> bool:
    """A figure told in a sentence dated before the day the text dates ``draft`` on: another incident's (not one
    whose sentence tells the earlier time in a clause apart from the figure's: ``own``, ``_own_clause_figures``)."""
    day = draft.dated.date if draft.dated.span is not None else None
    if id(mention) in own:
        return False
    if day is None or day.granularity is not Granularity.DAY:
        return False
    return _dated_before(dates(index.of(mention.span)), day)


def _dated_before(mentions: Sequence[DateMention], day: ResolvedDate) -> bool:
    """Whether a sentence's dates all fall well before ``day``: days ``EARLIER_INCIDENT_DAYS`` or more before it,
    weeks, months and years that end before its own."""
    resolved = [m.resolved for m in mentions if m.resolved is not None]
    if any(r.granularity is not Granularity.YEAR for r in resolved):
        # "the second shooting this year; three were killed in March": the year holds both incidents, the month dates
        # the figure
        resolved = [r for r in resolved if not (r.granularity is Granularity.YEAR and r.value == day.value[:4])]
    if not resolved:
        return False
    own = date.fromisoformat(day.value[:10])
    for other in resolved:
        if other.granularity is Granularity.DAY:
            if (own - date.fromisoformat(other.value[:10])).days < EARLIER_INCIDENT_DAYS:
                return False
        elif other.granularity is Granularity.WEEK:
            year, _, week = other.value.partition("-W")
            if not (year.isdigit() and week.isdigit()) or (int(year), int(week)) >= own.isocalendar()[:2]:
                return False
        elif other.granularity in {Granularity.MONTH, Granularity.YEAR}:
            if other.value >= day.value[: len(other.value)]:
                return False
        else:
            return False
    return True


def _main_event_figures(
    ordered: list[_Draft],
    dates: ArticleDates,
    index: SentenceIndex,
    doc: Doc | None = None,
    own: frozenset[int] = frozenset(),
    routes: frozenset[Span] = frozenset(),
) -> None:
    """The main event with no figure of its own takes those of the violent event reported with it (the
    arrest "in the shooting" or the clash "where three were killed" report the same incident), when that
    event is reported close after it and its place does not differ from the main event's (a main event placed
    only by an end of the road it was on, "on the highway linking Kano and Zaria", is anywhere on the road: a
    place of its country the next report names is its own); not a death told as an earlier one ("following an
    earlier shooting in which a boy was killed")."""
    main = ordered[0]
    if main.countable and main.casualties:
        _fold_missing_kind(main, ordered[1:], lambda m: _earlier_figure(m, main, dates, index, own))
    if main.casualties or not main.countable or main.kind in NO_TOLL_KINDS:
        return  # an agreement's sentence may recall the fighting it ends: that toll is not the agreement's
    violent = VIOLENT_TYPES | {OUT_OF_SCOPE}
    for draft in ordered[1:]:
        near = min(draft.sentences) - max(main.sentences) <= CASUALTY_WINDOW
        if (
            draft.countable
            and draft.casualties
            and near
            and draft.kind.event_type in violent
            and (_places_compatible(main.placed, draft.placed) or _on_its_road(main.placed, draft.placed, routes))
        ):
            theirs = [m for m in draft.casualties if not _earlier_figure(m, main, dates, index, own)]
            if theirs and all(_told_as_earlier(m, doc) for m in theirs):
                continue  # the report of the earlier death: the next one may count the event's
            main.casualties = [m for m in theirs if not _told_as_earlier(m, doc)]
            return


def _on_its_road(main: PlacedChoice, other: PlacedChoice, routes: frozenset[Span]) -> bool:
    """Whether ``main`` is placed by an end of a road (``routes``) and ``other`` in the same country: a place that
    may be on the road."""
    if main.span is None or main.span not in routes or main.place is None or other.place is None:
        return False
    return main.place.country == other.place.country


# The two sides of a battle, by the nouns a report counts their dead with: the state's forces and those who fight
# them ("killing 11 of the fighters ... Two soldiers were killed").
_FORCES_DEAD = re.compile(
    r"\b(?:soldiers?|troops|servicemen|policemen|police officers|officers|gendarmes|security forces|guards|marines)\b",
    re.IGNORECASE,
)
_FIGHTERS_DEAD = re.compile(
    r"\b(?:fighters|militants|attackers|assailants|rebels|separatists|insurgents|jihadists|jihadis|gunmen|bandits"
    r"|terrorists|militiamen|raiders)\b",
    re.IGNORECASE,
)
# The words after a figure that name whom it counts: "killing 11 of the fighters", "killing 11 soldiers".
_VICTIM_AFTER = re.compile(r"\s+(?:of\s+)?(?:the\s+|his\s+|their\s+|its\s+)?(?:[a-z]+\s+)?[a-z]+(?:\s+[a-z]+)?")


def _rows_share(event: Event, main: _Draft, text: str) -> Event:
    """A note's toll told for several places or days is split over ACLED's rows of them: the main event is the first
    row and has its share (``note_casualties.row_share``); a toll no stated figure gives ("several": 10) is not
    split."""
    if not event.killed:
        return event
    stated = any(
        m.kind is CasualtyKind.KILLED and m.count == event.killed and m.provenance.score >= STATED_SCORE
        for m in main.casualties
    )
    share = row_share(event.killed, text) if stated else event.killed
    return event if share == event.killed else replace(event, killed=share, killed_low=None, killed_high=None)


def _unnumbered_note_dead(main: _Draft, text: str) -> None:
    """A note's violent event has the two dead of a pair the note tells killed where the parse counted one of them
    ("a soldier and a rebel killed"); one that counts no dead has those of the note's terse toll ("resulting in 3
    killed"), else those it reports without a number ("casualties of unknown number"): ``note_casualties``."""
    if not main.countable or main.kind.event_type not in VIOLENT_TYPES:
        return
    killed = [m for m in main.casualties if m.kind is CasualtyKind.KILLED]
    pair = paired_dead(text, VERSION)
    if pair is not None and all(pair.span.start <= m.span.start and m.span.end <= pair.span.end for m in killed):
        main.casualties = [m for m in main.casualties if m not in killed] + [pair]  # "a soldier and a rebel killed"
        return
    if killed:
        return
    found = terse_toll(text, VERSION) or unnumbered_dead(text, VERSION)
    if found is not None:
        main.casualties.append(found)


def _both_sides_dead(main: _Draft, text: str) -> None:
    """A battle whose reports count each side's dead apart ("killing 11 of the fighters, the ministry said. Two
    soldiers were killed and five wounded, it said"; "killing 11 soldiers ... Fifteen attackers were also killed")
    has the dead of both as its toll, as ACLED counts an event's fatalities: the largest stated figure of each side
    added up. A figure that counts both sides already ("eight soldiers and 12 of the attackers"), a toll update or
    a figure of people named by neither side leaves the toll as it is."""
    if main.kind.event_type != BATTLES or not main.countable:
        return
    sides: dict[str, list[CasualtyMention]] = {"forces": [], "fighters": []}
    for mention in main.casualties:
        if mention.kind is not CasualtyKind.KILLED or mention.provenance.score < STATED_SCORE:
            continue
        if mention.provenance.rule in UPDATE_RULES:
            return
        words = mention.span.text_of(text)
        after = _VICTIM_AFTER.match(text, mention.span.end)
        named = words if _FORCES_DEAD.search(words) or _FIGHTERS_DEAD.search(words) else after.group() if after else ""
        forces, fighters = bool(_FORCES_DEAD.search(named)), bool(_FIGHTERS_DEAD.search(named))
        if forces and fighters:
            return
        if forces or fighters:
            sides["forces" if forces else "fighters"].append(mention)
    if not sides["forces"] or not sides["fighters"]:
        return
    largest = [max(side, key=lambda m: m.count) for side in sides.values()]
    main.casualties.append(added_up(min(largest, key=lambda m: m.span.start), largest))


def _injured_groups(
    main: _Draft,
    others: Sequence[_Draft],
    document: Document,
    sentences: Sequence[Span],
    dates: ArticleDates,
    index: SentenceIndex,
    unclaimed: Sequence[CasualtyMention] = (),
    own_clause: frozenset[int] = frozenset(),
) -> None:
    """The injured that a report counts for several groups apart ("Seven police officers were injured, police said.
    The hospital said it had treated 11 civilians") add up (resolve/wire_casualties.py): the main event's stated
    figures and those of the reports of the same incident told with it or right after it (one incident read as
    several events: "were injured" as a crime of its own), of no other day or place. A group told twice ("police
    said five protesters were hurt; organisers later said 11") is its larger figure. Without any of those, the
    figures of injured that no event took (told paragraphs after the lead: "A hospital in Bunia said it had received
    15 wounded") are the main event's."""
    if main.kind.event_type not in WOUNDING_TYPES or main.kind in NO_TOLL_KINDS or not main.countable:
        return
    last = max(main.sentences)
    same = [
        d
        for d in others
        if d.countable
        and d.kind.event_type in WOUNDING_TYPES
        and d.kind not in NO_TOLL_KINDS
        and max(d.sentences) >= min(main.sentences)
        and (d.dated.span is None or main.dated.date is None or _days_apart(d.dated.date, main.dated.date) <= 1)
        and (
            _places_compatible(main.placed, d.placed)
            or _taken_to(document, d.placed.span)
            or (d.kind.event_type == main.kind.event_type and _where_its_source_spoke(d.placed, main.placed, document))
        )
    ]
    # an arrest or a looting told with the violence ("Police said seven officers had been injured and 212 people
    # arrested", "The ambulance service said it had treated two members of the public") wounds no one of its own:
    # the injured its sentences tell, of its day and place (or where its source spoke), are the violence's (not
    # when they tell the dead too: "charged with killing his wife and shooting four people" retells a whole toll)
    aside = [
        m
        for d in others
        if d.countable
        and d.kind.event_type not in WOUNDING_TYPES
        and not any(k.kind is CasualtyKind.KILLED for k in d.casualties)
        and (d.dated.span is None or main.dated.date is None or _days_apart(d.dated.date, main.dated.date) <= 1)
        and (_places_compatible(main.placed, d.placed) or _where_its_source_spoke(d.placed, main.placed, document))
        for m in d.casualties
        if m.kind is CasualtyKind.INJURED and index.of(m.span) > last
    ]
    near = [main] + [d for d in same if d.first_sentence - last <= CASUALTY_WINDOW]
    while True:  # the injured told on in the sentence right after ("Separately, the union said two reporters ...")
        reach = max([last, *(index.of(m.span) for d in near for m in d.casualties if m.kind is CasualtyKind.INJURED)])
        more = [d for d in same if all(d is not n for n in near) and d.first_sentence - reach <= 1]
        if not more:
            break
        near.extend(more)
    text = document.text
    told: dict[tuple[int, int], CasualtyMention] = {}
    dead = count_casualties(main.casualties).killed  # people shot or taken to hospital may be the dead

    def injured_of_it(m: CasualtyMention) -> bool:  # a stated figure of injured, not the dead shot, not an earlier one
        stated = m.kind is CasualtyKind.INJURED and m.provenance.score >= STATED_SCORE
        alive = not dead or m.provenance.rule not in GUESSED_FROM_SHOT
        return stated and alive and not _earlier_figure(m, main, dates, index, own_clause)

    for m in [*(m for draft in near for m in draft.casualties), *aside]:
        if injured_of_it(m):
            told.setdefault((m.span.start, m.span.end), m)
    start = sentences[min(main.sentences)].start if min(main.sentences) < len(sentences) else 0
    for m in sorted(unclaimed, key=lambda m: m.span.start) if told else ():
        # the injured no event took, told right after those pooled ("The Red Cross said four more ...")
        reach = max(index.of(t.span) for t in told.values())
        after = m.span.start > start and index.of(m.span) - reach <= 1
        if after and injured_of_it(m):
            told.setdefault((m.span.start, m.span.end), m)
    if not told:
        for m in unclaimed:
            if m.span.start > start and injured_of_it(m):
                told.setdefault((m.span.start, m.span.end), m)
    # a figure that holds others (a sum, a list) is not one group's
    told = {k: m for k, m in told.items() if not any(o is not m and _holds(m, o) for o in told.values())}
    one_more = main.kind.in_acled_scope  # "a farmer was also wounded": one more (wire_casualties.injured_of_groups)
    pooled = sorted(
        (
            m
            for m in told.values()
            if counts_people(m, text, one_more=one_more)
            or lone_of_its_own_source(m, list(told.values()), text, sentences)
        ),
        key=lambda m: m.span.start,
    )
    # a headline's figure sums up the story ("One dead, 26 hurt as ..."): the body's groups add up without it
    headlines = [part.span for part in document.get(STRUCTURE) if part.kind == PartKind.HEADLINE]
    summed_up = [m for m in pooled if any(h.start <= m.span.start < h.end for h in headlines)]
    body = [m for m in pooled if all(m is not h for h in summed_up)]
    total = injured_of_groups(body, text, sentences, dead=(dead or 0) if one_more else None)
    told_best = total or max(body, key=lambda m: m.count, default=None)  # a group told twice: its larger figure
    best = max([*summed_up, *([told_best] if told_best else [])], key=lambda m: m.count, default=None)
    own = count_casualties(main.casualties).injured
    if best is not None and best.count > (own or 0) and best not in main.casualties:
        main.casualties.append(best)


_ANOTHER_INCIDENT = re.compile(r"\b(?:separate(?:ly)?|another|elsewhere|meanwhile|earlier|later)\b", re.IGNORECASE)


def _sentence_around(document: Document, span: Span) -> str:
    sentence = next((s.span for s in document.get(SENTENCES) if s.span.start <= span.start < s.span.end), span)
    return sentence.text_of(document.text)


def _where_its_source_spoke(placed: PlacedChoice, main: PlacedChoice, document: Document) -> bool:
    """Whether a report is placed, in the main event's country, only by where its source spoke ("the spokesman told
    a news conference in Maputo", "said in Kinshasa"): no sign of another incident than the main event's."""
    if placed.place is None or main.place is None or placed.span is None or placed.place.country != main.place.country:
        return False
    if _ANOTHER_INCIDENT.search(_sentence_around(document, placed.span)):
        return False  # "In a separate attack, gunmen ... a spokesman said in Maputo": another incident
    token = token_at(document.doc, placed.span)
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None) if token is not None else None
    return verb is not None and verb.lemma_.lower() in STATEMENT_VERBS | {"speak", "announce", "brief"}


def _taken_to(document: Document, place: Span | None) -> bool:
    """Whether a place is named as where the injured were taken ("flown to Cotonou for treatment")."""
    return place is not None and named_as_destination(document.doc, place)


def _holds(outer: CasualtyMention, inner: CasualtyMention) -> bool:
    a, b = outer.span, inner.span
    return a.start <= b.start and b.end <= a.end and (a.start, a.end) != (b.start, b.end)


def _unclaimed(
    drafts: Sequence[_Draft],
    mentions: Sequence[CasualtyMention],
    index: SentenceIndex,
    told_of_others: frozenset[int],
    own_clause: frozenset[int] = frozenset(),
) -> list[CasualtyMention]:
    """The figures no event took (told too far from any event's word), but those of a total or an earlier
    happening (not told in a clause of their own)."""
    taken = {id(m) for d in drafts for m in d.casualties}
    return [
        m for m in mentions if id(m) not in taken and (index.of(m.span) not in told_of_others or id(m) in own_clause)
    ]


_ALSO = re.compile(r"\balso\b", re.IGNORECASE)


def _also_killed(main: _Draft, others: Sequence[_Draft], text: str) -> None:
    """Dead told as more than those the report counted first ("killing 11 soldiers, the army said. Two civilians were
    also killed, it said") add to them: the event's toll is the largest of the other stated figures and those told
    with "also", its own or those of a report without an actor of its own ("killed" read as a crime) told right
    after it, of no other day or place. A toll update leaves the toll as it is."""
    if main.kind.event_type not in VIOLENT_TYPES or not main.countable:
        return
    killed = [m for m in main.casualties if m.kind is CasualtyKind.KILLED and m.provenance.score >= STATED_SCORE]
    if any(m.provenance.rule in UPDATE_RULES for m in killed):
        return
    last = max(main.sentences)
    for draft in others:
        undated = draft.dated.span is None or draft.dated.date == main.dated.date
        after = 0 < draft.first_sentence - last <= 1
        if draft.kind.event_type != OUT_OF_SCOPE or not (draft.countable and undated and after):
            continue
        if _places_compatible(main.placed, draft.placed):
            killed += [
                m
                for m in draft.casualties
                if m.kind is CasualtyKind.KILLED
                and m.provenance.score >= STATED_SCORE
                and _ALSO.search(m.span.text_of(text))
                and m not in killed
            ]
    also = [m for m in killed if _ALSO.search(m.span.text_of(text))]
    rest = [m for m in killed if m not in also]
    if not also or not rest:
        return
    first = max(rest, key=lambda m: m.count)
    main.casualties.append(added_up(first, [first, *also]))


# A death a riot or a protest broke out after ("... set fire to a police post on Monday after a rider died in police
# custody"): the person who died, by the noun the lead names them with.
_AFTER_A_DEATH = re.compile(
    r"\bafter\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\s+(?:had\s+)?(?:died|was\s+killed|was\s+shot\s+dead"
    r"|was\s+beaten\s+to\s+death)\b"
)
_DEATH_REACH = 30  # characters around a figure of one dead in which the noun names the same person


def _without_the_death_it_followed(main: _Draft, text: str) -> None:
    """A riot or a protest that broke out after a death ("after a rider died in police custody") does not count that
    death as its toll: one dead told of by the noun the lead names them with ("The dead rider, 24, had been arrested
    on Sunday") is the death that set it off, an event of its own."""
    if main.kind.event_type not in {RIOTS, PROTESTS} or not main.countable:
        return
    lead = text[main.triggers[0].sentence.start : main.triggers[0].sentence.end]
    cause = _AFTER_A_DEATH.search(lead)
    if cause is None:
        return
    noun = re.compile(rf"\b{re.escape(cause.group('noun'))}\b", re.IGNORECASE)

    def the_same_death(mention: CasualtyMention) -> bool:
        around = text[max(0, mention.span.start - _DEATH_REACH) : mention.span.end + _DEATH_REACH]
        return mention.kind is CasualtyKind.KILLED and mention.count == 1 and noun.search(around) is not None

    main.casualties = [m for m in main.casualties if not the_same_death(m)]


def _fold_missing_kind(main: _Draft, others: Sequence[_Draft], earlier: Callable[[CasualtyMention], bool]) -> None:
    """A violent main event with figures of one kind only takes those of the other kind from a violent event of the
    same day and place: one incident typed twice ("the gunman killed three", then "a shooting that wounded two
    deputies" read as a crime of its own) has one toll of dead and injured. Only a figure the main event lacks is
    taken (none of its own, or only people shot that its dead account for). Police firing on a protest or a riot
    is such an incident too; a report that its sentences do not date, or dates a day off (by its statement), is
    not of another day."""
    violent = VIOLENT_TYPES | {OUT_OF_SCOPE}
    if main.kind.event_type not in violent | {PROTESTS, RIOTS} or main.dated.date is None:
        return
    own = count_casualties(main.casualties)
    for kind, figure in ((CasualtyKind.KILLED, own.killed), (CasualtyKind.INJURED, own.injured)):
        if figure:
            continue
        for draft in others:
            same_day = draft.dated.span is None or _days_apart(draft.dated.date, main.dated.date) <= 1
            same = draft.countable and draft.kind.event_type in violent and same_day
            theirs = [m for m in draft.casualties if m.kind is kind and not earlier(m)] if same else []
            counted = count_casualties(draft.casualties)
            told = counted.killed if kind is CasualtyKind.KILLED else counted.injured
            if theirs and told and _places_compatible(main.placed, draft.placed):
                main.casualties.extend(_folded(m) for m in theirs if m not in main.casualties)
                break


def _days_apart(a: ResolvedDate | None, b: ResolvedDate) -> int:
    """Days between two dates of the day (a report dated by its statement, the day after, is one day off); other
    dates are as far apart as they differ."""
    if a is None or a.granularity is not Granularity.DAY or b.granularity is not Granularity.DAY:
        return 0 if a == b else 99
    return abs((date.fromisoformat(a.value[:10]) - date.fromisoformat(b.value[:10])).days)


def _folded(mention: CasualtyMention) -> CasualtyMention:
    """A figure taken from the other report of the incident: people shot there are not the main event's dead (its
    report told them apart), so they are no longer read as maybe the same people."""
    if mention.provenance.rule not in GUESSED_FROM_SHOT:
        return mention
    return replace(mention, provenance=replace(mention.provenance, rule=f"{mention.provenance.rule}-folded"))


def _headline_death(main: _Draft, title: str | None) -> None:
    """A headline that reports a death ("6-year-old shot and killed", "Man dies after shooting") says the person
    the report tells was shot died: when the main event has no killed figure, its first figure of people shot
    counts them killed (the others shot stay injured, less the dead)."""
    words = set(_TITLE_WORD.findall((title or "").lower()))
    if not words & DEATH_HEADLINE_WORDS or not main.countable:
        return
    if any(m.kind is CasualtyKind.KILLED for m in main.casualties):
        return
    # "8 shot, 2 fatally": the headline counts the dead among those shot
    dead = [_headline_value(n) for n, is_killed, _ in _headline_figures(_before_cause(title or "")) if is_killed]
    for i, mention in enumerate(main.casualties):
        if mention.kind is CasualtyKind.INJURED and mention.provenance.rule in GUESSED_FROM_SHOT:
            if dead:
                main.casualties.append(replace(mention, kind=CasualtyKind.KILLED, count=max(dead), low=None, high=None))
            else:
                main.casualties[i] = replace(mention, kind=CasualtyKind.KILLED)
            return


def _headline_value(number: str) -> int:
    return int(number) if number.isdigit() else _HEADLINE_NUMBER[number]


_HEADLINE_NUMBER = {**{w: n for w, n in NUMBER_WORDS.items() if " " not in w and w not in {"a", "an", "several",
                     "many"}}, "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18,
                     "nineteen": 19}  # fmt: skip
# A figure, up to two words that say who ("2 teens", "three police officers"), and a word of casualty; not the
# children of a parent ("father of 4 killed"), nor "no one hurt", which tells nobody was.
_HEADLINE_FIGURE = re.compile(
    r"(?<!of )(?<!no )(?<!no-)\b(\d{1,3}|" + "|".join(_HEADLINE_NUMBER) + r")(?:\s+[a-z-]+){0,2}?\s+"
    r"(?:(?:were|are|was|is)\s+)?(?:(fatally\s+shot|fatally|shot\s+(?:dead|and\s+killed|to\s+death)|killed|dead|slain|die"
    r"|died)"
    r"|(injured|wounded|hurt|suffer|hospitalized)|(shot))\b",
    re.IGNORECASE,
)
# A verb of casualty, then its figure and who ("Gunman shoots 4 people", "Driver kills 2 teens", "..., wounding 15");
# not "shot 3 times".
_HEADLINE_VERB_FIGURE = re.compile(
    r"\b(?:(kills|killed|killing|slays)|(wounds|wounded|wounding|injures|injured|injuring|hurts|hurting)|(shoots|shot))"
    r"\s+(?:at\s+least\s+)?"
    r"(\d{1,3}|" + "|".join(_HEADLINE_NUMBER) + r")\b(?!\s*(?:times|years?|-year|rounds|shots|p\.m|a\.m|%|percent))",
    re.IGNORECASE,
)
# Headlines that total many incidents ("21 shot across the city over the weekend"): no incident's figures.
_HEADLINE_TALLY = re.compile(r"\b(?:weekend|across|since|shootings|separate|overnight|so far|this year)\b", re.I)


# Headline words that say how many died without a figure ("murder-suicide": the victim and the killer).
_HEADLINE_DEATH_COUNTS = {"double": 2, "suicide": 2, "triple": 3, "quadruple": 4}
# Headline words that take back a death ("attempted murder", "nearly killed", "expected to survive").
_HEADLINE_NOT_DEAD = frozenset({"attempted", "attempt", "nearly", "almost", "threat", "threatened", "threatens",
                                "plot", "survive", "survives", "survived", "not", "no", "nobody", "would",
                                "could"})  # fmt: skip


# Where a headline starts telling the cause of what it reports ("Youths riot after teen shot"), and, for its deaths,
# the grievance too ("Protest over police killing").
_CAUSE = re.compile(r"\b(?:after|following)\b", re.IGNORECASE)
_CAUSE_OR_GRIEVANCE = re.compile(r"\b(?:after|following|over)\b", re.IGNORECASE)


def _before_cause(title: str, cause: re.Pattern[str] = _CAUSE) -> str:
    """A headline up to the word that starts its cause (all of it when it gives none)."""
    found = cause.search(title)
    return title[: found.start()] if found else title


def _deaths_of_the_headline(title: str) -> int | None:
    """A headline that reports a death without a figure ("Teenage girl shot and killed", "Accidental discharge kills
    officer's son") tells of one dead at least; "murder-suicide" or "double homicide" of two; None when it reports
    no death or takes it back ("attempted murder")."""
    words = set(_TITLE_WORD.findall(_before_cause(title, _CAUSE_OR_GRIEVANCE).lower()))  # "Riots after police killing"
    if not words & DEATH_HEADLINE_WORDS or words & _HEADLINE_NOT_DEAD:
        return None
    suicide = "suicide" in words and bool(words & {"murder", "homicide", "killing", "kills", "killed"})
    counts = [n for w, n in _HEADLINE_DEATH_COUNTS.items() if w in words and (w != "suicide" or suicide)]
    return max(counts, default=1)


# Headline words that report someone hurt ("Bystander shot", "Boy in critical condition", "recovering").
_HEADLINE_HURT = frozenset({"shot", "shoots", "wounded", "wounds", "injured", "injures", "hurt", "critical",
                            "hospitalized", "hospitalised", "recovering"})  # fmt: skip


def _hurt_in_the_headline(title: str) -> bool:
    """Whether a headline without a figure reports someone hurt (not killed, not hypothetically: "could have been
    shot"), before any cause it gives after "after"."""
    words = set(_TITLE_WORD.findall(_before_cause(title).lower()))
    return bool(words & _HEADLINE_HURT) and not words & (DEATH_HEADLINE_WORDS | _HEADLINE_NOT_DEAD)


def _headline_figures(title: str) -> list[tuple[str, bool, bool]]:
    """Each figure of a headline, lower-cased, and whether it counts the dead or the injured (else people shot): told
    before its verb ("2 killed") or after it ("Gunman shoots 4 people")."""
    found = [(m.group(1).lower(), bool(m.group(2)), bool(m.group(3))) for m in _HEADLINE_FIGURE.finditer(title)]
    for m in _HEADLINE_VERB_FIGURE.finditer(_before_cause(title)):  # "... after truck kills two": the cause's
        found.append((m.group(4).lower(), bool(m.group(1)), bool(m.group(2))))
    return found


def _with_headline_figures(event: Event, title: str | None, *, guess_deaths: bool = True) -> Event:
    """A headline counts the incident's casualties ("1 dead, 3 injured in house party shooting", "Five shot in
    ...", "2 shot, 1 dead"), where the report's sentences often tell one victim at a time: the main event takes a
    headline figure that is larger than its own (people shot are the dead and the injured together)."""
    if not title or _HEADLINE_TALLY.search(title):
        return event
    killed = injured = shot = None
    for number, is_killed, is_injured in _headline_figures(title):
        value = _headline_value(number)
        if is_killed:
            killed = max(killed or 0, value)
        elif is_injured:
            injured = max(injured or 0, value)
        else:
            shot = max(shot or 0, value)
    killed = killed or (_deaths_of_the_headline(title) if guess_deaths else None)
    new_killed = max(event.killed or 0, killed or 0) or event.killed
    if guess_deaths and not (new_killed or event.injured or injured or shot) and _hurt_in_the_headline(title):
        injured = 1  # "Bystander accidentally shot during fight", "Boy in critical condition": one hurt
    if shot is not None and injured is None and shot - (new_killed or 0) > 0:
        injured = shot - (new_killed or 0)
    new_injured = max(event.injured or 0, injured or 0) if injured is not None else event.injured
    if (new_killed, new_injured) == (event.killed, event.injured):
        return event
    return replace(event, killed=new_killed, injured=new_injured)


def _by_salience(drafts: list[_Draft], doc: Doc | None = None) -> list[_Draft]:
    """ACLED events in order of first mention, then the others. Within a sentence the event of its main
    clause comes first ("rebels seized the town despite a bombing campaign", "activists were detained before
    the rally"), then the most specific.

    An out-of-scope event reported before any ACLED event, and in the lead, stays first.
    """

    def key(draft: _Draft) -> tuple[int, int, int, int, int, float]:
        score = max(t.provenance.score for t in draft.triggers)
        specificity = SPECIFICITY.get(draft.kind.sub_event_type, 0)
        first = draft.first_sentence
        depth = min(_clause_depth(doc, t.span) for t in draft.triggers if t.sentence_index == first)
        depth += 1 if specificity <= UNSPECIFIC else 0  # "the army was deployed where protesters set fire to ..."
        return (first, depth, -specificity, draft.triggers[0].span.start, -len(draft.triggers), -score)

    countable = [d for d in drafts if d.countable]
    in_scope = sorted((d for d in countable if d.kind.in_acled_scope), key=key)
    out_of_scope = sorted((d for d in countable if not d.kind.in_acled_scope), key=key)
    others = sorted((d for d in drafts if not d.countable), key=key)  # never the main event while one happened
    if in_scope and out_of_scope:
        first_out = out_of_scope[0].first_sentence
        if in_scope[0].first_sentence >= LEAD_SENTENCES and in_scope[0].first_sentence > first_out:
            return [out_of_scope[0], *in_scope, *out_of_scope[1:], *others]
    return in_scope + out_of_scope + others


def _clause_depth(doc: Doc | None, span: Span) -> int:
    """How many subordinate clauses and prepositional phrases hold the word at ``span``: 0 in the main clause
    (or a clause reported by its verb, "police said rebels attacked"), 1 under "after", "despite", a relative
    clause or a participle, and so on."""
    if doc is None:
        return 0
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return 0
    token = tokens.root
    depth = 0
    while True:
        governing = token.head.head if token.dep_ == "pobj" else token.head
        framing = token.dep_ == "pobj" and token.head.lower_ in FRAME_PREPOSITIONS
        if token.dep_ in SUBORDINATE_DEPS and not framing and governing.lemma_.lower() not in CASUALTY_VERBS:
            depth += 1  # "killed in an airstrike", "died after police fired": the casualties of the event named
        if token.head.i == token.i:
            return depth
        token = token.head


_TITLE_WORD = re.compile(r"[a-z]+")
# Headline words that report a death.
DEATH_HEADLINE_WORDS = frozenset({"killed", "kills", "dies", "died", "dead", "death", "deaths", "fatal", "fatally",
                                  "slain", "murdered", "homicide", "slaying", "killing"})  # fmt: skip
# Irregular forms a headline uses for trigger words ("shot", "dead", "slain").
_HEADLINE_FORMS = {"shot": "shoot", "dead": "kill", "dies": "kill", "died": "kill", "slain": "slay", "fatal": "kill",
                   "held": "arrest", "taken": "capture", "seized": "seize"}  # fmt: skip


def title_families(title: str | None) -> frozenset[str]:
    """The trigger families a headline reports ("Boy, 14, fatally shot" -> violence)."""
    return frozenset(f for word in _title_main_words(title) if (f := _family_of(word)) is not None)


# Words after which a headline tells the cause of what it reports ("Youths clash with police after teen shot").
_HEADLINE_CAUSE_WORDS = frozenset({"after", "following"})


def _title_main_words(title: str | None) -> list[str]:
    """A headline's words up to the one that starts its cause ("Riots erupt after police kill man" -> "riots",
    "erupt"), when the words before it report something; the whole headline otherwise."""
    words = _TITLE_WORD.findall((title or "").lower())
    cut = next((i for i, w in enumerate(words) if w in _HEADLINE_CAUSE_WORDS and i > 0), None)
    if cut is None:
        return words
    main = words[:cut]
    return main if any(_family_of(w) is not None for w in main) else words


def _family_of(word: str) -> str | None:
    for form in (_HEADLINE_FORMS.get(word, word), word[:-1], word[:-2], word[:-3]):
        if form in TRIGGER_FAMILIES:
            return TRIGGER_FAMILIES[form]
    return None


def _headline_first(ordered: list[_Draft], families: frozenset[str], headlines: Sequence[Span] = ()) -> list[_Draft]:
    """The event the headline reports leads, ACLED-typed before out-of-scope, the one the body reports too before
    the headline's own words alone (a headline's few words type it worse than the lead's sentence: "Villagers
    torch town hall" and "Hundreds of residents set fire to the town hall ... eight police officers were injured");
    otherwise the order stands."""
    if not families:
        return ordered
    matching = [d for d in ordered if d.countable and _reported_by_headline(d, families)]
    if not matching:
        return ordered
    in_body = [d for d in matching if not all(inside_any(t.span, headlines) for t in d.triggers)]
    if headlines and in_body:
        matching = [*in_body, *(d for d in matching if all(d is not b for b in in_body))]
    lead = next((d for d in matching if d.kind.in_acled_scope and _leads(d, matching[0])), matching[0])
    return [lead, *(d for d in ordered if d is not lead)]


def _reported_by_headline(draft: _Draft, families: frozenset[str]) -> bool:
    """Whether the headline's words report the draft: its triggers' family, or for "riot" any riot ("Villagers
    riot after road death" over "residents set fire to houses and fought with police", mob violence told by a
    burning)."""
    if any(t.family in families for t in draft.triggers):
        return True
    return "riot" in families and draft.kind.event_type == RIOTS


def _leads(in_scope: _Draft, first: _Draft) -> bool:
    """Whether an ACLED event the headline reports leads before the out-of-scope one it reports too: when the lead
    tells it, or no later than the other (as in ``_by_salience``)."""
    return in_scope.first_sentence < LEAD_SENTENCES or in_scope.first_sentence <= first.first_sentence


# ---------------------------------------------------------------- building


def _event(draft: _Draft, text: str, headlines: Sequence[Span] = ()) -> Event:
    # The evidence is the report's own sentence: a headline ("Market blast") only names what the lead tells.
    first = next((t for t in draft.triggers if not any(h.overlaps(t.span) for h in headlines)), draft.triggers[0])
    place = draft.placed.place
    country = country_name(place.country if place else None)
    counted = count_casualties(draft.casualties)
    return Event(
        event_type=draft.kind.event_type,
        sub_event_type=draft.kind.sub_event_type,
        trigger=first.span,
        sentence=first.sentence,
        provenance=Provenance("events", VERSION, rule=first.provenance.rule, score=_confidence(draft)),
        plover=draft.kind.plover,
        date=draft.dated.date,
        date_span=draft.dated.span,
        place=place,
        place_span=draft.placed.span,
        actor1=_actor1(draft, text, country),
        actor2=_actor2(draft, text, country),
        killed=counted.killed,
        injured=counted.injured,
        casualty_spans=counted.spans,
        plover_mode=mode_of(draft.kind, first.span.text_of(text)),
        killed_low=counted.killed_range[0],
        killed_high=counted.killed_range[1],
        injured_low=counted.injured_range[0],
        injured_high=counted.injured_range[1],
        date_basis=_date_basis(draft.dated),
        status=draft.status.status,
        claimant=draft.status.claimant,
        claimant_span=draft.status.claimant_span,
    )


def _date_basis(dated: DatedChoice) -> str | None:
    if dated.date is None:
        return None
    return "text" if dated.span is not None else "published"


def _actor1(draft: _Draft, text: str, country: str | None) -> Actor | None:
    spans = [t.actor1 for t in draft.triggers if t.actor1 is not None]
    for span in spans:
        actor = actors.perpetrator(draft.kind, span.text_of(text), span, country)
        if actor is not None:
            return actor
    return actors.perpetrator(draft.kind, "", None, country) if not spans else None


def _actor2(draft: _Draft, text: str, country: str | None) -> Actor | None:
    span = next((t.actor2 for t in draft.triggers if t.actor2 is not None), None)
    return actors.target(draft.kind, span.text_of(text) if span else "", span, country)


def _confidence(draft: _Draft) -> float:
    trigger_score = max(t.provenance.score for t in draft.triggers)
    evidence_bonus = min(0.1, 0.03 * (len(draft.triggers) - 1))
    return round(min(1.0, trigger_score * draft.dated.confidence + evidence_bonus), 3)
