"""Backup and restore of the local Neo4j: the seed graph dumped, wiped, restored, identical; a graph that
is not empty replaced only when asked; a file that is no dump changes nothing."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from graph import launcher
from graph.backup import BackupError, backup, restore
from nqgraph.settings import Settings, get_settings
from tests.conftest import wipe

pytestmark = pytest.mark.skipif(get_settings().neo4j_uri is not None,
                                reason="backup and restore work on the local Neo4j; NQGRAPH_NEO4J_URI is set")


def snapshot(driver: Driver) -> dict[str, Any]:
    """Counts by label and type, every uid, and the schema. Sessions without bookmarks: a restore rewinds
    the transaction ids, and a bookmark taken after the backup would wait for ids the dump never had."""
    def rows(q: str) -> list[dict[str, Any]]:
        with driver.session() as s:
            return [r.data() for r in s.run(q)]  # type: ignore[arg-type]

    return {
        "nodes": rows("MATCH (n) RETURN count(n) AS n")[0]["n"],
        "labels": rows("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n ORDER BY l"),
        "types": rows("MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t"),
        "uids": [r["u"] for r in rows("MATCH (n) WHERE n.uid IS NOT NULL RETURN n.uid AS u ORDER BY u")],
        "schema": rows("SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name"),
    }


def _audit(event: str) -> dict[str, Any]:
    lines = get_settings().audit_path.read_text(encoding="utf-8").splitlines()
    return next(e for e in map(json.loads, reversed(lines)) if e["event"] == event)


@pytest.mark.db
def test_backup_wipe_restore_gives_the_same_graph(seeded_db: Driver, tmp_path: Path) -> None:
    before = snapshot(seeded_db)
    assert len(before["uids"]) > 10_000
    dump = tmp_path / "seed.dump"
    t0 = time.monotonic()
    made = backup(dump)
    print(f"backup of the seed graph: {time.monotonic() - t0:.1f} s, {made['bytes']} bytes")
    assert launcher.running_pid() is not None, "backup leaves Neo4j running when it ran"
    assert dump.is_file() and made["counts"]["nodes"] == before["nodes"]
    assert _audit("backup")["sha256"] == made["sha256"]
    with pytest.raises(BackupError, match="exists"):
        backup(dump)
    with pytest.raises(BackupError, match="not empty .* --force"):
        restore(dump)
    assert snapshot(seeded_db) == before
    wipe(seeded_db)
    assert snapshot(seeded_db)["nodes"] == 0
    t0 = time.monotonic()
    done = restore(dump)
    print(f"restore of the seed graph: {time.monotonic() - t0:.1f} s")
    assert launcher.running_pid() is not None
    after = snapshot(seeded_db)
    assert after == before
    assert done["replaced"] == {"nodes": 0, "relationships": 0} and not done["forced"]
    assert _audit("restore")["counts"] == done["counts"]


@pytest.mark.db
def test_a_file_that_is_no_dump_changes_nothing(seeded_db: Driver, tmp_path: Path) -> None:
    junk = tmp_path / "junk.dump"
    junk.write_bytes(b"this is not a Neo4j dump\n" * 100)
    before = snapshot(seeded_db)
    with pytest.raises(BackupError, match="neo4j-admin database load failed"):
        restore(junk, force=True)
    assert launcher.running_pid() is not None
    assert snapshot(seeded_db) == before


def test_an_external_neo4j_is_not_backed_up_here(tmp_path: Path) -> None:
    s = Settings(neo4j_uri="neo4j+s://example.databases.neo4j.io", local_dir=tmp_path)
    with pytest.raises(BackupError, match="its own tools"):
        backup(tmp_path / "x.dump", settings=s)
    with pytest.raises(BackupError, match="its own tools"):
        restore(tmp_path / "x.dump", settings=s)


def test_restore_of_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no such file"):
        restore(tmp_path / "missing.dump", settings=Settings(local_dir=tmp_path))
