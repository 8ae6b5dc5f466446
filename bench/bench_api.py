"""API latency over HTTP on the seed graph: p50 and p95 of descendants, tasks by label, coverage and search.

    python -m bench.bench_api [--requests 200] [--port 8765]       # Neo4j running and seeded

Starts `uvicorn api.main:app` on 127.0.0.1 in a subprocess (one worker, as `nqgraph serve`), warms each
endpoint up, then times a bounded number of sequential requests per endpoint with one keep-alive client.
A benchmark, not a test: the machine is shared and noisy, so it reports percentiles and never asserts.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

import httpx


def _wait(base: str, proc: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"uvicorn exited with {proc.returncode}")
        try:
            r = httpx.get(f"{base}/health", timeout=2.0)
            if r.status_code == 200:
                return
            raise SystemExit(f"/health answered {r.status_code}: {r.text} (start and seed Neo4j first)")
        except httpx.TransportError:
            time.sleep(0.3)
    raise SystemExit("uvicorn did not answer within 60 s")


@contextmanager
def serve(port: int) -> Iterator[httpx.Client]:
    """A uvicorn worker on 127.0.0.1:port that answered /health, and a keep-alive client; stopped after."""
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "api.main:app", "--host", "127.0.0.1",
                             "--port", str(port), "--log-level", "warning"])
    try:
        _wait(base, proc)
        with httpx.Client(base_url=base, timeout=30.0) as client:
            yield client
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _uid(client: httpx.Client, number: str, **params: str) -> str:
    r = client.get("/documents/by-number", params={"number": number, **params})
    if r.status_code != 200:
        raise SystemExit(f"{number}: {r.status_code} {r.text} (is the seed graph loaded?)")
    return quote(str(r.json()["uid"]), safe="")


def percentile(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, round(p / 100 * (len(s) - 1)))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=200, help="timed requests per endpoint (max 2000)")
    ap.add_argument("--port", type=int, default=8765)
    args = ap.parse_args()
    n = max(10, min(args.requests, 2000))
    with serve(args.port) as client:
        ctr = _uid(client, "66-CTr/TU", province="Hải Phòng")
        nq = _uid(client, "43-NQ/TW")
        cases = {
            "descendants 66-CTr/TU level=commune": (f"/documents/{ctr}/descendants",
                                                    {"level": "commune"}),
            "descendants 43-NQ/TW (all)": (f"/documents/{nq}/descendants", {}),
            "tasks label=4.3 level=province": ("/tasks", {"label": "4.3", "level": "province"}),
            "coverage 66-CTr/TU": (f"/documents/{ctr}/coverage", {"as_of": "2026-11-21"}),
            "coverage 43-NQ/TW (63 provinces)": (f"/documents/{nq}/coverage", {"as_of": "2026-11-21"}),
            "search 'ngay hoi dai doan ket'": ("/search", {"q": "ngay hoi dai doan ket"}),
        }
        print(f"{n} sequential requests per endpoint, one keep-alive client, uvicorn 1 worker")
        for name, (url, params) in cases.items():
            for _ in range(5):
                client.get(url, params=params).raise_for_status()
            ms = []
            for _ in range(n):
                t0 = time.perf_counter()
                client.get(url, params=params).raise_for_status()
                ms.append((time.perf_counter() - t0) * 1000)
            print(f"{name:<38} p50 {statistics.median(ms):7.1f} ms   p95 {percentile(ms, 95):7.1f} ms"
                  f"   max {max(ms):7.1f} ms")


if __name__ == "__main__":
    main()
