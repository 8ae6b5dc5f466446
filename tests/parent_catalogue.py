# ruff: noqa: E501  (a catalogue of real-looking Vietnamese text reads better unwrapped)
"""The PARENT document (`implements`) in every form and every place a real page names it.

`tests/test_lead_forms.py` collects lead forms one by one; this crosses them systematically: each parent
type (NQ, CT, KL, QĐ, KH, CTr, TB, HD, Nghị định, Thông tư, Luật) written in full, without 'số', without
its date, without its issuer, by a short number, by its title alone, or with a damaged number, placed in
a title line (one line or wrapped), a first sentence ('Thực hiện', 'Triển khai', 'Để triển khai thực hiện',
'Căn cứ ...; ... ban hành kế hoạch thực hiện'), the last item of a 'Căn cứ' list, a news headline and lead,
a 'V/v triển khai ...' cell of an official letter, and a decision issuing a plan. Then hand rows: chains
(implements is the nearest parent, the chain holds the next step) and rows that must NOT fire (a plain
citation, a review, context in a 'Căn cứ' list, a replaced or abolished plan). Each form names the real
labelled file it copies. Expected values are graded as the gold format (docs/realworld.md, "How a label is
written") grades `implements` and `chain`: every listed number (with its date and issuer part when given) is among `implements`,
nothing outside `implements` + `optional`, every chain pair appears in `chain` or is implied.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass

# Own headers (the seeds' district Party plan, realworld s06's province UBND plan, blind20 b04's decision,
# realworld h17's department letter), dated after every parent below.
HU = ("ĐẢNG BỘ TỈNH HƯNG YÊN\nHUYỆN ỦY KIM ĐỘNG\n*\nSố 131-KH/HU\tĐẢNG CỘNG SẢN VIỆT NAM\n"
      "Kim Động, ngày 5 tháng 4 năm 2024\n")
UB = ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n-------\nSố: 1556/KH-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\nLai Châu, ngày 12 tháng 5 năm 2024\n")
QD = ("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\n-------\nSố: 620/QĐ-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\nTuyên Quang, ngày 12 tháng 5 năm 2024\n")
CV = ("UBND TỈNH KHÁNH HÒA\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n-------\nSố: 1020/SGDĐT-GDTrH\n{title}\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKhánh Hòa, ngày 10 tháng 5 năm 2024\n"
      "Kính gửi: Các cơ sở giáo dục trực thuộc.\n")
TASKS = ("I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân.\n"
         "II. NHIỆM VỤ, GIẢI PHÁP\n1. Tăng cường công tác tuyên truyền, quán triệt.\n"
         "2. Các cơ quan, đơn vị xây dựng kế hoạch cụ thể, hoàn thành trong quý II/2024.\n")
POINTS = ("1. Các đơn vị tổ chức thực hiện nghiêm túc các nội dung trên.\n"
          "2. Báo cáo kết quả về Sở trước ngày 30/5/2024.\n")

Expected = tuple[tuple[str, str | None, str | None], ...]  # number, ISO date, issuer part


@dataclass(frozen=True)
class Parent:
    key: str
    src: str  # the real file whose form it copies
    written: str  # the parent as the page writes it
    number: str | None  # canonical number; None: the text gives none, so no parent (and a warning)
    issued: str | None
    issuer: str | None
    state: bool = False  # a state document: the plan carrying it out is a UBND's
    basis: bool = False  # a law, decree or circular: legal basis when a 'Căn cứ' item names it
    tolerated: bool = False  # a law: the labels tolerate it as a parent, never require it (blind4 b27, blind20 b09)

    def expected(self) -> Expected:
        return ((self.number, self.issued, self.issuer),) if self.number else ()


NQ43_ABOUT = "về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc"
NQ43 = f"Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII {NQ43_ABOUT}"

PARENTS: tuple[Parent, ...] = (
    # --- a Party resolution in each written form (seeds 001/004; blind12 b09 '19- NQ/TW'; realworld k17 '21- NQ/TW') ---
    Parent("nq-full", "seeds 004", NQ43, "43-NQ/TW", "2023-11-24", "Trung ương"),
    Parent("nq-no-so", "realworld c23 (Nghị quyết 43-NQ/TW ngày ...)", f"Nghị quyết 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII {NQ43_ABOUT}", "43-NQ/TW", "2023-11-24", "Trung ương"),
    Parent("nq-so-colon", "realworld k33 (Kế hoạch số: 211-KH/QU)", f"Nghị quyết số: 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII {NQ43_ABOUT}", "43-NQ/TW", "2023-11-24", "Trung ương"),
    Parent("nq-no-date", "blind n35 (Chỉ thị 13-CT/TW của Ban Bí thư)", f"Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII {NQ43_ABOUT}", "43-NQ/TW", None, "Trung ương"),
    Parent("nq-no-issuer", "realworld d07 (Nghị quyết số 37-NQ/TW ngày ... về ...)", f"Nghị quyết số 43-NQ/TW ngày 24/11/2023 {NQ43_ABOUT}", "43-NQ/TW", "2023-11-24", None),
    Parent("nq-comma-date", "blind3 b25 (Chỉ thị số 35-CT/TW, ngày 30/5/2019 của Bộ Chính trị (khóa XII))", f"Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng (khóa XIII) {NQ43_ABOUT}", "43-NQ/TW", "2023-11-24", "Trung ương"),
    Parent("nq-date-words", "seeds 000 (ngày 7 tháng 3 năm 2024)", f"Nghị quyết số 43-NQ/TW ngày 24 tháng 11 năm 2023 của Ban Chấp hành Trung ương Đảng khóa XIII {NQ43_ABOUT}", "43-NQ/TW", "2023-11-24", "Trung ương"),
    Parent("nq-plenum-issuer", "blind8 b07 (của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII)", f"Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII {NQ43_ABOUT}", "43-NQ/TW", "2023-11-24", "Trung ương"),
    Parent("nq-space-before-dash", "seeds 002 (Số 131 -KH/HU)", f"Nghị quyết số 43 -NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII {NQ43_ABOUT}", "43-NQ/TW", "2023-11-24", "Trung ương"),
    Parent("nq-space-after-dash", "blind12 b09 (Nghị quyết số 19- NQ/TW)", f"Nghị quyết số 43- NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII {NQ43_ABOUT}", "43-NQ/TW", "2023-11-24", "Trung ương"),
    Parent("nq-en-dash", "DOMAIN §2 (66 – CTr/TU)", f"Nghị quyết số 43 – NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII {NQ43_ABOUT}", "43-NQ/TW", "2023-11-24", "Trung ương"),
    Parent("nq-spaced-slash", "blind n17 (15-NQ / TU)", f"Nghị quyết số 43-NQ / TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII {NQ43_ABOUT}", "43-NQ/TW", "2023-11-24", "Trung ương"),
    Parent("nq-hyphen-for-slash", "blind20 b08 (a number typed 'NQ-TW')", f"Nghị quyết số 43-NQ-TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII {NQ43_ABOUT}", "43-NQ/TW", "2023-11-24", "Trung ương"),
    # hyphenparty: the slash typed as a hyphen too (blind23 b05 'Kế hoạch số 107-KH-ĐUK', 'Công văn số 571-CV-ĐUB')
    Parent("kh-hyphen-for-slash", "blind23 b05 (107-KH-ĐUK) in seeds 002's plan", "Kế hoạch số 250-KH-TU ngày 25/12/2023 của Ban Thường vụ Tỉnh ủy về đẩy mạnh chuyển đổi số", "250-KH/TU", "2023-12-25", "Tỉnh ủy"),
    Parent("ct-hyphen-for-slash", "blind23 b05's form in blind3 b25's directive, no 'số'", "Chỉ thị 05-CT-TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "05-CT/TW", "2016-05-15", "Bộ Chính trị"),
    Parent("hd-board-hyphen-for-slash", "blind23 b05's form in realworld h10's guide (a board's code)", "Hướng dẫn số 26-HD-BTCTW ngày 18/11/2019 của Ban Tổ chức Trung ương về đại hội đảng bộ các cấp", "26-HD/BTCTW", "2019-11-18", "Ban Tổ chức Trung ương"),
    Parent("cv-bloc-hyphen-for-slash", "blind23 b05 (Công văn số 571-CV-ĐUB ... của Đảng ủy Bộ)", "Công văn số 571-CV-ĐUK ngày 10/4/2023 của Ban Thường vụ Đảng ủy Khối các cơ quan Trung ương về tổ chức cuộc thi chính luận", "571-CV/ĐUK", "2023-04-10", "Đảng ủy Khối"),
    Parent("nq-no-hyphen", "blind n39 (a number typed without its hyphen)", f"Nghị quyết số 43NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII {NQ43_ABOUT}", "43-NQ/TW", "2023-11-24", "Trung ương"),
    Parent("ct-no-hyphen", "brief (a number without its hyphen) in blind3 b25's directive", "Chỉ thị số 05CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "05-CT/TW", "2016-05-15", "Bộ Chính trị"),
    Parent("kh-no-hyphen", "brief (a number without its hyphen) in seeds 002's plan", "Kế hoạch số 250KH/TU ngày 25/12/2023 của Ban Thường vụ Tỉnh ủy về đẩy mạnh chuyển đổi số", "250-KH/TU", "2023-12-25", "Tỉnh ủy"),
    # --- no number the text gives: no parent ---
    Parent("nq-short", "realworld d07 (Nghị quyết 37)", f"Nghị quyết 43 của Ban Chấp hành Trung ương Đảng khóa XIII {NQ43_ABOUT}", None, None, None),
    Parent("nq-abbrev-short", "brief ('NQ số 43')", f"NQ số 43 của Trung ương {NQ43_ABOUT}", None, None, None),
    # the code as the type word, a bare number after it (blind38 b01 '(sau đây gọi tắt là NQ 124)')
    Parent("nq-abbrev-no-so", "blind38 b01 (NQ 124)", f"NQ 43 của Trung ương {NQ43_ABOUT}", None, None, None),
    Parent("ct-abbrev-short", "blind38 b01's form for a directive", "CT số 05 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", None, None, None),
    Parent("kl-abbrev-short", "blind38 b01's form for a conclusion", "KL số 21 của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", None, None, None),
    # the code as the type word before a whole number (blind17 b12 'thực hiện NQ 33-NQ/TW', a Thái Nguyên page's 'NQ số 25-NQ/TW')
    Parent("nq-abbrev-full", "blind17 b12 (thực hiện NQ 33-NQ/TW)", f"NQ số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII {NQ43_ABOUT}", "43-NQ/TW", "2023-11-24", "Trung ương"),
    Parent("nq-abbrev-full-no-so", "blind17 b12 (thực hiện NQ 33-NQ/TW)", f"NQ 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII {NQ43_ABOUT}", "43-NQ/TW", "2023-11-24", "Trung ương"),
    Parent("ct-short", "realworld d16 (Chỉ thị 05 của Thành ủy Hà Nội)", "Chỉ thị 05 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", None, None, None),
    Parent("nq-title-only", "realworld c23 (Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII về ...)", f"Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII {NQ43_ABOUT}", None, None, None),
    # --- the other types, in full (seeds; blind3 b25; blind4 b07; blind17 b24; realworld c33; h10; k17) ---
    Parent("ct-full", "blind3 b25", "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "05-CT/TW", "2016-05-15", "Bộ Chính trị"),
    Parent("ct-no-so-no-date", "blind n35 (Chỉ thị 13-CT/TW của Ban Bí thư)", "Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "05-CT/TW", None, "Bộ Chính trị"),
    Parent("kl-full", "blind4 b07", "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", "21-KL/TW", "2021-10-25", "Trung ương"),
    Parent("qd-full", "blind17 b24 (Quyết định số 498/QĐ-TTg ... của Thủ tướng Chính phủ phê duyệt ...)", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "1719/QĐ-TTg", "2021-10-14", "Thủ tướng", state=True),
    Parent("qd-party-rule", "seeds (Quy định số 124-QĐ/TW)", "Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị về giám sát của Mặt trận Tổ quốc Việt Nam", "124-QĐ/TW", "2023-10-04", "Bộ Chính trị", basis=True),
    Parent("kh-full", "seeds 002 (Kế hoạch số 250-KH/TU ... của Ban Thường vụ Tỉnh ủy)", "Kế hoạch số 250-KH/TU ngày 25/12/2023 của Ban Thường vụ Tỉnh ủy về đẩy mạnh chuyển đổi số", "250-KH/TU", "2023-12-25", "Tỉnh ủy"),
    Parent("kh-action", "blind36 b04 (Kế hoạch hành động số 238-KH/TU ... của Ban Thường vụ Tỉnh ủy)", "Kế hoạch hành động số 238-KH/TU ngày 23/3/2024 của Ban Thường vụ Tỉnh ủy về đột phá phát triển khoa học, công nghệ", "238-KH/TU", "2024-03-23", "Tỉnh ủy"),
    Parent("kh-state", "seeds 000 (Kế hoạch số 53/KH-UBND ngày 7 tháng 3 năm 2024 của Ủy ban nhân dân huyện Tiên Lãng)", "Kế hoạch số 53/KH-UBND ngày 7 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Lai Châu về chuyển đổi số", "53/KH-UBND", "2024-03-07", "Lai Châu", state=True),
    Parent("ctr-full", "seeds 003 (Chương trình hành động số 75-CTr/TU)", "Chương trình hành động số 66-CTr/TU ngày 02/02/2024 của Ban Thường vụ Thành ủy về phát triển văn hóa", "66-CTr/TU", "2024-02-02", "Thành ủy"),
    Parent("tb-full", "realworld c33 (Thông báo kết luận số 2927 -TB/TU)", "Thông báo kết luận số 2927-TB/TU ngày 04/02/2024 của Thường trực Tỉnh ủy về công tác phòng, chống dịch bệnh", "2927-TB/TU", "2024-02-04", "Tỉnh ủy"),
    Parent("hd-full", "realworld h10 (Hướng dẫn số 26-HD/BTCTW)", "Hướng dẫn số 26-HD/BTCTW ngày 18/11/2019 của Ban Tổ chức Trung ương về đại hội đảng bộ các cấp", "26-HD/BTCTW", "2019-11-18", "Ban Tổ chức Trung ương"),
    Parent("nd-full", "realworld k17 (Nghị định số ... của Chính phủ về ...)", "Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân", "13/2023/NĐ-CP", "2023-04-17", "Chính phủ", state=True, basis=True),
    Parent("tt-full", "realworld (Thông tư số 26/2019/TT-BGDĐT)", "Thông tư số 26/2019/TT-BGDĐT ngày 30/12/2019 của Bộ Giáo dục và Đào tạo về quản lý người học", "26/2019/TT-BGDĐT", "2019-12-30", "Bộ Giáo dục", state=True, basis=True),
    Parent("luat-full", "blind4 b27 (triển khai thi hành Luật Tổ chức chính quyền địa phương số 72/2025/QH15)", "Luật Thanh niên số 57/2020/QH14 ngày 16/6/2020 của Quốc hội", "57/2020/QH14", "2020-06-16", "Quốc hội", state=True, basis=True, tolerated=True),
    Parent("luat-thi-hanh", "blind20 b09 (Kế hoạch triển khai thi hành Luật Thủ đô)", "thi hành Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "72/2025/QH15", None, None, state=True, basis=True, tolerated=True),
    Parent("nq-assembly", "blind22 b05 (Nghị quyết số 43/2022/QH15 của Quốc hội, a parent)", "Nghị quyết số 43/2022/QH15 ngày 11/01/2022 của Quốc hội về chính sách tài khóa, tiền tệ hỗ trợ Chương trình phục hồi và phát triển kinh tế - xã hội", "43/2022/QH15", "2022-01-11", "Quốc hội", state=True, basis=True),
)


@dataclass(frozen=True)
class Row:
    id: str
    src: str
    text: str
    implements: Expected
    optional: tuple[str, ...] = ()
    chain: tuple[tuple[str, str], ...] = ()
    warns: bool = False  # the record says a parent was named without a number


def _wrap(text: str) -> str:
    return "\n".join(textwrap.wrap(text, 58))


def _title(p: Parent) -> str:
    return (UB if p.state else HU) + f"KẾ HOẠCH\nThực hiện {p.written}\n" + (
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n" if p.state else
        "Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:\n") + TASKS


def _title_wrapped(p: Parent) -> str:
    return (UB if p.state else HU) + f"KẾ HOẠCH\n{_wrap('Thực hiện ' + p.written)}\n-----\n" + (
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n" if p.state else
        "Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:\n") + TASKS


def _lead(verb: str) -> Callable[[Parent], str]:
    def place(p: Parent) -> str:
        who = "Ủy ban nhân dân tỉnh ban hành Kế hoạch" if p.state else "Ban Thường vụ Huyện ủy xây dựng Kế hoạch"
        return (UB if p.state else HU) + f"KẾ HOẠCH\nCông tác tuyên truyền năm 2024\n{verb} {p.written}, {who} như sau:\n" + TASKS
    return place


def _lead_can_cu(p: Parent) -> str:
    return (UB + "KẾ HOẠCH\nCông tác tuyên truyền năm 2024\n"
            f"Căn cứ {p.written};\nCăn cứ tình hình thực tế của địa phương, Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện như sau:\n" + TASKS)


def _cancu_last(p: Parent) -> str:
    return (UB + "KẾ HOẠCH\nCông tác tuyên truyền năm 2024\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n"
            f"Căn cứ {p.written};\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n" + TASKS)


def _news(p: Parent) -> str:
    return ("Huyện ủy Kim Động ban hành kế hoạch triển khai văn bản của cấp trên\n\n"
            f"Ban Thường vụ Huyện ủy Kim Động vừa ban hành Kế hoạch số 131-KH/HU ngày 5/4/2024 thực hiện {p.written}.\n"
            "Theo đó, các cấp ủy, tổ chức đảng tổ chức quán triệt sâu rộng đến cán bộ, đảng viên và Nhân dân.\n")


def _vv_letter(p: Parent) -> str:
    return CV.format(title=f"V/v triển khai {p.written}") + (
        "Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện các nội dung sau:\n" + POINTS)


def _decision(p: Parent) -> str:
    return (QD + f"QUYẾT ĐỊNH\nBan hành Kế hoạch thực hiện {p.written}\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 02/5/2024,\nQUYẾT ĐỊNH:\n"
            f"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện {p.written}.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")


# place -> (the real file whose layout it copies, the builder, does a legal-basis parent count here)
PLACES: dict[str, tuple[str, Callable[[Parent], str], bool]] = {
    "title": ("seeds 001 (KẾ HOẠCH / Thực hiện Nghị quyết số 43-NQ/TW ...)", _title, True),
    "title-wrapped": ("realworld c23 (a title wrapped over lines)", _title_wrapped, True),
    "lead-thuc-hien": ("seeds 000 (Thực hiện Kế hoạch số 53/KH-UBND ...)", _lead("Thực hiện"), True),
    "lead-trien-khai": ("blind21 b07 (Triển khai ...)", _lead("Triển khai"), True),
    "lead-de-trien-khai": ("blind17 b14 (Để triển khai thực hiện ...)", _lead("Để triển khai thực hiện"), True),
    "lead-can-cu": ("realworld s06 ('Căn cứ ...; ... ban hành kế hoạch thực hiện như sau')", _lead_can_cu, False),
    "cancu-last": ("realworld k17 (a 'Căn cứ' list, the parent last)", _cancu_last, False),
    "news": ("realworld d07 (Huyện ủy Sơn Tịnh vừa có Kế hoạch số 79 về ... thực hiện ...)", _news, True),
    "vv-letter": ("realworld h17 (V/v ... cell of an official letter)", _vv_letter, True),
    "decision": ("blind20 b04 (Ban hành kèm theo Quyết định này Kế hoạch thực hiện ...)", _decision, True),
}


# A 'Căn cứ' item without a number is often context ('Căn cứ Chương trình công tác năm 2024 của UBND xã',
# lead forms' cancu-work-programme-unnumbered): no parent, and no warning either.
_CONTEXT_PLACES = frozenset({"lead-can-cu", "cancu-last"})


def cross_rows() -> list[Row]:
    rows = []
    for p in PARENTS:
        for place, (src, build, basis_counts) in PLACES.items():
            expected = p.expected() if (basis_counts or not p.basis) and not p.tolerated else ()
            optional = (p.number,) if p.tolerated and p.number else ()
            warns = p.number is None and place not in _CONTEXT_PLACES
            rows.append(Row(f"{p.key}@{place}", f"{p.src}; {src}", build(p), expected, optional, warns=warns))
    return rows


CHAIN_KH_NQ = ("Kế hoạch số 12-KH/TU ngày 20/3/2024 của Ban Thường vụ Tỉnh ủy {verb} " + NQ43)
HAND_ROWS: tuple[Row, ...] = (
    # --- a chain: the nearest document is the parent, the chain holds its own parent ---
    *(Row(f"chain-lead-{slug}", "seeds 002 (Thực hiện Kế hoạch số 250-KH/TU ... về thực hiện Nghị quyết số 43-NQ/TW)",
          HU + "KẾ HOẠCH\nCông tác tuyên truyền năm 2024\nThực hiện " + CHAIN_KH_NQ.format(verb=verb)
          + ", Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:\n" + TASKS,
          (("12-KH/TU", "2024-03-20", "Tỉnh ủy"),), (), (("12-KH/TU", "43-NQ/TW"),))
      for slug, verb in (("thuc-hien", "thực hiện"), ("ve-thuc-hien", "về thực hiện"),
                         ("trien-khai-thuc-hien", "triển khai thực hiện"), ("ve-viec-thuc-hien", "về việc thực hiện"))),
    Row("chain-title", "seeds 002/003 (a title naming the plan above and the resolution it carries out)",
        HU + "KẾ HOẠCH\nThực hiện " + CHAIN_KH_NQ.format(verb="thực hiện") + "\nBan Thường vụ Huyện ủy xây dựng Kế hoạch như sau:\n" + TASKS,
        (("12-KH/TU", "2024-03-20", "Tỉnh ủy"),), ("43-NQ/TW",), (("12-KH/TU", "43-NQ/TW"),)),
    Row("chain-state-to-party", "seeds 000 (Kế hoạch số 53/KH-UBND ... triển khai thực hiện Chương trình hành động ...)",
        UB.replace("TỈNH LAI CHÂU", "XÃ TỰ CƯỜNG").replace("Lai Châu, ngày", "Tự Cường, ngày") + "KẾ HOẠCH\nCông tác tuyên truyền năm 2024\n"
        "Thực hiện Kế hoạch số 53/KH-UBND ngày 7 tháng 3 năm 2024 của Ủy ban nhân dân huyện Tiên Lãng triển khai thực hiện "
        "Chương trình hành động số 66-CTr/TU ngày 02/02/2024 của Ban Thường vụ Thành ủy thực hiện " + NQ43
        + ", Ủy ban nhân dân xã Tự Cường ban hành Kế hoạch như sau:\n" + TASKS,
        (("53/KH-UBND", "2024-03-07", "Tiên Lãng"),), (), (("53/KH-UBND", "66-CTr/TU"), ("66-CTr/TU", "43-NQ/TW"))),
    Row("chain-news", "realworld d07 (a news lead naming the plan above and what it carries out)",
        "Huyện ủy Kim Động triển khai kế hoạch của Tỉnh ủy\n\nBan Thường vụ Huyện ủy Kim Động vừa ban hành Kế hoạch số 131-KH/HU "
        "ngày 5/4/2024 thực hiện " + CHAIN_KH_NQ.format(verb="về thực hiện") + ".\nTheo đó, các cấp ủy tổ chức quán triệt sâu rộng.\n",
        (("12-KH/TU", "2024-03-20", "Tỉnh ủy"),), (), (("12-KH/TU", "43-NQ/TW"),)),
    Row("chain-vv", "realworld h17's letter with seeds 002's chain",
        CV.format(title="V/v triển khai Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 43-NQ/TW")
        + "Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện các nội dung sau:\n" + POINTS,
        (("12-KH/TU", None, "Tỉnh ủy"),), ("43-NQ/TW",), (("12-KH/TU", "43-NQ/TW"),)),
    # --- blind36: a resolution amending the Government's programme for Y carries Y out too (71/NQ-CP -> 57-NQ/TW) ---
    *(Row(f"chain-amends-{slug}", "blind36 b01/b03/b04 (Nghị quyết số 71/NQ-CP ... về sửa đổi, bổ sung, cập nhật Chương trình hành động ...)",
          UB + "KẾ HOẠCH\nCông tác chuyển đổi số năm 2024\nThực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2024 " + amends
          + " thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2023 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ; "
          "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n" + TASKS,
          (("71/NQ-CP", "2024-04-01", None),), ("57-NQ/TW",), (("71/NQ-CP", "57-NQ/TW"),))
      for slug, amends in (
          ("ve-sua-doi", "của Chính phủ về sửa đổi, bổ sung, cập nhật Chương trình hành động của Chính phủ"),
          ("no-issuer", "Sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ"),  # blind36 b02
          ("lower-programme", "của Chính phủ về sửa đổi, bổ sung chương trình hành động"),
          ("dieu-chinh", "của Chính phủ về điều chỉnh Kế hoạch của Chính phủ"))),
    # --- blind36: 'Kế hoạch hành động số X' is typed by 'Kế hoạch', listed after ';' or joined to a title's 'VÀ' ---
    Row("action-plan-semicolon", "blind36 b04 (Thực hiện Nghị quyết số 71/NQ-CP ...; Kế hoạch hành động số 238-KH/TU ...)",
        UB + "KẾ HOẠCH\nCông tác chuyển đổi số năm 2024\nThực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2024 của Chính phủ về chuyển đổi số quốc gia; "
        "Kế hoạch hành động số 238-KH/TU, ngày 23/3/2024 của Ban Thường vụ Tỉnh ủy về chuyển đổi số; UBND tỉnh Lai Châu xây dựng Kế hoạch "
        "triển khai thực hiện như sau:\n" + TASKS,
        (("71/NQ-CP", "2024-04-01", "Chính phủ"), ("238-KH/TU", "2024-03-23", "Tỉnh ủy"))),
    Row("action-plan-caps-title", "blind36 b03 (... NGHỊ QUYẾT SỐ 71/NQ-CP ... CỦA CHÍNH PHỦ VÀ KẾ HOẠCH HÀNH ĐỘNG SỐ 328-KH/TU ...)",
        UB + "KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 71/NQ-CP NGÀY 01/4/2024 CỦA CHÍNH PHỦ VÀ KẾ HOẠCH HÀNH ĐỘNG SỐ 328-KH/TU, "
        "NGÀY 24/04/2024 CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH VỀ CHUYỂN ĐỔI SỐ\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n" + TASKS,
        (("71/NQ-CP", "2024-04-01", "Chính phủ"), ("328-KH/TU", "2024-04-24", "Đảng bộ tỉnh"))),
    Row("programme-caps-title", "blind36 b02 (... CỦA BỘ CHÍNH TRỊ VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ ... CỦA BAN THƯỜNG VỤ TỈNH ỦY)",
        UB + "KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2023 CỦA BỘ CHÍNH TRỊ VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 10-CTR/TU "
        "NGÀY 13/3/2024 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ CHUYỂN ĐỔI SỐ\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n" + TASKS,
        (("57-NQ/TW", "2023-12-22", "Bộ Chính trị"), ("10-CTr/TU", "2024-03-13", "Tỉnh ủy"))),
    Row("not-population-board", "brief (a board named 'Dân số và Kế hoạch hóa gia đình' keeps its name)",
        UB + "KẾ HOẠCH\nTHỰC HIỆN KẾ HOẠCH SỐ 20/KH-BCĐ NGÀY 10/3/2024 CỦA BAN CHỈ ĐẠO CÔNG TÁC DÂN SỐ VÀ KẾ HOẠCH HÓA GIA ĐÌNH TỈNH\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n" + TASKS,
        (("20/KH-BCĐ", "2024-03-10", "DÂN SỐ VÀ KẾ HOẠCH HÓA GIA ĐÌNH"),)),
    # --- a decision or resolution whose title issues the plan ('Ban hành Kế hoạch thực hiện X', no 'Về việc') ---
    Row("issue-caps-title", "blind12 b07 (NGHỊ QUYẾT / BAN HÀNH KẾ HOẠCH THỰC HIỆN KẾT LUẬN SỐ 81-KL/TW NGÀY ...)",
        QD + "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỰC HIỆN KẾT LUẬN SỐ 21-KL/TW NGÀY 25/10/2021 CỦA BAN CHẤP HÀNH\nTRUNG ƯƠNG ĐẢNG KHÓA XIII\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n", (("21-KL/TW", "2021-10-25", "Trung ương"),)),
    Row("issue-programme-title", "blind16 b02 (Ban hành Kế hoạch triển khai thực hiện Đề án ...)",
        QD + "QUYẾT ĐỊNH\nBan hành Chương trình hành động triển khai thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị\n"
        "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động.\n", (("05-CT/TW", "2016-05-15", "Bộ Chính trị"),)),
    Row("issue-council-resolution", "blind12 b07 (a resolution issuing the plan)",
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH TUYÊN QUANG\n-------\nSố: 12/NQ-HĐND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTuyên Quang, ngày 12 tháng 5 năm 2024\n"
        "NGHỊ QUYẾT\nBan hành Kế hoạch thực hiện Kết luận số 81-KL/TW ngày 04/6/2020 của Bộ Chính trị về bảo đảm an ninh lương thực quốc gia\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH TUYÊN QUANG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT NGHỊ:\n"
        "Điều 1. Ban hành kèm theo Nghị quyết này Kế hoạch.\n", (("81-KL/TW", "2020-06-04", "Bộ Chính trị"),)),
    Row("issue-review-plan-not-parent", "blind14 b01 (a plan reviewing what was done)",
        QD + "QUYẾT ĐỊNH\nBan hành Kế hoạch tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n", ()),
    # --- a letter's subject cell longer than a body line ---
    Row("vv-long-quoted", "blind2 b27 (“ V/v thực hiện Kế hoạch số 89/KH-UBND ...”) with a full parent",
        CV.format(title="\u201cV/v thực hiện " + NQ43 + "\u201d") + "Sở đề nghị các đơn vị thực hiện các nội dung sau:\n" + POINTS,
        (("43-NQ/TW", "2023-11-24", "Trung ương"),)),
    Row("vv-long-lower", "realworld h17 (v/v in lower case) with a full parent",
        CV.format(title="v/v tổ chức thực hiện " + NQ43) + "Sở đề nghị các đơn vị thực hiện các nội dung sau:\n" + POINTS,
        (("43-NQ/TW", "2023-11-24", "Trung ương"),)),
    Row("vv-long-chain", "seeds 002's chain in a letter's subject cell",
        CV.format(title="V/v triển khai Kế hoạch số 12-KH/TU ngày 20/3/2024 của Ban Thường vụ Tỉnh ủy về thực hiện " + NQ43)
        + "Sở đề nghị các đơn vị thực hiện các nội dung sau:\n" + POINTS,
        (("12-KH/TU", "2024-03-20", "Tỉnh ủy"),), ("43-NQ/TW",), (("12-KH/TU", "43-NQ/TW"),)),
    Row("vv-long-review-not-parent", "blind10 b10 (V/v sơ kết ...) as long as a body line",
        CV.format(title="V/v sơ kết 5 năm thực hiện " + NQ43.replace("43-NQ/TW", "20-NQ/TW") + " và đề xuất nhiệm vụ trong thời gian tới")
        + "Sở đề nghị các đơn vị báo cáo như sau:\n" + POINTS, ()),
    # --- implgaps: a plural or a quote between the carry-out verb and the type word ---
    *(Row(f"lead-in-{slug}", src, HU + f"KẾ HOẠCH\nCông tác tuyên truyền năm 2024\nThực hiện {written}, Ban Thường vụ Huyện ủy "
          "xây dựng Kế hoạch như sau:\n" + TASKS, expected) for slug, src, written, expected in (
        ("cac-nq-list", "cite sweep ('Thực hiện các Nghị quyết số 18-NQ/TW, 19-NQ/TW ...')",
         "các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII",
         (("18-NQ/TW", "2017-10-25", "Trung ương"), ("19-NQ/TW", "2017-10-25", "Trung ương"))),
        ("nq-list-no-cac", "cite sweep (the same list without 'các')",
         "Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII",
         (("18-NQ/TW", "2017-10-25", "Trung ương"), ("19-NQ/TW", "2017-10-25", "Trung ương"))),
        ("cac-nq-so-each", "cite sweep (each number with its own 'số' and date)",
         "các Nghị quyết số 18-NQ/TW ngày 25/10/2017, số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII",
         (("18-NQ/TW", "2017-10-25", None), ("19-NQ/TW", "2017-10-25", "Trung ương"))),
        ("cac-ct", "cite sweep ('các Chỉ thị số ...')",
         "các Chỉ thị số 05-CT/TW ngày 15/5/2016, 35-CT/TW ngày 30/5/2019 của Bộ Chính trị",
         (("05-CT/TW", "2016-05-15", None), ("35-CT/TW", "2019-05-30", "Bộ Chính trị"))),
        ("cac-kl-va", "cite sweep ('các Kết luận số ... và số ...')",
         "các Kết luận số 01-KL/TW ngày 18/5/2021 và số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương",
         (("01-KL/TW", "2021-05-18", None), ("21-KL/TW", "2021-10-25", "Trung ương"))),
        ("cac-van-ban", "cite sweep ('các văn bản: Nghị quyết ..., Chỉ thị ...')",
         "các văn bản: Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII, Chỉ thị số 05-CT/TW "
         "ngày 15/5/2016 của Bộ Chính trị",
         (("43-NQ/TW", "2023-11-24", None), ("05-CT/TW", "2016-05-15", "Bộ Chính trị"))),
        ("quoted-curly", "cite sweep ('Thực hiện “Nghị quyết số 57-NQ/TW” ...')",
         "“Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ”",
         (("57-NQ/TW", "2024-12-22", "Bộ Chính trị"),)),
        ("quoted-curly-number-only", "cite sweep (the type word and number quoted, the date after)",
         "“Nghị quyết số 57-NQ/TW” của Bộ Chính trị về đột phá phát triển khoa học, công nghệ",
         (("57-NQ/TW", None, None),)),
        ("quoted-straight", "cite sweep (straight quotes)",
         "\"Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị\" về đột phá phát triển khoa học, công nghệ",
         (("57-NQ/TW", "2024-12-22", "Bộ Chính trị"),)),
        ("bracketed", "cite sweep (the document in brackets)",
         "(Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị) về đột phá phát triển khoa học, công nghệ",
         (("57-NQ/TW", "2024-12-22", "Bộ Chính trị"),)),
        ("guillemets", "cite sweep (« »)",
         "«Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị» về đột phá phát triển khoa học, công nghệ",
         (("57-NQ/TW", "2024-12-22", "Bộ Chính trị"),)),
        ("number-quoted", "cite sweep (only the number quoted: 'Nghị quyết “số 57-NQ/TW”')",
         "Nghị quyết “số 57-NQ/TW” ngày 22/12/2024 của Bộ Chính trị",
         (("57-NQ/TW", "2024-12-22", "Bộ Chính trị"),)),
        ("cac-ct-cua-gom", "blind52 e04 ('quán triệt các chỉ thị của Ban Bí thư Trung ương Đảng gồm: Chỉ thị số 41-CT/TW ...; ...')",
         "các chỉ thị của Ban Bí thư Trung ương Đảng gồm: Chỉ thị số 41-CT/TW về tăng cường bảo đảm an toàn, an ninh mạng; "
         "Chỉ thị số 42-CT/TW về công tác phòng ngừa, ứng phó, khắc phục hậu quả thiên tai",
         (("41-CT/TW", None, "Ban Bí thư"), ("42-CT/TW", None, "Ban Bí thư"))),
        ("cac-nq-cua-sau-day", "blind52 e04's family (the list's issuer before 'sau đây:', each item dated)",
         "các nghị quyết của Bộ Chính trị sau đây: Nghị quyết số 29-NQ/TW ngày 25/7/2018 về chiến lược bảo vệ Tổ quốc trên "
         "không gian mạng, Nghị quyết số 33-NQ/TW ngày 28/9/2018 về chiến lược bảo vệ biên giới quốc gia",
         (("29-NQ/TW", "2018-07-25", "Bộ Chính trị"), ("33-NQ/TW", "2018-09-28", "Bộ Chính trị"))),
        ("cac-kl-cua-khoa-gom", "blind52 e04's family (the issuer with its term, then 'gồm:')",
         "các kết luận của Ban Chấp hành Trung ương Đảng khóa XIII gồm: Kết luận số 01-KL/TW ngày 18/5/2021 về tiếp tục "
         "thực hiện Chỉ thị số 05-CT/TW; Kết luận số 21-KL/TW ngày 25/10/2021 về đẩy mạnh xây dựng, chỉnh đốn Đảng",
         (("01-KL/TW", "2021-05-18", "Trung ương"), ("21-KL/TW", "2021-10-25", "Trung ương"))),
        ("not-cac-nhiem-vu", "DOMAIN §3 ('các nhiệm vụ' before the document: no plural of a type word)",
         "các nhiệm vụ năm 2024 theo các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương",
         ()),
        ("not-theo-cac", "DOMAIN §3 ('theo các Nghị quyết' is a plain citation)",
         "công tác tuyên truyền theo các Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương",
         ()),
    )),
    # --- must not fire ---
    Row("not-theo-quy-dinh-tai", "DOMAIN §3 ('theo' is a plain citation)",
        HU + "KẾ HOẠCH\nCông tác tuyên truyền năm 2024\nThực hiện Kế hoạch số 250-KH/TU ngày 25/12/2023 của Ban Thường vụ Tỉnh ủy "
        "về đẩy mạnh chuyển đổi số, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:\n"
        "I. NHIỆM VỤ, GIẢI PHÁP\n1. Thực hiện chế độ báo cáo theo quy định tại Quy định số 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị.\n",
        (("250-KH/TU", "2023-12-25", "Tỉnh ủy"),)),
    Row("not-theo-in-lead", "DOMAIN §3 ('theo' is a plain citation) in the lead itself",
        UB + "KẾ HOẠCH\nCông tác văn thư năm 2024\nĐể thực hiện công tác văn thư theo quy định tại Nghị định số 30/2020/NĐ-CP "
        "ngày 05/3/2020 của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n" + TASKS, ()),
    Row("not-tiep-tuc-thuc-hien-inside", "blind n05 (Kết luận ... về tiếp tục thực hiện Chỉ thị ...)",
        HU + "KẾ HOẠCH\nCông tác tuyên truyền năm 2024\nThực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục "
        "thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong "
        "cách Hồ Chí Minh, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:\n" + TASKS,
        (("01-KL/TW", "2021-05-18", "Bộ Chính trị"),)),
    Row("not-review-title", "blind10 b10 (V/v sơ kết 5 năm thực hiện Nghị quyết số 20-NQ/TW)",
        HU.replace("131-KH/HU", "280-BC/HU") + "BÁO CÁO\nSơ kết 5 năm thực hiện Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp "
        "hành Trung ương Đảng khóa XII\nBan Thường vụ Huyện ủy báo cáo như sau:\nI. KẾT QUẢ THỰC HIỆN\n1. Công tác lãnh đạo, chỉ đạo.\n", ()),
    Row("not-review-plan-title", "blind14 b01 (Kế hoạch sơ kết ... thực hiện Nghị quyết ...)",
        HU + "KẾ HOẠCH\nTổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII\n"
        "Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:\n" + TASKS, ()),
    Row("not-review-vv", "blind10 b10 (a review's letter)",
        CV.format(title="V/v sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị") + "Sở đề nghị các đơn vị báo cáo như sau:\n" + POINTS, ()),
    Row("not-cancu-context", "realworld k17 ('Căn cứ' a Party resolution as context, the plan carrying out another)",
        UB + "KẾ HOẠCH\nThực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Quyết định số 1719/QĐ-TTg như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Bám sát Nghị quyết số 88/2019/QH14 ngày 18/11/2019 của Quốc hội.\n" + TASKS[TASKS.index("II."):],
        (("1719/QĐ-TTg", "2021-10-14", "Thủ tướng"),)),
    Row("not-cancu-statute", "realworld k17 ('Căn cứ' the statute's rules as context, the parent last)",
        HU + "KẾ HOẠCH\nThực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII\n"
        "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n"
        "Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;\n"
        "Căn cứ " + NQ43 + ";\nBan Thường vụ Huyện ủy xây dựng kế hoạch thực hiện như sau:\n" + TASKS,
        (("43-NQ/TW", "2023-11-24", "Trung ương"),)),
    # blind40 e03: a Party resolution on making and enforcing law in general ('về đổi mới công tác xây dựng và thi
    # hành pháp luật') is carried out like any resolution a 'Căn cứ' item names, beside the plan listed after it;
    # the statute's own enforcement ('Quy định ... về thi hành Điều lệ Đảng', a row below) stays legal basis
    Row("cancu-about-law-enforcement", "blind40 e03 (Căn cứ Nghị quyết số 66-NQ/TW ... về đổi mới công tác xây dựng và thi hành pháp luật)",
        UB + "KẾ HOẠCH\nĐổi mới công tác xây dựng và thi hành pháp luật năm 2024\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới;\n"
        "Căn cứ Kế hoạch số 12-KH/TU ngày 20/3/2024 của Ban Thường vụ Tỉnh ủy về công tác pháp chế;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n" + TASKS,
        (("66-NQ/TW", "2025-04-30", "Bộ Chính trị"), ("12-KH/TU", "2024-03-20", "Tỉnh ủy"))),
    Row("cancu-about-organising-law-enforcement", "blind40 e03, the family's other form (công tác tổ chức thi hành pháp luật)",
        UB + "KẾ HOẠCH\nTăng cường công tác tổ chức thi hành pháp luật năm 2024\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Chỉ thị số 30/CT-TTg ngày 12/9/2023 của Thủ tướng Chính phủ về tăng cường công tác tổ chức thi hành pháp luật;\n"
        "Căn cứ Kế hoạch số 12-KH/TU ngày 20/3/2024 của Ban Thường vụ Tỉnh ủy về công tác pháp chế;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n" + TASKS,
        (("30/CT-TTg", "2023-09-12", "Thủ tướng"), ("12-KH/TU", "2024-03-20", "Tỉnh ủy"))),
    Row("not-grandparent-lead", "seeds 000 (the plan above carries out a programme; the programme is not this plan's parent)",
        HU + "KẾ HOẠCH\nCông tác tuyên truyền năm 2024\nThực hiện Kế hoạch số 12-KH/TU ngày 20/3/2024 của Ban Thường vụ Tỉnh ủy về thực hiện "
        "Chương trình hành động số 66-CTr/TU ngày 02/02/2024 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:\n" + TASKS,
        (("12-KH/TU", "2024-03-20", "Tỉnh ủy"),), (), (("12-KH/TU", "66-CTr/TU"),)),
    Row("not-replaced-plan", "brief (a plan the new one replaces)",
        UB + "KẾ HOẠCH\nPhòng, chống thiên tai năm 2024\nThực hiện Kế hoạch số 53/KH-UBND ngày 7 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh "
        "Lai Châu về chuyển đổi số, Ủy ban nhân dân tỉnh ban hành Kế hoạch thay thế Kế hoạch số 20/KH-UBND ngày 05/01/2019 như sau:\n" + TASKS,
        (("53/KH-UBND", "2024-03-07", "Lai Châu"),)),
    Row("not-abolished-decision", "blind20 b04 (Điều 3 ... bãi bỏ Quyết định số ...)",
        QD + "QUYẾT ĐỊNH\nBan hành Kế hoạch thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và bãi bỏ Quyết định số 45/QĐ-UBND ngày 10/02/2022 của Ủy ban nhân dân tỉnh "
        "ban hành Kế hoạch thực hiện Quyết định số 1719/QĐ-TTg.\n",
        (("1719/QĐ-TTg", "2021-10-14", "Thủ tướng"),)),
    Row("not-gan-voi", "DOMAIN §3 ('gắn với' is a plain citation)",
        HU + "KẾ HOẠCH\nCông tác tuyên truyền năm 2024\nThực hiện " + NQ43 + " gắn với Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính "
        "trị, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:\n" + TASKS,
        (("43-NQ/TW", "2023-11-24", "Trung ương"),)),
    # blind41 b02: an activity report with no document of its own whose issuer 'đã (chủ động) triển khai thực hiện
    # X' mid-sentence carries X out; another body's, or a numbered document's own account of what was done, not
    *(Row(f"actor-carries-out-{slug}", f"blind41 b02 ({subject} đã ... {verb} ...)",
          f"TIN NỔI BẬT\n\n{subject}: Triển khai phương hướng, nhiệm vụ công tác quý 2 năm 2022\nNgày đăng 12/04/2022 | 16:28\n\n"
          "Trong 03 tháng đầu năm 2022, chính quyền và nhân dân đã phát huy tinh thần đoàn kết, chủ động triển khai các nhiệm vụ.\n\n"
          f"{subject} đã {verb} {parent} về lãnh đạo phát triển kinh tế - xã hội năm 2022; ban hành các chương trình, kế hoạch cụ thể hóa thực hiện. "
          "Tổng thu ngân sách quý I trên địa bàn đạt gần 3 tỷ đồng.\n",
          ((number, issued, None),))
      for slug, subject, verb, parent, number, issued in (
          ("commune-committee", "UBND xã Hồng Hà", "chủ động triển khai thực hiện",
           "Nghị quyết số 57-NQ/ĐU ngày 21/12/2021 của Đảng ủy xã", "57-NQ/ĐU", "2021-12-21"),
          ("district-office", "Phòng Tư pháp huyện Vũ Quang", "chủ động triển khai",
           "Kế hoạch số 19/KH-UBND ngày 02/02/2021 của UBND huyện", "19/KH-UBND", "2021-02-02"),
          ("commune-party", "Đảng ủy xã Đức Hợp", "tập trung quán triệt, triển khai thực hiện nghiêm túc",
           "Chỉ thị số 05-CT/HU ngày 10/01/2022 của Ban Thường vụ Huyện ủy", "05-CT/HU", "2022-01-10"),
      )),
    Row("actor-carries-out-not-other-body", "blind41 b02, another body telling its own work (Hội Nông dân xã)",
        "UBND xã Hồng Hà: Triển khai phương hướng, nhiệm vụ công tác quý 2 năm 2022\n\n"
        "UBND xã Hồng Hà đề nghị các thôn, xóm tập trung hoàn thành các chỉ tiêu năm 2022. "
        "Hội Nông dân xã đã chủ động triển khai thực hiện Kế hoạch số 12-KH/HND ngày 05/01/2022 của Hội Nông dân huyện về phát triển kinh tế.\n",
        ()),
    Row("actor-carries-out-not-numbered-own", "blind41 b02's verb in a numbered plan's account of the past year",
        UB + "KẾ HOẠCH\nPhòng, chống thiên tai năm 2024\n"
        "Năm 2023, Ủy ban nhân dân tỉnh Lai Châu đã chủ động triển khai thực hiện Kế hoạch số 20/KH-UBND ngày 05/01/2023 của Ủy ban nhân dân tỉnh, đạt nhiều kết quả.\n"
        "Thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2020 của Ban Bí thư, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n" + TASKS,
        (("42-CT/TW", "2020-03-24", "Ban Bí thư"),)),
    # blind41 b04: a notice with no preamble whose demand's first point orders the units to carry documents out
    # ('Phòng GD&ĐT yêu cầu:' / '1. Các đơn vị tiếp tục thực hiện nghiêm Công điện số ...'); a report asked for is none
    *(Row(f"first-point-orders-{slug}", f"blind41 b04 (yêu cầu: / 1. {point} ...)",
          "Thông báo Khẩn ngày 18/10/2020\n\nKính gửi:\n\nHiệu trưởng các trường MN, TH, THCS trên toàn thị xã\n"
          "Do tình trạng ngập lụt nghiêm trọng xảy ra trên diện rộng. Thực hiện chỉ đạo của Giám đốc Sở Giáo dục và "
          f"Đào tạo. Phòng GD&ĐT yêu cầu:\n1. {point} {parents}.\n"
          "2. Cho học sinh nghỉ học cho đến khi có Công văn chỉ đạo của Sở Giáo dục và Đào tạo cho đi học lại.\n"
          "Đề nghị Hiệu trưởng các đơn vị chấp hành nghiêm túc./.\n", expected)
      for slug, point, parents, expected in (
          ("telegrams", "Các đơn vị tiếp tục thực hiện nghiêm",
           "Công điện số 14/CĐ-UBND ngày 15/10/2020 của Chủ tịch UBND tỉnh và Công điện số 07/CĐ-SGDĐT ngày "
           "14/10/2020 của Giám đốc Sở Giáo dục và Đào tạo",
           (("14/CĐ-UBND", "2020-10-15", None), ("07/CĐ-SGDĐT", "2020-10-14", None))),
          ("directive", "Toàn thể cán bộ, giáo viên thực hiện nghiêm túc",
           "Chỉ thị số 05-CT/HU ngày 10/01/2020 của Ban Thường vụ Huyện ủy", (("05-CT/HU", "2020-01-10", None),)),
          ("plan-organised", "Các trường tổ chức thực hiện",
           "Kế hoạch số 20/KH-UBND ngày 05/10/2020 của UBND thị xã", (("20/KH-UBND", "2020-10-05", None),)),
          ("not-report", "Các trường báo cáo kết quả thực hiện",
           "Kế hoạch số 20/KH-UBND ngày 05/10/2020 của UBND thị xã", ()),
          ("not-done-as-it-says", "Các khoản thu thực hiện theo",
           "Nghị quyết số 05/2022/NQ-HĐND ngày 10/7/2022 của HĐND tỉnh", ()),
      )),
    # blind48 q03: a report opens with the time it covers, then the carry-out clause ('Trong thời gian qua, thực
    # hiện Chỉ thị số 05-CT/TU, ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy ..., các cấp uỷ ... đã triển khai ...')
    *(Row(f"time-opener-{slug}", f"blind48 q03 ({opener}, {verb} ...)",
          "Dân vận khéo\n\n"
          f"{opener}, {verb} Chỉ thị số 05-CT/TU, ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả phong trào "
          "thi đua “Dân vận khéo”, các cấp uỷ Đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong "
          "toàn tỉnh đã triển khai sâu rộng phong trào với nhiều nội dung, hình thức phong phú.\n",
          (("05-CT/TU", "2021-05-23", "Tỉnh ủy"),))
      for slug, opener, verb in (
          ("trong-thoi-gian-qua", "Trong thời gian qua", "thực hiện"),
          ("thoi-gian-vua-qua", "Thời gian vừa qua", "triển khai thực hiện"),
          ("nhung-nam-qua", "Những năm qua", "quán triệt và thực hiện"),
          ("trong-nam-qua", "Trong năm qua", "thực hiện"),
      )),
    # the phrase mid-sentence, in lower case, is no opener: what follows is told, not carried out by this text
    Row("time-opener-not-mid-sentence", "blind48 q03's phrase inside a sentence",
        "Dân vận khéo\n\nPhong trào đạt nhiều kết quả trong thời gian qua, thực hiện Chỉ thị số 05-CT/TU, ngày "
        "23/5/2021 của Ban Thường vụ Tỉnh ủy được các cấp ủy quan tâm.\n",
        ()),
)


def parent_rows() -> list[Row]:
    return cross_rows() + list(HAND_ROWS)
