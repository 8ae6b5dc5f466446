"""Coverage of a document: which subordinate units have carried it out, which have not, which are late.

Expected units are the units one level below the issuer's unit in the era of the document's date (every
province for a central document) or, when the document's plan requests name their addressees ('Huyện ủy
Kim Động, Thành ủy Đà Lạt xây dựng kế hoạch ...'), only the units those bodies belong to. A unit is
covered when a document implementing this one, directly or through others, was issued by a body located
in it or below it. Missing units are overdue once `as_of` is past the document's own deadline for
subordinate plans: the earliest due date of a task telling subordinate committees to draw up programmes
or plans (66-CTr/TU III.5.1: quận ủy, huyện ủy by Q1 2024).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from datetime import date
from typing import Any, Literal

from neo4j import Driver

from api.errors import NotFound
from api.models import CoverageDeadline, CoverageOut, DocumentRef, Implementer, Unit, UnitCoverage
from graph.identity import era_for
from loaders.normalise import fold
from queries.catalogue import run

# "xây dựng chương trình, kế hoạch", "ban hành kế hoạch", "xây dựng kế hoạch cụ thể"
PLAN_REQUEST = re.compile(
    r"""(?:xây\s+dựng|ban\s+hành)                     # the verb asking for a plan
        [^.;]{0,40}?                                  # a few words between
        (?:chương\s+trình|kế\s+hoạch)                 # the plan itself
    """,
    re.VERBOSE,
)
# "Các quận ủy, huyện ủy, đảng ủy trực thuộc Thành ủy", "cấp ủy cấp huyện", "các đảng bộ trực thuộc"
SUBORDINATE_COMMITTEES = re.compile(
    r"""^các\s.*(?:ủy|đảng\s+bộ|chi\s+bộ)          # several committees or party organisations
      | trực\s+thuộc | cấp\s+dưới | cơ\s+sở        # or named as below the issuer
    """,
    re.VERBOSE,
)


def asks_for_plans(task: dict[str, Any]) -> bool:
    return bool(PLAN_REQUEST.search(fold(task.get("text") or task.get("task_text") or "")))


def plan_deadline(dated_tasks: list[dict[str, Any]],
                  naming: AbstractSet[str] = frozenset()) -> CoverageDeadline | None:
    """The earliest dated task telling subordinate committees (or named subordinate units) to draw up plans.

    A dated plan request addressed to the issuer's own boards or the Front (66-CTr/TU III.4.1: the Front
    'cụ thể hóa ... bằng các chương trình, kế hoạch') is their own work, not the cascade's deadline.
    """
    asks = [t for t in dated_tasks
            if t.get("deadline_due") and asks_for_plans(t)
            and (t["uid"] in naming
                 or any(SUBORDINATE_COMMITTEES.search(fold(b)) for b in t.get("bodies") or []))]
    if not asks:
        return None
    t = min(asks, key=lambda t: (t["deadline_due"], t.get("label") or ""))
    return CoverageDeadline(task_uid=t["uid"], task_label=t["label"], due=t["deadline_due"],
                            text=t.get("deadline_text"))


def named_units(assigned: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], set[str]]:
    """Units named by plan-requesting tasks (deduplicated, in code order) and those tasks' uids."""
    rows = [r for r in assigned if asks_for_plans(r)]
    units: dict[str, dict[str, Any]] = {}
    for r in rows:
        units.setdefault(r["uid"], {k: r[k] for k in ("uid", "code", "name", "short_name", "kind", "level")})
    return sorted(units.values(), key=lambda u: (u["code"] or "", u["uid"])), {r["task_uid"] for r in rows}


State = Literal["on_time", "late", "not_yet", "overdue"]


