"""Labels of blind set 46, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["f01_camau_uminh_mttqhuyen_ngayhoi_2019_ubmttq"] = dict(
    document=dict(
        number="8/KH-MTTQ-BTT",
        doc_type="KH",
        issued_on="2019-10-14",
        issuer={"name_contains": "MTTQ Việt Nam huyện", "level": "district"},
        locality=loc(None),
        signer=None,
    ),
    implements=[],
    implements_optional=["10/KH-MTTQ-BTT"],
    citations=["10/KH-MTTQ-BTT"],
    task_labels=[],
    notes=(
        "The Cà Mau Front's site, no headline in the excerpt: 'Sáng ngày 22/10/2019, Ban Thường trực Ủy ban MTTQ Việt Nam "
        "huyện tổ chức Hội nghị triển khai các văn bản liên quan đến Ngày hội Đại đoàn kết toàn dân tộc năm 2019', then "
        "'Hội nghị đã quán triệt các văn bản như: Kế hoạch số 10/KH-MTTQ-BTT, ngày 10/10/2019 của Ban Thường trực Ủy ban MTTQ "
        "Việt Nam tỉnh; Kế hoạch số 8/KH-MTTQ-BTT, ngày 14/10/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện; ...', the "
        "pilot 'ấp 8, xã Khánh Hội' and the byline 'Gia Huy'. As blind43 g02 (a conference deploying upper documents and the "
        "holder's one numbered plan), the document is the district Front's own plan 8/KH-MTTQ-BTT, dated here 14/10/2019 "
        "(the meeting's 22/10 is not its date). Issuer: every correct name holds 'MTTQ Việt Nam huyện' (with or without "
        "'Ban Thường trực Ủy ban'); district level. Locality: the district is never named (U Minh and Cà Mau are only in "
        "the URL); 'xã Khánh Hội' is the pilot commune, not the issuer's unit, and the gazetteer has two (Ninh Bình, Cà "
        "Mau): all null (judgement). Title ungraded: the item says the documents concern the festival but gives no "
        "plan's subject. The province's 10/KH-MTTQ-BTT is quán triệt beside it; the item does not say the district plan "
        "carries it out: tolerated, not required (as g02). Its own number is not a citation. Ban Thường vụ Huyện ủy's "
        "letter and decision are unnumbered. The pilot's dates are prose: no task. Signer: a byline only: null."
    ),
)
L["f02_quangnam_tienphuoc_tienmy_hndxa_nq46_2024_portal"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Tiên Mỹ", "level": "commune"},
        locality=loc("Quảng Nam", "Tiên Phước", "Tiên Mỹ"),
        signer=None,
    ),
    implements=[imp("46-NQ/TW", "2023-12-20")],
    implements_optional=[],
    citations=["46-NQ/TW"],
    task_labels=[],
    notes=(
        "A district portal's item: headline 'Hội Nông dân Tiên Mỹ triển khai Nghị quyết 46 của Bộ Chính trị và Nghị quyết "
        "Đại hội Nông dân các cấp 2023- 2028', 'Chiều ngày 29/3, ..., Hội Nông dân xã Tiên Mỹ (Tiên Phước) tổ chức hội "
        "nghị triển khai ...', the district union's vice-chairman 'quán triệt Nghị quyết số 46-NQ/TW, ngày 20/12/2023 của "
        "Bộ Chính về đổi mới, nâng cao chất lượng hoạt động của HND Việt Nam ...' (the stored typo 'Bộ Chính' kept), the "
        "congress resolution, the statute, and the commune union's guidance on 'Nghị quyết 35 của HĐND tỉnh'. As blind43 "
        "g05/g07 (a body's conference deploying upper documents), the record is the commune union's own, unnumbered, "
        "untyped, undated (29/3 is the meeting); the issuer 'Hội Nông dân xã Tiên Mỹ' (every correct name holds 'Tiên "
        "Mỹ'), commune level. Locality: Tiên Mỹ is a commune only Tiên Phước (Quảng Nam) has, and the text names Tiên "
        "Phước. Parent: 46-NQ/TW, dated (triển khai / quán triệt); the Politburo's issuer word is cut ('Bộ Chính'): not "
        "graded. The congress resolution is unnumbered and 'Nghị quyết 35 của HĐND tỉnh' / 'Nghị quyết số 35' are bare "
        "numbers: no citation. No outline. Signer: none: null."
    ),
)
L["f03_ninhthuan_hlhpntinh_nqchuyende_2021_baoninhthuan"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"level": "province"},
        locality=loc(None),
        signer=None,
    ),
    implements=[imp("04/NQ-BCH"), imp("05/NQ-BCH"), imp("06/NQ-BCH")],
    implements_optional=[],
    citations=["04/NQ-BCH", "05/NQ-BCH", "06/NQ-BCH"],
    task_labels=[],
    notes=(
        "A provincial paper: headline 'Hội Liên hiệp Phụ nữ tỉnh: Hội nghị triển khai nghị quyết chuyên đề nhiệm kỳ "
        "2021-2026', 'Ngày 26/5, Ban Thường vụ Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức Hội nghị triển khai nghị quyết "
        "chuyên đề của Ban Chấp hành Hội LHPN tỉnh ...', the three resolutions 'Nghị quyết số 04/NQ-BCH về ...; Nghị quyết "
        "số 05/NQ-BCH về ...; Nghị quyết số 06/NQ-BCH về ...', a photo caption 'Ảnh: M.Dung'. Three numbered documents of "
        "the union's own executive deployed together: no one of them is the page's document, so, as blind45 b01 (an "
        "activity under several plans), the record is the acting body's, untyped, unnumbered, undated (26/5 is the "
        "meeting). Issuer: the province's Women's Union (its standing board); the text writes it 'Hội Liên hiệp Phụ nữ "
        "(LHPN) tỉnh' and 'Hội LHPN tỉnh', so no name substring is shared by every correct form: level only, province. "
        "Locality: the province is never named in the text (Ninh Thuận is the paper's URL): all null. Parents: the three "
        "resolutions (triển khai), undated in the text. Citations: the same three. The resolutions' subjects are not "
        "the page's title. The delegates' discussion is prose: no task. Signer: a photo credit only: null."
    ),
)
L["f04_langson_hndtinh_quantriet_nq12_2017_baolangson"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Hội Nông dân tỉnh", "level": "province"},
        locality=loc(None),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A provincial paper: a page date 'Thứ sáu,  12/08/2022' (the site's clock, not the item's: the item speaks of 9 "
        "months of 2017), the section 'Hội nông dân:', headline 'Quán triệt triển khai Nghị quyết Hội nghị lần thứ 12 "
        "của Ban chấp hành Hội Nông dân Việt Nam', 'LSO-Sáng nay (3/11), Hội Nông dân tỉnh đã tổ chức hội nghị học tập, "
        "quán triệt Nghị quyết Hội nghị lần thứ 12 của Ban Chấp hành Trung ương Hội Nông dân Việt Nam khóa VI', its three "
        "tasks, the congress preparations, byline 'TUYẾT MAI'. As blind43 g05 (a body's study conference), the record is "
        "the provincial Farmers' Union's own: untyped, unnumbered, undated (neither the page date nor 3/11 is a "
        "document's). Issuer 'Hội Nông dân tỉnh', province level. Locality: the province is never named ('LSO' is the "
        "paper's mark): all null. The resolution studied has no number: no parent, no citation. Signer: a byline: null."
    ),
)
L["f05_tiengiang_tinhdoan_soket_ct05_2021_baoapbac"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Tỉnh đoàn Tiền Giang", "level": "province"},
        locality=loc("Tiền Giang"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A provincial paper: '.', headline 'Lan tỏa phong trào học tập và làm theo Bác trong đoàn viên', 'Cập nhật: 20:19, "
        "04/05/2021 (GMT+7)', '(ABO) Chiều 4-5, Ban Thường vụ Tỉnh đoàn Tiền Giang tổ chức Hội nghị sơ kết 5 năm thực "
        "hiện Chỉ thị 05 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và "
        "tuyên dương ...', the guests from the Tỉnh ủy's boards, photo captions twice. A review conference: no document "
        "of its own (blind41 b07's meeting report); the issuer is the body that held it, 'Tỉnh đoàn Tiền Giang' (with or "
        "without 'Ban Thường vụ'), province level, Tiền Giang named. The posting time is not a document's date. 'Chỉ thị "
        "05 của Bộ Chính trị' is a bare number (no code): no citation, no parent graded (the conference reviews its "
        "carrying out; a reader knows it as 05-CT/TW, the text does not write it). 'Trưởng Ban Dân vận Tỉnh ủy' and the "
        "Tuyên giáo deputy attend: not the issuer. Signer: none: null."
    ),
)
L["f06_binhdinh_tuyphuoc_huyendoan_hoctap_nqdh_2023_portal"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Huyện đoàn", "level": "district"},
        locality=loc(None),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A district Youth Union's site, no headline in the excerpt: 'Thực hiện Chương trình công tác Đoàn và phong trào "
        "thanh thiếu nhi năm 2023 .Từ tháng 2-4/ 2023, Ban thường vụ Huyện đoàn đã chỉ đạo tổ chức học tập, quán triệt và "
        "tuyên truyền Nghị Quyết của Đoàn cho 100% các cơ sở Đoàn ...', the forms ('+ Tổ chức các hội thi ...'), the "
        "results, and the aims of studying the Youth Union congresses' resolutions 2022-2027. An activity report (blind41 "
        "b01's convention): no document of its own; the issuer is the acting body, 'Huyện đoàn' (its standing board), "
        "district level. Locality: the district is never named (Tuy Phước is only in the URL): all null. The programme "
        "carried out and the resolutions studied have no number: no parent, no citation. The '+' items are reported "
        "forms, not an outline: no task. Signer: none: null."
    ),
)
L["f07_dongnai_hndtinh_tongket_nq19hndtw_portal"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Hội Nông dân tỉnh Đồng Nai", "level": "province"},
        locality=loc("Đồng Nai"),
        signer=None,
    ),
    implements=[],
    implements_optional=["19-NQ/HNDTW"],
    citations=["19-NQ/HNDTW"],
    task_labels=[],
    notes=(
        "A provincial Farmers' Union's news list (one item): 'Sáng ngày 01/11, Hội Nông dân tỉnh Đồng Nai tổ chức Hội nghị "
        "tổng kết 10 năm thực hiện Nghị quyết số 19-NQ/HNDTW của Ban Chấp hành Trung ương Hội Nông dân Việt Nam (khóa VI) "
        "về tăng cường và đổi mới công tác tuyên truyền, vận động nông dân trong tình hình mới', the guests (the central "
        "union's vice-chair, the Tỉnh ủy's propaganda head) and the 125 honoured, the resolution named again. A review "
        "conference (blind41 b07): no document of its own, no year; the issuer is the body that held it, 'Hội Nông dân "
        "tỉnh Đồng Nai', province level, Đồng Nai named. 19-NQ/HNDTW is what the union has carried out for ten years: a "
        "parent by reading, but a review is not a carrying-out document: tolerated, not required (judgement). Citation: "
        "19-NQ/HNDTW (named twice, one number). Signer: none: null."
    ),
)
L["f08_bentre_giongtrom_mythanh_mttqxa_ngayhoi_2015_portal"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "Mặt trận Tổ quốc xã Mỹ Thạnh", "level": "commune"},
        locality=loc(None, None, "Mỹ Thạnh"),
        title_contains="Ngày Hội đại đoàn kết toàn dân tộc",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A commune portal: 'Site banner', headline 'Ban Thường trực Ủy ban Mặt trận Tổ quốc triển khai kế hoạch tổ chức "
        "Ngày Hội đại đoàn kết toàn dân tộc năm 2015', 'Ngày 30 tháng 10 năm 2015, Ban Thường trực Ủy ban Mặt trận Tổ "
        "quốc xã Mỹ Thạnh triển khai kế hoạch tổ chức Ngày Hội Đại Đoàn kết toàn dân tộc 18/11/2015', the guests, photo "
        "captions, 'Theo Kế hoạch của Mặt trận Tổ quốc, ...' (the six hamlets, 10-18/11), 'TD', 'Tin khác'. The same "
        "site's item of the next year is blind10 b15; labelled as it is: the document is the commune Front's plan, KH, "
        "unnumbered; 30/10/2015 is the day it was presented, not its date: null. Issuer: every correct name holds 'Mặt "
        "trận Tổ quốc xã Mỹ Thạnh'; commune level. Locality: Mỹ Thạnh is a commune in five places in the gazetteer and "
        "the text names no district or province (Giồng Trôm, Bến Tre in the URL only): commune only. Title: the "
        "festival's name as headline and lead give it (case folds). The hamlets and days are the plan's content told "
        "in prose: no task. Signer: 'TD' is the site's initials: null."
    ),
)
L["f09_tayninh_truongdong_mttqxa_kh_phoihop_2018_portal"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issuer={"name_contains": "MTTQ", "level": "commune"},
        locality=loc("Tây Ninh", "Hòa Thành", "Trường Đông"),
        title_contains="Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "The Tây Ninh Front's site: 'Sáng 23.5, tại Hội trường UBND xã Trường Đông, Ban thường trực Ủy ban MTTQ Việt Nam xã "
        "tổ chức ký kết kế hoạch phối hợp thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn "
        "minh”, thực hiện công tác tuyên truyền năm 2018 giữa Ban Thường trực Ủy ban MTTQ Việt Nam và các tổ chức chính "
        "trị- xã hội xã.', a WordPress '[caption ...]' tag, then what the plan assigns (the Front leads, the member "
        "organisations ...), cut at 'tổ c'. The document is the joint plan signed that morning: KH, unnumbered. Date "
        "ungraded (key left out): 23.5 is the signing, which may be the plan's date, but the text gives no year with it "
        "(2018 is the plan's work year). Issuer: the commune Front's standing board (the member organisations sign with "
        "it): every correct name holds 'MTTQ'; commune level. Locality: the meeting is in the hall of 'UBND xã Trường "
        "Đông', the Front's own commune; Trường Đông is a commune only Hòa Thành (Tây Ninh) has: all three (seed 000's "
        "inference). Title: the campaign's name, inside the plan's subject. The campaign is no numbered document: no "
        "parent. The assignments are prose, no outline: no task. Signer: none: null."
    ),
)
L["f10_quangnam_donggiang_mttqhuyen_tongket_2021_portal"] = dict(
    document=dict(
        number=None,
        issued_on=None,
        issuer={"name_contains": "MTTQ Việt Nam huyện", "level": "district"},
        locality=loc("Quảng Nam", "Đông Giang"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A district portal: headline 'Đông Giang tổ chức tổng kết công tác Mặt trận huyện năm 2021', 'Thực hiện quy chế "
        "hoạt động của Ủy ban MTTQ Việt Nam huyện Đông Giang khóa XII, nhiệm kỳ 2019-2024.', 'Sáng ngày 21/12/2021, Ban "
        "Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị lần thứ 7 nhằm đánh giá công tác Mặt trận năm 2021, dự "
        "kiến chương trình phối hợp và thống nhất hành động năm 2022. ...'. A review meeting (blind41 b07): no number, no "
        "date of a document (21/12/2021 is the meeting). Type ungraded (key left out): the meeting also drafts the "
        "Front's 2022 joint-action programme, which blind41 b05's own-draft convention would make the page's CTr, while "
        "the headline and the lead make it a review: a judgement either way. Issuer: the district Front (its standing "
        "board), every correct name holds 'MTTQ Việt Nam huyện'; district level. Locality: Đông Giang, named, is a "
        "district only Quảng Nam has. The regulation carried out is unnumbered: no parent. Signer: none: null."
    ),
)
L["f11_namdinh_myloc_huyendoan_soket_2022_portal"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Huyện đoàn", "level": "district"},
        locality=loc("Nam Định", "Mỹ Lộc"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A district portal's list (one item): '27/06/2022', 'Thực hiện Chương trình công tác Đoàn và phong trào thanh "
        "thiếu nhi năm 2022, ngày 24/6, Ban Thường vụ Huyện đoàn đã tổ chức hội nghị sơ kết công tác Đoàn ... 6 tháng đầu "
        "năm, nhiệm vụ 6 tháng cuối năm 2022 và triển khai một số nội dung công tác Đại hội Đoàn TNCS Hồ Chí Minh huyện Mỹ "
        "Lộc lần thứ XII, nhiệm kỳ 2022 - 2027', the guests (the Tỉnh đoàn's deputy secretary, the Huyện ủy's officers). "
        "A review meeting (blind41 b07): no document; the issuer is the body that held it, 'Huyện đoàn' (its standing "
        "board), district level. Locality: the district's own congress names 'huyện Mỹ Lộc', a district only Nam Định "
        "had (merged into Nam Định city in 2025, after this text): Nam Định, Mỹ Lộc. The posting date and 24/6 are not "
        "a document's. The programme carried out is unnumbered: no parent. Signer: none: null."
    ),
)

write_labels(root, L)
