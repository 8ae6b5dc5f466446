"""Labels of blind set 43, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["g01_binhthuan_hamthuannam_hu_hoctap_nqtw4_kh29_dcs"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Huyện ủy Hàm Thuận Nam", "level": "district"},
        locality=loc("Bình Thuận", "Hàm Thuận Nam"),
        signer=None,
    ),
    implements=[imp("29-KH/TU", "2012-04-03", "Ban Thường vụ Tỉnh ủy")],
    implements_optional=[],
    citations=["29-KH/TU"],
    task_labels=[],
    notes=(
        "A district Party portal's item, no headline in the excerpt: 'Thực hiện Kế hoạch số 29-KH/TU, ngày 03/4/2012 của "
        "Ban Thường vụ Tỉnh ủy về tổ chức học tập, quán triệt, tuyên truyền Nghị quyết Hội nghị lần thứ tư ... khóa XI ..., "
        "Huyện ủy Hàm Thuận Nam đã triển khai tổ chức học tập, quán triệt tổng cộng được 24 lớp ...' and the Front's plans "
        "in progress, byline 'Ngọc Ân'. An activity report (blind41's convention: the acting subject is the issuer): no "
        "number, type word or date of its own. Issuer 'Huyện ủy Hàm Thuận Nam' (district level); Hàm Thuận Nam is a district "
        "only Bình Thuận has: province as seed 000 infers. Parent: the provincial standing committee's 29-KH/TU ('Thực "
        "hiện ...', dated, 'Ban Thường vụ Tỉnh ủy'). The Fourth Plenum's resolution is unnumbered here: no citation. 'xã Mỹ "
        "Thạnh' is a commune named in passing. No outline; signer: a byline only: null."
    ),
)
L["g02_angiang_thoaison_hu_trienkhai_ct35_kh155_baoangiang"] = dict(
    document=dict(
        number="155-KH/HU",
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "Huyện ủy Thoại Sơn", "level": "district"},
        locality=loc("An Giang", "Thoại Sơn"),
        title_contains="chuẩn bị và tổ chức Đại hội Đảng bộ các cấp",
        signer=None,
    ),
    implements=[],
    implements_optional=["94-KH/TU", "35-CT/TW"],
    citations=["35-CT/TW", "94-KH/TU"],
    task_labels=[],
    notes=(
        "An Giang's paper: headline 'Thoại Sơn: Triển khai các văn bản về công tác đại hội', posting '18/09/2019 - 07:33', "
        "the widget 'A A', then 'Huyện ủy Thoại Sơn vừa tổ chức hội nghị triển khai các văn bản ...' and 'quán triệt Chỉ thị "
        "số 35-CT/TW của Bộ Chính trị ...; Kế hoạch số 94-KH/TU của Tỉnh ủy và Kế hoạch số 155-KH/HU của Huyện ủy Thoại Sơn "
        "về chuẩn bị và tổ chức Đại hội Đảng bộ các cấp. Theo kế hoạch, ...' (the schedule). As blind35 b06 (the one "
        "numbered document of its own a conference deploys), the document is the district's plan 155-KH/HU: KH, undated in "
        "the item (the posting is not its date). Issuer 'Huyện ủy Thoại Sơn', district level; Thoại Sơn is a district only "
        "An Giang has: province inferred. Title: the plan's subject as the item gives it. The item does not say what the "
        "district plan carries out; the directive and the province's plan deployed beside it are its likely parents: "
        "tolerated, not required (a judgement). The schedule is reported prose: no task. 'Đảng bộ xã Vĩnh Trạch' is a "
        "pilot congress, not the issuer. Signer: the byline 'PHƯƠNG LAN' only: null."
    ),
)
L["g03_camau_tranvanthoi_hu_kh_vankien_2019_dcs"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"level": "district"},
        locality=loc(None),
        title_contains="biên tập văn kiện Đại hội Đảng bộ huyện lần thứ XIV",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A district Party portal's item whose excerpt starts at a photo credit ('Ảnh: T.H'): 'Cuộc họp thông qua dự thảo Kế "
        "hoạch thực hiện biên tập văn kiện Đại hội Đảng bộ huyện lần thứ XIV, nhiệm kỳ 2020 – 2025', its purpose, its "
        "deadlines ('Đề cương (sơ bộ) trước tháng 28/10/2019; ... trước 25/02/2020'), then the editing group's head 'Đồng "
        "chí Lê Phong, Phó Bí thư Huyện ủy, ..., Tổ trưởng Tổ Biên tập Văn kiện' taking the comments; closing 'BBT'. As "
        "blind41 b05 (the holder's own draft plan discussed at a meeting), the document is that draft plan: KH, no number, "
        "no date (the deadlines are the plan's, not its date). Issuer: the district congress's editing group (the Tổ Biên "
        "tập Văn kiện of the Tiểu ban Văn kiện) or the district committee it serves: the name is ungraded, the level is the "
        "district's. Locality: the text names no district or province (Trần Văn Thời and Cà Mau are only in the URL): all "
        "null. Title: the plan's subject. The resolutions named are unnumbered congress resolutions: no citation. The "
        "deadlines are prose, not an outline: no task. Signer: none ('BBT' is the site's board): null."
    ),
)
L["g04_quangnam_dailoc_hu_ctr_nqtw8_2014_dailocrt"] = dict(
    document=dict(
        number=None,
        doc_type="CTr",
        issuer={"name_contains": "Huyện ủy Đại Lộc", "level": "district"},
        locality=loc("Quảng Nam", "Đại Lộc"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A district station's item: 'Truyền hình Đại Lộc', headline 'Huyện ủy Đại Lộc tổ chức quán triệt, triển khai Nghị "
        "quyết Trung ương 8 (khóa XI)', 'Ngày 18/3/2014, Huyện ủy Đại Lộc tổ chức Hội nghị quán triệt ...', the topics, and "
        "'Hội nghị đã thông qua các Chương trình của Huyện ủy thực hiện Nghị quyết Trung ương 8 khóa XI về \"Chiến lược bảo "
        "vệ Tổ quốc ...\" và “Đổi mới căn bản, toàn diện giáo dục và đào tạo ...”', then the standing committee's request "
        "(cut at 'Theo k'). A judgement: the documents the district committee makes here are its programmes carrying out "
        "the plenum's resolutions: CTr, unnumbered. Date ungraded (key left out): 18/3/2014 is the conference that passed "
        "them, which may or may not be the programmes' own date. Issuer 'Huyện ủy Đại Lộc', district level; Đại Lộc is a "
        "district only Quảng Nam has (a Thanh Hóa commune bears the name): province inferred. Title ungraded: two "
        "programmes, two subjects. The plenum's resolutions are unnumbered and the constitution draft is no numbered "
        "document: no citation. No outline. Signer: none ('Đ/c Mai Đình Lự- Bí thư Huyện ủy' speaks at the conference, "
        "he signs nothing here): null."
    ),
)
L["g05_thainguyen_dinhhoa_hu_quantriet_ct20_23_25_baothainguyen"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Huyện ủy Định Hóa", "level": "district"},
        locality=loc("Thái Nguyên", "Định Hóa"),
        signer=None,
    ),
    implements=[
        imp("20-CT/TW", "2018-01-18", "Ban Bí thư"),
        imp("23-CT/TW", "2018-02-09", "Ban Bí thư"),
        imp("25-CT/TW", "2018-08-08", "Ban Bí thư"),
    ],
    implements_optional=[],
    citations=["20-CT/TW", "23-CT/TW", "25-CT/TW"],
    task_labels=[],
    notes=(
        "Thái Nguyên's paper, print page: 'Ngày 3-12, Huyện ủy Định Hóa đã tổ chức Hội nghị học tập, quán triệt, triển khai "
        "các chỉ thị, nghị quyết của Bộ Chính trị, Ban Bí thư ... (khóa XII) ...', the three directives with their dates and "
        "'của Ban Bí thư', then the committee's request to the cell secretaries to make their own programmes; byline "
        "'Nguyên Ngọc'. As tests/realworld d14 (a district committee's quán triệt instruction told by a portal): no number, "
        "no type, no date of its own (3-12 has no year and is the conference). Issuer 'Huyện ủy Định Hóa', district level; "
        "Định Hóa is a district only Thái Nguyên has: province inferred. Parents: the three directives it has 'quán triệt, "
        "triển khai' ('18-01-2018', '9-02-2018', '8-8-2018', all the Secretariat's). No outline. Signer: a byline: null."
    ),
)
L["g06_kontum_iadal_ttdu_phatdong_thidua_2024_iahdrai"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Ia Đal", "level": "commune"},
        locality=loc("Kon Tum", "Ia H'Drai", "Ia Đal"),
        title_contains="Đợt thi đua cao điểm 12 tháng",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=["1", "2"],
    tasks=[
        {"label": "1", "text_starts": "Thi đua đẩy mạnh việc"},
        {"label": "2", "text_starts": "Đảng ủy, chính quyền, mặt trận và các đoàn thể xã"},
    ],
    notes=(
        "A commune portal's item: headline 'THƯỜNG TRỰC ĐẢNG ỦY XÃ IA ĐAL PHÁT ĐỘNG “Đợt thi đua cao điểm 12 tháng”', the "
        "year's setting (naming 'huyện Ia H’Drai'), then 'Thường trực Đảng ủy xã phát động “Đợt thi đua cao điểm 12 "
        "tháng”, với một số nội dung trọng tâm sau:' and items '1.' and '2.' (cut inside 2). The document is the launch of "
        "the drive by the commune Party committee's standing board: no number, no type word (a 'phát động', neither plan "
        "nor directive named), no date (2024 is the year it concerns). Issuer: every correct name holds 'Ia Đal'; commune "
        "level. Locality: the text names the district Ia H’Drai and the commune; the gazetteer's Ia Đal is in Ia H'Drai, Kon "
        "Tum (spelled with the ASCII apostrophe there). Title: the drive's name. The numbered 'nội dung trọng tâm' are the "
        "work it sets: tasks 1 and 2 (text starts graded only; item 2 is cut, bodies and deadlines are not graded). The "
        "congress resolutions named are unnumbered: no citation. Signer: none: null."
    ),
)
L["g07_yenbai_mode_bchdbx_hoinghi29_2024_mucangchai"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Đảng bộ xã Mồ Dề", "level": "commune"},
        locality=loc("Yên Bái", "Mù Cang Chải", "Mồ Dề"),
        signer=None,
    ),
    implements=[
        imp("24-CTr/TU", "2024-02-20", "Tỉnh ủy"),
        imp("43-NQ/TW", "2023-11-24", "Ban Chấp hành Trung"),
    ],
    implements_optional=[],
    citations=["24-CTr/TU", "43-NQ/TW"],
    task_labels=[],
    notes=(
        "A district portal's item: 'Sáng ngày 28 tháng 3 năm 2024, Ban chấp hành Đảng bộ xã Mồ Dề tổ chức hội nghị lần thứ "
        "29 (mở rộng)', the attendees, then 'Ban Chấp hành Đảng bộ xã đã triển khai: tác phẩm ...; chuyên đề năm 2024 ...; "
        "Chương trình hành động số 24-CTr/TU, ngày 20/02/2024 của Tỉnh ủy; Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Ban "
        "Chấp hành Trung ưởng Đảng khóa XIII ...' (the typo 'ưởng' as stored) and the quarter's results. A conference's "
        "record, as d14's instruction: no number, no type, no date of its own (28/3/2024 is the conference, as blind41 "
        "b07). Issuer 'Ban chấp hành Đảng bộ xã Mồ Dề': every correct name holds 'Đảng bộ xã Mồ Dề'; commune level. "
        "Locality: the text names only the commune ('Huyện ủy', 'huyện' unnamed); the gazetteer's only Mồ Dề is in Mù Căng "
        "Chải, Yên Bái (the package's spelling; the legal name, written here since stop 31, is Mù Cang Chải): province "
        "and district as seed 000 infers. Parents: what it 'triển khai' with a "
        "number: the province's 24-CTr/TU (dated, 'của Tỉnh ủy') and the Central Committee's 43-NQ/TW (dated). The "
        "General Secretary's work and the year's study topic are unnumbered. No outline. Signer: none: null."
    ),
)
L["g08_dongnai_longthanh_hu_quantriet_qd144_2024_dcs"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Huyện ủy Long Thành", "level": "district"},
        locality=loc("Đồng Nai", "Long Thành"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Đồng Nai's Party portal, district page: 'Sáng 10/9, Huyện ủy Long Thành tổ chức Hội nghị quán triệt Quy định số "
        "144, ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng ...', a photo caption ('Đ/c Dương Minh Dũng - "
        "UVTV Tỉnh ủy, Bí thư Huyện ủy Long Thành phát biểu khai mạc hội nghị'), the regulation's five standards, the "
        "General Secretary's work; byline 'Phùng Viện'. As d14: a district committee's quán triệt conference, no number, "
        "type or date of its own (10/9 has no year). Issuer 'Huyện ủy Long Thành', district level; the gazetteer's only "
        "district Long Thành is Đồng Nai's (communes and wards elsewhere bear the name): province inferred. Parent: the "
        "Politburo's regulation is written 'Quy định số 144' with no symbol, so it has no canonical number: nothing graded "
        "(a bare number is not a DocNumber). Signer: a byline: null."
    ),
)
L["g09_gialai_btvtu_kh248_daihoi_2020_vietgiaitri"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Gia Lai", "level": "province"},
        locality=loc("Gia Lai"),
        signer=None,
    ),
    implements=[imp("35-CT/TW", "2019-05-30", "Bộ Chính trị")],
    implements_optional=["248-KH/TU"],
    citations=["35-CT/TW", "248-KH/TU"],
    task_labels=[],
    notes=(
        "An aggregator's repost of a provincial report: headline 'Đảng bộ tỉnh Gia Lai hoàn thành việc tổ chức đại hội đảng "
        "bộ cấp huyện và tương đương', 'Đến ngày 20-8-2020, Đảng bộ tỉnh Gia Lai có 21/21 đảng bộ trực thuộc Tỉnh ủy đã hoàn "
        "thành đại hội ... sớm hơn so với tiến độ yêu cầu tại Chỉ thị số 35-CT/TW của Bộ Chính trị và Kế hoạch số 248-KH/TU "
        "của Ban Thường vụ Tỉnh ủy', a caption on Ia Grai's congress, then 'Thực hiện Chỉ thị số 35-CT/TW ngày 30-5-2019 của "
        "Bộ Chính trị ..., cấp ủy các cấp trong tỉnh đã kịp thời quán triệt ...' and 'BTV Tỉnh ủy đã kịp thời ban hành Kế "
        "hoạch số 248-KH/TU ngày 9-8-2019 triển khai thực hiện Chỉ thị số 35-CT/TW ...' (cut). As blind41 b06 (a province's "
        "report on the work a document set), the item is the province's report on its congresses: no number, type or date "
        "of its own (20-8-2020 is the state it reports). Issuer: the province's Party organisation, every correct name "
        "holds 'Gia Lai'; province level. Parent: 35-CT/TW, which the report says the committees carried out ('Thực hiện "
        "...', dated 30-5-2019, the Politburo's). The standing committee's 248-KH/TU (9-8-2019) is one result told and the "
        "schedule the report measures against: tolerated as a parent, not required (a judgement); its own carrying out "
        "of 35-CT/TW is a chain inside the report, not graded. 'huyện Ia Grai' is one district's congress, not the issuer. "
        "No outline. Signer: none (the re-elected secretary signs nothing): null."
    ),
)

write_labels(root, L)
