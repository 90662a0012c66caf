"""The store: eventwire's only SQL. A SQLite file holding articles, their results and rejections.

``open_store(path)`` creates or migrates the file; ``Store.save(result)`` is idempotent per article
content hash and pipeline version; ``Store.results()`` reads back into model objects.
"""

from eventwire.errors import FilterError, StoreError
from eventwire.store.filters import EventFilter, QuoteFilter
from eventwire.store.schema import MIGRATIONS
from eventwire.store.sqlite import SaveOutcome, Store, open_store

__all__ = [
    "MIGRATIONS",
    "EventFilter",
    "FilterError",
    "QuoteFilter",
    "SaveOutcome",
    "Store",
    "StoreError",
    "open_store",
]
