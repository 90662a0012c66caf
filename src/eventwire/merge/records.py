"""One merged event as stored: its record (format ``eventwire.merged-event/1``) and its table rows.

A merged event is what its member events (any event of any article, not only the main ones) say
together (an article in which no event was found is a member as a report, so that its cluster is
kept, but it votes for nothing): the type by a vote weighted by each event's confidence, the date
range the dated members cover and their most common date, the most precise place the members agree on, the actors by how
often they are named, killed and injured reconciled as low/best/high (``merged_events.reconcile``,
ACLED's conservative rule as best) with every report's figure in publication order, and every
member with its similarity to the others and the features that joined it.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventwire.lexicon.countries import country_name
from eventwire.merge.merged_events import RECONCILE_RULE, ReconciledFigure, ReportedFigure, reconcile
from eventwire.merge.profile import day_range
from eventwire.model import Actor, ArticleResult, Event, ResolvedPlace
from eventwire.model.canonical import place_json

RECORD_FORMAT = "eventwire.merged-event/1"
NO_EVENT_TYPE = "none"

Row = dict[str, str | int | float | None]


@dataclass(frozen=True)
class Member:
    """One event of one article in a merged event, with how it joined."""

    result: ArticleResult
    ordinal: int
    similarity: float | None = None
    features: dict[str, Any] = field(default_factory=dict)

    @property
    def event(self) -> Event | None:
        """The member's event; None for an article in which no event was found (it is a member as a report)."""
        events = self.result.events
        return events[self.ordinal] if self.ordinal < len(events) else None

    @property
    def key(self) -> tuple[str, int]:
        return (self.result.article.hash, self.ordinal)


def publication_order(member: Member) -> tuple[bool, date, str, str, int]:
    article = member.result.article
    return (article.published is None, article.published or date.min, article.id, article.hash, member.ordinal)


@dataclass(frozen=True)
class StoredMerged:
    """A merged event's rows: one of ``merged_events``, its members and its revisions."""

    event: Row
    members: list[Row]
    revisions: list[Row]


def stored_merged(merged_id: int, members: Sequence[Member]) -> StoredMerged:
    """The rows of merged event ``merged_id`` made of ``members``."""
    ordered = sorted(members, key=publication_order)
    record = merged_record(merged_id, ordered)
    date_part = record["date"] or record["reported"]
    event: Row = {
        "id": merged_id,
        "event_type": record["event_type"],
        "sub_event_type": record["sub_event_type"],
        "day_first": date_part["first"] if date_part else None,
        "day_last": date_part["last"] if date_part else None,
        "location": (record["location"] or {}).get("name"),
        "country": (record["location"] or {}).get("country"),
        "place_key": _place_key(record["location"]),
        "actor_key": "\n".join(name.casefold() for name in record["actors"]),
        "killed": (record["killed"] or {}).get("best"),
        "injured": (record["injured"] or {}).get("best"),
        "source_count": record["source_count"],
        "record_json": json.dumps(record, ensure_ascii=False, separators=(",", ":")),
    }
    member_rows: list[Row] = [
        {
            "article_hash": m.result.article.hash,
            "ordinal": m.ordinal,
            "merged_id": merged_id,
            "similarity": m.similarity,
            "features_json": json.dumps(m.features, sort_keys=True),
        }
        for m in ordered
    ]
    return StoredMerged(event, member_rows, _revision_rows(merged_id, record))


def _place_key(location: dict[str, Any] | None) -> str:
    if not location:
        return ""
    names = (location.get("name"), location.get("admin1"), location.get("admin2"), location.get("country"))
    return "\n".join(n.casefold() for n in (*names, country_name(location.get("country"))) if n)


def _revision_rows(merged_id: int, record: dict[str, Any]) -> list[Row]:
    rows: list[Row] = []
    for figure in ("killed", "injured"):
        for position, report in enumerate((record[figure] or {}).get("revisions", [])):
            rows.append(
                {
                    "merged_id": merged_id,
                    "figure": figure,
                    "position": position,
                    "article_hash": report["article_hash"],
                    "published": report["published"],
                    "count": report["count"],
                }
            )
    return rows


def merged_record(merged_id: int, members: Sequence[Member]) -> dict[str, Any]:
    """The JSON record of a merged event whose members are ``members`` (in publication order)."""
    events = [m.event for m in members if m.event is not None]
    event_type, sub_event_type, votes = type_vote(events)
    place = consensus_place(events)
    killed = reconcile(_figures(members, lambda e: e.killed))
    injured = reconcile(_figures(members, lambda e: e.injured))
    actors = _actors(events)
    record: dict[str, Any] = {
        "format": RECORD_FORMAT,
        "id": merged_id,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "type_votes": votes,
        "date": _date_range(events),
        "reported": _reported_range(members),
        "location": place_json(place),
        "actor1": _most_common([e.actor1.name for e in events if e.actor1]),
        "actor2": _most_common([e.actor2.name for e in events if e.actor2]),
        "actors": actors,
        "assoc_actor1": _associated([e.actor1 for e in events]),
        "assoc_actor2": _associated([e.actor2 for e in events]),
        "killed": _figure_json(killed, members),
        "injured": _figure_json(injured, members),
        "source_count": len({m.result.article.hash for m in members}),
        "event_count": len(events),
        "sources": [_source_json(m) for m in members],
    }
    record["notes"] = summary(record)
    return record


