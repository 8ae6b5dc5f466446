"""Labels of blind set 49, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["c01_tiengiang_cailay_btvhu_trienkhai_ct35_2019_tuyengiao"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "Huyện ủy Cai Lậy", "level": "district"},
        locality=loc("Tiền Giang", "Cai Lậy"),
        title_contains="đại hội đảng bộ huyện và cơ sở nhiệm kỳ 2020 - 2025",
        signer=None,
    ),
    implements=[imp("35-CT/TW", None, "Bộ Chính trị")],
    implements_optional=[],
    citations=["35-CT/TW"],
    task_labels=[],
    notes=(
        "A tag page of Tiền Giang's Party propaganda portal, one item: 'Ngày 19-8, Ban Thường vụ Huyện ủy Cai Lậy tổ chức hội "
        "nghị Ban Chấp hành Đảng bộ huyện mở rộng triển khai, quán triệt Chỉ thị 35-CT/TW của Bộ Chính trị về Đại hội đảng bộ "
        "các cấp ...; dự thảo kế hoạch của Ban Thường vụ Huyện ủy về đại hội đảng bộ huyện và cơ sở nhiệm kỳ 2020 - 2025; sơ "
        "kết ...'. As blind43 g03 (a holder's draft plan put to its meeting is the page's document), the document is the "
        "standing committee's draft plan on the congresses: KH, unnumbered, undated (19-8 is the meeting's day, no year). "
        "Issuer: the district standing committee, every correct name holds 'Huyện ủy Cai Lậy'; district level. Cai Lậy is a "
        "district and a town of Tiền Giang only (both 'Cai Lậy'): province as seed 000 infers. Title: the plan's subject as "
        "given. Parent: 35-CT/TW, the Politburo's directive on the congresses the conference deployed and the plan carries "
        "out (undated here). No outline; no signer (an unsigned portal item): null."
    ),
)
L["c02_tayninh_tptayninh_thu_daihoi_ct35_kh119_dcs"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"level": "district"},
        locality=loc("Tây Ninh", "Tây Ninh"),
        signer=None,
    ),
    implements=[
        imp("35-CT/TW", "2019-05-30", "Bộ Chính trị"),
        imp("154-KH/TU", "2019-10-07"),
        imp("119-KH/TU", "2019-11-05"),
    ],
    implements_optional=[],
    citations=["35-CT/TW", "154-KH/TU", "119-KH/TU"],
    task_labels=[],
    notes=(
        "A listing page of Tây Ninh's Party portal, one item's lead, hard-wrapped as stored: 'Thực hiện Chỉ thị số 35-CT/TW, "
        "ngày 30/5/2019 của Bộ Chính trị ...; Kế hoạch số 154-KH/TU, ngày 07/10/2019 của Ban Chấp hành Đảng bộ tỉnh, Kế hoạch "
        "số 119- KH/TU, ngày 05/11/2019 của Ban Chấp hành Đảng bộ Thành phố về tổ chức Đại hội Đảng các cấp trong Đảng bộ thành "
        "phố Tây Ninh ..., từ ngày 16/1/2020 đến 13/3/2020, đã tổ chức thành công đối với 03 điểm đại hội ...'. As blind41 b06 "
        "(a report on the work a document set), the item reports the city's pilot congresses: no number, type or date of its "
        "own (the dates are the congresses'). Issuer: the city's Party organisation, its subject left unsaid; only its level "
        "is graded (district: a province's city), as blind41 b06 grades only a level. Locality: 'thành phố Tây Ninh' named in "
        "the text, a district of Tây Ninh (the gazetteer's district 'Tây Ninh'). Parents: the three documents of the 'Thực "
        "hiện ...' clause, each dated; the Politburo's 35-CT/TW with its issuer; 154-KH/TU and '119- KH/TU' (canonical "
        "119-KH/TU) are the province's and the city's executives', graded by number and date. No signer: null."
    ),
)
L["c03_tiengiang_gocongtay_btghu_tuyentruyen_2023_huyenuy"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Ban Tuyên giáo Huyện ủy Gò Công Tây", "level": "district"},
        locality=loc("Tiền Giang", "Gò Công Tây"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A listing page of Gò Công Tây's Huyện ủy portal: posting stamp '18/07/2023 01:37:00 AM', 'Đã xem: 467', then 'Trong "
        "những năm 2020 - 2023, Ban Tuyên giáo Huyện ủy Gò Công Tây đã tham mưu Ban Thường vụ Huyện ủy lãnh đạo, chỉ đạo triển "
        "khai ... tuyên truyền Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết Đại hội Đảng bộ các "
        "cấp ...'. An activity report (blind41's convention: the acting subject is the issuer): the district's propaganda "
        "board, district level; no number, type or date of its own (the stamp is the posting's). Gò Công Tây is a district "
        "only Tiền Giang has: province inferred. The resolutions it propagated are unnumbered: no parent, no citation. No "
        "signer: null."
    ),
)
L["c04_bariavungtau_xuyenmoc_bchdbh_hoinghi28_2020_baobrvt"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Xuyên Mộc", "level": "district"},
        locality=loc("Bà Rịa - Vũng Tàu", "Xuyên Mộc"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Bà Rịa - Vũng Tàu's paper: ' date 2020-07 Ngày 10/7, Ban Chấp hành Đảng bộ huyện Xuyên Mộc tổ chức hội nghị lần thứ "
        "28 (mở rộng) nhằm đánh giá tình hình phát triển kinh tế - xã hội, xây dựng Đảng trong 6 tháng đầu năm ...', the "
        "half-year's figures, the tasks to the year's end ('theo Nghị quyết của Đảng bộ huyện', unnumbered), byline 'NGUYỄN "
        "THẮNG'. A conference's news: the holder is the district Party executive (every correct name holds 'Xuyên Mộc'), "
        "district level; no document of its own is named (the half-year review is not called a report here): no number, "
        "type or date (10/7 is the meeting's day). Xuyên Mộc is a district only Bà Rịa - Vũng Tàu has: province inferred. No "
        "numbered parent. Signer: a byline only: null."
    ),
)
L["c05_bariavungtau_chauduc_bchdbh_hoinghi5_2021_baobrvt"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Châu Đức", "level": "district"},
        locality=loc("Bà Rịa - Vũng Tàu", "Châu Đức"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Bà Rịa - Vũng Tàu's paper: ' date 2021-04 Ngày 15/4, Ban Chấp hành Đảng bộ huyện Châu Đức tổ chức Hội nghị lần thứ V, "
        "khóa VI, nhiệm kỳ 2020-2025. Hội nghị nhằm đánh giá ... quý I và đề ra các nhiệm vụ trọng tâm quý II.', the quarter's "
        "figures, 'xã Xà Bang và Bình Ba đã được UBND tỉnh công nhận ...', the discussion and the second quarter's tasks "
        "(cut at 'những tậ'). As c04: the district Party executive's conference, its name holding 'Châu Đức', district "
        "level; no document of its own, number or date. Châu Đức is a district only Bà Rịa - Vũng Tàu has; the communes "
        "(Xà Bang, Bình Ba, Sơn Bình, Suối Rao, Đá Bạc, Bàu Chinh) are named in passing, not the holder: commune null. No "
        "parent. No signer: null."
    ),
)
L["c06_vinhlong_binhminh_dux_dongthanh_ntm_2022_thvl"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Đông Thạnh", "level": "commune"},
        locality=loc("Vĩnh Long", "Bình Minh", "Đông Thạnh"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Vĩnh Long television's item: 'Năm 2022, hầu hết các địa phương trong tỉnh Vĩnh Long gặp khó khi thực hiện chương "
        "trình mục tiêu quốc gia xây dựng nông thôn mới ... Tuy nhiên, ..., Đảng ủy xã Đông Thạnh, thị xã Bình Minh đã phát huy "
        "vai trò của Đảng trong lãnh đạo, chỉ đạo và triển khai thực hiện ...', then the site's comment form. A report of a "
        "commune Party committee's work: the acting subject 'Đảng ủy xã Đông Thạnh' is the issuer, commune level; no "
        "document of its own. Locality: the commune and its town are named ('xã Đông Thạnh, thị xã Bình Minh'), the province "
        "too. The national programme is unnumbered: no parent. No signer: null."
    ),
)
L["c07_bentre_tpbentre_ubnd_hop_kehoach_nq03_2012_nourl"] = dict(
    document=dict(
        number=None,
        issued_on=None,
        issuer={"name_contains": "Bến Tre", "level": "district"},
        locality=loc("Bến Tre", "Bến Tre"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A news item the store keeps without an address: 'Thực hiện Nghị quyết số 03 của Thành ủy TP. Bến Tre về tăng tốc "
        "phát triển đô thị ..., chiều ngày 7-2-2012, UBND TP. Bến Tre đã tổ chức cuộc họp bàn kế hoạch tổ chức lễ phát động "
        "xây dựng TP. Bến Tre đạt chuẩn đô thị loại II ...', the launch fixed for 1-3-2012, three works to start. The acting "
        "subject is the city's People's Committee (every correct name holds 'Bến Tre'), district level (a province's city); "
        "no number; no date of a document (7-2-2012 is the meeting's). The type is left ungraded (a judgement): the meeting "
        "'bàn kế hoạch' (discusses a plan) but neither passes nor issues one, unlike blind43 g03's 'thông qua dự thảo Kế "
        "hoạch'. Locality: 'TP. Bến Tre', the gazetteer's district 'Bến Tre' of Bến Tre province; 'xã Mỹ Thạnh An' is a "
        "work site. Parent: 'Nghị quyết số 03 của Thành ủy' is a bare number with no code (docs/realworld.md: no canonical "
        "number), so neither a graded parent nor a citation. No signer: null."
    ),
)
L["c08_longan_canguoc_dux_myloc_vanhoa_ntm_2018_baolongan"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Mỹ Lộc", "level": "commune"},
        locality=loc("Long An", "Cần Giuộc", "Mỹ Lộc"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Long An's paper: 'Tiếng Việt | English', posting '05/01/2018 - 03:30', headline 'Mỹ Lộc: Hướng tới xã văn hóa, nông "
        "thôn mới kiểu mẫu', then 'Thời gian qua, Đảng ủy, chính quyền xã Mỹ Lộc, huyện Cần Giuộc, tỉnh Long An nỗ lực triển "
        "khai nhiều giải pháp ...'. A report of a commune's work: the acting subject is the commune's Party committee and "
        "government, every correct name holding 'Mỹ Lộc', commune level; no document of its own (the posting is no date). "
        "Locality: commune, district and province all named. No parent. No signer: null."
    ),
)

write_labels(root, L)
