# ruff: noqa: E501
"""Hand labels of blind set 14, written by reading each text before any parser run; writes <name>.json."""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent


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
    "b01_hue_ubnd_kh458_2025_tb07_kh02_nhansu": {
        "document": {
            "number": "458/KH-UBND", "doc_type": "KH", "issued_on": "2025-11-25",
            "issuer": {"name_contains": "Huế", "level": "province"},
            "locality": loc("Huế"),
            "title_contains": "kết luận của đồng chí Tổng Bí thư Tô Lâm",
        },
        "implements": [
            imp("02-KH/TU", "2025-10-21", "Thành ủy"),
            imp("07-TB/CQTTBCĐ", "2025-10-15", "Cơ quan Thường trực Ban Chỉ đạo Trung ương"),
        ],
        "implements_optional": ["57-NQ/TW"],
        "citations": ["02-KH/TU", "07-TB/CQTTBCĐ", "57-NQ/TW"],
        "chain": [["02-KH/TU", "07-TB/CQTTBCĐ"]],
        "notes": "Legal-library page (nhansu.vn) after the two-level reform: a title line 'Kế hoạch 458/KH-UBND năm 2025 triển khai Kế hoạch 02-KH/TU thực hiện Thông báo 07-TB/CQTTBCĐ ... do thành phố Huế ban hành', a '| Số hiệu | ... |' metadata table ('Cơ quan ban hành | Thành phố Huế'), then the header table whose city cell is lost ('ỦY BAN NHÂN DÂN |'), 'Huế, ngày 25 tháng 11 năm 2025'. No 'KẾ HOẠCH' title line in the body. Two 'Căn cứ' entries, both documents carried out: the Central Steering Committee's standing body's notice 07-TB/CQTTBCĐ (a long issuer code) and the city Party committee's 02-KH/TU 'về thực hiện Thông báo số 07-TB/CQTTBCĐ' (chain); the enacting line 'UBND thành phố xây dựng Kế hoạch triển khai Kế hoạch số 02-KH/TU ...' confirms. 57-NQ/TW is named only as the subject of the conference ('Hội nghị sơ kết tình hình triển khai thực hiện Nghị quyết 57-NQ/TW'): tolerated. Huế is a centrally-run city (its Party committee numbers with /TU): level province, province 'Huế' (the gazetteer's name since 2025). Issuer only 'UBND thành phố' / 'Thành phố Huế' in the text: graded on 'Huế'.",
    },
    "b02_thanhhoa_ubnd_kh250_2025_nq153cp_kh281_luatvn": {
        "document": {
            "number": "250/KH-UBND", "doc_type": "KH", "issued_on": "2025-12-08",
            "issuer": {"name_contains": "Ủy ban nhân dân tỉnh Thanh Hóa", "level": "province"},
            "locality": loc("Thanh Hóa"),
            "title_contains": "triển khai Nghị quyết 153/NQ-CP và Kế hoạch 281-KH/TU",
        },
        "implements": [imp("153/NQ-CP"), imp("281-KH/TU")],
        "implements_optional": [],
        "citations": ["153/NQ-CP", "281-KH/TU"],
        "notes": "luatvietnam.vn page cut inside its attribute table: menu chrome ('- Tổng quan', '- VB gốc', ...), a paywall paragraph, then the title line 'Kế hoạch 250/KH-UBND Thanh Hóa triển khai Nghị quyết 153/NQ-CP và Kế hoạch 281-KH/TU về hội nhập quốc tế' and a table whose labels and values sit on separate lines with explanatory text between them ('Ngày ban hành:' / 'Ngày ban hành là ngày, tháng, năm ...' / '|' / '08/12/2025 |'). The issue date is that 'Ngày ban hành' value; 'Ngày hết hiệu lực' and 'Áp dụng' say 'Đang cập nhật' / 'Đã biết'. No body: the two parents come from the title ('triển khai Nghị quyết 153/NQ-CP và Kế hoạch 281-KH/TU'), without dates.",
    },
    "b03_phutho_ubnd_nq66_2025_bodyonly_stp": {
        "document": {
            "number": None, "doc_type": None, "issued_on": None,
            "issuer": {"level": "province"},
            "locality": loc(None),
        },
        "implements": [imp("66-NQ/TW", None, "Bộ Chính trị"), imp("140/NQ-CP", "2025-05-17", "Chính phủ")],
        "implements_optional": [],
        "citations": ["66-NQ/TW", "140/NQ-CP"],
        "chain": [["140/NQ-CP", "66-NQ/TW"]],
        "tasks": [
            {"label": "1", "text_starts": "Bảo đảm sự lãnh đạo toàn diện", "deadline": {"kind": "none"}},
            {"label": "1.1", "text_starts": "Tổ chức tuyên truyền thường xuyên", "deadline": {"kind": "none"}},
            {"label": "1.4", "text_starts": "Các sở, ngành, địa phương", "responsible": ["Các sở, ngành, địa phương"], "deadline": {"kind": "none"}},
        ],
        "notes": "A provincial justice department's news page reposting the body of a provincial People's Committee text on Resolution 66-NQ/TW with no header, no number, no date and no type word: it opens 'Nhằm đạt được mục tiêu, nhiệm vụ Nghị quyết số 66-NQ/TW ..., Nghị quyết số 140/NQ-CP ngày 17/5/2025 của Chính phủ thực hiện Nghị quyết số 66-NQ/TW đề ra, ... UBND tỉnh đề nghị các sở, ngành, địa phương cần cụ thể hóa và tổ chức triển khai thực hiện các nhiệm vụ sau đây:' - the two resolutions are what it carries out (the purpose clause 'Nhằm đạt được mục tiêu, nhiệm vụ X đề ra' instead of 'Thực hiện X'), and 140/NQ-CP 'thực hiện' 66-NQ/TW (chain). Type, number and date null (17/5/2025 is the Government resolution's). The province is only in the URL (Phú Thọ): null. Tasks: '1.' with lettered items a)-d) (labelled by their ordinals, 1.1 to 1.4, as the project labels letters); d) opens with its bodies in the colon form. The list is cut in item 2: no task_labels.",
    },
    "b04_khanhhoa_bchtu_ctr_2025_nqdh1_baomoi": {
        "document": {
            "number": None, "doc_type": "CTr",
            "issuer": {"name_contains": "Ban Chấp hành Đảng bộ tỉnh Khánh Hòa", "level": "province"},
            "locality": loc("Khánh Hòa"),
            "title_contains": "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I",
        },
        "implements": [],
        "implements_optional": [],
        "citations": [],
        "notes": "News aggregator copy of a provincial newspaper's full-text repost, the first provincial congress after the merger (Khánh Hòa + Ninh Thuận): headline 'Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh Khánh Hòa thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030', a lead ('Sáng 23-9, tại Ðại hội ... các đại biểu đã biểu quyết thông qua dự thảo Chương trình hành động ...' - written with the Latin letter Ð, U+00D0, for Đ twice), then the programme: 'CHƯƠNG TRÌNH HÀNH ĐỘNG' / 'CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÁNH HÒA', 'Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I ...'. No number anywhere (null). The parent resolution has no number: implements empty. issued_on ungraded: the text gives only the day the draft was voted ('23-9', no year), not the programme's issue date. Cut inside section I (MỤC ĐÍCH, YÊU CẦU, which holds no tasks).",
    },
    "b05_thanhhoa_ubnd_qd208_2026_news": {
        "document": {
            "number": "208/QĐ-UBND", "doc_type": "QĐ", "issued_on": None,
            "issuer": {"level": "province"},
            "locality": loc("Thanh Hóa"),
            "title_contains": "Kế hoạch hành động",
        },
        "implements": [],
        "implements_optional": [],
        "citations": [],
        "notes": "Provincial Party newspaper item, 2026: ' date 2026-01-21' (the page's date, never the issue date) and headline 'Thanh Hóa ban hành Kế hoạch hành động phát triển kinh tế - xã hội năm 2026', lead 'Chủ tịch UBND tỉnh Nguyễn Hoài Anh vừa ký Quyết định số 208/QĐ-UBND về việc ban hành Kế hoạch hành động thực hiện Nghị quyết của Chính phủ, Nghị quyết của Tỉnh ủy, HĐND tỉnh về nhiệm vụ ... năm 2026.' The document is the decision (QĐ) that issues the plan; 'vừa ký' gives no date (null). The parents are named without numbers (implements empty). The issuer is the provincial People's Committee (its chairman signs): only the level is graded, as the text names it 'Chủ tịch UBND tỉnh' and a parser may give either form; the province is written in the headline ('Thanh Hóa ban hành ...').",
    },
    "b06_nghean_ubnd_kh22_2026_ctr02_ctr15_nhansu": {
        "document": {
            "number": "22/KH-UBND", "doc_type": "KH", "issued_on": "2026-01-13",
            "issuer": {"name_contains": "Ủy ban nhân dân tỉnh Nghệ An", "level": "province"},
            "locality": loc("Nghệ An"),
            "title_contains": "triển khai thực hiện chương trình hành động thực hiện nghị quyết đại hội",
        },
        "implements": [
            imp("02-CTr/TU", "2025-10-29", "Ban Chấp hành Đảng bộ tỉnh"),
            imp("15-CTr/ĐU", "2025-11-14", "Đảng bộ UBND tỉnh"),
        ],
        "implements_optional": [],
        "citations": ["02-CTr/TU", "15-CTr/ĐU"],
        "notes": "nhansu.vn page, 2026: search-box chrome ('Từ khóa gợi ý:', 'Không tìm thấy việc làm phù hợp'), a title line, an attribute list without '|' cells ('Số hiệu 22/KH-UBND', 'Ngày ban hành 13/01/2026', 'Cơ quan ban hành Tỉnh Nghệ An'), then the header in blank-line-separated lines ('ỦY BAN NHÂN DÂN' / 'TỈNH NGHỆ AN' / '-------', 'Số: 22/KH-UBND', 'Nghệ An, ngày 13 tháng 01 năm 2026'). One 'Căn cứ' sentence names two parents: the provincial Party committee's action programme 02-CTr/TU and the action programme 15-CTr/ĐU of the Party committee of the provincial People's Committee (a new-style Đảng bộ UBND tỉnh, code ĐU) - both carried out ('Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện').",
    },
    "b07_hungyen_ubnd_ct01_2025_nhansu": {
        "document": {
            "number": "01/CT-UBND", "doc_type": "CT", "issued_on": "2025-07-11",
            "issuer": {"name_contains": "Hưng Yên", "level": "province"},
            "locality": loc("Hưng Yên"),
            "title_contains": "xây dựng kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2026",
        },
        "implements": [],
        "implements_optional": [],
        "citations": [],
        "notes": "nhansu.vn page with a '|'-cell attribute table whose rows lack the leading '|' ('Số hiệu | 01/CT-UBND |'), header cells 'ỦY BAN NHÂN DÂN |' (province cell lost), 'Số: 01/CT-UBND |', 'Hưng Yên, ngày 11 tháng 7 năm 2025 |', then the title without the 'CHỈ THỊ' line ('VỀ VIỆC XÂY DỰNG KẾ HOẠCH ...'). Eleven days after the merger (the new Hưng Yên of Hưng Yên + Thái Bình). A directive that carries out nothing by number: implements empty. Issuer graded on 'Hưng Yên' (the text names the body only as 'ỦY BAN NHÂN DÂN' and 'tỉnh Hưng Yên').",
    },
    "b08_nghean_hdnd_nq62_2025_nhansu": {
        "document": {
            "number": "62/NQ-HĐND", "doc_type": "NQ", "issued_on": "2025-12-12",
            "issuer": {"name_contains": "Hội đồng nhân dân tỉnh Nghệ An", "level": "province"},
            "locality": loc("Nghệ An"),
            "title_contains": "kế hoạch phát triển kinh tế - xã hội năm 2026",
        },
        "implements": [],
        "implements_optional": [],
        "citations": ["72/2025/QH15"],
        "notes": "nhansu.vn page: provincial People's Council resolution with the header cell split ('HỘI ĐỒNG NHÂN' / 'DÂN |'), the enacting body on its own lines ('HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN' / 'KHOÁ XVIII, KỲ HỌP THỨ 35'). Its only 'Căn cứ' is the 2025 Law on local government (72/2025/QH15): legal basis, a citation, not a parent - implements empty. The 'QUYẾT NGHỊ:' items are an assessment, not tasks.",
    },
}

