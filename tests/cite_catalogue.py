# ruff: noqa: E501  (a catalogue of citation forms reads better unwrapped)
"""A catalogue of the forms in which real documents cite other documents.

Each row is a short whole document (header, title, a preamble and a few task items) whose text exercises ONE
citation form, and the set of canonical numbers (`DocNumber`'s printed form) its record must cite: the
`citations` field of the gold spec is graded as the precision and recall of that set. The forms are those of the
labelled real sets (tests/realworld*): Party numbers with and without 'số', the shorthand 'NQ 33-NQ/TW'
(tests/realworld_blind17/b12_bvhttdl_qd2850_nq102cp_nq33_news_nodate.txt), spaced dashes ('100 - KL/TW'), state
numbers with and without a year, laws named by title and year (no number: never a citation), two numbers under one
type word, a number wrapped over a line, quotes, brackets, footnote marks and table cells. Rows that must not add a
citation: the document's own number, a form's code ('Mẫu số 01'), a blank number line ('Số: .../KH-UBND'),
dates and telephone numbers.

A form is set in up to three places (`PLACES`): the preamble's carry-out clause, a 'Căn cứ' basis line of a state
document, and a task item in running text, so one rule is checked where the parser reads it differently.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class CRow:
    id: str
    text: str
    cites: frozenset[str]  # canonical numbers; the document's own number is never one


OWN_PARTY = "45-KH/HU"
OWN_STATE = "87/KH-UBND"


def party_doc(preamble: str, task: str = "Tổ chức quán triệt nội dung kế hoạch đến cán bộ, đảng viên.") -> str:
    """A district Party committee's plan: two-column header, title, preamble, two task items, signature."""
    return (
        "ĐẢNG BỘ TỈNH THANH HÓA          ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "HUYỆN ỦY ĐÔNG SƠN\n*\n"
        f"Số {OWN_PARTY}                     Đông Sơn, ngày 12 tháng 3 năm 2024\n\n"
        "KẾ HOẠCH\ntriển khai công tác tuyên truyền năm 2024\n\n"
        f"{preamble}\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân.\n"
        "II. NHIỆM VỤ, GIẢI PHÁP\n"
        f"1. {task}\n"
        "2. Các chi bộ, đảng bộ cơ sở xây dựng kế hoạch cụ thể, hoàn thành trước ngày 30/4/2024.\n"
        "III. TỔ CHỨC THỰC HIỆN\nBan Tuyên giáo Huyện ủy theo dõi, đôn đốc việc thực hiện kế hoạch.\n\n"
        "Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c);\n- Các chi bộ, đảng bộ cơ sở;\n- Lưu VT.\n\n"
        "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n(Đã ký)\n\nLê Văn Hùng\n"
    )


def state_doc(preamble: str, task: str = "Phòng Văn hóa - Thông tin chủ trì tổ chức tuyên truyền.") -> str:
    """A district People's Committee's plan: two-column header, title, basis, two task items, signature."""
    return (
        "ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "HUYỆN ĐÔNG SƠN                  Độc lập - Tự do - Hạnh phúc\n"
        f"Số: {OWN_STATE}                  Đông Sơn, ngày 15 tháng 4 năm 2024\n\n"
        "KẾ HOẠCH\nCải cách hành chính năm 2024\n\n"
        f"{preamble}\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao chất lượng phục vụ người dân, doanh nghiệp.\n"
        "II. NHIỆM VỤ TRỌNG TÂM\n"
        f"1. {task}\n"
        "2. Ủy ban nhân dân các xã, thị trấn triển khai thực hiện, báo cáo kết quả trước ngày 15/12/2024.\n\n"
        "Nơi nhận:\n- UBND tỉnh (b/c);\n- Các phòng, ban;\n- Lưu: VT.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nTrần Văn Nam\n"
    )


_PARTY_TAIL = ", Ban Thường vụ Huyện ủy xây dựng kế hoạch thực hiện như sau:"
_STATE_TAIL = ";\nỦy ban nhân dân huyện ban hành Kế hoạch cải cách hành chính năm 2024 như sau:"


@dataclass(frozen=True)
class Form:
    id: str
    mention: str  # the citing words as written, without the verb before them
    cites: tuple[str, ...]
    party: bool = True  # a Party document cites it (else a state document)


