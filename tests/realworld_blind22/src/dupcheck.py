"""Duplicate check of a candidate text (or URL) against every earlier set: 150-char windows and URLs."""
import json
import pathlib
import re
import sys
import unicodedata

TESTS = pathlib.Path(__file__).resolve().parents[2]
ROOTS = [p for p in TESTS.glob("realworld*") if p.name != "realworld_blind22"]
EXTRA = [pathlib.Path(s) for s in sys.argv[2:]]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()


def corpus():
    for root in ROOTS + EXTRA:
        for p in root.rglob("*"):
            if p.suffix in (".txt", ".json", ".md") and p.is_file():
                yield p, p.read_text(encoding="utf-8", errors="replace")


def main():
    arg = sys.argv[1]
    cand = pathlib.Path(arg)
    if cand.exists():
        d = json.loads(cand.read_text(encoding="utf-8"))
        text, url = norm(d["excerpt"]), d["url"]
    else:
        text, url = "", arg
    wins = {text[i:i + 150] for i in range(0, max(len(text) - 150, 1), 75)} if text else set()
    hits = set()
    for p, t in corpus():
        if url and url in t:
            hits.add(("url", str(p)))
        if wins:
            nt = norm(t)
            n = sum(1 for w in wins if w in nt)
            if n:
                hits.add((f"text{n}", str(p)))
    for h in sorted(hits):
        print(*h)
    print("hits:", len(hits))


main()
