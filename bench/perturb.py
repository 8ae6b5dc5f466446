"""The parser's robustness to layout: labelled documents re-laid out the ways real text arrives.

    python -m bench.perturb [--sets realworld,realworld_blind] [--sample N] [--only rewrap,crlf]
                            [--group layout|damage] [--seed 0] [--examples 3] [--json]

Hidden sets differ from ours less in their words than in how the text arrived: copied from a PDF with
hard line breaks, from a web page with the two-column header flattened onto one line, with CRLF, odd
spaces, decomposed Unicode, old-style tone placement, page numbers between pages, other bullets. Every
transformation in `TRANSFORMS` keeps the label true (the document still says the same things, only laid
out otherwise), so a check that passes on the original and fails on the variant is a layout the parser
does not read. Each labelled document of `tests/realworld*` is parsed as it is and as each variant, both
are graded with the project's own grader (`loaders.evaluate.score_record`, the code behind `nqgraph
eval`), and the lost checks are printed per transformation and field, with examples.

Deterministic: a variant's random choices come from the seed, the document's name and the
transformation's name. A benchmark-style tool, not a test (`tests/test_perturb.py` holds a small fixed
sample of it).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import textwrap
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import escape as html_escape
from pathlib import Path
from typing import Any
from unittest import mock

from loaders import evaluate
from loaders.evaluate import Report, _ref_numbers, score_record
from loaders.normalise import _TONE_MAP, strip_diacritics
from loaders.parse import parse_bytes
from loaders.read import read_path
from loaders.records import Record

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"

Transform = Callable[[str, random.Random], str]

# ---------------------------------------------------------------------------
# The header block: the two columns of an official document's first lines
# ---------------------------------------------------------------------------

_MOTTO = re.compile(r"^(?:\*\*)?(?:CỘNG\s+H[ÒOÓ]A\s+XÃ\s+HỘI(?:\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM)?"
                    r"|CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc)(?:\*\*)?$",
                    re.IGNORECASE)
_SEPARATOR = re.compile(r"^[-–—_=*.~\\\s]{1,40}$")
_PLACE_DATE = re.compile(r"^[^\W\d_][^,\d]{1,40},\s*ngày\s+\d", re.IGNORECASE)
_NUMBER_LINE = re.compile(r"^(?:Số|SỐ)\s*:?\s*(?:\d|$)")
_SO_PREFIX = re.compile(r"^(Số|SỐ)(\s*:?\s*)(?=\d)")
_VV = re.compile(r"^V/v\b", re.IGNORECASE)
_MOTTO_PIECE = re.compile(r"CỘNG|H[ÒO]A\s+XÃ|VIỆT\s+NAM|Độc\s+lập", re.IGNORECASE)
_ISSUER_LINES = 4
_HEADER_SCAN = 80  # a header block starts within a page's first lines (chrome before it included)


def _caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


@dataclass(frozen=True)
class HeaderBlock:
    """Lines [start, end] of a clean two-column header: the left column's issuer cell and number cell,
    the right column's motto cell and place-date cell (each a list of line texts, blanks dropped)."""

    start: int
    end: int
    issuer: list[str]
    number: list[str]
    motto: list[str]
    date: list[str]

    @property
    def left(self) -> list[str]:
        return self.issuer + self.number

    @property
    def right(self) -> list[str]:
        return self.motto + self.date


def _cell(line: str) -> str:
    """A header line without a legal library's cell bars ('Số: 96/KH-UBND |'; a lone '|' is blank)."""
    return line.strip().strip("|").strip()


_DATE_DONE = re.compile(r"\d{4}\s*$")


def header_block(lines: list[str]) -> HeaderBlock | None:
    """The header block: one laid out a column's line a line, or a library's Markdown pipe table (whole
    documents mostly reach our sets that way: realworld_blind30, blind32), whose cells are split back into
    the lines the DOCX cell held. Any other flattened header is left alone."""
    return _column_header_block(lines) or pipe_header_block(lines)


def _column_header_block(lines: list[str]) -> HeaderBlock | None:
    """The header block, when every line of it is one column's own (a header already flattened, with
    both columns on a line or '|' between cells, is left alone: it has no columns to re-lay out)."""
    cells = [_cell(line) for line in lines[:_HEADER_SCAN + 20]]
    first_motto = next((i for i, text in enumerate(cells[:_HEADER_SCAN]) if _MOTTO.match(text)), None)
    if first_motto is None:
        return None
    start, seen = first_motto, 0
    for i in range(first_motto - 1, -1, -1):
        if not cells[i]:
            continue
        if not (_caps(cells[i]) or _SEPARATOR.match(cells[i])):
            break
        start, seen = i, seen + 1 if _caps(cells[i]) else seen
    issuer_text = " ".join(cells[start:first_motto])
    if not 0 < seen <= _ISSUER_LINES or _MOTTO_PIECE.search(issuer_text):
        return None  # no issuer cell, a page's capitals over it, or a motto broken mid-word ('CỘNG' / 'HÒA')
    date_at = next((i for i in range(first_motto, min(len(cells), first_motto + 14))
                    if _PLACE_DATE.match(cells[i])), None)
    if date_at is None:
        return None
    end = date_at
    while not _DATE_DONE.search(cells[end]):  # 'Vĩnh Phúc, ngày' / '18 tháng 7 năm 2023'
        end += 1
        if end >= len(cells) or end > date_at + 3 or not cells[end]:
            return None
    issuer: list[str] = []
    number: list[str] = []
    motto: list[str] = []
    for i in range(start, date_at):
        text = cells[i]
        if not text:
            continue
        if "|" in text or "\t" in text or _PLACE_DATE.search(text):
            return None
        if _MOTTO.match(text) or (motto and _SEPARATOR.match(text) and not number):
            motto.append(text)
        elif _NUMBER_LINE.match(text) or _VV.match(text) or number:
            if _MOTTO.search(text):
                return None
            number.append(text)
        elif i < first_motto:
            issuer.append(text)
        else:
            return None  # a line of neither column: not a layout this tool knows how to move
    if not number or not _NUMBER_LINE.match(number[0]):
        return None
    date = [" ".join(c for c in cells[date_at:end + 1] if c)]
    return HeaderBlock(start, end, issuer, number, motto, date)


