"""The web app's pages without a browser: the upload form (a session's, with its CSRF token, or a system's
API key), errors as pages, the language toggle."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from api.main import app
from nqgraph.settings import DEV_API_KEY, DEV_PASSWORD, DEV_USER

pytestmark = pytest.mark.db
SEEDS = Path(__file__).resolve().parent.parent / "seed_data"


@pytest.fixture(scope="module")
def client(seeded_db: Driver) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


def _upload(client: TestClient, key: str | None, name: str, data: bytes) -> tuple[int, str]:
    """A system's upload through the page: its API key in a header (a browser's form has the session)."""
    headers = {"X-API-Key": key} if key is not None else {}
    r = client.post("/upload", headers=headers, files={"file": (name, data, "text/plain")})
    return r.status_code, r.text


def _sign_in(client: TestClient) -> None:
    page = client.get("/login", params={"next": "/upload"})
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token
    r = client.post("/login", data={"username": DEV_USER, "password": DEV_PASSWORD,
                                    "csrf_token": token[1], "next": "/upload"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/upload"


def test_upload_form_loads_a_plan_and_shows_the_parser_warnings(client: TestClient) -> None:
    seed = next(SEEDS.glob("001_*.txt"))  # names no province: the parser says so
    status, html = _upload(client, DEV_API_KEY, seed.name, seed.read_bytes())
    assert status == 200
    assert "Đã nạp văn bản" in html and 'class="warnings"' in html
    assert "issuer locality unknown" in html


@pytest.mark.parametrize("key, name, data, status, words", [
    (None, "a.txt", b"x", 401, "credential"),
    ("wrong", "a.txt", b"x", 401, "not valid"),
])
def test_upload_without_a_valid_credential_is_refused_before_the_page(
        client: TestClient, key: str | None, name: str, data: bytes, status: int, words: str) -> None:
    got, text = _upload(client, key, name, data)
    assert got == status and words in text


def test_upload_form_refusals_are_shown_on_the_page(client: TestClient) -> None:
    got, html = _upload(client, DEV_API_KEY, "a.pdf", b"%PDF-1.4")  # a damaged PDF, refused before any OCR
    assert got == 422 and "PDF" in html and 'role="alert"' in html


def test_the_form_is_for_signed_in_people_and_carries_the_csrf_token(client: TestClient) -> None:
    seed = next(SEEDS.glob("004_*.txt"))
    files = {"file": (seed.name, seed.read_bytes(), "text/plain")}
    anonymous = client.get("/upload").text
    assert 'type="file"' not in anonymous and "/login?next=/upload" in anonymous
    _sign_in(client)
    try:
        form = client.get("/upload").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form)
        assert token and 'type="file"' in form and 'name="api_key"' not in form
        assert client.post("/upload", files=files).status_code == 403
        r = client.post("/upload", files=files, data={"csrf_token": token[1]})
        assert r.status_code == 200 and "Đã nạp văn bản" in r.text
    finally:
        client.cookies.clear()


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
    assert "Sign in with the upload scope" in client.get("/upload").text
    client.cookies.set("lang", "vi")
    assert "Đăng nhập bằng tài khoản có quyền tải lên" in client.get("/upload").text
    assert client.get("/lang/en", params={"back": "//evil.example"}, follow_redirects=False
                      ).headers["location"] == "/"


def test_the_signed_in_form_replaces_a_loaded_document_only_when_ticked(client: TestClient) -> None:
    """Other bytes claiming seed 004's identity: refused on the page, loaded with the replace box (and
    the CSRF token); the seed is put back the same way."""
    seed = next(SEEDS.glob("004_*.txt"))
    _sign_in(client)
    try:
        form = client.get("/upload").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form)
        assert token and 'name="replace"' in form

        def post(data: bytes, replace: bool, name: str = "junk.txt") -> tuple[int, str]:
            fields = {"csrf_token": token[1], **({"replace": "true"} if replace else {})}
            r = client.post("/upload", files={"file": (name, data, "text/plain")}, data=fields)
            return r.status_code, r.text

        junk = seed.read_bytes() + "\n\nrác thêm vào cuối tệp\n".encode()
        refused, html = post(junk, replace=False)
        assert refused == 409 and 'role="alert"' in html
        try:
            assert post(junk, replace=True)[0] == 200
        finally:
            assert post(seed.read_bytes(), replace=True, name=seed.name)[0] == 200
    finally:
        client.cookies.clear()
