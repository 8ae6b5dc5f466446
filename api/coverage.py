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

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from datetime import date
from functools import lru_cache
from typing import Any, Literal

from neo4j import Driver, ManagedTransaction

from api.errors import NotFound
from api.models import CoverageDeadline, CoverageOut, DocumentRef, Implementer, Unit, UnitCoverage
from graph.identity import era_for
from loaders import gazetteer as gz
from loaders.normalise import fold
from loaders.patterns import PLAN_REQUEST_RE, SUBORDINATE_COMMITTEES_RE
from queries.catalogue import get, read, read_tx, rows_in, run_on


def asks_for_plans(task: dict[str, Any]) -> bool:
    return bool(PLAN_REQUEST_RE.search(fold(task.get("text") or task.get("task_text") or "")))


def plan_deadline(dated_tasks: list[dict[str, Any]],
                  naming: AbstractSet[str] = frozenset()) -> CoverageDeadline | None:
    """The earliest dated task telling subordinate committees (or named subordinate units) to draw up plans.

    A dated plan request addressed to the issuer's own boards or the Front (66-CTr/TU III.4.1: the Front
    'cụ thể hóa ... bằng các chương trình, kế hoạch') is their own work, not the cascade's deadline.
    """
    asks = [t for t in dated_tasks
            if t.get("deadline_due") and asks_for_plans(t)
            and (t["uid"] in naming
                 or any(SUBORDINATE_COMMITTEES_RE.search(fold(b)) for b in t.get("bodies") or []))]
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


Reader = Driver | ManagedTransaction  # a driver (a transaction per read) or the caller's read transaction
MAX_CHAIN = 10  # links, as in find_implementers and get_descendants
_DETAILS = ("doc_type", "title", "status", "caption")
# a document's list in find_implementer_links
_LINK_FIELDS = ("uid", "number", "issued_on", "level", "issuer", "implemented_by", "units")


def longest_chains(root: str, below: dict[str, list[str]]) -> dict[str, int] | None:
    """Each document's LONGEST IMPLEMENTS chain down to `root` (at most MAX_CHAIN links), from the links the
    walk found (document -> the documents implementing it), or None when they hold a cycle: the loader warns
    of cycles but writes them, and there a chain may pass a document twice, which only Neo4j's own path
    enumeration (find_implementers) counts as it does."""
    if _has_cycle(below):
        return None
    depth: dict[str, int] = {}
    reached = {root}  # the documents with a chain of exactly k links down to root
    for k in range(1, MAX_CHAIN + 1):
        reached = {c for p in reached for c in below.get(p, ())}
        if not reached:
            break
        depth.update(dict.fromkeys(reached, k))
    return depth


def _has_cycle(below: dict[str, list[str]]) -> bool:
    """Kahn's algorithm: a cycle is what remains once every document with nothing left above it is taken."""
    above: dict[str, int] = dict.fromkeys(below, 0)
    for children in below.values():
        for c in children:
            above[c] = above.get(c, 0) + 1
    free = [n for n, k in above.items() if k == 0]
    taken = 0
    while free:
        taken += 1
        for c in below.get(free.pop(), ()):
            above[c] -= 1
            if above[c] == 0:
                free.append(c)
    return taken < len(above)


@lru_cache(maxsize=1)
def _legacy_units_of() -> dict[str, list[gz.Unit]]:
    """2025 unit uid -> the legacy units that became it (BECAME read backwards)."""
    out: dict[str, list[gz.Unit]] = {}
    for t in gz.transitions():
        out.setdefault(t.new.uid, []).append(t.old)
    return out


@lru_cache(maxsize=65536)
def units_within(unit: str, era: str) -> frozenset[str] | None:
    """The uids of the units of `era` that `unit` is, became or came from, and every unit above them: the
    graph's `(x)-[:BECAME*0..1]-(:AdminUnit {era})-[:PART_OF*0..3]->(y)`, from the gazetteer the graph's
    AdminUnits are written from (`nqgraph init-db`). None for a uid the gazetteer does not hold."""
    u = gz.UnitUid.parse(unit)
    here = gz.get(u.code, u.level, u.era) if u.era in gz.ERAS and u.level in gz.LEVELS else None
    if here is None:
        return None
    if here.era == era:
        same_era = [here]
    elif era == gz.Y2025:
        same_era = gz.became(here)
    else:
        same_era = _legacy_units_of().get(here.uid, [])
    out: set[str] = set()
    for x in same_era:
        up: gz.Unit | None = x
        while up is not None:
            out.add(up.uid)
            up = gz.parent(up)
    return frozenset(out)


