"""Recipients (Nơi nhận, and a letter's Kính gửi): one entry per '- ' item, wrapped items rejoined.

A line without a dash directly under an item continues it ('- Ban Dân vận Trung ương, Văn phòng
(để báo cáo),' / 'Trung ương Đảng,'); a blank line, a signature block or a name ends the list.
Annotations such as '(để báo cáo)', '(b/c)' are dropped, and so are the archive notes 'Lưu: VT',
'Lưu VPTU': they say where the office files its copy, not who receives the document.

A letter names its addressees under its header ('Kính gửi: - Các đơn vị trên địa bàn xã;') and its
'Nơi nhận' then often only says 'Như trên' (as above): the addressees come first, in place of 'Như trên'.
This module is the one reader of a letter's address: the outline asks it which paragraph opens one, where a
run-on body starts after it and whom it names (the bodies a letter's points go to when they name none).
"""

from __future__ import annotations

import re

from loaders.normalise import squeeze
from loaders.patterns import (
    ADDRESS_OPENING_RE,
    ADDRESSEE_BODY_START_RE,
    ADDRESSEES_HEAD_RE,
    ADDRESSEES_HEAD_WORD_RE,
    ARCHIVE_RE,
    AS_ABOVE_RE,
    INLINE_SIGNATURE_RE,
    RECIPIENT_ITEM_RE,
    RECIPIENT_NOTE_RE,
    RECIPIENT_RUN_SPLIT_RE,
    RECIPIENT_SEMICOLON_RE,
    RECIPIENTS_HEAD_RE,
    RECIPIENTS_INLINE_HEAD_RE,
    SIGN_FOR_RE,
    SIGN_MARK_RE,
    SIGN_ON_BEHALF_RE,
    SIGN_TITLE_TAIL_RE,
)


def _is_caps(line: str) -> bool:
    """All letters upper case (at least one): headings, header bodies, the signature block."""
    return line.isupper()


def _ends_block(line: str) -> bool:
    """A signature line: a mark, or capitals; one capital word with no dot is an abbreviated body an OCR
    copy left without its dash ('UBMTTQVNTP'), a signature line has two words or a mark."""
    return bool(SIGN_ON_BEHALF_RE.match(line) or SIGN_FOR_RE.match(line)
                or _is_caps(line) and (len(line.split()) > 1 or "." in line))


def _recipient_part(line: str) -> str:
    """A recipient line without the signature text a flattened table put beside it."""
    m = SIGN_MARK_RE.search(line)
    if m and (_is_caps(line[m.end():]) or INLINE_SIGNATURE_RE.match(line, m.start())):
        line = line[:m.start()]
    return SIGN_TITLE_TAIL_RE.sub("", line)


def _clean(item: str) -> str:
    item = RECIPIENT_NOTE_RE.sub(" ", item)
    return squeeze(item).strip(" ,;.\\")  # pandoc ends a cell line with a hard break, a backslash


def extract_recipients(lines: list[str]) -> list[str]:
    listed = _listed(lines)
    addressees = extract_addressees(lines)
    if not addressees:
        return listed
    return addressees + [x for x in listed if not AS_ABOVE_RE.match(x) and x not in addressees]


_ADDRESSEE_LINES = 120
"""A letter's 'Kính gửi' stands under its header: a line deep in the body saying it is a quotation."""
_ADDRESSEE_LINE = 120
"""An addressee written without a dash is a short line; a body paragraph is longer."""


def _addressees_head(lines: list[str], i: int) -> re.Match[str] | None:
    """The 'Kính gửi:' heading on line i, also when its first word was left alone on the line above."""
    if i and ADDRESSEES_HEAD_WORD_RE.match(lines[i - 1]):
        return ADDRESSEES_HEAD_RE.match(f"{lines[i - 1].strip()} {lines[i]}")
    return ADDRESSEES_HEAD_RE.match(lines[i])


def opens_address(text: str) -> bool:
    """A line or paragraph that opens the letter's address ('Kính gửi', 'Đồng gửi', 'Nơi nhận'): who the
    letter is for, so never a headline and never the lead-in to a list of work."""
    return ADDRESS_OPENING_RE.match(text) is not None


def after_address(para: str) -> str:
    """The body a flattened copy ran onto a 'Kính gửi' paragraph ('Kính gửi: Ông (Bà) Hiệu trưởng các đơn
    vị trực thuộc. Thực hiện Kế hoạch ..., Phòng ... yêu cầu ... các nội dung sau:'), where the address
    ends as `extract_addressees` reads it; any other paragraph is itself."""
    if not opens_address(para):
        return para
    cut = ADDRESSEE_BODY_START_RE.search(para)
    return para if cut is None else para[cut.end():]


