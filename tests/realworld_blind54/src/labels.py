"""Labels of blind set 54, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

LIBRARY = "A legal library's page as the search tool returned it, from its beginning, cut mid-sentence. "

L = {}
L["e03_langson_ubndt_kh138_2020_dtlcp_qd972"] = dict(
    document=dict(
        number="138/KH-UBND",
        doc_type="KH",
        issued_on="2020-08-19",
        issuer={"name_contains": "Lạng Sơn", "level": "province"},
        locality=loc("Lạng Sơn"),
        title_contains="PHÒNG, CHỐNG BỆNH DỊCH TẢ LỢN CHÂU PHI GIAI ĐOẠN 2020 - 2025",
        signer=None,
    ),
    implements=[imp("972/QĐ-TTg", "2020-07-07", "Thủ tướng")],
    implements_optional=[],
    citations=["972/QĐ-TTg"],
    task_labels=[],
    notes=(
        LIBRARY
        + "Page chrome ('Hệ thống pháp luật', 'Đang tải nội dung ...' twice), then the header 'ỦY BAN NHÂN DÂN' / 'TỈNH LẠNG "
        "SƠN', 'Số: 138/KH-UBND', 'Lạng Sơn, ngày 19 tháng 8 năm 2020', 'KẾ HOẠCH' and its title 'PHÒNG, CHỐNG BỆNH DỊCH TẢ "
        "LỢN CHÂU PHI GIAI ĐOẠN 2020 - 2025 TRÊN ĐỊA BÀN TỈNH LẠNG SƠN'. Province level. The lead 'Căn cứ Quyết định số "
        "972/QĐ-TTg ngày 07/7/2020 của Thủ tướng Chính phủ về việc phê duyệt “Kế hoạch quốc gia phòng, chống bệnh Dịch tả lợn "
        "Châu Phi ...” ..., Ủy ban nhân dân tỉnh ban hành Kế hoạch ...': the national plan this provincial plan carries out "
        "is its parent (a plan's only 'Căn cứ', the same subject). The text stops in 'I. MỤC TIÊU' (a goal section: no "
        "task). No signature (cut): signer null."
    ),
)
L["e04_phutho_lotrinh_sapxep_dvhc_xa_2019_portal"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={},
        locality=loc(None),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=["1"] + [f"1.{i}" for i in range(1, 12)],
    tasks=[
        {
            "label": "1.1",
            "text_starts": "UBND cấp xã lập, niêm yết danh sách cử tri",
            "responsible": ["UBND cấp xã"],
            "deadline": {"kind": "by_date", "due": "2019-07-10"},
        },
        {
            "label": "1.2",
            "text_starts": "UBND cấp huyện hoàn thành xây dựng Đề án cụ thể",
            "responsible": ["UBND cấp huyện"],
            "deadline": {"kind": "by_date", "due": "2019-07-21"},
        },
        {
            "label": "1.6",
            "text_starts": "HĐND cấp xã họp, nghị quyết thông qua Đề án",
            "responsible": ["HĐND cấp xã"],
            "deadline": {"kind": "by_date", "due": "2019-08-07"},
        },
        {
            "label": "1.9",
            "text_starts": "UBND tỉnh xây dựng xong Đề án tổng thể",
            "responsible": ["UBND tỉnh"],
            "deadline": {"kind": "by_date", "due": "2019-08-17"},
        },
    ],
    notes=(
        "A provincial portal's page (Phú Thọ's, by its address only): the headline 'Lộ trình các bước thực hiện sắp xếp các "
        "đơn vị hành chính cấp xã', then '1. Năm 2019' and the lettered steps a)-l), each naming its actor first and its "
        "deadline after the colon ('Xong trước ngày 10/7/2019', 'Thời gian chậm nhất ngày 21/7/2019' ...); cut in l). The "
        "schedule's own document (number, type, date, issuer) is not in the text: number, type and date null, issuer "
        "ungraded (the steps' actors run from commune to province; none is named as the author). The text names no "
        "province, district or commune by name ('cấp xã', 'cấp huyện', 'tỉnh' only): every locality part null, as seed 000 "
        "infers only from a named unit. No title graded (the headline is the page's). Tasks: a schedule of work with no "
        "Roman section, so one unnamed section: '1' (Năm 2019) and its eleven lettered steps by ordinal (a=1 ... l=11, "
        "'đ' is the fifth, no 'f' or 'j'). Graded: 1.1 (commune People's Committees, 10/7/2019), 1.2 (district People's "
        "Committees, 21/7/2019), 1.6 (commune People's Councils, 7/8/2019), 1.9 (the province's People's Committee, "
        "17/8/2019), each actor as written (the abbreviation 'UBND'/'HĐND'), each 'chậm nhất ngày' / 'Xong trước ngày' a "
        "by_date deadline. No parent or citation (no numbered document). No signer: null."
    ),
)
L["e05_binhdinh_ubndt_kh22_2023_suckhoehocduong_qd1660"] = dict(
    document=dict(
        number="22/KH-UBND",
        doc_type="KH",
        issued_on="2023-02-15",
        issuer={"name_contains": "Bình Định", "level": "province"},
        locality=loc("Bình Định"),
        title_contains="CHƯƠNG TRÌNH SỨC KHỎE HỌC ĐƯỜNG GIAI ĐOẠN",
        signer=None,
    ),
    implements=[imp("1660/QĐ-TTg", "2021-10-02", "Thủ tướng")],
    implements_optional=[],
    citations=["1660/QĐ-TTg", "241/TTr-SGDĐT"],
    task_labels=["III.1"],
    tasks=[
        {"label": "III.1", "text_starts": "Về chăm sóc, bảo vệ và quản"},
    ],
    notes=(
        LIBRARY
        + "The header in a table's cells ('ỦY BAN NHÂN DÂN' / 'TỈNH BÌNH ĐỊNH', 'Số: 22/KH-UBND', 'Bình Định, ngày' / '15 "
        "tháng 02 năm 2023'), 'KẾ HOẠCH' and its title 'TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH SỨC KHỎE HỌC ĐƯỜNG GIAI ĐOẠN' / "
        "'2023-2025 TRÊN ĐỊA BÀN TỈNH BÌNH ĐỊNH' (title_contains stops at the wrap). Province level. Lead: 'Thực hiện "
        "Quyết định số 1660/QĐ-TTg ngày 02/10/2021 của Thủ tướng Chính phủ Phê duyệt Chương trình Sức khỏe học đường ...; "
        "trên cơ sở đề xuất của Sở Giáo dục và Đào tạo tại Tờ trình số 241/TTr-SGDĐT ngày 09/02/2023; UBND tỉnh ban hành': "
        "the parent is 1660/QĐ-TTg; the department's submission is a citation, not a parent. Sections: I. MỤC TIÊU and "
        "II. ĐỐI TƯỢNG (no work), III. NỘI DUNG CHƯƠNG TRÌNH (the programme's content, work set on the province: a task "
        "section, as 'NỘI DUNG THỰC HIỆN'), cut in its first item '1. Về chăm sóc, bảo vệ và quản lý sức khỏe học sinh "
        "trong trường học gồm': task III.1, its text only graded (no body, no deadline in the text). No signer: null."
    ),
)
L["e06_vinhlong_ubndt_kh43_2022_ktso_qd411"] = dict(
    document=dict(
        number="43/KH-UBND",
        doc_type="KH",
        issued_on="2022-06-06",
        issuer={"name_contains": "Vĩnh Long", "level": "province"},
        locality=loc("Vĩnh Long"),
        title_contains="PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ ĐẾN NĂM 2025",
        signer=None,
    ),
    implements=[imp("411/QĐ-TTg", "2022-03-31", "Thủ tướng")],
    implements_optional=[],
    citations=["411/QĐ-TTg"],
    task_labels=[],
    notes=(
        LIBRARY
        + "The header in a table's cells ('ỦY BAN NHÂN DÂN' / 'TỈNH VĨNH LONG', 'Số: 43/KH-UBND', 'Vĩnh Long, ngày' / '06 "
        "tháng 6 năm 2022'), 'KẾ HOẠCH' and its title 'PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ ĐẾN NĂM 2025, ĐỊNH HƯỚNG' / 'ĐẾN "
        "NĂM 2030 TRÊN ĐỊA BÀN TỈNH VĨNH LONG'. Province level. Lead 'Thực hiện Quyết định số' / '411/QĐ-TTg, ngày "
        "31/3/2022 của Thủ tướng Chính phủ về việc phê duyệt Chiến lược quốc gia phát triển kinh tế số ...': the parent, "
        "dated. The text stops in 'I. MỤC TIÊU' (no task). No signer: null."
    ),
)
L["e07_backan_ubndt_kh258_2020_dinhduong_qd41"] = dict(
    document=dict(
        number="258/KH-UBND",
        doc_type="KH",
        issued_on="2020-05-18",
        issuer={"name_contains": "Bắc Kạn", "level": "province"},
        locality=loc("Bắc Kạn"),
        title_contains="BẢO ĐẢM DINH DƯỠNG HỢP LÝ VÀ TĂNG CƯỜNG HOẠT ĐỘNG THỂ LỰC",
        signer={"name": "Phạm Duy Hưng"},
    ),
    implements=[
        imp("41/QĐ-TTg", "2019-01-08", "Thủ tướng"),
        imp("1978/QĐ-BGDĐT", "2019-07-11", "Bộ Giáo dục"),
    ],
    implements_optional=[],
    citations=["41/QĐ-TTg", "1978/QĐ-BGDĐT"],
    task_labels=[],
    notes=(
        LIBRARY
        + "The library's headline 'Kế hoạch 258/KH-UBND năm 2020 về thực hiện Đề án “Bảo đảm dinh dưỡng hợp lý ...” trên "
        "địa bàn tỉnh Bắc Kạn' and its metadata ('Loại văn bản: Văn bản khác' is the library's category; 'Nơi ban hành: "
        "Tỉnh Bắc Kạn'; 'Người ký: Phạm Duy Hưng'; 'Ngày ban hành: 18/05/2020'), then the header 'ỦY BAN NHÂN DÂN' / 'TỈNH "
        "BẮC KẠN', 'Số: 258/KH-UBND', 'Bắc Kạn, ngày 18 tháng 5 năm 2020', 'KẾ HOẠCH' and its upper-case title. Province "
        "level. Lead 'Thực hiện Quyết định số 41/QĐ-TTg ngày 08/01/2019 của Thủ tướng Chính phủ về phê duyệt Đề án ...; "
        "Quyết định số 1978/QĐ-BGDĐT ngày 11/7/2019 của Bộ Giáo dục và Đào tạo về ban hành Kế hoạch triển khai thực hiện "
        "Đ' (cut): both are carried out (one 'Thực hiện' list), each dated. No section reached: no task. Signer: the "
        "library's 'Người ký' (no office given), as blind44 g03."
    ),
)
L["e08_quangngai_ctubndt_qd1563_2017_trogiupxh_qd488"] = dict(
    document=dict(
        number="1563/QĐ-UBND",
        doc_type="QĐ",
        issued_on="2017-08-24",
        issuer={"name_contains": "Quảng Ngãi", "level": "province"},
        locality=loc("Quảng Ngãi"),
        signer=None,
    ),
    implements=[imp("488/QĐ-TTg", "2017-04-14", "Thủ tướng")],
    implements_optional=[],
    citations=["488/QĐ-TTg", "108/TTr-SLĐTBXH"],
    task_labels=["Điều 3"],
    tasks=[
        {
            "label": "Điều 3",
            "text_starts": "Chánh Văn phòng UBND tỉnh; Giám đốc các Sở",
            "responsible": ["Chánh Văn phòng UBND tỉnh"],
        },
    ],
    notes=(
        "A document-sharing page, the decision's table flattened into pipe-ended cells: 'ỦY BAN NHÂN DÂN |', 'Số: "
        "1563/QĐ-UBND |', 'Quảng Ngãi, ngày 24 tháng 8 năm 2017 |', then the authority line 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH "
        "QUẢNG NGÃI' (the page dropped the 'QUYẾT ĐỊNH' title and its subject line: title ungraded). A decision of the "
        "province's chairman: QĐ, province level, Quảng Ngãi. Căn cứ: the local-government law (unnumbered), the Prime "
        "Minister's 488/QĐ-TTg approving the scheme, the Labour department's submission 108/TTr-SLĐTBXH. The decision "
        "issues the 'Kế hoạch thực hiện Đề án ...' (Điều 1) and the annex's title 'THỰC HIỆN ĐỀ ÁN ...' carries out the "
        "scheme 488/QĐ-TTg approved: the parent, dated, the Prime Minister's; the submission is a citation only. Tasks: "
        "Điều 1 issues, Điều 2 is entry into force, Điều 3 is the execution article naming the bodies (as blind44 g01's "
        "'Điều 2'): one task; its first body as written ('Chánh Văn phòng UBND tỉnh'); no deadline graded. The annex "
        "stops in '1. Mục đích' (purpose: no task). Signer: 'KT. CHỦ TỊCH |' with no name: null."
    ),
)
L["e09_tuyenquang_ubndt_kh154_2021_ctxh_qd112"] = dict(
    document=dict(
        number="154/KH-UBND",
        doc_type="KH",
        issued_on="2021-09-20",
        issuer={"name_contains": "Tuyên Quang", "level": "province"},
        locality=loc("Tuyên Quang"),
        title_contains="THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG TÁC XÃ HỘI GIAI ĐOẠN",
        signer=None,
    ),
    implements=[
        imp("112/QĐ-TTg", "2021-01-22", "Thủ tướng"),
        imp("555/LĐTBXH-BTXH", "2021-03-03", "Bộ Lao động"),
    ],
    implements_optional=[],
    citations=["112/QĐ-TTg", "555/LĐTBXH-BTXH"],
    task_labels=[],
    notes=(
        LIBRARY
        + "The header in a table's cells ('ỦY BAN NHÂN DÂN' / 'TỈNH TUYÊN QUANG', 'Số: 154 /KH- UBND' with stray spaces, "
        "canonical 154/KH-UBND; 'Tuyên Quang, ngày' / '20 tháng 9 năm 2021'), 'KẾ HOẠCH' and its title 'THỰC HIỆN CHƯƠNG "
        "TRÌNH PHÁT TRIỂN CÔNG TÁC XÃ HỘI GIAI ĐOẠN' / '2021-2030 TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG'. Province level. Two "
        "'Thực hiện' paragraphs: the Prime Minister's 112/QĐ-TTg issuing the programme and the Labour Ministry's letter "
        "555/LĐTBXH-BTXH on deploying it, each dated: both parents. The text stops in 'I. MỤC TIÊU' (no task). No signer: "
        "null. dupcheck: two shared windows with blind5 b04 (Bắc Ninh's plan on the same programme quotes the same "
        "title of 112/QĐ-TTg), a different document."
    ),
)
L["e10_daknong_ubndt_kh342_2018_quyhoachsdd_baodaknong"] = dict(
    document=dict(
        number="342/KH-UBND",
        doc_type="KH",
        issuer={"name_contains": "Đắk Nông", "level": "province"},
        locality=loc("Đắk Nông"),
        title_contains="điều chỉnh quy hoạch sử dụng đất đến năm 2020",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Đắk Nông's paper: chrome ('Hệ thống đang tải nội dung!', 'img'), the headline, 'Cập nhật: 05/07/2018 | 08:52' (the "
        "posting stamp), then 'Ngày 4/7, UBND tỉnh Đắk Nông đã ban hành Kế hoạch 342/KH-UBND về triển khai thực hiện điều "
        "chỉnh quy hoạch sử dụng đất đến năm 2020 ...': the page's document is that plan: 342/KH-UBND, KH, the province's "
        "People's Committee, province level, Đắk Nông. Its day '4/7' has no year in the lead (the stamp's year is the "
        "posting's, a decoy): issued_on left ungraded (key absent), as blind n22. Title: the subject after 'về'. The "
        "assignments are told in prose ('giao nhiệm vụ cho Sở Tài nguyên-Môi trường chủ trì ..., UBND tỉnh giao UBND các "
        "huyện, thị xã chủ trì ...'), not an outline: no task label. No numbered parent. No signer (news): null."
    ),
)

if __name__ == "__main__":
    write_labels(root, L)
