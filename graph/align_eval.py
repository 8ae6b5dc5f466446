"""Alignment against the hand-aligned pairs of `tests/alignment/`: precision and recall of links and of
dropped parent tasks, per pair, per split (dev/test) and pooled. Pure: parses the seed texts with the
parser and runs `graph.align`; no database. `nqgraph align-eval` prints it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from graph.align import PARAMS, AlignTask, Group, Link, Params, align, dropped, groups
from loaders.normalise import squeeze
from loaders.records import Record


@dataclass(frozen=True)
class GoldPair:
    name: str
    relation: str  # carries_out | sibling
    split: str  # dev | test
    child_seed: str
    parent_seed: str
    links: frozenset[tuple[str, str]]
    full_links: frozenset[tuple[str, str]]
    dropped: frozenset[str]
    child_starts: dict[str, str]
    parent_starts: dict[str, str]


def load_gold(folder: Path) -> list[GoldPair]:
    out = []
    for f in sorted(folder.glob("*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        links = {(c["label"], k["parent"]) for c in g["child_tasks"] for k in c["carries_out"]}
        full = {(c["label"], k["parent"]) for c in g["child_tasks"] for k in c["carries_out"]
                if k["strength"] == "full"}
        out.append(GoldPair(
            name=g["pair"], relation=g["relation"], split=g["split"], child_seed=g["child"]["seed"],
            parent_seed=g["parent"]["seed"], links=frozenset(links), full_links=frozenset(full),
            dropped=frozenset(p["label"] for p in g["parent_tasks"] if p["dropped"]),
            child_starts={c["label"]: c["text_starts"] for c in g["child_tasks"]},
            parent_starts={p["label"]: p["text_starts"] for p in g["parent_tasks"]}))
    return out


def tasks_of(record: Record) -> list[AlignTask]:
    """A parsed record's tasks as alignment sees them (keys are labels)."""
    return [AlignTask(key=t.label, text=t.text, parent=t.parent, bodies=tuple(r.name for r in t.responsible),
                      deadline_kind=t.deadline.kind, notes=t.notes) for t in record.tasks]


@lru_cache(maxsize=32)
def _parsed(path: str) -> Record:
    from loaders.parse import parse_file

    return parse_file(Path(path))


def stale_labels(pair: GoldPair, child: Sequence[AlignTask], parent: Sequence[AlignTask]) -> list[str]:
    """Labels whose task no longer starts as when it was labelled: the parser changed, read them again."""
    out = []
    for side, starts, tasks in (("child", pair.child_starts, child), ("parent", pair.parent_starts, parent)):
        now = {t.key: squeeze(t.text)[:60] for t in tasks}
        out += [f"{side} {label}" for label, s in starts.items() if now.get(label) != s]
        out += [f"{side} {label} (new)" for label in now if label not in starts]
    return out


def prf(pred: Iterable[Any], gold: Iterable[Any]) -> tuple[int, int, int]:
    """(true positives, predicted, gold)."""
    p, g = set(pred), set(gold)
    return len(p & g), len(p), len(g)


@dataclass
class PairScore:
    name: str
    relation: str
    split: str
    links: tuple[int, int, int]
    full: tuple[int, int, int]
    dropped: tuple[int, int, int]
    grouped: tuple[int, int, int] | None = None
    stale: list[str] = field(default_factory=list)
    false_links: list[tuple[str, str, float, str]] = field(default_factory=list)
    missed_links: list[tuple[str, str, str]] = field(default_factory=list)


def ratio(n: int, d: int) -> float:
    return n / d if d else 1.0


def evaluate(folder: Path, params: Params = PARAMS, root: Path = Path(".")) -> dict[str, Any]:
    """Score every pair; also the links implied by sibling groups (tasks of two plans in one group)."""
    gold = load_gold(folder)
    started = time.perf_counter()
    tasks = {seed: tasks_of(_parsed(str(root / seed)))
             for pair in gold for seed in (pair.child_seed, pair.parent_seed)}
    parse_done = time.perf_counter()
    predicted = {pair.name: align(tasks[pair.child_seed], tasks[pair.parent_seed], params) for pair in gold}
    align_done = time.perf_counter()
    sib_links = _sibling_links(gold, tasks, params)
    grouped = groups(sib_links)
    groups_done = time.perf_counter()
    return {
        "pairs": [_score(pair, predicted[pair.name], tasks, grouped) for pair in gold],
        "groups": grouped,
        "seconds": {"parse": parse_done - started, "align_pairs": align_done - parse_done,
                    "align_siblings_and_group": groups_done - align_done},
        "sibling_pairs_aligned": len(sib_links),
    }


