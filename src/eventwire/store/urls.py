"""Which store a ``--db`` value names, and opening it: ``open_store(url)``.

A plain path (or ``:memory:``) and ``sqlite:///relative/path`` or ``sqlite:////absolute/path``
name a SQLite file; ``postgresql://...`` (or ``postgres://...``) a PostgreSQL database, any URL
that libpq accepts. Any other scheme, or PostgreSQL without its driver, is ``StoreUnsupportedError``.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from eventwire.errors import StoreUnsupportedError
from eventwire.store.protocol import Clock, Store, utc_now
from eventwire.store.sqlite import MEMORY, open_sqlite

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_SQLITE_PREFIX = "sqlite:///"
POSTGRES_SCHEMES = ("postgresql", "postgres")
USAGE = "a file path, sqlite:///relative/path, sqlite:////absolute/path, :memory: or postgresql://user@host/database"


def open_store(url: str | Path = "eventwire.db", *, create: bool = True, clock: Clock = utc_now) -> Store:
    """Open the store that ``url`` names and bring its schema up to date.

    ``create=False`` (for reads) refuses to make a new store: a missing SQLite file, or a PostgreSQL
    database without an eventwire schema, raises ``StoreNotFoundError``. ``clock`` gives the time
    recorded with stored articles and rejections (never used for results)."""
    if isinstance(url, Path):
        return open_sqlite(str(url), create=create, clock=clock)
    scheme = scheme_of(url)
    if scheme is None:
        return open_sqlite(url, create=create, clock=clock)
    if scheme == "sqlite":
        return open_sqlite(sqlite_path(url), create=create, clock=clock)
    if scheme in POSTGRES_SCHEMES:
        return _open_postgres(url, create=create, clock=clock)
    raise StoreUnsupportedError(f"unknown store URL scheme {scheme!r} in {url.split('@')[-1]!r}; use {USAGE}")


def scheme_of(url: str) -> str | None:
    """The URL scheme of ``url`` in lower case, or None for a plain path."""
    match = _SCHEME.match(url)
    return match[1].lower() if match else None


def sqlite_path(url: str) -> str:
    """The file path of a ``sqlite:///`` URL (``sqlite://`` alone is an in-memory store)."""
    if url.lower() in ("sqlite://", "sqlite:///:memory:"):
        return MEMORY
    if not url.lower().startswith(_SQLITE_PREFIX) or len(url) == len(_SQLITE_PREFIX):
        raise StoreUnsupportedError(
            f"cannot read the SQLite URL {url!r}; write sqlite:///relative/path or sqlite:////absolute/path"
        )
    return url[len(_SQLITE_PREFIX) :]


def _open_postgres(url: str, *, create: bool, clock: Clock) -> Store:
    """Open a PostgreSQL store, or say how to install its driver."""
    try:
        importlib.import_module("psycopg")
    except ImportError as error:
        raise StoreUnsupportedError(
            f"PostgreSQL stores need the psycopg driver, which is not installed ({error}); "
            "install it with: pip install 'eventwire[postgres]'"
        ) from error
    from eventwire.store.postgres import open_postgres

    return open_postgres(url, create=create, clock=clock)
