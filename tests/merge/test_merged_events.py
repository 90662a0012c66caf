"""Merged events: sources listed, figures reconciled low/best/high with every report kept."""

from __future__ import annotations

from datetime import date

from eventwire.merge import ReportedFigure, cluster_ids, merge_events, merged_event_json, reconcile
from tests.merge.test_clusters import (
    BOWLING_ARREST,
    BOWLING_FIRST,
    BOWLING_VIGIL,
    DAYTON,
    FRESNO_SHOOTING,
    report,
)


def figure(count: int, published: str | None, source: str = "h") -> ReportedFigure:
    return ReportedFigure(source, date.fromisoformat(published) if published else None, count)


def test_best_is_the_latest_report_and_revisions_are_kept_in_publication_order() -> None:
    reconciled = reconcile([figure(5, "2024-03-11", "b"), figure(3, "2024-03-10", "a"), figure(7, None, "c")])
    assert reconciled is not None
    assert (reconciled.low, reconciled.best, reconciled.high) == (3, 5, 7)
    assert [r.source for r in reconciled.reports] == ["a", "b", "c"]


def test_best_is_the_smallest_when_no_report_is_dated() -> None:
    reconciled = reconcile([figure(9, None), figure(2, None), figure(4, None)])
    assert reconciled is not None
    assert (reconciled.low, reconciled.best, reconciled.high) == (2, 2, 9)


def test_best_is_the_most_conservative_of_the_latest_day() -> None:
    reconciled = reconcile([figure(3, "2024-03-10"), figure(6, "2024-03-11"), figure(5, "2024-03-11")])
    assert reconciled is not None
    assert (reconciled.low, reconciled.best, reconciled.high) == (3, 5, 6)


def test_no_figure_is_none() -> None:
    assert reconcile([]) is None


def test_merge_events_lists_sources_and_reconciles_tolls() -> None:
    revised = report(
        "Third victim dies after Riverside Lanes shooting",
        "A third man shot at Riverside Lanes in Dayton died on Wednesday. Marcus Leland now faces three counts.",
        "2024-03-14",
        (("Riverside Lanes", "FAC"), ("Dayton", "GPE"), ("Marcus Leland", "PERSON")),
        day="2024-03-09",
        place=DAYTON,
        killed=3,
    )
    results = [BOWLING_FIRST, FRESNO_SHOOTING, BOWLING_ARREST, BOWLING_VIGIL, revised]
    events = merge_events(results)
    assert [len(e.sources) for e in events] == [4, 1]
    dayton = events[0]
    assert dayton.cluster == BOWLING_FIRST.article.hash
    assert [s.id for s in dayton.sources] == [
        r.article.title for r in (BOWLING_FIRST, BOWLING_ARREST, BOWLING_VIGIL, revised)
    ]
    assert dayton.killed is not None and (dayton.killed.low, dayton.killed.best, dayton.killed.high) == (2, 3, 3)
    assert dayton.injured is not None and dayton.injured.best == 3
    assert dayton.place == DAYTON  # named by three reports, Kettering by one
    assert dayton.event_type == "Violence against civilians"
    assert dayton.date is not None and dayton.date.value == "2024-03-09"


def test_merge_events_takes_given_clusters_and_renders_json() -> None:
    results = [BOWLING_FIRST, FRESNO_SHOOTING]
    (together,) = merge_events(results, ["x", "x"])
    data = merged_event_json(together)
    assert data["cluster"] == "x"
    assert data["killed"]["low"] == 2 and data["killed"]["high"] == 3
    assert [s["published"] for s in data["sources"]] == ["2024-03-10", "2024-03-10"]
    assert data["location"]["name"] in {"Dayton", "Fresno"}
    assert cluster_ids(results) == [r.article.hash for r in results]
