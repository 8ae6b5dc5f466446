"""POST /documents: read any format the readers take, parse, then load in one write; a file the parser
refuses writes nothing. A scan (it needs OCR) is answered 202 with a job (`api.jobs`) instead.

The size limit is enforced on the body as it streams in (`UploadLimit`), before it is all read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import PurePath
from typing import Any

from neo4j import Driver
from neo4j.exceptions import ServiceUnavailable, SessionExpired

from api.errors import BadParameter, Busy, IdentityConflict
from api.jobs import JobError, JobQueue, Progress, QueueFull, ocr_in_child
from api.models import JobAccepted, UploadOut
from loaders.errors import NeedsOcr, ParseError
from loaders.parse import parse_bytes, parse_extracted
from loaders.read import MAX_BYTES, read_bytes
from loaders.records import Record
from queries.catalogue import run


def summary(record: Record) -> dict[str, Any]:
    issuer = record.issuer
    return {
        "number": record.number, "doc_type": record.doc_type, "title": record.title,
        "issued_on": record.issued_on.isoformat() if record.issued_on else None,
        "issuer": issuer.name if issuer else None, "level": issuer.level if issuer else None,
        "locality": issuer.locality.model_dump() if issuer else None,
        "tasks": len(record.tasks), "implements": [r.number or r.text for r in record.implements],
        "citations": len(record.citations),
    }


def _as_dict(result: Any) -> dict[str, Any] | None:
    if result is None:
        return None
    if hasattr(result, "as_dict"):
        return dict(result.as_dict())
    if isinstance(result, dict):
        return result
    return {"result": str(result)}


def key_label(api_key: str | None) -> str:
    """Who loaded a document, as provenance: a short digest of the API key, never the key itself."""
    if not api_key:
        return "api"
    return "key:" + hashlib.sha256(api_key.encode()).hexdigest()[:12]


def upload_name(filename: str | None) -> str:
    return PurePath(filename or "").name or "upload"


def parse_upload(raw: bytes, name: str) -> Record:
    """Read without OCR (the readers sniff the format) and parse; NeedsOcr for a scan, ParseError for
    what cannot be read."""
    return parse_extracted(read_bytes(raw, name, ocr=False), name)


def with_ocr_warning(record: Record, pages: int | None, confidence: float | None) -> Record:
    """An OCR'd record says so, with its confidence, once (the readers say it already; kept in case)."""
    from loaders.formats.ocr import OcrResult, ocr_warning

    if confidence is None or any("OCR" in w for w in record.warnings):
        return record
    warning = ocr_warning(OcrResult(text="", pages=pages or 0, confidence=confidence))
    return record.model_copy(update={"warnings": [*record.warnings, warning]})


def ocr_record(raw: bytes, name: str, progress: Progress | None = None) -> Record:
    """OCR, then parse: what a job does in its child process. ParseError when it cannot be read."""
    record = parse_bytes(raw, name, ocr=True, progress=progress)
    return with_ocr_warning(record, record.source.pages, record.source.ocr_confidence)


def load_record(driver: Driver, record: Record, name: str, replace: bool = False,
                api_key: str | None = None) -> UploadOut:
    """Load through the one ingest service; a claim on another file's loaded identity is a 409."""
    from ingest import ingest  # imported late so reads never need the writer

    result = ingest(driver, [record], replace=replace, key=key_label(api_key))
    load = _as_dict(result)
    conflicts = [r for _, r in result.failed if r.startswith("identity conflict")]
    if conflicts:
        raise IdentityConflict(f"{name}: {conflicts[0].replace('--replace, or ', '')}", load=load)
    uids = list(getattr(result, "documents", []) or [])
    if not uids:
        uids = [r["uid"] for r in run(driver, "find_documents_by_sha256", sha256=record.source.sha256)]
    if not uids:
        failed = getattr(result, "failed", None) or []
        reason = "; ".join(r for _, r in failed) or "the loader stored nothing"
        raise BadParameter(f"{name}: {reason}", load=load)
    return UploadOut(uid=uids[0], summary=summary(record), warnings=list(record.warnings), load=load)


def _too_large(name: str, size: int) -> BadParameter:
    return BadParameter(f"{name}: file too large ({size / 1e6:.1f} MB > {MAX_BYTES / 1e6:.0f} MB)")


def parse_and_load(driver: Driver, filename: str, raw: bytes, replace: bool = False,
                   api_key: str | None = None) -> UploadOut:
    """The synchronous upload; a scan raises NeedsOcr (see `accept`). `replace` lets the file replace a
    loaded document of its identity from another file (else 409)."""
    name = upload_name(filename)
    if len(raw) > MAX_BYTES:
        raise _too_large(name, len(raw))
    try:
        record = parse_upload(raw, name)
    except NeedsOcr:
        raise
    except ParseError as exc:
        raise BadParameter(str(exc), reason=exc.reason) from exc
    return load_record(driver, record, name, replace, api_key)


def ocr_work(driver: Driver, name: str, raw: bytes, replace: bool = False,
             api_key: str | None = None) -> Callable[[Progress, float], dict[str, Any]]:
    def work(progress: Progress, deadline: float) -> dict[str, Any]:
        record = ocr_in_child(raw, name, progress, deadline)
        try:
            return load_record(driver, record, name, replace, api_key).model_dump()
        except BadParameter as exc:
            raise JobError(exc.message, **exc.extra) from exc
        except IdentityConflict as exc:
            raise JobError(exc.message, status_code=409, **exc.extra) from exc
        except (ServiceUnavailable, SessionExpired) as exc:
            raise JobError(f"{name}: Neo4j is unavailable: {exc}", status_code=503) from exc
    return work


def accept(driver: Driver, jobs: JobQueue, filename: str, raw: bytes, replace: bool = False,
           api_key: str | None = None) -> UploadOut | JobAccepted:
    """Parse and load now, or, for a scan, queue OCR + parse + load as a job and say where to poll."""
    name = upload_name(filename)
    try:
        return parse_and_load(driver, name, raw, replace, api_key)
    except NeedsOcr:
        pass
    try:
        job = jobs.submit(name, ocr_work(driver, name, raw, replace, api_key))
    except QueueFull as exc:
        raise Busy(f"{name}: {exc}") from exc
    return JobAccepted(job=job.id, status_url=f"/jobs/{job.id}", status=job.status)


# --- the body limit, enforced while the upload streams in -----------------------------------------------

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
MULTIPART_SLACK = 64 * 1024  # boundaries and part headers around the file


class UploadLimit:
    """ASGI middleware: a POST /documents body larger than the file limit (plus multipart overhead) is
    refused with 413 — at once when Content-Length says so, else as soon as the streamed bytes pass
    it — instead of being spooled whole to disk first."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], path: str = "/documents",
                 limit: int | None = None) -> None:
        self.app = app
        self.path = path
        self.limit = limit if limit is not None else MAX_BYTES + MULTIPART_SLACK

    def _message(self) -> str:
        return f"upload too large: the limit is {MAX_BYTES / 1e6:.0f} MB per file"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"].rstrip("/") != self.path:
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            from starlette.responses import JSONResponse

            await JSONResponse({"detail": self._message()}, status_code=413)(scope, receive, send)
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    from fastapi import HTTPException

                    raise HTTPException(status_code=413, detail=self._message())
            return message

        await self.app(scope, limited, send)