# ---------------------------------------------------------------------------
# A library's pipe table as the source: markitdown's two-column rows ('| ỦY BAN NHÂN DÂN TỈNH HÀ GIANG ---- |
# CỘNG HÒA ... Độc lập - Tự do - Hạnh phúc ------ |', '|---|---|', '| Số: 378/QĐ-UBND | Hà Giang, ngày ... |';
# '| Nơi nhận: - Như Điều 2; - Lưu: VT. | CHỦ TỊCH Nguyễn Văn Sơn |'), each cell's lines run
# together with a space. The cells are split back where the DOCX cell's lines were: before a rule, 'Độc lập',
# 'V/v', each recipient's dash, each signing mark, the office under a mark's body and the signer's name.
# ---------------------------------------------------------------------------

_PIPE_ROW = re.compile(r"^\|(?P<left>[^|]*)\|(?P<right>[^|]*)\|\s*$")
_PIPE_RULE = re.compile(r"^\|\s*:?-{3,}:?\s*\|\s*:?-{3,}:?\s*\|\s*$")
_CELL_RULE = re.compile(r"\s+(?=[-–—_=*.~]{3,}\s*$)")
_MOTTO_LINES = re.compile(r"\s+(?=Độc\s+lập\b)")
_VV_CELL = re.compile(r"\s+(?=V/v\b)")
_ITEM_DASH = re.compile(r"(?<=[;,.:)])\s+(?=[-–]\s)")
_MARK_AT = re.compile(r"(?<=\S)\s+(?=(?:TM|T/M|KT|K/T|TL|T/L|TUQ)\.?\s)")
_OFFICE_END = re.compile(r"(?<=\S)\s+(?=(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|THỦ\s+TƯỚNG|BỘ\s+TRƯỞNG|TỔNG\s+BÍ\s+THƯ"
                         r"|BÍ\s+THƯ|GIÁM\s+ĐỐC|TRƯỞNG\s+BAN|CHÁNH\s+VĂN\s+PHÒNG|TỔNG\s+CỤC\s+TRƯỞNG"
                         r"|VỤ\s+TRƯỞNG|CHỦ\s+NHIỆM)(?:\s+THƯỜNG\s+TRỰC)?$)")


def _split(text: str, *at: re.Pattern[str]) -> list[str]:
    parts = [text.strip()]
    for pattern in at:
        parts = [p for part in parts for p in pattern.split(part) if p]
    return parts


def _pipe_rows(lines: list[str], start: int, stop: int) -> Iterator[tuple[int, int, str, str]]:
    """Each two-cell row from `start`: its line, the last line it spans (a rule row after it), its cells."""
    for i in range(start, min(len(lines), stop)):
        m = _PIPE_ROW.match(lines[i].strip())
        if m is None or _PIPE_RULE.match(lines[i].strip()):
            continue
        end = i + 1 if i + 1 < len(lines) and _PIPE_RULE.match(lines[i + 1].strip()) else i
        yield i, end, _plain(m["left"]), _plain(m["right"])


def pipe_header_block(lines: list[str]) -> HeaderBlock | None:
    """A pipe table's header: a row of issuer | motto, then (a rule between) a row of number | place-date."""
    rows = list(_pipe_rows(lines, 0, _HEADER_SCAN))
    for (i, _, issuer, motto), (j, end, number, date) in zip(rows, rows[1:], strict=False):
        if j > i + 2 or not _caps(issuer) or not _MOTTO.match(_MOTTO_LINES.split(motto)[0]):
            continue
        if not _NUMBER_LINE.match(number) or not _PLACE_DATE.match(date):
            continue
        return HeaderBlock(i, end, _split(issuer, _CELL_RULE), _split(number, _VV_CELL),
                           _split(motto, _CELL_RULE, _MOTTO_LINES), [date])
    return None


def pipe_sign_block(lines: list[str]) -> SignBlock | None:
    """A pipe table's end row: the 'Nơi nhận' list (or an empty cell) | the signature, its name last."""
    for i, end, left, right in reversed(list(_pipe_rows(lines, 0, len(lines)))):
        if left and not _RECIPIENTS_HEAD.match(left):
            continue
        words = right.split()
        caps = 0
        while caps < len(words) and _caps(words[caps] + "AAA"):
            caps += 1
        name = " ".join(words[caps:])
        if not caps or len(words) - caps < 2 or not name[:1].isupper() or not _caps(" ".join(words[:caps])):
            continue
        if not left and not _SIGN_OPENING.match(right):
            continue
        office = _split(" ".join(words[:caps]), _MARK_AT)
        if _SIGN_OPENING.match(office[-1]):  # 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH': the mark's line, the office's
            office[-1:] = _OFFICE_END.split(office[-1], maxsplit=1)
        return SignBlock(i, end, _split(left, _ITEM_DASH) if left else [], office + [name])
    return None


def _relayout(layout: Callable[[HeaderBlock], list[str]]) -> Transform:
    def transform(text: str, rng: random.Random) -> str:
        lines = text.split("\n")
        block = header_block(lines)
        if block is None:
            return text
        return "\n".join(lines[:block.start] + layout(block) + lines[block.end + 1:])
    return transform


def _relayout_rng(layout: Callable[[HeaderBlock, random.Random], list[str]]) -> Transform:
    def transform(text: str, rng: random.Random) -> str:
        lines = text.split("\n")
        block = header_block(lines)
        if block is None:
            return text
        return "\n".join(lines[:block.start] + layout(block, rng) + lines[block.end + 1:])
    return transform


def _cells(block: HeaderBlock, sep: str) -> list[str]:
    """A web table copied row by row: each row's cells on one line, cell lines joined by spaces."""
    return [" ".join(block.issuer) + sep + " ".join(block.motto),
            " ".join(block.number) + sep + block.date[0]]


# ---------------------------------------------------------------------------
# Converters' tables: the header and the signature block are borderless two-column tables in the DOCX
# (a row of issuer | motto, a row of number | place-date; one row of recipients | signature), and each
# converter writes a table its own way. Every layout below copies one converter's output.
# ---------------------------------------------------------------------------

Row = tuple[list[str], list[str]]  # one table row: the left cell's lines, the right cell's lines

