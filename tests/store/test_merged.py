"""Merged events in the store, on every backend: merging on save, incremental = at once, revisions,
the other events of an article, overrides that survive re-merging and re-processing, the read side."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date

import pytest

from eventwire.merge.incremental import merge_into_store, rebuild
from eventwire.merge.overrides import detach, join, split
from eventwire.model import ArticleResult, Granularity, Provenance, ResolvedDate, Span
from eventwire.query import EventFilter, find_merged, merged_event, merged_event_of, timeline
from eventwire.store import Store, open_store
from tests.merge.test_clusters import (
    BOWLING_ARREST,
    BOWLING_FIRST,
    BOWLING_VIGIL,
    DAYTON,
    FRESNO,
    FRESNO_SHOOTING,
    TUCSON_FLOOD,
    report,
)

ALL = (BOWLING_FIRST, FRESNO_SHOOTING, BOWLING_ARREST, TUCSON_FLOOD, BOWLING_VIGIL)
BOWLING = {r.article.hash for r in (BOWLING_FIRST, BOWLING_ARREST, BOWLING_VIGIL)}


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url) as opened:
        yield opened


def save_and_merge(store: Store, results: Sequence[ArticleResult]) -> None:
    for result in results:
        store.save(result)
    merge_into_store(store, [r.article.hash for r in results])


def partition(store: Store) -> set[frozenset[str]]:
    """The merged events as sets of (article hash, ordinal) of their members."""
    return {frozenset((s["article_hash"], s["ordinal"]) for s in m.sources) for m in find_merged(store)}


def test_reports_of_one_event_become_one_merged_event_with_every_source(store: Store) -> None:
    save_and_merge(store, ALL)
    merged = find_merged(store)
    assert sorted(m.source_count for m in merged) == [1, 1, 3]
    (bowling,) = [m for m in merged if m.source_count == 3]
    assert {s["article_hash"] for s in bowling.sources} == BOWLING
    record = bowling.to_dict()
    assert record["format"] == "eventwire.merged-event/1"
    assert record["event_type"] == "Violence against civilians"  # 2 votes against 1 for Strategic developments
    assert record["date"]["first"] == "2024-03-09" and record["date"]["last"] == "2024-03-11"
    assert record["location"]["name"] == "Dayton"
    assert [s["published"] for s in record["sources"]] == ["2024-03-10", "2024-03-11", "2024-03-12"]
    joined = [s for s in record["sources"] if s["features"]]
    assert joined and all(s["similarity"] is not None and "lexical" in s["features"] for s in joined)
    assert (
        record["notes"]
        == "Violence against civilians in Dayton, United States on 2024-03-09: 2 killed and 3 injured (3 reports)."
    )
    assert merged_event(store, bowling.id) == bowling
    assert merged_event_of(store, BOWLING_VIGIL.article.hash) == bowling
    assert merged_event(store, 10_000) is None
    flood = merged_event_of(store, TUCSON_FLOOD.article.hash)
    assert flood is not None and flood.record["event_type"] == "none"
    assert flood.record["notes"].startswith("An event outside ACLED's categories in Tucson")


def test_merging_in_parts_gives_what_merging_at_once_gives(store: Store) -> None:
    save_and_merge(store, ALL)
    at_once = partition(store)
    assert len(at_once) == 3
    rebuild(store)
    assert partition(store) == at_once
    store.clear_merged()
    for result in (BOWLING_VIGIL, TUCSON_FLOOD, BOWLING_ARREST, FRESNO_SHOOTING, BOWLING_FIRST):
        merge_into_store(store, [result.article.hash])
    assert partition(store) == at_once


def test_ids_stay_when_the_same_articles_are_merged_again(store: Store) -> None:
    save_and_merge(store, ALL)
    before = {m.id: frozenset(s["article_hash"] for s in m.sources) for m in find_merged(store)}
    merge_into_store(store, [BOWLING_ARREST.article.hash, FRESNO_SHOOTING.article.hash])
    after = {m.id: frozenset(s["article_hash"] for s in m.sources) for m in find_merged(store)}
    assert after == before


def test_figures_are_reconciled_and_their_revisions_kept_in_publication_order(store: Store) -> None:
    first = replace_figures(BOWLING_FIRST, killed=None, injured=3)
    later = replace_figures(BOWLING_VIGIL, killed=1, injured=5)
    save_and_merge(store, [later, first])
    (merged,) = find_merged(store)
    injured = merged.record["injured"]
    assert (injured["low"], injured["best"], injured["high"]) == (3, 5, 5)
    assert [(r["published"], r["count"]) for r in injured["revisions"]] == [("2024-03-10", 3), ("2024-03-11", 5)]
    assert merged.record["killed"]["best"] == 1 and len(merged.record["killed"]["revisions"]) == 1
    assert "conservative" in injured["rule"]


def replace_figures(result: ArticleResult, killed: int | None, injured: int | None) -> ArticleResult:
    event = replace(result.events[0], killed=killed, injured=injured)
    return replace(result, events=(event,))


def test_another_event_of_an_article_joins_the_merged_event_it_reports(store: Store) -> None:
    text = "Police in Fresno also said a man was shot dead on Saturday at Sierra Bowl."
    roundup = report(
        "Weekend roundup: Dayton bowling alley shooting",
        "Two men were killed at Riverside Lanes in Dayton on Saturday. " + text,
        "2024-03-11",
        (("Riverside Lanes", "FAC"), ("Dayton", "GPE")),
        day="2024-03-09",
        place=DAYTON,
        killed=2,
    )
    start = roundup.article.text.index(text)
    fresno_event = replace(
        roundup.events[0],
        sentence=Span(start, start + len(text)),
        place=FRESNO,
        date=ResolvedDate("2024-03-09", Granularity.DAY),
        killed=1,
        provenance=Provenance("test", "1", "hand-built", 0.8),
    )
    roundup = replace(roundup, events=(roundup.events[0], fresno_event))
    save_and_merge(store, [FRESNO_SHOOTING, BOWLING_FIRST, roundup])
    fresno = merged_event_of(store, FRESNO_SHOOTING.article.hash)
    assert fresno is not None
    assert (roundup.article.hash, 1) in {(s["article_hash"], s["ordinal"]) for s in fresno.sources}
    assert merged_event_of(store, roundup.article.hash) == merged_event_of(store, BOWLING_FIRST.article.hash)
    assert fresno.record["killed"]["low"] == 1 and fresno.record["killed"]["high"] == 3


def test_split_join_and_detach_survive_rebuilds_and_new_pipeline_versions(store: Store) -> None:
    save_and_merge(store, ALL)
    bowling = merged_event_of(store, BOWLING_FIRST.article.hash)
    assert bowling is not None
    detach(store, bowling.id, BOWLING_ARREST.article.hash[:10])
    assert len(members_with(store, BOWLING_FIRST)) == 2
    assert members_with(store, BOWLING_ARREST) == {BOWLING_ARREST.article.hash}
    fresno, tucson = (merged_event_of(store, r.article.hash) for r in (FRESNO_SHOOTING, TUCSON_FLOOD))
    assert fresno is not None and tucson is not None
    join(store, [fresno.id, tucson.id])
    expected = partition(store)
    rebuild(store)
    assert partition(store) == expected
    newer = [replace(r, pipeline=(*r.pipeline, replace(r.pipeline[0], version="2"))) for r in ALL]
    save_and_merge(store, newer)
    assert partition(store) == expected
    vigil = merged_event_of(store, BOWLING_VIGIL.article.hash)
    assert vigil is not None
    split(store, vigil.id, [BOWLING_VIGIL.article.id])
    assert members_with(store, BOWLING_FIRST) == {BOWLING_FIRST.article.hash}


def members_with(store: Store, result: ArticleResult) -> set[str]:
    merged = merged_event_of(store, result.article.hash)
    assert merged is not None
    return {s["article_hash"] for s in merged.sources}


def test_merged_events_are_filtered_like_events_and_by_actor(store: Store) -> None:
    save_and_merge(store, ALL)
    (fresno,) = find_merged(store, EventFilter(place="fresno"))
    assert {s["article_hash"] for s in fresno.sources} == {FRESNO_SHOOTING.article.hash}
    assert len(find_merged(store, EventFilter(since=date(2024, 3, 10), event_type="Strategic developments"))) == 1
    assert find_merged(store, EventFilter(place="nowhere")) == []
    assert len(find_merged(store, EventFilter(limit=2))) == 2
    assert find_merged(store, actor="nobody") == []


def test_the_timeline_lists_dated_merged_events_by_day_with_their_source_counts(store: Store) -> None:
    save_and_merge(store, ALL)
    days = timeline(store)
    assert [b.period for b in days] == ["2024-03-09"]
    assert days[0].source_count == 5 and len(days[0].events) == 3
    assert [b.period for b in timeline(store, bucket="week")] == ["2024-W10"]
    assert timeline(store, EventFilter(place="Fresno"))[0].source_count == 1


def test_the_merge_keeps_every_articles_terms_through_incremental_runs(store: Store) -> None:
    for result in ALL:
        save_and_merge(store, [result])
    hashes = [r.article.hash for r in ALL]
    assert store.merge_article_total() == len(ALL)
    assert set(store.merge_term_counts(hashes)) == set(hashes)
    assert set(store.merge_top_terms_of(hashes)) == set(hashes)
    frequencies = store.merge_term_frequencies(["e:riverside lanes", "p:leland"])
    assert frequencies["e:riverside lanes"][0] == 3 and frequencies["p:leland"][0] == 3


def test_articles_saved_without_merging_are_pending_until_the_next_ingest_merges_them(store: Store) -> None:
    from eventwire.engine import save_outcomes
    from eventwire.merge.incremental import merge_pending

    save_outcomes([BOWLING_FIRST, FRESNO_SHOOTING], store, merge=False)  # a run killed before it merged
    assert set(store.unmerged_article_hashes()) == {BOWLING_FIRST.article.hash, FRESNO_SHOOTING.article.hash}
    assert find_merged(store) == []
    report = save_outcomes([BOWLING_ARREST, FRESNO_SHOOTING], store)  # FRESNO unchanged: still merged, once
    assert report.inserted == 1 and report.unchanged == 1
    assert store.unmerged_article_hashes() == []
    assert sorted(m.source_count for m in find_merged(store)) == [1, 2]
    assert merge_pending(store).articles == 0
