"""From records to write plans, and checks over the whole batch before anything is written.

`plan_record` turns one parsed record into the rows the writer sends (pure: gazetteer look-ups
only). `check_batch` assembles the batch as a networkx graph and reports, with both sources, what
no single record can show: IMPLEMENTS cycles and two records claiming one identity with
different facts.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import networkx as nx

from graph.bodies import BodyRef, body_at, issuer_body, resolve_body, split_list
from graph.caption import caption
from graph.identity import (
    CENTRAL,
    DocContext,
    Mention,
    Places,
    Scope,
    canonical_number,
    context_for,
    date_within_document,
    doc_uid,
    parse_number,
    person_uid,
    scope_of_mention,
    short_label,
    task_uid,
    unnumbered_doc_uid,
)
from loaders.normalise import fold
from loaders.records import Record, Ref

EVIDENCE_PREAMBLE = "preamble"
EVIDENCE_CITATION = "citation"


@dataclass
class Plan:
    """Everything one document writes; mention uids are settled by the loader (`Mention.uid` or undated)."""

    record: Record
    ctx: DocContext
    uid: str
    key: tuple[str, str] | None
    doc: dict[str, Any]
    bodies: dict[str, BodyRef] = field(default_factory=dict)
    issuer: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    mention_issuer: dict[int, str] = field(default_factory=dict)  # mention index → body uid
    cites: list[tuple[int, str]] = field(default_factory=list)  # (mention index, text)
    implements: list[tuple[int | None, int, str]] = field(default_factory=list)  # None = this document
    tasks: list[dict[str, Any]] = field(default_factory=list)
    subtasks: list[dict[str, str]] = field(default_factory=list)
    assigned: list[dict[str, str]] = field(default_factory=list)
    sent_to: list[str] = field(default_factory=list)
    signer: dict[str, Any] | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def source(self) -> str:
        return self.record.source.path

    def add_body(self, body: BodyRef) -> str:
        old = self.bodies.get(body.uid)
        if old is None or len(body.name) > len(old.name):
            self.bodies[body.uid] = body
        return body.uid


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def plan_record(record: Record, places: Places) -> Plan:
    issuer = record.issuer
    loc = issuer.locality if issuer else None
    ctx = context_for(loc.province if loc else None, loc.district if loc else None,
                      loc.commune if loc else None, issuer.level if issuer else None,
                      record.source.sha256, places, record.issued_on)
    scope = ctx.scope
    number = canonical_number(record.number) if record.number else None
    if number:
        uid = doc_uid(number, scope, record.issued_on)
    else:
        uid = unnumbered_doc_uid(scope, record.doc_type, record.issued_on, record.title, record.source.sha256)
    level = (issuer.level if issuer else None) or (ctx.most_specific.level if ctx.most_specific else None)
    doc = {
        "uid": uid, "number": number, "doc_type": record.doc_type, "title": record.title,
        "issued_on": _iso(record.issued_on), "level": level, "status": "loaded", "scope": scope,
        "source_path": record.source.path, "sha256": record.source.sha256, "place": record.place,
        "warnings": list(record.warnings), "issuer_name": issuer.name if issuer else None,
        "province": ctx.province.short_name if ctx.province else None,
        "district": ctx.district.short_name if ctx.district else None,
        "commune": ctx.commune.short_name if ctx.commune else None,
        "caption": caption(record.doc_type, number, issuer.name if issuer else None, record.issued_on),
    }
    plan = Plan(record, ctx, uid, (number, scope) if number else None, doc)
    if issuer is not None and issuer.name:
        plan.issuer = plan.add_body(issuer_body(issuer.name, ctx, places))
    _plan_mentions(plan, places)
    _plan_tasks(plan, places)
    for line in record.recipients:
        for name in split_list(line):
            plan.sent_to.append(plan.add_body(resolve_body(name, ctx, places)))
    signer = record.signer
    if signer is not None and signer.name:
        plan.signer = {"uid": person_uid(signer.name), "name": signer.name, "title": signer.title,
                       "on_behalf_of": signer.on_behalf_of}
    return plan


def _plan_mentions(plan: Plan, places: Places) -> None:
    record, ctx = plan.record, plan.ctx
    index: dict[tuple[str, str, str | None], int] = {}
    raw: list[Mention] = []

    def mention_of(ref: Ref) -> int | None:
        # An unnumbered mention the parser could not tie to a numbered one (DOMAIN §2) stays unresolved.
        if ref.number is None:
            plan.warnings.append(f"unresolved citation: {ref.text[:80]}")
            return None
        number = canonical_number(ref.number)
        scope: Scope = scope_of_mention(number, ref.issuer, ctx, places)
        parts = parse_number(number)
        m = Mention(number, scope.uid, scope.level, ref.issued_on,
                    ref.doc_type or (parts.doc_type if parts else None), ref.issuer, ref.text)
        k = (m.number, m.scope, _iso(m.issued_on))
        if k not in index:
            index[k] = len(raw)
            raw.append(m)
        return index[k]

    implements = [mention_of(r) for r in record.implements]
    cites = [(mention_of(r), r.text) for r in record.citations]
    chain = [(mention_of(a), mention_of(b)) for a, b in record.chain]
    # An undated mention takes the date this same document gives the same number elsewhere.
    dated = date_within_document(raw)
    remap: dict[int, int] = {}
    for i, m in enumerate(raw):
        if m.issued_on is None and m.key in dated:
            k = (m.number, m.scope, dated[m.key].isoformat())
            remap[i] = index[k]
    keep = sorted(set(range(len(raw))) - set(remap))
    new_index = {old: new for new, old in enumerate(keep)}

    def final(i: int | None) -> int | None:
        if i is None:
            return None
        return new_index[remap.get(i, i)]

    plan.mentions = [raw[i] for i in keep]
    own = plan.key
    self_idx = {i for i, m in enumerate(plan.mentions)
                if m.uid == plan.uid or (own is not None and m.key == own and m.issued_on is None)}
    for i, m in enumerate(plan.mentions):
        if i in self_idx or not m.issuer:
            continue
        if m.scope == CENTRAL:
            body = body_at(m.issuer, Scope(CENTRAL, "central"), None)
        else:
            body = resolve_body(m.issuer, ctx, places, Scope(m.scope, m.level))
        plan.mention_issuer[i] = plan.add_body(body)
    seen_cites: set[int] = set()
    for idx, text in cites:
        j = final(idx)
        if j is not None and j not in self_idx and j not in seen_cites:
            seen_cites.add(j)
            plan.cites.append((j, text))
    for idx in implements:
        j = final(idx)
        if j is not None and j not in self_idx:
            plan.implements.append((None, j, EVIDENCE_PREAMBLE))
            if j not in seen_cites:
                seen_cites.add(j)
                plan.cites.append((j, plan.mentions[j].text))
    for a, b in chain:
        fa, fb = final(a), final(b)
        if fa is None or fb is None or fa == fb:
            continue
        src = None if fa in self_idx else fa
        if fb not in self_idx:
            plan.implements.append((src, fb, EVIDENCE_CITATION))


def _plan_tasks(plan: Plan, places: Places) -> None:
    labels = {t.label for t in plan.record.tasks}
    for order, t in enumerate(plan.record.tasks):
        tuid = task_uid(plan.uid, t.label)
        d = t.deadline
        plan.tasks.append({
            "uid": tuid, "label": t.label, "short_label": short_label(t.label), "text": t.text,
            "order": order, "deadline_kind": d.kind, "deadline_due": _iso(d.due),
            "deadline_text": d.text, "deadline_month_day": d.due_month_day, "doc_uid": plan.uid,
        })
        if t.parent and t.parent in labels and t.parent != t.label:
            plan.subtasks.append({"child": tuid, "parent": task_uid(plan.uid, t.parent)})
        roles: set[tuple[str, str]] = set()
        for r in t.responsible:
            body = plan.add_body(resolve_body(r.name, plan.ctx, places))
            if (body, r.role) not in roles:
                roles.add((body, r.role))
                plan.assigned.append({"task": tuid, "body": body, "role": r.role})


# ---------------------------------------------------------------------------
# Batch checks
# ---------------------------------------------------------------------------

_FACTS = ("doc_type", "title", "issuer_name", "level")


def batch_graph(plans: list[Plan], resolve: dict[tuple[int, int], str] | None = None) -> nx.MultiDiGraph:
    """Documents of the batch (loaded and cited) with IMPLEMENTS edges, each edge naming its source."""
    g = nx.MultiDiGraph()
    for p_i, p in enumerate(plans):
        g.add_node(p.uid, status="loaded", source=p.source)

        def uid_of(i: int | None, p: Plan = p, p_i: int = p_i) -> str:
            if i is None:
                return p.uid
            return resolve[(p_i, i)] if resolve and (p_i, i) in resolve else p.mentions[i].uid

        for src, dst, ev in p.implements:
            a, b = uid_of(src), uid_of(dst)
            for n in (a, b):
                if n not in g:
                    g.add_node(n, status="stub")
            g.add_edge(a, b, evidence=ev, source=p.source)
    return g


def conflicting_facts(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """The identifying facts two claims of one uid disagree on (case, tone placement ignored)."""
    return [f for f in _FACTS if fold(str(a.get(f) or "")) != fold(str(b.get(f) or ""))]


def check_batch(plans: list[Plan], resolve: dict[tuple[int, int], str] | None = None) -> list[str]:
    """Warnings naming both sources: IMPLEMENTS cycles, one identity claimed with different facts."""
    warnings: list[str] = []
    g = batch_graph(plans, resolve)
    simple = nx.DiGraph(g)
    for cycle in nx.simple_cycles(simple):
        pairs = zip(cycle, cycle[1:] + cycle[:1], strict=True)
        sources = sorted({g.edges[a, b, k]["source"] for a, b in pairs for k in g[a][b]})
        path = " -> ".join([*cycle, cycle[0]])
        warnings.append(f"implements cycle: {path} (sources: {', '.join(sources)})")
    by_uid: dict[str, list[Plan]] = defaultdict(list)
    for p in plans:
        by_uid[p.uid].append(p)
    for uid, same in by_uid.items():
        first = same[0]
        for other in same[1:]:
            if other.record.source.sha256 == first.record.source.sha256:
                continue
            diff = conflicting_facts(first.doc, other.doc)
            if diff:
                warnings.append(f"identity conflict: {uid} claimed by {first.source} and {other.source} "
                                f"with different {', '.join(diff)}")
    return warnings
