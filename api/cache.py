"""Read answers kept in memory while the graph is unchanged.

Why: the same lists, details and searches are asked again and again (dashboards, the web app, systems
polling), and each costs Neo4j a transaction or two. An answer is reused only while the database's last
committed transaction is the one it was computed under, so a commit by anyone (this API, `nqgraph
load`, another worker, the Neo4j Browser) makes every earlier answer stale:

- `VersionWatch` asks Neo4j for that transaction (`graph.db.graph_version`) every `cache_refresh`
  seconds (0.5 s) in a thread. An answer may therefore lag a commit made by another process by at most
  that much plus one check. While the checks fail (Neo4j down or frozen) nothing is served from memory,
  so requests reach Neo4j and are answered 503 as before.
- A write made through this API (any method but GET and HEAD) empties the cache when it ends, and no
  answer begun before it is stored: a client reads its own upload at once.
- Only successful JSON answers of the API's read routes are kept (never pages, sessions, jobs, health or
  admin), keyed by path, query, whether gzip is accepted and today's date (`as_of` defaults to today),
  within `response_cache_mb` MiB, least recently used dropped first. Access control runs before this.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from neo4j import Driver

from api.limits import ASGIApp, Message, Receive, Scope, Send
from config import Settings
from graph.db import graph_version

log = logging.getLogger("nqgraph.api")

CACHED_PREFIXES = ("/documents", "/tasks", "/bodies", "/search")
# An answer larger than this share of the cache is served but not kept (a few huge answers must not
# evict everything else).
LARGEST_SHARE = 8


class Watch(Protocol):
    def current(self) -> str | None: ...


class VersionWatch:
    """The graph's last commit as last seen, refreshed in a daemon thread; `current()` is None when the
    last successful check is older than `max_age` (Neo4j not answering) or Neo4j gives no token."""

    def __init__(self, driver_of: Callable[[], Driver], settings: Settings, refresh: float) -> None:
        self.driver_of = driver_of  # asked at each check (a test points it at a dead driver)
        self.settings = settings
        self.refresh = refresh
        self.max_age = max(1.0, 3 * refresh)
        self._version: str | None = None
        self._seen_at = 0.0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="nqgraph-graph-version", daemon=True)

    def start(self) -> VersionWatch:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Returns once no check runs (a check is bounded by the driver's timeouts), so the driver may
        then be closed: closing it under a running check breaks the connection's buffers."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30.0)

    def check(self) -> None:
        driver = None
        try:
            driver = self.driver_of()
            version = graph_version(driver, self.settings, timeout=max(1.0, self.refresh))
        except Exception as exc:  # noqa: BLE001 - any failure means: serve nothing from memory
            if self._version is not None:
                log.info("graph version unknown, answers not cached until Neo4j answers: %s", exc)
            self._version = None
            return
        with self._lock:
            if driver is self.driver_of():  # not a check begun before the driver was replaced
                self._version = version or None
                self._seen_at = time.monotonic()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.check()
            self._stop.wait(self.refresh)

    def current(self) -> str | None:
        if self._version is None or time.monotonic() - self._seen_at > self.max_age:
            return None
        return self._version


@dataclass(frozen=True)
class Entry:
    version: str
    generation: int
    start: Message
    body: bytes


class Answers:
    """The kept answers, bounded in bytes, least recently used dropped first. One per app
    (`app.state.answers`): whatever in the process writes outside a request (an OCR job) calls
    `clear()` when it has written."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.entries: OrderedDict[tuple[str, ...], Entry] = OrderedDict()
        self.size = 0
        self.generation = 0
        self.hits = 0
        self.misses = 0
        self._lock = threading.Lock()

    def clear(self) -> None:
        with self._lock:
            self.generation += 1
            self.entries.clear()
            self.size = 0

    def lookup(self, key: tuple[str, ...], version: str) -> tuple[int, Entry | None]:
        """The generation now, and the entry kept under this version and generation, if any."""
        with self._lock:
            entry = self.entries.get(key)
            if entry is not None and entry.version == version and entry.generation == self.generation:
                self.entries.move_to_end(key)
                self.hits += 1
                return self.generation, entry
            self.misses += 1
            return self.generation, None

    def store(self, key: tuple[str, ...], entry: Entry) -> None:
        with self._lock:
            if entry.generation != self.generation:
                return  # a write ended while this answer was computed: it may predate the write
            old = self.entries.pop(key, None)
            if old is not None:
                self.size -= len(old.body)
            self.entries[key] = entry
            self.size += len(entry.body)
            while self.size > self.max_bytes and self.entries:
                _, dropped = self.entries.popitem(last=False)
                self.size -= len(dropped.body)


class ResponseCache:
    """ASGI middleware (inside access control, outside gzip): see the module's docstring."""

    def __init__(self, app: ASGIApp, answers: Answers, watch: Callable[[], Watch | None]) -> None:
        self.app = app
        self.answers = answers
        self.watch = watch

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.answers.max_bytes <= 0:
            await self.app(scope, receive, send)
        elif scope["method"] not in ("GET", "HEAD"):
            try:
                await self.app(scope, receive, send)
            finally:
                self.answers.clear()
        elif scope["method"] == "GET" and scope["path"].startswith(CACHED_PREFIXES):
            await self._read(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _read(self, scope: Scope, receive: Receive, send: Send) -> None:
        watch = self.watch()
        version = watch.current() if watch is not None else None
        if version is None:
            await self.app(scope, receive, send)
            return
        key = _key(scope)
        generation, entry = self.answers.lookup(key, version)
        if entry is not None:
            await send({**entry.start, "headers": [*entry.start["headers"], (b"x-cache", b"hit")]})
            await send({"type": "http.response.body", "body": entry.body})
            return
        await self._fill(scope, receive, send, key, version, generation)

    async def _fill(self, scope: Scope, receive: Receive, send: Send, key: tuple[str, ...], version: str,
                    generation: int) -> None:
        start: Message | None = None
        chunks: list[bytes] = []
        keep = True
        limit = self.answers.max_bytes // LARGEST_SHARE

        async def sending(message: Message) -> None:
            nonlocal start, keep
            if message["type"] == "http.response.start":
                start = message
                keep = message["status"] == 200 and _storable(message["headers"])
                message = {**message, "headers": [*message["headers"], (b"x-cache", b"miss")]}
            elif message["type"] == "http.response.body" and keep:
                chunks.append(message.get("body", b""))
                keep = sum(map(len, chunks)) <= limit
                if keep and not message.get("more_body", False) and start is not None:
                    self.answers.store(key, Entry(version, generation, dict(start), b"".join(chunks)))
            await send(message)

        await self.app(scope, receive, sending)


def _key(scope: Scope) -> tuple[str, ...]:
    accepts = b""
    for name, value in scope["headers"]:
        if name == b"accept-encoding":
            accepts += value
    gzip = "gzip" if b"gzip" in accepts else ""
    return (scope["path"], scope.get("query_string", b"").decode("latin-1"), gzip,
            date.today().isoformat())


def _storable(headers: list[tuple[bytes, bytes]]) -> bool:
    """JSON, no cookie, nothing the route marked private or not to be stored."""
    json = False
    for name, value in headers:
        if name == b"set-cookie":
            return False
        if name == b"cache-control" and (b"no-store" in value or b"private" in value):
            return False
        if name == b"content-type" and value.startswith(b"application/json"):
            json = True
    return json
