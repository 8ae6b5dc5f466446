"""DOCX through python-docx: paragraphs and tables in reading order, with list numbers rendered.

Word keeps the 'I.', '1.', 'a)' and '-' of an outline out of the text when they come from a list
style (numPr → num → abstractNum); the outline parser needs them, so they are counted here as Word
counts them: a level's counter rises at each paragraph of that level and restarts below a higher one.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

from loaders.errors import ParseError
from loaders.formats import legacy, table_lines

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BULLETS = "-–—+•●▪∙○◦*"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    """Word's letters: a..z, then aa..zz, aaa.. (the letter repeated, not spreadsheet columns)."""
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def bullet_text(text: str) -> str:
    """A bullet drawn from a symbol font (Symbol's U+F0B7, Wingdings' U+F0A7, 'o' in Courier New) as
    the plain bullet the outline parser knows; Symbol's own '-' (U+F02D) stays a dash."""
    if not text:
        return "•"
    ch = text[0]
    if 0xF000 <= ord(ch) <= 0xF0FF:
        ch = chr(ord(ch) - 0xF000)
    if ch in _BULLETS:
        return ch
    return {"o": "○", "§": "▪", "\uf0a7": "▪"}.get(text[0], "•")


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    suffix: str = " "


@dataclass
class Numbering:
    """numbering.xml and the styles that carry a numPr, with the running counters."""

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    nums: dict[str, str] = field(default_factory=dict)  # numId → abstractNumId
    overrides: dict[str, dict[int, int]] = field(default_factory=dict)  # numId → ilvl → start
    style_num: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    style_based: dict[str, str] = field(default_factory=dict)
    style_level: dict[tuple[str, str], int] = field(default_factory=dict)  # (abstractId, styleId) → ilvl
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    @classmethod
    def from_document(cls, document: Any) -> Numbering:
        self = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        if root is not None:
            for an in root.iter(f"{_W}abstractNum"):
                aid = an.get(f"{_W}abstractNumId")
                levels: dict[int, _Level] = {}
                for lvl in an.iter(f"{_W}lvl"):
                    ilvl = int(lvl.get(f"{_W}ilvl", "0"))
                    level = _Level(fmt=_val(lvl, "numFmt") or "decimal", text=_val(lvl, "lvlText") or "",
                                   start=int(_val(lvl, "start") or 1))
                    suff = _val(lvl, "suff")
                    level.suffix = "" if suff == "nothing" else " "
                    levels[ilvl] = level
                    pstyle = _val(lvl, "pStyle")
                    if pstyle:
                        self.style_level[(aid, pstyle)] = ilvl
                self.abstract[aid] = levels
            for num in root.iter(f"{_W}num"):
                nid = num.get(f"{_W}numId")
                self.nums[nid] = _val(num, "abstractNumId") or ""
                for ov in num.iter(f"{_W}lvlOverride"):
                    start = _val(ov, "startOverride")
                    if start is not None:
                        self.overrides.setdefault(nid, {})[int(ov.get(f"{_W}ilvl", "0"))] = int(start)
        for style in document.styles.element.iter(f"{_W}style"):
            sid = style.get(f"{_W}styleId")
            based = _val(style, "basedOn")
            if based:
                self.style_based[sid] = based
            ppr = style.find(f"{_W}pPr")
            numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
            if numpr is not None:
                lvl = _val(numpr, "ilvl")
                self.style_num[sid] = (_val(numpr, "numId"), int(lvl) if lvl is not None else None)
        return self

    def _style_numpr(self, style: str | None) -> tuple[str | None, int | None, str | None]:
        seen = set()
        while style and style not in seen:
            seen.add(style)
            if style in self.style_num:
                num_id, ilvl = self.style_num[style]
                return num_id, ilvl, style
            style = self.style_based.get(style)
        return None, None, None

    def label(self, p: Any) -> str:
        """The list label Word would draw before paragraph element `p`, or ''."""
        ppr = p.find(f"{_W}pPr")
        style = _val(ppr, "pStyle") if ppr is not None else None
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        num_id: str | None = None
        ilvl: int | None = None
        if numpr is not None:
            num_id = _val(numpr, "numId")
            lv = _val(numpr, "ilvl")
            ilvl = int(lv) if lv is not None else None
        s_num, s_ilvl, s_style = self._style_numpr(style)
        if num_id is None:
            num_id = s_num
        if ilvl is None:
            ilvl = s_ilvl
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        aid = self.nums[num_id]
        levels = self.abstract.get(aid, {})
        if ilvl is None:
            ilvl = self.style_level.get((aid, s_style or style or ""), 0)
        level = levels.get(ilvl)
        if level is None:
            return ""
        key = num_id if num_id in self.overrides else aid
        counters = self.counters.setdefault(key, {})
        if num_id in self.overrides and num_id not in self.started:
            self.started.add(num_id)
            counters.clear()
        start = self.overrides.get(num_id, {}).get(ilvl, level.start)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return bullet_text(level.text) + " "

        def sub(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, _Level())
            n = counters.get(k, self.overrides.get(num_id, {}).get(k, lv.start))
            return format_number(n, "decimal" if lv.fmt == "bullet" else lv.fmt)

        text = re.sub(r"%([1-9])", sub, level.text)
        return text + level.suffix if text else ""


