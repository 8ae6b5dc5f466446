"""Labels of blind set 35, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["b01_bentre_mocaynam_btvhu_kh171_2019_daihoi_news"] = dict(
    document=dict(
        number="171-KH/HU",
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "Huyện ủy Mỏ Cày Nam", "level": "district"},
        locality=loc("Bến Tre", "Mỏ Cày Nam"),
        title_contains="tổ chức Đại hội Đảng bộ các cấp",
        signer=None,
    ),
    implements=[imp("183-KH/TU", "2019-07-19", "Tỉnh ủy")],
    implements_optional=["35-CT/TW"],
    citations=["183-KH/TU", "35-CT/TW"],
    task_labels=[],
    notes=(
        "Provincial paper (Đồng Khởi), headline 'Mỏ Cày Nam triển khai kế hoạch tổ chức Đại hội Đảng bộ các cấp', a posting "
        "time '10/10/2019 - 21:07' (the posting, not the plan's date), then 'BDK - Thực hiện Kế hoạch số 183-KH/TU ngày "
        "19-7-2019 của Tỉnh ủy về “Đại hội Đảng bộ 3 cấp”, Ban Thường vụ Huyện ủy Mỏ Cày Nam vừa triển khai Kế hoạch số "
        "171-KH/HU về tổ chức Đại hội Đảng bộ các cấp ...'. The document is that plan: 171-KH/HU, KH; the item gives no date "
        "of it: issued_on null. Issuer the district's standing committee (every correct name holds 'Huyện ủy Mỏ Cày Nam'): "
        "district level; Mỏ Cày Nam is a district only Bến Tre has: province inferred (seed 000's convention). The "
        "provincial plan 183-KH/TU is what it carries out ('Thực hiện ...', dated 19-7-2019, of the 'Tỉnh ủy'): required. "
        "The standing committee asks the committees to 'quán triệt ... Chỉ thị số 35-CT/TW của Bộ Chính trị': a directive "
        "the plan relays, tolerated as a parent, not required. The schedule is reported prose: no task. No recipients. "
        "Signer: the paper's tag 'BDK' only: null."
    ),
)
L["b02_angiang_chauphu_btvhu_kh_daihoi_2019_news"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "Huyện ủy Châu Phú", "level": "district"},
        locality=loc("An Giang", "Châu Phú"),
        title_contains="chuẩn bị Đại hội Đảng",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Provincial paper (An Giang), headline 'Châu Phú triển khai kế hoạch chuẩn bị Đại hội Đảng bộ các cấp', posting time "
        "'15/08/2019 - 08:34', a font-size widget 'A A', then ' - Ban Thường vụ Huyện ủy Châu Phú vừa tổ chức hội nghị triển "
        "khai kế hoạch chuẩn bị Đại hội Đảng các cấp, tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.' and the "
        "plan's schedule ('Ban Thường vụ Huyện ủy Châu Phú dự kiến: ...'). The document is that plan (KH), unnumbered and "
        "undated in the item. Issuer the district's standing committee; district level; Châu Phú is a district only An "
        "Giang has: province inferred. Title: the words the headline ('chuẩn bị Đại hội Đảng bộ các cấp') and the lead "
        "('chuẩn bị Đại hội Đảng các cấp') share. 'Đảng bộ xã Bình Mỹ' is a commune under it, not the issuer. No cited "
        "number, no task (reported schedule). Signer: the byline 'MỸ LINH': null."
    ),
)
L["b03_backan_bachthong_havi_dux_kh85_2019_daihoi_portal"] = dict(
    document=dict(
        number="85-KH/ĐU",
        doc_type="KH",
        issued_on="2019-08-21",
        issuer={"name_contains": "Đảng ủy xã Hà Vị", "level": "commune"},
        locality=loc("Bắc Kạn", "Bạch Thông", "Hà Vị"),
        title_contains="triển khai công tác chuẩn bị Đại hội các Chi bộ trực thuộc Đảng ủy",
        signer=None,
    ),
    implements=[],
    implements_optional=["35-CT/TW", "153-KH/ĐU", "152-KH/ĐU"],
    citations=["35-CT/TW", "153-KH/ĐU", "152-KH/ĐU"],
    task_labels=[],
    notes=(
        "District portal (Bạch Thông), headline in capitals 'HÀ VỊ TỔ CHỨC TRIỂN KHAI CÔNG TÁC CHUẨN BỊ ĐẠI HỘI ĐẢNG CÁC CẤP "
        "NHIỆM KỲ 2020-2025', a comment count '0', then 'Sáng ngày 26/8/2019, Đảng ủy xã Hà Vị đã tổ chức Hội nghị triển "
        "khai ...' and the list the commune's standing committee deployed: 'Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính "
        "trị ...; Kế hoạch số 153-KH/ĐU ngày 11/7/2019 của Ban Thường vụ Tỉnh ủy Bắc Kạn ...; Kế hoạch số 152-KH/ĐU ngày "
        "14/8/2019 của Ban Thường vụ Huyện ủy Bạch Thông ...; Kế hoạch số 85-KH/ĐU ngày 21/8/2019 của Đảng ủy xã Hà Vị về "
        "triển khai công tác chuẩn bị Đại hội các Chi bộ trực thuộc Đảng ủy, Đại hội Đảng bộ xã lần thứ XII, nhiệm kỳ "
        "2020-2025'. The document is the commune's own plan, the last of the list and the one the conference is about (a "
        "judgement: the item reports the conference that deploys it): 85-KH/ĐU, 2019-08-21, issuer 'Đảng ủy xã Hà Vị', "
        "commune level; the text names the province (Bắc Kạn) and the district (Bạch Thông) of the upper plans and the "
        "commune Hà Vị. The province's and the district's plans are written '-KH/ĐU' in this copy (the site's typing; the "
        "label keeps the numbers as written). The item does not say the commune's plan carries out the three upper "
        "documents, only that all were deployed together: tolerated as parents, none required. No task, no recipients. "
        "Signer: none: null."
    ),
)
L["b04_backan_bachthong_vihuong_bchdbx_nq_hdnd_2021_portal"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issued_on="2021-01-29",
        issuer={"name_contains": "Đảng bộ xã Vi Hương", "level": "commune"},
        locality=loc("Bắc Kạn", "Bạch Thông", "Vi Hương"),
        title_contains="số lượng, cơ cấu đại biểu",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Commune portal (Vi Hương), headline 'HỘI NGHỊ BCH ĐẢNG BỘ XÃ VI HƯƠNG THÁNG 01 NĂM 2021', then 'Ngày 29 tháng 01 năm "
        "2021 BCH Đảng bộ xã Vi Hương đã tổ chức họp ... BCH Đảng bộ đã thảo luận, bỏ phiếu và biểu quyết thông qua Nghị "
        "quyết về số lượng, cơ cấu đại biểu HĐND xã khóa XX, nhiệm kỳ 2021 – 2026.', a caption 'Toàn cảnh Hội nghị' and "
        "'Tác giả: Nguyễn Văn Hoán – Bí thư Đảng ủy'. The document is that resolution (the only one the item names; the "
        "'một số nghị quyết chuyên đề' are unnamed): NQ, unnumbered, passed at the meeting of 29 January 2021 (issued_on "
        "that day, a judgement: a committee's resolution bears the day it is passed). Issuer the commune's Party executive "
        "committee ('BCH Đảng bộ xã Vi Hương'; every correct name holds 'Đảng bộ xã Vi Hương'): commune level; Vi Hương is "
        "a commune only Bạch Thông (Bắc Kạn) has: district and province inferred. No cited number, no task. Signer: the "
        "Party secretary is named as the item's author ('Tác giả:'), not as the resolution's signer: null."
    ),
)
L["b05_thanhhoa_vinhloc_dbxmoi_nq_daihoi_2025_news"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issued_on=None,
        issuer={"name_contains": "Đảng bộ xã Vĩnh Lộc", "level": "commune"},
        locality=loc(None, None, "Vĩnh Lộc"),
        title_contains="lần thứ I, nhiệm kỳ 2025",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=["18-NQ/TW"],
    task_labels=[],
    notes=(
        "Provincial paper (Thanh Hóa) with a crawler's date marker ' date 2025-09-23', headline 'Quán triệt, triển khai Nghị "
        "quyết Đại hội đại biểu Đảng bộ xã Vĩnh Lộc lần thứ I, nhiệm kỳ 2025-2030', then 'Sáng 23/9, Đảng bộ xã Vĩnh Lộc tổ "
        "chức Hội nghị học tập, quán triệt và triển khai Nghị quyết ...; tổng kết nghị quyết số 18-NQ/TW ...' and the "
        "resolution's targets ('Nghị quyết đề ra 25 chỉ tiêu'). One of the new two-level communes (after 1 July 2025). The "
        "document is the congress's resolution: NQ, unnumbered, undated in the item (23/9 is the study session). Issuer the "
        "commune's Party organisation (every correct name holds 'Đảng bộ xã Vĩnh Lộc'): commune level. Locality: the text "
        "names only the commune; the gazetteer holds a 'xã Vĩnh Lộc' after 2025 in Thanh Hóa, Hồ Chí Minh City and Cà Mau "
        "(and before it in An Giang and Bạc Liêu), so the province is not supported: null (a judgement; the paper's "
        "province is not evidence). Title: the words the headline and the lead share ('lần thứ I, nhiệm kỳ 2025-2030' vs "
        "'2025 - 2030'). 18-NQ/TW is summed up at the same session, not carried out by the resolution: a citation, not a "
        "parent. The targets are reported: no task. Signer: none: null."
    ),
)
L["b06_hcm_tanbinh_phuong1_ubndp_kh200_2023_khupho_portal"] = dict(
    document=dict(
        number="200/KH-UBND",
        doc_type="KH",
        issued_on="2023-08-23",
        issuer={"name_contains": "Phường 1", "level": "commune"},
        locality=loc(None, None, "Phường 1"),
        title_contains="sắp xếp khu phố trên địa bàn phường",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "District portal (Tân Bình, in its English-locale path): the year's motto 'Chủ đề năm 2023: ...', menu words "
        "('Danh mục Danh mục', 'Back'), headline 'PHƯỜNG 1 TỔ CHỨC HỘI NGHỊ LẤY Ý KIẾN DỰ THẢO ĐỀ ÁN SẮP XẾP KHU PHỐ TRÊN "
        "ĐỊA BÀN PHƯỜNG', then the ward's conference: '... bà Phan Hoàng Oanh - Phó Chủ tịch UBND phường triển khai kế "
        "hoạch số 200/KH-UBND ngày 23/8/2023 của Ủy ban nhân dân Phường 1 về sắp xếp khu phố trên địa bàn phường theo quy "
        "định của Trung ương; ... triển khai dự thảo Đề án ...', and the credit 'ỦY BAN NHÂN DÂN PHƯỜNG 1'. The document is "
        "the ward's plan, the one numbered document the conference deploys (a judgement: the draft Đề án has no number and "
        "is not issued): 200/KH-UBND, KH, 2023-08-23, issuer the People's Committee of Phường 1 (every correct name holds "
        "'Phường 1'): commune level (a ward). Locality: the text names only 'Phường 1' (33 wards bear that name; Tân Bình and "
        "the city are only in the address): province and district null, commune 'Phường 1' (the gazetteer's name). The Party "
        "secretary and chairwoman are attendees, not signers; the closing credit is the site's: signer null. No cited "
        "number, no task."
    ),
)
L["b07_hue_huongan_dbp_nq_daihoi_2025_news"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issued_on=None,
        issuer={"name_contains": "Đảng bộ phường Hương An", "level": "commune"},
        locality=loc("Huế", None, "Hương An"),
        title_contains="lần thứ I, nhiệm kỳ 2025 - 2030",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=["50-CT/TW"],
    task_labels=[],
    notes=(
        "City paper (Huế ngày nay) with a crawler's date marker ' date 2025-09-07', a caption-like lead 'Ông Trương Quang "
        "Trung, Bí thư Đảng ủy phường Hương An quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - "
        "2030', then the study session (121 Party members, 'NQ đại hội', 'Chỉ thị 50-CT/TW của Ban Bí thư'). A ward of the "
        "two-level system. The document is the ward congress's resolution: NQ, unnumbered, undated in the item. Issuer the "
        "ward's Party organisation ('Đảng bộ phường' of Hương An; every correct name holds 'Đảng bộ phường Hương An'): "
        "commune level. Locality: 'phường Hương An' is a ward only Huế has (the other Hương An is a township of Quảng Nam): "
        "province Huế (the city under the centre since 2025, as blind14 and blind27 name it), commune Hương An; no district "
        "in a 2025 text (a judgement). 50-CT/TW is introduced at the same session, not carried out by the resolution: a "
        "citation, not a parent. The secretary presents the resolution; he does not sign it in the item: signer null. No "
        "task."
    ),
)
L["b08_thanhhoa_thoxuan_quangphu_dux_kh33_2022_chibo_portal"] = dict(
    document=dict(
        number="33-KH/ĐU",
        doc_type="KH",
        issued_on="2022-04-22",
        issuer={"name_contains": "Đảng ủy xã Quảng Phú", "level": "commune"},
        locality=loc(None, None, "Quảng Phú"),
        title_contains="tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2022-2025",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Commune portal (Quảng Phú, Thọ Xuân), headline 'Chi bộ 17 đảng bộ xã Quảng Phú tổ chức đại hội điểm chi bộ nhiệm "
        "kỳ 2022-2025', a caption, then 'Thực hiện Kế hoạch số 33-KH/ĐU, ngày 22/4/2022 của Đảng uỷ xã Quảng Phú về việc tổ "
        "chức đại hội chi bộ trực thuộc nhiệm kỳ 2022-2025; ...' and the congress of the village cell on 20/5/2022. The "
        "one document the item names is the commune committee's plan the congress carries out; the item reports an "
        "event, so the document is that plan (a judgement; the cell's own resolution is not named in the excerpt): "
        "33-KH/ĐU, KH, 2022-04-22, issuer 'Đảng uỷ xã Quảng Phú' (folded 'uỷ' = 'ủy'), commune level. Locality: the text "
        "names the commune only ('Ban Tổ chức Huyện ủy' without the district's name); Quảng Phú is a commune in Thanh Hóa, "
        "Bắc Ninh, Quảng Bình, Huế, Đắk Nông (and a ward, a township elsewhere): province and district null. Its own "
        "number is not a citation. No task. Signer: none (the officials are attendees): null."
    ),
)

if __name__ == "__main__":
    write_labels(root, L)
