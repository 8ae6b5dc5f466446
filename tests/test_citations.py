"""Citations, implements and chain on realistic snippets from other provinces, years and types."""
# ruff: noqa: E501  (tables of real-looking Vietnamese text read better unwrapped)

from __future__ import annotations

from datetime import date

import pytest

from loaders.citations import extract_references
from loaders.header import Header
from loaders.parse import parse_text

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

# --- leftovers: department letters numbered with their own code alone ---
CITED += [
    ("Căn cứ Kế hoạch số 12/KH-UBND ngày 31/01/2021 của UBND tỉnh Thanh Hóa; Công văn số 197/STTTT ngày "
     "02/2/2021 của Sở Thông tin và Truyền thông về tuyên truyền bầu cử",
     [("12/KH-UBND", "2021-01-31", "UBND tỉnh Thanh Hóa"),
      ("197/STTTT", "2021-02-02", "Sở Thông tin và Truyền thông")]),
    ("Thực hiện chỉ đạo của Ban Chỉ đạo quốc gia về phòng, chống thiên tai tại Công văn số 30/QGPCTT ngày "
     "11/5/2022, tham mưu UBND tỉnh",
     [("30/QGPCTT", "2022-05-11", "Ban Chỉ đạo quốc gia về phòng, chống thiên tai")]),
    ("Kết luận số 1001/PGD&ĐT ngày 06/9/2012 của Phòng Giáo dục và Đào tạo thành phố về dạy học",
     [("1001/PGD&ĐT", "2012-09-06", "Phòng Giáo dục và Đào tạo thành phố")]),
    ("theo Công văn số 2391/SGD&ĐT-GDTrH ngày 12/10/2012 của Sở Giáo dục và Đào tạo về kiểm tra",
     [("2391/SGD&ĐT-GDTrH", "2012-10-12", "Sở Giáo dục và Đào tạo")]),
    ("Thực hiện Công văn số 103-CV/BCĐ 35, ngày 17/02/2023 của Ban Chỉ đạo 35 cấp tỉnh về triển khai Cuộc thi",
     [("103-CV/BCĐ35", "2023-02-17", "Ban Chỉ đạo 35")]),
    ("Nghị quyết số 43-NQ/TW 24/11/2023 của Ban Chấp hành Trung ương", [("43-NQ/TW", None, None)]),
    # not a number: an outline item opening with a code, a unit after the slash
    ("3/ PGDĐT chủ trì tổ chức kiểm tra; 2/Phòng Tư pháp phối hợp", []),
    # blind29: one body's pair joined by 'và', its issuer written once after the second (not its date: the
    # two may be of different days)
    ("Căn cứ Hướng dẫn số 235/HD-TƯHCTĐ và Kế hoạch số 236/KH-TƯHCTĐ ngày 04/11/2022 của Trung ương Hội Chữ thập "
     "đỏ Việt Nam về việc triển khai", [("235/HD-TƯHCTĐ", None, "Trung ương Hội Chữ thập đỏ Việt Nam"),
                                        ("236/KH-TƯHCTĐ", "2022-11-04", "Trung ương Hội Chữ thập đỏ Việt Nam")]),
    ("Thực hiện Chỉ thị số 05-CT/TU và Kế hoạch số 21-KH/TU ngày 10/5/2023 của Ban Thường vụ Tỉnh ủy về",
     [("05-CT/TU", None, "Ban Thường vụ Tỉnh ủy"), ("21-KH/TU", "2023-05-10", "Ban Thường vụ Tỉnh ủy")]),
    # ... not two bodies' documents (the codes differ, or the central 'TW' several bodies share), nor a pair
    # with more than 'và' between
    ("Thực hiện Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về",
     [("05-CT/TW", None, None), ("01-KL/TW", "2021-05-18", "Bộ Chính trị")]),
    ("Thực hiện Nghị quyết số 18-NQ/TW và Kế hoạch số 12-KH/TU ngày 03/3/2018 của Ban Thường vụ Tỉnh ủy về",
     [("18-NQ/TW", None, None), ("12-KH/TU", "2018-03-03", "Ban Thường vụ Tỉnh ủy")]),
    ("Căn cứ Hướng dẫn số 235/HD-TƯHCTĐ; Kế hoạch số 236/KH-TƯHCTĐ ngày 04/11/2022 của Trung ương Hội Chữ thập đỏ",
     [("235/HD-TƯHCTĐ", None, None), ("236/KH-TƯHCTĐ", "2022-11-04", "Trung ương Hội Chữ thập đỏ")]),
    # blind47 c02: a news item's bare date in brackets after the number, in either separator; a bracketed term
    # or a year alone is no date
    ("Sở Y tế phổ biến, quán triệt Nghị quyết số 72-NQ/TW (09/9/2025) về các giải pháp đột phá",
     [("72-NQ/TW", "2025-09-09", None)]),
    ("Thực hiện Chỉ thị số 45-CT/TW ( 14-4-2025 ) của Bộ Chính trị về đại hội đảng bộ các cấp",
     [("45-CT/TW", "2025-04-14", "Bộ Chính trị")]),
    ("Quán triệt Nghị quyết số 57-NQ/TW (22.12.2024) của Bộ Chính trị về đột phá phát triển khoa học",
     [("57-NQ/TW", "2024-12-22", "Bộ Chính trị")]),
    ("Thực hiện Nghị quyết số 05-NQ/TU (2021-2025) về phát triển du lịch", [("05-NQ/TU", None, None)]),
    ("Thực hiện Kế hoạch số 12-KH/UBND (năm 2025) về chuyển đổi số", [("12-KH/UBND", None, None)]),
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
    # Laws ('10/2022/QH15') and official letters ('123/UBND-VX') are real numbers (issue 8): cited once
    # docnumber reads their shapes, so they are not in this list.
    text = "giai đoạn 2021-2025, ngày 24/11/2023, tỷ lệ 16/16 xã, mã 43-XX/TW, số 0-KH/TU"
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
    # blind2: a programme of action numbered with its own code ('CTrHĐ', 'CTHĐ') is a parent like any
    ("KẾ HOẠCH\nThực hiện Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ và Chương trình hành động số "
     "29-CTrHĐ/TU ngày 01/01/2023 của Thành ủy về thực hiện Nghị quyết số 20-NQ/TW\nI. MỤC TIÊU",
     ["09/NQ-CP", "29-CTrHĐ/TU"]),
    ("KẾ HOẠCH\nThực hiện Chương trình hành động số 15-CTrHĐ/HU ngày 3/5/2022 của Ban Thường vụ Huyện ủy, "
     "UBND huyện ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH", ["15-CTrHĐ/HU"]),
    ("KẾ HOẠCH\nThực hiện Chương trình hành động số 12-CTHĐ/TU ngày 10/1/2021 của Tỉnh ủy, Ban Thường vụ "
     "Huyện ủy ban hành Kế hoạch:\nI. MỤC ĐÍCH", ["12-CTHĐ/TU"]),
    # blind2: the basis as the first section ('I. CĂN CỨ ...'), its items numbered or bulleted
    ("KẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI\nI. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
     "1. Quyết định số 924/QĐ-TTg ngày 22/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số;\n"
     "2. Thông tư 05/2022/TT-BNNPTNT ngày 25/7/2022 của Bộ Nông nghiệp và Phát triển nông thôn.\n"
     "II. MỤC TIÊU\n1. Thực hiện Kế hoạch số 12/KH-UBND ngày 3/1/2023 của UBND tỉnh.", ["924/QĐ-TTg"]),
    ("KẾ HOẠCH\nCải cách hành chính năm 2024\nI. CĂN CỨ PHÁP LÝ\n- Luật Tổ chức chính quyền địa phương năm 2015;\n"
     "- Nghị định số 30/2020/NĐ-CP ngày 5/3/2020 của Chính phủ về công tác văn thư;\n- Kế hoạch số 45/KH-UBND ngày "
     "3/3/2023 của UBND tỉnh về cải cách hành chính;\nII. MỤC ĐÍCH, YÊU CẦU\n", ["45/KH-UBND"]),
    ("KẾ HOẠCH\nTuyên truyền năm 2022\nI. CƠ SỞ XÂY DỰNG KẾ HOẠCH\n1. Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ "
     "Chính trị;\n2. Kế hoạch số 120-KH/TU ngày 2/3/2022 của Ban Thường vụ Tỉnh ủy.\nII. MỤC ĐÍCH\n",
     ["05-CT/TW", "120-KH/TU"]),
    # realworld k20: the section run onto its heading's line, ' - ' before each item, the page's last line
    ("I. CĂN CỨ LẬP KẾ HOẠCH - Luật Giao dịch điện tử năm 2023; - Nghị quyết số 05-NQ/TU ngày 22/10/2021 của Ban "
     "Chấp hành Đảng bộ tỉnh về chuyển đổi số; - Nghị định số 47/2020/NĐ-CP ngày 9/4/2020 của Chính phủ về quản lý "
     "dữ liệu số; - Kế hoạch số 45/KH-UBND ngày 3/3/2023 của UBND tỉnh về chuyển đổi số", ["05-NQ/TU", "45/KH-UBND"]),
    ("KẾ HOẠCH\nChuyển đổi số năm 2024\nI. CĂN CỨ PHÁP LÝ - Nghị định số 47/2020/NĐ-CP ngày 9/4/2020 của Chính phủ; "
     "- Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\nII. MỤC ĐÍCH\n1. Thực hiện tốt công tác Thi đua - "
     "Khen thưởng theo Kế hoạch số 12/KH-UBND ngày 3/1/2023.", ["05-CT/TW"]),
    # blind38: the section's items with no mark, each opening a line of its own (a PDF copy of a commune's plan):
    # the plans among them are carried out, a decree is basis, a wrapped line is no item
    ("KẾ HOẠCH\nThực hiện Chuyển đổi số toàn diện\nI. CĂN CỨ PHÁP LÝ\nNghị định số 47/2020/NĐ-CP ngày 9/4/2020 "
     "của Chính phủ về quản lý\ndữ liệu số;\nKế hoạch số 59/KH-UBND ngày 01/3/2022 của Uỷ ban nhân dân tỉnh Quảng\n"
     "Ninh về thực hiện Chuyển đổi số toàn diện tỉnh Quảng Ninh;\nKế hoạch số 131-KH/TU ngày 11/3/2022 của Ban "
     "Thường vụ Thành uỷ Hạ Long;\nII. MỤC ĐÍCH, YÊU CẦU\n", ["59/KH-UBND", "131-KH/TU"]),
    ("KẾ HOẠCH\nCải cách hành chính năm 2023\nI. CĂN CỨ XÂY DỰNG KẾ HOẠCH\nLuật Tổ chức chính quyền địa phương năm "
     "2015;\nChỉ thị số 12/CT-UBND ngày 3/1/2023 của UBND tỉnh về cải cách hành chính;\nII. MỤC TIÊU\n1. Thực "
     "hiện tốt Kế hoạch số 5/KH-UBND ngày 4/1/2023.\n", ["12/CT-UBND"]),
    ("KẾ HOẠCH\nTuyên truyền năm 2023\nI. CĂN CỨ\nThông tư số 10/2022/TT-BTTTT ngày 1/7/2022 của Bộ Thông tin và "
     "Truyền thông;\nQuyết định số 25/QĐ-UBND ngày 5/1/2023 của UBND huyện về kiện toàn Ban Chỉ đạo;\nII. MỤC "
     "ĐÍCH\n", []),
    # a first section that reports results is no basis: its items are not carried out
    ("BÁO CÁO\nSơ kết năm 2022\nI. KẾT QUẢ THỰC HIỆN\n1. Kế hoạch số 45/KH-UBND ngày 3/3/2022 của UBND tỉnh đạt "
     "kết quả tốt.\nII. PHƯƠNG HƯỚNG\n", []),
    # --- leftovers: a directive with no preamble takes in what it carries out in its first point ---
    ("CHỈ THỊ\nvề tổ chức Tết Nguyên đán Bính Ngọ năm 2026\nBan Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng thực "
     "hiện tốt các nhiệm vụ sau đây:\n1. Quán triệt sâu sắc và tổ chức thực hiện nghiêm túc Chỉ thị số 55-CT/TW "
     "ngày 22/12/2025 của Ban Bí thư về tổ chức Tết.\n2. Chăm lo đời sống nhân dân.\n", ["55-CT/TW"]),
    ("CHỈ THỊ\nvề tăng cường công tác phòng cháy, chữa cháy\n1. Quán triệt, thực hiện nghiêm Chỉ thị số 19/CT-TTg "
     "ngày 18/6/2024 của Thủ tướng Chính phủ.\n2. Các sở, ngành kiểm tra.\n", ["19/CT-TTg"]),
    ("KẾ HOẠCH\nphòng, chống ma túy năm 2024\n1) Quán triệt Kết luận số 132-KL/TW ngày 18/3/2022 của Bộ Chính trị "
     "đến cán bộ, đảng viên.\n2) Tổ chức tuyên truyền.\n", ["132-KL/TW"]),
    # not the first point, a document far from the verb, or a preamble that already says what is carried out
    ("CHỈ THỊ\nvề Tết\n1. Chăm lo đời sống nhân dân.\n2. Quán triệt Chỉ thị số 55-CT/TW của Ban Bí thư.\n", []),
    ("CHỈ THỊ\nvề Tết\n1. Quán triệt đến toàn thể cán bộ, đảng viên và nhân dân về ý nghĩa của Tết cổ truyền, "
     "đồng thời thực hiện tốt Quy định số 144-QĐ/TW.\n", []),
    ("KẾ HOẠCH\nThực hiện Kế hoạch số 12-KH/TU ngày 3/1/2024 của Ban Thường vụ Tỉnh ủy, Huyện ủy ban hành kế "
     "hoạch như sau:\n1. Quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị.\n", ["12-KH/TU"]),
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


# blind37 b03: a library's table lost the 'Căn cứ' line over the basis list, so its bullets each open with the
# document's type word; with no other basis named they are 'Căn cứ' items (a plan, resolution or directive is
# carried out, a law or decree is legal basis). One bullet is no list.
HEADLESS_BASES = [
    pytest.param("KẾ HOẠCH\nCHUYỂN ĐỔI SỐ TỈNH GIA LAI NĂM 2026\n- Luật Công nghệ thông tin ngày 29/6/2006;\n"
                 "- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học;\n"
                 "- Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ;\n- Nghị định số 47/2024/NĐ-CP ngày 9/5/2024 "
                 "của Chính phủ;\nI. MỤC TIÊU\n", ["57-NQ/TW", "71/NQ-CP"], id="resolutions_over_law_and_decree"),
    pytest.param("KẾ HOẠCH\nTUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026\n• Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ "
                 "Chính trị;\n• Kế hoạch số 12-KH/TU ngày 3/1/2026 của Ban Thường vụ Tỉnh ủy;\nI. MỤC ĐÍCH\n",
                 ["05-CT/TW", "12-KH/TU"], id="directive_and_plan"),
    pytest.param("KẾ HOẠCH\nTUYÊN TRUYỀN NĂM 2026\n- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n"
                 "I. MỤC ĐÍCH\n", [], id="one_bullet_no_list"),
    pytest.param("KẾ HOẠCH\nTUYÊN TRUYỀN NĂM 2026\nThực hiện Kế hoạch số 12-KH/TU ngày 3/1/2026 của Ban Thường vụ Tỉnh "
                 "ủy, UBND tỉnh ban hành Kế hoạch:\n- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n"
                 "- Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị;\nI. MỤC ĐÍCH\n", ["12-KH/TU"],
                 id="an_opener_rules"),
]


@pytest.mark.parametrize(("text", "expected"), HEADLESS_BASES)
def test_a_basis_list_that_lost_its_can_cu_line(text, expected):
    assert [r.number for r in refs(text).implements] == expected


# blind37 b07: a page on a ministry's draft programme reports its carry-out clause mid-sentence ('... cho biết,
# thực hiện Nghị quyết số 66-NQ/TW ..., Nghị quyết số 140/NQ-CP ..., Bộ Tư pháp ban hành Chương trình ...'): both
# are its parents. A reporting verb and its comma start the clause as a stop would; a speaker's account of what
# was done ('cho biết, thời gian qua đã thực hiện X') opens nothing.
REPORTED_CARRY_OUT = [
    pytest.param("Tiếp tục hoàn thiện dự thảo Chương trình hành động của Bộ Tài chính thực hiện Nghị quyết số "
                 "68-NQ/TW\nNgày 21/5, Thứ trưởng Bộ Tài chính chủ trì buổi làm việc về dự thảo Chương trình.\n"
                 "Báo cáo tại buổi làm việc, ông Nguyễn Văn A, Vụ trưởng Vụ Pháp chế cho biết, thực hiện Nghị quyết "
                 "số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân, Nghị quyết số 138/NQ-CP "
                 "ngày 16/5/2025 ban hành Kế hoạch hành động của Chính phủ, Bộ Tài chính ban hành Chương trình hành "
                 "động thực hiện Nghị quyết số 68-NQ/TW.\n", ["68-NQ/TW", "138/NQ-CP"], id="reported_carry_out_clause"),
    pytest.param("Bộ Tư pháp hoàn thiện dự thảo Chương trình hành động\nNgày 3/6, Bộ Tư pháp họp về dự thảo.\n"
                 "Thứ trưởng Bộ Tư pháp Nguyễn Văn B nhấn mạnh, triển khai Nghị quyết số 66-NQ/TW ngày 30/4/2025 của "
                 "Bộ Chính trị, Bộ Tư pháp đã xây dựng dự thảo Chương trình hành động.\n", ["66-NQ/TW"],
                 id="nhan_manh_trien_khai"),
    pytest.param("Sở Nội vụ tỉnh Nghệ An hoàn thiện Kế hoạch\nGiám đốc Sở Nội vụ thông tin, thực hiện Kế hoạch số "
                 "12-KH/TU ngày 3/1/2026 của Ban Thường vụ Tỉnh ủy, Sở đã tham mưu UBND tỉnh ban hành Kế hoạch.\n",
                 ["12-KH/TU"], id="thong_tin_thuc_hien"),
    pytest.param("UBND tỉnh Nghệ An ban hành Kế hoạch\nChủ tịch UBND tỉnh khẳng định, thực hiện Chỉ thị số "
                 "45-CT/TW ngày 14/4/2025 của Bộ Chính trị, UBND tỉnh ban hành Kế hoạch số 80/KH-UBND.\n",
                 ["45-CT/TW"], id="khang_dinh_another_body"),
    pytest.param("Sở Nội vụ tỉnh Nghệ An hoàn thiện Kế hoạch\nGiám đốc Sở Nội vụ cho biết, căn cứ Kế hoạch số "
                 "12-KH/TU ngày 3/1/2026 của Ban Thường vụ Tỉnh ủy, Sở đã tham mưu UBND tỉnh ban hành Kế hoạch.\n",
                 ["12-KH/TU"], id="cho_biet_can_cu"),
    pytest.param("Sở Nội vụ tỉnh Nghệ An sơ kết công tác\nGiám đốc Sở Nội vụ cho biết, thời gian qua Sở đã thực "
                 "hiện tốt Kế hoạch số 12-KH/TU ngày 3/1/2026 của Ban Thường vụ Tỉnh ủy.\n", [],
                 id="an_account_of_work_done_opens_nothing"),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_CARRY_OUT)
def test_a_carry_out_clause_reported_mid_sentence(text, expected):
    assert [r.number for r in refs(text).implements] == expected


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


# --- real-document shapes (issue 8): several parents, more verbs, 'Căn cứ' lists, leads ---
NBSP = "\u00a0"

# (front matter, what it implements, what it cites)
REAL_IMPLEMENTS = [
    # a state plan's 'Căn cứ' list: laws, decrees and an organising decision are legal basis; the plan,
    # the directive and the programme it carries out are parents, the last of them after 'Thực hiện'
    ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nKẾ HOẠCH\nPhát triển du lịch cộng đồng năm 2024\n"
     "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
     "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 20/12/2023 của Chính phủ quy định chi tiết;\n"
     "Căn cứ Quyết định số 640/QĐ-TTg ngày 31/5/2023 của Thủ tướng Chính phủ về việc thành lập Ban Chỉ đạo;\n"
     "Căn cứ Chỉ thị số 08/CT-TTg ngày 23/02/2024 của Thủ tướng Chính phủ về phát triển du lịch;\n"
     "Căn cứ Kế hoạch số 120/KH-UBND ngày 5/3/2024 của UBND tỉnh về phát triển du lịch;\n"
     "Thực hiện Chương trình hành động số 45-CTr/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy,\n"
     "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU",
     ["08/CT-TTg", "120/KH-UBND", "45-CTr/TU"], ["98/2023/NĐ-CP", "640/QĐ-TTg", "08/CT-TTg", "120/KH-UBND", "45-CTr/TU"]),
    # one clause, several parents: '; ' between them, no 'và', and one item a line of its own
    ("KẾ HOẠCH\nThực hiện Nghị quyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính trị về việc sắp xếp các đơn vị "
     "hành chính; Nghị quyết số 32/NQ-CP ngày 14/5/2019 của Chính phủ ban hành Kế hoạch thực hiện sắp xếp;\n"
     "Chương trình hành động số 147-CTr/TU ngày 09/5/2019 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số "
     "37-NQ/TW, UBND tỉnh ban hành Kế hoạch với các nội dung sau:\nI. MỤC ĐÍCH",
     ["37-NQ/TW", "32/NQ-CP", "147-CTr/TU"], ["37-NQ/TW", "32/NQ-CP", "147-CTr/TU"]),
    # two parents with nothing between them but the first one's issuer
    ("Thực hiện Nghị quyết số 96/NQ-CP ngày 01/8/2022 của Chính phủ Chương trình hành động số 23-CTr/TU ngày "
     "17/8/2022 của Ban Chấp hành Đảng bộ tỉnh (khóa XVII) thực hiện Nghị quyết số 11-NQ/TW ngày 10/02/2022 của Bộ "
     "Chính trị, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện, cụ thể như sau:\n1. Mục đích",
     ["96/NQ-CP", "23-CTr/TU"], ["96/NQ-CP", "23-CTr/TU", "11-NQ/TW"]),
    # an all-caps title: 'CỦA' in capitals, the issuer ends before 'VÀ' and 'THỰC HIỆN'
    ("KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 96/NQ-CP NGÀY 01/8/2022 CỦA CHÍNH PHỦ VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ "
     "23-CTR/TU NGÀY 17/8/2022 CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVII) THỰC HIỆN NGHỊ QUYẾT SỐ 11-NQ/TW\n"
     "I. MỤC ĐÍCH", ["96/NQ-CP", "23-CTr/TU"], ["96/NQ-CP", "23-CTr/TU", "11-NQ/TW"]),
    # a title whose first words were glued together ('TRIỂNKHAI'): the capitalised verb still opens it
    ("KẾ HOẠCH\nTRIỂNKHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 34/2014/QĐ-TTG NGÀY 30/5/2014 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ TIÊU "
     "CHUẨN XÃ\nI. MỤC ĐÍCH", ["34/2014/QĐ-TTg"], ["34/2014/QĐ-TTg"]),
    # verbs beyond 'Thực hiện'
    ("KẾ HOẠCH\nQuán triệt và triển khai thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2023 của Ban Bí thư, Ban Thường "
     "vụ Huyện ủy ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH", ["21-CT/TW"], ["21-CT/TW"]),
    ("KẾ HOẠCH\nCụ thể hóa Nghị quyết số 12-NQ/TU ngày 25/5/2022 của Tỉnh ủy, Ủy ban nhân dân huyện xây dựng Kế "
     "hoạch:\nI. MỤC ĐÍCH", ["12-NQ/TU"], ["12-NQ/TU"]),
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG\nĐể tổ chức thực hiện có hiệu quả Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính "
     "trị, Ban Chấp hành Đảng bộ huyện ban hành Chương trình hành động:\nI. MỤC TIÊU", ["01-KL/TW"], ["01-KL/TW"]),
    ("KẾ HOẠCH\nNăm 2024, nhằm triển khai Kế hoạch số 5/KH-UBND ngày 8/1/2024 của UBND tỉnh, Ủy ban nhân dân xã "
     "ban hành Kế hoạch:\nI. MỤC ĐÍCH", ["5/KH-UBND"], ["5/KH-UBND"]),
    ("Theo đó Chỉ thị của Ban Thường vụ Tỉnh ủy được ban hành trên cơ sở thực hiện Chỉ thị số 48 -CT/TW, ngày "
     "09/12/2020 của Ban Bí thư về việc tổ chức Tết năm 2021.", ["48-CT/TW"], ["48-CT/TW"]),
    ("Theo đó, Ban Thường vụ Huyện ủy đề nghị các chi bộ, đảng bộ cơ sở tổ chức quán triệt, tuyên truyền, triển "
     "khai sâu rộng Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư về việc tiếp tục thực hiện Chỉ thị số "
     "42-CT/TW của Bộ Chính trị.", ["93-KL/TW"], ["93-KL/TW", "42-CT/TW"]),
    ("Ngày 16 tháng 8 năm 2021, UBND tỉnh ban hành văn bản về việc triển khai kết luận của Thường trực Tỉnh ủy. "
     "Theo đó, thực hiện kết luận của Thường trực Tỉnh ủy tại Thông báo số 279-TB/TU ngày 13/8/2021, Ủy ban nhân "
     "dân tỉnh yêu cầu:", ["279-TB/TU"], ["279-TB/TU"]),
    # Youth Union shapes: a drafting unit's code after the number, 'Thông tri', the document's own '(Số ...)'
    ("Thực hiện Thông tri số 31-TT/TWĐTN ngày 11 tháng 10 năm 2010 của Ban Bí thư Trung ương Đoàn, Ban Thường vụ "
     "tỉnh Đoàn xây dựng Kế hoạch như sau:\nKẾ HOẠCH\n(Số 61-KH/TĐ ngày 26/01/2010)\nI. MỤC ĐÍCH",
     ["31-TT/TWĐTN"], ["31-TT/TWĐTN"]),
    # the document's own type opening its title, with or without its own number
    ("Kế hoạch thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị\nCác cấp ủy tổ chức học tập.",
     ["05-CT/TW"], ["05-CT/TW"]),
    ("Ngày 11/10/2021, UBND tỉnh đã có Công văn số 3863/UBND-ĐTXD về việc triển khai thực hiện Công điện số "
     "1322/CĐ-TTg ngày 10/10/2021 của Thủ tướng Chính phủ.", ["1322/CĐ-TTg"], ["1322/CĐ-TTg"]),
    ("Ngày 18/5/2021, Bộ Chính trị đã ban hành Kết luận số 01-KL/TW về tiếp tục thực hiện Chỉ thị số 05-CT/TW "
     "ngày 15/5/2016 về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", [], ["05-CT/TW"]),
    # a news lead names the document itself: never its own parent, nor a citation
    ("Ngày 9/4/2021, Tỉnh ủy Hà Tĩnh đã ban hành Chương trình số 31-CTr/TU về thực hiện Nghị quyết số 19-NQ/TW "
     "ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp.\nChương trình nêu rõ mục tiêu.",
     ["19-NQ/TW"], ["19-NQ/TW"]),
    ("LTS: Ngày 5-3-2019, Ban Chấp hành Đảng bộ tỉnh khóa XVI đã ban hành Nghị quyết số 12-NQ/TU về phát triển "
     "du lịch. Báo giới thiệu toàn văn Nghị quyết.\nThực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương "
     "Đảng (khóa XII), Ban Chấp hành Đảng bộ tỉnh quyết nghị:", ["21-KL/TW"], ["21-KL/TW"]),
    ("Tỉnh ủy Tuyên Quang vừa có văn bản số 15-CTr/TU về Chương trình hành động của Ban Thường vụ Tỉnh ủy thực "
     "hiện Nghị quyết số 08-NQ/TW ngày 16/1/2017 của Bộ Chính trị về phát triển du lịch.",
     ["08-NQ/TW"], ["08-NQ/TW"]),
    ("Đó là nội dung Chỉ thị số 02-CT/TU của Ban Thường vụ Tỉnh ủy ban hành ngày 14.12.2020. Chỉ thị quán triệt "
     "Chỉ thị số 46-CT/TW ngày 22/6/2015 của Bộ Chính trị về an ninh trật tự.", ["46-CT/TW"], ["46-CT/TW"]),
    ("Chương trình hành động của Chính phủ thực hiện Kết luận số 70-KL/TW ngày 09/3/2020 của Bộ Chính trị\n"
     "Ngày 25/9/2020, Chính phủ có Nghị quyết số 134/NQ-CP Ban hành Chương trình hành động của Chính phủ thực hiện "
     "Kết luận số 70-KL/TW ngày 09/3/2020 của Bộ Chính trị về kinh tế tập thể.", ["70-KL/TW"], ["70-KL/TW"]),
    ("ỦY BAN NHÂN DÂN\nSố:\n258/KH-UBND\nKẾ HOẠCH\nThực hiện Kế hoạch số 2616/KH-BNN-TCLN ngày 07/5/2021 của Bộ "
     "Nông nghiệp và Phát triển nông thôn, UBND tỉnh ban hành Kế hoạch:\nI. MỤC ĐÍCH",
     ["2616/KH-BNN-TCLN"], ["2616/KH-BNN-TCLN"]),
    # an unnumbered parent named elsewhere with its number; 'Kế hoạch số 47' with no suffix is no number,
    # but the parent listed after it still counts
    ("KẾ HOẠCH\nThực hiện Chương trình hành động của Ban Thường vụ Tỉnh ủy về chuyển đổi số, Ủy ban nhân dân "
     "huyện ban hành Kế hoạch:\nI. MỤC ĐÍCH\n1. Cụ thể hóa Chương trình hành động số 31-CTr/TU ngày 2/3/2023 "
     "của Ban Thường vụ Tỉnh ủy.", ["31-CTr/TU"], ["31-CTr/TU"]),
    ("KẾ HOẠCH\nThực hiện Chương trình hành động của Ban Thường vụ Tỉnh ủy về chuyển đổi số, Ủy ban nhân dân "
     "huyện ban hành Kế hoạch:\nI. MỤC ĐÍCH", [], []),
    # the same committee under another organ and with its term
    ("KẾ HOẠCH\nThực hiện Chương trình hành động của Tỉnh ủy về chuyển đổi số, Ủy ban nhân dân huyện ban hành Kế "
     "hoạch:\nI. MỤC ĐÍCH\n1. Quán triệt Chương trình hành động số 31-CTr/TU ngày 2/3/2023 của Ban Chấp hành "
     "Đảng bộ tỉnh (khóa XVII).", ["31-CTr/TU"], ["31-CTr/TU"]),
    # two numbered programmes of that committee: the unnumbered one stays out
    ("KẾ HOẠCH\nThực hiện Chương trình hành động của Tỉnh ủy về chuyển đổi số, Ủy ban nhân dân huyện ban hành Kế "
     "hoạch:\nI. MỤC ĐÍCH\n1. Chương trình hành động số 31-CTr/TU ngày 2/3/2023 của Ban Chấp hành Đảng bộ tỉnh "
     "và Chương trình hành động số 32-CTr/TU ngày 9/3/2023 của Ban Thường vụ Tỉnh ủy.", [], ["31-CTr/TU", "32-CTr/TU"]),
    ("KẾ HOẠCH\nThực hiện Kế hoạch số 47 ngày 2/3/2023 của Ban Thường vụ Tỉnh ủy; Chỉ thị số 13-CT/TW ngày "
     "11/01/2017 của Ban Bí thư, Ban Thường vụ Huyện ủy ban hành Kế hoạch:\nI. MỤC ĐÍCH", ["13-CT/TW"], ["13-CT/TW"]),
    # the issuer named first: 'chỉ đạo của X tại ...'
    ("Căn cứ chỉ đạo của Thủ tướng Chính phủ tại Công điện số 695/CĐ-TTg ngày 09 tháng 5 năm 2008 và Thông báo "
     "số 31/TB-VPCP ngày 25/2/2021 về củng cố bộ máy;\nBộ Y tế hướng dẫn như sau:",
     ["695/CĐ-TTg", "31/TB-VPCP"], ["695/CĐ-TTg", "31/TB-VPCP"]),
    # a decision in a 'Căn cứ' list is a parent when it approves what is carried out, not when it organises
    ("QUYẾT ĐỊNH\nCăn cứ Quyết định số 987/QĐ-BNN-TCTS ngày 20 tháng 3 năm 2018 của Bộ Nông nghiệp và Phát triển "
     "nông thôn về việc phê duyệt “Đề án liên kết sản xuất giống cá tra”;\nCăn cứ Quyết định số 640/QĐ-TTg ngày "
     "31/5/2012 của Thủ tướng Chính phủ về việc thành lập Ban Tổ chức;\nQUYẾT ĐỊNH:",
     ["987/QĐ-BNN-TCTS"], ["987/QĐ-BNN-TCTS", "640/QĐ-TTg"]),
    # guidance on the Party statute is legal basis, guidance on a campaign is carried out
    ("KẾ HOẠCH\nCăn cứ Điều lệ Đảng Cộng sản Việt Nam;\nCăn cứ Hướng dẫn số 01-HD/TW ngày 28/9/2021 của Ban Bí thư "
     "về một số vấn đề cụ thể thi hành Điều lệ Đảng;\nCăn cứ Hướng dẫn số 36-HD/BTGTW ngày 2/3/2024 của Ban Tuyên "
     "giáo Trung ương về tuyên truyền kỷ niệm các ngày lễ lớn;\nBan Tuyên giáo Huyện ủy xây dựng Kế hoạch:\n"
     "I. MỤC ĐÍCH", ["36-HD/BTGTW"], ["01-HD/TW", "36-HD/BTGTW"]),
    # a council resolution with a year is carried out; a law is not
    ("QUYẾT ĐỊNH\nCăn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;\nCăn cứ Nghị quyết số 14/2016/NQ-HĐND ngày "
     "05/10/2016 của Hội đồng nhân dân tỉnh Hải Dương ban hành các nguyên tắc;\nQUYẾT ĐỊNH:",
     ["14/2016/NQ-HĐND"], ["14/2016/NQ-HĐND"]),
    # number and date shapes: no 'số', spaced, TƯ, a date with dashes or split over lines
    ("KẾ HOẠCH\nThực hiện Kết luận 21-KL/TW ngày 3-9-2018 của Bộ Chính trị (khóa XII) và Chỉ thị số 120 - CT/TƯ "
     "ngày 25\ntháng 10 năm 2017 của Ban Bí thư, Ban Thường vụ Đảng ủy ban hành Kế hoạch:\nI. MỤC ĐÍCH",
     ["21-KL/TW", "120-CT/TW"], ["21-KL/TW", "120-CT/TW"]),
    # text with non-breaking spaces
    (f"KẾ HOẠCH\nThực hiện{NBSP}Kế hoạch số{NBSP}250-KH/TU ngày{NBSP}25/12/2023 của Ban Thường vụ Tỉnh ủy về thực "
     f"hiện{NBSP}Nghị quyết số 43-NQ/TW;{NBSP}Kế hoạch số 20-KH/BDVTU của Ban Dân vận Tỉnh ủy, Ban Thường vụ "
     "Huyện ủy ban hành Kế hoạch:\nI. MỤC ĐÍCH", ["250-KH/TU", "20-KH/BDVTU"], ["250-KH/TU", "43-NQ/TW", "20-KH/BDVTU"]),
    # letters of a higher body, their codes with '&' or digits, as parents of a letter or a plan
    ("Thực hiện Công văn số 866/UBND-KT2 ngày 18/4/2019 của UBND tỉnh Hưng Yên, Sở Nông nghiệp và PTNT đã xây "
     "dựng Đề cương.", ["866/UBND-KT2"], ["866/UBND-KT2"]),
    ("Căn cứ Luật Phòng, chống bệnh truyền nhiễm năm 2007;\nCăn cứ Công văn số 11313/UBND-NN&MT ngày 24/12/2018 "
     "của UBND tỉnh về phòng dịch;\nỦy ban nhân dân huyện ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH",
     ["11313/UBND-NN&MT"], ["11313/UBND-NN&MT"]),
    ("Căn cứ Nghị quyết số 653/NQ-UBTVQH14 ngày 12/3/2019 của Ủy ban Thường vụ Quốc hội;\nThực hiện Nghị quyết "
     "số 36a/NQ-CP ngày 14/10/2015 của Chính phủ, UBND tỉnh ban hành Kế hoạch:\nI. MỤC ĐÍCH",
     ["36a/NQ-CP"], ["653/NQ-UBTVQH14", "36a/NQ-CP"]),
    # 'Trên cơ sở X' after the 'Thực hiện' list: X is carried out; a decree given as basis is not
    ("KẾ HOẠCH\nGiám sát thực hiện Chương trình năm 2023\nThực hiện Quyết định số 90/QĐ-TTg ngày 18/01/2022 "
     "của Thủ tướng Chính phủ phê duyệt Chương trình. Trên cơ sở Kế hoạch số 6103/KH-UBND ngày 16/9/2022 của "
     "UBND tỉnh về giám sát, UBND tỉnh ban hành Kế hoạch năm 2023.\nI. MỤC ĐÍCH",
     ["90/QĐ-TTg", "6103/KH-UBND"], ["90/QĐ-TTg", "6103/KH-UBND"]),
    ("Trên cơ sở Nghị định số 27/2022/NĐ-CP ngày 19/4/2022 của Chính phủ; Ủy ban nhân dân huyện ban hành "
     "Kế hoạch.\nI. MỤC ĐÍCH", [], ["27/2022/NĐ-CP"]),
    # a letter carrying out a plan 'on time, according to' it, or 'theo' a letter
    ("Để đảm bảo thực hiện đúng thời gian theo Kế hoạch số 2448/KH-UBND ngày 15/7/2019 của Ủy ban nhân dân "
     "huyện về kiểm tra các đơn vị đạt chuẩn văn hóa, Phòng Văn hóa và Thông tin đề nghị các xã báo cáo.",
     ["2448/KH-UBND"], ["2448/KH-UBND"]),
    ("Thực hiện theo Công văn số 1520/UBND-VX ngày 02/4/2021 của UBND tỉnh, Sở Y tế đề nghị các đơn vị "
     "triển khai các nội dung sau:\n1. Tuyên truyền", ["1520/UBND-VX"], ["1520/UBND-VX"]),
    # 'theo' a law: legal basis, not a parent
    ("Để thực hiện theo Luật số 30/2023/QH15 ngày 12/6/2023 của Quốc hội, UBND xã thông báo:\n1. Các hộ",
     [], ["30/2023/QH15"]),
    # 'tiếp tục thực hiện' inside a citation, a report's 'kết quả thực hiện': nothing carried out
    ("BÁO CÁO\nKết quả 5 năm thực hiện Chỉ thị số 05-CT/TW\nI. KẾT QUẢ", [], ["05-CT/TW"]),
    ("BÁO CÁO\nSơ kết 3 năm quán triệt, triển khai Chỉ thị số 05-CT/TW; kết quả quán triệt Nghị quyết số 19-NQ/TW "
     "trong Đảng bộ\nI. KẾT QUẢ", [], ["05-CT/TW", "19-NQ/TW"]),
]


