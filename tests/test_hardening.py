"""Issue 12, the API half: no 500 and no dropped connection on hostile parameters, no traceback or
server path in an answer, failed authentication rate-limited, a bound on concurrent uploads, uploads
parsed in a child process with a time and a memory limit, 503s that name no address."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from fastapi.testclient import TestClient
from neo4j import Driver
from neo4j.exceptions import AuthError, ClientError, Neo4jError, ServiceUnavailable

from api.limits import FailureLimiter, HeavyGate
from api.worker import ParseLimit, parse_in_child
from config import Settings, get_settings
from nqgraph.settings import DEV_API_KEY

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seed_data" / "004_c81e2607254c46bf.txt"
UID = "doc:66-CTr/TU@legacy:province:31@2024-02-02"
BODY = "body:legacy:province:31:ban dân vận thành ủy hải phòng"
HUGE_OFFSETS = ["9223372036854775808", "9223372036854775807", "1000001", "-1", "1e3", "99999999999999999999"]
PAGED: list[tuple[str, dict[str, str]]] = [
    ("/documents", {}), ("/tasks", {}), ("/bodies", {}), (f"/bodies/{quote(BODY, safe='')}/tasks", {}),
    ("/search", {"q": "dan van"}), (f"/body/{quote(BODY, safe='')}", {}),  # the web page's list too
]
LEAKS = ("Traceback", "/work/", str(REPO), "bolt://", "127.0.0.1:", "File \"")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def no_leak(text: str) -> None:
    for marker in LEAKS:
        assert marker not in text, f"{marker!r} in {text[:300]!r}"


# --- a real server: keep-alive is uvicorn's, not the TestClient's ---------------------------------------

@pytest.fixture(scope="module")
def server(seeded_db: Driver) -> Iterator[str]:
    """`uvicorn api.main:app` in a subprocess on a free port, against the seeded test database."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "api.main:app", "--port", str(port),
                             "--log-level", "warning"], cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "uvicorn exited"
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "uvicorn did not answer"
        time.sleep(0.3)
    try:
        yield base
    finally:
        proc.terminate()
        proc.wait(20)


def _local_port(r: httpx.Response) -> Any:
    return r.extensions["network_stream"].get_extra_info("client_addr")


@pytest.mark.db
@pytest.mark.parametrize(("path", "params"), PAGED)
def test_huge_offsets_are_422_and_the_connection_survives(server: str, path: str,
                                                          params: dict[str, str]) -> None:
    # A first request may compile its query plan (seconds on a busy machine): a hang guard, not a timing.
    with httpx.Client(base_url=server, headers={"X-API-Key": DEV_API_KEY}, timeout=60) as c:
        first = c.get(path, params=params)
        assert first.status_code == 200, first.text
        for offset in HUGE_OFFSETS:
            r = c.get(path, params={**params, "offset": offset})
            assert r.status_code == 422, (offset, r.text)
            if path.startswith("/body/"):  # a page: the message in the reader's language
                assert "offset" in r.text
            else:
                assert isinstance(r.json()["detail"], str) and "offset" in r.json()["detail"]
            no_leak(r.text)
        at_cap = c.get(path, params={**params, "offset": "1000000"})
        assert at_cap.status_code == 200, at_cap.text
        if not path.startswith("/body/"):
            assert at_cap.json()["items"] == []
        assert _local_port(at_cap) == _local_port(first), "the keep-alive connection was dropped"


