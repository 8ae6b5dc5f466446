"""Parser output snapshot: every corpus document's record JSON, written once and compared after a change.

    python -m bench.parse_snapshot write .local/speed_snap
    python -m bench.parse_snapshot check .local/speed_snap

A speed-up must not change what the parser says: `check` compares the JSON record of every text in the
seeds and the labelled sets (and the seeds' golden files) byte for byte with the snapshot taken before,
and names each document that differs. The snapshot lives outside the repo, since it is a working aid for
one change, not a reference the project keeps (the golden files are that).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from loaders.parse import parse_file

REPO = Path(__file__).resolve().parent.parent
CORPORA = ("seed_data", "tests/heldout", "tests/realworld", "tests/realworld_unseen")


def corpus() -> list[Path]:
    """Every text the parser is scored on, as a path relative to the repo (the record's source path)."""
    return [p.relative_to(REPO) for d in CORPORA for p in sorted((REPO / d).glob("*.txt"))]


def snapshot() -> dict[str, str]:
    """Snapshot key (the corpus path, or `golden/<name>` for the golden files) -> JSON text."""
    os.chdir(REPO)
    out = {path.as_posix(): parse_file(path).model_dump_json() for path in corpus()}
    for golden in sorted((REPO / "tests" / "golden").glob("*.json")):
        out[f"golden/{golden.name}"] = golden.read_text(encoding="utf-8")
    return out


def _key_file(root: Path, key: str) -> Path:
    return root / (key.replace("/", "__") + ".json")


def write(root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    snap = snapshot()
    for key, text in snap.items():
        _key_file(root, key).write_text(text, encoding="utf-8")
    (root / "INDEX").write_text(json.dumps(sorted(snap)) + "\n", encoding="utf-8")
    print(f"wrote {len(snap)} records to {root}")


def check(root: Path) -> int:
    keys = json.loads((root / "INDEX").read_text(encoding="utf-8"))
    snap = snapshot()
    bad = sorted(set(keys) ^ set(snap))
    bad += [k for k in keys if k in snap and _key_file(root, k).read_text(encoding="utf-8") != snap[k]]
    for key in bad:
        print(f"DIFFERS: {key}")
    print(f"{len(snap) - len(bad)}/{len(snap)} identical" + ("" if bad else " (all)"))
    return 1 if bad else 0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=("write", "check"))
    ap.add_argument("dir", type=Path)
    args = ap.parse_args()
    if args.action == "write":
        write(args.dir.resolve())
    else:
        sys.exit(check(args.dir.resolve()))


if __name__ == "__main__":
    main()
