"""Labels of blind set 32, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402


def _bullets(parent: str, n: int) -> list[str]:
    return [f"{parent}.{i}" for i in range(1, n + 1)]


D01_LABELS = (
    ["Điều 3", "II.1"]
    + _bullets("II.1", 7)
    + ["II.2", "II.2.1"]
    + _bullets("II.2.1", 4)
    + ["II.2.2", "II.2.3", "II.2.3.1", "II.2.3.1.1", "II.2.3.1.2", "II.2.3.2", "II.2.4"]
    + _bullets("II.2.4", 3)
    + ["II.2.5", "II.2.6"]
    + _bullets("II.2.6", 2)
    + ["II.2.7", "II.2.8"]
    + _bullets("II.2.8", 2)
    + ["II.2.9"]
    + _bullets("II.2.9", 3)
    + ["II.2.10", "III.1"]
    + _bullets("III.1", 18)
    + ["III.2"]
    + _bullets("III.2", 6)
    + ["III.3"]
    + _bullets("III.3", 3)
    + ["III.4"]
    + _bullets("III.4", 2)
    + ["III.5", "III.6", "III.7"]
    + _bullets("III.7", 3)
    + ["III.8", "III.9"]
    + _bullets("III.9", 2)
    + [f"III.{i}" for i in range(10, 17)]
)

L = {}
L["d01_ttg_qd773_kh_ct14_2018_congbot"] = dict(
    document=dict(
        number="773/QĐ-TTg",
        doc_type="QĐ",
        issued_on="2018-06-26",
        issuer={"name_contains": "Thủ tướng", "level": "central"},
        locality=loc(None),
        title_contains="BAN HÀNH KẾ HOẠCH TỔ CHỨC THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW",
        signer={"name": "Nguyễn Xuân Phúc", "title_contains": "Thủ tướng"},
    ),
    implements=[imp("14-CT/TW", "2017-07-19", "Ban Bí thư")],
    implements_optional=[],
    citations=[
        "26/2005/PL-UBTVQH11",
        "04/2012/PL-UBTVQH13",
        "14-CT/TW",
        "63-KL/TW",
        "22/2013/QĐ-TTg",
        "63/NQ-CP",
        "31/CT-TTg",
    ],
    task_labels=D01_LABELS,
    tasks=[
        {
            "label": "III.1.6",
            "text_starts": "Chủ trì xây dựng Đề án phát triển các cơ sở nuôi dưỡng",
            "responsible": ["Bộ Lao động - Thương binh và Xã hội"],
            "deadline": {"kind": "quarter"},
        },
        {
            "label": "III.3.1",
            "text_starts": "Chủ trì cung cấp xác minh thông tin",
            "responsible": ["Bộ Công an"],
            "deadline": {"kind": "conditional"},
        },
        {
            "label": "III.6",
            "text_starts": "Bộ Xây dựng",
            "responsible": ["Bộ Xây dựng"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "III.13",
            "text_starts": "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
            "responsible": ["Ủy ban nhân dân các tỉnh"],
        },
        {
            "label": "III.15",
            "text_starts": "Đề nghị Ủy ban trung ương Mặt trận Tổ quốc Việt Nam chủ trì",
            "responsible": ["Mặt trận Tổ quốc Việt Nam"],
            "deadline": {"kind": "none"},
        },
    ],
    notes=(
        "A chatbot's data file: source line, a '#' headline with a typo ('Bban hành Kế hoạch ...'), the pipe-table "
        "header with the library's split characters ('Số: 773 /QĐ-TTg', 'Hà Nội, ngày 26 tháng 0 6 năm 2018'; the "
        "plan's subtitle gives 'ngày 26 tháng 6 năm 2018'), 'QUYẾT ĐỊNH' and its subject (the title), three articles, "
        "'THỦ TƯỚNG Nguyễn Xuân Phúc' in the pipe row after the recipients, then the plan it issues. The Prime "
        "Minister: central level, no locality. The parent is the Secretariat's 14-CT/TW (title, Căn cứ, Điều 1, the "
        "plan's opening 'Triển khai Chỉ thị số 14-CT/TW'). Citations: the two ordinances (26/2005/PL-UBTVQH11, "
        "04/2012/PL-UBTVQH13), 63-KL/TW, 22/2013/QĐ-TTg, 63/NQ-CP, 31/CT-TTg; '(Ban hành kèm theo Quyết định số "
        "773/QĐ-TTg ...)' is itself. Tasks: the decision's execution article 'Điều 3' (convention of blind24-30) and "
        "the plan's II. NHIỆM VỤ VÀ GIẢI PHÁP (1. Nhiệm vụ a-g; 2. Giải pháp a-k with '-' bullets and two '+' under "
        "c)'s first bullet; letters by ordinal, so k) is the tenth) and III. TỔ CHỨC THỰC HIỆN (sixteen body "
        "headings, bullets under 1-4, 7, 9; the closing 'Hàng năm, ... báo cáo' paragraph belongs to III.16). I. "
        "MỤC ĐÍCH, YÊU CẦU holds none. Graded: III.1.6 'trình Thủ tướng Chính phủ trong quý 1/2019' (quarter), "
        "III.3.1 (inherits Bộ Công an; its 'khi có yêu cầu của các cơ quan chức năng' is conditional, as DOMAIN's 'khi "
        "có chỉ đạo của Trung ương': corrected after the first run, which labelled it none), III.6 (heading body, text begins with the heading), III.13 (provinces; "
        "deadline not graded), III.15 'Đề nghị ... Mặt trận' (requested)."
    ),
)
L["d02_hanoi_ubnd_qd6154_2011_congbot"] = dict(
    document=dict(
        number="6154/QĐ-UBND",
        doc_type="QĐ",
        issued_on="2011-12-30",
        issuer={"name_contains": "Ủy ban nhân dân thành phố Hà Nội", "level": "province"},
        locality=loc("Hà Nội"),
        title_contains="THỰC HIỆN CHẾ ĐỘ ĐIỀU DƯỠNG LUÂN PHIÊN ĐỐI VỚI NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG",
        signer={"name": "Nguyễn Huy Tưởng", "title_contains": "Phó Chủ tịch"},
    ),
    implements=[],
    implements_optional=["25/2010/TTLT-BLĐTBXH-BTC-BYT", "08/2011/NQ-HĐND"],
    citations=[
        "25/2010/TTLT-BLĐTBXH-BTC-BYT",
        "17/2006/TTLT-BLĐTBXH-BTC-BYT",
        "06/2007/TTLT-BLĐTBXH-BTC-BYT",
        "08/2011/NQ-HĐND",
        "6144/STC-HCSN",
    ],
    task_labels=["Điều 2", "Điều 3"],
    tasks=[
        {
            "label": "Điều 2",
            "text_starts": "Sở Lao động Thương binh và Xã hội có trách nhiệm xây dựng kế hoạch",
            "responsible": ["Sở Lao động Thương binh và Xã hội"],
        }
    ],
    notes=(
        "A chatbot's data file of Hà Nội's decision: source line, '#' headline (the subject), pipe-table header "
        "('ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI', 'Số: 6154/QĐ-UBND', 'Hà Nội, ngày 30 tháng 12 năm 2011'), the "
        "subject, the issuing line. The city's People's Committee: province level, Hà Nội. It applies the joint "
        "circular 25/2010/TTLT-BLĐTBXH-BTC-BYT and the city council's budget resolution 08/2011/NQ-HĐND (both in "
        "Căn cứ, tolerated as parents); the circulars it amends and replaces and the Finance Department's letter "
        "6144/STC-HCSN are citations ('Thông tư liên tịch số: 17/2006/...' has a colon after 'số'). Tasks: Điều 1 "
        "sets the regime (object, form, start date, funds: no assignment); Điều 2 assigns the Labour department "
        "(its deadline 'trong kế hoạch dự toán ngân sách hàng năm' names the annual budget plan: not graded); Điều 3 "
        "is the execution article. Signer 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Huy Tưởng' in one "
        "pipe cell."
    ),
)
L["d03_ttg_qd170_2008_congbot"] = dict(
    document=dict(
        number="170/2008/QĐ-TTg",
        doc_type="QĐ",
        issued_on="2008-12-18",
        issuer={"name_contains": "Thủ tướng", "level": "central"},
        locality=loc(None),
        title_contains="VỀ CHẾ ĐỘ BẢO HIỂM Y TẾ VÀ TRỢ CẤP MAI TÁNG ĐỐI VỚI THANH NIÊN XUNG PHONG THỜI KỲ KHÁNG CHIẾN CHỐNG PHÁP",
        signer={"name": "Nguyễn Sinh Hùng", "title_contains": "Phó Thủ tướng"},
    ),
    implements=[],
    implements_optional=[],
    citations=["290/2005/QĐ-TTg"],
    task_labels=["Điều 3", "Điều 6"],
    tasks=[
        {
            "label": "Điều 3",
            "text_starts": "Bộ Lao động - Thương binh và Xã hội chủ trì",
            "responsible": ["Bộ Lao động - Thương binh và Xã hội"],
            "deadline": {"kind": "none"},
        }
    ],
    notes=(
        "A chatbot's data file of a Prime Minister's legal decision: source line, '#' headline (the subject), "
        "pipe-table header, 'QUYẾT ĐỊNH' and its subject, 'QUYẾT ĐỊNH' without a colon before the articles. Central "
        "level, no locality. It carries out nothing; 290/2005/QĐ-TTg is cited in Điều 2 (a reference for the "
        "benefit). Tasks: Điều 3 (the Labour ministry leads the guidance) and Điều 6 (the execution article); "
        "Điều 1, 2 (who benefits and what), 4 (funds) and 5 (entry into force) set no work. Signer 'KT. THỦ TƯỚNG "
        "PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng' in one pipe cell."
    ),
)
L["d04_ubtvqh_nq494_2012_congbot"] = dict(
    document=dict(
        number="494/NQ-UBTVQH13",
        doc_type="NQ",
        issued_on="2012-05-18",
        issuer={"name_contains": "Ủy ban thường vụ Quốc hội", "level": "central"},
        locality=loc(None),
        title_contains="VỀ KẾT QUẢ GIÁM SÁT VIỆC THỰC HIỆN CHÍNH SÁCH, PHÁP LUẬT VỀ NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG",
        signer={"name": "Nguyễn Sinh Hùng", "title_contains": "Chủ tịch"},
    ),
    implements=[],
    implements_optional=["407/NQ-UBTVQH13", "120/BC-ĐGS", "31/BC-CP"],
    citations=["51/2001/QH10", "407/NQ-UBTVQH13", "120/BC-ĐGS", "31/BC-CP"],
    task_labels=["Điều 2.1", "Điều 2.2", "Điều 2.3", "Điều 2.4", "Điều 2.5", "Điều 3.1", "Điều 3.2"],
    tasks=[
        {
            "label": "Điều 2.1",
            "text_starts": "Tiếp tục điều chỉnh nâng mức trợ cấp",
            "responsible": ["Chính phủ"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "Điều 2.5",
            "text_starts": "Chỉ đạo các bộ, ngành, Ủy ban nhân dân các cấp",
            "responsible": ["Chính phủ"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "Điều 3.1",
            "text_starts": "Kết thúc năm 2013, Chính phủ báo cáo",
            "responsible": ["Chính phủ"],
        },
    ],
    notes=(
        "A chatbot's data file of the National Assembly Standing Committee's resolution: the header cell is cut to "
        "'ỦY BAN THƯỜNG VỤ'; the issuing line 'ỦY BAN THƯỜNG VỤ QUỐC HỘI' and the signature 'TM. ỦY BAN THƯỜNG VỤ "
        "QUỐC HỘI CHỦ TỊCH Nguyễn Sinh Hùng' name it in full: central level, no locality. 'Hà Nội, ngày 18 tháng 05 "
        "năm 2012'. Articles written 'Điều 1.' alone on a line. It carries out no document: it rests on the "
        "supervision programme 407/NQ-UBTVQH13 and the reports 120/BC-ĐGS and 31/BC-CP (tolerated parents); "
        "'Nghị quyết số 51/2001/QH10' (the 2001 constitutional amendment) is a citation. Tasks: Điều 2's five points "
        "('Ủy ban thường vụ Quốc hội yêu cầu Chính phủ, Thủ tướng Chính phủ tập trung thực hiện ...': the Government "
        "is the body of each) and Điều 3's two (1: the Government reports at the end of 2013; 2: the supervising "
        "bodies). Điều 1 endorses a report, Điều 4 is entry into force. Graded: 2.1 and 2.5 (Government, no date), "
        "3.1 (Government; 'Kết thúc năm 2013' not graded as a kind)."
    ),
)
L["d05_tuyenquang_ctubnd_qd986_2024_congbot"] = dict(
    document=dict(
        number="986/QĐ-UBND",
        doc_type="QĐ",
        issued_on="2024-08-13",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Tuyên Quang", "level": "province"},
        locality=loc("Tuyên Quang"),
        title_contains="BAN HÀNH KẾ HOẠCH THỜI GIAN NĂM HỌC 2024-2025 ĐỐI VỚI GIÁO DỤC MẦM NON",
        signer={"name": "Hoàng Việt Phương", "title_contains": "Phó Chủ tịch"},
    ),
    implements=[],
    implements_optional=["2045/QĐ-BGDĐT"],
    citations=["2045/QĐ-BGDĐT", "107/TTr-SGDĐT"],
    task_labels=["Điều 2.1", "Điều 2.2", "Điều 3"],
    tasks=[
        {
            "label": "Điều 2.1",
            "text_starts": "Tổ chức chỉ đạo thực hiện hoàn thành Kế hoạch thời gian năm học",
            "responsible": ["Sở Giáo dục và Đào tạo"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "Điều 2.2",
            "text_starts": "Chủ trì, phối hợp với Chủ tịch Ủy ban nhân dân huyện",
            "responsible": ["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân huyện"],
            "deadline": {"kind": "none"},
        },
    ],
    notes=(
        "A chatbot's data file whose '#' headline belongs to another document ('Về việc giải quyết chế độ trợ cấp "
        "một lần đối với thanh niên xung phong của UBND tỉnh Bạc Liêu': not the title, not the place); the file's "
        "own document is Tuyên Quang's 986/QĐ-UBND of 13 August 2024 (pipe-table header, 'QUYẾT ĐỊNH', 'BAN HÀNH "
        "KẾ HOẠCH THỜI GIAN NĂM HỌC 2024-2025 ...', issuing line 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG'). "
        "Province level, Tuyên Quang. The Education Ministry's framework 2045/QĐ-BGDĐT, which it localises, is "
        "tolerated as a parent (as blind30 c01); the department's submission 107/TTr-SGDĐT is a citation; "
        "'Bộ trưởngBộ' is glued in the text. Tasks: Điều 1's nine points are the school calendar the decision "
        "issues (dates, no body: not tasks, as a 'Công bố' article is not); Điều 2 'Giao Giám đốc Sở Giáo dục và "
        "Đào tạo' with points 1-2 (the department's; point 2 with the district chairs in support); Điều 3, entry into "
        "force and the execution sentence (execution article). Signer 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Việt "
        "Phương' in one pipe cell."
    ),
)
L["d06_sonla_ctubnd_qd254_kh_2023_congbot"] = dict(
    document=dict(
        number="254/QĐ-UBND",
        doc_type="QĐ",
        issued_on="2023-02-17",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Sơn La", "level": "province"},
        locality=loc("Sơn La"),
        title_contains="BAN HÀNH KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023",
        signer={"name": "Hoàng Quốc Khánh", "title_contains": "Chủ tịch"},
    ),
    implements=[],
    implements_optional=["02/CT-TTg", "26/2020/NĐ-CP"],
    citations=[
        "26/2020/NĐ-CP",
        "24/2020/TT-BCA",
        "02/CT-TTg",
        "02/TTr-CAT-ANCTNB",
        "69-QĐ/TW",
        "112/2020/NĐ-CP",
        "144/2021/NĐ-CP",
        "11/KH-UBND",
        "4216/UBND-NC",
        "4478/UBND-NC",
        "2566/QĐ-UBND",
    ],
    task_labels=(
        ["Điều 3"]
        + _bullets("II", 8)
        + ["III.1"]
        + _bullets("III.1", 3)
        + ["III.2", "III.3"]
        + _bullets("III.3", 2)
        + ["III.4", "III.5", "III.6"]
        + _bullets("IV", 4)
    ),
    tasks=[
        {
            "label": "II.6",
            "text_starts": "Xây dựng và tham mưu với UBND tỉnh ban hành Quy chế",
            "responsible": ["Công an tỉnh"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "III.3.1",
            "text_starts": "Chủ trì, phối hợp với Văn phòng UBND tỉnh khẩn trương tham mưu",
            "responsible": ["Sở Nội vụ"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "III.5",
            "text_starts": "Sở Thông tin và Truyền thông",
            "responsible": ["Sở Thông tin và Truyền thông"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "IV.1",
            "text_starts": "Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh",
            "responsible": ["sở, ban, ngành"],
            "deadline": {"kind": "by_date", "due": "2023-02-28"},
        },
    ],
    notes=(
        "A chatbot's data file whose '#' headline belongs to another document ('... thanh niên xung phong của UBND "
        "tỉnh Tuyên Quang': not the title, not the place); the file's document is Sơn La's decision 254/QĐ-UBND of "
        "17 February 2023 issuing the year's plan for protecting state secrets, the plan after the signature row "
        "('CHỦ TỊCH Hoàng Quốc Khánh'). Province level, Sơn La. The Prime Minister's 02/CT-TTg of 15/11/2019 (Căn "
        "cứ) and the decree 26/2020/NĐ-CP are tolerated parents; none required. Citations (the second 02/CT-TTg, of "
        "04/7/2018, is the same canonical number): the Public Security submission written '02/TTr-CAT- ANCTNB' and "
        "the decree '144/2021/NĐ- CP' (spaces after the hyphen), the Party rule 69-QĐ/TW, the province's 11/KH-UBND, "
        "4216/UBND-NC, 4478/UBND-NC, 2566/QĐ-UBND; the plan's '(Kèm theo Quyết định số 254/QĐ-UBND ...)' is itself. "
        "Tasks: Điều 3 (execution article), the plan's II. NỘI DUNG CÔNG TÁC 1-8, III. PHÂN CÔNG NHIỆM VỤ (six body "
        "headings; bullets under 1 and 3) and IV. TỔ CHỨC THỰC HIỆN 1-4 ('* Lưu ý: ...' under IV.1 is a note of IV.1, "
        "not an item); I. MỤC ĐÍCH, YÊU CẦU holds none. Graded: II.6 ('Giao Công an tỉnh chủ trì' in its "
        "parenthesis), III.3.1 (inherits Sở Nội vụ), III.5 (colon form), IV.1 (the departments and districts, first "
        "date 'trước ngày 28/2/2023')."
    ),
)
L["d07_quangngai_ctubnd_qd1351_2022_congbot"] = dict(
    document=dict(
        number="1351/QĐ-UBND",
        doc_type="QĐ",
        issued_on="2022-10-04",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Quảng Ngãi", "level": "province"},
        locality=loc("Quảng Ngãi"),
        title_contains="CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC CHUẨN HÓA VÀ PHÊ DUYỆT QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TRONG LĨNH VỰC NGƯỜI CÓ CÔNG",
        signer={"name": "Đặng Văn Minh", "title_contains": "Chủ tịch"},
    ),
    implements=[],
    implements_optional=["1025/QĐ-LĐTBXH", "547/QĐ-LĐTBXH", "108/QĐ-LĐTBXH"],
    citations=[
        "63/2010/NĐ-CP",
        "48/2013/NĐ-CP",
        "92/2017/NĐ-CP",
        "61/2018/NĐ-CP",
        "107/2021/NĐ-CP",
        "02/2017/TT-VPCP",
        "01/2018/TT-VPCP",
        "1025/QĐ-LĐTBXH",
        "547/QĐ-LĐTBXH",
        "108/QĐ-LĐTBXH",
        "19/2020/QĐ-UBND",
        "107/TTr-SLĐTBXH",
        "2196/QĐ-UBND",
        "1741/QĐ-UBND",
        "501/QĐ-UBND",
        "2552/QĐ-UBND",
    ],
    task_labels=[
        "Điều 2.1",
        "Điều 2.2",
        "Điều 2.3",
        "Điều 2.4",
        "Điều 2.4.1",
        "Điều 2.4.2",
        "Điều 2.5",
        "Điều 2.5.1",
        "Điều 2.5.2",
        "Điều 4",
    ],
    tasks=[
        {
            "label": "Điều 2.2",
            "text_starts": "Văn phòng UBND tỉnh thực hiện đăng nhập",
            "responsible": ["Văn phòng UBND tỉnh"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "Điều 2.3",
            "text_starts": "Sở Thông tin và Truyền thông chủ trì",
            "responsible": ["Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "Điều 2.4.1",
            "text_starts": "Thực hiện niêm yết công khai",
            "responsible": ["cấp huyện"],
            "deadline": {"kind": "none"},
        },
    ],
    notes=(
        "A chatbot's data file whose '#' headline belongs to another document ('... huyện Yên Bình, tỉnh Yên Bái': "
        "not the title, not the place); the file's document is Quảng Ngãi's 1351/QĐ-UBND. The library's markup "
        "splits letters with spaces: 'Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022' (place and date), the signer 'CHỦ "
        "TỊCH Đặ ng Văn Minh' (his name is Đặng Văn Minh), 'X ã hội' in the recipients. Province level, Quảng Ngãi "
        "(2022). The Labour ministry's three decisions it localises are tolerated parents (written 'Số 1025/QĐ-"
        "LĐTBXH ...; số 547/QĐ-LĐTBXH ...; số 108/QĐ-LĐTBXH'); the decisions it replaces ('Số 2196/QĐ-UBND ..., số "
        "1741/QĐ-UBND ...') and the rest of Căn cứ are citations. Tasks: Điều 2 'Trách nhiệm của các cơ quan, đơn "
        "vị' points 1-5, 4 and 5 each with a) b) (body headings 'UBND cấp huyện', 'UBND cấp xã'); Điều 4 is the "
        "execution article; Điều 1 (Công bố) and Điều 3 (entry into force, replacement) are not tasks."
    ),
)
L["d08_bcdqg1237_kh252_2013_congbot"] = dict(
    document=dict(
        number="252/KH-BCĐQG1237",
        doc_type="KH",
        issued_on="2013-11-11",
        issuer={"name_contains": "Ban Chỉ đạo quốc gia", "level": "central"},
        locality=loc(None),
        title_contains="TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 1237/QĐ-TTG NGÀY 27 THÁNG 7 NĂM 2013",
        signer={"name": "Nguyễn Thiện Nhân", "title_contains": "Trưởng ban"},
    ),
    implements=[imp("1237/QĐ-TTg", "2013-07-27", "Thủ tướng")],
    implements_optional=["24-CT/TW", "1753/QĐ-TTg"],
    citations=["24-CT/TW", "1237/QĐ-TTg", "1753/QĐ-TTg"],
    notes=(
        "A chatbot's data file whose '#' headline is the subject of the decision this plan carries out ('Về việc "
        "phê duyệt Đề án tìm kiếm, quy tập hài cốt liệt sĩ ...'), then the header ('BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM "
        "KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ', 'Số: 252/KH-BCĐQG1237', 'Hà Nội, ngày 11 tháng 11 năm 2013'), 'KẾ HOẠCH' "
        "and its subject (the title). A national steering committee chaired by a Deputy Prime Minister: central, no "
        "locality. The parent is the Prime Minister's 1237/QĐ-TTg (title, Căn cứ); the Politburo's 24-CT/TW it "
        "concretises and the committee's founding 1753/QĐ-TTg are tolerated. Signer 'TRƯỞNG BAN PHÓ THỦ TƯỚNG "
        "Nguyễn Thiện Nhân': he signs as the committee's head (Trưởng ban), his government office printed under it. "
        "Tasks not graded: the plan's outline has lettered parts A.-D. above Roman sections (B.I-IX each with '1. "
        "Nội dung, biện pháp', '2. Cơ quan chủ trì, phối hợp', '3. Thời gian thực hiện'), for which the gold README "
        "gives no label convention."
    ),
)

write_labels(root, L)
