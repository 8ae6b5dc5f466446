"""`header.issuer_clauses` starts its search after the last stop before a clause verb: it must give
exactly what `ISSUER_CLAUSE_RE.finditer` gives, on names that hold a stop's look-alike and on every
preamble of the labelled sets. A new BODY_TOKEN form with '.', ';', ':', '/', quotes or a bare ',' in
it breaks this (extend `_CLAUSE_STOPS`' rule with it)."""
# ruff: noqa: E501

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import header
from loaders.normalise import clean_lines, paragraphs
from loaders.patterns import ISSUER_CLAUSE_RE
from loaders.read import read_path

REPO = Path(__file__).resolve().parent.parent


def _same(text: str, start: int, end: int) -> bool:
    header.issuer_clauses.cache_clear()
    ours = [(m.span(), m.groupdict()) for m in header.issuer_clauses(text, start, end)]
    plain = [(m.span(), m.groupdict()) for m in ISSUER_CLAUSE_RE.finditer(text, start, end)]
    return ours == plain


@pytest.mark.parametrize("text, issuers", [
    ("Thực hiện Kế hoạch số 5/KH-UBND; Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh ban hành Kế hoạch như sau:",
     ["Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh"]),
    ("Căn cứ A. Ban Chấp hành Đảng bộ tỉnh (khóa XIII.) ban hành Nghị quyết", ["Ban Chấp hành Đảng bộ tỉnh (khóa XIII.)"]),
    ("Căn cứ A. Ban Chấp hành Đảng bộ tỉnh (Khoá X/Y) xây dựng Chương trình", ["Ban Chấp hành Đảng bộ tỉnh (Khoá X/Y)"]),
    ("Hội đồng Thi đua - Khen thưởng tỉnh ban hành Kế hoạch: x. Sở Nội vụ hướng dẫn thực hiện",
     ["Hội đồng Thi đua - Khen thưởng tỉnh", "Sở Nội vụ"]),
    ("“Ủy ban nhân dân” tỉnh ban hành Kế hoạch; UBND huyện X, Y ban hành Kế hoạch", ["Y"]),
    ("Thực hiện Nghị quyết số 43-NQ/TW về xây dựng đất nước, Ban Thường vụ Đảng ủy ban hành Kế hoạch",
     ["Ban Thường vụ Đảng ủy"]),
    ("ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\nSố: 12/KH-UBND\nKẾ HOẠCH", []),
])
def test_same_clauses_as_the_plain_scan(text: str, issuers: list[str]) -> None:
    assert _same(text, 0, len(text))
    assert [m["issuer"] for m in header.issuer_clauses(text, 0, len(text))] == issuers


def test_same_clauses_on_every_labelled_preamble() -> None:
    files = [p for d in ("seed_data", "tests/heldout", "tests/realworld", "tests/realworld_unseen")
             for p in sorted((REPO / d).glob("*.txt"))]
    differ = []
    for path in files:
        text = header.matching_text(paragraphs(clean_lines(read_path(path).text)))
        for start, end in [*header.preamble_spans(text), (0, min(len(text), 15000))]:
            if not _same(text, start, end):
                differ.append((path.name, start, end))
    assert len(files) > 200
    assert differ == []
