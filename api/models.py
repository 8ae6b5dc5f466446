"""Response models (pydantic v2): the shapes the OpenAPI docs show, with examples from the seed graph."""

from __future__ import annotations

from datetime import date
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from graph.caption import caption as make_caption

T = TypeVar("T")


class _Out(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Locality(_Out):
    """Where the issuer is, from the gazetteer (legacy-era short names); all null when unknown."""

    unit_uid: str | None = None
    province: str | None = None
    district: str | None = None
    commune: str | None = None


class DocumentRef(_Out):
    uid: str
    number: str | None = None
    doc_type: str | None = None
    title: str | None = None
    issued_on: date | None = None
    level: str | None = None
    status: str | None = None
    caption: str | None = Field(None, description="what to call it: 'Nghị quyết 43-NQ/TW', never null")

    @model_validator(mode="after")
    def _caption(self) -> DocumentRef:
        if not self.caption:
            self.caption = make_caption(self.doc_type, self.number, getattr(self, "issuer", None),
                                        self.issued_on)
        return self


class DocumentItem(DocumentRef):
    issuer: str | None = None
    locality: Locality = Field(default_factory=Locality)

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "uid": "doc:66-CTr/TU@legacy:province:31@2024-02-02", "number": "66-CTr/TU", "doc_type": "CTr",
        "title": "thực hiện Nghị quyết số 43-NQ/TW ...", "issued_on": "2024-02-02", "level": "province",
        "status": "loaded", "issuer": "Ban Thường vụ Thành ủy Hải Phòng",
        "locality": {"unit_uid": "legacy:province:31", "province": "Hải Phòng", "district": None,
                     "commune": None}}]})


class ErrorOut(_Out):
    """Every error answer: a message, and for some errors more fields (409: candidates; 422: errors)."""

    detail: str = Field(description="what went wrong, in words")

    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [
        {"detail": "no document with uid 'doc:nothing'"}]})


class Page(_Out, Generic[T]):
    """The one envelope of every list: this page's items and how many there are in all."""

    items: list[T]
    total: int = Field(description="items matching the filters, over all pages")
    limit: int
    offset: int


DocumentPage = Page[DocumentItem]


class AmbiguousNumber(_Out):
    detail: str
    candidates: list[DocumentItem]


class BodyRole(_Out):
    uid: str
    name: str
    role: str | None = None


class Deadline(_Out):
    kind: str | None = None
    due: date | None = None
    text: str | None = None
    month_day: str | None = None


class TaskOut(_Out):
    uid: str
    label: str
    short_label: str | None = None
    text: str | None = None
    order: int | None = None
    parent: str | None = None
    deadline: Deadline = Field(default_factory=Deadline)
    bodies: list[BodyRole] = Field(default_factory=list)


class Issuer(_Out):
    uid: str | None = None
    name: str | None = None
    kind: str | None = None
    level: str | None = None


class Signer(_Out):
    name: str | None = None
    title: str | None = None
    on_behalf_of: str | None = None


class Implementation(DocumentRef):
    evidence: str | None = Field(None, description="preamble | title | citation")


class Citation(DocumentRef):
    text: str | None = Field(None, description="the citation as written")


class DocumentDetail(DocumentRef):
    place: str | None = None
    source_path: str | None = None
    sha256: str | None = None
    warnings: list[str] = Field(default_factory=list)
    cited_as: list[str] = Field(default_factory=list)
    locality: Locality = Field(default_factory=Locality)
    issuer: Issuer | None = None
    signer: Signer | None = None
    tasks: list[TaskOut] = Field(default_factory=list)
    implements: list[Implementation] = Field(default_factory=list)
    implemented_by: list[Implementation] = Field(default_factory=list)
    cites: list[Citation] = Field(default_factory=list)
    cited_by: list[Citation] = Field(default_factory=list)


class PathNode(_Out):
    uid: str
    number: str | None = None
    doc_type: str | None = None
    title: str | None = None
    level: str | None = None
    status: str | None = None
    caption: str | None = None

    @model_validator(mode="after")
    def _caption(self) -> PathNode:
        if not self.caption:
            self.caption = make_caption(self.doc_type, self.number)
        return self


