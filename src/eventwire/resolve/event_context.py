"""An event's circumstances read from the article's other layers: its date, its place and its casualties."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from eventwire.lexicon.events import MAYBE_THE_DEAD
from eventwire.lexicon.gazetteer import distance_km
from eventwire.model import (
    CasualtyKind,
    CasualtyMention,
    DateMention,
    Granularity,
    PlaceKind,
    PlaceMention,
    ResolvedDate,
    ResolvedPlace,
    Span,
)

# Most specific first: a district of a city, the city, its county, its region, a vaguer place, the country.
PLACE_SPECIFICITY = {
    PlaceKind.DISTRICT: 0, PlaceKind.CITY: 1, PlaceKind.ADMIN2: 2, PlaceKind.ADMIN1: 3, PlaceKind.OTHER: 4,
    PlaceKind.COUNTRY: 5, PlaceKind.CONTINENT: 6,
}  # fmt: skip
PUBLISHED_CONFIDENCE = 0.7  # an event dated by the publication day, its text naming none of its own
EARLIER_DATE_WINDOW = 2  # sentences back in which a date still speaks for a trigger
AFTERMATH_CONFIDENCE = 0.7  # a date of the aftermath ("arrested Sunday after a shooting"), as good as the publication's
CASUALTY_WINDOW = 3  # sentences after a trigger whose casualty figures can belong to its event
# Injury reports that may be of the people who then died ("shot", "taken to hospital", "the wounded girl",
# "suffered a gunshot wound", "a bullet struck him").
GUESSED_FROM_SHOT = MAYBE_THE_DEAD


@dataclass(frozen=True, slots=True)
class SentenceIndex:
    """Which sentence a character offset falls in (binary search over sentence starts)."""

    starts: tuple[int, ...]

    def of(self, span: Span) -> int:
        low, high = 0, len(self.starts) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.starts[middle] <= span.start:
                low = middle
            else:
                high = middle - 1
        return low


@dataclass(frozen=True, slots=True)
class DatedChoice:
    date: ResolvedDate | None
    span: Span | None
    confidence: float


DatesOf = Callable[[int], Sequence[DateMention]]


@dataclass(frozen=True, slots=True)
class ArticleDates:
    """An article's dates that can date an event (resolved, not after publication), by sentence number."""

    by_sentence: dict[int, tuple[DateMention, ...]]

    @classmethod
    def of(cls, dates: Iterable[tuple[int, DateMention]], published: date | None) -> ArticleDates:
        by_sentence: dict[int, list[DateMention]] = {}
        for i, mention in dates:
            if mention.resolved is not None and _not_after(mention.resolved, published):
                by_sentence.setdefault(i, []).append(mention)
        return cls({i: tuple(ms) for i, ms in by_sentence.items()})

    def __call__(self, sentence: int) -> Sequence[DateMention]:
        return self.by_sentence.get(sentence, ())


def choose_date(
    sentences: Sequence[int], dates: DatesOf, published: date | None, aftermath: DatesOf | None = None
) -> DatedChoice:
    """A day in the event's sentences, else one shortly before, else one just after, else the day of its aftermath
    that its own sentences tell ("a man was arrested Sunday after a shooting": the happening came on that day or
    shortly before, nearer than the publication), else the publication date. ``dates(i)`` gives the usable dates
    of sentence ``i`` in text order, ``aftermath(i)`` those of the aftermath."""
    first, last = min(sentences), max(sentences)
    own = sorted(set(sentences))

    def days(numbers: Iterable[int], of: DatesOf | None = dates) -> list[DateMention]:
        if of is None:
            return []
        return [m for i in numbers for m in of(i) if m.resolved and m.resolved.granularity is Granularity.DAY]

    for candidates, confidence in (
        (days(own)[:1], 1.0),
        (days(range(first - EARLIER_DATE_WINDOW, first))[-1:], 0.85),
        (days(range(last + 1, last + EARLIER_DATE_WINDOW + 1))[:1], 0.75),
    ):
        if candidates:
            return DatedChoice(candidates[0].resolved, candidates[0].span, confidence)
    later = [
        m
        for m in days(own, aftermath)
        if m.resolved and (published is None or m.resolved.value < published.isoformat())
    ]
    if later:
        return DatedChoice(later[0].resolved, later[0].span, AFTERMATH_CONFIDENCE)
    if published is not None:
        return DatedChoice(ResolvedDate(published.isoformat(), Granularity.DAY), None, PUBLISHED_CONFIDENCE)
    coarse = [m for i in own for m in dates(i)]
    if coarse:
        return DatedChoice(coarse[0].resolved, coarse[0].span, 0.6)
    return DatedChoice(None, None, 0.5)


