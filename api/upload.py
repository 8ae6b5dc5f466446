"""POST /documents: decode, parse, then load in one write; a file the parser refuses writes nothing."""

from __future__ import annotations

import hashlib
from pathlib import PurePath
from typing import Any

from neo4j import Driver

from api.errors import BadParameter, IdentityConflict
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


def key_label(api_key: str | None) -> str:
    """Who loaded a document, as provenance: a short digest of the API key, never the key itself."""
    if not api_key:
        return "api"
    return "key:" + hashlib.sha256(api_key.encode()).hexdigest()[:12]


def parse_and_load(driver: Driver, filename: str, raw: bytes, replace: bool = False,
                   api_key: str | None = None) -> UploadOut:
    """`replace` lets the file replace a loaded document of its identity from another file (else 409)."""
    name = PurePath(filename).name or "upload.txt"
    if PurePath(name).suffix.lower() not in ALLOWED:
        raise BadParameter(f"{name}: only .txt and .md files are accepted")
    if len(raw) > MAX_BYTES:
        raise BadParameter(f"{name}: file too large ({len(raw) / 1e6:.1f} MB)")
    sha = hashlib.sha256(raw).hexdigest()
    try:
        record = parse_text(decode(raw, name), path=name, sha256=sha)
    except ParseError as exc:
        raise BadParameter(str(exc), reason=exc.reason) from exc

    from graph.load import load_records  # written by the graph helper; imported late so reads never need it

    result = load_records(driver, [record], replace=replace, key=key_label(api_key))
    load = _as_dict(result)
    conflicts = [r for _, r in result.failed if r.startswith("identity conflict")]
    if conflicts:
        raise IdentityConflict(f"{name}: {conflicts[0].replace('--replace, or ', '')}", load=load)
    uids = list(getattr(result, "documents", []) or [])
    if not uids:
        uids = [r["uid"] for r in run(driver, "find_documents_by_sha256", sha256=sha)]
    if not uids:
        failed = getattr(result, "failed", None) or []
        reason = "; ".join(r for _, r in failed) or "the loader stored nothing"
        raise BadParameter(f"{name}: {reason}", load=load)
    return UploadOut(uid=uids[0], summary=summary(record), warnings=list(record.warnings), load=load)
