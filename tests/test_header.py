"""Header and issuer resolution on documents of other provinces, districts and communes."""
# ruff: noqa: E501  (tables of real-looking Vietnamese text read better unwrapped)

from __future__ import annotations

from datetime import date

import pytest

from loaders.header import extract_header
from loaders.normalise import clean_lines, paragraphs
from loaders.resolve import parse_body


def header(text: str):
    lines = clean_lines(text)
    return extract_header(lines, paragraphs(lines))


PROVINCE_STATE = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH

Số: 123/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Ninh, ngày 15 tháng 3 năm 2024

KẾ HOẠCH
Triển khai thực hiện Chương trình hành động số 12-CTr/TU ngày 01/02/2024
của Ban Chấp hành Đảng bộ tỉnh về thực hiện Nghị quyết số 43-NQ/TW

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;
Thực hiện Chương trình hành động số 12-CTr/TU ngày 01/02/2024 của Ban Chấp hành Đảng bộ tỉnh, Ủy ban nhân \
dân tỉnh ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Thắng
"""

DISTRICT_PARTY = """ĐẢNG BỘ TỈNH NGHỆ AN
HUYỆN ỦY NAM ĐÀN
*
Số 45-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Nam Đàn, ngày 10 tháng 4 năm 2024

KẾ HOẠCH
**thực hiện Chương trình hành động số 30-CTr/TU, ngày 5/3/2024 của Tỉnh ủy
về thực hiện Nghị quyết số 43-NQ/TW**

Thực hiện Chương trình hành động số 30-CTr/TU, ngày 5/3/2024 của Ban Thường vụ Tỉnh ủy Nghệ An, Ban \
Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU

**T/M BAN THƯỜNG VỤ
BÍ THƯ**

Trần Văn Hùng
"""

COMMUNE_PARTY = """ĐẢNG BỘ HUYỆN GIA LÂM
ĐẢNG ỦY XÃ ĐA TỐN
Số 12-KH/ĐU
Đa Tốn, ngày 30 tháng 02 năm 2024
KẾ HOẠCH
thực hiện Kế hoạch số 101-KH/HU của Huyện ủy Gia Lâm

Thực hiện Kế hoạch số 101-KH/HU ngày 2/4/2024 của Ban Thường vụ Huyện ủy Gia Lâm, Đảng ủy xã ban hành kế \
hoạch như sau:

I. MỤC ĐÍCH
"""

AMBIGUOUS_DISTRICT = """HUYỆN ỦY CHÂU THÀNH
Số 77-KH/HU
Châu Thành, ngày 10 tháng 4 năm 2024
KẾ HOẠCH
thực hiện Nghị quyết số 43-NQ/TW

Thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:

I. MỤC ĐÍCH
"""

DISAMBIGUATED_DISTRICT = AMBIGUOUS_DISTRICT.replace("HUYỆN ỦY CHÂU THÀNH", "ĐẢNG BỘ TỈNH TIỀN GIANG\nHUYỆN ỦY CHÂU THÀNH")

URBAN_DISTRICT = """THÀNH ỦY HÀ NỘI
QUẬN ỦY BA ĐÌNH
Số 88-KH/QU
Ba Đình, ngày 1 tháng 3 năm 2024
KẾ HOẠCH
thực hiện Chương trình số 25-CTr/TU của Thành ủy Hà Nội

Thực hiện Chương trình số 25-CTr/TU ngày 10/02/2024 của Ban Thường vụ Thành ủy Hà Nội; Ban Thường vụ Quận \
ủy ban hành Kế hoạch:

I. MỤC ĐÍCH
"""

PROVINCIAL_CITY = """Số 230-KH/ThU

KẾ HOẠCH

Thực hiện Chương trình hành động số 75-CTr/TU, ngày 06/3/2024 của Tỉnh ủy Lâm Đồng

Thực hiện Chương trình hành động số 75-CTr/TU, ngày 6/3/2024 của Tỉnh ủy Lâm Đồng,

Thành ủy Đà Lạt xây dựng Kế hoạch triển khai thực hiện trên địa bàn thành phố như sau:

I. MỤC ĐÍCH, YÊU CẦU
"""

NO_PLACE_AT_ALL = """KẾ HOẠCH

thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023

Thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng; Ban Thường vụ Tỉnh ủy \
ban hành kế hoạch triển khai thực hiện như sau:

I- MỤC ĐÍCH, YÊU CẦU

1. Phát triển kinh tế - xã hội trên địa bàn tỉnh.
"""

# (text, number, doc_type, issued_on, place, name contains, level, (province, district, commune))
CASES = [
    (PROVINCE_STATE, "123/KH-UBND", "KH", date(2024, 3, 15), "Quảng Ninh", "Ủy ban nhân dân tỉnh Quảng Ninh",
     "province", ("Quảng Ninh", None, None)),
    (DISTRICT_PARTY, "45-KH/HU", "KH", date(2024, 4, 10), "Nam Đàn", "Ban Thường vụ Huyện ủy Nam Đàn",
     "district", ("Nghệ An", "Nam Đàn", None)),
    (COMMUNE_PARTY, "12-KH/ĐU", "KH", None, "Đa Tốn", "Đảng ủy xã Đa Tốn", "commune",
     ("Hà Nội", "Gia Lâm", "Đa Tốn")),
    # ten districts are called Châu Thành: the name is the text's, the province unknown
    (AMBIGUOUS_DISTRICT, "77-KH/HU", "KH", date(2024, 4, 10), "Châu Thành", "Huyện ủy Châu Thành", "district",
     (None, "Châu Thành", None)),
    (DISAMBIGUATED_DISTRICT, "77-KH/HU", "KH", date(2024, 4, 10), "Châu Thành", "Huyện ủy Châu Thành",
     "district", ("Tiền Giang", "Châu Thành", None)),
    (URBAN_DISTRICT, "88-KH/QU", "KH", date(2024, 3, 1), "Ba Đình", "Ban Thường vụ Quận ủy Ba Đình", "district",
     ("Hà Nội", "Ba Đình", None)),
    (PROVINCIAL_CITY, "230-KH/ThU", "KH", None, None, "Thành ủy Đà Lạt", "district", ("Lâm Đồng", "Đà Lạt", None)),
    (NO_PLACE_AT_ALL, None, "KH", None, None, "Ban Thường vụ Tỉnh ủy", "province", (None, None, None)),
]


@pytest.mark.parametrize(("text", "number", "doc_type", "issued_on", "place", "name", "level", "locality"), CASES)
def test_header(text, number, doc_type, issued_on, place, name, level, locality):
    h = header(text)
    assert (h.number, h.doc_type, h.issued_on, h.place) == (number, doc_type, issued_on, place)
    assert h.issuer is not None and name in h.issuer.name and h.issuer.level == level
    loc = h.issuer.locality
    assert (loc.province, loc.district, loc.commune) == locality
    if locality[0] is None:
        assert "issuer locality unknown" in h.warnings


def test_warnings_for_missing_and_impossible_pieces():
    assert "impossible issue date 30/02/2024" in header(COMMUNE_PARTY).warnings
    w = header(NO_PLACE_AT_ALL).warnings
    assert {"no document number", "no issue date", "issuer locality unknown"} <= set(w)
    assert "no document number (left blank)" in header("Số     /KH-UBND\nKẾ HOẠCH\nabc").warnings


def test_title_and_heading_tail():
    text = ("THÀNH ỦY HẢI PHÒNG\nSố 66-CTr/TU\nHải Phòng, ngày 02 tháng 02 năm 2024\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n\n"
            "CỦA BAN THƯỜNG VỤ THÀNH ỦY\n\nthực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Ban Chấp hành \n"
            "Trung ương Đảng khóa XIII\n\n-----\n\nThực hiện Nghị quyết số 43-NQ/TW ...\nI. MỤC ĐÍCH")
    h = header(text)
    assert h.doc_type == "CTr"
    assert h.title == "thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII"
    assert h.issuer is not None and h.issuer.name == "Ban Thường vụ Thành ủy Hải Phòng"
    assert h.issuer.kind == "standing_committee" and h.issuer.level == "province"


SIGNERS = [
    (PROVINCE_STATE, ("Nguyễn Văn Thắng", "Phó Chủ tịch", "Ủy ban nhân dân")),
    (DISTRICT_PARTY, ("Trần Văn Hùng", "Bí thư", "Ban Thường vụ")),
    ("KẾ HOẠCH\nabc\nNơi nhận:\n- Lưu VT.\n\nTM. ỦY BAN NHÂN DÂN\n\nCHỦ TỊCH\n", (None, "Chủ tịch", "Ủy ban nhân dân")),
    ("KẾ HOẠCH\nabc\nNơi nhận:\n- Ban Thường vụ Tỉnh ủy (để b/c),\n- Lưu VPHU.\n\n\n\nNguyễn Chi Hội\n",
     ("Nguyễn Chi Hội", None, None)),
    ("KẾ HOẠCH\nabc\nNơi nhận:\n- Các ban, sở, ngành thành phố,\n- Lưu Văn phòng Thành ủy.\n", None),
    ("KẾ HOẠCH\nabc\nNơi nhận:\n- Như trên;\n- Lưu: VT. TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hải\n",
     ("Lê Văn Hải", "Phó Chủ tịch", "Ủy ban nhân dân")),
]


@pytest.mark.parametrize(("text", "expected"), SIGNERS)
def test_signer(text, expected):
    s = header(text).signer
    assert (None if s is None else (s.name, s.title, s.on_behalf_of)) == expected


BODIES = [
    ("THÀNH ỦY HẢI PHÒNG", ("thành ủy", None, None, "Hải Phòng")),
    ("Ủy ban nhân dân xã Tự Cường", ("ủy ban nhân dân", None, "xã", "Tự Cường")),
    ("Ban Thường vụ Huyện ủy", ("huyện ủy", "ban thường vụ", None, None)),
    ("UBND THỊ XÃ SƠN TÂY", ("ubnd", None, "thị xã", "Sơn Tây")),
    ("Ban Chấp hành Đảng bộ tỉnh", ("đảng bộ", "ban chấp hành", "tỉnh", None)),
    ("Đảng ủy phường 1", ("đảng ủy", None, "phường", "Phường 1")),
    ("QUẬN ỦY QUẬN 3", ("quận ủy", None, "quận", "Quận 3")),
    ("Hội nghị lần thứ năm", None),
]


@pytest.mark.parametrize(("phrase", "expected"), BODIES)
def test_parse_body(phrase, expected):
    b = parse_body(phrase)
    assert (None if b is None else (b.base, b.organ, b.unit_kind, b.place)) == expected


TWO_COLUMNS_ON_ONE_LINE = """ĐẢNG BỘ TỈNH HƯNG YÊN ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY KIM ĐỘNG
*
Số 131 -KH/HU Kim Động, ngày 5 tháng 01 năm 2024

KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 43-NQ/TW NGÀY 24/11/2023
CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII

Thực hiện Kế hoạch số 250-KH/TU ngày 25/12/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng \
Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
"""

CITY_UNDER_CENTRE = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
Số: 2150/KH-UBND
TP. Hồ Chí Minh, ngày 08 tháng 5 năm 2024
KẾ HOẠCH
Triển khai thực hiện Chương trình hành động số 45-CTr/TU của Thành ủy

Thực hiện Chương trình hành động số 45-CTr/TU ngày 18/3/2024 của Thành ủy Thành phố Hồ Chí Minh; Ủy ban nhân \
dân Thành phố ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
"""

PROVINCIAL_CITY_STATE = """ỦY BAN NHÂN DÂN
THÀNH PHỐ BUÔN MA THUỘT
Số: 310/KH-UBND
Buôn Ma Thuột, ngày 20 tháng 3 năm 2024
KẾ HOẠCH
thực hiện Kế hoạch số 99-KH/ThU của Thành ủy Buôn Ma Thuột

Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;
Căn cứ Kế hoạch số 99-KH/ThU ngày 01/3/2024 của Ban Thường vụ Thành ủy Buôn Ma Thuột về thực hiện Nghị quyết \
số 43-NQ/TW, UBND thành phố ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH
"""

