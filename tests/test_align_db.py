"""Task alignment in the real Neo4j: what the loader stores is what `graph.align` computes, whatever the
order the seeds are loaded in, and loading again changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import ClientError

from graph.align import align, sibling_order
from graph.align_db import _Writer, recompute, recompute_all
from graph.align_eval import _parsed, load_gold, tasks_of
from graph.load import finish_pending
from ingest import load_paths

from .conftest import SEEDS, seed_database, wipe_loaded

pytestmark = pytest.mark.db

REPO = Path(__file__).resolve().parent.parent

Snapshot = tuple[frozenset[tuple[object, ...]], frozenset[tuple[object, ...]], frozenset[tuple[object, ...]]]


def snapshot(driver: Driver) -> Snapshot:
    """Every CARRIES_OUT and SAME_AS link with its score and method, every group with its members."""
    def rows(q: str) -> frozenset[tuple[object, ...]]:
        return frozenset(tuple(tuple(v) if isinstance(v, list) else v for v in r.values())
                         for r in driver.execute_query(q).records)

    return (rows("MATCH (a:Task)-[r:CARRIES_OUT]->(b:Task) "
                 "RETURN a.uid, b.uid, r.score, r.method, r.version"),
            rows("MATCH (a:Task)-[r:SAME_AS]->(b:Task) RETURN a.uid, b.uid, r.score, r.method, r.version"),
            rows("MATCH (g:TaskGroup)-[:UNDER]->(d:Document) RETURN g.uid, d.uid, g.caption, g.size, "
                 "COLLECT { MATCH (t)-[i:IN_GROUP]->(g) RETURN t.uid + ' ' + toString(i.core) + ' ' + "
                 "toString(i.score) ORDER BY t.uid + ' ' + toString(i.core) + ' ' + toString(i.score) }"))


@pytest.fixture(scope="module")
def seeded(seeded_db: Driver) -> Iterator[Driver]:
    yield seeded_db


def test_stored_links_are_what_the_pure_function_computes(seeded: Driver) -> None:
    """Per labelled pair: the links in the graph are align() on the parsed records, roles included."""
    paths = {r["p"]: (r["u"], r["l"]) for r in seeded.execute_query(
        "MATCH (d:Document) WHERE d.source_path IS NOT NULL "
        "RETURN d.source_path AS p, d.uid AS u, d.level AS l"
    ).records}
    for pair in load_gold(REPO / "tests" / "alignment"):
        child, parent = paths[pair.child_seed], paths[pair.parent_seed]
        rel = "CARRIES_OUT"
        if pair.relation == "sibling":
            rel = "SAME_AS"
            assert sibling_order(child, parent) == (child[0], parent[0]), pair.name
        stored = {(r["a"], r["b"]) for r in seeded.execute_query(
            f"MATCH (:Document {{uid: $c}})-[:HAS_TASK]->(a:Task)-[:{rel}]->(b:Task)<-[:HAS_TASK]-"
            "(:Document {uid: $p}) RETURN a.label AS a, b.label AS b", c=child[0], p=parent[0]).records}
        computed = {(k.child, k.parent) for k in align(tasks_of(_parsed(str(REPO / pair.child_seed))),
                                                        tasks_of(_parsed(str(REPO / pair.parent_seed))))}
        assert stored == computed, pair.name


def test_only_the_commune_plan_carries_out_and_four_plans_are_siblings(seeded: Driver) -> None:
    docs = seeded.execute_query(
        "MATCH (c:Document)-[:HAS_TASK]->(:Task)-[:CARRIES_OUT]->(:Task)<-[:HAS_TASK]-(p:Document) "
        "RETURN DISTINCT c.level AS child, p.number AS parent").records
    assert [(r["child"], r["parent"]) for r in docs] == [("commune", "66-CTr/TU")]
    roots = seeded.execute_query(
        "MATCH (g:TaskGroup)-[:UNDER]->(d:Document) RETURN DISTINCT d.number AS n, d.status AS s").records
    assert [(r["n"], r["s"]) for r in roots] == [("43-NQ/TW", "stub")]
    plans = seeded.execute_query(
        "MATCH (d:Document)-[:HAS_TASK]->(:Task)-[:SAME_AS]-() RETURN count(DISTINCT d) AS n").records
    assert plans[0]["n"] == 4


def test_recomputing_changes_nothing(seeded: Driver) -> None:
    before = snapshot(seeded)
    recompute_all(seeded)
    assert snapshot(seeded) == before
    load_paths(seeded, [SEEDS / "004_c81e2607254c46bf.txt"])
    assert snapshot(seeded) == before
    load_paths(seeded, [SEEDS / "001_561585da06cbe761.txt"])  # written again, its footnote with it
    assert snapshot(seeded) == before
    noted = seeded.execute_query("MATCH (t:Task) WHERE t.notes IS NOT NULL "
                                 "RETURN t.label AS label, size(t.notes) AS n").records
    assert [(r["label"], r["n"]) for r in noted] == [("III.1.4", 1)]


def test_the_same_links_whatever_the_order_of_loading(driver: Driver) -> None:
    """Each seed loaded on its own, in three orders (a plan before its parent, a sibling last, ...)."""
    seeds = sorted(SEEDS.glob("*.txt"))
    orders = [seeds, list(reversed(seeds)), [seeds[i] for i in (2, 0, 4, 1, 3)]]
    snaps = []
    try:
        for order in orders:
            wipe_loaded(driver)
            for f in order:
                load_paths(driver, [f])
            snaps.append(snapshot(driver))
        assert all(len(part) for part in snaps[0])
        for s in snaps[1:]:
            assert s == snaps[0]
    finally:
        seed_database(driver)
    assert snapshot(driver) == snaps[0]


def test_a_document_without_tasks_or_unknown_is_no_error(seeded: Driver) -> None:
    s = recompute(seeded, ["doc:43-NQ/TW@VN@2023-11-24", "doc:nothing-here"])
    assert s.documents >= 1 and s.roots == ["doc:43-NQ/TW@VN@2023-11-24"]
    assert recompute(seeded, []).documents == 0


def test_a_plan_whose_chain_now_ends_elsewhere_leaves_its_old_siblings(driver: Driver) -> None:
    """230-KH/ThU reaches 43-NQ/TW only through Lâm Đồng's 75-CTr/TU (a stub); that stub re-pointed to
    another top document, 230-KH/ThU's SAME_AS links to the plans under 43-NQ/TW and its places in their
    groups go, and the others' groups are rebuilt without it."""
    seed_database(driver)
    try:
        da_lat = driver.execute_query(
            "MATCH (d:Document {number: '230-KH/ThU'}) RETURN d.uid AS u").records[0]["u"]
        driver.execute_query(
            "MATCH (d:Document {uid: $u})-[:IMPLEMENTS*1..3]->(s:Document {number: '75-CTr/TU'}), "
            "(s)-[r:IMPLEMENTS]->(:Document {number: '43-NQ/TW'}) DELETE r "
            "CREATE (s)-[:IMPLEMENTS]->(:Document {uid: 'doc:test-other-root', status: 'stub'})", u=da_lat)
        s = recompute(driver, [da_lat])
        assert "doc:43-NQ/TW@VN@2023-11-24" in s.roots and "doc:test-other-root" in s.roots
        left = driver.execute_query(
            "MATCH (:Document {uid: $u})-[:HAS_TASK]->(:Task)-[r:SAME_AS|IN_GROUP]-() RETURN count(r) AS n",
            u=da_lat).records[0]["n"]
        assert left == 0
    finally:
        seed_database(driver)


