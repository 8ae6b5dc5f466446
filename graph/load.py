"""`nqgraph load`: parse files, plan identities, check the batch, write batches of documents.

A document is one Cypher statement: an `UNWIND $rows ... MERGE` on uid per kind of node and
relationship, values as parameters, so loading the same files again changes nothing. A batch of
documents (settings.load_batch_size) is one transaction, retried document by document when it fails;
every call runs under graph.guard, so a dead or frozen Neo4j stops the load within seconds with a
summary of what was written. What the graph ends with does not depend on the order of loading:
- a cited document is a stub holding what citations say (cited_as is a union, issuer_name the
  longest text, ISSUED_BY the bodies dated citations name); loading the document itself turns that
  same node (same uid) into 'loaded' and replaces those issuers with its own;
- CITES keeps the smallest text, IMPLEMENTS the strongest evidence (preamble > title > citation);
- an undated mention (no date in the whole citing document) goes to the single dated document of
  its number and scope, else to the 'undated' node of that number and scope (graph.identity). Its
  edge is flagged (`undated`, `undated_src`) and after the documents are written one transaction
  re-settles every number+scope the batch touched (`_reconcile`): when a second dated document of
  the number arrives the flagged edges move to the 'undated' node, when the only dated one arrives
  they move off it, and an emptied 'undated' stub is removed. So the settled state is a function of
  what is loaded, not of the order.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from neo4j import Driver, ManagedTransaction, Session
from neo4j.exceptions import ServiceUnavailable, SessionExpired

from config import get_settings
from graph.batch import Plan, _iso, check_batch, conflicting_facts, plan_record
from graph.caption import caption, title_from
from graph.guard import DatabaseGone, guarded
from graph.identity import DocUid, Places, Scope, SeriesKey, TaskUid, resolve_undated
from graph.model import DocStatus
from loaders.normalise import strip_diacritics
from loaders.records import Record
from queries.catalogue import read_in, run_write

_LOADED, _STUB = DocStatus.LOADED.value, DocStatus.STUB.value
WORKERS = 1
"""Documents written at a time. More workers bought nothing on a 2-core machine (the server is the
bottleneck, commits are cheap) and documents citing the same central documents deadlock on their
shared stubs and bodies (retried by the driver, but each retry waits about a second)."""


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


def load_records(driver: Driver, records: list[Record], progress: bool = False,
                 places: Places | None = None, workers: int = WORKERS, replace: bool = False,
                 key: str | None = None, batch_size: int | None = None) -> LoadSummary:
    """Plan, check and write records in batches of `batch_size` documents, one transaction per batch.

    A batch is atomic; when it fails it is retried document by document, so one bad document costs
    only itself. After each batch the undated mentions of the numbers it touched are settled
    (`_reconcile`) and task alignment recomputed, so a load that stops between batches leaves a
    consistent graph. A file claiming a loaded document's identity from another file (other sha256)
    is refused unless `replace`; `key` names who loads (kept as provenance when replaced).
    """
    summary = LoadSummary()
    if not records:
        return summary
    plans: list[Plan] = []
    try:
        guarded(driver, lambda: _require_gazetteer(driver))
        plans = _plan_all(records, places, summary)
        resolved = guarded(driver, lambda: _settle_undated(driver, plans))
        summary.batch_warnings = check_batch(plans, resolved)
        conflicts = guarded(driver, lambda: _loaded_conflicts(driver, plans))
        todo = _refuse_conflicts(plans, conflicts, replace, summary)
    except DatabaseGone as exc:
        summary.stopped = str(exc)
        summary.not_written = sorted({p.source for p in plans} or {r.source.path for r in records})
        return summary
    size = batch_size or get_settings().load_batch_size
    bar = _bar(len(todo), progress)
    for n, start in enumerate(range(0, len(todo), size)):
        batch = todo[start:start + size]
        def write(batch: list[int] = batch) -> None:
            _load_batch(driver, plans, batch, resolved, conflicts, key or "cli", summary)

        try:
            guarded(driver, write)
        except DatabaseGone as exc:
            summary.stopped = f"{exc} (in batch {n + 1} of {-(-len(todo) // size)})"
            written = set(summary.documents)  # a batch may be written before its settling failed
            summary.not_written = sorted({plans[i].source for i in todo[start:]
                                          if plans[i].uid not in written})
            break
        if bar is not None:
            bar.update(len(batch))
    if bar is not None:
        bar.close()
    return summary


def _require_gazetteer(driver: Driver) -> None:
    from graph.gazetteer import require_gazetteer

    require_gazetteer(driver)


def _plan_all(records: list[Record], places: Places | None, summary: LoadSummary) -> list[Plan]:
    if places is None:
        from graph.places import default_places

        places = default_places()
    plans: list[Plan] = []
    for rec in records:
        try:
            plans.append(plan_record(rec, places))
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop the batch
            summary.failed.append((rec.source.path, f"cannot plan: {type(exc).__name__}: {exc}"))
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


def _write_one(driver: Driver, plan: Plan, uids: list[str], replacing: bool, key: str) -> tuple[int, int]:
    with _session(driver) as sess:
        return sess.execute_write(_write_doc_tx, plan, uids, replacing, key)


def _write_doc_tx(tx: ManagedTransaction, plan: Plan, uids: list[str], replacing: bool,
                  key: str) -> tuple[int, int]:
    if replacing:
        run_write(tx, "set_replaced", uid=plan.uid, key=key)
    return _write_plan(tx, plan, uids, key)


def _load_batch(driver: Driver, plans: list[Plan], batch: list[int], resolved: dict[tuple[int, int], str],
                conflicts: dict[str, dict[str, Any]], key: str, summary: LoadSummary) -> None:
    """Write a batch in one transaction, or document by document when that fails; then settle it."""
    def uids(p_i: int) -> list[str]:
        return [resolved.get((p_i, i), m.uid) for i, m in enumerate(plans[p_i].mentions)]

    def all_in_one(tx: ManagedTransaction) -> list[tuple[int, int]]:
        return [_write_doc_tx(tx, plans[p_i], uids(p_i), plans[p_i].uid in conflicts, key) for p_i in batch]

    outcomes: dict[int, tuple[int, int] | Exception] = {}
    try:
        with _session(driver) as sess:
            outcomes = dict(zip(batch, sess.execute_write(all_in_one), strict=True))
    except (ServiceUnavailable, SessionExpired):
        raise
    except Exception:  # noqa: BLE001 - some document of the batch is bad: find which, keep the others
        for p_i in batch:
            try:
                outcomes[p_i] = _write_one(driver, plans[p_i], uids(p_i), plans[p_i].uid in conflicts, key)
            except (ServiceUnavailable, SessionExpired):
                raise
            except Exception as exc:  # noqa: BLE001 - reported per file; its transaction rolled back
                outcomes[p_i] = exc
    written = _tally(plans, outcomes, conflicts, summary)
    _settle_batch(driver, written)


def _tally(plans: list[Plan], outcomes: dict[int, tuple[int, int] | Exception],
           conflicts: dict[str, dict[str, Any]], summary: LoadSummary) -> list[Plan]:
    written = []
    for p_i, outcome in sorted(outcomes.items()):
        plan = plans[p_i]
        if isinstance(outcome, Exception):
            summary.failed.append((plan.source, f"write failed: {type(outcome).__name__}: {outcome}"))
            continue
        written.append(plan)
        created, completed = outcome
        summary.loaded += 1
        summary.tasks += len(plan.tasks)
        summary.stubs_created += created
        summary.stubs_completed += completed
        summary.documents.append(plan.uid)
        if plan.uid in conflicts:
            summary.replaced.append(plan.uid)
        for w in [*plan.record.warnings, *plan.warnings]:
            summary.warnings[warning_kind(w)] += 1
    return written


def _settle_batch(driver: Driver, written: list[Plan]) -> None:
    """Undated mentions of the batch's numbers settled, the full-text index caught up, alignment redone."""
    if not written:
        return
    keys: set[SeriesKey] = set()
    for plan in written:
        keys |= plan_keys(plan)
    with _session(driver) as sess:
        sess.execute_write(_reconcile, keys)
        # The full-text index is eventually consistent (graph/schema.cypher): wait once per batch
        # so a search right after a load sees what was loaded.
        sess.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume()
    from graph.align_db import recompute

    recompute(driver, [p.uid for p in written])  # task alignment of what this batch can change


