"""What each page shows, read in one or a few catalogue queries; pure shaping lives here, not in templates."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

from neo4j import Driver

from api.alignment import METHOD, carrying_tasks
from api.coverage import coverage, plan_deadline
from api.errors import NotFound
from api.models import CoverageOut
from api.params import ascii_key, lucene_escape, lucene_query, name_key
from api.search import search_all
from graph.identity import era_for
from graph.model import FULLTEXT_INDEX
from loaders.tasks import quoted_name
from queries.catalogue import run

RANKING_TTL = 60.0
"""Seconds the home page's overdue ranking is kept: it runs coverage for every directive with a deadline."""
WHOLE_TREE = 1_000_000  # the document page draws the whole tree below it (the API pages it)


@dataclass
class _Cached:
    at: float
    as_of: date
    rows: list[dict[str, Any]]


_ranking: dict[int, _Cached] = {}
_lock = threading.Lock()


def forget_ranking() -> None:
    """After an upload the next home page recomputes."""
    with _lock:
        _ranking.clear()


def most_overdue(driver: Driver, as_of: date, limit: int = 8) -> list[dict[str, Any]]:
    """Directives whose deadline for lower plans has passed, by overdue units (cached RANKING_TTL s)."""
    with _lock:
        hit = _ranking.get(id(driver))
        if hit and hit.as_of == as_of and time.monotonic() - hit.at < RANKING_TTL:
            return hit.rows[:limit]
    rows = []
    for d in run(driver, "find_plan_directives", limit=200):
        deadline = plan_deadline(d["dated_tasks"])
        if deadline is None or deadline.due >= as_of:
            continue
        c = coverage(driver, d["uid"], as_of)
        if c.overdue:
            rows.append({**d, "overdue": c.overdue, "expected": c.expected, "covered": c.covered,
                         "due": c.deadline.due if c.deadline else None})
    rows.sort(key=lambda r: (-r["overdue"], r["uid"]))
    with _lock:
        _ranking[id(driver)] = _Cached(time.monotonic(), as_of, rows)
    return rows[:limit]


def home(driver: Driver, q: str | None, as_of: date) -> dict[str, Any]:
    out: dict[str, Any] = {"q": q or "", "as_of": as_of}
    if q and q.strip():
        hits = search_all(driver, q, limit=30) if (lucene_query(q) or any(c.isdigit() for c in q)) else None
        out["hits"] = hits
        out["docs"] = [h for h in hits.items if h.kind == "document"] if hits else []
        out["tasks"] = [h for h in hits.items if h.kind == "task"] if hits else []
        out["task_bodies"] = _bodies_of_tasks(driver, [h.uid for h in out["tasks"]])
        out["body_hits"] = run(driver, "find_bodies", name_key=name_key(q), ascii_key=ascii_key(q), skip=0,
                            limit=20)
    else:
        out["overdue"] = most_overdue(driver, as_of)
        out["recent"] = run(driver, "find_recent_documents", limit=8)
    return out


def _bodies_of_tasks(driver: Driver, uids: list[str]) -> dict[str, dict[str, Any]]:
    """Bodies and the document's place for task hits, so a search answers 'who, where' at once."""
    if not uids:
        return {}
    return {r["uid"]: r for r in run(driver, "find_tasks_by_uid", uids=uids)}


def document(driver: Driver, uid: str) -> dict[str, Any]:
    rows = run(driver, "get_document", uid=uid)
    if not rows:
        raise NotFound(f"no document with uid {uid!r}")
    r = rows[0]
    ancestors = run(driver, "get_ancestors", uid=uid, level=None, max_depth=10)
    chain = max(ancestors, key=lambda a: (a["depth"], a["level"] == "central"))["path"] if ancestors else []
    descendants = run(driver, "get_descendants", uid=uid, level=None, max_depth=10, skip=0,
                      limit=WHOLE_TREE)
    return {**r, "chain": list(reversed(chain))[:-1], "tree": tree(uid, descendants),
            "max_depth": max((n["depth"] for n in descendants), default=0), "n_descendants": len(descendants),
            "browser_query": browser_query(uid)}


