"""Header: number, type, title, date, place, issuer, signer.

Read from the lines (the header is a layout, not prose): the top-left body lines and 'Số ...' line,
the 'Hải Phòng, ngày ...' line, the type heading ('KẾ HOẠCH'), the trích yếu under it, and the
signature block at the end. The issuer is completed by `resolve.resolve_issuer` from the preamble's
'..., <Issuer> ban hành Kế hoạch' clause and everything else the text supports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from loaders.docnumber import DocNumber
from loaders.normalise import fold, new_tone_placement, squeeze
from loaders.patterns import (
    BLANK_NUMBER_RE,
    BODY_RE,
    DATE_RE,
    FIRST_SECTION_RE,
    ISSUER_CLAUSE_RE,
    MOTTO_RE,
    MOTTO_SPLIT_RE,
    NUMBER_LINE_RE,
    PLACE_DATE_RE,
    SIGN_FOR_RE,
    SIGN_MARK_RE,
    SIGN_ON_BEHALF_RE,
    TYPE_HEADING_RE,
    TYPE_HEADINGS,
    TYPE_WORDS,
    UNIT_KIND_RE,
)
from loaders.records import Issuer, Signer
from loaders.resolve import Evidence, body_name, parse_body, resolve_issuer

_HEAD_LINES = 40  # the header and title sit in the first lines of the text
_TITLE_LINES = 10
_SIGNATURE_LINES = 30
_SIGNATURE_WIDTH = 160
_SEPARATOR = re.compile(r"^[-–—_=.*~]{3,}$")
_PLACE_TAIL = re.compile(r"(?:^|\s)(?P<place>[^\W\d_][\w.]*(?:\s+[^\W\d_][\w.]*){0,4})\s*,\s*$")
_WHEN = re.compile(r"ngày\s+(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE)
_NUMBER_HEAD = re.compile(r"^\s*(?:Số|SỐ)\s*:?\s*\d{1,5}\s*[-–—/]?\s*$")
# A line that opens the preamble, so ends the title.
_PREAMBLE_START = re.compile(
    r"(?:Thực\s+hiện|Căn\s+cứ|Triển\s+khai|Tiếp\s+tục|Để|Nhằm|Trên\s+cơ\s+sở|Theo|Qua|Sau\s+khi)\b"
)
# Common Vietnamese family names: a trailing line of a document is a signer's name only if it
# starts with one, unless a signature block ('T/M ...') announced it.
_SURNAMES = frozenset(fold(s) for s in (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lò Đinh Lương Mai Trịnh Đào "
    "Cao Lâm Hà Tạ Triệu Thái Tô Chu Quách Lưu Kiều Đoàn Vương Văn Trương Tống Hứa Thân Khổng Âu Mạc "
    "Hầu Lục Nông Hoàng Giáp Phùng Lại Kim Ninh Đàm Doãn Chế Lã Diệp La Sầm Vi Y Ksor Rơ H"
).split())
_NAME_TOKEN = re.compile(r"^[^\W\d_][^\W\d_']*$")


@dataclass(frozen=True)
class Header:
    number: str | None = None
    doc_type: str | None = None
    title: str | None = None
    issued_on: date | None = None
    place: str | None = None
    issuer: Issuer | None = None
    signer: Signer | None = None
    warnings: list[str] = field(default_factory=list)


def _is_caps(line: str) -> bool:
    """All letters upper case (at least one): headings, header bodies, the signature block."""
    return line.isupper()


_SPACED_HEADINGS = {k.replace(" ", ""): v for k, v in TYPE_HEADINGS.items()}


def _type_heading(lines: list[str]) -> tuple[int, str, str | None] | None:
    """(line index, type code, rest of the line) of the first all-caps type heading; also when it
    is letter-spaced for display ('K Ế  H O Ạ C H')."""
    for i, line in enumerate(lines[:_HEAD_LINES]):
        if not _is_caps(line):
            continue
        letters = line.split()
        if len(letters) >= 4 and all(len(x) == 1 for x in letters):
            code = _SPACED_HEADINGS.get(fold("".join(letters)))
            if code:
                return i, code, None
            continue
        m = TYPE_HEADING_RE.match(fold(line))
        if m:
            rest = line[len(line) - len(m["rest"]):] if m["rest"] else None
            return i, TYPE_HEADINGS[squeeze(m["heading"])], rest
    return None


def _number(region: list[str], warnings: list[str]) -> DocNumber | None:
    texts = [x for x in region if x.strip()]
    for k, line in enumerate(texts):
        m = NUMBER_LINE_RE.search(line)
        if m is None and k + 1 < len(texts) and _NUMBER_HEAD.match(line):
            m = NUMBER_LINE_RE.search(line + " " + texts[k + 1])  # 'Số 312-' / 'KH/TU   Hà Giang, ...'
        if m is None:
            continue
        try:
            return DocNumber.from_match(m)
        except ValueError:
            continue
    blank = any(BLANK_NUMBER_RE.match(line) for line in region)
    warnings.append("no document number (left blank)" if blank else "no document number")
    return None


def _place_date(region: list[str], warnings: list[str]) -> tuple[str | None, date | None]:
    """The 'Hải Phòng, ngày 02 tháng 02 năm 2024' line, also when a column layout wrapped it
    ('..., ngày 15 tháng 01' / 'năm 2024') or put the left column between ('Nghệ An,' /
    'Số 85-KH/ĐUK ngày 02 tháng 02 năm 2024')."""
    texts = [x for x in region if x.strip()]
    for k, line in enumerate(texts):
        nxt = texts[k + 1] if k + 1 < len(texts) else ""
        m = PLACE_DATE_RE.search(line)
        partial = m is None and "ngày" in line.lower() or m is not None and DATE_RE.search(m["when"]) is None
        if partial and nxt:
            m = PLACE_DATE_RE.search(line + " " + nxt) or m
        if m:
            return _place_and_date(m["place"], m["when"], warnings)
        tail = _PLACE_TAIL.search(line)
        when = _WHEN.search(nxt) if tail and nxt else None
        if tail and when:
            return _place_and_date(tail["place"], when.group(0), warnings)
    warnings.append("no issue date")
    return None, None


def _place_and_date(place_text: str, when: str, warnings: list[str]) -> tuple[str | None, date | None]:
    words = place_text.split()
    while (len(words) > 1 and _is_caps(words[0]) and not words[0].endswith(".")  # keep 'TP.'
           and not all(_is_caps(w) for w in words)):
        words.pop(0)
    place = " ".join(words)
    dm = DATE_RE.search(when)
    if dm is None:
        warnings.append(f"no issue date (blank in '{squeeze(when)}')")
        return place, None
    d, mo, y = (dm["d"], dm["m"], dm["y"]) if dm["d"] else (dm["wd"], dm["wm"], dm["wy"])
    try:
        return place, date(int(y), int(mo), int(d))
    except ValueError:
        warnings.append(f"impossible issue date {d}/{mo}/{y}")
        return place, None


def _header_bodies(region: list[str]) -> list[str]:
    """Top-left lines naming bodies, outermost first: 'ĐẢNG BỘ TỈNH HƯNG YÊN', 'HUYỆN ỦY KIM ĐỘNG'.
    A line naming only a place ('XÃ TỰ CƯỜNG') completes the body line above it."""
    bodies: list[str] = []
    cells = [c for line in region for c in MOTTO_SPLIT_RE.split(line) if c.strip()]
    for line in cells:
        if not _is_caps(line) or MOTTO_RE.match(fold(line)) or NUMBER_LINE_RE.search(line):
            continue
        text = new_tone_placement(line)
        m = BODY_RE.match(text)
        if m and (m["organ"] or m["base"]):
            bodies.append(text)
        elif bodies and UNIT_KIND_RE.match(text):
            bodies[-1] += " " + text
    return bodies


def _title(lines: list[str], start: int, rest: str | None) -> tuple[str | None, str | None]:
    """(title, heading tail): the trích yếu under the type heading, and a 'CỦA BAN THƯỜNG VỤ ...'
    line that belongs to the heading itself."""
    tail = None
    out: list[str] = [rest] if rest else []
    i = start
    while i < len(lines) and not out:
        line = lines[i].strip()
        if line and _is_caps(line) and fold(line).startswith("của "):
            tail = line[4:].strip()
        elif line:
            break
        i += 1
    while i < len(lines) and len(out) < _TITLE_LINES:
        line = lines[i].strip()
        i += 1
        if not line:
            continue
        if _SEPARATOR.match(line) or FIRST_SECTION_RE.match(line):
            break
        if out and _PREAMBLE_START.match(line):
            break
        out.append(line)
    title = squeeze(" ".join(out)).strip(" -–") if out else None
    return title or None, tail


def _person(line: str, announced: bool) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 6 or not all(_NAME_TOKEN.match(w) for w in words):
        return False
    if not all(w[0].isupper() for w in words):
        return False
    if BODY_RE.match(line)["base"] or BODY_RE.match(line)["organ"]:  # type: ignore[index]
        return False
    return announced or fold(words[0]) in _SURNAMES


def _display_case_body(text: str) -> str:
    """'BAN THƯỜNG VỤ' → 'Ban Thường vụ', 'PHÓ BÍ THƯ THƯỜNG TRỰC' → 'Phó Bí thư Thường trực'."""
    if not _is_caps(text):
        return squeeze(text)
    low = squeeze(text).lower()
    body = parse_body(low)
    if body is not None and body.place is None and not body.unit_kind:
        return body_name(body, None)
    low = low[:1].upper() + low[1:]
    for phrase in ("bí thư", "thường trực", "chủ tịch", "ủy ban nhân dân", "ban thường vụ"):
        low = re.sub(rf"(?<=\s){phrase}", phrase[:1].upper() + phrase[1:], low)
    return low


def _signature_line(line: str) -> bool:
    return bool(SIGN_ON_BEHALF_RE.match(line) or SIGN_FOR_RE.match(line))


def _signature_part(line: str) -> str:
    """The signature block's part of a line ('- Lưu VT. TM. ỦY BAN NHÂN DÂN' → 'TM. ỦY BAN NHÂN DÂN')."""
    if len(line) > _SIGNATURE_WIDTH:  # a paragraph of the body, not a line of the block
        return line
    m = SIGN_MARK_RE.search(line)
    if m and m.start() > 0 and _is_caps(line[m.end():]):
        return line[m.start():]
    return line


