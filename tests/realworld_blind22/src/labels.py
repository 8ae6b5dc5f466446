"""Labels of blind set 22, written by reading each text (the parser was not run on them before the commit)."""

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import add_signers, imp, loc, write_labels  # noqa: E402

L = {}
L["b01_hanoi_ubnd_kh158_2021_qd695ttg_tvplbulletin"] = dict(
    document=dict(
        number="158/KH-UBND",
        doc_type="KH",
        issued_on="2021-07-01",
        issuer={"name_contains": "Ủy ban nhân dân thành phố Hà Nội", "level": "province"},
        locality=loc("Hà Nội"),
        title_contains="NÂNG CAO NĂNG LỰC, HIỆU LỰC, HIỆU QUẢ GIÁM SÁT, KIỂM TRA, THANH TRA",
    ),
    implements=[imp("695/QĐ-TTg", "2021-05-10", "Thủ tướng")],
    implements_optional=[],
    citations=["695/QĐ-TTg"],
    task_labels=[],
    notes=(
        "Legal-library bulletin copy with pipe-separated header cells and hard-wrapped lines (the date "
        "'Hà Nội, ngày 01\\ntháng 07 năm 2021' wraps). Parent: the opening 'Thực hiện Quyết định số "
        "695/QĐ-TTg ngày 10/5/2021 của Thủ tướng Chính phủ'. The outline starts with '1. MỤC ĐÍCH, YÊU "
        "CẦU' / '1. Mục đích' (a typo'd Roman I) and the excerpt stops inside the purpose section: no "
        "task."
    ),
)
L["b02_thanhhoa_bttubmttq_hd_trongtam2023_hd96_portal"] = dict(
    document=dict(
        number=None,
        doc_type="HD",
        issued_on="2023-02-08",
        issuer={"name_contains": "Ban Thường trực Ủy ban MTTQ", "level": "province"},
        locality=loc("Thanh Hóa"),
        title_contains="Trọng tâm công tác Mặt trận năm 2023",
    ),
    implements=[imp("96/HD-MTTW-BTT", "2023-02-01", "Ban Thường trực Ủy ban Trung ương")],
    implements_optional=[],
    citations=["96/HD-MTTW-BTT", "18-CT/TW"],
    task_labels=["I.1"],
    tasks=[
        {
            "label": "I.1",
            "text_starts": "Tập trung triển khai, nâng cao chất lượng, hiệu quả công tác giám sát",
            "deadline": {"kind": "none"},
        }
    ],
    notes=(
        "The provincial Front committee's portal: site name, headline, lead 'Ngày 08/02/2023, Ban "
        "Thường trực Ủy ban MTTQ tỉnh ban hành Hướng dẫn trọng tâm công tác Mặt trận năm 2023', then "
        "the guidance's own text without a number ('HƯỚNG DẪN / Trọng tâm công tác Mặt trận năm 2023'). "
        "Number null. Parent: 'Thực hiện Hướng dẫn số 96/HD-MTTW-BTT ngày 01/02/2023 của Ban Thường "
        "trực Ủy ban Trung ương MTTQ Việt Nam'; the 'Căn cứ Chương trình phối hợp ...' has no number. "
        "Tasks: under 'I. NHIỆM VỤ TRỌNG TÂM' the first of ten numbered tasks (the excerpt stops inside "
        "it); no body and no deadline named in it. 18-CT/TW is cited inside the task."
    ),
)
L["b03_quangnam_tinhdoan_dean_daihoi_2022_news"] = dict(
    document=dict(
        number=None,
        doc_type="ĐA",
        issued_on=None,
        issuer={"name_contains": "Tỉnh đoàn", "level": "province"},
        locality=loc("Quảng Nam"),
        title_contains="Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Quảng Nam lần thứ XIX",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    notes=(
        "Provincial newspaper item: '(QNO) - Tỉnh đoàn vừa ban hành đề án tổ chức Đại hội đại biểu Đoàn "
        "TNCS Hồ Chí Minh tỉnh Quảng Nam lần thứ XIX (nhiệm kỳ 2022 - 2027)'. A mass organisation's "
        "(Youth Union) project; no number, no date ('vừa ban hành'; the congress month 9.2022 is not "
        "the issue date): both null. No parent by number. The resolution of the XVIII congress is named "
        "without a number."
    ),
)
L["b04_tthue_ubnd_kh24_2021_nq14hdnd_thuviennhadat"] = dict(
    document=dict(
        number="24/KH-UBND",
        doc_type="KH",
        issued_on="2021-01-23",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Thừa Thiên Huế", "level": "province"},
        locality=loc("Thừa Thiên Huế"),
        title_contains="XÂY DỰNG NẾP SỐNG VĂN MINH ĐÔ THỊ VÀ NÔNG THÔN",
    ),
    implements=[imp("14/2020/NQ-HĐND", "2020-11-13")],
    implements_optional=[],
    citations=["14/2020/NQ-HĐND"],
    task_labels=[],
    notes=(
        "Land-library copy, header cells split by '|' with the words hard-wrapped ('ỦY\\nBAN NHÂN DÂN', "
        "'Số:\\n24/KH-UBND', 'Thừa\\nThiên Huế, ngày 23 tháng 01 năm 2021'). The plan carries out the "
        "Đề án adopted by the HĐND resolution in its only basis line 'Căn cứ Nghị quyết số "
        "14/2020/NQ-HĐND ngày 13 tháng 11 năm 2020 của HĐND tỉnh về việc thông qua Đề án ...' (a 'Căn "
        "cứ' parent, as m03 of the unseen set). Excerpt stops inside 'I. MỤC ĐÍCH, YÊU CẦU': no task."
    ),
)
L["b05_hungyen_ubnd_ctr28_2022_nq11cp_tvpl"] = dict(
    document=dict(
        number="28/CTr-UBND",
        doc_type="CTr",
        issued_on="2022-02-18",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Hưng Yên", "level": "province"},
        locality=loc("Hưng Yên"),
        title_contains="THỰC HIỆN NGHỊ QUYẾT SỐ 11/NQ-CP",
    ),
    implements=[imp("11/NQ-CP", "2022-01-30", "Chính phủ"), imp("43/2022/QH15")],
    implements_optional=[
        "340/NQ-HĐND",
        "160/NQ-HĐND",
        "148/NQ-HĐND",
        "155/NQ-HĐND",
        "158/NQ-HĐND",
        "163/NQ-HĐND",
        "892/BKHĐT-TH",
    ],
    citations=[
        "11/NQ-CP",
        "43/2022/QH15",
        "340/NQ-HĐND",
        "160/NQ-HĐND",
        "148/NQ-HĐND",
        "155/NQ-HĐND",
        "158/NQ-HĐND",
        "163/NQ-HĐND",
        "892/BKHĐT-TH",
    ],
    task_labels=[],
    notes=(
        "Legal-library copy of a provincial action programme, wrapped header cells. Its title names the "
        "two parents (11/NQ-CP of 30/01/2022 and 43/2022/QH15, undated in the text); the opening 'Thực "
        "hiện ...' then lists six HĐND resolutions (some without 'số') and a ministry letter "
        "892/BKHĐT-TH, which may be read as parents too (optional). Excerpt stops inside 'I. MỤC ĐÍCH, "
        "YÊU CẦU': no task."
    ),
)
L["b06_hanoi_btvthu_kh30_2021_socket_nqtw4_news"] = dict(
    document=dict(
        number="30-KH/TU",
        doc_type="KH",
        issued_on="2021-06-08",
        issuer={"name_contains": "Ban Thường vụ Thành ủy Hà Nội", "level": "province"},
        locality=loc("Hà Nội"),
        title_contains="sơ kết thực hiện Nghị quyết Trung ương 4",
    ),
    implements=[],
    implements_optional=["15-CTr/TU"],
    citations=["15-CTr/TU"],
    notes=(
        "Youth newspaper print page: headline, time, lead 'Ban Thường vụ Thành ủy Hà Nội vừa ban hành "
        "Kế hoạch số 30-KH/TU ngày 8/6/2021 về sơ kết thực hiện Nghị quyết Trung ương 4 (khóa XII), "
        "Chương trình hành động số 15-CTr/TU của Thành ủy (khóa XVI) ...', then a line of related "
        "headlines and the body. A review plan of the two documents: the Central resolution has no "
        "number; the city's programme 15-CTr/TU is optional as parent. The page's date line 09/06/2021 "
        "is the publication, not the plan's."
    ),
)
L["b07_hanoi_btvthu_kh04_2020_nqdaihoi17_dcs"] = dict(
    document=dict(
        number="04-KH/TU",
        doc_type="KH",
        issued_on="2020-11-18",
        issuer={"name_contains": "Ban Thường vụ Thành ủy Hà Nội", "level": "province"},
        locality=loc("Hà Nội"),
        title_contains="Nghị quyết Đại hội đại biểu lần thứ XVII",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    notes=(
        "The Party's national portal, body only from the second sentence of the item: 'Đây là những yêu "
        "cầu trong Kế hoạch số 04-KH/TU ngày 18/11/2020 của Ban Thường vụ Thành ủy Hà Nội về nghiên "
        "cứu, quán triệt và tổ chức thực hiện Nghị quyết Đại hội đại biểu lần thứ XVII Đảng bộ TP Hà "
        "Nội.' The parent (the congress resolution) has no number: implements empty."
    ),
)
L["b08_haugiang_ubnd_kh09_2022_nq01cp_vanban123"] = dict(
    document=dict(
        number="09/KH-UBND",
        doc_type="KH",
        issued_on="2022-01-19",
        issuer={"name_contains": "Ủy ban nhân dân", "level": "province"},
        locality=loc("Hậu Giang"),
        title_contains="THỰC HIỆN NGHỊ QUYẾT SỐ 01/NQ-CP",
    ),
    implements=[imp("01/NQ-CP", "2022-01-08", "Chính phủ")],
    implements_optional=[],
    citations=["01/NQ-CP"],
    task_labels=[],
    notes=(
        "Document site copy with pipe cells; the header keeps only 'ỦY BAN NHÂN DÂN |' (the province "
        "line is lost) and the place 'Hậu Giang'; the word KẾ HOẠCH is lost too, the title line starts "
        "'THỰC HIỆN NGHỊ QUYẾT SỐ 01/NQ-CP NGÀY 08 THÁNG 01 NĂM 2022 CỦA CHÍNH PHỦ ...'. Type from the "
        "number. The province is the place line and 'tỉnh Hậu Giang' in the body. The numbered '(1)', "
        "'(2)' are targets, not tasks."
    ),
)
L["b09_daklak_ubnd_cv1927_2024_kh775btttt_deptportal"] = dict(
    document=dict(
        number="1927/UBND-KGVX",
        doc_type="CV",
        issued_on="2024-03-08",
        issuer={"name_contains": "UBND tỉnh Đắk Lắk", "level": "province"},
        locality=loc("Đắk Lắk"),
        title_contains="Ngày Sách và Văn hóa đọc Việt Nam",
    ),
    implements=[imp("775/KH-BTTTT", "2024-03-07", "Bộ Thông tin và Truyền thông")],
    implements_optional=[],
    citations=["775/KH-BTTTT", "2825/QĐ-UBND"],
    notes=(
        "Department portal item: headline, two 'Ngày đăng: 12/03/2024' lines and counters, lead 'Ngày "
        "08/03/2024, UBND tỉnh Đắk Lắk ban hành Công văn số 1927/UBND-KGVX ... về việc thực hiện Kế "
        "hoạch số 775/KH-BTTTT ngày 07/3/2024 của Bộ Thông tin và Truyền thông ...'. The second mention "
        "is written '775/KHBTTTT' (hyphen lost). The tasks are prose (no outline): not labelled."
    ),
)
L["b10_kontum_ubnd_cv1699_2023_kh2497_portal"] = dict(
    document=dict(
        number="1699/UBND-KGVX",
        doc_type="CV",
        issued_on="2023-06-07",
        issuer={"name_contains": "UBND tỉnh", "level": "province"},
        locality=loc(None),
        title_contains="đẩy mạnh triển khai thực hiện Đề án phát triển văn hoá đọc",
    ),
    implements=[imp("2497/KH-UBND", "2021-07-21")],
    implements_optional=[],
    citations=["2497/KH-UBND"],
    notes=(
        "Provincial portal item: a weekday line of the crawl date (24/06/2024), headline, 'Ngày đăng: "
        "08/06/2023', lead 'Ngày 07/6/2023, UBND tỉnh ban hành Công văn số 1699/UBND-KGVX về việc tiếp "
        "tục đẩy mạnh triển khai thực hiện Đề án ...'. The province is never written (only the URL, "
        "kontum.gov.vn): null, as blind21's b03. The letter asks to keep carrying out the province's "
        "own plan 2497/KH-UBND of 21/7/2021: its parent."
    ),
)
L["b11_khanhhoa_khanhvinh_ubndh_kh_disan_2020_news"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "huyện Khánh Vĩnh", "level": "district"},
        locality=loc("Khánh Hòa", "Khánh Vĩnh"),
        title_contains="tuyên truyền kỷ niệm ngày Di sản văn hóa Việt Nam",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    notes=(
        "Provincial newspaper item: 'UBND huyện Khánh Vĩnh (Khánh Hòa) vừa ban hành kế hoạch tuyên "
        "truyền kỷ niệm ngày Di sản văn hóa Việt Nam (23-11) năm 2020'. No number, no date (18/11/2020 "
        "is the page's; 23-11 and 25-11 are event dates): null. Tasks in prose: not labelled."
    ),
)
L["b12_daklak_ubnd_kh4047_2017_qd2478ttg_deptportal"] = dict(
    document=dict(
        number="4047/KH-UBND",
        doc_type="KH",
        issued_on="2017-05-30",
        issuer={"name_contains": "Đắk Lắk", "level": "province"},
        locality=loc("Đắk Lắk"),
        title_contains=(
            "Đề án truyền thông về phát triển Phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa"
        ),
    ),
    implements=[imp("2478/QĐ-TTg", None, "Thủ tướng")],
    implements_optional=[],
    citations=["2478/QĐ-TTg"],
    notes=(
        "Department portal item: headline, 'Cập nhật lúc: 22:39 03/06/2017', body 'Trên cơ sở Đề án ... "
        "đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 2478/QĐ-TTg ..., tỉnh Đắk Lắk đã ban "
        "hành Kế hoạch số 4047/KH-UBND, ngày 30/5/2017 để triển khai thực hiện các nội dung của Đề án'. "
        "The issuer is written only as 'tỉnh Đắk Lắk' / 'UBND tỉnh'. Parent 2478/QĐ-TTg (undated)."
    ),
)
L["b13_travinh_canglong_ubndh_qd1671_2022_qd832_portal"] = dict(
    document=dict(
        number="1671/QĐ-UBND",
        doc_type="QĐ",
        issued_on="2022-05-25",
        issuer={"name_contains": "UBND huyện", "level": "district"},
        locality=loc("Trà Vinh", "Càng Long"),
        title_contains="Toàn dân đoàn kết xây dựng đời sống văn hóa",
    ),
    implements=[imp("832/QĐ-UBND", None, "UBND tỉnh Trà Vinh")],
    implements_optional=[],
    citations=["832/QĐ-UBND"],
    notes=(
        "District portal item: 'Ngày 25/5/2022, UBND huyện ban hành Quyết định số 1671/QĐ-UBND kèm theo "
        "kế hoạch thực hiện Quyết định số 832/QĐUBND của UBND tỉnh Trà Vinh ...'. The parent's number "
        "lost its hyphen ('832/QĐUBND'): canonical 832/QĐ-UBND. The district is named 'huyện Càng Long' "
        "in the body."
    ),
)

# document.signer, added after the first labelling by reading each text's end and lead (see README).
add_signers(L, {
    "b01_hanoi_ubnd_kh158_2021_qd695ttg_tvplbulletin": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b02_thanhhoa_bttubmttq_hd_trongtam2023_hd96_portal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b03_quangnam_tinhdoan_dean_daihoi_2022_news": (
        None,
        "a news item that never says who signed the document; 'THÁI CƯỜNG' is the reporter's byline: "
        "null.",
    ),
    "b04_tthue_ubnd_kh24_2021_nq14hdnd_thuviennhadat": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b05_hungyen_ubnd_ctr28_2022_nq11cp_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b06_hanoi_btvthu_kh30_2021_socket_nqtw4_news": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b07_hanoi_btvthu_kh04_2020_nqdaihoi17_dcs": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b08_haugiang_ubnd_kh09_2022_nq01cp_vanban123": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b09_daklak_ubnd_cv1927_2024_kh775btttt_deptportal": (
        None,
        "a news item that never says who signed the document; 'Lâm Anh' is the reporter's byline: null.",
    ),
    "b10_kontum_ubnd_cv1699_2023_kh2497_portal": (
        None,
        "a news item that never says who signed the document; 'Tuấn Tài – Huy Thôn' is the reporter's "
        "byline: null.",
    ),
    "b11_khanhhoa_khanhvinh_ubndh_kh_disan_2020_news": (
        None,
        "a news item that never says who signed the document; 'V.T' is the reporter's byline: null.",
    ),
    "b12_daklak_ubnd_kh4047_2017_qd2478ttg_deptportal": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b13_travinh_canglong_ubndh_qd1671_2022_qd832_portal": (
        None,
        "a news item that never says who signed the document: null.",
    ),
})


write_labels(root, L)
