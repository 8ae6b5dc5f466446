"""The web app's pages without a browser: the upload form, errors as pages, the language toggle."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from api.main import app
from nqgraph.settings import DEV_API_KEY

pytestmark = pytest.mark.db
SEEDS = Path(__file__).resolve().parent.parent / "seed_data"


@pytest.fixture(scope="module")
def client(seeded_db: Driver) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


def _upload(client: TestClient, key: str, name: str, data: bytes) -> tuple[int, str]:
    r = client.post("/upload", data={"api_key": key}, files={"file": (name, data, "text/plain")})
    return r.status_code, r.text


def test_upload_form_loads_a_plan_and_shows_the_parser_warnings(client: TestClient) -> None:
    seed = next(SEEDS.glob("001_*.txt"))  # names no province: the parser says so
    status, html = _upload(client, DEV_API_KEY, seed.name, seed.read_bytes())
    assert status == 200
    assert "Đã nạp văn bản" in html and 'class="warnings"' in html
    assert "issuer locality unknown" in html


@pytest.mark.parametrize("key, name, data, status, words", [
    ("", "a.txt", b"x", 401, "API key"),
    ("wrong", "a.txt", b"x", 403, "not valid"),
    (DEV_API_KEY, "a.pdf", b"%PDF-1.4", 422, "PDF"),  # a damaged PDF, refused before any OCR job
])
def test_upload_form_refusals_are_shown_on_the_page(client: TestClient, key: str, name: str, data: bytes,
                                                     status: int, words: str) -> None:
    got, html = _upload(client, key, name, data)
    assert got == status and words in html and 'role="alert"' in html


def test_errors_on_pages_are_pages_and_on_the_api_json(client: TestClient) -> None:
    page = client.get("/doc/doc:nothing")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Lỗi 404" in page.text
    api = client.get("/documents/doc:nothing")
    assert api.status_code == 404 and api.json()["detail"]


def test_the_english_toggle_is_remembered(client: TestClient) -> None:
    r = client.get("/lang/en", params={"back": "/upload"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/upload"
    client.cookies.set("lang", "en")
    assert "Upload and load" in client.get("/upload").text
    client.cookies.set("lang", "vi")
    assert "Tải lên và nạp" in client.get("/upload").text
    assert client.get("/lang/en", params={"back": "//evil.example"}, follow_redirects=False
                      ).headers["location"] == "/"
