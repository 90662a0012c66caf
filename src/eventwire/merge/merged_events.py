"""One record per real-world event: the clustered reports' sources listed, their figures reconciled.

Casualty figures are reconciled as ACLED and UCDP do: ``low`` is the smallest figure any report
gives, ``high`` the largest, and ``best`` follows ACLED's conservative rule over the current reports:
the smallest figure among the most recently published reports (tolls are revised as the dead are
counted, so older reports are superseded; among reports of the same day the most conservative wins),
or the smallest of all when no report has a publication date (``RECONCILE_RULE``). Every report's
figure is kept, in publication order, so the revisions stay visible.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from eventwire.merge.clusters import cluster_ids
from eventwire.model import ArticleResult, Event, ResolvedDate, ResolvedPlace
from eventwire.model.canonical import place_json

NO_EVENT_TYPE = "none"
RECONCILE_RULE = "conservative-latest: the smallest figure of the latest reports (of all, when none is dated)"

Value = TypeVar("Value", bound=Hashable)


@dataclass(frozen=True, slots=True)
class Source:
    """One report of the event."""

    id: str
    hash: str
    title: str | None
    published: date | None
    url: str | None


@dataclass(frozen=True, slots=True)
class ReportedFigure:
    """The figure one report gives."""

    source: str  # the report's article hash
    published: date | None
    count: int


@dataclass(frozen=True, slots=True)
class ReconciledFigure:
    """A casualty figure across reports: low, best and high, with every report's figure."""

    low: int
    best: int
    high: int
    reports: tuple[ReportedFigure, ...]


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """The reports of one real-world event, and what they say about it together."""

    cluster: str
    sources: tuple[Source, ...]
    event_type: str | None
    date: ResolvedDate | None
    place: ResolvedPlace | None
    killed: ReconciledFigure | None
    injured: ReconciledFigure | None


def merge_events(results: Sequence[ArticleResult], clusters: Sequence[str] | None = None) -> list[MergedEvent]:
    """One merged event per cluster, in the order of each cluster's first report.

    ``clusters`` is the cluster id of each result (``cluster_ids(results)`` when not given).
    """
    labels = list(clusters) if clusters is not None else cluster_ids(results)
    grouped: dict[str, list[ArticleResult]] = {}
    for result, label in zip(results, labels, strict=True):
        grouped.setdefault(label, []).append(result)
    return [merged_event(label, members) for label, members in grouped.items()]


def merged_event(cluster: str, results: Sequence[ArticleResult]) -> MergedEvent:
    """The merged event of the reports ``results`` of one cluster."""
    main_events = [(result, result.events[0]) for result in results if result.events]
    return MergedEvent(
        cluster=cluster,
        sources=tuple(_source(result) for result in results),
        event_type=_most_common([e.event_type for _, e in main_events if e.event_type != NO_EVENT_TYPE]),
        date=_most_common([e.date for _, e in main_events if e.date is not None]),
        place=_consensus_place([e for _, e in main_events]),
        killed=reconcile(_figures(main_events, lambda e: e.killed)),
        injured=reconcile(_figures(main_events, lambda e: e.injured)),
    )


def reconcile(figures: Sequence[ReportedFigure]) -> ReconciledFigure | None:
    """Low, best and high of the reported figures; None when no report gives one."""
    if not figures:
        return None
    ordered = tuple(sorted(figures, key=_publication_order))
    counts = [figure.count for figure in ordered]
    dated = [figure for figure in ordered if figure.published is not None]
    if dated:
        latest = max(figure.published for figure in dated if figure.published is not None)
        best = min(figure.count for figure in dated if figure.published == latest)
    else:
        best = min(counts)
    return ReconciledFigure(low=min(counts), best=best, high=max(counts), reports=ordered)


def _publication_order(figure: ReportedFigure) -> tuple[bool, date]:
    return (figure.published is None, figure.published or date.min)


def _figures(
    main_events: Sequence[tuple[ArticleResult, Event]], figure_of: Callable[[Event], int | None]
) -> list[ReportedFigure]:
    figures = []
    for result, event in main_events:
        count = figure_of(event)
        if count is not None:
            figures.append(ReportedFigure(result.article.hash, result.article.published, count))
    return figures


def _source(result: ArticleResult) -> Source:
    article = result.article
    return Source(article.id, article.hash, article.title, article.published, article.url)


def _most_common(values: Sequence[Value]) -> Value | None:
    """The most frequent value, the earliest seen on a tie; None when there is none."""
    if not values:
        return None
    counts = Counter(values)
    return max(values, key=lambda value: counts[value])


def _consensus_place(events: Sequence[Event]) -> ResolvedPlace | None:
    """The most often named place among the most precise ones the reports give."""
    places = [event.place for event in events if event.place is not None]
    if not places:
        return None
    finest = min(place.geo_precision for place in places)
    return _most_common([place for place in places if place.geo_precision == finest])


def merged_event_json(event: MergedEvent) -> dict[str, Any]:
    """The JSON form of a merged event (dates ISO, places as in the canonical article JSON)."""
    return {
        "cluster": event.cluster,
        "event_type": event.event_type,
        "date": event.date.value if event.date else None,
        "location": place_json(event.place),
        "killed": _figure_json(event.killed),
        "injured": _figure_json(event.injured),
        "sources": [
            {"id": s.id, "hash": s.hash, "title": s.title, "url": s.url, "published": _iso(s.published)}
            for s in event.sources
        ],
    }


def _figure_json(figure: ReconciledFigure | None) -> dict[str, Any] | None:
    if figure is None:
        return None
    return {
        "low": figure.low,
        "best": figure.best,
        "high": figure.high,
        "reports": [{"source": r.source, "published": _iso(r.published), "count": r.count} for r in figure.reports],
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
