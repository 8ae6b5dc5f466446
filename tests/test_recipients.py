"""Recipients: one entry per item, wrapped items rejoined, annotations and archive notes dropped."""
# ruff: noqa: E501  (tables of real-looking Vietnamese text read better unwrapped)

from __future__ import annotations

import pytest

from loaders.normalise import clean_lines
from loaders.recipients import extract_recipients

CASES = [
    # a recipient wrapped onto a line without a dash, its '(để báo cáo)' in the right column
    ("\tNơi nhận: \n\n- Bộ Chính trị, Ban Bí thư,\n- Ban Dân vận Trung ương, Văn phòng    (để báo cáo),\n"
     "Trung ương Đảng,\n- Các ban cán sự đảng, đảng đoàn, \n\n- Lưu Văn phòng Thành ủy.\n",
     ["Bộ Chính trị, Ban Bí thư", "Ban Dân vận Trung ương, Văn phòng Trung ương Đảng",
      "Các ban cán sự đảng, đảng đoàn"]),
    # state style with ';' and 'Lưu: VT', then the signature block
    ("Nơi nhận: \n- UBND huyện;  \n- Phòng Nội vụ huyện; \n- Các cơ sở thôn; \n- Lưu: VT. \n\nTM. ỦY BAN NHÂN DÂN  \n"
     "\nCHỦ TỊCH \n", ["UBND huyện", "Phòng Nội vụ huyện", "Các cơ sở thôn"]),
    # '(b/c)', '(để b/c)' annotations; a bold signature block right after the list
    ("Nơi nhận:\n\n- Ban Bí thư Trung ương (b/c),\n- Ban thường vụ Tỉnh ủy (để b/c),\n- Lưu VPTU.\n\n"
     "**T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC**\n\n\n\nLò Minh Hùng",
     ["Ban Bí thư Trung ương", "Ban thường vụ Tỉnh ủy"]),
    # the signer's name after blank lines is not a wrapped recipient
    ("Nơi nhận:\n- Các chi, đảng bộ trực thuộc Huyện ủy,\n- Lưu VPHU.\n\n\n\nNguyễn Chi Hội",
     ["Các chi, đảng bộ trực thuộc Huyện ủy"]),
    # the first item on the heading's own line; '+' bullets
    ("Nơi nhận: - Như trên;\n+ Sở Nội vụ tỉnh Bắc Giang (để thực hiện);\n+ Lưu: VT, NC.\n",
     ["Như trên", "Sở Nội vụ tỉnh Bắc Giang"]),
    ("KẾ HOẠCH\nkhông có nơi nhận\n", []),
    # a two-column table flattened row by row: the signature block shares the recipients' lines
    ("Nơi nhận:\tT/M BAN THƯỜNG VỤ\n- Ban Bí thư Trung ương (b/c),\tPHÓ BÍ THƯ THƯỜNG TRỰC\n"
     "- Các huyện ủy, thành ủy, đảng ủy trực thuộc,\n- Lưu VPTU.\tLò Minh Hùng\n",
     ["Ban Bí thư Trung ương", "Các huyện ủy, thành ủy, đảng ủy trực thuộc"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_recipients(text, expected):
    assert extract_recipients(clean_lines(text)) == expected
