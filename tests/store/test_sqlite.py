"""What only the SQLite backend does: one file in WAL mode, an in-memory store, FTS5 external-content
search tables that other tools (datasette) detect."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from eventwire.model import Span
from eventwire.store import EventFilter, QuoteFilter, SaveOutcome, SQLiteStore, open_store
from eventwire.store.rows import trimmed
from tests.store.sample_results import NEWER_PIPELINE, harbour_result, market_result, undated_result

# datasette's own query for "which full-text table indexes this table" (datasette.utils.detect_fts_sql).
DATASETTE_DETECT_FTS = """
select name from sqlite_master
    where rootpage = 0
    and (
        sql like :fts_double_quoted escape char(92)
        or sql like :fts_bracket_quoted escape char(92)
        or (tbl_name = :table and sql like '%VIRTUAL TABLE%USING FTS%')
    )
"""


def detect_fts(path: Path, table: str) -> list[str]:
    params = {
        "fts_double_quoted": f'%VIRTUAL TABLE%USING FTS%content="{table}"%',
        "fts_bracket_quoted": f"%VIRTUAL TABLE%USING FTS%content=[{table}]%",
        "table": table,
    }
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute(DATASETTE_DETECT_FTS, params)]


def check_search_index(path: Path) -> None:
    """FTS5's integrity check: the index holds exactly the rows of its content table (raises otherwise)."""
    with sqlite3.connect(path) as connection:
        for table in ("events_search", "quotes_search"):
            connection.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "events.db"


def test_open_store_gives_a_sqlite_store(db_path: Path) -> None:
    with open_store(db_path) as store:
        assert isinstance(store, SQLiteStore)
        assert store.where == str(db_path)


def test_saving_twice_leaves_the_file_as_it_was(db_path: Path) -> None:
    result = harbour_result()
    with open_store(db_path) as store:
        assert store.save(result) == SaveOutcome.INSERTED
    before = db_path.read_bytes()
    with open_store(db_path) as store:
        assert store.save(result) == SaveOutcome.UNCHANGED
    assert db_path.read_bytes() == before


def test_the_file_uses_wal_and_foreign_keys(db_path: Path) -> None:
    with open_store(db_path) as store:
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
        assert [row["ordinal"] for row in store.event_rows(EventFilter(text="roadside"))] == [0]


def test_the_search_tables_are_external_content_tables_datasette_detects(db_path: Path) -> None:
    with open_store(db_path) as store:
        store.save(harbour_result())
    with sqlite3.connect(db_path) as connection:
        sql = dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE name LIKE '%_search'").fetchall())
    assert 'content="events", content_rowid="id"' in sql["events_search"]
    assert 'content="quotes", content_rowid="id"' in sql["quotes_search"]
    assert detect_fts(db_path, "events") == ["events_search"]
    assert detect_fts(db_path, "quotes") == ["quotes_search"]


def test_datasette_style_search_finds_rows_of_the_content_table(db_path: Path) -> None:
    with open_store(db_path) as store:
        for result in (harbour_result(), market_result(), undated_result()):
            store.save(result)
    # the query datasette runs for ?_search=: rowids of the search table, rows of the table
    query = "SELECT trigger FROM events WHERE rowid IN (SELECT rowid FROM events_search WHERE events_search MATCH ?)"
    with sqlite3.connect(db_path) as connection:
        assert connection.execute(query, ("rockets",)).fetchall() == [("struck",)]
        snippet = "SELECT snippet(quotes_search, 0, '[', ']', '...', 4) FROM quotes_search WHERE quotes_search MATCH ?"
        assert connection.execute(snippet, ("pier",)).fetchall() == [("...will rebuild every [pier],",)]


def test_the_search_index_follows_reingest_and_replacement(db_path: Path) -> None:
    with open_store(db_path) as store:
        store.save(harbour_result())
        store.save(harbour_result())  # unchanged
        replaced = replace(harbour_result(NEWER_PIPELINE), events=harbour_result().events[1:], quotes=())
        assert store.save(replaced) == SaveOutcome.REPLACED
        assert [row["trigger"] for row in store.event_rows(EventFilter(text="dock workers"))] == ["marched"]
        assert list(store.event_rows(EventFilter(text="rockets"))) == []
        assert list(store.quote_rows(QuoteFilter(text="pier"))) == []
    check_search_index(db_path)


def test_an_update_of_a_row_updates_its_index(db_path: Path) -> None:
    with open_store(db_path) as store:
        store.save(market_result())
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE events SET evidence = 'A car bomb went off.'")
    check_search_index(db_path)
    with open_store(db_path) as store:
        assert [row["evidence"] for row in store.event_rows(EventFilter(text="car bomb"))] == ["A car bomb went off."]
        assert list(store.event_rows(EventFilter(text="roadside"))) == []


def test_trimmed_spans_lose_their_white_space() -> None:
    text = "  Shots were fired.\n\n   "
    assert trimmed(Span(0, len(text)), text).text_of(text) == "Shots were fired."
    assert len(trimmed(Span(19, len(text)), text)) == 0
