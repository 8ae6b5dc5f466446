"""Normalisation: lines cleaned of extraction noise, paragraphs rebuilt from wrapped lines."""

from __future__ import annotations

import textwrap

import pytest

from loaders.normalise import (
    blank_lines_are_noise,
    clean_lines,
    fold,
    footnotes,
    is_footnote,
    is_stripped,
    new_tone_placement,
    paragraphs,
    restore_diacritics,
    restore_lost_letter_header,
    squeeze,
    wrap_width,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("**thực hiện Nghị quyết số 43-NQ/TW**", "thực hiện Nghị quyết số 43-NQ/TW"),
        ("(*hoàn thành trước 10/01/2024*).", "(hoàn thành trước 10/01/2024)."),
        ("phong trào ***“Xây dựng người phụ nữ”***", "phong trào “Xây dựng người phụ nữ”"),
        ("\tTHÀNH ỦY  HẢI\u00a0PHÒNG ", "THÀNH ỦY HẢI PHÒNG"),
        ("vững mạnh¹. Tập trung", "vững mạnh. Tập trung"),
        ("Đảng đoàn²³ Hội đồng", "Đảng đoàn Hội đồng"),
        ("¹ Nghị quyết số 02-NQ/TW", "¹ Nghị quyết số 02-NQ/TW"),
        ("¹² Nghị quyết số 02-NQ/TW", "¹ Nghị quyết số 02-NQ/TW"),
        ("mạnh ³⁴ và", "mạnh ³ và"),
        ("***Tiêu đề** *", "Tiêu đề"),
        ("1\\. Mục đích", "1. Mục đích"),
        ("## II. NHIỆM VỤ", "II. NHIỆM VỤ"),
        ("Thành uỷ Hưng Yên", "Thành uỷ Hưng Yên"),
        ("Trung uơng, nhà nuớc", "Trung uơng, nhà nuớc"),
    ],
)
def test_clean_line(raw: str, expected: str) -> None:
    assert clean_lines(raw) == [expected]


# sweepI: the eth some sites draw for 'Đ'/'đ' ('Ðảng ủy xã Hưng Long', a Phú Thọ district portal) is read as
# the letter, in a name, a code and a capitals heading; the line keeps its length.
@pytest.mark.parametrize(("raw", "expected"), [
    pytest.param("Ðảng ủy xã Hưng Long", "Đảng ủy xã Hưng Long", id="name"),
    pytest.param("Kế hoạch số 12-KH/ÐU", "Kế hoạch số 12-KH/ĐU", id="code"),
    pytest.param("ÐẢNG BỘ HUYỆN YÊN LẬP", "ĐẢNG BỘ HUYỆN YÊN LẬP", id="capitals"),
    pytest.param("Ðại hội ðảng bộ xã", "Đại hội đảng bộ xã", id="lower-case"),
])
def test_eth_read_as_d_bar(raw: str, expected: str) -> None:
    assert clean_lines(raw) == [expected]


def test_lone_star_line_becomes_blank() -> None:
    assert clean_lines("*\nSố 12-KH/UBND") == ["", "Số 12-KH/UBND"]


@pytest.mark.parametrize("page", ["3", " 12 ", "- 4 -", "– 7 –", "Trang 2"])
def test_page_number_lines_are_dropped(page: str) -> None:
    assert clean_lines(f"đoàn kết toàn dân\n{page}\ntộc.") == ["đoàn kết toàn dân", "tộc."]


def test_clean_lines_is_nfc_and_keeps_blank_lines() -> None:
    decomposed = "Huye\u0323\u0302n u\u0309y\n\nxa\u0303"
    assert clean_lines(decomposed) == ["Huyện ủy", "", "xã"]


def _paras(text: str) -> list[str]:
    return paragraphs(clean_lines(text))


# A full line ending a sentence: six of them give a hard-wrapped text its width.
_FULL = "Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị triển khai thực hiện đúng.\n"
_WITH = "3. Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Lao động"

