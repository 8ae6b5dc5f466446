"""The header fields over every kind of issuing body and every header layout real sets show.

`tests/header_catalogue.py` crosses a catalogue of issuing bodies (Party, state, front, youth and
associations, central to commune, the 2025 bodies included) with the layouts real copies use (each
layout names the real file it copies). Every row must give the number, doc type, date, issuer name and
level, and the locality parts the header names. Rows in `KNOWN` are failures not fixed yet (strict
xfail: a fix must remove them from the list).
"""
# ruff: noqa: E501  (tables of real-looking Vietnamese text read better unwrapped)

from __future__ import annotations

import pytest

from loaders.docnumber import DocNumber
from loaders.header import _flat_cells, _flat_header, _header_bodies, _organ_cells, _organ_line
from loaders.normalise import fold
from loaders.parse import parse_text
from loaders.resolve import parse_body
from tests.header_catalogue import Row, rows

KNOWN: dict[str, str] = {}


def _problems(row: Row) -> list[str]:
    rec = parse_text(row.text)
    out = []
    if (str(rec.number) if rec.number else None) != str(DocNumber.parse(row.number)):
        out.append(f"number {rec.number}")
    if rec.doc_type != row.doc_type:
        out.append(f"doc_type {rec.doc_type}")
    if rec.issued_on != row.issued_on:
        out.append(f"issued_on {rec.issued_on}")
    issuer = rec.issuer
    if issuer is None or fold(row.name) not in fold(issuer.name):
        out.append(f"issuer {issuer.name if issuer else None}")
    if issuer is None or issuer.level != row.level:
        out.append(f"level {issuer.level if issuer else None}")
    for part, want in row.locality.items():
        got = getattr(issuer.locality, part) if issuer else None
        if (fold(got) if got else None) != (fold(want) if want else None):
            out.append(f"{part} {got}")
    return out


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[r.id])] if r.id in KNOWN else [])
     for r in rows()],
)
def test_header_sweep(row: Row) -> None:
    assert _problems(row) == []


@pytest.mark.parametrize(("line", "flat"), [
    ("TỈNH ỦY NGHỆ AN * Số 45-KH/TU ĐẢNG CỘNG SẢN VIỆT NAM Nghệ An, ngày 12 tháng 3 năm 2024 KẾ HOẠCH về phòng, chống thiên tai", True),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 225 - KH/TWĐTN-CTTN ĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 16 tháng 5 năm 2024", True),
    ("BAN CHẤP HÀNH TRUNG ƯƠNGSố: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013", True),
    ("ĐẢNG ỦY XÃ ĐỨC HỢP Số 12-NQ/ĐU ĐẢNG CỘNG SẢN VIỆT NAM Đức Hợp, ngày 5 tháng 1 năm 2024", True),
    # must not fire: a number line alone, two cells with no number, a sentence citing a number
    ("Số 45-KH/TU", False),
    ("TỈNH ỦY BẮC GIANG ĐẢNG CỘNG SẢN VIỆT NAM", False),
    ("Thực hiện Kế hoạch số 45-KH/TU ngày 12/3/2024 của Ban Thường vụ Tỉnh ủy, Đảng ủy xã xây dựng kế hoạch.", False),
    ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Nghệ An, ngày 5 tháng 1 năm 2024", False),
])
def test_flat_header(line: str, flat: bool) -> None:
    assert _flat_header(line) is flat


