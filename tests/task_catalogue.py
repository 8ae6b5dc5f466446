# ruff: noqa: E501  (a catalogue of plan texts reads better unwrapped)
"""TASK forms: how plans number their work, which sections hold it, how they name who does it and by when.

Each row is a short but whole plan (header, title, a lead-in, a purpose section, then the section under test, a
recipients block and a signature) exercising one form seen in real plans: the numbering of sections and items
('I.', 'I-', 'II/', '1.', '1-', '1/', '01.', 'a)', 'a.', 'a/', '-', '+', '•', '*', '1.1.', '1.1.1.', 'Phần thứ
...', capital-letter parts, 'Điều'), the titles of the sections that set work and of those that do not, the ways
responsibility is written (a subject, 'Giao X chủ trì, phối hợp với Y', 'X chịu trách nhiệm', 'Đề nghị X', the
fields 'Cơ quan chủ trì: ...; cơ quan phối hợp: ...' and '- Chủ trì: ...' of a task table flattened into text,
'Đơn vị thực hiện: ...', a heading naming bodies whose bullets inherit them) and the ways deadlines are written
('Thời gian: Quý I/2024', 'trước ngày 30/6/2024', 'hoàn thành trong năm 2025', 'Thường xuyên', 'Hằng năm',
'hằng quý', 'khi có yêu cầu', 'tháng 12 hằng năm', '6 tháng đầu năm 2024' ...). Where a labelled real text
uses the form, the row's comment names it.

Expected values follow the gold format's rules (docs/realworld.md and the gold README):
- labels: the outline path ('II.1', a bullet's ordinal under its parent 'II.1.2', 'Điều 2'); the set of labels
  is compared whole (recall and precision), so purpose and background sections must add none;
- responsible: each expected name is contained in one of the task's names (an item with none of its own
  inherits its nearest ancestor's);
- deadline: kind equal ('by_date', 'quarter', 'annual', 'recurring', 'conditional', 'none'); due equal when
  given (a quarter's and a month's last day, 31 December for a year, 30 June for the first half).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

UNGRADED = "-"
"""A due date the row does not grade."""


@dataclass(frozen=True)
class TCheck:
    label: str
    starts: str
    responsible: tuple[str, ...] = ()
    kind: str = "none"  # UNGRADED: not graded
    due: date | str | None = UNGRADED


@dataclass(frozen=True)
class TRow:
    id: str
    text: str
    labels: tuple[str, ...]
    checks: tuple[TCheck, ...] = ()


_PARTY_HEAD = """HUYỆN ỦY KIM ĐỘNG
*
Số 45-KH/HU

ĐẢNG CỘNG SẢN VIỆT NAM
Kim Động, ngày 10 tháng 01 năm 2024

KẾ HOẠCH
thực hiện Nghị quyết số 12-NQ/TU ngày 05/12/2023 của Ban Thường vụ Tỉnh ủy về công tác dân vận

Thực hiện Nghị quyết số 12-NQ/TU ngày 05/12/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau:
"""

_STATE_HEAD = """ỦY BAN NHÂN DÂN
HUYỆN KIM ĐỘNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 28/KH-UBND
Kim Động, ngày 15 tháng 01 năm 2024

KẾ HOẠCH
Triển khai công tác chuyển đổi số trên địa bàn huyện năm 2024

Căn cứ Kế hoạch số 120/KH-UBND ngày 20/12/2023 của UBND tỉnh Hưng Yên về chuyển đổi số năm 2024, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
"""

_PURPOSE = """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Quán triệt sâu sắc nội dung Nghị quyết đến cán bộ, đảng viên và Nhân dân.
- Tạo chuyển biến rõ nét trong nhận thức và hành động của cả hệ thống chính trị.
2. Yêu cầu
Việc triển khai phải nghiêm túc, thiết thực, hiệu quả, tránh hình thức.
"""

_PARTY_FOOT = """
Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c),
- Các chi, đảng bộ trực thuộc,
- Lưu VP Huyện ủy.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Nguyễn Văn An
"""

_STATE_FOOT = """
Nơi nhận:
- UBND tỉnh (b/c);
- Các phòng, ban, ngành huyện;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Bình
"""


def party(body: str, purpose: str = _PURPOSE) -> str:
    """A district Party committee's plan: header cells, title, lead-in, a purpose section, then `body`."""
    return f"{_PARTY_HEAD}\n{purpose}\n{body.strip()}\n{_PARTY_FOOT}"


def state(body: str, purpose: str = _PURPOSE) -> str:
    """A district People's Committee's plan, laid out the same way."""
    return f"{_STATE_HEAD}\n{purpose}\n{body.strip()}\n{_STATE_FOOT}"


_DECISION = """ỦY BAN NHÂN DÂN
HUYỆN KIM ĐỘNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 150/QĐ-UBND
Kim Động, ngày 20 tháng 02 năm 2024

QUYẾT ĐỊNH
Phê duyệt Kế hoạch chuyển đổi số huyện năm 2024

ỦY BAN NHÂN DÂN HUYỆN KIM ĐỘNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Trưởng phòng Văn hóa và Thông tin huyện,

QUYẾT ĐỊNH:

{body}
Nơi nhận:
- Như Điều 3;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Trần Văn Bình
"""


_GAZETTE_DECISION = _DECISION.replace("Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\n", "").replace(
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")
"""blind40: the decision as the Official Gazette prints it, without its 'Nơi nhận' block."""

_PROVINCE_DECISION = _DECISION.replace("HUYỆN KIM ĐỘNG", "TỈNH HƯNG YÊN").replace("Kim Động, ngày", "Hưng Yên, ngày").replace(
    "ỦY BAN NHÂN DÂN HUYỆN", "ỦY BAN NHÂN DÂN TỈNH").replace("Trưởng phòng Văn hóa và Thông tin huyện", "Giám đốc Sở Nội vụ")
"""The same decision issued by a province (bodies named by sector and district)."""


def _c(label: str, starts: str, *responsible: str, kind: str = "none",
       due: date | str | None = UNGRADED) -> TCheck:
    return TCheck(label, starts, tuple(responsible), kind, due)


# --- how sections and items are numbered ------------------------------------------------------------------

_NUMBERING: list[TRow] = [
    # 'I.' sections, '1.' items (the seeds' form)
    TRow("num-roman_dot", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức quán triệt, triển khai Nghị quyết đến toàn thể cán bộ, đảng viên.
2. Nâng cao chất lượng hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội.
"""), ("II.1", "II.2"), (_c("II.1", "Tổ chức quán triệt"), _c("II.2", "Nâng cao chất lượng"))),
    # 'I-' and '1-' (tests/realworld/c04_ninhthuan_bchtu_nq10_2016.txt, c31_123docz_bct_nq11_2012_hanoi.txt)
    TRow("num-roman_dash", party("""
II- NHIỆM VỤ VÀ GIẢI PHÁP
1- Tăng cường sự lãnh đạo của cấp ủy đối với công tác dân vận.
2- Đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể.
""", purpose="""I- MỤC ĐÍCH, YÊU CẦU
1- Quán triệt sâu sắc nội dung Nghị quyết đến cán bộ, đảng viên.
2- Việc triển khai phải nghiêm túc, thiết thực, hiệu quả.
"""), ("II.1", "II.2"), (_c("II.1", "Tăng cường sự lãnh đạo"), _c("II.2", "Đổi mới nội dung"))),
    # 'II/' and '1/'
    TRow("num-roman_slash", party("""
II/ NHIỆM VỤ TRỌNG TÂM
1/ Rà soát, bổ sung quy chế làm việc của cấp ủy các cấp.
2/ Kiện toàn tổ chức bộ máy cơ quan tham mưu, giúp việc.
"""), ("II.1", "II.2"), (_c("II.1", "Rà soát, bổ sung"), _c("II.2", "Kiện toàn tổ chức"))),
    # '01.' zero-padded numbers are points 1, 2
    TRow("num-zero_padded", party("""
II. NHIỆM VỤ CỤ THỂ
01. Tổ chức hội nghị quán triệt Nghị quyết trong toàn Đảng bộ.
02. Xây dựng chuyên mục tuyên truyền trên Đài Truyền thanh huyện.
"""), ("II.1", "II.2"), (_c("II.1", "Tổ chức hội nghị"), _c("II.2", "Xây dựng chuyên mục"))),
    # 'a)' under '1.'
    TRow("num-letter_paren", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Công tác tuyên truyền
a) Đẩy mạnh tuyên truyền trên các phương tiện thông tin đại chúng.
b) Biên soạn tài liệu hỏi - đáp về Nghị quyết.
2. Công tác kiểm tra, giám sát
"""), ("II.1", "II.1.1", "II.1.2", "II.2"), (_c("II.1.2", "Biên soạn tài liệu"), _c("II.2", "Công tác kiểm tra"))),
    # 'a.' under '1.'
    TRow("num-letter_dot", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Công tác tuyên truyền
a. Đẩy mạnh tuyên truyền trên các phương tiện thông tin đại chúng.
b. Biên soạn tài liệu hỏi - đáp về Nghị quyết.
"""), ("II.1", "II.1.1", "II.1.2"), (_c("II.1.1", "Đẩy mạnh tuyên truyền"), _c("II.1.2", "Biên soạn tài liệu"))),
    # 'a/' under '1/'
    TRow("num-letter_slash", party("""
II/ NHIỆM VỤ, GIẢI PHÁP
1/ Công tác tuyên truyền
a/ Đẩy mạnh tuyên truyền trên các phương tiện thông tin đại chúng.
b/ Biên soạn tài liệu hỏi - đáp về Nghị quyết.
"""), ("II.1", "II.1.1", "II.1.2"), (_c("II.1.2", "Biên soạn tài liệu"),)),
    # '-' bullets under '1.'
    TRow("num-dash_bullets", party("""
II. NHIỆM VỤ CỤ THỂ
1. Công tác tuyên truyền
- Đẩy mạnh tuyên truyền trên các phương tiện thông tin đại chúng.
- Biên soạn tài liệu hỏi - đáp về Nghị quyết.
- Tổ chức hội thi tìm hiểu Nghị quyết.
"""), ("II.1", "II.1.1", "II.1.2", "II.1.3"), (_c("II.1.3", "Tổ chức hội thi"),)),
    # '+' under '-' (tests/realworld/h25_bacgiang_tanyen_ctubndh_tet_2015.txt)
    TRow("num-plus_under_dash", party("""
II. NHIỆM VỤ CỤ THỂ
1. Công tác tuyên truyền
- Đẩy mạnh tuyên truyền bằng nhiều hình thức:
+ Trên Đài Truyền thanh huyện và hệ thống loa truyền thanh cơ sở.
+ Trên Trang thông tin điện tử của huyện.
- Biên soạn tài liệu hỏi - đáp về Nghị quyết.
"""), ("II.1", "II.1.1", "II.1.1.1", "II.1.1.2", "II.1.2"), (_c("II.1.1.2", "Trên Trang thông tin"), _c("II.1.2", "Biên soạn"))),
    # '•' bullets
    TRow("num-round_bullets", party("""
II. NHIỆM VỤ CỤ THỂ
1. Công tác tuyên truyền
• Đẩy mạnh tuyên truyền trên các phương tiện thông tin đại chúng.
• Biên soạn tài liệu hỏi - đáp về Nghị quyết.
"""), ("II.1", "II.1.1", "II.1.2"), (_c("II.1.2", "Biên soạn tài liệu"),)),
    # '*' headings over '-' (tests/realworld_blind/n34_cinet_bvhttdl_qd2138_2013_lienhoan.txt)
    TRow("num-star_over_dash", party("""
II. NHIỆM VỤ CỤ THỂ
1. Công tác tuyên truyền
* Tuyên truyền trên báo chí
- Mở chuyên mục về Nghị quyết trên Trang thông tin điện tử huyện.
* Tuyên truyền miệng
- Tổ chức sinh hoạt chuyên đề tại các chi bộ.
"""), ("II.1", "II.1.1", "II.1.1.1", "II.1.2", "II.1.2.1"), (_c("II.1.2.1", "Tổ chức sinh hoạt"),)),
    # the same with a colon closing each heading and a blank before its items (blind31 b03's '* Về phát triển
    # số lượng:' / '- Phấn đấu huy động ...')
    TRow("num-star_over_dash_colon", state("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Phát triển giáo dục mầm non
* Về phát triển số lượng:

- Phấn đấu huy động 60% số trẻ trong độ tuổi nhà trẻ được đi học.
- Riêng trẻ 5 tuổi được đi học đạt 100%.
* Về chất lượng nuôi dưỡng:

- Bảo đảm khẩu phần ăn cân đối các chất dinh dưỡng cho trẻ.
"""), ("II.1", "II.1.1", "II.1.1.1", "II.1.1.2", "II.1.2", "II.1.2.1"), (_c("II.1.2.1", "Bảo đảm khẩu phần ăn"),)),
    # a star before a note heads no items: the note is no task (blind32 d06 '* Lưu ý: Đối với các vụ lộ ...')
    TRow("num-star_note", state("""
II. TỔ CHỨC THỰC HIỆN
1. Các phòng, ban chuyên môn xây dựng kế hoạch thực hiện, gửi về UBND huyện trước ngày 28/2/2024.

* Lưu ý: Đối với các vụ việc phát sinh phải báo cáo ngay về UBND huyện để kịp thời giải quyết.

2. Giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc thực hiện kế hoạch này.
"""), ("II.1", "II.2"), (_c("II.2", "Giao Văn phòng"),)),
    # '1.1.' under II (a numbering path: II.1.1)
    TRow("num-dotted_path", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Về công tác tuyên truyền
1.1. Đẩy mạnh tuyên truyền trên các phương tiện thông tin đại chúng.
1.2. Biên soạn tài liệu hỏi - đáp về Nghị quyết.
2. Về công tác kiểm tra
2.1. Xây dựng kế hoạch kiểm tra việc thực hiện Nghị quyết.
"""), ("II.1", "II.1.1", "II.1.2", "II.2", "II.2.1"), (_c("II.1.2", "Biên soạn tài liệu"), _c("II.2.1", "Xây dựng kế hoạch kiểm tra"))),
    # '1.1.1.' three levels
    TRow("num-dotted_path_three", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Về công tác tuyên truyền
1.1. Tuyên truyền trên báo chí
1.1.1. Mở chuyên mục về Nghị quyết trên Trang thông tin điện tử huyện.
1.1.2. Xây dựng phóng sự trên Đài Truyền thanh huyện.
1.2. Tuyên truyền miệng
"""), ("II.1", "II.1.1", "II.1.1.1", "II.1.1.2", "II.1.2"), (_c("II.1.1.2", "Xây dựng phóng sự"),)),
    # a letter under a number with its own bullets: '-' under 'a)'
    TRow("num-dash_under_letter", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Công tác tuyên truyền
a) Tuyên truyền trên báo chí
- Mở chuyên mục về Nghị quyết trên Trang thông tin điện tử huyện.
- Xây dựng phóng sự trên Đài Truyền thanh huyện.
b) Tuyên truyền miệng
"""), ("II.1", "II.1.1", "II.1.1.1", "II.1.1.2", "II.1.2"), (_c("II.1.1.2", "Xây dựng phóng sự"), _c("II.1.2", "Tuyên truyền miệng"))),
    # numbered headings with no Roman sections: '1. Mục đích, yêu cầu', '2. Nhiệm vụ' then '2.1.'
    TRow("num-numbered_sections", party("""
2. Nhiệm vụ
2.1. Tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên.
2.2. Xây dựng chuyên mục tuyên truyền về Nghị quyết.
""", purpose="""1. Mục đích, yêu cầu
Quán triệt sâu sắc nội dung Nghị quyết đến cán bộ, đảng viên và Nhân dân.
"""), ("2.1", "2.2"), (_c("2.1", "Tổ chức quán triệt"), _c("2.2", "Xây dựng chuyên mục"))),
    # capital-letter parts 'A.', 'B.'
    TRow("num-capital_parts", party("""
B. NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên.
2. Xây dựng chuyên mục tuyên truyền về Nghị quyết.
""", purpose="""A. MỤC ĐÍCH, YÊU CẦU
1. Quán triệt sâu sắc nội dung Nghị quyết đến cán bộ, đảng viên.
"""), ("B.1", "B.2"), (_c("B.2", "Xây dựng chuyên mục"),)),
    # 'Phần thứ nhất' (an assessment) then 'Phần thứ hai' whose Roman sections restart (tests/realworld_blind/n19_hanam_bdh_nsvsmt_kh_2014_cv2191.txt)
    TRow("num-parts_then_roman", party("""
PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NĂM 2023
I. KẾT QUẢ ĐẠT ĐƯỢC
1. Công tác tuyên truyền được quan tâm thực hiện.
II. HẠN CHẾ, NGUYÊN NHÂN
1. Một số cấp ủy chưa quan tâm đúng mức.
PHẦN THỨ HAI
NHIỆM VỤ NĂM 2024
I. MỤC TIÊU
1. Phấn đấu 100% chi bộ tổ chức quán triệt Nghị quyết.
II. NHIỆM VỤ, GIẢI PHÁP
1. Tăng cường sự lãnh đạo của cấp ủy đối với công tác dân vận.
2. Đổi mới nội dung, phương thức hoạt động của Mặt trận.
""", purpose=""), ("II.1", "II.2"), (_c("II.1", "Tăng cường sự lãnh đạo"),)),
    # '1)' numbers
    TRow("num-number_paren", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1) Tổ chức quán triệt, triển khai Nghị quyết đến toàn thể cán bộ, đảng viên.
2) Nâng cao chất lượng hoạt động của Mặt trận Tổ quốc và các đoàn thể.
"""), ("II.1", "II.2"), (_c("II.2", "Nâng cao chất lượng"),)),
    # '1.1 Text' with no dot after the path
    TRow("num-dotted_path_bare", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Về công tác tuyên truyền
1.1 Đẩy mạnh tuyên truyền trên các phương tiện thông tin đại chúng.
1.2 Biên soạn tài liệu hỏi - đáp về Nghị quyết.
"""), ("II.1", "II.1.1", "II.1.2"), (_c("II.1.2", "Biên soạn tài liệu"),)),
    # letters straight under the Roman section
    TRow("num-letters_under_roman", party("""
II. NHIỆM VỤ, GIẢI PHÁP
a) Tổ chức quán triệt, triển khai Nghị quyết đến toàn thể cán bộ, đảng viên.
b) Nâng cao chất lượng hoạt động của Mặt trận Tổ quốc và các đoàn thể.
"""), ("II.1", "II.2"), (_c("II.2", "Nâng cao chất lượng"),)),
    # dashes straight under the Roman section
    TRow("num-dashes_under_roman", party("""
