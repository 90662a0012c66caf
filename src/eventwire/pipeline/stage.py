"""The stage contract and the registry of stages.

A stage is a function of a ``Document`` that returns one layer: a tuple of model objects.
It declares its name, version, the layers it requires and the one it produces::

    @register("dates", version="1", requires=("date_mentions",))
    def resolve_dates(document: Document) -> tuple[DateMention, ...]: ...
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from eventwire.errors import PipelineError
from eventwire.pipeline.document import Document

StageFunction = Callable[[Document], tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str  # also the name of the layer it produces
    version: str
    requires: tuple[str, ...]
    run: StageFunction

    @property
    def produces(self) -> str:
        return self.name


_REGISTRY: dict[str, Stage] = {}


def register(name: str, *, version: str, requires: tuple[str, ...] = ()) -> Callable[[StageFunction], StageFunction]:
    """Register a stage function under ``name``; the layer it returns is called ``name`` too."""

    def decorate(function: StageFunction) -> StageFunction:
        existing = _REGISTRY.get(name)
        if existing is not None and existing.run is not function:
            raise PipelineError(f"two stages are registered as {name!r}")
        _REGISTRY[name] = Stage(name=name, version=version, requires=requires, run=function)
        return function

    return decorate


def registered(name: str) -> Stage:
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise PipelineError(f"unknown stage {name!r}; registered stages: {known}") from None
