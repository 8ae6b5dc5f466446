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

L["b01_binhthuan_duclinh_btvhu_kh147_2022_ketnapdangvien_partyportal"] = dict(
    document=dict(number="147-KH/HU", doc_type="KH", issued_on="2022-12-21",
                  issuer={"name_contains": "Huyện ủy Đức Linh", "level": "district"},
                  locality=loc("Bình Thuận", "Đức Linh"), title_contains="kết nạp đảng viên năm 2023"),
    implements=[], implements_optional=[], citations=[],
    notes="District Party portal item: headline, then the lead 'Ban Thường vụ Huyện ủy Đức Linh vừa ban hành Kế hoạch "
          "số 147-KH/HU, ngày 21/12/2022 về kết nạp đảng viên năm 2023'. The plan rests 'trên cơ sở kế hoạch phát "
          "triển đảng viên của nhiệm kỳ 2020-2025 và Nghị quyết của Huyện ủy về ...' with no numbers: no parent. "
          "Đức Linh is a district only Bình Thuận has (the text never writes the province).")

L["b02_langson_binhgia_ubndh_kh29_2021_dulich_portal"] = dict(
    document=dict(number="29/KH-UBND", doc_type="KH", issued_on=None,
                  issuer={"name_contains": "Bình Gia", "level": "district"},
                  locality=loc("Lạng Sơn", "Bình Gia"), title_contains="Phát triển du lịch huyện Bình Gia"),
    implements=[], implements_optional=[], citations=[],
    notes="District portal: skip-link and a banner slogan naming 'Đảng bộ tỉnh Lạng Sơn', reader chrome ('Chế độ ban "
          "đêm In trang ...'), headline, then 'UBND huyện Bình Gia đã ban hành Kế hoạch số 29/KH-UBND về triển khai "
          "thực hiện Đề án \"Phát triển du lịch huyện Bình Gia đến năm 2025 ...\" năm 2021'. The scheme carried out "
          "has no number: no parent. No issue date (2021 is the plan's year).")

L["b03_tthue_thuongquang_repost_ubndh_kh_thangdanso_2015_communeportal"] = dict(
    document=dict(number=None, doc_type="KH", issued_on="2015-11-25",
                  issuer={"name_contains": "huyện", "level": "district"},
                  locality=loc(None, None, None), title_contains="Tháng hành động quốc gia về Dân số"),
    implements=[], implements_optional=[], citations=[],
    notes="A commune portal's link table chrome ('Sở, Ban, Ngành UBND Huyện, Thị xã, Thành phố'), a title line ending "
          "in 'Ngày cập nhật 18/12/2015' (posting date), then 'Ngày 25/11/2015, UBND huyện đã ban hành Kế hoạch Tổ "
          "chức Tháng hành động quốc gia về Dân số ...'. The district is never named (only the URL's commune site): "
          "level district, every locality part null. No number.")

L["b04_thanhhoa_ubnd_kh99_2025_atgt_nq76cp_tvpl"] = dict(
    document=dict(number="99/KH-UBND", doc_type="KH", issued_on="2025-05-19",
                  issuer={"name_contains": "Ủy ban nhân dân tỉnh", "level": "province"},
                  locality=loc("Thanh Hóa"), title_contains="TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 76/NQ-CP"),
    implements=[imp("76/NQ-CP", "2025-04-10", "Chính phủ")],
    implements_optional=["1313/NQ-UBTVQH15"],
    chain=[["76/NQ-CP", "1313/NQ-UBTVQH15"]],
    citations=["76/NQ-CP", "1313/NQ-UBTVQH15"],
    notes="Legal library (thuvienphapluat bulletin), header cells on separate lines with pipes, place-date split "
          "('Thanh Hóa, ngày' / '19 tháng 5 năm 2025'), a long capitalised title with a stray space ('C ỦA'). "
          "'Thực hiện Nghị quyết số 76/NQ-CP ... về việc ban hành Kế hoạch triển khai Nghị quyết số "
          "1313/NQ-UBTVQH15 ...': the government resolution is the parent and itself carries out the standing "
          "committee's resolution (chain); the latter is tolerated as a parent.")

L["b05_binhdinh_ubnd_kh29_2024_atgthocsinh_qd64_tvpl"] = dict(
    document=dict(number="29/KH-UBND", doc_type="KH", issued_on="2024-02-22",
                  issuer={"name_contains": "Ủy ban nhân dân tỉnh", "level": "province"},
                  locality=loc("Bình Định"), title_contains="TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 64/QĐ-BGTVT"),
    implements=[imp("64/QĐ-BGTVT", "2024-01-22", "Bộ Giao thông vận tải")],
    implements_optional=["31/CT-TTg"],
    chain=[["64/QĐ-BGTVT", "31/CT-TTg"]],
    citations=["64/QĐ-BGTVT", "31/CT-TTg"],
    notes="Legal library, header cells on separate lines; the title writes '31/CT-TTG' in capitals (canonical "
          "31/CT-TTg). 'Thực hiện Quyết định số 64/QĐ-BGTVT ... ban hành Kế hoạch triển khai Chỉ thị số 31/CT-TTg "
          "...': the ministry's decision is the parent and carries out the Prime Minister's directive (chain). "
          "29/KH-UBND is also Hưng Yên's 2024 plan in realworld (another document).")

