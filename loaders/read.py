"""Read: the bytes of a file → text with provenance, or a ParseError naming the file and the reason.

The only stage that does I/O. The format is sniffed from the content (loaders.formats), never taken
from the extension; everything after this stage sees plain text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from loaders.errors import NeedsOcr, ParseError
from loaders.formats import is_fragment, sniff
from loaders.formats import text as text_format

MiB = 1024 * 1024
MAX_BYTES = 20 * MiB  # directives are tens of KB, scans a few MB; a 20 MiB 'document' is not one

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Extracted:
    raw: bytes  # the file's bytes (sha256 is taken of these)
    text: str
    format: str  # "text" | "html" | "docx" | "pdf" | "ocr" | "tcvn3" | "vni" | "doc"
    pages: int | None = None
    ocr_confidence: float | None = None
    warnings: tuple[str, ...] = ()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()


def too_large(size: int) -> str:
    return f"file too large ({size / MiB:.1f} MiB > {MAX_BYTES // MiB} MiB)"


_KIND_NAMES = {"html": "a web page (HTML)", "docx": "a DOCX document", "pdf": "a PDF file",
               "doc": "a legacy Word .doc file", "image": "an image"}


def decode(raw: bytes, path: str) -> str:
    """Plain-text bytes → Unicode (UTF-8, UTF-16 with BOM, legacy TCVN3/VNI converted); any other
    format is refused by name. For callers that take text only; read_bytes reads every format."""
    if not raw.strip():
        raise ParseError(path, "empty file")
    kind = sniff(raw, path).kind
    if kind != "text":
        raise ParseError(path, f"{_KIND_NAMES[kind]}: only text is read here")
    return text_format.decode(raw, path)[0]


def _converted(text: str) -> tuple[str, tuple[str, ...]]:
    fixed, encoding = text_format.repair_legacy(text)
    return fixed, text_format.legacy_warning(encoding)


def read_bytes(raw: bytes, name: str, *, ocr: bool = True, progress: Progress | None = None) -> Extracted:
    """Sniff the bytes and run the reader of their format. ocr=False: a scan raises NeedsOcr instead
    of running OCR (the API uses it to move OCR into a background job)."""
    if len(raw) > MAX_BYTES:
        raise ParseError(name, too_large(len(raw)))
    if not raw.strip():
        raise ParseError(name, "empty file")
    kind = sniff(raw, name)
    if kind.kind == "text":
        text, fmt, warnings = text_format.decode(raw, name)
        return Extracted(raw, text, fmt, warnings=warnings)
    if kind.kind == "html":
        from loaders.formats.html import read_html

        try:
            text, warnings = _converted(read_html(raw, name))
        except ParseError:
            if not is_fragment(raw):
                raise
            text, fmt, warnings = text_format.decode(raw, name)  # Markdown opening with a converter's table
            return Extracted(raw, text, fmt, warnings=warnings)
        return Extracted(raw, text, "html", warnings=warnings)
    if kind.kind == "docx":
        from loaders.formats.docx import read_docx

        docx_text, font_warnings = read_docx(raw, name)
        text, warnings = _converted(docx_text)
        return Extracted(raw, text, "docx", warnings=(*font_warnings, *warnings))
    if kind.kind == "doc":
        from loaders.formats.doc import read_doc

        text, warnings = _converted(read_doc(raw, name))
        return Extracted(raw, text, "doc", warnings=warnings)
    if kind.kind == "pdf":
        from loaders.formats.pdf import read_pdf

        pdf = read_pdf(raw, name)
        if not pdf.is_scan:
            text, warnings = _converted(pdf.text)
            return Extracted(raw, text, "pdf", pages=pdf.pages, warnings=(*pdf.warnings, *warnings))
        return _ocr(raw, name, "pdf", ocr=ocr, progress=progress, label=pdf.scan_reason)
    return _ocr(raw, name, "image", ocr=ocr, progress=progress, label=kind.detail)


def _ocr(raw: bytes, name: str, kind: str, *, ocr: bool, progress: Progress | None,
         label: str = "") -> Extracted:
    what = f"a scanned PDF ({label})" if kind == "pdf" else f"a {label} image"
    if not ocr:
        raise NeedsOcr(name, f"{what}: only OCR can read it")
    try:
        import loaders.formats.ocr as ocr_format  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:
        raise NeedsOcr(name, f"{what}: OCR is not installed") from exc
    if not ocr_format.ocr_available():
        raise NeedsOcr(name, f"{what}: OCR is not installed (tesseract-ocr with the 'vie' language)")
    if kind == "pdf":
        result = ocr_format.ocr_pdf(raw, name, progress=progress)
    else:
        result = ocr_format.ocr_image(raw, name, progress=progress)
    text, warnings = _converted(result.text)
    return Extracted(raw, text, "ocr", pages=result.pages, ocr_confidence=result.confidence,
                     warnings=(f"text read by OCR from {what}: mean word confidence "
                               f"{result.confidence:.0f}/100", *warnings))


def read_text(path: Path) -> tuple[bytes, str]:
    """The raw bytes and the text of a file of any readable format (the older two-value form)."""
    ex = read_path(path)
    return ex.raw, ex.text


def discover(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders as every regular file below them, sorted (hidden files and folders
    skipped). Nothing is chosen by extension: each file is sniffed when it is read, and one that cannot
    be read fails alone."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file()
                          and not any(part.startswith(".") for part in f.relative_to(p).parts))
        else:
            out.append(p)
    return out


def read_path(path: Path, *, ocr: bool = True, progress: Progress | None = None) -> Extracted:
    name = path.as_posix()
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ParseError(name, "is a directory")
        if size > MAX_BYTES:
            raise ParseError(name, too_large(size))
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ParseError(name, "no such file") from exc
    except IsADirectoryError as exc:
        raise ParseError(name, "is a directory") from exc
    except PermissionError as exc:
        raise ParseError(name, "permission denied") from exc
    return read_bytes(raw, name, ocr=ocr, progress=progress)