def tree(root: str, nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Descendants as nested children: each node hangs under the second-to-last node of its longest path."""
    children: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n in nodes:
        parent = n["path"][-2]["uid"] if len(n["path"]) >= 2 else root
        children[parent].append(n)

    def build(uid: str, seen: frozenset[str]) -> list[dict[str, Any]]:
        return [{**n, "children": build(n["uid"], seen | {n["uid"]})}
                for n in sorted(children.get(uid, []), key=_tree_order) if n["uid"] not in seen]

    return build(root, frozenset({root}))


_LEVEL_ORDER = {"central": 0, "province": 1, "district": 2, "commune": 3}


def _tree_order(n: dict[str, Any]) -> tuple[Any, ...]:
    loc = n.get("locality") or {}
    return (_LEVEL_ORDER.get(n.get("level") or "", 9), loc.get("province") or "~", loc.get("district") or "~",
            loc.get("commune") or "~", n.get("number") or "~", n["uid"])


def source_text(driver: Driver, uid: str) -> str:
    """Only a file under the working directory whose bytes still hash to what was loaded is shown."""
    import hashlib
    from pathlib import Path

    rows = run(driver, "find_documents_by_uid", uid=uid)
    if not rows:
        raise NotFound(f"no document with uid {uid!r}")
    doc = run(driver, "get_document", uid=uid)[0]["document"]
    rel, sha = doc.get("source_path"), doc.get("sha256")
    root = Path.cwd().resolve()
    path = (root / rel).resolve() if rel else None
    if path is None or not path.is_relative_to(root) or not path.is_file():
        raise NotFound(f"the source file of {uid!r} is not on this server")
    raw = path.read_bytes()
    if hashlib.sha256(raw).hexdigest() != sha:
        raise NotFound(f"the source file of {uid!r} has changed since it was loaded")
    return raw.decode("utf-8", errors="replace")


def browser_query(uid: str) -> str:
    """A Cypher query for the Browser: the document, its cascade below and its chain above."""
    esc = uid.replace("\\", "\\\\").replace("'", "\\'")
    return (f"MATCH (d:Document {{uid: '{esc}'}})\n"
            "OPTIONAL MATCH down = (:Document)-[:IMPLEMENTS*1..4]->(d)\n"
            "OPTIONAL MATCH up = (d)-[:IMPLEMENTS*1..4]->(:Document)\n"
            "RETURN d, down, up")


def browser_link(base: str, query: str) -> str:
    """Neo4j Browser 5 opens with the query typed in from `?cmd=edit&arg=...`."""
    return f"{base}?cmd=edit&arg={quote(query, safe='')}"


def coverage_page(driver: Driver, uid: str, as_of: date, unit: str | None) -> dict[str, Any]:
    c = coverage(driver, uid, as_of, unit)
    mapping = {r["uid"]: r["mapped"] for r in run(driver, "find_unit_mapping", uids=[u.uid for u in c.units])}
    here = run(driver, "find_admin_unit", uid=unit)[0] if unit else None
    if here:
        here["parents"].sort(key=lambda p: _LEVEL_ORDER.get(p["level"], 9))
    counts = coverage_counts(c)
    return {"c": c, "mapping": mapping, "unit": here, "counts": counts,
            "drillable": {u.uid for u in c.units if u.level in ("province", "district")},
            "era": era_for(c.document.issued_on)}


STATES = ("on_time", "late", "not_yet", "overdue")


def coverage_counts(c: CoverageOut) -> dict[str, dict[str, float]]:
    n = len(c.units)
    out = {}
    for s in STATES:
        k = sum(1 for u in c.units if u.state == s)
        out[s] = {"n": k, "pct": round(100.0 * k / n, 1) if n else 0.0}
    return out


def coverage_rows(c: CoverageOut, mapping: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The table as plain rows: what the page shows is what CSV and XLSX export."""
    rows = []
    for u in c.units:
        dated = sorted(i.issued_on for i in u.covered_by if i.issued_on)
        rows.append({
            "code": u.code or "", "unit": u.name or u.short_name or u.uid, "level": u.level or "",
            "state": u.state, "plans": "; ".join(i.caption or i.number or i.uid for i in u.covered_by),
            "first_plan": dated[0].isoformat() if dated else "",
            "mapped": "; ".join(m["name"] for m in mapping.get(u.uid, [])),
            "uid": u.uid,
        })
    return rows


def task_page(driver: Driver, uid: str, as_of: date) -> dict[str, Any]:
    rows = run(driver, "get_task", uid=uid)
    if not rows:
        raise NotFound(f"no task with uid {uid!r}")
    t = rows[0]
    lower = carrying_tasks(driver, uid)
    phrase = quoted_name(t["text"] or "")
    same = []
    if phrase:
        same = [r for r in run(driver, "find_tasks_by_text", index=FULLTEXT_INDEX,
                               query=f'"{lucene_escape(phrase)}"', limit=50)]
    return {"task": t, "lower": lower, "method": METHOD, "phrase": phrase, "same": by_locality(same),
            "as_of": as_of, "overdue": is_overdue(t["deadline"], as_of)}


def by_locality(tasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Tasks grouped by province (then district, commune): 'who does it, where'."""
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for t in tasks:
        loc = t["document"]["locality"]
        groups[(loc.get("province") or "", loc.get("district") or "", loc.get("commune") or "")].append(t)
    return [{"province": k[0], "district": k[1], "commune": k[2], "tasks": v}
            for k, v in sorted(groups.items(), key=lambda kv: (kv[0][0] == "", kv[0]))]


def is_overdue(deadline: dict[str, Any], as_of: date) -> bool:
    due = deadline.get("due")
    return bool(due and due < as_of)


def body_page(driver: Driver, uid: str, as_of: date, limit: int, offset: int) -> dict[str, Any]:
    body = run(driver, "get_body", uid=uid)
    if not body:
        raise NotFound(f"no body with uid {uid!r}")
    tasks = run(driver, "get_body_tasks", uid=uid, skip=offset, limit=limit)
    total = run(driver, "get_body_tasks_total", uid=uid)[0]["total"]
    for t in tasks:
        t["overdue"] = is_overdue(t["deadline"], as_of)
    return {"b": body[0], "tasks": tasks, "total": total, "limit": limit, "offset": offset, "as_of": as_of,
            "n_overdue": sum(1 for t in tasks if t["overdue"])}
