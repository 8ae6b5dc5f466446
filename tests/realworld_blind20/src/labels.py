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

L["b01_thanhhoa_hdndt_nq616_2024_kyhop"] = dict(
    document=dict(number="616/NQ-HĐND", doc_type="NQ", issued_on="2024-12-14",
                  issuer={"name_contains": "Hội đồng nhân dân tỉnh Thanh Hóa", "level": "province"},
                  locality=loc("Thanh Hóa"),
                  title_contains="Kỳ họp thứ 24, Hội đồng nhân dân tỉnh Thanh Hóa khóa XVIII"),
    implements=[], implements_optional=[], citations=[],
    notes="Legal library copy of a provincial council's session resolution: the two header columns flattened into "
          "lines with '|' cells, 'HỘI ĐỒNG NHÂN' / 'DÂN' / 'TỈNH THANH HÓA' broken over lines, 'Số: 616/NQ-HĐND', "
          "'Thanh Hóa, ngày' / '14 tháng 12 năm 2024' split across a line break. 'Căn cứ' gives only unnumbered "
          "statutes and the session itself: it carries out no numbered document.")

L["b02_hcm_quan2_hdndq_nq01_2008_ktxh"] = dict(
    document=dict(number="01/2008/NQ-HĐND", doc_type="NQ", issued_on="2008-01-11",
                  issuer={"name_contains": "Hội đồng nhân dân quận 2", "level": "district"},
                  locality=loc("Hồ Chí Minh", "Quận 2"),
                  title_contains="nhiệm vụ kinh tế - xã hội năm 2008"),
    implements=[], implements_optional=[], citations=[],
    notes="An urban district council's resolution (HĐND Quận 2, khóa III): header cells flattened with '|' "
          "('HỘI' / 'ĐỒNG NHÂN DÂN QUẬN 2 |'), the type word NGHỊ QUYẾT lost by the copy (the number's NQ and "
          "'QUYẾT NGHỊ' remain), place line 'Quận 2, ngày 11 tháng 01 năm 2008'. An urban district is district "
          "level. The city is never written (only the URL); 'Quận 2' as a district name exists only in Hồ Chí Minh "
          "city (blind3's unique-gazetteer rule), so the province is filled. It carries out nothing numbered.")

L["b03_hcm_quan5_ubndq_bc75_2018_ktxh"] = dict(
    document=dict(number="75/BC-UBND", doc_type="BC", issued_on="2018-03-20",
                  issuer={"name_contains": "Ủy ban nhân dân Quận 5", "level": "district"},
                  locality=loc("Hồ Chí Minh", "Quận 5"),
                  title_contains="tình hình thực hiện nhiệm vụ kinh tế - xã hội Quận 5 năm 2017"),
    implements=[imp("6802/QĐ-UBND", "2016-12-28", "Ủy ban nhân dân Thành phố"),
                imp("15-CTrHĐ/QU", "2016-07-11", "Quận ủy Quận 5")],
    implements_optional=[], citations=["6802/QĐ-UBND", "15-CTrHĐ/QU"],
    notes="Legal library page: search box chrome, the library's title line ('... Quận 5 Hồ Chí Minh': the city is "
          "written), metadata table (Số hiệu, Ngày ban hành 20/03/2018), then the header and 'Quận 5, ngày 20 tháng "
          "3 năm 2018'. The report opens 'Thực hiện Quyết định số 6802/QĐ-UBND ngày 28 tháng 12 năm 2016 của Ủy ban "
          "nhân dân Thành phố ...; Chương trình hành động số 15-CTrHĐ/QU ngày 11 tháng 7 năm 2016 của Quận ủy Quận 5 "
          "về thực hiện Nghị quyết Đại hội ...; Nghị quyết của Ban Chấp hành Đảng bộ quận ..., Ủy ban nhân dân Quận 5 "
          "đã tập trung chỉ đạo': the city's decision and the district Party committee's action programme are the "
          "parents (the congress resolutions behind the programme have no number). 'CTrHĐ' kept as written, like "
          "29-CTrHĐ/TU in realworld.")

L["b04_danang_ubndtp_qd881_2019_nq02cp"] = dict(
    document=dict(number="881/QĐ-UBND", doc_type="QĐ", issued_on="2019-02-25",
                  issuer={"name_contains": "Ủy ban nhân dân thành phố Đà Nẵng", "level": "province"},
                  locality=loc("Đà Nẵng"),
                  title_contains="Nghị quyết số 02/NQ-CP"),
    implements=[imp("02/NQ-CP", "2019-01-01", "Chính phủ")],
    implements_optional=[], citations=["02/NQ-CP", "293/SKHĐT-DN"],
    notes="Paywalled legal library copy: the header flattened into two '|' rows ('ỦY BAN NHÂN DÂN | CỘNG HÒA ...' / "
          "'Số: 881/QĐ-UBND | Đà Nẵng, ngày 25 tháng 02 năm 2019 |'), the type word and trích yếu of the decision lost "
          "(the issuing line 'ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG' follows the number), 'Triển khai thực hiện Nghị quyết "
          "số 02/NQ-CP ngày 01/01/2019 của Chính phủ' in the Căn cứ list: the parent. The decision issues the plan "
          "'Kế hoạch thực hiện Nghị quyết số 02/NQ-CP' (its attached plan's title follows the signature cell). "
          "title_contains is the part every reading of the title holds.")

