"""The store each request reads: one open connection per worker thread, opened on first use.

FastAPI runs each request's function in a worker thread, and a SQLite connection belongs to the thread
that opened it, so every thread keeps its own (PostgreSQL connections are kept the same way). Stores
are opened for reading (``create=False``): serving never creates a store.
"""

from __future__ import annotations

import threading
from contextlib import suppress

from eventwire.store import Store, open_store


class Stores:
    """The open stores of one application, one per thread."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[Store] = []

    def current(self) -> Store:
        """This thread's store, opened on first use."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.db, create=False)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def close(self) -> None:
        """Close every store opened (best effort: a SQLite connection may refuse another thread's close)."""
        with self._lock:
            opened, self._opened = self._opened, []
        for store in opened:
            with suppress(Exception):
                store.close()
