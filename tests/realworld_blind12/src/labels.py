# ruff: noqa: E501
"""Hand labels of blind set 12, written by reading each text before any parser run; writes <name>.json."""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
NONE = {"province": None, "district": None, "commune": None}


def loc(province=None, district=None, commune=None):
    return {"province": province, "district": district, "commune": commune}


def imp(number, issued_on=None, issuer=None):
    d = {"number": number}
    if issued_on:
        d["issued_on"] = issued_on
    if issuer:
        d["issuer_contains"] = issuer
    return d


LABELS = {
    "b01_tayninh_btvtu_kh136_2023_tongket_nq29_news": {
        "document": {
            "number": "136-KH/TU", "doc_type": "KH", "issued_on": "2023-02-08",
            "issuer": {"name_contains": "Ban Thường vụ Tỉnh ủy", "level": "province"},
            "title_contains": "tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW",
        },
        "implements": [],
        "implements_optional": ["29-NQ/TW", "244-KH/BTGTW", "39-CTr/TU"],
        "citations": ["29-NQ/TW", "244-KH/BTGTW", "39-CTr/TU"],
        "chain": [["39-CTr/TU", "29-NQ/TW"]],
        "notes": "Provincial Party portal news copy: headline, posting line 'Thứ ba - 28/02/2023 22:00 151 0' (not the issue date), then 'Ban Thường vụ Tỉnh uỷ ban hành Kế hoạch số 136-KH/TU, ngày 08/02/2023 về tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW ... (theo Kế hoạch số 244-KH/BTGTW, ngày 17/01/2023 của Ban Tuyên giáo Trung ương)'. A plan to REVIEW the resolution: the resolution, the central board's plan it follows ('theo') and the provincial action programme it reviews are tolerated, none required (as earlier sets' review plans). 'Chương trình hành động số 39-CTr/TU ... của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 29-NQ/TW': chain. The province is named only in a photo credit ('Nguồn: Tây Ninh O', cut) and a caption's 'huyện Châu Thành' (a name several provinces share): locality ungraded.",
    },
    "b02_phutho_tu_ctr39_2018_nq36_news": {
        "document": {
            "number": "39-CTr/TU", "doc_type": "CTr",
            "issuer": {"name_contains": "Tỉnh ủy Phú Thọ", "level": "province"},
            "locality": loc("Phú Thọ"),
        },
        "implements": [imp("36/NQ-TW", "2018-10-22", "Trung ương")],
        "implements_optional": [],
        "citations": ["36/NQ-TW"],
        "notes": "Provincial portal item: section banner, headline, posting time '24/12/2018 17:13 CH' (not the issue date), 'Xem cỡ chữ Email Print', then the lead 'PhuthoPortal - Ngày 30/11, Tỉnh ủy Phú Thọ ban hành Chương trình hành động số 39-CTr/TU thực hiện Nghị quyết số 36/NQ-TW ngày 22/10/2018 Hội nghị lần thứ Tám ...'. The day has no year (issued_on ungraded; 2018 only implied by the posting date). The central resolution is written state-style '36/NQ-TW' and kept in that shape, as earlier labels keep '22/CT-TW'. No title line of its own (title ungraded).",
    },
    "b03_soctrang_tu_kh90_2024_tongket_nq33_news": {
        "document": {
            "number": "90-KH/TU", "doc_type": "KH", "issued_on": "2024-03-01",
            "issuer": {"name_contains": "Tỉnh ủy Sóc Trăng", "level": "province"},
            "locality": loc("Sóc Trăng"),
            "title_contains": "tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW",
        },
        "implements": [],
        "implements_optional": ["33-NQ/TW"],
        "citations": ["33-NQ/TW"],
        "notes": "Aggregator page (page title, then the plan's title line, then a news lead 'Ngày 01/3/2024, Tỉnh ủy Sóc Trăng ban hành Kế hoạch số 90-KH/TU về tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW ...'). A review plan: the resolution tolerated, not required.",
    },
    "b04_soctrang_tu_ctr51_2024_nq45_dcs": {
        "document": {
            "number": "51-CTr/TU", "doc_type": "CTr", "issued_on": "2024-05-10",
            "issuer": {"name_contains": "Tỉnh ủy Sóc Trăng", "level": "province"},
            "locality": loc("Sóc Trăng"),
        },
        "implements": [imp("45-NQ/TW", "2023-11-24", "Ban Chấp hành Trung ương")],
        "implements_optional": [],
        "citations": ["45-NQ/TW", "27-NQ/TW", "20-CTr/TU"],
        "notes": "Provincial Party portal: 'Lượt xem: 594', headline, then 'Quán triệt ... Nghị quyết số 45-NQ/TW, ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII ..., Tỉnh ủy Sóc Trăng ban hành Chương trình số 51-CTr/TU, ngày 10/5/2024 thực hiện Nghị quyết.' (the subject sits after a long participial clause). The resolution is the parent (45-NQ/TW of 2023, intellectuals, not the 2019 Hải Phòng one). The situation section's 'Qua 15 năm triển khai thực hiện Nghị quyết số 27-NQ/TW ... và Chương trình hành động số 20-CTr/TU ...' is retrospective: citations only, not parents. No title line.",
    },
    "b05_langson_tu_kh114_2019_kl52_portal": {
        "document": {
            "number": "114-KH/TU", "doc_type": "KH", "issued_on": "2019-08-07",
            "issuer": {"name_contains": "Tỉnh ủy", "level": "province"},
            "locality": loc("Lạng Sơn"),
            "title_contains": "thực hiện Kết luận số 52-KL/TW",
        },
        "implements": [imp("52-KL/TW", "2019-05-30", "Ban Bí thư")],
        "implements_optional": ["30-CTr/TU", "100-CTr/TU", "64-KH/TU"],
        "citations": ["52-KL/TW", "30-CTr/TU", "100-CTr/TU", "64-KH/TU"],
        "notes": "Provincial office portal (English-path node): 'Skip to main content', a banner naming 'Đảng bộ tỉnh Lạng Sơn' (the province, by the page text), headline 'Kế hoạch thực hiện Kết luận số 52-KL/TW ...', then 'Tỉnh ủy ban hành Kế hoạch thực hiện Kết luận số 52-KL/TW, ngày 30/5/2019 của Ban Bí thư ... (Kế hoạch số 114-KH/TU, ngày 07/8/2019).': the number and date in a trailing parenthesis. A Windows file path of an image ('C:\\\\Users\\\\...JPG') follows. The tasks paragraph 'tập trung quán triệt, chỉ đạo thực hiện ... Chương trình hành động số 30-CTr/TU ..., số 100-CTr/TU ... của Tỉnh ủy, Kế hoạch số 64-KH/TU ...' continues earlier provincial documents: tolerated ('số 100-CTr/TU' shares the type word of the previous number).",
    },
    "b06_baclieu_ubnd_kh09_2022_mucsinh_tvpl_qdno": {
        "document": {
            "number": "09/QĐ-UBND", "doc_type": "KH", "issued_on": "2022-01-25",
            "issuer": {"name_contains": "Bạc Liêu", "level": "province"},
            "locality": loc("Bạc Liêu"),
            "title_contains": "chương trình điều chỉnh mức sinh",
        },
        "implements": [],
        "implements_optional": [],
        "citations": [],
        "notes": "Legal-library page: search box chrome, 'Đang tải văn bản...', a metadata block ('Số hiệu: 09/KH-UBND Loại văn bản: Kế hoạch', 'Ngày ban hành: 25/01/2022'), then the document whose own Số line reads 'Số: 09/QĐ-UBND' under the heading 'KẾ HOẠCH'. As blind11's b09, the document's own Số line is the number (09/QĐ-UBND) even though the library and the heading say Kế hoạch; the type is the heading's (KH). Nothing carried out by number in the stored part.",
    },
    "b07_cp_nq122_2025_kl81_tailieu": {
        "document": {
            "number": "122/NQ-CP", "doc_type": "NQ", "issued_on": "2025-05-08",
            "issuer": {"name_contains": "Chính phủ", "level": "central"},
            "locality": NONE,
            "title_contains": "kế hoạch thực hiện kết luận số 81-KL/TW",
        },
        "implements": [imp("81-KL/TW", "2024-06-04", "Bộ Chính trị")],
        "implements_optional": ["24-NQ/TW", "56-KL/TW"],
        "citations": ["24-NQ/TW", "56-KL/TW", "81-KL/TW"],
        "notes": "PDF text of a Government resolution: the Số cell and the place-date cell on one line ('Số: 122/NQ-CP Hà Nội, ngày 08 tháng 5 năm 2025'), title wrapped over four lines ('BAN HÀNH KẾ HOẠCH THỰC HIỆN KẾT LUẬN SỐ 81-KL/TW NGÀY 04 THÁNG 6 NĂM' / '2024 CỦA BỘ CHÍNH TRỊ ...'). Căn cứ: a law (basis), the 2013 resolution 24-NQ/TW and the two Politburo conclusions on continuing it; the title and Điều 1 say the plan carries out 81-KL/TW: parent. The older resolution and 56-KL/TW (superseded by 81) are tolerated. 'Hà Nội' is the seat of the Government, not a locality.",
    },
    "b08_baclieu_ubnd_kh96_2023_bdkh_pipes": {
        "document": {
            "number": "96/KH-UBND", "doc_type": "KH", "issued_on": "2023-05-16",
            "issuer": {"name_contains": "Ủy ban nhân dân", "level": "province"},
            "locality": loc("Bạc Liêu"),
            "title_contains": "chiến lược quốc gia về biến đổi khí hậu",
        },
        "implements": [imp("896/QĐ-TTg", "2022-07-26", "Thủ tướng")],
        "implements_optional": [],
        "citations": ["896/QĐ-TTg"],
        "notes": "Header flattened into ' |' cells with the province line lost ('ỦY BAN NHÂN DÂN |'); the province is in the place-date cell ('Bạc Liêu, ngày 16 tháng 5 năm 2023 |') and the title ('TRÊN ĐỊA BÀN TỈNH BẠC LIÊU'); the lead says 'Ủy ban nhân dân tỉnh ban hành'. 'Thực hiện Quyết định số 896/QĐ-TTg ngày 26/7/2022 của Thủ tướng Chính phủ ...': parent.",
    },
    "b09_tuyenquang_ubnd_kh83_2023_ctr27_nq19_meta": {
        "document": {
            "number": "83/KH-UBND", "doc_type": "KH", "issued_on": "2023-04-17",
            "issuer": {"name_contains": "Ủy ban nhân dân tỉnh Tuyên Quang", "level": "province"},
            "locality": loc("Tuyên Quang"),
            "title_contains": "thực hiện chương trình hành động của ban chấp hành đảng bộ tỉnh",
        },
        "implements": [
            imp("19-NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương"),
            imp("26/NQ-CP", "2023-02-27", "Chính phủ"),
            imp("27-CTr/TU", "2022-11-21", "Ban Chấp hành Đảng bộ tỉnh"),
        ],
        "implements_optional": [],
        "citations": ["19-NQ/TW", "26/NQ-CP", "27-CTr/TU"],
        "chain": [["26/NQ-CP", "19-NQ/TW"], ["27-CTr/TU", "19-NQ/TW"]],
        "notes": "Legal-library page: access date, page title, a metadata list ('Số hiệu 83/KH-UBND', 'Ngày ban hành 17/04/2023'), then the plan. Căn cứ the Central Committee's resolution and the Government's action programme for it ('... thực hiện Nghị quyết số 19- NQ/TW', a space after the hyphen); 'Thực hiện Chương trình hành động số 27-CTr/TU ngày 21/11/2022 của Ban Chấp hành Đảng bộ tỉnh về thực hiện Nghị quyết số 19-NQ/TW ...'. Three parents as earlier sets label Căn cứ resolutions and the programme carried out; two chains.",
    },
    "b10_haiduong_ubnd_kh4378_2023_nq26cp_ctr54_meta": {
        "document": {
            "number": "4378/KH-UBND", "doc_type": "KH", "issued_on": "2023-11-17",
            "issuer": {"name_contains": "Ủy ban nhân dân tỉnh Hải Dương", "level": "province"},
            "locality": loc("Hải Dương"),
            "title_contains": "thực hiện nghị quyết số 26/NQ-CP",
        },
        "implements": [
            imp("19-NQ/TW", "2022-06-16", "Ban chấp hành Trung ương"),
            imp("26/NQ-CP", "2023-02-27", "Chính phủ"),
            imp("54-CTr/TU", "2022-11-10", "Tỉnh ủy Hải Dương"),
        ],
        "implements_optional": [],
        "citations": ["19-NQ/TW", "26/NQ-CP", "54-CTr/TU"],
        "chain": [["54-CTr/TU", "19-NQ/TW"]],
        "notes": "Same library layout as b09. Title 'THỰC HIỆN NGHỊ QUYẾT SỐ 26/NQ-CP ... VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 54-CTR/TU ... CỦA TỈNH ỦY HẢI DƯƠNG VỀ VIỆC THỰC HIỆN NGHỊ QUYẾT SỐ 19-NQ/TW ...' (upper-case 'CTR' in the title); the lead 'Thực hiện Nghị quyết số 19-NQ/TW ..., Nghị quyết số 26/NQ-CP ... và Chương trình hành động số 54-CTr/TU ngày 10/11/2022 của Tỉnh ủy Hải Dương về việc thực hiện Nghị quyết số 19-NQ/TW.' names three parents in one clause.",
    },
    "b11_bacninh_ubnd_kh322_2018_nq27_pipes": {
        "document": {
            "number": "322/KH-UBND", "doc_type": "KH", "issued_on": "2018-09-19",
            "issuer": {"name_contains": "Bắc Ninh", "level": "province"},
            "locality": loc("Bắc Ninh"),
            "title_contains": "thực hiện nghị quyết số 27-NQ/TW",
        },
        "implements": [
            imp("27-NQ/TW", "2018-05-21", "Trung ương"),
            imp("107/NQ-CP", "2018-08-16", "Chính phủ"),
        ],
        "implements_optional": [],
        "citations": ["27-NQ/TW", "107/NQ-CP"],
        "chain": [["107/NQ-CP", "27-NQ/TW"]],
        "notes": "Legal-library header cut into short lines and '|' cells ('ỦY BAN NHÂN' / 'DÂN' / 'TỈNH BẮC NINH', 'Bắc Ninh, ngày' / '19 tháng 9 năm 2018'); title over four lines. 'Thực hiện Nghị quyết số 27-NQ/TW ngày 21/5/2018 ..., Nghị quyết số 107/NQ-CP ngày 16/8/2018 của Chính phủ, về Chương trình hành động của Chính phủ thực hiện Nghị quyết số 27-NQ/TW ...': two parents and a chain (the date of 27-NQ/TW wraps to the next line in the lead).",
    },
    "b12_tthue_ubnd_kh156_2020_nq26cp_nq36_htpl": {
        "document": {
            "number": "156/KH-UBND", "doc_type": "KH", "issued_on": "2020-06-20",
            "issuer": {"name_contains": "Ủy ban nhân dân tỉnh Thừa Thiên Huế", "level": "province"},
            "locality": loc("Thừa Thiên Huế"),
            "title_contains": "thực hiện nghị quyết số 26/NQ-CP",
        },
        "implements": [
            imp("36-NQ/TW", "2018-10-22", "Ban Chấp hành Trung ương"),
            imp("26/NQ-CP", "2020-03-05", "Chính phủ"),
            imp("109-KH/TU", "2019-05-10", "Tỉnh ủy Thừa Thiên Huế"),
        ],
        "implements_optional": ["646-KH/BCSĐTNMT"],
        "citations": ["36-NQ/TW", "26/NQ-CP", "646-KH/BCSĐTNMT", "109-KH/TU"],
        "chain": [["26/NQ-CP", "36-NQ/TW"], ["109-KH/TU", "36-NQ/TW"]],
        "notes": "Legal-library page with a one-line banner. Title: the plan carries out 26/NQ-CP (itself a Government plan 'THỰC HIỆN NGHỊ QUYẾT SỐ 36-NQ/TW'). Four Căn cứ: the resolution, the Government's resolution, a ministry's Party board plan 'thực hiện Nghị định số 26/NQ-CP' (the text's slip 'Nghị định' for a resolution; a ministry's plan, tolerated as parent) and the provincial Party committee's plan 'về việc Thực hiện Nghị quyết số 36-NQ/TW' (capital 'Thực'). Three parents required; chains for the Government's and the province's documents.",
    },
    "b13_binhthuan_ubnd_kh2230_2023_nq48cp_ctr60_pipes": {
        "document": {
            "number": "2230/KH-UBND", "doc_type": "KH", "issued_on": "2023-06-21",
            "issuer": {"name_contains": "Bình Thuận", "level": "province"},
            "locality": loc("Bình Thuận"),
            "title_contains": "triển khai thực hiện nghị quyết số 48/NQ-CP",
        },
        "implements": [imp("48/NQ-CP", "2023-04-03", "Chính phủ")],
        "implements_optional": ["60-CTr/TU", "912/QĐ-UBND", "453/UBND-KT"],
        "citations": ["48/NQ-CP", "60-CTr/TU", "36-NQ/TW", "912/QĐ-UBND", "453/UBND-KT", "31/CT-TTg"],
        "chain": [["60-CTr/TU", "36-NQ/TW"], ["453/UBND-KT", "31/CT-TTg"]],
        "notes": "Same cut-line layout as b11 ('Số: 2230/KH-UBND' / '|' / 'Bình Thuận, ngày' / '21 tháng 6 năm 2023'). One long lead sentence: 'Thực hiện Nghị quyết số' / '48/NQ-CP ngày 03/4/2023 của Chính phủ ...; Căn cứ Chương trình hành động số 60-CTr/TU ... về thực hiện Nghị quyết số 36-NQ/TW ...; Quyết định số 912/QĐ-UBND ... của UBND tỉnh ...; Công văn số 453/UBND-KT ... về triển khai thực hiện Chỉ thị số 31/CT-TTg ...; Ủy ban nhân dân tỉnh ban hành Kế hoạch'. The Government's resolution is the parent (title and 'Thực hiện'); the three provincial documents in the inner 'Căn cứ' are tolerated; 36-NQ/TW and 31/CT-TTg are reached only through them (citations and chains, not parents).",
    },
    "b14_ninhthuan_btvtu_kh338_2024_ct37_tag": {
        "document": {
            "number": "338-KH/TU", "doc_type": "KH", "issued_on": "2024-09-09",
            "issuer": {"name_contains": "Ban Thường vụ Tỉnh ủy", "level": "province"},
            "locality": NONE,
        },
        "implements": [imp("37-CT/TW", "2024-07-10", "Ban Bí thư")],
        "implements_optional": [],
        "citations": ["37-CT/TW"],
        "notes": "A news site's tag page: one sentence, the parent first ('Thực hiện Chỉ thị số 37-CT/TW ngày 10/7/2024 của Ban Bí thư ...; ngày 9/9/2024, đồng chí Nguyễn Đức Thanh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy thay mặt Ban Thường vụ Tỉnh ủy ký ban hành Kế hoạch số 338-KH/TU triển khai thực hiện các nội dung nêu trên.'). The province is only in the URL: locality null.",
    },
    "b15_khanhhoa_ubnd_cv_2022_kl36_news": {
        "document": {
            "number": None,
            "issuer": {"name_contains": "Khánh Hòa", "level": "province"},
            "locality": loc("Khánh Hòa"),
        },
        "implements": [imp("36-KL/TW", "2022-06-23", "Bộ Chính trị")],
        "implements_optional": [],
        "citations": ["36-KL/TW"],
        "notes": "Provincial newspaper item: posting time '10:08, 11/08/2022' (not the issue date), headline, the lead repeated twice with trailing spaces and blank lines: 'UBND tỉnh Khánh Hòa vừa có văn bản triển khai thực hiện Kết luận số 36-KL/TW ngày 23-6-2022 của Bộ Chính trị ...' (a date with hyphens). An unnumbered 'văn bản' (number null; type and date ungraded). The conclusion is the parent; 'theo Kết luận số 36 của Bộ Chính trị' later is a bare number (no suffix).",
    },
}

