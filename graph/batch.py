"""From records to write plans, and checks over the whole batch before anything is written.

`plan_record` turns one parsed record into the rows the writer sends (pure: gazetteer look-ups
only). `check_batch` assembles the batch as a networkx graph and reports, with both sources, what
no single record can show: IMPLEMENTS cycles and two records claiming one identity with
different facts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import networkx as nx

from graph.bodies import BodyRef, body_at, issuer_body, resolve_body
from graph.caption import caption
from graph.identity import (
    CENTRAL_SEAT,
    DocContext,
    DocUid,
    Mention,
    PersonUid,
    Place,
    Places,
    Seat,
    SeriesKey,
    context_for,
    date_within_document,
    scope_of_mention,
)
from graph.rows import AssignedRow, DocRow, PersonRow, SubtaskRow, TaskRow
from loaders.docnumber import try_parse
from loaders.names import canonical_number, short_label, split_list
from loaders.normalise import fold
from loaders.records import Record, Ref

EVIDENCE_PREAMBLE = "preamble"
EVIDENCE_CITATION = "citation"


@dataclass
class Plan:
    """Everything one document writes; mention uids are settled by the loader (`Mention.uid` or undated).

    It holds rows, not the record: what the writer needs of the record is in `doc`, so a plan made in a
    parse worker (ingest) crosses to the writer without the record's text."""

    ctx: DocContext
    uid: str
    key: SeriesKey | None
    doc: DocRow
    bodies: dict[str, BodyRef] = field(default_factory=dict)
    issuer: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    mention_issuer: dict[int, str] = field(default_factory=dict)  # mention index → body uid
    cites: list[tuple[int, str]] = field(default_factory=list)  # (mention index, text)
    implements: list[tuple[int | None, int, str]] = field(default_factory=list)  # None = this document
    tasks: list[TaskRow] = field(default_factory=list)  # one per label (the last wins, as a MERGE would)
    subtasks: list[SubtaskRow] = field(default_factory=list)
    assigned: list[AssignedRow] = field(default_factory=list)
    sent_to: list[str] = field(default_factory=list)
    signer: PersonRow | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def source(self) -> str:
        return self.doc.source_path

    @property
    def sha256(self) -> str:
        return self.doc.sha256

    def add_body(self, body: BodyRef) -> str:
        old = self.bodies.get(body.uid)
        if old is None or len(body.name) > len(old.name):
            self.bodies[body.uid] = body
        return body.uid


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _identity(record: Record, ctx: DocContext) -> tuple[str, str | None]:
    """(uid, canonical number) of the record's document (graph.identity.DocUid)."""
    if record.number is not None:
        uid = DocUid.numbered(record.number, ctx.scope, record.issued_on)
        return str(uid), uid.number
    return str(DocUid.unnumbered(ctx.scope, record.doc_type, record.issued_on, record.title,
                                 record.source.sha256)), None


def _short(place: Place | None) -> str | None:
    return place.short_name if place else None


def _doc_props(record: Record, ctx: DocContext, uid: str, number: str | None) -> DocRow:
    issuer = record.issuer
    issuer_name = issuer.name if issuer else None
    level = (issuer.level if issuer else None) or (ctx.most_specific.level if ctx.most_specific else None)
    return DocRow(
        uid=uid, number=number, doc_type=record.doc_type, title=record.title,
        issued_on=_iso(record.issued_on), level=level, status="loaded", scope=str(ctx.scope),
        source_path=record.source.path, sha256=record.source.sha256, place=record.place,
        warnings=tuple(record.warnings), issuer_name=issuer_name,
        province=_short(ctx.province), district=_short(ctx.district), commune=_short(ctx.commune),
        caption=caption(record.doc_type, number, issuer_name, record.issued_on),
    )


def plan_record(record: Record, places: Places) -> Plan:
    issuer = record.issuer
    loc = issuer.locality if issuer else None
    ctx = context_for(loc.province if loc else None, loc.district if loc else None,
                      loc.commune if loc else None, issuer.level if issuer else None,
                      record.source.sha256, places, record.issued_on)
    uid, number = _identity(record, ctx)
    plan = Plan(ctx, uid, (number, ctx.scope) if number else None,
                _doc_props(record, ctx, uid, number))
    if issuer is not None and issuer.name:
        plan.issuer = plan.add_body(issuer_body(issuer.name, ctx, places))
    _plan_mentions(plan, record, places)
    _plan_tasks(plan, record, places)
    for line in record.recipients:
        for name in split_list(line):
            plan.sent_to.append(plan.add_body(resolve_body(name, ctx, places)))
    signer = record.signer
    if signer is not None and signer.name:
        plan.signer = PersonRow(str(PersonUid.of(signer.name)), signer.name, signer.title,
                                signer.on_behalf_of)
    return plan


_MentionKey = tuple[SeriesKey, str | None]


