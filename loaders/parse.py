"""The pipeline: read → normalise → outline → extract → resolve. `parse_text` is pure."""

from __future__ import annotations

import hashlib
from pathlib import Path

from loaders import citations, header, normalise, recipients, tasks
from loaders.errors import ParseError
from loaders.read import read_text
from loaders.records import Record, Source


def parse_text(text: str, path: str = "<text>", sha256: str | None = None) -> Record:
    """Parse decoded text into a record; raises ParseError only when nothing usable is there."""
    if sha256 is None:
        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    restored = normalise.is_stripped(text)
    if restored:
        text = normalise.restore_diacritics(normalise.unescape_breaks(text))
    lines = normalise.clean_lines(text)
    if not any(line.strip() for line in lines):
        raise ParseError(path, "no text")
    paras = normalise.paragraphs(lines)
    head = header.extract_header(lines, paras)
    refs = citations.extract_references(paras, head)
    task_list, task_warnings = tasks.extract_tasks(paras)
    warnings = [*head.warnings, *refs.warnings, *task_warnings]
    if restored:
        warnings.insert(0, "text without diacritics: restored for matching from a domain vocabulary")
    if not task_list:
        warnings.append("no tasks found")
    return Record(
        source=Source(path=path, sha256=sha256),
        number=head.number,
        doc_type=head.doc_type,
        title=head.title,
        issued_on=head.issued_on,
        place=head.place,
        issuer=head.issuer,
        signer=head.signer,
        implements=refs.implements,
        citations=refs.citations,
        chain=refs.chain,
        tasks=task_list,
        recipients=recipients.extract_recipients(lines),
        warnings=warnings,
    )


def parse_file(path: Path) -> Record:
    raw, text = read_text(path)
    return parse_text(text, path=path.as_posix(), sha256=hashlib.sha256(raw).hexdigest())
