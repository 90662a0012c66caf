"""Hand-built article results (no spaCy) for the store and query tests."""

from __future__ import annotations

from datetime import date

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

PIPELINE = (StageRun("parse", "en_core_web_sm"), StageRun("events", "1"))
NEWER_PIPELINE = (StageRun("parse", "en_core_web_sm"), StageRun("events", "2"))

HARBOUR_TEXT = (
    "Rockets struck the harbour district of Odesa on Tuesday, killing three people and wounding seven.\n"
    '"We will rebuild every pier," Mayor Hennadiy Trukhanov told reporters at the scene.\n'
    "On Wednesday hundreds of dock workers marched through Lviv to demand better air defence."
)

MARKET_TEXT = (
    "A roadside bomb exploded near a crowded market, police said, without giving a toll.\n"
    "The governor said the attackers would be found."
)

UNDATED_TEXT = "Fighters clashed with soldiers at a checkpoint outside Goma, witnesses said."


def span_of(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span(start, start + len(words))


def prov(stage: str, rule: str = "test", score: float = 0.9) -> Provenance:
    return Provenance(stage, "1", rule, score)


ODESA = ResolvedPlace(
    "Odesa", PlaceKind.CITY, 46.48, 30.73, country="UA", admin1="Odeska", geonameid=698740, population=1015826
)
LVIV = ResolvedPlace("Lviv", PlaceKind.CITY, 49.84, 24.02, country="UA", admin1="Lvivska", geonameid=702550)
GOMA = ResolvedPlace("Goma", PlaceKind.CITY, -1.68, 29.23, country="CD", admin1="Nord Kivu", geonameid=216281)


def harbour_result(pipeline: tuple[StageRun, ...] = PIPELINE, killed: int = 3) -> ArticleResult:
    """Two events (a shelling with casualties, a protest), a quote, places, dates and casualties."""
    text = HARBOUR_TEXT
    article = Article(
        id="harbour-1",
        text=text,
        published=date(2023, 3, 15),
        title="Rockets hit Odesa harbour",
        url="https://news.example/odesa",
        source="Example Wire",
        origin="feed.jsonl:1",
    )
    first, second, third = text.split("\n")
    sentences = (
        SentenceMention(Span(0, len(first) + 1), 0),  # with its line break, as sentence spans may be
        SentenceMention(span_of(text, second), 1),
        SentenceMention(span_of(text, third), 2),
    )
    return ArticleResult(
        article=article,
        pipeline=pipeline,
        sentences=sentences,
        entities=(
            EntityMention(span_of(text, "Odesa"), "Odesa", "GPE", Provenance("entities", "1", "spacy-ner")),
            EntityMention(
                span_of(text, "Hennadiy Trukhanov"), "Hennadiy Trukhanov", "PERSON", Provenance("entities", "1")
            ),
        ),
        dates=(
            DateMention(
                span_of(text, "Tuesday"), "Tuesday", ResolvedDate("2023-03-14", Granularity.DAY), prov("dates")
            ),
            DateMention(
                span_of(text, "Wednesday"), "Wednesday", ResolvedDate("2023-03-15", Granularity.DAY), prov("dates")
            ),
        ),
        places=(
            PlaceMention(span_of(text, "Odesa"), "Odesa", ODESA, prov("places")),
            PlaceMention(span_of(text, "Lviv"), "Lviv", LVIV, prov("places")),
        ),
        quotes=(
            QuoteMention(
                span_of(text, "We will rebuild every pier,"),
                Speaker("Hennadiy Trukhanov", span_of(text, "Mayor Hennadiy Trukhanov"), None, "mayor"),
                span_of(text, "told"),
                QuoteKind.DIRECT,
                prov("quotes", score=0.8),
            ),
        ),
        casualties=(
            CasualtyMention(span_of(text, "killing three people"), CasualtyKind.KILLED, killed, prov("casualties")),
            CasualtyMention(span_of(text, "wounding seven"), CasualtyKind.INJURED, 7, prov("casualties"), 7, 7),
        ),
        events=(_shelling(text, sentences[0].span, killed), _protest(text, sentences[2].span)),
        warnings=("a test warning",),
    )


def _shelling(text: str, sentence: Span, killed: int) -> Event:
    return Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        trigger=span_of(text, "struck"),
        sentence=sentence,
        provenance=prov("events", "shelling", 0.75),
        plover="ATTACK",
        date=ResolvedDate("2023-03-14", Granularity.DAY),
        date_span=span_of(text, "Tuesday"),
        place=ODESA,
        place_span=span_of(text, "Odesa"),
        actor1=Actor("Military Forces of Russia", None, "RU"),
        actor2=Actor("Civilians (Ukraine)", span_of(text, "three people"), "UA"),
        killed=killed,
        injured=7,
        casualty_spans=(span_of(text, "killing three people"), span_of(text, "wounding seven")),
    )


def _protest(text: str, sentence: Span) -> Event:
    return Event(
        event_type="Protests",
        sub_event_type="Peaceful protest",
        trigger=span_of(text, "marched"),
        sentence=sentence,
        provenance=prov("events", "protest", 0.6),
        date=ResolvedDate("2023-03-15", Granularity.DAY),
        date_span=span_of(text, "Wednesday"),
        place=LVIV,
        place_span=span_of(text, "Lviv"),
        actor1=Actor("Protesters (Ukraine)", span_of(text, "dock workers"), "UA"),
    )


def market_result(pipeline: tuple[StageRun, ...] = PIPELINE) -> ArticleResult:
    """One event with no date, place or figures, in an article published 2023-03-10; an indirect quote."""
    text = MARKET_TEXT
    article = Article(id="market-7", text=text, published=date(2023, 3, 10), source="Other Daily")
    sentence = span_of(text, text.split("\n")[0])
    event = Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        trigger=span_of(text, "exploded"),
        sentence=sentence,
        provenance=prov("events", "bomb", 0.5),
    )
    quote = QuoteMention(
        span_of(text, "the attackers would be found"),
        Speaker("the governor", span_of(text, "The governor")),
        span_of(text, "said", text.index("governor")),
        QuoteKind.INDIRECT,
        prov("quotes"),
    )
    return ArticleResult(article=article, pipeline=pipeline, events=(event,), quotes=(quote,))


def undated_result(pipeline: tuple[StageRun, ...] = PIPELINE) -> ArticleResult:
    """A battle dated only by its week, in an article with no publication date."""
    text = UNDATED_TEXT
    article = Article(id="goma-3", text=text, published=None)
    event = Event(
        event_type="Battles",
        sub_event_type="Armed clash",
        trigger=span_of(text, "clashed"),
        sentence=Span(0, len(text)),
        provenance=prov("events", "clash", 0.7),
        date=ResolvedDate("2023-W11", Granularity.WEEK),
        place=GOMA,
        place_span=span_of(text, "Goma"),
        actor1=Actor("M23: March 23 Movement"),
        actor2=Actor("Military Forces of the Democratic Republic of Congo"),
        killed=0,
    )
    return ArticleResult(article=article, pipeline=pipeline, events=(event,))
