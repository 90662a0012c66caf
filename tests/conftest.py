"""Shared fixtures: the spaCy model loaded once, documents parsed from hand-written text, registered stages
run on them the way the pipeline runs them (each reading only what it requires), and where a store goes on
each backend (SQLite in tmp_path; PostgreSQL when EVENTWIRE_TEST_POSTGRES_URL names a server)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import eventwire.detect
import eventwire.resolve
from eventwire.model import Article
from eventwire.pipeline import Document, Resources, registered
from eventwire.pipeline.nlp import load_nlp
from eventwire.settings import DEFAULT_STAGES, Settings
from tests import postgres_databases

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


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The URL of the PostgreSQL server the tests may use (skipped, or failed if required, without one)."""
    return postgres_databases.server_url()


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """The URL of a fresh PostgreSQL database, dropped after the test."""
    with postgres_databases.fresh_database(postgres_server) as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a new store goes, once per backend: a SQLite file in tmp_path, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "events.db")
        return
    with postgres_databases.fresh_database(request.getfixturevalue("postgres_server")) as url:
        yield url
