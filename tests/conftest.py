"""Shared fixtures. Database tests use the real Neo4j named by NQGRAPH_* settings and fail, never skip,
when it is not there: `.ci/run` starts it, and so does `nqgraph neo4j start`."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import Driver

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seed_data"
# The suite's uploads, sign-ins and backups go to a log of its own, not the working copy's audit log.
os.environ.setdefault("NQGRAPH_AUDIT_LOG",
                      str(Path(tempfile.mkdtemp(prefix="nqgraph-test-")) / "audit.jsonl"))


DB_FIXTURES = frozenset({"driver", "seeded_db"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that reaches Neo4j through these fixtures (directly, or through another fixture such as an
    API client over the seeded graph) is a database test whether or not its author marked it:
    `-m "not db"` leaves it out."""
    for item in items:
        if DB_FIXTURES & set(getattr(item, "fixturenames", ())) and item.get_closest_marker("db") is None:
            item.add_marker(pytest.mark.db)


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


def wipe_loaded(driver: Driver) -> None:
    """Delete everything but the gazetteer (AdminUnits and their PART_OF / BECAME)."""
    from graph.model import Label

    with driver.session() as s:
        s.run(f"MATCH (n) WHERE NOT n:{Label.ADMIN_UNIT.value} "
              "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def seed_database(driver: Driver) -> None:
    """Only the gazetteer and seed_data/ in the database, schema applied.

    The gazetteer is kept when it is complete (load_gazetteer checks and skips, or repairs): the
    30 s reload on every test session bought nothing on a shared 2-core machine.
    """
    from graph.db import apply_schema
    from graph.gazetteer import load_gazetteer
    from ingest import load_paths

    wipe_loaded(driver)
    apply_schema(driver)
    load_gazetteer(driver)
    summary = load_paths(driver, [SEEDS], progress=False)
    seeds = len([p for p in SEEDS.iterdir() if p.is_file() and not p.name.startswith(".")])
    # Every seed, and a load that ran to its end: a half-settled seed graph failed later as a confusing
    # "query returned nothing" instead of here.
    assert summary.loaded == seeds and not summary.failed and not summary.stopped, summary.as_text()


Fingerprint = tuple[int, int, tuple[tuple[str, str, int, str], ...]]
_SEEDED: dict[str, Fingerprint] = {}


def _fingerprint(driver: Driver) -> Fingerprint:
    """The seed graph by content: node and relationship counts, and every document's uid, status, task
    count and source (path and sha256). Counts alone missed a graph holding the same number of things
    under other uids (seeds planned against another gazetteer, a document replaced by another file)."""
    from graph.model import Label, Rel

    with driver.session() as s:
        nodes = s.run("MATCH (n) RETURN count(n) AS n").single(strict=True)["n"]
        rels = s.run("MATCH ()-[r]->() RETURN count(r) AS n").single(strict=True)["n"]
        docs = s.run(f"MATCH (d:{Label.DOCUMENT.value}) "
                     f"RETURN d.uid AS uid, coalesce(d.status, '') AS status, "
                     f"COUNT {{ (d)-[:{Rel.HAS_TASK.value}]->() }} AS tasks, "
                     "coalesce(d.source_path, '') + ' ' + coalesce(d.sha256, '') AS source "
                     "ORDER BY uid").values()
    return nodes, rels, tuple((str(u), str(st), int(t), str(src)) for u, st, t, src in docs)


def ensure_seeded(driver: Driver) -> None:
    """Seed once per session, and again whenever another module left the graph in another state
    (the gazetteer tests wipe everything; a failed test may not have put the seeds back)."""
    if _SEEDED.get("fingerprint") != _fingerprint(driver):
        seed_database(driver)
        _SEEDED["fingerprint"] = _fingerprint(driver)


@pytest.fixture(scope="module")
def seeded_db(driver: Driver) -> Iterator[Driver]:
    """The driver of a database holding the gazetteer and the seeds, checked at every module start.

    Tests that change the graph must put the seeded state back (test_load does).
    """
    ensure_seeded(driver)
    yield driver
