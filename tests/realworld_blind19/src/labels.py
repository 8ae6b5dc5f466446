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

L["b01_thanhhoa_vinhloc_ubndtt_ctr76_2020_nqdaihoi_communeportal"] = dict(
    document=dict(number="76/CTr-UBND", doc_type="CTr", issued_on="2020-05-29",
                  issuer={"name_contains": "thị trấn Vĩnh Lộc", "level": "commune"},
                  locality=loc(None, None, "Vĩnh Lộc"),
                  title_contains="Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ thị trấn Vĩnh Lộc"),
    implements=[imp("01-NQ/ĐU", "2020-03-25", "Vĩnh Lộc")], implements_optional=[], citations=["01-NQ/ĐU"],
    notes="Township portal: visitor counter, the headline, the posting time 'Ngày 18/09/2020 14:18:37', then the "
          "header in separate lines ('UỶ BAN NHÂN DÂN' / 'THỊ TRẤN VĨNH LỘC' / 'Số: 76 /CTr - UBND', spaces around "
          "the number's parts: canonical 76/CTr-UBND) and 'Thị trấn Vĩnh Lộc, ngày 29 tháng 5 năm 2020'. The "
          "programme rests on 'Căn cứ Nghị quyết số 01-NQ/ĐU ngày 25 tháng 3 năm 2020 của Đảng bộ thị trấn Vĩnh Lộc' "
          "and says it carries out that congress resolution: its parent. The township's district and province are "
          "never written (only the URL): null. A township (thị trấn) is commune level.")

L["b02_thanhhoa_dongson_dongquang_ubndxa_kh68_2020_nqdaihoi_communeportal"] = dict(
    document=dict(number="68/KH-UBND", doc_type="KH", issued_on="2020-06-18",
                  issuer={"name_contains": "xã Đông Quang", "level": "commune"},
                  locality=loc("Thanh Hóa", "Đông Sơn", "Đông Quang"),
                  title_contains="Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XIX"),
    implements=[], implements_optional=[], citations=[],
    notes="Commune portal whose banner names 'Xã Đông Quang - Huyện Đông Sơn - Tỉnh Thanh Hóa' (the locality), a "
          "headline, 'Đăng lúc: 00:00:00 29/11/2020' (posting time), then the header in separate lines and "
          "'Đông Quang, ngày 18 tháng 6  năm 2020'. 'KẾ HOẠCH HÀNH ĐỘNG' is a plan (KH). It carries out the commune "
          "Party congress resolution, named by date only ('Ngày 19/3/2020, Ban chấp hành Đảng bộ xã Đông Quang đã ban "
          "hành Nghị quyết Đại hội ...'): no numbered parent, so implements stays empty.")

L["b03_tthue_thuongquang_ubndxa_kh_ntmlamvuon_2020_communeportal"] = dict(
    document=dict(number=None, doc_type="KH", issued_on=None,
                  issuer={"name_contains": "ủy ban nhân dân xã", "level": "commune"},
                  locality=loc(None, None, None),
                  title_contains="phát động xây dựng nông thôn mới và phong trào làm vườn năm 2020"),
    implements=[], implements_optional=[], citations=[],
    notes="Commune portal chrome ('Tìm kiếm tin tức', 'Chung nhan Tin Nhiem Mang'), the title, 'Ngày cập nhật "
          "04/03/2020' (posting date, not an issue date), the title again, then the body only: 'Thực hiện Nghị quyết "
          "01 của HĐND đề ra năm 2020, ... ủy ban nhân dân xã xây dựng kế hoạch ...'. No header, no number, no date; "
          "the commune is never named (only the URL): locality null. 'Nghị quyết 01' has no suffix: no numbered parent.")