def _not_after(resolved: ResolvedDate, published: date | None) -> bool:
    """Events are reported after they happen: a date later than the publication date is not the event's."""
    if published is None:
        return True
    return resolved.value[: len(published.isoformat())] <= published.isoformat()


@dataclass(frozen=True, slots=True)
class PlacedChoice:
    place: ResolvedPlace | None
    span: Span | None
    reference: bool = False  # named as a landmark ("near Kyiv"): any other place as specific is preferred

    @property
    def rank(self) -> tuple[int, bool]:
        """Lower is better: the more specific place, then one that is not a landmark."""
        return (PLACE_SPECIFICITY[self.place.kind] if self.place is not None else 99, self.reference)


@dataclass(frozen=True, slots=True)
class ArticlePlaces:
    """An article's resolved place mentions with their sentence numbers, indexed once per article so that
    choosing each event's place costs a few lookups, not a pass over every place."""

    resolved: tuple[tuple[int, PlaceMention], ...]
    by_sentence: dict[int, tuple[PlaceMention, ...]]
    local_sentences: tuple[int, ...]  # sorted: the sentences that name a place more local than a country
    first_local: PlaceMention | None

    @classmethod
    def of(cls, places: Iterable[tuple[int, PlaceMention]]) -> ArticlePlaces:
        resolved = tuple((i, m) for i, m in places if m.place is not None)
        by_sentence: dict[int, list[PlaceMention]] = {}
        for i, mention in resolved:
            by_sentence.setdefault(i, []).append(mention)
        local = [(i, m) for i, m in resolved if _local(m)]
        return cls(
            resolved=resolved,
            by_sentence={i: tuple(ms) for i, ms in by_sentence.items()},
            local_sentences=tuple(sorted({i for i, _ in local})),
            first_local=local[0][1] if local else None,
        )

    def in_sentences(self, sentences: Iterable[int]) -> list[PlaceMention]:
        return [m for i in sorted(set(sentences)) for m in self.by_sentence.get(i, ())]

    def nearest_local_before(self, sentence: int) -> list[PlaceMention]:
        """The local places of the nearest sentence before ``sentence`` that names one."""
        position = bisect_left(self.local_sentences, sentence)
        if position == 0:
            return []
        return [m for m in self.by_sentence[self.local_sentences[position - 1]] if _local(m)]

    def within(self, sentences: Iterable[int]) -> ArticlePlaces:
        """Only the places named in ``sentences``."""
        return ArticlePlaces.of((i, m) for i in sorted(set(sentences)) for m in self.by_sentence.get(i, ()))


def choose_place(
    sentences: Sequence[int],
    places: ArticlePlaces,
    landmarks: frozenset[Span] = frozenset(),
    locating: frozenset[Span] = frozenset(),
    awaiting: frozenset[Span] = frozenset(),
) -> PlacedChoice:
    """The most specific place named in the event's sentences, else in the nearest sentence before that names
    one, else the article's first; a region or country is narrowed to the first town the article names in it.
    Between places as specific, one that is not named as a landmark (``landmarks``: "near Kyiv") wins, then one
    the gazetteer can place over a town it lacks ("in Tsiko and Butembo": Butembo can be mapped). A region is not
    narrowed to a town named only to locate another (``locating``: "X, a village on the road between Y and Z"); an
    area named as where an unnamed village lies (``awaiting``: "a village in the X region") is narrowed to a town of
    it the gazetteer lacks that the text names as a place first ("Y village"), before one the gazetteer knows."""
    for candidates in (
        places.in_sentences(sentences),
        places.nearest_local_before(min(sentences)),
        [places.first_local] if places.first_local is not None else [],
        [m for _, m in places.resolved[:1]],
    ):
        if candidates:
            best = min(candidates, key=lambda m: (_specificity(m), m.span in landmarks, _unmapped(m)))
            narrowed = _narrowed(best, places.resolved, locating, best.span in awaiting)
            place = _with_district(narrowed, sentences, places)
            return PlacedChoice(place, narrowed.span, narrowed.span in landmarks)
    return PlacedChoice(None, None)


