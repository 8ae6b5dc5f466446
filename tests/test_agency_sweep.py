"""Issuer name, level and locality of state and Party agencies (departments, branches, offices, boards).

Rows come from `tests/agency_catalogue.py` (header cells, one-line headers, news leads with full and short
names, the 'KT. GIÁM ĐỐC' signature). Rows in `KNOWN` fail today (strict xfail: a fix must remove them).
"""
# ruff: noqa: E501

from __future__ import annotations

import re

import pytest

from loaders.header import _header_bodies, _organ_cells
from loaders.normalise import fold
from loaders.patterns import BODY_NAME
from loaders.resolve import Evidence, parse_body, resolve_issuer
from tests.agency_catalogue import agency_rows
from tests.test_header_sweep import _problems

KNOWN: dict[str, str] = {}


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[r.id])] if r.id in KNOWN else [])
     for r in agency_rows()],
)
def test_agency_sweep(row) -> None:
    assert _problems(row) == []


# A procuracy, court, treasury, tax, customs or inspectorate branch is named by its unit word or by a province's
# name; the supreme ones and the state media are central. Must not fire: the sector's word in running text.
@pytest.mark.parametrize(("phrase", "base", "level"), [
    ("VIỆN KIỂM SÁT NHÂN DÂN TỈNH NGHỆ AN", "viện kiểm sát nhân dân", "province"),
    ("Viện Kiểm sát nhân dân tối cao", "viện kiểm sát nhân dân tối cao", "central"),
    ("VKSND huyện Kim Động", "vksnd", "district"),
    ("Tòa án nhân dân thành phố Hà Nội", "tòa án nhân dân", None),
    ("TAND tỉnh Quảng Nam", "tand", "province"),
    ("KHO BẠC NHÀ NƯỚC NGHỆ AN", "kho bạc nhà nước", None),
    ("Cục Thuế tỉnh Bắc Giang", "cục thuế", "province"),
    ("CỤC HẢI QUAN TỈNH QUẢNG NINH", "cục hải quan", "province"),
    ("THANH TRA TỈNH", "thanh tra", "province"),
    ("Thanh tra huyện Kim Động", "thanh tra", "district"),
    ("Đài Truyền hình Việt Nam", "đài truyền hình việt nam", "central"),
    ("THÔNG TẤN XÃ VIỆT NAM", "thông tấn xã việt nam", "central"),
    # blind32 d08: a board named national at its head is the Government's; a programme's board is its unit's
    ("BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ", "ban chỉ đạo", "central"),
    ("Ban Chỉ đạo quốc gia 1237", "ban chỉ đạo", "central"),
    ("Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới huyện Kim Động", "ban chỉ đạo", "district"),
    # must not fire: the sector's work in running text
    ("Thanh tra, kiểm tra việc thực hiện", None, None),
    ("Thanh tra việc chấp hành pháp luật", None, None),
    ("Kho bạc Nhà nước thực hiện kiểm soát chi", None, None),
])
def test_agency_branch(phrase: str, base: str | None, level: str | None) -> None:
    body = parse_body(phrase)
    if base is None:
        assert body is None
        return
    assert body is not None and (body.base, body.fixed_level) == (base, level)


# The lower-case words of an agency's name belong to it; never 'sát' or 'án' after another word.
@pytest.mark.parametrize(("text", "name"), [
    ("Viện Kiểm sát nhân dân tỉnh Nghệ An đã", "Viện Kiểm sát nhân dân tỉnh Nghệ An"),
    ("Tòa án nhân dân huyện Kim Động đã", "Tòa án nhân dân huyện Kim Động"),
    ("Kho bạc Nhà nước Nghệ An đã", "Kho bạc Nhà nước Nghệ An"),
    ("Đài Truyền hình Việt Nam đã", "Đài Truyền hình Việt Nam"),
    ("Thông tấn xã Việt Nam đã", "Thông tấn xã Việt Nam"),
    ("Ban Giám sát án treo", "Ban Giám"),
    ("Dự án nhà nước", "Dự"),
])
def test_agency_name_words(text: str, name: str) -> None:
    m = re.match(BODY_NAME, text, re.VERBOSE)
    assert m is not None and m.group(0).strip() == name


# A central or sector agency named in a news lead by its whole name, lower-case words included; must not fire:
# the same words as the sector's work or a plain noun.
@pytest.mark.parametrize(("text", "name"), [
    ("Ủy ban Dân tộc đã", "Ủy ban Dân tộc"),
    ("Kiểm toán Nhà nước đã", "Kiểm toán Nhà nước"),
    ("Ngân hàng Nhà nước Việt Nam vừa", "Ngân hàng Nhà nước Việt Nam"),
    ("Bảo hiểm xã hội tỉnh Nghệ An đã", "Bảo hiểm xã hội tỉnh Nghệ An"),
    ("Ban Dân tộc tỉnh Gia Lai vừa", "Ban Dân tộc tỉnh Gia Lai"),
    ("Ban Kinh tế Tỉnh ủy Nghệ An đã", "Ban Kinh tế Tỉnh ủy Nghệ An"),
    ("Phát triển kinh tế", "Phát"),
    ("Ngân sách nhà nước", "Ngân"),
])
def test_sector_agency_name_words(text: str, name: str) -> None:
    m = re.match(BODY_NAME, text, re.VERBOSE)
    assert m is not None and m.group(0).strip() == name