L["b05_haiphong_hdndtp_nq06_2012_cchc"] = dict(
    document=dict(number="06/2012/NQ-HĐND", doc_type="NQ", issued_on=None,
                  issuer={"name_contains": "Hội đồng nhân dân", "level": "province"},
                  locality=loc("Hải Phòng"),
                  title_contains="đẩy mạnh cải cách hành chính nhà nước thành phố giai đoạn 2012 - 2015"),
    implements=[imp("30c/NQ-CP", "2011-11-08", "Chính phủ")],
    implements_optional=[], citations=["30c/NQ-CP", "33/TTr-UBND", "4117/ĐA-UBND"],
    notes="City council portal: visitor counter, 'Skip Navigation Links.', the posting time '07/08/2012 - 15:39' "
          "(not an issue date), the headline 'Nghị quyết số 06/2012/NQ-HĐND về ...' and the body from 'Căn cứ' on, with "
          "no header, no place-date line and no signature: issued_on null. The issuer is the city's People's Council "
          "(the number's HĐND, 'ý kiến của các đại biểu Hội đồng nhân dân thành phố', 'QUYẾT NGHỊ'); the city is "
          "written in the body ('Phấn đấu Hải Phòng ...'): a centrally-run city, province level. 'Thực hiện Nghị quyết "
          "số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính' is the "
          "parent; the city's submission and Đề án are citations ('4117 /ĐA-UBND' written once with a space).")

L["b06_haiphong_btvtu_ctr_nq45_2019_portal"] = dict(
    document=dict(number=None, doc_type="CTr", issued_on=None,
                  issuer={"name_contains": "Ban Thường vụ Thành ủy", "level": "province"},
                  locality=loc("Hải Phòng"),
                  title_contains="Thực hiện Nghị quyết số 45-NQ/TW của Bộ Chính trị"),
    implements=[imp("45-NQ/TW", "2019-01-24", "Bộ Chính trị")],
    implements_optional=["821/QĐ-TTg"], citations=["45-NQ/TW", "821/QĐ-TTg"],
    notes="City portal page: the headline twice ('Chương trình hành động của Ban Thường vụ Thành ủy Thực hiện Nghị "
          "quyết số 45-NQ/TW của Bộ Chính trị về xây dựng và phát triển thành phố Hải Phòng ...'), then the "
          "programme's body without header, number or date ('Ngày 24/1/2019, Bộ Chính trị ban hành Nghị quyết số "
          "45-NQ/TW ...' is the parent's date, not the programme's). The Thành ủy of Hải Phòng, a centrally-run city: "
          "province level. 'Căn cứ ... Quyết định số 821/QĐ-TTg' of the Prime Minister beside the resolution: tolerated.")

L["b07_cantho_hdndtp_nq08_2007_ktxh"] = dict(
    document=dict(number="08/2007/NQ-HĐND", doc_type="NQ", issued_on="2007-12-07",
                  issuer={"name_contains": "Hội đồng nhân dân thành phố Cần Thơ", "level": "province"},
                  locality=loc("Cần Thơ"),
                  title_contains="tình hình thực hiện nhiệm vụ kinh tế - xã hội, quốc phòng, an ninh năm 2007"),
    implements=[imp("45-NQ/TW", "2005-02-17", "Bộ Chính trị")],
    implements_optional=["74/2006/NQ-HĐND", "78/2006/NQ-HĐND"],
    citations=["45-NQ/TW", "74/2006/NQ-HĐND", "78/2006/NQ-HĐND"],
    notes="Legal library copy with a full header on separate lines and words glued by the copy ('VỀTÌNH HÌNH', "
          "'VÀPHƯƠNG HƯỚNG', 'Nghịquyết', 'thànhphố', 'Ủyban'). The council's Căn cứ list: two statutes (unnumbered), "
          "'Nghị quyết số 45-NQ/TW ngày 17 tháng 02năm 2005 của Bộ Chính trị về xây dựng và phát triển thành phố Cần "
          "Thơ' (the Party resolution the city's council carries out: parent, by the state-document rule of DOMAIN) "
          "and the council's own 2006 resolutions on the year being reviewed (tolerated, not required).")

