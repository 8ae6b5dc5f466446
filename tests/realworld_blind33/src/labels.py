"""Labels of blind set 33, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["b01_tw_bct_bbt_kl185_2025_daihoi_flipbook"] = dict(
    document=dict(
        number="185-KL/TW",
        doc_type="KL",
        issued_on="2025-08-22",
        issuer={"name_contains": "Bộ Chính trị", "level": "central"},
        locality=loc(None),
        title_contains="tăng cường lãnh đạo, chỉ đạo công tác tổ chức đại hội đảng bộ các cấp",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=["447-BC/BTCTW", "436-BC/VPTW"],
    task_labels=[],
    notes=(
        "A page of a Party-cell bulletin ('Sinh hoat chi bo T10.cdr', 'P. 33', 'TIN TRONG NƯỚC') as a flipbook's text layer: "
        "the item's capitals headline over two lines with 20-odd leading blanks, then a justified body whose lines carry "
        "double blanks and blank lines every two lines. 'Ngày 22/8/2025, Bộ  Chính  trị, Ban  Bí  thư  ban  hành Kết  luận  "
        "số  185-' / 'KL/TW về tăng cường ...': the number is cut at its hyphen across the wrap (canonical 185-KL/TW). "
        "Issuer the Politburo and Secretariat (every correct name holds 'Bộ Chính trị'), central. The two reports heard before "
        "concluding ('Báo cáo số 447-BC/BTCTW, ngày 21/8/2025 của Ban Tổ chức Trung ương'; 'Báo cáo  số  436-' / "
        "'BC/VPTW' of the Central Office, cut the same way) are citations, not parents. The page stops inside the first "
        "finding ('phương án nhân s'): no task, no signer shown (null). The same conclusion is realworld h07 (another "
        "site's news lead, 0 shared windows): a second copy of one document in another layout, kept for the layout."
    ),
)
L["b02_tw_bct_bbt_kl190_2025_daihoi_tienphong"] = dict(
    document=dict(
        number="190-KL/TW",
        doc_type="KL",
        issued_on=None,
        issuer={"name_contains": "Bộ Chính trị", "level": "central"},
        locality=loc(None),
        title_contains="tiếp tục tăng cường lãnh đạo, chỉ đạo công tác tổ chức đại hội đảng bộ các cấp",
        signer={"name": "Trần Cẩm Tú", "title_contains": "Thường trực Ban Bí thư"},
    ),
    implements=[],
    implements_optional=["45-CT/TW"],
    citations=["45-CT/TW"],
    task_labels=[],
    notes=(
        "National newspaper item: ' date 2025-09-09' (the page's date, not the conclusion's), a headline that paraphrases the "
        "requests, the lead 'TPO - Bộ Chính trị, Ban Bí thư yêu cầu ...', then 'Ủy viên Bộ Chính trị, Thường trực Ban Bí thư "
        "Trần Cẩm Tú vừa ký ban hành Kết luận số 190-KL/TW của Bộ Chính trị, Ban Bí thư về tiếp tục tăng cường lãnh đạo, ...'. "
        "No date of the conclusion is given ('vừa ký'): issued_on null. Issuer central. Signer from the lead: Trần Cẩm Tú, "
        "Thường trực Ban Bí thư (his 'Ủy viên Bộ Chính trị' is a title before it). 'tiếp tục quán triệt, thực hiện nghiêm túc "
        "Chỉ thị số 45-CT/TW' is a 'tiếp tục thực hiện' reference: tolerated, not required (as realworld h07 for 185-KL/TW). "
        "A photo caption with 'Ban Thường vụ Đảng ủy Công an Trung ương, ngày 8/9' is no issuer. Requests paraphrased: no task."
    ),
)
L["b03_tw_bct_ct45_2025_daihoi_evn"] = dict(
    document=dict(
        number="45-CT/TW",
        doc_type="CT",
        issued_on="2025-04-14",
        issuer={"name_contains": "Bộ Chính trị", "level": "central"},
        locality=loc(None),
        title_contains="đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        signer={"name": "Tô Lâm", "title_contains": "Tổng Bí thư"},
    ),
    implements=[],
    implements_optional=[],
    citations=["35-CT/TW", "118-KL/TW"],
    task_labels=[],
    notes=(
        "A state company's news page relaying the directive: headline 'Bộ Chính trị ban hành Chỉ thị số 45-CT/TW về đại hội "
        "...', a posting time '10:46, 24/04/2025' (not the date), then 'Ngày 14/4/2025, Tổng Bí thư Tô Lâm thay mặt Bộ Chính "
        "trị ký ban hành Chỉ thị số 45-CT/TW (Chỉ thị số 45) của Bộ Chính trị về ...'. Issuer the Politburo, central; signer "
        "Tô Lâm, Tổng Bí thư, signing for the Politburo. The directive replaces ('thay thế') 35-CT/TW (dated '14/6/2024' by "
        "the page, a slip for 2019, and 'lần thứ XVI' a slip for XIII) and 118-KL/TW: citations, not parents. The body is "
        "a summary of the directive: no task."
    ),
)
L["b04_tw_bct_kl126_2025_mklaw_blurb"] = dict(
    document=dict(
        number="126-KL/TW",
        doc_type="KL",
        issued_on="2025-02-14",
        issuer={"name_contains": "Bộ Chính trị", "level": "central"},
        locality=loc(None),
        title_contains="tiếp tục sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A law firm's author page: one post's title and its teaser, 'MKLaw - Ngày 14/02/2025, Bộ Chính trị ban hành Kết luận "
        "126-KL/TW về việc tiếp tục sắp xếp, tinh gọn tổ chức bộ máy ...', ending '...' and 'Continue reading'. The number "
        "without 'số'; central. The firm's tag 'MKLaw - ' opens the lead (a source, not a signer): signer null. The title "
        "line's 'Sáp nhập tỉnh, bỏ cấp huyện theo Kết luận 126-KL/TW' is the firm's headline, not the trích yếu; the "
        "conclusion's own subject is the lead's 'về việc ...'. No other document is cited."
    ),
)
L["b05_thainguyen_nghiata_bcddu_kh_nq57_2026_portal"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issuer={"name_contains": "Nghĩa Tá", "level": "commune"},
        locality=loc("Thái Nguyên", None, "Nghĩa Tá"),
        title_contains="thực hiện Nghị quyết số 57-NQ/TW",
        signer=None,
    ),
    implements=[imp("57-NQ/TW", None, "Bộ Chính trị")],
    implements_optional=[],
    citations=["57-NQ/TW"],
    task_labels=[],
    notes=(
        "A new commune's portal (section 'nghi-quyet-57'): posting date '27/01/2026', headline 'Ban Chỉ đạo Đảng ủy xã Nghĩa "
        "Tá, tỉnh Thái Nguyên triển khai kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị năm 2026', then the "
        "meeting report ('Chiều ngày 27/01/2026, Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy xã Nghĩa Tá tổ "
        "chức Hội nghị ...'). The item's document is the steering committee's 2026 plan it deploys: no number, type KH, "
        "issuer the commune Party committee's steering committee (every correct name holds 'Nghĩa Tá'), commune level. "
        "Nghĩa Tá is a commune of Thái Nguyên created on 1 July 2025 (the headline names the province; no district exists "
        "after that date): locality Thái Nguyên / null / Nghĩa Tá. Date not graded: the text gives the meeting's day, not "
        "the plan's. The plan carries out 57-NQ/TW (required). The vice-chairman's remarks are no signature: signer null. "
        "The page stops at 'Kế': no task."
    ),
)
L["b06_tw_bct_bbt_kl191_2025_daihoi_vtc"] = dict(
    document=dict(
        number=None,
        doc_type="KL",
        issued_on="2025-09-12",
        issuer={"name_contains": "Bộ Chính trị", "level": "central"},
        locality=loc(None),
        title_contains="tiếp tục tăng cường lãnh đạo, chỉ đạo công tác tổ chức đại hội đảng bộ các cấp",
        signer={"name": "Trần Cẩm Tú", "title_contains": "Thường trực Ban Bí thư"},
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "National news item: ' date 2025-09-12 (VTC News) -' then 'Ngày 12/9, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành "
        "Kết luận 191 của Bộ Chính trị, Ban Bí thư về tiếp tục tăng cường ...'. 'Kết luận 191' has no code: the number is "
        "unknown, not guessed (DOMAIN §8: a bare number is null). The day and month are the lead's; the year only the "
        "page's date line, which here is the same day: 2025-09-12. Issuer central; signer Trần Cẩm Tú, Thường trực Ban Bí "
        "thư. 'Chỉ thị số 45 của Bộ Chính trị' is bare too: no citation. A photo caption's 'Ban Thường vụ Thành ủy Hà Nội' "
        "is no issuer. Requests paraphrased: no task."
    ),
)
L["b07_hungyen_ubnd_kh63_2025_nq68_nhansu"] = dict(
    document=dict(
        number="63/KH-UBND",
        doc_type="KH",
        issued_on="2025-09-16",
        issuer={"name_contains": "Ủy ban nhân dân", "level": "province"},
        locality=loc("Hưng Yên"),
        title_contains="phát triển kinh tế tư nhân",
        signer={"name": "Nguyễn Quang Hưng"},
    ),
    implements=[
        imp("68-NQ/TW", "2025-05-04", "Bộ Chính trị"),
        imp("138/NQ-CP", "2025-05-16", "Chính phủ"),
        imp("22-KH/TU", "2025-09-09", "Tỉnh ủy"),
    ],
    implements_optional=[],
    citations=["68-NQ/TW", "138/NQ-CP", "22-KH/TU"],
    task_labels=[],
    notes=(
        "A legal library's page: the library's headline 'Kế hoạch 63/KH-UBND năm 2025 thực hiện Nghị quyết 138/NQ-CP về kế "
        "hoạch hành động thực hiện Nghị quyết 68-NQ/TW phát triển kinh tế tư nhân do tỉnh Hưng Yên ban hành', a metadata "
        "table as '|' rows ('Cơ quan ban hành | Tỉnh Hưng Yên |', 'Người ký | Nguyễn Quang Hưng |'), then the header cells one "
        "a row with the province line lost ('ỦY BAN NHÂN DÂN |' / 'CỘNG HÒA XÃ HỘI' / 'CHỦ NGHĨA VIỆT NAM |' / 'Số: 63/KH-UBND "
        "|' / 'Hưng Yên, ngày 16 tháng 9 năm 2025 |'). No type heading or title block in the stored text; the trích yếu is "
        "the library's headline. Issuer the provincial People's Committee ('Ủy ban nhân dân tỉnh ban hành'), province "
        "Hưng Yên (the place line and the library's issuer cell). The preamble carries out three documents, all required: "
        "68-NQ/TW (written '68- NQ/TW' with a blank after the hyphen), the Government's 138/NQ-CP and the provincial "
        "standing committee's 22-KH/TU. Signer from the library's 'Người ký' (no office given). The two numbered items are "
        "purpose statements ('Tổ chức thể chế hóa ...', 'Xác định rõ nhiệm vụ cụ thể, làm căn cứ ...') whose heading "
        "'MỤC ĐÍCH, YÊU CẦU' the library dropped: no task (purpose sections hold none). Note corrected after the first run "
        "(it said 'not graded' while the label held task_labels=[]; the label itself is unchanged)."
    ),
)

if __name__ == "__main__":
    write_labels(root, L)
