"""Duplicate check of a candidate for a blind set against every labelled set (not a test).

A blind set is an honest estimate only if none of its texts was seen before. Run from the repo root:

    python tests/dupcheck.py --own realworld_blind23 CANDIDATE [CANDIDATE ...] [--extra DIR ...]

A candidate is a `src/*.src.json` file (`{"url", "excerpt"}`), a `.txt` text or a bare URL. Every
150-character window (step 75, whitespace and case folded) of the candidate is looked for in every
text, label, README and source file of the other `tests/realworld*` sets and of each `--extra`
directory (hold-outs kept outside the repository); the URL is looked for verbatim. Hits are printed
with the file and the number of shared windows.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import unicodedata
from collections.abc import Iterator

TESTS = pathlib.Path(__file__).resolve().parent
WINDOW, STEP = 150, 75


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().lower()


def _files(roots: list[pathlib.Path]) -> Iterator[tuple[pathlib.Path, str]]:
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.suffix in (".txt", ".json", ".md", ".py") and path.is_file():
                yield path, path.read_text(encoding="utf-8", errors="replace")


def _candidate(arg: str) -> tuple[str, str]:
    path = pathlib.Path(arg)
    if not path.exists():
        return "", arg
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(raw)
        return fold(data.get("excerpt", "")), data.get("url", "")
    return fold(raw), ""


def check(arg: str, roots: list[pathlib.Path]) -> list[tuple[str, str]]:
    text, url = _candidate(arg)
    windows = {text[i:i + WINDOW] for i in range(0, max(len(text) - WINDOW, 1), STEP)} if text else set()
    hits: set[tuple[str, str]] = set()
    for path, body in _files(roots):
        if url and url in body:
            hits.add(("url", str(path)))
        if windows:
            shared = sum(1 for w in windows if w in fold(body))
            if shared:
                hits.add((f"text{shared}", str(path)))
    return sorted(hits)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("candidates", nargs="+")
    parser.add_argument("--own", required=True, help="the set being built, left out of the comparison")
    parser.add_argument("--extra", nargs="*", default=[], help="more directories to compare against")
    args = parser.parse_args()
    roots = [p for p in TESTS.glob("realworld*") if p.name != args.own]
    roots += [pathlib.Path(e) for e in args.extra]
    for cand in args.candidates:
        hits = check(cand, roots)
        for kind, where in hits:
            print(cand, kind, where)
        print(cand, "hits:", len(hits))


if __name__ == "__main__":
    main()
