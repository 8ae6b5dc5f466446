"""Labels of blind set 28, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import add_signers, imp, loc, write_labels  # noqa: E402

L = {}
L["c01_ninhthuan_ubnd_kh5257_2019_giaoduc_htpl"] = dict(
    document=dict(
        number="5257/KH-UBND",
        doc_type="KH",
        issued_on="2019-12-31",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Ninh Thuận", "level": "province"},
        locality=loc("Ninh Thuận"),
        title_contains="TRIỂN KHAI KẾ HOẠCH SỐ 200-KH/TU NGÀY 17 THÁNG 10 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY",
    ),
    implements=[imp("200-KH/TU", "2019-10-17", "Tỉnh ủy")],
    implements_optional=["51-KL/TW"],
    citations=["200-KH/TU", "51-KL/TW"],
    task_labels=[],
    notes=(
        "Legal-library page (hethongphapluat.com) with its loading chrome over a clean state header: 'ỦY BAN NHÂN DÂN "
        "TỈNH NINH THUẬN', 'Số: 5257/KH-UBND', 'Ninh Thuận, ngày 31 tháng 12 năm 2019'. Education sector: the plan "
        "'TRIỂN KHAI KẾ HOẠCH SỐ 200-KH/TU ... CỦA BAN THƯỜNG VỤ TỈNH ỦY' on the Secretariat's conclusion about "
        "Resolution 29 (fundamental reform of education). 'Thực hiện Kế hoạch số 200-KH/TU ngày 17/10/2019 của Ban "
        "Thường vụ Tỉnh ủy' and the title make 200-KH/TU the parent. The Secretariat's 51-KL/TW is the second 'Căn cứ' "
        "item and the subject 200-KH/TU itself carries out: a Party conclusion, neither plan nor directive, so tolerated "
        "(implements_optional), not required. The excerpt stops in the lead sentence: no task."
    ),
)
L["c02_nghean_ubnd_kh800_2025_tuyenquan_nhansu"] = dict(
    document=dict(
        number="800/KH-UBND",
        doc_type="KH",
        issued_on="2025-09-26",
        issuer={"name_contains": "Ủy ban nhân dân", "level": "province"},
        locality=loc("Nghệ An"),
        title_contains="TUYỂN CHỌN, GỌI CÔNG DÂN NHẬP NGŨ VÀ THỰC HIỆN NGHĨA VỤ THAM GIA CÔNG AN NHÂN DÂN NĂM 2026",
        signer={"name": "Lê Hồng Vinh"},
    ),
    implements=[],
    implements_optional=[],
    citations=["97/2025/TT-BQP", "50/2016/TTLT-BQP-BCA", "68/2025/TT-BQP", "148/2018/TT-BQP", "63/2023/TT-BCA", "105/2023/TT-BQP"],
    task_labels=[],
    notes=(
        "Legal-library page (nhansu.vn): a headline, a pipe metadata table ('Loại văn bản | Kế hoạch', 'Cơ quan ban hành "
        "| Tỉnh Nghệ An', 'Người ký | Lê Hồng Vinh', the signer as in blind27 b08), then a header whose left cell keeps "
        "only 'ỦY BAN NHÂN DÂN |' and the place 'Nghệ An, ngày 26 tháng 9 năm 2025'. There is no 'KẾ HOẠCH' heading: the "
        "subject line 'TUYỂN CHỌN, GỌI CÔNG DÂN NHẬP NGŨ ...' follows the date directly; the type is KH by the number and "
        "the metadata. Military service sector. The province's People's Committee: province level, Nghệ An (headline, "
        "metadata and place). Every 'Căn cứ' item is a law or a circular (legal basis): no parent. The circulars are "
        "citations (the laws have no number). The excerpt stops in the 'Căn cứ' items: no task."
    ),
)
L["c03_ninhbinh_ubnd_kh177_2024_khcn_tvpl"] = dict(
    document=dict(
        number="177/KH-UBND",
        doc_type="KH",
        issued_on="2024-09-30",
        issuer={"name_contains": "Ủy ban nhân dân", "level": "province"},
        locality=loc("Ninh Bình"),
        title_contains="THỰC HIỆN KẾ HOẠCH SỐ 183-KH/TU NGÀY 18/3/2024 CỦA",
    ),
    implements=[imp("709/QĐ-TTg", "2024-07-23", "Thủ tướng"), imp("183-KH/TU", "2024-03-18", "Tỉnh ủy")],
    implements_optional=["69-KL/TW", "20-NQ/TW"],
    citations=["183-KH/TU", "69-KL/TW", "20-NQ/TW", "709/QĐ-TTg"],
    task_labels=[],
    notes=(
        "Legal-library bulletin page (thuvienphapluat.vn) with pipe-split header cells wrapped inside words ('ỦY BAN NHÂN' "
        "/ 'DÂN' / 'TỈNH NINH BÌNH', 'Ninh Bình,' / 'ngày 30 tháng 9 năm 2024'). Science and technology sector: the plan "
        "carrying out the provincial standing committee's 183-KH/TU on the Politburo's 69-KL/TW (continuing 20-NQ/TW). "
        "One 'Thực hiện' clause names the Prime Minister's 709/QĐ-TTg and 183-KH/TU: both parents (the first wrapped "
        "'Quyết định số' / '709/QĐ-TTg'). 69-KL/TW and 20-NQ/TW are what those parents carry out: tolerated. The "
        "number's hyphen wraps in the clause ('Kế hoạch số 183-' / 'KH/TU') and a space follows it in the purpose "
        "('183- KH/TU'). The excerpt stops in 'I. MỤC ĐÍCH, YÊU CẦU': no task."
    ),
)
L["c05_thanhhoa_catvan_ubndxa_kh14_2019_giamngheo_123doc"] = dict(
    document=dict(
        number="14/KH-UBND",
        doc_type="KH",
        issued_on="2019-02-12",
        issuer={"name_contains": "Ủy ban nhân dân xã Cát Vân", "level": "commune"},
        locality=loc("Thanh Hóa", "Như Xuân", "Cát Vân"),
        title_contains="Giảm nghèo năm 2019",
    ),
    implements=[imp("289-QĐ/TU", "2016-05-27"), imp("16/KH-UBND", "2019-01-25", "Như Xuân")],
    implements_optional=["12-NQ/HU", "53/NQ-HĐND", "37/QĐ-UBND", "41/NQ-ĐU", "25/2018/NQ-HĐND"],
    citations=["289-QĐ/TU", "12-NQ/HU", "53/NQ-HĐND", "37/QĐ-UBND", "16/KH-UBND", "41/NQ-ĐU", "25/2018/NQ-HĐND"],
    task_labels=[],
    notes=(
        "Document-sharing page (123doc) of a commune plan: the site's 'Tải bản đầy đủ' and its own title, then the header "
        "'ỦY BAN NHÂN DÂN' / 'XÃ CÁT VÂN', 'Số: 14/KH-UBND', 'Cát Vân, ngày 12 tháng 02 năm 2019', 'KẾ HOẠCH' / 'Giảm "
        "nghèo năm 2019'. Poverty reduction sector. The commune's People's Committee: commune level; the district Như "
        "Xuân is named in two 'Căn cứ' items ('UBND huyện Như Xuân') and the province in the first ('tỉnh Thanh Hóa'): "
        "Thanh Hóa / Như Xuân / Cát Vân (district inferred from the items, as the gold's seed 000 does from a header). "
        "Seven 'Căn cứ' items: the plan carries out the poverty-reduction programme, so the provincial Party committee's "
        "289-QĐ/TU issuing that programme and the district's own poverty plan 16/KH-UBND ('kế hoạch thực hiện kế hoạch "
        "chương trình giảm nghèo nhanh và bền vững huyện Như Xuân năm 2019') are the parents; the annual resolutions and "
        "decisions on the year's tasks (12-NQ/HU, 53/NQ-HĐND, 37/QĐ-UBND, the commune Party committee's 41/NQ-ĐU and "
        "council's 25/2018/NQ-HĐND, written '25/2018/NQ- HĐND') are tolerated. The excerpt stops in 'Phần thứ nhất', the "
        "review of poor households: no task."
    ),
)
L["c06_vinhphuc_ctubnd_ct12_2023_datdai_tvpl"] = dict(
    document=dict(
        number="12/CT-CTUBND",
        doc_type="CT",
        issued_on="2023-06-01",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh", "level": "province"},
        locality=loc("Vĩnh Phúc"),
        title_contains="VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC QUẢN LÝ ĐẤT ĐAI TRÊN ĐỊA BÀN TỈNH",
    ),
    implements=[],
    implements_optional=["32-CT/TU", "02-NQ/TU"],
    citations=["32-CT/TU", "02-NQ/TU", "1695/QĐ-UBND", "54/KH-UBND", "290/KH-UBND"],
    task_labels=[],
    notes=(
        "Legal-library bulletin page (thuvienphapluat.vn) with pipe-split header cells: 'ỦY BAN NHÂN DÂN' / 'TỈNH VĨNH "
        "PHÚC', 'Số: 12/CT-CTUBND' (a directive of the provincial chairman, so the issuer is named as blind labels name "
        "a chairman's directive: 'Ủy ban nhân dân tỉnh', province level), 'Vĩnh Phúc, ngày' / '01 tháng 6 năm 2023'. "
        "Land sector. The opening reviews what the province has done: the Party standing committee's 32-CT/TU and "
        "02-NQ/TU, the province's 1695/QĐ-UBND, 54/KH-UBND and 290/KH-UBND, all as history, none under 'Thực hiện': no "
        "required parent; the two Party documents the directive continues are tolerated. 32-CT/TU is dated twice "
        "(16/3/2020 and 12/9/2019), a slip of the text. The excerpt stops in the opening: no task."
    ),
)
L["c07_langson_ubnd_kh177_2025_bdkh_htpl"] = dict(
    document=dict(
        number="177/KH-UBND",
        doc_type="KH",
        issued_on="2025-07-02",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Lạng Sơn", "level": "province"},
        locality=loc("Lạng Sơn"),
        title_contains="TRIỂN KHAI NGHỊ QUYẾT SỐ 122/NQ-CP NGÀY 08/5/2025 CỦA CHÍNH PHỦ",
    ),
    implements=[imp("122/NQ-CP", "2025-05-08", "Chính phủ")],
    implements_optional=["81-KL/TW", "24-NQ/TW"],
    citations=["122/NQ-CP", "81-KL/TW", "24-NQ/TW"],
    task_labels=[],
    notes=(
        "Legal-library page (hethongphapluat.com) with a clean header 'ỦY BAN NHÂN DÂN' / 'TỈNH LẠNG SƠN', 'Số: "
        "177/KH-UBND', 'Lạng Sơn, ngày 02 tháng 7 năm 2025'. Environment and climate sector. The title and 'Thực hiện "
        "Nghị quyết số 122/NQ-CP ngày 08/5/2025 của Chính phủ' make the Government's 122/NQ-CP the parent; the "
        "Politburo's 81-KL/TW it carries out, and 24-NQ/TW (the text's own shorthand), are tolerated. The excerpt stops "
        "in 'I. MỤC ĐÍCH, YÊU CẦU': no task."
    ),
)
L["c08_hue_quangthai_ubndxa_kh_2022_tongiao_communeportal"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "UBND xã", "level": "commune"},
        locality=loc(None),
        title_contains="Thực hiện công tác quản lý nhà nước về tín ngưỡng, tôn giáo năm 2022",
    ),
    implements=[],
    implements_optional=["25-NQ/TW", "18-CT/TW", "15-CT/TU"],
    citations=["02/2016/QH14", "162/2017/NĐ-CP", "25-NQ/TW", "18-CT/TW", "15-CT/TU"],
    task_labels=[],
    notes=(
        "Commune portal page (Quảng Thái, by the URL only): search chrome, the item's headline 'KẾ HOẠCH Thực hiện công "
        "tác quản lý nhà nước về tín ngưỡng, tôn giáo năm 2022' and 'Ngày cập nhật 05/04/2022' (posting, not issue date: "
        "null; no number: null). Religion sector. 'UBND xã xây dựng kế hoạch': a commune People's Committee whose commune, "
        "district and province the text never names (the site's address is not evidence): locality null. The 'Căn cứ' "
        "items are the law on belief and religion and its decree (citations). The purpose section's 'Tiếp tục quán "
        "triệt, triển khai thực hiện' of 25-NQ/TW, 18-CT/TW and the provincial 15-CT/TU names documents carried on by the "
        "commune's routine work: tolerated, not required. The excerpt stops in 'I. Mục đích, yêu cầu': no task."
    ),
)
L["c09_quangninh_quangyen_ubndtx_kh_2018_yte_pdfocr"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"level": "district"},
        locality=loc("Quảng Ninh", "Quảng Yên"),
        title_contains="139/NQ-CP ngay 31/12/2017 cua Chinh phu",
    ),
    implements=[imp("139/NQ-CP", "2017-12-31"), imp("55/KH-UBND", "2018-03-30"), imp("80-KH/TU", "2018-06-14")],
    implements_optional=["20-NQ/TW"],
    citations=["139/NQ-CP", "55/KH-UBND", "80-KH/TU", "20-NQ/TW"],
    task_labels=[],
    notes=(
        "PDF copy (dokumen.tips) of a scanned plan run through OCR without its diacritics, all on one line: '(JY BAN "
        "NI-IAN DAN THJ XA QUANG YllN So: ADl /KH-UBND ... Qucing Yen. ngaYAt thclng 7 nom 2()IR KE HO~CH'. Health "
        "sector (Resolution 20-NQ/TW on people's health). The number's digits ('ADl') and the day and year ('ngaYAt', "
        "'2()IR') are unreadable: number and issued_on null; the type is KH ('KE HO~CH', '/KH-UBND'). The issuer, 'Uy ban "
        "nhan dan thi xa Quang Yen' in the lead, is a district-level town of Quảng Ninh ('tinh Quang Ninh' in the lead): "
        "level district, Quảng Ninh / Quảng Yên; its name is not graded (unaccented OCR). The lead's 'Thl,!'Chi~n' "
        "(Thực hiện) names the Government's 139/NQ-CP, the province's 55/KH-UBND and the town Party committee's (Thị "
        "ủy) 80-KH/TU: the three parents (80-KH/TU is garbled 'KI-I' in the title but clean in the lead); 20-NQ/TW, "
        "what they carry out, is tolerated. title_contains is a verbatim piece of the garbled title line. The excerpt "
        "stops in 'II. MỤC TIÊU': no task."
    ),
)
L["c10_tayninh_ubnd_kh1238_2025_pctn_nhansu"] = dict(
    document=dict(
        number="1238/KH-UBND",
        doc_type="KH",
        issued_on="2025-09-16",
        issuer={"name_contains": "Ủy ban nhân dân", "level": "province"},
        locality=loc("Tây Ninh"),
        title_contains="thực hiện chiến lược quốc gia phòng, chống tham nhũng, tiêu cực đến năm 2030",
        signer={"name": "Nguyễn Văn Út"},
    ),
    implements=[imp("168/NQ-CP", "2023-10-11", "Chính phủ")],
    implements_optional=[],
    citations=["168/NQ-CP"],
    task_labels=[],
    notes=(
        "Legal-library page (nhansu.vn, its test host 'uat.') with headline, pipe metadata table ('Người ký | Nguyễn Văn "
        "Út') and a header whose left cell keeps only 'ỦY BAN NHÂN DÂN |'. Anti-corruption sector. No 'KẾ HOẠCH' heading "
        "and no subject line in the body: the type comes from the number and the metadata, and the subject from the "
        "headline and the lead ('UBND tỉnh xây dựng Kế hoạch thực hiện chiến lược quốc gia phòng, chống tham nhũng, tiêu "
        "cực đến năm 2030 trên địa bàn tỉnh'), both holding title_contains. 'Thực hiện Nghị quyết số 168/NQ-CP ngày "
        "11/10/2023 của Chính phủ': the parent. Province level, Tây Ninh (headline, metadata, place). The excerpt stops "
        "in '1. Mục đích': no task."
    ),
)
L["c11_nghean_btvtu_kh305_2025_nq57_baonghean"] = dict(
    document=dict(
        number="305-KH/TU",
        doc_type="KH",
        issued_on="2025-02-20",
        issuer={"name_contains": "Ban Thường vụ Tỉnh ủy", "level": "province"},
        locality=loc("Nghệ An"),
        title_contains="quán triệt, tuyên truyền và thực hiện Nghị quyết số 57",
        signer={"name": "Hoàng Nghĩa Hiếu", "title_contains": "Phó Bí thư Thường trực"},
    ),
    implements=[imp("57-NQ/TW", "2024-12-22", "Bộ Chính trị")],
    implements_optional=[],
    citations=["57-NQ/TW"],
    task_labels=[],
    notes=(
        "Provincial newspaper's print page: a headline ('Tỉnh ủy Nghệ An ban hành Kế hoạch quán triệt ...'), a teaser, "
        "then the lead 'Đồng chí Hoàng Nghĩa Hiếu – Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh vừa thay mặt Ban "
        "Thường vụ Tỉnh ủy Nghệ An ký ban hành Kế hoạch số 305 -KH/TU ngày 20/2/2025 triển khai quán triệt, tuyên truyền "
        "và thực hiện Nghị quyết số 57 - NQ/TW, ngày 22/12/2024 của Bộ Chính trị ...'. Science, technology and "
        "innovation (57-NQ/TW). Number spaced before and around its hyphen (canonical 305-KH/TU and 57-NQ/TW). Issuer "
        "the provincial Party standing committee (province level, Nghệ An); the signer is named with his title in the "
        "lead ('thay mặt Ban Thường vụ ... ký'). The Politburo's 57-NQ/TW is the parent. A news item: no task."
    ),
)
L["c12_dongthap_ubnd_kh40_2026_pctn_nhansu"] = dict(
    document=dict(
        number="40/KH-UBND",
        doc_type="KH",
        issued_on="2026-01-14",
        issuer={"name_contains": "Ủy ban nhân dân", "level": "province"},
        locality=loc("Đồng Tháp"),
        title_contains="THỰC HIỆN CHIẾN LƯỢC QUỐC GIA PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP ĐẾN NĂM 2030",
        signer={"name": "Phạm Thành Ngại"},
    ),
    implements=[imp("168/NQ-CP", "2023-10-11", "Chính phủ")],
    implements_optional=[],
    citations=["118/VBHN-VPQH", "168/NQ-CP"],
    task_labels=[],
    notes=(
        "Legal-library page (nhansu.vn) with headline, pipe metadata table ('Người ký | Phạm Thành Ngại') and a header "
        "whose left cell keeps only 'ỦY BAN NHÂN DÂN |', then 'KẾ HOẠCH' and its subject. Anti-corruption sector. One "
        "'Thực hiện' clause names the anti-corruption law, the National Assembly Office's consolidated text "
        "118/VBHN-VPQH of that law (legal basis: a citation, not a parent) and the Government's 168/NQ-CP issuing the "
        "national strategy the plan carries out (the parent). Province level, Đồng Tháp. The excerpt stops in 'I. MỤC "
        "ĐÍCH, YÊU CẦU': no task."
    ),
)

# document.signer, added after the first labelling by reading each text's end and lead (see README).
add_signers(L, {
    "c01_ninhthuan_ubnd_kh5257_2019_giaoduc_htpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "c03_ninhbinh_ubnd_kh177_2024_khcn_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "c05_thanhhoa_catvan_ubndxa_kh14_2019_giamngheo_123doc": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "c06_vinhphuc_ctubnd_ct12_2023_datdai_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "c07_langson_ubnd_kh177_2025_bdkh_htpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "c08_hue_quangthai_ubndxa_kh_2022_tongiao_communeportal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "c09_quangninh_quangyen_ubndtx_kh_2018_yte_pdfocr": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
})


write_labels(root, L)
