"""Parser speed on one core: milliseconds per document (medians) and MB/s, and a worker's start-up.

    python -m bench.bench_parse [--rounds 5] [--set seeds|realworld|all] [--startup 5] [paths ...]

Times are CPU time of this process (`time.process_time`): the machine is shared, and wall time
under a load of 4-6 on two cores measured the neighbours more than the parser. Wall time of the
whole run is printed too.

`--set all` (the default) is the seeds and the real-world corpus; the seeds are also reported on
their own, since the synthetic cascade is made from them. `--startup N` runs N fresh interpreters
and reports the median time to import `loaders.parse` and to parse a first seed, which is what each
worker of the ingest pool pays before its first document.

A benchmark, not a test: the machine is shared and noisy, so it reports medians and never asserts.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from loaders.parse import parse_text
from loaders.read import read_path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seed_data"
REALWORLD = REPO / "tests" / "realworld"

_STARTUP = """
import time
t0 = time.perf_counter()
import loaders.parse
t1 = time.perf_counter()
loaders.parse.parse_text(open({seed!r}, encoding="utf-8").read())
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""


def files_for(name: str) -> list[Path]:
    seeds = sorted(SEEDS.glob("*.txt"))
    real = sorted(REALWORLD.glob("*.txt"))
    return {"seeds": seeds, "realworld": real, "all": seeds + real}[name]


def startup(runs: int) -> None:
    """Median import and first-parse time of a fresh interpreter (a spawned pool worker)."""
    seed = str(sorted(SEEDS.glob("*.txt"))[0])
    imports, firsts = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _STARTUP.format(seed=seed)], cwd=REPO, check=True,
                             capture_output=True, text=True, env={"PYTHONPATH": str(REPO)}).stdout
        imp, first = map(float, out.split())
        imports.append(imp * 1000)
        firsts.append(first * 1000)
    print(f"start-up ({runs} fresh interpreters): import loaders.parse median "
          f"{statistics.median(imports):.0f} ms, first parse median {statistics.median(firsts):.0f} ms")


def bench(files: list[Path], rounds: int, verbose: bool) -> None:
    texts = [(f, read_path(f).text) for f in files]
    for _, text in texts:  # warm-up: regex compilation, gazetteer tables, caches
        parse_text(text)
    per_doc: dict[Path, list[float]] = {f: [] for f, _ in texts}
    totals = []
    walls = []
    for _ in range(rounds):
        t_round, w_round = time.process_time(), time.perf_counter()
        for f, text in texts:
            t0 = time.process_time()
            parse_text(text)
            per_doc[f].append((time.process_time() - t0) * 1000)
        totals.append(time.process_time() - t_round)
        walls.append(time.perf_counter() - w_round)
    size_mb = sum(len(t.encode("utf-8")) for _, t in texts) / 1e6
    medians = {f: statistics.median(ms) for f, ms in per_doc.items()}
    if verbose:
        for f, ms in per_doc.items():
            p90 = sorted(ms)[int(0.9 * len(ms))]
            print(f"{f.name:<48} median {medians[f]:7.2f} ms   p90 {p90:7.2f} ms")
    med_total = statistics.median(totals)
    seeds = [m for f, m in medians.items() if f.parent == SEEDS]
    print(f"{len(texts)} documents ({size_mb * 1000:.0f} KB, {rounds} rounds): median document "
          f"{statistics.median(medians.values()):.2f} ms, "
          f"mean {med_total * 1000 / len(texts):.2f} ms/document, "
          f"{size_mb / med_total:.2f} MB/s (CPU); "
          f"wall {statistics.median(walls) * 1000 / len(texts):.2f} ms/document")
    if seeds and len(seeds) < len(texts):
        print(f"  of which {len(seeds)} seeds: median document {statistics.median(seeds):.2f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--set", choices=("seeds", "realworld", "all"), default="all")
    ap.add_argument("--startup", type=int, default=0, metavar="N", help="also time N fresh interpreters")
    ap.add_argument("--verbose", action="store_true", help="one line per document")
    ap.add_argument("paths", nargs="*", type=Path)
    args = ap.parse_args()
    bench(args.paths or files_for(args.set), args.rounds, args.verbose)
    if args.startup:
        startup(args.startup)


if __name__ == "__main__":
    main()