_RECIPIENTS_HEAD = re.compile(r"^(?:\*\*)?\s*Nơi\s+nhận\s*:?", re.IGNORECASE)
_SIGN_OPENING = re.compile(r"^(?:TM|T/M|T\.M|KT|K/T|TL|TUQ|Q)\s*[.:/]?\s+\S")
_SIGN_NOTE = re.compile(r"^\((?:đã\s+ký|ký|ký\s+tên|ký,?\s+.{0,30})\)?$|^\(.{0,40}\)$", re.IGNORECASE)
_PERSON = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+|[A-ZĐ]\.)(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,4}$")
_SIGN_SCAN = 12  # the signature's lines (organ, office, note, name) sit within a few lines


@dataclass(frozen=True)
class SignBlock:
    """Lines [start, end] of a signature block laid out as two columns: the 'Nơi nhận' cell's lines and
    the signature cell's (the organ acted for, the office, the signed note, the name), blanks dropped."""

    start: int
    end: int
    recipients: list[str]
    signature: list[str]


def _plain(line: str) -> str:
    return _cell(line).strip("*").strip()


def _signature_run(cells: list[str], at: int) -> tuple[list[str], int] | None:
    """The signature cell's lines from `at` (blanks and an empty table cell skipped) to its name."""
    lines: list[str] = []
    for i in range(at, min(len(cells), at + _SIGN_SCAN)):
        text = cells[i]
        if not text:
            continue
        if _PERSON.match(text) and lines:
            return lines + [text], i
        if not (_caps(text) or _SIGN_NOTE.match(text)) or _RECIPIENTS_HEAD.match(text):
            return None
        lines.append(text)
    return None


def sign_block(lines: list[str]) -> SignBlock | None:
    """The last 'Nơi nhận' list with a signature right under it or right over it (each line one
    column's own); None when the page has no such block (a news page, a library's metadata)."""
    cells = [_plain(line) for line in lines]
    heads = [i for i, text in enumerate(cells) if _RECIPIENTS_HEAD.match(text)]
    if heads and "|" in lines[heads[-1]]:
        return pipe_sign_block(lines)
    if not heads:
        return _lone_signature(cells) or pipe_sign_block(lines)
    head = heads[-1]
    items = [cells[head]]
    end = head
    for i in range(head + 1, min(len(cells), head + 40)):
        text = cells[i]
        if not text:
            break
        if _SIGN_OPENING.match(text) or (_caps(text) and not text.startswith(("-", "+", "•"))):
            break
        items.append(text)
        end = i
    after = _signature_run(cells, end + 1)
    if after is not None and len(items) > 1:
        return SignBlock(head, after[1], items, after[0])
    # the signature cell before the list: its name is the last line above the list's head
    above = next((i for i in range(head - 1, max(-1, head - 4), -1) if cells[i]), None)
    if above is None or not _PERSON.match(cells[above]) or len(items) < 2:
        return None
    first = above
    for i in range(above - 1, max(-1, above - _SIGN_SCAN), -1):
        if not cells[i]:
            continue
        if not (_caps(cells[i]) or _SIGN_NOTE.match(cells[i])):
            break
        first = i
    run = _signature_run(cells, first)
    if run is None or run[1] != above:
        return None
    return SignBlock(first, end, items, run[0])


def _lone_signature(cells: list[str]) -> SignBlock | None:
    """A signature with no 'Nơi nhận' list beside it (a letter's 'Kính gửi' above, a page that cut the
    list): the last mark's block ('KT. CHỦ TỊCH' ... name), in a table whose left cell is empty (as
    realworld_blind30 c05 has it: '|  | KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng |')."""
    marks = [i for i, text in enumerate(cells) if _SIGN_OPENING.match(text) and _caps(text)]
    if not marks:
        return None
    first = marks[-1]
    while first and marks.count(first - 1):  # 'TM. ỦY BAN NHÂN DÂN' / 'KT. CHỦ TỊCH'
        first -= 1
    run = _signature_run(cells, first)
    return None if run is None else SignBlock(first, run[1], [], run[0])


def _relayout_sign(layout: Callable[[SignBlock, random.Random], list[str]]) -> Transform:
    def transform(text: str, rng: random.Random) -> str:
        lines = text.split("\n")
        block = sign_block(lines)
        if block is None:
            return text
        return "\n".join(lines[:block.start] + layout(block, rng) + lines[block.end + 1:])
    return transform


def _header_rows_of(block: HeaderBlock) -> list[Row]:
    return [(block.issuer, block.motto), (block.number, block.date)]


def _sign_rows_of(block: SignBlock) -> list[Row]:
    return [(block.recipients, block.signature)]


def pipe_table(rows: list[Row], join: str) -> list[str]:
    """A Markdown pipe table as markitdown (DOCX -> mammoth HTML -> markdownify) writes one: the first
    row as the table's head, a rule under it, a cell's lines run together with `join` (' ', as
    realworld_blind30 c04, c05, c07 have it from a chatbot's data, or '<br>' as an HTML-to-Markdown
    converter keeps a line break inside a cell)."""
    out: list[str] = []
    for k, (left, right) in enumerate(rows):
        out.append(f"| {join.join(left)} | {join.join(right)} |")
        if k == 0:
            out.append("| --- | --- |")
    return out


def _escape_rule(line: str) -> str:
    """pandoc escapes a cell line that Markdown would read as a rule or a bullet ('\\-\\-\\-', '\\- Như
    Điều 3;'), as realworld_blind30 c06 shows."""
    if _SEPARATOR.match(line) and "-" in line:
        return "".join("\\" + c if c == "-" else c for c in line)
    return "\\" + line if line.startswith(("-", "+")) else line


def _cell_lines(cell: list[str], width: int, hard: bool) -> list[str]:
    """A cell's lines as pandoc writes them: each wrapped at the column's width, a source line break as
    a hard break (a backslash closing the line) or as a paragraph break (a blank line)."""
    out: list[str] = []
    for k, line in enumerate(cell):
        wrapped = textwrap.wrap(_escape_rule(line), width, break_long_words=False,
                                break_on_hyphens=False) or [""]
        if k < len(cell) - 1:
            if hard:
                wrapped[-1] += "\\"
            else:
                wrapped.append("")
        out.extend(wrapped)
    return out


