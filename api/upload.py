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

from api.errors import BadParameter, Busy, IdentityConflict
from api.jobs import JobError, JobQueue, Progress, QueueFull, ocr_in_child
from api.models import JobAccepted, UploadOut
from api.worker import parse_in_child
from config import Settings
from graph.db import UNREACHABLE
from loaders.errors import NeedsOcr, ParseError
from loaders.parse import parse_bytes, parse_extracted
from loaders.read import MAX_BYTES, read_bytes
from loaders.records import Record
from queries.catalogue import run


def summary(record: Record) -> dict[str, Any]:
    issuer = record.issuer
    return {
        "number": str(record.number) if record.number else None, "doc_type": record.doc_type,
        "title": record.title,
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


def _before(driver: Driver, record: Record) -> tuple[str | None, list[dict[str, Any]], list[dict[str, Any]]]:
    """The uid this record will take, what that uid held, and what this file's bytes made before."""
    from graph.batch import plan_record
    from graph.places import default_places

    try:
        uid: str | None = plan_record(record, default_places()).uid
    except Exception:  # noqa: BLE001 - the load reports the reason; the audit then has no uid
        uid = None
    held = run(driver, "get_document_source", uid=uid) if uid else []
    same_file = run(driver, "find_documents_by_sha256", sha256=record.source.sha256)
    return uid, held, same_file


def audit_action(uid: str, sha: str, held: list[dict[str, Any]], same_file: list[dict[str, Any]],
                 ) -> dict[str, Any]:
    """create (new or a cited stub filled in), reload (same bytes again) or replace (another file's
    version of this document, or this file's older parse under another uid), with what was replaced."""
    old = held[0] if held else None
    out: dict[str, Any] = {}
    if old is None or old["status"] != "loaded":
        out["action"] = "create"
        if old is not None:
            out["was"] = old["status"]
    elif old["sha256"] == sha:
        out["action"] = "reload"
    else:
        out["action"] = "replace"
        out["replaced"] = {"sha256": old["sha256"], "source_path": old["source_path"]}
    retired = sorted(r["uid"] for r in same_file if r["uid"] != uid and r["status"] == "loaded")
    if retired:
        out["action"] = "replace"
        out["reparsed_from"] = retired
    return out


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
                loaded_by: str | None = None, audit: dict[str, Any] | None = None) -> UploadOut:
    """Load through the one ingest service; a claim on another file's loaded identity is a 409 unless
    `replace`. `loaded_by` is the provenance kept on the document (a principal's id, never a secret);
    `audit` receives what was written or replaced, for the audit log."""
    from ingest import ingest  # imported late so reads never need the writer

    audit = {} if audit is None else audit
    if replace:
        audit["replace"] = True
    sha = record.source.sha256
    planned_uid, held, same_file = _before(driver, record)

    result = ingest(driver, [record], replace=replace, key=loaded_by or "api")
    load = _as_dict(result)
    conflicts = [r for _, r in result.failed if r.startswith("identity conflict")]
    if conflicts:
        audit["refused"] = conflicts[0]
        raise IdentityConflict(f"{name}: {conflicts[0].replace('--replace, or ', '')}", load=load)
    uids = list(getattr(result, "documents", []) or [])
    if not uids:
        uids = [r["uid"] for r in run(driver, "find_documents_by_sha256", sha256=record.source.sha256)]
    if not uids:
        failed = getattr(result, "failed", None) or []
        reason = "; ".join(r for _, r in failed) or "the loader stored nothing"
        audit["refused"] = reason
        raise BadParameter(f"{name}: {reason}", load=load)
    audit.update(uid=uids[0], **audit_action(uids[0], sha, held if planned_uid == uids[0] else [], same_file))
    return UploadOut(uid=uids[0], summary=summary(record), warnings=list(record.warnings), load=load)


def _too_large(name: str, size: int) -> BadParameter:
    return BadParameter(f"{name}: file too large ({size / 1e6:.1f} MB > {MAX_BYTES / 1e6:.0f} MB)")


def parse_and_load(driver: Driver, settings: Settings, filename: str, raw: bytes, replace: bool = False,
                   loaded_by: str | None = None, audit: dict[str, Any] | None = None) -> UploadOut:
    """The synchronous upload; a scan raises NeedsOcr (see `accept`). `settings` (the app's) give the
    parse's time and memory limits. `replace` lets the file replace a loaded document of its identity
    from another file (else 409). `audit` receives the file, its sha256 and what was written or
    replaced, for the audit log."""
    audit = {} if audit is None else audit
    name = upload_name(filename)
    audit.update(file=name, bytes=len(raw), sha256=hashlib.sha256(raw).hexdigest())
    if len(raw) > MAX_BYTES:
        raise _too_large(name, len(raw))
    try:
        # a time and a memory limit, off the request's interpreter
        record = parse_in_child(raw, name, timeout=settings.parse_timeout,
                                memory=settings.parse_memory_mb * 2**20)
    except NeedsOcr:
        raise
    except ParseError as exc:
        audit["refused"] = exc.reason
        raise BadParameter(str(exc), reason=exc.reason) from exc
    return load_record(driver, record, name, replace, loaded_by, audit)


AuditHook = Callable[[dict[str, Any]], None]


def ocr_work(driver: Driver, name: str, raw: bytes, replace: bool = False, loaded_by: str | None = None,
             on_done: AuditHook | None = None) -> Callable[[Progress, float], dict[str, Any]]:
    """The job; `on_done` receives what the load wrote (or why it refused), for the audit log."""
    def work(progress: Progress, deadline: float) -> dict[str, Any]:
        details: dict[str, Any] = {"file": name, "bytes": len(raw), "sha256": hashlib.sha256(raw).hexdigest()}
        try:
            record = ocr_in_child(raw, name, progress, deadline)
            return load_record(driver, record, name, replace, loaded_by, details).model_dump()
        except BadParameter as exc:
            details.setdefault("refused", exc.message)
            raise JobError(exc.message, **exc.extra) from exc
        except IdentityConflict as exc:
            raise JobError(exc.message, status_code=409, **exc.extra) from exc
        except UNREACHABLE as exc:
            details["refused"] = "Neo4j is unavailable"
            raise JobError(f"{name}: Neo4j is unavailable: {exc}", status_code=503) from exc
        except Exception as exc:
            details.setdefault("refused", str(exc))
            raise
        finally:
            if on_done is not None:
                on_done(details)
    return work


def accept(driver: Driver, jobs: JobQueue, settings: Settings, filename: str, raw: bytes,
           replace: bool = False, loaded_by: str | None = None, audit: dict[str, Any] | None = None,
           on_done: AuditHook | None = None) -> UploadOut | JobAccepted:
    """Parse and load now, or, for a scan, queue OCR + parse + load as a job and say where to poll.
    `audit` receives what this request wrote; `on_done` what a queued job wrote when it ends."""
    audit = {} if audit is None else audit
    name = upload_name(filename)
    try:
        return parse_and_load(driver, settings, name, raw, replace, loaded_by, audit)
    except NeedsOcr:
        pass
    try:
        job = jobs.submit(name, ocr_work(driver, name, raw, replace, loaded_by, on_done))
    except QueueFull as exc:
        raise Busy(f"{name}: {exc}") from exc
    audit.update(action="queued", job=job.id)
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
