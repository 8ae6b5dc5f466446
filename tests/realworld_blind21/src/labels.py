# ruff: noqa: E501
"""Write each <name>.json label (gold format of tests/gold) for the texts of this set, labelled by reading."""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
urls = {p.name.replace(".src.json", ""): json.loads(p.read_text(encoding="utf-8"))["url"]
        for p in (root / "src").glob("*.src.json")}


def loc(province=None, district=None, commune=None):
    return {"province": province, "district": district, "commune": commune}


def imp(number, issued_on=None, issuer=None):
    e = {"number": number}
    if issued_on:
        e["issued_on"] = issued_on
    if issuer:
        e["issuer_contains"] = issuer
    return e


L = {}

L["b01_hanoi_btgthu_hd130_2020_ct43_news"] = dict(
    document=dict(number="130-HD/BTGTU", doc_type="HD", issued_on="2020-10-05",
                  issuer={"name_contains": "Ban Tuyên giáo Thành ủy Hà Nội", "level": "province"},
                  locality=loc("Hà Nội"),
                  title_contains="quán triệt, tuyên truyền và triển khai thực hiện Chỉ thị"),
    implements=[imp("43-CT/TW", "2020-04-08", "Ban Bí thư")], implements_optional=["34-CT/TU"],
    citations=["43-CT/TW", "34-CT/TU"],
    notes="Journalists' association news item: headline, posting line 'Thứ tư, ngày 7 tháng 10 năm 2020 | 15:46:37', "
          "then the lead 'Ban Tuyên giáo Thành ủy Hà Nội vừa có Hướng dẫn số 130-HD/BTGTU ngày 5-10-2020 về quán triệt, "
          "tuyên truyền và triển khai thực hiện Chỉ thị số 43-CT/TƯ ngày 8-4-2020 của Ban Bí thư ...'. A city Party "
          "committee's board (Thành ủy Hà Nội, TU) is province level. Parent 43-CT/TƯ (TƯ = TW). The city standing "
          "committee's 34-CT/TU is named later as a second thing the district boards must plan for: tolerated, not required. "
          "The posting date is not the guidance's date.")

L["b02_hanoi_ubnd_cv3241_2023_ct24_news"] = dict(
    document=dict(number="3241/UBND-KGVX", doc_type="CV", issued_on="2023-10-04",
                  issuer={"name_contains": "Hà Nội", "level": "province"},
                  locality=loc("Hà Nội"),
                  title_contains="tuyên truyền Chỉ thị số 24-CT/TU"),
    implements=[imp("24-CT/TU", "2023-08-07", "Ban Thường vụ Thành ủy")], implements_optional=["171-KH/TU"],
    citations=["24-CT/TU", "171-KH/TU"],
    notes="City portal news: headline, '05:54 | 06/10/2023' (posting), lead 'Ngày 04/10/2023, Phó Chủ tịch UBND thành phố "
          "Hà Nội Hà Minh Hải ký ban hành Công văn số 3241/UBND-KGVX về việc tuyên truyền Chỉ thị số 24-CT/TU ngày "
          "07/8/2023 của Ban Thường vụ Thành ủy Hà Nội.' The letter has the city's People's Committee propagate and carry out "
          "the directive ('quán triệt, tuyên truyền và tổ chức thực hiện hiệu quả Chỉ thị số 24-CT/TU'): its parent. The "
          "standing committee's plan 171-KH/TU is named among the tasks: tolerated.")

L["b03_bacgiang_bdvtu_kh62_2018_nq110_stcportal"] = dict(
    document=dict(number="62-KH/BDVTU", doc_type="KH", issued_on="2018-09-12",
                  issuer={"name_contains": "Ban Dân vận Tỉnh ủy", "level": "province"},
                  locality=loc(None),
                  title_contains="Tháng Dân vận"),
    implements=[imp("110-NQ/TU", "2016-07-11", "Ban Chấp hành Đảng bộ tỉnh")], implements_optional=[],
    citations=["110-NQ/TU"],
    notes="A provincial department's portal relays the Party board's plan: headline, 'Thực hiện nghị quyết số 110-NQ/TU "
          "ngày 11/7/2016 của Ban Chấp hành Đảng bộ tỉnh ...”.' (stray closing quote), then 'Ngày 12/9/2018, Ban Dân vận "
          "Tỉnh ủy đã ban hành Kế hoạch số 62-KH/BDVTU về tổ chức hoạt động “Tháng Dân vận” năm 2018 ...', the department's "
          "request to its units and the byline. The document is the board's plan 62-KH/BDVTU; its parent the resolution "
          "in the opening 'Thực hiện'. The province is never written (only the URL): null.")