def grid_table(rows: list[Row], rng: random.Random) -> list[str]:
    """A pandoc grid table (`pandoc -t markdown` of a DOCX table whose cells hold several lines): a
    '+---+---+' rule round each row, each cell's lines wrapped in its column, split across the row's
    '|' lines."""
    hard = rng.random() < 0.5
    width = rng.randint(26, 40)
    cells = [(_cell_lines(left, width, hard), _cell_lines(right, width, hard)) for left, right in rows]
    wl = max([width] + [len(x) for left, _ in cells for x in left])
    wr = max([width] + [len(x) for _, right in cells for x in right])
    rule = "+" + "-" * (wl + 2) + "+" + "-" * (wr + 2) + "+"
    out = [rule]
    for left, right in cells:
        for k in range(max(len(left), len(right))):
            a = left[k] if k < len(left) else ""
            b = right[k] if k < len(right) else ""
            out.append(f"| {a.ljust(wl)} | {b.ljust(wr)} |")
        out.append(rule)
    return out


def html_table(rows: list[Row], pandoc: bool) -> list[str]:
    """An HTML table left in Markdown: MinerU's OCR output (realworld_blind30 c01: the whole table on one
    line, '<table><tr><td>...', a cell's lines run together) or pandoc's gfm writer, which falls back to
    HTML for a table whose cells hold paragraphs ('<td><p>ỦY BAN NHÂN DÂN</p>' / '<p>TỈNH ...</p></td>')."""
    if not pandoc:
        body = "".join("<tr>" + "".join(f"<td>{' '.join(c)}</td>" for c in row) + "</tr>" for row in rows)
        return [f"<table>{body}</table>"]
    out = ["<table>", "<tbody>"]
    for k, row in enumerate(rows):
        out.append(f'<tr class="{"odd" if k % 2 == 0 else "even"}">')
        for cell in row:
            paras = [f"<p>{html_escape(line)}</p>" for line in cell] or [""]
            paras[0] = "<td>" + paras[0]
            paras[-1] += "</td>"
            out.extend(paras)
        out.append("</tr>")
    return out + ["</tbody>", "</table>"]


def python_docx_rows(rows: list[Row]) -> list[str]:
    """A python-docx script's table: each row's cells joined by a tab, a cell's `.text` holding its
    paragraphs on lines of their own, so the left cell's last line and the right cell's first share a
    line ('- Lưu: VT.<TAB>KT. CHỦ TỊCH')."""
    out: list[str] = []
    for left, right in rows:
        text = "\n".join(left) + "\t" + "\n".join(right)
        out.extend(text.split("\n"))
    return out


def _rows_flat(rows: list[Row], sep: str) -> list[str]:
    """A web table copied row by row: each row's cells on one line, a cell's lines joined by spaces."""
    return [" ".join(left) + sep + " ".join(right) for left, right in rows]


TableLayout = Callable[[list[Row], random.Random], list[str]]


def _header_table(layout: TableLayout) -> Transform:
    return _relayout_rng(lambda b, r: layout(_header_rows_of(b), r))


def _sign_table(layout: TableLayout) -> Transform:
    return _relayout_sign(lambda b, r: layout(_sign_rows_of(b), r))


# Each converter's way with a two-column table (the catalogues of tests/ use the same ones).
TABLE_LAYOUTS: dict[str, TableLayout] = {
    "pipe": lambda rows, rng: pipe_table(rows, " "),
    "pipe_br": lambda rows, rng: pipe_table(rows, "<br>"),
    "grid": grid_table,
    "html_mineru": lambda rows, rng: html_table(rows, False),
    "html_pandoc": lambda rows, rng: html_table(rows, True),
    "python_docx": lambda rows, rng: python_docx_rows(rows),
    "rows_tab": lambda rows, rng: _rows_flat(rows, "\t"),
}


# ---------------------------------------------------------------------------
# Transformations
# ---------------------------------------------------------------------------

_OLD_TONES = {new: old for old, new in _TONE_MAP.items()}
_NEW_PAIR = re.compile("(" + "|".join(sorted(_OLD_TONES, key=len, reverse=True)) + r")(?![^\W\d_])")
_OLD_PAIR = re.compile("(" + "|".join(sorted(_TONE_MAP, key=len, reverse=True)) + r")(?![^\W\d_])")


def _retone(table: dict[str, str], pattern: re.Pattern[str]) -> Transform:
    """Tone placement moved in open syllables ('hòa' <-> 'hoà', 'thủy' <-> 'thuỷ'); 'quý' never moves."""
    def transform(text: str, rng: random.Random) -> str:
        def sub(m: re.Match[str]) -> str:
            if m.start() and text[m.start() - 1] in "qQ":
                return m.group(0)
            return table[m.group(0)]
        return pattern.sub(sub, text)
    return transform


def _rewrap_lines(lines: list[str], width: int) -> list[str]:
    out: list[str] = []
    for line in lines:
        if len(line) > width:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""])
        else:
            out.append(line)
    return out


def _official(text: str) -> bool:
    """Whether the text is a document's own layout (a motto line near the top), the kind a PDF holds;
    a news page or a portal's repost is not copied from a PDF."""
    return any(_MOTTO.match(_cell(line)) for line in text.split("\n", _HEADER_SCAN)[:_HEADER_SCAN])


def _rewrap(official: bool | None) -> Transform:
    """Every long line hard-wrapped at one width between 60 and 80 columns, as a PDF copy or a
    fixed-width text export has it; `official` limits it to documents' own layouts (True) or to the
    other pages (False)."""
    def transform(text: str, rng: random.Random) -> str:
        if official is not None and _official(text) != official:
            return text
        return "\n".join(_rewrap_lines(text.split("\n"), rng.randint(60, 80)))
    return transform