@pytest.mark.parametrize(("text", "implemented", "cited"), REAL_IMPLEMENTS)
def test_real_implements(text, implemented, cited):
    r = refs(text)
    assert [x.number for x in r.implements] == implemented
    assert [x.number for x in r.citations] == cited


# (text, number, expected issuer)
CITED_ISSUERS = [
    ("Kế hoạch số 2616/KH-BNN-TCLN ngày 07/5/2021 của Bộ Nông nghiệp và Phát triển nông thôn thực hiện Quyết định",
     "2616/KH-BNN-TCLN", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ phê duyệt Đề án", "524/QĐ-TTg",
     "Thủ tướng Chính phủ"),
    ("Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương về phát động",
     "16/KH-HĐTĐKT", "Hội đồng Thi đua - Khen thưởng Trung ương"),
    ("Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư về triển khai", "127-KL/TW",
     "Bộ Chính trị, Ban Bí thư"),
    ("Quyết định số 2029/QĐ-BGDĐT ngày 13/7/2023 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Kế hoạch",
     "2029/QĐ-BGDĐT", "Bộ trưởng Bộ Giáo dục và Đào tạo"),
    ("Kế hoạch số 53/KH-UBND ngày 7/3/2024 của Ủy ban nhân dân huyện Tiên Lãng triển khai thực hiện",
     "53/KH-UBND", "Ủy ban nhân dân huyện Tiên Lãng"),
    ("THỰC HIỆN NGHỊ QUYẾT SỐ 11-NQ/TW NGÀY 10/02/2022 CỦA BỘ CHÍNH TRỊ VỀ PHƯƠNG HƯỚNG PHÁT TRIỂN", "11-NQ/TW",
     "BỘ CHÍNH TRỊ"),
    ("Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại Thông báo kết luận số 2927 -TB/TU ngày 4/2/2020. Sau khi",
     "2927-TB/TU", "Thường trực Tỉnh ủy"),
    (f"Chỉ thị số 45-CT/TW ngày22 tháng 7 năm 2010 của{NBSP}Bộ Chính trị về đổi mới", "45-CT/TW", "Bộ Chính trị"),
    # blind29: the lower-case words of an association's name ('Chữ thập đỏ', 'Người cao tuổi', 'Luật gia')
    ("Thực hiện Hướng dẫn số 48/HD-TƯHCTĐ ngày 15/02/2019 của Trung ương Hội Chữ thập đỏ Việt Nam Về việc triển khai",
     "48/HD-TƯHCTĐ", "Trung ương Hội Chữ thập đỏ Việt Nam"),
    ("Căn cứ Kế hoạch số 12/KH-HCTĐ ngày 03/3/2023 của Hội Chữ thập đỏ tỉnh Nghệ An về tổ chức", "12/KH-HCTĐ",
     "Hội Chữ thập đỏ tỉnh Nghệ An"),
    ("Thực hiện Hướng dẫn số 05/HD-NCT ngày 10/01/2024 của Trung ương Hội Người cao tuổi Việt Nam về phong trào",
     "05/HD-NCT", "Trung ương Hội Người cao tuổi Việt Nam"),
    ("Thực hiện Kế hoạch số 20/KH-HLG ngày 02/4/2022 của Hội Luật gia tỉnh Quảng Ngãi về tuyên truyền", "20/KH-HLG",
     "Hội Luật gia tỉnh Quảng Ngãi"),
    # a town's abbreviation with its stop, before a place (blind9 b20); before a sentence's opening it ends the name
    ("Chương trình hành động số 02-CtrHĐ/TU ngày 16/8/2025 của Thành ủy TP. Hồ Chí Minh về thực hiện", "02-CTrHĐ/TU",
     "Thành ủy TP. Hồ Chí Minh"),
    ("Kế hoạch số 12/KH-UBND ngày 16/8/2025 của UBND TX. Cửa Lò về phát triển", "12/KH-UBND", "UBND TX. Cửa Lò"),
    ("Kế hoạch số 12/KH-UBND ngày 16/8/2025 của UBND Tp. Huế, Sở Nội vụ phối hợp", "12/KH-UBND", "UBND Tp. Huế"),
    ("Kế hoạch số 12/KH-UBND ngày 16/8/2025 của UBND TP. Các sở thực hiện", "12/KH-UBND", "UBND TP"),
    ("Kế hoạch số 12/KH-UBND ngày 16/8/2025 của UBND TP. Tiếp tục thực hiện", "12/KH-UBND", "UBND TP"),
]


