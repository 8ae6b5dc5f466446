"""Outline: section kinds and item labels (Roman section, numbering path, bullet ordinals)."""

from __future__ import annotations

import pytest

from loaders.normalise import clean_lines, paragraphs
from loaders.outline import build_outline, sets_tasks, walk
from loaders.patterns import OUTLINE_MARKER


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("NHIỆM VỤ TRỌNG TÂM", True),
        ("NHIỆM VỤ CỤ THỂ", True),
        ("NHIỆM VỤ, GIẢI PHÁP", True),
        ("NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", True),
        ("NỘI DUNG THỰC HIỆN", True),
        ("TỔ CHỨC THỰC HIỆN", True),
        ("TÔ CHỨC THỰC HIỆN", True),  # typing slip in the hat mark
        ("TỔ CHỨC THỤC HIỆN", True),  # typing slip in the tone mark
        ("Tổ chức thực hiện", True),
        ("PHÂN CÔNG NHIỆM VỤ", True),
        ("MỤC ĐÍCH, YÊU CẦU", False),
        ("QUAN ĐIỂM, MỤC TIÊU", False),
        ("MỤC TIÊU", False),
        ("MỤC TIÊU, NHIỆM VỤ", True),
        ("KẾT QUẢ THỰC HIỆN", False),
        ("KINH PHÍ THỰC HIỆN", False),
    ],
)
def test_sets_tasks(title: str, expected: bool) -> None:
    assert sets_tasks(title) is expected


def _labels(text: str) -> dict[str, list[str]]:
    sections = build_outline(paragraphs(clean_lines(text)))
    return {s.label: [i.label for i in walk(s.items)] for s in sections}


NUMBERED_AND_BULLETS = """\
Thực hiện Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy Nghệ An, Huyện ủy ban hành kế hoạch:
I- MỤC ĐÍCH, YÊU CẦU
1. Quán triệt sâu sắc.
II- NHIỆM VỤ CỤ THỂ
1. Đối với cấp ủy, tổ chức đảng
1.1. Lãnh đạo quán triệt.
1.2. Tăng cường kiểm tra.
2. Ủy ban nhân dân huyện
- Chỉ đạo các phòng, ban.
– Bảo đảm kinh phí.
+ Năm 2025.
+ Năm 2026.
- Tổng hợp báo cáo.
III- TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Huyện ủy chủ trì.
2. Ban Dân vận Huyện ủy theo dõi./.
Nơi nhận:
- Như trên,
"""


def test_numbering_paths_and_bullet_ordinals() -> None:
    assert _labels(NUMBERED_AND_BULLETS) == {
        "I": ["I.1"],
        "II": ["II.1", "II.1.1", "II.1.2", "II.2", "II.2.1", "II.2.2", "II.2.2.1", "II.2.2.2", "II.2.3"],
        "III": ["III.1", "III.2"],
    }


def test_parents_and_text() -> None:
    sections = build_outline(paragraphs(clean_lines(NUMBERED_AND_BULLETS)))
    items = {i.label: i for s in sections for i in walk(s.items)}
    assert items["II.1.1"].parent == "II.1"
    assert items["II.1"].parent is None
    assert items["II.2.2.1"].parent == "II.2.2"
    assert items["II.2.2"].text == "Bảo đảm kinh phí."
    assert items["II.1"].text == "Đối với cấp ủy, tổ chức đảng"
    assert items["III.2"].text == "Ban Dân vận Huyện ủy theo dõi./."


def test_unmarked_paragraphs_belong_to_the_item_above() -> None:
    text = (
        "II. NHIỆM VỤ, GIẢI PHÁP\n\n"
        "1. Đẩy mạnh tuyên truyền về đại đoàn kết toàn dân tộc\n\n"
        "Tổ chức nghiên cứu, quán triệt Nghị quyết.\n\n"
        "Đẩy mạnh công tác vận động.\n\n"
        "2. Phát huy dân chủ\n\n"
        "Trên đây là Kế hoạch của Thành ủy Bảo Lộc./."
    )
    sections = build_outline(paragraphs(clean_lines(text)))
    items = walk(sections[0].items)
    assert [i.label for i in items] == ["II.1", "II.2"]
    assert items[0].extra == ["Tổ chức nghiên cứu, quán triệt Nghị quyết.", "Đẩy mạnh công tác vận động."]
    assert items[0].full_text.startswith("Đẩy mạnh tuyên truyền về đại đoàn kết toàn dân tộc Tổ chức")
    assert items[1].extra == []  # the closing './.' paragraph ends the body


