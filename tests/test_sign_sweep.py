"""Signer and recipients of every form of the end block (`tests/sign_catalogue.py`), graded as the gold
format grades them: the name equal, the title part inside the title, each recipient inside one of its own.
Rows in `KNOWN` fail today (strict xfail: a fix must remove them).
"""
# ruff: noqa: E501

from __future__ import annotations

import re

import pytest

from loaders.normalise import fold
from loaders.parse import parse_text
from loaders.patterns import SIGNER_OFFICE_WORD_RE
from tests.sign_catalogue import SRow, sign_rows

# No office ends in the news tense or a manner adverb a lead puts before its verb ('vừa', 'đã chính thức').
_TENSE_TAIL = re.compile(r"(?:đã|vừa|cũng|mới đây|chính thức|khẩn trương|kịp thời)$")

KNOWN: dict[str, str] = {}


def _problems(row: SRow) -> list[str]:
    rec = parse_text(row.text)
    signer = rec.signer
    out = []
    name = signer.name if signer else None
    if row.name is None:
        if name is not None:
            out.append(f"signer {name}")
    elif name is None or fold(name) != fold(row.name):
        out.append(f"signer {name}")
    if row.title and (signer is None or signer.title is None or row.title not in fold(signer.title)):
        out.append(f"title {signer.title if signer else None}")
    if signer and signer.title and not SIGNER_OFFICE_WORD_RE.search(fold(signer.title)):
        out.append(f"title holds no office: {signer.title!r}")  # an annex's title under a cut block
    if signer and signer.title and _TENSE_TAIL.search(fold(signer.title)):
        out.append(f"title ends in the lead's tense: {signer.title!r}")  # the verb's words, not the office's
    if signer and signer.title and signer.title[-1] in ",;:-–":
        out.append(f"title ends in the punctuation before the name: {signer.title!r}")
    if signer and signer.title and re.search(rf"thừa\s+(?:lệnh|ủy\s+quyền)\s+{re.escape(fold(signer.title).split(',')[0])}", fold(row.text)):
        out.append(f"title is the office signed for: {signer.title!r}")  # 'thừa lệnh Chủ tịch ..., Phó Chánh Văn phòng X'
    for want in row.recipients:
        holders = [r for r in rec.recipients if fold(want) in fold(r)]
        if len(holders) != 1 or any(fold(o) in fold(holders[0]) for o in row.recipients if o != want):
            out.append(f"recipient {want!r} in {rec.recipients}")
    if any(fold(r).startswith("lưu") for r in rec.recipients):
        out.append(f"archive note in {rec.recipients}")
    return out


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[r.id])] if r.id in KNOWN else [])
     for r in sign_rows()],
)
def test_sign_sweep(row: SRow) -> None:
    assert _problems(row) == []
