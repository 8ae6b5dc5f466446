"""Load test: N concurrent clients for S seconds against `uvicorn api.main:app` on the seed graph.

    python -m bench.bench_loadtest [--clients 50] [--seconds 60] [--port 0]   # Neo4j running and seeded

Each client is a keep-alive connection that loops over a fixed mix of reads (list, detail, tasks by
label, body portfolio, search, coverage). Reports requests/s, p50/p95/p99 latency and errors (any
status other than 200, or a transport error) as one JSON line. `tests/test_loadtest.py` runs it and
asserts 0 errors; the latency figures are reported, never asserted (the machine is shared).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp
import httpx

REPO = Path(__file__).resolve().parent.parent
UID = "doc:66-CTr/TU@legacy:province:31@2024-02-02"
BODY = "body:legacy:province:31:ban dân vận thành ủy hải phòng"
MIX = [
    "/documents?limit=20",
    f"/documents/{quote(UID, safe='')}",
    "/tasks?label=4.3",
    f"/bodies/{quote(BODY, safe='')}/tasks?limit=50",
    "/search?q=dai+doan+ket",
    f"/documents/{quote(UID, safe='')}/coverage?as_of=2024-06-01",
    "/documents/by-number?number=66-CTr/TU",
    "/health",
]


@dataclass(frozen=True)
class LoadResult:
    clients: int
    seconds: float
    requests: int
    errors: int
    requests_per_s: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    p95_ms_by_path: dict[str, float]
    error_samples: list[str]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(port: int = 0) -> Iterator[str]:
    """uvicorn in a subprocess (one worker, as `nqgraph serve`), ready when /health answers 200."""
    port = port or free_port()
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "api.main:app", "--port", str(port),
                             "--log-level", "warning", "--no-access-log"], cwd=REPO,
                            env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"uvicorn exited with {proc.returncode}")
            try:
                r = httpx.get(f"{base}/health", timeout=2.0)
                if r.status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not answer /health with 200 within 90 s")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        proc.wait(20)


async def _client(base: str, start: int, until: float, times: list[tuple[str, float]], errors: list[str],
                  pace: float = 0.0) -> None:
    """One keep-alive client; with `pace` > 0 it sends a request every `pace` seconds (a user who reads
    what they asked for), else the next as soon as the last is answered (a saturating client).

    aiohttp, not httpx: the clients share the machine's two cores with the server and Neo4j, and httpx
    spent 2.5 ms of CPU per request here (four times the server's own), so it measured itself."""
    connector = aiohttp.TCPConnector(limit=1)
    timeout = aiohttp.ClientTimeout(total=30.0)
    async with aiohttp.ClientSession(base, connector=connector, timeout=timeout) as c:
        i = start
        if pace:
            await asyncio.sleep(pace * start / 50)  # spread the clients' first requests over one period
        while time.monotonic() < until:
            url = MIX[i % len(MIX)]
            i += 1
            began = time.perf_counter()
            if pace:
                next_at = time.monotonic() + pace
            try:
                async with c.get(url) as r:
                    body = await r.read()
                    if r.status != 200:
                        errors.append(f"{r.status} {url}: {body[:120]!r}")
            except (aiohttp.ClientError, TimeoutError) as exc:
                errors.append(f"{type(exc).__name__} {url}")
            times.append((url, time.perf_counter() - began))
            if pace:
                await asyncio.sleep(max(0.0, next_at - time.monotonic()))


def _p95(ms: list[float]) -> float:
    return round(statistics.quantiles(ms, n=100)[94], 1) if len(ms) >= 2 else (ms[0] if ms else 0.0)


async def _run(base: str, clients: int, seconds: float, pace: float = 0.0) -> LoadResult:
    times: list[tuple[str, float]] = []
    errors: list[str] = []
    started = time.monotonic()
    until = started + seconds
    await asyncio.gather(*(_client(base, k, until, times, errors, pace) for k in range(clients)))
    elapsed = time.monotonic() - started
    ms = sorted(t * 1000 for _, t in times)
    q = statistics.quantiles(ms, n=100) if len(ms) >= 2 else [ms[0] if ms else 0.0] * 99
    by_path = {url.split("?")[0][:40]: _p95([t * 1000 for u, t in times if u == url]) for url in MIX}
    return LoadResult(clients=clients, seconds=round(elapsed, 1), requests=len(ms), errors=len(errors),
                      requests_per_s=round(len(ms) / elapsed, 1), p50_ms=round(q[49], 1),
                      p95_ms=round(q[94], 1), p99_ms=round(q[98], 1), p95_ms_by_path=by_path,
                      error_samples=errors[:5])


def run(base: str, clients: int = 50, seconds: float = 60.0, pace: float = 0.0) -> LoadResult:
    with httpx.Client(base_url=base, timeout=30.0) as warm:  # first-hit costs are not load
        for url in MIX:
            warm.get(url)
    return _event_loop_run(_run(base, clients, seconds, pace))


def _event_loop_run(main: Coroutine[Any, Any, LoadResult]) -> LoadResult:
    """uvloop when installed (it is: uvicorn uses it): the clients' own overhead is not the server's."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(main)
    return uvloop.run(main)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--pace", type=float, default=0.0,
                    help="seconds between one client's requests (0: saturate, each asks again at once)")
    args = ap.parse_args()
    with serve(args.port) as base:
        result = run(base, args.clients, args.seconds, args.pace)
    print(json.dumps({"bench": "loadtest", "pace_s": args.pace, "load_average": os.getloadavg(),
                      **asdict(result)}))


if __name__ == "__main__":
    main()
