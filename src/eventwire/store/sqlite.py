"""The SQLite store: one file, idempotent writes of whole article results, reads back into model objects."""

from __future__ import annotations

import enum
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from eventwire.errors import StoreError
from eventwire.model import ArticleResult, Rejection
from eventwire.model.canonical import from_json
from eventwire.store.filters import EventFilter, QuoteFilter, event_select, quote_select
from eventwire.store.rows import Row, article_row, casualty_rows, date_rows, event_rows, place_rows, quote_rows
from eventwire.store.schema import migrate, schema_version

Clock = Callable[[], datetime]
StoredRow = dict[str, Any]

# The tables that hold an article's results, and the function that makes their rows.
_RESULT_TABLES: tuple[tuple[str, Callable[[ArticleResult], Iterable[Row]]], ...] = (
    ("events", event_rows),
    ("quotes", quote_rows),
    ("places", place_rows),
    ("dates", date_rows),
    ("casualties", casualty_rows),
)
_COUNTED_TABLES = ("articles", "events", "quotes", "places", "dates", "casualties", "rejections")


class SaveOutcome(enum.StrEnum):
    INSERTED = "inserted"  # a new article
    REPLACED = "replaced"  # the article was stored by another pipeline version; its results were replaced
    UNCHANGED = "unchanged"  # already stored by this pipeline version; nothing was written


def _utc_now() -> datetime:
    return datetime.now(UTC)


def open_store(path: str | Path, *, clock: Clock = _utc_now) -> Store:
    """Open (creating it if needed) the store at ``path`` (or ``":memory:"``) and bring its schema up to date.

    ``clock`` gives the time recorded with stored articles and rejections (never used for results)."""
    where = str(path)
    if where != ":memory:" and not Path(where).parent.is_dir():
        raise StoreError(f"cannot create the store {where}: the folder {Path(where).parent} does not exist")
    try:
        connection = sqlite3.connect(where, timeout=30.0, isolation_level=None)
    except sqlite3.Error as error:
        raise StoreError(f"cannot open the store {where}: {error}") from error
    try:
        _prepare(connection, where)
    except BaseException:
        connection.close()
        raise
    return Store(connection, where, clock)


def _prepare(connection: sqlite3.Connection, where: str) -> None:
    connection.row_factory = sqlite3.Row
    try:
        connection.execute("PRAGMA application_id").fetchone()
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{where} is not an eventwire database (SQLite says: {error})") from error
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        if where != ":memory:":
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
        migrate(connection, where)
    except sqlite3.Error as error:
        raise StoreError(f"cannot open the store {where}: {error}") from error


class Store:
    """An open store. Use as a context manager, or call ``close``."""

    def __init__(self, connection: sqlite3.Connection, where: str, clock: Clock = _utc_now) -> None:
        self._db = connection
        self.where = where
        self._clock = clock

    # ------------------------------------------------------------ lifecycle

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @property
    def schema_version(self) -> int:
        """The store schema version of the file (``PRAGMA user_version``)."""
        return schema_version(self._db)

    # ------------------------------------------------------------ writing

    def has_result(self, article_hash: str, pipeline_version: str) -> bool:
        """Whether the article with this content hash is stored with results of this pipeline version."""
        return self._stored_version(article_hash) == pipeline_version

    def save(self, result: ArticleResult) -> SaveOutcome:
        """Store an article's results in one transaction, replacing those of another pipeline version."""
        if self._stored_version(result.article.hash) == result.pipeline_version:
            return SaveOutcome.UNCHANGED  # checked before taking the write lock: a re-ingest writes nothing
        with self._transaction(f"save article {result.article.id!r}"):
            stored = self._stored_version(result.article.hash)  # again: another process may have saved it
            if stored == result.pipeline_version:
                return SaveOutcome.UNCHANGED
            if stored is not None:
                self._db.execute("DELETE FROM articles WHERE hash = ?", (result.article.hash,))
            _insert(self._db, "articles", [article_row(result, self._now())])
            for table, rows_of in _RESULT_TABLES:
                _insert(self._db, table, rows_of(result))
        return SaveOutcome.INSERTED if stored is None else SaveOutcome.REPLACED

    def save_rejection(self, rejection: Rejection) -> None:
        """Keep a rejection (once per origin and reason) with the time it was first seen."""
        with self._transaction(f"save the rejection of {rejection.origin!r}"):
            self._db.execute(
                "INSERT INTO rejections (origin, reason, rejected_at) VALUES (?, ?, ?) "
                "ON CONFLICT (origin, reason) DO NOTHING",
                (rejection.origin, rejection.reason, self._now()),
            )

    # ------------------------------------------------------------ reading

    def results(self) -> Iterator[ArticleResult]:
        """Every stored result, as model objects, by publication date then article id."""
        cursor = self._read(
            "SELECT hash, text, origin, result_json FROM articles ORDER BY published IS NULL, published, id, hash"
        )
        for row in cursor:
            yield _result_of(row)

    def result(self, article_hash: str) -> ArticleResult | None:
        """The stored result of the article with this content hash, or None."""
        row = self._read("SELECT hash, text, origin, result_json FROM articles WHERE hash = ?", (article_hash,))
        found = row.fetchone()
        return None if found is None else _result_of(found)

    def rejections(self) -> Iterator[tuple[Rejection, str]]:
        """Every stored rejection with the time it was first seen (ISO 8601, UTC), oldest first."""
        for row in self._read("SELECT origin, reason, rejected_at FROM rejections ORDER BY id"):
            yield Rejection(row["origin"], row["reason"]), row["rejected_at"]

    def stats(self) -> dict[str, int]:
        """The number of rows of each kind: articles, events, quotes, places, dates, casualties, rejections."""
        return {table: self._read(f"SELECT count(*) FROM {table}").fetchone()[0] for table in _COUNTED_TABLES}

    def event_rows(self, query: EventFilter) -> Iterator[StoredRow]:
        """Events matching ``query`` as flat rows (article columns first), ordered by date, article, ordinal."""
        sql, params = event_select(query)
        for row in self._read(sql, params):
            yield dict(row)

    def quote_rows(self, query: QuoteFilter) -> Iterator[StoredRow]:
        """Quotes matching ``query`` as flat rows (article columns first), ordered by date, article, ordinal."""
        sql, params = quote_select(query)
        for row in self._read(sql, params):
            yield dict(row)

    # ------------------------------------------------------------ helpers

    def _stored_version(self, article_hash: str) -> str | None:
        row = self._read("SELECT pipeline_version FROM articles WHERE hash = ?", (article_hash,)).fetchone()
        return None if row is None else str(row[0])

    def _read(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, params)
        except sqlite3.Error as error:
            raise StoreError(f"cannot read the store {self.where}: {error}") from error

    def _now(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="seconds")

    def _transaction(self, what: str) -> _Transaction:
        return _Transaction(self._db, f"cannot {what} in the store {self.where}")


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


def _insert(connection: sqlite3.Connection, table: str, rows: Iterable[Row]) -> None:
    rows = list(rows)
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(f'"{name}"' for name in columns)
    values = ", ".join(f":{name}" for name in columns)
    connection.executemany(f"INSERT INTO {table} ({names}) VALUES ({values})", rows)


def _result_of(row: sqlite3.Row) -> ArticleResult:
    """A stored result; the article's origin and hash come from their columns (the canonical JSON has no origin)."""
    result = from_json(json.loads(row["result_json"]), row["text"])
    article = replace(result.article, origin=row["origin"], hash=row["hash"])
    return replace(result, article=article)