def unit_state(issued: list[date | None], deadline: date | None, as_of: date) -> State:
    """on_time / late for a covered unit (its first plan, of those issued on `issued`, against the deadline),
    not_yet / overdue otherwise.

    A plan with no date, or a document with no deadline, cannot be late."""
    if issued:
        dated = [d for d in issued if d is not None]
        first = min(dated) if dated and len(dated) == len(issued) else None
        return "late" if deadline is not None and first is not None and first > deadline else "on_time"
    return "overdue" if deadline is not None and as_of > deadline else "not_yet"


def coverage(driver: Driver, uid: str, as_of: date, unit: str | None = None,
             plans: int | None = None) -> CoverageOut:
    """Coverage one level below the issuer's unit, or below `unit` (a drill-down: province → district →
    commune, judged without the document's deadline, which is for the level it names). Plans issued
    after `as_of` do not count yet. `plans` cuts each unit's covered_by to its shallowest (the counts and
    states stay whole): a resolution's units hold every plan of its cascade."""
    scope = run(driver, "get_coverage_scope", uid=uid)
    if not scope:
        raise NotFound(f"no document with uid {uid!r}")
    doc = scope[0]
    era = era_for(doc["issued_on"])
    if unit is not None:
        parent = run(driver, "find_child_units", unit=unit)
        if not parent and not run(driver, "find_admin_unit", uid=unit):
            raise NotFound(f"no administrative unit with uid {unit!r}")
        named: list[dict[str, Any]] = []
        naming_tasks: set[str] = set()
        expected = parent
        expected_from = f"units directly below {unit}"
    else:
        named, naming_tasks = named_units(run(driver, "find_assigned_units", uid=uid, era=era))
        expected = named or run(driver, "find_expected_units", uid=uid, era=era)
        expected_from = "named in the document's tasks" if named else "units one level below the issuer"
    implementers = [i for i in run(driver, "find_implementers", uid=uid, era=era)
                    if i["issued_on"] is None or i["issued_on"] <= as_of]
    deadline = plan_deadline(doc["dated_tasks"], naming_tasks)
    if unit is not None and unit != (doc["unit"] or {}).get("uid"):
        # The document's deadline is for the level it names; below it, the plans in between set their own.
        deadline = None
    due = deadline.due if deadline else None

    within: dict[str, list[dict[str, Any]]] = {}
    for i in implementers:
        for w in i["within"]:
            within.setdefault(w, []).append(i)
    units: list[UnitCoverage] = []
    for u in expected:
        rows = within.get(u["uid"], [])
        state = unit_state([i["issued_on"] for i in rows], due, as_of)
        by = [Implementer(**i) for i in rows[:plans]]
        units.append(UnitCoverage(**u, status="covered" if rows else "missing", state=state,
                                  overdue=state == "overdue", covered_by=by, covered_by_total=len(rows)))
    unknown = [Implementer(**i) for i in [i for i in implementers
                                          if not i["within"] and i["level"] != "central"][:plans]]
    covered = sum(1 for u in units if u.status == "covered")
    states = {s: sum(1 for u in units if u.state == s) for s in ("on_time", "late", "not_yet", "overdue")}
    by_level: dict[str, int] = {}
    for i in implementers:
        by_level[i["level"] or "unknown"] = by_level.get(i["level"] or "unknown", 0) + 1
    return CoverageOut(
        document=DocumentRef(**doc), issuer=doc["issuer"],
        issuer_unit=Unit(**doc["unit"]) if doc["unit"] else None, era=era, as_of=as_of, deadline=deadline,
        expected_from=expected_from, expected=len(units), covered=covered, missing=len(units) - covered,
        overdue=sum(1 for u in units if u.overdue), units=units, unknown_locality=unknown, states=states,
        plans_by_level=by_level)


def page(c: CoverageOut, limit: int, offset: int) -> CoverageOut:
    """The counts whole, the units paged: a resolution's full answer lists every plan of the cascade once
    per province (4 MB for 43-NQ/TW)."""
    return c.model_copy(update={"units": c.units[offset:offset + limit], "limit": limit, "offset": offset})
