"""API latency at nation scale: synthetic cascades loaded, p50/p95 of descendants, coverage, tasks by label
and search through the HTTP API, and the PROFILE of the reads behind them.

    python -m bench.bench_scale_api --root .local/cascade/scale --directives 10 [--generate] [--load]
                                    [--requests 100] [--port 8766] [--profile]

Built for ten directives (≈ 100,000 plans, 3.8 million tasks): `--generate` writes the missing cascades
with `nqgraph synth` (one folder per directive under --root: 43-NQ/TW and nine synthetic numbers), `--load`
loads those not loaded yet, then the API is timed on what the graph holds. The figures say how many
documents and tasks the graph held and the load average: the machine is shared, so it reports
percentiles and never asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

from api.routers.tasks import EVERY_LEVEL
from bench.bench_api import percentile, serve
from loaders import gazetteer as gz

FIRST = ("43-NQ/TW", date(2023, 11, 24))


def directives(n: int) -> list[tuple[str, date]]:
    """43-NQ/TW and n-1 made-up resolutions two months apart, all before 1 Jul 2025 (legacy units)."""
    out = [FIRST]
    for k in range(1, n):
        out.append((f"{43 + k}-NQ/TW", FIRST[1] + timedelta(days=61 * k)))
    return out


def folder(root: Path, number: str) -> Path:
    return root / number.replace("/", "-")


@dataclass(frozen=True)
class Target:
    """Documents of one cascade the bench asks about, biggest subtree first (a partial load may lack some)."""

    directive: dict[str, Any]
    province_plans: list[dict[str, Any]]
    district_plans: list[dict[str, Any]]


def targets(cascade: Path) -> Target:
    truth = json.loads((cascade / "truth.json").read_text(encoding="utf-8"))
    docs = truth["documents"]
    children: dict[str, int] = {}
    for d in docs:
        if d["parent_file"]:
            children[d["parent_file"]] = children.get(d["parent_file"], 0) + 1

    def biggest(level: str) -> list[dict[str, Any]]:
        return sorted((d for d in docs if d["level"] == level), key=lambda d: -children.get(d["file"], 0))

    central = next(d for d in docs if d["level"] == "central")
    return Target(central, biggest("province"), biggest("district"))


def _province_name(doc: dict[str, Any], era: str = gz.LEGACY) -> str | None:
    code = doc["unit_uid"].split(":")[-1] if doc.get("unit_uid") else None
    if code is None:
        return None
    unit = gz.get(code, doc["level"], era)
    while unit is not None and unit.level != gz.PROVINCE:
        unit = gz.parent(unit)
    return unit.short_name if unit else None


def uid_of(client: httpx.Client, doc: dict[str, Any]) -> str | None:
    params = {"number": doc["number"], "issued_on": doc["issued_on"]}
    province = _province_name(doc)
    if province:
        params["province"] = province
    r = client.get("/documents/by-number", params=params)
    return quote(str(r.json()["uid"]), safe="") if r.status_code == 200 else None


def first_loaded(client: httpx.Client, docs: list[dict[str, Any]]) -> str:
    """The uid of the first of `docs` (biggest first) the graph holds, trying at most 200."""
    for doc in docs[:200]:
        uid = uid_of(client, doc)
        if uid is not None:
            return uid
    raise SystemExit(f"none of {len(docs)} candidates ({docs[0]['level']}) is loaded")


def load_cascade(out: Path, align: bool, chunk: int = 1000) -> int:
    """Load one cascade top-down in chunks of files (each parsed, then written in batches), so a load
    stopped part-way leaves whole upper levels; returns the documents written."""
    from graph.db import apply_schema, make_driver
    from ingest import load_paths

    if not align:
        # Task alignment is the write path's known limit (docs/scale.md); the API reads timed here do
        # not use its CARRIES_OUT edges, so a bench-only load may skip it.
        import graph.align_db

        graph.align_db.recompute = lambda driver, uids: graph.align_db.AlignSummary()  # type: ignore[assignment]
    files = sorted(out.glob("*.txt"))
    done = 0
    with make_driver() as driver:
        apply_schema(driver)
        t0 = time.perf_counter()
        for k in range(0, len(files), chunk):
            summary = load_paths(driver, files[k:k + chunk])
            done += len(summary.documents)
            dt = time.perf_counter() - t0
            print(f"  {out.name}: {done} documents in {dt:.0f} s ({done / dt:.1f} documents/s), "
                  f"load average {os.getloadavg()[0]:.1f}", flush=True)
    return done


def ensure(root: Path, wanted: list[tuple[str, date]], generate: bool, load: bool, align: bool) -> list[Path]:
    """The cascades' folders, generated and loaded on request (a `.loaded` marker records a full load)."""
    dirs = []
    for number, issued_on in wanted:
        out = folder(root, number)
        if generate and not (out / "truth.json").exists():
            from synth import generate as synth

            s = synth(number, out, issued_on=issued_on, seed=0)
            print(f"generated {number}: {s.documents} documents in {s.seconds:.1f} s")
        if not (out / "truth.json").exists():
            raise SystemExit(f"{out} has no cascade: run with --generate")
        dirs.append(out)
        if load and not (out / ".loaded").exists():
            done = load_cascade(out, align)
            (out / ".loaded").write_text(f"{done}\n", encoding="utf-8")
    return dirs


