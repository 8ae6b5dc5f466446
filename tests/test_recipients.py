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


_LETTER = "ỦY BAN NHÂN DÂN\nXÃ LIÊN SƠN\nSố: 09/UBND-VP\nV/v phòng, chống dịch\n\n"
# A letter's addressees ('Kính gửi'), each form as a real letter writes it; the file each copies is named.
ADDRESSEES = [
    # realworld d12: one item on the heading's line, after a dash
    ("dash_on_head", "Kính gửi:    - Các ông xóm trưởng.\n\nĐến ngày 12/3/2020 trên địa bàn xã có 55 trường hợp về địa phương.\n",
     ["Các ông xóm trưởng"]),
    # unseen m15: the heading alone, items under it with blank lines between
    ("items_under", "Kính gửi:\n\n- Trung tâm Y tế huyện;\n\n- Thành viên Ban Chỉ đạo CSSKND huyện;\n\n- Ủy ban nhân dân các xã, thị trấn.\n\nThực hiện Kế hoạch số 12/KH-UBND ngày 3/4/2017 của UBND tỉnh.\n",
     ["Trung tâm Y tế huyện", "Thành viên Ban Chỉ đạo CSSKND huyện", "Ủy ban nhân dân các xã, thị trấn"]),
    # realworld h03: one addressee wrapped onto a lower-case line, then the body
    ("wrapped", "Kính gửi: Ban Chấp hành Đoàn\ncác xã, thị trấn.\nThực\nhiện Công văn số 349-CV/TĐTN-TNNT ngày 11/7/2018.\n",
     ["Ban Chấp hành Đoàn các xã, thị trấn"]),
    # realworld h31: the body run onto the heading's line after the addressee's stop
    ("body_on_head", "Kính gửi: Ông (Bà) Hiệu trưởng các đơn vị trực thuộc. Thực hiện Kế hoạch số 1231/KH-UBND ngày 13/4/2018.\n",
     ["Ông (Bà) Hiệu trưởng các đơn vị trực thuộc"]),
    # unseen m26: a flattened copy ran the body ('Căn cứ ...') onto the last addressee's line
    ("body_on_item", "Kính gửi: - Uỷ ban nhân dân huyện Phú Bình\n- Phòng Giáo dục và Đào tạo huyện Phú Bình Căn cứ Luật giáo dục năm 2005;\nCăn cứ Thông tư số 36/2009/TT-BGDĐT.\n",
     ["Uỷ ban nhân dân huyện Phú Bình", "Phòng Giáo dục và Đào tạo huyện Phú Bình"]),
    # blind2 b30: no dashes, one addressee a line closed by ';'
    ("no_dashes", "Kính gửi:\n\nCác đồng chí trưởng thôn;\n\nCác ban ngành đoàn thể;\n\nĐể chủ động phòng, chống dịch bệnh trong dịp Tết Nguyên đán, Ban Chỉ đạo xã đề nghị như sau:\n",
     ["Các đồng chí trưởng thôn", "Các ban ngành đoàn thể"]),
    # blind30 c05: a Markdown table row holding the heading and the run of items, then its rule
    ("pipe_row", "| Kính gửi: | - Bộ Quốc phòng; - Bộ Lao động - Thương binh và Xã hội; - Bộ Tài chính |\n|---|---|\n\nXét đề nghị của Bộ Quốc phòng tại văn bản số 1234/BQP-CS.\n",
     ["Bộ Quốc phòng", "Bộ Lao động - Thương binh và Xã hội", "Bộ Tài chính"]),
    # the outline's abbreviation rule, now the one reader's: 'TP.' before a short name ends no address
    ("abbreviation", "Kính gửi: UBND TP. Huế\n\nThực hiện Công văn số 20/UBND-VX của UBND tỉnh.\n", ["UBND TP. Huế"]),
    # realworld s09: 'Nơi nhận: - Như trên' at the foot stands for the addressees, which come first
    ("as_above", "Kính gửi:\n- Giám đốc Sở Văn hóa, Thể thao và Du lịch;\n- Chủ tịch UBND huyện, thị xã, thành phố.\n\nThực hiện Chỉ thị số 05-CT/TU, Ủy ban nhân dân tỉnh đề nghị như sau.\n\nNơi nhận:\n- Như trên;\n- TT. HĐND, UBND tỉnh;\n- Lưu: VT.\n",
     ["Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Chủ tịch UBND huyện, thị xã, thành phố", "TT. HĐND, UBND tỉnh"]),
    # must not fire: a plan with no letter's heading keeps its own list, 'Như trên' and all
    ("no_head", "Nơi nhận: - Như trên;\n+ Sở Nội vụ tỉnh Bắc Giang (để thực hiện);\n+ Lưu: VT, NC.\n",
     ["Như trên", "Sở Nội vụ tỉnh Bắc Giang"]),
    # realworld h20: a PDF copy broke the heading after 'Kính'
    ("head_word_alone", "Kính\ngửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\nHiện nay một số tỉnh, thành phố\n",
     ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    # must not fire: a line saying only 'gửi:' with no 'Kính' above it
    ("send_alone", "Hồ sơ\ngửi: Ủy ban nhân dân xã trước ngày 10/5/2020.\n", []),
    # must not fire: 'kính gửi' inside a sentence is no heading
    ("in_sentence", "UBND xã trân trọng kính gửi: lời chúc mừng tới toàn thể nhân dân.\n", []),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in ADDRESSEES])
