"""Shared fixtures. Database tests use the real Neo4j named by NQGRAPH_* settings and fail, never skip,
when it is not there: `.ci/run` starts it, and so does `nqgraph neo4j start`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import Driver

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seed_data"
GOLD = REPO.parent / "shared" / "gold"


@pytest.fixture(scope="session")
def driver() -> Iterator[Driver]:
    from graph.db import DatabaseUnavailable, make_driver, server_version

    d = make_driver()
    try:
        server_version(d)
    except DatabaseUnavailable as exc:
        pytest.fail(f"{exc}\nStart the local Neo4j with `nqgraph neo4j start` (CI does it in .ci/run).",
                    pytrace=False)
    yield d
    d.close()


def wipe(driver: Driver) -> None:
    """Delete every node and relationship (batched, so large graphs do not blow the heap)."""
    with driver.session() as s:
        s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
