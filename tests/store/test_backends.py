"""The backends side by side: the same rows read back from both, and stores opened by many at once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from eventwire.model import Rejection
from eventwire.store import EventFilter, QuoteFilter, SaveOutcome, Store, open_store
from tests.store.sample_results import harbour_result, market_result, undated_result
from tests.store.test_store import fixed_clock


def filled(url: str) -> Store:
    store = open_store(url, clock=fixed_clock)
    for result in (harbour_result(), market_result(), undated_result()):
        store.save(result)
    store.save_rejection(Rejection("feed.jsonl:9", "article has no text"))
    return store


def typed(rows: Iterator[dict[str, Any]]) -> list[list[tuple[str, Any, type]]]:
    """Rows as (key, value, type) in key order: equal only when keys, values and types all are."""
    return [[(key, value, type(value)) for key, value in row.items()] for row in rows]


@pytest.mark.postgres
def test_both_backends_read_back_the_same_rows(tmp_path: Path, postgres_url: str) -> None:
    with filled(str(tmp_path / "events.db")) as sqlite, filled(postgres_url) as postgres:
        for query in (EventFilter(), EventFilter(text="march"), EventFilter(place="ukraine", limit=1)):
            assert typed(sqlite.event_rows(query)) == typed(postgres.event_rows(query))
        for quotes in (QuoteFilter(), QuoteFilter(speaker="TRUKHANOV"), QuoteFilter(text="%")):
            assert typed(sqlite.quote_rows(quotes)) == typed(postgres.quote_rows(quotes))
        assert list(sqlite.results()) == list(postgres.results())
        assert list(sqlite.rejections()) == list(postgres.rejections())
        assert sqlite.stats() == postgres.stats()


def test_many_processes_opening_a_new_store_at_once_all_work(store_url: str) -> None:
    """Each opener has its own connection, as separate processes would; they race to create the schema."""
    openers = 4
    start = threading.Barrier(openers)

    def open_and_save(index: int) -> tuple[int, SaveOutcome]:
        start.wait()
        with open_store(store_url) as store:
            return store.schema_version, store.save(market_result())

    with ThreadPoolExecutor(openers) as pool:
        outcomes = list(pool.map(open_and_save, range(openers)))
    assert len({version for version, _ in outcomes}) == 1
    assert sorted(outcome for _, outcome in outcomes) == [SaveOutcome.INSERTED] + [SaveOutcome.UNCHANGED] * 3
    with open_store(store_url) as store:
        assert store.stats()["articles"] == 1
