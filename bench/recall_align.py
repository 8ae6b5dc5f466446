"""What else was tried for alignment recall on the hand-aligned pairs (issue 11, third round), and why
none of it was kept. Reproduces every figure of docs/alignment.md's "Recall" section:

    python -m bench.recall_align            # a few minutes of CPU: each variant reruns the whole grid

Each variant is measured against the scoring as it was before this round, that is without the
'mutual' links (`theta_mutual` off), over `bench.tune_align`'s grid less the two mutual parameters;
`bench.tune_align` measures the mutual links themselves, with their own grid. Three readings:

- **variants**: another text feature or weighting (word n-grams, idf without boilerplate, BM25 term
  saturation, containment of content words) or a decision rule (a minimum text score for links that
  structure decides), each with the whole grid of `bench.tune_align`, chosen by the same rule on all four
  pairs (in-sample) and leave-one-pair-out (the honest estimate);
- **rules**: assignment rules added on top of the shipped links (a parent bullet's siblings, its heading,
  mutual best pairs, the best parent of a child left unlinked, the group a parent bullet names): the true
  and false links each adds, per pair;
- **ceiling**: the missed links by the text score they have, against the unlabelled pairs with as much.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

import graph.align as ga
from bench.tune_align import GRID, Counts, objective, pooled, pr
from graph.align import PARAMS, AlignTask, Link, Params, Signals, align, signals
from graph.align_eval import GoldPair, _parsed, load_gold, tasks_of
from loaders.normalise import fold

Aligner = Callable[[Sequence[AlignTask], Sequence[AlignTask], Params, Signals], list[Link]]


BASE = replace(PARAMS, theta_mutual=1.01)
"""The scoring before this round: no mutual links."""
STUDY_GRID = {k: v for k, v in GRID.items() if k not in ("theta_mutual", "mutual_free")}


class Study:
    def __init__(self, folder: Path) -> None:
        self.gold = load_gold(folder)
        self.tasks = {s: tasks_of(_parsed(s)) for p in self.gold for s in (p.child_seed, p.parent_seed)}
        self.combos = [replace(BASE, **dict(zip(STUDY_GRID, vals, strict=True)))  # type: ignore[arg-type]
                       for vals in itertools.product(*STUDY_GRID.values())]

    def sides(self, p: GoldPair) -> tuple[list[AlignTask], list[AlignTask]]:
        return self.tasks[p.child_seed], self.tasks[p.parent_seed]

    def run(self, label: str, aligner: Aligner = align) -> None:
        """The grid under the current text feature: in-sample choice and leave-one-pair-out."""
        sigs = {(p.name, a): signals(*self.sides(p), replace(BASE, anchor=a))
                for p in self.gold for a in STUDY_GRID["anchor"]}

        def count(p: GoldPair, prm: Params) -> Counts:
            pred = {(k.child, k.parent) for k in aligner(*self.sides(p), prm, sigs[(p.name, prm.anchor)])}
            return len(pred & p.links), len(pred), len(p.links)

        table = [[count(p, prm) for p in self.gold] for prm in self.combos]
        n = len(self.gold)

        def best(idx: list[int]) -> int:
            return max(range(len(self.combos)),
                       key=lambda j: objective(*pooled([table[j][i] for i in idx]), self.combos[j]))

        inside = table[best(list(range(n)))]
        held = [table[best([i for i in range(n) if i != k])][k] for k in range(n)]
        print(f"  {label:46} in-sample {pr(inside)}   leave-one-out {pr(held)}", flush=True)


@contextmanager
def patched(**attrs: Any) -> Iterator[None]:
    """Swap functions of graph.align for one variant; its caches hold the other feature's terms."""
    old = {k: getattr(ga, k) for k in attrs}

    def clear() -> None:
        ga._hashed.cache_clear()
        ga.bag.cache_clear()

    for k, v in attrs.items():
        setattr(ga, k, v)
    clear()
    try:
        yield
    finally:
        for k, v in old.items():
            setattr(ga, k, v)
        clear()


# ----------------------------------------------------------------------------- text variants


