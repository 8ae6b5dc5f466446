"""Loading throughput: N renumbered copies of the seeds into an empty database, documents/s and tasks/s.

    python -m bench.bench_load [--copies 40] [--runs 3] [--batch 200] [--workers N] [--no-align]
    # Neo4j running (nqgraph neo4j start)

The seeds are parsed once; copy k gets new numbers (sequence + 1000·k), a new sha256 and a title
suffix, so every copy is a distinct document with its own tasks and stubs. Each run wipes the loader's
nodes (the gazetteer stays), then times `load_records` (planning, batch checks, batches of documents per write
transaction, then task alignment once over what was written, unless --no-align: then the documents stay marked
for alignment and the figure is the write path alone). A benchmark, not a test: it reports the median of the
runs and the load average, and never asserts.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import statistics
import time
from pathlib import Path
from typing import Any

from graph.db import apply_schema, make_driver
from graph.load import WORKERS, load_records
from graph.model import Label
from loaders.docnumber import DocNumber
from loaders.parse import parse_file
from loaders.records import Record, Ref, Source

SEEDS = Path(__file__).resolve().parent.parent / "seed_data"
_SEQ = re.compile(r"^\d+")


def wipe(driver: Any) -> None:
    """Every node the loader wrote, gone; the gazetteer's units stay (loading them takes minutes)."""
    with driver.session() as s:
        s.run(f"MATCH (n) WHERE NOT n:{Label.ADMIN_UNIT.value} "
              "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def _renumber(number: str | None, k: int) -> str | None:
    if number is None or k == 0:
        return number
    return _SEQ.sub(lambda m: str(int(m.group()) + 1000 * k), number)


def _ref(ref: Ref, k: int) -> Ref:
    return ref.model_copy(update={"number": _renumber(ref.number, k)})


def copy_record(rec: Record, k: int) -> Record:
    sha = hashlib.sha256(f"{rec.source.sha256}:{k}".encode()).hexdigest()
    return rec.model_copy(update={
        "source": Source(path=f"{rec.source.path}#copy{k}", sha256=sha),
        "number": DocNumber.parse(_renumber(str(rec.number), k) or "") if rec.number else None,
        "title": f"{rec.title or ''} (bản {k})",
        "implements": [_ref(r, k) for r in rec.implements],
        "citations": [_ref(r, k) for r in rec.citations],
        "chain": [(_ref(a, k), _ref(b, k)) for a, b in rec.chain],
    })


def neo4j_cpu() -> float:
    """CPU seconds the local Neo4j (`nqgraph neo4j start`) has used so far; 0 when it is not ours."""
    from graph.launcher import running_pid

    pid = running_pid()
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--copies", type=int, default=40, help="copies of the five seeds per run")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--batch", type=int, default=None,
                    help="documents per write transaction (default: NQGRAPH_LOAD_BATCH_SIZE, 100)")
    ap.add_argument("--workers", type=int, default=None,
                    help="parallel writers (default: graph.load.WORKERS)")
    ap.add_argument("--no-align", dest="align", action="store_false",
                    help="time the writes alone (documents stay marked for alignment)")
    args = ap.parse_args()
    seeds = [parse_file(p) for p in sorted(SEEDS.glob("*.txt"))]
    records = [copy_record(r, k) for k in range(1, args.copies + 1) for r in seeds]
    tasks = sum(len(r.tasks) for r in records)
    docs_s, tasks_s = [], []
    with make_driver() as driver:
        apply_schema(driver)
        for run in range(args.runs):
            wipe(driver)
            t0, c0, n0 = time.perf_counter(), time.process_time(), neo4j_cpu()
            summary = load_records(driver, records, batch_size=args.batch, align=args.align,
                                   **({"workers": args.workers} if args.workers else {}))
            dt, cpu, ncpu = time.perf_counter() - t0, time.process_time() - c0, neo4j_cpu() - n0
            docs_s.append(summary.loaded / dt)
            tasks_s.append(summary.tasks / dt)
            print(f"run {run + 1}: {summary.loaded} documents, {summary.tasks} tasks, "
                  f"{summary.stubs_created} stubs in {dt:.2f} s (CPU: this process {cpu:.2f} s, "
                  f"Neo4j {ncpu:.2f} s); "
                  f"failed {len(summary.failed)}")
    print(f"{len(records)} documents ({tasks} tasks) per run, batches of {args.batch or 'the default size'} "
          f"documents per write transaction, {args.workers or WORKERS} writers, "
          f"task alignment {'once per load' if args.align else 'left pending (--no-align)'}")
    print(f"median: {statistics.median(docs_s):.1f} documents/s, {statistics.median(tasks_s):.0f} tasks/s; "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
