"""`nqgraph load`: parse files, plan identities, check the batch, write one transaction per document.

A document is one Cypher statement in one transaction: an `UNWIND $rows ... MERGE` on uid per kind of
node and relationship, values as parameters, so loading the same files again changes nothing.
Documents are written WORKERS at a time. What the graph ends with does not depend on the order of
loading:
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
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from neo4j import Driver, ManagedTransaction, Session

from graph.batch import Plan, check_batch, conflicting_facts, plan_record
from graph.caption import caption, title_from
from graph.identity import TASK_SEP, Places, doc_uid, resolve_undated
from graph.model import DocStatus, Label, Rel
from loaders.errors import ParseError
from loaders.normalise import strip_diacritics
from loaders.records import Record
from nqgraph.settings import get_settings

_D, _T, _B, _A, _P = (Label.DOCUMENT.value, Label.TASK.value, Label.BODY.value, Label.ADMIN_UNIT.value,
                      Label.PERSON.value)
_LOADED, _STUB = DocStatus.LOADED.value, DocStatus.STUB.value
WORKERS = 1
"""Documents written at a time. More workers bought nothing on a 2-core machine (the server is the
bottleneck, commits are cheap) and documents citing the same central documents deadlock on their
shared stubs and bodies (retried by the driver, but each retry waits about a second)."""

_BODIES = f"""
UNWIND $bodies AS r
MERGE (b:{_B} {{uid: r.uid}})
  ON CREATE SET b.name = r.name, b.name_key = r.name_key, b.kind = r.kind, b.level = r.level,
                b.aliases = r.aliases
WITH b, r, [a IN r.aliases WHERE NOT a IN b.aliases] AS new_aliases,
     [k IN r.search_keys WHERE NOT k IN coalesce(b.search_keys, [])] AS new_keys
FOREACH (_ IN CASE WHEN size(new_aliases) > 0 THEN [1] ELSE [] END | SET b.aliases = b.aliases + new_aliases)
FOREACH (_ IN CASE WHEN size(new_keys) > 0 THEN [1] ELSE [] END
         | SET b.search_keys = coalesce(b.search_keys, []) + new_keys)
FOREACH (_ IN CASE WHEN size(r.name) > size(b.name) THEN [1] ELSE [] END | SET b.name = r.name)
WITH b, r WHERE r.unit IS NOT NULL AND NOT EXISTS {{ (b)-[:{Rel.LOCATED_IN}]->(:{_A}) }}
MATCH (a:{_A} {{uid: r.unit}})
MERGE (b)-[:{Rel.LOCATED_IN}]->(a)
"""

_DOCUMENT = f"""
MERGE (d:{_D} {{uid: $doc.uid}})
SET d.loaded_at = CASE WHEN d.status = '{_LOADED}' AND d.sha256 = $doc.sha256 AND d.loaded_at IS NOT NULL
                       THEN d.loaded_at ELSE datetime() END
SET d += $doc, d.issued_on = date($doc.issued_on), d.cited_as = coalesce(d.cited_as, [])
WITH d
OPTIONAL MATCH (d)-[old:{Rel.ISSUED_BY}]->(:{_B})
DELETE old
WITH DISTINCT d
OPTIONAL MATCH (d)-[:{Rel.HAS_TASK}]->(gone:{_T}) WHERE NOT gone.label IN $task_labels
DETACH DELETE gone
WITH DISTINCT d
OPTIONAL MATCH (b:{_B}) WHERE b.uid IN $issuers
FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END | MERGE (d)-[:{Rel.ISSUED_BY}]->(b))
"""

_STUBS = f"""
UNWIND $stubs AS r
OPTIONAL MATCH (e:{_D} {{uid: r.uid}})
WITH r, e IS NULL AS created
MERGE (d:{_D} {{uid: r.uid}})
  ON CREATE SET d.status = '{_STUB}', d.number = r.number, d.doc_type = r.doc_type,
                d.issued_on = date(r.issued_on), d.level = r.level, d.scope = r.scope,
                d.cited_as = r.texts, d.issuer_name = r.issuer_name, d.caption = r.caption