PARAGRAPH_CASES = [
    pytest.param(
        "2. Tăng cường đổi mới hình thức tuyên truyền.\n\nvận động, nâng cao nhận thức.",
        ["2. Tăng cường đổi mới hình thức tuyên truyền. vận động, nâng cao nhận thức."],
        id="page-break-lower-case-continues",
    ),
    pytest.param(
        "- Đổi mới mô hình tổ chức của Công đoàn phù\n\n12\n\nhợp với cơ cấu lao động.",
        ["- Đổi mới mô hình tổ chức của Công đoàn phù hợp với cơ cấu lao động."],
        id="mid-word-page-break-with-page-number",
    ),
    pytest.param(
        "triển khai Nghị quyết số 43-\nNQ/TW, đề ra giải pháp",
        ["triển khai Nghị quyết số 43-NQ/TW, đề ra giải pháp"],
        id="split-number",
    ),
    pytest.param(
        "Nghị quyết số 43\n-NQ/TW ngày 24/11/2023",
        ["Nghị quyết số 43-NQ/TW ngày 24/11/2023"],
        id="split-number-dash-on-second-line",
    ),
    pytest.param(
        "theo Kế hoạch số 12 –\nKH/UBND ngày 3/4/2024",
        ["theo Kế hoạch số 12 – KH/UBND ngày 3/4/2024"],
        id="spaced-dash-is-not-a-split-number",
    ),
    pytest.param(
        "Thực hiện Nghị quyết số 18-NQ/TW ngày\n\n25/10/2017 của Ban Chấp hành",
        ["Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành"],
        id="date-continues-unfinished-sentence",
    ),
    pytest.param(
        "1. Đối với cấp ủy\n1.1. Các cấp ủy lãnh đạo.\n- Tuyên truyền.\n+ Chủ trì.\n– Phối hợp.\nIII- NHIỆM",
        ["1. Đối với cấp ủy", "1.1. Các cấp ủy lãnh đạo.", "- Tuyên truyền.", "+ Chủ trì.", "– Phối hợp.",
         "III- NHIỆM"],
        id="outline-markers-start-paragraphs",
    ),
    pytest.param(
        "3. Ban Dân vận Huyện ủy chủ trì\n\nCác cấp ủy triển khai thực hiện./.",
        ["3. Ban Dân vận Huyện ủy chủ trì", "Các cấp ủy triển khai thực hiện./."],
        id="one-paragraph-per-line",
    ),
    pytest.param(
        "- Phát huy vai trò của Mặt trận,\nCác hội quần chúng tham gia.",
        ["- Phát huy vai trò của Mặt trận, Các hội quần chúng tham gia."],
        id="comma-continues",
    ),
    pytest.param(
        "KẾ HOẠCH\nthực hiện Nghị quyết số 43-NQ/TW",
        ["KẾ HOẠCH", "thực hiện Nghị quyết số 43-NQ/TW"],
        id="all-caps-heading-stands-alone",
    ),
    pytest.param(
        "năm 2025 có thêm\n20 xã đạt chuẩn nông thôn mới.\n1.2 Tuyên truyền",
        ["năm 2025 có thêm 20 xã đạt chuẩn nông thôn mới.", "1.2 Tuyên truyền"],
        id="bare-number-needs-a-capital",
    ),
    pytest.param(
        "Đoạn văn.\n-----\nĐoạn khác",
        ["Đoạn văn.", "Đoạn khác"],
        id="separator-dropped",
    ),
    pytest.param(
        "- Phát triển kinh tế\n- xã hội bền vững.",
        ["- Phát triển kinh tế - xã hội bền vững."],
        id="dash-before-lower-case-is-a-wrap-not-a-bullet",
    ),
    # perturbreal (blind32 d07 hard-wrapped): a full line ending on a dashed name's first half, the next line
    # opening with its second half ('Sở Lao động' / '- Thương binh ...'), is one name; a short item is not
    pytest.param(
        _FULL * 6 + _WITH + "\n- Thương binh và Xã hội và các đơn vị có liên quan.",
        [_FULL.strip()] * 6 + [_WITH + " - Thương binh và Xã hội và các đơn vị có liên quan."],
        id="wrap-at-a-dashed-name",
    ),
    pytest.param(
        _FULL * 6 + "- Phát triển kinh tế\n- Xã hội: giảm nghèo bền vững.",
        [_FULL.strip()] * 6 + ["- Phát triển kinh tế", "- Xã hội: giảm nghèo bền vững."],
        id="short-item-before-a-dashed-half-is-an-item",
    ),
    # sweepE (a library copy of Bình Định's 1528/QĐ-UBND): 'Thương binh và Xã hội' is only ever the labour
    # body's name, so it continues a line ending 'Lao động' however short, in a text of any width
    pytest.param(
        "Điều 3.\nGiám đốc các Sở: Lao động\n- Thương binh và Xã hội, Nội vụ, Tài chính.",
        ["Điều 3.", "Giám đốc các Sở: Lao động - Thương binh và Xã hội, Nội vụ, Tài chính."],
        id="short-line-before-the-labour-name-half",
    ),
    pytest.param(
        "1. Giao Sở Lao động\n- Thương binh & Xã hội chủ trì thực hiện.",
        ["1. Giao Sở Lao động - Thương binh & Xã hội chủ trì thực hiện."],
        id="item-wrapped-before-the-labour-name-half",
    ),
    pytest.param(
        "- Chăm lo cho người lao động\n\n- Thương binh và Xã hội: rà soát đối tượng.",
        ["- Chăm lo cho người lao động", "- Thương binh và Xã hội: rà soát đối tượng."],
        id="blank-line-before-the-labour-name-half-keeps-the-item",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPH_CASES)
def test_paragraphs(text: str, expected: list[str]) -> None:
    assert _paras(text) == expected


WRAPPED = """\
Quán triệt sâu sắc Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung
ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn
dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc, tạo sự thống nhất
trong nhận thức và hành động của các cấp ủy, chính quyền, Mặt trận Tổ quốc, các
tổ chức chính trị - xã hội trên địa bàn tỉnh Quảng Ninh.

Xác định rõ nhiệm vụ trọng tâm, phân công rõ trách nhiệm của các cấp ủy, chính
quyền, các cơ quan, đơn vị trong triển khai thực hiện Nghị quyết số 43-NQ/TW, đề
ra giải pháp cụ thể phù hợp với đặc điểm, tình hình của địa phương, cơ quan, đơn
vị. Thường xuyên kiểm tra, đánh giá việc thực hiện Kế hoạch này ở các cấp.

1. Mục tiêu chung
Tăng cường khối đại đoàn kết toàn dân tộc trên địa bàn tỉnh.
"""


def test_hard_wrapped_text_is_rejoined() -> None:
    lines = clean_lines(WRAPPED)
    assert wrap_width(lines) is not None
    paras = paragraphs(lines)
    assert len(paras) == 4
    assert paras[0].startswith("Quán triệt") and paras[0].endswith("tỉnh Quảng Ninh.")
    assert "Trung ương Đảng" in paras[0]
    assert paras[1].endswith("ở các cấp.")
    assert paras[2:] == ["1. Mục tiêu chung", "Tăng cường khối đại đoàn kết toàn dân tộc trên địa bàn tỉnh."]


def test_blank_line_after_every_line_is_noise() -> None:
    text = "\n\n".join(WRAPPED.splitlines())
    lines = clean_lines(text)
    assert blank_lines_are_noise(lines)
    paras = paragraphs(lines)
    assert paras[0].endswith("tỉnh Quảng Ninh.")
    assert paras[-2:] == ["1. Mục tiêu chung", "Tăng cường khối đại đoàn kết toàn dân tộc trên địa bàn tỉnh."]


def test_one_paragraph_per_line_has_no_wrap_width() -> None:
    long = "Tăng cường " + "đoàn kết, thống nhất trong Đảng " * 12
    lines = clean_lines("\n\n".join([long + ".", "Ngắn gọn.", long, "- Ý kiến."] * 3))
    assert wrap_width(lines) is None


def test_footnote_text_stays_separate_and_marked() -> None:
    text = (
        "1.4. Tạo điều kiện để các hội quần chúng tham gia xây dựng Đảng¹. Tập trung tuyên truyền\n"
        "¹ Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị.\n"
        "nhân dân thực hiện tốt Luật Tín ngưỡng (thực hiện thường xuyên).\n"
        "1.5. Tiếp tục lãnh đạo."
    )
    paras = _paras(text)
    assert paras[0] == (
        "1.4. Tạo điều kiện để các hội quần chúng tham gia xây dựng Đảng. Tập trung tuyên truyền "
        "nhân dân thực hiện tốt Luật Tín ngưỡng (thực hiện thường xuyên)."
    )
    assert is_footnote(paras[1]) and not is_footnote(paras[0])
    assert footnotes(paras) == ["Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị."]
    assert paras[2] == "1.5. Tiếp tục lãnh đạo."


def test_display_text_keeps_tone_placement_and_typos() -> None:
    item = "1. Uỷ ban nhân dân xã chỉ đạo thực hiện kế hoạch của Trung uơng."
    assert _paras("III. TÔ CHỨC THỰC HIỆN\n" + item) == ["III. TÔ CHỨC THỰC HIỆN", item]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Thành uỷ", "thành ủy"), ("hoá", "HÓA"), ("Đảng  khóa XIII", "đảng khoá xiii")],
)
def test_fold_matches_tone_placements(a: str, b: str) -> None:
    assert fold(a) == fold(b)
    assert new_tone_placement("Thành uỷ") == "Thành ủy"


