"""`nqgraph load`: parse files, plan identities, check the batch, write batches of documents.

A batch of documents (settings.load_batch_size) is one transaction of a few `UNWIND` statements over
the whole batch (graph.write: CREATE for what a new document alone owns, MERGE on uid for what is
shared, values as parameters), so loading the same files again changes nothing. Batches are written
by `WORKERS` threads; a failing batch is retried document by document. Every call runs under
graph.guard, so a dead or frozen Neo4j stops the load within seconds with a summary of what was
written. What the graph ends with does not depend on the order of loading:
- a cited document is a stub holding what citations say (cited_as is a union, issuer_name the
  longest text, ISSUED_BY the bodies dated citations name); loading the document itself turns that
  same node (same uid) into 'loaded' and replaces those issuers with its own;
- CITES keeps the smallest text, IMPLEMENTS the strongest evidence (preamble > title > citation);
- an undated mention (no date in the whole citing document) goes to the single dated document of
  its number and scope, else to the 'undated' node of that number and scope (graph.identity). Its
  edge is flagged (`undated`, `undated_src`) and, in the batch's own transaction after its documents
  are written, every number+scope the batch touched is re-settled (`_reconcile`): when a second
  dated document of the number arrives the flagged edges move to the 'undated' node, when the only
  dated one arrives they move off it, and an emptied 'undated' stub is removed. So the settled
  state is a function of what is loaded, not of the order.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from neo4j import Driver, ManagedTransaction, Session

from config import get_settings
from graph.batch import Plan, check_batch, conflicting_facts, plan_record
from graph.db import UNREACHABLE
from graph.guard import DatabaseGone, guarded
from graph.identity import DocUid, Places, Scope, SeriesKey, resolve_undated
from graph.model import DocStatus
from graph.write import BatchResult, DocWrite, write_batch
from loaders.records import Record
from queries.catalogue import rows_in, run_write

_LOADED, _STUB = DocStatus.LOADED.value, DocStatus.STUB.value
WORKERS = 2
"""Write transactions at a time, each on its own session. Two overlap one batch's commit and row
building with the next batch's statements (400 cascade plans: 20.3 s with one writer and batches of 200,
14.5–15.5 s with two and batches of 50–100, load average ~16); shared nodes are locked in uid order
(graph.write), so they wait for each other but do not deadlock."""


@dataclass
class LoadSummary:
    loaded: int = 0
    stubs_created: int = 0
    stubs_completed: int = 0
    tasks: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: Counter[str] = field(default_factory=Counter)
    batch_warnings: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    not_written: list[str] = field(default_factory=list)
    stopped: str | None = None

    def add(self, other: LoadSummary) -> None:
        """Another part of the same load (ingest writes chunks while parsing goes on)."""
        self.loaded += other.loaded
        self.stubs_created += other.stubs_created
        self.stubs_completed += other.stubs_completed
        self.tasks += other.tasks
        self.failed += other.failed
        self.warnings += other.warnings
        self.batch_warnings += other.batch_warnings
        self.documents += other.documents
        self.replaced += other.replaced
        self.not_written += other.not_written
        self.stopped = self.stopped or other.stopped

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents_loaded": self.loaded, "stubs_created": self.stubs_created,
            "stubs_completed": self.stubs_completed, "tasks": self.tasks,
            "warnings_by_kind": dict(sorted(self.warnings.items())),
            "batch_warnings": self.batch_warnings,
            "failed": [{"path": p, "reason": r} for p, r in self.failed],
            "documents": self.documents, "replaced": self.replaced,
            "stopped": self.stopped, "not_written": self.not_written,
            "resume": RESUME if self.stopped else None,
        }

    def as_text(self) -> str:
        lines = [f"documents loaded: {self.loaded}  tasks: {self.tasks}  stubs created: {self.stubs_created}"
                 f"  stubs completed: {self.stubs_completed}  files failed: {len(self.failed)}"]
        lines += [f"  warning {kind}: {n}" for kind, n in sorted(self.warnings.items())]
        lines += [f"  batch: {w}" for w in self.batch_warnings]
        lines += [f"  replaced {uid} (the earlier version's provenance is kept)" for uid in self.replaced]
        lines += [f"  failed {p}: {r}" for p, r in self.failed]
        if self.stopped:
            lines.append(f"load stopped: {self.stopped}")
            lines.append(f"  written: {self.loaded} documents; not written: {len(self.not_written)} files")
            lines += [f"  not written {p}" for p in self.not_written]
            lines.append(f"  to resume: {RESUME}")
        return "\n".join(lines)


RESUME = ("start Neo4j (`nqgraph neo4j start`) and run the same `nqgraph load` again: loading is "
          "idempotent, so what was written stays as it is and the rest is added")


def _session(driver: Driver) -> Session:
    """A session without server notifications: on an empty database every first query would warn
    that `issued_on` or `CITES` does not exist yet, which is expected, not news."""
    return driver.session(database=get_settings().neo4j_database, notifications_min_severity="OFF")


def warning_kind(text: str) -> str:
    """'impossible date 30/02/2023 in citation 30-CT/HU' → 'impossible date': the words before any digit."""
    head = text.split(":")[0]
    words = []
    for w in head.split():
        if any(c.isdigit() for c in w) or "/" in w:
            break
        words.append(w)
    return " ".join(words[:4]) or "other"


def _bar(total: int, enabled: bool) -> Any:
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="load", unit="doc", file=sys.stderr)


def load_records(driver: Driver, records: Sequence[Record | Plan], progress: bool = False,
                 places: Places | None = None, workers: int = WORKERS, replace: bool = False,
                 key: str | None = None, batch_size: int | None = None, align: bool = True) -> LoadSummary:
    """Plan and check every record, then write batches of `batch_size` documents, `workers` at a time.

    Records may come planned already (`plan_one` in ingest's parse workers, with the default gazetteer
    places): those are checked and written as they are.

    A batch is one transaction (its undated mentions settled inside it, `_reconcile`); when it fails
    it is retried document by document, so one bad document costs only itself and no partial
    document is ever visible. Written documents are marked `align_pending`; once every batch is in,
    task alignment is recomputed for all of them at once and the marks cleared (`finish_pending`),
    so a load that stops leaves the rest to the next load. A file claiming a loaded document's
    identity from another file (other sha256) is refused unless `replace`; `key` names who loads.
    """
    summary = LoadSummary()
    if not records:
        return summary
    try:
        docs = guarded(driver, lambda: _prepare(driver, records, places, replace, summary))
    except DatabaseGone as exc:
        summary.stopped = str(exc)
        summary.not_written = sorted({source_of(r) for r in records})
        return summary
    _write_all(driver, docs, batch_size or get_settings().load_batch_size, workers, key or "cli", summary,
               progress)
    finish_load(driver, align, summary)
    return summary


def finish_load(driver: Driver, align: bool, summary: LoadSummary) -> None:
    """After the writes: pending alignment finished under the guard, unless the load already stopped; a
    Neo4j that goes meanwhile leaves the marks for the next load, and the summary says so."""
    if summary.stopped is not None:
        return
    try:
        guarded(driver, lambda: finish_pending(driver, align))
    except DatabaseGone as exc:
        summary.stopped = f"{exc} (after writing, before task alignment: the next load finishes it)"


def _prepare(driver: Driver, records: Sequence[Record | Plan], places: Places | None, replace: bool,
             summary: LoadSummary) -> list[DocWrite]:
    """Plans with their mentions settled and checked; those refused for an identity conflict left out."""
    _require_gazetteer(driver)
    plans = _plan_all(records, places, summary)
    resolved = _settle_undated(driver, plans)
    summary.batch_warnings = check_batch(plans, resolved)
    conflicts = _loaded_conflicts(driver, plans)
    todo = _refuse_conflicts(plans, conflicts, replace, summary)
    return [DocWrite(plans[p_i], _settled(plans[p_i], p_i, resolved),
                     plans[p_i].uid in conflicts) for p_i in todo]


def _settled(plan: Plan, p_i: int, resolved: dict[tuple[int, int], str]) -> tuple[str, ...]:
    return tuple(resolved.get((p_i, i), m.uid) for i, m in enumerate(plan.mentions))


def _write_all(driver: Driver, docs: list[DocWrite], size: int, workers: int, key: str,
               summary: LoadSummary, progress: bool) -> None:
    """Batches written by `workers` threads, each with its own sessions; tallied in batch order.

    When Neo4j goes, the load stops at once: batches not started are cancelled and those still
    running are not waited for (each gives up under its own guard); they count as not written."""
    batches = [docs[i:i + size] for i in range(0, len(docs), size)]
    bar = _bar(len(docs), progress)
    pool = ThreadPoolExecutor(max(1, workers), thread_name_prefix="nqgraph-write")
    futures = [pool.submit(guarded, driver, partial(_write_batch, driver, b, key)) for b in batches]
    for n, future in enumerate(futures):
        try:
            outcomes = future.result()
        except DatabaseGone as exc:
            pool.shutdown(wait=False, cancel_futures=True)
            summary.stopped = f"{exc} (in batch {n + 1} of {len(batches)})"
            _not_written(futures, batches, n, summary)
            break
        for outcome in outcomes:
            _tally(outcome, summary)
        if bar is not None:
            bar.update(len(batches[n]))
    pool.shutdown(wait=summary.stopped is None)
    if bar is not None:
        bar.close()


def _not_written(futures: list[Future[list[Outcome]]], batches: list[list[DocWrite]], n: int,
                 summary: LoadSummary) -> None:
    """Files of the batch that stopped and of every later batch not committed by now (one still
    running may yet commit: rerunning the load is idempotent either way)."""
    missing: set[str] = {d.plan.source for d in batches[n]}
    for f, batch in zip(futures[n + 1:], batches[n + 1:], strict=True):
        if f.done() and not f.cancelled() and f.exception() is None:
            for outcome in f.result():
                _tally(outcome, summary)
        else:
            missing |= {d.plan.source for d in batch}
    summary.not_written = sorted(missing)


def _require_gazetteer(driver: Driver) -> None:
    from graph.gazetteer import require_gazetteer

    require_gazetteer(driver)


def source_of(item: Record | Plan) -> str:
    """The file a record or a plan came from."""
    return item.source if isinstance(item, Plan) else item.source.path


def plan_one(record: Record, places: Places | None = None) -> Plan | tuple[str, str]:
    """The record's plan, or (its file, why not): one bad record must not stop the others."""
    if places is None:
        from graph.places import default_places

        places = default_places()
    try:
        return plan_record(record, places)
    except Exception as exc:  # noqa: BLE001 - reported in the summary, the load goes on
        return record.source.path, f"cannot plan: {type(exc).__name__}: {exc}"