L["b06_backan_ubnd_kh435_2022_atgt_nq48cp_nhadat"] = dict(
    document=dict(number="435/KH-UBND", doc_type="KH", issued_on="2022-07-08",
                  issuer={"name_contains": "Ủy ban nhân dân tỉnh", "level": "province"},
                  locality=loc("Bắc Kạn"), title_contains="CHỐNG ÙN TẮC GIAO"),
    implements=[imp("48/NQ-CP", "2022-04-05", "Chính phủ")], implements_optional=[],
    citations=["48/NQ-CP"],
    notes="Legal library (thuviennhadat), header cells on separate lines. 'Thực hiện Nghị quyết số 48/NQ-CP ... "
          "(sau đây gọi là Nghị quyết số 48/NQ-CP của Chính phủ). Ủy ban nhân dân tỉnh Bắc Kạn xây dựng Kế hoạch "
          "...': the parent clause is closed by a full stop before the subject.")

L["b07_caobang_ubnd_kh3480_2019_hanhlangatgt_ct18_vbplco"] = dict(
    document=dict(number="3480/KH-UBND", doc_type="KH", issued_on="2019-10-07",
                  issuer={"name_contains": "Ủy ban nhân dân tỉnh", "level": "province"},
                  locality=loc("Cao Bằng"), title_contains="GIẢI TỎA VI PHẠM HÀNH LANG AN TOÀN GIAO THÔNG"),
    implements=[imp("18-CT/TW", "2012-09-04", "Ban Bí thư"), imp("33/CT-TTg", "2017-07-21", "Thủ tướng"),
                imp("994/QĐ-TTg", "2014-06-19", "Thủ tướng")],
    implements_optional=["19/2018/QĐ-UBND"],
    citations=["18-CT/TW", "33/CT-TTg", "994/QĐ-TTg", "19/2018/QĐ-UBND"],
    notes="Legal library (vanbanphapluat.co) with a metadata head ('Văn bản khác 3480/KH-UBND' - the site's type is "
          "wrong, the document is a KH) and a repeated summary title before the header. One 'Thực hiện' clause "
          "lists three parents separated by ';' - Ban Bí thư's directive 18-CT/TW, the Prime Minister's directive "
          "written 'Chthị 33/CT-TTg' (letters dropped) and decision 994/QĐ-TTg - then the province's own regulation "
          "19/2018/QĐ-UBND (tolerated). Dropped letters elsewhere ('đường st', 'khc phục') kept as given.")

L["b08_khanhhoa_ubnd_qd665_2021_chienluocatgt_tvpl"] = dict(
    document=dict(number="665/QĐ-UBND", doc_type="QĐ", issued_on="2021-03-17",
                  issuer={"name_contains": "Ủy ban nhân dân tỉnh Khánh Hòa", "level": "province"},
                  locality=loc("Khánh Hòa"), title_contains="PHÊ DUYỆT KẾ HOẠCH"),
    implements=[imp("2060/QĐ-TTg", "2020-12-12", "Thủ tướng")],
    implements_optional=["18-CT/TW", "45-KL/TW"],
    citations=["18-CT/TW", "45-KL/TW", "2060/QĐ-TTg", "39/TTr-BATGT"],
    notes="Legal library bulletin; header 'ỦY' / 'BAN NHÂN DÂN' / 'TỈNH KHÁNH HÒA' split, place split 'Khánh' / "
          "'Hòa, ngày 17 tháng 3 năm 2021'. A decision approving the province's plan to carry out the national road "
          "safety strategy approved by 2060/QĐ-TTg (in the Căn cứ list): that decision is the parent. Ban Bí thư's "
          "directive 18-CT/TW and conclusion 45-KL/TW in a Căn cứ item are tolerated; the board's Tờ trình is a "
          "citation.")

