"""Schemathesis over the served OpenAPI document: GET and POST with the key, against the seed graph.

Bounded (a fixed seed, derandomised, a few examples per operation: about a minute on the shared
machine) and failing on any 5xx or any answer that the document does not describe (status code,
content type, headers, body schema, `Allow` on a 405).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, settings
from neo4j import Driver

from api.main import app
from nqgraph.settings import DEV_API_KEY

CHECKS = [
    schemathesis.checks.not_a_server_error,
    schemathesis.checks.status_code_conformance,
    schemathesis.checks.content_type_conformance,
    schemathesis.checks.response_headers_conformance,
    schemathesis.checks.response_schema_conformance,
    schemathesis.checks.allow_header_conformance,
]
EXAMPLES = 12


schema = schemathesis.openapi.from_asgi("/openapi.json", app).include(method=["GET", "POST"])


@pytest.fixture(scope="module")
def served(seeded_db: Driver) -> Iterator[None]:
    """The app's lifespan running (driver, job queue) while schemathesis calls it in-process."""
    with TestClient(app):
        yield


@pytest.mark.db
@schema.parametrize()
@settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
          phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
def test_the_api_keeps_its_contract(case: Any, served: None) -> None:
    case.call_and_validate(headers={"X-API-Key": DEV_API_KEY}, checks=CHECKS)
