"""The query catalogue: one parameterised `.cypher` file per query, loaded by name and cached.

Each file opens with a header of `//` comment lines:

    // find_tasks: tasks by short label across documents.
    // params: label, level, province_key, body_key, limit
    // columns: uid, label, text, document, bodies

The header is checked against the body (every `$param` used is declared and every declared one is
used) so a caller can trust it, and `run` passes exactly the declared parameters.

Reads live here and run in read transactions (`run`); writes live in `write/` and run inside the
caller's write transaction (`run_write`), with the same header.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from neo4j import READ_ACCESS, Driver, ManagedTransaction, unit_of_work
from neo4j.time import Date, DateTime, Duration, Time

from config import get_settings

T = TypeVar("T")
_NAME = re.compile(r"^[a-z]+(_[a-z0-9]+)+$")  # verb_noun
_HEADER = re.compile(r"^//\s*(?P<key>params|columns):\s*(?P<value>.*)$")
_PARAM = re.compile(r"\$(?P<name>[A-Za-z_][A-Za-z0-9_]*)")
_STRING_OR_COMMENT = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*")


class CatalogueError(ValueError):
    """A `.cypher` file whose header does not describe its body."""


@dataclass(frozen=True)
class CatalogueQuery:
    name: str
    description: str
    params: tuple[str, ...]
    columns: tuple[str, ...]
    cypher: str


QUERY_DIR = Path(__file__).resolve().parent  # beside this module, installed as package data
WRITE_DIR = QUERY_DIR / "write"


def names() -> list[str]:
    return sorted(f.stem for f in QUERY_DIR.glob("*.cypher"))


def write_names() -> list[str]:
    return sorted(f.stem for f in WRITE_DIR.glob("*.cypher"))


def _split_list(value: str) -> tuple[str, ...]:
    value = value.strip()
    if value in ("", "-", "none"):
        return ()
    return tuple(p.strip().lstrip("$") for p in value.split(","))


def parse(name: str, text: str) -> CatalogueQuery:
    """Check the header against the body and return the query; raises CatalogueError."""
    if not _NAME.match(name):
        raise CatalogueError(f"{name}.cypher: query names are verb_noun in lower case")
    lines = text.splitlines()
    if not lines or not lines[0].startswith(f"// {name}:"):
        raise CatalogueError(f"{name}.cypher: first line must be '// {name}: <what it answers>'")
    description = lines[0].split(":", 1)[1].strip()
    fields: dict[str, tuple[str, ...]] = {}
    for line in lines[1:]:
        if not line.startswith("//"):
            break
        m = _HEADER.match(line)
        if m:
            fields[m["key"]] = _split_list(m["value"])
    for key in ("params", "columns"):
        if key not in fields:
            raise CatalogueError(f"{name}.cypher: header lacks '// {key}: ...'")
    if not fields["columns"]:
        raise CatalogueError(f"{name}.cypher: a query returns at least one column")
    body = _STRING_OR_COMMENT.sub("", text)
    used = {m["name"] for m in _PARAM.finditer(body)}
    declared = set(fields["params"])
    if used - declared:
        raise CatalogueError(f"{name}.cypher: parameters used but not declared: {sorted(used - declared)}")
    if declared - used:
        raise CatalogueError(f"{name}.cypher: parameters declared but not used: {sorted(declared - used)}")
    return CatalogueQuery(name, description, fields["params"], fields["columns"], text)


def _load(folder: Path, name: str, what: str) -> CatalogueQuery:
    path = folder / f"{name}.cypher"
    if not path.is_file():
        raise KeyError(f"no {what} named {name!r} in the catalogue")
    return parse(name, path.read_text(encoding="utf-8"))


@cache
def get(name: str) -> CatalogueQuery:
    return _load(QUERY_DIR, name, "query")


@cache
def get_write(name: str) -> CatalogueQuery:
    return _load(WRITE_DIR, name, "write query")


def read(driver: Driver, cypher: str, params: dict[str, Any] | None = None,
         timeout: float | None = None) -> list[dict[str, Any]]:
    """Run one query in a read transaction and return its rows as dicts (here, not in graph/, so that
    queries/ imports nothing of graph/ and graph/ may use the catalogue)."""
    s = get_settings()

    # Managed transactions take the timeout from unit_of_work (tx.run refuses Query objects).
    @unit_of_work(timeout=timeout or s.query_timeout)
    def work(tx: Any) -> list[dict[str, Any]]:
        return [r.data() for r in tx.run(cypher, params or {})]

    # READ access mode: the server refuses any write in it, whatever the Cypher says.
    with driver.session(database=s.neo4j_database, default_access_mode=READ_ACCESS) as sess:
        return sess.execute_read(work)


def _check_params(q: CatalogueQuery, params: dict[str, Any]) -> None:
    missing = set(q.params) - set(params)
    extra = set(params) - set(q.params)
    if missing or extra:
        raise TypeError(f"query {q.name}: missing parameters {sorted(missing)}, unknown {sorted(extra)}")


def run_write(tx: ManagedTransaction, name: str, **params: Any) -> list[dict[str, Any]]:
    """Run a write query inside the caller's write transaction; every declared parameter must be given."""
    q = get_write(name)
    _check_params(q, params)
    return [r.data() for r in tx.run(q.cypher, params)]  # type: ignore[arg-type]


