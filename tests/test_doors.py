"""The doors issue 10 found broken, each held shut by a test that failed before its fix."""

from __future__ import annotations

import json
import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from api.main import app, create_app
from graph.model import Label, Rel
from nqgraph.settings import DEV_API_KEY, Settings, get_settings

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def client(seeded_db: Driver) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


def uid_of(client: TestClient, number: str) -> str:
    r = client.get("/documents/by-number", params={"number": number})
    assert r.status_code == 200, r.text
    return str(r.json()["uid"])


# ---------------------------------------------------------------------------
# Neo4j Browser: the style file as Browser 5.26 reads it, and the ports it is told
# ---------------------------------------------------------------------------


def parse_grass_like_browser(text: str) -> dict[str, dict[str, str]]:
    """Browser 5.26 reads a .grass file character by character (shared/services/grassUtils parseGrassCSS):
    quotes toggle a string and are dropped, '{' opens a rule's properties (or a binding inside them), '}'
    closes it, blanks outside properties are dropped from the selector, and the properties are split on ';'
    then ':' (pairs of exactly two parts kept). It knows no comments: '/* ... */' becomes selector text."""
    in_string = in_props = in_binding = False
    selector, props = "", ""
    raw: dict[str, str] = {}
    for c in text:
        keep = False
        if c == "{":
            if in_string:
                keep = True
            elif in_props:
                in_binding = True
            else:
                in_props = True
        elif c == "}":
            if in_string:
                keep = True
            elif in_binding:
                in_binding = False
            else:
                in_props = False
                raw[selector] = props
                selector, props = "", ""
        elif c in "'\"":
            in_string = not in_string
        else:
            keep = True
        if not keep:
            continue
        if in_props:
            props += c
        elif not c.isspace():
            selector += c
    rules: dict[str, dict[str, str]] = {}
    for sel, body in raw.items():
        rules[sel] = {}
        for prop in body.split(";"):
            parts = prop.split(":")
            if len(parts) == 2:
                rules[sel][parts[0].strip()] = parts[1].strip()
    return rules


LEVEL_LABELS = {"Central", "Province", "District", "Commune"}


def test_grass_parses_the_way_browser_5_26_reads_it() -> None:
    rules = parse_grass_like_browser((REPO / "queries/browser/style.grass").read_text(encoding="utf-8"))
    labels = {label.value for label in Label} | LEVEL_LABELS
    allowed = ({"node", "relationship"} | {f"node.{x}" for x in labels}
               | {f"relationship.{r.value}" for r in Rel})
    assert set(rules) <= allowed, f"selectors the Browser cannot match: {sorted(set(rules) - allowed)}"
    assert {"node", "relationship", "node.Document", "node.Task", "node.Body", "node.AdminUnit"} <= set(rules)
    assert all(props for props in rules.values()), "a rule whose properties the Browser could not read"
    assert rules["node.Document"]["caption"] == "{caption}"
    assert rules["node.Task"]["caption"] == "{label}"
    assert all(re.fullmatch(r"#[0-9A-Fa-f]{6}", p["color"]) for p in rules.values() if "color" in p)


def test_the_browser_reading_sees_comments_as_garbage() -> None:
    """What the old file did: its header comment swallowed the first rule."""
    rules = parse_grass_like_browser("/* a comment */\nnode { color: #FFFFFF; }\n"
                                     "node.Task { caption: '{label}'; }")
    assert "node" not in rules and "node.Task" in rules


