"""Labels of blind set 30, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import add_signers, imp, loc, write_labels  # noqa: E402

L = {}
L["c01_laichau_ctubnd_qd_2025_draft_mineruocr"] = dict(
    document=dict(
        number=None,
        doc_type="QĐ",
        issued_on=None,
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Lai Châu", "level": "province"},
        locality=loc("Lai Châu"),
        title_contains="công bố danh mục thủ tục hành chính mới ban hành và phê duyệt quy trình nội bộ giải quyết thủ tục hành chính trong lĩnh vực hỗ trợ đầu tư",
    ),
    implements=[],
    implements_optional=["3083/QĐ-BTC"],
    citations=[
        "63/2010/NĐ-CP",
        "92/2017/NĐ-CP",
        "45/2020/NĐ-CP",
        "42/2022/NĐ-CP",
        "118/2025/NĐ-CP",
        "230/2025/NĐ-CP",
        "02/2017/TT-VPCP",
        "01/2018/TT-VPCP",
        "61/2018/NĐ-CP",
        "3083/QĐ-BTC",
        "326/TTr-STC",
        "182/2024/NĐ-CP",
    ],
    task_labels=["Điều 2", "Điều 3"],
    recipients_include=["Cục KSTTHC - VPCP", "Chủ tịch UBND tỉnh", "VNPT Lai Châu"],
    notes=(
        "OCR (MinerU) Markdown of a scanned draft: the left header cell is lost, the motto is a '#' line, 'Số: /QĐ-UBND' "
        "and 'Lai Châu, ngày tháng năm 2025' are blank (number and date null). The issuing line 'CHỦ TỊCH ỦY BAN NHÂN "
        "DÂN TỈNH LAI CHÂU' and the annex '(... của Chủ tịch UBND tỉnh Lai Châu)' make the province's People's "
        "Committee (its chairman) the issuer: province level. Only 'Căn cứ' items: decrees and circulars are legal "
        "basis; the Finance Ministry's 3083/QĐ-BTC, which this decision localises, is tolerated as a parent, as "
        "blind24's 387/QĐ-UBND; the department's submission 326/TTr-STC is a citation. '63/2010/NĐ-CP ngày "
        "08/6/20210' keeps its number. The annex cites 182/2024/NĐ-CP in a table cell. Tasks: 'Điều 3' (the "
        "execution article, as blind24-26 count it) and 'Điều 2', which besides entry into force says 'Giao Văn "
        "phòng UBND tỉnh chủ trì, phối hợp ... thiết lập, tin học hóa quy trình' (a real assignment; judgement). "
        "Signer: an image; not graded."
    ),
)
L["c02_cantho_ubnd_kh70_2025_mineruocr"] = dict(
    document=dict(
        number="70/KH-UBND",
        doc_type="KH",
        issued_on="2025-09-15",
        issuer={"name_contains": "Ủy ban nhân dân thành phố Cần Thơ", "level": "province"},
        locality=loc("Cần Thơ"),
        title_contains="Thực hiện công tác dân vận",
    ),
    implements=[],
    implements_optional=["33/CT-TTg", "33/CT"],
    tasks=[
        {
            "label": "II.3",
            "text_starts": "Rà soát lại các văn bản",
            "responsible": ["Sở Nội vụ"],
        }
    ],
    recipients_include=["TT.TU, TT.HĐNDTP", "Ban TG&DVTU", "Cổng TTĐTTP"],
    notes=(
        "OCR (MinerU) Markdown of a scan whose right half is cut off: no header block, 'Số 70/KH-UBND' and 'Cần Thơ, "
        "ngày 15 tháng 9 năm 2025' first, the title truncated ('KẾ HOẠCH Thực hiện công tác dân vận và đã thành phố "
        "Cần Thơ từ nay đến'). The issuer is named in the body, 'Ủy ban nhân dân thành phố Cần Thơ ...': the merged "
        "Cần Thơ city, province level. The 'Thực hiện' clause is cut ('Chỉ thị số 33/CT Chính phủ'), the full "
        "33/CT-TTg appears later in II.1.b: the parent is tolerated in either shape, none required. Citations not "
        "graded (truncated numbers such as 'Quyết định số 23-QĐ về ...'). task_labels not graded (OCR debris before "
        "items: '6 b)', 'a) a)', 'Xã a)', 'Z.' for 7.); one task graded: II.3 'Rà soát lại các văn bản ...' with "
        "'a) Cơ quan chủ trì: sở nội vụ' (lead, lower case in the scan); its deadline is cut ('Hoàn thành tr'), not "
        "graded. Signer: an image, not graded."
    ),
)
L["c03_cantho_ubnd_kh165_2025_ragdataset"] = dict(
    document=dict(
        number="165/KH-UBND",
        doc_type="KH",
        issued_on="2025-11-21",
        issuer={"name_contains": "Ủy ban nhân dân thành phố Cần Thơ", "level": "province"},
        locality=loc("Cần Thơ"),
        title_contains="THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA THỦ TƯỚNG CHÍNH PHỦ",
        signer={"name": "Nguyễn Thị Ngọc Điệp", "title_contains": "Phó Chủ tịch"},
    ),
    implements=[imp("27/CT-TTg", "2024-08-15", "Thủ tướng")],
    implements_optional=["6676/BYT-CDS", "21-NQ/TW"],
    task_labels=[
        "II.1",
        "II.1.1",
        "II.1.2",
        "II.1.3",
        "II.1.4",
        "II.1.5",
        "II.1.6",
        "II.1.7",
        "II.2",
        "II.2.1",
        "II.2.2",
        "II.2.3",
        "II.3",
        "II.4",
        "II.5",
        "II.6",
        "II.6.1",
        "II.6.2",
        "II.6.3",
        "II.6.4",
        "II.6.5",
        "II.6.6",
        "II.6.7",
        "II.7",
        "III.1",
        "III.2",
    ],
    tasks=[
        {
            "label": "II.1.1",
            "text_starts": "Chủ trì, phối hợp với sở, ban, ngành",
            "responsible": ["Sở Y tế"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "II.6.3",
            "text_starts": "Kiện toàn Ban Chỉ đạo Dân số và Phát triển cấp xã",
            "responsible": ["Ủy ban nhân dân xã, phường"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "II.7",
            "text_starts": "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
            "responsible": ["Mặt trận Tổ quốc Việt Nam"],
            "deadline": {"kind": "none"},
        },
    ],
    recipients_include=["Văn phòng Chính phủ"],
    notes=(
        "A RAG dataset's Markdown of a legal-library page: pipe cells and bold marks split over lines ('**ỦY BAN NHÂN "
        "DÂN' / '**' / 'THÀNH PHỐ CẦN THƠ'), 'Số: 165/KH-UBND', '*Cần Thơ, ngày 21' / 'tháng 11 năm 2025 *'; headings "
        "wrapped inside bold ('**I. MỤC ĐÍCH,' / 'YÊU CẦU**', '**2. Sở Tài' / 'chính**'). The merged Cần Thơ city's "
        "People's Committee: province level. The parent is the Prime Minister's 27/CT-TTg (title and 'Thực hiện "
        "Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024'); the Health Ministry's letter 6676/BYT-CDS in the same "
        "clause guides it and is tolerated, as is 21-NQ/TW, the resolution both serve. Citations not graded: "
        "footnote [2] writes the parent as '27/CTTg ngày 15/7/2024' (type code and date wrong), which no canonical "
        "number settles; the footnotes also hold '75/KH- UBND' spaced. Signer 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / "
        "Nguyễn Thị Ngọc Điệp'. Tasks: 'II. NỘI DUNG THỰC HIỆN' has seven body headings (1. Sở Y tế a-g, 2. Sở "
        "Tài chính a-c, 3.-5. paragraphs, 6. UBND xã, phường a-g, 7. 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam "
        "thành phố'); 'III. TỔ CHỨC THỰC HIỆN' two. Letters are labelled by ordinal ('đ)' is the fifth). Graded: "
        "II.1.1 (heading body Sở Y tế, 'Chủ trì'), II.6.3 (UBND xã, phường), II.7 (requested Front); none names a "
        "deadline. The purpose section holds none."
    ),
)
L["c04_hagiang_ctubnd_qd378_2022_congbot"] = dict(
    document=dict(
        number="378/QĐ-UBND",
        doc_type="QĐ",
        issued_on="2022-03-18",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Hà Giang", "level": "province"},
        locality=loc("Hà Giang"),
        title_contains="CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH, ĐƯỢC SỬA ĐỔI, BỔ SUNG LĨNH VỰC LƯU THÔNG HÀNG HÓA TRONG NƯỚC",
        signer={"name": "Nguyễn Văn Sơn", "title_contains": "Chủ tịch"},
    ),
    implements=[],
    implements_optional=["2729/QĐ-BCT"],
    citations=[
        "63/2010/NĐ-CP",
        "92/2017/NĐ-CP",
        "61/2018/NĐ-CP",
        "107/2021/NĐ-CP",
        "45/2020/NĐ-CP",
        "2729/QĐ-BCT",
        "95/2021/NĐ-CP",
        "83/2014/NĐ-CP",
    ],
    task_labels=["Điều 2"],
    recipients_include=["Chủ tịch UBND tỉnh", "Các Phó Chủ tịch UBND tỉnh", "Lãnh đạo Văn phòng"],
    notes=(
        "A chatbot's data file: '*Source: <library URL>*', then a '#' headline that belongs to another document "
        "('Về việc phê duyệt miễn giảm tiền sử dụng đất ... thành phố Yên Bái, tỉnh Yên Bái': not the title, not the "
        "place), then the pipe-table header ('ỦY BAN NHÂN DÂN TỈNH HÀ GIANG', 'Số: 378/QĐ-UBND', 'Hà Giang, ngày 18 "
        "tháng 3 năm 2022'), 'QUYẾT ĐỊNH' and its subject. Issuer the province's People's Committee (its chairman "
        "signs: 'CHỦ TỊCH Nguyễn Văn Sơn' in the pipe row after the recipients): province level, Hà Giang (2022). "
        "The Trade Ministry's 2729/QĐ-BCT is tolerated as a parent (as c01). The annex's '(Kèm theo Quyết định số "
        "378/QĐ-UBND ...)' is the document itself, not a citation; the annex table cites 95/2021/NĐ-CP and "
        "83/2014/NĐ-CP. Tasks: the execution article 'Điều 2'; the annex lists ('1. Danh mục ...') are not tasks."
    ),
)
L["c05_ttg_cv2403_2009_congbot"] = dict(
    document=dict(
        number="2403/TTg-KGVX",
        doc_type="CV",
        issued_on="2009-12-03",
        issuer={"name_contains": "Thủ tướng", "level": "central"},
        locality=loc(None),
        title_contains="điều chỉnh mức trợ cấp hàng tháng đối với đối tượng hưởng chế độ",
        signer={"name": "Nguyễn Sinh Hùng", "title_contains": "Phó Thủ tướng"},
    ),
    implements=[],
    implements_optional=["5865/BQP-TC", "142/2008/QĐ-TTg"],
    citations=["5865/BQP-TC", "142/2008/QĐ-TTg"],
    task_labels=["1", "1.1", "1.2", "2"],
    tasks=[
        {
            "label": "2",
            "text_starts": "Bộ Quốc phòng chủ trì",
            "responsible": ["Bộ Quốc phòng", "Bộ Lao động - Thương binh và Xã hội", "Bộ Tài chính"],
            "deadline": {"kind": "none"},
        }
    ],
    recipients_include=["Bộ Quốc phòng", "Bộ Lao động - Thương binh và Xã hội", "Bộ Tài chính"],
    notes=(
        "A chatbot's data file of the Prime Minister's official letter: source line, '#' headline (the V/v subject), "
        "pipe-table header with the subject run into the number cell ('Số: 2403/TTg-KGVX V/v Điều chỉnh ...'), "
        "'Hà Nội, ngày 03 tháng 12 năm 2009', 'Kính gửi' in a pipe row. Central level, no locality (Hà Nội is the "
        "place of signing). It answers the Defence Ministry's letter 5865/BQP-TC ('Xét đề nghị ...') and adjusts "
        "subsidies under 142/2008/QĐ-TTg: both tolerated as parents, none required. Tasks: the letter's points 1 "
        "(a, b) and 2; point 2 'Bộ Quốc phòng chủ trì, phối hợp với Bộ Lao động - Thương binh và Xã hội, Bộ Tài "
        "chính ...' graded (lead Defence). Signer 'KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Nguyễn Sinh Hùng' in one pipe cell."
    ),
)
L["c06_tw_nq60_2025_pandoc"] = dict(
    document=dict(
        number="60-NQ/TW",
        doc_type="NQ",
        issued_on="2025-04-12",
        issuer={"name_contains": "Ban Chấp hành Trung ương", "level": "central"},
        locality=loc(None),
        title_contains="HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII",
        signer={"name": "Tô Lâm", "title_contains": "Tổng Bí thư"},
    ),
    implements=[],
    implements_optional=["18-NQ/TW"],
    citations=["232-QĐ/TW", "22-QĐ/TW", "262-QĐ/TW", "35-CT/TW", "118-KL/TW", "18-NQ/TW"],
    recipients_include=["Các ban đảng, đảng ủy trực thuộc Trung ương", "Các tỉnh ủy, thành ủy", "Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng"],
    notes=(
        "Pandoc Markdown of the Word file: a grid-table header whose cells keep line-break backslashes ('**BAN CHẤP "
        "HÀNH TRUNG ƯƠNG\\', '\\***', a rule of escaped hyphens), 'Số 60-NQ/TW' and '*Hà Nội, ngày 12 tháng 4 năm "
        "2025*' on one row; 'NGHỊ QUYẾT' / 'HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII' (the title); "
        "list marks escaped ('\\- Báo cáo', '1\\. Thành phố'). The Central Committee: central level, no locality. "
        "It carries out no document; 'theo tinh thần Nghị quyết số 18-NQ/TW' in the closing appeal is tolerated. "
        "Citations: the rules and directives it amends (232-QĐ/TW, 22-QĐ/TW, 262-QĐ/TW, 35-CT/TW, 118-KL/TW) and "
        "18-NQ/TW; the annex's '(Kèm theo Nghị quyết số 60-NQ/TW ...)' is itself. Signer in a grid cell 'T/M BAN "
        "CHẤP HÀNH TRUNG ƯƠNG\\' / 'TỔNG BÍ THƯ\\' ... 'Tô Lâm**'. Tasks not graded: whether a conference "
        "resolution's twelve decisions ('Thông qua ...', 'Giao Bộ Chính trị ...') are outline tasks is not settled "
        "by the gold README."
    ),
)
L["c07_ttg_ct31_2012_congbot"] = dict(
    document=dict(
        number="31/CT-TTg",
        doc_type="CT",
        issued_on="2012-11-28",
        issuer={"name_contains": "Thủ tướng", "level": "central"},
        locality=loc(None),
        title_contains="VỀ VIỆC THỰC HIỆN CÔNG TÁC ĐÀO TẠO NGHỀ, GIẢI QUYẾT VIỆC LÀM CHO CON LIỆT SĨ",
        signer={"name": "Nguyễn Tấn Dũng", "title_contains": "Thủ tướng"},
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=["1", "2", "3", "4", "5"],
    tasks=[
        {
            "label": "1",
            "text_starts": "Chỉ đạo các cấp đưa nội dung đào tạo nghề",
            "responsible": ["Ủy ban nhân dân các tỉnh"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "3",
            "text_starts": "Cơ quan Lao động - Thương binh và Xã hội ở địa phương",
            "responsible": ["Cơ quan Lao động - Thương binh và Xã hội"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "5",
            "text_starts": "Định kỳ hàng năm gửi báo cáo",
            "responsible": ["Ủy ban nhân dân các tỉnh"],
            "deadline": {"kind": "annual"},
        },
    ],
    recipients_include=["Ban Bí thư Trung ương Đảng", "Kiểm toán Nhà nước", "Ngân hàng Chính sách xã hội"],
    notes=(
        "A chatbot's data file of the Prime Minister's directive: source line, '#' headline missing two spaces "
        "('nghề,giải quyết'), pipe-table header, 'CHỈ THỊ' and its subject (the title). Central level. No document "
        "named. Five numbered points after 'Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành "
        "phố trực thuộc Trung ương:' (the addressees every point inherits); point 3 opens with its own body 'Cơ "
        "quan Lao động - Thương binh và Xã hội ở địa phương có trách nhiệm ...'. Point 1's 'kế hoạch 5 năm và hàng "
        "năm' names plans, not a deadline (none); point 5 'Định kỳ hàng năm gửi báo cáo' is annual."
    ),
)
L["c08_tct_cv1414_2013_congbot"] = dict(
    document=dict(
        number="1414/TCT-CS",
        doc_type="CV",
        issued_on="2013-05-04",
        issuer={"name_contains": "Tổng cục Thuế", "level": "central"},
        locality=loc(None),
        title_contains="hỗ trợ người có công với cách mạng cải thiện nhà ở",
        signer={"name": "Ngô Văn Độ", "title_contains": "Phó Vụ trưởng"},
    ),
    implements=[],
    implements_optional=["577/CT-THNVDT"],
    citations=[
        "577/CT-THNVDT",
        "120/2010/NĐ-CP",
        "44/2008/NĐ-CP",
        "117/2007/QĐ-TTg",
        "118/TTg",
        "20/2000/QĐ-TTg",
        "1752/CT-THNVDT",
        "262/CT-KTNB",
        "198/2004/NĐ-CP",
    ],
    task_labels=[],
    recipients_include=["Cục Thuế tỉnh Hà Tĩnh", "UBND tỉnh Hà Tĩnh"],
    notes=(
        "A chatbot's data file of the General Department of Taxation's reply letter: header cell 'BỘ TÀI CHÍNH TỔNG "
        "CỤC THUẾ', 'Số: 1414/TCT-CS V/v ...', 'Hà Nội, ngày 04 tháng 05 năm 2013', 'Kính gửi: Cục Thuế tỉnh Hà "
        "Tĩnh.'. Central level (a department of the Finance Ministry), no locality. It answers 577/CT-THNVDT "
        "('Trả lời Công văn số ...'): tolerated parent. Citations include the 1996 decision as written, '118/TTg' "
        "(its real number has no type code). Tasks none: the letter quotes rules ('1. Đối tượng ...', 'a) ...', "
        "'2. Sửa đổi ...' inside quotation marks) and gives an opinion; it sets no work. Signer 'TL. TỔNG CỤC "
        "TRƯỞNG KT. VỤ TRƯỞNG VỤ CHÍNH SÁCH PHÓ VỤ TRƯỞNG Ngô Văn Độ' in one pipe cell."
    ),
)

# document.signer, added after the first labelling by reading each text's end and lead (see README).
add_signers(L, {
    "c01_laichau_ctubnd_qd_2025_draft_mineruocr": (
        None,
        "the signature is an image after the 'Nơi nhận:' list (no text): null.",
    ),
    "c02_cantho_ubnd_kh70_2025_mineruocr": (
        None,
        "the signature is an image after the 'Nơi nhận:' list (no text): null.",
    ),
})


write_labels(root, L)