def to_native(value: Any) -> Any:
    """Neo4j temporal values → Python ones, recursively, so rows serialise like plain data."""
    if isinstance(value, Date | DateTime | Time):
        return value.to_native()
    if isinstance(value, Duration):
        return str(value)
    if isinstance(value, dict):
        return {k: to_native(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_native(v) for v in value]
    return value


def read_tx(driver: Driver, work: Callable[[ManagedTransaction], T], timeout: float | None = None) -> T:
    """`work` in one read transaction: a request's several reads share one session and one commit (a `run`
    each costs its own, a few milliseconds a read on a busy machine)."""
    s = get_settings()

    @unit_of_work(timeout=timeout or s.query_timeout)
    def unit(tx: ManagedTransaction) -> T:
        return work(tx)

    with driver.session(database=s.neo4j_database, default_access_mode=READ_ACCESS) as sess:
        return sess.execute_read(unit)


def rows_in(tx: ManagedTransaction, name: str, **params: Any) -> list[dict[str, Any]]:
    """A catalogue read inside the caller's transaction (a request's `read_tx`, or the loader's transaction
    reading what it writes), each record taken as it comes.

    For reads that return values, maps and lists, never a node: `Record.data()` walks every value to turn
    nodes into dicts, a third of a 100-row page's hand-over and 12 ms of a provincial programme's
    coverage walk."""
    q = get(name)
    _check_params(q, params)
    return [dict(r.items()) for r in tx.run(q.cypher, params)]  # type: ignore[arg-type]


def run_in(tx: ManagedTransaction, name: str, **params: Any) -> list[dict[str, Any]]:
    """`rows_in` with Neo4j's temporal values made Python's, as `run` gives them."""
    return [to_native(row) for row in rows_in(tx, name, **params)]


def run_on(db: Driver | ManagedTransaction, name: str, **params: Any) -> list[dict[str, Any]]:
    """`run` on a driver (a transaction of its own), or `run_in` the caller's read transaction."""
    return run_in(db, name, **params) if isinstance(db, ManagedTransaction) else run(db, name, **params)


def run(driver: Driver, name: str, timeout: float | None = None, **params: Any) -> list[dict[str, Any]]:
    """Run a catalogue query in a read transaction; every declared parameter must be given."""
    q = get(name)
    _check_params(q, params)
    return [to_native(row) for row in read(driver, q.cypher, params, timeout=timeout)]