L["b04_tinh_ubnd_kh1173_2016_cchc_portalnews"] = dict(
    document=dict(number="1173/KH-UBND", doc_type="KH", issued_on="2016-05-11",
                  issuer={"name_contains": "UBND tỉnh", "level": "province"},
                  locality=loc(None),
                  title_contains="kiểm tra thực hiện cải cách hành chính"),
    implements=[], implements_optional=[], citations=[],
    notes="Provincial portal list item: posting time '12/05/2016 04:00:00 PM', view counters, then one long sentence whose "
          "purpose clause comes first and ends '...; Ngày 11/5/2016, UBND tỉnh ban hành Kế hoạch số 1173/KH-UBND triển "
          "khai công tác kiểm tra thực hiện cải cách hành chính trên địa bàn tỉnh năm 2016.' No parent; the province is "
          "not written (only the URL).")

L["b05_tinh_btvtu_ct_daihoiccb_2022_ct02_bodyonly"] = dict(
    document=dict(number=None, doc_type=None, issued_on=None,
                  issuer={"name_contains": None, "level": None},
                  locality=loc(None)),
    implements=[imp("02-CT/TW", "2021-05-06", "Ban Bí thư")],
    implements_optional=["09-NQ/TW", "66-KL/TW", "160-TB/TW", "62-KL/TW"],
    citations=["02-CT/TW", "09-NQ/TW", "66-KL/TW", "160-TB/TW", "62-KL/TW"],
    notes="Body only: the provincial Party portal's stored text starts inside the directive's first task ('Quán triệt sâu "
          "sắc ... nhất là Nghị quyết Đại hội lần thứ XIII ...; Chỉ thị số 02-CT/TW, ngày 06/5/2021 của Ban Bí thư “Về lãnh "
          "đạo Đại hội Hội Cựu chiến binh các cấp ...” gắn với Nghị quyết số 09-NQ/TW ..., Kết luận số 66-KL/TW ... về tiếp "
          "tục thực hiện Nghị quyết số 09-NQ/TW ...; Thông báo số 160-TB/TW ... về “Tiếp tục thực hiện Kết luận số "
          "62-KL/TW ...”') and stops mid-word. No header, no number, no date, no type word, no issuer (the URL alone says "
          "'ban thường vụ tỉnh ủy ban hành chỉ thị'): no issuer may be invented; number, type, date and locality null. The parent "
          "by 'Quán triệt' on the same subject is Ban Bí thư's 02-CT/TW on the veterans' congresses; the other documents "
          "of the same clause are tolerated. Their 'về (“)tiếp tục thực hiện' pairs are plain citations, not chain edges "
          "(DOMAIN §3).")

L["b06_quangnam_hiepduc_btvhu_ct25_kh62_2015_news"] = dict(
    document=dict(issued_on=None,
                  issuer={"name_contains": "Huyện ủy Hiệp Đức", "level": "district"},
                  locality=loc("Quảng Nam", "Hiệp Đức")),
    implements=[], implements_optional=[],
    notes="Provincial newspaper item: headline 'Hiệp Đức: Tập trung chuẩn bị Đại hội Đảng các cấp', byline, lead 'Chuẩn bị "
          "cho Đại hội Đảng các cấp, Ban Thường vụ Huyện ủy Hiệp Đức đã ban hành Chỉ thị số 25/CT-HU và Kế hoạch số "
          "62/KH-HU về tổ chức đại hội ...'. The lead names two documents of the same body at once, so the page's own "
          "number and type are left ungraded (and citations with them); the issuer, its district level and its place "
          "are graded. No date is given for either (3.3-6.3.2015 are congress dates): null. No parent by number. "
          "Hiệp Đức is a district only Quảng Nam has.")

