"""The store: eventwire's only SQL. Articles, their results and rejections, in SQLite or PostgreSQL.

``open_store(url)`` opens (creating or migrating) the store a path or URL names and returns a
``Store``: the protocol that the engine, ``query/`` and the CLI use, whichever backend is behind it.
``Store.save(result)`` is idempotent per article content hash and pipeline version;
``Store.results()`` reads back into model objects. ``SQLiteStore`` is the default backend;
``eventwire.store.postgres.PostgresStore`` needs ``pip install 'eventwire[postgres]'``.
"""

from eventwire.errors import FilterError, StoreError, StoreNotFoundError, StoreUnsupportedError
from eventwire.store.filters import EVENT_SORTS, QUOTE_SORTS, ArticleFilter, EventFilter, QuoteFilter
from eventwire.store.protocol import SaveOutcome, Store
from eventwire.store.sqlite import SQLiteStore
from eventwire.store.urls import open_store

__all__ = [
    "EVENT_SORTS",
    "QUOTE_SORTS",
    "ArticleFilter",
    "EventFilter",
    "FilterError",
    "QuoteFilter",
    "SQLiteStore",
    "SaveOutcome",
    "Store",
    "StoreError",
    "StoreNotFoundError",
    "StoreUnsupportedError",
    "open_store",
]
