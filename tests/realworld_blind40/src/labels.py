"""Labels of blind set 40, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

GAZETTE = (
    "The text layer of an Official Gazette (Công báo) PDF: each page opens 'CÔNG BÁO/Số N/Ngày dd-mm-yyyy' and "
    "the page number, the first page carries the gazette's e-signature stamp ('Ký bởi: ... Ngày ký: ...'), which "
    "is the gazette's, not the document's date; no 'Nơi nhận' block (the gazette drops it), so no recipients. "
)

L = {}
L["e01_ttg_qd798_bcd_tienluong_2026_congbao"] = dict(
    document=dict(
        number="798/QĐ-TTg",
        doc_type="QĐ",
        issued_on="2026-05-05",
        issuer={"name_contains": "Thủ tướng", "level": "central"},
        locality=loc(None),
        title_contains="Kiện toàn Ban Chỉ đạo Trung ương về cải cách chính sách tiền lương",
        signer={"name": "Lê Minh Hưng", "title_contains": "Thủ tướng"},
    ),
    implements=[],
    implements_optional=[],
    citations=["666/QĐ-TTg", "23/2023/QĐ-TTg", "1480/QĐ-TTg"],
    task_labels=["Điều 2.1", "Điều 2.2", "Điều 2.3", "Điều 7"],
    tasks=[
        {
            "label": "Điều 2.1",
            "text_starts": "Nghiên cứu, xây dựng Đề án về cải cách chính sách tiền lương",
            "responsible": ["Ban Chỉ đạo"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "Điều 7",
            "text_starts": "Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ",
        },
    ],
    notes=(
        GAZETTE
        + "The Prime Minister's decision reconstituting the central steering committee on wage, social insurance "
        "and veterans' policy reform: 'THỦ TƯỚNG CHÍNH PHỦ', 'Số: 798/QĐ-TTg', 'Hà Nội, ngày 05 tháng 5 năm 2026'; "
        "central, no locality. It carries out nothing: Căn cứ holds the 2025 Government law, the PM's task split "
        "666/QĐ-TTg and the inter-agency body rule 23/2023/QĐ-TTg (citations); Điều 6 replaces 1480/QĐ-TTg "
        "(citation). Tasks: Điều 2 'Nhiệm vụ của Ban Chỉ đạo' points 1-3 (the committee's work: build the reform "
        "scheme, coordinate, monitor; the committee named by the article's heading) and Điều 7, the execution "
        "article. Not tasks: Điều 1 (membership), Điều 3 (its powers, 'Quyền hạn'), Điều 4 (working principle), "
        "Điều 5 (funds), Điều 6 (entry into force). Signer 'THỦ TƯỚNG', a stray '[' line of the extraction, then "
        "'Lê Minh Hưng'."
    ),
)
L["e02_cp_nq113_bhyt_2026_congbao"] = dict(
    document=dict(
        number="113/NQ-CP",
        doc_type="NQ",
        issued_on="2026-04-25",
        issuer={"name_contains": "Chính phủ", "level": "central"},
        locality=loc(None),
        title_contains="Về thanh toán các chi phí khám bệnh, chữa bệnh bảo hiểm y tế",
        signer={"name": "Phạm Thị Thanh Trà", "title_contains": "Phó Thủ tướng"},
    ),
    implements=[],
    implements_optional=[],
    citations=["146/2018/NĐ-CP", "75/2023/NĐ-CP", "609/TTr-BYT"],
    task_labels=["Điều 1.1", "Điều 1.2", "Điều 2.2", "Điều 2.3", "Điều 2.4", "Điều 2.5"],
    tasks=[
        {
            "label": "Điều 1.1",
            "text_starts": "Đối với các chi phí khám bệnh, chữa bệnh bảo hiểm y tế vượt dự toán",
            "responsible": ["Bảo hiểm xã hội Việt Nam"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "Điều 2.2",
            "text_starts": "Giao Bộ Y tế, Bộ Tài chính theo chức năng",
            "responsible": ["Bộ Y tế", "Bộ Tài chính"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "Điều 2.3",
            "text_starts": "Bộ Tài chính chỉ đạo Bảo hiểm xã hội Việt Nam",
            "responsible": ["Bộ Tài chính"],
            "deadline": {"kind": "by_date", "due": "2026-05-01"},
        },
    ],
    notes=(
        GAZETTE
        + "The Government's resolution on paying health-insurance costs above estimate for 2018-2022: 'CHÍNH PHỦ', "
        "'Số: 113/NQ-CP', 'Hà Nội, ngày 25 tháng 4 năm 2026'; central, no locality. It carries out nothing (Căn cứ: "
        "laws without numbers; the Health Ministry's submission 609/TTr-BYT); the two decrees it applies are "
        "citations. Tasks: Điều 1 points 1-2 (each has Vietnam Social Security pay the facilities: 'giao Bảo hiểm xã "
        "hội Việt Nam tổ chức thực hiện thanh toán', 'Bảo hiểm xã hội Việt Nam khẩn trương tổ chức thực hiện thanh "
        "toán') and Điều 2 'Tổ chức thực hiện' points 2-5; Điều 2.1 is entry into force. Graded: 1.1 (the body inside "
        "the sentence), 2.2 (two ministries), 2.3 (Finance; first date 'xong trước ngày 01 tháng 5 năm 2026'). "
        "Signer 'TM. CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Phạm Thị Thanh Trà'."
    ),
)
L["e03_cp_nq97_ctr_nq66_2026_congbao"] = dict(
    document=dict(
        number="97/NQ-CP",
        doc_type="NQ",
        issued_on="2026-04-06",
        issuer={"name_contains": "Chính phủ", "level": "central"},
        locality=loc(None),
        title_contains="Sửa đổi, bổ sung nhiệm vụ trong Chương trình hành động của Chính phủ",
        signer={"name": "Phạm Minh Chính", "title_contains": "Thủ tướng"},
    ),
    implements=[imp("66-NQ/TW", "2025-04-30", "Bộ Chính trị")],
    implements_optional=["12-CTr/BCĐ", "140/NQ-CP"],
    citations=[
        "66-NQ/TW",
        "12-CTr/BCĐ",
        "34/TTr-BTP",
        "140/NQ-CP",
        "182-KL/TW",
        "218-KL/TW",
        "68-NQ/TW",
        "71-NQ/TW",
        "72-NQ/TW",
        "79-NQ/TW",
        "80-NQ/TW",
        "23/NQ-CP",
        "09/2026/NĐ-CP",
        "119/2026/UBTVQH15",
        "197/2025/QH15",
        "289/2025/NĐ-CP",
    ],
    tasks=[
        {
            "label": "Điều 4",
            "text_starts": "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ",
        },
    ],
    notes=(
        GAZETTE
        + "The Government's resolution adding tasks to its action programme for the Politburo's 66-NQ/TW (issued "
        "with 140/NQ-CP): 'CHÍNH PHỦ', 'Số: 97/NQ-CP', 'Hà Nội, ngày 06 tháng 4 năm 2026'; central, no locality. "
        "Parent: 66-NQ/TW (title 'Chương trình hành động của Chính phủ thực hiện Nghị quyết số 66-NQ/TW ngày 30 "
        "tháng 4 năm 2025 của Bộ Chính trị', and Căn cứ); the central steering committee's programme 12-CTr/BCĐ "
        "(Căn cứ) and the amended 140/NQ-CP are tolerated. Citations: the appendix's 'Căn cứ bổ sung' column and "
        "tasks cite the Politburo's 68/71/72/79/80-NQ/TW and 182/218-KL/TW, 23/NQ-CP, the decree 09/2026/NĐ-CP "
        "('09/2026/NĐ-\\nCP4', a footnote mark glued), 197/2025/QH15, 289/2025/NĐ-CP, and 'Nghị quyết số "
        "119/2026/ UBTVQH15' (split by a blank); the table also splits 'Nghị quyết số 66-\\nNQ/TW1' with a footnote "
        "mark. Tasks: the appendix is a table of 29 tasks flattened one cell a line (number, name, lead body, "
        "support, output, deadline, basis), for which the gold README gives no label convention: task_labels not "
        "graded; Điều 2 amends one task as five fields; only Điều 4, the execution article, is graded. Signer 'TM. "
        "CHÍNH PHỦ THỦ TƯỚNG Phạm Minh Chính'. The transcription is 2 characters shorter than the index reports "
        "(18760 for 18762): whitespace or a decomposed letter we could not place."
    ),
)
L["e04_ttg_qd844_kh_ct52_2026_congbao"] = dict(
    document=dict(
        number="844/QĐ-TTg",
        doc_type="QĐ",
        issued_on="2026-05-13",
        issuer={"name_contains": "Thủ tướng", "level": "central"},
        locality=loc(None),
        title_contains="Ban hành Kế hoạch hành động thực hiện Chỉ thị số 52-CT/TW",
        signer={"name": "Phạm Thị Thanh Trà", "title_contains": "Phó Thủ tướng"},
    ),
    implements=[imp("52-CT/TW", "2025-10-03", "Ban Bí thư")],
    implements_optional=[],
    citations=["52-CT/TW", "278/2025/NĐ-CP", "282/NQ-CP", "72-NQ/TW"],
    tasks=[
        {
            "label": "Điều 3",
            "text_starts": "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ",
        },
        {
            "label": "II.1.2",
            "text_starts": "Uỷ ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp",
            "responsible": ["Ủy ban nhân dân cấp tỉnh"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "II.4.3",
            "text_starts": "Bộ Tài chính tăng cường, nâng cao năng lực",
            "responsible": ["Bộ Tài chính"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "III.1",
            "text_starts": "Trên cơ sở nội dung Chỉ thị số 52-CT/TW",
            "responsible": ["Ủy ban nhân dân các tỉnh"],
            "deadline": {"kind": "quarter"},
        },
        {
            "label": "III.4",
            "text_starts": "Bộ Y tế chủ trì, phối hợp với các bộ, ngành, địa phương theo dõi",
            "responsible": ["Bộ Y tế"],
            "deadline": {"kind": "none"},
        },
    ],
    notes=(
        GAZETTE
        + "The Prime Minister's decision issuing the action plan for the Secretariat's 52-CT/TW on universal "
        "health insurance: 'THỦ TƯỚNG CHÍNH PHỦ', 'Số: 844/QĐ-TTg', 'Hà Nội, ngày 13 tháng 5 năm 2026', the plan "
        "after the signature ('KẾ HOẠCH HÀNH ĐỘNG Thực hiện Chỉ thị số 52-CT/TW ...', '(Kèm theo Quyết định số "
        "844/QĐ-TTg ...)' is itself), then the appendix table. Central, no locality. Parent 52-CT/TW (title, Căn "
        "cứ, Điều 1). Citations: the decree 278/2025/NĐ-CP, the Government's programme 282/NQ-CP for 72-NQ/TW "
        "(III.6, a chain), 72-NQ/TW. Tasks: Điều 3 (execution article); the plan's II. NHIỆM VỤ CỤ THỂ 1-6 with "
        "'-' bullets and III. TỔ CHỨC THỰC HIỆN 1-6 (I. MỤC TIÊU holds none); the appendix restarts Roman I.-VI. "
        "with 29 numbered rows of a flattened table (no label convention in the gold README), so task_labels are "
        "not graded. Graded: Điều 3, II.1.2 (the second bullet, its body first), II.4.3 (third bullet, Finance), "
        "III.1 (ministries and provinces build their plans 'trong quý II năm 2026': quarter), III.4 (Health "
        "Ministry leads). Signer 'KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG', a stray ' [' line, 'Phạm Thị Thanh Trà'."
    ),
)
L["e05_ttg_ct21_kl34_thontdp_2026_congbao"] = dict(
    document=dict(
        number="21/CT-TTg",
        doc_type="CT",
        issued_on="2026-05-20",
        issuer={"name_contains": "Thủ tướng", "level": "central"},
        locality=loc(None),
        title_contains="Về việc sắp xếp thôn, tổ dân phố",
        signer={"name": "Phạm Thị Thanh Trà", "title_contains": "Phó Thủ tướng"},
    ),
    implements=[imp("34-KL/TW", "2026-05-18", "Bộ Chính trị")],
    implements_optional=[],
    citations=["34-KL/TW", "18/CT-TTg"],
    task_labels=[
        "II.1",
        "II.2",
        "II.3",
        "II.4",
        "II.4.1",
        "II.4.2",
        "II.4.3",
        "II.4.3.1",
        "II.4.3.2",
        "II.4.3.3",
        "II.4.3.4",
        "II.4.4",
        "II.5",
        "II.5.1",
        "II.5.2",
        "II.5.3",
        "II.5.4",
        "II.5.5",
        "II.6",
        "II.6.1",
        "II.6.2",
        "II.7",
        "II.7.1",
        "II.7.2",
        "II.8",
        "II.9",
    ],
    tasks=[
        {
            "label": "II.2",
            "text_starts": "Đề nghị Ban Tuyên giáo và Dân vận Trung ương",
            "responsible": ["Ban Tuyên giáo và Dân vận Trung ương"],
            "deadline": {"kind": "none"},
        },
        {
            "label": "II.4.1",
            "text_starts": "Khẩn trương tổ chức rà soát toàn bộ thôn, tổ dân phố",
            "responsible": ["Ủy ban nhân dân các tỉnh"],
            "deadline": {"kind": "by_date", "due": "2026-06-10"},
        },
        {
            "label": "II.4.2",
            "text_starts": "Chỉ đạo Ủy ban nhân dân cấp xã xây dựng Đề án",
            "responsible": ["Ủy ban nhân dân các tỉnh"],
            "deadline": {"kind": "by_date", "due": "2026-06-30"},
        },
        {
            "label": "II.5.2",
            "text_starts": "Tiếp thu ý kiến Bộ Chính trị",
            "responsible": ["Bộ Nội vụ"],
            "deadline": {"kind": "by_date", "due": "2026-05-26"},
        },
        {
            "label": "II.7.2",
            "text_starts": "Phối hợp với Bộ Nội vụ và các địa phương",
            "responsible": ["Bộ Công an"],
            "deadline": {"kind": "by_date", "due": "2026-05-25"},
        },
        {
            "label": "II.8",
            "text_starts": "Bộ Văn hóa, Thể thao và Du lịch phối hợp với Ban Tuyên giáo",
            "responsible": ["Bộ Văn hóa, Thể thao và Du lịch"],
            "deadline": {"kind": "none"},
        },
    ],
    notes=(
        GAZETTE
        + "The Prime Minister's directive on merging villages and residential groups and on their part-time "
        "workers: 'THỦ TƯỚNG CHÍNH PHỦ', 'Số: 21/CT-TTg', 'Hà Nội, ngày 20 tháng 5 năm 2026', 'CHỈ THỊ' and its "
        "subject; central, no locality. Parent: the Politburo's conclusion 34-KL/TW ('Thực hiện Kết luận số "
        "34-KL/TW ngày 18 tháng 5 năm 2026 của Bộ Chính trị ...' in the lead); 18/CT-TTg is cited in II.4.c. "
        "Tasks: I. NGUYÊN TẮC, YÊU CẦU holds none (principles, as a YÊU CẦU section); II. TỔ CHỨC THỰC HIỆN 1-9: "
        "body headings 4 ('Ủy ban nhân dân các tỉnh, thành phố'), 5 ('Bộ Nội vụ'), 6 ('Bộ Tài chính'), 7 ('Bộ Công "
        "an') with lettered points (a-d, a-đ by ordinal, a-b, a-b), four '-' bullets under 4.c's closing paragraph "
        "'Phương án bố trí, sử dụng ... theo hướng:'; 1-3 and 8-9 single paragraphs (1 the provincial Party "
        "standing committees, 2-3 requests 'Đề nghị ...'). Graded: II.2 (requested body), II.4.1 (first and only "
        "date 'trước ngày 10 tháng 6 năm 2026'), II.4.2 ('trước ngày 30 tháng 6 năm 2026'), II.5.2 (Home Affairs; "
        "'trước ngày 26 tháng 5 năm 2026'), II.7.2 (Public Security; 'trước ngày 25 tháng 5 năm 2026'), II.8 "
        "(colon-less body first). Signer ' KT. THỦ TƯỚNG', ' PHÓ THỦ TƯỚNG', 'Phạm Thị Thanh Trà'. The "
        "transcription is 228 characters shorter than the index reports (12803 for 13031) with the same words (the "
        "index's page at offset 12000 begins at our 11797): decomposed letters or whitespace we could not place."
    ),
)
L["e06_cp_nq141_csluat_thuongmai_2026_congbao"] = dict(
    document=dict(
        number="141/NQ-CP",
        doc_type="NQ",
        issued_on="2026-06-01",
        issuer={"name_contains": "Chính phủ", "level": "central"},
        locality=loc(None),
        title_contains="Về chính sách của Luật sửa đổi, bổ sung một số điều của",
        signer={"name": "Phạm Gia Túc", "title_contains": "Phó Thủ tướng"},
    ),
    implements=[],
    implements_optional=[],
    citations=[
        "191/2026/NĐ-CP",
        "78/2025/NĐ-CP",
        "187/2025/NĐ-CP",
        "2138/TTr-BCT",
        "3390/TTr-BCT",
        "374/BC-BCT",
    ],
    task_labels=["Điều 2", "Điều 3", "Điều 5"],
    tasks=[
        {
            "label": "Điều 2",
            "text_starts": "Bộ Công Thương chủ trì, phối hợp với các bộ",
            "responsible": ["Bộ Công Thương"],
            "deadline": {"kind": "by_date", "due": "2026-07-10"},
        },
    ],
    notes=(
        GAZETTE
        + "The Government's resolution adopting the policies of a draft law amending four trade laws: 'CHÍNH PHỦ', "
        "'Số: 141/NQ-CP', 'Hà Nội, ngày 01 tháng 6 năm 2026'; central, no locality. It carries out nothing. "
        "Citations: the decrees 191/2026/NĐ-CP, 78/2025/NĐ-CP, 187/2025/NĐ-CP and the Industry and Trade "
        "Ministry's submissions 2138/TTr-BCT, 3390/TTr-BCT and report 374/BC-BCT (each written twice). Tasks: Điều 2 "
        "(the ministry drafts the law, 'trình Chính phủ trước ngày 10 tháng 7 năm 2026'), Điều 3 (a Deputy Prime "
        "Minister assigned to direct the drafting) and Điều 5 (execution article); Điều 1 adopts the two policies "
        "(its '-' items describe them), Điều 4 is entry into force. A stray 'ơ' line before the signature 'TM. "
        "CHÍNH PHỦ KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG Phạm Gia Túc'."
    ),
)

write_labels(root, L)
