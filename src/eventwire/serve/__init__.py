"""``eventwire serve``: the HTTP API (JSON under ``/api/v1``, described by OpenAPI at ``/api/v1/openapi.json``)
and the web UI (static files in ``static/``, no build step, no CDN), in one FastAPI application.

``create_app(ServeSettings(db=...))`` makes the application; ``run(settings, host, port)`` serves it with
uvicorn. Every error is one JSON shape, ``{"error": {"code", "message"}}``, with the codes of
``eventwire.errors``. Reads are open unless ``ServeSettings.private``; writes need a bearer token
(``eventwire token create``).
"""

from eventwire.serve.app import create_app
from eventwire.serve.runner import run
from eventwire.serve.settings import ServeSettings
from eventwire.serve.tokens import create_token, verify_token

__all__ = ["ServeSettings", "create_app", "create_token", "run", "verify_token"]