def _narrowed(
    best: PlaceMention,
    resolved: Sequence[tuple[int, PlaceMention]],
    locating: frozenset[Span] = frozenset(),
    awaits_a_village: bool = False,
) -> PlaceMention:
    """For a county, a region or a country, the first town of it that the article names ("Virginia" ->
    "Norfolk, Va."; "in Bamberg County" -> "Denmark, S.C." when the report names the town; "Sinai" -> "Arish"),
    not one named only to locate another place ("X, a village on the road between Y and Z": Y is no place of it).
    When the text names the region as where an unnamed village lies (``awaits_a_village``), a town of it the
    gazetteer lacks that the text names as a place comes first: the village is one too small to be listed. Where
    the article names no town of a province or a country, the first district of it that it names ("in Indonesia's
    Highland Papua province ... in Yahukimo regency"): the most precise area of the event that the text gives."""
    region = best.place
    if region is None or region.kind not in NARROWED_KINDS:
        return best
    unlisted = [m for _, m in resolved if m.provenance.rule.endswith(":unlisted-place")] if awaits_a_village else []
    named = [m for m in (*unlisted, *(m for _, m in resolved)) if m.span not in locating and m.place is not None]
    kinds = [{PlaceKind.CITY, PlaceKind.DISTRICT}]
    if region.kind is not PlaceKind.ADMIN2:
        kinds.append({PlaceKind.ADMIN2})
    for wanted in kinds:
        for mention in named:
            town = mention.place
            if town is not None and town.kind in wanted and holds(region, town):
                return mention
    return best


NARROWED_KINDS = frozenset({PlaceKind.ADMIN2, PlaceKind.ADMIN1, PlaceKind.OTHER, PlaceKind.COUNTRY})
COUNTY_REACH_KM = 40.0  # a town this close to a county's point (the mean of its towns) lies in it
REGION_REACH_KM = 300.0  # a town of the country this close to a region's point ("Sinai", "Darfur") lies in it


def _near(a: ResolvedPlace, b: ResolvedPlace, km: float) -> bool:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= km


def holds(region: ResolvedPlace, town: ResolvedPlace) -> bool:
    """Whether a town lies in a county (by the gazetteer's second-level division of the town), a region (by its
    first-level division, or near the point of a region of one country that has no division) or a country."""
    if region.kind is PlaceKind.ADMIN2:
        if town.admin1 != region.admin1 or town.country != region.country:
            return False
        if town.admin2 is not None:
            return town.admin2 == region.admin2
        return _near(town, region, COUNTY_REACH_KM)  # a small town, whose county the gazetteer does not give
    if region.kind is PlaceKind.ADMIN1:
        return town.admin1 == region.name
    if region.kind is PlaceKind.OTHER:  # a region of one country without borders in the gazetteer
        return region.country is not None and town.country == region.country and _near(town, region, REGION_REACH_KM)
    return town.country == region.country


def _specificity(mention: PlaceMention) -> int:
    return PLACE_SPECIFICITY[mention.place.kind] if mention.place is not None else 99


def _unmapped(mention: PlaceMention) -> bool:
    """A place the gazetteer lacks, named by the text without a point (``small_places.unlocated_places``)."""
    return mention.place is not None and mention.place.lat is None


def _local(mention: PlaceMention) -> bool:
    return mention.place is not None and _specificity(mention) <= PLACE_SPECIFICITY[PlaceKind.OTHER]


def _with_district(best: PlaceMention, sentences: Sequence[int], places: ArticlePlaces) -> ResolvedPlace | None:
    """A city refined to the district of it that the next sentences name ("two hits in the ... district")."""
    city = best.place
    if city is None or city.kind is not PlaceKind.CITY:
        return city
    window = range(min(sentences), max(sentences) + CASUALTY_WINDOW + 1)
    for mention in places.in_sentences(window):
        place = mention.place
        if place is not None and place.kind is PlaceKind.DISTRICT and place.city == city.name:
            return place
    return city


