"""How far the two readers of the hand-aligned pairs agree, and the aligner against each of them (issue 11).

Run: `python -m tests.alignment.second_reader.agree` (`--diff`: the links the readers part on;
`--adjudicated`: each reader against the third reader's adjudicated labels, no aligner). Reader 1's
labels are `tests/alignment/*.json`, reader 2's the files beside this module. For each pair and pooled it
prints the links both readers made and those only one made (by the strength that reader gave), Cohen's
kappa over every child x parent candidate, links agreed / union, and a relaxed agreement that also counts
a link to the other reader's parent heading or bullet (when the readers part only on how specific the
parent is); each for all links, full links and partial links. Then the aligner's precision and recall
against reader 1, reader 2, their intersection and their union, scored as `nqgraph align-eval` scores a
pair (pure, no database), and how many of the union's links it finds by what the readers said.
The adjudicated labels (`tests/alignment/adjudicated/`) settle each link the readers part on; each reader's
precision and recall against them say how far that reader's labels alone stand for the settled set.
"""
from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from graph.align import align
from graph.align_eval import GoldPair, _parsed, load_gold, prf, ratio, tasks_of

HERE = Path(__file__).resolve().parent
FIRST = HERE.parent
ADJUDICATED = FIRST / "adjudicated"
ROOT = FIRST.parent.parent

Pairs = frozenset[tuple[str, str]]


@dataclass
class Agreement:
    """Counts over one pair (or pooled); `candidates` is child tasks x parent tasks."""

    candidates: int = 0
    both: int = 0
    only1: int = 0
    only2: int = 0
    relaxed_both: int = 0
    relaxed_union: int = 0

    def add(self, other: Agreement) -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    @property
    def union(self) -> int:
        return self.both + self.only1 + self.only2

    def kappa(self) -> float:
        """Cohen's kappa for 'is this candidate a link' between the two readers."""
        n = self.candidates
        if not n:
            return 1.0
        a1, a2 = self.both + self.only1, self.both + self.only2
        observed = (n - self.only1 - self.only2) / n
        expected = (a1 * a2 + (n - a1) * (n - a2)) / (n * n)
        return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def ancestors(parents: dict[str, str | None], key: str) -> set[str]:
    out = set()
    while (up := parents.get(key)) is not None:
        out.add(up)
        key = up
    return out


def agreement(one: Pairs, two: Pairs, candidates: int, parents: dict[str, str | None]) -> Agreement:
    """`parents` maps each parent-plan task to its heading, for the relaxed count."""
    def near(link: tuple[str, str], other: Pairs) -> bool:
        c, p = link
        return any(c == oc and (op == p or op in ancestors(parents, p) or p in ancestors(parents, op))
                   for oc, op in other)

    relaxed_both = sum(near(k, two) if k in one else near(k, one) for k in one | two)
    return Agreement(candidates=candidates, both=len(one & two), only1=len(one - two), only2=len(two - one),
                     relaxed_both=relaxed_both, relaxed_union=len(one | two))


def strengths(r1: GoldPair, r2: GoldPair) -> dict[str, int]:
    """The strength each reader gave the links only they made, and the shared links' strength pairs."""
    out = {"only1_full": 0, "only1_partial": 0, "only2_full": 0, "only2_partial": 0,
           "both_full_full": 0, "both_full_partial": 0, "both_partial_full": 0, "both_partial_partial": 0}
    for k in r1.links | r2.links:
        s1 = "full" if k in r1.full_links else "partial"
        s2 = "full" if k in r2.full_links else "partial"
        if k in r1.links and k in r2.links:
            out[f"both_{s1}_{s2}"] += 1
        elif k in r1.links:
            out[f"only1_{s1}"] += 1
        else:
            out[f"only2_{s2}"] += 1
    return out


def pr(v: tuple[int, int, int]) -> str:
    tp, pn, gn = v
    return f"P {ratio(tp, pn):.2f} R {ratio(tp, gn):.2f} ({tp}/{pn} pred, {gn} gold)"


def add3(a: tuple[int, int, int], b: tuple[int, int, int]) -> tuple[int, int, int]:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def line(name: str, a: Agreement) -> str:
    return (f"{name:<13} both {a.both:>3}  only r1 {a.only1:>3}  only r2 {a.only2:>3}  "
            f"agreed/union {ratio(a.both, a.union):.2f}  kappa {a.kappa():.2f}  "
            f"relaxed agreed/union {ratio(a.relaxed_both, a.relaxed_union):.2f}")