@pytest.mark.parametrize(("cell", "cells"), [
    ("ĐẢNG BỘ TỈNH NGHỆ AN HUYỆN ỦY NGHĨA ĐÀN", ["ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY NGHĨA ĐÀN"]),
    ("TỈNH ỦY NGHỆ AN ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", ["TỈNH ỦY NGHỆ AN", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"]),
    ("ĐẢNG BỘ HUYỆN KIM ĐỘNG ĐẢNG ỦY XÃ ĐỨC HỢP", ["ĐẢNG BỘ HUYỆN KIM ĐỘNG", "ĐẢNG ỦY XÃ ĐỨC HỢP"]),
    ("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI QUẬN ỦY CẦU GIẤY", ["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "QUẬN ỦY CẦU GIẤY"]),
    ("TỈNH ỦY HÀ TĨNH BAN TUYÊN GIÁO", ["TỈNH ỦY HÀ TĨNH", "BAN TUYÊN GIÁO"]),
    ("TỈNH ỦY HÀ TĨNH ĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN TỈNH", ["TỈNH ỦY HÀ TĨNH", "ĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN TỈNH"]),
    ("TỈNH ỦY HÀ TĨNH BAN CÁN SỰ ĐẢNG UBND TỈNH", ["TỈNH ỦY HÀ TĨNH", "BAN CÁN SỰ ĐẢNG UBND TỈNH"]),
    # blind29 b03: the Central Committee's board or office run on after it
    ("BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG", ["BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG"]),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG BAN TỔ CHỨC", ["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TỔ CHỨC"]),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG ỦY BAN KIỂM TRA", ["BAN CHẤP HÀNH TRUNG ƯƠNG", "ỦY BAN KIỂM TRA"]),
    # cellcut: a mass organisation's, a council's or a board's two lines at any level, its superior first
    ("BCH ĐOÀN TỈNH NGHỆ AN BCH ĐOÀN HUYỆN NGHĨA ĐÀN", ["BCH ĐOÀN TỈNH NGHỆ AN", "BCH ĐOÀN HUYỆN NGHĨA ĐÀN"]),
    ("TỔNG LĐLĐ VIỆT NAM LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG", ["TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG"]),
    ("LĐLĐ TỈNH NGHỆ AN CÔNG ĐOÀN NGÀNH GIÁO DỤC", ["LĐLĐ TỈNH NGHỆ AN", "CÔNG ĐOÀN NGÀNH GIÁO DỤC"]),
    ("HỘI NÔNG DÂN TỈNH NGHỆ AN BCH HỘI NÔNG DÂN HUYỆN NGHĨA ĐÀN", ["HỘI NÔNG DÂN TỈNH NGHỆ AN", "BCH HỘI NÔNG DÂN HUYỆN NGHĨA ĐÀN"]),
    ("HỘI CCB VIỆT NAM HỘI CỰU CHIẾN BINH TỈNH GIA LAI", ["HỘI CCB VIỆT NAM", "HỘI CỰU CHIẾN BINH TỈNH GIA LAI"]),
    ("HỘI NGƯỜI CAO TUỔI TỈNH NGHỆ AN HỘI NGƯỜI CAO TUỔI HUYỆN NGHĨA ĐÀN", ["HỘI NGƯỜI CAO TUỔI TỈNH NGHỆ AN", "HỘI NGƯỜI CAO TUỔI HUYỆN NGHĨA ĐÀN"]),
    ("ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN ỦY BAN MTTQ VIỆT NAM HUYỆN NGHĨA ĐÀN", ["ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", "ỦY BAN MTTQ VIỆT NAM HUYỆN NGHĨA ĐÀN"]),
    ("HĐND TỈNH HÀ TĨNH THƯỜNG TRỰC", ["HĐND TỈNH HÀ TĨNH", "THƯỜNG TRỰC"]),
    ("UBND XÃ ĐỨC HỢP BCĐ PHÒNG, CHỐNG DỊCH COVID-19", ["UBND XÃ ĐỨC HỢP", "BCĐ PHÒNG, CHỐNG DỊCH COVID-19"]),
    ("UBND HUYỆN NGHĨA ĐÀN BCĐ PHÒNG CHỐNG THIÊN TAI", ["UBND HUYỆN NGHĨA ĐÀN", "BCĐ PHÒNG CHỐNG THIÊN TAI"]),  # no department 'PHÒNG'
    ("TỈNH ỦY NGHỆ AN BAN CHỈ ĐẠO 35", ["TỈNH ỦY NGHỆ AN", "BAN CHỈ ĐẠO 35"]),
    ("TỈNH ĐOÀN NGHỆ AN HUYỆN ĐOÀN NGHĨA ĐÀN", ["TỈNH ĐOÀN NGHỆ AN", "HUYỆN ĐOÀN NGHĨA ĐÀN"]),
    ("ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", ["ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM", "ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN"]),
    ("UBND TỈNH NGHỆ AN HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", ["UBND TỈNH NGHỆ AN", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"]),
    # must not cut: a national body's own name, the Central Committee of a mass organisation, a standing board
    ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"]),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", ["BAN CHẤP HÀNH TRUNG ƯƠNG HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM"]),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", ["BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH"]),
    ("ỦY BAN KIỂM TRA TỈNH ỦY", ["ỦY BAN KIỂM TRA TỈNH ỦY"]),
    ("HỘI ĐỒNG NHÂN DÂN TỈNH", ["HỘI ĐỒNG NHÂN DÂN TỈNH"]),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG", ["BAN CHẤP HÀNH TRUNG ƯƠNG"]),
    # must not cut: an organ of a committee named without its place, a committee alone
    ("BAN CHẤP HÀNH ĐẢNG BỘ VĂN PHÒNG", ["BAN CHẤP HÀNH ĐẢNG BỘ VĂN PHÒNG"]),
    ("BAN TUYÊN GIÁO HUYỆN ỦY", ["BAN TUYÊN GIÁO HUYỆN ỦY"]),
    ("VĂN PHÒNG TỈNH ỦY", ["VĂN PHÒNG TỈNH ỦY"]),
    ("BAN THƯỜNG VỤ TỈNH ỦY", ["BAN THƯỜNG VỤ TỈNH ỦY"]),
    ("HUYỆN ỦY NGHĨA ĐÀN", ["HUYỆN ỦY NGHĨA ĐÀN"]),
    ("ĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN TỈNH", ["ĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN TỈNH"]),
])
def test_organ_cells(cell: str, cells: list[str]) -> None:
    assert [c.strip() for c in _organ_cells(cell)] == cells


@pytest.mark.parametrize(("phrase", "bloc", "level"), [
    ("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", "các cơ quan Đảng tỉnh", "province"),
    ("Đảng ủy các cơ quan Đảng tỉnh Nghệ An", "các cơ quan Đảng tỉnh", "province"),
    ("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "Ủy ban nhân dân tỉnh", "province"),
    ("Đảng ủy Ủy ban nhân dân tỉnh Quảng Ninh", "Ủy ban nhân dân tỉnh", "province"),
    ("ĐẢNG ỦY MẶT TRẬN TỔ QUỐC, CÁC ĐOÀN THỂ TỈNH", "Mặt trận Tổ quốc, các đoàn thể tỉnh", "province"),
    ("Đảng ủy MTTQ và các đoàn thể tỉnh Gia Lai", "MTTQ và các đoàn thể tỉnh", "province"),
    # must not fire: a commune's committee, a bloc, a committee under the Central Committee
    ("Đảng ủy xã Đức Hợp", None, "commune"),
    ("Đảng ủy Khối các cơ quan tỉnh", "Khối các cơ quan tỉnh", "province"),
    ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương", "Mặt trận Tổ quốc, các đoàn thể Trung ương", "central"),
])
def test_agency_party_committee(phrase: str, bloc: str | None, level: str) -> None:
    body = parse_body(phrase)
    assert body is not None
    assert (body.bloc, body.fixed_level) == (bloc, level)


@pytest.mark.parametrize(("region", "bodies"), [
    (["BAN CHẤP HÀNH TRUNG ƯƠNG", "***", "Số: 225-KH/TWĐTN-CTTN", "ĐOÀN TNCS HỒ CHÍ MINH", "Hà Nội, ngày 16 tháng 5 năm 2024"],
     ["BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH"]),
    (["BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐOÀN TNCS HỒ CHÍ MINH", "Số: 411-KH/TWĐTN-BTC"],
     ["BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH"]),
    # must not fire: the Party's Central Committee under the Party's motto; a province's Youth Union
    (["BAN CHẤP HÀNH TRUNG ƯƠNG", "*", "Số 97-QĐ/TW", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 14 tháng 2 năm 2023"],
     ["BAN CHẤP HÀNH TRUNG ƯƠNG"]),
    (["BCH ĐOÀN TỈNH NGHỆ AN", "***", "Số: 45-KH/TĐTN-TNXP", "ĐOÀN TNCS HỒ CHÍ MINH"], ["BCH ĐOÀN TỈNH NGHỆ AN"]),
])
def test_youth_union_centre(region: list[str], bodies: list[str]) -> None:
    assert _header_bodies(region) == bodies


@pytest.mark.parametrize(("line", "cells"), [
    ("TỈNH ỦY NGHỆ AN * Số 45-KH/TU ĐẢNG CỘNG SẢN VIỆT NAM Nghệ An, ngày 12 tháng 3 năm 2024 KẾ HOẠCH về phòng, chống thiên tai",
     ["TỈNH ỦY NGHỆ AN", "Số 45-KH/TU", "Nghệ An, ngày 12 tháng 3 năm 2024", "KẾ HOẠCH về phòng, chống thiên tai"]),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG *** Số: 45-KH/TWĐTN-CTTN ĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 12 tháng 3 năm 2024 KẾ HOẠCH hè 2024",
     ["BAN CHẤP HÀNH TRUNG ƯƠNG", "Số: 45-KH/TWĐTN-CTTN", "ĐOÀN TNCS HỒ CHÍ MINH", "Hà Nội, ngày 12 tháng 3 năm 2024", "KẾ HOẠCH hè 2024"]),
    ("ĐẢNG ỦY XÃ ĐỨC HỢP Số 12-NQ/ĐU ĐẢNG CỘNG SẢN VIỆT NAM Đức Hợp, ngày 5 tháng 1 năm 2024 NGHỊ QUYẾT về nhiệm vụ năm 2024",
     ["ĐẢNG ỦY XÃ ĐỨC HỢP", "Số 12-NQ/ĐU", "Đức Hợp, ngày 5 tháng 1 năm 2024", "NGHỊ QUYẾT về nhiệm vụ năm 2024"]),
    # the '***' dropped: the number glued to the body's name, the code to the Union's motto (blind2 b08)
    ("BAN CHẤP HÀNH TRUNG ƯƠNGSố: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành",
     ["BAN CHẤP HÀNH TRUNG ƯƠNG", "Số: 367 - QĐ/TWĐTN-VP", "ĐOÀN TNCS HỒ CHÍ MINH", "Hà Nội, ngày 29 tháng 10 năm 2013",
      "QUYẾT ĐỊNHVề việc ban hành"]),
    ("TỈNH ỦY NGHỆ ANSố: 45-KH/TU ĐẢNG CỘNG SẢN VIỆT NAM Nghệ An, ngày 12 tháng 3 năm 2024 KẾ HOẠCH về phòng, chống thiên tai",
     ["TỈNH ỦY NGHỆ AN", "Số: 45-KH/TU", "Nghệ An, ngày 12 tháng 3 năm 2024", "KẾ HOẠCH về phòng, chống thiên tai"]),
])
def test_flat_cells(line: str, cells: list[str]) -> None:
    assert _flat_cells(line) == cells


_WARD = "{sup}\t\tĐẢNG CỘNG SẢN VIỆT NAM\n{own}\n*\t\t{place}, ngày 5 tháng 1 năm 2024\nSố 12-NQ/ĐU\n\nNGHỊ QUYẾT\nvề nhiệm vụ chính trị năm 2024\n"


@pytest.mark.parametrize(("sup", "own", "place", "district", "commune"), [
    # a ward's committee under its city's Party organisation: the city, of no fixed level, is its district
    ("ĐẢNG BỘ THÀNH PHỐ VINH", "ĐẢNG ỦY PHƯỜNG QUANG TRUNG", "Quang Trung", "Vinh", "Quang Trung"),
    ("ĐẢNG BỘ THÀNH PHỐ THANH HÓA", "ĐẢNG ỦY PHƯỜNG ĐIỆN BIÊN", "Điện Biên", "Thanh Hóa", "Điện Biên"),
    ("ĐẢNG BỘ THÀNH PHỐ THÁI BÌNH", "ĐẢNG ỦY PHƯỜNG QUANG TRUNG", "Quang Trung", "Thái Bình", "Quang Trung"),
    ("ĐẢNG BỘ QUẬN HÀ ĐÔNG", "ĐẢNG ỦY PHƯỜNG QUANG TRUNG", "Quang Trung", "Hà Đông", "Quang Trung"),
    # a commune under a district's organisation stays as it was
    ("ĐẢNG BỘ HUYỆN KIM ĐỘNG", "ĐẢNG ỦY XÃ ĐỨC HỢP", "Đức Hợp", "Kim Động", "Đức Hợp"),
])
def test_ward_under_its_city(sup: str, own: str, place: str, district: str, commune: str) -> None:
    issuer = parse_text(_WARD.format(sup=sup, own=own, place=place)).issuer
    assert issuer is not None
    assert (issuer.level, issuer.locality.district, issuer.locality.commune) == ("commune", district, commune)


_UNDER_UNIT = "{sup}\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{own}\t\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-{code}\t\t{place}, ngày 5 tháng 1 năm 2024\n\nKẾ HOẠCH\nvề phòng, chống dịch năm 2024\n"


@pytest.mark.parametrize(("sup", "own", "code", "place", "name", "level", "province"), [
    # a management board is named by what it manages; its unit is the line above
    ("UBND TỈNH BẮC NINH", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "BQL", "Bắc Ninh", "Ban Quản lý các khu công nghiệp", "province", "Bắc Ninh"),
    ("UBND TỈNH QUẢNG NAM", "BAN QUẢN LÝ KHU KINH TẾ MỞ CHU LAI", "BQL", "Quảng Nam", "Ban Quản lý khu kinh tế", "province", "Quảng Nam"),
    ("UBND HUYỆN KIM ĐỘNG", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG", "BQLDA", "Kim Động", "Ban Quản lý dự án", "district", "Hưng Yên"),
    # must not change: a steering board, a department, a People's Committee
    ("UBND HUYỆN KIM ĐỘNG", "BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19", "BCĐ", "Kim Động", "Ban Chỉ đạo phòng, chống dịch", "district", "Hưng Yên"),
    ("UBND TỈNH NGHỆ AN", "SỞ Y TẾ", "SYT", "Nghệ An", "Sở Y tế", "province", "Nghệ An"),
    ("ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "UBND", "Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An", "province", "Nghệ An"),
])
def test_board_named_by_its_task(sup: str, own: str, code: str, place: str, name: str, level: str, province: str) -> None:
    issuer = parse_text(_UNDER_UNIT.format(sup=sup, own=own, code=code, place=place)).issuer
    assert issuer is not None
    assert fold(name) in fold(issuer.name)
    assert (issuer.level, issuer.locality.province) == (level, province)


_UBND = "ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{unit}\t\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\t\t{place}, ngày 5 tháng {m} năm {y}\n\nKẾ HOẠCH\nvề phòng, chống thiên tai năm {y}\n"


@pytest.mark.parametrize(("unit", "place", "m", "y", "level", "province"), [
    # the special zones of 1 Jul 2025 are communes of the new map
    ("ĐẶC KHU VÂN ĐỒN", "Vân Đồn", 9, 2025, "commune", "Quảng Ninh"),
    ("ĐẶC KHU PHÚ QUỐC", "Phú Quốc", 9, 2025, "commune", "An Giang"),
    ("ĐẶC KHU CÔN ĐẢO", "Côn Đảo", 10, 2025, "commune", "Hồ Chí Minh"),
    # must not change: the districts they were before
    ("HUYỆN VÂN ĐỒN", "Vân Đồn", 3, 2024, "district", "Quảng Ninh"),
    ("HUYỆN CÔN ĐẢO", "Côn Đảo", 3, 2024, "district", "Bà Rịa - Vũng Tàu"),
])
def test_special_zone(unit: str, place: str, m: int, y: int, level: str, province: str) -> None:
    issuer = parse_text(_UBND.format(unit=unit, place=place, m=m, y=y)).issuer
    assert issuer is not None
    assert (issuer.level, issuer.locality.province) == (level, province)


_MASS_HEADER = "{cells}\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\t\tĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-{code}\t\t{place}, ngày 5 tháng 1 năm 2024\n\nKẾ HOẠCH\nvề hoạt động tháng nhân đạo năm 2024\n"


@pytest.mark.parametrize(("cells", "code", "place", "name", "level", "province"), [
    ("HỘI CHỮ THẬP ĐỎ TỈNH NGHỆ AN", "HCTĐ", "Nghệ An", "Hội Chữ thập đỏ", "province", "Nghệ An"),
    ("HỘI CHỮ THẬP ĐỎ HUYỆN KIM ĐỘNG", "HCTĐ", "Kim Động", "Hội Chữ thập đỏ", "district", "Hưng Yên"),
    ("LĐLĐ TỈNH NGHỆ AN\nCÔNG ĐOÀN NGÀNH GIÁO DỤC", "CĐN", "Nghệ An", "Công đoàn ngành Giáo dục", "province", "Nghệ An"),
    ("LĐLĐ TỈNH THANH HÓA\nCÔNG ĐOÀN NGÀNH Y TẾ", "CĐN", "Thanh Hóa", "Công đoàn ngành Y tế", "province", "Thanh Hóa"),
    ("UBND HUYỆN KIM ĐỘNG\nTRUNG TÂM Y TẾ", "TTYT", "Kim Động", "Trung tâm Y tế", "district", "Hưng Yên"),
    ("UBND HUYỆN KIM ĐỘNG\nTRUNG TÂM VĂN HÓA - THỂ THAO", "TTVHTT", "Kim Động", "Trung tâm Văn hóa", "district", "Hưng Yên"),
    # must not change: a Women's Union, a Labour Federation under its national body
    ("HỘI LIÊN HIỆP PHỤ NỮ PHÚ YÊN\nBAN THƯỜNG VỤ", "HPN", "Phú Yên", "Phụ nữ", "province", "Phú Yên"),
    ("TỔNG LĐLĐ VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG", "LĐLĐ", "Bình Dương", "Liên đoàn Lao động", "province", "Bình Dương"),
])
def test_mass_organisation_and_centre(cells: str, code: str, place: str, name: str, level: str, province: str) -> None:
    issuer = parse_text(_MASS_HEADER.format(cells=cells, code=code, place=place)).issuer
    assert issuer is not None
    assert fold(name) in fold(issuer.name)
    assert (issuer.level, issuer.locality.province) == (level, province)


@pytest.mark.parametrize(("cells", "level", "province"), [
    # a city's Youth Union, its unit word abbreviated, beside or above the Union's motto
    ("BCH ĐOÀN TP. HÀ NỘI\t\tĐOÀN TNCS HỒ CHÍ MINH", "province", "Hà Nội"),
    ("BCH ĐOÀN TP HỒ CHÍ MINH\n***\nĐOÀN TNCS HỒ CHÍ MINH", "province", "Hồ Chí Minh"),
    ("BCH ĐOÀN THÀNH PHỐ ĐÀ NẴNG\t\tĐOÀN TNCS HỒ CHÍ MINH", "province", "Đà Nẵng"),
    # must not change: a province's Union
    ("BCH ĐOÀN TỈNH NGHỆ AN\t\tĐOÀN TNCS HỒ CHÍ MINH", "province", "Nghệ An"),
])
def test_city_youth_union(cells: str, level: str, province: str) -> None:
    text = f"{cells}\nSố: 45-KH/ĐTN-BTC\t\tHà Nội, ngày 12 tháng 3 năm 2024\n\nKẾ HOẠCH\nvề hoạt động hè 2024\n"
    issuer = parse_text(text).issuer
    assert issuer is not None
    assert (issuer.level, issuer.locality.province) == (level, province)


@pytest.mark.parametrize(("lead", "province"), [
    # a provincial department named with its province last
    ("Ngày 12/3/2024, Sở Y tế Nghệ An đã ban hành Kế hoạch số 45/KH-SYT về phòng, chống dịch.", "Nghệ An"),
    ("Ngày 12/3/2024, Sở Văn hóa, Thể thao và Du lịch Thừa Thiên Huế đã ban hành Kế hoạch số 45/KH-SVHTTDL về du lịch.", "Thừa Thiên Huế"),
    ("Ngày 12/3/2024, Sở Nông nghiệp và Phát triển nông thôn Bắc Giang ban hành Kế hoạch số 45/KH-SNN về chăn nuôi.", "Bắc Giang"),
    # must not fire: a department named without its province
    ("Ngày 12/3/2024, Sở Tài nguyên và Môi trường đã ban hành Kế hoạch số 45/KH-STNMT về môi trường.", None),
    ("Ngày 12/3/2024, Sở Nội vụ đã ban hành Kế hoạch số 45/KH-SNV về cải cách hành chính.", None),
])
def test_department_with_its_province_last(lead: str, province: str | None) -> None:
    issuer = parse_text(lead).issuer
    assert issuer is not None
    assert (issuer.level, issuer.locality.province) == ("province", province)


@pytest.mark.parametrize(("line", "organ"), [
    ("của Ban Thường vụ Quận ủy", True),
    ("của Ban Thường vụ Huyện ủy", True),
    ("của Ban Chấp hành Đảng bộ tỉnh", True),
    ("của Ban Thường vụ Thành ủy Hải Phòng", True),
    # must not fire: a trích yếu that goes on with its subject, a line naming no body
    ("của Ban Thường vụ Tỉnh ủy về tăng cường công tác phòng, chống thiên tai", False),
    ("của các cấp ủy đảng đối với công tác bảo đảm trật tự an toàn giao thông", False),
    ("của Ban Chấp hành Trung ương Đảng khóa XIII thực hiện Nghị quyết", False),
])
def test_organ_line(line: str, organ: bool) -> None:
    assert _organ_line(line) is organ


@pytest.mark.parametrize(("cell", "cells"), [
    # the old tone placement ('UỶ') cuts where the new one does
    ("TỈNH UỶ NGHỆ AN UỶ BAN KIỂM TRA", ["TỈNH ỦY NGHỆ AN", "ỦY BAN KIỂM TRA"]),
    ("ĐẢNG BỘ TỈNH NGHỆ AN HUYỆN UỶ NGHĨA ĐÀN", ["ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY NGHĨA ĐÀN"]),
    ("ĐẢNG BỘ HUYỆN KIM ĐỘNG ĐẢNG UỶ XÃ ĐỨC HỢP", ["ĐẢNG BỘ HUYỆN KIM ĐỘNG", "ĐẢNG ỦY XÃ ĐỨC HỢP"]),
    # must not cut
    ("BAN TUYÊN GIÁO HUYỆN UỶ", ["BAN TUYÊN GIÁO HUYỆN ỦY"]),
])
def test_header_bodies_old_tones(cell: str, cells: list[str]) -> None:
    assert _header_bodies([cell]) == cells


_CODE_ONLY = "*\nSố {num}\n{place}, ngày 5 tháng 01 năm 2024\n\nKẾ HOẠCH\nvề phòng, chống thiên tai năm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n"


@pytest.mark.parametrize(("num", "place", "name", "level", "province"), [
    # the issuer only in the number's code, the place-date line naming its unit
    ("131-KH/HU", "Kim Động", "Huyện ủy Kim Động", "district", "Hưng Yên"),
    ("45-KH/TU", "Nghệ An", "Tỉnh ủy Nghệ An", "province", "Nghệ An"),
    ("45-KH/TU", "Hải Phòng", "Thành ủy Hải Phòng", "province", "Hải Phòng"),
    ("230-KH/ThU", "Đà Lạt", "Thành ủy Đà Lạt", "district", "Lâm Đồng"),
    ("15-NQ/QU", "Ngô Quyền", "Quận ủy Ngô Quyền", "district", "Hải Phòng"),
    # must not fire: a place that is no unit of the code's level, a code that names no one committee
    ("15-NQ/HU", "Hà Nội", "HU", "district", None),
    ("12-KH/ĐU", "Đức Hợp", "ĐU", "commune", None),
    ("45/KH-UBND", "Kim Động", "UBND", "district", None),
])
def test_issuer_only_in_the_code(num: str, place: str, name: str, level: str, province: str | None) -> None:
    issuer = parse_text(_CODE_ONLY.format(num=num, place=place)).issuer
    assert issuer is not None
    assert (issuer.name, issuer.level, issuer.locality.province) == (name, level, province)


# bodies2: a trade union is a body when named by its unit, its sector or its workplace; the common noun of
# running text is none.
@pytest.mark.parametrize(("phrase", "level"), [
    pytest.param("CÔNG ĐOÀN XÃ ĐỨC HỢP", "commune", id="commune-caps"),
    pytest.param("Công đoàn phường Hưng Dũng", "commune", id="ward"),
    pytest.param("công đoàn xã Đông Quang", "commune", id="lead-running-case"),
    pytest.param("Công đoàn Việt Nam", "central", id="national"),
    pytest.param("CÔNG ĐOÀN GIÁO DỤC VIỆT NAM", "central", id="national-sector"),
    pytest.param("Công đoàn ngành Y tế Việt Nam", "central", id="national-sector-nganh"),
    pytest.param("Công đoàn ngành Giáo dục tỉnh Nghệ An", "province", id="province-sector"),
    pytest.param("CĐCS Trường THCS Nghĩa Hội", None, id="grassroots-abbr"),
    pytest.param("Công đoàn cơ sở Trường THCS Nghĩa Hội", None, id="grassroots"),
])
def test_trade_union(phrase: str, level: str | None) -> None:
    body = parse_body(phrase)
    assert body is not None and body.kind == "mass_organisation"
    assert body.fixed_level == level


@pytest.mark.parametrize("phrase", [
    pytest.param("công đoàn các cấp", id="all-levels"),
    pytest.param("hoạt động công đoàn", id="activity"),
    pytest.param("tổ chức công đoàn các cấp", id="organisation"),
    pytest.param("Công đoàn cơ sở", id="grassroots-common-noun"),
    pytest.param("công đoàn Việt Nam", id="lower-case-no-unit"),
])
def test_no_trade_union(phrase: str) -> None:
    assert parse_body(phrase) is None
