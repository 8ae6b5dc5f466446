"""Task alignment in the graph: CARRIES_OUT between plans and the plans above them, SAME_AS and TaskGroups
among sibling plans. `recompute` runs after every load (graph.load) and stores what `graph.align` finds.

- A plan's **parents** are the nearest documents with tasks up its IMPLEMENTS chains, stubs passed
  through: the Tự Cường plan's parent is 66-CTr/TU (through 53/KH-UBND). Each of its tasks gets
  `(:Task)-[:CARRIES_OUT {score, method, version}]->(:Task)` to the parent tasks it carries out.
- A plan with tasks and no parent (its chains end in stubs) is a **sibling** of the other such plans under
  the same root stub: 66-CTr/TU, the seed-001 plan, 131-KH/HU and 230-KH/ThU under 43-NQ/TW. Every pair of
  siblings is aligned (roles by `graph.align.sibling_order`) and stored as SAME_AS, and the root's
  **groups** are rebuilt from those links: `(:Task)-[:IN_GROUP {score, core}]->(:TaskGroup)-[:UNDER]->
  (:Document)`. "The same task in every province" is a group and the tasks carrying out its members.

What is stored is a function of what is loaded, not of the order: links of a pair are a pure function of
the two plans' tasks; a load recomputes every plan whose inputs it can change (itself, the plans below it
up to the next plan with tasks, the pairs it belongs to) and rebuilds the groups of every root it touches.

The cost is linear in the documents touched: reads and writes go by chunks of `CHUNK` documents, a plan is
aligned with its parent once, a changed sibling with each of its siblings once; only a root's groups are
rebuilt from all its siblings' stored links (they are a function of all of them).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver, ManagedTransaction, unit_of_work

from config import get_settings
from graph.align import LEVEL_RANK, PARAMS_VERSION, AlignTask, Link, align, groups, sibling_order
from queries.catalogue import get, run_write, to_native

CAPTION_CHARS = 80
CHUNK = 500
"""Documents per read or write transaction: a national cascade is ~11,000 plans, too many for one."""


@dataclass
class AlignSummary:
    documents: int = 0
    carries_out: int = 0
    same_as: int = 0
    roots: list[str] = field(default_factory=list)
    groups: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"documents_aligned": self.documents, "carries_out": self.carries_out, "same_as": self.same_as,
                "roots_regrouped": self.roots, "groups": self.groups, "seconds": round(self.seconds, 3)}


def run(driver: Driver, name: str, **params: Any) -> list[dict[str, Any]]:
    """A catalogue read in a read transaction, without server notifications: on a graph that has never
    been aligned, every first query would warn that CARRIES_OUT or TaskGroup does not exist yet."""
    s = get_settings()
    q = get(name)

    @unit_of_work(timeout=s.query_timeout)
    def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
        return [to_native(r.data()) for r in tx.run(q.cypher, {k: params[k] for k in q.params})]  # type: ignore[arg-type]

    with driver.session(database=s.neo4j_database, notifications_min_severity="OFF") as sess:
        return sess.execute_read(work)


def values(driver: Driver, name: str, **params: Any) -> list[list[Any]]:
    """`run` for large reads of plain values (no temporal types): each row as a list, in the columns'
    order, without building a dict per row (a cascade's tasks are 376,000 rows)."""
    s = get_settings()
    q = get(name)

    @unit_of_work(timeout=s.query_timeout)
    def work(tx: ManagedTransaction) -> list[list[Any]]:
        return tx.run(q.cypher, {k: params[k] for k in q.params}).values()  # type: ignore[arg-type]

    with driver.session(database=s.neo4j_database, notifications_min_severity="OFF") as sess:
        return sess.execute_read(work)


def run_many(driver: Driver, name: str, uids: Sequence[str], **params: Any) -> list[dict[str, Any]]:
    """`run` over the uids by chunks."""
    return [r for i in range(0, len(uids), CHUNK)
            for r in run(driver, name, uids=uids[i:i + CHUNK], **params)]


def group_uid(root: str, key: str) -> str:
    return f"group:{root}#{key}"


class _Tasks:
    """Tasks read once per recompute, by document."""

    def __init__(self, driver: Driver) -> None:
        self.driver = driver
        self.by_doc: dict[str, list[AlignTask]] = {}
        self.text: dict[str, str] = {}

    def of(self, docs: Iterable[str]) -> None:
        missing = sorted(set(docs) - set(self.by_doc))
        for d in missing:
            self.by_doc[d] = []
        for i in range(0, len(missing), CHUNK):
            for doc, uid, parent, text, deadline, bodies, notes in values(self.driver, "get_alignment_tasks",
                                                                          uids=missing[i:i + CHUNK]):
                self.by_doc[doc].append(AlignTask(key=uid, text=text or "", parent=parent,
                                                  bodies=tuple(bodies), deadline_kind=deadline,
                                                  notes=tuple(notes or ())))
                self.text[uid] = text or ""

    def __getitem__(self, doc: str) -> list[AlignTask]:
        return self.by_doc[doc]


def _rows(links: Sequence[Link]) -> list[dict[str, Any]]:
    return [{"child": k.child, "parent": k.parent, "score": k.score, "method": k.method} for k in links]


def _write(driver: Driver, work: Any, *args: Any) -> Any:
    """One write transaction, with the configured timeout."""
    s = get_settings()
    with driver.session(database=s.neo4j_database, notifications_min_severity="OFF") as sess:
        return sess.execute_write(unit_of_work(timeout=s.query_timeout)(work), *args)


def recompute(driver: Driver, uids: Iterable[str]) -> AlignSummary:
    """Realign these documents and every plan whose alignment they can change; regroup their roots.
    Plans marked `align_pending` that are not given are not realigned here: they are realigned when
    `graph.load.finish_pending` reaches them (the next load's, if this one stops first)."""
    started = time.perf_counter()
    summary = AlignSummary()
    given = sorted(set(uids))
    if not given:
        return summary
    # A plan below that is itself pending is left to its own turn in finish_pending (which goes top level
    # first): aligning it here too would do a cascade's communes twice.
    below = run_many(driver, "find_alignment_children", given)
    scope = sorted(set(given) | {r["uid"] for r in below if not r["pending"]})
    info = {r["uid"]: r for r in run_many(driver, "find_alignment_parents", scope)}
    tasks = _Tasks(driver)
    tasks.of(d for d, i in info.items() if i["has_tasks"])
    tasks.of(p for i in info.values() for p in i["parents"])
    siblings = sorted(d for d, i in info.items() if i["has_tasks"] and not i["parents"])
    summary.documents = len(info)
    summary.carries_out = _carry_out(driver, info, tasks)
    leaving = sorted(set(info) - set(siblings))
    for i in range(0, len(leaving), CHUNK):
        _write(driver, _delete_same_as, leaving[i:i + CHUNK])
    for root, gone in sorted(_roots(driver, scope, info, siblings).items()):
        n_same, n_groups = _regroup(driver, root, set(siblings), gone, tasks)
        summary.same_as += n_same
        summary.groups += n_groups
        summary.roots.append(root)
    summary.seconds = time.perf_counter() - started
    return summary


def _roots(driver: Driver, scope: list[str], info: dict[str, dict[str, Any]],
           siblings: list[str]) -> dict[str, set[str]]:
    """The roots to regroup: those the plans were grouped under and those the siblings are under now;
    each with the plans that left it (grouped there, their chains now end elsewhere)."""
    roots: dict[str, set[str]] = {r: set() for d in siblings for r in info[d]["roots"]}
    for r in run_many(driver, "find_group_roots", scope):
        gone = roots.setdefault(r["root"], set())
        if r["uid"] in info and r["root"] not in info[r["uid"]]["roots"]:
            gone.add(r["uid"])
    return roots


def _carry_out(driver: Driver, info: dict[str, dict[str, Any]], tasks: _Tasks) -> int:
    """Align every plan with its plan(s) above and store the links, a chunk of plans per transaction.
    Plans go in the order of their parents, so a parent's sentences are cut and hashed once for all of its
    children (graph.align caches them). A chunk is written in a second thread while the next is scored:
    Neo4j works while Python scores (the chunks' documents are disjoint, so the writes never meet)."""
    order = sorted(info, key=lambda d: (info[d]["parents"], d))
    with _Writer(driver) as writer:
        for i in range(0, len(order), CHUNK):
            docs = order[i:i + CHUNK]
            links = [k for d in docs if info[d]["has_tasks"] for p in sorted(info[d]["parents"])
                     for k in align(tasks[d], tasks[p])]
            writer.submit(_set_carries_out, docs, _rows(links))
    return writer.total


class _Writer:
    """Write transactions in one background thread, at most `depth` waiting: a failed write raises
    in the caller at its next submit or at the end of the `with`, and nothing after it is written."""

    def __init__(self, driver: Driver, depth: int = 2) -> None:
        self.driver = driver
        self.depth = depth
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="align-write")
        self.pending: deque[Future[int]] = deque()
        self.total = 0

    def submit(self, work: Any, *args: Any) -> None:
        while len(self.pending) >= self.depth:
            self._take()
        self.pending.append(self.pool.submit(_write, self.driver, work, *args))

    def _take(self) -> None:
        try:
            self.total += self.pending.popleft().result()
        except BaseException:
            for future in self.pending:
                future.cancel()
            raise

    def __enter__(self) -> _Writer:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        try:
            while self.pending:
                if kind is None:
                    self._take()
                else:
                    self.pending.popleft().cancel()
        finally:
            self.pool.shutdown(wait=True)


