# ruff: noqa: E501  (a table of known failures reads better unwrapped)
"""The document's type and title over every type and every place a real page states them.

`tests/type_catalogue.py` crosses the types of DOMAIN §2 with the places a copy states its type (the
type line in its forms, the number's code alone, a news headline or lead, a quoted type word) and the
forms its title takes; hand rows add a letter's 'V/v', a decision issuing another document, and rows
that must not fire. Rows in `KNOWN` are failures not fixed yet (strict xfail: a fix must remove them).
"""

from __future__ import annotations

import pytest

from loaders.header import _ends_title, _wrapped_into
from loaders.normalise import _quote_left_open, ends_unfinished, fold
from loaders.parse import parse_text
from tests.type_catalogue import Row, rows

KNOWN: dict[str, str] = {}


def _squeezed(text: str) -> str:
    return " ".join(fold(text).split())


def _problems(row: Row) -> list[str]:
    rec = parse_text(row.text)
    out = []
    if rec.doc_type != row.doc_type:
        out.append(f"doc_type {rec.doc_type}")
    if row.title is not None:
        if rec.title is None or _squeezed(row.title) not in _squeezed(rec.title):
            out.append(f"title {rec.title!r}")
        elif any(_squeezed(x) in _squeezed(rec.title) for x in row.not_in_title):
            out.append(f"title runs on: {rec.title!r}")
    return out


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[r.id])] if r.id in KNOWN else [])
     for r in rows()],
)
def test_type_sweep(row: Row) -> None:
    assert _problems(row) == []


def test_catalogue_ids_are_unique() -> None:
    ids = [r.id for r in rows()]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("line", "ends"), [
    ("Thời gian qua, tình hình thiên tai đã và đang diễn ra ngày càng bất thường", True),  # blind6 b05
    ("Trong những năm qua, quán triệt và thực hiện Kết luận số 100 - KL/TW", True),  # c03
    ("Những năm qua, trong bối cảnh có nhiều khó khăn, thách thức", True),  # c04
    ("Trong các năm qua, thực hiện chỉ đạo của Thủ tướng Chính phủ", True),  # blind16 b10
    ("Trong 5 năm qua, Đoàn Thanh niên Cộng sản Hồ Chí Minh tiếp tục phát huy", True),  # h29
    ("Hiện nay, tỉnh Ninh Bình có trên 24.500 doanh nghiệp đang hoạt động", True),  # blind3 b06
    ("Nghệ An, ngày 12 tháng 3 năm 2024", True),  # a place-date cell printed under the title
    # sweepB: a plenum's body opens with the meeting that met, under its heading in capitals
    ("Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh (khóa XVI) họp", True),  # h06 (wrapped after the verb)
    ("Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII họp từ ngày", True),  # blind30 c06
    ("Hội nghị lần thứ 6 Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam (Khóa XI) họp ngày từ 02 đến 03", True),
    ("Hội nghị Ban Thường vụ Huyện ủy đã họp ngày 12/3/2024, thảo luận và thống nhất", True),  # a standing committee
    ("Kỳ họp thứ 12 Hội đồng nhân dân huyện khóa XX họp từ ngày 10 đến ngày 12/7/2024", True),  # a council's session
    ("Phiên họp thường kỳ tháng 3 của Ban Thường vụ Tỉnh ủy họp ngày 15/3/2024", True),
    # sweepB: a submission's or letter's salutation under its trích yếu (unseen m26, a district's 'TỜ TRÌNH')
    ("Kính gửi: Thường trực Hội đồng nhân dân huyện.", True),
    ("Kính gửi:", True),
    ("KÍNH GỬI: ỦY BAN NHÂN DÂN TỈNH", True),
    # must not end a title: its own wrapped lines
    ("thời gian qua và định hướng đến năm 2030", False),
    ("giai đoạn 2024 - 2030", False),
    ("và đảo bền vững đến năm 2030,", False),
    ("Điều 16, Điều 22 và Điều 26", False),
    ("cán bộ, công chức cấp xã năm 2024", False),
    ("NHỮNG NĂM QUA, KẾT QUẢ VÀ BÀI HỌC", False),
    ("HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII", False),  # the heading itself, in capitals
    ("Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XVI", False),  # a title in running case, no verb
    ("về tổ chức các cuộc họp, hội nghị trực tuyến", False),
    ("về việc gửi báo cáo kính gửi cấp trên đúng hạn", False),  # the words inside a title, not its salutation
])
def test_title_ends_at_the_body(line: str, ends: bool) -> None:
    assert _ends_title(line) is ends


