"""PostgreSQL for the tests: the server that EVENTWIRE_TEST_POSTGRES_URL names, a fresh database per test.

Without that variable the PostgreSQL tests are skipped with the reason; with EVENTWIRE_REQUIRE_POSTGRES=1
a missing variable, driver or server fails them instead (CI sets both).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn
from urllib.parse import urlsplit, urlunsplit

import pytest

SERVER_VARIABLE = "EVENTWIRE_TEST_POSTGRES_URL"
REQUIRE_VARIABLE = "EVENTWIRE_REQUIRE_POSTGRES"


def unavailable(reason: str) -> NoReturn:
    """Skip the test for ``reason``, or fail it when PostgreSQL is required."""
    if os.environ.get(REQUIRE_VARIABLE) == "1":
        pytest.fail(f"{reason} (and {REQUIRE_VARIABLE}=1 requires PostgreSQL)", pytrace=False)
    pytest.skip(reason)


def server_url() -> str:
    """The server URL, checked by connecting once; skips (or fails) the test when there is none."""
    url = os.environ.get(SERVER_VARIABLE, "").strip()
    if not url:
        unavailable(
            f"PostgreSQL tests need {SERVER_VARIABLE}, a server URL such as postgresql://postgres@localhost/postgres"
        )
    try:
        import psycopg
    except ImportError:
        unavailable("PostgreSQL tests need psycopg: pip install 'eventwire[postgres]'")
    try:
        with psycopg.connect(url, connect_timeout=10) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as error:
        unavailable(f"cannot reach the PostgreSQL server in {SERVER_VARIABLE}: {' '.join(str(error).split())}")
    return url


def database_url(server: str, name: str) -> str:
    """The server URL pointing at the database ``name`` instead."""
    return urlunsplit(urlsplit(server)._replace(path=f"/{name}"))


@contextmanager
def fresh_database(server: str) -> Iterator[str]:
    """A new, empty database on the server for one test, dropped afterwards; yields its URL."""
    import psycopg

    name = f"eventwire_test_{os.getpid()}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield database_url(server, name)
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
