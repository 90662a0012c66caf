"""Shared fixtures: the spaCy model loaded once, and documents parsed from hand-written text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from eventwire.model import Article
from eventwire.pipeline import Document
from eventwire.pipeline.nlp import load_nlp

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