@pytest.mark.parametrize(("text", "number", "issuer"), CITED_ISSUERS)
def test_cited_issuer(text, number, issuer):
    got = {r.number: r.issuer for r in refs(text).citations}
    assert got[number] == issuer


REAL_CHAINS = [
    ("Căn cứ Nghị quyết số 08/NQ-CP ngày 24 tháng 01 năm 2018 ban hành Chương trình hành động của Chính phủ thực "
     "hiện Nghị quyết số 19-NQ/TW ngày 25 tháng 10 năm 2017 của Hội nghị lần thứ sáu;", {("08/NQ-CP", "19-NQ/TW")}),
    ("Quyết định số 12/QĐ-UBND ngày 2/2/2024 của UBND tỉnh về việc ban hành Kế hoạch thực hiện Chỉ thị số 05-CT/TW",
     {("12/QĐ-UBND", "05-CT/TW")}),


    ("Kế hoạch số 53/KH-UBND ngày 7/3/2024 của Ủy ban nhân dân huyện Tiên Lãng triển khai Chương trình hành động "
     "số 66-CTr/TU ngày 02/02/2024 của Ban Thường vụ Thành ủy", {("53/KH-UBND", "66-CTr/TU")}),
    ("Kế hoạch số 12-KH/HU của Huyện ủy về tiếp tục triển khai Chỉ thị số 05-CT/TW", set()),
    (f"Kế hoạch số 250-KH/TU ngày{NBSP}25/12/2023 của Ban Thường vụ Tỉnh ủy về thực hiện{NBSP}Nghị quyết số "
     "43-NQ/TW", {("250-KH/TU", "43-NQ/TW")}),
    ("Quyết định số 2205/QĐ-UBND ngày 20/10/2025 của UBND Thành phố về ban hành Kế hoạch triển khai Chương trình hành "
     "động số 02-CtrHĐ/TU ngày 16/8/2025 của Thành ủy TP. Hồ Chí Minh về thực hiện Nghị quyết số 68-NQ/TW ngày "
     "04/5/2025 của Bộ Chính trị", {("02-CTrHĐ/TU", "68-NQ/TW")}),
    ("Kế hoạch số 12/KH-UBND ngày 16/8/2025 của UBND TX. Cửa Lò về thực hiện Nghị quyết số 68-NQ/TW",
     {("12/KH-UBND", "68-NQ/TW")}),
]


@pytest.mark.parametrize(("text", "expected"), REAL_CHAINS)
def test_real_chain(text, expected):
    assert {(a.number, b.number) for a, b in refs(text).chain} == expected


def test_text_with_every_diacritic_stripped():
    text = ("DANG BO TINH NGHE AN\nHUYEN UY NGHIA DAN\nSo 145-KH/HU\nKE HOACH\nthuc hien Chuong trinh hanh dong so "
            "37-CTr/TU ngay 29/01/2024 cua Ban Thuong vu Tinh uy\nCan cu Quy dinh so 24-QD/TW ngay 30/7/2021 cua Ban "
            "Chap hanh Trung uong ve thi hanh Dieu le Dang;\nThuc hien Chuong trinh hanh dong so 37-CTr/TU ngay "
            "29/01/2024 cua Ban Thuong vu Tinh uy thuc hien Nghi quyet so 43-NQ/TW ngay 24/11/2023 cua Ban Chap hanh "
            "Trung uong Dang khoa XIII ve tiep tuc phat huy truyen thong; Ke hoach so 20-KH/BDVTU ngay 9/3/2024 cua "
            "Ban Dan van Tinh uy, Ban Thuong vu Huyen uy xay dung Ke hoach thuc hien nhu sau:\nI. MUC DICH, YEU CAU\n"
            "1. Quan triet sau rong Nghi quyet so 43-NQ/TW den can bo, dang vien trong toan Dang bo huyen.")
    r = refs(text)
    assert [(x.number, x.issued_on, x.issuer) for x in r.implements] == [
        ("37-CTr/TU", date(2024, 1, 29), "Ban Thuong vu Tinh uy"),
        ("20-KH/BDVTU", date(2024, 3, 9), "Ban Dan van Tinh uy")]
    assert [x.number for x in r.citations] == ["37-CTr/TU", "24-QĐ/TW", "43-NQ/TW", "20-KH/BDVTU"]
    assert {(a.number, b.number) for a, b in r.chain} == {("37-CTr/TU", "43-NQ/TW")}


def test_drafting_unit_code_keeps_date_and_issuer():
    """'183-KH/TWĐTN-TNNT': whether the number keeps its unit code is docnumber's call; the date and
    the issuer after it are the citation's either way, and the lower-case 'căn cứ' stands in."""
    r = refs("KẾ HOẠCH\nThực hiện chương trình công tác Đoàn năm 2024; căn cứ Kế hoạch số 183-KH/TWĐTN-TNNT ngày "
             "28/2/2024 của Ban Bí thư Trung ương Đoàn về chiến dịch tình nguyện, Ban Bí thư Trung ương Đoàn ban hành "
             "Kế hoạch:\nI. MỤC ĐÍCH")
    assert [(x.number[:12], x.issued_on, x.issuer) for x in r.implements] == [
        ("183-KH/TWĐTN", date(2024, 2, 28), "Ban Bí thư Trung ương Đoàn")]


def test_literal_line_escapes_still_end_clauses():
    text = ("KẾ HOẠCH\\r\\nCăn cứ Luật Tổ chức chính quyền địa phương;\\r\\nCăn cứ Kế hoạch số 12/KH-UBND ngày 5/3/2024 "
            "của UBND tỉnh;\\r\\nUBND huyện ban hành Kế hoạch:\\r\\nI. MỤC ĐÍCH\\r\\n1. Thực hiện Kế hoạch số "
            "13/KH-UBND của UBND huyện.")
    r = refs(text)
    assert [x.number for x in r.implements] == ["12/KH-UBND"]
    assert [x.number for x in r.citations] == ["12/KH-UBND", "13/KH-UBND"]


def test_text_that_lost_every_marked_letter():
    """Some PDF fonts lose every letter with a mark ('Thực hiện' → 'Thc hin', 'số' → 's', 'của' → 'ca')."""
    text = ("S VN HO TH THAO V DU LCH\nHNG DN\nV vic t chc Chng trnh V min l hi\n"
            "Thc hin Ngh quyt s 33-NQ/TW ngy 09/6/2014 ca Ban chp hnh Trung ng ng Kha XI v xy dng v pht "
            "trin nn vn ha; Chng trnh hnh ng s 49-CT/TU ngy 19/8/2014 ca Tnh y Ph Th; K hoch s "
            "4350/KH-UBND ngy 08/10/2014 ca y ban nhn dn tnh v Thc hin Chng trnh hnh ng ca Tnh y.\n"
            "S Vn ha, Th thao v Du lch hng dn t chc hot ng nh sau:\nA. MC CH, YU CU\nI. Mc ch")
    r = refs(text)
    assert [(x.number, x.issued_on) for x in r.implements] == [
        ("33-NQ/TW", date(2014, 6, 9)), ("49-CT/TU", date(2014, 8, 19)), ("4350/KH-UBND", date(2014, 10, 8))]


def test_text_that_lost_every_marked_letter_is_not_restored():
    """realworld s10: such a copy keeps its unmarked words ('ngay 12 thang 01', 'va', 'cac'), so it looked like a
    text stripped of its marks; restoring those would mark its remnants ('ca' -> 'cả') and lose the parents."""
    text = ("UBND TNH PH TH CNG HO X HI CH NGHA VIT NAM\nS VN HO TH THAO V DU LCH c l p - T do - Hanh phuc\n"
            "S: 02 /HD-SVHTTDL Ph Th, ngay 12 thang 01 nm 2017\nHNG DN\nV vic t chc Chng trnh V min l hi\n"
            "Thc hin Ngh quyt s 33-NQ/TW ngy 09/6/2014 ca Ban chp hnh Trung ng ng Kha XI v xy dng v pht "
            "trin nn vn ha; Chng trnh hnh ng s 49-CT/TU ngy 19/8/2014 ca Tnh y Ph Th; K hoch s "
            "4350/KH-UBND ngy 08/10/2014 ca y ban nhn dn tnh v Thc hin Chng trnh hnh ng ca Tnh y.\n"
            "S Vn ha, Th thao v Du lch hng dn t chc hot ng nh sau:\nA. MC CH, YU CU\nI. Mc ch\n"
            "- Tip tc bo tn va ton vinh cac gi tr di sn vn ho trn qu hng, thc hin tt cac nhim v cua nam 2017.")
    r = parse_text(text)
    assert [(x.number, x.issued_on) for x in r.implements] == [
        ("33-NQ/TW", date(2014, 6, 9)), ("49-CT/TU", date(2014, 8, 19)), ("4350/KH-UBND", date(2014, 10, 8))]
    assert (r.number and str(r.number), r.issued_on) == ("02/HD-SVHTTDL", date(2017, 1, 12))


# A title naming its own issuer between its type word and the carry-out verb: 'Chương trình của Ban
# Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện Nghị quyết số 45-NQ/TW ...' (a portal's abstract alone).
@pytest.mark.parametrize(("text", "expected"), [
    ("Trích yếu\nChương trình của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện Nghị quyết số 45-NQ/TW, "
     "ngày 24-11-2023 của Ban Chấp hành Trung ương Đảng \"về đội ngũ trí thức\".", ["45-NQ/TW"]),
    ("Kế hoạch của Ban Thường vụ Huyện ủy triển khai thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 "
     "của Bộ Chính trị\nI. MỤC ĐÍCH", ["05-CT/TW"]),
    ("Chương trình hành động của Tỉnh ủy về thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022\n"
     "Thực hiện Nghị quyết, Tỉnh ủy ban hành chương trình.", ["19-NQ/TW"]),
    ("Kế hoạch số 12-KH/ĐU, ngày 3/4/2021 của Đảng ủy xã Tân Phú\nthực hiện Kết luận số 01-KL/TW "
     "ngày 18/5/2021 của Bộ Chính trị", ["01-KL/TW"]),
    ("KẾ HOẠCH CỦA ỦY BAN NHÂN DÂN HUYỆN quán triệt và triển khai thực hiện Kế hoạch số 250-KH/TU "
     "ngày 25/12/2023", ["250-KH/TU"]),
    # the issuer's own clause with no carry-out verb carries out nothing
    ("Kế hoạch của Ban Thường vụ Huyện ủy về tổ chức Đại hội, theo Hướng dẫn số 26-HD/BTCTW.", []),
])
def test_title_with_its_issuer_before_the_carry_out_verb(text, expected):
    assert [r.number for r in refs(text).implements] == expected


@pytest.mark.parametrize("text", [
    "KẾ HOẠCH\nCăn cứ Nghị quyết số 08/NQ-CP ngày 24/01/2018 ban hành Chương trình hành động của Chính phủ "
    "thực hiện Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu;\nI. MỤC ĐÍCH",
    "Ngày 5/3, Tỉnh ủy có Chương trình của Ban Chấp hành thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022.",
])
def test_cited_programme_of_another_body_is_not_the_title(text):
    """Only a title line names its own issuer before the verb; a cited document's 'của X' does not."""
    assert "19-NQ/TW" not in [r.number for r in refs(text).implements]


# An ad hoc board is named by its task in lower case; the name ends at the clause, a date or a verb.
@pytest.mark.parametrize(("text", "issuer"), [
    ("Thực hiện Kế hoạch số 01/KH-BTCKN ngày 05/7/2021 của Ban Tổ chức kỷ niệm; Kế hoạch số 24/KH-BTGTU.",
     "Ban Tổ chức kỷ niệm"),
    ("Thực hiện Kế hoạch số 12/KH-BCĐ ngày 3/3/2020 của Ban Chỉ đạo công tác Dân số - Kế hoạch hóa gia đình "
     "tỉnh Hà Giang về truyền thông.", "Ban Chỉ đạo công tác Dân số - Kế hoạch hóa gia đình tỉnh Hà Giang"),
    ("Thực hiện Kế hoạch số 5/KH-HĐTĐKT của Hội đồng Thi đua - Khen thưởng huyện, UBND xã ban hành.",
     "Hội đồng Thi đua - Khen thưởng huyện"),
    ("Thực hiện Kế hoạch số 9/KH-BCĐ ngày 9/9/2021 của Ban Chỉ đạo phòng, chống dịch tỉnh về tiêm chủng.",
     "Ban Chỉ đạo phòng, chống dịch tỉnh"),
    ("Căn cứ Kế hoạch số 4/KH-BCĐ của Ban chỉ đạo bầu cử xã đã ban hành.", "Ban chỉ đạo bầu cử xã"),
    # a standing body keeps its own name
    ("Thực hiện Kế hoạch số 7/KH-BTC ngày 2/2/2022 của Ban Tổ chức Tỉnh ủy về công tác cán bộ.",
     "Ban Tổ chức Tỉnh ủy"),
    ("Thực hiện Nghị quyết số 14/NQ-HĐND của Hội đồng nhân dân tỉnh thông qua kế hoạch.",
     "Hội đồng nhân dân tỉnh"),
])
def test_ad_hoc_board_named_by_its_task(text, issuer):
    assert refs(text).citations[0].issuer == issuer


# gen4: the slip 'sô'/'sồ' for 'số' before a number: the mention is whole, its issuer does not run on
# into the next mention ('... của UBND tỉnh Hưng Yên và Thông báo sô 1481/TB-UBND ...'), and a list of
# two parents is carried out as two.
@pytest.mark.parametrize(("text", "implemented"), [
    ("Thực hiện Thông báo số 444/TB-UBND ngày 22/12/2021 của UBND tỉnh Hưng Yên và Thông báo sô "
     "1481/TB-UBND ngày 23/12/2021 của UBND huyện Kim Động về việc tạm dừng tiếp công dân, UBND xã "
     "thông báo:", [("444/TB-UBND", "UBND tỉnh Hưng Yên"), ("1481/TB-UBND", "UBND huyện Kim Động")]),
    ("Thực hiện Kế hoạch sô 12/KH-UBND ngày 3/2/2024 của UBND huyện Tiên Lãng, UBND xã Tự Cường ban hành "
     "Kế hoạch như sau:", [("12/KH-UBND", "UBND huyện Tiên Lãng")]),
    ("Thực hiện Chỉ thị Sô: 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Huyện ủy ban hành "
     "Kế hoạch.", [("05-CT/TW", "Bộ Chính trị")]),
    ("Thực hiện Nghị quyết sồ 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng, Ban Thường vụ "
     "Tỉnh ủy ban hành Chương trình hành động.", [("43-NQ/TW", "Ban Chấp hành Trung ương Đảng")]),
])
def test_number_word_slip(text, implemented):
    got = refs(text).implements
    assert [(r.number and str(r.number), r.issuer) for r in got] == implemented


# gen5: a stored page cut off inside its last number: the number it begins, cited in full above, is
# the one named; with no such number, or two, the cut one stays as written.
@pytest.mark.parametrize(("text", "expected"), [
    ("Căn cứ Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ;\nI. MỤC ĐÍCH\n- Cụ thể hóa "
     "các nhiệm vụ được giao tại Quyết định số 2629/QĐ-T", ["2629/QĐ-TTg"]),
    ("Thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương;\n1. Quán triệt Nghị "
     "quyết số 43-NQ/T\n", ["43-NQ/TW"]),
    ("Căn cứ Kế hoạch số 53/KH-UBND ngày 7/3/2024 của UBND huyện.\nThực hiện Kế hoạch số 53/KH-UB",
     ["53/KH-UBND"]),
    ("Căn cứ Kế hoạch số 53/KH-UBND ngày 7/3/2024.\nTheo Kế hoạch số 53/KH-UBND, các xã báo cáo.\n",
     ["53/KH-UBND"]),
    ("Căn cứ Quyết định số 12/QĐ-UBNDT và Quyết định số 12/QĐ-UBNDX;\nThực hiện Quyết định số 12/QĐ-UBND",
     ["12/QĐ-UBNDT", "12/QĐ-UBNDX", "12/QĐ-UBND"]),
    ("Căn cứ Quyết định số 2629/QĐ-TTg ngày 01/12/2025;\nThực hiện Quyết định số 2629/QĐ-T trong năm 2026.\n",
     ["2629/QĐ-TTg", "2629/QĐ-T"]),
])
def test_number_cut_at_the_end_of_the_text(text, expected):
    assert numbers(text) == expected


# gen5: a cited document adopted by a plenum or a congress keeps that body's whole name.
@pytest.mark.parametrize(("text", "issuer"), [
    ("Thực hiện Nghị quyết số 05-NQ/TU ngày\n15 tháng 9 năm 2021 của Hội nghị lần thứ tám Ban Chấp hành Đảng "
     "bộ thành phố về Kế hoạch tổng thể, Ban Thường vụ Thành ủy xây dựng Kế hoạch.",
     "Hội nghị lần thứ tám Ban Chấp hành Đảng bộ thành phố"),
    ("Căn cứ Nghị quyết số 19-NQ/TW ngày 25 tháng 10 năm 2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung "
     "ương khóa XII về tiếp tục đổi mới;", "Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII"),
    ("Thực hiện Nghị quyết số 01-NQ/ĐH ngày 20/10/2020 của Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII về "
     "phương hướng;", "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"),
    ("Thực hiện Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Hội nghị Trung ương 6 khóa XIII về công nghiệp "
     "hóa;", "Hội nghị Trung ương 6 khóa XIII"),
    ("THỰC HIỆN NGHỊ QUYẾT SỐ 43-NQ/TW NGÀY 24/11/2023 CỦA HỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH TRUNG ƯƠNG "
     "ĐẢNG KHÓA XIII VỀ ĐẠI ĐOÀN KẾT", "HỘI NGHỊ LẦN THỨ TÁM BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII"),
])
def test_cited_issuer_a_plenum_or_congress(text, issuer):
    cited = refs(text).citations
    assert len(cited) == 1 and cited[0].issuer == issuer


# blind3: how the document carries X out, between the verb and X ('quán triệt sâu sắc', 'thực hiện đồng
# bộ, quyết liệt', 'triển khai kịp thời'): X is still the parent; a report's 'kết quả quán triệt' is not.
@pytest.mark.parametrize(("text", "expected"), [
    ("Trên cơ sở quán triệt sâu sắc Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh tế "
     "tư nhân, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I; Ban Thường vụ Tỉnh ủy ban hành Nghị quyết như sau:\n"
     "I. QUAN ĐIỂM", ["68-NQ/TW"]),
    ("Quán triệt sâu sắc Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Huyện ủy ban hành Kế "
     "hoạch như sau:\nI. MỤC ĐÍCH", ["05-CT/TW"]),
    ("Để triển khai kịp thời Công văn số 2348/UBND-NNTNMT ngày 29/4/2020 của UBND tỉnh, UBND huyện ban hành Kế "
     "hoạch:\nI. MỤC ĐÍCH", ["2348/UBND-NNTNMT"]),
    ("Thực hiện đồng bộ, quyết liệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, UBND tỉnh ban hành "
     "Kế hoạch:\nI. MỤC ĐÍCH", ["57-NQ/TW"]),
    ("Thực hiện nghiêm túc, có hiệu quả Chỉ thị số 12-CT/TU ngày 3/3/2021 của Ban Thường vụ Tỉnh ủy, UBND huyện "
     "ban hành Kế hoạch:\nI. MỤC ĐÍCH", ["12-CT/TU"]),
    ("BÁO CÁO\nKết quả 5 năm quán triệt sâu sắc Chỉ thị số 05-CT/TW\nI. KẾT QUẢ", []),
])
def test_carry_out_verb_with_its_manner(text, expected):
    assert [r.number for r in refs(text).implements] == expected


# blind3: a news lead's own unnumbered 'văn bản' that carries X out ('vừa ký ban hành văn bản triển khai
# thực hiện Quyết định 1012/QĐ-TTg'); 'nhiều văn bản' are earlier documents, not this one.
@pytest.mark.parametrize(("text", "expected"), [
    (" date 2025-06 Phó Chủ tịch UBND tỉnh Đặng Minh Thông vừa ký ban hành văn bản triển khai thực hiện Quyết định "
     "1012/QĐ-TTg của Thủ tướng Chính phủ về kế hoạch chuyển đổi số.\n\nUBND tỉnh yêu cầu các sở rà soát.",
     ["1012/QĐ-TTg"]),
    ("UBND tỉnh vừa có văn bản triển khai thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội "
     "đảng bộ các cấp.\nTheo đó, các sở", ["45-CT/TW"]),
    ("Chủ tịch UBND huyện đã ký ban hành văn bản chỉ đạo triển khai thực hiện Kế hoạch số 52/KH-UBND ngày 2/3/2023 "
     "của UBND tỉnh về cải cách hành chính.\nTheo đó", ["52/KH-UBND"]),
    ("Sở Y tế ban hành văn bản số 1200/SYT-NVY về việc triển khai thực hiện Công điện số 05/CĐ-UBND ngày 29/3/2017 "
     "của UBND tỉnh.\nTheo đó", ["05/CĐ-UBND"]),
    ("Thời gian qua, UBND tỉnh đã ban hành nhiều văn bản chỉ đạo thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 "
     "của Ban Chấp hành Trung ương.\nKết quả", []),
    ("Văn bản thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 được gửi kèm.\n", []),
])
def test_lead_own_text_that_carries_out(text, expected):
    assert [r.number for r in refs(text).implements] == expected


