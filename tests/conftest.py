"""Shared fixtures: the spaCy model loaded once, documents parsed from hand-written text, and registered
stages run on them the way the pipeline runs them (each reading only what it requires)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

import eventwire.detect
import eventwire.resolve
from eventwire.model import Article
from eventwire.pipeline import Document, Resources, registered
from eventwire.pipeline.nlp import load_nlp
from eventwire.settings import DEFAULT_STAGES, Settings

MakeDocument = Callable[..., Document]
RunStages = Callable[..., Document]

assert eventwire.detect and eventwire.resolve  # imported for the stages they register


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_nlp("en_core_web_sm")


@pytest.fixture(scope="session")
def resources(nlp: Any) -> Resources:
    """The default settings' resources with the session's model (the gazetteer loads on first use)."""
    return Resources(Settings(), nlp=nlp)


@pytest.fixture
def make_document(nlp: Any, resources: Resources) -> MakeDocument:
    """``make_document(text, published=date(...) or "YYYY-MM-DD", layers={...}, title=..., url=...)`` -> a parsed
    Document (every layer readable)."""

    def make(
        text: str,
        published: date | str | None = None,
        layers: dict[str, tuple[Any, ...]] | None = None,
        title: str | None = None,
        url: str | None = None,
    ) -> Document:
        if isinstance(published, str):
            published = date.fromisoformat(published)
        article = Article(id="test", text=text, published=published, title=title, url=url)
        return Document(article, nlp(text), dict(layers or {}), resources=resources)

    return make


@pytest.fixture
def run_stages(make_document: MakeDocument) -> RunStages:
    """``run_stages(text, "events", published=..., layers={"dates": ...})``: parse ``text``, take the given
    layers as made, then run each named stage after every stage it needs that was not given, in the default
    pipeline's order; each stage reads only the layers it requires. Returns the document."""

    def run(text: str, *names: str, layers: dict[str, tuple[Any, ...]] | None = None, **article: Any) -> Document:
        document = make_document(text, layers=layers, **article)
        given = set(layers or {})
        for name in _with_upstream(names, given):
            stage = registered(name)
            document.put(stage.produces, stage.run(document.for_stage(stage.name, stage.requires)))
        return document

    return run


def _with_upstream(names: tuple[str, ...], given: set[str]) -> list[str]:
    needed: set[str] = set()
    pending = list(names)
    while pending:
        name = pending.pop()
        if name in needed or name in given or name == "parse":
            continue
        needed.add(name)
        pending.extend(layer.name for layer in registered(name).requires)
    return [name for name in DEFAULT_STAGES if name in needed]
