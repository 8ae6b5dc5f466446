"""Issue 11, fourth round: footnotes, cited documents and other rules of how plans are written, measured
for alignment recall on the hand-aligned pairs. Reproduces docs/alignment.md's "Fourth round" tables:

    python -m bench.notes_align            # ~3 minutes of CPU a variant: each reruns tune_align's grid
    python -m bench.notes_align titles     # only the variants whose name holds 'titles'

Variants change what the aligner reads (each scored at the shipped thresholds, in-sample, and with the
whole grid of `bench.tune_align`: chosen on all four pairs and leave-one-pair-out, the honest estimate):

- **no footnotes**: the scoring before this round (`w_note` 0);
- **footnotes as text**: a task's footnotes (`loaders.footnotes`) appended to its text;
- **footnotes secondary**: text = max(text, w × text with footnotes), w 0.75 / 0.5;
- **footnote titles secondary**: the same with only the cited titles (`graph.align.note_items`);
- **numbers stand for titles**: a document number a task cites without its title gets the title that the
  two plans give that number elsewhere (text or footnotes), secondary;
- **cited titles found** (shipped): each title a footnote cites is credited to the task of the other plan
  whose best sentence holds it best, text = max(text, that) (`graph.align.note_scores`);
- **citation frames masked**: document numbers, dates and issuers ('của Ban Chấp hành Trung ương Đảng
  khóa XIII') removed before the text is compared, so that a task citing a resolution is compared by
  what the resolution is about.

Markers (shared rare document numbers, idea 2 of the brief) are in every variant's grid (`w_marker` 0 /
0.1), and read the footnotes in the variants that append them.

Rules add links on top of the shipped ones; each prints the true and false links it adds (pooled):

- **a sentence's best parent**: a child task is linked to the parent task that one of its sentences
  matches best, from a sentence similarity of 0.4-0.7 (a merged bullet, one sentence per parent task);
- **same act**: two tasks that both disseminate ('quán triệt'), both order plans ('xây dựng chương trình,
  kế hoạch'), both review ('sơ kết, tổng kết'), both run emulation movements, from a text score of 0.1 / 0.2.
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import numpy as np

import graph.align as ga
from bench.tune_align import GRID, Counts, objective, pooled, pr
from graph.align import PARAMS, AlignTask, Params, Signals, align
from graph.align_eval import GoldPair, _parsed, _score, load_gold, tasks_of
from loaders.normalise import fold

Sides = tuple[list[AlignTask], list[AlignTask]]
SignalsOf = Callable[[GoldPair, Sides, Params], Signals]
"""A variant: the pair, its tasks with their footnotes, the parameters → the signals to decide on."""

NO_NOTES = replace(PARAMS, w_note=0.0)


def appended(tasks: list[AlignTask], pick: Callable[[tuple[str, ...]], list[str]]) -> list[AlignTask]:
    return [replace(t, text=" ".join([t.text, *pick(t.notes)])) if t.notes else t for t in tasks]


def whole(notes: tuple[str, ...]) -> list[str]:
    return list(notes)


def titles(notes: tuple[str, ...]) -> list[str]:
    return ga.note_items(notes)


_NUMBER = re.compile(r"\b(\d{1,4}-[A-ZĐ]{1,6}/[A-ZĐa-z]{1,6})\b")
_NUMBER_TITLE = re.compile(r"\b(\d{1,4}-[A-ZĐ]{1,6}/[A-ZĐa-z]{1,6})\b[^;.]{0,120}?\bvề\s+"
                           r"([^;]{8,200}?)(?:[;.]\s|$)")


def number_titles(texts: Sequence[str]) -> dict[str, str]:
    """Document number → the first title some text gives it ('19-NQ/TW ... về nông nghiệp, ...')."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _NUMBER_TITLE.finditer(text):
            out.setdefault(m.group(1), m.group(2).strip(" .*“”\""))
    return out


def with_titles(tasks: list[AlignTask], known: dict[str, str]) -> list[AlignTask]:
    out = []
    for t in tasks:
        extra = [known[n] for n in dict.fromkeys(_NUMBER.findall(t.text))
                 if n in known and fold(known[n]) not in fold(t.text)]
        out.append(replace(t, text=" ".join([t.text, *extra])) if extra else t)
    return out