def _plan_all(records: Sequence[Record | Plan], places: Places | None, summary: LoadSummary) -> list[Plan]:
    plans: list[Plan] = []
    for item in records:
        planned = item if isinstance(item, Plan) else plan_one(item, places)
        if isinstance(planned, Plan):
            plans.append(planned)
        else:
            summary.failed.append(planned)
    return _dedupe(plans)


def _refuse_conflicts(plans: list[Plan], conflicts: dict[str, dict[str, Any]], replace: bool,
                      summary: LoadSummary) -> list[int]:
    """Indexes of the plans to write: a plan claiming another file's loaded identity only with `replace`."""
    todo = []
    for p_i, p in enumerate(plans):
        old = conflicts.get(p.uid)
        if old is None:
            todo.append(p_i)
            continue
        diff = conflicting_facts(old, p.doc)
        what = f" with different {', '.join(diff)}" if diff else ""
        summary.batch_warnings.append(f"identity conflict: {p.uid} claimed by {old['source_path']} (loaded) "
                                      f"and {p.source}{what}")
        if replace:
            todo.append(p_i)
        else:
            summary.failed.append((p.source, f"identity conflict: {p.uid} is already loaded from "
                                             f"{old['source_path']} (another file); not written "
                                             "(--replace, or replace=true on upload, to replace it)"))
    return todo