@dataclass
class _Mentions:
    """A record's mentions as the parser gave them: one per number+scope+date, refs as indexes."""

    raw: list[Mention] = field(default_factory=list)
    index: dict[_MentionKey, int] = field(default_factory=dict)

    def add(self, ref: Ref, plan: Plan, places: Places) -> int | None:
        # An unnumbered mention the parser could not tie to a numbered one (DOMAIN §2) stays unresolved.
        if ref.number is None:
            plan.warnings.append(f"unresolved citation: {ref.text[:80]}")
            return None
        number = canonical_number(ref.number)
        seat: Seat = scope_of_mention(number, ref.issuer, plan.ctx, places)
        parts = try_parse(number)
        m = Mention(number, seat.scope, seat.level, ref.issued_on,
                    ref.doc_type or (parts.doc_type if parts else None), ref.issuer, ref.text)
        k = (m.key, _iso(m.issued_on))
        if k not in self.index:
            self.index[k] = len(self.raw)
            self.raw.append(m)
        return self.index[k]

    def folded(self) -> tuple[list[Mention], dict[int, int]]:
        """An undated mention takes the date this same document gives the same number elsewhere:
        the mentions kept, and each raw index → its kept index."""
        dated = date_within_document(self.raw)
        remap: dict[int, int] = {}
        for i, m in enumerate(self.raw):
            if m.issued_on is None and m.key in dated:
                remap[i] = self.index[(m.key, dated[m.key].isoformat())]
        keep = sorted(set(range(len(self.raw))) - set(remap))
        new_index = {old: new for new, old in enumerate(keep)}
        return [self.raw[i] for i in keep], {i: new_index[remap.get(i, i)] for i in range(len(self.raw))}


def _plan_mentions(plan: Plan, record: Record, places: Places) -> None:
    ms = _Mentions()
    implements = [ms.add(r, plan, places) for r in record.implements]
    cites = [(ms.add(r, plan, places), r.text) for r in record.citations]
    chain = [(ms.add(a, plan, places), ms.add(b, plan, places)) for a, b in record.chain]
    plan.mentions, final_of = ms.folded()

    def final(i: int | None) -> int | None:
        return None if i is None else final_of[i]

    self_idx = _self_mentions(plan)
    _mention_issuers(plan, self_idx, places)
    _link_cites(plan, [final(i) for i in implements], [(final(i), t) for i, t in cites], self_idx)
    for a, b in chain:
        fa, fb = final(a), final(b)
        if fa is None or fb is None or fa == fb or fb in self_idx:
            continue
        plan.implements.append((None if fa in self_idx else fa, fb, EVIDENCE_CITATION))


def _self_mentions(plan: Plan) -> set[int]:
    """Mentions of the document itself (its own number, dated or not)."""
    own = plan.key
    return {i for i, m in enumerate(plan.mentions)
            if m.uid == plan.uid or (own is not None and m.key == own and m.issued_on is None)}


def _mention_issuers(plan: Plan, self_idx: set[int], places: Places) -> None:
    for i, m in enumerate(plan.mentions):
        if i in self_idx or not m.issuer:
            continue
        if m.scope.is_central:
            body = body_at(m.issuer, CENTRAL_SEAT, None)
        else:
            body = resolve_body(m.issuer, plan.ctx, places, Seat(m.scope, m.level))
        plan.mention_issuer[i] = plan.add_body(body)


def _link_cites(plan: Plan, implements: list[int | None], cites: list[tuple[int | None, str]],
                self_idx: set[int]) -> None:
    """CITES once per cited document (first text wins); what the preamble implements is cited too."""
    seen: set[int] = set()
    for j, text in cites:
        if j is not None and j not in self_idx and j not in seen:
            seen.add(j)
            plan.cites.append((j, text))
    for j in implements:
        if j is None or j in self_idx:
            continue
        plan.implements.append((None, j, EVIDENCE_PREAMBLE))
        if j not in seen:
            seen.add(j)
            plan.cites.append((j, plan.mentions[j].text))


def _plan_tasks(plan: Plan, record: Record, places: Places) -> None:
    """Tasks by label: a label given twice is one task (the last text wins), as MERGE on uid made it."""
    labels = {t.label for t in record.tasks}
    by_label: dict[str, TaskRow] = {}
    subtasks: dict[tuple[str, str], SubtaskRow] = {}
    assigned: dict[AssignedRow, None] = {}
    for order, t in enumerate(record.tasks):
        d = t.deadline
        by_label.pop(t.label, None)
        by_label[t.label] = TaskRow(t.label, short_label(t.label), t.text, order, d.kind, _iso(d.due),
                                    d.text, d.due_month_day, t.notes or None)
        if t.parent and t.parent in labels and t.parent != t.label:
            subtasks.setdefault((t.label, t.parent), SubtaskRow(t.label, t.parent))
        for r in t.responsible:
            body = plan.add_body(resolve_body(r.name, plan.ctx, places))
            assigned.setdefault(AssignedRow(t.label, body, r.role))
    plan.tasks = sorted(by_label.values(), key=lambda r: r.order)
    plan.subtasks = list(subtasks.values())
    plan.assigned = list(assigned)


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


def _fact(claim: Mapping[str, Any] | DocRow, name: str) -> str:
    value = claim.get(name) if isinstance(claim, Mapping) else getattr(claim, name)
    return fold(str(value or ""))


def conflicting_facts(a: Mapping[str, Any] | DocRow, b: Mapping[str, Any] | DocRow) -> list[str]:
    """The identifying facts two claims of one uid disagree on (case, tone placement ignored)."""
    return [f for f in _FACTS if _fact(a, f) != _fact(b, f)]


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
            if other.sha256 == first.sha256:
                continue
            diff = conflicting_facts(first.doc, other.doc)
            if diff:
                warnings.append(f"identity conflict: {uid} claimed by {first.source} and {other.source} "
                                f"with different {', '.join(diff)}")
    return warnings