# blind3: a cited document described as issuing what carries out another ('Nghị quyết số 28/NQ-CP ngày
# 01/3/2023 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 22-NQ/TW'): a chain
# from the cited document, not this document's parent; this document's own 'ban hành Kế hoạch thực hiện'
# after another body's name still is.
@pytest.mark.parametrize(("text", "implemented", "chain"), [
    ("Nhằm cụ thể hóa các nhiệm vụ để thực hiện thắng lợi Nghị quyết số 28/NQ-CP ngày 01/3/2023 của\nChính phủ ban "
     "hành Chương trình hành động thực hiện Nghị quyết số 22-NQ/TW ngày\n30/8/2022 của Bộ Chính trị về phòng thủ "
     "dân sự; làm cơ sở để các cơ quan triển khai.\n- Xác định nội dung", [], [("28/NQ-CP", "22-NQ/TW")]),
    ("Căn cứ Nghị quyết số 28/NQ-CP ngày 01/3/2023 của Chính phủ ban hành Chương trình hành động thực hiện Nghị "
     "quyết số 22-NQ/TW ngày 30/8/2022 của Bộ Chính trị;\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
     "I. MỤC ĐÍCH", ["28/NQ-CP"], [("28/NQ-CP", "22-NQ/TW")]),
    ("Thực hiện Nghị quyết số 09/NQ-CP ngày 2/2/2023 của Chính phủ ban hành Chương trình hành động thực hiện Nghị "
     "quyết số 20-NQ/TW, Sở Nông nghiệp ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH", ["09/NQ-CP"],
     [("09/NQ-CP", "20-NQ/TW")]),
    ("Thực hiện Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thực "
     "hiện Phong trào thi đua, UBND tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH", ["923/QĐ-TTg"], []),
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 3/4/2022 của UBND tỉnh, UBND huyện ban hành Kế hoạch thực hiện Chỉ thị "
     "số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị như sau:\nI. MỤC ĐÍCH", ["12/KH-UBND", "05-CT/TW"], []),
])
def test_cited_document_that_issued_a_programme(text, implemented, chain):
    r = refs(text)
    assert [x.number for x in r.implements] == implemented
    assert [(a.number, b.number) for a, b in r.chain] == chain


# blind4: a cited document's issuer followed by a trích yếu that opens with a capital ('... của Thủ tướng
# Chính phủ Phê duyệt Đề án ...', '... Ban hành Kế hoạch ...', '... Về việc ...'): the name stops before
# it, so a decision approving or issuing a plan is still carried out; one setting up a board or issuing a
# regulation is still legal basis.
@pytest.mark.parametrize(("text", "implemented", "issuer"), [
    ("Căn cứ Quyết định số 06/QĐ-TTg, ngày 06/01/2022 của Thủ tướng Chính phủ Phê duyệt Đề án “Phát triển ứng "
     "dụng dữ liệu về dân cư”;\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH",
     ["06/QĐ-TTg"], "Thủ tướng Chính phủ"),
    ("Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ Phê duyệt Chương trình mục tiêu "
     "quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số;\nUBND huyện ban hành Kế hoạch:\n"
     "I. MỤC ĐÍCH", ["1719/QĐ-TTg"], "Thủ tướng Chính phủ"),
    ("Căn cứ Quyết định số 45/QĐ-UBND ngày 3/1/2022 của UBND tỉnh Ban hành Kế hoạch thực hiện Chương trình "
     "chuyển đổi số;\nUBND huyện ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH", ["45/QĐ-UBND"], "UBND tỉnh"),
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 2/3/2023 của Ủy ban nhân dân tỉnh Về việc triển khai Đề án 06, UBND "
     "huyện ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH", ["12/KH-UBND"], "Ủy ban nhân dân tỉnh"),
    ("Căn cứ Quyết định số 2212/QĐ-UBND ngày 27/8/2021 của Chủ tịch Ủy ban nhân dân tỉnh Về việc thành lập Ban "
     "Chỉ đạo rà soát hộ nghèo;\nỦy ban nhân dân tỉnh ban hành Kế hoạch:\nI. MỤC ĐÍCH", [],
     "Chủ tịch Ủy ban nhân dân tỉnh"),
    ("Căn cứ Quyết định số 15/2023/QĐ-UBND ngày 2/8/2023 của UBND tỉnh Ban hành Quy định cơ chế quay vòng vốn;\n"
     "UBND huyện ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH", [], "UBND tỉnh"),
])
def test_cited_issuer_before_a_capitalised_trich_yeu(text, implemented, issuer):
    r = refs(text)
    assert [x.number for x in r.implements] == implemented
    assert r.citations[0].issuer == issuer


# blind4: a document that orders its addressees to carry X out ('UBND tỉnh yêu cầu các sở ... tổ chức thực
# hiện Công văn số ...', 'yêu cầu ... tập trung chỉ đạo thực hiện tốt ... các nhiệm vụ, giải pháp tại Chỉ thị
# số ...') carries X out; an order to report on X, to go on with X, an addressee that is no body, or an
# order inside the task sections is no parent.
@pytest.mark.parametrize(("text", "expected"), [
    ("UBND tỉnh yêu cầu các sở, ban, ngành, UBND huyện, thị xã, thành phố tổ chức thực hiện Công văn số "
     "4847/BYT-DP ngày 19/8/2024 về việc chủ động phòng, chống dịch, Công văn số 4992/BYT-DP ngày 23/8/2024 về "
     "tiêm chủng vắc xin và các văn bản của UBND tỉnh.\n[xem tiếp...]", ["4847/BYT-DP", "4992/BYT-DP"]),
    ("Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố theo chức năng, "
     "nhiệm vụ được giao tập trung chỉ đạo thực hiện tốt, đồng bộ, hiệu quả các nhiệm vụ, giải pháp tại Chỉ thị "
     "số 55-CT/TW ngày 22/12/2025 của Ban Bí thư và Chỉ thị số 36/CT-TTg ngày 31/12/2025 của Thủ tướng Chính "
     "phủ.", ["55-CT/TW", "36/CT-TTg"]),
    ("Chủ tịch UBND huyện đề nghị Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn triển khai thực "
     "hiện nghiêm Chỉ thị số 05/CT-UBND ngày 6/3/2019 của Chủ tịch UBND tỉnh.\nTheo đó", ["05/CT-UBND"]),
    ("Ban Thường vụ Thành ủy yêu cầu cấp ủy, tổ chức đảng các cấp thực hiện có hiệu quả các nội dung nêu tại "
     "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.", ["21-KL/TW"]),
    ("UBND tỉnh yêu cầu các sở báo cáo kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 3/3/2022 trước ngày "
     "15/12.", []),
    ("UBND tỉnh yêu cầu các sở tiếp tục thực hiện Chỉ thị số 12/CT-UBND ngày 3/3/2020 của UBND tỉnh.", []),
    ("Kết quả năm 2023 đáp ứng yêu cầu nhiệm vụ và thực hiện Nghị quyết số 05-NQ/TU ngày 2/2/2021 của Tỉnh ủy.",
     []),
    ("KẾ HOẠCH\nThực hiện Kế hoạch số 30/KH-UBND ngày 2/2/2024 của UBND tỉnh, UBND huyện ban hành Kế hoạch:\n"
     "I. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nII. NHIỆM VỤ\n1. UBND huyện yêu cầu các xã tổ chức thực hiện Kế "
     "hoạch số 5/KH-UBND ngày 1/1/2024 của UBND huyện.", ["30/KH-UBND"]),
])
def test_document_that_orders_x_carried_out(text, expected):
    assert [r.number for r in refs(text).implements] == expected


# blind4: a second carry-out verb joined to an opener's clause ('Để thực hiện nghiêm các văn bản ... và thực
# hiện Thông báo số 935/TB-UBND ...', '...; đồng thời triển khai Kế hoạch số ...') names one more parent;
# not inside a cited document's own 'về ...' subject, and not 'và tiếp tục thực hiện'.
@pytest.mark.parametrize(("text", "expected"), [
    ("Để thực hiện nghiêm các văn bản chỉ đạo của Thủ tướng Chính phủ và của UBND tỉnh về tiếp tục thực hiện "
     "các biện pháp phòng chống dịch và thực hiện Thông báo số 935/TB-UBND ngày 07/6/2021 của UBND tỉnh về việc "
     "hoãn tiếp công dân, UBND huyện thông báo hoãn tổ chức.\n", ["935/TB-UBND"]),
    ("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; đồng thời triển khai Kế hoạch số 20-KH/TU "
     "ngày 3/3/2017 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch:\nI. MỤC ĐÍCH",
     ["05-CT/TW", "20-KH/TU"]),
    ("Căn cứ tình hình thực tế và thực hiện Công văn số 330/UBND-VP ngày 27/3/2020 của UBND huyện, UBND xã yêu "
     "cầu các thôn thực hiện ngay:\n- Tăng cường tuyên truyền.", ["330/UBND-VP"]),
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 2/3/2023 của UBND tỉnh về xây dựng và thực hiện Quy chế số "
     "5-QC/UBND ngày 1/1/2023, UBND huyện ban hành Kế hoạch:\nI. MỤC ĐÍCH", ["12/KH-UBND"]),
    ("Thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương và tiếp tục thực hiện Chỉ thị "
     "số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Huyện ủy ban hành Kế hoạch:\nI. MỤC ĐÍCH", ["43-NQ/TW"]),
])
def test_second_carry_out_verb_in_the_clause(text, expected):
    assert [r.number for r in refs(text).implements] == expected


# blind4: a lead that names the page's document by a bare number ('ban hành Thông báo số 50'), then another
# lead sentence with a full number of another sequence or type ('ban hành Thông báo số 38-TB/BNCTU'): that
# one is an earlier document, so a citation; the full form of the same bare number is still the document.
@pytest.mark.parametrize(("text", "cited"), [
    ("Ngày 10/8/2022, Ban Nội chính Tỉnh ủy ban hành Thông báo số 50 mời tiếp dân định kỳ.\nTheo đó, thực hiện "
     "Quyết định số 1518-QĐ/TU ngày 25/3/2019 của Ban Thường vụ Tỉnh ủy, ngày 12/4/2022, Ban Nội chính Tỉnh ủy "
     "ban hành Thông báo số 38-TB/BNCTU mời tiếp dân Phiên tháng 5.\n", ["1518-QĐ/TU", "38-TB/BNCTU"]),
    ("Ngày 5/3/2024, UBND tỉnh ban hành Kế hoạch số 45 về chuyển đổi số. Trước đó, ngày 2/1/2024, UBND tỉnh đã "
     "ban hành Kế hoạch số 03/KH-UBND về cải cách hành chính.\n", ["03/KH-UBND"]),
    ("UBND huyện ban hành Thông báo số 50 về lịch tiếp công dân. UBND huyện cũng đã ban hành Kế hoạch số "
     "12/KH-UBND về tiếp công dân năm 2024.\n", ["12/KH-UBND"]),
    ("Ngày 5/3/2024, UBND tỉnh ban hành Kế hoạch số 45 về chuyển đổi số.\nUBND tỉnh đã ban hành Kế hoạch số "
     "45/KH-UBND ngày 5/3/2024 về chuyển đổi số.\n", []),
    ("Ngày 12/4/2022, Ban Nội chính Tỉnh ủy ban hành Thông báo số 38-TB/BNCTU mời tiếp dân.\n", []),
])
def test_lead_after_an_own_bare_number_names_another_document(text, cited):
    assert numbers(text) == cited


# blind5: the page's own trích yếu, found by the header in a lead that deploys or builds the subject's own
# document ('Đảng uỷ phường Dĩ An triển khai Kế hoạch thực hiện Nghị quyết 57-NQ/TW ...', 'UBND tỉnh xây
# dựng Kế hoạch thực hiện Chỉ thị số ...'), opens with a carry-out verb: what follows is the parent. Not a
# subject deploying another body's numbered plan (that plan is the parent), not 'tiếp tục thực hiện', not
# a title that names no document.
@pytest.mark.parametrize(("text", "expected"), [
    ("Sáng 27-8, Đảng uỷ phường Dĩ An triển khai Kế hoạch "
     "thực hiện Nghị quyết 57-NQ/TW, ngày 22-12-2024 của Bộ chính trị về đột phá phát triển khoa học công "
     "nghệ trên địa bàn.\n\nTheo đó, Đảng ủy phường Dĩ An đề ra các nhiệm vụ cụ thể.", ["57-NQ/TW"]),
    ("Chiều 5/3, Ban Thường trực Ủy ban MTTQ tỉnh Bắc Kạn triển khai Kế hoạch triển khai thực hiện Chỉ thị số "
     "18-CT/TW ngày 26/10/2022 của Ban Bí thư về phát huy vai trò của Mặt trận.\nKế hoạch nêu rõ mục đích.",
     ["18-CT/TW"]),
    ("Nhằm nâng cao hiệu quả công tác dân số, UBND tỉnh xây dựng Kế hoạch thực hiện Chỉ thị số 27/CT-TTg ngày "
     "4/9/2024 của Thủ tướng Chính phủ trên địa bàn tỉnh, cụ thể như sau:\nI. MỤC ĐÍCH", ["27/CT-TTg"]),
    ("UBND huyện Gio Linh vừa triển khai kế hoạch về việc thực hiện nghiêm túc Kết luận số 21-KL/TW ngày "
     "25/10/2021 của Ban Chấp hành Trung ương trong cán bộ, công chức.\n", ["21-KL/TW"]),
    ("Sáng 9/8/2019, Đảng ủy phường Phúc La triển khai Kế hoạch số 256-KH/QU ngày 2/8/2019 của Quận ủy Hà Đông "
     "về thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.\n", None),
    ("Ngày 3/3, Huyện ủy triển khai Kế hoạch tiếp tục thực hiện Nghị quyết số 05-NQ/TU ngày 2/2/2021 của Tỉnh "
     "ủy về phát triển du lịch.\n", []),
    ("Sáng 2/4, UBND xã Tân Hải triển khai Kế hoạch tổ chức Lễ phát động Tết trồng cây năm 2025 trên địa bàn "
     "xã.\nThực hiện Kế hoạch số 08/KH-UBND của UBND tỉnh, xã sẽ trồng 2.000 cây.\n", ["08/KH-UBND"]),
    # known1: the holder's own plan deployed after the upper directive it carries out
    ("Sáng 5/10, Ban Thường vụ Huyện ủy Lục Nam tổ chức hội nghị triển khai Chỉ thị số 45-CT/TW của Bộ Chính trị "
     "và Kế hoạch số 120-KH/HU ngày 1/10/2025 của Huyện ủy Lục Nam về thực hiện Chỉ thị số 45-CT/TW.\n",
     ["45-CT/TW"]),
])
def test_own_title_from_a_lead_names_its_parent(text, expected):
    got = [r.number for r in parse_text(text).implements]
    if expected is None:  # another body's plan deployed: its own parent is never the page's
        assert "35-CT/TW" not in got
    else:
        assert got == expected


# blind5: a second carry-out verb after a cited document's own 'về ...' subject is that document's content
# only when its object is not newer: a 2011 resolution cannot be about carrying out a 2015 one, so 'Tiếp tục
# thực hiện X (2011) ... về ... và triển khai thực hiện Y (2015)' names Y as one more parent. Undated, same
# day or older objects stay the cited document's content; 'và tiếp tục thực hiện Y' stays a citation.
@pytest.mark.parametrize(("text", "expected"), [
    ("Tiếp tục thực hiện Nghị quyết số\n30c/NQ-CP ngày 08/11/2011 của Chính phủ về việc ban hành Chương trình "
     "tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020 và triển khai thực hiện Nghị quyết số "
     "36a/NQ-CP ngày 14/10/2015\ncủa Chính phủ v/v ban hành Nghị quyết về Chính phủ điện tử, đảm bảo thực hiện "
     "có hiệu quả các mục tiêu.\nI. MỤC TIÊU", ["30c/NQ-CP", "36a/NQ-CP"]),
    ("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, "
     "đạo đức, phong cách Hồ Chí Minh và thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị, Ban "
     "Thường vụ Huyện ủy ban hành Kế hoạch:\nI. MỤC ĐÍCH", ["05-CT/TW", "01-KL/TW"]),
    ("Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh về tuyên truyền và triển khai thực hiện Chỉ thị số "
     "05/CT-TTg của Thủ tướng Chính phủ, UBND huyện ban hành Kế hoạch:\nI. MỤC ĐÍCH", ["12/KH-UBND"]),
    ("Thực hiện Quyết định số 10/QĐ-UBND ngày 5/1/2022 của UBND tỉnh về việc ban hành và triển khai thực hiện "
     "Kế hoạch số 11/KH-UBND ngày 5/1/2022 của UBND tỉnh, UBND xã ban hành Kế hoạch:\nI. MỤC ĐÍCH",
     ["10/QĐ-UBND"]),
    ("Thực hiện Kế hoạch số 20/KH-UBND ngày 3/3/2023 của UBND huyện về cải cách hành chính và tiếp tục thực "
     "hiện Chỉ thị số 07/CT-UBND ngày 2/2/2024 của UBND tỉnh, UBND xã ban hành Kế hoạch:\nI. MỤC ĐÍCH",
     ["20/KH-UBND"]),
    ("Thực hiện Kế hoạch số 53/KH-UBND ngày 7/3/2024 của UBND huyện về triển khai thực hiện Nghị quyết số "
     "43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương, UBND xã ban hành Kế hoạch:\nI. MỤC ĐÍCH",
     ["53/KH-UBND"]),
])
def test_carry_out_verb_after_an_older_cited_subject(text, expected):
    assert [r.number for r in parse_text(text).implements] == expected


# blind5: an assignment is an order too: 'Giao Cục Thống kê tham mưu UBND tỉnh thực hiện các nội dung tại
# Quyết định số 772/QĐ-TTg ...', 'Chủ tịch UBND tỉnh giao Sở Y tế chủ trì ... tổ chức thực hiện Công văn số
# ...' carry X out; an assignment to report on X, a handing over ('bàn giao'), and what a body 'được giao' are
# not.
@pytest.mark.parametrize(("text", "expected"), [
    ("UBND tỉnh nhận được Quyết định số 772/QĐ-TTg ngày 26/6/2018 của Thủ tướng Chính phủ về tổ chức Tổng điều "
     "tra dân số. Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\nGiao Cục Thống kê tham mưu "
     "UBND tỉnh thực hiện các nội dung tại Quyết định số 772/QĐ-TTg ngày 26/6/2018 của Thủ tướng Chính phủ.\n",
     ["772/QĐ-TTg"]),
    ("Chủ tịch UBND tỉnh giao Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổ chức thực hiện Công văn số "
     "4847/BYT-DP ngày 19/8/2024 của Bộ Y tế về phòng, chống dịch.\n", ["4847/BYT-DP"]),
    ("UBND huyện giao UBND các xã, thị trấn triển khai thực hiện nghiêm Chỉ thị số 05/CT-UBND ngày 6/3/2019 "
     "của Chủ tịch UBND tỉnh.\n", ["05/CT-UBND"]),
    ("Giao Sở Nội vụ tổng hợp, báo cáo kết quả thực hiện Kế hoạch số 12/KH-UBND ngày 3/3/2022 trước ngày "
     "15/12.\n", []),
    ("UBND tỉnh đã bàn giao các hồ sơ cho UBND huyện thực hiện Quyết định số 12/QĐ-UBND ngày 2/2/2022.\n", []),
    ("Các sở được giao Chủ trì thực hiện Kế hoạch số 30/KH-UBND ngày 2/2/2024 báo cáo UBND tỉnh.\n", []),
])
def test_assignment_to_carry_x_out(text, expected):
    assert [r.number for r in refs(text).implements] == expected


# blind5: a cited document about, or issuing, a programme or plan that carries out another is a chain
# ('Nghị quyết 137/NQ-CP năm 2017 về Chương trình hành động thực hiện Nghị quyết 21-NQ/TW', '... của Chính
# phủ ban hành chương trình hành động và kế hoạch của Chính phủ triển khai thực hiện Chỉ thị số 32-CT/TW');
# a subject that is no programme or plan, or 'tiếp tục thực hiện', makes none.
@pytest.mark.parametrize(("text", "pairs"), [
    ("- 2Nghị quyết 137/NQ-CP năm 2017 về Chương trình hành động thực hiện Nghị quyết 21-NQ/TW về công tác "
     "dân số trong tình hình mới do Chính phủ ban hành\n", [("137/NQ-CP", "21-NQ/TW")]),
    ("Bộ Quốc phòng vừa ban hành kế hoạch triển khai thực hiện Nghị quyết số 52/NQ-CP ngày 22/4/2024 của Chính "
     "phủ ban hành chương trình hành động và kế hoạch của Chính phủ triển khai thực hiện Chỉ thị số 32-CT/TW "
     "ngày 10/4/2024 của Ban Bí thư.\n", [("52/NQ-CP", "32-CT/TW")]),
    ("Căn cứ Quyết định số 1315/QĐ-TTg ngày 9/11/2023 của Thủ tướng Chính phủ về Kế hoạch thực hiện Kết luận "
     "số 49-KL/TW ngày 10/2/2023 của Ban Bí thư;\n", [("1315/QĐ-TTg", "49-KL/TW")]),
    ("Thực hiện Kế hoạch số 12/KH-UBND ngày 2/3/2023 về chương trình công tác năm 2023 và thực hiện Nghị quyết "
     "số 05-NQ/TU ngày 1/2/2021 của Tỉnh ủy.\n", []),
    ("Thực hiện Nghị quyết số 52/NQ-CP ngày 22/4/2024 của Chính phủ ban hành chương trình hành động; tiếp tục "
     "thực hiện Chỉ thị số 32-CT/TW ngày 10/4/2024 của Ban Bí thư.\n", []),
])
def test_cited_document_about_a_programme_that_carries_out_another(text, pairs):
    assert [(x.number, y.number) for x, y in refs(text).chain] == pairs