WITH d, r, created, [t IN r.texts WHERE NOT t IN d.cited_as] AS new_texts
FOREACH (_ IN CASE WHEN size(new_texts) > 0 THEN [1] ELSE [] END | SET d.cited_as = d.cited_as + new_texts)
FOREACH (_ IN CASE WHEN d.status = '{_STUB}' AND r.issuer_name IS NOT NULL
                    AND (d.issuer_name IS NULL OR size(r.issuer_name) > size(d.issuer_name))
               THEN [1] ELSE [] END | SET d.issuer_name = r.issuer_name)
FOREACH (_ IN CASE WHEN d.status = '{_STUB}' AND r.title IS NOT NULL
                    AND (d.title IS NULL OR size(r.title) > size(d.title)
                         OR (size(r.title) = size(d.title) AND r.title < d.title))
               THEN [1] ELSE [] END | SET d.title = r.title)
SET d.caption = coalesce(d.caption, r.caption)
WITH d, r, created
OPTIONAL MATCH (b:{_B} {{uid: r.body}}) WHERE d.status = '{_STUB}'
FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END | MERGE (d)-[:{Rel.ISSUED_BY}]->(b))
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created
"""

_TASKS = f"""
MATCH (d:{_D} {{uid: $doc.uid}})
UNWIND $tasks AS r
MERGE (t:{_T} {{uid: $doc.uid + '{TASK_SEP}' + r.label}})
SET t += r, t.deadline_due = date(r.deadline_due), t.doc_uid = $doc.uid
MERGE (d)-[:{Rel.HAS_TASK}]->(t)
"""

_SUBTASKS = f"""
UNWIND $subtasks AS r
MATCH (c:{_T} {{uid: $doc.uid + '{TASK_SEP}' + r.child}}),
      (p:{_T} {{uid: $doc.uid + '{TASK_SEP}' + r.parent}})
MERGE (c)-[:{Rel.SUBTASK_OF}]->(p)
"""

_ASSIGNED = f"""
UNWIND $assigned AS r
MATCH (t:{_T} {{uid: $doc.uid + '{TASK_SEP}' + r.task}}), (b:{_B} {{uid: r.body}})
MERGE (t)-[:{Rel.ASSIGNED_TO} {{role: r.role}}]->(b)
"""

_CITES = f"""
UNWIND $cites AS r
MATCH (a:{_D} {{uid: r.src}}), (b:{_D} {{uid: r.dst}})
MERGE (a)-[c:{Rel.CITES}]->(b)
  ON CREATE SET c.undated = r.undated
SET c.text = CASE WHEN c.text IS NULL OR r.text < c.text THEN r.text ELSE c.text END,
    c.undated = c.undated AND r.undated
"""

_IMPLEMENTS = f"""
UNWIND $implements AS r
MATCH (a:{_D} {{uid: r.src}}), (b:{_D} {{uid: r.dst}})
MERGE (a)-[i:{Rel.IMPLEMENTS}]->(b)
  ON CREATE SET i.undated = r.undated, i.undated_src = r.undated_src
SET i.undated = i.undated AND r.undated, i.undated_src = i.undated_src AND r.undated_src,
    i.evidence = CASE
  WHEN i.evidence = 'preamble' OR r.evidence = 'preamble' THEN 'preamble'
  WHEN i.evidence = 'title' OR r.evidence = 'title' THEN 'title'
  ELSE 'citation' END