L["b08_cantho_ctubndtp_qd2676_2015_hdi"] = dict(
    document=dict(number="2676/QĐ-UBND", doc_type="QĐ", issued_on="2015-09-18",
                  issuer={"name_contains": "Ủy ban nhân dân thành phố Cần Thơ", "level": "province"},
                  locality=loc("Cần Thơ"),
                  title_contains="phê duyệt Đề án nâng cao chỉ số phát triển con người"),
    implements=[imp("366/QĐ-TTg", "2009-03-20", "Thủ tướng Chính phủ")],
    implements_optional=["45-NQ/TW"], citations=["366/QĐ-TTg", "45-NQ/TW"],
    notes="Legal library copy ('Đang tải nội dung, vui lòng chờ giây lát...' twice), full header, issued by the "
          "chairman of the city People's Committee. 'Căn cứ Quyết định số 366/QĐ-TTg ngày 20 tháng 3 năm 2009 của Thủ "
          "tướng Chính phủ về ban hành Kế hoạch triển khai tiếp Nghị quyết số 45- NQ/TW ngày 17 tháng 02 năm 2005 của "
          "Bộ Chính trị ...': the Prime Minister's plan is the parent; '45- NQ/TW' has a space after the hyphen "
          "(canonical 45-NQ/TW). Corrected after the first run: the label first had a chain edge 366/QĐ-TTg -> "
          "45-NQ/TW, but 'Kế hoạch triển khai tiếp' (continuing to carry it out) is DOMAIN §3's 'tiếp tục thực "
          "hiện', a plain citation; the resolution stays tolerated as a parent.")

L["b09_hanoi_ubndtp_kh225_2024_luatthudo"] = dict(
    document=dict(number="225/KH-UBND", doc_type="KH", issued_on="2024-07-22",
                  issuer={"name_contains": "Ủy ban nhân dân thành phố Hà Nội", "level": "province"},
                  locality=loc("Hà Nội"),
                  title_contains="triển khai thi hành Luật Thủ đô"),
    implements=[], implements_optional=["39/2024/QH15"], citations=["39/2024/QH15"],
    notes="Legal library copy, header cells flattened with '|', 'Hà Nội, ngày 22' / 'tháng 7 năm 2024' split over "
          "a line break. The plan carries out a law ('Luật Thủ đô (Luật số 39/2024/QH15)'): a statute, tolerated as "
          "a parent but not required (CORPUS: laws are legal basis).")

L["b10_hcm_quan6_dhdb_nq_2015_daihoi_nourl"] = dict(
    document=dict(number=None, doc_type="NQ", issued_on=None,
                  issuer={"name_contains": "Đảng bộ quận 6", "level": "district"},
                  locality=loc("Hồ Chí Minh", "Quận 6")),
    implements=[], implements_optional=[], citations=[],
    notes="A district Party congress resolution as a portal copy (the search result carried no address: url null): "
          "the page's date 'Chủ Nhật, ngày 24 tháng 11 năm 2024' (not the issue date), the headline 'Nghị quyết Đại "
          "hội Đại biểu Đảng bộ Quận 6 lần thứ XI', then 'Đại hội đại biểu Đảng bộ quận 6 lần thứ XI họp từ ngày 07 "
          "tháng 7 năm 2015 đến ngày 09 tháng 7 năm 2015 ...; QUYẾT NGHỊ'. No number, no issue date (the congress's "
          "meeting days are not an issue date). A congress resolution of an urban district: district level. 'Quận 6' "
          "exists only in Hồ Chí Minh city (and the Tân Hóa - Lò Gốm canal is written): province filled. The earlier "
          "congress's resolution is mentioned in the review, without a number. Title not graded (a headline).")

L["b11_central_vpcp_tb164_2007_nq45cantho"] = dict(
    document=dict(number="164/TB-VPCP", doc_type="TB", issued_on="2007-08-30",
                  issuer={"name_contains": "Văn phòng Chính phủ", "level": "central"},
                  locality=loc(),
                  title_contains="kết luận của Phó Thủ tướng Thường trực Chính phủ Nguyễn Sinh Hùng"),
    implements=[], implements_optional=["45-NQ/TW"], citations=["45-NQ/TW"],
    notes="Legal library copy of a Government Office notice (header flattened into '|' rows, 'Hà Nội, ngày 30 tháng "
          "08 năm 2007'): the conclusions of a review meeting on two years of carrying out Nghị quyết 45-NQ/TW on Cần "
          "Thơ. The notice reports on the resolution's implementation rather than saying it carries it out: the "
          "resolution is tolerated, not required. A central body: every locality part null.")

