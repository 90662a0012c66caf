"""eventwire: news articles in, event data out, every field pointing back to its evidence.

Importing the package does nothing: models load on first use.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from eventwire.engine import Engine, extract
    from eventwire.query.collection import Collection
    from eventwire.settings import Settings

__all__ = ["Engine", "Settings", "__version__", "extract", "open"]


def open(db: str | Path = "eventwire.db") -> Collection:
    """Open an existing store (a path or URL, as ``--db``) for reading: ``eventwire.open(db).events(...)``."""
    from eventwire.query.collection import open_collection

    return open_collection(db)


def __getattr__(name: str) -> Any:
    if name in ("Engine", "extract"):
        from eventwire import engine

        return getattr(engine, name)
    if name == "Settings":
        from eventwire.settings import Settings

        return Settings
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
