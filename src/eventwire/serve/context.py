"""What every route needs: the settings, this thread's store, the token check, and the engine for writes."""

from __future__ import annotations

import threading
from collections.abc import Callable

from fastapi import Request

from eventwire.engine import Engine
from eventwire.errors import AuthError
from eventwire.serve.settings import ServeSettings
from eventwire.serve.stores import Stores
from eventwire.serve.tokens import verify_token
from eventwire.store import Store

EngineFactory = Callable[[], Engine]


class ServeContext:
    """The state of one application."""

    def __init__(self, settings: ServeSettings, engine_factory: EngineFactory) -> None:
        self.settings = settings
        self.stores = Stores(settings.db)
        self._engine_factory = engine_factory
        self._engine: Engine | None = None
        self.engine_lock = threading.Lock()  # one article through the pipeline at a time

    def reader(self, request: Request) -> Store:
        """The store, for a read: checks the token first when the settings make reads private."""
        store = self.stores.current()
        if self.settings.private:
            authorise(store, request)
        return store

    def writer(self, request: Request) -> Store:
        """The store, for a write: a valid bearer token is required."""
        store = self.stores.current()
        authorise(store, request)
        return store

    def close(self) -> None:
        """Stop the engine's helper processes, if it has any."""
        with self.engine_lock:
            if self._engine is not None:
                self._engine.close()

    def engine(self) -> Engine:
        """The engine that reads posted articles, built on first use (call under ``engine_lock``)."""
        if self._engine is None:
            self._engine = self._engine_factory()
        return self._engine


def authorise(store: Store, request: Request) -> str:
    """The id of the request's valid bearer token; ``AuthError`` without one."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise AuthError("this needs a bearer token: send 'Authorization: Bearer <token>' (eventwire token create NAME)")
    return verify_token(store, value)


def context_of(request: Request) -> ServeContext:
    context: ServeContext = request.app.state.eventwire
    return context
