"""What both backends do the same way: idempotent saves of whole article results, and reads back.

``SqlStore`` implements the ``Store`` protocol over a few primitives that each backend provides
(run a read, run a write, a transaction, the schema version); the SQL it writes comes from
``selects.py`` and the backend's ``Dialect``.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import UTC
from types import TracebackType
from typing import Any, Self

from eventwire.errors import StoreError
from eventwire.model import ArticleResult, Rejection
from eventwire.model.canonical import from_json
from eventwire.store.dialect import Dialect
from eventwire.store.filters import ArticleFilter, EventFilter, QuoteFilter
from eventwire.store.merged import MergedTables
from eventwire.store.protocol import Clock, SaveOutcome, StoredRow, utc_now
from eventwire.store.rows import Row, article_row, casualty_rows, date_rows, event_rows, place_rows, quote_rows
from eventwire.store.selects import (
    RESULT_COLUMNS,
    RESULTS_ORDER,
    article_select,
    event_count_select,
    event_select,
    quote_select,
)

Params = Mapping[str, Any]

# The tables that hold an article's results, and the function that makes their rows.
RESULT_TABLES: tuple[tuple[str, Callable[[ArticleResult], Iterable[Row]]], ...] = (
    ("events", event_rows),
    ("quotes", quote_rows),
    ("places", place_rows),
    ("dates", date_rows),
    ("casualties", casualty_rows),
)
COUNTED_TABLES = ("articles", "events", "quotes", "places", "dates", "casualties", "rejections")


class SqlStore(MergedTables, ABC):
    """A store over one database connection; a backend subclass supplies the connection's primitives."""

    dialect: Dialect

    def __init__(self, where: str, clock: Clock = utc_now) -> None:
        self.where = where
        self._clock = clock

    # ------------------------------------------------------------ what a backend provides

    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    @property
    @abstractmethod
    def schema_version(self) -> int:
        """The number of the backend's migrations applied to the store."""

    @abstractmethod
    def _read(self, sql: str, params: Params) -> Iterator[StoredRow]:
        """The rows of a SELECT, as dicts; driver errors become ``StoreError``."""

    @abstractmethod
    def _execute(self, sql: str, params: Params) -> None:
        """Run one write (inside ``_transaction``)."""

    @abstractmethod
    def _execute_many(self, sql: str, rows: list[Row]) -> None:
        """Run one write once per row (inside ``_transaction``)."""

    @abstractmethod
    def _transaction(self, failure: str, lock: str | None = None) -> AbstractContextManager[None]:
        """A write transaction, holding the write lock of ``lock`` (a name) until it ends; a driver error
        in it rolls it back and becomes ``StoreError`` starting with ``failure``."""

    # ------------------------------------------------------------ lifecycle

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    # ------------------------------------------------------------ writing

    def has_result(self, article_hash: str, pipeline_version: str) -> bool:
        """Whether the article with this content hash is stored with results of this pipeline version."""
        return self._stored_version(article_hash) == pipeline_version

    def save(self, result: ArticleResult) -> SaveOutcome:
        """Store an article's results in one transaction, replacing those of another pipeline version."""
        article = result.article
        if self._stored_version(article.hash) == result.pipeline_version:
            return SaveOutcome.UNCHANGED  # checked before taking the write lock: a re-ingest writes nothing
        with self._transaction(f"cannot save article {article.id!r} in the store {self.where}", lock=article.hash):
            stored = self._stored_version(article.hash)  # again: another process may have saved it
            if stored == result.pipeline_version:
                return SaveOutcome.UNCHANGED
            if stored is not None:
                self._execute(f"DELETE FROM articles WHERE hash = {self.dialect.param('hash')}", {"hash": article.hash})
            self._insert("articles", [article_row(result, self._now())])
            for table, rows_of in RESULT_TABLES:
                self._insert(table, rows_of(result))
        return SaveOutcome.INSERTED if stored is None else SaveOutcome.REPLACED

    def save_rejection(self, rejection: Rejection) -> None:
        """Keep a rejection (once per origin and reason) with the time it was first seen."""
        p = self.dialect.param
        with self._transaction(f"cannot save the rejection of {rejection.origin!r} in the store {self.where}"):
            self._execute(
                f"INSERT INTO rejections (origin, reason, rejected_at) VALUES ({p('origin')}, {p('reason')}, "
                f"{p('rejected_at')}) ON CONFLICT (origin, reason) DO NOTHING",
                {"origin": rejection.origin, "reason": rejection.reason, "rejected_at": self._now()},
            )

    # ------------------------------------------------------------ reading

    def results(self) -> Iterator[ArticleResult]:
        """Every stored result, as model objects, by publication date then article id."""
        for row in self._read(f"SELECT {RESULT_COLUMNS} FROM articles ORDER BY {RESULTS_ORDER}", {}):
            yield _result_of(row)

    def result(self, article_hash: str) -> ArticleResult | None:
        """The stored result of the article with this content hash, or None."""
        sql = f"SELECT {RESULT_COLUMNS} FROM articles WHERE hash = {self.dialect.param('hash')}"
        found = self._read_one(sql, {"hash": article_hash})
        return None if found is None else _result_of(found)

    def rejections(self) -> Iterator[tuple[Rejection, str]]:
        """Every stored rejection with the time it was first seen (ISO 8601, UTC), oldest first."""
        for row in self._read("SELECT origin, reason, rejected_at FROM rejections ORDER BY id", {}):
            yield Rejection(row["origin"], row["reason"]), row["rejected_at"]

    def stats(self) -> dict[str, int]:
        """The number of rows of each kind: articles, events, quotes, places, dates, casualties, rejections."""
        return {table: self._count(table) for table in COUNTED_TABLES}

    def event_rows(self, query: EventFilter) -> Iterator[StoredRow]:
        """Events matching ``query`` as flat rows (article columns first), ordered by date, article, ordinal."""
        return self._read(*event_select(query, self.dialect))

    def quote_rows(self, query: QuoteFilter) -> Iterator[StoredRow]:
        """Quotes matching ``query`` as flat rows (article columns first), ordered by date, article, ordinal."""
        return self._read(*quote_select(query, self.dialect))

    def event_counts(self, query: EventFilter) -> Iterator[StoredRow]:
        """Per first day and event type, the number of events matching ``query``: ``day``, ``event_type``,
        ``count`` rows, by day (undated last) then type."""
        return self._read(*event_count_select(query, self.dialect))

    def article_rows(self, query: ArticleFilter) -> Iterator[StoredRow]:
        """Articles matching ``query`` (no text) with their numbers of events and quotes, by publication
        date (undated last) then hash, each with its ``sort_key``."""
        return self._read(*article_select(query, self.dialect))

    # ------------------------------------------------------------ API tokens

    def save_token(self, token_id: str, name: str, digest: str) -> None:
        """Keep a new API token: its public id, its name (unique) and the digest of its secret."""
        p = self.dialect.param
        if self._read_one(f"SELECT id FROM api_tokens WHERE name = {p('name')}", {"name": name}) is not None:
            raise StoreError(f"a token named {name!r} exists in the store {self.where}; choose another name")
        with self._transaction(f"cannot save the token {name!r} in the store {self.where}"):
            self._execute(
                f"INSERT INTO api_tokens (id, name, digest, created_at) "
                f"VALUES ({p('id')}, {p('name')}, {p('digest')}, {p('created_at')})",
                {"id": token_id, "name": name, "digest": digest, "created_at": self._now()},
            )

    def token_rows(self) -> Iterator[StoredRow]:
        """Every API token (``id``, ``name``, ``created_at``, ``revoked_at``; no digest), oldest first."""
        return self._read("SELECT id, name, created_at, revoked_at FROM api_tokens ORDER BY created_at, id", {})

    def token_digest(self, token_id: str) -> str | None:
        """The digest of the secret of the unrevoked token ``token_id``, or None."""
        sql = f"SELECT digest FROM api_tokens WHERE id = {self.dialect.param('id')} AND revoked_at IS NULL"
        row = self._read_one(sql, {"id": token_id})
        return None if row is None else str(row["digest"])

    def revoke_token(self, name: str) -> bool:
        """Revoke the token named ``name`` (or with that id); False if there is no such unrevoked token."""
        p = self.dialect.param
        sql = f"SELECT id FROM api_tokens WHERE (name = {p('name')} OR id = {p('name')}) AND revoked_at IS NULL"
        found = self._read_one(sql, {"name": name})
        if found is None:
            return False
        with self._transaction(f"cannot revoke the token {name!r} in the store {self.where}"):
            self._execute(
                f"UPDATE api_tokens SET revoked_at = {p('now')} WHERE id = {p('id')}",
                {"now": self._now(), "id": found["id"]},
            )
        return True

    # ------------------------------------------------------------ helpers

    def _stored_version(self, article_hash: str) -> str | None:
        sql = f"SELECT pipeline_version FROM articles WHERE hash = {self.dialect.param('hash')}"
        row = self._read_one(sql, {"hash": article_hash})
        return None if row is None else str(row["pipeline_version"])

    def _count(self, table: str) -> int:
        row = self._read_one(f"SELECT count(*) AS count FROM {table}", {})
        return 0 if row is None else int(row["count"])

    def _read_one(self, sql: str, params: Params) -> StoredRow | None:
        """The first row of a SELECT that has at most one (read to the end, so no statement stays open)."""
        rows = list(self._read(sql, params))
        return rows[0] if rows else None

    def _insert(self, table: str, rows: Iterable[Row]) -> None:
        """Insert rows of ``table`` (all with the same columns), with the columns its search index needs."""
        complete = [row | self.dialect.search_columns(table, row) for row in rows]
        if not complete:
            return
        columns = list(complete[0])
        names = ", ".join(f'"{name}"' for name in columns)
        values = ", ".join(self.dialect.param(name) for name in columns)
        self._execute_many(f"INSERT INTO {table} ({names}) VALUES ({values})", complete)

    def _now(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="seconds")


def _result_of(row: StoredRow) -> ArticleResult:
    """A stored result; the article's origin and hash come from their columns (the canonical JSON of results
    stored before format 1's ``origin`` field has none)."""
    result = from_json(json.loads(row["result_json"]), row["text"])
    article = replace(result.article, origin=row["origin"], hash=row["hash"])
    return replace(result, article=article)
