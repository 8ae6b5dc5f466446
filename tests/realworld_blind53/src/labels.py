"""Labels of blind set 53, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["r01_quangninh_halong_halam_chibo_kh267_2023_halongcity"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Hà Lầm", "level": "commune"},
        locality=loc("Quảng Ninh", "Hạ Long", "Hà Lầm"),
        signer=None,
    ),
    implements=[imp("267-KH/TU", "2023-09-25", "Hạ Long")],
    implements_optional=[],
    citations=["267-KH/TU"],
    task_labels=[],
    notes=(
        "A ward portal's item: headline in capitals 'CÁC CHI BỘ TRỰC THUỘC ĐẢNG BỘ PHƯỜNG HÀ LẦM TỔ CHỨC SINH HOẠT CHUYÊN ĐỀ ...', "
        "then 'Thực hiện kế hoạch số 267-KH/TU ngày 25/9/2023 của Thành ủy Hạ Long về việc tổ chức đợt sinh hoạt chính trị tư "
        "tưởng ... Vừa qua, các chi bộ trực thuộc Đảng bộ phường Hà Lầm đã tổ chức đợt sinh hoạt ...'. As blind41 (an activity "
        "report's acting subject is the issuer, with no document of its own): no number, type or date. Issuer: the branches of "
        "the Hà Lầm ward Party organisation; any correct name holds 'Hà Lầm'; commune level (a ward). Locality: Quảng Ninh / Hạ "
        "Long / Hà Lầm, all named. Parent: 267-KH/TU of 25/9/2023 of the Hạ Long city Party committee, the 'Thực hiện' clause "
        "(a city committee's code is TU). Cut mid-word; no signer (an unsigned portal item): null."
    ),
)
L["r02_quangninh_halong_honggai_dangu_sokethk_2023_halongcity"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Hồng Gai", "level": "commune"},
        locality=loc("Quảng Ninh", "Hạ Long", "Hồng Gai"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A ward portal's item: 'Sáng ngày 28/3/2023, Đảng uỷ phường Hồng Gai tổ chức Hội nghị sơ kết giữa nhiệm kỳ thực hiện "
        "Nghị quyết Đại hội Đảng bộ Phường lần thứ XII (nhiệm kỳ 2020 – 2025); sơ kết 2 năm rưỡi xây dựng phường văn minh đô thị "
        "kiểu mẫu.' As blind41 (a conference's acting subject is the issuer, no document of its own): no number, type or date "
        "(28/3/2023 is the meeting's day). Issuer: the ward Party committee, commune level. Locality: Hồng Gai is a ward of Hạ "
        "Long ('Thành uỷ - HĐND – UBND thành phố Hạ Long' named); Quảng Ninh as seed 000 infers from the gazetteer. The review "
        "carries out the ward congress's resolution, unnumbered: no parent, no citation. No signer: null."
    ),
)
L["r03_haiphong_thuynguyen_trungha_hdndx_kyhop3_2021_xaportal"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issuer={"name_contains": "Trung Hà", "level": "commune"},
        locality=loc("Hải Phòng", "Thủy Nguyên", "Trung Hà"),
        title_contains="phát triển kinh tế, xã hội, an ninh, quốc phòng năm 2022",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A commune portal's item: 'HỘI ĐỒNG NHÂN DÂN XÃ TRUNG HÀ, KHÓA 21, KỲ HỌP THỨ 3 ... Ngày 19/12/2021 HĐND xã Trung Hà, tổ "
        "chức kỳ họp thứ 3 ... Kỳ họp đã thông qua 04 Nghị quyết: 1. Nghị quyết về phát triển Kinh tế, xã hội, an ninh, quốc "
        "phòng năm 2022 ...'. As blind38 b07 (a council session passing resolutions: the first one is the document): NQ, "
        "unnumbered; title its subject. issued_on not graded: the session's day (19/12/2021) is the day the resolutions pass, "
        "but a meeting's day is no document's date in these sets' conventions, and the text gives the resolution no date of its "
        "own. Issuer: the commune People's Council, commune level; Hải Phòng / Thủy Nguyên / Trung Hà (the district named, the "
        "city from the gazetteer). 'Thực hiện Luật tổ chức chính quyền địa phương và chương trình hoạt động toàn khóa' names a "
        "law and an unnumbered programme: no parent. The page's banner ('Năm 2023 đẩy mạnh ...') is chrome. 'BBT.' is the "
        "editors' byline: no signer."
    ),
)
L["r04_hanam_lynhan_nhankhang_bcdntm_kh01_2016_123doc"] = dict(
    document=dict(
        number="01-KH/BCĐ",
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "Nhân Khang", "level": "commune"},
        locality=loc("Hà Nam", "Lý Nhân", "Nhân Khang"),
        title_contains="xây dựng nông thôn mới giai đoạn 2016-2020",
        signer=None,
    ),
    implements=[imp("21-NQ/BCH", "2015-12-30")],
    implements_optional=["44/HD-SNN"],
    citations=["491/QĐ-TTg", "242/QĐ-TTg", "44/HD-SNN", "21-NQ/BCH"],
    task_labels=[],
    notes=(
        "A document-sharing page's text of a whole commune plan, header in two columns flattened: 'BCĐ XÂY DỰNG NÔNG THÔN MỚI / "
        "ĐẢNG CỘNG SẢN VIỆT NAM / XÃ NHÂN KHANG / Số: 01 -KH/BCĐ / Nhân Khang, ngày / tháng / năm 2016 / KẾ HOẠCH / XÂY DỰNG NÔNG "
        "THÔN MỚI GIAI ĐOẠN 2016-2020', then 'Căn cứ' items and section A (purpose). Number 01-KH/BCĐ (the space before the dash "
        "is the copy's); type KH; date: day and month left blank ('ngày ... tháng ... năm 2016'), so no date: null. Issuer: the "
        "commune's new-countryside steering board (BCĐ xây dựng NTM xã Nhân Khang), commune level. Locality: Nhân Khang, 'Huyện "
        "uỷ Lý Nhân', 'tỉnh Hà Nam', all named. Title: the type line's subject. Parent: the commune Party executive's resolution "
        "'số 21 –NQ/BCH ngày 30/12/2015 ... về chỉ đạo xây dựng nông thôn mới giai đoạn 2016-2020', which the plan sets out to do "
        "(graded by number and date; its issuer is 'Ban Chấp hành Đảng bộ xã'). The department's guide 44/HD-SNN on making the "
        "plan is optional; the Prime Minister's decisions 491 and 242 (the national criteria and programme) are its legal basis: "
        "citations only. '491/QĐTTg' lost its dash in the copy (canonical 491/QĐ-TTg). The province's decision is written "
        "'126/QGG-UBND' (a typo for QĐ): left out of the citations as no canonical number can be read from it, and not graded "
        "either way. No task section in the excerpt (purpose and requirements only). Cut before the signature: no signer shown, "
        "null."
    ),
)
L["r05_namdinh_haihau_huyenuy_bc311_2020_123docz"] = dict(
    document=dict(
        number="311-BC/HU",
        doc_type="BC",
        issued_on="2020-06-03",
        issuer={"name_contains": "Hải Hậu", "level": "district"},
        locality=loc("Nam Định", "Hải Hậu"),
        title_contains="Đại hội đại biểu Đảng bộ huyện lần thứ XXVII",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A document-sharing page's text of a district Party committee's political report: the page's headline 'Mẫu Báo cáo chính "
        "trị của Ban Chấp hành Đảng bộ huyện khoá XXVI trình Đại hội đại biểu Đảng bộ huyện lần thứ XXVII', then the header "
        "'ĐẢNG BỘ TỈNH NAM ĐỊNH / HUYỆN UỶ HẢI HẬU / * / Số 311-BC/HU / ĐẢNG CỘNG SẢN VIỆT NAM / Hải Hậu, ngày 03 tháng 6 năm "
        "2020', the congress theme in capitals and quotes ('PHÁT HUY TRUYỀN THỐNG VĂN HỐ, ANH HÙNG, ...' with the copy's broken "
        "letters), '(Báo cáo chính trị của Ban Chấp hành Đảng bộ huyện khố XXVI trình Đại hội đại biểu Đảng bộ huyện lần thứ "
        "XXVII)' and part one. Number 311-BC/HU, type BC, 3 June 2020. Issuer the district Party committee, district level; Nam "
        "Định / Hải Hậu named. Title: the report's own description (the headline and the bracketed line agree on 'trình Đại hội "
        "đại biểu Đảng bộ huyện lần thứ XXVII'; the quoted theme is the congress's slogan, a doubt noted in the README). It "
        "reports on the 26th congress's resolution, unnumbered: no parent. Cut before the end: no signer shown, null."
    ),
)
L["r06_haiduong_ninhgiang_dongtam_hdndx_kyhop7_2023_xaportal"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issuer={"name_contains": "Đồng Tâm", "level": "commune"},
        locality=loc("Hải Dương", "Ninh Giang", "Đồng Tâm"),
        title_contains="điều chỉnh chủ trương đầu tư dự án xây dựng nghĩa trang nhân dân thôn Tranh Xuyên",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A commune portal's item: 'HĐND xã Đồng Tâm khóa XXV, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ bảy - kỳ họp chuyên đề / Ngày "
        "20/11/2023 ... Tại kỳ họp HĐND xã đã thảo luận và quyết nghị điều chỉnh chủ trương đầu tư dự án xây dựng nghĩa trang "
        "nhân dân thôn Tranh Xuyên, xã Đồng Tâm, huyện Ninh Giang ...; Điều chỉnh kế hoạch đầu tư công trung hạn ...'. As blind38 "
        "b07: the council 'quyết nghị' (resolves) the first item, the document: NQ, unnumbered, title its subject; issued_on not "
        "graded (the session's day, as r03). Issuer the commune People's Council, commune level; Hải Dương / Ninh Giang / Đồng "
        "Tâm (the district named, the province from the gazetteer). Nothing carried out. 'TH: Tuyết Nhung' is the byline: no "
        "signer."
    ),
)
L["r07_haiphong_kienthuy_kienhung_hdndx_kyhop4_2024_xaportal"] = dict(
    document=dict(
        number=None,
        issued_on=None,
        issuer={"name_contains": "Kiến Hưng", "level": "commune"},
        locality=loc("Hải Phòng", "Kiến Thụy", "Kiến Hưng"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A commune portal's item: 'HĐND xã Kiến Hưng tổ chức Kỳ họp thứ 4 HĐND xã khóa I, nhiệm kỳ 2021-2026 ... Sáng ngày "
        "24/4/2024 tại nhà văn hóa xã Kiến Hưng HĐND xã mở kỳ họp thứ 4 ( Kỳ họp chuyên đề) ...', then a numbered list of the "
        "2025 merger ('1) Hợp nhất tỉnh Hải Dương và thành phố Hải Phòng ...', '(2) Nhập ... để thành lập ... xã Kiến Thụy 4') "
        "and page chrome. The session passes nothing the text names (the list reads as the arrangement put to it, and its year "
        "2024 may be the page's slip for 2025): type not graded, as blind49 c07 (a meeting whose outcome is unsaid); no number; "
        "no date of a document (the session's day is no document's date): null. Issuer the commune People's Council, commune "
        "level; Hải Phòng / Kiến Thụy / Kiến Hưng named. No parent. 'btvxadaiha' is an uploader's tag: no signer."
    ),
)
L["r08_haiduong_thanhha_hdndh_kyhop23_2025_huyenportal"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issued_on=None,
        issuer={"name_contains": "Thanh Hà", "level": "district"},
        locality=loc("Hải Dương", "Thanh Hà"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A district portal's item, its headline not in the excerpt: 'Đồng chí Phạm Văn Hùng-Phó bí thư thường trực Huyện ủy, Chủ "
        "tịch HĐND huyện khai mạc kỳ họp / Kỳ họp đã thông qua tờ trình về việc miễn nhiệm ...; tờ trình về chủ trương sắp xếp "
        "đơn vị hành chính cấp xã trên địa bàn huyện Thanh Hà; ...', then '... thảo luận đóng góp ý kiến trực tiếp vào nội dung "
        "các tờ trình, dự thảo nghị quyết của kỳ họp. Đây là các nghị quyết quan trọng ...'. The council passes resolutions on "
        "the submissions (it calls them 'các nghị quyết'): NQ as blind38 b07; no title graded, since the text names only the "
        "submissions, not a resolution's title; unnumbered; no date anywhere: null. Issuer the district People's Council, "
        "district level; Hải Dương / Thanh Hà named (the URL's 2025 and the merger place it before July 2025). No parent. The "
        "chairman who opened the session signs nothing here: no signer."
    ),
)
L["r09_haiphong_kienthuy_daidong_daihoi_2020_anhp"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Đại Đồng", "level": "commune"},
        locality=loc("Hải Phòng", "Kiến Thụy", "Đại Đồng"),
        signer=None,
    ),
    implements=[],
    implements_optional=["45-NQ/TW"],
    citations=[],
    task_labels=[],
    notes=(
        "A paper's item: 'Đảng bộ xã Đại Đồng (Kiến Thụy): Xác định 18 chỉ tiêu, xây dựng 3 khâu đột phá / 16:20 17/03/2020 / "
        "Đảng bộ xã Đại Đồng (huyện Kiến Thụy) vừa tổ chức Đại hội đại biểu lần thứ 24 ...', the last term's results and the new "
        "term's targets ('phát triển các nguồn lực thực hiện Nghị quyết số 45 của Bộ Chính trị ...'). As blind41/blind49 (a "
        "congress's acting subject is the issuer, with no document of its own): no number, type or date (17/03/2020 is the "
        "posting's). Issuer the commune Party organisation, commune level; Hải Phòng (the paper's city, and Kiến Thụy's) / Kiến "
        "Thụy / Đại Đồng. 'Nghị quyết số 45 của Bộ Chính trị' (45-NQ/TW on Hải Phòng) is bare and is a breakthrough's aim, not a "
        "document the congress carries out: optional parent, no citation (as blind49's bare 'Nghị quyết số 03'). No signer."
    ),
)

write_labels(root, L)