@pytest.mark.parametrize(("line", "unfinished"), [
    ("thực hiện Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ và chuyển đổi số", False),
    ("Kế hoạch phát triển kinh tế số", False),
    ("đầu tư phát triển hạ tầng số", False),
    ("xây dựng chính quyền số.", False),
    # the number word still leaves its line unfinished
    ("Thực hiện Nghị quyết số", True),
    ("Căn cứ Kế hoạch số", True),
    ("về chuyển đổi số,", True),  # a comma goes on
    # a lead's active issuing verb wants its object (blind6 b08); a title's agent or a passive does not
    ("Phó Thủ tướng Vương Đình Huệ đã ký Quyết định 212/QĐ-TTg ban hành", True),
    ("Ban Thường vụ Tỉnh ủy vừa ban hành", True),
    ("thực hiện Nghị quyết 57-NQ/TW do thành phố Huế ban hành", False),
    ("Kế hoạch số 90-KH/TU của Tỉnh ủy đã được ban hành.", False),
    # a title line naming its type wants the object of its carry-out verb (realworld k46); a section does not
    ("Chương trình của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện", True),
    ("Kế hoạch của Ủy ban nhân dân huyện triển khai", True),
    ("4. Tổ chức thực hiện", False),
    ("Các cơ quan, đơn vị có trách nhiệm tổ chức thực hiện", False),
])
def test_digital_so_ends_a_line(line: str, unfinished: bool) -> None:
    assert ends_unfinished(line) is unfinished


@pytest.mark.parametrize(("above", "line", "wrapped"), [
    ("BHG - Ngày 23.5, Chủ tịch UBND tỉnh đã có Công điện số 1543/CĐ-CTUBND", "về việc triển khai cấp bách các biện pháp", True),
    ("Ngày 15/3/2024, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 120-KH/HU", "về việc tổ chức các hoạt động kỷ niệm", True),
    # a letter's own 'V/v' cell: under its short number line, or in capitals, or after a closed line
    ("Số: 1020/SGDĐT-GDTrH", "về việc tổ chức các hoạt động hưởng ứng", False),
    ("UBND TỈNH KHÁNH HÒA SỞ GIÁO DỤC VÀ ĐÀO TẠO Số: 1020/SGDĐT-GDTrH", "V/v tổ chức các hoạt động hưởng ứng", False),
    ("Kính gửi các cơ quan, đơn vị, địa phương trên địa bàn toàn tỉnh.", "về việc tổ chức Tết", False),
])
def test_wrapped_lead_is_no_subject_cell(above: str, line: str, wrapped: bool) -> None:
    assert _wrapped_into(above, line) is wrapped


@pytest.mark.parametrize(("line", "open_"), [
    ('phát động Phong trào thi đua "Toàn dân tham gia phòng, chống dịch', True),  # blind7 b12 under rewrap_page
    ("về đẩy mạnh Phong trào “Bình dân học", True),
    ("hưởng ứng Cuộc thi “Đại sứ Văn hóa đọc” năm 2021 và", False),  # the quote closed on its line
    ('thực hiện Cuộc vận động "Toàn dân đoàn kết" và', False),
    ("Phi” gắn với thực hiện các nhiệm vụ", False),  # closes one opened above
])
def test_open_quote_goes_on(line: str, open_: bool) -> None:
    assert _quote_left_open(line) is open_
