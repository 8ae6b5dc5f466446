"""Where a write batch's time goes: each catalogue statement's wall time, server time and Neo4j CPU.

    python -m bench.profile_write [--copies 80] [--batch 100] [--runs 2] [--trace set_documents,...]
    # Neo4j running (nqgraph neo4j start)

`bench.bench_load`'s records (renumbered copies of the seeds), written by one writer so statements do
not overlap. Every statement the loader runs inside a batch is timed three ways: the wall time of the
call, the server's own (`result_available_after`, planning included, plus `result_consumed_after`), and
the CPU the local Neo4j process used meanwhile (every thread, so the full-text index's updates of the
previous commit land where they fall). `--trace` prints the server's times of the named statements at
each batch, which shows a plan that grows with the graph and the batches Neo4j re-plans at. A
benchmark, not a test.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import graph.load as load
import graph.write as write
from bench.bench_load import SEEDS, copy_record, neo4j_cpu, wipe
from graph.db import apply_schema, make_driver
from loaders.parse import parse_file
from queries import catalogue

Stats = dict[str, list[float]]  # name → [calls, wall s, server s, Neo4j CPU s]


def _timed(stats: Stats, trace: set[str], write_query: bool) -> Callable[..., list[dict[str, Any]]]:
    def run(tx: Any, name: str, **params: Any) -> list[dict[str, Any]]:
        q = catalogue.get_write(name) if write_query else catalogue.get(name)
        t0, n0 = time.perf_counter(), neo4j_cpu()
        result = tx.run(q.cypher, params)
        rows = [dict(r.items()) for r in result]
        summary = result.consume()
        server = (summary.result_available_after or 0) + (summary.result_consumed_after or 0)
        s = stats[name]
        s[0] += 1
        s[1] += time.perf_counter() - t0
        s[2] += server / 1000
        s[3] += neo4j_cpu() - n0
        if name in trace:
            print(f"    {name}: {summary.result_available_after} + {summary.result_consumed_after} ms")
        return rows
    return run


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--copies", type=int, default=80)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--trace", default="", help="statements whose server times are printed at each batch")
    args = ap.parse_args()
    seeds = [parse_file(p) for p in sorted(SEEDS.glob("*.txt"))]
    records = [copy_record(r, k) for k in range(1, args.copies + 1) for r in seeds]
    stats: Stats = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    trace = set(filter(None, args.trace.split(",")))
    for module in (load, write):
        module.run_write = _timed(stats, trace, True)  # type: ignore[attr-defined]
        module.rows_in = _timed(stats, trace, False)  # type: ignore[attr-defined]
    with make_driver() as driver:
        apply_schema(driver)
        for run in range(args.runs):
            wipe(driver)
            stats.clear()
            t0, c0, n0 = time.perf_counter(), time.process_time(), neo4j_cpu()
            summary = load.LoadSummary()
            docs = load._prepare(driver, records, None, False, summary)
            prepared = time.perf_counter() - t0
            load._write_all(driver, docs, args.batch, 1, "bench", summary, False)
            wall, cpu, ncpu = time.perf_counter() - t0, time.process_time() - c0, neo4j_cpu() - n0
            print(f"run {run + 1}: {summary.loaded} documents in {wall:.2f} s (planning and checks "
                  f"{prepared:.2f} s); CPU: this process {cpu:.2f} s, Neo4j {ncpu:.2f} s")
            in_statements = sum(s[3] for s in stats.values())
            for name, (n, w, srv, c) in sorted(stats.items(), key=lambda x: -x[1][3]):
                print(f"  {name:28s} {int(n):5d} statements  wall {w:6.2f} s  server {srv:6.2f} s  "
                      f"Neo4j CPU {c:6.2f} s")
            print(f"  Neo4j CPU outside statements (commits, index updates, background): "
                  f"{ncpu - in_statements:.2f} s")


if __name__ == "__main__":
    main()