@pytest.mark.db
def test_the_local_neo4j_advertises_the_ports_it_listens_on(driver: Driver) -> None:
    """Browser's connect form takes bolt_direct from the discovery document at the HTTP port."""
    s = get_settings()
    if s.neo4j_uri:
        pytest.skip("NQGRAPH_NEO4J_URI names another server: the local launcher is not in use")
    req = urllib.request.Request(f"http://127.0.0.1:{s.neo4j_http_port}/",
                                 headers={"Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        discovery = json.load(r)
    assert discovery["bolt_direct"] == f"bolt://127.0.0.1:{s.neo4j_bolt_port}"
    assert discovery["bolt_routing"] == f"neo4j://127.0.0.1:{s.neo4j_bolt_port}"


# ---------------------------------------------------------------------------
# API docs offline, with operation ids, descriptions, examples and an error schema
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("page, needs", [("/docs", "swagger-ui-bundle.js"),
                                         ("/redoc", "redoc.standalone.js")])
def test_docs_pages_load_only_local_assets(client: TestClient, page: str, needs: str) -> None:
    html = client.get(page).text
    refs = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']|url\(['"]?([^'")]+)""", html)
    urls = [a or b for a, b in refs]
    assert any(needs in u for u in urls), urls
    remote = [u for u in urls if re.match(r"(?:https?:)?//", u)]
    assert not remote, f"{page} loads from the network: {remote}"
    for u in urls:
        assert client.get(u).status_code == 200, u


def test_openapi_has_operation_ids_descriptions_examples_and_an_error_schema(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    ops = [(path, method, op) for path, item in spec["paths"].items() for method, op in item.items()]
    assert {op["operationId"] for _, _, op in ops} >= {"find_tasks", "find_bodies", "list_documents",
                                                        "document_coverage", "search", "upload_document"}
    undescribed = [p for p, _, op in ops if not op.get("description")]
    assert not undescribed
    assert "ErrorOut" in spec["components"]["schemas"]
    for path, _, op in ops:
        for code in ("422", "503"):
            if code in op["responses"]:
                ref = json.dumps(op["responses"][code])
                assert any(m in ref for m in ("ErrorOut", "AmbiguousNumber", "Unhealthy")), (path, code)
    assert "examples" in json.dumps(spec["paths"]["/search"]["get"]["parameters"])


# ---------------------------------------------------------------------------
# The gazetteer before any load
# ---------------------------------------------------------------------------


@pytest.mark.db
def test_a_load_without_the_gazetteer_is_refused_and_writes_nothing(seeded_db: Driver,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from graph import gazetteer
    from graph.gazetteer import GazetteerMissing
    from ingest import load_paths

    complete = gazetteer.expected_counts()
    monkeypatch.setattr(gazetteer, "expected_counts",
                        lambda: {**complete, "legacy:commune": complete["legacy:commune"] + 1})
    before = _census(seeded_db)
    with pytest.raises(GazetteerMissing, match="nqgraph init-db"):
        load_paths(seeded_db, [REPO / "seed_data"])
    assert _census(seeded_db) == before


@pytest.mark.db
def test_an_upload_without_the_gazetteer_answers_503(client: TestClient,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from graph import gazetteer

    complete = gazetteer.expected_counts()
    monkeypatch.setattr(gazetteer, "expected_counts",
                        lambda: {**complete, "legacy:commune": complete["legacy:commune"] + 1})
    seed = next((REPO / "seed_data").glob("004_*.txt"))
    r = client.post("/documents", files={"file": (seed.name, seed.read_bytes(), "text/plain")},
                    headers={"X-API-Key": DEV_API_KEY})
    assert r.status_code == 503
    assert "gazetteer" in r.json()["detail"] and "nqgraph init-db" in r.json()["detail"]


def test_api_start_up_and_docker_ensure_the_gazetteer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Docker image runs `nqgraph serve`, whose start-up applies the schema, then loads the gazetteer."""
    import api.main as main
    import api.startup as startup
    import graph.gazetteer as gazetteer

    calls: list[str] = []
    monkeypatch.setattr(startup, "apply_schema", lambda d: calls.append("schema"))
    monkeypatch.setattr(gazetteer, "load_gazetteer", lambda d: calls.append("gazetteer") or "ok")
    startup.ensure_ready(None)  # type: ignore[arg-type]
    assert calls == ["schema", "gazetteer"]
    started: list[object] = []
    monkeypatch.setattr(main, "ensure_ready", started.append)
    with TestClient(create_app()):
        assert len(started) == 1
    cmd = next(line for line in (REPO / "Dockerfile").read_text().splitlines() if line.startswith("CMD"))
    assert '"nqgraph", "serve"' in cmd


def _census(driver: Driver) -> dict[str, Any]:
    with driver.session() as s:
        nodes = s.run("MATCH (n) RETURN count(n) AS n").single(strict=True)["n"]
        rels = s.run("MATCH ()-[r]->() RETURN count(r) AS n").single(strict=True)["n"]
        stamps = s.run("MATCH (d:Document) RETURN collect(d.loaded_at) AS s").single(strict=True)["s"]
    return {"nodes": nodes, "rels": rels, "stamps": stamps}


# ---------------------------------------------------------------------------
# Captions: never "null"
# ---------------------------------------------------------------------------


@pytest.mark.db
def test_every_document_has_a_caption_and_43_nq_tw_a_title(seeded_db: Driver) -> None:
    with seeded_db.session() as s:
        rows = [r.data() for r in s.run("MATCH (d:Document) RETURN d.number AS number, d.status AS status, "
                                        "d.caption AS caption, d.title AS title")]
    assert rows and all(r["caption"] and "null" not in r["caption"].lower() for r in rows), rows
    (nq,) = [r for r in rows if r["number"] == "43-NQ/TW"]
    assert nq["status"] == "stub" and nq["caption"] == "Nghị quyết 43-NQ/TW"
    assert nq["title"].startswith("về tiếp tục phát huy truyền thống")
    unnumbered = [r for r in rows if r["number"] is None]
    assert unnumbered and all(r["caption"].startswith("Kế hoạch của ") for r in unnumbered), unnumbered


