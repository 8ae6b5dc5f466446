"""Outline: section kinds and item labels (Roman section, numbering path, bullet ordinals)."""

from __future__ import annotations

import pytest

from loaders.normalise import clean_lines, paragraphs
from loaders.outline import build_outline, sets_tasks, walk


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