@pytest.mark.parametrize("word", ["quý", "QUÝ", "quỹ", "quỳ", "quyết"])
def test_qu_is_a_consonant_so_its_tone_never_moves(word: str) -> None:
    assert new_tone_placement(word) == word


def test_squeeze_shortcut_only_skips_squeezed_text() -> None:
    """`squeeze` skips printable text without '  ' or end blanks: every other blank is unprintable."""
    blanks = [c for c in map(chr, range(0x110000)) if c.isspace()]
    assert all(not c.isprintable() for c in blanks if c != " ")
    for text in ["a b", " a", "a ", "a  b", "a\tb", "a\u00a0b", "a\u2028b", "", "Thành ủy Hải Phòng"]:
        assert squeeze(text) == " ".join(text.split())


# --- damaged text: double-escaped breaks, '|' tables, stripped diacritics ---

@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Số: 54/KH-UBND \\r\\n | \\r\\n Lạng Sơn, ngày 27 tháng 3 năm 2020 \\r\\n KẾ HOẠCH",
         ["Số: 54/KH-UBND", "", "Lạng Sơn, ngày 27 tháng 3 năm 2020", "KẾ HOẠCH"]),
        ("a\\nb\\nc\\nd", ["a", "b", "c", "d"]),
        ("đường dẫn C:\\new", ["đường dẫn C:\\new"]),  # one literal '\n' is not a break
        ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI |", ["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI"]),
        ("|\nSố:\n258/KH-UBND\n|", ["", "Số:", "258/KH-UBND", ""]),
        ("Số\u00a0\u00a0 12-KH/TU      Hà Nội", ["Số 12-KH/TU Hà Nội"]),
    ],
)
def test_damaged_lines_are_repaired(raw: str, expected: list[str]) -> None:
    assert clean_lines(raw) == expected