# document.signer, added after the first labelling by reading each text's end and lead (see README).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))
from tests.labelkit import add_signers  # noqa: E402

add_signers(LABELS, {
    "b01_tayninh_btvtu_kh136_2023_tongket_nq29_news": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b02_phutho_tu_ctr39_2018_nq36_news": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b03_soctrang_tu_kh90_2024_tongket_nq33_news": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b04_soctrang_tu_ctr51_2024_nq45_dcs": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b05_langson_tu_kh114_2019_kl52_portal": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b06_baclieu_ubnd_kh09_2022_mucsinh_tvpl_qdno": (
        {"name": "Phan Thanh Duy"},
        "the legal library's 'Người ký' field names Phan Thanh Duy (no office written with it); the "
        "excerpt stops before the signature block.",
    ),
    "b07_cp_nq122_2025_kl81_tailieu": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b08_baclieu_ubnd_kh96_2023_bdkh_pipes": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b09_tuyenquang_ubnd_kh83_2023_ctr27_nq19_meta": (
        {"name": "Nguyễn Thế Giang"},
        "the legal library's 'Người ký' field names Nguyễn Thế Giang (no office written with it); the "
        "excerpt stops before the signature block.",
    ),
    "b10_haiduong_ubnd_kh4378_2023_nq26cp_ctr54_meta": (
        {"name": "Trần Văn Quân"},
        "the legal library's 'Người ký' field names Trần Văn Quân (no office written with it); the "
        "excerpt stops before the signature block.",
    ),
    "b11_bacninh_ubnd_kh322_2018_nq27_pipes": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b12_tthue_ubnd_kh156_2020_nq26cp_nq36_htpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b13_binhthuan_ubnd_kh2230_2023_nq48cp_ctr60_pipes": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b14_ninhthuan_btvtu_kh338_2024_ct37_tag": (
        {"name": "Nguyễn Đức Thanh", "title_contains": "Bí thư Tỉnh ủy"},
        "'đồng chí Nguyễn Đức Thanh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy thay mặt Ban Thường vụ Tỉnh "
        "ủy ký ban hành Kế hoạch số 338-KH/TU'.",
    ),
    "b15_khanhhoa_ubnd_cv_2022_kl36_news": (
        None,
        "a news item that never says who signed the document; 'D.N' is the reporter's byline: null.",
    ),
})


for name, lab in LABELS.items():
    out = {"source": f"{name}.txt", "url": json.loads((root / "src" / f"{name}.src.json").read_text(encoding="utf-8"))["url"]}
    out.update(lab)
    (root / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(name)
