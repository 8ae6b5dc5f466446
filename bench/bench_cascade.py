"""One synthetic nation-wide cascade parsed and loaded: where the time and the memory go.

    python -m bench.bench_cascade DIR [--limit N] [--workers N] [--writers N] [--batch N]
                                      [--align] [--overlap]
    # Neo4j running (nqgraph neo4j start); DIR from `nqgraph synth` (issue 9), e.g. .local/cascade/c43

Wipes the loader's nodes (the gazetteer stays), parses every file of DIR in worker processes
(`ingest.parse_paths`), then loads the records (`graph.load.load_records`). Reports the parse and the
write separately and their sum: seconds, documents/s and tasks/s; the peak RSS of this process (and
of the largest parse worker); Neo4j's heap in use, its configured page cache and the store size the
page cache would hold; and the load average. Task alignment is left pending (documents marked
`align_pending`) unless --align, which times it as its own phase. --overlap times `ingest.ingest` instead,
where chunks of parsed records are written while the next are parsed: one total, no split.
A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path
from typing import Any

from bench.bench_load import wipe
from config import get_settings
from graph.db import apply_schema, make_driver
from graph.launcher import Paths
from graph.load import WORKERS, finish_pending, load_records
from ingest import parse_paths


def neo4j_memory(driver: Any) -> dict[str, str]:
    with driver.session() as s:
        heap = s.run("CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes "
                     "RETURN attributes.HeapMemoryUsage.value.properties AS h").single()
        conf = {r["name"]: r["value"] for r in s.run(
            "SHOW SETTINGS YIELD name, value WHERE name IN "
            "['server.memory.pagecache.size', 'server.memory.heap.max_size'] RETURN name, value")}
    h = heap["h"] if heap else {}
    return {"heap used": f"{h.get('used', 0) / 2**20:.0f} MiB of {h.get('max', 0) / 2**20:.0f} MiB",
            "page cache": conf.get("server.memory.pagecache.size", "?"), "store": _store_size()}


def _store_size() -> str:
    """On disk, what the page cache would hold to serve the whole graph from memory."""
    root = Paths.of(get_settings()).data / "databases" / "neo4j"
    if not root.exists():
        return "?"
    size = sum(f.stat().st_size for f in root.rglob("*") if f.is_file())
    return f"{size / 2**20:.0f} MiB"


def cpu_seconds() -> str:
    """CPU of this process (the writer) and of its parse workers, apart: the writer is the bottleneck."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return (f"CPU: this process {own.ru_utime + own.ru_stime:.1f} s, "
            f"parse workers {kids.ru_utime + kids.ru_stime:.1f} s")


def rate(n: int, seconds: float) -> str:
    return f"{seconds:.1f} s, {n / seconds:.0f}/s" if seconds > 0 else "-"


def overlapped(files: list[Path], workers: int | None) -> None:
    from ingest import ingest

    with make_driver() as driver:
        apply_schema(driver)
        wipe(driver)
        t0 = time.perf_counter()
        summary = ingest(driver, files, workers=workers, align=False)
        total = time.perf_counter() - t0
        memory = neo4j_memory(driver)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(files)} files: written {summary.loaded} documents, {summary.tasks} tasks, "
          f"{len(summary.failed)} failed, {len(summary.not_written)} not written; stopped: {summary.stopped}")
    print(f"parse and write overlapped (ingest): {rate(summary.loaded, total)} documents, "
          f"{summary.tasks / total:.0f} tasks/s; peak RSS {rss:.0f} MiB")
    print(cpu_seconds())
    print("Neo4j: " + ", ".join(f"{k} {v}" for k, v in memory.items()))
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dir", type=Path)
    ap.add_argument("--limit", type=int, default=None, help="only the first N files (sorted: top-down)")
    ap.add_argument("--workers", type=int, default=None, help="parse processes (default: ingest's)")
    ap.add_argument("--writers", type=int, default=WORKERS, help="parallel write transactions")
    ap.add_argument("--batch", type=int, default=None, help="documents per write transaction")
    ap.add_argument("--align", action="store_true", help="also time task alignment of the cascade")
    ap.add_argument("--overlap", action="store_true", help="time ingest (parse and write overlapped)")
    args = ap.parse_args()
    files = sorted(args.dir.glob("*.txt"))[:args.limit]
    if args.overlap:
        overlapped(files, args.workers)
        return
    t0 = time.perf_counter()
    records, failed = parse_paths(files, workers=args.workers)
    parse_s = time.perf_counter() - t0
    tasks = sum(len(r.tasks) for r in records)
    with make_driver() as driver:
        apply_schema(driver)
        wipe(driver)
        t1 = time.perf_counter()
        summary = load_records(driver, records, batch_size=args.batch, workers=args.writers, align=False)
        write_s = time.perf_counter() - t1
        align_s = 0.0
        if args.align:
            t2 = time.perf_counter()
            finish_pending(driver, align=True)
            align_s = time.perf_counter() - t2
        memory = neo4j_memory(driver)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    n = len(records)
    print(f"{len(files)} files: {n} parsed ({len(failed)} failed), {tasks} tasks; "
          f"written {summary.loaded} documents, {summary.tasks} tasks, {summary.stubs_created} stubs, "
          f"{len(summary.failed)} failed; stopped: {summary.stopped}")
    print(f"parse: {rate(n, parse_s)} documents")
    print(f"write: {rate(summary.loaded, write_s)} documents, {summary.tasks / write_s:.0f} tasks/s "
          f"({args.writers} writers, batches of {args.batch or get_settings().load_batch_size})")
    total = parse_s + write_s
    print(f"parse + write: {rate(summary.loaded, total)} documents, {summary.tasks / total:.0f} tasks/s")
    if args.align:
        print(f"alignment: {align_s:.1f} s; parse + write + alignment {total + align_s:.1f} s")
    print(f"peak RSS: this process {rss:.0f} MiB, largest parse worker {child:.0f} MiB")
    print(cpu_seconds())
    print("Neo4j: " + ", ".join(f"{k} {v}" for k, v in memory.items()))
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
