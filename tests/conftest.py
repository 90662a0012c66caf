"""Shared fixtures: the spaCy model loaded once, documents parsed from hand-written text, and where a
store goes on each backend (SQLite in tmp_path; PostgreSQL when EVENTWIRE_TEST_POSTGRES_URL names a server)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.model import Article
from eventwire.pipeline import Document
from eventwire.pipeline.nlp import load_nlp
from tests import postgres_databases

MakeDocument = Callable[..., Document]


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_nlp("en_core_web_sm")


@pytest.fixture
def make_document(nlp: Any) -> MakeDocument:
    """``make_document(text, published=date(...) or "YYYY-MM-DD", layers={...})`` -> a parsed Document."""

    def make(
        text: str, published: date | str | None = None, layers: dict[str, tuple[Any, ...]] | None = None
    ) -> Document:
        if isinstance(published, str):
            published = date.fromisoformat(published)
        article = Article(id="test", text=text, published=published)
        return Document(article=article, doc=nlp(text), layers=dict(layers or {}))

    return make


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