"""

_SENT_TO = f"""
MATCH (d:{_D} {{uid: $doc.uid}})
UNWIND $sent_to AS uid
MATCH (b:{_B} {{uid: uid}})
MERGE (d)-[:{Rel.SENT_TO}]->(b)
"""

_SIGNED_BY = f"""
UNWIND $persons AS person
MATCH (d:{_D} {{uid: $doc.uid}})
MERGE (p:{_P} {{uid: person.uid}}) SET p.name = person.name
MERGE (d)-[s:{Rel.SIGNED_BY}]->(p)
SET s.title = person.title, s.on_behalf_of = person.on_behalf_of
"""


def _unit(statement: str) -> str:
    return "CALL () {" + statement.rstrip() + "\n}\n"


# One statement per document: each kind of node and relationship is one UNWIND inside it.
_WRITE_DOCUMENT = (
    f"OPTIONAL MATCH (old:{_D} {{uid: $doc.uid}})\nWITH old.status AS before\n"
    + _unit(_BODIES) + _unit(_DOCUMENT)
    + "CALL () {" + _STUBS + "}\n"
    + "".join(_unit(q) for q in (_TASKS, _SUBTASKS, _ASSIGNED, _CITES, _IMPLEMENTS, _SENT_TO, _SIGNED_BY))
    + "RETURN before, created"
)

_KEY_NODES = f"""
UNWIND $keys AS k
MATCH (d:{_D} {{number: k[0]}}) WHERE d.scope = k[1]
RETURN k[0] AS number, k[1] AS scope, d.uid AS uid, d.issued_on IS NOT NULL AS dated, d.status AS status,
       d.doc_type AS doc_type, d.level AS level
"""

_UNDATED_STUB = f"""
MERGE (u:{_D} {{uid: $uid}})
  ON CREATE SET u.status = '{_STUB}', u.number = $number, u.scope = $scope, u.doc_type = $doc_type,
                u.level = $level, u.issued_on = null, u.cited_as = []
"""

# Flagged edges of the other nodes of one number+scope move to the target node.
_MOVE_CITES = f"""
MATCH (t:{_D} {{uid: $target}})
UNWIND $others AS o
MATCH (a:{_D})-[r:{Rel.CITES}]->(:{_D} {{uid: o}}) WHERE r.undated AND a <> t
MERGE (a)-[n:{Rel.CITES}]->(t)
  ON CREATE SET n.text = r.text, n.undated = true
SET n.text = CASE WHEN r.text < n.text THEN r.text ELSE n.text END,
    t.cited_as = coalesce(t.cited_as, []) + [x IN [r.text] WHERE NOT x IN coalesce(t.cited_as, [])]
DELETE r
"""

_MOVE_IMPLEMENTS_IN = f"""
MATCH (t:{_D} {{uid: $target}})
UNWIND $others AS o
MATCH (a:{_D})-[r:{Rel.IMPLEMENTS}]->(:{_D} {{uid: o}}) WHERE r.undated AND a <> t
MERGE (a)-[n:{Rel.IMPLEMENTS}]->(t)
  ON CREATE SET n.evidence = r.evidence, n.undated = true, n.undated_src = r.undated_src
DELETE r
"""

_MOVE_IMPLEMENTS_OUT = f"""
MATCH (t:{_D} {{uid: $target}})
UNWIND $others AS o
MATCH (:{_D} {{uid: o}})-[r:{Rel.IMPLEMENTS}]->(b:{_D}) WHERE r.undated_src AND b <> t
MERGE (t)-[n:{Rel.IMPLEMENTS}]->(b)
  ON CREATE SET n.evidence = r.evidence, n.undated = r.undated, n.undated_src = true
