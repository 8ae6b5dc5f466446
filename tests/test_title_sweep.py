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
