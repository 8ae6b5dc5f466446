"""The gazetteer loaded into the real Neo4j: counts, hierarchy, BECAME, idempotence, repair."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from neo4j import Driver

from graph.db import apply_schema, read
from graph.gazetteer import expected_counts, graph_counts, load_gazetteer
from graph.model import Label, Rel
from tests.conftest import wipe

pytestmark = pytest.mark.db

AU, PART_OF, BECAME = Label.ADMIN_UNIT.value, Rel.PART_OF.value, Rel.BECAME.value


def _counts_by_label_and_type(driver: Driver) -> dict[str, int]:
    rows = read(driver, "MATCH (n) UNWIND labels(n) AS l RETURN l AS k, count(*) AS n "
                        "UNION ALL MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n")
    return {r["k"]: r["n"] for r in rows}


@pytest.fixture(scope="module")
def loaded(driver: Driver) -> Iterator[tuple[Driver, str]]:
    """A cold load into an empty database; left loaded afterwards, for later modules that need places."""
    wipe(driver)
    apply_schema(driver)
    yield driver, load_gazetteer(driver)
    assert graph_counts(driver) == expected_counts()


def test_cold_load_writes_every_unit_of_both_eras(loaded: tuple[Driver, str]) -> None:
    driver, summary = loaded
    assert summary.startswith("loaded ")
    rows = read(driver, f"MATCH (a:{AU}) RETURN a.era AS era, a.level AS level, count(*) AS n")
    assert {(r["era"], r["level"]): r["n"] for r in rows} == {
        ("legacy", "province"): 63,
        ("legacy", "district"): 696,
        ("legacy", "commune"): 10_035,  # 10,040 source rows: five island districts have no communes
        ("2025", "province"): 34,
        ("2025", "commune"): 3_321,
    }
    assert graph_counts(driver) == expected_counts()


def test_tu_cuong_part_of_tien_lang_part_of_hai_phong(loaded: tuple[Driver, str]) -> None:
    driver, _ = loaded
    rows = read(driver, f"""
        MATCH (c:{AU} {{uid: $uid}})-[:{PART_OF}]->(d:{AU})-[:{PART_OF}]->(p:{AU})
        RETURN c {{.*}} AS c, d.name AS district, d.level AS dl, p.name AS province, p.level AS pl
    """, {"uid": "legacy:commune:11764"})
    assert len(rows) == 1
    row: dict[str, Any] = rows[0]
    assert row["c"] | {"data_version": None} == {
        "uid": "legacy:commune:11764", "code": "11764", "name": "Xã Tự Cường", "short_name": "Tự Cường",
        "name_key": "tu cuong", "kind": "xã", "level": "commune", "era": "legacy", "data_version": None}
    assert (row["district"], row["dl"], row["province"], row["pl"]) == (
        "Huyện Tiên Lãng", "district", "Thành phố Hải Phòng", "province")


def test_tu_cuong_became_quyet_thang_of_2025_hai_phong(loaded: tuple[Driver, str]) -> None:
    driver, _ = loaded
    rows = read(driver, f"""
        MATCH (:{AU} {{uid: $uid}})-[b:{BECAME}]->(n:{AU})-[:{PART_OF}]->(p:{AU})
        RETURN n.uid AS uid, n.name AS name, b.split AS split, b.main AS main, p.uid AS province
    """, {"uid": "legacy:commune:11764"})
    assert rows == [{"uid": "2025:commune:11761", "name": "Xã Quyết Thắng", "split": False, "main": True,
                     "province": "2025:province:31"}]


def test_every_legacy_commune_and_province_became_something(loaded: tuple[Driver, str]) -> None:
    driver, _ = loaded
    rows = read(driver, f"""
        MATCH (a:{AU} {{era: 'legacy'}}) WHERE a.level <> 'district' AND NOT (a)-[:{BECAME}]->()
        RETURN count(a) AS n
    """)
    assert rows == [{"n": 0}]
    rows = read(driver, f"MATCH (:{AU} {{era: 'legacy', level: 'province'}})-[:{BECAME}]->(p) "
                        "RETURN count(DISTINCT p) AS n")
    assert rows == [{"n": 34}]


def test_hai_phong_has_fifteen_district_level_units(loaded: tuple[Driver, str]) -> None:
    driver, _ = loaded
    rows = read(driver, f"MATCH (d:{AU})-[:{PART_OF}]->(:{AU} {{uid: 'legacy:province:31'}}) "
                        "RETURN count(d) AS n")
    assert rows == [{"n": 15}]


def test_second_load_skips_and_changes_nothing(loaded: tuple[Driver, str]) -> None:
    driver, _ = loaded
    before = _counts_by_label_and_type(driver)
    summary = load_gazetteer(driver)
    assert summary.startswith("already loaded")
    assert _counts_by_label_and_type(driver) == before
    forced = load_gazetteer(driver, force=True)  # the full write path, run over a complete graph
    assert forced.startswith("loaded ")
    assert _counts_by_label_and_type(driver) == before


def test_incomplete_load_is_repaired(loaded: tuple[Driver, str]) -> None:
    driver, _ = loaded
    before = _counts_by_label_and_type(driver)
    with driver.session() as s:
        s.execute_write(lambda tx: tx.run(
            f"MATCH (a:{AU} {{era: '2025', level: 'commune'}}) WITH a LIMIT 100 DETACH DELETE a").consume())
        s.execute_write(lambda tx: tx.run(
            f"MATCH (a:{AU} {{uid: 'legacy:commune:11764'}}) SET a.data_version = 'old' "
            f"CREATE (a)-[:{PART_OF}]->(:{AU} {{uid: 'legacy:district:999', data_version: 'old'}})"
        ).consume())
    assert _counts_by_label_and_type(driver) != before
    summary = load_gazetteer(driver)
    assert summary.startswith("loaded ") and "removed 1 units" in summary
    assert _counts_by_label_and_type(driver) == before
    assert graph_counts(driver) == expected_counts()