@dataclass(frozen=True, slots=True)
class Casualties:
    killed: int | None
    injured: int | None
    spans: tuple[Span, ...]
    killed_range: tuple[int | None, int | None] = (None, None)  # (low, high) of the figure chosen
    injured_range: tuple[int | None, int | None] = (None, None)


UPDATE_RULES = frozenset({"toll-update"})  # "the toll rose to 18": the latest figure, preferred to the first


def _maybe_the_dead(mention: CasualtyMention, killed: CasualtyMention | None) -> bool:
    """Whether a figure of the hurt may hold the dead: people shot or stabbed, or taken to hospital before the dead
    are told ("12 were taken to hospital, where four died"); not those taken to hospital after the dead were
    counted, more of them than the dead ("killing three officers and a passer-by ... seven people had been taken to
    hospital"; not "the deputies rushed the girl to the hospital", the one dead)."""
    if mention.provenance.rule not in GUESSED_FROM_SHOT:
        return False
    after_the_dead = killed is not None and killed.span.end <= mention.span.start and mention.count > killed.count
    return not (mention.provenance.rule == "hospital" and after_the_dead)


def count_casualties(mentions: Sequence[CasualtyMention]) -> Casualties:
    """The event's figures: the last update of the toll if there is one, else the largest of its reports per kind
    (partial figures are smaller, not additive), with the range of the figure chosen.

    People reported shot are not counted as injured when as many are reported killed: they died.
    """
    killed_mention = _killed_figure([m for m in mentions if m.kind is CasualtyKind.KILLED])
    killed = killed_mention.count if killed_mention is not None else None
    injured_reports = [m for m in mentions if m.kind is CasualtyKind.INJURED]
    plain = [m for m in injured_reports if not _maybe_the_dead(m, killed_mention)]
    shot = [m for m in injured_reports if _maybe_the_dead(m, killed_mention)]
    counts = [(m.count, m) for m in plain] + [(m.count - (killed or 0), m) for m in shot if m.count - (killed or 0) > 0]
    injured_choice = max(counts, key=lambda pair: pair[0]) if counts else None
    injured = injured_choice[0] if injured_choice else (0 if shot else None)
    return Casualties(
        killed,
        injured,
        tuple(m.span for m in mentions),
        _range(killed_mention),
        _range(injured_choice[1]) if injured_choice and injured_choice[0] == injured_choice[1].count else (None, None),
    )


def _killed_figure(mentions: Sequence[CasualtyMention]) -> CasualtyMention | None:
    updates = [m for m in mentions if m.provenance.rule in UPDATE_RULES]
    if updates:
        return max(updates, key=lambda m: m.span.start)
    return max(mentions, key=lambda m: m.count) if mentions else None


def _range(mention: CasualtyMention | None) -> tuple[int | None, int | None]:
    return (mention.low, mention.high) if mention is not None else (None, None)


# ---------------------------------------------------------------- the article's home region

HOME_MIN_SUPPORT = 3  # mentions of one first-level division that make it the article's region
FOREIGN_MIN_SUPPORT = 2  # ... against a town abroad that nothing else of the article lies near ("Metro Police")
HOME_TOWN_KINDS = frozenset({PlaceKind.CITY, PlaceKind.DISTRICT, PlaceKind.ADMIN2})
NAME_CAP = 3  # the most one name counts, however often it recurs (a surname read as a town)
AMBIGUOUS_NAME_CAP = 1  # ... a name with towns in several states ("Monroe", "Bristol"): its reading is a guess
DATELINE_SUPPORT = 3  # the town the report is filed from
HOME_COUNTRY = "US"  # local news: a town's name stands for towns of many states, the report's state tells which