II. NHIỆM VỤ TRỌNG TÂM
- Tổ chức quán triệt, triển khai Nghị quyết đến toàn thể cán bộ, đảng viên.
- Nâng cao chất lượng hoạt động của Mặt trận Tổ quốc và các đoàn thể.
- Đổi mới phương thức lãnh đạo của cấp ủy đối với công tác dân vận.
"""), ("II.1", "II.2", "II.3"), (_c("II.3", "Đổi mới phương thức"),)),
    # an item's text wrapped over lines, and '1.' alone on its line
    TRow("num-wrapped_and_bare_marker", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức quán triệt, triển khai Nghị quyết đến toàn thể cán bộ, đảng viên
và Nhân dân trên địa bàn huyện bằng nhiều hình thức phù hợp.
2.
Nâng cao chất lượng hoạt động của Mặt trận Tổ quốc và các đoàn thể.
"""), ("II.1", "II.2"), (_c("II.1", "Tổ chức quán triệt, triển khai Nghị quyết đến toàn thể cán bộ, đảng viên và Nhân dân"),
                          _c("II.2", "Nâng cao chất lượng"))),
    # a decision that approves a plan in its 'Điều 1': the plan's task points are tasks, its goal is not; the
    # executing article is one (tests/realworld_blind25/b03_sonla_ubnd_qd16_2017_quychelienganh_tvpl.txt's 'Điều 3')
    TRow("num-articles_approving_plan", _DECISION.format(body="""Điều 1. Phê duyệt Kế hoạch chuyển đổi số huyện năm 2024 với các nội dung sau:
1. Mục tiêu
Phấn đấu 100% hồ sơ công việc được xử lý trên môi trường mạng.
2. Nhiệm vụ, giải pháp
a) Phát triển hạ tầng số trên địa bàn huyện.
b) Phát triển chính quyền số.
3. Tổ chức thực hiện
Giao Phòng Văn hóa và Thông tin huyện chủ trì tổ chức thực hiện.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin huyện và Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.
"""), ("Điều 1.2", "Điều 1.2.1", "Điều 1.2.2", "Điều 1.3", "Điều 3"), (
        _c("Điều 1.2.2", "Phát triển chính quyền số"), _c("Điều 1.3", "Tổ chức thực hiện", "Phòng Văn hóa và Thông tin huyện"),
        _c("Điều 3", "Chánh Văn phòng", "Chánh Văn phòng HĐND và UBND huyện", "Thủ trưởng các cơ quan, đơn vị liên quan"))),
    # a decision issuing what it lists ('Điều 1. Ban hành Kế hoạch thời gian năm học ... như sau:' and the school
    # calendar, tests/realworld_blind32/d05): the points are no work; the dating article that goes on to the
    # execution sentence, in one article ('Điều 3. Quyết định này có hiệu lực ...' / 'Chánh Văn phòng ... chịu
    # trách nhiệm thi hành ...'), is the executing article
    TRow("num-articles_promulgating_then_dating_executing", _DECISION.format(body="""Điều 1. Ban hành Kế hoạch thời gian năm học 2024-2025 như sau:
1. Tựu trường các cấp học: Ngày 26/8/2024.
2. Hoàn thành tuyển sinh các lớp đầu cấp trước ngày 31/7/2025.
Điều 2. Giao Phòng Giáo dục và Đào tạo huyện tổ chức thực hiện Kế hoạch.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Giáo dục và Đào tạo huyện chịu trách nhiệm thi hành Quyết định này./.
"""), ("Điều 2", "Điều 3"), (_c("Điều 2", "Giao Phòng Giáo dục", "Phòng Giáo dục và Đào tạo huyện"),)),
    # the dating sentence and the execution sentence on one line (realworld k01, blind17 b23: 'Điều 3. Quyết định
    # này có hiệu lực kể từ ngày ký ban hành. Chánh Văn phòng ... chịu trách nhiệm thi hành ...')
    TRow("num-articles_dating_executing_one_line", _DECISION.format(body="""Điều 1. Phê duyệt Kế hoạch chuyển đổi số huyện năm 2024.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký ban hành. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin huyện chịu trách nhiệm thi hành Quyết định này./.
"""), ("Điều 2",), (_c("Điều 2", "Quyết định này có hiệu lực", "Chánh Văn phòng HĐND và UBND huyện"),)),
    # a dating article whose next paragraph assigns work (blind30 c01: '... có hiệu lực thi hành kể từ ngày ký.' /
    # 'Giao Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Tài chính ... thiết lập, tin học hóa quy trình ...')
    TRow("num-articles_dating_then_giao", _DECISION.format(body="""Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính mới ban hành.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Giao Văn phòng HĐND và UBND huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin huyện tin học hóa quy trình giải quyết thủ tục hành chính.
"""), ("Điều 2",), (_c("Điều 2", "Quyết định này có hiệu lực", "Văn phòng HĐND và UBND huyện"),)),
    # a dating article that goes on only to what it replaces (realworld s23, blind25 b03: '... có hiệu lực thi hành kể
    # từ ngày 01 tháng 7 năm 2017.' / 'Quyết định này thay thế Quyết định số ...') sets no work
    TRow("num-articles_dating_then_replacing", _DECISION.format(body="""Điều 1. Phê duyệt Kế hoạch chuyển đổi số huyện năm 2024.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2024.
Quyết định này thay thế Quyết định số 12/QĐ-UBND ngày 17 tháng 6 năm 2023 của UBND huyện.
Điều 3. Chánh Văn phòng HĐND và UBND huyện chịu trách nhiệm thi hành Quyết định này./.
"""), ("Điều 3",)),
    # an article that sets a regime by its fields, its budget 'giao' an allocation (blind32 d02: '4. Nguồn kinh phí:
    # Ngân sách Thành phố đảm bảo và bố trí trong dự toán giao hàng năm cho Sở ...'): no work; the next article's is
    TRow("num-articles_regime_budget_allocated", _DECISION.format(body="""Điều 1. Thực hiện chế độ điều dưỡng luân phiên đối với người có công trên địa bàn huyện:
1. Đối tượng: Người có công với cách mạng theo quy định.
2. Mức chi: Thực hiện theo chỉ tiêu được giao của tỉnh.
3. Nguồn kinh phí: Ngân sách huyện bảo đảm và bố trí trong dự toán giao hàng năm cho Phòng Lao động - Thương binh và Xã hội.
Điều 2. Giao Phòng Lao động - Thương binh và Xã hội chủ trì lập danh sách người có công được điều dưỡng.
Điều 3. Chánh Văn phòng HĐND và UBND huyện chịu trách nhiệm thi hành Quyết định này./.
"""), ("Điều 2", "Điều 3"), (_c("Điều 2", "Giao Phòng Lao động", "Phòng Lao động - Thương binh và Xã hội"),)),
    # 'Điều' articles of a decision: the approving and dating articles set no work; 'Giao ...' does
    TRow("num-articles", """ỦY BAN NHÂN DÂN
HUYỆN KIM ĐỘNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 150/QĐ-UBND
Kim Động, ngày 20 tháng 02 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác chuyển đổi số huyện

ỦY BAN NHÂN DÂN HUYỆN KIM ĐỘNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Trưởng phòng Văn hóa và Thông tin huyện,

QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ công tác chuyển đổi số huyện gồm các ông, bà có tên sau.
Điều 2. Giao Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với Văn phòng HĐND và UBND huyện tham mưu tổ chức triển khai hoạt động của Tổ công tác.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""
         + _STATE_FOOT, ("Điều 2",), (_c("Điều 2", "Giao Phòng Văn hóa", "Phòng Văn hóa và Thông tin huyện"),)),
    # a plan's top level in lettered parts, Roman sections under the work part: each item keeps its path
    TRow("num-lettered_parts_over_roman", party("""
A. MỤC ĐÍCH, YÊU CẦU
1. Quán triệt sâu sắc Nghị quyết đến cán bộ, đảng viên.
B. NHIỆM VỤ, GIẢI PHÁP
I. Công tác tuyên truyền
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
2. Đẩy mạnh tuyên truyền trên báo chí, hệ thống truyền thanh cơ sở.
II. Công tác tổ chức
1. Kiện toàn tổ chức bộ máy của các cơ quan tham mưu.
C. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy chủ trì, theo dõi việc thực hiện Kế hoạch.
""", purpose=""), ("B.I.1", "B.I.2", "B.II.1", "C.1"), (_c("B.I.2", "Đẩy mạnh tuyên truyền"),)),
    # lettered parts in sentence case ('B. Nhiệm vụ, giải pháp'): a part's words open the title
    TRow("num-lettered_parts_sentence_case", party("""
A. Mục đích, yêu cầu
1. Quán triệt sâu sắc Nghị quyết đến cán bộ, đảng viên.
B. Nhiệm vụ, giải pháp
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
2. Đẩy mạnh tuyên truyền trên báo chí, hệ thống truyền thanh cơ sở.
""", purpose=""), ("B.1", "B.2")),
    # 'PHẦN II. ...' parts with their items right under them: labelled by the part's numeral
    TRow("num-phan_roman", party("""
PHẦN I. MỤC ĐÍCH, YÊU CẦU
1. Quán triệt sâu sắc Nghị quyết đến cán bộ, đảng viên.
PHẦN II. NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
2. Đẩy mạnh tuyên truyền trên báo chí, hệ thống truyền thanh cơ sở.
PHẦN III. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy chủ trì, theo dõi việc thực hiện Kế hoạch.
""", purpose=""), ("II.1", "II.2", "III.1")),
    # 'Phần thứ hai' in words, its title on the next line
    TRow("num-phan_thu_words", party("""
Phần thứ nhất
MỤC ĐÍCH, YÊU CẦU
1. Quán triệt sâu sắc Nghị quyết đến cán bộ, đảng viên.
Phần thứ hai
NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
2. Đẩy mạnh tuyên truyền trên báo chí, hệ thống truyền thanh cơ sở.
""", purpose=""), ("II.1", "II.2")),
    # a Roman numeral closed by a colon ('II: NHIỆM VỤ')
    TRow("num-roman_colon", party("""
II: NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
2. Đẩy mạnh tuyên truyền trên báo chí, hệ thống truyền thanh cơ sở.
"""), ("II.1", "II.2")),
    # must not open a part: a capital and a full stop before a name ('A. Nguyễn Văn Nam' in a list of members)
    TRow("num-letter_name_not_part", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Thành lập Tổ giúp việc gồm các đồng chí:
A. Nguyễn Văn Nam, Phó Trưởng Ban Tuyên giáo Huyện ủy;
2. Đẩy mạnh tuyên truyền trên báo chí, hệ thống truyền thanh cơ sở.
"""), ("II.1", "II.2")),
    # outlineparts: the reverse of 'B.' / 'I.' / '1.' (B.I.1): a Roman section over lettered sub-parts in
    # sentence case keeps every marker in the path (II.A.1), the sub-part is a section as 'B.I' is, and an 'a)'
    # under a sub-part's number is its ordinal (II.B.1.1); no labelled text has the form (brief's probe)
    TRow("num-roman_over_lettered_subparts", party("""
II. NHIỆM VỤ, GIẢI PHÁP
A. Về công tác tuyên truyền
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
2. Đẩy mạnh tuyên truyền trên báo chí, hệ thống truyền thanh cơ sở.
B. Về công tác tổ chức
1. Kiện toàn tổ chức bộ máy của các cơ quan tham mưu.
a) Rà soát chức năng, nhiệm vụ của các cơ quan tham mưu.
III. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy chủ trì, theo dõi việc thực hiện Kế hoạch.
"""), ("II.A.1", "II.A.2", "II.B.1", "II.B.1.1", "III.1"), (_c("II.A.2", "Đẩy mạnh tuyên truyền"), _c("II.B.1.1", "Rà soát chức năng"))),
    # sub-parts in capitals, a purpose section's sub-parts set none, letters right under a sub-part: 'a)' → II.B.1
    TRow("num-roman_over_lettered_caps", party("""
I. MỤC ĐÍCH, YÊU CẦU
A. MỤC ĐÍCH
1. Quán triệt sâu sắc Nghị quyết đến cán bộ, đảng viên.
II. NHIỆM VỤ, GIẢI PHÁP
A. NHIỆM VỤ
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
B. GIẢI PHÁP
a) Kiện toàn tổ chức bộ máy của các cơ quan tham mưu.
b) Đẩy mạnh tuyên truyền trên báo chí, hệ thống truyền thanh cơ sở.
""", purpose=""), ("II.A.1", "II.B.1", "II.B.2"), (_c("II.B.2", "Đẩy mạnh tuyên truyền"),)),
    # must not open a sub-part: a sentence-case 'B.' with no 'A.' before it in the section
    TRow("num-roman_lone_letter_not_subpart", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
B. Nam tiếp tục theo dõi việc thực hiện.
2. Đẩy mạnh tuyên truyền trên báo chí, hệ thống truyền thanh cơ sở.
"""), ("II.1", "II.2")),
    # ordinals in words in a task section ('Một là, ...', as blind9 b08's 'Thứ nhất, về công tác xây dựng Đảng
    # ...'): each is an item counted like a bullet, its marker words no part of its text
    TRow("num-ordinal_words_la", party("""
II. NHIỆM VỤ, GIẢI PHÁP
Một là, tăng cường sự lãnh đạo của cấp ủy đối với công tác dân vận.
Hai là, đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc.
Ba là, nâng cao chất lượng đội ngũ cán bộ làm công tác dân vận.
"""), ("II.1", "II.2", "II.3"), (_c("II.2", "đổi mới nội dung"), _c("II.3", "nâng cao chất lượng"))),
    # 'Thứ nhất, ...' under a numbered heading: ordinals under it (II.1.2)
    TRow("num-ordinal_words_thu_under_number", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Công tác tuyên truyền
Thứ nhất, đẩy mạnh tuyên truyền trên các phương tiện thông tin đại chúng.
Thứ hai, biên soạn tài liệu hỏi - đáp về Nghị quyết.
2. Công tác kiểm tra, giám sát
"""), ("II.1", "II.1.1", "II.1.2", "II.2"), (_c("II.1.2", "biên soạn tài liệu"),)),
    # must not count: a weekday opening a line ('Thứ hai, ngày 15/01/2024') is no second item
    TRow("num-weekday_not_ordinal", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt vào:
Thứ hai, ngày 15/01/2024 tại Hội trường Huyện ủy.
2. Đẩy mạnh tuyên truyền trên báo chí, hệ thống truyền thanh cơ sở.
"""), ("II.1", "II.2"), (_c("II.1", "Tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt vào: Thứ hai"),)),
    # named items ('Nhiệm vụ 1:', 'Giải pháp thứ hai', the title on the next line) would count like numbers
    # (KNOWN: no real plan with the form was found, so no rule yet)
    TRow("num-named_nhiem_vu", party("""
II. NHIỆM VỤ, GIẢI PHÁP
Nhiệm vụ 1: Tăng cường sự lãnh đạo của cấp ủy đối với công tác dân vận.
Nhiệm vụ 2: Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc.
"""), ("II.1", "II.2"), (_c("II.2", "Đổi mới nội dung"),)),
    TRow("num-named_giai_phap_thu", party("""
II. NHIỆM VỤ, GIẢI PHÁP
Giải pháp thứ nhất
Tăng cường sự lãnh đạo của cấp ủy đối với công tác dân vận.
Giải pháp thứ hai
Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc.
"""), ("II.1", "II.2"), (_c("II.1", "Tăng cường sự lãnh đạo"), _c("II.2", "Đổi mới nội dung"))),
    # sub-lists numbered in another style under a numbered task ('(1)', '1-', 'a-'): their ordinals under it
    # ('(1)' as blind25 b01 numbers the points under '1. Công tác tham mưu ...'; '1-' and 'a-' KNOWN: no real
    # text seen with them, so no rule yet; '1-' is read as the number itself)
    TRow("num-paren_numbers_under_number", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Công tác tuyên truyền
(1) Đẩy mạnh tuyên truyền trên các phương tiện thông tin đại chúng.
(2) Biên soạn tài liệu hỏi - đáp về Nghị quyết.
2. Công tác kiểm tra, giám sát
"""), ("II.1", "II.1.1", "II.1.2", "II.2"), (_c("II.1.2", "Biên soạn tài liệu"),)),
    # a bracketed number opening its line is counted from one, in order: '(3)' alone continues the item
    # above (a reference to a third point, not a list)
    TRow("num-paren_alone_not_item", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Công tác tuyên truyền
(3) Nội dung tại điểm này thực hiện theo Hướng dẫn của Ban Tuyên giáo Tỉnh ủy.
2. Công tác kiểm tra, giám sát
"""), ("II.1", "II.2"), (_c("II.2", "Công tác kiểm tra"),)),
    # a news page listing the plan's contents in brackets after its lead-in (blind23 b03 'Theo kế hoạch, Đại
    # hội ... thực hiện 4 nội dung sau:' / '(1) Tổng kết ...;' ... '(4) Bầu đoàn đại biểu ...'), read as the
    # same list numbered '1.' is
    TRow("num-paren_news_list", """Triển khai kế hoạch Đại hội Đảng bộ Sở Công Thương, nhiệm kỳ 2020 – 2025

Vừa qua, Đảng ủy Sở Công Thương đã ban hành Kế hoạch số 959-KH/ĐUSCT về việc tổ chức Đại hội đảng bộ Sở lần thứ XIV, nhiệm kỳ 2020 - 2025.

Theo kế hoạch, Đại hội đảng bộ Sở và các chi bộ trực thuộc thực hiện 3 nội dung sau:

(1) Tổng kết thực hiện Nghị quyết đại hội đảng bộ, chi bộ nhiệm kỳ 2015 - 2020;

(2) Thảo luận, đóng góp ý kiến vào dự thảo các văn kiện Đại hội cấp trên trực tiếp;

(3) Bầu đoàn đại biểu dự đại hội đảng bộ cấp trên.
""", ("1", "2", "3"), (_c("3", "Bầu đoàn đại biểu"),)),
    TRow("num-dash_numbers_under_number", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Công tác tuyên truyền
1- Đẩy mạnh tuyên truyền trên các phương tiện thông tin đại chúng.
2- Biên soạn tài liệu hỏi - đáp về Nghị quyết.
2. Công tác kiểm tra, giám sát
"""), ("II.1", "II.1.1", "II.1.2", "II.2"), (_c("II.1.2", "Biên soạn tài liệu"),)),
    TRow("num-letter_dash", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Công tác tuyên truyền
a- Đẩy mạnh tuyên truyền trên các phương tiện thông tin đại chúng.
b- Biên soạn tài liệu hỏi - đáp về Nghị quyết.
"""), ("II.1", "II.1.1", "II.1.2"), (_c("II.1.2", "Biên soạn tài liệu"),)),
    # a resolution's articles (tests/realworld_blind32/d04, the National Assembly Standing Committee's
    # 494/NQ-UBTVQH13): 'Điều 2.' orders the Government ('yêu cầu Chính phủ, Thủ tướng Chính phủ ...'), whose
    # points inherit it; 'Điều 3.' has points that open with their bodies (one after 'Kết thúc năm 2013,'), so
    # they are tasks though no word of the article names work; 'Điều 1.' endorses a report, 'Điều 4.' dates
    TRow("num-articles_resolution_points", _DECISION.replace("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:").format(body="""Điều 1.
Tán thành cơ bản nội dung Báo cáo kết quả giám sát của Đoàn giám sát.
Điều 2.
Ủy ban nhân dân huyện yêu cầu Chính phủ, Thủ tướng Chính phủ tập trung thực hiện một số nhiệm vụ sau đây:
1. Tiếp tục điều chỉnh nâng mức trợ cấp đối với người có công với cách mạng.
2. Chỉ đạo các bộ, ngành tiếp tục đẩy mạnh công tác tuyên truyền.
Điều 3.
1. Kết thúc năm 2025, Phòng Nội vụ huyện báo cáo Ủy ban nhân dân huyện kết quả thực hiện.
2. Ủy ban Mặt trận Tổ quốc Việt Nam huyện, các tổ chức chính trị - xã hội giám sát việc thực hiện Quyết định này.
Điều 4.
Quyết định này có hiệu lực thi hành kể từ ngày ký./.
"""), ("Điều 2.1", "Điều 2.2", "Điều 3.1", "Điều 3.2"), (
        _c("Điều 2.1", "Tiếp tục điều chỉnh", "Chính phủ"), _c("Điều 3.1", "Kết thúc năm 2025", "Phòng Nội vụ huyện"),
        _c("Điều 3.2", "Ủy ban Mặt trận", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"))),
    # must not set work: an article listing members by name under their offices
    TRow("num-article_members_not_tasks", _DECISION.format(body="""Điều 1. Thành lập Tổ công tác chuyển đổi số huyện gồm các ông, bà có tên sau:
1. Ông Nguyễn Văn An, Phó Chủ tịch Ủy ban nhân dân huyện - Tổ trưởng;
2. Bà Trần Thị Bình, Trưởng phòng Văn hóa và Thông tin huyện - Tổ phó;
3. Ông Lê Văn Cường, Chánh Văn phòng HĐND và UBND huyện - Thành viên.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""), ()),
    # a decision's 'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch ...' then, after its signature, the plan
    # itself (the Prime Minister's 719/QĐ-TTg of 2012, Ninh Thuận's 55/2007 on luatminhkhue.vn, blind32 d01,
    # d06): the plan's work sections hold the tasks, beside the decision's executing article
    TRow("num-decision_then_issued_plan", _DECISION.format(body="""Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số huyện năm 2024.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin huyện chịu trách nhiệm thi hành Quyết định này./.
""") + """
KẾ HOẠCH
Chuyển đổi số huyện năm 2024
(Ban hành kèm theo Quyết định số 150/QĐ-UBND ngày 20/02/2024 của UBND huyện Kim Động)

""" + _PURPOSE + """II. NHIỆM VỤ, GIẢI PHÁP
1. Phát triển hạ tầng số trên địa bàn huyện.
2. Phát triển chính quyền số.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin huyện chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.
""", ("Điều 3", "II.1", "II.2", "III.1"), (_c("III.1", "Phòng Văn hóa", "Phòng Văn hóa và Thông tin huyện"),)),
    # an approving article whose plan has Roman sections (An Giang's 1994/QĐ-UBND of 2021 on thuvienphapluat.vn:
    # 'Điều 1. Phê duyệt Kế hoạch ..., với các nội dung cụ thể như sau:' / 'I. Mục tiêu' / '1. Mục tiêu chung' /
    # 'a) ...'): the plan's work sections are labelled as an issued plan's are (II.1), its goal section holds none
    TRow("num-article_approving_plan_roman", _DECISION.format(body="""Điều 1. Phê duyệt Kế hoạch chuyển đổi số huyện năm 2024, với các nội dung cụ thể như sau:
I. Mục tiêu
1. Mục tiêu chung
a) Phấn đấu 100% hồ sơ công việc được xử lý trên môi trường mạng.
II. Nhiệm vụ, giải pháp
1. Phát triển hạ tầng số trên địa bàn huyện.
2. Phát triển chính quyền số.
III. Tổ chức thực hiện
1. Phòng Văn hóa và Thông tin huyện chủ trì, theo dõi việc thực hiện Kế hoạch.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin huyện chịu trách nhiệm thi hành Quyết định này./.
"""), ("II.1", "II.2", "III.1", "Điều 3"), (_c("III.1", "Phòng Văn hóa", "Phòng Văn hóa và Thông tin huyện"),)),
    # an article naming the bodies in charge, then their points (Ninh Thuận's 55/2007, 'Điều 2. Các cơ quan, đơn
    # vị sau đây chịu trách nhiệm quản lý và tổ chức thực hiện Kế hoạch ...:' / '1. Sở Kế hoạch và Đầu tư ...')
    # blind40 e04 (the Prime Minister's 844/QĐ-TTg in the Official Gazette): no 'Nơi nhận' before the plan the
    # decision issues; the plan's heading with its annex note under it, after the articles, opens the plan
    TRow("num-gazette_decision_then_issued_plan", _GAZETTE_DECISION.format(body="""Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số huyện năm 2024.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin huyện chịu trách nhiệm thi hành Quyết định này./.
""") + """
ỦY BAN NHÂN DÂN HUYỆN KIM ĐỘNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
KẾ HOẠCH HÀNH ĐỘNG
Chuyển đổi số huyện năm 2024
(Kèm theo Quyết định số 150/QĐ-UBND ngày 20/02/2024 của UBND huyện Kim Động)
""" + _PURPOSE + """II. NHIỆM VỤ, GIẢI PHÁP
1. Phát triển hạ tầng số trên địa bàn huyện.
2. Phát triển chính quyền số.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin huyện chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.
""", ("Điều 3", "II.1", "II.2", "III.1"), (_c("III.1", "Phòng Văn hóa", "Phòng Văn hóa và Thông tin huyện"),)),
    # sweepT (the Government's 105/NQ-CP of 2026 in the Official Gazette, its programme attached): the title wraps
    # and its annex note is joined to it ('... trong thời gian tới (Kèm theo Nghị quyết số 105/NQ-CP ngày ...)'),
    # so no paragraph opens with the note; found inside the title, it still opens the plan, for a decision's
    # plan and a resolution's programme alike
    *(TRow(f"num-gazette_{kind}_then_plan_note_in_title", _GAZETTE_DECISION.format(body=f"""Điều 1. Ban hành kèm theo {enacting} này {plan.capitalize()} chuyển đổi số huyện năm 2024.
Điều 2. {enacting} này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin huyện chịu trách nhiệm thi hành {enacting} này./.
""") + f"""
ỦY BAN NHÂN DÂN HUYỆN KIM ĐỘNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{plan.upper()}
Chuyển đổi số huyện năm 2024 thực hiện Nghị quyết của Ban Chấp hành Đảng bộ huyện về phát triển
kinh tế số trong thời gian tới
(Kèm theo {enacting} số 150/{code}-UBND
ngày 20/02/2024 của UBND huyện Kim Động)
""" + _PURPOSE + """II. NHIỆM VỤ, GIẢI PHÁP
1. Phát triển hạ tầng số trên địa bàn huyện.
2. Phát triển chính quyền số.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin huyện chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch.
""", ("Điều 3", "II.1", "II.2", "III.1"), (_c("III.1", "Phòng Văn hóa", "Phòng Văn hóa và Thông tin huyện"),))
      for kind, enacting, code, plan in (("decision", "Quyết định", "QĐ", "kế hoạch"),
                                         ("resolution", "Nghị quyết", "NQ", "chương trình"))),
    # blind40 e03: the last article without its './.' and no 'Nơi nhận'; the signature's mark ends the body, so the
    # annex table after it ('Phụ lục' / 'DANH MỤC ...' / '1' / task / body ...) gives the article no points
    TRow("num-gazette_unclosed_article_then_annex", _GAZETTE_DECISION.format(body="""Điều 1. Phê duyệt Danh mục nhiệm vụ chuyển đổi số huyện năm 2024 tại Phụ lục kèm theo.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin huyện chịu trách nhiệm thi hành Quyết định này.
""") + """
Phụ lục
DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ HUYỆN NĂM 2024
TT
Tên nhiệm vụ
Cơ quan chủ trì
1. Phát triển hạ tầng số trên địa bàn huyện
Phòng Văn hóa và Thông tin huyện
2. Phát triển chính quyền số
Văn phòng HĐND và UBND huyện
""", ("Điều 3",), (_c("Điều 3", "Chánh Văn phòng", "Chánh Văn phòng HĐND và UBND huyện"),)),
    # blind40 e02 (113/NQ-CP): 'Điều 2. Tổ chức thực hiện' whose first point only dates the text: no task, the
    # points after it keep their numbers; a dating point that goes on to give work stays one
    TRow("num-article_dating_point_then_work", _DECISION.format(body="""Điều 1. Phê duyệt Kế hoạch chuyển đổi số huyện năm 2024.
Điều 2. Tổ chức thực hiện
1. Quyết định này có hiệu lực kể từ ngày ký ban hành.
2. Giao Phòng Văn hóa và Thông tin huyện chủ trì, theo dõi việc thực hiện Kế hoạch.
3. Chánh Văn phòng HĐND và UBND huyện chịu trách nhiệm thi hành Quyết định này./.
"""), ("Điều 2.2", "Điều 2.3"), (_c("Điều 2.2", "Giao Phòng Văn hóa", "Phòng Văn hóa và Thông tin huyện"),)),
    TRow("num-article_dating_point_going_on", _DECISION.format(body="""Điều 1. Phê duyệt Kế hoạch chuyển đổi số huyện năm 2024.
Điều 2. Tổ chức thực hiện
1. Quyết định này có hiệu lực kể từ ngày ký. Giao Văn phòng HĐND và UBND huyện theo dõi việc thực hiện.
2. Phòng Văn hóa và Thông tin huyện chủ trì triển khai Kế hoạch./.
"""), ("Điều 2.1", "Điều 2.2"), (_c("Điều 2.1", "Quyết định này có hiệu lực", "Văn phòng HĐND và UBND huyện"),)),
    # blind40 e01 (798/QĐ-TTg): a board's powers ('Quyền hạn của ...': what it may ask and attend) are no work
    # given to it, though a point says 'Yêu cầu ...'
    TRow("num-article_powers_not_tasks", _DECISION.format(body="""Điều 1. Thành lập Tổ công tác chuyển đổi số huyện.
Điều 2. Giao Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với Văn phòng HĐND và UBND huyện tham mưu hoạt động của Tổ công tác.
Điều 3. Quyền hạn của Tổ công tác
1. Được mời tham dự các cuộc họp của Ủy ban nhân dân huyện về chuyển đổi số.
2. Yêu cầu các cơ quan, đơn vị cung cấp thông tin phục vụ triển khai thực hiện nhiệm vụ.
Điều 4. Quyết định này có hiệu lực kể từ ngày ký./.
"""), ("Điều 2",), (_c("Điều 2", "Giao Phòng Văn hóa", "Phòng Văn hóa và Thông tin huyện"),)),
    # blind40 e06 (141/NQ-CP): 'Điều 3. Phân công Phó Thủ tướng ... chỉ đạo việc xây dựng ...' gives work; 'theo
    # phân công của ...' only says whose assignment it follows
    TRow("num-article_assigning_officer", _DECISION.format(body="""Điều 1. Phê duyệt Kế hoạch chuyển đổi số huyện năm 2024.
Điều 2. Phân công đồng chí Phó Chủ tịch Ủy ban nhân dân huyện chỉ đạo việc triển khai Kế hoạch.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.
"""), ("Điều 2",)),
    TRow("num-article_by_assignment_not_task", _DECISION.format(body="""Điều 1. Thành lập Tổ công tác chuyển đổi số huyện.
Điều 2. Các thành viên Tổ công tác làm việc theo phân công của Tổ trưởng.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.
"""), ()),
    # blind40 e03 (97/NQ-CP 'Điều 2. Điều chỉnh nhiệm vụ ... như sau:'): one task written as numbered fields, its
    # name first; the fields after it describe it (as the bullets of `_fold_task_fields` do), they are no tasks
    TRow("num-article_numbered_task_fields", _DECISION.format(body="""Điều 1. Phê duyệt Kế hoạch chuyển đổi số huyện năm 2024.
Điều 2. Điều chỉnh nhiệm vụ tại số thứ tự thứ 3 của Kế hoạch như sau:
1. Tên nhiệm vụ: Xây dựng kho dữ liệu dùng chung của huyện.
2. Cơ quan chủ trì: Phòng Văn hóa và Thông tin huyện.
3. Cơ quan phối hợp: Các phòng, ban chuyên môn.
4. Thời gian hoàn thành: Quý IV/2024.
Điều 3. Chánh Văn phòng HĐND và UBND huyện chịu trách nhiệm thi hành Quyết định này./.
"""), ("Điều 2.1", "Điều 3"), (_c("Điều 2.1", "Tên nhiệm vụ", "Phòng Văn hóa và Thông tin huyện", kind="quarter"),)),
    TRow("num-article_bodies_in_charge", _DECISION.format(body="""Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số huyện năm 2024.
Điều 2. Các cơ quan, đơn vị sau đây chịu trách nhiệm tổ chức thực hiện Kế hoạch chuyển đổi số huyện năm 2024:
1. Phòng Văn hóa và Thông tin huyện tham mưu Ủy ban nhân dân huyện chỉ đạo triển khai Kế hoạch.
2. Ủy ban nhân dân các xã, thị trấn xây dựng kế hoạch thực hiện của địa phương.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""), ("Điều 2.1", "Điều 2.2"), (_c("Điều 2.2", "Ủy ban nhân dân các xã", "Ủy ban nhân dân các xã, thị trấn"),)),
]

# --- which sections hold tasks ----------------------------------------------------------------------------


def _section(title: str, purpose: str = _PURPOSE) -> str:
    return party(f"""
II. {title}
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
2. Xây dựng chuyên mục tuyên truyền về Nghị quyết.
""", purpose=purpose)


_SECTIONS: list[TRow] = [
    *(TRow(f"sec-{key}", _section(title), ("II.1", "II.2"), (_c("II.1", "Tổ chức quán triệt"),))
      for key, title in [
          ("nhiem_vu", "NHIỆM VỤ"),
          ("nhiem_vu_trong_tam", "NHIỆM VỤ TRỌNG TÂM"),
          ("nhiem_vu_cu_the", "NHIỆM VỤ CỤ THỂ"),
          ("giai_phap", "GIẢI PHÁP"),
          ("nhiem_vu_giai_phap_chu_yeu", "NHỮNG NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
          ("noi_dung_thuc_hien", "NỘI DUNG THỰC HIỆN"),
          ("noi_dung", "NỘI DUNG"),
          ("to_chuc_thuc_hien", "TỔ CHỨC THỰC HIỆN"),
          ("phan_cong", "PHÂN CÔNG NHIỆM VỤ"),
          ("trach_nhiem", "TRÁCH NHIỆM THỰC HIỆN"),
          ("cac_hoat_dong", "CÁC HOẠT ĐỘNG CHỦ YẾU"),
          ("title_case", "Nhiệm vụ và giải pháp"),
          ("tone_slip", "TÔ CHỨC THỰC HIỆN"),
      ]),
    # targets, scope and subjects hold none
    TRow("sec-targets_scope_none", party("""
II. CHỈ TIÊU
1. 100% chi bộ tổ chức quán triệt Nghị quyết.
III. ĐỐI TƯỢNG, PHẠM VI
1. Cán bộ, đảng viên trong Đảng bộ huyện.
IV. PHƯƠNG HƯỚNG, NHIỆM VỤ
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
"""), ("IV.1",)),
    # the purpose and goal sections hold none, even with items
    TRow("sec-purpose_goal_none", party("""
II. QUAN ĐIỂM, MỤC TIÊU
1. Phấn đấu đến năm 2025 có 100% chi bộ tổ chức quán triệt Nghị quyết.
III. MỤC TIÊU, CHỈ TIÊU
1. 95% cán bộ, đảng viên được học tập Nghị quyết.
IV. NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
"""), ("IV.1",), (_c("IV.1", "Tổ chức quán triệt"),)),
    # a situation or funding section holds none either
    TRow("sec-situation_funding_none", party("""
II. TÌNH HÌNH THỰC HIỆN
1. Công tác tuyên truyền được các cấp ủy quan tâm.
III. NHIỆM VỤ TRỌNG TÂM
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
IV. KINH PHÍ THỰC HIỆN
1. Kinh phí thực hiện từ nguồn ngân sách huyện.
"""), ("III.1",)),
    # the task section and the section that organises it both hold tasks
    TRow("sec-tasks_and_organisation", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
III. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy chủ trì hướng dẫn, theo dõi việc thực hiện Kế hoạch.
2. Các chi, đảng bộ trực thuộc xây dựng kế hoạch thực hiện phù hợp với đơn vị.
"""), ("II.1", "III.1", "III.2"), (_c("III.1", "Ban Tuyên giáo", "Ban Tuyên giáo Huyện ủy"),
                                    _c("III.2", "Các chi, đảng bộ", "Các chi, đảng bộ trực thuộc"))),
    # blind30 c03: a Roman heading wrapped over two lines by a library's page ('III. TỔ CHỨC' / 'THỰC HIỆN')
    *(TRow(f"sec-wrapped_{key}", party(f"""
II. {first}
{second}
1. Ban Tuyên giáo Huyện ủy chủ trì hướng dẫn, theo dõi việc thực hiện Kế hoạch.
2. Các chi, đảng bộ trực thuộc xây dựng kế hoạch thực hiện phù hợp với đơn vị.
"""), ("II.1", "II.2"), (_c("II.1", "Ban Tuyên giáo", "Ban Tuyên giáo Huyện ủy"),))
      for key, first, second in [
          ("to_chuc", "TỔ CHỨC", "THỰC HIỆN"),
          ("nhiem_vu", "NHIỆM VỤ VÀ", "GIẢI PHÁP"),
          ("trien_khai", "TRIỂN KHAI", "THỰC HIỆN"),
      ]),
    # ... but a heading's second line never turns a purpose section into one that sets tasks
    TRow("sec-wrapped_purpose", party("""
II. MỤC ĐÍCH,
YÊU CẦU
1. Nâng cao nhận thức của cán bộ, đảng viên về công tác dân vận.
III. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy chủ trì hướng dẫn, theo dõi việc thực hiện Kế hoạch.
"""), ("III.1",)),
    # blind29 b06: a work section's goal point, its figures run on after the colon, is no task (nor what is under
    # it); the work points after it keep their numbers. Must not fire: a point naming goals and work, a point
    # that only uses the word ('Chỉ tiêu ... giao cho', a directive about targets).
    TRow("sec-goal_point_none", party("""
II. NỘI DUNG
1. Mục tiêu: Các cấp Hội phấn đấu vận động và trợ giúp được từ 1.500 - 2.000 lượt người có hoàn cảnh khó khăn.
2. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
"""), ("II.2",), (_c("II.2", "Tổ chức quán triệt"),)),
    TRow("sec-goal_point_named_none", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Chỉ tiêu cụ thể: 100% chi bộ tổ chức quán triệt Nghị quyết.
a) 95% cán bộ, đảng viên được học tập Nghị quyết.
2. Xây dựng chuyên mục tuyên truyền về Nghị quyết.
"""), ("II.2",)),
    TRow("sec-goal_and_work_point_kept", party("""
