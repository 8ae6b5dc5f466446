"""Citations, implements and chain on realistic snippets from other provinces, years and types."""
# ruff: noqa: E501  (tables of real-looking Vietnamese text read better unwrapped)

from __future__ import annotations

from datetime import date

import pytest

from loaders.citations import extract_references
from loaders.header import Header

NO_HEADER = Header()


def refs(text: str, header: Header = NO_HEADER):
    return extract_references(text.split("\n"), header)


def numbers(text: str) -> list[str]:
    return [r.number for r in refs(text).citations if r.number]


# (text, [(number, ISO date or None, issuer or None)])
CITED = [
    ("Thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục",
     [("43-NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương Đảng khóa XIII")]),
    ("theo Chương trình hành động số 75-CTr/TU, ngày 06/3/2024 của Tỉnh ủy Lâm Đồng về thực hiện",
     [("75-CTr/TU", "2024-03-06", "Tỉnh ủy Lâm Đồng")]),
    ("Kế hoạch số 53/KH-UBND ngày ngày 7 tháng 3 năm 2024 của Ủy ban nhân dân huyện Tiên Lãng triển khai",
     [("53/KH-UBND", "2024-03-07", "Ủy ban nhân dân huyện Tiên Lãng")]),
    ("Quyết định số 1580/QĐ-UBND ngày 12-5-2023 của UBND tỉnh Quảng Ninh về việc",
     [("1580/QĐ-UBND", "2023-05-12", "UBND tỉnh Quảng Ninh")]),
    ("Nghị định số 98/2022/NĐ-CP, ngày 31/12/2023 của Chính Phủ quy định chi tiết",
     [("98/2022/NĐ-CP", "2023-12-31", "Chính Phủ")]),
    ("theo Nghị quyết số 26/NQ-MTTW-ĐCT, ngày 11/11/2023 của Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.",
     [("26/NQ-MTTW-ĐCT", "2023-11-11", "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")]),
    ("Triển khai Nghị quyết 06-NQ/ThU ngày 24/12/2021 của Thành ủy về phát triển",
     [("06-NQ/ThU", "2021-12-24", "Thành ủy")]),
    ("Quy định số 124-QĐ/TW của Ban Bí thư (khóa XII) về giám sát",
     [("124-QĐ/TW", None, "Ban Bí thư (khóa XII)")]),
    ("thực hiện Chỉ thị số 05 – CT/TW ngày 15.5.2016 của Bộ Chính trị khóa XII “Về đẩy mạnh",
     [("05-CT/TW", "2016-05-15", "Bộ Chính trị khóa XII")]),
    ("Hướng dẫn số 12-HD/BTGTU ngày 3/4/2024 của Ban Tuyên giáo Tỉnh ủy Thanh Hóa; Kế hoạch số 7-KH/ĐU",
     [("12-HD/BTGTU", "2024-04-03", "Ban Tuyên giáo Tỉnh ủy Thanh Hóa"), ("7-KH/ĐU", None, None)]),
    ("Nghị quyết số 43-\nNQ/TW và Nghị quyết số 45-NQ/TW ngày 24/11/2023 Hội nghị lần thứ 8",
     [("43-NQ/TW", None, None), ("45-NQ/TW", "2023-11-24", None)]),
]


@pytest.mark.parametrize(("text", "expected"), CITED)
def test_cited(text, expected):
    got = [(r.number, r.issued_on.isoformat() if r.issued_on else None, r.issuer) for r in refs(text).citations]
    assert got == expected


def test_list_shares_date_and_issuer():
    r = refs("thực hiện có hiệu quả Quyết định số 217-QĐ/TW, 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị (khóa XI) về")
    assert [(c.number, c.issued_on, c.issuer) for c in r.citations] == [
        ("217-QĐ/TW", date(2013, 12, 12), "Bộ Chính trị (khóa XI)"),
        ("218-QĐ/TW", date(2013, 12, 12), "Bộ Chính trị (khóa XI)"),
    ]


