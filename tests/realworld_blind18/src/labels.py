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

L["b01_dongnai_bchdbt_kh55_2026_nqdaihoi_tagpage"] = dict(
    document=dict(number="55-KH/TU", doc_type="KH", issued_on=None,
                  issuer={"name_contains": "Ban Chấp hành Đảng bộ", "level": "province"},
                  locality=loc("Đồng Nai"), title_contains="Phát triển khoa học - công nghệ"),
    implements=[], implements_optional=[], citations=[],
    notes="A department portal's tag page: a posting time ('16:03 23/02/2026', never the issue date), then one "
          "sentence 'Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đồng Nai lần thứ I ... và Chương trình làm "
          "việc toàn khóa ..., Ban Chấp hành Đảng bộ Tỉnh ủy Đồng Nai ban hành Kế hoạch số 55-KH/TU thực hiện Nghị "
          "quyết Đại hội ... về đột phá “Phát triển khoa học - công nghệ, ...”'. The congress resolution and the "
          "working programme have no numbers: no parent. The plan's own date is not given.")

L["b02_bentre_bchdbt_tb_hoinghi12_2023_news"] = dict(
    document=dict(number=None, doc_type="TB", issued_on=None,
                  issuer={"name_contains": "Ban Chấp hành Đảng bộ tỉnh", "level": "province"},
                  locality=loc("Bến Tre"), title_contains="kết quả Hội nghị lần thứ 12"),
    implements=[], implements_optional=[],
    citations=["129-KH/TU", "21-KL/TW", "03-KH/TW", "27-NQ/TW", "28-NQ/TW", "29-NQ/TW"],
    chain=[["129-KH/TU", "21-KL/TW"], ["129-KH/TU", "03-KH/TW"]],
    notes="Provincial Party paper's copy of a notice: headline 'Thông báo kết quả Hội nghị lần thứ 12 Ban Chấp hành "
          "Đảng bộ tỉnh khóa XI', a posting stamp, a photo caption twice, then 'Ngày 31-3-2023, Ban Chấp hành Đảng bộ "
          "tỉnh Bến Tre khóa XI tổ chức Hội nghị lần thứ 12 ...'. No number; the notice's own issue date is not "
          "given (31-3-2023 is the day the conference met, and the posting date). The conference discussed drafts "
          "('dự thảo Báo cáo sơ kết 1 năm thực hiện Kế hoạch số 129-KH/TU ...', 'Chương trình thực hiện Nghị quyết "
          "số 27-NQ/TW ...'): a report on carrying out a plan is not carrying it out, so no parent. Inside the "
          "citation, 129-KH/TU is 'về việc “Thực hiện Kết luận số 21-KL/TW ... và Kế hoạch số 03-KH/TW”': two "
          "chain edges. The programmes for 27/28/29-NQ/TW have no numbers. The excerpt stops mid-word.")

L["b03_namdinh_bchdbt_nq19_2019_lts"] = dict(
    document=dict(number="19-NQ/TU", doc_type="NQ", issued_on="2019-11-25",
                  issuer={"name_contains": "Ban Chấp hành Đảng bộ tỉnh", "level": "province"},
                  locality=loc(None), title_contains="nhiệm vụ phát triển kinh tế - xã hội năm 2020"),
    implements=[], implements_optional=[], citations=[],
    notes="Provincial paper: headline, posting time '06:12, 01/12/2019', then 'LTS: Ngày 25-11-2019, Ban Chấp hành "
          "Đảng bộ tỉnh đã ban hành Nghị quyết số 19-NQ/TU về nhiệm vụ phát triển kinh tế - xã hội năm 2020. Báo Nam "
          "Định xin giới thiệu toàn văn ...', then the body (I. ĐÁNH GIÁ ...). The issuer is written only as 'Ban "
          "Chấp hành Đảng bộ tỉnh'; the province appears only in the newspaper's name ('Báo Nam Định'), which, like "
          "a URL, does not count (blind16's convention): province null. Nothing carried out by number.")