# An agency named bare under its unit's cell is that unit's ('UBND TỈNH GIA LAI' / 'BAN DÂN TỘC'); a delegation
# of deputies is a body whose office issues. Must not fire: an agency naming its own unit, a central one.
@pytest.mark.parametrize(("cells", "name", "level", "province"), [
    (["UBND TỈNH GIA LAI", "BAN DÂN TỘC"], "Ban Dân tộc tỉnh Gia Lai", "province", "Gia Lai"),
    (["ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", "BAN DÂN TỘC"], "Ban Dân tộc", "province", "Sóc Trăng"),
    (["UBND TỈNH NGHỆ AN", "THANH TRA TỈNH"], "Thanh tra tỉnh", "province", "Nghệ An"),
    (["UBND HUYỆN KIM ĐỘNG", "THANH TRA HUYỆN"], "Thanh tra huyện", "district", "Hưng Yên"),
    (["TỈNH ỦY NGHỆ AN", "TRƯỜNG CHÍNH TRỊ TỈNH"], "Trường Chính trị", "province", "Nghệ An"),
    (["TỈNH ỦY QUẢNG TRỊ", "BAN KINH TẾ"], "Ban Kinh tế Tỉnh ủy", "province", "Quảng Trị"),
    (["ĐOÀN ĐBQH TỈNH HÀ TĨNH", "VĂN PHÒNG"], "Văn phòng", "province", "Hà Tĩnh"),
    (["ĐOÀN ĐẠI BIỂU QUỐC HỘI TỈNH NGHỆ AN"], "Đoàn đại biểu Quốc hội tỉnh Nghệ An", "province", "Nghệ An"),
    # must not fire: a branch naming its own unit, a department (its own rule)
    (["BẢO HIỂM XÃ HỘI TỈNH HƯNG YÊN", "BẢO HIỂM XÃ HỘI HUYỆN KIM ĐỘNG"], "huyện Kim Động", "district", "Hưng Yên"),
    (["UBND TỈNH NGHỆ AN", "SỞ Y TẾ"], "Sở Y tế", "province", "Nghệ An"),
])
def test_agency_under_unit(cells: list[str], name: str, level: str | None, province: str | None) -> None:
    issuer, _ = resolve_issuer(Evidence(header_bodies=cells))
    assert issuer is not None and fold(name) in fold(issuer.name)
    assert (issuer.level, issuer.locality.province) == (level, province)