# blind6: an order to study and apply a directive ('UBND tỉnh yêu cầu các sở ... tuyên truyền, phổ biến và
# quán triệt sâu rộng tinh thần Chỉ thị số 39-CT/TW') carries it out like an order to 'thực hiện' it; an order
# to report on, assess or review the study, or a report that the study was done, is no parent.
@pytest.mark.parametrize(("text", "expected"), [
    ("Theo đó, UBND tỉnh yêu cầu các sở, ngành, chính quyền địa phương tập trung tuyên truyền, phổ biến và quán "
     "triệt sâu rộng tinh thần Chỉ thị số 39-CT/TW, tăng cường sự lãnh đạo.", ["39-CT/TW"]),
    ("Ban Thường vụ Huyện ủy yêu cầu các chi bộ, đảng bộ cơ sở quán triệt nghiêm túc Kết luận số 93-KL/TW ngày "
     "20/11/2020 của Ban Bí thư đến cán bộ, đảng viên.", ["93-KL/TW"]),
    ("UBND huyện đề nghị các cơ quan, đơn vị quán triệt, triển khai thực hiện Chỉ thị số 05/CT-UBND ngày 6/3/2019 "
     "của Chủ tịch UBND tỉnh.", ["05/CT-UBND"]),
    ("Thường trực Tỉnh ủy yêu cầu cấp ủy các cấp quán triệt tinh thần của Nghị quyết số 57-NQ/TW ngày 22/12/2024 "
     "của Bộ Chính trị.", ["57-NQ/TW"]),
    ("UBND tỉnh yêu cầu các sở báo cáo kết quả quán triệt Chỉ thị số 39-CT/TW ngày 30/10/2024 trước ngày 15/12.",
     []),
    ("UBND tỉnh yêu cầu các sở đánh giá kết quả sau 5 năm quán triệt Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban "
     "Bí thư.", []),
    ("UBND tỉnh đề nghị các sở sơ kết việc quán triệt Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư.", []),
    ("Báo cáo nêu: các sở đã tuyên truyền, phổ biến và quán triệt sâu rộng tinh thần Chỉ thị số 39-CT/TW ngày "
     "30/10/2024.", []),
])
def test_order_to_study_and_apply_x(text, expected):
    assert [x.number for x in refs(text).implements] == expected


# blind7: what of X the document carries out, between the verb and X ('Thực hiện nội dung Nghị quyết số
# 36-NQ/TW', 'Quán triệt tinh thần Chỉ thị ...', 'Triển khai các nội dung của Kết luận ...'): X is still the
# parent; a report on the results of carrying X out is not.
@pytest.mark.parametrize(("text", "expected"), [
    ("Thực hiện nội dung Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Hội nghị lần thứ tám Ban Chấp hành Trung "
     "ương Đảng khóa XII (viết tắt là Nghị quyết số 36-NQ/TW), UBND tỉnh ban hành kế hoạch như sau:\n1. Triển khai",
     ["36-NQ/TW"]),
    ("Quán triệt tinh thần Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Huyện ủy ban hành "
     "Kế hoạch như sau:\nI. MỤC ĐÍCH", ["05-CT/TW"]),
    ("Triển khai các nội dung của Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, Đảng ủy xã xây dựng "
     "Kế hoạch:\nI. MỤC ĐÍCH", ["14-KL/TW"]),
    ("Để thực hiện có hiệu quả nội dung Kế hoạch số 12/KH-UBND ngày 3/4/2022 của UBND tỉnh, UBND huyện ban hành "
     "Kế hoạch:\nI. MỤC ĐÍCH", ["12/KH-UBND"]),
    ("Thực hiện tinh thần Nghị quyết số 43-NQ/TW và Kết luận số 79-KL/TW của Bộ Chính trị, Ban Chấp hành ban hành "
     "Chương trình:\nI. MỤC ĐÍCH", ["43-NQ/TW", "79-KL/TW"]),
    ("BÁO CÁO\nKết quả thực hiện nội dung Nghị quyết số 36-NQ/TW ngày 22/10/2018 năm 2023\nI. KẾT QUẢ", []),
])
def test_carry_out_verb_with_what_of_x(text, expected):
    assert [r.number for r in refs(text).implements] == expected


# blind7: a cited Government resolution that issued a plan with qualifiers ('ban hành Kế hoạch tổng thể và
# kế hoạch 5 năm của Chính phủ thực hiện Nghị quyết số 36-NQ/TW'): a chain, as for a bare 'kế hoạch'; a
# plan 'về ...' some subject is that plan's content, not a chain.
@pytest.mark.parametrize(("text", "pairs"), [
    ("Thực hiện Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ ban hành Kế hoạch tổng thể và kế hoạch 5 năm "
     "của Chính phủ thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018;\n", [("26/NQ-CP", "36-NQ/TW")]),
    ("Căn cứ Nghị quyết số 50/NQ-CP ngày 20/5/2021 của Chính phủ ban hành Chương trình hành động thực hiện Nghị "
     "quyết Đại hội XIII và Kế hoạch hành động thực hiện Chỉ thị số 14-CT/TW;\n", []),
    ("Căn cứ Quyết định số 10/QĐ-TTg ngày 3/1/2022 của Thủ tướng ban hành kế hoạch trung hạn thực hiện Kết luận "
     "số 11-KL/TW ngày 13/7/2021 của Ban Chấp hành Trung ương;\n", [("10/QĐ-TTg", "11-KL/TW")]),
    ("Thực hiện Quyết định số 88/QĐ-UBND ngày 2/2/2023 của UBND tỉnh ban hành kế hoạch năm 2023 thực hiện Chỉ thị "
     "số 09-CT/TU ngày 1/1/2023 của Ban Thường vụ Tỉnh ủy;\n", [("88/QĐ-UBND", "09-CT/TU")]),
    ("Thực hiện Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ ban hành kế hoạch về phòng chống thiên tai; "
     "thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018;\n", []),
])
def test_cited_document_that_issued_a_qualified_plan(text, pairs):
    assert [(x.number, y.number) for x, y in refs(text).chain] == pairs


# blind8: the header's number line cut short by a two-column layout ('Số: 255 / BC-BCĐPCGD-' ... 'XMC') is the
# document's own number, not a citation; the same shorter number elsewhere in the text, or after a type word,
# is another document.
@pytest.mark.parametrize(("text", "cited"), [
    ("UBND HUYỆN NGA SƠN\nBAN CHỈ ĐẠO PCGD, XMC\nSố: 255 / BC-BCĐPCGD-\nNga Sơn, ngày 13 tháng 11 năm 2020\nXMC\n"
     "BÁO CÁO\nTình hình phổ cập giáo dục\nI. KẾT QUẢ\n1. Đã thực hiện tốt.\n", []),
    ("ỦY BAN TRUNG ƯƠNG\nMẶT TRẬN TỔ QUỐC VIỆT NAM\nSố: 26/NQ-MTTW-\nHà Nội, ngày 5 tháng 3 năm 2024\nĐCT\n"
     "NGHỊ QUYẾT\nVề công tác năm 2024\nI. NỘI DUNG\n1. Thực hiện.\n", []),
    ("ỦY BAN NHÂN DÂN\nHUYỆN TIÊN LÃNG\nSố: 120/UBND-\nVX\nTiên Lãng, ngày 4 tháng 4 năm 2023\nV/v triển khai\n"
     "Thực hiện Kế hoạch số 53/KH-UBND ngày 7/3/2024 của UBND huyện, UBND xã báo cáo như sau:\n", ["53/KH-UBND"]),
    ("UBND HUYỆN NGA SƠN\nBAN CHỈ ĐẠO PCGD, XMC\nSố: 255 / BC-BCĐPCGD-\nNga Sơn, ngày 13 tháng 11 năm 2020\nXMC\n"
     "BÁO CÁO\nTình hình\nI. KẾT QUẢ\nThực hiện Báo cáo số 255/BC-BCĐPCGD ngày 2/2/2019 của Ban Chỉ đạo.\n",
     ["255/BC-BCĐPCGD"]),
])
def test_own_number_cut_short_on_its_line(text, cited):
    record = parse_text(text)
    assert sorted(r.number for r in record.citations if r.number) == cited
# blind9: a Party number whose issuer code ends in the body's term ('3260-KH/ĐĐQH15' of the National
# Assembly's Party delegation, 15th term): the digits belong to the code, as in the state's 'NQ-UBTVQH14';
# digits glued to a date ('57-NQ/TW22/12/2024') are not a term.
@pytest.mark.parametrize(("text", "expected"), [
    ("Thực hiện Kế hoạch số 3260-KH/ĐĐQH15 ngày 10/01/2025 của Đảng đoàn Quốc hội, Đảng ủy ban hành:\n",
     ["3260-KH/ĐĐQH15"]),
    ("Căn cứ Nghị quyết số 12-NQ/ĐĐQH14 ngày 5/3/2020 của Đảng đoàn Quốc hội về công tác lập pháp;\n",
     ["12-NQ/ĐĐQH14"]),
    ("Thực hiện Quy định số 05 - QĐ/ĐUQH15, ngày 2/4/2025 và Kết luận số 7-KL/ĐĐQH14;\n",
     ["05-QĐ/ĐUQH15", "7-KL/ĐĐQH14"]),
    ("theo Công văn số 88-CV/ĐĐQH15 của Đảng đoàn,\n", ["88-CV/ĐĐQH15"]),
    ("Thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương;\n", ["43-NQ/TW"]),
])
def test_party_issuer_code_ending_in_its_term(text, expected):
    assert numbers(text) == expected


# blind9: a document that ends, stops or suspends the carrying out of X ('Thông báo 590-TB/TU về việc chấm
# dứt hiệu lực thực hiện Nghị quyết số 03-NQ/TU', 'dừng / tạm dừng / ngừng / kết thúc thực hiện'): X is what
# it stops, never its parent; 'về việc thực hiện X' still names the parent.
@pytest.mark.parametrize(("text", "expected"), [
    ("Ban Thường vụ Tỉnh uỷ vừa ban hành thông báo 590-TB/TU về việc chấm dứt hiệu lực thực hiện Nghị quyết "
     "số 03-NQ/TU, ngày 08-8-2016 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng.\n", []),
    ("UBND tỉnh vừa ban hành Quyết định số 12/QĐ-UBND về việc dừng thực hiện Kế hoạch số 45/KH-UBND ngày "
     "3/3/2021.\n", []),
    ("Huyện ủy vừa ban hành Thông báo số 77-TB/HU về việc tạm dừng thực hiện Chỉ thị số 05-CT/HU ngày "
     "1/2/2020.\n", []),
    ("Tỉnh ủy ban hành Quyết định số 300-QĐ/TU về việc kết thúc thực hiện Nghị quyết số 09-NQ/TU ngày "
     "5/5/2015.\n", []),
    ("Ban Thường vụ Huyện ủy vừa ban hành Quyết định số 45-QĐ/HU về việc NGỪNG THỰC HIỆN Kế hoạch số "
     "11-KH/HU.\n", []),
    ("UBND tỉnh vừa ban hành Kế hoạch số 12/KH-UBND về việc thực hiện Chỉ thị số 05-CT/TU ngày 3/3/2021.\n",
     ["05-CT/TU"]),
])
def test_stopping_the_carrying_out_of_x_is_not_carrying_it_out(text, expected):
    assert [str(r.number) for r in parse_text(text).implements] == expected


# blind9: a cited document announced with its issuer as the subject ('Ngày 22/12/2024, Bộ Chính trị đã ban
# hành Nghị quyết số 57-NQ/TW về ...', 'Vừa qua, Ban Bí thư đã ban hành Chỉ thị số 36-CT/TW'): the subject is
# its issuer and the opening date its date, when no 'của ...' and no date follow the number.
_OWN = "TỈNH ỦY HÀ TĨNH\n*\nSố 40-CTr/TU\nHà Tĩnh, ngày 10 tháng 01 năm 2025\nCHƯƠNG TRÌNH\nhành động\n\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày 22/12/2024, Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học.\n",
     [("57-NQ/TW", "Bộ Chính trị", date(2024, 12, 22))]),
    ("Ngày 16-6-2022, Ban Chấp hành Trung ương Đảng khóa XIII ban hành Nghị quyết số 21-NQ/TW “về tăng cường "
     "củng cố tổ chức cơ sở đảng”.\n", [("21-NQ/TW", "Ban Chấp hành Trung ương Đảng khóa XIII", date(2022, 6, 16))]),
    ("Vừa qua, Ban Bí thư đã ban hành Chỉ thị số 36-CT/TW về đại hội các hội văn học, nghệ thuật.\n",
     [("36-CT/TW", "Ban Bí thư", None)]),
    ("Ngày 4/5/2025, Bộ Chính trị ban hành Nghị quyết số 68-NQ/TW ngày 04/5/2025 về phát triển kinh tế tư nhân.\n",
     [("68-NQ/TW", "Bộ Chính trị", date(2025, 5, 4))]),
    ("UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND ngày 3/3/2024 của Ủy ban nhân dân tỉnh về chuyển đổi số.\n",
     [("12/KH-UBND", "Ủy ban nhân dân tỉnh", date(2024, 3, 3))]),
    ("Sau khi Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW, các cấp ủy đã quán triệt.\n",
     [("57-NQ/TW", None, None)]),
])
def test_cited_document_announced_by_its_issuer(text, expected):
    got = [(str(c.number), c.issuer, c.issued_on) for c in parse_text(_OWN + text).citations]
    assert got == expected


# blind11: a guide carries out some articles of a regulation ('HƯỚNG DẪN / THỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ
# 07-QĐI/TW', 'Triển khai một số nội dung của Kết luận ...'): the regulation is the parent, the Politburo's 'QĐi'
# series included; an article word without its quantifier ('Thực hiện điều chỉnh Kế hoạch ...') carries out nothing.
@pytest.mark.parametrize(("text", "expected"), [
    ("HƯỚNG DẪN\n\nTHỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 07-QĐI/TW, NGÀY 28/8/2018 CỦA BỘ CHÍNH TRỊ VỀ XỬ LÝ KỶ "
     "LUẬT TỔ CHỨC ĐẢNG VI PHẠM\n\n- Căn cứ Quy định số 30-QĐ/TW, ngày 26/7/2016 của Ban Chấp hành Trung ương;\n"
     "Điều 2. Giải thích từ ngữ\n", ["07-QĐi/TW"]),
    ("Hướng dẫn thực hiện một số điều của Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị về phân cấp "
     "quản lý cán bộ\n1. Về phạm vi\n", ["105-QĐ/TW"]),
    ("Triển khai một số nội dung của Kết luận số 48-KL/TW ngày 30/01/2023 của Bộ Chính trị, Ban Thường vụ Huyện "
     "ủy ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH", ["48-KL/TW"]),
    ("Thực hiện các điều tại Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương, Đảng ủy xã "
     "ban hành Kế hoạch:\nI. MỤC ĐÍCH", ["08-QĐi/TW"]),
    ("Thực hiện điều chỉnh Kế hoạch số 12/KH-UBND ngày 3/4/2022 của UBND huyện về tiêm chủng, UBND xã thông báo:\n"
     "1. Thời gian", []),
    ("Thực hiện Điều 5 Quyết định số 12/2020/QĐ-UBND của UBND tỉnh, Sở Tài chính hướng dẫn:\n1. Hồ sơ", []),
])
def test_guide_carrying_out_some_articles_of_x(text, expected):
    assert [r.number for r in refs(text).implements] == expected


# blind11: a direction joined to the opener's clause ('Thực hiện Chỉ thị số 22/CT-TW ... về ... và chỉ đạo của UBND
# tỉnh tại văn bản số 238/UBND-KGVX ...') is one more parent, issued by its director; a direction outside the
# clause, an older document's own subject, or a direction cited after 'tiếp tục' is not.
@pytest.mark.parametrize(("text", "expected", "issuer"), [
    ("Thực hiện Chỉ thị số 22/CT-TW ngày 23/01/2018 của Ban Bí thư về đẩy mạnh các phong trào thi đua và chỉ đạo "
     "của UBND tỉnh tại văn bản số 238/UBND-KGVX ngày 19/3/2018 về tổ chức các hoạt động kỷ niệm, Ban Thi đua "
     "hướng dẫn:\n1. Nội dung", ["22/CT-TW", "238/UBND-KGVX"], "UBND tỉnh"),
    ("Thực hiện Kế hoạch số 12-KH/TU ngày 5/3/2019 của Ban Thường vụ Tỉnh ủy và ý kiến chỉ đạo của Chủ tịch "
     "UBND tỉnh tại Công văn số 345/UBND-VX ngày 20/3/2019, UBND huyện ban hành Kế hoạch:\nI. MỤC ĐÍCH",
     ["12-KH/TU", "345/UBND-VX"], "Chủ tịch UBND tỉnh"),
    ("Thực hiện Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương; chỉ đạo của Bộ Y tế theo "
     "Công văn số 1204/BYT-KH-TC ngày 2/4/2018, Sở Y tế xây dựng Kế hoạch:\nI. MỤC ĐÍCH",
     ["20-NQ/TW", "1204/BYT-KH-TC"], "Bộ Y tế"),
    ("Thực hiện Kế hoạch số 53/KH-UBND ngày 7/3/2024 của UBND huyện. Theo chỉ đạo của UBND tỉnh tại Công văn "
     "số 88/UBND-VP ngày 9/3/2024, các xã báo cáo kết quả.\nI. MỤC ĐÍCH", ["53/KH-UBND"], None),
    ("Thực hiện Kế hoạch số 53/KH-UBND ngày 7/3/2024 của UBND huyện về thực hiện chỉ đạo của UBND tỉnh tại "
     "Công văn số 88/UBND-VP ngày 9/3/2023, UBND xã ban hành Kế hoạch:\nI. MỤC ĐÍCH", ["53/KH-UBND"], None),
])
def test_direction_joined_to_the_opener_clause(text, expected, issuer):
    found = refs(text).implements
    assert [r.number for r in found] == expected
    if issuer:
        assert found[-1].issuer == issuer


# blind11: a portal's or legal library's listing before the text gives the document's own number in a cell ('Số / ký
# hiệu' / '18/QĐ-MTTQ-BTT', '- Số hiệu văn bản: 09/2016/NQ-HĐND'): never a citation, even when the portal wrote a code
# differently from the Số line; a cited number after a type word in the body still is.
@pytest.mark.parametrize(("text", "cited"), [
    ("Số / ký hiệu\n18/QĐ-MTTQ-BTT\nLoại văn bản\nQuyết định\nNội dung\nỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG TRỊ\n"
     "Số: 18/QĐ-MTTQ-UB\nQuảng Trị, ngày 30 tháng 9 năm 2019\nQUYẾT ĐỊNH\nBan hành Quy chế\n", []),
    ("- Số hiệu văn bản: 09/2016/NQ-HĐND\n- Loại văn bản: Nghị quyết\nHỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
     "VIỆT NAM |\nSố: 09/2016/NQ-HĐND | Thừa Thiên Huế, ngày 31 tháng 8 năm 2016 |\nNGHỊ QUYẾT\n", []),
    ("Số ký hiệu: 45/KH-UBND\nNgày ban hành: 02/3/2020\nKẾ HOẠCH\nThực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 "
     "của Bộ Chính trị\n", ["05-CT/TW"]),
    ("Ký hiệu\n12/TB-VPUB\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 3/4/2021\n", []),
    ("KẾ HOẠCH\nThực hiện Kế hoạch số 53/KH-UBND ngày 7/3/2024 của UBND huyện; số hiệu các xã báo cáo\n",
     ["53/KH-UBND"]),
])
def test_listing_number_cell_is_the_document_itself(text, cited):
    assert numbers(text) == cited


# blind12: after a cited document's date, the plenum that adopted it may stand with no 'của' ('Nghị quyết số
# 36/NQ-TW ngày 22/10/2018 Hội nghị lần thứ Tám Ban chấp hành Trung ương khóa XII về ...'): it is the issuer, as
# 'của' would make it; a meeting that is no body, or no date before it, gives none.
@pytest.mark.parametrize(("text", "number", "issuer"), [
    ("Tỉnh ủy ban hành Chương trình hành động số 39-CTr/TU thực hiện Nghị quyết số 36/NQ-TW ngày 22/10/2018 Hội "
     "nghị lần thứ Tám Ban chấp hành Trung ương khóa XII về Chiến lược biển.\n", "36/NQ-TW",
     "Hội nghị lần thứ Tám Ban chấp hành Trung ương khóa XII"),
    ("Thực hiện Nghị quyết số 19-NQ/TW ngày 16/6/2022, Hội nghị lần thứ Năm Ban chấp hành Trung ương Đảng khóa XIII "
     "về nông nghiệp, Ủy ban nhân dân tỉnh ban hành Kế hoạch.\n", "19-NQ/TW",
     "Hội nghị lần thứ Năm Ban chấp hành Trung ương Đảng khóa XIII"),
    ("Căn cứ Nghị quyết số 26-NQ/TW ngày 05/8/2008 Hội nghị Trung ương 7 khóa X về nông nghiệp, nông dân, nông thôn;\n",
     "26-NQ/TW", "Hội nghị Trung ương 7 khóa X"),
    ("Thực hiện Nghị quyết số 05-NQ/TU ngày 10/3/2021 Hội nghị lần thứ 4 Ban Chấp hành Đảng bộ tỉnh khóa XVII về "
     "giảm nghèo;\n", "05-NQ/TU", "Hội nghị lần thứ 4 Ban Chấp hành Đảng bộ tỉnh khóa XVII"),
])
def test_plenum_after_the_cited_date_is_its_issuer(text, number, issuer):
    got = {r.number: r.issuer for r in refs(text).citations}
    assert got[number] == issuer


