"""A store of the hand-built sample results on each backend, and the API over it, in-process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from eventwire.engine import Engine
from eventwire.merge.incremental import merge_into_store
from eventwire.pipeline import Resources
from eventwire.serve import ServeSettings, create_app, create_token
from eventwire.store import open_store
from tests.store.sample_results import harbour_result, market_result, undated_result


@pytest.fixture
def sample_store(store_url: str) -> str:
    """The URL of a store holding the harbour, market and Goma results (four events, two quotes)."""
    results = (harbour_result(), market_result(), undated_result())
    with open_store(store_url) as store:
        for result in results:
            store.save(result)
        merge_into_store(store, [result.article.hash for result in results])
    return store_url


@pytest.fixture
def client(sample_store: str) -> Iterator[TestClient]:
    with TestClient(create_app(ServeSettings(db=sample_store))) as test_client:
        yield test_client


@pytest.fixture
def token(sample_store: str) -> str:
    with open_store(sample_store) as store:
        return create_token(store, "tester").value


@pytest.fixture
def writing_client(sample_store: str, resources: Resources) -> Iterator[TestClient]:
    """The API with an engine on the session's spaCy model (posted articles are really read)."""
    app = create_app(ServeSettings(db=sample_store), engine_factory=lambda: Engine(resources=resources))
    with TestClient(app) as test_client:
        yield test_client