Outcome = tuple[list[DocWrite], BatchResult | Exception]


def _write_batch(driver: Driver, batch: list[DocWrite], key: str) -> list[Outcome]:
    """The batch in one transaction; when that fails, each document alone (its own transaction)."""
    try:
        with _session(driver) as sess:
            return [(batch, sess.execute_write(_batch_tx, batch, key))]
    except UNREACHABLE:
        raise
    except Exception as exc:  # noqa: BLE001 - some document of the batch is bad: find which, keep the others
        if len(batch) == 1:
            return [(batch, exc)]
        return [o for d in batch for o in _write_batch(driver, [d], key)]


def _batch_tx(tx: ManagedTransaction, batch: list[DocWrite], key: str) -> BatchResult:
    result = write_batch(tx, batch, key)
    keys: set[SeriesKey] = set()
    for d in batch:
        keys |= plan_keys(d.plan)
    _reconcile(tx, keys)
    return result


def _tally(outcome: Outcome, summary: LoadSummary) -> None:
    batch, result = outcome
    if isinstance(result, Exception):
        for d in batch:
            summary.failed.append((d.plan.source, f"write failed: {type(result).__name__}: {result}"))
        return
    summary.stubs_created += result.stubs_created
    for d in batch:
        plan = d.plan
        summary.loaded += 1
        summary.tasks += len(plan.tasks)
        summary.stubs_completed += result.before.get(plan.uid) == _STUB
        summary.documents.append(plan.uid)
        if d.replacing:
            summary.replaced.append(plan.uid)
        for w in [*plan.doc.warnings, *plan.warnings]:
            summary.warnings[warning_kind(w)] += 1


