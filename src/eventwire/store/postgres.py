"""The PostgreSQL store (psycopg 3): the same tables and meaning as SQLite's, for a team's server.

Everything PostgreSQL writes its own way is here: its dialect (``%(name)s`` parameters, ``strpos``,
``tsvector @@ tsquery``), its connection set-up (the ``eventwire`` schema first on the search path)
and its transactions (an advisory lock per article, so two processes saving one article take turns).
This module needs psycopg: ``pip install 'eventwire[postgres]'``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg.rows import dict_row

from eventwire.errors import StoreError
from eventwire.store.postgres_schema import SCHEMA, migrate, schema_version
from eventwire.store.protocol import Clock, StoredRow, utc_now
from eventwire.store.rows import Row
from eventwire.store.selects import SEARCHED_COLUMNS
from eventwire.store.sql_store import Params, SqlStore
from eventwire.store.text_search import folded_words

MERGE_LOCK = "eventwire merge"  # the name of the advisory lock that one merge at a time holds

# A connection whose rows are dicts (column name -> value), as the store reads them.
Connection = psycopg.Connection[dict[str, Any]]


class PostgresDialect:
    """PostgreSQL's SQL: ``%(name)s`` parameters, ``lower``, ``strpos``, a ``tsquery`` of word prefixes."""

    def param(self, name: str) -> str:
        return f"%({name})s"

    def equals_ignoring_case(self, column: str, value: str) -> str:
        return f"lower({column}) = lower({value})"

    def contains(self, column: str, value: str) -> str:
        return f"strpos({column}, {value}) > 0"

    def matches_words(self, alias: str, table: str, value: str) -> str:
        return f"{alias}.search @@ to_tsquery('simple', {value})"

    def words_query(self, words: list[str]) -> str:
        folded = folded_words(" ".join(words)).split()
        return " & ".join(f"{word}:*" for word in folded)  # letters and digits: no tsquery syntax to escape

    def search_columns(self, table: str, row: Row) -> Row:
        column = SEARCHED_COLUMNS.get(table)
        if column is None:
            return {}
        return {"search_text": folded_words(str(row[column] or ""))}


def open_postgres(url: str, *, create: bool = True, clock: Clock = utc_now) -> PostgresStore:
    """Connect to the database at ``url`` and bring its ``eventwire`` schema up to date (creating it if
    ``create``; otherwise a database without one raises ``StoreNotFoundError``)."""
    where = redacted(url)
    try:
        connection: Connection = psycopg.connect(url, autocommit=True, row_factory=dict_row)
    except psycopg.Error as error:
        raise StoreError(f"cannot connect to the store {where}: {_first_line(error)}") from error
    try:
        connection.execute(f"SET search_path TO {SCHEMA}")
        migrate(connection, where, create=create)
    except psycopg.Error as error:
        connection.close()
        raise StoreError(f"cannot open the store {where}: {_first_line(error)}") from error
    except BaseException:
        connection.close()
        raise
    return PostgresStore(connection, where, clock)


def redacted(url: str) -> str:
    """``url`` without its password (in the user part or as a ``password`` parameter), for messages."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if parts.password is None and not any(key == "password" for key, _ in query):
        return url
    netloc = parts.netloc
    if parts.password is not None:
        user, _, host = netloc.rpartition("@")
        netloc = f"{user.partition(':')[0]}:***@{host}"
    shown = [(key, "***" if key == "password" else value) for key, value in query]
    return urlunsplit(parts._replace(netloc=netloc, query=urlencode(shown, safe="/:*")))


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


class PostgresStore(SqlStore):
    """An open PostgreSQL store. Use as a context manager, or call ``close``."""

    dialect = PostgresDialect()

    def __init__(self, connection: Connection, where: str, clock: Clock = utc_now) -> None:
        super().__init__(where, clock)
        self._db = connection

    def close(self) -> None:
        self._db.close()

    @property
    def schema_version(self) -> int:
        """The number of migrations applied (rows of ``eventwire.schema_version``)."""
        try:
            return schema_version(self._db)
        except psycopg.Error as error:
            raise StoreError(f"cannot read the store {self.where}: {_first_line(error)}") from error

    def _read(self, sql: str, params: Params) -> Iterator[StoredRow]:
        try:
            rows = self._db.execute(sql, params).fetchall()
        except psycopg.Error as error:
            raise StoreError(f"cannot read the store {self.where}: {_first_line(error)}") from error
        return iter(rows)

    def _execute(self, sql: str, params: Params) -> None:
        self._db.execute(sql, params)

    def _execute_many(self, sql: str, rows: list[Row]) -> None:
        with self._db.cursor() as cursor:
            cursor.executemany(sql, rows)

    @contextmanager
    def _hold_merge_lock(self) -> Iterator[None]:
        """A session advisory lock (the connection is in autocommit: it spans the merge's transactions)."""
        try:
            self._db.execute("SELECT pg_advisory_lock(hashtextextended(%s, 0))", (MERGE_LOCK,))
        except psycopg.Error as error:
            raise StoreError(f"cannot lock the store {self.where} for merging: {_first_line(error)}") from error
        try:
            yield
        finally:
            self._db.execute("SELECT pg_advisory_unlock(hashtextextended(%s, 0))", (MERGE_LOCK,))

    @contextmanager
    def _transaction(self, failure: str, lock: str | None = None) -> Iterator[None]:
        try:
            with self._db.transaction():
                if lock is not None:
                    self._db.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (lock,))
                yield
        except psycopg.Error as error:
            raise StoreError(f"{failure}: {_first_line(error)}") from error
