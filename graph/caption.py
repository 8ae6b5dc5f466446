"""What a document is called on screen when it has no number or no title of its own.

A stub knows only what citations say, and an unnumbered plan has no number: the Browser and the web
pages then showed "null". The caption is the type word and the number ('Nghị quyết 43-NQ/TW'), or the
type word and the issuer for an unnumbered document, so every document has a name a person can read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

# The word a person says for each type code (DOMAIN §2); the parser's TYPE_WORDS map words to codes.
TYPE_WORD: dict[str, str] = {
    "NQ": "Nghị quyết", "CT": "Chỉ thị", "CTr": "Chương trình", "KL": "Kết luận", "QĐ": "Quyết định",
    "QyĐ": "Quy định", "HD": "Hướng dẫn", "KH": "Kế hoạch", "TB": "Thông báo", "BC": "Báo cáo",
    "TTr": "Tờ trình", "CV": "Công văn", "QC": "Quy chế", "ĐA": "Đề án", "NĐ": "Nghị định",
    "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "NQLT": "Nghị quyết liên tịch", "CĐ": "Công điện",
    "PA": "Phương án", "DA": "Dự án", "BB": "Biên bản", "GM": "Giấy mời", "TBKL": "Thông báo kết luận",
    "KHPH": "Kế hoạch phối hợp",
}


def type_word(doc_type: str | None) -> str:
    return TYPE_WORD.get(doc_type or "", "Văn bản")


def caption(doc_type: str | None, number: str | None, issuer: str | None = None,
            issued_on: date | None = None) -> str:
    """'Nghị quyết 43-NQ/TW'; 'Kế hoạch của Ủy ban nhân dân xã Tự Cường' when there is no number."""
    word = type_word(doc_type)
    if number:
        return f"{word} {number}"
    parts = [word]
    if issuer:
        parts.append(f"của {issuer}")
    if issued_on:
        parts.append(f"ngày {issued_on.day:02d}/{issued_on.month:02d}/{issued_on.year}")
    if len(parts) == 1:
        parts.append("(không số)")
    return " ".join(parts)


_ABOUT = re.compile(r"^[\s,;:]*(?:\(\s*[^)]*\)\s*)?(?P<title>về\s+\S.*)$", re.IGNORECASE | re.DOTALL)


def title_from(citation: str, texts: Iterable[str]) -> str | None:
    """The cited document's own title when a citing text goes on after the citation with 'về ...'.

    '... thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII
    về tiếp tục phát huy truyền thống ...' gives 43-NQ/TW 'về tiếp tục phát huy truyền thống ...'.
    """
    if not citation:
        return None
    for text in texts:
        if not text:
            continue
        at = text.find(citation)
        if at < 0:
            continue
        m = _ABOUT.match(text[at + len(citation):])
        if m:
            title = " ".join(m["title"].split()).rstrip(" .;,")
            return title or None
    return None
