"""Hypothesis strategies for valid ``ArticleResult`` values, for the canonical JSON round trip.

Valid means what the pipeline can produce: every span lies inside the article text, every mention
text is the text its span covers, sentences are numbered by their position, coordinates and
scores are finite and in range, dates have the value shapes the resolver writes. Strings are any
Unicode text without surrogates (what a UTF-8 file can hold).
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from hypothesis import strategies as st

from eventwire.model import (
    Actor,
    Article,
    ArticleResult,
    CasualtyKind,
    CasualtyMention,
    DateMention,
    EntityMention,
    Event,
    Granularity,
    PlaceKind,
    PlaceMention,
    Provenance,
    QuoteKind,
    QuoteMention,
    ResolvedDate,
    ResolvedPlace,
    SentenceMention,
    Span,
    Speaker,
    StageRun,
)

T = TypeVar("T")

unicode_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
article_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=80)
counts = st.integers(min_value=0, max_value=10**6)
days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
years = st.integers(min_value=0, max_value=9999)


def optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.none() | strategy


def few(strategy: st.SearchStrategy[T], most: int = 3) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(strategy, max_size=most).map(tuple)


@st.composite
def spans(draw: st.DrawFn, text: str) -> Span:
    """A span inside ``text`` (possibly empty, possibly the whole text)."""
    start = draw(st.integers(min_value=0, max_value=len(text)))
    return Span(start, draw(st.integers(min_value=start, max_value=len(text))))


provenances = st.builds(
    Provenance,
    stage=st.sampled_from(["entities", "dates", "places", "quotes", "casualties", "events"]) | unicode_text,
    version=unicode_text,
    rule=unicode_text,
    score=st.floats(min_value=0.0, max_value=1.0),
)


def _year(n: int) -> str:
    return f"{n:04d}"


# One strategy per granularity, for values of the shapes the resolver writes (resolve/calendar.py).
DATE_VALUES: dict[Granularity, st.SearchStrategy[str]] = {
    Granularity.DAY: days.map(date.isoformat),
    Granularity.WEEK: st.builds(
        lambda y, w, weekend: f"{_year(y)}-W{w:02d}{'-WE' if weekend else ''}",
        years,
        st.integers(1, 53),
        st.booleans(),
    ),
    Granularity.MONTH: st.builds(lambda y, m: f"{_year(y)}-{m:02d}", years, st.integers(1, 12)),
    Granularity.QUARTER: st.builds(
        lambda y, q: f"{_year(y)}-{q}", years, st.sampled_from(["Q1", "Q2", "Q3", "Q4", "H1", "H2"])
    ),
    Granularity.SEASON: st.builds(lambda y, s: f"{_year(y)}-{s}", years, st.sampled_from(["SP", "SU", "FA", "WI"])),
    Granularity.YEAR: years.map(_year),
    Granularity.DECADE: st.integers(0, 999).map(lambda d: f"{d:03d}"),
    Granularity.CENTURY: st.integers(0, 99).map(lambda c: f"{c:02d}"),
    Granularity.REFERENCE: st.sampled_from(["PRESENT_REF", "PAST_REF", "FUTURE_REF"]),
}
assert set(DATE_VALUES) == set(Granularity), "a granularity without values to test"


def dates_of(granularity: Granularity) -> st.SearchStrategy[ResolvedDate]:
    """Resolved dates of one granularity."""
    return DATE_VALUES[granularity].map(lambda value: ResolvedDate(value, granularity))


shaped_dates = st.one_of([dates_of(granularity) for granularity in Granularity])
# The JSON writes the granularity, so any value must survive, also shapes the resolver may write one day.
resolved_dates = shaped_dates | st.builds(ResolvedDate, unicode_text, st.sampled_from(Granularity))

places = st.builds(
    ResolvedPlace,
    name=unicode_text,
    kind=st.sampled_from(PlaceKind),
    lat=optional(st.floats(min_value=-90.0, max_value=90.0)),
    lon=optional(st.floats(min_value=-180.0, max_value=180.0)),
    country=optional(unicode_text),
    admin1=optional(unicode_text),
    admin2=optional(unicode_text),
    city=optional(unicode_text),
    geonameid=optional(st.integers(min_value=1, max_value=2**31)),
    population=counts,
)


@st.composite
def entity_mentions(draw: st.DrawFn, text: str) -> EntityMention:
    span = draw(spans(text))
    label = draw(st.sampled_from(["PERSON", "ORG", "GPE", "LOC", "NORP"]) | unicode_text)
    return EntityMention(span, span.text_of(text), label, draw(provenances))


@st.composite
def date_mentions(draw: st.DrawFn, text: str) -> DateMention:
    span = draw(spans(text))
    return DateMention(span, span.text_of(text), draw(optional(resolved_dates)), draw(provenances), draw(unicode_text))


@st.composite
def place_mentions(draw: st.DrawFn, text: str) -> PlaceMention:
    span = draw(spans(text))
    return PlaceMention(span, span.text_of(text), draw(optional(places)), draw(provenances))


@st.composite
def speakers(draw: st.DrawFn, text: str) -> Speaker:
    principal = draw(optional(unicode_text))
    return Speaker(
        draw(unicode_text),
        draw(optional(spans(text))),
        draw(optional(spans(text))),
        draw(optional(unicode_text)),
        principal,
        None if principal is None else draw(optional(spans(text))),
    )


@st.composite
def quote_mentions(draw: st.DrawFn, text: str) -> QuoteMention:
    return QuoteMention(
        draw(spans(text)),
        draw(optional(speakers(text))),
        draw(optional(spans(text))),
        draw(st.sampled_from(QuoteKind)),
        draw(provenances),
        draw(optional(counts)),
    )


@st.composite
def casualty_mentions(draw: st.DrawFn, text: str) -> CasualtyMention:
    return CasualtyMention(
        draw(spans(text)),
        draw(st.sampled_from(CasualtyKind)),
        draw(counts),
        draw(provenances),
        draw(optional(counts)),
        draw(optional(counts)),
    )


@st.composite
def actors(draw: st.DrawFn, text: str) -> Actor:
    return Actor(
        draw(unicode_text),
        draw(optional(spans(text))),
        draw(optional(unicode_text)),
        draw(optional(st.integers(1, 8))),
        draw(optional(st.sampled_from(["military", "police", "government", "rebel", "IGO"]) | unicode_text)),
        draw(optional(st.sampled_from(["state", "armed group", "person"]))),
        draw(optional(unicode_text)),
    )


@st.composite
def events(draw: st.DrawFn, text: str) -> Event:
    return Event(
        event_type=draw(st.sampled_from(["Battles", "Explosions/Remote violence", "Protests", "none"]) | unicode_text),
        sub_event_type=draw(optional(unicode_text)),
        trigger=draw(spans(text)),
        sentence=draw(spans(text)),
        provenance=draw(provenances),
        plover=draw(optional(st.sampled_from(["ASSAULT", "CONSULT", "ACCUSE"]) | unicode_text)),
        date=draw(optional(resolved_dates)),
        date_span=draw(optional(spans(text))),
        place=draw(optional(places)),
        place_span=draw(optional(spans(text))),
        actor1=draw(optional(actors(text))),
        actor2=draw(optional(actors(text))),
        killed=draw(optional(counts)),
        injured=draw(optional(counts)),
        casualty_spans=draw(few(spans(text))),
        plover_mode=draw(optional(st.sampled_from(["aerial", "visit"]) | unicode_text)),
    )


articles = st.builds(
    Article,
    id=unicode_text,
    text=article_text,
    published=optional(days),
    title=optional(unicode_text),
    url=optional(unicode_text),
    source=optional(unicode_text),
    origin=unicode_text,
    # "": computed from the text and date; else one kept from an earlier definition (the store keeps it)
    hash=st.just("") | st.text("0123456789abcdef", min_size=64, max_size=64),
)

stage_runs = st.builds(
    StageRun, st.sampled_from(["parse", "sentences", "entities", "events"]) | unicode_text, unicode_text
)


@st.composite
def article_results(draw: st.DrawFn) -> ArticleResult:
    """A valid result with every kind of mention (each list possibly empty)."""
    article = draw(articles)
    text = article.text
    sentence_spans = draw(few(spans(text), most=4))
    return ArticleResult(
        article=article,
        pipeline=draw(few(stage_runs, most=4)),
        sentences=tuple(SentenceMention(span, i) for i, span in enumerate(sentence_spans)),
        entities=draw(few(entity_mentions(text))),
        dates=draw(few(date_mentions(text))),
        places=draw(few(place_mentions(text))),
        quotes=draw(few(quote_mentions(text))),
        casualties=draw(few(casualty_mentions(text))),
        events=draw(few(events(text))),
        warnings=draw(few(unicode_text)),
    )