DELETE r
"""

_DROP_EMPTY_UNDATED = f"""
MATCH (u:{_D} {{uid: $uid, status: '{_STUB}'}}), (t:{_D} {{uid: $target}})
SET t.cited_as = coalesce(t.cited_as, []) + [x IN u.cited_as WHERE NOT x IN coalesce(t.cited_as, [])]
DETACH DELETE u
"""

_OWN_RELS = "|".join(r.value for r in (Rel.ISSUED_BY, Rel.SENT_TO, Rel.SIGNED_BY, Rel.CITES, Rel.IMPLEMENTS))
_CITED = f"{Rel.CITES}|{Rel.IMPLEMENTS}"

_RETIRE = f"""
MATCH (old:{_D} {{sha256: $sha256, status: '{_LOADED}'}}) WHERE old.uid <> $uid
CALL (old) {{
  OPTIONAL MATCH (old)-[:{Rel.HAS_TASK}]->(t:{_T})
  OPTIONAL MATCH (t)-[:{Rel.ASSIGNED_TO}]->(b:{_B})
  OPTIONAL MATCH (old)-[:{_OWN_RELS}]->(n)
  OPTIONAL MATCH (n:{_D} {{status: '{_STUB}'}})-[:{Rel.ISSUED_BY}]->(sb:{_B})
  RETURN [x IN collect(DISTINCT b.uid) + collect(DISTINCT n.uid) + collect(DISTINCT sb.uid)
          WHERE x IS NOT NULL] AS neighbours
}}
CALL (old) {{
  OPTIONAL MATCH (old)-[:{Rel.HAS_TASK}]->(t:{_T})
  DETACH DELETE t
}}
CALL (old) {{
  OPTIONAL MATCH (old)-[r:{_OWN_RELS}]->()
  DELETE r
}}
SET old.status = '{_STUB}', old.sha256 = null, old.source_path = null, old.warnings = null
RETURN old.uid AS uid, neighbours
"""

# Nodes left with nothing: stubs nobody cites or implements, then bodies (LOCATED_IN aside), persons.
_DROP_ORPHAN_STUBS = f"""
UNWIND $uids AS u
MATCH (d:{_D} {{uid: u, status: '{_STUB}'}}) WHERE NOT EXISTS {{ (d)<-[:{_CITED}]-() }}
DETACH DELETE d
"""
_DROP_ORPHANS = f"""
UNWIND $uids AS u
CALL (u) {{
  MATCH (b:{_B} {{uid: u}}) WHERE NOT EXISTS {{ (b)-[r]-() WHERE type(r) <> '{Rel.LOCATED_IN}' }}
  DETACH DELETE b
}}
CALL (u) {{
  MATCH (p:{_P} {{uid: u}}) WHERE NOT EXISTS {{ (p)--() }}
  DELETE p
}}
"""

_LOADED_CLAIMS = f"""
UNWIND $uids AS u
MATCH (d:{_D} {{uid: u, status: '{_LOADED}'}})
RETURN d.uid AS uid, d.sha256 AS sha256, d.source_path AS source_path, d.doc_type AS doc_type,
       d.title AS title, d.issuer_name AS issuer_name, d.level AS level