class TreeNode(DocumentItem):
    depth: int = Field(description="IMPLEMENTS hops from the given document (shortest chain)")
    path: list[PathNode] = Field(description="from the given document to this one, inclusive")


class TreeOut(_Out):
    root: DocumentRef
    direction: Literal["descendants", "ancestors"]
    nodes: list[TreeNode]


class TaskDocument(DocumentRef):
    issuer: str | None = None
    locality: Locality = Field(default_factory=Locality)


class TaskHit(_Out):
    uid: str
    label: str
    short_label: str | None = None
    text: str | None = None
    deadline: Deadline = Field(default_factory=Deadline)
    document: TaskDocument
    bodies: list[BodyRole] = Field(default_factory=list)


class BodyOut(_Out):
    uid: str
    name: str
    kind: str | None = None
    level: str | None = None
    aliases: list[str] = Field(default_factory=list)
    locality: Locality = Field(default_factory=Locality)
    tasks: int = 0
    documents_issued: int = 0


class PortfolioTask(_Out):
    uid: str
    label: str
    short_label: str | None = None
    text: str | None = None
    role: str | None = None
    deadline: Deadline = Field(default_factory=Deadline)
    document: DocumentRef


class BodyPortfolio(Page[PortfolioTask]):
    """A body and one page of its tasks (items)."""

    body: Issuer


class SearchHit(_Out):
    kind: Literal["task", "document"]
    score: float
    uid: str
    label: str | None = None
    text: str | None = Field(None, description="the matching task text or document title")
    document: DocumentRef


class SearchOut(Page[SearchHit]):
    query: str
    lucene: str = Field(description="the Lucene query actually run (user words escaped)")


class Unit(_Out):
    uid: str
    code: str | None = None
    name: str | None = None
    short_name: str | None = None
    kind: str | None = None
    level: str | None = None


class Implementer(DocumentRef):
    issuer: str | None = None
    depth: int


class UnitCoverage(Unit):
    status: Literal["covered", "missing"]
    state: Literal["on_time", "late", "not_yet", "overdue"] = Field(
        description="on_time / late: its first plan before or after the deadline; not_yet / overdue: no plan "
                    "yet, before or after the deadline")
    overdue: bool = False
    covered_by: list[Implementer] = Field(default_factory=list)


class CoverageDeadline(_Out):
    task_uid: str
    task_label: str
    due: date
    text: str | None = None


class CoverageOut(_Out):
    document: DocumentRef
    issuer: str | None = None
    issuer_unit: Unit | None = None
    era: str
    as_of: date
    deadline: CoverageDeadline | None = Field(
        None, description="the document's own deadline for subordinate plans, when a task sets one")
    expected_from: str = Field(description="where the expected units come from")
    expected: int
    covered: int
    missing: int
    overdue: int
    units: list[UnitCoverage]
    unknown_locality: list[Implementer] = Field(
        default_factory=list, description="implementing documents whose issuer's locality is unknown")


class UploadOut(_Out):
    uid: str
    summary: dict[str, object]
    warnings: list[str]
    load: dict[str, object] | None = None


class JobAccepted(_Out):
    """202 for an upload that needs OCR: poll `status_url` (GET /jobs/{id})."""

    job: str
    status_url: str
    status: Literal["queued", "running", "done", "failed"] = "queued"

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "job": "5f0c2e8a9b7d4e1fa3c6b2d8e0f14a57", "status_url": "/jobs/5f0c2e8a9b7d4e1fa3c6b2d8e0f14a57",
        "status": "queued"}]})


class JobOut(_Out):
    """An OCR job: while it runs, its pages; when done, the synchronous upload's body (uid, summary,
    warnings, load); when failed, `error` with the detail and the status code the upload would have had."""

    job: str
    name: str
    status: Literal["queued", "running", "done", "failed"]
    pages_done: int = 0
    pages_total: int | None = None
    created_at: str | None = None
    started_at: str | None = None
    finished_at: str | None = None
    uid: str | None = None
    summary: dict[str, object] | None = None
    warnings: list[str] | None = None
    load: dict[str, object] | None = None
    error: dict[str, object] | None = None