def test_footnotes_are_not_items_and_letters_get_ordinals() -> None:
    text = (
        "III. NỘI DUNG THỰC HIỆN\n"
        "1. Tuyên truyền sâu rộng¹.\n"
        "a) Trên báo chí.\n"
        "b) Trên mạng xã hội.\n"
        "¹ Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n"
        "2. Sơ kết, tổng kết."
    )
    assert _labels(text) == {"III": ["III.1", "III.1.1", "III.1.2", "III.2"]}


def test_bullets_directly_under_a_section() -> None:
    text = "IV. TỔ CHỨC THỰC HIỆN\n- Phòng Nội vụ chủ trì.\n- Công an xã phối hợp.\n+ Hằng tháng báo cáo."
    assert _labels(text) == {"IV": ["IV.1", "IV.2", "IV.2.1"]}


def test_no_outline_gives_no_sections() -> None:
    assert build_outline(paragraphs(clean_lines("Kính gửi: Ủy ban nhân dân các xã.\nĐề nghị báo cáo."))) == []


def test_capital_letter_sections_need_a_caps_title() -> None:
    text = "A. MỤC ĐÍCH\n1. Nâng cao nhận thức.\nB. NHIỆM VỤ\n1. Tuyên truyền.\nC. Nguyễn Văn An phụ trách."
    assert _labels(text) == {"A": ["A.1"], "B": ["B.1"]}


def test_numbered_caps_headings_are_sections_when_there_is_no_roman_numeral() -> None:
    text = (
        "1. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao nhận thức.\n"
        "2. NHIỆM VỤ VÀ GIẢI PHÁP\n2.1. Tuyên truyền.\n- Trên loa truyền thanh.\n2.2. Vận động.\n"
        "3. TỔ CHỨC THỰC HIỆN\n- Công chức Văn hóa - Xã hội chủ trì."
    )
    assert _labels(text) == {"1": ["1.1"], "2": ["2.1", "2.1.1", "2.2"], "3": ["3.1"]}


def test_bare_numbers() -> None:
    text = "II. NHIỆM VỤ\n1 Tuyên truyền.\n1.1 Trên báo chí; 20 xã đạt chuẩn.\n2. Vận động."
    assert _labels(text) == {"II": ["II.1", "II.1.1", "II.2"]}


def test_directive_without_sections_numbers_its_list() -> None:
    text = (
        "CHỈ THỊ\n"
        "Ban Thường vụ Huyện ủy yêu cầu các cấp ủy, tổ chức đảng tập trung thực hiện tốt các nhiệm vụ sau:\n"
        "1. Các cấp ủy nâng cao nhận thức.\n"
        "2. Ủy ban nhân dân huyện chủ trì, phối hợp với Công an huyện\n"
        "- Xây dựng kế hoạch cao điểm.\n"
        "- Lắp đặt camera giám sát.\n"
        "Chỉ thị này được phổ biến đến chi bộ./."
    )
    assert _labels(text) == {"": ["1", "2", "2.1", "2.2"]}
    sections = build_outline(paragraphs(clean_lines(text)))
    assert sections[0].sets_tasks
    assert walk(sections[0].items)[2].parent == "2"


