"""The naive baseline: what a user would write with the driver, against the batched loader, same files.

    python -m bench.bench_naive [DIR] [--limit 200]   # Neo4j running; DIR defaults to the seeds' copies

The naive writer takes the loader's own plans (identities are not what is measured) and sends one
auto-commit `MERGE` per node and per relationship, each in a session of its own, as the driver's
first examples do. Then the database is wiped and the same records go through `load_records` (task
alignment left pending, as the naive writer does none). Prints both rates and their ratio with the
load average. The Cypher here is the strawman, so it stays in this file and out of the catalogue.
A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from typing import Any

from neo4j import Driver

from bench.bench_load import SEEDS, copy_record, wipe
from graph.batch import Plan, plan_record
from graph.db import apply_schema, make_driver
from graph.load import load_records
from graph.places import default_places
from graph.rows import params
from ingest import parse_paths
from loaders.records import Record

DOC = "MERGE (d:Document {uid: $uid}) SET d += $props"
BODY = "MERGE (b:Body {uid: $uid}) SET b.name = $name, b.kind = $kind, b.level = $level"
STUB = "MERGE (d:Document {uid: $uid}) ON CREATE SET d.status = 'stub', d.number = $number, d.scope = $scope"
TASK = "MERGE (t:Task {uid: $uid}) SET t += $props"
PERSON = "MERGE (p:Person {uid: $uid}) SET p.name = $name"
REL = "MATCH (a:{a} {{uid: $a}}), (b:{b} {{uid: $b}}) MERGE (a)-[:{rel}]->(b)"


def _run(driver: Driver, cypher: str, **kw: Any) -> None:
    with driver.session() as s:
        s.run(cypher, kw).consume()  # type: ignore[arg-type]


def _rel(driver: Driver, a: str, rel: str, b: str, src: str, dst: str) -> None:
    _run(driver, REL.format(a=a, b=b, rel=rel), a=src, b=dst)


def naive_write(driver: Driver, plan: Plan) -> None:
    props = {k: v for k, v in params(plan.doc).items() if k != "uid"}
    _run(driver, DOC, uid=plan.uid, props=props)
    for body in plan.bodies.values():
        _run(driver, BODY, uid=body.uid, name=body.name, kind=body.kind, level=body.level)
    if plan.issuer:
        _rel(driver, "Document", "ISSUED_BY", "Body", plan.uid, plan.issuer)
    for m in plan.mentions:
        if m.uid != plan.uid:
            _run(driver, STUB, uid=m.uid, number=m.number, scope=str(m.scope))
    for i, _text in plan.cites:
        _rel(driver, "Document", "CITES", "Document", plan.uid, plan.mentions[i].uid)
    for src, dst, _ev in plan.implements:
        a = plan.uid if src is None else plan.mentions[src].uid
        _rel(driver, "Document", "IMPLEMENTS", "Document", a, plan.mentions[dst].uid)
    for t in plan.tasks:
        tuid = f"{plan.uid}#{t.label}"
        _run(driver, TASK, uid=tuid, props=params(t))
        _rel(driver, "Document", "HAS_TASK", "Task", plan.uid, tuid)
    for s in plan.subtasks:
        _rel(driver, "Task", "SUBTASK_OF", "Task", f"{plan.uid}#{s.child}", f"{plan.uid}#{s.parent}")
    for r in plan.assigned:
        _rel(driver, "Task", "ASSIGNED_TO", "Body", f"{plan.uid}#{r.task}", r.body)
    for sent in plan.sent_to:
        _rel(driver, "Document", "SENT_TO", "Body", plan.uid, sent)
    if plan.signer:
        _run(driver, PERSON, uid=plan.signer.uid, name=plan.signer.name)
        _rel(driver, "Document", "SIGNED_BY", "Person", plan.uid, plan.signer.uid)


def records_of(folder: Path | None, limit: int) -> list[Record]:
    if folder is None:
        seeds, _ = parse_paths([SEEDS], workers=1)
        return [copy_record(r, k) for k in range(1, limit // len(seeds) + 1) for r in seeds][:limit]
    records, _ = parse_paths(sorted(folder.glob("*.txt"))[:limit])
    return records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dir", type=Path, nargs="?", default=None)
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args()
    records = records_of(args.dir, args.limit)
    places = default_places()
    with make_driver() as driver:
        apply_schema(driver)
        wipe(driver)
        t0 = time.perf_counter()
        for rec in records:
            naive_write(driver, plan_record(rec, places))
        naive_s = time.perf_counter() - t0
        wipe(driver)
        t1 = time.perf_counter()
        summary = load_records(driver, records, align=False)
        batched_s = time.perf_counter() - t1
    n = len(records)
    print(f"{n} documents, {sum(len(r.tasks) for r in records)} tasks")
    print(f"naive (a MERGE per node and relationship, a session each): {naive_s:.1f} s, "
          f"{n / naive_s:.1f} docs/s")
    print(f"batched (graph.load, alignment pending): {batched_s:.1f} s, "
          f"{summary.loaded / batched_s:.1f} docs/s")
    print(f"ratio: {naive_s / batched_s:.1f}x; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
