"""Server time per web page on the seed graph: p50 and p95 from each answer's Server-Timing header.

    python -m bench.bench_web [--requests 100] [--port 8766]       # Neo4j running and seeded

Starts `uvicorn api.main:app` (one worker, as `nqgraph serve`), warms each page up, then requests each
page a bounded number of times in sequence with one keep-alive client. The figure is the time the app
spent (rendering included), read from `Server-Timing: app;dur=...`, so the client's own time is not in
it. A benchmark, not a test: it reports percentiles and never asserts.
"""

from __future__ import annotations

import argparse
import re
import statistics
from urllib.parse import quote

from bench.bench_api import percentile, serve

CTR66 = "doc:66-CTr/TU@legacy:province:31@2024-02-02"


def pages() -> dict[str, str]:
    u = quote(CTR66, safe="")
    return {
        "home": "/",
        "home search '66-CTr/TU'": "/?q=66-CTr%2FTU",
        "home search 'dan van'": "/?q=dan+van",
        "home search 'ngay hoi'": "/?q=ngay+hoi",
        "document 66-CTr/TU": f"/doc/{u}",
        "coverage 66-CTr/TU": f"/coverage/{u}?as_of=2024-04-01",
        "coverage drill Tiên Lãng": f"/coverage/{u}?as_of=2024-04-01&unit=legacy%3Adistrict%3A315",
        "coverage 43-NQ/TW (63 provinces)": "/coverage/" + quote("doc:43-NQ/TW@VN@2023-11-24", safe="")
                                            + "?as_of=2026-11-21",
        "coverage CSV": f"/export/coverage.csv?uid={u}&as_of=2024-04-01",
        "coverage XLSX": f"/export/coverage.xlsx?uid={u}&as_of=2024-04-01",
        "task III.4.4 (Ngày hội)": f"/task/{quote(CTR66 + '#III.4.4', safe='')}",
        "body Ban Dân vận": "/body/" + quote("body:legacy:province:31:ban dân vận thành ủy hải phòng",
                                             safe=""),
        "upload form": "/upload",
    }


_DUR = re.compile(r"app;dur=([\d.]+)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=100, help="timed requests per page (max 1000)")
    ap.add_argument("--port", type=int, default=8766)
    args = ap.parse_args()
    n = max(10, min(args.requests, 1000))
    with serve(args.port) as client:
        print(f"{n} sequential requests per page, one keep-alive client, uvicorn 1 worker; server time")
        for name, url in pages().items():
            for _ in range(5):
                client.get(url).raise_for_status()
            ms = []
            for _ in range(n):
                r = client.get(url)
                r.raise_for_status()
                m = _DUR.search(r.headers.get("server-timing", ""))
                if m is None:
                    raise SystemExit(f"{url}: no Server-Timing header")
                ms.append(float(m[1]))
            print(f"{name:<36} p50 {statistics.median(ms):7.1f} ms   p95 {percentile(ms, 95):7.1f} ms"
                  f"   max {max(ms):7.1f} ms")


if __name__ == "__main__":
    main()
