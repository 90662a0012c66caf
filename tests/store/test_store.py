"""Every store backend: idempotent saves, replacement in one transaction, reading back, rejections.

Each test runs on SQLite (a file in tmp_path) and on PostgreSQL (a fresh database; skipped with the
reason when no server is given).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from eventwire.model import Article, Rejection
from eventwire.model.canonical import to_json
from eventwire.store import EventFilter, QuoteFilter, SaveOutcome, Store, StoreError, open_store
from tests.store.sample_results import NEWER_PIPELINE, harbour_result, market_result, undated_result


def fixed_clock() -> datetime:
    return datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    with open_store(store_url, clock=fixed_clock) as opened:
        yield opened


def is_postgres(url: str) -> bool:
    return url.startswith("postgresql://")


def untouched(url: str) -> object:
    """What changes when anything is written: the SQLite file's bytes; the PostgreSQL rows' versions."""
    if not is_postgres(url):
        return Path(url).read_bytes()
    import psycopg

    with psycopg.connect(url) as connection:
        return connection.execute("SELECT xmin::text, stored_at FROM eventwire.articles ORDER BY hash").fetchall()


def test_a_saved_result_reads_back_equal(store: Store) -> None:
    saved = harbour_result()
    assert store.save(saved) == SaveOutcome.INSERTED
    (back,) = store.results()
    assert back == saved
    assert back.article.origin == "feed.jsonl:1"
    assert to_json(back) == to_json(saved)
    assert store.result(saved.article.hash) == back
    assert store.result("0" * 64) is None


def test_results_read_back_in_publication_order(store: Store) -> None:
    for result in (harbour_result(), undated_result(), market_result()):
        store.save(result)
    assert [r.article.id for r in store.results()] == ["market-7", "harbour-1", "goma-3"]


def test_saving_twice_changes_nothing(store_url: str) -> None:
    result = harbour_result()
    with open_store(store_url) as store:
        assert store.save(result) == SaveOutcome.INSERTED
    before = untouched(store_url)
    with open_store(store_url) as store:
        assert store.has_result(result.article.hash, result.pipeline_version)
        assert store.save(result) == SaveOutcome.UNCHANGED
        assert store.stats()["events"] == 2
    assert untouched(store_url) == before


def test_has_result_needs_the_same_pipeline_version(store: Store) -> None:
    result = harbour_result()
    assert not store.has_result(result.article.hash, result.pipeline_version)
    store.save(result)
    assert store.has_result(result.article.hash, result.pipeline_version)
    assert not store.has_result(result.article.hash, harbour_result(NEWER_PIPELINE).pipeline_version)


def test_another_pipeline_version_replaces_the_results(store: Store) -> None:
    store.save(harbour_result())
    newer = replace(harbour_result(NEWER_PIPELINE, killed=4), events=harbour_result().events[:1], quotes=())
    assert store.save(newer) == SaveOutcome.REPLACED
    stats = store.stats()
    assert (stats["articles"], stats["events"], stats["quotes"], stats["places"]) == (1, 1, 0, 2)
    (back,) = store.results()
    assert back.pipeline_version == newer.pipeline_version
    assert back.casualties[0].count == 4
    assert not list(store.quote_rows(QuoteFilter(text="pier")))
    assert not list(store.event_rows(EventFilter(text="marched")))
    assert [row["ordinal"] for row in store.event_rows(EventFilter(text="rockets"))] == [0]


def test_search_follows_every_replacement(store: Store) -> None:
    for version in range(3):  # ids of deleted rows are reused: a stale index entry would match the new rows
        stages = (*NEWER_PIPELINE[:1], replace(NEWER_PIPELINE[1], version=str(10 + version)))
        result = replace(harbour_result(stages), events=harbour_result().events[version % 2 :][:1])
        store.save(result)
    assert [row["trigger"] for row in store.event_rows(EventFilter(text="rockets"))] == ["struck"]
    assert list(store.event_rows(EventFilter(text="marched"))) == []
    assert [row["speaker"] for row in store.quote_rows(QuoteFilter(text="pier"))] == ["Hennadiy Trukhanov"]


def test_a_failed_replacement_keeps_the_old_results(store: Store) -> None:
    old = harbour_result()
    store.save(old)
    broken = harbour_result(NEWER_PIPELINE, killed=-1)  # violates the store's check on casualty counts
    with pytest.raises(StoreError, match="harbour-1"):
        store.save(broken)
    assert store.stats()["events"] == 2
    (back,) = store.results()
    assert back.pipeline_version == old.pipeline_version
    assert store.stats()["casualties"] == 2
    assert store.save(harbour_result(NEWER_PIPELINE)) == SaveOutcome.REPLACED  # the store is still usable


def test_the_same_id_with_another_text_is_another_article(store: Store) -> None:
    first = market_result()
    other_text = first.article.text + "\nA second blast followed."
    second = replace(first, article=Article(id="market-7", text=other_text, published=first.article.published))
    assert store.save(first) == SaveOutcome.INSERTED
    assert store.save(second) == SaveOutcome.INSERTED
    stored = list(store.results())
    assert [r.article.id for r in stored] == ["market-7", "market-7"]
    assert {r.article.hash for r in stored} == {first.article.hash, second.article.hash}


def test_rejections_are_kept_once_with_their_time(store: Store) -> None:
    rejection = Rejection("feed.jsonl:9", "article has no text")
    store.save_rejection(rejection)
    store.save_rejection(rejection)
    store.save_rejection(Rejection("feed.jsonl:10", "not UTF-8"))
    assert store.stats()["rejections"] == 2
    assert next(store.rejections()) == (rejection, "2024-01-02T03:04:05+00:00")


def test_stats_count_every_kind_of_row(store: Store) -> None:
    for result in (harbour_result(), market_result(), undated_result()):
        store.save(result)
    stats = store.stats()
    expected = {"articles": 3, "events": 4, "quotes": 2, "places": 2, "dates": 2, "casualties": 2, "rejections": 0}
    assert stats == expected


def test_rows_have_the_types_the_query_layer_reads(store: Store) -> None:
    store.save(harbour_result())
    event = next(store.event_rows(EventFilter(place="odesa")))
    assert (event["published"], event["date"], event["day_first"]) == ("2023-03-15", "2023-03-14", "2023-03-14")
    assert all(type(event[key]) is int for key in ("ordinal", "time_precision", "killed", "evidence_start"))
    assert all(type(event[key]) is float for key in ("lat", "lon", "confidence"))
    quote = next(store.quote_rows(QuoteFilter()))
    assert type(quote["content_start"]) is int and type(quote["confidence"]) is float


def test_a_store_knows_its_schema_version(store: Store) -> None:
    assert store.schema_version >= 1
    assert store.where
