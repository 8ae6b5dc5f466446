"""The gazetteer in Neo4j: every AdminUnit of both eras with PART_OF and BECAME (`nqgraph init-db`).

Written in batches (`UNWIND $rows`) in write transactions. Every node carries `data_version`
('vietnamadminunits 1.0.4'); when the database already holds exactly the expected units and
relationships of that version the load is skipped, otherwise it is redone in full (MERGE), so a load
that stopped half-way or an older data release is repaired by running it again.
"""

from __future__ import annotations

import time
from collections import Counter
from functools import lru_cache
from typing import Any

from neo4j import Driver, ManagedTransaction

from graph.db import apply_schema, session
from graph.model import Label, Rel
from loaders.gazetteer import data_version, gazetteer, iter_units, parent

BATCH_SIZE = 5_000

_AU = Label.ADMIN_UNIT.value
_PART_OF = Rel.PART_OF.value
_BECAME = Rel.BECAME.value

_MERGE_UNITS = f"""
UNWIND $rows AS r
MERGE (a:{_AU} {{uid: r.uid}})
SET a += r
"""
_MERGE_PART_OF = f"""
UNWIND $rows AS r
MATCH (c:{_AU} {{uid: r.child}})
MATCH (p:{_AU} {{uid: r.parent}})
MERGE (c)-[:{_PART_OF}]->(p)
"""
_MERGE_BECAME = f"""
UNWIND $rows AS r
MATCH (o:{_AU} {{uid: r.old}})
MATCH (n:{_AU} {{uid: r.new}})
MERGE (o)-[b:{_BECAME}]->(n)
SET b.split = r.split, b.main = r.main
"""
# Relationships are rebuilt on a reload so that links a previous data release had and this one
# does not are gone; units are merged in place so nodes linked from bodies keep their identity.
_DELETE_LINKS = f"""
MATCH (:{_AU})-[r:{_PART_OF}|{_BECAME}]->(:{_AU})
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS n
"""
_DELETE_STALE_UNITS = f"""
MATCH (a:{_AU}) WHERE a.data_version IS NULL OR a.data_version <> $version
WITH a LIMIT $limit
DETACH DELETE a
RETURN count(*) AS n
"""
_COUNT_UNITS = f"""
MATCH (a:{_AU})
RETURN a.era AS era, a.level AS level, a.data_version = $version AS current, count(*) AS n
"""
_COUNT_LINKS = f"""
MATCH (:{_AU})-[r:{_PART_OF}|{_BECAME}]->(:{_AU})
RETURN type(r) AS type, count(*) AS n
"""


def unit_rows() -> list[dict[str, Any]]:
    version = data_version()
    return [{"uid": u.uid, "code": u.code, "name": u.name, "short_name": u.short_name, "name_key": u.name_key,
             "kind": u.kind, "level": u.level, "era": u.era, "data_version": version}
            for u in iter_units()]


def part_of_rows() -> list[dict[str, Any]]:
    rows = []
    for u in iter_units():
        up = parent(u)
        if up is not None:
            rows.append({"child": u.uid, "parent": up.uid})
    return rows


def became_rows() -> list[dict[str, Any]]:
    return [{"old": t.old.uid, "new": t.new.uid, "split": t.split, "main": t.main}
            for t in gazetteer().transitions]


@lru_cache(maxsize=1)
def expected_counts() -> dict[str, int]:
    """What a complete load holds: units by 'era:level', and relationships by type."""
    counts = dict(Counter(f"{u.era}:{u.level}" for u in iter_units()))
    counts[_PART_OF] = len(part_of_rows())
    counts[_BECAME] = len(gazetteer().transitions)
    return counts


class GazetteerMissing(RuntimeError):
    """Documents loaded without the AdminUnits lose their places for good: coverage then finds nothing."""


