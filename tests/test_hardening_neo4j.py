"""A frozen Neo4j and refused credentials, against a Neo4j of the test's own: started on free ports in a
temporary directory and stopped at the end, never the shared test database (freezing it, or making it
rate-limit logins, would fail whatever runs beside).

Not timed assertions: each request must answer at all within a generous bound (the driver's defaults
waited minutes); the seconds it took are printed for the report and bench."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from config import Settings, get_settings

ANSWER_WITHIN = 20.0  # a liveness bound, far above the few seconds expected: a hang fails, noise does not
LEAKS = ("bolt://", "127.0.0.1", "localhost", "Traceback")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _link_tree(src: Path, dst: Path) -> None:
    """The shared instance's verified jars and compiled launcher, hard-linked: no copy, no compile."""
    if src.is_dir() and not dst.exists():
        shutil.copytree(src, dst, copy_function=os.link)


@pytest.fixture(scope="module")
def own_neo4j(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    from graph import launcher

    home = tmp_path_factory.mktemp("own-neo4j")
    shared = launcher.Paths.of(get_settings())
    mine = launcher.Paths(home / "neo4j")
    mine.home.mkdir(parents=True)
    for sub in ("lib", "classes", "plugins"):
        _link_tree(shared.home / sub, mine.home / sub)
    s = Settings(local_dir=home, neo4j_bolt_port=_free_port(), neo4j_http_port=_free_port(),
                 neo4j_heap="384m", neo4j_pagecache="32m", neo4j_uri=None)
    launcher.start(s)
    try:
        yield s
    finally:
        pid = launcher.running_pid(s)
        if pid is not None:
            os.kill(pid, signal.SIGCONT)  # a failed test may have left it frozen
        launcher.stop(s)


def _app(settings: Settings, driver: Driver) -> TestClient:
    """The app with the given driver and no lifespan (it would open one to the shared database)."""
    from api.jobs import JobQueue
    from api.main import create_app

    app = create_app()
    jobs = JobQueue(settings.ocr_job_timeout)
    app.state.driver, app.state.read_driver, app.state.jobs = driver, None, jobs
    app.state.schema_applied = True
    return TestClient(app)


def _timed_get(client: TestClient, url: str) -> tuple[Any, float]:
    """The answer and its seconds; fails (instead of hanging the suite) past ANSWER_WITHIN."""
    out: dict[str, Any] = {}

    def call() -> None:
        out["r"] = client.get(url)

    started = time.monotonic()
    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(ANSWER_WITHIN)
    assert not worker.is_alive(), f"{url}: no answer within {ANSWER_WITHIN:.0f} s"
    return out["r"], time.monotonic() - started


def _cli_gives_up(settings: Settings) -> float:
    """The CLI's driver (graph.db.DRIVER_TIMEOUTS, no override) raises DatabaseUnavailable, not hangs."""
    from graph.db import DatabaseUnavailable, make_driver, server_version

    out: dict[str, Any] = {}

    def call() -> None:
        with make_driver(settings) as d:
            try:
                server_version(d)
            except DatabaseUnavailable as exc:
                out["error"] = exc

    started = time.monotonic()
    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(ANSWER_WITHIN)
    assert not worker.is_alive(), f"the CLI's driver waited more than {ANSWER_WITHIN:.0f} s"
    assert "does not answer" in str(out.get("error")), out
    return time.monotonic() - started


@pytest.mark.db
def test_a_frozen_neo4j_is_a_503_within_seconds_then_recovers(own_neo4j: Settings) -> None:
    from graph import launcher
    from graph.db import API_DRIVER_TIMEOUTS, make_driver

    driver = make_driver(own_neo4j, **API_DRIVER_TIMEOUTS)
    client = _app(own_neo4j, driver)
    pid = launcher.running_pid(own_neo4j)
    assert pid is not None
    try:
        assert client.get("/health").status_code == 200
        os.kill(pid, signal.SIGSTOP)
        seconds = {}
        for url in ("/health", "/documents", "/search?q=dan+van", "/tasks?label=4.3"):
            r, seconds[url] = _timed_get(client, url)
            assert r.status_code == 503, (url, r.text)
            text = r.text
            assert all(leak not in text for leak in LEAKS), text
            assert "does not answer" in text
        print("\nfrozen Neo4j, seconds to the 503:", {k: round(v, 1) for k, v in seconds.items()})
        cli_seconds = _cli_gives_up(own_neo4j)
        print(f"frozen Neo4j, seconds until the CLI's driver (default timeouts) gives up: {cli_seconds:.1f}")
    finally:
        os.kill(pid, signal.SIGCONT)
    r, _ = _timed_get(client, "/health")
    assert r.status_code == 200, r.text
    driver.close()


@pytest.mark.db
def test_answers_kept_in_memory_stop_within_seconds_of_a_freeze(own_neo4j: Settings) -> None:
    """With the read cache's watch running (api/cache.py), a frozen Neo4j still ends in 503s within
    seconds: nothing is served from memory once the last check is older than a second or so."""
    from api.cache import VersionWatch
    from graph import launcher
    from graph.db import API_DRIVER_TIMEOUTS, make_driver

    driver = make_driver(own_neo4j, **API_DRIVER_TIMEOUTS)
    client = _app(own_neo4j, driver)
    app: Any = client.app
    watch = app.state.version_watch = VersionWatch(lambda: driver, own_neo4j, refresh=0.5).start()
    pid = launcher.running_pid(own_neo4j)
    assert pid is not None
    urls = ("/documents", "/search?q=dan+van", "/tasks?label=4.3", "/health")
    try:
        deadline = time.monotonic() + 10
        while watch.current() is None:
            assert time.monotonic() < deadline, "the watch never reached Neo4j"
            time.sleep(0.1)
        for url in urls[:3:2]:  # the test's Neo4j holds no full-text index: /search is no 200 to keep
            watch.check()  # now, not whenever its thread is next scheduled on a busy machine
            client.get(url)
            assert client.get(url).headers.get("x-cache") == "hit", url
        os.kill(pid, signal.SIGSTOP)
        seconds = {}
        for url in urls:  # each timed from its own first request (they run one after another)
            frozen_at = time.monotonic()
            while True:
                r, _ = _timed_get(client, url)
                if r.status_code == 503:
                    seconds[url] = time.monotonic() - frozen_at
                    break
                assert r.status_code < 500, (url, r.text)
                assert time.monotonic() - frozen_at < ANSWER_WITHIN, f"{url}: still answered from memory"
        print("\nfrozen Neo4j with the cache, seconds to the 503:",
              {k: round(v, 1) for k, v in seconds.items()})
    finally:
        os.kill(pid, signal.SIGCONT)
        watch.stop()
    r, _ = _timed_get(client, "/documents")
    assert r.status_code == 200, r.text
    driver.close()


@pytest.mark.db
def test_wrong_credentials_and_neo4js_rate_limit_are_503_saying_so(own_neo4j: Settings,
                                                                    caplog: pytest.LogCaptureFixture) -> None:
    """Neo4j locks a user out after failed logins (AuthenticationRateLimit, a ClientError): the answer
    must stay a 503 that says the credentials are refused. The Neo4j is the test's own, so the lock
    touches nothing else."""
    from graph.db import API_DRIVER_TIMEOUTS, make_driver

    wrong = own_neo4j.model_copy(update={"neo4j_password": "wrong-password"})
    driver = make_driver(wrong, **API_DRIVER_TIMEOUTS)
    client = _app(wrong, driver)
    seen: list[tuple[int, str]] = []
    try:
        for url in ["/health", "/documents", "/search?q=dan+van", "/tasks?label=4.3"] * 4:
            r, _ = _timed_get(client, url)
            seen.append((r.status_code, r.json()["detail"]))
    finally:
        driver.close()
    assert all(status == 503 for status, _ in seen), seen
    assert "AuthenticationRateLimit" in caplog.text, "Neo4j never rate-limited: the case is not covered"
    assert all("credentials" in detail and "127.0.0.1" not in detail for _, detail in seen), seen
