"""Labels of blind set 55, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["c01_thanhhoa_badinh_dux_quantriet_nqdh_2025_baothanhhoa"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issued_on=None,
        issuer={"name_contains": "Ba Đình", "level": "commune"},
        locality=loc("Thanh Hóa", None, "Ba Đình"),
        title_contains="lần thứ I, nhiệm kỳ 2025-2030",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=["1686/NQ-UBTVQH15"],
    task_labels=[],
    notes=(
        "Thanh Hóa's paper: ' date 2025-10-02 Xã Ba Đình quán triệt, triển khai thực hiện Nghị quyết Đại hội Đảng bộ xã', "
        "'Sáng 2/10, Đảng ủy xã Ba Đình tổ chức hội nghị học tập, quán triệt và triển khai thực hiện Nghị quyết Đại hội "
        "Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030', the commune's founding ('được thành lập trên cơ sở sắp xếp 4 xã: Ba "
        "Đình, Nga Trường, Nga Thiện và Nga Vịnh theo Nghị quyết số 1686/NQ-UBTVQH15, ngày 16/6/2025 của Ủy ban Thường vụ "
        "Quốc hội ...'), the secretary deploying the resolution and its aims. As blind47 c04 and blind42 b07 (a meeting "
        "studying its own congress's resolution, no plan named): the commune's congress resolution, NQ, unnumbered, "
        "undated (2/10 is the meeting). Issuer: every correct name holds 'Ba Đình' (the Party committee or its congress); "
        "commune level. Locality: 'tỉnh Thanh Hóa' is named; the 2025 gazetteer has a xã Ba Đình in Thanh Hóa (the other "
        "Ba Đình is a Hà Nội phường; the province named decides); no district. Title: the congress's words. 1686/NQ-UBTVQH15 "
        "is the merger the commune was formed by, not a document the resolution carries out: a citation, no parent. The "
        "old communes (one of them also 'Ba Đình') are not the issuer. Signer: none (the secretary speaks, signs nothing "
        "here): null."
    ),
)
L["c02_hcm_bencat_dbp_daihoi_nq68_2025_sggp"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issued_on=None,
        issuer={"name_contains": "Bến Cát", "level": "commune"},
        locality=loc("Hồ Chí Minh", None, "Bến Cát"),
        title_contains="lần thứ I, nhiệm kỳ 2025-2030",
        signer=None,
    ),
    implements=[],
    implements_optional=["68-NQ/TW"],
    citations=[],
    task_labels=[],
    notes=(
        "Saigon Giải Phóng: ' date 2025-08-15 Phó Chủ tịch Ủy ban MTTQ Việt Nam TPHCM ... gợi mở, phường Bến Cát cần xây "
        "dựng các giải pháp ... đúng theo tinh thần Nghị quyết 68 của Bộ Chính trị về phát triển kinh tế tư nhân', 'Sáng "
        "15-8, Đảng bộ phường Bến Cát (TPHCM) tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030', the attending city "
        "officials, the ward's 27 targets. As blind42 b04/b05 (a congress's news): the congress's resolution, NQ, "
        "unnumbered, undated (15-8 is the congress, no year in the text). Issuer: every correct name holds 'Bến Cát' "
        "(the ward's Party organisation); a ward of the two-level system: commune level. Locality: 'TPHCM' is named and "
        "the 2025 gazetteer's phường Bến Cát is Hồ Chí Minh's (the old Bến Cát town was Bình Dương's, merged into the "
        "city): Hồ Chí Minh / Bến Cát, no district. The city front's leader and the culture director are visitors, not "
        "the issuer. 'Nghị quyết 68 của Bộ Chính trị' is a visitor's advice and a bare number: no graded parent, "
        "tolerated as one (68-NQ/TW) in implements_optional; no citation (no full number in the text). Signer: none: null."
    ),
)
L["c03_lamdong_hdndt_kyhop3_2025_sggp"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issued_on=None,
        issuer={"name_contains": "Lâm Đồng", "level": "province"},
        locality=loc("Lâm Đồng"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Saigon Giải Phóng: ' date 2025-08-28 Kỳ họp HĐND tỉnh Lâm Đồng lần đầu được tổ chức theo hình thức trực tiếp và "
        "trực tuyến ...', 'Chiều 28-8, HĐND tỉnh Lâm Đồng đã tổ chức Kỳ họp thứ 3 (kỳ họp chuyên đề) thảo luận, biểu quyết "
        "và thông qua 14 Nghị quyết sau khi sắp xếp đơn vị hành chính cấp tỉnh ...', the three former centres (Đà Lạt, Phan "
        "Thiết, Gia Nghĩa), the chairman's words; cut at 'biểu quyết thông q'. As blind53 r03 and blind38 b07 (a council "
        "session passing resolutions): NQ, unnumbered, undated (28-8 is the session). Title ungraded: the excerpt names no "
        "resolution's subject. Issuer: the provincial People's Council ('HĐND tỉnh Lâm Đồng'), every correct name holds "
        "'Lâm Đồng'; province level. Locality: the merged province Lâm Đồng; the ward 'Xuân Hương - Đà Lạt' is where "
        "members sat, not the issuer's unit. No numbered document: no parent, no citation. Signer: none (the chairman "
        "speaks; 'ĐOÀN KIÊN' is the photo credit): null."
    ),
)
L["c04_khanhhoa_khanhvinh_mttqx_daihoi_2025_baomoi"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issued_on=None,
        issuer={"name_contains": "Khánh Vĩnh", "level": "commune"},
        locality=loc("Khánh Hòa", None, "Khánh Vĩnh"),
        title_contains="lần thứ I, nhiệm kỳ 2025 - 2030",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "An aggregator's repost: headline 'Đại hội đại biểu Ủy ban MTTQ Việt Nam xã Khánh Vĩnh lần thứ I, nhiệm kỳ 2025 - "
        "2030', lead 'Ngày 9-10, Ủy ban MTTQ Việt Nam xã Khánh Vĩnh tổ chức Đại hội đại biểu lần thứ I ...', the past "
        "term's work, the targets agreed ('Đại hội thống nhất một số chỉ tiêu chủ yếu ...'), the 61 members chosen; cut at "
        "'ông Lê Tấn Đ'. As a congress's news in blind42 b04 (the Front's congress, like a Party congress, ends in a "
        "resolution whose targets the item gives): NQ, unnumbered, undated (9-10 is the congress). Issuer: the commune's "
        "Front committee, every correct name holds 'Khánh Vĩnh'; commune level. Locality: the text names no province; the "
        "2025 gazetteer's only xã Khánh Vĩnh is Khánh Hòa's (also the old district's name there): province as seed 000 "
        "infers, no district. Title: the congress's words as the headline spaces them ('2025 - 2030'). No numbered "
        "document: no parent. Signer: none: null."
    ),
)
L["c05_hatinh_nganhyte_nq72_2026_baohatinh"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"level": "province"},
        locality=loc("Hà Tĩnh"),
        signer=None,
    ),
    implements=[imp("72-NQ/TW", None, "Bộ Chính trị")],
    implements_optional=[],
    citations=["72-NQ/TW"],
    task_labels=[],
    notes=(
        "Hà Tĩnh's paper (its television page): ' date 2026-02-23 Về Báo Hà Tĩnh', headline 'Đưa NQ 72-NQ/TW vào thực tiễn: "
        "Giải pháp của ngành y tế Hà Tĩnh', then 'Nghị quyết số 72 của Bộ Chính trị về “một số giải pháp đột phá ...” ... "
        "Thực hiện Nghị quyết, ngành y tế Hà Tĩnh đã cụ thể hóa bằng những mục tiêu, giải pháp ...'. A report on a sector's "
        "work (as blind41 b06): no number, type or date of its own (the stamp is the posting's). Issuer: the provincial "
        "health sector, named as a sector ('ngành y tế'), not a body: only its level is graded (province). Locality: Hà "
        "Tĩnh, named. Parent: the Politburo's 72-NQ/TW, which the sector's work carries out ('Thực hiện Nghị quyết'), "
        "undated here; a citation ('NQ 72-NQ/TW' in the headline). Signer: none: null."
    ),
)
L["c06_haiphong_anquang_ttdux_mttq_daihoi_2025_portal"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "An Quang", "level": "commune"},
        locality=loc("Hải Phòng", None, "An Quang"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "An Quang commune's portal: 'Thường trực Đảng ủy xã An Quang làm việc với Ủy ban MTTQ Việt Nam xã về công tác chuẩn "
        "bị Đại hội nhiệm kỳ 2025 – 2030', 'Sáng 26/8/2025, Thường trực Đảng ủy xã An Quang đã có buổi làm việc ...', the "
        "Front's report on its preparations, the secretary's conclusion ('cần bám sát các văn bản chỉ đạo của thành phố, "
        "xây dựng kế hoạch tổ chức Đại hội ...'). A working session's news (as blind41): the acting subject, the commune "
        "Party committee's standing members, is the issuer; no document of its own, no number, type or date (26/8/2025 is "
        "the session). Issuer: every correct name holds 'An Quang'; commune level. Locality: the text names only the "
        "commune and an unnamed 'thành phố'; the 2025 gazetteer's only xã An Quang is Hải Phòng's (the old one was Bình "
        "Định's An Lão): province as seed 000 infers, no district. The 'văn bản chỉ đạo của thành phố' are unnumbered: no "
        "parent. Signer: none: null."
    ),
)
L["c07_dongnai_mttqt_daihoi_capxa_2025_tracuuquyhoach"] = dict(
    document=dict(
        number=None,
        issued_on=None,
        issuer={"name_contains": "Đồng Nai", "level": "province"},
        locality=loc("Đồng Nai"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "An aggregator's repost: headline 'Đại hội MTTQ Việt Nam cấp xã nhiệm kỳ 2025-2030 sẽ hoàn thành ngày 4-10' (twice), "
        "'Theo đó, thời gian tổ chức Đại hội đại biểu MTTQ Việt Nam cấp xã lần thứ I ... của 94 xã, phường (trước đó, ... "
        "phường Đồng Xoài đã tổ chức đại hội điểm của tỉnh) diễn ra từ ngày 18-9 đến 4-10', the provincial Front's "
        "standing vice-chairman at the 'Hội nghị tập huấn tổ chức Đại hội ...', the programme of the congresses, the duties "
        "of the communes' and wards' Front boards. A training conference's news: the acting subject is the provincial "
        "Front committee ('Ủy ban MTTQ Việt Nam tỉnh Đồng Nai'): every correct name holds 'Đồng Nai'; province level. Type "
        "ungraded (key left out): 'Theo đó' points to an unseen schedule or plan; no document of its own is named. No "
        "number, no date (18-9, 4-10 are the congresses'). Locality: Đồng Nai, named (the merged province); the pilot "
        "ward Đồng Xoài is not the issuer's unit. No numbered document: no parent. Signer: none ('Văn Truyên' is the "
        "photo credit): null."
    ),
)
write_labels(root, L)
