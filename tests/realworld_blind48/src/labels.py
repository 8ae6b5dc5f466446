"""Labels of blind set 48, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["q01_hcm_bithu_tu_ct_cd16_2021_vietnamnet"] = dict(
    document=dict(
        number=None,
        doc_type="CT",
        issued_on=None,
        issuer={"name_contains": "Thành ủy TP.HCM", "level": "province"},
        locality=loc("Hồ Chí Minh"),
        title_contains="tăng cường một số biện pháp thực hiện Chỉ thị 16",
        signer={"name": "Nguyễn Văn Nên", "title_contains": "Bí thư Thành ủy"},
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    notes=(
        "A national paper's lead with no headline in the excerpt: 'Ngày 22/7, Bí thư Thành ủy TP.HCM Nguyễn Văn Nên kí "
        "ban hành Chỉ thị tăng cường một số biện pháp thực hiện Chỉ thị 16 của Chính phủ trong phòng, chống dịch Covid-19', "
        "its aim, and the link line 'Xem Toàn văn Chỉ thị của Bí thư Thành ủy TP.HCM về tăng cường thực hiện Chỉ thị 16.' "
        "The page's document is this directive: CT; no number given; the day '22/7' has no year anywhere in the text, so "
        "no date (judgement: a date without its year is not a date). Issuer: the text says 'Chỉ thị của Bí thư Thành ủy "
        "TP.HCM'; every correct name holds 'Thành ủy TP.HCM' (kept as written, 'TP.HCM'); the city is under the centre: "
        "province level, province Hồ Chí Minh. Title: the lead's words after 'Chỉ thị'. Parent: 'Chỉ thị 16 của Chính "
        "phủ' has a bare number without its suffix: no canonical number, no parent, no citation (as realworld d16). "
        "Signer from the lead: 'Bí thư Thành ủy TP.HCM Nguyễn Văn Nên kí ban hành' (the spelling 'kí' is the page's)."
    ),
)
L["q02_hoabinh_bcdpctntc_quydinh_kiemtra_portal"] = dict(
    document=dict(
        number=None,
        doc_type="QĐ",
        issued_on=None,
        issuer={},
        locality=loc(None),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A province portal's item whose excerpt starts mid-article at 'Theo đó, Quy định này áp dụng đối với Ban Chỉ đạo, "
        "Thường trực Ban Chỉ đạo, ...' and tells the regulation's scope, principles, subjects and contents of inspection "
        "(cut at 'xử lý thông tin v'). The document is a Quy định (type QĐ, the code the DOMAIN gives quy định); no number, "
        "no date, no title line in the excerpt. Issuer left ungraded: the text names only 'Ban Chỉ đạo' (whose, which "
        "level, and whether the Ban Chỉ đạo or the province's standing committee issued it, the excerpt does not say; the "
        "province and the body are only in the site address). Locality null: no unit is named. 'Điều lệ Đảng' and 'các "
        "quy định của Đảng' are unnumbered: no parent, no citation. The contents are prose paragraphs, not an outline: no "
        "tasks. Signer: none: null."
    ),
)
L["q03_nghean_btvtu_ct05_danvankheo_dcs"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"level": "province"},
        locality=loc(None),
        signer=None,
    ),
    implements=[imp("05-CT/TU", "2021-05-23", "Ban Thường vụ Tỉnh ủy")],
    implements_optional=[],
    citations=["05-CT/TU"],
    notes=(
        "A provincial Party portal's 'Dân vận khéo' item, one sentence: 'Trong thời gian qua, thực hiện Chỉ thị số "
        "05-CT/TU, ngày 23/5/2021 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả phong trào thi đua “Dân vận khéo”, các "
        "cấp uỷ Đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong toàn tỉnh đã triển khai sâu "
        "rộng phong trào ...'. An activity report with no document of its own (blind41's convention: the acting subject is "
        "the issuer): no number, type or date. The acting subject is the province's bodies together ('trong toàn tỉnh'): "
        "only the level is graded, province. Locality null: the province is named only in the site address. Parent: the "
        "standing committee's directive 05-CT/TU ('thực hiện ...', dated, 'Ban Thường vụ Tỉnh ủy'). Signer: none: null."
    ),
)
L["q04_vdb_btgdu_cv118_2019_bualiemvang"] = dict(
    document=dict(
        number="118-CV/BTGĐU",
        doc_type="CV",
        issued_on="2019-06-10",
        issuer={"name_contains": "Ban Tuyên giáo Đảng ủy VDB", "level": "central"},
        locality=loc(None),
        title_contains="tham gia giải Báo chí toàn quốc về xây dựng Đảng",
        signer=None,
    ),
    implements=[imp("1824-CV/ĐUK", "2019-06-04", "Đảng ủy khối Doanh nghiệp Trung ương")],
    implements_optional=["71-KH/ĐUK", "110-CV/BTGĐU"],
    citations=["1824-CV/ĐUK", "71-KH/ĐUK", "110-CV/BTGĐU"],
    notes=(
        "A central state bank's site (VDB): posting '17/06/2019 14:15', the widget 'Xem với cỡ chữ', headline, then "
        "'Thực hiện công văn 1824-CV/ĐUK ngày 4/6/2019 của Đảng ủy khối Doanh nghiệp Trung ương, Ban Tuyên giáo Đảng ủy VDB "
        "đã ban hành công văn số 118-CV/BTGĐU ngày 10/6/2019 v/v tham gia giải Báo chí toàn quốc về xây dựng Đảng (giải Búa "
        "liềm vàng) lần thứ IV năm 2019', what it asks, and the byline 'Thanh Hương theo CV số 118-CV/BTGĐU'. The document "
        "is 118-CV/BTGĐU, dated 10/6/2019 (the posting is not its date). Issuer: the board of the bank's Party committee; "
        "the enterprise Party committee of a central state bank is labelled central (as blind10 b04, the same bank's "
        "'Đảng ủy NHPT'). No locality. Title: the 'v/v' subject. Parent: the bloc committee's 1824-CV/ĐUK ('Thực hiện', "
        "dated). The letter then asks the branches to carry out the bloc's plan 71-KH/ĐUK and the board's own earlier "
        "guide 110-CV/BTGĐU ('tập trung thực hiện'): what it asks others to do, tolerated as parents, not required. "
        "Signer: the byline only: null."
    ),
)
L["q05_hcm_bithu_kl_btvthu_morong_htv"] = dict(
    document=dict(
        number=None,
        doc_type="KL",
        issued_on=None,
        issuer={"name_contains": "Thành ủy TP.HCM", "level": "province"},
        locality=loc("Hồ Chí Minh"),
        title_contains="Hội nghị Ban Thường vụ Thành uỷ mở rộng",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    notes=(
        "A city television site's item: headline 'Kết luận của Bí thư Thành ủy TP.HCM Nguyễn Văn Nên tại Hội nghị Ban "
        "Thường vụ Thành uỷ mở rộng', one sentence of what he stressed ('... theo tinh thần Chỉ thị 12.'), 'Nguồn: Trung "
        "tâm Tin tức'. The document is the conclusion: KL, no number, no date. Issuer: the city's Party secretary at the "
        "standing committee's meeting; every correct name holds 'Thành ủy TP.HCM'; province level, province Hồ Chí Minh. "
        "Title: the headline's words after 'Kết luận của ...' name the meeting it concludes (judgement). 'Chỉ thị 12' is a "
        "bare number: no parent, no citation. Signer left ungraded: a conclusion spoken at a meeting is usually issued as "
        "the office's notice; the text says who spoke, not who signed."
    ),
)
L["q06_thainguyen_duqs_nq_nhiemvu2024_tv"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issued_on=None,
        issuer={"name_contains": "Đảng ủy Quân sự tỉnh", "level": "province"},
        locality=loc(None),
        title_contains="lãnh đạo thực hiện nhiệm vụ năm 2024",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    notes=(
        "A provincial station's item: headline 'Đảng ủy Quân sự tỉnh ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2024', "
        "a photo caption, the year 2023's results ('quán triệt sâu sắc các Chỉ thị, Nghị quyết của Quân ủy Trung ương, Đảng "
        "ủy Quân khu 1') and the provincial Party secretary's closing remarks. The document is the resolution the "
        "conference passed: NQ, no number, no date (2024 is the year it concerns). Issuer: the province's military Party "
        "committee, province level. Locality null: the province is named only in the site address ('Quân khu 1' names no "
        "province). Title: the headline's words after 'nghị quyết'. The upper directives and resolutions are unnumbered: "
        "no parent. Signer: none (the secretary spoke): null."
    ),
)
L["q07_angiang_bithu_bcd_baucu_2021_baoangiang"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"level": "province"},
        locality=loc(None),
        signer={"name": "Võ Thị Ánh Xuân", "title_contains": "Bí thư Tỉnh ủy"},
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    notes=(
        "A provincial paper's item: headline, posting '09/03/2021 - 06:26', then ' - Bí thư Tỉnh ủy Võ Thị Ánh Xuân, "
        "Trưởng ban Chỉ đạo bầu cử tỉnh vừa có chỉ đạo về công tác bầu cử đại biểu Quốc hội (ĐBQH) khóa XV và HĐND các "
        "cấp (nhiệm kỳ 2021-2026)', what it asks ('Theo đó, yêu cầu ...'), byline 'HẠNH CHÂU'. The document is that "
        "direction: no number, no type word ('có chỉ đạo' names no type), no date (the posting is not its date). Issuer: "
        "she gives it as the province's Party secretary and head of the province's election steering board; which of "
        "the two names the record should carry the text does not settle: only the level is graded, province. Locality "
        "null: the province is named only in the site address. 'tinh thần lãnh, chỉ đạo của Trung ương, của Tỉnh ủy' is "
        "unnumbered: no parent. Signer (judgement): the direction is hers by the lead's words, so she is its author and "
        "signer: Võ Thị Ánh Xuân, 'Bí thư Tỉnh ủy'."
    ),
)
L["q08_hue_huongtra_btgtxu_cv71_2018_portal"] = dict(
    document=dict(
        number="71-CV/BTG",
        doc_type="CV",
        issued_on="2018-05-09",
        issuer={"name_contains": "Ban Tuyên giáo Thị ủy", "level": "district"},
        locality=loc(None),
        title_contains="tuyên truyền chào mừng kỷ niệm 128 năm Ngày sinh Chủ tịch Hồ Chí Minh",
        signer=None,
    ),
    implements=[],
    implements_optional=["40-HD/BTG", "45-HD/BTG"],
    citations=["40-HD/BTG", "45-HD/BTG"],
    tasks=[{"label": "1", "text_starts": "Tập trung tuyên truyền theo nội dung Hướng dẫn số 40-HD/BTG"}],
    notes=(
        "A town's portal: 'Tìm kiếm thông tin', headline, 'Ngày cập nhật 21/05/2018' (chrome), then 'Ngày 09/5/2018, Ban "
        "Tuyên giáo Thị ủy ban hành Công văn số 71-CV/BTG về việc tuyên truyền chào mừng kỷ niệm 128 năm Ngày sinh Chủ "
        "tịch Hồ Chí Minh', the bodies asked, and item '1. Tập trung tuyên truyền theo nội dung Hướng dẫn số 40-HD/BTG, "
        "ngày 13/3/2018 của Ban Tuyên giáo Thị ủy ...' with two bullets (cut inside the second). The document is "
        "71-CV/BTG of 9/5/2018. Issuer: the town committee's propaganda board, district level (a thị xã). Locality null: "
        "the town is named only in the site address ('thị xã' alone names no unit). Title: the 'về việc' subject. Parents: "
        "the board's own guides 40-HD/BTG and 45-HD/BTG are followed 'theo ...' (weak): tolerated, not required. 'Chỉ thị "
        "05 của Bộ Chính trị' is a bare number: no citation. Tasks: item 1 is work the letter sets; only its start is "
        "graded (its bullets' labels and the cut item are not: task_labels left ungraded). Signer: none: null."
    ),
)
L["q09_hanoi_btgthu_hd52_2018_hanoimoi"] = dict(
    document=dict(
        number="52-HD/BTGTU",
        doc_type="HD",
        issued_on=None,
        issuer={"name_contains": "Ban Tuyên giáo Thành ủy Hà Nội", "level": "province"},
        locality=loc("Hà Nội"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    notes=(
        "The city paper's item: headline 'Tập trung tuyên truyền kỷ niệm các ngày lễ lớn và sự kiện lịch sử trong năm "
        "2018', section and posting 'Chính trị | 07:13 Chủ Nhật ngày 11/02/2018', then '(HNM) - Ban Tuyên giáo Thành ủy Hà "
        "Nội vừa ban hành văn bản số 52-HD/BTGTU yêu cầu các cấp, ngành tập trung tuyên truyền ...' and the list of "
        "anniversaries (cut). The document is the guide 52-HD/BTGTU (type from its number; the lead says only 'văn bản'); "
        "no date of its own (the posting is not it, and the anniversaries' dates are not). Issuer: Ban Tuyên giáo Thành ủy "
        "Hà Nội, province level (a city under the centre). Title left ungraded: the lead gives what it asks, not a 'về' "
        "subject, and the headline is the paper's. No document is cited. Signer: none: null."
    ),
)
L["q10_quangnam_tienphuoc_tienchau_du_phatdong_4tot_portal"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Đảng ủy xã Tiên Châu", "level": "commune"},
        locality=loc("Quảng Nam", "Tiên Phước", "Tiên Châu"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    notes=(
        "A district portal's item: headline 'Tiên Châu phát động xây dựng chi bộ bốn tốt đảng bộ cơ sở bốn tốt', then "
        "'Sáng ngày 28/8, Đảng ủy xã Tiên Châu tổ chức Hội nghị phát động xây dựng “chi bộ 4 tốt”, “Đảng bộ cơ sở 4 tốt”', "
        "who attended, and the secretary launching the drive with its four points inline. As blind43 g06 (a commune "
        "committee launching a drive): no number, no type word, no date (a meeting's day without a year is not a "
        "document's date). Issuer: Đảng ủy xã Tiên Châu, commune level. Locality: the gazetteer's only Tiên Châu is in "
        "Tiên Phước, Quảng Nam (as seed 000 infers). Title left ungraded: the drive's name is written 'bốn tốt' in the "
        "headline and '4 tốt' in the lead. The four points are inline, not an outline: no tasks. Signer: none: null."
    ),
)

write_labels(root, L)