@dataclass(frozen=True, slots=True)
class HomeRegion:
    """The first-level division an article's places lie in (``US`` local news: "Louisville, Tenn.", the Blount
    County sheriff), with the support of every division: each mention of a place in it counts once, and once
    more in a headline."""

    country: str
    admin1: str
    support: dict[tuple[str, str], int]
    countries: dict[str, frozenset[str]]  # the names of the article's places in each country

    @classmethod
    def of(
        cls,
        mentions: Sequence[PlaceMention],
        headlines: Sequence[Span] = (),
        title: str | None = None,
        dateline: PlaceMention | None = None,
        ambiguous: Callable[[str], bool] | None = None,
    ) -> HomeRegion | None:
        """The division with at least ``FOREIGN_MIN_SUPPORT`` and twice the support of any other. Each mention counts
        once and once more in a headline, a division's own name twice, a name at most ``NAME_CAP`` however often it
        recurs (a surname read as a town), a town's name that ``ambiguous`` says several states have at most
        ``AMBIGUOUS_NAME_CAP`` (the places stage guessed its state: "Monroe" recurring in a report on Connecticut
        is no evidence for New York), and the dateline's town ``DATELINE_SUPPORT``."""
        names: dict[tuple[str, str], Counter[str]] = {}
        countries: dict[str, set[str]] = {}
        for mention in mentions:
            place = mention.place
            if place is not None and place.country:
                countries.setdefault(place.country, set()).add(mention.text.casefold())
            if place is None or place.country != HOME_COUNTRY or not place.admin1:
                continue
            if place.kind not in HOME_TOWN_KINDS and place.kind is not PlaceKind.ADMIN1:
                continue
            weight = 2 if place.kind is PlaceKind.ADMIN1 else 1
            if any(h.start <= mention.span.start < h.end for h in headlines) or _in_title(mention.text, title):
                weight += 1
            names.setdefault((place.country, place.admin1), Counter())[mention.text.casefold()] += weight
        guessed = frozenset(
            m.text.casefold()
            for m in mentions
            if ambiguous is not None and m.place is not None and m.place.kind in HOME_TOWN_KINDS and ambiguous(m.text)
        )
        support = {
            key: sum(min(w, AMBIGUOUS_NAME_CAP if name in guessed else NAME_CAP) for name, w in counts.items())
            for key, counts in names.items()
        }
        town = dateline.place if dateline is not None else None
        if town is not None and town.country == HOME_COUNTRY and town.admin1:
            key = (town.country, town.admin1)
            support[key] = support.get(key, 0) + DATELINE_SUPPORT
        if not support:
            return None
        (best, count), *rest = sorted(support.items(), key=lambda item: -item[1])
        if count < FOREIGN_MIN_SUPPORT or (rest and rest[0][1] * 2 > count):
            return None
        return cls(best[0], best[1], support, {c: frozenset(n) for c, n in countries.items()})

    def holds(self, place: ResolvedPlace) -> bool:
        return place.country == self.country and place.admin1 == self.admin1

    def stray(self, place: ResolvedPlace) -> bool:
        """A town or county outside the region whose own division the article barely names: a name misread
        (a namesake in another state or country) or a place of something else than the event."""
        if place.kind not in HOME_TOWN_KINDS or self.holds(place):
            return False
        home = self.support[(self.country, self.admin1)]
        if place.country != self.country:  # and the article names nothing else in that country
            return place.country is None or len(self.countries.get(place.country, frozenset())) <= 1
        own = self.support.get((place.country, place.admin1 or ""), 0)
        return home >= HOME_MIN_SUPPORT and own * 3 <= home


def _in_title(name: str, title: str | None) -> bool:
    if not title:
        return False
    at = title.find(name)
    after = title[at + len(name) : at + len(name) + 1]
    return at >= 0 and (at == 0 or not title[at - 1].isalnum()) and not after.isalnum()


def in_home_region(
    choice: PlacedChoice,
    sentences: Iterable[int],
    places: ArticlePlaces,
    home: HomeRegion | None,
    namesakes: Callable[[str], Sequence[ResolvedPlace]],
    qualified: Callable[[Span], bool],
    dateline: Span | None = None,
) -> PlacedChoice:
    """The event's town or county when it lies outside the article's home region: its namesake in the region
    (the name alone was read as the town of another state: "Wellston" in a report on Oklahoma), unless the text
    names its state ("Franklin, Maine"); else the most specific place in the region that the event's sentences
    name; else the town of the region the article names most, else its county, else the region itself."""
    place, span = choice.place, choice.span
    if home is None or place is None or not home.stray(place) or (span is not None and span == dateline):
        return choice
    mention = next((m for _, m in places.resolved if m.span == span), None)
    if mention is not None and (span is None or not qualified(span)):
        key = mention.text.casefold()
        named = [m.place for _, m in places.resolved if m.text.casefold() == key and m.place is not None]
        same = [p for p in named if p.kind in HOME_TOWN_KINDS and home.holds(p)]
        same = same or [p for p in namesakes(mention.text) if p.kind in TOWN_OR_COUNTY and home.holds(p)]
        if same:
            return PlacedChoice(max(same, key=lambda p: p.population), span, choice.reference)
    own = [m for m in places.in_sentences(sentences) if m.place is not None and home.holds(m.place)]
    local = [m for m in own if m.place is not None and m.place.kind in HOME_TOWN_KINDS]
    if local:
        best = min(local, key=_specificity)
        return PlacedChoice(best.place, best.span)
    region = [m for _, m in places.resolved if m.place is not None and home.holds(m.place)]
    for kinds in ({PlaceKind.CITY, PlaceKind.DISTRICT}, {PlaceKind.ADMIN2}, {PlaceKind.ADMIN1}):
        of_kind = [m for m in region if m.place is not None and m.place.kind in kinds]
        if of_kind:
            counts = Counter(m.place for m in of_kind)
            top = max(counts.values())
            best = next(m for m in of_kind if counts[m.place] == top)
            return PlacedChoice(best.place, best.span)
    return choice