def _graph_size() -> dict[str, int]:
    from graph.db import make_driver
    from queries.catalogue import run

    with make_driver() as driver:
        docs = run(driver, "get_documents_total", number=None, province_key=None, level=None, doc_type=None,
                   issued_from=None, issued_to=None)[0]["total"]
        tasks = run(driver, "get_tasks_total", label=None, levels=list(EVERY_LEVEL), province_key=None,
                    body_key=None, cap=10**9)
    return {"documents": int(docs), "tasks": int(tasks[0]["total"])}


def profile(name: str, params: dict[str, Any]) -> None:
    """PROFILE one catalogue read as the API runs it: operators, rows and db hits, the index seeks shown."""
    from graph.db import make_driver
    from queries.catalogue import get

    q = get(name)

    def work(tx: Any) -> Any:
        result = tx.run("PROFILE " + q.cypher, params)
        result.fetch(1_000_000)  # a profile is complete only once every row was pulled
        return result.consume().profile

    with make_driver() as driver, driver.session(default_access_mode="READ") as session:
        plan = session.execute_read(work)

    total = 0

    def show(op: dict[str, Any], depth: int = 0) -> None:
        nonlocal total
        args = op.get("args", {})
        detail = str(args.get("Details", ""))[:90]
        total += int(op.get("dbHits", 0))
        print(f"{'  ' * depth}{op['operatorType']:<34} rows {op.get('rows', 0):>8}  "
              f"db hits {op.get('dbHits', 0):>9}  {detail}")
        for child in op.get("children", []):
            show(child, depth + 1)

    shown = {k: v for k, v in params.items() if k not in ("index",)}
    print(f"PROFILE {name} {shown}")
    show(plan)
    print(f"  total db hits {total:,}")


def profile_reads(directive: str) -> None:
    """The PROFILE of each read the timed endpoints lean on, at the directive's root."""
    from graph.db import make_driver
    from graph.model import FULLTEXT_INDEX
    from queries.catalogue import run

    with make_driver() as driver:
        rows = run(driver, "find_documents_by_number", number=directive, province_key=None, issued_on=None)
    uid = rows[0]["uid"]
    for label, levels, skip in (("4.3", ["province"], 0), ("III.4.3", ["district"], 0),
                                ("4.3", list(EVERY_LEVEL), 0), ("4.3", list(EVERY_LEVEL), 5000)):
        filters = {"label": label, "levels": levels, "province_key": None, "body_key": None}
        profile("find_tasks", {**filters, "skip": skip, "limit": 100})
        if not skip:
            profile("get_tasks_total", {**filters, "cap": 1000})
    profile("get_descendants", {"uid": uid, "level": "province", "max_depth": 10, "skip": 0, "limit": 100})
    profile("find_implementers", {"uid": uid, "era": "legacy"})
    profile("find_implementer_links", {"uids": [uid]})  # the first level of coverage's walk
    query = '"ngay hoi dai doan ket"^3 OR (ngay AND hoi AND dai AND doan AND ket)'
    profile("search_text", {"index": FULLTEXT_INDEX, "query": query, "exclude": [], "skip": 0, "limit": 20,
                           "window": 20})
    profile("search_text_total", {"index": FULLTEXT_INDEX, "query": query, "exclude": [], "limit": 1001})