MORE_CASES = [
    (TWO_COLUMNS_ON_ONE_LINE, "131-KH/HU", "KH", date(2024, 1, 5), "Kim Động", "Ban Thường vụ Huyện ủy Kim Động",
     "district", ("Hưng Yên", "Kim Động", None)),
    (CITY_UNDER_CENTRE, "2150/KH-UBND", "KH", date(2024, 5, 8), "TP. Hồ Chí Minh", "Ủy ban nhân dân",
     "province", ("Hồ Chí Minh", None, None)),
    (PROVINCIAL_CITY_STATE, "310/KH-UBND", "KH", date(2024, 3, 20), "Buôn Ma Thuột", "Ủy ban nhân dân thành phố",
     "district", ("Đắk Lắk", "Buôn Ma Thuột", None)),
]


@pytest.mark.parametrize(("text", "number", "doc_type", "issued_on", "place", "name", "level", "locality"), MORE_CASES)
def test_header_layout_variants(text, number, doc_type, issued_on, place, name, level, locality):
    test_header(text, number, doc_type, issued_on, place, name, level, locality)


def test_title_on_the_heading_line():
    h = header(TWO_COLUMNS_ON_ONE_LINE)
    assert h.title == "THỰC HIỆN NGHỊ QUYẾT SỐ 43-NQ/TW NGÀY 24/11/2023 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII"


NEW_MAP_COMMUNE = """ĐẢNG BỘ TỈNH NINH BÌNH ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG UỶ XÃ HẢI HẬU
*
Số 07-KH/ĐU Hải Hậu, ngày 15 tháng 8 năm 2025
KẾ HOẠCH
thực hiện Kế hoạch số 12-KH/TU ngày 25/7/2025 của Ban Thường vụ Tỉnh ủy
-----
Thực hiện Kế hoạch số 12-KH/TU ngày 25/7/2025 của Ban Thường vụ Tỉnh ủy Ninh Bình, Ban Thường vụ Đảng ủy xã \
Hải Hậu xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
"""

TOWN_NOT_DISTRICT = """ỦY BAN NHÂN DÂN
THỊ XÃ SƠN TÂY
Số: 207/KH-UBND
Sơn Tây, ngày 24 tháng 5 năm 2024
KẾ HOẠCH
Bảo tồn Làng cổ Đường Lâm năm 2024
Thực hiện Kế hoạch số 131/KH-UBND ngày 03/4/2024 của Ủy ban nhân dân Thành phố, Ủy ban nhân dân thị xã \
ban hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
"""

CAPITAL_CITY = """ỦY BAN NHÂN DÂN
THÀNH PHỐ THANH HÓA
Số: 312/KH-UBND
Thanh Hóa, ngày 17 tháng 6 năm 2024
KẾ HOẠCH
Thực hiện Kế hoạch số 98/KH-UBND ngày 22/4/2024 của UBND tỉnh Thanh Hóa
I. MỤC ĐÍCH, YÊU CẦU
"""

BOARD_OF_COMMITTEE = """TỈNH ỦY BẮC NINH ĐẢNG CỘNG SẢN VIỆT NAM
BAN DÂN VẬN
* Bắc Ninh, ngày tháng 10 năm 2024
Số 45-HD/BDVTU
HƯỚNG DẪN
triển khai mô hình "Dân vận khéo" năm 2024 - 2025
Thực hiện Kế hoạch số 380-KH/TU ngày 15/8/2024 của Ban Thường vụ Tỉnh ủy, Ban Dân vận Tỉnh ủy hướng dẫn \
triển khai thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
"""

SPLIT_NUMBER = """TỈNH ỦY HÀ GIANG ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 312-
KH/TU Hà Giang, ngày 14 tháng 3 năm 2025
KẾ HOẠCH
thực hiện Kết luận số 127-KL/TW
I. MỤC ĐÍCH
"""

