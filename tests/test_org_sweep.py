"""Issuer name, level and locality of mass organisations, councils and sector Party committees.

Rows come from `tests/org_catalogue.py` (header cells, news leads, signature blocks). Rows in `KNOWN`
fail today (strict xfail: a fix must remove them from the list).
"""
# ruff: noqa: E501

from __future__ import annotations

import re

import pytest

from loaders.normalise import fold
from loaders.parse import parse_text
from loaders.patterns import BODY_NAME
from loaders.resolve import Evidence, resolve_issuer
from tests.org_catalogue import org_rows
from tests.test_header_sweep import _problems

KNOWN: dict[str, str] = {
}


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[r.id])] if r.id in KNOWN else [])
     for r in org_rows()],
)
def test_org_sweep(row) -> None:
    assert _problems(row) == []


_LETTER = ("Số: 45/KH-{code}\nNghệ An, ngày 12 tháng 3 năm 2024\n\nKẾ HOẠCH\nvề tăng cường công tác phòng, chống "
           "thiên tai năm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của cán bộ, hội viên.\n\n"
           "Nơi nhận:\n- Như trên;\n- Lưu VT.\n\n{signature}\n\n(Đã ký)\n\nNguyễn Văn An\n")


# The issuer named only in the signature block: the mark run on one line with the body, wrapped onto the next
# line, written 'T/M', the Youth Union's executive committee, and (must not fire) a bare organ or a placeless
# committee that says nothing of where the body is.
@pytest.mark.parametrize(("code", "signature", "name", "level", "province"), [
    ("HLG", "TM. BAN THƯỜNG VỤ HỘI LUẬT GIA TỈNH NGHỆ AN\nPHÓ CHỦ TỊCH", "Hội Luật gia", "province", "Nghệ An"),
    ("HNDT", "TM. BAN THƯỜNG VỤ\nHỘI NÔNG DÂN TỈNH NGHỆ AN\nCHỦ TỊCH", "Hội Nông dân", "province", "Nghệ An"),
    ("HKH", "T/M BAN CHẤP HÀNH HỘI KHUYẾN HỌC TỈNH NGHỆ AN\nCHỦ TỊCH", "Hội Khuyến học", "province", "Nghệ An"),
    ("TĐTN", "TM. BAN CHẤP HÀNH ĐOÀN TỈNH NGHỆ AN\nPHÓ BÍ THƯ", "Đoàn", "province", "Nghệ An"),
    ("HNCT", "- Lưu VP. TM. BAN THƯỜNG VỤ HỘI NGƯỜI CAO TUỔI TỈNH NGHỆ AN\nCHỦ TỊCH", "Hội Người cao tuổi",
     "province", "Nghệ An"),
    ("HNCT", "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", None, None, None),
    ("UBND", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", None, None, None),
])
def test_signature_names_issuer(code: str, signature: str, name: str | None, level: str | None,
                                province: str | None) -> None:
    issuer = parse_text(_LETTER.format(code=code, signature=signature)).issuer
    if name is None:  # the signature says too little: the issuer is what the rest of the letter gives
        assert issuer == parse_text(_LETTER.format(code=code, signature="")).issuer
        return
    assert issuer is not None and fold(name) in fold(issuer.name)
    assert (issuer.level, issuer.locality.province) == (level, province)


# A national mass organisation named with the country alone is central, and so are its organs: the header's
# 'BAN CHẤP HÀNH TRUNG ƯƠNG' under it is its own central committee, never the Party's (which stays the
# Party's when alone or under the Party's motto).
@pytest.mark.parametrize(("cells", "name", "kind", "level"), [
    (["HỘI NÔNG DÂN VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG"], "Hội Nông dân Việt Nam", "mass_organisation", "central"),
    (["HỘI CỰU CHIẾN BINH VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG"], "Hội Cựu chiến binh Việt Nam", None, "central"),
    (["HỘI SINH VIÊN VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG"], "Hội Sinh viên Việt Nam", None, "central"),
    (["BAN THƯỜNG VỤ HỘI NÔNG DÂN VIỆT NAM"], "Ban Thường vụ Hội Nông dân Việt Nam", None, "central"),
    (["BAN CHẤP HÀNH HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM"], "Hội Liên hiệp Phụ nữ Việt Nam", None, "central"),
    # must not fire: the Party's central committee, a province's association, a place that is not the country
    (["BAN CHẤP HÀNH TRUNG ƯƠNG"], "Ban Chấp hành Trung ương", "party_committee", "central"),
    (["HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH GIA LAI"], "Hội Nông dân tỉnh Gia Lai", None, "province"),
    (["BAN THƯỜNG VỤ HỘI NÔNG DÂN TỈNH GIA LAI"], "Hội Nông dân tỉnh Gia Lai", None, "province"),
])
def test_national_organisation(cells: list[str], name: str, kind: str | None, level: str) -> None:
    issuer, _ = resolve_issuer(Evidence(header_bodies=cells))
    assert issuer is not None and fold(name) in fold(issuer.name) and issuer.level == level
    assert kind is None or issuer.kind == kind


# A council or command written bare under the cell of the unit it belongs to takes that unit; one with no
# unit above keeps its level unknown (null plus a warning), and one that names its own unit keeps it.
@pytest.mark.parametrize(("cells", "name", "level"), [
    (["UBND TỈNH NGHỆ AN", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"], "Hội đồng Thi đua - Khen thưởng tỉnh Nghệ An", "province"),
    (["ỦY BAN NHÂN DÂN HUYỆN NGHĨA ĐÀN", "HỘI ĐỒNG THI ĐUA KHEN THƯỞNG"], "Hội đồng Thi đua Khen thưởng huyện Nghĩa Đàn", "district"),
    (["UBND HUYỆN NGHĨA ĐÀN", "BAN CHỈ HUY QUÂN SỰ"], "Ban Chỉ huy Quân sự huyện Nghĩa Đàn", "district"),
    (["UBND XÃ ĐỨC HỢP", "BAN CHQS"], "Ban CHQS xã Đức Hợp", "commune"),
    (["UBND TỈNH NGHỆ AN", "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT"], "Hội đồng phối hợp phổ biến", "province"),
    # must not fire: no unit above, or the body names its own unit
    (["HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"], "Hội đồng Thi đua - Khen thưởng", None),
    (["UBND TỈNH NGHỆ AN", "BAN CHỈ HUY QUÂN SỰ HUYỆN NGHĨA ĐÀN"], "Ban Chỉ huy Quân sự huyện Nghĩa Đàn", "district"),
])
def test_unit_board(cells: list[str], name: str, level: str | None) -> None:
    issuer, warnings = resolve_issuer(Evidence(header_bodies=cells))
    assert issuer is not None and fold(name) in fold(issuer.name) and issuer.level == level
    assert level is not None or "issuer level unknown" in warnings


# The Party committee of a unit's government agencies is named by the unit after 'cơ quan chính quyền' and
# sits at its level (holdout k37); a name with no unit word after it, or a bloc's committee, reads as before.
@pytest.mark.parametrize(("clause", "cells", "name", "level", "district"), [
    ("Đảng ủy cơ quan chính quyền Quận 3", [], "Đảng ủy cơ quan chính quyền Quận 3", "district", "Quận 3"),
    (None, ["ĐẢNG BỘ QUẬN 3", "ĐẢNG ỦY CƠ QUAN CHÍNH QUYỀN QUẬN 3"], "Đảng ủy cơ quan chính quyền Quận 3", "district", "Quận 3"),
    ("Đảng ủy các cơ quan chính quyền huyện Nghĩa Đàn", [], "Đảng ủy các cơ quan chính quyền huyện Nghĩa Đàn", "district", "Nghĩa Đàn"),
    ("Ban Thường vụ Đảng ủy cơ quan chính quyền thị xã Sơn Tây", [], "cơ quan chính quyền thị xã Sơn Tây", "district", "Sơn Tây"),
    (None, ["ĐẢNG BỘ HUYỆN NGHĨA ĐÀN", "ĐẢNG ỦY CƠ QUAN CHÍNH QUYỀN HUYỆN"], "Đảng ủy cơ quan chính quyền huyện", "district", None),
    # must not fire: a bloc's committee, the province's agencies' committee (2025)
    ("Đảng ủy Khối các cơ quan tỉnh Nghệ An", [], "Đảng ủy Khối các cơ quan tỉnh", "province", None),
    ("Đảng ủy Ủy ban nhân dân tỉnh Nghệ An", [], "Đảng ủy Ủy ban nhân dân tỉnh", "province", None),
])
def test_government_agencies_committee(clause: str | None, cells: list[str], name: str, level: str,
                                       district: str | None) -> None:
    issuer, _ = resolve_issuer(Evidence(clause=clause, header_bodies=cells))
    assert issuer is not None and fold(name) in fold(issuer.name) and issuer.level == level
    assert issuer.locality.district == district


# A news lead naming an association or council with its lower-case words ('Luật gia', 'Thi đua - Khen
# thưởng', 'phối hợp phổ biến, giáo dục pháp luật'); and (must not fire) the same words as a verb phrase
# after a body, which end its name.
@pytest.mark.parametrize(("lead", "name", "level"), [
    ("Ngày 12/3/2024, Hội đồng Thi đua - Khen thưởng tỉnh Nghệ An đã ban hành Hướng dẫn số 45/HD-HĐTĐKT về công tác "
     "thi đua năm 2024.", "Hội đồng Thi đua - Khen thưởng tỉnh Nghệ An", "province"),
    ("Hội đồng Thi đua Khen thưởng huyện Nghĩa Đàn vừa ban hành Kế hoạch số 45/KH-HĐTĐKT ngày 12/3/2024 về phát "
     "động thi đua.", "Hội đồng Thi đua Khen thưởng huyện Nghĩa Đàn", "district"),
    ("Ngày 12/3/2024, Hội đồng phối hợp phổ biến giáo dục pháp luật tỉnh Nghệ An đã ban hành Kế hoạch số "
     "45/KH-HĐPH về tuyên truyền pháp luật.", "Hội đồng phối hợp phổ biến giáo dục pháp luật tỉnh Nghệ An", "province"),
    ("Ngày 12/3/2024, Hội Luật gia huyện Nghĩa Đàn đã ban hành Kế hoạch số 45/KH-HLG về trợ giúp pháp lý.",
     "Hội Luật gia huyện Nghĩa Đàn", "district"),
    ("Ngày 12/3/2024, Hội Người cao tuổi xã Đức Hợp đã ban hành Kế hoạch số 45/KH-HNCT về chăm sóc hội viên.",
     "Hội Người cao tuổi xã Đức Hợp", "commune"),
    ("Ngày 12/3/2024, Liên minh Hợp tác xã tỉnh Nghệ An đã ban hành Kế hoạch số 45/KH-LMHTX về phát triển kinh tế "
     "tập thể.", "Liên minh Hợp tác xã tỉnh Nghệ An", "province"),
])
def test_lead_names_association(lead: str, name: str, level: str) -> None:
    issuer = parse_text(lead).issuer
    assert issuer is not None and fold(name) in fold(issuer.name) and issuer.level == level


@pytest.mark.parametrize(("text", "name"), [
    ("UBND tỉnh khen thưởng 12 tập thể", "UBND tỉnh"),
    ("Hội Nông dân tỉnh hợp tác với các doanh nghiệp", "Hội Nông dân tỉnh"),
    ("Ban Tuyên giáo Tỉnh ủy phối hợp phổ biến, giáo dục pháp luật cho nhân dân", "Ban Tuyên giáo Tỉnh ủy"),
])
def test_lower_case_words_end_a_name(text: str, name: str) -> None:
    m = re.match(BODY_NAME, text, re.VERBOSE)
    assert m is not None and m.group(0) == name


# The Youth Union of a bloc ('Đoàn Khối các cơ quan tỉnh') sits at the level of the bloc's last word, as the
# bloc's Party committee does; a bare 'Đoàn Khối' says no level.
@pytest.mark.parametrize(("clause", "name", "level"), [
    ("BAN THƯỜNG VỤ ĐOÀN KHỐI CÁC CƠ QUAN TỈNH NGHỆ AN", "Đoàn Khối các cơ quan tỉnh", "province"),
    ("Đoàn Khối các cơ quan tỉnh Nghệ An", "Đoàn Khối các cơ quan tỉnh", "province"),
    ("Đoàn Khối Doanh nghiệp tỉnh", "Đoàn Khối doanh nghiệp tỉnh", "province"),
    ("Ban Chấp hành Đoàn khối các cơ quan huyện Nghĩa Đàn", "Đoàn Khối các cơ quan huyện", "district"),
    ("ĐOÀN KHỐI", "Đoàn Khối", None),
])
def test_youth_bloc(clause: str, name: str, level: str | None) -> None:
    issuer, _ = resolve_issuer(Evidence(clause=clause))
    assert issuer is not None and fold(name) in fold(issuer.name) and issuer.level == level


# blind29 b07: a mass organisation's congress keeps the text's words ('Đại hội đại biểu phụ nữ ...', never 'Hội
# Liên hiệp Phụ nữ' put in), at its unit's level; b01: the Youth Union's work named by the Union ('CHƯƠNG TRÌNH
# HÀNH ĐỘNG CỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH') under its centre's header is the centre's. Must not fire:
# the Union's bare name under the Party's central committee or a province's Union, the Union of a province.
@pytest.mark.parametrize(("clause", "cells", "name", "level", "province"), [
    ("ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ THÀNH PHỐ ĐÀ NẴNG", [], "Đại hội đại biểu phụ nữ thành phố Đà Nẵng", "province", "Đà Nẵng"),
    ("Đại hội đại biểu phụ nữ tỉnh Nghệ An", [], "Đại hội đại biểu phụ nữ tỉnh Nghệ An", "province", "Nghệ An"),
    ("ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ HUYỆN NGHĨA ĐÀN", [], "Đại hội đại biểu phụ nữ huyện Nghĩa Đàn", "district", "Nghệ An"),
    ("Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh Nghệ An", [], "Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh Nghệ An",
     "province", "Nghệ An"),
    ("ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH", ["BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH"], "Trung ương Đoàn",
     "central", None),
    # must not fire
    ("ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH", ["BCH ĐOÀN TỈNH NGHỆ AN"], "Đoàn Thanh niên Cộng sản Hồ Chí Minh", None, None),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Nghệ An", ["BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH"],
     "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Nghệ An", "province", "Nghệ An"),
    ("Bộ Chính trị", ["BAN CHẤP HÀNH TRUNG ƯƠNG"], "Bộ Chính trị", "central", None),
])
def test_congress_and_union_centre(clause: str, cells: list[str], name: str, level: str | None,
                                   province: str | None) -> None:
    issuer, _ = resolve_issuer(Evidence(clause=clause, header_bodies=cells))
    assert issuer is not None and fold(name) in fold(issuer.name)
    assert (issuer.level, issuer.locality.province) == (level, province)
