"""The read-answer cache (api/cache.py): answers from memory only while the graph is unchanged, a commit
by anyone makes them stale, a write through the API empties it, and only API reads that succeeded are
kept, within the bound."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, MutableMapping
from typing import Any

import pytest
from fastapi.testclient import TestClient
from neo4j import Driver

from api.cache import Answers, ResponseCache, VersionWatch
from api.main import app
from graph.db import graph_version
from nqgraph.settings import DEV_API_KEY, Settings

NUMBER = "66-CTr/TU"


@pytest.fixture(scope="module")
def client(seeded_db: Driver) -> Iterator[TestClient]:
    with TestClient(app) as c:
        assert app.state.version_watch is not None, "the cache is on by default"
        yield c


def fresh() -> None:
    """A check of the graph's version now: a test must not depend on its thread being scheduled in time
    on a busy machine (past 1.5 s without a check nothing is served from memory, by design)."""
    app.state.version_watch.check()


def _commit(driver: Driver) -> None:
    """Two commits that leave the graph as it was (one creating and deleting a node commits nothing)."""
    with driver.session() as s:
        s.run("CREATE (:CacheProbe)").consume()
        s.run("MATCH (p:CacheProbe) DELETE p").consume()


def test_graph_version_changes_with_any_commit_and_only_then(seeded_db: Driver) -> None:
    before = graph_version(seeded_db)
    assert before and graph_version(seeded_db) == before
    _commit(seeded_db)
    after = graph_version(seeded_db)
    assert after and after != before


def test_a_repeated_read_comes_from_memory_until_anyone_commits(client: TestClient,
                                                                seeded_db: Driver) -> None:
    url = f"/documents/by-number?number={NUMBER}"
    fresh()
    first, second = client.get(url), client.get(url)
    assert first.status_code == second.status_code == 200
    assert second.headers["x-cache"] == "hit" and second.json() == first.json()
    title = first.json()["title"]
    with seeded_db.session() as s:  # a load by another process, as far as the API can tell
        s.run("MATCH (d:Document {uid: $uid}) SET d.title = $t", uid=first.json()["uid"],
              t=title + " (đã sửa)").consume()
    try:
        app.state.version_watch.check()  # what its thread does within NQGRAPH_CACHE_REFRESH
        changed = client.get(url)
        assert changed.headers["x-cache"] == "miss"
        assert changed.json()["title"] == title + " (đã sửa)"
    finally:
        with seeded_db.session() as s:
            s.run("MATCH (d:Document {uid: $uid}) SET d.title = $t", uid=first.json()["uid"],
                  t=title).consume()
        app.state.version_watch.check()
    assert client.get(url).json()["title"] == title


def test_any_write_through_the_api_empties_it(client: TestClient) -> None:
    url = "/tasks?label=4.3"
    fresh()
    client.get(url)
    assert client.get(url).headers["x-cache"] == "hit"
    # even a write that fails: the cache cannot tell what it did (one refused by access control never
    # reaches it)
    refused = client.post("/documents", headers={"X-API-Key": DEV_API_KEY})
    assert refused.status_code >= 400
    assert client.get(url).headers["x-cache"] == "miss"


@pytest.mark.parametrize("url", ["/health", "/", "/documents/doc:nowhere", "/jobs/unknown",
                                 "/openapi.json"])
def test_what_is_never_kept(client: TestClient, url: str) -> None:
    client.get(url)
    assert client.get(url).headers.get("x-cache") != "hit"


def test_gzip_and_plain_answers_are_kept_apart(client: TestClient) -> None:
    url = "/search?q=dai+doan+ket"
    fresh()
    zipped = [client.get(url, headers={"Accept-Encoding": "gzip"}) for _ in range(2)]
    plain = [client.get(url, headers={"Accept-Encoding": "identity"}) for _ in range(2)]
    assert zipped[1].headers["x-cache"] == plain[1].headers["x-cache"] == "hit"
    assert zipped[1].headers.get("content-encoding") == "gzip"
    assert "content-encoding" not in plain[1].headers
    assert zipped[1].json() == plain[1].json()


def test_nothing_is_served_from_memory_while_neo4j_does_not_answer() -> None:
    def dead() -> Any:
        raise OSError("connection refused")

    watch = VersionWatch(dead, Settings(), refresh=0.5)  # type: ignore[arg-type]
    watch.check()
    assert watch.current() is None


# --- the middleware alone, on a stand-in app --------------------------------------------------------


class FixedWatch:
    def __init__(self) -> None:
        self.version: str | None = "v1"

    def current(self) -> str | None:
        return self.version


def _app(status: int = 200, size: int = 100, content_type: bytes = b"application/json") -> Any:
    """A stand-in ASGI app answering `size` bytes, counting its calls."""
    calls = {"n": 0}

    async def inner(scope: dict[str, Any], receive: Any, send: Any) -> None:
        calls["n"] += 1
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", content_type)]})
        await send({"type": "http.response.body", "body": b"x" * size})

    inner.calls = calls  # type: ignore[attr-defined]
    return inner


def _get(cache: ResponseCache, path: str, method: str = "GET") -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(dict(message))

    scope = {"type": "http", "method": method, "path": path, "query_string": b"", "headers": []}
    asyncio.run(cache(scope, receive, send))
    return sent


@pytest.mark.parametrize(("status", "content_type", "kept"), [
    (200, b"application/json", True),
    (404, b"application/json", False),
    (503, b"application/json", False),
    (200, b"text/html; charset=utf-8", False),
])
def test_only_successful_json_is_kept(status: int, content_type: bytes, kept: bool) -> None:
    inner = _app(status=status, content_type=content_type)
    cache = ResponseCache(inner, Answers(10_000), watch=FixedWatch)
    _get(cache, "/documents")
    _get(cache, "/documents")
    assert inner.calls["n"] == (1 if kept else 2)


def test_a_new_version_or_an_unknown_one_reaches_the_app() -> None:
    inner, watch = _app(), FixedWatch()
    cache = ResponseCache(inner, Answers(10_000), watch=lambda: watch)
    _get(cache, "/tasks")
    watch.version = "v2"
    _get(cache, "/tasks")
    watch.version = None
    _get(cache, "/tasks")
    _get(cache, "/tasks")
    assert inner.calls["n"] == 4


def test_the_bound_drops_the_least_recently_used_and_skips_the_huge() -> None:
    inner = _app(size=100)
    cache = ResponseCache(inner, Answers(800), watch=FixedWatch)  # an answer may be 800 / 8 = 100 B
    for path in ("/documents/a", "/documents/b", "/documents/c", "/documents/d", "/documents/e",
                 "/documents/f", "/documents/g", "/documents/h"):
        _get(cache, path)
    assert cache.answers.size == 800
    _get(cache, "/documents/a")  # a becomes the most recent
    _get(cache, "/documents/i")  # b, the least recent, goes
    assert cache.answers.size <= 800 and len(cache.answers.entries) == 8
    assert not any(key[0] == "/documents/b" for key in cache.answers.entries)
    huge = ResponseCache(_app(size=101), Answers(800), watch=FixedWatch)
    _get(huge, "/documents/a")
    assert huge.answers.size == 0


def test_an_answer_begun_before_a_write_ended_is_not_kept() -> None:
    cache: ResponseCache

    async def inner(scope: dict[str, Any], receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json")]})
        cache.answers.clear()  # a write through the API ends while this answer is being sent
        await send({"type": "http.response.body", "body": b"{}"})

    cache = ResponseCache(inner, Answers(10_000), watch=FixedWatch)  # type: ignore[arg-type]
    _get(cache, "/documents")
    assert not cache.answers.entries


def test_a_queued_job_that_ends_empties_it(client: TestClient) -> None:
    """An OCR job writes after its request has ended; its end hook drops what was kept."""
    from starlette.requests import Request

    from api.auth import job_ended

    url = "/tasks?label=4.3"
    fresh()
    client.get(url)
    assert client.get(url).headers["x-cache"] == "hit"
    request = Request({"type": "http", "app": app, "method": "POST", "path": "/documents", "headers": [],
                       "query_string": b"", "state": {}})
    job_ended(request)({"action": "refused", "refused": "a test of the hook"})
    assert client.get(url).headers["x-cache"] == "miss"
