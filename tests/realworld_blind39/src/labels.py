"""Labels of blind set 39, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["b01_thanhhoa_yendinh_ldld_kh34_2021_tet_school"] = dict(
    document=dict(
        number="34/KH-LĐLĐ",
        doc_type="KH",
        issued_on="2021-12-08",
        issuer={"name_contains": "Liên đoàn Lao động huyện Yên Định", "level": "district"},
        locality=loc("Thanh Hóa", "Yên Định"),
        title_contains="Tết Sum vầy",
        signer=None,
    ),
    implements=[imp("168/KH-LĐLĐ", "2021-12-03", "Thanh Hóa")],
    implements_optional=["31/KH-LĐLĐ"],
    citations=["168/KH-LĐLĐ", "31/KH-LĐLĐ"],
    task_labels=[],
    notes=(
        "A primary school's site (Yên Thọ, Yên Định) reposting the district trade union's plan: a 'SỰ KIỆN NỔI BẬT' "
        "banner, a title line with literal '<br>' tags ('<br> KẾ HOẠCH<br> Tổ chức “Tết Sum vầy – Xuân bình an” năm 2022 "
        "<br>'), then the header on separate lines: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA' / 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN YÊN "
        "ĐỊNH' / 'Số: 34 /KH-LĐLĐ' (a space before the slash) / the national motto / 'Yên Định, ngày 08 tháng 12 năm 2021'. "
        "The issuer is the district union (the province's line is the body above it): district level, Thanh Hóa and Yên "
        "Định named. Number 34/KH-LĐLĐ, KH, 2021-12-08. Title: 'Tổ chức “Tết Sum vầy – Xuân bình an” năm 2022'; the label "
        "holds words every reading keeps whatever it makes of the quotes and the dash. Parents: 'Thực hiện Kế hoạch số "
        "168/KH-LĐLĐ ngày 03/12/2021của LĐLĐ tỉnh Thanh Hóa' (the date glued to 'của') is carried out; 'trên cơ sở Kế "
        "hoạch số 31/KH-LĐLĐ, ngày 12/11/2021 của LĐLĐ huyện' is the district union's own earlier plan the new one rests "
        "on: tolerated, not required (a basis, not a carry-out verb). Both cited; the two numbers share their code with "
        "the document's own. The excerpt stops in 'I. MỤC ĐÍCH, YÊU CẦU', whose bullets are a purpose section: no task "
        "(task_labels empty). No recipients. Signer: the excerpt stops before the signature: null."
    ),
)
L["b02_hanoi_donganh_ubmttq_kh_2023_quybiendao_mttqhn"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "MTTQ Việt Nam huyện Đông Anh", "level": "district"},
        locality=loc("Hà Nội", "Đông Anh"),
        title_contains="vận động ủng hộ Quỹ",
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "Hà Nội Front's site: headline 'Ủy ban MTTQ Việt Nam huyện Đông Anh tổ chức Hội nghị triển khai kế hoạch vận động "
        "ủng hộ Quỹ “Vì biển, đảo Việt Nam” năm 2023', posting time '14/04/2023 - 10:26 AM', then 'Chiều 12/4/2023, Ủy ban "
        "MTTQ Việt Nam huyện Đông Anh tổ chức Hội nghị ...' and 'Tại Hội nghị các đại biểu đã được thông qua Kế hoạch vận "
        "động ủng hộ Quỹ ... Theo đó, Ban Thường trực Ủy ban MTTQ     Việt Nam huyện Đông Anh tổ chức phát động ...' (five "
        "spaces inside the name). The document is that plan, the district Front's (its standing board runs it): KH, "
        "unnumbered; the meeting day 12/4/2023 is when it was presented, not a date the text gives the plan: null. Issuer: "
        "every correct name holds 'MTTQ Việt Nam huyện Đông Anh' (with or without 'Ban Thường trực Ủy ban'); district "
        "level; Đông Anh is a district only Hà Nội has. Title: the headline's and the lead's shared words. No numbered "
        "document, no parent. The fund period and contribution rates are the plan's content, not tasks of an outline. "
        "Signer: none (no byline either): null."
    ),
)
L["b03_tiengiang_cdgd_kh_thidua_2019_congdoangd"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "Công đoàn Giáo dục", "level": "province"},
        locality=loc("Tiền Giang"),
        title_contains="phát động thi đua đặc biệt",
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "Vietnam Education Trade Union's site, an item with no headline in the excerpt: 'Thực hiện Chương trình thi đua "
        "chào mừng kỷ niệm 90 năm - Ngày thành lập Công đoàn Việt Nam. Ban Thường vụ Công đoàn Giáo dục (CĐGD) tỉnh Tiền "
        "Giang triển khai Kế hoạch phát động thi đua đặc biệt trong cán bộ, nhà giáo, người lao động (CBNGNLĐ) với chủ đề "
        "...' (the carry-out clause closed by a full stop before its subject). The document is that plan of the province's "
        "education trade union: KH, no number, no date (the 90th anniversary points to 2019 but the text gives no date). "
        "Issuer: the text writes 'Công đoàn Giáo dục (CĐGD) tỉnh Tiền Giang' and 'CĐGD Tiền Giang'; every correct name "
        "holds 'Công đoàn Giáo dục'; a province-level body of Tiền Giang. Title: the lead's words. The upper 'Chương "
        "trình thi đua' has no number: no parent graded. The schools' unions ('CĐCS Trường THCS&THPT Tân Thới') are "
        "units below it, not places. Signer: the closing 'Lưu Nhơn Đức – Chủ tịch CĐGD tỉnh Tiền Giang' is the item's "
        "author line (the chairman writing about the campaign), not a signature of the plan: null."
    ),
)
L["b04_vinhuni_doantruong_cv_2020_dongphuc"] = dict(
    document=dict(
        number=None,
        doc_type="CV",
        issued_on=None,
        issuer={"name_contains": "Đoàn trường"},
        locality=loc(None),
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "A university's site (Vinh, in the URL only), the body of an official letter without its header: 'Ban Thường vụ "
        "Đoàn trường đề nghị Ban Chấp hành các Đoàn Viện, liên chi đoàn, chi đoàn, Đoàn trường THPT Chuyên thông báo ...', "
        "'Tất cả các thứ Hai đầu tuần trong Tháng Thanh niên từ khi công văn này ban hành', 'Tuần cao điểm 26/3: Bắt đầu "
        "từ buổi sáng ngày 23/3/2020 ...', and a closing 'Ban Thường vụ Đoàn trường đánh giá, xếp loại thi đua trong "
        "Tháng Thanh niên 2020./.'. The document is that letter ('công văn này'): CV, no number, no date (23/3/2020 is "
        "when the high week starts). Issuer: the school's Youth Union ('Ban Thường vụ Đoàn trường'); the text never names "
        "the university nor any territorial unit, so the level is left ungraded and the locality is null. 'Đoàn trường "
        "THPT Chuyên' is an addressee. No trích yếu in the excerpt: title ungraded. No numbered document. The addressees "
        "are in the opening sentence, not a 'Kính gửi'/'Nơi nhận' block: no recipients. Signer: none shown: null."
    ),
)
L["b05_thanhhoa_duca_ctr_duthao_2021_daihoi13_baothanhhoa"] = dict(
    document=dict(
        number=None,
        doc_type="CTr",
        issued_on=None,
        issuer={"name_contains": "Đảng ủy Công an tỉnh", "level": "province"},
        locality=loc("Thanh Hóa"),
        title_contains="Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII",
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "Provincial newspaper ('date 2021-06' from the stored page), headline 'Công an tỉnh tổ chức nghiên cứu, học tập, "
        "quán triệt Nghị quyết Đại hội ... XIII của Đảng', lead 'Đảng ủy Công an tỉnh Thanh Hoá vừa tổ chức Hội nghị ... "
        "và thảo luận Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Nghị "
        "quyết Đại hội Đảng bộ tỉnh lần thứ XIX, ...', then the Party office chief 'trình bày dự thảo lần 2 “Chương trình "
        "hành động thực hiện ... nhiệm kỳ 2020 - 2025”'. The document is that programme, the provincial police Party "
        "committee's (a draft, as blind37 b07's ministry programme): CTr, no number, no date. Issuer 'Đảng ủy Công an tỉnh "
        "Thanh Hoá': province level, Thanh Hóa named. Title: the words both the lead and the quoted draft title hold (the "
        "label keeps 'Chương trình hành động' in case a reader keeps the type words; a title that drops them fails: "
        "judgement). Parents: four congress resolutions, none with a number (congress resolutions carry none): no parent "
        "graded, none cited. Signer: none (the director who spoke did not sign anything the text tells): null."
    ),
)
L["b06_hanoi_thuongtin_ubmttq_kh_2019_quybiendao_mttqhn"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "MTTQ Việt Nam huyện Thường Tín", "level": "district"},
        locality=loc("Hà Nội", "Thường Tín"),
        title_contains="vận động Quỹ",
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "Hà Nội Front's site: headline 'Huyện Thường Tín triển khai Kế hoạch vận động quỹ “Vì biển, đảo Việt Nam”', "
        "posting time '29/01/2019 - 03:59 PM', lead 'Sáng 28/01/2019, Ủy ban MTTQ Việt Nam huyện Thường Tín tổ chức triển "
        "khai Kế hoạch vận động Quỹ “Vì biển, đảo Việt Nam” và Kế hoạch liên tịch giữa UBND, Ủy ban MTTQ Việt Nam huyện về "
        "tổ chức Hội nghị đại biểu nhân dân ...'. Two plans are deployed; the headline and the rest of the item ('Theo Kế "
        "hoạch, thời gian tiếp nhận Quỹ ...') are about the first, the Front's own fund-raising plan: the document (a "
        "judgement; the joint plan is the second). KH, no number, no date (28/01/2019 is the meeting). Issuer: the "
        "district Front committee, every correct name holds 'MTTQ Việt Nam huyện Thường Tín'; district level; Thường Tín "
        "is a district only Hà Nội has. Title: 'vận động Quỹ' (headline and lead, 'quỹ'/'Quỹ' fold alike). No numbered "
        "document. Signer: none (speakers are not signers): null."
    ),
)
L["b07_haugiang_longmy_thidoan_kh23_2018_tinhnguyen_news"] = dict(
    document=dict(
        number="23-KH/ĐTN",
        doc_type="KH",
        issued_on="2018-05-31",
        issuer={"name_contains": "Thị đoàn Long Mỹ", "level": "district"},
        locality=loc("Hậu Giang", "Long Mỹ"),
        title_contains="Chiến dịch thanh niên tình nguyện hè năm 2018",
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "Provincial Youth Union's site (Hậu Giang): headline 'Long Mỹ: Ra mắt các Đội hình thanh niên tình nguyện hè "
        "2018', then 'Căn cứ vào kế hoạch số 23-KH/ĐTN ngày 31 tháng 5 năm 2018 của Ban Thường vụ Thị đoàn Long Mỹ về việc "
        "tổ chức thực hiện Chiến dịch thanh niên tình nguyện hè năm 2018.' and an account of the units launching their "
        "teams ('Các đơn vị xã, phường các Đoàn trường, Đoàn ủy, Chi đoàn ban ngành đều rất tích cực trong việc triển khai "
        "các kế hoạch ...'), closed by a comment form ('Trả lời', 'Email của bạn ...'). The only document the item names "
        "is the town union's plan, which the units carry out: the document (a judgement; the units' own plans are "
        "unnamed, unlike blind19 b10's township plan that its union 'đã xây dựng'). 23-KH/ĐTN, 2018-05-31, issuer "
        "'Thị đoàn Long Mỹ' (its standing committee); a town (thị xã) is district level; Long Mỹ is a town (and a "
        "district) of Hậu Giang only. Title: the plan's 'về việc' words. Its own number is not a citation. Signer: none, "
        "no byline: null."
    ),
)
L["b08_kiengiang_ngocthanh_xadoan_kh37_2024_thangthanhnien_news"] = dict(
    document=dict(
        number="37-KH/ĐTN",
        doc_type="KH",
        issued_on="2024-02-27",
        issuer={"name_contains": "Ngọc Thành", "level": "commune"},
        locality=loc("Kiên Giang", "Giồng Riềng", "Ngọc Thành"),
        title_contains="Tổ chức Tháng Thanh niên năm 2024",
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "A district Youth Union's site (Giồng Riềng, in the URL only), a short item: 'Căn cứ chương trình công tác Đoàn "
        "và phong trào thanh thiếu nhi năm 2024 của xã Đoàn Ngọc Thành; Thực hiện kế hoạch số: 37-KH/ĐTN, ngày "
        "27/02/2024 của Ban thường vụ xã Đoàn Ngọc Thành về việc “Tổ chức Tháng Thanh niên năm 2024.' (a colon after "
        "'số', the quote left open), then the work done on 14/03/2024 at 'ấp Ngọc Trung' and the byline 'Tác giả: Nguyễn "
        "Kim Lăng'. As b07, the document is the only one named, the commune Youth Union's plan the work carries out: "
        "37-KH/ĐTN, 2024-02-27; the issuer is written 'xã Đoàn Ngọc Thành' (the commune's Youth Union, word order as "
        "the site writes it): every correct name holds 'Ngọc Thành'; commune level. Ngọc Thành is a commune name only "
        "Giồng Riềng (Kiên Giang) has in the gazetteer of the time, so district and province are inferred as seed 000's "
        "are. 'Ấp Ngọc Trung' is a hamlet, not a unit the record holds. Title: the 'về việc' words. The unnumbered "
        "'chương trình công tác Đoàn ... năm 2024' is no graded parent. Signer: the byline is the author: null."
    ),
)

write_labels(root, L)
