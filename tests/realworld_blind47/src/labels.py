"""Labels of blind set 47, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["c01_angiang_btvtu_kh26_qd144_2025_noibokiengiang"] = dict(
    document=dict(
        number="26-KH/TU",
        doc_type="KH",
        issued_on="2025-09-22",
        issuer={"name_contains": "Tỉnh ủy An Giang", "level": "province"},
        locality=loc("An Giang"),
        title_contains="thực hiện Quy định số 144-QĐ/TW",
        signer=None,
    ),
    implements=[imp("144-QĐ/TW", None, "Bộ Chính trị")],
    implements_optional=["159-HD/BTGTW"],
    citations=["57-NQ/TW", "59-NQ/TW", "66-NQ/TW", "68-NQ/TW", "144-QĐ/TW"],
    task_labels=["1", "2"],
    tasks=[{"label": "1", "text_starts": "Thường xuyên tổ chức sinh hoạt"}],
    notes=(
        "The merged An Giang's internal Party portal (the old Kiên Giang site), a digest 'Văn bản mới (số tháng 10 năm 2025)' "
        "posted 27/09/2025: a photo caption twice ('Hội nghị toàn quốc quán triệt, triển khai thực hiện các nghị quyết: số "
        "57-NQ/TW, số 59-NQ/TW, số 66-NQ/TW và số 68-NQ/TW của Bộ Chính trị; điểm cầu Tỉnh ủy An Giang'), then item '1. Kế "
        "hoạch số 26-KH/TU, ngày 22/9/2025 của Ban Thường vụ Tỉnh ủy An Giang về thực hiện Quy định số 144-QĐ/TW của Bộ "
        "Chính trị về chuẩn mực đạo đức cách mạng ...', its purpose and its tasks '(1) ...; (2) Thực hiện hiệu qu' (cut). The "
        "page's document is the one item it carries: 26-KH/TU, KH, 22/9/2025 (the posting date is not its date). Issuer 'Ban "
        "Thường vụ Tỉnh ủy An Giang', province level; locality An Giang (the 2025 province, named). Title: the item's "
        "subject. Parent: the Politburo's 144-QĐ/TW ('về thực hiện', undated here). The Central Propaganda Board's guidance, "
        "written 'Hướng dẫn số 159-HDBTGTW' (slash lost), is named beside it in 'cụ thể hóa và tổ chức thực hiện': tolerated "
        "as a parent, not required; not listed as a citation (the number as written is malformed, a judgement). The four "
        "resolutions of the caption are a national conference's, not this plan's parents: citations only. Tasks: the "
        "plan's own numbered tasks as the digest gives them inline, '(1)' and '(2)' (2 is cut): labels 1 and 2, text start "
        "of 1 graded; no body or deadline is given. Signer: none: null. No recipients block."
    ),
)
L["c02_gialai_soyte_quantriet_nq72_2025_ttksbt"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Sở Y tế", "level": "province"},
        locality=loc(None),
        signer=None,
    ),
    implements=[imp("72-NQ/TW", "2025-09-09")],
    implements_optional=[],
    citations=["72-NQ/TW"],
    task_labels=[],
    notes=(
        "A provincial health centre's portal (Gia Lai's, in the URL only): headline 'Sở Y tế tổ chức Hội nghị phổ biến, quán "
        "triệt Nghị quyết số 72-NQ/TW', posting 'Chủ nhật - 14/09/2025', 'Chiều 12/9, Sở Y tế tổ chức hội nghị ... để phổ "
        "biến, quán triệt Nghị quyết số 72-NQ/TW (09/9/2025) về các giải pháp đột phá ...', the resolution's targets and six "
        "task groups (the resolution's, not the department's), photo captions. As tests/realworld d14 and blind43 g05 (a "
        "body's quán triệt conference told by a portal): its own unnumbered record, no type, no date (12/9 has no year and "
        "is the conference). Issuer 'Sở Y tế' (a provincial department): province level. Locality: the text names no "
        "province (Gia Lai is only in the URL): all null. Parent: 72-NQ/TW, dated 09/9/2025 in the text; its issuer is not "
        "named (ungraded). No outline of the department's own. Signer: none: null."
    ),
)
L["c03_hanoi_bachmai_btvdup_trienkhai_kh01_2025_baomoi"] = dict(
    document=dict(
        number="01-KH/ĐU",
        doc_type="KH",
        issued_on="2025-07-09",
        issuer={"name_contains": "Bạch Mai", "level": "commune"},
        locality=loc("Hà Nội", None, "Bạch Mai"),
        title_contains="tổ chức đại hội các chi bộ, đảng bộ cơ sở sau hợp nhất",
        signer=None,
    ),
    implements=[],
    implements_optional=["48-CT/TW"],
    citations=["48-CT/TW"],
    task_labels=[],
    notes=(
        "An aggregator's repost: headline 'Phường Bạch Mai: Trước ngày 20-7 hoàn thành đại hội tổ chức Đảng trực thuộc', "
        "'Chiều 10-7, Ban Thường vụ Đảng ủy phường Bạch Mai tổ chức Hội nghị triển khai Kế hoạch tổ chức Đại hội đại biểu "
        "Đảng bộ phường Bạch Mai lần thứ I ...; Chương trình công tác ... 6 tháng cuối năm 2025 ...', then 'Cụ thể, Kế hoạch "
        "số 01-KH/ĐU, ngày 9-7-2025 của Đảng ủy “về tổ chức đại hội các chi bộ, đảng bộ cơ sở sau hợp nhất, sắp xếp, thành "
        "lập mới tiến tới Đại hội ...\"' and the Secretariat's 'Chỉ thị số 48-CT/TƯ ngày 24-6-2025' studied at the same "
        "meeting. As blind35 b06 and blind43 g02 (the one numbered document of its own a meeting deploys), the document is "
        "the ward committee's 01-KH/ĐU: KH, 9/7/2025. Issuer: the ward's Party committee ('Đảng ủy' of phường Bạch Mai): "
        "every correct name holds 'Bạch Mai'; a ward of the two-level system: commune level. Locality: the 2025 gazetteer's "
        "only phường Bạch Mai is Hà Nội's (the text names no city): province as seed 000 infers, no district. Title: the "
        "plan's quoted subject. The plan's own parent is not said; the directive deployed beside it is tolerated, not "
        "required (as blind43 g02). 'Chỉ thị số 48-CT/TƯ' is the Secretariat's 48-CT/TW (TƯ for TW): a citation. Signer: "
        "none (photo credits 'Đình Hiệp'): null."
    ),
)
L["c04_thanhhoa_hovuong_dbx_quantriet_2025_baothanhhoa"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issued_on=None,
        issuer={"name_contains": "Hồ Vương", "level": "commune"},
        locality=loc("Thanh Hóa", None, "Hồ Vương"),
        title_contains="lần thứ I, nhiệm kỳ 2025-2030",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=["1686/NQ-UBTVQH15"],
    task_labels=[],
    notes=(
        "Thanh Hóa's paper: ' date 2025-09-14 Xã Hồ Vương quán triệt, triển khai Nghị quyết Đại hội đại biểu Đảng bộ xã', "
        "'Sáng 14/9, Đảng bộ xã Hồ Vương tổ chức hội nghị học tập, quán triệt và triển khai Nghị quyết Đại hội đại biểu Đảng "
        "bộ xã lần thứ I, nhiệm kỳ 2025-2030', the commune's founding ('được thành lập trên cơ sở sáp nhập 4 xã: Nga Giáp, "
        "Nga Hải, Nga Thành và Nga Liên theo Nghị quyết số 1686/NQ-UBTVQH15, ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về "
        "sắp xếp các xã, phường của tỉnh Thanh Hóa'), the secretary's speech and the resolution's aims. As blind42 b07 (a "
        "meeting studying its own congress's resolution, no plan named): the commune's congress resolution, NQ, unnumbered, "
        "undated (14/9 is the meeting). Issuer: every correct name holds 'Hồ Vương'; commune level. Locality: 'tỉnh Thanh "
        "Hóa' is named and the 2025 gazetteer's only Hồ Vương is there; no district. Title: the congress's words. The "
        "Standing Committee's 1686/NQ-UBTVQH15 is the merger the commune was formed by, not a document the resolution "
        "carries out: a citation, no parent. The old communes are not the issuer. Signer: none ('Hàn Duy Điều' opens the "
        "meeting, signs nothing here): null."
    ),
)
L["c05_thanhhoa_saovang_bchdbx_quantriet_2025_baothanhhoa"] = dict(
    document=dict(
        number=None,
        doc_type="CTr",
        issued_on=None,
        issuer={"name_contains": "Sao Vàng", "level": "commune"},
        locality=loc("Thanh Hóa", None, "Sao Vàng"),
        title_contains="thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Sao Vàng lần thứ I",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Thanh Hóa's paper: ' date 2025-10-02 Xã Sao Vàng: Học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ xã lần "
        "thứ I ...', 'Chiều 2/10, Ban Chấp hành Đảng bộ xã Sao Vàng tổ chức Hội nghị học tập, quán triệt Nghị quyết ... và sơ "
        "kết ... 9 tháng đầu năm ...', the merger (xã Xuân Phú, Thọ Lâm, Xuân Sinh, thị trấn Sao Vàng), then 'các đại biểu "
        "đã được quán triệt, triển khai những nội dung cốt lõi và chương trình hành động thực hiện Nghị quyết Đại hội đại "
        "biểu Đảng bộ xã Sao Vàng lần thứ I, nhiệm kỳ 2025-2030', the 26 targets. A judgement, as blind42 b02 (a plan the "
        "holder deploys at a meeting is the document): the commune's action programme carrying out its congress "
        "resolution, CTr, unnumbered, undated (2/10 is the meeting). Issuer: the commune's Party committee: every correct "
        "name holds 'Sao Vàng'; commune level. Locality: 'Tỉnh Thanh Hoá' is named; the 2025 gazetteer's only Sao Vàng is "
        "a Thanh Hóa xã; no district. Title: the programme's subject. Its parent, the congress resolution, is unnumbered: "
        "none graded. No number in the text: no citation. Signer: none: null."
    ),
)
L["c06_hcm_thuanan_bchdbp_hoinghi2_2025_sggp"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Thuận An", "level": "commune"},
        locality=loc("Hồ Chí Minh", None, "Thuận An"),
        signer=None,
    ),
    implements=[],
    implements_optional=["57-NQ/TW"],
    citations=["57-NQ/TW"],
    task_labels=[],
    notes=(
        "Saigon Giải Phóng: ' date 2025-09-26 Sáng 26-9, Đảng bộ phường Thuận An, TPHCM đã tổ chức Hội nghị Ban Chấp hành "
        "lần thứ 2 (mở rộng)', the attending city official, the nine months' assessment ('Đảng ủy phường tập trung lãnh "
        "đạo, chỉ đạo triển khai thực hiện tốt các nghị quyết Trung ương, nhất là thực hiện tốt Nghị quyết số 57-NQ/TW của "
        "Bộ Chính trị ...'). A committee's plenum news (as blind43 g07): no document of its own named, no number, no type, "
        "no date (26-9 is the meeting). Issuer: every correct name holds 'Thuận An'; a ward of the two-level system: "
        "commune level. Locality: 'TPHCM' is named and the 2025 gazetteer has a phường Thuận An in Hồ Chí Minh (others "
        "are in Huế, Hà Nội, Lâm Đồng; the city named decides): Hồ Chí Minh / Thuận An, no district. The resolution 57 is "
        "the work the committee reports carrying out: tolerated as a parent, not required; a citation. Title ungraded. "
        "Signer: none: null."
    ),
)
L["c07_phutho_vinhphu_dux_tongket_2025_baophutho"] = dict(
    document=dict(
        number=None,
        issued_on=None,
        issuer={"name_contains": "Vĩnh Phú", "level": "commune"},
        locality=loc("Phú Thọ", None, "Vĩnh Phú"),
        signer=None,
    ),
    implements=[],
    implements_optional=["57-NQ/TW"],
    citations=["57-NQ/TW"],
    task_labels=[],
    notes=(
        "Phú Thọ's paper: ' date 2025-12-26 Xây dựng Đảng / Đảng uỷ xã Vĩnh Phú tổng kết công tác xây dựng Đảng, chính "
        "quyền năm 2025', 'Ngày 26/12, Đảng uỷ xã Vĩnh Phú tổ chức hội nghị tổng kết ... năm 2025 và triển khai phương "
        "hướng, nhiệm vụ năm 2026', the provincial official attending, the year's results ('thúc đẩy chuyển đổi số theo "
        "Nghị quyết số 57-NQ/TW được chú trọng'). A year-end review's news: no number, no date of its own (26/12 is the "
        "meeting). Type ungraded (key left out): the review's report (BC) or no document are both defensible readings. "
        "Issuer 'Đảng uỷ xã Vĩnh Phú': every correct name holds 'Vĩnh Phú'; commune level. Locality: the text names only "
        "the commune ('Tỉnh uỷ' unnamed); the 2025 gazetteer's only Vĩnh Phú is Phú Thọ's: province as seed 000 infers, no "
        "district. 57-NQ/TW is work the year carried out: tolerated as a parent, not required; a citation. Title "
        "ungraded. Signer: none: null."
    ),
)

write_labels(root, L)