def report(first: Iterable[GoldPair], second: Iterable[GoldPair]) -> str:
    by_name = {p.name: p for p in second}
    rows: list[str] = []
    pooled = {k: Agreement() for k in ("all", "full", "partial")}
    pooled_strength: dict[str, int] = {}
    refs = ("reader 1", "reader 2", "intersection", "union", "r1 full", "r2 full")
    aligner = {r: (0, 0, 0) for r in refs}
    found: dict[str, tuple[int, int]] = {}
    for r1 in first:
        r2 = by_name[r1.name]
        child = tasks_of(_parsed(str(ROOT / r1.child_seed)))
        parent = tasks_of(_parsed(str(ROOT / r1.parent_seed)))
        ups = {t.key: t.parent for t in parent}
        n = len(r1.child_starts) * len(r1.parent_starts)
        sets = {"all": (r1.links, r2.links), "full": (r1.full_links, r2.full_links),
                "partial": (r1.links - r1.full_links, r2.links - r2.full_links)}
        rows.append(f"\n{r1.name} ({r1.relation}, {len(r1.child_starts)} x {len(r1.parent_starts)} tasks)")
        for kind, (one, two) in sets.items():
            a = agreement(one, two, n, ups)
            pooled[kind].add(a)
            rows.append(line(f"  {kind} links", a))
        st = strengths(r1, r2)
        rows.append("  strengths   " + "  ".join(f"{k} {v}" for k, v in st.items()))
        for k, count in st.items():
            pooled_strength[k] = pooled_strength.get(k, 0) + count
        pred = {(k.child, k.parent) for k in align(child, parent)}
        for kind, links in kinds(r1, r2).items():
            found[kind] = add2(found.get(kind, (0, 0)), (len(pred & links), len(links)))
        golds = {"reader 1": r1.links, "reader 2": r2.links, "intersection": r1.links & r2.links,
                 "union": r1.links | r2.links, "r1 full": r1.full_links, "r2 full": r2.full_links}
        for ref, gold in golds.items():
            v = prf(pred, gold)
            aligner[ref] = add3(aligner[ref], v)
            rows.append(f"  aligner vs {ref:<13} {pr(v)}")
    rows.append("\npooled")
    for kind, a in pooled.items():
        rows.append(line(f"  {kind} links", a))
    rows.append("  strengths   " + "  ".join(f"{k} {v}" for k, v in pooled_strength.items()))
    for ref in refs:
        rows.append(f"  aligner vs {ref:<13} {pr(aligner[ref])}")
    rows.append("  aligner finds " + "  ".join(f"{k} {v[0]}/{v[1]}" for k, v in found.items()))
    return "\n".join(rows).lstrip("\n")


def kinds(r1: GoldPair, r2: GoldPair) -> dict[str, set[tuple[str, str]]]:
    """The union's links by what the readers said: both full, both linked at mixed or partial strength,
    one reader only."""
    both = r1.links & r2.links
    full = r1.full_links & r2.full_links
    return {"both_full": set(full), "both_other": set(both - full), "only_r1": set(r1.links - r2.links),
            "only_r2": set(r2.links - r1.links)}


def add2(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return (a[0] + b[0], a[1] + b[1])


def disagreements(first: Iterable[GoldPair], second: Iterable[GoldPair]) -> str:
    """Every link only one reader made, and every shared link the readers gave different strengths."""
    by_name = {p.name: p for p in second}
    rows = []
    for r1 in first:
        r2 = by_name[r1.name]
        rows.append(f"\n{r1.name}")
        for c, p in sorted(r1.links | r2.links):
            s1 = ("full" if (c, p) in r1.full_links else "partial") if (c, p) in r1.links else "-"
            s2 = ("full" if (c, p) in r2.full_links else "partial") if (c, p) in r2.links else "-"
            if s1 != s2:
                rows.append(f"  {c:<10} -> {p:<10} r1 {s1:<8} r2 {s2}")
    return "\n".join(rows).lstrip("\n")


def versus(reader: GoldPair, ref: GoldPair) -> dict[str, tuple[int, int, int]]:
    """A reader's links, full links and dropped tasks scored against a reference set of the same pair."""
    return {"links": prf(reader.links, ref.links), "full": prf(reader.full_links, ref.full_links),
            "dropped": prf(reader.dropped, ref.dropped)}


def against(v: tuple[int, int, int]) -> str:
    tp, made, ref = v
    return f"P {ratio(tp, made):.2f} R {ratio(tp, ref):.2f} ({tp} of {made} made, {ref} adjudicated)"


def adjudicated_report(first: Iterable[GoldPair], second: Iterable[GoldPair],
                       third: Iterable[GoldPair]) -> str:
    """Reader 1 and reader 2 against the adjudicated labels, pair by pair and pooled."""
    readers = {"reader 1": {p.name: p for p in first}, "reader 2": {p.name: p for p in second}}
    pooled: dict[tuple[str, str], tuple[int, int, int]] = {}
    rows: list[str] = []
    for ref in third:
        rows.append(f"\n{ref.name}")
        for who, pairs in readers.items():
            for kind, v in versus(pairs[ref.name], ref).items():
                pooled[who, kind] = add3(pooled.get((who, kind), (0, 0, 0)), v)
                rows.append(f"  {who} vs adjudicated  {kind:<8} {against(v)}")
    rows.append("\npooled")
    rows += [f"  {who} vs adjudicated  {kind:<8} {against(v)}" for (who, kind), v in pooled.items()]
    return "\n".join(rows).lstrip("\n")


def main(argv: list[str]) -> None:
    first, second = load_gold(FIRST), load_gold(HERE)
    if "--adjudicated" in argv:
        print(adjudicated_report(first, second, load_gold(ADJUDICATED)))
    else:
        print(disagreements(first, second) if "--diff" in argv else report(first, second))


if __name__ == "__main__":
    main(sys.argv[1:])