def test_api_captions_are_never_null(client: TestClient) -> None:
    items = client.get("/documents", params={"limit": 500}).json()["items"]
    assert items and all(i["caption"] for i in items)
    uid = uid_of(client, "66-CTr/TU")
    tree = client.get(f"/documents/{quote(uid, safe='')}/ancestors").json()
    assert all(n["caption"] for node in tree["nodes"] for n in node["path"])


# ---------------------------------------------------------------------------
# One pagination envelope, no silent caps
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/documents", "/tasks", "/bodies", "/search?q=dai+doan+ket"])
def test_every_list_has_the_envelope(client: TestClient, url: str) -> None:
    body = client.get(url).json()
    assert set(body) >= {"items", "total", "limit", "offset"}
    assert body["total"] >= len(body["items"])


def test_tasks_page_through_all_186_seed_tasks(client: TestClient) -> None:
    first = client.get("/tasks").json()
    assert first["total"] == 186 and len(first["items"]) == 100
    seen = {t["uid"] for t in first["items"]}
    rest = client.get("/tasks", params={"offset": 100, "limit": 100}).json()["items"]
    seen |= {t["uid"] for t in rest}
    assert len(seen) == 186


def test_body_portfolio_has_the_envelope(client: TestClient) -> None:
    body = client.get("/bodies", params={"name": "dan van"}).json()["items"][0]
    r = client.get(f"/bodies/{quote(body['uid'], safe='')}/tasks", params={"limit": 1}).json()
    assert len(r["items"]) == 1 and r["total"] == body["tasks"] and r["body"]["uid"] == body["uid"]


# ---------------------------------------------------------------------------
# Search by number, bodies without accents
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("q", ["66-CTr/TU", "ctr 66", "66 CTR TU", "66-ctr/tu"])
def test_search_finds_a_document_by_its_number(client: TestClient, q: str) -> None:
    hits = client.get("/search", params={"q": q}).json()["items"]
    assert hits and hits[0]["kind"] == "document" and hits[0]["document"]["number"] == "66-CTr/TU"


@pytest.mark.parametrize("name", ["dan van", "Dân vận", "DAN VAN THANH UY"])
def test_bodies_by_name_with_or_without_accents(client: TestClient, name: str) -> None:
    items = client.get("/bodies", params={"name": name}).json()["items"]
    assert any(b["name"] == "Ban Dân vận Thành ủy Hải Phòng" for b in items), [b["name"] for b in items]


# ---------------------------------------------------------------------------
# Depth means the same in /descendants and /coverage
# ---------------------------------------------------------------------------


def test_depth_is_the_same_in_descendants_and_coverage(client: TestClient) -> None:
    uid = quote(uid_of(client, "66-CTr/TU"), safe="")
    tree = {n["uid"]: n["depth"] for n in client.get(f"/documents/{uid}/descendants").json()["nodes"]}
    cov = client.get(f"/documents/{uid}/coverage", params={"as_of": "2026-11-21"}).json()
    implementers = {i["uid"]: i["depth"] for u in cov["units"] for i in u["covered_by"]}
    assert implementers and all(tree[k] == d for k, d in implementers.items()), (tree, implementers)
    assert 2 in implementers.values()  # the Tự Cường plan, under 53/KH-UBND


# ---------------------------------------------------------------------------
# CORS from settings, gzip
# ---------------------------------------------------------------------------


def test_cors_is_off_by_default_and_configurable() -> None:
    preflight = {"Origin": "http://intranet.example", "Access-Control-Request-Method": "GET"}
    plain = TestClient(create_app(Settings(cors_origins=[])))
    assert "access-control-allow-origin" not in plain.options("/health", headers=preflight).headers
    allowed = TestClient(create_app(Settings(cors_origins=["http://intranet.example"])))
    r = allowed.options("/health", headers=preflight)
    assert r.headers["access-control-allow-origin"] == "http://intranet.example"


def test_large_answers_are_gzipped(client: TestClient) -> None:
    r = client.get("/documents", params={"limit": 500}, headers={"Accept-Encoding": "gzip"})
    assert r.headers.get("content-encoding") == "gzip"
    raw = client.get("/static/app.css", headers={"Accept-Encoding": "gzip"})
    assert raw.headers.get("content-encoding") == "gzip"