def _within(units: Iterable[str], era: str) -> list[str] | None:
    out: set[str] = set()
    for unit in units:
        w = units_within(unit, era)
        if w is None:
            return None
        out |= w
    return sorted(out)


def walk(db: Reader, uid: str) -> dict[str, dict[str, Any]]:
    """`uid` and every document implementing it within MAX_CHAIN links, by uid: a breadth-first walk down
    the IMPLEMENTS tree, one find_implementer_links call per level (three for 43-NQ/TW's cascade)."""
    links = get("find_implementer_links")
    found: dict[str, dict[str, Any]] = {}
    level, seen = [uid], {uid}
    for k in range(MAX_CHAIN + 1):
        below: list[str] = []
        # `read`, not `run`: there is no temporal value to convert (the date comes as text), and checking a
        # resolution's 60,000 values for one took about a third of the walk's time in a profile.
        rows = (rows_in(db, links.name, uids=level) if isinstance(db, ManagedTransaction)
                else read(db, links.cypher, {"uids": level}))
        for values in rows[0]["documents"]:
            r = dict(zip(_LINK_FIELDS, values, strict=True))
            r["issued_on"] = date.fromisoformat(r["issued_on"]) if r["issued_on"] else None
            found[r["uid"]] = r
            for c in r["implemented_by"] if k < MAX_CHAIN else ():
                if c not in seen:
                    seen.add(c)
                    below.append(c)
        if not below:
            break
        level = below
    return found


def implementers(db: Reader, uid: str, era: str) -> list[dict[str, Any]]:
    """find_implementers' rows in its order (depth, number, uid), with its uid, number, issued_on, level,
    depth, located and within, at a fraction of its cost: each document of the tree is read once (its links
    and its issuer's units), then depth comes from the links and `within` from the gazetteer in memory, where
    find_implementers enumerates each implementer's chains and walks PART_OF and BECAME in Neo4j (about
    2 million db hits for a resolution's 10,000 plans). The rest of a row is read only for the plans listed
    (`details`). Falls back to find_implementers for a cycle or a unit the gazetteer does not hold."""
    found = walk(db, uid)
    depth = longest_chains(uid, {u: r["implemented_by"] for u, r in found.items()})
    if depth is None or uid not in found:
        return run_on(db, "find_implementers", uid=uid, era=era)
    rows = [r for u, r in found.items() if u != uid]
    unlocated = [r["uid"] for r in rows if not r["units"]]
    borrowed = ({r["uid"]: r["units"] for r in run_on(db, "find_located_implementers", uids=unlocated)}
                if unlocated else {})
    out = []
    for r in rows:
        within = _within(r["units"] or borrowed.get(r["uid"], []), era)
        if within is None:
            return run_on(db, "find_implementers", uid=uid, era=era)
        out.append({**{k: r[k] for k in ("uid", "number", "issued_on", "level", "issuer")},
                    "depth": depth[r["uid"]], "located": bool(r["units"]), "within": within})
    # Cypher's ORDER BY depth, number, uid: a missing number sorts last.
    out.sort(key=lambda i: (i["depth"], i["number"] is None, i["number"] or "", i["uid"]))
    return out


def details(db: Reader, rows: list[dict[str, Any]]) -> list[Implementer]:
    """The implementers to list, whole: what `implementers` left out, read for these alone."""
    missing = list(dict.fromkeys(r["uid"] for r in rows if not all(k in r for k in _DETAILS)))
    found = run_on(db, "find_implementer_details", uids=missing)[0]["documents"] if missing else []
    more = {v[0]: dict(zip(("uid", *_DETAILS), v, strict=True)) for v in found}
    return [Implementer(**{**more.get(r["uid"], {}), **r}) for r in rows]