def require_gazetteer(driver: Driver) -> None:
    """Refuse to go on unless every AdminUnit is there (one count from the count store)."""
    expected = sum(n for k, n in expected_counts().items() if ":" in k)

    def work(tx: ManagedTransaction) -> int:
        return int(tx.run(f"MATCH (a:{_AU}) RETURN count(a) AS n").single(strict=True)["n"])

    with session(driver) as s:
        found = s.execute_read(work)
    if found < expected:
        raise GazetteerMissing(
            f"the gazetteer is not loaded ({found} of {expected} administrative units in Neo4j): run "
            "`nqgraph init-db` first. Documents loaded without it would lose their places, and coverage "
            "would find no unit.")


def graph_counts(driver: Driver) -> dict[str, int]:
    """What the database holds, counted the same way (units of another data version under 'stale')."""

    def work(tx: ManagedTransaction) -> dict[str, int]:
        counts: Counter[str] = Counter()
        for r in tx.run(_COUNT_UNITS, version=data_version()):
            counts[f"{r['era']}:{r['level']}" if r["current"] else "stale"] += r["n"]
        for r in tx.run(_COUNT_LINKS):
            counts[r["type"]] += r["n"]
        return dict(counts)

    with session(driver) as s:
        return s.execute_read(work)


def _is_complete(found: dict[str, int], expected: dict[str, int]) -> bool:
    return all(found.get(k, 0) == n for k, n in expected.items()) and not found.get("stale")


def _write(driver: Driver, cypher: str, rows: list[dict[str, Any]], batch_size: int) -> None:
    def work(tx: ManagedTransaction, batch: list[dict[str, Any]]) -> None:
        tx.run(cypher, rows=batch).consume()

    with session(driver) as s:
        for i in range(0, len(rows), batch_size):
            s.execute_write(work, rows[i:i + batch_size])


def _delete_in_batches(driver: Driver, cypher: str, batch_size: int, **params: Any) -> int:
    def work(tx: ManagedTransaction) -> int:
        return int(tx.run(cypher, limit=batch_size, **params).single(strict=True)["n"])

    total = 0
    with session(driver) as s:
        while n := s.execute_write(work):
            total += n
    return total


def _describe(counts: dict[str, int]) -> str:
    n = Counter(counts)
    return (f"legacy {n['legacy:province']} provinces / {n['legacy:district']} districts"
            f" / {n['legacy:commune']} communes, 2025 {n['2025:province']} provinces"
            f" / {n['2025:commune']} communes, {n[_PART_OF]} {_PART_OF}, {n[_BECAME]} {_BECAME}")


def load_gazetteer(driver: Driver, batch_size: int = BATCH_SIZE, force: bool = False) -> str:
    """Write every AdminUnit with PART_OF and BECAME unless already there; returns a one-line summary."""
    started = time.perf_counter()
    expected = expected_counts()
    found = graph_counts(driver)
    if not force and _is_complete(found, expected):
        return (f"already loaded ({data_version()}: {_describe(found)}); "
                f"checked in {time.perf_counter() - started:.2f} s")
    apply_schema(driver)  # MERGE on uid needs the uniqueness constraint, or every row scans the label
    removed_links = _delete_in_batches(driver, _DELETE_LINKS, 2 * batch_size) if found else 0
    _write(driver, _MERGE_UNITS, unit_rows(), batch_size)
    removed_units = _delete_in_batches(driver, _DELETE_STALE_UNITS, batch_size, version=data_version())
    _write(driver, _MERGE_PART_OF, part_of_rows(), batch_size)
    _write(driver, _MERGE_BECAME, became_rows(), batch_size)
    found = graph_counts(driver)
    if not _is_complete(found, expected):
        raise RuntimeError(f"gazetteer load incomplete: expected {expected}, found {found}")
    redo = f"; replaced {removed_links} links" if removed_links else ""
    redo += f"; removed {removed_units} units of another data version" if removed_units else ""
    return (f"loaded {data_version()}: {_describe(found)} in {time.perf_counter() - started:.1f} s"
            f" (batches of {batch_size}{redo})")