def _regroup(driver: Driver, root: str, changed: set[str], gone: set[str],
             tasks: _Tasks) -> tuple[int, int]:
    """Align the changed siblings under `root` with every sibling, then rebuild the root's groups. `gone`:
    plans that were grouped here and are no longer under this root; their links here are removed."""
    below = {r["uid"]: r["level"] for r in run(driver, "find_alignment_children", uids=[root])}
    info = run_many(driver, "find_alignment_parents", sorted(below))
    members = sorted(r["uid"] for r in info if r["has_tasks"] and not r["parents"])
    tasks.of(members)
    for doc in sorted(gone - set(members)):
        _write(driver, _set_same_as, doc, members, [])
    n_same, done = 0, set()
    for doc in sorted(changed & set(members)):
        # each pair once: a changed partner aligned earlier has already written this pair
        partners = [m for m in members if m != doc and m not in done]
        done.add(doc)
        rows = []
        for other in partners:
            child, parent = sibling_order((doc, below[doc]), (other, below[other]))
            rows += _rows(align(tasks[child], tasks[parent]))
        n_same += _write(driver, _set_same_as, doc, partners, rows)

    stored: dict[tuple[str, str], list[Link]] = {}
    for r in run(driver, "find_same_as", uids=members):
        stored.setdefault((r["child_doc"], r["parent_doc"]), []).append(
            Link(r["child"], r["parent"], r["score"], r["method"]))
    level_of = {m: below[m] for m in members}
    out = []
    for g in groups(stored):
        core = sorted((m for m in g.members if m.core),
                      key=lambda m: (-_rank(level_of.get(m.doc)), m.doc, m.task))
        out.append({"uid": group_uid(root, g.key), "key": g.key,
                    "caption": " ".join(tasks.text.get(core[0].task, "").split())[:CAPTION_CHARS],
                    "documents": len({m.doc for m in g.members}),
                    "members": [{"task": m.task, "score": m.score, "core": m.core} for m in g.members]})
    n_groups = _write(driver, _set_task_groups, root, out)
    return n_same, n_groups