L["b04_camau_ubnd_kh_kinhtetapthe_2023_bodyonly"] = dict(
    document=dict(number=None, doc_type="KH", issued_on=None,
                  issuer={"name_contains": "Ủy ban nhân dân tỉnh", "level": "province"},
                  locality=loc("Cà Mau")),
    implements=[imp("09/NQ-CP", "2023-02-02", "Chính phủ"),
                imp("37-CTr/TU", "2022-11-17", "Ban Chấp hành Đảng bộ tỉnh"),
                imp("125-KH/TU", "2022-12-05", "Ban Thường vụ Tỉnh ủy")],
    implements_optional=["20-NQ/TW", "10-KH/TW", "571-CV/UBND", "591-CV/BCSĐ"],
    citations=["09/NQ-CP", "37-CTr/TU", "125-KH/TU", "20-NQ/TW", "10-KH/TW", "571-CV/UBND", "591-CV/BCSĐ"],
    chain=[["125-KH/TU", "20-NQ/TW"], ["125-KH/TU", "10-KH/TW"]],
    notes="Body only (no header, no number, no date, no title line): one preamble sentence 'Thực hiện Nghị quyết số "
          "09/NQ-CP ... của Chính phủ (...), Chương trình số 37-CTr/TU ... của Ban Chấp hành Đảng bộ tỉnh, Kế hoạch "
          "số 125-KH/TU ... của Ban Thường vụ Tỉnh ủy về triển khai thực hiện Nghị quyết số 20-NQ/TW ... (...) và Kế "
          "hoạch số 10-KH/TW ... của Bộ Chính trị về ...; chỉ đạo của Ban cán sự đảng Ủy ban nhân dân tỉnh tại Công "
          "văn số 571-CV/UBND ... và Công văn số 591-CV/BCSĐ ..., Ủy ban nhân dân tỉnh xây dựng Kế hoạch triển khai "
          "thực hiện trên địa bàn tỉnh Cà Mau'. Three parents in the Thực hiện list; 20-NQ/TW and 10-KH/TW are "
          "125-KH/TU's parents (chain edges, tolerated); the Ban cán sự đảng's two letters are directions the plan "
          "also follows (tolerated, not required). Province from 'trên địa bàn tỉnh Cà Mau' of the issuer's own plan. "
          "The parenthetical '(sau đây gọi tắt là ...)' asides sit inside the list.")

L["b05_dienbien_tu_qd_bcdcaotoc_news"] = dict(
    document=dict(number=None, doc_type="QĐ", issued_on=None,
                  issuer={"name_contains": "Tỉnh ủy Điện Biên", "level": "province"},
                  locality=loc("Điện Biên"),
                  title_contains="thành lập Ban Chỉ đạo đầu tư xây dựng Dự án đường cao tốc"),
    implements=[], implements_optional=[], citations=[],
    notes="A one-sentence tag-page lead: 'Bí thư Tỉnh ủy Điện Biên Nguyễn Văn Thắng vừa ký, ban hành Quyết định "
          "thành lập Ban Chỉ đạo ...'. The issuer is the Tỉnh ủy, named through its secretary who signs; 'Chính phủ "
          "giao UBND tỉnh Điện Biên là cơ quan có thẩm quyền ...' names another body and no document. No number, no "
          "date ('vừa ký').")

L["b06_dienbien_btvtu_duthaobccct_2020_thuchien"] = dict(
    document=dict(number=None, issued_on=None,
                  issuer={"level": "province"},
                  locality=loc("Điện Biên")),
    implements=[imp("35-CT/TW", "2019-05-30", "Bộ Chính trị"),
                imp("79-KH/TW", "2019-08-14", "Ban Thường vụ Tỉnh ủy"),
                imp("86-KH/TU", "2019-10-02", "Ban Thường vụ")],
    implements_optional=["79-KH/TU"],
    citations=["35-CT/TW", "79-KH/TW", "86-KH/TU"],
    chain=[["79-KH/TW", "35-CT/TW"]],
    notes="Provincial TV portal: headline, subtitle, posting time, then the standing committee's publication: "
          "'Thực hiện Chỉ thị số 35-CT/TW ... của Bộ Chính trị ...; Kế hoạch số 79-KH/TƯ, ngày 14/8/2019 của Ban "
          "Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 35-CT/TW ...; Kế hoạch số 86-KH/TU, ngày 02/10/2019 của Ban "
          "Thường vụ Tinh ủy về ... Ban Thường vụ Tỉnh ủy công bố toàn văn dự thảo Báo cáo Chính trị của Ban Chấp "
          "hành Đàng bộ tỉnh ...' (typos 'Tinh ủy', 'Đàng bộ' as printed). Three parents in one Thực hiện list. "
          "'79-KH/TƯ' is a Tỉnh ủy plan written with the central code's letter; DOMAIN §2's canonical form maps TƯ "
          "to TW, so the label requires 79-KH/TW and tolerates 79-KH/TU. The document is a draft political report "
          "published by the standing committee (author: the provincial Party executive committee): its type and "
          "issuer name are left ungraded, only the level; no number, no date of its own (02/07/2020 is the posting).")

# document.signer, added after the first labelling by reading each text's end and lead (see README).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))
from tests.labelkit import add_signers  # noqa: E402

add_signers(L, {
    "b01_dongnai_bchdbt_kh55_2026_nqdaihoi_tagpage": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b02_bentre_bchdbt_tb_hoinghi12_2023_news": (
        None,
        "a news item that never says who signed the document: null. 'Ảnh: Hữu Hiệp' is a photo credit.",
    ),
    "b03_namdinh_bchdbt_nq19_2019_lts": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b04_camau_ubnd_kh_kinhtetapthe_2023_bodyonly": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b05_dienbien_tu_qd_bcdcaotoc_news": (
        {"name": "Nguyễn Văn Thắng", "title_contains": "Bí thư Tỉnh ủy"},
        "the lead 'Bí thư Tỉnh ủy Điện Biên Nguyễn Văn Thắng vừa ký, ban hành Quyết định'.",
    ),
    "b06_dienbien_btvtu_duthaobccct_2020_thuchien": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
})


for name, lab in L.items():
    out = {"source": f"{name}.txt", "url": urls[name]}
    out.update(lab)
    (root / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(name)