def test_addressees(text, expected):
    assert extract_recipients(clean_lines(_LETTER + text)) == expected


# Families of 'Nơi nhận' lists the copies break, each form as a real copy writes it; the file each copies is named.
FAMILIES = [
    # blind2 b08: a forum post ran the whole decision onto one line, the heading after the closing stop
    ("inline_head", "Các đơn vị thuộc Trung ương Đoàn căn cứ Quyết định thi hành./. Nơi nhận: - Như điều 4; - VP: CVP, PCVP, Các phòng, bộ phận thuộc VP; - Lưu TH-TĐ10b, VT-LT. TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi\n",
     ["Như điều 4", "VP: CVP, PCVP, Các phòng, bộ phận thuộc VP"]),
    # must not fire: the words in a sentence, no colon and dash after them
    ("inline_sentence", "Hồ sơ nộp tại bộ phận một cửa. Nơi nhận hồ sơ: - tầng 1 trụ sở UBND xã.\n", []),
    ("inline_no_dash", "Quyết định có hiệu lực kể từ ngày ký. Nơi nhận: UBND các xã, thị trấn.\n", []),
    # blind25 b03: a name's own enumeration wrapped after its comma, going on in lower case
    ("comma_wrap", "Nơi nhận:\n- Thường trực Tỉnh uỷ;\n- Các Sở, ban, ngành,\nđoàn thể;\n- Lưu: VT, NC.\n",
     ["Thường trực Tỉnh uỷ", "Các Sở, ban, ngành, đoàn thể"]),
    # blind30 c02: an OCR copy lost the dashes of items after one closed by ';', one a bare abbreviation
    ("lost_dash", "Nơi nhận:\n\n- Bộ Nội vụ;\n- TT.TU, TT.HĐNDTP;\nCT, các PCT UBND TP;\nUBMTTQVNTP;\n- Ban TG&DVTU;\n- Lưu: VT.\n",
     ["Bộ Nội vụ", "TT.TU, TT.HĐNDTP", "CT, các PCT UBND TP", "UBMTTQVNTP", "Ban TG&DVTU"]),
    # must not fire: the signer's name right under the archive note, the office in capitals under an item
    ("name_after_archive", "Nơi nhận:\n- UBND huyện;\n- Lưu: VT;\nNguyễn Văn An\n", ["UBND huyện"]),
    ("office_after_item", "Nơi nhận:\n- UBND huyện;\nCHỦ TỊCH\nNguyễn Văn An\n", ["UBND huyện"]),
    # perturbreal (seed 004, blind30 c02 re-laid out): a blank line inside the list is a layout's, when the items
    # go on after it: every line a paragraph of its own (a wrapped item's second line after a blank), a page
    # number between two pages of the list
    ("blank_every_line", "Nơi nhận:\n\n- Bộ Chính trị, Ban Bí thư,\n\n- Ban Dân vận Trung ương, Văn phòng (để báo cáo),\n\n"
     "Trung ương Đảng,\n\n- Các quận ủy, huyện ủy,\n\n- Lưu Văn phòng Thành ủy.\n",
     ["Bộ Chính trị, Ban Bí thư", "Ban Dân vận Trung ương, Văn phòng Trung ương Đảng", "Các quận ủy, huyện ủy"]),
    ("page_break", "Nơi nhận:\n- Bộ Nội vụ;\n- TT.TU, TT.HĐNDTP;\n\nTrang 2/2\n\nCT, các PCT UBND TP;\n- Ban TG&DVTU;\n- Lưu: VT.\n",
     ["Bộ Nội vụ", "TT.TU, TT.HĐNDTP", "CT, các PCT UBND TP", "Ban TG&DVTU"]),
    # must not fire: after a blank, the annex the document issues, a name, with no item after them
    ("blank_then_annex", "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\n\nQUY CHẾ\nLàm việc của Ủy ban nhân dân xã\n\n- Điều 1.\n",
     ["UBND huyện"]),
    ("blank_then_name", "Nơi nhận:\n- UBND huyện;\n- Phòng Tư pháp;\n\nNguyễn Văn An\n", ["UBND huyện", "Phòng Tư pháp"]),
    # the heading as the outline has long read it: 'Nơi gửi', and a page's bold markup around it
    ("noi_gui", "Nơi gửi:\n- UBND các xã, thị trấn;\n- Lưu: VT.\n", ["UBND các xã, thị trấn"]),
    ("bold_head", "**Nơi nhận:**\n- UBND các xã, thị trấn;\n- Lưu: VT.\n", ["UBND các xã, thị trấn"]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in FAMILIES])
def test_recipient_families(text, expected):
    assert extract_recipients(clean_lines(text)) == expected
