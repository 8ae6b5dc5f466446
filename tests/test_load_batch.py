"""Batched writes (issue 9) and the loader's refusals and give-ups (issue 12), on the real Neo4j."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from typing import Any

import pytest
from neo4j import Driver

from graph.db import read
from graph.model import Label, Rel
from tests.conftest import REPO, SEEDS, wipe_loaded
from tests.test_load import census

pytestmark = pytest.mark.db

_D, _T = Label.DOCUMENT.value, Label.TASK.value
NQ66 = "doc:66-CTr/TU@legacy:province:31@2024-02-02"


def full_census(driver: Driver) -> dict[str, Any]:
    """Counts, document uids, task uids and every relationship by its end uids: the graph, not a sketch."""
    rels = read(driver, "MATCH (a)-[r]->(b) WHERE a.uid IS NOT NULL AND b.uid IS NOT NULL "
                        "RETURN a.uid AS a, type(r) AS t, b.uid AS b")
    tasks = read(driver, f"MATCH (t:{_T}) RETURN t.uid AS uid")
    return {**census(driver), "tasks": sorted(r["uid"] for r in tasks),
            "rels": sorted((r["a"], r["t"], r["b"]) for r in rels)}


@pytest.fixture
def restore(seeded_db: Driver):  # type: ignore[no-untyped-def]
    before = census(seeded_db)
    yield seeded_db
    wipe_loaded(seeded_db)
    from ingest import load_paths

    load_paths(seeded_db, [SEEDS])
    assert census(seeded_db) == before


def _records() -> list[Any]:
    from loaders.parse import parse_file
    from loaders.records import Issuer, Locality, Record, Ref, Source

    seeds = [parse_file(p) for p in sorted(SEEDS.glob("*.txt"))]
    citing = [Record(source=Source(path=f"{n}.txt", sha256=n * 64), number=f"{len(n)}-KH/TU", doc_type="KH",
                     issued_on=date(2024, 1, len(n)), title=f"Kế hoạch {n}",
                     issuer=Issuer(name="Ban Thường vụ Thành ủy Hải Phòng", level="province",
                                   locality=Locality(province="Hải Phòng")),
                     citations=[Ref(number="19-NQ/TW", doc_type="NQ", text=f"Nghị quyết 19 ({n})",
                                    issued_on=date(2017, 10, 25) if len(n) == 2 else None)])
              for n in ("a", "bb", "ccc")]
    return seeds + citing


@pytest.mark.parametrize("batch_size", [1, 2, 500])
def test_a_batched_load_gives_the_graph_of_one_document_at_a_time(restore: Driver, batch_size: int) -> None:
    from graph.load import load_records

    records = _records()
    wipe_loaded(restore)
    for rec in records:
        load_records(restore, [rec])
    one_at_a_time = full_census(restore)
    wipe_loaded(restore)
    summary = load_records(restore, records[::-1], batch_size=batch_size)
    assert summary.loaded == len(records) and not summary.failed, summary.as_text()
    assert full_census(restore) == one_at_a_time


def test_loading_again_through_the_merging_path_changes_nothing(restore: Driver) -> None:
    """New documents are CREATEd in batches, loaded ones MERGEd one by one: both give one graph."""
    from graph.load import load_records

    records = _records()
    wipe_loaded(restore)
    first = load_records(restore, records, batch_size=3)
    created = full_census(restore)
    again = load_records(restore, records[::-1], batch_size=3, workers=1)
    assert first.loaded == again.loaded == len(records) and not again.failed, again.as_text()
    assert again.stubs_created == 0 and full_census(restore) == created


def test_alignment_left_pending_is_finished_by_the_next_load(restore: Driver) -> None:
    """A load stopped after writing leaves its documents marked; the next load aligns and clears them."""
    from graph.load import load_records

    records = _records()
    wipe_loaded(restore)
    load_records(restore, records, align=False)
    pending = read(restore, f"MATCH (d:{_D}) WHERE d.align_pending RETURN count(d) AS n")[0]["n"]
    carries = f"MATCH (:{_T})-[r:{Rel.CARRIES_OUT}]->(:{_T}) RETURN count(r) AS n"
    assert pending == len(records) and read(restore, carries)[0]["n"] == 0
    load_records(restore, records[:1])
    left = read(restore, f"MATCH (d:{_D}) WHERE d.align_pending IS NOT NULL RETURN count(d) AS n")[0]["n"]
    assert left == 0 and read(restore, carries)[0]["n"] > 0


def test_a_bad_document_fails_alone_and_its_batch_is_written(restore: Driver) -> None:
    from graph.load import load_records
    from loaders.records import Task

    records = _records()
    # A task label beyond the index key limit: Neo4j refuses the write, not the planner.
    bad = records[-1].model_copy(update={"tasks": [Task(label="9" * 40_000, text="quá dài")]})
    wipe_loaded(restore)
    summary = load_records(restore, [*records[:-1], bad], batch_size=500)
    assert [p for p, _ in summary.failed] == [bad.source.path], summary.as_text()
    assert summary.loaded == len(records) - 1
    uids = {r["uid"] for r in read(restore, f"MATCH (d:{_D} {{status: 'loaded'}}) RETURN d.uid AS uid")}
    assert len(uids) == len(records) - 1 and "doc:3-KH/TU@legacy:province:31@2024-01-03" not in uids


def test_a_file_claiming_a_loaded_identity_is_refused_unless_replace(restore: Driver) -> None:
    from graph.load import load_records
    from loaders.parse import parse_file
    from loaders.records import Source

    real = parse_file(next(SEEDS.glob("004_*.txt")))
    junk = real.model_copy(update={"tasks": [], "source": Source(path="junk.txt", sha256="f" * 64)})
    before = full_census(restore)
    refused = load_records(restore, [junk])
    assert refused.loaded == 0 and len(refused.failed) == 1
    path, reason = refused.failed[0]
    assert path == "junk.txt" and "004_" in reason and "--replace" in reason
    assert full_census(restore) == before, "a refused file changed the graph"

    replaced = load_records(restore, [junk], replace=True, key="key:abc")
    assert replaced.replaced == [NQ66] and replaced.loaded == 1
    doc = read(restore, f"MATCH (d:{_D} {{uid: $uid}}) RETURN d {{.*}} AS d", {"uid": NQ66})[0]["d"]
    assert doc["source_path"] == "junk.txt" and doc["loaded_by"] == "key:abc"
    assert [p.split("/")[-1][:4] for p in doc["replaced_source_path"]] == ["004_"]
    assert doc["replaced_sha256"] == [real.source.sha256] and doc["replaced_by"] == ["key:abc"]
    assert doc["replaced_loaded_by"] == ["cli"] and len(doc["replaced_loaded_at"]) == 1
    tasks = read(restore, f"MATCH (:{_D} {{uid: $uid}})-[:{Rel.HAS_TASK}]->(t) RETURN count(t) AS n",
                 {"uid": NQ66})
    assert tasks[0]["n"] == 0


def test_the_same_file_again_is_no_conflict(restore: Driver) -> None:
    from ingest import load_paths

    again = load_paths(restore, [next(SEEDS.glob("004_*.txt"))])
    assert again.loaded == 1 and not again.failed and not again.replaced


def test_load_with_neo4j_gone_ends_with_a_summary_and_how_to_resume(tmp_path: Any) -> None:
    """A port nothing listens on: one line saying so and what to do, before any parsing (the subprocess
    timeout is a guard, not a measure)."""
    env = {**os.environ, "NQGRAPH_NEO4J_URI": "bolt://127.0.0.1:9", "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-m", "nqgraph.cli", "load", str(next(SEEDS.glob("004_*.txt")))],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert not done.stdout and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "nothing was written" in done.stderr and "nqgraph neo4j start" in done.stderr


def test_an_upload_claiming_a_loaded_identity_gets_409_unless_replace(restore: Driver) -> None:
    from fastapi.testclient import TestClient

    from api.main import app
    from nqgraph.settings import DEV_API_KEY

    seed = next(SEEDS.glob("004_*.txt"))
    junk = seed.read_bytes() + "\n\nrác thêm vào cuối tệp\n".encode()
    with TestClient(app) as client:
        def post(replace: bool) -> Any:
            return client.post("/documents", params={"replace": replace} if replace else None,
                               files={"file": ("junk.txt", junk, "text/plain")},
                               headers={"X-API-Key": DEV_API_KEY})

        refused = post(False)
        assert refused.status_code == 409, refused.text
        assert "004_" in refused.json()["detail"] and "junk.txt" in refused.json()["detail"]
        done = post(True)
        assert done.status_code == 201, done.text
    doc = read(restore, f"MATCH (d:{_D} {{uid: $uid}}) RETURN d {{.*}} AS d", {"uid": NQ66})[0]["d"]
    assert doc["source_path"] == "junk.txt" and doc["loaded_by"].startswith("key:")
    assert DEV_API_KEY not in str(doc) and doc["replaced_by"] == [doc["loaded_by"]]


def test_plans_made_in_the_parse_workers_give_the_graph_of_planning_here(
        restore: Driver, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """ingest's worker path (each worker parses and plans, the writer takes plans in chunks, records
    given already parsed mixed in) and its in-process path (parse and plan here) write one graph."""
    import ingest
    from synth import generate

    generate("98-NQ/TW", tmp_path, seed=3, provinces=("48",))
    files = sorted(tmp_path.glob("*.txt"))
    assert len(files) >= ingest.PARALLEL_FROM
    sources = [*_records(), *files]
    wipe_loaded(restore)
    here = ingest.ingest(restore, sources, workers=1, align=False)
    in_process = full_census(restore)
    wipe_loaded(restore)
    monkeypatch.setattr(ingest, "LOAD_CHUNK", 7)
    workers = ingest.ingest(restore, sources[::-1], workers=2, align=False)
    assert not here.failed and not workers.failed, workers.as_text()
    assert (workers.loaded, workers.tasks, workers.warnings) == (here.loaded, here.tasks, here.warnings)
    assert sorted(workers.documents) == sorted(here.documents)
    assert full_census(restore) == in_process
