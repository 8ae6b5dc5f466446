"""Documents: list, number look-up, detail, the IMPLEMENTS tree, coverage, and upload."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, File, Path, Query, Request, UploadFile
from fastapi.responses import JSONResponse
from neo4j import ManagedTransaction

from api import upload
from api.alignment import document_alignment
from api.auth import job_ended
from api.coverage import coverage
from api.coverage import page as coverage_page
from api.deps import ApiKeyDep, DriverDep, SettingsDep
from api.errors import ERRORS, Ambiguous, NotFound
from api.models import (
    AlignmentOut,
    AmbiguousNumber,
    CoverageOut,
    DocumentDetail,
    DocumentItem,
    DocumentRef,
    ErrorOut,
    JobAccepted,
    Page,
    TreeNode,
    TreeOut,
    UploadOut,
)
from api.params import AsOf, IsoDate, Limit, Offset, number_key, place_key
from api.routers.jobs import job_queue
from loaders.records import Level
from queries.catalogue import read_tx, run, run_in

router = APIRouter(prefix="/documents", tags=["documents"])

UidPath = Annotated[str, Path(description="document uid (URL-encoded; it contains '/')",
                              examples=["doc:66-CTr/TU@legacy:province:31@2024-02-02"])]


@router.get("", response_model=Page[DocumentItem], responses=ERRORS)
def list_documents(
    driver: DriverDep,
    number: Annotated[str | None, Query(description="canonical number", examples=["66-CTr/TU"])] = None,
    province: Annotated[str | None, Query(description="province name, accents optional",
                                          examples=["Hải Phòng"])] = None,
    level: Level | None = None,
    doc_type: Annotated[str | None, Query(description="type code", examples=["KH"])] = None,
    issued_from: IsoDate | None = None,
    issued_to: IsoDate | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[DocumentItem]:
    """Documents (loaded and stubs) by number, province, level, type and issue date, newest first."""
    filters: dict[str, Any] = {"number": number_key(number), "province_key": place_key(province),
                               "level": level, "doc_type": doc_type, "issued_from": issued_from,
                               "issued_to": issued_to}
    rows = run(driver, "find_documents", **filters, skip=offset, limit=limit)
    total = run(driver, "get_documents_total", **filters)[0]["total"]
    return Page[DocumentItem](items=[DocumentItem(**r) for r in rows], total=total, limit=limit,
                              offset=offset)


@router.get("/by-number", response_model=DocumentItem,
            responses={**ERRORS, 404: {"description": "no document has that number"},
                       409: {"model": AmbiguousNumber,
                             "description": "several documents have that number: add province or issued_on"}})
def document_by_number(
    driver: DriverDep,
    number: Annotated[str, Query(min_length=1, examples=["66-CTr/TU"])],
    province: Annotated[str | None, Query(examples=["Hải Phòng"])] = None,
    issued_on: IsoDate | None = None,
) -> DocumentItem:
    """The one document a number names; 409 with the candidates when several do (add province or date)."""
    rows = run(driver, "find_documents_by_number", number=number_key(number),
               province_key=place_key(province), issued_on=issued_on)
    if not rows:
        where = (f" in {province}" if province else "") + (f" dated {issued_on}" if issued_on else "")
        raise NotFound(f"no document numbered {number!r}{where}")
    if len(rows) > 1:
        candidates = [DocumentItem(**r).model_dump(mode="json") for r in rows]
        raise Ambiguous(f"{len(rows)} documents are numbered {number!r}: add province or issued_on",
                        candidates=candidates)
    return DocumentItem(**rows[0])


@router.post("", response_model=UploadOut, status_code=201,
             responses={202: {"model": JobAccepted,
                              "description": "a scan: OCR + parse + load run as a job; poll status_url"},
                        401: {"model": ErrorOut, "description": "no credential, or a wrong one"},
                        403: {"model": ErrorOut, "description": "the credential lacks the upload scope"},
                        409: {"model": ErrorOut, "description": "the file claims the identity of a "
                              "document loaded from another file; nothing was written (use replace=true)"},
                        413: {"model": ErrorOut, "description": "the file is larger than the limit"},
                        422: {"model": ErrorOut,
                              "description": "the file cannot be parsed; nothing was written"},
                        503: {"model": ErrorOut,
                              "description": "Neo4j does not answer, the gazetteer is not loaded, "
                                             "or the OCR queue is full"}})
def upload_document(
    request: Request, driver: DriverDep, settings: SettingsDep, who: ApiKeyDep,
    file: Annotated[UploadFile, File(description="a document: text, HTML, DOCX, PDF, a scan or an image")],
    replace: Annotated[bool, Query(description="replace a loaded document of the same identity that "
                                               "came from another file (refused with 409 otherwise); "
                                               "the earlier version's provenance is kept")] = False,
) -> UploadOut | JSONResponse:
    """Parse a document and load it; the answer holds its uid, a summary and the parser's warnings.
    A scan is answered 202 with a job to poll (`GET /jobs/{id}`): OCR takes seconds per page."""
    # Plain `def`: parsing and the write transaction block, so they run in the thread pool.
    raw = file.file.read(upload.MAX_BYTES + 1)
    # What the audit log records for this request (the middleware adds who, when and the status); a job's
    # load is logged when it ends.
    details: dict[str, Any] = {}
    request.state.audit = details
    out = upload.accept(driver, job_queue(request), settings, file.filename or "upload", raw, replace=replace,
                        loaded_by=who.id, audit=details, on_done=job_ended(request))
    if isinstance(out, JobAccepted):
        return JSONResponse(out.model_dump(), status_code=202, headers={"Location": out.status_url})
    return out


def _root(driver: DriverDep, uid: str) -> dict[str, Any]:
    rows = run(driver, "find_documents_by_uid", uid=uid)
    if not rows:
        raise NotFound(f"no document with uid {uid!r}")
    return rows[0]


MaxDepth = Annotated[int, Query(ge=1, le=10)]


@router.get("/{uid:path}/descendants", response_model=TreeOut, responses=ERRORS)
def descendants(driver: DriverDep, uid: UidPath, level: Level | None = None,
                max_depth: MaxDepth = 10, limit: Limit = 100, offset: Offset = 0) -> TreeOut:
    """Documents carrying this one out, at any depth, one page (by depth, number); depth: the longest
    IMPLEMENTS chain, as in coverage. A resolution has ~10,000: ask by level, or page."""
    return read_tx(driver, lambda tx: _descendants(tx, uid, level, max_depth, limit, offset))


def _descendants(tx: ManagedTransaction, uid: str, level: Level | None, max_depth: int, limit: int,
                 offset: int) -> TreeOut:
    """The root and its page in one transaction; an empty page past the end asks again for the total."""
    root = run_in(tx, "find_documents_by_uid", uid=uid)
    if not root:
        raise NotFound(f"no document with uid {uid!r}")
    rows = run_in(tx, "get_descendants", uid=uid, level=level, max_depth=max_depth, skip=offset, limit=limit)
    if rows:
        total = int(rows[0]["total"])
    elif offset:
        first = run_in(tx, "get_descendants", uid=uid, level=level, max_depth=max_depth, skip=0, limit=1)
        total = int(first[0]["total"]) if first else 0
    else:
        total = 0
    return TreeOut(root=DocumentRef(**root[0]), direction="descendants", nodes=[TreeNode(**r) for r in rows],
                   total=total, limit=limit, offset=offset)


@router.get("/{uid:path}/ancestors", response_model=TreeOut, responses=ERRORS)
def ancestors(driver: DriverDep, uid: UidPath, level: Level | None = None,
              max_depth: MaxDepth = 10) -> TreeOut:
    """Documents this one carries out, up to the central resolution (a few, never paged); depth is the
    longest chain."""
    root = _root(driver, uid)
    rows = run(driver, "get_ancestors", uid=uid, level=level, max_depth=max_depth)
    return TreeOut(root=DocumentRef(**root), direction="ancestors", nodes=[TreeNode(**r) for r in rows],
                   total=len(rows))


@router.get("/{uid:path}/coverage", response_model=CoverageOut, responses=ERRORS)
def document_coverage(
    driver: DriverDep, uid: UidPath,
    as_of: AsOf = None,
    unit: Annotated[str | None, Query(description="drill down: the units directly below this AdminUnit uid",
                                      examples=["legacy:district:315"])] = None,
    limit: Limit = 100,
    offset: Offset = 0,
    plans: Annotated[int, Query(ge=0, le=500, description="plans listed per unit, shallowest first "
                                                          "(covered_by_total counts them all)")] = 10,
) -> CoverageOut:
    """Units one level below the issuer's (or those its plan request names): covered, missing, overdue.
    The counts (expected, covered, missing, overdue, states, plans_by_level) are whole; units are paged."""
    return coverage_page(coverage(driver, uid, as_of or date.today(), unit, plans), limit, offset)


@router.get("/{uid:path}/alignment", response_model=AlignmentOut, responses=ERRORS)
def alignment(driver: DriverDep, uid: UidPath) -> AlignmentOut:
    """Task by task against the plan above (matched, dropped, added) and the sibling plans it meets."""
    return document_alignment(driver, uid)


@router.get("/{uid:path}", response_model=DocumentDetail, responses=ERRORS)
def get_document(driver: DriverDep, uid: UidPath) -> DocumentDetail:
    """One document: issuer, signer, tasks with bodies and deadlines, implements and cites, both ways."""
    rows = run(driver, "get_document", uid=uid)
    if not rows:
        raise NotFound(f"no document with uid {uid!r}")
    r = rows[0]
    return DocumentDetail(**r["document"], issuer=r["issuer"], signer=r["signer"], tasks=r["tasks"],
                          implements=r["implements"], implemented_by=r["implemented_by"], cites=r["cites"],
                          cited_by=r["cited_by"])
