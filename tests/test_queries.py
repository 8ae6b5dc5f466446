"""The query catalogue: headers checked, names from graph/model.py, every query run on the seed graph."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from neo4j import Driver

from graph.model import FULLTEXT_INDEX, Label, Rel
from queries import catalogue
from queries.catalogue import CatalogueError

_STRINGS_AND_COMMENTS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*")
# `(d:Document)`, `(:Body)`, `[r:ASSIGNED_TO]`, `node:Task`; map entries (`uid: x`) have a space.
_NAME_AFTER_COLON = re.compile(r"(?:[(\[]|\w):(?P<name>[A-Za-z_]\w*)")


def cypher_files() -> list[str]:
    return catalogue.names()


def test_catalogue_is_not_empty_and_names_are_verb_noun() -> None:
    names = cypher_files()
    assert len(names) >= 10
    for n in names:
        assert re.fullmatch(r"(find|get|search)_[a-z0-9_]+", n), n


@pytest.mark.parametrize("name", cypher_files())
def test_header_matches_body(name: str) -> None:
    q = catalogue.get(name)
    assert q.name == name and q.description and q.columns
    for column in q.columns:
        assert re.search(rf"\b{column}\b", q.cypher), f"{name}: column {column} not in the query"


@pytest.mark.parametrize("name", cypher_files())
def test_labels_and_types_come_from_the_model(name: str) -> None:
    text = (catalogue.QUERY_DIR / f"{name}.cypher").read_text(encoding="utf-8")
    used = {m["name"] for m in _NAME_AFTER_COLON.finditer(_STRINGS_AND_COMMENTS.sub("", text))}
    known = {str(x) for x in Label} | {str(x) for x in Rel}
    assert used, f"{name} names no label or type"
    assert used <= known, f"{name} uses names missing from graph/model.py: {sorted(used - known)}"


@pytest.mark.parametrize("name", catalogue.write_names())
def test_write_queries_have_checked_headers_and_model_names(name: str) -> None:
    q = catalogue.get_write(name)
    assert re.fullmatch(r"(set|delete)_[a-z0-9_]+", name) and q.columns
    text = (catalogue.WRITE_DIR / f"{name}.cypher").read_text(encoding="utf-8")
    used = {m["name"] for m in _NAME_AFTER_COLON.finditer(_STRINGS_AND_COMMENTS.sub("", text))}
    assert used <= {str(x) for x in Label} | {str(x) for x in Rel}, name


@pytest.mark.parametrize("text, error", [
    ("// get_x: y\n// columns: a\nRETURN 1 AS a", "lacks '// params"),
    ("// get_x: y\n// params: b\n// columns: a\nRETURN 1 AS a", "declared but not used"),
    ("// get_x: y\n// params:\n// columns: a\nRETURN $b AS a", "used but not declared"),
    ("// other: y\n// params:\n// columns: a\nRETURN 1 AS a", "first line"),
    ("// get_x: y\n// params:\n// columns:\nRETURN 1 AS a", "at least one column"),
])
def test_bad_headers_are_refused(text: str, error: str) -> None:
    with pytest.raises(CatalogueError, match=error):
        catalogue.parse("get_x", text)


def test_parameters_in_strings_and_comments_do_not_count() -> None:
    q = catalogue.parse("get_x", "// get_x: y\n// params: a\n// columns: a\n// $ghost\nRETURN $a + '$b' AS a")
    assert q.params == ("a",)


def test_run_refuses_missing_parameters(driver: Driver) -> None:
    with pytest.raises(TypeError, match="missing parameters"):
        catalogue.run(driver, "get_document")


# ---------------------------------------------------------------------------
# Every query against the seed graph
# ---------------------------------------------------------------------------


def _uid(driver: Driver, number: str, province: str | None = None) -> str:
    rows = catalogue.run(driver, "find_documents_by_number", number=number, province_key=province,
                         issued_on=None)
    assert len(rows) == 1, rows
    return str(rows[0]["uid"])


@pytest.fixture(scope="module")
def uids(seeded_db: Driver) -> dict[str, str]:
    d = seeded_db
    body = catalogue.run(d, "find_bodies", name_key="ban dân vận thành ủy", ascii_key=None, skip=0, limit=5)
    assert body
    tu_cuong = catalogue.run(d, "find_documents", number=None, province_key="hai phong", level="commune",
                             doc_type=None, issued_from=None, issued_to=None, skip=0, limit=5)
    return {"66": _uid(d, "66-CTr/TU", "hai phong"), "43": _uid(d, "43-NQ/TW"), "131": _uid(d, "131-KH/HU"),
            "tu_cuong": tu_cuong[0]["uid"], "body": body[0]["uid"]}


def _params(uids: dict[str, str]) -> dict[str, dict[str, Any]]:
    return {
        "find_documents": dict(number=None, province_key="hai phong", level=None, doc_type=None,
                               issued_from=None, issued_to=None, skip=0, limit=50),
        "find_documents_by_number": dict(number="66-CTr/TU", province_key=None, issued_on=None),
        "find_documents_by_uid": dict(uid=uids["66"]),
        "find_documents_by_sha256": dict(sha256="0" * 64),
        "find_loaded_claims": dict(uids=[uids["66"]]),
        "find_dated_documents": dict(numbers=["66-CTr/TU"]),
        "find_number_nodes": dict(keys=[["66-CTr/TU", "legacy:province:31"]]),
        "find_flagged_edges": dict(groups=[[uids["43"]]]),
        "find_batch_state": dict(docs=[{"uid": uids["66"], "sha256": "0" * 64}]),
        "find_align_pending": dict(limit=10),
        "get_document": dict(uid=uids["66"]),
        "get_document_source": dict(uid=uids["66"]),
        "get_descendants": dict(uid=uids["66"], level=None, max_depth=10, skip=0, limit=50),
        "get_ancestors": dict(uid=uids["66"], level=None, max_depth=10),
        "find_tasks": dict(label="4.3", levels=["province"], province_key=None, body_key=None, skip=0,
                           limit=50),
        "find_bodies": dict(name_key="ban dân vận", ascii_key="dan van", skip=0, limit=50),
        "get_body": dict(uid=uids["body"]),
        "get_body_tasks": dict(uid=uids["body"], skip=0, limit=50),
        "get_coverage_scope": dict(uid=uids["66"]),
        "find_expected_units": dict(uid=uids["66"], era="legacy"),
        "find_implementers": dict(uid=uids["43"], era="legacy"),
        "find_implementer_links": dict(uids=[uids["43"], uids["66"]]),
        "find_located_implementers": dict(uids=[uids["66"]]),
        "find_implementer_details": dict(uids=[uids["66"]]),
        "find_assigned_units": dict(uid=uids["66"], era="legacy"),
        "search_text": dict(index=FULLTEXT_INDEX, query="ngay AND hoi AND dai AND doan AND ket", exclude=[],
                            skip=0, limit=5, window=5),
        "search_text_total": dict(index=FULLTEXT_INDEX, query="ngay AND hoi", exclude=[], limit=1001),
        "search_numbers": dict(words=["66", "ctr"], limit=5),
        "get_documents_total": dict(number=None, province_key="hai phong", level=None, doc_type=None,
                                    issued_from=None, issued_to=None),
        "get_tasks_total": dict(label="4.3", levels=["central", "province", "district", "commune", ""],
                                province_key=None, body_key=None, cap=1000),
        "get_bodies_total": dict(name_key=None, ascii_key=None),
        "get_body_tasks_total": dict(uid=uids["body"]),
        "find_child_units": dict(unit="legacy:district:315"),
        "find_admin_unit": dict(uid="legacy:district:315"),
        "find_unit_mapping": dict(uids=["legacy:district:315", "legacy:province:31"]),
        "find_recent_documents": dict(limit=5),
        "find_plan_directives": dict(limit=5),
        "get_task": dict(uid=uids["66"] + "#III.4.4"),
        "find_tasks_by_text": dict(index=FULLTEXT_INDEX, query='"ngay hoi dai doan ket"', limit=5),
        "find_tasks_by_uid": dict(uids=[uids["66"] + "#III.4.4"]),
        # task alignment (graph/align_db.py, api/alignment.py)
        "find_alignment_parents": dict(uids=[uids["66"], uids["43"]]),
        "find_alignment_children": dict(uids=[uids["43"]]),
        "get_alignment_tasks": dict(uids=[uids["66"]]),
        "find_same_as": dict(uids=[uids["66"], uids["131"]]),
        "find_group_roots": dict(uids=[uids["66"]]),
        "find_aligned_documents": dict(),
        "find_task_details": dict(uids=[uids["66"] + "#III.4.4"]),
        "find_carriers": dict(uids=[uids["66"] + "#II.1.1"], level=None),
        "get_task_context": dict(uid=uids["66"] + "#III.4.4"),
        "find_document_tasks_by_label": dict(uid=uids["43"], label="4.3"),
        "get_document_alignment": dict(uid=uids["tu_cuong"]),
        "get_document_siblings": dict(uid=uids["66"]),
    }


def test_every_query_runs_on_the_seed_graph(seeded_db: Driver, uids: dict[str, str]) -> None:
    params = _params(uids)
    assert set(params) == set(cypher_files()), "give every catalogue query a case here"
    for name, p in params.items():
        rows = catalogue.run(seeded_db, name, **p)
        if name not in ("find_documents_by_sha256", "find_assigned_units", "find_align_pending"):
            assert rows, f"{name} returned nothing on the seed graph"
        for row in rows:
            assert tuple(row) == catalogue.get(name).columns, name


def test_dates_come_back_as_python_dates(seeded_db: Driver, uids: dict[str, str]) -> None:
    rows = catalogue.run(seeded_db, "find_documents_by_uid", uid=uids["66"])
    assert rows[0]["issued_on"] == date(2024, 2, 2)
