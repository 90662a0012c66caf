"""The SQLite store's schema as a list of migrations; ``PRAGMA user_version`` is the number applied.

A migration is a tuple of SQL statements. ``migrate`` applies the pending ones in order, in one
transaction, so a database is always at a whole version. Never edit a released migration: append one.

1. the tables, full-text tables of event evidence and quote content, indexes;
2. the full-text tables become external-content FTS5 tables of ``events`` and ``quotes`` (they index
   those tables' columns instead of keeping a copy), so tools such as datasette find and search them;
3. merged events (one record per real-world event), their members (which event of which article, with
   the similarity and the features that joined it), the revisions of their casualty figures, the
   analysts' overrides, and what the incremental merge keeps about each article (term counts, top terms);
4. ``api_tokens``: the bearer tokens of ``eventwire serve`` (a digest of each secret, never the secret), and
   the index of the API's pages of events by date.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from eventwire.errors import StoreError
from eventwire.store.merged_schema import merged_tables

# ``PRAGMA application_id``: marks the file as an eventwire store ("EvWr").
APPLICATION_ID = int.from_bytes(b"EvWr", "big")

Migration = tuple[str, ...]

_ARTICLES = """
CREATE TABLE articles (
    hash TEXT PRIMARY KEY,
    id TEXT NOT NULL,
    title TEXT,
    url TEXT,
    source TEXT,
    published TEXT,
    text TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    pipeline_version TEXT NOT NULL,
    result_json TEXT NOT NULL,
    stored_at TEXT NOT NULL
)"""

_EVENTS = """
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_hash TEXT NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    event_type TEXT NOT NULL,
    sub_event_type TEXT,
    plover TEXT,
    date TEXT,
    time_precision INTEGER,
    day_first TEXT,
    day_last TEXT,
    location TEXT,
    location_kind TEXT,
    admin1 TEXT,
    admin2 TEXT,
    country TEXT,
    country_name TEXT,
    lat REAL,
    lon REAL,
    geo_precision INTEGER,
    place_key TEXT NOT NULL DEFAULT '',
    killed INTEGER CHECK (killed IS NULL OR killed >= 0),
    injured INTEGER CHECK (injured IS NULL OR injured >= 0),
    actor1 TEXT,
    actor2 TEXT,
    evidence TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end INTEGER NOT NULL,
    trigger TEXT NOT NULL,
    confidence REAL NOT NULL,
    UNIQUE (article_hash, ordinal)
)"""

_QUOTES = """
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_hash TEXT NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    published TEXT,
    speaker TEXT,
    speaker_title TEXT,
    speaker_mention TEXT,
    speaker_key TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    cue TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'mixed', 'indirect')),
    confidence REAL NOT NULL,
    UNIQUE (article_hash, ordinal)
)"""

_PLACES = """
CREATE TABLE places (
    article_hash TEXT NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT,
    kind TEXT,
    country TEXT,
    admin1 TEXT,
    admin2 TEXT,
    lat REAL,
    lon REAL,
    geonameid INTEGER,
    PRIMARY KEY (article_hash, ordinal)
) WITHOUT ROWID"""

_DATES = """
CREATE TABLE dates (
    article_hash TEXT NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    granularity TEXT,
    note TEXT,
    PRIMARY KEY (article_hash, ordinal)
) WITHOUT ROWID"""

_CASUALTIES = """
CREATE TABLE casualties (
    article_hash TEXT NOT NULL REFERENCES articles(hash) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('killed', 'injured')),
    count INTEGER NOT NULL CHECK (count >= 0),
    low INTEGER,
    high INTEGER,
    PRIMARY KEY (article_hash, ordinal)
) WITHOUT ROWID"""

_REJECTIONS = """
CREATE TABLE rejections (
    id INTEGER PRIMARY KEY,
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    rejected_at TEXT NOT NULL,
    UNIQUE (origin, reason)
)"""

# Full-text search over event evidence and quote content, kept in step by triggers.
_SEARCH: Migration = (
    "CREATE VIRTUAL TABLE events_search USING fts5(evidence, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE quotes_search USING fts5(content, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN "
    "INSERT INTO events_search(rowid, evidence) VALUES (new.id, new.evidence); END",
    "CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN "
    "DELETE FROM events_search WHERE rowid = old.id; END",
    "CREATE TRIGGER quotes_search_insert AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_search(rowid, content) VALUES (new.id, new.content); END",
    "CREATE TRIGGER quotes_search_delete AFTER DELETE ON quotes BEGIN "
    "DELETE FROM quotes_search WHERE rowid = old.id; END",
)

_INDEXES: Migration = (
    "CREATE INDEX articles_by_id ON articles(id)",
    "CREATE INDEX events_by_day ON events(day_first)",
    "CREATE INDEX quotes_by_published ON quotes(published)",
    "CREATE INDEX rejections_by_origin ON rejections(origin)",
)

# Migration 2: the search tables index ``events.evidence`` and ``quotes.content`` in place (external
# content, as the FTS5 documentation describes it: triggers tell the index of every insert, delete
# and update). ``content="events"`` is written with double quotes because that is the form datasette
# looks for when it detects a table's full-text index. The index is rebuilt from the existing rows.
_EXTERNAL_CONTENT_SEARCH: Migration = (
    "DROP TRIGGER events_search_insert",
    "DROP TRIGGER events_search_delete",
    "DROP TRIGGER quotes_search_insert",
    "DROP TRIGGER quotes_search_delete",
    "DROP TABLE events_search",
    "DROP TABLE quotes_search",
    'CREATE VIRTUAL TABLE events_search USING fts5(evidence, content="events", content_rowid="id", '
    "tokenize = 'unicode61 remove_diacritics 2')",
    'CREATE VIRTUAL TABLE quotes_search USING fts5(content, content="quotes", content_rowid="id", '
    "tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER events_search_insert AFTER INSERT ON events BEGIN "
    "INSERT INTO events_search(rowid, evidence) VALUES (new.id, new.evidence); END",
    "CREATE TRIGGER events_search_delete AFTER DELETE ON events BEGIN "
    "INSERT INTO events_search(events_search, rowid, evidence) VALUES ('delete', old.id, old.evidence); END",
    "CREATE TRIGGER events_search_update AFTER UPDATE ON events BEGIN "
    "INSERT INTO events_search(events_search, rowid, evidence) VALUES ('delete', old.id, old.evidence); "
    "INSERT INTO events_search(rowid, evidence) VALUES (new.id, new.evidence); END",
    "CREATE TRIGGER quotes_search_insert AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_search(rowid, content) VALUES (new.id, new.content); END",
    "CREATE TRIGGER quotes_search_delete AFTER DELETE ON quotes BEGIN "
    "INSERT INTO quotes_search(quotes_search, rowid, content) VALUES ('delete', old.id, old.content); END",
    "CREATE TRIGGER quotes_search_update AFTER UPDATE ON quotes BEGIN "
    "INSERT INTO quotes_search(quotes_search, rowid, content) VALUES ('delete', old.id, old.content); "
    "INSERT INTO quotes_search(rowid, content) VALUES (new.id, new.content); END",
    "INSERT INTO events_search(events_search) VALUES ('rebuild')",
    "INSERT INTO quotes_search(quotes_search) VALUES ('rebuild')",
)

# Migration 4: API tokens. ``id`` is the public part of a token, ``digest`` the sha256 (hex) of its secret.
_API_TOKENS: Migration = (
    """CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    digest TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
)""",
    # The order of the API's pages of events by date (``selects.EVENT_SORT_KEYS``), with the columns that
    # its date and type filters test, so that a page is read from the index in order and stops early.
    "CREATE INDEX events_by_page_day ON events(coalesce(day_first, '9999-12-31'), article_hash, ordinal, "
    "day_last, event_type, sub_event_type)",
)

MIGRATIONS: tuple[Migration, ...] = (
    (_ARTICLES, _EVENTS, _QUOTES, _PLACES, _DATES, _CASUALTIES, _REJECTIONS, *_SEARCH, *_INDEXES),
    _EXTERNAL_CONTENT_SEARCH,
    merged_tables(integer_key="INTEGER PRIMARY KEY", real="REAL", text="TEXT", clustered=" WITHOUT ROWID"),
    _API_TOKENS,
)


def schema_version(connection: sqlite3.Connection) -> int:
    version: int = connection.execute("PRAGMA user_version").fetchone()[0]
    return version


def check_identity(connection: sqlite3.Connection, where: str, migrations: Sequence[Migration] = MIGRATIONS) -> None:
    """Refuse a file that is not an eventwire store, or one written by a newer eventwire."""
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    if application_id not in (0, APPLICATION_ID):
        raise StoreError(f"{where} is not an eventwire database (SQLite application id {application_id:#x})")
    if application_id == 0 and _table_names(connection):
        tables = ", ".join(_table_names(connection)[:5])
        raise StoreError(
            f"{where} is a SQLite database of another application (tables: {tables}); give eventwire its own file"
        )
    version = schema_version(connection)
    if version > len(migrations):
        raise StoreError(
            f"{where} has store schema version {version}, newer than this eventwire knows ({len(migrations)}); "
            "upgrade eventwire to read it"
        )


def migrate(connection: sqlite3.Connection, where: str, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Apply the pending migrations in order in one transaction; return the number applied.

    An up-to-date store is only read, never written. ``connection`` must be in autocommit mode."""
    connection.execute("BEGIN")  # one read snapshot: another process's migration is seen whole or not at all
    try:
        check_identity(connection, where, migrations)
        current = schema_version(connection) == len(migrations)
    except StoreError:
        # Judged again under the write lock below before it is reported: a file another opener is creating at
        # this moment was once seen here with tables but no application id yet, and refused as another
        # application's.
        current = False
    finally:
        connection.execute("COMMIT")
    if current:
        return 0
    connection.execute("BEGIN IMMEDIATE")
    try:
        check_identity(connection, where, migrations)  # again: another process may have migrated meanwhile
        version = schema_version(connection)
        for number, migration in enumerate(migrations[version:], start=version + 1):
            _apply(connection, migration, number, where)
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return len(migrations) - version


def _apply(connection: sqlite3.Connection, migration: Migration, number: int, where: str) -> None:
    try:
        for statement in migration:
            connection.execute(statement)
        connection.execute(f"PRAGMA user_version = {number}")
    except sqlite3.Error as error:
        raise StoreError(f"cannot migrate {where} to store schema version {number}: {error}") from error


def _table_names(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
    return [row[0] for row in rows]
