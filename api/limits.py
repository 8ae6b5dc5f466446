"""Bounds on what one client, or all of them together, can make the API do.

- `FailureLimiter`: wrong API keys, tokens and passwords counted per client address; past the limit
  the client is answered 429 with Retry-After until its oldest failure leaves the window, whatever
  credential it then sends (a guesser must not learn which one is right while it is blocked).
- `HeavyGate`: uploads parse in a child process and write a document in one transaction; at most
  `NQGRAPH_MAX_UPLOADS` run at once, and one more is answered 503 with Retry-After at once rather than
  queued without bound behind the thread pool.
- `CatchAll`: whatever escapes the exception handlers is a JSON 500 with no traceback and no path,
  answered here so the server keeps the connection open (uvicorn drops a keep-alive connection when
  an exception reaches it).

The bounds come from the app's settings (`config.Settings`: auth_failures, auth_window, max_uploads).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.responses import JSONResponse

log = logging.getLogger("nqgraph.api")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class FailureLimiter:
    """At most `limit` failed authentications per client in `window` seconds (NQGRAPH_AUTH_FAILURES,
    default 10, and NQGRAPH_AUTH_WINDOW, default 60 s). Memory is bounded: at most `max_clients`
    addresses are tracked, the least recently failing forgotten first."""

    def __init__(self, limit: int, window: float, max_clients: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = float(window)
        self.max_clients = max_clients
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, client: str, now: float) -> deque[float]:
        times = self._failures.get(client, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def retry_after(self, client: str | None) -> int:
        """Seconds until this client may try again; 0 when it may now."""
        if client is None:
            return 0
        with self._lock:
            now = self._clock()
            times = self._recent(client, now)
            if len(times) < self.limit:
                return 0
            return max(1, int(times[-self.limit] + self.window - now + 0.999))

    def failed(self, client: str | None) -> None:
        if client is None:
            return
        with self._lock:
            now = self._clock()
            times = self._recent(client, now)
            times.append(now)
            self._failures.pop(client, None)
            self._failures[client] = times  # most recent last: the oldest are forgotten first
            while len(self._failures) > self.max_clients:
                del self._failures[next(iter(self._failures))]


def too_many_failures(retry_after: int) -> JSONResponse:
    return JSONResponse({"detail": f"too many failed sign-ins or wrong keys from this address: try again "
                                   f"in {retry_after} s"},
                        status_code=429, headers={"Retry-After": str(retry_after)})


HEAVY_PATHS = frozenset({"/documents", "/upload"})


class HeavyGate:
    """ASGI middleware: at most `bound` uploads at once (NQGRAPH_MAX_UPLOADS, default 2: the machine's
    cores parse them); the next is answered 503 with Retry-After before its body is read."""

    def __init__(self, app: ASGIApp, bound: int, paths: frozenset[str] = HEAVY_PATHS) -> None:
        self.app = app
        self.bound = bound
        self.paths = paths
        self.running = 0
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not (scope["type"] == "http" and scope["method"] == "POST"
                and scope["path"].rstrip("/") in self.paths):
            await self.app(scope, receive, send)
            return
        with self._lock:
            admitted = self.running < self.bound
            if admitted:
                self.running += 1
        if not admitted:
            busy = JSONResponse({"detail": f"{self.bound} uploads are being parsed already: try again "
                                           "shortly"}, status_code=503, headers={"Retry-After": "5"})
            await busy(scope, receive, send)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            with self._lock:
                self.running -= 1


class ServerTiming:
    """ASGI middleware: `Server-Timing: app;dur=…`, the milliseconds this process spent before it began
    to answer (bench/bench_web.py reads it). Plain ASGI: Starlette's `@app.middleware("http")` costs
    every request a task and a stream."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                took = f"app;dur={(time.perf_counter() - started) * 1000:.1f}".encode()
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"server-timing"]
                message = {**message, "headers": [*headers, (b"server-timing", took)]}
            await send(message)

        await self.app(scope, receive, sending)


class CatchAll:
    """ASGI middleware just inside Starlette's ServerErrorMiddleware: an unexpected exception is logged
    with its traceback and answered `{"detail": "internal error"}` (500), and the connection stays."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception:
            log.exception("unexpected error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise  # half an answer is out: only closing the connection can tell the client
            await JSONResponse({"detail": "internal error"}, status_code=500)(scope, receive, send)