STRIPPED = """BAN THUONG VU TINH UY THAI BINH
So 12-KH/TU
Thai Binh, ngay 5 thang 3 nam 2019
KE HOACH
thuc hien Nghi quyet so 43-NQ/TW ngay 24/11/2023 cua Ban Chap hanh Trung uong Dang khoa XIII
Thuc hien Nghi quyet so 43-NQ/TW cua Ban Chap hanh Trung uong Dang, Ban Thuong vu Tinh uy ban hanh
Ke hoach nhu sau:
I. MUC DICH, YEU CAU
Cac cap uy, to chuc dang, chinh quyen, Mat tran To quoc Viet Nam va cac doan the chinh tri - xa hoi
"""


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        (STRIPPED, True),
        ("Kế hoạch số 12-KH/TU ngày 5/3/2019 của Ban Thường vụ Tỉnh ủy Thái Bình. " * 5, False),
        ("The committee adopted the plan and the annual report of the province. " * 5, False),
        ("Ke hoach so 12", False),  # too short to tell
        ("Ban Thuong vu Tinh uy vua ban hanh Chi thi so 03-CT/TU ve tang cuong quan ly tai nguyen dat dai "
         "tren dia ban tinh. Chi thi yeu cau cac cap uy thuc hien.", True),  # a short lead
    ],
)
def test_stripped_text_is_detected(text: str, stripped: bool) -> None:
    assert is_stripped(text) is stripped