def _val(elem: Any, tag: str) -> str | None:
    if elem is None:
        return None
    child = elem.find(f"{_W}{tag}")
    return None if child is None else child.get(f"{_W}val")


def legacy_font_encoding(font: str | None) -> str | None:
    """Old Vietnamese fonts name their encoding: 'VNI-Times' is VNI, '.VnTime'/'.VnArialH' TCVN3."""
    if not font:
        return None
    if font.upper().startswith("VNI"):
        return "vni"
    if font.startswith(".Vn") or font.startswith("Vn"):
        return "tcvn3"
    return None


class Fonts:
    """The font of a run: its own rFonts, else its paragraph style's (through basedOn), else the
    document default. Only the Latin slots (ascii, hAnsi) matter: legacy fonts live there."""

    def __init__(self, document: Any) -> None:
        self.style_font: dict[str, str] = {}
        self.based: dict[str, str] = {}
        self.default: str | None = None
        styles = document.styles.element
        defaults = styles.find(f"{_W}docDefaults")
        if defaults is not None:
            self.default = _font(defaults.find(f"{_W}rPrDefault/{_W}rPr"))
        self.default_style = "Normal"
        for style in styles.iter(f"{_W}style"):
            sid = style.get(f"{_W}styleId")
            if style.get(f"{_W}type") == "paragraph" and style.get(f"{_W}default") in ("1", "true", "on"):
                self.default_style = sid
            font = _font(style.find(f"{_W}rPr"))
            if font:
                self.style_font[sid] = font
            based = _val(style, "basedOn")
            if based:
                self.based[sid] = based
        self.converted: set[str] = set()

    def of_paragraph(self, p: Any) -> str | None:
        ppr = p.find(f"{_W}pPr")
        style: str | None = (_val(ppr, "pStyle") if ppr is not None else None) or self.default_style
        seen = set()
        while style and style not in seen:
            seen.add(style)
            if style in self.style_font:
                return self.style_font[style]
            style = self.based.get(style)
        return self.default


def _font(rpr: Any) -> str | None:
    if rpr is None:
        return None
    fonts = rpr.find(f"{_W}rFonts")
    if fonts is None:
        return None
    return fonts.get(f"{_W}ascii") or fonts.get(f"{_W}hAnsi")


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP = {f"{_W}del", f"{_W}moveFrom", f"{_W}txbxContent", f"{_MC}Fallback", f"{_W}rPr", f"{_W}pPr"}
"""Inside a paragraph: deleted revisions, text boxes (rendered as lines of their own after it), the
VML copy a drawing keeps for old readers, and properties hold no text of the paragraph itself."""