"""

_DATED = f"""
UNWIND $numbers AS n
MATCH (d:{_D} {{number: n}}) WHERE d.issued_on IS NOT NULL
RETURN d.number AS number, d.scope AS scope, d.uid AS uid
"""


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

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents_loaded": self.loaded, "stubs_created": self.stubs_created,
            "stubs_completed": self.stubs_completed, "tasks": self.tasks,
            "warnings_by_kind": dict(sorted(self.warnings.items())),
            "batch_warnings": self.batch_warnings,
            "failed": [{"path": p, "reason": r} for p, r in self.failed],
            "documents": self.documents,
        }

    def as_text(self) -> str:
        lines = [f"documents loaded: {self.loaded}  tasks: {self.tasks}  stubs created: {self.stubs_created}"
                 f"  stubs completed: {self.stubs_completed}  files failed: {len(self.failed)}"]
        lines += [f"  warning {kind}: {n}" for kind, n in sorted(self.warnings.items())]
        lines += [f"  batch: {w}" for w in self.batch_warnings]
        lines += [f"  failed {p}: {r}" for p, r in self.failed]
        return "\n".join(lines)


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


def _relative(path: Path) -> Path:
    """A path under the working directory is stored relative to it, so the graph names no machine path."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders as every file below them (loaders.read.discover: any format, sniffed
    when read; hidden ones skipped), each relative to the working directory when under it."""
    from loaders.read import discover

    return [_relative(p) for p in discover(paths)]


def _bar(total: int, enabled: bool) -> Any:
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="load", unit="doc", file=sys.stderr)


def _progress(items: list[Any], enabled: bool, desc: str) -> Iterable[Any]:
    if not enabled or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, desc=desc, unit="doc", file=sys.stderr)


def ocr_page_reporter(path: Path, bar: Any = None) -> Callable[[int, int], None]:
    """A line per OCR'd page on stderr: OCR takes seconds a page, and a silent minute looks like a hang.

    Through the parse bar's own writer when there is one, so the bar is not torn.
    """
    def report(done: int, total: int) -> None:
        line = f"OCR {path.as_posix()}: page {done}/{total}"
        if hasattr(bar, "write"):
            bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr, flush=True)
    return report


def load_paths(driver: Driver, paths: list[Path], progress: bool = False,
               places: Places | None = None, workers: int = WORKERS) -> LoadSummary:
    """Parse every file (a failure is reported and skipped) and load the records that parse."""
    from loaders.parse import parse_file

    records: list[Record] = []
    failed: list[tuple[str, str]] = []
    items = _progress(expand_paths(paths), progress, "parse")
    for path in items:
        try:
            records.append(parse_file(path, progress=ocr_page_reporter(path, items) if progress else None))
        except ParseError as exc:
            failed.append((path.as_posix(), str(exc)))
        except Exception as exc:  # noqa: BLE001 - unreadable input or a parser bug: report, keep going
            failed.append((path.as_posix(), f"{type(exc).__name__}: {exc}"))
    summary = load_records(driver, records, progress=progress, places=places, workers=workers)
    summary.failed = failed + summary.failed
    return summary


def load_records(driver: Driver, records: list[Record], progress: bool = False,
                 places: Places | None = None, workers: int = WORKERS) -> LoadSummary:
    """Plan, check and write records: one write transaction per document, `workers` at a time, then
    one transaction settling the undated mentions of every number the batch touched (`_reconcile`)."""
    if records:
        from graph.gazetteer import require_gazetteer

        require_gazetteer(driver)
    if places is None:
        from graph.places import default_places

        places = default_places()
    summary = LoadSummary()
    plans: list[Plan] = []
    for rec in records:
        try:
            plans.append(plan_record(rec, places))
        except Exception as exc:  # noqa: BLE001 - one bad record must not stop the batch
            summary.failed.append((rec.source.path, f"cannot plan: {type(exc).__name__}: {exc}"))
    plans = _dedupe(plans)
    resolved = _settle_undated(driver, plans)
    summary.batch_warnings = check_batch(plans, resolved) + _check_loaded(driver, plans)

    def write(p_i: int) -> tuple[int, int]:
        plan = plans[p_i]
        uids = [resolved.get((p_i, i), m.uid) for i, m in enumerate(plan.mentions)]
        with _session(driver) as sess:
            return sess.execute_write(_write_plan, plan, uids)

    bar = _bar(len(plans), progress)
    outcomes: dict[int, tuple[int, int] | Exception] = {}

    def record(p_i: int, run: Any) -> None:
        try:
            outcomes[p_i] = run()
        except Exception as exc:  # noqa: BLE001 - reported per file; the transaction rolled back
            outcomes[p_i] = exc
        if bar is not None:
            bar.update(1)

    if workers <= 1:
        for p_i in range(len(plans)):
            record(p_i, lambda p_i=p_i: write(p_i))
    else:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(write, p_i): p_i for p_i in range(len(plans))}
            for fut in as_completed(futures):
                record(futures[fut], fut.result)
    if bar is not None:
        bar.close()
    keys: set[tuple[str, str]] = set()
    for p_i, plan in enumerate(plans):
        outcome = outcomes[p_i]
        if isinstance(outcome, Exception):
            summary.failed.append((plan.source, f"write failed: {type(outcome).__name__}: {outcome}"))
            continue
        created, completed = outcome
        keys |= plan_keys(plan)
        summary.loaded += 1
        summary.tasks += len(plan.tasks)
        summary.stubs_created += created
        summary.stubs_completed += completed
        summary.documents.append(plan.uid)
        for w in [*plan.record.warnings, *plan.warnings]:
            summary.warnings[warning_kind(w)] += 1
    with _session(driver) as sess:
        if keys:
            sess.execute_write(_reconcile, keys)
        if summary.loaded:
            # The full-text index is eventually consistent (graph/schema.cypher): wait once per batch
            # so a search right after a load sees what was loaded.
            sess.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume()
    if summary.loaded:
        from graph.align_db import recompute

        recompute(driver, summary.documents)  # task alignment of what this batch can change
    return summary


def _check_loaded(driver: Driver, plans: list[Plan]) -> list[str]:
    """A file claiming the identity of another file already loaded, with other facts: both named.

    The new file is still written (the newest text of a document wins), so the warning is the trace.
    """
    with _session(driver) as sess:
        rows = sess.execute_read(lambda tx: [r.data() for r in tx.run(_LOADED_CLAIMS,
                                                                       uids=[p.uid for p in plans])])
    found = {r["uid"]: r for r in rows}
    warnings = []
    for p in plans:
        old = found.get(p.uid)
        if old is None or old["sha256"] == p.record.source.sha256:
            continue
        diff = conflicting_facts(old, p.doc)
        if diff:
            warnings.append(f"identity conflict: {p.uid} claimed by {old['source_path']} (loaded) and "
                            f"{p.source} with different {', '.join(diff)}")
    return warnings


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
    dated: dict[tuple[str, str], set[str]] = {}
    for p in plans:
        if p.key is not None and p.record.issued_on is not None:
            dated.setdefault(p.key, set()).add(p.uid)
        for m in p.mentions:
            if m.issued_on is not None:
                dated.setdefault(m.key, set()).add(m.uid)
    numbers = sorted({m.number for m in undated.values()})
    with _session(driver) as sess:
        rows = sess.execute_read(lambda tx: [r.data() for r in tx.run(_DATED, numbers=numbers)])
    for r in rows:
        dated.setdefault((r["number"], r["scope"]), set()).add(r["uid"])
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
    rows = tx.run(_RETIRE, sha256=plan.record.source.sha256, uid=plan.uid).data()
    if not rows:
        return []
    neighbours = sorted({n for r in rows for n in r["neighbours"]})
    tx.run(_DROP_ORPHAN_STUBS, uids=neighbours + [r["uid"] for r in rows]).consume()
    tx.run(_DROP_ORPHANS, uids=neighbours).consume()
    return [r["uid"] for r in rows]


def _write_plan(tx: ManagedTransaction, plan: Plan, uids: list[str]) -> tuple[int, int]:
    """The whole document in the caller's transaction; returns (stubs created, stubs completed)."""
    _retire_reparsed(tx, plan)
    stubs: dict[str, dict[str, Any]] = {}
    texts: dict[str, list[str]] = {}
    for i, m in enumerate(plan.mentions):
        uid = uids[i]
        if uid == plan.uid:
            continue
        texts.setdefault(uid, [])
        if m.text not in texts[uid]:
            texts[uid].append(m.text)
        row = stubs.setdefault(uid, {
            "uid": uid, "number": m.number, "doc_type": m.doc_type, "level": m.level, "scope": m.scope,
            "issued_on": uid.rsplit("@", 1)[-1] if not uid.endswith("@undated") else None,
            "issuer_name": None, "body": None, "body_len": 0, "texts": texts[uid],
            "caption": caption(m.doc_type, m.number), "title": None})
        if row["title"] is None:
            row["title"] = title_from(m.text, [plan.record.title or ""])
        if m.issuer and (row["issuer_name"] is None or len(m.issuer) > len(row["issuer_name"])):
            row["issuer_name"] = m.issuer
        # Undated mentions move between nodes (_reconcile); the issuers they name do not follow them.
        if m.issuer and m.issued_on is not None and i in plan.mention_issuer and (
                row["body"] is None or len(m.issuer) > row["body_len"]):
            row["body"], row["body_len"] = plan.mention_issuer[i], len(m.issuer)
    def uid_of(i: int | None) -> str:
        return plan.uid if i is None else uids[i]

    def label(task: str) -> str:
        """Rows carry task labels; the statement builds uids (identity.task_uid) to halve the payload."""
        return task[len(plan.uid) + len(TASK_SEP):]

    def undated(i: int | None) -> bool:
        return i is not None and plan.mentions[i].issued_on is None

    cites = [{"src": plan.uid, "dst": uids[i], "text": text, "undated": undated(i)}
             for i, text in plan.cites if uids[i] != plan.uid]
    impl = [{"src": uid_of(a), "dst": uid_of(b), "evidence": ev, "undated": undated(b),
             "undated_src": undated(a)} for a, b, ev in plan.implements if uid_of(a) != uid_of(b)]
    doc = {**plan.doc, "warnings": [*plan.doc["warnings"], *plan.warnings]}  # the parser's, then the loader's
    rec = tx.run(_WRITE_DOCUMENT, bodies=_body_rows(plan), doc=doc,
                 issuers=[plan.issuer] if plan.issuer else [],
                 task_labels=[t["label"] for t in plan.tasks], stubs=[stubs[k] for k in sorted(stubs)],
                 tasks=[{k: v for k, v in t.items() if k not in ("uid", "doc_uid")} for t in plan.tasks],
                 subtasks=[{"child": label(r["child"]), "parent": label(r["parent"])} for r in plan.subtasks],
                 assigned=sorted(({**r, "task": label(r["task"])} for r in plan.assigned),
                                 key=lambda r: (r["body"], r["task"])),
                 cites=sorted(cites, key=lambda r: r["dst"]),
                 implements=sorted(impl, key=lambda r: (r["dst"], r["src"])),
                 sent_to=sorted(set(plan.sent_to)), persons=[plan.signer] if plan.signer else []).single()
    created = int(rec["created"]) if rec else 0
    completed = 1 if rec is not None and rec["before"] == _STUB else 0
    return created, completed


