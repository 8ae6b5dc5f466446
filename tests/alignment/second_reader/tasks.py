"""Print a pair's child and parent tasks as the labels list them, without reader 1's links.

The second reader labels from this listing so that reader 1's `carries_out`, `note` and `dropped` stay
unseen: only `label` and `text_starts` are read from the pair's file, the text comes from the parser.
Run: `python -m tests.alignment.second_reader.tasks <pair>` (the pair's file name without `.json`).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from graph.align_eval import tasks_of
from loaders.normalise import squeeze
from loaders.parse import parse_file

FIRST = Path(__file__).resolve().parent.parent


def seed_path(seed: str) -> Path:
    """A pair file names its seeds relative to the repository's root."""
    return FIRST.parent.parent / seed


def listing(pair: str) -> dict[str, Any]:
    """The pair's header and its two task lists (label, text_starts), links left out."""
    g = json.loads((FIRST / f"{pair}.json").read_text(encoding="utf-8"))
    side = {k: [{"label": t["label"], "text_starts": t["text_starts"]} for t in g[k]]
            for k in ("child_tasks", "parent_tasks")}
    head = {k: g[k] for k in ("pair", "relation", "split", "child", "parent") if k in g}
    return head | side


def main(pair: str) -> None:
    lst = listing(pair)
    print(json.dumps({k: v for k, v in lst.items() if not k.endswith("_tasks")}, ensure_ascii=False))
    for role, key in (("CHILD", "child"), ("PARENT", "parent")):
        rec = parse_file(seed_path(lst[key]["seed"]))
        tasks = {t.key: t for t in tasks_of(rec)}
        print(f"\n===== {role} {lst[key]['seed']} =====")
        for row in lst[f"{key}_tasks"]:
            t = tasks.get(row["label"])
            stale = "" if t and squeeze(t.text)[:60] == row["text_starts"] else "  [STALE]"
            print(f"\n[{row['label']}]{stale} bodies={list(t.bodies) if t else None}")
            print(squeeze(t.text) if t else row["text_starts"])
            for n in (t.notes if t else ()):
                print(f"   note: {squeeze(n)[:300]}")


if __name__ == "__main__":
    main(sys.argv[1])