def _all_pending(driver: Driver) -> None:
    """As right after a load with alignment left pending: every loaded plan marked, no link stored."""
    driver.execute_query("MATCH ()-[r:CARRIES_OUT|SAME_AS]->() DELETE r")
    driver.execute_query("MATCH (g:TaskGroup) DETACH DELETE g")
    driver.execute_query("MATCH (d:Document) WHERE d.sha256 IS NOT NULL SET d.align_pending = true")


@pytest.mark.parametrize("chunk", [1, 2, 1000])
def test_finishing_pending_plans_gives_the_links_of_a_full_realignment(seeded: Driver, chunk: int) -> None:
    """Turns of one plan put a plan and the plan above it in different turns, top level first: each plan
    is aligned in its own turn only, and the result is the same as aligning everything at once."""
    before = snapshot(seeded)
    try:
        _all_pending(seeded)
        assert finish_pending(seeded, chunk=chunk) == 5
        assert snapshot(seeded) == before
    finally:
        recompute_all(seeded)
        seeded.execute_query("MATCH (d:Document) WHERE d.align_pending REMOVE d.align_pending")


def test_a_pending_plan_below_is_left_to_its_own_turn(seeded: Driver) -> None:
    before = snapshot(seeded)
    commune = "MATCH (d:Document {level: 'commune'}) WHERE d.sha256 IS NOT NULL "
    parent = seeded.execute_query(
        commune + "MATCH (d)-[:HAS_TASK]->(:Task)-[:CARRIES_OUT]->(:Task)<-[:HAS_TASK]-(p:Document) "
        "RETURN DISTINCT p.uid AS u").records[0]["u"]
    try:
        seeded.execute_query(commune + "SET d.align_pending = true WITH d "
                             "MATCH (d)-[:HAS_TASK]->(:Task)-[r:CARRIES_OUT]->() DELETE r")
        recompute(seeded, [parent])
        n = seeded.execute_query(commune + "MATCH (d)-[:HAS_TASK]->(:Task)-[r:CARRIES_OUT]->() "
                                 "RETURN count(r) AS n").records[0]["n"]
        assert n == 0
        assert finish_pending(seeded) == 1
        assert snapshot(seeded) == before
    finally:
        recompute_all(seeded)
        seeded.execute_query("MATCH (d:Document) WHERE d.align_pending REMOVE d.align_pending")


def test_a_failed_background_write_raises_and_stops_the_writes(seeded: Driver) -> None:
    def fail(tx: ManagedTransaction) -> int:
        tx.run("RETURN 1 / $zero AS x", zero=0).consume()
        return 0

    with pytest.raises(ClientError), _Writer(seeded, depth=1) as writer:
        writer.submit(fail)
        writer.submit(fail)
    assert writer.total == 0
