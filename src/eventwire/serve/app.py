"""The application: the API router, the web UI's pages and static files, the one error shape."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from eventwire import __version__
from eventwire.engine import Engine
from eventwire.serve.api import router
from eventwire.serve.context import EngineFactory, ServeContext
from eventwire.serve.problems import install_handlers
from eventwire.serve.settings import ServeSettings

STATIC = Path(__file__).parent / "static"
# The pages of the UI: each is a static HTML file that reads its data from one JSON call.
PAGES = {
    "/": "index.html",
    "/quotes": "quotes.html",
    "/event/{event_id}": "event.html",
    "/merged/{merged_id}": "event.html",
}


def create_app(settings: ServeSettings | None = None, *, engine_factory: EngineFactory | None = None) -> FastAPI:
    """The FastAPI application serving ``settings.db``; ``engine_factory`` makes the engine that reads
    posted articles (on the first post; by default one that parses on ``settings.workers`` cores)."""
    settings = settings or ServeSettings()
    workers = settings.workers
    context = ServeContext(settings, engine_factory or (lambda: Engine(workers=workers)))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        context.stores.close()
        context.close()

    app = FastAPI(
        title="eventwire",
        version=__version__,
        description="Events, quotes and articles from an eventwire store. Errors are "
        '`{"error": {"code", "message"}}` with the codes of `eventwire.errors`.',
        openapi_url="/api/v1/openapi.json",
        docs_url="/api/v1/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.eventwire = context
    install_handlers(app)
    app.include_router(router)
    for route, name in PAGES.items():
        app.add_api_route(route, _page(name), methods=["GET"], include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _page(name: str) -> Callable[[], FileResponse]:
    path = STATIC / name

    def page() -> FileResponse:
        return FileResponse(path, media_type="text/html; charset=utf-8", headers=SECURITY_HEADERS)

    return page


# The pages load only their own scripts and styles, and data from this origin.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data: https: http:; style-src 'self'; "
    "script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
}