def _rank(level: str | None) -> int:
    return LEVEL_RANK.get(level or "", 0)


def _set_carries_out(tx: ManagedTransaction, docs: list[str], links: list[dict[str, Any]]) -> int:
    rows = run_write(tx, "set_carries_out", docs=docs, links=links, version=PARAMS_VERSION)
    return int(rows[0]["created"]) if rows else 0


def _delete_same_as(tx: ManagedTransaction, uids: list[str]) -> int:
    rows = run_write(tx, "delete_same_as", uids=uids)
    return int(rows[0]["deleted"]) if rows else 0


def _set_same_as(tx: ManagedTransaction, doc: str, partners: list[str], links: list[dict[str, Any]]) -> int:
    rows = run_write(tx, "set_same_as", doc=doc, partners=partners, links=links, version=PARAMS_VERSION)
    return int(rows[0]["created"]) if rows else 0


def _set_task_groups(tx: ManagedTransaction, root: str, rows: list[dict[str, Any]]) -> int:
    out = run_write(tx, "set_task_groups", root=root, groups=rows, version=PARAMS_VERSION)
    return int(out[0]["groups"]) if out else 0


def recompute_all(driver: Driver) -> AlignSummary:
    """Every loaded document with tasks (after the scoring changed: PARAMS_VERSION)."""
    return recompute(driver, [r["uid"] for r in run(driver, "find_aligned_documents")])