@pytest.mark.parametrize(("text", "number"), [
    ("Thực hiện Nghị quyết số 36-NQ/TW Hội nghị lần thứ Tám Ban chấp hành Trung ương khóa XII về biển;\n", "36-NQ/TW"),
    ("Triển khai Kế hoạch số 12-KH/UBND ngày 3/4/2023 hội nghị tổng kết năm được tổ chức tại hội trường;\n",
     "12-KH/UBND"),
])
def test_no_plenum_issuer_without_a_date_or_a_body(text, number):
    got = {r.number: r.issuer for r in refs(text).citations}
    assert got[number] is None


# blind12: the parts of X the document carries out, listed between the verb and X ('Quán triệt các quan điểm, mục
# tiêu và nhiệm vụ giải pháp chủ yếu của Nghị quyết số 45-NQ/TW ..., Tỉnh ủy ban hành Chương trình ...', 'Thực hiện
# các mục tiêu, nhiệm vụ, giải pháp tại Quyết định số ...'): X is still the parent where the verb opens the
# sentence; a report on the results of those parts is not.
@pytest.mark.parametrize(("text", "expected"), [
    ("Quán triệt các quan điểm, mục tiêu và nhiệm vụ giải pháp chủ yếu của Nghị quyết số 45-NQ/TW, ngày 24/11/2023 "
     "của Ban Chấp hành Trung ương Đảng khóa XIII, Tỉnh ủy Sóc Trăng ban hành Chương trình số 51-CTr/TU thực hiện "
     "Nghị quyết.\n", ["45-NQ/TW"]),
    ("Thực hiện các mục tiêu, nhiệm vụ, giải pháp tại Quyết định số 896/QĐ-TTg ngày 26/7/2022 của Thủ tướng Chính "
     "phủ, UBND tỉnh ban hành Kế hoạch:\nI. MỤC ĐÍCH", ["896/QĐ-TTg"]),
    ("Triển khai thực hiện các nhiệm vụ và giải pháp trọng tâm trong Chỉ thị số 37-CT/TW ngày 10/7/2024 của Ban Bí "
     "thư, Ban Thường vụ Huyện ủy ban hành Kế hoạch:\nI. MỤC ĐÍCH", ["37-CT/TW"]),
    ("Cụ thể hóa quan điểm, mục tiêu, phương hướng của Nghị quyết số 19-NQ/TW ngày 16/6/2022, Đảng ủy xã xây dựng "
     "Kế hoạch:\nI. MỤC ĐÍCH", ["19-NQ/TW"]),
    ("BÁO CÁO\nKết quả thực hiện các mục tiêu, nhiệm vụ của Nghị quyết số 36-NQ/TW ngày 22/10/2018 năm 2023\n"
     "I. KẾT QUẢ", []),
    ("Năm 2023, tỉnh đã thực hiện các mục tiêu, nhiệm vụ của Nghị quyết số 36-NQ/TW ngày 22/10/2018 với nhiều "
     "kết quả.\n", []),
])
def test_carry_out_verb_with_parts_of_x(text, expected):
    assert [r.number for r in refs(text).implements] == expected


# blind12: a legal library names the page's document by its listing number in its own headline as well as in its
# 'Số hiệu' cell ('Kế hoạch 09/KH-UBND 2022 chương trình ...' over 'Số hiệu: 09/KH-UBND', the Số line reading
# 09/QĐ-UBND): every mention of the listed number is the document, not a citation; other numbers stay cited.
@pytest.mark.parametrize(("text", "expected"), [
    ("Kế hoạch 09/KH-UBND 2022 chương trình điều chỉnh mức sinh\n\nSố hiệu: 09/KH-UBND Loại văn bản: Kế hoạch\n\n"
     "ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\n\nSố: 09/QĐ-UBND\n\nBạc Liêu, ngày 25 tháng 01 năm 2022\n\nKẾ HOẠCH\n\nI. SỰ CẦN "
     "THIẾT\n", []),
    ("Quyết định 18/QĐ-MTTQ-BTT về quy chế hoạt động\nSố / ký hiệu\n18/QĐ-MTTQ-BTT\n\nỦY BAN MẶT TRẬN\n\nSố: "
     "18/QĐ-MTTQ-UB\n\nQUYẾT ĐỊNH\n\nCăn cứ Điều lệ Mặt trận;\n", []),
    ("Kế hoạch 45/KH-UBND 2023 về chuyển đổi số\nSố hiệu: 45/KH-UBND\n\nSố: 45/KH-UBND\n\nKẾ HOẠCH\n\nThực hiện Kế "
     "hoạch số 12/KH-UBND ngày 3/1/2023 của UBND tỉnh;\n", ["12/KH-UBND"]),
    # sweepB: the headline puts the own year into a state number (realworld s16 '1961/2019/QĐ-UBND' over 'Số:
    # 1961/QĐUBND' of 2019); another year, another sequence or another issuer stays a citation
    ("Quyết định số 1961/2019/QĐ-UBND tỉnh Kiên Giang\n\nỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\n\nSố: 1961/QĐUBND\n\n"
     "Kiên Giang, ngày 28 tháng 8 năm 2019\n\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP\nCăn cứ Quyết định số "
     "2468/QĐUBND ngày 02 tháng 11 năm 2018 của Ủy ban nhân dân tỉnh;\n", ["2468/QĐ-UBND"]),
    ("Kế hoạch số 45/2023/KH-UBND tỉnh Hậu Giang\n\nỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\n\nSố: 45/KH-UBND\n\n"
     "Hậu Giang, ngày 12 tháng 3 năm 2023\n\nKẾ HOẠCH\nChuyển đổi số năm 2023\n", []),
    ("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\n\nSố: 45/QĐ-UBND\n\nHậu Giang, ngày 12 tháng 3 năm 2023\n\nQUYẾT ĐỊNH\n"
     "Sửa đổi Quyết định số 45/2019/QĐ-UBND\nCăn cứ Quyết định số 45/2019/QĐ-UBND ngày 5/4/2019 của UBND tỉnh;\n",
     ["45/2019/QĐ-UBND"]),
])
def test_library_headline_with_the_listing_number_is_no_citation(text, expected):
    assert [str(r.number) for r in parse_text(text).citations if r.number] == expected


# sweepB: a legal library's status note names the later document that replaced, repealed or amended the page's
# ('Quyết định 119/QĐ-UBND ... đã được thay thế bởi Quyết định 366/QĐ-UBND', a Bắc Giang library page; '... bị
# bãi bỏ, thay thế bởi Thông tư liên tịch số 01/2015/TTLT-VPCP-BNV', a case-law site): no citation. A document
# the text itself names as replacing or amending another stays cited.
@pytest.mark.parametrize(("text", "expected"), [
    ("Quyết định 119/QĐ-UBND bổ sung thủ tục hành chính đã được thay thế bởi Quyết định 366/QĐ-UBND bãi bỏ Quyết "
     "định công bố thủ tục hành chính Bắc Giang 2015.\n\nỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n\nSố: 119/QĐ-UBND\n\n"
     "Bắc Giang, ngày 23 tháng 11 năm 2009\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC BỔ SUNG TTHC\n\nĐiều 1. Bổ sung 04 thủ tục "
     "được công bố kèm theo Quyết định số 81/QĐ-UBND ngày 17/8/2009 của UBND tỉnh Bắc Giang.\n", ["81/QĐ-UBND"]),
    ("Kể từ ngày 15-12-2015, Thông tư liên tịch số 02/2011/TTLT-VPCP-BNV bị bãi bỏ, thay thế bởi Thông tư liên tịch "
     "số 01/2015/TTLT-VPCP-BNV ngày 23/10/2015.\n\nSố: 02/2011/TTLT-VPCP-BNV\n\nHà Nội, ngày 28 tháng 01 năm 2011"
     "\n\nTHÔNG TƯ LIÊN TỊCH\n\nHƯỚNG DẪN VỀ CHỨC NĂNG, NHIỆM VỤ CỦA VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH\n", []),
    ("Nghị quyết số 12/2019/NQ-HĐND hết hiệu lực bởi Nghị quyết số 30/2023/NQ-HĐND.\n\nSố: 12/2019/NQ-HĐND\n\n"
     "Hà Giang, ngày 12 tháng 7 năm 2019\n\nNGHỊ QUYẾT\n\nVề chính sách hỗ trợ\n", []),
    # the text's own clause that replaces another: that one stays cited
    ("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n\nSố: 366/QĐ-UBND\n\nBắc Giang, ngày 20 tháng 8 năm 2015\n\nQUYẾT ĐỊNH\n"
     "\nĐiều 2. Quyết định này thay thế Quyết định số 119/QĐ-UBND ngày 23/11/2009 của UBND tỉnh.\n",
     ["119/QĐ-UBND"]),
])
def test_library_note_of_a_later_replacement_is_no_citation(text, expected):
    assert [str(r.number) for r in parse_text(text).citations if r.number] == expected


# blind14: a purpose clause that opens the text with the goals of X it serves ('Nhằm đạt được mục tiêu, nhiệm vụ
# Nghị quyết số 66-NQ/TW ... đề ra, UBND tỉnh đề nghị ...', 'Để hoàn thành các mục tiêu của ...', 'Nhằm thực
# hiện thắng lợi các chỉ tiêu ...'): X is what the text carries out, and the documents listed with it. Goals met
# in a report, or goals of no numbered document, name no parent.
@pytest.mark.parametrize(("text", "expected"), [
    ("Nhằm đạt được mục tiêu, nhiệm vụ Nghị quyết số 66-NQ/TW của Bộ Chính trị về đổi mới công tác xây dựng và thi "
     "hành pháp luật, Nghị quyết số 140/NQ-CP ngày 17/5/2025 của Chính phủ thực hiện Nghị quyết số 66-NQ/TW đề ra, "
     "UBND tỉnh đề nghị các sở, ngành thực hiện các nhiệm vụ sau đây:\n1. Tuyên truyền.", ["66-NQ/TW", "140/NQ-CP"]),
    ("Để đạt được các mục tiêu của Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương, Sở Nông "
     "nghiệp đề nghị UBND các xã:\n1. Rà soát.", ["19-NQ/TW"]),
    ("Nhằm hoàn thành các chỉ tiêu, nhiệm vụ tại Kế hoạch số 25/KH-UBND ngày 3/2/2026 của UBND tỉnh, UBND xã ban "
     "hành Kế hoạch:\nI. MỤC ĐÍCH", ["25/KH-UBND"]),
    ("Để thực hiện thắng lợi mục tiêu Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị, Đảng ủy phường đề nghị "
     "các chi bộ:\n1. Chuẩn bị.", ["45-CT/TW"]),
    ("NHẰM ĐẠT ĐƯỢC MỤC TIÊU NGHỊ QUYẾT SỐ 57-NQ/TW, UBND tỉnh yêu cầu:\n1. Các sở chủ trì.", ["57-NQ/TW"]),
    ("Để hoàn thành thắng lợi các mục tiêu\nNghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị, UBND tỉnh đề nghị:\n"
     "1. Tuyên truyền.", ["66-NQ/TW"]),
    # goals with no numbered document, and goals reached in a report, name no parent
    ("Nhằm đạt được mục tiêu đề ra trong năm 2026, UBND tỉnh yêu cầu các sở tập trung các nhiệm vụ sau:\n1. Rà "
     "soát theo Công văn số 12/UBND-VP ngày 2/1/2026 của UBND tỉnh.\n", []),
    ("BÁO CÁO\nNăm 2025, tỉnh đã đạt được mục tiêu, nhiệm vụ Nghị quyết số 66-NQ/TW đề ra.\n", []),
])
def test_purpose_clause_with_the_goals_of_x(text, expected):
    assert [r.number for r in refs(text).implements] == expected
# blind15: a lead deploying or issuing the subject's own document whose trích yếu ends in its purpose, 'nhằm / để
# (triển khai) thực hiện X', with no comma before ('... vừa triển khai Kế hoạch tổ chức đợt sinh hoạt chính trị ...
# nhiệm kỳ 2024 – 2029 nhằm thực hiện Kế hoạch số 794/KH-MTTW-BTT ...'): the document carries X out. A report's
# 'nhằm thực hiện' outside the own document's title, or a purpose naming no document, carries out nothing.
@pytest.mark.parametrize(("text", "expected"), [
    ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh vừa triển khai Kế hoạch tổ chức đợt sinh hoạt chính trị và tuyên "
     "truyền về Đại hội MTTQ Việt Nam các cấp nhiệm kỳ 2024 – 2029 nhằm thực hiện Kế hoạch số 794/KH-MTTW-BTT ngày "
     "22/9/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.\n\nTheo đó, đợt sinh hoạt được triển khai.\n",
     ["794/KH-MTTW-BTT"]),
    ("UBND huyện Chợ Mới vừa ban hành kế hoạch phòng, chống dịch bệnh gia súc năm 2021 nhằm triển khai thực hiện "
     "Kế hoạch số 12/KH-UBND ngày 5/1/2021 của UBND tỉnh.\n", ["12/KH-UBND"]),
    ("Hội Nông dân tỉnh vừa triển khai Chương trình hành động về phát triển kinh tế tập thể để thực hiện Nghị quyết "
     "số 46-NQ/TW ngày 20/12/2023 của Bộ Chính trị.\n", ["46-NQ/TW"]),
    ("Tỉnh đoàn đang triển khai kế hoạch tổ chức Tháng Thanh niên năm 2022 nhằm thực hiện Chỉ thị số 42-CT/TW "
     "của Bộ Chính trị và Kế hoạch số 65-KH/TU của Ban Thường vụ Tỉnh ủy.\n", ["42-CT/TW", "65-KH/TU"]),
    ("Kế hoạch tổ chức đợt sinh hoạt chính trị và tuyên truyền Đại hội MTTQ Việt Nam các cấp lần thứ X\n\nThứ tư, "
     "ngày 01-11-2023, 09:13| 171 lượt xem\n\nBan Thường trực Ủy ban MTTQ Việt Nam tỉnh vừa triển khai Kế hoạch tổ "
     "chức đợt sinh hoạt chính trị và tuyên truyền về Đại hội MTTQ Việt Nam các cấp nhằm thực hiện Kế hoạch số "
     "794/KH-MTTW-BTT ngày 22/9/2023 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.\n", ["794/KH-MTTW-BTT"]),
    ("Nhiều địa phương đang triển khai kế hoạch phòng, chống dịch bệnh gia súc nhằm thực hiện Kế hoạch số "
     "12/KH-UBND ngày 5/1/2021 của UBND tỉnh.\n", []),
    ("Hội Nông dân tỉnh vừa triển khai kế hoạch tổ chức hội thi nông dân giỏi nhằm thực hiện thắng lợi nghị quyết "
     "đại hội. Các cấp hội đã tổ chức nhiều hoạt động nhằm thực hiện Nghị quyết số 46-NQ/TW của Bộ Chính trị.\n",
     []),
])
def test_own_title_purpose_names_the_parent(text, expected):
    assert [str(r.number) for r in parse_text(text).implements] == expected


# blind16: a parent listed after ';' whose type word was lost or never written ('...; Chthị 33/CT-TTg ngày 21
# tháng 7 năm 2017 của Thủ tướng Chính phủ ...'): the number's own type code and the date or issuer after it make
# it the list's next item. A bare number with neither, or one past the preamble, is no parent.
@pytest.mark.parametrize(("text", "expected"), [
    ("Thực hiện Chỉ thị số 18-CT/TW ngày 04/9/2012 của Ban Bí thư về an toàn giao thông; Chthị 33/CT-TTg ngày "
     "21/7/2017 của Thủ tướng Chính phủ về hành lang an toàn đường bộ; Quyết định số 994/QĐ-TTg ngày 19/6/2014 của "
     "Thủ tướng Chính phủ.\nUBND tỉnh ban hành Kế hoạch:\nI. MỤC ĐÍCH\n", ["18-CT/TW", "33/CT-TTg", "994/QĐ-TTg"]),
    ("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; 03/NQ-CP ngày 9/1/2025 của Chính phủ, "
     "UBND tỉnh ban hành Kế hoạch thực hiện như sau:\nI. MỤC ĐÍCH\n", ["57-NQ/TW", "03/NQ-CP"]),
    ("Thực hiện Kế hoạch số 12-KH/TU ngày 5/3/2021 của Ban Thường vụ Tỉnh ủy; Kê hoach 45/KH-UBND ngày 10/3/2021 "
     "của UBND tỉnh, UBND huyện xây dựng Kế hoạch như sau:\nI. MỤC ĐÍCH\n", ["12-KH/TU", "45/KH-UBND"]),
    ("Thực hiện Quyết định số 1660/QĐ-TTg ngày 02/10/2021 của Thủ tướng Chính phủ; CT 20/CT-UBND của Chủ tịch UBND "
     "tỉnh, Ủy ban nhân dân huyện ban hành Kế hoạch:\nI. MỤC ĐÍCH\n", ["1660/QĐ-TTg", "20/CT-UBND"]),
    # must not fire: a bare number with no date or issuer, an item past the preamble
    ("Thực hiện Chỉ thị số 18-CT/TW ngày 04/9/2012 của Ban Bí thư; mẫu 05/KH-UBND kèm theo, UBND tỉnh ban hành "
     "Kế hoạch:\nI. MỤC ĐÍCH\n", ["18-CT/TW"]),
    ("Thực hiện Chỉ thị số 18-CT/TW ngày 04/9/2012 của Ban Bí thư, UBND tỉnh ban hành Kế hoạch:\nI. MỤC ĐÍCH\n1. "
     "Tuyên truyền Luật; xử lý theo 33/CT-TTg ngày 21/7/2017 của Thủ tướng.\n", ["18-CT/TW"]),
])
def test_listed_parent_whose_type_word_is_lost(text, expected):
    assert [str(r.number) for r in parse_text(text).implements] == expected


# blind16: a sentence opening with a purpose phrase whose main clause starts with the carry-out verb ('Để ngăn
# chặn, giảm thiểu và chấm dứt tình trạng trên, thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ tại Chỉ thị số
# 689/CT-TTg ...'): X is what the text carries out. The verb after a body's own verb ('đề nghị Bộ ... hướng dẫn
# việc thực hiện X') or in a report's sentence ('các xã đã thực hiện X') carries out nothing.
@pytest.mark.parametrize(("text", "expected"), [
    ("Để ngăn chặn tình trạng tàu cá vi phạm vùng biển nước ngoài, thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ "
     "tại Công điện số 15/CĐ-TTg ngày 3/4/2024, Chủ tịch UBND tỉnh yêu cầu:\n1. Các sở.\n", ["15/CĐ-TTg"]),
    ("Nhằm chủ động ứng phó với mưa lũ, triển khai thực hiện Chỉ thị số 05/CT-UBND ngày 2/8/2023 của UBND tỉnh, UBND "
     "huyện ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n", ["05/CT-UBND"]),
    ("Để kịp thời phòng, chống dịch bệnh, tổ chức thực hiện tốt Kế hoạch số 12/KH-UBND ngày 5/1/2021 của UBND tỉnh, "
     "UBND xã xây dựng Kế hoạch:\nI. MỤC ĐÍCH\n", ["12/KH-UBND"]),
    ("Tai nạn giao thông còn diễn biến phức tạp. Để bảo đảm an toàn giao thông dịp Tết, thực hiện Công điện số "
     "1725/CĐ-TTg ngày 13/12/2021 của Thủ tướng Chính phủ, Ban Thường vụ Huyện ủy yêu cầu:\n1. Các cấp ủy.\n",
     ["1725/CĐ-TTg"]),
    # must not fire: the verb after a body's other verb, a report's sentence
    ("Để ngăn chặn tình trạng trên, UBND tỉnh đề nghị Bộ Nông nghiệp hướng dẫn việc thực hiện Chỉ thị số "
     "689/CT-TTg ngày 18/5/2010 của Thủ tướng.\n", []),
    ("Để ngăn chặn tình trạng trên, Sở Nông nghiệp đã báo cáo kết quả thực hiện Chỉ thị số 689/CT-TTg ngày "
     "18/5/2010 của Thủ tướng.\n", []),
    ("BÁO CÁO\nĐể đạt kết quả trên, các xã đã thực hiện Kế hoạch số 12/KH-UBND ngày 5/1/2021 của UBND tỉnh.\n", []),
])
def test_purpose_phrase_then_the_carry_out_verb(text, expected):
    assert [str(r.number) for r in parse_text(text).implements] == expected


# blind18: the parent named inside a citation in quotes, as the cited plan's title is written ('Kế hoạch số
# 129-KH/TU ngày 8-4-2022 của Tỉnh ủy về việc “Thực hiện Kết luận số 21-KL/TW ... và Kế hoạch số 03-KH/TW ...”'):
# the quote mark opens the title, 'thực hiện' still links the plan to what it carries out. A quoted title that
# carries on ('“Tiếp tục thực hiện ...”') or only names a topic stays a plain citation.
@pytest.mark.parametrize(("text", "expected"), [
    ("dự thảo Báo cáo sơ kết Kế hoạch số 129-KH/TU ngày 8-4-2022 của Tỉnh ủy về việc “Thực hiện Kết luận số "
     "21-KL/TW của Ban Chấp hành Trung ương khóa XIII và Kế hoạch số 03-KH/TW của Bộ Chính trị” về đẩy mạnh",
     {("129-KH/TU", "21-KL/TW"), ("129-KH/TU", "03-KH/TW")}),
    ("theo Chương trình số 45-CTr/HU ngày 02/3/2021 của Huyện ủy về \"thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy\"",
     {("45-CTr/HU", "05-NQ/TU")}),
    ("Kế hoạch số 210-KH/TU của Ban Thường vụ Tỉnh ủy về “triển khai thực hiện Chỉ thị số 18-CT/TW của Ban Bí "
     "thư”", {("210-KH/TU", "18-CT/TW")}),
    ("Quyết định số 52/QĐ-UBND ngày 4/1/2022 của UBND tỉnh về việc « Thực hiện Nghị quyết số 19-NQ/TW »",
     {("52/QĐ-UBND", "19-NQ/TW")}),
    ("Kết luận số 14-KL/TU ngày 2/6/2023 của Tỉnh ủy về “Tiếp tục thực hiện Chỉ thị số 05-CT/TW”", set()),
    ("Kế hoạch số 31-KH/TU của Tỉnh ủy về “Năm dân vận chính quyền” và Chỉ thị số 16-CT/TU", set()),
])
def test_chain_through_a_quoted_title(text, expected):
    assert {(a.number, b.number) for a, b in refs(text).chain} == expected
