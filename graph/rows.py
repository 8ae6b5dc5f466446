"""The typed write plan: one frozen dataclass per kind of row the writer sends to Neo4j.

A row is resolved when it is built (uids settled, dates as ISO strings, lists deduplicated), so the
writer only groups and sorts rows; `params` turns them into the plain dicts the driver packs, at the
driver call and nowhere else. Task rows carry labels, not task uids: the statements build the uid
(`doc + '#' + label`, graph.identity.TaskUid) so rows stay lean.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any

_PLAIN = frozenset({str, int, float, bool, type(None)})
_PLAIN_NAMES = frozenset({"str", "int", "float", "bool", "None"})


@dataclass(frozen=True)
class _Shape:
    """How a row class becomes a dict: fields typed plain (str, int, ... or None) are read in one
    `attrgetter` call and taken as they are; the others (tuples, nested rows) are converted."""

    plain: tuple[str, ...]
    get: Callable[[Any], tuple[Any, ...]]
    nested: tuple[str, ...]


_SHAPES: dict[type, _Shape] = {}


def _shape(cls: type) -> _Shape:
    shape = _SHAPES.get(cls)
    if shape is None:
        fs = fields(cls)
        plain = tuple(f.name for f in fs if set(re.findall(r"\w+", str(f.type))) <= _PLAIN_NAMES)
        getter = attrgetter(*plain) if plain else (lambda _row: ())
        get = getter if len(plain) != 1 else (lambda row, g=getter: (g(row),))
        shape = _SHAPES[cls] = _Shape(plain, get, tuple(f.name for f in fs if f.name not in plain))
    return shape


def params(row: Any) -> dict[str, Any]:
    """A row as the driver's parameter map (nested rows and tuples become dicts and lists).

    A load converts about a hundred values a task, so plain fields skip the per-value tests."""
    shape = _shape(type(row))
    out = dict(zip(shape.plain, shape.get(row), strict=True))
    for name in shape.nested:
        out[name] = _value(getattr(row, name))
    return out


def _value(v: Any) -> Any:
    t = type(v)
    if t in _PLAIN:
        return v
    if t is tuple or t is list:
        return [x if type(x) in _PLAIN else _value(x) for x in v]
    if hasattr(t, "__dataclass_fields__"):
        return params(v)
    return v


def param_list(rows: Iterable[Any]) -> list[dict[str, Any]]:
    return [params(r) for r in rows]


@dataclass(frozen=True, slots=True)
class DocRow:
    """The properties of a loaded document's node (`SET d += row`)."""

    uid: str
    number: str | None
    doc_type: str | None
    title: str | None
    issued_on: str | None
    level: str | None
    status: str
    scope: str
    source_path: str
    sha256: str
    place: str | None
    warnings: tuple[str, ...]
    issuer_name: str | None
    province: str | None
    district: str | None
    commune: str | None
    caption: str
    loaded_by: str = "cli"
    align_pending: bool = True


@dataclass(frozen=True, slots=True)
class BodyRow:
    uid: str
    name: str
    name_key: str
    kind: str
    level: str | None
    aliases: tuple[str, ...]
    unit: str | None
    search_keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StubRow:
    """What one citing document says about a document it cites (merged into the node if it exists)."""

    uid: str
    number: str
    doc_type: str | None
    level: str | None
    scope: str
    issued_on: str | None
    issuer_name: str | None
    body: str | None
    texts: tuple[str, ...]
    caption: str
    title: str | None


@dataclass(frozen=True, slots=True)
class TaskRow:
    label: str
    short_label: str
    text: str
    order: int
    deadline_kind: str | None
    deadline_due: str | None
    deadline_text: str | None
    deadline_month_day: str | None
    notes: tuple[str, ...] | None  # footnotes its text marks (alignment reads them); None, not [], when none


@dataclass(frozen=True, slots=True)
class SubtaskRow:
    """Child and parent by task label within one document."""

    child: str
    parent: str


@dataclass(frozen=True, slots=True)
class AssignedRow:
    task: str
    body: str
    role: str


@dataclass(frozen=True, slots=True)
class CiteRow:
    src: str
    dst: str
    text: str
    undated: bool


@dataclass(frozen=True, slots=True)
class ImplementsRow:
    src: str
    dst: str
    evidence: str
    undated: bool
    undated_src: bool


@dataclass(frozen=True, slots=True)
class PersonRow:
    uid: str
    name: str
    title: str | None
    on_behalf_of: str | None


@dataclass(frozen=True, slots=True)
class IndexedSubtask:
    """SUBTASK_OF by positions in the document's task list (the statement holds the created nodes)."""

    child: int
    parent: int


@dataclass(frozen=True, slots=True)
class IndexedAssigned:
    task: int
    body: str
    role: str


@dataclass(frozen=True, slots=True)
class NewDocRow:
    """A document not loaded before: its node, issuer and everything only it owns, created not merged."""

    doc: DocRow
    issuers: tuple[str, ...]
    tasks: tuple[TaskRow, ...]
    subtasks: tuple[IndexedSubtask, ...]
    assigned: tuple[IndexedAssigned, ...]
    cites: tuple[CiteRow, ...]
    sent_to: tuple[str, ...]
    signer: PersonRow | None


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One row of `set_documents`: a new document's own node (`own`), or what one citer says of a
    document it cites (`stub`); rows sorted by uid, own before stub, so nodes are locked in one order."""

    uid: str
    own: DocRow | None = None
    issuers: tuple[str, ...] = ()
    stub: StubRow | None = None