L["b07_tuyenquang_bchtu_nq_nnhanghoa_2016_deptportal"] = dict(
    document=dict(number=None, doc_type="NQ", issued_on=None,
                  issuer={"name_contains": "Ban Chấp hành Đảng bộ tỉnh", "level": "province"},
                  locality=loc("Tuyên Quang"),
                  title_contains="phát triển nông nghiệp hàng hóa giai đoạn 2016-2025"),
    implements=[], implements_optional=[], citations=[],
    notes="Department portal feature, headline then one sentence: 'Để triển khai thực hiện một trong ba khâu đột phá ... "
          "đề ra trong Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XVI, Ban Chấp hành Đảng bộ tỉnh "
          "(khóa XVI) đã ban hành Nghị quyết chuyên đề về phát triển nông nghiệp hàng hóa giai đoạn 2016-2025.' The "
          "document is that resolution: no number, no date. It carries out the province's congress resolution, which has "
          "no number here: implements empty. Province written in the congress's name.")

L["b08_dongnai_svhttdl_kh_clvh2030_2022_news"] = dict(
    document=dict(number=None, doc_type="KH", issued_on=None,
                  issuer={"name_contains": "Sở VH-TTDL", "level": "province"},
                  locality=loc("Đồng Nai"),
                  title_contains="thực hiện Chiến lược phát triển văn hóa đến năm 2030"),
    implements=[], implements_optional=[], citations=[],
    notes="News aggregator copy of a provincial paper: headline, 'Sở VH-TTDL đã ban hành kế hoạch thực hiện Chiến lược phát "
          "triển văn hóa đến năm 2030.', goals ('... con người Đồng Nai ...'), tasks, byline, 'Nguồn Đồng Nai: <url>'. A "
          "provincial department: province level; Đồng Nai is written as the department's province. No number, no date; "
          "the Strategy is named without a number: implements empty.")

L["b09_danang_sontra_ubndq_kh249_2022_clvh2030_portal"] = dict(
    document=dict(number="249/KH-UBND", doc_type="KH", issued_on="2022-11-22",
                  issuer={"name_contains": "quận Sơn Trà", "level": "district"},
                  locality=loc("Đà Nẵng", "Sơn Trà"),
                  title_contains="Chiến lược phát triển văn hóa đến năm 2030"),
    implements=[], implements_optional=[], citations=[],
    notes="Urban district portal: headline twice around 'A+ | A | A-' and 'Ngày đăng: 23/11/2022' (posting), lead 'Ngày "
          "22/11/2022, Ủy ban Nhân dân quận Sơn Trà ban hành Kế hoạch số 249/KH-UBND về triển khai thực hiện “Chiến lược "
          "phát triển văn hóa đến năm 2030” trên địa bàn quận'. The Strategy has no number here: implements empty. Sơn "
          "Trà is a district only Đà Nẵng has.")

L["b10_hanam_ubnd_kh1347_2016_ct10ttg_thuviennhadat"] = dict(
    document=dict(number="1347/KH-UBND", doc_type="KH", issued_on="2016-06-23",
                  issuer={"name_contains": "Hà Nam", "level": "province"},
                  locality=loc("Hà Nam"),
                  title_contains="thực hiện Chỉ thị số 10/CT-TTg"),
    implements=[imp("10/CT-TTg", "2013-06-12", "Thủ tướng"), imp("1711/KH-TTCP", "2013-07-26", "Thanh tra Chính phủ")],
    implements_optional=["5571/BGDĐT-TTr", "3155/LĐTBXH-TCDN", "82/NQ-CP", "21-KL/TW"],
    chain=[["1711/KH-TTCP", "10/CT-TTg"], ["82/NQ-CP", "21-KL/TW"]],
    citations=["10/CT-TTg", "1711/KH-TTCP", "5571/BGDĐT-TTr", "3155/LĐTBXH-TCDN", "82/NQ-CP", "21-KL/TW"],
    notes="Legal library copy with the header cells broken by '|' lines and hard wraps ('ỦY' / 'BAN NHÂN DÂN' / 'TỈNH HÀ NAM', "
          "'Hà' / 'Nam, ngày 23 tháng 06' / 'năm 2016'); the title in capitals 'VỀ VIỆC THỰC HIỆN CHỈ THỊ SỐ 10/CT-TTG ...'. "
          "One 'Thực hiện' clause lists the directive, the Government Inspectorate's plan 'về triển khai Chỉ thị số "
          "10/CT-TTg' (parent and chain edge) and two ministries' guidance letters (tolerated). The purpose section's "
          "'triển khai thực hiện Nghị quyết số 82/NQ-CP ... về Chương trình hành động thực hiện Kết luận số 21-KL/TW' is "
          "tolerated, its pair a chain edge.")