def _sibling_links(gold: list[GoldPair], tasks: dict[str, list[AlignTask]],
                   params: Params) -> dict[tuple[str, str], Sequence[Link]]:
    """Every pair of the plans in sibling pairs aligned, as graph.align_db does under one root."""
    siblings = sorted({s for p in gold if p.relation == "sibling" for s in (p.child_seed, p.parent_seed)})
    out: dict[tuple[str, str], Sequence[Link]] = {}
    for i, a in enumerate(siblings):
        for b in siblings[i + 1:]:
            child, parent = _gold_roles(gold, a, b)
            out[(child, parent)] = align(tasks[child], tasks[parent], params)
    return out


def _score(pair: GoldPair, links: list[Link], tasks: dict[str, list[AlignTask]],
           grouped: list[Group]) -> PairScore:
    pred = {(k.child, k.parent) for k in links}
    drop = dropped(links, tasks[pair.parent_seed])
    score = PairScore(pair.name, pair.relation, pair.split, prf(pred, pair.links),
                      prf(pred, pair.full_links), prf(drop, pair.dropped),
                      stale=stale_labels(pair, tasks[pair.child_seed], tasks[pair.parent_seed]))
    score.false_links = [(k.child, k.parent, k.score, k.method) for k in links
                         if (k.child, k.parent) not in pair.links]
    score.missed_links = [(c, p, "full" if (c, p) in pair.full_links else "partial")
                          for c, p in sorted(pair.links - pred)]
    if pair.relation == "sibling":
        together = {(m.task, n.task) for g in grouped for m in g.members for n in g.members
                    if m.doc == pair.child_seed and n.doc == pair.parent_seed}
        score.grouped = prf(together, pair.links)
    return score


def _gold_roles(gold: list[GoldPair], a: str, b: str) -> tuple[str, str]:
    """The labelled roles when the two plans are a labelled pair, else the seed order (the larger path
    as reference): roles only matter for the labelled pairs' scores."""
    for p in gold:
        if {p.child_seed, p.parent_seed} == {a, b}:
            return p.child_seed, p.parent_seed
    return (a, b) if a < b else (b, a)


def pooled(scores: Iterable[PairScore], attr: str) -> tuple[int, int, int]:
    tp = pn = gn = 0
    for s in scores:
        v = getattr(s, attr)
        if v is None:
            continue
        tp, pn, gn = tp + v[0], pn + v[1], gn + v[2]
    return tp, pn, gn


def report(result: dict[str, Any]) -> str:
    scores: list[PairScore] = result["pairs"]

    def pr(v: tuple[int, int, int] | None) -> str:
        if v is None:
            return "        -        "
        return f"P {ratio(v[0], v[1]):.2f} R {ratio(v[0], v[2]):.2f} ({v[0]}/{v[1]}/{v[2]})"

    lines = [f"{'pair':26} {'split':5} {'links':26} {'full links R':13} {'dropped':26} {'via groups':26}"]
    for s in scores:
        lines.append(f"{s.name:26} {s.split:5} {pr(s.links):26} {ratio(s.full[0], s.full[2]):<13.2f} "
                     f"{pr(s.dropped):26} {pr(s.grouped):26}")
    for label, sel in (("dev", [s for s in scores if s.split == "dev"]),
                       ("test", [s for s in scores if s.split == "test"]), ("all", scores)):
        full = pooled(sel, "full")
        lines.append(f"{'pooled ' + label:26} {'':5} {pr(pooled(sel, 'links')):26} "
                     f"{ratio(full[0], full[2]):<13.2f} {pr(pooled(sel, 'dropped')):26} "
                     f"{pr(pooled(sel, 'grouped')):26}")
    lines.append("(P precision, R recall; counts are true positives / predicted / labelled)")
    sec = result["seconds"]
    lines.append(f"time: parse {sec['parse']:.2f} s, align {len(scores)} labelled pairs "
                 f"{sec['align_pairs']:.2f} s, align {result['sibling_pairs_aligned']} sibling pairs and "
                 f"group {sec['align_siblings_and_group']:.2f} s; {len(result['groups'])} groups")
    for s in scores:
        if s.stale:
            lines.append(f"STALE {s.name}: the parser's tasks changed since labelling: "
                         f"{', '.join(s.stale[:8])}")
    return "\n".join(lines)


def mistakes(result: dict[str, Any]) -> str:
    lines = []
    for s in result["pairs"]:
        lines.append(f"{s.name}")
        lines += [f"  false  {c} -> {p}  score {sc:.2f} ({m})" for c, p, sc, m in s.false_links]
        lines += [f"  missed {c} -> {p}  ({strength})" for c, p, strength in s.missed_links]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# A synthetic cascade (issue 9's `nqgraph synth`): its truth.json says which child task came from which
# parent task, for every plan of a national cascade.
# ---------------------------------------------------------------------------

CascadeKey = tuple[str, str, str, str]  # child file, child label, parent file, parent label


