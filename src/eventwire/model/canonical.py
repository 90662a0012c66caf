"""The canonical JSON of an article's result: eventwire's public contract (docs/FORMAT.md).

``to_json`` and ``from_json`` are inverse: ``from_json(to_json(result), result.article.text) ==
result`` for every valid result (spans inside the text, sentences numbered by their position,
finite coordinates and scores), also through ``json.dumps`` and ``json.loads``.
``tests/model/test_canonical.py`` checks it on generated results.
Bump ``FORMAT_VERSION`` on any change that a reader of the old format would misread; adding a
field is not one. ``from_json`` also reads JSON written before the fields that made the round trip
exact (``origin``, ``entities[].provenance``, ``events[].date_granularity``), with the fallbacks
that ``docs/FORMAT.md`` lists.
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
from eventwire.model.structure import ArticlePart, PartKind
from eventwire.model.time import Granularity, ResolvedDate

FORMAT_VERSION = "eventwire.article/1"

Json = dict[str, Any]


# ---------------------------------------------------------------- writing


def to_json(result: ArticleResult) -> Json:
    """The canonical JSON object of a result (plain dicts, lists, strings, numbers and None)."""
    article, text = result.article, result.article.text
    return {
        "format": FORMAT_VERSION,
        "id": article.id,
        "title": article.title,
        "published": article.published.isoformat() if article.published is not None else None,
        "url": article.url,
        "source": article.source,
        "origin": article.origin,
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
        "structure": [_part(p) for p in result.structure],
    }


def _part(part: ArticlePart) -> Json:
    return {
        "kind": part.kind.value,
        "start": part.span.start,
        "end": part.span.end,
        "place": part.place.to_json() if part.place is not None else None,
        "date": part.date.to_json() if part.date is not None else None,
    }


def _span(span: Span | None, text: str) -> Json | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text_of(text)}


def _provenance(provenance: Provenance) -> Json:
    """A provenance with its score unrounded (``Provenance.to_json`` rounds it, for display)."""
    return {
        "stage": provenance.stage,
        "version": provenance.version,
        "rule": provenance.rule,
        "score": provenance.score,
    }


def place_json(place: ResolvedPlace | None) -> Json | None:
    """A resolved place as ``events[].location`` and ``places[].place`` write it (null for none)."""
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
        "provenance": _provenance(m.provenance),
    }


def _date_mention(m: DateMention) -> Json:
    return {
        "start": m.span.start,
        "end": m.span.end,
        "text": m.text,
        "value": m.resolved.value if m.resolved is not None else None,
        "granularity": m.resolved.granularity.value if m.resolved is not None else None,
        "note": m.note or None,
        "provenance": _provenance(m.provenance),
    }


def _speaker(speaker: Speaker | None, text: str) -> Json | None:
    """A speaker; ``start``, ``end`` and ``text`` are its mention (null when it has none)."""
    if speaker is None:
        return None
    mention = speaker.span
    return {
        "name": speaker.name,
        "start": mention.start if mention is not None else None,
        "end": mention.end if mention is not None else None,
        "text": mention.text_of(text) if mention is not None else None,
        "name_span": speaker.name_span.to_json() if speaker.name_span is not None else None,
        "title": speaker.title,
        "principal": _principal(speaker),
    }


def _principal(speaker: Speaker) -> Json | None:
    """Whom the speaker speaks for: ``{name, name_span}``, or null."""
    if speaker.principal is None:
        return None
    span = speaker.principal_span
    return {"name": speaker.principal, "name_span": span.to_json() if span is not None else None}


def _quote(q: QuoteMention, text: str) -> Json:
    return {
        "start": q.span.start,
        "end": q.span.end,
        "text": q.span.text_of(text),
        "speaker": _speaker(q.speaker, text),
        "cue": _span(q.cue, text),
        "kind": q.kind.value,
        "event": q.event,
        "provenance": _provenance(q.provenance),
    }


def _casualty(c: CasualtyMention) -> Json:
    return {
        "start": c.span.start,
        "end": c.span.end,
        "kind": c.kind.value,
        "count": c.count,
        "low": c.low,
        "high": c.high,
        "provenance": _provenance(c.provenance),
    }


def _entity(e: EntityMention) -> Json:
    return {
        "start": e.span.start,
        "end": e.span.end,
        "text": e.text,
        "label": e.label,
        "provenance": _provenance(e.provenance),
    }


def _actor(a: Actor | None, text: str) -> Json | None:
    if a is None:
        return None
    return {
        "name": a.name,
        "country": a.country,
        "inter": a.inter,
        "sector": a.sector,
        "kind": a.kind,
        "associated": a.associated,
        "mention": _span(a.span, text),
    }


def _event(e: Event, text: str) -> Json:
    location = place_json(e.place)
    return {
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "plover": e.plover,
        "plover_mode": e.plover_mode,
        "interaction": e.interaction,
        "date": e.date.value if e.date is not None else None,
        "date_granularity": e.date.granularity.value if e.date is not None else None,
        "time_precision": _time_precision(e),
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
            "claimant": _span(e.claimant_span, text),
        },
        "provenance": _provenance(e.provenance),
        "status": e.status,
        "claimant": e.claimant,
        "killed_low": e.killed_low,
        "killed_high": e.killed_high,
        "injured_low": e.injured_low,
        "injured_high": e.injured_high,
        "date_basis": e.date_basis,
    }


PUBLICATION_DAY_PRECISION = 2  # an event dated by its report's publication day: ACLED's "within the week"


def _time_precision(e: Event) -> int | None:
    if e.date is None:
        return None
    if e.date_basis == "published":
        return max(PUBLICATION_DAY_PRECISION, e.date.time_precision)
    return e.date.time_precision


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
        origin=data.get("origin") or "",
        hash=data.get("hash") or "",  # absent: computed from the text and the publication date
    )
    pipeline = tuple(StageRun(s["stage"], s["version"]) for s in data.get("pipeline", []))
    entity_provenance = _entity_provenance_of(pipeline)
    return ArticleResult(
        article=article,
        pipeline=pipeline,
        sentences=tuple(SentenceMention(_read_span(s), i) for i, s in enumerate(data.get("sentences", []))),
        entities=tuple(_read_entity(e, entity_provenance) for e in data.get("entities", [])),
        dates=tuple(_read_date(d) for d in data.get("dates", [])),
        places=tuple(_read_place_mention(p) for p in data.get("places", [])),
        quotes=tuple(_read_quote(q) for q in data.get("quotes", [])),
        casualties=tuple(_read_casualty(c) for c in data.get("casualties", [])),
        events=tuple(_read_event(e) for e in data.get("events", [])),
        warnings=tuple(data.get("warnings", [])),
        structure=tuple(_read_part(p) for p in data.get("structure", [])),
    )


def _read_part(d: Json) -> ArticlePart:
    return ArticlePart(
        PartKind(d["kind"]), _read_span(d), _read_optional_span(d.get("place")), _read_optional_span(d.get("date"))
    )


def _read_span(d: Json | None) -> Span:
    assert d is not None
    return Span(d["start"], d["end"])


def _read_optional_span(d: Json | None) -> Span | None:
    return None if d is None else Span(d["start"], d["end"])


def _read_provenance(d: Json) -> Provenance:
    return Provenance(d["stage"], d["version"], d.get("rule", ""), d.get("score", 1.0))


def _entity_provenance_of(pipeline: tuple[StageRun, ...]) -> Provenance:
    """The provenance of entities written without one (older JSON): the entities stage, at its version."""
    versions = [run.version for run in pipeline if run.name == "entities"]
    return Provenance("entities", versions[0] if versions else "?")


def _read_entity(d: Json, fallback: Provenance) -> EntityMention:
    provenance = _read_provenance(d["provenance"]) if d.get("provenance") is not None else fallback
    return EntityMention(_read_span(d), d["text"], d["label"], provenance)


def _read_date(d: Json) -> DateMention:
    resolved = _read_resolved_date(d.get("value"), d.get("granularity"))
    return DateMention(_read_span(d), d["text"], resolved, _read_provenance(d["provenance"]), d.get("note") or "")


def _read_resolved_date(value: str | None, granularity: str | None) -> ResolvedDate | None:
    """A calendar value and its granularity; the granularity is read off the value when it was not written."""
    if value is None:
        return None
    return ResolvedDate(value, Granularity(granularity) if granularity is not None else granularity_of_value(value))


def read_place(d: Json | None) -> ResolvedPlace | None:
    """The resolved place that ``place_json`` wrote (``precision`` is derived from the kind, not read)."""
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
        at_area=d.get("precision") == 2 and PlaceKind(d["kind"]) in (PlaceKind.CITY, PlaceKind.DISTRICT),
    )


def _read_place_mention(d: Json) -> PlaceMention:
    return PlaceMention(_read_span(d), d["text"], read_place(d.get("place")), _read_provenance(d["provenance"]))


def _read_quote(d: Json) -> QuoteMention:
    s = d.get("speaker")
    speaker = None
    if s is not None:
        span = Span(s["start"], s["end"]) if s.get("start") is not None else None
        principal = s.get("principal") or {}
        speaker = Speaker(
            s["name"],
            span,
            _read_optional_span(s.get("name_span")),
            s.get("title"),
            principal.get("name"),
            _read_optional_span(principal.get("name_span")),
        )
    return QuoteMention(
        _read_span(d),
        speaker,
        _read_optional_span(d.get("cue")),
        QuoteKind(d["kind"]),
        _read_provenance(d["provenance"]),
        d.get("event"),
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
    return Actor(
        d["name"],
        _read_optional_span(d.get("mention")),
        d.get("country"),
        d.get("inter"),
        d.get("sector"),
        d.get("kind"),
        d.get("associated"),
    )


def _read_event(d: Json) -> Event:
    evidence = d.get("evidence") or {}
    return Event(
        event_type=d["event_type"],
        sub_event_type=d.get("sub_event_type"),
        trigger=_read_span(evidence.get("trigger")),
        sentence=_read_span(evidence.get("sentence")),
        provenance=_read_provenance(d["provenance"]),
        plover=d.get("plover"),
        date=_read_resolved_date(d.get("date"), d.get("date_granularity")),
        date_span=_read_optional_span(evidence.get("date")),
        place=read_place(d.get("location")),
        place_span=_read_optional_span(evidence.get("location")),
        actor1=_read_actor(d.get("actor1")),
        actor2=_read_actor(d.get("actor2")),
        killed=d.get("killed"),
        injured=d.get("injured"),
        casualty_spans=tuple(_read_span(s) for s in evidence.get("casualties", [])),
        plover_mode=d.get("plover_mode"),
        status=d.get("status", "reported"),
        claimant=d.get("claimant"),
        claimant_span=_read_optional_span(evidence.get("claimant")),
        killed_low=d.get("killed_low"),
        killed_high=d.get("killed_high"),
        injured_low=d.get("injured_low"),
        injured_high=d.get("injured_high"),
        date_basis=d.get("date_basis"),
    )


_SEASONS = frozenset({"SP", "SU", "FA", "WI"})
_UNDIVIDED = {4: Granularity.YEAR, 3: Granularity.DECADE, 2: Granularity.CENTURY}


def granularity_of_value(value: str) -> Granularity:
    """The granularity that a TIMEX3 calendar value's shape says (``2022-Q2`` a quarter, ``201`` a decade).

    Only for JSON that does not say it (events written before ``date_granularity``): the written
    granularity is the truth, and the resolver's values follow these shapes.
    """
    if value.endswith("_REF"):
        return Granularity.REFERENCE
    head, _, rest = value.partition("-")
    if not rest:
        return _UNDIVIDED.get(len(head), Granularity.YEAR)
    if rest in _SEASONS:
        return Granularity.SEASON  # before weeks: winter is 2022-WI
    if rest.startswith("W"):
        return Granularity.WEEK
    if rest[0] in "QH":
        return Granularity.QUARTER  # the resolver files half-years (2022-H1) as quarters too
    return Granularity.DAY if "-" in rest else Granularity.MONTH