def _loaded_conflicts(driver: Driver, plans: list[Plan]) -> dict[str, dict[str, Any]]:
    """Loaded documents whose identity a plan claims from another file (another sha256), by uid."""
    with _session(driver) as sess:
        rows = sess.execute_read(lambda tx: read_in(tx, "find_loaded_claims", uids=[p.uid for p in plans]))
    found = {r["uid"]: r for r in rows}
    return {p.uid: found[p.uid] for p in plans
            if p.uid in found and found[p.uid]["sha256"] != p.record.source.sha256}


def _dedupe(plans: list[Plan]) -> list[Plan]:
    """The same file given twice is loaded once."""
    seen: set[tuple[str, str]] = set()
    out = []
    for p in plans:
        k = (p.uid, p.record.source.sha256)
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
        if p.key is not None and p.record.issued_on is not None:
            dated.setdefault(p.key, set()).add(p.uid)
        for m in p.mentions:
            if m.issued_on is not None:
                dated.setdefault(m.key, set()).add(m.uid)
    numbers = sorted({m.number for m in undated.values()})
    with _session(driver) as sess:
        rows = sess.execute_read(lambda tx: read_in(tx, "find_dated_documents", numbers=numbers))
    for r in rows:
        dated.setdefault((r["number"], Scope.parse(r["scope"])), set()).add(r["uid"])
    return {k: resolve_undated(m.key, dated.get(m.key, set())) for k, m in undated.items()}


