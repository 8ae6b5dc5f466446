# ruff: noqa: E501  (a catalogue of real-looking Vietnamese text reads better unwrapped)
"""Every document type × every place and form a page states it in, and the title in each.

`rows()` crosses the types of DOMAIN §2 (the joint ones and the two kinds of 'QĐ' included) with the
places a real copy states the type: the type line under the header (alone, letter-spaced, with its
title on the same line, in title case), the number's type code only (the type line lost), a news
headline over its lead, a news lead alone, the type word in quotes; and the title in the forms real
copies wrap it (one line, two or three lines, a place-date line under it, 'về' / 'Về việc'). Each
layout names the labelled real file whose form it copies. Hand rows add the forms one type owns (a
letter's 'V/v', a decision issuing another document, a 'ra Nghị quyết chuyên đề' lead) and the rows
that must not fire (a cited document's type, 'kế hoạch' as a common noun, a report about a plan).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Type:
    key: str
    doc_type: str  # the record's expected code
    heading: str  # the type line as the header prints it
    word: str  # the type as prose names it
    number: str
    head: str  # the header block above the type line: 'party', 'board', 'state', 'central', 'joint-...'
    subject: str  # how a news lead names the issuer
    title: tuple[str, ...]  # the trích yếu, in the pieces a wrap may cut it into
    src: str


@dataclass(frozen=True)
class Row:
    id: str
    src: str  # the real file whose form the row copies
    text: str
    doc_type: str | None
    title: str | None = None  # a part the title must contain (None: not graded)
    not_in_title: tuple[str, ...] = ()  # words of the lead or the place-date the title must not run into


_HEADS = {
    "party": "TỈNH ỦY NGHỆ AN\n*\nSố {number}\tĐẢNG CỘNG SẢN VIỆT NAM\n{date}",
    "board": "TỈNH ỦY THÁI NGUYÊN\nBAN TUYÊN GIÁO\n*\nSố {number}\tĐẢNG CỘNG SẢN VIỆT NAM\n{date}",
    "state": "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n-------\nSố: {number}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{date}",
    "central": "CHÍNH PHỦ\n-------\nSố: {number}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{date}",
    "joint-council": "THƯỜNG TRỰC HĐND - UBND - UBMTTQ VN\nHUYỆN BÌNH CHÁNH\n-------\nSố: {number}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{date}",
    "joint-front": "ỦY BAN NHÂN DÂN - ỦY BAN MTTQ VIỆT NAM\nTỈNH HÒA BÌNH\n-------\nSố: {number}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{date}",
    "joint-central": "CHÍNH PHỦ - ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM\n-------\nSố: {number}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{date}",
    "joint-ministries": "BỘ NỘI VỤ - BỘ TÀI CHÍNH\n-------\nSố: {number}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{date}",
}
_PLACE = {"party": "Nghệ An", "board": "Thái Nguyên", "state": "Lai Châu", "central": "Hà Nội",
          "joint-council": "Bình Chánh", "joint-front": "Hòa Bình", "joint-central": "Hà Nội",
          "joint-ministries": "Hà Nội"}
_DATE = "{place}, ngày 12 tháng 3 năm 2024"
LEAD = "Trong thời gian qua, công tác lãnh đạo, chỉ đạo đã đạt được nhiều kết quả quan trọng."
BODY = ("I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên và Nhân dân.\n"
        "II. NHIỆM VỤ, GIẢI PHÁP\n1. Tăng cường công tác tuyên truyền, quán triệt.\n")
# A news body as a fixed-width dump (rewrap_page) leaves it: lines of one width, so the wrap is seen.
WRAPPED_BODY = ("Theo đó, các cấp ủy, tổ chức đảng, chính quyền và các cơ quan, đơn vị\n"
                "tập trung lãnh đạo, chỉ đạo, tổ chức quán triệt, tuyên truyền sâu rộng\n"
                "đến cán bộ, đảng viên và các tầng lớp Nhân dân về mục đích, ý nghĩa và\n"
                "các nội dung trọng tâm, phân công rõ trách nhiệm của từng cơ quan, đơn\n"
                "vị, gắn với kiểm tra, giám sát, sơ kết, tổng kết việc thực hiện hằng năm.\n")
NEWS_BODY = "Theo đó, các cấp ủy, tổ chức đảng tăng cường công tác tuyên truyền, quán triệt.\nTin liên quan\n"

TYPES = [
    Type("NQ", "NQ", "NGHỊ QUYẾT", "Nghị quyết", "12-NQ/TU", "party", "Ban Chấp hành Đảng bộ tỉnh",
         ("về phát triển kinh tế biển", "và đảo bền vững đến năm 2030,", "tầm nhìn đến năm 2045"),
         "blind13 b03 (Ban Thường vụ Tỉnh ủy vừa ban hành Nghị quyết số 02-NQ/TU về việc ...)"),
    Type("CT", "CT", "CHỈ THỊ", "Chỉ thị", "05-CT/TU", "party", "Ban Thường vụ Tỉnh ủy",
         ("về tăng cường sự lãnh đạo của Đảng", "đối với công tác phòng, chống thiên tai", "và tìm kiếm cứu nạn"),
         "blind15 b12 (Chỉ thị số 02-CT/TU, ngày 26/11/2020 về lãnh đạo Đại hội ...)"),
    Type("KL", "KL", "KẾT LUẬN", "Kết luận", "30-KL/TU", "party", "Ban Thường vụ Tỉnh ủy",
         ("của Ban Thường vụ Tỉnh ủy về tiếp tục", "thực hiện Nghị quyết số 12-NQ/TU", "về phát triển du lịch"),
         "realworld k-series KL labels (Kết luận số ... của Ban Thường vụ)"),
    Type("QD-quyetdinh", "QĐ", "QUYẾT ĐỊNH", "Quyết định", "1250-QĐ/TU", "party", "Ban Thường vụ Tỉnh ủy",
         ("về việc thành lập Ban Chỉ đạo", "thực hiện Nghị quyết số 57-NQ/TW", "của Bộ Chính trị"),
         "realworld k14 (QUYẾT ĐỊNH / VỀ VIỆC ...)"),
    Type("QD-quydinh", "QĐ", "QUY ĐỊNH", "Quy định", "08-QĐ/TU", "party", "Ban Thường vụ Tỉnh ủy",
         ("về chế độ học tập lý luận chính trị", "trong Đảng bộ tỉnh", "giai đoạn 2024 - 2025"),
         "blind11 (the Politburo's 'Quy định số ... QĐ/TW')"),
    Type("HD", "HD", "HƯỚNG DẪN", "Hướng dẫn", "29-HD/BTGTU", "board", "Ban Tuyên giáo Tỉnh ủy",
         ("xây dựng mô hình", "“Dân vận khéo” trong", "các cơ quan khối tỉnh năm 2024"),
         "blind15 b09 (HƯỚNG DẪN xây dựng mô hình “Dân vận khéo”)"),
    Type("KH", "KH", "KẾ HOẠCH", "Kế hoạch", "131-KH/TU", "party", "Ban Thường vụ Tỉnh ủy",
         ("thực hiện Nghị quyết số 43-NQ/TW", "của Ban Chấp hành Trung ương Đảng", "khóa XIII về đại đoàn kết toàn dân tộc"),
         "seeds 002 (KẾ HOẠCH / Thực hiện Nghị quyết số 43-NQ/TW ...)"),
    Type("KH-state", "KH", "KẾ HOẠCH", "Kế hoạch", "1556/KH-UBND", "state", "UBND tỉnh",
         ("triển khai thực hiện Đề án", "phát triển du lịch cộng đồng", "giai đoạn 2024 - 2030"),
         "blind16 b02 (Kế hoạch số 29/KH-UBND về triển khai thực hiện Đề án ...)"),
    Type("CTr", "CTr", "CHƯƠNG TRÌNH", "Chương trình", "15-CTr/TU", "party", "Ban Thường vụ Tỉnh ủy",
         ("thực hiện Chỉ thị số 13-CT/TW", "của Ban Bí thư về công tác quản lý,", "bảo vệ và phát triển rừng"),
         "blind n35 (CHƯƠNG TRÌNH thực hiện Chỉ thị 13-CT/TW)"),
    Type("CTr-hanhdong", "CTr", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "Chương trình hành động", "66-CTr/TU", "party", "Ban Thường vụ Tỉnh ủy",
         ("thực hiện Nghị quyết số 57-NQ/TW", "của Bộ Chính trị về đột phá phát triển", "khoa học, công nghệ và chuyển đổi số"),
         "realworld c01 (Chương trình hành động thực hiện Nghị quyết 57-NQ/TW)"),
    Type("CTr-phoihop", "CTr", "CHƯƠNG TRÌNH PHỐI HỢP", "Chương trình phối hợp", "03/CTPH-UBND-UBMTTQ", "joint-front", "UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh",
         ("thực hiện Cuộc vận động", "“Toàn dân đoàn kết xây dựng nông thôn mới,", "đô thị văn minh” năm 2024"),
         "blind10 b03 (a Front programme of action)"),
    Type("TB", "TB", "THÔNG BÁO", "Thông báo", "245-TB/TU", "party", "Ban Thường vụ Tỉnh ủy",
         ("ý kiến của Thường trực Tỉnh ủy", "về công tác chuẩn bị Đại hội", "Đảng bộ tỉnh lần thứ XX"),
         "realworld TB labels (THÔNG BÁO / ý kiến của Thường trực ...)"),
    Type("TB-ketluan", "TB", "THÔNG BÁO KẾT LUẬN", "Thông báo kết luận", "246-TB/TU", "party", "Thường trực Tỉnh ủy",
         ("của Thường trực Tỉnh ủy", "tại buổi làm việc với Ban Thường vụ", "Huyện ủy Nghĩa Đàn"),
         "realworld c33 (Thông báo kết luận số 2927 -TB/TU)"),
    Type("BC", "BC", "BÁO CÁO", "Báo cáo", "120-BC/TU", "party", "Ban Thường vụ Tỉnh ủy",
         ("sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW", "của Bộ Chính trị về đẩy mạnh học tập", "và làm theo tư tưởng Hồ Chí Minh"),
         "blind10 b10 (BÁO CÁO kết quả thực hiện ...)"),
    Type("TTr", "TTr", "TỜ TRÌNH", "Tờ trình", "45/TTr-UBND", "state", "UBND tỉnh",
         ("về việc đề nghị thông qua Nghị quyết", "quy định mức hỗ trợ cán bộ", "làm công tác dân vận"),
         "realworld s13 (Tờ trình số 296/TTr-SNN&PTNT)"),
    Type("QC", "QC", "QUY CHẾ", "Quy chế", "05-QC/TU", "party", "Ban Thường vụ Tỉnh ủy",
         ("làm việc của Ban Chấp hành", "Đảng bộ tỉnh khóa XX,", "nhiệm kỳ 2020 - 2025"),
         "realworld h16 (Quy chế ... ban hành kèm Quyết định)"),
    Type("QC-phoihop", "QC", "QUY CHẾ PHỐI HỢP", "Quy chế phối hợp", "69/QCPH-HĐND-UBND-MTTQ", "joint-council", "Thường trực HĐND, UBND và Ủy ban MTTQ huyện",
         ("công tác giữa Thường trực Hội đồng nhân dân,", "Ủy ban nhân dân và Ban Thường trực", "Ủy ban MTTQ Việt Nam huyện"),
         "blind11 b10 (69/QCPH-HĐND-UBND-MTTQ, QUY CHẾ PHỐI HỢP)"),
    Type("DA", "ĐA", "ĐỀ ÁN", "Đề án", "03-ĐA/TU", "party", "Ban Thường vụ Tỉnh ủy",
         ("nâng cao chất lượng đội ngũ", "cán bộ, công chức cấp xã", "giai đoạn 2024 - 2030"),
         "blind16 b02 (Đề án \"Phát triển du lịch huyện ...\")"),
    Type("ND", "NĐ", "NGHỊ ĐỊNH", "Nghị định", "98/2022/NĐ-CP", "central", "Chính phủ",
         ("quy định chức năng, nhiệm vụ,", "quyền hạn và cơ cấu tổ chức", "của Bộ Nông nghiệp và Phát triển nông thôn"),
         "realworld c02 (a central state document; NĐ cited as 98/2022/NĐ-CP)"),
    Type("NQLT", "NQ", "NGHỊ QUYẾT LIÊN TỊCH", "Nghị quyết liên tịch", "09/2008/NQLT/CP-UBTUMTTQVN", "joint-central", "Chính phủ và Ủy ban Trung ương MTTQ Việt Nam",
         ("hướng dẫn thi hành các Điều 11, Điều 14,", "Điều 16, Điều 22 và Điều 26", "của Luật Thực hiện dân chủ ở xã, phường, thị trấn"),
         "realworld s46 (cites '09/2008/NQLT/CP-UBTUMTTQVN')"),
    Type("TTLT", "TT", "THÔNG TƯ LIÊN TỊCH", "Thông tư liên tịch", "15/2015/TTLT-BNV-BTC", "joint-ministries", "Bộ Nội vụ và Bộ Tài chính",
         ("hướng dẫn chế độ phụ cấp", "đối với cán bộ không chuyên trách", "ở cấp xã"),
         "unseen m26 (Thông tư ... TT labels)"),
]


def _spaced(heading: str) -> str:
    return "  ".join(" ".join(word) for word in heading.split())


def _head(t: Type, with_date: bool = True) -> str:
    date = _DATE.format(place=_PLACE[t.head]) if with_date else ""
    head = _HEADS[t.head].format(number=t.number, date=date)
    return head if with_date else head.rstrip("\n") + "\n"


def _doc(t: Type, type_line: str | None, title_lines: list[str], after_title: str = "") -> str:
    head = _head(t, with_date=not after_title)
    lines = ([type_line] if type_line is not None else []) + title_lines
    return f"{head}\n" + "\n".join(lines) + f"\n{after_title}{LEAD}\n{BODY}"


def _one(t: Type) -> str:
    return " ".join(t.title)


# Each layout: (id, the real file its form copies, text maker, whether the title is graded)
def _layouts(t: Type) -> list[tuple[str, str, str, bool]]:
    one, ve = _one(t), _one(t)
    return [
        ("line-alone", "seeds 002 (KẾ HOẠCH alone over its title)", _doc(t, t.heading, [one]), True),
        ("line-spaced", "test_header's letter-spaced headings ('K Ế  H O Ạ C H') over realworld s11's layout",
         _doc(t, _spaced(t.heading), [one]), True),
        ("line-with-title", "blind15 b09 ('HƯỚNG DẪN xây dựng mô hình “Dân vận khéo”')",
         _doc(t, f"{t.heading} {one}", []), True),
        ("line-title-case", "blind n07's portal (type in title case over its title)",
         _doc(t, t.word, [one]), True),
        ("wrap2", "realworld s13 (a title wrapped over two lines under QUYẾT ĐỊNH)",
         _doc(t, t.heading, [" ".join(t.title[:2]), t.title[2]]), True),
        ("wrap3", "realworld k14 (a title over three lines)", _doc(t, t.heading, list(t.title)), True),
        ("place-date-under-title", "realworld s13 (the right column's place-date printed after the title)",
         _doc(t, t.heading, [" ".join(t.title[:2]), t.title[2]], _DATE.format(place=_PLACE[t.head]) + "\n"), True),
        ("code-only", "blind2 b27 (a copy that lost its type line; the number's code stays)",
         _doc(t, None, [ve[0].upper() + ve[1:]]), False),
        ("news-headline-lead", "blind16 b02 ('Ban hành Kế hoạch ...' over 'UBND huyện ... đã ban hành Kế hoạch số 29/KH-UBND về ...')",
         f"Trang chủ\nTin tức - Sự kiện\n\nBan hành {t.word} {one}\n\nNgày 12/3/2024, {t.subject} đã ban hành {t.word} số {t.number} {one}.\n{NEWS_BODY}", True),
        ("news-lead", "blind13 b03 ('Ban Thường vụ Tỉnh ủy vừa ban hành Nghị quyết số 02-NQ/TU về ...')",
         f"{t.subject} vừa ban hành {t.word} số {t.number} {one}.\n{NEWS_BODY}", True),
        ("news-quoted-name", "blind4 b11 (a lead naming the document with no number: 'UBND TPHCM vừa ban hành Chỉ thị về "
         "việc ...') with blind16 b02's quoted name holding a type word (Đề án \"Phát triển du lịch ...\")",
         f"Ngày 12/3/2024, {t.subject} đã ban hành {t.word} về việc tổ chức Cuộc thi “Tìm hiểu Nghị quyết Đại hội Đảng bộ tỉnh "
         f"lần thứ XX”.\n{NEWS_BODY}", True),
    ]


def _title_part(t: Type, layout: str) -> str:
    if layout == "news-quoted-name":
        return "Cuộc thi “Tìm hiểu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX”"
    return f"{t.title[1]} {t.title[2]}"  # the wrapped pieces joined


def type_rows() -> list[Row]:
    out = []
    for t in TYPES:
        for lid, src, text, graded in _layouts(t):
            out.append(Row(f"{t.key}-{lid}", f"{t.src}; layout: {src}", text, t.doc_type,
                           _title_part(t, lid) if graded else None, ("Trong thời gian qua", "ngày 12 tháng 3")))
    return out


_TU = _HEADS["party"].replace("{date}", _DATE.format(place="Nghệ An"))
_UB = _HEADS["state"].replace("{date}", _DATE.format(place="Lai Châu"))
_HU = "ĐẢNG BỘ TỈNH HƯNG YÊN\nHUYỆN ỦY KIM ĐỘNG\n*\nSố {number}\tĐẢNG CỘNG SẢN VIỆT NAM\nKim Động, ngày 5 tháng 4 năm 2024"
_CV_SO = ("UBND TỈNH KHÁNH HÒA\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n-------\nSố: 1020/SGDĐT-GDTrH\n{vv}\n"
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKhánh Hòa, ngày 10 tháng 5 năm 2021\n"
          "Kính gửi: Các cơ sở giáo dục trực thuộc.\n")
_LETTER_BODY = "Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện tốt các nội dung sau:\n1. Quán triệt đến toàn thể cán bộ.\n"
_WRAPPER_LEAD = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
                 "Xét đề nghị của Giám đốc Sở Nội vụ,\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này {what}.\n")


def hand_rows() -> list[Row]:
    qd_ub = _UB.format(number="62/QĐ-UBND")
    qd_tu = _TU.format(number="1251-QĐ/TU")
    return [
        # --- a letter's 'V/v' (CV): its number has no type code, the subject line is its title ---
        Row("CV-vv-one-line", "leftovers2 / test_lead_forms CV_SO (Sở letter, 'V/v' under the number)",
            _CV_SO.format(vv="V/v triển khai Kế hoạch số 131-KH/TU của Ban Thường vụ Tỉnh ủy") + _LETTER_BODY,
            "CV", "triển khai Kế hoạch số 131-KH/TU"),
        Row("CV-vv-wrapped", "realworld CV labels (the 'V/v' cell wrapped over two lines)",
            _CV_SO.format(vv="V/v tổ chức các hoạt động hưởng ứng\nNgày sách và Văn hóa đọc Việt Nam") + _LETTER_BODY,
            "CV", "hưởng ứng Ngày sách"),
        Row("CV-vv-wrapped-three", "blind2 b27 ('V/v thực hiện Kế hoạch số 89/KH-UBND ...') in a commune's narrow cell, wrapped before a type word and a body",
            "ỦY BAN NHÂN DÂN\nXÃ LIÊN SƠN\n-------\nSố: 09/UBND\nV/v triển khai thực hiện\nChỉ thị số 05-CT/TU của\nBan Thường vụ Tỉnh ủy\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLiên Sơn, ngày 28 tháng 3 năm 2020\nKính gửi: Các thôn, xóm.\n" + _LETTER_BODY,
            "CV", "triển khai thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy"),
        Row("CV-vv-wrapped-party", "blind9 b01 (a Party board's letter) with the 'V/v' cell wrapped before a name",
            _HU.format(number="46-CV/HU") + "\nV/v tuyên truyền kỷ niệm\nNgày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam\nKính gửi: Các chi bộ, đảng bộ trực thuộc.\n"
            "Ban Thường vụ Huyện ủy đề nghị các chi bộ thực hiện như sau:\n1. Treo cờ Tổ quốc.\n",
            "CV", "tuyên truyền kỷ niệm Ngày Quốc khánh"),
        Row("CV-vv-wrapped-name-of-plan", "leftovers2 Sở letters ('V/v ...') wrapped before the plan's name",
            _CV_SO.format(vv="V/v hưởng ứng Cuộc thi\nĐại sứ Văn hóa đọc năm 2021") + _LETTER_BODY,
            "CV", "hưởng ứng Cuộc thi Đại sứ Văn hóa đọc năm 2021"),
        Row("not-vv-then-preamble", "realworld h13 / blind5 b01 ('Về việc ...' then 'Thực hiện Kế hoạch số 89/KH-UBND ...')",
            "SỞ NÔNG NGHIỆP VÀ PTNT\nSố: 512/SNN-VP\nVề việc góp ý dự thảo Đề án\nThực hiện Công văn số 866/UBND-KT2\nngày 18/4/2019 của UBND tỉnh, Sở Nông nghiệp có ý kiến như sau:\n"
            "1. Thống nhất với dự thảo.\n",
            "CV", "góp ý dự thảo Đề án", ("Thực hiện Công văn",)),
        Row("not-vv-then-page-date", "realworld h25 ('Về việc tổ chức Tết ...' then 'Ngày đăng: 29/01/2015')",
            "ỦY BAN NHÂN DÂN HUYỆN TÂN YÊN\nSố: 15/UBND\nV/v tổ chức Tết Nguyên đán\nNgày đăng: 29/01/2015\nKính gửi: Các cơ quan, đơn vị.\n"
            "Ủy ban nhân dân huyện đề nghị các cơ quan thực hiện như sau:\n1. Tổ chức trực Tết.\n",
            "CV", "tổ chức Tết Nguyên đán", ("Ngày đăng",)),
        Row("CV-ve-viec", "blind2 b27 ('“ V/v thực hiện Kế hoạch số 89/KH-UBND ...”') with 'Về việc' spelt out",
            _CV_SO.format(vv="Về việc thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy") + _LETTER_BODY,
            "CV", "thực hiện Chỉ thị số 05-CT/TU"),
        Row("CV-party-letter", "blind9 b01 (Công văn số 440-CV/BTGDVTU), a Party letter with its own code",
            _HU.format(number="45-CV/HU") + "\n“V/v báo cáo kết quả 6 tháng đầu năm 2024”\nKính gửi: Các chi bộ, đảng bộ trực thuộc.\n"
            "Ban Thường vụ Huyện ủy đề nghị các chi bộ thực hiện như sau:\n1. Báo cáo trước ngày 15/6/2024.\n",
            "CV", "báo cáo kết quả 6 tháng đầu năm 2024"),
        Row("CV-news-lead", "realworld c33-style lead naming a letter ('vừa có Công văn số ...')",
            "Ban Thường vụ Tỉnh ủy vừa ban hành Công văn số 1520-CV/TU về việc tăng cường công tác phòng, chống dịch bệnh.\n" + NEWS_BODY,
            "CV", "tăng cường công tác phòng, chống dịch bệnh"),
        # --- a decision issuing another document: the document is the QĐ (realworld s13, k14 labels) ---
        Row("wrapper-plan", "realworld s13 (QUYẾT ĐỊNH / PHÊ DUYỆT KẾ HOẠCH ...: labelled QĐ)",
            qd_ub + "\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia\nxây dựng nông thôn mới năm 2024\n"
            + _WRAPPER_LEAD.format(what="Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024"),
            "QĐ", "ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới"),
        Row("wrapper-rules", "realworld k14 (QUYẾT ĐỊNH / VỀ VIỆC BAN HÀNH QUY CHẾ ...: labelled QĐ)",
            qd_ub + "\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO CÔNG TÁC DÂN SỐ - KẾ\nHOẠCH HÓA GIA ĐÌNH TỈNH LAI CHÂU\n"
            + _WRAPPER_LEAD.format(what="Quy chế hoạt động của Ban Chỉ đạo"),
            "QĐ", "QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO CÔNG TÁC DÂN SỐ - KẾ HOẠCH HÓA GIA ĐÌNH"),
        Row("wrapper-approves", "realworld s13 (QUYẾT ĐỊNH / PHÊ DUYỆT KẾ HOẠCH TRIỂN KHAI ...)",
            qd_ub + "\nQUYẾT ĐỊNH\nPHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG\nGIAI ĐOẠN 2024 - 2030\n"
            + _WRAPPER_LEAD.format(what="Đề án phát triển du lịch cộng đồng"),
            "QĐ", "PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG GIAI ĐOẠN 2024 - 2030"),
        Row("wrapper-party-regulation", "blind11 (a Party decision issuing a regulation)",
            qd_tu + "\nQUYẾT ĐỊNH\nban hành Quy định về chế độ học tập lý luận chính trị\n"
            "- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh,\nBAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy định về chế độ học tập lý luận chính trị.\n",
            "QĐ", "ban hành Quy định về chế độ học tập lý luận chính trị"),
        Row("wrapper-news-headline", "blind4 (a portal headline over a lead issuing a QĐ that issues a plan)",
            "Tin tức\n\nBan hành Kế hoạch cải cách hành chính năm 2025\n\nNgày 18 tháng 7 năm 2025, Ủy ban nhân dân xã Long Phụng đã ban hành "
            "Quyết định số 119/QĐ-UBND về việc ban hành Kế hoạch cải cách hành chính năm 2025.\n" + NEWS_BODY,
            "QĐ", "Kế hoạch cải cách hành chính năm 2025"),
        # --- a resolution a committee 'ra' (issues) in a news lead ---
        Row("NQ-ra-chuyen-de", "blind13 b02 ('Huyện ủy Tây Giang vừa ban hành Nghị quyết ...') with the press's 'ra Nghị quyết chuyên đề'",
            "Ban Chấp hành Đảng bộ huyện Nghĩa Đàn vừa ra Nghị quyết chuyên đề số 08-NQ/HU về phát triển nông nghiệp công nghệ cao giai đoạn 2024 - 2030.\n" + NEWS_BODY,
            "NQ", "phát triển nông nghiệp công nghệ cao"),
        Row("NQ-ra-no-number", "blind4 b11 (a lead with no number) with 'ra Nghị quyết'",
            "Ban Thường vụ Tỉnh ủy vừa ra Nghị quyết về phát triển kinh tế tập thể trong tình hình mới.\n" + NEWS_BODY,
            "NQ", "phát triển kinh tế tập thể"),
        Row("CT-headline-over-lead", "blind15 b12 (a headline, then 'Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị số 02-CT/TU, ngày 26/11/2020 về ...')",
            "Trang chủ\n\nBan Thường vụ Tỉnh ủy ban hành Chỉ thị về lãnh đạo đại hội phụ nữ các cấp\n\n"
            "Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị số 02-CT/TU, ngày 26/11/2020 về lãnh đạo Đại hội đại biểu phụ nữ các cấp nhiệm kỳ 2021 - 2026.\n" + NEWS_BODY,
            "CT", "lãnh đạo Đại hội đại biểu phụ nữ các cấp"),
        # --- a type line in title case: a style sheet set the capitals; a menu item is none ---
        Row("title-case-each-word", "blind n07's portal styling over seeds 002's layout ('Kế Hoạch', each word capitalised)",
            _TU.format(number="132-KH/TU") + "\nKế Hoạch\ntổ chức Tháng hành động vì an toàn thực phẩm năm 2024\n-----\n" + LEAD + "\n" + BODY,
            "KH", "Tháng hành động vì an toàn thực phẩm năm 2024"),
        Row("title-case-markdown", "realworld Markdown copies ('**KẾ HOẠCH**') with the heading in title case",
            _UB.format(number="1557/KH-UBND") + "\n**Kế hoạch**\n**Phòng, chống thiên tai năm 2024**\nCăn cứ Luật Phòng, chống thiên tai năm 2013;\n" + BODY,
            "KH", "Phòng, chống thiên tai năm 2024"),
        Row("not-menu-item-title-case", "blind4 portal chrome (a menu's 'Thông báo' item above a news lead)",
            "Trang chủ\nGiới thiệu\nThông báo\nVăn bản\n\nBan Thường vụ Tỉnh ủy vừa ban hành Chỉ thị số 05-CT/TU về tăng cường công tác phòng, chống thiên tai.\n" + NEWS_BODY,
            "CT", "tăng cường công tác phòng, chống thiên tai"),
        Row("not-library-type-cell", "blind11 b09 (a library's 'Loại văn bản' cell whose value is a type word)",
            "Quyết định ban hành Quy chế hoạt động Ủy ban MTTQ Việt Nam tỉnh nhiệm kỳ 2019 - 2024\n\nSố / ký hiệu\n18/QĐ-MTTQ-BTT\nLoại văn bản\nQuyết định\nLĩnh vực\nHành chính\n"
            "Cơ quan ban hành\nUỶ BAN MẶT TRẬN TỈNH QUẢNG TRỊ\nNgày ban hành\n30/09/2019\n",
            "QĐ", "Quy chế hoạt động"),
        # --- a title ending in a digital compound's 'số' ('chuyển đổi số'): no number word left hanging ---
        Row("digital-headline-over-lead", "blind16 b02 (a headline over its lead) with NQ 57's 'chuyển đổi số'",
            "Tin tức\n\nBan hành Kế hoạch phát triển kinh tế số và xã hội số\nNgày 12/3/2024, UBND tỉnh đã ban hành Kế hoạch số 45/KH-UBND về "
            "phát triển kinh tế số và xã hội số năm 2024.\n" + NEWS_BODY,
            "KH", "phát triển kinh tế số và xã hội số", ("Ngày 12/3",)),
        Row("digital-title-line-then-basis", "realworld c23 (a title line 'Kế hoạch số 21-KH/TW ngày ... của ...') ending in 'chuyển đổi số'",
            "Kế hoạch số 45-KH/TU ngày 12/3/2024 của Ban Thường vụ Tỉnh ủy về đẩy mạnh chuyển đổi số\nCăn cứ Nghị quyết số 52-NQ/TW ngày 27/9/2019 "
            "của Bộ Chính trị;\nBan Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:\n" + BODY,
            "KH", "đẩy mạnh chuyển đổi số", ("Căn cứ",)),
        Row("digital-heading-line-then-opener", "blind15 b09 (type and title on one line) ending in 'hạ tầng số'",
            _UB.format(number="1558/KH-UBND") + "\nKẾ HOẠCH phát triển hạ tầng số\nHiện nay, hạ tầng viễn thông của tỉnh còn nhiều hạn chế.\n" + BODY,
            "KH", "phát triển hạ tầng số", ("Hiện nay",)),
        # --- a page's headline hard-wrapped (a text dump at 60-80 columns): the headline is its paragraph ---
        Row("wrapped-headline-over-stamp", "realworld d10 under perturb rewrap_page ('Ý kiến của Thường trực Thị ủy về ... Đại hội Đảng' / 'bộ Thị xã ...')",
            "Ý kiến của Thường trực Huyện ủy về tuyên truyền Đại hội Đảng\nbộ huyện Nghĩa Đàn lần thứ XXV, nhiệm kỳ 2020-2025\n\nĐăng ngày 07/01/2020\n\n"
            "Theo đó, Thường trực Huyện ủy yêu cầu các tổ chức cơ sở Đảng,\ncác cơ quan, đơn vị thuộc huyện tập trung chỉ đạo thực hiện tốt\n"
            "công tác tuyên truyền chuẩn bị Đại hội theo kế hoạch.\n",
            None, "tuyên truyền Đại hội Đảng bộ huyện Nghĩa Đàn"),
        Row("wrapped-headline-notice-colon", "realworld k39 under rewrap_page ('Thông báo: Về việc treo cờ ... toàn quốc' / 'lần thứ XIII ...')",
            "Thông báo: Về việc treo cờ chào mừng Đại hội đại biểu toàn quốc\nlần thứ XIII của Đảng và mừng Xuân Tân Sửu năm 2021\n\n"
            "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng sẽ diễn ra tại\nThủ đô Hà Nội. UBND tỉnh thông báo về việc treo cờ như sau:\n\n"
            "1. Tất cả các cơ quan, đơn vị treo cờ từ ngày 19-1 đến hết ngày\n5-2-2021.\n",
            "TB", "treo cờ chào mừng Đại hội đại biểu toàn quốc lần thứ XIII"),
        Row("wrapped-headline-update-stamp", "realworld m43 under rewrap_page (a headline over 'Ngày cập nhật ...' and its repeat)",
            "Tìm kiếm tin tức\nLiên kết website\nThực hiện các giải pháp hạn chế đốt rơm rạ sau thu hoạch lúa\ntrên địa bàn xã Phú Mậu\nNgày cập nhật 08/05/2020\n\n"
            "Để tăng cường chỉ đạo thực hiện các giải pháp hạn chế đốt rơm rạ\nsau thu hoạch, UBND xã Phú Mậu đã phát hành thông báo số 18/TB-UBND\n"
            "ngày 23/4/2020 cho các cơ quan, đơn vị. Nội dung thông báo như sau:\n\n1. Đối với các cơ quan, đơn vị: Thường xuyên tổ chức tuyên truyền.\n",
            "TB", "hạn chế đốt rơm rạ sau thu hoạch lúa trên địa bàn xã Phú Mậu"),
        Row("wrapped-headline-caps", "realworld k25 under rewrap_page (a headline in capitals wrapped over two lines)",
            "BẢO ĐẢM TRẬT TỰ, AN TOÀN GIAO THÔNG TRONG DỊP NGHỈ LỄ QUỐC\nKHÁNH 02-9 NĂM 2024\n\nĐể bảo đảm trật tự, an toàn giao thông trong dịp\n"
            "nghỉ lễ Quốc khánh, Chủ tịch UBND huyện yêu cầu các cơ quan, đơn vị\nthực hiện tốt các nội dung sau:\n\n1. Công an huyện tăng cường tuần tra, kiểm soát.\n",
            None, "TRẬT TỰ, AN TOÀN GIAO THÔNG TRONG DỊP NGHỈ LỄ QUỐC KHÁNH"),
        Row("wrapped-headline-news", "realworld m25 under rewrap_page (a news headline wrapped before its lead)",
            "Thạch Thất đẩy mạnh tuyên truyền kỷ niệm 70 năm Ngày thành lập\nĐảng bộ huyện\n\n(HNP) - Nhằm tuyên truyền sâu rộng về truyền thống\n"
            "vẻ vang của Đảng bộ huyện, UBND huyện Thạch Thất vừa ban hành Kế\nhoạch tuyên truyền kỷ niệm 70 năm Ngày thành lập Đảng bộ huyện.\n",
            "KH", "kỷ niệm 70 năm Ngày thành lập Đảng bộ huyện"),
        # --- a news lead hard-wrapped: its 'về việc ...' line is no letter's 'V/v' cell, a quoted name goes on ---
        Row("wrapped-lead-ve-viec-dispatch", "realworld m37 under rewrap_page ('... đã có Công điện số 1543/CĐ-CTUBND' / 'về việc triển khai ...')",
            "Công điện về việc triển khai các biện pháp chống dịch tả lợn châu Phi\nBHG - Ngày 23.5, Chủ tịch UBND tỉnh đã có Công điện số 1543/CĐ-CTUBND\n"
            "về việc triển khai cấp bách các biện pháp chống bệnh dịch tả lợn châu\nPhi. Công điện yêu cầu UBND các huyện triển khai thực hiện ngay.\n" + WRAPPED_BODY,
            "CĐ", "chống bệnh dịch tả lợn châu Phi"),
        Row("wrapped-lead-ve-viec-directive", "realworld m37's wrap with blind4 b08's lead ('UBND thành phố vừa ban hành Chỉ thị số 02/CT-UBND ...')",
            "Tin tức - Sự kiện\n\nUBND thành phố vừa ban hành Chỉ thị số 02/CT-UBND ngày 12-1-2022\nvề việc tiếp tục tăng cường, đổi mới công tác dân vận của cơ quan\n"
            "hành chính nhà nước các cấp trong tình hình mới. Chỉ thị yêu cầu các sở, ngành thực hiện.\n",
            "CT", "đổi mới công tác dân vận của cơ quan hành chính nhà nước"),
        Row("wrapped-lead-ve-viec-plan", "realworld m37's wrap with blind16 b02's lead (a district plan)",
            "Ngày 15/3/2024, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 120-KH/HU\nvề việc tổ chức các hoạt động kỷ niệm 50 năm Ngày giải phóng miền\n"
            "Nam, thống nhất đất nước. Kế hoạch yêu cầu các chi bộ, đảng bộ cơ sở quán triệt.\n" + WRAPPED_BODY,
            "KH", "kỷ niệm 50 năm Ngày giải phóng miền Nam"),
        Row("wrapped-lead-open-quote", "blind7 b12 under rewrap_page ('... Phong trào thi đua \"Toàn dân tham gia phòng, chống dịch' / 'Covid-19\" gắn với ...')",
            "Phát động mạnh mẽ phong trào thi đua\n\nĐó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về việc\nphát động Phong trào thi đua \"Toàn dân tham gia phòng, chống dịch\n"
            "Covid-19\" gắn với thực hiện các nhiệm vụ phát triển kinh tế - xã hội.\n",
            "CT", "Toàn dân tham gia phòng, chống dịch Covid-19"),
        Row("wrapped-lead-open-curly-quote", "blind7 b12's wrap with blind9 b01's curly quotes (Phong trào “Bình dân học vụ số”)",
            "Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 45-KH/TU về đẩy mạnh Phong trào “Bình dân học\n"
            "Vụ số” trong toàn Đảng bộ tỉnh. Kế hoạch đề ra các nhiệm vụ trọng tâm.\n",
            "KH", "Phong trào “Bình dân học Vụ số”"),
        # --- a short news page wrapped after its lead's 'đã / vừa ... ban hành': the object goes on ---
        Row("wrapped-lead-signed-issuing", "blind6 b08 under rewrap_page ('... đã ký Quyết định 212/QĐ-TTg ban hành' / 'Kế hoạch và Đề cương ...')",
            "Phó Chủ tịch UBND tỉnh Nguyễn Văn Sơn đã ký Quyết định 118/QĐ-UBND ban hành\nKế hoạch tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW về xây dựng\n"
            "và phát triển văn hóa, con người Việt Nam.\n",
            "QĐ", "Kế hoạch tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW"),
        Row("wrapped-lead-vua-ban-hanh", "blind13 b03's lead ('Ban Thường vụ Tỉnh ủy vừa ban hành Nghị quyết số 02-NQ/TU') wrapped after its verb",
            "Ban Thường vụ Tỉnh ủy Nghệ An vừa ban hành\nChỉ thị số 21-CT/TU về tăng cường lãnh đạo công tác phòng, chống thiên tai năm 2024.\n",
            "CT", "tăng cường lãnh đạo công tác phòng, chống thiên tai"),
        Row("wrapped-lead-da-ban-hanh", "blind16 b02's lead ('UBND huyện Bình Gia đã ban hành Kế hoạch số 29/KH-UBND') wrapped after its verb",
            "Ngày 15/3/2021, UBND huyện Bình Gia đã ban hành\nKế hoạch số 29/KH-UBND về triển khai thực hiện Đề án phát triển du lịch năm 2021.\n",
            "KH", "triển khai thực hiện Đề án phát triển du lịch năm 2021"),
        Row("not-title-do-ban-hanh", "blind14 b01 (a library title ending '... do thành phố Huế ban hành' over its 'Số hiệu' cell)",
            "Kế hoạch 458/KH-UBND năm 2025 triển khai Kế hoạch 02-KH/TU về chuyển đổi số do thành phố Huế ban hành\nSố hiệu\n458/KH-UBND\n"
            "Loại văn bản\nKế hoạch\nNơi ban hành\nThành phố Huế\nNgày ban hành\n05/06/2025\n",
            "KH", "triển khai Kế hoạch 02-KH/TU về chuyển đổi số", ("Số hiệu",)),
        # --- a body paragraph opening with the document's number, cut by a wrap, is no title line ---
        Row("wrapped-body-opens-with-number", "blind12 b03 under rewrap_page ('Kế hoạch số 90-KH/TU của Tỉnh ủy Sóc Trăng được ban hành nhằm' / ...)",
            "Kế hoạch thực hiện nghị quyết 33 về văn hóa năm 2024\n\nNgày 01/3/2024, Tỉnh ủy Sóc Trăng ban hành Kế hoạch số 90-KH/TU\n"
            "về tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW của Ban Chấp hành\nTrung ương Đảng về xây dựng và phát triển văn hoá, con người Việt Nam.\n\n"
            "Kế hoạch số 90-KH/TU của Tỉnh ủy Sóc Trăng được ban hành nhằm\n" + WRAPPED_BODY + WRAPPED_BODY,
            "KH", "tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW"),
        Row("wrapped-body-opens-with-directive", "blind12 b03's form with blind15 b12's directive ('Chỉ thị số 02-CT/TU ... yêu cầu' / ...)",
            "Lãnh đạo đại hội phụ nữ các cấp\n\nBan Thường vụ Tỉnh ủy vừa ban hành Chỉ thị số 02-CT/TU ngày 26/11/2020\n"
            "về lãnh đạo Đại hội đại biểu phụ nữ các cấp nhiệm kỳ 2021 - 2026.\n\nChỉ thị số 02-CT/TU của Ban Thường vụ Tỉnh ủy Lạng Sơn yêu cầu các cấp\n" + WRAPPED_BODY + WRAPPED_BODY,
            "CT", "lãnh đạo Đại hội đại biểu phụ nữ các cấp"),
        # --- a title line cut after its carry-out verb on a short page: the parent goes on ---
        Row("wrapped-title-line-thuc-hien", "realworld k46 under rewrap_page ('Chương trình của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện' / 'Nghị quyết số 45-NQ/TW ...')",
            "Trích yếu\nChương trình của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện\nNghị quyết số 45-NQ/TW, ngày 24-11-2023 của Ban Chấp hành Trung\n"
            "ương Đảng về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức.\n",
            "CTr", "thực hiện Nghị quyết số 45-NQ/TW"),
        Row("wrapped-title-line-trien-khai", "realworld k46's wrap with blind16 b02's plan ('Kế hoạch ... triển khai' / 'Đề án ...')",
            "Kế hoạch của Ủy ban nhân dân huyện Bình Gia triển khai\nĐề án phát triển du lịch huyện Bình Gia đến năm 2025.\n",
            "KH", "triển khai Đề án phát triển du lịch"),
        Row("wrapped-title-line-quan-triet", "realworld k46's wrap with blind3 b25's 'Quán triệt Chỉ thị số 35-CT/TW'",
            "Hướng dẫn của Ban Tuyên giáo Tỉnh ủy quán triệt\nChỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp.\n",
            "HD", "quán triệt Chỉ thị số 35-CT/TW"),
        # --- must not fire: the page's own type stands over a cited one ---
        Row("not-cited-in-lead", "test_lead_forms news rows ('Để cụ thể hóa Chỉ thị số 36-CT/TW ..., ... vừa ban hành Kế hoạch số 120-KH/HU')",
            "Để cụ thể hóa Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị về phòng, chống ma túy, Ban Thường vụ Huyện ủy vừa ban hành Kế hoạch số 120-KH/HU.\n" + NEWS_BODY,
            "KH"),
        Row("not-cited-under-heading", "seeds 002 (a plan whose lead names the resolution it carries out)",
            _TU.format(number="131-KH/TU") + "\nKẾ HOẠCH\ntổ chức các hoạt động kỷ niệm 95 năm Ngày thành lập Đảng\n"
            "Thực hiện Hướng dẫn số 125-HD/BTGTW ngày 10/12/2024 của Ban Tuyên giáo Trung ương, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:\n" + BODY,
            "KH", "kỷ niệm 95 năm Ngày thành lập Đảng"),
        Row("not-plan-common-noun", "realworld TB labels (a notice whose title speaks of 'kế hoạch' as a thing to do)",
            _TU.format(number="247-TB/TU") + "\nTHÔNG BÁO\nkết luận của Ban Thường vụ Tỉnh ủy về việc xây dựng kế hoạch\nphát triển kinh tế - xã hội năm 2025\n"
            "Ngày 10/3/2024, Ban Thường vụ Tỉnh ủy họp nghe báo cáo. Ban Thường vụ kết luận như sau:\n1. Các cơ quan khẩn trương xây dựng kế hoạch.\n",
            "TB", "xây dựng kế hoạch phát triển kinh tế - xã hội năm 2025"),
        Row("not-report-about-plan", "blind10 b10 (BÁO CÁO kết quả thực hiện Kế hoạch số 12-KH/HU)",
            _HU.format(number="60-BC/HU") + "\nBÁO CÁO\nkết quả thực hiện Kế hoạch số 12-KH/HU của Ban Thường vụ Huyện ủy\n"
            "Thực hiện Công văn số 45-CV/TU ngày 02/6/2024 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy báo cáo như sau:\nI. KẾT QUẢ THỰC HIỆN\n1. Công tác lãnh đạo.\n",
            "BC", "kết quả thực hiện Kế hoạch số 12-KH/HU"),
        Row("not-report-about-plan-news", "blind10 b10 as a news lead (a report about carrying out a plan)",
            "Ban Thường vụ Huyện ủy vừa ban hành Báo cáo số 60-BC/HU về kết quả thực hiện Kế hoạch số 12-KH/HU năm 2024.\n" + NEWS_BODY,
            "BC", "kết quả thực hiện Kế hoạch số 12-KH/HU"),
        Row("not-plan-in-letter-subject", "leftovers2 (a letter whose subject names a plan)",
            _CV_SO.format(vv="V/v xây dựng kế hoạch tổ chức dạy học năm học 2021 - 2022") + _LETTER_BODY,
            "CV", "xây dựng kế hoạch tổ chức dạy học"),
        Row("not-state-decision-quoting-plan", "realworld s13 (state decision whose article approves a plan)",
            qd_ub + "\nQUYẾT ĐỊNH\nVề việc kiện toàn Ban Chỉ đạo thực hiện Kế hoạch số 45/KH-UBND\n" + _WRAPPER_LEAD.format(what="danh sách thành viên"),
            "QĐ", "kiện toàn Ban Chỉ đạo thực hiện Kế hoạch số 45/KH-UBND"),
        # headerforms: a copy that lost its header names its type in the line over 'Kính gửi' (unseen m32) or
        # in its basis section's heading (realworld k20)
        Row("headline-over-salutation-guide", "unseen m32 ('Hướng dẫn dạy học môn Lịch Sử ...' / 'Kính gửi: Các trường THCS ...')",
            "Hướng dẫn dạy học môn Lịch Sử HK II năm học 2013-2014\nKính gửi: Các trường THCS trên địa bàn Thành phố\n"
            "Thực hiện sự chỉ đạo của Sở GD&ĐT tại công văn số 3227/SGDĐT-GDTrH ngày 18/10/2012, Phòng GD&ĐT hướng dẫn như sau:\nI. YÊU CẦU CHUNG\n",
            "HD", "dạy học môn Lịch Sử"),
        Row("headline-over-salutation-plan", "unseen m32's form with a district plan's trích yếu",
            "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024\n\nKính gửi: Ban Công tác Mặt trận các khu dân cư\n"
            "Căn cứ Hướng dẫn số 12/HD-MTTQ-BTT ngày 02/10/2024 của Ban Thường trực Ủy ban MTTQ tỉnh, đề nghị các đơn vị thực hiện như sau:\n1. Thời gian tổ chức.\n",
            "KH", "Ngày hội Đại đoàn kết toàn dân tộc"),
        Row("headline-over-salutation-report", "unseen m32's form with a report",
            "Báo cáo kết quả công tác tuyên truyền 6 tháng đầu năm 2023\nKính gửi: Ban Tuyên giáo Huyện ủy\n"
            "Thực hiện Công văn số 245-CV/BTGHU ngày 01/6/2023, Đảng ủy xã báo cáo như sau:\nI. KẾT QUẢ\n",
            "BC", "kết quả công tác tuyên truyền"),
        Row("not-news-headline-over-salutation-verb", "unseen m32's form with a headline that opens on a verb, not a type",
            "Tăng cường phòng, chống dịch bệnh mùa mưa năm 2023\nKính gửi: Các trường học trên địa bàn huyện\n"
            "Trước tình hình dịch bệnh diễn biến phức tạp, đề nghị các đơn vị thực hiện tốt các nội dung sau:\n1. Tuyên truyền.\n",
            None),
        Row("basis-heading-plan", "realworld k20 ('I. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số 749/QĐ-TTg ...' run into one line)",
            "Trang thông tin điện tử xã\nThứ hai - 11/11/2024 04:09\nI. CĂN CỨ LẬP KẾ HOẠCH - Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ "
            "về phê duyệt Chương trình chuyển đổi số quốc gia; - Nghị quyết số 05-NQ/TU ngày 22/10/2021 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số.\n",
            "KH"),
        Row("basis-heading-plan-own-line", "realworld k20's heading on its own line, 'XÂY DỰNG' for 'LẬP'",
            "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n1. Kế hoạch số 194/KH-UBND ngày 20/5/2022 của UBND tỉnh về chuyển đổi số;\n"
            "2. Nghị quyết số 05-NQ/TU ngày 22/10/2021 của Ban Chấp hành Đảng bộ tỉnh.\nII. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\n",
            "KH"),
        Row("basis-heading-project", "realworld k20's form with a project ('CĂN CỨ PHÁP LÝ ĐỂ XÂY DỰNG ĐỀ ÁN')",
            "I. CĂN CỨ PHÁP LÝ ĐỂ XÂY DỰNG ĐỀ ÁN\n- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n"
            "- Kế hoạch số 131-KH/TU ngày 10/2/2025 của Tỉnh ủy.\nII. SỰ CẦN THIẾT\n",
            "ĐA"),
        Row("basis-heading-plan-dashes", "realworld k20's heading on its own line over dashed items, the first a resolution",
            "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n"
            "- Kế hoạch số 131-KH/TU ngày 10/2/2025 của Tỉnh ủy.\nII. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\n",
            "KH"),
        Row("basis-heading-programme-directive", "realworld k20's form for a programme over a directive ('CĂN CỨ BAN HÀNH CHƯƠNG TRÌNH')",
            "I. CĂN CỨ BAN HÀNH CHƯƠNG TRÌNH\n- Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị;\n"
            "- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ.\nII. MỤC TIÊU\n1. Nâng cao nhận thức.\n",
            "CTr"),
        # headerforms: a teaser with no lead whose acting body names its own document in a later sentence (realworld k15)
        Row("actor-names-its-directive-bare", "realworld k15 ('Ban Bí thư yêu cầu ... Chỉ thị số 23 của Ban Bí thư về tăng cường ...')",
            "Ban Bí thư yêu cầu di dời trụ sở cơ quan hành chính ra khỏi nội đô\n|\n\nBan Bí thư yêu cầu thực hiện nghiêm lộ trình di dời trụ sở cơ quan hành chính nhà nước "
            "ra ngoài khu vực trung tâm thành phố. Chỉ thị số 23 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quy hoạch…\n",
            "CT", "tăng cường sự lãnh đạo của Đảng đối với công tác quy hoạch"),
        Row("actor-names-its-plan-numbered", "realworld k15's teaser with a district committee's numbered plan",
            "Huyện ủy Kim Động chỉ đạo chuẩn bị đại hội chi bộ\n\nBan Thường vụ Huyện ủy Kim Động yêu cầu các chi bộ khẩn trương chuẩn bị văn kiện. "
            "Kế hoạch số 45-KH/HU của Ban Thường vụ Huyện ủy Kim Động về tổ chức đại hội chi bộ nhiệm kỳ 2025 - 2027 nêu rõ thời gian hoàn thành.\n",
            "KH", "tổ chức đại hội chi bộ"),
        Row("not-actor-names-another-body", "realworld k15's teaser whose sentence names another body's document (a parent)",
            "Tỉnh ủy chỉ đạo di dời trụ sở\n\nBan Thường vụ Tỉnh ủy yêu cầu thực hiện nghiêm lộ trình di dời trụ sở. "
            "Chỉ thị số 23 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quy hoạch được quán triệt.\n",
            None),
        Row("not-basis-in-sentence", "realworld k20's words in a sentence: units told to make their own plans",
            "Các xã, thị trấn căn cứ xây dựng kế hoạch triển khai thực hiện trên địa bàn.\n"
            "Ban Chỉ đạo tổng hợp kết quả báo cáo Huyện ủy.\n",
            None),
    ]


def rows() -> list[Row]:
    return type_rows() + hand_rows()