# blind17: the plan a document issues, named with its owner before the carry-out verb ('... về việc ban hành Kế
# hoạch hành động của ngành Văn hóa, Thể thao & Du lịch triển khai thực hiện X'); a parent named by the document
# that issues it ('Chương trình hành động của Chính phủ ban hành theo Nghị quyết số 102/NQ-CP'); a type code for the
# type word ('NQ 33-NQ/TW'). blind17 b12 had no parent.
@pytest.mark.parametrize(("text", "expected"), [
    ("Bộ Y tế vừa có Quyết định số 120/QĐ-BYT\n\nĐây là Quyết định về việc ban hành Kế hoạch hành động của ngành Y tế "
     "triển khai thực hiện Chỉ thị số 25-CT/TW ngày 25/10/2023 của Ban Bí thư.\n", ["25-CT/TW"]),
    ("Ban hành Kế hoạch hành động của Ngành Giáo dục thực hiện Nghị quyết số 29-NQ/TW\n\nBộ Giáo dục và Đào tạo vừa "
     "ban hành Quyết định số 2653/QĐ-BGDĐT.\n", ["29-NQ/TW"]),
    ("UBND tỉnh ban hành Kế hoạch của toàn ngành Nông nghiệp tỉnh thực hiện Kết luận số 81-KL/TW ngày 29/7/2020 của "
     "Bộ Chính trị.\n", ["81-KL/TW"]),
    ("Thực hiện Chương trình hành động của Chính phủ ban hành kèm theo Nghị quyết số 28/NQ-CP ngày 01/3/2023, UBND "
     "tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n", ["28/NQ-CP"]),
    ("Triển khai Kế hoạch hành động được ban hành tại Quyết định số 1521/QĐ-TTg ngày 06/10/2020 của Thủ tướng Chính "
     "phủ, Sở Tư pháp hướng dẫn như sau:\n1. Các phòng.\n", ["1521/QĐ-TTg"]),
    ("Thực hiện Đề án phê duyệt tại Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính phủ, UBND tỉnh "
     "ban hành Kế hoạch:\nI. MỤC ĐÍCH\n", ["977/QĐ-TTg"]),
    ("Thực hiện CT 05-CT/TU ngày 03/02/2021 của Ban Thường vụ Tỉnh ủy, UBND huyện ban hành Kế hoạch:\nI. MỤC ĐÍCH\n",
     ["05-CT/TU"]),
    # must not fire: another programme's name before the number, a code that is not the number's type, a report
    ("Thực hiện Chương trình công tác năm 2024, UBND xã ban hành Kế hoạch theo Quyết định số 12/QĐ-UBND ngày "
     "5/1/2024 của UBND huyện.\nI. MỤC ĐÍCH\n", []),
    ("Thực hiện KH 05-CT/TU ngày 03/02/2021 của Ban Thường vụ Tỉnh ủy, UBND huyện ban hành Kế hoạch:\nI. MỤC ĐÍCH\n",
     []),
    ("BÁO CÁO\nNăm 2023, Sở đã tham mưu UBND tỉnh ban hành Kế hoạch của UBND tỉnh thực hiện Chỉ thị số 25-CT/TW "
     "ngày 25/10/2023 của Ban Bí thư; kết quả như sau.\n", []),
])
def test_parent_named_by_its_owner_its_issuing_document_or_its_code(text, expected):
    assert [str(r.number) for r in parse_text(text).implements] == expected


def test_a_programme_issued_by_a_resolution_gives_it_its_owner():
    text = ("Thực hiện Chương trình hành động của Chính phủ ban hành kèm theo Nghị quyết số 28/NQ-CP ngày 01/3/2023, "
            "UBND tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n")
    (parent,) = parse_text(text).implements
    assert str(parent.number) == "28/NQ-CP" and parent.issuer is not None and "Chính phủ" in parent.issuer


# blind17: the parts a document sets, told by a participle before it ('thực hiện có chất lượng, hiệu quả các nhiệm
# vụ, giải pháp được nêu trong Nghị quyết số 27-NQ/TW', 'nhiệm vụ được giao tại Quyết định ...'): the document is
# still the parent. blind17 b09 missed 27-NQ/TW. (Changes _CARRY_OUT_PARTS and _CARRY_OUT_MANNER by one part each.)
@pytest.mark.parametrize(("text", "expected"), [
    ("Nhằm thực hiện có chất lượng, hiệu quả các nhiệm vụ, giải pháp được nêu trong Nghị quyết số 27-NQ/TW ngày "
     "09/11/2022 của Ban Chấp hành Trung ương, UBND tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n", ["27-NQ/TW"]),
    ("Thực hiện nhiệm vụ được giao tại Quyết định số 12/QĐ-TTg ngày 05/01/2023 của Thủ tướng Chính phủ, Bộ Y tế ban "
     "hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n", ["12/QĐ-TTg"]),
    ("Triển khai các nhiệm vụ, giải pháp nêu tại Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư, Sở Tư pháp hướng "
     "dẫn như sau:\n1. Các phòng.\n", ["80-KL/TW"]),
    ("Để thực hiện các mục tiêu đề ra tại Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương, Ban "
     "Thường vụ Huyện ủy ban hành Chương trình hành động như sau:\nI. MỤC TIÊU\n", ["19-NQ/TW"]),
    # must not fire: the parts as a report's subject, no carry-out verb
    ("Các nhiệm vụ được giao tại Quyết định số 12/QĐ-TTg ngày 05/01/2023 của Thủ tướng Chính phủ đã hoàn thành; UBND "
     "tỉnh báo cáo như sau:\n1. Kết quả.\n", []),
])
def test_parts_a_document_sets_told_by_a_participle(text, expected):
    assert [str(r.number) for r in parse_text(text).implements] == expected


# blind19: a preamble's list of bases with a full stop where ';' belongs ('... hướng dẫn Đại hội Chi bộ ... nhiệm kỳ
# 2022 - 2025. Kế hoạch số 40-KH/ĐU ngày 25/3/2022 của Đảng bộ xã Mỹ Hưng ...; Hướng dẫn số 01-HD/ĐU ...'): a
# sentence that is only one more cited document, dated or with its issuer, continues the opener's list. A
# sentence with a verb before its document, the document's own 'Kế hoạch này', or a number with neither date
# nor issuer, is no item.
@pytest.mark.parametrize(("text", "expected"), [
    ("Thực hiện Công văn số 480-CV/HU ngày 17/3/2022 của Ban Thường vụ Huyện ủy về đại hội chi bộ nhiệm kỳ 2022 - "
     "2025. Kế hoạch số 40-KH/ĐU ngày 25/3/2022 của Đảng bộ xã Mỹ Hưng về đại hội các chi bộ trực thuộc.\n"
     "Chi bộ trường mầm non xây dựng kế hoạch như sau:\n1. Mục đích:\n", ["480-CV/HU", "40-KH/ĐU"]),
    ("Thực hiện Nghị quyết số 12-NQ/TU ngày 3/6/2021 của Tỉnh ủy về chuyển đổi số. Kế hoạch số 45-KH/HU, ngày "
     "10/7/2021 của Ban Thường vụ Huyện ủy về thực hiện Nghị quyết số 12-NQ/TU; Đảng ủy xã xây dựng Kế hoạch như "
     "sau:\nI. MỤC ĐÍCH\n", ["12-NQ/TU", "45-KH/HU"]),
    ("Căn cứ Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp. Kế hoạch số 229-KH/TU "
     "ngày 19/9/2019 của Ban Thường vụ Thành ủy. Chi ủy chi bộ xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\n",
     ["35-CT/TW", "229-KH/TU"]),
    ("Thực hiện Kế hoạch số 21/KH-UBND ngày 31/01/2021 của UBND tỉnh. Kế hoạch số 661/KH-UBND ngày 05/02/2021 của "
     "UBND huyện Triệu Sơn về tuyên truyền bầu cử, UBND xã ban hành Kế hoạch:\nI. MỤC ĐÍCH\n",
     ["21/KH-UBND", "661/KH-UBND"]),
    # must not fire: a sentence with its own verb first, the document itself, a number with no date or issuer
    ("Thực hiện Kế hoạch số 21/KH-UBND ngày 31/01/2021 của UBND tỉnh. Trước đó Kế hoạch số 12/KH-UBND ngày "
     "3/3/2020 của UBND huyện đã đạt kết quả tốt. UBND xã ban hành Kế hoạch:\nI. MỤC ĐÍCH\n", ["21/KH-UBND"]),
    ("Thực hiện Kế hoạch số 21/KH-UBND ngày 31/01/2021 của UBND tỉnh. Kế hoạch này thay thế Kế hoạch số "
     "12/KH-UBND ngày 3/3/2020 của UBND xã.\nI. MỤC ĐÍCH\n", ["21/KH-UBND"]),
    ("Thực hiện Kế hoạch số 21/KH-UBND ngày 31/01/2021 của UBND tỉnh. Mẫu 05/KH-UBND kèm theo.\nI. MỤC ĐÍCH\n",
     ["21/KH-UBND"]),
])
def test_list_of_bases_with_a_full_stop(text, expected):
    assert [str(r.number) for r in parse_text(text).implements] == expected


# blind19 (found writing the rows above): a comma after a new sentence's opening phrase is no list mark ('...
# của UBND tỉnh. Năm 2020, Kế hoạch số 12/KH-UBND ... đã đạt kết quả tốt.'): the opener's list does not run
# past the end of its sentence. Commas and ';' inside the sentence still list its items.
@pytest.mark.parametrize(("text", "expected"), [
    ("Thực hiện Kế hoạch số 21/KH-UBND ngày 31/01/2021 của UBND tỉnh. Năm 2020, Kế hoạch số 12/KH-UBND ngày "
     "3/3/2020 của UBND huyện đã đạt kết quả tốt. UBND xã ban hành Kế hoạch:\nI. MỤC ĐÍCH\n", ["21/KH-UBND"]),
    ("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị. Qua 5 năm, Kế hoạch số 30-KH/HU ngày 2/3/2017 "
     "của Huyện ủy được triển khai tốt, Đảng ủy xã ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n", ["05-CT/TW"]),
    ("Triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. Trong đó, Chương trình số 20-CTr/TU ngày "
     "5/2/2025 của Tỉnh ủy đã nêu rõ nhiệm vụ. UBND huyện ban hành Kế hoạch:\nI. MỤC ĐÍCH\n", ["57-NQ/TW"]),
    # still listed: commas and ';' within the opener's sentence
    ("Thực hiện Kế hoạch số 21/KH-UBND ngày 31/01/2021 của UBND tỉnh, Kế hoạch số 661/KH-UBND ngày 05/02/2021 "
     "của UBND huyện, UBND xã ban hành Kế hoạch:\nI. MỤC ĐÍCH\n", ["21/KH-UBND", "661/KH-UBND"]),
    ("Thực hiện Nghị quyết số 12-NQ/TU ngày 3/6/2021 của Tỉnh ủy về chuyển đổi số; Kế hoạch số 45-KH/HU ngày "
     "10/7/2021 của Huyện ủy, Đảng ủy xã xây dựng Kế hoạch như sau:\nI. MỤC ĐÍCH\n", ["12-NQ/TU", "45-KH/HU"]),
])
def test_a_new_sentence_comma_lists_nothing(text, expected):
    assert [str(r.number) for r in parse_text(text).implements] == expected


# blind20: a page whose headline carries out a numbered document ('Chương trình hành động ... Thực hiện Nghị
# quyết số 45-NQ/TW') and whose lead recounts that document's issue ('Ngày 24/1/2019, Bộ Chính trị ban hành Nghị
# quyết số 45-NQ/TW'): the number is the parent, not the page's own; a lead that issues another number stays own.
@pytest.mark.parametrize(("headline", "lead", "implements"), [
    ("Chương trình hành động của Ban Thường vụ Thành ủy Thực hiện Nghị quyết số 45-NQ/TW của Bộ Chính trị",
     "Ngày 24/1/2019, Bộ Chính trị ban hành Nghị quyết số 45-NQ/TW về xây dựng và phát triển thành phố.",
     ["45-NQ/TW"]),
    ("Kế hoạch của Ban Thường vụ Huyện ủy Triển khai Chỉ thị số 35-CT/TW của Bộ Chính trị",
     "Ngày 14/6/2024, Bộ Chính trị đã ban hành Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp.",
     ["35-CT/TW"]),
    ("Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị",
     "Ngày 22/12/2024, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học.",
     ["57-NQ/TW"]),
    ("Kế hoạch của Ban Chấp hành Đảng bộ tỉnh Quán triệt Kết luận số 123-KL/TW",
     "Ngày 24 tháng 01 năm 2025, Ban Chấp hành Trung ương ban hành Kết luận số 123-KL/TW về Đề án bổ sung.",
     ["123-KL/TW"]),
    # the lead issues the page's own plan, which carries out the headline's resolution
    ("Kế hoạch của Tỉnh ủy thực hiện Nghị quyết số 33-NQ/TW về văn hóa",
     "Ngày 01/3/2024, Tỉnh ủy Sóc Trăng ban hành Kế hoạch số 90-KH/TU thực hiện Nghị quyết số 33-NQ/TW.",
     ["33-NQ/TW"]),
])
def test_lead_recounting_the_parent_the_headline_carries_out(headline, lead, implements):
    rec = parse_text(f"{headline}\n\n{headline}\n\n{lead}\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt sâu sắc.\n")
    assert sorted(r.number for r in rec.implements if r.number) == implements


# blind20: a purpose clause that names goals with no number before the parent ('Để tiếp tục phát huy ..., thực
# hiện thắng lợi “Quy hoạch ...” và từng bước thực hiện “Chiến lược ...” thực hiện Chỉ thị số 22/CT-TTg ...'):
# a later carry-out verb of the same sentence, after a comma, a closing quote or 'và', reaches the parent; a
# verb that others are told to do ('yêu cầu các đơn vị thực hiện ...') or one in the next sentence does not.
@pytest.mark.parametrize(("opening", "implements"), [
    ("Để tiếp tục phát huy các kết quả đã đạt được, thực hiện thắng lợi “Quy hoạch phát triển kinh tế-xã hội "
     "thành phố đến năm 2020” và từng bước thực hiện “Chiến lược phát triển kinh tế-xã hội thành phố đến năm "
     "2030” thực hiện Chỉ thị số 22/CT-TTg ngày 05/8/2014 của Thủ tướng Chính phủ về việc xây dựng Kế hoạch phát "
     "triển kinh tế - xã hội 5 năm 2016-2020, Ủy ban nhân dân Thành phố yêu cầu các sở, ngành", ["22/CT-TTg"]),
    ("Nhằm nâng cao chất lượng cải cách hành chính, thực hiện có hiệu quả các nhiệm vụ trọng tâm, thực hiện Kế "
     "hoạch số 120-KH/TU ngày 5/3/2023 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân huyện ban hành Kế hoạch như "
     "sau", ["120-KH/TU"]),
    ("Để bảo đảm tiến độ, triển khai đồng bộ các giải pháp, triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 "
     "của Bộ Chính trị, Sở Khoa học và Công nghệ ban hành Kế hoạch như sau", ["57-NQ/TW"]),
    ("Để thực hiện tốt mục tiêu năm 2024, thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ huyện và quán triệt "
     "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau",
     ["05-CT/TW"]),
    # a report on another document's results, and a verb in the next sentence: no parent
    ("Để thực hiện tốt nhiệm vụ năm 2024, thực hiện thắng lợi kế hoạch năm, các đơn vị báo cáo kết quả thực hiện "
     "Quyết định số 12/QĐ-UBND ngày 3/1/2024 của UBND tỉnh, cụ thể như sau", []),
    ("Để hoàn thành nhiệm vụ năm 2024, thực hiện tốt công tác tuyên truyền. Các đơn vị thực hiện Kế hoạch số "
     "9/KH-UBND ngày 2/1/2024 của UBND huyện theo tiến độ", []),
])
def test_purpose_clause_naming_goals_before_its_parent(opening, implements):
    rec = parse_text("ỦY BAN NHÂN DÂN\nHUYỆN TIÊN LÃNG\nSố: 53/KH-UBND\nTiên Lãng, ngày 7 tháng 3 năm 2024\n"
                     f"KẾ HOẠCH\nCải cách hành chính năm 2024\n{opening}:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n")
    assert sorted(r.number for r in rec.implements if r.number) == implements
# blind21: a trích yếu that spreads a Party document or plan ('về việc tuyên truyền Chỉ thị số 24-CT/TU', 'V/v
# tuyên truyền, phổ biến Kết luận số ...', 'Kế hoạch học tập, tuyên truyền Nghị quyết số ...') has it carried out:
# the numbered resolution, directive, conclusion, programme or plan right after the verbs is the parent. Not a
# decree or law, not an anniversary.
@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày 12/3/2024, Chủ tịch UBND tỉnh Nam Định ký ban hành Công văn số 512/UBND-VP về việc tuyên truyền Nghị "
     "quyết số 12-NQ/TU ngày 5/1/2024 của Ban Thường vụ Tỉnh ủy.\nTheo đó, các sở, ngành quán triệt nội dung.\n",
     ["12-NQ/TU"]),
    ("ỦY BAN NHÂN DÂN\nHUYỆN KIM SƠN\nSố: 88/UBND-VHTT\nKim Sơn, ngày 4 tháng 5 năm 2023\nV/v tuyên truyền, phổ "
     "biến Kết luận số 69-KL/TW\nngày 6/1/2023 của Bộ Chính trị\nKính gửi: UBND các xã, thị trấn\n",
     ["69-KL/TW"]),
    ("BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN ĐÔNG ANH\nSố 41-KH/HU\nĐông Anh, ngày 2 tháng 6 năm 2022\nKẾ HOẠCH\nhọc tập, "
     "tuyên truyền Nghị quyết số 15-NQ/TW ngày 5/5/2022 của Bộ Chính trị\nI. MỤC ĐÍCH, YÊU CẦU\n", ["15-NQ/TW"]),
    ("Ban Tuyên giáo Huyện ủy Yên Lập vừa ban hành Hướng dẫn số 15-HD/BTGHU về tuyên truyền Chương trình hành "
     "động số 20-CTr/TU ngày 2/3/2021 của Tỉnh ủy.\nHướng dẫn nêu rõ nội dung.\n", ["20-CTr/TU"]),
    # must not fire: no parent named this way
    ("Ngày 12/1/2025, UBND tỉnh ký ban hành Công văn số 40/UBND-VP về việc tuyên truyền kỷ niệm 95 năm Ngày thành "
     "lập Đảng.\nTheo đó, các sở, ngành tổ chức treo cờ.\n", []),
    ("Ngày 8/9/2020, UBND huyện ký ban hành Công văn số 901/UBND-TP về việc tuyên truyền Nghị định số "
     "100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ.\nTheo đó, các xã tuyên truyền trên loa.\n", []),
    ("Ngày 8/9/2022, UBND huyện ký ban hành Công văn số 902/UBND-VP về việc tuyên truyền, phổ biến Luật Thi đua, "
     "khen thưởng số 06/2022/QH15.\nTheo đó, các xã tuyên truyền trên loa.\n", []),
])
def test_own_title_that_spreads_a_party_document(text, expected):
    assert [str(r.number) for r in parse_text(text).implements] == expected


# blind24: when no clause says what the document carries out, its 'Căn cứ' resolutions and directives stand in
# as parents; but a Government resolution or a directive whose subject is enforcing a law ('về triển khai thi
# hành Luật Quy hoạch', 'hướng dẫn thi hành Bộ luật ...', 'quy định chi tiết ...') is legal basis like the law
# itself. Plans and programmes that enforce a law, and other resolutions, stay parents.
_B24_HEAD = "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 12/KH-UBND\nBắc Kạn, ngày 3 tháng 3 năm 2021\nKẾ HOẠCH\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("HỘI ĐỒNG NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 59/NQ-HĐND\nPhú Yên, ngày 08 tháng 12 năm 2023\nNGHỊ QUYẾT\nTHÔNG QUA "
     "QUY HOẠCH TỈNH\nCăn cứ Luật Quy hoạch ngày 24 tháng 11 năm 2017;\nCăn cứ Nghị quyết số\n11/NQ-CP ngày 05 "
     "tháng 02 năm 2018 của Chính phủ về triển khai thi hành Luật\nQuy hoạch;\nQUYẾT NGHỊ:\nĐiều 1. Thông qua\n", []),
    (_B24_HEAD + "Quy chế phối hợp\nCăn cứ Chỉ thị số 12/CT-TTg ngày 5/1/2021 của Thủ tướng Chính phủ về việc tổ "
     "chức thi hành Bộ luật Lao động;\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n", []),
    (_B24_HEAD + "Nâng cao hiệu quả\nCăn cứ Nghị quyết số 50/NQ-CP ngày 20/5/2021 của Chính phủ về việc hướng dẫn\n"
     "thi hành Pháp lệnh Ưu đãi người có công;\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n", []),
    (_B24_HEAD + "Phát triển du lịch\nCăn cứ Nghị quyết số 82/NQ-CP ngày 18/5/2023 của Chính phủ quy định chi tiết "
     "một số điều của Luật Du lịch;\nUBND tỉnh ban hành Kế hoạch:\nI. MỤC ĐÍCH\n", []),
    # must still fire: a resolution on other matters, a plan that enforces a law, a Party directive
    (_B24_HEAD + "Phát triển kinh tế tập thể\nCăn cứ Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ về kinh "
     "tế tập thể;\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n", ["09/NQ-CP"]),
    ("ỦY BAN NHÂN DÂN\nHUYỆN CHỢ MỚI\nSố: 40/KH-UBND\nChợ Mới, ngày 3 tháng 3 năm 2021\nKẾ HOẠCH\nTriển khai Luật "
     "Đất đai\nCăn cứ Kế hoạch số 12/KH-UBND ngày 5/1/2021 của UBND tỉnh về triển khai thi hành Luật Đất đai;\n"
     "Ủy ban nhân dân huyện ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n", ["12/KH-UBND"]),
    (_B24_HEAD + "Cải cách hành chính\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương "
     "trình tổng thể cải cách hành chính nhà nước;\nCăn cứ Luật Tổ chức chính quyền địa phương;\nUBND tỉnh ban "
     "hành Kế hoạch:\nI. MỤC ĐÍCH\n", ["76/NQ-CP"]),
    (_B24_HEAD + "Học tập và làm theo Bác\nCăn cứ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh "
     "học tập và làm theo tư tưởng Hồ Chí Minh; Luật Thi đua, khen thưởng;\nUBND tỉnh ban hành Kế hoạch:\n"
     "I. MỤC ĐÍCH\n", ["05-CT/TW"]),
])
def test_basis_resolution_enforcing_a_law_is_no_parent(text, expected):
    assert [str(r.number) for r in parse_text(text).implements] == expected