II. NỘI DUNG
1. Mục tiêu, nhiệm vụ: Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
2. Xây dựng chuyên mục tuyên truyền về Nghị quyết.
"""), ("II.1", "II.2")),
    TRow("sec-goal_word_in_work_kept", party("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Chỉ tiêu giao cho các chi bộ phải được rà soát, báo cáo trước ngày 30/6/2024.
2. Xây dựng chuyên mục tuyên truyền về Nghị quyết.
"""), ("II.1", "II.2")),
    # a section's unnumbered paragraphs are no tasks; only its items are
    TRow("sec-paragraph_then_items", party("""
II. NHIỆM VỤ, GIẢI PHÁP
Để thực hiện thắng lợi Nghị quyết, các cấp ủy tập trung thực hiện tốt các nhiệm vụ sau:
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
2. Xây dựng chuyên mục tuyên truyền về Nghị quyết.
"""), ("II.1", "II.2")),
    # an annual plan's assessment part: a section reporting on the work done names the tasks it reports on
    # ('KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ'), its points are results; read as tasks they also took the labels of
    # the plan's own II.1, II.2 (the second list was dropped as a duplicate)
    TRow("sec-report_part_none", state("""
PHẦN THỨ NHẤT
KẾT QUẢ NĂM 2023
I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN
Năm 2023, các phòng, ban đã triển khai Kế hoạch kịp thời.
II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ
1. Công tác tuyên truyền được đẩy mạnh, 20 hội nghị được tổ chức.
2. Công tác kiểm tra được tăng cường.
III. ĐÁNH GIÁ VIỆC THỰC HIỆN NHIỆM VỤ
1. Một số đơn vị chưa quan tâm đúng mức.
PHẦN THỨ HAI
NHIỆM VỤ NĂM 2024
I. MỤC TIÊU
1. Phấn đấu 100% hồ sơ được giải quyết trực tuyến.
II. NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, công chức.
2. Xây dựng chuyên mục tuyên truyền về chuyển đổi số.
""", purpose=""), ("II.1", "II.2"), (_c("II.1", "Tổ chức quán triệt Nghị quyết"), _c("II.2", "Xây dựng chuyên mục"))),
    # a title that goes on to the work to come sets it, results first or not
    TRow("sec-report_and_tasks_kept", party("""
II. KẾT QUẢ NĂM 2023 VÀ NHIỆM VỤ NĂM 2024
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
2. Xây dựng chuyên mục tuyên truyền về Nghị quyết.
"""), ("II.1", "II.2"), (_c("II.1", "Tổ chức quán triệt"),)),
    # a legal library's copy sets the Roman numeral alone on its line and the title on the next (the layout of
    # tests/realworld_blind29/b02_bantochuctw_hd16_2018_danhgiaxeploai_tvpl.txt); the purpose and funding
    # sections written so still hold none, and a title wrapped once more still completes
    TRow("sec-roman_alone_then_title", party("""
II.
NHIỆM VỤ VÀ GIẢI PHÁP
CHỦ YẾU
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
2. Xây dựng chuyên mục tuyên truyền về Nghị quyết.
III.
KINH PHÍ THỰC HIỆN
1. Kinh phí thực hiện do ngân sách huyện bảo đảm.
IV.
TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy hướng dẫn, theo dõi việc thực hiện Kế hoạch.
""", purpose="""I.
MỤC ĐÍCH, YÊU CẦU
1. Quán triệt sâu sắc nội dung Nghị quyết đến cán bộ, đảng viên.
2. Việc triển khai phải nghiêm túc, thiết thực, hiệu quả.
"""), ("II.1", "II.2", "IV.1"), (_c("II.2", "Xây dựng chuyên mục"), _c("IV.1", "Ban Tuyên giáo Huyện ủy hướng dẫn", "Ban Tuyên giáo Huyện ủy"))),
    # a pandoc simple table holds the foot: its column rules ('------ ------') are no text, so the row under
    # the rule still opens the recipients block and the annex list after it ('DANH SÁCH ...', 'II- Các đơn vị
    # hành chính ...') is no work (tests/realworld_blind30/c06_tw_nq60_2025_pandoc.txt)
    TRow("sec-annex_after_table_rule", f"""{_PARTY_HEAD}
{_PURPOSE}
II. NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
2. Xây dựng chuyên mục tuyên truyền về Nghị quyết.

  ----------------------------------- -----------------------------------
  Nơi nhận:                           T/M BAN THƯỜNG VỤ
  - Ban Thường vụ Tỉnh ủy (b/c),      BÍ THƯ
  - Lưu VP Huyện ủy.                  Nguyễn Văn An
  ----------------------------------- -----------------------------------

DANH SÁCH CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ SAU SẮP XẾP
(Kèm theo Kế hoạch số 45-KH/HU ngày 10/01/2024 của Ban Thường vụ Huyện ủy)

I- Các đơn vị hành chính cấp xã không thực hiện sắp xếp
1. Xã Toàn Thắng.
II- Các đơn vị hành chính cấp xã mới sau sắp xếp, hợp nhất
1. Hợp nhất xã Mai Động và xã Hiệp Cường, lấy tên là xã Mai Động.
2. Hợp nhất xã Đức Hợp và xã Hùng An, lấy tên là xã Đức Hợp.
""", ("II.1", "II.2"), (_c("II.2", "Xây dựng chuyên mục"),)),
    # the same rules framing a header table, or a stray rule row between two items (once a '-' bullet II.1.1),
    # leave the items as they are
    TRow("sec-table_rule_header_kept", """  ----------------------------------- -----------------------------------
  HUYỆN ỦY KIM ĐỘNG                   ĐẢNG CỘNG SẢN VIỆT NAM
  Số 45-KH/HU                         Kim Động, ngày 10 tháng 01 năm 2024
  ----------------------------------- -----------------------------------

KẾ HOẠCH
thực hiện Nghị quyết số 12-NQ/TU ngày 05/12/2023 của Ban Thường vụ Tỉnh ủy về công tác dân vận

Thực hiện Nghị quyết số 12-NQ/TU ngày 05/12/2023 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau:
""" + f"""{_PURPOSE}
II. NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.
----- -----
2. Xây dựng chuyên mục tuyên truyền về Nghị quyết.
{_PARTY_FOOT}""", ("II.1", "II.2"), (_c("II.1", "Tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên."),)),
]