def secondary(main: Sides, second: Sides, w: float, params: Params) -> Signals:
    """graph.align.signals (without footnotes) with text = max(text, w × the secondary text's)."""
    sig = ga.signals(*main, replace(params, w_note=0.0))
    text = np.maximum(sig.text, w * ga.text_scores([t.text for t in second[0]], [t.text for t in second[1]],
                                                   params))
    child, parent = main
    cs, ps = ga.Shape.of(child), ga.Shape.of(parent)
    votes = ga._votes(text, cs, ps, params)
    tree = ga._tree(np.maximum(text, votes), cs, ps)
    return replace(sig, text=text, votes=votes, tree=tree,
                   marker=ga._marker_matrix(second[0], second[1], params))


def no_notes(pair: GoldPair, sides: Sides, params: Params) -> Signals:
    return ga.signals(*sides, replace(params, w_note=0.0))


def notes_as_text(pair: GoldPair, sides: Sides, params: Params) -> Signals:
    return ga.signals(appended(sides[0], whole), appended(sides[1], whole), replace(params, w_note=0.0))


def notes_secondary(w: float, pick: Callable[[tuple[str, ...]], list[str]]) -> SignalsOf:
    def signals_of(pair: GoldPair, sides: Sides, params: Params) -> Signals:
        return secondary(sides, (appended(sides[0], pick), appended(sides[1], pick)), w, params)
    return signals_of


def numbers_secondary(w: float) -> SignalsOf:
    def signals_of(pair: GoldPair, sides: Sides, params: Params) -> Signals:
        noted = (appended(sides[0], whole), appended(sides[1], whole))
        known = number_titles([t.text for side in noted for t in side])
        return secondary(sides, (with_titles(noted[0], known), with_titles(noted[1], known)), w, params)
    return signals_of


def shipped(pair: GoldPair, sides: Sides, params: Params) -> Signals:
    return ga.signals(*sides, params)


_CITED_NUMBER = re.compile(r"(?:\bsố\s*)?\b\d{1,4}\s*[-/]\s*[a-zđ]{1,8}(?:[/-][a-zđ]{1,10})+")
_DATE = re.compile(r"(?:,\s*)?\bngày\s+\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{2,4}")
_ISSUER = re.compile(r"\b(?:của\s+)?(?:hội nghị lần thứ [^\s,]+\s+)?(?:ban chấp hành|ban thường vụ|"
                     r"bộ chính trị|ban bí thư|chính phủ|thủ tướng)\b[^,;.:]{0,80}?(?=\s+về\b|[,;.:]|$)")
_TERM = re.compile(r"\(?\bkhó?a\s+[xvil]+\)?")


@contextmanager
def citation_frames_masked() -> Iterator[None]:
    shipped_prepare = ga.prepare

    def prepare(text: str) -> str:
        f = _DATE.sub(" ", _CITED_NUMBER.sub(" ", shipped_prepare(text)))
        return " ".join(_TERM.sub(" ", _ISSUER.sub(" ", f)).split())

    def clear() -> None:
        for cache in (ga._sentences, ga._hashed, ga.bag):
            cache.cache_clear()

    ga.prepare = prepare  # type: ignore[assignment]
    clear()
    try:
        yield
    finally:
        ga.prepare = shipped_prepare  # type: ignore[assignment]
        clear()


def study(label: str, signals_of: SignalsOf, gold: list[GoldPair], combos: list[Params]) -> None:
    sides = {p.name: (tasks_of(_parsed(p.child_seed)), tasks_of(_parsed(p.parent_seed))) for p in gold}
    sigs = {(p.name, a): signals_of(p, sides[p.name], replace(PARAMS, anchor=a))
            for p in gold for a in GRID["anchor"]}

    def links(p: GoldPair, prm: Params) -> list[ga.Link]:
        return align(*sides[p.name], prm, sigs[(p.name, prm.anchor)])

    scores = [_score(p, links(p, PARAMS),
                     dict(zip((p.child_seed, p.parent_seed), sides[p.name], strict=True)), []) for p in gold]
    tot = [tuple(sum(getattr(s, k)[i] for s in scores) for i in range(3))
           for k in ("links", "full", "dropped")]

    def count(p: GoldPair, prm: Params) -> Counts:
        pred = {(k.child, k.parent) for k in links(p, prm)}
        return len(pred & p.links), len(pred), len(p.links)

    table = [[count(p, prm) for p in gold] for prm in combos]
    n = len(gold)

    def best(idx: list[int]) -> int:
        return max(range(len(combos)),
                   key=lambda j: objective(*pooled([table[j][i] for i in idx]), combos[j]))

    inside = table[best(list(range(n)))]
    held = [table[best([i for i in range(n) if i != k])][k] for k in range(n)]
    per_pair = ", ".join(f"{p.name.split('_')[0]} {pr([h])}" for p, h in zip(gold, held, strict=True))
    print(f"{label}\n  shipped thresholds {pr([tot[0]])}; full R {tot[1][0]}/{tot[1][2]}, partial R "
          f"{tot[0][0] - tot[1][0]}/{tot[0][2] - tot[1][2]}; dropped P {tot[2][0]}/{tot[2][1]} R {tot[2][0]}/"
          f"{tot[2][2]}\n  grid in-sample {pr(inside)}   leave-one-out {pr(held)}\n  held out: {per_pair}",
          flush=True)