def test_same_number_two_dates_is_two_documents_and_undated_mention_reuses():
    text = ("Chương trình hành động số 33-CTr/HU ngày 12/4/2023 về thực hiện Nghị quyết số 19-NQ/TW, ngày 16/6/2022, "
            "Hội nghị lần thứ năm.\nChương trình số 23-CT/HU ngày 03/5/2018 về thực hiện Nghị quyết số 19-NQ/TW "
            "ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng (khóa XII).\nQuán triệt Nghị quyết số 19-NQ/TW.")
    got = sorted((c.number, c.issued_on) for c in refs(text).citations if c.number == "19-NQ/TW")
    assert got == [("19-NQ/TW", date(2017, 10, 25)), ("19-NQ/TW", date(2022, 6, 16))]


def test_impossible_date_keeps_citation_and_warns():
    r = refs("Chỉ thị số 30-CT/HU ngày 30/02/2023 về đẩy mạnh cải cách hành chính")
    assert [(c.number, c.issued_on) for c in r.citations] == [("30-CT/HU", None)]
    assert r.warnings == ["impossible date 30/02/2023 in citation 30-CT/HU"]


def test_own_number_is_not_a_citation():
    h = Header(number="131-KH/HU", issued_on=date(2024, 1, 5))
    text = "Số 131 -KH/HU\nKế hoạch số 131-KH/HU của Ban Thường vụ\nThực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023"
    assert [c.number for c in refs(text, h).citations] == ["43-NQ/TW"]


def test_footnote_citations_count():
    text = ("1.4. Tạo điều kiện thuận lợi, vững mạnh.\n"
            "¹ Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới; Kết luận số 58-KL/TW của "
            "Ban Bí thư Trung ương Đảng về tổ chức; Nghị quyết của Bộ Chính trị về tăng cường")
    assert numbers(text) == ["02-NQ/TW", "58-KL/TW"]


def test_junk_numbers_are_not_citations():
    text = ("giai đoạn 2021-2025, ngày 24/11/2023, tỷ lệ 16/16 xã, mã 43-XX/TW, Luật số 10/2022/QH15, "
            "Công văn số 123/UBND-VX")
    assert numbers(text) == []


# (front matter, what it implements)
IMPLEMENTS = [
    # the outer document only, never the one nested in its 'về thực hiện' clause
    ("KẾ HOẠCH\nThực hiện Kế hoạch số 250-KH/TU ngày 25/12/2023 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết "
     "số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khoá XIII. Ban Thường vụ Huyện ủy xây dựng "
     "Kế hoạch thực hiện như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Thực hiện Nghị quyết số 02-NQ/TW.",
     ["250-KH/TU"]),
    # 'Căn cứ' is a legal basis, not what is carried out; siblings joined by 'và' both count
    ("KẾ HOẠCH\nCăn cứ Quyết định số 12-QĐ/TW ngày 1/1/2020 của Bộ Chính trị;\nThực hiện Chương trình hành "
     "động số 30-CTr/TU ngày 5/3/2024 của Ban Thường vụ Tỉnh ủy Nghệ An và Kế hoạch số 20-KH/BDVTU ngày 9/3/2024 "
     "của Ban Dân vận Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch:\nI. MỤC ĐÍCH",
     ["30-CTr/TU", "20-KH/BDVTU"]),
    # a lower-case title opening; a mention later in the body is not an opener
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung ương\n"
     "I. MỤC ĐÍCH\n- Thực hiện Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị.",
     ["43-NQ/TW"]),
    # a state plan of another province; 'Triển khai thực hiện' opener
    ("KẾ HOẠCH\nTriển khai thực hiện Kế hoạch số 88-KH/TU ngày 02/02/2024 của Tỉnh ủy Bắc Ninh\n"
     "II. NỘI DUNG", ["88-KH/TU"]),
    # nothing implemented: a report
    ("BÁO CÁO\nKết quả 5 năm thực hiện Chỉ thị số 05-CT/TW\nI. KẾT QUẢ", []),
]