def _body_rows(plan: Plan) -> list[dict[str, Any]]:
    """Sorted by uid, as are stubs: concurrent documents then take shared locks in one order."""
    return [{"uid": b.uid, "name": b.name, "name_key": b.name_key, "kind": b.kind, "level": b.level,
             "aliases": [b.alias], "unit": b.unit_uid,
             "search_keys": sorted({strip_diacritics(b.name), strip_diacritics(b.alias)})}
            for _, b in sorted(plan.bodies.items())]


def _retire_reparsed(tx: ManagedTransaction, plan: Plan) -> list[str]:
    """The same file loaded before under another uid (an older parse) gives way to this one.

    Its tasks and outgoing relationships go; the node stays as a stub when other documents cite it,
    else it goes too, and so do the bodies, persons and stubs only it used.
    """
    rows = run_write(tx, "set_retired", sha256=plan.record.source.sha256, uid=plan.uid)
    if not rows:
        return []
    neighbours = sorted({n for r in rows for n in r["neighbours"]})
    run_write(tx, "delete_orphan_stubs", uids=neighbours + [r["uid"] for r in rows])
    run_write(tx, "delete_orphans", uids=neighbours)
    return [r["uid"] for r in rows]


def _stub_rows(plan: Plan, uids: list[str]) -> list[dict[str, Any]]:
    """One row per cited document (not this one), sorted by uid so concurrent writers lock in order."""
    stubs: dict[str, dict[str, Any]] = {}
    for i, m in enumerate(plan.mentions):
        uid = uids[i]
        if uid == plan.uid:
            continue
        row = stubs.setdefault(uid, {
            "uid": uid, "number": m.number, "doc_type": m.doc_type, "level": m.level, "scope": str(m.scope),
            "issued_on": _iso(DocUid.parse(uid).issued_on), "issuer_name": None, "body": None,
            "body_len": 0, "texts": [], "caption": caption(m.doc_type, m.number), "title": None})
        _merge_mention(row, plan, i)
    return [stubs[k] for k in sorted(stubs)]


def _merge_mention(row: dict[str, Any], plan: Plan, i: int) -> None:
    """What mention i says about its document: its text, a title, the longest issuer name."""
    m = plan.mentions[i]
    if m.text not in row["texts"]:
        row["texts"].append(m.text)
    if row["title"] is None:
        row["title"] = title_from(m.text, [plan.record.title or ""])
    if m.issuer and (row["issuer_name"] is None or len(m.issuer) > len(row["issuer_name"])):
        row["issuer_name"] = m.issuer
    # Undated mentions move between nodes (_reconcile); the issuers they name do not follow them.
    dated_issuer = m.issuer and m.issued_on is not None and i in plan.mention_issuer
    if dated_issuer and (row["body"] is None or len(m.issuer or "") > row["body_len"]):
        row["body"], row["body_len"] = plan.mention_issuer[i], len(m.issuer or "")