# --- how responsibility is written ------------------------------------------------------------------------

_RESPONSIBLE: list[TRow] = [
    # the subject opens the item
    TRow("resp-subject", party("""
III. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy hướng dẫn, theo dõi việc thực hiện Kế hoạch.
2. Ủy ban Kiểm tra Huyện ủy kiểm tra, giám sát việc thực hiện Nghị quyết.
"""), ("III.1", "III.2"), (_c("III.1", "Ban Tuyên giáo", "Ban Tuyên giáo Huyện ủy"), _c("III.2", "Ủy ban Kiểm tra", "Ủy ban Kiểm tra Huyện ủy"))),
    # 'Giao X chủ trì, phối hợp với Y'
    TRow("resp-giao_chu_tri_phoi_hop", state("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Giao Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với Phòng Tài chính - Kế hoạch xây dựng nền tảng số dùng chung.
"""), ("II.1",), (_c("II.1", "Giao Phòng Văn hóa", "Phòng Văn hóa và Thông tin huyện", "Phòng Tài chính - Kế hoạch"),)),
    # 'X chủ trì, phối hợp với Y'
    TRow("resp-x_chu_tri_phoi_hop", state("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND huyện rà soát thủ tục hành chính.
"""), ("II.1",), (_c("II.1", "Phòng Nội vụ", "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện"),)),
    # 'X chịu trách nhiệm ...' (tests/realworld/s15_dongthap_ubnd_qd25_2019.txt)
    TRow("resp-chiu_trach_nhiem", state("""
II. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin huyện chịu trách nhiệm theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Chủ tịch UBND các xã, thị trấn chịu trách nhiệm triển khai Kế hoạch tại địa phương.
"""), ("II.1", "II.2"), (_c("II.1", "Phòng Văn hóa", "Phòng Văn hóa và Thông tin huyện"), _c("II.2", "Chủ tịch UBND", "Chủ tịch UBND các xã, thị trấn"))),
    # an item that opens with when it is done, then its subject (blind32 d04 'Kết thúc năm 2013, Chính phủ báo cáo
    # ...'; plans' 'Định kỳ 6 tháng, hằng năm, các cơ quan ... báo cáo', 'Trước ngày 15/12 hằng năm, UBND các xã ...')
    TRow("resp-time_opening", state("""
II. TỔ CHỨC THỰC HIỆN
1. Định kỳ 6 tháng, hằng năm, các cơ quan, đơn vị báo cáo kết quả thực hiện về Phòng Nội vụ.
2. Trước ngày 15/12 hằng năm, UBND các xã, thị trấn báo cáo kết quả thực hiện Kế hoạch về UBND huyện.
3. Trong quý I/2024, Phòng Nội vụ chủ trì, phối hợp với Phòng Tài chính - Kế hoạch tham mưu kiện toàn Tổ công tác.
"""), ("II.1", "II.2", "II.3"), (_c("II.1", "Định kỳ 6 tháng", "các cơ quan, đơn vị", kind=UNGRADED),
                                   _c("II.2", "Trước ngày 15/12", "UBND các xã, thị trấn", kind=UNGRADED),
                                   _c("II.3", "Trong quý I/2024", "Phòng Nội vụ", "Phòng Tài chính - Kế hoạch",
                                      kind=UNGRADED))),
    # a central resolution tasks the Government (blind32 d04: 'Ủy ban thường vụ Quốc hội yêu cầu Chính phủ, Thủ
    # tướng Chính phủ tập trung thực hiện ...:'; 'Kết thúc năm 2013, Chính phủ báo cáo ...'; '... giám sát việc
    # thực hiện Nghị quyết này' sets work); 'Chính phủ số' in a point is a programme, no body
    TRow("resp-government", """ỦY BAN THƯỜNG VỤ QUỐC HỘI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 494/NQ-UBTVQH13
Hà Nội, ngày 18 tháng 05 năm 2012

NGHỊ QUYẾT
Về kết quả giám sát việc thực hiện chính sách, pháp luật về người có công với cách mạng

ỦY BAN THƯỜNG VỤ QUỐC HỘI

Căn cứ Luật hoạt động giám sát của Quốc hội;

QUYẾT NGHỊ:

Điều 1.
Tán thành cơ bản nội dung Báo cáo kết quả giám sát của Đoàn giám sát.

Điều 2.
Ủy ban thường vụ Quốc hội yêu cầu Chính phủ, Thủ tướng Chính phủ tập trung thực hiện một số nhiệm vụ và giải pháp sau đây:
1. Tiếp tục điều chỉnh nâng mức trợ cấp, phụ cấp đối với người có công với cách mạng.
2. Chính phủ số được ứng dụng trong giải quyết hồ sơ người có công.

Điều 3.
1. Kết thúc năm 2013, Chính phủ báo cáo Ủy ban thường vụ Quốc hội kết quả thực hiện Nghị quyết này.
2. Hội đồng dân tộc, các Ủy ban của Quốc hội theo chức năng, nhiệm vụ, quyền hạn của mình giám sát việc thực hiện Nghị quyết này.

Điều 4.
Nghị quyết này có hiệu lực thi hành kể từ ngày ký./.

TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
CHỦ TỊCH

Nguyễn Sinh Hùng
""", ("Điều 2.1", "Điều 2.2", "Điều 3.1", "Điều 3.2"), (
        _c("Điều 2.1", "Tiếp tục điều chỉnh", "Chính phủ", "Thủ tướng Chính phủ"),
        _c("Điều 3.1", "Kết thúc năm 2013", "Chính phủ"), _c("Điều 3.2", "Hội đồng dân tộc", "Hội đồng dân tộc"))),
    # 'Đề nghị X ...'
    TRow("resp-de_nghi", party("""
III. TỔ CHỨC THỰC HIỆN
1. Đề nghị Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện tuyên truyền, vận động đoàn viên, hội viên thực hiện Nghị quyết.
"""), ("III.1",), (_c("III.1", "Đề nghị Ủy ban", "Ủy ban Mặt trận Tổ quốc"),)),
    # the colon form: 'Ban X: Chủ trì ...'
    TRow("resp-colon_form", party("""
III. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy: Chủ trì, phối hợp với Văn phòng Huyện ủy hướng dẫn, theo dõi việc thực hiện Kế hoạch.
"""), ("III.1",), (_c("III.1", "Ban Tuyên giáo", "Ban Tuyên giáo Huyện ủy", "Văn phòng Huyện ủy"),)),
    # a heading that names bodies: its bullets inherit them
    TRow("resp-heading_bodies_inherited", party("""
III. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy
- Hướng dẫn các chi, đảng bộ tổ chức học tập, quán triệt Nghị quyết.
- Theo dõi, tổng hợp tình hình thực hiện, báo cáo Ban Thường vụ Huyện ủy.
2. Văn phòng Huyện ủy
- Bảo đảm kinh phí, cơ sở vật chất cho việc triển khai Kế hoạch.
"""), ("III.1", "III.1.1", "III.1.2", "III.2", "III.2.1"), (
        _c("III.1.1", "Hướng dẫn các chi", "Ban Tuyên giáo Huyện ủy"), _c("III.1.2", "Theo dõi, tổng hợp", "Ban Tuyên giáo Huyện ủy"),
        _c("III.2.1", "Bảo đảm kinh phí", "Văn phòng Huyện ủy"))),
    # 'Giao Ban X:' heading, its bullets inherit
    TRow("resp-giao_heading_inherited", party("""
III. TỔ CHỨC THỰC HIỆN
1. Giao Ban Tuyên giáo Huyện ủy:
- Hướng dẫn các chi, đảng bộ tổ chức học tập, quán triệt Nghị quyết.
- Theo dõi, tổng hợp tình hình thực hiện, báo cáo Ban Thường vụ Huyện ủy.
"""), ("III.1", "III.1.1", "III.1.2"), (
        _c("III.1", "Giao Ban Tuyên giáo", "Ban Tuyên giáo Huyện ủy"), _c("III.1.1", "Hướng dẫn các chi", "Ban Tuyên giáo Huyện ủy"),
        _c("III.1.2", "Theo dõi, tổng hợp", "Ban Tuyên giáo Huyện ủy"))),
    # a heading of the form 'Trách nhiệm của X' / 'Nhiệm vụ của X'
    TRow("resp-trach_nhiem_cua", state("""
III. TỔ CHỨC THỰC HIỆN
1. Trách nhiệm của Phòng Văn hóa và Thông tin huyện
- Tham mưu UBND huyện triển khai các nhiệm vụ chuyển đổi số.
2. Nhiệm vụ của UBND các xã, thị trấn
- Xây dựng kế hoạch chuyển đổi số của địa phương.
"""), ("III.1", "III.1.1", "III.2", "III.2.1"), (
        _c("III.1.1", "Tham mưu UBND huyện", "Phòng Văn hóa và Thông tin huyện"), _c("III.2.1", "Xây dựng kế hoạch", "UBND các xã, thị trấn"))),
    # 'Đối với X' headings dividing work between bodies
    TRow("resp-doi_voi_headings", state("""
III. TỔ CHỨC THỰC HIỆN
1. Đối với các phòng, ban, ngành huyện
- Xây dựng kế hoạch chuyển đổi số của ngành.
2. Đối với UBND các xã, thị trấn
- Bố trí công chức phụ trách chuyển đổi số.
"""), ("III.1", "III.1.1", "III.2", "III.2.1"), (
        _c("III.1.1", "Xây dựng kế hoạch", "các phòng, ban, ngành huyện"), _c("III.2.1", "Bố trí công chức", "UBND các xã, thị trấn"))),
    # a Roman heading that is wholly a list of bodies
    TRow("resp-roman_body_heading", state("""
II. PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN
1. Tham mưu UBND huyện triển khai các nhiệm vụ chuyển đổi số.
2. Hướng dẫn các cơ quan, đơn vị sử dụng nền tảng số dùng chung.
"""), ("II.1", "II.2"), (_c("II.2", "Hướng dẫn các cơ quan", "Phòng Văn hóa và Thông tin huyện"),)),
    # a table's fields as bullets under the task: '- Cơ quan chủ trì: ...', '- Cơ quan phối hợp: ...', '- Thời gian thực hiện: ...'
    TRow("resp-field_bullets_co_quan", state("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Xây dựng nền tảng số dùng chung của huyện.
- Cơ quan chủ trì: Phòng Văn hóa và Thông tin huyện.
- Cơ quan phối hợp: Phòng Tài chính - Kế hoạch, Văn phòng HĐND và UBND huyện.
- Thời gian thực hiện: Quý II/2024.
2. Rà soát, chuẩn hóa cơ sở dữ liệu dân cư.
- Cơ quan chủ trì: Công an huyện.
- Thời gian thực hiện: Thường xuyên.
"""), ("II.1", "II.2"), (
        _c("II.1", "Xây dựng nền tảng", "Phòng Văn hóa và Thông tin huyện", "Phòng Tài chính - Kế hoạch", kind="quarter", due=date(2024, 6, 30)),
        _c("II.2", "Rà soát, chuẩn hóa", "Công an huyện", kind="recurring"))),
    # blind30 c02: the same fields lettered under each task ('a) Cơ quan chủ trì: ...', 'b) Cơ quan phối hợp: ...')
    TRow("resp-field_letters_co_quan", state("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Rà soát lại các văn bản của các cơ quan, đơn vị sau sắp xếp.
a) Cơ quan chủ trì: Sở Nội vụ;
b) Cơ quan phối hợp: Các sở, ban, ngành thành phố;
c) Thời gian thực hiện: Hoàn thành trước ngày 30/10/2025.
2. Tiếp tục triển khai thực hiện các phong trào thi đua yêu nước.
a) Cơ quan chủ trì: Sở Dân tộc và Tôn giáo;
b) Thời gian thực hiện: Thường xuyên.
"""), ("II.1", "II.2"), (
        _c("II.1", "Rà soát lại các văn bản", "Sở Nội vụ", "Các sở, ban, ngành thành phố", kind="by_date", due=date(2025, 10, 30)),
        _c("II.2", "Tiếp tục triển khai", "Sở Dân tộc và Tôn giáo", kind="recurring"))),
    # '- Chủ trì: ...; phối hợp: ...' without a noun before the role
    TRow("resp-field_bullets_bare", party("""
II. NHIỆM VỤ CỤ THỂ
1. Tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt.
- Chủ trì: Ban Tuyên giáo Huyện ủy; phối hợp: Văn phòng Huyện ủy.
- Thời gian: Quý I/2024.
2. Kiểm tra, giám sát việc thực hiện Nghị quyết.
- Chủ trì: Ủy ban Kiểm tra Huyện ủy.
- Thời gian: Hằng năm.
"""), ("II.1", "II.2"), (
        _c("II.1", "Tổ chức hội nghị", "Ban Tuyên giáo Huyện ủy", "Văn phòng Huyện ủy", kind="quarter", due=date(2024, 3, 31)),
        _c("II.2", "Kiểm tra, giám sát", "Ủy ban Kiểm tra Huyện ủy", kind="annual"))),
    # the fields on the item's own line: '...; cơ quan chủ trì: ...; cơ quan phối hợp: ...; thời gian: ...'
    TRow("resp-fields_inline", state("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Xây dựng nền tảng số dùng chung của huyện. Cơ quan chủ trì: Phòng Văn hóa và Thông tin huyện; cơ quan phối hợp: Phòng Tài chính - Kế hoạch; thời gian hoàn thành: tháng 9/2024.
"""), ("II.1",), (_c("II.1", "Xây dựng nền tảng", "Phòng Văn hóa và Thông tin huyện", "Phòng Tài chính - Kế hoạch", kind="by_date", due=date(2024, 9, 30)),)),
    # the fields as unmarked lines under the item
    TRow("resp-fields_lines", state("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Xây dựng nền tảng số dùng chung của huyện.
Cơ quan chủ trì: Phòng Văn hóa và Thông tin huyện.
Thời gian hoàn thành: Quý III/2024.
"""), ("II.1",), (_c("II.1", "Xây dựng nền tảng", "Phòng Văn hóa và Thông tin huyện", kind="quarter", due=date(2024, 9, 30)),)),
    # 'Đơn vị thực hiện: ...' (a table's column flattened)
    TRow("resp-don_vi_thuc_hien", state("""
II. NỘI DUNG THỰC HIỆN
1. Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã.
- Đơn vị thực hiện: Phòng Văn hóa và Thông tin huyện.
- Thời gian: Tháng 5/2024.
"""), ("II.1",), (_c("II.1", "Tổ chức tập huấn", "Phòng Văn hóa và Thông tin huyện", kind="by_date", due=date(2024, 5, 31)),)),
    # '- Đơn vị chủ trì: ...', '- Đơn vị phối hợp: ...'
    TRow("resp-don_vi_chu_tri", state("""
II. NỘI DUNG THỰC HIỆN
1. Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã.
- Đơn vị chủ trì: Phòng Nội vụ.
- Đơn vị phối hợp: Trung tâm Văn hóa, Thông tin và Thể thao huyện.
"""), ("II.1",), (_c("II.1", "Tổ chức tập huấn", "Phòng Nội vụ", "Trung tâm Văn hóa, Thông tin và Thể thao huyện"),)),
    # the bodies in a trailing bracket: '(Ban X chủ trì, Y phối hợp)'
    TRow("resp-bracket_lead", party("""
II. NHIỆM VỤ CỤ THỂ
1. Tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt (Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy).
"""), ("II.1",), (_c("II.1", "Tổ chức hội nghị", "Ban Tuyên giáo Huyện ủy"),)),
    # the fields in a trailing bracket: '(Cơ quan chủ trì: ...; thời gian: ...)'
    TRow("resp-bracket_fields", party("""
II. NHIỆM VỤ CỤ THỂ
1. Tổ chức hội nghị quán triệt Nghị quyết (Cơ quan chủ trì: Ban Tuyên giáo Huyện ủy; thời gian: Quý I/2024).
"""), ("II.1",), (_c("II.1", "Tổ chức hội nghị", "Ban Tuyên giáo Huyện ủy", kind="quarter", due=date(2024, 3, 31)),)),
    # a body and its verb in a trailing bracket: '(Văn phòng Huyện ủy tham mưu; thời gian: ...)'
    TRow("resp-bracket_verb", party("""
II. NHIỆM VỤ CỤ THỂ
1. Sơ kết việc thực hiện Nghị quyết (Văn phòng Huyện ủy tham mưu; thời gian: tháng 12/2025).
2. Tổng kết việc thực hiện Nghị quyết (Ban Chấp hành Đảng bộ huyện khóa XXV).
"""), ("II.1", "II.2"), (_c("II.1", "Sơ kết", "Văn phòng Huyện ủy", kind="by_date", due=date(2025, 12, 31)),)),
    # an order opening the trailing bracket (blind32 d06: '... ban hành Quy chế bảo vệ BMNN (Giao Công an tỉnh chủ trì,
    # phối hợp với Văn phòng UBND tỉnh; ...)', '(Giao Công an tỉnh tham mưu)'; 'đề nghị' asks a body outside)
    TRow("resp-bracket_order", state("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Xây dựng Quy chế bảo vệ bí mật nhà nước trên địa bàn huyện (Giao Công an huyện chủ trì, phối hợp với Văn phòng HĐND và UBND huyện tham mưu).
2. Tổ chức sơ kết việc thực hiện Kế hoạch (giao Phòng Nội vụ tham mưu).
3. Tuyên truyền trong đoàn viên, hội viên (đề nghị Ủy ban Mặt trận Tổ quốc huyện phối hợp thực hiện).
"""), ("II.1", "II.2", "II.3"), (_c("II.1", "Xây dựng Quy chế", "Công an huyện", "Văn phòng HĐND và UBND huyện"),
                                   _c("II.2", "Tổ chức sơ kết", "Phòng Nội vụ"),
                                   _c("II.3", "Tuyên truyền", "Ủy ban Mặt trận Tổ quốc huyện"))),
    # a numbered heading that is one body: its letters inherit it
    TRow("resp-inherit_from_parent_number", state("""
II. NHIỆM VỤ, GIẢI PHÁP
1. UBND các xã, thị trấn
a) Xây dựng kế hoạch chuyển đổi số của địa phương.
b) Bố trí công chức phụ trách chuyển đổi số.
"""), ("II.1", "II.1.1", "II.1.2"), (_c("II.1.1", "Xây dựng kế hoạch", "UBND các xã, thị trấn"), _c("II.1.2", "Bố trí công chức", "UBND các xã, thị trấn"))),
    # an item's own body overrides the inherited one
    TRow("resp-own_overrides_inherited", state("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Phòng Văn hóa và Thông tin huyện
- Tham mưu UBND huyện triển khai các nhiệm vụ chuyển đổi số.
- Trung tâm Văn hóa, Thông tin và Thể thao huyện mở chuyên mục về chuyển đổi số.
"""), ("II.1", "II.1.1", "II.1.2"), (_c("II.1.2", "Trung tâm Văn hóa", "Trung tâm Văn hóa, Thông tin và Thể thao huyện"),)),
    # the subject after an opening phrase: 'Căn cứ Kế hoạch này, các chi, đảng bộ ...', 'Trên cơ sở ..., UBND các xã ...'
    TRow("resp-subject_after_basis", party("""
III. TỔ CHỨC THỰC HIỆN
1. Căn cứ Kế hoạch này, các chi, đảng bộ trực thuộc Huyện ủy xây dựng kế hoạch thực hiện phù hợp.
2. Trên cơ sở Kế hoạch này, Ủy ban nhân dân huyện chỉ đạo các phòng, ban chuyên môn triển khai thực hiện.
"""), ("III.1", "III.2"), (_c("III.1", "Căn cứ Kế hoạch", "các chi, đảng bộ trực thuộc Huyện ủy"), _c("III.2", "Trên cơ sở", "Ủy ban nhân dân huyện"))),
    # blind40 e04 (844/QĐ-TTg III.1): the basis lists documents before the subject ('Trên cơ sở nội dung Chỉ thị số
    # 52-CT/TW, Kế hoạch hành động, các Bộ ... tổ chức xây dựng ...')
    TRow("resp-basis_listing_documents", party("""
III. TỔ CHỨC THỰC HIỆN
1. Trên cơ sở nội dung Nghị quyết số 12-NQ/TU, Kế hoạch này, các chi, đảng bộ trực thuộc Huyện ủy xây dựng kế hoạch thực hiện, hoàn thành trong quý I năm 2024.
2. Căn cứ Chỉ thị số 05-CT/TU, Hướng dẫn số 10-HD/BTGTU, Ủy ban nhân dân huyện chỉ đạo các phòng, ban chuyên môn triển khai thực hiện.
"""), ("III.1", "III.2"), (_c("III.1", "Trên cơ sở", "các chi, đảng bộ trực thuộc Huyện ủy", kind="quarter"), _c("III.2", "Căn cứ Chỉ thị", "Ủy ban nhân dân huyện"))),
    # 'Yêu cầu X ...' and 'Giao cho X ...'
    TRow("resp-yeu_cau_giao_cho", state("""
III. TỔ CHỨC THỰC HIỆN
1. Yêu cầu Thủ trưởng các phòng, ban, ngành huyện tổ chức triển khai thực hiện Kế hoạch.
2. Giao cho Phòng Tài chính - Kế hoạch bố trí kinh phí thực hiện Kế hoạch.
"""), ("III.1", "III.2"), (_c("III.1", "Yêu cầu Thủ trưởng", "Thủ trưởng các phòng, ban, ngành huyện"), _c("III.2", "Giao cho Phòng", "Phòng Tài chính - Kế hoạch"))),
    # a standing office: 'X là cơ quan thường trực, ...'
    TRow("resp-standing_office", state("""
III. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin huyện là cơ quan thường trực, tham mưu UBND huyện theo dõi, đôn đốc việc thực hiện Kế hoạch.
"""), ("III.1",), (_c("III.1", "Phòng Văn hóa", "Phòng Văn hóa và Thông tin huyện"),)),
    # officials, standing committees, Party delegations and the forces as subjects
    TRow("resp-officials_party_forces", party("""
III. TỔ CHỨC THỰC HIỆN
1. Thường trực Huyện ủy chỉ đạo tổ chức thực hiện Kế hoạch.
2. Đảng đoàn HĐND huyện, Ban cán sự đảng UBND huyện lãnh đạo thể chế hóa Nghị quyết.
3. Công an huyện, Ban Chỉ huy Quân sự huyện bảo đảm an ninh trật tự.
4. Bí thư các chi, đảng bộ cơ sở chịu trách nhiệm trước Ban Thường vụ Huyện ủy về kết quả thực hiện.
"""), ("III.1", "III.2", "III.3", "III.4"), (
        _c("III.1", "Thường trực", "Thường trực Huyện ủy"), _c("III.2", "Đảng đoàn", "Đảng đoàn HĐND huyện", "Ban cán sự đảng UBND huyện"),
        _c("III.3", "Công an huyện", "Công an huyện", "Ban Chỉ huy Quân sự huyện"), _c("III.4", "Bí thư", "Bí thư các chi, đảng bộ cơ sở"))),
    # 'và' inside a name ('Phòng Giáo dục và Đào tạo') never splits it
    TRow("resp-name_with_va", state("""
III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường học tổ chức tuyên truyền cho học sinh.
"""), ("III.1",), (_c("III.1", "Phòng Giáo dục", "Phòng Giáo dục và Đào tạo huyện"),)),
    # a list of bodies joined by 'và', the front and the mass organisations
    TRow("resp-front_and_unions", party("""
III. TỔ CHỨC THỰC HIỆN
1. Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện tuyên truyền, vận động đoàn viên, hội viên thực hiện Nghị quyết.
"""), ("III.1",), (_c("III.1", "Ủy ban Mặt trận", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "các đoàn thể chính trị - xã hội huyện"),)),
    # bullets of the colon form under a heading: '- Ban Tổ chức Huyện ủy: chủ trì ...'
    TRow("resp-colon_bullets", party("""
III. TỔ CHỨC THỰC HIỆN
1. Phân công thực hiện
- Ban Tổ chức Huyện ủy: chủ trì tham mưu kiện toàn tổ chức bộ máy.
- Ủy ban Kiểm tra Huyện ủy: kiểm tra, giám sát việc thực hiện Nghị quyết.
"""), ("III.1", "III.1.1", "III.1.2"), (_c("III.1.1", "Ban Tổ chức", "Ban Tổ chức Huyện ủy"), _c("III.1.2", "Ủy ban Kiểm tra", "Ủy ban Kiểm tra Huyện ủy"))),
    # the fields before the time, the time first, a product field among them
    TRow("resp-field_bullets_time_first", state("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Xây dựng Đề án chuyển đổi số của huyện giai đoạn 2024 - 2025.
- Thời gian hoàn thành: Quý III/2024.
- Sản phẩm: Đề án được UBND huyện phê duyệt.
- Cơ quan chủ trì: Phòng Văn hóa và Thông tin huyện.
2. Tổ chức tập huấn kỹ năng số cho cán bộ, công chức.
"""), ("II.1", "II.2"), (_c("II.1", "Xây dựng Đề án", "Phòng Văn hóa và Thông tin huyện", kind="quarter", due=date(2024, 9, 30)),
                          _c("II.2", "Tổ chức tập huấn"))),
    # a lone '- Thời gian: ...' bullet under a task dates it
    TRow("due-lone_time_bullet", party("""
II. NHIỆM VỤ CỤ THỂ
1. Tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt.
- Thời gian: Quý I/2024.
2. Xây dựng chuyên mục tuyên truyền về Nghị quyết.
- Thời gian thực hiện: Thường xuyên.
"""), ("II.1", "II.2"), (_c("II.1", "Tổ chức hội nghị", kind="quarter", due=date(2024, 3, 31)), _c("II.2", "Xây dựng chuyên mục", kind="recurring"))),
    # an event's time and place bullets are no tasks but keep their ordinals; the work after them is a task
    TRow("sec-event_details_bullets", party("""
II. NỘI DUNG THỰC HIỆN
1. Tổ chức Lễ mít tinh kỷ niệm 94 năm Ngày thành lập Đảng
- Thời gian: 7 giờ 30 ngày 03/02/2024.
- Địa điểm: Hội trường Huyện ủy.
- Văn phòng Huyện ủy chuẩn bị hội trường, khánh tiết.
"""), ("II.1", "II.1.3"), (_c("II.1", "Tổ chức Lễ mít tinh", kind=UNGRADED), _c("II.1.3", "Văn phòng Huyện ủy", "Văn phòng Huyện ủy"))),
    # a task table's whole row as bullets: what, who, by when, with what money
    TRow("resp-field_bullets_whole_row", state("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Phát triển hạ tầng số
- Nội dung: Phủ sóng 4G đến 100% thôn, tổ dân phố.
- Cơ quan chủ trì: Phòng Văn hóa và Thông tin huyện.
- Cơ quan phối hợp: UBND các xã, thị trấn.
- Thời gian thực hiện: Năm 2024.
- Kinh phí: Nguồn xã hội hóa.
2. Phát triển chính quyền số
"""), ("II.1", "II.2"), (_c("II.1", "Phát triển hạ tầng số", "Phòng Văn hóa và Thông tin huyện", "UBND các xã, thị trấn", kind="by_date", due=date(2024, 12, 31)),
                          _c("II.2", "Phát triển chính quyền số"))),
    # a collective 'Đơn vị thực hiện: UBND các xã, thị trấn'
    TRow("resp-don_vi_thuc_hien_collective", state("""
II. NỘI DUNG THỰC HIỆN
1. Rà soát, cập nhật dữ liệu hộ nghèo trên phần mềm quản lý.
- Đơn vị thực hiện: UBND các xã, thị trấn.
- Thời gian: Hằng quý.
"""), ("II.1",), (_c("II.1", "Rà soát, cập nhật", "UBND các xã, thị trấn", kind="recurring"),)),
    # 'Các chi, đảng bộ ... căn cứ Kế hoạch ...' and 'Văn phòng Huyện ủy tham mưu ...'
    TRow("resp-collective_subject", party("""
III. TỔ CHỨC THỰC HIỆN
1. Các chi, đảng bộ trực thuộc Huyện ủy căn cứ Kế hoạch này xây dựng kế hoạch thực hiện phù hợp.
2. Văn phòng Huyện ủy tham mưu Ban Thường vụ Huyện ủy sơ kết việc thực hiện Kế hoạch.
"""), ("III.1", "III.2"), (_c("III.1", "Các chi, đảng bộ", "Các chi, đảng bộ trực thuộc Huyện ủy"), _c("III.2", "Văn phòng Huyện ủy", "Văn phòng Huyện ủy"))),
    # a body named per unit by 'các' and lower-case kinds, the list running on with units (a province's
    # decision on a women's advancement plan: 'Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, huyện, thị xã căn
    # cứ Kế hoạch ...'): one body, not the board and a bare 'huyện, thị xã'
    TRow("resp-named_body_over_kinds_then_units", _PROVINCE_DECISION.format(body="""Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động vì sự tiến bộ phụ nữ tỉnh giai đoạn 2024 - 2025.
Điều 2. Các cơ quan, đơn vị sau đây chịu trách nhiệm tổ chức thực hiện Kế hoạch:
1. Sở Lao động - Thương binh và Xã hội tham mưu UBND tỉnh chỉ đạo triển khai Kế hoạch.
2. Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, huyện, thị xã căn cứ Kế hoạch xây dựng kế hoạch của ngành, địa phương.
"""), ("Điều 2.1", "Điều 2.2"), (
        _c("Điều 2.1", "Sở Lao động", "Sở Lao động - Thương binh và Xã hội"),
        _c("Điều 2.2", "Ban vì sự tiến bộ phụ nữ", "Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, huyện, thị xã"))),
    # its district sibling: a bare 'xã' continues the kinds' list the board's name spans
    TRow("resp-named_body_over_kinds_then_communes", state("""
III. TỔ CHỨC THỰC HIỆN
1. Ban vì sự tiến bộ phụ nữ các phòng, ban, ngành, xã, thị trấn căn cứ Kế hoạch xây dựng kế hoạch của ngành, địa phương.
"""), ("III.1",), (_c("III.1", "Ban vì sự tiến bộ phụ nữ", "Ban vì sự tiến bộ phụ nữ các phòng, ban, ngành, xã, thị trấn"),)),
    # kinds of Party committee sharing the last one's 'ủy' (a 2025 Central Organisation Commission guidance on
    # merging provinces: '- Tỉnh, thành ủy nơi được xác định là trung tâm chính trị - hành chính ... chủ trì,
    # phối hợp chặt chẽ với các tỉnh ủy, thành ủy ...'): one body, named with the place clause after 'nơi'
    TRow("resp-elided_committees_place_lead", party("""
III. TỔ CHỨC THỰC HIỆN
1. Đối với việc thành lập đảng bộ tỉnh sau hợp nhất
- Tỉnh, thành ủy nơi được xác định là trung tâm chính trị - hành chính của đơn vị hành chính cấp tỉnh sau hợp nhất chủ trì, phối hợp chặt chẽ với các tỉnh ủy, thành ủy xây dựng Đề án thành lập đảng bộ tỉnh, gửi về Ban Tổ chức Trung ương trước ngày 15/6/2025.
"""), ("III.1", "III.1.1"), (_c("III.1.1", "Tỉnh, thành ủy nơi", "Tỉnh, thành ủy nơi được xác định là trung tâm chính trị - hành chính", "các tỉnh ủy, thành ủy", kind="by_date", due=date(2025, 6, 15)),)),
    # its siblings: the kinds with no 'Các' before them, and a district's wards' list
    TRow("resp-elided_committees_bare", party("""
III. TỔ CHỨC THỰC HIỆN
1. Huyện, thị, thành ủy xây dựng kế hoạch thực hiện, hoàn thành trước ngày 30/6/2024.
2. Quận, huyện ủy chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc quận, huyện tổ chức quán triệt đến cán bộ, đảng viên.
"""), ("III.1", "III.2"), (_c("III.1", "Huyện, thị, thành ủy", "Huyện, thị, thành ủy", kind="by_date", due=date(2024, 6, 30)),
                          _c("III.2", "Quận, huyện ủy", "Quận, huyện ủy", "Ủy ban Mặt trận Tổ quốc quận, huyện"))),
    TRow("resp-elided_committees_with_cac", party("""
III. TỔ CHỨC THỰC HIỆN
1. Các huyện, thị, thành ủy, đảng ủy trực thuộc Tỉnh ủy: tổ chức quán triệt Chỉ thị đến cán bộ, đảng viên.
"""), ("III.1",), (_c("III.1", "Các huyện, thị, thành ủy", "Các huyện, thị, thành ủy, đảng ủy trực thuộc Tỉnh ủy"),)),
    # the place clause in a state plan ('UBND tỉnh nơi được chọn là trung tâm hành chính chủ trì ...')
    TRow("resp-place_clause_state", state("""
III. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân xã nơi được chọn là trung tâm hành chính chủ trì, phối hợp với Ủy ban nhân dân các xã liên quan xây dựng Đề án.
2. Ủy ban nhân dân xã nơi có dự án phối hợp với Phòng Tài nguyên và Môi trường thực hiện bồi thường.
"""), ("III.1", "III.2"), (_c("III.1", "Ủy ban nhân dân xã nơi", "Ủy ban nhân dân xã nơi được chọn là trung tâm hành chính", "Ủy ban nhân dân các xã"),
                          _c("III.2", "Ủy ban nhân dân xã nơi", "Ủy ban nhân dân xã nơi có dự án"))),
    # a place clause with no duty after it: its own verb ('được giao') ends the name at 'nơi' (KNOWN)
    TRow("resp-place_clause_no_duty", state("""
III. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân các xã nơi có dự án được giao tổ chức tuyên truyền, vận động Nhân dân.
"""), ("III.1",), (_c("III.1", "Ủy ban nhân dân các xã", "Ủy ban nhân dân các xã nơi có dự án"),)),
    # a hard-wrapped copy breaking 'Sở Lao động - Thương binh và Xã hội' before its dash, on a short line (a
    # library copy of Bình Định's 1528/QĐ-UBND: 'Điều 3.' / 'Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao
    # động' / '- Thương binh và Xã hội, Nội vụ, ...'): the name goes on, no bullet opens a task
    TRow("resp-labour_name_wrapped_task", state("""
III. TỔ CHỨC THỰC HIỆN
1. Giao Sở Lao động
- Thương binh và Xã hội chủ trì, phối hợp với các sở, ngành liên quan triển khai Kế hoạch.
2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.
"""), ("III.1", "III.2"), (_c("III.1", "Giao Sở Lao động - Thương binh", "Sở Lao động - Thương binh và Xã hội", "các sở, ngành liên quan"),
                          _c("III.2", "Sở Tài chính", "Sở Tài chính"))),
    TRow("resp-labour_name_wrapped_article", _PROVINCE_DECISION.format(body="""Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình phát triển công tác xã hội năm 2024.
Điều 2. Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện Kế hoạch.
Điều 3.
Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao động
- Thương binh và Xã hội, Nội vụ, Tài chính; Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này./.
"""), ("Điều 2", "Điều 3"), (_c("Điều 2", "Giao Sở Nội vụ", "Sở Nội vụ"),
                              _c("Điều 3", "Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao động - Thương binh", "Chánh Văn phòng UBND tỉnh", "Chủ tịch UBND các huyện"))),
    # its guard: a real bullet under a heading ending 'kinh tế' ('- Xã hội hóa ...') stays a bullet
    TRow("resp-dash_after_kinh_te_is_bullet", state("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Phát triển kinh tế
- Xã hội hóa các nguồn lực đầu tư cho giáo dục.
- Thu hút doanh nghiệp đầu tư vào nông nghiệp.
"""), ("II.1", "II.1.1", "II.1.2"), (_c("II.1.1", "Xã hội hóa"),)),
    # colonlist: the office and kind named once, the units after a colon (the executing articles of realworld
    # s15, blind3 b20, blind32 d02 and d05, unseen m03; Đồng Tháp's 25/QĐ-UBND lists eight departments): each
    # unit is a body, the names holding 'và', '-' or a comma whole
    TRow("resp-colon_list_of_departments_article", _PROVINCE_DECISION.format(body="""Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển du lịch nông thôn năm 2024.
Điều 2. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện Kế hoạch.
Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Nông nghiệp và Phát triển nông thôn, Kế hoạch và Đầu tư, Văn hóa, Thể thao và Du lịch, Lao động - Thương binh và Xã hội; Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này./.
"""), ("Điều 2", "Điều 3"), (_c("Điều 2", "Giao Sở Văn hóa", "Sở Văn hóa, Thể thao và Du lịch"),
                              _c("Điều 3", "Chánh Văn phòng UBND tỉnh; Giám đốc các Sở:", "Chánh Văn phòng UBND tỉnh",
                                 "Sở Nông nghiệp và Phát triển nông thôn", "Sở Kế hoạch và Đầu tư",
                                 "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội",
                                 "Chủ tịch UBND các huyện, thị xã, thành phố"))),
    # a plan's closing section: departments after their colon, then districts by name, whose list names the
    # collective of their committees (unseen m34's label reads 'Ủy ban nhân dân các tỉnh: Thanh Hóa, ...' so)
    TRow("resp-colon_lists_in_section", state("""
III. TỔ CHỨC THỰC HIỆN
1. Các Sở: Tài chính, Xây dựng; UBND các huyện: Tân Phú, Định Quán và Vĩnh Cửu triển khai thực hiện Kế hoạch.
2. Sở Y tế chủ trì, phối hợp với các sở: Giáo dục và Đào tạo, Nội vụ hướng dẫn các đơn vị.
"""), ("III.1", "III.2"), (_c("III.1", "Các Sở: Tài chính", "Sở Tài chính", "Sở Xây dựng", "UBND các huyện"),
                          _c("III.2", "Sở Y tế", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Nội vụ"))),
    # a Party plan's boards sharing the committee that ends the list
    TRow("resp-colon_list_of_party_boards", party("""
III. TỔ CHỨC THỰC HIỆN
1. Các Ban: Tuyên giáo, Dân vận Huyện ủy phối hợp tuyên truyền, phổ biến Kế hoạch.
2. Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Kế hoạch.
"""), ("III.1", "III.2"), (_c("III.1", "Các Ban: Tuyên giáo", "Ban Tuyên giáo Huyện ủy", "Ban Dân vận Huyện ủy"),
                          _c("III.2", "Văn phòng Huyện ủy", "Văn phòng Huyện ủy"))),
    # its guard: a duty after the colon is no list ('Các sở, ngành: Chủ trì, ...')
    TRow("resp-colon_then_duty_is_no_list", state("""
III. TỔ CHỨC THỰC HIỆN
1. Các sở, ngành: Chủ trì, phối hợp với UBND các xã triển khai Kế hoạch.
"""), ("III.1",), (_c("III.1", "Các sở, ngành: Chủ trì", "Các sở, ngành", "UBND các xã"),)),
    # a board named for a quoted campaign (Càng Long's plan for the 'Toàn dân đoàn kết xây dựng đời sống văn hóa'
    # movement): the campaign's own verbs stay in the name, and 'tổ chức Hội thi' is the next body's predicate
    TRow("resp-quoted_campaign_board", state("""
III. TỔ CHỨC THỰC HIỆN
1. Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” các xã, thị trấn xây dựng kế hoạch thực hiện phù hợp với địa phương.
2. Phòng Văn hóa và Thông tin tổ chức Hội thi “Tìm hiểu pháp luật” cho đoàn viên, thanh niên trong quý III/2024.
"""), ("III.1", "III.2"), (_c("III.1", "Ban Chỉ đạo phong trào", "Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” các xã, thị trấn"),
                          _c("III.2", "Phòng Văn hóa", "Phòng Văn hóa và Thông tin", kind="quarter", due=date(2024, 9, 30)))),
    # a commune's digital-transformation plan: the support body ends at the task's verb, one no vocabulary had
    # ('phối hợp với Công an xã | số hóa sổ hộ tịch'), and so does a subject ('Ban Quản lý dự án huyện | giải ngân')
    TRow("resp-work_verbs_end_names", state("""
III. TỔ CHỨC THỰC HIỆN
1. Công chức Tư pháp - Hộ tịch chủ trì, phối hợp với Công an xã số hóa sổ hộ tịch, hoàn thành trước ngày 30 tháng 9 năm 2024.
2. Ban Quản lý dự án huyện giải ngân vốn đầu tư công đúng tiến độ.
3. Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Kho bạc Nhà nước huyện phân bổ kinh phí thực hiện.
"""), ("III.1", "III.2", "III.3"), (
        _c("III.1", "Công chức Tư pháp", "Công chức Tư pháp - Hộ tịch", "Công an xã", kind="by_date", due=date(2024, 9, 30)),
        _c("III.2", "Ban Quản lý dự án", "Ban Quản lý dự án huyện"),
        _c("III.3", "Phòng Tài chính", "Phòng Tài chính - Kế hoạch", "Kho bạc Nhà nước huyện"))),
    # a schedule of dated steps (blind54 e04, Phú Thọ's commune merger): each step opens with its actor, and a step
    # that passes papers on ('chuyển đến UBND cấp xã ...') ends the actor's name at that verb
    TRow("resp-passing_papers_ends_names", state("""
III. TỔ CHỨC THỰC HIỆN
1. UBND cấp huyện chuyển đến UBND cấp xã bản tóm tắt Đề án, phiếu lấy ý kiến cử tri: Thời gian chậm nhất ngày 22/7/2024.
2. Văn phòng HĐND và UBND huyện chuyển về Phòng Nội vụ hồ sơ đề nghị khen thưởng trước ngày 15/12/2024.
"""), ("III.1", "III.2"), (_c("III.1", "UBND cấp huyện chuyển đến", "UBND cấp huyện", kind="by_date", due=date(2024, 7, 22)),
                          _c("III.2", "Văn phòng HĐND", "Văn phòng HĐND và UBND huyện", kind="by_date", due=date(2024, 12, 15)))),
    # the same in a plan's section: a steering board per sector and district ('Ban Chỉ đạo các sở, ngành,
    # huyện, thành phố chủ động ...') stays one body
    TRow("resp-board_over_kinds_then_units", state("""
III. TỔ CHỨC THỰC HIỆN
1. Ban Chỉ đạo các sở, ngành, huyện, thành phố chủ động xây dựng kế hoạch kiểm tra.
2. Văn phòng HĐND và UBND huyện tổng hợp kết quả, báo cáo UBND huyện.
"""), ("III.1", "III.2"), (_c("III.1", "Ban Chỉ đạo", "Ban Chỉ đạo các sở, ngành, huyện, thành phố"),
                          _c("III.2", "Văn phòng HĐND", "Văn phòng HĐND và UBND huyện"))),
    # a body per unit ('UBND các xã, thị trấn') is already whole: a lower-case body after it is a body of its own
    TRow("resp-units_then_lower_body", state("""
III. TỔ CHỨC THỰC HIỆN
1. UBND các xã, thị trấn, công chức văn hóa - xã hội xã căn cứ Kế hoạch tổ chức thực hiện.
"""), ("III.1",), (_c("III.1", "UBND các xã", "UBND các xã, thị trấn", "công chức văn hóa - xã hội xã"),)),
    # an item that opens with when, then its subject ('Kết thúc năm 2013, Chính phủ báo cáo ...', blind32 d04)
    TRow("resp-subject_after_when", party("""
III. TỔ CHỨC THỰC HIỆN
1. Trước ngày 30/6/2024, các chi, đảng bộ trực thuộc báo cáo kết quả thực hiện về Ban Thường vụ Huyện ủy.
2. Định kỳ 6 tháng, Văn phòng Huyện ủy tổng hợp, báo cáo Ban Thường vụ Huyện ủy.
"""), ("III.1", "III.2"), (_c("III.1", "Trước ngày 30/6/2024", "các chi, đảng bộ trực thuộc", kind="by_date"),
                          _c("III.2", "Định kỳ 6 tháng", "Văn phòng Huyện ủy", kind="recurring"))),
    # sweepT2: a council's resolution on its question session (Hà Giang's provincial council, 2017: 'Điều 2. ...
    # Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo thực hiện một số công việc sau:' / '1. Về
    # lĩnh vực ...' / '- Chỉ đạo Sở Tài nguyên và Môi trường: Thường xuyên kiểm tra ...' / '- Chỉ đạo Ban Dân tộc tỉnh
    # phối hợp với UBND huyện Hoàng Su Phì rà soát ...'): the directed body does the point, the one asked to direct
    # it keeps it
    TRow("resp-directs_opening_council", _DECISION.replace("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:").format(body="""Điều 1. Hội đồng nhân dân huyện đánh giá cao tinh thần trách nhiệm của các đại biểu.
Điều 2. Hội đồng nhân dân huyện đề nghị Ủy ban nhân dân huyện quan tâm chỉ đạo thực hiện một số công việc sau:
1. Về lĩnh vực tài nguyên và môi trường:
- Chỉ đạo Phòng Tài nguyên và Môi trường: Thường xuyên kiểm tra, đôn đốc các xã lập kế hoạch sử dụng đất, hoàn thành trong quý IV năm 2024.
- Chỉ đạo Ban Quản lý dự án huyện phối hợp với UBND xã Toàn Thắng rà soát kinh phí còn thiếu, xong trước ngày 30/8/2024.
2. Về lĩnh vực an ninh: Chỉ đạo Công an huyện ngay sau khi kết thúc thanh tra, báo cáo kết quả tại kỳ họp.
Điều 3. Nghị quyết này có hiệu lực kể từ ngày thông qua./.
"""), ("Điều 2.1", "Điều 2.1.1", "Điều 2.1.2", "Điều 2.2"), (
        _c("Điều 2.1.1", "Chỉ đạo Phòng Tài nguyên", "Phòng Tài nguyên và Môi trường", "Ủy ban nhân dân huyện",
           kind="quarter", due=date(2024, 12, 31)),
        _c("Điều 2.1.2", "Chỉ đạo Ban Quản lý", "Ban Quản lý dự án huyện", "Ủy ban nhân dân huyện", kind="by_date",
           due=date(2024, 8, 30)),
        _c("Điều 2.2", "Về lĩnh vực an ninh", "Công an huyện", kind="conditional"))),
    # its siblings in a Party plan: a body's heading, then points that open on 'Lãnh đạo, chỉ đạo' / 'Chỉ đạo' the
    # bodies it directs (seed 004 'Chỉ đạo các sở, ngành, địa phương, đơn vị xây dựng chương trình ...', blind40 e05
    # 'Chỉ đạo Ủy ban nhân dân cấp xã xây dựng Đề án ...'); the heading's body stays on each point
    TRow("resp-directs_opening_party", party("""
III. TỔ CHỨC THỰC HIỆN
1. Ban cán sự đảng Ủy ban nhân dân huyện
- Lãnh đạo, chỉ đạo các phòng, ban chuyên môn xây dựng kế hoạch thực hiện.
- Chỉ đạo Ủy ban nhân dân các cấp phát động phong trào thi đua.
- Chỉ đạo thực hiện tốt công tác tuyên truyền.
"""), ("III.1", "III.1.1", "III.1.2", "III.1.3"), (
        _c("III.1.1", "Lãnh đạo, chỉ đạo", "Ban cán sự đảng Ủy ban nhân dân huyện", "các phòng, ban chuyên môn"),
        _c("III.1.2", "Chỉ đạo Ủy ban", "Ban cán sự đảng Ủy ban nhân dân huyện", "Ủy ban nhân dân các cấp"),
        _c("III.1.3", "Chỉ đạo thực hiện", "Ban cán sự đảng Ủy ban nhân dân huyện"))),
    # the same resolution (Hà Giang 2017, Điều 2.3.b): under '- Chỉ đạo Sở Nông nghiệp và PTNT:' a point opens on the
    # order the department gives ('+ Yêu cầu đơn vị thi công tiến hành ngay việc tu sửa ...'); the department still
    # answers for it
    TRow("resp-directs_then_orders", _DECISION.replace("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:").format(body="""Điều 1. Hội đồng nhân dân huyện đánh giá cao tinh thần trách nhiệm của các đại biểu.
Điều 2. Hội đồng nhân dân huyện đề nghị Ủy ban nhân dân huyện quan tâm chỉ đạo thực hiện một số công việc sau:
1. Về đầu tư xây dựng các công trình:
- Chỉ đạo Phòng Nông nghiệp và Phát triển nông thôn:
+ Thực hiện việc nghiệm thu, bàn giao công trình kè sông đưa vào sử dụng trong tháng 7/2024.
+ Yêu cầu đơn vị thi công tiến hành ngay việc tu sửa công trình thủy lợi, hoàn thành trong quý IV năm 2024.
Điều 3. Nghị quyết này có hiệu lực kể từ ngày thông qua./.
"""), ("Điều 2.1", "Điều 2.1.1", "Điều 2.1.1.1", "Điều 2.1.1.2"), (
        _c("Điều 2.1.1.1", "Thực hiện việc nghiệm thu", "Phòng Nông nghiệp và Phát triển nông thôn", kind="by_date",
           due=date(2024, 7, 31)),
        _c("Điều 2.1.1.2", "Yêu cầu đơn vị thi công", "Phòng Nông nghiệp và Phát triển nông thôn",
           "đơn vị thi công", kind="quarter", due=date(2024, 12, 31)))),
]

# --- how deadlines are written ----------------------------------------------------------------------------


def _deadline(text: str) -> str:
    """One task with the deadline phrase `text` (its own sentence or bracket)."""
    return party(f"""
II. NHIỆM VỤ CỤ THỂ
1. Ban Tuyên giáo Huyện ủy tổ chức hội nghị quán triệt Nghị quyết {text}
""")


_DEADLINES: list[TRow] = [
    TRow(f"due-{key}", _deadline(phrase), ("II.1",), (_c("II.1", "Ban Tuyên giáo", "Ban Tuyên giáo Huyện ủy", kind=kind, due=due),))
    for key, phrase, kind, due in [
        ("quarter_bracket", "(hoàn thành trong quý I/2024).", "quarter", date(2024, 3, 31)),
        ("quarter_words", "(quý II năm 2024).", "quarter", date(2024, 6, 30)),
        ("quarter_field", "cho cán bộ chủ chốt. Thời gian: Quý IV/2024.", "quarter", date(2024, 12, 31)),
        ("quarter_arabic", "(Quý 3/2024).", "quarter", date(2024, 9, 30)),
        ("before_day_slash", ", hoàn thành trước ngày 30/6/2024.", "by_date", date(2024, 6, 30)),
        ("before_day_words", ", hoàn thành trước ngày 15 tháng 3 năm 2024.", "by_date", date(2024, 3, 15)),
        ("by_day_bracket", "(trước ngày 31/3/2024).", "by_date", date(2024, 3, 31)),
        ("day_no_year", ", xong trước ngày 30/4.", "by_date", date(2024, 4, 30)),
        ("field_completion_date", "cho cán bộ chủ chốt. Thời gian hoàn thành: 30/9/2024.", "by_date", date(2024, 9, 30)),
        ("within_year", ", hoàn thành trong năm 2025.", "by_date", date(2025, 12, 31)),
        ("year_bracket", "(năm 2024).", "by_date", date(2024, 12, 31)),
        ("month_bracket", "(tháng 4/2024).", "by_date", date(2024, 4, 30)),
        ("month_field", "cho cán bộ chủ chốt. Thời gian thực hiện: Trong tháng 02/2024.", "by_date", date(2024, 2, 29)),
        ("month_words", ", hoàn thành trong tháng 5 năm 2024.", "by_date", date(2024, 5, 31)),
        ("first_half", ", hoàn thành trong 6 tháng đầu năm 2024.", "by_date", date(2024, 6, 30)),
        ("first_half_bracket", "(6 tháng đầu năm 2024).", "by_date", date(2024, 6, 30)),
        ("second_half_bracket", "(6 tháng cuối năm 2024).", "by_date", date(2024, 12, 31)),
        ("regular_bracket", "(thực hiện thường xuyên).", "recurring", None),
        ("regular_field", "cho cán bộ chủ chốt. Thời gian thực hiện: Thường xuyên.", "recurring", None),
        ("regular_bare_bracket", "(Thường xuyên).", "recurring", None),
        ("regular_tail", "cho cán bộ chủ chốt, thực hiện thường xuyên.", "recurring", None),
        ("quarterly", "(định kỳ hằng quý).", "recurring", None),
        ("quarterly_bare", "(hằng quý).", "recurring", None),
        ("monthly", "(hằng tháng).", "recurring", None),
        ("annual_bracket", "(hằng năm).", "annual", None),
        ("annual_hang", "(Hàng năm).", "annual", None),
        ("annual_periodic", ", định kỳ hằng năm báo cáo kết quả.", "annual", None),
        ("annual_field", "cho cán bộ chủ chốt. Thời gian: Hằng năm.", "annual", None),
        ("annual_month", "(tháng 12 hằng năm).", "annual", None),
        ("annual_before_day", "(trước ngày 15/12 hằng năm).", "annual", None),
        ("annual_day_running", ", báo cáo kết quả trước ngày 15/12 hằng năm.", "annual", None),
        ("annual_month_running", ", báo cáo kết quả vào tháng 12 hằng năm.", "annual", None),
        # sweepT3: the day and month in words before the period (Kon Tum's 435/QĐ-UBND programme III.2: '... gửi Bộ
        # Lao động - Thương binh và Xã hội, Ủy ban nhân dân tỉnh trước ngày 30 tháng 11 hằng năm')
        ("annual_day_words_running", ", báo cáo kết quả trước ngày 30 tháng 11 hằng năm.", "annual", None),
        ("annual_day_words_latest", ", báo cáo kết quả chậm nhất ngày 15 tháng 12 hàng năm.", "annual", None),
        ("annual_day_words_bracket", "(trước ngày 20 tháng 12 mỗi năm).", "annual", None),
        ("day_words_with_year", ", báo cáo kết quả trước ngày 30 tháng 11 năm 2024.", "by_date", date(2024, 11, 30)),
        # sweepT3: a period and reports when asked besides ('định kỳ hàng năm (trước ngày 15/11 và đột xuất (khi có
        # yêu cầu) báo cáo ...', Kon Tum's programme III.1): the period is the deadline; the request alone is one
        ("periodic_and_ad_hoc", ", định kỳ 6 tháng, hằng năm và đột xuất (khi có yêu cầu) báo cáo kết quả.", "recurring", None),
        ("annual_day_and_ad_hoc", ", định kỳ hằng năm (trước ngày 15/11) và đột xuất (khi có yêu cầu) báo cáo kết quả.", "annual", None),
        ("quarterly_or_ad_hoc", ", báo cáo kết quả định kỳ hằng quý hoặc đột xuất khi có yêu cầu.", "recurring", None),
        ("ad_hoc_alone", ", báo cáo kết quả đột xuất khi có yêu cầu.", "conditional", None),
        ("conditional_request", "(khi có yêu cầu).", "conditional", None),
        ("conditional_direction", "khi có chỉ đạo của Ban Thường vụ Tỉnh ủy.", "conditional", None),
        ("quarter_within", "trong quý I năm 2024.", "quarter", date(2024, 3, 31)),
        ("quarter_end", "(cuối quý II/2024).", "quarter", date(2024, 6, 30)),
        ("latest_day", ", chậm nhất ngày 31/10/2024.", "by_date", date(2024, 10, 31)),
        ("before_no_ngay", "(hoàn thành trước 30/11/2024).", "by_date", date(2024, 11, 30)),
        ("done_before_bracket", "(hoàn thành xong trước ngày 15/01/2025).", "by_date", date(2025, 1, 15)),
        ("month_only_field", "cho cán bộ chủ chốt. Thời gian: Tháng 01/2024.", "by_date", date(2024, 1, 31)),
        ("year_field", "cho cán bộ chủ chốt. Thời gian: Năm 2024.", "by_date", date(2024, 12, 31)),
        ("until_year_end_bracket", "(từ nay đến hết năm 2024).", "by_date", date(2024, 12, 31)),
        ("month_range_bracket", "(từ tháng 3 đến tháng 6/2024).", "by_date", date(2024, 6, 30)),
        ("monthly_field", "cho cán bộ chủ chốt. Thời gian: Hằng tháng.", "recurring", None),
        ("six_monthly", ", định kỳ 6 tháng báo cáo kết quả.", "recurring", None),
        ("annual_two_months", "(tháng 6 và tháng 12 hằng năm).", "annual", None),
        ("conditional_superior", "(khi có yêu cầu của cấp trên).", "conditional", None),
        ("conditional_guidance", "khi có văn bản hướng dẫn của Trung ương.", "conditional", None),
        ("planned_month_bracket", "(dự kiến tháng 4/2024).", "by_date", date(2024, 4, 30)),
        ("in_year_tail", "và tổ chức sơ kết vào năm 2028.", "by_date", date(2028, 12, 31)),
        # tasktable: several quarters end with the last; a month range with the last month; a day of every
        # quarter recurs (no one due date); an event that sets the time is a condition, not a date
        ("quarters_listed", "(Quý I, II/2024).", "quarter", date(2024, 6, 30)),
        ("quarters_dash", "(quý III - IV/2024).", "quarter", date(2024, 12, 31)),
        ("month_span_bracket", "(Tháng 3 - 4/2024).", "by_date", date(2024, 4, 30)),
        ("quarter_day", ", báo cáo kết quả trước ngày 20 tháng cuối quý.", "recurring", None),
        ("quarter_day_field", "cho cán bộ chủ chốt. Thời gian: Trước ngày 20 tháng cuối quý.", "recurring", None),
        ("right_after_issue", "ngay sau khi Kế hoạch được ban hành.", "conditional", None),
        ("right_after_issue_field", "cho cán bộ chủ chốt. Thời gian: Ngay sau khi Kế hoạch được ban hành.", "conditional", None),
        ("none", "cho cán bộ chủ chốt.", "none", None),
        ("none_period_named", "và báo cáo kết quả 6 tháng đầu năm 2024 của cơ quan.", "none", None),
        # blind30: a period naming what is paid, not when ('chế độ trợ cấp hàng tháng', 2403/TTg-KGVX point 2)
        ("none_monthly_allowance", "và hướng dẫn điều chỉnh mức trợ cấp cho đối tượng hưởng chế độ trợ cấp hàng tháng.", "none", None),
        ("none_monthly_pension", "về chế độ lương hưu hằng tháng của cán bộ nghỉ hưu.", "none", None),
        ("none_monthly_stipend", "và chi trả phụ cấp hàng tháng cho cán bộ không chuyên trách.", "none", None),
        ("monthly_after_allowance", "về chế độ trợ cấp hàng tháng, báo cáo kết quả hằng tháng.", "recurring", None),
    ]
]


# --- task tables: '|' rows, tab-separated cells (loaders/tables.py) ------------------------------------------
# A row is labelled by its STT under the section holding the table ('II.1'), or under the numbered item
# above it ('2. Nhiệm vụ cụ thể' → 'II.2.1'); a group row ('I. Nhóm nhiệm vụ ...',
# or 'I' in the STT cell) by its ordinal, and its rows under it ('II.1.1', 'II.1.2', 'II.2.1'), so STT numbers
# that restart per group stay distinct. The chủ trì cell is the lead body, the phối hợp cell a support one (both
# listed as responsible, as '- Cơ quan phối hợp: ...' written as text is); the time cell is the deadline.

_TABLE_HEAD = "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |"
_TABLE_RULE = "|---|---|---|---|---|"
_ROW_1 = "| 1 | Tuyên truyền, phổ biến Kế hoạch đến cán bộ, công chức | Phòng Văn hóa và Thông tin | Các xã, thị trấn | Quý I/2024 |"
_ROW_2 = "| 2 | Xây dựng cơ sở dữ liệu dùng chung của huyện | Phòng Nội vụ | Văn phòng HĐND và UBND huyện | Trước ngày 30/6/2024 |"
_ROW_3 = "| 3 | Kiểm tra, đánh giá kết quả thực hiện | Văn phòng HĐND và UBND huyện | Các phòng, ban | Thường xuyên |"
_TABLE_CHECKS = (
    _c("II.1", "Tuyên truyền, phổ biến", "Phòng Văn hóa và Thông tin", "Các xã, thị trấn", kind="quarter", due=date(2024, 3, 31)),
    _c("II.2", "Xây dựng cơ sở dữ liệu", "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện", kind="by_date", due=date(2024, 6, 30)),
    _c("II.3", "Kiểm tra, đánh giá", "Văn phòng HĐND và UBND huyện", kind="recurring", due=None),
)


def _table(*rows: str, lead_in: str = "Các nhiệm vụ cụ thể như sau:") -> str:
    """A plan whose section 'II. NHIỆM VỤ CỤ THỂ' holds a table with `rows`, then an execution section."""
    table = "\n".join(rows)
    return state(f"""
II. NHIỆM VỤ CỤ THỂ
{lead_in}
{table}
III. TỔ CHỨC THỰC HIỆN
1. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch.
""")


_TASK_LABELS = ("II.1", "II.2", "II.3", "III.1")

_TABLES: list[TRow] = [
    TRow("table-pipe_header", _table(_TABLE_HEAD, _TABLE_RULE, _ROW_1, _ROW_2, _ROW_3), _TASK_LABELS, _TABLE_CHECKS),
    TRow("table-pipe_header_no_rule", _table(_TABLE_HEAD, _ROW_1, _ROW_2, _ROW_3), _TASK_LABELS, _TABLE_CHECKS),
    TRow("table-pipe_no_header", _table(_ROW_1, _ROW_2, _ROW_3), _TASK_LABELS, _TABLE_CHECKS),
    TRow("table-pipe_no_outer_bars", _table(*(r.strip("| ") for r in (_TABLE_HEAD, _ROW_1, _ROW_2, _ROW_3))), _TASK_LABELS, _TABLE_CHECKS),
    TRow("table-tabs_header", _table(*("\t".join(c.strip() for c in r.strip("|").split("|")) for r in (_TABLE_HEAD, _ROW_1, _ROW_2, _ROW_3))),
         _TASK_LABELS, _TABLE_CHECKS),
    TRow("table-tabs_no_header", _table(*("\t".join(c.strip() for c in r.strip("|").split("|")) for r in (_ROW_1, _ROW_2, _ROW_3))),
         _TASK_LABELS, _TABLE_CHECKS),
    # merged cells written once: the rows under the first leave the chủ trì and time cells empty
    TRow("table-merged_cells", _table(
        _TABLE_HEAD, _TABLE_RULE, _ROW_1,
        "| 2 | Tổ chức hội nghị quán triệt Kế hoạch |  |  |  |",
        "| 3 | Biên soạn tài liệu tuyên truyền |  | Trung tâm Văn hóa, Thông tin và Thể thao huyện |  |"),
        _TASK_LABELS, (
            _c("II.2", "Tổ chức hội nghị", "Phòng Văn hóa và Thông tin", kind="quarter", due=date(2024, 3, 31)),
            _c("II.3", "Biên soạn tài liệu", "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", kind="quarter"))),
    # a product column after the time, and a time cell listing quarters
    TRow("table-product_column", _table(
        "| TT | Nội dung công việc | Cơ quan, đơn vị chủ trì | Cơ quan, đơn vị phối hợp | Thời gian thực hiện | Sản phẩm |",
        "| 1 | Rà soát, cập nhật danh mục dữ liệu mở | Phòng Văn hóa và Thông tin | Các phòng, ban | Quý I, II/2024 | Danh mục dữ liệu |",
        "| 2 | Đào tạo kỹ năng số cho công chức cấp xã | Phòng Nội vụ | UBND các xã | Tháng 3 - 4/2024 | Lớp tập huấn |",
        "| 3 | Báo cáo kết quả thực hiện | Các phòng, ban | | Trước ngày 20 tháng cuối quý | Báo cáo |"),
        _TASK_LABELS, (
            _c("II.1", "Rà soát, cập nhật", "Phòng Văn hóa và Thông tin", kind="quarter", due=date(2024, 6, 30)),
            _c("II.2", "Đào tạo kỹ năng số", "Phòng Nội vụ", "UBND các xã", kind="by_date", due=date(2024, 4, 30)),
            _c("II.3", "Báo cáo kết quả", "Các phòng, ban", kind="recurring", due=None))),
    # group rows in one merged cell, STT restarting per group
    TRow("table-group_rows_merged", _table(
        _TABLE_HEAD, _TABLE_RULE,
        "| I. Nhóm nhiệm vụ về tuyên truyền |",
        _ROW_1, _ROW_2,
        "| II. Nhóm nhiệm vụ về kiểm tra, giám sát |",
        "| 1 | Kiểm tra việc thực hiện tại các xã, thị trấn | Văn phòng HĐND và UBND huyện | Phòng Nội vụ | Ngay sau khi Kế hoạch được ban hành |"),
        ("II.1", "II.1.1", "II.1.2", "II.2", "II.2.1", "III.1"), (
            _c("II.1", "Nhóm nhiệm vụ về tuyên truyền"),
            _c("II.1.2", "Xây dựng cơ sở dữ liệu", "Phòng Nội vụ", kind="by_date", due=date(2024, 6, 30)),
            _c("II.2.1", "Kiểm tra việc thực hiện", "Văn phòng HĐND và UBND huyện", kind="conditional", due=None))),
    # a group row with its Roman numeral in the STT cell and the rest empty
    TRow("table-group_rows_cells", _table(
        _TABLE_HEAD,
        "| I | Nhóm nhiệm vụ về tuyên truyền | | | |",
        _ROW_1,
        "| II | Nhóm nhiệm vụ về dữ liệu | | | |",
        _ROW_1.replace("| 1 |", "| 1 |", 1).replace("Tuyên truyền, phổ biến Kế hoạch đến cán bộ, công chức", "Xây dựng kho dữ liệu dùng chung")),
        ("II.1", "II.1.1", "II.2", "II.2.1", "III.1"), (
            _c("II.1.1", "Tuyên truyền, phổ biến", "Phòng Văn hóa và Thông tin", kind="quarter"),
            _c("II.2.1", "Xây dựng kho dữ liệu", "Phòng Văn hóa và Thông tin", kind="quarter"))),
    # a table under a numbered item ('2. Nhiệm vụ cụ thể'): its rows are that item's ('II.2.1'), in either copy
    TRow("table-under_numbered_item", state("\n".join([
        "II. NHIỆM VỤ VÀ GIẢI PHÁP", "1. Nhiệm vụ chung",
        "Các phòng, ban tập trung triển khai đồng bộ các giải pháp chuyển đổi số.", "2. Nhiệm vụ cụ thể",
        _TABLE_HEAD, _ROW_1, _ROW_2, "III. TỔ CHỨC THỰC HIỆN",
        "1. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch."])),
        ("II.1", "II.2", "II.2.1", "II.2.2", "III.1"), (
            _c("II.1", "Nhiệm vụ chung", "Các phòng, ban"),
            _c("II.2.1", "Tuyên truyền, phổ biến", "Phòng Văn hóa và Thông tin", kind="quarter", due=date(2024, 3, 31)),
            _c("II.2.2", "Xây dựng cơ sở dữ liệu", "Phòng Nội vụ", kind="by_date", due=date(2024, 6, 30)))),
    TRow("table-cell_per_line_under_numbered_item", state("\n".join([
        "II. NHIỆM VỤ VÀ GIẢI PHÁP", "1. Nhiệm vụ chung",
        "Các phòng, ban tập trung triển khai đồng bộ các giải pháp chuyển đổi số.", "2. Nhiệm vụ cụ thể",
        "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
        "1", "Tuyên truyền, phổ biến Kế hoạch đến cán bộ, công chức", "Phòng Văn hóa và Thông tin", "Các xã, thị trấn", "Quý I/2024",
        "2", "Xây dựng cơ sở dữ liệu dùng chung của huyện", "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện", "Trước ngày 30/6/2024",
        "III. TỔ CHỨC THỰC HIỆN", "1. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch."])),
        ("II.1", "II.2", "II.2.1", "II.2.2", "III.1"), (
            _c("II.2.1", "Tuyên truyền, phổ biến", "Phòng Văn hóa và Thông tin", kind="quarter", due=date(2024, 3, 31)),
            _c("II.2.2", "Xây dựng cơ sở dữ liệu", "Phòng Nội vụ", kind="by_date", due=date(2024, 6, 30)))),
    # tables that set no work give no tasks: recipients, figures, a meeting's programme
    TRow("table-not_tasks_figures", _table(
        "| STT | Chỉ tiêu | Đơn vị tính | Năm 2023 | Năm 2024 |",
        "| 1 | Tỷ lệ hồ sơ xử lý trực tuyến | % | 45 | 60 |",
        "| 2 | Số xã đạt chuẩn nông thôn mới | xã | 10 | 12 |", lead_in="1. Phòng Nội vụ theo dõi các chỉ tiêu sau:"),
        ("II.1", "III.1"), (_c("II.1", "Phòng Nội vụ theo dõi", "Phòng Nội vụ"),)),
    TRow("table-not_tasks_programme", _table(
        "| Thời gian | Nội dung | Người thực hiện |",
        "| 8h00 - 8h15 | Khai mạc hội nghị | Văn phòng HĐND và UBND huyện |",
        "| 8h15 - 9h30 | Quán triệt nội dung Kế hoạch | Phòng Văn hóa và Thông tin |",
        lead_in="1. Văn phòng HĐND và UBND huyện tổ chức hội nghị quán triệt theo chương trình:"),
        ("II.1", "III.1"), (_c("II.1", "Văn phòng HĐND", "Văn phòng HĐND và UBND huyện"),)),
    TRow("table-not_tasks_recipients", _table(
        "| 1 | Phòng Nội vụ | 02 bản |",
        "| 2 | Phòng Văn hóa và Thông tin | 02 bản |",
        lead_in="1. Văn phòng HĐND và UBND huyện gửi Kế hoạch đến các cơ quan sau:"),
        ("II.1", "III.1"), (_c("II.1", "Văn phòng HĐND", "Văn phòng HĐND và UBND huyện"),)),
    TRow("table-not_tasks_documents", _table(
        "| 1 | Nghị quyết số 12-NQ/TU của Ban Thường vụ Tỉnh ủy | 05/12/2023 | Ban Thường vụ Tỉnh ủy |",
        "| 2 | Kế hoạch số 120/KH-UBND của UBND tỉnh | 20/12/2023 | Ủy ban nhân dân tỉnh |",
        lead_in="1. Phòng Nội vụ rà soát việc thực hiện các văn bản sau:"),
        ("II.1", "III.1"), (_c("II.1", "Phòng Nội vụ rà soát", "Phòng Nội vụ"),)),
    # one cell per line (a web table copied cell by cell): no row is marked, so it cannot be read as a table
    TRow("table-cell_per_line", _table(
        "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
        "1", "Tuyên truyền, phổ biến Kế hoạch đến cán bộ, công chức", "Phòng Văn hóa và Thông tin", "Các xã, thị trấn", "Quý I/2024",
        "2", "Xây dựng cơ sở dữ liệu dùng chung của huyện", "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện", "Trước ngày 30/6/2024",
        "3", "Kiểm tra, đánh giá kết quả thực hiện", "Văn phòng HĐND và UBND huyện", "Các phòng, ban", "Thường xuyên"),
        _TASK_LABELS, _TABLE_CHECKS),
    # one cell per line with group rows (the numeral alone, its title on the next line) and a merged chủ trì
    # cell that left no line: the time cell is found by its words, the body by its column's order
    TRow("table-cell_per_line_groups", _table(
        "TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian",
        "I", "Nhóm nhiệm vụ về tuyên truyền",
        "1", "Tuyên truyền, phổ biến Kế hoạch đến cán bộ, công chức", "Phòng Văn hóa và Thông tin", "Các xã, thị trấn", "Quý I/2024",
        "2", "Biên soạn tài liệu tuyên truyền", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Hằng năm",
        "II", "Nhóm nhiệm vụ về dữ liệu",
        "1", "Xây dựng cơ sở dữ liệu dùng chung của huyện", "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện", "Trước ngày 30/6/2024"),
        ("II.1", "II.1.1", "II.1.2", "II.2", "II.2.1", "III.1"), (
            _c("II.1", "Nhóm nhiệm vụ về tuyên truyền"),
            _c("II.1.1", "Tuyên truyền, phổ biến", "Phòng Văn hóa và Thông tin", "Các xã, thị trấn", kind="quarter", due=date(2024, 3, 31)),
            _c("II.1.2", "Biên soạn tài liệu", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", kind="annual"),
            _c("II.2.1", "Xây dựng cơ sở dữ liệu", "Phòng Nội vụ", kind="by_date", due=date(2024, 6, 30)))),
    # a library's copy: one cell a line with a lone '|' between cells, or a blank line between them
    TRow("table-cell_per_line_bars", _table(*"\n|\n".join([
        "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
        "1", "Tuyên truyền, phổ biến Kế hoạch đến cán bộ, công chức", "Phòng Văn hóa và Thông tin", "Các xã, thị trấn", "Quý I/2024",
        "2", "Xây dựng cơ sở dữ liệu dùng chung của huyện", "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện", "Trước ngày 30/6/2024",
        "3", "Kiểm tra, đánh giá kết quả thực hiện", "Văn phòng HĐND và UBND huyện", "Các phòng, ban", "Thường xuyên"]).split("\n")),
        _TASK_LABELS, _TABLE_CHECKS),
    TRow("table-cell_per_line_blank", _table(*"\n\n".join([
        "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
        "1", "Tuyên truyền, phổ biến Kế hoạch đến cán bộ, công chức", "Phòng Văn hóa và Thông tin", "Các xã, thị trấn", "Quý I/2024",
        "2", "Xây dựng cơ sở dữ liệu dùng chung của huyện", "Phòng Nội vụ", "Văn phòng HĐND và UBND huyện", "Trước ngày 30/6/2024",
        "3", "Kiểm tra, đánh giá kết quả thực hiện", "Văn phòng HĐND và UBND huyện", "Các phòng, ban", "Thường xuyên"]).split("\n")),
        _TASK_LABELS, _TABLE_CHECKS),
    # a programme copied one cell a line: its header has no STT, so no row is read as a task
    TRow("table-cell_per_line_programme", _table(
        "Thời gian", "Nội dung", "Chủ trì", "7h30 - 8h00", "Đón tiếp đại biểu", "Văn phòng HĐND và UBND huyện",
        lead_in="1. Văn phòng HĐND và UBND huyện tổ chức hội nghị theo chương trình:"),
        ("II.1", "III.1"), (_c("II.1", "Văn phòng HĐND", "Văn phòng HĐND và UBND huyện"),)),
]


# --- sweepT3: forms of the whole provincial plans of the labelled sets -----------------------------------------

_CRAWLED_HEAD = "Quyết định 150/QĐ-UBND năm 2024. "
"""A legal library crawler's short name of the decision, written at the head of each part of the page (blind44
g01, Kon Tum's 435/QĐ-UBND of 2020 and its action programme)."""


def _crawled(plan_word: str, head: str = _CRAWLED_HEAD) -> str:
    """A crawled decision with its attached plan: each part opens on `head`, the plan's Roman headings also on the
    plan's name in capitals (`plan_word`, '' for none)."""
    annex = f"{plan_word}. " if plan_word else ""
    return f"""{head}ỦY BAN NHÂN DÂN HUYỆN KIM ĐỘNG -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 150/QĐ-UBND Kim Động, ngày 20 tháng 02 năm 2024 QUYẾT ĐỊNH V/V BAN HÀNH KẾ HOẠCH CHUYỂN ĐỔI SỐ HUYỆN NĂM 2024 ỦY BAN NHÂN DÂN HUYỆN KIM ĐỘNG
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Trưởng phòng Văn hóa và Thông tin huyện,

QUYẾT ĐỊNH:
{head}Điều 1.
Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số huyện năm 2024.

{head}Điều 2.
Chánh Văn phòng HĐND và UBND huyện; Trưởng các phòng, ban chuyên môn huyện; Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Trần Văn Bình

{head}{annex or "KẾ HOẠCH. "}CHUYỂN ĐỔI SỐ HUYỆN KIM ĐỘNG NĂM 2024
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ, công chức về chuyển đổi số.

{head}{annex}II. NHIỆM VỤ, GIẢI PHÁP
1. Tuyên truyền, phổ biến Kế hoạch đến cán bộ, công chức.
- Cơ quan thực hiện: Phòng Văn hóa và Thông tin chủ trì, phối hợp với các xã, thị trấn.
- Thời gian thực hiện: Hoàn thành trong quý II/2024.
2. Xây dựng cơ sở dữ liệu dùng chung của huyện.
- Cơ quan thực hiện: Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND huyện.
- Thời gian thực hiện: Thực hiện thường xuyên.

{head}{annex}III. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin theo dõi, tổng hợp, báo cáo kết quả trước ngày 30 tháng 11 hằng năm.
"""


_CRAWLED_LABELS = ("Điều 2", "II.1", "II.2", "III.1")
_CRAWLED_CHECKS = (
    _c("Điều 2", "Chánh Văn phòng HĐND và UBND huyện", "Chủ tịch UBND các xã, thị trấn"),
    _c("II.1", "Tuyên truyền, phổ biến", "Phòng Văn hóa và Thông tin", "các xã, thị trấn", kind="quarter",
       due=date(2024, 6, 30)),
    _c("II.2", "Xây dựng cơ sở dữ liệu", "Phòng Nội vụ", kind="recurring"),
    _c("III.1", "Phòng Văn hóa và Thông tin theo dõi", "Phòng Văn hóa và Thông tin", kind="annual"),
)

_GLUED_POINTS = """
II. NHIỆM VỤ, GIẢI PHÁP
1. Tăng cường sự lãnh đạo của cấp ủy, chính quyền đối với công tác chuyển đổi số 1.1.
Tổ chức quán triệt, phổ biến Kế hoạch đến cán bộ, công chức.
1.2. Đưa chỉ tiêu chuyển đổi số vào nghị quyết, kế hoạch hằng năm của cơ quan, đơn vị.
2. Nâng cao hiệu quả quản lý nhà nước về chuyển đổi số 2.1. Rà soát, kiến nghị sửa đổi quy chế quản lý dữ liệu.
2.2. Tăng cường kiểm tra việc thực hiện quy chế.
3. Hoàn thiện hạ tầng số theo khoản 3.1. Điều 5 Quy chế của Ủy ban nhân dân tỉnh.
"""

_SWEEP_T3: list[TRow] = [
    # the crawler's short name before each part, the plan's name in capitals before its Roman headings; a
    # programme, a plan of a province, and a page whose plan part names no plan
    TRow("crawl-decision_programme", _crawled("CHƯƠNG TRÌNH HÀNH ĐỘNG"), _CRAWLED_LABELS, _CRAWLED_CHECKS),
    TRow("crawl-decision_plan", _crawled("KẾ HOẠCH"), _CRAWLED_LABELS, _CRAWLED_CHECKS),
    TRow("crawl-no_plan_name", _crawled(""), _CRAWLED_LABELS, _CRAWLED_CHECKS),
    TRow("crawl-province_decision", _crawled("KẾ HOẠCH", "Quyết định 1234/QĐ-UBND năm 2024. "), _CRAWLED_LABELS,
         _CRAWLED_CHECKS),
    TRow("crawl-resolution_head", _crawled("CHƯƠNG TRÌNH", "Nghị quyết 45/NQ-HĐND năm 2024. "), _CRAWLED_LABELS,
         _CRAWLED_CHECKS),
    # a heading's line ending on its first point's number, or running on into the whole point; a point the
    # heading cites by the same number ('theo khoản 3.1. Điều 5') stays in it
    *(TRow(f"num-glued_first_point_{key}", make(_GLUED_POINTS),
           ("II.1", "II.1.1", "II.1.2", "II.2", "II.2.1", "II.2.2", "II.3"), (
               _c("II.1", "Tăng cường sự lãnh đạo"), _c("II.1.1", "Tổ chức quán triệt"),
               _c("II.2", "Nâng cao hiệu quả quản lý nhà nước về chuyển đổi số"),
               _c("II.2.1", "Rà soát, kiến nghị"), _c("II.3", "Hoàn thiện hạ tầng số theo khoản 3.1. Điều 5")))
      for key, make in [("party", party), ("state", state)]),
    # a number alone on its line, its words on the next even when they close the body ('5.' / 'Trong quá trình tổ
    # chức thực hiện, nếu có vướng mắc ... xem xét, giải quyết./.', Kon Tum's programme III.5)
    *(TRow(f"num-lone_number_closing_{key}", make(f"""
III. TỔ CHỨC THỰC HIỆN
1.
{first}
2.
Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về {office} để tổng hợp, đề xuất giải quyết./.
"""), ("III.1", "III.2"), (_c("III.1", first[:20]), _c("III.2", "Trong quá trình tổ chức thực hiện")))
      for key, make, first, office in [
          ("state", state, "Phòng Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch.", "Phòng Nội vụ"),
          ("party", party, "Ban Tuyên giáo Huyện ủy hướng dẫn, theo dõi việc thực hiện.", "Văn phòng Huyện ủy")]),
    # an item that opens on its period ('Hằng năm, tham mưu tổ chức thực hiện tốt cao điểm tấn công trấn áp tội
    # phạm ma túy ...', Hưng Yên's 199/KH-UBND III.2): yearly work, as 'định kỳ hằng năm' is; the period that
    # qualifies a noun inside the item is none
    TRow("due-annual_opening", state("""
III. TỔ CHỨC THỰC HIỆN
1. Công an huyện
- Hằng năm, tham mưu tổ chức cao điểm tấn công trấn áp tội phạm ma túy.
- Hàng năm tổ chức sơ kết việc thực hiện Kế hoạch.
- Mỗi năm tổ chức ít nhất một đợt kiểm tra tại các xã, thị trấn.
- Xây dựng chương trình kiểm tra hằng năm của cơ quan.
2. Hằng năm, Phòng Nội vụ tổng hợp, đề xuất khen thưởng các tập thể, cá nhân.
"""), ("III.1", "III.1.1", "III.1.2", "III.1.3", "III.1.4", "III.2"), (
        _c("III.1.1", "Hằng năm, tham mưu", "Công an huyện", kind="annual"),
        _c("III.1.2", "Hàng năm tổ chức", "Công an huyện", kind="annual"),
        _c("III.1.3", "Mỗi năm tổ chức", "Công an huyện", kind="annual"),
        _c("III.1.4", "Xây dựng chương trình", "Công an huyện", kind="none"),
        _c("III.2", "Hằng năm, Phòng Nội vụ", "Phòng Nội vụ", kind="annual"))),
    # an item that opens on the year it is done in ('Năm 2018: Rà soát, tổng kết hệ thống văn bản ...', 'Năm 2018,
    # hoàn thành việc hỗ trợ nhà ở ...', the Prime Minister's 773/QĐ-TTg plan II.2); 'Đến năm ...' sets a target
    *(TRow(f"due-year_opening_{key}", make("""
II. NHIỆM VỤ, GIẢI PHÁP
1. Hoàn thiện thể chế về chuyển đổi số:
- Năm 2024: Rà soát, tổng kết hệ thống văn bản về chuyển đổi số.
- Năm 2025, hoàn thành việc số hóa hồ sơ, tài liệu.
- Trong năm 2024, tổ chức sơ kết việc thực hiện Kế hoạch.
- Đến năm 2025, phấn đấu 100% hồ sơ được giải quyết trực tuyến.
- Năm 2024: Rà soát quy chế (hoàn thành trong quý II/2024).
"""), ("II.1", "II.1.1", "II.1.2", "II.1.3", "II.1.4", "II.1.5"), (
        _c("II.1.1", "Năm 2024: Rà soát", kind="by_date", due=date(2024, 12, 31)),
        _c("II.1.2", "Năm 2025, hoàn thành", kind="by_date", due=date(2025, 12, 31)),
        _c("II.1.3", "Trong năm 2024", kind="by_date", due=date(2024, 12, 31)),
        _c("II.1.4", "Đến năm 2025", kind="none"),
        _c("II.1.5", "Năm 2024: Rà soát quy chế", kind="quarter", due=date(2024, 6, 30))))
      for key, make in [("party", party), ("state", state)]),
    # a plan's funding point among its work points ('2. Kinh phí thực hiện Kế hoạch này: Do ngân sách nhà nước bảo
    # đảm ...', Sơn La's 254/QĐ-UBND plan IV.2, which blind32 d06's label counts as a task)
    TRow("sec-funding_point_in_work_section", state("""
III. TỔ CHỨC THỰC HIỆN
1. Các phòng, ban chuyên môn căn cứ chức năng, nhiệm vụ xây dựng kế hoạch thực hiện.
2. Kinh phí thực hiện Kế hoạch này: Do ngân sách nhà nước bảo đảm theo phân cấp quản lý ngân sách hiện hành.
3. Giao Phòng Nội vụ chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.
"""), ("III.1", "III.2", "III.3"), (_c("III.2", "Kinh phí thực hiện"), _c("III.3", "Giao Phòng Nội vụ", "Phòng Nội vụ"))),
    # a period inside the clause, after the body it works with ('- Phối hợp với các sở, ngành có liên quan hằng năm
    # tổ chức đào tạo, tập huấn ...', Hưng Yên's 199/KH-UBND III.2.14)
    TRow("due-annual_mid_clause", state("""
III. TỔ CHỨC THỰC HIỆN
1. Công an huyện
- Phối hợp với các phòng, ban có liên quan hằng năm tổ chức tập huấn kỹ năng tuyên truyền cho báo cáo viên.
"""), ("III.1", "III.1.1"), (_c("III.1.1", "Phối hợp với", "Công an huyện", kind="annual"),)),
]


def task_rows() -> list[TRow]:
    return [*_NUMBERING, *_SECTIONS, *_RESPONSIBLE, *_DEADLINES, *_TABLES, *_SWEEP_T3]