L["b04_tthue_huongthuy_thuyluong_ubndphuong_kh_cnxanh_2019_communeportal"] = dict(
    document=dict(number=None, doc_type="KH", issued_on=None,
                  issuer={"name_contains": "phường Thủy Lương", "level": "commune"},
                  locality=loc("Thừa Thiên Huế", "Hương Thủy", "Thủy Lương"),
                  title_contains="Chủ nhật xanh"),
    implements=[], implements_optional=[], citations=[],
    notes="Ward portal: link chrome, the headline 'Thực hiện Kế hoạch Ngày chủ nhật xanh của phường', 'Ngày cập nhật "
          "15/07/2019' (posting date), a photo caption, then the body: 'Thực hiện ý kiến chỉ đạo của UBND thị xã, UBND "
          "phường Thủy Lương xây dựng Kế hoạch tổ chức Lễ phát động “Ngày Chủ nhật xanh” năm 2019 trên địa bàn phường "
          "Thủy Lương, thị xã Hương Thủy, tỉnh Thừa Thiên Huế.' and the plan's dash items. No number, no issue date; "
          "the parent is an unnumbered instruction of the town: none. A ward (phường) is commune level.")

L["b05_tthue_quangphuoc_qd_ktxh_2020_bodyonly_communeportal"] = dict(
    document=dict(number=None, doc_type="QĐ", issued_on=None,
                  issuer={"name_contains": None, "level": None},
                  locality=loc(None, None, None),
                  title_contains="triển khai thực hiện nhiệm vụ kế hoạch phát triển kinh tế - xã hội năm 2020"),
    implements=[], implements_optional=[], citations=[],
    notes="Commune portal chrome and the title 'Quyết định về việc triển khai thực hiện nhiệm vụ kế hoạch phát triển "
          "kinh tế - xã hội năm 2020', 'Ngày cập nhật 10/01/2020' (posting date), then the decision's body from "
          "'Điều 1' (goals, a table of targets padded with spaces). No header, no signature: the text never names "
          "who decides (a 'xã' is mentioned only as the target 'xây dưng xã Nông thôn mới nâng cao'), so the issuer "
          "is none and no level may be invented; the commune is only in the URL.")

L["b06_thanhhoa_trieuson_danluc_ubndxa_kh45_2019_congbontm_communeportal"] = dict(
    document=dict(number="45/KH-UBND", doc_type="KH", issued_on="2019-10-09",
                  issuer={"name_contains": "Dân Lực", "level": "commune"},
                  locality=loc("Thanh Hóa", "Triệu Sơn", "Dân Lực"),
                  title_contains="Tổ chức lễ công bố xã Dân Lực đạt chuẩn nông thôn mới"),
    implements=[], implements_optional=["3694/UBND", "24/VPĐP-ĐP&TT"],
    notes="Commune portal: poll and visitor counter, the headline, 'Ngày 18/10/2019 21:31:48' (posting time), then a "
          "header whose second line dropped the word 'XÃ' ('UỶ BAN NHÂN DÂN' / 'DÂN LỰC'), 'Số: 45 /KH-UBND' and "
          "'Dân Lực , ngày 09  tháng  10 năm 2019' (stray spaces). The ceremony plan rests on 'Căn cứ Quyết định số: "
          "3694/UBND ngày 16/9/2019 của Chủ tịch UBND tỉnh Thanh Hóa về việc công nhận xã “Đạt chuẩn Nông thôn mới” ... "
          "cho các xã trên địa bàn tỉnh Thanh Hóa' (the recognition it celebrates; a number with no type code) and "
          "'Căn cứ Hướng dẫn số 24/VPĐP-ĐP&TT' (how to hold such ceremonies): legal bases, tolerated, not required. "
          "Thanh Hóa is written as the province whose communes the decision recognises; the district is not written, "
          "but the commune Dân Lực is unique in the gazetteer (Triệu Sơn, Thanh Hóa), which counts as supported "
          "(blind3's rule; labelled null before the first run, corrected after it). "
          "No citations key: the two numbers' canonical forms are unusual.")

