"""Issuer name, level and locality of grassroots and non-territorial bodies (communes, wards, townships, Party
cells, blocs, agencies' Party committees).

Rows come from `tests/grass_catalogue.py` (header cells, one-line headers, signature blocks, news leads with full
and short names, the body as its clause's subject, and rows that must not fire). Rows in `KNOWN` fail today
(strict xfail: a fix must remove them).
"""
# ruff: noqa: E501

from __future__ import annotations

import re

import pytest

from loaders.docnumber import DocNumber
from loaders.header import _header_bodies, _organ_cells
from loaders.normalise import fold
from loaders.parse import parse_text
from loaders.patterns import BODY_NAME
from loaders.resolve import Evidence, parse_body, resolve_issuer
from tests.grass_catalogue import UNGRADED, GRow, grass_rows

KNOWN: dict[str, str] = {
    "du_xa-clause_after": "the committee's code written as its name in prose ('..., ĐU xã Dân Lực xây dựng kế hoạch')",
    "du_xa-short_lead": "the committee's code written as its name in prose ('ĐU xã Dân Lực vừa ban hành ...')",
}


def _problems(row: GRow) -> list[str]:
    rec = parse_text(row.text)
    out = []
    want_number = str(DocNumber.parse(row.number)) if row.number else None
    if (str(rec.number) if rec.number else None) != want_number:
        out.append(f"number {rec.number}")
    if rec.doc_type != row.doc_type:
        out.append(f"doc_type {rec.doc_type}")
    if rec.issued_on != row.issued_on:
        out.append(f"issued_on {rec.issued_on}")
    issuer = rec.issuer
    if row.name is None:
        if issuer is not None and issuer.level is not None:
            out.append(f"issuer {issuer.name} ({issuer.level})")
        return out
    if issuer is None or fold(row.name) not in fold(issuer.name):
        out.append(f"issuer {issuer.name if issuer else None}")
    if row.level != UNGRADED and (issuer is None or issuer.level != row.level):
        out.append(f"level {issuer.level if issuer else None}")
    for part, want in row.locality.items():
        got = getattr(issuer.locality, part) if issuer else None
        if (fold(got) if got else None) != (fold(want) if want else None):
            out.append(f"{part} {got}")
    return out


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[r.id])] if r.id in KNOWN else [])
     for r in grass_rows()],
)
def test_grass_sweep(row: GRow) -> None:
    assert _problems(row) == []


