"""One write transaction for a batch of planned documents (graph.batch.Plan), as a few `UNWIND` statements.

`write_batch` first reads what each uid holds (`find_batch_state`). A document not loaded before (no
node, or a stub) is written by the batched path: `set_shared` merges and locks the batch's bodies and
signers, `set_documents` its document nodes (own and cited, in uid order), `set_document_parts`
CREATEs the tasks and relationships only it owns, `set_implements` merges IMPLEMENTS. A document
loaded before (reloaded, replaced) goes through `set_document` one at a time, which merges
everything and removes tasks that are gone. Both give the same graph for the same input; the first
is what a nation-wide load is made of, the second keeps reloads idempotent.

Every shared node (body, person, document) is locked in uid order before any relationship touches it,
so parallel writers wait for each other but do not deadlock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from neo4j import ManagedTransaction

from graph.batch import Plan, _iso
from graph.caption import caption
from graph.identity import DocUid
from graph.model import DocStatus, doc_key_params
from graph.rows import (
    BodyRow,
    CiteRow,
    DocRow,
    DocumentRow,
    ImplementsRow,
    IndexedAssigned,
    IndexedSubtask,
    NewDocRow,
    StubRow,
    param_list,
    params,
)
from loaders.citations import cited_title
from loaders.normalise import strip_diacritics
from queries.catalogue import rows_in, run_write

_LOADED = DocStatus.LOADED.value


@dataclass(frozen=True)
class DocWrite:
    """A planned document with each mention's uid settled (graph.load), ready to write."""

    plan: Plan
    uids: tuple[str, ...]
    replacing: bool = False


@dataclass(frozen=True)
class BatchResult:
    before: dict[str, str | None]  # uid → its status before this batch (None: no node)
    stubs_created: int


def write_batch(tx: ManagedTransaction, docs: list[DocWrite], key: str) -> BatchResult:
    """Write the batch in the caller's transaction (atomic: all documents or none)."""
    asked = [{"uid": d.plan.uid, "sha256": d.plan.doc.sha256} for d in docs]
    state = {r["uid"]: r for r in rows_in(tx, "find_batch_state", docs=asked)}
    for d in docs:
        if state[d.plan.uid]["reparsed"]:
            _retire_reparsed(tx, d.plan)
        if d.replacing:
            run_write(tx, "set_replaced", uid=d.plan.uid, key=key)
    before = {uid: r["before"] for uid, r in state.items()}
    fresh = [d for d in docs if before[d.plan.uid] != _LOADED]
    created = _write_new(tx, fresh, key) if fresh else 0
    for d in docs:
        if before[d.plan.uid] == _LOADED:
            created += _write_again(tx, d, key)
    return BatchResult(before, created)


def _doc_row(plan: Plan, key: str) -> DocRow:
    """The parser's warnings, then the loader's; `loaded_by` is who loaded it (kept when replaced)."""
    return replace(plan.doc, warnings=(*plan.doc.warnings, *plan.warnings), loaded_by=key)


def _retire_reparsed(tx: ManagedTransaction, plan: Plan) -> None:
    """The same file loaded before under another uid (an older parse) gives way to this one.

    Its tasks and outgoing relationships go; the node stays as a stub when other documents cite it,
    else it goes too, and so do the bodies, persons and stubs only it used.
    """
    rows = run_write(tx, "set_retired", sha256=plan.doc.sha256, uid=plan.uid)
    if not rows:
        return
    neighbours = sorted({n for r in rows for n in r["neighbours"]})
    run_write(tx, "delete_orphan_stubs", uids=neighbours + [r["uid"] for r in rows])
    run_write(tx, "delete_orphans", uids=neighbours)


# ---------------------------------------------------------------------------
# Documents not loaded before: the batched path
# ---------------------------------------------------------------------------


def _write_new(tx: ManagedTransaction, docs: list[DocWrite], key: str) -> int:
    persons = sorted({d.plan.signer.uid: d.plan.signer for d in docs if d.plan.signer}.values(),
                     key=lambda p: p.uid)
    run_write(tx, "set_shared", bodies=param_list(body_rows([d.plan for d in docs])),
              persons=param_list(persons))
    rows = run_write(tx, "set_documents", rows=param_list(document_rows(docs, key)))
    run_write(tx, "set_document_parts", docs=[params(new_doc_row(d, key)) for d in docs], **doc_key_params())
    implements = sorted({r: None for d in docs for r in implements_rows(d)},
                        key=lambda r: (r.dst, r.src, r.evidence))
    if implements:
        run_write(tx, "set_implements", implements=param_list(implements))
    return int(rows[0]["created"]) if rows else 0


def body_rows(plans: list[Plan]) -> list[BodyRow]:
    """One row per body uid, sorted: aliases and search keys united, the first longest name, the
    first known unit; what one MERGE per document in this order would leave."""
    merged: dict[str, BodyRow] = {}
    for plan in plans:
        for uid, b in plan.bodies.items():
            keys = (strip_diacritics(b.name), strip_diacritics(b.alias))
            old = merged.get(uid)
            if old is None:
                merged[uid] = BodyRow(uid, b.name, b.name_key, b.kind, b.level, (b.alias,), b.unit_uid,
                                      tuple(sorted(set(keys))))
                continue
            merged[uid] = replace(
                old, name=b.name if len(b.name) > len(old.name) else old.name,
                aliases=old.aliases + ((b.alias,) if b.alias not in old.aliases else ()),
                unit=old.unit or b.unit_uid,
                search_keys=old.search_keys + tuple(sorted(k for k in set(keys) if k not in old.search_keys)))
    return [merged[uid] for uid in sorted(merged)]


