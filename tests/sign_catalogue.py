# ruff: noqa: E501  (a catalogue of end blocks reads better unwrapped)
"""The END BLOCK of a document in every form a page gives it: the signature ('T/M', 'TM.', 'T.M', 'KT.',
'Q.', 'TL.', 'TUQ.' or an office alone), the notes between title and name ('(Đã ký)', '(ký)', '[daky]'),
the name on its own line, in capitals, after a rank or on the title's line, and the recipients ('Nơi nhận:')
before, after or beside it; a news lead naming who signed; and texts that must give no signer.

Each row is a short but whole document (header, title, a body line, the end block). The forms are those of
real pages: the repo's labelled sets (named in each family's docstring) and the signature blocks of state and
Party documents as portals and legal libraries print them.

Rules applied to the expected values (the gold format of docs/realworld.md):
- signer: the person's name as written, without a rank ('Đại tá') or an honorific ('đồng chí', 'ông'); the
  title is the office on the line above the name (the deputy's own office under 'KT.', the clerk's office
  under 'TL.' or 'TUQ.'); a text that signs nothing (a name in a task, a meeting's chair) has no signer;
- recipients: one per item, the annotation ('(b/c)', '(thay b/c)') and the archive note ('Lưu: VT') dropped,
  'Như trên' kept as written.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from bench.perturb import TABLE_LAYOUTS


@dataclass(frozen=True)
class SRow:
    id: str
    text: str
    name: str | None  # None: no signer's name (the text signs nothing)
    title: str | None = None  # a part of the signer's title, case-folded ('phó chủ tịch')
    recipients: tuple[str, ...] = ()  # each in a recipient of its own


STATE_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH THÁI BÌNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
              "Số: 45/KH-UBND\n\nThái Bình, ngày 12 tháng 3 năm 2024\n\n")
PARTY_HEAD = ("TỈNH ỦY THÁI BÌNH\n*\nSố 45-KH/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nThái Bình, ngày 12 tháng 3 năm 2024\n\n")
BODY = ("KẾ HOẠCH\nPhòng, chống thiên tai năm 2024\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n"
        "1. Chủ động phòng, chống thiên tai, giảm thiệt hại về người và tài sản.\n\n"
        "II. TỔ CHỨC THỰC HIỆN\n\nCác sở, ngành, địa phương triển khai thực hiện Kế hoạch này./.\n\n")
STATE_TO = ("Nơi nhận:\n- Bộ Nông nghiệp và PTNT (b/c);\n- TT Tỉnh ủy, TT HĐND tỉnh (để b/c);\n"
            "- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố;\n- Lưu: VT, NN.\n\n")
STATE_GOT = ("Bộ Nông nghiệp và PTNT", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố")
PARTY_TO = ("Nơi nhận:\n- Ban Bí thư Trung ương (b/c),\n- Các huyện ủy, thành ủy, đảng ủy trực thuộc,\n"
            "- Các đồng chí Tỉnh ủy viên,\n- Lưu Văn phòng Tỉnh ủy.\n\n")
PARTY_GOT = ("Ban Bí thư Trung ương", "Các huyện ủy, thành ủy, đảng ủy trực thuộc", "Các đồng chí Tỉnh ủy viên")


def _state(block: str, to: str = STATE_TO) -> str:
    return STATE_HEAD + BODY + to + block


def _party(block: str, to: str = PARTY_TO) -> str:
    return PARTY_HEAD + BODY + to + block


# --- the signature block's marks and offices, stacked under 'Nơi nhận' (the common print) ---
# tests/realworld_blind19/b02_*'s 'TM. ỦY BAN NHÂN DÂN' / 'CHỦ TỊCH'; tests/realworld/*'s Party 'T/M BAN THƯỜNG VỤ'.
MARKS: list[tuple[str, Callable[[str], str], str, str, str]] = [
    # id, head, block, name, title part
    ("tm_ubnd", _state, "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Khắc Thận\n", "Nguyễn Khắc Thận", "chủ tịch"),
    ("tm_nodot", _state, "TM ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Khắc Thận\n", "Nguyễn Khắc Thận", "chủ tịch"),
    ("tslash_btv", _party, "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n\n\nNgô Đông Hải\n", "Ngô Đông Hải", "bí thư"),
    ("tdot_btv", _party, "T.M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\n(đã ký)\n\nTừ Minh Hải\n", "Từ Minh Hải", "phó bí thư"),
    ("tm_colon", _party, "TM: BAN THƯỜNG VỤ\nBÍ THƯ\n\nNgô Đông Hải\n", "Ngô Đông Hải", "bí thư"),
    ("kt_chutich", _state, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nLại Văn Hoàn\n", "Lại Văn Hoàn", "phó chủ tịch"),
    ("kt_alone", _state, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLại Văn Hoàn\n", "Lại Văn Hoàn", "phó chủ tịch"),
    ("kt_glued", _party, "T/M BAN THƯỜNG VỤ\nKT.BÍ THƯ\nPHÓ BÍ THƯ\n\nTừ Minh Hải\n", "Từ Minh Hải", "phó bí thư"),
    ("kslash", _state, "K/T CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLại Văn Hoàn\n", "Lại Văn Hoàn", "phó chủ tịch"),
    ("q_chutich", _state, "TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\n\nNguyễn Quang Hưng\n", "Nguyễn Quang Hưng", "chủ tịch"),
    ("q_bithu", _party, "T/M BAN THƯỜNG VỤ\nQ. BÍ THƯ\n\n(Đã ký)\n\nNguyễn Quang Hưng\n", "Nguyễn Quang Hưng", "bí thư"),
    ("tl_cvp", _state, "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\n(Đã ký)\n\nPhạm Văn Nghiêm\n", "Phạm Văn Nghiêm", "chánh văn phòng"),
    ("tl_kt", _state, "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nĐỗ Thị Hà\n", "Đỗ Thị Hà", "phó chánh văn phòng"),
    ("tuq_gd", _state, "TUQ. CHỦ TỊCH\nGIÁM ĐỐC SỞ NỘI VỤ\n\n(Đã ký)\n\nVũ Văn Tiến\n", "Vũ Văn Tiến", "giám đốc"),
    ("tl_btv", _party, "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\nHoàng Văn Thành\n", "Hoàng Văn Thành", "chánh văn phòng"),
    ("pbt_alone", _party, "PHÓ BÍ THƯ\n\n\nĐặng Trọng Thăng\n", "Đặng Trọng Thăng", "phó bí thư"),
    ("ct_alone", _state, "CHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Hoàng Sơn\n", "Nguyễn Hoàng Sơn", "chủ tịch"),
    ("thay_mat_words", _party, "THAY MẶT BAN THƯỜNG VỤ\nBÍ THƯ\n\nNgô Đông Hải\n", "Ngô Đông Hải", "bí thư"),
    ("ky_thay_words", _state, "KÝ THAY CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLại Văn Hoàn\n", "Lại Văn Hoàn", "phó chủ tịch"),
    ("thua_lenh_words", _state, "THỪA LỆNH CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nPhạm Văn Nghiêm\n", "Phạm Văn Nghiêm", "chánh văn phòng"),
    ("tm_hdnd", _state, "TM. HỘI ĐỒNG NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nĐặng Trọng Thăng\n", "Đặng Trọng Thăng", "chủ tịch"),
    ("tm_bch_union", _state, "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\n\nNguyễn Thị Thu Hà\n", "Nguyễn Thị Thu Hà", "chủ tịch"),
    ("kt_bo_truong", _state, "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n(Đã ký)\n\nNguyễn Văn Phúc\n", "Nguyễn Văn Phúc", "thứ trưởng"),
    ("kt_thu_tuong", _state, "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nTrần Hồng Hà\n", "Trần Hồng Hà", "phó thủ tướng"),
    ("giam_doc_alone", _state, "GIÁM ĐỐC\n\n(Đã ký)\n\nVũ Văn Tiến\n", "Vũ Văn Tiến", "giám đốc"),
    ("truong_ban_alone", _party, "TRƯỞNG BAN\n\nHoàng Văn Thành\n", "Hoàng Văn Thành", "trưởng ban"),
    ("board_two_offices", _state, "TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\n\nPHÓ CHỦ TỊCH UBND TỈNH\nLại Văn Hoàn\n", "Lại Văn Hoàn", "trưởng ban"),
    ("tm_dang_doan", _party, "T/M ĐẢNG ĐOÀN\nBÍ THƯ\n\nĐặng Trọng Thăng\n", "Đặng Trọng Thăng", "bí thư"),
    ("tm_kt_party", _party, "T/M BAN CHẤP HÀNH\nKT. BÍ THƯ\nPHÓ BÍ THƯ\n\nTừ Minh Hải\n", "Từ Minh Hải", "phó bí thư"),
    ("tm_btv_bt_bold", _party, "**T/M BAN THƯỜNG VỤ**\n**BÍ THƯ**\n\n**Ngô Đông Hải**\n", "Ngô Đông Hải", "bí thư"),
]

# --- what sits between the title and the name (a portal's notes, a library's markers) ---
# tests/realworld/k14_*'s '(ký)'; legal libraries' '[daky]'; '(Đã ký và đóng dấu)' on copies of sealed decisions.
NOTES: list[tuple[str, str]] = [
    ("daky", "(Đã ký)"),
    ("daky_lower", "(đã ký)"),
    ("ky", "(ký)"),
    ("ky_bracket", "[daky]"),
    ("daky_dongdau", "(Đã ký và đóng dấu)"),
    ("ky_ten_dongdau", "(Ký tên, đóng dấu)"),
    ("none", ""),
]

# --- the name's own forms ---
NAMES: list[tuple[str, str, str | None, str | None]] = [
    # id, block, name, title part
    ("name_caps", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nNGUYỄN KHẮC THẬN\n", "Nguyễn Khắc Thận", "chủ tịch"),
    ("name_caps_party", "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNGÔ ĐÔNG HẢI\n", "Ngô Đông Hải", "bí thư"),
    # a portal's repost of the whole document closes with its poster's name under the block: the block's name signs
    ("repost_byline", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Khắc Thận\n\nNguyễn Hương\n", "Nguyễn Khắc Thận", "chủ tịch"),
    ("repost_byline_noted", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nLại Văn Hoàn\n\nTrần Minh Anh\n", "Lại Văn Hoàn", "phó chủ tịch"),
    ("repost_byline_caps", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNGUYỄN KHẮC THẬN\n\nNguyễn Hương\n", "Nguyễn Khắc Thận", "chủ tịch"),
    ("rank", "TM. ĐẢNG ỦY\nBÍ THƯ\n\n(Đã ký)\n\nĐại tá Nguyễn Văn Tuấn\n", "Nguyễn Văn Tuấn", "bí thư"),
    ("rank_gen", "KT. CHỈ HUY TRƯỞNG\nPHÓ CHỈ HUY TRƯỞNG\n\nThượng tá Lê Văn Bình\n", "Lê Văn Bình", "phó chỉ huy trưởng"),
    ("title_name_line", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH Nguyễn Khắc Thận\n", "Nguyễn Khắc Thận", "chủ tịch"),
    ("kt_name_line", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH Lại Văn Hoàn\n", "Lại Văn Hoàn", "phó chủ tịch"),
    ("no_blank", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\nNguyễn Khắc Thận\n", "Nguyễn Khắc Thận", "chủ tịch"),
    ("name_four", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thị Thanh Hương\n", "Nguyễn Thị Thanh Hương", "phó chủ tịch"),
    ("name_ethnic", "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nKsor Phước Hà\n", "Ksor Phước Hà", "bí thư"),
    ("name_then_share", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Khắc Thận\n\nTải về\n\nIn trang\n", "Nguyễn Khắc Thận", "chủ tịch"),
    ("note_after_name", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Khắc Thận (đã ký)\n", "Nguyễn Khắc Thận", "chủ tịch"),
    ("note_beside_title", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH (Đã ký)\n\nNguyễn Khắc Thận\n", "Nguyễn Khắc Thận", "chủ tịch"),
    ("trailing_blanks", "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\n\n\n\nNgô Đông Hải\n\n\n\n", "Ngô Đông Hải", "bí thư"),
    ("name_then_source", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Khắc Thận\n\nNguồn: Cổng thông tin điện tử tỉnh\n", "Nguyễn Khắc Thận", "chủ tịch"),
    # tests/realworld_blind17/b15_*: the page cuts the name to its initial; the office stays the deputy's
    ("name_cut_initial", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐ\n", None, "phó chủ tịch"),
    ("name_cut_initial_party", "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nN\n", None, "phó bí thư"),
    # tests/realworld/k01_*, tests/realworld_blind16/b14_*: the office and name lines lost, the annex's title in capitals next
    ("kt_then_annex_title", "KT. CHỦ TỊCH\nQUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG PHẦN MỀM MỘT CỬA ĐIỆN TỬ TRONG CÁC CƠ QUAN HÀNH CHÍNH NHÀ NƯỚC TỈNH THÁI BÌNH\n"
     "(Ban hành kèm theo Quyết định số 45/QĐ-UBND)\n", None, "chủ tịch"),
    # a bare name (no mark, no office) closing a document with its recipients list is its signer
    ("bare_name_after_recipients", "Nguyễn Khắc Thận\n", "Nguyễn Khắc Thận", None),
    ("bare_name_under_note", "(Đã ký)\n\nLại Văn Hoàn\n", "Lại Văn Hoàn", None),
]

# A block cut under its mark, before the office and the name (tests/realworld/k01_*: '| KT. CHỦ TỊCH |', then the
# annexed rules' title in capitals): the mark's office, no name; the annex's title is no office.
CUT: list[tuple[str, str, str]] = [
    ("kt_then_annex_title", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nQUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG PHẦN MỀM MỘT CỬA ĐIỆN TỬ\n", "chủ tịch"),
    ("kt_pipes_then_annex_title", "| KT. CHỦ TỊCH |\nQUY ĐỊNH VỀ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\n", "chủ tịch"),
    ("tl_then_annex_title", "TL. BỘ TRƯỞNG\nDANH MỤC CÁC ĐƠN VỊ THAM GIA THỰC HIỆN ĐỀ ÁN\n", "bộ trưởng"),
    # tests/realworld_blind17/b15_*: the name cut to its first letter under the deputy's office
    ("kt_name_cut_letter", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐ\n", "phó chủ tịch"),
    ("tm_office_name_cut_letter", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nN\n", "chủ tịch"),
]
# tests/realworld_blind16/b14_*, realworld_blind20/b04_*: '| TM. ỦY BAN NHÂN DÂN |' then the annex's title: no office
CUT_TM: list[tuple[str, str]] = [
    ("tm_then_annex_title", "| TM. ỦY BAN NHÂN DÂN |\nCHẾ ĐỘ BÁO CÁO ĐỊNH KỲ PHỤC VỤ MỤC TIÊU QUẢN LÝ TRÊN ĐỊA BÀN TỈNH\n"),
    ("tm_then_annex_purpose", "| TM. ỦY BAN NHÂN DÂN |\nTHỰC HIỆN NGHỊ QUYẾT SỐ 02/NQ-CP NGÀY 01/01/2019 CỦA CHÍNH PHỦ\n"),
]

# A bare name closing a document's own end matter, its office lost (seed_data/002_*: '- Lưu VPHU.' / 'Nguyễn Chi
# Hội'): the signer, unlike a news item's byline (NONE below).
BARE: list[tuple[str, str, str]] = [
    ("after_archive", STATE_HEAD + BODY + STATE_TO + "Nguyễn Khắc Thận\n", "Nguyễn Khắc Thận"),
    ("after_party_archive", PARTY_HEAD + BODY + PARTY_TO + "Ngô Đông Hải\n", "Ngô Đông Hải"),
    ("after_signed_note", STATE_HEAD + BODY + "(Đã ký)\n\nNguyễn Khắc Thận\n", "Nguyễn Khắc Thận"),
]

# --- the recipients' place and forms ---
# tests/test_recipients.py's flattened table ('Nơi nhận:\tT/M BAN THƯỜNG VỤ'); tests/realworld/s09_*'s 'Như trên'.
PLACES: list[tuple[str, str, tuple[str, ...], str, str]] = [
    # id, whole end block, recipients, name, title part
    ("beside_tab",
     "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Bộ Nông nghiệp và PTNT (b/c);\tCHỦ TỊCH\n- Các sở, ban, ngành tỉnh;\n- Lưu: VT.\tNguyễn Khắc Thận\n",
     ("Bộ Nông nghiệp và PTNT", "Các sở, ban, ngành tỉnh"), "Nguyễn Khắc Thận", "chủ tịch"),
    ("beside_space",
     "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Bộ Nông nghiệp và PTNT (b/c); KT. CHỦ TỊCH\n- Các sở, ban, ngành tỉnh; PHÓ CHỦ TỊCH\n- Lưu: VT.\n\nLại Văn Hoàn\n",
     ("Bộ Nông nghiệp và PTNT", "Các sở, ban, ngành tỉnh"), "Lại Văn Hoàn", "phó chủ tịch"),
    ("flat_one_line",
     "Nơi nhận: - Bộ Nông nghiệp và PTNT (b/c); - Các sở, ban, ngành tỉnh; - Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Nguyễn Khắc Thận\n",
     ("Bộ Nông nghiệp và PTNT", "Các sở, ban, ngành tỉnh"), "Nguyễn Khắc Thận", "chủ tịch"),
    ("after_block",
     "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Khắc Thận\n\nNơi nhận:\n- Bộ Nông nghiệp và PTNT (b/c);\n- Các sở, ban, ngành tỉnh;\n- Lưu: VT, NN.\n",
     ("Bộ Nông nghiệp và PTNT", "Các sở, ban, ngành tỉnh"), "Nguyễn Khắc Thận", "chủ tịch"),
    ("one_line_semicolons",
     "Nơi nhận: Bộ Nông nghiệp và PTNT; Các sở, ban, ngành tỉnh; UBND các huyện, thành phố; Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Khắc Thận\n",
     ("Bộ Nông nghiệp và PTNT", "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"), "Nguyễn Khắc Thận", "chủ tịch"),
    ("dash_items_one_line",
     "Nơi nhận: - Như trên; - Bộ Nông nghiệp và PTNT (b/c); - Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Khắc Thận\n",
     ("Như trên", "Bộ Nông nghiệp và PTNT"), "Nguyễn Khắc Thận", "chủ tịch"),
    ("thay_bc",
     "Nơi nhận:\n- Như trên;\n- Thường trực Tỉnh ủy (thay b/c);\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Khắc Thận\n",
     ("Như trên", "Thường trực Tỉnh ủy"), "Nguyễn Khắc Thận", "chủ tịch"),
    ("caps_head",
     "NƠI NHẬN:\n- Ban Bí thư Trung ương (để báo cáo),\n- Các huyện ủy, thành ủy,\n- Lưu VPTU.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNgô Đông Hải\n",
     ("Ban Bí thư Trung ương", "Các huyện ủy, thành ủy"), "Ngô Đông Hải", "bí thư"),
    ("plus_items",
     "Nơi nhận:\n+ Bộ Nông nghiệp và PTNT (để b/c);\n+ Các sở, ban, ngành tỉnh;\n+ Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Khắc Thận\n",
     ("Bộ Nông nghiệp và PTNT", "Các sở, ban, ngành tỉnh"), "Nguyễn Khắc Thận", "chủ tịch"),
    ("wrapped_item",
     "Nơi nhận:\n- Ban Dân vận Trung ương, Văn phòng\nTrung ương Đảng (b/c),\n- Các huyện ủy,\n- Lưu VPTU.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNgô Đông Hải\n",
     ("Ban Dân vận Trung ương, Văn phòng Trung ương Đảng", "Các huyện ủy"), "Ngô Đông Hải", "bí thư"),
    ("semicolon_dash_glued",
     "Nơi nhận:\n- Như Điều 3;\n- Chủ tịch, các PCT UBND tỉnh ;- CVP, các PCVP UBND tỉnh;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLại Văn Hoàn\n",
     ("Như Điều 3", "Chủ tịch, các PCT UBND tỉnh", "CVP, các PCVP UBND tỉnh"), "Lại Văn Hoàn", "phó chủ tịch"),
    ("dash_in_name",
     "Nơi nhận:\n- Bộ Lao động - Thương binh và Xã hội (b/c);\n- Sở Lao động - Thương binh và Xã hội;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLại Văn Hoàn\n",
     ("Bộ Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"), "Lại Văn Hoàn", "phó chủ tịch"),
("no_dashes",
     "Nơi nhận:\nBộ Nông nghiệp và PTNT (b/c);\nCác sở, ban, ngành tỉnh;\nUBND các huyện, thành phố;\nLưu: VT, NN.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Khắc Thận\n",
     ("Bộ Nông nghiệp và PTNT", "Các sở, ban, ngành tỉnh", "UBND các huyện, thành phố"), "Nguyễn Khắc Thận", "chủ tịch"),
    ("head_item_then_lines",
     "Nơi nhận: Như trên;\nThường trực Tỉnh ủy (b/c);\nLưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Khắc Thận\n",
     ("Như trên", "Thường trực Tỉnh ủy"), "Nguyễn Khắc Thận", "chủ tịch"),
    ("luu_only",
     "Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLại Văn Hoàn\n",
     ("Như trên",), "Lại Văn Hoàn", "phó chủ tịch"),
]

# --- a document whose signature is not at the end of the page ---
# tests/realworld/s50_*: a decision signed 'CHỦ TỊCH' / '(Đã ký)' / name, then the regulation it issues;
# tests/realworld_blind2/b08_*: a forum post that runs the whole decision onto one line.
TAILS: list[tuple[str, str, str, str | None]] = [
    ("then_rules",
     STATE_HEAD + "QUYẾT ĐỊNH\nBan hành Quy chế phối hợp\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
     "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
     "CHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Hoàng Sơn\n\nQUY CHẾ\nPhối hợp trong công tác quản lý\n\n(Ban hành kèm theo Quyết định số 45/QĐ-UBND)\n\n"
     "Chương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\n\n" + "Quy chế này quy định việc phối hợp giữa các sở, ngành trong công tác quản lý nhà nước.\n\n" * 20,
     "Nguyễn Hoàng Sơn", "chủ tịch"),
    ("then_second_decision",
     STATE_HEAD + "QUYẾT ĐỊNH\nỦy quyền cho phép thành lập hội\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
     "Điều 1. Ủy quyền cho Chủ tịch Ủy ban nhân dân các huyện cho phép thành lập hội.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
     "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nLại Văn Hoàn\n\nQUYẾT ĐỊNH\n\nBan hành Quy định về tổ chức hội\n\n____________________\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n"
     + "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và các văn bản hướng dẫn thi hành;\n\n" * 16 + "Theo đề nghị của Giám đốc Sở Nội vụ tại tờ trình số 694/TTr-SNV ngày 25/11/",
     "Lại Văn Hoàn", "phó chủ tịch"),
    # blind40 e04: the Official Gazette's decision (no list), its block above the long plan it issues; 'PHÓ THỦ
    # TƯỚNG' under 'KT. THỦ TƯỚNG' is the office ('Phó' is a family name too), the name the line under it
    ("then_plan_deputy_pm",
     "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 844/QĐ-TTg\n\nHà Nội, ngày 13 tháng 5 năm 2026\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch hành động\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\n"
     "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động.\n\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành./.\n\n"
     "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nPhạm Thị Thanh Trà\n\nKẾ HOẠCH HÀNH ĐỘNG\n(Kèm theo Quyết định số 844/QĐ-TTg ngày 13 tháng 5 năm 2026 của Thủ tướng Chính phủ)\n\n"
     "I. MỤC TIÊU\n\n" + "- Tổ chức thể chế hóa và thực hiện đầy đủ các nhiệm vụ, giải pháp đã đề ra.\n\n" * 20,
     "Phạm Thị Thanh Trà", "phó thủ tướng"),
    ("one_line_forum",
     "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367-QĐ/TWĐTN-VP ĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành Quy định về công tác văn thư "
     "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN - Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; QUYẾT ĐỊNH Điều 1. Ban hành kèm theo quyết định này Quy định về công tác văn thư. "
     "Điều 2. Quyết định này có hiệu lực từ ngày ký./. Nơi nhận: - Như điều 2; - Lưu VT. TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Nguyễn Đắc Vinh "
     "BAN CHẤP HÀNH TRUNG ƯƠNG***ĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUY ĐỊNHVề công tác văn thư " + "Chương I Quy định chung. " * 10,
     "Nguyễn Đắc Vinh", None),
    ("one_line_kt",
     "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH Số: 45/KH-UBND Thái Bình, ngày 12 tháng 3 năm 2024 KẾ HOẠCH Phòng, chống thiên tai năm 2024 I. MỤC ĐÍCH, YÊU CẦU "
     "1. Chủ động phòng, chống thiên tai. Nơi nhận: - Các sở, ban, ngành tỉnh; - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Lại Văn Hoàn\n",
     "Lại Văn Hoàn", "phó chủ tịch"),
    # the same run-on block with the marks as the block's own lines write them ('TM' with no stop, 'T/M.',
    # 'K/T.'): a mark on one line reads as one on its own line does
    ("one_line_tm_no_stop",
     "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH Số: 45/KH-UBND Thái Bình, ngày 12 tháng 3 năm 2024 KẾ HOẠCH Phòng, chống thiên tai năm 2024 I. MỤC ĐÍCH, YÊU CẦU "
     "1. Chủ động phòng, chống thiên tai. Nơi nhận: - Các sở, ban, ngành tỉnh; - Lưu: VT. TM ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Nguyễn Khắc Thận\n",
     "Nguyễn Khắc Thận", "chủ tịch"),
    ("one_line_tm_slash_stop",
     "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH Số: 45/KH-UBND Thái Bình, ngày 12 tháng 3 năm 2024 KẾ HOẠCH Phòng, chống thiên tai năm 2024 I. MỤC ĐÍCH, YÊU CẦU "
     "1. Chủ động phòng, chống thiên tai. Nơi nhận: - Các sở, ban, ngành tỉnh; - Lưu: VT. T/M. ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Nguyễn Khắc Thận\n",
     "Nguyễn Khắc Thận", "chủ tịch"),
    ("one_line_kt_slash_stop",
     "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH Số: 45/KH-UBND Thái Bình, ngày 12 tháng 3 năm 2024 KẾ HOẠCH Phòng, chống thiên tai năm 2024 I. MỤC ĐÍCH, YÊU CẦU "
     "1. Chủ động phòng, chống thiên tai. Nơi nhận: - Các sở, ban, ngành tỉnh; - Lưu: VT. K/T. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Lại Văn Hoàn\n",
     "Lại Văn Hoàn", "phó chủ tịch"),
]

# --- a news item that says who signed ---
# tests/realworld_blind2/b15_*: 'Phó Chủ tịch thường trực ... Đặng Thị Phương Hoa đã ký ban hành Kế hoạch số 29/KH-LĐLĐ'.
_NEWS = "Phòng, chống thiên tai năm 2024\n\n12/03/2024 10:27\n\n(TB) {lead} Kế hoạch số 45/KH-UBND về phòng, chống thiên tai năm 2024. Theo đó, các sở, ngành chủ động rà soát phương án ứng phó.\n\nNguồn: Báo Thái Bình\n"
LEADS: list[tuple[str, str, str, str | None]] = [
    ("office_then_name", "Mới đây, Phó Chủ tịch UBND tỉnh Lại Văn Hoàn đã ký ban hành", "Lại Văn Hoàn", "phó chủ tịch"),
    ("office_long_then_name", "Mới đây, Phó Chủ tịch thường trực phụ trách Liên đoàn Lao động tỉnh Đặng Thị Phương Hoa đã ký ban hành", "Đặng Thị Phương Hoa", "phó chủ tịch"),
    ("ong_name_office", "Ngày 12/3, ông Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh ký ban hành", "Lại Văn Hoàn", "phó chủ tịch"),
    ("ba_name_office", "Ngày 12/3, bà Đặng Thị Phương Hoa, Phó Chủ tịch UBND tỉnh đã ký ban hành", "Đặng Thị Phương Hoa", "phó chủ tịch"),
    ("dongchi_name_office", "Thay mặt UBND tỉnh, đồng chí Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh vừa ký ban hành", "Lại Văn Hoàn", "phó chủ tịch"),
    ("dongchi_dash", "Đồng chí Lại Văn Hoàn - Phó Chủ tịch UBND tỉnh đã ký ban hành", "Lại Văn Hoàn", "phó chủ tịch"),
    ("then_byline", "Mới đây, Phó Chủ tịch UBND tỉnh Lại Văn Hoàn đã ký ban hành", "Lại Văn Hoàn", "phó chủ tịch"),
    ("ky_only", "Chủ tịch UBND tỉnh Nguyễn Khắc Thận vừa ký", "Nguyễn Khắc Thận", "chủ tịch"),
    # tests/realworld_blind6/b15_*: offices with commas between the name and the verb
    ("dongchi_offices", "Ngày 20/9, đồng chí Đinh Tiến Dũng, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội đã ký ban hành", "Đinh Tiến Dũng", "bí thư thành ủy"),
    # tests/realworld_unseen/m23_*, tests/realworld_blind/n13_*: the Secretariat's standing member, two offices
    ("standing_secretariat", "Thay mặt Ban Bí thư, Thường trực Ban Bí thư Trương Thị Mai đã ký ban hành", "Trương Thị Mai", "thường trực ban bí thư"),
    ("two_offices", "Ngày 20/6/2020, thay mặt Bộ Chính trị, Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng đã ký ban hành", "Nguyễn Phú Trọng", "tổng bí thư"),
    ("office_place_name", "Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn vừa ký ban hành", "Nguyễn Văn Sơn", "chủ tịch ubnd tỉnh hà giang"),
    ("thu_tuong", "Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 45/CĐ-TTg gửi các bộ, ngành. Trước đó, UBND tỉnh ban hành", "Phạm Minh Chính", "thủ tướng"),
    # tests/realworld_blind28/c11_*: the news tense between the offices and 'thay mặt' (the title ends before it)
    ("dash_offices_tense_acts_for", "Đồng chí Từ Minh Hải – Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh vừa thay mặt Ban Thường vụ Tỉnh ủy ký ban hành", "Từ Minh Hải", "chủ tịch hđnd tỉnh"),
    ("comma_office_da_acts_for", "Ngày 12/3, đồng chí Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh đã thay mặt UBND tỉnh ký ban hành", "Lại Văn Hoàn", "phó chủ tịch ubnd tỉnh"),
    ("ong_office_recently_acts_for", "Ông Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh mới đây đã thay mặt UBND tỉnh ký ban hành", "Lại Văn Hoàn", "phó chủ tịch ubnd tỉnh"),
    ("office_adverb_acts_for", "Ngày 12/3, bà Đặng Thị Phương Hoa, Phó Chủ tịch UBND tỉnh đã chính thức thay mặt UBND tỉnh ký ban hành", "Đặng Thị Phương Hoa", "phó chủ tịch ubnd tỉnh"),
    # tests/realworld_blind18/b05_*: a comma parts 'ký' and 'ban hành'
    ("office_signs_comma_issues", "Bí thư Tỉnh ủy Thái Bình Ngô Đông Hải vừa ký, ban hành", "Ngô Đông Hải", "bí thư tỉnh ủy"),
    # tests/realworld_blind48/q01_*: the verb spelt 'kí', a city's kind abbreviated with a stop in the office
    ("office_city_stop_name_ki", "Ngày 22/7, Bí thư Thành ủy TP.HCM Nguyễn Văn Nên kí ban hành", "Nguyễn Văn Nên", "bí thư thành ủy tp.hcm"),
    ("office_city_stop_name", "Ngày 12/3, Chủ tịch UBND TP.HCM Phan Văn Mãi đã ký ban hành", "Phan Văn Mãi", "chủ tịch ubnd tp.hcm"),
    ("office_city_stop_space_name", "Ngày 12/3, Chủ tịch UBND TP. Cần Thơ Trần Việt Trường đã ký ban hành", "Trần Việt Trường", "chủ tịch ubnd tp. cần thơ"),
    ("office_then_name_ki", "Mới đây, Phó Chủ tịch UBND tỉnh Lại Văn Hoàn đã kí ban hành", "Lại Văn Hoàn", "phó chủ tịch"),
    ("name_office_ki_doc", "Ngày 12/3, ông Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh đã kí", "Lại Văn Hoàn", "phó chủ tịch"),
    ("name_office_signs_comma_issues", "Ngày 12/3, ông Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh đã ký, ban hành", "Lại Văn Hoàn", "phó chủ tịch"),
    # tests/realworld_blind4/b15_*, tests/realworld_blind7/b11_*: the office then the name, the body it acts for
    # between the name and the verb (with or without the news tense)
    ("office_name_tense_acts_for", "Bí thư Tỉnh ủy Phan Việt Cường vừa thay mặt Ban Thường vụ Tỉnh ủy ký ban hành", "Phan Việt Cường", "bí thư tỉnh ủy"),
    ("office_name_acts_for", "Ngày 9/5, Tổng Bí thư Nguyễn Phú Trọng thay mặt Bộ Chính trị ký ban hành", "Nguyễn Phú Trọng", "tổng bí thư"),
    ("offices_name_acts_for", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Phan Việt Cường đã thay mặt Ban Thường vụ ký", "Phan Việt Cường", "bí thư tỉnh ủy"),
    # tests/realworld_blind3/b30_*: an untyped 'văn bản' signed
    ("office_name_signs_van_ban", "Phó Chủ tịch UBND tỉnh Đặng Minh Thông vừa ký ban hành văn bản triển khai", "Đặng Minh Thông", "phó chủ tịch"),
    # the office, a comma or dash, then the name with or without an honorific; a deputy signing for the chairman
    ("office_comma_ong_name", "Ngày 12/3, Phó Chủ tịch UBND tỉnh, ông Lại Văn Hoàn đã ký ban hành", "Lại Văn Hoàn", "phó chủ tịch ubnd tỉnh"),
    ("office_dash_name", "Ngày 12/3, Phó Chủ tịch UBND tỉnh - Lại Văn Hoàn đã ký ban hành", "Lại Văn Hoàn", "phó chủ tịch ubnd tỉnh"),
    ("office_comma_dongchi_acts_for", "Ngày 12/3, Phó Chủ tịch UBND tỉnh, đồng chí Lại Văn Hoàn vừa thay mặt UBND tỉnh ký ban hành", "Lại Văn Hoàn", "phó chủ tịch ubnd tỉnh"),
    ("deputy_signs_for_chairman", "Ngày 12/3, Phó Chủ tịch UBND tỉnh Lại Văn Hoàn thừa ủy quyền Chủ tịch UBND tỉnh ký ban hành", "Lại Văn Hoàn", "phó chủ tịch ubnd tỉnh"),
    # tests/realworld_unseen/m40_*: a clerk signing for the chairman; his own office is the title, not the one he signs for
    ("signed_for_chairman", "Ngày 12/3, thừa lệnh Chủ tịch UBND tỉnh Thái Bình, Phó Chánh Văn phòng UBND tỉnh Trần Văn Sơn đã ký ban hành văn bản về", "Trần Văn Sơn", "phó chánh văn phòng"),
    ("office_ends_moi_acts_for", "Ngày 12/3, đồng chí Lại Văn Hoàn, Trưởng Ban Chỉ đạo xây dựng nông thôn mới vừa thay mặt UBND tỉnh ký ban hành", "Lại Văn Hoàn", "nông thôn mới"),
    # tests/realworld_unseen/m33_*, m36_*, m40_*: a lead's 'văn bản' is the signed document; the office signing for
    # its holder ('thừa lệnh Chủ tịch ...,') is not the signer's
    ("office_name_van_ban", "Chiều 12/3, Giám đốc Sở Nông nghiệp và PTNT Trần Văn Nam đã ký văn bản hỏa tốc gửi các huyện về", "Trần Văn Nam", "giám đốc sở"),
    ("acts_for_office_name_van_ban", "Ngày 12/3, thay mặt UBND tỉnh, Phó Chủ tịch UBND tỉnh Lại Văn Hoàn đã ký ban hành văn bản số 2508/UBND-KGVX triển khai", "Lại Văn Hoàn", "phó chủ tịch"),
    ("signed_for_clerk_van_ban", "Ngày 12/3, thừa lệnh Chủ tịch UBND tỉnh, Phó Chánh Văn phòng UBND tỉnh Đỗ Thị Hà đã ký ban hành văn bản triển khai", "Đỗ Thị Hà", "phó chánh văn phòng"),
]

# the office alone, no name (tests/realworld/h12_*, h24_*): the gold reads it as a block with its office but no name
OFFICE_ONLY: list[tuple[str, str, str]] = [
    ("chairman_place", "Ngày 13/3, Chủ tịch UBND tỉnh Thái Bình đã ký ban hành", "chủ tịch ubnd tỉnh"),
    ("chairman_district", "Chủ tịch UBND huyện vừa ký", "chủ tịch ubnd huyện"),
    ("secretary_city", "Ngày 20/9, Bí thư Thành ủy Hà Nội đã ký ban hành", "bí thư thành ủy"),
]

# the signer after the document, passive: '... Kế hoạch số ... do Phó Chủ tịch UBND tỉnh X ký'
PASSIVE: list[tuple[str, str, str, str | None]] = [
    ("passive_office_name", "Phòng, chống thiên tai năm 2024\n\nUBND tỉnh vừa ban hành Kế hoạch số 45/KH-UBND ngày 12/3/2024 về phòng, chống thiên tai năm 2024 do Phó Chủ tịch UBND tỉnh Lại Văn Hoàn ký. Theo đó, các sở, ngành chủ động rà soát phương án ứng phó.\n",
     "Lại Văn Hoàn", "phó chủ tịch"),
    ("passive_office_comma_ong_name", "Phòng, chống thiên tai năm 2024\n\nUBND tỉnh vừa ban hành Kế hoạch số 45/KH-UBND ngày 12/3/2024 về phòng, chống thiên tai năm 2024 do Phó Chủ tịch UBND tỉnh, ông Lại Văn Hoàn ký. Theo đó, các sở, ngành chủ động rà soát phương án ứng phó.\n",
     "Lại Văn Hoàn", "phó chủ tịch"),
    ("passive_office_name_acts_for", "Phòng, chống thiên tai năm 2024\n\nUBND tỉnh vừa ban hành Kế hoạch số 45/KH-UBND ngày 12/3/2024 về phòng, chống thiên tai năm 2024 do Phó Chủ tịch UBND tỉnh Lại Văn Hoàn thay mặt UBND tỉnh ký. Theo đó, các sở, ngành chủ động rà soát phương án ứng phó.\n",
     "Lại Văn Hoàn", "phó chủ tịch"),
    ("passive_name_office", "Phòng, chống thiên tai năm 2024\n\nKế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND tỉnh về phòng, chống thiên tai năm 2024 do đồng chí Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh ký ban hành yêu cầu các sở, ngành chủ động rà soát phương án ứng phó.\n",
     "Lại Văn Hoàn", "phó chủ tịch"),
]

# the signer in the sentence after the lead (leadforms): 'Thay mặt Ban Thường vụ, đồng chí ..., Phó Bí thư Thường trực
# Tỉnh ủy ký ban hành.' (the verb closing the sentence, no type word after it; realworld h14's lead names him the same
# way), 'Văn bản do Phó Chủ tịch UBND tỉnh ... ký.'
_NEWS_THEN = "Phòng, chống thiên tai năm 2024\n\n12/03/2024 10:27\n\n(TB) Ngày 12/3, {body} ban hành {tw} số {no} về phòng, chống thiên tai năm 2024. {sign} Theo đó, các sở, ngành chủ động rà soát phương án ứng phó.\n\nNguồn: Báo Thái Bình\n"
_PARTY_NEWS = {"body": "Ban Thường vụ Tỉnh ủy Thái Bình", "tw": "Chỉ thị", "no": "45-CT/TU"}
_STATE_NEWS = {"body": "UBND tỉnh Thái Bình", "tw": "Kế hoạch", "no": "45/KH-UBND"}
THEN: list[tuple[str, dict[str, str], str, str, str]] = [
    ("tm_signs_closing", _PARTY_NEWS, "Thay mặt Ban Thường vụ, đồng chí Từ Minh Hải, Phó Bí thư Thường trực Tỉnh ủy ký ban hành.", "Từ Minh Hải", "phó bí thư thường trực"),
    ("tm_dash_signs_closing", _PARTY_NEWS, "Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Từ Minh Hải - Phó Bí thư Thường trực Tỉnh ủy đã ký ban hành.", "Từ Minh Hải", "phó bí thư thường trực"),
    ("type_do_name_office", _PARTY_NEWS, "Chỉ thị do đồng chí Từ Minh Hải, Phó Bí thư Thường trực Tỉnh ủy ký ban hành.", "Từ Minh Hải", "phó bí thư thường trực"),
    ("name_office_signs_type", _PARTY_NEWS, "Đồng chí Từ Minh Hải, Phó Bí thư Thường trực Tỉnh ủy đã ký Chỉ thị.", "Từ Minh Hải", "phó bí thư thường trực"),
    ("van_ban_do_office_name", _STATE_NEWS, "Văn bản do Phó Chủ tịch UBND tỉnh Lại Văn Hoàn ký.", "Lại Văn Hoàn", "phó chủ tịch"),
    ("type_do_ong_name_office", _STATE_NEWS, "Kế hoạch do ông Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh ký ban hành.", "Lại Văn Hoàn", "phó chủ tịch"),
    ("office_name_signs_closing", _STATE_NEWS, "Phó Chủ tịch UBND tỉnh Lại Văn Hoàn đã ký ban hành.", "Lại Văn Hoàn", "phó chủ tịch"),
    ("type_duoc_office_name", _STATE_NEWS, "Kế hoạch được Phó Chủ tịch UBND tỉnh Lại Văn Hoàn ký ban hành.", "Lại Văn Hoàn", "phó chủ tịch"),
    # tests/realworld_unseen/m22_*: the day it was signed after the verb
    ("type_duoc_name_offices_on_day", _PARTY_NEWS, "Chỉ thị vừa được đồng chí Từ Minh Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy ký ban hành ngày 12/3/2024.", "Từ Minh Hải", "bí thư tỉnh ủy"),
]

# --- texts that sign nothing: a name in a task, a meeting's chair, an agreement signed ---
NONE: list[tuple[str, str]] = [
    ("task_names_official", STATE_HEAD + BODY.replace("./.", ". Giao đồng chí Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh chỉ đạo thực hiện Kế hoạch này./.")),
    ("news_chair", _NEWS.format(lead="Ngày 12/3, đồng chí Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh chủ trì hội nghị triển khai")),
    ("news_ky_ket", _NEWS.format(lead="Ngày 12/3, ông Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh đã ký kết quy chế phối hợp và triển khai")),
    ("news_presented", _NEWS.format(lead="Ngày 12/3, UBND tỉnh ban hành") + "\nĐồng chí Nguyễn Khắc Thận, Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị.\n"),
    ("body_only", STATE_HEAD + BODY),
    # a task: the office will sign, no news tense ('giao Giám đốc Sở ... ký văn bản')
    ("news_task_signs", _NEWS.format(lead="Ngày 12/3, UBND tỉnh giao Giám đốc Sở Nội vụ ký văn bản hướng dẫn và ban hành")),
    # a journalist's byline under a news item
    ("grounds_cite_signer", STATE_HEAD + "KẾ HOẠCH\nPhòng, chống thiên tai năm 2024\n\nCăn cứ Quyết định số 12/QĐ-UBND do Chủ tịch UBND tỉnh Nguyễn Khắc Thận ký ngày 5/3/2024;\n\n" + BODY[BODY.index("I. "):]),
    ("news_cited_signed", _NEWS.format(lead="Thực hiện Chỉ thị số 05-CT/TU do đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy ký ban hành, UBND tỉnh vừa ban hành")),
    ("news_byline", _NEWS.format(lead="Ngày 12/3, UBND tỉnh ban hành") + "\nMinh Anh\n"),
    ("news_byline_surname", _NEWS.format(lead="Ngày 12/3, UBND tỉnh ban hành") + "\nNguyễn Hương\n"),
    # tests/realworld/c19_*, k03_*, k27_*, h18_*, k44_*: the byline after the paragraphs, a link line, a date line
    ("news_byline_after_link", _NEWS.format(lead="Ngày 12/3, UBND tỉnh ban hành") + "\nXem chi tiết văn bản tại đây\n\nVõ Phượng\n"),
    ("news_byline_after_ref", _NEWS.format(lead="Ngày 12/3, UBND tỉnh ban hành") + "Kế hoạch 45/KH-UBND, ngày 12/3/2024\n\nDoãn Thành\n"),
    ("news_byline_caps", _NEWS.format(lead="Ngày 12/3, UBND tỉnh ban hành") + "\nHOÀNG BÁCH\n"),
    ("news_byline_three", _NEWS.format(lead="Ngày 12/3, UBND tỉnh ban hành") + "\nVăn Minh Đảo\n\nCác tin khác\n"),
    # tests/realworld_blind21/b06_*, b11_*, tests/realworld_blind22/b09_*: a reporter's byline in capitals or a pen name
    ("news_byline_caps_pen", _NEWS.format(lead="Ngày 12/3, UBND tỉnh ban hành") + "\nVĂN SỰ\n"),
    ("news_byline_no_source", _NEWS.format(lead="Ngày 12/3, UBND tỉnh ban hành").replace("\nNguồn: Báo Thái Bình\n", "\nMai Huyền\n")),
    # tests/realworld_blind3/b14_*: a portal's poster under its attachments line, then the page's menus
    ("portal_poster_attachments", _NEWS.format(lead="Ngày 12/3, UBND tỉnh ban hành") + "\nTập tin đính kèm:\nLê Thị Thưi\nCác tin khác\n"),
    # a copied document body closing on its portal's byline, no recipients list
    ("document_body_byline", STATE_HEAD + BODY + "Lâm Anh\n"),
    # tests/realworld_blind3/b14_*: the poster's name under the attachment line, the page ending there
    ("news_byline_attachment", _NEWS.format(lead="Ngày 12/3, UBND tỉnh ban hành") + "\nTập tin đính kèm:\nLê Thị Thưi\n"),
    # 'ký kết văn bản' signs an agreement, not the page's document ('văn bản' is signed only after 'ký')
    ("news_ky_van_ban_ky_ket", _NEWS.format(lead="Ngày 12/3, ông Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh đã ký kết văn bản hợp tác và triển khai")),
]

# --- a legal library's metadata names the signer in its own field; the block, when present, is the same man ---
# tests/realworld_blind4/*'s 'Người ký | Nguyễn Hòa Bình |', tests/realworld_blind5/*'s glued 'Người ký:Lê Hồng Sơn'.
FIELDS: list[tuple[str, str, str, str | None]] = [
    ("field_no_block", "Số hiệu: 45/KH-UBND\nLoại văn bản: Kế hoạch\nNgười ký: Nguyễn Khắc Thận\nNơi ban hành: Tỉnh Thái Bình\n\n" + STATE_HEAD + BODY,
     "Nguyễn Khắc Thận", None),
    ("field_and_block", "Người ký: Lại Văn Hoàn\n\n" + STATE_HEAD + BODY + STATE_TO + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLại Văn Hoàn\n",
     "Lại Văn Hoàn", "phó chủ tịch"),
    # tests/realworld_blind20/b03_*: the pair after a value ending in a digit ('Nơi ban hành: Quận 5 Người ký: ...')
    ("field_pair_after_digit", "Số hiệu: 75/BC-UBND Loại văn bản: Báo cáo\nNơi ban hành: Quận 5 Người ký: Phạm Quốc Huy\nNgày ban hành: 20/03/2018\n\n" + STATE_HEAD + BODY,
     "Phạm Quốc Huy", None),
    # tests/realworld_blind17/b11_*: the block lost its name line, its office alone in a cell under the last article
    ("field_office_cell_then_annex", "Số hiệu | 1560/QĐ-TTg |\nNgười ký | Phạm Minh Chính |\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nSố: 1560/QĐ-TTg\n\nQUYẾT ĐỊNH:\n"
     "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Chỉ thị số 39-CT/TW.\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.\n|\nTHỦ TƯỚNG |\n"
     "TRIỂN KHAI CHỈ THỊ SỐ 39-CT/TW\n1. Mục đích\na) Cụ thể hóa các nhiệm vụ, giải pháp.\n", "Phạm Minh Chính", "thủ tướng"),
    ("field_office_under_recipients", "Người ký: Lại Văn Hoàn\n\n" + STATE_HEAD + BODY + STATE_TO + "PHÓ CHỦ TỊCH |\n\nPHỤ LỤC\nDanh mục nhiệm vụ\n",
     "Lại Văn Hoàn", "phó chủ tịch"),
    ("field_block_no_name", "Người ký: Lại Văn Hoàn\n\n" + STATE_HEAD + BODY + STATE_TO + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n",
     "Lại Văn Hoàn", "phó chủ tịch"),
]


# blind30 (tests/realworld_blind30/c04, c05, c07, c08): a legal library's page converted to Markdown keeps the
# end block in one table row, the recipients in the left cell and the whole block, office and name, in the
# right one; the Markdown rule row follows, and an annex may follow that.
_CELL_TO = "| Nơi nhận: - Như Điều 3; - Chủ tịch UBND tỉnh; - Lưu: VT, PVHCC. | {block} |\n|---|---|\n"
CELLS: list[tuple[str, str, str, str]] = [
    ("own_chairman", "CHỦ TỊCH Nguyễn Văn Sơn", "Nguyễn Văn Sơn", "chủ tịch"),
    ("own_prime_minister", "THỦ TƯỚNG Nguyễn Tấn Dũng", "Nguyễn Tấn Dũng", "thủ tướng"),
    ("own_minister", "BỘ TRƯỞNG Đào Ngọc Dung", "Đào Ngọc Dung", "bộ trưởng"),
    ("own_director", "GIÁM ĐỐC Trần Văn Nam", "Trần Văn Nam", "giám đốc"),
    ("kt_deputy_pm", "KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng", "Nguyễn Sinh Hùng", "phó thủ tướng"),
    ("kt_deputy_minister", "KT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Văn Thanh", "Lê Văn Thanh", "thứ trưởng"),
    ("tl_kt_vice_head", "TL. TỔNG CỤC TRƯỞNG KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH PHÓ VỤ TRƯỞNG Ngô Văn Độ", "Ngô Văn Độ", "phó vụ trưởng"),
    ("tm_kt_vice_chairman", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hứa Ngọc Thuận", "Hứa Ngọc Thuận", "phó chủ tịch"),
    # blind32 d07: the library's markup split a word of the name ('Đặ ng'); 'ng' is never a word of its own
    ("own_chairman_split_word", "CHỦ TỊCH Đặ ng Văn Minh", "Đặng Văn Minh", "chủ tịch"),
    # blind32 d08: a steering board's head over his government office ('TRƯỞNG BAN PHÓ THỦ TƯỚNG'), no mark
    ("board_head_over_office", "TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Thiện Nhân", "Nguyễn Thiện Nhân", "trưởng ban"),
    # the same over a province's, a ministry's and a department's office, and the board's deputy head
    ("board_head_over_vice_chairman", "TRƯỞNG BAN PHÓ CHỦ TỊCH UBND TỈNH Nguyễn Văn Sơn", "Nguyễn Văn Sơn", "trưởng ban"),
    ("board_head_over_minister", "TRƯỞNG BAN BỘ TRƯỞNG BỘ Y TẾ Đào Hồng Lan", "Đào Hồng Lan", "trưởng ban"),
    ("board_head_over_director", "TRƯỞNG BAN GIÁM ĐỐC SỞ Y TẾ Trần Văn Nam", "Trần Văn Nam", "trưởng ban"),
    ("board_deputy_over_vice_chairman", "PHÓ TRƯỞNG BAN PHÓ CHỦ TỊCH UBND TỈNH Nguyễn Văn Sơn", "Nguyễn Văn Sơn", "phó trưởng ban"),
]
# blind30 c06: a pandoc grid table holding the recipients and the block side by side, each cell line closed by
# a hard-break backslash, the rule of the table's end after it and an annex list after that.
_GRID_RULE = "  ----------------------------------- -----------------------------------\n"
GRIDS: list[tuple[str, str, str, str, str]] = [
    ("central", "T/M BAN CHẤP HÀNH TRUNG ƯƠNG\\**", "TỔNG BÍ THƯ\\", "Tô Lâm", "tổng bí thư"),
    ("province", "T/M BAN THƯỜNG VỤ\\**", "BÍ THƯ\\", "Nguyễn Đức Dũng", "bí thư"),
]
_GRID = ("\n \n\n" + _GRID_RULE
         + "  ***Nơi nhận:\\***                     **{tm}\n"
         + "  - Các ban đảng, đảng ủy trực thuộc             {office}\n"
         + "  Trung ương,\\                                        **\\\n"
         + "  - Các tỉnh ủy, thành ủy,\\                            \\\n"
         + "  - Lưu Văn phòng.                 {name}**\n\n" + _GRID_RULE
         + "\n \n\n**DANH SÁCH CÁC ĐƠN VỊ**\n\n1\\. Thành phố Hà Nội.\n\n2\\. Thành phố Huế.\n")
_ANNEX = "Phần I.\n\nDANH MỤC THỦ TỤC HÀNH CHÍNH\n\n| STT | Tên thủ tục hành chính |\n|---|---|\n| 1 | Cấp giấy phép |\n"


# converters: the end block is a borderless two-column table in the DOCX (the recipients' cell, the signature's
# cell), and each DOCX/PDF-to-text converter writes it its own way (bench/perturb.py's converters' tables):
# markitdown's pipe row, a '<br>' in a pipe cell, pandoc's grid table (hard breaks or paragraphs in a cell),
# MinerU's one-line HTML, pandoc gfm's HTML, a python-docx script's tab between the cells, a web table's row.
_TO_STATE = ["Nơi nhận:", "- Bộ Nông nghiệp và PTNT (b/c);", "- Các sở, ban, ngành tỉnh;", "- Lưu: VT, NN."]
_TO_PARTY = ["Nơi nhận:", "- Ban Bí thư Trung ương (b/c),", "- Các huyện ủy, thành ủy,", "- Lưu Văn phòng Tỉnh ủy."]
CONVERTED_BLOCKS: list[tuple[str, Callable[[str], str], list[str], list[str], str, str]] = [
    # id, head, recipients' cell, signature's cell, name, title part
    ("tm_kt", _state, _TO_STATE, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Lại Văn Hoàn"],
     "Lại Văn Hoàn", "phó chủ tịch"),
    ("party_tm", _party, _TO_PARTY, ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Từ Minh Hải"], "Từ Minh Hải",
     "phó bí thư"),
    ("kt_office_comma", _state, _TO_STATE, ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "Nguyễn Cao Lục"],
     "Nguyễn Cao Lục", "phó chủ nhiệm"),
    ("no_list", _state, [], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lại Văn Hoàn"], "Lại Văn Hoàn", "phó chủ tịch"),
    # perturbreal (blind30 c04, blind32 d01, d06, d07 re-laid out): the head signing in his own name, no mark;
    # with the annex after it, the block stands above the end window
    ("own_chairman", _state, _TO_STATE, ["CHỦ TỊCH", "Nguyễn Văn Sơn"], "Nguyễn Văn Sơn", "chủ tịch"),
    ("own_prime_minister", _state, _TO_STATE, ["THỦ TƯỚNG", "Nguyễn Xuân Phúc"], "Nguyễn Xuân Phúc", "thủ tướng"),
    ("own_secretary", _party, _TO_PARTY, ["BÍ THƯ", "Nguyễn Đức Dũng"], "Nguyễn Đức Dũng", "bí thư"),
]


def sign_rows() -> list[SRow]:
    rows = [SRow(f"mark-{i}", head(block, STATE_TO if head is _state else PARTY_TO), name, title,
                 STATE_GOT if head is _state else PARTY_GOT) for i, head, block, name, title in MARKS]
    rows += [SRow(f"note-{i}-{fam}", head(f"{tm}\n{title}\n\n{note}\n\n{name}\n" if note else f"{tm}\n{title}\n\n{name}\n"),
                  name, title.lower(), got)
             for i, note in NOTES
             for fam, head, tm, title, name, got in (
                 ("state", _state, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Khắc Thận", STATE_GOT),
                 ("party", _party, "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Từ Minh Hải", PARTY_GOT))]
    rows += [SRow(f"name-{i}", _state(block), name, title, STATE_GOT) for i, block, name, title in NAMES]
    rows += [SRow(f"bare-{i}", text, name) for i, text, name in BARE]
    rows += [SRow(f"cut-{i}", STATE_HEAD + BODY + STATE_TO + block, None, title) for i, block, title in CUT]
    rows += [SRow(f"cut-{i}", STATE_HEAD + BODY + STATE_TO + block, None) for i, block in CUT_TM]
    rows += [SRow(f"place-{i}", STATE_HEAD + BODY + block, name, title, got) for i, block, got, name, title in PLACES]
    rows += [SRow(f"tail-{i}", text, name, title) for i, text, name, title in TAILS]
    rows += [SRow(f"lead-{i}", _NEWS.format(lead=lead) + ("\nNguyễn Hương\n" if i == "then_byline" else ""), name, title)
             for i, lead, name, title in LEADS]
    rows += [SRow(f"office-{i}", _NEWS.format(lead=lead), None, title) for i, lead, title in OFFICE_ONLY]
    rows += [SRow(f"passive-{i}", text, name, title) for i, text, name, title in PASSIVE]
    rows += [SRow(f"then-{i}", _NEWS_THEN.format(sign=sign, **news), name, title) for i, news, sign, name, title in THEN]
    rows += [SRow(f"none-{i}", text, None) for i, text in NONE]
    rows += [SRow(f"field-{i}", text, name, title) for i, text, name, title in FIELDS]
    rows += [SRow(f"grid-{i}", PARTY_HEAD + BODY + _GRID.format(tm=tm, office=office, name=name), name, title)
             for i, tm, office, name, title in GRIDS]
    # perturbreal (blind30 c06 with '•' bullets): the grid's last recipient beside the name, another bullet
    rows += [SRow(f"grid-{i}-bullet", PARTY_HEAD + BODY + _GRID.format(tm=tm, office=office, name=name).replace("  - ", "  • "),
                  name, title) for i, tm, office, name, title in GRIDS]
    rows += [SRow(f"cell-{i}{end}", STATE_HEAD + BODY + _CELL_TO.format(block=block) + annex, name, title)
             for i, block, name, title in CELLS for end, annex in (("", ""), ("-annex", _ANNEX))]
    rows += [SRow(f"converted-{i}-{conv}{'_hard' if seed else ''}{end}",
                  head("\n".join(layout([(to, sign)], random.Random(seed))) + "\n" + annex, to="") + "\n", name, title)
             for i, head, to, sign, name, title in CONVERTED_BLOCKS for conv, layout in TABLE_LAYOUTS.items()
             for seed in ((0, 1) if conv == "grid" else (0,))  # a grid cell's breaks: paragraphs (0), hard (1)
             for end, annex in (("", ""), ("-annex", _ANNEX))]
    return rows