def finish_pending(driver: Driver, align: bool = True, chunk: int = 5000) -> int:
    """The full-text index caught up, then task alignment of every document marked `align_pending`
    (this load's, and any an interrupted load left), the marks cleared; returns how many."""
    with _session(driver) as sess:
        # Eventually consistent (graph/schema.cypher): wait once so a search right after a load sees it.
        sess.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume()
    if not align:
        return 0
    from graph.align_db import recompute

    done = 0
    while uids := _pending(driver, chunk):
        recompute(driver, uids)
        with _session(driver) as sess:
            sess.execute_write(run_write, "set_aligned", uids=uids)
        done += len(uids)
    return done


def _pending(driver: Driver, limit: int) -> list[str]:
    with _session(driver) as sess:
        return [r["uid"] for r in sess.execute_read(rows_in, "find_align_pending", limit=limit)]


def _loaded_conflicts(driver: Driver, plans: list[Plan]) -> dict[str, dict[str, Any]]:
    """Loaded documents whose identity a plan claims from another file (another sha256), by uid."""
    with _session(driver) as sess:
        rows = sess.execute_read(lambda tx: rows_in(tx, "find_loaded_claims", uids=[p.uid for p in plans]))
    found = {r["uid"]: r for r in rows}
    return {p.uid: found[p.uid] for p in plans
            if p.uid in found and found[p.uid]["sha256"] != p.sha256}


def _dedupe(plans: list[Plan]) -> list[Plan]:
    """The same file given twice is loaded once."""
    seen: set[tuple[str, str]] = set()
    out = []
    for p in plans:
        k = (p.uid, p.sha256)
        if k not in seen:
            seen.add(k)
            out.append(p)
    return out