def extract_addressees(lines: list[str]) -> list[str]:
    """The items of a letter's 'Kính gửi:' list: on the heading's line, under it with dashes or one per
    line closed by ';', wrapped items rejoined; the list ends where the body starts (a sentence opener,
    a long line), also when a flattened copy ran the body onto the last item's line."""
    start = next((i for i, x in enumerate(lines[:_ADDRESSEE_LINES]) if _addressees_head(lines, i)), None)
    if start is None:
        return []
    items: list[str] = []

    def run(text: str) -> bool:
        """Add the items of one line; True when the body starts inside it."""
        cut = ADDRESSEE_BODY_START_RE.search(text)
        part = text[:cut.start()] if cut else text
        m = RECIPIENT_ITEM_RE.match(part)
        items.extend(x for x in (RECIPIENT_RUN_SPLIT_RE.split(m["text"]) if m
                                 else RECIPIENT_SEMICOLON_RE.split(part)) if x.strip())
        return cut is not None

    head = _addressees_head(lines, start)
    rest = head["rest"].strip(" \t|") if head else ""
    if not (rest and run(rest)):
        for raw in lines[start + 1:]:
            line = raw.strip().strip("|").strip()
            if not line:
                continue
            if RECIPIENT_ITEM_RE.match(line):
                if run(line):
                    break
            elif items and line[:1].islower() and not items[-1].rstrip().endswith((";", ".")):
                cut = ADDRESSEE_BODY_START_RE.search(line)
                items[-1] = f"{items[-1]} {line[:cut.start()] if cut else line}"
                if cut:
                    break
            elif (len(line) <= _ADDRESSEE_LINE and not ADDRESSEE_BODY_START_RE.match(f" {line}")
                  and (not items and not rest or line.endswith((";", ","))
                       or bool(items) and items[-1].endswith(";"))):
                items.append(line)  # one addressee a line, no dash: 'Các đồng chí trưởng thôn;'
            else:
                break
    return [c for c in (_clean(i) for i in items) if _named(c)]


def _named(item: str) -> bool:
    """Not a table's rule ('|---|---|' read as a dash item) or an empty cell."""
    return any(ch.isalnum() for ch in item)


def _head(lines: list[str]) -> tuple[int, str] | None:
    """The last 'Nơi nhận' heading's line and the text after it; one run into a flattened line's end only
    when no line opens with it."""
    for pattern in (RECIPIENTS_HEAD_RE.match, RECIPIENTS_INLINE_HEAD_RE.search):
        for i in range(len(lines) - 1, -1, -1):
            if head := pattern(lines[i]):
                return i, head["rest"]
    return None


def _rejoin(item: str, line: str) -> str:
    """A wrapped item: the wrapped line's punctuation ends the whole item, not the first half of it, but a
    comma before a line going on in lower case is the name's own enumeration ('- Các Sở, ban, ngành,' /
    'đoàn thể;')."""
    bare = RECIPIENT_NOTE_RE.sub(" ", item)
    keep = "," if bare == item and item.rstrip().endswith(",") and line[:1].islower() else ""
    return bare.rstrip(" ,;") + keep + " " + line


_RESUME_LINES = 3
"""A blank then a line or two without a dash, then the items go on: not the list's end."""


def _resumes(lines: list[str], at: int) -> bool:
    """Whether a dashed item follows within the next few lines (no signature line before it). A blank
    line inside the list is a layout's, not the list's end: a converter writing each line as a paragraph
    ('- Ban Dân vận Trung ương, Văn phòng' / '' / 'Trung ương Đảng,'), a page break in the list."""
    seen = 0
    for raw in lines[at:]:
        line = _recipient_part(raw.strip()).strip()
        if not line:
            continue
        if RECIPIENT_ITEM_RE.match(line):
            return True
        seen += 1
        if seen >= _RESUME_LINES or _ends_block(line):
            return False
    return False


def _listed(lines: list[str]) -> list[str]:
    found = _head(lines)
    if found is None:
        return []
    start, rest = found
    items: list[str] = []
    rest = _recipient_part(rest).strip()
    bulleted = False  # a list with no dash at all puts one item on each line, closed by ';' or ','
    if rest:
        m = RECIPIENT_ITEM_RE.match(rest)
        bulleted = m is not None
        run = RECIPIENT_RUN_SPLIT_RE.split(m["text"]) if m else RECIPIENT_SEMICOLON_RE.split(rest)
        items.extend(x for x in run if x)
    prev_blank = False
    for k, raw in enumerate(lines[start + 1:], start + 1):
        line = _recipient_part(raw.strip()).strip()
        if not line:
            prev_blank = True
            continue
        m = RECIPIENT_ITEM_RE.match(line)
        if prev_blank and bulleted and not m and _resumes(lines, k + 1):
            prev_blank = False
        closed = not items or items[-1].endswith((";", ","))
        if m:
            items.extend(RECIPIENT_RUN_SPLIT_RE.split(m["text"]))
            bulleted = True
        elif not bulleted and closed and not prev_blank and line.endswith((";", ",", ".")) \
                and not _ends_block(line):
            items.append(line)  # 'Bộ Nông nghiệp và PTNT;' / 'Lưu: VT.': a page that lost its dashes
        elif bulleted and items[-1].endswith(";") and line[:1].isupper() and not prev_blank \
                and not _ends_block(line) and not ARCHIVE_RE.match(items[-1]):
            items.append(line)  # an OCR copy lost the dash: ';' closed the item above ('CT, các pct ubndtp')
        elif items and not prev_blank and not _ends_block(line):
            items[-1] = _rejoin(items[-1], line)
        elif items or _ends_block(line):
            break
        prev_blank = False
    return [c for c in (_clean(i) for i in items) if _named(c) and not ARCHIVE_RE.match(c)]
