"""Coverage's implementers read from one walk, with depth and locality computed in memory
(`api.coverage.implementers`), against `find_implementers`, the query it replaced and falls back to: the
same rows, field for field and in the same order, and the same coverage answers, on the seeds and on a small
synthetic cascade, in both eras."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from neo4j import Driver

import api.coverage as cov
from api.models import Implementer
from loaders import gazetteer as gz
from queries.catalogue import run_on

# A small legacy branch (Đà Nẵng: 8 districts, 47 communes) under a directive number the seeds do not hold.
SYNTH_DIRECTIVE = "98-NQ/TW"
SYNTH_PROVINCE = "48"
# what `implementers` gives of each row; `details` reads the rest for the plans listed
LEAN = ("uid", "number", "issued_on", "level", "issuer", "depth", "located", "within")


def reference(db: cov.Reader, uid: str, era: str) -> list[dict[str, Any]]:
    """find_implementers as coverage read it before: `within` is a set, so compare it sorted. Coverage
    hands its own read transaction to whatever `implementers` is."""
    return [{**r, "within": sorted(r["within"])} for r in run_on(db, "find_implementers", uid=uid, era=era)]


def document_uids(driver: Driver, number_prefix: str = "") -> list[str]:
    with driver.session() as s:
        rows = s.run("MATCH (d:Document) WHERE coalesce(d.number, '') STARTS WITH $p RETURN d.uid AS uid",
                     p=number_prefix)
        return sorted(r["uid"] for r in rows)


def assert_same_implementers(driver: Driver, uids: list[str]) -> int:
    """The same rows in the same order: the fields every implementer needs, then the listed ones whole."""
    compared = 0
    for uid in uids:
        for era in gz.ERAS:
            want = reference(driver, uid, era)
            lean = [{k: r[k] for k in LEAN} for r in want]
            assert cov.implementers(driver, uid, era) == lean, (uid, era)
            assert cov.details(driver, lean) == [Implementer(**r) for r in want], (uid, era)
            compared += len(want)
    return compared


def same_coverage(driver: Driver, monkeypatch: pytest.MonkeyPatch, uid: str, **kwargs: Any) -> None:
    new = cov.coverage(driver, uid, **kwargs).model_dump()
    with monkeypatch.context() as m:
        m.setattr(cov, "implementers", reference)
        old = cov.coverage(driver, uid, **kwargs).model_dump()
    assert new == old, (uid, kwargs)


# ---------------------------------------------------------------------------
# pure parts
# ---------------------------------------------------------------------------


def below(links: dict[str, list[str]]) -> dict[str, list[str]]:
    """document -> the documents it implements, read the other way."""
    out: dict[str, list[str]] = {}
    for c, parents in links.items():
        for p in parents:
            out.setdefault(p, []).append(c)
    return out


@pytest.mark.parametrize(("links", "want"), [
    ({"a": ["r"]}, {"a": 1}),
    # a shortcut does not make a plan shallower: c implements b and the root
    ({"b": ["r"], "c": ["b", "r"]}, {"b": 1, "c": 2}),
    ({"b": ["r"], "c": ["b"], "d": ["c", "r"], "e": ["d", "b"]}, {"b": 1, "c": 2, "d": 3, "e": 4}),
    # ten links at most: a chain of eleven does not count, a shorter one does
    ({**{f"n{k}": [f"n{k - 1}" if k > 1 else "r"] for k in range(1, 11)}, "x": ["n10", "n2"]},
     {**{f"n{k}": k for k in range(1, 11)}, "x": 3}),
    # what the root itself implements is above it
    ({"r": ["up"], "a": ["r"]}, {"a": 1}),
])
def test_longest_chains(links: dict[str, list[str]], want: dict[str, int]) -> None:
    assert cov.longest_chains("r", below(links)) == want


@pytest.mark.parametrize("links", [{"a": ["r", "b"], "b": ["a"]}, {"a": ["r"], "r": ["a"]},
                                   {"a": ["r", "a"]}])
def test_a_cycle_is_left_to_neo4j(links: dict[str, list[str]]) -> None:
    assert cov.longest_chains("r", below(links)) is None


@pytest.mark.parametrize(("unit", "era", "want"), [
    ("legacy:commune:11755", "legacy", {"legacy:commune:11755", "legacy:district:315", "legacy:province:31"}),
    ("legacy:commune:11755", "2025", {"2025:commune:11755", "2025:province:31"}),
    # a 2025 commune lies in every legacy commune merged into it, and above them
    ("2025:commune:11755", "legacy", {"legacy:commune:11755", "legacy:commune:11770", "legacy:commune:11773",
                                      "legacy:commune:11776", "legacy:district:315", "legacy:province:31"}),
    ("legacy:district:315", "legacy", {"legacy:district:315", "legacy:province:31"}),
    ("legacy:province:31", "2025", {"2025:province:31"}),
    ("legacy:district:315", "2025", set()),  # a district with communes became nothing itself
    ("2025:province:31", "legacy", {"legacy:province:31", "legacy:province:30"}),
    ("legacy:province:99", "legacy", None),
])
def test_units_within(unit: str, era: str, want: set[str] | None) -> None:
    got = cov.units_within(unit, era)
    assert (None if got is None else set(got)) == want


# ---------------------------------------------------------------------------
# against the graph
# ---------------------------------------------------------------------------


def test_units_within_is_the_graph_s_walk(seeded_db: Driver) -> None:
    """Every level of both eras, seen from both eras: the gazetteer in memory gives what PART_OF and BECAME
    give in Neo4j."""
    groups = [list(gz.iter_units(era, level)) for era in gz.ERAS for level in gz.LEVELS]
    sample = [u for units in groups for u in units[::max(1, len(units) // 4)][:4]]
    assert len(sample) == 4 * 5  # no district in 2025
    with seeded_db.session() as s:
        for u in sample:
            for era in gz.ERAS:
                graph = {r["uid"] for r in s.run(
                    "MATCH (x:AdminUnit {uid: $uid})-[:BECAME*0..1]-(:AdminUnit {era: $era})"
                    "-[:PART_OF*0..3]->(y:AdminUnit) RETURN DISTINCT y.uid AS uid", uid=u.uid, era=era)}
                assert set(cov.units_within(u.uid, era) or ()) == graph, (u.uid, era)


def test_same_implementers_on_the_seeds(seeded_db: Driver) -> None:
    assert assert_same_implementers(seeded_db, document_uids(seeded_db)) > 0


@pytest.mark.parametrize("number", ["43-NQ/TW", "66-CTr/TU"])
@pytest.mark.parametrize("kwargs", [
    {"as_of": date(2026, 11, 21)},
    {"as_of": date(2024, 3, 1)},
    {"as_of": date(2023, 1, 1)},
    {"as_of": date(2026, 11, 21), "plans": 1},
    {"as_of": date(2026, 11, 21), "unit": "legacy:province:31"},
    {"as_of": date(2026, 11, 21), "unit": "legacy:district:315"},
])
def test_same_coverage_on_the_seeds(seeded_db: Driver, monkeypatch: pytest.MonkeyPatch, number: str,
                                    kwargs: dict[str, Any]) -> None:
    for uid in document_uids(seeded_db, number):
        same_coverage(seeded_db, monkeypatch, uid, **kwargs)


@pytest.fixture(scope="module")
def synth_cascade(seeded_db: Driver, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    """A small cascade loaded beside the seeds (its documents' uids); the seed graph is put back after."""
    from ingest import load_paths
    from synth import generate
    from tests.conftest import ensure_seeded

    seeds = set(document_uids(seeded_db))
    out = tmp_path_factory.mktemp("synth-coverage")
    generate(SYNTH_DIRECTIVE, out, seed=3, provinces=(SYNTH_PROVINCE,))
    try:
        summary = load_paths(seeded_db, sorted(out.glob("*.txt")), progress=False)
        assert not summary.failed, summary.as_text()
        yield [u for u in document_uids(seeded_db) if u not in seeds]
    finally:
        ensure_seeded(seeded_db)


def test_same_implementers_on_a_synthetic_cascade(seeded_db: Driver, synth_cascade: list[str]) -> None:
    assert len(synth_cascade) > 40
    assert assert_same_implementers(seeded_db, synth_cascade) > 100


def test_same_coverage_on_a_synthetic_cascade(seeded_db: Driver, synth_cascade: list[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    root = document_uids(seeded_db, SYNTH_DIRECTIVE)
    assert root
    for kwargs in ({"as_of": date(2026, 11, 21)}, {"as_of": date(2024, 2, 1)},
                   {"as_of": date(2026, 11, 21), "plans": 2},
                   {"as_of": date(2026, 11, 21), "unit": f"legacy:province:{SYNTH_PROVINCE}"}):
        same_coverage(seeded_db, monkeypatch, root[0], **kwargs)


def test_a_cycle_falls_back_to_find_implementers(seeded_db: Driver, monkeypatch: pytest.MonkeyPatch) -> None:
    """The loader writes IMPLEMENTS cycles (with a warning): there coverage reads find_implementers itself."""
    uid = document_uids(seeded_db, "43-NQ/TW")[0]
    want = cov.coverage(seeded_db, uid, date(2026, 11, 21)).model_dump()
    monkeypatch.setattr(cov, "longest_chains", lambda root, below: None)
    assert cov.implementers(seeded_db, uid, "legacy") == reference(seeded_db, uid, "legacy")
    assert cov.coverage(seeded_db, uid, date(2026, 11, 21)).model_dump() == want