# A header run onto one line: the superior's line and the agency's, cut where both sides name bodies and the
# superior names its place (or is central) or the agency its unit. Must not cut: one body's own words.
@pytest.mark.parametrize(("cell", "cells"), [
    ("BỘ CÔNG AN CÔNG AN TỈNH NGHỆ AN", ["BỘ CÔNG AN", "CÔNG AN TỈNH NGHỆ AN"]),
    ("CÔNG AN TỈNH HƯNG YÊN CÔNG AN HUYỆN KIM ĐỘNG", ["CÔNG AN TỈNH HƯNG YÊN", "CÔNG AN HUYỆN KIM ĐỘNG"]),
    ("BẢO HIỂM XÃ HỘI TỈNH HƯNG YÊN BẢO HIỂM XÃ HỘI HUYỆN KIM ĐỘNG",
     ["BẢO HIỂM XÃ HỘI TỈNH HƯNG YÊN", "BẢO HIỂM XÃ HỘI HUYỆN KIM ĐỘNG"]),
    ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO VIỆN KIỂM SÁT NHÂN DÂN TỈNH NGHỆ AN",
     ["VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "VIỆN KIỂM SÁT NHÂN DÂN TỈNH NGHỆ AN"]),
    ("UBND TỈNH NGHỆ AN THANH TRA TỈNH", ["UBND TỈNH NGHỆ AN", "THANH TRA TỈNH"]),
    ("KHO BẠC NHÀ NƯỚC KHO BẠC NHÀ NƯỚC NGHỆ AN", ["KHO BẠC NHÀ NƯỚC", "KHO BẠC NHÀ NƯỚC NGHỆ AN"]),
    ("TỔNG CỤC THUẾ CỤC THUẾ TỈNH NGHỆ AN", ["TỔNG CỤC THUẾ", "CỤC THUẾ TỈNH NGHỆ AN"]),
    ("QUÂN KHU 4 BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN", ["QUÂN KHU 4", "BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN"]),
    ("BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG BỘ CHỈ HUY BĐBP TỈNH PHÚ YÊN", ["BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG", "BỘ CHỈ HUY BĐBP TỈNH PHÚ YÊN"]),
    # must not cut: one agency's own name, a committee of an agency, a committee alone
    ("ỦY BAN KIỂM TRA TỈNH ỦY NGHỆ AN", ["ỦY BAN KIỂM TRA TỈNH ỦY NGHỆ AN"]),
    ("CÔNG AN TỈNH NGHỆ AN", ["CÔNG AN TỈNH NGHỆ AN"]),
    ("ĐẢNG ỦY CÔNG AN TỈNH", ["ĐẢNG ỦY CÔNG AN TỈNH"]),
    ("ĐẢNG ỦY THANH TRA TỈNH", ["ĐẢNG ỦY THANH TRA TỈNH"]),
    ("BCH ĐOÀN THANH NIÊN CÔNG AN TỈNH", ["BCH ĐOÀN THANH NIÊN CÔNG AN TỈNH"]),
    ("ĐẢNG ỦY CÔNG AN TỈNH NGHỆ AN", ["ĐẢNG ỦY CÔNG AN TỈNH NGHỆ AN"]),
    ("BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", ["BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP"]),
])
def test_agency_cells(cell: str, cells: list[str]) -> None:
    assert [c.strip() for c in _organ_cells(cell)] == cells


# A sector agency's branch: the bank's or the social-security fund's name over 'CHI NHÁNH <unit>' (two lines, one
# line, a lead) is the branch of that unit. Must not fire: the national body alone, its name broken before the
# country's.
@pytest.mark.parametrize(("cells", "name", "level", "province"), [
    (["NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "CHI NHÁNH TỈNH NGHỆ AN"], "Ngân hàng Nhà nước", "province", "Nghệ An"),
    (["NGÂN HÀNG NHÀ NƯỚC", "CHI NHÁNH TỈNH HÀ TĨNH"], "Ngân hàng Nhà nước", "province", "Hà Tĩnh"),
    (["NGÂN HÀNG NHÀ NƯỚC VIỆT NAM CHI NHÁNH TỈNH QUẢNG NAM"], "Ngân hàng Nhà nước", "province", "Quảng Nam"),
    (["NGÂN HÀNG NHÀ NƯỚC", "VIỆT NAM"], "Ngân hàng Nhà nước Việt Nam", "central", None),
    (["NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"], "Ngân hàng Nhà nước Việt Nam", "central", None),
])
def test_agency_branch_line(cells: list[str], name: str, level: str, province: str | None) -> None:
    issuer, _ = resolve_issuer(Evidence(header_bodies=_header_bodies([*cells, "Số: 45/KH-NHNN"])))
    assert issuer is not None and fold(name) in fold(issuer.name)
    assert (issuer.level, issuer.locality.province) == (level, province)


@pytest.mark.parametrize(("text", "name"), [
    ("Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An vừa", "Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An"),
    ("Nhà nước chi trả", "Nhà nước"),
])
def test_branch_name_words(text: str, name: str) -> None:
    m = re.match(BODY_NAME, text, re.VERBOSE)
    assert m is not None and m.group(0).strip() == name


# A ministry's department ('Cục') is central, named by its whole name under its ministry or in a lead; must not
# fire: a local office named with its unit, the tax and customs branches (their own bases), a 'Chi cục'.
@pytest.mark.parametrize(("phrase", "name", "level"), [
    ("CỤC QUẢN LÝ MÔI TRƯỜNG Y TẾ", "Cục Quản lý môi trường y tế", "central"),
    ("Cục Văn thư và Lưu trữ nhà nước", "Cục Văn thư và Lưu trữ nhà nước", "central"),
    ("Cục Phát thanh, truyền hình và thông tin điện tử", "Cục Phát thanh", "central"),
    ("Cục Thống kê tỉnh Nghệ An", None, None),
    ("Cục Thuế tỉnh Bắc Giang", "Cục Thuế tỉnh Bắc Giang", "province"),
    ("Chi cục Thủy lợi", "Chi cục Thủy lợi", "province"),
])
def test_central_department(phrase: str, name: str | None, level: str | None) -> None:
    issuer, _ = resolve_issuer(Evidence(header_bodies=[phrase]))
    if name is None:
        assert issuer is None or issuer.level is None
        return
    assert issuer is not None and fold(name) in fold(issuer.name) and issuer.level == level


# commoffice: a 'Phòng' named with a commune or ward last (the offices of 2025) is that commune's; must not fire:
# a district's office, the 'xã hội' of an office's own name.
@pytest.mark.parametrize(("clause", "level", "commune"), [
    pytest.param("Phòng Kinh tế UBND xã Hồ Vương", "commune", "Hồ Vương", id="kt-of-ubnd-xa"),
    pytest.param("Phòng Văn hóa - Xã hội xã Hồ Vương", "commune", "Hồ Vương", id="vhxh-xa"),
    pytest.param("Phòng Kinh tế, Hạ tầng và Đô thị phường Hương An", "commune", "Hương An", id="kthtdt-phuong"),
    pytest.param("Phòng Văn hóa và Thông tin huyện Kim Động", "district", None, id="vhtt-huyen"),
    pytest.param("Phòng Văn hóa - Xã hội", "district", None, id="vhxh-no-unit"),
])
def test_commune_office(clause: str, level: str, commune: str | None) -> None:
    issuer, _ = resolve_issuer(Evidence(clause=clause))
    assert issuer is not None and (issuer.level, issuer.locality.commune) == (level, commune)