def _settle_undated(driver: Driver, plans: list[Plan]) -> dict[tuple[int, int], str]:
    """Undated mentions → the single dated document of their number+scope in batch or database."""
    undated = {(p_i, i): m for p_i, p in enumerate(plans) for i, m in enumerate(p.mentions)
               if m.issued_on is None}
    if not undated:
        return {}
    dated: dict[SeriesKey, set[str]] = {}
    for p in plans:
        if p.key is not None and p.doc.issued_on is not None:
            dated.setdefault(p.key, set()).add(p.uid)
        for m in p.mentions:
            if m.issued_on is not None:
                dated.setdefault(m.key, set()).add(m.uid)
    numbers = sorted({m.number for m in undated.values()})
    with _session(driver) as sess:
        rows = sess.execute_read(lambda tx: rows_in(tx, "find_dated_documents", numbers=numbers))
    for r in rows:
        dated.setdefault((r["number"], Scope.parse(r["scope"])), set()).add(r["uid"])
    return {k: resolve_undated(m.key, dated.get(m.key, set())) for k, m in undated.items()}


def plan_keys(plan: Plan) -> set[SeriesKey]:
    keys = {m.key for m in plan.mentions}
    if plan.key is not None:
        keys.add(plan.key)
    return keys


def _reconcile(tx: ManagedTransaction, keys: set[SeriesKey]) -> None:
    """Settle the undated mentions of these numbers+scopes on the node the module docstring names."""
    nodes: dict[SeriesKey, dict[str, dict[str, Any]]] = {}
    for r in rows_in(tx, "find_number_nodes", keys=[[n, str(s)] for n, s in sorted(keys)]):
        nodes.setdefault((r["number"], Scope.parse(r["scope"])), {})[r["uid"]] = r
    moves = [m for key, found in sorted(nodes.items()) if (m := _settlement(key, found)) is not None]
    # An 'undated' node not there yet is made only when some edge has to move to it: one count for them all.
    asked = [m for m in moves if m.target not in m.found]
    groups = [m.others for m in asked]
    counts = {r["group"]: r["n"] for r in rows_in(tx, "find_flagged_edges", groups=groups)} if asked else {}
    idle = {m.target for g, m in enumerate(asked) if not counts.get(g)}
    for m in moves:
        if m.target not in idle:
            _move(tx, m)


@dataclass(frozen=True)
class _Move:
    """Where one number+scope's undated mentions go (`target`), off which nodes (`others`)."""

    number: str
    scope: Scope
    found: dict[str, dict[str, Any]]
    target: str
    others: list[str]
    dated: list[str]


def _settlement(key: SeriesKey, found: dict[str, dict[str, Any]]) -> _Move | None:
    """The node that holds this number's undated mentions now; None when it is the only node."""
    number, scope = key
    undated_uid = str(DocUid.numbered(number, scope, None))
    dated = sorted(uid for uid, r in found.items() if r["dated"])
    u = found.get(undated_uid)
    if u is not None and u["status"] == _LOADED:
        target = undated_uid
    elif len(dated) == 1:
        target = dated[0]
    else:
        target = undated_uid
    others = [uid for uid in found if uid != target]
    return _Move(number, scope, found, target, others, dated) if others else None


def _move(tx: ManagedTransaction, m: _Move) -> None:
    """The flagged edges off `others` onto `target` (made as an 'undated' stub when not there), an emptied
    'undated' node removed."""
    if m.target not in m.found:
        some = m.found[m.dated[0]]
        run_write(tx, "set_undated_stub", uid=m.target, number=m.number, scope=str(m.scope),
                  doc_type=some["doc_type"], level=some["level"])
    for move in ("set_moved_cites", "set_moved_implements_in", "set_moved_implements_out"):
        run_write(tx, move, target=m.target, others=m.others)
    undated_uid = str(DocUid.numbered(m.number, m.scope, None))
    if undated_uid in m.found and m.target != undated_uid:
        run_write(tx, "delete_empty_undated", uid=undated_uid, target=m.target)
