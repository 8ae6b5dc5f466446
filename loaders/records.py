"""The parsed record: the contract of `nqgraph parse` (see shared gold README).

Frozen pydantic models. The same models feed the golden JSON files and the
Cypher parameters of the graph writer, so a field renamed here is renamed
everywhere.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, PlainValidator, WithJsonSchema

from loaders.docnumber import DocNumber
from loaders.docnumber import Level as Level

Role = Literal["lead", "support", "assigned", "requested"]
DeadlineKind = Literal["by_date", "quarter", "annual", "recurring", "conditional", "none"]


def _doc_number(value: object) -> DocNumber:
    """A number from the parser (a DocNumber) or from JSON (its canonical text)."""
    if isinstance(value, DocNumber):
        return value
    if isinstance(value, str):
        return DocNumber.parse(value)
    raise ValueError(f"not a document number: {value!r}")


Number = Annotated[DocNumber, PlainValidator(_doc_number), PlainSerializer(str, return_type=str),
                   WithJsonSchema({"type": "string", "examples": ["66-CTr/TU", "53/KH-UBND"]})]
"""A document's own number: a `DocNumber` in Python, its canonical text in JSON (the golden files)."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Frozen):
    """Where the text came from: the file, and how it was read (format, pages, OCR confidence)."""

    path: str
    sha256: str
    format: str = "text"
    pages: int | None = None
    ocr_confidence: float | None = None


class Locality(_Frozen):
    """Old-era (pre 1 Jul 2025) names without the unit-type word: 'Hải Phòng', 'Tiên Lãng'."""

    province: str | None = None
    district: str | None = None
    commune: str | None = None


class Issuer(_Frozen):
    name: str
    kind: str | None = None  # e.g. party_committee, standing_committee, peoples_committee, ...
    level: Level | None = None
    locality: Locality = Field(default_factory=Locality)


class Signer(_Frozen):
    name: str | None = None
    title: str | None = None
    on_behalf_of: str | None = None


class Ref(_Frozen):
    """A mention of another document, as written in the citing text."""

    number: str | None = None  # canonical DocNumber text, or None for an unnumbered mention
    doc_type: str | None = None
    issued_on: date | None = None
    issuer: str | None = None
    text: str


class Responsible(_Frozen):
    name: str
    role: Role


class Deadline(_Frozen):
    text: str | None = None
    kind: DeadlineKind = "none"
    due: date | None = None
    due_month_day: str | None = None  # 'MM-DD' for annual deadlines


class Task(_Frozen):
    label: str
    parent: str | None = None
    text: str
    responsible: list[Responsible] = Field(default_factory=list)
    deadline: Deadline = Field(default_factory=Deadline)
    notes: tuple[str, ...] = ()
    """The footnotes its text marks (loaders.footnotes): read by alignment, not printed (`Record.to_json`)."""


class Record(_Frozen):
    source: Source
    number: Number | None = None
    doc_type: str | None = None
    title: str | None = None
    issued_on: date | None = None
    place: str | None = None
    issuer: Issuer | None = None
    signer: Signer | None = None
    implements: list[Ref] = Field(default_factory=list)
    citations: list[Ref] = Field(default_factory=list)
    chain: list[tuple[Ref, Ref]] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def to_json(self, *, pretty: bool = False) -> str:
        """The record as `nqgraph parse` prints it (the gold format): tasks' footnotes left out. The
        model's own JSON (`model_dump_json`, between processes) keeps them."""
        return self.model_dump_json(indent=2 if pretty else None, exclude={"tasks": {"__all__": {"notes"}}})
