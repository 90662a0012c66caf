"""The SQLite store: idempotent saves, replacement in one transaction, reading back, rejections."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from eventwire.model import Article, ArticleResult, Rejection, Span
from eventwire.model.canonical import to_json
from eventwire.store import EventFilter, QuoteFilter, SaveOutcome, Store, StoreError, open_store
from eventwire.store.rows import trimmed
from tests.store.sample_results import NEWER_PIPELINE, harbour_result, market_result, undated_result


def fixed_clock() -> datetime:
    return datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "events.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with open_store(db_path, clock=fixed_clock) as opened:
        yield opened


def count(db_path: Path, table: str) -> int:
    with sqlite3.connect(db_path) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def without_entity_provenance(result: ArticleResult) -> ArticleResult:
    """The canonical JSON keeps an entity's span, text and label, not its provenance."""
    return replace(result, entities=tuple(replace(e, provenance=None) for e in result.entities))  # type: ignore[arg-type]


def test_a_saved_result_reads_back_equal(store: Store) -> None:
    saved = harbour_result()
    assert store.save(saved) == SaveOutcome.INSERTED
    (back,) = store.results()
    assert without_entity_provenance(back) == without_entity_provenance(saved)
    assert back.article.origin == "feed.jsonl:1"
    assert to_json(back) == to_json(saved)
    assert store.result(saved.article.hash) == back
    assert store.result("0" * 64) is None


def test_results_read_back_in_publication_order(store: Store) -> None:
    for result in (harbour_result(), undated_result(), market_result()):
        store.save(result)
    assert [r.article.id for r in store.results()] == ["market-7", "harbour-1", "goma-3"]


def test_saving_twice_changes_nothing(db_path: Path) -> None:
    result = harbour_result()
    with open_store(db_path) as store:
        assert store.save(result) == SaveOutcome.INSERTED
    before = db_path.read_bytes()
    with open_store(db_path) as store:
        assert store.has_result(result.article.hash, result.pipeline_version)
        assert store.save(result) == SaveOutcome.UNCHANGED
        assert store.stats()["events"] == 2
    assert db_path.read_bytes() == before


def test_has_result_needs_the_same_pipeline_version(store: Store) -> None:
    result = harbour_result()
    assert not store.has_result(result.article.hash, result.pipeline_version)
    store.save(result)
    assert store.has_result(result.article.hash, result.pipeline_version)
    assert not store.has_result(result.article.hash, harbour_result(NEWER_PIPELINE).pipeline_version)


def test_another_pipeline_version_replaces_the_results(db_path: Path, store: Store) -> None:
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
    assert count(db_path, "events_search") == 1
    assert count(db_path, "quotes_search") == 0


def test_a_failed_replacement_keeps_the_old_results(db_path: Path, store: Store) -> None:
    old = harbour_result()
    store.save(old)
    broken = harbour_result(NEWER_PIPELINE, killed=-1)  # violates the store's check on casualty counts
    with pytest.raises(StoreError, match="harbour-1"):
        store.save(broken)
    assert store.stats()["events"] == 2
    (back,) = store.results()
    assert back.pipeline_version == old.pipeline_version
    assert count(db_path, "casualties") == 2
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


def test_the_file_uses_wal_and_foreign_keys(db_path: Path, store: Store) -> None:
    store.save(market_result())
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        connection.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO dates (article_hash, ordinal, start, \"end\", text) VALUES ('nope', 0, 0, 1, 'x')"
            )


def test_an_in_memory_store_works() -> None:
    with open_store(":memory:") as store:
        assert store.save(market_result()) == SaveOutcome.INSERTED
        assert store.stats()["events"] == 1


def test_trimmed_spans_lose_their_white_space() -> None:
    text = "  Shots were fired.\n\n   "
    assert trimmed(Span(0, len(text)), text).text_of(text) == "Shots were fired."
    assert len(trimmed(Span(19, len(text)), text)) == 0