L["b12_cantho_ubndtp_qd98_2017_nq69hdnd"] = dict(
    document=dict(number="98/QĐ-UBND", doc_type="QĐ", issued_on="2017-01-13",
                  issuer={"name_contains": "Ủy ban nhân dân thành phố Cần Thơ", "level": "province"},
                  locality=loc("Cần Thơ"),
                  title_contains="phê duyệt quy hoạch bố trí dân cư"),
    implements=[imp("69/NQ-HĐND", "2016-12-09", "Hội đồng nhân dân thành phố")],
    implements_optional=["1776/QĐ-TTg", "1515/QĐ-TTg", "03/2014/TT-BNNPTNT", "92/2006/NĐ-CP", "04/2008/NĐ-CP"],
    citations=["92/2006/NĐ-CP", "04/2008/NĐ-CP", "1776/QĐ-TTg", "1515/QĐ-TTg", "03/2014/TT-BNNPTNT", "69/NQ-HĐND"],
    notes="Legal library copy, header cells flattened and every line hard-wrapped ('Số:' / '98/QĐ-UBND', 'Cần' / "
          "'Thơ, ngày 13 tháng 01 năm 2017'). The Căn cứ list: decrees (legal basis), the Prime Minister's programme "
          "and master plan, a ministry circular, and 'Nghị quyết 69/NQ-HĐND ngày 09 tháng 12 năm 2016 của Hội đồng "
          "nhân dân thành phố về việc thông qua Quy hoạch bố trí dân cư ...': the city council's resolution that "
          "passed the very plan this decision approves is the parent; the rest is tolerated, not required.")

L["b13_hanoi_ubndtp_ct15_2014_kh5nam_ct22ttg"] = dict(
    document=dict(number="15/CT-UBND", doc_type="CT", issued_on="2014-08-29",
                  issuer={"name_contains": "Ủy ban nhân dân thành phố Hà Nội", "level": "province"},
                  locality=loc("Hà Nội"),
                  title_contains="xây dựng kế hoạch phát triển kinh tế-xã hội 5 năm 2016-2020"),
    implements=[imp("22/CT-TTg", "2014-08-05", "Thủ tướng Chính phủ")],
    implements_optional=[], citations=["22/CT-TTg"],
    notes="Legal library page: the library's title line (which says '5 năm 2010-2015', unlike the directive's own "
          "'5 NĂM 2016-2020'), metadata table (Ngày ban hành 29/08/2014), then the header and 'Hà Nội, ngày 29 tháng "
          "08 năm 2014'. The directive looks back on the city congress and council resolutions (unnumbered), then "
          "'thực hiện Chỉ thị số 22/CT-TTg ngày 05/8/2014 của Thủ tướng Chính phủ về việc xây dựng Kế hoạch ...': the "
          "parent.")

# document.signer, added after the first labelling by reading each text's end and lead (see README).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))
from tests.labelkit import add_signers  # noqa: E402

add_signers(L, {
    "b01_thanhhoa_hdndt_nq616_2024_kyhop": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b02_hcm_quan2_hdndq_nq01_2008_ktxh": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b03_hcm_quan5_ubndq_bc75_2018_ktxh": (
        {"name": "Phạm Quốc Huy"},
        "the legal library's 'Người ký' field names Phạm Quốc Huy (no office written with it); the "
        "excerpt stops before the signature block.",
    ),
    "b04_danang_ubndtp_qd881_2019_nq02cp": (
        None,
        "the signature cell keeps only '| TM. ỦY BAN NHÂN DÂN |' (no office line, no name) before the "
        "annex: null.",
    ),
    "b05_haiphong_hdndtp_nq06_2012_cchc": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b06_haiphong_btvtu_ctr_nq45_2019_portal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b07_cantho_hdndtp_nq08_2007_ktxh": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b08_cantho_ctubndtp_qd2676_2015_hdi": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b09_hanoi_ubndtp_kh225_2024_luatthudo": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b10_hcm_quan6_dhdb_nq_2015_daihoi_nourl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b11_central_vpcp_tb164_2007_nq45cantho": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null. "
        "The notice conveys Deputy Prime Minister Nguyễn Sinh Hùng's conclusions; he is not its signer.",
    ),
    "b12_cantho_ubndtp_qd98_2017_nq69hdnd": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b13_hanoi_ubndtp_ct15_2014_kh5nam_ct22ttg": (
        {"name": "Nguyễn Thế Thảo"},
        "the legal library's 'Người ký' field names Nguyễn Thế Thảo (no office written with it); the "
        "excerpt stops before the signature block.",
    ),
})


for name, lab in L.items():
    out = {"source": f"{name}.txt", "url": urls[name], **lab}
    (root / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(name)
assert set(L) == set(urls), set(urls) ^ set(L)
