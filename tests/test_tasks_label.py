"""Tasks by label, index-backed (issue 9): the same answers as before, and an older graph backfilled.

`tests/fixtures/tasks_before/` holds `find_tasks` and `get_tasks_total` as they were before the Task
carried its document's level and date; every answer of today's queries is compared with theirs, rows and
order, on a graph with ties on the date, an undated document and a document without a level.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, get_args

import pytest
from neo4j import Driver

from api.routers.tasks import EVERY_LEVEL
from graph.backfill import TASK_DOC_KEYS_INDEX, backfill_task_doc_keys, index_names
from graph.db import apply_schema, read
from graph.identity import TaskUid
from graph.model import NO_LEVEL, UNDATED
from loaders import gazetteer as gz
from loaders.docnumber import Level
from queries.catalogue import run, to_native
from tests.conftest import SEEDS, wipe_loaded

pytestmark = pytest.mark.db

BEFORE = Path(__file__).resolve().parent / "fixtures" / "tasks_before"
CAP = 1000
KEYS = "MATCH (t:Task) RETURN t.uid AS uid, t.doc_level AS l, t.doc_issued_on AS d ORDER BY uid"


def _records() -> list[Any]:
    """The seeds, and copies of the 66-CTr/TU plan: three on the seed's own date (ties broken by uid), one
    undated, one with neither issuer nor place (no level)."""
    from bench.bench_load import copy_record
    from loaders.parse import parse_file

    seeds = [parse_file(p) for p in sorted(SEEDS.glob("*.txt"))]
    plan = next(r for r in seeds if r.number and str(r.number) == "66-CTr/TU")
    same_day = [copy_record(plan, k) for k in (1, 2, 3)]
    undated = copy_record(plan, 4).model_copy(update={"issued_on": None})
    no_level = copy_record(plan, 5).model_copy(update={"issuer": None, "place": None})
    return [*seeds, *same_day, undated, no_level]


@pytest.fixture(scope="module")
def graph(driver: Driver):  # type: ignore[no-untyped-def]
    from graph.load import load_records
    from ingest import load_paths

    wipe_loaded(driver)
    apply_schema(driver)
    summary = load_records(driver, _records())
    assert not summary.failed, summary.as_text()
    yield driver
    wipe_loaded(driver)
    load_paths(driver, [SEEDS], progress=False)


def _before(driver: Driver, name: str, **params: Any) -> list[dict[str, Any]]:
    cypher = (BEFORE / f"{name}.cypher").read_text(encoding="utf-8")
    return [to_native(r) for r in read(driver, cypher, params)]


FILTERS = ((None, None), ("hai phong", None), (None, "dan van"))
Cell = tuple[str | None, str | None, str | None, str | None, int, int]


def _grid(filters: tuple[tuple[str | None, str | None], ...] = FILTERS) -> list[Cell]:
    """Labels short and full, every level and none, filters, and pages that cut between tied dates."""
    grid = []
    for label in ("4.3", "III.4.3", "1.1", "I", None):
        for level in (None, "central", "province", "district", "commune"):
            for province, body in filters:
                for skip, limit in ((0, 100), (1, 2)):
                    grid.append((label, level, province, body, skip, limit))
    return grid


def _answers(driver: Driver, grid: list[Cell]) -> dict[Cell, tuple[list[dict[str, Any]], int, bool]]:
    out = {}
    for label, level, province, body, skip, limit in grid:
        f: dict[str, Any] = {"label": label, "levels": [level] if level else list(EVERY_LEVEL),
                             "province_key": province, "body_key": body}
        rows = run(driver, "find_tasks", **f, skip=skip, limit=limit)
        total = run(driver, "get_tasks_total", **f, cap=max(CAP, skip + limit))[0]
        out[(label, level, province, body, skip, limit)] = (rows, total["total"], total["exact"])
    return out


def test_the_graph_holds_the_cases_that_order_the_answers(graph: Driver) -> None:
    """Ties on the date, an undated plan and one without a level, each with a task 'III.4.3'."""
    rows = read(graph, "MATCH (d:Document)-[:HAS_TASK]->(t:Task {label: 'III.4.3'}) "
                       "RETURN d.issued_on AS on, d.level AS level, t.doc_issued_on AS key, "
                       "t.doc_level AS lkey")
    dates = [r["on"] for r in rows]
    assert len(dates) - len(set(dates)) >= 3
    assert any(r["on"] is None and r["key"].to_native() == date.fromisoformat(UNDATED) for r in rows)
    assert any(r["level"] is None and r["lkey"] == NO_LEVEL for r in rows)


def test_every_answer_is_the_one_before(graph: Driver) -> None:
    now = _answers(graph, _grid())
    compared = 0
    for (label, level, province, body, skip, limit), (rows, total, exact) in now.items():
        old = {"label": label, "level": level, "province_key": province, "body_key": body}
        assert rows == _before(graph, "find_tasks", **old, skip=skip, limit=limit), (label, level, skip)
        assert exact and total == _before(graph, "get_tasks_total", **old)[0]["total"], (label, level)
        compared += len(rows)
    assert compared > 300


def test_the_total_is_capped_and_says_so(graph: Driver) -> None:
    every: dict[str, Any] = {"label": None, "levels": list(EVERY_LEVEL), "province_key": None,
                             "body_key": None}
    all_tasks = run(graph, "get_tasks_total", **every, cap=CAP)[0]["total"]
    assert 20 < all_tasks <= CAP
    cases = ((all_tasks, all_tasks, True), (all_tasks - 1, all_tasks - 1, False), (5, 5, False))
    for cap, total, exact in cases:
        assert run(graph, "get_tasks_total", **every, cap=cap)[0] == {"total": total, "exact": exact}
    by_label: dict[str, Any] = {**every, "label": "4.3"}
    n = run(graph, "get_tasks_total", **by_label, cap=CAP)[0]["total"]
    assert run(graph, "get_tasks_total", **by_label, cap=n - 1)[0] == {"total": n - 1, "exact": False}


def test_a_graph_the_older_loader_wrote_is_backfilled_and_answers_the_same(graph: Driver) -> None:
    """Keys removed and the indexes dropped: the graph as the loader before them left it. apply_schema
    gives every task its keys back (once: the index marks it done) and every answer is the same."""
    grid = _grid(filters=((None, None),))
    before = _answers(graph, grid)
    keys = read(graph, KEYS)
    with graph.session() as s:
        s.run("MATCH (t:Task) REMOVE t.doc_level, t.doc_issued_on").consume()
        for name in ("task_short_label_doc", "task_label_doc"):
            s.run(f"DROP INDEX {name} IF EXISTS").consume()
    assert TASK_DOC_KEYS_INDEX not in index_names(graph)
    apply_schema(graph)
    assert TASK_DOC_KEYS_INDEX in index_names(graph)
    assert read(graph, KEYS) == keys
    assert _answers(graph, grid) == before
    assert backfill_task_doc_keys(graph) == 0


def test_a_batch_smaller_than_the_graph_backfills_it_whole(graph: Driver) -> None:
    with graph.session() as s:
        s.run("MATCH (t:Task) REMOVE t.doc_level, t.doc_issued_on").consume()
        s.run(f"DROP INDEX {TASK_DOC_KEYS_INDEX} IF EXISTS").consume()
    tasks = read(graph, "MATCH (:Document)-[:HAS_TASK]->(t:Task) RETURN count(t) AS n")[0]["n"]
    assert backfill_task_doc_keys(graph, batch=2) == tasks
    apply_schema(graph)
    assert read(graph, "MATCH (t:Task) WHERE t.doc_level IS NULL OR t.doc_issued_on IS NULL "
                       "RETURN count(t) AS n")[0]["n"] == 0


def test_a_document_loaded_again_keeps_its_tasks_keys(graph: Driver) -> None:
    """The merging path (set_document) writes the keys as the batched one (set_document_parts) does."""
    from graph.load import load_records

    query = ("MATCH (d:Document)-[:HAS_TASK]->(t:Task) RETURN t.uid AS uid, t.doc_level AS l, "
             "t.doc_issued_on AS d, t.doc_uid AS u ORDER BY uid")
    first = read(graph, query)
    summary = load_records(graph, _records())
    assert not summary.failed and summary.loaded == len(_records()), summary.as_text()
    assert read(graph, query) == first
    assert all(r["u"] == str(TaskUid.parse(r["uid"]).doc) for r in first)


def test_the_api_pages_in_order_and_says_whether_the_total_is_exact(graph: Driver) -> None:
    from fastapi.testclient import TestClient

    from api.main import app
    from nqgraph.settings import DEV_API_KEY

    with TestClient(app, headers={"X-API-Key": DEV_API_KEY}) as c:
        whole = c.get("/tasks", params={"label": "III.4.3"}).json()
        pages = [c.get("/tasks", params={"label": "III.4.3", "limit": 2, "offset": k}).json()
                 for k in range(0, whole["total"], 2)]
    assert whole["total_exact"] is True and whole["total"] == len(whole["items"]) >= 6
    assert [h["uid"] for p in pages for h in p["items"]] == [h["uid"] for h in whole["items"]]
    assert whole["items"][-1]["document"]["issued_on"] is None


@pytest.mark.parametrize("levels", [get_args(Level), gz.LEVELS])
def test_every_level_a_document_can_have_is_sought_when_none_is_asked(levels: tuple[str, ...]) -> None:
    """A document's level is its issuer's (loaders.docnumber.Level) or its place's (a gazetteer level)."""
    assert set(levels) <= set(EVERY_LEVEL)