# One form a row. The mention is placed after 'Thực hiện ' (Party) or 'Căn cứ ' (state) in the preamble, and in a
# task item after 'Tiếp tục quán triệt ' / 'Tổ chức thực hiện tốt '.
FORMS: list[Form] = [
    # Party numbers
    Form("nq-so", "Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục thực hiện chính sách đại đoàn kết toàn dân tộc", ("43-NQ/TW",)),
    Form("nq-no-so", "Nghị quyết 15-NQ/TW ngày 05/5/2022 của Bộ Chính trị về phương hướng phát triển Thủ đô", ("15-NQ/TW",)),
    Form("nq-shorthand", "NQ 33-NQ/TW ngày 09/6/2014 của Ban Chấp hành Trung ương Đảng khóa XI về xây dựng và phát triển văn hóa", ("33-NQ/TW",)),
    Form("ct-no-so", "Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", ("05-CT/TW",)),
    Form("kl-so", "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW", ("01-KL/TW", "05-CT/TW")),
    Form("kh-tu", "Kế hoạch số 120-KH/TU ngày 2/3/2024 của Ban Thường vụ Tỉnh ủy về công tác tuyên truyền", ("120-KH/TU",)),
    Form("ctr-tu", "Chương trình hành động số 75-CTr/TU, ngày 06/3/2024 của Tỉnh ủy về thực hiện nhiệm vụ năm 2024", ("75-CTr/TU",)),
    Form("hd-btg", "Hướng dẫn số 12-HD/BTGTW ngày 3/4/2024 của Ban Tuyên giáo Trung ương về tuyên truyền kỷ niệm các ngày lễ lớn", ("12-HD/BTGTW",)),
    Form("qd-tw", "Quy định số 124-QĐ/TW của Ban Bí thư (khóa XII) về giám sát của Mặt trận Tổ quốc", ("124-QĐ/TW",)),
    Form("spaced-dash", "Kết luận số 100 - KL/TW ngày 30/6/2021 của Ban Bí thư về công tác dân vận", ("100-KL/TW",)),
    Form("en-dash", "Chỉ thị số 05 – CT/TW ngày 15.5.2016 của Bộ Chính trị khóa XII", ("05-CT/TW",)),
    Form("wrapped", "Nghị quyết số 43-\nNQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về đại đoàn kết toàn dân tộc", ("43-NQ/TW",)),
    Form("wrapped-before-code", "Nghị quyết số\n43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về đại đoàn kết toàn dân tộc", ("43-NQ/TW",)),
    Form("two-under-one-word", "các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII", ("18-NQ/TW", "19-NQ/TW")),
    Form("two-joined-va", "Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII", ("18-NQ/TW", "19-NQ/TW")),
    Form("shared-suffix", "Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII", ("18-NQ/TW", "19-NQ/TW")),
    Form("shared-suffix-va", "Nghị quyết số 26 và 27-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương Đảng khóa XII", ("26-NQ/TW", "27-NQ/TW")),
    Form("shared-suffix-three", "Nghị quyết số 18, 19, 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII", ("18-NQ/TW", "19-NQ/TW", "20-NQ/TW")),
    Form("semicolon-between-numbers", "Nghị quyết số 18-NQ/TW; 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII", ("18-NQ/TW", "19-NQ/TW")),
    Form("plenum-then-brackets", "Nghị quyết Trung ương 6 khóa XII (Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW)", ("18-NQ/TW", "19-NQ/TW")),
    Form("colon-after-so", "Nghị quyết số: 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII", ("43-NQ/TW",)),
    Form("comma-before-date", "Kết luận số 121-KL/TW, ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng về tổng kết Nghị quyết số 18-NQ/TW", ("121-KL/TW", "18-NQ/TW")),
    Form("markdown-bold", "**Nghị quyết số 43-NQ/TW** ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII", ("43-NQ/TW",)),
    Form("blank-after-slash", "Nghị quyết số 43-NQ/ TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII", ("43-NQ/TW",)),
    Form("blank-before-dash", "Nghị quyết số 43 -NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII", ("43-NQ/TW",)),
    Form("non-breaking-hyphen", "Nghị quyết số 43\u2011NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII", ("43-NQ/TW",)),
    Form("date-with-dashes", "Nghị quyết số 43-NQ/TW ngày 24-11-2023 của Ban Chấp hành Trung ương Đảng khóa XIII", ("43-NQ/TW",)),
    Form("in-brackets-letter", "chỉ đạo của Ban Tổ chức Trung ương (Công văn số 8011-CV/BTCTW, ngày 27/02/2025)", ("8011-CV/BTCTW",)),
    Form("footnote-paren", "Nghị quyết số 57-NQ/TW(1) ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ", ("57-NQ/TW",)),
    Form("front-number", "Nghị quyết số 26/NQ-MTTW-ĐCT ngày 11/11/2023 của Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", ("26/NQ-MTTW-ĐCT",)),
    Form("glued-comma-date", "Chỉ thị số 05-CT/TW,ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh", ("05-CT/TW",)),
    Form("glued-date-word", "Nghị quyết số 43-NQ/TWngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII", ("43-NQ/TW",)),
    Form("abbreviated-type-so", "NQ số 43-NQ/TW ngày 24/11/2023 của BCH TW Đảng khóa XIII về đại đoàn kết toàn dân tộc", ("43-NQ/TW",)),
    Form("date-in-brackets", "Kết luận số 14-KL/TW (ngày 22/9/2021) của Bộ Chính trị về khuyến khích và bảo vệ cán bộ năng động, sáng tạo", ("14-KL/TW",)),
    Form("party-letter", "Công văn số 1234-CV/TU ngày 5/3/2024 của Ban Thường vụ Tỉnh ủy về tuyên truyền", ("1234-CV/TU",)),
    Form("board-under-committee", "Kế hoạch số 20-KH/TU-BTGTU ngày 5/3/2024 của Ban Tuyên giáo Tỉnh ủy", ("20-KH/TU-BTGTU",)),
    Form("short-name-no-code", "Nghị quyết 57 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ", ()),
    Form("footnote-digit", "Nghị quyết số 57-NQ/TW¹ ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ", ("57-NQ/TW",)),
    Form("footnote-bracket", "Nghị quyết số 57-NQ/TW[1] ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ", ("57-NQ/TW",)),
    # blind40 e03: a PDF's text layer glues a footnote's mark to the number, at a line's end in a table cell
    Form("footnote-glued-digit", "Nghị quyết số 57-NQ/TW1\nngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ", ("57-NQ/TW",)),
    Form("footnote-glued-digit-wrapped", "Nghị quyết số 57-\nNQ/TW2\nngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ", ("57-NQ/TW",)),
    Form("in-quotes", "“Nghị quyết số 57-NQ/TW” của Bộ Chính trị về đột phá phát triển khoa học, công nghệ", ("57-NQ/TW",)),
    Form("in-brackets", "chủ trương của Bộ Chính trị (Nghị quyết số 57-NQ/TW ngày 22/12/2024) về đột phá phát triển khoa học, công nghệ", ("57-NQ/TW",)),
    Form("lower-type-word", "nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về tăng cường củng cố tổ chức cơ sở đảng", ("21-NQ/TW",)),
    Form("caps-type-word", "NGHỊ QUYẾT SỐ 21-NQ/TW NGÀY 16/6/2022 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG về tăng cường củng cố tổ chức cơ sở đảng", ("21-NQ/TW",)),
    Form("slash-for-dash", "Nghị quyết số 36/NQ-TW ngày 22/10/2018 của Ban Chấp hành Trung ương về Chiến lược phát triển bền vững kinh tế biển", ("36/NQ-TW",)),  # labels keep a Party number typed state-style as written (blind12 b02)
    Form("same-number-two-years", "Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII và Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII", ("19-NQ/TW",)),
    Form("chain", "Kế hoạch số 20-KH/TU ngày 5/3/2024 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII", ("20-KH/TU", "43-NQ/TW")),
    Form("semicolon-list", "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị; Kế hoạch số 120-KH/TU ngày 2/3/2022 của Ban Thường vụ Tỉnh ủy", ("05-CT/TW", "01-KL/TW", "120-KH/TU")),
    Form("unit-suffix", "Nghị quyết số 09-NQ/ĐH ngày 20/9/2020 của Đại hội Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020 - 2025", ("09-NQ/ĐH",)),
    Form("hd-tu", "Hướng dẫn số 05-HD/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy về đại hội chi bộ", ("05-HD/TU",)),
    Form("tb-tw", "Thông báo kết luận số 35-TB/TW ngày 28/12/2021 của Bộ Chính trị", ("35-TB/TW",)),
    # state numbers
    Form("qd-ubnd", "Quyết định số 1234/QĐ-UBND ngày 12/5/2023 của UBND tỉnh Thanh Hóa về việc ban hành kế hoạch cải cách hành chính", ("1234/QĐ-UBND",), party=False),
    Form("qd-ubnd-year", "Quyết định số 12/2024/QĐ-UBND ngày 20/3/2024 của UBND tỉnh ban hành Quy chế phối hợp", ("12/2024/QĐ-UBND",), party=False),
    Form("tt-no-so", "Thông tư 01/2021/TT-BNV ngày 11/01/2021 của Bộ Nội vụ quy định chi tiết", ("01/2021/TT-BNV",), party=False),
    Form("nd-no-so", "Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư", ("30/2020/NĐ-CP",), party=False),
    Form("nd-so", "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa", ("61/2018/NĐ-CP",), party=False),
    Form("qd-ttg", "Quyết định số 924/QĐ-TTg ngày 22/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số", ("924/QĐ-TTg",), party=False),
    Form("nq-cp", "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính", ("76/NQ-CP",), party=False),
    Form("nq-hdnd-year", "Nghị quyết số 14/2016/NQ-HĐND ngày 8/12/2016 của Hội đồng nhân dân tỉnh", ("14/2016/NQ-HĐND",), party=False),
    Form("kh-ubnd-date-words", "Kế hoạch số 53/KH-UBND ngày 7 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh về cải cách hành chính", ("53/KH-UBND",), party=False),
    Form("cv-letter", "Công văn số 197/STTTT ngày 02/2/2021 của Sở Thông tin và Truyền thông về tuyên truyền", ("197/STTTT",), party=False),
    Form("cv-dept", "Công văn số 2928/LĐTBXH-BVCSTE ngày 15/7/2023 của Bộ Lao động - Thương binh và Xã hội", ("2928/LĐTBXH-BVCSTE",), party=False),
    Form("law-number", "Luật số 30/2023/QH15 ngày 12/6/2023 của Quốc hội", ("30/2023/QH15",), party=False),
    Form("state-wrapped", "Quyết định số 1234/QĐ-\nUBND ngày 12/5/2023 của UBND tỉnh Thanh Hóa về việc ban hành kế hoạch", ("1234/QĐ-UBND",), party=False),
    Form("state-spaced", "Quyết định số 1234 / QĐ-UBND ngày 12/5/2023 của UBND tỉnh Thanh Hóa về việc ban hành kế hoạch", ("1234/QĐ-UBND",), party=False),
    Form("state-two-under-one-word", "các Quyết định số 1234/QĐ-UBND, 1235/QĐ-UBND ngày 12/5/2023 của UBND tỉnh Thanh Hóa", ("1234/QĐ-UBND", "1235/QĐ-UBND"), party=False),
    Form("state-footnote", "Quyết định số 1234/QĐ-UBND² ngày 12/5/2023 của UBND tỉnh Thanh Hóa về việc ban hành kế hoạch", ("1234/QĐ-UBND",), party=False),
    Form("state-footnote-glued-digit", "Nghị định số 09/2026/NĐ-CP4\nngày 10/01/2026 của Chính phủ quy định chức năng, nhiệm vụ của Bộ Tư pháp", ("09/2026/NĐ-CP",), party=False),
    Form("state-footnote-glued-digit-ttg", "Quyết định số 924/QĐ-TTg3\nngày 22/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình chuyển đổi số", ("924/QĐ-TTg",), party=False),
    Form("seq-with-letter", "Nghị quyết số 36a/NQ-CP ngày 21/10/2015 của Chính phủ về Chính phủ điện tử", ("36a/NQ-CP",), party=False),
    Form("state-shared-suffix", "Quyết định số 1234, 1235/QĐ-UBND ngày 12/5/2023 của UBND tỉnh Thanh Hóa", ("1234/QĐ-UBND", "1235/QĐ-UBND"), party=False),
    Form("state-three-listed", "Quyết định số 1234/QĐ-UBND, 1235/QĐ-UBND và 1236/QĐ-UBND ngày 12/5/2023 của UBND tỉnh Thanh Hóa", ("1234/QĐ-UBND", "1235/QĐ-UBND", "1236/QĐ-UBND"), party=False),
    Form("state-year-wrapped", "Quyết định số 12/\n2024/QĐ-UBND ngày 20/3/2024 của UBND tỉnh ban hành Quy chế phối hợp", ("12/2024/QĐ-UBND",), party=False),
    Form("state-date-next-line", "Quyết định số 12/2024/QĐ-UBND\nngày 20/3/2024 của UBND tỉnh ban hành Quy chế phối hợp", ("12/2024/QĐ-UBND",), party=False),
    Form("state-spaced-code", "Quyết định số 12/2024/QĐ - UBND ngày 20/3/2024 của UBND tỉnh ban hành Quy chế phối hợp", ("12/2024/QĐ-UBND",), party=False),
    Form("code-split-by-blank", "Thông tư số 01/2016/TT-BGDĐT ngày 15/01/2016 của Bộ trưởng Bộ GD&ĐT; Quyết định số 932/QĐ-UBND ngày 22/4/2016 của UBND tỉnh về việc cụ thể hóa Điều 18 của Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016", ("01/2016/TT-BGDĐT", "932/QĐ-UBND"), party=False),  # tests/realworld_unseen/m27_phutho_ubnd_kh335_2023_numbered_cancu.txt
    Form("joint-rule", "Quy chế phối hợp số 01/QCPH/UBND-UBMTTQ ngày 5/1/2022 giữa Ủy ban nhân dân và Ủy ban Mặt trận Tổ quốc huyện", ("01/QCPH/UBND-UBMTTQ",), party=False),
    # no number: no citation
    Form("law-by-name", "Luật Tổ chức chính quyền địa phương năm 2015", (), party=False),
    Form("law-by-name-date", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019", (), party=False),
    Form("law-and-number", "Luật Tổ chức chính quyền địa phương năm 2015; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư", ("30/2020/NĐ-CP",), party=False),
    Form("party-unnumbered", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, nhiệm kỳ 2020 - 2025", ()),
]

# Numbers that are no citation, written where a citation would stand.
DECOYS: list[tuple[str, str, bool, tuple[str, ...]]] = [
    # (id, preamble, party document?, citations)
    ("own-number-in-lead", "Ngày 12/3/2024, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU về công tác tuyên truyền năm 2024. Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị" + _PARTY_TAIL, True, ("05-CT/TW",)),
    ("own-number-in-task", "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị" + _PARTY_TAIL, True, ("05-CT/TW",)),
    ("form-code-bare", "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, các chi bộ báo cáo theo Mẫu số 01 kèm theo" + _PARTY_TAIL, True, ("05-CT/TW",)),
    ("form-code-annex", "Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị (biểu mẫu theo Phụ lục số 02 kèm theo)" + _PARTY_TAIL, True, ("01-KL/TW",)),
    ("blank-number", "Căn cứ Kế hoạch số 53/KH-UBND ngày 7/3/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính" + _STATE_TAIL, False, ("53/KH-UBND",)),
    ("phone-number", "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; mọi thông tin liên hệ số điện thoại 0237.3825.112 hoặc 0912.345.678" + _PARTY_TAIL, True, ("05-CT/TW",)),
    ("date-slash", "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, từ ngày 01/01/2024 đến 31/12/2024" + _PARTY_TAIL, True, ("05-CT/TW",)),
    ("year-range", "Thực hiện Nghị quyết số 09-NQ/ĐH của Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025, giai đoạn 2021/2025" + _PARTY_TAIL, True, ("09-NQ/ĐH",)),
    ("article-clause", "Căn cứ khoản 2 Điều 15 Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư" + _STATE_TAIL, False, ("30/2020/NĐ-CP",)),
    ("own-number-in-list", "Thực hiện Kế hoạch số 120-KH/TU ngày 2/3/2024 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 45-KH/HU của Ban Thường vụ Huyện ủy" + _PARTY_TAIL, True, ("120-KH/TU",)),
    ("form-code-shaped-like-number", "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, các chi bộ báo cáo theo Biểu mẫu số 02/KH-UBND kèm theo" + _PARTY_TAIL, True, ("05-CT/TW",)),
    ("form-code-with-slash", "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, các chi bộ báo cáo theo Mẫu số 01/BC kèm theo" + _PARTY_TAIL, True, ("05-CT/TW",)),
    ("annex-code", "Căn cứ Kế hoạch số 53/KH-UBND ngày 7/3/2024 của Ủy ban nhân dân tỉnh (chi tiết tại Phụ lục số 2/PL kèm theo)" + _STATE_TAIL, False, ("53/KH-UBND",)),
    ("form-of-a-circular", "Căn cứ Thông tư số 01/2021/TT-BNV ngày 11/01/2021 của Bộ Nội vụ (báo cáo theo Mẫu số 01 ban hành kèm theo Thông tư số 01/2021/TT-BNV)" + _STATE_TAIL, False, ("01/2021/TT-BNV",)),
    ("house-number", "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị (địa chỉ: số 35/2 đường Nguyễn Huệ)" + _PARTY_TAIL, True, ("05-CT/TW",)),
    ("ratio-figures", "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, đạt 20/20 chỉ tiêu, 95/100 chi bộ hoàn thành" + _PARTY_TAIL, True, ("05-CT/TW",)),
    ("quarter-month", "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, trong quý I/2024 và tháng 12/2024" + _PARTY_TAIL, True, ("05-CT/TW",)),
    ("own-number-bracketed", "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Huyện ủy (Kế hoạch số 45-KH/HU) chỉ đạo" + _PARTY_TAIL, True, ("05-CT/TW",)),
    ("money-figures", "Thực hiện Kế hoạch số 120-KH/TU ngày 2/3/2024 của Ban Thường vụ Tỉnh ủy, kinh phí 1.250/2.000 triệu đồng" + _PARTY_TAIL, True, ("120-KH/TU",)),
]

# Task items (running text, not the preamble) and table cells.
TASKS: list[tuple[str, str, tuple[str, ...]]] = [
    ("task-table-cell", "| 1 | Quán triệt Nghị quyết số 57-NQ/TW | Ban Tuyên giáo Huyện ủy | Quý II/2024 |", ("57-NQ/TW",)),
    ("task-table-cell-two", "| 2 | Sơ kết Chỉ thị số 05-CT/TW; Kết luận số 01-KL/TW | Văn phòng Huyện ủy | Tháng 6/2024 |", ("05-CT/TW", "01-KL/TW")),
    ("task-quoted-title", "Tổ chức học tập chuyên đề năm 2024 theo Hướng dẫn số 12-HD/BTGTW “Về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.", ("12-HD/BTGTW",)),
    ("task-parenthesised", "Tiếp tục thực hiện nghiêm các quy định về nêu gương (Quy định số 08-QĐi/TW, Quy định số 144-QĐ/TW).", ("08-QĐi/TW", "144-QĐ/TW")),
]


# A site's list of other pages under the document (tests/realworld_blind29/b03: a document-sharing site's 'Tài
# liệu tương tự' with other documents' headers; portals' 'Tin liên quan', 'Các tin khác'): chrome, no citation.
# Must not fire: a number on the heading's line ('Văn bản khác 3480/KH-UBND' is a library's link to a document).
_OTHER_HEADERS = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO Số: 155/QĐ-BGDĐT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc "
                  "Hà Nội, ngày 10 tháng 01 năm 2013 QUYẾT ĐỊNH Ban hà\n\n44 CÔNG BÁO/Số 18/Ngày ỦY BAN NHÂN DÂN TỈNH "
                  "QUẢNG NINH Số: 666/2015/QĐ-UBND Q\n")
SITE_LISTS: list[tuple[str, str, bool, tuple[str, ...]]] = [
    # (id, what follows the document, party document?, citations)
    ("site-list-similar-documents", f"\nTài liệu tương tự\nMicrosoft Word - 29HD- the thuc trinh bay.doc\n\n{_OTHER_HEADERS}", True, ("05-CT/TW",)),
    ("site-list-related-news", "\nTin liên quan\n\nUBND huyện triển khai Kế hoạch số 12/KH-UBND về chuyển đổi số (12/03/2024)\n", False, ("53/KH-UBND",)),
    ("site-list-other-news", "\nCác tin khác\n\nHuyện ủy sơ kết Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị\n", True, ("05-CT/TW",)),
    ("site-list-same-section", "\nTin cùng chuyên mục\nTỉnh ủy ban hành Kế hoạch số 230-KH/TU về chuyển đổi số\n", True, ("05-CT/TW",)),
    ("site-list-not-numbered-link", "\nVăn bản khác 3480/KH-UBND\n", False, ("53/KH-UBND", "3480/KH-UBND")),
]

# A draft's annex stamp with a blank number ('(Ban hành kèm theo Quyết định số' / ... / '/QĐ-UBND ngày / / 2025 của
# Chủ tịch UBND tỉnh Lai Châu)', tests/realworld_blind30/c01 in OCR Markdown) opens its paragraph on the slash: the
# figure ending the paragraph before it (a table cell's day count, a total) is not its number. Must still fire: a
# number whose figures and slash stand on one line, spaced ('18 /QĐ-UBND').
BLANK_STAMPS: list[tuple[str, str, bool, tuple[str, ...]]] = [
    # (id, what follows the document, party document?, citations)
    ("blank-stamp-after-table-figure", "\nPhụ lục II\nQuy trình nội bộ giải quyết thủ tục hành chính 18\n\n"
     "/QĐ-UBND ngày / / 2025 của Chủ tịch Ủy ban nhân dân tỉnh Lai Châu)\n", False, ("53/KH-UBND",)),
    ("blank-stamp-after-total", "\nPhụ lục\nTổng số hồ sơ tiếp nhận 12\n\n/KH-UBND ngày    tháng    năm 2024 của "
     "Ủy ban nhân dân huyện)\n", False, ("53/KH-UBND",)),
    ("spaced-slash-same-line", "\nPhụ lục\n(Kèm theo Quyết định số 18 /QĐ-UBND ngày 5/3/2024 của Ủy ban nhân dân "
     "tỉnh)\n", False, ("53/KH-UBND", "18/QĐ-UBND")),
]


# Rows also read from a copy that lost every diacritic on the way (a stripped PDF or a plain-text mirror): the
# codes' 'Đ' come back in the canonical number ('30/2020/ND-CP' is '30/2020/NĐ-CP').
STRIPPED = ("nq-so-preamble", "shared-suffix-preamble", "two-joined-va-preamble", "qd-ubnd-year-basis",
            "nd-so-basis", "nq-hdnd-year-basis", "own-number-in-lead", "task-parenthesised")


def strip_marks(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _rows_for(form: Form) -> list[CRow]:
    cites = frozenset(form.cites)
    if form.party:
        return [
            CRow(f"{form.id}-preamble", party_doc(f"Thực hiện {form.mention}{_PARTY_TAIL}"), cites),
            CRow(f"{form.id}-task", party_doc("Căn cứ tình hình thực tế của địa phương" + _PARTY_TAIL,
                                              f"Tiếp tục quán triệt {form.mention}."), cites),
        ]
    return [
        CRow(f"{form.id}-basis", state_doc(f"Căn cứ {form.mention}{_STATE_TAIL}"), cites),
        CRow(f"{form.id}-task", state_doc("Căn cứ tình hình thực tế của địa phương" + _STATE_TAIL,
                                          f"Tổ chức thực hiện tốt {form.mention}."), cites),
    ]


_SITE_PARTY = "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị" + _PARTY_TAIL
_SITE_STATE = "Căn cứ Kế hoạch số 53/KH-UBND ngày 7/3/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính" + _STATE_TAIL


def cite_rows() -> list[CRow]:
    rows = [row for form in FORMS for row in _rows_for(form)]
    for id_, preamble, party, cites in DECOYS:
        if id_ == "own-number-in-task":
            text = party_doc(preamble, f"Triển khai Kế hoạch số {OWN_PARTY} đến các chi bộ.")
        elif id_ == "blank-number":
            text = state_doc(preamble).replace(f"Số: {OWN_STATE}", "Số: .../KH-UBND")
        else:
            text = party_doc(preamble) if party else state_doc(preamble)
        rows.append(CRow(id_, text, frozenset(cites)))
    for id_, tail, party, cites in SITE_LISTS + BLANK_STAMPS:
        preamble = (_SITE_PARTY if party else _SITE_STATE)
        rows.append(CRow(id_, (party_doc(preamble) if party else state_doc(preamble)) + tail, frozenset(cites)))
    for id_, task, cites in TASKS:
        rows.append(CRow(id_, party_doc("Căn cứ tình hình thực tế của địa phương" + _PARTY_TAIL, task), frozenset(cites)))
    by_id = {r.id: r for r in rows}
    rows += [CRow(f"stripped-{id_}", strip_marks(by_id[id_].text), by_id[id_].cites) for id_ in STRIPPED]
    return rows