@pytest.mark.parametrize(("text", "expected"), IMPLEMENTS)
def test_implements(text, expected):
    assert [r.number for r in refs(text).implements] == expected


def test_unnumbered_mention_resolves_through_numbered_one():
    text = ("KẾ HOẠCH\nTriển khai thực hiện Chương trình hành động của Ban Thường vụ\n"
            "Thành ủy thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023\n"
            "Thực hiện Kế hoạch số 53/KH-UBND ngày 7 tháng 3 năm 2024 của Ủy ban nhân dân huyện Tiên Lãng triển "
            "khai thực hiện Chương trình hành động của Ban Thường vụ Thành ủy thực hiện Nghị quyết số 43-NQ/TW "
            "ngày 24/11/2023 của Ban chấp hành Trung ương Đảng khóa XIII, Ủy ban nhân dân xã Tự Cường ban hành "
            "Kế hoạch\nI. MỤC ĐÍCH\n- Cụ thể hoá Chương trình hành động số 66-CTr/TU ngày 02/02/2024 của Ban "
            "Thường vụ Thành uỷ Hải Phòng thực hiện Nghị quyết số 43-NQ/TW.\n- Chương trình hành động của "
            "Chính phủ thực hiện Nghị quyết số 43-NQ/TW.")
    r = refs(text)
    assert sorted(c.number for c in r.citations) == ["43-NQ/TW", "53/KH-UBND", "66-CTr/TU"]
    assert {(a.number, b.number) for a, b in r.chain} == {
        ("53/KH-UBND", "66-CTr/TU"), ("66-CTr/TU", "43-NQ/TW")}
    assert [x.number for x in r.implements] == ["66-CTr/TU", "53/KH-UBND"]


def test_unnumbered_mention_with_several_candidates_stays_out():
    text = ("Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị; Nghị quyết số 41-NQ/TW ngày 10/10/2023 "
            "của Bộ Chính trị; Nghị quyết của Bộ Chính trị về công tác Cựu chiến binh")
    assert numbers(text) == ["02-NQ/TW", "41-NQ/TW"]


CHAINS = [
    ("Kế hoạch số 122-KH/TU, ngày 28/02/2022 của Ban Thường vụ Thành ủy về thực hiện Kết luận số 21-KL/TW của Ban",
     {("122-KH/TU", "21-KL/TW")}),
    ("Kế hoạch số 208-KH/ThU ngày 26/01/2024 của Thành ủy Đà Lạt về thực hiện Chương trình hành động số 69-CTr/TU "
     "của Tỉnh ủy Lâm Đồng thực hiện Nghị quyết số 41-NQ/TW, ngày 10/10/2023 của Bộ Chính trị",
     {("208-KH/ThU", "69-CTr/TU"), ("69-CTr/TU", "41-NQ/TW")}),
    # 'tiếp tục thực hiện', 'gắn với' and 'theo' are plain citations (DOMAIN §3)
    ("Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW", set()),
    ("Kế hoạch số 5-KH/HU gắn với Nghị quyết số 43-NQ/TW; Kế hoạch số 6-KH/HU theo Chỉ thị số 18-CT/TW", set()),
    # a chain never crosses a paragraph: the title's last number and the preamble's first
    ("về thực hiện Nghị quyết số 43-NQ/TW\nThực hiện Chương trình số 30-CTr/TU ngày 5/3/2024", set()),
]


@pytest.mark.parametrize(("text", "expected"), CHAINS)
def test_chain(text, expected):
    assert {(a.number, b.number) for a, b in refs(text).chain} == expected