def _expected(db: ManagedTransaction, uid: str, era: str,
              unit: str | None) -> tuple[list[dict[str, Any]], set[str], str]:
    """The units expected to carry the document out, the uids of the tasks naming them, and whence."""
    if unit is not None:
        below = run_on(db, "find_child_units", unit=unit)
        if not below and not run_on(db, "find_admin_unit", uid=unit):
            raise NotFound(f"no administrative unit with uid {unit!r}")
        return below, set(), f"units directly below {unit}"
    named, naming_tasks = named_units(run_on(db, "find_assigned_units", uid=uid, era=era))
    if named:
        return named, naming_tasks, "named in the document's tasks"
    below = run_on(db, "find_expected_units", uid=uid, era=era)
    return below, naming_tasks, "units one level below the issuer"


def _units(db: ManagedTransaction, expected: list[dict[str, Any]], found: list[dict[str, Any]],
           due: date | None, as_of: date, plans: int | None) -> tuple[list[UnitCoverage], list[Implementer]]:
    """Each expected unit's state and plans, and the plans located nowhere (`plans` of each, listed whole)."""
    within: dict[str, list[dict[str, Any]]] = {}
    for i in found:
        for w in i["within"]:
            within.setdefault(w, []).append(i)
    nowhere = [i for i in found if not i["within"] and i["level"] != "central"][:plans]
    listed = details(db, [i for u in expected for i in within.get(u["uid"], [])[:plans]] + nowhere)
    shown = {i.uid: i for i in listed}
    units: list[UnitCoverage] = []
    for u in expected:
        rows = within.get(u["uid"], [])
        state = unit_state([i["issued_on"] for i in rows], due, as_of)
        units.append(UnitCoverage(**u, status="covered" if rows else "missing", state=state,
                                  overdue=state == "overdue", covered_by_total=len(rows),
                                  covered_by=[shown[i["uid"]] for i in rows[:plans]]))
    return units, [shown[i["uid"]] for i in nowhere]


def coverage(db: Reader, uid: str, as_of: date, unit: str | None = None,
             plans: int | None = None) -> CoverageOut:
    """Coverage one level below the issuer's unit, or below `unit` (a drill-down: province → district →
    commune, judged without the document's deadline, which is for the level it names). Plans issued
    after `as_of` do not count yet. `plans` cuts each unit's covered_by to its shallowest (the counts and
    states stay whole): a resolution's units hold every plan of its cascade."""
    if not isinstance(db, ManagedTransaction):
        # one transaction for the request's ten or so reads: one session and one commit, not one each
        return read_tx(db, lambda tx: coverage(tx, uid, as_of, unit, plans))
    scope = run_on(db, "get_coverage_scope", uid=uid)
    if not scope:
        raise NotFound(f"no document with uid {uid!r}")
    doc = scope[0]
    era = era_for(doc["issued_on"])
    expected, naming_tasks, expected_from = _expected(db, uid, era, unit)
    found = [i for i in implementers(db, uid, era) if i["issued_on"] is None or i["issued_on"] <= as_of]
    deadline = plan_deadline(doc["dated_tasks"], naming_tasks)
    if unit is not None and unit != (doc["unit"] or {}).get("uid"):
        # The document's deadline is for the level it names; below it, the plans in between set their own.
        deadline = None
    units, unknown = _units(db, expected, found, deadline.due if deadline else None, as_of, plans)
    by_level: dict[str, int] = {}
    for i in found:
        by_level[i["level"] or "unknown"] = by_level.get(i["level"] or "unknown", 0) + 1
    return CoverageOut(
        document=DocumentRef(**doc), issuer=doc["issuer"],
        issuer_unit=Unit(**doc["unit"]) if doc["unit"] else None, era=era, as_of=as_of, deadline=deadline,
        expected_from=expected_from, **_counts(units), units=units, unknown_locality=unknown,
        plans_by_level=by_level)


def _counts(units: list[UnitCoverage]) -> dict[str, Any]:
    """The units' totals by status and state, as CoverageOut's fields."""
    covered = sum(1 for u in units if u.status == "covered")
    return {"expected": len(units), "covered": covered, "missing": len(units) - covered,
            "overdue": sum(1 for u in units if u.overdue),
            "states": {s: sum(1 for u in units if u.state == s)
                       for s in ("on_time", "late", "not_yet", "overdue")}}


def page(c: CoverageOut, limit: int, offset: int) -> CoverageOut:
    """The counts whole, the units paged: a resolution's full answer lists every plan of the cascade once
    per province (4 MB for 43-NQ/TW)."""
    return c.model_copy(update={"units": c.units[offset:offset + limit], "limit": limit, "offset": offset})
