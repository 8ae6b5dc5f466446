"""Labels of blind set 41, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["b01_hatinh_vuquang_phongtuphap_news_2021_tgpl"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Phòng Tư pháp", "level": "district"},
        locality=loc("Hà Tĩnh", "Vũ Quang"),
        signer=None,
    ),
    implements=[imp("19/KH-UBND", "2021-02-02"), imp("131/TGPL-NV", "2021-09-29")],
    citations=["19/KH-UBND", "131/TGPL-NV"],
    task_labels=[],
    notes=(
        "A provincial justice department's site, an activity item of a district office: 'Thực hiện Kế hoạch số 19/KH-UBND "
        "ngày 02/02/2021 của UBND huyện về thực hiện nhiệm vụ công tác tư pháp năm 2021; Văn bản số 131/TGPL-NV ngày "
        "29/9/2021 của Trung tâm Trợ giúp pháp lý Nhà nước tỉnh; ngày 06/10/2021, Phòng Tư pháp huyện phối hợp với Trung "
        "tâm ... tổ chức cấp phát tờ gấp ...', closed by 'Phòng tư pháp huyện Vũ Quang'. The item makes no document of its "
        "own (a leaflet handout and a survey): no number, no type, no date (06/10/2021 is the activity). The record is the "
        "district justice office's item (its closing line names it; every correct name holds 'Phòng Tư pháp'): district "
        "level; Vũ Quang is a district only Hà Tĩnh has. Its 'Thực hiện' clause names two parents, separated by ';': the "
        "district People's Committee's 19/KH-UBND and the provincial legal-aid centre's letter 131/TGPL-NV, both carried "
        "out. No trích yếu: title ungraded. No outline: no task. No recipients. Signer: the closing office name is the "
        "item's author line, no signature: null."
    ),
)
L["b02_hanoi_danphuong_honghaubndxa_news_2022_nq57"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "xã Hồng Hà", "level": "commune"},
        locality=loc("Hà Nội", "Đan Phượng", "Hồng Hà"),
        signer=None,
    ),
    implements=[imp("57-NQ/ĐU", "2021-12-21")],
    citations=["57-NQ/ĐU"],
    task_labels=[],
    notes=(
        "A commune portal's news (banner 'TIN NỔI BẬT TIN NỔI BẬT', 'Ngày đăng 12/04/2022 | 16:28  | Lượt xem: 126'), "
        "headline 'UBND xã Hồng Hà: Triển khai phương hướng, nhiệm vụ công tác quý 2 năm 2022', a quarter's results, "
        "then 'UBND xã Hồng Hà đã chủ động triển khai thực hiện Nghị quyết số 57-NQ/ ĐU ngày 21/12/2021 của Đảng ủy xã về "
        "lãnh đạo phát triển kinh tế - xã hội năm 2022; ban hành các chương trình, kế hoạch cụ thể hóa thực hiện.' (a space "
        "inside the number). The item is the commune People's Committee's quarterly review; it names no document of its "
        "own (the 'chương trình, kế hoạch' are unnamed, unnumbered): no number, no type, no date (12/04/2022 is the "
        "posting). Issuer: the commune People's Committee, every correct name holds 'xã Hồng Hà'; commune level. Locality: "
        "'xã Hồng Hà' is a commune only Đan Phượng (Hà Nội) has (the other Hồng Hà are wards): district and province as "
        "seed 000 infers them. Parent: the commune Party committee's resolution 57-NQ/ĐU, carried out ('triển khai thực "
        "hiện'). Title: a headline of a review meeting, no trích yếu: ungraded. Signer: none: null."
    ),
)
L["b03_soctrang_sgddt_qd1315_2022_thanhtra_cchc"] = dict(
    document=dict(
        number="1315/QĐ-SGDĐT",
        doc_type="QĐ",
        issued_on="2022-09-26",
        issuer={"name_contains": "Sở Giáo dục và Đào tạo", "level": "province"},
        locality=loc("Sóc Trăng"),
        title_contains="công tác thanh tra trong năm học 2022-2023",
        signer=None,
    ),
    implements=[],
    implements_optional=["2083/QĐ-UBND"],
    citations=["2083/QĐ-UBND", "35/KH-TTr"],
    task_labels=[],
    notes=(
        "A province's administrative-reform site: posting time '15:38 30/08/2023', headline 'Tăng cường công tác thanh "
        "tra, kiểm tra ...', then '... căn cứ Kế hoạch thời gian ... được UBND tỉnh phê duyệt tại Quyết định số "
        "2083/QĐ-UBND ngày 12/8/2022 và phương hướng, nhiệm vụ thực tiễn trong năm học, Sở Giáo dục và Đào tạo (GDĐT) đã "
        "ban hành Quyết định số 1315/QĐ-SGDĐT ngày 26/9/2022 phê duyệt Kế hoạch số 35/KH-TTr ngày 22/9/2022 về công tác "
        "thanh tra trong năm học 2022-2023.' The one document the department issues: 1315/QĐ-SGDĐT, QĐ, 2022-09-26 (the "
        "news lead's 'ban hành Quyết định số ...' form). Issuer: the provincial education department ('Sở Giáo dục và Đào "
        "tạo Sóc Trăng'), province level, Sóc Trăng named. Title: the decision approves the inspectorate's plan 'về công tác "
        "thanh tra trong năm học 2022-2023'; the label holds those words. Parent: the decision rests ('căn cứ') on the "
        "province's school-year timetable approved by 2083/QĐ-UBND: a plan among the bases of a state document, tolerated "
        "(not required: 'căn cứ' a timetable, not a carry-out verb). 35/KH-TTr is the plan the decision approves: cited, "
        "not carried out. No outline. Signer: none named: null."
    ),
)
L["b04_quangbinh_badon_pgddt_tb_2020_ngaplut"] = dict(
    document=dict(
        number=None,
        doc_type="TB",
        issued_on="2020-10-18",
        issuer={"name_contains": "Phòng GD&ĐT", "level": "district"},
        locality=loc(None),
        signer=None,
    ),
    implements=[imp("14/CĐ-UBND", "2020-10-15"), imp("07/CĐ-SGDĐT", "2020-10-14")],
    citations=["14/CĐ-UBND", "07/CĐ-SGDĐT"],
    recipients_include=["Hiệu trưởng các trường MN, TH, THCS"],
    notes=(
        "A town education office's site (Ba Đồn, in the URL only): 'Thông báo Khẩn ngày 18/10/2020', 'Kính gửi:' / "
        "'Hiệu trưởng các trường MN, TH, THCS và TH&THCS trên toàn thị xã', then '... Thực hiện chỉ đạo của Giám đốc Sở "
        "Giáo dục và Đào tạo. Phòng GD&ĐT yêu cầu: 1. Các đơn vị tiếp tục thực hiện nghiêm Công điện số 14/CĐ-UBND ngày "
        "15/10/2020 của Chủ tịch UBND tỉnh và Công điện số 07/CĐ-SGDĐT ngày 14/10/2020 của Giám đốc Sở ... 2. Cho học "
        "sinh ... nghỉ học ...', closing 'Trân trọng!'. The document is that urgent notice: TB, no number, dated by its "
        "title line 2020-10-18. Issuer: the office writes itself 'Phòng GD&ĐT' (every correct name holds it); a town (thị "
        "xã) is district level; the text names no town or province ('toàn thị xã', 'toàn tỉnh'): locality null. Parents: "
        "the notice exists to carry out the two telegrams it orders executed ('tiếp tục thực hiện nghiêm Công điện số "
        "... và Công điện số ...'), the province chair's 14/CĐ-UBND and the department's 07/CĐ-SGDĐT; the director's "
        "unnumbered 'chỉ đạo' is no graded parent. Title: no trích yếu beyond 'Thông báo Khẩn ngày ...': ungraded. Tasks: a "
        "notice's two numbered demands, not a plan's outline: ungraded. Recipients: the 'Kính gửi' block. Signer: none "
        "shown: null."
    ),
)
L["b05_hatinh_thachha_ubndhuyen_duthao_2020_ctrdaihoi"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "huyện Thạch Hà", "level": "district"},
        locality=loc("Hà Tĩnh", "Thạch Hà"),
        title_contains="chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ huyện",
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "A district portal's meeting report: 'Sáng ngày 8/9/2020, UBND huyện Thạch Hà tổ chức phiên họp lấy ý kiến dự thảo "
        "kế hoạch triển khai chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ huyện khóa XXX, nhiệm kỳ 2020 "
        "-2025.', then the comments of the chairman, office heads and the council's vice-chair. The document is the "
        "holder's own draft plan discussed at the meeting (as blind39 b05 and blind37 b07 were labelled): KH, no number, no "
        "date (8/9/2020 is the meeting). Issuer: the district People's Committee, every correct name holds 'huyện Thạch "
        "Hà'; district level; Thạch Hà is a district only Hà Tĩnh has (and the text names 'thành phố Hà Tĩnh'). Title: "
        "the draft's subject. The plan carries out the district Party committee's action programme on its congress "
        "resolution: neither is numbered, no graded parent. Quarters ('quý III/2020') are the comments' deadlines, not an "
        "outline. Signer: none: null."
    ),
)
L["b06_gialai_pbgdpl_news_2019_kh4596"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"level": "province"},
        locality=loc("Gia Lai"),
        signer=None,
    ),
    implements=[imp("4596/KH-UBND", "2017-12-26", "Gia Lai")],
    citations=["4596/KH-UBND", "02/KH-HĐPHPBGDPL"],
    task_labels=[],
    notes=(
        "The Justice Ministry's legal-education site, a province's results item: headline 'Gia Lai: Một số kết quả nổi bật "
        "trong công tác phổ biến, giáo dục pháp luật năm 2018', '10/01/2019' (posting), then 'Triển khai Kế hoạch số "
        "4596/KH-UBND ngày 26/12/2017 của Ủy ban nhân dân tỉnh Gia Lai về công tác phổ biến ... năm 2018. Sở Tư pháp, các "
        "sở, ban, ngành, đoàn thể tỉnh, Ủy ban nhân dân các huyện ... đã ... ban hành Kế hoạch tổ chức công tác PBGDPL ...' "
        "(the carry-out clause closed by a full stop before its many subjects), and later 'Hội đồng đã ban hành Kế hoạch số "
        "02/KH-HĐPHPBGDPL ngày 30/01/2018 về hoạt động của Hội đồng ...'. The item is a province's year report on the work "
        "4596/KH-UBND set; it has no number, type word or date of its own. Its writer is not named (the justice department "
        "presumably, but many bodies act): the issuer's name is ungraded, its level is the province's. Parent: the "
        "provincial People's Committee's 4596/KH-UBND ('Triển khai'). 02/KH-HĐPHPBGDPL is one result told (the provincial "
        "council's own plan): cited. No outline ('Thứ nhất, ...' lists results). Signer: none: null."
    ),
)
L["b07_soctrang_congantinh_news_2021_baucu"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Công an tỉnh Sóc Trăng", "level": "province"},
        locality=loc("Sóc Trăng"),
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "A province TV site's meeting news: headline 'Công an Sóc Trăng quyết tâm bảo đảm an toàn tuyệt đối cuộc bầu cử "
        "(Lượt xem: 11042)', a breadcrumb, 'Cập nhật: 20/05/2021', then 'Chiều ngày 19/5/2021, Công an tỉnh Sóc Trăng tổ "
        "chức họp Tiểu ban Chỉ đạo bảo đảm an ninh, trật tự và y tế phục vụ bầu cử ...' and 'Quán triệt chỉ đạo của Bộ Công "
        "an, Tỉnh uỷ và UBND tỉnh Sóc Trăng, lực lượng Công an toàn tỉnh đã ... Theo đó, Công an tỉnh đã mở đợt cao điểm ..., "
        "xây dựng Phương án về bố trí, phân công lực lượng ...'. The item reports a meeting and a campaign; the one "
        "document it tells the police made is a 'Phương án', a type with no code in the record: no number, no type, no "
        "date (19/5/2021 is the meeting, 20/05/2021 the update). Issuer: the provincial police, every correct name holds "
        "'Công an tỉnh Sóc Trăng'; province level. No numbered document, no parent ('chỉ đạo của Bộ Công an, Tỉnh uỷ và "
        "UBND tỉnh' names none). Title: a headline: ungraded. Signer: none: null."
    ),
)
L["b08_gialai_ubnd_kh1798_2022_ranghongheo_lib"] = dict(
    document=dict(
        number="1798/KH-UBND",
        doc_type="KH",
        issued_on="2022-08-12",
        issuer={"name_contains": "Gia Lai", "level": "province"},
        locality=loc("Gia Lai"),
        title_contains="rà soát hộ nghèo, hộ cận nghèo",
        signer={"name": "Nguyễn Thị Thanh Lịch"},
    ),
    implements=[],
    implements_optional=["24/2021/QĐ-TTg"],
    citations=["07/2021/NĐ-CP", "24/2021/QĐ-TTg", "07/2021/TT-BLĐTBXH", "02/2022/TT-BLĐTBXH"],
    task_labels=[],
    notes=(
        "A legal library's page: a title line, a metadata table ('Số, ký hiệu 1798/KH-UBND', 'Loại văn bản Văn bản khác', "
        "'Ngày ban hành 12/08/2022', 'Ngày đăng công báo 13/08/2022', 'Cơ quan ban hành Gia Lai', an empty 'Chức danh', "
        "'Người ký Nguyễn Thị Thanh Lịch'), then the header 'ỦY BAN NHÂN DÂN' / 'TỈNH GIA LAI' / 'Số: 1798/KH-UBND' / 'Gia "
        "Lai, ngày 12 tháng 8 năm 2022', 'KẾ HOẠCH' / 'RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO, ...' and one 'Căn cứ' paragraph "
        "cut mid-sentence. The library's 'Văn bản khác' is its category, the header says KẾ HOẠCH: KH. Issuer: the "
        "province's People's Committee (every correct name holds 'Gia Lai'); province level. Bases: decree 07/2021/NĐ-CP, "
        "the Prime Minister's normative decision 24/2021/QĐ-TTg on the review procedure, and two circulars: legal bases, "
        "cited; the decision sets the procedure the plan runs, so it is tolerated as a parent, not required. The excerpt "
        "stops before any outline. Signer: the library's 'Người ký' (no office given)."
    ),
)

write_labels(root, L)
