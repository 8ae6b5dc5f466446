"""Labels of blind set 44, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402


def _bullets(parent: str, n: int) -> list[str]:
    return [f"{parent}.{i}" for i in range(1, n + 1)]


LIBRARY = (
    "A legal library's page as the search tool stored its beginning: the excerpt stops mid-sentence before any "
    "task section or signature. "
)

L = {}
L["g01_kontum_ubnd_qd435_2020_kh119_ct37"] = dict(
    document=dict(
        number="435/QĐ-UBND",
        doc_type="QĐ",
        issued_on="2020-05-04",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Kon Tum", "level": "province"},
        locality=loc("Kon Tum"),
        title_contains="BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU",
        signer={"name": "Nguyễn Hữu Tháp", "title_contains": "Phó Chủ tịch"},
    ),
    implements=[imp("119-KH/TU", "2019-12-18", "Ban Thường vụ Tỉnh ủy")],
    implements_optional=["37-CT/TW", "416/QĐ-TTg"],
    citations=[
        "37-CT/TW",
        "416/QĐ-TTg",
        "119-KH/TU",
        "33/TTr-SLĐTBXH",
        "42/TTr-SLĐTBXH",
        "2401/KH-UBND",
        "51-CTr/TU",
        "18-NQ/TW",
        "53-CTr/TU",
        "19-NQ/TW",
        "739/KH-UBND",
        "740/KH-UBND",
    ],
    task_labels=(
        ["Điều 2", "II.1"]
        + _bullets("II.1", 4)
        + ["II.2"]
        + _bullets("II.2", 10)
        + ["II.3"]
        + _bullets("II.3", 4)
        + ["III.1", "III.2", "III.2.1", "III.2.2", "III.3", "III.4", "III.5"]
    ),
    tasks=[
        {
            "label": "Điều 2",
            "text_starts": "Giám đốc Sở Lao động - Thương binh và Xã hội; Thủ trưởng các cơ quan",
        },
        {
            "label": "II.1.1",
            "text_starts": "Tổ chức nghiên cứu, tuyên truyền, phổ biến, quán triệt Chỉ thị",
        },
        {
            "label": "II.1.3",
            "text_starts": "Tiếp tục thực hiện hiệu quả Đề án",
            "responsible": ["Sở Lao động - Thương binh và xã hội"],
            "deadline": {"kind": "recurring"},
        },
        {
            "label": "II.2.4",
            "text_starts": "Xây dựng cơ sở dữ liệu, bộ tiêu chí đánh giá quan hệ lao động",
            "responsible": ["Sở Lao động - Thương binh và Xã hội"],
            "deadline": {"kind": "conditional"},
        },
        {
            "label": "II.2.5",
            "text_starts": "Tiếp tục rà soát tham mưu củng cố, kiện toàn tổ chức bộ máy",
            "responsible": ["Sở Nội vụ"],
        },
        {
            "label": "II.2.6",
            "text_starts": "Căn cứ vào điều kiện thực tế của địa phương, hình thành các cơ chế tham vấn ba bên",
            "responsible": ["Sở Lao động - Thương binh và Xã hội"],
            "deadline": {"kind": "quarter", "due": "2020-09-30"},
        },
        {
            "label": "II.3.1",
            "text_starts": "Rà soát, kiện toàn, nâng cao hiệu quả hoạt động của các thiết chế",
        },
        {
            "label": "III.2.1",
            "text_starts": "Làm đầu mối, theo dõi, đôn đốc và tổng hợp báo cáo",
            "responsible": ["Sở Lao động - Thương binh và Xã hội"],
            "deadline": {"kind": "annual"},
        },
    ],
    recipients_include=["Bộ Lao động - Thương binh và Xã hội", "Thường trực Tỉnh ủy", "Các sở, ban, ngành"],
    notes=(
        "A crawler's text of a legal library's page (johnPa02/thuvienphapluat-crawler): each section is prefixed "
        "with the crawler's 'Quyết định 435/QĐ-UBND năm 2020.' and, in the attached programme, 'CHƯƠNG TRÌNH HÀNH "
        "ĐỘNG.'; the header, number, place and date and the title run on one line ('Số: 435/QĐ-UBND Kon Tum, ngày "
        "04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG ... ỦY BAN NHÂN DÂN TỈNH KON TUM'). Kon "
        "Tum's People's Committee decision issuing its action programme for the province standing committee's plan "
        "119-KH/TU on the Secretariat's 37-CT/TW. Parent: 119-KH/TU ('Thực hiện Kế hoạch số 119-KH/TU ngày 18 tháng "
        "12 năm 2019 của Ban Thường vụ Tỉnh ủy'; the title 'triển khai Kế hoạch số 119-KH/TU'); tolerated: the "
        "directive 37-CT/TW and the Prime Minister's plan 416/QĐ-TTg, both in 'Căn cứ' and both what 119-KH/TU "
        "itself carries out. Citations: also the labour department's submissions 33/42/TTr-SLĐTBXH, the province's "
        "plan 2401/KH-UBND, and in II.2.5 the programmes 51/53-CTr/TU on 18/19-NQ/TW and the plans 739/740/KH-UBND. "
        "The own number in '(Ban hành kèm theo Quyết định số 435/QĐ-UBND ...)' is not a citation. Tasks: the "
        "decision's execution article Điều 2 (Điều 1 issues the programme: not a task); the programme's II 'NỘI "
        "DUNG HOẠT ĐỘNG' (1 with 1.1-1.4, 2 with 2.1-2.10, 3 with 3.1-3.4: the crawler glues each first sub-item's "
        "number to its heading's line, '... tiến bộ 1.1.' then the text on the next line, '3. Giải quyết tốt tranh "
        "chấp lao động và đình công 3.1. Rà soát, ...' on one line) and III 'TỔ CHỨC THỰC HIỆN' 1-5 with the two "
        "'-' items of 2 ('Giao Sở Lao động - Thương binh và Xã hội:'). I 'MỤC ĐÍCH, YÊU CẦU' holds none. Each item's "
        "'- Cơ quan thực hiện: ...' and '- Thời gian thực hiện: ...' lines are that item's bodies and deadline, not "
        "tasks of their own. Graded: II.1.3 ('Sở Lao động - Thương binh và xã hội chủ trì, phối hợp với Liên đoàn "
        "Lao động tỉnh'; 'Thực hiện thường xuyên' recurring), II.2.4 (deadline 'Sau khi có hướng dẫn của Bộ ...' "
        "conditional), II.2.5 ('Sở Nội vụ chủ trì'; its deadline line is '* Thời gian thực hiện: Thực hiện thường "
        "xuyên hằng năm', not graded: recurring or annual), II.2.6 ('Hoàn thành trong quý III/2020'), III.2.1 (the "
        "body from its parent 'Giao Sở ...:'; 'trước ngày 30 tháng 11 hằng năm', annual as DOMAIN's 'định kỳ hằng "
        "năm (trước ngày 25/12)'). Signer 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tháp', on one "
        "line after the 'Nơi nhận' items."
    ),
)

G02_III_1 = _bullets("III.1", 6)
G02_III_2 = ["III.2.1"] + _bullets("III.2.1", 3) + [f"III.2.{i}" for i in range(2, 15)]
L["g02_hungyen_ubnd_kh199_2026_nq09tu"] = dict(
    document=dict(
        number="199/KH-UBND",
        doc_type="KH",
        issued_on="2026-06-01",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Hưng Yên", "level": "province"},
        locality=loc("Hưng Yên"),
        title_contains="TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 09-NQ/TU NGÀY 18/3/2026 CỦA BAN THƯỜNG VỤ TỈNH ỦY",
        signer={"name": "Nguyễn Lê Huy", "title_contains": "Phó Chủ tịch"},
    ),
    implements=[
        imp("09-NQ/TU", "2026-03-18", "Ban Thường vụ Tỉnh ủy"),
        imp("59-KH/ĐU", "2026-05-29", "Đảng ủy Ủy ban nhân dân tỉnh"),
    ],
    implements_optional=[],
    citations=[
        "09-NQ/TU",
        "59-KH/ĐU",
        "132-KL/TW",
        "36-CT/TW",
        "93/NQ-CP",
        "50/NQ-CP",
        "163/2024/QH15",
        "417-KH/TU",
        "03/CTrPH-BCA-BGDĐT",
    ],
    task_labels=(
        ["III.1"]
        + G02_III_1
        + ["III.2"]
        + G02_III_2
        + ["III.3", "III.4"]
        + _bullets("III.4", 4)
        + ["III.5", "III.6", "III.7"]
        + _bullets("III.7", 2)
        + ["III.8", "III.9"]
        + _bullets("III.9", 2)
        + ["III.10", "III.11"]
        + _bullets("III.11", 2)
        + ["III.12", "III.13", "III.14", "III.15", "III.16", "III.17"]
        + _bullets("III.17", 5)
        + _bullets("IV", 3)
    ),
    tasks=[
        {
            "label": "III.1.1",
            "text_starts": "Tổ chức quán triệt, phổ biến, tuyên truyền Kết luận số 132-KL/TW",
        },
        {
            "label": "III.2.2",
            "text_starts": "Nghiên cứu tham mưu Hội đồng nhân dân tỉnh ban hành Nghị quyết",
            "responsible": ["Công an tỉnh"],
            "deadline": {"kind": "by_date", "due": "2026-06-30"},
        },
        {
            "label": "III.12",
            "text_starts": "Sở Tài chính",
            "responsible": ["Sở Tài chính"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "III.14",
            "text_starts": "Đề nghị Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh",
            "responsible": ["Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "IV.3",
            "text_starts": "Giao Công an tỉnh chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh",
            "responsible": ["Công an tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"],
        },
    ],
    recipients_include=[
        "Chi cục Hải quan Khu vực IV",
        "UBND các xã, phường",
        "Các sở, ban, ngành, đoàn thể tỉnh",
    ],
    notes=(
        "A retrieval exercise's sample document (data/kehoach199.txt), the whole plan as a Word file's text: header "
        "'ỦY BAN NHÂN DÂN' / 'TỈNH HƯNG YÊN', 'Số: 199/KH-UBND', 'Hưng Yên, ngày 01 tháng 6 năm 2026', 'KẾ HOẠCH' "
        "and its title line. Parents: 'Thực hiện Nghị quyết số 09-NQ/TU ngày 18/3/2026 của Ban Thường vụ Tỉnh ủy; "
        "Kế hoạch số 59-KH/ĐU ngày 29/5/2026 của Đảng ủy Ủy ban nhân dân tỉnh' (the first date shared; the second "
        "date is the plan's own). The documents III.1's first item has everyone study (132-KL/TW, 36-CT/TW, "
        "93/NQ-CP, 50/NQ-CP on 163/2024/QH15, 417-KH/TU) and III.9's programme 03/CTrPH-BCA-BGDĐT are citations, "
        "not parents. Tasks: III 'PHÂN CÔNG NHIỆM VỤ', each numbered heading a body (1 'Các sở, ngành, Ủy ban nhân "
        "dân xã, phường' with six '-' items; 2 'Công an tỉnh' with fourteen '-' items, the first with three '+' "
        "items; 3, 5, 6, 8, 10, 12-16 one paragraph in the colon form 'Sở Văn hóa, Thể thao và Du lịch: ...'; 4 "
        "'Sở Y tế' four items; 7, 9, 11 two items; 17 'Ủy ban nhân dân xã, phường' five items) and IV 'TỔ CHỨC "
        "THỰC HIỆN' 1-3; I (purposes) and II (goals) hold none. III.1.1 runs over a page break ('... của Ban' / "
        "blank line / 'Thường vụ Tỉnh ủy đến toàn bộ cán bộ ...'): one item. Graded: III.2.2 ('(Hoàn thành trong "
        "tháng 6/2026)', by the month's last day), III.12 (colon form: the text begins with the body), III.14 "
        "('Đề nghị' two bodies), IV.3 ('Giao Công an tỉnh chủ trì, phối hợp Văn phòng Ủy ban nhân dân tỉnh'; "
        "its 'định kỳ tổng hợp' not graded). Signer 'TM. ỦY BAN NHÂN DÂN' / 'KT. CHỦ TỊCH' / 'PHÓ CHỦ TỊCH THƯỜNG "
        "TRỰC' / blank lines / 'Nguyễn Lê Huy'. dupcheck: two windows shared with blind n05 (Nghệ An's 695/KH-UBND): "
        "the same quotation of 132-KL/TW's title, another province's plan; kept."
    ),
)
L["g03_haiduong_ubnd_kh3298_2018_qd4041"] = dict(
    document=dict(
        number="3298/KH-UBND",
        doc_type="KH",
        issued_on="2018-09-25",
        issuer={"name_contains": "Hải Dương", "level": "province"},
        locality=loc("Hải Dương"),
        title_contains="KIỂM SOÁT KÊ ĐƠN THUỐC VÀ BÁN THUỐC KÊ ĐƠN GIAI ĐOẠN 2017",
        signer={"name": "Lương Văn Cầu"},
    ),
    implements=[imp("4041/QĐ-BYT", "2017-09-07", "Bộ Y tế")],
    implements_optional=[],
    citations=["105/2016/QH13", "109/2016/NĐ-CP", "52/2017/TT-BYT", "18/2018/TT-BYT", "4041/QĐ-BYT"],
    task_labels=[],
    notes=(
        LIBRARY
        + "Page chrome (a search box, 'Thành Viên', 'Quên mật khẩu?'), the library's headline 'Kế hoạch 3298/KH-UBND "
        "năm 2018 thực hiện Đề án ... tại tỉnh Hải Dương' and its metadata ('Loại văn bản: Văn bản khác' is its "
        "category; 'Người ký: Lương Văn Cầu'; 'Ngày ban hành: 25/09/2018'), then the header 'ỦY BAN NHÂN DÂN' / "
        "'TỈNH HẢI DƯƠNG', 'Số: 3298/KH-UBND', 'Hải Dương, ngày 25 tháng 9 năm 2018', 'KẾ HOẠCH' and its title "
        "'TRIỂN KHAI THỰC HIỆN ĐỀ ÁN “TĂNG CƯỜNG KIỂM SOÁT KÊ ĐƠN THUỐC ...” CỦA BỘ Y TẾ TẠI TỈNH HẢI DƯƠNG'. Its "
        "first section 'I. CĂN CỨ PHÁP LÝ XÂY DỰNG KẾ HOẠCH' lists the legal bases as '-' items (not tasks): the "
        "2009 law (no number), the pharmacy law 105/2016/QH13, decree 109/2016/NĐ-CP, circulars 52/2017/TT-BYT and "
        "18/2018/TT-BYT, and the Health Minister's 4041/QĐ-BYT approving the scheme the title carries out: the "
        "parent (the excerpt stops in its title). title_contains is in both the library's headline and the "
        "document's title line (they write the period '2017-2020' and '2017 - 2020'). Signer: the library's "
        "'Người ký' (no office given)."
    ),
)
L["g04_byt_qd5556_2021_nq20_tailieu"] = dict(
    document=dict(
        number="5556/QĐ-BYT",
        doc_type="QĐ",
        issued_on="2021-12-04",
        issuer={"name_contains": "Bộ Y tế", "level": "central"},
        locality=loc(None),
        title_contains="PHÊ DUYỆT KẾ HOẠCH HÀNH ĐỘNG PHÒNG CHỐNG SUY DINH DƯỠNG",
        signer=None,
    ),
    implements=[imp("20-NQ/TW", "2017-10-25")],
    implements_optional=["88/2019/QH14"],
    citations=["75/2017/NĐ-CP", "20-NQ/TW", "88/2019/QH14"],
    task_labels=[],
    notes=(
        "A document-sharing site's page (tailieu.vn): an ad line, the site's headline 'Quyết định số "
        "5556/2021/QĐ-BYT' (the site's own wrong form, a year inserted), a share line, view counts, the site's "
        "summary, then 'Nội dung Text:' with the Word file's text flattened on one line, its hyphens lost: 'BỘ Y TẾ "
        "CỘNG HÒA XàHỘI ...  Số: 5556/QĐBYT Hà Nội, ngày 04 tháng 12 năm 2021 QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH "
        "HÀNH ĐỘNG ... BỘ TRƯỞNG BỘ Y TẾ Căn cứ Nghị định số 75/2017/NĐCP ...; Căn cứ Nghị quyết số 20NQ/TW ngày "
        "25/10/2017 của Hội nghị lần thứ VI Ban Chấp hành TW khóa XII ...; Căn cứ Nghị quyết số 88/2019/QH14 ...' "
        "and cut there. The own number is the header's 5556/QĐ-BYT (the hyphen lost by the extraction, as in "
        "'NĐCP' and '20NQ/TW'). The Health Ministry's decision approving an action plan on child stunting; central. "
        "Parent: the Central Committee's 20-NQ/TW in 'Căn cứ' (a Party resolution the ministry's plan carries out, "
        "not a legal basis); the National Assembly's 88/2019/QH14 approving the ethnic-minority scheme is tolerated; "
        "decree 75/2017/NĐ-CP (the ministry's functions) is a citation. The site's '5556/2021/QĐ-BYT' is the "
        "document's own number miswritten, not a citation. No signature in the excerpt: signer null."
    ),
)
L["g05_btp_qd2658_2020_kh_qd1521_kl80"] = dict(
    document=dict(
        number="2658/QĐ-BTP",
        doc_type="QĐ",
        issued_on="2020-12-31",
        issuer={"name_contains": "Bộ Tư pháp", "level": "central"},
        locality=loc(None),
        title_contains="BAN HÀNH KẾ HOẠCH CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT",
        signer={"name": "Nguyễn Thanh Tịnh"},
    ),
    implements=[imp("1521/QĐ-TTg", "2020-10-06", "Thủ tướng")],
    implements_optional=["80-KL/TW", "32-CT/TW", "619/QĐ-TTg"],
    citations=["96/2017/NĐ-CP", "619/QĐ-TTg", "1521/QĐ-TTg", "80-KL/TW", "32-CT/TW"],
    task_labels=[],
    notes=(
        LIBRARY
        + "A library's headline and metadata ('Số hiệu: 2658/QĐ-BTP', 'Nơi ban hành: Bộ Tư pháp', 'Người ký: Nguyễn "
        "Thanh Tịnh', 'Ngày ban hành: 31/12/2020'), then 'BỘ TƯ PHÁP', 'Số: 2658/QĐ-BTP', 'Hà Nội, ngày 31 tháng 12 "
        "năm 2020', 'QUYẾT ĐỊNH' / 'BAN HÀNH KẾ HOẠCH CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT; ... NĂM 2021', 'BỘ "
        "TRƯỞNG BỘ TƯ PHÁP' and Căn cứ cut in the fifth item. The Justice Ministry's decision issuing its 2021 plan; "
        "central. Parent: the Prime Minister's plan 1521/QĐ-TTg ('Căn cứ Quyết định số 1521/QĐ-TTg ... ban hành Kế "
        "hoạch thực hiện Kết luận số 80-KL/TW ...': a plan among the state document's Căn cứ); tolerated: the "
        "Secretariat's 80-KL/TW and the directive 32-CT/TW it continues (named only inside that item) and the "
        "Prime Minister's rule 619/QĐ-TTg (a normative decision, a legal basis, but the plan's subject). The two "
        "laws have no number. Signer: the library's 'Người ký'."
    ),
)
L["g06_sonla_ubnd_kh22_2024_pbgdpl_kl80"] = dict(
    document=dict(
        number="22/KH-UBND",
        doc_type="KH",
        issued_on="2024-01-21",
        issuer={"name_contains": "Sơn La", "level": "province"},
        locality=loc("Sơn La"),
        title_contains="THỰC HIỆN CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT",
        signer=None,
    ),
    implements=[],
    implements_optional=["25/2021/QĐ-TTg", "80-KL/TW", "32-CT/TW"],
    citations=["25/2021/QĐ-TTg", "80-KL/TW", "32-CT/TW"],
    task_labels=[],
    notes=(
        LIBRARY
        + "The library's table header cut into lines ('ỦY BAN NHÂN DÂN' / 'TỈNH SƠN LA' / '|' / 'CỘNG HÒA XÃ HỘI' / "
        "... / 'Số: 22/KH-UBND' / '|' / 'Sơn La, ngày 21' / 'tháng 01 năm 2024'), 'KẾ HOẠCH' and a title over two "
        "lines. The lead 'Thực hiện Luật Phổ biến, giáo dục pháp luật năm 2012; Luật Hòa giải ở cơ sở năm 2013; "
        "Quyết định số 25/2021/QĐ-TTg ... quy định về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật' names two "
        "laws and a normative decision (legal bases: 25/2021/QĐ-TTg tolerated as a parent, not required); the "
        "purposes 'Tiếp tục triển khai Kết luận số 80-KL/TW ... về tiếp tục thực hiện Chỉ thị số 32-CT/TW' name the "
        "Secretariat's conclusion inside a purpose item, not the lead: tolerated. The excerpt stops in I.1. No "
        "signature in the excerpt: signer null."
    ),
)

write_labels(root, L)