def pdf_copy(text: str, rng: random.Random) -> str:
    """A PDF copy as it usually comes: wrapped at 60-80 columns, no blank lines between paragraphs, a
    page number ('2', '- 3 -', 'Trang 4/9') every 40-50 lines, wherever the page broke. Documents'
    own layouts only (a news page is not copied from a PDF)."""
    if not _official(text):
        return text
    lines = [line for line in _rewrap_lines(text.split("\n"), rng.randint(60, 80)) if line.strip()]
    style = rng.choice(("{n}", "- {n} -", "Trang {n}/{total}"))
    every = rng.randint(40, 50)
    total = len(lines) // every + 1
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and i % every == 0:
            out.append(style.format(n=i // every + 1, total=total))
        out.append(line)
    return "\n".join(out)


def _paragraph_breaks(lines: list[str]) -> Iterator[int]:
    """Indices after which a page may break between paragraphs: a line that ends a sentence and is
    followed by a line of text."""
    for i, line in enumerate(lines[:-1]):
        if line.rstrip().endswith((".", ";", ":")) and lines[i + 1].strip():
            yield i


def page_footer(style: str) -> Transform:
    """A page number line (and the blank lines around it) between paragraphs every 15-25 lines."""
    def transform(text: str, rng: random.Random) -> str:
        lines = text.split("\n")
        breaks = list(_paragraph_breaks(lines))
        every = rng.randint(15, 25)
        chosen, last = [], -every
        for i in breaks:
            if i - last >= every and i > 10:
                chosen.append(i)
                last = i
        if not chosen:
            return text
        total = len(chosen) + 1
        out: list[str] = []
        page = 1
        for i, line in enumerate(lines):
            out.append(line)
            if chosen and i == chosen[0]:
                chosen.pop(0)
                page += 1
                out.extend(["", style.format(n=page, total=total), ""])
        return "\n".join(out)
    return transform


_BULLET = re.compile(r"^([ \t]*)([-+•])(?=[ \t])", re.MULTILINE)


def _bullets(mapping: dict[str, str]) -> Transform:
    def transform(text: str, rng: random.Random) -> str:
        return _BULLET.sub(lambda m: m.group(1) + mapping.get(m.group(2), m.group(2)), text)
    return transform


def _every_space(prob: float, char: str, lines: int | None = None) -> Transform:
    """Some spaces (in the first `lines` lines, or all) written as another blank."""
    def transform(text: str, rng: random.Random) -> str:
        parts = text.split("\n")
        upto = len(parts) if lines is None else lines
        head = ["".join(char if c == " " and rng.random() < prob else c for c in line)
                for line in parts[:upto]]
        return "\n".join(head + parts[upto:])
    return transform


def zero_width(text: str, rng: random.Random) -> str:
    """A zero-width space after one word in ten (a web editor's leftovers)."""
    return re.sub(r"(?<=[^\W\d_]) ", lambda m: "\u200b " if rng.random() < 0.1 else " ", text)


def smart_quotes(text: str, rng: random.Random) -> str:
    """Straight double quotes made typographic, in pairs: '"x"' -> '“x”'."""
    count = [0]

    def sub(m: re.Match[str]) -> str:
        count[0] += 1
        return "“" if count[0] % 2 else "”"
    return re.sub('"', sub, text)


def straight_quotes(text: str, rng: random.Random) -> str:
    return re.sub("[“”„«»]", '"', text).replace("‘", "'").replace("’", "'")


def en_dash_numbers(text: str, rng: random.Random) -> str:
    """A word processor's en dash for the hyphen after a number ('43–NQ/TW', '2021–2025')."""
    return re.sub(r"(?<=\d)-(?=[\dA-ZĐ])", "–", text)


def spaced_numbers(text: str, rng: random.Random) -> str:
    """Document numbers typed with spaces round the hyphen ('43 - NQ/TW'), as DOMAIN.md has seen."""
    return re.sub(r"(?<=\d)-(?=[A-ZĐ][A-Za-zĐđ]{0,6}/)", " - ", text)


def _so_line(repl: str) -> Transform:
    """The header's number line written another way: 'Số' with no colon, 'Số :', or the number alone."""
    def transform(text: str, rng: random.Random) -> str:
        lines = text.split("\n")
        for i, line in enumerate(lines[:_HEADER_SCAN]):
            if _SO_PREFIX.match(line.strip()):
                lines[i] = _SO_PREFIX.sub(repl, line.strip(), count=1)
                break
        return "\n".join(lines)
    return transform


def _header_case(to_upper: bool) -> Transform:
    """The header's issuer lines (capitals in every labelled header) in title case ('Ủy Ban Nhân Dân
    Tỉnh Lào Cai'), as a web page's styles leave them when the text is copied."""
    def transform(text: str, rng: random.Random) -> str:
        lines = text.split("\n")
        block = header_block(lines)
        if block is None:
            return text
        for i in range(block.start, block.end + 1):
            if lines[i].strip() in block.issuer:
                words = lines[i].split(" ")
                lines[i] = lines[i].upper() if to_upper else " ".join(w.capitalize() for w in words)
        return "\n".join(lines)
    return transform


def _md_bold_caps(text: str, rng: random.Random) -> str:
    """A web page turned to Markdown: capitals lines (header, type word, headings) in bold."""
    return "\n".join(f"**{line.strip()}**" if _caps(line) and "*" not in line else line
                     for line in text.split("\n"))


def _indent(text: str, rng: random.Random) -> str:
    """A Word copy: each paragraph's first line indented by a tab or spaces, trailing blanks left."""
    pad = rng.choice(("\t", "    ", "\u00a0\u00a0\u00a0"))
    return "\n".join((pad + line + " ") if line.strip() else line for line in text.split("\n"))


TRANSFORMS: dict[str, Transform] = {
    "crlf": lambda t, r: t.replace("\n", "\r\n"),
    "bom": lambda t, r: "\ufeff" + t,
    "nfd": lambda t, r: unicodedata.normalize("NFD", t),
    "old_tones": _retone(_OLD_TONES, _NEW_PAIR),
    "new_tones": _retone(_TONE_MAP, _OLD_PAIR),
    "nbsp_header": _every_space(1.0, "\u00a0", lines=25),
    "nbsp_some": _every_space(0.3, "\u00a0"),
    "tabs_some": _every_space(0.05, "\t"),
    "double_spaces": _every_space(0.1, "  "),
    "zero_width": zero_width,
    "indent": _indent,
    "blank_doubled": lambda t, r: re.sub(r"\n[ \t]*\n", "\n\n\n", t),
    "blank_every_line": lambda t, r: "\n\n".join(line for line in t.split("\n") if line.strip()),
    "no_blank_lines": lambda t, r: "\n".join(line for line in t.split("\n") if line.strip()),
    "rewrap": _rewrap(True),
    "rewrap_page": _rewrap(False),
    "pdf_copy": pdf_copy,
    "page_footer": page_footer("Trang {n}/{total}"),
    "page_number": page_footer("{n}"),
    "page_dashed": page_footer("- {n} -"),
    "bullets_dot": _bullets({"-": "•"}),
    "bullets_swap": _bullets({"-": "+", "+": "-"}),
    "bullets_endash": _bullets({"-": "–"}),
    "bullets_to_dash": _bullets({"+": "-", "•": "-"}),
    "smart_quotes": smart_quotes,
    "straight_quotes": straight_quotes,
    "en_dash_numbers": en_dash_numbers,
    "spaced_numbers": spaced_numbers,
    "so_bare": _so_line(r"\1 "),
    "so_spaced": _so_line(r"\1 : "),
    "so_missing": _so_line(""),
    "header_title_case": _header_case(False),
    "md_bold_caps": _md_bold_caps,
    "hdr_columns": _relayout(lambda b: b.left + b.right),
    "hdr_right_first": _relayout(lambda b: b.right + b.left),
    "hdr_side_lines": _relayout(lambda b: [" ".join(b.left), " ".join(b.right)]),
    "hdr_one_line": _relayout(lambda b: [" ".join(b.left) + "   " + " ".join(b.right)]),
    "hdr_rows_tab": _relayout(lambda b: _cells(b, "\t")),
    "hdr_rows_spaces": _relayout(lambda b: _cells(b, "      ")),
    # converters' tables (see `TABLE_LAYOUTS`); the header's row by row with a tab is 'hdr_rows_tab' above
    **{f"hdr_{name}": _header_table(layout) for name, layout in TABLE_LAYOUTS.items() if name != "rows_tab"},
    **{f"sig_{name}": _sign_table(layout) for name, layout in TABLE_LAYOUTS.items()},
}


# ---------------------------------------------------------------------------
# DAMAGE: the characters themselves changed, as OCR of a scan (Vietnamese tesseract) or a lossy copy
# leaves them. A separate group (`--group damage`), so the layout figures above stay comparable. Each
# names the labelled real text that shows it.
# ---------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")
_NUMBER_TOKEN = re.compile(r"(?<![\w/])(\d{1,5})([-/])([A-ZĐ][A-Za-zĐđ]{0,7})([-/])"
                           r"([A-ZĐƯ][A-Za-zĐđƯ&]{0,12})(?:-[A-ZĐ][A-Za-zĐđ]{0,8})?")
_MARKLESS = {"đ": "d", "Đ": "D"}


def _unmarked(word: str) -> str:
    """A word with every mark lost, 'đ' read as 'd' ('Kế hoạch' -> 'Ke hoach')."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return "".join(_MARKLESS.get(c, c) for c in bare)


def _outside_numbers(text: str, change: Callable[[str], str]) -> str:
    """`change` applied to every run of text but the blank-free tokens holding a digit."""
    return re.sub(r"[^\s\d]*\d\S*|[^\d]+?(?=[^\s\d]*\d|$)",
                  lambda m: m.group(0) if any(c.isdigit() for c in m.group(0)) else change(m.group(0)),
                  text, flags=re.DOTALL)


def _tones_lost(prob: float) -> Transform:
    """Some words (or all) lose every mark: realworld s10 (every non-ASCII letter gone), d04 (all marks
    lost in an OCR copy), blind n16 (a caption without marks), c06 (marks scrambled on most words). A
    number's codes keep theirs ('QĐ-UBND'): a bar lost there is `ocr_d_bar`'s."""
    def transform(text: str, rng: random.Random) -> str:
        def sub(m: re.Match[str]) -> str:
            return _unmarked(m.group(0)) if rng.random() < prob else m.group(0)
        return _outside_numbers(text, lambda part: _WORD.sub(sub, part))
    return transform


def d_bar(text: str, rng: random.Random) -> str:
    """'đ' read as 'd' everywhere, number codes included ('QD-UBND', 'HDND'): realworld d04 ('PHD
    XUYEN', 'dia ban')."""
    return text.replace("đ", "d").replace("Đ", "D")


def u_horn(text: str, rng: random.Random) -> str:
    """A capital 'U' of a code read as 'Ư' ('KL/TƯ', 'ƯBND'): realworld h06, an OCR'd provincial
    conclusion ('Số 445-KL/TƯ', 'Nghị quyết 13-NQ/TƯ', 'Ban cán sự đảng ƯBND tỉnh')."""
    return re.sub(r"(?<![^\W\d_])(?=[A-ZĐ]{0,4}U[A-ZĐ]{0,4}(?![^\W\d_]))[A-ZĐU]{2,5}",
                  lambda m: m.group(0).replace("U", "Ư", 1) if rng.random() < 0.5 else m.group(0), text)


_DIGIT_LOOKS = {"0": ("O",), "1": ("l", "I")}


def number_digits(text: str, rng: random.Random) -> str:
    """In a document number's sequence, a '0' read as 'O' or a '1' as 'l' / 'I' ('l23-KH/TU', '1O'):
    realworld d04 ('s6v/1IKH-UBND', 'ph6', 'ts' for 'tế'). One digit per number, half the numbers."""
    def sub(m: re.Match[str]) -> str:
        seq = m.group(1)
        spots = [i for i, c in enumerate(seq) if c in _DIGIT_LOOKS]
        if not spots or rng.random() < 0.5:
            return m.group(0)
        i = rng.choice(spots)
        seq = seq[:i] + rng.choice(_DIGIT_LOOKS[seq[i]]) + seq[i + 1:]
        return seq + m.group(0)[len(m.group(1)):]
    return _NUMBER_TOKEN.sub(sub, text)


def number_dash(text: str, rng: random.Random) -> str:
    """A number's hyphen read as '—' or '~', or lost ('43~NQ/TW', '1961/QĐUBND'): realworld d04
    ('~7/CT-VB~D'), s16 (every hyphen lost)."""
    def sub(m: re.Match[str]) -> str:
        repl = rng.choice(("—", "~", ""))
        whole = m.group(0)
        return re.sub(r"-", repl, whole, count=1) if rng.random() < 0.7 else whole
    return _NUMBER_TOKEN.sub(sub, text)


def number_slash(text: str, rng: random.Random) -> str:
    """A number's slash read as 'l' or as '/ ' ('43-NQlTW', '53/ KH-UBND'): realworld d04 ('s6v/1IKH'),
    s26 ('103/QĐ /BVHTTDL')."""
    def sub(m: re.Match[str]) -> str:
        if rng.random() < 0.3:
            return m.group(0)
        repl = rng.choice(("l", "/ "))
        return m.group(0).replace("/", repl, 1)
    return _NUMBER_TOKEN.sub(sub, text)


def split_words(text: str, rng: random.Random) -> str:
    """A space read inside one word in twenty ('K ÉT LUẬN', 'H u ế', 'thưong m ại'): realworld h06."""
    def sub(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < 3 or rng.random() >= 0.05:
            return w
        i = rng.randint(1, len(w) - 1)
        return w[:i] + " " + w[i:]
    return _outside_numbers(text, lambda part: _WORD.sub(sub, part))


def glued_words(text: str, rng: random.Random) -> str:
    """The space between two words lost, one in twenty ('TRIỂNKHAI', 'vềviệc', 'hQitren'): realworld
    s24, d04."""
    return re.sub(r"(?<=[^\W\d_]) (?=[^\W\d_])", lambda m: "" if rng.random() < 0.05 else " ", text)


_DATE_WORDS = {"ngày": ("ngảy", "ngay", "ngàv"), "tháng": ("thảng", "thang", "thàng"),
               "năm": ("nấm", "nam", "nm", "ndm")}


def date_words(text: str, rng: random.Random) -> str:
    """A date's words misread ('ngảy', 'thang', 'nm', 'ndm'): realworld s10 ('ngay 12 thang 01 nm
    2017'), d04 ('ngayVphang 7 ndm 2021'), c06 ('ngàỷ')."""
    def word(m: re.Match[str]) -> str:
        said = m.group(0)
        if rng.random() < 0.5:
            return said
        out = rng.choice(_DATE_WORDS[said.lower()])
        return out.capitalize() if said[0].isupper() else out

    def sub(m: re.Match[str]) -> str:
        return re.sub(r"ngày|tháng|năm|Ngày", word, m.group(0))
    return _DATE_PHRASE.sub(sub, text)


# A date, not a year or a period ('năm 2026' in a title is no date): 'ngày 12 tháng 3 năm 2024', 'ngày
# 12/3/2024'.
_DATE_PHRASE = re.compile(r"(?<![^\W\d_])[Nn]gày\s+\d{1,2}"
                          r"(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|[/.-]\d{1,2}[/.-]\d{4})")


def header_mixed_case(text: str, rng: random.Random) -> str:
    """The header's capitals read as mixed case, letter by letter ('ỦY BaN NhÂN DÂN'): the brief's OCR
    family; realworld h06 ('K ÉT LUẬN', 'LÂN THỨ'), d04 ('lTY BAN NHAN DAN HUY~N')."""
    lines = text.split("\n")
    block = header_block(lines)
    if block is None:
        return text
    for i in range(block.start, block.end + 1):
        if lines[i].strip() in block.issuer:
            lines[i] = "".join(c.lower() if c.isupper() and rng.random() < 0.25 else c for c in lines[i])
    return "\n".join(lines)


DAMAGE: dict[str, Transform] = {
    "ocr_tones_some": _tones_lost(0.25),
    "ocr_tones_all": _tones_lost(1.0),
    "ocr_d_bar": d_bar,
    "ocr_u_horn": u_horn,
    "ocr_number_digits": number_digits,
    "ocr_number_dash": number_dash,
    "ocr_number_slash": number_slash,
    "ocr_split_words": split_words,
    "ocr_glued_words": glued_words,
    "ocr_date_words": date_words,
    "ocr_header_case": header_mixed_case,
}
GROUPS = {"layout": TRANSFORMS, "damage": DAMAGE}
ALL: dict[str, Transform] = {**TRANSFORMS, **DAMAGE}


def damage_fold(text: str) -> str:
    """How a damaged variant's quoted text is compared with its label: the label cannot say which marks,
    blanks or look-alike letters the damage took, so both sides keep only their letters and digits,
    unmarked, with 'o' as '0' and 'l', 'i' as '1'. Numbers, types, dates, levels and citations are
    still compared exactly: those the parser must repair."""
    return re.sub(r"[^0-9a-z]", "", strip_diacritics(text)).translate(_LOOKALIKE_FOLD)


_LOOKALIKE_FOLD = str.maketrans("oli", "011")


# Transformations that change characters the label quotes: a title written '13–NQ/TU' contains
# '13–NQ/TU', not the label's '13-NQ/TU' (the grader folds case, Unicode form, tones and blanks, not
# dashes or quotes). The label's quoted text goes through the same change, explicitly, and a check passes
# when it passes under either label: a title read from the matching text spells the number with '-'.
_QUOTED_FIELDS = ("title_contains", "name_contains", "text_starts")
LABEL_TEXT = {"en_dash_numbers", "spaced_numbers", "smart_quotes", "straight_quotes"}


def label_for(name: str, gold: dict[str, Any]) -> dict[str, Any]:
    """The label as it stands for a variant: unchanged, or with its quoted text changed as the text was."""
    if name not in LABEL_TEXT:
        return gold
    change = ALL[name]

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: change(v, random.Random(0)) if k in _QUOTED_FIELDS and isinstance(v, str) else walk(v)
                    for k, v in node.items()}
        if isinstance(node, list):
            return [walk(x) for x in node]
        return node
    return {**walk(gold), "recipients_include": [change(r, random.Random(0))
                                                 for r in gold.get("recipients_include", [])]}


def variant(name: str, text: str, doc: str, seed: int = 0) -> str:
    """The document's text under one transformation; the random choices depend only on the seed, the
    document's name and the transformation's name."""
    rng = random.Random(zlib.crc32(f"{seed}:{doc}:{name}".encode()))
    return ALL[name](text, rng)


# ---------------------------------------------------------------------------
# Grading: the project's grader, each check keyed so a variant's checks line up with the original's
# ---------------------------------------------------------------------------

_BY_LABEL = ("tasks", "tasks.found", "tasks.lead")


class KeyedReport(Report):
    """A Report that also keeps each check's outcome under a stable key: (field, task label) for task
    checks (their count depends on what was found), (field, ordinal) for every other check, whose
    count the label alone decides."""

    def __init__(self) -> None:
        super().__init__()
        self.keyed: dict[tuple[str, str], tuple[bool, str]] = {}
        self._seen: Counter[str] = Counter()

    def check(self, doc: str, name: str, ok: bool, detail: str = "") -> None:
        super().check(doc, name, ok, detail)
        if name in _BY_LABEL:
            key = re.split(r"[: ]", detail, maxsplit=1)[0]
        else:
            key = str(self._seen[name])
            self._seen[name] += 1
        self.keyed[(name, key)] = (ok, detail)


def grade(record: Record, gold: dict[str, Any]) -> dict[tuple[str, str], tuple[bool, str]]:
    """Every check of one record against its label, keyed; the set-scored fields (citations, task
    labels) become one check per expected item (recall) and one failing check per extra (precision)."""
    report = KeyedReport()
    score_record(record, gold, report)
    checks = dict(report.keyed)
    sets = {"citations": (set(gold.get("citations", [])), _ref_numbers(record.citations)),
            "task_labels": (set(gold.get("task_labels", [])), {t.label for t in record.tasks})}
    for name, (expected, got) in sets.items():
        if name not in gold:
            continue
        for item in expected:
            checks[(name, item)] = (item in got, f"missing {item}")
        for item in got - expected:
            checks[(name, "+" + item)] = (False, f"extra {item}")
    return checks


def lost(before: dict[tuple[str, str], tuple[bool, str]],
         after: dict[tuple[str, str], tuple[bool, str]]) -> list[tuple[str, str]]:
    """(field, detail) of each check that passed before (or did not exist: an extra item) and fails after."""
    return [(key[0], detail) for key, (ok, detail) in sorted(after.items())
            if not ok and before.get(key, (True, ""))[0]]


# ---------------------------------------------------------------------------
# The run
# ---------------------------------------------------------------------------

@dataclass
class Labelled:
    name: str
    text: str
    gold: dict[str, Any]


def load(label: Path) -> Labelled | None:
    """One labelled document: its label and the text of the file it labels (None when that is absent)."""
    gold = json.loads(label.read_text(encoding="utf-8"))
    source = label.parent / gold["source"]
    if not source.is_file():
        return None
    return Labelled(f"{label.parent.name}/{source.name}", read_path(source).text, gold)


def labelled(sets: list[str] | None = None) -> list[Labelled]:
    """The labelled documents of the real sets (`tests/realworld*`), in name order."""
    dirs = sorted(d for d in TESTS.glob("realworld*") if d.is_dir() and (sets is None or d.name in sets))
    return [doc for d in dirs for label in sorted(d.glob("*.json")) if (doc := load(label)) is not None]


def parse_variant(text: str, name: str) -> Record:
    """Text parsed as a file of those bytes would be (the reader sees the BOM and line ends)."""
    return parse_bytes(text.encode("utf-8"), name)


@dataclass
class Outcome:
    changed: int = 0
    lost: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    gained: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)


def variant_checks(doc: Labelled, name: str, text: str) -> dict[tuple[str, str], tuple[bool, str]]:
    """The keyed checks of one variant's record against the label as it stands for that variant."""
    record = parse_variant(text, doc.name)
    if name in DAMAGE:
        with mock.patch.object(evaluate, "fold", damage_fold):
            return grade(record, doc.gold)
    checks = grade(record, doc.gold)
    if name in LABEL_TEXT:  # either spelling of the quoted text is true of the variant
        other = grade(record, label_for(name, doc.gold))
        checks = {k: (ok or other.get(k, (False, ""))[0], detail) for k, (ok, detail) in checks.items()}
    return checks


def run(docs: list[Labelled], names: list[str], seed: int = 0) -> dict[str, Outcome]:
    outcomes = {name: Outcome() for name in names}
    for doc in docs:
        base = grade(parse_variant(doc.text, doc.name), doc.gold)
        for name in names:
            text = variant(name, doc.text, doc.name, seed)
            if text == doc.text:
                continue
            out = outcomes[name]
            out.changed += 1
            try:
                checks = variant_checks(doc, name, text)
            except Exception as exc:  # noqa: BLE001 - a variant that crashes the parser is a finding
                out.errors.append(f"{doc.name}: {type(exc).__name__}: {exc}")
                continue
            for fld, detail in lost(base, checks):
                out.lost[fld].append((doc.name, detail))
            for fld, _ in lost(checks, base):
                out.gained[fld] += 1
    return outcomes


def report(outcomes: dict[str, Outcome], examples: int) -> str:
    lines = [f"{'transformation':<20} {'docs':>5} {'lost':>5}  lost by field (gained)"]
    for name, out in outcomes.items():
        total = sum(len(v) for v in out.lost.values())
        by_field = ", ".join(f"{f} {len(v)}" for f, v in sorted(out.lost.items(), key=lambda kv: -len(kv[1])))
        gained = sum(out.gained.values())
        lines.append(f"{name:<20} {out.changed:>5} {total:>5}  {by_field or '-'}"
                     + (f" (+{gained})" if gained else "")
                     + (f" ERRORS {len(out.errors)}" if out.errors else ""))
    for name, out in outcomes.items():
        if not out.lost and not out.errors:
            continue
        lines.append(f"\n== {name}")
        for err in out.errors[:examples]:
            lines.append(f"  error {err}")
        for fld, items in sorted(out.lost.items()):
            docs = sorted({d for d, _ in items})
            lines.append(f"  {fld}: {len(items)} in {len(docs)} docs")
            for doc, detail in items[:examples]:
                lines.append(f"    {doc}: {detail[:220]}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", help="comma-separated folder names under tests/ (default: every realworld*)")
    ap.add_argument("--sample", type=int, default=0, help="about N documents, evenly spaced")
    ap.add_argument("--only", help="comma-separated transformations (default: all of the group)")
    ap.add_argument("--group", choices=sorted(GROUPS), default="layout",
                    help="layout (the default, comparable with earlier rounds) or damage (OCR, lossy copies)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--json", action="store_true", help="lost checks as JSON")
    args = ap.parse_args()
    docs = labelled(args.sets.split(",") if args.sets else None)
    if args.sample and args.sample < len(docs):
        step = len(docs) / args.sample
        docs = [docs[int(i * step)] for i in range(args.sample)]
    names = args.only.split(",") if args.only else list(GROUPS[args.group])
    unknown = [n for n in names if n not in ALL]
    if unknown:
        raise SystemExit(f"unknown transformation(s): {', '.join(unknown)}")
    outcomes = run(docs, names, args.seed)
    if args.json:
        print(json.dumps({n: {"changed": o.changed, "lost": o.lost, "errors": o.errors}
                          for n, o in outcomes.items()}, ensure_ascii=False, indent=1))
    else:
        print(f"{len(docs)} labelled documents, seed {args.seed}")
        print(report(outcomes, args.examples))


if __name__ == "__main__":
    main()