@pytest.mark.parametrize(
    ("stripped", "restored"),
    [
        ("BAN THUONG VU TINH UY THAI BINH", "BAN THƯỜNG VỤ TỈNH ỦY THÁI BÌNH"),
        ("Thai Binh, ngay 5 thang 3 nam 2019", "Thái Bình, ngày 5 tháng 3 năm 2019"),
        ("So 12-KH/TU", "Số 12-KH/TU"),  # the codes of a number stay as written
        ("cua Uy ban nhan dan huyen Tien Lang", "của Ủy ban nhân dân huyện Tiên Lãng"),
        ("I. MUC DICH, YEU CAU", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("Xyzzy quux", "Xyzzy quux"),  # unknown words stay
        ("Ban Thuong vu Tinh uy vua ban hanh Chi thi so 03-CT/TU ve",
         "Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị số 03-CT/TU về"),  # a news lead's words
        ("Thay mat Bo Chinh tri", "Thay mặt Bộ Chính trị"),
    ],
)
def test_stripped_text_is_restored(stripped: str, restored: str) -> None:
    assert restore_diacritics(stripped) == restored


def test_stripped_document_parses_with_a_warning() -> None:
    from loaders.parse import parse_text

    rec = parse_text(STRIPPED)
    assert str(rec.number) == "12-KH/TU" and rec.doc_type == "KH"
    assert rec.issuer is not None and rec.issuer.level == "province"
    assert rec.issuer.locality.province == "Thái Bình"
    assert any("without diacritics" in w for w in rec.warnings)


# realworld s10: a copy that lost every marked letter ('Thc hin Ngh quyt s ...') has its header's capitals and
# its motto restored for the header to read; lines not in capitals, and the codes of numbers, stay as written.
@pytest.mark.parametrize(("lost", "restored"), [
    pytest.param("UBND TNH PH TH CNG HO X HI CH NGHA VIT NAM",
                 "UBND TỈNH PHÚ THỌ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", id="province-and-motto"),
    pytest.param("S VN HO TH THAO V DU LCH c l p - T do - Hanh phuc",
                 "SỞ VĂN HÓA THỂ THAO VÀ DU LỊCH Độc lập - Tự do - Hạnh phúc",
                 id="department-old-tone-placement"),
    pytest.param("UBND HUYN THCH H", "UBND HUYỆN THẠCH HÀ", id="district"),
    pytest.param("Y BAN NHN DN TNH NGH AN", "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", id="peoples-committee-spelt-out"),
    pytest.param("BAN THNG V TNH Y THI BNH", "BAN THƯỜNG VỤ TỈNH ỦY THÁI BÌNH",
                 id="party-standing-committee"),
    pytest.param("K HOCH", "KẾ HOẠCH", id="type-heading"),
    pytest.param("Đc lp - T do - Hnh phc", "Độc lập - Tự do - Hạnh phúc", id="motto-kept-its-d-bar"),
    pytest.param("S: 02 /HD-SVHTTDL Ph Th, ngay 12 thang 01 nm 2017",
                 "S: 02 /HD-SVHTTDL Ph Th, ngay 12 thang 01 nm 2017", id="number-and-date-line-as-written"),
    pytest.param("Thc hin Ngh quyt s 33-NQ/TW ngy 09/6/2014", "Thực hiện Ngh quyt s 33-NQ/TW ngy 09/6/2014",
                 id="opener-ends-the-title-rest-as-written"),
    pytest.param("  Cn c Lut T chc", "  Căn cứ Lut T chc", id="basis-opener"),
    pytest.param("ngy 09/6/2014 ca Ban chp hnh", "ngy 09/6/2014 ca Ban chp hnh", id="body-as-written"),
    pytest.param("x" * 2000 + "\nK HOCH", "x" * 2000 + "\nK HOCH", id="past-the-head-as-written"),
])
def test_lost_letter_header_is_restored(lost: str, restored: str) -> None:
    assert restore_lost_letter_header(lost) == restored


LOST_LETTERS = """UBND TNH PH TH CNG HO X HI CH NGHA VIT NAM
S VN HO TH THAO V DU LCH c l p - T do - Hanh phuc
S: 02 /HD-SVHTTDL Ph Th, ngay 12 thang 01 nm 2017
HNG DN
V vic t chc l hi ci ngun
Thc hin Ngh quyt s 33-NQ/TW ngy 09/6/2014 ca Ban chp hnh Trung ng v xy dng v pht trin nn vn ha; \
K hoch s 4350/KH-UBND ngy 08/10/2014 ca y ban nhn dn tnh.
S Vn ha, Th thao v Du lch hng dn t chc hot ng nh sau:
"""


def test_lost_letter_document_reads_its_issuer_and_keeps_its_parents() -> None:
    from loaders.parse import parse_text

    rec = parse_text(LOST_LETTERS)
    assert rec.issuer is not None and rec.issuer.kind == "department" and rec.issuer.level == "province"
    assert rec.issuer.locality.province == "Phú Thọ"
    assert rec.title == "V vic t chc l hi ci ngun"  # as written, ended by the opener below it
    assert [str(r.number) for r in rec.implements] == ["33-NQ/TW", "4350/KH-UBND"]


# gen4: a document-sharing site's page marker glued to the page's first line goes; a sentence that
# starts with the word 'Trang' or a marker followed by a space keeps its words.
@pytest.mark.parametrize(("raw", "line"), [
    ("Trang 1UỶ BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN"),
    ("Trang 12ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG BỘ TỈNH NGHỆ AN"),
    ("Trang2Căn cứ Luật Tổ chức chính quyền địa phương;", "Căn cứ Luật Tổ chức chính quyền địa phương;"),
    ("Trang 3 KẾ HOẠCH", "Trang 3 KẾ HOẠCH"),
    ("Trang trí cờ Tổ quốc tại trụ sở", "Trang trí cờ Tổ quốc tại trụ sở"),
    ("Trang thông tin điện tử xã", "Trang thông tin điện tử xã"),
])
def test_glued_page_marker(raw, line):
    assert clean_lines(raw) == [line]


# perturb: a header column copied onto one line (a web page or a sharing site joining the left column's
# cells): the number cell after the issuer's capitals starts a line of its own. A title in capitals that
# says 'SỐ', a type heading with its number and running text keep their lines.
@pytest.mark.parametrize(("raw", "lines"), [
    ("UỶ BAN NHÂN DÂN HUYỆN GIA LÂM ------- Số: 215/KH-UBND",
     ["UỶ BAN NHÂN DÂN HUYỆN GIA LÂM -------", "Số: 215/KH-UBND"]),
    ("HUYỆN ỦY YÊN LẠC * Số 88-CT/HU", ["HUYỆN ỦY YÊN LẠC", "Số 88-CT/HU"]),  # the Markdown pass drops '*'
    ("BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 XÃ ĐỨC HỢP\tSố:  12/BCĐ V/v tổ chức đón Tết",
     ["BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 XÃ ĐỨC HỢP", "Số: 12/BCĐ", "V/v tổ chức đón Tết"]),
    ("THÀNH ỦY ĐÀ LẠT SỐ: 230-KH/ThU   ĐẢNG CỘNG SẢN VIỆT NAM Đà Lạt, ngày 5 tháng 3 năm 2024",
     ["THÀNH ỦY ĐÀ LẠT", "SỐ: 230-KH/ThU", "ĐẢNG CỘNG SẢN VIỆT NAM Đà Lạt, ngày 5 tháng 3 năm 2024"]),
    ("SỞ Y TẾ\u00a0Số:\u00a01402/SYT-NVY", ["SỞ Y TẾ", "Số: 1402/SYT-NVY"]),
    # must not fire
    ("THỰC HIỆN QUYẾT ĐỊNH SỐ 892/QĐ-TTG NGÀY 26 THÁNG 7 NĂM 2022", None),
    ("KẾ HOẠCH Số 12-KH/TU", None),
    ("Ban Thường vụ Tỉnh ủy ban hành Nghị quyết Số 05-NQ/TU", None),
    ("BÁO CÁO Số liệu 2023", None),
])
def test_header_number_cell_starts_a_line(raw, lines):
    assert clean_lines(raw) == (lines if lines is not None else [" ".join(raw.split())])


# perturb: a header table copied row by row, a tab or a wide gap between a row's cells: each cell a line
# (the 'V/v' cell after the number cell too). A gap inside a cell, a number left blank and running text
# keep their lines.
@pytest.mark.parametrize(("raw", "lines"), [
    ("Số: 908a/VPCP-KTN V/v Bổ sung quy hoạch chung.\tHà Nội, ngày 04 tháng 02 năm 2016",
     ["Số: 908a/VPCP-KTN", "V/v Bổ sung quy hoạch chung.", "Hà Nội, ngày 04 tháng 02 năm 2016"]),
    ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
     ["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
    ("Số: 12/KH-UBND      Lào Cai, ngày 7 tháng 3 năm 2024",
     ["Số: 12/KH-UBND", "Lào Cai, ngày 7 tháng 3 năm 2024"]),
    ("HUYỆN ỦY KIM ĐỘNG\t\tĐẢNG CỘNG SẢN VIỆT NAM", ["HUYỆN ỦY KIM ĐỘNG", "ĐẢNG CỘNG SẢN VIỆT NAM"]),
    ("V/v tổ chức Tết Nguyên đán\t  Bà Rịa - Vũng Tàu, ngày 5 tháng 1 năm 2021",
     ["V/v tổ chức Tết Nguyên đán", "Bà Rịa - Vũng Tàu, ngày 5 tháng 1 năm 2021"]),
    # must not fire
    ("Số:\t12/KH-UBND", ["Số: 12/KH-UBND"]),
    ("Số:      /UBND", ["Số: /UBND"]),
    ("CỘNG HÒA\tXÃ HỘI CHỦ NGHĨA VIỆT NAM", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
    ("Thực hiện Kế hoạch số 5/KH-UBND,\tngày 3/4/2021 của UBND huyện\tHà Nội, ngày 5 tháng 4 năm 2021",
     ["Thực hiện Kế hoạch số 5/KH-UBND, ngày 3/4/2021 của UBND huyện Hà Nội, ngày 5 tháng 4 năm 2021"]),
])
def test_header_row_cells_start_lines(raw, lines):
    assert clean_lines(raw) == lines


# perturb: a PDF footer's page of a count ('Trang 2/5') is a page number line like 'Trang 2'; a date, a
# number and a line of text that starts with one stay.
@pytest.mark.parametrize(("raw", "lines"), [
    ("Trang 2/5", []),
    ("2/5", []),
    ("- 3/9 -", []),
    ("Trang 9 / 15", []),
    ("TRANG 4/4", []),
    ("2/5/2021", ["2/5/2021"]),
    ("12/KH-UBND", ["12/KH-UBND"]),
    ("2/5 số xã đạt chuẩn", ["2/5 số xã đạt chuẩn"]),
])
def test_page_of_count_line_is_dropped(raw, lines):
    assert clean_lines(raw) == lines


# perturb2: the 'V/v' cell a flattened left column ran into the number cell with a single space, alone
# or after the issuer's capitals: a line of its own. A 'V/v' inside a sentence, after a number cited in
# running text, or a number line with no 'V/v' stays whole.
@pytest.mark.parametrize(("raw", "lines"), [
    ("Số: 908a/VPCP-KTN V/v Bổ sung, cập nhật một số nội dung đồ án",
     ["Số: 908a/VPCP-KTN", "V/v Bổ sung, cập nhật một số nội dung đồ án"]),
    ("Số 2928/SGDĐT-KHTC V/v hướng dẫn công tác thu chi năm học 2022-2023",
     ["Số 2928/SGDĐT-KHTC", "V/v hướng dẫn công tác thu chi năm học 2022-2023"]),
    ("UBND HUYỆN KỲ ANH ------- Số: 145/UBND-VP V/v triển khai các biện pháp ứng phó bão số 5",
     ["UBND HUYỆN KỲ ANH -------", "Số: 145/UBND-VP", "V/v triển khai các biện pháp ứng phó bão số 5"]),
    ("SỐ: 35-CV/HU V/v tổ chức Hội nghị học tập Nghị quyết",
     ["SỐ: 35-CV/HU", "V/v tổ chức Hội nghị học tập Nghị quyết"]),
    # must not fire
    ("Thực hiện Công văn số 12/UBND-VP V/v tổ chức Tết",
     ["Thực hiện Công văn số 12/UBND-VP V/v tổ chức Tết"]),
    ("Số: 145/UBND-VP", ["Số: 145/UBND-VP"]),
    ("Số: V/v", ["Số: V/v"]),
])
def test_subject_cell_run_into_number_cell(raw, lines):
    assert clean_lines(raw) == lines


# perturb3: a news page hard-wrapped (a text dump, a PDF copy), its headline right above its lead with no
# blank between. A wrap breaks a line only where the next word would not fit, so a first line that leaves
# room for it ended its paragraph; a news source's tag ('(Baothanhhoa.vn) - ') opens a lead.
_LEADS = [
    "Chủ tịch UBND tỉnh vừa ban hành Công văn số 2512/UBND-KGVX chỉ đạo thực hiện tuyên truyền kỷ niệm "
    "135 năm Ngày sinh Chủ tịch Hồ Chí Minh trên địa bàn toàn tỉnh trong tháng 5 năm 2025.",
    "Ban Thường vụ Huyện ủy vừa ban hành Kế hoạch số 45-KH/HU về tổ chức Lễ phát động Tết trồng cây đời "
    "đời nhớ ơn Bác Hồ năm 2024 tại các xã, thị trấn trên địa bàn huyện.",
    "UBND thành phố đã có văn bản yêu cầu các sở, ngành và UBND các quận, huyện tập trung triển khai công "
    "tác phòng, chống dịch tả lợn châu Phi trên địa bàn thành phố.",
]


def _news_page(headline: str, lead: str, width: int) -> list[str]:
    lines = [headline, *textwrap.wrap(lead, width), *textwrap.wrap(" ".join(_LEADS[::-1]), width)]
    return paragraphs(clean_lines("\n".join(lines)))


@pytest.mark.parametrize(("headline", "lead", "width"), [
    ("Tuyên truyền kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh", _LEADS[0], 74),
    ("Huyện Tiên Du phát động Tết trồng cây đời đời nhớ ơn Bác Hồ", _LEADS[1], 72),
    ("Triển khai quyết liệt các biện pháp phòng, chống dịch bệnh", _LEADS[1], 70),
    ("Tăng cường công tác tuyên truyền về an toàn giao thông năm 2024", _LEADS[0], 78),
    ("Ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị", _LEADS[0], 80),
])
def test_headline_over_its_lead_is_its_own_paragraph(headline, lead, width):
    assert _news_page(headline, lead, width)[0] == headline


@pytest.mark.parametrize(("headline", "tag"), [
    ("Triển khai thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy về sử dụng điện tiết kiệm trên địa bàn",
     "(Baothanhhoa.vn) -"),
    ("Huyện Tiên Du phát động Tết trồng cây đời đời nhớ ơn Bác Hồ năm 2024 tại xã Liên Bão",
     "(Chinhphu.vn) –"),
    ("Thành phố tập trung phòng, chống dịch tả lợn châu Phi trên địa bàn các quận, huyện", "(HNM) -"),
    ("Tỉnh ủy ban hành Kế hoạch tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025-2030 theo chỉ đạo",
     "(Báo Nam Định) -"),
])
def test_news_tag_opens_the_lead(headline, tag):
    paras = _news_page(headline, f"{tag} {_LEADS[2]}", 84)
    assert paras[0] == headline and paras[1].startswith(tag)


def test_headline_cut_by_the_wrap_and_body_lines_still_join():
    headline = ("Kế hoạch số 15-KH/HU ngày 02/3/2023 của Ban Thường vụ Huyện ủy Tiên Du về tổ chức học tập, "
                "quán triệt Nghị quyết Hội nghị lần thứ sáu")
    lines = [*textwrap.wrap(headline, 78), "", *textwrap.wrap(_LEADS[0], 78)]
    paras = paragraphs(clean_lines("\n".join(lines)))
    assert paras[0] == headline
    body = ("Nghị quyết số 43-NQ/TW và Chương trình hành động của Ban Thường vụ\n"
            "Thành ủy tới cán bộ quân dân chính, các chi hội, đoàn thể; tạo chuyển biến\n")
    assert "Ban Thường vụ Thành ủy" in paragraphs(clean_lines(WRAPPED + body))[-1]


# perturb6: a title in capitals wrapped before its period ('... GIAI ĐOẠN' / '2021-2030, TẦM NHÌN ...') is a
# heading line too, so the 'Căn cứ' line under it in a PDF copy without blank lines starts its own paragraph.
@pytest.mark.parametrize(("title_tail", "body"), [
    ("2021-2030, TẦM NHÌN ĐẾN NĂM 2045 TRÊN ĐỊA BÀN TỈNH NINH THUẬN",
     "Căn cứ Nghị quyết số 10/NQ-CP ngày 28/02/2022 của Chính phủ ban"),
    ("2026 - 2030 TRÊN ĐỊA BÀN HUYỆN KIM ĐỘNG, TỈNH HƯNG YÊN",
     "Thực hiện Kế hoạch số 131-KH/HU ngày 5/3/2024 của Ban Thường vụ Huyện ủy"),
])
def test_a_caps_title_line_opening_with_its_period_ends_before_the_body(title_tail: str, body: str) -> None:
    width_lines = ["Một dòng thân bài dài vừa đúng độ rộng của trang giấy được chép ra"] * 8
    lines = ["KẾ HOẠCH", "TRIỂN KHAI THỰC HIỆN CHIẾN LƯỢC CÔNG TÁC DÂN TỘC GIAI ĐOẠN", title_tail, body,
             *width_lines]
    paras = paragraphs(clean_lines("\n".join(lines)))
    assert title_tail in paras
    assert any(p.startswith(body) for p in paras)


# blind29 b03: a site's list of other pages ends the text at its heading line. Must not cut: the heading with
# no text above it, a heading's words inside a sentence, a library's link line with a number on it.
@pytest.mark.parametrize(("raw", "kept"), [
    ("Kế hoạch số 45-KH/HU\n\nTài liệu tương tự\nSố: 155/QĐ-BGDĐT", ["Kế hoạch số 45-KH/HU", ""]),
    ("Nội dung.\nTin liên quan\nUBND huyện họp", ["Nội dung."]),
    ("Nội dung.\nCác tin khác:\nUBND huyện họp", ["Nội dung."]),
    ("Nội dung.\nBài viết liên quan\nUBND huyện họp", ["Nội dung."]),
    ("Nội dung.\nTin cùng chuyên mục\nUBND huyện họp", ["Nội dung."]),
    ("Tin liên quan\nNội dung.", ["Tin liên quan", "Nội dung."]),
    ("Nội dung.\nPhối hợp với tin khác\nHết.", ["Nội dung.", "Phối hợp với tin khác", "Hết."]),
    ("Nội dung.\nVăn bản khác 3480/KH-UBND\nHết.", ["Nội dung.", "Văn bản khác 3480/KH-UBND", "Hết."]),
])
def test_site_list_cut(raw: str, kept: list[str]) -> None:
    assert clean_lines(raw) == kept
