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
    nodes: list[TreeNode] = Field(description="this page of the tree (descendants are paged; ancestors are a "
                                              "few and come whole)")
    total: int = Field(description="documents of the tree (of the level asked), over all pages")
    limit: int | None = Field(default=None, description="items per page (descendants only)")
    offset: int = 0


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


class TaskPage(Page[TaskHit]):
    total_exact: bool = Field(default=True,
                              description="false when the matches were counted only up to a cap "
                                          "(1,000, or past the page asked): total is then a floor")


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
    total_exact: bool = Field(default=True,
                              description="false when the full-text matches were counted only up to a cap "
                                          "(1,000, or past the page asked): total is then a floor")


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
    covered_by: list[Implementer] = Field(
        default_factory=list, description="plans issued in the unit or below, shallowest first (through the "
                                          "API at most `plans` of them: see covered_by_total)")
    covered_by_total: int | None = Field(default=None,
                                         description="plans issued in the unit or below, in all")


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
    states: dict[str, int] = Field(default_factory=dict,
                                   description="expected units per state: on_time, late, not_yet, overdue")
    plans_by_level: dict[str, int] = Field(default_factory=dict,
                                           description="implementing documents per level, in all")
    limit: int | None = Field(default=None,
                              description="units per page (the API pages units; expected counts them)")
    offset: int = 0


class UploadOut(_Out):
    uid: str
    summary: dict[str, object]
    warnings: list[str]
    load: dict[str, object] | None = None


# ---------------------------------------------------------------------------
# Task alignment (graph.align_db): CARRIES_OUT, SAME_AS, TaskGroups
# ---------------------------------------------------------------------------


class TaskRow(TaskHit):
    """A task with its document (and the document's locality) and its bodies: a task hit's fields."""


class Carrier(TaskRow):
    depth: int = Field(description="CARRIES_OUT hops from this task down to the asked one")
    carries_out: str = Field(description="uid of the task this one's own link points to (the first hop)")
    score: float | None = Field(None, description="score of that link (0-1)")
    method: str | None = Field(
        None, description="text | text+structure | headings | order | mutual | sentence | acts | bodies | "
                          "counterparts | follow-up | objects")


class CarriedOutByOut(_Out):
    task: TaskRow
    level: str | None = None
    carriers: list[Carrier]


class TaskGroupOut(_Out):
    uid: str
    key: str
    caption: str | None = None
    documents: int = Field(description="plans with a task in the group")
    size: int = Field(description="tasks in the group")
    root: DocumentRef = Field(description="the document whose sibling plans the group spans (43-NQ/TW)")


class Equivalent(TaskRow):
    relation: Literal["asked", "above", "group", "below"] = Field(
        description="asked: the task asked; above: a task it carries out; group: the same task in a sibling "
                    "plan; below: a task carrying out one of those")
    groups: list[str] = Field(default_factory=list, description="keys of the groups it is reached through")
    depth: int | None = Field(None, description="CARRIES_OUT hops (above: up from the asked task; "
                                                "below: down to the task it carries out)")
    carries_out: str | None = Field(None, description="below: the task its own link points to")
    score: float | None = Field(None, description="below: its link's score; group: its score in the group")
    core: bool | None = Field(None, description="group: in the group's core (mutual best links) or attached")


class EquivalentsOut(_Out):
    task: TaskRow
    groups: list[TaskGroupOut]
    tasks: list[Equivalent]

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "task": {"uid": "doc:66-CTr/TU@legacy:province:31@2024-02-02#III.4.4", "label": "III.4.4",
                 "short_label": "4.4",
                 "document": {"uid": "doc:66-CTr/TU@legacy:province:31@2024-02-02"}},
        "groups": [{"uid": "group:doc:43-NQ/TW@VN@2023-11-24#ca671c77fca4", "key": "ca671c77fca4",
                    "caption": "Đổi mới hình thức tổ chức, nâng cao hiệu quả và tính lan tỏa của ...",
                    "documents": 4, "size": 4, "root": {"uid": "doc:43-NQ/TW@VN@2023-11-24"}}],
        "tasks": [{"relation": "group", "label": "III.6.3", "core": True,
                   "uid": "doc:131-KH/HU@legacy:district:331@2024-01-05#III.6.3",
                   "document": {"uid": "doc:131-KH/HU@legacy:district:331@2024-01-05",
                                "number": "131-KH/HU"}}],
    }]})


class AlignedLink(_Out):
    child: str
    child_label: str
    parent: str
    parent_label: str
    score: float | None = None
    method: str | None = None


class AlignedTask(_Out):
    uid: str
    label: str
    text: str | None = None


class ParentAlignment(_Out):
    document: DocumentRef = Field(description="the nearest plan above with tasks (stubs passed through)")
    matched: list[AlignedLink]
    dropped: list[AlignedTask] = Field(
        description="its tasks that no task here carries out, nor any task under them")
    added: list[AlignedTask] = Field(description="tasks here that carry out none of its tasks")


class SiblingAlignment(_Out):
    document: DocumentRef
    links: int = Field(description="SAME_AS links between the two plans' tasks")
    shared_groups: int


class AlignmentOut(_Out):
    document: DocumentRef
    parents: list[ParentAlignment]
    siblings: list[SiblingAlignment] = Field(
        description="plans meeting this one under a stub (no plan with tasks above either)")


class TaskUnitCoverage(Unit):
    status: Literal["carried_out", "dropped", "not_loaded", "no_plan"] = Field(
        description="carried_out: a plan of the unit has a task carrying it out (any depth); dropped: the "
                    "unit's plans with text carry it out nowhere; not_loaded: the unit's plans are only "
                    "cited (stubs); no_plan: no plan of the unit implements the document")
    overdue: bool = False
    plans: list[Implementer] = Field(default_factory=list)
    carried_by: list[str] = Field(default_factory=list,
                                  description="uids of the unit's tasks carrying it out")


class TaskCoverageOut(_Out):
    task: TaskRow
    as_of: date
    era: str
    deadline: CoverageDeadline | None = None
    expected_from: str
    expected: int
    carried_out: int
    dropped: int
    not_loaded: int
    no_plan: int
    units: list[TaskUnitCoverage]


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
