"""Reader speed per format: median milliseconds to read (extract text) and to parse, per document.

    python -m bench.bench_read [--rounds 10]

The same seeds as .txt and as the fixtures of tests/fixtures/formats (portal page, DOCX, text PDF), so
the figures compare formats on the same text. A benchmark, not a test: it reports medians, never asserts.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from loaders.parse import parse_extracted
from loaders.read import read_bytes

REPO = Path(__file__).resolve().parent.parent
SEEDS = ("004_c81e2607254c46bf", "002_78b3ebd64e4f21ce")


def samples() -> list[tuple[str, str, bytes]]:
    out = []
    for seed in SEEDS:
        out.append(("text", seed, (REPO / "seed_data" / f"{seed}.txt").read_bytes()))
        for ext in ("html", "docx", "pdf"):
            out.append((ext, seed, (REPO / "tests" / "fixtures" / "formats" / f"{seed}.{ext}").read_bytes()))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    rows: dict[str, tuple[list[float], list[float]]] = {}
    for fmt, seed, raw in samples():
        read_bytes(raw, seed)  # warm-up: imports, regex compilation
        reads, parses = rows.setdefault(fmt, ([], []))
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            ex = read_bytes(raw, seed)
            t1 = time.perf_counter()
            parse_extracted(ex, seed)
            t2 = time.perf_counter()
            reads.append((t1 - t0) * 1000)
            parses.append((t2 - t0) * 1000)
    print(f"{'format':8} {'read ms':>9} {'read+parse ms':>14}   (median per document, {len(SEEDS)} seeds)")
    for fmt, (reads, parses) in rows.items():
        print(f"{fmt:8} {statistics.median(reads):9.1f} {statistics.median(parses):14.1f}")


if __name__ == "__main__":
    main()
