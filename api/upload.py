"""POST /documents: decode, parse, then load in one write; a file the parser refuses writes nothing."""

from __future__ import annotations

import hashlib
from pathlib import PurePath
from typing import Any

from neo4j import Driver

from api.errors import BadParameter
from api.models import UploadOut
from loaders.errors import ParseError
from loaders.parse import parse_text
from loaders.read import MAX_BYTES, decode
from loaders.records import Record
from queries.catalogue import run

ALLOWED = {".txt", ".md"}


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


def parse_and_load(driver: Driver, filename: str, raw: bytes,
                   audit: dict[str, Any] | None = None) -> UploadOut:
    """`audit` receives what was written or replaced, for the audit log."""
    audit = {} if audit is None else audit
    name = PurePath(filename).name or "upload.txt"
    audit.update(file=name, bytes=len(raw))
    if PurePath(name).suffix.lower() not in ALLOWED:
        raise BadParameter(f"{name}: only .txt and .md files are accepted")
    if len(raw) > MAX_BYTES:
        raise BadParameter(f"{name}: file too large ({len(raw) / 1e6:.1f} MB)")
    sha = hashlib.sha256(raw).hexdigest()
    audit["sha256"] = sha
    try:
        record = parse_text(decode(raw, name), path=name, sha256=sha)
    except ParseError as exc:
        audit["refused"] = exc.reason
        raise BadParameter(str(exc), reason=exc.reason) from exc
    planned_uid, held, same_file = _before(driver, record)

    from graph.load import load_records  # written by the graph helper; imported late so reads never need it

    result = load_records(driver, [record])
    load = _as_dict(result)
    uids = list(getattr(result, "documents", []) or [])
    if not uids:
        uids = [r["uid"] for r in run(driver, "find_documents_by_sha256", sha256=sha)]
    if not uids:
        failed = getattr(result, "failed", None) or []
        reason = "; ".join(r for _, r in failed) or "the loader stored nothing"
        audit["refused"] = reason
        raise BadParameter(f"{name}: {reason}", load=load)
    audit.update(uid=uids[0], **audit_action(uids[0], sha, held if planned_uid == uids[0] else [], same_file))
    return UploadOut(uid=uids[0], summary=summary(record), warnings=list(record.warnings), load=load)
