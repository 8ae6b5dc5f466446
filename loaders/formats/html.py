"""Web pages (provincial portals, legal libraries): the main content through trafilatura.

trafilatura drops the menus, search boxes, 'Ngày cập nhật' bars and footers. Its plain-text output
flattens a table cell to one line, which breaks the header block of a directive, so its XML output is
rendered here instead: headings, paragraphs (a <br> is a new line), list items and table rows each on
lines of their own.
"""

from __future__ import annotations

import re
from typing import Any

from loaders.errors import ParseError
from loaders.formats import table_lines
from loaders.normalise import fold

# An item already carrying its own label ('1.', 'a)', '-') is not given another.
_LABELLED = re.compile(r"^\s*(?:[-–—+•●▪∙○◦*]|\d+(?:\.\d+)*[.)]|[a-zđ][.)]|[IVXLC]+[.)-])\s", re.IGNORECASE)


MIN_TEXT_CHARS = 40
"""No directive is shorter; less is a menu or a caption that trafilatura fell back on."""

_BLOCKS = ("head", "p", "quote", "code", "list", "table", "div")


def _lines(elem: Any) -> list[str]:
    """Text of an inline element, split at <lb/>; nested lists and tables are rendered apart."""
    parts = [elem.text or ""]
    for child in elem:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag not in ("list", "table"):
            parts.append("\n".join(_lines(child)))
        parts.append(child.tail or "")
    return "".join(parts).split("\n")


def _render(elem: Any, out: list[str]) -> None:
    for child in elem:
        _render_one(child, out)


def _render_one(child: Any, out: list[str]) -> None:
    tag = child.tag
    if tag in ("head", "p", "quote", "code"):
        out += [line.strip() for line in _lines(child)]
        _render_nested(child, out)
    elif tag == "list":
        ordered = child.get("rend") == "ol"
        for n, item in enumerate(child.iterfind("item"), start=1):
            lines = [line.strip() for line in _lines(item)]
            if lines and lines[0] and not _LABELLED.match(lines[0]):
                lines[0] = (f"{n}. " if ordered else "- ") + lines[0]
            out += lines
            _render_nested(item, out)
    elif tag == "table":
        rows = []
        for row in child.iterfind("row"):
            cells = []
            for cell in row:
                cell_lines: list[str] = []
                if any(c.tag in _BLOCKS for c in cell):
                    cell_lines.append((cell.text or "").strip())
                    _render(cell, cell_lines)
                else:
                    cell_lines = [line.strip() for line in _lines(cell)]
                cells.append([line for line in cell_lines if line])
            rows.append(cells)
        out += table_lines(rows)
    elif tag in ("div", "main", "section"):
        _render(child, out)


def _render_nested(elem: Any, out: list[str]) -> None:
    """Lists and tables inside a paragraph or a list item, after its own text."""
    for child in elem:
        if child.tag in ("list", "table"):
            _render_one(child, out)


def read_html(raw: bytes, name: str) -> str:
    import trafilatura
    from lxml import etree

    page: bytes | str = raw
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        page = raw.decode("utf-16", errors="replace")
    try:
        doc = trafilatura.bare_extraction(page, include_tables=True, include_comments=False,
                                          favor_recall=True, with_metadata=True, include_formatting=False)
    except Exception as exc:  # noqa: BLE001 - trafilatura raises many kinds on broken markup
        raise ParseError(name, f"a web page trafilatura cannot read ({type(exc).__name__}: {exc})") from exc
    if isinstance(doc, dict) or doc is None or doc.body is None:
        raise ParseError(name, "a web page with no main text")
    lines: list[str] = []
    _render(doc.body, lines)
    if not "".join(lines).strip():
        body_text = etree.tostring(doc.body, method="text", encoding="unicode")
        lines = body_text.splitlines()
    text = "\n".join(lines).strip()
    visible = sum(not c.isspace() for c in text)
    if visible < MIN_TEXT_CHARS:
        raise ParseError(name, f"a web page with no main text ({visible} characters found)")
    head = []
    folded = fold(text[:5000])
    title = (doc.title or "").strip()
    if title and fold(title) not in folded:
        head.append(title)
    lead = (doc.description or "").strip()
    # A portal's description is often its own blurb; only a lead naming a number or a date is kept.
    if lead and any(c.isdigit() for c in lead) and not _said(lead, folded):
        head.append(lead)
    return "\n".join([*head, text]) + "\n"


def _said(lead: str, folded_text: str) -> bool:
    """The page's description is (nearly) a sentence of the text already: its numbers and dates are
    there and most of its words too."""
    words = [w.strip(",.;:()") for w in fold(lead).split()]
    present = {w.strip(",.;:()") for w in folded_text.split()}
    if any(any(c.isdigit() for c in w) and w not in present for w in words):
        return False
    return sum(w in present for w in words) >= 0.8 * len(words)