L["b07_hanoi_myhung_chibomamnon_kh10_2022_daihoichibo_schoolsite"] = dict(
    document=dict(number="10-KH/CBMN", doc_type="KH", issued_on="2022-04-02",
                  issuer={"name_contains": "Chi bộ trường mầm non", "level": "commune"},
                  locality=loc(None, None, "Mỹ Hưng"),
                  title_contains="Tổ chức Đại hội Chi bộ nhiệm kỳ 2022 - 2025"),
    implements=[imp("480-CV/HU", "2022-03-17", "Huyện ủy"), imp("40-KH/ĐU", "2022-03-25", "Mỹ Hưng")],
    implements_optional=["01-HD/BTCHU", "01-HD/ĐU", "24-QĐ/TW", "244-QĐ/TW", "03-HD/TW"],
    citations=["24-QĐ/TW", "244-QĐ/TW", "03-HD/TW", "480-CV/HU", "01-HD/BTCHU", "40-KH/ĐU", "01-HD/ĐU"],
    notes="Kindergarten site: headline and posting time 'Thứ năm - 21/04/2022 12:52', then a Party cell's header "
          "flattened into lines ('ĐẢNG BỘ XÃ MỸ HƯNG' / 'CHI BỘ TRƯỜNG MẦM NON' / 'Số: 10-KH/CBMN' / 'ĐẢNG CỘNG SẢN VIỆT "
          "NAM' / 'Mỹ Hưng, ngày 02 tháng 4  năm 2022'). A school's Party cell under a commune Party committee: commune "
          "level; the commune is named, its district and province are not (Mỹ Hưng is not unique). 'Thi hành Điều lệ "
          "Đảng ...; Quy định số 24-QĐ/TW ... (244-QĐ/TW ...; Hướng dẫn số 03-HD/TW ...' are statutes (tolerated). "
          "'Thực hiện Công văn số 480-CV/HU ngày 17/3/2022 của Ban Thường vụ Huyện ủy' and the commune's plan for its "
          "cells' congresses 'Kế hoạch số 40-KH/ĐU ngày 25/3/2022 của Đảng bộ xã Mỹ Hưng' are what it carries out "
          "(required); the two guidances beside them (01-HD/BTCHU, 01-HD/ĐU) are tolerated.")

L["b08_dongnai_bienhoa_chibothpt_kh_daihoichibo_2019_schoolsite"] = dict(
    document=dict(number=None, doc_type="KH", issued_on=None,
                  issuer={"name_contains": "Chi bộ trường THPT Trấn Biên"},
                  title_contains="Đại hội Chi bộ Trường THPT Trấn Biên"),
    implements=[imp("229-KH/TU", "2019-09-19", "Thành ủy")],
    implements_optional=["35-CT/TW", "23-HD/BTCTU"],
    chain=[["229-KH/TU", "35-CT/TW"]],
    citations=["35-CT/TW", "23-HD/BTCTU", "229-KH/TU"],
    notes="High-school site: the headline, two counters ('0', '3259'), then the plan's body with no header, number or "
          "date: three 'Căn cứ' items - Chỉ thị 35-CT/TW of the Politburo, Hướng dẫn 23-HD/BTCTU of the provincial "
          "organisation board, and 'Kế hoạch số 229-KH/TU ngày 19/9/2019 của Ban Thường vụ Thành ủy về thực hiện Chỉ "
          "thị số 35-CT/TW' - then 'Chi ủy chi bộ trường THPT Trấn Biên xây dựng kế hoạch tổ chức Đại hội chi bộ'. "
          "The city committee's plan is the parent (its own parent 35-CT/TW is a chain edge, tolerated). Level and "
          "locality are left ungraded: the cell's place in the Party (city, ward or bloc) is not written; 'Thành ủy "
          "Biên Hòa' is named only for the parent.")