def _signer(lines: list[str]) -> Signer | None:
    tail = [_signature_part(line.strip()) for line in lines[-_SIGNATURE_LINES:]]
    block = None
    for i in range(len(tail) - 1, -1, -1):
        if _signature_line(tail[i]):
            block = i
            while block > 0 and _signature_line(tail[block - 1]):
                block -= 1
            break
    on_behalf = title = name = None
    if block is not None:
        j = block
        while j < len(tail) and (not tail[j] or _is_caps(tail[j])):
            line = tail[j]
            if m := SIGN_ON_BEHALF_RE.match(line):
                on_behalf = _display_case_body(m["body"])
            elif line:
                m2 = SIGN_FOR_RE.match(line)
                title = _display_case_body(m2["title"] if m2 else line)
            j += 1
        rest = [x for x in tail[j:] if x]
        if rest and _person(rest[-1], announced=True):
            name = rest[-1]
        return Signer(name=name, title=title, on_behalf_of=on_behalf)
    last = next((x for x in reversed(tail) if x), "")
    if _person(last, announced=False):
        return Signer(name=last)
    return None


_PREAMBLE_SEARCH = 15000  # a preamble placed after a first section is still near the top
_CITING = re.compile(r"(?:của|do|tại|theo)\s+\Z", re.IGNORECASE)