def plan_keys(plan: Plan) -> set[tuple[str, str]]:
    keys = {m.key for m in plan.mentions}
    if plan.key is not None:
        keys.add(plan.key)
    return keys


def _reconcile(tx: ManagedTransaction, keys: set[tuple[str, str]]) -> None:
    """Settle the undated mentions of these numbers+scopes on the node the module docstring names."""
    nodes: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
    for r in tx.run(_KEY_NODES, keys=[list(k) for k in sorted(keys)]):
        nodes.setdefault((r["number"], r["scope"]), {})[r["uid"]] = r.data()
    for (number, scope), found in sorted(nodes.items()):
        undated_uid = doc_uid(number, scope, None)
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
            flagged = tx.run(f"UNWIND $others AS o MATCH (:{_D} {{uid: o}})-[r]-() "
                             "WHERE r.undated_src OR (r.undated AND endNode(r).uid = o) RETURN count(r) AS n",
                             others=others).single()
            if not flagged or flagged["n"] == 0:
                continue
            some = found[dated[0]]
            tx.run(_UNDATED_STUB, uid=target, number=number, scope=scope, doc_type=some["doc_type"],
                   level=some["level"]).consume()
        for move in (_MOVE_CITES, _MOVE_IMPLEMENTS_IN, _MOVE_IMPLEMENTS_OUT):
            tx.run(move, target=target, others=others).consume()
        if u is not None and target != undated_uid:
            tx.run(_DROP_EMPTY_UNDATED, uid=undated_uid, target=target).consume()
