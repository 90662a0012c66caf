"""Serving the application with uvicorn, in this process."""

from __future__ import annotations

import uvicorn

from eventwire.serve.app import create_app
from eventwire.serve.settings import ServeSettings


def run(settings: ServeSettings, host: str = "127.0.0.1", port: int = 8000, *, log_level: str = "info") -> None:
    """Serve ``settings.db`` on ``host``:``port`` until interrupted."""
    uvicorn.run(create_app(settings), host=host, port=port, log_level=log_level, access_log=False)