# --- letters, numbered headings, articles, and outline guards ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ủy ban nhân dân huyện đề nghị như sau:\n1. Phòng Nội vụ tổng hợp.\n2. UBND các xã:\n"
            "a) Rà soát.\nb) Báo cáo.\n- Gửi về Phòng Nội vụ.\n3. Đề nghị MTTQ huyện phối hợp.\n",
            {"": ["1", "2", "2.1", "2.2", "2.2.1", "3"]},
            id="letter-list-letters-are-ordinals",
        ),
        pytest.param(
            "Kính gửi:\n1. Sở Nội vụ;\n2. Sở Tài chính.\nỦy ban nhân dân tỉnh yêu cầu:\n1. Rà soát biên "
            "chế.\n",
            {"": ["1"]},
            id="addressees-numbered-under-kinh-gui-open-nothing",
        ),
        pytest.param(
            "1. Mục đích, yêu cầu\n- Quán triệt.\n2. Nội dung tuyên truyền\n- Tuyên truyền về Đảng.\n"
            "3. Tổ chức thực hiện:\n- Các chi bộ quán triệt.\n",
            {"1": ["1.1"], "2": ["2.1"], "3": ["3.1"]},
            id="mixed-case-numbered-headings-are-sections",
        ),
        pytest.param(
            "Theo dõi tình hình, kết quả như sau:\n1. Năm 2023 đạt 95%.\n2. Còn hạn chế.\n"
            "Để khắc phục, Ủy ban nhân dân xã yêu cầu:\n1. Các thôn rà soát.\n2. Công an xã kiểm tra.\n",
            {"": ["1", "2"]},
            id="a-second-lead-in-restarts-the-list",
        ),
        pytest.param(
            "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nĐiều 2. Tổ chức thực hiện\n"
            "1. Giao Sở Nội vụ chủ trì.\n2. Giao Sở Tài chính bảo đảm kinh phí.\n",
            {"Điều 1": [], "Điều 2": ["Điều 2.1", "Điều 2.2"]},
            id="articles-are-sections",
        ),
        pytest.param(
            "Thực hiện Công văn số 20/UBND-VX, Sở Y tế yêu cầu:\n1/ Các bệnh viện chuẩn bị thuốc.\n"
            "2/ Trung tâm Y tế giám sát.\n",
            {"": ["1", "2"]},
            id="slash-numbers",
        ),
    ],
)
def test_letters_headings_and_articles(text: str, expected: dict[str, list[str]]) -> None:
    assert _labels(text) == expected


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        ("Ủy ban nhân dân huyện yêu cầu:\n1. Rà soát.\n2. Báo cáo.\n15. Kiểm tra.\n", "numbering skips"),
        ("Ủy ban nhân dân huyện yêu cầu:\n1. Rà soát.\n2. Báo cáo.\n45. Kiểm tra.\n",
         "past any real outline"),
        ("II. NHIỆM VỤ\n1. Tuyên truyền.\na) Báo chí.\n- Báo in.\n+ Báo tỉnh.\n• Số đặc biệt.\n", "deeper"),
        ("II. NHIỆM VỤ\n1. Tuyên truyền.\n1.1.1.1.1. Báo chí.\n", "deeper"),
        ("II. NHIỆM VỤ\n1. Tuyên truyền.\n3.2. Báo chí.\n", "has no item II.3"),
    ],
)
def test_outline_warns_instead_of_merging_silently(text: str, warned: str) -> None:
    warnings: list[str] = []
    build_outline(paragraphs(clean_lines(text)), warnings)
    assert any(warned in w for w in warnings), warnings


def test_a_real_outline_gives_no_warning() -> None:
    warnings: list[str] = []
    build_outline(paragraphs(clean_lines(NUMBERED_AND_BULLETS)), warnings)
    assert warnings == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ủy ban nhân dân xã yêu cầu:\n1. Rà soát hộ nghèo.\n2. Tổ chức thực hiện nghiêm túc Chỉ thị.\n",
         {"": ["1", "2"]}),
        ("Ủy ban nhân dân xã yêu cầu:\n1. Rà soát hộ nghèo.\n2. Tổ chức thực hiện tốt.\n", {"": ["1", "2"]}),
        ("1. Nhiệm vụ trọng tâm\n- Rà soát.\n2. Tổ chức thực hiện\n- Báo cáo.\n",
         {"1": ["1.1"], "2": ["2.1"]}),
    ],
)
def test_point_opening_with_heading_words_is_no_heading(text: str, expected: dict[str, list[str]]) -> None:
    assert _labels(text) == expected


