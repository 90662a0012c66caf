"""An event's circumstances read from the article's other layers: its date, its place and its casualties."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

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
EARLIER_DATE_WINDOW = 2  # sentences back in which a date still speaks for a trigger
CASUALTY_WINDOW = 3  # sentences after a trigger whose casualty figures can belong to its event
# Injury reports that may be of the people who then died ("shot", "taken to hospital", "the wounded girl").
GUESSED_FROM_SHOT = frozenset({"shoot", "stab", "hospital", "injured-adj"})


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


def choose_date(
    sentences: Sequence[int], dates: Sequence[tuple[int, DateMention]], published: date | None
) -> DatedChoice:
    """A day in the event's sentences, else one shortly before, else one just after, else the publication date."""
    usable = [(i, m) for i, m in dates if m.resolved is not None and _not_after(m.resolved, published)]
    days = [(i, m) for i, m in usable if m.resolved is not None and m.resolved.granularity is Granularity.DAY]
    first, last = min(sentences), max(sentences)
    for candidates, confidence in (
        ([m for i, m in days if i in sentences][:1], 1.0),
        ([m for i, m in days if first - EARLIER_DATE_WINDOW <= i < first][-1:], 0.85),
        ([m for i, m in days if last < i <= last + EARLIER_DATE_WINDOW][:1], 0.75),
    ):
        if candidates:
            return DatedChoice(candidates[0].resolved, candidates[0].span, confidence)
    if published is not None:
        return DatedChoice(ResolvedDate(published.isoformat(), Granularity.DAY), None, 0.7)
    coarse = [m for i, m in usable if i in sentences]
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


def choose_place(
    sentences: Sequence[int], places: Sequence[tuple[int, PlaceMention]], landmarks: frozenset[Span] = frozenset()
) -> PlacedChoice:
    """The most specific place named in the event's sentences, else in the nearest sentence before that names
    one, else the article's first; a region or country is narrowed to the first town the article names in it.
    Between places as specific, one that is not named as a landmark (``landmarks``: "near Kyiv") wins."""
    resolved = [(i, m) for i, m in places if m.place is not None]
    first = min(sentences)
    earlier = [i for i, m in resolved if i < first and _local(m)]
    for candidates in (
        [m for i, m in resolved if i in sentences],
        [m for i, m in resolved if earlier and i == max(earlier) and _local(m)],
        [m for i, m in resolved if _local(m)][:1],
        [m for _, m in resolved][:1],
    ):
        if candidates:
            best = min(candidates, key=lambda m: (_specificity(m), m.span in landmarks))
            narrowed = _narrowed(best, resolved)
            place = _with_district(narrowed, sentences, resolved)
            return PlacedChoice(place, narrowed.span, narrowed.span in landmarks)
    return PlacedChoice(None, None)


def _narrowed(best: PlaceMention, resolved: Sequence[tuple[int, PlaceMention]]) -> PlaceMention:
    """For a region or a country, the first town of it that the article names ("Virginia" -> "Norfolk, Va.")."""
    region = best.place
    if region is None or region.kind not in {PlaceKind.ADMIN1, PlaceKind.COUNTRY}:
        return best
    for _, mention in resolved:
        town = mention.place
        if town is None or town.kind not in {PlaceKind.CITY, PlaceKind.DISTRICT}:
            continue
        same_region = town.admin1 == region.name if region.kind is PlaceKind.ADMIN1 else town.country == region.country
        if same_region:
            return mention
    return best


def _specificity(mention: PlaceMention) -> int:
    return PLACE_SPECIFICITY[mention.place.kind] if mention.place is not None else 99


def _local(mention: PlaceMention) -> bool:
    return mention.place is not None and _specificity(mention) <= PLACE_SPECIFICITY[PlaceKind.OTHER]


def _with_district(
    best: PlaceMention, sentences: Sequence[int], resolved: Sequence[tuple[int, PlaceMention]]
) -> ResolvedPlace | None:
    """A city refined to the district of it that the next sentences name ("two hits in the ... district")."""
    city = best.place
    if city is None or city.kind is not PlaceKind.CITY:
        return city
    window = range(min(sentences), max(sentences) + CASUALTY_WINDOW + 1)
    for i, mention in resolved:
        place = mention.place
        if i in window and place is not None and place.kind is PlaceKind.DISTRICT and place.city == city.name:
            return place
    return city


@dataclass(frozen=True, slots=True)
class Casualties:
    killed: int | None
    injured: int | None
    spans: tuple[Span, ...]


def count_casualties(mentions: Sequence[CasualtyMention]) -> Casualties:
    """The event's figures: the largest of its reports per kind (partial figures are smaller, not additive).

    People reported shot are not counted as injured when as many are reported killed: they died.
    """
    killed_counts = [m.count for m in mentions if m.kind is CasualtyKind.KILLED]
    killed = max(killed_counts) if killed_counts else None
    plain = [m.count for m in mentions if m.kind is CasualtyKind.INJURED and m.provenance.rule not in GUESSED_FROM_SHOT]
    shot = [m.count for m in mentions if m.kind is CasualtyKind.INJURED and m.provenance.rule in GUESSED_FROM_SHOT]
    injured_counts = plain + [n - (killed or 0) for n in shot if n - (killed or 0) > 0]
    injured = max(injured_counts) if injured_counts else (0 if shot else None)
    return Casualties(killed, injured, tuple(m.span for m in mentions))