# document.signer, added after the first labelling by reading each text's end and lead (see README).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))
from tests.labelkit import add_signers  # noqa: E402

add_signers(LABELS, {
    "b01_hue_ubnd_kh458_2025_tb07_kh02_nhansu": (
        {"name": "Nguyễn Thanh Bình"},
        "the legal library's 'Người ký' field names Nguyễn Thanh Bình (no office written with it); the "
        "excerpt stops before the signature block.",
    ),
    "b02_thanhhoa_ubnd_kh250_2025_nq153cp_kh281_luatvn": (
        {"name": "Nguyễn Hoài Anh"},
        "the legal library's 'Người ký' field names Nguyễn Hoài Anh (no office written with it); the "
        "excerpt stops before the signature block.",
    ),
    "b03_phutho_ubnd_nq66_2025_bodyonly_stp": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b04_khanhhoa_bchtu_ctr_2025_nqdh1_baomoi": (
        None,
        "news: the programme was adopted at the congress; nobody is said to sign it: null.",
    ),
    "b05_thanhhoa_ubnd_qd208_2026_news": (
        {"name": "Nguyễn Hoài Anh", "title_contains": "Chủ tịch"},
        "the lead 'Chủ tịch UBND tỉnh Nguyễn Hoài Anh vừa ký Quyết định số 208/QĐ-UBND'.",
    ),
    "b06_nghean_ubnd_kh22_2026_ctr02_ctr15_nhansu": (
        {"name": "Võ Trọng Hải"},
        "the legal library's 'Người ký' field names Võ Trọng Hải (no office written with it); the excerpt"
        " stops before the signature block.",
    ),
    "b07_hungyen_ubnd_ct01_2025_nhansu": (
        {"name": "Nguyễn Khắc Thận"},
        "the legal library's 'Người ký' field names Nguyễn Khắc Thận (no office written with it); the "
        "excerpt stops before the signature block.",
    ),
    "b08_nghean_hdnd_nq62_2025_nhansu": (
        {"name": "Hoàng Nghĩa Hiếu"},
        "the legal library's 'Người ký' field names Hoàng Nghĩa Hiếu (no office written with it); the "
        "excerpt stops before the signature block.",
    ),
})


for name, lab in LABELS.items():
    src = json.loads((root / "src" / f"{name}.src.json").read_text(encoding="utf-8"))
    out = {"source": f"{name}.txt", "url": src["url"], **lab}
    (root / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(name)
