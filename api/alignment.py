"""Answers from task alignment: which tasks carry out a task, the same task in every plan, what a plan
matched, dropped and added, and which units' plans carry a task out (graph.align_db stores the links)."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from neo4j import Driver

from api.coverage import coverage
from api.errors import Ambiguous, NotFound
from api.models import (
    AlignedLink,
    AlignedTask,
    AlignmentOut,
    CarriedOutByOut,
    Carrier,
    DocumentRef,
    Equivalent,
    EquivalentsOut,
    ParentAlignment,
    SiblingAlignment,
    TaskCoverageOut,
    TaskGroupOut,
    TaskRow,
    TaskUnitCoverage,
)
from queries.catalogue import run


def _details(driver: Driver, uids: list[str]) -> dict[str, dict[str, Any]]:
    return {r["uid"]: r for r in run(driver, "find_task_details", uids=uids)} if uids else {}


def task_row(driver: Driver, uid: str) -> TaskRow:
    rows = run(driver, "find_task_details", uids=[uid])
    if not rows:
        raise NotFound(f"no task with uid {uid!r}")
    return TaskRow(**rows[0])


def carried_out_by(driver: Driver, uid: str, level: str | None) -> CarriedOutByOut:
    task = task_row(driver, uid)
    rows = run(driver, "find_carriers", uids=[uid], level=level)
    details = _details(driver, [r["uid"] for r in rows])
    carriers = [Carrier(**details[r["uid"]], depth=r["depth"], carries_out=r["carries_out"], score=r["score"],
                        method=r["method"]) for r in rows if r["uid"] in details]
    return CarriedOutByOut(task=task, level=level, carriers=carriers)


def equivalents(driver: Driver, uid: str) -> EquivalentsOut:
    """The asked task, the tasks it carries out, the groups of all of them (the same task in sibling plans),
    and every task carrying out any of those, at any depth."""
    task = task_row(driver, uid)
    ctx = run(driver, "get_task_context", uid=uid)[0]
    order: list[str] = [uid]
    rows: dict[str, dict[str, Any]] = {uid: {"relation": "asked"}}
    for a in ctx["above"]:
        if a["uid"] not in rows:
            rows[a["uid"]] = {"relation": "above", "depth": a["depth"]}
            order.append(a["uid"])
    for g in ctx["groups"]:
        for m in g["members"]:
            row = rows.setdefault(m["uid"], {"relation": "group", "score": m["score"], "core": m["core"]})
            if m["uid"] not in order:
                order.append(m["uid"])
            row.setdefault("groups", []).append(g["key"])
    known = list(order)
    for r in run(driver, "find_carriers", uids=known, level=None):
        if r["uid"] in rows:
            continue
        rows[r["uid"]] = {"relation": "below", "depth": r["depth"], "carries_out": r["carries_out"],
                          "score": r["score"]}
        order.append(r["uid"])
    details = _details(driver, order)
    tasks = [Equivalent(**details[u], **rows[u]) for u in order if u in details]
    groups = [TaskGroupOut(**{k: v for k, v in g.items() if k != "members"}) for g in ctx["groups"]]
    return EquivalentsOut(task=task, groups=groups, tasks=tasks)


def equivalents_by_label(driver: Driver, document: str, label: str) -> EquivalentsOut:
    """'Task 4.3' of a plan or resolution. A resolution whose text is not loaded has no task 4.3 of its own:
    the answer is then 409 with the tasks so labelled in the plans carrying it out, to choose from."""
    if not run(driver, "find_documents_by_uid", uid=document):
        raise NotFound(f"no document with uid {document!r}")
    rows = run(driver, "find_document_tasks_by_label", uid=document, label=label)
    own = [r for r in rows if r["in_document"]]
    if len(own) == 1:
        return equivalents(driver, own[0]["uid"])
    if len(own) > 1:
        raise Ambiguous(f"{len(own)} tasks of this document are labelled {label!r}: ask one by uid",
                        candidates=[{"uid": r["uid"], "label": r["label"]} for r in own])
    if rows:
        raise Ambiguous(
            f"this document has no task labelled {label!r} (its text is not loaded); the plans carrying it "
            "out number their tasks each their own way: ask one of these by uid",
            candidates=[{"uid": r["uid"], "label": r["label"],
                         "document": DocumentRef(**r["document"]).model_dump(mode="json")} for r in rows])
    raise NotFound(f"no task labelled {label!r} in this document or the plans carrying it out")


def document_alignment(driver: Driver, uid: str) -> AlignmentOut:
    docs = run(driver, "find_documents_by_uid", uid=uid)
    if not docs:
        raise NotFound(f"no document with uid {uid!r}")
    parents = [ParentAlignment(document=DocumentRef(**r["parent"]),
                               matched=[AlignedLink(**m) for m in r["matched"]],
                               dropped=[AlignedTask(**t) for t in r["dropped"]],
                               added=[AlignedTask(**t) for t in r["added"]])
               for r in run(driver, "get_document_alignment", uid=uid)]
    siblings = [SiblingAlignment(document=DocumentRef(**r["sibling"]), links=r["links"],
                                 shared_groups=r["shared_groups"])
                for r in run(driver, "get_document_siblings", uid=uid)]
    return AlignmentOut(document=DocumentRef(**docs[0]), parents=parents, siblings=siblings)


def task_coverage(driver: Driver, uid: str, as_of: date) -> TaskCoverageOut:
    """For each unit expected to carry out the task's document: did its plans carry out this task?"""
    task = task_row(driver, uid)
    doc = coverage(driver, task.document.uid, as_of)
    carriers = run(driver, "find_carriers", uids=[uid], level=None)
    plans = sorted({p.uid for u in doc.units for p in u.covered_by})
    with_tasks = {r["uid"] for r in run(driver, "find_alignment_parents", uids=plans) if r["has_tasks"]}
    units = []
    status: Literal["carried_out", "dropped", "not_loaded", "no_plan"]
    for u in doc.units:
        mine = {p.uid for p in u.covered_by}
        carried = sorted({c["uid"] for c in carriers if c["document_uid"] in mine})
        if carried:
            status = "carried_out"
        elif mine & with_tasks:
            status = "dropped"
        elif mine:
            status = "not_loaded"
        else:
            status = "no_plan"
        unit = u.model_dump(include={"uid", "code", "name", "short_name", "kind", "level"})
        units.append(TaskUnitCoverage(**unit, status=status, overdue=u.overdue, plans=u.covered_by,
                                      carried_by=carried))
    count = {s: sum(1 for u in units if u.status == s)
             for s in ("carried_out", "dropped", "not_loaded", "no_plan")}
    return TaskCoverageOut(task=task, as_of=as_of, era=doc.era, deadline=doc.deadline,
                           expected_from=doc.expected_from, expected=len(units), units=units, **count)


METHOD = "alignment"
"""How the web app's task page finds lower-level tasks, shown there so staff know how far to trust it."""


def carrying_tasks(driver: Driver, task_uid: str) -> list[dict[str, Any]]:
    """Lower-level tasks carrying out a task at any depth (CARRIES_OUT), nearest first, as the task page
    lists them: the one place the web app asks."""
    rows = run(driver, "find_carriers", uids=[task_uid], level=None)
    depth = {r["uid"]: r["depth"] for r in rows}
    details = _details(driver, list(depth))
    return sorted(({**details[u], "depth": d} for u, d in depth.items() if u in details),
                  key=lambda r: (r["depth"], r["document"].get("uid") or "", r["label"]))
