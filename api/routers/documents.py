"""Documents: list, number look-up, detail, the IMPLEMENTS tree, coverage, and upload."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Path, Query, Request, UploadFile

from api import upload
from api.coverage import coverage
from api.deps import ApiKeyDep, DriverDep
from api.errors import Ambiguous, NotFound
from api.models import (
    AmbiguousNumber,
    CoverageOut,
    DocumentDetail,
    DocumentItem,
    DocumentPage,
    DocumentRef,
    TreeNode,
    TreeOut,
    UploadOut,
)
from api.params import number_key, place_key
from loaders.records import Level
from queries.catalogue import run

router = APIRouter(prefix="/documents", tags=["documents"])

UidPath = Annotated[str, Path(description="document uid (URL-encoded; it contains '/')",
                              examples=["doc:66-CTr/TU@legacy:province:31@2024-02-02"])]
ERRORS: dict[int | str, dict[str, Any]] = {404: {"description": "unknown uid"},
                                           422: {"description": "bad parameters"},
                                           503: {"description": "Neo4j unavailable"}}


@router.get("", response_model=DocumentPage, responses=ERRORS)
def list_documents(
    driver: DriverDep,
    number: Annotated[str | None, Query(description="canonical number", examples=["66-CTr/TU"])] = None,
    province: Annotated[str | None, Query(description="province name, accents optional",
                                          examples=["Hải Phòng"])] = None,
    level: Level | None = None,
    doc_type: Annotated[str | None, Query(description="type code", examples=["KH"])] = None,
    issued_from: date | None = None,
    issued_to: date | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> DocumentPage:
    rows = run(driver, "find_documents", number=number_key(number), province_key=place_key(province),
               level=level, doc_type=doc_type, issued_from=issued_from, issued_to=issued_to, skip=offset,
               limit=limit)
    return DocumentPage(items=[DocumentItem(**r) for r in rows], limit=limit, offset=offset, count=len(rows))


@router.get("/by-number", response_model=DocumentItem,
            responses={**ERRORS, 404: {"description": "no document has that number"},
                       409: {"model": AmbiguousNumber,
                             "description": "several documents have that number: add province or issued_on"}})
def document_by_number(
    driver: DriverDep,
    number: Annotated[str, Query(min_length=1, examples=["66-CTr/TU"])],
    province: Annotated[str | None, Query(examples=["Hải Phòng"])] = None,
    issued_on: date | None = None,
) -> DocumentItem:
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
             responses={401: {"description": "no credential, or a wrong one"},
                        403: {"description": "the credential lacks the upload scope"},
                        422: {"description": "the file cannot be parsed; nothing was written"}})
def upload_document(
    request: Request, driver: DriverDep, _who: ApiKeyDep,
    file: Annotated[UploadFile, File(description="a .txt or .md document")],
) -> UploadOut:
    # Plain `def`: parsing and the write transaction block, so they run in the thread pool.
    raw = file.file.read(upload.MAX_BYTES + 1)
    # What the audit log records for this request (the middleware adds who, when and the status).
    details: dict[str, Any] = {}
    request.state.audit = details
    return upload.parse_and_load(driver, file.filename or "upload.txt", raw, audit=details)


def _root(driver: DriverDep, uid: str) -> dict[str, Any]:
    rows = run(driver, "find_documents_by_uid", uid=uid)
    if not rows:
        raise NotFound(f"no document with uid {uid!r}")
    return rows[0]


def _tree(driver: DriverDep, uid: str, direction: Literal["descendants", "ancestors"],
           level: Level | None, max_depth: int) -> TreeOut:
    root = _root(driver, uid)
    rows = run(driver, f"get_{direction}", uid=uid, level=level, max_depth=max_depth)
    return TreeOut(root=DocumentRef(**root), direction=direction, nodes=[TreeNode(**r) for r in rows])


MaxDepth = Annotated[int, Query(ge=1, le=10)]


@router.get("/{uid:path}/descendants", response_model=TreeOut, responses=ERRORS)
def descendants(driver: DriverDep, uid: UidPath, level: Level | None = None,
                max_depth: MaxDepth = 10) -> TreeOut:
    return _tree(driver, uid, "descendants", level, max_depth)


@router.get("/{uid:path}/ancestors", response_model=TreeOut, responses=ERRORS)
def ancestors(driver: DriverDep, uid: UidPath, level: Level | None = None,
              max_depth: MaxDepth = 10) -> TreeOut:
    return _tree(driver, uid, "ancestors", level, max_depth)


@router.get("/{uid:path}/coverage", response_model=CoverageOut, responses=ERRORS)
def document_coverage(
    driver: DriverDep, uid: UidPath,
    as_of: Annotated[date | None, Query(description="judge deadlines on this day (default: today)")] = None,
) -> CoverageOut:
    return coverage(driver, uid, as_of or date.today())


@router.get("/{uid:path}", response_model=DocumentDetail, responses=ERRORS)
def get_document(driver: DriverDep, uid: UidPath) -> DocumentDetail:
    rows = run(driver, "get_document", uid=uid)
    if not rows:
        raise NotFound(f"no document with uid {uid!r}")
    r = rows[0]
    return DocumentDetail(**r["document"], issuer=r["issuer"], signer=r["signer"], tasks=r["tasks"],
                          implements=r["implements"], implemented_by=r["implemented_by"], cites=r["cites"],
                          cited_by=r["cited_by"])
