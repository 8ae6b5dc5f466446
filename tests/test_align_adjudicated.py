"""The adjudicated labels of the hand-aligned pairs (tests/alignment/adjudicated/): each file names the same
pair and tasks as reader 1's, only tasks that exist; it keeps every link the readers agree on, adds none
neither reader made, and its decisions table settles exactly the links the readers part on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.align import Link, dropped
from graph.align_eval import GoldPair, _parsed, load_gold, stale_labels, tasks_of
from tests.alignment.second_reader.agree import adjudicated_report, versus

REPO = Path(__file__).resolve().parent.parent
FIRST = REPO / "tests" / "alignment"
THIRD = FIRST / "adjudicated"
READER1 = {p.name: p for p in load_gold(FIRST)}
READER2 = {p.name: p for p in load_gold(FIRST / "second_reader")}
ADJUDICATED = load_gold(THIRD)
IDS = [p.name for p in ADJUDICATED]


def strengths(pair: GoldPair) -> dict[tuple[str, str], str]:
    return {k: "full" if k in pair.full_links else "partial" for k in pair.links}


def test_every_pair_is_adjudicated() -> None:
    assert {p.name for p in ADJUDICATED} == set(READER1) == set(READER2)


@pytest.mark.parametrize("pair", ADJUDICATED, ids=IDS)
def test_adjudicated_labels_name_only_tasks_that_exist(pair: GoldPair) -> None:
    first = READER1[pair.name]
    assert (pair.relation, pair.child_seed, pair.parent_seed) == (first.relation, first.child_seed,
                                                                   first.parent_seed)
    assert pair.child_starts == first.child_starts and pair.parent_starts == first.parent_starts
    child = tasks_of(_parsed(str(REPO / pair.child_seed)))
    parent = tasks_of(_parsed(str(REPO / pair.parent_seed)))
    assert not stale_labels(pair, child, parent), "the parser's tasks changed: read the pair again"
    raw = json.loads((THIRD / f"{pair.name}.json").read_text(encoding="utf-8"))
    for c in raw["child_tasks"]:
        parents = [k["parent"] for k in c["carries_out"]]
        assert len(parents) == len(set(parents)), c["label"]
        assert set(parents) <= set(pair.parent_starts), c["label"]
        assert {k["strength"] for k in c["carries_out"]} <= {"full", "partial"}, c["label"]
    links = [Link(c, p, 1.0, "gold") for c, p in pair.links]
    assert set(dropped(links, parent)) == set(pair.dropped)


@pytest.mark.parametrize("pair", ADJUDICATED, ids=IDS)
def test_adjudication_keeps_agreed_links_and_adds_none(pair: GoldPair) -> None:
    one, two, three = strengths(READER1[pair.name]), strengths(READER2[pair.name]), strengths(pair)
    agreed = {k: s for k, s in one.items() if two.get(k) == s}
    assert agreed.items() <= three.items()
    assert set(three) <= set(one) | set(two)


@pytest.mark.parametrize("pair", ADJUDICATED, ids=IDS)
def test_the_decisions_settle_exactly_the_disputed_links(pair: GoldPair) -> None:
    one, two, three = strengths(READER1[pair.name]), strengths(READER2[pair.name]), strengths(pair)
    disputed = {k for k in set(one) | set(two) if one.get(k) != two.get(k)}
    rows = json.loads((THIRD / f"{pair.name}.json").read_text(encoding="utf-8"))["decisions"]
    assert {(r["child"], r["parent"]) for r in rows} == disputed
    for r in rows:
        k = (r["child"], r["parent"])
        assert (r["reader_1"], r["reader_2"]) == (one.get(k, "-"), two.get(k, "-")), k
        assert three.get(k, "none") == r["decision"], k
        assert r["why"].strip(), k


def gold(name: str, full: set[tuple[str, str]], partial: set[tuple[str, str]],
         dropped_tasks: set[str]) -> GoldPair:
    return GoldPair(name=name, relation="sibling", split="test", child_seed="c", parent_seed="p",
                    links=frozenset(full | partial), full_links=frozenset(full),
                    dropped=frozenset(dropped_tasks), child_starts={}, parent_starts={})


@pytest.mark.parametrize("full, partial, dropped_tasks, links, full_v, dropped_v", [
    ({("a", "H")}, {("b", "G")}, {"K"}, (2, 2, 2), (1, 1, 1), (1, 1, 1)),
    # the reader made one link the adjudication dropped and called a kept link partial
    ({("a", "H")}, {("b", "G"), ("c", "G")}, set(), (2, 3, 2), (1, 1, 1), (0, 0, 1)),
    # the reader missed a kept link and called a partial link full
    ({("a", "H"), ("b", "G")}, set(), {"K"}, (2, 2, 2), (1, 2, 1), (1, 1, 1)),
    ({("x", "H")}, set(), {"K", "G"}, (0, 1, 2), (0, 1, 1), (1, 2, 1)),
], ids=["same", "extra link, extra partial", "strength only", "disjoint"])
def test_a_reader_is_scored_against_the_adjudicated_set(
        full: set[tuple[str, str]], partial: set[tuple[str, str]], dropped_tasks: set[str],
        links: tuple[int, int, int], full_v: tuple[int, int, int], dropped_v: tuple[int, int, int]) -> None:
    ref = gold("p", {("a", "H")}, {("b", "G")}, {"K"})
    v = versus(gold("p", full, partial, dropped_tasks), ref)
    assert (v["links"], v["full"], v["dropped"]) == (links, full_v, dropped_v)


def test_the_report_pools_both_readers() -> None:
    ref = gold("p", {("a", "H")}, {("b", "G")}, {"K"})
    out = adjudicated_report([gold("p", {("a", "H")}, set(), set())], [ref], [ref])
    pooled = out.split("pooled")[1]
    assert "reader 1 vs adjudicated  links    P 1.00 R 0.50 (1 of 1 made, 2 adjudicated)" in pooled
    assert "reader 2 vs adjudicated  links    P 1.00 R 1.00 (2 of 2 made, 2 adjudicated)" in pooled