# An agency's or an enterprise's own Party committee is named by its agency (up to its unit word) and is at the
# agency's level, or at that of the Party body on the header line above it. Must not fire: a committee of a
# commune or a bloc, a sector's committee, a school named in a commune's committee's work.
@pytest.mark.parametrize(("cells", "name", "level"), [
    (["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG ỦY SỞ Y TẾ"], "Đảng ủy Sở Y tế", "province"),
    (["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG UỶ CƠ QUAN SỞ NỘI VỤ"], "Đảng ủy cơ quan Sở Nội vụ", "province"),
    (["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG ỦY VĂN PHÒNG UBND TỈNH"], "Đảng ủy Văn phòng UBND tỉnh", "province"),
    (["ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "ĐẢNG ỦY BỆNH VIỆN ĐA KHOA TỈNH"], "Đảng ủy Bệnh viện Đa khoa tỉnh", "province"),
    (["ĐẢNG BỘ HUYỆN KIM ĐỘNG", "ĐẢNG ỦY TRƯỜNG THPT KIM ĐỘNG"], "Đảng ủy Trường THPT Kim Động", "district"),
    (["ĐẢNG BỘ KHỐI DOANH NGHIỆP TRUNG ƯƠNG", "ĐẢNG ỦY TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC"],
     "Đảng ủy Tổng công ty Điện lực miền Bắc", "central"),
    (["QUẬN ỦY QUẬN 3", "ĐẢNG ỦY CƠ QUAN CHÍNH QUYỀN"], "Đảng ủy cơ quan chính quyền", "district"),
    (["HUYỆN ỦY KIM ĐỘNG", "ĐẢNG ỦY PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"], "Đảng ủy Phòng Giáo dục và Đào tạo", "district"),
    # must not change: a commune's committee, a bloc's, a sector's
    (["ĐẢNG BỘ HUYỆN KIM ĐỘNG", "ĐẢNG ỦY XÃ ĐỨC HỢP"], "Đảng ủy xã Đức Hợp", "commune"),
    (["ĐẢNG BỘ TỈNH THÁI NGUYÊN", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"], "Đảng ủy Khối các cơ quan tỉnh", "province"),
    (["ĐẢNG BỘ TỈNH NAM ĐỊNH", "ĐẢNG ỦY CÔNG AN TỈNH"], "Đảng ủy Công an tỉnh", "province"),
])
def test_agency_committee(cells: list[str], name: str, level: str) -> None:
    issuer, _ = resolve_issuer(Evidence(header_bodies=_header_bodies([*cells, "Số 45-KH/ĐU"])))
    assert issuer is not None and fold(name) in fold(issuer.name) and issuer.level == level


@pytest.mark.parametrize(("phrase", "bloc"), [
    ("Đảng ủy Sở Y tế tỉnh Thái Nguyên", "Sở Y tế tỉnh"),
    ("Đảng ủy Văn phòng UBND tỉnh Lai Châu", "Văn phòng UBND tỉnh"),
    ("Đảng ủy cơ quan chính quyền Phường 12", "cơ quan chính quyền Phường"),
    # blind52: a hospital's 'Đảng bộ' placed by the unit word closing its name
    ("Đảng bộ Bệnh viện Đa khoa tỉnh Thanh Hóa", "Bệnh viện Đa khoa tỉnh"),
    ("Đảng bộ Bệnh viện Y học cổ truyền huyện Thọ Xuân", "Bệnh viện Y học cổ truyền huyện"),
    # must not fire: a commune's, a bloc's committee, the agency in running text
    ("Đảng ủy xã Đức Hợp", None),
    ("Đảng ủy Khối các cơ quan tỉnh", "Khối các cơ quan tỉnh"),
    ("Sở Y tế tỉnh Thái Nguyên", None),
    ("Đảng bộ Bệnh viện Chợ Rẫy", None),  # no unit word: the place its header's place line gives (blind10)
])
def test_agency_committee_phrase(phrase: str, bloc: str | None) -> None:
    body = parse_body(phrase)
    assert body is not None and body.bloc == bloc


# A Party cell is named by its own unit (a quarter, a residents' group, a village, a school, a grassroots cell),
# never by the commune its place line or its parent names; lower-case unit words belong to its name. Must not
# fire: the cells as a plural subject, 'chi phí', a school's work.
@pytest.mark.parametrize(("text", "name"), [
    ("Chi bộ khu phố 3 đã", "Chi bộ khu phố 3"),
    ("Chi bộ tổ dân phố 5 vừa", "Chi bộ tổ dân phố 5"),
    ("Chi bộ làng Đông Hòa đã", "Chi bộ làng Đông Hòa"),
    ("Chi bộ cơ sở Trường THPT Đông Sơn 1 đã", "Chi bộ cơ sở Trường THPT Đông Sơn 1"),
    ("Chi bộ trường mầm non Mỹ Hưng xây", "Chi bộ trường mầm non Mỹ Hưng"),
    ("Chi bộ trường tiểu học Lê Lợi đã", "Chi bộ trường tiểu học Lê Lợi"),
    ("Các chi bộ khu dân cư", "Các"),
    ("Chi phí khu vực", "Chi"),
])
def test_cell_name_words(text: str, name: str) -> None:
    m = re.match(BODY_NAME, text, re.VERBOSE)
    assert m is not None and m.group(0).strip() == name


@pytest.mark.parametrize(("cells", "place", "name"), [
    (["ĐẢNG ỦY PHƯỜNG THỦY LƯƠNG", "CHI BỘ KHU PHỐ 3"], "Thủy Lương", "Chi bộ Khu phố 3"),
    (["ĐẢNG BỘ XÃ ĐÔNG QUANG", "CHI BỘ THÔN PHÚ BÌNH"], "Đông Quang", "Chi bộ Thôn Phú Bình"),
    (["CHI BỘ TRƯỜNG THPT TRẤN BIÊN"], "Biên Hòa", "Chi bộ Trường THPT Trấn Biên"),
    (["ĐẢNG BỘ HUYỆN ĐÔNG SƠN", "CHI BỘ CƠ SỞ TRƯỜNG THPT ĐÔNG SƠN 1"], "Đông Sơn", "Chi bộ Cơ sở Trường THPT Đông Sơn 1"),
    (["ĐẢNG ỦY XÃ PHONG MỸ", "CHI BỘ TRƯỜNG THCS PHONG MỸ"], "Phong Mỹ", "Chi bộ Trường THCS Phong Mỹ"),
    (["HUYỆN ỦY TRIỆU SƠN", "CHI BỘ PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"], "Triệu Sơn", "Chi bộ Phòng Giáo dục và Đào tạo"),
    (["HUYỆN ỦY TRIỆU SƠN CHI BỘ PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"], "Triệu Sơn", "Chi bộ Phòng Giáo dục và Đào tạo"),
])
def test_cell_named_by_its_unit(cells: list[str], place: str, name: str) -> None:
    text = "\n".join(cells) + f"\n*\nSố: 41-KH/CB\nĐẢNG CỘNG SẢN VIỆT NAM\n{place}, ngày 25 tháng 9 năm 2019\n\nKẾ HOẠCH\nvề Đại hội\n"
    issuer = parse_text(text).issuer
    assert issuer is not None and fold(issuer.name) == fold(name) and issuer.level == "commune"
    if cells[0].startswith("HUYỆN"):  # straight under a district's committee: the place line names no commune
        assert issuer.locality.commune is None


# The body as its clause's subject after the grounds, in a body-only copy: an agency's Party committee by its
# whole name, a commune's committee in lower case with its unit's name. Must not fire: work given to a
# commune ('giao ...'), a cited document's issuer ('của ...').
_GROUNDS = "Thực hiện Kế hoạch số 20-KH/HU ngày 5/3/2024 của Ban Thường vụ Huyện ủy về công tác phòng, chống thiên tai, "


@pytest.mark.parametrize(("clause", "name", "level"), [
    ("Đảng ủy Sở Y tế tỉnh Thái Nguyên xây dựng kế hoạch", "Đảng ủy Sở Y tế", "province"),
    ("Đảng ủy Bệnh viện Đa khoa tỉnh Phú Thọ ban hành kế hoạch", "Đảng ủy Bệnh viện Đa khoa tỉnh", "province"),
    ("Đảng uỷ cơ quan Sở Giáo dục và Đào tạo xây dựng kế hoạch", "Đảng ủy cơ quan Sở Giáo dục và Đào tạo", "province"),
    ("đảng ủy thị trấn Vĩnh Lộc xây dựng kế hoạch", "đảng ủy thị trấn Vĩnh Lộc", "commune"),
    ("ủy ban nhân dân xã Đông Quang xây dựng kế hoạch", "xã Đông Quang", "commune"),
    ("uỷ ban nhân dân phường đã xây dựng kế hoạch", "ủy ban nhân dân phường", "commune"),
    # blind31: 2025's merged board, 'và' inside its name
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An xây dựng kế hoạch", "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An", "province"),
    # blind39: a commune's Youth Union named unit word first, as 'Huyện đoàn' is
    ("Ban Thường vụ Xã đoàn Ngọc Thành xây dựng kế hoạch", "Xã đoàn Ngọc Thành", "commune"),
    ("Ban Chấp hành Phường đoàn An Lạc xây dựng kế hoạch", "Phường đoàn An Lạc", "commune"),
    # must not fire: work given, a cited document's issuer
    ("giao đảng ủy xã Dân Lực xây dựng kế hoạch", None, None),
    ("căn cứ Kế hoạch của đảng ủy xã Dân Lực, Ban Chỉ huy quân sự xã xây dựng kế hoạch", None, None),
])
def test_clause_subject(clause: str, name: str | None, level: str | None) -> None:
    issuer = parse_text(f"KẾ HOẠCH\nvề phòng, chống thiên tai năm 2024\n\n{_GROUNDS}{clause} như sau:\n\n"
                        "I. MỤC ĐÍCH, YÊU CẦU\n1. Chủ động phòng, chống thiên tai.\n").issuer
    if name is None:
        assert issuer is None or "dân lực" not in fold(issuer.name)
        return
    assert issuer is not None and fold(name) in fold(issuer.name) and issuer.level == level


# blind39: 'xã Đoàn Ngọc Thành' (a Kiên Giang site's casing), 'Xã đoàn', 'Phường đoàn' name a commune's Youth Union
# unit word first; a commune whose own name begins with 'Đoàn' (the gazetteer's 'Đoàn Kết', 'Đoàn Tùng', 'Đoàn Đào')
# stays a commune.
@pytest.mark.parametrize(("phrase", "base", "unit_kind", "place"), [
    ("Ban thường vụ xã Đoàn Ngọc Thành", "xã đoàn", None, "Ngọc Thành"),
    ("Xã đoàn Tân Hiệp", "xã đoàn", None, "Tân Hiệp"),
    ("Ban Chấp hành Phường đoàn An Lạc", "phường đoàn", None, "An Lạc"),
    ("Ban Thường vụ xã Đoàn Kết", None, "xã", "Đoàn Kết"),
    ("Đảng ủy xã Đoàn Tùng", "đảng ủy", "xã", "Đoàn Tùng"),
    ("Ban Chấp hành Đoàn xã Đoàn Đào", "đoàn xã", None, "Đoàn Đào"),
])
def test_unit_first_youth_union(phrase: str, base: str | None, unit_kind: str | None, place: str) -> None:
    body = parse_body(phrase)
    assert body is not None and (body.base, body.unit_kind, body.place) == (base, unit_kind, place)


# blind39 b04: a school's Youth Union ('Ban Thường vụ Đoàn trường đề nghị ...'), its level given by no unit; the
# school's trade union ('Công đoàn trường') is not it.
@pytest.mark.parametrize(("phrase", "base", "place"), [
    ("Ban Thường vụ Đoàn trường", "đoàn trường", None),
    ("Ban Chấp hành Đoàn trường THPT Chuyên", "đoàn trường", "THPT Chuyên"),
    ("Đoàn trường Đại học Vinh", "đoàn trường", "Đại học Vinh"),
    ("Công đoàn trường THPT Nghi Lộc", None, None),
])
def test_school_youth_union(phrase: str, base: str | None, place: str | None) -> None:
    body = parse_body(phrase)
    assert (body.base, body.place) == (base, place) if body else base is None


@pytest.mark.parametrize(("text", "name"), [
    ("Ban Thường vụ Đoàn trường đề nghị Ban Chấp hành các Đoàn Viện, liên chi đoàn, chi đoàn thông báo đến tận các "
     "ĐVTN đồng loạt thực hiện mặc đồng phục áo thanh niên Việt Nam.\n", "Ban Thường vụ Đoàn trường"),
    ("Ban Chấp hành Đoàn trường yêu cầu các chi đoàn tổ chức ra quân Tháng Thanh niên.\n", "Ban Chấp hành Đoàn trường"),
])
def test_school_youth_union_letter(text: str, name: str) -> None:
    issuer = parse_text(text).issuer
    assert issuer is not None and issuer.name == name and issuer.level is None


def test_bare_commune_named_doan_is_no_body() -> None:
    assert parse_body("xã Đoàn Kết") is None


# A header run onto one line: a commune's body or a cell under its superior, cut where the grassroots body's name
# starts and the words before name a place. Must not cut: one body's own name, a commune's body alone.
@pytest.mark.parametrize(("cell", "cells"), [
    ("UBND HUYỆN ĐÔNG SƠN UBND XÃ ĐÔNG QUANG", ["UBND HUYỆN ĐÔNG SƠN", "UBND XÃ ĐÔNG QUANG"]),
    ("TỈNH THANH HÓA ỦY BAN NHÂN DÂN XÃ BÁ THƯỚC", ["TỈNH THANH HÓA", "ỦY BAN NHÂN DÂN XÃ BÁ THƯỚC"]),
    ("HỘI LHPN HUYỆN ĐÔNG SƠN HỘI LHPN XÃ ĐÔNG QUANG", ["HỘI LHPN HUYỆN ĐÔNG SƠN", "HỘI LHPN XÃ ĐÔNG QUANG"]),
    ("BCH ĐOÀN HUYỆN THỌ XUÂN BCH ĐOÀN THỊ TRẤN SAO VÀNG", ["BCH ĐOÀN HUYỆN THỌ XUÂN", "BCH ĐOÀN THỊ TRẤN SAO VÀNG"]),
    ("ĐẢNG ỦY PHƯỜNG THỦY LƯƠNG CHI BỘ KHU PHỐ 3", ["ĐẢNG ỦY PHƯỜNG THỦY LƯƠNG", "CHI BỘ KHU PHỐ 3"]),
    ("ĐẢNG BỘ HUYỆN ĐÔNG SƠN CHI BỘ CƠ SỞ TRƯỜNG THPT ĐÔNG SƠN 1",
     ["ĐẢNG BỘ HUYỆN ĐÔNG SƠN", "CHI BỘ CƠ SỞ TRƯỜNG THPT ĐÔNG SƠN 1"]),
    # must not cut: one body alone, a district's body under its province, a council's name
    ("ỦY BAN NHÂN DÂN XÃ ĐÔNG QUANG", ["ỦY BAN NHÂN DÂN XÃ ĐÔNG QUANG"]),
    ("HỘI ĐỒNG NHÂN DÂN PHƯỜNG CỰ KHỐI", ["HỘI ĐỒNG NHÂN DÂN PHƯỜNG CỰ KHỐI"]),
    ("ĐẢNG ỦY XÃ ĐỨC HỢP", ["ĐẢNG ỦY XÃ ĐỨC HỢP"]),
    ("CHI BỘ KHU PHỐ 3", ["CHI BỘ KHU PHỐ 3"]),
])
def test_grass_cells(cell: str, cells: list[str]) -> None:
    assert [c.strip() for c in _organ_cells(cell)] == cells


# A lead naming a grassroots body in running case after its date: the organ's words in lower case with a unit's or
# a cell's name after them. Must not fire: the cells or communes as a plural subject, an organ with no name.
@pytest.mark.parametrize(("subject", "name", "level"), [
    ("đảng ủy xã Dân Lực", "đảng ủy xã Dân Lực", "commune"),
    ("ban thường vụ đảng ủy phường Phúc La", "đảng ủy phường Phúc La", "commune"),
    ("uỷ ban nhân dân thị trấn Vĩnh Lộc", "thị trấn Vĩnh Lộc", "commune"),
    ("hội nông dân xã Đông Quang", "xã Đông Quang", "commune"),
    ("chi bộ thôn Phú Bình", "chi bộ thôn Phú Bình", "commune"),
    ("đảng ủy Sở Y tế tỉnh Thái Nguyên", "đảng ủy Sở Y tế", "province"),
    # must not fire: plural subjects, an organ with no name
    ("các chi bộ", None, None),
    ("đảng ủy các xã", None, None),
    ("ủy ban nhân dân các phường", None, None),
])
def test_lower_lead(subject: str, name: str | None, level: str | None) -> None:
    rec = parse_text(f"Ngày 12/3/2024, {subject} đã ban hành Kế hoạch số 45-KH/ĐU về phòng, chống thiên tai năm 2024.\n"
                     "Theo đó, các ban, ngành chủ động rà soát phương án ứng phó.\n")
    issuer = rec.issuer
    if name is None:  # the number's code alone may still name it ('ĐU'), never the plural subject
        assert issuer is None or fold(subject).split()[-1] not in fold(issuer.name)
        return
    assert issuer is not None and fold(name) in fold(issuer.name) and issuer.level == level