HELD_OUT_SHAPES = [
    # after 1 Jul 2025: the 2025 map, no district
    (NEW_MAP_COMMUNE, "07-KH/ĐU", "KH", date(2025, 8, 15), "Hải Hậu", "Đảng ủy xã Hải Hậu", "commune",
     ("Ninh Bình", None, "Hải Hậu")),
    # two districts are called Sơn Tây; only one is a thị xã
    (TOWN_NOT_DISTRICT, "207/KH-UBND", "KH", date(2024, 5, 24), "Sơn Tây", "Ủy ban nhân dân thị xã Sơn Tây",
     "district", ("Hà Nội", "Sơn Tây", None)),
    # 'thành phố Thanh Hóa' is the capital of tỉnh Thanh Hóa, a district
    (CAPITAL_CITY, "312/KH-UBND", "KH", date(2024, 6, 17), "Thanh Hóa", "Ủy ban nhân dân thành phố Thanh Hóa",
     "district", ("Thanh Hóa", "Thanh Hóa", None)),
    # a board on the line under its committee; a blank day in the date
    (BOARD_OF_COMMITTEE, "45-HD/BDVTU", "HD", None, "Bắc Ninh", "Ban Dân vận Tỉnh ủy Bắc Ninh", "province",
     ("Bắc Ninh", None, None)),
    # the number split over two lines by a column layout
    (SPLIT_NUMBER, "312-KH/TU", "KH", date(2025, 3, 14), "Hà Giang", "Tỉnh ủy Hà Giang", "province",
     ("Hà Giang", None, None)),
]


@pytest.mark.parametrize(("text", "number", "doc_type", "issued_on", "place", "name", "level", "locality"),
                         HELD_OUT_SHAPES)
def test_header_held_out_shapes(text, number, doc_type, issued_on, place, name, level, locality):
    test_header(text, number, doc_type, issued_on, place, name, level, locality)


def test_ambiguous_commune_keeps_its_name_and_the_province_all_candidates_share():
    text = ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 03/2024/QĐ-UBND\nHòa Bình, ngày 15 tháng 5 năm 2024\nQUYẾT ĐỊNH\n"
            "Ban hành Quy chế làm việc\nCăn cứ Quyết định số 12/2023/QĐ-UBND ngày 20/6/2023 của Ủy ban nhân dân tỉnh "
            "Thái Bình ban hành Quy chế làm việc mẫu;\nQUYẾT ĐỊNH:\nĐiều 1.")
    h = header(text)
    assert h.issuer is not None and h.issuer.name == "Ủy ban nhân dân xã Hòa Bình" and h.issuer.level == "commune"
    loc = h.issuer.locality
    assert (loc.province, loc.district, loc.commune) == ("Thái Bình", None, "Hòa Bình")
    assert any(w.startswith("issuer locality ambiguous") for w in h.warnings)


BLOC_COMMITTEE = """TỈNH ỦY NGHỆ AN ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH
* Nghệ An,
Số 85-KH/ĐUK ngày 02 tháng 02 năm 2024
KẾ HOẠCH
thực hiện Kế hoạch số 210-KH/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy
I. MỤC ĐÍCH, YÊU CẦU
"""

SPACED_HEADING_WRAPPED_DATE = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ NGHĨA LỘC Độc lập - Tự do - Hạnh phúc
Số:      /KH-UBND Nghĩa Lộc, ngày 15 tháng 01
năm 2024
K Ế  H O Ạ C H
Triển khai thực hiện công tác dân tộc, tôn giáo trên địa bàn xã năm 2024
Căn cứ Kế hoạch số 35/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân huyện Nghĩa Đàn về công tác dân tộc; căn cứ \
tình hình thực tế địa phương, Ủy ban nhân dân xã Nghĩa Lộc xây dựng kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
"""

LAYOUT_NOISE = [
    # a Đảng ủy Khối under the Tỉnh ủy: province level; the place and the date on two lines
    (BLOC_COMMITTEE, "85-KH/ĐUK", "KH", date(2024, 2, 2), "Nghệ An", "Đảng ủy Khối các cơ quan tỉnh", "province",
     ("Nghệ An", None, None)),
    # a letter-spaced heading, a blank number, a date wrapped by the column layout
    (SPACED_HEADING_WRAPPED_DATE, None, "KH", date(2024, 1, 15), "Nghĩa Lộc", "Ủy ban nhân dân xã Nghĩa Lộc",
     "commune", ("Nghệ An", "Nghĩa Đàn", "Nghĩa Lộc")),
]


@pytest.mark.parametrize(("text", "number", "doc_type", "issued_on", "place", "name", "level", "locality"),
                         LAYOUT_NOISE)
def test_header_layout_noise(text, number, doc_type, issued_on, place, name, level, locality):
    test_header(text, number, doc_type, issued_on, place, name, level, locality)
