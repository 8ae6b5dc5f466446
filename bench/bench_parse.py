"""Parser speed over the seeds: median milliseconds per document and MB/s on one core.

    python -m bench.bench_parse [--rounds 30]

A benchmark, not a test: the machine is shared and noisy, so it reports medians and never asserts.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from loaders.parse import parse_text
from loaders.read import read_path

SEEDS = Path(__file__).resolve().parent.parent / "seed_data"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=30)
    ap.add_argument("paths", nargs="*", type=Path)
    args = ap.parse_args()
    files = args.paths or sorted(SEEDS.glob("*.txt"))
    texts = [(f.name, read_path(f).text) for f in files]
    for _, text in texts:  # warm-up: regex compilation, gazetteer tables
        parse_text(text)
    per_doc: dict[str, list[float]] = {name: [] for name, _ in texts}
    totals = []
    for _ in range(args.rounds):
        t_round = time.perf_counter()
        for name, text in texts:
            t0 = time.perf_counter()
            parse_text(text)
            per_doc[name].append((time.perf_counter() - t0) * 1000)
        totals.append(time.perf_counter() - t_round)
    size_mb = sum(len(t.encode("utf-8")) for _, t in texts) / 1e6
    for name, ms in per_doc.items():
        p90 = sorted(ms)[int(0.9 * len(ms))]
        print(f"{name:<32} median {statistics.median(ms):7.2f} ms   p90 {p90:7.2f} ms")
    med_total = statistics.median(totals)
    print(f"all {len(texts)} documents: median {med_total * 1000 / len(texts):.2f} ms/document, "
          f"{size_mb / med_total:.2f} MB/s ({size_mb * 1000:.0f} KB, {args.rounds} rounds)")


if __name__ == "__main__":
    main()
