# ruff: noqa: E501  (tables of real-looking Vietnamese text read better unwrapped)
"""Number, type, date, issuer, level, locality, title and implements of news leads in every grammar.

Rows come from `tests/lead_catalogue.py` (subject x verb x object x opening, each from a labelled news file).
Rows in `KNOWN` fail today (strict xfail: a fix must remove them from the list).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.docnumber import DocNumber
from loaders.normalise import fold
from loaders.parse import parse_text
from tests.lead_catalogue import NEGATIVE, OBJECTS, OPENINGS, SUBJECTS, VERBS, Negative, Row, rows

KNOWN: dict[str, str] = {
    "btv_tu-hoi_nghi_ra-so_ve-caps_place": "number, doc_type, issued_on, issuer, level, province, title",
    "tu-hoi_nghi_ra-no_so-time_of_day": "number, doc_type, issued_on, issuer, level, province, title",
    "btv_tu_short-hoi_nghi_ra-no_ve-moi_day": "number, doc_type, issued_on, issuer, level, province, title",
    "btv_hu-hoi_nghi_ra-unnumbered_implements-lead_date": "issuer, district",
    "hu-hoi_nghi_ra-unnumbered_lower-after_number": "issuer, district",
    "btv_hu_short-hoi_nghi_ra-so_ve-tag": "number, doc_type, issued_on, issuer, level, district, title",
    "du_xa-hoi_nghi_ra-unnumbered_implements-no_year": "issuer, commune",
    "hdnd-hoi_nghi_ra-no_ve-caps_place": "number, doc_type, issued_on, issuer, level, province, title",
    "du_ubnd_2025-hoi_nghi_ra-no_so-lead_date": "number, doc_type, issued_on, issuer, level, province, title",
    "btgdv_2025-ban_hanh-unnumbered_implements-tag": "issuer",
    "btv_hu_short-thong_qua-unnumbered_implements-after_number": "issued_on",
    "du_xa-thong_qua-unnumbered_implements-tag": "issued_on",
    "hdnd-thong_qua-unnumbered_implements-caps_place": "issued_on",
    "btv_tu-thong_qua-unnumbered_implements-moi_day": "issued_on",
    "btv_tu-hoi_nghi_ra-so_ve-lead_date": "number, doc_type, issued_on, issuer, level, province, title",
    "tu-hoi_nghi_ra-so_ve-after_number": "number, doc_type, issued_on, issuer, level, province, title",
    "btv_tu_short-hoi_nghi_ra-so_ve-tag": "number, doc_type, issued_on, issuer, level, province, title",
    "btv_hu-hoi_nghi_ra-so_ve-caps_place": "number, doc_type, issued_on, issuer, level, district, title",
    "hu-hoi_nghi_ra-so_ve-time_of_day": "number, doc_type, issued_on, issuer, level, district, title",
    "btv_hu_short-hoi_nghi_ra-so_ve-moi_day": "number, doc_type, issued_on, issuer, level, district, title",
    "du_xa-hoi_nghi_ra-so_ve-no_year": "number, doc_type, issuer, level, commune, title",
    "hdnd-hoi_nghi_ra-no_so-lead_date": "number, doc_type, issued_on, issuer, level, province, title",
    "du_ubnd_2025-hoi_nghi_ra-no_so-after_number": "number, doc_type, issued_on, issuer, level, province, title",
    "btv_tu-hoi_nghi_ra-no_so-tag": "number, doc_type, issued_on, issuer, level, province, title",
    "tu-hoi_nghi_ra-no_so-caps_place": "number, doc_type, issued_on, issuer, level, province, title",
    "btv_tu_short-hoi_nghi_ra-no_so-time_of_day": "number, doc_type, issued_on, issuer, level, province, title",
    "btv_hu-hoi_nghi_ra-no_so-moi_day": "number, doc_type, issued_on, issuer, level, district, title",
    "hu-hoi_nghi_ra-no_so-no_year": "number, doc_type, issuer, level, district, title",
    "btv_hu_short-hoi_nghi_ra-no_ve-lead_date": "number, doc_type, issued_on, issuer, level, district, title",
    "du_xa-hoi_nghi_ra-no_ve-after_number": "number, doc_type, issued_on, issuer, level, commune, title",
    "hdnd-hoi_nghi_ra-no_ve-tag": "number, doc_type, issued_on, issuer, level, province, title",
    "du_ubnd_2025-hoi_nghi_ra-no_ve-caps_place": "number, doc_type, issued_on, issuer, level, province, title",
    "btv_tu-hoi_nghi_ra-no_ve-time_of_day": "number, doc_type, issued_on, issuer, level, province, title",
    "tu-hoi_nghi_ra-no_ve-moi_day": "number, doc_type, issued_on, issuer, level, province, title",
    "btv_tu_short-hoi_nghi_ra-no_ve-no_year": "number, doc_type, issuer, level, province, title",
    "btv_hu-hoi_nghi_ra-implements-lead_date": "number, doc_type, issued_on, issuer, level, district, title, implements",
    "hu-hoi_nghi_ra-implements-after_number": "number, doc_type, issued_on, issuer, level, district, title, implements",
    "btv_hu_short-hoi_nghi_ra-implements-tag": "number, doc_type, issued_on, issuer, level, district, title, implements",
    "du_xa-hoi_nghi_ra-implements-caps_place": "number, doc_type, issued_on, issuer, level, commune, title, implements",
    "hdnd-hoi_nghi_ra-implements-time_of_day": "number, doc_type, issued_on, issuer, level, province, title, implements",
    "du_ubnd_2025-hoi_nghi_ra-implements-moi_day": "number, doc_type, issued_on, issuer, level, province, title, implements",
    "btv_tu-hoi_nghi_ra-implements-no_year": "number, doc_type, issuer, level, province, title, implements",
    "btv_hu-hoi_nghi_ra-unnumbered_implements-tag": "issuer, district",
    "hu-hoi_nghi_ra-unnumbered_implements-caps_place": "doc_type, issuer, level, district, title, implements",
    "btv_hu_short-hoi_nghi_ra-unnumbered_implements-time_of_day": "doc_type, issuer, level, district, title, implements",
    "du_xa-hoi_nghi_ra-unnumbered_implements-moi_day": "doc_type, issuer, level, commune, title, implements",
    "btv_tu_short-hoi_nghi_ra-unnumbered_lower-caps_place": "doc_type, issuer, level, province, title",
    "btv_hu-hoi_nghi_ra-unnumbered_lower-time_of_day": "doc_type, issuer, level, district, title",
    "hu-hoi_nghi_ra-unnumbered_lower-moi_day": "doc_type, issuer, level, district, title",
    "btv_hu_short-hoi_nghi_ra-unnumbered_lower-no_year": "issuer, district",
}


def problems(row: Row) -> list[str]:
    rec = parse_text(row.text)
    out = []
    want = str(DocNumber.parse(row.number)) if row.number else None
    if (str(rec.number) if rec.number else None) != want:
        out.append(f"number {rec.number}")
    if rec.doc_type != row.doc_type:
        out.append(f"doc_type {rec.doc_type}")
    if row.yearless and rec.issued_on is not None:
        if (rec.issued_on.month, rec.issued_on.day) != (3, 12):
            out.append(f"issued_on {rec.issued_on}")
    elif rec.issued_on != row.issued_on:
        out.append(f"issued_on {rec.issued_on}")
    issuer = rec.issuer
    if issuer is None or fold(row.name) not in fold(issuer.name):
        out.append(f"issuer {issuer.name if issuer else None}")
    if issuer is None or issuer.level != row.level:
        out.append(f"level {issuer.level if issuer else None}")
    for part, value in row.locality.items():
        got = getattr(issuer.locality, part) if issuer else None
        if (fold(got) if got else None) != fold(value or ""):
            out.append(f"{part} {got}")
    if rec.title is None or fold(row.title) not in fold(rec.title):
        out.append(f"title {rec.title}")
    got_impl = {str(r.number) for r in rec.implements if r.number}
    if got_impl != set(row.implements):
        out.append(f"implements {sorted(got_impl)}")
    return out


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[r.id])] if r.id in KNOWN else [])
     for r in rows()],
)
def test_lead_sweep(row: Row) -> None:
    assert problems(row) == []


def test_sources_exist() -> None:
    """Every form names a real file it follows; a named file must be there."""
    root = Path(__file__).resolve().parent.parent
    for item in (*SUBJECTS, *VERBS, *OBJECTS, *OPENINGS, *NEGATIVE):
        path = item.src.split(" ")[0]
        if path.endswith(".txt"):
            assert (root / path).is_file(), path


@pytest.mark.parametrize("row", NEGATIVE, ids=[r.id for r in NEGATIVE])
def test_lead_must_not_fire(row: Negative) -> None:
    rec = parse_text(row.text + "\nTheo đó, các cấp, các ngành chủ động triển khai thực hiện.\n")
    name = fold(rec.issuer.name) if rec.issuer else ""
    if row.name is not None:
        assert fold(row.name) in name
    for word in row.absent:
        assert fold(word) not in name
    assert (str(rec.number) if rec.number else None) == row.number


# The Front by its bare initials: the unit after them gives the level and the place; with no unit, the level
# stays unknown (not guessed).
@pytest.mark.parametrize(("subject", "name", "level", "part", "place"), [
    ("MTTQ tỉnh Nghệ An", "MTTQ tỉnh Nghệ An", "province", "province", "Nghệ An"),
    ("Ban Thường trực MTTQ huyện Nghĩa Đàn", "MTTQ huyện Nghĩa Đàn", "district", "district", "Nghĩa Đàn"),
    ("MTTQ Việt Nam huyện Kim Động", "MTTQ Việt Nam huyện Kim Động", "district", "district", "Kim Động"),
    ("MTTQ xã Đức Hợp", "MTTQ xã Đức Hợp", "commune", "commune", "Đức Hợp"),
    ("MTTQ các cấp", None, None, "province", None),
])
def test_front_initials(subject: str, name: str | None, level: str | None, part: str, place: str | None) -> None:
    rec = parse_text(f"Ngày 12/3/2024, {subject} đã ban hành Kế hoạch số 45/KH-MTTQ về công tác tuyên truyền.\n")
    issuer = rec.issuer
    if name is None:
        assert issuer is None or issuer.level is None
        return
    assert issuer is not None and fold(name) in fold(issuer.name) and issuer.level == level
    assert fold(getattr(issuer.locality, part) or "") == fold(place or "")
