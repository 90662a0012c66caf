"""What only the PostgreSQL backend does: the ``eventwire`` schema and its version table, migrations
under a lock, full-text search through a ``tsvector`` column, URLs whose password stays out of messages.

Every test here needs the server in EVENTWIRE_TEST_POSTGRES_URL (skipped with the reason without it).
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from eventwire.errors import StoreNotFoundError
from eventwire.model import PlaceKind, ResolvedPlace, Span
from eventwire.store import EventFilter, QuoteFilter, SaveOutcome, StoreError, open_store
from tests.postgres_databases import REQUIRE_VARIABLE
from tests.store.sample_results import harbour_result, market_result

if os.environ.get(REQUIRE_VARIABLE) != "1":  # required: a missing driver fails the collection instead
    pytest.importorskip("psycopg", reason="PostgreSQL tests need psycopg: pip install 'eventwire[postgres]'")

import psycopg

from eventwire.store.postgres import PostgresStore, redacted
from eventwire.store.postgres_schema import MIGRATIONS, migrate, schema_version

pytestmark = pytest.mark.postgres


def run(url: str, sql: str) -> list[tuple[object, ...]]:
    with psycopg.connect(url, autocommit=True) as connection:
        cursor = connection.execute(sql)
        return cursor.fetchall() if cursor.description else []


def test_a_new_database_gets_the_schema_and_its_version(postgres_url: str) -> None:
    with open_store(postgres_url) as store:
        assert isinstance(store, PostgresStore)
        assert store.schema_version == len(MIGRATIONS)
        assert store.stats()["articles"] == 0
    assert run(postgres_url, "SELECT version FROM eventwire.schema_version ORDER BY version") == [
        (number,) for number in range(1, len(MIGRATIONS) + 1)
    ]
    tables = {row[0] for row in run(postgres_url, "SELECT tablename FROM pg_tables WHERE schemaname = 'eventwire'")}
    assert {"articles", "events", "quotes", "places", "dates", "casualties", "rejections"} <= tables


def test_reading_a_database_without_a_store_creates_nothing(postgres_url: str) -> None:
    with pytest.raises(StoreNotFoundError, match="no store at"):
        open_store(postgres_url, create=False)
    assert run(postgres_url, "SELECT nspname FROM pg_namespace WHERE nspname = 'eventwire'") == []


def test_an_older_store_is_migrated_and_keeps_its_rows(postgres_url: str) -> None:
    with open_store(postgres_url) as store:
        store.save(market_result())
    extra = ("ALTER TABLE eventwire.articles ADD COLUMN language text", "UPDATE eventwire.articles SET language = 'en'")
    with psycopg.connect(postgres_url, autocommit=True) as connection:
        assert migrate(connection, "test", (*MIGRATIONS, extra)) == 1
        assert schema_version(connection) == len(MIGRATIONS) + 1
    assert run(postgres_url, "SELECT id, language FROM eventwire.articles") == [("market-7", "en")]


def test_a_failing_migration_leaves_the_store_as_it_was(postgres_url: str) -> None:
    with open_store(postgres_url) as store:
        store.save(market_result())
    steps = (("CREATE TABLE eventwire.notes (body text)",), ("INSERT INTO no_such_table VALUES (1)",))
    with psycopg.connect(postgres_url, autocommit=True) as connection:
        with pytest.raises(StoreError, match=f"to store schema version {len(MIGRATIONS) + 2}: .*no_such_table"):
            migrate(connection, "test", (*MIGRATIONS, *steps))
        assert schema_version(connection) == len(MIGRATIONS)
    assert run(postgres_url, "SELECT tablename FROM pg_tables WHERE tablename = 'notes'") == []


def test_a_store_from_a_newer_eventwire_is_refused(postgres_url: str) -> None:
    with open_store(postgres_url):
        pass
    run(postgres_url, f"INSERT INTO eventwire.schema_version (version) VALUES ({len(MIGRATIONS) + 1})")
    with pytest.raises(StoreError, match="newer than this eventwire knows"):
        open_store(postgres_url)


def test_another_applications_eventwire_schema_is_refused(postgres_url: str) -> None:
    run(postgres_url, "CREATE SCHEMA eventwire")
    run(postgres_url, "CREATE TABLE eventwire.recipes (name text)")
    with pytest.raises(StoreError, match="not an eventwire store"):
        open_store(postgres_url)
    assert run(postgres_url, "SELECT tablename FROM pg_tables WHERE schemaname = 'eventwire'") == [("recipes",)]


def test_search_folds_case_and_diacritics_whatever_the_server_locale(postgres_url: str) -> None:
    result = market_result()
    text = "Des manifestants ont défilé à Saint-Denis, en Île-de-France."
    trigger = Span(text.index("défilé"), text.index("défilé") + len("défilé"))
    paris = ResolvedPlace("Saint-Denis", PlaceKind.CITY, 48.94, 2.36, country="FR", admin1="Île-de-France")
    event = replace(result.events[0], sentence=Span(0, len(text)), trigger=trigger, place=paris)
    french = replace(result, article=replace(result.article, text=text), events=(event,), quotes=())
    with open_store(postgres_url) as store:
        assert store.save(french) == SaveOutcome.INSERTED
        for words in ("ILE-DE", "defile saint", "Défilé", "ÎLE france"):
            assert [row["trigger"] for row in store.event_rows(EventFilter(text=words))] == ["défilé"], words
        assert list(store.event_rows(EventFilter(text="paris"))) == []


def test_the_search_column_is_a_generated_tsvector_with_a_gin_index(postgres_url: str) -> None:
    with open_store(postgres_url) as store:
        store.save(harbour_result())
        assert [row["speaker"] for row in store.quote_rows(QuoteFilter(text="rebuild pi"))] == ["Hennadiy Trukhanov"]
    generated = run(
        postgres_url,
        "SELECT table_name, generation_expression FROM information_schema.columns "
        "WHERE table_schema = 'eventwire' AND column_name = 'search' ORDER BY table_name",
    )
    assert [row[0] for row in generated] == ["events", "quotes"]
    assert all("to_tsvector" in str(row[1]) for row in generated)
    indexes = run(postgres_url, "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE '%_search'")
    assert len(indexes) == 2 and all("USING gin (search)" in str(row[1]) for row in indexes)


def test_messages_never_show_the_password() -> None:
    assert redacted("postgresql://ana:s3cret@db.example:5432/events") == "postgresql://ana:***@db.example:5432/events"
    assert redacted("postgresql://db.example/events?password=s3cret&sslmode=require") == (
        "postgresql://db.example/events?password=***&sslmode=require"
    )
    assert redacted("postgresql://ana@/events?host=/run/pg") == "postgresql://ana@/events?host=/run/pg"


def test_an_unreachable_server_is_a_store_error_without_the_password(tmp_path: Path) -> None:
    url = f"postgresql://ana:s3cret@/events?host={tmp_path}&connect_timeout=2"
    with pytest.raises(StoreError, match="cannot connect to the store") as raised:
        open_store(url)
    assert "s3cret" not in str(raised.value)
