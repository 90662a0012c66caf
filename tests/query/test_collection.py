"""The library's read face: eventwire.open(db).events(...), merged events, quotes, DataFrames; on each backend."""

from __future__ import annotations

from datetime import date

import pytest

import eventwire
from eventwire.merge.incremental import merge_into_store
from eventwire.query import FilterError
from eventwire.store import StoreNotFoundError, open_store
from tests.store.sample_results import harbour_result, market_result, undated_result


def fill(url: str) -> None:
    with open_store(url) as store:
        results = (harbour_result(), market_result(), undated_result())
        for result in results:
            store.save(result)
        merge_into_store(store, [r.article.hash for r in results])


def test_open_reads_events_merged_events_and_quotes_as_records(store_url: str) -> None:
    fill(store_url)
    with eventwire.open(store_url) as db:
        (odesa,) = db.events(place="Odesa", event_type="Explosions/Remote violence")
        assert odesa.to_dict()["format"] == "eventwire.event/1" and odesa.to_dict()["killed"] == 3
        assert len(db.events(since="2023-03-14")) == 3 and len(db.events(until=date(2023, 3, 10))) == 1
        merged = db.merged()
        assert len(merged) == 4 and all(m.to_dict()["format"] == "eventwire.merged-event/1" for m in merged)
        assert db.merged_event(merged[0].id) == merged[0]
        assert [b.period for b in db.timeline(bucket="month")] == ["2023-03"]
        assert db.quotes(limit=1)[0].to_dict()["format"] == "eventwire.quote/1"
        with pytest.raises(FilterError, match="since must be a date"):
            db.events(since="last week")


def test_records_become_a_dataframe(store_url: str) -> None:
    fill(store_url)
    with eventwire.open(store_url) as db:
        frame = db.events().to_dataframe()
        merged = db.merged(place="Goma").to_dataframe()
    assert len(frame) == 4 and {"event_type", "killed", "article_id"} <= set(frame.columns)
    assert list(merged["location"]) == ["Goma"] and merged["sources"].tolist() == [1]


def test_open_refuses_a_store_that_does_not_exist(tmp_path: object) -> None:
    with pytest.raises(StoreNotFoundError):
        eventwire.open(f"{tmp_path}/nothing.db")
