"""The REST API on the real Neo4j holding the seeds: every endpoint, the exact answers, every error."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from api.coverage import named_units, plan_deadline
from api.main import app
from api.params import lucene_query, place_key
from loaders.normalise import fold, strip_diacritics
from nqgraph.settings import DEV_API_KEY, Settings

SEEDS = Path(__file__).resolve().parent.parent / "seed_data"


@pytest.fixture(scope="module")
def client(seeded_db: Driver) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


def doc_uid(client: TestClient, number: str, **params: str) -> str:
    r = client.get("/documents/by-number", params={"number": number, **params})
    assert r.status_code == 200, r.text
    return str(r.json()["uid"])


def path(uid: str) -> str:
    return quote(uid, safe="")


def node_count(driver: Driver) -> int:
    with driver.session() as s:
        return int(s.run("MATCH (n) RETURN count(n) AS n").single()["n"])  # type: ignore[index]


# ---------------------------------------------------------------------------
# health and errors
# ---------------------------------------------------------------------------


def test_health_names_the_neo4j_version(client: TestClient) -> None:
    r = client.get("/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok" and r.json()["neo4j"].startswith("5.26.")


def test_neo4j_down_answers_503_with_a_message(client: TestClient) -> None:
    from graph.db import make_driver

    live = app.state.driver
    dead = make_driver(Settings(neo4j_uri="bolt://127.0.0.1:9"), max_transaction_retry_time=0.5,
                       connection_timeout=1.0)
    app.state.driver = dead
    watch = app.state.version_watch
    watching = watch.driver_of if watch is not None else None
    if watch is not None:
        watch.driver_of = lambda: dead
        watch.check()  # what its thread does within NQGRAPH_CACHE_REFRESH
    try:
        for url in ("/health", "/documents", "/tasks?label=4.3", "/search?q=dai+doan+ket"):
            r = client.get(url)
            assert r.status_code == 503, url
            assert "Neo4j" in r.json()["detail"], url
    finally:
        app.state.driver = live
        if watch is not None and watching is not None:
            watch.driver_of = watching
            watch.check()
        dead.close()


@pytest.mark.parametrize("url", [
    "/documents?limit=501", "/documents?limit=0", "/documents?offset=-1", "/documents?level=village",
    "/documents?issued_from=2024-13-01", "/tasks?level=nowhere", "/search?q=", "/search?q=%21%21%21",
    "/documents/by-number", "/bodies?limit=1000",
])
def test_bad_parameters_answer_422_with_a_message(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 422, url
    assert isinstance(r.json()["detail"], str) and r.json()["detail"]


@pytest.mark.parametrize("url", [
    "/documents/doc:nothing", "/documents/doc:nothing/descendants", "/documents/doc:nothing/ancestors",
    "/documents/doc:nothing/coverage", "/bodies/body:nothing/tasks",
])
def test_unknown_uid_answers_404(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404
    assert "nothing" in r.json()["detail"]


def test_openapi_docs_have_examples(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/documents", "/documents/by-number", "/documents/{uid}/descendants", "/documents/{uid}/coverage",
            "/tasks", "/bodies", "/bodies/{uid}/tasks", "/search", "/health"} <= set(spec["paths"])
    assert "example" in str(spec["paths"]["/tasks"]["get"]["parameters"])
    assert client.get("/docs").status_code == 200


# ---------------------------------------------------------------------------
# documents
# ---------------------------------------------------------------------------


def test_list_filters_by_province_without_accents(client: TestClient) -> None:
    r = client.get("/documents", params={"province": "hai phong", "limit": 500})
    assert r.status_code == 200
    items = r.json()["items"]
    assert items and all(i["locality"]["province"] == "Hải Phòng" for i in items)
    assert "66-CTr/TU" in {i["number"] for i in items}
    assert "131-KH/HU" not in {i["number"] for i in items}


def test_list_paginates(client: TestClient) -> None:
    first = client.get("/documents", params={"limit": 2}).json()["items"]
    second = client.get("/documents", params={"limit": 2, "offset": 2}).json()["items"]
    assert len(first) == 2 and len(second) == 2
    assert not {i["uid"] for i in first} & {i["uid"] for i in second}


def test_list_filters_by_level_type_and_dates(client: TestClient) -> None:
    r = client.get("/documents", params={"level": "district", "doc_type": "KH", "issued_from": "2024-01-01",
                                         "issued_to": "2024-01-31"})
    numbers = {i["number"] for i in r.json()["items"]}
    assert "131-KH/HU" in numbers
    assert all(i["level"] == "district" for i in r.json()["items"])


@pytest.mark.parametrize("number", ["131-KH/HU", "131 – KH/HU", " 131-KH / HU"])
def test_number_lookup_one_match_answers_200(client: TestClient, number: str) -> None:
    r = client.get("/documents/by-number", params={"number": number})
    assert r.status_code == 200
    assert r.json()["number"] == "131-KH/HU" and r.json()["locality"]["district"] == "Kim Động"


@pytest.mark.parametrize("number, dates", [
    ("45-NQ/TW", {"2019-01-24", "2023-11-24"}), ("19-NQ/TW", {"2017-10-25", "2022-06-16"}),
])
def test_ambiguous_number_answers_409_with_candidates(client: TestClient, number: str,
                                                      dates: set[str]) -> None:
    r = client.get("/documents/by-number", params={"number": number})
    assert r.status_code == 409
    body = r.json()
    assert number in body["detail"]
    assert {c["issued_on"] for c in body["candidates"]} == dates
    assert all("issuer" in c and "locality" in c for c in body["candidates"])
    one = client.get("/documents/by-number", params={"number": number, "issued_on": min(dates)})
    assert one.status_code == 200 and one.json()["issued_on"] == min(dates)


def test_unknown_number_answers_404(client: TestClient) -> None:
    r = client.get("/documents/by-number", params={"number": "999-NQ/TW"})
    assert r.status_code == 404 and "999-NQ/TW" in r.json()["detail"]
    r = client.get("/documents/by-number", params={"number": "66-CTr/TU", "province": "Lâm Đồng"})
    assert r.status_code == 404


def test_document_detail(client: TestClient) -> None:
    uid = doc_uid(client, "66-CTr/TU", province="Hải Phòng")
    r = client.get(f"/documents/{path(uid)}")
    assert r.status_code == 200
    d = r.json()
    assert d["uid"] == uid and d["status"] == "loaded" and d["issued_on"] == "2024-02-02"
    assert "Hải Phòng" in d["issuer"]["name"] and d["locality"]["province"] == "Hải Phòng"
    tasks = {t["label"]: t for t in d["tasks"]}
    assert tasks["III.5.1"]["deadline"] == {"kind": "quarter", "due": "2024-03-31",
                                            "text": tasks["III.5.1"]["deadline"]["text"], "month_day": None}
    assert tasks["III.4.3"]["short_label"] == "4.3" and len(tasks["III.4.3"]["bodies"]) == 4
    assert all(b["role"] for b in tasks["III.4.3"]["bodies"])
    assert "43-NQ/TW" in {i["number"] for i in d["implements"]}
    assert "53/KH-UBND" in {i["number"] for i in d["implemented_by"]}
    assert "45-NQ/TW" in {c["number"] for c in d["cites"]}
    assert d["cited_by"], "the Tiên Lãng and Tự Cường plans cite 66-CTr/TU"


def test_detail_of_a_plain_path_uid_works_unencoded(client: TestClient) -> None:
    uid = doc_uid(client, "66-CTr/TU")
    assert client.get(f"/documents/{uid}").status_code == 200


# ---------------------------------------------------------------------------
# the IMPLEMENTS tree
# ---------------------------------------------------------------------------


def test_commune_plans_deriving_from_66_ctr_tu(client: TestClient) -> None:
    """Issue 5: exactly the Tự Cường plan, with the path through 53/KH-UBND."""
    uid = doc_uid(client, "66-CTr/TU", province="Hải Phòng")
    r = client.get(f"/documents/{path(uid)}/descendants", params={"level": "commune"})
    assert r.status_code == 200
    nodes = r.json()["nodes"]
    assert len(nodes) == 1
    (plan,) = nodes
    assert plan["locality"]["commune"] == "Tự Cường" and plan["level"] == "commune"
    assert plan["depth"] == 2
    assert [n["number"] for n in plan["path"]] == ["66-CTr/TU", "53/KH-UBND", None]
    assert plan["path"][-1]["uid"] == plan["uid"]


def test_max_depth_cuts_the_tree(client: TestClient) -> None:
    uid = doc_uid(client, "43-NQ/TW")
    all_nodes = client.get(f"/documents/{path(uid)}/descendants").json()["nodes"]
    shallow = client.get(f"/documents/{path(uid)}/descendants", params={"max_depth": 1}).json()["nodes"]
    assert shallow and all(n["depth"] == 1 for n in shallow)
    assert max(n["depth"] for n in all_nodes) >= 3
    assert {n["number"] for n in shallow} >= {"66-CTr/TU", "250-KH/TU", "75-CTr/TU"}


def test_ancestors_of_the_commune_plan(client: TestClient) -> None:
    uid = doc_uid(client, "66-CTr/TU")
    tree = client.get(f"/documents/{path(uid)}/descendants", params={"level": "commune"}).json()
    commune = tree["nodes"][0]
    r = client.get(f"/documents/{path(commune['uid'])}/ancestors")
    depth = {n["number"]: n["depth"] for n in r.json()["nodes"]}
    assert depth["53/KH-UBND"] == 1 and depth["66-CTr/TU"] == 2 and depth["43-NQ/TW"] == 3
    central = client.get(f"/documents/{path(commune['uid'])}/ancestors", params={"level": "central"}).json()
    assert {n["number"] for n in central["nodes"]} == {"43-NQ/TW"}


# ---------------------------------------------------------------------------
# tasks and bodies
# ---------------------------------------------------------------------------


def test_bodies_responsible_for_task_4_3_across_provinces(client: TestClient) -> None:
    """Issue 5: III.4.3 of 66-CTr/TU (Hải Phòng) and of the seed-001 plan (province unknown)."""
    r = client.get("/tasks", params={"label": "4.3", "level": "province"})
    assert r.status_code == 200
    hits = r.json()["items"]
    assert r.json()["total"] == 2
    assert len(hits) == 2
    assert {h["label"] for h in hits} == {"III.4.3"}
    provinces = {h["document"]["number"]: h["document"]["locality"]["province"] for h in hits}
    assert provinces == {"66-CTr/TU": "Hải Phòng", None: None}
    for h in hits:
        assert len(h["bodies"]) == 4, h["bodies"]
        assert any("Mặt trận Tổ quốc" in b["name"] for b in h["bodies"])


def test_tasks_filter_by_province_and_body(client: TestClient) -> None:
    hp = client.get("/tasks", params={"label": "4.3", "province": "Hải Phòng"}).json()["items"]
    assert hp and all(h["document"]["locality"]["province"] == "Hải Phòng" for h in hp)
    dv = client.get("/tasks", params={"body": "ban dân vận thành ủy"}).json()["items"]
    assert dv and all(any("dân vận" in fold(b["name"]) for b in h["bodies"]) for h in dv)


def test_body_portfolio(client: TestClient) -> None:
    bodies = client.get("/bodies", params={"name": "Ban Dân vận Thành ủy"}).json()["items"]
    assert bodies and "Hải Phòng" in bodies[0]["name"] and bodies[0]["tasks"] > 0
    r = client.get(f"/bodies/{path(bodies[0]['uid'])}/tasks")
    assert r.status_code == 200
    portfolio = r.json()
    assert portfolio["body"]["uid"] == bodies[0]["uid"]
    assert len(portfolio["items"]) == portfolio["total"] == bodies[0]["tasks"]
    assert {"III.3.4", "IV.2"} & {t["label"] for t in portfolio["items"]}
    assert all(t["role"] in ("lead", "support", "assigned", "requested") for t in portfolio["items"])


# ---------------------------------------------------------------------------
# coverage
# ---------------------------------------------------------------------------


def test_coverage_of_66_ctr_tu(client: TestClient) -> None:
    """Issue 5: 15 district-level units, Tiên Lãng covered, 14 missing and overdue since 2024-03-31."""
    uid = doc_uid(client, "66-CTr/TU", province="Hải Phòng")
    r = client.get(f"/documents/{path(uid)}/coverage", params={"as_of": "2026-11-21"})
    assert r.status_code == 200
    c = r.json()
    assert (c["expected"], c["covered"], c["missing"], c["overdue"]) == (15, 1, 14, 14)
    assert c["era"] == "legacy" and c["issuer_unit"]["short_name"] == "Hải Phòng"
    assert c["deadline"]["due"] == "2024-03-31" and c["deadline"]["task_label"] == "III.5.1"
    covered = [u for u in c["units"] if u["status"] == "covered"]
    assert [u["short_name"] for u in covered] == ["Tiên Lãng"]
    assert {d["number"] for d in covered[0]["covered_by"]} >= {"53/KH-UBND"}
    assert all(u["overdue"] for u in c["units"] if u["status"] == "missing")
    assert c["unknown_locality"] == []


def test_coverage_before_the_deadline_is_not_overdue(client: TestClient) -> None:
    uid = doc_uid(client, "66-CTr/TU")
    c = client.get(f"/documents/{path(uid)}/coverage", params={"as_of": "2024-03-01"}).json()
    assert c["missing"] == 14 and c["overdue"] == 0


def test_coverage_of_43_nq_tw(client: TestClient) -> None:
    """Issue 5: Hải Phòng, Hưng Yên, Lâm Đồng covered of 63; the seed-001 plan covers an unknown province."""
    uid = doc_uid(client, "43-NQ/TW")
    c = client.get(f"/documents/{path(uid)}/coverage", params={"as_of": "2026-11-21"}).json()
    assert c["expected"] == 63
    assert {u["short_name"] for u in c["units"] if u["status"] == "covered"} == {"Hải Phòng", "Hưng Yên",
                                                                                "Lâm Đồng"}
    unknown = c["unknown_locality"]
    assert len(unknown) == 1 and unknown[0]["status"] == "loaded" and unknown[0]["level"] == "province"
    assert "43-NQ/TW" in (unknown[0]["title"] or "")


def test_coverage_bad_date_is_422(client: TestClient) -> None:
    uid = doc_uid(client, "66-CTr/TU")
    assert client.get(f"/documents/{path(uid)}/coverage", params={"as_of": "soon"}).status_code == 422


# ---------------------------------------------------------------------------
# search
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("q", ["ngay hoi dai doan ket", "Ngày hội đại đoàn kết", "NGÀY HỘI ĐẠI ĐOÀN KẾT"])
def test_search_with_or_without_diacritics(client: TestClient, q: str) -> None:
    r = client.get("/search", params={"q": q})
    assert r.status_code == 200
    hits = r.json()["items"]
    assert hits
    assert "ngay hoi dai doan ket" in strip_diacritics(hits[0]["text"])
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    assert all(h["document"]["uid"] for h in hits)


@pytest.mark.parametrize("q", ["66-CTr/TU", "(quý I/2024)", 'a "b', "AND OR NOT dân", "x:y~ [z] {w} ^ \\ ||"])
def test_search_escapes_lucene_syntax(client: TestClient, q: str) -> None:
    r = client.get("/search", params={"q": q})
    assert r.status_code in (200, 422), r.text
    assert isinstance(r.json().get("items", r.json().get("detail")), list | str)


def test_search_finds_titles_too(client: TestClient) -> None:
    q = {"q": "phat huy truyen thong dai doan ket", "limit": 100}
    hits = client.get("/search", params=q).json()["items"]
    titles = [h for h in hits if h["kind"] == "document"]
    assert titles and all(h["text"] == h["document"]["title"] for h in titles)


# ---------------------------------------------------------------------------
# upload
# ---------------------------------------------------------------------------


def _post(client: TestClient, name: str, data: bytes, key: str | None = DEV_API_KEY) -> Any:
    headers = {"X-API-Key": key} if key is not None else {}
    return client.post("/documents", files={"file": (name, data, "text/plain")}, headers=headers)


def test_upload_needs_a_key(client: TestClient) -> None:
    data = (SEEDS / "004_c81e2607254c46bf.txt").read_bytes()
    assert _post(client, "a.txt", data, key=None).status_code == 401
    r = _post(client, "a.txt", data, key="wrong")
    assert r.status_code == 401 and "API key is not valid" in r.json()["detail"]


@pytest.mark.parametrize("name, data, reason", [
    ("empty.txt", b"   \n", "empty"),
    ("binary.txt", b"\x00\x01\x02binary" * 10, "binary"),
    ("scan.pdf", b"%PDF-1.4 ...", "PDF"),  # a broken PDF is refused at once, not queued for OCR
    ("word.txt", b"PK\x03\x04rest-of-a-zip", "ZIP"),
    ("latin.txt", b"caf\xe9 au lait, cr\xe8me br\xfbl\xe9e\n" * 3, "not UTF-8"),
])
def test_bad_files_answer_422_and_write_nothing(client: TestClient, seeded_db: Driver, name: str, data: bytes,
                                                reason: str) -> None:
    before = node_count(seeded_db)
    r = _post(client, name, data)
    assert r.status_code == 422, r.text
    assert reason.lower() in r.json()["detail"].lower() and name in r.json()["detail"]
    assert node_count(seeded_db) == before


def test_upload_of_a_seed_loads_it_again_idempotently(client: TestClient, seeded_db: Driver) -> None:
    before = node_count(seeded_db)
    seed = SEEDS / "004_c81e2607254c46bf.txt"
    r = _post(client, seed.name, seed.read_bytes())
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["uid"] == doc_uid(client, "66-CTr/TU", province="Hải Phòng")
    assert body["summary"]["number"] == "66-CTr/TU" and body["summary"]["tasks"] > 40
    assert isinstance(body["warnings"], list)
    assert node_count(seeded_db) == before


# ---------------------------------------------------------------------------
# pure helpers (table-driven)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, bodies, expected", [
    ("Tổ chức nghiên cứu, quán triệt, xây dựng chương trình, kế hoạch cụ thể (hoàn thành trong quý I/2024).",
     ["Các quận ủy, huyện ủy, đảng ủy trực thuộc Thành ủy Hải Phòng"], True),
    ("Cụ thể hóa thực hiện Nghị quyết bằng các chương trình, kế hoạch theo từng lĩnh vực.",
     ["Đảng đoàn Mặt trận Tổ quốc Việt Nam thành phố Hải Phòng"], False),
    ("Xây dựng kế hoạch thực hiện Nghị quyết.", ["Ban Tuyên giáo Thành ủy"], False),
    ("Các cấp ủy ban hành kế hoạch thực hiện.", ["các chi bộ trực thuộc Đảng ủy"], True),
    ("Tổ chức quán triệt Nghị quyết.", ["Các huyện ủy, thành ủy"], False),
])
def test_plan_deadline_needs_a_plan_request_to_subordinates(text: str, bodies: list[str],
                                                            expected: bool) -> None:
    task = {"uid": "t", "label": "III.5.1", "text": text, "bodies": bodies, "deadline_due": date(2024, 3, 31)}
    got = plan_deadline([task])
    assert (got is not None) == expected
    if got:
        assert got.due == date(2024, 3, 31)


def test_plan_deadline_takes_the_earliest_and_named_units_count_as_subordinates() -> None:
    tasks = [
        {"uid": "a", "label": "III.6", "text": "Xây dựng kế hoạch", "bodies": ["Các huyện ủy"],
         "deadline_due": date(2024, 6, 30)},
        {"uid": "b", "label": "III.7", "text": "Ban hành kế hoạch", "bodies": ["Huyện ủy Kim Động"],
         "deadline_due": date(2024, 2, 1)},
    ]
    assert plan_deadline(tasks).task_uid == "a"  # type: ignore[union-attr]
    assert plan_deadline(tasks, {"b"}).task_uid == "b"  # type: ignore[union-attr]


def test_named_units_keep_only_plan_requests() -> None:
    unit = {"code": "331", "name": "Huyện Kim Động", "short_name": "Kim Động", "kind": "huyện",
            "level": "district"}
    rows = [{**unit, "uid": "legacy:district:331", "task_uid": "t1", "task_label": "IV.1",
             "task_text": "Huyện ủy Kim Động xây dựng kế hoạch thực hiện"},
            {**unit, "uid": "legacy:district:331", "task_uid": "t2", "task_label": "IV.2",
             "task_text": "Huyện ủy Kim Động báo cáo kết quả"},
            {**unit, "code": "672", "uid": "legacy:district:672", "task_uid": "t3", "task_label": "IV.3",
             "task_text": "Tổ chức quán triệt"}]
    units, tasks = named_units(rows)
    assert [u["uid"] for u in units] == ["legacy:district:331"] and tasks == {"t1"}
    assert named_units([]) == ([], set())


@pytest.mark.parametrize("text, expected", [
    ("ngay hoi dai doan ket", '"ngay hoi dai doan ket"^3 OR (ngay AND hoi AND dai AND doan AND ket)'),
    ("66-CTr/TU", '"66\\-CTr TU"^3 OR (66\\-CTr AND TU)'),
    ("đoàn", "đoàn"),
    ("(quý) AND", "quý"),
    ("!!! ***", ""),
])
def test_lucene_query_escapes_and_requires_every_word(text: str, expected: str) -> None:
    assert lucene_query(text) == expected


@pytest.mark.parametrize("name, key", [
    ("Hải Phòng", "hai phong"), ("Thành phố Hải Phòng", "hai phong"), ("tỉnh Lâm Đồng", "lam dong"),
    ("HƯNG YÊN", "hung yen"), ("  ", None), (None, None),
])
def test_place_key(name: str | None, key: str | None) -> None:
    assert place_key(name) == key


# ---------------------------------------------------------------------------
# Bounded answers at nation scale: pages of descendants and coverage, search's capped count
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["43-NQ/TW", "66-CTr/TU"])
@pytest.mark.parametrize("level", ["province", "district", "commune"])
def test_descendants_of_a_level_are_the_whole_tree_s_of_that_level(client: TestClient, number: str,
                                                                    level: str) -> None:
    """The walk by level stops above the lower levels: it must still find every document of the level,
    with the depth and path the whole tree gives it."""
    place = {"province": "Hải Phòng"} if number == "66-CTr/TU" else {}
    uid = path(doc_uid(client, number, **place))
    whole = client.get(f"/documents/{uid}/descendants", params={"limit": 500}).json()
    by_level = client.get(f"/documents/{uid}/descendants", params={"level": level, "limit": 500}).json()
    def shape(nodes: list[dict[str, Any]]) -> list[tuple[str, int, list[str]]]:
        return [(n["uid"], n["depth"], [p["uid"] for p in n["path"]]) for n in nodes]

    want = shape([n for n in whole["nodes"] if n["level"] == level])
    got = shape(by_level["nodes"])
    assert got == want and by_level["total"] == len(want)


def test_descendants_pages_make_the_whole_tree(client: TestClient) -> None:
    uid = path(doc_uid(client, "43-NQ/TW"))
    whole = client.get(f"/documents/{uid}/descendants", params={"limit": 500}).json()
    assert whole["total"] == len(whole["nodes"]) >= 4
    pages = [client.get(f"/documents/{uid}/descendants", params={"limit": 2, "offset": k}).json()
             for k in range(0, whole["total"] + 2, 2)]
    assert [n["uid"] for p in pages for n in p["nodes"]] == [n["uid"] for n in whole["nodes"]]
    assert {p["total"] for p in pages} == {whole["total"]} and pages[-1]["nodes"] == []
    assert (pages[1]["limit"], pages[1]["offset"]) == (2, 2)


@pytest.mark.parametrize(("params", "units", "plans"), [
    ({}, 63, 10),
    ({"limit": 10}, 10, 10),
    ({"limit": 10, "offset": 60}, 3, 10),
    ({"plans": 0}, 63, 0),
    ({"plans": 1}, 63, 1),
])
def test_coverage_pages_units_and_cuts_plans_but_counts_whole(client: TestClient, params: dict[str, int],
                                                              units: int, plans: int) -> None:
    uid = path(doc_uid(client, "43-NQ/TW"))
    whole = client.get(f"/documents/{uid}/coverage", params={"as_of": "2026-11-21", "limit": 500,
                                                             "plans": 500}).json()
    c = client.get(f"/documents/{uid}/coverage", params={"as_of": "2026-11-21", **params}).json()
    offset = params.get("offset", 0)
    assert [u["uid"] for u in c["units"]] == [u["uid"] for u in whole["units"]][offset:offset + units]
    assert len(c["units"]) == units
    for k in ("expected", "covered", "missing", "overdue", "states", "plans_by_level"):
        assert c[k] == whole[k], k
    assert sum(c["states"].values()) == c["expected"] == 63
    for u, w in zip(c["units"], whole["units"][offset:], strict=False):
        assert u["covered_by_total"] == len(w["covered_by"]) and u["state"] == w["state"]
        assert u["covered_by"] == w["covered_by"][:plans]


def test_search_counts_exactly_below_the_cap(client: TestClient) -> None:
    r = client.get("/search", params={"q": "ngay hoi dai doan ket"}).json()
    assert r["total_exact"] is True and r["total"] >= len(r["items"]) > 0