def ngrams(sizes: tuple[int, ...]) -> Callable[[str], Counter[str]]:
    def terms(text: str) -> Counter[str]:
        w = ga._WORD.findall(text)
        return Counter(" ".join(w[i:i + k]) for k in sizes for i in range(len(w) - k + 1))
    return terms


def tfidf_with(smooth: float) -> Callable[[ga.Bag, ga.Bag], tuple[np.ndarray, np.ndarray]]:
    """graph.align._tfidf with idf = log((1+n)/(1+df)) + smooth (shipped: 1). At 0 a term found in every
    sentence of both plans (the plans' boilerplate) weighs nothing."""
    def tfidf(c: ga.Bag, p: ga.Bag) -> tuple[np.ndarray, np.ndarray]:
        n = c.n + p.n
        uniq, inv = np.unique(np.concatenate([c.ids, p.ids]), return_inverse=True)
        rows = np.concatenate([c.rows, p.rows + c.n])
        df = np.bincount(inv, minlength=len(uniq))
        w = np.concatenate([c.tf, p.tf]) * (np.log((1 + n) / (1 + df)) + smooth)[inv]
        mass = np.sqrt(np.bincount(rows, weights=w * w, minlength=n))
        side = np.zeros((2, len(uniq)), dtype=bool)
        side[0, inv[:len(c.ids)]] = True
        side[1, inv[len(c.ids):]] = True
        shared = side[0] & side[1]
        col, keep = np.cumsum(shared) - 1, shared[inv]
        x = np.zeros((n, int(shared.sum())))
        x[rows[keep], col[inv[keep]]] = w[keep]
        return x / np.maximum(mass, 1e-12)[:, None], mass
    return tfidf


def bm25_tf(k1: float) -> Callable[[str], tuple[np.ndarray, np.ndarray]]:
    """Term frequency saturated as BM25 does (tf·(k1+1)/(tf+k1)) instead of 1 + log tf."""
    @lru_cache(maxsize=65536)
    def hashed(sentence: str) -> tuple[np.ndarray, np.ndarray]:
        c = ga.terms(sentence)
        ids = np.fromiter(map(hash, c), dtype=np.int64, count=len(c))
        tf = np.fromiter(c.values(), dtype=np.float64, count=len(c))
        return ids, tf * (k1 + 1) / (tf + k1)
    return hashed