def _link_rows(plan: Plan, uids: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """CITES and IMPLEMENTS rows, each sorted by target for ordered locks."""
    def uid_of(i: int | None) -> str:
        return plan.uid if i is None else uids[i]

    def undated(i: int | None) -> bool:
        return i is not None and plan.mentions[i].issued_on is None

    cites = [{"src": plan.uid, "dst": uids[i], "text": text, "undated": undated(i)}
             for i, text in plan.cites if uids[i] != plan.uid]
    impl = [{"src": uid_of(a), "dst": uid_of(b), "evidence": ev, "undated": undated(b),
             "undated_src": undated(a)} for a, b, ev in plan.implements if uid_of(a) != uid_of(b)]
    return sorted(cites, key=lambda r: r["dst"]), sorted(impl, key=lambda r: (r["dst"], r["src"]))


def _task_rows(plan: Plan) -> dict[str, Any]:
    """Rows carry task labels; the statement builds uids (identity.TaskUid) to halve the payload."""
    def label(task: str) -> str:
        return TaskUid.parse(task).label

    return {
        "tasks": [{k: v for k, v in t.items() if k not in ("uid", "doc_uid")} for t in plan.tasks],
        "subtasks": [{"child": label(r["child"]), "parent": label(r["parent"])} for r in plan.subtasks],
        "assigned": sorted(({**r, "task": label(r["task"])} for r in plan.assigned),
                           key=lambda r: (r["body"], r["task"])),
    }


def _write_plan(tx: ManagedTransaction, plan: Plan, uids: list[str], key: str = "cli") -> tuple[int, int]:
    """The whole document in the caller's transaction; returns (stubs created, stubs completed)."""
    _retire_reparsed(tx, plan)
    cites, implements = _link_rows(plan, uids)
    # The parser's warnings, then the loader's; `loaded_by` is who loaded it (kept when replaced).
    doc = {**plan.doc, "warnings": [*plan.doc["warnings"], *plan.warnings], "loaded_by": key}
    rows = run_write(tx, "set_document", bodies=_body_rows(plan), doc=doc,
                     issuers=[plan.issuer] if plan.issuer else [],
                     task_labels=[t["label"] for t in plan.tasks], stubs=_stub_rows(plan, uids),
                     **_task_rows(plan), cites=cites, implements=implements,
                     sent_to=sorted(set(plan.sent_to)), persons=[plan.signer] if plan.signer else [])
    rec = rows[0] if rows else None
    created = int(rec["created"]) if rec else 0
    completed = 1 if rec is not None and rec["before"] == _STUB else 0
    return created, completed


def plan_keys(plan: Plan) -> set[SeriesKey]:
    keys = {m.key for m in plan.mentions}
    if plan.key is not None:
        keys.add(plan.key)
    return keys


def _reconcile(tx: ManagedTransaction, keys: set[SeriesKey]) -> None:
    """Settle the undated mentions of these numbers+scopes on the node the module docstring names."""
    nodes: dict[SeriesKey, dict[str, dict[str, Any]]] = {}
    for r in read_in(tx, "find_number_nodes", keys=[[n, str(s)] for n, s in sorted(keys)]):
        nodes.setdefault((r["number"], Scope.parse(r["scope"])), {})[r["uid"]] = r
    for (number, scope), found in sorted(nodes.items()):
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
        if not others:
            continue
        if target not in found:
            flagged = read_in(tx, "find_flagged_edges", others=others)
            if not flagged or flagged[0]["n"] == 0:
                continue
            some = found[dated[0]]
            run_write(tx, "set_undated_stub", uid=target, number=number, scope=str(scope),
                      doc_type=some["doc_type"], level=some["level"])
        for move in ("set_moved_cites", "set_moved_implements_in", "set_moved_implements_out"):
            run_write(tx, move, target=target, others=others)
        if u is not None and target != undated_uid:
            run_write(tx, "delete_empty_undated", uid=undated_uid, target=target)
