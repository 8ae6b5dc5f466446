"""Recipients (Nơi nhận): one entry per '- ' item, wrapped items rejoined.

A line without a dash directly under an item continues it ('- Ban Dân vận Trung ương, Văn phòng
(để báo cáo),' / 'Trung ương Đảng,'); a blank line, a signature block or a name ends the list.
Annotations such as '(để báo cáo)', '(b/c)' are dropped, and so are the archive notes 'Lưu: VT',
'Lưu VPTU': they say where the office files its copy, not who receives the document.
"""

from __future__ import annotations

from loaders.normalise import squeeze
from loaders.patterns import (
    ARCHIVE_RE,
    INLINE_SIGNATURE_RE,
    RECIPIENT_ITEM_RE,
    RECIPIENT_NOTE_RE,
    RECIPIENT_RUN_SPLIT_RE,
    RECIPIENT_SEMICOLON_RE,
    RECIPIENTS_HEAD_RE,
    SIGN_FOR_RE,
    SIGN_MARK_RE,
    SIGN_ON_BEHALF_RE,
    SIGN_TITLE_TAIL_RE,
)


def _is_caps(line: str) -> bool:
    """All letters upper case (at least one): headings, header bodies, the signature block."""
    return line.isupper()


def _ends_block(line: str) -> bool:
    return bool(SIGN_ON_BEHALF_RE.match(line) or SIGN_FOR_RE.match(line) or _is_caps(line))


def _recipient_part(line: str) -> str:
    """A recipient line without the signature text a flattened table put beside it."""
    m = SIGN_MARK_RE.search(line)
    if m and (_is_caps(line[m.end():]) or INLINE_SIGNATURE_RE.match(line, m.start())):
        line = line[:m.start()]
    return SIGN_TITLE_TAIL_RE.sub("", line)


def _clean(item: str) -> str:
    item = RECIPIENT_NOTE_RE.sub(" ", item)
    return squeeze(item).strip(" ,;.")


def extract_recipients(lines: list[str]) -> list[str]:
    start = None
    for i in range(len(lines) - 1, -1, -1):
        if RECIPIENTS_HEAD_RE.match(lines[i]):
            start = i
            break
    if start is None:
        return []
    items: list[str] = []
    head = RECIPIENTS_HEAD_RE.match(lines[start])
    rest = _recipient_part(head["rest"]).strip() if head else ""
    bulleted = False  # a list with no dash at all puts one item on each line, closed by ';' or ','
    if rest:
        m = RECIPIENT_ITEM_RE.match(rest)
        bulleted = m is not None
        run = RECIPIENT_RUN_SPLIT_RE.split(m["text"]) if m else RECIPIENT_SEMICOLON_RE.split(rest)
        items.extend(x for x in run if x)
    prev_blank = False
    for raw in lines[start + 1:]:
        line = _recipient_part(raw.strip()).strip()
        if not line:
            prev_blank = True
            continue
        m = RECIPIENT_ITEM_RE.match(line)
        closed = not items or items[-1].endswith((";", ","))
        if m:
            items.extend(RECIPIENT_RUN_SPLIT_RE.split(m["text"]))
            bulleted = True
        elif not bulleted and closed and not prev_blank and line.endswith((";", ",", ".")) \
                and not _ends_block(line):
            items.append(line)  # 'Bộ Nông nghiệp và PTNT;' / 'Lưu: VT.': a page that lost its dashes
        elif items and not prev_blank and not _ends_block(line):
            # the wrapped line's punctuation ends the whole item, not the first half of it
            items[-1] = RECIPIENT_NOTE_RE.sub(" ", items[-1]).rstrip(" ,;") + " " + line
        elif items or _ends_block(line):
            break
        prev_blank = False
    return [c for c in (_clean(i) for i in items) if c and not ARCHIVE_RE.match(c)]