def containment(child: Sequence[str], parent: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Task by task (not sentence by sentence): the idf-weighted share of the child's terms found in the
    parent task, and of the parent's in the child. idf over both plans' tasks without smoothing, so the
    words every task shares (the plans' boilerplate) count for nothing."""
    c, p = ga.bag(tuple(child)), ga.bag(tuple(parent))
    ct = np.searchsorted(c.starts, c.rows, side="right") - 1
    pt = np.searchsorted(p.starts, p.rows, side="right") - 1
    nc, n = len(child), len(child) + len(parent)
    _, inv = np.unique(np.concatenate([c.ids, p.ids]), return_inverse=True)
    has = np.zeros((n, int(inv.max()) + 1))
    has[np.concatenate([ct, pt + nc]), inv] = 1.0
    weighted = has * np.log((1 + n) / (1 + has.sum(axis=0)))
    both = weighted[:nc] @ has[nc:].T
    return (both / np.maximum(weighted[:nc].sum(axis=1)[:, None], 1e-9),
            both / np.maximum(weighted[nc:].sum(axis=1)[None, :], 1e-9))


def with_containment(weight: float, shipped: Callable[..., np.ndarray]) -> Callable[..., np.ndarray]:
    def text_scores(child: Sequence[str], parent: Sequence[str], params: Params = BASE) -> np.ndarray:
        text = shipped(child, parent, params)
        if not len(child) or not len(parent):
            return text
        in_parent, in_child = containment(child, parent)
        return text + weight * np.maximum(in_parent, in_child)
    return text_scores


def text_min(floor: float) -> Aligner:
    """Shipped links, less those structure decided on a text score below `floor` ('order' kept)."""
    def aligner(child: Sequence[AlignTask], parent: Sequence[AlignTask], params: Params,
                sig: Signals) -> list[Link]:
        ci = {t.key: i for i, t in enumerate(child)}
        pi = {t.key: i for i, t in enumerate(parent)}
        return [k for k in align(child, parent, params, sig)
                if k.method == "order" or sig.text[ci[k.child], pi[k.parent]] >= floor]
    return aligner


def variants(study: Study) -> None:
    print("variants, each with the whole grid (P R (true positives/predicted/labelled)):")
    study.run("before: syllable 1-2-grams, TF-IDF, sentences")
    for label, sizes in (("syllable 1-3-grams", (1, 2, 3)), ("syllable 2-grams", (2,))):
        with patched(terms=ngrams(sizes)):
            study.run(label)
    for smooth in (0.0, 0.5, 2.0):
        with patched(_tfidf=tfidf_with(smooth)):
            study.run(f"idf + {smooth} (shipped + 1; 0 drops boilerplate)")
    for k1 in (0.5, 1.2):
        with patched(_hashed=bm25_tf(k1)):
            study.run(f"BM25 term saturation, k1 {k1}")
    shipped = ga.text_scores
    for weight in (0.1, 0.2, 0.3):
        with patched(text_scores=with_containment(weight, shipped)):
            study.run(f"text + {weight} x content-word containment")
    for floor in (0.05, 0.1, 0.15):
        study.run(f"structure needs text >= {floor}", text_min(floor))
    with patched(text_scores=with_containment(0.2, shipped)):
        study.run("containment 0.2 and text >= 0.1", text_min(0.1))


# ----------------------------------------------------------------------------- assignment rules

Tasks = list[AlignTask]
Pairs = list[tuple[str, str]]
Rule = Callable[[Tasks, Tasks, Signals, list[Link]], Pairs]


def siblings_of_best(text_floor: float, strong: float) -> Rule:
    """A child strongly linked to a parent bullet also carries that bullet's siblings it resembles."""
    def rule(c: Tasks, q: Tasks, sig: Signals, links: list[Link]) -> Pairs:
        up = {t.key: t.parent for t in q}
        ci = {t.key: i for i, t in enumerate(c)}
        return [(k.child, t.key) for k in links if k.score >= strong and up.get(k.parent)
                for b, t in enumerate(q) if t.parent == up[k.parent] and t.key != k.parent
                and sig.text[ci[k.child], b] >= text_floor]
    return rule


def heading_of_best(text_floor: float) -> Rule:
    """A child linked to a parent bullet also carries that bullet's heading, if it resembles it."""
    def rule(c: Tasks, q: Tasks, sig: Signals, links: list[Link]) -> Pairs:
        up = {t.key: t.parent for t in q}
        ci, qi = {t.key: i for i, t in enumerate(c)}, {t.key: i for i, t in enumerate(q)}
        return [(k.child, h) for k in links if (h := up.get(k.parent))
                and sig.text[ci[k.child], qi[h]] >= text_floor]
    return rule


def mutual_best(floor: float) -> Rule:
    """Two tasks each the other's best text match, below the shipped threshold."""
    def rule(c: Tasks, q: Tasks, sig: Signals, links: list[Link]) -> Pairs:
        rb, cb = sig.text.argmax(axis=1), sig.text.argmax(axis=0)
        return [(c[a].key, q[rb[a]].key) for a in range(len(c))
                if cb[rb[a]] == a and sig.text[a, rb[a]] >= floor]
    return rule


def shipped_mutual(free: int) -> Rule:
    """graph.align's 'mutual' links at `mutual_free` = free."""
    def rule(c: Tasks, q: Tasks, sig: Signals, links: list[Link]) -> Pairs:
        prm = replace(PARAMS, mutual_free=free)
        return [(k.child, k.parent) for k in align(c, q, prm, sig) if k.method == "mutual"]
    return rule


def best_of_unlinked(floor: float) -> Rule:
    """A child left unlinked takes its best-scoring parent task when that scores at least `floor`."""
    def rule(c: Tasks, q: Tasks, sig: Signals, links: list[Link]) -> Pairs:
        score, linked = sig.score(BASE), {k.child for k in links}
        return [(t.key, q[int(score[a].argmax())].key) for a, t in enumerate(c)
                if t.key not in linked and score[a].max() >= floor]
    return rule


_SUBJECT = re.compile(r"^\s*đối với ([^:]{3,80}):")


def named_group(c: Tasks, q: Tasks, sig: Signals, links: list[Link]) -> Pairs:
    """A parent bullet 'Đối với <group>: ...' is carried by every child task naming the group."""
    out = []
    for t in q:
        m = _SUBJECT.match(fold(t.text))
        if not m:
            continue
        names = [s.strip() for s in re.split(r",| và ", re.sub(r"^(?:giai cấp|đội ngũ)\s+", "", m.group(1)))
                 if len(s.strip()) >= 4]
        for u in c:
            f = fold(u.text)
            own = _SUBJECT.match(f)
            named = any(re.search(rf"\b{re.escape(x)}\b", f) for x in names)
            if named and not (own and own.group(1) == m.group(1)):
                out.append((u.key, t.key))
    return out


def rules(study: Study) -> None:
    print("\nassignment rules on top of the links before this round: true / false links added (per pair)")
    base = {p.name: (signals(*study.sides(p)), p) for p in study.gold}
    probes: list[tuple[str, Rule]] = [
        *[(f"siblings of a bullet scoring >= {s}, text >= {t}", siblings_of_best(t, s))
          for t, s in ((0.05, 0.6), (0.1, 0.45), (0.15, 0.6))],
        *[(f"heading of the linked bullet, text >= {t}", heading_of_best(t)) for t in (0.1, 0.2)],
        *[(f"mutual best text >= {t}", mutual_best(t)) for t in (0.2, 0.25, 0.3)],
        *[(f"mutual best text >= 0.25, {scope}", shipped_mutual(free))
          for free, scope in ((0, "bodies agree"), (1, "parent unlinked"), (2, "both unlinked (shipped)"))],
        *[(f"best parent of an unlinked child, score >= {t}", best_of_unlinked(t)) for t in (0.3, 0.35)],
        ("'Đối với <group>:' named in the child", named_group),
    ]
    for label, rule in probes:
        tp = fp = 0
        per = []
        for sig, p in base.values():
            c, q = study.sides(p)
            links = align(c, q, BASE, sig)
            have = {(k.child, k.parent) for k in links}
            extra = set(rule(c, q, sig, links)) - have
            t, f = len(extra & p.links), len(extra - p.links)
            tp, fp = tp + t, fp + f
            per.append(f"{t}/{f}")
        print(f"  {label:48} +{tp} true, +{fp} false   ({', '.join(per)})")


def ceiling(study: Study) -> None:
    """Where the missed links are: what recall a text threshold could reach, and at what cost."""
    print("\nmissed links by text score, against the unlabelled pairs scoring as much:")
    miss: Counter[tuple[str, str]] = Counter()
    neg: Counter[str] = Counter()
    bands = ((0.0, 0.15), (0.15, 0.3), (0.3, 9.0))

    def band(x: float) -> str:
        return next(f"[{lo:.2f}, {hi:.2f})" for lo, hi in bands if lo <= x < hi)

    for p in study.gold:
        c, q = study.sides(p)
        sig = signals(c, q)
        ci, qi = {t.key: i for i, t in enumerate(c)}, {t.key: i for i, t in enumerate(q)}
        pred = {(k.child, k.parent) for k in align(c, q, PARAMS, sig)}  # the shipped links
        for a, b in p.links - pred:
            miss[(band(float(sig.text[ci[a], qi[b]])), "full" if (a, b) in p.full_links else "partial")] += 1
        labelled = np.zeros(sig.text.shape, dtype=bool)
        for a, b in p.links:
            labelled[ci[a], qi[b]] = True
        for x in sig.text[~labelled]:
            neg[band(float(x))] += 1
    for lo, hi in bands:
        b = f"[{lo:.2f}, {hi:.2f})"
        print(f"  text {b:13} missed: {miss[(b, 'full')]} full, {miss[(b, 'partial')]} partial;"
              f"   unlabelled pairs: {neg[b]}")


def main(folder: Path = Path("tests/alignment")) -> None:
    study = Study(folder)
    variants(study)
    rules(study)
    ceiling(study)


if __name__ == "__main__":
    main()
