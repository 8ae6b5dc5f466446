"""Faults during a load: Neo4j frozen (SIGSTOP) or killed (SIGKILL) mid-load, then the load rerun.

    python -m bench.fault_load [--copies 20] [--batch 10] [--after 6] [--signal KILL|STOP]

Needs the local Neo4j of `nqgraph neo4j start` (this script stops and restarts it). It loads renumbered
copies of the seeds (bench.bench_load) in a child process, sends the signal after `--after` seconds,
reports how long the loader took to give up and what its summary said, restarts (or continues) Neo4j,
reruns the load and compares the graph (counts, document and task uids, every relationship by its end
uids) with a clean load of the same records. A fault drill, not a test: it changes the server's state.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time

from graph import launcher
from graph.db import make_driver, read

CHILD = """
import json, sys
from bench.bench_load import SEEDS, copy_record
from graph.db import make_driver
from graph.load import load_records
from loaders.parse import parse_file
seeds = [parse_file(p) for p in sorted(SEEDS.glob('*.txt'))]
recs = [copy_record(r, k) for k in range(int(sys.argv[1])) for r in seeds]
d = make_driver(connection_timeout=5.0, max_transaction_retry_time=5.0)
s = load_records(d, recs, batch_size=int(sys.argv[2]))
print(json.dumps({k: v for k, v in s.as_dict().items() if k != 'documents'}))
"""


def fingerprint() -> dict[str, list[tuple[str, ...]]]:
    with make_driver() as d:
        rels = read(d, "MATCH (a)-[r]->(b) WHERE NOT a:AdminUnit RETURN a.uid AS a, type(r) AS t, b.uid AS b")
        nodes = read(d, "MATCH (n) WHERE NOT n:AdminUnit RETURN labels(n)[0] AS l, n.uid AS uid")
    return {"nodes": sorted((r["l"], r["uid"]) for r in nodes),
            "rels": sorted((r["a"], r["t"], r["b"]) for r in rels)}


def wipe() -> None:
    with make_driver() as d, d.session() as s:
        s.run("MATCH (n) WHERE NOT n:AdminUnit "
              "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def load(copies: int, batch: int) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(copies), str(batch)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=os.environ.copy())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--copies", type=int, default=20)
    ap.add_argument("--batch", type=int, default=10)
    ap.add_argument("--after", type=float, default=6.0)
    ap.add_argument("--signal", choices=["KILL", "STOP"], default="KILL")
    args = ap.parse_args()

    wipe()
    out, _ = load(args.copies, args.batch).communicate()
    clean = fingerprint()
    print(f"clean load: {len(clean['nodes'])} nodes, {len(clean['rels'])} relationships")

    wipe()
    child = load(args.copies, args.batch)
    time.sleep(args.after)
    pid = launcher.running_pid()
    assert pid is not None, "no local Neo4j"
    sig = signal.SIGKILL if args.signal == "KILL" else signal.SIGSTOP
    os.kill(pid, sig)
    hit = time.perf_counter()
    out, err = child.communicate(timeout=300)
    gave_up = time.perf_counter() - hit
    summary = json.loads(out.strip().splitlines()[-1]) if out.strip() else {"stderr": err[-2000:]}
    print(f"SIG{args.signal} after {args.after:.0f} s: the loader ended {gave_up:.1f} s later; "
          f"loaded {summary.get('documents_loaded')}, not written {len(summary.get('not_written') or [])}, "
          f"stopped: {summary.get('stopped')}")
    if args.signal == "STOP":
        os.kill(pid, signal.SIGCONT)
    else:
        launcher.start()
    load(args.copies, args.batch).communicate()
    again = fingerprint()
    same = again == clean
    print(f"rerun: {len(again['nodes'])} nodes, {len(again['rels'])} relationships; same graph as a clean "
          f"load: {same}")


if __name__ == "__main__":
    main()
