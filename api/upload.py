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

import loaders.errors as _errors
import loaders.parse as _parse
import loaders.read as _read
from api.errors import BadParameter, Busy
from api.jobs import JobError, JobQueue, Progress, QueueFull, ocr_in_child
from api.models import JobAccepted, UploadOut
from loaders.errors import ParseError
from loaders.read import MAX_BYTES
from loaders.records import Record
from queries.catalogue import run

# The readers branch adds NeedsOcr, read_bytes and parse_bytes; until it is merged a local stand-in
# keeps this module working, and today's decode reads text while a PDF or an image is taken for a scan.
NeedsOcr: type[ParseError] = getattr(_errors, "NeedsOcr", None) or type(
    "NeedsOcr", (ParseError,), {"__doc__": "The file is a scan: only OCR can read it."})
_SCAN_MAGIC = (b"%PDF", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")


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


def upload_name(filename: str | None) -> str:
    return PurePath(filename or "").name or "upload"


def parse_upload(raw: bytes, name: str) -> Record:
    """Read without OCR and parse; NeedsOcr for a scan, ParseError for what cannot be read."""
    read_bytes = getattr(_read, "read_bytes", None)
    if read_bytes is not None:
        extracted = read_bytes(raw, name, ocr=False)
        record: Record = _parse.parse_extracted(extracted, name)  # type: ignore[attr-defined]
        return record
    if raw.startswith(_SCAN_MAGIC):
        _check_scan(raw, name)
        raise NeedsOcr(name, "a scanned PDF/image: only OCR can read it")
    return _parse.parse_text(_read.decode(raw, name), path=name, sha256=hashlib.sha256(raw).hexdigest())


def _check_scan(raw: bytes, name: str) -> None:
    """A PDF or image that does not even open is refused now, not after a queued job (fallback only)."""
    if raw.startswith(b"%PDF"):
        import pypdfium2 as pdfium

        try:
            pdfium.PdfDocument(raw).close()
        except pdfium.PdfiumError as exc:
            raise ParseError(name, f"not a readable PDF ({exc})") from exc
        return
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        Image.open(io.BytesIO(raw)).verify()
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ParseError(name, f"not a readable image ({exc})") from exc


def with_ocr_warning(record: Record, pages: int | None, confidence: float | None) -> Record:
    """An OCR'd record says so, with its confidence, once (the readers may have said it already)."""
    from loaders.formats.ocr import OcrResult, ocr_warning

    if confidence is None or any("OCR" in w for w in record.warnings):
        return record
    warning = ocr_warning(OcrResult(text="", pages=pages or 0, confidence=confidence))
    return record.model_copy(update={"warnings": [*record.warnings, warning]})


def ocr_record(raw: bytes, name: str, progress: Progress | None = None) -> Record:
    """OCR, then parse: what a job does in its child process. ParseError when it cannot be read."""
    parse_bytes = getattr(_parse, "parse_bytes", None)
    if parse_bytes is not None:
        record: Record = parse_bytes(raw, name, ocr=True, progress=progress)
        pages, confidence = (getattr(record.source, k, None) for k in ("pages", "ocr_confidence"))
        return with_ocr_warning(record, pages, confidence)
    from loaders.formats.ocr import ocr_image, ocr_pdf

    reader = ocr_pdf if raw.startswith(b"%PDF") else ocr_image
    result = reader(raw, name, progress=progress)
    record = _parse.parse_text(result.text, path=name, sha256=hashlib.sha256(raw).hexdigest())
    return with_ocr_warning(record, result.pages, result.confidence)


def load_record(driver: Driver, record: Record, name: str) -> UploadOut:
    from graph.load import load_records  # imported late so reads never need it

    result = load_records(driver, [record])
    load = _as_dict(result)
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


def parse_and_load(driver: Driver, filename: str, raw: bytes) -> UploadOut:
    """The synchronous upload; a scan raises NeedsOcr (see `accept`)."""
    name = upload_name(filename)
    if len(raw) > MAX_BYTES:
        raise _too_large(name, len(raw))
    try:
        record = parse_upload(raw, name)
    except NeedsOcr:
        raise
    except ParseError as exc:
        raise BadParameter(str(exc), reason=exc.reason) from exc
    return load_record(driver, record, name)


def ocr_work(driver: Driver, name: str, raw: bytes) -> Callable[[Progress, float], dict[str, Any]]:
    def work(progress: Progress, deadline: float) -> dict[str, Any]:
        record = ocr_in_child(raw, name, progress, deadline)
        try:
            return load_record(driver, record, name).model_dump()
        except BadParameter as exc:
            raise JobError(exc.message, **exc.extra) from exc
        except (ServiceUnavailable, SessionExpired) as exc:
            raise JobError(f"{name}: Neo4j is unavailable: {exc}", status_code=503) from exc
    return work


def accept(driver: Driver, jobs: JobQueue, filename: str, raw: bytes) -> UploadOut | JobAccepted:
    """Parse and load now, or, for a scan, queue OCR + parse + load as a job and say where to poll."""
    name = upload_name(filename)
    try:
        return parse_and_load(driver, name, raw)
    except NeedsOcr:
        pass
    try:
        job = jobs.submit(name, ocr_work(driver, name, raw))
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