L["b09_nghean_ubnd_kh181_2023_iuu_qd1077_htpl"] = dict(
    document=dict(number="181/KH-UBND", doc_type="KH", issued_on="2023-03-22",
                  issuer={"name_contains": "Ủy ban nhân dân", "level": "province"},
                  locality=loc("Nghệ An")),
    implements=[imp("1077/QĐ-TTg", "2022-09-14", "Thủ tướng")],
    implements_optional=["1077/QĐ/TTg"],
    citations=["1077/QĐ-TTg"],
    notes="Legal library (hethongphapluat) with the header flattened into two pipe rows and no province line "
          "('ỦY BAN NHÂN DÂN | ...', 'Số: 181/KH-UBND | Nghệ An, ngày 22 tháng 3 năm 2023 |') and no title line. "
          "'Thực hiện Quyết định số 1077/QĐ/TTg ... phê duyệt Đề án ..., Ủy ban nhân dân tỉnh ban hành Kế hoạch': "
          "the number is written with a slash for the hyphen; canonical 1077/QĐ-TTg (the form as written is "
          "tolerated).")

L["b10_brvt_ubnd_ct24_2017_taucanuocngoai_htpl"] = dict(
    document=dict(number="24/CT-UBND", doc_type="CT", issued_on="2017-10-16",
                  issuer={"name_contains": "Ủy ban nhân dân", "level": "province"},
                  locality=loc("Bà Rịa - Vũng Tàu"), title_contains="KHAI THÁC HẢI SẢN TRÁI PHÉP"),
    implements=[imp("689/CT-TTg", None, "Thủ tướng")], implements_optional=[],
    citations=["689/CT-TTg"],
    notes="Legal library with a paywall line, header in two pipe rows without the province line; the place is "
          "'Bà Rịa-Vũng Tàu' (no spaces round the hyphen). The directive recalls Chỉ thị số 689/CT- TTg (a space "
          "inside) ngày 18 tháng 5 năm 2010 as past work, then 'Để ngăn chặn ..., thực hiện nghiêm chỉ đạo của Thủ "
          "tướng Chính phủ tại Chỉ thị số 689/CT-TTg n' (cut): the directive carries it out. The date is given only "
          "in the background sentence, so the parent's date is not graded. Communes and wards named (xã Phước Tỉnh, "
          "huyện Long Điền) are where the boats come from, not the issuer's place.")

L["b11_thaibinh_ubnd_kh89_2021_danso_qd2259_tvpl"] = dict(
    document=dict(number="89/KH-UBND", doc_type="KH", issued_on="2021-06-29",
                  issuer={"name_contains": "Ủy ban nhân dân tỉnh", "level": "province"},
                  locality=loc("Thái Bình"), title_contains="HỆ THỐNG THÔNG TIN CHUYÊN NGÀNH"),
    implements=[imp("2259/QĐ-TTg", "2020-12-30", "Thủ tướng")],
    implements_optional=["21-NQ/TW", "137/NQ-CP", "1679/QĐ-TTg", "1544/BYT-TCDS", "61-KH/TU"],
    chain=[["137/NQ-CP", "21-NQ/TW"]],
    citations=["2259/QĐ-TTg", "21-NQ/TW", "137/NQ-CP", "1679/QĐ-TTg", "1544/BYT-TCDS", "61-KH/TU"],
    notes="Legal library, header cells on separate lines. 'Thực hiện Quyết định số 2259/QĐ-TTg ... ; Ủy ban nhân dân "
          "tỉnh ban hành Kế hoạch' (parent). Section 'I. CĂN CỨ XÂY DỰNG / 1. Cơ sở pháp lý' lists the Party "
          "resolution, the government programme 'thực hiện Nghị quyết số 21-NQ/TW' (chain), the strategy, the "
          "ministry letter and the province's 61-KH/TU (cut after its date): all tolerated, none required.")

L["b12_khanhhoa_vanninh_ubndh_kh_thiduantm_2022_news"] = dict(
    document=dict(number=None, doc_type="KH", issued_on=None,
                  issuer={"name_contains": "Vạn Ninh", "level": "district"},
                  locality=loc("Khánh Hòa", "Vạn Ninh"),
                  title_contains="Cả nước chung tay xây dựng nông thôn mới"),
    implements=[], implements_optional=[], citations=[],
    notes="Provincial newspaper item: posting time '10:08, 24/08/2022' (not the issue date), headline, the lead twice "
          "(straight quotes, then curly quotes): 'UBND huyện Vạn Ninh vừa ban hành Kế hoạch tổ chức thực hiện phong "
          "trào thi đua \"Cả nước chung tay xây dựng nông thôn mới\" giai đoạn 2022 - 2025 trên địa bàn huyện.' A "
          "campaign, not a numbered document: no parent. Vạn Ninh is a district only Khánh Hòa has (the URL's "
          "newspaper name does not count, the gazetteer does).")

