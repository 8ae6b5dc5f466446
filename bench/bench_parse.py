"""Parser speed on one core: milliseconds per document (medians) and MB/s, and a worker's start-up.

    python -m bench.bench_parse [--rounds 5] [--set seeds|realworld|all] [--startup 5] [paths ...]
    python -m bench.bench_parse --dir .local/cascade/c43 --sample 100   # a synthetic cascade

Times are CPU time of this process (`time.process_time`): the machine is shared, and wall time
under a load of 4-6 on two cores measured the neighbours more than the parser. Wall time of the
whole run is printed too.

`--set all` (the default) is the seeds and the real-world corpus; the seeds are also reported on
their own, since the synthetic cascade is made from them. `--startup N` runs N fresh interpreters
and reports the median CPU time to import `loaders.parse` and to parse a first seed, which is what each
worker of the ingest pool pays before its first document.

The parser caches what it computes per paragraph (folded text, bodies, deadlines), so rounds over the
same few documents flatter it; `--cold` empties those caches before every document, the cost of a
document that shares no paragraph with any before it. `--dir DIR --sample N` reads a directory as a
pool worker would: runs of 16 consecutive files (the pool's chunk), evenly spaced in name order (a
cascade sorts top-down, so every level is sampled), parsed once each in that order after a warm-up
on the seeds, so a plan meets its siblings' copied tasks as it does in a real load.

A benchmark, not a test: the machine is shared and noisy, so it reports medians and never asserts.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from loaders import header, normalise, resolve, tasks
from loaders.parse import parse_text
from loaders.read import read_path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seed_data"
REALWORLD = REPO / "tests" / "realworld"

_STARTUP = """
import time
t0 = time.process_time()
import loaders.parse
t1 = time.process_time()
loaders.parse.parse_text(open({seed!r}, encoding="utf-8").read())
t2 = time.process_time()
print(t1 - t0, t2 - t1)
"""


_CHUNK = 16  # ingest's pool.map chunksize


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
    print(f"start-up ({runs} fresh interpreters, CPU): import loaders.parse median "
          f"{statistics.median(imports):.0f} ms, first parse median {statistics.median(firsts):.0f} ms")


_TEXT_CACHES = ((normalise, "_fold_short"), (normalise, "toned_paragraph"), (tasks, "_folded"),
                (tasks, "_responsible_in"), (tasks, "extract_deadline"), (tasks, "_deadline_of"),
                (header, "_tone"), (header, "_matching"), (header, "_preamble_spans"),
                (resolve, "parse_body"))


def clear_text_caches() -> None:
    """By name, and only those that are caches: the bench also runs against older parsers."""
    for module, name in _TEXT_CACHES:
        clear = getattr(getattr(module, name, None), "cache_clear", None)
        if clear is not None:
            clear()


def bench(files: list[Path], rounds: int, verbose: bool, *, cold: bool = False,
          warm_up: list[Path] | None = None) -> None:
    texts = [(f, read_path(f).text) for f in files]
    for f in warm_up if warm_up is not None else files:  # regex compilation, gazetteer tables, caches
        parse_text(read_path(f).text)
    per_doc: dict[Path, list[float]] = {f: [] for f, _ in texts}
    totals = []
    walls = []
    for _ in range(rounds):
        t_round, w_round = time.process_time(), time.perf_counter()
        for f, text in texts:
            if cold:
                clear_text_caches()
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
    ap.add_argument("--cold", action="store_true", help="empty the per-text caches before each document")
    ap.add_argument("--dir", type=Path, help="benchmark this directory's *.txt instead")
    ap.add_argument("--sample", type=int, default=100, help="how many of --dir's files")
    ap.add_argument("paths", nargs="*", type=Path)
    args = ap.parse_args()
    if args.dir:
        found = sorted(args.dir.glob("*.txt"))
        step = max(_CHUNK, len(found) * _CHUNK // max(args.sample, 1))
        files = [f for a in range(0, len(found), step) for f in found[a:a + _CHUNK]][: args.sample]
        bench(files, 1, args.verbose, cold=args.cold, warm_up=files_for("seeds"))
    else:
        bench(args.paths or files_for(args.set), args.rounds, args.verbose, cold=args.cold)
    if args.startup:
        startup(args.startup)


if __name__ == "__main__":
    main()
