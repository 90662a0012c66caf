"""Schemathesis over the API's OpenAPI description, in-process, with a fixed budget of examples per
operation: no server error, every status and media type documented, every body as its schema says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from eventwire.merge.incremental import merge_into_store
from eventwire.serve import ServeSettings, create_app
from eventwire.store import open_store
from tests.store.sample_results import harbour_result, market_result, undated_result

EXAMPLES_PER_OPERATION = 25  # the fixed budget (the whole run takes about 10 s here)
CHECKS = (not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance)


def _sample_db(folder: Path) -> str:
    db = str(folder / "schemathesis.db")
    results = (harbour_result(), market_result(), undated_result())
    with open_store(db) as store:
        for result in results:
            store.save(result)
        merge_into_store(store, [result.article.hash for result in results])
    return db


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return create_app(ServeSettings(db=_sample_db(tmp_path_factory.mktemp("schemathesis"))))


def test_the_api_keeps_its_openapi_description(app: Any) -> None:
    schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 12
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def conforms(case: Any) -> None:
            case.call_and_validate(checks=CHECKS)

        try:
            conforms()
        except Exception as error:
            raise AssertionError(f"{operation.label}: {error}") from error