def type_vote(events: Sequence[Event]) -> tuple[str | None, str | None, dict[str, float]]:
    """The event type with the largest summed confidence (``none`` votes for nothing: it is the type only
    when every member is ``none``), its most supported sub-event type, and the votes."""
    votes: dict[str, float] = defaultdict(float)
    for event in events:
        if event.event_type != NO_EVENT_TYPE:
            votes[event.event_type] += max(event.provenance.score, 0.01)
    if not votes:  # every member is out of ACLED's scope (``none``), or no member is an event
        return (NO_EVENT_TYPE if events else None), None, {}
    chosen = max(sorted(votes), key=lambda t: votes[t])
    sub_votes: dict[str, float] = defaultdict(float)
    for event in events:
        if event.event_type == chosen and event.sub_event_type:
            sub_votes[event.sub_event_type] += max(event.provenance.score, 0.01)
    sub = max(sorted(sub_votes), key=lambda t: sub_votes[t]) if sub_votes else None
    return chosen, sub, {t: round(v, 3) for t, v in sorted(votes.items())}


def consensus_place(events: Sequence[Event]) -> ResolvedPlace | None:
    """The most often named of the most precise places, among those in the most often named country."""
    places = [event.place for event in events if event.place is not None]
    if not places:
        return None
    country = _most_common([p.country for p in places if p.country])
    consistent = [p for p in places if country is None or p.country in (None, country)] or places
    finest = min(p.geo_precision for p in consistent)
    chosen: ResolvedPlace | None = _most_common([p for p in consistent if p.geo_precision == finest])
    return chosen


def _date_range(events: Sequence[Event]) -> dict[str, Any] | None:
    dated = [(e.date, day_range(e.date)) for e in events if e.date is not None]
    covered = [(resolved, days) for resolved, days in dated if days is not None]
    if not covered:
        return None
    value = _most_common([resolved for resolved, _ in covered])
    assert value is not None
    return {
        "value": value.value,
        "time_precision": value.time_precision,
        "first": min(days.first for _, days in covered).isoformat(),
        "last": max(days.last for _, days in covered).isoformat(),
    }


def _reported_range(members: Sequence[Member]) -> dict[str, str] | None:
    days = [m.result.article.published for m in members if m.result.article.published]
    if not days:
        return None
    return {"first": min(days).isoformat(), "last": max(days).isoformat()}


def _associated(actors: Sequence[Actor | None]) -> list[str]:
    """ACLED's associated actors on one side of the event ("Students (Kenya)" with "Protesters (Kenya)"): those
    the member events name on that side, most often named first."""
    counts = Counter(a.associated for a in actors if a is not None and a.associated)
    return [name for name, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def _actors(events: Sequence[Event]) -> list[str]:
    counts = Counter(actor.name for e in events for actor in (e.actor1, e.actor2) if actor is not None)
    return [name for name, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def _figures(members: Sequence[Member], figure_of: Callable[[Event], int | None]) -> list[ReportedFigure]:
    figures = []
    for member in members:
        count = figure_of(member.event) if member.event is not None else None
        if count is not None:
            figures.append(ReportedFigure(member.result.article.hash, member.result.article.published, count))
    return figures


def _figure_json(figure: ReconciledFigure | None, members: Sequence[Member]) -> dict[str, Any] | None:
    if figure is None:
        return None
    articles = {m.result.article.hash: m.result.article for m in members}
    return {
        "low": figure.low,
        "best": figure.best,
        "high": figure.high,
        "rule": RECONCILE_RULE,
        "revisions": [
            {
                "article_hash": report.source,
                "article_id": articles[report.source].id,
                "source": articles[report.source].source,
                "published": report.published.isoformat() if report.published else None,
                "count": report.count,
            }
            for report in figure.reports
        ],
    }


def _source_json(member: Member) -> dict[str, Any]:
    article, event = member.result.article, member.event
    return {
        "article_hash": article.hash,
        "article_id": article.id,
        "ordinal": member.ordinal if event is not None else None,
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "event_type": event.event_type if event else None,
        "sub_event_type": event.sub_event_type if event else None,
        "killed": event.killed if event else None,
        "injured": event.injured if event else None,
        "evidence": event.sentence.text_of(article.text).strip() if event else None,
        "trigger": event.trigger.text_of(article.text) if event else None,
        "similarity": member.similarity,
        "features": member.features,
    }


def summary(record: dict[str, Any]) -> str:
    """A one-sentence summary of a merged event, for ACLED's ``notes``: what, where, when, the toll, the sources."""
    what = record["sub_event_type"] or record["event_type"] or "An event of unknown type"
    if what == NO_EVENT_TYPE:
        what = "An event outside ACLED's categories"
    what = what[0].upper() + what[1:]
    location = record["location"]
    where = ""
    if location:
        country = country_name(location.get("country")) or location.get("country")
        names = [n for n in (location.get("name"), country) if n]
        where = f" in {', '.join(dict.fromkeys(names))}"
    when = f" on {record['date']['value']}" if record["date"] else ""
    tolls = [f"{record[kind]['best']} {kind}" for kind in ("killed", "injured") if record[kind] is not None]
    toll = f": {' and '.join(tolls)}" if tolls else ""
    count = record["source_count"]
    return f"{what}{where}{when}{toll} ({count} report{'s' if count != 1 else ''})."


def _most_common(values: Sequence[Any]) -> Any:
    if not values:
        return None
    counts = Counter(values)
    return max(values, key=lambda value: counts[value])