L["b11_thanhhoa_ubnd_kh275_2025_cds2026_news"] = dict(
    document=dict(number="275/KH-UBND", doc_type="KH", issued_on="2025-12-31",
                  issuer={"name_contains": "Thanh Hóa", "level": "province"},
                  locality=loc("Thanh Hóa"),
                  title_contains="chuyển đổi số năm 2026"),
    implements=[], implements_optional=[], citations=[],
    notes="Provincial newspaper snippet: ' date 2026-01-06' (the store's posting date), headline, lead 'Ngày 31/12/2025, UBND "
          "tỉnh Thanh Hóa đã ban hành Kế hoạch số 275/KH-UBND về chuyển đổi số năm 2026, ...'. 'cụ thể hóa các Nghị quyết "
          "của Đảng bộ tỉnh' names no number: implements empty.")

L["b12_tinh_ubnd_kh176_2022_thiduacds_ministrypage"] = dict(
    document=dict(number="176/KH-UBND", doc_type="KH", issued_on="2022-07-29",
                  issuer={"name_contains": "UBND tỉnh", "level": "province"},
                  locality=loc(None),
                  title_contains="phong trào thi đua chuyển đổi số"),
    implements=[], implements_optional=[], citations=[],
    notes="A ministry's list page keeps a province's feature lead: praise of the province's digital work, then 'Ngày 29/7/2022 "
          "vừa qua, UBND tỉnh đã ban hành Kế hoạch số 176/KH-UBND phát động phong trào thi đua chuyển đổi số giai đoạn 2022 "
          "- 2025.' The province is never named: null. No parent.")

# document.signer, added after the first labelling by reading each text's end and lead (see README).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))
from tests.labelkit import add_signers  # noqa: E402

add_signers(L, {
    "b01_hanoi_btgthu_hd130_2020_ct43_news": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b02_hanoi_ubnd_cv3241_2023_ct24_news": (
        {"name": "Hà Minh Hải", "title_contains": "Phó Chủ tịch"},
        "the lead 'Phó Chủ tịch UBND thành phố Hà Nội Hà Minh Hải ký ban hành Công văn số 3241/UBND-"
        "KGVX'.",
    ),
    "b03_bacgiang_bdvtu_kh62_2018_nq110_stcportal": (
        None,
        "a news item that never says who signed the document; '(Phan Xuân Văn)' is the reporter's byline:"
        " null.",
    ),
    "b04_tinh_ubnd_kh1173_2016_cchc_portalnews": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b05_tinh_btvtu_ct_daihoiccb_2022_ct02_bodyonly": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b06_quangnam_hiepduc_btvhu_ct25_kh62_2015_news": (
        None,
        "a news item that never says who signed the document; 'VĂN SỰ' is the reporter's byline: null.",
    ),
    "b07_tuyenquang_bchtu_nq_nnhanghoa_2016_deptportal": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b08_dongnai_svhttdl_kh_clvh2030_2022_news": (
        None,
        "a news item that never says who signed the document; 'My Ny' is the reporter's byline: null.",
    ),
    "b09_danang_sontra_ubndq_kh249_2022_clvh2030_portal": (
        None,
        "a news item that never says who signed the document; 'Hồng Thủy' is the reporter's byline: null.",
    ),
    "b10_hanam_ubnd_kh1347_2016_ct10ttg_thuviennhadat": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b11_thanhhoa_ubnd_kh275_2025_cds2026_news": (
        None,
        "a news item that never says who signed the document; 'Mai Huyền' is the reporter's byline: null.",
    ),
    "b12_tinh_ubnd_kh176_2022_thiduacds_ministrypage": (
        None,
        "a news item that never says who signed the document: null.",
    ),
})


for name, lab in L.items():
    out = {"source": f"{name}.txt", "url": urls[name], **lab}
    (root / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(name)
assert set(L) == set(urls), set(urls) ^ set(L)
