"""Faults during a load: Neo4j frozen (SIGSTOP) or killed (SIGKILL), the loader killed, two loaders at once.

    python -m bench.fault_load [--copies 20] [--fault stop|kill|loader|overlap]

Needs the local Neo4j of `nqgraph neo4j start` (this script stops and restarts it: a drill, not a test;
`tests/test_faults.py` runs the same scenarios on a Neo4j of its own). The loader is the real
`nqgraph load` in a child process, fed renumbered copies of the seeds (bench.bench_load) instead of
parsed files, in batches of NQGRAPH_LOAD_BATCH_SIZE (10 here). Once its first batch is written, the
fault is made; the script reports how long the loader took to end and what its summary said, heals
the fault, reruns the load and compares the graph (counts, document and task uids, every relationship
by its end uids) with a clean load of the same records.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from neo4j import Driver

from bench.bench_load import wipe

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# `nqgraph load` itself, its parsing replaced by the renumbered copies (the graph side is what is tested).
LOADER = """
import sys
import ingest
from bench.bench_load import SEEDS, copy_record
from loaders.parse import parse_file
from nqgraph.cli import main
seeds = [parse_file(p) for p in sorted(SEEDS.glob('*.txt'))]
recs = [copy_record(r, k) for k in range(int(sys.argv[1])) for r in seeds]
ingest.parse_paths = lambda paths, workers=None, progress=False: (recs, [])
sys.exit(main(['load', '--json', 'seed_data']))
"""
GRAPH_LABELS = "WHERE NOT a:AdminUnit"
Fingerprint = dict[str, list[tuple[Any, ...]]]


def fingerprint(driver: Driver) -> Fingerprint:
    """Every node but the gazetteer's by label and uid, every relationship by its end uids."""
    def rows(q: str) -> list[dict[str, Any]]:
        with driver.session() as s:
            return [r.data() for r in s.run(q)]  # type: ignore[arg-type]

    rels = rows("MATCH (a)-[r]->(b) WHERE NOT a:AdminUnit RETURN a.uid AS a, type(r) AS t, b.uid AS b")
    nodes = rows("MATCH (n) WHERE NOT n:AdminUnit RETURN labels(n)[0] AS l, n.uid AS uid")
    return {"nodes": sorted((r["l"], r["uid"]) for r in nodes),
            "rels": sorted((r["a"], r["t"], r["b"]) for r in rels)}


def loaded(driver: Driver) -> int:
    with driver.session() as s:
        row = s.run("MATCH (d:Document {status: 'loaded'}) RETURN count(d) AS n").single(strict=True)
    return int(row["n"])


def start_loader(copies: int, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", LOADER, str(copies)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=REPO,
                            env={"NQGRAPH_LOAD_BATCH_SIZE": "10", **env, "PYTHONPATH": REPO})


@dataclass
class Ended:
    """How a loader ended: exit code, JSON summary (None when none was printed), seconds after the fault."""

    code: int
    summary: dict[str, Any] | None
    stdout: str
    stderr: str
    seconds: float


def finish(child: subprocess.Popen[str], since: float, timeout: float = 300.0) -> Ended:
    try:
        out, err = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        out, err = child.communicate()
        raise RuntimeError(f"the loader did not end within {timeout:.0f} s:\n{out[-1500:]}\n"
                           f"{err[-3000:]}") from None
    seconds = time.perf_counter() - since
    try:
        summary = json.loads(out) if out.strip() else None
    except json.JSONDecodeError:
        summary = None
    return Ended(child.returncode, summary, out, err, seconds)


def wait_first_batch(driver: Driver, child: subprocess.Popen[str], timeout: float = 120.0) -> None:
    """Until the loader has written a batch (the fault must hit a load in progress)."""
    deadline = time.monotonic() + timeout
    while loaded(driver) == 0:
        if child.poll() is not None or time.monotonic() > deadline:
            err = child.communicate()[1] if child.poll() is not None else ""
            raise RuntimeError(f"the loader wrote nothing (exit {child.poll()}): {err[-2000:]}")
        time.sleep(0.1)


def fault_run(driver: Driver, fault: str, copies: int, env: dict[str, str], neo4j_pid: Callable[[], int],
              heal: Callable[[], None]) -> tuple[list[Ended], Fingerprint]:
    """Wipe, load, make `fault` once the first batch is in, heal, reload: how each loader ended, the graph."""
    wipe(driver)
    child = start_loader(copies, env)
    others: list[subprocess.Popen[str]] = []
    if fault == "overlap":
        others.append(start_loader(copies, env))
    wait_first_batch(driver, child)
    hit = time.perf_counter()
    if fault in ("stop", "kill"):
        os.kill(neo4j_pid(), signal.SIGSTOP if fault == "stop" else signal.SIGKILL)
    elif fault == "loader":
        child.kill()
    ended = [finish(c, hit) for c in [child, *others]]
    if fault in ("stop", "kill"):
        heal()
    ended.append(finish(start_loader(copies, env), time.perf_counter()))
    return ended, fingerprint(driver)


def main() -> None:
    from graph import launcher
    from graph.db import make_driver

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--fault", choices=["stop", "kill", "loader", "overlap"], default="kill")
    args = ap.parse_args()
    env = os.environ.copy()

    def pid() -> int:
        p = launcher.running_pid()
        assert p is not None, "no local Neo4j"
        return p

    def heal() -> None:
        if args.fault == "stop":
            os.kill(pid(), signal.SIGCONT)
        else:
            launcher.start()

    with make_driver() as d:
        wipe(d)
        finish(start_loader(args.copies, env), time.perf_counter())
        clean = fingerprint(d)
    print(f"clean load: {len(clean['nodes'])} nodes, {len(clean['rels'])} relationships")
    with make_driver() as d:
        ended, again = fault_run(d, args.fault, args.copies, env, pid, heal)
    for e in ended:
        s = e.summary or {}
        print(f"{args.fault}: loader exit {e.code} after {e.seconds:.1f} s; "
              f"loaded {s.get('documents_loaded')}, not written {len(s.get('not_written') or [])}, "
              f"stopped: {s.get('stopped')}")
    print(f"rerun: {len(again['nodes'])} nodes, {len(again['rels'])} relationships; same graph as a clean "
          f"load: {again == clean}")


if __name__ == "__main__":
    main()
