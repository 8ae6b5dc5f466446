"""Labels of blind set 52, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["e01_bacninh_dukcqdn_quantriet_ct35_2019_baobacninh"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Đảng ủy Khối các Cơ quan và Doanh nghiệp", "level": "province"},
        locality=loc(None),
        signer=None,
    ),
    implements=[imp("35-CT/TW", "2019-05-30", "Bộ Chính trị")],
    implements_optional=[],
    citations=["35-CT/TW"],
    task_labels=[],
    notes=(
        "Bắc Ninh's paper: headline 'Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh quán triệt, triển khai Chỉ thị số 35 "
        "của Bộ Chính trị', posting '10/11/2019 19:54 Số lượt xem: 2470', lead 'Ngày 9-11, Đảng ủy Khối các Cơ quan và "
        "Doanh nghiệp tỉnh tổ chức quán triệt, triển khai Chỉ thị số 35-CT/TW ...', then 'Chỉ thị số 35-CT/TW ngày "
        "30-5-2019 của Bộ Chính trị', 'Kế hoạch số 101 của Tỉnh ủy', 'Kế hoạch số 17 của Đảng ủy Khối ...'; cut mid-word "
        "('phù h'). A bloc Party committee's quán triệt conference told by a paper, as blind43 g05: no number, no type, no "
        "date of its own (9-11 has no year and is the conference; the posting is no date). Issuer: the province's bloc "
        "Party committee of agencies and firms, province level (a provincial bloc is a province-level body); every correct "
        "name holds 'Đảng ủy Khối các Cơ quan và Doanh nghiệp'. Locality null: the province is named only by the site "
        "address (as blind48 q06). Parent: 35-CT/TW, quán triệt and triển khai, dated 30-5-2019 in the body. 'Kế hoạch số "
        "101' and 'số 17' are bare numbers: neither parent nor citation. Signer: none (an unsigned news item): null."
    ),
)
L["e02_haiduong_duca_quantriet_nq12_kh118_2022_tinhuy"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Đảng ủy Công an tỉnh", "level": "province"},
        locality=loc("Hải Dương"),
        signer=None,
    ),
    implements=[
        imp("12-NQ/TW", "2022-03-16", "Bộ Chính trị"),
        imp("118-KH/ĐUCA", "2022-05-25", "Đảng ủy Công an Trung ương"),
    ],
    implements_optional=[],
    citations=["12-NQ/TW", "118-KH/ĐUCA"],
    task_labels=[],
    notes=(
        "Hải Dương's Party portal: 'Quán triệt Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị ..., Kế hoạch số "
        "118-KH/ĐUCA, ngày 25/5/2022 của Đảng ủy Công an Trung ương về việc thực hiện Nghị quyết số 12, Đảng ủy Công an tỉnh "
        "Hải Dương đã khẩn trương, nghiêm túc tổ chức chỉ đạo, triển khai tới các chi, đảng bộ trực thuộc ...', then a "
        "caption and the cells' own conferences; cut ('liên hệ vi'). An activity report whose actor is named after a "
        "quán triệt clause: no document of its own (as blind43 g05), the issuer is the provincial police's Party committee, "
        "province level, Hải Dương named with it. Parents: the two documents of the opening clause, each with its date and "
        "issuer (118-KH/ĐUCA is the central police Party committee's plan carrying out 12-NQ/TW; the chain is not graded). "
        "Signer: none: null."
    ),
)
L["e03_ninhbinh_duqs_quantriet_nq29_35_2019_baoninhbinh"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Đảng ủy Quân sự tỉnh", "level": "province"},
        locality=loc(None),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Ninh Bình's paper: 'Sáng 20/3, Đảng ủy Quân sự tỉnh đã tổ chức hội nghị học tập, quán triệt, triển khai thực hiện "
        "các nghị quyết của Bộ Chính trị (khóa XII) cho ... khối cơ quan Bộ CHQS tỉnh ...', the four resolutions named "
        "'Nghị Quyết số 29 ...; Nghị quyết số 30 ...; Nghị quyết số 33 ... và Nghị quyết số 35 ...' (bare numbers, no "
        "code), then 'Ngay sau hội nghị, Đảng ủy, Bộ chỉ huy quân sự tỉnh yêu cầu ...'; cut ('có hiệu'). A quán triệt "
        "conference: no document of its own, no date (20/3 has no year). Issuer: the province's military Party committee, "
        "province level. Locality null: no province is named in the text ('Ban CHQS các huyện, thành phố', 'Trung đoàn "
        "855' name none; the site address is not evidence). The resolutions are bare numbers (docs/realworld.md: no "
        "canonical number): no parent, no citation. Signer: none: null."
    ),
)
L["e04_thainguyen_dukcq_quantriet_ct41_44_2018_baothainguyen"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Đảng ủy Khối các cơ quan tỉnh", "level": "province"},
        locality=loc(None),
        signer=None,
    ),
    implements=[
        imp("41-CT/TW", None, "Ban Bí thư"),
        imp("42-CT/TW", None, "Ban Bí thư"),
        imp("43-CT/TW", None, "Ban Bí thư"),
        imp("44-CT/TW", None, "Ban Bí thư"),
    ],
    implements_optional=["102-KL/TW"],
    citations=["41-CT/TW", "42-CT/TW", "43-CT/TW", "44-CT/TW", "102-KL/TW"],
    task_labels=[],
    notes=(
        "Thái Nguyên's paper, print page: 'Sáng 3-7, Đảng ủy Khối các cơ quan tỉnh đã tổ chức Hội nghị học tập, quán "
        "triệt và triển khai thực hiện các chỉ thị của Ban Bí thư Trung ương Đảng khóa XII', the bloc secretary chairing, "
        "then 'quán triệt các chỉ thị của Ban Bí thư Trung ương Đảng gồm: Chỉ thị số 41-CT/TW ...; Chỉ thị số 42-CT/TW ...; "
        "Chỉ thị số 43-CT/TW ...; Chỉ thị số 44-CT/TW ...; Thông báo Kết luận của Ban Bí thư về tiếp tục thực hiện Kết luận "
        "số 102-KL/TW của Bộ Chính trị khóa XI ...'; cut ('Tại Hội nghị, l'). As blind43 g05 (same paper, a district "
        "committee's quán triệt conference): no number, type or date of its own. Issuer: the provincial bloc Party "
        "committee of agencies, province level. Locality null: Thái Nguyên is named only by the site. Parents: the four "
        "directives, undated here, the Secretariat's. 102-KL/TW is cited inside the unnumbered Thông báo that was "
        "quán triệt: a reader may take it as a parent, tolerated (judgement); cited. Signer: none (the secretary chaired, "
        "signed nothing told): null."
    ),
)
L["e05_danang_dubvphusannhi_daihoi_ct35_kh79_2020_benhvien"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Bệnh viện Phụ sản", "level": "province"},
        locality=loc("Đà Nẵng"),
        signer=None,
    ),
    implements=[
        imp("35-CT/TW", "2019-05-30", "Bộ Chính trị"),
        imp("79-KH/ĐUK", "2019-11-26", "Đảng ủy khối Các cơ quan thành phố"),
        imp("26-KH/ĐUBVPSN", "2020-05-11"),
    ],
    implements_optional=[],
    citations=["35-CT/TW", "79-KH/ĐUK", "26-KH/ĐUBVPSN"],
    task_labels=[],
    notes=(
        "A city hospital's site: headline 'ĐẠI HỘI ĐẢNG BỘ BỆNH VIỆN PHỤ SẢN – NHI ĐÀ NẴNG LẦN THỨ III NHIỆM KỲ 2020-2025' "
        "(twice, the second wrapped), then 'Thực hiện Chỉ thị số 35- CT/TW ngày 30/5/2019 của Bộ chính trị ... và Kế hoạch "
        "số 79-KH/ĐUK, ngày 26/11/2019 của Ban Thường vụ Đảng ủy khối Các cơ quan thành phố về triển khai thực hiện Chỉ thị "
        "số 35- CT/TW ..., Kế hoạch 26-KH/ĐUBVPSN ngày 11/5/2020 của Ban Thường vụ Đảng ủy Bệnh viện về việc tổ chức Đại "
        "hội ... Trong hai ngày 19 và 20/5 Đảng bộ Bệnh viện Phụ sản – Nhi Đà Nẵng đã tổ chức Đại hội lần thứ III'; cut. "
        "A congress report: no document of its own. Issuer: the hospital's Party organisation (every correct name holds "
        "'Bệnh viện Phụ sản'; the dash is kept as written), province level: a hospital of the centrally-run city, its Party "
        "organisation under the city agencies' bloc. Locality: Đà Nẵng, named in the hospital's name. Parents: the three "
        "documents of the 'Thực hiện' clause, each dated (35-CT/TW with the space after the hyphen dropped; the hospital's "
        "own 26-KH/ĐUBVPSN is the plan the congress carried out; its issuer 'Ban Thường vụ Đảng ủy Bệnh viện' is left "
        "ungraded). The chain 79-KH/ĐUK → 35-CT/TW is not graded. Signer: none: null."
    ),
)
L["e06_thanhhoa_dubvdkthoxuan_daihoichibo_kh100_2022_benhvien"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Thọ Xuân", "level": "district"},
        locality=loc("Thanh Hóa", "Thọ Xuân"),
        signer=None,
    ),
    implements=[
        imp("565-CV/TU", "2022-03-14", "Tỉnh ủy Thanh Hoá"),
        imp("104-KH/HU", "2022-03-31", "Huyện uỷ Thọ Xuân"),
    ],
    implements_optional=["100-KH/ĐU"],
    citations=["565-CV/TU", "104-KH/HU", "100-KH/ĐU"],
    task_labels=[],
    notes=(
        "A district hospital's site: headline 'Đại hội các chi bộ trực thuộc Đảng bộ Bệnh viện Đa khoa Thọ Xuân nhiệm kỳ "
        "2022 - 2025.', posting 'Đăng lúc: 10:24:33 29/07/2022', then 'Căn cứ Điều lệ Đảng ...; Thực hiện Công văn số 565- "
        "CV/TU, ngày 14/03/2022 của Ban Thường vụ Tỉnh ủy Thanh Hoá ...; Thực hiện Kế hoạch số 104- KH/HU, ngày 31/03/2022 "
        "của Ban Thường vụ Huyện uỷ Thọ Xuân ...; Căn cứ Kế hoạch số 100 – KH/ĐU, ngày 06/04/2022 của Đảng ủy BVĐK huyện Thọ "
        "Xuân ...', 'Dưới sự lãnh đạo chỉ đạo của Đảng uỷ các chi bộ đã lần lượt tiến hành Đại hội'. A report of the cells' "
        "congresses: no document of its own (the posting is no date). Issuer: the hospital's Party committee or its "
        "cells, whose names share only 'Thọ Xuân' ('Đảng bộ Bệnh viện Đa khoa Thọ Xuân', 'Đảng ủy BVĐK huyện Thọ Xuân'): "
        "name_contains cannot tell them from the district committee, the level can't either (both district): a known "
        "weakness of this label. District level: a district hospital. Locality: Thanh Hóa named, Thọ Xuân its district. "
        "Parents: the two 'Thực hiện' documents (canonical without the spaces). 100-KH/ĐU, the hospital committee's own "
        "plan, is given as 'Căn cứ': tolerated as a parent (judgement), cited. Signer: none: null."
    ),
)
L["e07_laocai_dubdbp_tongket_nqtw8_2022_laocaitv"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Biên phòng tỉnh", "level": "province"},
        locality=loc("Lào Cai"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Lào Cai's television: headline 'Bộ đội Biên phòng Lào Cai tổng kết 10 năm thực hiện Nghị quyết Trung ương 8 khóa "
        "XI', '13:10 27-09-2022', 'Chiều 26/9, Đảng ủy, Bộ đội Biên phòng tỉnh Lào Cai tổ chức Hội nghị tổng kết 10 năm "
        "thực hiện Nghị quyết Trung ương 8 khóa XI về Chiến lược bảo vệ Tổ quốc ...', later 'Ban Thường vụ Đảng ủy Bộ đội "
        "Biên phòng tỉnh Lào Cai đã chủ động tổ chức học tập ...'; byline 'Trung Dũng'. A review conference (blind46 f07): "
        "no document of its own. Issuer: the provincial Border Guard's Party committee and command (two organs of one "
        "unit); every correct name holds 'Biên phòng tỉnh', province level. Locality: Lào Cai named. The plenum resolution "
        "is unnumbered: no parent, no citation. Signer: a byline: null."
    ),
)
L["e08_bariavungtau_dubdbp_soket_nq24_kl31_2023_baobrvt"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "BĐBP tỉnh", "level": "province"},
        locality=loc(None),
        signer=None,
    ),
    implements=[],
    implements_optional=["24-NQ/TW", "31-KL/TW"],
    citations=["24-NQ/TW", "31-KL/TW"],
    task_labels=[],
    notes=(
        "Bà Rịa - Vũng Tàu's paper: headline 'Xây dựng thế trận biên phòng toàn dân vững chắc', 'Ngày 18/5, Đảng ủy Bộ "
        "Chỉ huy BĐBP tỉnh tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết số 24-NQ/TW ngày 16/4/2018 của Bộ Chính trị "
        "... và Kết luận số 31-KL/TW ngày 16/4/2018 của Bộ Chính trị ...', the five years' work; byline 'MINH NHÂN'. A "
        "review conference: no document of its own (18/5 has no year). Issuer: the provincial Border Guard command's Party "
        "committee, every correct name holding 'BĐBP tỉnh', province level. Locality null: no province is named in the "
        "text ('của tỉnh' only; the site address is not evidence). 24-NQ/TW and 31-KL/TW are what the five years carried "
        "out ('sơ kết 5 năm thực hiện'): tolerated as parents, not required, as blind45 b02 and blind46 f07; cited. "
        "Signer: a byline: null."
    ),
)
L["e09_thanhhoa_dubvdktinh_quantriet_nqdhkhoi_2020_benhvien"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Bệnh viện Đa khoa tỉnh Thanh Hóa", "level": "province"},
        locality=loc("Thanh Hóa"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A provincial hospital's site: headline 'Hội nghị trực tuyến học tập, quán triệt và triển khai thực hiện Nghị quyết "
        "Đại hội Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh lần thức XX' (sic), 'Sáng 18/11, Đảng bộ Bệnh viện Đa khoa tỉnh "
        "Thanh Hóa tổ chức Hội nghị trực tuyến về học tập, quán triệt ...', the bloc's standing members presenting, then "
        "'đồng chí Lê Văn Sỹ – Bí thư Đảng bộ, Giám đốc Bệnh viện ... yêu cầu các Chi bộ ...'; cut ('xây d'). A quán triệt "
        "conference: no document of its own. Issuer: the hospital's Party organisation, named with its province, province "
        "level (a provincial hospital). Locality: Thanh Hóa named. The congress resolution is unnumbered: no parent, no "
        "citation. Signer: none (the secretary spoke): null."
    ),
)
L["e10_thuathienhue_dukdn_ctr_namdoanhnghiep_2016_thanhuy"] = dict(
    document=dict(
        number=None,
        issued_on=None,
        issuer={"name_contains": "Đảng ủy Khối Doanh nghiệp tỉnh", "level": "province"},
        locality=loc(None),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Huế's Party portal, an excerpt starting mid-article: 'Theo đó, Hội nghị đã thông qua chương trình hành động thực "
        "hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV; Nghị quyết nhiệm vụ năm 2016 của Đảng ủy Khối; Nghị quyết về "
        "nhiệm vụ QP - AN năm 2016; ...; dự thảo kế hoạch thực hiện Nghị quyết của Tỉnh ủy về chủ đề: “Năm doanh nghiệp "
        "2016”.', then 'Để thực hiện hiệu quả Nghị quyết này, Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh đề ra hai nhiệm "
        "vụ, giải pháp ...'; byline 'Anh Phong'. The conference passed several documents of several types (a programme, "
        "two resolutions, a draft plan): type and title ungraded (judgement, as blind49 c07). No number, no date. Issuer: "
        "the firms' bloc Party committee (its standing board acts), province level; every correct name holds 'Đảng ủy Khối "
        "Doanh nghiệp tỉnh'. Locality null: no province named (the site is not evidence). Every upper document is "
        "unnumbered: no parent, no citation. Signer: a byline: null."
    ),
)

L["e11_vinhphuc_syt_soket_nq11tu_2023_dakhoa"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Sở Y tế", "level": "province"},
        locality=loc("Vĩnh Phúc"),
        signer=None,
    ),
    implements=[],
    implements_optional=["11-NQ/TU"],
    citations=["11-NQ/TU"],
    task_labels=[],
    notes=(
        "A provincial hospital's site: headline 'Tổ chức thành công Hội nghị toàn ngành y tế tỉnh Vĩnh Phúc và “Triển lãm "
        "...”', then 'Chiều ngày 29-12, Sở Y tế đã tổ chức Hội nghị Sơ kết 02 năm thực hiện Nghị quyết số 11-NQ/TU; Tổng "
        "kết công tác y tế năm 2023, phương hướng nhiệm vụ năm 2024 của toàn ngành y tế tỉnh Vĩnh Phúc tại Bệnh viện Sản - "
        "Nhi.'. A review conference of a provincial department: no document of its own (29-12 has no year). Issuer: 'Sở Y "
        "tế', province level (a provincial department); the text's own form is kept. Locality: Vĩnh Phúc named with the "
        "sector. 11-NQ/TU is what the two years carried out ('Sơ kết 02 năm thực hiện'): tolerated as a parent, not "
        "required, as e08; cited. Signer: none: null."
    ),
)
L["e12_hagiang_dusyt_hoinghibch27_2018_ytehagiang"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Sở Y tế", "level": "province"},
        locality=loc(None),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A provincial health site, print page: 'Ngày 7.2, Đảng bộ Sở Y tế tổ chức Hội nghị Ban Chấp hành lần thứ 27.', the "
        "secretary and director chairing, a caption, 'Hội nghị đã triển khai các văn bản của Tỉnh ủy, Ban Thường vụ Tỉnh ủy, "
        "Ban nội chính Tỉnh ủy... Kiểm điểm kết quả ... tháng 1/2018, triển khai nhiệm vụ tháng 2/ 2018 ...'; byline "
        "'Hồng Mai Trung tâm TT/GDSK'. A department Party committee's executive conference: no document of its own (7.2 "
        "has no year). Issuer: the Department of Health's Party organisation, every correct name holding 'Sở Y tế', "
        "province level. Locality null: no province named (the site is not evidence). No numbered document: no parent, "
        "no citation. Signer: a byline: null."
    ),
)

write_labels(root, L)