TOWN_OR_COUNTY = frozenset({PlaceKind.CITY, PlaceKind.ADMIN2})


RESTATED_WINDOW = 2  # sentences after an event's own in which the text may say more precisely where it happened
RESTATED_REACH_KM = {2: 150.0, 1: 60.0}  # how far from a route's end, from a landmark, the more precise place lies
_RESTATED_KINDS = frozenset({PlaceKind.CITY, PlaceKind.DISTRICT})


def restated_place(
    choice: PlacedChoice,
    sentences: Iterable[int],
    places: ArticlePlaces,
    landmarks: frozenset[Span],
    routes: frozenset[Span],
    text: str,
    locating: frozenset[Span] = frozenset(),
) -> PlacedChoice:
    """An event placed only by a landmark ("a village near X") or a route's end ("on the highway between X and Y")
    at the town one of the next ``RESTATED_WINDOW`` sentences names after a locative word, when that is more
    precise: not a route's end, not a landmark when the event has only a route's end ("The bus was stopped near Z",
    "The car was hit on the outskirts of Z", "Officers who arrived in Z"; not one in ``locating``, which holds the
    places of the aftermath: "He was arrested later in Z"). The town lies near the anchor or is one
    the gazetteer lacks (without a point, or at its area's: "near Z, a town in Y state"), in the anchor's country
    (whose country and region it takes when it has none)."""
    anchor, span = choice.place, choice.span
    if anchor is None or span is None or anchor.kind not in _RESTATED_KINDS:
        return choice
    weakness = 2 if span in routes else 1 if choice.reference else 0
    if weakness == 0:
        return choice
    own = next((i for i, m in places.resolved if m.span == span), min(sentences))
    for sentence in range(own + 1, own + RESTATED_WINDOW + 1):
        found = []
        for mention in places.by_sentence.get(sentence, ()):
            town = mention.place
            if town is None or town.kind not in _RESTATED_KINDS or mention.span in routes or mention.span in locating:
                continue
            rank = 1 if mention.span in landmarks else 0
            if rank >= weakness or town.name == anchor.name or not _placed_as_where(mention, text):
                continue
            unmapped = town.lat is None or town.at_area  # a town the gazetteer lacks, at no point or its area's
            if unmapped and town.country not in (None, anchor.country):
                continue
            if not unmapped and not _near(town, anchor, RESTATED_REACH_KM[weakness]):
                continue
            found.append((rank, mention))
        if found:
            rank, best = min(found, key=lambda item: (item[0], item[1].span.start))
            assert best.place is not None
            town = best.place
            if town.country is None:
                town = replace(town, country=anchor.country, admin1=anchor.admin1, admin2=anchor.admin2)
            return PlacedChoice(town, best.span, rank == 1)
    return choice


# A locative word right before a town: "near Z", "close to Z", "in Z", "at Z", "on the outskirts of Z", "the village
# of Z".
_WHERE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|around|of|close\s+to|next\s+to)\s+(?:the\s+)?(?:(?:[a-z]+\s+){0,2}(?:village|town|community|commune)\s+of\s+)?$"
)


def _placed_as_where(mention: PlaceMention, text: str) -> bool:
    start = mention.span.start
    return _WHERE_BEFORE.search(text, max(0, start - 40), start) is not None