def time_cases(client: httpx.Client, cases: dict[str, tuple[str, dict[str, str]]], n: int) -> None:
    for name, (url, params) in cases.items():
        for _ in range(3):
            client.get(url, params=params).raise_for_status()
        ms = []
        for _ in range(n):
            t0 = time.perf_counter()
            r = client.get(url, params=params)
            ms.append((time.perf_counter() - t0) * 1000)
            r.raise_for_status()
        size = len(r.content)
        print(f"{name:<46} p50 {statistics.median(ms):7.1f} ms   p95 {percentile(ms, 95):7.1f} ms"
              f"   max {max(ms):7.1f} ms   {size / 1024:6.0f} KiB")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", type=Path, default=Path(".local/cascade/scale"))
    ap.add_argument("--directives", type=int, default=10)
    ap.add_argument("--generate", action="store_true")
    ap.add_argument("--load", action="store_true")
    ap.add_argument("--requests", type=int, default=100, help="timed requests per endpoint (max 1000)")
    ap.add_argument("--port", type=int, default=8766)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--no-align", action="store_true", help="load without task alignment (bench only)")
    ap.add_argument("--load-only", action="store_true", help="generate and load, time nothing")
    ap.add_argument("--cache", action="store_true",
                    help="keep the API's read cache on (docs/api-cache.md): repeated requests then time it")
    ap.add_argument("--only", default=None,
                    help="time only the endpoints whose name holds this ('tasks', 'coverage')")
    args = ap.parse_args()
    if not args.cache:
        # The same request asked 50 times would be answered from memory after the first: time the reads.
        os.environ["NQGRAPH_RESPONSE_CACHE_MB"] = "0"
    dirs = ensure(args.root, directives(args.directives), args.generate, args.load, not args.no_align)
    if args.load_only:
        return
    size = _graph_size()
    print(f"graph: {size['documents']} documents, {size['tasks']} tasks; cascades: {len(dirs)}; "
          f"load average {os.getloadavg()[0]:.1f}")
    if args.profile:
        profile_reads(FIRST[0])
    n = max(10, min(args.requests, 1000))
    with serve(args.port) as client:
        cases: dict[str, tuple[str, dict[str, str]]] = {}
        for k, d in enumerate(dirs[:2]):
            t = targets(d)
            nq = first_loaded(client, [t.directive])
            prov, dist = first_loaded(client, t.province_plans), first_loaded(client, t.district_plans)
            tag = t.directive["number"]
            cases[f"descendants {tag} level=province"] = (f"/documents/{nq}/descendants",
                                                          {"level": "province"})
            cases[f"descendants {tag} all levels, first page"] = (f"/documents/{nq}/descendants", {})
            cases[f"descendants province plan ({k}) all levels"] = (f"/documents/{prov}/descendants", {})
            cases[f"descendants district plan ({k})"] = (f"/documents/{dist}/descendants", {})
            cases[f"coverage {tag} (provinces)"] = (f"/documents/{nq}/coverage", {"as_of": "2026-11-21"})
            cases[f"coverage province plan ({k})"] = (f"/documents/{prov}/coverage", {"as_of": "2026-11-21"})
        cases["tasks label=4.3 level=province"] = ("/tasks", {"label": "4.3", "level": "province"})
        cases["tasks label=III.4.3 level=district"] = ("/tasks", {"label": "III.4.3", "level": "district"})
        cases["tasks label=4.3 (all levels, first page)"] = ("/tasks", {"label": "4.3"})
        cases["tasks label=4.3 (all levels, offset 5000)"] = ("/tasks", {"label": "4.3", "offset": "5000"})
        cases["search 'ngay hoi dai doan ket'"] = ("/search", {"q": "ngay hoi dai doan ket"})
        cases = {k: v for k, v in cases.items() if args.only is None or args.only in k}
        print(f"{n} sequential requests per endpoint, one keep-alive client, uvicorn 1 worker")
        time_cases(client, cases, n)
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
