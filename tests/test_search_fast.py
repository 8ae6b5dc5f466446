"""Search's capped count asked with every score zeroed (`api.search.unscored`): the total and total_exact
of counting every match; the same total as the scored count it replaced
(`tests/fixtures/search_before/search_text_total.cypher`), and the same total_exact below the cap (past it
the old count, handed cap hits at most, still said exact), on the seeds and a small synthetic cascade."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from api.params import lucene_query
from api.search import number_words, search_all, unscored
from graph.db import read
from graph.model import FULLTEXT_INDEX
from queries.catalogue import run

pytestmark = pytest.mark.db

BEFORE = Path(__file__).resolve().parent / "fixtures" / "search_before"
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


def _before(driver: Driver, **params: Any) -> dict[str, Any]:
    cypher = (BEFORE / "search_text_total.cypher").read_text(encoding="utf-8")
    return read(driver, cypher, params)[0]


def _every(driver: Driver, lucene: str, exclude: list[str]) -> int:
    params = {"index": FULLTEXT_INDEX, "query": lucene, "exclude": exclude}
    return int(read(driver, EVERY_MATCH, params)[0]["n"])


def assert_same_counts(driver: Driver) -> int:
    """Every query and cap: the count of every match, capped, and the scored count where it was right."""
    checked = 0
    for q in QUERIES:
        lucene, exclude = lucene_query(q), _exclude(driver, q)
        every = _every(driver, lucene, exclude)
        for cap in CAPS:
            args: dict[str, Any] = {"index": FULLTEXT_INDEX, "exclude": exclude, "cap": cap}
            new = run(driver, "search_text_total", query=unscored(lucene), **args)[0]
            assert new == {"total": min(every, cap), "exact": every <= cap}, (q, cap, every)
            old = _before(driver, query=lucene, **args)
            assert old["total"] == new["total"], (q, cap)
            # The scored count asked Lucene for cap (+ excluded) hits: past the cap it still said exact.
            assert old["exact"] == new["exact"] or every > cap, (q, cap)
            checked += every > cap
    return checked


def test_same_counts_on_the_seeds(seeded_db: Driver) -> None:
    assert assert_same_counts(seeded_db) > 0


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


def test_same_counts_on_a_synthetic_cascade(seeded_db: Driver, synth_cascade: None) -> None:
    assert assert_same_counts(seeded_db) > 5
