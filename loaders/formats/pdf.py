"""PDF with a text layer, through pypdfium2: page texts in order. A PDF whose pages carry (almost)
no text is a scan, which only OCR can read."""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.errors import ParseError

MIN_PAGE_CHARS = 20
"""A page with fewer visible characters holds only a scan (perhaps a page number or a stamp)."""


@dataclass(frozen=True)
class PdfText:
    text: str
    pages: int
    is_scan: bool
    warnings: tuple[str, ...] = ()
    scan_reason: str = ""


_PAGE_NUMBER = re.compile(
    r"""^\s* (?:[-–]\s*)?             # '- 2 -'
        (?:trang\s+)?                 # 'Trang 2'
        \d{1,4} (?:\s*/\s*\d{1,4})?    # '2', '2/5'
        (?:\s*[-–])? \s*$""",
    re.IGNORECASE | re.VERBOSE,
)
"""A page number alone on a page's first or last line."""


def _without_page_number(text: str) -> str:
    """Printed page numbers sit on a page's edge lines; kept, they would cut the sentence that runs on
    across the page break."""
    lines = text.strip("\n").split("\n")
    if lines and _PAGE_NUMBER.match(lines[0]):
        lines = lines[1:]
    if lines and _PAGE_NUMBER.match(lines[-1]):
        lines = lines[:-1]
    return "\n".join(lines)


_JUNK = re.compile("[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0e-\x1f]")
JUNK_SHARE = 0.3


def unreadable(text: str) -> bool:
    """A text layer whose fonts carry no Unicode mapping comes out as replacement, private-use and
    control characters: only OCR reads such a PDF, as it would a scan."""
    visible = sum(not c.isspace() for c in text)
    return visible > 0 and len(_JUNK.findall(text)) > JUNK_SHARE * visible


def _clean(text: str) -> str:
    """pdfium ends lines with CRLF and marks soft hyphens and unknown glyphs with control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufffe", "").replace("\x02", "")
    return "".join(c for c in text if c in "\n\t" or ord(c) >= 32)


def read_pdf(raw: bytes, name: str) -> PdfText:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:
        reason = str(exc)
        if "password" in reason.lower():
            raise ParseError(name, "an encrypted PDF: it needs a password") from exc
        raise ParseError(name, f"a damaged PDF ({reason})") from exc
    try:
        raw_texts = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            raw_texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        pdf.close()
    pages = len(raw_texts)
    if pages == 0:
        raise ParseError(name, "a PDF with no pages")
    if unreadable("".join(raw_texts)):
        return PdfText("", pages, is_scan=True, scan_reason="its text layer has no Unicode mapping")
    texts = [_clean(t) for t in raw_texts]
    empty = [i + 1 for i, t in enumerate(texts) if sum(not c.isspace() for c in t) < MIN_PAGE_CHARS]
    if 2 * len(empty) >= pages:
        return PdfText("", pages, is_scan=True, scan_reason="no text layer")
    warnings: tuple[str, ...] = ()
    if empty:
        warnings = (f"PDF pages without a text layer (scanned?), their text is missing: "
                    f"{', '.join(map(str, empty))}",)
    # Pages join with a plain line break: pdfium gives visual lines, so a paragraph running on to the
    # next page is one more wrapped line, not a new paragraph.
    body = "\n".join(_without_page_number(t) for t in texts if t.strip())
    return PdfText(body + "\n", pages, is_scan=False, warnings=warnings)
