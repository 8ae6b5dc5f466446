"""The second reader's labels of the hand-aligned pairs (tests/alignment/second_reader/): each file names the
same pair and tasks as reader 1's, only tasks that exist, and the agreement counts are computed as said."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.align import Link, dropped
from graph.align_eval import _parsed, load_gold, stale_labels, tasks_of
from tests.alignment.second_reader.agree import Agreement, agreement
from tests.alignment.second_reader.tasks import listing

REPO = Path(__file__).resolve().parent.parent
FIRST = REPO / "tests" / "alignment"
SECOND = FIRST / "second_reader"
READER1 = {p.name: p for p in load_gold(FIRST)}
READER2 = load_gold(SECOND)


def test_the_second_reader_labelled_every_pair() -> None:
    assert {p.name for p in READER2} == set(READER1)


@pytest.mark.parametrize("pair", READER2, ids=[p.name for p in READER2])
def test_second_reader_labels_name_only_tasks_that_exist(pair: object) -> None:
    from graph.align_eval import GoldPair

    assert isinstance(pair, GoldPair)
    first = READER1[pair.name]
    assert (pair.relation, pair.child_seed, pair.parent_seed) == (first.relation, first.child_seed,
                                                                   first.parent_seed)
    # the same task lists as reader 1 read, still as the parser gives them
    assert pair.child_starts == first.child_starts and pair.parent_starts == first.parent_starts
    child = tasks_of(_parsed(str(REPO / pair.child_seed)))
    parent = tasks_of(_parsed(str(REPO / pair.parent_seed)))
    assert not stale_labels(pair, child, parent), "the parser's tasks changed: read the pair again"
    raw = json.loads((SECOND / f"{pair.name}.json").read_text(encoding="utf-8"))
    for c in raw["child_tasks"]:
        parents = [k["parent"] for k in c["carries_out"]]
        assert len(parents) == len(set(parents)), c["label"]
        assert set(parents) <= set(pair.parent_starts), c["label"]
        assert {k["strength"] for k in c["carries_out"]} <= {"full", "partial"}, c["label"]
    links = [Link(c, p, 1.0, "gold") for c, p in pair.links]
    assert set(dropped(links, parent)) == set(pair.dropped)


@pytest.mark.parametrize("name", sorted(READER1), ids=sorted(READER1))
def test_the_listing_a_reader_labels_from_hides_reader_1s_links(name: str) -> None:
    lst = listing(name)
    rows = lst["child_tasks"] + lst["parent_tasks"]
    assert rows and all(set(r) == {"label", "text_starts"} for r in rows)
    assert "description" not in lst  # reader 1's description speaks of the links


# parent plan: heading H with bullets H.1, H.2; another heading G
UPS: dict[str, str | None] = {"H": None, "H.1": "H", "H.2": "H", "G": None}


@pytest.mark.parametrize("one, two, candidates, both, only1, only2, kappa, relaxed", [
    ({("a", "H.1")}, {("a", "H.1")}, 8, 1, 0, 0, 1.0, 1),
    # one reader takes the heading, the other its bullet: no exact agreement, a relaxed one
    ({("a", "H")}, {("a", "H.1")}, 8, 0, 1, 1, -1 / 7, 2),
    # a bullet of another heading is not near
    ({("a", "G")}, {("a", "H.1")}, 8, 0, 1, 1, -1 / 7, 0),
    # 2 shared, 1 each alone over 10 candidates: observed 0.8, expected (3*3 + 7*7)/100
    ({("a", "H"), ("b", "G"), ("c", "G")}, {("a", "H"), ("b", "G"), ("d", "G")}, 10, 2, 1, 1,
     (0.8 - 0.58) / 0.42, 2),
], ids=["same link", "heading against its bullet", "unrelated parents", "kappa by hand"])
def test_agreement_counts(one: set[tuple[str, str]], two: set[tuple[str, str]], candidates: int, both: int,
                          only1: int, only2: int, kappa: float, relaxed: int) -> None:
    a = agreement(frozenset(one), frozenset(two), candidates, UPS)
    assert (a.both, a.only1, a.only2, a.relaxed_both) == (both, only1, only2, relaxed)
    assert a.kappa() == pytest.approx(kappa)


def test_pooled_agreement_adds_counts() -> None:
    a = Agreement(candidates=4, both=1, only1=1)
    a.add(Agreement(candidates=6, both=2, only2=1, relaxed_both=3, relaxed_union=3))
    assert (a.candidates, a.both, a.only1, a.only2, a.union, a.relaxed_both) == (10, 3, 1, 1, 5, 3)
