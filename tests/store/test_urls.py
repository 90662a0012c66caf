"""``open_store(url)``: which backend a path or URL names, and the errors for those it cannot open."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from eventwire.errors import StoreError, StoreNotFoundError, StoreUnsupportedError
from eventwire.store import SaveOutcome, SQLiteStore, open_store
from eventwire.store.urls import sqlite_path
from tests.store.sample_results import market_result


def test_a_plain_path_and_a_path_object_are_sqlite_files(tmp_path: Path) -> None:
    for target in (str(tmp_path / "a.db"), tmp_path / "b.db"):
        with open_store(target) as store:
            assert isinstance(store, SQLiteStore)
            assert store.save(market_result()) == SaveOutcome.INSERTED
    assert (tmp_path / "a.db").is_file() and (tmp_path / "b.db").is_file()


def test_sqlite_urls_name_relative_and_absolute_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    with open_store("sqlite:///data/relative.db") as store:
        assert store.where == "data/relative.db"
    with open_store(f"sqlite:///{tmp_path}/absolute.db") as store:  # four slashes: tmp_path starts with one
        assert store.where == f"{tmp_path}/absolute.db"
    assert (tmp_path / "data" / "relative.db").is_file() and (tmp_path / "absolute.db").is_file()


def test_memory_forms() -> None:
    assert sqlite_path("sqlite://") == sqlite_path("sqlite:///:memory:") == ":memory:"
    for target in (":memory:", "sqlite://"):
        with open_store(target) as store:
            assert store.save(market_result()) == SaveOutcome.INSERTED


def test_an_unknown_scheme_says_which_forms_work() -> None:
    with pytest.raises(StoreUnsupportedError, match=r"unknown store URL scheme 'mysql'.*postgresql://") as raised:
        open_store("mysql://ana:s3cret@db.example/events")
    assert "s3cret" not in str(raised.value)
    with pytest.raises(StoreUnsupportedError, match="sqlite:///relative/path"):
        open_store("sqlite:///")


def test_a_missing_postgres_driver_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # what `import psycopg` does where it is not installed
    with pytest.raises(StoreUnsupportedError, match=r"pip install 'eventwire\[postgres\]'"):
        open_store("postgresql://localhost/events")
    with pytest.raises(StoreUnsupportedError, match="psycopg"):
        open_store("postgres://localhost/events")


def test_reading_refuses_to_create_a_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "none.db"
    with pytest.raises(StoreNotFoundError, match="no store at"):
        open_store(path, create=False)
    with pytest.raises(StoreNotFoundError):
        open_store(f"sqlite:///{path}", create=False)
    assert not path.exists()
    with open_store(path):
        pass
    with open_store(path, create=False) as store:
        assert store.stats()["articles"] == 0


def test_a_folder_is_not_a_store_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)
    assert os.listdir(tmp_path) == []