L["b13_camau_ubnd_kh36_2022_suckhoehocduong_qd1660_tvpl"] = dict(
    document=dict(number="36/KH-UBND", doc_type="KH", issued_on="2022-02-21",
                  issuer={"name_contains": "Ủy ban nhân dân tỉnh Cà Mau", "level": "province"},
                  locality=loc("Cà Mau"), title_contains="CHƯƠNG TRÌNH SỨC KHỎE HỌC ĐƯỜNG"),
    implements=[imp("1660/QĐ-TTg", "2021-10-02", "Thủ tướng")], implements_optional=[],
    citations=["1660/QĐ-TTg"],
    notes="Legal library, header cells on separate lines with 'Số:' and the number on two lines, place split 'Cà' / "
          "'Mau, ngày 21 tháng 02 năm 2022'. 'Thực hiện Quyết định số 1660/QĐ-TTg ... phê duyệt Chương trình Sức "
          "khỏe học đường ..., Ủy ban nhân dân tỉnh Cà Mau ban hành Kế hoạch'. 36/KH-UBND is also a 2025 commune "
          "plan in an earlier set (another document).")

L["b14_quangtri_ubnd_qd41_2019_chedobaocao_cutlines"] = dict(
    document=dict(number="41/2019/QĐ-UBND", doc_type="QĐ", issued_on="2019-10-22",
                  issuer={"name_contains": "Ủy ban nhân dân tỉnh Quảng Trị", "level": "province"},
                  locality=loc("Quảng Trị"), title_contains="CHẾ ĐỘ BÁO CÁO ĐỊNH KỲ"),
    implements=[], implements_optional=["09/2019/NĐ-CP"],
    citations=["09/2019/NĐ-CP", "1090/QĐ-UBND"],
    notes="Damaged legal-library copy: every 'Căn cứ' line lost its opening ('ính quyền địa phương ...', 'Luật ban "
          "hành ...', 'ố 09/2019/NĐ-CP ...'), Điều 1 and 3 are missing, pipe rows for the header and the signature "
          "cell. A regulation decision: the decree is legal basis (tolerated only), 1090/QĐ-UBND is the decision it "
          "replaces (citation). The annex line repeats the own number (not a citation).")

L["b15_quangtri_ubnd_qd30_2021_tachthua_htpl"] = dict(
    document=dict(number="30/2021/QĐ-UBND", doc_type="QĐ", issued_on="2021-12-20",
                  issuer={"name_contains": "Ủy ban nhân dân tỉnh Quảng Trị", "level": "province"},
                  locality=loc("Quảng Trị")),
    implements=[], implements_optional=["43/2014/NĐ-CP", "01/2017/NĐ-CP", "148/2020/NĐ-CP"],
    citations=["43/2014/NĐ-CP", "01/2017/NĐ-CP", "148/2020/NĐ-CP", "2940/TTr-STNMT", "3334/STNMT-QLĐĐ",
               "4219/STNMT-QLĐĐ"],
    notes="Legal library, header in two pipe rows, the enacting body line, no title line (the page drops 'QUYẾT "
          "ĐỊNH' and the trích yếu). A land regulation: the Căn cứ list is laws and decrees (legal basis, decrees "
          "tolerated only), the department's submission and letters are citations. The articles are not tasks.")

# document.signer, added after the first labelling by reading each text's end and lead (see README).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))
from tests.labelkit import add_signers  # noqa: E402

add_signers(L, {
    "b01_binhthuan_duclinh_btvhu_kh147_2022_ketnapdangvien_partyportal": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b02_langson_binhgia_ubndh_kh29_2021_dulich_portal": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b03_tthue_thuongquang_repost_ubndh_kh_thangdanso_2015_communeportal": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b04_thanhhoa_ubnd_kh99_2025_atgt_nq76cp_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b05_binhdinh_ubnd_kh29_2024_atgthocsinh_qd64_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b06_backan_ubnd_kh435_2022_atgt_nq48cp_nhadat": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b07_caobang_ubnd_kh3480_2019_hanhlangatgt_ct18_vbplco": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b08_khanhhoa_ubnd_qd665_2021_chienluocatgt_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b09_nghean_ubnd_kh181_2023_iuu_qd1077_htpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b10_brvt_ubnd_ct24_2017_taucanuocngoai_htpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b11_thaibinh_ubnd_kh89_2021_danso_qd2259_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b12_khanhhoa_vanninh_ubndh_kh_thiduantm_2022_news": (
        None,
        "a news item that never says who signed the document; 'PHÚ AN' is the reporter's byline: null.",
    ),
    "b13_camau_ubnd_kh36_2022_suckhoehocduong_qd1660_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b14_quangtri_ubnd_qd41_2019_chedobaocao_cutlines": (
        None,
        "the signature cell keeps only 'TM. ỦY BAN NHÂN DÂN |' (no office line, no name): null.",
    ),
    "b15_quangtri_ubnd_qd30_2021_tachthua_htpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
})


for name, lab in L.items():
    out = {"source": f"{name}.txt", "url": urls[name], **lab}
    (root / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(name)
assert set(L) == set(urls), set(urls) ^ set(L)
