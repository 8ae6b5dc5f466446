"""Citations: the set of canonical numbers a document cites, over the forms of `tests/cite_catalogue.py`.

Each row is a whole document parsed end to end; its own number is never among its citations. Rows in `KNOWN`
fail today (strict xfail: a fix must remove them).
"""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from loaders.parse import parse_text
from tests.cite_catalogue import _PARTY_TAIL, OWN_PARTY, OWN_STATE, CRow, cite_rows, party_doc

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
