"""The SQLite store: one file (or ``:memory:``), FTS5 for text search, WAL for concurrent readers.

Everything SQLite writes its own way is here: its dialect, its connection set-up and its
transactions (``BEGIN IMMEDIATE`` takes the write lock up front, so two writers wait for each other).
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from eventwire.errors import StoreError, StoreNotFoundError
from eventwire.store.protocol import Clock, StoredRow, utc_now
from eventwire.store.rows import Row
from eventwire.store.sql_store import Params, SqlStore
from eventwire.store.sqlite_schema import migrate, schema_version

BUSY_TIMEOUT_SECONDS = 30.0  # how long a connection waits for another to finish writing

MEMORY = ":memory:"


class SQLiteDialect:
    """SQLite's SQL: ``:name`` parameters, ``COLLATE NOCASE``, ``instr``, FTS5 ``MATCH`` on the search tables."""

    def param(self, name: str) -> str:
        return f":{name}"

    def equals_ignoring_case(self, column: str, value: str) -> str:
        return f"{column} = {value} COLLATE NOCASE"

    def contains(self, column: str, value: str) -> str:
        return f"instr({column}, {value}) > 0"

    def matches_words(self, alias: str, table: str, value: str) -> str:
        search = f"{table}_search"
        return f"{alias}.id IN (SELECT rowid FROM {search} WHERE {search} MATCH {value})"

    def words_query(self, words: list[str]) -> str:
        return " ".join(f'"{word}"*' for word in words)  # words are letters and digits: nothing to escape

    def search_columns(self, table: str, row: Row) -> Row:
        return {}  # the FTS5 tables index the rows' own columns (external content)


def open_sqlite(path: str, *, create: bool = True, clock: Clock = utc_now) -> SQLiteStore:
    """Open the store file at ``path`` (or ``":memory:"``), creating it if ``create``, and migrate it."""
    if path != MEMORY:
        _check_location(Path(path), create)
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    except sqlite3.Error as error:
        raise StoreError(f"cannot open the store {path}: {_open_failure(Path(path), error)}") from error
    try:
        _prepare(connection, path)
    except BaseException:
        connection.close()
        raise
    return SQLiteStore(connection, path, clock)


def _check_location(path: Path, create: bool) -> None:
    if not create and not path.exists():
        raise StoreNotFoundError(f"no store at {str(path)!r}; ingest articles first: eventwire ingest PATH --db {path}")
    if not path.parent.is_dir():
        state = "is not a folder" if path.parent.exists() else "does not exist"
        raise StoreError(f"cannot create the store {path}: the folder {path.parent} {state}")


def _open_failure(path: Path, error: sqlite3.Error) -> str:
    """Why SQLite could not open ``path``, in the operating system's words when it has them."""
    if path.is_dir():
        return "it is a folder; give the path of a file in it"
    existed = path.exists()
    try:
        with path.open("ab"):
            pass
    except OSError as denied:
        return denied.strerror or str(denied)
    if not existed:
        path.unlink(missing_ok=True)
    return str(error)


def _prepare(connection: sqlite3.Connection, where: str) -> None:
    connection.row_factory = sqlite3.Row
    try:
        connection.execute("PRAGMA application_id").fetchone()
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{where} is not an eventwire database (SQLite says: {error})") from error
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        if where != MEMORY:
            _use_wal(connection)
            connection.execute("PRAGMA synchronous = NORMAL")
        migrate(connection, where)
    except sqlite3.Error as error:
        raise StoreError(f"cannot open the store {where}: {error}") from error


def _use_wal(connection: sqlite3.Connection, timeout: float = BUSY_TIMEOUT_SECONDS) -> None:
    """Put the file in WAL mode (it stays so). Switching needs the file to itself, and SQLite answers "locked"
    at once instead of waiting out the busy timeout when another connection opens the new file at the same
    moment, so wait here, up to the same timeout."""
    deadline = time.monotonic() + timeout
    pause = 0.005
    while True:
        try:
            if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


class SQLiteStore(SqlStore):
    """An open SQLite store. Use as a context manager, or call ``close``."""

    dialect = SQLiteDialect()

    def __init__(self, connection: sqlite3.Connection, where: str, clock: Clock = utc_now) -> None:
        super().__init__(where, clock)
        self._db = connection

    def close(self) -> None:
        self._db.close()

    @property
    def schema_version(self) -> int:
        """The store schema version of the file (``PRAGMA user_version``)."""
        return schema_version(self._db)

    def _read(self, sql: str, params: Params) -> Iterator[StoredRow]:
        try:
            cursor = self._db.execute(sql, params)
            for row in cursor:
                yield dict(row)
        except sqlite3.Error as error:
            raise StoreError(f"cannot read the store {self.where}: {error}") from error

    def _execute(self, sql: str, params: Params) -> None:
        self._db.execute(sql, params)

    def _execute_many(self, sql: str, rows: list[Row]) -> None:
        self._db.executemany(sql, rows)

    def _transaction(self, failure: str, lock: str | None = None) -> _Transaction:
        return _Transaction(self._db, failure)  # BEGIN IMMEDIATE locks the whole file: no finer lock needed

    @contextmanager
    def _hold_merge_lock(self) -> Iterator[None]:
        """An exclusive lock on ``STORE-merge.lock`` beside the store file (none for ``:memory:``, which one
        connection owns, nor on Windows, which has no ``flock``)."""
        if self.where == MEMORY or sys.platform == "win32":
            yield
            return
        import fcntl

        try:
            handle = open(f"{self.where}-merge.lock", "a+b")  # noqa: SIM115 (held until the merge ends)
        except OSError as error:
            raise StoreError(f"cannot lock the store {self.where} for merging: {error}") from error
        with handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` on any error (SQLite errors become StoreError)."""

    def __init__(self, connection: sqlite3.Connection, failure: str) -> None:
        self._db = connection
        self._failure = failure

    def __enter__(self) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise StoreError(f"{self._failure}: {error}") from error

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if error is None:
            try:
                self._db.execute("COMMIT")
                return
            except sqlite3.Error as failed:
                error = failed
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error):
            raise StoreError(f"{self._failure}: {error}") from error