def test_basis_stands_in_only_when_nothing_is_carried_out():
    text = ("KẾ HOẠCH\nCăn cứ Luật Tổ chức chính quyền địa phương năm 2015;\nCăn cứ Quyết định số 99-QĐ/TW ngày "
            "1/1/2020 của Ban Bí thư;\nCăn cứ Kế hoạch số 99-KH/ThU ngày 01/3/2024 của Ban Thường vụ Thành ủy Buôn "
            "Ma Thuột về thực hiện Nghị quyết số 43-NQ/TW, UBND thành phố ban hành Kế hoạch:\nI. MỤC ĐÍCH")
    assert [r.number for r in refs(text).implements] == ["99-KH/ThU"]
    with_opener = text.replace("Căn cứ Kế hoạch", "Thực hiện Kế hoạch").replace("Căn cứ Quyết định", "Thực hiện Quyết định")
    assert [r.number for r in refs(with_opener).implements] == ["99-QĐ/TW", "99-KH/ThU"]


def test_preamble_after_a_situation_section_and_semicolon_siblings():
    text = ("NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ THÀNH UỶ\nvề phát triển kinh tế đêm\nI. TÌNH HÌNH VÀ NGUYÊN NHÂN\n"
            "Thời gian qua, các hoạt động dịch vụ về đêm bước đầu hình thành.\n"
            "Thực hiện Nghị quyết số 06-NQ/TU ngày 20/12/2023 của Ban Chấp hành Đảng bộ tỉnh Đắk Lắk về phát triển "
            "du lịch giai đoạn 2023 - 2030; Quyết định số 1129/QĐ-TTg ngày 27/7/2020 của Thủ tướng Chính phủ phê "
            "duyệt Đề án, Ban Thường vụ Thành ủy ban hành Nghị quyết với những nội dung sau:\n"
            "II. QUAN ĐIỂM, MỤC TIÊU\n1. Thực hiện Nghị quyết số 45-NQ/TW.")
    assert [(r.number, r.issued_on) for r in refs(text).implements] == [
        ("06-NQ/TU", date(2023, 12, 20)), ("1129/QĐ-TTg", date(2020, 7, 27))]


def test_basis_after_semicolon_is_not_implemented():
    text = ("KẾ HOẠCH\nThực hiện Kế hoạch số 12-KH/TU ngày 25/7/2025 của Ban Thường vụ Tỉnh ủy Ninh Bình về tổ chức "
            "Đại hội; căn cứ Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội, Ban Thường vụ Đảng ủy xã "
            "xây dựng Kế hoạch như sau:\nI. MỤC ĐÍCH")
    assert [r.number for r in refs(text).implements] == ["12-KH/TU"]


SIBLINGS = [
    # 'và' after the first document's whole clause: both are carried out
    ("KẾ HOẠCH\nThực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp và Kết luận "
     "số 118-KL/TW ngày 18/01/2025 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy Lào Cai ban hành Kế hoạch:\nI. MỤC ĐÍCH",
     ["35-CT/TW", "118-KL/TW"]),
    # '; ' after an about-clause that itself says 'triển khai'
    ("KẾ HOẠCH\nThực hiện Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư về triển khai nghiên cứu "
     "sắp xếp bộ máy; Kế hoạch số 47-KH/BCĐ ngày 01/3/2025 của Ban Chỉ đạo Trung ương, Ban Thường vụ Tỉnh uỷ ban hành "
     "Kế hoạch:\nI. MỤC ĐÍCH", ["127-KL/TW", "47-KH/BCĐ"]),
    # 'X ... về thực hiện A và B': A and B belong to X's own clause
    ("KẾ HOẠCH\nThực hiện Kế hoạch số 99-KH/TU ngày 2/2/2024 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số "
     "43-NQ/TW và Kết luận số 21-KL/TW của Ban Chấp hành Trung ương, Ban Thường vụ Huyện ủy ban hành Kế hoạch:\n"
     "I. MỤC ĐÍCH", ["99-KH/TU"]),
]


@pytest.mark.parametrize(("text", "expected"), SIBLINGS)
def test_implemented_siblings(text, expected):
    assert [r.number for r in refs(text).implements] == expected