@dataclass
class CascadeScore:
    plans: int = 0
    tasks: int = 0
    links: tuple[int, int, int] = (0, 0, 0)
    by_op: dict[str, tuple[int, int]] = field(default_factory=dict)  # op -> (found, labelled)
    by_level: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    dropped: tuple[int, int, int] = (0, 0, 0)
    added: tuple[int, int, int] = (0, 0, 0)
    seconds: dict[str, float] = field(default_factory=dict)
    false_links: list[tuple[CascadeKey, float, str]] = field(default_factory=list)
    missed_links: list[tuple[CascadeKey, str]] = field(default_factory=list)
    tied: int = 0  # false links scoring at least as high as a true link of the same child task


def _add(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, int, int]:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def evaluate_cascade(folder: Path, every: int = 1, params: Params = PARAMS) -> CascadeScore:
    """Align every plan of the cascade (or every `every`-th, with the plans above them) with the plan it
    implements, as the truth names it, and score links, dropped and added tasks against the truth.
    Parsing and aligning are timed apart: the 2-minute target is on the alignment."""
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    plans = sorted((d for d in truth["documents"] if d["parent_file"]), key=lambda d: d["file"])[::every]
    out = CascadeScore(plans=len(plans))
    started = time.perf_counter()
    files = sorted({d["file"] for d in plans} | {d["parent_file"] for d in plans})
    tasks = {f: tasks_of(_parse_uncached(folder / f)) for f in files}
    out.tasks = sum(len(tasks[d["file"]]) for d in plans)
    parsed, cpu = time.perf_counter(), time.process_time()
    predicted = {d["file"]: align(tasks[d["file"]], tasks[d["parent_file"]], params)
                 for d in sorted(plans, key=lambda d: (d["parent_file"], d["file"]))}
    out.seconds = {"parse": parsed - started, "align": time.perf_counter() - parsed,
                   "align_cpu": time.process_time() - cpu}
    gold: dict[str, dict[CascadeKey, str]] = {}
    for k in truth["links"]:
        key = (k["child_file"], k["child_label"], k["parent_file"], k["parent_label"])
        gold.setdefault(k["child_file"], {})[key] = k["op"]
    for d in plans:
        _score_plan(out, d, predicted[d["file"]], tasks, gold.get(d["file"], {}))
    return out


def _parse_uncached(path: Path) -> Record:
    from loaders.parse import parse_file

    return parse_file(path)


def _score_plan(out: CascadeScore, doc: dict[str, Any], links: list[Link], tasks: dict[str, list[AlignTask]],
                want: dict[CascadeKey, str]) -> None:
    child, parent = doc["file"], doc["parent_file"]
    pred = {(child, k.child, parent, k.parent): k for k in links}
    counts = prf(pred, want)
    out.links = _add(out.links, counts)
    out.by_level[doc["level"]] = _add(out.by_level.get(doc["level"], (0, 0, 0)), counts)
    for key, op in want.items():
        found, labelled = out.by_op.get(op, (0, 0))
        out.by_op[op] = (found + (key in pred), labelled + 1)
    out.dropped = _add(out.dropped, prf(dropped(links, tasks[parent]), doc["dropped"]))
    linked = {k.child for k in links}
    out.added = _add(out.added, prf([t.key for t in tasks[child] if t.key not in linked], doc["added"]))
    out.false_links += [(key, k.score, k.method) for key, k in pred.items() if key not in want]
    out.missed_links += [(key, op) for key, op in want.items() if key not in pred]
    true_score: dict[str, float] = {}
    for key, k in pred.items():
        if key in want:
            true_score[k.child] = min(true_score.get(k.child, 1.0), k.score)
    out.tied += sum(1 for key, k in pred.items()
                    if key not in want and k.score >= true_score.get(k.child, 9.0))


def cascade_report(s: CascadeScore) -> str:
    def pr(v: tuple[int, int, int]) -> str:
        return f"P {ratio(v[0], v[1]):.3f} R {ratio(v[0], v[2]):.3f} ({v[0]}/{v[1]}/{v[2]})"

    lines = [f"{s.plans} plans, {s.tasks} tasks aligned with the plans they implement",
             f"links    {pr(s.links)}"]
    lines += [f"  {level:9}{pr(v)}" for level, v in sorted(s.by_level.items())]
    lines.append("recall by operation: " + ", ".join(
        f"{op} {ratio(f, n):.3f} ({f}/{n})" for op, (f, n) in sorted(s.by_op.items())))
    lines.append(f"false links tied with a true link of the same child task (the parent plan holds the same "
                 f"text twice): {s.tied} of {s.links[1] - s.links[0]}")
    lines += [f"dropped  {pr(s.dropped)}", f"added    {pr(s.added)}",
              f"time: parse {s.seconds['parse']:.1f} s, align {s.seconds['align']:.1f} s "
              f"({1000 * s.seconds['align'] / max(1, s.plans):.1f} ms a plan; CPU "
              f"{s.seconds.get('align_cpu', 0.0):.1f} s)",
              "(P precision, R recall; counts are true positives / predicted / labelled)"]
    return "\n".join(lines)
