"""The typed write plan: one frozen dataclass per kind of row the writer sends to Neo4j.

A row is resolved when it is built (uids settled, dates as ISO strings, lists deduplicated), so the
writer only groups and sorts rows; `params` turns them into the plain dicts the driver packs, at the
driver call and nowhere else. Task rows carry labels, not task uids: the statements build the uid
(`doc + '#' + label`, graph.identity.TaskUid) so rows stay lean.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

_NAMES: dict[type, tuple[str, ...]] = {}


def _names(cls: type) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(f.name for f in fields(cls))
    return names


def params(row: Any) -> dict[str, Any]:
    """A row as the driver's parameter map (nested rows and tuples become dicts and lists)."""
    return {name: _value(getattr(row, name)) for name in _names(type(row))}


def _value(v: Any) -> Any:
    if isinstance(v, tuple | list):
        return [_value(x) for x in v]
    if hasattr(v, "__dataclass_fields__"):
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
