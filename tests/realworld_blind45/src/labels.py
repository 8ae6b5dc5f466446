"""Labels of blind set 45, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["b01_haiduong_ninhhai_dangbo_kh25_2023_nqtw8"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Đảng bộ xã Ninh Hải", "level": "commune"},
        locality=loc("Hải Dương", "Ninh Giang", "Ninh Hải"),
        signer=None,
    ),
    implements=[
        imp("183-KH/TU", "2023-11-28"),
        imp("126-KH/HU", "2023-12-01"),
        imp("25-KH/ĐU", "2023-12-07"),
    ],
    citations=["183-KH/TU", "126-KH/HU", "25-KH/ĐU", "42-NQ/TW", "43-NQ/TW", "45-NQ/TW"],
    task_labels=[],
    notes=(
        "A commune portal's item with no headline in the excerpt: 'Thực hiện Kế hoạch số 183-KH/TU ngày 28/11/2023 của "
        "tỉnh ủy Hải Dương về ...; Kế hoạch số 126-KH/HU ngày 01/12/2023 của Huyện ủy Ninh Giang ...; Thực hiện Kế hoạch "
        "số 25-KH/ĐU ngày 07/12/2023 của Ban Chấp hành Đảng bộ xã Ninh Hải;' (the clause closed by a semicolon and a line "
        "break), then 'Ngày 21/12/2023 Ban Chấp hành Đảng bộ xã Ninh Hải tổ chức Hội nghị ... triển khai Nghị quyết Hội "
        "nghị lần thứ 8 ...' and the secretary's talk on 42-NQ/TW, 43-NQ/TW, 45-NQ/TW. An activity report under three "
        "plans (the province's, the district's and the commune's own): not one plan named alone, so, as blind41 b01 (an "
        "office's activity under two upper documents), no document of its own: number, type and date null, and the "
        "issuer is the acting body, the commune's Party executive committee (every correct name holds 'Đảng bộ xã Ninh "
        "Hải', with or without 'Ban Chấp hành'); commune level. A judgement: one could read the item as the record of "
        "the commune's own 25-KH/ĐU (blind35 b08's one-plan convention); the label does not, because two upper plans "
        "are named beside it. Parents: all three plans under 'Thực hiện' (the second inside the same clause), with "
        "their dates. Citations: the three plans and the three resolutions the talk names. Locality: the gazetteer of "
        "the time has no commune Ninh Hải in Ninh Giang (those it has are in Ninh Bình, Thanh Hóa, Khánh Hòa), but the "
        "text names the commune's own district and province committees ('Huyện ủy Ninh Giang', 'tỉnh ủy Hải Dương') as "
        "the ones above it: Hải Dương, Ninh Giang, Ninh Hải (judgement). No title (no document). Signer: none (the "
        "secretary speaks): null."
    ),
)
L["b02_quangtri_giolinh_danguytt_kh09_2021_ct05"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Gio Linh", "level": "commune"},
        locality=loc("Quảng Trị", "Gio Linh", "Gio Linh"),
        signer=None,
    ),
    implements=[imp("09-KH/HU", "2021-03-11")],
    implements_optional=["05-CT/TW"],
    citations=["09-KH/HU", "05-CT/TW"],
    task_labels=[],
    notes=(
        "A township portal (Gio Linh, Quảng Trị), a breadcrumb 'Thời sự - Chính trị', then 'Thực hiện kế hoạch số 09- "
        "KH/HU ngày 11/3/2021 của BTV huyện ủy, ngày 16/4/2021, đảng ủy TT Gio Linh đã tiến hành tổ chức hội nghị sơ kết "
        "5 năm thực hiện Chỉ thị số 05- CT/TW của Bộ chính trị về \"Đẩy mạnh học tập ...\"' (a space after each "
        "hyphen), guests, and 'Đảng ủy thị trấn đã ban hành nhiều văn bản chỉ đạo ...'. An activity report whose "
        "actor is named ('đảng ủy TT Gio Linh ... tổ chức hội nghị'), as blind41 b02 (a commune People's Committee "
        "acting under one resolution): no document of its own, the issuer is the actor, the township's Party committee "
        "(every correct name holds 'Gio Linh'; 'TT' is 'thị trấn'), commune level (a township is a commune-level unit). "
        "Locality: thị trấn Gio Linh is a unit only huyện Gio Linh, Quảng Trị has: the province and district as seed "
        "000 infers them, the commune 'Gio Linh'. Parent: the district standing committee's 09-KH/HU of 2021-03-11 "
        "(canonical without the space). 05-CT/TW is what the reviewed five years carried out ('sơ kết 5 năm thực hiện "
        "Chỉ thị'): tolerated as a parent, cited. Signer: none: null."
    ),
)
L["b03_nghean_trungphuccuong_ubndxa_kh_2023_raquan"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "Trung Phúc Cường", "level": "commune"},
        locality=loc("Nghệ An", "Nam Đàn", "Trung Phúc Cường"),
        title_contains="ra quân làm",
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "A commune portal: headline 'Xã Trung Phúc Cường phát động ra quân làm giao thông, thủy lợi, vệ sinh môi "
        "trường, chỉnh trang xóm nhân ngày 16/10', '17/10/2023' (posting), 'Lượt xem: 544', then 'chiều ngày 16/10, ... "
        "UBND xã Trung Phúc Cường đã tổ chức lễ phát động ...', the chairman's speech, and 'Tiếp đó, đ/c Nguyễn Văn Hòa "
        "- UVBTV, PCT UBND xã thông qua Kế hoạch về đợt ra quân làm thủy lợi, giao thông nội đồng, vệ sinh môi trường "
        "nhân ngày 16/10.', closed by a social-media counter ('Tất cả cảm xúc: 16Trọng Tuấn, ...'). The one document "
        "the item names is the commune People's Committee's plan presented at the launch (as blind39 b02, a plan "
        "adopted at a meeting): KH, no number, no date of its own (16/10 is the launch day, the plan's title names "
        "it as the campaign's day). Issuer: every correct name holds 'Trung Phúc Cường'; commune level. Locality: "
        "Trung Phúc Cường is a commune only Nam Đàn (Nghệ An) has: province and district as seed 000 infers them. "
        "Title: 'ra quân làm' is in both the plan's words and the headline's. 'Hưởng ứng ngày toàn dân ra quân làm "
        "thủy lợi' names no document: no parent. Signer: none (the vice-chairman presents the plan; no signature "
        "shown): null."
    ),
)
L["b04_quangnam_bactramy_ubndhuyen_kh27_2023_pbgdpl"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"level": "commune"},
        locality=loc("Quảng Nam", "Bắc Trà My", None),
        signer=None,
    ),
    implements=[
        imp("27/KH-UBND", "2023-02-07", "Bắc Trà My"),
        imp("36/KH-UBND", "2023-02-10"),
    ],
    citations=["27/KH-UBND", "36/KH-UBND"],
    task_labels=[],
    notes=(
        "A district portal's results item: headline 'Đẩy mạnh các hoạt động tuyên truyền phổ biến pháp luật tại cơ sở', "
        "then 'Thực hiện Kế hoạch số 27/KH-UBND ngày 07/02/2023 của UBND huyện Bắc Trà My về công tác tuyên truyền ... "
        "năm 2023 và Kế hoạch số 36/KH-UBND ngày 10/02/2023 của UBND huyện về thực hiện Đề án ..., trong quý I/2023, "
        "UBND các xã, thị trấn đã triển khai tuyên truyền ...', a caption ('Cán bộ xã Trà Sơn tổ chức tuyên truyền lưu "
        "động'), the quarter's figures and the site's footer ('Tin liên quan', 'Người phát ngôn'). A results item of "
        "many bodies under two district plans, as blind41 b06 (a province's results item): no document, and no single "
        "named issuer; the acting bodies are the communes' People's Committees collectively, so only the level is "
        "graded, commune (judgement: the district that issued the plans is their author, not the actor here). "
        "Locality: 'huyện Bắc Trà My' is a district only Quảng Nam has; no one commune is the actor (Trà Sơn is in a "
        "caption): commune null. Parents: both plans, under 'Thực hiện', with their dates; the first names 'UBND huyện "
        "Bắc Trà My'. Laws listed are the content told, not cited documents. Signer: none: null."
    ),
)
L["b05_phutho_yenlap_ubndhuyen_2021_duthaonq"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "UBND huyện", "level": "district"},
        locality=loc(None),
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "A district portal's meeting report: headline 'UBND huyện họp phiên thường kỳ tháng 3 năm 2021', 'Cập nhật: "
        "15/03/2021', 'Lượt xem: 4104 lượt xem', 'Ngày 10/3, UBND huyện tổ chức phiên họp thường kỳ tháng 3 năm 2021 "
        "...', then the offices present 'các dự thảo Nghị quyết của Ban chấp hành Đảng bộ huyện khóa XXIV về phát triển "
        "kết cấu hạ tầng ...; về phát triển kinh tế đồi rừng ...; về phát triển Giáo dục và Đào tạo ...' and the "
        "chairman's instructions, closed by the byline 'Vũ Trịnh (Đài TT Yên Lập)'. Three drafts of another body (the "
        "district Party executive committee) are discussed: no one document, and none of the holder's own (unlike "
        "blind41 b05's own draft plan). As blind41 b07 (a meeting report with no document), the issuer is the body "
        "that held the meeting, 'UBND huyện' (every correct name holds it), district level; number, type and date null. "
        "Locality: the text never names the district but in the radio station of the byline; a byline is not the "
        "issuer's text, so all parts null (judgement; the URL's 'yenlap.phutho' is no evidence). No numbered "
        "document: no parent, no citation. Signer: the byline is the reporter: null."
    ),
)
L["b06_haiduong_tanhong_danguy_2023_hopbch"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Đảng ủy xã Tân Hồng", "level": "commune"},
        locality=loc(None, None, "Tân Hồng"),
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "A commune portal's meeting report: 'Chiều ngày 12/6, Đảng ủy xã Tân Hồng tổ chức hội nghị BCH Đảng bộ mở rộng "
        "để đánh giá kết quả thực hiện nhiệm vụ tháng 05 năm 2023 và triển khai nhiệm vụ trong tâm trong tháng 06 năm "
        "2023 ...', attendees, and the secretary 'đã quán triệt, triển khai các văn bản chỉ đạo của cấp trên; ...'. No "
        "document is named: as blind41 b07, the issuer is the body that held the meeting, 'Đảng ủy xã Tân Hồng', "
        "commune level; number, type and date null. Locality: Tân Hồng is a commune in Bình Giang (Hải Dương) and a "
        "ward in Từ Sơn (Bắc Ninh) in the gazetteer (and a district of Đồng Tháp): not unique, so only the commune is "
        "named (the URL's 'binhgiang.haiduong' is no evidence). No parent, no citation. Signer: none: null."
    ),
)
L["b07_hanam_thanhhai_danguy_2024_lichsu"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "xã Thanh Hải", "level": "commune"},
        locality=loc(None, None, "Thanh Hải"),
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "A district portal (Thanh Liêm, in the URL only): 'Skip Ribbon Commands', headline 'Đảng uỷ xã Thanh Hải kỷ "
        "niệm 94 năm ngày thành lập Đảng, phát hành cuốn lịch sử đảng bộ xã' (twice, with a breadcrumb 'Tin tức - Sự "
        "kiện Tin hoạt động của các xã, thị trấn'), then 'Đảng ủy xã Thanh Hải vừa long trọng tổ chức lễ kỷ niệm 94 năm "
        "... ( 03/02/1930-03/02/2024); phát hành cuốn lịch sử Đảng bộ xã giai đoạn 1930 - 2020 và trao tặng huy hiệu "
        "Đảng ...', an image name, and the book's chapters. An activity report: the book is a publication, not a "
        "document of the cascade, so no document; the issuer is the actor, the commune's Party committee (every "
        "correct name holds 'xã Thanh Hải'), commune level; number, type and date null (03/02/2024 is the anniversary). "
        "Locality: Thanh Hải is a commune or ward in five provinces in the gazetteer: only the commune is named. No "
        "numbered document. Signer: none: null."
    ),
)

write_labels(root, L)