@lru_cache(maxsize=4)
def _tone(text: str) -> str:
    return new_tone_placement(text)


def matching_text(paragraphs: list[str]) -> str:
    """The paragraphs joined by newlines in the new tone placement, offsets unchanged; the header
    and citation stages both read it, so it is made once per document."""
    return _tone("\n".join(paragraphs))


def preamble_spans(text: str) -> list[tuple[int, int]]:
    """Where the title and preamble are: everything before the first section heading, and a
    paragraph further down that opens like a preamble and names the issuer ('Thực hiện ...,
    Ban Thường vụ Thành ủy ban hành Nghị quyết ...'), for documents that start with a situation."""
    end = FIRST_SECTION_RE.search(text)
    front = end.start() if end else min(len(text), 3000)
    spans = [(0, front)]
    pos = front
    limit = min(len(text), _PREAMBLE_SEARCH)
    while pos < limit:
        nl = text.find("\n", pos)
        stop = len(text) if nl < 0 else nl
        if _PREAMBLE_START.match(text, pos) and ISSUER_CLAUSE_RE.search(text, pos, stop):
            spans.append((pos, stop))
            break
        pos = stop + 1
    return spans


def _issuer_clause(text: str, spans: list[tuple[int, int]], types: set[str]) -> str | None:
    """The body in '..., <Issuer> ban hành <Type>' of the preamble; not a cited document's issuer
    ('... của Ủy ban nhân dân tỉnh ban hành Quy chế ...'), and of this document's own type."""
    for start, end in spans:
        found = None
        for m in ISSUER_CLAUSE_RE.finditer(text, start, end):
            if _CITING.search(text, max(0, m.start() - 6), m.start()):
                continue
            if types and m["tw"] and TYPE_WORDS.get(fold(m["tw"])) not in types:
                continue
            found = m["issuer"]
        if found:
            return squeeze(found)
    return None


def extract_header(lines: list[str], paragraphs: list[str]) -> Header:
    warnings: list[str] = []
    heading = _type_heading(lines)
    if heading is None:
        warnings.append("no type heading")
        region = lines[:15]
        doc_type_heading, title, tail = None, None, None
    else:
        region = lines[: heading[0]]
        doc_type_heading = heading[1]
        title, tail = _title(lines, heading[0] + 1, heading[2])
    number = _number(region, warnings)
    place, issued_on = _place_date(region, warnings)
    doc_type = number.doc_type if number else doc_type_heading
    if title is None:
        warnings.append("no title")

    joined = matching_text(paragraphs)
    types = {t for t in (doc_type_heading, number.doc_type if number else None) if t}
    clause = _issuer_clause(joined, preamble_spans(joined), types)
    if clause is None and tail:
        clause = new_tone_placement(tail)
    evidence = Evidence(
        clause=clause,
        header_bodies=_header_bodies(region),
        place=place,
        number=number,
        issued_on=issued_on,
        text=joined,
    )
    issuer, issuer_warnings = resolve_issuer(evidence)
    warnings.extend(issuer_warnings)
    return Header(
        number=str(number) if number else None,
        doc_type=doc_type,
        title=title,
        issued_on=issued_on,
        place=place,
        issuer=issuer,
        signer=_signer(lines),
        warnings=warnings,
    )
