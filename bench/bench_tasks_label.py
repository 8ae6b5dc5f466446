"""Tasks by label on a loaded cascade: the PROFILE (db hits, rows of the seeks) and the median time of
`find_tasks` and `get_tasks_total` as the API calls them, and their answers, to compare two versions.

    python -m bench.bench_tasks_label [--runs 5] [--dump FILE]
    # Neo4j running with a cascade loaded (bench.bench_cascade, or bench.bench_scale_api --load)

The cases are the ones docs/scale.md reports: '4.3' at province, 'III.4.3' at district, '4.3' at every
level (first page and a deep page). `--dump` writes every answer (rows in order, and the total) of a grid
of labels, levels, provinces, bodies and pages as JSON, so the answers of two versions of the queries can
be compared on the same graph (`diff`). The queries' own parameters are read from their headers, so an
older version of the catalogue (level, no cap) runs too. A benchmark, not a test: medians, load average.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import statistics
import time
from pathlib import Path
from typing import Any

from graph.db import make_driver
from queries.catalogue import get, run

CASES: list[tuple[str, str | None, int]] = [
    ("4.3", "province", 0), ("III.4.3", "district", 0), ("4.3", None, 0), ("4.3", None, 5000),
]
LEVELS = ["central", "province", "district", "commune", ""]
LIMIT = 100
_INDEX = re.compile(r"[A-Z]+ INDEX \w+:\w+\([^)]*\)")
CAP = 1000


def params(name: str, label: str | None, level: str | None, province: str | None = None,
           body: str | None = None, skip: int = 0, limit: int = LIMIT) -> dict[str, Any]:
    """The API's parameters, in the form this version of the query declares."""
    declared = get(name).params
    p: dict[str, Any] = {"label": label, "province_key": province, "body_key": body}
    if "levels" in declared:
        p["levels"] = [level] if level else LEVELS
    else:
        p["level"] = level
    if "cap" in declared:
        p["cap"] = max(CAP, skip + limit)
    if "skip" in declared:
        p["skip"], p["limit"] = skip, limit
    return p


def profile(driver: Any, name: str, p: dict[str, Any]) -> tuple[int, int, list[str]]:
    """(total db hits, rows out of the index seeks and scans, the indexes they read)."""
    def work(tx: Any) -> Any:
        result = tx.run("PROFILE " + get(name).cypher, p)
        result.fetch(1_000_000)
        return result.consume().profile

    with driver.session(default_access_mode="READ") as session:
        plan = session.execute_read(work)
    hits = rows = 0
    indexes: set[str] = set()
    stack = [plan]
    while stack:
        op = stack.pop()
        hits += int(op.get("dbHits", 0))
        if "Index" in op["operatorType"] or "Scan" in op["operatorType"]:
            rows += int(op.get("rows", 0))
            indexes |= set(_INDEX.findall(str(op.get("args", {}).get("Details", ""))))
        stack.extend(op.get("children", []))
    return hits, rows, sorted(indexes)


def timed(driver: Any, name: str, p: dict[str, Any], runs: int) -> float:
    ms = []
    for _ in range(runs):
        t0 = time.perf_counter()
        run(driver, name, **p)
        ms.append((time.perf_counter() - t0) * 1000)
    return statistics.median(ms)


def measure(driver: Any, runs: int) -> None:
    for label, level, skip in CASES:
        for name in ("find_tasks", "get_tasks_total"):
            p = params(name, label, level, skip=skip)
            if name == "get_tasks_total" and skip:
                continue
            hits, rows, indexes = profile(driver, name, p)
            ms = timed(driver, name, p, runs)
            total = run(driver, "get_tasks_total", **params("get_tasks_total", label, level, skip=skip))[0]
            print(f"{name:<16} label={label:<8} level={str(level):<9} offset={skip:<5} db hits {hits:>9,}  "
                  f"seek rows {rows:>7,}  median {ms:7.1f} ms  (total {total.get('total')}"
                  f"{'' if total.get('exact', True) else '+'})  load {os.getloadavg()[0]:.1f}  "
                  f"indexes: {'; '.join(indexes) or 'none'}", flush=True)


def dump(driver: Any, out: Path) -> None:
    """Every answer of the grid, rows in order; totals as the uncapped count would give them."""
    grid: list[tuple[str | None, str | None, str | None, str | None, int, int]] = []
    for label in ("4.3", "III.4.3", "1.1"):
        for level in (None, "central", "province", "district", "commune"):
            for province, body in ((None, None), ("hai phong", None), (None, "dan van")):
                for skip, limit in ((0, 100), (0, 7), (250, 50), (5000, 100)):
                    grid.append((label, level, province, body, skip, limit))
    grid += [(None, level, None, None, 0, 100) for level in (None, "province")]
    answers = {}
    for cell in grid:
        rows = run(driver, "find_tasks", **params("find_tasks", *cell))
        total = run(driver, "get_tasks_total", **params("get_tasks_total", *cell))[0]
        key = "|".join(str(x) for x in cell)
        answers[key] = {"rows": rows, "total": total["total"], "exact": total.get("exact", True)}
    out.write_text(json.dumps(answers, default=str, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(answers)} answers written to {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--dump", type=Path, default=None)
    args = ap.parse_args()
    logging.getLogger("neo4j").setLevel(logging.ERROR)  # the older queries name a property no task has
    with make_driver() as driver:
        if args.dump:
            dump(driver, args.dump)
        else:
            measure(driver, args.runs)


if __name__ == "__main__":
    main()
