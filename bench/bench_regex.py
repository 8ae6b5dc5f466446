"""Regex cost: which pattern costs most on which document, and how a pattern's time grows with its input.

    python -m bench.bench_regex profile [--rounds 3] [--dir DIR --sample N] [--top 15] [paths ...]
    python -m bench.bench_regex growth [--kb 12.5]

A user's page can be anything, so a pattern whose cost grows faster than its input is a hang waiting
for a longer page. `profile` wraps every compiled pattern at module level in `loaders` and times each
call the parser makes (search, match, finditer, sub ...) while it parses the real sets (seeds,
held-out, every `tests/realworld*`) or a sample of a directory's plans; the per-text caches are emptied
before every document and each (pattern, document) keeps its least time over the rounds, so a figure
is the pattern's own cost on that document, not the neighbours' load. It prints each pattern's worst
document and its total. Times are CPU time of this process (`time.process_time`), as in bench_parse.

`growth` times the patterns that embed `_JOINED_NAME` on adversarial lines built from real-looking
pieces (names with no verb after them, a run of capitalised words, a list of document titles), at 1x,
2x, 4x and 8x a base length (by default 12.5 KB, so 8x is a 100 KB line), medians of 3 calls. To time the
patterns as they were at another commit, put that commit's `loaders` first on PYTHONPATH (`git archive
<commit> loaders | tar x -C DIR`); before regexfast they took a second or more a KB, so use `--kb 1`.

A benchmark, not a test: it reports medians and never asserts.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import pkgutil
import re
import statistics
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import loaders
from bench.bench_parse import clear_text_caches
from loaders import patterns
from loaders.parse import parse_file

REPO = Path(__file__).resolve().parent.parent
_CHUNK = 16

# Lines no real page has in this length, each built from pieces real pages have.
ADVERSARIAL = {
    "names, no verb": "Sở Nông nghiệp và PTNT, Ủy ban nhân dân tỉnh Hưng Yên, ",
    "capitalised words": "Sở Giáo Dục Và Đào Tạo Ban Thường Vụ Tỉnh Ủy Hà Nội ",
    "list of titles": "Quyết định 259/QĐ-BGDĐT năm 2023 của Bộ Giáo dục và Đào tạo hết hiệu lực năm 2022 - ",
}
GROWTH_PATTERNS = ("LEAD_ISSUER_RE", "ACTING_SUBJECT_RE", "LEAD_SUBJECT_RE", "DOCUMENT_SUBJECT_RE",
                   "LEAD_DEPLOYS_RE", "LEAD_DEPLOYS_NUMBERED_RE", "CLAUSE_OWN_RE")


def adversarial(unit: str, length: int) -> str:
    """`unit` repeated to `length` characters on one line, then more lower-case words than a department's
    name takes (eight), so that no name runs to the line's end."""
    return (unit * (length // len(unit) + 1))[:length] + " và nhiều nội dung khác chưa được nêu tên ở đây"


class _Timed:
    """A pattern whose calls add their time to `spent[name]`."""

    def __init__(self, pattern: re.Pattern[str], name: str, spent: dict[str, float]) -> None:
        self._pattern, self._name, self._spent = pattern, name, spent

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._pattern, attr)

    def _call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return getattr(self._pattern, method)(*args, **kwargs)
        finally:
            self._spent[self._name] += time.process_time() - start

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("search", *args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("match", *args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("fullmatch", *args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("sub", *args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("subn", *args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("split", *args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("findall", *args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[re.Match[str]]:
        found = self._pattern.finditer(*args, **kwargs)
        while True:
            start = time.process_time()
            m = next(found, None)
            self._spent[self._name] += time.process_time() - start
            if m is None:
                return
            yield m


def _wrap_all(spent: dict[str, float]) -> None:
    """Every module-level pattern of every `loaders` module, in place (a module's own imported names too)."""
    done: dict[int, _Timed] = {}
    for info in pkgutil.walk_packages(loaders.__path__, "loaders."):
        module = importlib.import_module(info.name)
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                setattr(module, name, done.setdefault(id(value), _Timed(value, name, spent)))


def _real_sets() -> list[Path]:
    dirs = [REPO / "seed_data", REPO / "tests" / "heldout", *sorted((REPO / "tests").glob("realworld*"))]
    return [p for d in dirs for p in sorted(d.glob("*.txt"))]


def profile(files: list[Path], rounds: int, top: int) -> None:
    spent: dict[str, float] = collections.defaultdict(float)
    _wrap_all(spent)
    for f in files[:3] + sorted((REPO / "seed_data").glob("*.txt"))[:3]:
        parse_file(f)  # imports and one-off tables (the restoration vocabulary) out of the figures
    least: dict[tuple[str, Path], float] = {}
    spent.clear()
    for _ in range(rounds):
        for f in files:
            clear_text_caches()
            spent.clear()
            parse_file(f)
            for name, seconds in spent.items():
                least[name, f] = min(least.get((name, f), seconds), seconds)
    total: dict[str, float] = collections.defaultdict(float)
    worst: dict[str, tuple[float, Path]] = {}
    for (name, f), seconds in least.items():
        total[name] += seconds
        if seconds > worst.get(name, (-1.0, f))[0]:
            worst[name] = (seconds, f)
    print(f"{len(files)} documents, least of {rounds} rounds a (pattern, document), cold caches")
    print(f"{'pattern':28s} {'worst ms':>9s} {'all ms':>9s}  worst document")
    for name, (seconds, f) in sorted(worst.items(), key=lambda kv: -kv[1][0])[:top]:
        shown = f.relative_to(REPO) if f.is_relative_to(REPO) else f
        print(f"{name:28s} {seconds * 1000:9.2f} {total[name] * 1000:9.1f}  {shown}")


def _median_ms(call: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        call()
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000


def growth(kb: float) -> None:
    base = int(kb * 1000)
    compiled = {name: getattr(patterns, name) for name in GROWTH_PATTERNS}
    print(f"ms a search, median of 3; 1x = {base:,} characters on one line")
    print(f"{'input':18s} {'pattern':34s} " + " ".join(f"{k}x".rjust(9) for k in (1, 2, 4, 8)))
    for label, unit in ADVERSARIAL.items():
        texts = [adversarial(unit, base * k) for k in (1, 2, 4, 8)]
        for name, pattern in compiled.items():
            row = [_median_ms(partial(pattern.search, t)) for t in texts]
            print(f"{label:18s} {name:34s} " + " ".join(f"{ms:9.2f}" for ms in row))


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("profile")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--top", type=int, default=15)
    p.add_argument("--dir", type=Path, help="a directory of plans instead of the real sets")
    p.add_argument("--sample", type=int, default=300)
    p.add_argument("paths", nargs="*", type=Path, help="these texts instead of the real sets")
    g = sub.add_parser("growth")
    g.add_argument("--kb", type=float, default=12.5)
    args = ap.parse_args()
    if args.cmd == "growth":
        growth(args.kb)
        return
    files = [p.resolve() for p in args.paths] or _real_sets()
    if args.dir:
        found = sorted(args.dir.glob("*.txt"))
        step = max(_CHUNK, len(found) * _CHUNK // max(args.sample, 1))
        files = [f for a in range(0, len(found), step) for f in found[a:a + _CHUNK]][: args.sample]
    profile(files, args.rounds, args.top)


if __name__ == "__main__":
    main()
