"""Task alignment speed over the seeds: every pair the graph aligns, medians over rounds.

    python -m bench.bench_align [--rounds 10] [--db]
    python -m bench.bench_align --cascade [--digest FILE]   # Neo4j holding a loaded cascade

Pure: the one carrying-out pair (Tự Cường → 66-CTr/TU) and the six sibling pairs of the four plans under
43-NQ/TW, then the groups, as `graph.align_db` does them. With --db: `recompute_all` on the running Neo4j
(which must hold the seeds: reads, seven alignments, writes). A benchmark, not a test: medians, no asserts.
A full synthetic cascade (issue 9) is scored by `nqgraph align-eval --cascade DIR`; with --cascade, its
alignment in Neo4j is timed here: every loaded plan marked pending again and the stored alignment removed
(as right after `bench.bench_cascade`), then `graph.load.finish_pending` as a load runs it. Wall time, CPU
seconds of this process and of the Neo4j JVM, load average, and a digest of every stored link and group
(--digest writes their lines, to compare two versions of the code).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import resource
import statistics
import time
from itertools import combinations
from pathlib import Path
from typing import Any

from graph.align import AlignTask, Link, _hashed, _sentences, align, bag, groups
from graph.align_eval import _parsed, tasks_of

SEEDS = Path(__file__).resolve().parent.parent / "seed_data"
COMMUNE, SIBLINGS = "000", ("001", "002", "003", "004")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--db", action="store_true", help="also time recompute_all on the running Neo4j")
    ap.add_argument("--cascade", action="store_true", help="time the alignment of the cascade in Neo4j")
    ap.add_argument("--digest", type=Path, default=None, help="with --cascade: write the stored links here")
    args = ap.parse_args()
    if args.cascade:
        cascade(args.digest)
        return
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


_RESET = (
    "MATCH ()-[r:CARRIES_OUT|SAME_AS]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS",
    "MATCH (g:TaskGroup) CALL (g) { DETACH DELETE g } IN TRANSACTIONS OF 5000 ROWS",
    "MATCH (d:Document) WHERE d.sha256 IS NOT NULL "
    "CALL (d) { SET d.align_pending = true REMOVE d.aligned_version } IN TRANSACTIONS OF 5000 ROWS",
)
_DIGEST = (
    "MATCH (c:Task)-[k:CARRIES_OUT]->(p:Task) "
    "RETURN 'C\t' + c.uid + '\t' + p.uid + '\t' + toString(k.score) + '\t' + k.method AS line",
    "MATCH (c:Task)-[k:SAME_AS]->(p:Task) "
    "RETURN 'S\t' + c.uid + '\t' + p.uid + '\t' + toString(k.score) + '\t' + k.method AS line",
    "MATCH (g:TaskGroup)-[:UNDER]->(r:Document) "
    "RETURN 'G\t' + g.uid + '\t' + r.uid + '\t' + g.caption + '\t' + toString(g.documents) "
    "+ '\t' + toString(g.size) AS line",
    "MATCH (t:Task)-[m:IN_GROUP]->(g:TaskGroup) "
    "RETURN 'M\t' + g.uid + '\t' + t.uid + '\t' + toString(m.score) + '\t' + toString(m.core) AS line",
)


def _jvm_cpu() -> float:
    """CPU seconds (user + system) of the running Neo4j's JVM, from /proc."""
    from graph.launcher import running_pid

    pid = running_pid()
    if pid is None:
        return float("nan")
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cascade(digest: Path | None) -> None:
    from graph.db import make_driver
    from graph.load import finish_pending

    with make_driver() as driver:
        with driver.session() as s:
            for q in _RESET:
                s.run(q).consume()
        before = os.getloadavg()
        cpu0, jvm0, t0 = resource.getrusage(resource.RUSAGE_SELF), _jvm_cpu(), time.perf_counter()
        n = finish_pending(driver, align=True)
        wall = time.perf_counter() - t0
        cpu1, jvm1 = resource.getrusage(resource.RUSAGE_SELF), _jvm_cpu()
        after = os.getloadavg()
        lines: list[str] = []
        with driver.session() as s:
            for q in _DIGEST:
                lines += [r["line"] for r in s.run(q)]
    lines.sort()
    counts: dict[str, Any] = {k: sum(1 for x in lines if x[0] == k) for k in "CSGM"}
    py = cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime
    print(f"alignment of {n} pending documents: {wall:.1f} s wall; CPU: Python {py:.1f} s, "
          f"Neo4j JVM {jvm1 - jvm0:.1f} s")
    print(f"stored: {counts['C']} CARRIES_OUT, {counts['S']} SAME_AS, {counts['G']} TaskGroups, "
          f"{counts['M']} IN_GROUP; digest {hashlib.sha256(chr(10).join(lines).encode()).hexdigest()[:16]}")
    print(f"load average before {' '.join(f'{x:.2f}' for x in before)}, "
          f"after {' '.join(f'{x:.2f}' for x in after)}")
    if digest:
        digest.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
