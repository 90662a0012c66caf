"""The stage contract and the registry of stages.

A stage is a function of a ``Document`` that returns one layer: a tuple of model objects. It declares
the layer it produces (its name is the stage's name), a version, and the layers it reads::

    @register(DATES, version="1", requires=(DATE_MENTIONS,))
    def resolve_dates(document: Document) -> tuple[DateMention, ...]: ...

The version a result records is the declared one and the fingerprint of the stage's code and data
(``fingerprint``): ``dates@1+3f2a9c0d1e7b``. Bump the declared version when the meaning of the output
changes; the fingerprint changes by itself with every edit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from eventwire.errors import PipelineError
from eventwire.pipeline.document import Document
from eventwire.pipeline.fingerprint import module_fingerprint
from eventwire.pipeline.layers import Layer

T = TypeVar("T")
StageFunction = Callable[[Document], tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class Stage:
    produces: Layer[Any]
    version: str  # as declared
    requires: tuple[Layer[Any], ...]
    run: StageFunction

    @property
    def name(self) -> str:
        return self.produces.name

    @property
    def fingerprinted_version(self) -> str:
        """The declared version and the fingerprint of the stage's code and data files."""
        return f"{self.version}+{module_fingerprint(self.run.__module__)}"


_REGISTRY: dict[str, Stage] = {}


def register(
    produces: Layer[T], *, version: str, requires: Iterable[Layer[Any]] = ()
) -> Callable[[Callable[[Document], tuple[T, ...]]], Callable[[Document], tuple[T, ...]]]:
    """Register a stage function that makes the layer ``produces`` from the layers it ``requires``."""

    def decorate(function: Callable[[Document], tuple[T, ...]]) -> Callable[[Document], tuple[T, ...]]:
        existing = _REGISTRY.get(produces.name)
        if existing is not None and existing.run is not function:
            raise PipelineError(f"two stages are registered as {produces.name!r}")
        _REGISTRY[produces.name] = Stage(produces, version, tuple(requires), function)
        return function

    return decorate


def registered(name: str) -> Stage:
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise PipelineError(f"unknown stage {name!r}; registered stages: {known}") from None