@pytest.mark.db
def test_an_unexpected_error_is_json_without_traceback_and_keeps_the_connection(
        seeded_db: Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process app, real exception: the catch-all answers; the TestClient shows what uvicorn would get."""
    from api.main import create_app
    from api.routers import documents

    def boom(*_: Any, **__: Any) -> Any:
        raise RuntimeError(f"secret at {REPO}/api/x.py bolt://127.0.0.1:7687")

    monkeypatch.setattr(documents, "run", boom)
    with TestClient(create_app(), raise_server_exceptions=False) as c:
        r = c.get("/documents")
        assert r.status_code == 500 and r.json() == {"detail": "internal error"}
        no_leak(r.text)


@pytest.mark.db
def test_catch_all_answers_in_place_of_the_server(seeded_db: Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    """The exception does not reach the server (it would close the connection): raise_server_exceptions
    stays on, and the client still gets the JSON 500."""
    from api.main import create_app
    from api.routers import tasks

    monkeypatch.setattr(tasks, "read_tx", lambda *a, **k: 1 / 0)
    with TestClient(create_app()) as c:
        r = c.get("/tasks")
    assert r.status_code == 500 and r.json() == {"detail": "internal error"}


# --- the contract, in-process -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client(seeded_db: Driver) -> Iterator[TestClient]:
    from api.main import app

    with TestClient(app, headers={"X-API-Key": DEV_API_KEY}) as c:
        yield c


@pytest.mark.db
@pytest.mark.parametrize(("value", "status"), [
    ("7.8e-91", 422), ("1700000000", 422), ("0", 422), ("2024-02-30", 422), ("2024-2-2", 422),
    ("20240202", 422), ("2024-02-02T00:00", 422), ("2024-02-02", 200),
])
@pytest.mark.parametrize("url", [f"/documents/{quote(UID, safe='')}/coverage?as_of=",
                                 "/documents?issued_from=", "/documents?issued_to="])
def test_dates_are_iso_dates_only(client: TestClient, url: str, value: str, status: int) -> None:
    r = client.get(url + value)
    assert r.status_code == status, r.text
    if status == 422:
        assert "YYYY-MM-DD" in r.json()["detail"] or "date" in r.json()["detail"]


@pytest.mark.db
@pytest.mark.parametrize("method", ["TRACE", "PUT", "PATCH", "DELETE"])
def test_405_names_the_allowed_methods(client: TestClient, method: str) -> None:
    admin = {"X-API-Key": DEV_API_KEY}
    r = client.request(method, "/tasks", headers=admin)
    assert r.status_code == 405 and "GET" in r.headers["allow"], r.headers
    assert isinstance(r.json()["detail"], str)


@pytest.mark.db
def test_bad_multipart_is_400_json_and_documented(client: TestClient) -> None:
    r = client.post("/documents", content=b"--x\r\nnot a part", headers={
        "Content-Type": "multipart/form-data; boundary=x", "X-API-Key": DEV_API_KEY})
    assert r.status_code in (400, 422) and isinstance(r.json()["detail"], str), r.text
    responses = client.get("/openapi.json").json()["paths"]["/documents"]["post"]["responses"]
    assert {"400", "413", "422", "429", "503"} <= set(responses)


def test_every_operation_advertises_its_errors_as_error_out() -> None:
    from api.main import create_app

    schema = create_app().openapi()
    assert "HTTPValidationError" not in schema["components"]["schemas"]
    for path, operations in schema["paths"].items():
        for method, op in operations.items():
            for status in ("422", "429") if path != "/health" else ():
                content = op["responses"][status]["content"]["application/json"]["schema"]
                assert content == {"$ref": "#/components/schemas/ErrorOut"}, (method, path, status)


# --- 503s: no address; wrong credentials said plainly --------------------------------------------------

@pytest.mark.parametrize("exc", [
    ServiceUnavailable("Couldn't connect to 127.0.0.1:7687 (resolved to ('127.0.0.1:7687',))"),
    AuthError("The client is unauthorized due to authentication failure."),
])
def test_503_names_no_address(exc: Exception) -> None:
    from graph.db import CredentialsRefused, unavailable

    out = unavailable(exc)
    no_leak(str(out))
    assert isinstance(out, CredentialsRefused) == isinstance(exc, AuthError)


def test_authentication_rate_limit_is_a_503_saying_credentials() -> None:
    """Neo4j answers repeated failed logins with a ClientError, not an AuthError: still a 503."""
    import asyncio as aio

    from api.main import _client_error
    from graph.db import credentials_refused

    exc = Neo4jError._hydrate_neo4j(code="Neo.ClientError.Security.AuthenticationRateLimit",
                                    message="incorrect authentication details too many times in a row")
    assert isinstance(exc, ClientError) and not isinstance(exc, AuthError)
    assert credentials_refused(exc)
    request = type("R", (), {"url": type("U", (), {"path": "/documents"})()})()
    r = aio.run(_client_error(request, exc))  # type: ignore[arg-type]
    assert r.status_code == 503 and b"credentials" in r.body and r.headers["retry-after"]


# --- failed authentication, per client ------------------------------------------------------------------

def test_failure_limiter_counts_per_client_within_the_window() -> None:
    now = [1000.0]
    limiter = FailureLimiter(limit=3, window=60, clock=lambda: now[0])
    for _ in range(3):
        assert limiter.retry_after("10.0.0.1") == 0
        limiter.failed("10.0.0.1")
    assert limiter.retry_after("10.0.0.1") == 60
    assert limiter.retry_after("10.0.0.2") == 0
    now[0] += 30
    assert limiter.retry_after("10.0.0.1") == 30
    now[0] += 30.5
    assert limiter.retry_after("10.0.0.1") == 0


def test_failure_limiter_forgets_the_oldest_clients_first() -> None:
    limiter = FailureLimiter(limit=1, window=60, max_clients=2)
    for client in ("a", "b", "c"):
        limiter.failed(client)
    assert [limiter.retry_after(c) > 0 for c in ("a", "b", "c")] == [False, True, True]


def test_wrong_keys_are_429_after_the_limit_for_that_client_only(tmp_path: Path) -> None:
    from api.auth import configure
    from api.main import create_app

    settings = Settings(env="production", neo4j_password="a-real-secret-0123", local_dir=tmp_path,
                        api_keys=[f"k:read:sha256:{__import__('hashlib').sha256(b'right-key').hexdigest()}"])
    app = create_app(settings)
    access = configure(app, settings)
    access.failures = FailureLimiter(limit=3, window=60)
    guesser = TestClient(app, client=("203.0.113.7", 5000))
    other = TestClient(app, client=("203.0.113.8", 5000))
    statuses = [guesser.get("/documents", headers={"X-API-Key": f"guess-{i}"}).status_code for i in range(5)]
    assert statuses == [401, 401, 401, 429, 429]
    blocked = guesser.get("/documents", headers={"Authorization": "Bearer right-key"})
    assert blocked.status_code == 429 and 1 <= int(blocked.headers["retry-after"]) <= 60
    assert isinstance(blocked.json()["detail"], str)
    assert other.get("/documents", headers={"X-API-Key": "guess"}).status_code == 401


# --- a bound on concurrent uploads ----------------------------------------------------------------------

def test_heavy_gate_refuses_past_its_bound_instead_of_queueing() -> None:
    release = asyncio.Event()
    entered: list[str] = []

    async def slow_app(scope: Any, receive: Any, send: Any) -> None:
        entered.append(scope["path"])
        await release.wait()
        await send({"type": "http.response.start", "status": 201, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    gate = HeavyGate(slow_app, bound=2)

    async def call(path: str, method: str = "POST") -> int:
        sent: list[Any] = []

        async def receive() -> Any:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: Any) -> None:
            sent.append(message)

        await gate({"type": "http", "method": method, "path": path, "headers": []}, receive, send)
        return int(sent[0]["status"])

    async def scenario() -> list[int]:
        first = [asyncio.create_task(call("/documents")), asyncio.create_task(call("/upload"))]
        await asyncio.sleep(0.01)
        refused = await call("/documents")
        release.set()
        done = [await t for t in first]
        return [refused, *done, await call("/documents")]

    assert asyncio.run(scenario()) == [503, 201, 201, 201]
    assert gate.running == 0


# --- the limits are settings, read through the app's -------------------------------------------------------

@pytest.mark.parametrize(("env", "field", "value", "parsed", "default"), [
    ("NQGRAPH_AUTH_FAILURES", "auth_failures", "7", 7, 10),
    ("NQGRAPH_AUTH_WINDOW", "auth_window", "120", 120, 60),
    ("NQGRAPH_MAX_UPLOADS", "max_uploads", "4", 4, 2),
    ("NQGRAPH_PARSE_TIMEOUT", "parse_timeout", "2.5", 2.5, 20.0),
    ("NQGRAPH_PARSE_MEMORY_MB", "parse_memory_mb", "2048", 2048, 1536),
    ("NQGRAPH_OCR_JOB_TIMEOUT", "ocr_job_timeout", "300", 300.0, 1200.0),
])
def test_each_limit_is_a_validated_setting(monkeypatch: pytest.MonkeyPatch, env: str, field: str, value: str,
                                           parsed: float, default: float) -> None:
    from pydantic import ValidationError

    from nqgraph.cli import explain

    monkeypatch.delenv(env, raising=False)
    assert getattr(Settings(), field) == default
    monkeypatch.setenv(env, value)
    assert getattr(Settings(), field) == parsed
    for bad in ("0", "-1", "many"):
        monkeypatch.setenv(env, bad)
        with pytest.raises(ValidationError) as caught:
            Settings()
        message = explain(caught.value)
        assert message.startswith(f"settings: {env}: "), message
        assert "many" not in message  # the value is not echoed


def test_the_app_takes_its_limits_from_its_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from api import main
    from api.auth import access_of

    settings = Settings(auth_failures=3, auth_window=30, max_uploads=5, ocr_job_timeout=90,
                        local_dir=tmp_path)
    app = main.create_app(settings)
    failures = access_of(app).failures
    assert (failures.limit, failures.window) == (3, 30.0)
    assert [m.kwargs for m in app.user_middleware if m.cls is HeavyGate] == [{"bound": 5}]

    class Stub:
        def close(self) -> None:
            pass

    # The lifespan's job queue, with no Neo4j and no forkserver.
    monkeypatch.setattr(main, "make_driver", lambda **timeouts: Stub())
    monkeypatch.setattr(main, "make_read_driver", lambda **timeouts: None)
    monkeypatch.setattr(main, "warm_parser", lambda: None)
    monkeypatch.setattr(main, "ensure_ready", lambda driver: None)
    with TestClient(app):
        assert app.state.jobs.time_limit == 90


# --- parsing in a child process: time and memory limits ---------------------------------------------------

MEMORY = 1536 * 2**20  # NQGRAPH_PARSE_MEMORY_MB's default, in bytes


def test_the_child_parses_as_the_request_did() -> None:
    from api.upload import parse_upload

    raw = SEED.read_bytes()
    assert parse_in_child(raw, SEED.name, timeout=60.0, memory=MEMORY) == parse_upload(raw, SEED.name)


@pytest.mark.parametrize(("timeout", "memory", "reason"), [
    (0.05, MEMORY, "longer than"),
    (60.0, 64 * 2**20, "MiB"),
])
def test_a_parse_past_a_limit_is_refused(timeout: float, memory: int, reason: str) -> None:
    raw = SEED.read_bytes() * 200  # 5 MB of directive text
    with pytest.raises(ParseLimit) as caught:
        parse_in_child(raw, "huge.txt", timeout=timeout, memory=memory)
    assert reason in caught.value.reason


def test_a_huge_upload_is_422_within_the_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """19 MB of text: refused by the child's time limit (NQGRAPH_PARSE_TIMEOUT, read through the app's
    settings), the request worker only waits for it."""
    from api.auth import configure
    from api.jobs import JobQueue
    from api.main import app

    monkeypatch.setenv("NQGRAPH_PARSE_TIMEOUT", "2")
    saved = dict(app.state._state)
    settings = configure(app, Settings()).settings
    assert settings.parse_timeout == 2
    app.state.driver, app.state.jobs = object(), JobQueue(settings.ocr_job_timeout)  # no write is reached
    try:
        raw = (SEED.read_bytes() * 800)[:19_000_000]
        r = TestClient(app).post("/documents", files={"file": ("big.txt", raw, "text/plain")},
                                 headers={"X-API-Key": DEV_API_KEY})
    finally:
        app.state.jobs.close()
        app.state._state.clear()
        app.state._state.update(saved)
    assert r.status_code == 422 and "longer than 2 s" in r.json()["detail"], r.text
    no_leak(r.text)


@pytest.mark.db
def test_the_apis_drivers_are_not_told_of_absent_property_keys(seeded_db: Driver) -> None:
    """A property no node has yet (a deadline's month_day in a graph without one) made Neo4j warn on every
    request naming it: 5 KB of log per /tasks call at ten directives. The CLI's driver still hears of it."""
    from graph.db import API_DRIVER_NOTIFICATIONS, API_DRIVER_TIMEOUTS, make_driver

    query = "MATCH (d:Document) RETURN d.nqgraph_no_such_property AS x LIMIT 1"

    def statuses(driver: Driver) -> set[str]:
        with driver.session(database=get_settings().neo4j_database) as s:
            summary = s.run(query).consume()
        return {g.gql_status for g in summary.gql_status_objects}

    with make_driver() as plain:
        assert "01N52" in statuses(plain)
    with make_driver(**API_DRIVER_TIMEOUTS, **API_DRIVER_NOTIFICATIONS) as api:
        assert "01N52" not in statuses(api)
