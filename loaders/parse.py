"""The pipeline: read → normalise → outline → extract → resolve. `parse_text` is pure."""

from __future__ import annotations

import hashlib
from pathlib import Path

from loaders import citations, footnotes, header, normalise, recipients, tasks
from loaders.docnumber import DocNumber
from loaders.errors import ParseError
from loaders.read import Extracted, Progress, read_bytes, read_path
from loaders.records import Record, Source


def parse_text(text: str, path: str = "<text>", sha256: str | None = None) -> Record:
    """Parse decoded text into a record; raises ParseError only when nothing usable is there."""
    if sha256 is None:
        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    old_font = normalise.has_old_font_damage(text)
    if old_font:
        text = normalise.repair_old_font(text)
    letters_lost = normalise.has_lost_letters(text)  # read as it is, by the citations' damaged patterns
    restored = not letters_lost and normalise.is_stripped(text)
    if restored:
        text = normalise.restore_diacritics(normalise.unescape_breaks(text))
    bars_lost = not restored and not letters_lost and normalise.is_d_bar_lost(text)
    if bars_lost:
        text = normalise.restore_d_bar(text)
    tones_lost = not restored and not letters_lost and normalise.is_tones_partly_lost(text)
    if tones_lost:
        text = normalise.restore_lost_tones(text)
    if not letters_lost:
        text = normalise.rejoin_split_words(text)
    glued = False
    if not letters_lost and normalise.has_glued_words(text):
        split = normalise.split_glued_words(text)
        glued, text = split != text, split
    lines = normalise.clean_lines(text)
    if not any(line.strip() for line in lines):
        raise ParseError(path, "no text")
    paras = normalise.paragraphs(lines)
    if letters_lost:  # the header read from its restored capitals, everything else from the text as it is
        head_lines = normalise.restore_lost_letter_header("\n".join(lines)).split("\n")
        head = header.extract_header(head_lines, normalise.paragraphs(head_lines))
    else:
        head = header.extract_header(lines, paras)
    refs = citations.extract_references(paras, head)
    task_list, task_warnings = tasks.extract_tasks(paras, head.issued_on)
    notes = footnotes.task_notes(text, [(t.label, t.text) for t in task_list], paras)
    if notes:
        task_list = [t.model_copy(update={"notes": notes[t.label]}) if t.label in notes else t
                     for t in task_list]
    warnings = [*head.warnings, *refs.warnings, *task_warnings]
    if restored:
        warnings.insert(0, "text without diacritics: restored for matching from a domain vocabulary")
    if bars_lost:
        warnings.insert(0, "text with 'đ' read as 'd': restored from a domain vocabulary")
    if tones_lost:
        warnings.insert(0, "text with marks lost on some words: restored from a domain vocabulary")
    if old_font:
        warnings.insert(0, "text read by OCR from an old typeface: letters restored from a domain vocabulary")
    if glued:
        warnings.insert(0, "text with words glued together: split from a domain vocabulary")
    if not task_list:
        warnings.append("no tasks found")
    return Record(
        source=Source(path=path, sha256=sha256),
        number=DocNumber.parse(head.number) if head.number else None,
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


def parse_extracted(ex: Extracted, path: str) -> Record:
    """A reader's text parsed; the Source records how it was read, the reader's warnings come first."""
    record = parse_text(ex.text, path=path, sha256=ex.sha256)
    source = Source(path=path, sha256=ex.sha256, format=ex.format, pages=ex.pages,
                    ocr_confidence=ex.ocr_confidence)
    return record.model_copy(update={"source": source, "warnings": [*ex.warnings, *record.warnings]})


def parse_bytes(raw: bytes, name: str, *, ocr: bool = True, progress: Progress | None = None) -> Record:
    return parse_extracted(read_bytes(raw, name, ocr=ocr, progress=progress), name)


def parse_file(path: Path, *, ocr: bool = True, progress: Progress | None = None) -> Record:
    return parse_extracted(read_path(path, ocr=ocr, progress=progress), path.as_posix())