# leftovers s11: a state number whose hyphen the copy lost ('832/QĐUBND', blind22 b13; '775/KHBTTTT', b09;
# realworld s16 '61/2018/NĐCP'): still the parent or a citation, in its canonical form.
@pytest.mark.parametrize(("text", "implements", "cited"), [
    ("Ngày 25/5/2022, UBND huyện Cầu Kè ban hành Kế hoạch số 71/KH-UBND thực hiện Quyết định số 900/QĐUBND "
     "của UBND tỉnh Trà Vinh về chuyển đổi số.\nTheo đó, các xã triển khai.\n", ["900/QĐ-UBND"], ["900/QĐ-UBND"]),
    ("ỦY BAN NHÂN DÂN\nHUYỆN KIM SƠN\nSố: 88/KH-UBND\nKim Sơn, ngày 4 tháng 5 năm 2023\nKẾ HOẠCH\nThực hiện "
     "Kế hoạch số 45/KHUBND ngày 2/3/2023 của UBND tỉnh Ninh Bình về cải cách hành chính\nI. MỤC ĐÍCH\n",
     ["45/KH-UBND"], ["45/KH-UBND"]),
    ("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/QĐ-UBND\nAn Giang, ngày 4 tháng 5 năm 2020\nQUYẾT ĐỊNH\nVề việc "
     "ban hành Quy chế\nCăn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 của Chính phủ;\nCăn cứ Thông "
     "tư số 01/2018/TTVPCP ngày 23 tháng 11 năm 2018 của Văn phòng Chính phủ;\nQUYẾT ĐỊNH:\n",
     [], ["61/2018/NĐ-CP", "01/2018/TT-VPCP"]),
    ("Ngày 8/3/2024, UBND tỉnh ban hành Công văn số 1927/UBND-KGVX về thực hiện Kế hoạch số 775/KHBTTTT ngày "
     "7/3/2024 của Bộ Thông tin và Truyền thông.\nTheo đó, các sở triển khai.\n", ["775/KH-BTTTT"], ["775/KH-BTTTT"]),
    # must not fire: a letter's own code is no glued type and issuer
    ("Ngày 8/3/2024, Sở Kế hoạch và Đầu tư có Công văn số 183/KHĐT gửi các huyện về kế hoạch vốn.\nTheo đó, các "
     "huyện báo cáo.\n", [], []),
])
def test_state_number_whose_hyphen_was_lost(text, implements, cited):
    rec = parse_text(text)
    assert [str(r.number) for r in rec.implements] == implements
    assert [str(r.number) for r in rec.citations if r.number] == cited


# leftovers s11: an unnumbered scheme named with its title, then the decision approving or issuing it (blind22
# b12 'Trên cơ sở Đề án truyền thông ... đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 2478/QĐ-TTg'):
# the decision is the parent.
@pytest.mark.parametrize(("text", "implements"), [
    ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 88/KH-UBND\nQuảng Bình, ngày 4 tháng 5 năm 2022\nKẾ HOẠCH\nPhát triển "
     "văn hóa đọc\nThực hiện Đề án Phát triển văn hóa đọc trong cộng đồng giai đoạn 2021-2025, định hướng đến năm "
     "2030 được phê duyệt tại Quyết định số 329/QĐ-TTg ngày 15/3/2021 của Thủ tướng Chính phủ, UBND tỉnh ban hành "
     "Kế hoạch như sau:\nI. MỤC ĐÍCH\n", ["329/QĐ-TTg"]),
    ("Ngày 3/6/2017, UBND tỉnh Gia Lai ban hành Kế hoạch số 47/KH-UBND triển khai thực hiện Chương trình “Sức khỏe "
     "Việt Nam” đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1092/QĐ-TTg.\nTheo đó, các sở triển khai.\n",
     ["1092/QĐ-TTg"]),
    ("UBND HUYỆN ĐÔNG ANH\nSố: 12/KH-UBND\nĐông Anh, ngày 2 tháng 6 năm 2020\nKẾ HOẠCH\nThực hiện Chiến lược quốc "
     "gia phòng, chống tác hại của thuốc lá ban hành kèm theo Quyết định số 568/QĐ-UBND ngày 3/2/2020 của UBND "
     "thành phố, UBND huyện xây dựng Kế hoạch như sau:\nI. MỤC ĐÍCH\n", ["568/QĐ-UBND"]),
    ("Trên cơ sở Đề án tuyên truyền về biển đảo đến năm 2025 đã được UBND tỉnh phê duyệt tại Quyết định số "
     "2100/QĐ-UBND của UBND tỉnh, Sở Thông tin và Truyền thông đã ban hành Kế hoạch số 40/KH-STTTT, ngày 3/5/2021 để "
     "triển khai thực hiện.\n", ["2100/QĐ-UBND"]),
    # must not fire: no approval of the scheme, or a report of someone's issuing
    ("UBND HUYỆN ĐÔNG ANH\nSố: 13/KH-UBND\nĐông Anh, ngày 2 tháng 6 năm 2020\nKẾ HOẠCH\nThực hiện Đề án phát triển "
     "du lịch của huyện, năm 2019 Phòng Văn hóa đã tham mưu ban hành theo Quyết định số 77/QĐ-UBND một số nội "
     "dung.\nI. MỤC ĐÍCH\n", []),
    ("Thực hiện Đề án phát triển du lịch, UBND tỉnh đã ban hành Kế hoạch số 5/KH-UBND ngày 2/2/2022.\nTheo đó, các "
     "huyện triển khai.\n", []),
])
def test_scheme_named_by_its_title_and_the_decision_approving_it(text, implements):
    assert [str(r.number) for r in parse_text(text).implements] == implements


# blind25 b09: a joint number with a slash after its type whose first issuer is a ministry whose code a Party
# board also spells ('183/2010/TTLT/BTC-BNN': Bộ Tài chính, not a Tỉnh ủy's Ban Tổ chức). A joint type and two
# issuers make it the joint shape; a Party type or a single board code after the slash stays no number.
@pytest.mark.parametrize(("text", "cited"), [
    ("Căn cứ Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN, ngày 15 tháng 11 năm 2010 giữa Bộ Tài chính và Bộ "
     "Nông nghiệp và PTNT hướng dẫn chế độ quản lý;", ["183/2010/TTLT/BTC-BNN"]),
    ("Căn cứ Thông tư liên tịch số 55/2015/TTLT/BTC-BLĐTBXH ngày 20/4/2015 của Bộ Tài chính, Bộ Lao động;",
     ["55/2015/TTLT/BTC-BLĐTBXH"]),
    ("theo Thông tư liên tịch số 24/2016/TTLT/BTC-BGDĐT ngày 3/10/2016 về kinh phí;", ["24/2016/TTLT/BTC-BGDĐT"]),
    ("Căn cứ Nghị quyết liên tịch số 12/2018/NQLT/BTC-TWHNDVN ngày 5/6/2018;", ["12/2018/NQLT/BTC-TWHNDVN"]),
    ("Căn cứ Thông tư liên tịch số 02/2011/TTLT/VPCP-BNV ngày 28/01/2011;", ["02/2011/TTLT/VPCP-BNV"]),
    # must not fire: a Party board's slash for its hyphen, and a plan's slash before a Party board code
    ("Thực hiện Hướng dẫn số 12/HD/BTC ngày 5/6/2018 về đại hội chi bộ;", []),
    ("theo Kế hoạch số 07/KH/BTC-BTG ngày 5/6/2018 của hai ban;", []),
])
def test_joint_number_whose_first_issuer_is_a_ministry_a_board_also_spells(text, cited):
    assert numbers(text) == cited
# --- hyphenparty: a news page naming its own Party number again in the state's shape ---
# blind23 b05: the lead 'Ban thường vụ Đảng ủy Khối ban hành Kế hoạch số 107-KH-ĐUK ...', then 'Thực hiện Kế hoạch số
# 107/KH-ĐUK của Đảng ủy Khối và Công văn số 571-CV-ĐUB ..., Đảng ủy Học viện phát động ...': the same plan, and the
# clause tells what another body does to carry it out, so neither it nor its sibling is the page's parent.
_OWN_LEAD = ("Kế hoạch tổ chức Cuộc thi chính luận năm 2023\n"
             "Ngày 14/3/2023 Ban thường vụ Đảng ủy Khối ban hành Kế hoạch số 107-KH/ĐUK về việc tổ chức Cuộc thi "
             "chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2023.\n")


@pytest.mark.parametrize(
    ("text", "implements", "cited"),
    [
        (_OWN_LEAD + "Thực hiện Kế hoạch số 107/KH-ĐUK của Đảng ủy Khối và Công văn số 571-CV/ĐUB ngày 10/4/2023 "
         "của Đảng ủy Bộ Giáo dục và Đào tạo, Đảng ủy Học viện phát động cuộc thi.\n", [], ["571-CV/ĐUB"]),
        (_OWN_LEAD + "Thực hiện Kế hoạch số 107/KH-ĐUK, Đảng ủy Học viện phát động cuộc thi.\n", [], []),
        (_OWN_LEAD + "Triển khai Kế hoạch 107-KH/ĐUK và Hướng dẫn số 12-HD/BTGTW ngày 2/3/2023, các đảng bộ "
         "trực thuộc tổ chức cho đảng viên dự thi.\n", [], ["12-HD/BTGTW"]),
        ("Ban Thường vụ Tỉnh ủy ban hành Chương trình số 31-CTr/TU ngày 5/3/2024 về chuyển đổi số.\n"
         "Thực hiện Chương trình số 31/CTr-TU, Huyện ủy Kim Động xây dựng kế hoạch.\n", [], []),
        # must keep firing: a parent whose number differs from the page's, in the lead's own clause
        ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 107-KH/TU ngày 5/3/2024 thực hiện Kế hoạch số 12/KH-TU "
         "ngày 2/2/2024 của Tỉnh ủy về chuyển đổi số.\n", ["12/KH-TU"], ["12/KH-TU"]),
    ],
)
def test_own_number_in_the_state_shape_is_the_page_itself(text, implements, cited):
    rec = parse_text(text)
    assert [r.number for r in rec.implements] == implements
    assert [r.number for r in rec.citations] == cited


# blind33 b05: the issuer of a cited document is its fullest 'của' phrase across its mentions, but a central Party
# number ('57-NQ/TW') is no local body's: a board named by the resolution it carries out ('Ban Chỉ đạo thực hiện
# Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa Tá') names its own committee, not the resolution's issuer. Must not
# fire: a local number whose fuller name comes later, a central number whose fuller central name comes later.
@pytest.mark.parametrize(("text", "number", "issuer"), [
    pytest.param("Ban Chỉ đạo Đảng ủy xã Nghĩa Tá triển khai kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n"
                 "Chiều 27/01/2026, Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa Tá tổ chức Hội nghị.",
                 "57-NQ/TW", "Bộ Chính trị", id="commune-board"),
    pytest.param("Thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị, UBND tỉnh ban hành Kế hoạch.\nTổ công tác thực hiện "
                 "Nghị quyết số 68-NQ/TW của Huyện ủy Lục Nam họp định kỳ.", "68-NQ/TW", "Bộ Chính trị", id="district-team"),
    # must not fire
    pytest.param("Thực hiện Kế hoạch số 22-KH/TU của Tỉnh ủy, UBND tỉnh ban hành Kế hoạch.\nTheo Kế hoạch số 22-KH/TU "
                 "của Ban Thường vụ Tỉnh ủy Hưng Yên, các sở triển khai.", "22-KH/TU", "Ban Thường vụ Tỉnh ủy Hưng Yên",
                 id="local-fuller"),
    pytest.param("Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, UBND tỉnh ban hành Kế hoạch.\nTheo Nghị quyết số "
                 "57-NQ/TW của Bộ Chính trị khóa XIII, các sở triển khai.", "57-NQ/TW", "Bộ Chính trị khóa XIII",
                 id="central-fuller"),
])
def test_central_number_keeps_its_central_issuer(text, number, issuer):
    got = {r.number: r.issuer for r in refs(text).citations}
    assert got[number] == issuer


# sweepD: a page studying a congress's resolution deploys other documents at the same session ('Đảng bộ xã
# Quảng Bình tổ chức hội nghị học tập, quán triệt và triển khai Nghị quyết Đại hội ...; ... Triển khai Cuộc vận
# động ...; Chỉ thị số 50-CT/TW ...', a Thanh Hóa paper): the resolution carries none of them out; they stay
# citations. Siblings: a ward, a district congress, the deployment in the headline's lead or a later paragraph.
@pytest.mark.parametrize(("text", "cited"), [
    pytest.param("Quảng Bình quán triệt, triển khai Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I\n\nSáng 17/9, Đảng "
                 "bộ xã Quảng Bình tổ chức hội nghị học tập, quán triệt và triển khai Nghị quyết Đại hội Đại biểu Đảng "
                 "bộ xã lần thứ I, nhiệm kỳ 2025-2030.\n\nTại hội nghị, lãnh đạo xã đã quán triệt, triển khai và "
                 "thông qua Chương trình hành động thực hiện Nghị quyết; Triển khai Cuộc vận động Nhân dân hiến đất; "
                 "Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ.\n",
                 "50-CT/TW", id="commune-session-list"),
    pytest.param("Sáng 10/9, Đảng bộ phường Thủy Xuân tổ chức hội nghị quán triệt, triển khai Nghị quyết Đại hội Đảng "
                 "bộ phường Thủy Xuân lần thứ I, nhiệm kỳ 2025 - 2030; triển khai Kết luận số 150-KL/TW ngày 14/2/2025 "
                 "của Bộ Chính trị.\n", "150-KL/TW", id="ward-same-sentence"),
    pytest.param("Ngày 20/10/2020, Ban Thường vụ Huyện ủy Yên Thành tổ chức hội nghị học tập, quán triệt Nghị quyết Đại "
                 "hội đại biểu Đảng bộ huyện Yên Thành lần thứ XXIX, nhiệm kỳ 2020-2025 và triển khai Kế hoạch số "
                 "215-KH/TU ngày 5/10/2020 của Ban Thường vụ Tỉnh ủy.\n", "215-KH/TU", id="district-plan-deployed"),
])
def test_congress_resolution_studied_carries_out_nothing(text: str, cited: str) -> None:
    record = parse_text(text)
    assert record.doc_type == "NQ"
    assert [r.number for r in record.implements] == []
    assert cited in [r.number for r in record.citations]


# sweepG: a parent named in a title in capitals over the basis list ('HƯỚNG DẪN' / 'THỰC HIỆN ... QUY ĐỊNH SỐ
# 07-QĐI/TW, NGÀY 28/8/2018 CỦA BỘ CHÍNH TRỊ VỀ XỬ LÝ KỶ LUẬT ...' / '' / '- Căn cứ ...', the Central Inspection
# Commission's 06-HD/UBKTTW on a legal library) has the issuer its capitals name, not the words after it; a
# name in running case wrapped onto the next line ('của UBND' / 'tỉnh Quảng Ngãi') is still read whole.
_UBKT_HEAD = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nỦY BAN KIỂM TRA\n-------\nĐẢNG CỘNG SẢN VIỆT NAM\n---------------\n"
              "Số: 06-HD/UBKTTW\nHà Nội, ngày 18 tháng 12 năm 2018\n\nHƯỚNG DẪN\n\n")


@pytest.mark.parametrize(("text", "number", "issuer"), [
    pytest.param(_UBKT_HEAD + "THỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 07-QĐI/TW, NGÀY 28/8/2018 CỦA BỘ CHÍNH TRỊ VỀ XỬ LÝ "
                 "KỶ LUẬT TỔ CHỨC ĐẢNG VI PHẠM\n\n- Căn cứ Quy định số 30-QĐ/TW, ngày 26/7/2016 của Ban Chấp hành Trung "
                 "ương;\n\nỦy ban Kiểm tra Trung ương hướng dẫn như sau:\n", "07-QĐi/TW", "BỘ CHÍNH TRỊ",
                 id="caps-title-over-basis-dash"),
    pytest.param(_UBKT_HEAD + "THỰC HIỆN KẾT LUẬN SỐ 21-KL/TW, NGÀY 25/10/2021 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG VỀ ĐẨY "
                 "MẠNH XÂY DỰNG, CHỈNH ĐỐN ĐẢNG\n\nCăn cứ Quy định số 30-QĐ/TW, ngày 26/7/2016 của Ban Chấp hành Trung "
                 "ương;\n", "21-KL/TW", "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG", id="caps-title-over-basis-plain"),
    pytest.param("KẾ HOẠCH\nCải cách hành chính năm 2024\nThực hiện Kế hoạch số 12/KH-UBND ngày 3/4/2024 của UBND\ntỉnh "
                 "Quảng Ngãi về cải cách hành chính, UBND huyện ban hành kế hoạch như sau:\n", "12/KH-UBND",
                 "UBND tỉnh Quảng Ngãi", id="running-case-wrapped-kept"),
])
def test_parent_issuer_in_a_caps_title_ends_with_the_caps(text, number, issuer):
    got = {str(r.number): r.issuer for r in parse_text(text).implements}
    assert got.get(number) == issuer


@pytest.mark.parametrize(("text", "parent"), [
    pytest.param("Văn bản mới (số tháng 10 năm 2025)\n\nThứ bảy - 27/09/2025 21:52\n \n1. Kế hoạch số 26-KH/TU, ngày "
                 "22/9/2025 của Ban Thường vụ Tỉnh ủy An Giang về thực hiện Quy định số 144-QĐ/TW của Bộ Chính trị về "
                 "chuẩn mực đạo đức cách mạng\nMục đích của Kế hoạch nhằm tổ chức thực hiện có hiệu quả.\n",
                 "144-QĐ/TW", id="digest-plan-carries-out-regulation"),
    pytest.param("Văn bản mới\n\n2. Chương trình số 05-CTr/TU, ngày 10/10/2025 của Ban Chấp hành Đảng bộ tỉnh Lào Cai "
                 "về thực hiện Nghị quyết số 71-NQ/TW của Bộ Chính trị về đột phá phát triển giáo dục\nChương trình "
                 "đề ra 8 nhóm nhiệm vụ.\n", "71-NQ/TW", id="digest-programme-carries-out-resolution"),
])
def test_digest_items_title_carries_out_its_parent(text, parent):
    """blind47 c01: the title a digest's item gives (below the numbered point the preamble stops at) names the
    parent after its carry-out verb."""
    assert [x.number for x in parse_text(text).implements] == [parent]


# blind53 r04: a number of a letter's shape ('126/QGG-UBND', a misprinted 'QĐ'; '2899/UBND-VH') takes its type
# from the type word written before it: a decision among the 'Căn cứ' items is legal basis, a guide is carried
# out; with 'công văn' before it, or no type word, it stays a letter.
@pytest.mark.parametrize(("text", "doc_type", "carried_out"), [
    pytest.param("KẾ HOẠCH\nXây dựng nông thôn mới\n- Căn cứ quyết định số 126/QGG-UBND ngày 23/2/2015 của UBND tỉnh "
                 "Hà Nam;\n", "QĐ", False, id="decision-misprinted-code"),
    pytest.param("KẾ HOẠCH\nXây dựng nông thôn mới\n- Căn cứ Quyết định số: 3694/UBND ngày 16/9/2019 của Chủ tịch UBND "
                 "tỉnh Thanh Hóa;\n", "QĐ", False, id="decision-with-letter-number"),
    pytest.param("KẾ HOẠCH\nTổ chức ngày hội văn hóa\nThực hiện Hướng dẫn số 2899/UBND-VH ngày 30/9/2022 của UBND huyện "
                 "Cẩm Xuyên;\n", "HD", True, id="guide-with-letter-number"),
    pytest.param("KẾ HOẠCH\nDạy học lịch sử\nThực hiện công văn số 3227/SGDĐT-GDTrH ngày 18/10/2012 của Sở GD&ĐT Quảng "
                 "Ninh;\n", "CV", None, id="letter-stays-a-letter"),
])
def test_letter_shaped_number_takes_the_type_word(text, doc_type, carried_out):
    r = refs(text)
    cited = [x for x in r.citations if x.number]
    assert len(cited) == 1 and cited[0].doc_type == doc_type
    if carried_out is not None:
        assert bool(r.implements) == carried_out
