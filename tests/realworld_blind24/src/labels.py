"""Labels of blind set 24, written by reading each text (the parser was not run on them before the commit)."""

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import add_signers, imp, loc, write_labels  # noqa: E402

L = {}
L["b01_daknong_hdnd_nq06_2022_thanhnien_tvpl"] = dict(
    document=dict(
        number="06/NQ-HĐND",
        doc_type="NQ",
        issued_on="2022-05-05",
        issuer={"name_contains": "Hội đồng nhân dân tỉnh Đắk Nông", "level": "province"},
        locality=loc("Đắk Nông"),
        title_contains="PHÁT TRIỂN THANH NIÊN TỈNH ĐẮK NÔNG GIAI ĐOẠN 2022 - 2030",
    ),
    implements=[],
    implements_optional=["1712/QĐ-TTg", "1331/QĐ-TTg", "1113/QĐ-BNV"],
    citations=["1712/QĐ-TTg", "1331/QĐ-TTg", "1113/QĐ-BNV", "1691/TTr-UBND"],
    notes=(
        "Legal-library copy of a provincial People's Council resolution, pipe-split header with the "
        "place-date "
        "cell wrapped ('Đắk\\nNông, ngày 05 tháng 5 năm 2022'). The 'Căn cứ' list names the law, then the "
        "Prime "
        "Minister's plan to enforce the Youth Law (1712/QĐ-TTg), the youth strategy (1331/QĐ-TTg) and the "
        "Home Affairs ministry's plan for that strategy (1113/QĐ-BNV): the resolution develops youth policy "
        "on "
        "that basis, but never says it carries any of them out, so all three are tolerated, none required. "
        "1691/TTr-UBND is the submission ('Xét Tờ trình'): a citation."
    ),
)
L["b02_daknong_ctubnd_ct03_2025_kl127_digest"] = dict(
    document=dict(
        number="03/CT-UBND",
        doc_type="CT",
        issued_on="2025-04-03",
        issuer={"name_contains": "UBND tỉnh", "level": "province"},
        locality=loc("Đắk Nông"),
        title_contains="tăng cường quản lý công tác văn thư, lưu trữ",
    ),
    implements=[],
    implements_optional=["414/BNV-VTLTNN", "127-KL/TW"],
    citations=["127-KL/TW", "414/BNV-VTLTNN"],
    notes=(
        "Provincial portal digest 'chỉ đạo, điều hành nổi bật của UBND tỉnh tháng 4/2025': a summary "
        "paragraph "
        "naming Đắk Nông, then the first item, a headline 'Chỉ thị về việc tăng cường quản lý công tác văn "
        "thư, "
        "lưu trữ ... theo Kết luận số 127-KL/TW của Bộ Chính trị' and 'ngày 03/04/2025, Chủ tịch UBND tỉnh "
        "ban "
        "hành Chỉ thị số 03/CT-UBND'. The directive tells every body to 'quán triệt và triển khai thực hiện' "
        "the "
        "Home Affairs ministry's letter 414/BNV-VTLTNN, itself 'theo Kết luận số 127- KL/TW' (space in the "
        "number): a task, not the directive's own 'Thực hiện' clause, so both parents are tolerated, not "
        "required. Issuer: 'Chủ tịch UBND tỉnh' (the part 'UBND tỉnh' is required)."
    ),
)
L["b03_dongthap_ubnd_kh334_2021_qd1660ttg_htpl"] = dict(
    document=dict(
        number="334/KH-UBND",
        doc_type="KH",
        issued_on="2021-11-17",
        issuer={"name_contains": "Ủy ban nhân dân", "level": "province"},
        locality=loc("Đồng Tháp"),
    ),
    implements=[imp("1660/QĐ-TTg", "2021-10-02", "Thủ tướng")],
    implements_optional=[],
    citations=["1660/QĐ-TTg"],
    task_labels=[],
    notes=(
        "Legal-library copy with a pipe-joined header whose province line and title were lost: 'ỦY BAN NHÂN "
        "DÂN | CỘNG HÒA ... |' / 'Số: 334/KH-UBND | Đồng Tháp, ngày 17 tháng 11 năm 2021 |', then the "
        "opening "
        "'Thực hiện Quyết định số 1660/QĐ-TTg ngày 02 tháng 10 năm 2021 của Thủ tướng Chính phủ ..., Ủy ban "
        "nhân "
        "dân Tỉnh ban hành Kế hoạch'. No trích yếu in the text: title ungraded. The Roman headings I and III "
        "are "
        "lost too; the numbered items are the purpose (1., 2.), scope (II.) and goals ('1. Mục tiêu chung'): "
        "no "
        "task."
    ),
)
L["b04_dongthap_ubnd_kh_nq153cp_2025_news"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "UBND tỉnh Đồng Tháp", "level": "province"},
        locality=loc("Đồng Tháp"),
        title_contains="thực hiện Nghị quyết số 153/NQ-CP",
    ),
    implements=[imp("153/NQ-CP", "2025-05-31", "Chính phủ")],
    implements_optional=[],
    citations=["153/NQ-CP", "59-NQ/TW"],
    chain=[["153/NQ-CP", "59-NQ/TW"]],
    notes=(
        "Newspaper item: byline and 'Chủ nhật, 28/12/2025 - 09:07' (publication, not the plan's date), then "
        "'UBND tỉnh Đồng Tháp vừa ban hành kế hoạch thực hiện Nghị quyết số 153/NQ-CP ngày 31/5/2025 của "
        "Chính "
        "phủ ban hành Chương trình hành động thực hiện Nghị quyết số 59-NQ/TW ngày 24/1/2025 của Bộ Chính "
        "trị'. "
        "No number, no date ('vừa ban hành'). Parent 153/NQ-CP; the Government's programme carries out "
        "59-NQ/TW: a chain, not a parent of the plan."
    ),
)
L["b05_longan_hdnd_nq114_2020_ktxh_tvplbulletin"] = dict(
    document=dict(
        number="114/NQ-HĐND",
        doc_type="NQ",
        issued_on="2020-12-08",
        issuer={"name_contains": "Hội đồng nhân dân tỉnh Long An", "level": "province"},
        locality=loc("Long An"),
        title_contains="KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021 - 2025",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    notes=(
        "Legal-library bulletin copy, pipe-split header with wrapped cells ('HỘI ĐỒNG NHÂN\\nDÂN\\nTỈNH LONG "
        "AN', "
        "'Long An, ngày 08\\ntháng 12 năm 2020'). The title 'VỀ\\nKẾ HOẠCH PHÁT TRIỂN ...' names the plan "
        "the "
        "resolution adopts, not a parent. The 'Căn cứ' list holds only laws without numbers: no parent, no "
        "citation."
    ),
)
L["b06_dongnai_ubnd_ct21_2021_dautucong_htpl"] = dict(
    document=dict(
        number="21/CT-UBND",
        doc_type="CT",
        issued_on="2021-12-14",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Đồng Nai", "level": "province"},
        locality=loc("Đồng Nai"),
        title_contains="TRIỂN KHAI THỰC HIỆN KẾ HOẠCH ĐẦU TƯ CÔNG NĂM 2022",
    ),
    implements=[],
    implements_optional=["2048/QĐ-TTg", "20/CT-TTg"],
    citations=["20/CT-TTg", "2048/QĐ-TTg", "18/CT-UBND"],
    notes=(
        "Legal-library copy with a site line 'Hệ thống pháp luật' and a spaced full header. The directive "
        "carries "
        "out the 2022 public-investment plan; its 'Căn cứ' list names the law, the Prime Minister's "
        "directive on "
        "drawing up the 2022 plans (20/CT-TTg) and his decision assigning the 2022 capital plan "
        "(2048/QĐ-TTg): "
        "both tolerated as parents, neither required (the directive says 'triển khai thực hiện kế hoạch đầu "
        "tư "
        "công', not which decision). 18/CT-UBND is the previous year's directive, told as history: a "
        "citation."
    ),
)
L["b07_bentre_ubnd_kh6033_2022_qd687ttg_tvpl"] = dict(
    document=dict(
        number="6033/KH-UBND",
        doc_type="KH",
        issued_on="2022-09-23",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Bến Tre", "level": "province"},
        locality=loc("Bến Tre"),
        title_contains="TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 687/QĐ-TTG",
    ),
    implements=[imp("687/QĐ-TTg", "2022-06-07", "Thủ tướng")],
    implements_optional=[],
    citations=["687/QĐ-TTg"],
    task_labels=[],
    notes=(
        "Legal-library copy, pipe-split header with the place cut inside its name ('Bến\\nTre, ngày 23 tháng "
        "9 "
        "năm 2022'). Title and opening both carry out 687/QĐ-TTg ('QĐ-TTG' upper-cased in the title). The "
        "excerpt stops inside 'II. MỤC TIÊU': no task."
    ),
)
L["b08_bentre_ubnd_bc427_2016_nqhdnd_htpl"] = dict(
    document=dict(
        number="427/BC-UBND",
        doc_type="BC",
        issued_on="2016-12-12",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Bến Tre", "level": "province"},
        locality=loc("Bến Tre"),
        title_contains="TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT HĐND TỈNH VỀ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2016",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    notes=(
        "Legal-library copy (loading lines, then a full header). A report reviewing the implementation of "
        "the "
        "provincial council's resolution on 2016 socio-economic development, named without a number: no "
        "parent by number, no citation."
    ),
)
L["b10_travinh_ubnd_kh41_2024_chuyendoicaytrong_tvpl"] = dict(
    document=dict(
        number="41/KH-UBND",
        doc_type="KH",
        issued_on="2024-05-13",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Trà Vinh", "level": "province"},
        locality=loc("Trà Vinh"),
        title_contains="CƠ CẤU CÂY TRỒNG TRÊN ĐẤT TRỒNG LÚA TỈNH TRÀ VINH",
    ),
    implements=[],
    implements_optional=["467/QĐ-BNN-TT"],
    citations=["62/2019/NĐ-CP", "35/2015/NĐ-CP", "94/2019/NĐ-CP", "467/QĐ-BNN-TT", "18/2020/QĐ-UBND"],
    notes=(
        "Legal-library copy: a metadata block (Số hiệu 41/KH-UBND, Ngày ban hành 13/05/2024, signer), then "
        "the "
        "header with 'KẾ HOẠCH\\nCHUYỂN\\nĐỔI CƠ CẤU ...' wrapped. One long 'Căn cứ' paragraph: laws, "
        "decrees, "
        "the agriculture ministry's decision issuing the national 2024 crop-conversion plan (467/QĐ-BNN-TT, "
        "the plan this provincial plan follows: tolerated, not required as the text never says it carries it "
        "out) and a provincial decision 18/2020/QĐ-UBND (cut after its date)."
    ),
)
L["b12_phutho_bchdbt_nq_moitruongdautu_2021_news"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issued_on=None,
        issuer={"name_contains": "Ban Chấp hành Đảng bộ tỉnh", "level": "province"},
        locality=loc("Phú Thọ"),
        title_contains="cải thiện mạnh mẽ môi trường đầu tư kinh doanh",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    notes=(
        "Aggregator copy of the provincial paper's full text of a Party committee resolution: headline "
        "'Nghị quyết của Ban Chấp hành Đảng bộ tỉnh (khóa XIX) về cải thiện mạnh mẽ môi trường đầu tư kinh "
        "doanh ... giai đoạn 2021- 2025', a sapo, '(baophutho.vn) - ...', then 'I. TÌNH HÌNH VÀ NGUYÊN "
        "NHÂN'. "
        "No number, no date. The province is named in the lead ('xây dựng Phú Thọ là tỉnh ...'). It makes "
        "concrete the congress resolution, named without a number: no parent."
    ),
)
L["b13_phutho_tu_bc_duthao_2020_baocaochinhtri_portal"] = dict(
    document=dict(
        number=None,
        doc_type="BC",
        issued_on="2020-06-15",
        issuer={"name_contains": "Tỉnh ủy Phú Thọ", "level": "province"},
        locality=loc("Phú Thọ"),
        title_contains="TĂNG CƯỜNG XÂY DỰNG, CHỈNH ĐỐN ĐẢNG",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    notes=(
        "City portal print page of a DRAFT political report: 'Cập nhật ngày: 15/06/2020 10:22' (posting), "
        "then "
        "the Party header 'TỈNH UỶ PHÚ THỌ / * / ĐẢNG CỘNG SẢN VIỆT NAM', 'Phú Thọ, ngày 15 tháng 6 năm "
        "2020', "
        "'Số       -BC/TU' with the number left blank (null) and '(Dự thảo lần 5)'. The date line is the "
        "document's own. The report names congress resolutions without numbers: no parent."
    ),
)
L["b14_phuyen_hdnd_nq59_2023_quyhoach_tvplbulletin"] = dict(
    document=dict(
        number="59/NQ-HĐND",
        doc_type="NQ",
        issued_on="2023-12-08",
        issuer={"name_contains": "Hội đồng nhân dân tỉnh Phú Yên", "level": "province"},
        locality=loc("Phú Yên"),
        title_contains="THÔNG QUA QUY HOẠCH TỈNH PHÚ YÊN THỜI KỲ 2021 - 2030",
    ),
    implements=[],
    implements_optional=["502/QĐ-TTg"],
    notes=(
        "Legal-library bulletin copy, pipe-split header with wrapped cells. The 'Căn cứ' list is laws, the "
        "national master plan 81/2023/QH15, the Government's resolution on enforcing the Planning Law, two "
        "decrees and the Prime Minister's decision approving the TASK of drawing up this provincial plan "
        "(502/QĐ-TTg, tolerated as a parent, not required). Citations ungraded: the excerpt ends inside the "
        "submission's number ('Xét Tờ trình số\\n234/TTr-UB')."
    ),
)
L["b15_kontum_ctubnd_qd471_2016_quychequy_htpl"] = dict(
    document=dict(
        number="471/QĐ-UBND",
        doc_type="QĐ",
        issued_on="2016-09-12",
        issuer={"name_contains": "Ủy ban nhân dân", "level": "province"},
        locality=loc("Kon Tum"),
        title_contains="QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA QUỸ PHÒNG, CHỐNG THIÊN TAI",
    ),
    implements=[],
    implements_optional=["387/QĐ-UBND"],
    citations=["94/2014/NĐ-CP", "387/QĐ-UBND"],
    task_labels=["Điều 2"],
    notes=(
        "Legal-library copy, pipe-joined header without the province line ('ỦY BAN NHÂN DÂN | CỘNG HÒA ... "
        "|', "
        "'Số: 471/QĐ-UBND | Kon Tum, ngày 12 tháng 09 năm 2016 |'); the issuing line is 'CHỦ TỊCH ỦY BAN "
        "NHÂN "
        "DÂN TỈNH KON TUM' and the annexed rules say '(Ban hành kèm theo Quyết định số 471/QĐ-UBND ... của "
        "Chủ "
        "tịch UBND tỉnh Kon Tum)': the required part is 'Ủy ban nhân dân'. A decision issuing rules (quy "
        "chế); "
        "the decision that founded the fund (387/QĐ-UBND) is a legal basis, tolerated. 'Điều 2. Giám đốc Sở "
        "... chịu "
        "trách nhiệm thi hành Quyết định này' assigns execution: a task, as the project counts such articles "
        "(corrected after the first run: first labelled with no task, a misreading of that convention). The "
        "annexed rules' 'Điều 1. Phạm vi điều chỉnh' is no task."
    ),
)
L["b16_lamdong_ubnd_ct07_2023_kyluathanhchinh_tvpl"] = dict(
    document=dict(
        number="07/CT-UBND",
        doc_type="CT",
        issued_on="2023-04-26",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Lâm Đồng", "level": "province"},
        locality=loc("Lâm Đồng"),
        title_contains="CHẤN CHỈNH LỀ LỐI LÀM VIỆC, TĂNG CƯỜNG KỶ LUẬT, KỶ CƯƠNG HÀNH CHÍNH",
    ),
    implements=[],
    implements_optional=["07/CT-UBND", "4011/UBND-VX2", "1071/UBND-VX2", "4761/UBND-VX2"],
    citations=["07/CT-UBND", "4011/UBND-VX2", "1071/UBND-VX2", "4761/UBND-VX2"],
    notes=(
        "Legal-library copy, pipe-split header. The opening tells history: 'Trong thời gian qua, thực hiện "
        "chỉ "
        "đạo của UBND tỉnh tại Chỉ thị số 07/CT-UBND ngày 31/5/2021; các văn bản: số 4011/UBND-VX2 ..., số "
        "1071/UBND-VX2 ... và số 4761/UBND-VX2 ...' the bodies improved; the new directive re-asserts them. "
        "Tolerated as parents, none required. The 2021 directive has the SAME number as this one "
        "(07/CT-UBND, "
        "a different year): a parser must not take it for the document itself."
    ),
)
L["b17_dongthap_lapvo_huyendoan_kh_daihoidoan_2022_portal"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": None, "level": "district"},
        locality=loc("Đồng Tháp", "Lấp Vò"),
        title_contains="Thực hiện công tác tuyên truyền Đại hội Đoàn các cấp",
    ),
    implements=[
        imp("246-KH/TĐTN-TCKT", "2021-10-12", "Ban Thường vụ Tỉnh đoàn"),
        imp("255-KH/TĐTN-BTG", "2021-12-24", "Ban Thường vụ Tỉnh đoàn"),
    ],
    implements_optional=[],
    citations=["246-KH/TĐTN-TCKT", "255-KH/TĐTN-BTG"],
    notes=(
        "A district Youth Union site (menu 'TRANG CHỦ / CƠ CẤU TỔ CHỨC / ĐƠN VỊ CƠ SỞ / TÀI LIỆU / DU LỊCH "
        "LẤP "
        "VÒ'), a headline, a stamp '10/8/2017 12:00:00 AM' that cannot be the issue date (the plan cites "
        "parents of late 2021): date null; then 'KẾ HOẠCH / Thực hiện công tác tuyên truyền Đại hội Đoàn các "
        "cấp / tiến tới Đại hội Đại biểu Đoàn TNCS Hồ Chí Minh huyện Lấp Vò lần thứ XII, ...' without a "
        "number. "
        "The issuer is not named; the plan's own congress is the Lấp Vò district one and its parents are the "
        "provincial union's: level district, locality Đồng Tháp / Lấp Vò (unique gazetteer name), name "
        "ungraded. Parents: 'Căn cứ Kế hoạch số 246-KH/TĐTN-TCKT, ngày 12/10/2021 của Ban Thường vụ Tỉnh "
        "đoàn "
        "...; Kế hoạch số 255 – KH/TĐTN-BTG, ngày 24/12/2021' (spaces and an en dash in the second: "
        "canonical "
        "255-KH/TĐTN-BTG)."
    ),
)

# document.signer, added after the first labelling by reading each text's end and lead (see README).
add_signers(L, {
    "b01_daknong_hdnd_nq06_2022_thanhnien_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b02_daknong_ctubnd_ct03_2025_kl127_digest": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b03_dongthap_ubnd_kh334_2021_qd1660ttg_htpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b04_dongthap_ubnd_kh_nq153cp_2025_news": (
        None,
        "a news item that never says who signed the document; 'Đan Quế' is the reporter's byline: null.",
    ),
    "b05_longan_hdnd_nq114_2020_ktxh_tvplbulletin": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b06_dongnai_ubnd_ct21_2021_dautucong_htpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b07_bentre_ubnd_kh6033_2022_qd687ttg_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b08_bentre_ubnd_bc427_2016_nqhdnd_htpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b10_travinh_ubnd_kh41_2024_chuyendoicaytrong_tvpl": (
        {"name": "Nguyễn Trung Hoàng"},
        "the legal library's 'Người ký' field names Nguyễn Trung Hoàng (no office written with it); the "
        "excerpt stops before the signature block.",
    ),
    "b12_phutho_bchdbt_nq_moitruongdautu_2021_news": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b13_phutho_tu_bc_duthao_2020_baocaochinhtri_portal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b14_phuyen_hdnd_nq59_2023_quyhoach_tvplbulletin": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b15_kontum_ctubnd_qd471_2016_quychequy_htpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null. "
        "'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM' is the enacting line, not a signature.",
    ),
    "b16_lamdong_ubnd_ct07_2023_kyluathanhchinh_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b17_dongthap_lapvo_huyendoan_kh_daihoidoan_2022_portal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
})


write_labels(root, L)