L["b09_tthue_phongmy_chibothcs_kh41_2019_daihoichibo_schoolsite"] = dict(
    document=dict(number="41-KH/CB", doc_type="KH", issued_on="2019-09-25",
                  issuer={"name_contains": "Chi bộ trường THCS Phong Mỹ", "level": "commune"},
                  locality=loc(None, None, "Phong Mỹ"),
                  title_contains="Tổ chức Đại hội chi bộ nhiệm kỳ 2020-2022"),
    implements=[imp("56-KH/ĐU", "2019-08-19", "Phong Mỹ")],
    implements_optional=["57-KH/ĐU", "29-QĐ/TW"],
    citations=["29-QĐ/TW", "56-KH/ĐU", "57-KH/ĐU"],
    notes="Lower-secondary school site: three repeated error lines, a slogan, a page date 'Ngày 22 tháng 10 năm 2019' "
          "and 'Cập nhật lúc : 05:47 28/09/2019' (page dates), a broken headline 'Kế Đại hội chi bộ ...', then the "
          "cell's header in lines ('ĐẢNG ỦY XÃ PHONG MỸ' / 'CHI BỘ TRƯỜNG THCS PHONG MỸ' / '*' / 'Số: 41-KH/CB' / 'ĐẢNG "
          "CỘNG SẢN VIỆT NAM' / ' Phong Mỹ, ngày 25 tháng 9 năm 2019'). Commune level (a cell under a commune Party "
          "committee); Phong Mỹ is not unique and no district or province is written. Parent: 'Căn cứ Kế hoạch số "
          "56-KH/ĐU ngày 19 tháng 8 năm 2019 của Đảng ủy xã Phong Mỹ, về việc tổ chức Đại hội ... các chi bộ trực "
          "thuộc'; the guidance written 'Hướng dẫn số 57-KH/ĐU' (its number says KH) and the statute 29-QĐ/TW are "
          "tolerated.")

L["b10_thanhhoa_thoxuan_doanttsaovang_kh_thangthanhnien_2015_news"] = dict(
    document=dict(number=None, doc_type="KH", issued_on=None,
                  issuer={"name_contains": "Đoàn thanh niên thị trấn Sao Vàng", "level": "commune"},
                  locality=loc("Thanh Hóa", "Thọ Xuân", "Sao Vàng")),
    implements=[imp("46-KH/ĐTN", "2015-02-25", "Huyện đoàn Thọ Xuân")], implements_optional=[],
    citations=["46-KH/ĐTN"],
    notes="District Youth Union site, a news item signed by the township's Youth Union secretary, hard-wrapped: "
          "'Thực hiện Kế hoạch số 46-KH/ĐTN, ngày' / '25/02/2015 của BCH Huyện đoàn Thọ Xuân V/v “Tổ chức hoạt động "
          "Tháng Thanh' / 'niên năm 2015”. Đoàn thanh niên thị trấn Sao Vàng đã xây dựng kế hoạch và triển' / 'khai "
          "...'. The document is the township Youth Union's plan: no number, no date (15/3/2015 is an activity), no "
          "trích yếu (title ungraded). Its parent is the district Youth Union's 46-KH/ĐTN. Thọ Xuân is a district only "
          "Thanh Hóa has, and the township belongs to it (its Youth Union carries out the district union's plan).")

# document.signer, added after the first labelling by reading each text's end and lead (see README).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))
from tests.labelkit import add_signers  # noqa: E402

add_signers(L, {
    "b01_thanhhoa_vinhloc_ubndtt_ctr76_2020_nqdaihoi_communeportal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b02_thanhhoa_dongson_dongquang_ubndxa_kh68_2020_nqdaihoi_communeportal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b03_tthue_thuongquang_ubndxa_kh_ntmlamvuon_2020_communeportal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b04_tthue_huongthuy_thuyluong_ubndphuong_kh_cnxanh_2019_communeportal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b05_tthue_quangphuoc_qd_ktxh_2020_bodyonly_communeportal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b06_thanhhoa_trieuson_danluc_ubndxa_kh45_2019_congbontm_communeportal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b07_hanoi_myhung_chibomamnon_kh10_2022_daihoichibo_schoolsite": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b08_dongnai_bienhoa_chibothpt_kh_daihoichibo_2019_schoolsite": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null. "
        "The Đ/c names listed are members of the congress sub-committees.",
    ),
    "b09_tthue_phongmy_chibothcs_kh41_2019_daihoichibo_schoolsite": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b10_thanhhoa_thoxuan_doanttsaovang_kh_thangthanhnien_2015_news": (
        None,
        "a news item that never says who signed the plan; the closing 'Hà Thị Thanh Thủy – Bí thư Đoàn TT"
        " Sao Vàng' is the item's author line: null.",
    ),
})


for name, lab in L.items():
    out = {"source": f"{name}.txt", "url": urls[name], **lab}
    (root / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(name)
assert set(L) == set(urls), set(urls) ^ set(L)
