"""Citations: the set of canonical numbers a document cites, over the forms of `tests/cite_catalogue.py`.

Each row is a whole document parsed end to end; its own number is never among its citations. Rows in `KNOWN`
fail today (strict xfail: a fix must remove them).
"""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from loaders.parse import parse_text
from tests.cite_catalogue import _PARTY_TAIL, OWN_PARTY, OWN_STATE, CRow, cite_rows, party_doc, state_doc

KNOWN: dict[str, str] = {}


def _cited(row: CRow) -> set[str]:
    return {r.number for r in parse_text(row.text).citations if r.number}


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[r.id])] if r.id in KNOWN else [])
     for r in cite_rows()],
)
def test_cite_sweep(row: CRow) -> None:
    assert _cited(row) == set(row.cites)


def test_catalogue_shape() -> None:
    rows = cite_rows()
    assert len({r.id for r in rows}) == len(rows)
    assert all(OWN_PARTY not in r.cites and OWN_STATE not in r.cites for r in rows)


# Bare numbers sharing a whole number's codes are carried out with it when the clause carries it out, and take
# its date and issuer. Must not fire: a day or a count before a number, a number with its own type word.
@pytest.mark.parametrize(("clause", "implements"), [
    ("Thực hiện Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII", ["18-NQ/TW", "19-NQ/TW"]),
    ("Thực hiện Nghị quyết số 26 và 27-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương Đảng khóa XII", ["26-NQ/TW", "27-NQ/TW"]),
    ("Thực hiện Quyết định số 1234, 1235/QĐ-UBND ngày 12/5/2023 của UBND tỉnh Thanh Hóa", ["1234/QĐ-UBND", "1235/QĐ-UBND"]),
    # must not fire
    ("Thực hiện Kế hoạch số 37, Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương", ["19-NQ/TW"]),
    ("Từ ngày 18, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương được quán triệt", []),
])
def test_shared_suffix(clause: str, implements: list[str]) -> None:
    rec = parse_text(party_doc(clause + _PARTY_TAIL))
    assert [r.number for r in rec.implements] == implements
    dated = {r.number: r.issued_on for r in rec.citations if r.number}
    assert all(dated[n] is not None for n in implements)
    assert "18-NQ/TW" not in dated or "Nghị quyết số 18" in clause


# A legal library's related list above the text ('- 1Thông tư ...', ordinals glued) names documents the page's
# own (dated 15/4/2024) cites, and later ones it cannot: a year after its own, in the number or as 'năm 2025'.
@pytest.mark.parametrize(("item", "cites"), [
    pytest.param("- 1Quyết định 1098/QĐ-UBND năm 2023 về phân công nhiệm vụ", {"1098/QĐ-UBND"}, id="earlier-year-written"),
    pytest.param("- 2Thông tư 12/2022/TT-BNV hướng dẫn cải cách hành chính", {"12/2022/TT-BNV"}, id="earlier-year-in-number"),
    pytest.param("- 1Nghị quyết 20/NQ-CP năm 2024 về cải cách hành chính", {"20/NQ-CP"}, id="same-year"),
    pytest.param("- 3Nghị quyết 21-NQ/TW năm 2017 về công tác dân số", {"21-NQ/TW"}, id="party-earlier"),
    pytest.param("- 1Thông tư 42/2025/TT-BNV quy định về cơ sở dữ liệu", set(), id="later-year-in-number"),
    pytest.param("- 2Quyết định 259/QĐ-BNV năm 2026 công bố danh mục văn bản hết hiệu lực", set(), id="later-year-written"),
    pytest.param("- 4Kết luận 80-KL/TW năm 2025 về cải cách hành chính", set(), id="party-later-written"),
    pytest.param("- 1Quyết định 466/QĐ-BNV về hệ thống hóa văn bản", {"466/QĐ-BNV"}, id="no-year-kept"),
])
def test_related_list_later_documents(item: str, cites: set[str]) -> None:
    rec = parse_text(f"{item}\n{state_doc('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;')}")
    assert rec.issued_on is not None and rec.issued_on.year == 2024
    assert {r.number for r in rec.citations if r.number} == cites


# A header run into one line glues its 'Số' to the body's capitals before it: the number is still its own.
@pytest.mark.parametrize(("header", "own"), [
    pytest.param("BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013", "367-QĐ/TWĐTN-VP", id="glued-stars"),
    pytest.param("BAN CHẤP HÀNH TRUNG ƯƠNGSố: 367-QĐ/TWĐTN-VP Hà Nội, ngày 29 tháng 10 năm 2013", "367-QĐ/TWĐTN-VP", id="glued-caps"),
])
def test_glued_number_line_is_own(header: str, own: str) -> None:
    rec = parse_text(
        f"{header} QUYẾT ĐỊNH Về việc ban hành Quy định về văn bản của Đoàn - Căn cứ Điều lệ Đoàn; - Căn cứ Quyết định "
        "số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn; QUYẾT ĐỊNH Điều 1. Ban hành kèm theo quyết "
        "định này Quy định về văn bản của Đoàn.")
    assert str(rec.number) == own
    assert {r.number for r in rec.citations if r.number} == {"84-QĐ/TWĐTN"}
