"""The canonical JSON of an article's result: eventwire's public contract (docs/FORMAT.md).

``to_json`` and ``from_json`` are inverse: a result survives the round trip unchanged.
Bump ``FORMAT_VERSION`` on any change that a reader of the old format would misread.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.model.article import Article
from eventwire.model.mention import (
    Actor,
    CasualtyKind,
    CasualtyMention,
    DateMention,
    EntityMention,
    Event,
    PlaceMention,
    QuoteKind,
    QuoteMention,
    SentenceMention,
    Speaker,
)
from eventwire.model.place import PlaceKind, ResolvedPlace
from eventwire.model.result import ArticleResult, StageRun
from eventwire.model.span import Provenance, Span
from eventwire.model.time import Granularity, ResolvedDate

FORMAT_VERSION = "eventwire.article/1"

Json = dict[str, Any]


# ---------------------------------------------------------------- writing


def to_json(result: ArticleResult) -> Json:
    article, text = result.article, result.article.text
    return {
        "format": FORMAT_VERSION,
        "id": article.id,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "source": article.source,
        "hash": article.hash,
        "events": [_event(e, text) for e in result.events],
        "quotes": [_quote(q, text) for q in result.quotes],
        "places": [_place_mention(p) for p in result.places],
        "dates": [_date_mention(d) for d in result.dates],
        "casualties": [_casualty(c) for c in result.casualties],
        "entities": [_entity(e) for e in result.entities],
        "sentences": [s.span.to_json() for s in result.sentences],
        "pipeline": [{"stage": s.name, "version": s.version} for s in result.pipeline],
        "warnings": list(result.warnings),
    }


def _span(span: Span | None, text: str) -> Json | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text_of(text)}


def place_json(place: ResolvedPlace | None) -> Json | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "kind": place.kind.value,
        "country": place.country,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "city": place.city,
        "lat": place.lat,
        "lon": place.lon,
        "geonameid": place.geonameid,
        "population": place.population,
        "precision": place.geo_precision,
    }


def _place_mention(m: PlaceMention) -> Json:
    resolved = place_json(m.place) or {}
    return {
        "start": m.span.start,
        "end": m.span.end,
        "text": m.text,
        **{k: resolved.get(k) for k in ("name", "kind", "country", "admin1", "admin2", "city", "lat", "lon")},
        "place": place_json(m.place),
        "provenance": m.provenance.to_json(),
    }


def _date_mention(m: DateMention) -> Json:
    return {
        "start": m.span.start,
        "end": m.span.end,
        "text": m.text,
        "value": m.resolved.value if m.resolved else None,
        "granularity": m.resolved.granularity.value if m.resolved else None,
        "note": m.note or None,
        "provenance": m.provenance.to_json(),
    }


def _quote(q: QuoteMention, text: str) -> Json:
    speaker = None
    if q.speaker is not None:
        speaker = {
            "name": q.speaker.name,
            "start": q.speaker.span.start if q.speaker.span else None,
            "end": q.speaker.span.end if q.speaker.span else None,
            "text": q.speaker.span.text_of(text) if q.speaker.span else None,
            "name_span": q.speaker.name_span.to_json() if q.speaker.name_span else None,
            "title": q.speaker.title,
        }
    return {
        "start": q.span.start,
        "end": q.span.end,
        "text": q.span.text_of(text),
        "speaker": speaker,
        "cue": _span(q.cue, text),
        "kind": q.kind.value,
        "provenance": q.provenance.to_json(),
    }


def _casualty(c: CasualtyMention) -> Json:
    return {
        "start": c.span.start,
        "end": c.span.end,
        "kind": c.kind.value,
        "count": c.count,
        "low": c.low,
        "high": c.high,
        "provenance": c.provenance.to_json(),
    }


def _entity(e: EntityMention) -> Json:
    return {"start": e.span.start, "end": e.span.end, "text": e.text, "label": e.label}


def _actor(a: Actor | None, text: str) -> Json | None:
    if a is None:
        return None
    return {"name": a.name, "country": a.country, "mention": _span(a.span, text)}


def _event(e: Event, text: str) -> Json:
    location = place_json(e.place)
    return {
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "plover": e.plover,
        "date": e.date.value if e.date else None,
        "time_precision": e.date.time_precision if e.date else None,
        "location": location,
        "actor1": _actor(e.actor1, text),
        "actor2": _actor(e.actor2, text),
        "killed": e.killed,
        "injured": e.injured,
        "confidence": round(e.provenance.score, 3),
        "evidence": {
            "sentence": _span(e.sentence, text),
            "trigger": _span(e.trigger, text),
            "date": _span(e.date_span, text),
            "location": _span(e.place_span, text),
            "casualties": [_span(s, text) for s in e.casualty_spans],
        },
        "provenance": e.provenance.to_json(),
    }


# ---------------------------------------------------------------- reading


def from_json(data: Json, text: str) -> ArticleResult:
    """Rebuild a result from its canonical JSON and the article text it indexes into."""
    article = Article(
        id=data["id"],
        text=text,
        published=date.fromisoformat(data["published"]) if data.get("published") else None,
        title=data.get("title"),
        url=data.get("url"),
        source=data.get("source"),
    )
    return ArticleResult(
        article=article,
        pipeline=tuple(StageRun(s["stage"], s["version"]) for s in data.get("pipeline", [])),
        sentences=tuple(SentenceMention(_read_span(s), i) for i, s in enumerate(data.get("sentences", []))),
        entities=tuple(_read_entity(e) for e in data.get("entities", [])),
        dates=tuple(_read_date(d) for d in data.get("dates", [])),
        places=tuple(_read_place_mention(p) for p in data.get("places", [])),
        quotes=tuple(_read_quote(q) for q in data.get("quotes", [])),
        casualties=tuple(_read_casualty(c) for c in data.get("casualties", [])),
        events=tuple(_read_event(e) for e in data.get("events", [])),
        warnings=tuple(data.get("warnings", [])),
    )


def _read_span(d: Json | None) -> Span:
    assert d is not None
    return Span(d["start"], d["end"])


def _read_optional_span(d: Json | None) -> Span | None:
    return None if d is None else Span(d["start"], d["end"])


def _read_provenance(d: Json) -> Provenance:
    return Provenance(d["stage"], d["version"], d.get("rule", ""), d.get("score", 1.0))


def _read_entity(d: Json) -> EntityMention:
    return EntityMention(_read_span(d), d["text"], d["label"], Provenance("entities", "?"))


def _read_date(d: Json) -> DateMention:
    resolved = ResolvedDate(d["value"], Granularity(d["granularity"])) if d.get("value") else None
    return DateMention(_read_span(d), d["text"], resolved, _read_provenance(d["provenance"]), d.get("note") or "")


def read_place(d: Json | None) -> ResolvedPlace | None:
    if d is None:
        return None
    return ResolvedPlace(
        name=d["name"],
        kind=PlaceKind(d["kind"]),
        lat=d.get("lat"),
        lon=d.get("lon"),
        country=d.get("country"),
        admin1=d.get("admin1"),
        admin2=d.get("admin2"),
        city=d.get("city"),
        geonameid=d.get("geonameid"),
        population=d.get("population") or 0,
    )


def _read_place_mention(d: Json) -> PlaceMention:
    return PlaceMention(_read_span(d), d["text"], read_place(d.get("place")), _read_provenance(d["provenance"]))


def _read_quote(d: Json) -> QuoteMention:
    s = d.get("speaker")
    speaker = None
    if s is not None:
        span = Span(s["start"], s["end"]) if s.get("start") is not None else None
        speaker = Speaker(s["name"], span, _read_optional_span(s.get("name_span")), s.get("title"))
    return QuoteMention(
        _read_span(d),
        speaker,
        _read_optional_span(d.get("cue")),
        QuoteKind(d["kind"]),
        _read_provenance(d["provenance"]),
    )


def _read_casualty(d: Json) -> CasualtyMention:
    return CasualtyMention(
        _read_span(d),
        CasualtyKind(d["kind"]),
        d["count"],
        _read_provenance(d["provenance"]),
        d.get("low"),
        d.get("high"),
    )


def _read_actor(d: Json | None) -> Actor | None:
    if d is None:
        return None
    return Actor(d["name"], _read_optional_span(d.get("mention")), d.get("country"))


def _read_event(d: Json) -> Event:
    evidence = d.get("evidence") or {}
    granularity = _granularity_of(d.get("date"))
    return Event(
        event_type=d["event_type"],
        sub_event_type=d.get("sub_event_type"),
        trigger=_read_span(evidence.get("trigger")),
        sentence=_read_span(evidence.get("sentence")),
        provenance=_read_provenance(d["provenance"]),
        plover=d.get("plover"),
        date=ResolvedDate(d["date"], granularity) if d.get("date") and granularity else None,
        date_span=_read_optional_span(evidence.get("date")),
        place=read_place(d.get("location")),
        place_span=_read_optional_span(evidence.get("location")),
        actor1=_read_actor(d.get("actor1")),
        actor2=_read_actor(d.get("actor2")),
        killed=d.get("killed"),
        injured=d.get("injured"),
        casualty_spans=tuple(_read_span(s) for s in evidence.get("casualties", [])),
    )


def _granularity_of(value: str | None) -> Granularity | None:
    """The granularity of an event date value (events carry day, week, month or year values)."""
    if not value:
        return None
    if "W" in value:
        return Granularity.WEEK
    return {10: Granularity.DAY, 7: Granularity.MONTH, 4: Granularity.YEAR}.get(len(value), Granularity.YEAR)