VARIANTS: dict[str, SignalsOf] = {
    "no footnotes (before this round)": no_notes,
    "footnotes as text": notes_as_text,
    "footnotes secondary, w 0.75": notes_secondary(0.75, whole),
    "footnotes secondary, w 0.5": notes_secondary(0.5, whole),
    "footnote titles secondary, w 0.75": notes_secondary(0.75, titles),
    "numbers stand for titles (with footnotes), w 0.75": numbers_secondary(0.75),
    "cited titles found (shipped)": shipped,
}


# ----------------------------------------------------------------------------- rules on top


def sentence_best(child: Sequence[AlignTask], parent: Sequence[AlignTask], params: Params) -> np.ndarray:
    """child × parent: the best similarity of a child sentence whose best parent task (or near) it is."""
    c, p = ga.bag(tuple(t.text for t in child)), ga.bag(tuple(t.text for t in parent))
    x, _ = ga._tfidf(c, p)
    best_in = np.maximum.reduceat(x[:c.n] @ x[c.n:].T, p.starts, axis=1)
    best_in *= best_in >= params.near * best_in.max(axis=1, keepdims=True)
    return np.maximum.reduceat(best_in, c.starts, axis=0)


ACTS = {"disseminate": r"quán triệt",
        "plan": r"xây dựng (?:chương trình|kế hoạch)|ban hành (?:các )?chương trình|cụ thể hóa",
        "review": r"sơ kết|tổng kết", "emulate": r"phong trào thi đua|cuộc vận động"}


def rules(gold: list[GoldPair]) -> None:
    print("\nrules on top of the shipped links (true / false links added, pooled):")
    found: dict[str, list[int]] = {}
    for p in gold:
        child, parent = tasks_of(_parsed(p.child_seed)), tasks_of(_parsed(p.parent_seed))
        sig = ga.signals(child, parent)
        have = {(k.child, k.parent) for k in align(child, parent, PARAMS, sig)}
        cand: dict[str, np.ndarray] = {}
        sb = sentence_best(child, parent, PARAMS)
        for th in (0.4, 0.5, 0.6, 0.7):
            cand[f"a sentence's best parent, similarity >= {th}"] = sb >= th
        for act, rx in ACTS.items():
            ca = np.array([bool(re.search(rx, fold(t.text))) for t in child])
            pa = np.array([bool(re.search(rx, fold(t.text))) for t in parent])
            for th in (0.1, 0.2):
                cand[f"same act ({act}), text >= {th}"] = ca[:, None] & pa[None, :] & (sig.text >= th)
        for name, m in cand.items():
            hits = zip(*np.nonzero(m & (sig.body >= 0)), strict=True)
            pairs = {(child[a].key, parent[b].key) for a, b in hits}
            new = pairs - have
            tally = found.setdefault(name, [0, 0])
            tally[0] += len(new & p.links)
            tally[1] += len(new - p.links)
    for name, (t, f) in found.items():
        print(f"  {name:48} +{t} / +{f}")


def main(folder: Path = Path("tests/alignment"), only: Sequence[str] = ()) -> None:
    gold = load_gold(folder)
    combos = [replace(PARAMS, **dict(zip(GRID, vals, strict=True)))  # type: ignore[arg-type]
              for vals in itertools.product(*GRID.values())]
    for label, signals_of in VARIANTS.items():
        if not only or any(o in label for o in only):
            study(label, signals_of, gold, combos)
    if not only or any(o in "citation frames masked" for o in only):
        with citation_frames_masked():
            study("citation frames masked, no footnotes", no_notes, gold, combos)
            study("citation frames masked, cited titles found", shipped, gold, combos)
    if not only or "rules" in only:
        rules(gold)


if __name__ == "__main__":
    main(only=sys.argv[1:])
