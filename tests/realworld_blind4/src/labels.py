# ruff: noqa: E501
"""Hand labels of the blind4 set, written from each stored text alone (the parser was not run on them)."""

N = None


def loc(province=N, district=N, commune=N, omit=()):
    d = {"province": province, "district": district, "commune": commune}
    for k in omit:
        d.pop(k)
    return d


def doc(number, doc_type, issued_on, name, level, locality, title=None, omit=()):
    d = {"number": number, "doc_type": doc_type, "issued_on": issued_on,
         "issuer": {"name_contains": name, "level": level}, "locality": locality}
    if name is None:
        d["issuer"] = {"level": level}
    for k in omit:
        d.pop(k)
    if title is not None:
        d["title_contains"] = title
    return d


def imp(number, issued_on=None, issuer=None):
    d = {"number": number}
    if issued_on:
        d["issued_on"] = issued_on
    if issuer:
        d["issuer_contains"] = issuer
    return d


LABELS = {
    "b01_hagiang_ubnd_kh186_2023_dean06_htpl": {
        "document": doc("186/KH-UBND", "KH", "2023-06-14", "Ủy ban nhân dân tỉnh Hà Giang", "province", loc("Hà Giang"),
                        "PHÁT ĐỘNG PHONG TRÀO THI ĐUA THỰC HIỆN ĐỀ ÁN 06"),
        "implements": [imp("06/QĐ-TTg", "2022-01-06", "Thủ tướng"), imp("05/CT-TTg", "2023-02-23", "Thủ tướng"),
                       imp("27-CT/TU", "2023-03-10", "Ban Thường vụ Tỉnh ủy"), imp("69/KH-UBND", "2023-02-17"),
                       imp("108/KH-UBND", "2023-03-27")],
        "citations": ["06/QĐ-TTg", "05/CT-TTg", "27-CT/TU", "69/KH-UBND", "108/KH-UBND"],
        "notes": "Legal-library page ('Hệ thống pháp luật'), clean header of the provincial People's Committee, title in capitals. Two Căn cứ paragraphs list what the plan carries out: the Prime Minister's decision approving Đề án 06 and his directive 05/CT-TTg, the provincial standing committee's directive 27-CT/TU, and the province's own plans 69/KH-UBND and 108/KH-UBND (no law or decree among them): all five are parents. Enacting sentence 'Ủy ban nhân dân tỉnh Hà Giang ban hành Kế hoạch ...'.",
    },
    "b02_khanhhoa_ubnd_kh14092_2024_nhatam_tvpl": {
        "document": doc("14092/KH-UBND", "KH", "2024-12-09", "Ủy ban nhân dân", "province", loc("Khánh Hòa"),
                        "XÓA NHÀ TẠM, NHÀ DỘT NÁT"),
        "implements": [imp("102/CĐ-TTg", "2024-10-06", "Thủ tướng"), imp("42/CT-TTg", "2024-11-09", "Thủ tướng"),
                       imp("117/CĐ-TTg", "2024-11-18", "Thủ tướng"), imp("523/TB-TTg", "2024-11-16", "Thủ tướng"),
                       imp("1502-QĐ/TU", "2024-11-29", "Ban Thường vụ Tỉnh ủy"), imp("01-CV/BCĐ", "2024-12-03")],
        "citations": ["102/CĐ-TTg", "42/CT-TTg", "117/CĐ-TTg", "523/TB-TTg", "1502-QĐ/TU", "01-CV/BCĐ"],
        "notes": "Legal-library mobile page: menu chrome ('Bộ lọc tìm kiếm', 'Tải văn bản', bullets), then a clean header. Two 'Thực hiện ...' paragraphs, each a list separated by semicolons: four documents of the Prime Minister (two telegrams, a directive, a notice), the provincial standing committee's decision setting up the steering board (1502-QĐ/TU) and that board's letter (01-CV/BCĐ): six parents. Enacting sentence 'UBND tỉnh ban hành Kế hoạch ...'.",
    },
    "b03_quangbinh_bnctu_tb50_2022_tiepdan_print": {
        "document": doc(N, "TB", "2022-08-10", "Ban Nội chính Tỉnh ủy", "province", loc(), "mời tiếp dân định kỳ"),
        "implements": [],
        "implements_optional": ["1518-QĐ/TW"],
        "citations": ["1518-QĐ/TW", "38-TB/BNCTU"],
        "notes": "Print view of a provincial board's page: headline, then 'Ngày 10/8/2022, Ban Nội chính Tỉnh ủy ban hành Thông báo số 50 mời tiếp dân định kỳ Phiên tháng 8.' (a bare number: null). The next paragraph is an editor's leftover from an earlier item: 'thực hiện Quyết định số 1518-QĐ/TW ... của Ban Thường vụ Tỉnh ủy, ngày 12/4/2022, Ban Nội chính Tỉnh ủy ban hành Thông báo số 38-TB/BNCTU ... Phiên tháng 5/2022': 38-TB/BNCTU is another notice (citation, not this document's number, and 12/4/2022 not its date). 1518-QĐ/TW (sic, of the provincial standing committee) is the standing rule both notices carry out: tolerated as a parent. Quảng Bình only in the URL: province null.",
    },
    "b04_hoabinh_ubnd_kh_asf_2020_chicuc_bodyonly": {
        "document": doc(N, "KH", N, "Ủy ban nhân dân tỉnh", "province", loc("Hòa Bình"),
                        "phòng, chống bệnh Dịch tả lợn Châu Phi"),
        "implements": [imp("972/QĐ-TTg", "2020-07-07", "Thủ tướng"), imp("5319/BNN-TY", "2020-08-11", "Bộ Nông nghiệp")],
        "citations": ["972/QĐ-TTg", "5319/BNN-TY"],
        "notes": "A provincial veterinary sub-department's page with only the preamble of the plan: 'Căn cứ Quyết định số 972/QĐ-TTg ... phê duyệt Kế hoạch quốc gia ...; Thực hiện Công văn số 5319/BNN-TY ... Ủy ban nhân dân tỉnh ban hành Kế hoạch phòng, chống bệnh Dịch tả lợn Châu Phi trên địa bàn tỉnh Hòa Bình, giai đoạn 2020-2025.' then 'Chi tiết nội dung kế hoạch tại đây…'. No number, no date (null). The plan is the province's for 'tỉnh Hòa Bình': province Hòa Bình. Both the national plan's approval and the ministry's letter are carried out.",
    },
    "b05_phuyen_ubnd_kh211_2020_lmlm_htpl": {
        "document": doc("211/KH-UBND", "KH", "2020-12-23", "Ủy ban nhân dân", "province", loc("Phú Yên"),
                        "PHÒNG, CHỐNG DỊCH BỆNH LỞ MỒM LONG MÓNG"),
        "implements": [imp("1632/QĐ-TTg", "2020-10-22", "Thủ tướng")],
        "citations": ["1632/QĐ-TTg", "341/TTr-SNN"],
        "notes": "Legal-library page, clean header, title 'THỰC HIỆN CHƯƠNG TRÌNH PHÒNG, CHỐNG DỊCH BỆNH LỞ MỒM LONG MÓNG ...'. Căn cứ the Prime Minister's decision approving the national programme (the parent); the department's submission 341/TTr-SNN is a citation. Cut inside II.2; tasks not graded.",
    },
    "b06_angiang_hdnd_nq08_2015_ktxh_htpl": {
        "document": doc("08/2015/NQ-HĐND", "NQ", "2015-12-10", "Hội đồng nhân dân tỉnh An Giang", "province", loc("An Giang"),
                        "NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2016 - 2020"),
        "implements": [],
        "citations": ["515/TTr-UBND"],
        "notes": "Legal-library page: header of the provincial People's Council, 'KHÓA VIII KỲ HỌP THỨ 12 (Từ ngày 08 đến 10/12/2015)' under the issuer line. Căn cứ two laws without numbers; 'Sau khi xem xét ... Tờ trình số 515/TTr-UBND ...' (citation). No parent.",
    },
    "b07_tthue_phuloc_ubndh_cv3015_2018_vesinh_portal": {
        "document": doc("3015/UBND-TN", "CV", "2018-08-23", "UBND huyện", "district", loc()),
        "implements": [],
        "implements_optional": ["110/KH-UBND"],
        "citations": ["110/KH-UBND"],
        "notes": "District portal fragment starting mid-story: 'Theo đó, UBND huyện đã có Công văn số 3015/UBND-TN ngày 23/8/2018 yêu cầu Thủ trưởng ..., Chủ tịch UBND các xã, thị trấn:' then unnumbered paragraphs (quán triệt Kế hoạch số 110/KH-UBND ngày 04/6/2018, cleaning days, battery bins), cut. The letter makes agencies carry out plan 110/KH-UBND (whose issuer is not given): tolerated as a parent. Phú Lộc and Thừa Thiên Huế only in the URL: locality null. Tasks are unnumbered paragraphs: not graded.",
    },
    "b08_danang_ubndtp_ct02_2022_danvan_portal": {
        "document": doc("02/CT-UBND", "CT", "2022-01-12", "UBND thành phố", N, loc(),
                        "tiếp tục tăng cường, đổi mới công tác dân vận"),
        "implements": [],
        "notes": "City portal snippet: headline, then 'UBND thành phố vừa ban hành Chỉ thị số 02/CT-UBND ngày 12-1-2022 về việc tiếp tục tăng cường, đổi mới công tác dân vận ... và triển khai Quy chế công tác dân vận của hệ thống chính trị thành phố'. Which city, and so whether it is a centrally-run city (province) or a provincial city (district), is not in the text (Đà Nẵng only in the URL): level and locality null. The Quy chế has no number: no parent.",
    },
    "b09_vietnamplus_bbt_ct55_2025_tet": {
        "document": doc("55-CT/TW", "CT", "2025-12-22", "Ban Bí thư", "central", loc(), "tổ chức Tết Bính Ngọ năm 2026"),
        "implements": [],
        "citations": [],
        "notes": "News agency item with no header: standfirst, then 'Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú đã ký Chỉ thị của Ban Bí thư về việc tổ chức Tết Bính Ngọ năm 2026 (Chỉ thị số 55-CT/TW ngày 22/12/2025).' - the number and date in brackets after the title. 'Nghị quyết Đại hội ... lần thứ XIV' has no number. The signer is named in the lead only: signer ungraded.",
    },
    "b10_vietnamplus_ttg_cd07_2026_tet": {
        "document": doc("07/CĐ-TTg", "CĐ", "2026-02-01", "Thủ tướng", "central", loc(),
                        "phục vụ Nhân dân đón Tết Nguyên đán Bính Ngọ"),
        "implements": [imp("55-CT/TW", "2025-12-22", "Ban Bí thư"), imp("36/CT-TTg", "2025-12-31", "Thủ tướng")],
        "citations": ["55-CT/TW", "36/CT-TTg"],
        "notes": "News page: ' date 2026-02-02' (the page's date, not the issue date), section, headline, standfirst, then 'Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 07/CĐ-TTg ngày 1/2/2026 gửi ... về việc đôn đốc triển khai thực hiện nhiệm vụ phục vụ Nhân dân đón Tết Nguyên đán Bính Ngọ năm 2026.' The telegram asks to carry out 'các nhiệm vụ, giải pháp tại Chỉ thị số 55-CT/TW ... của Ban Bí thư ... và Chỉ thị số 36/CT-TTg ...': two parents.",
    },
    "b11_hcm_ubndtp_ct_tet2026_nld_nonumber": {
        "document": doc(N, "CT", N, "UBND TP", "province", loc("Hồ Chí Minh"), "tổ chức Tết Nguyên đán Bính Ngọ năm 2026"),
        "implements": [],
        "notes": "Newspaper page: hotline chrome, ' date 2026-01-20' (page date), headline 'TPHCM: ...', byline, then 'UBND TPHCM vừa ban hành Chỉ thị về việc tổ chức Tết Nguyên đán Bính Ngọ năm 2026 ...'. No number and no issue date: null. The city is named (TPHCM): province Hồ Chí Minh. No numbered parent.",
    },
    "b12_ninhbinh_ubnd_kh130_2022_giamngheo_paywall": {
        "document": doc("130/KH-UBND", "KH", "2022-07-13", "Ủy ban nhân dân", "province", loc("Ninh Bình"),
                        "giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững"),
        "implements": [],
        "implements_optional": ["10/2022/TT-BLĐTBXH"],
        "citations": ["10/2022/TT-BLĐTBXH"],
        "notes": "Legal library behind a paywall notice; the header is a one-row table ('ỦY BAN NHÂN DÂN | CỘNG HÒA ... |', 'Số: 130/KH-UBND | Ninh Bình, ngày 13 tháng 7 năm 2022 |') without the province line and without a title line; the title is only in the enacting clause 'UBND tỉnh ban hành Kế hoạch giám sát, đánh giá ... trên địa bàn tỉnh Ninh Bình'. 'Thực hiện Thông tư số 10/2022/TT-BLĐTBXH ...': a ministry circular (guidance, legal basis): tolerated as a parent only.",
    },
    "b13_danang_ubnd_kh85_2025_soi_paywall": {
        "document": doc("85/KH-UBND", "KH", "2025-03-20", "Ủy ban nhân dân", "province", loc("Đà Nẵng"),
                        "TIÊM CHỦNG VẮC XIN PHÒNG, CHỐNG DỊCH SỞI"),
        "implements": [],
        "citations": [],
        "notes": "Legal library with a paywall line, a one-row table header without the province line ('Số: 85/KH-UBND | Đà Nẵng, ngày 20 tháng 3 năm 2025 |'), title 'TRIỂN KHAI CHIẾN DỊCH ... TẠI THÀNH PHỐ ĐÀ NẴNG NĂM 2025'. Đà Nẵng is a centrally-run city: province level. The excerpt stops in section I.1 before any Căn cứ: no parent.",
    },
    "b14_hcm_stnmt_repost_ubndtp_kh5325_2024_soi": {
        "document": doc("5325/KH-UBND", "KH", "2024-09-11", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "province",
                        loc("Hồ Chí Minh"), "chiến dịch tiêm chủng vắc xin phòng, chống dịch Sởi"),
        "implements": [],
        "citations": [],
        "notes": "A city department's notice board reposting the plan in one sentence: 'Ngày 11/9/2024, Ủy ban nhân dân Thành phố Hồ Chí Minh ban hành Kế hoạch số 5325/KH-UBND về ...', then 'Sở Tài nguyên và Môi trường Thành phố thông tin ...' (the reposting department, not the issuer).",
    },
    "b15_quangnam_btvtu_qd841_2023_bcd_barenumber": {
        "document": doc(N, "QĐ", N, "Ban Thường vụ Tỉnh ủy", "province", loc(), "thành lập Ban Chỉ đạo"),
        "implements": [],
        "notes": "Provincial newspaper: ' date 2023-04' (page), '(QNO) - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Phan Việt Cường vừa thay mặt Ban Thường vụ Tỉnh ủy ký ban hành Quyết định số 841 thành lập Ban Chỉ đạo ...'. A bare number (no type/issuer code): null. No issue date. The issuer is the provincial standing committee (the secretary signs on its behalf); Quảng Nam never written (QNO is the paper's tag): province null. Signer named in the lead only: ungraded.",
    },
    "b16_quangbinh_quangtrach_ubndh_tb81_2021_tiepdan_print": {
        "document": doc("81/TB-UBND", "TB", "2021-06-08", N, "district", loc(),
                        "hoãn tổ chức phiên tiếp công dân định kỳ tháng 6"),
        "implements": [imp("935/TB-UBND", "2021-06-07", "UBND tỉnh")],
        "citations": ["935/TB-UBND"],
        "notes": "Print view of a district portal: headline 'Thông báo về việc hoãn tổ chức phiên tiếp công dân ...', the body ('... thực hiện Thông báo số 935/TB-UBND ngày 07/6/2021 của UBND tỉnh về việc hoãn ..., UBND huyện thông báo ...'; 'Ủy ban nhân dân huyện thông báo để ...'), and a closing note '(Nguồn: Thông báo số 81/TB-UBND ngày 08/6/2021)' that gives the number and date. The issuer is the district People's Committee, written both 'UBND huyện' and 'Ủy ban nhân dân huyện' (name not graded, level district); Quảng Trạch and Quảng Bình only in the URL: locality null. Parent: the province's notice 935/TB-UBND.",
    },
    "b17_tiengiang_ubndtinh_tb_tiepdan_2017_baoapbac": {
        "document": doc(N, "TB", N, "UBND tỉnh", "province", loc(), "tiếp công dân của Chủ tịch UBND tỉnh"),
        "implements": [],
        "notes": "Provincial newspaper reposting a notice: title 'Thông báo về việc tiếp công dân của Chủ tịch UBND tỉnh', 'Thực hiện Luật Tiếp công dân, Chủ tịch UBND tỉnh tổ chức tiếp công dân vào lúc 9 giờ ngày 11-4-2017, tại Hội trường UBND huyện Tân Phước.' ... 'UBND tỉnh thông báo để công dân biết.' 11-4-2017 is the reception day, not the notice's date: null. Tân Phước is the venue, not the issuer's locality; the province is not written: null. The law has no number: no parent.",
    },
    "b18_tayninh_btvtu_hoinongdan_daihoi_2018_fragment": {
        "document": doc(N, N, N, "Ban Thường vụ Tỉnh ủy", "province", loc(), omit=("doc_type",)),
        "implements": [],
        "notes": "Provincial portal fragment (the page's start is cut): three 'Chỉ đạo ...' paragraphs, then 'Ban Thường vụ Tỉnh uỷ giao Đảng đoàn Hội Nông dân Việt Nam tỉnh ...', deadlines by quarter of 2018, byline 'Tố Tuấn'. The issuer is the provincial standing committee (written 'Tỉnh uỷ'; the grader folds the tone-mark placement); its type is not written (doc_type ungraded), no number, no date. Tây Ninh only in the URL: province null.",
    },
    "b19_binhdinh_ctubndtinh_cv_tongiao_tet2024_fragment": {
        "document": doc(N, "CV", N, "UBND tỉnh", "province", loc()),
        "implements": [],
        "notes": "Department of Home Affairs page, fragment from 'Theo đó, Chủ tịch UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng các sở ..., Chủ tịch UBND các huyện, thị xã, thành phố triển khai thực hiện ...' to 'Xem chi tiết công văn đính kèm./.' and the author line. Type from 'công văn'; no number or date; Bình Định only in the URL: province null.",
    },
    "b20_binhduong_vpubnd_tb_hoantiepdan_2024_portal": {
        "document": doc(N, "TB", N, "Văn phòng UBND tỉnh", "province", loc()),
        "implements": [],
        "notes": "Provincial portal item: 'Theo Lịch tiếp công dân, vào ngày 17/12/2024, Chủ tịch UBND tỉnh chủ trì ... không thể diễn ra theo kế hoạch. Văn phòng UBND tỉnh thông báo đến quý cơ quan ...'. A notice of the provincial office; 17/12/2024 is the reception day, not its date: null. Bình Dương only in the URL: province null.",
    },
    "b21_phutho_kh_baucu_2021_table_noissuer": {
        "document": doc(N, "KH", N, N, N, loc(), "triển khai công tác bầu cử đại biểu Quốc hội khoá XV"),
        "implements": [],
        "notes": "Provincial portal page holding only a title line ('Kế hoạch triển khai công tác bầu cử đại biểu Quốc hội khoá XV và bầu cử đại biểu HĐND các cấp, nhiệm kỳ 2021 - 2026') and a table flattened into one cell per line (TT, content, days before election day, deadline date). No number, no date, no issuer written (the rows speak of 'ở tỉnh', 'UBND tỉnh sau khi thống nhất ...' as actors): issuer and level null, locality null (Phú Thọ only in the URL). The table rows are tasks with dates, but the list is cut: tasks not graded.",
    },
    "b22_quangtri_vinhlinh_ubndh_vb_chayrung_2023_portal": {
        "document": doc(N, N, "2023-05-09", "UBND huyện Vĩnh Linh", "district", loc("Quảng Trị", "Vĩnh Linh"), omit=("doc_type",)),
        "implements": [],
        "notes": "District portal item: 'Chi tiết - Huyện Vĩnh Linh', headline, 'Ngày 9/5/2023, UBND huyện Vĩnh Linh có văn bản chỉ đạo các cơ quan ... tăng cường các biện pháp quản lý bảo vệ rừng và phòng cháy chữa cháy rừng.' An untyped 'văn bản': doc_type ungraded, no number. The issuer's district Vĩnh Linh is unique in the gazetteer (Quảng Trị): province labelled under blind3's unique-name convention.",
    },
    "b23_quangngai_longphung_ubndxa_qd119_2025_cchc_newcommune": {
        "document": doc("119/QĐ-UBND", N, "2025-07-18", "xã Long Phụng", "commune", loc("Quảng Ngãi", N, "Long Phụng"),
                        "cải cách hành chính Nhà nước năm 2025", omit=("doc_type",)),
        "implements": [],
        "notes": "Portal of a commune created on 1 July 2025: 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025', 'Ngày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành Quyết định số 119/QĐ-UBND về hoạch cải cách hành chính ...', 'UBND xã Long Phụng ban hành Kế hoạch ...', then I. MỤC ĐÍCH, YÊU CẦU. The plan is issued by decision 119/QĐ-UBND (the only number): number graded, doc_type ungraded (decision or plan). Locality: the document is dated after 1 July 2025, so the commune is a 2025-era unit; 'Long Phụng' is unique among the 2025 communes (Quảng Ngãi; no district level any more). Beware: the pre-2025 gazetteer has a different, older xã Long Phụng in Cần Giuộc, Long An - giving Long An would be wrong. Province Quảng Ngãi (the URL agrees, but the label rests on the 2025 gazetteer).",
    },
    "b24_brvt_ubndtinh_cv_soi_2024_ttytportal_bodyonly": {
        "document": doc(N, N, N, "UBND tỉnh", "province", loc(), omit=("doc_type",)),
        "implements": [imp("4847/BYT-DP", "2024-08-19"), imp("4992/BYT-DP", "2024-08-23")],
        "citations": ["4847/BYT-DP", "4992/BYT-DP"],
        "notes": "District health centre's notice board, a one-paragraph extract: 'UBND tỉnh yêu cầu các sở, ban, ngành, UBND huyện, thị xã, thành phố tổ chức thực hiện Công văn số 4847/BYT-DP ngày 19/8/2024 ..., Công văn số 4992/BYT-DP ngày 23/8/2024 ... và các văn bản nêu trên của UBND tỉnh.' then '[xem tiếp...]'. The provincial document (type not written: ungraded; no number, no date) orders the ministry's two letters carried out: two parents. Bà Rịa - Vũng Tàu only in the URL: province null.",
    },
    "b25_cafef_ttg_ct36_2025_tet_cut": {
        "document": doc("36/CT-TTg", "CT", "2025-12-31", "Thủ tướng", "central", loc(), "tổ chức Tết Nguyên đán Bính Ngọ năm 2026"),
        "implements": [imp("55-CT/TW")],
        "citations": ["55-CT/TW"],
        "notes": "Business-news page: ' date 2026-01-06' (page), headline, 'Thủ tướng Chính phủ Phạm Minh Chính vừa ký ban hành Chỉ thị số 36/CT-TTg ngày 31/12/2025 về việc tổ chức Tết Nguyên đán Bính Ngọ năm 2026 ...', the directive's context paragraphs, and the cut sentence 'Để triển khai thực hiện quyết liệt, hiệu quả Chỉ thị số 55-CT/TW ngày 22' (date cut, so none given). Signer named in the lead only: ungraded.",
    },
    "b26_ubtvqh_nq653_2019_sapxep_vbpl": {
        "document": doc("653/2019/UBTVQH14", "NQ", "2019-03-12", "Ủy ban Thường vụ Quốc hội", "central", loc(),
                        "SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ"),
        "implements": [imp("18-NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương"), imp("37-NQ/TW", "2018-12-24", "Bộ Chính trị")],
        "implements_optional": ["56/2017/QH14"],
        "citations": ["57/2014/QH13", "77/2015/QH13", "18-NQ/TW", "37-NQ/TW", "56/2017/QH14"],
        "notes": "Legal-library page: the site's title lines, then a clean header of the National Assembly Standing Committee, 'Nghị quyết số: 653/2019/UBTVQH14', 'Hà Nội, ngày 12 tháng 3 năm 2019'. Căn cứ: the Constitution and two laws (citations), the two Party resolutions on reorganising the system and on merging districts and communes (the parents), the National Assembly's resolution 56/2017/QH14 on administrative reform (tolerated). Central: locality null.",
    },
    "b27_ttg_qd1589_2025_luatcqdp_metatable": {
        "document": doc("1589/QĐ-TTg", "QĐ", "2025-07-24", "Thủ tướng Chính phủ", "central", loc(),
                        "TRIỂN KHAI THI HÀNH LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG"),
        "signer": {"name": "Nguyễn Hòa Bình"},
        "implements": [],
        "implements_optional": ["72/2025/QH15"],
        "citations": ["80/2025/NĐ-CP", "72/2025/QH15"],
        "notes": "Legal-library page with a metadata table in 'key | value |' rows (Số hiệu, Ngày ban hành, Loại văn bản, Cơ quan ban hành, Người ký | Nguyễn Hòa Bình), then the header as table cells, the decision (Căn cứ two laws without numbers and decree 80/2025/NĐ-CP), 'KT. THỦ TƯỚNG |' and the attached plan's heading. The plan carries out law 72/2025/QH15 ('triển khai thi hành Luật ... số 72/2025/QH15'): a law, so tolerated as a parent only. Signer from the metadata row.",
    },
    "b28_lsvn_btctw_hd31_2025_daubo_spacednumber": {
        "document": doc("31-HD/BTCTW", "HD", "2025-04-23", "Ban Tổ chức Trung ương", "central", loc(),
                        "thành lập tổ chức đảng tương ứng các đơn vị hành chính"),
        "implements": [],
        "citations": [],
        "notes": "Tag page of a law magazine: the headline twice, then '(LSVN) - Ban Tổ chức Trung ương đã ban hành Hướng dẫn số 31 - HD/BTCTW ngày 23/4/2025 về việc thành lập tổ chức đảng ...' - a spaced number, canonical 31-HD/BTCTW. A central Party board: central.",
    },
}
