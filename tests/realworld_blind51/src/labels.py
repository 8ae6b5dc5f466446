"""Labels of blind set 51, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["d01_quangtri_huonghoa_huyenuy_quantriet_nqtu_2017_tinhuy"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"level": "district"},
        locality=loc("Quảng Trị", None, None),
        signer=None,
    ),
    implements=[
        imp("02-NQ/TU", "2016-11-04", "Quảng"),
        imp("04-NQ/TU", "2017-04-20", "Quảng Trị"),
        imp("60-KL/TU", "2017-07-25", "Quảng Trị"),
        imp("83-CTHĐ/TU", "2017-07-25", "Quảng Trị"),
    ],
    implements_optional=["01-NQ/TU", "08-NQ/TW"],
    citations=["02-NQ/TU", "04-NQ/TU", "60-KL/TU", "01-NQ/TU", "83-CTHĐ/TU", "08-NQ/TW"],
    chain=[["60-KL/TU", "01-NQ/TU"], ["83-CTHĐ/TU", "08-NQ/TW"]],
    task_labels=[],
    notes=(
        "Quảng Trị's Party portal, the body of an item whose address names Hướng Hóa's Huyện ủy: 'Hơn 200 đồng chí bao gồm các "
        "đ/c Ủy viên Ban Chấp hành Đảng bộ huyện (Khóa XVI); ...; Bí thư, Phó Bí thư các Chi, Đảng bộ trực thuộc Huyện uỷ; ...', "
        "then 'Các đồng chí dự hội nghị đã được quán triệt những nội dung cơ bản của các nghị quyết, kết luận, chương trình hành "
        "động của Ban Chấp hành Đảng bộ tỉnh khoá XVI ...: Nghị quyết số 02-NQ/TU, ngày 04/11/2016, của Tỉnh uỷ Quảng trị ...; "
        "Nghị quyết số 04-NQ/TU, ngày 20/4/2017 ...; kết luận số 60-KL/TU, ngày 25/7/2017, ... về tiếp tục thực hiện Nghị quyết "
        "số 01-NQ/TU, ngày 14/8/2012 ...; Chương trình hành động số 83-CTHĐ/TU, ngày 25/7/ 2017, ... về “ Thực hiện Nghị quyết "
        "số 08-NQ/TW, ngày 16/1/2017, của Bộ Chính trị ...”', cut at 'Trên cơ sở những nội dung của các n'. A district "
        "committee's conference studying the province's documents (as blind49 c01, a conference that 'quán triệt' documents "
        "deploys them): no document of its own (no number, type, date). The text never names the district (Hướng Hóa is in the "
        "address only): as blind49 c02, only the issuer's level is graded (district: 'Huyện uỷ', 'Đảng bộ huyện'). Locality: the "
        "province the text names as the committee's upper one (Quảng Trị); district null (never guessed from the address). "
        "Parents: the four provincial documents the conference studied, each dated, all the Tỉnh uỷ Quảng Trị's (the first "
        "written 'Quảng trị': issuer_contains 'Quảng'); 83-CTHĐ/TU keeps its code as written (DOMAIN files CTHĐ under CTr). "
        "01-NQ/TU and 08-NQ/TW are the documents 60-KL/TU and 83-CTHĐ/TU carry out: cited, chained, optional as parents. "
        "No signer: null."
    ),
)
L["d02_gialai_kbang_hdndh_kyhop15_2023_gialaitv"] = dict(
    document=dict(
        number=None,
        issued_on=None,
        issuer={"name_contains": "Kbang", "level": "district"},
        locality=loc("Gia Lai", "KBang"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Gia Lai's television: ' date 2023-12 Trong 2 ngày (18 và 19/12), HĐND huyện Kbang khóa VIII (nhiệm kỳ 2021-2026) đã "
        "tổ chức thành công Kỳ họp thứ 15.', the reports examined, the confidence vote, 'Đồng thời xem xét, thông qua 15 dự "
        "thảo nghị quyết do Thường trực HĐND và UBND huyện trình.', byline 'Hồng Hạnh'. A council session's news: the holder is "
        "the district People's Council (every correct name holds 'Kbang'), district level. Fifteen unnamed resolutions are "
        "passed, none singled out: the type is left ungraded (a judgement, as blind49 c07); no number; no date (18-19/12 are "
        "the session's days). Kbang is a district only Gia Lai has (the gazetteer's 'KBang'): province inferred. No parent. "
        "Signer: a byline only: null."
    ),
)
L["d03_quangngai_ducpho_thiuy_kehoach_daihoi_2020_baoqn"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "Đức Phổ", "level": "district"},
        locality=loc("Quảng Ngãi", "Đức Phổ"),
        title_contains="chuẩn bị đại hội đảng các cấp",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Quảng Ngãi's paper, a quoted statement: ' date 2020-03 “Thực hiện chỉ đạo của Trung ương và của tỉnh, Đức Phổ đã ban "
        "hành Kế hoạch chỉ đạo công tác chuẩn bị đại hội đảng các cấp. Việc tổ chức đại hội các chi bộ cơ sở hoàn thành trong "
        "tháng 3. Hai xã Phổ An, Phổ Thuận và Đảng bộ Công an huyện thực hiện thí điểm ...”', attributed to 'Bí thư Thị ủy, "
        "Chủ tịch UBND thị xã Đức Phổ TRẦN PHƯỚC HIỀN'. The document is the plan Đức Phổ issued: KH, unnumbered, undated. "
        "Issuer: the town's Party organisation (the speaker is its secretary; every correct name holds 'Đức Phổ'), district "
        "level (a province's town). Title: the plan's subject as given. Locality: Đức Phổ, a town only Quảng Ngãi has; Phổ An "
        "and Phổ Thuận are its communes piloting the congresses, not the holder: commune null. No numbered parent ('chỉ đạo "
        "của Trung ương và của tỉnh'). Signer: the closing line attributes a quote, it signs nothing: null."
    ),
)
L["d04_quangtri_dakrong_huyenuy_ct40_tag_baomoi"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Đakrông", "level": "district"},
        locality=loc("Quảng Trị", "Đa Krông"),
        signer=None,
    ),
    implements=[],
    implements_optional=["40-CT/TW"],
    citations=["40-CT/TW"],
    task_labels=[],
    notes=(
        "A news aggregator's tag page 'Huyện ủy Đakrông', three items run together: 'Sau khi quyết định đổi tên Đảng ủy xã Pa "
        "Nang thành Ba Nang, Ban Thường vụ Huyện ủy Đakrông, tỉnh Quảng Trị đã chỉ đạo UBND huyện, các đơn vị trong xã có tên "
        "Pa Nang đổi thành Ba Nang ...'; the district's forest protection; 'Sau 10 năm thực hiện Chỉ thị số 40-CT/TW, ngày "
        "22/11/2014 của Ban Bí thư Trung ương Đảng ...' (cut at 'góp phầ'). The page's lead item reports the district standing "
        "committee's direction: the acting subject is the issuer (every correct name holds 'Đakrông'), district level; no "
        "document of its own (no number, type, date). Locality: 'tỉnh Quảng Trị' named; the district is the gazetteer's 'Đa "
        "Krông' (written 'Đakrông'); Pa Nang / Ba Nang is the renamed commune, not the holder: commune null. 40-CT/TW is the "
        "directive the third item says the district carried out for ten years: cited; as a parent of the page it is optional "
        "(the lead item does not carry it out). No signer: null."
    ),
)
L["d05_daklak_krongbuk_ubndh_tb190_ntm_2017_portal"] = dict(
    document=dict(
        number="190/TB-UBND",
        doc_type="TB",
        issued_on="2017-10-09",
        issuer={"level": "district"},
        locality=loc("Đắk Lắk", "Krông Búk"),
        signer=None,
    ),
    implements=[imp("2540/QĐ-TTg", "2016-12-30", "Thủ tướng")],
    implements_optional=[],
    citations=["2540/QĐ-TTg"],
    task_labels=[],
    notes=(
        "Krông Búk district's portal: headline 'Công bố và lấy ý kiến xã Pơng Drang đủ điều kiện xét công nhận đạt chuẩn nông "
        "thôn mới', then 'Để tiến hành xét công nhận và công bố xã Pơng Drang đạt chuẩn nông thôn mới tại Quyết định số "
        "2540/QĐ/TTg ngày 30/12/2016 của Thủ tướng Chính phủ, UBND huyện đề nghị các tổ chức ... tham gia góp ý ...', 'Xem Thông "
        "báo số 190/TB-UBND ngày 09/10/2017 của UBND huyện tại đây', the draft report, byline 'Tin Hoàng Vỹ'. The document is "
        "the district People's Committee's notice: 190/TB-UBND, TB, 2017-10-09. The text calls its issuer 'UBND huyện' only "
        "(Krông Búk is in the address): the level is graded, not a name. Locality (a judgement): the notice puts a commune 'trên "
        "địa bàn huyện' to comment, and Pơng Drang is a name only Krông Búk of Đắk Lắk has (blind3's unique-name convention): "
        "province and district inferred, commune null (Pơng Drang is the subject, not the holder). Parent: the procedure of "
        "2540/QĐ/TTg (canonical 2540/QĐ-TTg), the Prime Minister's decision the notice is a step of ('Để tiến hành ... tại "
        "Quyết định số ...'). Signer: a byline only: null."
    ),
)
L["d06_kontum_dakha_dakngoc_raquan_ntm_2017_mt"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={},  # ungraded: neither a name nor a level
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "The Ministry of Transport's rural-roads listing, one item: 'Thực hiện Kế hoạch của UBND tỉnh Kon Tum về việc ra quân "
        "phát động phong trào xây dựng Nông thôn mới đầu Xuân Tết Nguyên đán Đinh Dậu năm 2017 trên địa bàn tỉnh Kon Tum, sáng "
        "ngày 2/2, tại thôn Đắk Lộc, xã Đắk Ngọc, huyện Đắk Hà, tỉnh Kon Tum đã tổ chức lễ ra quân ...'. The launch's organiser "
        "is left unsaid (the sentence has a place, no subject; commune or district could hold it): issuer and locality "
        "ungraded (a judgement). No document of its own: no number, type or date (2/2 is the launch's day). The province plan "
        "is unnumbered: no parent. No signer: null."
    ),
)
L["d07_thuathienhue_phuvang_hdndh_diagioi_2020_thanhuy"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issuer={"name_contains": "Phú Vang", "level": "district"},
        locality=loc("Thừa Thiên Huế", "Phú Vang"),
        title_contains="tán thành chủ trương điều chỉnh toàn bộ địa giới hành chính 05 đơn vị hành chính cấp xã",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Huế's city Party portal: 'Cập nhật lúc : 01/05/2020 15:02', headline 'Phú Vang: Thông qua chủ trương điều chỉnh địa "
        "giới hành chính 05 đơn vị hành chính cấp xã', 'Chiều ngày 29/4/2020, HĐND huyện Phú Vang khóa VI đã tiến hành kỳ họp "
        "bất thường ...', '... biểu quyết thông qua Nghị quyết về việc tán thành chủ trương điều chỉnh toàn bộ địa giới hành "
        "chính 05 đơn vị hành chính cấp xã về thành phố Huế quản lý và thành lập mới 02 phường ...', then a second resolution "
        "on a member's dismissal, byline 'Viết Quang - VPHU Phú Vang'. The page's document is the headline's resolution: NQ, "
        "unnumbered; its date is left ungraded (a judgement: passed on 29/4/2020, but its signing day is not said). Issuer: the "
        "district People's Council (every correct name holds 'Phú Vang'), district level. Title: the resolution's subject as "
        "given. Locality: Phú Vang, a district of Thừa Thiên Huế (the province's name in 2020); the five communes are the "
        "resolution's object: commune null. No parent. Signer: a byline only: null."
    ),
)
L["d08_quangngai_nghiahanh_chibo_quansu_hd35_2019_baoqn"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"level": "district"},
        locality=loc("Quảng Ngãi", "Nghĩa Hành"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Quảng Ngãi's paper, a channel page's item: headline 'Nghĩa Hành: Xây dựng chi bộ quân sự cấp xã vững mạnh', posting "
        "'10:04 | 14/10/2019', '(Báo Quảng Ngãi)- Từ một huyện có tỷ lệ chi bộ quân sự đạt thấp, đến nay, 100% xã, thị trấn ở "
        "Nghĩa Hành đã có chi bộ quân sự. Đây là huyện đầu tiên của tỉnh đã hoàn thành nhiệm vụ này theo Hướng dẫn 35 của Ban "
        "Tổ chức Trung ương ...'. A report on a district's work whose acting body is unsaid (the district as a place): as "
        "blind49 c02 only the level is graded (district). Locality: Nghĩa Hành, a district only Quảng Ngãi has (a commune of "
        "Nghệ An shares the name, not a district), the paper and 'của tỉnh' agreeing. 'Hướng dẫn 35' has no code: no parent, "
        "no citation. No document of its own (the posting is no date). No signer: null."
    ),
)
L["d09_daknong_tuyduc_btvhu_quangtruc_lamviec_portal"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Tuy Đức", "level": "district"},
        locality=loc("Đắk Nông", "Tuy Đức", None),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Quảng Trực commune's portal (its news list): 'Ngày 5/4, Đoàn công tác của ban thường vụ huyện uỷ Tuy Đức đã có buổi "
        "làm việc với đảng ủy xã xã Quảng Trực. Tham dự buổi làm việc có đồng chí Hồ Xuân Hậu, Tỉnh uỷ viên, Bí thư huyện uỷ, "
        "chủ tịch HĐND huyện; ...'. The acting subject is the district standing committee's delegation (every correct name "
        "holds 'Tuy Đức'), district level; the commune committee is its counterpart, not the holder: commune null. No document "
        "(no number, type, date: 5/4 is the meeting's day, no year). Tuy Đức is a district only Đắk Nông has: province "
        "inferred. No parent. No signer: null."
    ),
)

write_labels(root, L)
