"""SQLite migrations: a new or older store is brought up to date; a newer or foreign file is refused."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from eventwire.store import EventFilter, QuoteFilter, SaveOutcome, SQLiteStore, StoreError, open_store
from eventwire.store.sqlite_schema import APPLICATION_ID, MIGRATIONS, migrate, schema_version
from tests.store.sample_results import NEWER_PIPELINE, harbour_result, market_result
from tests.store.test_sqlite import check_search_index, detect_fts


def pragma(path: Path, name: str) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute(f"PRAGMA {name}").fetchone()[0])


def autocommit(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def test_a_new_file_gets_the_whole_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with open_store(path) as store:
        assert store.stats()["articles"] == 0
        assert store.schema_version == len(MIGRATIONS)
    assert pragma(path, "user_version") == len(MIGRATIONS)
    assert pragma(path, "application_id") == APPLICATION_ID


def test_an_empty_database_at_version_0_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 0")
    connection.close()
    with open_store(path) as store:
        assert store.save(market_result()) == SaveOutcome.INSERTED
    assert pragma(path, "user_version") == len(MIGRATIONS)


def test_an_older_store_is_migrated_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as store:
        store.save(market_result())
    extra = ("ALTER TABLE articles ADD COLUMN language TEXT", "UPDATE articles SET language = 'en'")
    connection = autocommit(path)
    assert migrate(connection, str(path), (*MIGRATIONS, extra)) == 1
    assert schema_version(connection) == len(MIGRATIONS) + 1
    assert connection.execute("SELECT id, language FROM articles").fetchall() == [("market-7", "en")]
    connection.close()


def test_a_failing_migration_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as store:
        store.save(market_result())
    steps = (("CREATE TABLE notes (body TEXT)",), ("INSERT INTO no_such_table VALUES (1)",))
    connection = autocommit(path)
    with pytest.raises(StoreError, match=f"to store schema version {len(MIGRATIONS) + 2}: no such table"):
        migrate(connection, str(path), (*MIGRATIONS, *steps))
    assert schema_version(connection) == len(MIGRATIONS)
    names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "notes" not in names
    connection.close()


def test_a_store_from_a_newer_eventwire_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    with open_store(path):
        pass
    connection = autocommit(path)
    connection.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    connection.close()
    with pytest.raises(StoreError, match="newer than this eventwire knows"):
        open_store(path)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not an eventwire database"):
        open_store(path)


def test_another_applications_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    with pytest.raises(StoreError, match="another application"):
        open_store(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 0


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "such" / "events.db")


def version_1_store(path: Path) -> None:
    """A file as eventwire's first release wrote it: schema version 1 (search tables that keep their own
    copy of the text), with the harbour and market articles in it."""
    connection = autocommit(path)
    connection.row_factory = sqlite3.Row
    connection.execute("PRAGMA foreign_keys = ON")
    migrate(connection, str(path), MIGRATIONS[:1])
    store = SQLiteStore(connection, str(path))
    store.save(harbour_result())
    store.save(market_result())
    store.close()


def test_a_version_1_file_migrates_to_external_content_search(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    version_1_store(path)
    assert pragma(path, "user_version") == 1
    assert detect_fts(path, "events") == []  # version 1's search tables name no content table
    with open_store(path) as store:
        assert store.schema_version == len(MIGRATIONS) >= 2
        assert [row["trigger"] for row in store.event_rows(EventFilter(text="rockets harbour"))] == ["struck"]
        assert [row["article_id"] for row in store.quote_rows(QuoteFilter(text="attackers"))] == ["market-7"]
    assert detect_fts(path, "events") == ["events_search"]
    check_search_index(path)


def test_the_migrated_index_follows_later_writes(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    version_1_store(path)
    with open_store(path) as store:
        store.save(replace(harbour_result(NEWER_PIPELINE), events=harbour_result().events[1:]))
        assert list(store.event_rows(EventFilter(text="rockets"))) == []
        assert [row["trigger"] for row in store.event_rows(EventFilter(text="marched"))] == ["marched"]
    check_search_index(path)