def _runs(elem: Any) -> Any:
    """The paragraph's runs in reading order, inside hyperlinks, insertions, fields, smart tags and
    content controls too (python-docx's Paragraph.text sees only direct runs and hyperlinks)."""
    for child in elem.iterchildren():
        if not isinstance(child.tag, str) or child.tag in _SKIP:
            continue
        if child.tag == f"{_W}r":
            yield child
        else:
            yield from _runs(child)


def _run_text(r: Any) -> str:
    rpr = r.find(f"{_W}rPr")
    if rpr is not None and rpr.find(f"{_W}vanish") is not None:
        return ""  # hidden text is not shown to the reader of the document
    parts = []
    for child in r.iterchildren():
        tag = child.tag
        if tag == f"{_W}t":
            parts.append(child.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _text_boxes(p: Any) -> list[Any]:
    """Text boxes anchored in the paragraph (the modern copy, not the VML fallback)."""
    boxes = []
    for box in p.iter(f"{_W}txbxContent"):
        ancestor = box.getparent()
        while ancestor is not None and ancestor is not p and ancestor.tag != f"{_MC}Fallback":
            ancestor = ancestor.getparent()
        if ancestor is p:
            boxes.append(box)
    return boxes


def _paragraph_text(p: Any, fonts: Fonts) -> str:
    """The paragraph's text; runs typed in a TCVN3 or VNI font are converted run by run, since one
    paragraph may mix them with Unicode runs."""
    base = fonts.of_paragraph(p)
    parts = []
    for r in _runs(p):
        text = _run_text(r)
        if not text:
            continue
        font = _font(r.find(f"{_W}rPr")) or base
        encoding = legacy_font_encoding(font)
        if encoding is not None:
            converted = legacy.to_unicode(text, encoding)
            if encoding == "tcvn3" and font and font.rstrip().endswith("H"):
                converted = converted.upper()  # '.VnTimeH': the capitals face of a TCVN3 font
            if converted != text:
                fonts.converted.add(legacy.NAMES[encoding])
            text = converted
        parts.append(text)
    return "".join(parts)


def _blocks(container: Any, numbering: Numbering, out: list[str], fonts: Fonts) -> None:
    for child in container.iterchildren():
        tag = child.tag
        if tag == f"{_W}p":
            label = numbering.label(child)
            text = _paragraph_text(child, fonts)
            lines = text.split("\n")
            if label and text.strip():
                lines[0] = label + lines[0].lstrip()
            out += lines
            for box in _text_boxes(child):
                _blocks(box, numbering, out, fonts)
        elif tag == f"{_W}tbl":
            rows = []
            for tr in child.iterchildren(f"{_W}tr"):
                cells = []
                for tc in tr.iterchildren(f"{_W}tc"):
                    cell: list[str] = []
                    _blocks(tc, numbering, cell, fonts)
                    cells.append(cell)
                rows.append(cells)
            out += table_lines(rows)
        elif tag in (f"{_W}sdt", f"{_W}customXml", f"{_W}sdtContent"):
            inner = child.find(f"{_W}sdtContent") if tag == f"{_W}sdt" else child
            if inner is not None:
                _blocks(inner, numbering, out, fonts)


def read_docx(raw: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """(text, warnings)."""
    import docx

    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # noqa: BLE001 - python-docx raises KeyError, ValueError, lxml errors …
        raise ParseError(name, f"a DOCX python-docx cannot open ({type(exc).__name__}: {exc})") from exc
    numbering = Numbering.from_document(document)
    fonts = Fonts(document)
    out: list[str] = []
    _blocks(document.element.body, numbering, out, fonts)
    warnings = tuple(f"DOCX text in legacy {enc} fonts converted to Unicode"
                     for enc in sorted(fonts.converted))
    return "\n".join(out) + "\n", warnings
