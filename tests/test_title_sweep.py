# ruff: noqa: E501
"""The title (trích yếu) in every form a page writes it.

Rows come from `tests/title_catalogue.py` (the lines under the type word, wrapped, in capitals, in bold,
a letter's 'V/v', a decision's 'Ban hành ...', a library's metadata, a news lead, a title run into its
opening, a header flattened onto one line). Rows in `KNOWN` fail today (strict xfail: a fix must remove them).
"""

from __future__ import annotations

import pytest

from loaders.normalise import fold
from loaders.parse import parse_text
from tests.title_catalogue import TRow, title_rows

KNOWN: dict[str, str] = {
    "news-congress_resolution_sentence_not_title_line": "sweepG: _title_line takes a body paragraph opening on a type word "
    "and a congress's name ('Nghị quyết Đại hội ... lần thứ I đề ra phương hướng chung là: ...') for a title line, over "
    "the meeting's unnumbered study plan; telling a sentence's subject from a title line needs the verb after the name",
    "news-dispatch_headline_subject_over_order_lead": "sweepG: a headline issuing with 'ra công điện khẩn về ...' is no "
    "title line (its verb 'ra' is not read there), so the lead's order ('chỉ đạo các ban ngành ...') stands as the title",
    "news-caps_headline_twice_over_numbered_lead": "sweepY: a guidance page (a Kon Tum propaganda board's repost of the "
    "Central Propaganda Board's 118-HD/BTGTW) opens on its headline in capitals twice; the first is read as the type "
    "heading and the title runs on through the second, the date stamp and the lead, so the lead's number is never read",
    "news-bracketed_number_after_type": "sweepY: a national paper's 'đã có Công văn (số 73/TTg-CN) chỉ đạo ...': the "
    "number in brackets after the type word is read, but the title opens on the bracket ('(số 73/TTg-CN) chỉ đạo ...')",
    "news-at_resolution_body_agrees": "sweepY: a legal library's digest opening 'Tại Nghị quyết 67/NQ-HĐND ngày 17/7/2024, "
    "Hội đồng nhân dân Thành phố cơ bản thống nhất ...' names no document: DOCUMENT_SUBJECT_RE reads 'Tại Nghị quyết, X "
    "...' only with no number between the type word and the comma, and its verbs hold no 'thống nhất'",
}


def _problems(row: TRow) -> list[str]:
    title = parse_text(row.text).title
    if title is None:
        return ["no title"]
    out = []
    if fold(row.title) not in fold(title):
        out.append(f"title {title!r}")
    if row.excludes is not None and fold(row.excludes) in fold(title):
        out.append(f"title runs on: {title!r}")
    return out


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[r.id])] if r.id in KNOWN else [])
     for r in title_rows()],
)
def test_title_sweep(row: TRow) -> None:
    assert _problems(row) == []


def test_row_ids_unique() -> None:
    ids = [r.id for r in title_rows()]
    assert len(ids) == len(set(ids))
