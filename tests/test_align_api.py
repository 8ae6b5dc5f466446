"""The endpoints answering from task alignment, on the seed graph: exact answers and errors."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from api.main import app

pytestmark = pytest.mark.db

HP66 = "doc:66-CTr/TU@legacy:province:31@2024-02-02"
STUB43 = "doc:43-NQ/TW@VN@2023-11-24"


@pytest.fixture(scope="module")
def client(seeded_db: Driver) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="module")
def uids(seeded_db: Driver) -> dict[str, str]:
    rows = seeded_db.execute_query("MATCH (d:Document) WHERE d.source_path IS NOT NULL "
                                   "RETURN d.source_path AS path, d.uid AS uid").records
    by_seed = {r["path"].split("/")[-1][:3]: r["uid"] for r in rows}
    return {"tu_cuong": by_seed["000"], "seed001": by_seed["001"], "131": by_seed["002"],
            "230": by_seed["003"]}


def p(uid: str) -> str:
    return quote(uid, safe="")


@pytest.mark.parametrize("level, labels", [
    (None, ["II.1.1", "III.3.1"]),
    ("commune", ["II.1.1", "III.3.1"]),
    ("district", []),
])
def test_carried_out_by_lists_lower_tasks_with_their_places(client: TestClient, level: str | None,
                                                            labels: list[str]) -> None:
    r = client.get(f"/tasks/{p(HP66 + '#II.1.1')}/carried-out-by", params={"level": level} if level else {})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["task"]["label"] == "II.1.1"
    assert [c["label"] for c in body["carriers"]] == labels
    for c in body["carriers"]:
        assert c["depth"] == 1 and c["carries_out"] == HP66 + "#II.1.1" and 0 < c["score"] <= 1
        assert c["document"]["locality"] == {"unit_uid": "legacy:commune:11764", "province": "Hải Phòng",
                                             "district": "Tiên Lãng", "commune": "Tự Cường"}
        assert c["bodies"] or c["label"] == "II.1.1"


def test_the_ngay_hoi_task_in_every_province_whatever_its_label(client: TestClient,
                                                                uids: dict[str, str]) -> None:
    """Issue 11's table: III.4.3 (seed 001), III.4.4 (66-CTr/TU), III.6.3 (131-KH/HU), III.6 (230-KH/ThU)."""
    want = {(uids["seed001"], "III.4.3"), (HP66, "III.4.4"), (uids["131"], "III.6.3"), (uids["230"], "III.6")}
    by_uid = client.get(f"/tasks/{p(HP66 + '#III.4.4')}/equivalents")
    by_label = client.get("/tasks/equivalents", params={"document": uids["seed001"], "label": "4.3"})
    for r in (by_uid, by_label):
        assert r.status_code == 200, r.text
        body = r.json()
        assert {(x["document"]["uid"], x["label"]) for x in body["tasks"]} == want
        assert len(body["groups"]) == 1 and body["groups"][0]["root"]["uid"] == STUB43
        assert body["groups"][0]["documents"] == 4
    assert {x["document"]["locality"]["province"] for x in by_uid.json()["tasks"]} == {
        "Hải Phòng", "Hưng Yên", "Lâm Đồng", None}
    assert by_label.json()["tasks"][0]["relation"] == "asked"


def test_equivalents_of_a_commune_task_climb_to_the_city_task_and_its_group(client: TestClient,
                                                                           uids: dict[str, str]) -> None:
    r = client.get(f"/tasks/{p(uids['tu_cuong'] + '#II.1.2')}/equivalents")
    assert r.status_code == 200
    rel = {(x["relation"], x["document"]["number"], x["label"]) for x in r.json()["tasks"]}
    assert ("above", "66-CTr/TU", "II.1.2") in rel
    assert ("group", "131-KH/HU", "III.1.2") in rel


@pytest.mark.parametrize("document, label, status", [
    (STUB43, "4.3", 409),  # a stub: the plans' tasks labelled 4.3 are offered, they are not one task
    ("doc:nothing", "4.3", 404),
    (HP66, "9.9", 404),
])
def test_equivalents_by_label_errors(client: TestClient, document: str, label: str, status: int) -> None:
    r = client.get("/tasks/equivalents", params={"document": document, "label": label})
    assert r.status_code == status, r.text
    if status == 409:
        assert {c["document"]["number"] for c in r.json()["candidates"]} == {"66-CTr/TU", "131-KH/HU", None}


def test_the_label_search_stays_a_label_search(client: TestClient) -> None:
    r = client.get("/tasks", params={"label": "4.3"})
    assert r.status_code == 200
    assert {x["label"] for x in r.json()["items"]} == {"III.4.3"}


def test_alignment_of_the_commune_plan(client: TestClient, uids: dict[str, str]) -> None:
    r = client.get(f"/documents/{p(uids['tu_cuong'])}/alignment")
    assert r.status_code == 200, r.text
    body = r.json()
    (parent,) = body["parents"]
    assert parent["document"]["number"] == "66-CTr/TU" and body["siblings"] == []
    dropped = {t["label"] for t in parent["dropped"]}
    assert "III.4.4" in dropped and "II.1.1" not in dropped  # the Ngày hội task is not in the commune plan
    added = {t["label"] for t in parent["added"]}
    assert "II.1.3" in added and "II.1.1" not in added
    matched = {(m["child_label"], m["parent_label"]) for m in parent["matched"]}
    assert ("II.1.1", "II.1.1") in matched and not {c for c, _ in matched} & added


def test_alignment_of_a_sibling_plan(client: TestClient, uids: dict[str, str]) -> None:
    body = client.get(f"/documents/{p(HP66)}/alignment").json()
    assert body["parents"] == []
    assert {s["document"]["uid"] for s in body["siblings"]} == {uids["seed001"], uids["131"], uids["230"]}
    assert all(s["links"] > 0 and s["shared_groups"] > 0 for s in body["siblings"])


@pytest.mark.parametrize("label, status", [("II.1.1", "carried_out"), ("III.4.4", "dropped")])
def test_task_coverage_by_unit(client: TestClient, label: str, status: str) -> None:
    r = client.get(f"/tasks/{p(HP66 + '#' + label)}/coverage", params={"as_of": "2024-06-01"})
    assert r.status_code == 200, r.text
    body = r.json()
    tien_lang = [u for u in body["units"] if u["short_name"] == "Tiên Lãng"]
    assert tien_lang and tien_lang[0]["status"] == status
    assert (tien_lang[0]["carried_by"] != []) == (status == "carried_out")
    assert body["expected"] == len(body["units"]) == (
        body["carried_out"] + body["dropped"] + body["not_loaded"] + body["no_plan"])
    assert body["no_plan"] == body["expected"] - 1
    assert all(u["overdue"] for u in body["units"] if u["status"] == "no_plan")  # Q1/2024 was the deadline


@pytest.mark.parametrize("suffix", ["carried-out-by", "equivalents", "coverage"])
def test_unknown_task_is_404(client: TestClient, suffix: str) -> None:
    r = client.get(f"/tasks/{p(HP66 + '#IX.9')}/{suffix}")
    assert r.status_code == 404 and "no task" in r.json()["detail"]


def test_unknown_document_alignment_is_404(client: TestClient) -> None:
    assert client.get(f"/documents/{p('doc:nothing')}/alignment").status_code == 404
