"""Task alignment speed over the seeds: every pair the graph aligns, medians over rounds.

    python -m bench.bench_align [--rounds 10] [--db]

Pure: the one carrying-out pair (Tự Cường → 66-CTr/TU) and the six sibling pairs of the four plans under
43-NQ/TW, then the groups, as `graph.align_db` does them. With --db: `recompute_all` on the running Neo4j
(which must hold the seeds: reads, seven alignments, writes). A benchmark, not a test: medians, no asserts.
A full synthetic cascade (issue 9) is timed and scored by `nqgraph align-eval --cascade DIR`.
"""

from __future__ import annotations

import argparse
import statistics
import time
from itertools import combinations
from pathlib import Path

from graph.align import AlignTask, Link, _hashed, _sentences, align, bag, groups
from graph.align_eval import _parsed, tasks_of

SEEDS = Path(__file__).resolve().parent.parent / "seed_data"
COMMUNE, SIBLINGS = "000", ("001", "002", "003", "004")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--db", action="store_true", help="also time recompute_all on the running Neo4j")
    args = ap.parse_args()
    files = sorted(SEEDS.glob("*.txt"))
    tasks: dict[str, list[AlignTask]] = {f.name[:3]: tasks_of(_parsed(str(f))) for f in files}
    n_tasks = sum(len(v) for v in tasks.values())

    def once(cold: bool) -> tuple[float, float, float]:
        if cold:  # sentences and terms of a text are cached across pairs: start without them
            for cache in (_sentences, _hashed, bag):
                cache.cache_clear()
        t0 = time.perf_counter()
        align(tasks[COMMUNE], tasks["004"])
        t1 = time.perf_counter()
        links: dict[tuple[str, str], list[Link]] = {}
        for a, b in combinations(SIBLINGS, 2):
            links[(a, b)] = align(tasks[a], tasks[b])
        t2 = time.perf_counter()
        groups(links)
        return t1 - t0, t2 - t1, time.perf_counter() - t2

    once(True)  # warm-up
    print(f"{n_tasks} tasks in {len(tasks)} seed plans, {args.rounds} rounds, medians:")
    for cold in (True, False):
        rounds = [once(cold) for _ in range(args.rounds)]
        child, sib, grp = (statistics.median(r[i] for r in rounds) for i in range(3))
        print("cold (text caches cleared):" if cold else "warm (texts seen before):")
        print(f"  carrying out (000 → 004, 1 pair):   {child * 1000:8.1f} ms")
        print(f"  siblings (4 plans, 6 pairs):         {sib * 1000:8.1f} ms   ({sib * 1000 / 6:.1f} ms/pair)")
        print(f"  groups from the sibling links:       {grp * 1000:8.1f} ms")
        print(f"  all seed pairs:                      {(child + sib + grp) * 1000:8.1f} ms")
    if args.db:
        from graph.align_db import recompute_all
        from graph.db import make_driver

        with make_driver() as driver:
            recompute_all(driver)
            times = []
            for _ in range(max(3, args.rounds // 3)):
                t0 = time.perf_counter()
                s = recompute_all(driver)
                times.append(time.perf_counter() - t0)
        print(f"  recompute_all in Neo4j:              {statistics.median(times) * 1000:8.1f} ms   "
              f"({s.documents} documents, {s.carries_out} CARRIES_OUT, {s.same_as} SAME_AS, "
              f"{s.groups} groups)")


if __name__ == "__main__":
    main()
