"""Header and issuer resolution on documents of other provinces, districts and communes."""
# ruff: noqa: E501  (tables of real-looking Vietnamese text read better unwrapped)

from __future__ import annotations

import textwrap
from datetime import date

import pytest

from loaders.header import extract_header
from loaders.normalise import clean_lines, fold, paragraphs
from loaders.patterns import BLANK_NUMBER_RE, PERSON_TAIL_RE
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


# leftovers11: a city under a province numbers its committee's documents '-TU' as the province's does, so the
# code says no level there; a centrally-run city's committee is the province's.
@pytest.mark.parametrize(("city", "name", "level", "locality"), [
    pytest.param("HẠ LONG", "Thành ủy Hạ Long", "district", ("Quảng Ninh", "Hạ Long"), id="ha-long"),
    pytest.param("THÁI NGUYÊN", "Thành ủy Thái Nguyên", "district", ("Thái Nguyên", "Thái Nguyên"),
                 id="thai-nguyen-namesake-province"),
    pytest.param("BUÔN MA THUỘT", "Thành ủy Buôn Ma Thuột", "district", ("Đắk Lắk", "Buôn Ma Thuột"),
                 id="buon-ma-thuot"),
    pytest.param("HÀ NỘI", "Thành ủy Hà Nội", "province", ("Hà Nội", None), id="ha-noi"),
    pytest.param("HẢI PHÒNG", "Thành ủy Hải Phòng", "province", ("Hải Phòng", None), id="hai-phong"),
    pytest.param("CẦN THƠ", "Thành ủy Cần Thơ", "province", ("Cần Thơ", None), id="can-tho"),
    pytest.param("ĐÀ NẴNG", "Thành ủy Đà Nẵng", "province", ("Đà Nẵng", None), id="da-nang"),
    pytest.param("HỒ CHÍ MINH", "Thành ủy Hồ Chí Minh", "province", ("Hồ Chí Minh", None), id="ho-chi-minh"),
])
def test_city_committee_level_whatever_the_code(city, name, level, locality):
    place = city.title() if city != "HỒ CHÍ MINH" else "TP. Hồ Chí Minh"
    h = header(f"THÀNH ỦY {city}\n*\nSố 45-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n{place}, ngày 5 tháng 3 năm 2023\n"
               "KẾ HOẠCH\nthực hiện Chỉ thị số 25-CT/TW\n")
    assert h.issuer is not None and fold(name) in fold(h.issuer.name) and h.issuer.level == level
    assert (h.issuer.locality.province, h.issuer.locality.district) == locality


def test_warnings_for_missing_and_impossible_pieces():
    assert "impossible issue date 30/02/2024" in header(COMMUNE_PARTY).warnings
    w = header(NO_PLACE_AT_ALL).warnings
    assert {"no document number", "no issue date", "issuer locality unknown"} <= set(w)
    assert "no document number (left blank)" in header("Số     /KH-UBND\nKẾ HOẠCH\nabc").warnings


# A number left blank is 'Số' and filler before the code's slash or dash ('Số:          /UBND', 'Số ……../BCĐ',
# 'Số -CTr/TU'); a page's counters ('Số lượt xem 4571', 'Số lần đọc: 687') and a column 'Số ngày ...' are not.
@pytest.mark.parametrize(("line", "blank"), [
    ("Số     /KH-UBND", True),
    ("Số:          /UBND", True),
    ("Số ……../BCĐ", True),
    ("Số -CTr/TU", True),
    ("Số: ..../TB-UBND", True),
    ("Số lượt xem 4571Ngày cập nhật 27/03/2020", False),
    ("Số lần đọc: 687", False),
    ("Số ngày chậm nhất phải hoàn thành trước (sau) ngày BC", False),
    ("Số: 12/KH-UBND", False),
])
def test_number_left_blank(line, blank):
    assert bool(BLANK_NUMBER_RE.match(line)) is blank


def test_title_and_heading_tail():
    text = ("THÀNH ỦY HẢI PHÒNG\nSố 66-CTr/TU\nHải Phòng, ngày 02 tháng 02 năm 2024\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n\n"
            "CỦA BAN THƯỜNG VỤ THÀNH ỦY\n\nthực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Ban Chấp hành \n"
            "Trung ương Đảng khóa XIII\n\n-----\n\nThực hiện Nghị quyết số 43-NQ/TW ...\nI. MỤC ĐÍCH")
    h = header(text)
    assert h.doc_type == "CTr"
    assert h.title == "thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII"
    assert h.issuer is not None and h.issuer.name == "Ban Thường vụ Thành ủy Hải Phòng"
    assert h.issuer.kind == "standing_committee" and h.issuer.level == "province"


_JOINED = ("ỦY BAN NHÂN DÂN TỈNH KON TUM -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
           "---------------\nSố: 12/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH {title}\nCăn cứ Luật Tổ chức "
           "chính quyền địa phương ngày 19 tháng 6 năm 2015;\n")
# blind44: a header joined row by row runs the title in capitals on into the enacting body's name.
JOINED_ROW_TITLES = [
    pytest.param("V/V BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI NĂM 2020 ỦY BAN NHÂN DÂN TỈNH KON TUM",
                 "V/V BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI NĂM 2020", id="committee"),
    pytest.param("VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DU LỊCH CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM",
                 "VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DU LỊCH", id="chairman"),
    pytest.param("V/V BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH KON TUM",
                 "V/V BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH KON TUM", id="object-kept"),
    pytest.param("V/V BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH KON TUM ỦY BAN NHÂN DÂN TỈNH KON TUM",
                 "V/V BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH KON TUM", id="object-then-enacting"),
    pytest.param("Về việc ban hành Kế hoạch phòng, chống thiên tai năm 2020",
                 "Về việc ban hành Kế hoạch phòng, chống thiên tai năm 2020", id="running-case"),
]


@pytest.mark.parametrize(("title", "expected"), JOINED_ROW_TITLES)
def test_joined_row_header(title, expected):
    h = header(_JOINED.format(title=title))
    assert (h.number, h.doc_type, h.issued_on, h.place) == ("12/QĐ-UBND", "QĐ", date(2020, 5, 4), "Kon Tum")
    assert h.issuer is not None and h.issuer.name == "Ủy ban nhân dân tỉnh Kon Tum"
    assert h.title == expected


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
    # blind29: a women's congress is the Women's Union's; a congress of anything else names no body
    ("ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ THÀNH PHỐ ĐÀ NẴNG", ("hội liên hiệp phụ nữ", "đại hội đại biểu", "thành phố", "Đà Nẵng")),
    ("Đại hội phụ nữ huyện Vạn Ninh", ("hội liên hiệp phụ nữ", "đại hội", "huyện", "Vạn Ninh")),
    ("Hội nghị phụ nữ huyện Vạn Ninh", None),
    ("Đại hội thể dục thể thao huyện Vạn Ninh", None),
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
    (PROVINCIAL_CITY_STATE, "310/KH-UBND", "KH", date(2024, 3, 20), "Buôn Ma Thuột", "thành phố Buôn Ma Thuột",
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


# blind41 b02: a name the gazetteer holds for units of several kinds, in a text that names no other place: the one
# unit of the kind written is the one meant ('xã Hồng Hà' is Đan Phượng's, the two 'phường Hồng Hà' are not);
# two of the written kind stay ambiguous, and a unit named by a lower kind may still be one upgraded since.
# A district or province the text names elsewhere that the unit is not in leaves it unsettled (blind45 b01:
# 'xã Ninh Hải' under 'Huyện ủy Ninh Giang', a commune the gazetteer lacks, is not Ninh Bình's); blind53: where
# the gazetteer holds the name only outside that one district, the district written places it (b01's label).
@pytest.mark.parametrize(("kind", "name", "basis", "locality"), [
    pytest.param("XÃ", "Hồng Hà", "", ("Hà Nội", "Đan Phượng", "Hồng Hà"), id="xa-over-two-wards"),
    pytest.param("XÃ", "Nghĩa Đô", "", ("Lào Cai", "Bảo Yên", "Nghĩa Đô"), id="xa-over-ward"),
    pytest.param("XÃ", "Vĩnh Tuy", "", ("Kiên Giang", "Gò Quao", "Vĩnh Tuy"), id="xa-over-ward-and-town"),
    pytest.param("PHƯỜNG", "Vĩnh Tuy", "", ("Hà Nội", "Hai Bà Trưng", "Vĩnh Tuy"), id="ward-over-xa-and-town"),
    pytest.param("XÃ", "Kim Liên", "", (None, None, "Kim Liên"), id="two-xa-stay-ambiguous"),
    pytest.param("PHƯỜNG", "Hồng Hà", "", (None, None, "Hồng Hà"), id="two-wards-stay-ambiguous"),
    pytest.param("XÃ", "Ninh Hải", "Căn cứ Kế hoạch số 126-KH/HU ngày 01/12/2023 của Huyện ủy Ninh Giang;\n",
                 ("Hải Dương", "Ninh Giang", "Ninh Hải"), id="xa-outside-the-district-named"),
    pytest.param("XÃ", "Hồng Hà", "Căn cứ Kế hoạch số 20-KH/HU ngày 01/12/2023 của Huyện ủy Thạch Thất;\n",
                 (None, None, "Hồng Hà"), id="xa-outside-the-district-named-same-province"),
    pytest.param("XÃ", "Hồng Hà", "Căn cứ Kế hoạch số 20-KH/HU ngày 01/12/2023 của Huyện ủy Đan Phượng;\n",
                 ("Hà Nội", "Đan Phượng", "Hồng Hà"), id="xa-inside-the-district-named"),
])
def test_commune_of_the_kind_written(kind: str, name: str, basis: str, locality: tuple[str | None, ...]) -> None:
    text = (f"ỦY BAN NHÂN DÂN\n{kind} {name.upper()}\nSố: 03/QĐ-UBND\n{name}, ngày 15 tháng 5 năm 2024\nQUYẾT ĐỊNH\n"
            "Về việc thành lập Tổ công tác\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            f"{basis}QUYẾT ĐỊNH:\nĐiều 1.")
    h = header(text)
    assert h.issuer is not None and h.issuer.level == "commune"
    loc = h.issuer.locality
    assert (loc.province, loc.district, loc.commune) == locality


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


# --- pages with no header block: news leads, editor's notes, title lines, metadata tables ---
# (text, number, doc_type, issued_on, issuer name contains, level)
PAGE_CASES = [
    # an editor's note carries number, dash date and issuer
    ("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XVI về phát triển du lịch\n\n"
     "LTS: Ngày 5-3-2019, Ban Chấp hành Đảng bộ tỉnh khóa XVI đã ban hành Nghị quyết số 12-NQ/TU về phát "
     "triển du lịch giai đoạn 2019-2025. Báo trân trọng giới thiệu toàn văn Nghị quyết.\n\nI- Tình hình\n",
     "12-NQ/TU", "NQ", date(2019, 3, 5), "Ban Chấp hành Đảng bộ tỉnh", "province"),
    # a news lead after the portal's menu and its update date
    ("Trang chủ\nTin tức\nTìm kiếm tin tức\nNgày cập nhật 30/10/2017\n"
     "Ngày 9/4/2021, Ban Thường vụ Tỉnh ủy Hà Giang đã ban hành Chương trình số 31-CTr/TU về thực hiện "
     "Nghị quyết số 43-NQ/TW của Bộ Chính trị.\nChương trình nêu rõ: ...\n",
     "31-CTr/TU", "CTr", date(2021, 4, 9), "Ban Thường vụ Tỉnh ủy Hà Giang", "province"),
    # the identity in a title line, the body without a header
    ("Kế hoạch số 35-KH/TW ngày 12/6/2022 của Bộ Chính trị thực hiện Nghị quyết số 19-NQ/TW\n"
     "Nhằm quán triệt sâu sắc Nghị quyết, Bộ Chính trị yêu cầu các cấp ủy thực hiện tốt các nội dung sau:\n",
     "35-KH/TW", "KH", date(2022, 6, 12), "Bộ Chính trị", "central"),
    # 'Thay mặt Bộ Chính trị': the body, not the signer's offices
    ("Thay mặt Bộ Chính trị, đồng chí Nguyễn Văn A, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, vừa ký "
     "ban hành Kết luận số 34-KL/TW ngày 18/4/2022 về Chiến lược công tác kiểm tra. Kết luận nêu rõ:\n",
     "34-KL/TW", "KL", date(2022, 4, 18), "Bộ Chính trị", "central"),
    # a lead that says 'vừa ban hành' gives no date; a bare 'số 17' gives no number
    ("Ban Thường vụ Tỉnh ủy Yên Bái vừa ban hành Chỉ thị số 17 về tăng cường công tác dư luận xã hội.\n"
     "Nội dung Chỉ thị như sau:\n",
     None, "CT", None, "Ban Thường vụ Tỉnh ủy Yên Bái", "province"),
    # an official letter in a lead, with its district
    ("Ngày 21/01/2021, Chủ tịch Ủy ban nhân dân huyện Châu Thành ban hành công văn 250/UBND-VX đề nghị các "
     "xã, thị trấn tăng cường phòng, chống dịch.\n",
     "250/UBND-VX", "CV", date(2021, 1, 21), "huyện Châu Thành", "district"),
    # 'có Công văn số ...' and a central office's letter number
    ("Thứ tư, 19/05/2021\nNgày 3-2-2021, Văn phòng Chính phủ có Công văn số 833/VPCP-TH về việc xây dựng "
     "Chương trình hành động.\n",
     "833/VPCP-TH", "CV", date(2021, 2, 3), "Văn phòng Chính phủ", "central"),
    # the passive form
    ("Đó là nội dung Chỉ thị số 02-CT/TU của Ban Thường vụ Tỉnh ủy ban hành ngày 14.12.2020. Theo đó, "
     "các cấp ủy tiếp tục chỉ đạo.\n",
     "02-CT/TU", "CT", date(2020, 12, 14), "Ban Thường vụ Tỉnh ủy", "province"),
    # a page's print date is not the issue date when the lead gives one
    ("Hải Phòng, ngày 18 tháng 11 năm 2019\nThực hiện Chương trình số 16-CTr/TU của Thành ủy, ngày "
     "13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch số 42/KH-UBND về cải cách hành chính.\n",
     "42/KH-UBND", "KH", date(2011, 5, 13), "Ủy ban nhân dân huyện", "district"),
    # a yearless lead date takes the year of the report it answers, days before
    ("Ngày 04/12, UBND tỉnh ban hành Công văn số 2221/UBND-TH về các nội dung khác nhau.\n"
     "UBND tỉnh nhận được Báo cáo số 552/BC-HĐND ngày 01/12/2017 của HĐND tỉnh.\n",
     "2221/UBND-TH", "CV", date(2017, 12, 4), "UBND tỉnh", "province"),
    # ... but not the year of an older document it cites
    ("CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 17-CT/TU về công tác dư luận.\n"
     "Thực hiện Kết luận số 111-KL/TU ngày 14/8/2017 của Ban Thường vụ Tỉnh ủy, công tác đã có kết quả.\n",
     "17-CT/TU", "CT", None, "Ban Thường vụ Tỉnh ủy", "province"),
    # a weekday date line is the page's
    ("Thứ Tư, ngày 31 tháng 5 năm 2023\nChỉ thị V/v tổ chức thực hiện Nghị quyết Đại hội\n", None, "CT", None,
     None, None),
    # a repost's source note at the foot
    ("Tin chỉ đạo điều hành\n22/04/2021\nThực hiện Hướng dẫn số 06-HD/HU của Huyện ủy; Ủy ban nhân dân huyện "
     "Côn Đảo có ý kiến như sau:\n1. Phòng Văn hóa và Thông tin chủ trì tuyên truyền.\n"
     "(Nguồn: Từ Công văn số 1150/UBND-VP ngày 22/04/2021)\n",
     "1150/UBND-VP", "CV", date(2021, 4, 22), "Ủy ban nhân dân huyện Côn Đảo", "district"),
    # a legal library's metadata table, cells glued together
    ("Quyết định 55/2016/QĐ-UBND của Ủy ban nhân dân tỉnh Quảng Ngãi về việc ban hành Quy chế quản lý cảng cá\n"
     "Cơ quan ban hành: Ủy ban nhân dân tỉnh Quảng NgãiSố công báo: Đã biết\n"
     "Số hiệu:55/2016/QĐ-UBNDNgày đăng công báo:Đang cập nhật\nLoại văn bản:Quyết địnhNgười ký:Trần Văn B\n"
     "Ngày ban hành:19/10/2016Ngày hết hiệu lực: Đã biết\n",
     "55/2016/QĐ-UBND", "QĐ", date(2016, 10, 19), "Ủy ban nhân dân tỉnh Quảng Ngãi", "province"),
    # the same table as '|' cells, the issuing body named only by its province
    ("Quyết định 503/QĐ-UBND năm 2017 phê duyệt Kiến trúc chính quyền điện tử\n| Số hiệu | 503/QĐ-UBND |\n"
     "| Ngày ban hành | 30/03/2017 |\n| Loại văn bản | Quyết định |\n| Cơ quan ban hành | Tỉnh Bắc Giang |\n"
     "|\nỦY BAN NHÂN\nDÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\n",
     "503/QĐ-UBND", "QĐ", date(2017, 3, 30), "Ủy ban nhân dân", "province"),
    # blind29: a provincial portal's document box, each field and its value on a line with no colon
    ("Hướng dẫn thực hiện Phong trào Tết Nhân ái\n\nCăn cứ Hướng dẫn số 235/HD-TƯHCTĐ ngày 04/11/2022 của Trung "
     "ương Hội Chữ thập đỏ Việt Nam, Ban Thường vụ Hội Chữ thập đỏ tỉnh Bình Định ban hành Hướng dẫn như sau:\n\n"
     "Số kí hiệu 458/HD-CTĐBĐ-CTXH\nNgày ban hành 07/11/2022\nNgày bắt đầu hiệu lực 07/11/2022\n"
     "Thể loại Văn bản khác\nNgười ký Lê Phong\n\nNội dung\n\nI. MỤC ĐÍCH, YÊU CẦU\n",
     "458/HD-CTĐBĐ-CTXH", "HD", date(2022, 11, 7), "Hội Chữ thập đỏ tỉnh Bình Định", "province"),
    ("Kế hoạch tuyên truyền cải cách hành chính năm 2023\n\nSố ký hiệu 25/KH-SNV\nNgày ban hành 15/02/2023\n"
     "Cơ quan ban hành Sở Nội vụ\n\nThực hiện Kế hoạch số 10/KH-UBND ngày 05/01/2023 của Ủy ban nhân dân tỉnh "
     "Quảng Trị, Sở Nội vụ tỉnh Quảng Trị ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n",
     "25/KH-SNV", "KH", date(2023, 2, 15), "Sở Nội vụ", "province"),
    # blind29: a body deploying its own unnumbered plan, the clause closed by 'như sau'
    ("Kế hoạch tổ chức “Tháng Nhân đạo” năm 2019\n\nThực hiện Hướng dẫn số 48/HD-TƯHCTĐ ngày 15/02/2019 của Trung "
     "ương Hội Chữ thập đỏ Việt Nam. Hội Chữ thập đỏ tỉnh Vĩnh Phúc triển khai Kế hoạch tổ chức “Tháng Nhân đạo” "
     "năm 2019 với các nội dung như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n",
     None, "KH", None, "Hội Chữ thập đỏ tỉnh Vĩnh Phúc", "province"),
    ("Kế hoạch tuyên truyền Tháng hành động vì người cao tuổi năm 2023\n\nCăn cứ Hướng dẫn số 05/HD-NCT ngày "
     "10/01/2023 của Trung ương Hội Người cao tuổi Việt Nam, Hội Người cao tuổi huyện Yên Thành triển khai Kế "
     "hoạch tuyên truyền cụ thể như sau:\n\nI. MỤC ĐÍCH\n",
     None, "KH", None, "Hội Người cao tuổi huyện Yên Thành", "district"),
    # a congress resolution named in a title line
    ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI\nBáo trân trọng đăng toàn văn Nghị quyết.\n",
     None, "NQ", None, "Đại hội đại biểu Đảng bộ tỉnh Tiền Giang", "province"),
    # a portal's menu category in capitals is no issuer; a yearless date with nothing near stays null
    ("ĐẠI HỘI ĐẢNG CÁC CẤP\nĐẩy mạnh phong trào thi đua\nNgày 24-10, UBND tỉnh có văn bản số 4912/UBND-NC "
     "về việc thực hiện Chỉ thị của Thủ tướng Chính phủ.\n",
     "4912/UBND-NC", "CV", None, "UBND tỉnh", "province"),
    # a centrally-run city's Youth Union is of the province
    ("KẾ HOẠCH\nTổ chức đại hội Đoàn các cấp\nCăn cứ Kế hoạch số 298 KH/TWĐTN ngày 14/7/2011 của Ban Chấp hành "
     "Trung ương Đoàn; Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch tổ chức đại hội, cụ thể như sau:\n"
     "I. YÊU CẦU\n",
     None, "KH", None, "Thành đoàn Hà Nội", "province"),
    # 'Công văn số ..., ban hành ngày ...' with the issuer after it
    ("Trong nội dung Công văn số 4913/VP-KT, ban hành ngày 15/6/2019, UBND thành phố Hà Nội yêu cầu các sở, "
     "ngành chủ động phòng, chống dịch.\n",
     "4913/VP-KT", "CV", date(2019, 6, 15), "UBND thành phố Hà Nội", "province"),
    # a department's name has lower-case words; its abbreviation in brackets
    ("Thực hiện Công văn số 3711/UBND-KGVX ngày 07/5/2021 của Ủy ban nhân dân tỉnh, Sở Giáo dục và Đào tạo "
     "(GDĐT) yêu cầu các đơn vị thực hiện các nội dung sau:\n1. Các trường học ...\n",
     None, None, None, "Sở Giáo dục và Đào tạo", "province"),
    ("Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường thực hiện:\n1. Tuyên truyền ...\n",
     None, None, None, "Phòng Giáo dục và Đào tạo", "district"),
    # an official letter: 'V/v ...' under a number left blank
    ("ỦY BAN NHÂN DÂN\nXÃ THANH BÌNH THỊNH\nSố:          /UBND\nV/v chủ động ứng phó với bão Noru\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nThanh Bình Thịnh, ngày 26 tháng 9 năm 2022\nKính gửi: Các thôn\n",
     None, "CV", date(2022, 9, 26), "Ủy ban nhân dân xã Thanh Bình Thịnh", "commune"),
    # tone marks scrambled by a scraper: the title line is read on its base letters
    ("KẾT LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ, BẠN BÍ THƯ VỀ TRỈỂN KHÀÌ NGHĨÊN CỨƯ\n"
     "Tạĩ phĩên họp ngàỷ 28/2/2025, Bộ Chính trị có ý kỉến như sạú:\n",
     "127-KL/TW", "KL", None, "Bộ Chính trị", "central"),
    # a lead's date written 'tháng 12/2020'; a number spaced before its dash
    ("Cập nhật lúc: 11:02 02/01/2021\nNgày 29 tháng 12/2020 Ban Thường vụ Tỉnh ủy Đắk Lắk đã ban hành Chỉ thị\n"
     "số 04 -CT/TU về việc tổ chức đón Tết Nguyên đán.\n",
     "04-CT/TU", "CT", date(2020, 12, 29), "Ban Thường vụ Tỉnh ủy Đắk Lắk", "province"),
    # a wrapped sentence whose line starts with a cited document is no title line
    ("Ủy ban nhân dân huyện Phú Xuyên xây dựng Kế hoạch thực hiện\n"
     "chỉ thị 17/CT-UBND ngày 23/7/2021 của Chủ tịch UBND thành phố Hà Nội như sau:\nI. MỤC ĐÍCH\n",
     None, "KH", None, "Ủy ban nhân dân huyện Phú Xuyên", "district"),
    # the sentence's subject further back than the verb
    ("Thực hiện Chỉ thị 05 của Thành ủy Hà Nội về phòng, chống dịch, Ban Thường vụ Huyện ủy Gia Lâm đã quán "
     "triệt tới toàn bộ hệ thống chính trị, đồng thời ban hành Chỉ thị số 08/CT-HU về tăng cường trách nhiệm.\n",
     "08/CT-HU", "CT", None, "Ban Thường vụ Huyện ủy Gia Lâm", "district"),
    # ... also after a connective
    ("Chỉ thị V/v tổ chức thực hiện Nghị quyết Đại hội\nĐại hội đã thành công tốt đẹp. Do đó Ban Thường vụ "
     "Quận ủy yêu cầu:\n1/ Các chi, đảng bộ trực thuộc tổ chức quán triệt.\n",
     None, "CT", None, "Ban Thường vụ Quận ủy", "district"),
    # a yearless lead date takes the year of the document's own number
    ("Ngày 12/5, UBND tỉnh Thái Bình ban hành Quyết định số 12/2023/QĐ-UBND về quy định quản lý.\n",
     "12/2023/QĐ-UBND", "QĐ", date(2023, 5, 12), "UBND tỉnh Thái Bình", "province"),
    # a title line naming the Prime Minister
    ("Quyết định số 1234/QĐ-TTg ngày 12/8/2021 của Thủ tướng Chính phủ phê duyệt Đề án phát triển\n",
     "1234/QĐ-TTg", "QĐ", date(2021, 8, 12), "Thủ tướng Chính phủ", "central"),
    # a congress resolution is dated by its adoption; the year from the congress's dates nearby
    ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI\nBáo trân trọng đăng toàn văn Nghị quyết "
     "Đại hội đã được đại biểu thông qua trong phiên bế mạc vào sáng ngày 15-10.\nĐại hội diễn ra từ ngày 12 "
     "đến ngày 15 tháng 10 năm 2020.\n",
     None, "NQ", date(2020, 10, 15), "Đại hội đại biểu Đảng bộ tỉnh Tiền Giang", "province"),
    # a lead that opens with its date, the signer's name and offices before the verb
    ("Ban Thường vụ Huyện ủy chỉ đạo đại hội chi bộ\n\nNgày 27 tháng 5 năm 2022, đồng chí Lê Văn A, Phó Bí thư "
     "Thường trực Huyện ủy Càng Long đã ký ban hành Công văn số 1127-CV/HU về việc lãnh đạo đại hội chi bộ.\n",
     "1127-CV/HU", "CV", date(2022, 5, 27), "Huyện ủy Càng Long", "district"),
    ("Chiều 14/3/2023, đồng chí Trần Văn B, Chủ tịch UBND tỉnh Quảng Bình đã ký ban hành Quyết định số "
     "512/QĐ-UBND về việc công bố dịch.\n",
     "512/QĐ-UBND", "QĐ", date(2023, 3, 14), "UBND tỉnh Quảng Bình", "province"),
    # the number in brackets after the title; the body the signer acts for
    ("LTS - Ngày 25/5/2024, đồng chí Nguyễn Thị C, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, thay mặt Ban "
     "Bí thư ký ban hành Chỉ thị của Ban Bí thư về lãnh đạo đại hội Mặt trận (Chỉ thị số 22-CT/TW). Báo trân "
     "trọng giới thiệu toàn văn Chỉ thị.\n",
     "22-CT/TW", "CT", date(2024, 5, 25), "Ban Bí thư", "central"),
    # two lead sentences about one number: the date of the second, the body a signer acts for
    ("(Báo X) - Thường trực Ban Bí thư ký ban hành Kết luận số 185-KL/TW về tổ chức đại hội đảng bộ các cấp.\n"
     "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Văn D ký ban hành Kết luận số 185-KL/TW, ngày "
     "22/8/2025 về tổ chức đại hội đảng bộ các cấp.\n",
     "185-KL/TW", "KL", date(2025, 8, 22), "Bộ Chính trị", "central"),
    # a yearless lead date takes its year from the page's posting date days after it
    ("Quyết định của UBND tỉnh về việc công bố hết dịch\nCập nhật lúc07:59, Thứ Tư, 15/11/2017 (GMT+7)\n\n"
     "Ngày 13-11, Chủ tịch UBND tỉnh Nam Định đã ký ban hành Quyết định số 2589/QĐ-UBND công bố hết dịch.\n",
     "2589/QĐ-UBND", "QĐ", date(2017, 11, 13), "UBND tỉnh Nam Định", "province"),
    ("Ngày đăng: 02/01/2018\nNgày 28/12, UBND tỉnh Hà Nam ban hành Kế hoạch số 41/KH-UBND về phòng dịch.\n",
     "41/KH-UBND", "KH", date(2017, 12, 28), "UBND tỉnh Hà Nam", "province"),
    # a letter's body only: the ministry or office that guides or answers
    ("Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\nHiện nay một số tỉnh đã sắp xếp "
     "các xã. Vì vậy, để đảm bảo hồ sơ phù hợp, Bộ Tài nguyên và Môi trường hướng dẫn công tác chỉnh lý hồ "
     "sơ địa chính như sau:\n1. Trường hợp nhập xã\n",
     None, None, None, "Bộ Tài nguyên và Môi trường", "central"),
    ("Kính gửi: Ủy ban nhân dân tỉnh Quảng Trị\nBộ Nội vụ nhận được Công văn số 1671/UBND-NC ngày 20/4/2021 "
     "của Ủy ban nhân dân tỉnh đề nghị hướng dẫn. Về vấn đề này, Bộ Nội vụ có ý kiến như sau:\n",
     None, None, None, "Bộ Nội vụ", "central"),
    ("Kính gửi: Hiệu trưởng các trường. Thực hiện Kế hoạch số 1231/KH-UBND của UBND thành phố, Phòng Giáo "
     "dục- Đào tạo yêu cầu các trường học trực thuộc thực hiện các nội dung sau:\n1. Vận động\n",
     None, None, None, "Phòng Giáo dục- Đào tạo", "district"),
    # a resolution reposted under its heading alone is dated by its adoption in the lead
    ("Toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bắc Giang lần thứ XIX\nThứ 5, 15.10.2020 | 18:04:25\n"
     "BGTV- Chiều 15/10, tại phiên bế mạc Đại hội đại biểu Đảng bộ tỉnh Bắc Giang lần thứ XIX, 100% đại biểu "
     "đã biểu quyết, nhất trí thông qua Nghị quyết của Đại hội.\nNGHỊ QUYẾT\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH "
     "BẮC GIANG LẦN THỨ XIX, NHIỆM KỲ 2020 - 2025\n-----\nĐại hội đại biểu Đảng bộ tỉnh Bắc Giang lần thứ XIX "
     "họp từ ngày 13/10/2020 đến ngày 15/10/2020.\n",
     None, "NQ", date(2020, 10, 15), "Đảng bộ tỉnh Bắc Giang", "province"),
    # a report a numbered point of the answer names is not the page's own document
    ("THÔNG TIN PHẢN HỒI\nUBND tỉnh có ý kiến như sau:\n1. Liên quan đến kiến nghị, UBND huyện Triệu Phong đã "
     "có Báo cáo số 100/BC-UBND ngày 08/4/2021, UBND tỉnh yêu cầu UBND huyện trả lời công dân.\n2. Giao UBND "
     "huyện kiểm tra, xử lý.\n",
     None, None, None, "UBND tỉnh", "province"),
    ("Sở Y tế đề nghị các đơn vị thực hiện:\n- Ngày 5/3/2021, UBND tỉnh đã ban hành Kế hoạch số 55/KH-UBND về "
     "tiêm chủng, các đơn vị triển khai ngay.\n",
     None, None, None, "Sở Y tế", "province"),
    # a news paraphrase: the body that directs, as a last resort
    ("Theo đó, Ban Thường vụ Huyện ủy đề nghị cấp ủy các chi bộ, đảng bộ cơ sở tổ chức quán triệt Kết luận "
     "số 93-KL/TW.\n",
     None, None, None, "Ban Thường vụ Huyện ủy", "district"),
]


@pytest.mark.parametrize(("text", "number", "doc_type", "issued_on", "name", "level"), PAGE_CASES)
def test_identity_of_a_page_without_header(text, number, doc_type, issued_on, name, level):
    h = header(text)
    assert (h.number, h.doc_type, h.issued_on) == (number, doc_type, issued_on)
    if name is None:
        assert h.issuer is None
    else:
        assert h.issuer is not None and name in h.issuer.name and h.issuer.level == level


def test_bare_number_is_unknown_with_a_warning():
    h = header("Ban Thường vụ Huyện ủy vừa ban hành Kế hoạch số 47 về chuyển đổi số.\n")
    assert h.number is None
    assert any("số 47" in w for w in h.warnings)


def test_yearless_lead_date_warns():
    h = header("Ngày 6/8, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 17-CT/TU về dư luận xã hội.\n")
    assert h.issued_on is None
    assert any("6/8 without a year" in w for w in h.warnings)


# --- leftovers: a news paraphrase whose subject 'vừa/đã triển khai' or 'phát động' is the issuer ---
@pytest.mark.parametrize(("text", "name", "level"), [
    ("UBMTTQVN huyện Sơn Tịnh tổ chức thực hiện Cuộc vận động năm 2015\nUBMTTQVN huyện Sơn Tịnh vừa triển khai tổ "
     "chức thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” năm 2015.\n",
     "UBMTTQVN huyện Sơn Tịnh", "district"),  # names: the initials as written
    ("(QNO) - Ủy ban nhân dân tỉnh Quảng Nam đã phát động phong trào thi đua chuyển đổi số năm 2023 trên toàn "
     "tỉnh.\n", "Ủy ban nhân dân tỉnh Quảng Nam", "province"),
    ("Huyện đoàn Tiên Lãng vừa phát động Tháng Thanh niên năm 2024 với nhiều hoạt động.\n",
     "Huyện đoàn Tiên Lãng", "district"),
    # must not fire: an order in the body ('Các xã triển khai ...'), no news tense
    ("Các xã, thị trấn triển khai tổng vệ sinh môi trường vào sáng thứ Bảy.\n", None, None),
])
def test_news_subject_that_deploys_is_the_issuer(text, name, level):
    h = header(text)
    if name is None:
        assert h.issuer is None
    else:
        assert h.issuer is not None and name.casefold() in h.issuer.name.casefold() and h.issuer.level == level


# --- leftovers: a yearless lead date takes the one year its own sentence names (before November) ---
@pytest.mark.parametrize(("text", "issued_on"), [
    ("Ngày 16/1, Ban Tuyên giáo Tỉnh ủy đã có văn bản hướng dẫn tuyên truyền kỷ niệm các ngày lễ lớn năm 2017.\n",
     date(2017, 1, 16)),
    ("(HNM) - Ngày 26-3, Chủ tịch UBND TP đã ký ban hành Chỉ thị 11/CT- UBND tăng cường kỷ cương, kỷ luật hành "
     "chính nhằm thực hiện nhiệm vụ kinh tế - xã hội năm 2009.\n", date(2009, 3, 26)),
    ("Ngày 5/4, UBND huyện ban hành Kế hoạch số 45/KH-UBND về tổ chức Tết trồng cây\nnăm 2022.\n", date(2022, 4, 5)),
    ("Ngày 12-10, Huyện ủy đã ban hành Hướng dẫn số 8-HD/HU về tổ chức Đại hội chi bộ NĂM 2022.\n",
     date(2022, 10, 12)),
    # must not: December (a plan for a year is made the year before), two years, a period, another sentence
    ("Ngày 20/12, UBND tỉnh ban hành Kế hoạch số 210/KH-UBND về phát triển du lịch năm 2019.\n", None),
    ("Ngày 3/3, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU tổng kết năm 2020 và triển khai nhiệm vụ "
     "năm 2021.\n", None),
    ("Ngày 3/3, Tỉnh ủy ban hành Chương trình số 5-CTr/TU về chuyển đổi số giai đoạn 2021 - 2025.\n", None),
    ("Ngày 6/8, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 17-CT/TU về dư luận xã hội. Năm 2019 là năm "
     "bản lề.\n", None),
])
def test_yearless_lead_date_takes_its_sentences_year(text, issued_on):
    assert header(text).issued_on == issued_on


# --- header blocks damaged by extraction ---
# (text, number, issued_on, place, name contains, level)
DAMAGED_HEADERS = [
    # a narrow table cell broke the body line, 'Số:' and the place name
    ("HỘI\nĐỒNG NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố:\n21/2022/NQ-HĐND\n"
     "|\nBình\nĐịnh, ngày 07 tháng 9 năm 2022\n|\nNGHỊ QUYẾT\nBAN HÀNH QUY ĐỊNH CƠ CHẾ HUY ĐỘNG NGUỒN LỰC\n"
     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n",
     "21/2022/NQ-HĐND", date(2022, 9, 7), "Bình Định", "Hội đồng nhân dân tỉnh Bình Định", "province"),
    # the hyphen of the number dropped; the issuer in the decision's authority line
    ("ỦY BAN NHÂN DÂN\nSố: 1961/QĐUBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKiên Giang, ngày 28 tháng 8 năm 2019\n"
     "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\nCăn cứ Luật ...;\n",
     "1961/QĐ-UBND", date(2019, 8, 28), "Kiên Giang", "Ủy ban nhân dân tỉnh Kiên Giang", "province"),
    # an official letter: its place-date line sits below the subject line, above 'Kính gửi'
    ("ỦY BAN NHÂN DÂN\nXÃ LIÊN SƠN\n_____\nSố: 08 /CV- UBND\n“V/v thực hiện nghiêm việc nắm bắt thông tin”\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập- Tự do- Hạnh phúc\n\n\n\n\n\n\n\n\n"
     "Liên Sơn, ngày 12 tháng 3 năm 2020\nKính gửi: Các thôn\n",
     "08/CV-UBND", date(2020, 3, 12), "Liên Sơn", "Ủy ban nhân dân xã Liên Sơn", "commune"),
    # a ministry in a split cell; a letter-spaced number with its year
    ("BỘ\nY TẾ\n-----\n|\nCỘNG\nHOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 05 /2008/TT-BYT\n|\n"
     "Hà Nội, ngày 14 tháng 5 năm 2008\nTHÔNG TƯ\nHướng dẫn ...\n",
     "05/2008/TT-BYT", date(2008, 5, 14), "Hà Nội", "Bộ Y tế", "central"),
    # the date glued to 'tháng'; a timestamp line above it is the page's
    ("10:21 14/09/2018\nỦY BAN NHÂN DÂN\nHUYỆN KỲ ANH\nSố: 13/CĐ-UBND\nKỳ Anh, ngày 13tháng 9 năm 2018\n"
     "CÔNG ĐIỆN\nVề việc chủ động ứng phó với bão số 5\n",
     "13/CĐ-UBND", date(2018, 9, 13), "Kỳ Anh", "Ủy ban nhân dân huyện Kỳ Anh", "district"),
    # double-escaped line breaks of a scraped legal library page
    ("\\r\\n ỦY BAN NHÂN DÂN | \\r\\n CỘNG\\r\\n HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \\r\\n\\r\\n TỈNH LẠNG SƠN\\r\\n"
     " Số: 54/KH-UBND \\r\\n | \\r\\n Lạng Sơn, ngày 27 tháng 3 năm 2020 \\r\\n | \\r\\n KẾ HOẠCH\\r\\n"
     "Hành động thực hiện Chương trình\\r\\n",
     "54/KH-UBND", date(2020, 3, 27), "Lạng Sơn", "Ủy ban nhân dân tỉnh Lạng Sơn", "province"),
    # a place-date line split across two lines
    ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n|\nSố: 1556/KH-UBND\n|\nLai Châu, ngày 25\ntháng 4 năm 2024\n|\nKẾ HOẠCH\n"
     "THỰC HIỆN CHƯƠNG TRÌNH MỖI XÃ MỘT SẢN PHẨM\n",
     "1556/KH-UBND", date(2024, 4, 25), "Lai Châu", "Ủy ban nhân dân tỉnh Lai Châu", "province"),
    # a hyphenated place name; the authority line names the province
    ("ỦY BAN NHÂN DÂN\nSố: 55/2007/QĐ-UBND\nPhan Rang-Tháp Chàm, ngày 05 tháng 3 năm 2007\nQUYẾT ĐỊNH\n"
     "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG\nỦY BAN NHÂN DÂN TỈNH NINH THUẬN\nCăn cứ Luật ...;\n",
     "55/2007/QĐ-UBND", date(2007, 3, 5), "Phan Rang-Tháp Chàm", "Ủy ban nhân dân tỉnh Ninh Thuận", "province"),
    # an office under its unit's committee line; an official letter's number
    ("UBND HUYỆN TIÊN LÃNG\nVĂN PHÒNG HĐND VÀ UBND\nSố: 2211/VP-KTN\nV/v triển khai thực hiện kế hoạch\n"
     "Tiên Lãng, ngày 5 tháng 4 năm 2024\nKính gửi: Các phòng, ban\n",
     "2211/VP-KTN", date(2024, 4, 5), "Tiên Lãng", "Văn phòng HĐND huyện Tiên Lãng", "district"),
    # the National Assembly's own number line
    ("QUỐC HỘI\n--------\nNghị quyết số: 104/2023/QH15\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nNGHỊ QUYẾT\n"
     "VỀ DỰ TOÁN NGÂN SÁCH NHÀ NƯỚC NĂM 2024\nQUỐC HỘI\nCăn cứ Hiến pháp;\n",
     "104/2023/QH15", None, None, "Quốc hội", "central"),
    # a site menu's 'THÔNG BÁO' item and an update date above the real header
    ("TRANG CHỦ\nTIN TỨC\nTHÔNG BÁO\nVĂN BẢN\nNgày cập nhật 30/10/2017\nỦY BAN NHÂN DÂN\nHUYỆN NAM ĐÀN\n"
     "Số: 12/KH-UBND\nNam Đàn, ngày 3 tháng 2 năm 2017\nKẾ HOẠCH\nTriển khai công tác cải cách hành chính\n",
     "12/KH-UBND", date(2017, 2, 3), "Nam Đàn", "Ủy ban nhân dân huyện Nam Đàn", "district"),
    # non-breaking spaces and runs of spaces
    ("TỈNH\u00a0ỦY\u00a0BẮC\u00a0NINH\nSố\u00a0\u00a0\u00a0 120 - KL/TU            Bắc Ninh,   ngày 3-9-2018\n"
     "KẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy\n",
     "120-KL/TU", date(2018, 9, 3), "Bắc Ninh", "Tỉnh ủy Bắc Ninh", "province"),
]


# (text, issuer name contains, (province, district, commune)): localities the text supports
LOCALITY_CASES = [
    # before 2025 'Thành ủy Huế' is the provincial capital's committee (a recipient), not the province
    ("Chiều nay ngày 26/3/2020, thay mặt Ban Thường vụ Tỉnh ủy, Phó Bí thư Thường trực Tỉnh ủy Bùi Thanh Hà đã "
     "ký công văn hỏa tốc gửi Ban Thường vụ các huyện ủy, thị ủy, Thành ủy Huế về việc tạm dừng đại hội.\n",
     "Ban Thường vụ Tỉnh ủy", (None, None, None)),
    ("Ban Thường vụ Tỉnh ủy yêu cầu Thành ủy Huế và các huyện ủy tạm dừng tổ chức đại hội.\n",
     "Ban Thường vụ Tỉnh ủy", (None, None, None)),
    # the gazetteer names unit 46 by its later name; the text's own name is kept
    ("ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\nSố: 315/KH-UBND\nThừa Thiên Huế, ngày 5 tháng 6 năm 2023\n"
     "KẾ HOẠCH\nThực hiện ...\n",
     "Ủy ban nhân dân tỉnh Thừa Thiên Huế", ("Thừa Thiên Huế", None, None)),
    # a page's print line names the city; the district is the one the text names
    ("Hải Phòng, ngày 18 tháng 11 năm 2019\nNgày 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch số "
     "42/KH-UBND về cải cách hành chính của huyện Thủy Nguyên.\n",
     "Ủy ban nhân dân huyện Thủy Nguyên", ("Hải Phòng", "Thủy Nguyên", None)),
    # a district office: its name is no place; the district is the text's
    ("Thực hiện Công văn số 1161/UBND-YT ngày 17/8/2023 của UBND quận Cầu Giấy; Phòng Giáo dục và Đào tạo đề "
     "nghị các trường thực hiện:\n1. ...\n",
     "Phòng Giáo dục và Đào tạo", ("Hà Nội", "Cầu Giấy", None)),
]


# --- leftovers: two units of one parent sharing a name (the package writes 'Kỳ Anh (Huyện)') ---
LOCALITY_CASES += [
    ("ỦY BAN NHÂN DÂN\nHUYỆN CAI LẬY\nSố: 45/KH-UBND\nCai Lậy, ngày 3 tháng 4 năm 2019\nKẾ HOẠCH\n"
     "Phòng, chống dịch bệnh\n",
     "Ủy ban nhân dân huyện Cai Lậy", ("Tiền Giang", "Cai Lậy", None)),
    ("THỊ ỦY KỲ ANH\n*\nSố 12-CTr/TXU\nKỳ Anh, ngày 20 tháng 5 năm 2021\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
     "thực hiện Nghị quyết Đại hội\n",
     "Thị ủy Kỳ Anh", ("Hà Tĩnh", "Kỳ Anh", None)),
    ("Ngày 5/3/2020, Ủy ban nhân dân thành phố Hồng Ngự đã ban hành Kế hoạch số 31/KH-UBND về phòng, "
     "chống dịch Covid-19 trên địa bàn.\n",
     "Ủy ban nhân dân thành phố Hồng Ngự", ("Đồng Tháp", "Hồng Ngự", None)),
    ("ỦY BAN NHÂN DÂN\nXÃ YÊN VIÊN\nSố: 20/TB-UBND\nYên Viên, ngày 2 tháng 8 năm 2022\nTHÔNG BÁO\n"
     "Về việc treo cờ Tổ quốc\n",
     "Ủy ban nhân dân xã Yên Viên", ("Hà Nội", "Gia Lâm", "Yên Viên")),
    ("UBND THỊ TRẤN MƯỜNG TÈ\nSố: 7/KH-UBND\nMường Tè, ngày 9 tháng 1 năm 2023\nKẾ HOẠCH\n"
     "Tổng vệ sinh môi trường\n",
     "thị trấn Mường Tè", ("Lai Châu", "Mường Tè", "Mường Tè")),
    # must not fire: a commune name many provinces share gives no province nor district
    ("ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH\nSố: 11/KH-UBND\nTân Thành, ngày 4 tháng 4 năm 2022\nKẾ HOẠCH\n"
     "Tổng vệ sinh môi trường\n",
     "Ủy ban nhân dân xã Tân Thành", (None, None, "Tân Thành")),
]

# --- leftovers: a place ending a paragraph does not take the next paragraph's first words ---
LOCALITY_CASES += [
    ("Sẽ lập Quỹ hoạt động Chữ thập đỏ tỉnh Bạc Liêu\n\nĐặng Thu Hằng\nUBND tỉnh vừa ban hành Kế hoạch 156, "
     "ngày 13/9/2023 triển khai thực hiện các văn bản chỉ đạo của cấp trên.\n",
     "UBND tỉnh", ("Bạc Liêu", None, None)),
    ("Phát động Tháng hành động vì môi trường tỉnh Cà Mau\nNguyễn Văn An\nỦy ban nhân dân tỉnh vừa ban hành "
     "Kế hoạch số 45/KH-UBND ngày 3/4/2022 về Tháng hành động vì môi trường.\n",
     "Ủy ban nhân dân tỉnh", ("Cà Mau", None, None)),
    ("Thực hiện Công điện số 19/CĐ-UBND của Ủy ban nhân dân tỉnh Quảng Trị\nThứ Sáu, 12/03/2021\nỦy ban nhân "
     "dân tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 10/3/2021 về phòng, chống thiên tai.\n",
     "Ủy ban nhân dân tỉnh", ("Quảng Trị", None, None)),
    ("Ngày 2/6/2022, UBND tỉnh ban hành Kế hoạch số 212/KH-UBND về phổ biến giáo dục pháp luật trên địa bàn "
     "tỉnh Tuyên\nQuang năm 2022.\n",
     "UBND tỉnh", ("Tuyên Quang", None, None)),
    # must not fire: the province is only in the next paragraph's byline, not named as a place
    ("Sẽ lập Quỹ hoạt động Chữ thập đỏ tỉnh\nBạc Liêu Online\nUBND tỉnh vừa ban hành Kế hoạch số 156/KH-UBND "
     "ngày 13/9/2023.\n",
     "UBND tỉnh", (None, None, None)),
]

# --- leftovers: a district or commune body whose unit is unnamed or gone from the data: the one province ---
LOCALITY_CASES += [
    ("Chỉ thị V/v tổ chức thực hiện Nghị quyết Đại hội Đảng bộ Quận lần thứ VIII\nBan Thường vụ Quận ủy yêu "
     "cầu:\n1/ Các chi, đảng bộ trực thuộc quán triệt Nghị quyết Đại hội Đảng bộ thành phố Hồ Chí Minh.\n",
     "Ban Thường vụ Quận ủy", ("Hồ Chí Minh", None, None)),
    ("Thực hiện Công điện số 8/CĐ-UBND của UBND thành phố Đà Nẵng, UBND phường Hải Châu II thông báo một số "
     "nội dung như sau:\n1. Các tổ dân phố kiểm tra nhà ở.\n",
     "UBND phường Hải Châu II", ("Đà Nẵng", None, "Hải Châu II")),
    ("Thực hiện Chỉ thị số 05-CT/TU ngày 3/3/2021 của Ban Thường vụ Tỉnh ủy Thái Bình, Ban Thường vụ Huyện ủy "
     "ban hành Kế hoạch số 45-KH/HU ngày 3/4/2021 về học tập và làm theo tư tưởng, đạo đức Hồ Chí Minh.\n",
     "Ban Thường vụ Huyện ủy", ("Thái Bình", None, None)),
    # must not fire: two provinces named (a twinning), or none
    ("Ban Thường vụ Quận ủy yêu cầu các chi, đảng bộ tổ chức tốt chương trình kết nghĩa giữa thành phố Hồ Chí "
     "Minh và tỉnh Long An.\n",
     "Ban Thường vụ Quận ủy", (None, None, None)),
    ("UBND phường Hải Châu II thông báo lịch tiếp công dân như sau:\n1. Chủ tịch UBND phường tiếp công dân.\n",
     "UBND phường Hải Châu II", (None, None, None)),
]

# --- leftovers: a district written as the headline's subject is the district that acts ---
LOCALITY_CASES += [
    ("Hàm Thuận Nam chỉ đạo tổ chức Ngày Hội Đại đoàn kết toàn dân tộc năm 2014\n\nTiếp tục thực hiện Chỉ thị "
     "số 25-CT/HU; Ban Thường vụ Huyện ủy đã ban hành Công văn số 1449-CV/HU, ngày 22/10/2014 về việc lãnh đạo.\n",
     "Ban Thường vụ Huyện ủy", ("Bình Thuận", "Hàm Thuận Nam", None)),
    ("Gia Lâm ra quân tổng vệ sinh môi trường\nUBND huyện vừa ban hành Kế hoạch số 12/KH-UBND về tổng vệ sinh "
     "môi trường năm 2023.\n",
     "UBND huyện", ("Hà Nội", "Gia Lâm", None)),
    ("Kim Động triển khai chuyển đổi số\n12/03/2022 08:15\nHuyện ủy vừa ban hành Kế hoạch số 45-KH/HU về chuyển "
     "đổi số.\n",
     "Huyện ủy", ("Hưng Yên", "Kim Động", None)),
    # must not fire: an office for a subject, a headline that is a sentence
    ("Chủ tịch UBND huyện chỉ đạo đảm bảo an ninh trong dịp nghỉ lễ\nChủ tịch UBND huyện đã ký ban hành Công văn "
     "số 3273/UBND-VP ngày 29/8/2023 về việc đảm bảo an ninh.\n",
     "UBND huyện", (None, None, None)),
    ("Gia Lâm ra quân tổng vệ sinh môi trường vào sáng Chủ nhật hằng tuần.\nUBND huyện vừa ban hành Kế hoạch số "
     "12/KH-UBND về tổng vệ sinh môi trường năm 2023.\n",
     "UBND huyện", (None, None, None)),
]


@pytest.mark.parametrize(("text", "name", "locality"), LOCALITY_CASES)
def test_locality_from_the_text(text, name, locality):
    h = header(text)
    assert h.issuer is not None and name in h.issuer.name
    loc = h.issuer.locality
    assert (loc.province, loc.district, loc.commune) == locality


@pytest.mark.parametrize(("text", "number", "issued_on", "place", "name", "level"), DAMAGED_HEADERS)
def test_damaged_header_block(text, number, issued_on, place, name, level):
    h = header(text)
    assert (h.number, h.issued_on, h.place) == (number, issued_on, place)
    assert h.issuer is not None and name in h.issuer.name and h.issuer.level == level


# (issuer phrase, kind, level): bodies beyond the seeds
MORE_BODIES = [
    ("BCH ĐOÀN HUYỆN THỌ XUÂN", "party_committee", "district"),
    ("Ban Thường vụ Đoàn tỉnh Nghệ An", "standing_committee", "province"),
    ("ĐOÀN THỊ XÃ HƯƠNG THỦY", "youth_union", "district"),
    ("THỦ TƯỚNG CHÍNH PHỦ", "prime_minister", "central"),
    ("Quốc hội", "national_assembly", "central"),
    ("Ủy ban Thường vụ Quốc hội", "national_assembly", "central"),
    ("Bộ Giáo dục và Đào tạo", "ministry", "central"),
    ("Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII", "party_committee", "central"),
    ("Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI", "party_congress", "province"),
    ("Đảng ủy Văn phòng UBND tỉnh", "party_committee", "province"),
    ("Sở Văn hóa, Thể thao và Du lịch", "department", "province"),
    ("Tỉnh đoàn", "youth_union", "province"),
    ("Huyện đoàn Gia Lâm", "youth_union", "district"),
    ("Chủ tịch Ủy ban nhân dân xã Tự Cường", "chairperson", "commune"),
    ("Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Quảng Ninh", "steering_committee", "province"),
    ("BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 HUYỆN", "steering_committee", "district"),
    ("Ban Chỉ đạo phát triển kinh tế - xã hội", "steering_committee", None),  # 'xã hội' is no commune
    ("Phòng Giáo dục và Đào tạo", "district_office", "district"),
]


@pytest.mark.parametrize(("phrase", "kind", "level"), MORE_BODIES)
def test_bodies_beyond_the_seeds(phrase, kind, level):
    body = parse_body(phrase)
    assert body is not None and body.kind == kind and body.fixed_level == level


@pytest.mark.parametrize("phrase", ["bộ đội Biên phòng", "ĐẠI HỘI ĐẢNG CÁC CẤP", "BÍ THƯ"])  # blind15: the command is a body now
def test_no_body_named(phrase):
    assert parse_body(phrase) is None


def test_a_blank_number_is_not_filled_from_a_cited_document():
    h = header("ĐẢNG BỘ TỈNH HƯNG YÊN\nHUYỆN ỦY KIM ĐỘNG\nSố     -KH/HU\nKim Động, ngày    tháng 3 năm 2024\n"
               "KẾ HOẠCH\nthực hiện Chương trình hành động của Ban Thường vụ Tỉnh ủy\n"
               "Ngày 5/2/2024, Ban Thường vụ Tỉnh ủy đã ban hành Chương trình số 66-CTr/TU về thực hiện Nghị quyết.\n"
               "I. MỤC ĐÍCH\n")
    assert h.number is None and h.issued_on is None
    assert h.issuer is not None and "Huyện ủy Kim Động" in h.issuer.name


def test_an_editors_note_above_the_heading_gives_the_number():
    h = header("LTS: Ngày 5-3-2019, Ban Chấp hành Đảng bộ tỉnh Thái Bình khóa XIX đã ban hành Nghị quyết số "
               "12-NQ/TU về phát triển du lịch. Báo trân trọng giới thiệu toàn văn.\n\nNGHỊ QUYẾT\n"
               "về phát triển du lịch giai đoạn 2019-2025\n\nI. TÌNH HÌNH\n")
    assert (h.number, h.issued_on, h.doc_type) == ("12-NQ/TU", date(2019, 3, 5), "NQ")
    assert h.issuer is not None and h.issuer.level == "province" and h.issuer.locality.province == "Thái Bình"


def test_caps_title_of_a_header_without_its_type_heading():
    h = header("ỦY BAN NHÂN DÂN\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 186/KH-UBND |\n"
               "Tuyên Quang, ngày 30 tháng 9 năm 2022 |\nTHỰC HIỆN NGHỊ QUYẾT SỐ 96/NQ-CP NGÀY 01/8/2022 CỦA CHÍNH PHỦ\n"
               "Thực hiện Nghị quyết số 96/NQ-CP, UBND tỉnh ban hành Kế hoạch thực hiện, cụ thể như sau:\n1. Mục đích\n")
    assert h.title == "THỰC HIỆN NGHỊ QUYẾT SỐ 96/NQ-CP NGÀY 01/8/2022 CỦA CHÍNH PHỦ"


def test_signer_above_a_stray_punctuation_line():
    h = header("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\nSố: 454/UBND-NCTH\nV/v tuyên truyền\nKính gửi: Các sở\n"
               "Nội dung.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nTrần Văn C\n\n;\n")
    assert h.signer is not None and h.signer.name == "Trần Văn C" and h.signer.title == "Phó Chủ tịch"


def test_a_stripped_weekday_line_is_the_pages_date():
    from loaders.parse import parse_text

    rec = parse_text("Thu Tu, ngay 31 thang 5 nam 2023\nChi thi V/v to chuc thuc hien Nghi quyet Dai hoi Dang bo "
                     "quan lan thu VIII\nDai hoi dai bieu Dang bo quan da thanh cong tot dep. Ban Thuong vu Quan uy "
                     "yeu cau cac cap uy thuc hien tot cac noi dung sau:\n1. Quan triet van kien Dai hoi.\n")
    assert rec.issued_on is None and rec.doc_type == "CT"
    assert any("without diacritics" in w for w in rec.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Cập nhật lúc 10:15, 15/11/2018\nNgày 13-3, UBND tỉnh Nam Định ban hành Quyết định số 5/QĐ-UBND về dịch.\n",
        "Ngày đăng: 02/01/2018\nNgày 5/1, UBND tỉnh Hà Nam ban hành Kế hoạch số 4/KH-UBND về phòng dịch.\n",
    ],
)
def test_a_posting_date_gives_no_year_to_a_date_after_it_or_months_before(text):
    """The page is posted days after the document: a lead date months earlier, or after it, stays null."""
    assert header(text).issued_on is None


# A letter's 'V/v ...' subject wrapped by a narrow header cell: (header, title).
SUBJECTS = [
    ("TỈNH\nĐOÀN THANH HOÁ\nBCH ĐOÀN HUYỆN THỌ XUÂN\n***\nSố:\n74-CV/ĐTN\n“V/v Triển\nkhai đồng loạt\n"
     "Ngày Chủ nhật\nxanh 22/7/2018”\n|\nĐOÀN\nTNCS HỒ CHÍ MINH\nThọ Xuân,\nngày 17 tháng 7 năm 2018\n|\n"
     "Kính gửi: Ban Chấp hành Đoàn các xã, thị trấn.\n",
     "“V/v Triển khai đồng loạt Ngày Chủ nhật xanh 22/7/2018”"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN YÊN\nSố: 512/UBND-VP\nV/v tăng cường công tác\nphòng, chống dịch bệnh\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTân Yên, ngày 02 tháng 02 năm 2015\nKính gửi: Các xã, thị trấn\n",
     "V/v tăng cường công tác phòng, chống dịch bệnh"),
    # a subject that ends on its line stays one line
    ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN YÊN\nSố: 512/UBND-VP\nV/v tăng cường công tác phòng dịch\nTỔ QUỐC\n"
     "Tân Yên, ngày 02 tháng 02 năm 2015\n", "V/v tăng cường công tác phòng dịch"),
]


@pytest.mark.parametrize(("text", "title"), SUBJECTS)
def test_a_wrapped_subject_line_is_joined(text, title):
    h = header(text)
    assert (h.doc_type, h.title) == ("CV", title)


def test_a_district_youth_union_named_unit_word_last():
    h = header(SUBJECTS[0][0])
    assert h.issuer is not None and "Đoàn huyện Thọ Xuân" in h.issuer.name
    assert h.issuer.level == "district" and h.issuer.locality.district == "Thọ Xuân"


# A repost without a header: the type the body calls itself, over the headline's type word.
SELF_TYPED = [
    ("Thông báo về việc tổ chức tổng vệ sinh\nCập nhật lúc : 08:51 17/04/2018\nKính gửi: Hiệu trưởng các "
     "trường. Phòng Giáo dục và Đào tạo yêu cầu các trường thực hiện:\n1. Tuyên truyền.\n2. Tổng vệ sinh.\n"
     "Nhận được công văn này, yêu cầu Hiệu trưởng các đơn vị thực hiện nghiêm túc.\n", "CV"),
    ("Tin tức sự kiện\nUBND huyện yêu cầu các xã triển khai việc trồng cây.\nKế hoạch này thay thế Kế hoạch "
     "số 12/KH-UBND. Các xã báo cáo kết quả thực hiện Kế hoạch này trước ngày 30/6.\n", "KH"),
    ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành khẩn trương thực hiện.\nQuyết định này có hiệu lực kể từ ngày ký.\n",
     "QĐ"),
    ("UBND tỉnh yêu cầu các sở, ngành khẩn trương thực hiện các nội dung trên.\n", None),
    # a repost's link to the document's file names its type
    ("Tuyên truyền\nKỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân\nBan Tuyên giáo Tỉnh ủy đề nghị các địa "
     "phương tuyên truyền.\nNội dung công văn Ban Tuyên giáo Tỉnh ủy: click xem tại đây\n", "CV"),
    ("UBND huyện yêu cầu các xã triển khai.\nXem toàn văn Kế hoạch tại đây\n", "KH"),
    ("UBND huyện yêu cầu các xã triển khai.\nNội dung kế hoạch gồm ba phần chính.\n", None),
    # sweepY: a plural points back to documents named before (a national conference on four of the Politburo's
    # resolutions), never to the page's own
    ("Ngày 16/9/2025, tại Hà Nội, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt, triển khai thực "
     "hiện 4 Nghị quyết của Bộ Chính trị.\nTổng Bí thư đề nghị thực hiện nghiêm các Nghị quyết này.\n", None),
    ("UBND huyện tổ chức hội nghị sơ kết ba kế hoạch về cải cách hành chính.\nCác xã tiếp tục thực hiện những kế "
     "hoạch này trong năm 2024.\n", None),
]


@pytest.mark.parametrize(("text", "doc_type"), SELF_TYPED)
def test_the_type_a_repost_calls_itself(text, doc_type):
    assert header(text).doc_type == doc_type


# Type headings OCR damaged: (line, type code); ordinary capitals that are no heading give None.
OCR_HEADINGS = [
    ("K ÉT LUẬN", "KL"),
    ("KÉT LUẬN", "KL"),
    ("KÊ HOẠCH", "KH"),
    ("CHỈ TH Ị", "CT"),
    ("NGHI QUYÊT", "NQ"),
    ("THÔNG BẢO", "TB"),
    ("KẾT QUẢ", None),
    ("HỘI NGHỊ LÂN THỨ BẢY", None),
]


@pytest.mark.parametrize(("line", "code"), OCR_HEADINGS)
def test_an_ocr_damaged_type_heading(line, code):
    from loaders.header import _type_heading

    found = _type_heading(["TỈNH ỦY THỪA THIÊN HUẾ", "Số 445-KL/TU", line, "về xây dựng hạ tầng"])
    assert (found[1] if found else None) == code


# --- leftovers: a page's headline over its labels, stamp and body is the trích yếu ---
# (text, title or None)
PAGE_HEADLINES = [
    ("ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 9 NĂM 2021\nThực hiện Kế hoạch số 12-KH/TU, ngày 21/01/2021 của Ban "
     "Thường vụ\nTỉnh ủy về công tác tuyên giáo năm 2021, Ban Tuyên giáo Tỉnh ủy định hướng như sau:\n",
     "ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 9 NĂM 2021"),
    ("Tuyên truyền\nKỷ niệm 100 năm Ngày sinh đồng chí Lê Quang Đạo\n08/08/2021 09:15\nThực hiện Hướng dẫn số "
     "70-HD/BTGTW của Ban Tuyên giáo Trung ương, Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương tuyên truyền.\n",
     "Kỷ niệm 100 năm Ngày sinh đồng chí Lê Quang Đạo"),
    ("thông báo\nRa quân tổng vệ sinh môi trường đón Tết Nguyên đán Quý Mão 2023\nNgày đăng 05/01/2023 | 10:02\n"
     "1. UBND phường phát động toàn dân tổng vệ sinh môi trường vào sáng Chủ nhật.\n"
     "2. Đề nghị Ủy ban MTTQ phường và các đoàn thể tham gia.\n",
     "Ra quân tổng vệ sinh môi trường đón Tết Nguyên đán Quý Mão 2023"),
    ("Banner\nCông bố dịch cúm gia cầm tại xã Quảng Thọ\nThứ Hai, 14/03/2022, 08:30 [GMT+7]\n(TTV)- UBND tỉnh "
     "vừa có ý kiến chỉ đạo về việc khoanh vùng, dập dịch cúm gia cầm tại xã Quảng Thọ, huyện Quảng Xương.\n",
     "Công bố dịch cúm gia cầm tại xã Quảng Thọ"),
    ("Tin chỉ đạo điều hành\n  12/05/2022\nTriển khai Tháng hành động vì trẻ em năm 2022\nĐể triển khai có hiệu "
     "quả Tháng hành động vì trẻ em, Ủy ban nhân dân huyện yêu cầu các phòng, ban và các xã thực hiện tốt các nội "
     "dung sau đây, bảo đảm an toàn cho trẻ em trong dịp hè và phòng, chống tai nạn thương tích cho trẻ em:\n",
     "Triển khai Tháng hành động vì trẻ em năm 2022"),
    # a headline carrying its own time stamp over a tagged news lead whose document 'để tổ chức thực hiện'
    ("Thường Tín đẩy mạnh tuyên truyền kỷ niệm 70 năm Ngày thành lập Đảng bộ huyện (18:13 14/11/2017)\n"
     "HNP - Chuẩn bị kỷ niệm 70 năm Đảng bộ huyện, UBND huyện Thường Tín vừa xây dựng Kế hoạch để tổ chức "
     "thực hiện.\n", "Thường Tín đẩy mạnh tuyên truyền kỷ niệm 70 năm Ngày thành lập Đảng bộ huyện"),
    # under a portal's menu, a headline that opens with 'Thực hiện' but names no document
    ("Tìm kiếm tin tức\nLiên kết website\nSở, Ban, Ngành\nThực hiện các giải pháp hạn chế đốt rơm rạ sau thu "
     "hoạch\nNgày cập nhật 08/05/2020\nThực hiện Chỉ thị số 11/CT-UBND ngày 17/4/2020 của UBND tỉnh, UBND xã "
     "thông báo cho các cơ quan, đơn vị và nhân dân trên địa bàn xã thực hiện.\n",
     "Thực hiện các giải pháp hạn chế đốt rơm rạ sau thu hoạch"),
    # a lead whose document only 'giao' a body: the headline tells the subject
    ("Chính sách\nTriển khai Tháng hành động vì người cao tuổi Việt Nam năm 2021\nNgày 11/6, UBND thành phố "
     "ban hành văn bản giao Hội Người cao tuổi thành phố chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ "
     "chức triển khai thực hiện Tháng hành động trên địa bàn thành phố đảm bảo thiết thực, hiệu quả.\n",
     "Triển khai Tháng hành động vì người cao tuổi Việt Nam năm 2021"),
    # must not fire: a breadcrumb, an addressee line, a sentence, a headline with no body under it
    ("Chi tiết bài viết - Xã Hải An - Hải Lăng\nThực hiện Hướng dẫn số 27/HD-VHTT của Phòng VHTT huyện, Ủy ban "
     "nhân dân xã yêu cầu các thôn treo cờ.\n", None),
    ("Kính gửi: Các trường THCS trên địa bàn thành phố\nThực hiện Công văn số 12/SGDĐT của Sở Giáo dục và Đào "
     "tạo, Phòng yêu cầu các trường thực hiện.\n", None),
    ("Phát động Tết trồng cây năm 2024.\nThực hiện Kế hoạch số 5/KH-UBND của UBND tỉnh, UBND xã yêu cầu "
     "các thôn trồng cây.\n", None),
    ("Phát động Tết trồng cây năm 2024\nẢnh minh họa\nNguồn: Báo Quảng Trị\n", None),
    # --- leftovers2: a portal's section in capitals and an address line are no headline ---
    ("HOẠT ĐỘNG CỦA TỔ DÂN PHỐ VÀ CÁC ĐƠN VỊ HIỆP QUẢN\nThực hiện Thông báo số 675/TB-UBND ngày 12/8/2024 của "
     "UBND Thành phố, UBND xã đề nghị các thôn treo cờ Tổ quốc.\n", None),
    ("TIN TỨC - SỰ KIỆN CỦA ĐỊA PHƯƠNG\nThực hiện Kế hoạch số 5/KH-UBND của UBND huyện, UBND xã yêu cầu các "
     "thôn ra quân tổng vệ sinh.\n", None),
    ("Trang chủ\nHOẠT ĐỘNG CỦA CÁC ĐOÀN THỂ CHÍNH TRỊ - XÃ HỘI\n1. Hội Nông dân xã phát động phong trào "
     "sản xuất giỏi.\n", None),
    ("VĂN BẢN CHỈ ĐẠO ĐIỀU HÀNH CỦA UBND PHƯỜNG\nCăn cứ Kế hoạch số 20/KH-UBND của UBND quận, UBND phường "
     "thông báo lịch tiêm chủng.\n", None),
    ("THÔNG TIN Ý KIẾN\nKhu vực 3, làng Nhan Biều, xã Triệu Thượng, Triệu Phong\n1. Liên quan đến nội dung "
     "kiến nghị, UBND tỉnh yêu cầu UBND huyện trả lời công dân.\n", None),
    ("Thôn Phú Xuân, xã Hòa Phú, huyện Hòa Vang, thành phố Đà Nẵng\nThực hiện Công văn số 12/UBND của UBND "
     "huyện, UBND xã đề nghị các thôn thực hiện.\n", None),
    ("Tổ dân phố 5, phường Tân Lập, thành phố Buôn Ma Thuột\n1. UBND phường yêu cầu các tổ dân phố dọn vệ "
     "sinh.\n", None),
    # still headlines: capitals naming the work, a running-case headline opening 'Hoạt động', a title with commas
    ("HOẠT ĐỘNG TUYÊN TRUYỀN KỶ NIỆM 79 NĂM CÁCH MẠNG THÁNG TÁM\nThực hiện Kế hoạch số 12-KH/HU của Ban "
     "Thường vụ Huyện ủy, Ban Tuyên giáo Huyện ủy định hướng như sau:\n",
     "HOẠT ĐỘNG TUYÊN TRUYỀN KỶ NIỆM 79 NĂM CÁCH MẠNG THÁNG TÁM"),
    ("Hoạt động của các tổ dân phố trong Tháng hành động vì môi trường\nThực hiện Kế hoạch số 5/KH-UBND của "
     "UBND quận, UBND phường yêu cầu các tổ dân phố ra quân.\n",
     "Hoạt động của các tổ dân phố trong Tháng hành động vì môi trường"),
    ("Phòng, chống dịch sốt xuất huyết, tay chân miệng, sởi năm 2024\nThực hiện Công văn số 8/SYT của Sở Y tế, "
     "UBND xã yêu cầu các thôn thực hiện.\n", "Phòng, chống dịch sốt xuất huyết, tay chân miệng, sởi năm 2024"),
]


@pytest.mark.parametrize(("text", "title"), PAGE_HEADLINES)
def test_a_page_headline_over_its_body_is_the_title(text, title):
    assert header(text).title == title


# blind34 b08: an outline (đề cương) with no author and no type code takes the subject under its heading as
# its title, up to the span it covers or its body; (id, text, title).
OUTLINE_TITLES = [
    ("anniversary-under-page-title",
     "ĐỀ CƯƠNG TUYÊN TRUYỀN ĐẢNG BỘ TP THỦ DẦU MỘT\n\nThứ hai - 11/09/2023 07:04\nĐỀ CƯƠNG TUYÊN TRUYỀN\n"
     "Đảng bộ thành phố Thủ Dầu Một 75 năm hình thành và phát triển\n(8/1948 - 8/2023)\n\nĐảng bộ thị xã Thủ Dầu "
     "Một gắn liền với lịch sử hình thành và phát triển của Thủ Dầu Một xưa và nay, trải qua nhiều lần chia cắt.\n",
     "Đảng bộ thành phố Thủ Dầu Một 75 năm hình thành và phát triển"),
    ("bare-heading-two-line-subject",
     "ĐỀ CƯƠNG\nGiới thiệu Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV\nnhiệm kỳ 2020 - 2025\n\nI. Bối cảnh\n"
     "Đại hội diễn ra trong bối cảnh cả nước đang thực hiện Nghị quyết.\n",
     "Giới thiệu Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV nhiệm kỳ 2020 - 2025"),
    ("history-outline-span-ends-it",
     "ĐỀ CƯƠNG GIỚI THIỆU\nLịch sử Đảng bộ xã Tân Phú 90 năm\n(1930 - 2020)\nPhần thứ nhất\nXã Tân Phú được "
     "thành lập từ rất sớm, trải qua nhiều lần thay đổi tên gọi.\n",
     "Lịch sử Đảng bộ xã Tân Phú 90 năm"),
    ("capitals-subject-dated-span",
     "ĐỀ CƯƠNG TUYÊN TRUYỀN\nKỶ NIỆM 50 NĂM GIẢI PHÓNG TỈNH\n(30/4/1975 - 30/4/2025)\nPhần thứ nhất\nNgày "
     "30/4/1975, quân và dân tỉnh đã giải phóng hoàn toàn tỉnh nhà.\n",
     "KỶ NIỆM 50 NĂM GIẢI PHÓNG TỈNH"),
    # no subject line under the heading: the body's first line is none, the page-headline rule keeps the heading
    ("no-subject-body-next",
     "ĐỀ CƯƠNG TUYÊN TRUYỀN\nNgày 30/4/1975, quân và dân tỉnh đã giải phóng hoàn toàn tỉnh nhà, mở ra thời kỳ "
     "mới.\n",
     "ĐỀ CƯƠNG TUYÊN TRUYỀN"),
]


@pytest.mark.parametrize(("text", "title"), [row[1:] for row in OUTLINE_TITLES],
                         ids=[row[0] for row in OUTLINE_TITLES])
def test_an_outline_takes_the_subject_under_its_heading(text, title):
    assert header(text).title == title
    assert header(text).doc_type is None


# blind34 b02: a board that compiles an outline ('biên soạn tài liệu: “Đề cương ...”') is its author, the last
# resort of a news lead with no verb of issue; compiling any other material names no author;
# (id, text, issuer name or None, level, province).
OUTLINE_AUTHORS = [
    ("board-compiles-quoted-outline",
     "Kỷ niệm 25 năm Ngày tái lập tỉnh Bình Phước\nThứ sáu - 19/11/2021 10:15\nĐể đẩy mạnh công tác tuyên "
     "truyền về sự kiện kỷ niệm 25 năm Ngày tái lập tỉnh Bình Phước, Ban Tuyên giáo Tỉnh ủy biên soạn tài liệu: "
     "“Đề cương tuyên truyền kỷ niệm 25 năm Ngày tái lập tỉnh Bình Phước”.\nĐỀ CƯƠNG TUYÊN TRUYỀN\nKỶ NIỆM 25 "
     "NĂM NGÀY TÁI LẬP TỈNH BÌNH PHƯỚC\n",
     "Ban Tuyên giáo Tỉnh ủy Bình Phước", "province", "Bình Phước"),
    ("district-board-past-tense",
     "Tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ\nNhằm tuyên truyền sâu rộng trong Nhân dân, Ban "
     "Tuyên giáo Huyện ủy Mường Ảng đã biên soạn tài liệu “Đề cương tuyên truyền kỷ niệm 70 năm Chiến thắng Điện "
     "Biên Phủ”.\nPhần thứ nhất\n",
     "Ban Tuyên giáo Huyện ủy Mường Ảng", "district", "Điện Biên"),
    ("city-board-compiles-outline",
     "Giới thiệu Nghị quyết Đại hội\nĐể phục vụ việc học tập Nghị quyết, Ban Tuyên giáo Thành ủy Thủ Dầu Một vừa "
     "biên soạn đề cương: \"Đề cương giới thiệu Nghị quyết Đại hội Đảng bộ thành phố lần thứ XII\".\nI. Bối cảnh\n",
     "Ban Tuyên giáo Thành ủy Thủ Dầu Một", "district", "Bình Dương"),
    ("compiles-other-material-no-author",
     "Tài liệu sinh hoạt chi bộ tháng 5\nBan Tuyên giáo Tỉnh ủy biên soạn tài liệu sinh hoạt chi bộ tháng 5 năm "
     "2024 gửi các chi bộ.\n1. Thông tin thời sự\n",
     None, None, None),
]


@pytest.mark.parametrize(("text", "name", "level", "province"), [row[1:] for row in OUTLINE_AUTHORS],
                         ids=[row[0] for row in OUTLINE_AUTHORS])
def test_a_board_that_compiles_an_outline_is_its_author(text, name, level, province):
    issuer = header(text).issuer
    if name is None:
        assert issuer is None
        return
    assert issuer is not None and issuer.name == name and issuer.level == level
    assert issuer.locality.province == province


# A headline naming the document by the type its body tells: (text, doc_type, title or None).
HEADLINE_TITLES = [
    ("Thông báo treo cờ Tổ quốc chào mừng Đại hội Đảng bộ xã\nCăn cứ Kế hoạch số 03/KH-UBND của UBND xã; "
     "UBND xã Sơn Thủy thông báo thời gian treo cờ như sau:\n1. Các cơ quan treo cờ.\nThông báo này được gửi "
     "đến các thôn.\n", "TB", "Thông báo treo cờ Tổ quốc chào mừng Đại hội Đảng bộ xã"),
    ("Kế hoạch trồng cây đầu xuân năm 2024\nUBND huyện yêu cầu các xã trồng cây. Kế hoạch này thay thế các "
     "văn bản trước.\n", "KH", "Kế hoạch trồng cây đầu xuân năm 2024"),
    # the headline's type is not the document's: no title from it
    ("Thông báo kết quả tuyển sinh\nQuyết định này có hiệu lực từ ngày ký.\n", "QĐ", None),
]


@pytest.mark.parametrize(("text", "doc_type", "title"), HEADLINE_TITLES)
def test_a_headline_names_the_document_by_its_type(text, doc_type, title):
    h = header(text)
    assert (h.doc_type, h.title) == (doc_type, title)


# A regulation is named by its type; a plan's heading line goes on with its trích yếu only.
HEADING_LINE_TITLES = [
    ("ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\nQUY CHẾ LÀM\nVIỆC CỦA ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ\n(Ban hành kèm theo Quyết "
     "định số 59/QĐ-UBND)\nChương I\n", "QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ"),
    ("UỶ BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nQUY ĐỊNH VỀ QUẢN LÝ\nCHỢ TRÊN ĐỊA BÀN TỈNH\nChương I\n",
     "QUY ĐỊNH VỀ QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH"),
    ("HUYỆN ỦY KIM ĐỘNG\nKẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW\nI. MỤC ĐÍCH\n", "THỰC HIỆN CHỈ THỊ SỐ 05-CT/TW"),
]


@pytest.mark.parametrize(("text", "title"), HEADING_LINE_TITLES)
def test_title_begun_on_the_heading_line(text, title):
    assert header(text).title.startswith(title)


# A news lead whose subject 'đã xây dựng' (not 'ban hành') the page's document, after a sentence
# that names its parents; and an editor's note that introduces the full text ('giới thiệu toàn văn').
@pytest.mark.parametrize(("text", "number", "doc_type", "issued_on"), [
    ("Hoạt động Đảng\n09/03/2020 11:09\nThực hiện Kế hoạch số 12-KH/HU ngày 2/11/2019 của Huyện ủy. "
     "Đảng ủy xã An Bình đã xây dựng Kế hoạch số 40-KH/ĐU ngày 25 tháng 12 năm 2019 tổ chức Đại hội.\n",
     "40-KH/ĐU", "KH", date(2019, 12, 25)),
    ("Ban Thường vụ Huyện ủy vừa xây dựng Kế hoạch số 88-KH/HU, ngày 3-9-2018 về công tác dân vận.\n",
     "88-KH/HU", "KH", date(2018, 9, 3)),
    ("UBND phường mới xây dựng kế hoạch số 15/KH-UBND ngày 14/02/2022 triển khai chuyển đổi số.\n",
     "15/KH-UBND", "KH", date(2022, 2, 14)),
    ("Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy "
     "về phát triển đô thị.\n\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển đô thị\n",
     "10-NQ/TU", "NQ", date(2021, 8, 18)),
    ("Báo Nhân Dân trân trọng giới thiệu toàn văn Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị.\n",
     "35-CT/TW", "CT", date(2024, 6, 14)),
    ("Cổng thông tin xin đăng tải nội dung Kết luận số 21-KL/TW ngày 25 tháng 10 năm 2021.\n",
     "21-KL/TW", "KL", date(2021, 10, 25)),
    # no number: the editor's words name no document of their own
    ("Báo trân trọng đăng toàn văn Nghị quyết.\n", None, None, None),
    # a plan to be built in the body is work, not the page's own plan
    ("Các chi bộ xây dựng Kế hoạch số 3-KH/CB trước ngày 10/3/2020.\n", None, None, None),
])
def test_lead_that_builds_or_introduces_the_document(text, number, doc_type, issued_on):
    h = header(text)
    assert (h.number, h.issued_on) == (number, issued_on)
    if doc_type is not None:
        assert h.doc_type == doc_type


# A lead's subject: a headline line ending in a capitalised word does not join it, and a short form
# in brackets after it does not hide it.
@pytest.mark.parametrize(("text", "name", "level", "issued_on"), [
    ("CÔNG ĐIỆN KHẨN: khống chế dịch tả lợn châu Phi\nUBND tỉnh vừa ban hành Công điện số 02/CĐ-UBND "
     "ngày 13/3/2019 về phòng dịch.\n", "UBND tỉnh", "province", date(2019, 3, 13)),
    ("Tăng cường phòng chống bão Noru\nUBND huyện đã ban hành Công văn số 512/UBND-VP ngày 26/9/2022 "
     "về ứng phó bão.\n", "UBND huyện", "district", date(2022, 9, 26)),
    ("Kỷ niệm ngày thành lập Đảng Cộng sản Việt Nam\nBan Thường vụ Huyện ủy đã ban hành Kế hoạch số "
     "88-KH/HU ngày 5/1/2020 về tổ chức kỷ niệm.\n", "Ban Thường vụ Huyện ủy", "district", date(2020, 1, 5)),
    # a name wrapped over two lines stays whole
    ("Ngày 3/4/2021, Ban Thường vụ\nTỉnh ủy đã ban hành Chỉ thị số 09-CT/TU về phòng dịch.\n",
     "Ban Thường vụ Tỉnh ủy", "province", date(2021, 4, 3)),
    ("Ngày 4/5, Bộ Giáo dục và Đào tạo (GD&ĐT) có công điện gửi các sở về phòng, chống đuối nước.\n"
     "Theo đó, thực hiện Công điện số 398/CĐ-TTg ngày 2/5/2022 của Thủ tướng Chính phủ.\n",
     "Bộ Giáo dục và Đào tạo", "central", date(2022, 5, 4)),
    ("Ngày 12/3/2023, Ủy ban nhân dân tỉnh (UBND) ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số.\n",
     "Ủy ban nhân dân tỉnh", "province", date(2023, 3, 12)),
    ("Mới đây, Sở Nội vụ (SNV), đã ban hành Hướng dẫn số 07/HD-SNV ngày 9/8/2021 về thi đua.\n",
     "Sở Nội vụ", "province", date(2021, 8, 9)),
])
def test_lead_subject_after_a_headline_or_before_its_short_form(text, name, level, issued_on):
    h = header(text)
    assert h.issuer is not None and name in h.issuer.name and h.issuer.level == level
    assert h.issued_on == issued_on


# A notice with no heading and no number: its issuer says 'thông báo' (opening or closing formula).
@pytest.mark.parametrize(("text", "doc_type"), [
    ("Thực hiện Kế hoạch số: 211-KH/QU ngày 25/12/2019 của Quận ủy Long Biên; Ủy ban nhân dân phường Cự "
     "Khối thông báo:\n1. Tổ chức tổng vệ sinh.\n", "TB"),
    ("Để chào mừng Quốc khánh 2/9, UBND xã An Hòa thông báo như sau:\n1. Các thôn treo cờ Tổ quốc.\n", "TB"),
    ("Thực hiện Thông báo số 675/TB-UBND ngày 12/8/2024 của UBND thành phố Hà Nội.\n1. Các thôn treo cờ.\n"
     "UBND xã Duyên Hà thông báo để các gia đình, cơ quan, đơn vị trên địa bàn xã nghiêm túc thực hiện./.\n",
     "TB"),
    ("ỦY BAN NHÂN DÂN THỊ TRẤN thông báo: \nTừ ngày 1/9 tạm dừng cấp nước.\n", "TB"),
    ("Nay, Ủy ban nhân dân xã Phú Lộc thông báo đến các khu dân cư, hộ gia đình để biết và chấp hành.\n", "TB"),
    # a cited notice and a notice given to someone are no notice of this document
    ("Thực hiện Thông báo số 12/TB-UBND của UBND tỉnh, Ủy ban nhân dân huyện ban hành Kế hoạch "
     "tổ chức lễ hội.\n", "KH"),
    ("Thực hiện ý kiến của UBND tỉnh thông báo tại cuộc họp, các xã tổ chức kiểm tra.\n", None),
])
def test_notice_named_by_its_issuer(text, doc_type):
    assert header(text).doc_type == doc_type


# A portal page whose only issuer is in its 'Người ký' field: the office names the body.
@pytest.mark.parametrize(("text", "signer", "name", "level"), [
    ("THÔNG BÁO Về việc treo cờ Tổ quốc\n\nNgười ký văn bản: \n\nPhạm Đình Nam - Phó Chủ tịch UBND phường "
     "Phúc La\n\nNội dung thông báo:\nCác tổ dân phố treo cờ.\n",
     "Phạm Đình Nam", "UBND phường Phúc La", "commune"),
    ("Thông báo lịch tiếp công dân\nNgười ký: Nguyễn Văn Hùng, Chủ tịch UBND huyện Kim Động\n"
     "Lịch tiếp công dân tháng 5.\n", "Nguyễn Văn Hùng", "huyện Kim Động", "district"),
    ("Hướng dẫn tuyên truyền\nNGƯỜI KÝ: Lê Thị Mai – Trưởng Ban Tuyên giáo Huyện ủy\nNội dung: tuyên truyền.\n",
     "Lê Thị Mai", "Ban Tuyên giáo Huyện ủy", "district"),
    ("Kế hoạch chuyển đổi số\nNgười ký văn bản: Trần Quốc Bảo - Bí thư Đảng ủy xã Tân Phú\nNội dung kế hoạch.\n",
     "Trần Quốc Bảo", "Đảng ủy xã Tân Phú", "commune"),
])
def test_issuer_from_a_portal_signer_field(text, signer, name, level):
    h = header(text)
    assert h.signer is not None and h.signer.name == signer
    assert h.issuer is not None and name in h.issuer.name and h.issuer.level == level


@pytest.mark.parametrize("text", [
    "Quyết định phê duyệt\nNơi ban hành: | Tỉnh Vĩnh Long | Người ký: | Lê Quang Trung |\n",
    "Người ký văn bản:\nĐang cập nhật\nNội dung văn bản.\n",
])
def test_signer_field_without_an_office_names_no_issuer_from_it(text):
    h = header(text)
    assert h.issuer is None or "Lê Quang Trung" not in h.issuer.name


# A Party committee of agencies is of the unit its name ends with, a numbered one included.
@pytest.mark.parametrize(("text", "level"), [
    ("Thực hiện Kế hoạch số 221-KH/QU ngày 12/11/2019 của Quận ủy. Đảng ủy cơ quan chính quyền Quận 3 đã xây "
     "dựng Kế hoạch số 65-KH/ĐU ngày 25 tháng 12 năm 2019 tổ chức Đại hội.\n", "district"),
    ("Ngày 3/3/2021, Đảng ủy cơ quan chính quyền Phường 12 đã ban hành Kế hoạch số 5-KH/ĐU về Đại hội.\n",
     "commune"),
    ("Ngày 9/9/2020, Đảng ủy cơ quan Ủy ban nhân dân huyện đã ban hành Kế hoạch số 30-KH/ĐU về học tập.\n",
     "district"),
    ("Ngày 2/6/2022, Đảng ủy Khối cơ quan tỉnh đã ban hành Kế hoạch số 70-KH/ĐUK về chuyển đổi số.\n",
     "province"),
    ("Ngày 15/4/2021, Đảng ủy cơ quan chính quyền tỉnh đã ban hành Chỉ thị số 04-CT/ĐU về bầu cử.\n",
     "province"),
])
def test_party_committee_of_agencies_takes_its_units_level(text, level):
    h = header(text)
    assert h.issuer is not None and h.issuer.level == level


# A city committee ('Thành ủy', 'Thành đoàn') with no place: its quận say it is a city under the centre.
@pytest.mark.parametrize(("text", "level"), [
    ("Ban Thường vụ Thành đoàn đã ban hành Kế hoạch số 246-KH/TĐTN-TCKT ngày 18/9/2024 về giám sát. "
     "Đoàn giám sát làm việc tại 14 đơn vị quận huyện, trừ huyện đảo.\n", "province"),
    ("Ban Thường vụ Thành đoàn đã ban hành Kế hoạch số 246-KH/TĐTN-TCKT ngày 18/9/2024 về giám sát. "
     "Đoàn giám sát làm việc tại 14 quận, huyện.\n", "province"),
    ("Ngày 5/5/2023, Ban Thường vụ Thành ủy đã ban hành Chỉ thị số 20-CT/TU về chuyển đổi số. "
     "Các quận ủy, huyện ủy xây dựng kế hoạch thực hiện.\n", "province"),
    ("Ngày 5/5/2023, Thành đoàn đã ban hành Kế hoạch số 31-KH/TĐTN về hè. Các quận đoàn và huyện đoàn "
     "tổ chức ra quân.\n", "province"),
    # a provincial city's committee has phường and xã, never quận: its level stays unknown
    ("Ngày 5/5/2023, Thành đoàn đã ban hành Kế hoạch số 31-KH/TĐTN về hè. Các phường, xã tổ chức ra quân.\n",
     None),
])
def test_city_committee_with_districts_is_province_level(text, level):
    h = header(text)
    assert h.issuer is not None and h.issuer.level == level


# A guidance with no heading: its issuer's own 'hướng dẫn ...' clause names it.
@pytest.mark.parametrize(("text", "doc_type", "name", "level"), [
    ("Căn cứ Công văn số 3078/SGDĐT-GDTH ngày 31/8/2021 của Sở Giáo dục và Đào tạo và tình hình thực tế địa bàn "
     "quận Tây Hồ, Phòng Giáo dục và Đào tạo (GDĐT) Hướng dẫn các trường Tiểu học thực hiện nhiệm vụ.\n",
     "HD", "Phòng Giáo dục và Đào tạo", "district"),
    ("Thực hiện Công văn số 12/UBND-VX của UBND tỉnh, Sở Y tế hướng dẫn thực hiện như sau:\n1. Các bệnh viện.\n",
     "HD", "Sở Y tế", "province"),
    ("Để triển khai Kế hoạch số 5/KH-UBND, Phòng Văn hóa và Thông tin hướng dẫn các xã tổ chức lễ hội.\n",
     "HD", "Phòng Văn hóa và Thông tin", "district"),
    ("Bộ Giáo dục và Đào tạo hướng dẫn việc tổ chức năm học mới.\n",
     "HD", "Bộ Giáo dục và Đào tạo", "central"),
    # a cited body's guidance is not this document's clause
    ("Thực hiện nội dung của Sở Y tế hướng dẫn các bệnh viện, Ủy ban nhân dân huyện ban hành Kế hoạch "
     "phòng dịch.\n", "KH", "Ủy ban nhân dân huyện", "district"),
])
def test_guidance_named_by_its_issuers_clause(text, doc_type, name, level):
    h = header(text)
    assert h.doc_type == doc_type
    assert h.issuer is not None and name in h.issuer.name and h.issuer.level == level


# A lead's unnumbered 'văn bản' followed by its kind: 'có văn bản hướng dẫn ...' is a guidance.
@pytest.mark.parametrize(("text", "doc_type"), [
    ("Ngày 16/1/2017, Ban Tuyên giáo Tỉnh ủy đã có văn bản hướng dẫn tuyên truyền kỷ niệm các ngày lễ lớn.\n",
     "HD"),
    ("Ngày 3/2/2020, Sở Y tế vừa có văn bản Hướng dẫn phòng dịch trong trường học.\n", "HD"),
    ("Ngày 9/9/2021, UBND huyện đã ban hành văn bản kế hoạch tổ chức Tết Trung thu.\n", "KH"),
    ("Ngày 5/5/2022, UBND tỉnh có văn bản chỉ đạo các sở về phòng chống thiên tai.\n", None),
    # a numbered one keeps its number's type
    ("Ngày 5/5/2022, Tỉnh ủy vừa có văn bản số 15-CTr/TU hướng dẫn thực hiện.\n", "CTr"),
])
def test_lead_text_kind_after_van_ban(text, doc_type):
    assert header(text).doc_type == doc_type


# A commune's Youth Union named unit word last ('Đoàn xã'): commune level, never a commune 'Đoàn Xá'.
@pytest.mark.parametrize(("text", "level", "commune"), [
    ("Thực hiện Công văn của Ban Thường vụ Huyện đoàn Hoằng Hóa; Ban chấp hành Đoàn xã xây dựng kế hoạch "
     "tổ chức vui Trung thu cho thiếu niên nhi đồng xã Hoằng Trung năm 2019.\n", "commune", "Hoằng Trung"),
    ("Ngày 3/3/2022, Ban Chấp hành Đoàn phường đã ban hành Kế hoạch số 12-KH/ĐTN về tháng thanh niên.\n",
     "commune", None),
    ("Ngày 1/6/2023, Đoàn thị trấn đã ban hành Kế hoạch số 7-KH/ĐTN về hè.\n", "commune", None),
    ("Ngày 1/6/2023, Ủy ban nhân dân xã Đoàn Xá đã ban hành Kế hoạch số 70/KH-UBND về hè.\n",
     "commune", "Đoàn Xá"),
])
def test_commune_youth_union_named_unit_word_last(text, level, commune):
    h = header(text)
    assert h.issuer is not None and h.issuer.level == level and h.issuer.locality.commune == commune


# A title line in the passive: '<Type> số N ngày D ban hành bởi <issuer> về ...'.
@pytest.mark.parametrize(("text", "number", "name", "level"), [
    ("Nghị Quyết số 22/NQ-TU ngày 08/6/2022 ban hành bởi Tỉnh Ủy Kiên Giang về Chuyển đổi số.\nI- Tình hình\n",
     "22/NQ-TU", "Kiên Giang", "province"),
    ("Kế hoạch số 40-KH/HU ngày 3/3/2021 được ban hành bởi Ban Thường vụ Huyện ủy về công tác dân vận\n"
     "I. MỤC ĐÍCH\n", "40-KH/HU", "Ban Thường vụ Huyện ủy", "district"),
    ("Quyết định số 15/QĐ-UBND, ngày 9/1/2020 ban hành bởi UBND tỉnh Nam Định về phê duyệt kế hoạch\n",
     "15/QĐ-UBND", "tỉnh Nam Định", "province"),
    ("Chỉ thị số 05-CT/TW ngày 15/5/2016 do Bộ Chính trị ban hành về học tập và làm theo\n",
     "05-CT/TW", "Bộ Chính trị", "central"),
])
def test_title_line_issued_by(text, number, name, level):
    h = header(text)
    assert h.number == number
    assert h.issuer is not None and name in h.issuer.name and h.issuer.level == level


# A title line whose subject opens with 'V/v' right after the issuer: the 'V' is no part of the name.
@pytest.mark.parametrize(("text", "name", "title"), [
    ("Thông báo số 217/TB-UBND ngày 08/5/2019 của UBND thị xã Điện Bàn V/v treo cờ Tổ quốc\n",
     "UBND thị xã Điện Bàn", "V/v treo cờ Tổ quốc"),
    ("Công văn số 512/UBND-VP ngày 3/9/2020 của UBND huyện Kim Động V/v phòng chống bão số 5\n",
     "UBND huyện Kim Động", "V/v phòng chống bão số 5"),
    ("Kế hoạch số 40-KH/HU ngày 3/3/2021 của Ban Thường vụ Huyện ủy v/v tổ chức Đại hội\n",
     "Ban Thường vụ Huyện ủy", "v/v tổ chức Đại hội"),
])
def test_title_line_issuer_before_vv(text, name, title):
    h = header(text)
    assert h.issuer is not None and h.issuer.name.endswith(name.split()[-1]) and name in h.issuer.name
    assert h.title is not None and h.title.startswith(title)


# gen4: a lead that says 'phát hành' for 'ban hành'; a lead that brackets its own number after the
# type word; a repost's closing '(Theo Công văn số ..., ngày ...)' line; a letter signed 'thừa lệnh'
# or 'thừa ủy quyền' for a chairman or a body.
@pytest.mark.parametrize(("text", "number", "doc_type", "issued_on"), [
    ("Để bảo vệ môi trường, UBND xã Thủy Phù đã phát hành thông báo số 17/TB-UBND ngày 23/4/2020 cho "
     "các thôn thực hiện.\n", "17/TB-UBND", "TB", date(2020, 4, 23)),
    ("Ngày 5/3/2021, Huyện ủy Kim Động phát hành Kế hoạch số 12-KH/HU về công tác dân vận.\n",
     "12-KH/HU", "KH", date(2021, 3, 5)),
    ("BAN THƯỜNG VỤ TỈNH ỦY VỪA PHÁT HÀNH CHỈ THỊ SỐ 09-CT/TU NGÀY 3/4/2021 VỀ PHÒNG DỊCH.\n",
     "09-CT/TU", "CT", date(2021, 4, 3)),
    ("Ủy ban nhân dân phường Đông Ngàn mới phát\nhành Công văn số 88/UBND-VP, ngày 14-9-2022 về tổng vệ "
     "sinh.\n", "88/UBND-VP", "CV", date(2022, 9, 14)),
    # a number in brackets after the type word
    ("Ngày 14-1-2019, Thủ tướng Chính phủ đã có Công văn (số 73/TTg-CN) chỉ đạo các Bộ, ngành.\n",
     "73/TTg-CN", "CV", date(2019, 1, 14)),
    ("UBND huyện vừa ban hành Kế hoạch (số 45/KH-UBND, ngày 12/3/2023) về chuyển đổi số.\n",
     "45/KH-UBND", "KH", date(2023, 3, 12)),
    ("Ban Thường vụ Huyện ủy đã ban hành Chỉ thị ( Số: 08-CT/HU ) về công tác phòng, chống thiên tai "
     "năm 2020.\n", "08-CT/HU", "CT", None),
    # a closing note on a line of its own
    ("UBND tỉnh có ý kiến như sau:\nGiao Sở Tài nguyên và Môi trường chủ trì nghiên cứu.\n"
     "(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)\n", "6202/UBND-KT", "CV", date(2023, 11, 23)),
    ("Các trường tổ chức tổng vệ sinh trước ngày 20/4.\n(Trích Thông báo số 17/TB-UBND ngày 23/4/2020 "
     "của UBND xã)\n", "17/TB-UBND", "TB", date(2020, 4, 23)),
    ("Yêu cầu các đơn vị thực hiện nghiêm.\n  (theo công văn số 1150/UBND-VP ngày 22/04/2021).\n",
     "1150/UBND-VP", "CV", date(2021, 4, 22)),
    # a 'Theo ...' sentence in the body cites its parent; it is no closing note
    ("Theo Kế hoạch số 12/KH-UBND ngày 3/2/2024 của UBND tỉnh, các xã tổ chức ra quân.\n", None, None, None),
    ("Các đơn vị thực hiện (theo Công văn số 35/UBND-VP ngày 2/2/2024 của UBND huyện) và báo cáo "
     "kết quả.\n", None, None, None),
])
def test_lead_published_bracketed_or_noted(text, number, doc_type, issued_on):
    h = header(text)
    assert (None if h.number is None else str(h.number), h.issued_on) == (number, issued_on)
    if doc_type is not None:
        assert h.doc_type == doc_type


@pytest.mark.parametrize(("text", "name", "level", "province"), [
    ("Ngày 23/11/2018, thừa lệnh Chủ tịch UBND tỉnh Tuyên Quang, Phó Chánh Văn phòng UBND tỉnh "
     "Nguyễn Thanh đã ký ban hành văn bản số 3653/UBND-TNMT về đề xuất của Sở.\n",
     "tỉnh Tuyên Quang", "province", "Tuyên Quang"),
    ("Ngày 2/6/2021, Thừa ủy quyền Chủ tịch UBND huyện Yên Lạc, Chánh Văn phòng đã ký ban hành Công văn "
     "số 512/UBND-VP về phòng dịch.\n", "huyện Yên Lạc", "district", "Vĩnh Phúc"),
    ("Ngày 4/4/2022, thừa lệnh Ban Thường vụ Tỉnh ủy Hà Tĩnh, Chánh Văn phòng đã ký ban hành Công văn số "
     "1234-CV/TU về tổng kết.\n", "Tỉnh ủy Hà Tĩnh", "province", "Hà Tĩnh"),
    ("Ngày 9/9/2020, THỪA LỆNH CHỦ TỊCH UBND TỈNH NGHỆ AN, Phó Chánh Văn phòng đã ký ban hành văn bản "
     "số 6789/UBND-NN về phòng chống bão.\n", "NGHỆ AN", "province", "Nghệ An"),
])
def test_lead_signed_for_a_chairman_or_body(text, name, level, province):
    h = header(text)
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold()
    assert (h.issuer.level, h.issuer.locality.province) == (level, province)


# gen4: a lead whose subject is the signer (office, body, then the person's name): the body without
# the person; a place with a family name's shape stays; the own number's 'của X' names the issuer;
# a bracketed news tag before the opening date.
@pytest.mark.parametrize(("text", "name", "level", "province", "issued_on"), [
    ("(QTO) - Chiều nay 8/10/2020, Giám đốc Sở Giáo dục và Đào tạo Lê Thị Hương đã ký văn bản hỏa tốc "
     "đề nghị các phòng tiếp tục cho học sinh nghỉ học.\n", "Sở Giáo dục và Đào tạo", "province", None,
     date(2020, 10, 8)),
    ("NDĐT - Ngày 3/8/2017, Phó Bí thư Thường trực Thành ủy Hà Nội Ngô Thị Thanh Hằng vừa ký ban hành "
     "Thông báo số 866-TB/TU về phòng, chống sốt xuất huyết.\n", "Thành ủy Hà Nội", "province", "Hà Nội",
     date(2017, 8, 3)),
    ("(GLO)- Ngày 2/4/2020, Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành đã ký ban hành Công văn số "
     "926/UBND-KGVX về phòng dịch.\n", "tỉnh Gia Lai", "province", "Gia Lai", date(2020, 4, 2)),
    ("Ngày 5/5/2021, Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải đã ký ban hành Chỉ thị số 10/CT-UBND về "
     "phòng dịch.\n", "tỉnh Hà Tĩnh", "province", "Hà Tĩnh", date(2021, 5, 5)),
    # a place shaped like a personal name is the place, not a signer
    ("Ngày 9/6/2022, UBND quận Lê Chân đã ban hành Kế hoạch số 88/KH-UBND về chuyển đổi số.\n",
     "quận Lê Chân", "district", "Hải Phòng", date(2022, 6, 9)),
    ("Ngày 1/3/2023, UBND huyện Trần Văn Thời vừa ban hành Kế hoạch số 45/KH-UBND về phòng cháy rừng.\n",
     "huyện Trần Văn Thời", "district", "Cà Mau", date(2023, 3, 1)),
    # the signer is the subject; the document's own 'của X' is its issuer
    ("Ngày 25/10/2021, Phó Thủ tướng Lê Văn Thành vừa ký ban hành Công điện 1426/CĐ-TTg của Thủ tướng "
     "Chính phủ yêu cầu các bộ, ngành chủ động ứng phó mưa lũ.\n", "Thủ tướng Chính phủ", "central", None,
     date(2021, 10, 25)),
    ("Ngày 12/7/2022, đồng chí Nguyễn Văn A, Phó Bí thư Tỉnh ủy đã ký ban hành Chỉ thị số 15-CT/TU "
     "của Ban Thường vụ Tỉnh ủy Nghệ An về công tác dân vận.\n", "Ban Thường vụ Tỉnh ủy Nghệ An", "province",
     "Nghệ An", date(2022, 7, 12)),
])
def test_lead_subject_that_is_the_signer(text, name, level, province, issued_on):
    h = header(text)
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold()
    assert (h.issuer.level, h.issuer.locality.province, h.issued_on) == (level, province, issued_on)


# gen4: a lead naming its own document in a clause, the subject acting on it; a headline's quote
# explained ('Đó là chỉ đạo của X tại Công văn số ...'); a document named first and signed 'vừa'
# last. A parent named with its issuer ('Theo Kế hoạch số ... của UBND tỉnh, ...') is no such clause.
@pytest.mark.parametrize(("text", "number", "doc_type", "issued_on", "name"), [
    ("(hocmon.gov.vn) Theo Công văn số 3517/UBND-VP ngày 18/7/2022, UBND huyện đề nghị các xã tổng vệ "
     "sinh.\n", "3517/UBND-VP", "CV", date(2022, 7, 18), "UBND huyện"),
    ("Tại Kế hoạch số 45/KH-UBND ngày 3/3/2023, UBND thị xã yêu cầu các phường ra quân.\n",
     "45/KH-UBND", "KH", date(2023, 3, 3), "thị xã"),
    ("theo công văn số 88-CV/HU, Ban Thường vụ Huyện ủy đã chỉ đạo các chi bộ rà soát đảng viên.\n",
     "88-CV/HU", "CV", None, "Ban Thường vụ Huyện ủy"),
    ("Kiểm tra người ra đường\n\nĐó là chỉ đạo của UBND tỉnh đối với các sở, ngành, UBND các huyện tại "
     "Công văn số 4079/UBND-KT ngày 19/6/2021 về phòng dịch.\n", "4079/UBND-KT", "CV", date(2021, 6, 19),
     "UBND tỉnh"),
    ("Đây là một trong những nội dung chỉ đạo của Ban Thường vụ Tỉnh ủy tại Chỉ thị số 12-CT/TU ngày "
     "2/1/2024 về Tết.\n", "12-CT/TU", "CT", date(2024, 1, 2), "Ban Thường vụ Tỉnh ủy"),
    ("Đây là nội dung Chỉ thị số 06-CT/TU của Ban Thường vụ Thành ủy Hà Nội về “Tiếp tục phòng, chống "
     "dịch” vừa được đồng chí Đinh Tiến Dũng, Bí thư Thành ủy ký ban hành ngày 01/9/2021.\n",
     "06-CT/TU", "CT", date(2021, 9, 1), "Ban Thường vụ Thành ủy Hà Nội"),
    ("KẾ HOẠCH SỐ 20-KH/ĐU CỦA ĐẢNG ỦY XÃ AN HÒA VỀ CHUYỂN ĐỔI SỐ MỚI ĐƯỢC BAN HÀNH.\n",
     "20-KH/ĐU", "KH", None, "ĐẢNG ỦY XÃ AN HÒA"),
    # a parent named with its issuer; a history told without 'vừa'
    ("Theo Kế hoạch số 12/KH-UBND ngày 3/2/2024 của UBND tỉnh, UBND huyện yêu cầu các xã ra quân.\n",
     None, None, None, None),
    ("Các chi bộ tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về học tập và làm theo tư tưởng "
     "Hồ Chí Minh, được ban hành ngày 15/5/2016.\n", None, None, None, None),
])
def test_lead_clause_names_the_own_document(text, number, doc_type, issued_on, name):
    h = header(text)
    assert (None if h.number is None else str(h.number), h.issued_on) == (number, issued_on)
    if number is not None:
        assert h.doc_type == doc_type
        assert h.issuer is not None and name.casefold() in h.issuer.name.casefold()


# --- leftovers: 'Đó là nội dung tại <document> của <issuer> về ...': the document before its issuer ---
@pytest.mark.parametrize(("text", "number", "doc_type", "issued_on", "name", "title"), [
    ("Phát động mạnh mẽ phong trào thi đua thực hiện thắng lợi\nĐó là nội dung tại Chỉ thị số 03/CT-UBND của "
     "Chủ tịch UBND tỉnh về việc phát động Phong trào thi đua \"Toàn dân tham gia phòng, chống dịch Covid-19\".\n",
     "03/CT-UBND", "CT", None, "UBND tỉnh", "Toàn dân tham gia phòng, chống dịch Covid-19"),
    ("Đây là nội dung chính của Kế hoạch số 45/KH-UBND ngày 12/3/2022 của UBND huyện Gia Lâm về chuyển đổi số "
     "năm 2022.\n", "45/KH-UBND", "KH", date(2022, 3, 12), "UBND huyện Gia Lâm", "chuyển đổi số năm 2022"),
    ("Tăng cường phòng chống rét cho vật nuôi\n\nĐó là yêu cầu tại Công điện số 02/CĐ-UBND, ngày 8/1/2021 do "
     "Chủ tịch UBND tỉnh Lào Cai ký ban hành.\n", "02/CĐ-UBND", "CĐ", date(2021, 1, 8), "UBND tỉnh Lào Cai", None),
    ("Đó là chỉ đạo trong Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy Nghệ An về tăng cường công tác "
     "phòng cháy.\n", "12-CT/TU", "CT", None, "Ban Thường vụ Tỉnh ủy Nghệ An", "tăng cường công tác phòng cháy"),
    # leftovers s11: the plural, and the other things a plan sets (a news copy opening mid-story)
    ("Đây là những yêu cầu trong Kế hoạch số 12-KH/TU ngày 8/12/2020 của Ban Thường vụ Tỉnh ủy Bắc Ninh về "
     "quán triệt Nghị quyết Đại hội XX.\n", "12-KH/TU", "KH", date(2020, 12, 8), "Ban Thường vụ Tỉnh ủy Bắc Ninh",
     "quán triệt Nghị quyết Đại hội XX"),
    ("Tổ chức tốt đợt sinh hoạt chính trị\nĐó là các nhiệm vụ trọng tâm tại Kế hoạch số 88/KH-UBND, ngày 3/4/2023 "
     "của UBND huyện Gia Lâm về chuyển đổi số.\n", "88/KH-UBND", "KH", date(2023, 4, 3), "UBND huyện Gia Lâm",
     "chuyển đổi số"),
    ("Đây là những giải pháp chủ yếu trong Chương trình số 05-CTr/TU của Thành ủy Hải Phòng về phát triển "
     "kinh tế biển.\n", "05-CTr/TU", "CTr", None, "Thành ủy Hải Phòng", "phát triển kinh tế biển"),
    ("ĐÂY LÀ TIN CŨ\nĐó là mục tiêu của Chỉ thị số 07-CT/HU ngày 2/3/2021 của Ban Thường vụ Huyện ủy Lâm Hà về "
     "phát triển cà phê.\n", "07-CT/HU", "CT", date(2021, 3, 2), "Ban Thường vụ Huyện ủy Lâm Hà",
     "phát triển cà phê"),
    # not the page's own: the document's issuer not named, or a sentence further in that cites one
    ("Đó là nội dung tại Chỉ thị số 03/CT-UBND.\n", None, None, None, None, None),
    ("Đây là những yêu cầu trong Kế hoạch số 04-KH/TU, Thành ủy đề ra.\n", None, None, None, None, None),
    ("Đây là những người có công trong Kế hoạch số 04-KH/TU của Thành ủy Hà Nội.\n", None, None, None, None,
     None),
])
def test_lead_that_is_the_content_of_the_own_document(text, number, doc_type, issued_on, name, title):
    h = header(text)
    assert (None if h.number is None else str(h.number), h.issued_on) == (number, issued_on)
    if number is not None:
        assert h.doc_type == doc_type
        assert h.issuer is not None and name.casefold() in h.issuer.name.casefold()
        assert title is None or (h.title is not None and title in h.title)


# gen4: a unit kind abbreviated with a full stop in a lead's subject ('TP.HCM', 'TP. Hồ Chí Minh',
# 'Tx. Điện Bàn'): no sentence ends there, the place resolves, and the name keeps the kind as written.
@pytest.mark.parametrize(("text", "name", "level", "province", "district"), [
    ("Thành ủy TP.HCM vừa ban hành Chỉ thị số 18-CT/TU về dự án Vành đai 3.\n",
     "Thành ủy", "province", "Hồ Chí Minh", None),
    ("UBND TP. Hồ Chí Minh vừa ban hành Kế hoạch số 12/KH-UBND về chuyển đổi số.\n",
     "UBND TP. Hồ Chí Minh", "province", "Hồ Chí Minh", None),  # names: the stop as written
    ("Ngày 3/3/2022, UBND TP.Cần Thơ đã ban hành Công văn số 12/UBND-VP về phòng dịch.\n",
     "Cần Thơ", "province", "Cần Thơ", None),
    ("Ngày 6/9/2017, UBND Tx. Điện Bàn đã ban hành Thông báo số 88/TB-UBND về kết luận.\n",
     "UBND Tx. Điện Bàn", "district", "Quảng Nam", "Điện Bàn"),
    ("Ngày 6/9/2017, UBND Tp. Đà Lạt đã ban hành Kế hoạch số 88/KH-UBND về chuyển đổi số.\n",
     "UBND Tp. Đà Lạt", "district", "Lâm Đồng", "Đà Lạt"),
])
def test_lead_subject_with_an_abbreviated_unit_kind(text, name, level, province, district):
    h = header(text)
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold()
    assert (h.issuer.level, h.issuer.locality.province, h.issuer.locality.district) == (level, province, district)


# gen4: a news tag opening the lead line ('(TTV)- ', '(Baothanhhoa.vn) - ', 'NDĐT – ') stands before
# the subject that directs; the tag itself is no body.
@pytest.mark.parametrize(("text", "name", "level", "province"), [
    ("Cập nhật chợ xã vào quy hoạch\n(TTV)- UBND tỉnh Thanh Hóa vừa có ý kiến chỉ đạo về việc cập nhật "
     "chợ xã Đông Minh.\n", "tỉnh Thanh Hóa", "province", "Thanh Hóa"),
    ("Tiết kiệm điện\n(Baothanhhoa.vn) - Chủ tịch UBND tỉnh yêu cầu Công ty Điện lực ưu tiên cấp điện.\n",
     "Chủ tịch UBND tỉnh", "province", None),
    ("NDĐT – Ban Thường vụ Huyện ủy Gia Lâm đề nghị các chi bộ tổ chức học tập.\n",
     "Huyện ủy Gia Lâm", "district", "Hà Nội"),
    ("(HNM) : UBND quận Hoàn Kiếm yêu cầu các phường ra quân tổng vệ sinh.\n",
     "quận Hoàn Kiếm", "district", "Hà Nội"),
])
def test_news_tag_before_the_directing_subject(text, name, level, province):
    h = header(text)
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold()
    assert (h.issuer.level, h.issuer.locality.province) == (level, province)


@pytest.mark.parametrize("text", [
    "(TTXVN) - Mưa lớn kéo dài gây ngập úng nhiều tuyến phố trong ngày 12/9.\n",
    "HNP - Người dân phấn khởi đón Tết.\n",
])
def test_news_tag_without_a_directing_subject_names_no_issuer(text):
    h = header(text)
    assert h.issuer is None or h.issuer.level is None


# gen5: a lead that names its document without a number while the page numbers it elsewhere: a
# qualified type word ('văn bản chỉ đạo số ...'), a later mention by the lead's own issuer, a
# byline's source with the type as its code. A cited one ('Thực hiện ...') or another body's is not.
@pytest.mark.parametrize(("text", "number", "doc_type", "issued_on"), [
    ("Thực hiện Công văn số 4930/MTTW-BTT ngày 12/8/2014; Ban Thường vụ Tỉnh ủy vừa có văn bản chỉ đạo "
     "số 682-CV/TU yêu cầu các cấp ủy thực hiện tốt một số nội dung.\n", "682-CV/TU", "CV", None),
    ("UBND huyện Gia Lâm đã ban hành Kế hoạch tuyên truyền số 45/KH-UBND ngày 3/5/2021 về phòng dịch.\n",
     "45/KH-UBND", "KH", "2021-05-03"),
    ("Ban Tuyên giáo Quận ủy ban hành Hướng dẫn công tác tuyên truyền năm 2019.\n\nPhòng Văn hóa và "
     "Thông tin đăng tải Hướng dẫn số 35-HD/BTG ngày 25/12/2018 của Ban Tuyên giáo Quận ủy. Xem tại đây.\n",
     "35-HD/BTG", "HD", "2018-12-25"),
    ("(Vinhlong.gov.vn) - Chủ tịch Ủy ban nhân dân tỉnh vừa có Thông báo treo cờ Tổ quốc.\n\nTheo đó, "
     "các huyện treo cờ.\n\nNgọc Lan - Nguồn TB số 20/TB-UBND\n", "20/TB-UBND", "TB", None),
    ("Ban Thường vụ Huyện ủy đã ban hành Kế hoạch triển khai Nghị quyết.\n\nNguồn: KH số 131-KH/HU, "
     "ngày 2/3/2024\n", "131-KH/HU", "KH", "2024-03-02"),
    ("UBND xã Tân Hải vừa ban hành Kế hoạch phòng, chống thiên tai năm 2024.\nToàn văn Kế hoạch số "
     "12/KH-UBND ngày 5/3/2024 của UBND xã Tân Hải được đăng kèm.\n", "12/KH-UBND", "KH", "2024-03-05"),
])
def test_lead_own_number_given_apart(text, number, doc_type, issued_on):
    h = header(text)
    assert (h.number, h.doc_type) == (number, doc_type)
    assert (h.issued_on.isoformat() if h.issued_on else None) == issued_on


@pytest.mark.parametrize("text", [
    "Ban Tuyên giáo Quận ủy ban hành Hướng dẫn công tác tuyên truyền.\nThực hiện Hướng dẫn số 70-HD/BTGTU "
    "ngày 14/12/2018 của Ban Tuyên giáo Quận ủy, các chi bộ tổ chức.\n",
    "UBND huyện vừa ban hành Kế hoạch phòng dịch.\nNội dung này đã nêu tại Kế hoạch số 12/KH-UBND ngày "
    "3/3/2021 của UBND tỉnh.\n",
    "UBND huyện vừa ban hành Kế hoạch thực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương.\n",
    "UBND huyện vừa ban hành Kế hoạch phòng dịch.\nNguồn KH số 12/KH-UBND\nNguồn KH số 14/KH-UBND\n",
])
def test_lead_own_number_not_taken_from_a_citation(text):
    assert header(text).number is None


# gen5: a repost whose lead names the committee with its place, over a body whose preamble names it
# relatively ('Ban Thường vụ Tỉnh ủy (khóa XV) ban hành ...'): the lead completes the same committee;
# a lead naming another committee completes nothing.
_LEAD_OVER = "{lead}\n{heading}\nvề công tác năm 2020\n{preamble} như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"


@pytest.mark.parametrize(("lead", "heading", "preamble", "name", "level", "province", "district"), [
    ("Ngày 23/8/2017, Tỉnh Ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU về rừng.", "CHƯƠNG TRÌNH",
     "Thực hiện Chỉ thị 13-CT/TW, ngày 12/01/2017 của Ban Bí thư, Ban Thường vụ Tỉnh ủy (khóa XV) ban hành "
     "chương trình thực hiện", "Tỉnh ủy Thừa Thiên Huế", "province", "Thừa Thiên Huế", None),
    ("Huyện ủy Gia Lâm vừa ban hành Kế hoạch số 45-KH/HU ngày 2/3/2021 về chuyển đổi số.", "KẾ HOẠCH",
     "Thực hiện Nghị quyết số 12-NQ/TU của Thành ủy, Ban Thường vụ Huyện ủy xây dựng Kế hoạch",
     "Huyện ủy Gia Lâm", "district", "Hà Nội", "Gia Lâm"),
    ("Ngày 5/6/2020, THÀNH ỦY ĐÀ NẴNG đã ban hành Chương trình số 20-CTr/TU.", "CHƯƠNG TRÌNH",
     "Thực hiện Nghị quyết, Ban Thường vụ Thành ủy ban hành Chương trình", "Thành ủy Đà Nẵng", "province",
     "Đà Nẵng", None),
    ("Ngày 5/6/2020, Tỉnh ủy Nghệ An đã ban hành Hướng dẫn số 88-HD/TU.", "HƯỚNG DẪN",
     "Thực hiện Kế hoạch của Ban Bí thư, Ban Thường vụ Tỉnh ủy ban hành Hướng dẫn", "Tỉnh ủy Nghệ An",
     "province", "Nghệ An", None),
    ("Ngày 5/6/2020, Ban Tuyên giáo Tỉnh ủy Nghệ An đã ban hành Hướng dẫn số 88-HD/BTGTU.", "HƯỚNG DẪN",
     "Thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Hướng dẫn",
     # leftovers: the lead completes no name, but Nghệ An is the one province the text names
     "Ban Thường vụ Huyện ủy", "district", "Nghệ An", None),
])
def test_lead_completes_a_relative_preamble_name(lead, heading, preamble, name, level, province, district):
    h = header(_LEAD_OVER.format(lead=lead, heading=heading, preamble=preamble))
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold()
    assert (h.issuer.level, h.issuer.locality.province, h.issuer.locality.district) == (level, province, district)


# gen5: an ad hoc board (Ban Chỉ đạo, Ban điều hành) issuing in its own clause, named by its task in
# running case, its place last (with a kind word, or a bare province or district name) or not at all;
# a board that 'đã ban hành' an earlier document, or one cited ('của ...'), is not the issuer.
@pytest.mark.parametrize(("text", "name", "level", "province", "district"), [
    ("Thực hiện Công văn số 2191/BNN-TCTL ngày 03/7/2013 của Bộ Nông nghiệp. Ban điều hành Chương trình "
     "MTQG Nước sạch và VSMT Hà Nam xây dựng kế hoạch thực hiện năm 2014 với các nội dung sau:\n",
     "Ban điều hành Chương trình MTQG Nước sạch và VSMT Hà Nam", "province", "Hà Nam", None),
    ("Thực hiện Quyết định số 12/QĐ-TTg của Thủ tướng Chính phủ, Ban Chỉ đạo phòng, chống thiên tai và tìm "
     "kiếm cứu nạn tỉnh Ninh Thuận ban hành Kế hoạch như sau:\n",
     "Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Ninh Thuận", "province", "Ninh Thuận", None),
    ("Căn cứ Quyết định số 12/QĐ-UBND, Ban Chỉ đạo 389 huyện Gia Lâm ban hành Kế hoạch cao điểm chống buôn "
     "lậu như sau:\n", "Ban Chỉ đạo 389 huyện Gia Lâm", "district", "Hà Nội", "Gia Lâm"),
    ("Thực hiện chỉ đạo của Ban Chỉ đạo Trung ương, Ban Chỉ đạo thực hiện Cuộc vận động \"Người Việt Nam ưu "
     "tiên dùng hàng Việt Nam\" huyện Tiên Lãng xây dựng Kế hoạch năm 2015 như sau:\n",
     "Ban Chỉ đạo thực hiện Cuộc vận động", "district", "Hải Phòng", "Tiên Lãng"),
    ("Thực hiện Kế hoạch của Ban điều hành Dự án JICA, Ban điều hành Dự án JICA\nxây dựng Kế hoạch năm 2016 "
     "như sau:\n", "Ban điều hành Dự án JICA", None, None, None),
    # blind27: a Central Highlands district keeps the apostrophe inside its name, typographic or straight
    ("Triển khai thực hiện Quyết định số 47/QĐ-UBND của Ủy ban nhân dân tỉnh, Ban Chỉ đạo chuyển đổi số huyện Đăk "
     "R’lấp ban hành Kế hoạch như sau:\n", "Ban Chỉ đạo chuyển đổi số", "district", "Đắk Nông", "Đắk R'Lấp"),
    ("Thực hiện Kế hoạch số 12/KH-UBND, Ban Chỉ đạo 389 huyện Cư M'gar ban hành Kế hoạch như sau:\n",
     "Ban Chỉ đạo 389", "district", "Đắk Lắk", "Cư M'gar"),
])
def test_ad_hoc_board_issuing_in_its_clause(text, name, level, province, district):
    h = header(text)
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold()
    assert (h.issuer.level, h.issuer.locality.province, h.issuer.locality.district) == (level, province, district)


@pytest.mark.parametrize("text", [
    "Thực hiện Kế hoạch số 47/KH-BCĐ của Ban Chỉ đạo tỉnh, Ban Chỉ đạo Chăm sóc sức khỏe nhân dân huyện đã "
    "ban hành Kế hoạch hưởng ứng ngày ASEAN.\n",
    "Thực hiện Kế hoạch số 5/KH-BCĐ của Ban Chỉ đạo phòng, chống dịch tỉnh ban hành Kế hoạch như sau:\n",
])
def test_ad_hoc_board_of_another_document_is_no_issuer(text):
    h = header(text)
    assert h.issuer is None or "ban chỉ đạo" not in h.issuer.name.casefold()


@pytest.mark.parametrize(("phrase", "topic", "place", "kind"), [
    ("Ban điều hành Chương trình MTQG Nước sạch và VSMT Hà Nam", "Chương trình MTQG Nước sạch và VSMT",
     "Hà Nam", None),
    ("BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH QUẢNG NINH", "phòng, chống dịch covid-19", "Quảng Ninh", "tỉnh"),
    ("Ban Chỉ đạo phòng, chống dịch huyện", "phòng, chống dịch huyện", None, None),
    ("Ban Chỉ đạo tỉnh Quảng Ninh", None, "Quảng Ninh", "tỉnh"),
    ("Ban điều hành Dự án JICA", "Dự án JICA", None, None),
    ("Ban Chỉ đạo chuyển đổi số huyện Ea H’leo", "chuyển đổi số", "Ea H’leo", "huyện"),
])
def test_ad_hoc_board_name_split(phrase, topic, place, kind):
    body = parse_body(phrase)
    assert body is not None and (body.topic, body.place, body.unit_kind) == (topic, place, kind)


# gen5: a headline whose type word is followed by a proper name gives the title when the text tells
# the type otherwise; a menu item or a number line does not.
@pytest.mark.parametrize(("text", "title"), [
    ("Kế hoạch Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Hà Nam năm 2014\nBan điều hành Chương trình "
     "MTQG Nước sạch và VSMT Hà Nam xây dựng kế hoạch như sau:\n",
     "Kế hoạch Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Hà Nam năm 2014"),
    ("Kế hoạch Tết trồng cây đời đời nhớ ơn Bác Hồ năm 2024\nUBND xã Tân Hải ban hành Kế hoạch như sau:\n",
     "Kế hoạch Tết trồng cây đời đời nhớ ơn Bác Hồ năm 2024"),
    ("Thông báo Tuyển dụng\nUBND huyện Gia Lâm ban hành Thông báo như sau:\n", None),
    ("Kế hoạch Số 12\nUBND huyện Gia Lâm ban hành Kế hoạch như sau:\n", None),
])
def test_headline_type_word_before_a_proper_name(text, title):
    assert header(text).title == title


# gen5: a lead whose subject deploys its own unnumbered document ('X triển khai Kế hoạch ...'); one
# that deploys a numbered or another body's document carries out a parent and names no issuer.
@pytest.mark.parametrize(("text", "doc_type", "name", "level", "province", "title"), [
    ("Ban Thường trực Uỷ ban MTTQ tỉnh Bắc Kạn triển khai Kế hoạch tổ chức đợt sinh hoạt chính trị và tuyên "
     "truyền Đại hội Mặt trận Tổ quốc Việt Nam các cấp.\nĐợt sinh hoạt được triển khai sâu rộng.\n",
     "KH", "Ủy ban MTTQ tỉnh Bắc Kạn", "province", "Bắc Kạn", "tổ chức đợt sinh hoạt chính trị"),
    ("Phòng chống dịch\n(BKTO) - UBND huyện Chợ Mới vừa triển khai Kế hoạch phòng, chống dịch bệnh trên đàn "
     "gia súc năm 2024.\nTheo đó, các xã thực hiện.\n", "KH", "UBND huyện Chợ Mới", "district", None,
     "phòng, chống dịch bệnh trên đàn gia súc năm 2024"),
    ("Ngày 5/3/2024, Ban Thường vụ Huyện ủy Gia Lâm triển khai Chương trình hành động thực hiện Nghị quyết "
     "số 43-NQ/TW của Ban Chấp hành Trung ương.\n", "CTr", "Huyện ủy Gia Lâm", "district", "Hà Nội",
     "thực hiện Nghị quyết số 43-NQ/TW"),
    ("HỘI NÔNG DÂN TỈNH NGHỆ AN TRIỂN KHAI KẾ HOẠCH\nHội Nông dân tỉnh Nghệ An đã triển khai Hướng dẫn tổ "
     "chức Đại hội Hội Nông dân cấp cơ sở nhiệm kỳ 2023-2028\n", "HD", "Hội Nông dân tỉnh Nghệ An",
     "province", "Nghệ An", "tổ chức Đại hội Hội Nông dân cấp cơ sở"),
    ("Xã Tân Hải triển khai Kế hoạch phòng, chống thiên tai năm 2024\n\nNgày 15/10/2024, Ủy ban nhân dân xã "
     "Tân Hải triển khai Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024, với mục đích chủ động.\n",
     "KH", "Ủy ban nhân dân xã Tân Hải", "commune", None, "phòng, chống thiên tai và tìm kiếm cứu nạn"),
    # sweepY: the meeting named first ('Tại hội nghị, X đã triển khai Kế hoạch ...', a district Front's launch
    # under a Bắc Giang lead that deploys no document)
    ("Hội nghị triển khai Cuộc vận động\n\nNgày 28/9/2016, Ban Thường trực Ủy ban MTTQ huyện Lạng Giang tổ chức hội "
     "nghị phát động Cuộc vận động.\n\nTại hội nghị, Ban Thường trực Ủy ban MTTQ huyện Lạng Giang đã triển khai Kế "
     "hoạch thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.\n", "KH",
     "Ủy ban MTTQ huyện Lạng Giang", "district", "Bắc Giang", "thực hiện Cuộc vận động"),
    ("Sáng 12/3, Huyện ủy Đông Sơn tổ chức hội nghị cán bộ chủ chốt.\n\nTại Hội nghị này, Ban Thường vụ Huyện ủy Đông "
     "Sơn triển khai Kế hoạch tổ chức Đại hội đảng bộ cơ sở nhiệm kỳ 2025-2030.\n", "KH", "Huyện ủy Đông Sơn",
     "district", "Thanh Hóa", "tổ chức Đại hội đảng bộ cơ sở"),
])
def test_lead_deploys_its_own_document(text, doc_type, name, level, province, title):
    h = header(text)
    assert h.doc_type == doc_type and h.number is None and h.issued_on is None
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold()
    assert (h.issuer.level, h.issuer.locality.province) == (level, province)
    assert h.title is not None and title in h.title


@pytest.mark.parametrize("text", [
    "UBND xã Tân Hải triển khai Kế hoạch số 53/KH-UBND của UBND huyện về phòng dịch.\n",
    "UBND xã Tân Hải triển khai Kế hoạch của UBND huyện về phòng dịch năm 2024.\n",
    "Tin tức\nCác xã triển khai Kế hoạch phòng dịch năm 2024 tới toàn dân.\n",
])
def test_lead_deploying_a_parent_names_no_issuer(text):
    assert header(text).issuer is None


# gen5: a city written 'TP': the name shows the abbreviation as written ('UBND TP Hải Phòng'), and an
# unnamed city's committee ('UBND TP') is the centrally-run city's when that is the only city the
# text names, in full or abbreviated ('trên địa bàn TPHCM'); a provincial city or none gives no level.
@pytest.mark.parametrize(("text", "name", "level", "province"), [
    ("Phòng chống thiên tai\nUBND TP vừa ban hành Kế hoạch về công tác phòng, chống thiên tai năm 2021 trên "
     "địa bàn TPHCM nhằm nâng cao nhận thức.\n", "UBND TP", "province", "Hồ Chí Minh"),
    ("Trước diễn biến phức tạp, Chủ tịch UBND TP Hải Phòng vừa ban hành Chỉ thị số 18/CT-UBND về việc kiểm "
     "soát ô nhiễm không khí.\n", "UBND TP Hải Phòng", "province", "Hải Phòng"),
    ("UBND TP. Cần Thơ vừa ban hành Kế hoạch số 12/KH-UBND về chuyển đổi số.\n", "UBND TP. Cần Thơ",
     "province", "Cần Thơ"),
    ("Ngày 3/3/2022, UBND Tp.HCM đã ban hành Công văn số 12/UBND-VP về phòng dịch.\n", "UBND TP",
     "province", "Hồ Chí Minh"),
    ("UBND TP vừa ban hành Kế hoạch phòng dịch trên địa bàn thành phố Thanh Hóa.\n", "UBND TP", None, None),
    ("UBND TP vừa ban hành Kế hoạch phòng dịch trên địa bàn TP Hà Nội và TPHCM.\n", "UBND TP", None, None),
])
def test_city_written_tp(text, name, level, province):
    h = header(text)
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold()
    assert (h.issuer.level, h.issuer.locality.province) == (level, province)


# gen5: a notice with no heading told by its issuer with its object, 'X thông báo <object> như sau';
# a cited issuer's ('của UBND tỉnh thông báo ...') or prose with no 'như sau' tells no type.
@pytest.mark.parametrize(("text", "doc_type"), [
    ("Lịch tiếp công dân năm 2025\nCăn cứ Luật tiếp công dân số 42/2013/QH13;\nỦy Ban nhân dân xã Tây Sơn thông "
     "báo lịch tiếp công năm 2025 sau khi sáp nhập như sau:\nI. LỊCH TIẾP CÔNG DÂN\n", "TB"),
    ("UBND phường Cự Khối thông báo kết quả tuyển dụng viên chức năm 2024 như sau:\n1. Danh sách\n", "TB"),
    ("Căn cứ kết quả họp, Ủy ban nhân dân huyện Gia Lâm thông báo\nlịch làm việc tuần 12 như sau:\n", "TB"),
    ("Theo đề nghị của UBND tỉnh thông báo kết quả như sau:\n", None),
    ("UBND xã thông báo rộng rãi tới nhân dân về lịch cắt điện.\n", None),
])
def test_notice_told_with_its_object(text, doc_type):
    assert header(text).doc_type == doc_type


# gen5: a page that opens with one line and then the preamble: that line is the trích yếu; chrome,
# a sentence, a date line or a caps menu is none.
@pytest.mark.parametrize(("text", "title"), [
    ("Lịch tiếp công dân định kỳ của Chủ tịch UBND xã Tây Sơn năm 2025 (sau khi sáp nhập)\nCăn cứ Luật tiếp "
     "công dân số 42/2013/QH13;\nỦy Ban nhân dân xã Tây Sơn thông báo lịch tiếp công năm 2025 như sau:\n",
     "Lịch tiếp công dân định kỳ của Chủ tịch UBND xã Tây Sơn năm 2025 (sau khi sáp nhập)"),
    ("Kế hoạch tổ chức Tết Trung thu cho thiếu nhi năm 2024\n\nThực hiện Kế hoạch số 12/KH-UBND của UBND "
     "huyện, UBND xã Tân Hải ban hành Kế hoạch như sau:\n", "Kế hoạch tổ chức Tết Trung thu cho thiếu nhi năm 2024"),
    ("menu_WAR_haichau1portlet_INSTANCE_BKyHxt47kQOK\nThực hiện Công điện số 11/CĐ-PCTT, UBND phường thông "
     "báo như sau:\n", None),
    ("Đăng ngày 21-10-2020 08:46 bởi quản trị\nThực hiện Công điện số 11/CĐ-PCTT, UBND phường thông báo "
     "như sau:\n", None),
    ("Mưa lớn kéo dài gây ngập úng nhiều nơi.\nThực hiện Công điện số 11/CĐ-PCTT, UBND phường thông báo "
     "như sau:\n", None),
])
def test_title_over_the_preamble(text, title):
    assert header(text).title == title


# blind2: a lead whose aspect word and issuing verb have a manner adverb between them ('đã khẩn trương
# ban hành', 'vừa chính thức ban hành'): the subject before the aspect word is still the issuer.
@pytest.mark.parametrize(("text", "number", "doc_type", "issued_on", "name", "level"), [
    ("Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy Nghệ An đã "
     "khẩn trương ban hành Kế hoạch số 312-KH/TU về đại hội đảng bộ các cấp.\n",
     "312-KH/TU", "KH", None, "Ban Thường vụ Tỉnh ủy Nghệ An", "province"),
    ("Ngày 3/2/2024, UBND huyện Kim Bảng đã kịp thời ban hành Công văn số 215/UBND-VP về phòng, chống "
     "rét cho cây trồng, vật nuôi.\n", "215/UBND-VP", "CV", date(2024, 2, 3), "UBND huyện Kim Bảng", "district"),
    ("Trên cơ sở đó, Ban Thường vụ Huyện ủy Lạc Dương đã nhanh chóng "
     "ban hành Kế hoạch số 115-KH/HU, ngày 06/3/2020 về thực hiện Nghị quyết.\n",
     "115-KH/HU", "KH", date(2020, 3, 6), "Ban Thường vụ Huyện ủy Lạc Dương", "district"),
    ("(QNO) - UBND tỉnh Quảng Nam vừa chính thức ban hành Quyết định số 1969/QĐ-UBND ngày 18/7/2022 về "
     "giao chỉ tiêu chuyển đổi số.\n", "1969/QĐ-UBND", "QĐ", date(2022, 7, 18), "UBND tỉnh Quảng Nam", "province"),
    ("SỞ Y TẾ - Sở Y tế đã chủ động ban hành Kế hoạch số 40/KH-SYT ngày 5/1/2023 về phòng, chống dịch "
     "bệnh mùa đông xuân.\n", "40/KH-SYT", "KH", date(2023, 1, 5), "Sở Y tế", "province"),
    # blind42 b03: the making and passing verbs ('xây dựng', 'thông qua') past the adverb too, after a long
    # manner-and-time clause; an untitled plan
    (" date 2026-01-25 Biến nghị quyết thành hành động cụ thể\n\nVới cách làm chủ động, sáng tạo, chỉ trong "
     "thời gian ngắn sau Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030, Ban Chấp hành Đảng bộ xã Lĩnh "
     "Toại đã nhanh chóng xây dựng kế hoạch hành động, tổ chức quán triệt rộng rãi tới cán bộ.\n",
     None, "KH", None, "Đảng bộ xã Lĩnh Toại", "commune"),
    ("Ngày 12/3/2024, Đảng ủy xã Đức Hợp đã khẩn trương xây dựng Kế hoạch số 12-KH/ĐU về tổ chức đại hội "
     "chi bộ nhiệm kỳ 2025-2027.\n", "12-KH/ĐU", "KH", date(2024, 3, 12), "Đảng ủy xã Đức Hợp", "commune"),
    ("Sau Đại hội, Ban Chấp hành Đảng bộ huyện Lục Nam vừa kịp thời thông qua Nghị quyết số 45-NQ/HU ngày "
     "20/10/2020 về phát triển du lịch.\n", "45-NQ/HU", "NQ", date(2020, 10, 20), "Lục Nam", "district"),
])
def test_lead_adverb_before_the_issuing_verb(text, number, doc_type, issued_on, name, level):
    h = header(text)
    assert (str(h.number) if h.number else None, h.doc_type, h.issued_on) == (number, doc_type, issued_on)
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold() and h.issuer.level == level


@pytest.mark.parametrize("text", [
    # a task to issue a plan is no lead: no aspect word, nothing issued yet
    "Các cấp ủy, tổ chức đảng cần khẩn trương ban hành kế hoạch thực hiện Chỉ thị số 45-CT/TW.\n",
    "Đề nghị UBND các xã kịp thời ban hành văn bản chỉ đạo công tác phòng, chống rét.\n",
    "Các chi bộ cần nhanh chóng xây dựng kế hoạch hành động thực hiện nghị quyết đại hội.\n",
    "Ban Chấp hành Đảng bộ xã sẽ sớm xây dựng kế hoạch hành động thực hiện nghị quyết đại hội.\n",
])
def test_adverb_in_a_task_is_no_lead(text):
    h = header(text)
    assert h.number is None and h.issuer is None


# blind2: the Party committees directly under the Central Committee ('Đảng ủy các cơ quan Đảng Trung
# ương', 'Đảng ủy Khối Doanh nghiệp Trung ương', 'Đảng ủy Chính phủ', 'Đảng ủy Quốc hội') are central;
# a bloc of a province's agencies stays provincial.
@pytest.mark.parametrize(("phrase", "level"), [
    ("Đảng ủy các cơ quan Đảng Trung ương", "central"),
    ("Ban Thường vụ Đảng ủy Khối Doanh nghiệp Trung ương", "central"),
    ("ĐẢNG ỦY CÔNG AN TRUNG ƯƠNG", "central"),
    ("Đảng ủy Chính phủ", "central"),
    ("Ban Thường vụ Đảng ủy Quốc hội", "central"),
    ("Đảng ủy Khối các cơ quan TW", "central"),
    ("Đảng ủy Khối các cơ quan tỉnh", "province"),
    ("Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh", "province"),  # blind52: the merged bloc
    ("Đảng ủy xã Tự Cường", "commune"),
])
def test_central_party_committees(phrase, level):
    body = parse_body(phrase)
    assert body is not None and body.fixed_level == level


@pytest.mark.parametrize(("text", "name"), [
    ("Thực hiện Chỉ thị số 45-CT/TW, Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương đã khẩn trương ban "
     "hành Kế hoạch số 08 về tổ chức đại hội các đảng bộ trực thuộc.\n", "Đảng ủy các cơ quan Đảng Trung ương"),
    ("Ngày 10/12/2019, Ban Thường vụ Đảng ủy Khối Doanh nghiệp Trung ương đã ban hành Kế hoạch số 81-KH/ĐUK "
     "về đại hội đảng bộ các cấp.\n", "Đảng ủy Khối Doanh nghiệp Trung ương"),
    ("Ngày 2/6/2025, Đảng ủy Chính phủ ban hành Kế hoạch số 05-KH/ĐU về sắp xếp bộ máy.\n", "Đảng ủy Chính phủ"),
])
def test_lead_of_a_central_party_committee(text, name):
    h = header(text)
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold()
    assert h.issuer.level == "central" and h.issuer.locality.province is None


# blind2: a lead that first names its parent's issuer, the Politburo ('Thực hiện ... của Bộ Chính trị, X
# đã ban hành ...'): the Politburo is no ministry, and X is the issuer.
@pytest.mark.parametrize(("text", "number", "name", "level"), [
    ("Thực hiện Kết luận số 21-KL/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy Yên Lạc đã ban hành Kế hoạch "
     "số 120-KH/HU ngày 2/3/2022 về xây dựng, chỉnh đốn Đảng.\n", "120-KH/HU", "Huyện ủy Yên Lạc", "district"),
    ("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, UBND tỉnh Bắc Ninh vừa ban hành "
     "Kế hoạch số 86/KH-UBND về chuyển đổi số.\n", "86/KH-UBND", "UBND tỉnh Bắc Ninh", "province"),
    ("Căn cứ Quy định số 144-QĐ/TW của Bộ Chính trị, Đảng ủy xã Tân Hải đã ban hành Kế hoạch số 25-KH/ĐU "
     "ngày 1/7/2024 về học tập chuẩn mực đạo đức.\n", "25-KH/ĐU", "Đảng ủy xã Tân Hải", "commune"),
    ("Ngày 4/5/2023, Bộ Y tế đã ban hành Công văn số 2345/BYT-DP về phòng, chống sốt xuất huyết.\n",
     "2345/BYT-DP", "Bộ Y tế", "central"),
])
def test_lead_after_a_politburo_parent(text, number, name, level):
    h = header(text)
    assert str(h.number) == number
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold() and h.issuer.level == level


# blind2: 'số' typed twice before a lead's own number ('Công văn số Số 25 -CV/BCĐ'), the number
# itself spaced or not.
@pytest.mark.parametrize(("text", "number", "doc_type", "issued_on"), [
    ("Ban Chỉ đạo 35 cấp huyện ban hành Công văn số Số 25 -CV/BCĐ ngày 27/02/2023 tổ chức triển khai cuộc thi.\n",
     "25-CV/BCĐ", "CV", date(2023, 2, 27)),
    ("Ngày 5/3/2024, UBND huyện Kỳ Anh đã ban hành Công điện số số 13/CĐ-UBND về chủ động ứng phó rét đậm.\n",
     "13/CĐ-UBND", "CĐ", date(2024, 3, 5)),
    ("Sở Y tế vừa ban hành Công văn số Số: 1234/SYT-NVY ngày 12/4/2021 về tiêm chủng.\n",
     "1234/SYT-NVY", "CV", date(2021, 4, 12)),
    ("UBND xã Tân Hải đã ban hành Thông báo số số 25/TB-UBND ngày 6/5/2024 về lịch tiếp công dân.\n",
     "25/TB-UBND", "TB", date(2024, 5, 6)),
    ("Huyện ủy Lục Nam đã ban hành Kế hoạch số 45 - KH/HU ngày 1/2/2022 về tuyên truyền.\n",
     "45-KH/HU", "KH", date(2022, 2, 1)),
])
def test_lead_own_number_after_a_doubled_so(text, number, doc_type, issued_on):
    h = header(text)
    assert (str(h.number) if h.number else None, h.doc_type, h.issued_on) == (number, doc_type, issued_on)


def test_doubled_so_with_a_bare_number_stays_unknown():
    h = header("UBND huyện đã ban hành Kế hoạch số số 47 về phòng cháy rừng.\n")
    assert h.number is None and any("47" in w for w in h.warnings)


# blind2: a lead whose subject deploys ('triển khai') a numbered document carrying the subject's own
# code: that document is the page's own; a number of another body's code is a parent.
@pytest.mark.parametrize(("text", "number", "issued_on", "name", "level"), [
    ("Đảng ủy phường Phúc Xá triển khai Kế hoạch số 75-KH/ĐU ngày 12/8/2019 về tổ chức đại hội chi bộ.\n",
     "75-KH/ĐU", date(2019, 8, 12), "Đảng ủy phường Phúc Xá", "commune"),
    ("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy Gia Lâm triển khai Kế hoạch số "
     "120-KH/HU, ngày 5/9/2019 về đại hội đảng bộ các cấp.\n",
     "120-KH/HU", date(2019, 9, 5), "Huyện ủy Gia Lâm", "district"),
    ("(BKTO) - UBND huyện Chợ Mới vừa triển khai Kế hoạch số 58/KH-UBND ngày 3/4/2023 về phòng, chống dịch "
     "bệnh ở gia súc.\n", "58/KH-UBND", date(2023, 4, 3), "UBND huyện Chợ Mới", "district"),
    ("Thực hiện Kế hoạch số 256-KH/QU, ngày 06/8/2019 của Quận ủy Hà Đông, Đảng ủy phường Phúc La triển khai "
     "kế hoạch số 89 –KH/ĐU ngày 9/8/2019 về việc tổ chức Đại hội Chi bộ.\n",
     "89-KH/ĐU", date(2019, 8, 9), "Đảng ủy phường Phúc La", "commune"),
    ("Ban Thường vụ Tỉnh ủy Bắc Kạn triển khai Chương trình số 15-CTr/TU ngày 2/3/2021 về chuyển đổi số.\n",
     "15-CTr/TU", date(2021, 3, 2), "Tỉnh ủy Bắc Kạn", "province"),
])
def test_lead_deploys_its_own_numbered_document(text, number, issued_on, name, level):
    h = header(text)
    assert (str(h.number) if h.number else None, h.issued_on) == (number, issued_on)
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold() and h.issuer.level == level


@pytest.mark.parametrize("text", [
    "UBND huyện Chợ Mới triển khai Kế hoạch số 53/KH-UBND của UBND tỉnh về phòng dịch.\n",
    "Đảng ủy xã Tân Hải triển khai Kế hoạch số 256-KH/HU ngày 6/8/2019 về đại hội đảng bộ cơ sở.\n",
    "UBND xã Tân Hải triển khai Chỉ thị số 15/CT-TTg ngày 27/3/2020 về phòng, chống dịch.\n",
])
def test_lead_deploying_anothers_numbered_document_gives_no_own_number(text):
    assert header(text).number is None


# blind2: a signer named after the body in a lead's subject is cut even when a word of the name is
# also a commune's ('Đặng'); a place is kept only as the body's missing place, of its kind's level.
@pytest.mark.parametrize(("text", "name", "person"), [
    ("(LĐTĐ) Mới đây, Phó Chủ tịch thường trực phụ trách Liên đoàn Lao động Thành phố Đặng Thị Phương Hoa đã "
     "ký ban hành Kế hoạch số 29/KH-LĐLĐ về thực hiện Tháng hành động vì trẻ em.\n",
     "Liên đoàn Lao động Thành phố", "Đặng"),
    ("Ngày 3/5/2020, Chủ tịch UBND huyện Mỹ Đức Đặng Văn Bình đã ký ban hành Công văn số 120/UBND-VP về "
     "phòng dịch.\n", "UBND huyện Mỹ Đức", "Bình"),
    ("Ngày 14/3/2021, Chủ tịch UBND thành phố Hà Nội Chu Ngọc Anh đã ký ban hành Chỉ thị số 17/CT-UBND về "
     "bầu cử.\n", "thành phố Hà Nội", "Chu"),
    ("Ngày 9/6/2022, UBND quận Lê Chân đã ban hành Kế hoạch số 88/KH-UBND về chuyển đổi số.\n",
     "quận Lê Chân", "Lê Chân Lê"),
    ("Ngày 12/7/2022, Bí thư Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng đã ký ban hành Chỉ thị số 15-CT/TU về dân vận.\n",
     "Tỉnh ủy Hà Tĩnh", "Hoàng"),
])
def test_lead_subject_without_the_signer(text, name, person):
    h = header(text)
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold()
    assert person.casefold() not in h.issuer.name.casefold()


# blind2: a bare number ('Kế hoạch số 1594') completed by the page's one full number of the same type
# and sequence ('(Theo Kế hoạch số 1594/KH-SNN ...)'), unless its code cannot be the issuer's.
@pytest.mark.parametrize(("text", "number"), [
    ("Kế hoạch số 1594 ngày 07 tháng 6 năm 2023 của Sở Nông nghiệp và Phát triển nông thôn về kinh tế tập thể\n"
     "Thứ hai, 12/06/2023\nKế hoạch thực hiện Nghị quyết số 09/NQ-CP (Theo Kế hoạch số 1594/KH-SNN ngày 07 tháng "
     "6 năm 2023 của Sở Nông nghiệp và Phát triển nông thôn)\nI. MỤC TIÊU\n", "1594/KH-SNN"),
    ("Ngày 5/3/2022, UBND tỉnh đã ban hành Kế hoạch số 47 về chuyển đổi số cấp xã.\n"
     "Xem toàn văn Kế hoạch số 47/KH-UBND tại đây.\n", "47/KH-UBND"),
    ("Ngày 6/8/2019, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 17 về công tác dư luận xã hội.\n"
     "Nội dung Chỉ thị số 17-CT/TU như sau:\n1. Các cấp ủy ...\n", "17-CT/TU"),
    # a full number of another body's code, or two candidates: still unknown
    ("Ngày 5/3/2022, UBND tỉnh đã ban hành Kế hoạch số 47 về chuyển đổi số.\n"
     "Thực hiện Kế hoạch số 47-KH/TU của Tỉnh ủy về chuyển đổi số.\n", None),
    ("Ngày 5/3/2022, Sở Y tế đã ban hành Kế hoạch số 47 về tiêm chủng.\n"
     "Đính kèm Kế hoạch số 47/KH-SYT và Kế hoạch số 47/KH-BVĐK.\n", None),
])
def test_bare_number_completed_by_a_later_full_one(text, number):
    h = header(text)
    assert (str(h.number) if h.number else None) == number


# blind2: a title line naming a ministry or department by its whole name, lower-case syllables, 'và'
# and the comma of 'Văn hóa, Thể thao và Du lịch' included; the title starts after it.
@pytest.mark.parametrize(("first_line", "name"), [
    ("Kế hoạch số 1594 ngày 07 tháng 6 năm 2023 của Sở Nông nghiệp và Phát triển nông thôn về tiếp tục đổi mới "
     "kinh tế tập thể", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("Hướng dẫn số 12/HD-SGDĐT ngày 5/9/2022 của Sở Giáo dục và Đào tạo về nhiệm vụ năm học 2022-2023",
     "Sở Giáo dục và Đào tạo"),
    ("Công văn số 2345/BVHTTDL-VP ngày 2/6/2021 của Bộ Văn hóa, Thể thao và Du lịch về phòng dịch tại di tích",
     "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Kế hoạch số 120/KH-SLĐTBXH ngày 4/4/2022 của Sở Lao động - Thương binh và Xã hội về giảm nghèo",
     "Sở Lao động - Thương binh và Xã hội"),
    ("Quyết định số 88/QĐ-STNMT ngày 1/3/2021 của Sở Tài nguyên và Môi trường về cấp phép khai thác",
     "Sở Tài nguyên và Môi trường"),
])
def test_title_line_names_a_department_whole(first_line, name):
    h = header(first_line + "\n\nNội dung văn bản như sau.\n")
    assert h.issuer is not None and h.issuer.name == name
    assert h.title is not None and h.title.startswith("về")


# blind2: an official letter numbered with its issuer's code alone ('476/UBND', '05 /MTTQ'), in a header
# block or a lead.
@pytest.mark.parametrize(("text", "number", "doc_type"), [
    ("ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: 476/UBND\nV/v tăng cường phòng, chống sốt xuất huyết\n"
     "Châu Thành, ngày 14 tháng 6 năm 2017\nKính gửi: Trung tâm Y tế huyện\n", "476/UBND", "CV"),
    ("ỦY BAN MTTQ VIỆT NAM\nXÃ TÙNG CHÂU\nSố: 05 /MTTQ\nV/v hưởng ứng lời kêu gọi ủng hộ phòng, chống dịch\n"
     "Tùng Châu, ngày 30 tháng 4 năm 2020\n", "05/MTTQ", "CV"),
    ("Ngày 20/7/2022, UBND huyện Hóc Môn đã ban hành Công văn số 3517/UBND về tổng vệ sinh diệt lăng quăng.\n",
     "3517/UBND", "CV"),
    ("(hocmon.gov.vn) Theo Công văn số 3517/UBND ngày 18/7/2022, UBND huyện đề nghị UBND các xã - thị trấn "
     "tổ chức tổng vệ sinh.\n", "3517/UBND", "CV"),
])
def test_letter_numbered_with_its_issuers_code_alone(text, number, doc_type):
    h = header(text)
    assert (str(h.number) if h.number else None, h.doc_type) == (number, doc_type)


# blind2: a letter flattened onto one line (a portal or forum that dropped every line break): the header
# cells are found at their landmarks ('Số:', 'V/v', the motto, '<place>, ngày ...', 'Kính gửi').
_BODY_AFTER = (" Trước tình hình dịch bệnh diễn biến phức tạp, để chủ động phòng, chống dịch trong thời gian tới, "
               "đề nghị các đơn vị, các thôn tổ chức tuyên truyền, vận động nhân dân thực hiện nghiêm các biện pháp "
               "phòng, chống dịch bệnh theo khuyến cáo của ngành y tế.")


@pytest.mark.parametrize(("text", "number", "issued_on", "name", "level"), [
    ("ỦY BAN NHÂN DÂN XÃ TÂN HẢI Số: 45 /UBND V/v tăng cường phòng, chống dịch CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
     "Độc lập - Tự do - Hạnh phúc Tân Hải, ngày 12 tháng 3 năm 2020 Kính gửi: - Trưởng các thôn." + _BODY_AFTER,
     "45/UBND", date(2020, 3, 12), "xã Tân Hải", "commune"),
    ("HUYỆN ỦY GIA LÂM Số: 120-CV/HU ĐẢNG CỘNG SẢN VIỆT NAM Gia Lâm, ngày 5 tháng 9 năm 2019 Kính gửi: Các chi bộ, "
     "đảng bộ cơ sở." + _BODY_AFTER, "120-CV/HU", date(2019, 9, 5), "Huyện ủy Gia Lâm", "district"),
    ("ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH Số: 476/UBND “V/v phòng, chống sốt xuất huyết” CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
     "VIỆT NAM Độc lập - Tự do - Hạnh phúc Châu Thành, ngày 14 tháng 6 năm 2017 Kính gửi: Trung tâm Y tế huyện."
     + _BODY_AFTER, "476/UBND", date(2017, 6, 14), "huyện Châu Thành", "district"),
    ("UỶ BAN MTTQ VIỆT NAM XÃ TÙNG LẢNH BAN THƯỜNG TRỰC Số: 07 /MTTQ “ V/v vận động ủng hộ” CỘNG HOÀ XÃ HỘI CHỦ "
     "NGHĨA VIỆT NAM Độc lập -Tự do - Hạnh phúc Tùng Lảnh, ngày 31 tháng 04 năm 2020 Kính gữi : - Trưởng Ban "
     "công tác Mặt trận các thôn xóm." + _BODY_AFTER, "07/MTTQ", None, "Tùng Lảnh", "commune"),
])
def test_letter_flattened_onto_one_line(text, number, issued_on, name, level):
    h = header(text)
    assert (str(h.number) if h.number else None, h.issued_on, h.doc_type) == (number, issued_on, "CV")
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold() and h.issuer.level == level


# sweepH: a document site's copy (123docz) ran a commune's plan header onto one line and dropped the motto's
# tilde ('ỦY BAN NHÂN DÂN XÃ VẦY NƯA CỘNG HÒA XÃ HỘI CHỦ NGHIA VIỆT NAM Độc lập – Tự – Hạnh phúc KẾ HOẠCH ...'):
# the motto still ends the issuer's cell, for a commune, a district and a letter.
@pytest.mark.parametrize(("text", "name", "level"), [
    pytest.param("ỦY BAN NHÂN DÂN XÃ VẦY NƯA CỘNG HÒA XÃ HỘI CHỦ NGHIA VIỆT NAM Độc lập – Tự – Hạnh phúc KẾ HOẠCH "
                 "“NĂM GIÁO DỤC VÙNG KHÓ KHĂN” XÃ VẦY NƯA (Ban hành kèm theo Quyết định số ./QĐ-UBND ngày . tháng 11 "
                 "năm 2013 của Ủy ban nhân dân xã Vầy Nưa) Căn công văn 167/SGD&ĐT-VP ngày 17/01/2013 việc triển khai "
                 "thực “ Năm giáo dục vùng khó khăn” tỉnh Hòa Bình." + _BODY_AFTER,
                 "Ủy ban nhân dân xã Vầy Nưa", "commune", id="commune-plan-real"),
    pytest.param("ỦY BAN NHÂN DÂN HUYỆN ĐÀ BẮC CỘNG HOÀ XÃ HỘI CHỦ NGHIA VIỆT NAM Độc lập - Tự do - Hạnh phúc KẾ "
                 "HOẠCH Phát triển giáo dục năm 2014." + _BODY_AFTER, "Ủy ban nhân dân huyện Đà Bắc", "district",
                 id="district-old-tone"),
    pytest.param("ỦY BAN NHÂN DÂN XÃ TÂN HẢI Số: 45 /UBND V/v tăng cường phòng, chống dịch CỘNG HÒA XÃ HỘI CHỦ NGHIA "
                 "VIỆT NAM Độc lập - Tự do - Hạnh phúc Tân Hải, ngày 12 tháng 3 năm 2020 Kính gửi: - Trưởng các thôn."
                 + _BODY_AFTER, "xã Tân Hải", "commune", id="letter"),
])
def test_run_on_header_whose_motto_lost_a_mark(text, name, level):
    h = header(text)
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold() and h.issuer.level == level


# blind2: a legal-library page whose long title line and one-cell-a-line metadata table come before a
# pipe header naming no province ('HỘI ĐỒNG NHÂN DÂN |'): the header is found after the table, and the
# place-date line names the body's province.
_LIBRARY_TITLE = ("Nghị quyết 25/2024/NQ-HĐND quy định mức chi hỗ trợ đối với các cơ quan nhà nước và đơn vị sự "
                  "nghiệp công lập trên địa bàn tỉnh đã được sửa đổi, bổ sung tại Điều 1 Nghị quyết số 12/2023/NQ-HĐND")


@pytest.mark.parametrize(("text", "name", "province"), [
    (_LIBRARY_TITLE + "\nSố hiệu | 25/2024/NQ-HĐND |\nNgày ban hành | 10/12/2024 |\nNgày có hiệu lực | 10/12/2024 |\n"
     "Loại văn bản | Nghị quyết |\nCơ quan ban hành | Tỉnh Nghệ An |\nNgười ký | Nguyễn Văn A |\nLĩnh vực | Tài chính "
     "nhà nước |\nHỘI ĐỒNG NHÂN DÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 25/2024/NQ-HĐND |\nNghệ An, ngày 10 "
     "tháng 12 năm 2024 |\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n",
     "Hội đồng nhân dân", "Nghệ An"),
    (_LIBRARY_TITLE.replace("Nghị quyết 25/2024/NQ-HĐND", "Kế hoạch 515/KH-UBND") + "\nSố hiệu | 515/KH-UBND |\n"
     "Ngày ban hành | 31/07/2023 |\nLoại văn bản | Kế hoạch |\nCơ quan ban hành | Tỉnh Bắc Kạn |\nNgười ký | Phạm Văn B |\n"
     "Lĩnh vực | Thể thao - Y tế |\nTình trạng | Còn hiệu lực |\nỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\n"
     "Số: 515/KH-UBND |\nBắc Kạn, ngày 31 tháng 7 năm 2023 |\nThực hiện Quyết định số 568/QĐ-TTg, Ủy ban nhân dân "
     "tỉnh xây dựng Kế hoạch như sau:\n", "Ủy ban nhân dân", "Bắc Kạn"),
    (_LIBRARY_TITLE.replace("Nghị quyết 25/2024/NQ-HĐND", "Nghị quyết 40/2022/NQ-HĐND") + "\nSố hiệu | 40/2022/NQ-HĐND |\n"
     "Ngày ban hành | 8/7/2022 |\nLoại văn bản | Nghị quyết |\nCơ quan ban hành | Tỉnh Quảng Ngãi |\nNgười ký | Bùi Thị C |\n"
     "HỘI ĐỒNG NHÂN DÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 40/2022/NQ-HĐND |\nQuảng Ngãi, ngày 08 tháng 7 "
     "năm 2022 |\nCăn cứ Luật Ngân sách nhà nước;\n", "Hội đồng nhân dân", "Quảng Ngãi"),
])
def test_header_after_a_one_cell_a_line_metadata_table(text, name, province):
    h = header(text)
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold()
    assert (h.issuer.level, h.issuer.locality.province) == ("province", province)


# blind2: a header naming a steering board under its parent ('UBND XÃ ĐỨC HỢP' / 'BCĐ PHÒNG, CHỐNG DỊCH
# COVID-19'): the board issues the document, not the parent nor its chairman acting in the body.
@pytest.mark.parametrize(("text", "topic", "level"), [
    ("UBND XÃ TÂN HẢI\nBCĐ PHÒNG, CHỐNG DỊCH COVID-19\nSố: 12/BCĐ\nV/v nâng cao cảnh giác phòng dịch\n"
     "Tân Hải, ngày 06 tháng 02 năm 2021\nKính gửi: Các đồng chí trưởng thôn;\n"
     "Chủ tịch UBND xã yêu cầu cán bộ và nhân dân trong xã thực hiện tốt một số nội dung sau:\n",
     "phòng, chống dịch", "commune"),
    ("ỦY BAN NHÂN DÂN HUYỆN GIA LÂM\nBAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI\nSố: 05/BCĐ\nV/v chủ động ứng phó bão số 3\n"
     "Gia Lâm, ngày 5 tháng 9 năm 2024\nKính gửi: UBND các xã, thị trấn\nChủ tịch UBND huyện yêu cầu các xã "
     "triển khai ngay các biện pháp sau:\n", "phòng, chống thiên tai", "district"),
    ("UBND TỈNH NINH THUẬN\nBCĐ PHÒNG, CHỐNG DỊCH BỆNH\nSố: 88/BCĐ\nV/v tăng cường phòng chống dịch\n"
     "Ninh Thuận, ngày 3 tháng 8 năm 2021\nKính gửi: Các sở, ngành\nChủ tịch UBND tỉnh yêu cầu ...\n",
     "phòng, chống dịch bệnh", "province"),
])
def test_header_board_under_its_parent_issues(text, topic, level):
    h = header(text)
    assert h.issuer is not None and topic.casefold() in h.issuer.name.casefold() and h.issuer.level == level


# blind2: a place-date line whose place is typed with a lower-case last syllable ('Tùng châu, ngày ...',
# 'Hà nội, ngày ...'): a place when the gazetteer knows it capitalised; an impossible date stays null.
@pytest.mark.parametrize(("text", "issued_on", "warning"), [
    ("ỦY BAN NHÂN DÂN\nXÃ TÙNG CHÂU\nSố: 05/UBND\nTùng châu, ngày 3 tháng 4 năm 2020\n", date(2020, 4, 3), None),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nSố: 15/KH-UBND\nHà nội, ngày 12 tháng 5 năm 2021\nKẾ HOẠCH\nPhòng dịch\n",
     date(2021, 5, 12), None),
    ("UBND THÀNH PHỐ ĐÀ NẴNG\nSố: 88/UBND-VP\nĐà nẵng, ngày 1 tháng 6 năm 2022\nV/v phòng chống bão\n",
     date(2022, 6, 1), None),
    ("ỦY BAN MTTQ VIỆT NAM\nXÃ TÙNG CHÂU\nSố: 05/MTTQ\nTùng châu, ngày 31 tháng 04 năm 2020\n", None,
     "impossible issue date 31/04/2020"),
])
def test_place_typed_with_a_lower_case_syllable(text, issued_on, warning):
    h = header(text)
    assert h.issued_on == issued_on
    assert warning is None or warning in h.warnings


# blind2: the same People's Committee abbreviated in the preamble ('UBND tỉnh ban hành Kế hoạch') keeps
# the name its header writes ('ỦY BAN NHÂN DÂN' / 'TỈNH SƠN LA'), and an abbreviated header keeps 'UBND'.
@pytest.mark.parametrize(("text", "name"), [
    ("ỦY\nBAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 300/KH-UBND\nSơn La, ngày 30 tháng 12 năm 2021\nKẾ HOẠCH\nThực hiện chương "
     "trình\nThực hiện Quyết định số 1942/QĐ-TTg ngày 18/11/2021 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế "
     "hoạch như sau:\nI. MỤC ĐÍCH\n", "Ủy ban nhân dân tỉnh Sơn La"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN GIA LÂM\nSố: 45/KH-UBND\nGia Lâm, ngày 3 tháng 3 năm 2023\nKẾ HOẠCH\nCải cách hành "
     "chính\nThực hiện Kế hoạch số 12/KH-UBND của UBND thành phố, UBND huyện ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n",
     "Ủy ban nhân dân huyện Gia Lâm"),
    ("UBND TỈNH LẠNG SƠN\nSố: 54/KH-UBND\nLạng Sơn, ngày 27 tháng 3 năm 2020\nKẾ HOẠCH\nDinh dưỡng\nThực hiện Quyết "
     "định số 1896/QĐ-TTg, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC TIÊU\n", "UBND tỉnh Lạng Sơn"),
])
def test_header_name_over_the_preambles_abbreviation(text, name):
    h = header(text)
    assert h.issuer is not None and h.issuer.name == name


# blind2: a body named by its level only ('Ban Chỉ đạo 35 cấp huyện', 'UBND huyện') takes the one district
# the page names, whose name ends at a blank line or at the next sentence's opening word.
@pytest.mark.parametrize(("text", "district"), [
    ("triển khai Cuộc thi viết chính luận trên địa bàn huyện Bá Thước\n\nThực hiện Công văn số 103-CV/BCĐ ngày "
     "17/02/2023 của Ban Chỉ đạo cấp tỉnh, Ban Chỉ đạo 35 cấp huyện ban hành Công văn số 25-CV/BCĐ ngày 27/02/2023 "
     "triển khai cuộc thi.\n", "Bá Thước"),
    ("Phòng, chống dịch trên địa bàn huyện Tiên Lãng\nThực hiện Kế hoạch số 53/KH-UBND ngày 7/3/2024 của UBND "
     "thành phố, UBND huyện đã ban hành Kế hoạch số 60/KH-UBND ngày 12/3/2024 về phòng, chống dịch.\n", "Tiên Lãng"),
    ("Tin hoạt động huyện Kim Bảng\n\nCăn cứ tình hình thời tiết, UBND huyện đã ban hành Công văn số 215/UBND-VP "
     "ngày 3/2/2024 về phòng, chống rét.\n", "Kim Bảng"),
])
def test_relative_body_takes_the_one_district_named(text, district):
    h = header(text)
    assert h.issuer is not None and h.issuer.level == "district" and h.issuer.locality.district == district


# blind2: the left column's two lines run together ('UỶ BAN MTTQ VIỆT NAM XÃ TÙNG CHÂU BAN THƯỜNG TRỰC'):
# the organ on the second line issues, for the committee of the place on the first.
@pytest.mark.parametrize(("text", "starts", "contains"), [
    ("UỶ BAN MTTQ VIỆT NAM XÃ TÙNG CHÂU BAN THƯỜNG TRỰC\nSố: 05/MTTQ\nTùng Châu, ngày 3 tháng 4 năm 2020\n"
     "V/v vận động ủng hộ phòng, chống dịch\n", "Ban Thường trực", "Tùng Châu"),
    ("TỈNH ỦY HÀ TĨNH BAN TUYÊN GIÁO\nSố: 120-CV/BTGTU\nHà Tĩnh, ngày 5 tháng 3 năm 2021\nV/v định hướng tuyên "
     "truyền\n", "Ban Tuyên giáo", "Hà Tĩnh"),
    ("HUYỆN ỦY KIM ĐỘNG VĂN PHÒNG\nSố: 45-CV/VPHU\nKim Động, ngày 2 tháng 6 năm 2022\nV/v lịch làm việc\n",
     "Văn phòng", "Kim Động"),
])
def test_left_column_lines_run_together(text, starts, contains):
    h = header(text)
    assert h.issuer is not None and h.issuer.name.startswith(starts) and contains in h.issuer.name


# blind3: a decision's signature block is followed by what it issues (the annexed plan, rules or list,
# with its own heading), by a cell marker of a flattened table, or by a file path the page kept: the
# signer's name is the last person-shaped line before the annex, not the document's last line.
@pytest.mark.parametrize(("text", "expected"), [
    ("QUYẾT ĐỊNH\nĐiều 1. Ban hành Kế hoạch.\nĐiều 2. Giao Ban Dân tộc chủ trì.\n|\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
     "Trần Châu\n|\nKẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN “HỖ TRỢ BÌNH ĐẲNG GIỚI” T", ("Trần Châu", "Phó Chủ tịch", None)),
    ("QUYẾT ĐỊNH\nĐiều 3. Quyết định có hiệu lực kể từ ngày ký./.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
     "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Văn An\n\nQUY CHẾ\nLàm việc của Ủy ban nhân dân xã\n"
     "(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 3/4/2020 của UBND xã)\nChương I\nQUY ĐỊNH CHUNG\n"
     "Điều 1. Phạm vi điều chỉnh\n", ("Nguyễn Văn An", "Chủ tịch", "Ủy ban nhân dân")),
    ("NGHỊ QUYẾT\n3. Giao các ban xây dựng Đảng theo dõi.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nHoàng Thị Lan\n\n"
     "PHỤ LỤC\nDANH MỤC NHIỆM VỤ TRỌNG TÂM\n1. Xây dựng đề án\n", ("Hoàng Thị Lan", "Phó Bí thư", "Ban Thường vụ")),
    ("CÔNG VĂN\nĐề nghị các đơn vị thực hiện./.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLê Văn Hải\n"
     "d:\\2021\\CV\\SVH\\T4\\Bau chon\n", ("Lê Văn Hải", "Phó Chủ tịch", None)),
    ("KẾ HOẠCH\nabc\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nPhạm Quốc Tuấn\nNơi nhận:\n- Như trên;\n"
     "- Lưu VT.\n", ("Phạm Quốc Tuấn", "Phó Chủ tịch", "Ủy ban nhân dân")),
    # the annex's own heading is no name, and a block with no name line stays nameless
    ("QUYẾT ĐỊNH\nĐiều 2. Thi hành./.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n|\nKẾ HOẠCH\nPHÒNG CHỐNG DỊCH\n",
     (None, "Phó Chủ tịch", None)),
])
def test_signer_before_the_annex_it_issues(text, expected):
    s = header(text).signer
    assert s is not None and (s.name, s.title, s.on_behalf_of) == expected


# blind3: a time adverbial between a lead's subject and its aspect word ('mới đây', 'vừa qua', 'hôm qua
# (20/5)', 'ngày 12/5/2023'): the subject before it is the issuer, and a date in it is the document's.
@pytest.mark.parametrize(("text", "name", "level", "issued_on"), [
    ("Hội Cựu chiến binh tỉnh mới đây vừa ban hành Kế hoạch tổ chức Đại hội Câu lạc bộ lần thứ II.\n",
     "Hội Cựu chiến binh tỉnh", "province", None),
    ("UBND huyện Gia Lâm vừa qua đã ban hành Kế hoạch số 45/KH-UBND về cải cách hành chính.\n",
     "UBND huyện Gia Lâm", "district", None),
    ("Sở Y tế ngày 12/5/2023 đã ban hành Công văn số 1200/SYT-NVY về phòng chống dịch.\n",
     "Sở Y tế", "province", date(2023, 5, 12)),
    ("Ban Thường vụ Huyện ủy Thọ Xuân gần đây đã ban hành Chỉ thị số 12-CT/HU về công tác bầu cử.\n",
     "Ban Thường vụ Huyện ủy Thọ Xuân", "district", None),
    ("Hội Liên hiệp Phụ nữ tỉnh hôm qua (20/5/2022) đã ban hành Kế hoạch số 30/KH-HPN về tháng hành động.\n",
     "Hội Liên hiệp Phụ nữ tỉnh", "province", date(2022, 5, 20)),
    ("Tỉnh đoàn mới đây đã ban hành Kế hoạch số 100-KH/TĐTN-PT tổ chức Tháng Thanh niên năm 2024.\n",
     "Tỉnh đoàn", "province", None),
    ("Ủy ban nhân dân tỉnh, mới đây, đã ban hành Quyết định số 1161/QĐ-UBND về phòng thủ dân sự.\n",
     "Ủy ban nhân dân tỉnh", "province", None),
    ("UBND tỉnh vừa qua ban hành Kế hoạch số 45/KH-UBND về cải cách hành chính.\n", "UBND tỉnh", "province", None),
    ("Thường trực Tỉnh ủy mới đây đã có Công văn số 1986-CV/TU về tổ chức Tết.\n", "Thường trực Tỉnh ủy", "province",
     None),
    ("Ban Thường vụ Thành ủy trong tháng qua đã ban hành Chỉ thị số 06-CT/TU về phòng dịch.\n",
     "Ban Thường vụ Thành ủy", "province", None),
    ("Hội Nông dân tỉnh sáng nay (3/4/2023) đã ban hành Kế hoạch số 88-KH/HNDT về đại hội.\n", "Hội Nông dân tỉnh",
     "province", date(2023, 4, 3)),
    # a yearless date in the adverbial gives no date
    ("UBND huyện Gia Lâm chiều 5/3 đã ban hành Công văn số 215/UBND-VP về phòng, chống rét.\n", "UBND huyện Gia Lâm",
     "district", None),
    # an editor's 'hôm nay ... giới thiệu toàn văn' keeps the document's own issuer, not the newspaper
    ("Báo Bình Thuận hôm nay trân trọng giới thiệu toàn văn Nghị quyết số 10-NQ/TU ngày 14/11/2016 của Ban Chấp "
     "hành Đảng bộ tỉnh.\n", "Ban Chấp hành Đảng bộ tỉnh", "province", date(2016, 11, 14)),
])
def test_lead_time_adverbial_after_the_subject(text, name, level, issued_on):
    h = header(text)
    assert h.issuer is not None and (h.issuer.name, h.issuer.level) == (name, level)
    assert h.issued_on == issued_on


# blind3: a guidance issued by two bodies ('Uỷ ban nhân dân xã Cẩm Lạc, Ban chỉ đạo “...” hướng dẫn việc
# ...'): the first named leads, and its place gives the level and locality.
@pytest.mark.parametrize(("text", "name", "level"), [
    ("Căn cứ vào Nghị định 122/2018/NĐ-CP của Chính phủ; Thực hiện Hướng dẫn số 2899/UBND-VH ngày 30 tháng 9 năm "
     "2022 của UBND huyện Cẩm Xuyên về việc bình xét. Uỷ ban nhân dân xã Cẩm Lạc, Ban chỉ đạo “Toàn dân đoàn kết "
     "xây dựng đời sống văn hoá” hướng dẫn việc bình xét gia đình văn hoá năm 2022.\n",
     "Ủy ban nhân dân xã Cẩm Lạc", "commune"),
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 3/4/2022 của UBND quận. Ủy ban nhân dân phường Phúc La, Ban Chỉ đạo "
     "phong trào phường hướng dẫn việc đăng ký gia đình văn hóa như sau:\n", "Ủy ban nhân dân phường Phúc La", "commune"),
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 3/4/2022 của UBND tỉnh, Phòng Văn hóa và Thông tin huyện Cẩm Xuyên, "
     "Ban Chỉ đạo “Toàn dân đoàn kết” huyện hướng dẫn các xã, thị trấn bình xét như sau:\n",
     "Phòng Văn hóa và Thông tin huyện Cẩm Xuyên", "district"),
    ("Thực hiện Kế hoạch số 30/KH-UBND ngày 3/4/2022 của UBND huyện; Ủy ban nhân dân thị trấn Phú Xuyên, Ban Vận "
     "động “Ngày vì người nghèo” thị trấn hướng dẫn các tổ dân phố thực hiện như sau:\n",
     "Ủy ban nhân dân thị trấn Phú Xuyên", "commune"),
])
def test_guidance_of_two_bodies_led_by_the_first(text, name, level):
    h = header(text)
    assert h.issuer is not None and (h.issuer.name, h.issuer.level) == (name, level)
    assert h.doc_type == "HD"


@pytest.mark.parametrize(("text", "given"), [
    ("Theo đó, UBND tỉnh giao Sở Y tế, Sở Giáo dục và Đào tạo hướng dẫn các trường thực hiện.\n",
     ("Sở Y tế", "Sở Giáo dục và Đào tạo")),
    ("Thực hiện Công văn số 12/UBND-VX của UBND tỉnh, UBND tỉnh yêu cầu Sở Nội vụ, Sở Tài chính hướng dẫn các huyện "
     "rà soát.\n", ("Sở Nội vụ", "Sở Tài chính")),
    ("Chủ tịch UBND huyện chỉ đạo Phòng Nội vụ, Phòng Tài chính - Kế hoạch hướng dẫn các xã thực hiện.\n",
     ("Phòng Nội vụ", "Phòng Tài chính - Kế hoạch")),
])
def test_a_guidance_assigned_in_a_body_names_no_issuer_from_it(text, given):
    # 'giao / yêu cầu / chỉ đạo X, Y hướng dẫn ...': work given to the bodies, not the document's issuers
    h = header(text)
    assert h.issuer is None or h.issuer.name not in given


# blind3: a legacy-era document that names only a district or commune of Thừa Thiên Huế gets the province
# under the name its documents used ('Thừa Thiên Huế'), not the gazetteer's later 'Huế'; a document of the
# new era keeps 'Huế', and other provinces are untouched.
@pytest.mark.parametrize(("text", "province", "district", "commune"), [
    ("ỦY BAN NHÂN DÂN\nHUYỆN A LƯỚI\nSố: 45/KH-UBND\nA Lưới, ngày 08 tháng 03 năm 2021\nKẾ HOẠCH\nNgày sách\n",
     "Thừa Thiên Huế", "A Lưới", None),
    ("HUYỆN ỦY PHÚ VANG\n*\nSố 120-KH/HU\nPhú Vang, ngày 3 tháng 5 năm 2019\nKẾ HOẠCH\nĐại hội chi bộ\n",
     "Thừa Thiên Huế", "Phú Vang", None),
    ("ỦY BAN NHÂN DÂN\nTHỊ XÃ HƯƠNG THỦY\nSố: 12/KH-UBND\nHương Thủy, ngày 2 tháng 3 năm 2020\nKẾ HOẠCH\nVệ sinh\n",
     "Thừa Thiên Huế", "Hương Thủy", None),
    ("ỦY BAN NHÂN DÂN\nXÃ THỦY PHÙ\nSố: 17/TB-UBND\nThủy Phù, ngày 23 tháng 4 năm 2020\nTHÔNG BÁO\nRà soát\n",
     "Thừa Thiên Huế", "Hương Thủy", "Thủy Phù"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN TIÊN LÃNG\nSố: 53/KH-UBND\nTiên Lãng, ngày 7 tháng 3 năm 2024\nKẾ HOẠCH\nX\n",
     "Hải Phòng", "Tiên Lãng", None),
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ XUÂN\nSố: 5/KH-UBND\nPhú Xuân, ngày 3 tháng 9 năm 2025\nKẾ HOẠCH\nX\n",
     "Huế", None, "Phú Xuân"),
])
def test_former_province_name_of_an_implied_province(text, province, district, commune):
    loc = header(text).issuer.locality
    assert (loc.province, loc.district, loc.commune) == (province, district, commune)


# blind3: a central Party document's header is always 'BAN CHẤP HÀNH TRUNG ƯƠNG'; the Politburo or the
# Secretariat that issued it is the body its signer acts for, or the one a lead names with its number.
_CENTRAL_HEAD = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 45-CT/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 14 tháng 4 năm 2025\n"
                 "CHỈ THỊ\nvề đại hội đảng bộ các cấp\nNội dung.\n")


@pytest.mark.parametrize(("text", "name"), [
    ("Quy định số 97-QĐ/TW của Bộ Chính trị\n\n(Mặt trận) - Tại Quy định số 97-QĐ/TW ngày 7/2/2023 của Bộ Chính trị "
     "về chức năng của đảng đoàn.\n\nBAN CHẤP HÀNH TRUNG ƯƠNG\n-------\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 97-QĐ/TW\n"
     "Hà Nội, ngày 07 tháng 02 năm 2023\nQUY ĐỊNH\nCHỨC NĂNG, NHIỆM VỤ CỦA ĐẢNG ĐOÀN\n- Căn cứ Điều lệ Đảng\n",
     "Bộ Chính trị"),
    (_CENTRAL_HEAD + "T/M BỘ CHÍNH TRỊ\nTỔNG BÍ THƯ\n\nTô Lâm\n", "Bộ Chính trị"),
    (_CENTRAL_HEAD + "T/M BAN BÍ THƯ\nTHƯỜNG TRỰC\n\nTrần Cẩm Tú\n", "Ban Bí thư"),
    ("Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp\n" + _CENTRAL_HEAD,
     "Bộ Chính trị"),
    # the Central Committee signing for itself, no organ named, or another number's organ: unchanged
    (_CENTRAL_HEAD + "T/M BAN CHẤP HÀNH TRUNG ƯƠNG\nTỔNG BÍ THƯ\n\nTô Lâm\n", "Ban Chấp hành Trung ương"),
    (_CENTRAL_HEAD, "Ban Chấp hành Trung ương"),
    (_CENTRAL_HEAD + "Thực hiện Kết luận số 45-KL/TW của Ban Bí thư, các cấp ủy ...\n", "Ban Chấp hành Trung ương"),
    # blind2 b08: a signature run into one line keeps its 'TM.' organ; the Youth Union's is its own secretariat
    (_CENTRAL_HEAD + "Nơi nhận: - Lưu VT. TM. BAN BÍ THƯ THƯỜNG TRỰC (đã ký) Trần Cẩm Tú\n", "Ban Bí thư"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 "
     "QUYẾT ĐỊNHVề việc ban hành Quy định về văn bản--------- Điều 1. Ban hành Quy định. Nơi nhận: - Lưu VT. TM. "
     "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi\n", "Ban Bí thư Trung ương Đoàn"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 "
     "QUYẾT ĐỊNHVề việc ban hành Quy định về văn bản--------- Điều 1. Ban hành Quy định. Nơi nhận: - Lưu VT. TM. "
     "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi\n",
     "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"),
])
def test_central_organ_behind_the_central_committee_header(text, name):
    h = header(text)
    assert h.issuer is not None and h.issuer.name == name and h.issuer.level == "central"


# blind3: a page with no title line names itself in its issuing clause ('UBND tỉnh xây dựng Kế hoạch
# tổ chức thực hiện Chiến lược ..., cụ thể như sau:'): the words after the type word, up to 'như sau',
# 'với các nội dung sau' or the colon, are the trích yếu; 'Kế hoạch thực hiện, cụ thể như sau' names none,
# and a title line, when there is one, stays the title.
@pytest.mark.parametrize(("text", "title"), [
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 71/KH-UBND | Bạc Liêu, ngày 29 tháng 4 năm 2021 |\n"
     "Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ ban hành Chiến lược quốc gia.\nUBND tỉnh "
     "xây dựng Kế hoạch tổ chức thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2025 trên địa bàn "
     "tỉnh Bạc Liêu, cụ thể như sau:\nTiếp tục thu hẹp",
     "tổ chức thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2025 trên địa bàn tỉnh Bạc Liêu"),
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/KH-UBND | Lai Châu, ngày 3 tháng 4 năm 2021 |\n"
     "Căn cứ Luật Phòng, chống thiên tai năm 2013;\nỦy ban nhân dân tỉnh ban hành Kế hoạch triển khai công tác "
     "phòng, chống thiên tai năm 2021 như sau:\nI. MỤC ĐÍCH\n", "triển khai công tác phòng, chống thiên tai năm 2021"),
    ("ỦY BAN NHÂN DÂN\nXÃ TỰ CƯỜNG\nSố: 20/KH-UBND\nTự Cường, ngày 5 tháng 1 năm 2024\nThực hiện Kế hoạch số "
     "5/KH-UBND ngày 2/1/2024 của UBND huyện, UBND xã Tự Cường xây dựng Kế hoạch tuyên truyền phổ biến pháp luật "
     "năm 2024, với các nội dung sau:\nI. MỤC ĐÍCH\n", "tuyên truyền phổ biến pháp luật năm 2024"),
    ("HUYỆN ỦY GIA LÂM\n*\nSố 45-KH/HU\nGia Lâm, ngày 3 tháng 3 năm 2023\nThực hiện Chỉ thị số 05-CT/TW, Ban "
     "Thường vụ Huyện ủy ban hành Kế hoạch thực hiện, cụ thể như sau:\nI. MỤC ĐÍCH\n", None),
    ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 54/KH-UBND\nLạng Sơn, ngày 27 tháng 3 năm 2020\nCăn cứ Quyết định số "
     "1896/QĐ-TTg ngày 25/12/2019 của Thủ tướng Chính phủ;\nỦy ban nhân dân tỉnh ban hành Kế hoạch hành động thực "
     "hiện Chương trình chăm sóc dinh dưỡng 1.000 ngày đầu đời đến năm 2025 như sau:\nI. MỤC TIÊU\n",
     "thực hiện Chương trình chăm sóc dinh dưỡng 1.000 ngày đầu đời đến năm 2025"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN GIA LÂM\nSố: 45/KH-UBND\nGia Lâm, ngày 3 tháng 3 năm 2023\nKẾ HOẠCH\nCải cách hành "
     "chính năm 2023\nThực hiện Kế hoạch số 12/KH-UBND của UBND thành phố, UBND huyện ban hành Kế hoạch triển khai "
     "cải cách hành chính như sau:\nI. MỤC ĐÍCH\n", "Cải cách hành chính năm 2023"),
])
def test_title_in_the_issuing_clause(text, title):
    assert header(text).title == title


# blind4: a lead that names its document by type and title and gives the number in brackets after the
# title, with its date ('... ký Chỉ thị của Ban Bí thư về việc tổ chức Tết ... (Chỉ thị số 55-CT/TW ngày
# 22/12/2025).'); a bracket of another type, or a parent cited in brackets, is not the document's.
@pytest.mark.parametrize(("text", "number", "issued_on", "title"), [
    ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Văn A đã ký Chỉ thị của Ban Bí thư về việc tổ chức Tết "
     "Bính Ngọ năm 2026 (Chỉ thị số 55-CT/TW ngày 22/12/2025).\n", "55-CT/TW", date(2025, 12, 22),
     "về việc tổ chức Tết Bính Ngọ năm 2026"),
    ("UBND tỉnh vừa ban hành Kế hoạch triển khai chiến dịch tiêm chủng vắc xin sởi (Kế hoạch số 85/KH-UBND, "
     "ngày 20/3/2025).\n", "85/KH-UBND", date(2025, 3, 20), "triển khai chiến dịch tiêm chủng vắc xin sởi"),
    ("Bộ Chính trị đã ban hành Kết luận về một số nội dung tiếp tục sắp xếp tổ chức bộ máy (Kết luận số "
     "126-KL/TW ngày 14 tháng 2 năm 2025).\n", "126-KL/TW", date(2025, 2, 14), None),
    ("Ngày 5/1/2026, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về tổ chức Tết Nguyên đán (Chỉ thị số 02-CT/TU).\n",
     "02-CT/TU", date(2026, 1, 5), "về tổ chức Tết Nguyên đán"),
    ("UBND tỉnh vừa ban hành Kế hoạch thực hiện chiến dịch tiêm chủng (theo Công văn số 4992/BYT-DP ngày "
     "23/8/2024 của Bộ Y tế).\n", None, None, None),
    ("UBND huyện ban hành Thông báo về lịch tiếp công dân (Kế hoạch số 12/KH-UBND ngày 3/3/2023).\n",
     None, None, None),
])
def test_lead_number_in_brackets_after_the_title(text, number, issued_on, title):
    h = header(text)
    assert (None if h.number is None else str(h.number), h.issued_on) == (number, issued_on)
    if title is not None:
        assert h.title == title


# blind4: a city abbreviation glued to its name ('UBND TPHCM', 'Thành ủy TpHCM') is Hồ Chí Minh City, a
# province-level issuer; an abbreviation nobody spells out stays unknown (no level, no locality guessed).
@pytest.mark.parametrize(("text", "name", "level", "province"), [
    ("UBND TPHCM vừa ban hành Chỉ thị về việc tổ chức Tết Nguyên đán Bính Ngọ năm 2026.\n",
     "UBND TP Hồ Chí Minh", "province", "Hồ Chí Minh"),
    ("Thành ủy TPHCM vừa ban hành Chỉ thị số 18-CT/TU về đầu tư đường Vành đai 3.\n",  # bodyplace: the
     "Thành ủy TP Hồ Chí Minh", "province", "Hồ Chí Minh"),  # city named after a man keeps its kind word
    ("UBND TpHCM ban hành Kế hoạch số 12/KH-UBND về chuyển đổi số.\n", "UBND Tp Hồ Chí Minh", "province",
     "Hồ Chí Minh"),
    ("Ngày 3/3/2024, UBND TPHCM đã ban hành Công văn số 512/UBND-VX về tiêm chủng.\n", "UBND TP Hồ Chí Minh",
     "province", "Hồ Chí Minh"),
    ("UBND TPBMT vừa ban hành Kế hoạch về chuyển đổi số.\n", "UBND TPBMT", None, None),  # initials kept
])
def test_city_abbreviation_glued_to_its_name(text, name, level, province):
    h = header(text)
    assert (h.issuer.name, h.issuer.level, h.issuer.locality.province) == (name, level, province)


# bodyplace: an all-caps header cell is shown in running case, but a word with no vowel is initials and stays
# as written ('ĐẢNG ỦY NHPT' of blind10 b04, 'ĐOÀN TNCS HỒ CHÍ MINH' of blind2 b08).
@pytest.mark.parametrize(("cells", "number", "name"), [
    pytest.param("ĐẢNG BỘ KHỐI DOANH NGHIỆP TRUNG ƯƠNG\nĐẢNG ỦY NHPT\n*", "Số 101-KH/ĐU", "Đảng ủy NHPT",
                 id="enterprise-initials"),
    pytest.param("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n***", "Số: 45-KH/TWĐTN",
                 "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh", id="union-initials"),
    pytest.param("ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG", "Số: 45/KH-UBND", "Ủy ban nhân dân tỉnh Hải Dương",
                 id="syllables-only"),
])
def test_initials_in_a_capitals_cell_kept(cells, number, name):
    text = f"{cells}\n{number}\nHà Nội, ngày 10 tháng 12 năm 2019\n\nKẾ HOẠCH\ntổ chức đại hội\n"
    issuer = header(text).issuer
    assert issuer is not None and issuer.name == name


# blind4: a body's name broken inside by the header cell's width ('ỦY BAN THƯỜNG VỤ' / 'QUỐC HỘI', 'HỘI LIÊN
# HIỆP PHỤ' / 'NỮ TỈNH QUẢNG NAM', 'VĂN PHÒNG' / 'QUỐC HỘI') is one name; two bodies on two lines ('ĐẢNG BỘ
# TỈNH ...' / 'HUYỆN ỦY ...') and a name with its unit on the next line stay as they were.
_TWO_COLUMN_TAIL = ("\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: {num}\n\n{place}, ngày "
                    "12 tháng 3 năm 2019\n\n{tw}\nVỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH\n\nCăn cứ Hiến pháp;\n")


@pytest.mark.parametrize(("top", "num", "place", "tw", "name", "level", "province"), [
    ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n--------", "653/2019/UBTVQH14", "Hà Nội", "NGHỊ QUYẾT",
     "Ủy ban Thường vụ Quốc hội", "central", None),
    ("VĂN PHÒNG\nQUỐC HỘI\n--------", "12/TB-VPQH", "Hà Nội", "THÔNG BÁO", "Văn phòng Quốc hội", "central", None),
    ("HỘI LIÊN HIỆP PHỤ\nNỮ TỈNH QUẢNG NAM\n***", "12/KH-HPN", "Quảng Nam", "KẾ HOẠCH",
     "Hội Liên hiệp Phụ nữ tỉnh Quảng Nam", "province", "Quảng Nam"),
    ("ỦY BAN MẶT TRẬN TỔ\nQUỐC VIỆT NAM TỈNH BẮC KẠN\n***", "12/KH-MTTQ", "Bắc Kạn", "KẾ HOẠCH",
     "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Kạn", "province", "Bắc Kạn"),
    ("ĐẢNG BỘ TỈNH HƯNG YÊN\nHUYỆN ỦY KIM ĐỘNG\n*", "131-KH/HU", "Kim Động", "KẾ HOẠCH", "Huyện ủy Kim Động",
     "district", "Hưng Yên"),
    ("QUỐC HỘI\n-------", "30/2023/QH15", "Hà Nội", "NGHỊ QUYẾT", "Quốc hội", "central", None),
    ("LIÊN ĐOÀN LAO ĐỘNG\nTỈNH THANH HÓA\n-------", "12/KH-LĐLĐ", "Thanh Hóa", "KẾ HOẠCH",
     "Liên đoàn Lao động tỉnh Thanh Hóa", "province", "Thanh Hóa"),
])
def test_body_name_broken_inside_by_the_header_cell(top, num, place, tw, name, level, province):
    h = header(top + _TWO_COLUMN_TAIL.format(num=num, place=place, tw=tw))
    assert (h.issuer.name, h.issuer.level, h.issuer.locality.province) == (name, level, province)


# blind4: a legal library's 'Người ký' row with the name alone ('Người ký | Nguyễn Hòa Bình |') names the
# signer, also when a signature block gives only the office ('KT. THỦ TƯỚNG'); a row that holds no
# person ('Đang cập nhật', a body) names none.
_DECISION_BODY = ("THỦ TƯỚNG CHÍNH PHỦ\n-------\nSố: 1589/QĐ-TTg\nHà Nội, ngày 24 tháng 7 năm 2025\nQUYẾT ĐỊNH\n"
                  "BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n"
                  "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n")


@pytest.mark.parametrize(("text", "signer"), [
    ("Số hiệu | 1589/QĐ-TTg |\nNgày ban hành | 24/07/2025 |\nNgười ký | Nguyễn Hòa Bình |\n" + _DECISION_BODY
     + "KT. THỦ TƯỚNG |\n", "Nguyễn Hòa Bình"),
    ("Người ký: Trần Văn Bình\n" + _DECISION_BODY, "Trần Văn Bình"),
    ("Người ký văn bản:\nLê Minh Ngân\n" + _DECISION_BODY, "Lê Minh Ngân"),
    ("| Người ký | Phạm Thị Hồng |\n| Loại văn bản | Quyết định |\n" + _DECISION_BODY, "Phạm Thị Hồng"),
    ("Người ký: Đang cập nhật\n" + _DECISION_BODY, None),
    ("Người ký | Ủy ban nhân dân tỉnh |\n" + _DECISION_BODY, None),
])
def test_signer_row_with_the_name_alone(text, signer):
    h = header(text)
    assert (h.signer.name if h.signer else None) == signer
    assert h.issuer is not None and h.issuer.name == "Thủ tướng Chính phủ"


# blind4: a portal's headline in capitals that opens with a type word, first on the page with its title on
# the same line, over a news lead that issues a numbered document: a headline, not the document's type
# heading, so the lead gives number, date and issuer (and the commune's era follows the date); a real
# header's 'KẾ HOẠCH' and a headline over a preamble that issues no numbered document stay headings.
@pytest.mark.parametrize(("text", "number", "issued_on", "name", "province"), [
    ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025\nNgày 18/7/2025, UBND xã Long Phụng đã ban hành Kế hoạch số "
     "120/KH-UBND về cải cách hành chính năm 2025.\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Tạo chuyển biến.\n",
     "120/KH-UBND", date(2025, 7, 18), "UBND xã Long Phụng", "Quảng Ngãi"),
    ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025\nNgày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành "
     "Quyết định số 119/QĐ-UBND về kế hoạch cải cách hành chính năm 2025 trên địa bàn xã\nUBND xã Long Phụng ban "
     "hành Kế hoạch cải cách hành chính, cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n- Tạo chuyển biến.\n",
     "119/QĐ-UBND", date(2025, 7, 18), "Ủy ban nhân dân xã Long Phụng", "Quảng Ngãi"),
    ("THÔNG BÁO TREO CỜ TỔ QUỐC DỊP LỄ 30/4\nNgày 25/4/2023, UBND xã Hải Thái ban hành Thông báo số 45/TB-UBND về "
     "việc treo cờ Tổ quốc.\n1. Các cơ quan treo cờ tại trụ sở.\n", "45/TB-UBND", date(2023, 4, 25),
     "UBND xã Hải Thái", "Quảng Trị"),
    ("CHỈ THỊ VỀ TĂNG CƯỜNG PHÒNG, CHỐNG DỊCH TẢ LỢN CHÂU PHI\nNgày 6/3/2019, UBND tỉnh Lào Cai đã ban hành Chỉ thị "
     "số 05/CT-UBND về triển khai các giải pháp cấp bách.\nTheo đó, các sở thực hiện.\n", "05/CT-UBND",
     date(2019, 3, 6), "UBND tỉnh Lào Cai", "Lào Cai"),
    ("ỦY BAN NHÂN DÂN\nXÃ TỰ CƯỜNG\nSố: 12/KH-UBND\nTự Cường, ngày 3 tháng 4 năm 2024\nKẾ HOẠCH\nThực hiện "
     "Nghị quyết số 43-NQ/TW\nNgày 1/4/2024, UBND huyện đã ban hành Kế hoạch số 53/KH-UBND về thực hiện.\n",
     "12/KH-UBND", date(2024, 4, 3), "Ủy ban nhân dân xã Tự Cường", "Hải Phòng"),
    ("KẾ HOẠCH TUYÊN TRUYỀN NĂM 2024\nThực hiện Kế hoạch số 30/KH-UBND ngày 2/2/2024 của UBND tỉnh, UBND huyện ban "
     "hành Kế hoạch tuyên truyền như sau:\nI. MỤC ĐÍCH\n", None, None, "UBND huyện", None),
])
def test_headline_in_capitals_over_a_news_lead(text, number, issued_on, name, province):
    h = header(text)
    assert (None if h.number is None else str(h.number), h.issued_on) == (number, issued_on)
    assert h.issuer is not None and h.issuer.name == name and h.issuer.locality.province == province


# blind5: a copy forwarded with a letter ('(Sao gửi Quyết định kèm theo)', 'Sao gửi Công văn số ... để các
# đơn vị biết') is not the page's own document, so its type word names neither the page's type nor its
# issuer; the body that directs in the text does ('Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau'). A body that
# itself sends its document ('UBND huyện gửi Kế hoạch số 12/KH-UBND') still names it.
@pytest.mark.parametrize(("text", "doc_type", "name", "level"), [
    ("Chủ tịch UBND tỉnh, Yêu cầu Cục trưởng Cục Thống kê tỉnh triển khai tổ chức Tổng điều tra dân số.\nUBND "
     "tỉnh nhận được Quyết định số 772/QĐ-TTg ngày 26/6/2018 của Thủ tướng Chính phủ. Sau khi xem xét, Chủ "
     "tịch UBND tỉnh có ý kiến chỉ đạo như sau:\nGiao Cục Thống kê tham mưu UBND tỉnh thực hiện các nội dung "
     "tại Quyết định số 772/QĐ-TTg (Sao gửi Quyết định kèm theo). Yêu cầu hoàn thiện trước ngày 20/7/2018.\n",
     None, "UBND tỉnh", "province"),
    ("Sau khi xem xét, Chủ tịch UBND huyện có ý kiến chỉ đạo như sau: giao Phòng Nội vụ tham mưu. Sao gửi "
     "Công văn số 12/UBND-NV để các đơn vị biết.\n", None, "UBND huyện", "district"),
    ("Ban Thường vụ Huyện ủy đề nghị các chi bộ quán triệt Kết luận số 93-KL/TW (sao gửi Kết luận kèm "
     "theo).\n", None, "Ban Thường vụ Huyện ủy", "district"),
    ("Ngày 3/3/2022, UBND huyện Kim Động gửi Kế hoạch số 12/KH-UBND về chuyển đổi số đến các xã.\n",
     "KH", "UBND huyện Kim Động", "district"),
])
def test_forwarded_copy_is_not_the_page(text, doc_type, name, level):
    h = header(text)
    assert h.doc_type == doc_type
    assert h.issuer is not None and name in h.issuer.name and h.issuer.level == level


# blind5: a legal library's metadata block whose 'key:value' pairs are glued ('Loại văn bản:Kế hoạchNgười
# ký:Lê Hồng Sơn') names the signer; the value ends where the next key is glued on ('Nguyễn Văn ThànhNgày hết
# hiệu lực:'); a value that is no person ('Đang cập nhật'), or 'người ký' in prose, names none.
@pytest.mark.parametrize(("text", "signer"), [
    ("  Cơ quan ban hành:Ủy ban nhân dân TP. Hà NộiSố công báo:Đang cập nhật\n  Số hiệu:217/KH-UBNDNgày đăng "
     "công báo:Đang cập nhật\n  Loại văn bản:Kế hoạchNgười ký:Lê Hồng Sơn\n" + _DECISION_BODY, "Lê Hồng Sơn"),
    ("Loại văn bản:Quyết địnhNgười ký:Nguyễn Văn ThànhNgày hết hiệu lực:Đang cập nhật\n" + _DECISION_BODY,
     "Nguyễn Văn Thành"),
    ("Cơ quan ban hành:UBND tỉnh Bắc NinhNgười ký:Nguyễn Tiến Nhường\n" + _DECISION_BODY, "Nguyễn Tiến Nhường"),
    ("Loại văn bản:Kế hoạchNgười ký:Đang cập nhật\n" + _DECISION_BODY, None),
    (_DECISION_BODY + "Đồng chí Nguyễn Văn An, người ký: Quyết định này.\n", None),
])
def test_signer_in_a_glued_metadata_block(text, signer):
    h = header(text)
    assert (h.signer.name if h.signer else None) == signer


# blind5: an issuing clause that names the page's document by type and title ('UBND tỉnh xây dựng Kế hoạch
# tổ chức Lễ phát động Tết trồng cây ...') and gives its number, with its date when it has one, in brackets
# after the title within the sentence; not a bracket of another type, nor one before the clause.
@pytest.mark.parametrize(("text", "number", "issued_on"), [
    ("Tuyên Quang phát động Tết trồng cây Xuân Ất Tỵ năm 2025\n- Nhằm phát huy truyền thống tốt đẹp, UBND tỉnh "
     "xây dựng Kế hoạch tổ chức Lễ phát động Tết trồng cây Xuân Ất Tỵ năm 2025 (Kế hoạch số 08/KH-UBND).\n",
     "08/KH-UBND", None),
    ("Nhằm đưa Nghị quyết vào cuộc sống, Ban Thường vụ Huyện ủy xây dựng Chương trình hành động thực hiện Nghị "
     "quyết Đại hội (Chương trình số 12-CTr/HU ngày 3/3/2021), cụ thể như sau:\n1. Tuyên truyền.\n",
     "12-CTr/HU", date(2021, 3, 3)),
    ("Để chủ động ứng phó, UBND huyện đề ra Kế hoạch phòng, chống thiên tai năm 2024 (kế hoạch số 45/KH-UBND "
     "ngày 12/3/2024) với các nội dung sau.\n", "45/KH-UBND", date(2024, 3, 12)),
    ("UBND tỉnh xây dựng Kế hoạch thực hiện Chỉ thị của Thủ tướng Chính phủ (Chỉ thị số 05/CT-TTg).\n",
     None, None),
    ("Thực hiện Kế hoạch của UBND tỉnh (Kế hoạch số 30/KH-UBND), UBND huyện xây dựng Kế hoạch tuyên truyền "
     "năm 2024.\n", None, None),
])
def test_issuing_clause_with_its_number_in_brackets(text, number, issued_on):
    h = header(text)
    assert (h.number, h.issued_on) == (number, issued_on)


# blind6: a headline that names a numbered document with its issuer and, in its subject, the document a body
# sentence announces ('Ngày 20/01/2018, Ban Bí thư ... đã ban hành Chỉ thị số 21-CT/TW') is the page's own:
# that sentence is background. A headline without an own number, one naming the lead's own document, and a
# topic line naming the parent the lead carries out leave the lead its document.
@pytest.mark.parametrize(("text", "number", "issued_on", "name"), [
    ("Thứ Tư, 28/2/2024\nCông văn số 1350-CV/BDVTW ngày 10/5/2023 của Ban Dân vận Trung ương về việc triển khai sơ "
     "kết 05 năm thực hiện Chỉ thị số 21-CT/TW về công tác phụ nữ\n\nKính gửi: Ban Dân vận các tỉnh ủy\n\nNgày "
     "20/01/2018, Ban Bí thư Trung ương Đảng (Khoá XII) đã ban hành Chỉ thị số 21-CT/TW về tiếp tục đẩy mạnh công "
     "tác phụ nữ. Ban Dân vận Trung ương đề nghị Ban Dân vận các tỉnh ủy tham mưu sơ kết.\n",
     "1350-CV/BDVTW", date(2023, 5, 10), "Ban Dân vận Trung ương"),
    ("Kế hoạch số 12-KH/HU ngày 3/4/2022 của Ban Thường vụ Huyện ủy thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy\n"
     "Ngày 15/12/2021, Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 09-NQ/TU về phát triển nông nghiệp. Để "
     "đưa Nghị quyết vào cuộc sống, Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:\n1. Tuyên truyền.\n",
     "12-KH/HU", date(2022, 4, 3), "Ban Thường vụ Huyện ủy"),
    ("Hướng dẫn số 45-HD/BTGTU ngày 2/3/2021 của Ban Tuyên giáo Tỉnh ủy về tuyên truyền Kết luận số 01-KL/TW\n"
     "Ngày 18/5/2021, Bộ Chính trị đã ban hành Kết luận số 01-KL/TW về tiếp tục thực hiện Chỉ thị 05.\nBan "
     "Tuyên giáo Tỉnh ủy hướng dẫn như sau:\n", "45-HD/BTGTU", date(2021, 3, 2), "Ban Tuyên giáo Tỉnh ủy"),
    ("Ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW\n\nNgày 5/3/2025, Ban Thường vụ Tỉnh "
     "ủy Nghệ An ban hành Chương trình số 20-CTr/TU thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n",
     "20-CTr/TU", date(2025, 3, 5), "Ban Thường vụ Tỉnh ủy Nghệ An"),
    ("Kế hoạch số 20-KH/TU ngày 5/3/2025 của Ban Thường vụ Tỉnh ủy Nghệ An\nNgày 5/3/2025, Ban Thường vụ Tỉnh ủy "
     "Nghệ An ban hành Kế hoạch số 20-KH/TU về chuyển đổi số.\n", "20-KH/TU", date(2025, 3, 5),
     "Ban Thường vụ Tỉnh ủy Nghệ An"),
    ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị\nNgày 10/1/2025, Ban Thường vụ Tỉnh ủy Nghệ An ban "
     "hành Kế hoạch số 30-KH/TU thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n", "30-KH/TU",
     date(2025, 1, 10), "Ban Thường vụ Tỉnh ủy Nghệ An"),
])
def test_headline_naming_its_own_document_over_a_background_lead(text, number, issued_on, name):
    h = header(text)
    assert (h.number, h.issued_on) == (number, issued_on)
    assert h.issuer is not None and name in h.issuer.name


# blind6: a signature mark written with its slash and no dot ('K/T TRƯỞNG BAN', 'T/L BÍ THƯ') opens the block
# as 'KT.' does; a line that only starts with the letters ('KTX Đại học ...', 'Q TRẦN') does not.
@pytest.mark.parametrize(("tail", "name", "title"), [
    ("Trân trọng./.\n\nK/T TRƯỞNG BAN\n\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\n\nPhạm Tất Thắng\n\nFile: Đề cương\n",
     "Phạm Tất Thắng", "Phó trưởng ban"),
    ("Nơi nhận:\n- Như trên;\nK/T CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Sơn\n", "Nguyễn Văn Sơn", "Phó Chủ tịch"),
    ("T/M BAN THƯỜNG VỤ\nT/L BÍ THƯ\nCHÁNH VĂN PHÒNG\nLê Thị Hoa\n", "Lê Thị Hoa", "Chánh văn phòng"),
    ("K/T. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Minh Đức\n", "Trần Minh Đức", "Phó giám đốc"),
])
def test_signature_mark_with_a_slash_and_no_dot(tail, name, title):
    h = header(_DECISION_BODY + tail)
    assert h.signer is not None and h.signer.name == name
    assert h.signer.title is not None and title.lower() in h.signer.title.lower()


@pytest.mark.parametrize("tail", [
    "KTX Đại học Huế\nPhạm Văn Lộc\n",
    "Q TRẦN VĂN AN\n",
])
def test_letters_of_a_mark_without_its_slash_open_no_block(tail):
    h = header(_DECISION_BODY + tail)
    assert h.signer is None or h.signer.title is None


# blind6: a headline that announces the issuing without a number ('UBND tỉnh ban hành Kế hoạch tuyên truyền
# ...', 'Tỉnh ủy ban hành Chương trình hành động ...') over the lead that gives the same body's document of
# the same type with its number and date is one document told twice: the lead's number and date are its
# own. A lead of another type, or of another body, is another document.
@pytest.mark.parametrize(("text", "number", "issued_on"), [
    ("UBND tỉnh ban hành Kế hoạch Tuyên truyền công tác dân tộc năm 2017 ()\n\n        Căn cứ Kế hoạch số "
     "213/KH-UBDT của Ủy ban Dân tộc về tuyên truyền công tác dân tộc năm 2017, ngày 15/6/2017, UBND tỉnh Thái "
     "Nguyên ban hành Kế hoạch số 104/KH-UBND về tuyên truyền công tác dân tộc năm 2017.\n",
     "104/KH-UBND", date(2017, 6, 15)),
    ("Tỉnh ủy ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW\nNgày 5/3/2025, Ban Thường vụ Tỉnh "
     "ủy Nghệ An ban hành Chương trình số 20-CTr/TU thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n",
     "20-CTr/TU", date(2025, 3, 5)),
    ("Huyện ủy Gia Lâm ban hành Chỉ thị về phòng, chống dịch\nNgày 3/8/2021, Ban Thường vụ Huyện ủy Gia Lâm đã ban "
     "hành Chỉ thị số 08-CT/HU về tăng cường phòng, chống dịch.\n", "08-CT/HU", date(2021, 8, 3)),
    ("UBND huyện ban hành kế hoạch phòng, chống thiên tai năm 2024\nNgày 12/3/2024, UBND huyện Bắc Trà My ban "
     "hành Kế hoạch số 45/KH-UBND về phòng, chống thiên tai năm 2024.\n", "45/KH-UBND", date(2024, 3, 12)),
    ("UBND tỉnh ban hành Kế hoạch tuyên truyền năm 2024\nTrước đó, ngày 2/2/2024, UBND tỉnh đã ban hành Quyết định "
     "số 30/QĐ-UBND về thành lập Ban Chỉ đạo.\n", None, None),
    ("UBND huyện ban hành Kế hoạch tuyên truyền năm 2024\nNgày 2/2/2024, UBND tỉnh Quảng Nam đã ban hành Kế hoạch "
     "số 30/KH-UBND về tuyên truyền.\n", None, None),
])
def test_headline_announcing_a_document_the_lead_then_numbers(text, number, issued_on):
    h = header(text)
    assert (h.number, h.issued_on) == (number, issued_on)


# blind14: a headline that announces a document with no number over the lead's numbered decision that issues
# (or approves) a document of the headline's type ('... vừa ký Quyết định số 208/QĐ-UBND về việc ban hành Kế
# hoạch hành động ...'): the decision is the page's document, of the headline's body; a headline whose subject
# is a province's bare name places the lead's placeless provincial body. A decision that issues another kind of
# document, or another province's body, is another document.
@pytest.mark.parametrize(("text", "number", "doc_type", "issued_on", "name", "level", "province"), [
    ("Thanh Hóa ban hành Kế hoạch hành động phát triển kinh tế - xã hội năm 2026\n\nChủ tịch UBND tỉnh Nguyễn "
     "Hoài Anh vừa ký Quyết định số 208/QĐ-UBND về việc ban hành Kế hoạch hành động thực hiện Nghị quyết của "
     "Chính phủ năm 2026.\n", "208/QĐ-UBND", "QĐ", None, "UBND tỉnh Thanh Hóa", "province", "Thanh Hóa"),
    ("UBND tỉnh ban hành Kế hoạch phòng, chống thiên tai năm 2024\nNgày 12/3/2024, UBND tỉnh Quảng Bình đã ban "
     "hành Quyết định số 712/QĐ-UBND về việc ban hành Kế hoạch phòng, chống thiên tai năm 2024.\n",
     "712/QĐ-UBND", "QĐ", date(2024, 3, 12), "UBND tỉnh Quảng Bình", "province", "Quảng Bình"),
    ("Huế ban hành kế hoạch chuyển đổi số năm 2026\n\nChủ tịch UBND thành phố Nguyễn Văn Phương vừa ký ban hành "
     "Quyết định số 15/QĐ-UBND ngày 6/1/2026 phê duyệt Kế hoạch chuyển đổi số năm 2026.\n",
     "15/QĐ-UBND", "QĐ", date(2026, 1, 6), "UBND thành phố Huế", "province", "Huế"),
    ("Tỉnh ủy Lào Cai ban hành Quy chế làm việc khóa I\nNgày 2/10/2025, Tỉnh ủy Lào Cai đã ban hành Quyết định "
     "số 05-QĐ/TU về việc ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh.\n",
     "05-QĐ/TU", "QĐ", date(2025, 10, 2), "Tỉnh ủy Lào Cai", "province", "Lào Cai"),
    # a decision that issues another kind of document is another document
    ("Thanh Hóa ban hành Kế hoạch hành động năm 2026\nChủ tịch UBND tỉnh vừa ký Quyết định số 15/QĐ-UBND về "
     "việc ban hành Quy chế hoạt động của Ban Chỉ đạo.\n", None, "KH", None, None, None, None),
    # another province's committee tells another document
    ("Nghệ An ban hành Kế hoạch thu hút đầu tư năm 2026\nChủ tịch UBND tỉnh Hà Tĩnh vừa ký Quyết định số "
     "9/QĐ-UBND về việc ban hành Kế hoạch thu hút đầu tư năm 2026.\n", None, "KH", None, None, None, None),
])
def test_headline_announcing_a_document_a_numbered_decision_issues(text, number, doc_type, issued_on, name,
                                                                 level, province):
    h = header(text)
    assert (h.number, h.doc_type, h.issued_on) == (number, doc_type, issued_on)
    if name is None:
        return
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold()
    assert (h.issuer.level, h.issuer.locality.province) == (level, province)


# blind22: a headline whose subject is a province's bare name announcing an unnumbered document ('Đắk Lắk ban hành
# Kế hoạch ...') over the lead that numbers a document of the same type by that province or its placeless People's
# Committee ('tỉnh Đắk Lắk đã ban hành Kế hoạch số 4047/KH-UBND, ngày 30/5/2017'): one document told twice, the
# second time with its number. Another type, or another province, is another document.
@pytest.mark.parametrize(("text", "number", "issued_on", "name", "province"), [
    ("Đắk Lắk ban hành Kế hoạch thực hiện Đề án truyền thông\n\nCập nhật lúc: 22:39 03/06/2017\n\nTrên cơ sở Đề án "
     "đã được phê duyệt, tỉnh Đắk Lắk đã ban hành Kế hoạch số 4047/KH-UBND, ngày 30/5/2017 để triển khai thực hiện "
     "các nội dung của Đề án.\n", "4047/KH-UBND", date(2017, 5, 30), "UBND tỉnh Đắk Lắk", "Đắk Lắk"),
    ("Quảng Ninh ban hành Chỉ thị về phòng, chống dịch bệnh\nNgày 3/2/2020, tỉnh Quảng Ninh đã ban hành Chỉ thị số "
     "05/CT-UBND về tăng cường phòng, chống dịch bệnh.\n", "05/CT-UBND", date(2020, 2, 3), "UBND tỉnh Quảng Ninh",
     "Quảng Ninh"),
    ("BẮC GIANG BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2022\n\nNgày 1/4/2022, UBND đã ban hành Kế hoạch số 88/KH-UBND "
     "về chuyển đổi số năm 2022 trên địa bàn tỉnh.\n", "88/KH-UBND", date(2022, 4, 1), "Bắc Giang", "Bắc Giang"),
    ("Đà Nẵng ban hành kế hoạch phát triển du lịch\nNgày 12/5/2023, thành phố Đà Nẵng đã ban hành Kế hoạch số "
     "101/KH-UBND về phát triển du lịch năm 2023.\n", "101/KH-UBND", date(2023, 5, 12), "Đà Nẵng", "Đà Nẵng"),
    # sweepY: the lead's body placed in the headline's province (a national paper, 'Hà Nội ban hành Kế hoạch thực hiện
    # Nghị quyết số 15 ...' over 'Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh ký ban hành Kế hoạch số 306/KH-UBND')
    ("Hà Nội ban hành Kế hoạch thực hiện Nghị quyết số 15 về xây dựng Thủ đô\n\nNgày 30/11/2022, Chủ tịch UBND thành "
     "phố Hà Nội Trần Sỹ Thanh ký ban hành Kế hoạch số 306/KH-UBND triển khai thực hiện Chương trình hành động số "
     "16-CTr/TU của Thành ủy Hà Nội.\n", "306/KH-UBND", date(2022, 11, 30), "UBND thành phố Hà Nội", "Hà Nội"),
    ("Nghệ An ban hành Kế hoạch chuyển đổi số năm 2023\nNgày 5/4/2023, UBND tỉnh Nghệ An đã ban hành Kế hoạch số "
     "215/KH-UBND về chuyển đổi số năm 2023.\n", "215/KH-UBND", date(2023, 4, 5), "UBND tỉnh Nghệ An", "Nghệ An"),
    ("Hải Phòng ban hành Chương trình hành động thực hiện Nghị quyết 45\nNgày 10/3/2023, Ban Thường vụ Thành ủy Hải "
     "Phòng ban hành Chương trình hành động số 20-CTr/TU về thực hiện Nghị quyết số 45-NQ/TW.\n", "20-CTr/TU",
     date(2023, 3, 10), "Thành ủy Hải Phòng", "Hải Phòng"),
    # another type is another document
    ("Đắk Lắk ban hành Chỉ thị về phòng cháy\nNgày 2/3/2021, tỉnh Đắk Lắk đã ban hành Kế hoạch số 12/KH-UBND về "
     "phòng cháy.\n", None, None, None, None),
    # sweepY: a body placed in another province is another's document
    ("Nghệ An ban hành Kế hoạch thu hút đầu tư\nNgày 2/3/2021, UBND tỉnh Hà Tĩnh đã ban hành Kế hoạch số 9/KH-UBND "
     "về thu hút đầu tư.\n", None, None, None, None),
    # another province is another document
    ("Nghệ An ban hành Kế hoạch thu hút đầu tư\nNgày 2/3/2021, tỉnh Hà Tĩnh đã ban hành Kế hoạch số 9/KH-UBND về "
     "thu hút đầu tư.\n", None, None, None, None),
])
def test_headline_province_over_a_lead_numbering_its_document(text, number, issued_on, name, province):
    h = header(text)
    assert (h.number, h.issued_on) == (number, issued_on)
    if name is None:
        return
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold()
    assert (h.issuer.level, h.issuer.locality.province) == ("province", province)


# blind22: a headline announcing a document with no number over a lead that tells it again with its date and still
# no number ('Ngày 08/02/2023, Ban Thường trực Ủy ban MTTQ tỉnh ban hành Hướng dẫn trọng tâm công tác Mặt trận năm
# 2023'): one document, of the lead's date, when the type and the title agree; another title is another document.
@pytest.mark.parametrize(("text", "doc_type", "issued_on"), [
    ("Ban Thường trực Ủy ban MTTQ tỉnh ban hành Hướng dẫn trọng tâm công tác Mặt trận năm 2023\n\nNgày 08/02/2023, "
     "Ban Thường trực Ủy ban MTTQ tỉnh ban hành Hướng dẫn trọng tâm công tác Mặt trận năm 2023; Ban Biên tập giới "
     "thiệu toàn văn Hướng dẫn.\n", "HD", date(2023, 2, 8)),
    ("UBND huyện Yên Thế ban hành Kế hoạch tổ chức Tết trồng cây đời đời nhớ ơn Bác Hồ\nNgày 5/1/2024, UBND huyện "
     "Yên Thế đã ban hành Kế hoạch tổ chức Tết trồng cây đời đời nhớ ơn Bác Hồ năm 2024.\n", "KH", date(2024, 1, 5)),
    ("TỈNH ĐOÀN BAN HÀNH HƯỚNG DẪN TỔ CHỨC THÁNG THANH NIÊN NĂM 2022\nNgày 2/3/2022, Ban Thường vụ Tỉnh đoàn đã ban "
     "hành Hướng dẫn tổ chức Tháng Thanh niên năm 2022 trong toàn tỉnh.\n", "HD", date(2022, 3, 2)),
    ("Hội Nông dân tỉnh ban hành Kế hoạch thi đua năm 2021\n\nVừa qua, ngày 10/2/2021, Ban Thường vụ Hội Nông dân "
     "tỉnh ban hành Kế hoạch thi đua năm 2021.\n", "KH", date(2021, 2, 10)),
    # another title is another document: no date
    ("UBND tỉnh ban hành Kế hoạch phòng, chống thiên tai năm 2024\nNgày 3/4/2024, UBND tỉnh ban hành Kế hoạch "
     "tiêm chủng mở rộng năm 2024.\n", "KH", None),
])
def test_headline_announcing_a_document_the_lead_then_dates(text, doc_type, issued_on):
    h = header(text)
    assert (h.number, h.doc_type, h.issued_on) == (None, doc_type, issued_on)


# blind6: a page that gives a document only by its number ('Chỉ thị số 1634/CT-TTg' as a tag heading) names its
# issuer by the number's code when the code stands for one body (TTg, CP, QH, UBTVQH); 'TW' (Politburo or
# Secretariat) and 'UBND' (any People's Committee) name none.
@pytest.mark.parametrize(("text", "name", "level"), [
    ("Chỉ thị số 1634/CT-TTg\n\nXem xét trách nhiệm người đứng đầu chính quyền địa phương\n\nPhó Thủ tướng yêu cầu "
     "các cấp ủy Đảng coi công tác phòng cháy là nhiệm vụ thường xuyên.", "Thủ tướng Chính phủ", "central"),
    ("Nghị quyết số 01/NQ-CP\nVề nhiệm vụ, giải pháp chủ yếu thực hiện kế hoạch năm 2024.\n", "Chính phủ", "central"),
    ("Nghị quyết 76/2025/UBTVQH15\nvề sắp xếp đơn vị hành chính năm 2025.\n", "Ủy ban Thường vụ Quốc hội",
     "central"),
    ("Công điện số 1426/CĐ-TTg\nvề chủ động ứng phó bão.\n", "Thủ tướng Chính phủ", "central"),
    ("Chỉ thị số 45-CT/TW\nvề đại hội đảng bộ các cấp.\n", "TW", "central"),
    ("Kế hoạch số 12/KH-UBND\nvề tuyên truyền năm 2024.\n", "UBND", None),
])
def test_issuer_named_by_its_numbers_code_alone(text, name, level):
    h = header(text)
    assert h.issuer is not None and (h.issuer.name, h.issuer.level) == (name, level)


# blind6 (blind5 b15): a portal headline whose subject is a province ('Tuyên Quang phát động Tết trồng cây
# ...') over 'UBND tỉnh xây dựng Kế hoạch ...' names the province that acts; a headline opening with an office
# or a district, a province named later in the headline, or a sentence that ends with a full stop, names none.
@pytest.mark.parametrize(("text", "province"), [
    ("Tuyên Quang phát động Tết trồng cây Xuân Ất Tỵ năm 2025\n- Nhằm phát huy truyền thống tốt đẹp, UBND tỉnh xây "
     "dựng Kế hoạch tổ chức Lễ phát động Tết trồng cây Xuân Ất Tỵ năm 2025 (Kế hoạch số 08/KH-UBND).\n",
     "Tuyên Quang"),
    ("Nghệ An ban hành kế hoạch chuyển đổi số năm 2024\nNgày 3/3/2024, UBND tỉnh ban hành Kế hoạch số 120/KH-UBND "
     "về chuyển đổi số.\n", "Nghệ An"),
    ("Bắc Ninh triển khai Tháng hành động vì trẻ em\nUBND tỉnh vừa ban hành Kế hoạch số 155/KH-UBND về Tháng "
     "hành động vì trẻ em năm 2023.\n", "Bắc Ninh"),
    ("Thừa Thiên Huế tăng cường phòng, chống dịch sốt xuất huyết\nChủ tịch UBND tỉnh vừa ký Công văn số "
     "12/UBND-VX yêu cầu các sở tăng cường phòng, chống dịch.\n", "Thừa Thiên Huế"),
    ("Thủ tướng yêu cầu tăng cường phòng cháy\nUBND tỉnh ban hành Kế hoạch số 12/KH-UBND về phòng cháy.\n", None),
    ("Gia Lâm ra quân tổng vệ sinh môi trường\nUBND tỉnh ban hành Kế hoạch số 12/KH-UBND về vệ sinh môi trường.\n",
     None),
    ("Phát động Tết trồng cây ở Tuyên Quang\nUBND tỉnh ban hành Kế hoạch số 08/KH-UBND về Tết trồng cây.\n", None),
    ("Nghệ An có 20 xã đạt chuẩn nông thôn mới.\nUBND tỉnh ban hành Kế hoạch số 12/KH-UBND về nông thôn mới.\n",
     None),
])
def test_headline_whose_subject_is_the_province(text, province):
    h = header(text)
    assert h.issuer is not None and h.issuer.level == "province" and h.issuer.locality.province == province


# blind7: a mass organisation named by its place with no unit word ('HỘI LIÊN HIỆP PHỤ NỮ PHÚ YÊN / BAN
# THƯỜNG VỤ', 'HỘI NÔNG DÂN HÀ TĨNH'): like a UBND over its place line, it is of the unit that name is, so a
# province's name makes it provincial; the country's name ('... Việt Nam') makes it the national one, central
# (blind11; blind7 left it unknown).
@pytest.mark.parametrize(("text", "level", "province"), [
    ("HỘI LIÊN HIỆP PHỤ NỮ PHÚ YÊN\n              BAN THƯỜNG VỤ\nPhú Yên, ngày 25 tháng 10 năm 2021\n \n"
     "ĐỀ CƯƠNG TUYÊN TRUYỀN\nKẾT QUẢ ĐẠI HỘI\n", "province", "Phú Yên"),
    ("HỘI NÔNG DÂN HÀ TĨNH\nBAN THƯỜNG VỤ\n*\nSố: 112-KH/HNDT\nHà Tĩnh, ngày 3 tháng 3 năm 2022\n\nKẾ HOẠCH\n"
     "Tổ chức Hội thi\n", "province", "Hà Tĩnh"),
    ("HỘI CỰU CHIẾN BINH QUẢNG TRỊ\nSố: 25/KH-CCB\nĐông Hà, ngày 5 tháng 4 năm 2023\n\nKẾ HOẠCH\nThực hiện "
     "Chỉ thị\n", "province", "Quảng Trị"),
    ("LIÊN ĐOÀN LAO ĐỘNG NGHỆ AN\nSố: 40/KH-LĐLĐ\nNghệ An, ngày 1 tháng 6 năm 2020\n\nKẾ HOẠCH\nTháng công "
     "nhân\n", "province", "Nghệ An"),
    ("HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nĐOÀN CHỦ TỊCH\nSố: 12/KH-ĐCT\nHà Nội, ngày 2 tháng 2 năm 2022\n\nKẾ HOẠCH\n"
     "Tuyên truyền\n", "central", None),
])
def test_mass_organisation_named_by_its_place(text, level, province):
    h = header(text)
    assert (h.issuer.level, h.issuer.locality.province) == (level, province)


# blind7: the Front's committee with 'VN' glued to its abbreviation ('UBMTTQVN huyện Sơn Tịnh', 'UBMTTQ VN
# xã ...') is the Fatherland Front committee of that unit, as 'UBMTTQ Việt Nam' is.
@pytest.mark.parametrize(("text", "level", "district"), [
    ("UBMTTQVN huyện Sơn Tịnh vừa ban hành Kế hoạch số 12/KH-MTTQ về cuộc vận động năm 2015.\n", "district",
     "Sơn Tịnh"),
    ("Ngày 3/3/2016, UBMTTQVN huyện Triệu Sơn đã ban hành Kế hoạch số 05/KH-MTTQ về giám sát.\n", "district",
     "Triệu Sơn"),
    ("Ban Thường trực UBMTTQ VN huyện Tiên Lãng vừa ban hành Hướng dẫn số 02/HD-MTTQ về bầu cử.\n", "district",
     "Tiên Lãng"),
    ("UBMTTQVN tỉnh Quảng Ngãi vừa ban hành Kế hoạch số 30/KH-MTTQ-BTT về tháng cao điểm.\n", "province", None),
    ("UBMTTQVN vừa ban hành Kế hoạch số 30/KH-MTTQ về tháng cao điểm.\n", None, None),
])
def test_front_committee_abbreviation_with_vn_glued(text, level, district):
    h = header(text)
    assert h.issuer is not None and "MTTQ" in h.issuer.name
    assert (h.issuer.level, h.issuer.locality.district) == (level, district)


# blind7: a lead's own bare number written without 'số' but followed by its date ('UBND tỉnh vừa ban hành Kế
# hoạch 156, ngày 13/9/2023 ...'): a bare number (unknown, with a warning) and the date is the document's; a
# type word and a number with no date after ('Kế hoạch 5 năm') stays no number.
@pytest.mark.parametrize(("text", "issued_on", "bare"), [
    ("UBND tỉnh vừa ban hành Kế hoạch 156, ngày 13/9/2023 triển khai thực hiện các văn bản chỉ đạo.\n",
     date(2023, 9, 13), True),
    ("UBND huyện đã ban hành Công văn 1200 ngày 5/5/2021 về việc phòng, chống dịch.\n", date(2021, 5, 5), True),
    ("Tỉnh ủy vừa ban hành Chỉ thị 15, ngày 3 tháng 4 năm 2022 về công tác phòng cháy.\n", date(2022, 4, 3),
     True),
    ("Ban Thường vụ Huyện ủy đã ban hành Kế hoạch 47 ngày 20-02-2024 về đại hội chi bộ.\n", date(2024, 2, 20),
     True),
    ("UBND tỉnh vừa ban hành Kế hoạch 5 năm về phát triển nông nghiệp.\n", None, False),
])
def test_lead_bare_number_without_so_then_its_date(text, issued_on, bare):
    h = header(text)
    assert h.number is None and h.issued_on == issued_on
    assert any("without its code" in w for w in h.warnings) == bare


# blind8: a headline announcing a body's document without a number over a lead that numbers it, the body
# spelled another way in each ('Ban Thường trực UBMTTQ Việt Nam huyện ...' / 'UBMTTQVN Huyện', 'HĐND tỉnh' /
# 'Hội đồng nhân dân tỉnh ...'): a unit has one Front committee, one People's Committee, one People's
# Council, so the two spellings are one body and the lead's number and date are the document's; the place
# the headline names is kept. A Party committee's kind names several bodies (Huyện ủy, Đảng ủy xã): another
# body, like another kind, is another document.
@pytest.mark.parametrize(("text", "number", "issued_on", "place"), [
    ("Ban Thường trực UBMTTQ Việt Nam huyện Phong Điền ban hành Kế hoạch tổ chức Ngày hội Đại đoàn kết năm 2018\n"
     "Ngày cập nhật 29/10/2018\n\nNgày 15/10/2018, UBMTTQVN Huyện ban hành Kế hoạch số 20/KH-BTT về việc tổ chức "
     "Ngày hội Đại đoàn kết toàn dân tộc năm 2018.\n", "20/KH-BTT", date(2018, 10, 15), "Phong Điền"),
    ("Ủy ban MTTQ Việt Nam xã Tân Hòa ban hành kế hoạch giám sát năm 2021\nNgày 3/3/2021, UBMTTQ xã ban hành "
     "Kế hoạch số 05/KH-MTTQ về giám sát đầu tư của cộng đồng.\n", "05/KH-MTTQ", date(2021, 3, 3), "Tân Hòa"),
    ("Mặt trận Tổ quốc huyện Krông Pắc ban hành Hướng dẫn tổ chức Ngày hội\nNgày 20/9/2022, Ủy ban MTTQ Việt Nam "
     "huyện đã ban hành Hướng dẫn số 12/HD-MTTQ-BTT về tổ chức Ngày hội.\n", "12/HD-MTTQ-BTT", date(2022, 9, 20),
     "Krông Pắc"),
    ("HĐND tỉnh Bình Định ban hành Nghị quyết về chính sách hỗ trợ\nNgày 10/12/2020, Hội đồng nhân dân tỉnh đã "
     "ban hành Nghị quyết số 25/2020/NQ-HĐND về chính sách hỗ trợ.\n", "25/2020/NQ-HĐND", date(2020, 12, 10),
     "Bình Định"),
    ("Huyện ủy ban hành Kế hoạch học tập chuyên đề năm 2023\nNgày 2/3/2023, Đảng ủy xã Tân Lập đã ban hành Kế "
     "hoạch số 12-KH/ĐU về học tập chuyên đề.\n", None, None, None),
    ("UBMTTQ huyện ban hành Kế hoạch giám sát năm 2022\nNgày 5/4/2022, UBND huyện đã ban hành Kế hoạch số "
     "30/KH-UBND về giám sát.\n", None, None, None),
])
def test_headline_and_lead_spelling_one_body_two_ways(text, number, issued_on, place):
    h = header(text)
    assert (h.number, h.issued_on) == (number, issued_on)
    if place is not None:
        assert h.issuer is not None and place in h.issuer.name


# blind8: units are upgraded, not downgraded (huyện -> thị xã -> thành phố or quận; xã -> thị trấn -> phường),
# and the gazetteer is the map of 2025: the kind a document writes rules out only units of a lower rank.
# 'huyện Phong Điền' of 2018 may be today's thị xã Phong Điền (Thừa Thiên Huế) or huyện Phong Điền (Cần Thơ):
# unknown, with a warning; 'thị xã Sơn Tây' is never huyện Sơn Tây (Quảng Ngãi).
@pytest.mark.parametrize(("head", "province", "body"), [
    ("ỦY BAN NHÂN DÂN\nHUYỆN PHONG ĐIỀN\nSố: 45/KH-UBND\nPhong Điền, ngày 12 tháng 3 năm 2018\n", None, ""),
    ("HUYỆN ỦY PHONG ĐIỀN\n*\nSố 12-KH/HU\nPhong Điền, ngày 5 tháng 6 năm 2019\n", None, ""),
    ("ỦY BAN NHÂN DÂN\nTHỊ XÃ SƠN TÂY\nSố: 207/KH-UBND\nSơn Tây, ngày 24 tháng 5 năm 2024\n", "Hà Nội", ""),
    ("ỦY BAN NHÂN DÂN\nTHỊ XÃ PHONG ĐIỀN\nSố: 88/KH-UBND\nPhong Điền, ngày 2 tháng 4 năm 2023\n",
     "Thừa Thiên Huế", ""),
    ("ỦY BAN NHÂN DÂN\nHUYỆN PHONG ĐIỀN\nSố: 45/KH-UBND\nPhong Điền, ngày 12 tháng 3 năm 2018\n", "Cần Thơ",
     "Thực hiện Kế hoạch số 10/KH-UBND của UBND thành phố Cần Thơ, UBND huyện ban hành Kế hoạch như sau:\n"),
])
def test_a_written_unit_kind_rules_out_only_lower_kinds(head, province, body):
    h = header(head + "KẾ HOẠCH\nTổ chức Ngày hội Đại đoàn kết\n" + body + "I. MỤC ĐÍCH\n")
    assert h.issuer is not None and h.issuer.level == "district"
    assert h.issuer.locality.province == province
    if province is None:
        assert any("ambiguous" in w for w in h.warnings)


# blind8: a board every unit has, numbered with its topic glued to its code ('BCĐPCGD', 'BQLDA', 'BCĐ389'),
# under its committee's line in the header, is of that committee's unit: the code names no ministry.
@pytest.mark.parametrize(("head", "level", "district"), [
    ("UBND HUYỆN NGA SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN CHỈ ĐẠO PCGD, XMC\nĐộc lập – Tự do – Hạnh phúc\n"
     "Số: 255/BC-BCĐPCGD\nNga Sơn, ngày 13 tháng 11 năm 2020\n", "district", "Nga Sơn"),
    ("ỦY BAN NHÂN DÂN HUYỆN TIÊN LÃNG\nBAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH\nSố: 12/KH-BCĐPCD\nTiên Lãng, ngày 2 tháng 3 "
     "năm 2022\n", "district", "Tiên Lãng"),
    ("UBND HUYỆN KIM ĐỘNG\nBAN CHỈ ĐẠO 389\nSố: 07/KH-BCĐ389\nKim Động, ngày 5 tháng 1 năm 2023\n",
     "district", "Kim Động"),
    ("UBND TỈNH LAI CHÂU\nBAN CHỈ ĐẠO THI HÀNH ÁN\nSố: 45/KH-BCĐTHA\nLai Châu, ngày 9 tháng 4 năm 2021\n",
     "province", None),
])
def test_a_local_board_numbered_with_its_topic(head, level, district):
    h = header(head + "KẾ HOẠCH\nTriển khai công tác năm\nI. MỤC ĐÍCH\n")
    assert h.issuer is not None and h.issuer.level == level
    assert h.issuer.locality.district == district


# blind8: a two-column header read line by line leaves a number's dangling dash on its line and its last code
# alone on a later one, past the other column's place-date line or motto: the code completes the number. A
# number with no dangling dash, or a later line that is no lone code (a type heading), is left as it is.
@pytest.mark.parametrize(("head", "number"), [
    ("UBND HUYỆN NGA SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN CHỈ ĐẠO PCGD, XMC\nĐộc lập – Tự do – Hạnh phúc\n"
     "Số: 255 / BC-BCĐPCGD-\nNga Sơn, ngày 13 tháng 11 năm 2020\nXMC\nBÁO CÁO\n", "255/BC-BCĐPCGD-XMC"),
    ("ỦY BAN TRUNG ƯƠNG\nMẶT TRẬN TỔ QUỐC VIỆT NAM\nSố: 26/NQ-MTTW-\nHà Nội, ngày 5 tháng 3 năm 2024\nĐCT\n"
     "NGHỊ QUYẾT\n", "26/NQ-MTTW-ĐCT"),
    ("ỦY BAN MTTQ VIỆT NAM\nTỈNH HÀ GIANG\nSố: 15/HD-MTTQ –\nĐộc lập - Tự do - Hạnh phúc\nBTT\n"
     "Hà Giang, ngày 2 tháng 6 năm 2022\nHƯỚNG DẪN\n", "15/HD-MTTQ-BTT"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN TIÊN LÃNG\nSố: 120/UBND-\nVX\nTiên Lãng, ngày 4 tháng 4 năm 2023\n"
     "V/v triển khai Kế hoạch số 53/KH-UBND\n", "120/UBND-VX"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN NGA SƠN\nSố: 45/KH-UBND\nNga Sơn, ngày 13 tháng 11 năm 2020\nXMC\nKẾ HOẠCH\n",
     "45/KH-UBND"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN NGA SƠN\nSố: 45/KH-UBND-\nNga Sơn, ngày 13 tháng 11 năm 2020\nKẾ HOẠCH\n"
     "Phòng chống dịch\n", "45/KH-UBND"),
])
def test_a_number_whose_last_code_wrapped_into_its_own_cell(head, number):
    h = header(head + "Nội dung như sau:\nI. MỤC ĐÍCH\n")
    assert h.number == number


# blind8: a department's branch ('Chi cục Chăn nuôi và Thú y', 'Chi cục Kiểm lâm') is named by its sector; with
# no unit word it is a provincial department's (province level, of the province the text names), with one it is
# that unit's ('Chi cục Thuế huyện Kim Động'). A branch given the work it sends out ('... được giao ...') is the
# subject of its letter; 'được' is no part of its name.
@pytest.mark.parametrize(("text", "name", "level", "province"), [
    ("Thực hiện ý kiến chỉ đạo của Phó chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp ngày 09/7/2020 của Ban chỉ đạo "
     "tỉnh Bắc Kạn, Chi cục Chăn nuôi và Thú y được giao xây dựng tài liệu tuyên truyền.\nĐề nghị Ủy ban nhân dân "
     "các huyện chỉ đạo thực hiện./.\n", "Chi cục Chăn nuôi và Thú y", "province", "Bắc Kạn"),
    ("Thực hiện Công điện của Thủ tướng Chính phủ, Chi cục Kiểm lâm đề nghị Hạt Kiểm lâm các huyện tăng cường "
     "tuần tra rừng trong mùa khô năm 2023 trên địa bàn tỉnh Gia Lai./.\n", "Chi cục Kiểm lâm", "province",
     "Gia Lai"),
    ("Thực hiện Kế hoạch của UBND tỉnh Hưng Yên, Chi cục Thuế huyện Kim Động đề nghị UBND các xã, thị trấn phối "
     "hợp thu ngân sách năm 2022./.\n", "Chi cục Thuế huyện Kim Động", "district", "Hưng Yên"),
    ("Để chủ động phòng, chống dịch, Chi cục Thú y đề nghị các trạm thú y huyện triển khai tiêm phòng vụ xuân./.\n",
     "Chi cục Thú y", "province", None),
])
def test_a_departments_branch_as_the_letters_subject(text, name, level, province):
    h = header(text)
    assert h.issuer is not None and h.issuer.name.startswith(name)
    assert "được" not in h.issuer.name
    assert (h.issuer.level, h.issuer.locality.province) == (level, province)


# blind8: a lead telling that a body issued several documents of one type ('đã ban hành các Quyết định công
# nhận ...', 'các Kế hoạch triển khai ...'), the type word written as a name, gives the page's type without a
# number; a report's 'đã ban hành các kế hoạch, văn bản chỉ đạo' (common nouns) names no document.
@pytest.mark.parametrize(("text", "doc_type", "issuer"), [
    ("Vĩnh Linh: Công nhận 3 thị trấn đạt chuẩn đô thị văn minh năm 2023\n\nVừa qua, UBND huyện Vĩnh Linh đã ban "
     "hành các Quyết định công nhận 3 thị trấn đạt chuẩn đô thị văn minh năm 2023.\n", "QĐ", "Vĩnh Linh"),
    ("Ngày 5/3/2024, UBND huyện Krông Pắc đã ban hành các Kế hoạch triển khai Tháng hành động vì trẻ em năm 2024 "
     "trên địa bàn huyện.\n", "KH", "Krông Pắc"),
    ("Vừa qua, Ban Thường vụ Huyện ủy Gia Lâm đã ban hành các Chỉ thị về lãnh đạo tổ chức Tết Nguyên đán.\n", "CT",
     "Gia Lâm"),
    ("Năm 2023, UBND huyện Krông Pắc đã ban hành các kế hoạch, văn bản chỉ đạo triển khai công tác phòng, chống "
     "dịch bệnh.\n", None, None),
])
def test_a_lead_issuing_several_documents_of_one_type(text, doc_type, issuer):
    h = header(text)
    assert h.doc_type == doc_type and h.number is None
    if issuer is not None:
        assert h.issuer is not None and issuer in h.issuer.name
# blind9: a headline or lead that ends with an unqualified body ('... của Ban Thường vụ Tỉnh ủy') over the
# page's posting line, which opens with a weekday ('Chủ nhật - 12/09/2021 21:08', 'Thứ Tư, 26/06/2024'): a
# weekday opens a new paragraph and is never the body's place ('Chủ' is no 'Chũ'), while a place that wraps
# onto the next line still completes the name.
@pytest.mark.parametrize(("text", "name", "province"), [
    ("Ban Tuyên giáo Tỉnh ủy trân trọng giới thiệu toàn văn Nghị quyết số 11-NQ/TU, ngày 18/8/2021 của Ban "
     "Thường vụ Tỉnh ủy\n\nChủ nhật - 12/09/2021 21:08 470 0\nNGHỊ QUYẾT\n", "Ban Thường vụ Tỉnh ủy", None),
    ("Giới thiệu toàn văn Chỉ thị số 20-CT/TU, ngày 3/4/2023 của Ban Thường vụ Tỉnh ủy\n\nThứ Hai, 10/04/2023 - "
     "08:15\nCHỈ THỊ\n", "Ban Thường vụ Tỉnh ủy", None),
    ("Trân trọng giới thiệu toàn văn Kết luận số 45-KL/TU ngày 5/5/2022 của Thường trực Tỉnh ủy\nTHỨ BA, 12/5/2022 09:00 | Lượt xem: "
     "120\nKẾT LUẬN\n", "Thường trực Tỉnh ủy", None),
    ("Giới thiệu toàn văn Chương trình số 01-CTr/TU ngày 5/11/2020 của Tỉnh ủy\n\nThứ năm, ngày 05/11/2020\n",
     "Tỉnh ủy", None),
    ("Giới thiệu toàn văn Nghị quyết số 11-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy\nQuảng Trị về phát triển "
     "khoa học\n", "Ban Thường vụ Tỉnh ủy Quảng Trị", "Quảng Trị"),
])
def test_weekday_of_a_posting_line_is_no_place_of_the_body_above(text, name, province):
    h = header(text)
    assert h.issuer is not None and h.issuer.name == name and h.issuer.locality.province == province


# blind9: the own number of a Party body numbered with its term ('Số 3260-KH/ĐĐQH15' under 'ĐẢNG ĐOÀN QUỐC
# HỘI'), also in Markdown bold lines.
@pytest.mark.parametrize(("text", "number"), [
    ("**BAN CHẤP HÀNH TRUNG ƯƠNG**\n**ĐẢNG ĐOÀN QUỐC HỘI**\n\nSố 3260-KH/ĐĐQH15\n\nHà Nội, ngày 10 tháng 01 năm "
     "2025\n\n**KẾ HOẠCH**\n\n**triển khai thực hiện Nghị quyết**\n", "3260-KH/ĐĐQH15"),
    ("ĐẢNG ĐOÀN QUỐC HỘI\n*\nSố: 12-NQ/ĐĐQH14\nHà Nội, ngày 5 tháng 3 năm 2020\nNGHỊ QUYẾT\nvề công tác\n",
     "12-NQ/ĐĐQH14"),
    ("ĐẢNG ỦY QUỐC HỘI\nSố 73-KH/ĐUQH15\nHà Nội, ngày 25 tháng 8 năm 2025\nKẾ HOẠCH\nthực hiện Quy định\n",
     "73-KH/ĐUQH15"),
])
def test_own_number_of_a_party_body_with_its_term(text, number):
    assert header(text).number == number


# blind9: the board or office of a Party committee named by the body it serves ('ĐẢNG ỦY CHÍNH PHỦ' /
# 'VĂN PHÒNG', 'ĐẢNG ỦY QUỐC HỘI' / 'BAN TỔ CHỨC', 'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH' / 'VĂN PHÒNG'): the
# organ keeps the committee's whole name and its level, as under a committee of a place.
_UNDER = "\n*\nSố 402-CV/VPĐU\nV/v xin ý kiến\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 25 tháng 5 năm 2025\nKính gửi: các đồng chí\nNội dung.\n"


@pytest.mark.parametrize(("top", "name", "level"), [
    ("ĐẢNG ỦY CHÍNH PHỦ\nVĂN PHÒNG", "Văn phòng Đảng ủy Chính phủ", "central"),
    ("**ĐẢNG ỦY CHÍNH PHỦ**\n**VĂN PHÒNG**", "Văn phòng Đảng ủy Chính phủ", "central"),
    ("ĐẢNG ỦY QUỐC HỘI\nBAN TỔ CHỨC", "Ban Tổ chức Đảng ủy Quốc hội", "central"),
    ("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TRUNG ƯƠNG\nBAN TUYÊN GIÁO", "Ban Tuyên giáo Đảng ủy các cơ quan Đảng Trung ương",
     "central"),
    ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\nVĂN PHÒNG", "Văn phòng Đảng ủy Khối các cơ quan tỉnh", "province"),
    ("TỈNH ỦY QUẢNG NAM\nVĂN PHÒNG", "Văn phòng Tỉnh ủy Quảng Nam", "province"),
    ("HUYỆN ỦY TIÊN LÃNG\nBAN TUYÊN GIÁO", "Ban Tuyên giáo Huyện ủy Tiên Lãng", "district"),
])
def test_organ_under_a_party_committee_of_a_body(top, name, level):
    h = header(top + _UNDER)
    assert h.issuer is not None and (h.issuer.name.casefold(), h.issuer.level) == (name.casefold(), level)


# blind9: a letter with neither header nor lead whose writer is the subject of its request ('Thực hiện ...,
# Ban Xây dựng Đảng trân trọng đề nghị: ...', 'UBND huyện kính đề nghị ...'): the courtesy word between
# subject and verb keeps the subject the writer; an addressee after 'Kính gửi:' stays no writer. 'Ban Xây
# dựng Đảng' is the board a commune Party committee has had since July 2025 (its level is not in its name).
@pytest.mark.parametrize(("text", "name", "level"), [
    ("Thực hiện Công văn số 440-CV/BTGDVTU ngày 22/7/2025 của Ban Tuyên giáo và Dân vận Thành ủy, Ban Thường vụ "
     "Huyện ủy trân trọng đề nghị: Ủy ban nhân dân các xã triển khai.\n", "Ban Thường vụ Huyện ủy", "district"),
    ("Thực hiện chỉ đạo của Thường trực Đảng ủy, Ban Xây dựng Đảng trân trọng đề nghị: Ủy ban nhân dân xã; Ủy "
     "ban Mặt trận Tổ quốc xã triển khai.\n", "Ban Xây dựng Đảng", None),
    ("Để kịp thời triển khai Kế hoạch số 12-KH/TU ngày 3/3/2025, Văn phòng Tỉnh ủy trân trọng đề nghị các đồng "
     "chí Ủy viên Ban Thường vụ cho ý kiến.\n", "Văn phòng Tỉnh ủy", "province"),
    ("Thực hiện Kế hoạch số 20/KH-UBND ngày 5/5/2024 của UBND tỉnh, Ủy ban nhân dân huyện Tiên Lãng kính đề "
     "nghị các xã, thị trấn báo cáo.\n", "Ủy ban nhân dân huyện Tiên Lãng", "district"),
    ("Kính gửi: Ban Thường vụ Tỉnh ủy\nTrân trọng đề nghị các đồng chí cho ý kiến.\n", None, None),
])
def test_courtesy_word_between_the_writer_and_its_request(text, name, level):
    h = header(text)
    assert (h.issuer.name if h.issuer else None, h.issuer.level if h.issuer else None) == (name, level)


# blind9: a board named bare ('Ban Xây dựng Đảng', 'Ban Tuyên giáo', 'Văn phòng') that writes on the direction
# of its own committee's standing office ('Thực hiện ... chỉ đạo của Thường trực Đảng ủy xã Trần Phú ..., Ban
# Xây dựng Đảng trân trọng đề nghị'): it is that committee's board; a direction from another board or a
# board already named with its committee leaves it as written.
@pytest.mark.parametrize(("text", "name", "level"), [
    ("Thực hiện chỉ đạo của Thường trực Đảng ủy xã Trần Phú về đẩy mạnh phong trào, Ban Xây dựng Đảng trân "
     "trọng đề nghị: Ủy ban nhân dân xã triển khai.\n", "Ban Xây dựng Đảng Đảng ủy xã Trần Phú", "commune"),
    ("Thực hiện ý kiến chỉ đạo của Ban Thường vụ Huyện ủy Tiên Lãng, Ban Tuyên giáo đề nghị các chi bộ tổ chức "
     "tuyên truyền.\n", "Ban Tuyên giáo Huyện ủy Tiên Lãng", "district"),
    ("Thực hiện kết luận của Thường trực Tỉnh ủy tại cuộc họp ngày 3/3/2025, Văn phòng đề nghị các sở báo "
     "cáo.\n", "Văn phòng Tỉnh ủy", "province"),
    ("Thực hiện chỉ đạo của Ban Tuyên giáo Trung ương, Ban Tuyên giáo đề nghị các đơn vị tuyên truyền.\n",
     "Ban Tuyên giáo", None),
    ("Thực hiện chỉ đạo của Thường trực Tỉnh ủy, Ban Tuyên giáo Huyện ủy Tiên Lãng đề nghị các chi bộ tuyên "
     "truyền.\n", "Ban Tuyên giáo Huyện ủy Tiên Lãng", "district"),
])
def test_bare_board_acting_on_its_committees_direction(text, name, level):
    h = header(text)
    assert h.issuer is not None and (h.issuer.name.split(" (")[0], h.issuer.level) == (name, level)


# blind9: an undated letter that cites a document dated after 1 July 2025 ('Thực hiện ... Công văn số
# 440-CV/BTGDVTU ngày 22/7/2025 ...') was written after it, so its own places are read on the map of the
# 34 provinces (a new ward named like an old district, a commune name shared by old units); a cited date
# before the change, or a deadline's date, leaves the old map.
@pytest.mark.parametrize(("text", "province", "district", "commune"), [
    ("Thực hiện chỉ đạo của Ban Tuyên giáo và Dân vận Thành ủy tại Công văn số 440-CV/BTGDVTU ngày 22/7/2025 "
     "và chỉ đạo của Thường trực Đảng ủy xã Trần Phú về phong trào trên địa bàn Thành phố Hà Nội, Ban Xây dựng "
     "Đảng trân trọng đề nghị: Ủy ban nhân dân xã triển khai.\n", "Hà Nội", None, "Trần Phú"),
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 15/8/2025 của UBND Thành phố Hà Nội, UBND phường Hoàn Kiếm đề "
     "nghị các tổ dân phố triển khai.\n", "Hà Nội", None, "Hoàn Kiếm"),
    ("Thực hiện Kế hoạch số 53/KH-UBND ngày 7/3/2024 của UBND huyện Tiên Lãng, UBND xã Tự Cường đề nghị các "
     "thôn triển khai.\n", "Hải Phòng", "Tiên Lãng", "Tự Cường"),
    ("UBND xã Tự Cường đề nghị các thôn hoàn thành trước ngày 30/9/2025.\n", "Hải Phòng", "Tiên Lãng",
     "Tự Cường"),
])
def test_undated_letter_citing_a_document_after_the_2025_map(text, province, district, commune):
    loc = header(text).issuer.locality
    assert (loc.province, loc.district, loc.commune) == (province, district, commune)


# blind9: a news body that names its document only by type, in an opening phrase whose subject is the
# issuer ('Trong kế hoạch, Ban Thường vụ Tỉnh ủy đã nhấn mạnh 5 nguyên tắc ...', 'Theo Chỉ thị, Ban Thường vụ
# Huyện ủy yêu cầu ...'): the type and the issuer are the page's; a phrase of time ('Trong năm 2024, ...')
# names no document.
@pytest.mark.parametrize(("text", "doc_type", "name"), [
    ("Mục đích của Kế hoạch nhằm bố trí hợp lý đội ngũ cán bộ.\nTrong kế hoạch, Ban Thường vụ Tỉnh ủy đã nhấn "
     "mạnh 5 nguyên tắc luân chuyển cán bộ.\n", "KH", "Ban Thường vụ Tỉnh ủy"),
    ("Theo Chỉ thị, Ban Thường vụ Huyện ủy yêu cầu các cấp ủy tăng cường lãnh đạo công tác phòng cháy.\n", "CT",
     "Ban Thường vụ Huyện ủy"),
    ("Tại Công văn này, UBND tỉnh đề nghị các sở, ngành rà soát các dự án chậm tiến độ.\n", "CV", "UBND tỉnh"),
    ("Trong Kế hoạch, Ủy ban nhân dân huyện xác định mục tiêu đến năm 2030 có 100% xã đạt chuẩn.\n", "KH",
     "Ủy ban nhân dân huyện"),
    ("Trong năm 2024, Ban Thường vụ Tỉnh ủy đã nhấn mạnh công tác cán bộ là then chốt.\n", None, None),
])
def test_document_named_by_type_with_its_issuer_as_subject(text, doc_type, name):
    h = header(text)
    assert (h.doc_type, h.issuer.name if h.issuer else None) == (doc_type, name)


# blind9: a signature block with no T/M or K/T mark, the office-holder signing in his own name ('CHÁNH VĂN
# PHÒNG' / 'Trần Văn Sơn', a '(Đã ký)' or stamp note around them), and a block followed by an attached draft
# after a rule ('---'): the title over the name is the signer's, and the block is read before the
# attachment; a caps line that is no office ('DANH SÁCH') gives no title.
_LETTER = ("ĐẢNG ỦY CHÍNH PHỦ\nVĂN PHÒNG\n*\nSố 402-CV/VPĐU\nV/v xin ý kiến\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 25 "
           "tháng 5 năm 2025\nKính gửi: các đồng chí\nNội dung.\nTrân trọng./.\nNơi nhận:\n- Như trên,\n- Lưu: VT.\n\n")


@pytest.mark.parametrize(("tail", "name", "title"), [
    ("(Đã ký)\nCHÁNH VĂN PHÒNG\nTrần Văn Sơn\n(Dấu của VĂN PHÒNG ĐẢNG ỦY CHÍNH PHỦ)\n\n---\n\nDỰ THẢO BÁO CÁO Kết "
     "quả\n\nĐẢNG ỦY CHÍNH PHỦ\nSố: - CV/ĐU\nKính gửi: Văn phòng Trung ương Đảng\nTriển khai thực hiện.\n",
     "Trần Văn Sơn", "Chánh văn phòng"),
    ("CHÁNH VĂN PHÒNG\n\n(đã ký)\n\nNguyễn Văn Hùng\n", "Nguyễn Văn Hùng", "Chánh văn phòng"),
    ("TRƯỞNG BAN\n\nLê Thị Hoa\n", "Lê Thị Hoa", "Trưởng ban"),
    ("PHÓ TRƯỞNG BAN THƯỜNG TRỰC\nHoàng Văn Nam\n", "Hoàng Văn Nam", "Phó trưởng ban thường trực"),
    ("DANH SÁCH\nNguyễn Văn An\n", "Nguyễn Văn An", None),
])
def test_signer_in_his_own_name_and_before_an_attachment(tail, name, title):
    s = header(_LETTER + tail).signer
    assert s is not None and (s.name, s.title.casefold() if s.title else None) == (name, title and title.casefold())


# blind10: a sector's Party committee at a unit ('Đảng ủy Công an tỉnh', 'Đảng ủy Quân sự huyện', 'Đảng ủy Bộ
# đội Biên phòng tỉnh') is at the level its unit word names; the sector ('Công', 'Quân', 'Biên') is no place.
# The committees directly under the Central Committee stay central, a commune's stays a commune's.
@pytest.mark.parametrize(("phrase", "level", "place"), [
    ("Đảng ủy Công an tỉnh", "province", None),
    ("Ban Thường vụ Đảng ủy Quân sự huyện Gia Lâm", "district", "Gia Lâm"),
    ("ĐẢNG ỦY CÔNG AN TỈNH THANH HÓA", "province", "Thanh Hóa"),
    ("Đảng ủy Bộ đội Biên phòng tỉnh", "province", None),
    ("Đảng ủy Quân sự thị xã Sơn Tây", "district", "Sơn Tây"),
    ("Đảng ủy Công an Trung ương", "central", None),
    ("Đảng ủy xã Tự Cường", "commune", "Tự Cường"),
])
def test_sector_party_committee_at_its_unit(phrase, level, place):
    body = parse_body(phrase)
    assert body is not None and body.fixed_level == level and body.place == place


@pytest.mark.parametrize(("text", "number", "name", "level"), [
    ("Nhằm đẩy nhanh tiến độ đại hội, Đảng ủy Công an tỉnh đã ban hành Kế hoạch số 71-KH/ĐUCA; trong đó các "
     "chi bộ hoàn thành trước ngày 30-3-2020.\n", "71-KH/ĐUCA", "Đảng ủy Công an tỉnh", "province"),
    ("Ngày 3/1/2024, Đảng ủy Quân sự tỉnh đã ban hành Nghị quyết số 12-NQ/ĐU về lãnh đạo thực hiện nhiệm vụ "
     "năm 2024.\n", "12-NQ/ĐU", "Đảng ủy Quân sự tỉnh", "province"),
    ("Vừa qua, Ban Thường vụ Đảng ủy Công an huyện Gia Lâm ban hành Kế hoạch số 15-KH/ĐU về học tập Nghị quyết.\n",
     "15-KH/ĐU", "Đảng ủy Công an huyện Gia Lâm", "district"),
    ("Ngày 9/3/2022, Đảng ủy Bộ đội Biên phòng tỉnh đã ban hành Chỉ thị số 05-CT/ĐU về tuần tra biên giới.\n",
     "05-CT/ĐU", "Đảng ủy Bộ đội Biên phòng tỉnh", "province"),
])
def test_lead_of_a_sector_party_committee(text, number, name, level):
    h = header(text)
    assert str(h.number) == number
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold() and h.issuer.level == level


# blind10: a clause's subject is where a body's name starts: a byline or a stray word glued before it over a
# line break ('V.Mạnh' / 'Ban Thường trực ...', a slip 'Ủy ban Ban MTTQ') is cut off; a subject naming no body
# ('... miền núi Bắc Bộ xây dựng chương trình', work given to others) is no clause, so a lead's own issuer
# stands; a body's term between its name and the verb ('... khoá VIII, nhiệm kỳ 2019 – 2024 xây dựng
# chương trình') belongs to the clause.
@pytest.mark.parametrize(("text", "name", "level", "province"), [
    ("Vĩnh Phúc: Đảm bảo thiết thực trong tổ chức Ngày hội\n\nV.Mạnh\n\nBan Thường trực Ủy ban MTTQ Việt Nam "
     "tỉnh Vĩnh Phúc hướng dẫn việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2018.\n",
     "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Phúc", "province", "Vĩnh Phúc"),
    ("Tin hoạt động\n\nHoàng Anh\nỦy ban nhân dân huyện Gia Lâm xây dựng Kế hoạch tổ chức Tết Trồng cây năm "
     "2021 như sau:\nI. MỤC ĐÍCH\n", "Ủy ban nhân dân huyện Gia Lâm", "district", "Hà Nội"),
    ("Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;\nỦy ban MTTQ Việt Nam tỉnh Bình Thuận khoá VIII, nhiệm kỳ 2019 – "
     "2024 xây dựng chương trình hoạt động toàn khóa như sau:\nI. CHƯƠNG TRÌNH\n",
     "Ủy ban MTTQ Việt Nam tỉnh Bình Thuận", "province", "Bình Thuận"),
    ("Căn cứ Điều lệ Hội;\nBan Chấp hành Hội Nông dân tỉnh Nghệ An khóa X, nhiệm kỳ 2023-2028 ban hành Chương "
     "trình công tác toàn khóa như sau:\n1. Mục tiêu\n", "Hội Nông dân tỉnh Nghệ An", "province", "Nghệ An"),
    ("Ngày 26/5, đồng chí Võ Văn Thưởng, Thường trực Ban Bí thư, thay mặt Bộ Chính trị ký ban hành Kế hoạch "
     "triển khai Nghị quyết số 11-NQ/TW.\nBản kế hoạch là căn cứ để các bộ, ngành và tỉnh ủy các địa phương vùng "
     "trung du và miền núi Bắc Bộ xây dựng chương trình hành động.\n", "Bộ Chính trị", "central", None),
])
def test_clause_subject_starts_at_a_body(text, name, level, province):
    h = header(text)
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold()
    assert (h.issuer.level, h.issuer.locality.province) == (level, province)


@pytest.mark.parametrize("text", [
    "Theo kế hoạch, các tỉnh vùng Đông Nam Bộ xây dựng kế hoạch phát triển du lịch năm 2024.\n",
    "Đề nghị các xã thuộc vùng Tây Nam Bộ xây dựng kế hoạch phòng, chống hạn mặn.\n",
])
def test_a_region_building_a_plan_is_no_issuer(text):
    h = header(text)
    assert h.issuer is None or "Bộ" not in h.issuer.name


# blind10: an ad hoc board named by its task with its short form in brackets before the verb ('... tỉnh (BCĐ)
# ban hành kế hoạch số 2080/KH-BCĐ'): the bracket ends the name as the verb would; a board that 'đã ban hành'
# an earlier document, or one cited ('của ...'), still is not the issuer.
@pytest.mark.parametrize(("text", "name", "level", "district"), [
    ("Ngày 16/6/2020, Ban Chỉ đạo Hoạt động hè và Chiến dịch thanh niên tình nguyện tỉnh (BCĐ) ban hành kế hoạch "
     "số 2080/KH-BCĐ về việc tổ chức Hoạt động hè năm 2020.\n",
     "Ban Chỉ đạo Hoạt động hè và Chiến dịch thanh niên tình nguyện tỉnh", "province", None),
    ("Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Tiên Lãng (BCĐ) xây dựng Kế hoạch tiêm chủng như sau:\n",
     "Ban Chỉ đạo phòng, chống dịch COVID-19 huyện Tiên Lãng", "district", "Tiên Lãng"),
    ("Thực hiện chỉ đạo của tỉnh, Ban chỉ đạo công tác giảm nghèo huyện (BCĐ) ban hành Kế hoạch rà soát hộ nghèo "
     "năm 2022.\n", "Ban chỉ đạo công tác giảm nghèo huyện", "district", None),
    ("Ban Chỉ đạo thi hành án dân sự tỉnh (BCĐTHA), ban hành Kế hoạch số 45/KH-BCĐTHA về thi hành án năm 2023.\n",
     "Ban Chỉ đạo thi hành án dân sự tỉnh", "province", None),
])
def test_ad_hoc_board_with_its_short_form_before_the_verb(text, name, level, district):
    h = header(text)
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold() and "(" not in h.issuer.name
    assert (h.issuer.level, h.issuer.locality.district) == (level, district)


@pytest.mark.parametrize("text", [
    "Thực hiện Kế hoạch số 47/KH-BCĐ của Ban Chỉ đạo phòng, chống dịch tỉnh (BCĐ) ban hành Kế hoạch như sau:\n",
    "Năm 2021, Ban Chỉ đạo Chăm sóc sức khỏe nhân dân huyện (BCĐ) đã ban hành Kế hoạch hưởng ứng ngày ASEAN.\n",
])
def test_ad_hoc_board_short_form_of_another_document_is_no_issuer(text):
    h = header(text)
    assert h.issuer is None or "ban chỉ đạo" not in h.issuer.name.casefold()


# blind10: a body whose level the text does not tell (a university's, a hospital's, a company's Party
# organisation) under a place-date line naming a province is in that province, its level still null; a
# district's or a town's name on that line tells no province, nor does Hà Nội, where every central body writes.
@pytest.mark.parametrize(("text", "province"), [
    ("ĐẠI HỘI ĐẠI BIỂU                       ĐẢNG CỘNG SẢN VIỆT NAM\n\nĐẢNG BỘ TRƯỜNG ĐẠI HỌC VINH\n\n"
     "                 LẦN THỨ XXXII                             Nghệ An, ngày 03 tháng 06 năm 2020\n\n"
     "                   Số 01-NQ/ĐH\n\nNGHỊ QUYẾT\n\nĐại hội đại biểu Đảng bộ Trường lần thứ XXXII\n", "Nghệ An"),
    ("ĐẢNG BỘ BỆNH VIỆN CHỢ RẪY\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 12-KH/ĐU\nThành phố Hồ Chí Minh, ngày 5 tháng 3 năm "
     "2021\nKẾ HOẠCH\nHọc tập Nghị quyết\n", "Hồ Chí Minh"),
    ("ĐẢNG BỘ TRƯỜNG ĐẠI HỌC TÂY NGUYÊN\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 25-KH/ĐU\nĐắk Lắk, ngày 9 tháng 4 năm 2022\n"
     "KẾ HOẠCH\nTổ chức đại hội chi bộ\n", "Đắk Lắk"),
    ("ĐẢNG BỘ TRƯỜNG ĐẠI HỌC BÁCH KHOA\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 30-KH/ĐU\nHà Nội, ngày 9 tháng 4 năm 2022\n"
     "KẾ HOẠCH\nTổ chức đại hội chi bộ\n", None),
    ("ĐẢNG BỘ CÔNG TY CỔ PHẦN MAY\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 08-KH/ĐU\nGia Lâm, ngày 9 tháng 4 năm 2022\n"
     "KẾ HOẠCH\nTổ chức đại hội chi bộ\n", None),
])
def test_a_body_of_unknown_level_is_in_the_province_of_its_place_line(text, province):
    h = header(text)
    assert h.issuer is not None
    if h.issuer.level is None:
        assert h.issuer.locality.province == province
    else:
        assert h.issuer.locality.province in (province, None)


# blind10: the code 'ĐU' hints at a commune's Party committee; one named by an agency or an enterprise ('Ban
# Thường vụ Đảng ủy NHPT', 'Đảng ủy Vietcombank') names no commune, so its level is left null with a
# warning; a commune's committee, named with or without its unit word, stays a commune's.
@pytest.mark.parametrize(("text", "level"), [
    ("Ngày 10/12/2019, Ban Thường vụ Đảng ủy NHPT đã ban hành Kế hoạch số 101-KH/ĐU về tổ chức đại hội đảng các "
     "cấp.\n", None),
    ("Ngày 5/5/2020, Đảng ủy Vietcombank đã ban hành Kế hoạch số 45-KH/ĐU về đại hội chi bộ.\n", None),
    ("Ngày 5/5/2020, Đảng ủy EVNNPC đã ban hành Kế hoạch số 12-KH/ĐU về học tập Nghị quyết.\n", None),
    ("Ngày 5/5/2020, Đảng ủy xã Tự Cường đã ban hành Kế hoạch số 25-KH/ĐU về đại hội chi bộ.\n", "commune"),
    ("ĐẢNG BỘ HUYỆN TIÊN LÃNG\nĐẢNG ỦY XÃ TỰ CƯỜNG\nSố: 26-KH/ĐU\nTự Cường, ngày 8 tháng 3 năm 2024\nKẾ HOẠCH\n"
     "Thực hiện Chương trình hành động\n", "commune"),
])
def test_party_committee_named_by_no_commune_has_no_commune_level(text, level):
    h = header(text)
    assert h.issuer is not None and h.issuer.level == level
    if level is None:
        assert "issuer level unknown" in h.warnings


# blind10: a page whose headline deploys a plan under a body's short name ('Mặt trận Tổ quốc xã triển khai Kế
# hoạch ...') and whose lead names the same body with its place ('Ngày 28 tháng 10 năm 2016, Ủy ban Mặt trận Tổ
# quốc Việt Nam xã Mỹ Thạnh triển khai kế hoạch ...'): the lead's placed name; another body in the lead, or a
# headline already naming its place, keeps the headline's.
@pytest.mark.parametrize(("text", "name"), [
    ("Mặt trận Tổ quốc xã triển khai Kế hoạch tổ chức ngày hội đại đoàn kết toàn dân tộc\n\nNgày 28 tháng 10 năm "
     "2016, Ủy ban Mặt trận Tổ quốc Việt Nam xã Mỹ Thạnh triển khai kế hoạch tổ chức ngày hội ở khu dân cư.\n",
     "Ủy ban Mặt trận Tổ quốc Việt Nam xã Mỹ Thạnh"),
    ("UBND huyện triển khai Kế hoạch phòng, chống dịch bệnh gia súc\n\nNgày 5/3/2021, UBND huyện Chợ Mới triển "
     "khai kế hoạch phòng, chống dịch bệnh gia súc, gia cầm năm 2021.\n", "UBND huyện Chợ Mới"),
    ("Hội Nông dân xã triển khai Kế hoạch thi đua sản xuất giỏi năm 2022\n\nSáng 3 tháng 2, Hội Nông dân xã Tân "
     "Hải triển khai kế hoạch thi đua sản xuất kinh doanh giỏi năm 2022.\n", "Hội Nông dân xã Tân Hải"),
    ("Mặt trận Tổ quốc xã triển khai Kế hoạch tổ chức ngày hội đại đoàn kết toàn dân tộc\n\nNgày 28/10/2016, UBND "
     "xã Mỹ Thạnh triển khai kế hoạch hỗ trợ tổ chức ngày hội ở khu dân cư.\n", "Mặt trận Tổ quốc xã"),
    ("Ủy ban MTTQ xã Tân Hải triển khai Kế hoạch tổ chức ngày hội đại đoàn kết\n\nNgày 2/11/2019, Ủy ban MTTQ xã "
     "Tân Hòa triển khai kế hoạch tổ chức ngày hội ở khu dân cư.\n", "Ủy ban MTTQ xã Tân Hải"),
])
def test_deployed_plan_keeps_the_body_named_with_its_place(text, name):
    h = header(text)
    assert h.issuer is not None and h.issuer.name.casefold().startswith(name.casefold())


# blind10: a text whose every non-ASCII letter was dropped (a Word binary read as bytes): the place-date line keeps
# its digits and the consonants of its words ('Lm H, ngy 22 thng 11 nm 2021'), the type heading after it too
# ('Hng dn' for Hướng dẫn, 'K hoch' for Kế hoạch); an intact text, or an impossible date, gives none of it.
@pytest.mark.parametrize(("text", "doc_type", "issued_on"), [
    ("C NGNH Y T LM NG CNG HO X HI CH NGH(A VIT NAM CCS TTYT LM H c Lp - T Do - Hnh Phc  S: /HDBX-C Lm H, "
     "ngy 22 thng 11 nm 2021  Hng dn bnh xt thi ua v chm im t C nm 2021 Knh gi : CC T CNG ON\n", "HD",
     date(2021, 11, 22)),
    ("UBND HUYN GIA LM CNG HA X HI CH NGHA VIT NAM S: 12/KH-UBND Gia Lm, ngy 5 thng 3 nm 2022 K hoch t chc "
     "Tt trng cy\n", "KH", date(2022, 3, 5)),
    ("HUYN Y TIN LNG S 45-NQ/HU Tin Lng, ngy 02 thng 02 nm 2024 NGH QUYT v pht trin kinh t\n", "NQ",
     date(2024, 2, 2)),
    ("PHNG GD&T Vnh Yn, ngy 9 thng 9 nm 2019  Thng bo lch hp giao ban\n", "TB", date(2019, 9, 9)),
    ("PHNG GD&T Vnh Yn, ngy 31 thng 2 nm 2019  Thng bo lch hp giao ban\n", "TB", None),
])
def test_a_text_stripped_of_its_non_ascii_letters(text, doc_type, issued_on):
    h = header(text)
    assert (h.doc_type, h.issued_on) == (doc_type, issued_on)


def test_an_intact_place_date_line_is_not_read_as_stripped():
    h = header("ỦY BAN NHÂN DÂN\nHUYỆN GIA LÂM\nSố: 12/KH-UBND\nGia Lâm, ngày 5 tháng 3 năm 2022\nKẾ HOẠCH\n"
               "Tổ chức Tết trồng cây\n")
    assert (h.doc_type, h.issued_on, h.place) == ("KH", date(2022, 3, 5), "Gia Lâm")


# blind10: a guidance told by its verb alone in a news lead ('Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Phúc
# hướng dẫn việc tổ chức Ngày hội ...'): what it guides is the title; a body given guidance to do ('giao ... hướng
# dẫn'), a cited guidance ('theo hướng dẫn của ...') or a page with a title of its own gives none of it.
@pytest.mark.parametrize(("text", "title"), [
    ("Vĩnh Phúc: Đảm bảo thiết thực\n\nBan Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Phúc hướng dẫn việc tổ chức "
     "Ngày hội Đại đoàn kết toàn dân tộc năm 2018.\n", "tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2018"),
    ("Tin hoạt động\n\nBan Thường vụ Hội Nông dân tỉnh Nghệ An hướng dẫn tổ chức đại hội chi hội nông dân nhiệm kỳ "
     "2023 - 2028.\n", "tổ chức đại hội chi hội nông dân nhiệm kỳ 2023 - 2028"),
    ("Ngày 3/4, Ban Thường vụ Tỉnh đoàn Quảng Nam hướng dẫn các cơ sở đoàn tổ chức Tháng Thanh niên năm 2021.\n",
     "các cơ sở đoàn tổ chức Tháng Thanh niên năm 2021"),
])
def test_guidance_told_by_its_verb_gives_its_title(text, title):
    h = header(text)
    assert h.title == title


@pytest.mark.parametrize("text", [
    "UBND tỉnh giao Sở Nội vụ hướng dẫn việc tổ chức lễ kỷ niệm ngày thành lập ngành năm 2022.\n",
    "Các xã tổ chức ngày hội theo hướng dẫn của Ban Thường trực Ủy ban MTTQ huyện về tổ chức Ngày hội năm 2018.\n",
])
def test_guidance_given_or_cited_gives_no_title(text):
    h = header(text)
    assert h.title is None or not h.title.startswith(("tổ chức lễ", "về tổ chức Ngày hội"))


# blind11: a rule or programme issued jointly carries every party's code in its number ('69/QCPH-HĐND-UBND-MTTQ',
# '06/QC-TT.HĐND-UBND', '15/CTPH-MTTQ-HND-HPN'); the whole number is the document's, and its type is the kind the
# code names (a 'QCPH' is a Quy chế, a 'CTPH' a Chương trình, a 'CTHĐ' too), whatever the header's layout.
@pytest.mark.parametrize(("text", "number", "doc_type"), [
    ("THƯỜNG TRỰC HĐND - ỦY BAN NHÂN DÂN - BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM HUYỆN BÌNH CHÁNH\n"
     "Số: 69/QCPH-HĐND-UBND-MTTQ\nBình Chánh, ngày 02 tháng 11 năm 2021\nQUY CHẾ\nPHỐI HỢP CÔNG TÁC\n",
     "69/QCPH-HĐND-UBND-MTTQ", "QC"),
    ("THƯỜNG TRỰC\nHĐND - UBND TỈNH HÒA BÌNH\n|\nSố: 06/QC-TT.HĐND-UBND\n|\nHòa Bình, ngày 20 tháng 3 năm 2019\n"
     "|\nQUY CHẾ\nPHỐI HỢP CÔNG TÁC\n", "06/QC-TT.HĐND-UBND", "QC"),
    ("BAN THƯỜNG TRỰC UỶ BAN MTTQ VIỆT NAM TỈNH LONG AN - HỘI NÔNG DÂN - HỘI LIÊN HIỆP PHỤ NỮ TỈNH\n"
     "Số: 15/CTPH-MTTQ-HND-HPN       Long An, ngày 5 tháng 6 năm 2018\nCHƯƠNG TRÌNH PHỐI HỢP\nvề vận động\n",
     "15/CTPH-MTTQ-HND-HPN", "CTr"),
    ("UBND - UBMTTQ\nTỈNH HÀ GIANG\nSố: 04 / QC-UBND-UBMTTQ\nHà Giang, ngày 17 tháng 01 năm 2016\nQUY CHẾ\n"
     "phối hợp công tác\n", "04/QC-UBND-UBMTTQ", "QC"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN GIA LÂM\nSố: 12/KH-UBND-VP\nGia Lâm, ngày 5 tháng 3 năm 2022\nKẾ HOẠCH\nTết trồng cây\n",
     "12/KH-UBND-VP", "KH"),
    # blind31: a programme of action numbered with its own code is a programme, in a header or a news lead
    ("LIÊN MINH HỢP TÁC XÃ VIỆT NAM\nSố: 812/CTHĐ-LMHTXVN\nHà Nội, ngày 02 tháng 11 năm 2022\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
     "thực hiện Nghị quyết số 20-NQ/TW\n", "812/CTHĐ-LMHTXVN", "CTr"),
    ("Ngày 2/11/2022 Liên minh Hợp tác xã Việt Nam đã ban hành Chương trình hành động số 812/CTHĐ-LMHTXVN thực hiện "
     "Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII.\n", "812/CTHĐ-LMHTXVN", "CTr"),
    ("TỈNH ỦY BÌNH DƯƠNG\n*\nSố 29-CTrHĐ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nBình Dương, ngày 5 tháng 3 năm 2022\n"
     "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết Đại hội\n", "29-CTrHĐ/TU", "CTr"),
])
def test_joint_rule_number_and_type(text, number, doc_type):
    h = header(text)
    assert (str(h.number), h.doc_type) == (number, doc_type)


# blind11: a national mass organisation in a header is central: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM' (no local body has
# that name), a mass organisation named with the country alone ('HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM', 'Hội CCB Việt
# Nam'); one named with its province or district stays at that level, and the Front's 'Ủy ban MTTQ Việt Nam' without
# a place stays open.
@pytest.mark.parametrize(("text", "name", "level"), [
    ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 06b /NQ-TLĐ\nHà Nội, ngày 03 tháng 8 năm 2015\nNGHỊ QUYẾT\nVỀ ỦY BAN KIỂM TRA CÔNG ĐOÀN\n",
     "Tổng Liên đoàn Lao động Việt Nam", "central"),
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nHỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nSố: 12/HD-ĐCT\nHà Nội, ngày 5 tháng 3 năm 2019\n"
     "HƯỚNG DẪN\nthực hiện phong trào\n", "Hội Liên hiệp Phụ nữ Việt Nam", "central"),
    ("HỘI CCB VIỆT NAM\nSố: 45/HD-CCB\nHà Nội, ngày 5 tháng 3 năm 2019\nHƯỚNG DẪN\nthực hiện phong trào\n",
     "Hội CCB Việt Nam", "central"),
    ("LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG\nSố: 45/KH-LĐLĐ\nBình Dương, ngày 5 tháng 3 năm 2019\nKẾ HOẠCH\nthực hiện\n",
     "Liên đoàn Lao động tỉnh Bình Dương", "province"),
    ("HỘI LHPN HUYỆN GIA LÂM\nSố: 15/KH-HPN\nGia Lâm, ngày 5 tháng 3 năm 2019\nKẾ HOẠCH\nthực hiện\n",
     "Hội LHPN huyện Gia Lâm", "district"),
    ("ỦY BAN MTTQ VIỆT NAM\nSố: 15/KH-MTTQ\nngày 5 tháng 3 năm 2019\nKẾ HOẠCH\nthực hiện\n",
     "Ủy ban MTTQ Việt Nam", None),
])
def test_national_mass_organisation_is_central(text, name, level):
    h = header(text)
    assert h.issuer is not None
    assert (h.issuer.name.casefold(), h.issuer.level) == (name.casefold(), level)


# blind11: a web page's heading 'TYPE: title' ('HƯỚNG DẪN: Công tác phòng, chống tội phạm ...') gives the type and the
# title after the colon; the type word must be in capitals, so a running 'Hướng dẫn: ...' label gives neither.
@pytest.mark.parametrize(("text", "doc_type", "title"), [
    ("HƯỚNG DẪN: Công tác phòng, chống tội phạm; mua bán người; ma túy\n\nNăm 2019 tình hình ... Ban Chỉ đạo Trung "
     "ương Hội hướng dẫn như sau:\n1. Công tác phòng, chống tội phạm\n", "HD",
     "Công tác phòng, chống tội phạm; mua bán người; ma túy"),
    ("KẾ HOẠCH: Tổ chức Tháng hành động vì an toàn thực phẩm năm 2018\n\nThực hiện Chỉ thị số 13/CT-TTg, UBND "
     "huyện ban hành kế hoạch như sau:\n", "KH", "Tổ chức Tháng hành động vì an toàn thực phẩm năm 2018"),
    ("THÔNG BÁO : Lịch tiếp công dân của Chủ tịch UBND huyện tháng 5/2020\n\nThường trực HĐND huyện thông báo:\n",
     "TB", "Lịch tiếp công dân của Chủ tịch UBND huyện tháng 5/2020"),
    ("* CHƯƠNG TRÌNH: Phối hợp tuyên truyền pháp luật năm 2017\n\nCăn cứ Quy chế phối hợp, hai bên thống nhất:\n",
     "CTr", "Phối hợp tuyên truyền pháp luật năm 2017"),
])
def test_page_heading_type_colon_title(text, doc_type, title):
    h = header(text)
    assert (h.doc_type, h.title) == (doc_type, title)


@pytest.mark.parametrize("text", [
    "Hướng dẫn: Các đơn vị gửi báo cáo về Văn phòng trước ngày 15/12.\n\nTin tức khác\n",
    "Tin hoạt động\n\nKế hoạch: đang cập nhật\n",
])
def test_running_type_label_with_a_colon_is_no_heading(text):
    h = header(text)
    assert h.title is None or not h.title.startswith(("Các đơn vị gửi", "đang cập nhật"))


# blind11: bodies issuing jointly in the preamble ('Thường trực Hội đồng nhân dân tỉnh và Ủy ban nhân dân tỉnh thống nhất
# ban hành Quy chế ...'): the first named leads, as in a joint header; a body that alone issues after a list of
# proposers ('Theo đề nghị của Sở Tư pháp và Sở Nội vụ, UBND tỉnh ban hành ...') is still the issuer.
@pytest.mark.parametrize(("text", "name"), [
    ("QUY CHẾ\nPHỐI HỢP CÔNG TÁC\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nThường trực "
     "Hội đồng nhân dân tỉnh Hòa Bình\nvà Ủy ban nhân dân tỉnh Hòa Bình thống nhất ban hành Quy chế phối hợp công tác "
     "như sau:\nChương I\n", "Thường trực Hội đồng nhân dân tỉnh Hòa Bình"),
    ("QUY CHẾ\nPHỐI HỢP\nCăn cứ Luật Mặt trận Tổ quốc Việt Nam năm 2015;\nBan Thường vụ Huyện ủy Kim Động và Ủy ban "
     "MTTQ Việt Nam huyện Kim Động thống nhất ban hành Quy chế phối hợp như sau:\nChương I\n",
     "Ban Thường vụ Huyện ủy Kim Động"),
    ("CHƯƠNG TRÌNH\nPHỐI HỢP\nĐể nâng cao hiệu quả công tác, Ủy ban nhân dân tỉnh Long An và Ủy ban MTTQ Việt Nam "
     "tỉnh Long An cùng ban hành Chương trình phối hợp như sau:\nI. MỤC ĐÍCH\n", "Ủy ban nhân dân tỉnh Long An"),
    ("KẾ HOẠCH\nTổ chức Tết trồng cây\nTheo đề nghị của Sở Tư pháp và Sở Nội vụ, Ủy ban nhân dân huyện Gia Lâm ban "
     "hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n", "Ủy ban nhân dân huyện Gia Lâm"),
    ("KẾ HOẠCH\nTổ chức Tết trồng cây\nThực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh và Sở Nông nghiệp, Ủy ban nhân "
     "dân huyện Gia Lâm thống nhất ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n", "Ủy ban nhân dân huyện Gia Lâm"),
])
def test_joint_issuers_in_the_preamble_first_leads(text, name):
    h = header(text)
    assert h.issuer is not None and h.issuer.name == name


# blind11: an ad hoc board opening the sentence that guides ('...; Ban Chỉ đạo phong trào BVANTQ-PCTP &TNXH Trung ương
# Hội CCB Việt Nam hướng dẫn kế hoạch tổ chức ...') issues the Hướng dẫn, at the centre when its name is the centre's;
# a board after a body list (the first body leads) or a board given the guidance to do is not the issuer.
@pytest.mark.parametrize(("text", "name", "level"), [
    ("HƯỚNG DẪN: Công tác phòng, chống tội phạm năm 2019\n\nCăn cứ Chương trình công tác năm 2019; Ban Chỉ đạo phong "
     "trào BVANTQ-PCTP &TNXH Trung ương Hội CCB Việt Nam hướng dẫn kế hoạch tổ chức hoạt động như sau:\n1. Nội dung\n",
     "Ban Chỉ đạo phong trào BVANTQ-PCTP &TNXH Trung ương Hội CCB Việt Nam", "central"),
    ("HƯỚNG DẪN\nTổ chức Ngày hội\n\nCăn cứ Kế hoạch năm 2018. Ban Chỉ đạo Cuộc vận động Toàn dân đoàn kết xây dựng "
     "đời sống văn hóa tỉnh Nghệ An hướng dẫn các địa phương như sau:\n1. Thời gian\n",
     "Ban Chỉ đạo Cuộc vận động Toàn dân đoàn kết xây dựng đời sống văn hóa tỉnh Nghệ An", "province"),
    ("HƯỚNG DẪN\nBình xét gia đình văn hóa\n\nĐể thực hiện tốt phong trào năm 2020;\nBan Chỉ đạo phong trào huyện "
     "Kim Động hướng dẫn việc bình xét như sau:\n1. Đối tượng\n", "Ban Chỉ đạo phong trào huyện Kim Động", "district"),
    ("HƯỚNG DẪN\nPhòng, chống tham nhũng\n\nThực hiện Kết luận số 10-KL/TW; Ban Chỉ đạo Trung ương về phòng, chống "
     "tham nhũng hướng dẫn thực hiện như sau:\n1. Nội dung\n", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng",
     "central"),
])
def test_ad_hoc_board_opening_its_guidance(text, name, level):
    h = header(text)
    assert h.issuer is not None and (h.issuer.name, h.issuer.level) == (name, level)


@pytest.mark.parametrize("text", [
    ("HƯỚNG DẪN\nBình xét\n\nUỷ ban nhân dân xã Cẩm Lạc, Ban chỉ đạo “Toàn dân đoàn kết xây dựng đời sống văn hóa” "
     "hướng dẫn việc bình xét như sau:\n1. Đối tượng\n"),
    ("CÔNG VĂN\nV/v hè 2020\n\nUBND huyện giao Ban Chỉ đạo hè huyện hướng dẫn các xã tổ chức hoạt động hè.\n"),
])
def test_ad_hoc_board_after_a_body_or_given_the_work_is_no_issuer(text):
    h = header(text)
    assert h.issuer is None or not h.issuer.name.startswith("Ban")


# blind12: a name never runs over a paragraph break. A headline with no full stop ending on a cited document's body
# ('... Kết luận số 52-KL/TW ... của Ban Bí thư Trung ương Đảng') over the lead that issues the page's document: the
# lead paragraph's own subject issues it, with the number and date its sentence gives (in brackets or after the
# type word); the headline's 'của' is no part of that sentence.
@pytest.mark.parametrize(("text", "number", "issued_on", "name"), [
    ("Kế hoạch thực hiện Kết luận số 52-KL/TW, ngày 30/5/2019 của Ban Bí thư Trung ương Đảng\n\nTỉnh ủy Lạng Sơn ban "
     "hành Kế hoạch thực hiện Kết luận số 52-KL/TW về đội ngũ trí thức (Kế hoạch số 114-KH/TU, ngày 07/8/2019).\n",
     "114-KH/TU", date(2019, 8, 7), "Tỉnh ủy Lạng Sơn"),
    ("Triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị\nHuyện ủy Kim Động ban hành Kế hoạch số 12-KH/HU ngày 3/4/2021 "
     "thực hiện Chỉ thị.\n", "12-KH/HU", date(2021, 4, 3), "Huyện ủy Kim Động"),
    ("TIN HOẠT ĐỘNG CỦA BAN DÂN VẬN TỈNH ỦY\n\nBan Thường vụ Tỉnh ủy Hưng Yên đã ban hành Chỉ thị số 20-CT/TU ngày "
     "5/6/2022 về công tác dân vận.\n", "20-CT/TU", date(2022, 6, 5), "Ban Thường vụ Tỉnh ủy Hưng Yên"),
    ("Thực hiện nghị quyết của Ủy ban nhân dân huyện\n\nỦy ban nhân dân xã Tự Cường ban hành Kế hoạch số 21/KH-UBND "
     "ngày 12/3/2024 về chuyển đổi số.\n", "21/KH-UBND", date(2024, 3, 12), "Ủy ban nhân dân xã Tự Cường"),
])
def test_lead_subject_under_a_headline_ending_on_a_cited_body(text, number, issued_on, name):
    h = header(text)
    assert (h.number, h.issued_on) == (number, issued_on)
    assert h.issuer is not None and h.issuer.name == name


# ... while a 'của' in the lead's own paragraph still makes the body a cited document's issuer.
@pytest.mark.parametrize("text", [
    "Tin tức\n\nThực hiện chỉ đạo của Ủy ban nhân dân tỉnh ban hành Quy chế số 12/QC-UBND về tiếp công dân.\n",
    "Tin tức\n\nTheo đề nghị của Sở Nội vụ ban hành Hướng dẫn số 5/HD-SNV về thi đua.\n",
])
def test_lead_body_after_of_in_its_own_paragraph_is_no_issuer(text):
    h = header(text)
    assert h.issuer is None or h.issuer.name not in ("Ủy ban nhân dân tỉnh", "Sở Nội vụ")


# blind12: a lead whose parent's clause comes first ('Thực hiện Chỉ thị số 37-CT/TW ngày 10/7/2024 của Ban Bí thư
# ...; ngày 9/9/2024, đồng chí ..., Bí thư Tỉnh ủy thay mặt Ban Thường vụ Tỉnh ủy ký ban hành Kế hoạch số
# 338-KH/TU ...'): the clause that issues the page's document opens with its date, as a sentence would; the parent's
# own date is no issue date.
@pytest.mark.parametrize(("text", "number", "issued_on"), [
    ("Thực hiện Chỉ thị số 37-CT/TW ngày 10/7/2024 của Ban Bí thư về đào tạo nghề; ngày 9/9/2024, đồng chí Nguyễn "
     "Đức Thanh, Bí thư Tỉnh ủy thay mặt Ban Thường vụ Tỉnh ủy ký ban hành Kế hoạch số 338-KH/TU triển khai thực "
     "hiện.\n", "338-KH/TU", date(2024, 9, 9)),
    ("Thực hiện Kết luận số 81-KL/TW ngày 4/6/2024 của Bộ Chính trị; ngày 12/8/2024, Ban Thường vụ Huyện ủy Kim "
     "Động đã ban hành Kế hoạch số 45-KH/HU về thực hiện Kết luận.\n", "45-KH/HU", date(2024, 8, 12)),
    ("Triển khai Nghị quyết số 19-NQ/TW của Trung ương; sáng 3/4/2023, Ủy ban nhân dân tỉnh Tuyên Quang ban hành "
     "Kế hoạch số 83/KH-UBND thực hiện Nghị quyết.\n", "83/KH-UBND", date(2023, 4, 3)),
    ("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số "
     "12-KH/TU về học tập.\n", "12-KH/TU", None),
])
def test_lead_clause_after_the_parents_opens_with_its_date(text, number, issued_on):
    h = header(text)
    assert (h.number, h.issued_on) == (number, issued_on)


# blind12: a page headline that names no number, issuer or date of its own ('Kế hoạch thực hiện nghị quyết 33 về văn
# hóa năm 2024') over a lead that issues the page's numbered document: the lead's trích yếu is the title; a
# headline that names its own number keeps its title.
@pytest.mark.parametrize(("text", "title_part"), [
    ("Kế hoạch thực hiện nghị quyết 33 về văn hóa năm 2024\n\nNgày 01/3/2024, Tỉnh ủy Sóc Trăng ban hành Kế hoạch số "
     "90-KH/TU về tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW về văn hóa.\n", "tổng kết 10 năm"),
    ("Chương trình hành động về kinh tế biển\n\nNgày 30/11/2018, Tỉnh ủy Phú Thọ ban hành Chương trình hành động số "
     "39-CTr/TU thực hiện Nghị quyết số 36-NQ/TW về Chiến lược phát triển bền vững kinh tế biển.\n",
     "Chiến lược phát triển bền vững kinh tế biển"),
    ("Kế hoạch phòng chống dịch năm 2021\n\nNgày 5/3/2021, Ủy ban nhân dân huyện Kim Động đã ban hành Kế hoạch số "
     "20/KH-UBND về tiêm chủng vắc xin phòng COVID-19 trên địa bàn huyện.\n", "tiêm chủng vắc xin"),
    ("Kế hoạch số 12-KH/HU ngày 3/4/2021 về công tác dân vận\n\nNgày 3/4/2021, Huyện ủy Kim Động đã ban hành Kế hoạch "
     "số 12-KH/HU về công tác dân vận năm 2021.\n", "công tác dân vận"),
])
def test_lead_title_over_a_bare_headline(text, title_part):
    h = header(text)
    assert h.title is not None and title_part in h.title


# blind12: a legal library's table and the document's heading agree on its type against the Số line's code ('Loại
# văn bản: Kế hoạch', 'KẾ HOẠCH' under 'Số: 09/QĐ-UBND'): the heading's type; with no table, or a table that agrees
# with the code, the number's code stays the type.
@pytest.mark.parametrize(("text", "doc_type"), [
    ("Số hiệu: 09/KH-UBND Loại văn bản: Kế hoạch\nNgày ban hành: 25/01/2022\n\nỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\n\n"
     "Số: 09/QĐ-UBND\n\nBạc Liêu, ngày 25 tháng 01 năm 2022\n\nKẾ HOẠCH\n\nTHỰC HIỆN CHƯƠNG TRÌNH ĐIỀU CHỈNH MỨC SINH\n",
     "KH"),
    ("Số hiệu: 15/KH-UBND\nLoại văn bản: Kế hoạch\n\nỦY BAN NHÂN DÂN\nHUYỆN KIM ĐỘNG\n\nSố: 15/CV-UBND\n\nKim Động, "
     "ngày 3 tháng 4 năm 2021\n\nKẾ HOẠCH\n\nPhòng chống thiên tai năm 2021\n", "KH"),
    ("ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\n\nSố: 09/QĐ-UBND\n\nBạc Liêu, ngày 25 tháng 01 năm 2022\n\nKẾ HOẠCH\n\n"
     "THỰC HIỆN CHƯƠNG TRÌNH ĐIỀU CHỈNH MỨC SINH\n", "QĐ"),
    ("Số hiệu: 09/QĐ-UBND Loại văn bản: Quyết định\n\nỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\n\nSố: 09/QĐ-UBND\n\nBạc Liêu, "
     "ngày 25 tháng 01 năm 2022\n\nKẾ HOẠCH\n\nTHỰC HIỆN CHƯƠNG TRÌNH\n", "QĐ"),
])
def test_heading_and_library_table_outvote_the_number_code(text, doc_type):
    assert header(text).doc_type == doc_type
# --- leftovers2: an attachment's file name is no title line; the lead's words name the document ---
# (text, title)
FILE_NAME_TITLES = [
    ("Hải Phòng, ngày 18 tháng 11 năm 2019\n    Ngày 13/5/2011, Ủy ban nhân dân huyện ban hành Kế hoạch số "
     "42/KH-UBND về thực hiện cải cách hành chính năm 2011.\n    Tệp đính kèm:\nKế hoạch thực hiện công tác CCHC "
     "tại huyện Thuỷ Nguyên năm 2011.doc\n", "về thực hiện cải cách hành chính năm 2011"),
    ("Ngày 02/3/2020, UBND xã Hòa Phú ban hành Kế hoạch số 15/KH-UBND về tổ chức Tết trồng cây năm 2020.\n"
     "File đính kèm:\nKế hoạch tổ chức Tết trồng cây năm 2020 của xã Hòa Phú.pdf\n",
     "về tổ chức Tết trồng cây năm 2020"),
    ("Ngày 10/4/2021, UBND huyện ban hành Quyết định số 210/QĐ-UBND về việc kiện toàn Ban Chỉ đạo phòng chống "
     "dịch.\nTải về:\nQuyết định kiện toàn Ban chỉ đạo phòng chống dịch huyện.docx (56,5 KB)\n",
     "về việc kiện toàn Ban Chỉ đạo phòng chống dịch"),
    ("Ngày 05/5/2024, UBND xã Tân Lập ban hành Thông báo số 30/TB-UBND về lịch tiếp công dân tháng 5 năm 2024.\n"
     "Văn bản đính kèm\nThông báo lịch tiếp công dân tháng 5.signed.pdf\n", "về lịch tiếp công dân tháng 5 năm 2024"),
    # a headline that is no file name stays the title
    ("Kế hoạch tuyên truyền về phòng chống tác hại của thuốc lá tại nơi làm việc\nThực hiện Kế hoạch số "
     "5/KH-UBND của UBND tỉnh, UBND huyện xây dựng kế hoạch như sau:\n",
     "Kế hoạch tuyên truyền về phòng chống tác hại của thuốc lá tại nơi làm việc"),
]


@pytest.mark.parametrize(("text", "title"), FILE_NAME_TITLES)
def test_an_attachment_file_name_is_no_title(text, title):
    assert header(text).title == title


# --- leftovers2: the header's span counts lines that hold text, not a portal's blank lines ---
_CHROME = ("Ý kiến thăm dò\n\nBạn quan tâm đến chuyên mục nào?\n\nTruy cập\n\nHôm nay:\n2817\nHôm qua:\n4268\n"
           "Tất cả:\n3186630\n")
_PARTY_GUIDE = ("HUYỆN ỦY TRIỆU SƠN\n\nBAN TUYÊN GIÁO\n\n*\n\nSố 08 - HD/BTGHU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
                "Triệu Sơn, ngày 01 tháng 4 năm 2021\n\nHƯỚNG DẪN\n\nTuyên truyền kỷ niệm các ngày lễ lớn trong quý II "
                "năm 2021\n\nThực hiện Hướng dẫn số 15-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy, Ban Tuyên giáo Huyện ủy "
                "hướng dẫn như sau:\n")
_GUIDE_READ = ("HD", date(2021, 4, 1), "Tuyên truyền kỷ niệm các ngày lễ lớn trong quý II năm 2021")
# (text, (doc_type, issued_on, title))
BLANK_PADDED_HEADERS = [
    (_CHROME + "\n \n" * 12 + _PARTY_GUIDE, _GUIDE_READ),
    ("\n".join(["", " ", ""] * 14) + "\n" + _PARTY_GUIDE, _GUIDE_READ),
    (_CHROME + "\n\n\n" + _PARTY_GUIDE.replace("\n\n", "\n \n \n"), _GUIDE_READ),
    ("\n\u00a0\n" * 20 + _CHROME + _PARTY_GUIDE.replace("\n\n", "\n\t\n"), _GUIDE_READ),
    # must not fire: a heading below forty lines of text is no header
    ("\n".join(f"Tin {i}: Hội nghị sơ kết công tác tuyên giáo" for i in range(45)) + "\n" + _PARTY_GUIDE,
     (None, None, None)),
]


@pytest.mark.parametrize(("text", "read"), BLANK_PADDED_HEADERS)
def test_blank_lines_do_not_push_the_header_out(text, read):
    h = header(text)
    assert (h.doc_type, h.issued_on, h.title) == read


# --- leftovers2: a colon that lists names inside a lead's trích yếu does not end it ---
# (text, title)
NAMES_AFTER_COLON = [
    ("Vừa qua, UBND huyện Vĩnh Linh đã ban hành các Quyết định công nhận 3 thị trấn: Hồ Xá, Cửa Tùng và Bến Quan "
     "đạt chuẩn đô thị văn minh năm 2023.\n",
     "công nhận 3 thị trấn: Hồ Xá, Cửa Tùng và Bến Quan đạt chuẩn đô thị văn minh năm 2023"),
    ("Ngày 5/6/2023, UBND tỉnh đã ban hành Quyết định số 120/QĐ-UBND công nhận 2 xã: Hải An, Hải Ba đạt chuẩn "
     "nông thôn mới nâng cao năm 2022.\n", "công nhận 2 xã: Hải An, Hải Ba đạt chuẩn nông thôn mới nâng cao năm 2022"),
    ("Ngày 12/3/2024, UBND huyện đã ban hành Kế hoạch số 12/KH-UBND tổ chức Ngày hội văn hóa tại 3 xã: Tân Lập, "
     "Tân Hòa, Tân Phú trong tháng 4 năm 2024.\n",
     "tổ chức Ngày hội văn hóa tại 3 xã: Tân Lập, Tân Hòa, Tân Phú trong tháng 4 năm 2024"),
    # must not fire: 'như sau:' then the body; a colon then bodies and their verb
    ("Ngày 2/3/2024, UBND huyện đã ban hành Kế hoạch số 15/KH-UBND về tuyên truyền cải cách hành chính như sau: "
     "Mục đích, yêu cầu là nâng cao nhận thức.\n", "về tuyên truyền cải cách hành chính"),
    ("Ngày 2/3/2024, UBND huyện đã ban hành Kế hoạch số 16/KH-UBND về kiểm tra công tác cải cách hành chính: "
     "Phòng Nội vụ, Văn phòng HĐND và UBND huyện phối hợp thực hiện.\n", "về kiểm tra công tác cải cách hành chính"),
]


@pytest.mark.parametrize(("text", "title"), NAMES_AFTER_COLON)
def test_names_listed_after_a_colon_stay_in_the_title(text, title):
    assert header(text).title == title


# --- leftovers2: a ministry or office written by its initials keeps them in its name ---
@pytest.mark.parametrize(
    ("phrase", "shown"),
    [
        ("Bộ VHTTDL", "Bộ VHTTDL"),
        ("Bộ GD&ĐT", "Bộ GD&ĐT"),
        ("Bộ LĐ-TB&XH", "Bộ LĐ-TB&XH"),
        ("Phòng GDĐT", "Phòng GDĐT"),
        ("Sở NN&PTNT", "Sở NN&PTNT"),
        # names in capitals are still written in running case
        ("BỘ Y TẾ", "Bộ Y tế"),
        ("BỘ NỘI VỤ", "Bộ Nội vụ"),
    ],
)
def test_initials_of_a_ministry_keep_their_case(phrase, shown):
    from loaders.resolve import body_name

    body = parse_body(phrase)
    assert body is not None and body_name(body, None) == shown


# blind13: a lead whose subject 'xây dựng' its own numbered document with no đã/vừa/mới before the verb, often
# after a parent's clause closed by a full stop ('Thực hiện Kế hoạch số 78-KH/HU, ngày 24/11/2022 của Ban Thường vụ
# Huyện ủy. Đảng ủy xã xây dựng Kế hoạch số 44-KH/ĐU ngày 19/12/2022 về ...'): a numbered document after the verb
# is one already made, so the clause issues it. Work still to do ('các xã xây dựng kế hoạch thực hiện') names no
# number and tells nothing.
@pytest.mark.parametrize(("text", "number", "issued_on", "issuer"), [
    ("Thực hiện Kế hoạch số 78-KH/HU, ngày 24/11/2022 của Ban Thường vụ Huyện ủy. Đảng ủy xã xây dựng Kế hoạch số "
     "44-KH/ĐU ngày 19/12/2022 về tổ chức học tập Nghị quyết.\n", "44-KH/ĐU", date(2022, 12, 19), "Đảng ủy xã"),
    ("Thực hiện Chỉ thị số 05-CT/TU của Tỉnh ủy. Ban Thường vụ Huyện ủy xây dựng Kế hoạch số 21-KH/HU ngày "
     "3/4/2021 về triển khai Chỉ thị.\n", "21-KH/HU", date(2021, 4, 3), "Ban Thường vụ Huyện ủy"),
    ("Căn cứ Nghị quyết số 12-NQ/TU ngày 2/3/2020 của Tỉnh ủy, Đảng ủy phường Hòa Khánh xây dựng Chương trình số "
     "07-CTr/ĐU ngày 15/4/2020 thực hiện Nghị quyết.\n", "07-CTr/ĐU", date(2020, 4, 15), "Đảng ủy phường Hòa Khánh"),
    ("Ủy ban nhân dân huyện xây dựng Kế hoạch số 112/KH-UBND ngày 9/5/2023 về phòng, chống thiên tai.\n",
     "112/KH-UBND", date(2023, 5, 9), "Ủy ban nhân dân huyện"),
])
def test_lead_subject_builds_its_numbered_document(text, number, issued_on, issuer):
    h = header(text)
    assert (h.number, h.issued_on) == (number, issued_on)
    assert issuer.lower() in (h.issuer.name if h.issuer else "").lower()


@pytest.mark.parametrize("text", [
    "Thực hiện Nghị quyết số 27-NQ/TW của Trung ương, các xã, thị trấn xây dựng kế hoạch thực hiện phù hợp.\n",
    "Giao Ban Tuyên giáo Huyện ủy chủ trì xây dựng Kế hoạch tuyên truyền, hoàn thành trong quý II.\n",
    "Các chi bộ xây dựng Kế hoạch số 3-KH/CB trước ngày 10/3/2020.\n",
    "Đảng ủy các xã xây dựng Kế hoạch số 5-KH/ĐU để thực hiện, báo cáo trước ngày 30/6/2022.\n",
])
def test_work_to_build_a_plan_names_no_document(text):
    h = header(text)
    assert h.number is None


# blind13: a local Party committee's lead whose number carries the Central Committee's code ('Huyện ủy Tây Giang vừa
# ban hành Nghị quyết số 21-CT/TW kêu gọi ...'): a district never numbers '/TW', so the number is misprinted and the
# type word is the document's type. A central body's '/TW', or a local code, keeps the number's type.
@pytest.mark.parametrize(("text", "doc_type"), [
    ("(QNO) - Huyện ủy Tây Giang vừa ban hành Nghị quyết số 21-CT/TW kêu gọi thu hút đầu tư phát triển du lịch.\n",
     "NQ"),
    ("Ban Thường vụ Tỉnh ủy Gia Lai đã ban hành Chỉ thị số 12-NQ/TW về công tác phòng cháy.\n", "CT"),
    ("Đảng ủy xã Hòa Bình vừa ban hành Kế hoạch số 3-NQ/TW ngày 5/4/2021 về chuyển đổi số.\n", "KH"),
    ("Thị ủy Sơn Tây vừa ban hành Chương trình số 08-KH/TW về phát triển du lịch.\n", "CTr"),
    # a central body's own number: its code stands
    ("Thay mặt Bộ Chính trị, đồng chí Thường trực Ban Bí thư đã ký ban hành Kết luận số 34-KL/TW ngày "
     "18/4/2022.\n", "KL"),
    # a local code: the number tells its type as usual
    ("Huyện ủy Tây Giang vừa ban hành Nghị quyết số 05-NQ/HU về phát triển du lịch.\n", "NQ"),
])
def test_local_party_number_with_central_code_takes_the_type_word(text, doc_type):
    assert header(text).doc_type == doc_type


# blind13: a provincial committee with no place of its own, on a page about one of its district-level units, whose
# text also writes the province's name ('Ban Thường vụ Tỉnh ủy vừa ban hành Nghị quyết số 02-NQ/TU về việc xây dựng,
# phát triển thị xã Thái Hòa thành đô thị trung tâm vùng Tây Bắc Nghệ An'): the province the unit lies in. A unit
# named alone (a venue), a unit several provinces share, or units of two provinces settle nothing.
@pytest.mark.parametrize(("text", "province"), [
    ("Ban Thường vụ Tỉnh ủy vừa ban hành Nghị quyết số 02-NQ/TU về việc xây dựng, phát triển thị xã Thái Hòa thành "
     "đô thị trung tâm vùng Tây Bắc Nghệ An.\n", "Nghệ An"),
    ("Ban Thường vụ Tỉnh ủy vừa ban hành Kết luận số 15-KL/TU về phát triển huyện Hớn Quản, tỉnh lỵ Bình Phước.\n",
     "Bình Phước"),
    ("Tỉnh ủy vừa ban hành Nghị quyết số 09-NQ/TU về xây dựng thị xã Sơn Tây của Hà Nội.\n", None),
    # the unit alone: a venue, no province written
    ("Thực hiện Luật Tiếp công dân, UBND tỉnh ban hành Thông báo số 5/TB-UBND ngày 3/4/2017 về tiếp công dân tại "
     "Hội trường UBND huyện Tân Phước.\n", None),
    # units of two provinces
    ("Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 11-KH/TU về kết nghĩa thị xã Thái Hòa với huyện Tân Phước, "
     "Nghệ An.\n", None),
])
def test_provincial_committee_placed_by_its_unit_and_province_name(text, province):
    h = header(text)
    assert h.issuer is not None and h.issuer.locality.province == province


@pytest.mark.parametrize("text", [
    # blind13: a centrally-run city's bare name is a man's ('phong cách Hồ Chí Minh'), not the province
    "Sở Giáo dục và Đào tạo đề nghị Phòng Giáo dục và Đào tạo thành phố Thủ Đức báo cáo việc học tập và làm theo tư "
    "tưởng, đạo đức, phong cách Hồ Chí Minh trước ngày 10 tháng 4 năm 2023.\n",
])
def test_bare_city_name_beside_its_unit_places_nothing(text):
    h = header(text)
    assert h.issuer is None or h.issuer.locality.province is None


# blind14: a legal library's attribute table whose label, the label's explanation ('Ngày ban hành là ngày,
# tháng, năm ...', 'Cho biết trạng thái ...') and its value stand on separate lines, a bare cell mark '|'
# between: the value is the first line after the label that is neither. A value that is no date gives none.
_TOOLTIP_HEAD = ("Kế hoạch 250/KH-UBND Thanh Hóa triển khai Nghị quyết 153/NQ-CP về hội nhập quốc tế\n"
                 "| Cơ quan ban hành: | Ủy ban nhân dân tỉnh Thanh Hóa |\n| Số hiệu: | 250/KH-UBND | Ngày đăng công báo: "
                 "| Đang cập nhật |\n")


@pytest.mark.parametrize(("text", "issued_on"), [
    (_TOOLTIP_HEAD + "|\nNgày ban hành:\nNgày ban hành là ngày, tháng, năm văn bản được thông qua hoặc ký ban hành.\n"
     "|\n08/12/2025 |\nNgày hết hiệu lực:\nNgày hết hiệu lực là ngày, tháng, năm văn bản chính thức không còn hiệu "
     "lực (áp dụng).\n|\nĐang cập nhật |\n", date(2025, 12, 8)),
    (_TOOLTIP_HEAD + "Ngày ban hành:\n|\n15/03/2024 |\n", date(2024, 3, 15)),
    (_TOOLTIP_HEAD + "Ngày ban hành:\nNgày ban hành là ngày, tháng, năm văn bản được thông qua hoặc ký ban hành.\n"
     "08/12/2025\n", date(2025, 12, 8)),
    (_TOOLTIP_HEAD + "NGÀY BAN HÀNH:\nNGÀY BAN HÀNH LÀ NGÀY, THÁNG, NĂM VĂN BẢN ĐƯỢC KÝ.\n|\n2/1/2026 |\n",
     date(2026, 1, 2)),
    # a value that is no date gives none
    (_TOOLTIP_HEAD + "Ngày ban hành:\nNgày ban hành là ngày, tháng, năm văn bản được thông qua.\n|\nĐang cập nhật |\n",
     None),
])
def test_library_field_with_its_explanation_between_label_and_value(text, issued_on):
    assert header(text).issued_on == issued_on


# blind14: a legal library's tab menu ('- Tổng quan', '- Nội dung', '- VB gốc', ..., '- Tải về') and paywall
# lines above the page's title line are chrome: they do not push the title line out of the lines searched.
_MENU = "- Tổng quan\n- Nội dung\n- VB gốc\n- Tiếng Anh\n- Hiệu lực\n- VB liên quan\n- Lược đồ\n-\n"


@pytest.mark.parametrize(("text", "number", "title"), [
    (_MENU + "Nội dung hợp nhất\nTính năng này chỉ có tại thư viện.\nKhách hàng chỉ cần xem nội dung hợp nhất.\n- Tải về\n"
     "Kế hoạch 250/KH-UBND Thanh Hóa triển khai Nghị quyết 153/NQ-CP và Kế hoạch 281-KH/TU về hội nhập quốc tế\n"
     "| Cơ quan ban hành: | Ủy ban nhân dân tỉnh Thanh Hóa |\n",
     "250/KH-UBND", "triển khai Nghị quyết 153/NQ-CP và Kế hoạch 281-KH/TU"),
    (_MENU + "• Thuộc tính\n• Lược đồ\n• Tải về\nNội dung hợp nhất\nĐăng nhập để xem.\n"
     "Quyết định 12/QĐ-UBND năm 2026 phê duyệt Kế hoạch chuyển đổi số tỉnh Hưng Yên\n",
     "12/QĐ-UBND", "phê duyệt Kế hoạch chuyển đổi số"),
    (_MENU.upper() + "Mục lục\nLưu\nTheo dõi văn bản\nBáo lỗi\nGhi chú\n"
     "Chỉ thị 01/CT-UBND năm 2025 xây dựng Kế hoạch phát triển kinh tế - xã hội năm 2026\n",
     "01/CT-UBND", "xây dựng Kế hoạch phát triển kinh tế"),
])
def test_library_tab_menu_above_the_title_line(text, number, title):
    h = header(text)
    assert str(h.number) == number and title in (h.title or "")
# blind15: the Red Cross society, the trade-union federation written 'LĐLĐ', and the state's military and
# border-guard commands ('Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy BĐBP tỉnh', 'Ban Chỉ huy Quân sự huyện') are
# bodies at the level their unit word names, like the other mass organisations; the national society is
# central. A word that only mentions the movement ('phong trào Chữ thập đỏ', 'hội viên chữ thập đỏ') or a
# command with no unit ('Bộ Chỉ huy') names no body.
@pytest.mark.parametrize(("phrase", "level", "place"), [
    ("Hội Chữ thập đỏ huyện Long Mỹ", "district", "Long Mỹ"),
    ("HỘI CHỮ THẬP ĐỎ TỈNH BẮC GIANG", "province", "Bắc Giang"),
    ("Ban Thường vụ Hội Chữ thập đỏ xã Tân Hòa", "commune", "Tân Hòa"),
    ("Hội Chữ thập đỏ Việt Nam", "central", "Việt Nam"),
    ("Hội CTĐ tỉnh", "province", None),
    ("LĐLĐ tỉnh", "province", None),
    ("Ban Thường vụ LĐLĐ huyện Gia Lâm", "district", "Gia Lâm"),
    ("Bộ Chỉ huy Quân sự tỉnh Quảng Nam", "province", "Quảng Nam"),
    ("Bộ Chỉ huy BĐBP tỉnh", "province", None),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang", "province", "Kiên Giang"),
    ("Ban Chỉ huy Quân sự huyện Thăng Bình", "district", "Thăng Bình"),
    ("Ban CHQS xã Hạ Trung", "commune", "Hạ Trung"),
])
def test_mass_organisation_and_military_command_at_its_unit(phrase, level, place):
    body = parse_body(phrase)
    assert body is not None and body.fixed_level == level and body.place == place


def test_military_command_is_no_ministry():
    body = parse_body("Bộ Chỉ huy Quân sự tỉnh")
    assert body is not None and body.kind == "military_command" and body.fixed_level == "province"


@pytest.mark.parametrize("phrase", ["phong trào Chữ thập đỏ", "hội viên chữ thập đỏ", "Bộ Chỉ huy",
                                    "chỉ huy quân sự"])
def test_movement_words_name_no_body(phrase):
    assert parse_body(phrase) is None


@pytest.mark.parametrize(("text", "name", "level"), [
    ("Bộ Chỉ huy BĐBP tỉnh vừa ban hành Kế hoạch thực hiện Chỉ thị 681, ngày 8/10/2018 về phân công đảng viên "
     "phụ trách hộ gia đình.\n", "Bộ Chỉ huy BĐBP tỉnh", "province"),
    ("Ngày 12/3/2021, Bộ Chỉ huy Quân sự tỉnh Quảng Nam đã ban hành Kế hoạch số 45/KH-BCH về diễn tập khu vực "
     "phòng thủ năm 2021.\n", "Bộ Chỉ huy Quân sự tỉnh Quảng Nam", "province"),
    ("Hội Chữ thập đỏ tỉnh vừa ban hành kế hoạch tổ chức Tháng nhân đạo năm 2022 với chủ đề kết nối yêu "
     "thương.\n", "Hội Chữ thập đỏ tỉnh", "province"),
    ("(HG) - Ban Chỉ huy Quân sự huyện Long Mỹ vừa ban hành kế hoạch huấn luyện dân quân tự vệ năm 2020.\n",
     "Ban Chỉ huy Quân sự huyện Long Mỹ", "district"),
])
def test_lead_of_a_mass_organisation_or_command(text, name, level):
    h = header(text)
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold() and h.issuer.level == level


# blind15: a lead whose subject is deploying its own plan now ('... tỉnh Cao Bằng đang triển khai kế hoạch tổ chức
# Đại hội ...') or deploys a campaign named in quotes ('Hội Chữ thập đỏ huyện Long Mỹ vừa triển khai kế hoạch
# “Tháng nhân đạo” năm 2019 ...'): the subject issues it, the type word gives its type. Another body's numbered
# plan, or a subject naming no body, is no such lead.
@pytest.mark.parametrize(("text", "name", "doc_type", "title"), [
    ("(HG) - Hội Chữ thập đỏ huyện Long Mỹ vừa triển khai kế hoạch “Tháng nhân đạo” năm 2019 với chủ đề “Kết "
     "nối, sẻ chia và lan tỏa” nhằm đề cao nhận thức.\n", "Hội Chữ thập đỏ huyện Long Mỹ", "KH", "“Tháng nhân đạo”"),
    ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng đang triển khai kế hoạch tổ chức Đại hội MTTQ các cấp "
     "tiến tới Đại hội MTTQ tỉnh lần thứ XII.\n", "Ủy ban MTTQ Việt Nam tỉnh Cao Bằng", "KH", "tổ chức Đại hội"),
    ("Hội Nông dân huyện Chợ Mới đang triển khai kế hoạch \"Nông dân thi đua sản xuất giỏi\" năm 2021 đến các "
     "chi hội.\n", "Hội Nông dân huyện Chợ Mới", "KH", "\"Nông dân thi đua"),
    ("Tỉnh đoàn Bắc Kạn đang triển khai Kế hoạch tổ chức Tháng Thanh niên năm 2022 trong toàn tỉnh.\n",
     "Tỉnh đoàn Bắc Kạn", "KH", "tổ chức Tháng Thanh niên"),
    ("Sáng 4/3, Liên đoàn Lao động tỉnh Quảng Trị đang triển khai kế hoạch ‘Tháng Công nhân’ năm 2023 tới các "
     "công đoàn cơ sở.\n", "Liên đoàn Lao động tỉnh Quảng Trị", "KH", None),
])
def test_lead_deploying_its_own_plan_now_or_a_quoted_campaign(text, name, doc_type, title):
    h = header(text)
    assert h.issuer is not None and h.issuer.name.casefold().startswith(name.casefold()) or \
        h.issuer is not None and name.casefold() in h.issuer.name.casefold()
    assert h.doc_type == doc_type
    if title:
        assert h.title is not None and h.title.startswith(title)


@pytest.mark.parametrize("text", [
    "Các xã đang triển khai kế hoạch tiêm chủng mở rộng năm 2021 cho trẻ em.\n",
    "Nhiều địa phương đang triển khai kế hoạch “Tháng nhân đạo” năm 2019 trên địa bàn.\n",
])
def test_deploying_subject_that_names_no_body(text):
    h = header(text)
    assert h.issuer is None


# blind15: a committee that 'ra nghị quyết' (passes a resolution at its meeting) in a headline or a lead: the
# subject issues an unnumbered resolution, titled by the words after it ('Đảng ủy Quân sự huyện Thăng Bình tổ chức
# hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ 6 tháng cuối năm 2020'). A meeting, a list of committees or a
# body telling others to pass one is no such subject; a numbered resolution is read by the number's own rules.
@pytest.mark.parametrize(("text", "name", "level", "title"), [
    ("Đảng ủy Quân sự huyện Thăng Bình ra nghị quyết lãnh đạo 6 tháng cuối năm\n\nVĂN TOÀN |\n\n(QNO) - Sáng 13.7, "
     "Đảng ủy Quân sự huyện Thăng Bình tổ chức hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ 6 tháng cuối năm "
     "2020.\n", "Đảng ủy Quân sự huyện Thăng Bình", "district", "lãnh đạo"),
    ("Đảng ủy Quân sự tỉnh ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2024\nToàn cảnh hội nghị.\n",
     "Đảng ủy Quân sự tỉnh", "province", "lãnh đạo thực hiện nhiệm vụ năm 2024"),
    ("Sáng 26/9, Đảng ủy Quân sự tỉnh Thái Nguyên tổ chức hội nghị ra nghị quyết thực hiện nhiệm vụ quý IV/2020.\n",
     "Đảng ủy Quân sự tỉnh Thái Nguyên", "province", "thực hiện nhiệm vụ quý IV/2020"),
    ("Ban Chấp hành Đảng bộ huyện Gia Lâm họp hội nghị lần thứ 12 ra nghị quyết về phát triển kinh tế năm 2023.\n",
     "Đảng bộ huyện Gia Lâm", "district", "về phát triển kinh tế"),
    ("Đảng ủy Công an tỉnh vừa ra Nghị quyết chuyên đề về công tác cán bộ giai đoạn 2021-2025.\n",
     "Đảng ủy Công an tỉnh", "province", "chuyên đề về công tác cán bộ"),
])
def test_committee_passing_a_resolution(text, name, level, title):
    h = header(text)
    assert h.doc_type == "NQ"
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold() and h.issuer.level == level
    assert h.title is not None and h.title.startswith(title)


# blind31: a local portal's headline prefix ('Thanh Liêm: Đảng ủy quân sự huyện vừa tổ chức hội nghị ra nghị
# quyết ...') names the unit its subject leaves unnamed, when the gazetteer holds the prefix as a unit of the
# subject's kind; a prefix that is no such unit (a menu word, a province over a district's body) adds nothing.
@pytest.mark.parametrize(("text", "name", "province", "district", "commune"), [
    pytest.param("Skip to main content\n\nThanh Liêm: Đảng ủy quân sự huyện vừa tổ chức hội nghị ra nghị quyết lãnh "
                 "đạo thực hiện nhiệm vụ năm 2024\n", "Đảng ủy quân sự huyện Thanh Liêm", "Hà Nam", "Thanh Liêm", None,
                 id="district-resolves"),
    pytest.param("Lập Thạch: Ban Thường vụ Huyện ủy vừa triển khai Kế hoạch tổ chức Tháng hành động vì môi trường "
                 "năm 2024.\n", "Ban Thường vụ Huyện ủy Lập Thạch", "Vĩnh Phúc", "Lập Thạch", None, id="district-deploys"),
    pytest.param("Kim Động: Ủy ban nhân dân huyện đang triển khai kế hoạch tiêm chủng mở rộng năm 2024.\n",
                 "Ủy ban nhân dân huyện Kim Động", "Hưng Yên", "Kim Động", None, id="district-council-lower-object"),
    pytest.param("Thái Nguyên: Đảng ủy quân sự tỉnh tổ chức hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ "
                 "năm 2024\n", "Đảng ủy quân sự tỉnh Thái Nguyên", "Thái Nguyên", None, None, id="province-resolves"),
    pytest.param("Thanh Liêm: UBND huyện vừa ban hành Kế hoạch số 45/KH-UBND ngày 12/3/2024 về phòng, chống thiên "
                 "tai năm 2024.\n", "UBND huyện Thanh Liêm", "Hà Nam", "Thanh Liêm", None, id="district-issues"),
    pytest.param("Thanh Liêm: Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU về phòng, chống thiên tai năm "
                 "2024.\n", "Ban Thường vụ Huyện ủy Thanh Liêm", "Hà Nam", "Thanh Liêm", None, id="committee-issues"),
    pytest.param("Kim Động: UBND tỉnh Hưng Yên vừa ban hành Kế hoạch số 45/KH-UBND ngày 12/3/2024 về phòng, chống "
                 "thiên tai.\n", "UBND tỉnh Hưng Yên", "Hưng Yên", None, None, id="subject-names-its-own-place"),
    pytest.param("Tin Tức: Đảng ủy quân sự huyện vừa tổ chức hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ "
                 "năm 2024\n", "Đảng ủy quân sự huyện", None, None, None, id="menu-word-no-place"),
    pytest.param("Hà Nam: Đảng ủy quân sự huyện vừa tổ chức hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ "
                 "năm 2024\n", "Đảng ủy quân sự huyện", None, None, None, id="province-over-district-body"),
])
def test_headline_prefix_names_the_subjects_unit(text, name, province, district, commune):
    h = header(text)
    assert h.issuer is not None and fold(h.issuer.name) == fold(name)
    got = h.issuer.locality
    assert (got.province, got.district, got.commune) == (province, district, commune)


# blind31: a news page's headline names the lead's document by its whole trích yếu, the lead by its first words
# and a bracketed number ('... ký ban hành Chương trình hành động của các cấp công đoàn (Chương trình số
# 02/CTr-BCH ngày 20/7/2021)'): the headline's words, which the lead's open, are the title. A headline of another
# subject leaves the lead's words.
_LEAD_02 = ("Để thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị, thay mặt Ban Chấp hành Tổng Liên "
            "đoàn Lao động Việt Nam, đồng chí Nguyễn Đình Khang - Chủ tịch Tổng Liên đoàn Lao động Việt Nam ký ban "
            "hành Chương trình hành động của các cấp công đoàn (Chương trình số 02/CTr-BCH ngày 20/7/2021).\n")
_LEAD_45 = ("Ngày 12/3/2025, Ban Thường vụ Hội Nông dân tỉnh Gia Lai đã ban hành Kế hoạch tuyên truyền (Kế hoạch số "
            "45-KH/HND ngày 12/3/2025).\n")


@pytest.mark.parametrize(("text", "title"), [
    pytest.param("Chương trình hành động của các cấp Công đoàn thực hiện Nghị quyết số 02-NQ/TW của Bộ Chính trị\n\n"
                 "05:03 - Thứ Tư, 06/10/2021 Lượt xem: 5907\n\n" + _LEAD_02,
                 "của các cấp Công đoàn thực hiện Nghị quyết số 02-NQ/TW của Bộ Chính trị", id="programme"),
    pytest.param("Kế hoạch tuyên truyền kỷ niệm 95 năm Ngày thành lập Hội Nông dân Việt Nam\n\n" + _LEAD_45,
                 "tuyên truyền kỷ niệm 95 năm Ngày thành lập Hội Nông dân Việt Nam", id="plan"),
    pytest.param("Hướng dẫn tổ chức đại hội chi hội cựu chiến binh nhiệm kỳ 2022 - 2027\n\nNgày 12/3/2022, Hội Cựu "
                 "chiến binh tỉnh Gia Lai đã ban hành Hướng dẫn tổ chức đại hội (Hướng dẫn số 15-HD/CCB ngày "
                 "12/3/2022).\n", "tổ chức đại hội chi hội cựu chiến binh nhiệm kỳ 2022 - 2027", id="guidance"),
    pytest.param("Kế hoạch phòng, chống thiên tai năm 2024\n\n" + _LEAD_45, "tuyên truyền", id="other-subject"),
])
def test_headline_gives_the_leads_whole_title(text, title):
    h = header(text)
    assert h.title == title


@pytest.mark.parametrize("text", [
    "Hội nghị đã ra nghị quyết về nhiệm vụ trọng tâm năm 2021 của tỉnh.\n",
    "Các cấp ủy ra nghị quyết chuyên đề về phát triển kinh tế tập thể.\n",
    "Đảng ủy Quân sự tỉnh yêu cầu các đơn vị ra nghị quyết lãnh đạo nhiệm vụ huấn luyện năm 2022.\n",
])
def test_no_committee_passing_a_resolution(text):
    h = header(text)
    assert h.doc_type != "NQ" or h.issuer is None


# blind15: a bloc's Party committee ('ĐẢNG ỦY KHỐI CÁC CƠ QUAN') under the header line of the Party body it
# belongs to ('ĐẢNG BỘ TỈNH THÁI NGUYÊN', 'TỈNH ỦY BẮC NINH', 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI') is at that body's level,
# in its place; the central blocs stay central, and a bloc with no such line keeps its level open.
_BLOC_TAIL = "\n*\nSố 29-HD/ĐUK\nĐẢNG CỘNG SẢN VIỆT NAM\n{place}, ngày 16 tháng 4 năm 2024\nHƯỚNG DẪN\nxây dựng mô hình\n"


@pytest.mark.parametrize(("top", "place", "level", "province"), [
    ("ĐẢNG BỘ TỈNH THÁI NGUYÊN\n\nĐẢNG ỦY KHỐI CÁC CƠ QUAN\n", "Thái Nguyên", "province", "Thái Nguyên"),
    ("TỈNH ỦY BẮC NINH\nĐẢNG ỦY KHỐI DOANH NGHIỆP\n", "Bắc Ninh", "province", "Bắc Ninh"),
    ("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nĐẢNG ỦY KHỐI CÁC CƠ QUAN THÀNH PHỐ\n", "Hà Nội", "province", "Hà Nội"),
    ("ĐẢNG BỘ TỈNH NAM ĐỊNH\nĐẢNG ỦY KHỐI CÁC CƠ QUAN\n", "Nam Định", "province", "Nam Định"),
    ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG\n", "Hà Nội", "central", None),
    ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN\n", "Thái Nguyên", None, None),
])
def test_bloc_committee_at_its_party_body_level(top, place, level, province):
    h = header(top + _BLOC_TAIL.format(place=place))
    assert h.issuer is not None and "khối" in h.issuer.name.casefold()
    assert h.issuer.level == level and h.issuer.locality.province == province


# blind15: a page whose headline deploys a plan with no subject ('Triển khai kế hoạch Đại hội Mặt trận Tổ quốc tỉnh
# lần thứ X', under a portlet's 'null' slip): the document is of that type, titled by the words after it, when
# nothing else in the text tells the type. A headline deploying another's numbered plan, a bare 'Triển khai kế
# hoạch' or several plans ('các kế hoạch') tells nothing.
@pytest.mark.parametrize(("text", "doc_type", "title"), [
    ("null Triển khai kế hoạch Đại hội Mặt trận Tổ quốc tinh lần thứ X\n\nTin hoạt động\nThứ ba, 21/08/2018, 09:03\n"
     "Triển khai kế hoạch Đại hội Mặt trận Tổ quốc tinh lần thứ X\n\nKế hoạch nêu rõ mục đích, yêu cầu của Đại hội.\n",
     "KH", "Đại hội Mặt trận Tổ quốc tinh lần thứ X"),
    ("Triển khai Kế hoạch tổ chức Tháng hành động vì an toàn thực phẩm năm 2023\n\nTheo đó, các xã tăng cường kiểm "
     "tra cơ sở sản xuất.\n", "KH", "tổ chức Tháng hành động vì an toàn thực phẩm năm 2023"),
    ("Triển khai chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh\n\nChương trình gồm 5 nhóm nhiệm "
     "vụ.\n", "CTr", "thực hiện Nghị quyết Đại hội Đảng bộ tỉnh"),
    ("Ban hành hướng dẫn công tác thi đua, khen thưởng năm 2022\n\nHướng dẫn nêu rõ các tiêu chí.\n", "HD",
     "công tác thi đua, khen thưởng năm 2022"),
    # sweepB: a news item announcing a decision or resolution (blind34 b07), in its headline, with the body that
    # decided, or in its lead's first sentence
    ("Công bố quyết định giám sát Ban Thường vụ Tỉnh ủy Điện Biên\n\nNgày 12/3, tại tỉnh Điện Biên, Đoàn giám sát "
     "số 30 của Bộ Chính trị, Ban Bí thư đã công bố quyết định giám sát năm 2026.\n", "QĐ",
     "giám sát Ban Thường vụ Tỉnh ủy Điện Biên"),
    ("Công bố quyết định kiểm tra, giám sát đối với Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh\nChiều 14/3, đoàn "
     "kiểm tra số 11 đã chủ trì hội nghị.\n", "QĐ", "kiểm tra, giám sát đối với Ban Thường vụ Thành ủy Thành phố Hồ "
     "Chí Minh"),
    ("Công bố quyết định của Bộ Chính trị chuẩn y Bí thư Tỉnh ủy Thái Bình\nChiều 7/12, hội nghị đã diễn ra.\n", "QĐ",
     "của Bộ Chính trị chuẩn y Bí thư Tỉnh ủy Thái Bình"),
    ("Công bố nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã\nSáng 12/3, tỉnh đã tổ "
     "chức hội nghị.\n", "NQ", "của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã"),
    ("Sáng 15.11, Tỉnh ủy Thái Nguyên tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ.\n\n"
     "Ông Vương Quốc Tuấn nhận quyết định.\n", "QĐ", "của Bộ Chính trị về công tác cán bộ"),
])
def test_headline_deploying_a_plan_with_no_subject(text, doc_type, title):
    h = header(text)
    assert h.doc_type == doc_type and h.title == title


# blind34 b07: the decision such an item announces is its owner's, named by the delegation it sent or with the
# decision; the host holding the announcing meeting is not its issuer.
@pytest.mark.parametrize(("text", "name", "level"), [
    ("Công bố quyết định giám sát Ban Thường vụ Tỉnh ủy Điện Biên\n\nNgày 12/3, tại tỉnh Điện Biên, Đoàn giám sát "
     "số 30 của Bộ Chính trị, Ban Bí thư đã công bố quyết định giám sát năm 2026.\n", "Bộ Chính trị", "central"),
    ("Công bố quyết định kiểm tra đối với Ban Thường vụ Tỉnh ủy Hậu Giang\n\nChiều 22/2, tại Hậu Giang, Đoàn kiểm tra "
     "số 1914 của Bộ Chính trị do ông Nguyễn Xuân Thắng, Ủy viên Bộ Chính trị làm trưởng đoàn đã công bố Quyết định "
     "kiểm tra.\n", "Bộ Chính trị", "central"),
    ("Công bố quyết định kiểm tra, giám sát đối với Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh\nChiều 14/3, Trưởng "
     "đoàn kiểm tra số 11 đã chủ trì Hội nghị công bố Quyết định kiểm tra, giám sát của Bộ Chính trị, Ban Bí thư năm "
     "2026.\n", "Bộ Chính trị", "central"),
    ("Sáng 15.11, Tỉnh ủy Thái Nguyên tổ chức hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ.\n\n"
     "Ông Vương Quốc Tuấn nhận quyết định.\n", "Bộ Chính trị", "central"),
])
def test_announced_decision_is_its_owners(text, name, level):
    h = header(text)
    assert h.doc_type == "QĐ" and h.issuer is not None
    assert (h.issuer.name, h.issuer.level) == (name, level)


# blind30 c02: a header that lost its body lines ('Số 70/KH-UBND' / 'Cần Thơ, ngày 15 tháng 9 năm 2025') is the
# People's Committee of the province its place line names; a district's name there is left to the code.
@pytest.mark.parametrize(("text", "name", "province"), [
    ("Số 70/KH-UBND\n\nCần Thơ, ngày 15 tháng 9 năm 2025\n\nKẾ HOẠCH\nThực hiện công tác dân vận\n",
     "Ủy ban nhân dân thành phố Cần Thơ", "Cần Thơ"),
    ("Số: 12/KH-UBND\nNghệ An, ngày 5 tháng 3 năm 2021\nKẾ HOẠCH\nTriển khai tiêm chủng\n",
     "Ủy ban nhân dân tỉnh Nghệ An", "Nghệ An"),
    ("Số: 45/KH-UBND\nGia Lâm, ngày 5 tháng 3 năm 2021\nKẾ HOẠCH\nTriển khai tiêm chủng\n", "UBND", None),
])
def test_committee_code_under_a_province_place_line(text, name, province):
    h = header(text)
    assert h.issuer is not None and (h.issuer.name, h.issuer.locality.province) == (name, province)


# blind23 b04: a body of no level of its own with no place line is in the province whose committee's document
# it carries out; two provinces, or the capital, tell none.
@pytest.mark.parametrize(("text", "province"), [
    ("Căn cứ kế hoạch số 34-KH/TU ngày 30/12/2016 của Tỉnh ủy Thái Nguyên về chào cờ; Đảng ủy trường Đại học Khoa "
     "học đã chỉ đạo xây dựng Kế hoạch tổ chức chào cờ.\n", "Thái Nguyên"),
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 5/3/2021 của UBND tỉnh Nghệ An, Đảng ủy Trường Đại học Vinh đã xây "
     "dựng Kế hoạch tiêm chủng.\n", "Nghệ An"),
    ("Thực hiện Kế hoạch số 08-KH/TU của Thành ủy Hà Nội, Đảng ủy Trường Đại học Bách khoa đã xây dựng Kế hoạch "
     "học tập.\n", None),
])
def test_a_body_of_unknown_level_is_in_the_province_it_carries_out(text, province):
    h = header(text)
    assert h.issuer is not None and h.issuer.level is None and h.issuer.locality.province == province


@pytest.mark.parametrize("text", [
    "Triển khai kế hoạch\n\nCác xã đã tổ chức họp dân.\n",
    "Triển khai Kế hoạch số 53/KH-UBND của UBND huyện Tiên Lãng\n\nCác xã đã tổ chức họp dân.\n",
    "Triển khai các kế hoạch trọng tâm\n\nCác xã đã tổ chức họp dân.\n",
    "Công bố kết quả kỳ thi tốt nghiệp năm 2024\n\nCác trường đã nhận kết quả.\n",  # no document announced
])
def test_headline_deploying_nothing_named(text):
    assert header(text).doc_type is None


# sweepB: a joint circular's or resolution's type line in capitals ('THÔNG TƯ LIÊN TỊCH', a case-law site's
# 02/2011/TTLT-VPCP-BNV) is the whole heading: its trích yếu opens on the next line, not on 'LIÊN TỊCH'.
@pytest.mark.parametrize(("heading", "number", "doc_type"), [
    ("THÔNG TƯ LIÊN TỊCH", "02/2011/TTLT-VPCP-BNV", "TT"),
    ("NGHỊ QUYẾT LIÊN TỊCH", "09/2008/NQLT-CP-UBTUMTTQVN", "NQ"),
    ("Thông tư liên tịch", "02/2011/TTLT-VPCP-BNV", "TT"),
])
def test_joint_heading_leaves_no_word_to_the_title(heading, number, doc_type):
    h = header(f"VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ\n\nSố: {number}\n\nHà Nội, ngày 28 tháng 01 năm 2011"
               f"\n\n{heading}\n\nHƯỚNG DẪN VỀ CHỨC NĂNG, NHIỆM VỤ CỦA VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ "
               "Nghị định số 36/2012/NĐ-CP;\n")
    assert h.doc_type == doc_type
    assert h.title == "HƯỚNG DẪN VỀ CHỨC NĂNG, NHIỆM VỤ CỦA VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH"


# blind15: a unit's kind word written with a capital inside a sentence ('của Ban chấp hành đoàn Huyện Giồng
# Riềng', 'Ủy ban MTTQ Huyện Phú Tân', 'UBND Tỉnh Kiên Giang') still names a place the text mentions, which settles
# a commune named in several provinces; a committee written the same way ('Tỉnh Đoàn', 'Huyện Ủy') is no place.
@pytest.mark.parametrize(("text", "commune", "district", "province"), [
    ("Thực hiện Kế hoạch số 99-KH/ĐTN ngày 14 tháng 10 năm 2024 của Ban chấp hành đoàn Huyện Giồng Riềng về việc chỉ "
     "đạo tổ chức Đại hội các chi đoàn; Đoàn xã Hòa Hưng đã xây dựng Kế hoạch số 31-KH/ĐTN về việc chỉ đạo tổ chức "
     "Đại hội các chi đoàn trực thuộc.\n", "Hòa Hưng", "Giồng Riềng", "Kiên Giang"),
    ("Ủy ban MTTQ xã Tân Hải vừa triển khai kế hoạch tổ chức ngày hội đại đoàn kết theo hướng dẫn của Ủy ban MTTQ "
     "Huyện Phú Tân.\n", "Tân Hải", "Phú Tân", "Cà Mau"),
    ("Đảng ủy xã Tân Hải vừa ban hành kế hoạch học tập Nghị quyết; Ban Tuyên giáo Thị Xã La Gi đã hướng dẫn "
     "chi tiết.\n", "Tân Hải", "La Gi", "Bình Thuận"),
])
def test_capitalised_unit_word_names_a_place(text, commune, district, province):
    loc = header(text).issuer.locality
    assert (loc.commune, loc.district, loc.province) == (commune, district, province)


@pytest.mark.parametrize(("text", "name", "province"), [
    ("Tỉnh Đoàn vừa ban hành kế hoạch tổ chức Tháng Thanh niên năm 2022 trên địa bàn tỉnh.\n", "Tỉnh đoàn", None),
    ("Huyện Ủy Gia Lâm vừa ban hành kế hoạch tổ chức Tháng Thanh niên năm 2022.\n", "Huyện ủy Gia Lâm", "Hà Nội"),
])
def test_capitalised_committee_is_no_place(text, name, province):
    issuer = header(text).issuer
    assert issuer is not None and issuer.name == name and issuer.locality.province == province


# blind15: a provincial body naming no province of its own, on a page about one of its districts, whose province
# the text writes only without diacritics (an image caption or slug: 'LDLD tinh Quang Tri: Thuc hien chu de ...'):
# the stripped name counts as the province's name (blind13's rule). The stripped name of another province, or
# none, settles nothing.
@pytest.mark.parametrize(("text", "province"), [
    ("Ban Thường vụ LĐLĐ tỉnh đã tổ chức Hội nghị, ban hành Kế hoạch số 02/KH-LĐLĐ về thực hiện chủ đề năm.\n\n"
     "LDLD tinh Quang Tri: Thuc hien chu de 'Nam vi loi ich doan vien cong doan' - Anh 1\n\nLĐLĐ tỉnh hỗ trợ 300 "
     "triệu đồng sửa chữa Trường Mầm non xã Triệu Giang (huyện Triệu Phong).\n", "Quảng Trị"),
    ("Hội Nông dân tỉnh vừa ban hành kế hoạch tổ chức hội thi nông dân giỏi tại huyện Tân Kỳ năm 2022.\n\nAnh: Hoi "
     "Nong dan tinh Nghe An\n", "Nghệ An"),
    ("Hội Nông dân tỉnh vừa ban hành kế hoạch tổ chức hội thi nông dân giỏi tại huyện Tân Kỳ năm 2022.\n\nAnh: Hoi "
     "Nong dan tinh Ha Tinh\n", None),
    ("Hội Nông dân tỉnh vừa ban hành kế hoạch tổ chức hội thi nông dân giỏi tại huyện Tân Kỳ năm 2022.\n", None),
])
def test_province_written_without_diacritics(text, province):
    issuer = header(text).issuer
    assert issuer is not None and issuer.level == "province" and issuer.locality.province == province


# blind15 (met while writing the capitalised-unit rows): a youth union written with a capital 'Đoàn' ('Ban Thường
# vụ Huyện Đoàn Gia Lâm', 'Thành Đoàn Hải Phòng') is no body followed by a person surnamed Đoàn: the words that
# make the body's base stay in its name. A signer named after the body ('... huyện Gia Lâm Đoàn Văn Minh') is
# still cut off.
@pytest.mark.parametrize(("text", "name", "level"), [
    ("Ban Thường vụ Huyện Đoàn Gia Lâm vừa ban hành kế hoạch tổ chức Tháng Thanh niên năm 2022.\n",
     "huyện đoàn gia lâm", "district"),
    ("Ngày 3/2/2022, Ban Thường vụ Huyện Đoàn Gia Lâm đã ban hành kế hoạch tổ chức Tháng Thanh niên năm 2022.\n",
     "huyện đoàn gia lâm", "district"),
    ("Ban Thường vụ Tỉnh Đoàn Bắc Kạn vừa ban hành kế hoạch tổ chức Tháng Thanh niên năm 2022.\n",
     "tỉnh đoàn bắc kạn", "province"),
    ("Ngày 5/3/2021, Thành Đoàn Hải Phòng đã ban hành kế hoạch tổ chức Tháng Thanh niên năm 2021.\n",
     "thành đoàn hải phòng", "province"),
])
def test_youth_union_with_a_capital_doan_is_no_person(text, name, level):
    issuer = header(text).issuer
    assert issuer is not None and name in issuer.name.casefold() and issuer.level == level


def test_signer_surnamed_doan_is_still_cut():
    issuer = header("Chủ tịch UBND huyện Gia Lâm Đoàn Văn Minh đã ký ban hành kế hoạch phòng, chống dịch năm "
                    "2021.\n").issuer
    assert issuer is not None and "minh" not in issuer.name.casefold() and issuer.level == "district"
# perturb: the left column flattened onto one line, the right column onto another (or both on one):
# the number is read from the cell after the issuer's name, whatever the column order.
@pytest.mark.parametrize(("text", "number"), [
    ("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG ------- Số: 45/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
     "Hạnh phúc --------------- Hà Giang, ngày 12 tháng 3 năm 2024\nKẾ HOẠCH\nTriển khai Đề án 06\n", "45/KH-UBND"),
    ("HUYỆN ỦY KIM ĐỘNG * Số 131-KH/HU   ĐẢNG CỘNG SẢN VIỆT NAM Kim Động, ngày 2 tháng 4 năm 2024\nKẾ HOẠCH\n"
     "thực hiện Nghị quyết số 43-NQ/TW\n", "131-KH/HU"),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Tự Cường, ngày 10 tháng 4 năm 2024\n"
     "ỦY BAN NHÂN DÂN XÃ TỰ CƯỜNG Số: 27/KH-UBND\nKẾ HOẠCH\nTổ chức triển khai\n", "27/KH-UBND"),
    ("ĐẢNG ỦY XÃ BÌNH SƠN\t\tSố 44-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nBình Sơn, ngày 19 tháng 12 năm 2022\nKẾ HOẠCH\n"
     "học tập Nghị quyết Hội nghị lần thứ sáu\n", "44-KH/ĐU"),
])
def test_number_cell_after_the_issuer_on_one_line(text, number):
    from loaders.parse import parse_text

    assert str(parse_text(text).number) == number


# perturb: the number cell without its 'Số' (an OCR or a copy that dropped the word): a header line that
# is a whole number and nothing else. A number with words around it, or one under the type heading, is
# another document's; a number left blank stays unknown.
@pytest.mark.parametrize(("text", "number"), [
    ("ỦY BAN NHÂN DÂN\nHUYỆN TIÊN LÃNG\n53/KH-UBND\nTiên Lãng, ngày 7 tháng 3 năm 2024\nKẾ HOẠCH\n"
     "Triển khai Chương trình hành động\n", "53/KH-UBND"),
    ("TỈNH ỦY HẢI PHÒNG\n*\n66-CTr/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nHải Phòng, ngày 02 tháng 02 năm 2024\n"
     "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 43-NQ/TW\n", "66-CTr/TU"),
    ("ĐẢNG ỦY XÃ TỰ CƯỜNG\n12 - KH/ĐU\nTự Cường, ngày 5 tháng 4 năm 2024\nKẾ HOẠCH\nhọc tập Nghị quyết\n",
     "12-KH/ĐU"),
    ("UBND XÃ PHÚ LƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n45/UBND | Phú Lương, ngày 3 tháng 5 năm 2021 |\n"
     "V/v phòng, chống dịch\nKính gửi: Các thôn\n", "45/UBND"),
    # must not fire
    ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nThực hiện Nghị quyết 43-NQ/TW\nLào Cai, ngày 7 tháng 3 năm 2024\nKẾ HOẠCH\n"
     "Triển khai\n", None),
    ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố:     /KH-UBND\nLào Cai, ngày 7 tháng 3 năm 2024\nKẾ HOẠCH\n"
     "Triển khai\n43-NQ/TW\n", None),
])
def test_number_cell_without_its_word(text, number):
    from loaders.parse import parse_text

    got = parse_text(text).number
    assert (str(got) if got else None) == number


# perturb: a PDF copy wraps the 'V/v' cell where the line is full, also before a number or after a word
# that cannot end it; a numbered point, the motto and the date line are no part of it.
_LETTER_HEAD = "ỦY BAN NHÂN DÂN\nHUYỆN YÊN LẠC\nSố: 215/UBND-VP\n"
_LETTER_TAIL = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nYên Lạc, ngày 9 tháng 6 năm 2022\nKính gửi: UBND các xã\n"


@pytest.mark.parametrize(("subject", "title"), [
    ("V/v triển khai Kết luận số\n81-KL/TW của Bộ Chính trị\n", "V/v triển khai Kết luận số 81-KL/TW của Bộ Chính trị"),
    ("V/v hướng dẫn công tác thu chi năm học\n2022-2023 trên địa bàn\n",
     "V/v hướng dẫn công tác thu chi năm học 2022-2023 trên địa bàn"),
    ("V/v phối hợp tuyên truyền về\nBộ tiêu chí xã nông thôn mới nâng cao\n",
     "V/v phối hợp tuyên truyền về Bộ tiêu chí xã nông thôn mới nâng cao"),
    ("V/v sơ kết 05 năm thực hiện Chỉ thị số 21-CT/TW ngày\n20/01/2018 của Ban Bí thư\n",
     "V/v sơ kết 05 năm thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư"),
    # must not fire: the next cell is the motto, a numbered point or a body's name
    ("V/v tổ chức đón Tết Nguyên đán\n", "V/v tổ chức đón Tết Nguyên đán"),
    ("V/v phòng, chống dịch bệnh\n1. Giao UBND các xã triển khai\n", "V/v phòng, chống dịch bệnh"),
    ("V/v tăng cường phòng chống dịch\nỦY BAN NHÂN DÂN HUYỆN\n", "V/v tăng cường phòng chống dịch"),
])
def test_wrapped_subject_cell(subject, title):
    h = header(_LETTER_HEAD + subject + _LETTER_TAIL)
    assert h.title == title


# perturb: a legal library's metadata names the issuer in the old tone placement ('Uỷ ban', 'Hoà Bình'):
# it is matched in the one placement every other clause is.
@pytest.mark.parametrize(("meta", "province"), [
    ("Cơ quan ban hành: Uỷ ban nhân dân tỉnh Quảng NgãiSố công báo:\nSố hiệu: 55/2016/QĐ-UBND\n", "Quảng Ngãi"),
    ("Cơ quan ban hành:Uỷ ban nhân dân tỉnh Hoà BìnhSố công báo:Đang cập nhật\nSố hiệu:12/KH-UBND\n", "Hòa Bình"),
    ("| Số hiệu | 503/QĐ-UBND |\n| Cơ quan ban hành | Uỷ ban nhân dân tỉnh Thanh Hoá |\n", "Thanh Hóa"),
    ("Số hiệu: 88/KH-UBND\nLoại văn bản: Kế hoạch\nCơ quan ban hành: Uỷ ban nhân dân tỉnh Khánh Hoà\n", "Khánh Hòa"),
])
def test_metadata_issuer_in_old_tone_placement(meta, province):
    h = header(meta + "Nội dung văn bản đang được cập nhật.\n")
    assert h.issuer is not None and h.issuer.level == "province" and h.issuer.locality.province == province


# perturb: a letter's header cells with doubled blank lines (or a space-only line) between them: the
# header of a letter with no type heading is its first thirty lines of TEXT, not thirty lines; the
# thirty-first line of text is still out of it.
_SPREAD_LETTER = ["ỦY BAN NHÂN DÂN", "XÃ GIA PHÚ", "_______", "Số: 15 /CV-UBND", "V/v tuyên truyền phòng dịch",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "_______",
                  "Gia Phú, ngày 14 tháng 3 năm 2020", "Kính gửi: Các ông trưởng thôn."]


@pytest.mark.parametrize(("gap", "issued_on"), [
    ("\n\n\n\n", date(2020, 3, 14)),
    ("\n\n \n\n", date(2020, 3, 14)),
    ("\n\n\n\n\n", date(2020, 3, 14)),
    ("\n\u00a0\n\u00a0\n\n", date(2020, 3, 14)),
])
def test_letter_header_spread_by_blank_lines(gap, issued_on):
    assert header(gap.join(_SPREAD_LETTER) + "\n").issued_on == issued_on


def test_letter_header_is_thirty_lines_of_text():
    lines = _SPREAD_LETTER[:5] + [f"Thôn {k} đã treo băng rôn" for k in range(1, 27)] + _SPREAD_LETTER[5:]
    assert header("\n".join(lines) + "\n").issued_on is None


# perturb: a word processor's dash in a lead's own number ('44–KH/ĐU', '08—CT/HU', the figure dash):
# matched as the hyphen, so the lead gives number and date. A range of years keeps its dash.
@pytest.mark.parametrize(("text", "number", "issued_on"), [
    ("Đảng ủy xã Bình Sơn xây dựng Kế hoạch số 44–KH/ĐU ngày 19/12/2022 về tổ chức học tập nghị quyết.\n",
     "44-KH/ĐU", date(2022, 12, 19)),
    ("Ban Thường vụ Huyện ủy Gia Lâm vừa ban hành Chỉ thị số 08—CT/HU ngày 3/4/2021 về phòng, chống dịch.\n",
     "08-CT/HU", date(2021, 4, 3)),
    ("Huyện ủy Sơn Tịnh vừa ban hành Kế hoạch số 79\u2012KH/HU ngày 9/10/2014 về công tác lý luận.\n",
     "79-KH/HU", date(2014, 10, 9)),
    ("Ngày 5/3/2024, Ban Thường vụ Thành ủy ban hành Chương trình số 66\u2212CTr/TU về thực hiện Nghị quyết.\n",
     "66-CTr/TU", date(2024, 3, 5)),
])
def test_lead_number_with_another_dash(text, number, issued_on):
    h = header(text)
    assert (h.number, h.issued_on) == (number, issued_on)


def test_year_range_keeps_its_dash():
    h = header("Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 12-KH/TU ngày 3/4/2021 về phát triển du lịch "
               "giai đoạn 2021–2025.\n")
    assert h.number == "12-KH/TU" and h.title is not None and "2021–2025" in h.title


# perturb: a letter's header table copied row by row, a tab between the cells, the 'V/v' cell in the
# number's row: the date and the subject are read as from a header laid out line by line.
@pytest.mark.parametrize("gap", ["\t", "\t\t", "     ", " \t "])
def test_letter_header_rows_with_gaps(gap):
    text = (f"VĂN PHÒNG CHÍNH PHỦ -------{gap}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
            f"Số: 908a/VPCP-KTN V/v Bổ sung đồ án Quy hoạch chung Tp Thái Nguyên.{gap}Hà Nội, ngày 04 tháng 02 "
            "năm 2016\nKính gửi: Ủy ban nhân dân tỉnh Thái Nguyên.\n")
    h = header(text)
    assert h.number == "908a/VPCP-KTN" and h.issued_on == date(2016, 2, 4)
    assert h.title == "V/v Bổ sung đồ án Quy hoạch chung Tp Thái Nguyên."


# perturb: the header's issuer lines in title case, as a web page's styles leave them when copied ('Ủy
# Ban Nhân Dân' / 'Tỉnh Lai Châu'): read as the capitals they show. A portal's title-case chrome above
# the header names no body and stays out.
_STATE_RIGHT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


@pytest.mark.parametrize(("text", "level", "province", "name"), [
    ("Ủy Ban Nhân Dân\nTỉnh Lai Châu\n" + _STATE_RIGHT + "Số: 1556/KH-UBND\nLai Châu, ngày 5 tháng 7 năm 2022\n"
     "KẾ HOẠCH\nPhát triển sản phẩm OCOP\n", "province", "Lai Châu", "Ủy ban nhân dân tỉnh Lai Châu"),
    ("Ủy Ban Nhân Dân\nTỉnh Bà Rịa - Vũng Tàu\n" + _STATE_RIGHT + "Số: 08/KH-UBND\nBà Rịa - Vũng Tàu, ngày 6 "
     "tháng 1 năm 2021\nKẾ HOẠCH\nTruyền thông\n", "province", "Bà Rịa - Vũng Tàu", "Ủy ban nhân dân tỉnh"),
    ("Đảng Bộ Tỉnh Hưng Yên\nHuyện Ủy Kim Động\n*\nSố 131-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nKim Động, ngày 2 tháng "
     "4 năm 2024\nKẾ HOẠCH\nthực hiện Nghị quyết\n", "district", "Hưng Yên", "Huyện ủy Kim Động"),
    ("Sở Giáo Dục Và Đào Tạo\nTỉnh Quảng Ninh\n" + _STATE_RIGHT + "Số: 120/KH-SGDĐT\nQuảng Ninh, ngày 3 tháng 3 "
     "năm 2023\nKẾ HOẠCH\nChuyển đổi số\n", "province", "Quảng Ninh", "Sở Giáo dục và Đào tạo"),
    # must not fire: a portal's title-case chrome over a header in capitals
    ("Hệ Thống Pháp Luật\nCổng Thông Tin Điện Tử\nỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n" + _STATE_RIGHT
     + "Số: 258/KH-UBND\nLào Cai, ngày 7 tháng 3 năm 2024\nKẾ HOẠCH\nTriển khai\n", "province", "Lào Cai",
     "Ủy ban nhân dân tỉnh Lào Cai"),
])
def test_title_case_header_issuer(text, level, province, name):
    h = header(text)
    assert h.issuer is not None and (h.issuer.level, h.issuer.locality.province) == (level, province)
    assert fold(name) in fold(h.issuer.name)


# blind16: a news lead whose sentence runs on after the own document's subject into what it sets ('... vừa ban
# hành Kế hoạch số 147-KH/HU, ngày 21/12/2022 về kết nạp đảng viên năm 2023; theo đó, huyện ... phấn đấu ...'):
# the title stops before '; theo đó' / ', trong đó' / ', qua đó'. A title with a comma of its own keeps it.
@pytest.mark.parametrize(("text", "title"), [
    ("Đức Linh xây dựng kế hoạch\n\nBan Thường vụ Huyện ủy Đức Linh vừa ban hành Kế hoạch số 147-KH/HU, ngày "
     "21/12/2022 về kết nạp đảng viên năm 2023; theo đó, huyện Đức Linh phấn đấu kết nạp 170 đảng viên.\n",
     "về kết nạp đảng viên năm 2023"),
    ("UBND tỉnh vừa ban hành Kế hoạch số 12/KH-UBND ngày 5/1/2021 về phòng, chống dịch bệnh gia súc, theo đó yêu "
     "cầu các huyện tổ chức tiêm phòng.\n", "về phòng, chống dịch bệnh gia súc"),
    ("Ngày 3/3/2022, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 15-CT/TU về tăng cường công tác tuyển quân, trong "
     "đó yêu cầu các cấp ủy lãnh đạo chặt chẽ.\n", "về tăng cường công tác tuyển quân"),
    ("Huyện ủy Lâm Hà vừa ban hành Nghị quyết số 05-NQ/HU ngày 2/4/2021 về phát triển du lịch; qua đó, huyện "
     "phấn đấu đón 200.000 lượt khách.\n", "về phát triển du lịch"),
    # must not cut: a comma inside the subject itself
    ("UBND huyện vừa ban hành Kế hoạch số 45/KH-UBND ngày 2/3/2023 về phòng, chống thiên tai, tìm kiếm cứu nạn năm "
     "2023.\n", "về phòng, chống thiên tai, tìm kiếm cứu nạn năm 2023"),
])
def test_lead_title_stops_before_what_it_sets(text, title):
    assert header(text).title == title
# perturb2: a Party number typed with blanks round its hyphen ('44 - KH/ĐU', DOMAIN §2) in a lead or a
# scrambled capitals headline: the lead gives number and date as for '44-KH/ĐU'. A range of years, a
# list item '1 - Nghị quyết' and a department's board ('BCĐ 35') are not closed up.
@pytest.mark.parametrize(("text", "number", "issued_on"), [
    ("Đảng ủy xã Hòa Phú xây dựng Kế hoạch số 27 - KH/ĐU ngày 14/3/2023 về học tập chuyên đề năm 2023.\n",
     "27-KH/ĐU", date(2023, 3, 14)),
    ("Huyện ủy Tiên Du xây dựng Chỉ thị số 12 – CT/HU ngày 2/8/2021 về phòng, chống dịch.\n",
     "12-CT/HU", date(2021, 8, 2)),
    ("Ngày 5/3/2024, Ban Thường vụ Tỉnh ủy ban hành Chương trình số 66  -  CTr/TU về thực hiện Nghị quyết.\n",
     "66-CTr/TU", date(2024, 3, 5)),
    ("Thực hiện Kế hoạch số 78-KH/HU của Huyện ủy, Đảng ủy phường xây dựng Kế hoạch số 105 - KH/ĐU "
     "ngày 02/6/2022 về tổ chức sinh hoạt chính trị.\n",
     "105-KH/ĐU", date(2022, 6, 2)),
    ("Chi bộ thôn 3 xây dựng Nghị quyết số 07 - NQ/CB ngày 10/01/2023 về lãnh đạo thực hiện nhiệm vụ.\n",
     "07-NQ/CB", date(2023, 1, 10)),
    ("Huyện đoàn Thọ Xuân đã xây dựng Kế hoạch số 246 - KH/TĐTN-TCKT ngày 18/9/2024 về giám sát.\n",
     "246-KH/TĐTN-TCKT", date(2024, 9, 18)),
])
def test_lead_number_with_spaced_hyphen(text, number, issued_on):
    h = header(text)
    assert (h.number, h.issued_on) == (number, issued_on)


def test_scrambled_headline_number_with_spaced_hyphen():
    h = header("KẾT LỦẬN 127 - KL/TW CỦÀ BỘ CHÍNH TRỊ VỀ TRỈỂN KHÀÌ NGHĨÊN CỨƯ SẮP XẾP TỔ CHỨC BỘ MÁỲ\n"
               "Tạĩ phĩên họp ngàỷ 28/2/2025, Bộ Chính trị đã kết luận như sau.\n")
    assert (h.number, h.doc_type) == ("127-KL/TW", "KL")


@pytest.mark.parametrize(("text", "number", "in_title"), [
    ("Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 12-KH/TU ngày 3/4/2021 về phát triển du lịch "
     "giai đoạn 2021 - 2025.\n", "12-KH/TU", "2021 - 2025"),
    ("Ban Chỉ đạo 35 cấp huyện ban hành Công văn số 25 - CV/BCĐ 35 ngày 27/02/2023 về tổ chức cuộc thi.\n",
     "25-CV/BCĐ35", "cuộc thi"),
])
def test_spaced_hyphen_keeps_what_follows(text, number, in_title):
    h = header(text)
    assert h.number == number and in_title in (h.title or "")


# perturb2: the header's right column laid out before the left (motto and place-date, then the issuer's
# cell and the number line right above the type heading): the number's closing code ('QĐ-UBND' /
# 'QUYẾT ĐỊNH') is no body deciding; the issuer is the header's. The enacting line under the title
# ('ỦY BAN NHÂN DÂN TỈNH ...' / 'QUYẾT ĐỊNH:') still names it.
_RIGHT_FIRST = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n{date}\n{issuer}\n" \
    "--------\nSố: {number}\n\n{heading}\n\n{title}\n\n{enacting}\n\nCăn cứ Luật Tổ chức chính quyền địa phương " \
    "ngày 19 tháng 6 năm 2015;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế.\n"


@pytest.mark.parametrize(("issuer", "number", "date_line", "title", "enacting", "name", "level"), [
    ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ", "21/2019/QĐ-UBND", "Quảng Trị, ngày 12 tháng 6 năm 2019",
     "VỀ VIỆC BAN HÀNH QUY ĐỊNH PHÂN CẤP QUẢN LÝ TÀI SẢN CÔNG", "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
     "Ủy ban nhân dân tỉnh Quảng Trị", "province"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN NHÀ BÈ", "1520/QĐ-UBND", "Nhà Bè, ngày 03 tháng 4 năm 2021",
     "BAN HÀNH QUY ĐỊNH QUẢN LÝ CHỢ TRÊN ĐỊA BÀN HUYỆN", "", "Ủy ban nhân dân huyện Nhà Bè", "district"),
    ("ỦY BAN NHÂN DÂN\nXÃ HÒA PHÚ", "35/QĐ-UBND", "Hòa Phú, ngày 20 tháng 01 năm 2023",
     "VỀVIỆC BAN HÀNH QUY ĐỊNH VỀ GIỮ GÌN VỆ SINH MÔI TRƯỜNG", "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÒA PHÚ",
     "Ủy ban nhân dân xã Hòa Phú", "commune"),
    ("UBND TỈNH SƠN LA\nSỞ NỘI VỤ", "112/QĐ-SNV", "Sơn La, ngày 9 tháng 5 năm 2022",
     "VỀ VIỆC BAN HÀNH QUY ĐỊNH CHẾ ĐỘ LÀM VIỆC CỦA SỞ", "GIÁM ĐỐC SỞ NỘI VỤ TỈNH SƠN LA", "Sở Nội vụ",
     "province"),
    ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "2167/QĐ-CTUBND", "Lai Châu, ngày 15 tháng 8 năm 2017",
     "Về việc ban hành Quy chế làm việc", "", "Lai Châu", "province"),
])
def test_right_column_first_decision(issuer, number, date_line, title, enacting, name, level):
    h = header(_RIGHT_FIRST.format(date=date_line, issuer=issuer, number=number, heading="QUYẾT ĐỊNH",
                                   title=title, enacting=enacting))
    assert h.number == number and h.issuer is not None
    assert fold(name) in fold(h.issuer.name) and h.issuer.level == level


# perturb2: a page hard-wrapped at some 70-80 columns (a text browser's dump, a PDF copy of a news page):
# its headline is cut at the wrap, and the title goes on on the next line. The rest of the title is
# read; a headline the wrap did not cut keeps its title and is not run into the lead under it.
_WRAPPED_BODY = (
    "Để triển khai có hiệu quả các nhiệm vụ, giải pháp đã đề ra, yêu cầu các cấp ủy, tổ chức đảng, "
    "chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội từ tỉnh đến cơ sở quán triệt "
    "sâu sắc, tổ chức thực hiện nghiêm túc, thường xuyên kiểm tra, đôn đốc, kịp thời tháo gỡ khó khăn, "
    "vướng mắc phát sinh trong quá trình thực hiện, định kỳ báo cáo kết quả về cấp trên theo quy định "
    "và đề xuất khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong tổ chức thực hiện."
)


def _hard_wrapped(headline: str, width: int) -> str:
    return "\n".join([*textwrap.wrap(headline, width), "", *textwrap.wrap(_WRAPPED_BODY, width), ""])


@pytest.mark.parametrize(("headline", "width", "title"), [
    ("Chỉ thị của Ban Thường vụ Tỉnh ủy Gia Lai về việc tổ chức đón Tết Nguyên đán Giáp Thìn năm 2024",
     72, "tổ chức đón Tết Nguyên đán Giáp Thìn năm 2024"),
    ("Kế hoạch số 15-KH/HU ngày 02/3/2023 của Ban Thường vụ Huyện ủy Tiên Du về tổ chức học tập, quán "
     "triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII", 78,
     "quán triệt Nghị quyết Hội nghị lần thứ sáu"),
    ("Kế hoạch tổ chức Hội thi tuyên truyền lưu động chào mừng 70 năm Ngày giải phóng Thủ đô", 66,
     "chào mừng 70 năm Ngày giải phóng Thủ đô"),
    ("Chỉ thị số 05/CT-UBND ngày 06/03/2019 của UBND tỉnh Lào Cai về việc triển khai đồng bộ các giải "
     "pháp cấp bách phòng chống bệnh Dịch tả lợn Châu Phi", 70, "phòng chống bệnh Dịch tả lợn Châu Phi"),
    ("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XIII về huy động nguồn lực, ưu tiên đầu tư xây dựng "
     "kết cấu hạ tầng giai đoạn 2016-2020", 77, "kết cấu hạ tầng giai đoạn 2016-2020"),
])
def test_headline_cut_by_hard_wrap(headline, width, title):
    h = header(_hard_wrapped(headline, width))
    assert h.title is not None and fold(title) in fold(h.title)


def test_short_page_headline_cut_by_hard_wrap():
    h = header("Chỉ thị của Chủ tịch Ủy ban nhân dân tỉnh về việc tiếp tục\nthực hiện và đổi mới công tác dân vận "
               "trong cơ quan hành\nchính nhà nước.\n")
    assert h.title is not None and "đổi mới công tác dân vận" in h.title


def test_headline_not_cut_keeps_its_title():
    h = header(_hard_wrapped("Kế hoạch tổ chức Hội thi tuyên truyền lưu động năm 2024", 72))
    assert h.title == "Kế hoạch tổ chức Hội thi tuyên truyền lưu động năm 2024"


# perturb2: a department's header line run into its committee's on one line (a flattened header, a web
# table's row): 'UBND THÀNH PHỐ HÀ NỘI SỞ GIÁO DỤC VÀ ĐÀO TẠO', the rule under it sometimes run in too.
# Read as the two stacked lines are; a city whose name holds 'PHÒNG' is cut after its name, and a
# committee's line alone is not cut.
_DEPARTMENT_LETTER = ("{top}\nSố: {number}\nV/v triển khai nhiệm vụ năm học mới\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                      "Độc lập - Tự do - Hạnh phúc\n{place}, ngày 21 tháng 9 năm 2022\n\nKính gửi: Các đơn vị trực thuộc\n\n"
                      "Thực hiện chỉ đạo của cấp trên, đề nghị các đơn vị triển khai các nội dung sau.\n")


@pytest.mark.parametrize(("committee", "department", "rule", "number", "place"), [
    ("UBND THÀNH PHỐ HÀ NỘI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", " -------", "2928/SGDĐT-KHTC", "Hà Nội"),
    ("UBND TỈNH NGHỆ AN", "SỞ NỘI VỤ", "", "1120/SNV-CCVC", "Nghệ An"),
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "SỞ Y TẾ", " ___", "3312/SYT-NVY", "Hải Phòng"),
    ("UBND HUYỆN GIA LÂM", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "", "415/PGDĐT", "Gia Lâm"),
    ("UBND TỈNH LẠNG SƠN", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "", "870/SNN-KH", "Lạng Sơn"),
    ("ỦY BAN NHÂN DÂN TỈNH SƠN LA", "CHI CỤC KIỂM LÂM", " --------", "95/CCKL-TH", "Sơn La"),
])
def test_department_line_run_into_committee(committee, department, rule, number, place):
    joined = header(_DEPARTMENT_LETTER.format(top=f"{committee} {department}{rule}", number=number, place=place))
    stacked = header(_DEPARTMENT_LETTER.format(top=f"{committee}\n{department}", number=number, place=place))
    assert stacked.issuer is not None and stacked.issuer.kind != "peoples_committee"
    assert joined.issuer == stacked.issuer


def test_city_holding_phong_is_not_cut():
    h = header(_DEPARTMENT_LETTER.format(top="ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", number="3312/UBND-VX",
                                         place="Hải Phòng"))
    assert h.issuer is not None and h.issuer.name == "Ủy ban nhân dân thành phố Hải Phòng"


# perturb2: a flattened header row whose number cell lost its 'Số', run into the place-date cell
# ('454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011'): the number as a bare number line gives it. A cited
# number in running text ('35/KH-UBND ngày 5/3/2024 của ...') is no cell.
_BARE_ROW_LETTER = ("{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n{unit}\tĐộc lập - Tự do - Hạnh phúc\n\n{row}\n\n"
                    "V/v triển khai công tác phòng, chống dịch bệnh\n\nKính gửi: Các cơ quan, đơn vị\n\n"
                    "Thực hiện chỉ đạo của cấp trên, đề nghị các cơ quan triển khai các nội dung sau.\n")


@pytest.mark.parametrize(("issuer", "unit", "row", "number", "issued_on"), [
    ("ỦY BAN NHÂN DÂN", "TỈNH HẬU GIANG", "454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011", "454/UBND-NCTH",
     date(2011, 4, 6)),
    ("ỦY BAN NHÂN DÂN", "HUYỆN CHÂU THÀNH", "476/UBND Châu Thành, ngày 14 tháng 6 năm 2017", "476/UBND",
     date(2017, 6, 14)),
    ("UBND TỈNH THỪA THIÊN HUẾ", "", "1991/UBND-VH Huế, ngày 17 tháng 5 năm 2010", "1991/UBND-VH",
     date(2010, 5, 17)),
    ("HUYỆN ỦY GIA LÂM", "", "215-CV/HU Gia Lâm, ngày 02 tháng 3 năm 2021", "215-CV/HU", date(2021, 3, 2)),
    ("ỦY BAN NHÂN DÂN", "XÃ HÒA PHÚ", "35/UBND-VP Hòa Phú, ngày 20 tháng 01 năm 2023", "35/UBND-VP",
     date(2023, 1, 20)),
])
def test_bare_number_cell_before_place_date(issuer, unit, row, number, issued_on):
    h = header(_BARE_ROW_LETTER.format(issuer=issuer, unit=unit, row=row))
    assert (h.number, h.issued_on) == (number, issued_on)


def test_cited_number_before_date_is_no_cell():
    h = header("Tin tức sự kiện\n\n35/KH-UBND ngày 5/3/2024 của UBND huyện về tổ chức Tết trồng cây\n\n"
               "UBND huyện vừa tổ chức Lễ phát động Tết trồng cây.\n")
    assert h.number is None


# perturb3: the same hard wrap cuts a title line before its title begins, inside or right after its issuer
# ('Công văn số 1350-CV/BDVTW ngày 10/5/2023 của Ban Dân vận' / 'Trung ương về việc ...'): the line read
# on its paragraph gives the title, the whole issuer and the number.
@pytest.mark.parametrize(("first", "rest", "number", "issuer", "title"), [
    ("Công văn số 215-CV/BTGTU ngày 12/4/2024 của Ban Tuyên giáo",
     "Tỉnh ủy về việc tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ", "215-CV/BTGTU",
     "Ban Tuyên giáo Tỉnh ủy", "tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ"),
    ("Kế hoạch số 88-KH/HU ngày 03/5/2022 của Ban Thường vụ Huyện ủy",
     "thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư về công tác thông tin đối ngoại", "88-KH/HU",
     "Ban Thường vụ Huyện ủy", "thực hiện Chỉ thị số 12-CT/TW"),
    ("Kế hoạch số 1594/KH-SNN ngày 07 tháng 6 năm 2023 của Sở Nông nghiệp và Phát triển",
     "nông thôn về phát triển kinh tế tập thể trong giai đoạn mới", "1594/KH-SNN",
     "Sở Nông nghiệp và Phát triển nông thôn", "phát triển kinh tế tập thể"),
    ("Chỉ thị số 07/CT-UBND ngày 20/02/2023 của Ủy ban nhân dân", "tỉnh Bắc Giang về tăng cường công tác "
     "phòng cháy, chữa cháy trong mùa hanh khô", "07/CT-UBND", "Ủy ban nhân dân tỉnh Bắc Giang",
     "phòng cháy, chữa cháy"),
    ("Hướng dẫn số 31-HD/BTCTW ngày 05/9/2024 của Ban Tổ chức", "Trung ương về công tác nhân sự đại hội "
     "đảng bộ các cấp nhiệm kỳ 2025-2030", "31-HD/BTCTW", "Ban Tổ chức Trung ương",
     "công tác nhân sự đại hội"),
])
def test_title_line_cut_before_its_title(first, rest, number, issuer, title):
    h = header(f"Thứ Tư, 28/2/2024\n{first}\n{rest}\n\n" + "\n".join(textwrap.wrap(_WRAPPED_BODY, 70)) + "\n")
    assert (h.number, fold(issuer) in fold(h.issuer.name if h.issuer else ""), fold(title) in fold(h.title or "")) \
        == (number, True, True)


# perturb3: a line a hard wrap starts in mid-sentence with a cited document ('... các đơn vị trực thuộc.
# Thực hiện' / 'Kế hoạch số 1231/KH-UBND ngày 13 tháng 4 năm 2018 của UBND thành') is no title line of
# the page: its number, date and issuer are the cited document's. A title line after a date stamp, a
# blank or a short menu line is still read.
@pytest.mark.parametrize("before", [
    "Kính gửi: Hiệu trưởng các trường mầm non, tiểu học trực thuộc. Thực hiện",
    "Theo đó, Ủy ban nhân dân tỉnh yêu cầu các sở, ngành triển khai thực hiện",
    "Chương trình của Ban Chấp hành Đảng bộ tỉnh nhằm cụ thể hóa và thực hiện",
    "hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đến năm 2030; -",
    "Nhằm giữ gìn cảnh quan đô thị sạch đẹp, văn minh trên địa bàn thành phố, căn cứ",
    "Căn cứ chỉ đạo của Thường trực Tỉnh ủy về công tác tổng vệ sinh môi trường;",
])
def test_line_a_wrap_starts_mid_sentence_is_no_title_line(before):
    h = header(f"Tin tức - Sự kiện\n\n{before}\nKế hoạch số 1231/KH-UBND ngày 13 tháng 4 năm 2018 của UBND thành\n"
               "phố về tổ chức tổng vệ sinh môi trường trên địa bàn thành phố.\n")
    assert (h.number, h.issued_on) == (None, None)


@pytest.mark.parametrize("before", ["Thứ Năm, 18/7/2024", "Văn bản chỉ đạo", "Trang chủ > Văn bản"])
def test_title_line_after_stamp_or_menu_is_read(before):
    h = header(f"{before}\nKế hoạch số 21-KH/TW ngày 28/11/2023 của Bộ Chính trị về phát huy sức mạnh đại "
               "đoàn kết toàn dân tộc\n\nThực hiện Nghị quyết, Bộ Chính trị ban hành Kế hoạch thực hiện.\n")
    assert (h.number, h.issued_on) == ("21-KH/TW", date(2023, 11, 28))


# perturb3: a bracketed number a wrap put on a line of its own ('(Chỉ thị số 55-CT/TW ngày 22/12/2025).')
# is a title line with no title: its ').' is none, and the lead's title stands.
@pytest.mark.parametrize(("lead", "bracket", "title"), [
    ("Thường trực Ban Bí thư đã ký Chỉ thị của Ban Bí thư về việc tổ chức Tết Bính Ngọ năm 2026",
     "(Chỉ thị số 55-CT/TW ngày 22/12/2025).", "tổ chức Tết Bính Ngọ năm 2026"),
    ("Ban Thường vụ Huyện ủy vừa ban hành Hướng dẫn về công tác nhân sự đại hội đảng bộ cơ sở",
     "(Hướng dẫn số 23-HD/HU, ngày 05/9/2024).", "công tác nhân sự đại hội"),
    ("Chủ tịch UBND tỉnh đã ký ban hành Chỉ thị về tăng cường công tác phòng cháy, chữa cháy",
     "(Chỉ thị số 07/CT-UBND ngày 20/02/2023).", "phòng cháy, chữa cháy"),
    ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch về tổ chức học tập, quán triệt Nghị quyết của Đảng",
     "(Kế hoạch số 112-KH/TU ngày 15/3/2024):", "quán triệt Nghị quyết"),
])
def test_bracketed_number_line_gives_no_title(lead, bracket, title):
    h = header(f"Tin tức - Sự kiện\n\n{lead}\n{bracket}\n\nCác cơ quan, đơn vị triển khai thực hiện nghiêm túc.\n")
    assert h.title is not None and fold(title) in fold(h.title)


# blind18: a notice of a plenum's results copied as a news item: the headline names the type and the plenum
# ('Thông báo kết quả Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XI'), the lead names the committee
# with its province. The committee holding the plenum is the issuer and the headline the title. A headline that
# reports on results without a type word is no notice: a meeting report, its holder its issuer (fix41, as blind41's
# labels give an activity report the body acting in it).
_PLENUM_LEAD = ("Ngày 31-3-2023, Ban Chấp hành Đảng bộ tỉnh Bến Tre khóa XI tổ chức Hội nghị lần thứ 12 (mở rộng) "
                "để đánh giá tình hình thực hiện Nghị quyết Tỉnh ủy quý I-2023.")


@pytest.mark.parametrize(("headline", "stamp", "doc_type", "issuer", "title"), [
    ("Thông báo kết quả Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XI", "31/03/2023 - 18:31",
     "TB", "Ban Chấp hành Đảng bộ tỉnh", "kết quả Hội nghị lần thứ 12"),
    ("Thông báo nhanh kết quả Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh", "06:12, 01/04/2023",
     "TB", "Ban Chấp hành Đảng bộ tỉnh", "nhanh kết quả Hội nghị"),
    ("THÔNG BÁO KẾT QUẢ HỘI NGHỊ LẦN THỨ 12 BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XI", "Cập nhật lúc: 18:31 31/03/2023",
     "TB", "Ban Chấp hành Đảng bộ tỉnh", None),
    ("Thông báo kết quả Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12", "Thứ Sáu, 31/03/2023, 18:31 [GMT+7]",
     "TB", "Ban Chấp hành Đảng bộ tỉnh", "kết quả Hội nghị Ban Chấp hành"),
    ("Kết quả Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XI", "31/03/2023 - 18:31", None,
     "Ban Chấp hành Đảng bộ tỉnh Bến Tre", None),
])
def test_notice_of_a_plenums_results(headline, stamp, doc_type, issuer, title):
    h = header(f"{headline}\n\n{stamp}\n\n{_PLENUM_LEAD}\n")
    got_issuer = h.issuer.name if h.issuer else None
    assert h.doc_type == doc_type
    assert (got_issuer is None) if issuer is None else fold(issuer) in fold(got_issuer or "")
    if title is not None:
        assert fold(title) in fold(h.title or "") and not any(c.isdigit() and ":" in h.title for c in h.title[-6:])


# blind18: a posting stamp under the headline ('20/01/2021 - 10:00', 'Cập nhật lúc: 11:02 02/01/2021') which the
# paragraph joins to it is never the end of the title; a title that ends with a date of its own ('... ngày
# 25/11/2019') keeps it: only a clock time marks a stamp.
@pytest.mark.parametrize(("stamp", "title"), [
    ("20/01/2021 - 10:00", "về công tác chuẩn bị Tết Nguyên đán"),
    ("Cập nhật lúc: 11:02 02/01/2021", "về công tác chuẩn bị Tết Nguyên đán"),
    ("06:12, 01/12/2019", "về công tác chuẩn bị Tết Nguyên đán"),
    ("Thứ Năm, 02/07/2020, 16:24 [GMT+7]", "về công tác chuẩn bị Tết Nguyên đán"),
    ("Ngày đăng: 14:05 18/01/2021", "về công tác chuẩn bị Tết Nguyên đán"),
])
def test_posting_stamp_is_no_end_of_a_headline(stamp, title):
    h = header(f"Thông báo kết luận của Ban Thường vụ Tỉnh ủy về công tác chuẩn bị Tết Nguyên đán\n\n{stamp}\n\n"
               "Ngày 19-1-2021, Ban Thường vụ Tỉnh ủy Long An họp nghe báo cáo công tác chuẩn bị Tết.\n")
    assert h.title == title


def test_title_ending_with_its_own_date_keeps_it():
    h = header("Kế hoạch của Ban Thường vụ Tỉnh ủy về tổ chức hội nghị ngày 25/11/2019\n\n"
               "Ngày 19-11-2019, Ban Thường vụ Tỉnh ủy Long An ban hành kế hoạch tổ chức hội nghị.\n")
    assert h.title is not None and h.title.endswith("25/11/2019")


# blind18: a photo's caption between the headline and the lead ('Đại biểu tham dự hội nghị. Ảnh: Hữu Hiệp',
# '(Ảnh: TTXVN)', 'Ảnh minh họa') is the page's chrome, never its headline; a headline about photographs
# ('Triển lãm ảnh: 90 năm ngành Kiểm tra Đảng') is no caption.
@pytest.mark.parametrize("caption", [
    "Toàn cảnh hội nghị. Ảnh: Minh Thu",
    "Đồng chí Bí thư Tỉnh ủy phát biểu tại hội nghị (Ảnh: TTXVN)",
    "Ảnh minh họa",
    "Lãnh đạo tỉnh dự lễ phát động. Ảnh minh hoạ",
    "Quang cảnh buổi làm việc. ẢNH: HỮU HIỆP",
])
def test_photo_caption_is_no_headline(caption):
    h = header("Tổ chức các hoạt động kỷ niệm 90 năm Ngày truyền thống ngành Kiểm tra Đảng\n\n"
               f"05/10/2018 - 09:12\n\n{caption}\n\n"
               "Thực hiện Hướng dẫn số 12-HD/BTGTU ngày 02/10/2018 của Ban Tuyên giáo Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy "
               "đề nghị các địa phương tổ chức các hoạt động kỷ niệm.\n")
    assert h.title is not None and "kỷ niệm 90 năm" in h.title


def test_headline_about_photographs_is_no_caption():
    h = header("Triển lãm ảnh: 90 năm ngành Kiểm tra Đảng tỉnh Bến Tre\n\n05/10/2018 - 09:12\n\n"
               "Thực hiện Hướng dẫn số 12-HD/BTGTU ngày 02/10/2018 của Ban Tuyên giáo Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy "
               "đề nghị các địa phương tổ chức các hoạt động kỷ niệm.\n")
    assert h.title is not None and "Triển lãm ảnh" in h.title


# blind18: a committee that publishes a document in full after what it carries out ('Thực hiện ...; Kế hoạch số
# 86-KH/TU ... . Ban Thường vụ Tỉnh ủy công bố toàn văn dự thảo Báo cáo Chính trị ...') is the page's issuer, as
# one that 'ban hành' it; a body that only announces another's decision ('công bố Quyết định ... của Thủ tướng')
# publishes no text of its own and is none.
@pytest.mark.parametrize(("text", "issuer", "level"), [
    ("Thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị; Kế hoạch số 86-KH/TU, ngày 02/10/2019 của "
     "Ban Thường vụ Tỉnh ủy về theo dõi, nắm tình hình Nhân dân đối với Đại hội Đảng các cấp. Ban Thường vụ Tỉnh ủy "
     "công bố toàn văn dự thảo Báo cáo Chính trị của Ban Chấp hành Đảng bộ tỉnh tại Đại hội lần thứ XIV.",
     "Ban Thường vụ Tỉnh ủy", "province"),
    ("Để lấy ý kiến Nhân dân, Ban Thường vụ Huyện ủy công bố toàn văn dự thảo Báo cáo chính trị trình Đại hội "
     "đại biểu Đảng bộ huyện lần thứ XXI.", "Ban Thường vụ Huyện ủy", "district"),
    ("Thực hiện Kế hoạch số 12-KH/ĐU ngày 3/3/2020 của Đảng ủy xã, Đảng ủy xã Tân Phú công bố toàn văn dự thảo "
     "Báo cáo chính trị trình Đại hội Đảng bộ xã nhiệm kỳ 2020-2025 để Nhân dân góp ý.", "Đảng ủy xã Tân Phú",
     "commune"),
    ("Thực hiện Nghị quyết số 12/NQ-HĐND của Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh công bố toàn văn Quy chế "
     "quản lý cụm công nghiệp trên địa bàn tỉnh như sau:", "Ủy ban nhân dân tỉnh", "province"),
])
def test_committee_publishing_a_text_in_full_is_its_issuer(text, issuer, level):
    h = header(f"Góp ý dự thảo văn kiện đại hội\n\n02/07/2020, 16:24\n\n{text}\n")
    assert h.issuer is not None and fold(issuer) in fold(h.issuer.name) and h.issuer.level == level


def test_body_announcing_anothers_decision_is_no_publisher():
    h = header("Công bố quyết định thành lập khu kinh tế\n\n02/07/2020, 16:24\n\nSáng 2/7, Ủy ban nhân dân tỉnh "
               "công bố Quyết định số 15/QĐ-TTg ngày 1/7/2020 của Thủ tướng Chính phủ về thành lập khu kinh tế.\n")
    assert h.doc_type != "QĐ" or h.issuer is None or "Ủy ban nhân dân" not in h.issuer.name


# blind18: the published text's whole name is the title ('công bố toàn văn dự thảo Báo cáo chính trị của ...'):
# 'Báo cáo chính trị' is one name, not a type word and a subject 'Chính trị của ...'.
@pytest.mark.parametrize(("clause", "title"), [
    ("Ban Thường vụ Tỉnh ủy công bố toàn văn dự thảo Báo cáo Chính trị của Ban Chấp hành Đảng bộ tỉnh tại Đại hội "
     "lần thứ XIV.", "dự thảo Báo cáo Chính trị của Ban Chấp hành"),
    ("Ban Thường vụ Huyện ủy công bố toàn văn dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện lần "
     "thứ XXI.", "dự thảo Báo cáo chính trị trình Đại hội"),
    ("Ủy ban nhân dân tỉnh công bố toàn văn Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh như sau:",
     "Quy chế quản lý cụm công nghiệp"),
])
def test_published_text_keeps_its_whole_name(clause, title):
    h = header(f"Thực hiện Kế hoạch số 86-KH/TU ngày 02/10/2019 của Ban Thường vụ Tỉnh ủy, {clause}\n")
    assert h.title is not None and fold(title) in fold(h.title)
# --- blind17: the central agencies named without 'Bộ', and the sector agencies' branches ---
# (blind17 b04/b24 'ỦY' / 'BAN DÂN TỘC', b22 'BẢO HIỂM XÃ HỘI' / 'VIỆT NAM' came out as the number's code.)
CENTRAL_AGENCY_BODIES = [
    ("KIỂM TOÁN NHÀ NƯỚC", "state_agency", "central"),
    ("Thanh tra Chính phủ", "ministry", "central"),
    ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "state_agency", "central"),
    ("BẢO HIỂM XÃ HỘI TỈNH QUẢNG NAM", "state_agency", "province"),
    ("BHXH huyện Kim Động", "state_agency", "district"),
    ("Ngân hàng Nhà nước chi nhánh tỉnh Hà Tĩnh", "state_agency", "province"),
]


@pytest.mark.parametrize(("phrase", "kind", "level"), CENTRAL_AGENCY_BODIES)
def test_central_agency_and_branch_bodies(phrase, kind, level):
    body = parse_body(phrase)
    assert body is not None and body.kind == kind and body.fixed_level == level


@pytest.mark.parametrize("phrase", [
    "bảo hiểm xã hội, bảo hiểm y tế",
    "Bảo hiểm xã hội là trụ cột chính của hệ thống an sinh",
    "ngân hàng nhà nước và các tổ chức tín dụng",
    "BHXH tự nguyện cho người dân",
])
def test_a_sector_policy_is_no_agency(phrase):
    assert parse_body(phrase) is None


CENTRAL_AGENCY_HEADERS = [
    ("NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "---------------\n|\nSố: 12/KH-NHNN\n|\nHà Nội, ngày 03\ntháng 4 năm 2023\n|\nKẾ HOẠCH\nTRIỂN KHAI CHỈ THỊ SỐ 01/CT-NHNN\n",
     "Ngân hàng Nhà nước Việt Nam", "central", None),
    ("BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH NGHỆ AN\n\nSố: 845/KH-BHXH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "Độc lập - Tự do - Hạnh phúc\n\nNghệ An, ngày 12 tháng 5 năm 2022\n\nKẾ HOẠCH\nTuyên truyền chính sách bảo hiểm xã hội\n",
     "Bảo hiểm xã hội tỉnh Nghệ An", "province", "Nghệ An"),
    ("ỦY BAN DÂN TỘC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 55/QĐ-UBDT | Hà Nội, ngày 1 tháng 2 năm 2022 |\n"
     "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH CÔNG TÁC DÂN TỘC NĂM 2022\n",
     "Ủy ban Dân tộc", "central", None),
    ("THANH TRA CHÍNH PHỦ\n-------\n\nSố: 1020/KH-TTCP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nHà Nội, ngày 20 tháng 6 năm 2019\n\n"
     "KẾ HOẠCH\nThực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị\n",
     "Thanh tra Chính phủ", "central", None),
    ("BẢO HIỂM XÃ HỘI\nTỈNH QUẢNG NAM\n\nSố: 301/BHXH-TT\nV/v tuyên truyền bảo hiểm xã hội tự nguyện\n\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nQuảng Nam, ngày 9 tháng 3 năm 2021\n",
     "Bảo hiểm xã hội tỉnh Quảng Nam", "province", "Quảng Nam"),
    # must not fire: a People's Committee's plan on social insurance stays the committee's
    ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n\nSố: 88/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nHà Tĩnh, ngày 2 tháng 3 năm 2020\n\n"
     "KẾ HOẠCH\nBẢO HIỂM XÃ HỘI, BẢO HIỂM Y TẾ TOÀN DÂN NĂM 2020\n",
     "Ủy ban nhân dân tỉnh Hà Tĩnh", "province", "Hà Tĩnh"),
]


@pytest.mark.parametrize(("text", "name", "level", "province"), CENTRAL_AGENCY_HEADERS)
def test_central_agency_or_branch_in_the_header(text, name, level, province):
    h = header(text)
    assert h.issuer is not None and fold(h.issuer.name) == fold(name) and h.issuer.level == level
    assert h.issuer.locality.province == province


# --- blind17: an issuer's name with the short name it goes by, in brackets, before its verb ---
# (blind17 b20: 'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (sau
# đây gọi tắt là Ban Chỉ đạo Trung ương) ban hành Kế hoạch ...' gave the number's code 'BCĐTW'.)
ALIASED_ISSUER_CLAUSES = [
    ("- Căn cứ Quyết định số 229-QĐ/TW, ngày 10/01/2025 của Bộ Chính trị;\nBan Chỉ đạo Trung ương về phát triển khoa học, "
     "công nghệ, đổi mới sáng tạo và chuyển đổi số (sau đây gọi tắt là Ban Chỉ đạo Trung ương) ban hành Kế hoạch như sau:\n",
     "Ban Chỉ đạo Trung ương về phát triển khoa học", "central"),
    ("Thực hiện Quyết định số 1600/QĐ-TTg của Thủ tướng Chính phủ, Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia "
     "tỉnh Hà Tĩnh (sau đây gọi là Ban Chỉ đạo tỉnh) xây dựng Kế hoạch kiểm tra năm 2024 như sau:\n",
     "Ban Chỉ đạo thực hiện các Chương trình mục tiêu quốc gia tỉnh Hà Tĩnh", "province"),
    ("Thực hiện Kế hoạch số 53/KH-UBND ngày 7/3/2024 của UBND tỉnh, Ủy ban nhân dân huyện Kim Động (sau đây gọi tắt là "
     "UBND huyện) ban hành Kế hoạch thực hiện như sau:\n",
     "Ủy ban nhân dân huyện Kim Động", "district"),
    ("Để triển khai Luật Phổ biến, giáo dục pháp luật, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Quảng Trị "
     "(gọi tắt là Hội đồng), xây dựng Kế hoạch năm 2023 như sau:\n",
     "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Quảng Trị", "province"),
    ("Căn cứ Quy chế làm việc, Ban Thường vụ Tỉnh ủy Lạng Sơn (viết tắt là\xa0BTV) ban hành Chương trình công tác năm 2021:\n",
     "Ban Thường vụ Tỉnh ủy Lạng Sơn", "province"),
    # must not fire: a cited body's short name; the clause after it names the issuer
    ("Căn cứ Quyết định số 45/QĐ-UBND của Ủy ban nhân dân tỉnh Hưng Yên (sau đây gọi tắt là UBND tỉnh) ban hành Quy chế "
     "làm việc; Ủy ban nhân dân huyện Kim Động ban hành Kế hoạch như sau:\n",
     "Ủy ban nhân dân huyện Kim Động", "district"),
]


@pytest.mark.parametrize(("text", "name", "level"), ALIASED_ISSUER_CLAUSES)
def test_issuer_clause_with_a_short_name_in_brackets(text, name, level):
    h = header(text)
    assert h.issuer is not None and fold(h.issuer.name).startswith(fold(name)) and h.issuer.level == level


# --- blind17: a page's HTML source stored as its text ---
# (blind17 b07: 'Ng&agrave;y 5/1/2017, Ban Tuy&ecirc;n gi&aacute;o Trung ương đ&atilde; ban h&agrave;nh hướng dẫn
# Số 21- HD/BTGTW ...' under '<p style=...><span ...>' gave no number, date, issuer or title.)
HTML_SOURCE_PAGES = [
    ("Ban Tuyên giáo Trung ương: Hướng dẫn tuyên truyền năm 2018\n\n<html><body> <p style=\"text-align:justify\"><span>"
     "Ng&agrave;y 8/1/2018, Ban Tuy&ecirc;n gi&aacute;o Trung ương đ&atilde; ban h&agrave;nh hướng dẫn Số 30- HD/BTGTW, "
     "hướng dẫn&nbsp;tuy&ecirc;n truyền năm 2018.&nbsp;<br /> <br /> <strong>I. MỤC Đ&Iacute;CH</strong><br />",
     "30-HD/BTGTW", date(2018, 1, 8), "Ban Tuyên giáo Trung ương", "central"),
    ("<p>ỦY BAN NH&Acirc;N D&Acirc;N<br/>TỈNH QUẢNG NAM</p><p>Số: 12/KH-UBND</p>"
     "<p>Quảng Nam, ng&agrave;y 3 th&aacute;ng 4 năm 2021</p><p><strong>KẾ HOẠCH</strong></p>"
     "<p>Tuy&ecirc;n truyền ph&aacute;p luật năm 2021</p>",
     "12/KH-UBND", date(2021, 4, 3), "Ủy ban nhân dân tỉnh Quảng Nam", "province"),
    ("<DIV>BAN THƯỜNG V&#7908; TỈNH &#7910;Y</DIV><DIV>Số 45-KH/TU</DIV>"
     "<DIV>Lạng Sơn, ng&#224;y 12 th&#225;ng 5 năm 2020</DIV><DIV>KẾ HOẠCH</DIV><DIV>Tổ chức Đại hội</DIV>",
     "45-KH/TU", date(2020, 5, 12), "Tỉnh ủy", "province"),
    ("<div>ỦY BAN NHÂN DÂN</div><div>HUYỆN KIM ĐỘNG</div><div>Số: 88/KH-UBND</div>"
     "<div>Kim Động, ngày 2 tháng 3 năm 2022</div><div>KẾ HOẠCH</div><div>Phòng, chống thiên tai</div>",
     "88/KH-UBND", date(2022, 3, 2), "Ủy ban nhân dân huyện Kim Động", "district"),
    # must not fire: a stray '&' and '<' are text, not markup
    ("SỞ VĂN HÓA, THỂ THAO & DU LỊCH\nTỈNH NAM ĐỊNH\n\nSố: 481/KH-SVHTTDL\n\nNam Định, ngày 5 tháng 6 năm 2020\n\n"
     "KẾ HOẠCH\nGiảm tỷ lệ hộ nghèo < 5% & nâng cao đời sống\n",
     "481/KH-SVHTTDL", date(2020, 6, 5), "Sở Văn hóa, Thể thao & Du lịch", "province"),
]


@pytest.mark.parametrize(("text", "number", "issued_on", "name", "level"), HTML_SOURCE_PAGES)
def test_a_pages_html_source_is_read_as_its_text(text, number, issued_on, name, level):
    h = header(text)
    assert (h.number, h.issued_on) == (number, issued_on)
    assert h.issuer is not None and fold(name) in fold(h.issuer.name) and h.issuer.level == level


# --- blind17: a cited document's content is no lead ---
# (blind17 b09: '... các Quyết định của Thủ tướng Chính phủ số: 1521/QĐ-TTg ngày 06/10/2020 ban hành Kế hoạch thực
# hiện Kết luận số 80-KL/TW; ...' gave the letter the decision's date, the type KH and a title from its content.)
CITED_CONTENT_LEADS = [
    ("Kính gửi: Các bộ, cơ quan ngang bộ\nNhằm thực hiện Kết luận số 80-KL/TW; các Quyết định của Thủ tướng Chính phủ "
     "số: 1521/QĐ-TTg ngày 06/10/2020 ban hành Kế hoạch thực hiện Kết luận số 80-KL/TW, Hội đồng đề nghị các bộ:\n",
     None, None),
    ("Căn cứ Quyết định số 45/QĐ-UBND ngày 03/5/2021 ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh; các xã "
     "thực hiện nghiêm.\n", None, None),
    ("Theo Công văn 1234/UBND-VX, ngày 2/3/2022 ban hành Kế hoạch tiêm chủng, các trạm y tế triển khai ngay.\n",
     None, None),
    ("Thực hiện Nghị quyết số 12/2021/NQ-HĐND ngày 10/12/2021 ban hành Chương trình giảm nghèo, các huyện báo cáo.\n",
     None, None),
    # must not fire: a body that issues, its date before or after it
    ("Ngày 9/4/2021, Tỉnh ủy Quảng Ninh đã ban hành Chương trình số 31-CTr/TU về phát triển du lịch.\n",
     date(2021, 4, 9), "CTr"),
    ("UBND tỉnh Bắc Ninh ngày 12/5/2023 đã ban hành Kế hoạch số 186/KH-UBND về chuyển đổi số.\n",
     date(2023, 5, 12), "KH"),
]


@pytest.mark.parametrize(("text", "issued_on", "doc_type"), CITED_CONTENT_LEADS)
def test_a_cited_documents_content_is_no_lead(text, issued_on, doc_type):
    h = header(text)
    assert (h.issued_on, h.doc_type) == (issued_on, doc_type)


# --- blind17: a lead's subject that is a steering board ---
# (blind17 b03: a headline with no full stop over 'Ban Chỉ đạo Trung ương đã ban hành Công văn số 43-CV/BCĐ ...'
# gave 'Trung ương', the Central Committee; 'Ngày 20/3, Ban Chỉ đạo Trung ương về tổng kết việc thực hiện Nghị
# quyết số 18-NQ/TW ... của Ban Chấp hành Trung ương khóa XII ... đã ban hành ...' gave the number's code.)
BOARD_LEADS = [
    ("Ban hành Kế hoạch về tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị\nBan Chỉ đạo Trung ương đã ban "
     "hành Công văn số 43-CV/BCĐ về Kế hoạch tiếp tục sắp xếp tổ chức bộ máy.\n", "Ban Chỉ đạo Trung ương", "central"),
    ("Kế hoạch phòng, chống dịch của tỉnh\nBan Chỉ đạo phòng, chống dịch tỉnh đã ban hành Kế hoạch số 12/KH-BCĐ về "
     "phòng, chống dịch bệnh.\n", "Ban Chỉ đạo phòng, chống dịch tỉnh", "province"),
    ("Ngày 20/3, Ban Chỉ đạo Trung ương về tổng kết việc thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của Ban "
     "Chấp hành Trung ương khóa XII Một số vấn đề về tiếp tục đổi mới đã ban hành Công văn số 43-CV/BCĐ về Kế hoạch.\n",
     "Ban Chỉ đạo Trung ương", "central"),
    ("Ngày 5/3/2024, Ban Chỉ đạo tỉnh về tổng kết Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XII đã "
     "ban hành Kế hoạch số 12-KH/BCĐ về sắp xếp tổ chức bộ máy.\n", "Ban Chỉ đạo tỉnh", "province"),
    # must not fire: a board named in a cited plan, a board's meeting as the headline
    ("Thực hiện Kế hoạch của Ban Chỉ đạo tỉnh, ngày 5/3/2024, UBND huyện Kim Động đã ban hành Kế hoạch số "
     "30/KH-UBND về phòng, chống dịch.\n", "UBND huyện Kim Động", "district"),
    ("Ban Chỉ đạo tỉnh họp phiên thứ nhất\nUBND huyện Kim Động đã ban hành Kế hoạch số 30/KH-UBND về phòng, "
     "chống dịch.\n", "UBND huyện Kim Động", "district"),
    ("Ngày 22/4/2025, Ban Chỉ đạo Thành ủy về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đã ban "
     "hành kế hoạch số 05 để triển khai Phong trào. Thực hiện chỉ đạo của Thường trực Đảng ủy xã Trần Phú, Ban Xây dựng "
     "Đảng Đảng ủy xã Trần Phú trân trọng đề nghị các chi bộ thực hiện.\n", "Ban Xây dựng Đảng", "commune"),
]


@pytest.mark.parametrize(("text", "name", "level"), BOARD_LEADS)
def test_a_steering_board_as_a_leads_subject(text, name, level):
    h = header(text)
    assert h.issuer is not None and fold(h.issuer.name).startswith(fold(name)) and h.issuer.level == level


# --- blind17: a news item's document restated with its trích yếu ---
# (blind17 b12: 'Bộ ... vừa có Quyết định số 2850/QĐ- BVHTTDL' / 'Đây là Quyết định về việc ban hành Kế hoạch hành
# động của ngành ...' had no title.)
RESTATED_TITLES = [
    ("Bộ Văn hóa, Thể thao và Du lịch vừa có Quyết định số 2850/QĐ-BVHTTDL\n\nĐây là Quyết định về việc ban hành Kế "
     "hoạch hành động của ngành Văn hóa, Thể thao và Du lịch thực hiện Nghị quyết số 33-NQ/TW.\n",
     "về việc ban hành Kế hoạch hành động của ngành Văn hóa"),
    ("Sở Y tế vừa ban hành Công văn số 123/SYT-NVY. Đây là Công văn về việc tăng cường phòng, chống dịch sốt xuất "
     "huyết trên địa bàn tỉnh.\n", "tăng cường phòng, chống dịch sốt xuất huyết"),
    ("UBND tỉnh vừa có Chỉ thị số 05/CT-UBND. Đó là Chỉ thị về tăng cường công tác phòng cháy, chữa cháy mùa khô "
     "năm 2024.\n", "tăng cường công tác phòng cháy, chữa cháy mùa khô"),
    ("Bộ Y tế vừa có Quyết định số 120/QĐ-BYT.\nĐây là Quyết định V/v phê duyệt Kế hoạch phòng, chống bệnh không lây "
     "nhiễm giai đoạn 2024-2025.\n", "phê duyệt Kế hoạch phòng, chống bệnh không lây nhiễm"),
]


@pytest.mark.parametrize(("text", "title"), RESTATED_TITLES)
def test_a_news_items_document_restated_with_its_subject(text, title):
    h = header(text)
    assert h.title is not None and fold(title) in fold(h.title)


def test_a_restated_document_of_another_type_gives_no_title():
    h = header("Bộ Y tế vừa có Quyết định số 120/QĐ-BYT.\nĐây là Kế hoạch về phòng, chống bệnh không lây nhiễm "
               "giai đoạn 2024-2025 của ngành.\n")
    assert h.title is None or "phòng, chống bệnh không lây nhiễm" not in h.title


# --- blind17: a letter's writer named with its short name before its request; a council at the centre ---
# (blind17 b09 'Hội đồng phối hợp PBGDPL trung ương (sau đây gọi là Hội đồng) đề nghị ...' names its writer so;
# its lower-case 'trung ương' after the abbreviation is still not read as a name there: left open.)
@pytest.mark.parametrize(("phrase", "level"), [
    ("Hội đồng Thi đua - Khen thưởng Trung ương", "central"),
    ("Hội đồng phối hợp PBGDPL trung ương", "central"),
    ("Hội đồng phối hợp phổ biến, giáo dục pháp luật Trung ương", "central"),
    ("Hội đồng phối hợp PBGDPL tỉnh Quảng Trị", "province"),
])
def test_a_council_at_the_centre(phrase, level):
    body = parse_body(phrase)
    assert body is not None and body.kind == "council" and body.fixed_level == level


ALIASED_LETTER_WRITERS = [
    ("Kính gửi: Các xã\nThực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh, Ủy ban nhân dân huyện Kim Động (sau đây gọi "
     "tắt là UBND huyện) đề nghị các xã thực hiện các nội dung sau:\n1. Tuyên truyền.\n",
     "Ủy ban nhân dân huyện Kim Động", "district"),
    ("Kính gửi: Các sở, ban, ngành\nĐể bảo đảm an toàn dịp Tết, Ủy ban nhân dân tỉnh Quảng Nam (sau đây gọi là UBND "
     "tỉnh) yêu cầu các sở, ngành thực hiện:\n1. Công an tỉnh.\n", "Ủy ban nhân dân tỉnh Quảng Nam", "province"),
    ("Kính gửi: Các phòng Tư pháp\nThực hiện Văn bản số 979/BTP-PBGDPL của Bộ Tư pháp, Sở Tư pháp tỉnh Bắc Kạn (sau "
     "đây viết tắt là Sở Tư pháp) hướng dẫn như sau:\n1. Công tác.\n", "Sở Tư pháp tỉnh Bắc Kạn", "province"),
    # must not fire: the addressee's short name
    ("Kính gửi: Ủy ban nhân dân tỉnh Hưng Yên (sau đây gọi là UBND tỉnh)\nBộ Y tế đề nghị UBND tỉnh chỉ đạo thực "
     "hiện:\n1. Công tác.\n", "Bộ Y tế", "central"),
]


@pytest.mark.parametrize(("text", "name", "level"), ALIASED_LETTER_WRITERS)
def test_a_letters_writer_with_its_short_name(text, name, level):
    h = header(text)
    assert h.issuer is not None and fold(h.issuer.name) == fold(name) and h.issuer.level == level
# blind19: a grassroots body named only as the subject of its own making clause - a cell's committee ('Chi ủy
# chi bộ trường ...'), a Youth Union named 'Đoàn thanh niên' with its unit word, a committee written in lower
# case with no name ('ủy ban nhân dân xã'), the verb after 'đã' / 'vừa' - is the issuer; work given to such a
# body ('Giao ...', 'Đề nghị ...', 'Các chi bộ ...') names none.
@pytest.mark.parametrize(("text", "name", "level"), [
    ("Căn cứ Kế hoạch số 229-KH/TU ngày 19/9/2019 của Ban Thường vụ Thành ủy;\n"
     "Chi ủy chi bộ trường THPT Lê Lợi xây dựng kế hoạch tổ chức Đại hội chi bộ như sau:\nI. MỤC ĐÍCH\n",
     "chi bộ trường THPT Lê Lợi", "commune"),
    ("Căn cứ Hướng dẫn số 12-HD/ĐU của Đảng ủy xã;\nBan chi ủy Chi bộ Trường THCS Nguyễn Du xây dựng Kế hoạch "
     "thực hiện như sau:\n1. Mục đích\n", "Chi bộ Trường THCS Nguyễn Du", "commune"),
    ("Thực hiện Kế hoạch số 46-KH/ĐTN, ngày\n25/02/2015 của BCH Huyện đoàn Thọ Xuân. Đoàn thanh niên thị trấn "
     "Sao Vàng đã xây dựng kế hoạch và triển\nkhai tới đoàn viên, thanh niên.\n", "thị trấn Sao Vàng", "commune"),
    ("Đoàn Thanh niên xã Quảng Thành vừa xây dựng kế hoạch tổ chức Tháng Thanh niên năm 2023.\n",
     "xã Quảng Thành", "commune"),
    ("Thực hiện Nghị quyết 01 của HĐND xã đề ra năm 2020, ủy ban nhân dân xã xây dựng kế hoạch phát động phong "
     "trào làm vườn năm 2020 như sau:\n", "ủy ban nhân dân xã", "commune"),
    ("Căn cứ tình hình thực tế, uỷ ban nhân dân phường đã xây dựng Kế hoạch tổ chức Ngày Chủ nhật xanh như sau:\n",
     "uỷ ban nhân dân phường", "commune"),
    ("Căn cứ Nghị quyết của Đảng ủy xã năm 2024, Chi bộ thôn Đông Hòa xây dựng kế hoạch thực hiện năm 2024 "
     "như sau:\n", "Chi bộ thôn Đông Hòa", "commune"),
    # work given, a cell told to plan, a body's past activity inside a citation: no issuer
    ("Giao ủy ban nhân dân xã xây dựng kế hoạch thực hiện trong tháng 3/2020.\n", None, None),
    ("Đề nghị Đoàn thanh niên các xã đã xây dựng kế hoạch báo cáo kết quả trước ngày 30/6.\n", None, None),
    ("Các chi bộ xây dựng kế hoạch tổ chức đại hội trước ngày 10/3/2020.\n", None, None),
])
def test_grassroots_subject_of_its_own_making_clause(text, name, level):
    h = header(text)
    if name is None:
        assert h.issuer is None
        return
    assert h.issuer is not None and fold(name) in fold(h.issuer.name) and h.issuer.level == level


# blind19: a portal's link menu names categories, not a body: 'Sở, Ban, Ngành', 'Sở - Ban - Ngành', 'Bộ, ngành',
# 'Phòng, ban chuyên môn'; a department named by its field stays one ('Sở Nội vụ', 'Bộ Quốc phòng',
# 'Phòng Văn hóa và Thông tin').
@pytest.mark.parametrize(("phrase", "kind"), [
    ("Sở, Ban, Ngành", None),
    ("Sở Ban, ngành", None),
    ("SỞ - BAN - NGÀNH", None),
    ("Bộ, ngành", None),
    ("Phòng, ban chuyên môn", None),
    ("Sở ban ngành, đoàn thể", None),
    ("Sở Nội vụ", "department"),
    ("Bộ Quốc phòng", "ministry"),
    ("Phòng Văn hóa và Thông tin", "district_office"),
    ("Sở Văn hóa, Thể thao và Du lịch", "department"),
])
def test_link_menu_category_is_no_body(phrase, kind):
    body = parse_body(phrase)
    assert (body.kind if body else None) == kind


def test_decision_under_a_link_menu_names_no_issuer():
    text = ("Tìm kiếm tin tức\nLiên kết website\nSở, Ban, Ngành\nUBND Huyện, Thị xã, Thành phố\n"
            "Quyết định về việc triển khai thực hiện nhiệm vụ kế hoạch năm 2020\nNgày cập nhật 10/01/2020\n\n"
            "Điều 1: Phân công theo dõi, chỉ đạo thực hiện các mục tiêu năm 2020.\n")
    assert header(text).issuer is None


# blind19: a district merged away before 2025 (huyện Đông Sơn into thành phố Thanh Hóa in 2024, huyện Hoành Bồ
# into Hạ Long in 2019) is the district the text writes, as a province keeps its written name: the
# gazetteer's later unit finds it, the record shows the document's own; a text that names the later unit
# keeps that one.
@pytest.mark.parametrize(("text", "district", "commune"), [
    ("Chào mừng bạn đến với Trang thông tin điện tử Xã Đông Quang - Huyện Đông Sơn - Tỉnh Thanh Hóa\n\n"
     "ỦY BAN NHÂN DÂN\nXÃ ĐÔNG QUANG\nSố: 68/KH-UBND\nĐông Quang, ngày 18 tháng 6 năm 2020\nKẾ HOẠCH\n"
     "Thực hiện Nghị quyết Đại hội\n", "Đông Sơn", "Đông Quang"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN HOÀNH BỒ\nSố: 12/KH-UBND\nHoành Bồ, ngày 3 tháng 5 năm 2018\nKẾ HOẠCH\n"
     "Phòng chống thiên tai năm 2018\nCăn cứ Kế hoạch số 50/KH-UBND của UBND tỉnh Quảng Ninh;\n",
     "Hoành Bồ", None),
    ("ỦY BAN NHÂN DÂN\nXÃ THỐNG NHẤT\nSố: 7/KH-UBND\nThống Nhất, ngày 3 tháng 5 năm 2018\nKẾ HOẠCH\n"
     "Phòng chống thiên tai năm 2018\nThực hiện Kế hoạch số 12/KH-UBND của UBND huyện Hoành Bồ, tỉnh Quảng "
     "Ninh;\n", "Hoành Bồ", "Thống Nhất"),
    # the later unit written: it stays
    ("ỦY BAN NHÂN DÂN\nXÃ ĐÔNG QUANG\nSố: 9/KH-UBND\nĐông Quang, ngày 3 tháng 3 năm 2025\nKẾ HOẠCH\n"
     "Thực hiện Kế hoạch số 20/KH-UBND của UBND thành phố Thanh Hóa, tỉnh Thanh Hóa;\n", "Thanh Hóa", "Đông Quang"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN TIÊN LÃNG\nSố: 53/KH-UBND\nTiên Lãng, ngày 7 tháng 3 năm 2024\nKẾ HOẠCH\n"
     "Thực hiện Chương trình của Thành ủy Hải Phòng\n", "Tiên Lãng", None),
    # blind35: a commune merged away the same way (xã Hà Vị into Quân Hà, Bạch Thông, in 2020), and the later one
    ("ĐẢNG BỘ HUYỆN BẠCH THÔNG\nĐẢNG ỦY XÃ HÀ VỊ\n*\nSố 85-KH/ĐU\nHà Vị, ngày 21 tháng 8 năm 2019\nKẾ HOẠCH\n"
     "Triển khai công tác chuẩn bị Đại hội các Chi bộ trực thuộc\n", "Bạch Thông", "Hà Vị"),
    ("ĐẢNG BỘ HUYỆN BẠCH THÔNG\nĐẢNG ỦY XÃ QUÂN HÀ\n*\nSố 12-KH/ĐU\nQuân Hà, ngày 3 tháng 3 năm 2021\nKẾ HOẠCH\n"
     "Triển khai công tác bầu cử\n", "Bạch Thông", "Quân Hà"),
])
def test_district_merged_away_is_shown_as_written(text, district, commune):
    issuer = header(text).issuer
    assert issuer is not None and issuer.locality.district == district and issuer.locality.commune == commune


# blind19: a school's Party cell named in running case, the school's kind in lower-case words ('Chi bộ Trường Mầm
# non Hoa Sen', 'Chi bộ trường Tiểu học Kim Đồng', 'Chi ủy Chi bộ Trường Trung học cơ sở Lê Lợi'): the whole
# school is the cell's name, commune level; the school by itself is no Party body.
@pytest.mark.parametrize(("text", "name"), [
    ("Căn cứ Kế hoạch số 40-KH/ĐU ngày 25/3/2022 của Đảng ủy xã;\nChi bộ Trường Mầm non Hoa Sen xây dựng kế hoạch "
     "tổ chức Đại hội chi bộ như sau:\n1. Mục đích\n", "Chi bộ Trường Mầm non Hoa Sen"),
    ("Thực hiện Kế hoạch số 56-KH/ĐU của Đảng ủy xã Phong Mỹ, Chi bộ trường Tiểu học Kim Đồng xây dựng Kế hoạch "
     "như sau:\nI. MỤC ĐÍCH\n", "Chi bộ Trường Tiểu học Kim Đồng"),
    ("Căn cứ Hướng dẫn số 01-HD/ĐU của Đảng ủy xã;\nChi ủy Chi bộ Trường Trung học cơ sở Lê Lợi xây dựng kế hoạch "
     "như sau:\nI. MỤC ĐÍCH\n", "Chi bộ Trường Trung học cơ sở Lê Lợi"),
    ("Căn cứ Hướng dẫn số 01-HD/ĐU của Đảng ủy phường;\nBan chi ủy Chi bộ Trường Trung học phổ thông Nguyễn Du xây "
     "dựng kế hoạch như sau:\nI. MỤC ĐÍCH\n", "Chi bộ Trường Trung học phổ thông Nguyễn Du"),
])
def test_school_cell_named_in_running_case(text, name):
    issuer = header(text).issuer
    assert issuer is not None and fold(name) in fold(issuer.name) and issuer.level == "commune"


@pytest.mark.parametrize("text", [
    "Thực hiện Kế hoạch số 12/KH-PGDĐT của Phòng Giáo dục, Trường Tiểu học Kim Đồng xây dựng kế hoạch như sau:\n",
    "Năm học 2022 - 2023, Trường Mầm non Hoa Sen xây dựng kế hoạch giáo dục như sau:\n",
])
def test_a_school_itself_is_no_party_cell(text):
    issuer = header(text).issuer
    assert issuer is None or issuer.kind not in ("party_cell", "cell_committee")


# blind20: a headline that names the page's document by its type with no number of its own and carries out a
# numbered document ('Chương trình hành động của Ban Thường vụ Thành ủy Thực hiện Nghị quyết số 45-NQ/TW ...'),
# over a lead that recounts that parent's issue ('Ngày 24/1/2019, Bộ Chính trị ban hành Nghị quyết số
# 45-NQ/TW'): the lead is the parent's, so the page has no number or date and is the headline's type and
# issuer; an issuer's name that ran into the capitalised verb ('Thành ủy Thực') ends before it. A headline
# naming the lead's own document, or carrying out another one, leaves the lead the page's.
@pytest.mark.parametrize(("headline", "lead", "number", "doc_type", "issued_on", "issuer"), [
    ("Chương trình hành động của Ban Thường vụ Thành ủy Thực hiện Nghị quyết số 45-NQ/TW của Bộ Chính trị về "
     "xây dựng và phát triển thành phố",
     "Ngày 24/1/2019, Bộ Chính trị ban hành Nghị quyết số 45-NQ/TW về xây dựng và phát triển thành phố.",
     None, "CTr", None, "Ban Thường vụ Thành ủy"),
    ("Kế hoạch của Ban Thường vụ Huyện ủy Triển khai Chỉ thị số 35-CT/TW của Bộ Chính trị",
     "Ngày 14/6/2024, Bộ Chính trị đã ban hành Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp.",
     None, "KH", None, "Ban Thường vụ Huyện ủy"),
    ("Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị",
     "Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ.",
     None, "CTr", None, "Tỉnh ủy"),
    ("Kế hoạch của Ban Chấp hành Đảng bộ tỉnh Quán triệt Kết luận số 123-KL/TW",
     "Ngày 24 tháng 01 năm 2025, Ban Chấp hành Trung ương ban hành Kết luận số 123-KL/TW về Đề án bổ sung.",
     None, "KH", None, "Ban Chấp hành Đảng bộ tỉnh"),
    # the headline names the lead's own document: the lead is the page's
    ("Kế hoạch của Ban Thường vụ Tỉnh ủy về chuyển đổi số năm 2023",
     "Ngày 5/3/2023, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 120-KH/TU về chuyển đổi số năm 2023.",
     "120-KH/TU", "KH", date(2023, 3, 5), "Ban Thường vụ Tỉnh ủy"),
    # the headline carries out another document than the one the lead issues: the lead is the page's
    ("Kế hoạch của Tỉnh ủy thực hiện Nghị quyết số 33-NQ/TW về văn hóa",
     "Ngày 01/3/2024, Tỉnh ủy Sóc Trăng ban hành Kế hoạch số 90-KH/TU thực hiện Nghị quyết số 33-NQ/TW.",
     "90-KH/TU", "KH", date(2024, 3, 1), "Tỉnh ủy Sóc Trăng"),
])
def test_headline_carrying_out_the_leads_document(headline, lead, number, doc_type, issued_on, issuer):
    h = header(f"{headline}\n\n{headline}\n\n{lead}\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt sâu sắc.\n")
    assert (h.number, h.doc_type, h.issued_on, fold(h.issuer.name) if h.issuer else None) \
        == (number, doc_type, issued_on, fold(issuer))


# blind20: a council named with its term and session ('HỘI ĐỒNG NHÂN DÂN QUẬN 2 KHÓA III - KỲ HỌP THỨ 14',
# 'HĐND thành phố Cần Thơ khóa VII - kỳ họp thứ mười một', '... khóa XXI, nhiệm kỳ 2021-2026'): its place ends
# before the term; a term alone at the end was already dropped, and a name with no term keeps every word.
@pytest.mark.parametrize(("phrase", "place"), [
    ("HỘI ĐỒNG NHÂN DÂN QUẬN 2 KHÓA III - KỲ HỌP THỨ 14", "Quận 2"),
    ("HỘI ĐỒNG NHÂN DÂN QUẬN 9 KHOÁ IX, KỲ HỌP THỨ 3", "Quận 9"),
    ("HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA KHÓA XIII, KỲ HỌP CHUYÊN ĐỀ LẦN THỨ 3", "Sơn La"),
    ("Hội đồng nhân dân thành phố Cần Thơ khóa VII - kỳ họp thứ mười một", "Cần Thơ"),
    ("Hội đồng nhân dân huyện Na Hang khóa XXI, nhiệm kỳ 2021-2026", "Na Hang"),
    ("HỘI ĐỒNG NHÂN DÂN HUYỆN TIÊN LÃNG KHÓA XIX", "Tiên Lãng"),
    ("Hội đồng nhân dân tỉnh Tuyên Quang", "Tuyên Quang"),
])
def test_councils_term_and_session_are_no_place(phrase, place):
    body = parse_body(phrase)
    assert body is not None and body.place == place


def test_council_header_running_on_with_its_session_keeps_the_written_district():
    text = ("HỘI\nĐỒNG NHÂN DÂN QUẬN 9 |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 05/2010/NQ-HĐND |\n"
            "Quận 9, ngày 12 tháng 7 năm 2010 |\nVỀ NHIỆM VỤ KINH TẾ - XÃ HỘI 6 THÁNG CUỐI NĂM 2010\n"
            "HỘI ĐỒNG NHÂN DÂN QUẬN 9 KHÓA IX - KỲ HỌP THỨ 12\nCăn cứ Luật Tổ chức Hội đồng nhân dân;\nQUYẾT NGHỊ:\n")
    issuer = header(text).issuer
    assert issuer is not None and (issuer.level, issuer.locality.district) == ("district", "Quận 9")


# blind20: a Party congress's resolution told by a headline in title case ('Nghị quyết Đại hội Đại biểu Đảng bộ
# Quận 6 lần thứ XI') over its opening 'Đại hội đại biểu Đảng bộ quận 6 lần thứ XI họp từ ngày ...': the
# congress's Đảng bộ is the issuer, of its unit's level, as with the lower-case and all-caps headlines.
@pytest.mark.parametrize(("headline", "name", "level"), [
    ("Nghị quyết Đại hội Đại biểu Đảng bộ Quận 6 lần thứ XI", "Đảng bộ Quận 6", "district"),
    ("Nghị quyết Đại hội Đại biểu Đảng bộ huyện Tiên Lãng lần thứ XXV", "Đảng bộ huyện Tiên Lãng", "district"),
    ("Nghị quyết Đại hội Đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XV", "Đảng bộ tỉnh Quảng Ninh", "province"),
    ("Nghị quyết Đại hội Đại biểu Đảng bộ phường Bến Nghé lần thứ XII", "Đảng bộ phường Bến Nghé", "commune"),
    ("Nghị quyết Đại hội đại biểu Đảng bộ quận Hải Châu lần thứ XXIII", "Đảng bộ quận Hải Châu", "district"),
    ("NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ QUẬN 6 LẦN THỨ XI", "Đảng bộ quận 6", "district"),
])
def test_congress_resolution_under_a_title_case_headline(headline, name, level):
    h = header(f"Thứ Hai, ngày 24 tháng 11 năm 2024\n\n{headline}\n\nĐại hội họp từ ngày 07 tháng 7 năm 2015 đến ngày "
               "09 tháng 7 năm 2015; sau khi thảo luận các văn kiện,\n\nQUYẾT NGHỊ\n\n1. Tán thành những nội dung.\n")
    assert h.issuer is not None and (fold(name) in fold(h.issuer.name), h.issuer.level) == (True, level)


# blind20: a title-case headline whose capitalised verb follows a bare 'Thành ủy' ('... của Ban Thường vụ Thành
# ủy Thực hiện Nghị quyết số 45-NQ/TW ... phát triển thành phố Hải Phòng'): 'Thực hiện' names no city, so the
# one centrally-run city the text names is the committee's (province level); a city named after the committee
# is still its name.
@pytest.mark.parametrize(("headline", "name", "level", "province"), [
    ("Chương trình hành động của Ban Thường vụ Thành ủy Thực hiện Nghị quyết số 45-NQ/TW của Bộ Chính trị về xây "
     "dựng và phát triển thành phố Hải Phòng đến năm 2030", "Ban Thường vụ Thành ủy", "province", "Hải Phòng"),
    ("Kế hoạch của Ban Thường vụ Thành ủy Triển khai Chỉ thị số 35-CT/TW trên địa bàn thành phố Đà Nẵng năm 2024",
     "Ban Thường vụ Thành ủy", "province", "Đà Nẵng"),
    ("Kế hoạch của Thành ủy Quán triệt Nghị quyết số 57-NQ/TW tại thành phố Cần Thơ năm 2025", "Thành ủy",
     "province", "Cần Thơ"),
    ("Chương trình hành động của Ban Thường vụ Thành ủy Thực hiện Kết luận số 123-KL/TW về phát triển thành phố "
     "Hà Nội đến năm 2030", "Ban Thường vụ Thành ủy", "province", "Hà Nội"),
])
def test_capitalised_verb_after_a_city_committee_names_no_city(headline, name, level, province):
    h = header(f"{headline}\n\n{headline}\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt sâu sắc.\n")
    assert h.issuer is not None
    assert (fold(name) in fold(h.issuer.name), h.issuer.level, h.issuer.locality.province) == (True, level, province)


@pytest.mark.parametrize(("phrase", "names"), [
    ("của Ban Thường vụ Thành ủy Thực hiện Nghị quyết", []),
    ("huyện Bá Thước Triển khai kế hoạch", ["Bá Thước"]),
    ("thành phố Hải Phòng Quán triệt Chỉ thị", ["Hải Phòng"]),
    ("Thành ủy Thái Nguyên thực hiện Nghị quyết", ["Thái Nguyên"]),
])
def test_capitalised_verb_is_no_place_name(phrase, names):
    from loaders.patterns import PLACE_MENTION_RE
    assert [m["name"] for m in PLACE_MENTION_RE.finditer(phrase)] == names
# blind21: a lead's date with the news word of recency after it ('Ngày 29/7/2022 vừa qua, UBND tỉnh đã ban hành
# Kế hoạch số 176/KH-UBND', 'mới đây', 'vừa rồi', with or without the comma, at a paragraph's start or after a
# sentence of praise) is still the document's date. A month or a year with 'vừa qua' gives none.
@pytest.mark.parametrize(("text", "issued_on"), [
    ("Ngày 29/7/2022 vừa qua, UBND tỉnh đã ban hành Kế hoạch số 176/KH-UBND phát động phong trào thi đua chuyển "
     "đổi số.\n", date(2022, 7, 29)),
    ("Chuyển đổi số đạt nhiều kết quả đáng khích lệ. Ngày 12/4/2021 mới đây, Ban Thường vụ Huyện ủy Yên Lập đã "
     "ban hành Chỉ thị số 08-CT/HU về chuyển đổi số.\n", date(2021, 4, 12)),
    ("Ngày 3/10/2023 vừa rồi UBND huyện Kim Sơn ban hành Công văn số 88/UBND-VHTT về việc tổ chức Tết Trung thu.\n",
     date(2023, 10, 3)),
    ("Năm 2020, ngành văn hóa đạt nhiều kết quả.\nNgày 5/3 vừa qua, Sở Văn hóa, Thể thao và Du lịch ban hành Kế "
     "hoạch số 30/KH-SVHTTDL năm 2020 về phát triển du lịch.\n", date(2020, 3, 5)),
    # no day: no date
    ("Tháng 7/2022 vừa qua, UBND tỉnh đã ban hành Kế hoạch số 176/KH-UBND phát động phong trào thi đua.\n", None),
    ("Năm 2022 vừa qua, UBND tỉnh đã ban hành Kế hoạch số 176/KH-UBND phát động phong trào thi đua.\n", None),
])
def test_lead_date_with_a_word_of_recency(text, issued_on):
    assert header(text).issued_on == issued_on


# blind21: a news copy's credit line naming a provincial paper ('Nguồn Đồng Nai: <url>', 'Theo Báo Quảng Ninh',
# '(Nguồn: Báo điện tử Tây Ninh)') gives a province's body that writes no place of its own its province. Not a
# credit to a national outlet, never over a province the text writes.
@pytest.mark.parametrize(("text", "province"), [
    ("Sở Y tế vừa ban hành Kế hoạch số 12/KH-SYT về phòng, chống dịch sốt xuất huyết năm 2023.\nKế hoạch đề ra "
     "nhiều giải pháp.\nTheo Báo Quảng Ninh\n", "Quảng Ninh"),
    ("UBND tỉnh vừa ban hành Kế hoạch số 45/KH-UBND về phát triển du lịch năm 2022.\nKế hoạch nêu rõ mục tiêu.\n"
     "(Nguồn: Báo Bắc Giang)\n", "Bắc Giang"),
    ("Ngày 12/9/2018, Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 62-KH/BDVTU về tổ chức “Tháng Dân vận” năm 2018."
     "\nNguồn: Báo điện tử Tây Ninh\n", "Tây Ninh"),
    ("Sở VH-TTDL đã ban hành kế hoạch thực hiện Chiến lược phát triển văn hóa đến năm 2030.\n\nMy Ny\n\nNguồn Đồng "
     "Nai: http://www.baodongnai.com.vn/vanhoa/202208/thuc-hien-3128112/\n", "Đồng Nai"),
    # a national outlet names no province; a province written for the issuer wins
    ("Sở Y tế vừa ban hành Kế hoạch số 12/KH-SYT về phòng, chống dịch sốt xuất huyết năm 2023.\nNguồn: Cổng Thông "
     "tin điện tử Chính phủ\n", None),
    ("Sở Y tế tỉnh Hà Nam vừa ban hành Kế hoạch số 12/KH-SYT về phòng, chống dịch năm 2023.\nNguồn Ninh Bình: "
     "http://baoninhbinh.org.vn/12\n", "Hà Nam"),
])
def test_credit_line_of_a_provincial_paper(text, province):
    issuer = header(text).issuer
    assert issuer is not None and issuer.locality.province == province


# blind21: a lead issuing two documents at once ('đã ban hành Chỉ thị số 25/CT-HU và Kế hoạch số 62/KH-HU về tổ
# chức đại hội ...', 'Quyết định số 120/QĐ-UBND, Kế hoạch số 45/KH-UBND ngày ... về ...'): the first is the page's
# document and the subject after the second's number is the trích yếu, never 'và Kế hoạch số ...'. Not a
# second verb after 'và', not a document the title itself issues or carries out.
@pytest.mark.parametrize(("text", "number", "title"), [
    ("Chuẩn bị cho Đại hội Đảng các cấp, Ban Thường vụ Huyện ủy Tiên Phước đã ban hành Chỉ thị số 25/CT-HU và Kế "
     "hoạch số 62/KH-HU về tổ chức đại hội các tổ chức cơ sở đảng.\nNgoài ra, thành lập các tiểu ban.\n",
     "25/CT-HU", "về tổ chức đại hội các tổ chức cơ sở đảng"),
    ("Ngày 5/3/2021, UBND tỉnh ban hành Quyết định số 120/QĐ-UBND và Kế hoạch số 45/KH-UBND về phát triển du lịch "
     "năm 2021.\nTheo đó, các sở triển khai.\n", "120/QĐ-UBND", "về phát triển du lịch năm 2021"),
    ("Ngày 5/3/2021, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU, Kế hoạch số 45-KH/TU ngày 6/3/2021 về "
     "phát triển du lịch.\nTheo đó, các huyện ủy triển khai.\n", "12-CT/TU", "về phát triển du lịch"),
    ("Ngày 2/6/2022, UBND huyện Kim Sơn ban hành Công văn số 88/UBND-VP và Kế hoạch số 20/KH-UBND triển khai Tết "
     "trồng cây năm 2022.\nTheo đó, các xã ra quân.\n", "88/UBND-VP", "triển khai Tết trồng cây năm 2022"),
    # must not skip: a second verb, or a document inside the title's own subject
    ("Ngày 5/3/2021, UBND huyện ban hành Kế hoạch số 45/KH-UBND và tổ chức hội nghị triển khai kế hoạch.\nTheo "
     "đó, các xã thực hiện.\n", "45/KH-UBND", "và tổ chức hội nghị triển khai kế hoạch"),
    ("Ngày 5/3/2021, UBND tỉnh ban hành Quyết định số 120/QĐ-UBND về việc ban hành Kế hoạch số 45/KH-UBND về du "
     "lịch.\nTheo đó, các sở thực hiện.\n", "120/QĐ-UBND", "về việc ban hành Kế hoạch số 45/KH-UBND về du lịch"),
])
def test_lead_issuing_two_documents_at_once(text, number, title):
    h = header(text)
    assert str(h.number) == number and h.title == title


# blind21: a news lead's trích yếu ends before the clause that tells why the document was made or what it sets
# out ('... năm 2018 nhằm nâng cao nhận thức, ...', '... năm 2026, xác định rõ lộ trình ...'), as before 'theo
# đó' (blind16). 'nhằm thực hiện X' stays: it names the parent.
@pytest.mark.parametrize(("text", "title"), [
    ("Ngày 12/9/2018, Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 62-KH/BDVTU về tổ chức Tháng Dân vận năm 2018 "
     "nhằm nâng cao nhận thức, trách nhiệm của các cấp.\n", "về tổ chức Tháng Dân vận năm 2018"),
    ("Ngày 31/12/2025, UBND tỉnh Thanh Hóa đã ban hành Kế hoạch số 275/KH-UBND về chuyển đổi số năm 2026, xác định "
     "rõ lộ trình và các mục tiêu cụ thể.\n", "về chuyển đổi số năm 2026"),
    ("Ngày 3/4/2023, UBND huyện Kim Sơn ban hành Kế hoạch số 40/KH-UBND về phát triển du lịch cộng đồng, nhằm "
     "góp phần tăng thu nhập cho người dân.\n", "về phát triển du lịch cộng đồng"),
    ("Ngày 3/4/2023, Huyện ủy Yên Lập ban hành Chỉ thị số 08-CT/HU về tăng cường công tác dân vận nhằm phát huy "
     "sức mạnh khối đại đoàn kết.\n", "về tăng cường công tác dân vận"),
    # kept: the parent after 'nhằm thực hiện', and a subject with its own comma
    ("Ngày 3/4/2023, UBND huyện ban hành Kế hoạch số 41/KH-UBND về tổ chức Ngày hội nhằm thực hiện Kế hoạch số "
     "12-KH/HU của Huyện ủy.\n", "về tổ chức Ngày hội nhằm thực hiện Kế hoạch số 12-KH/HU của Huyện ủy"),
    ("Ngày 3/4/2023, UBND huyện ban hành Kế hoạch số 42/KH-UBND về phòng, chống thiên tai năm 2023.\n",
     "về phòng, chống thiên tai năm 2023"),
])
def test_lead_title_ends_before_its_purpose(text, title):
    assert header(text).title == title


# blind24: a lead whose tail after the number only announces the body ('... ban hành Chỉ thị số 03/CT-UBND với
# yêu cầu như sau:', '... gồm các nội dung sau:', '... với những nội dung sau đây:') gives no trích yếu: a
# headline naming the same type gives it, or the title stays null. A tail that names a subject stays.
@pytest.mark.parametrize(("text", "title"), [
    ("Chỉ đạo, điều hành nổi bật của UBND tỉnh tháng 4/2025.\nChỉ thị về việc tăng cường quản lý công tác văn thư, "
     "lưu trữ trong quá trình sắp xếp tổ chức bộ máy\nĐể bảo đảm công tác văn thư, lưu trữ được thông suốt, ngày "
     "03/04/2025, Chủ tịch UBND tỉnh ban hành Chỉ thị số 03/CT-UBND với yêu cầu như sau:\nThủ trưởng các Sở:\n",
     "Chỉ thị về việc tăng cường quản lý công tác văn thư, lưu trữ trong quá trình sắp xếp tổ chức bộ máy"),
    ("Kế hoạch phòng, chống dịch sốt xuất huyết năm 2024\nNgày 5/3/2024, UBND xã Đắk Sôr ban hành Kế hoạch số "
     "12/KH-UBND gồm các nội dung sau:\nI. MỤC ĐÍCH\n", "Kế hoạch phòng, chống dịch sốt xuất huyết năm 2024"),
    ("Ngày 12/6/2023, UBND tỉnh ban hành Công văn số 1200/UBND-VX với những nội dung sau đây:\n- Giao Sở Y tế "
     "chủ trì\n", None),
    ("Ngày 5/3/2024, Huyện ủy Cư Jút ban hành Chỉ thị số 08-CT/HU với yêu cầu:\n1. Các cấp ủy\n", None),
    ("Ngày 5/3/2024, UBND huyện Krông Nô ban hành Kế hoạch số 45/KH-UBND với các nội dung chính sau:\n1. Mục "
     "đích\n", None),
    # kept: a tail that names its subject
    ("Ngày 5/3/2024, UBND huyện ban hành Kế hoạch số 46/KH-UBND về yêu cầu bảo đảm an toàn thực phẩm.\n",
     "về yêu cầu bảo đảm an toàn thực phẩm"),
    ("Ngày 5/3/2024, UBND huyện ban hành Kế hoạch số 47/KH-UBND với nội dung tổ chức Ngày hội văn hóa các dân "
     "tộc.\n", "với nội dung tổ chức Ngày hội văn hóa các dân tộc"),
])
def test_lead_tail_that_only_announces_the_body_is_no_title(text, title):
    assert header(text).title == title


# blind24: a number left blank for the office to fill in ('Số       -BC/TU' over a draft report, 'Số:      /KH-UBND')
# still names the document's type by its code, and the trích yếu follows it past a draft's mark ('(Dự thảo lần
# 5)', 'DỰ THẢO'). An issuer's code in that place ('Số:       /UBND-VX') names no type.
@pytest.mark.parametrize(("text", "doc_type", "title_starts"), [
    ("TỈNH UỶ PHÚ THỌ\n              *\n \n    ĐẢNG CỘNG SẢN VIỆT NAM\nPhú Thọ, ngày 15 tháng 6 năm 2020\nSố       "
     "-BC/TU\n(Dự thảo lần 5)\n\n \n\nTĂNG CƯỜNG XÂY DỰNG, CHỈNH ĐỐN ĐẢNG, NÂNG CAO HIỆU LỰC\n\n(Báo cáo chính trị "
     "của Ban Chấp hành Đảng bộ tỉnh khoá XVIII)\n\n-----\n\nĐại hội Đảng bộ tỉnh được tổ chức vào thời điểm có ý "
     "nghĩa quan trọng.\n", "BC", "TĂNG CƯỜNG XÂY DỰNG, CHỈNH ĐỐN ĐẢNG"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG NÔ\nSố:      /KH-UBND\nKrông Nô, ngày    tháng 3 năm 2024\nDỰ THẢO\nTRIỂN KHAI "
     "THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO\nThực hiện Quyết định số 90/QĐ-TTg ngày 18/01/2022 của "
     "Thủ tướng Chính phủ, UBND huyện ban hành như sau:\n", "KH", "TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH"),
    ("ĐẢNG BỘ TỈNH ĐẮK NÔNG\nĐẢNG ỦY XÃ NAM DONG\n*\nSố      -NQ/ĐU\nNam Dong, ngày    tháng 8 năm 2024\n(Dự thảo)\nVỀ "
     "PHÁT TRIỂN KINH TẾ NÔNG NGHIỆP GIAI ĐOẠN 2025 - 2030\nNhững năm qua, kinh tế nông nghiệp của xã phát triển "
     "khá.\n", "NQ", "VỀ PHÁT TRIỂN KINH TẾ NÔNG NGHIỆP"),
    ("HUYỆN ỦY CƯ JÚT\n*\nSố     -CV/HU\nCư Jút, ngày 5 tháng 3 năm 2023\nV/v tăng cường công tác phòng cháy rừng\n"
     "Kính gửi: Các chi, đảng bộ cơ sở\n", "CV", "V/v tăng cường công tác phòng cháy rừng"),
    # blind27: the draft's mark run into the type line ('DỰ THẢO BÁO CÁO'); the report's own history ('đã có
    # Quyết định số 04/QĐ-UBND') is no lead naming the document
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG\nLONG ANH\nSố:      /BC-UBND\n        Long Anh, ngày       tháng 01 năm 2024\n     DỰ "
     "THẢO BÁO CÁO\nĐánh giá kết quả xây dựng phường đạt chuẩn tiếp cận pháp luật năm 2023\nThực hiện Kế hoạch số "
     "127/KH-UBND ngày 16/02/2023 của UBND thành phố.\nNgày 06/01/2023, UBND phường Long Anh đã có Quyết định số "
     "04/QĐ-UBND về việc phân công nhiệm vụ.\n", "BC", "Đánh giá kết quả xây dựng phường"),
    ("ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: ..../TB-UBND\nLong An, ngày 5 tháng 3 năm 2023\nTHÔNG BÁO\nKẾT LUẬN CỦA "
     "CHỦ TỊCH UBND TỈNH TẠI CUỘC HỌP VỀ PHÒNG, CHỐNG DỊCH\nNgày 3/3/2023, Chủ tịch UBND tỉnh chủ trì cuộc họp.\n",
     "TB", "KẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH"),
    # no type: an issuer's code in the blank number's place
    ("ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố:       /UBND-VX\nLong An, ngày 5 tháng 3 năm 2023\nThực hiện chỉ đạo của Bộ Y "
     "tế, UBND tỉnh yêu cầu các sở thực hiện.\n", None, None),
])
def test_blank_number_still_names_the_type(text, doc_type, title_starts):
    h = header(text)
    assert h.number is None and h.doc_type == doc_type
    if title_starts:
        assert h.title.startswith(title_starts)


# blind24: a province's body that writes no place of its own ('Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết
# ...') under a lead whose goal names the province as what it builds ('xây dựng Phú Thọ là tỉnh phát triển hàng
# đầu', 'đưa Hậu Giang trở thành tỉnh công nghiệp', 'phấn đấu đến năm 2030 Đắk Nông trở thành tỉnh phát triển
# khá'): that province is the body's. Never over a province the text writes, and not another body's goal.
@pytest.mark.parametrize(("text", "province"), [
    ("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh (khóa XIX) về cải thiện môi trường đầu tư\n(baophutho.vn) - Nghị "
     "quyết Đại hội đã xác định một khâu đột phá, phấn đấu đến năm 2025, xây dựng Phú Thọ là tỉnh phát triển hàng "
     "đầu Vùng Trung du và miền núi phía Bắc. Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết để cụ thể hóa khâu đột "
     "phá.\n", "Phú Thọ"),
    ("UBND tỉnh vừa ban hành Kế hoạch số 45/KH-UBND về phát triển công nghiệp nhằm đưa Hậu Giang trở thành tỉnh "
     "công nghiệp đạt mức khá của vùng.\n", "Hậu Giang"),
    ("Tỉnh ủy ban hành Chương trình hành động thực hiện Nghị quyết Đại hội, phấn đấu đến năm 2030 Đắk Nông trở "
     "thành tỉnh phát triển khá của vùng Tây Nguyên.\n", "Đắk Nông"),
    ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch về chuyển đổi số để xây dựng Bắc Kạn trở thành tỉnh có chính quyền "
     "số.\n", "Bắc Kạn"),
    # a province the text writes wins; a compared province is no goal; a district's body keeps its own rule
    ("UBND tỉnh Hà Nam ban hành Kế hoạch số 12/KH-UBND, phấn đấu đưa tỉnh phát triển như Bắc Ninh là tỉnh công "
     "nghiệp.\n", "Hà Nam"),
    ("UBND tỉnh ban hành Kế hoạch số 12/KH-UBND học tập kinh nghiệm của Bình Dương, một tỉnh công nghiệp phát "
     "triển.\n", None),
])
def test_lead_goal_naming_the_province_it_builds(text, province):
    issuer = header(text).issuer
    assert issuer is not None and issuer.locality.province == province
# blind23: the Party committee of a department is a province's ('Đảng ủy Sở Công Thương', 'Đảng ủy cơ quan Sở Nội
# vụ'), of a ministry central ('Đảng ủy Bộ Giáo dục và Đào tạo'), of a provincial command at its unit word's level
# ('Đảng ủy Bộ Chỉ huy Quân sự tỉnh', never a commune 'Bo'). Not the department itself, a sector's committee, or a
# commune's.
@pytest.mark.parametrize(("text", "name", "level", "province"), [
    ("Vừa qua, Đảng ủy Sở Công Thương đã ban hành Kế hoạch số 959 - KH/ĐUSCT về việc tổ chức Đại hội đảng bộ Sở.\n",
     "Đảng ủy Sở Công Thương", "province", None),
    ("Ngày 3/4/2023, Đảng ủy cơ quan Sở Nội vụ ban hành Kế hoạch số 20-KH/ĐU về chuyển đổi số.\n",
     "Đảng ủy cơ quan Sở Nội vụ", "province", None),
    ("Ngày 3/4/2023, ĐẢNG ỦY SỞ TÀI CHÍNH ban hành Kế hoạch số 7-KH/ĐU về kiểm tra, giám sát năm 2023.\n",
     "Đảng ủy Sở Tài Chính", "province", None),
    ("Ngày 3/4/2023, Đảng ủy Sở Y tế tỉnh Nghệ An ban hành Kế hoạch số 7-KH/ĐU về học tập chuyên đề.\n",
     "Đảng ủy Sở Y tế", "province", "Nghệ An"),
    ("Ngày 10/4/2023, Đảng ủy Bộ Giáo dục và Đào tạo ban hành Công văn số 571-CV/ĐUB về cuộc thi chính luận.\n",
     "Đảng ủy Bộ Giáo dục và Đào tạo", "central", None),
    ("Ngày 3/4/2023, Đảng ủy Bộ Chỉ huy Quân sự tỉnh ban hành Nghị quyết số 12-NQ/ĐU về huấn luyện năm 2023.\n",
     "Đảng ủy Bộ Chỉ huy Quân sự tỉnh", "province", None),
    # unchanged: the department itself, a sector's committee, a commune's
    ("Ngày 3/4/2023, Sở Y tế tỉnh Nghệ An ban hành Kế hoạch số 12/KH-SYT về phòng, chống dịch.\n",
     "Sở Y tế", "province", "Nghệ An"),
    ("Ngày 3/4/2023, Đảng ủy Bộ đội Biên phòng tỉnh ban hành Nghị quyết số 12-NQ/ĐU về biên giới.\n",
     "Đảng ủy Bộ đội Biên phòng tỉnh", "province", None),
    ("Ngày 3/4/2023, Đảng ủy xã Tự Cường ban hành Kế hoạch số 12-KH/ĐU về chuyển đổi số.\n",
     "Đảng ủy xã Tự Cường", "commune", "Hải Phòng"),
])
def test_party_committee_of_a_department_ministry_or_command(text, name, level, province):
    issuer = header(text).issuer
    assert issuer is not None and fold(name) in fold(issuer.name)
    assert issuer.level == level and issuer.locality.province == province


# blind23: a bloc's Party committee named short ('Đảng ủy Khối', 'Ban Thường vụ Đảng ủy Khối') is the one bloc
# the text names in full, a header cell wrapped over a blank line included, at its last word's level. Two blocs
# of different levels, a city's bloc ('thành phố': a centre city's or a provincial city's), or none: open.
@pytest.mark.parametrize(("text", "name", "level"), [
    ("Ngày 14/3/2023 Ban thường vụ Đảng ủy Khối ban hành Kế hoạch số 107-KH/ĐUK về tổ chức Cuộc thi chính luận "
     "trong Đảng bộ Khối các cơ quan Trung ương.\n", "Đảng ủy Khối các cơ quan Trung ương", "central"),
    ("Ngày 2/6/2022, Đảng ủy Khối ban hành Kế hoạch số 70-KH/ĐUK về chuyển đổi số trong các tổ chức đảng thuộc "
     "Đảng bộ Khối các cơ quan tỉnh.\n", "Đảng ủy Khối các cơ quan tỉnh", "province"),
    ("Ngày 5/5/2021, Ban Thường vụ Đảng ủy Khối ban hành Chỉ thị số 05-CT/ĐUK về đại hội.\nCác đảng bộ trực thuộc "
     "Đảng ủy Khối Doanh nghiệp Trung ương triển khai.\n", "Đảng ủy Khối Doanh nghiệp Trung ương", "central"),
    ("Ngày 5/5/2021, Đảng ủy Khối ban hành Hướng dẫn số 12-HD/ĐUK về bầu cử.\nCác chi bộ, đảng bộ cơ sở thuộc "
     "Khối các cơ quan huyện thực hiện.\n", "Đảng ủy Khối các cơ quan huyện", "district"),
    ("ĐẢNG ỦY KHỐI\n\nDOANH NGHIỆP TRUNG ƯƠNG\n\n*\n\nSố 06 - KH/ĐUK\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nHà Nội, ngày 27 "
     "tháng 4 năm 2016\n\nKẾ HOẠCH\n\nTổ chức hội nghị tổng kết\n\nThực hiện Công văn số 178-CV/BTGTW, Đảng ủy "
     "Khối xây dựng kế hoạch như sau:\n", "Đảng ủy Khối Doanh nghiệp Trung ương", "central"),
    # blind52: the merged bloc ('Khối các Cơ quan và Doanh nghiệp tỉnh'), named once, or most often beside a slip
    ("Ngày 5/5/2021, Đảng ủy Khối ban hành Hướng dẫn số 12-HD/ĐUK về bầu cử.\nCác chi bộ thuộc Đảng bộ Khối các Cơ "
     "quan và Doanh nghiệp tỉnh thực hiện.\n", "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "province"),
    ("Ngày 9-11, Ban Thường vụ Đảng ủy Khối ban hành Kế hoạch số 17-KH/ĐUK về Đại hội Đảng bộ Khối các Cơ quan và "
     "Doanh nghiệp tỉnh lần thứ IX.\nCác chỉ thị của Ban Thường vụ Đảng ủy Khối các Cơ quan tỉnh và Doanh nghiệp tỉnh "
     "được quán triệt trong Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh.\n",
     "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "province"),
    # open: two blocs of different levels, none, a city's
    ("Ngày 5/5/2021, Đảng ủy Khối ban hành Kế hoạch số 3-KH/ĐUK về phối hợp giữa Đảng bộ Khối các cơ quan tỉnh "
     "và Đảng bộ Khối Doanh nghiệp Trung ương.\n", "Đảng ủy Khối", None),
    ("Ngày 5/5/2021, Đảng ủy Khối ban hành Kế hoạch số 3-KH/ĐUK về đại hội.\n", "Đảng ủy Khối", None),
    ("Ngày 5/5/2021, Đảng ủy Khối ban hành Kế hoạch số 3-KH/ĐUK về đại hội các đảng bộ Khối các cơ quan thành "
     "phố.\n", "Đảng ủy Khối", None),
])
def test_bloc_committee_named_short_is_the_bloc_named_in_full(text, name, level):
    issuer = header(text).issuer
    assert issuer is not None and fold(name) in fold(issuer.name) and issuer.level == level


# blind23: a body-only copy whose preamble sentence names its maker ('Thực hiện/Căn cứ X, <maker> <makes> <Type>
# ... như sau:' or ending its paragraph) where the maker's name has lower-case words: a bloc of schools named
# with its province, a school's Party committee (level left open), a project board named by its task. The maker
# runs back to the earliest comma after which a body is named; none when no body opens it, when the sentence is
# no preamble, or when a lead already names one.
@pytest.mark.parametrize(("text", "doc_type", "title", "name", "level"), [
    ("Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị; căn cứ tình hình thực tiễn của Đảng bộ Khối, "
     "Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội xây dựng Kế hoạch tổ chức đại hội Đảng các cấp như sau:\n",
     "KH", "tổ chức đại hội Đảng các cấp", "Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội", "province"),
    ("Căn cứ Kế hoạch số 34-KH/TU ngày 30/12/2016 của Tỉnh ủy; Đảng ủy trường Đại học Khoa học xây dựng Kế hoạch "
     "tổ chức chào cờ và sinh hoạt chính trị dưới cờ.\n",
     "KH", "tổ chức chào cờ và sinh hoạt chính trị dưới cờ", "Đảng ủy trường Đại học Khoa học", None),
    ("Thực hiện Công văn số 209/UBND-KGVX ngày 05/02/2020 của Ủy ban nhân dân tỉnh, Ban quản lý dự án đầu tư xây "
     "dựng các công trình nông nghiệp và phát triển nông thôn xây dựng Kế hoạch tuyên truyền đại hội như sau:\n",
     "KH", "tuyên truyền đại hội", "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp",
     "province"),  # bodyplace: a placeless board carrying out its province's committee is the province's
    ("Thực hiện Kế hoạch số 12-KH/ĐUK ngày 3/3/2023 của Đảng ủy Khối, Đảng bộ Trường Đại học Vinh ban hành Kế hoạch "
     "học tập chuyên đề năm 2023, cụ thể như sau:\n",
     "KH", "học tập chuyên đề năm 2023", "Đảng bộ Trường Đại học Vinh", None),
    ("Căn cứ Hướng dẫn số 05-HD/ĐUK của Đảng ủy Khối, Đảng ủy Học viện Quản lý giáo dục xây dựng Chương trình hành "
     "động thực hiện Nghị quyết Đại hội như sau:\n",
     "CTr", "thực hiện Nghị quyết Đại hội", "Đảng ủy Học viện Quản lý giáo dục", None),
    ("Triển khai Kết luận số 01-KL/TW của Bộ Chính trị, Đảng ủy Trường Cao đẳng Y tế tỉnh xây dựng Kế hoạch thực "
     "hiện Kết luận như sau:\n",
     "KH", "thực hiện Kết luận", "Đảng ủy Trường Cao đẳng Y tế", None),
    # titlesweep: 'đã chỉ đạo xây dựng Kế hoạch X.' tells the page's own plan being made at the maker's direction
    # (tests/realworld_blind23/b04's label), where 'đã ban hành Kế hoạch X.' tells an earlier one
    ("Căn cứ Kế hoạch số 34-KH/TU ngày 30/12/2016 của Tỉnh ủy; Đảng ủy trường Đại học Khoa học đã chỉ đạo xây dựng "
     "Kế hoạch tổ chức chào cờ và sinh hoạt chính trị dưới cờ.\n",
     "KH", "tổ chức chào cờ và sinh hoạt chính trị dưới cờ", "Đảng ủy trường Đại học Khoa học", None),
    # unchanged: a lead that names its maker, a maker left unsaid, no preamble, a plain People's Committee
    ("Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 về đại hội, Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương "
     "đã khẩn trương ban hành Kế hoạch số 08 về tổ chức đại hội.\n",
     "KH", "về tổ chức đại hội", "Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương", "central"),
    ("Thực hiện Kế hoạch số 5-KH/HU, nhiệm kỳ 2020-2025, căn cứ tình hình thực tế, xây dựng Kế hoạch như sau:\n",
     None, None, None, None),
    ("Trong năm qua, Đảng ủy trường Đại học Khoa học đã xây dựng Kế hoạch học tập chuyên đề năm.\n",
     None, None, None, None),
    ("Căn cứ Kế hoạch số 34-KH/TU ngày 30/12/2016 của Tỉnh ủy; Đảng ủy trường Đại học Khoa học đã ban hành "
     "Kế hoạch tổ chức chào cờ và sinh hoạt chính trị dưới cờ.\n", None, None, None, None),
    ("Thực hiện Kế hoạch số 5-KH/HU của Huyện ủy, Ủy ban nhân dân xã Tự Cường xây dựng Kế hoạch thực hiện như "
     "sau:\n", "KH", None, "Ủy ban nhân dân xã Tự Cường", "commune"),
])
def test_preamble_maker_whose_name_has_lower_case_words(text, doc_type, title, name, level):
    h = header(text)
    assert h.doc_type == doc_type and h.title == title
    assert (h.issuer is None) if name is None else (h.issuer is not None and fold(name) in fold(h.issuer.name))
    assert h.issuer is None or h.issuer.level == level
# leftovers s11: a headline 'Type của Issuer: the editor's gist' over a lead that numbers the page's document and
# restates its trích yếu (realworld_unseen m23): the lead's words are the title.
@pytest.mark.parametrize(("text", "number", "title"), [
    ("Chỉ thị của Ban Bí thư: Nghiêm cấm biếu, tặng quà Tết cho lãnh đạo\n\nThay mặt Ban Bí thư, đồng chí Trương "
     "Thị Mai đã ký ban hành Chỉ thị số 26-CT/TW ngày 23/11/2023 về việc tổ chức Tết Giáp Thìn năm 2024.\n",
     "26-CT/TW", "tổ chức Tết Giáp Thìn năm 2024"),
    ("Kết luận của Bộ Chính trị: Không để ai bị bỏ lại phía sau\nThay mặt Bộ Chính trị, đồng chí Lương Cường đã "
     "ký ban hành Kết luận số 42-KL/TW ngày 20/4/2023 về tiếp tục đổi mới, phát triển chính sách xã hội.\n",
     "42-KL/TW", "tiếp tục đổi mới, phát triển chính sách xã hội"),
    ("Công điện khẩn của UBND tỉnh: Chủ động ứng phó bão số 3\nNgày 5/9/2024, UBND tỉnh Quảng Ninh đã ban hành "
     "Công điện số 12/CĐ-UBND về việc tập trung ứng phó khẩn cấp với bão số 3.\n", "12/CĐ-UBND",
     "tập trung ứng phó khẩn cấp với bão số 3"),
    ("KẾ HOẠCH CỦA TỈNH ỦY: Đưa nghị quyết vào cuộc sống\nBan Thường vụ Tỉnh ủy Nghệ An vừa ban hành Kế hoạch số "
     "12-KH/TU về học tập, quán triệt Nghị quyết Đại hội XIX.\n", "12-KH/TU",
     "học tập, quán triệt Nghị quyết Đại hội XIX"),
    # the headline stays the title: no colon, or a lead that restates no title
    ("Chỉ thị của Ban Bí thư về tổ chức Tết Giáp Thìn năm 2024\nThay mặt Ban Bí thư, đồng chí Trương Thị Mai đã "
     "ký ban hành Chỉ thị số 26-CT/TW ngày 23/11/2023.\n", "26-CT/TW", "tổ chức Tết Giáp Thìn năm 2024"),
    ("Chỉ thị của Ban Bí thư: Nghiêm cấm biếu, tặng quà Tết cho lãnh đạo\nThay mặt Ban Bí thư, đồng chí Trương "
     "Thị Mai đã ký ban hành Chỉ thị số 26-CT/TW ngày 23/11/2023.\n", "26-CT/TW", "Nghiêm cấm biếu, tặng quà Tết"),
])
def test_summary_headline_over_a_lead_that_restates_the_title(text, number, title):
    h = header(text)
    assert str(h.number) == number
    assert h.title is not None and title in h.title


# blind25 b06: a province written in its usual short form after its kind word ('Cổng TTĐT tỉnh BR-VT', 'trên địa
# bàn tỉnh TT-Huế', 'tỉnh BRVT') is that province, for a body that writes no place of its own ('UBND tỉnh vừa có
# văn bản ...'). Only after 'tỉnh' or 'Tỉnh ủy', and never over another province the text writes in full. (The
# short form inside the issuer's own name, 'UBND tỉnh BR-VT ban hành', is not read yet: the name stops at 'tỉnh'.)
@pytest.mark.parametrize(("text", "province"), [
    ("Danh mục 37 Tờ trình đề nghị HĐND tỉnh thông qua tại kỳ họp thứ 6\nUBND tỉnh vừa có văn bản gửi HĐND tỉnh danh "
     "mục các Tờ trình, trong đó có Đề án “Phát triển giáo dục tỉnh BR-VT giai đoạn 2018-2025”.\nCổng TTĐT tỉnh "
     "BR-VT\n", "Bà Rịa - Vũng Tàu"),
    ("UBND tỉnh vừa ban hành Kế hoạch số 112/KH-UBND về phát triển du lịch tỉnh BR - VT năm 2019.\n",
     "Bà Rịa - Vũng Tàu"),
    ("Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị về phòng chống thiên tai trên địa bàn tỉnh BRVT.\n",
     "Bà Rịa - Vũng Tàu"),
    ("UBND tỉnh vừa ban hành Kế hoạch số 30/KH-UBND về chuyển đổi số năm 2021 trên địa bàn tỉnh TT-Huế.\n",
     "Thừa Thiên Huế"),
    ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện Nghị quyết số 54-NQ/TW của Bộ Chính trị về xây dựng tỉnh "
     "TT.Huế.\n", "Thừa Thiên Huế"),
    # must not fire: a short form without the kind word, and a province the text writes in full
    ("UBND tỉnh Đồng Nai ban hành Kế hoạch số 12/KH-UBND về kết nối giao thông với BR-VT.\n", "Đồng Nai"),
])
def test_province_written_in_its_short_form(text, province):
    issuer = header(text).issuer
    assert issuer is not None and issuer.locality.province == province


# blind25 b06: a portal item that says only 'UBND tỉnh vừa có văn bản ...' and closes on its source in brackets,
# the type written as its code ('(Nguồn CV 10646/UBND-VP)', '(Nguồn: TB số 45/TB-UBND)'): that note is the item's
# own number and type. A source that is a paper, or a page whose header has its own number, is no such note.
@pytest.mark.parametrize(("text", "number", "doc_type"), [
    ("Danh mục 37 Tờ trình đề nghị HĐND tỉnh thông qua tại kỳ họp thứ 6\n09:41 | 03/11/2017\nUBND tỉnh vừa có văn "
     "bản gửi HĐND tỉnh danh mục các Tờ trình trình tại kỳ họp cuối năm 2017.\nCổng TTĐT tỉnh BR-VT\n(Nguồn CV "
     "10646/UBND-VP)\n", "10646/UBND-VP", "CV"),
    ("UBND tỉnh vừa có văn bản đề nghị các sở rà soát danh mục dự án đầu tư công năm 2021.\n(Nguồn: CV số "
     "2983/UBND-VP)\n", "2983/UBND-VP", "CV"),
    ("UBND tỉnh thông báo lịch tiếp công dân định kỳ tháng 5 của Chủ tịch UBND tỉnh.\n(Nguồn: TB số 45/TB-UBND)\n",
     "45/TB-UBND", "TB"),
    ("UBND huyện vừa ban hành kế hoạch tổ chức Tết trồng cây năm 2022 trên địa bàn huyện.\n(Nguồn KH "
     "112/KH-UBND)\n", "112/KH-UBND", "KH"),
    # must not fire: a paper as the source, and a header that gives the page's own number
    ("UBND tỉnh vừa có văn bản chỉ đạo phòng chống dịch.\n(Nguồn: Báo Bà Rịa - Vũng Tàu)\n", None, None),
    ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/KH-UBND\nAn Giang, ngày 4 tháng 5 năm 2020\nKẾ HOẠCH\nVề chuyển đổi "
     "số\n(Nguồn CV 556/UBND-VP)\n", "12/KH-UBND", "KH"),
])
def test_source_note_with_the_type_as_its_code(text, number, doc_type):
    h = header(text)
    assert (str(h.number) if h.number else None, h.doc_type) == (number, doc_type)


# blind25 b10: a news lead whose subject is two bodies signing a joint programme or joint rules ('Hội Nông dân
# tỉnh và Sở Nông nghiệp và Phát triển nông thôn (NN&PTNT) tổ chức ký kết chương trình phối hợp hoạt động giai
# đoạn 2022 – 2025'): the first body is the issuer, the type word its type, the words after it the title. Not a
# meeting that reviews a programme, nor a page whose header numbers its own document.
@pytest.mark.parametrize(("text", "issuer", "level", "doc_type", "title"), [
    ("(kontumtv.vn) – Ngày 19/5, Hội Nông dân tỉnh và Sở Nông nghiệp và Phát triển nông thôn (NN&PTNT) tổ chức "
     "ký kết chương trình phối hợp hoạt động giai đoạn 2022 – 2025.\n\nHai bên thống nhất ký kết.\n",
     "Hội Nông dân tỉnh", "province", "CTr", "phối hợp hoạt động giai đoạn 2022 – 2025"),
    ("Sáng 12/3, Ủy ban MTTQ Việt Nam huyện và Công an huyện đã ký kết Quy chế phối hợp trong công tác bảo đảm "
     "an ninh trật tự giai đoạn 2023-2028.\n", "Ủy ban MTTQ Việt Nam huyện", "district", "QC",
     "phối hợp trong công tác bảo đảm an ninh trật tự"),
    ("Ngày 5/3, Hội LHPN tỉnh và Bộ Chỉ huy Quân sự tỉnh tổ chức ký kết chương trình phối hợp giai đoạn 2023 - "
     "2027.\n", "Hội LHPN tỉnh", "province", "CTr", "phối hợp giai đoạn 2023 - 2027"),
    ("Tỉnh đoàn và Sở Giáo dục và Đào tạo vừa ký kết Chương trình phối hợp về giáo dục kỹ năng sống cho học "
     "sinh.\n", "Tỉnh đoàn", "province", "CTr", "phối hợp về giáo dục kỹ năng sống cho học sinh"),
    # blind37 b04: a ceremony word before the verb, a plan signed, and a signing 'liên tịch' typed by a later
    # sentence
    ("Ngày 12/9, Hội Cựu chiến binh tỉnh và Sở Tư pháp tổ chức lễ ký kết kế hoạch phối hợp tuyên truyền pháp "
     "luật giai đoạn 2025-2030.\n", "Hội Cựu chiến binh tỉnh", "province", "KH",
     "phối hợp tuyên truyền pháp luật giai đoạn 2025-2030"),
    ("Sáng 3/10, UBND xã Tân Lập và Hội Nông dân xã tổ chức Lễ ký kết liên tịch về phát triển kinh tế tập thể "
     "năm 2025.\n\nChương trình liên tịch tập trung vào ba nội dung.\n", "UBND xã Tân Lập", "commune", "CTr",
     "liên tịch về phát triển kinh tế tập thể"),
    ("Chiều 5/11, Ủy ban MTTQ Việt Nam phường và Công an phường tổ chức Lễ ký kết liên tịch về bảo đảm an ninh "
     "trật tự.\n\nQuy chế phối hợp gồm 4 chương.\n", "Ủy ban MTTQ Việt Nam phường", "commune", "QC",
     "liên tịch về bảo đảm an ninh trật tự"),
    # sweepH: a department whose sector's name holds 'và' signs first (a Ninh Thuận paper, 'Sở Nông nghiệp và Phát
    # triển nông thôn và Hội Nông dân tỉnh đã ký kết ...'): its whole name is the issuer, not 'Sở Nông nghiệp'; its
    # siblings with lower-case sector words, a comma in the name, a district's office and two departments
    ("(NTO) Ngày 20-12, Sở Nông nghiệp và Phát triển nông thôn và Hội Nông dân tỉnh đã ký kết Chương trình phối "
     "hợp về việc hỗ trợ nông dân phát triển kinh tế nông nghiệp giai đoạn 2011-2015.\n",
     "Sở Nông nghiệp và Phát triển nông thôn", "province", "CTr", "phối hợp về việc hỗ trợ nông dân"),
    ("Sở Giáo dục và Đào tạo và Tỉnh đoàn vừa ký kết Chương trình phối hợp về giáo dục kỹ năng sống cho học sinh.\n",
     "Sở Giáo dục và Đào tạo", "province", "CTr", "phối hợp về giáo dục kỹ năng sống"),
    ("Ngày 5/3, Sở Văn hóa, Thể thao và Du lịch và Hội Liên hiệp Phụ nữ tỉnh tổ chức ký kết chương trình phối hợp "
     "giai đoạn 2023 - 2027.\n", "Sở Văn hóa, Thể thao và Du lịch", "province", "CTr", "phối hợp giai đoạn 2023"),
    ("Sáng 12/3, Phòng Tài nguyên và Môi trường và Hội Nông dân huyện Lục Nam tổ chức ký kết kế hoạch phối hợp bảo "
     "vệ môi trường năm 2024.\n", "Phòng Tài nguyên và Môi trường", "district", "KH", "phối hợp bảo vệ môi trường"),
    ("Sáng 12/3, Sở Khoa học và Công nghệ và Sở Thông tin và Truyền thông ký kết quy chế phối hợp về chuyển đổi "
     "số.\n", "Sở Khoa học và Công nghệ", "province", "QC", "phối hợp về chuyển đổi số"),
    # sweepH: the Farmers' Union by its short name (a Dân Việt lead, 'Hội ND Thanh Hóa và Sở NNPTNT tỉnh đã ký kết
    # chương trình phối hợp ...'), of a province and of a district
    ("(Dân Việt) - Sáng 16.4, Hội ND Thanh Hóa và Sở NNPTNT tỉnh đã ký kết chương trình phối hợp về việc hỗ trợ "
     "nông dân phát triển nông nghiệp.\n", "Hội ND Thanh Hóa", "province", "CTr", "phối hợp về việc hỗ trợ nông dân"),
    ("Ngày 12/9, Hội ND huyện Lục Nam và Ngân hàng Chính sách xã hội huyện đã ký kết chương trình phối hợp giai "
     "đoạn 2024-2026.\n", "Hội ND huyện Lục Nam", "district", "CTr", "phối hợp giai đoạn 2024-2026"),
    # blind46 f09: the partners named after the document by 'giữa', the subject alone before the verb (a Front
    # committee named by its level, a district's union, a province's labour federation, a Youth Union)
    ("Sáng 23.5, tại Hội trường UBND xã Tân Bình, Ban thường trực Ủy ban MTTQ Việt Nam xã tổ chức ký kết kế hoạch "
     "phối hợp thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” giữa Ban Thường "
     "trực Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội xã.\n", "Ban Thường trực Ủy ban MTTQ Việt Nam xã",
     "commune", "KH", "Toàn dân đoàn kết xây dựng nông thôn mới"),
    ("Ngày 15/3/2023, Hội Nông dân huyện Tân Phú đã ký kết chương trình phối hợp tuyên truyền pháp luật giữa Hội "
     "Nông dân huyện và Phòng Tư pháp huyện.\n", "Hội Nông dân huyện Tân Phú", "district", "CTr",
     "phối hợp tuyên truyền pháp luật"),
    ("Chiều 5/11, Liên đoàn Lao động tỉnh Bắc Giang tổ chức lễ ký kết quy chế phối hợp công tác năm 2024 giữa Liên "
     "đoàn Lao động tỉnh và Bảo hiểm xã hội tỉnh.\n", "Liên đoàn Lao động tỉnh Bắc Giang", "province", "QC",
     "phối hợp công tác năm 2024"),
    ("Ngày 12/4, Tỉnh đoàn ký kết chương trình phối hợp giữa Tỉnh đoàn và Bộ Chỉ huy Bộ đội Biên phòng tỉnh giai "
     "đoạn 2023-2027.\n", "Tỉnh đoàn", "province", "CTr", "phối hợp"),
    # must not fire: a meeting that reviews a programme (blind45: a meeting report, its holder named by its level
    # the record's issuer, with no document); a signing 'liên tịch' that never names a type; a header's own
    # number and type
    ("Hội Nông dân tỉnh tổ chức hội nghị sơ kết chương trình phối hợp với Sở NN&PTNT.\n", "Hội Nông dân tỉnh",
     "province", None, None),
    ("Sáng 12/3, Hội Nông dân tỉnh tổ chức hội nghị sơ kết chương trình phối hợp giữa Hội Nông dân và Ngân hàng.\n",
     "Hội Nông dân tỉnh", "province", None, None),
    ("Sáng 27-8, Hội Liên hiệp Phụ nữ tỉnh và Trung tâm Chuyển đổi số tỉnh tổ chức Lễ ký kết liên tịch thực hiện "
     "các nhiệm vụ chuyển đổi số.\n\nHai bên cam kết phối hợp chặt chẽ.\n", None, None, None, None),
    ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/KH-UBND\nAn Giang, ngày 4 tháng 5 năm 2020\nKẾ HOẠCH\nVề giám sát\n"
     "UBND tỉnh và Ủy ban MTTQ tỉnh đã ký kết Quy chế phối hợp năm 2019.\n", "Ủy ban nhân dân tỉnh An Giang",
     "province", "KH", None),
])
def test_two_bodies_signing_a_joint_programme(text, issuer, level, doc_type, title):
    h = header(text)
    assert (h.issuer.name if h.issuer else None, h.issuer.level if h.issuer else None, h.doc_type) == (
        issuer, level, doc_type)
    if title:
        assert title in (h.title or "")


# sweepH: a news item on what an unnumbered document says, opening on 'Theo <type> của <body>' (Tiền Phong 'TP -
# Theo kế hoạch của Ban Bí thư T.Ư Đoàn về việc tổ chức chiến dịch ..., tháng 7 sẽ là tháng cao điểm ...', Báo Hải
# Dương 'Theo hướng dẫn của Uỷ ban MTTQ tỉnh, các địa phương tập trung tổ chức ...'): that body's document is the
# page's; a body that is the subject after the comma carries the plan out, and names none. blind42: a plan named
# by its subject alone ('Theo kế hoạch tổ chức ...'), then a body that directs under it ('yêu cầu', 'chỉ đạo'), is
# that body's own.
@pytest.mark.parametrize(("text", "issuer", "level", "doc_type"), [
    pytest.param("TP - Theo kế hoạch của Ban Bí thư T.Ư Đoàn về việc tổ chức chiến dịch Thanh niên tình nguyện Hè "
                 "2016, tháng 7 sẽ là tháng cao điểm của chiến dịch.\nChiến dịch diễn ra từ 1/6 đến 31/8.\n",
                 "Ban Bí thư T.Ư Đoàn", "central", "KH", id="centre-union-plan-real"),
    pytest.param("Thời gian tổ chức ngày hội trong 1 ngày.\nTheo hướng dẫn của Uỷ ban MTTQ tỉnh, các địa phương tập "
                 "trung tổ chức Ngày hội Đại đoàn kết toàn dân tộc từ ngày 1-18.11.\n", "Ủy ban MTTQ tỉnh",
                 "province", "HD", id="province-front-guidance-real"),
    pytest.param("(QNO) - Theo kế hoạch của UBND tỉnh về tổ chức Tết trồng cây năm 2024, các địa phương tổ chức lễ "
                 "phát động trong tháng 2.\n", "UBND tỉnh", "province", "KH", id="province-committee-plan"),
    pytest.param("Theo hướng dẫn của Ban Tuyên giáo Huyện ủy Lục Nam, các chi bộ tổ chức sinh hoạt chuyên đề trong "
                 "quý II.\n", "Ban Tuyên giáo Huyện ủy Lục Nam", "district", "HD", id="district-board-guidance"),
    # a body acting under another's plan is the subject: no document of the page is told, the body is the
    # activity's organiser (sweepI)
    pytest.param("Theo kế hoạch của UBND huyện, UBND xã Tân Lập tổ chức ra quân tổng vệ sinh môi trường.\n",
                 "UBND xã Tân Lập", "commune", None, id="commune-carries-out"),
    pytest.param("Theo kế hoạch của Huyện đoàn về tổ chức Tháng Thanh niên, Đoàn xã Tân Lập tổ chức ra quân.\n",
                 "Đoàn xã Tân Lập", "commune", None, id="commune-union-carries-out"),
    pytest.param("Theo kế hoạch, UBND huyện sẽ tổ chức hội nghị tổng kết.\n", None, None, None, id="no-body"),
    # blind42: a plan named by its subject alone, then a body that directs under it: the body's own plan
    pytest.param(" date 2026-01-12 Theo kế hoạch tổ chức các hoạt động “Mừng Đảng, mừng Xuân Bính Ngọ năm 2026”, UBND "
                 "tỉnh Cà Mau yêu cầu các đơn vị, địa phương huy động các nguồn lực xã hội.\n", "UBND tỉnh Cà Mau",
                 "province", "KH", id="own-plan-then-directs-real"),
    pytest.param("Theo kế hoạch về tổ chức Tết trồng cây năm 2026, UBND huyện Lục Nam chỉ đạo các xã ra quân đồng "
                 "loạt.\n", "UBND huyện Lục Nam", "district", "KH", id="district-directs-under-own"),
    pytest.param("(QNO) - Theo hướng dẫn triển khai Tháng hành động vì an toàn thực phẩm, Sở Y tế tỉnh Quảng Nam vừa "
                 "yêu cầu các địa phương tăng cường kiểm tra.\n", "Sở Y tế tỉnh Quảng Nam", "province", "HD",
                 id="department-guidance-under-tag"),
    pytest.param("Theo kế hoạch tổ chức Lễ hội hoa, các địa phương tập trung trang trí đường phố.\n", None, None, None,
                 id="subject-only-no-body"),
])
def test_lead_telling_what_a_bodys_document_says(text, issuer, level, doc_type):
    h = header(text)
    assert (h.issuer.name if h.issuer else None, h.issuer.level if h.issuer else None) == (issuer, level)
    assert h.doc_type == doc_type and h.number is None


# sweepH: lead forms of unseen pages the parser still does not read, kept as strict xfails with the reason.
@pytest.mark.parametrize(("text", "name", "level"), [
    pytest.param("Nhằm đẩy mạnh thực hiện xây dựng nông thôn mới, chiều 25.4, ông Phạm Minh Hùng – Chủ tịch Hội NDVN "
                 "tỉnh Long An và Ông Lê Văn Hoàng – Giám đốc Sở NNPTNT tỉnh Long An đã ký kết kế hoạch phối hợp tổ "
                 "chức thực hiện các nội dung trong năm 2017-2018.\n", "Hội NDVN tỉnh Long An", "province",
                 marks=pytest.mark.xfail(strict=True, reason="two office-holders sign for their bodies: the joint "
                                         "signing reads bodies as its subjects, never people named with offices"),
                 id="joint-signed-by-officers"),
    pytest.param("Ngày 25/5/2020, Phó Chủ tịch nước, Trưởng ban Ban Tổ chức Đại hội Thi đua yêu nước lần thứ X Đặng "
                 "Thị Ngọc Thịnh ký ban hành Quyết định số 05/QĐ-BTCĐH về việc thành lập Tiểu ban Nội dung.\n",
                 "Ban Tổ chức Đại hội", "central",
                 marks=pytest.mark.xfail(strict=True, reason="a signer's office before the name ('Trưởng ban Ban X "
                                         "<person> ký ban hành') is read for Party secretaries only; the name falls "
                                         "back to the number's code 'BTCĐH'"),
                 id="board-head-signs"),
    pytest.param("Moitruong.net.vn\n– Ngày 14-12, Chi cục Kiểm lâm (Sở NN&PTNT Hà Nội) cho biết, vừa ban hành văn bản "
                 "chỉ đạo các hạt kiểm lâm về việc tăng cường công tác bảo vệ rừng mùa hanh khô 2021-2022.\n",
                 "Chi cục Kiểm lâm", "province",
                 marks=pytest.mark.xfail(strict=True, reason="the subject reports its own issuing ('X cho biết, vừa "
                                         "ban hành văn bản'): the reporting verb and its comma stand between the "
                                         "body and the issuing verb"),
                 id="reported-own-issuing"),
])
def test_unread_lead_forms_known(text, name, level):
    h = header(text)
    assert h.issuer is not None and name.casefold() in h.issuer.name.casefold() and h.issuer.level == level


# blind37 b05: a feature names a Party cell in full ('Chi bộ 9, khu dân cư 9', 'Chi bộ thôn Phú Bình'), then its
# clause opens with the bare 'Chi bộ': the subject is that cell, placed in the commune the page names; with no
# cell named in full the bare organ stays as it was read.
@pytest.mark.parametrize(("text", "name", "commune"), [
    pytest.param("Tại xã Đông Quang, Chi bộ 4, khu dân cư số 4 đã tổ chức họp mở rộng.\n\nChi bộ 4 thường xuyên "
                 "họp bàn.\n\nTrên cơ sở đó, Chi bộ ban hành kế hoạch thực hiện Nghị quyết số 57-NQ/TW.\n",
                 "Chi bộ 4", "Đông Quang", id="numbered"),
    pytest.param("Tại xã Tân Lập, Chi bộ thôn Phú Bình đã quán triệt Nghị quyết số 68-NQ/TW của Bộ Chính trị.\n\n"
                 "Trên cơ sở đó, Chi bộ xây dựng kế hoạch hành động cụ thể, phân công rõ người, rõ việc.\n",
                 "Chi bộ Thôn Phú Bình", "Tân Lập", id="village"),
    pytest.param("Tại phường Hạc Thành, Chi bộ khu phố 3 đã quán triệt nghị quyết.\n\nSau đó, Chi bộ xây dựng kế "
                 "hoạch hành động về chuyển đổi số.\n", "Chi bộ Khu phố 3", "Hạc Thành", id="quarter_2025_ward"),
    # unchanged: no cell named in full, only 'các chi bộ'
    pytest.param("Tại xã Tân Lập, các chi bộ đã quán triệt Nghị quyết số 68-NQ/TW.\n\nTrên cơ sở đó, Chi bộ xây "
                 "dựng kế hoạch hành động cụ thể.\n", "Chi bộ", "Tân Lập", id="none_named"),
])
def test_a_bare_cell_subject_is_the_cell_named_before(text, name, commune):
    h = header(text)
    assert h.issuer is not None
    assert (h.issuer.name, h.issuer.level, h.issuer.locality.commune) == (name, "commune", commune)

# blind37 b04: a joint document is dated by the day that opens its signing sentence, the year taken from the
# page's dateline or a year beside it; a day with no year near stays unknown.
@pytest.mark.parametrize(("text", "issued_on"), [
    pytest.param(" date 2025-08-27 Sáng 27-8, Hội Nông dân tỉnh và Sở Khoa học và Công nghệ tổ chức Lễ ký kết liên "
                 "tịch thực hiện các nhiệm vụ chuyển đổi số.\n\nKế hoạch liên tịch được ký kết nhằm cụ thể hóa Nghị "
                 "quyết.\n", date(2025, 8, 27), id="dateline_year"),
    pytest.param("Sáng 3/10, UBND xã Tân Lập và Hội Nông dân xã tổ chức Lễ ký kết liên tịch về phát triển kinh tế "
                 "tập thể năm 2025.\n\nChương trình liên tịch tập trung vào ba nội dung.\n", date(2025, 10, 3),
                 id="year_beside"),
    pytest.param("Chiều 5/11, Ủy ban MTTQ Việt Nam phường và Công an phường tổ chức Lễ ký kết liên tịch về bảo đảm "
                 "an ninh trật tự.\n\nQuy chế phối hợp gồm 4 chương.\n", None, id="no_year"),
])
def test_a_joint_signing_dated_by_its_opening_day(text, issued_on):
    assert header(text).issued_on == issued_on
# hyphenparty: a bare headline that is the lead's trích yếu whole after its type word keeps its own copy when
# the lead's is typed worse (blind23 b05: a quote left open, 'tử tưởng' for 'tư tưởng'); a headline that is an
# editor's gist still gives way to the lead's trích yếu (blind12's rule).
@pytest.mark.parametrize(("text", "part"), [
    ("Kế hoạch tổ chức Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2023\n"
     "Ngày 14/3/2023 Ban thường vụ Đảng ủy Khối ban hành Kế hoạch số 107-KH/ĐUK về việc “ Tổ chức Cuộc thi chính "
     "luận về bảo vệ nền tảng tử tưởng của Đảng năm 2023. Cuộc thi do Đảng ủy Khối chủ trì.\n",
     "nền tảng tư tưởng của Đảng năm 2023"),
    ("Kế hoạch triển khai công tác chuyển đổi số năm 2024 trên địa bàn huyện\n"
     "Ngày 5/3/2024, Ban Thường vụ Huyện ủy Kim Động ban hành Kế hoạch số 131-KH/HU về triễn khai công tác chuyển "
     "đổi số năm 2024 trên địa bàn huyện.\n", "triển khai công tác chuyển đổi số"),
    ("Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX\n"
     "Ngày 2/2/2021, Ban Thường vụ Tỉnh ủy ban hành Chương trình số 05-CTr/TU về việc \"thực hiện Nghị quyết Đại "
     "hội Đảng bộ tỉnh lần thứ XX\".\n", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"),
    # must keep the lead's: the headline is an editor's gist, not the title
    ("Kế hoạch thực hiện nghị quyết 33 về văn hóa năm 2024\n"
     "Ngày 01/3/2024, Tỉnh ủy Sóc Trăng ban hành Kế hoạch số 90-KH/TU về tổng kết 10 năm thực hiện Nghị quyết số "
     "33-NQ/TW của Ban Chấp hành Trung ương Đảng.\n", "tổng kết 10 năm"),
    ("Kế hoạch chuyển đổi số của huyện\n"
     "Ngày 5/3/2024, Ban Thường vụ Huyện ủy Kim Động ban hành Kế hoạch số 131-KH/HU về đẩy mạnh chuyển đổi số "
     "trong các cơ quan Đảng năm 2024.\n", "đẩy mạnh chuyển đổi số"),
])
def test_a_headline_that_is_the_lead_title_keeps_its_copy(text, part):
    title = header(text).title
    assert title is not None and part in title
# leftovers2: the capital city of Thừa Thiên Huế before 2025 ('thành phố Huế', 'Thành ủy Huế'), which the
# gazetteer keeps only as its successor quận Thuận Hóa: a district of Thừa Thiên Huế, shown as written. From
# 1 Jul 2025 'thành phố Huế' is the centrally-run city, a province; the province's own name stays a province.
@pytest.mark.parametrize(("text", "level", "province", "district"), [
    ("Thông báo về việc tổ chức tổng vệ sinh trên địa bàn thành phố Huế.\nKính gửi: Hiệu trưởng các trường. Thực "
     "hiện Kế hoạch số 1231/KH-UBND ngày 13 tháng 4 năm 2018 của UBND thành phố về tổng vệ sinh trên địa bàn thành "
     "phố Huế, Phòng Giáo dục và Đào tạo yêu cầu các trường thực hiện các nội dung sau:\n",
     "district", "Thừa Thiên Huế", "Huế"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 45/KH-UBND\nThừa Thiên Huế, ngày 05 tháng 3 năm 2019\nKẾ HOẠCH\n"
     "Triển khai thực hiện chuyển đổi số\n", "district", "Thừa Thiên Huế", "Huế"),
    ("Ngày 3/4/2019, Ban Thường vụ Thành ủy Huế ban hành Kế hoạch số 45-KH/ThU về chuyển đổi số.\n",
     "district", "Thừa Thiên Huế", "Huế"),
    ("Ngày 3/4/2019, UBND thành phố Huế ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số.\n",
     "district", "Thừa Thiên Huế", "Huế"),
    # unchanged: the city under the centre from 1 Jul 2025, the old province by its own name
    ("Ngày 10/8/2025, UBND thành phố Huế ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số.\n",
     "province", "Huế", None),
    ("Ngày 10/3/2019, UBND tỉnh Thừa Thiên Huế ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số.\n",
     "province", "Thừa Thiên Huế", None),
    # a province's body over the city as a recipient: 'Huế' is the city's name, not the province's written
    ("Ngày 26/3/2020, Ban Thường vụ Tỉnh ủy yêu cầu Ban Thường vụ các huyện ủy, thị ủy, Thành ủy Huế tạm dừng tổ "
     "chức đại hội.\n", "province", None, None),
    ("Ngày 26/3/2020, Ban Thường vụ Tỉnh ủy yêu cầu Ban Thường vụ các huyện ủy, thị ủy, Thành ủy Huế tạm dừng tổ "
     "chức đại hội đảng bộ các cấp trong tỉnh Thừa Thiên Huế.\n", "province", "Thừa Thiên Huế", None),
])
def test_hue_city_before_2025_is_a_district(text, level, province, district):
    issuer = header(text).issuer
    assert issuer is not None and issuer.level == level
    assert (issuer.locality.province, issuer.locality.district) == (province, district)


# leftovers2: a title-case congress title names its unit with the term after it ('Đại hội Đảng bộ Thị xã Cửa Lò
# Khóa V, Nhiệm kỳ 2015-2020', 'Huyện Nam Đàn Lần Thứ XXV'): the term's words are no part of the unit's name,
# so the district committee that writes no place takes that unit. A lower-case 'khóa XXI' keeps its own name.
@pytest.mark.parametrize(("text", "province", "district"), [
    ("Ý kiến của Thường trực Thị ủy về tuyên truyền Đại hội Đảng bộ Thị xã Cửa Lò Khóa V, Nhiệm kỳ 2015-2020\n\n"
     "Thường trực Thị ủy yêu cầu các tổ chức cơ sở Đảng tập trung tuyên truyền Đại hội.\n", "Nghệ An", "Cửa Lò"),
    ("Ban Thường vụ Huyện ủy ban hành Kế hoạch tổ chức Đại Hội Đảng Bộ Huyện Nam Đàn Lần Thứ XXV\n\nBan Thường vụ "
     "Huyện ủy yêu cầu các chi bộ thực hiện.\n", "Nghệ An", "Nam Đàn"),
    ("Kế hoạch tuyên truyền Đại hội Đảng bộ Huyện Yên Thành Nhiệm Kỳ 2020-2025\nBan Thường vụ Huyện ủy vừa ban "
     "hành Kế hoạch số 12-KH/HU về tuyên truyền Đại hội.\n", "Nghệ An", "Yên Thành"),
    ("Thị ủy ban hành Kế hoạch tổ chức Đại hội Đảng bộ Thị xã Thái Hòa Khoá IV\nBan Thường vụ Thị ủy vừa ban hành "
     "Kế hoạch số 12-KH/TXU.\n", "Nghệ An", "Thái Hòa"),
    ("Ban Thường vụ Huyện ủy Kỳ Anh ban hành Kế hoạch số 12-KH/HU về Đại hội Đảng bộ huyện khóa XXI.\n",
     "Hà Tĩnh", "Kỳ Anh"),
])
def test_congress_term_is_no_part_of_the_unit(text, province, district):
    issuer = header(text).issuer
    assert issuer is not None and issuer.level == "district"
    assert (issuer.locality.province, issuer.locality.district) == (province, district)


# leftovers2: a header cell whose first letter the PDF extraction lost ('Y BAN NHÂN DÂN' / 'TỈNH KON TUM'), or
# its hook ('UY BAN ...'): the committee is named again when the words after are a committee's own; 'SỞ Y TẾ' and
# a committee written whole stay as they are.
_LOST_INITIAL_FORM = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND\nKon Tum, "
                      "ngày 03 tháng 10 năm 2014\nKẾ HOẠCH\nTriển khai thực hiện chuyển đổi số\n")


@pytest.mark.parametrize(("top", "name", "level", "district"), [
    ("Y BAN NHÂN DÂN\nTỈNH KON TUM\n", "Ủy ban nhân dân tỉnh Kon Tum", "province", None),
    ("UY BAN NHÂN DÂN\nTỈNH KON TUM\n", "Ủy ban nhân dân tỉnh Kon Tum", "province", None),
    ("Y BAN NHÂN DÂN\nHUYỆN ĐĂK HÀ\n", "Ủy ban nhân dân huyện Đăk Hà", "district", "Đăk Hà"),
    ("Y BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH KON TUM\n", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum",
     "province", None),
    ("Y BAN NHÂN DÂN TỈNH KON TUM\n", "Ủy ban nhân dân tỉnh Kon Tum", "province", None),
    # unchanged
    ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n", "Ủy ban nhân dân tỉnh Kon Tum", "province", None),
    ("SỞ Y TẾ\nTỈNH KON TUM\n", "Sở Y tế", "province", None),
])
def test_header_cell_that_lost_its_first_letter(top, name, level, district):
    issuer = header(top + _LOST_INITIAL_FORM).issuer
    assert issuer is not None and name.casefold() in issuer.name.casefold() and issuer.level == level
    assert (issuer.locality.province, issuer.locality.district) == ("Kon Tum", district)


# blind26 b01, b11: the state body that enacts a decision or resolution, its name in capitals between the trích
# yếu and the preamble ('CHÍNH PHỦ', 'ỦY BAN NHÂN DÂN TỈNH SƠN LA', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 'HỘI ĐỒNG
# NHÂN DÂN TỈNH ... KHÓA XIX, KỲ HỌP THỨ HAI', its term on a line of its own), is the document's heading, no part
# of the title. A body the title waits for ('... CỦA' / 'ỦY BAN NHÂN DÂN TỈNH ...'), and a body's name the
# preamble does not follow, stay in it.
@pytest.mark.parametrize(("text", "title"), [
    ("CHÍNH PHỦ\nSố: 138/NQ-CP Hà Nội, ngày 16 tháng 5 năm 2025\nNGHỊ QUYẾT\nBAN HÀNH KẾ HOẠCH HÀNH ĐỘNG CỦA "
     "CHÍNH PHỦ\nVỀ PHÁT TRIỂN KINH TẾ TƯ NHÂN\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 2 năm "
     "2025;\n", "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG CỦA CHÍNH PHỦ VỀ PHÁT TRIỂN KINH TẾ TƯ NHÂN"),
    ("ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 16/2017/QĐ-UBND\nSơn La, ngày 5 tháng 6 năm 2017\nQUYẾT ĐỊNH\nBAN HÀNH "
     "QUY CHẾ PHỐI HỢP LIÊN NGÀNH\nUỶ BAN NHÂN DÂN TỈNH SƠN LA\nCăn cứ Luật Tổ chức chính quyền địa phương;\n",
     "BAN HÀNH QUY CHẾ PHỐI HỢP LIÊN NGÀNH"),
    ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 186/QĐ-UBND\nAn Giang, ngày 26 tháng 01 năm 2018\nQUYẾT ĐỊNH\nPHÊ "
     "DUYỆT DỰ ÁN HỖ TRỢ CƠ GIỚI HÓA\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG\nCăn cứ Luật Tổ chức Chính quyền "
     "địa phương;\n", "PHÊ DUYỆT DỰ ÁN HỖ TRỢ CƠ GIỚI HÓA"),
    ("HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 19/NQ-HĐND\nQuảng Trị, ngày 14 tháng 12 năm 2017\nNGHỊ QUYẾT\nVỀ KẾ "
     "HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2018\nHỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ\nKHÓA VII, KỲ HỌP THỨ 6\nCăn "
     "cứ Luật Tổ chức chính quyền địa phương;\n", "VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2018"),
    ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 444/QĐ-TTg\nHà Nội, ngày 20 tháng 5 năm 2024\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH HÀNH "
     "ĐỘNG PHÒNG THỦ DÂN SỰ\nTHỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n",
     "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG PHÒNG THỦ DÂN SỰ"),
    # must stay: a title that waits for the body it names, and a body's name the preamble does not follow
    ("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 59/QĐ-UBND\nHòa Bình, ngày 22 tháng 7 năm 2021\nQUYẾT ĐỊNH\nBAN HÀNH QUY "
     "CHẾ LÀM VIỆC CỦA\nỦY BAN NHÂN DÂN XÃ HÒA BÌNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\n",
     "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN XÃ HÒA BÌNH"),
    ("TỈNH ỦY NGHỆ AN\nSố 12-QĐ/TU\nNghệ An, ngày 3 tháng 4 năm 2024\nQUYẾT ĐỊNH\nVỀ VIỆC KIỆN TOÀN\nỦY BAN NHÂN "
     "DÂN TỈNH NGHỆ AN\nI. MỤC ĐÍCH\n", "VỀ VIỆC KIỆN TOÀN ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"),
])
def test_enacting_line_is_no_part_of_the_title(text, title):
    assert header(text).title == title


# blind26 b11: a resolution whose copy lost its 'NGHỊ QUYẾT' heading opens its trích yếu with the type word of what
# it adopts ('Số: 90/NQ-HĐND' over 'KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2026-2030 ...'): the word is the
# subject's. A heading of the number's own type keeps its usual cut.
@pytest.mark.parametrize(("text", "doc_type", "title"), [
    ("HỘI ĐỒNG NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 90/NQ-HĐND\nTuyên Quang, ngày 10 tháng 12 năm 2025\nKẾ HOẠCH PHÁT "
     "TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2026-2030 TỈNH TUYÊN QUANG\nCăn cứ Luật Tổ chức chính quyền địa phương;\n",
     "NQ", "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2026-2030 TỈNH TUYÊN QUANG"),
    ("ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 25/QĐ-UBND\nLong An, ngày 4 tháng 3 năm 2022\nCHƯƠNG TRÌNH PHÁT TRIỂN "
     "NHÀ Ở TỈNH LONG AN GIAI ĐOẠN 2021-2030\nCăn cứ Luật Nhà ở;\n", "QĐ",
     "CHƯƠNG TRÌNH PHÁT TRIỂN NHÀ Ở TỈNH LONG AN GIAI ĐOẠN 2021-2030"),
    # the number's own type: the type word is the heading's
    ("ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 25/KH-UBND\nLong An, ngày 4 tháng 3 năm 2022\nKẾ HOẠCH THỰC HIỆN CHƯƠNG "
     "TRÌNH NHÀ Ở\nCăn cứ Luật Nhà ở;\n", "KH", "THỰC HIỆN CHƯƠNG TRÌNH NHÀ Ở"),
])
def test_subject_opening_with_the_type_of_what_it_adopts(text, doc_type, title):
    h = header(text)
    assert (h.doc_type, h.title) == (doc_type, title)


# blind26 b02: a legal library's page that stops in its metadata gives the trích yếu only in its page title, under
# a tab menu and feature notes ('Công văn 12154/VPCP-TCCV 2025 về việc ...'), and pairs its keys on one line
# ('Loại văn bản: Công văn Người ký: Trịnh Mạnh Linh'): the title line with the page's own number is its title (the
# catalogue's year dropped), the key's value its signer. A title line with another number is none.
@pytest.mark.parametrize(("text", "title", "signer"), [
    ("Danh mục\n|\n  • Tổng quan\n  • Nội dung\n" + "Đây là tiện ích dành cho tài khoản Tiêu chuẩn.\n" * 12
     + "Công văn 12154/VPCP-TCCV 2025 về việc nghiên cứu khuyến nghị của Ban Chính sách\n\nCơ quan ban hành: Văn "
     "phòng Chính phủ\nSố hiệu: 12154/VPCP-TCCV Ngày đăng công báo: Đang cập nhật\nLoại văn bản: Công văn Người "
     "ký: Trịnh Mạnh Linh\nNgày ban hành:\n09/12/2025\n",
     "về việc nghiên cứu khuyến nghị của Ban Chính sách", "Trịnh Mạnh Linh"),
    ("Danh mục\n" + "Đây là tiện ích dành cho tài khoản Tiêu chuẩn.\n" * 12 + "Quyết định 25/2024/QĐ-UBND năm "
     "2024 ban hành Quy định quản lý chợ trên địa bàn tỉnh Long An\n\nCơ quan ban hành: Tỉnh Long An\nSố hiệu: "
     "25/2024/QĐ-UBND\nLoại văn bản: Quyết định Người ký: Nguyễn Văn Út\n",
     "ban hành Quy định quản lý chợ trên địa bàn tỉnh Long An", "Nguyễn Văn Út"),
    # another document's number in the title line: no title from it
    ("Danh mục\n" + "Đây là tiện ích dành cho tài khoản Tiêu chuẩn.\n" * 12 + "Quyết định 26/2024/QĐ-UBND năm "
     "2024 sửa đổi Quy định quản lý chợ\n\nSố hiệu: 25/2024/QĐ-UBND\nLoại văn bản: Quyết định\n", None, None),
])
def test_library_page_title_and_paired_signer_key(text, title, signer):
    h = header(text)
    assert (h.title, h.signer.name if h.signer else None) == (title, signer)


# blind26 b08, b10: a news lead whose subject is the signer of the page's own document, the office before the name
# ('Thủ tướng Chính phủ Phạm Minh Chính ký Quyết định số 571/QĐ-TTg ...', 'Thay mặt Bộ Chính trị, Thường trực Ban
# Bí thư Trần Cẩm Tú ký ban hành Kết Luận số 183-KL/TW ...'). A place is no name ('Bí thư Thành ủy Hà Nội đã ký':
# the office alone, as the gold reads a block with its office but no name), and a cited document's signer is none.
@pytest.mark.parametrize(("text", "name", "title"), [
    ("cải cách bộ máy\nThủ tướng Chính phủ Phạm Minh Chính ký Quyết định số 571/QĐ-TTg ngày 12/3/2025 thành lập Ban "
     "Chỉ đạo thực hiện sắp xếp đơn vị hành chính các cấp.\n", "Phạm Minh Chính", "Thủ tướng Chính phủ"),
    ("Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết Luận số 183-KL/TW, ngày 1/8/2025 "
     "của Bộ Chính trị, Ban Bí thư về tích cực triển khai vận hành mô hình chính quyền địa phương 2 cấp.\n",
     "Trần Cẩm Tú", "Thường trực Ban Bí thư"),
    ("Bộ trưởng Bộ VHTTDL Nguyễn Văn Hùng đã ký Quyết định số 389/QĐ-BVHTTDL, ngày 28-2-2022 ban hành Kế hoạch "
     "thực hiện Chiến lược phát triển gia đình.\n", "Nguyễn Văn Hùng", "Bộ trưởng Bộ VHTTDL"),
    ("Bí thư Thành ủy Hà Nội đã ký ban hành Chỉ thị số 25-CT/TU về phòng cháy, chữa cháy.\n", None,
     "Bí thư Thành ủy Hà Nội"),
    # must not fire: a signer of the document the page's own one carries out
    ("UBND tỉnh ban hành Kế hoạch số 12/KH-UBND thực hiện Quyết định mà Thủ tướng Chính phủ Phạm Minh Chính ký "
     "Quyết định số 571/QĐ-TTg về sắp xếp đơn vị hành chính.\n", None, None),
])
def test_lead_subject_that_signs_the_own_document(text, name, title):
    h = header(text)
    assert (h.signer.name if h.signer else None, h.signer.title if h.signer else None) == (name, title)


# blind26 b04: a news item with no header whose only date of its document is the day it was signed, in brackets
# ('... được hưởng kể từ ngày quyết định được ký (28-12-2025)'). A page with its own dated header keeps that date;
# a bracket without a year is none.
@pytest.mark.parametrize(("text", "issued_on"), [
    (" date 2025-12-30 Chủ tịch UBND tỉnh An Giang vừa có quyết định về việc công bố danh sách các xã An toàn khu."
     "\n\n9 xã trên được hưởng chính sách kể từ ngày quyết định được ký (28-12-2025).\n", date(2025, 12, 28)),
    ("UBND tỉnh vừa ban hành quyết định công nhận xã đạt chuẩn nông thôn mới. Quyết định có hiệu lực từ ngày ký "
     "(12/3/2025).\n", date(2025, 3, 12)),
    ("Thủ tướng vừa có quyết định thành lập Ban Chỉ đạo. Quyết định có hiệu lực kể từ ngày ký ban hành (ngày "
     "5.6.2024).\n", date(2024, 6, 5)),
    # must not fire: a header's own date, and a bracket without its year
    ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/QĐ-UBND\nAn Giang, ngày 4 tháng 5 năm 2020\nQUYẾT ĐỊNH\nVề công nhận "
     "xã An toàn khu\nQuyết định có hiệu lực kể từ ngày ký (04-5-2021).\n", date(2020, 5, 4)),
    ("UBND tỉnh vừa có quyết định công nhận xã An toàn khu, hiệu lực từ ngày ký (28/12).\n", None),
])
def test_news_item_dated_by_the_day_it_was_signed(text, issued_on):
    assert header(text).issued_on == issued_on


# realworld c30: a committee's column of a leader's directions given at a dated meeting ('Tại giao ban tuần ngày
# 09/11/2018, ..., Bí thư Tỉnh ủy chỉ đạo:') is of the meeting's day. Must not fire: a meeting without its year,
# a conclusion (a notice issued later, unseen m31), a page with its own header, a meeting only reported.
@pytest.mark.parametrize(("text", "issued_on"), [
    pytest.param("Tại giao ban tuần ngày 09/11/2018, đồng chí Lê Thanh Quang, Bí thư Tỉnh ủy chỉ đạo:\n- Đẩy mạnh "
                 "rà soát các chỉ tiêu năm 2018.\n", date(2018, 11, 9), id="weekly-briefing"),
    pytest.param("Tại buổi làm việc với Sở Y tế ngày 5/3/2021, Chủ tịch UBND tỉnh đã chỉ đạo:\n- Sở Y tế chủ trì "
                 "rà soát.\n", date(2021, 3, 5), id="working-session"),
    pytest.param("Tại cuộc họp Thường trực Tỉnh ủy ngày 12 tháng 4 năm 2022, đồng chí Bí thư Tỉnh ủy chỉ đạo:\n"
                 "- Các cấp ủy tập trung lãnh đạo.\n", date(2022, 4, 12), id="meeting-words"),
    pytest.param("Tại giao ban tuần ngày 09/11, đồng chí Bí thư Tỉnh ủy chỉ đạo:\n- Đẩy mạnh rà soát.\n", None,
                 id="no-year"),
    pytest.param("Tại cuộc họp ngày 06/9/2017, Chủ tịch UBND thị xã kết luận:\n- Tập trung thu ngân sách.\n", None,
                 id="conclusion"),
    pytest.param("Tại hội nghị ngày 06/9/2017, các đại biểu đã thảo luận về tình hình. Sau đó Bí thư chỉ đạo:\n"
                 "- Tập trung.\n", None, id="other-sentence"),
    pytest.param("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/TB-UBND\nAn Giang, ngày 4 tháng 5 năm 2020\nTHÔNG BÁO\n"
                 "Ý kiến chỉ đạo của Chủ tịch UBND tỉnh\nTại cuộc họp ngày 28/4/2020, Chủ tịch UBND tỉnh chỉ đạo:\n",
                 date(2020, 5, 4), id="own-header"),
])
def test_directions_dated_by_their_meeting(text, issued_on):
    assert header(text).issued_on == issued_on


# realworld c15: a province body whose own province is unwritten, in a text naming two provinces as a pair ('hai
# tỉnh Quảng Nam – Thanh Hóa'), is of neither; one province named alone still places it.
_PAIRED_HEAD = ("TỈNH ỦY\nBAN THƯỜNG VỤ\n*\nSố 2574-CV/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nngày 18 tháng 02 năm 2020\n"
                "V/v tăng cường phòng, chống dịch\nKính gửi: Các huyện ủy, thị ủy, thành ủy.\n")


@pytest.mark.parametrize(("text", "province"), [
    pytest.param(_PAIRED_HEAD + "Không tổ chức các đoàn nhân kỷ niệm 60 năm kết nghĩa hai tỉnh Quảng Nam – Thanh "
                 "Hóa trong tháng 02/2020.\n", None, id="pair-dash"),
    pytest.param(_PAIRED_HEAD + "Tạm hoãn giao lưu giữa hai tỉnh Quảng Nam và Thanh Hóa trong tháng 3.\n", None,
                 id="pair-va"),
    pytest.param(_PAIRED_HEAD + "Các cấp ủy trên địa bàn tỉnh Quảng Nam tăng cường phòng, chống dịch.\n", "Quảng Nam",
                 id="one-province"),
])
def test_paired_provinces_place_no_body(text, province):
    h = header(text)
    assert h.issuer is not None and h.issuer.locality.province == province


# blind33 b01, b02, b06: the Politburo and the Secretariat issue a conclusion jointly, named with a comma. As the
# subject ('Bộ Chính trị, Ban Bí thư ban hành ...') the Politburo leads, never 'Ban Bí thư' alone; after the
# number ('... ký ban hành Kết luận số 190-KL/TW của Bộ Chính trị, Ban Bí thư về ...') the joint name is the issuer
# over the signer's office and no part of the title; a bare number with its issuer right after ('Kết luận 191 của
# ...') is the page's own, unknown. Must not fire: the Secretariat alone, a signer acting for the Politburo.
@pytest.mark.parametrize(("text", "number", "name", "title"), [
    pytest.param("Ngày 22/8/2025, Bộ Chính trị, Ban Bí thư ban hành Kết luận số 185-KL/TW về tăng cường lãnh đạo công "
                 "tác đại hội.\n", "185-KL/TW", "Bộ Chính trị", "về tăng cường lãnh đạo công tác đại hội",
                 id="subject-dated"),
    pytest.param("Bộ Chính trị, Ban Bí thư Trung ương vừa ban hành Chỉ thị số 55-CT/TW về việc tổ chức Tết.\n",
                 "55-CT/TW", "Bộ Chính trị", "về việc tổ chức Tết", id="subject-central-tail"),
    pytest.param("Thường trực Ban Bí thư Trần Cẩm Tú vừa ký ban hành Kết luận số 190-KL/TW của Bộ Chính trị, Ban Bí "
                 "thư về tiếp tục tăng cường lãnh đạo.\n", "190-KL/TW", "Bộ Chính trị", "về tiếp tục tăng cường lãnh đạo",
                 id="after-number"),
    pytest.param("Ngày 12/9/2025, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận 191 của Bộ Chính trị, Ban Bí "
                 "thư về tiếp tục tăng cường lãnh đạo.\n", None, "Bộ Chính trị", "về tiếp tục tăng cường lãnh đạo",
                 id="bare-number-of"),
    pytest.param("Ngày 12/9/2025, Chủ tịch UBND tỉnh ký ban hành Kế hoạch 156 của UBND tỉnh Nghệ An về phòng, chống "
                 "thiên tai.\n", None, "UBND tỉnh Nghệ An", "về phòng, chống thiên tai", id="bare-number-of-province"),
    # must not fire
    pytest.param("Ngày 22/8/2025, Ban Bí thư ban hành Chỉ thị số 56-CT/TW về công tác dân vận.\n", "56-CT/TW",
                 "Ban Bí thư", "về công tác dân vận", id="secretariat-alone"),
    pytest.param("Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận số 183-KL/TW, ngày "
                 "1/8/2025 về chính quyền địa phương 2 cấp.\n", "183-KL/TW", "Bộ Chính trị",
                 "về chính quyền địa phương 2 cấp", id="acting-for"),
])
def test_politburo_and_secretariat_named_jointly(text, number, name, title):
    h = header(text)
    assert (str(h.number) if h.number else None) == number
    assert h.issuer is not None and fold(name) in fold(h.issuer.name)
    assert h.issuer.level == ("province" if "tỉnh" in name else "central")
    assert h.title is not None and fold(h.title).startswith(fold(title))


# blind33 b06: a news page's dateline (' date 2025-09-12 (VTC News) -') over a lead dated without its year ('Ngày
# 12/9, ... ký ban hành Kết luận ...'): the page was written days after the document, so the dateline gives the
# year. Must not fire: a dateline of only a month, a lead day after the dateline (the year before).
@pytest.mark.parametrize(("text", "issued_on"), [
    pytest.param(" date 2025-09-12 (VTC News) -\n\nNgày 12/9, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận "
                 "191 của Bộ Chính trị về công tác đại hội.\n", date(2025, 9, 12), id="same-day"),
    pytest.param(" date 2024-03-20 Thời sự\n\nNgày 12/3, Ban Thường vụ Tỉnh ủy Nghệ An ban hành Kế hoạch số 45-KH/TU về "
                 "phòng, chống thiên tai.\n", date(2024, 3, 12), id="days-after"),
    pytest.param(" date 2025-01-05 Thời sự\n\nNgày 28/12, UBND tỉnh Nghệ An ban hành Kế hoạch số 45/KH-UBND về phòng, "
                 "chống rét.\n", date(2024, 12, 28), id="across-new-year"),
    # must not fire
    pytest.param(" date 2024-03 Thời sự\n\nNgày 12/3, UBND tỉnh Nghệ An ban hành Kế hoạch về phòng, chống thiên tai.\n",
                 None, id="month-only"),
])
def test_yearless_lead_date_takes_the_datelines_year(text, issued_on):
    assert header(text).issued_on == issued_on
@pytest.mark.parametrize(
    ("text", "named"),
    [
        pytest.param("Ngô Thị Thanh Hằng", True, id="three-given-names"),
        pytest.param("Lê Đức Thọ", True, id="given-names-with-d-bar-and-marks"),
        pytest.param("Y Biêr Niê", True, id="ede-name"),
        # a given name is a capital then small letters: a body word in capitals after a name is none
        # ('Trần Văn BỘ', 'Lê SỞ'), though its marked capitals sit in the Latin range of small letters
        pytest.param("Trần Văn BỘ", False, id="capitals-word-bo"),
        pytest.param("Lê Văn SỞ", False, id="capitals-word-so"),
        pytest.param("Nguyễn Văn Añ", False, id="no-vietnamese-letter"),
    ],
)
def test_person_name_given_names(text: str, named: bool) -> None:
    assert (PERSON_TAIL_RE.fullmatch(text) is not None) is named


# blind35: a page on studying a congress's resolution ('Quán triệt, triển khai Nghị quyết Đại hội đại biểu Đảng bộ
# xã Vĩnh Lộc lần thứ I, nhiệm kỳ 2025-2030') is about that unnumbered resolution, issued by the congress of the
# Party organisation; a congress named by its unit's kind alone takes the unit of the Party body named before it
# in the sentence ('Bí thư Đảng ủy phường Hương An quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I ...').
@pytest.mark.parametrize(("text", "name", "level", "title"), [
    pytest.param(" date 2025-09-23 Quán triệt, triển khai Nghị quyết Đại hội đại biểu Đảng bộ xã Vĩnh Lộc lần thứ I, "
                 "nhiệm kỳ 2025-2030\n\nSáng 23/9, Đảng bộ xã Vĩnh Lộc tổ chức Hội nghị học tập.\n",
                 "Đảng bộ xã Vĩnh Lộc", "commune", "lần thứ I, nhiệm kỳ 2025-2030", id="commune-headline"),
    pytest.param(" date 2025-09-07 Ông Trương Quang Trung, Bí thư Đảng ủy phường Hương An quán triệt Nghị quyết Đại hội "
                 "Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030\n\nTham dự có 121 đảng viên.\n",
                 "Đảng bộ phường Hương An", "commune", "Đại hội Đảng bộ phường lần thứ I", id="ward-named-before"),
    pytest.param("Học tập Nghị quyết Đại hội đại biểu Đảng bộ huyện Lục Nam lần thứ XXIII, nhiệm kỳ 2020-2025\n\n"
                 "Ngày 5/11, Huyện ủy tổ chức hội nghị cho cán bộ chủ chốt.\n",
                 "Đảng bộ huyện Lục Nam", "district", "lần thứ XXIII", id="district-study"),
    pytest.param("Tin hoạt động\nBan Tuyên giáo Tỉnh ủy phổ biến Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần "
                 "thứ XX, nhiệm kỳ 2025 – 2030 tới báo cáo viên.\nCác đại biểu được nghe nội dung cốt lõi.\n",
                 "Đảng bộ tỉnh Nghệ An", "province", "lần thứ XX", id="province-spread"),
    # sweepF: the unit named by its committee's one word ('Thành ủy Hải Phòng' for 'Đảng bộ thành phố').
    pytest.param("Học tập, quán triệt NQ Đại hội Đảng bộ thành phố nhiệm kỳ 2025 -2030\n19/11/2025\nChiều 19/11/2025, "
                 "Thành ủy Hải Phòng tổ chức Hội nghị trực tuyến học tập, quán triệt Nghị quyết Đại hội Đảng bộ thành "
                 "phố lần thứ I, nhiệm kỳ 2025 – 2030. Hội nghị được kết nối tới 114 điểm cầu.\n",
                 "Đảng bộ thành phố Hải Phòng", "province", "lần thứ I", id="city-committee-real"),
    pytest.param("Sáng 8/10, Tỉnh ủy Quảng Trị tổ chức hội nghị quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh "
                 "lần thứ I, nhiệm kỳ 2025-2030.\n", "Đảng bộ tỉnh Quảng Trị", "province", "lần thứ I",
                 id="province-committee"),
    pytest.param("Ngày 3/11, Ban Thường vụ Huyện uỷ Lục Nam tổ chức hội nghị học tập Nghị quyết Đại hội Đảng bộ huyện "
                 "lần thứ XXIII, nhiệm kỳ 2020-2025.\n", "Đảng bộ huyện Lục Nam", "district", "lần thứ XXIII",
                 id="district-standing-old-tone"),
    pytest.param("Quận ủy Ngô Quyền triển khai Nghị quyết Đại hội đại biểu Đảng bộ quận lần thứ XXV, nhiệm kỳ 2020 - "
                 "2025 đến cán bộ chủ chốt.\n", "Đảng bộ quận Ngô Quyền", "district", "lần thứ XXV",
                 id="urban-district-committee"),
    pytest.param("Chiều 14/12, Thị ủy Hoàng Mai tổ chức hội nghị quán triệt Nghị quyết Đại hội Đảng bộ thị xã lần "
                 "thứ IV, nhiệm kỳ 2020-2025.\n", "Đảng bộ thị xã Hoàng Mai", "district", "lần thứ IV",
                 id="town-committee"),
    # sweepH: a headline that names no unit over a lead that does (a Thanh Hóa paper, 'Xã Sao Vàng: Học tập, quán
    # triệt Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I ...' then 'Ban Chấp hành Đảng bộ xã Sao Vàng tổ chức
    # ...'): the lead's congress is the page's, for a commune, a ward and a district
    pytest.param("Xã Sao Vàng: Học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – "
                 "2030\n\nChiều 2/10, Ban Chấp hành Đảng bộ xã Sao Vàng tổ chức Hội nghị học tập, quán triệt Nghị quyết "
                 "Đại hội đảng bộ xã lần thứ I, nhiệm kỳ 2025- 2030 và sơ kết tình hình 9 tháng.\n",
                 "Đảng bộ xã Sao Vàng", "commune", "lần thứ I", id="headline-unnamed-lead-named"),
    pytest.param("Phường Hạc Thành học tập Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025-2030\n\nSáng 5/10, "
                 "Đảng ủy phường Hạc Thành tổ chức hội nghị quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, "
                 "nhiệm kỳ 2025-2030.\n", "Đảng bộ phường Hạc Thành", "commune", "lần thứ I",
                 id="ward-headline-unnamed"),
    pytest.param("Triển khai Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII, nhiệm kỳ 2020-2025\n\nNgày 3/11, Huyện ủy "
                 "Lục Nam tổ chức hội nghị triển khai Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII, nhiệm kỳ "
                 "2020-2025.\n", "Đảng bộ huyện Lục Nam", "district", "lần thứ XXIII",
                 id="district-headline-unnamed"),
    # blind42: 'triển khai thực hiện nghị quyết ...'; of the congresses a meeting studies, its holder's own is the
    # page's (listed after the province's, by comma or 'và'); a holder studying only an upper one keeps it
    pytest.param("Chiều 24/11, Ban Thường vụ Đảng ủy phường Tĩnh Gia tổ chức Hội nghị học tập, quán triệt, triển khai "
                 "thực hiện nghị quyết Đại hội Đảng bộ tỉnh Thanh Hoá lần thứ XX, nhiệm kỳ 2025-2030, nghị quyết Đại hội "
                 "Đảng bộ phường Tĩnh Gia lần thứ I, nhiệm kỳ 2025 - 2030; trao Huy hiệu Đảng.\n",
                 "Đảng bộ phường Tĩnh Gia", "commune", "lần thứ I", id="holders-own-listed-after-province"),
    pytest.param("Ngày 3/11, Ban Thường vụ Huyện ủy Lục Nam tổ chức hội nghị quán triệt Nghị quyết Đại hội Đảng bộ tỉnh "
                 "Bắc Giang lần thứ XIX, nhiệm kỳ 2020-2025 và Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIII, nhiệm kỳ "
                 "2020-2025.\n", "Đảng bộ huyện Lục Nam", "district", "lần thứ XXIII", id="district-own-after-va"),
    pytest.param("Sáng 2/10, Đảng ủy xã Yên Thọ triển khai thực hiện Nghị quyết Đại hội Đảng bộ xã Yên Thọ lần thứ I, nhiệm "
                 "kỳ 2025-2030.\n", "Đảng bộ xã Yên Thọ", "commune", "lần thứ I", id="carry-out-verb"),
    pytest.param("Sáng 2/10, Đảng ủy xã Yên Thọ quán triệt Nghị quyết Đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ "
                 "2025-2030 tới cán bộ chủ chốt.\n", "Đảng bộ tỉnh Thanh Hóa", "province", "lần thứ XX",
                 id="upper-one-only"),
])
def test_page_on_studying_a_congress_resolution(text, name, level, title):
    h = header(text)
    assert h.doc_type == "NQ" and h.number is None and h.issued_on is None
    assert h.issuer is not None and fold(name) in fold(h.issuer.name) and h.issuer.level == level
    assert h.title is not None and fold(title) in fold(h.title)


# blind42: a congress's news is about the resolution it passes, issued by the congress of the Party organisation
# that holds it: its unit named before the congress (a ward, a commune, a district, an aside in brackets), or in the
# congress's name as it opens or closes when the lead says a resolution was passed.
@pytest.mark.parametrize(("text", "name", "level", "title"), [
    pytest.param(" date 2025-07-23 Đại hội Đảng bộ phường Phong Châu lần thứ I, nhiệm kỳ 2025-2030\n\nNgày 23/7, Đảng bộ "
                 "phường Phong Châu đã tổ chức Đại hội đại biểu Đảng bộ lần thứ I, nhiệm kỳ 2025-2030.\n",
                 "Đảng bộ phường Phong Châu", "commune", "lần thứ I, nhiệm kỳ 2025-2030", id="ward-holds"),
    pytest.param("TPO - Trong hai ngày 7 và 8/8, Đảng bộ phường Hồng Quang (tỉnh Ninh Bình) tổ chức Đại hội đại biểu lần "
                 "thứ I, nhiệm kỳ 2025–2030.\n", "Đảng bộ phường Hồng Quang", "commune", "lần thứ I",
                 id="ward-aside-in-brackets"),
    pytest.param("Sáng 12/8, Đảng bộ xã Sao Vàng long trọng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.\n",
                 "Đảng bộ xã Sao Vàng", "commune", "lần thứ I", id="commune-holds"),
    pytest.param("Ngày 10/7, Đảng bộ huyện Lục Nam tổ chức Đại hội đại biểu Đảng bộ lần thứ XXIII, nhiệm kỳ 2020-2025.\n",
                 "Đảng bộ huyện Lục Nam", "district", "lần thứ XXIII", id="district-holds"),
    pytest.param("Sau hơn 2 ngày làm việc, Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ nhất, nhiệm kỳ 2025-2030 chiều "
                 "nay bế mạc.\n\nTheo Nghị quyết được thông qua, Đảng bộ tỉnh xác định mục tiêu phát triển.\n",
                 "Đảng bộ tỉnh Tuyên Quang", "province", "lần thứ nhất", id="province-closes-resolution-passed"),
    pytest.param("Sáng 16/9, Đại hội đại biểu Đảng bộ thành phố Đà Nẵng lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc. Đại hội "
                 "sẽ thông qua Nghị quyết Đại hội.\n", "Đảng bộ thành phố Đà Nẵng", "province", "lần thứ I",
                 id="city-opens-resolution-told"),
    # blind55: the Front's committee holds its congress alike, or the Front's congress is named as it opens
    pytest.param("Ngày 26/9, Ủy ban MTTQ Việt Nam xã Xuân Lập tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n",
                 "xã Xuân Lập", "commune", "lần thứ I, nhiệm kỳ 2025-2030", id="commune-front-holds"),
    pytest.param("Trong 2 ngày 6-7/10, Ủy ban Mặt trận Tổ quốc Việt Nam phường Phong Châu tổ chức Đại hội đại biểu lần "
                 "thứ I, nhiệm kỳ 2025 - 2030.\n", "phường Phong Châu", "commune", "lần thứ I",
                 id="ward-front-full-name-holds"),
    pytest.param("Ngày 12/6, UBMTTQVN huyện Lục Nam đã tổ chức Đại hội đại biểu lần thứ XXI, nhiệm kỳ 2024-2029.\n",
                 "huyện Lục Nam", "district", "lần thứ XXI", id="district-front-short-name-holds"),
    pytest.param("Sáng 20/9, Đại hội đại biểu MTTQ Việt Nam tỉnh Tuyên Quang lần thứ I, nhiệm kỳ 2025-2030 khai mạc. Đại "
                 "hội sẽ thông qua Nghị quyết Đại hội.\n", "tỉnh Tuyên Quang", "province", "lần thứ I",
                 id="province-front-congress-opens-resolution-told"),
])
def test_congress_news_is_its_resolution(text, name, level, title):
    h = header(text)
    assert h.doc_type == "NQ" and h.number is None and h.issued_on is None
    assert h.issuer is not None and fold(name) in fold(h.issuer.name) and h.issuer.level == level
    assert h.title is not None and fold(title) in fold(h.title)


@pytest.mark.parametrize("text", [
    pytest.param("Sáng 16/9, Đại hội đại biểu Đảng bộ thành phố Đà Nẵng lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc với 450 "
                 "đại biểu.\n", id="opens-no-resolution-told"),
    pytest.param("Hội Nông dân xã Sao Vàng tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2023-2028.\n",
                 id="mass-organisation-congress"),
    pytest.param("Đảng bộ xã tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.\n", id="no-unit-named"),
])
def test_congress_news_without_its_party_unit_tells_no_resolution(text):
    assert header(text).doc_type != "NQ"


@pytest.mark.parametrize("text", [
    pytest.param("Quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ XXI, nhiệm kỳ 2020-2025\n\nCác chi bộ họp.\n",
                 id="no-unit-named"),
    pytest.param("Triển khai Nghị quyết Đại hội đảng bộ các cấp\n\nCác chi bộ quán triệt nghị quyết.\n", id="all-levels"),
])
def test_studied_congress_resolution_with_no_unit_names_no_issuer(text):
    assert header(text).issuer is None


def test_congress_of_another_kind_than_the_committee_takes_not_its_unit():
    """sweepF: 'Tỉnh ủy Quảng Trị' names a province; a district's congress is not given its name."""
    h = header("Sáng 8/10, Tỉnh ủy Quảng Trị chỉ đạo các huyện quán triệt Nghị quyết Đại hội Đảng bộ huyện lần thứ "
               "XX, nhiệm kỳ 2020-2025.\n")
    assert h.issuer is None or "đại hội" not in fold(h.issuer.name)


def test_plan_carrying_out_a_congress_resolution_stays_the_plan():
    h = header("Ngày 12/3/2024, Ban Thường vụ Huyện ủy Lục Nam ban hành Kế hoạch số 45-KH/HU triển khai Nghị quyết "
               "Đại hội đại biểu Đảng bộ huyện Lục Nam lần thứ XXIII, nhiệm kỳ 2020-2025.\n")
    assert (str(h.number), h.doc_type) == ("45-KH/HU", "KH")


# sweepY (blind47 c05): where a congress's resolution is studied, the holder's unnumbered action programme carrying it
# out deployed at the same meeting ('... quán triệt, triển khai những nội dung cốt lõi và chương trình hành động thực
# hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Sao Vàng lần thứ I ...') is the page's document, issued by the body
# holding the meeting. A numbered programme of the city studied beside it, another unit's programme, or no holder
# named leave the resolution the page's.
@pytest.mark.parametrize(("text", "doc_type", "name", "title"), [
    pytest.param("Xã Sao Vàng: Học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – "
                 "2030\n\nChiều 2/10, Ban Chấp hành Đảng bộ xã Sao Vàng tổ chức Hội nghị học tập, quán triệt Nghị quyết "
                 "Đại hội đảng bộ xã lần thứ I, nhiệm kỳ 2025- 2030.\n\nTại hội nghị, các đại biểu đã được quán triệt, "
                 "triển khai những nội dung cốt lõi và chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng "
                 "bộ xã Sao Vàng lần thứ I, nhiệm kỳ 2025-2030.\n", "CTr", "xã Sao Vàng",
                 "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Sao Vàng lần thứ I", id="commune-real"),
    pytest.param("Hoàng Mai: Quán triệt Nghị quyết Đại hội Đảng bộ quận lần thứ IV\n\nSáng 21/9, Quận ủy Hoàng Mai tổ "
                 "chức hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ quận lần thứ IV, nhiệm kỳ 2020-2025.\n\n"
                 "Tại hội nghị, Phó Bí thư Thường trực Quận ủy đã quán triệt Nghị quyết, Chương trình hành động thực "
                 "hiện Nghị quyết Đại hội Đảng bộ quận Hoàng Mai lần thứ IV, nhiệm kỳ 2020-2025.\n", "CTr",
                 "Quận ủy Hoàng Mai", "thực hiện Nghị quyết Đại hội Đảng bộ quận Hoàng Mai lần thứ IV",
                 id="urban-district"),
    pytest.param("Sáng 5/10, Đảng ủy phường Hạc Thành tổ chức hội nghị quán triệt Nghị quyết Đại hội Đảng bộ phường lần "
                 "thứ I, nhiệm kỳ 2025-2030 và triển khai Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ "
                 "phường lần thứ I, nhiệm kỳ 2025-2030.\n", "CTr", "phường Hạc Thành",
                 "thực hiện Nghị quyết Đại hội Đảng bộ phường lần thứ I", id="ward-same-sentence"),
    # a numbered programme of the city studied beside the resolution is a document of its own: the resolution stays
    pytest.param("Chiều 19/11/2025, Đảng ủy xã Hà Đông tổ chức hội nghị quán triệt Nghị quyết Đại hội Đảng bộ thành phố "
                 "Hải Phòng lần thứ I, nhiệm kỳ 2025 – 2030, và Chương trình hành động số 05-CTr/TU ngày 06/11/2025 "
                 "triển khai thực hiện Nghị quyết.\n", "NQ", "Đảng bộ thành phố Hải Phòng", "lần thứ I",
                 id="numbered-upper-programme"),
    # another unit's programme
    pytest.param("Sáng 2/10, Đảng ủy xã Yên Thọ quán triệt Nghị quyết Đại hội Đảng bộ tỉnh Thanh Hóa lần thứ XX, nhiệm kỳ "
                 "2025-2030 và chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ xã Yên Thọ lần thứ I, "
                 "nhiệm kỳ 2025-2030.\n", "NQ", "Đảng bộ tỉnh Thanh Hóa", "lần thứ XX", id="another-units-programme"),
])
def test_action_programme_deployed_where_its_resolution_is_studied(text, doc_type, name, title):
    h = header(text)
    assert h.doc_type == doc_type and h.number is None and h.issued_on is None
    assert h.issuer is not None and fold(name) in fold(h.issuer.name)
    assert h.title is not None and fold(title) in fold(h.title)


# sweepY (blind46 f03): an unnumbered name a lead deploys ('Hội nghị triển khai nghị quyết chuyên đề của Ban Chấp hành
# Hội LHPN tỉnh') that the page then lists as several numbered documents of one body ('Nghị quyết số 04/NQ-BCH ...;
# Nghị quyết số 05/NQ-BCH ...') is a series, none of it the page's: the acting body stays, with no type or title. One
# numbered document, or numbers of another type (the parents the plan carries out), leave the deployed one typed.
@pytest.mark.parametrize(("text", "doc_type"), [
    pytest.param("Ngày 26/5, Ban Thường vụ Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức Hội nghị triển khai nghị quyết chuyên "
                 "đề của Ban Chấp hành Hội LHPN tỉnh, nhiệm kỳ 2021-2026.\n\nTại hội nghị, các đại biểu nghiên cứu 3 "
                 "chuyên đề: Nghị quyết số 04/NQ-BCH về công tác xây dựng tổ chức Hội; Nghị quyết số 05/NQ-BCH về công "
                 "tác tuyên truyền; Nghị quyết số 06/NQ-BCH về phát triển kinh tế.\n", None, id="womens-union-real"),
    pytest.param("Sáng 12/4, Ban Thường vụ Huyện đoàn Thọ Xuân triển khai kế hoạch chuyên đề năm 2024 tới cơ sở.\n\nGồm: "
                 "Kế hoạch số 15-KH/HĐTN về chuyển đổi số, Kế hoạch số 16-KH/HĐTN về khởi nghiệp.\n", None,
                 id="youth-plans-listed"),
    pytest.param("Sáng 12/4, Ban Thường vụ Huyện đoàn Thọ Xuân triển khai kế hoạch chuyển đổi số năm 2024 tới cơ sở.\n\n"
                 "Kế hoạch thực hiện Nghị quyết số 57-NQ/TW và Nghị quyết số 52-NQ/TW của Bộ Chính trị.\n", "KH",
                 id="parents-of-another-type"),
])
def test_deployed_name_of_a_listed_series_is_untyped(text, doc_type):
    h = header(text)
    assert h.doc_type == doc_type
    assert h.issuer is not None


# blind35: a committee's meeting report ('Ngày 29 tháng 01 năm 2021 BCH Đảng bộ xã Vi Hương đã tổ chức họp ...')
# whose paragraph passes one named resolution ('... biểu quyết thông qua Nghị quyết về số lượng, cơ cấu đại biểu
# HĐND xã ...') is about that resolution; the committee named with its unit issues it on the meeting's day when
# the lead writes that day with its year (leftovers4: a resolution bears the day it was passed), never on a day
# without one. Unnamed resolutions ('một số nghị quyết chuyên đề'), a subject with no unit, or a resolution
# passed in another paragraph are no such page.
@pytest.mark.parametrize(("text", "name", "level", "title", "issued"), [
    pytest.param("HỘI NGHỊ BCH ĐẢNG BỘ XÃ VI HƯƠNG THÁNG 01 NĂM 2021\n\nNgày 29 tháng 01 năm 2021 BCH Đảng bộ xã Vi "
                 "Hương đã tổ chức họp theo Quy chế, hội nghị đã đánh giá công tác tháng 01. Trên tinh thần dân chủ, "
                 "BCH Đảng bộ đã thảo luận, bỏ phiếu và biểu quyết thông qua Nghị quyết về số lượng, cơ cấu đại biểu "
                 "HĐND xã khóa XX, nhiệm kỳ 2021 – 2026.\n", "Đảng bộ xã Vi Hương", "commune", "về số lượng, cơ cấu",
                 "2021-01-29", id="commune-committee"),
    pytest.param("Sáng 5/3, Ban Thường vụ Huyện ủy Lục Nam tổ chức hội nghị lần thứ 12. Hội nghị đã thông qua Nghị "
                 "quyết về phát triển nông nghiệp công nghệ cao giai đoạn 2024-2030.\n", "Huyện ủy Lục Nam", "district",
                 "về phát triển nông nghiệp", None, id="district-standing"),
    # sweepF: a council's session ('kỳ họp'), and meeting words ending their clause, of the 2025 communes.
    pytest.param(" date 2025-12-25 Xã Xuân Lãng thông qua nghị quyết\n\nNgày 25/12, HĐND xã Xuân Lãng tổ chức Kỳ họp "
                 "thứ Bảy. Kỳ họp đã biểu quyết thông qua Nghị quyết về dự toán và phân bổ ngân sách xã năm 2026.\n",
                 "HĐND xã Xuân Lãng", "commune", "về dự toán", None, id="commune-council-session"),
    pytest.param("Ngày 26/12, HĐND xã Hồ Vương tổ chức kỳ họp thứ ba (kỳ họp thường lệ cuối năm 2025) nhằm đánh giá "
                 "kết quả. Tại kỳ họp, HĐND xã đã thông qua Nghị quyết về nhiệm vụ năm 2026.\n", "HĐND xã Hồ Vương",
                 "commune", "về nhiệm vụ năm 2026", None, id="commune-council-bracketed-session"),
    pytest.param("Chiều 10/12, HĐND tỉnh Quảng Trị khóa VIII tổ chức kỳ họp thứ 12 và thông qua Nghị quyết về kế hoạch "
                 "đầu tư công năm 2026.\n", "HĐND tỉnh Quảng Trị", "province", "về kế hoạch đầu tư công",
                 None, id="province-council-session"),
    pytest.param("Sáng 5/7, Đảng ủy phường Đông Thành tổ chức hội nghị. Hội nghị đã biểu quyết thông qua Nghị quyết "
                 "về chuyển đổi số năm 2026.\n", "Đảng ủy phường Đông Thành", "commune", "về chuyển đổi số",
                 None, id="meeting-word-ends-clause"),
    pytest.param("Sáng 5/7, Huyện ủy Tân Kỳ tổ chức hội nghị. Hội nghị đã biểu quyết thông qua Nghị quyết về phát "
                 "triển kinh tế rừng.\n", "Huyện ủy Tân Kỳ", "district", "về phát triển kinh tế rừng",
                 None, id="place-ending-in-ky"),
    pytest.param("Sáng ngày 12/3/2024, Đảng ủy xã Tân Lập tổ chức hội nghị. Hội nghị đã biểu quyết thông qua Nghị quyết "
                 "về chuyển đổi số năm 2024.\n", "Đảng ủy xã Tân Lập", "commune", "về chuyển đổi số", "2024-03-12",
                 id="morning-of-a-dated-day"),
    pytest.param("Ngày 20 tháng 7 năm 2021, HĐND huyện Lục Nam tổ chức kỳ họp thứ hai. Kỳ họp đã thông qua Nghị quyết "
                 "về kế hoạch đầu tư công năm 2022.\n", "HĐND huyện Lục Nam", "district", "về kế hoạch đầu tư công",
                 "2021-07-20", id="date-in-words-with-comma"),
    # blind53 r03: resolutions counted, then listed (numbered, dashed or inline after 'gồm:'): the first listed
    pytest.param("Ngày 19/12/2021 HĐND xã Trung Hà, tổ chức kỳ họp thứ 3. Kỳ họp đã thông qua 04 Nghị quyết:\n1. Nghị "
                 "quyết về phát triển kinh tế, xã hội, an ninh, quốc phòng năm 2022\n2. Nghị quyết về dự toán thu, chi "
                 "ngân sách năm 2022.\n", "HĐND xã Trung Hà", "commune", "về phát triển kinh tế", "2021-12-19",
                 id="counted-then-numbered-list"),
    pytest.param("Sáng 20/7/2023, HĐND huyện Lục Nam tổ chức kỳ họp thứ 12. Kỳ họp đã thông qua 05 nghị quyết quan trọng, "
                 "gồm: Nghị quyết về kế hoạch đầu tư công năm 2024; Nghị quyết về giá đất.\n", "HĐND huyện Lục Nam",
                 "district", "về kế hoạch đầu tư công", "2023-07-20", id="counted-then-inline-list"),
    pytest.param("Ngày 5/12/2022, HĐND xã Vi Hương tổ chức kỳ họp thứ năm. Kỳ họp đã thông qua ba nghị quyết:\n- Nghị "
                 "quyết về nhiệm vụ năm 2023;\n- Nghị quyết về dự toán ngân sách xã năm 2023.\n", "HĐND xã Vi Hương",
                 "commune", "về nhiệm vụ năm 2023", "2022-12-05", id="counted-in-words-then-dashed-list"),
    # blind53 r06: a subject resolved with no resolution named ('đã thảo luận và quyết nghị ...'), to its ';'
    pytest.param("Ngày 20/11/2023 HĐND xã Đồng Tâm tổ chức kỳ họp thứ bảy. Tại kỳ họp HĐND xã đã thảo luận và quyết "
                 "nghị điều chỉnh chủ trương đầu tư dự án xây dựng nghĩa trang nhân dân thôn Tranh Xuyên; điều chỉnh kế "
                 "hoạch đầu tư công.\n", "HĐND xã Đồng Tâm", "commune", "điều chỉnh chủ trương đầu tư dự án", "2023-11-20",
                 id="subject-resolved"),
    pytest.param("Sáng 5/7/2024, HĐND thị trấn Núi Đối tổ chức kỳ họp chuyên đề. Kỳ họp đã quyết nghị phê duyệt danh "
                 "mục dự án đầu tư công năm 2025.\n", "HĐND thị trấn Núi Đối", "commune", "phê duyệt danh mục",
                 "2024-07-05", id="subject-resolved-by-the-session"),
])
def test_meeting_report_passing_a_named_resolution(text, name, level, title, issued):
    h = header(text)
    assert h.doc_type == "NQ" and h.number is None
    assert (h.issued_on.isoformat() if h.issued_on else None) == issued
    assert h.issuer is not None and fold(name) in fold(h.issuer.name) and h.issuer.level == level
    assert h.title is not None and fold(title) in fold(h.title)


@pytest.mark.parametrize("text", [
    pytest.param("Ngày 29/01/2021 BCH Đảng bộ xã Vi Hương đã tổ chức họp, thông qua một số nghị quyết chuyên đề năm "
                 "2021.\n", id="unnamed"),
    pytest.param("Ngày 29/01/2021 BCH Đảng bộ đã tổ chức họp. BCH đã biểu quyết thông qua Nghị quyết về công tác cán "
                 "bộ.\n", id="no-unit"),
    pytest.param("Ngày 29/01/2021 BCH Đảng bộ xã Vi Hương đã tổ chức họp đánh giá công tác tháng 01.\n\nTrước đó, "
                 "HĐND huyện đã thông qua Nghị quyết về giá đất năm 2021.\n", id="other-paragraph"),
    # blind53: a session's purpose ('bàn và quyết nghị ...' with no 'đã'), resolutions counted but not listed
    pytest.param("Ngày 19/12/2021 BCH Đảng bộ xã Vi Hương tổ chức hội nghị nhằm đánh giá kết quả năm 2021, bàn và quyết "
                 "nghị một số nhiệm vụ năm 2022.\n", id="purpose-resolves-nothing-yet"),
    pytest.param("Ngày 19/12/2021 BCH Đảng bộ xã Vi Hương tổ chức hội nghị. Hội nghị đã thông qua 04 nghị quyết quan "
                 "trọng.\n", id="counted-not-listed"),
])
def test_meeting_report_with_no_named_resolution_of_its_own(text):
    h = header(text)
    assert h.doc_type != "NQ" or h.issuer is None or "Vi Hương" not in h.issuer.name


# blind39 b05: a meeting report whose paragraph discusses one unnumbered document of no other issuer ('Đảng ủy Công
# an tỉnh Thanh Hoá vừa tổ chức Hội nghị ... và thảo luận Chương trình hành động thực hiện Nghị quyết Đại hội ...')
# is about the holder's own draft: its type, its words, no number and no date. Another's numbered document, or a
# holder with no unit, tells none.
@pytest.mark.parametrize(("text", "doc_type", "name", "level", "title"), [
    pytest.param("Đảng ủy Công an tỉnh Thanh Hoá vừa tổ chức Hội nghị nghiên cứu, học tập Nghị quyết Đại hội XIII của "
                 "Đảng và thảo luận Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII "
                 "của Đảng.\n", "CTr", "Đảng ủy Công an tỉnh", "province",
                 "thực hiện Nghị quyết Đại hội đại biểu toàn quốc", id="police-committee-programme"),
    pytest.param("Sáng 12/3/2024, Hội Nông dân huyện Lục Nam tổ chức hội nghị cho ý kiến vào dự thảo Kế hoạch phát "
                 "triển hợp tác xã nông nghiệp giai đoạn 2024-2025.\n", "KH", "Hội Nông dân huyện Lục Nam", "district",
                 "phát triển hợp tác xã nông nghiệp", id="farmers-draft-plan"),
    pytest.param("Chiều 5/7, Ban Thường vụ Tỉnh đoàn Nghệ An tổ chức hội nghị góp ý dự thảo lần 2 Đề án xây dựng "
                 "đội hình thanh niên tình nguyện giai đoạn 2024-2030.\n", "ĐA", "Tỉnh đoàn Nghệ An", "province",
                 "xây dựng đội hình thanh niên tình nguyện", id="youth-union-draft-scheme"),
    # blind41 b05: a committee's 'phiên họp' that takes comments ('lấy ý kiến') on its draft
    pytest.param("Sáng ngày 8/9/2020, UBND huyện Thạch Hà tổ chức phiên họp lấy ý kiến dự thảo kế hoạch triển khai "
                 "chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ huyện khóa XXX.\n", "KH",
                 "UBND huyện Thạch Hà", "district", "chương trình hành động thực hiện Nghị quyết", id="session-comments-plan"),
    pytest.param("Chiều 14/6/2023, Sở Tư pháp tỉnh Lai Châu tổ chức cuộc họp lấy ý kiến vào dự thảo Đề án tăng cường "
                 "năng lực tiếp cận pháp luật của người dân giai đoạn 2023-2025.\n", "ĐA", "Sở Tư pháp tỉnh Lai Châu",
                 "province", "tăng cường năng lực tiếp cận pháp luật", id="department-comments-scheme"),
    pytest.param("Ngày 20/10/2022, UBND xã Ea Tóh tổ chức phiên họp lấy ý kiến dự thảo Kế hoạch phát triển kinh tế - xã "
                 "hội năm 2023 của xã.\n", "KH", "UBND xã Ea Tóh", "commune", "phát triển kinh tế - xã hội năm 2023",
                 id="commune-session-plan"),
])
def test_meeting_report_discussing_its_own_draft(text, doc_type, name, level, title):
    h = header(text)
    assert h.doc_type == doc_type and h.number is None and h.issued_on is None
    assert h.issuer is not None and fold(name) in fold(h.issuer.name) and h.issuer.level == level
    assert h.title is not None and fold(title) in fold(h.title)


@pytest.mark.parametrize("text", [
    pytest.param("Sáng 12/3/2024, Hội Nông dân huyện Lục Nam tổ chức hội nghị thảo luận Kế hoạch số 12-KH/TU của "
                 "Tỉnh ủy Bắc Giang về phát triển hợp tác xã.\n", id="another-numbered"),
    pytest.param("Sáng 12/3/2024, Hội Nông dân tổ chức hội nghị cho ý kiến vào dự thảo Kế hoạch phát triển hợp tác xã "
                 "nông nghiệp giai đoạn 2024-2025.\n", id="no-unit"),
    pytest.param("Sáng 12/3/2024, Hội Nông dân huyện Lục Nam tổ chức phiên họp lấy ý kiến Kế hoạch số 12-KH/TU của "
                 "Tỉnh ủy Bắc Giang về phát triển hợp tác xã.\n", id="session-another-numbered"),
])
def test_meeting_report_discussing_no_draft_of_its_own(text):
    h = header(text)
    assert h.issuer is None or "Lục Nam" not in h.issuer.name or h.doc_type != "KH" or h.number is not None


# blind41 b01, b02, b07: an activity report with no document of its own names its record's issuer by the body
# acting in it: the one that works with another ('..., Phòng Tư pháp huyện phối hợp với Trung tâm ... tổ chức
# ...'), that took a document in hand in the news tense ('UBND xã Hồng Hà đã chủ động triển khai thực hiện Nghị
# quyết ...'); no number, type or date. fix41: failing those, the body a lead says held a meeting, named with its
# place (blind41 b07 'Công an tỉnh Sóc Trăng tổ chức họp Tiểu ban ...'; a bare 'Hội đồng' names none).
@pytest.mark.parametrize(("text", "name", "level"), [
    pytest.param("Thực hiện Kế hoạch số 19/KH-UBND ngày 02/02/2021 của UBND huyện về công tác tư pháp năm 2021; ngày "
                 "06/10/2021, Phòng Tư pháp huyện Vũ Quang phối hợp với Trung tâm Trợ giúp pháp lý tỉnh tổ chức cấp phát "
                 "tờ gấp.\n", "Phòng Tư pháp huyện Vũ Quang", "district", id="office-works-with"),
    pytest.param("Trong quý I, UBND xã Hồng Hà đã chủ động triển khai thực hiện Nghị quyết số 57-NQ/ĐU ngày 21/12/2021 "
                 "của Đảng ủy xã về phát triển kinh tế - xã hội năm 2022.\n", "UBND xã Hồng Hà", "commune",
                 id="commune-committee-takes-in-hand"),
    pytest.param("Ngày 5/4/2023, Sở Y tế tỉnh Kon Tum đã chủ động triển khai thực hiện Kế hoạch số 35/KH-UBND của UBND "
                 "tỉnh về phòng, chống dịch.\n", "Sở Y tế tỉnh Kon Tum", "province", id="department-takes-in-hand"),
    pytest.param("Ngày 12/8/2022, Phòng Giáo dục và Đào tạo huyện Mường Chà phối hợp với Huyện đoàn tổ chức lớp tập "
                 "huấn kỹ năng cho giáo viên.\n", "Phòng Giáo dục và Đào tạo huyện Mường Chà", "district",
                 id="education-office-works-with"),
    pytest.param("Chiều ngày 19/5/2021, Công an tỉnh Sóc Trăng tổ chức họp Tiểu ban Chỉ đạo bảo đảm an ninh, trật "
                 "tự phục vụ bầu cử.\n", "Công an tỉnh Sóc Trăng", "province", id="police-holds-meeting"),
    pytest.param("Sáng 30/5, UBND huyện Tiên Yên họp phiên thường kỳ tháng 5/2023 để đánh giá kết quả thực hiện "
                 "nhiệm vụ.\n", "UBND huyện Tiên Yên", "district", id="committee-holds-session"),
    pytest.param("Thực hiện Kế hoạch số 126-KH/HU ngày 01/12/2023 của Huyện ủy Gia Lộc; Thực hiện Kế hoạch số "
                 "30-KH/ĐU ngày 05/12/2023 của Ban Chấp hành Đảng bộ xã Hoàng Diệu;\nNgày 20/12/2023 Ban Chấp hành "
                 "Đảng bộ xã Hoàng Diệu tổ chức Hội nghị quán triệt Nghị quyết Hội nghị lần thứ 8.\nHội nghị nghe "
                 "truyền đạt Nghị quyết số 42-NQ/TW, Nghị quyết số 43-NQ/TW.\n", "Ban Chấp hành Đảng bộ xã Hoàng Diệu",
                 "commune", id="holder-under-plans-studies-resolutions"),
    pytest.param("Ngày 10/3, UBND huyện tổ chức phiên họp thường kỳ tháng 3 năm 2021.\n", "UBND huyện", "district",
                 id="committee-by-level-holds-session"),
    pytest.param("Chiều 12/6, Ủy ban nhân dân xã họp phiên thường kỳ tháng 6 năm 2022.\n", "Ủy ban nhân dân xã",
                 "commune", id="commune-committee-by-level"),
    pytest.param("Sáng 4/4/2023, Huyện ủy tổ chức hội nghị giao ban quý I.\n", "Huyện ủy", "district",
                 id="party-committee-by-level"),
    # blind45 b03, b07: a body that held a ceremony, in the news tense
    pytest.param("Đảng ủy xã Liêm Cần vừa long trọng tổ chức lễ kỷ niệm 93 năm Ngày thành lập Đảng.\n",
                 "Đảng ủy xã Liêm Cần", "commune", id="party-committee-ceremony"),
    pytest.param("Hưởng ứng ngày toàn dân ra quân làm thủy lợi (16/10), sáng ngày 16/10, UBND xã Nam Thanh đã tổ chức "
                 "lễ phát động ra quân làm thủy lợi.\n", "UBND xã Nam Thanh", "commune", id="commune-launch-ceremony"),
    pytest.param("Ngày 2/9/2023, UBND huyện Yên Thế đã tổ chức lễ mít tinh kỷ niệm Quốc khánh.\n", "UBND huyện Yên Thế",
                 "district", id="district-rally"),
    # known4: the meeting opened by 'tiến hành' (blind45 b02's verb, its subject written in full)
    pytest.param("Ngày 16/4/2021, Đảng ủy thị trấn Gio Linh đã tiến hành tổ chức hội nghị sơ kết 5 năm.\n",
                 "Đảng ủy thị trấn Gio Linh", "commune", id="meeting-carried-out"),
    pytest.param("Chiều 3/5, UBND xã Hải Thượng tiến hành họp bàn phương án phòng chống bão.\n",
                 "UBND xã Hải Thượng", "commune", id="meeting-carried-out-no-aspect"),
    # blind46 f04: a paper's 'Sáng nay (3/11)' before the subject; f11: a carry-out clause ending on its year, the
    # day after it in running case
    pytest.param("LSO-Sáng nay (3/11), Hội Nông dân tỉnh đã tổ chức hội nghị học tập, quán triệt Nghị quyết Hội nghị "
                 "lần thứ 12 của Ban Chấp hành Trung ương Hội Nông dân Việt Nam.\n", "Hội Nông dân tỉnh", "province",
                 id="this-morning-bracketed-day"),
    pytest.param("BBG - Chiều nay (12/5), Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu "
                 "năm.\n", "Hội Liên hiệp Phụ nữ tỉnh", "province", id="this-afternoon-womens-union"),
    pytest.param("Hôm nay (7/10), Hội Nông dân huyện Tân Phú tổ chức hội nghị tổng kết.\n", "Hội Nông dân huyện Tân Phú",
                 "district", id="today-district-union"),
    pytest.param("Thực hiện Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2022, ngày 24/6, Ban Thường vụ "
                 "Huyện đoàn đã tổ chức hội nghị sơ kết công tác Đoàn 6 tháng đầu năm.\n", "Ban Thường vụ Huyện đoàn",
                 "district", id="clause-year-then-day-youth-union"),
    pytest.param("Thực hiện kế hoạch công tác năm 2024, sáng 5/3, Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị lần thứ "
                 "3.\n", "Ủy ban MTTQ Việt Nam huyện", "district", id="clause-year-then-morning-front"),
    pytest.param("Thực hiện kế hoạch số 09-KH/HU ngày 11/3/2021 của BTV huyện ủy, ngày 16/4/2021, đảng ủy TT Gio Linh "
                 "đã tiến hành tổ chức hội nghị sơ kết 5 năm.\n", "đảng ủy TT Gio Linh", "commune",
                 id="township-lower-case-after-numbered-clause",
                 marks=pytest.mark.xfail(strict=True, reason="blind45 b02: a subject in lower case with the township "
                                         "as 'TT' ('TT' is also 'Trung tâm', 'Thường trực'), after a carry-out clause "
                                         "with a number, is not read ('đã tiến hành tổ chức hội nghị' now is)")),
])
def test_activity_report_names_its_actor(text, name, level):
    h = header(text)
    assert h.number is None and h.issued_on is None
    assert h.issuer is not None and fold(name) == fold(h.issuer.name) and h.issuer.level == level


# leftovers7: one organ of many units acting together ('UBND các xã, thị trấn đã triển khai ...', blind45 b04)
# is no one body: the level is its units', the place the unit above them the text names, never a commune a
# caption names; the places alone ('Các xã, thị trấn') or units of two levels name none. The unit above them
# may be written between the list and its verb ('... thị trấn của thị xã Hương Thủy đã tổ chức', '... trên địa bàn
# huyện Nam Đàn', '... thuộc tỉnh Hưng Yên').
@pytest.mark.parametrize(("text", "name", "level", "province", "district"), [
    pytest.param("Thực hiện Kế hoạch số 27/KH-UBND ngày 07/02/2023 của UBND huyện Bắc Trà My về công tác tuyên truyền, "
                 "trong quý I/2023, UBND các xã, thị trấn đã triển khai tuyên truyền với nhiều hình thức.\n\nCán bộ xã "
                 "Trà Sơn tổ chức tuyên truyền lưu động\n", "UBND các xã, thị trấn", "commune", "Quảng Nam",
                 "Bắc Trà My", id="commune-committees-under-district-plan"),
    pytest.param("Sau hội nghị của Huyện ủy Nam Đàn, Đảng ủy các xã, thị trấn đã tổ chức hội nghị quán triệt nghị "
                 "quyết.\n", "Đảng ủy các xã, thị trấn", "commune", "Nghệ An", "Nam Đàn", id="commune-party-committees"),
    pytest.param("Thực hiện chỉ đạo của UBND tỉnh Hưng Yên, UBND các huyện, thị xã, thành phố đã triển khai Tháng hành "
                 "động vì an toàn thực phẩm.\n", "UBND các huyện, thị xã, thành phố", "district", "Hưng Yên", None,
                 id="district-committees-city-among-them"),
    pytest.param("Ngày 5/3, Ban Chỉ huy Quân sự các xã, phường, thị trấn của thị xã Hương Thủy đã tổ chức lễ ra quân "
                 "huấn luyện.\n", "Ban Chỉ huy Quân sự các xã, phường, thị trấn", "commune", "Thừa Thiên Huế",
                 "Hương Thủy", id="units-placed-after-the-list"),
    pytest.param("Ngày 12/5, UBND các xã, thị trấn trên địa bàn huyện Nam Đàn đã triển khai Tháng hành động vì an toàn "
                 "thực phẩm.\n", "UBND các xã, thị trấn", "commune", "Nghệ An", "Nam Đàn", id="units-on-the-districts-land"),
    pytest.param("Ngày 12/5, UBND các huyện, thị xã, thành phố thuộc tỉnh Hưng Yên đã triển khai Tháng hành động vì an "
                 "toàn thực phẩm.\n", "UBND các huyện, thị xã, thành phố", "district", "Hưng Yên", None,
                 id="units-of-the-province-named-after"),
    pytest.param("Từ ngày 1/4, các xã, thị trấn của huyện Đông Hưng đã tổ chức tuyên truyền lưu động.\n", None, None,
                 None, None, id="places-without-organ"),
    pytest.param("Ngày 5/3, UBND các xã, huyện đã triển khai kế hoạch.\n", None, None, None, None,
                 id="units-of-two-levels"),
])
def test_bodies_acting_together_give_their_level(text, name, level, province, district):
    h = header(text)
    if name is None:
        assert h.issuer is None or " các " not in h.issuer.name
        return
    assert h.number is None and h.issuer is not None
    assert (h.issuer.name, h.issuer.level) == (name, level)
    assert h.issuer.locality is not None
    assert (h.issuer.locality.province, h.issuer.locality.district, h.issuer.locality.commune) == \
        (province, district, None)


# blind53 r01: the branches of one commune's Party organisation acting together ('Vừa qua, các chi bộ trực thuộc
# Đảng bộ phường Hà Lầm đã tổ chức đợt sinh hoạt ...') report their organisation's work, of the commune's level,
# and the plan their carry-out clause names is its parent, never the page's own document. The branches under a
# district committee are many grassroots units: no one body.
@pytest.mark.parametrize(("text", "name", "place"), [
    pytest.param("Vừa qua, các chi bộ trực thuộc Đảng bộ phường Hà Lầm đã tổ chức đợt sinh hoạt chuyên đề kỷ niệm ngày "
                 "thành lập tỉnh.\n", "Đảng bộ phường Hà Lầm", ("Quảng Ninh", "Hạ Long", "Hà Lầm"), id="ward-branches"),
    pytest.param("Thực hiện Kế hoạch số 15-KH/ĐU ngày 3/3/2023 của Đảng ủy xã Vi Hương về học tập chuyên đề năm 2023, các "
                 "chi bộ trực thuộc Đảng bộ xã Vi Hương đã tổ chức hội nghị quán triệt đến đảng viên.\n",
                 "Đảng bộ xã Vi Hương", ("Bắc Kạn", "Bạch Thông", "Vi Hương"), id="branches-under-the-communes-plan"),
    pytest.param("Tháng 6/2024, các chi bộ thuộc Đảng ủy thị trấn Núi Đối đã triển khai sinh hoạt chuyên đề về chuyển "
                 "đổi số.\n", "Đảng ủy thị trấn Núi Đối", ("Hải Phòng", "Kiến Thụy", "Núi Đối"), id="town-branches"),
    pytest.param("Vừa qua, các chi bộ trực thuộc Huyện ủy Lục Nam đã tổ chức sinh hoạt chuyên đề.\n", None, None,
                 id="branches-under-a-district"),
])
def test_branches_report_their_communes_party(text, name, place):
    h = header(text)
    assert h.number is None
    if name is None:
        assert h.issuer is None or h.issuer.level != "district"
        return
    assert h.issuer is not None and fold(h.issuer.name) == fold(name) and h.issuer.level == "commune"
    assert (h.issuer.locality.province, h.issuer.locality.district, h.issuer.locality.commune) == place


# sweepI: failing all those, an activity report's organiser: the body opening a sentence that holds an event
# (a ceremony, a contest, a talk, a campaign's launch, a year's review), named with its place as a meeting's
# holder is; a headline ('Huyện đoàn Diên Khánh phát động ...'), a lead after its day or its purpose, a partner
# named first, a short name in brackets inside the name. Unplaced, an office, or a paragraph naming a numbered
# document (which has its own issuer), it names none.
@pytest.mark.parametrize(("text", "name", "level", "province"), [
    pytest.param("Sáng ngày 1.3, UBND huyện Nông Sơn tổ chức Lễ ra quân huấn luyện năm 2023 và phát động đợt thi đua "
                 "cao điểm.\n", "UBND huyện Nông Sơn", "district", "Quảng Nam", id="district-committee-ceremony"),
    pytest.param("Sáng ngày 01/07/2024, UBND xã Nghĩa Phong tổ chức Lễ ra mắt lực lượng tham gia bảo vệ an ninh trật "
                 "tự ở cơ sở.\n", "UBND xã Nghĩa Phong", "commune", "Nam Định", id="commune-committee-ceremony"),
    pytest.param("Huyện đoàn Diên Khánh phát động Tháng Thanh niên năm 2016\n\nNgày 5-3, Huyện đoàn tổ chức lễ phát "
                 "động Tháng Thanh niên năm 2016.\n", "Huyện đoàn Diên Khánh", "district", "Khánh Hòa",
                 id="youth-union-headline"),
    pytest.param("Sáng 1-3, Hội Liên hiệp Phụ nữ huyện Vạn Ninh tổ chức tọa đàm kỷ niệm ngày Quốc tế Phụ nữ 8-3.\n",
                 "Hội Liên hiệp Phụ nữ huyện Vạn Ninh", "district", "Khánh Hòa", id="women-union-talk"),
    pytest.param("Nhằm tạo khí thế ra quân sản xuất vụ Xuân 2024, chiều ngày 10/1, Hội Nông dân huyện Hương Khê (tỉnh "
                 "Hà Tĩnh) đã tổ chức Hội thi “Nông dân cày ruộng giỏi”.\n", "Hội Nông dân huyện Hương Khê", "district",
                 "Hà Tĩnh", id="farmers-union-contest-after-purpose"),
    pytest.param("Tối ngày 18/5 tại Nhà văn hóa ấp Hưng Nghĩa, UBND xã Hưng Lộc đã tổ chức hội nghị tuyên truyền, phổ "
                 "biến giáo dục pháp luật cho hơn 50 hộ dân.\n", "UBND xã Hưng Lộc", "commune", None,
                 id="commune-meeting-place-before-comma"),
    pytest.param("Ngày 07/9, Liên đoàn Lao động (LĐLĐ) huyện A Lưới (tỉnh Thừa Thiên Huế) đã tổ chức Lễ trao học bổng "
                 "cho con công nhân lao động.\n", "Liên đoàn Lao động huyện A Lưới", "district", "Thừa Thiên Huế",
                 id="labour-federation-short-name-in-brackets"),
    pytest.param("Chiều ngày 2/4, Ban Chỉ huy Quân sự huyện Tiên Phước tổ chức cho lực lượng dân quân tham gia dọn vệ "
                 "sinh tuyến đường ĐH 11.\n", "Ban Chỉ huy Quân sự huyện Tiên Phước", "district", "Quảng Nam",
                 id="military-command-organises"),
    pytest.param("Đoàn xã Tam Đàn ra quân san lấp mặt bằng Nhà Văn hóa thôn Trung Định.\n\nTham gia có hơn 30 đoàn viên "
                 "thanh niên.\n", "Đoàn xã Tam Đàn", "commune", "Quảng Nam", id="commune-youth-union-turns-out"),
    pytest.param("Sáng 20/12, Hội Cựu chiến binh huyện Yên Minh tổng kết công tác Hội năm 2024.\n",
                 "Hội Cựu chiến binh huyện Yên Minh", "district", "Hà Giang", id="veterans-review-year"),
    pytest.param("Sáng 20/12, Ủy ban MTTQ Việt Nam xã Vi Hương khai mạc Ngày hội Đại đoàn kết toàn dân tộc.\n",
                 "Ủy ban MTTQ Việt Nam xã Vi Hương", "commune", "Bắc Kạn", id="front-opens-festival"),
    pytest.param("Ngày 12/8, Đảng ủy phường Đông Thành phối hợp với Huyện đoàn, tổ chức Lễ kết nạp đảng viên mới.\n",
                 "Đảng ủy phường Đông Thành", "commune", None, id="ward-committee-with-partner"),
    pytest.param("Kỷ niệm 56 năm Ngày truyền thống Hội LHTNVN (15.10.1956 - 15.10.2012), Hội LHTN huyện Dầu Tiếng vừa họp "
                 "mặt ôn lại truyền thống hội.\n", "Hội LHTN huyện Dầu Tiếng", "district", "Bình Dương",
                 id="youth-federation-meets-members"),
    pytest.param("Sáng 20/10, Hội Liên hiệp Phụ nữ xã Tân Lập gặp mặt kỷ niệm 92 năm Ngày thành lập Hội.\n",
                 "Hội Liên hiệp Phụ nữ xã Tân Lập", "commune", None, id="women-union-meets"),
    # known4: a commune followed by the unit it lies in with no comma: the name ends before that unit's kind
    # word, the unit places it (the name keeps the commune alone, as with the comma: 'xã Tân Lập, huyện ...');
    # its district is checked in test_commune_placed_by_the_district_written
    pytest.param("Sáng 20/10, Hội Liên hiệp Phụ nữ xã Tân Lập huyện Lục Nam gặp mặt kỷ niệm 92 năm Ngày thành lập Hội.\n",
                 "Hội Liên hiệp Phụ nữ xã Tân Lập", "commune", "Bắc Giang", id="commune-then-district"),
    pytest.param("Sáng 26/3, Đoàn phường Phú Thượng quận Tây Hồ ra quân tổng vệ sinh môi trường.\n",
                 "Đoàn phường Phú Thượng", "commune", "Hà Nội", id="ward-then-urban-district"),
    pytest.param("Chiều 15/5, Hội Cựu chiến binh thị trấn Yên Bình huyện Quang Bình tổ chức hội thảo về kinh tế.\n",
                 "Hội Cựu chiến binh thị trấn Yên Bình", "commune", "Hà Giang", id="township-then-district"),
    pytest.param("Ngày 2/4, UBND xã Thanh Bình thị xã Sa Pa tổ chức Lễ ra quân làm đường giao thông nông thôn.\n",
                 "UBND xã Thanh Bình", "commune", "Lào Cai", id="commune-then-town"),
    pytest.param("Sáng 20/12, Ủy ban MTTQ Việt Nam xã Hưng Đạo thành phố Cao Bằng khai mạc Ngày hội Đại đoàn kết.\n",
                 "Ủy ban MTTQ Việt Nam xã Hưng Đạo", "commune", "Cao Bằng", id="commune-then-city"),
    pytest.param("Sáng 2/4, UBND phường Vạn Thạnh TP Nha Trang tổ chức Lễ ra quân tổng vệ sinh môi trường.\n",
                 "UBND phường Vạn Thạnh", "commune", "Khánh Hòa", id="ward-then-city-abbreviated"),
    pytest.param("Sáng 2/4, Đoàn xã Thanh Bình TX. Sa Pa ra quân làm đường giao thông nông thôn.\n",
                 "Đoàn xã Thanh Bình", "commune", "Lào Cai", id="commune-then-town-abbreviated"),
    pytest.param("Sáng 20/12, UBND huyện Quang Bình tổng kết công tác năm 2024.\n",
                 "UBND huyện Quang Bình", "district", "Hà Giang", id="district-name-before-prose"),
    # sweepI2: the units written after the organiser with a comma, as a lead's subject has them; the manner said
    # before the verb; a model or a club launched ('ra mắt')
    pytest.param("Sáng nay, UBND huyện Bình Chánh, Thành phố Hồ Chí Minh đã long trọng tổ chức lễ giao nhận quân.\n",
                 "UBND huyện Bình Chánh", "district", "Hồ Chí Minh", id="district-then-city-comma-manner"),
    pytest.param("Sáng 5/6, UBND xã Vĩnh Phú, huyện Thoại Sơn đã tổ chức hội nghị tổng kết công tác dân vận.\n",
                 "UBND xã Vĩnh Phú", "commune", "An Giang", id="commune-then-district-comma"),
    pytest.param("Ngày 2/9, Huyện đoàn Thọ Xuân, tỉnh Thanh Hóa trang trọng tổ chức Lễ kỷ niệm 70 năm Ngày truyền thống.\n",
                 "Huyện đoàn Thọ Xuân", "district", "Thanh Hóa", id="youth-union-then-province-comma"),
    pytest.param("Chiều ngày 26/4/2024, tại Hội trường UBND xã, Hội LHPN xã Tân Phong đã ra mắt mô hình “3 có, 3 biết”.\n",
                 "Hội LHPN xã Tân Phong", "commune", None, id="women-union-launches-model"),
    pytest.param("Sáng 12/3, Đoàn Thanh niên xã Vi Hương ra mắt Câu lạc bộ Thanh niên khởi nghiệp.\n",
                 "Đoàn Thanh niên xã Vi Hương", "commune", "Bắc Kạn", id="commune-youth-launches-club"),
    pytest.param("Ngày 19/11, Hội Cựu chiến binh huyện Yên Minh ra mắt Câu lạc bộ Cựu chiến binh làm kinh tế giỏi.\n",
                 "Hội Cựu chiến binh huyện Yên Minh", "district", "Hà Giang", id="veterans-launch-club"),
    # sweepI2: co-organisers listed after the first before 'phối hợp' (the first named is the page's organiser)
    pytest.param("Ngày 05/6/2022, Ban Thường vụ Thành Đoàn, Ban Thư ký Hội LHTN Việt Nam Thành phố cùng Ban Thư ký Hội Sinh "
                 "viên Việt Nam Thành phố đã phối hợp tổ chức Lễ ra quân các chiến dịch tình nguyện hè Thành phố Hồ Chí "
                 "Minh.\n", "Ban Thường vụ Thành Đoàn Hồ Chí Minh", "province", "Hồ Chí Minh",
                 id="co-organisers-listed-city-youth"),
    pytest.param("Sáng 5/6, Huyện đoàn Krông Pa và Hội LHPN huyện phối hợp tổ chức ngày hội thiếu nhi.\n",
                 "Huyện đoàn Krông Pa", "district", "Gia Lai", id="co-organiser-and"),
    pytest.param("Ngày 30-11, tại huyện Đông Sơn, Trung ương Hội LHPN Việt Nam, Hội LHPN tỉnh và các nhãn hàng phối hợp đã "
                 "tổ chức Hội thảo “Định hướng mô hình phụ nữ khởi đầu mới”.\n", "Trung ương Hội LHPN Việt Nam",
                 "central", None, id="co-organisers-aspect-after"),
    # sweepI2: a stored page's dateline before the news tag; a number only in a later paragraph (the paragraphs
    # are joined by one newline, so the lead's paragraph ends at it)
    pytest.param(" date 2020-12 (LĐ online) - UBND huyện Đơn Dương đã tổ chức hội nghị tổng kết công tác năm 2020 vào "
                 "ngày 29/12.\n\nTrong năm qua, Huyện ủy, HĐND, UBND huyện đã có nhiều chủ trương.\n",
                 "UBND huyện Đơn Dương", "district", "Lâm Đồng", id="dateline-then-tag"),
    pytest.param(" date 2022-11 Ngày 24/11, Hội LHPN huyện Xuyên Mộc tổ chức lễ ra mắt mô hình “5 có, 3 sạch”.\n",
                 "Hội LHPN huyện Xuyên Mộc", "district", "Bà Rịa - Vũng Tàu", id="dateline-then-day"),
    pytest.param("Sáng ngày 28/12, HĐND xã Trà Đông đã tổ chức kỳ họp thứ năm, HĐND xã khóa XI.\n\nNăm 2022, xã đạt 22/24 "
                 "chỉ tiêu theo Nghị quyết số 17/NQ-HĐND ngày 28/12/2021 của HĐND xã về kế hoạch năm 2022.\n",
                 "HĐND xã Trà Đông", "commune", "Quảng Nam", id="number-in-a-later-paragraph"),
    pytest.param("Sáng 16/1, UBND huyện Núi Thành tổ chức hội nghị tổng kết phong trào bảo vệ an ninh Tổ quốc.\n\nHuyện "
                 "đã thực hiện Quyết định số 521/QĐ-TTg của Thủ tướng Chính phủ về Ngày hội.\n",
                 "UBND huyện Núi Thành", "district", "Quảng Nam", id="district-number-in-a-later-paragraph"),
    # blind49: the body acting in the work it reports, 'đã tham mưu', 'đã phát huy vai trò', placed by its unit
    pytest.param("Trong năm 2023, Ban Dân vận Huyện ủy Tân Phước đã tham mưu Ban Thường vụ Huyện ủy lãnh đạo công tác "
                 "dân vận.\n", "Ban Dân vận Huyện ủy Tân Phước", "district", "Tiền Giang", id="board-advised"),
    pytest.param("Năm 2022, Phòng Văn hóa và Thông tin huyện Cần Đước đã tham mưu UBND huyện tổ chức nhiều hoạt động.\n",
                 "Phòng Văn hóa và Thông tin huyện Cần Đước", "district", "Long An", id="office-advised"),
    pytest.param("Nhiều năm qua, Ban Tuyên giáo Thị ủy Bình Minh vừa tham mưu Ban Thường vụ Thị ủy tổ chức học tập.\n",
                 "Ban Tuyên giáo Thị ủy Bình Minh", "district", "Vĩnh Long", id="town-board-advised"),
    pytest.param("Thời gian qua, Đảng ủy xã Tân Hưng, huyện Hớn Quản đã phát huy vai trò lãnh đạo trong xây dựng nông "
                 "thôn mới.\n", "Đảng ủy xã Tân Hưng", "commune", "Bình Phước", id="commune-committee-led-placed"),
    # blind52: a bloc's, a department's or a hospital's Party committee holding a meeting: its bloc or agency
    # gives its level, a unit word closing a hospital's name places it
    pytest.param("Sáng 3-7, Đảng ủy Khối các cơ quan tỉnh đã tổ chức Hội nghị học tập, quán triệt các chỉ thị của Ban "
                 "Bí thư.\n", "Đảng ủy Khối các cơ quan tỉnh", "province", None, id="bloc-committee-meets"),
    pytest.param("Ngày 12/4, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị sơ kết công tác quý I.\n",
                 "Đảng ủy Khối doanh nghiệp tỉnh", "province", None, id="firms-bloc-reviews"),
    pytest.param("Ngày 2/3, Đảng ủy Khối các cơ quan huyện tổ chức hội nghị tổng kết công tác năm.\n",
                 "Đảng ủy Khối các cơ quan huyện", "district", None, id="district-bloc-reviews"),
    pytest.param("Chiều 5/6, Đảng bộ Sở Tư pháp tổ chức Hội nghị Ban Chấp hành lần thứ 12.\n", "Đảng bộ Sở Tư pháp",
                 "province", None, id="department-party-organisation-meets"),
    pytest.param("Ngày 9/10, Đảng ủy Sở Giáo dục và Đào tạo đã tổ chức hội nghị quán triệt nghị quyết.\n",
                 "Đảng ủy Sở Giáo dục và Đào tạo", "province", None, id="department-committee-meets"),
    pytest.param("Sáng 18/11, Đảng bộ Bệnh viện Đa khoa tỉnh Quảng Nam tổ chức Hội nghị trực tuyến học tập nghị quyết.\n",
                 "Đảng bộ Bệnh viện Đa khoa tỉnh Quảng Nam", "province", "Quảng Nam", id="hospital-party-organisation"),
    pytest.param("Ngày 20/5, Đảng ủy Bệnh viện Y học cổ truyền tỉnh Nghệ An tổ chức hội nghị học tập chuyên đề.\n",
                 "Đảng ủy Bệnh viện Y học cổ truyền tỉnh Nghệ An", "province", "Nghệ An", id="hospital-committee"),
    # blind50: or that led the work or built it into its own ('đã đưa vào', 'đã lãnh đạo', 'đã tập trung', 'đã quan tâm')
    pytest.param("Để làm được điều này, Ban Chấp hành Đảng bộ huyện Văn Chấn đã đưa vào chương trình hành động, phân công "
                 "nhiệm vụ cụ thể cho các ủy viên.\n", "Ban Chấp hành Đảng bộ huyện Văn Chấn", "district", "Yên Bái",
                 id="district-executive-built-in"),
    pytest.param("Năm 2023, Đảng ủy xã Mồ Dề đã lãnh đạo, chỉ đạo hoàn thành 15/15 chỉ tiêu nghị quyết đề ra.\n",
                 "Đảng ủy xã Mồ Dề", "commune", "Yên Bái", id="commune-committee-led"),
    pytest.param("Thời gian qua, UBND huyện Bảo Yên đã tập trung chỉ đạo phát triển cây quế, cây chè.\n",
                 "UBND huyện Bảo Yên", "district", "Lào Cai", id="district-committee-focused"),
    pytest.param("Những năm qua, Huyện ủy Lục Yên đã quan tâm công tác phát triển đảng viên ở cơ sở.\n",
                 "Huyện ủy Lục Yên", "district", "Yên Bái", id="district-committee-cared"),
    # blind55: or that held a working session with another body ('đã có buổi làm việc với'); a full date opening
    # the lead tells the map it names places on (xã Thiên Lộc is Hà Nội's from July 2025, Hà Tĩnh's before)
    pytest.param("Sáng 26/9/2025, Thường trực Đảng ủy xã Thiên Lộc đã có buổi làm việc với Ủy ban MTTQ Việt Nam xã về "
                 "công tác chuẩn bị đại hội.\n", "Thường trực Đảng ủy xã Thiên Lộc", "commune", "Hà Nội",
                 id="standing-office-working-session-2025-map"),
    pytest.param("Sáng 26/9/2023, Thường trực Đảng ủy xã Thiên Lộc đã có buổi làm việc với Ủy ban MTTQ Việt Nam xã về "
                 "công tác chuẩn bị đại hội.\n", "Thường trực Đảng ủy xã Thiên Lộc", "commune", "Hà Tĩnh",
                 id="standing-office-working-session-old-map"),
    pytest.param("Ngày 5/4, Ban Thường vụ Huyện ủy Lục Yên vừa có cuộc làm việc với Đảng ủy xã Minh Xuân về công tác "
                 "phát triển đảng viên.\n", "Ban Thường vụ Huyện ủy Lục Yên", "district", "Yên Bái",
                 id="standing-committee-working-session"),
    # leftovers10 (sweepI2's KNOWN row): the organiser after 'được' in a passive sentence
    pytest.param("Hội nghị giao ban giáo dục mầm non năm học 2022-2023 được Phòng Giáo dục và Đào tạo huyện An Lão tổ "
                 "chức vào chiều ngày 14/9/2022.\n", "Phòng Giáo dục và Đào tạo huyện An Lão", "district", None,
                 id="passive-organiser"),
    pytest.param("Giải bóng chuyền hơi nữ năm 2023 được Hội Liên hiệp Phụ nữ huyện Lục Nam tổ chức vào sáng 5/3.\n",
                 "Hội Liên hiệp Phụ nữ huyện Lục Nam", "district", "Bắc Giang", id="passive-union"),
    # sweepI3: a welfare item's actor who hands over or gives ('đã/vừa bàn giao', 'đã trao tặng'), after a paper's
    # dash; a ceremony held ('làm lễ'); a partner named straight after 'phối hợp', with no 'với'
    pytest.param("- Ngày 20/1, UBMTTQVN xã Tân Phú (Châu Thành) đã bàn giao nhà Đại đoàn kết cho gia đình bà Huỳnh Thị "
                 "Xuân.\n", "UBMTTQVN xã Tân Phú", "commune", None, id="front-hands-over"),
    pytest.param(" - UBND huyện Thoại Sơn vừa bàn giao 20 căn nhà Đại đoàn kết cho hộ nghèo, cận nghèo trên địa bàn.\n",
                 "UBND huyện Thoại Sơn", "district", "An Giang", id="dash-then-committee-hands-over"),
    pytest.param("Sáng 15/1, Hội Cựu chiến binh huyện Cần Giuộc đã trao tặng 10 suất quà cho hội viên khó khăn.\n",
                 "Hội Cựu chiến binh huyện Cần Giuộc", "district", "Long An", id="veterans-give"),
    pytest.param("Ngày 20/10, Hội Nông dân xã Mỹ Lộc đã bàn giao con giống cho hội viên nghèo.\n",
                 "Hội Nông dân xã Mỹ Lộc", "commune", None, id="commune-farmers-hand-over"),
    pytest.param("Sáng ngày 2.11, Công an tỉnh Đồng Nai đã làm lễ ra mắt tổ công tác bảo vệ an ninh trật tự dự án sân "
                 "bay Long Thành.\n", "Công an tỉnh Đồng Nai", "province", "Đồng Nai", id="police-holds-ceremony"),
    pytest.param("Chiều 3/2, Đảng ủy xã Long Hựu Đông làm lễ kết nạp đảng viên mới.\n", "Đảng ủy xã Long Hựu Đông",
                 "commune", "Long An", id="commune-committee-holds-ceremony"),
    pytest.param("Ngày 17/9, tại hội trường Khu di tích lịch sử Địa đạo Củ Chi, Huyện ủy huyện Củ Chi phối hợp Đảng ủy "
                 "Quân sự TP và Đảng ủy Công an TP tổ chức lễ kỷ niệm 56 năm Ngày Củ Chi được phong tặng danh hiệu.\n",
                 "Huyện ủy Củ Chi", "district", "Hồ Chí Minh", id="partner-without-voi"),
    pytest.param("Ngày 22/12, UBMTTQVN TX. Tịnh Biên phối hợp Công ty TNHH MTV Khai thác và Chế biến đá An Giang tổ "
                 "chức Lễ bàn giao nhà Đại đoàn kết cho hộ nghèo.\n", "UBMTTQVN TX. Tịnh Biên", "district", "An Giang",
                 id="town-front-partner-without-voi"),
    pytest.param("Sáng 9/3, Đoàn phường Tân Định phối hợp Trung tâm Y tế Quận 1 tổ chức ngày hội hiến máu tình nguyện."
                 "\n", "Đoàn phường Tân Định", "commune", None, id="ward-youth-partner-without-voi"),
    # sweepI3: a posting stamp and a photo's caption (its word in lower case in brackets) between the headline and
    # the lead are page chrome, not lines the lead is past; the headline then places the council
    pytest.param("Huyện Mỏ Cày Nam: Kỳ họp thứ 13 (Kỳ họp bất thường) Hội đồng nhân dân huyện khóa XI\n\nNgày đăng "
                 "bài: 18/03/2020 | Tác giả: Kim Gọn\n\nChủ tọa kỳ họp (ảnh: Kim Gọn)\n\nChiều ngày 13 tháng 3 năm "
                 "2020, Thường trực Hội đồng nhân dân huyện tổ chức Kỳ họp thứ 13 (kỳ họp bất thường) để thảo luận.\n",
                 "Thường trực Hội đồng nhân dân huyện Mỏ Cày Nam", "district", "Bến Tre",
                 id="council-under-stamp-and-caption"),
    # sweepI3: a dated opening with no comma before the organiser
    pytest.param("Nhằm chăm sóc sức khoẻ cho người nghèo. Sáng ngày 29/7/2014 Hội Chữ thập đỏ xã Trường Hòa tổ chức "
                 "khám chữa bệnh cho 100 lượt người.\n", "Hội Chữ thập đỏ xã Trường Hòa", "commune", "Tây Ninh",
                 id="dated-opening-no-comma"),
    pytest.param("Ngày 12-3-2023 UBND huyện Cần Giuộc tổ chức hội nghị sơ kết công tác dân vận.\n",
                 "UBND huyện Cần Giuộc", "district", "Long An", id="dash-dated-opening-no-comma"),
    # sweepI3 (sweepI2's KNOWN row): bodies of one unit joined by dashes, the last named with the unit; an office
    # after a dash stays none (below)
    pytest.param("Sáng nay, Huyện ủy - UBND huyện Bình Chánh, Thành phố Hồ Chí Minh đã long trọng tổ chức lễ giao nhận "
                 "quân.\n", "UBND huyện Bình Chánh", "district", "Hồ Chí Minh", id="party-and-state-joined"),
    pytest.param("Sáng ngày 24 tháng 3 năm 2024, tại Hội trường Trung tâm văn hóa xã Tuyên Bình Tây, Đảng ủy – Hội đồng "
                 "nhân dân - Ủy ban nhân dân - Ủy ban Mặt trận Tổ quốc Việt Nam xã Tuyên Bình Tây tổ chức Lễ kỷ niệm 30 "
                 "năm ngày thành lập xã.\n", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Tuyên Bình Tây", "commune", "Long An",
                 id="four-bodies-joined-by-dashes"),
])
def test_activity_report_names_its_organiser(text, name, level, province):
    h = header(text)
    assert h.number is None and h.issued_on is None and h.doc_type is None
    assert h.issuer is not None and fold(name) == fold(h.issuer.name) and h.issuer.level == level
    assert province is None or h.issuer.locality.province == province


# blind49: a plan's task writes the advising and leading verbs bare ('Phòng Nội vụ tham mưu UBND huyện ...'): with
# no 'đã' or 'vừa' the body assigned the work is no actor of the page.
@pytest.mark.parametrize("text", [
    pytest.param("3. Phòng Nội vụ huyện Cần Đước tham mưu UBND huyện kiện toàn Ban Chỉ đạo.\n", id="numbered-task"),
    pytest.param("- Ban Tuyên giáo Huyện ủy Tân Phước tham mưu Ban Thường vụ Huyện ủy tổ chức học tập nghị quyết.\n",
                 id="dashed-task"),
    pytest.param("Đảng ủy xã Tân Hưng phát huy vai trò lãnh đạo trong xây dựng nông thôn mới.\n", id="bare-lead-verb"),
    pytest.param("2. UBND huyện Bảo Yên tập trung chỉ đạo phát triển cây quế, cây chè.\n", id="bare-focus-task"),
    pytest.param("- Huyện ủy Lục Yên lãnh đạo, chỉ đạo thực hiện tốt công tác phát triển đảng viên.\n", id="bare-lead-task"),
    pytest.param("- Thường trực Đảng ủy xã Thiên Lộc có buổi làm việc với các chi bộ về công tác đại hội.\n",
                 id="bare-working-session-task"),
])
def test_task_verb_names_no_actor(text):
    assert header(text).issuer is None



# known4: a lead's subject named with the unit it lies in and no comma; the unit's name after its kind word is
# no signer's ('Lục Nam' reads as a person's name), and it places the commune among those of the same name.
@pytest.mark.parametrize(("text", "name", "province", "district"), [
    pytest.param("Đảng ủy thị trấn Đồi Ngô huyện Lục Nam vừa ban hành Kế hoạch số 12-KH/ĐU ngày 3/3/2023 về tổ chức "
                 "đại hội.\n", "Đảng ủy thị trấn Đồi Ngô", "Bắc Giang", "Lục Nam", id="township-district-signer-like"),
    pytest.param("UBND phường Phú Thượng quận Tây Hồ vừa ban hành Kế hoạch số 12/KH-UBND ngày 3/3/2023 về phòng cháy."
                 "\n", "UBND phường Phú Thượng", "Hà Nội", "Tây Hồ", id="ward-urban-district"),
    pytest.param("Ngày 3/3/2023, Đảng ủy xã Thanh Bình thị xã Sa Pa đã ban hành Kế hoạch số 20-KH/ĐU về chuyển đổi số."
                 "\n", "Đảng ủy xã Thanh Bình", "Lào Cai", "Sa Pa", id="commune-town"),
])
def test_lead_subject_then_its_unit(text, name, province, district):
    h = header(text)
    assert h.number is not None and h.issuer is not None and fold(name) == fold(h.issuer.name)
    assert h.issuer.level == "commune"
    assert (h.issuer.locality.province, h.issuer.locality.district) == (province, district)


# leftovers10: a commune named with its district (after it, or as the header line above it) is placed in the
# district the text writes, even where the gazetteer holds that name only under another district of the province
# (Bắc Giang's one Tân Lập is Lục Ngạn's; Nghi Phong moved from Nghi Lộc to Vinh in 2025): the commune is then
# kept as written. Where the gazetteer has it in the district written, it is the gazetteer's (the controls).
@pytest.mark.parametrize(("text", "name", "place"), [
    pytest.param("Sáng 20/10, Hội Liên hiệp Phụ nữ xã Tân Lập huyện Lục Nam gặp mặt kỷ niệm 92 năm Ngày thành lập Hội.\n",
                 "Hội Liên hiệp Phụ nữ xã Tân Lập", ("Bắc Giang", "Lục Nam", "Tân Lập"), id="commune-then-district"),
    pytest.param("Sáng 20/10, Hội Nông dân xã Tân Lập huyện Lục Nam tỉnh Bắc Giang tổ chức hội nghị tổng kết năm.\n",
                 "Hội Nông dân xã Tân Lập", ("Bắc Giang", "Lục Nam", "Tân Lập"), id="commune-district-province"),
    pytest.param("Sáng 26/3, UBND phường Hồng Giang thị xã Việt Yên ra quân tổng vệ sinh môi trường.\n",
                 "UBND phường Hồng Giang", ("Bắc Giang", "Việt Yên", "Hồng Giang"), id="ward-then-town-written"),
    pytest.param("Đảng ủy xã Nghi Phong huyện Nghi Lộc vừa ban hành Kế hoạch số 15-KH/ĐU ngày 3/3/2023 về chuyển đổi số.\n",
                 "Đảng ủy xã Nghi Phong", ("Nghệ An", "Nghi Lộc", "Nghi Phong"), id="lead-commune-moved-since"),
    pytest.param("Đảng ủy xã Tân Lập, huyện Lục Nam vừa ban hành Kế hoạch số 12-KH/ĐU ngày 3/3/2023 về đại hội.\n",
                 "Đảng ủy xã Tân Lập", ("Bắc Giang", "Lục Nam", "Tân Lập"), id="lead-district-after-comma"),
    pytest.param("ĐẢNG BỘ HUYỆN NGHI LỘC\nĐẢNG ỦY XÃ NGHI PHONG\n*\nSố 15-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nNghi Phong, ngày 3 "
                 "tháng 3 năm 2023\n\nKẾ HOẠCH\nvề chuyển đổi số\n", "Đảng ủy xã Nghi Phong", ("Nghệ An", "Nghi Lộc", "Nghi Phong"),
                 id="header-district-line"),
    # blind53 r03, r06: or the one district the text names elsewhere (the commune written again with it, a
    # district official attending), for a commune merged away that the gazetteer holds only in other provinces;
    # a commune the gazetteer holds alone stays its own, one of that name in the district's province may be the
    # one meant, and two districts named settle nothing
    pytest.param("HĐND xã Đồng Tâm tổ chức kỳ họp chuyên đề. Kỳ họp quyết nghị điều chỉnh chủ trương đầu tư dự án nghĩa "
                 "trang thôn Tranh Xuyên, xã Đồng Tâm, huyện Ninh Giang.\n", "HĐND xã Đồng Tâm",
                 ("Hải Dương", "Ninh Giang", "Đồng Tâm"), id="session-commune-written-again-with-district"),
    pytest.param("Ngày 19/12/2021 HĐND xã Trung Hà tổ chức kỳ họp thứ 3. Về dự có ông Bùi Thế Hiệp, Phó Chủ tịch HĐND "
                 "huyện Thủy Nguyên.\n", "HĐND xã Trung Hà", ("Hải Phòng", "Thủy Nguyên", "Trung Hà"),
                 id="district-official-attends"),
    pytest.param("Sáng 12/4, Đảng ủy xã Ninh Hải tổ chức hội nghị sơ kết. Dự hội nghị có đồng chí Nguyễn Văn A, Phó Bí thư "
                 "Huyện ủy Ninh Giang.\n", "Đảng ủy xã Ninh Hải", ("Hải Dương", "Ninh Giang", "Ninh Hải"),
                 id="district-committee-attends"),
    pytest.param("Sáng 12/4, Đảng ủy xã Tân Lập tổ chức hội nghị sơ kết. Dự hội nghị có đồng chí Nguyễn Văn A, Phó Bí thư "
                 "Huyện ủy Lục Nam.\n", "Đảng ủy xã Tân Lập", (None, None, "Tân Lập"),
                 id="control-namesake-in-the-districts-province"),
    pytest.param("Sáng 12/4, UBND phường Hà Lầm tổ chức hội nghị. Dự có đoàn công tác huyện Ba Chẽ.\n",
                 "UBND phường Hà Lầm", ("Quảng Ninh", "Hạ Long", "Hà Lầm"), id="control-unique-commune-visited"),
    pytest.param("Sáng 12/4, HĐND xã Đồng Tâm tổ chức kỳ họp. Dự có đại biểu huyện Ninh Giang và huyện Thanh Hà.\n",
                 "HĐND xã Đồng Tâm", (None, None, "Đồng Tâm"), id="control-two-districts-named"),
    pytest.param("Sáng 20/10, Hội Nông dân xã Tân Lập huyện Lục Ngạn tỉnh Bắc Giang tổ chức hội nghị tổng kết năm.\n",
                 "Hội Nông dân xã Tân Lập", ("Bắc Giang", "Lục Ngạn", "Tân Lập"), id="control-commune-in-its-district"),
    pytest.param("Sáng 26/3, UBND phường Hồng Giang thị xã Chũ ra quân tổng vệ sinh môi trường.\n",
                 "UBND phường Hồng Giang", ("Bắc Giang", "Chũ", "Hồng Giang"), id="control-ward-in-its-town"),
    pytest.param("ĐẢNG BỘ HUYỆN NGHI LỘC\nĐẢNG ỦY XÃ NGHI THÁI\n*\nSố 15-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nNghi Thái, ngày 3 "
                 "tháng 3 năm 2023\n\nKẾ HOẠCH\nvề chuyển đổi số\n", "Đảng ủy xã Nghi Thái", ("Nghệ An", "Nghi Lộc", "Nghi Thái"),
                 id="control-header-district-line"),
])
def test_commune_placed_by_the_district_written(text, name, place):
    h = header(text)
    assert h.issuer is not None and fold(name) == fold(h.issuer.name) and h.issuer.level == "commune"
    assert (h.issuer.locality.province, h.issuer.locality.district, h.issuer.locality.commune) == place


# sweepI: the Youth Federation at every level, by its whole name or its short one, the country's name before the
# unit as the Front's committee writes it ('Hội LHTN Việt Nam tỉnh Hà Tĩnh'); with the country alone, the national
# one. Its leads and activity reports name it as they name the Women's Union.
@pytest.mark.parametrize(("text", "name", "level", "province"), [
    pytest.param("(Baonghean.vn) - Sáng 15/10, Hội Liên hiệp thanh niên huyện Quỳ Châu phối hợp với Trường THPT Quỳ Châu "
                 "tổ chức kỷ niệm 60 năm ngày truyền thống Hội.\n", "Hội Liên hiệp thanh niên huyện Quỳ Châu", "district",
                 "Nghệ An", id="district-works-with"),
    pytest.param("Ngày 12/3/2024, Hội LHTN Việt Nam tỉnh Hà Tĩnh vừa ban hành Kế hoạch số 12-KH/HLHTN về tổ chức Tuần lễ "
                 "thanh niên.\n", "Hội LHTN Việt Nam tỉnh Hà Tĩnh", "province", "Hà Tĩnh", id="province-issues"),
    pytest.param("Ngày 12/3/2024, Hội Liên hiệp Thanh niên Việt Nam vừa ban hành Kế hoạch số 12-KH/TWH về tổ chức Tuần lễ "
                 "thanh niên.\n", "Hội Liên hiệp Thanh niên Việt Nam", "central", None, id="national-issues"),
    pytest.param("Sáng 5/6, Hội LHTN xã Vi Hương tổ chức ra quân Chiến dịch thanh niên tình nguyện hè.\n",
                 "Hội LHTN xã Vi Hương", "commune", "Bắc Kạn", id="commune-turns-out"),
])
def test_youth_federation_named(text, name, level, province):
    h = header(text)
    assert h.issuer is not None and fold(name) == fold(h.issuer.name) and h.issuer.level == level
    assert h.issuer.locality.province == province


# sweepI: a lead whose committee is written with the eth for 'Đ' ('Ðảng ủy xã Hưng Long', a Phú Thọ district
# portal) names it as it names 'Đảng ủy xã ...', with the code's 'ÐU' read too.
@pytest.mark.parametrize(("text", "name", "level", "number"), [
    pytest.param("Ngày 12/3/2020, Ðảng ủy xã Hưng Long ban hành Kế hoạch số 12-KH/ÐU về tổ chức đại hội chi bộ.\n",
                 "Đảng ủy xã Hưng Long", "commune", "12-KH/ĐU", id="commune-committee"),
    pytest.param("Ngày 12/3/2020, Ban Thường vụ Huyện ủy Yên Lập vừa ban hành Chỉ thị số 05-CT/HU về lãnh đạo Ðại hội "
                 "Ðảng bộ các xã.\n", "Ban Thường vụ Huyện ủy Yên Lập", "district", "05-CT/HU", id="congress-in-title"),
    pytest.param("ÐẢNG BỘ HUYỆN YÊN LẬP\nÐẢNG ỦY XÃ HƯNG LONG\nSố 12-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nHưng Long, ngày 12 "
                 "tháng 3 năm 2020\n\nKẾ HOẠCH\nTổ chức đại hội chi bộ\n", "ĐẢNG ỦY XÃ HƯNG LONG", "commune",
                 "12-KH/ĐU", id="header-cells"),
])
def test_eth_for_d_bar_in_a_name(text, name, level, number):
    h = header(text)
    assert h.issuer is not None and fold(name) in fold(h.issuer.name) and h.issuer.level == level
    assert str(h.number) == number


# sweepI2: in the page's lead, an organiser named by its level alone, as a meeting's holder may be (blind45 b05's
# 'UBND huyện tổ chức phiên họp ...'): its level is known, its place is not guessed.
@pytest.mark.parametrize(("text", "name", "level"), [
    pytest.param("Hội Nông dân huyện vừa tổ chức tổng kết công tác năm 2020, triển khai phương hướng nhiệm vụ năm 2021.\n",
                 "Hội Nông dân huyện", "district", id="farmers-union-reviews"),
    pytest.param("Hướng tới Đại hội Công đoàn Việt Nam, ngày 19/11/2023, Liên đoàn lao động huyện đã tổ chức giải bóng "
                 "chuyền hơi.\n", "Liên đoàn lao động huyện", "district", id="labour-federation-after-purpose"),
    pytest.param("Sáng 1-3, Huyện đoàn tổ chức lễ phát động Tháng Thanh niên năm 2016.\n", "Huyện đoàn", "district",
                 id="youth-union-level-in-name"),
    pytest.param("Ra quân dọn vệ sinh\n\nSáng ngày 16.7, Ủy ban nhân dân xã tổ chức ra quân làm công tác dân vận.\n",
                 "Ủy ban nhân dân xã", "commune", id="commune-committee-under-headline"),
    # sweepI3: a posting stamp and a photo's caption (its word in lower case in brackets) between the headline and
    # the lead are page chrome, not lines the lead is past
    pytest.param("Ra quân dọn vệ sinh môi trường\n\n08/10/2019 - 07:26\n\nToàn cảnh buổi lễ (Ảnh: Thanh Tiến)\n\nSáng "
                 "ngày 5/10, Hội Nông dân xã tổ chức ra quân làm sạch kênh mương nội đồng.\n", "Hội Nông dân xã",
                 "commune", id="farmers-under-stamp-and-caption"),
])
def test_activity_report_names_its_organiser_by_level(text, name, level):
    h = header(text)
    assert h.issuer is not None and fold(name) == fold(h.issuer.name) and h.issuer.level == level
    assert h.issuer.locality.district is None and h.issuer.locality.commune is None


# leftovers12: a Party committee and another organ written before the one unit they share: a unit that is no
# body on its own (a force) or 'chính quyền' leaves the committee, with the unit, as the body named; a unit
# that is a body on its own ('UBND xã X') is still read for itself.
@pytest.mark.parametrize(("text", "name", "level"), [
    pytest.param("Chiều 26/9, Đảng ủy, Bộ đội Biên phòng tỉnh Lào Cai tổ chức Hội nghị tổng kết 10 năm thực hiện "
                 "Nghị quyết Trung ương 8 khóa XI.\n", "Đảng ủy Bộ đội Biên phòng tỉnh Lào Cai", "province",
                 id="committee-and-border-guard"),
    pytest.param("Ngày 3/2, Đảng uỷ, Bộ đội Biên phòng tỉnh An Giang đã triển khai Nghị quyết của Đảng ủy Bộ đội "
                 "Biên phòng.\n", "Đảng ủy Bộ đội Biên phòng tỉnh An Giang", "province", id="old-tone-deploys"),
    pytest.param("Sáng 5/3, Đảng ủy, chính quyền xã Tân Hưng tổ chức Hội nghị tổng kết công tác năm 2022.\n",
                 "Đảng ủy xã Tân Hưng", "commune", id="committee-and-government-commune"),
    pytest.param("Vừa qua, Đảng ủy, chính quyền phường Hà Lầm đã triển khai kế hoạch chỉnh trang đô thị.\n",
                 "Đảng ủy phường Hà Lầm", "commune", id="committee-and-government-ward"),
    pytest.param("Sáng 5/3, Đảng ủy, UBND xã Tân Hưng tổ chức Hội nghị tổng kết công tác năm 2022.\n",
                 "UBND xã Tân Hưng", "commune", id="government-body-named-stays"),
    pytest.param("Ngày 3/2, Đảng ủy, Bộ Chỉ huy Quân sự tỉnh Lào Cai tổ chức hội nghị tổng kết.\n",
                 "Bộ Chỉ huy Quân sự tỉnh Lào Cai", "province", id="command-body-named-stays"),
])
def test_committee_of_shared_unit_is_the_actor(text, name, level):
    h = header(text)
    assert h.issuer is not None and fold(h.issuer.name) == fold(name) and h.issuer.level == level


# sweepI2: activity reports whose organiser the parser does not yet read (strict xfail: a fix must remove them).
ORGANISER_KNOWN: dict[str, str] = {
    "school-with-its-places": "a school ('Trường PTCS Hồ Tùng Mậu') is no body the name reader knows",
    "list-sharing-one-unit": "several bodies listed before the one unit they share ('Ban Dân vận, Hội LHPN, ... huyện Đất Đỏ')",
    "commune-union-inverted": "a commune's Youth Union written 'xã Đoàn', its commune named only in the place before it",
    "chair-presides": "a meeting known only by its chair ('ông X – Chủ tịch UBND huyện Đất Đỏ chủ trì cuộc họp ...'):"
                      " only a chair who concludes ('kết luận') names his body",
    "committee-approves": "a committee approving a congress ('BTV huyện ủy đã duyệt nội dung Đại hội ...'): 'duyệt' is"
                          " no event verb",
    "party-and-government-share-unit": "blind49 c08: a committee and 'chính quyền' sharing one unit ('Đảng ủy, chính"
                                       " quyền xã Mỹ Lộc, huyện Cần Giuộc ... nỗ lực triển khai ...'): the shared"
                                       " unit is read (leftovers12), but 'nỗ lực' with no 'đã' is a plan's task"
                                       " wording, no acting verb",
    "actor-unsaid-in-report": "blind49 c02: a report whose actor is unsaid, its body named only inside the carry-out"
                              " clause ('... trong Đảng bộ thành phố Tây Ninh, ..., đã tổ chức thành công ...')",
    "federation-committee": "sweepI3: the Youth Federation's committee ('Ủy ban Hội LHTN Việt Nam huyện Củ Chi') is no"
                            " body the name reader knows ('Ủy ban' is no organ: it opens other bases)",
    "border-guard-renamed": "sweepI3: a province's border guard command as renamed in 2025 ('Ban Chỉ huy Bộ đội Biên"
                            " phòng tỉnh'): a new base also reweights the stripped-text vocabulary ('biên' over"
                            " 'biến' in realworld d04's title), so it waits for a base kept out of it",
    "friendship-union": "sweepI3: the province's union of friendship organisations ('Liên hiệp các tổ chức hữu nghị"
                        " tỉnh Kiên Giang'): 'các' in a name ends it",
    "event-before-acting-subject": "sweepI3: the lead's organisers ('Tỉnh ủy, UBND tỉnh Bến Tre đã tổ chức mít tinh')"
                                   " lose to a later sentence's actor ('Bí thư Tỉnh ủy Bến Tre ... đã phát động'):"
                                   " `_acting_subject` is asked before `_event_holder`",
    "hospital-abbreviated": "sweepI3: a hospital written 'BVĐK Trà Vinh' is no body the name reader knows",
    "quoted-secretary": "blind50 t05: an actor known only as a quoted secretary's committee ('“...” - Đồng chí X, Bí thư"
                        " Đảng ủy xã Mỹ Hòa (Tân Lạc) nhấn mạnh'): a person's office is no subject",
    "manner-word-no-past": "blind50 t10: 'Đảng bộ huyện Văn Yên đặc quan tâm đến ...' ('đặc' for 'đặc biệt', no 'đã'):"
                           " a bare 'quan tâm' is a plan's task verb, so it names no actor",
}


@pytest.mark.parametrize(("text", "name", "level"), [
    pytest.param(text, name, level, id=key, marks=pytest.mark.xfail(strict=True, reason=ORGANISER_KNOWN[key]))
    for key, text, name, level in (
        ("school-with-its-places", "(Baonghean.vn)- Ngày 4/9, Trường PTCS Hồ Tùng Mậu, xã Quỳnh Đôi, Quỳnh Lưu tổ chức "
         "khai giảng năm học mới.\n", "Trường PTCS Hồ Tùng Mậu", "commune"),
        ("list-sharing-one-unit", "Sáng 13/12, Ban Dân vận, Hội LHPN, Hội Nông dân, Đoàn TNCS Hồ Chí Minh huyện Đất Đỏ "
         "tổ chức Hội nghị tổng kết công tác dân vận.\n", "Đất Đỏ", "district"),
        ("commune-union-inverted", "Sáng ngày 05/6/2024, tại UBND xã Vĩnh Thạnh, xã Đoàn đã tổ chức lễ ra quân Chiến "
         "dịch Thanh niên tình nguyện hè.\n", "Vĩnh Thạnh", "commune"),
        ("chair-presides", "Chiều ngày 05-01, ông Tạ Văn Bửu – Chủ tịch UBND huyện Đất Đỏ chủ trì cuộc họp thông qua Kế "
         "hoạch tổ chức các hoạt động kỷ niệm 15 năm thành lập huyện.\n", "UBND huyện Đất Đỏ", "district"),
        ("committee-approves", "Sáng ngày 11/3/2015, BTV Huyện ủy Đô Lương đã duyệt nội dung Đại hội Đảng bộ xã Thịnh Sơn "
         "nhiệm kỳ 2015 – 2020.\n", "Huyện ủy Đô Lương", "district"),
        ("party-and-government-share-unit", "Thời gian qua, Đảng ủy, chính quyền xã Tân Hưng, huyện Hớn Quản nỗ lực "
         "triển khai nhiều giải pháp xây dựng nông thôn mới.\n", "Tân Hưng", "commune"),
        ("federation-committee", "Vừa qua, ngày 29/7/2023, Ủy ban Hội LHTN Việt Nam Huyện Củ Chi tổ chức Hội thi Nghi "
         "thức – Điều lệ Hội LHTN Việt Nam năm 2023.\n", "Củ Chi", "district"),
        ("border-guard-renamed", "Ngày 26-1, Ban Chỉ huy Bộ đội Biên phòng tỉnh An Giang phối hợp xã Hòa Điền (tỉnh An "
         "Giang) tổ chức lễ bàn giao nhà Đại đoàn kết cho 2 hộ dân.\n", "An Giang", "province"),
        ("friendship-union", "Nhằm nâng cao chất lượng dịch vụ y tế tại các trạm y tế xã đảo. Liên hiệp các tổ chức hữu "
         "nghị tỉnh Kiên Giang đã vận động Tổng lãnh sự quán Nhật Bản tài trợ 13 trang thiết bị.\n", "Kiên Giang",
         "province"),
        ("event-before-acting-subject", "(SGGP).- Tối 17-1-2012, Tỉnh ủy, UBND tỉnh Bến Tre đã tổ chức mít tinh kỷ niệm "
         "52 năm ngày Bến Tre vùng lên đồng khởi.\nTại buổi mít tinh, Bí thư Tỉnh ủy Bến Tre Nguyễn Thành Phong đã phát "
         "động cuộc Đồng Khởi mới.\n", "UBND tỉnh Bến Tre", "province"),
        ("hospital-abbreviated", "Khám sức khỏe cho cán bộ tại Trung tâm bảo trợ xã hội Trà Vinh\n\n18:15, 22/03/2026\n\n"
         "Ngày 22/3, BVĐK Trà Vinh tổ chức khám sức khỏe cho hơn 300 cán bộ nhân viên, đối tượng yếu thế.\n",
         "Trà Vinh", "province"),
        ("actor-unsaid-in-report", "Thực hiện Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị về Đại hội đảng bộ "
         "các cấp; Kế hoạch số 150-KH/TU, ngày 07/10/2019 của Ban Chấp hành Đảng bộ tỉnh, Kế hoạch số 20-KH/HU, ngày "
         "05/11/2019 của Ban Chấp hành Đảng bộ huyện về tổ chức Đại hội Đảng các cấp trong Đảng bộ huyện Hớn Quản, từ "
         "ngày 16/1/2020 đến 13/3/2020, đã tổ chức thành công 03 điểm đại hội.\n", "Hớn Quản", "district"),
        ("quoted-secretary", "“Các chỉ thị, nghị quyết của Đảng bộ nhanh chóng đi vào cuộc sống” - Đồng chí Hà Văn Tư, Bí "
         "thư Đảng ủy xã Mường Chiềng (Đà Bắc) nhấn mạnh.\n", "Mường Chiềng", "commune"),
        ("manner-word-no-past", "Bước vào năm mới 2022, Đảng bộ huyện Lục Yên đặc biệt quan tâm đến việc xây dựng Đảng bộ "
         "trong sạch vững mạnh.\n", "Lục Yên", "district"),
    )
])
def test_activity_report_organiser_known(text, name, level):
    h = header(text)
    assert h.issuer is not None and fold(name) in fold(h.issuer.name) and h.issuer.level == level


# leftovers11 (sweepI3's KNOWN 'unit-as-actor', 'district-as-actor'; blind51 d03's 'unit-named-alone-issues'): a
# unit named alone as the actor, the last resort when no organ acts: the unit as written, no kind, its level and
# place. A bare name only where the text places it (its province, or its kind word written elsewhere).
@pytest.mark.parametrize(("text", "name", "level", "locality"), [
    pytest.param("Xã Tân Bình Thạnh, huyện Chợ Gạo, tỉnh Tiền Giang vừa tổ chức Lễ khánh thành cầu giao thông nông "
                 "thôn Gò Thủ tại ấp Bình Cách.\n", "Xã Tân Bình Thạnh", "commune",
                 ("Tiền Giang", "Chợ Gạo", "Tân Bình Thạnh"), id="commune-with-its-units"),
    pytest.param("(VOH) - Sáng 17-11, Quận 8 đã tổ chức họp mặt kỷ niệm 81 năm Ngày thành lập Mặt trận dân tộc thống "
                 "nhất Việt Nam.\n", "Quận 8", "district", ("Hồ Chí Minh", "Quận 8", None), id="numbered-district"),
    pytest.param("Thực hiện chỉ đạo của tỉnh Quảng Ngãi, Sơn Tịnh đã ban hành Kế hoạch chỉ đạo công tác chuẩn bị đại "
                 "hội đảng các cấp.\n", "Sơn Tịnh", "district", ("Quảng Ngãi", "Sơn Tịnh", None),
                 id="bare-name-in-its-province"),
    pytest.param("“Thực hiện chỉ đạo của Trung ương và của tỉnh, Đức Phổ đã ban hành Kế hoạch chỉ đạo công tác chuẩn "
                 "bị đại hội đảng các cấp.”\n\nBí thư Thị ủy, Chủ tịch UBND thị xã Đức Phổ TRẦN PHƯỚC HIỀN\n",
                 "Đức Phổ", "district", ("Quảng Ngãi", "Đức Phổ", None), id="bare-name-kind-written-nearby"),
    pytest.param("Huyện Nghĩa Hành đã ban hành Kế hoạch chỉ đạo công tác chuẩn bị đại hội đảng các cấp.\n",
                 "Huyện Nghĩa Hành", "district", ("Quảng Ngãi", "Nghĩa Hành", None), id="district-issues"),
    pytest.param("Sáng 5/3, Thành phố Hạ Long đã tổ chức lễ ra quân huấn luyện.\n", "Thành phố Hạ Long", "district",
                 ("Quảng Ninh", "Hạ Long", None), id="provincial-city"),
    pytest.param("Sáng 5/3, Thị xã Đức Phổ vừa phát động phong trào thi đua.\n", "Thị xã Đức Phổ", "district",
                 ("Quảng Ngãi", "Đức Phổ", None), id="town"),
    pytest.param("Sáng 5/3, Tỉnh Bình Dương đã tổ chức lễ ra quân huấn luyện.\n", "Tỉnh Bình Dương", "province",
                 ("Bình Dương", None, None), id="province"),
])
def test_unit_named_alone_as_actor(text, name, level, locality):
    h = header(text)
    assert h.issuer is not None and (h.issuer.name, h.issuer.kind, h.issuer.level) == (name, None, level)
    assert (h.issuer.locality.province, h.issuer.locality.district, h.issuer.locality.commune) == locality


@pytest.mark.parametrize("text", [
    pytest.param("Thực hiện chỉ đạo của tỉnh, Sơn Tịnh đã ban hành Kế hoạch chỉ đạo công tác chuẩn bị đại hội.\n",
                 id="bare-name-unplaced"),
    pytest.param("Sáng 5/3, người dân xã Tân Bình Thạnh đã tổ chức lễ ra quân.\n", id="people-of-a-commune"),
    pytest.param("Sáng 5/3, tại xã Tân Bình Thạnh đã tổ chức lễ ra quân.\n", id="place-of-the-event"),
    pytest.param("Tại huyện Chợ Gạo, nhân dân đã tổ chức lễ ra quân.\n", id="sentence-location"),
    pytest.param("Ngày 5/3, tỉnh Tiền Giang đã công nhận xã Tân Bình Thạnh đạt chuẩn nông thôn mới.\n",
                 id="unit-as-object"),
    pytest.param("Sáng 5/3, Nguyễn Văn An đã tổ chức lễ ra quân.\n", id="a-person"),
])
def test_unit_named_alone_not_read(text):
    h = header(text)
    assert h.issuer is None or "Tân Bình Thạnh" not in h.issuer.name and "Chợ Gạo" not in h.issuer.name \
        and "Sơn Tịnh" not in h.issuer.name and "Nguyễn" not in h.issuer.name


@pytest.mark.parametrize("text", [
    pytest.param("Lịch công tác tuần\n\nThứ Hai\n\nHọp giao ban\n\nSáng 1-3, Huyện đoàn tổ chức lễ phát động Tháng Thanh "
                 "niên năm 2016.\n", id="unplaced-past-the-lead"),
    pytest.param("Sáng 1-3, Bí thư Huyện ủy Nông Sơn tổ chức buổi gặp mặt các nhân sĩ, trí thức.\n", id="an-office"),
    pytest.param("Chiều 5/3, ông Nguyễn Văn A – Chủ tịch UBND huyện Cần Giuộc tổ chức buổi tiếp công dân.\n",
                 id="an-office-after-a-dash"),
    pytest.param("Sáng 1-3, UBND huyện Nông Sơn tổ chức Lễ công bố Quyết định số 45/QĐ-UBND ngày 20/02/2023 của UBND "
                 "tỉnh về công nhận xã đạt chuẩn nông thôn mới.\n", id="numbered-document-named"),
    pytest.param("Kính gửi: UBND huyện Nông Sơn tổ chức lễ ra quân.\n", id="addressee"),
    # blind52: a bloc or a hospital whose name gives no level
    pytest.param("Ngày 2/3, Đảng ủy Khối tổ chức hội nghị tổng kết công tác năm.\n", id="bloc-unnamed"),
    pytest.param("Ngày 2/3, Đảng ủy Bệnh viện đã tổ chức hội nghị tổng kết công tác năm.\n", id="hospital-unnamed"),
])
def test_event_holder_names_no_organiser(text):
    assert header(text).issuer is None


@pytest.mark.parametrize("text", [
    pytest.param("Ngày 5/3/2022, Hội đồng tổ chức họp đánh giá công tác quý I.\n", id="bare-council"),
    pytest.param("Chiều 19/5/2021, lãnh đạo các đơn vị tổ chức họp bàn công tác bầu cử.\n", id="no-body"),
    pytest.param("Sáng 16/10, các xã, thị trấn đã tổ chức lễ ra quân đồng loạt.\n", id="no-body-ceremony"),
])
def test_meeting_holder_unplaced_names_no_actor(text):
    assert header(text).issuer is None


# blind41 b04: a notice with no header whose title line is its type, an urgency mark and its day ('Thông báo Khẩn
# ngày 18/10/2020') is dated by that day; any other word on the line dates nothing.
@pytest.mark.parametrize(("line", "issued_on"), [
    pytest.param("Thông báo Khẩn ngày 18/10/2020", date(2020, 10, 18), id="urgent-notice"),
    pytest.param("Công văn hỏa tốc ngày 5/2/2021", date(2021, 2, 5), id="flash-letter"),
    pytest.param("Thông báo ngày 12 tháng 3 năm 2024", date(2024, 3, 12), id="notice-written-date"),
    pytest.param("Thông báo lịch nghỉ học ngày 18/10/2020", None, id="other-words"),
    pytest.param("Hội nghị ngày 18/10/2020", None, id="no-type-word"),
])
def test_notice_dated_by_its_title_line(line, issued_on):
    h = header(f"{line}\n\nKính gửi: Hiệu trưởng các trường trên địa bàn thị xã\n\nPhòng GD&ĐT yêu cầu các đơn vị cho "
               "học sinh nghỉ học.\n")
    assert h.issued_on == issued_on


# blind35: a meeting's deployed numbered document named with its own issuer after its number ('... kế hoạch số
# 200/KH-UBND ngày 23/8/2023 của Ủy ban nhân dân Phường 1 về sắp xếp khu phố ...'): that body issues it, the
# words after it are its title; an officer deploying at the meeting ('Tại buổi Hội nghị, bà X - Phó Chủ tịch
# UBND phường triển khai ...') is no issuer.
@pytest.mark.parametrize(("text", "number", "name", "level", "title"), [
    pytest.param("PHƯỜNG 1 TỔ CHỨC HỘI NGHỊ\n\nTại buổi Hội nghị, bà Phan Hoàng Oanh - Phó Chủ tịch UBND phường triển "
                 "khai kế hoạch số 200/KH-UBND ngày 23/8/2023 của Ủy ban nhân dân Phường 1 về sắp xếp khu phố trên địa "
                 "bàn phường; Bà Chủ tịch UBND phường triển khai dự thảo Đề án.\n", "200/KH-UBND", "Phường 1", "commune",
                 "sắp xếp khu phố trên địa bàn phường", id="officer-at-meeting"),
    pytest.param("Sáng 5/3, Ban Thường vụ Tỉnh ủy Lạng Sơn tổ chức hội nghị triển khai Kế hoạch số 45-KH/TU ngày "
                 "28/02/2024 của Ban Thường vụ Tỉnh ủy Lạng Sơn về thực hiện Nghị quyết số 43-NQ/TW.\n", "45-KH/TU",
                 "Tỉnh ủy Lạng Sơn", "province", "thực hiện Nghị quyết số 43-NQ/TW", id="committee-own-plan"),
])
def test_meeting_deployed_document_takes_the_body_after_its_number(text, number, name, level, title):
    h = header(text)
    assert str(h.number) == number
    assert h.issuer is not None and fold(name) in fold(h.issuer.name) and h.issuer.level == level
    assert h.title is not None and fold(title) in fold(h.title)


# sweepG: the words after the deployed document's issuer are its title only when they run on from it ('... của
# Ủy ban nhân dân Phường 1 về ...'); after a comma they go on about the meeting ('... của Ban Thường trực Ủy ban
# MTTQ Việt Nam thành phố Hà Nội, thời gian phát động từ ngày 10/02/2020, ...', a Mê Linh Front page), and the
# plan keeps no title rather than that clause.
@pytest.mark.parametrize(("text", "number", "absent"), [
    pytest.param("Ủy ban MTTQ Việt Nam huyện Mê Linh phát động ủng hộ Quỹ “Vì biển, đảo Việt Nam” năm 2020.\n\n"
                 "Tại hội nghị, đồng chí Hoàng Văn Tân - Chủ tịch Ủy ban MTTQ Việt Nam huyện triển khai Kế hoạch số "
                 "43/KH-MTTQ-BTT ngày 04/02/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hà Nội, thời gian "
                 "phát động từ ngày 10/02/2020, thời gian tiếp nhận ủng hộ đến ngày 25/3/2020.\n", "43/KH-MTTQ-BTT",
                 "thời gian", id="front-city-plan-then-dates"),
    pytest.param("Sáng 5/3, Ban Thường vụ Huyện ủy Lục Nam tổ chức hội nghị triển khai Kế hoạch số 120-KH/TU ngày "
                 "28/02/2024 của Ban Thường vụ Tỉnh ủy Bắc Giang, đồng thời giao nhiệm vụ cho các chi, đảng bộ cơ sở.\n",
                 "120-KH/TU", "giao nhiệm vụ", id="committee-upper-plan-then-duty"),
    pytest.param("Tại buổi Hội nghị, bà Nguyễn Thị An - Phó Chủ tịch UBND phường triển khai kế hoạch số 45/KH-UBND ngày "
                 "28/02/2024 của Ủy ban nhân dân quận 5, đề nghị các khu phố tổ chức lấy ý kiến Nhân dân.\n",
                 "45/KH-UBND", "đề nghị", id="officer-district-plan-then-request"),
])
def test_meeting_deployed_document_clause_after_comma_is_no_title(text, number, absent):
    h = header(text)
    assert str(h.number) == number
    assert h.title is None or fold(absent) not in fold(h.title)


# blind35: a meeting's holder deploying a list of documents, its own among them ('Sáng ngày 26/8/2019, Đảng ủy xã
# Hà Vị đã tổ chức Hội nghị triển khai ...; ... Kế hoạch số 85-KH/ĐU ngày 21/8/2019 của Đảng ủy xã Hà Vị về ...'):
# the one issued by the holder under its own code is the page's; a list of upper bodies' documents only names
# none of its own.
_DEPLOYED_LIST = ("Tại hội nghị, Ban Thường vụ đã triển khai một số văn bản như: Chỉ thị số 35-CT/TW ngày 30/5/2019 "
                  "của Bộ Chính trị về Đại hội đảng bộ các cấp; Kế hoạch số 152-KH/HU ngày 14/8/2019 của Ban Thường vụ "
                  "Huyện ủy Bạch Thông về chuẩn bị đại hội")


# sweepF: a body named with its unit that holds a meeting, or studies a numbered document at it ('Tại hội nghị,
# Huyện ủy Hiệp Đức quán triệt chỉ thị số 18-CT/HU về ...', a Quảng Nam radio page), issued that document when
# its number carries the body's own code; another code (a commune studying the district's '152-KH/HU') or a
# document named with its issuer ('... của Bộ Chính trị') is not the holder's.
@pytest.mark.parametrize(("text", "number", "name", "level"), [
    pytest.param("Huyện ủy Hiệp Đức tổ chức hội nghị lần thứ 10\n\nHuyện ủy Hiệp Đức hôm nay cũng đã tổ chức hội nghị lần "
                 "thứ 10.\n\nTại hội nghị, Huyện ủy Hiệp Đức quán triệt chỉ thị số 18-CT/HU về tổ chức đại hội đảng cấp "
                 "cơ sở.\n", "18-CT/HU", "Huyện ủy Hiệp Đức", "district", id="attendee-district-real"),
    pytest.param("Sáng 5/3, Huyện ủy Hiệp Đức đã tổ chức hội nghị quán triệt Chỉ thị số 18-CT/HU về tổ chức đại hội "
                 "đảng cấp cơ sở.\n", "18-CT/HU", "Huyện ủy Hiệp Đức", "district", id="holder-district"),
    pytest.param("Sáng 26/8, Đảng ủy xã Hà Vị tổ chức hội nghị phổ biến Kế hoạch số 85-KH/ĐU về đại hội chi bộ trực "
                 "thuộc.\n", "85-KH/ĐU", "Đảng ủy xã Hà Vị", "commune", id="holder-commune"),
    pytest.param("Chiều 12/4, Ban Thường vụ Tỉnh ủy Lạng Sơn tổ chức hội nghị quán triệt Chỉ thị số 21-CT/TU về công "
                 "tác phòng, chống tham nhũng.\n", "21-CT/TU", "Tỉnh ủy Lạng Sơn", "province", id="holder-province"),
    pytest.param("Ngày 9/5, UBND huyện Lục Nam tổ chức hội nghị quán triệt Chỉ thị số 05/CT-UBND về tăng cường kỷ "
                 "cương hành chính.\n", "05/CT-UBND", "UBND huyện Lục Nam", "district", id="holder-state"),
])
def test_meeting_holder_studies_its_own_numbered_document(text, number, name, level):
    h = header(text)
    assert str(h.number) == number
    assert h.issuer is not None and fold(name) in fold(h.issuer.name) and h.issuer.level == level


@pytest.mark.parametrize("text", [
    pytest.param("Sáng 5/3, Đảng ủy xã Hà Vị đã tổ chức hội nghị quán triệt Kế hoạch số 152-KH/HU về đại hội đảng bộ "
                 "các cấp.\n", id="upper-code"),
    pytest.param("Sáng 5/3, Đảng ủy xã Hà Vị đã tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị về "
                 "đại hội đảng bộ các cấp.\n", id="named-issuer"),
])
def test_meeting_holder_is_not_the_issuer_of_another_code(text):
    """The holder never owns the other code's number; blind43: studying the Centre's directive, it is the issuer
    of its own unnumbered record (realworld d14), the directive its parent."""
    h = header(text)
    assert h.issuer is None or "Hà Vị" not in h.issuer.name or h.number is None


@pytest.mark.parametrize(("text", "name", "level", "parents"), [
    pytest.param("Ngày 3-12, Huyện ủy Định Hóa đã tổ chức Hội nghị học tập, quán triệt, triển khai các chỉ thị của Ban "
                 "Bí thư.\n\nTại Hội nghị, các đại biểu đã được quán triệt, triển khai Chỉ thị số 20-CT/TW ngày "
                 "18-01-2018 của Ban Bí thư về lịch sử Đảng; Chỉ thị số 23-CT/TW ngày 9-02-2018 của Ban Bí thư về học "
                 "tập chủ nghĩa Mác-Lênin.\n", "Huyện ủy Định Hóa", "district", ["20-CT/TW", "23-CT/TW"],
                 id="district-at-meeting-two-directives"),
    pytest.param("Sáng 14/3/2024, Ban Thường vụ Tỉnh ủy Lạng Sơn tổ chức hội nghị quán triệt Nghị quyết số 43-NQ/TW "
                 "ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng về đại đoàn kết.\n", "Tỉnh ủy Lạng Sơn",
                 "province", ["43-NQ/TW"], id="province-resolution"),
    pytest.param("Chiều 20/5, Đảng ủy xã Tân Lập tổ chức hội nghị triển khai Kết luận số 50-KL/TW của Bộ Chính trị về "
                 "công tác dân vận.\n", "Đảng ủy xã Tân Lập", "commune", ["50-KL/TW"], id="commune-conclusion"),
    pytest.param("Sáng 9/6/2022, Quận ủy Sơn Trà đã tổ chức hội nghị học tập, quán triệt Quy định số 144-QĐ/TW ngày "
                 "9/5/2024 của Bộ Chính trị về chuẩn mực đạo đức.\n", "Quận ủy Sơn Trà", "district", ["144-QĐ/TW"],
                 id="district-regulation"),
])
def test_local_meeting_studying_central_documents_is_the_holders_own_record(text, name, level, parents):
    """blind43 g05: a local committee named with its unit holds a meeting on the Centre's numbered documents:
    the page is the holder's own unnumbered record; what it studies is what it carries out."""
    from loaders.parse import parse_text

    rec = parse_text(text)
    assert (rec.number, rec.doc_type, rec.issued_on) == (None, None, None)
    assert rec.issuer is not None and fold(name) in fold(rec.issuer.name) and rec.issuer.level == level
    assert [str(r.number) for r in rec.implements] == parents


# blind46 f02: a mass organisation's commune branch named with its district in brackets ('Hội Nông dân xã Tiên Mỹ
# (Tiên Phước) tổ chức hội nghị triển khai ...') holds the meeting on the Centre's numbered document: its own
# unnumbered record, placed under the bracketed district, the document its parent.
@pytest.mark.parametrize(("text", "name", "province", "district", "parents"), [
    pytest.param("Chiều ngày 29/3, tại nhà văn hóa thôn 2, Hội Nông dân xã Bình Trung (Thăng Bình) tổ chức hội nghị "
                 "triển khai Nghị quyết 46 của Bộ Chính trị.\n\nTại hội nghị, các đại biểu đã được nghe đồng chí Trần "
                 "Văn A – Phó Chủ tịch Hội Nông dân huyện quán triệt Nghị quyết số 46-NQ/TW, ngày 20/12/2023 của Bộ "
                 "Chính trị về đổi mới, nâng cao chất lượng hoạt động của Hội Nông dân Việt Nam.\n",
                 "Hội Nông dân xã Bình Trung", "Quảng Nam", "Thăng Bình", ["46-NQ/TW"], id="farmers-heard-at-meeting"),
    pytest.param("Sáng 12/4, Hội Cựu chiến binh xã Cẩm Sơn (Anh Sơn) tổ chức hội nghị quán triệt Chỉ thị số 35-CT/TW "
                 "ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp.\n", "Hội Cựu chiến binh xã Cẩm Sơn",
                 "Nghệ An", "Anh Sơn", ["35-CT/TW"], id="veterans-directive"),
    pytest.param("Sáng 9/6, Hội Liên hiệp Phụ nữ xã Tân Lập (huyện Lục Ngạn) tổ chức hội nghị triển khai Chỉ thị số "
                 "21-CT/TW của Ban Bí thư về công tác phụ nữ.\n", "Hội Liên hiệp Phụ nữ xã Tân Lập", "Bắc Giang",
                 "Lục Ngạn", ["21-CT/TW"], id="womens-union-kind-word-in-bracket"),
    pytest.param("Ngày 5/3, Đảng ủy xã Vĩnh Phú (Thoại Sơn) tổ chức hội nghị quán triệt Kết luận số 50-KL/TW của Bộ "
                 "Chính trị về công tác dân vận.\n", "Đảng ủy xã Vĩnh Phú", "An Giang", "Thoại Sơn", ["50-KL/TW"],
                 id="party-committee-conclusion"),
    pytest.param("Ngày 5/3, Đoàn xã Vĩnh Phú (Thoại Sơn) tổ chức hội nghị học tập Kết luận số 50-KL/TW của Bộ Chính "
                 "trị về công tác dân vận.\n", "Đoàn xã Vĩnh Phú", "An Giang", "Thoại Sơn", ["50-KL/TW"],
                 id="youth-union-studies"),
    # a meeting that only studies ('học tập') the document reads as one that deploys it
    pytest.param("Chiều 12/4, Hội Nông dân xã Nam Thanh (Nam Đàn) tổ chức hội nghị học tập Nghị quyết số 57-NQ/TW ngày "
                 "22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.\n", "Hội Nông dân xã Nam Thanh",
                 "Nghệ An", "Nam Đàn", ["57-NQ/TW"], id="farmers-study-only"),
])
def test_bracket_placed_branch_studying_central_documents(text, name, province, district, parents):
    from loaders.parse import parse_text

    rec = parse_text(text)
    assert rec.number is None and rec.issuer is not None and fold(rec.issuer.name) == fold(name)
    assert (rec.issuer.level, rec.issuer.locality.province, rec.issuer.locality.district) == (
        "commune", province, district)
    assert [str(r.number) for r in rec.implements] == parents


@pytest.mark.parametrize(("text", "number", "issued_on", "name", "title"), [
    pytest.param("Sáng ngày 26/8/2019, Đảng ủy xã Cẩm Giàng đã tổ chức Hội nghị triển khai công tác chuẩn bị Đại hội. "
                 + _DEPLOYED_LIST + "; Kế hoạch số 85-KH/ĐU ngày 21/8/2019 của Đảng ủy xã Cẩm Giàng về triển khai "
                 "công tác chuẩn bị Đại hội các Chi bộ trực thuộc.\n", "85-KH/ĐU", date(2019, 8, 21), "Đảng ủy xã Cẩm Giàng",
                 "triển khai công tác chuẩn bị Đại hội các Chi bộ", id="commune-own-last"),
    pytest.param("Ngày 5/9/2019, Ban Thường vụ Huyện ủy Bạch Thông tổ chức hội nghị quán triệt công tác đại hội. Tại hội "
                 "nghị đã phổ biến Kế hoạch số 160-KH/HU ngày 30/8/2019 của Ban Thường vụ Huyện ủy Bạch Thông về tổ chức "
                 "đại hội điểm; Chỉ thị số 35-CT/TW của Bộ Chính trị.\n", "160-KH/HU", date(2019, 8, 30),
                 "Huyện ủy Bạch Thông", "tổ chức đại hội điểm", id="district-own-first"),
    # sweepD: a Front committee named by its level alone, the province's plan listed first (a Cà Mau district's
    # page, 'Ban Thường trực Ủy ban MTTQ Việt Nam huyện'); its commune sibling lists the district's
    pytest.param("Sáng ngày 22/10/2019, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức Hội nghị triển khai các "
                 "văn bản liên quan đến Ngày hội Đại đoàn kết toàn dân tộc năm 2019.\n\nHội nghị đã quán triệt các văn "
                 "bản như: Kế hoạch số 10/KH-MTTQ-BTT, ngày 10/10/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; "
                 "Kế hoạch số 8/KH-MTTQ-BTT, ngày 14/10/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện về tổ chức "
                 "Ngày hội ở khu dân cư; dự thảo Kế hoạch của Ban Chỉ đạo.\n", "8/KH-MTTQ-BTT", date(2019, 10, 14),
                 "Ủy ban MTTQ Việt Nam huyện", "tổ chức Ngày hội ở khu dân cư", id="front-district-by-level"),
    pytest.param("Ngày 3/10/2023, Ban Thường trực Ủy ban MTTQ Việt Nam xã tổ chức hội nghị triển khai công tác Mặt trận "
                 "quý IV. Tại hội nghị đã quán triệt Kế hoạch số 21/KH-MTTQ-BTT ngày 20/9/2023 của Ban Thường trực Ủy "
                 "ban MTTQ Việt Nam huyện về Ngày hội; Kế hoạch số 09/KH-MTTQ-BTT ngày 28/9/2023 của Ban Thường trực Ủy "
                 "ban MTTQ Việt Nam xã về tổ chức Ngày hội Đại đoàn kết ở khu dân cư.\n", "09/KH-MTTQ-BTT",
                 date(2023, 9, 28), "Ủy ban MTTQ Việt Nam xã", "Ngày hội Đại đoàn kết ở khu dân cư",
                 id="front-commune-by-level"),
    pytest.param("Sáng 12/3/2024, Ban Thường vụ Huyện đoàn tổ chức hội nghị triển khai Tháng Thanh niên. Hội nghị đã "
                 "triển khai Kế hoạch số 45-KH/TĐTN-BTG ngày 1/3/2024 của Ban Thường vụ Tỉnh đoàn; Kế hoạch số "
                 "12-KH/HĐTN ngày 5/3/2024 của Ban Thường vụ Huyện đoàn về tổ chức Tháng Thanh niên năm 2024.\n",
                 "12-KH/HĐTN", date(2024, 3, 5), "Huyện đoàn", "Tháng Thanh niên năm 2024",
                 id="youth-union-by-level"),
    # known1: a body whose name gives its level ('Quận đoàn', 'Huyện ủy') named without its place, its own plan
    # after the upper one's
    pytest.param("Ngày 2/4/2023, Ban Thường vụ Quận đoàn tổ chức hội nghị quán triệt chương trình công tác. Hội nghị "
                 "đã quán triệt Kế hoạch số 30-KH/TĐTN ngày 20/3/2023 của Ban Thường vụ Thành đoàn và Kế hoạch số "
                 "07-KH/QĐTN ngày 28/3/2023 của Ban Thường vụ Quận đoàn về Tháng Thanh niên năm 2023.\n",
                 "07-KH/QĐTN", date(2023, 3, 28), "Quận đoàn", "Tháng Thanh niên năm 2023",
                 id="youth-union-district-by-level-joined"),
    pytest.param("Sáng 9/6/2022, Ban Thường vụ Huyện ủy tổ chức hội nghị triển khai công tác tuyên giáo. Hội nghị đã "
                 "phổ biến Kế hoạch số 88-KH/TU ngày 1/6/2022 của Ban Thường vụ Tỉnh ủy; Kế hoạch số 41-KH/HU ngày "
                 "6/6/2022 của Ban Thường vụ Huyện ủy về công tác tuyên giáo năm 2022.\n", "41-KH/HU",
                 date(2022, 6, 6), "Huyện ủy", "công tác tuyên giáo năm 2022", id="committee-by-level"),
    # sweepF: the own document joined to an upper one by 'và', of the committee its standing committee holds the
    # meeting for (a Đà Nẵng district's portal)
    pytest.param("Sáng ngày 16/9, Ban Thường vụ Quận ủy Sơn Trà tổ chức Hội nghị quán triệt, triển khai thực hiện Kết "
                 "luận số 209 -KL/TU ngày 22/6/2022 của Ban Thường vụ Thành ủy về \"Xây dựng và phát triển quận Sơn Trà "
                 "đến năm 2030\" và Chương trình hành động số 11 -CTr/QU ngày 12/9/2022 của Quận ủy Sơn Trà về thực hiện "
                 "Kết luận số 209-KL/TU cho 143 đại biểu.\n", "11-CTr/QU", date(2022, 9, 12), "Quận ủy Sơn Trà",
                 "thực hiện Kết luận số 209-KL/TU", id="district-own-joined"),
    pytest.param("Sáng 5/10, Ban Thường vụ Huyện ủy Lục Nam tổ chức hội nghị triển khai Chỉ thị số 45-CT/TW của Bộ "
                 "Chính trị và Kế hoạch số 120-KH/HU ngày 1/10/2025 của Huyện ủy Lục Nam về thực hiện Chỉ thị.\n",
                 "120-KH/HU", date(2025, 10, 1), "Huyện ủy Lục Nam", "thực hiện Chỉ thị", id="committee-own-after-upper"),
    # known1: the meeting's verb right before the upper numbered document, other bodies and levels, 'và' and ';'
    pytest.param("Ngày 14/3/2024, Đảng ủy xã Tân Lập tổ chức hội nghị quán triệt Nghị quyết số 45-NQ/TW của Ban Chấp "
                 "hành Trung ương; Kế hoạch số 25-KH/ĐU ngày 10/3/2024 của Đảng ủy xã Tân Lập về thực hiện Nghị quyết "
                 "số 45-NQ/TW.\n", "25-KH/ĐU", date(2024, 3, 10), "Đảng ủy xã Tân Lập", "thực hiện Nghị quyết",
                 id="commune-own-after-upper-semicolon"),
    pytest.param("Sáng 20/5/2023, Ban Thường vụ Tỉnh ủy Bắc Giang tổ chức hội nghị triển khai Kết luận số 50-KL/TW của "
                 "Bộ Chính trị và Chương trình hành động số 32-CTr/TU ngày 15/5/2023 của Tỉnh ủy Bắc Giang về thực "
                 "hiện Kết luận.\n", "32-CTr/TU", date(2023, 5, 15), "Tỉnh ủy Bắc Giang", "thực hiện Kết luận",
                 id="province-own-after-upper"),
    pytest.param("Chiều 8/8/2024, UBND huyện Lục Nam tổ chức hội nghị triển khai Quyết định số 1234/QĐ-UBND của UBND "
                 "tỉnh Bắc Giang và Kế hoạch số 210/KH-UBND ngày 5/8/2024 của UBND huyện Lục Nam về chuyển đổi số năm "
                 "2024.\n", "210/KH-UBND", date(2024, 8, 5), "huyện Lục Nam", "chuyển đổi số năm 2024",
                 id="district-committee-own-after-upper-same-code"),
])
def test_meeting_holders_own_document_among_those_deployed(text, number, issued_on, name, title):
    h = header(text)
    assert (str(h.number), h.issued_on) == (number, issued_on)
    assert h.issuer is not None and fold(name) in fold(h.issuer.name)
    assert h.title is not None and fold(title) in fold(h.title)


def test_meeting_deploying_only_upper_documents_names_none_of_its_own():
    h = header("Sáng ngày 26/8/2019, Đảng ủy xã Cẩm Giàng đã tổ chức Hội nghị triển khai công tác chuẩn bị Đại hội. "
               + _DEPLOYED_LIST + ".\n")
    assert h.number is None or str(h.number) != "152-KH/HU" or h.issuer is None \
        or "Cẩm Giàng" not in h.issuer.name


def test_level_named_holder_deploying_only_the_upper_plan_names_none_of_its_own():
    """sweepD: the level word tells a district Front committee from the province's: the province's plan alone
    is not the district's document."""
    h = header("Sáng ngày 22/10/2019, Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức Hội nghị triển khai Ngày "
               "hội. Hội nghị đã quán triệt Kế hoạch số 10/KH-MTTQ-BTT, ngày 10/10/2019 của Ban Thường trực Ủy ban "
               "MTTQ Việt Nam tỉnh về tổ chức Ngày hội.\n")
    assert h.number is None or str(h.number) != "10/KH-MTTQ-BTT"


@pytest.mark.parametrize("text", [
    pytest.param("Sáng 12/3/2024, Ban Thường vụ Huyện đoàn tổ chức hội nghị triển khai Tháng Thanh niên. Hội nghị đã "
                 "triển khai Kế hoạch số 45-KH/TĐTN-BTG ngày 1/3/2024 của Ban Thường vụ Tỉnh đoàn về Tháng Thanh "
                 "niên.\n", id="youth-union"),
    pytest.param("Sáng 9/6/2022, Ban Thường vụ Huyện ủy tổ chức hội nghị triển khai công tác tuyên giáo. Hội nghị đã "
                 "phổ biến Kế hoạch số 88-KH/TU ngày 1/6/2022 của Ban Thường vụ Tỉnh ủy về công tác tuyên giáo.\n",
                 id="party-committee"),
])
def test_holder_named_by_its_level_deploying_only_the_upper_plan_names_none_of_its_own(text):
    """known1: a body whose name holds its level ('Huyện đoàn') owns only a plan its page names alike: the
    province's plan is not the page's document. blind45: the meeting report is then its holder's, at the
    level its name gives, as blind41's labels give an activity report the body acting in it."""
    h = header(text)
    assert h.number is None
    assert h.issuer is not None and h.issuer.level == "district" and fold(h.issuer.name).startswith("ban thường vụ")


# sweepB: a Party letter whose subject cell carries no 'V/v' ('Số 369 - CV/BTGTU' / 'Gửi Đề cương tuyên truyền kỷ
# niệm' / '190 năm thành lập ...' / 'Kính gửi:', a Hà Tĩnh board's page) gives no title: only a 'V/v' or 'Về việc'
# line is read as a letter's subject (header._subject). KNOWN: one page, no labelled text of the form.
@pytest.mark.xfail(strict=True, reason="a letter's subject cell without 'V/v' is not read (header._subject)")
def test_party_letter_subject_without_vv() -> None:
    h = header("TỈNH UỶ HÀ TĨNH\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nBAN TUYÊN GIÁO\n\n*\n\nHà Tĩnh, ngày 15 tháng 6 "
               "năm 2021\n\nSố 369 - CV/BTGTU\n\nGửi Đề cương tuyên truyền kỷ niệm\n\n190 năm thành lập và 30 năm "
               "tái lập tỉnh Hà Tĩnh\n\nKính gửi:\n\n- Các ban, sở, ngành, các đoàn thể chính trị - xã hội cấp "
               "tỉnh,\n\nHướng tới kỷ niệm 190 năm thành lập tỉnh, Ban Tuyên giáo Tỉnh ủy xây dựng Đề cương.\n")
    assert h.title is not None and "190 năm thành lập" in h.title


# blind38: a council's session report ('Sáng 23/4, HĐND phường Nghi Hương khóa XX, nhiệm kỳ 2021-2026 đã tổ chức kỳ
# họp thứ 13. ... biểu quyết thông qua Nghị quyết về việc tán thành chủ trương sắp xếp ...'): the council's term
# after its name and the session ('kỳ họp') are read as a committee's 'hội nghị' or 'họp' are; a session day
# written with its year is the resolution's date (leftovers4).
@pytest.mark.parametrize(("text", "name", "level", "title", "issued"), [
    pytest.param("Sáng 23/4, HĐND phường Nghi Hương khóa XX, nhiệm kỳ 2021-2026 đã tổ chức kỳ họp thứ 13.\nSau khi nghe "
                 "các báo cáo, các vị đại biểu HĐND phường Nghi Hương đã thảo luận và biểu quyết thông qua Nghị quyết "
                 "về việc tán thành chủ trương sắp xếp các đơn vị hành chính cấp xã năm 2025.\n", "phường Nghi Hương",
                 "commune", "tán thành chủ trương sắp xếp", None, id="ward-council-term"),
    pytest.param("Chiều 10/7, HĐND huyện Lục Nam khóa XIX tổ chức kỳ họp thứ 8 (kỳ họp chuyên đề). Các đại biểu đã "
                 "biểu quyết thông qua Nghị quyết về điều chỉnh kế hoạch đầu tư công năm 2024.\n", "huyện Lục Nam",
                 "district", "điều chỉnh kế hoạch đầu tư công", None, id="district-council-khoa"),
    pytest.param("Ngày 8/5/2024, HĐND thị xã Ba Đồn, nhiệm kỳ 2021 - 2026 đã tổ chức kỳ họp thứ 12. Kỳ họp đã thông "
                 "qua Nghị quyết về chủ trương không sắp xếp các đơn vị hành chính cấp xã.\n", "thị xã Ba Đồn",
                 "district", "không sắp xếp các đơn vị", "2024-05-08", id="town-council-nhiemky"),
])
def test_council_session_passing_a_named_resolution(text, name, level, title, issued):
    h = header(text)
    assert h.doc_type == "NQ" and h.number is None
    assert (h.issued_on.isoformat() if h.issued_on else None) == issued
    assert h.issuer is not None and fold(name) in fold(h.issuer.name) and h.issuer.level == level
    assert h.title is not None and fold(title) in fold(h.title)


# blind38: a lead that issues or passes several documents counted by a figure ('(HNM) - Ban Chấp hành Đảng bộ quận
# Long Biên vừa thông qua 9 kế hoạch thực hiện 10 chương trình công tác toàn khóa của Thành ủy Hà Nội'): told as one
# document of that type, its issuer the subject, its title the words after the type.
@pytest.mark.parametrize(("text", "doc_type", "name", "level", "title"), [
    pytest.param("(HNM) - Ban Chấp hành Đảng bộ quận Long Biên vừa thông qua 9 kế hoạch thực hiện 10 chương trình công "
                 "tác toàn khóa của Thành ủy Hà Nội khóa XVII.\n", "KH", "quận Long Biên", "district",
                 "thực hiện 10 chương trình công tác", id="urban-district-committee"),
    pytest.param("Ban Thường vụ Thị ủy Ba Đồn vừa ban hành 03 nghị quyết chuyên đề về phát triển đô thị giai đoạn "
                 "2021-2025.\n", "NQ", "Thị ủy Ba Đồn", "district", "phát triển đô thị", id="town-committee-zero"),
    pytest.param("UBND phường Hà Phong đã ban hành 2 kế hoạch triển khai cải cách hành chính năm 2023.\n", "KH",
                 "phường Hà Phong", "commune", "cải cách hành chính năm 2023", id="ward-committee"),
])
def test_lead_counting_the_documents_it_issues(text, doc_type, name, level, title):
    h = header(text)
    assert h.doc_type == doc_type and h.number is None
    assert h.issuer is not None and fold(name) in fold(h.issuer.name) and h.issuer.level == level
    assert h.title is not None and fold(title) in fold(h.title)


# blind38: a short header ('UỶ BAN NHÂN DÂN' / 'XÃ ...' / 'Số:' / '/KH-UBND', each cell its own line) puts the first
# items of its 'I. CĂN CỨ PHÁP LÝ' among the lines a page's headline is looked for in; no line of the document's
# outline is its headline, so the first cited decision is neither its number, type nor date.
_BASIS_HEADER = ("UỶ BAN NHÂN DÂN\n{unit}\n\nSố:\n\n/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - "
                 "Hạnh phúc\n{place}, ngày\n\ntháng 4 năm 2022\n\nKẾ HOẠCH\nThực hiện Chuyển đổi số toàn diện\n{section}\n"
                 "{first}\n")


@pytest.mark.parametrize(("unit", "place", "section", "first"), [
    pytest.param("XÃ HÒA BÌNH", "Hạ Long", "I. CĂN CỨ PHÁP LÝ", "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng "
                 "Chính phủ phê\nduyệt Chương trình chuyển đổi số quốc gia;", id="decision-first"),
    pytest.param("PHƯỜNG HỒNG HẢI", "Hạ Long", "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "Nghị quyết số 09-NQ/TU ngày 05/02/2022 "
                 "của Ban Thường vụ Tỉnh ủy về chuyển đổi số;", id="resolution-first"),
    pytest.param("PHƯỜNG QUANG HANH", "Cẩm Phả", "1. Căn cứ pháp lý", "Kế hoạch số 121/KH-UBND ngày 23/3/2022 của UBND "
                 "thành phố về chuyển đổi số;", id="plan-first-arabic"),
])
def test_outline_line_is_no_headline(unit, place, section, first):
    h = header(_BASIS_HEADER.format(unit=unit, place=place, section=section, first=first))
    assert h.number is None and h.doc_type == "KH" and h.issued_on is None
    assert h.title is not None and fold("Chuyển đổi số toàn diện") in fold(h.title)


# blind38 (realworld c08, h06): a document-sharing site's PDF font draws some vowels as others ('XÃ HỊA BÌNH',
# 'XÃ TỒN THẮNG'): a unit name the gazetteer knows only as mended is that unit; a name it knows as written
# ('XÃ NGHỊ ĐỨC') is kept.
@pytest.mark.parametrize(("unit", "place", "name", "district"), [
    pytest.param("XÃ HỊA BÌNH", "thành phố Hạ Long", "xã Hòa Bình", "Hạ Long", id="i-for-o-grave"),
    pytest.param("XÃ TỒN THẮNG", "huyện Gia Lộc", "xã Toàn Thắng", "Gia Lộc", id="o-circumflex-grave-for-oa"),
    pytest.param("XÃ NGHỊ ĐỨC", "huyện Tánh Linh", "xã Nghị Đức", "Tánh Linh", id="known-as-written"),
])
def test_font_swapped_vowels_in_a_unit_name(unit, place, name, district):
    h = header(f"ỦY BAN NHÂN DÂN\n{unit}\nSố: 12/KH-UBND\n{place.split(' ', 1)[1].removeprefix('phố ')}, ngày 5 tháng 4 năm 2022\n"
               f"KẾ HOẠCH\nChuyển đổi số năm 2022\nThực hiện Kế hoạch số 121/KH-UBND ngày 23/3/2022 của UBND {place}.\n")
    assert h.issuer is not None and fold(name) in fold(h.issuer.name)
    assert h.issuer.level == "commune" and h.issuer.locality.district == district


# sweepD: a ward Front committee's page opens its lead on what it rests on, then the day ('Căn cứ chương trình
# hành động năm 2023 của Ủy ban Mặt trận Tổ quốc Việt Nam Phường 6, ngày 10/02/2023, Ủy ban ... Phường 6 tổ chức
# triển khai chương trình phối hợp ...', a Quận 5 page): the day opens no lead mid-sentence. KNOWN: one page.
@pytest.mark.xfail(strict=True, reason="a lead's day after a 'Căn cứ' clause is no LEAD_OPENING")
def test_lead_after_basis_clause_deploys_its_programme() -> None:
    h = header("Căn cứ chương trình hành động năm 2023 của Ủy ban Mặt trận Tổ quốc Việt Nam Phường 6, ngày "
               "10/02/2023, Ủy ban Mặt trận Tổ quốc Việt Nam Phường 6 tổ chức triển khai chương trình phối hợp và "
               "thống nhất hành động năm 2023 đến các Ban ngành đoàn thể.\n")
    assert h.doc_type == "CTr" and h.title is not None and "phối hợp và thống nhất" in h.title


# sweepD: a lead's dispatch or letter said urgent ('Chủ tịch UBND tỉnh Thanh Hóa đã có công điện khẩn chỉ đạo ...',
# 'ngày 12/9/2016, ... đã có công điện khẩn số 13', Thanh Hóa and Nghệ An papers): the urgency is the type
# word's, so the title opens after the number, not on 'khẩn số ...'; its siblings in other bodies and words.
@pytest.mark.parametrize(("text", "number", "doc_type", "issued_on", "title"), [
    pytest.param("Ngày 12/9/2016, UBND tỉnh Nghệ An đã có công điện khẩn số 13/CĐ-UBND về việc ứng phó với bão.\n",
                 "13/CĐ-UBND", "CĐ", date(2016, 9, 12), "về việc ứng phó với bão", id="cd-khan-province"),
    pytest.param("Ngày 5/7/2024, Chủ tịch UBND huyện Kỳ Sơn đã ban hành Công điện hỏa tốc số 05/CĐ-UBND về việc ứng "
                 "phó với mưa lũ.\n", "05/CĐ-UBND", "CĐ", date(2024, 7, 5), "về việc ứng phó với mưa lũ",
                 id="cd-hoatoc-district"),
    pytest.param("Ngày 5/7/2024, UBND tỉnh Yên Bái có công văn hỏa tốc số 2150/UBND-NLN về việc ứng phó với mưa lũ.\n",
                 "2150/UBND-NLN", "CV", date(2024, 7, 5), "về việc ứng phó với mưa lũ", id="cv-hoatoc"),
    pytest.param("Chiều 9/9/2024, Thủ tướng Chính phủ đã ký ban hành Công điện khẩn số 86/CĐ-TTg về tập trung khắc "
                 "phục hậu quả bão số 3.\n", "86/CĐ-TTg", "CĐ", date(2024, 9, 9), "về tập trung khắc phục",
                 id="cd-khan-centre"),
    pytest.param("Ngày 20/10/2023, UBND tỉnh Quảng Trị vừa ban hành Công điện thượng khẩn số 07/CĐ-UBND về chủ động "
                 "ứng phó với mưa lớn.\n", "07/CĐ-UBND", "CĐ", date(2023, 10, 20), "về chủ động ứng phó",
                 id="cd-thuongkhan"),
    pytest.param("Để đối phó với cơn bão số 3, Chủ tịch UBND tỉnh Thanh Hóa đã có công điện khẩn chỉ đạo các ban "
                 "ngành, địa phương hoãn các cuộc họp để tập trung chống bão.\n", None, "CĐ", None,
                 "chỉ đạo các ban ngành", id="cd-khan-unnumbered"),
])
def test_urgent_dispatch_title_opens_after_its_urgency(text, number, doc_type, issued_on, title):
    h = header(text)
    assert (str(h.number) if h.number else None, h.doc_type, h.issued_on) == (number, doc_type, issued_on)
    assert h.title is not None and fold(h.title).startswith(fold(title))


def test_manner_adverb_after_a_type_word_is_no_urgency():
    h = header("Ngày 5/7/2024, UBND tỉnh Yên Bái có công văn số 2150/UBND-NLN đề nghị các huyện khẩn trương ứng "
               "phó với mưa lũ.\n")
    assert h.title is not None and "khẩn trương" in h.title
# sweepF: a subject placed by the units written after it, with the bare verb ('... , tỉnh Thái Nguyên ban hành'):
# a clause reader took the subject with its place ('Ban Chỉ đạo Đảng ủy xã Nghĩa Tá, tỉnh Thái Nguyên' read as a
# province's board); the place is the subject's parent, as with 'vừa ban hành'.
@pytest.mark.parametrize(("text", "name", "level", "province", "commune"), [
    pytest.param("BẮC NINH - Ban Chỉ đạo Đảng ủy xã Nghĩa Tá, tỉnh Thái Nguyên ban hành kế hoạch tổ chức Tháng Công "
                 "nhân năm 2024.\n", "Ban Chỉ đạo Đảng ủy xã Nghĩa Tá", "commune", "Thái Nguyên", "Nghĩa Tá",
                 id="commune-board-province"),
    pytest.param("UBND phường Vạn Thạnh, TP. Nha Trang ban hành Kế hoạch xây dựng phường đạt chuẩn văn minh đô thị "
                 "năm 2016.\n", "UBND phường Vạn Thạnh", "commune", "Khánh Hòa", "Vạn Thạnh", id="ward-city"),
    pytest.param("Đảng ủy xã Vĩnh Phú, huyện Thoại Sơn ban hành Kế hoạch tổ chức đại hội chi bộ trực thuộc.\n",
                 "Đảng ủy xã Vĩnh Phú", "commune", "An Giang", "Vĩnh Phú", id="commune-district"),
])
def test_placed_subject_with_bare_verb(text, name, level, province, commune):
    i = header(text).issuer
    assert i is not None and i.name == name and i.level == level
    assert (i.locality.province, i.locality.commune) == (province, commune)


# sweepF: the city written glued after its subject ('Đảng ủy phường Phước Thắng (TPHCM)', '..., TPHCM vừa ...', as
# national papers write it) places the ward; it is no part of the ward's name.
@pytest.mark.parametrize(("text", "name", "commune"), [
    pytest.param("Đảng ủy phường Phước Thắng (TPHCM) vừa ban hành Nghị quyết về phát triển kinh tế tư nhân.\n",
                 "Đảng ủy phường Phước Thắng", "Phước Thắng", id="bracket"),
    pytest.param("Đảng ủy phường Dĩ An, TPHCM vừa ban hành Kế hoạch số 12-KH/ĐU về tổ chức đại hội chi bộ.\n",
                 "Đảng ủy phường Dĩ An", "Dĩ An", id="comma"),
])
def test_subject_placed_by_glued_city(text, name, commune):
    i = header(text).issuer
    assert i is not None and i.name == name and i.level == "commune"
    assert (i.locality.province, i.locality.commune) == ("Hồ Chí Minh", commune)


@pytest.mark.parametrize(("text", "name", "level", "title"), [
    pytest.param("THƯỜNG TRỰC ĐẢNG ỦY XÃ IA ĐAL PHÁT ĐỘNG “Đợt thi đua cao điểm 12 tháng”\n\nNăm 2024 là năm then chốt."
                 "\n\nThường trực Đảng ủy xã phát động “Đợt thi đua cao điểm 12 tháng”, với một số nội dung sau:\n",
                 "Đảng ủy xã Ia Đal", "commune", "Đợt thi đua cao điểm 12 tháng", id="caps-commune-standing-board"),
    pytest.param("Huyện ủy Lục Nam phát động phong trào thi đua chào mừng Đại hội Đảng bộ huyện\n\nNhằm tạo khí thế "
                 "thi đua sôi nổi, Huyện ủy phát động phong trào trong toàn Đảng bộ.\n", "Huyện ủy Lục Nam", "district",
                 "phong trào thi đua chào mừng Đại hội Đảng bộ huyện", id="district-committee-plain"),
    pytest.param("BAN THƯỜNG VỤ TỈNH ỦY LẠNG SƠN PHÁT ĐỘNG \"Tết trồng cây đời đời nhớ ơn Bác Hồ\"\n\nBan Thường vụ "
                 "Tỉnh ủy phát động Tết trồng cây năm 2024.\n", "Tỉnh ủy Lạng Sơn", "province",
                 "Tết trồng cây đời đời nhớ ơn Bác Hồ", id="caps-province-straight-quotes"),
])
def test_headline_body_launching_a_drive_is_the_pages_issuer(text, name, level, title):
    """blind43 g06: a headline's body named with its unit launches a drive; the lead names it without its unit."""
    h = header(text)
    assert (h.number, h.issued_on) == (None, None)
    assert h.issuer is not None and fold(name) in fold(h.issuer.name) and h.issuer.level == level
    assert h.title is not None and fold(title) in fold(h.title)


@pytest.mark.parametrize("text", [
    pytest.param("Tuyên Quang phát động Tết trồng cây\n\nNgười dân hưởng ứng.\n", id="place-not-a-body"),
    pytest.param("Bí thư Tỉnh ủy Lạng Sơn phát động quyên góp\n\nCán bộ hưởng ứng.\n", id="an-officer"),
])
def test_headline_launch_needs_a_body_named_with_its_unit(text):
    """A place alone, or a person's office, launching a drive names no issuer by this reading."""
    h = header(text)
    assert h.issuer is None


@pytest.mark.parametrize(("text", "doc_type", "title"), [
    pytest.param("Ảnh: T.H\n\nCuộc họp thông qua dự thảo Kế hoạch thực hiện biên tập văn kiện Đại hội Đảng bộ huyện "
                 "lần thứ XIV, nhiệm kỳ 2020 – 2025. Theo đó, mục đích yêu cầu của Kế hoạch là ...\n", "KH",
                 "biên tập văn kiện Đại hội Đảng bộ huyện lần thứ XIV", id="meeting-passes-draft-plan"),
    pytest.param("Hội nghị đã thảo luận dự thảo Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ xã "
                 "nhiệm kỳ 2025 - 2030. Các đại biểu thống nhất cao.\n", "CTr",
                 "thực hiện Nghị quyết Đại hội Đảng bộ xã", id="conference-discusses-draft-programme"),
    pytest.param("Phiên họp cho ý kiến vào dự thảo Quy chế làm việc của Ban Chấp hành Đảng bộ phường khóa I. Các ý "
                 "kiến được tiếp thu.\n", "QC", "làm việc của Ban Chấp hành", id="session-comments-draft-rules"),
])
def test_meeting_without_holder_tells_the_draft_it_passes(text, doc_type, title):
    """blind43 g03: no holder named, the draft a meeting passes or discusses is the page's, unnumbered."""
    h = header(text)
    assert (h.number, h.issued_on, h.doc_type) == (None, None, doc_type)
    assert h.title is not None and fold(title) in fold(h.title)


def test_meeting_without_holder_passing_a_numbered_plan_is_not_a_draft():
    h = header("Cuộc họp thông qua dự thảo Kế hoạch số 12-KH/HU của Huyện ủy về đại hội.\n")
    assert h.doc_type is None or h.number is not None


@pytest.mark.parametrize(("text", "doc_type", "name", "title"), [
    pytest.param("Ngày 18/3/2014, Huyện ủy Đại Lộc tổ chức Hội nghị quán triệt Nghị quyết Trung ương 8.\n\nQuang cảnh "
                 "hội nghị\n\nHội nghị đã thông qua các Chương trình của Huyện ủy thực hiện Nghị quyết Trung ương 8 "
                 "khóa XI về bảo vệ Tổ quốc.\n", "CTr", "Huyện ủy Đại Lộc", "thực hiện Nghị quyết Trung ương 8",
                 id="district-programmes"),
    pytest.param("Sáng 12/7/2021, Tỉnh ủy Lạng Sơn tổ chức Hội nghị lần thứ 4.\n\nHội nghị đã thông qua Chương trình "
                 "hành động của Tỉnh ủy thực hiện Nghị quyết Đại hội XIII của Đảng.\n", "CTr", "Tỉnh ủy Lạng Sơn",
                 "thực hiện Nghị quyết Đại hội XIII", id="province-action-programme"),
    pytest.param("Ngày 5/1/2024, Đảng ủy xã Tân Lập tổ chức Hội nghị Ban Chấp hành.\n\nHội nghị thông qua Kế hoạch của "
                 "Đảng ủy về công tác kiểm tra, giám sát năm 2024.\n", "KH", "Đảng ủy xã Tân Lập",
                 "công tác kiểm tra, giám sát năm 2024", id="commune-plan-about"),
    # blind49 c01: its draft among what the conference deploys, the list's item ending at its ';'
    pytest.param("Ngày 20-8, Ban Thường vụ Huyện ủy Tân Phước tổ chức hội nghị Ban Chấp hành Đảng bộ huyện triển khai "
                 "Chỉ thị 35-CT/TW của Bộ Chính trị; dự thảo kế hoạch của Ban Thường vụ Huyện ủy về đại hội đảng bộ "
                 "huyện nhiệm kỳ 2020 - 2025; sơ kết công tác quý III.\n", "KH", "Huyện ủy Tân Phước",
                 "về đại hội đảng bộ huyện nhiệm kỳ 2020 - 2025", id="district-draft-plan-deployed"),
    pytest.param("Sáng 3/3, Đảng ủy xã Mỹ Lộc tổ chức hội nghị quán triệt Nghị quyết Đại hội Đảng bộ huyện và dự thảo "
                 "Chương trình hành động của Đảng ủy thực hiện Nghị quyết Đại hội Đảng bộ huyện.\n", "CTr",
                 "Đảng ủy xã Mỹ Lộc", "thực hiện Nghị quyết Đại hội Đảng bộ huyện", id="commune-draft-programme"),
])
def test_conference_passing_its_holders_own_documents(text, doc_type, name, title):
    """blind43 g04: the holder's own documents passed at its conference, their committee named by its base."""
    h = header(text)
    assert (h.number, h.issued_on, h.doc_type) == (None, None, doc_type)
    assert h.issuer is not None and fold(name) in fold(h.issuer.name)
    assert h.title is not None and fold(title) in fold(h.title)


def test_conference_deploying_another_committees_draft_is_not_the_holders():
    h = header("Ngày 5/1/2024, Đảng ủy xã Tân Lập tổ chức Hội nghị Ban Chấp hành triển khai dự thảo Kế hoạch của "
               "Huyện ủy về công tác kiểm tra năm 2024.\n")
    assert h.doc_type is None or h.issuer is None or "Tân Lập" not in h.issuer.name


def test_conference_passing_another_committees_plan_is_not_the_holders():
    h = header("Ngày 5/1/2024, Đảng ủy xã Tân Lập tổ chức Hội nghị Ban Chấp hành.\n\nHội nghị thông qua Kế hoạch của "
               "Huyện ủy về công tác kiểm tra năm 2024.\n")
    assert h.doc_type is None or h.issuer is None or "Tân Lập" not in h.issuer.name


@pytest.mark.parametrize(("text", "number", "issued_on"), [
    pytest.param("Chiều 10-7, Ban Thường vụ Đảng ủy phường Bạch Mai tổ chức Hội nghị triển khai Kế hoạch tổ chức Đại "
                 "hội đại biểu Đảng bộ phường lần thứ I.\n\nCụ thể, Kế hoạch số 01-KH/ĐU, ngày 9-7-2025 của Đảng ủy “về "
                 "tổ chức đại hội các chi bộ trực thuộc”.\n", "01-KH/ĐU", date(2025, 7, 9), id="ward-board-committee"),
    pytest.param("Ban Thường vụ Huyện ủy Lục Nam triển khai Kế hoạch tổ chức Tháng hành động vì môi trường.\n\nKế "
                 "hoạch số 120-KH/HU ngày 05/6/2024 của Huyện ủy giao các chi bộ thực hiện.\n", "120-KH/HU",
                 date(2024, 6, 5), id="district-board-committee"),
    pytest.param("Thường trực Đảng ủy xã Tân Lập triển khai Hướng dẫn tổ chức đại hội chi bộ thôn.\n\nHướng dẫn số "
                 "05-HD/ĐU ngày 02/4/2025 của Đảng ủy xã Tân Lập nêu rõ các bước.\n", "05-HD/ĐU", date(2025, 4, 2),
                 id="commune-standing-office-guidance"),
])
def test_board_deploying_its_committees_plan_numbered_later(text, number, issued_on):
    """blind47 c03: a standing board deploys a plan the page numbers further on as its committee's (the name
    without its organ): that number and date are the page's."""
    h = header(text)
    assert (h.number, h.doc_type, h.issued_on) == (number, number.split("-")[1].split("/")[0], issued_on)


def test_board_deploying_a_plan_does_not_take_another_committees_number():
    h = header("Ban Thường vụ Đảng ủy phường Bạch Mai triển khai Kế hoạch tổ chức đại hội chi bộ.\n\nCác chi bộ "
               "tham khảo Kế hoạch số 15-KH/ĐU ngày 02/5/2025 của Đảng ủy phường Kim Liên.\n")
    assert h.number is None


@pytest.mark.parametrize(("text", "name", "title"), [
    pytest.param("Huyện ủy Thanh Liêm triển khai Kế hoạch thực hiện Nghị quyết Đại hội XX\n\nSáng 12/3, Ban Thường vụ "
                 "Huyện ủy Thanh Liêm tổ chức hội nghị triển khai Kế hoạch thực hiện Nghị quyết Đại hội Đảng bộ tỉnh.\n"
                 "Kế hoạch số 15-KH/TU ngày 5/2/2021 của Tỉnh ủy Hà Nam về thực hiện Nghị quyết đã đề ra các nhiệm vụ.\n",
                 "Huyện ủy Thanh Liêm", "thực hiện Nghị quyết Đại hội XX", id="district-under-province-plan"),
    pytest.param("Đảng ủy xã Liêm Cần triển khai Kế hoạch học tập chuyên đề năm 2021.\nKế hoạch số 20-KH/HU ngày "
                 "5/2/2021 của Huyện ủy Thanh Liêm yêu cầu các chi bộ tổ chức học tập.\n", "Đảng ủy xã Liêm Cần",
                 "học tập chuyên đề năm 2021", id="commune-under-district-plan"),
    pytest.param("Ủy ban MTTQ huyện Thanh Liêm triển khai Kế hoạch tổ chức Ngày hội Đại đoàn kết năm 2021.\nKế hoạch "
                 "số 15-KH/TU ngày 5/2/2021 của Tỉnh ủy Hà Nam đề ra các nhiệm vụ.\n", "Ủy ban MTTQ huyện Thanh Liêm",
                 "Ngày hội Đại đoàn kết năm 2021", id="front-under-province-plan"),
    pytest.param("Huyện ủy Thanh Liêm ban hành Kế hoạch thực hiện Nghị quyết Đại hội XX\n\nNgày 12/3, Huyện ủy Thanh "
                 "Liêm ban hành Kế hoạch thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX.\nKế hoạch số 15-KH/TU "
                 "ngày 5/2/2021 của Tỉnh ủy Hà Nam về thực hiện Nghị quyết đã đề ra các nhiệm vụ chủ yếu.\n",
                 "Huyện ủy Thanh Liêm", "thực hiện Nghị quyết Đại hội XX", id="district-issues-under-province-plan"),
    pytest.param("Đảng ủy phường Hà Đông triển khai Kế hoạch học tập Nghị quyết Đại hội\n\nSáng 20/10, Đảng ủy phường "
                 "Hà Đông tổ chức hội nghị triển khai Kế hoạch học tập, quán triệt Nghị quyết Đại hội Đảng bộ Thành "
                 "phố.\nKế hoạch số 03-KH/TU ngày 15/10/2025 của Thành ủy Hà Nội yêu cầu hoàn thành trong tháng 11.\n",
                 "Đảng ủy phường Hà Đông", "học tập Nghị quyết Đại hội", id="ward-under-city-plan"),
    pytest.param("Huyện ủy Thanh Liêm triển khai Kế hoạch thực hiện Nghị quyết Đại hội XX\n\nSáng 12/3, Ban Thường vụ "
                 "Huyện ủy Thanh Liêm tổ chức hội nghị triển khai Kế hoạch thực hiện Nghị quyết Đại hội Đảng bộ tỉnh.\n"
                 "Kế hoạch số 15-KH/TU ngày 5/2/2021 về thực hiện Nghị quyết đã đề ra các nhiệm vụ chủ yếu.\n",
                 "Huyện ủy Thanh Liêm", "thực hiện Nghị quyết Đại hội XX", id="no-issuer-province-code"),
])
def test_unnumbered_lead_over_another_bodys_numbered_line(text, name, title):
    """leftovers9: a lead deploying or issuing its subject's unnumbered plan, and a later line that opens with
    another committee's numbered plan: that line is the upper document, not the page's title line."""
    h = header(text)
    assert (h.number, h.issued_on, h.doc_type) == (None, None, "KH")
    assert h.issuer is not None and fold(name) in fold(h.issuer.name)
    assert h.title is not None and fold(title) in fold(h.title)


@pytest.mark.parametrize(("text", "number"), [
    pytest.param("Kế hoạch số 15-KH/TU ngày 5/2/2021 của Tỉnh ủy Hà Nam về thực hiện Nghị quyết Đại hội XX\n\nHuyện "
                 "ủy Thanh Liêm triển khai Kế hoạch thực hiện Nghị quyết Đại hội XX.\n", "15-KH/TU",
                 id="headline-above-the-lead"),
    pytest.param("Ban Thường vụ Huyện ủy Thanh Liêm triển khai Kế hoạch thực hiện Nghị quyết.\nKế hoạch số 20-KH/HU "
                 "ngày 5/2/2021 của Huyện ủy Thanh Liêm đề ra các nhiệm vụ.\n", "20-KH/HU", id="own-committee-below"),
    pytest.param("Đảng ủy xã Liêm Cần triển khai Kế hoạch học tập chuyên đề năm 2021.\nKế hoạch số 08-KH/ĐU ngày "
                 "5/2/2021 về học tập chuyên đề đề ra các nhiệm vụ.\n", "08-KH/ĐU", id="no-issuer-own-code-below"),
])
def test_numbered_line_of_the_leads_own_body_or_above_it_stands(text, number):
    assert header(text).number == number


@pytest.mark.parametrize(("text", "number", "issued_on", "name", "title"), [
    pytest.param("Văn bản mới (số tháng 10 năm 2025)\n\nThứ bảy - 27/09/2025 21:52\nẢnh: MV\n \n1. Kế hoạch số "
                 "26-KH/TU, ngày 22/9/2025 của Ban Thường vụ Tỉnh ủy An Giang về thực hiện Quy định số 144-QĐ/TW của "
                 "Bộ Chính trị về chuẩn mực đạo đức\nMục đích của Kế hoạch nhằm tổ chức thực hiện có hiệu quả.\n",
                 "26-KH/TU", date(2025, 9, 22), "Tỉnh ủy An Giang", "thực hiện Quy định số 144-QĐ/TW",
                 id="digest-plan-item"),
    pytest.param("Văn bản mới\n\nChỉ thị số 12-CT/TU, ngày 03/3/2025 của Ban Thường vụ Tỉnh ủy Lạng Sơn về tăng cường "
                 "công tác phòng, chống cháy rừng năm 2025\nChỉ thị yêu cầu các cấp ủy tập trung lãnh đạo.\n",
                 "12-CT/TU", date(2025, 3, 3), "Tỉnh ủy Lạng Sơn", "phòng, chống cháy rừng", id="digest-directive-line"),
])
def test_digest_item_told_by_its_type_word_is_the_pages_document(text, number, issued_on, name, title):
    """blind47 c01: a digest's item opens its line with a document named in full, then tells it by its type word
    alone ('Mục đích của Kế hoạch ...'): the page reports on that document."""
    h = header(text)
    assert (h.number, h.issued_on) == (number, issued_on)
    assert h.issuer is not None and fold(name) in fold(h.issuer.name)
    assert h.title is not None and fold(title) in fold(h.title)


@pytest.mark.parametrize("text", [
    pytest.param("Văn bản mới\n\n1. Kế hoạch số 26-KH/TU, ngày 22/9/2025 của Ban Thường vụ Tỉnh ủy An Giang về thực "
                 "hiện Quy định số 144-QĐ/TW\nCác cấp ủy tổ chức quán triệt đến cán bộ, đảng viên.\n",
                 id="named-once"),
    pytest.param("Tin hoạt động\n\nCác đại biểu nghe phổ biến Kế hoạch số 26-KH/TU, ngày 22/9/2025 của Ban Thường vụ "
                 "Tỉnh ủy An Giang về thực hiện Quy định số 144-QĐ/TW.\nKế hoạch đề ra nhiều nhiệm vụ.\n",
                 id="mid-sentence-mention"),
])
def test_document_named_once_or_inside_a_sentence_is_not_the_digests(text):
    h = header(text)
    assert h.number is None


# blind51 d07: a council's session passes its resolution, then a member's dismissal 'do đã có quyết định nghỉ hưu':
# a cause whose subject is left unsaid tells a decision someone received, not the page's document.
@pytest.mark.parametrize(("text", "name", "title"), [
    pytest.param("Chiều ngày 10/5/2021, HĐND huyện Quảng Điền khóa VI đã tiến hành kỳ họp bất thường.\n\nCác đại "
                 "biểu đã biểu quyết thông qua Nghị quyết về việc tán thành chủ trương sáp nhập thôn Phú Lương.\n\n"
                 "HĐND huyện cũng biểu quyết thông qua Nghị quyết về việc miễn nhiệm Ủy viên UBND huyện đối với ông "
                 "Lê Văn A do đã có quyết định nghỉ hưu theo chế độ.\n", "Quảng Điền", "sáp nhập thôn Phú Lương",
                 id="retirement-decision"),
    pytest.param("Sáng 3/8/2022, HĐND xã Đắk Ngọk tổ chức kỳ họp chuyên đề.\n\nKỳ họp biểu quyết thông qua Nghị "
                 "quyết về việc điều chỉnh kế hoạch đầu tư công năm 2022.\n\nKỳ họp cũng miễn nhiệm chức danh Phó Chủ "
                 "tịch UBND xã đối với bà Y Hoa vì đã có quyết định điều động công tác.\n", "Đắk Ngọk",
                 "điều chỉnh kế hoạch đầu tư công", id="transfer-decision-vi"),
    pytest.param("Ngày 20/6/2023, HĐND thị xã Đức Phổ tổ chức kỳ họp thứ 12.\n\nKỳ họp đã thông qua Nghị quyết về "
                 "việc đặt tên đường trên địa bàn thị xã.\n\nKỳ họp thông qua việc miễn nhiệm đối với ông B do có quyết "
                 "định nghỉ hưu.\n", "Đức Phổ", "đặt tên đường", id="cause-bare"),
])
def test_cause_clause_decision_is_no_lead(text, name, title):
    h = header(text)
    assert h.doc_type == "NQ" and h.issuer is not None and fold(name) in fold(h.issuer.name)
    assert h.title is not None and fold(title) in fold(h.title)


def test_subject_that_has_a_decision_still_leads():
    h = header("UBND huyện Phú Lộc đã có Quyết định số 125/QĐ-UBND ngày 3/3/2021 về việc thành lập Tổ công tác.\n")
    assert h.number is not None and str(h.number) == "125/QĐ-UBND" and h.issued_on == date(2021, 3, 3)


# blind51 d04: a tag page opens on a body acting, placed by its province after a comma ('..., Ban Thường vụ Huyện ủy
# Đakrông, tỉnh Quảng Trị đã chỉ đạo ...'); a later paragraph's review of a directive ('Sau 10 năm thực hiện Chỉ
# thị số 40-CT/TW ...') is cited, not the page's document.
@pytest.mark.parametrize(("text", "name", "level", "province"), [
    pytest.param("Sau khi có chủ trương sáp nhập thôn, Ban Thường vụ Huyện ủy Hướng Hóa, tỉnh Quảng Trị đã chỉ đạo "
                 "UBND huyện rà soát các thôn.\nSau 5 năm thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính "
                 "trị về đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh (gọi tắt Chỉ thị số 05), huyện đạt nhiều "
                 "kết quả.\n", "Huyện ủy Hướng Hóa", "district", "Quảng Trị", id="district-committee-directs"),
    pytest.param("Trước mùa mưa bão, UBND huyện Krông Pa, tỉnh Gia Lai đã yêu cầu các xã kiểm tra hồ đập.\nSau 10 năm "
                 "thực hiện Chỉ thị số 40-CT/TW, ngày 22/11/2014 của Ban Bí thư về tín dụng chính sách xã hội (gọi "
                 "tắt Chỉ thị số 40), huyện đã giải ngân hơn 300 tỷ đồng.\n", "UBND huyện Krông Pa", "district",
                 "Gia Lai", id="district-committee-requires"),
])
def test_acting_subject_placed_after_a_comma_over_a_later_review(text, name, level, province):
    h = header(text)
    assert h.number is None and h.doc_type is None
    assert h.issuer is not None and fold(name) in fold(h.issuer.name) and h.issuer.level == level
    assert h.issuer.locality.province == province


# blind51 d05: a portal's post linking its own document's file by number ('Xem Thông báo số 190/TB-UBND ngày
# 09/10/2017 của UBND huyện tại đây'): the linked number and date are the post's.
@pytest.mark.parametrize(("text", "number", "issued_on"), [
    pytest.param("Công bố và lấy ý kiến xã Ea Hồ đủ điều kiện đạt chuẩn nông thôn mới\n\nUBND huyện đề nghị nhân dân "
                 "góp ý.\n\nXem Thông báo số 190/TB-UBND ngày 09/10/2017 của UBND huyện tại đây\n", "190/TB-UBND",
                 date(2017, 10, 9), id="notice-linked"),
    pytest.param("Kế hoạch tổ chức Tết trồng cây năm 2023\n\nUBND xã triển khai đến các thôn.\n\nXem chi tiết Kế "
                 "hoạch số 12/KH-UBND ngày 3 tháng 2 năm 2023 tại đây.\n", "12/KH-UBND", date(2023, 2, 3),
                 id="plan-linked-written-date"),
    pytest.param("Tải về Quyết định số 45/QĐ-UBND (file đính kèm)\n", "45/QĐ-UBND", None, id="decision-undated"),
])
def test_post_linking_its_document_by_number(text, number, issued_on):
    h = header(text)
    assert h.number is not None and str(h.number) == number and h.issued_on == issued_on


def test_post_linking_two_documents_names_neither():
    h = header("Văn bản chỉ đạo\n\nXem Kế hoạch số 12/KH-UBND tại đây\nXem Kế hoạch số 13/KH-UBND tại đây\n")
    assert h.number is None


# blind51 d09 (sweepI2's KNOWN 'working-delegation'): a committee's working delegation visiting another body holds
# the working session; a commune's portal may write the committee in lower case.
@pytest.mark.parametrize(("text", "name", "province"), [
    pytest.param("Ngày 22/02/2022, Đoàn công tác BTV Huyện ủy Tháp Mười do ông Đinh Minh Dũng làm trưởng đoàn đến làm "
                 "việc với Đảng ủy xã Mỹ Đông.\n", "Huyện ủy Tháp Mười", "Đồng Tháp", id="led-by-then-comes"),
    pytest.param("Ngày 5/4, Đoàn công tác của ban thường vụ huyện uỷ Đắk Song đã có buổi làm việc với đảng ủy xã Nâm "
                 "N'Jang.\n", "Ban Thường vụ Huyện ủy Đắk Song", "Đắk Nông", id="lower-case-committee"),
    pytest.param("Sáng 3/5, Đoàn kiểm tra của Ban Thường vụ Huyện ủy Chư Păh làm việc với Đảng ủy xã Ia Ka.\n",
                 "Huyện ủy Chư Păh", "Gia Lai", id="inspection-team"),
])
def test_working_delegation_holds_the_session(text, name, province):
    h = header(text)
    assert h.number is None and h.doc_type is None
    assert h.issuer is not None and fold(name) in fold(h.issuer.name) and h.issuer.level == "district"
    assert h.issuer.locality.province == province


@pytest.mark.parametrize("text", [
    pytest.param("Ngày 5/4, Đoàn công tác do đồng chí Bí thư Huyện ủy dẫn đầu đã làm việc với Đảng ủy xã.\n",
                 id="no-body-named"),
    pytest.param("Ngày 5/4, Đoàn công tác của Huyện ủy làm việc với Đảng ủy xã về Kế hoạch số 12-KH/ĐU.\n",
                 id="unplaced-committee"),
])
def test_working_delegation_names_no_unplaced_holder(text):
    h = header(text)
    assert h.issuer is None or h.issuer.locality.district is None


# blind52: a lead opening on a list of documents it carries out ('Quán triệt Nghị quyết số 12-NQ/TW ..., Kế hoạch số
# 118-KH/ĐUCA ... của Đảng ủy Công an Trung ương về việc thực hiện ..., Đảng ủy Công an tỉnh ... đã ... triển khai'):
# every item is a parent, none the page's own document, though the page names one again ('Kế hoạch số 118').
# Must not fire: the page's own document issued in the same sentence ('..., Ban Thường vụ Huyện ủy ban hành ...').
_CAND = ("về đẩy mạnh xây dựng lực lượng Công an nhân dân thật sự trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện "
         "đại, đáp ứng yêu cầu, nhiệm vụ trong tình hình mới")
_CT35 = ("Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị về Đại hội đảng bộ các cấp tiến tới Đại hội đại biểu "
         "toàn quốc lần thứ XIII của Đảng")
_KH150 = "Kế hoạch số 150-KH/TU, ngày 07/10/2019 của Ban Thường vụ Tỉnh ủy về tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025"
_BLOC_DEPLOYS = (", Đảng ủy Khối các cơ quan tỉnh đã tổ chức hội nghị triển khai tới các tổ chức cơ sở đảng trực thuộc "
                 "trong toàn Đảng bộ Khối.\nTheo Kế hoạch số 150, đại hội cấp cơ sở hoàn thành trong quý II/2020.\n")


@pytest.mark.parametrize(("text", "parents"), [
    pytest.param(f"Quán triệt Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị {_CAND}, Kế hoạch số 118-KH/ĐUCA, "
                 "ngày 25/5/2022 của Đảng ủy Công an Trung ương về việc thực hiện Nghị quyết số 12, Đảng ủy Công an tỉnh "
                 "Nam Định đã khẩn trương tổ chức chỉ đạo, triển khai tới các chi, đảng bộ trực thuộc Đảng ủy Công an "
                 "tỉnh.\nCác chi bộ đã quán triệt Kế hoạch số 118 của Đảng ủy Công an Trung ương.\n",
                 ("12-NQ/TW", "118-KH/ĐUCA"), id="quan-triet-comma-list"),
    pytest.param(f"Thực hiện {_CT35}, {_KH150}{_BLOC_DEPLOYS}", ("35-CT/TW", "150-KH/TU"), id="thuc-hien-comma-list"),
    pytest.param(f"Thực hiện {_CT35}; {_KH150}{_BLOC_DEPLOYS}", ("35-CT/TW", "150-KH/TU"), id="thuc-hien-semicolon-list"),
])
def test_carry_out_list_names_no_own_document(text, parents):
    from loaders.parse import parse_text
    r = parse_text(text)
    assert r.number is None and r.doc_type is None and r.issued_on is None
    assert [str(p.number) for p in r.implements] == list(parents)


def test_carry_out_list_keeps_the_document_issued_in_it():
    from loaders.parse import parse_text
    r = parse_text(f"Thực hiện {_CT35}, Ban Thường vụ Huyện ủy Kim Động ban hành Kế hoạch số 20-KH/HU, ngày 5/11/2019 về "
                   "tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025 trong toàn Đảng bộ huyện.\nKế hoạch số 20 yêu "
                   "cầu các chi bộ hoàn thành đại hội trong quý II/2020.\n")
    assert str(r.number) == "20-KH/HU" and [str(p.number) for p in r.implements] == ["35-CT/TW"]
