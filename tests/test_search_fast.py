"""Search's capped count asked with every score zeroed (`api.search.count_matches`): the total and total_exact
of counting every match, on the seeds and a small synthetic cascade; and the rounds that make up for stale
entries of the eventually consistent full-text index, which an unscored query hands over first."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

import pytest
from neo4j import Driver, ManagedTransaction

import api.search
from api.params import lucene_query
from api.search import count_matches, number_words, page_matches, search_all
from graph.db import read
from graph.model import FULLTEXT_INDEX
from queries.catalogue import read_tx, run

QUERIES = ("ngay hoi dai doan ket", "dân vận", "kế hoạch", "Đảng", "xây dựng chương trình", "66-CTr/TU",
           "43-NQ/TW", "tuyên truyền", "khối đại đoàn kết toàn dân tộc", "zzzz")
CAPS = (1, 2, 5, 40, 1000)
EVERY_MATCH = """
CALL db.index.fulltext.queryNodes($index, $query) YIELD node
WITH node WHERE (node:Document OR node:Task) AND NOT node.uid IN $exclude
RETURN count(node) AS n
"""


def _exclude(driver: Driver, q: str) -> list[str]:
    words = number_words(q)
    return [r["uid"] for r in run(driver, "search_numbers", words=words, limit=100)] if words else []


def _every(driver: Driver, lucene: str, exclude: list[str]) -> int:
    params = {"index": FULLTEXT_INDEX, "query": lucene, "exclude": exclude}
    return int(read(driver, EVERY_MATCH, params)[0]["n"])


def _count(tx: ManagedTransaction, lucene: str, exclude: list[str], cap: int) -> tuple[int, bool]:
    return count_matches(tx, lucene, exclude, cap)


def assert_same_counts(driver: Driver) -> int:
    """Every query and cap: the count of every match, capped, and exact exactly when it is the whole count."""
    checked = 0
    for q in QUERIES:
        lucene, exclude = lucene_query(q), _exclude(driver, q)
        every = _every(driver, lucene, exclude)
        for cap in CAPS:
            new = read_tx(driver, partial(_count, lucene=lucene, exclude=exclude, cap=cap))
            assert new == (min(every, cap), every <= cap), (q, cap, every)
            checked += every > cap
    return checked


@pytest.mark.db
def test_same_counts_on_the_seeds(seeded_db: Driver) -> None:
    assert assert_same_counts(seeded_db) > 0


@pytest.mark.db
def test_search_answers_on_the_seeds(seeded_db: Driver) -> None:
    """Through search_all: pages as before (search_text is unchanged), totals those of every match."""
    for q in QUERIES:
        for limit, offset in ((20, 0), (2, 1), (5, 3)):
            out = search_all(seeded_db, q, limit, offset)
            exclude = _exclude(seeded_db, q)
            every = _every(seeded_db, lucene_query(q), exclude)
            assert out.total == len(exclude) + min(every, max(1000, offset + limit)), (q, limit, offset)
            assert out.total_exact == (every <= max(1000, offset + limit))


@pytest.fixture(scope="module")
def synth_cascade(seeded_db: Driver, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A small cascade (one legacy province) beside the seeds; the seed graph is put back after."""
    from ingest import load_paths
    from synth import generate
    from tests.conftest import ensure_seeded

    out = tmp_path_factory.mktemp("synth-search")
    generate("97-NQ/TW", out, seed=5, provinces=("48",))
    try:
        summary = load_paths(seeded_db, sorted(out.glob("*.txt")), progress=False)
        assert not summary.failed, summary.as_text()
        yield
    finally:
        ensure_seeded(seeded_db)


@pytest.mark.db
def test_same_counts_on_a_synthetic_cascade(seeded_db: Driver, synth_cascade: None) -> None:
    assert assert_same_counts(seeded_db) > 5


# Lucene's entries in the order an unscored query hands them over: L a live match, R a deleted node's entry
# whose id another node now holds (yielded, not kept), D a deleted node's entry whose id is free (not
# yielded). Each row: entries, cap, the expected (total, exact), the rounds it takes.
ROUNDS = [
    ("LLL", 5, (3, True), 2),
    ("L" * 9, 5, (5, False), 1),
    ("RR" + "L" * 9, 5, (5, False), 2),
    ("RR" + "LLLL", 5, (4, True), 2),
    ("DD" + "LLLL", 5, (4, True), 2),
    ("DDD" + "L" * 9, 5, (5, False), 2),
    ("RL" * 10, 5, (5, False), 2),
    ("R" * 40 + "LLL", 5, (3, True), 5),
    ("R" * 200 + "LLL", 5, (0, False), 6),
    ("", 5, (0, True), 2),
]


@pytest.mark.parametrize(("entries", "cap", "expected", "rounds"), ROUNDS)
def test_count_rounds_make_up_for_stale_entries(monkeypatch: pytest.MonkeyPatch, entries: str, cap: int,
                                                expected: tuple[int, bool], rounds: int) -> None:
    asked: list[int] = []

    def lucene(_tx: Any, name: str, **params: Any) -> list[dict[str, int]]:
        assert name == "search_text_total"
        asked.append(params["limit"])
        handed = entries[:params["limit"]]
        return [{"fetched": handed.count("L") + handed.count("R"), "kept": handed.count("L")}]

    monkeypatch.setattr(api.search, "run_in", lucene)
    assert count_matches(None, "x", [], cap) == expected  # type: ignore[arg-type]
    assert len(asked) == rounds, asked


# Lucene's hits best first: True a live match, False a stale entry. Each row: hits, skip, limit, the
# expected page (positions of the live hits kept), the windows asked.
PAGES = [
    ([True] * 10, 0, 3, [0, 1, 2], [3]),
    ([False, True, True, True, True], 0, 3, [1, 2, 3], [3, 6]),
    ([True, False, True, True, True, True], 2, 2, [3, 4], [4, 8]),
    ([False] * 3 + [True], 0, 3, [3], [3, 6]),
    ([False] * 20 + [True] * 2, 0, 2, [20, 21], [2, 4, 8, 16, 32]),
    ([False] * 100 + [True] * 2, 0, 2, [], [2, 4, 8, 16, 32, 64]),
    ([True, True], 0, 5, [0, 1], [5]),
]


@pytest.mark.parametrize(("hits", "skip", "limit", "expected", "windows"), PAGES)
def test_page_rounds_make_up_for_stale_hits(monkeypatch: pytest.MonkeyPatch, hits: list[bool], skip: int,
                                            limit: int, expected: list[int], windows: list[int]) -> None:
    asked: list[int] = []
    live = [i for i, h in enumerate(hits) if h]

    def lucene(_tx: Any, name: str, **params: Any) -> list[dict[str, int]]:
        assert name == "search_text"
        asked.append(params["window"])
        kept = [i for i in live if i < params["window"]]
        return [{"uid": i} for i in kept[params["skip"]:params["skip"] + params["limit"]]]

    monkeypatch.setattr(api.search, "run_in", lucene)
    rows = page_matches(None, "x", [], skip, limit, available=len(live) - skip)  # type: ignore[arg-type]
    assert [r["uid"] for r in rows] == expected
    assert asked == windows