def test_a_marker_alone_on_its_line_takes_the_next_paragraph() -> None:
    text = ("Ủy ban nhân dân huyện yêu cầu:\n1.\nPhòng Nội vụ tổng hợp.\n"
            "2.\nPhòng Tài chính bảo đảm kinh phí.\n")
    items = walk(build_outline(paragraphs(clean_lines(text)))[0].items)
    assert [(i.label, i.text) for i in items] == [("1", "Phòng Nội vụ tổng hợp."),
                                                ("2", "Phòng Tài chính bảo đảm kinh phí.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UBND huyện yêu cầu: 1. Phòng Nội vụ tổng hợp; 2. Phòng Tài chính bảo đảm kinh phí.\n",
         {"": ["1", "2"]}),
        ("UBND huyện yêu cầu: 1. Phòng Nội vụ tổng hợp số liệu năm 2. Báo cáo.\n", {}),
        ("UBND huyện yêu cầu các đơn vị thực hiện Quyết định số 1. Phòng Nội vụ tổng hợp.\n", {}),
        ("UBND huyện yêu cầu:\n01. Phòng Nội vụ tổng hợp.\n02. Phòng Tài chính bảo đảm kinh phí.\n",
         {"": ["1", "2"]}),
    ],
)
def test_inline_lists_and_zero_padded_numbers(text: str, expected: dict[str, list[str]]) -> None:
    assert _labels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Huyện đoàn đề nghị các cơ sở đoàn thực hiện như sau:\n1. Thời gian: Ngày 22/7/2018\n"
                     "2. Địa điểm: Tại các nghĩa trang.\n3. Nội dung:\n- Ra quân.\n- Thăm hỏi.\n"
                     "4. Thông tin báo cáo:\nBáo cáo về Huyện đoàn.\n",
                     {"": ["1", "2", "3", "3.1", "3.2", "4"]}, id="one-heading-like-point-in-a-letter"),
        pytest.param("UBND xã thông báo như sau:\n1. Thời gian: từ ngày 29/4.\n2. Nhiệm vụ:\n"
                     "a) Các thôn treo cờ.\nb) Công an xã bảo đảm an ninh.\n"
                     "3. Giao công chức văn hóa theo dõi.\n",
                     {"": ["1", "2", "2.1", "2.2", "3"]}, id="heading-word-second"),
        pytest.param("1. Mục đích, yêu cầu\n- Quán triệt.\n2. Nội dung\n- Tuyên truyền.\n"
                     "3. Thời gian thực hiện\n"
                     "- Quý II/2024.\n",
                     {"1": ["1.1"], "2": ["2.1"], "3": ["3.1"]}, id="a-plan-whose-one-is-a-heading"),
        pytest.param("Kính gửi: Các trường trực thuộc. Thực hiện Kế hoạch số 5/KH-UBND, Phòng Giáo dục "
                     "yêu cầu "
                     "các trường thực hiện các nội dung sau:\n1. Tuyên truyền.\n2. Tổng vệ sinh.\n",
                     {"": ["1", "2"]}, id="kinh-gui-run-into-the-lead-in"),
        pytest.param("Kính gửi: UBND TP. Huế\n1. Sở Nội vụ;\n2. Sở Tài chính.\n", {},
                     id="an-abbreviation-is-no-sentence-end"),
    ],
)
def test_letter_points_and_run_on_addressees(text: str, expected: dict[str, list[str]]) -> None:
    assert _labels(text) == expected


@pytest.mark.parametrize(
    ("text", "section"),
    [
        pytest.param("B. NHIỆM VỤ, GIẢI PHÁP", "B", id="capitals"),
        pytest.param("B. Ứng dụng công nghệ thông tin", "B", id="marked-capital"),
        # a capital's letter class holds capitals only: a small marked letter ('ứ') sits in the Latin
        # range of capitals, yet 'B. ứng dụng' opens no section, as 'B. nhiệm vụ' opens none
        pytest.param("B. ứng dụng công nghệ thông tin", None, id="marked-small-letter"),
        pytest.param("B. nhiệm vụ", None, id="small-letter"),
    ],
)
def test_lettered_section_opens_on_a_capital(text: str, section: str | None) -> None:
    m = OUTLINE_MARKER.match(text)
    assert (m["upper"] if m else None) == section
