"""Backup and restore of the local Neo4j holding the seed graph: medians of a few rounds, and each as a
ratio of a plain stop+start (the part no dump can avoid on Community).

    python -m bench.bench_backup [--rounds 3]       # the local Neo4j running and seeded

A benchmark, not a test: the machine is shared and noisy, so it reports medians and never asserts.
Restores replace the graph with the dump just made of it (--force), which leaves it as it was.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from graph import launcher
from graph.backup import backup, counts, restore
from nqgraph.settings import get_settings


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    s = get_settings()
    if launcher.running_pid(s) is None:
        raise SystemExit("start and seed the local Neo4j first (nqgraph up --no-serve)")
    print(f"graph: {counts(s)}")
    times: dict[str, list[float]] = {"stop+start": [], "backup": [], "restore": []}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(max(1, args.rounds)):
            t0 = time.monotonic()
            launcher.stop(s)
            launcher.start(s)
            times["stop+start"].append(time.monotonic() - t0)
            dump = Path(tmp) / f"round{i}.dump"
            t0 = time.monotonic()
            made = backup(dump)
            times["backup"].append(time.monotonic() - t0)
            t0 = time.monotonic()
            restore(dump, force=True)
            times["restore"].append(time.monotonic() - t0)
            print(f"round {i + 1}: " + ", ".join(f"{k} {v[-1]:.1f} s" for k, v in times.items())
                  + f", dump {made['bytes'] / 2**20:.1f} MiB")
    base = statistics.median(times["stop+start"])
    for name, values in times.items():
        med = statistics.median(values)
        print(f"{name:>10}: median {med:6.1f} s  (min {min(values):.1f}, max {max(values):.1f})  "
              f"x{med / base:.2f} of stop+start")


if __name__ == "__main__":
    main()