def document_rows(docs: list[DocWrite], key: str) -> list[DocumentRow]:
    rows: list[tuple[tuple[str, int, int], DocumentRow]] = []
    for n, d in enumerate(docs):
        plan = d.plan
        issuers = (plan.issuer,) if plan.issuer else ()
        rows.append(((plan.uid, 0, n), DocumentRow(plan.uid, own=_doc_row(plan, key), issuers=issuers)))
        rows += [((s.uid, 1, n), DocumentRow(s.uid, stub=s)) for s in stub_rows(plan, d.uids)]
    return [row for _, row in sorted(rows, key=lambda x: x[0])]


def new_doc_row(d: DocWrite, key: str) -> NewDocRow:
    plan = d.plan
    position = {t.label: i for i, t in enumerate(plan.tasks)}
    return NewDocRow(
        doc=_doc_row(plan, key), issuers=(plan.issuer,) if plan.issuer else (), tasks=tuple(plan.tasks),
        subtasks=tuple(IndexedSubtask(position[s.child], position[s.parent]) for s in plan.subtasks),
        assigned=tuple(IndexedAssigned(position[a.task], a.body, a.role) for a in plan.assigned),
        cites=tuple(cite_rows(d)), sent_to=tuple(sorted(set(plan.sent_to))), signer=plan.signer)


# ---------------------------------------------------------------------------
# Rows shared by both paths
# ---------------------------------------------------------------------------


def stub_rows(plan: Plan, uids: tuple[str, ...]) -> list[StubRow]:
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
    return [_stub(stubs[u]) for u in sorted(stubs)]


def _stub(r: dict[str, Any]) -> StubRow:
    return StubRow(r["uid"], r["number"], r["doc_type"], r["level"], r["scope"], r["issued_on"],
                   r["issuer_name"], r["body"], tuple(r["texts"]), r["caption"], r["title"])


def _merge_mention(row: dict[str, Any], plan: Plan, i: int) -> None:
    """What mention i says about its document: its text, a title, the longest issuer name."""
    m = plan.mentions[i]
    if m.text not in row["texts"]:
        row["texts"].append(m.text)
    if row["title"] is None:
        row["title"] = cited_title(m.text, [plan.doc.title or ""])
    if m.issuer and (row["issuer_name"] is None or len(m.issuer) > len(row["issuer_name"])):
        row["issuer_name"] = m.issuer
    # Undated mentions move between nodes (graph.load._reconcile); the issuers they name do not follow them.
    dated_issuer = m.issuer and m.issued_on is not None and i in plan.mention_issuer
    if dated_issuer and (row["body"] is None or len(m.issuer or "") > row["body_len"]):
        row["body"], row["body_len"] = plan.mention_issuer[i], len(m.issuer or "")


def cite_rows(d: DocWrite) -> list[CiteRow]:
    """CITES, one per cited uid (smallest text; undated only if every mention of it is), by target."""
    plan, uids = d.plan, d.uids
    best: dict[str, CiteRow] = {}
    for i, text in plan.cites:
        dst = uids[i]
        if dst == plan.uid:
            continue
        undated = plan.mentions[i].issued_on is None
        old = best.get(dst)
        if old is not None:
            text, undated = min(text, old.text), undated and old.undated
        best[dst] = CiteRow(plan.uid, dst, text, undated)
    return [best[k] for k in sorted(best)]


def implements_rows(d: DocWrite) -> list[ImplementsRow]:
    plan, uids = d.plan, d.uids

    def uid_of(i: int | None) -> str:
        return plan.uid if i is None else uids[i]

    def undated(i: int | None) -> bool:
        return i is not None and plan.mentions[i].issued_on is None

    return [ImplementsRow(uid_of(a), uid_of(b), ev, undated(b), undated(a))
            for a, b, ev in plan.implements if uid_of(a) != uid_of(b)]


# ---------------------------------------------------------------------------
# Documents loaded before: one merging statement each
# ---------------------------------------------------------------------------


def _write_again(tx: ManagedTransaction, d: DocWrite, key: str) -> int:
    """A loaded document written again (the same file, or a replacement): merged, gone tasks removed."""
    plan = d.plan
    implements = sorted(implements_rows(d), key=lambda r: (r.dst, r.src))
    rows = run_write(
        tx, "set_document", bodies=param_list(body_rows([plan])), doc=params(_doc_row(plan, key)),
        issuers=[plan.issuer] if plan.issuer else [], task_labels=[t.label for t in plan.tasks],
        stubs=param_list(stub_rows(plan, d.uids)), tasks=param_list(plan.tasks),
        subtasks=param_list(plan.subtasks),
        assigned=param_list(sorted(plan.assigned, key=lambda r: (r.body, r.task))),
        cites=param_list(cite_rows(d)), implements=param_list(implements),
        sent_to=sorted(set(plan.sent_to)), persons=[params(plan.signer)] if plan.signer else [],
        **doc_key_params())
    return int(rows[0]["created"]) if rows else 0
