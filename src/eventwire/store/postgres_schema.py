"""The PostgreSQL store's schema as a list of migrations, in the database schema ``eventwire``.

``eventwire.schema_version`` has one row per migration applied. ``migrate`` applies the pending
ones in order in one transaction, holding an advisory lock on the database, so two processes that
open a new store at once both work: the second waits, then finds the store up to date. Never edit
a released migration: append one.

1. the tables (the same columns as SQLite's, text dates in the "C" collation so that they sort
   the same), with full-text search through a generated ``tsvector`` column and a GIN index;
2. merged events, their members, revisions and overrides, and the incremental merge's term tables
   (``merged_schema.py``, the same as SQLite's migration 3);
3. ``api_tokens``: the bearer tokens of ``eventwire serve`` (a digest of each secret, never the secret), and
   the index of the API's pages of events by date.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg.rows import tuple_row

from eventwire.errors import StoreError, StoreNotFoundError
from eventwire.store.merged_schema import merged_tables

SCHEMA = "eventwire"
# The advisory lock a migration holds ("EvWr", as SQLite's application id).
MIGRATION_LOCK = int.from_bytes(b"EvWr", "big")

Migration = tuple[str, ...]
Connection = psycopg.Connection[Any]

_VERSIONS = """
CREATE TABLE eventwire.schema_version (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
)"""

_ARTICLES = """
CREATE TABLE eventwire.articles (
    hash text COLLATE "C" PRIMARY KEY,
    id text COLLATE "C" NOT NULL,
    title text,
    url text,
    source text,
    published text COLLATE "C",
    text text NOT NULL,
    origin text NOT NULL DEFAULT '',
    pipeline_version text NOT NULL,
    result_json text NOT NULL,
    stored_at text NOT NULL
)"""

# ``search_text`` is the evidence's words folded in Python (``text_search.folded_words``), so that
# search ignores case and diacritics the same way on every server, whatever its locale.
_EVENTS = """
CREATE TABLE eventwire.events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_hash text COLLATE "C" NOT NULL REFERENCES eventwire.articles(hash) ON DELETE CASCADE,
    ordinal integer NOT NULL CHECK (ordinal >= 0),
    event_type text NOT NULL,
    sub_event_type text,
    plover text,
    date text COLLATE "C",
    time_precision integer,
    day_first text COLLATE "C",
    day_last text COLLATE "C",
    location text,
    location_kind text,
    admin1 text,
    admin2 text,
    country text,
    country_name text,
    lat double precision,
    lon double precision,
    geo_precision integer,
    place_key text NOT NULL DEFAULT '',
    killed integer CHECK (killed IS NULL OR killed >= 0),
    injured integer CHECK (injured IS NULL OR injured >= 0),
    actor1 text,
    actor2 text,
    evidence text NOT NULL,
    evidence_start integer NOT NULL,
    evidence_end integer NOT NULL,
    "trigger" text NOT NULL,
    confidence double precision NOT NULL,
    search_text text NOT NULL DEFAULT '',
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED,
    UNIQUE (article_hash, ordinal)
)"""

_QUOTES = """
CREATE TABLE eventwire.quotes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_hash text COLLATE "C" NOT NULL REFERENCES eventwire.articles(hash) ON DELETE CASCADE,
    ordinal integer NOT NULL CHECK (ordinal >= 0),
    published text COLLATE "C",
    speaker text,
    speaker_title text,
    speaker_mention text,
    speaker_key text NOT NULL DEFAULT '',
    content text NOT NULL,
    content_start integer NOT NULL,
    content_end integer NOT NULL,
    cue text,
    kind text NOT NULL CHECK (kind IN ('direct', 'mixed', 'indirect')),
    confidence double precision NOT NULL,
    search_text text NOT NULL DEFAULT '',
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED,
    UNIQUE (article_hash, ordinal)
)"""

_PLACES = """
CREATE TABLE eventwire.places (
    article_hash text COLLATE "C" NOT NULL REFERENCES eventwire.articles(hash) ON DELETE CASCADE,
    ordinal integer NOT NULL CHECK (ordinal >= 0),
    start integer NOT NULL,
    "end" integer NOT NULL,
    text text NOT NULL,
    name text,
    kind text,
    country text,
    admin1 text,
    admin2 text,
    lat double precision,
    lon double precision,
    geonameid bigint,
    PRIMARY KEY (article_hash, ordinal)
)"""

_DATES = """
CREATE TABLE eventwire.dates (
    article_hash text COLLATE "C" NOT NULL REFERENCES eventwire.articles(hash) ON DELETE CASCADE,
    ordinal integer NOT NULL CHECK (ordinal >= 0),
    start integer NOT NULL,
    "end" integer NOT NULL,
    text text NOT NULL,
    value text,
    granularity text,
    note text,
    PRIMARY KEY (article_hash, ordinal)
)"""

_CASUALTIES = """
CREATE TABLE eventwire.casualties (
    article_hash text COLLATE "C" NOT NULL REFERENCES eventwire.articles(hash) ON DELETE CASCADE,
    ordinal integer NOT NULL CHECK (ordinal >= 0),
    start integer NOT NULL,
    "end" integer NOT NULL,
    kind text NOT NULL CHECK (kind IN ('killed', 'injured')),
    count integer NOT NULL CHECK (count >= 0),
    low integer,
    high integer,
    PRIMARY KEY (article_hash, ordinal)
)"""

_REJECTIONS = """
CREATE TABLE eventwire.rejections (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    origin text NOT NULL,
    reason text NOT NULL,
    rejected_at text NOT NULL,
    UNIQUE (origin, reason)
)"""

_INDEXES: Migration = (
    "CREATE INDEX articles_by_id ON eventwire.articles(id)",
    "CREATE INDEX events_by_day ON eventwire.events(day_first)",
    "CREATE INDEX quotes_by_published ON eventwire.quotes(published)",
    "CREATE INDEX rejections_by_origin ON eventwire.rejections(origin)",
    "CREATE INDEX events_search ON eventwire.events USING gin (search)",
    "CREATE INDEX quotes_search ON eventwire.quotes USING gin (search)",
)

# Migration 3: API tokens. ``id`` is the public part of a token, ``digest`` the sha256 (hex) of its secret.
_API_TOKENS: Migration = (
    """CREATE TABLE eventwire.api_tokens (
    id text COLLATE "C" PRIMARY KEY,
    name text NOT NULL UNIQUE,
    digest text NOT NULL,
    created_at text NOT NULL,
    revoked_at text
)""",
    # The order of the API's pages of events by date (``selects.EVENT_SORT_KEYS``), with the columns that
    # its date and type filters test, so that a page is read from the index in order and stops early.
    "CREATE INDEX events_by_page_day ON eventwire.events(coalesce(day_first, '9999-12-31'), article_hash, ordinal, "
    "day_last, event_type, sub_event_type)",
)

MIGRATIONS: tuple[Migration, ...] = (
    (_ARTICLES, _EVENTS, _QUOTES, _PLACES, _DATES, _CASUALTIES, _REJECTIONS, *_INDEXES),
    merged_tables(
        integer_key="bigint PRIMARY KEY", real="double precision", text='text COLLATE "C"', prefix="eventwire."
    ),
    _API_TOKENS,
)


def schema_version(connection: Connection) -> int:
    """The number of migrations applied; 0 for a database without an eventwire schema."""
    if not _has_table(connection, "schema_version"):
        return 0
    ((version,),) = _fetch(connection, "SELECT coalesce(max(version), 0) FROM eventwire.schema_version")
    return int(version)


def has_store(connection: Connection) -> bool:
    """Whether the database has an ``eventwire`` schema."""
    return bool(_fetch(connection, "SELECT 1 FROM pg_namespace WHERE nspname = %s", (SCHEMA,)))


def check_identity(connection: Connection, where: str, migrations: Sequence[Migration] = MIGRATIONS) -> None:
    """Refuse an ``eventwire`` schema that another application made, or one written by a newer eventwire."""
    if not _has_table(connection, "schema_version"):
        tables = _table_names(connection)
        if tables:
            raise StoreError(
                f"{where} has a schema {SCHEMA!r} that is not an eventwire store (tables: {', '.join(tables[:5])}); "
                "give eventwire its own database"
            )
        return
    version = schema_version(connection)
    if version > len(migrations):
        raise StoreError(
            f"{where} has store schema version {version}, newer than this eventwire knows ({len(migrations)}); "
            "upgrade eventwire to read it"
        )


def migrate(
    connection: Connection, where: str, migrations: Sequence[Migration] = MIGRATIONS, *, create: bool = True
) -> int:
    """Create the schema if needed (and ``create``), apply the pending migrations in one transaction under
    an advisory lock, and return the number applied. An up-to-date store is only read, never written.

    ``connection`` must be in autocommit mode."""
    if not create and not has_store(connection):
        raise StoreNotFoundError(
            f"no store at {where!r} (the database has no {SCHEMA!r} schema); ingest articles into it first"
        )
    check_identity(connection, where, migrations)
    if has_store(connection) and schema_version(connection) == len(migrations):
        return 0
    with connection.transaction():
        connection.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        check_identity(connection, where, migrations)  # again: another process may have migrated meanwhile
        version = _create_schema(connection)
        for number, migration in enumerate(migrations[version:], start=version + 1):
            _apply(connection, migration, number, where)
    return len(migrations) - version


def _create_schema(connection: Connection) -> int:
    """The schema and its version table, if they are not there yet; the version the store is at."""
    connection.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
    if not _has_table(connection, "schema_version"):
        connection.execute(_VERSIONS)
    return schema_version(connection)


def _apply(connection: Connection, migration: Migration, number: int, where: str) -> None:
    try:
        with connection.transaction():  # a savepoint: the error names the migration, the outer one rolls back
            for statement in migration:
                connection.execute(statement)
            connection.execute("INSERT INTO eventwire.schema_version (version) VALUES (%s)", (number,))
    except psycopg.Error as error:
        raise StoreError(f"cannot migrate {where} to store schema version {number}: {error}") from error


def _has_table(connection: Connection, name: str) -> bool:
    return name in _table_names(connection)


def _table_names(connection: Connection) -> list[str]:
    rows = _fetch(connection, "SELECT tablename FROM pg_tables WHERE schemaname = %s ORDER BY tablename", (SCHEMA,))
    return [str(row[0]) for row in rows]


def _fetch(connection: Connection, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The rows of a query as tuples, whatever the connection's row factory."""
    with connection.cursor(row_factory=tuple_row) as cursor:
        return cursor.execute(sql, params).fetchall()
