"""Readers, one module per format, chosen by sniffing the content: the extension is only a name.

`sniff` looks at magic bytes, zip members and markup; each reader turns the bytes into text whose
lines keep the document's structure (paragraphs, list items and table rows on lines of their own),
because everything after this stage finds headers and outlines line by line.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass

from loaders.errors import ParseError

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
)
# Tags that only a web page starts with; a text document may quote '<' but does not open with these.
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|article|section|h[1-6])\b",
    re.IGNORECASE | re.DOTALL,
)

# converters: a page has its frame ('<html>', '<body>'); a Markdown file that a converter opened with an
# HTML table (MinerU's OCR output, pandoc's gfm writer for a header table whose cells hold paragraphs)
# has none, and is read as text when the web-page reader finds no main text in it.
_PAGE_FRAME = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)


def is_fragment(raw: bytes) -> bool:
    """Whether HTML-opening bytes lack a page's frame: markup inside a text file, not a web page."""
    return _PAGE_FRAME.search(_utf8_head(raw)) is None


@dataclass(frozen=True)
class Sniffed:
    kind: str  # text | html | docx | pdf | doc | image
    detail: str = ""


def sniff(raw: bytes, name: str) -> Sniffed:
    """What the bytes are; a container that holds no document we read raises ParseError."""
    head = raw[:1024]
    if b"%PDF-" in head:
        return Sniffed("pdf")
    if raw.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return Sniffed("docx", _zip_document(raw, name))
    if raw.startswith(OLE2_MAGIC):
        return Sniffed("doc")
    for magic, label in _IMAGE_MAGIC:
        if raw.startswith(magic):
            return Sniffed("image", label)
    if raw.startswith(b"RIFF") and raw[8:12] == b"WEBP":
        return Sniffed("image", "WebP")
    if raw.startswith(b"{\\rtf"):
        raise ParseError(name, "an RTF file: save it as DOCX or text to read it")
    if _HTML_START.match(_utf8_head(raw)):
        return Sniffed("html")
    if _is_json(raw):
        raise ParseError(name, "a JSON data file (labels or an export?), not a document")
    return Sniffed("text")


def _utf8_head(raw: bytes) -> bytes:
    """The first 4 KB as UTF-8: Word's 'Save as Web Page' writes UTF-16 HTML (charset=unicode)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw[:8192].decode("utf-16", errors="ignore").encode("utf-8")[:4096]
    return raw[:4096]


def _is_json(raw: bytes) -> bool:
    """A folder of documents often holds their JSON labels beside them; they are data, not text."""
    start = raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start not in (b"{", b"["):
        return False
    try:
        json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError):
        return False
    return True


_OTHER_ZIPS = (
    ("xl/workbook.xml", "an Excel workbook (XLSX), not a document"),
    ("ppt/presentation.xml", "a PowerPoint presentation (PPTX), not a document"),
    ("content.xml", "an OpenDocument file (ODT/ODS): save it as DOCX to read it"),
)


def _zip_document(raw: bytes, name: str) -> str:
    """The DOCX main part's name, or a refusal saying what the zip holds instead."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            members = zf.namelist()
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        raise ParseError(name, f"a damaged ZIP container ({exc})") from exc
    if "word/document.xml" in members:
        return "word/document.xml"
    for member, reason in _OTHER_ZIPS:
        if member in members:
            raise ParseError(name, reason)
    shown = ", ".join(members[:3]) + (", …" if len(members) > 3 else "")
    raise ParseError(name, f"a ZIP archive of {len(members)} file(s) ({shown or 'empty'}) with no "
                           "word/document.xml: not a DOCX document")


def table_lines(rows: list[list[list[str]]]) -> list[str]:
    """Table rows as text lines: a row of one-line cells is one line, cells joined by a tab (a task
    table's row stays together); a row with a multi-line cell gives each cell's lines in turn (the
    two-column header block of a directive reads as the seeds do: issuer, '*', number, motto, date)."""
    out: list[str] = []
    for row in rows:
        cells = [[line for line in cell if line.strip()] for cell in row]
        cells = [c for c in cells if c]
        if not cells:
            continue
        if all(len(c) == 1 for c in cells):
            out.append("\t".join(c[0].strip() for c in cells))
        else:
            out += [line for c in cells for line in c]
    return out
