"""Labels of blind set 26, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import add_signers, imp, loc, write_labels  # noqa: E402

L = {}
L["b01_tw_cp_nq138_2025_nq68_tailieu"] = dict(
    document=dict(
        number="138/NQ-CP",
        doc_type="NQ",
        issued_on="2025-05-16",
        issuer={"name_contains": "Chính phủ", "level": "central"},
        locality=loc(None),
        title_contains="BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ",
    ),
    implements=[imp("68-NQ/TW", "2025-05-04", "Bộ Chính trị")],
    implements_optional=[],
    citations=["68-NQ/TW", "39/2022/NĐ-CP"],
    task_labels=["Điều 3"],
    recipients_include=["Ban Bí thư Trung ương Đảng", "HĐND, UBND các tỉnh, thành phố trực thuộc trung ương", "Văn phòng Tổng Bí thư"],
    notes=(
        "Document-sharing site (tailieu.vn) text of a PDF: the Government's header 'CHÍNH PHỦ' / '-------' with the "
        "national motto, then the number and the place-date on one line ('Số: 138/NQ-CP Hà Nội, ngày 16 tháng 5 năm "
        "2025'), then 'NGHỊ QUYẾT' and its subject wrapped over three lines with the parent's number split at its "
        "hyphen ('... THỰC HIỆN NGHỊ QUYẾT SỐ 68-' / 'NQ/TW NGÀY 04 THÁNG 5 NĂM 2025 CỦA BỘ CHÍNH TRỊ ...'), so "
        "title_contains stops before the number. The Politburo's 68-NQ/TW is the parent (the title, 'Căn cứ Nghị "
        "quyết số 68-NQ/TW ngày 04 tháng 5 năm 2025 của Bộ Chính trị' and Điều 1). The Government's working-rules "
        "decree 39/2022/NĐ-CP is legal basis: a citation only; the Law on the Government has no number. Central "
        "level, no locality (Hà Nội is the place of signing). The execution article 'Điều 3. Các Bộ trưởng ... chịu "
        "trách nhiệm thi hành Nghị quyết này' is a task, as blind24 and blind25 count them; Điều 1 (issuing the "
        "plan) and Điều 2 (entry into force) are not. The recipients list is cut off ('- ')."
    ),
)
L["b02_tw_vpcp_cv12154_2025_chinhquyen2cap_luatvn"] = dict(
    document=dict(
        number="12154/VPCP-TCCV",
        doc_type="CV",
        issued_on="2025-12-09",
        issuer={"name_contains": "Văn phòng Chính phủ", "level": "central"},
        locality=loc(None),
        title_contains="nghiên cứu khuyến nghị của Ban Chính sách, chiến lược Trung ương",
        signer={"name": "Trịnh Mạnh Linh"},
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Legal-library (LuatVietnam) page that stops inside its metadata block: tab menu and feature chrome, the "
        "page title 'Công văn 12154/VPCP-TCCV 2025 về việc nghiên cứu khuyến nghị của Ban Chính sách, chiến lược "
        "Trung ương trong quá trình triển khai mô hình chính quyền địa phương 2 cấp', then 'Cơ quan ban hành: Văn "
        "phòng Chính phủ', 'Số hiệu: 12154/VPCP-TCCV', 'Loại văn bản: Công văn Người ký: Trịnh Mạnh Linh' and "
        "'Ngày ban hành:' with its help sentence before the date on its own line ('09/12/2025'). The metadata's "
        "issue date is the document's (the publication date 'Đang cập nhật' is not). Central level (the "
        "Government Office), no locality. No body text: no parent, no citation, no task. The title year '2025' "
        "after the number is the library's habit, not part of the number."
    ),
)
L["b03_tw_vpcp_tb611_2025_nq68_news"] = dict(
    document=dict(
        number="611/TB-VPCP",
        doc_type="TB",
        issued_on="2025-11-11",
        issuer={"name_contains": "Văn phòng Chính phủ", "level": "central"},
        locality=loc(None),
        title_contains="kết luận của Thủ tướng Chính phủ",
    ),
    implements=[],
    implements_optional=["68-NQ/TW"],
    citations=["68-NQ/TW", "138/NQ-CP", "139/NQ-CP"],
    task_labels=[],
    notes=(
        "National news item whose lead names the document: 'Văn phòng Chính phủ vừa có Thông báo số 611/TB-VPCP "
        "ngày 11/11/2025 kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo tại Phiên họp lần thứ "
        "hai Ban Chỉ đạo quốc gia triển khai Nghị quyết số 68-NQ/TW của Bộ Chính trị.' The Government Office is the "
        "issuer (central); the Prime Minister is the one whose conclusions it conveys, not the signer. A notice of "
        "conclusions of a meeting about carrying out 68-NQ/TW does not itself say it carries it out: 68-NQ/TW "
        "tolerated as a parent only. The Government's 138/NQ-CP and 139/NQ-CP are cited. The excerpt ends inside a "
        "number ('Nghị quyết số 68-NQ/T'): not a separate citation. No locality; the paraphrased demands are not "
        "numbered items: no task."
    ),
)
L["b04_angiang_ctubnd_qd_2025_antoankhu_news"] = dict(
    document=dict(
        number=None,
        doc_type="QĐ",
        issued_on="2025-12-28",
        issuer={"name_contains": "Chủ tịch UBND tỉnh", "level": "province"},
        locality=loc("An Giang"),
        title_contains="công bố danh sách các đơn vị hành chính cấp xã An toàn khu",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "City newspaper item after the page's date marker ' date 2025-12-30' (the posting day, not the document's): "
        "'Chủ tịch UBND tỉnh An Giang vừa có quyết định về việc công bố danh sách các đơn vị hành chính cấp xã An "
        "toàn khu thuộc tỉnh An Giang.' No number: null. The decision's date is given later as the day it was "
        "signed ('kể từ ngày quyết định được ký (28-12-2025)', a date with hyphens in brackets): the issue date. "
        "The chairman of the merged An Giang's People's Committee: province level, province An Giang. The nine "
        "communes listed are what the decision names, not the issuer's place: district and commune null (the "
        "two-level government has no district). No parent, no citation."
    ),
)
L["b05_tw_cp_ctr_nq71_2025_news"] = dict(
    document=dict(
        number=None,
        doc_type="CTr",
        issued_on=None,
        issuer={"name_contains": "Chính phủ", "level": "central"},
        locality=loc(None),
        title_contains="thực hiện Nghị quyết số 71 của Bộ Chính trị",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "News aggregator item after the date marker ' date 2025-09-16' (posting, not the document's date), a "
        "sub-heading, then the lead 'Chính phủ vừa ban hành Chương trình hành động thực hiện Nghị quyết số 71 của "
        "Bộ Chính trị về đột phá phát triển giáo dục và đào tạo.' No number and no date of the programme: both "
        "null. The parent is given by a bare number without its suffix ('Nghị quyết số 71'): left out, as the "
        "rules say for bare numbers (no canonical number to grade). Central level (the Government), no locality. "
        "'8 nhiệm vụ, bao gồm:' announces tasks but the excerpt gives only the first, unnumbered: no task."
    ),
)
L["b06_tw_cp_nq86_2025_nhiemvu_news"] = dict(
    document=dict(
        number="86/NQ-CP",
        doc_type="NQ",
        issued_on="2025-11-04",
        issuer={"name_contains": "Chính phủ", "level": "central"},
        locality=loc(None),
        title_contains="triển khai nhiệm vụ trọng tâm những tháng cuối năm 2025",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Provincial newspaper item: headline, then 'Chính phủ ban hành Nghị quyết số 86/NQ-CP ngày 4/11/2025 về "
        "triển khai nhiệm vụ trọng tâm những tháng cuối năm 2025.', the headline again, then a paraphrase of the "
        "resolution. Central level, no locality. The resolution asks to carry out 'các Nghị quyết, Kết luận của "
        "Trung ương, Bộ Chính trị, ...' with no number: no parent. The paraphrased headings are not numbered: no "
        "task. The item stops mid-word ('Văn phòng Trung ư')."
    ),
)
L["b07_lamdong_tu_nq03_2025_nhiemvu2026_portal"] = dict(
    document=dict(
        number="03-NQ/TU",
        doc_type="NQ",
        issued_on="2025-12-05",
        issuer={"name_contains": "Tỉnh ủy Lâm Đồng", "level": "province"},
        locality=loc("Lâm Đồng"),
        title_contains="nhiệm vụ trọng tâm phát triển kinh tế - xã hội",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Provincial Party board's portal item: headline with the portal's 'In trang' (print) link glued to it, "
        "the posting time '10/12/2025 03:59 CH' (not the document's date), then 'Ngày 05 tháng 12 năm 2025, Tỉnh uỷ "
        "Lâm Đồng ban hành Nghị quyết số 03-NQ/TU về nhiệm vụ trọng tâm ... năm 2026.' (old tone-mark spelling "
        "'uỷ', folded by the grader). The merged Lâm Đồng's provincial Party committee: province level. The "
        "resolution is 'năm đầu thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I' (no number) and "
        "names the Politburo's strategic resolutions without numbers: no parent, no citation. No numbered items."
    ),
)
L["b08_tw_bct_kl183_2025_chinhquyen2cap_news"] = dict(
    document=dict(
        number="183-KL/TW",
        doc_type="KL",
        issued_on="2025-08-01",
        issuer={"name_contains": "Bộ Chính trị", "level": "central"},
        locality=loc(None),
        title_contains="tích cực triển khai vận hành mô hình chính quyền địa phương 2 cấp",
        signer={"name": "Trần Cẩm Tú"},
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Provincial newspaper item after the date marker ' date 2025-08-02': headline, a lead, then 'Thay mặt Bộ "
        "Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết Luận số 183-KL/TW, ngày 1/8/2025 của Bộ "
        "Chính trị, Ban Bí thư về tích cực triển khai vận hành mô hình chính quyền địa phương 2 cấp, ...' (a "
        "capital 'Luận' and a comma between the number and its date). The issuer is the Politburo and the "
        "Secretariat (central); the signer is named before the verb. It asks to carry out 'các nghị quyết, kết "
        "luận, chương trình, kế hoạch công tác có liên quan' with no number: no parent. Closing source line 'Theo "
        "TTXVN' is chrome."
    ),
)
L["b09_hanoi_bcd197_kh06_2025_phuongkieumau_news"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issuer={"name_contains": "BCĐ 197", "level": "province"},
        locality=loc("Hà Nội"),
        title_contains="Xây dựng thí điểm các phường Hoàn Kiếm, Cửa Nam, Ba Đình kiểu mẫu",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "National newspaper item after the date marker ' date 2025-12-09': 'Ngày 11/11, BCĐ 197 TP Hà Nội đã ban "
        "hành Kế hoạch số 06 về \"Xây dựng thí điểm các phường Hoàn Kiếm, Cửa Nam, Ba Đình kiểu mẫu về trật tự, văn "
        "minh đô thị\", ...'. 'Kế hoạch số 06' is a bare number: null. The date has no year: ungraded (the trial "
        "period 15/11/2025 - 15/02/2026 suggests 2025, but a yearless date is not labelled). The city's steering "
        "committee (abbreviated 'BCĐ 197', named after its founding decision) belongs to Hà Nội, a centrally-run "
        "city: province level, province Hà Nội. The three wards are the plan's subject, not the issuer's place: "
        "commune null; no district under the two-level government."
    ),
)
L["b10_tw_ttg_qd571_2025_bcd_sapxep_tag"] = dict(
    document=dict(
        number="571/QĐ-TTg",
        doc_type="QĐ",
        issued_on="2025-03-12",
        issuer={"name_contains": "Thủ tướng", "level": "central"},
        locality=loc(None),
        title_contains="thành lập Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính các cấp",
        signer={"name": "Phạm Minh Chính"},
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "News site's tag page: the tag 'cải cách bộ máy', an item's headline, then its lead 'Thủ tướng Chính phủ "
        "Phạm Minh Chính ký Quyết định số 571/QĐ-TTg ngày 12/3/2025 thành lập Ban Chỉ đạo thực hiện sắp xếp, tổ "
        "chức lại đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 2 cấp.' The Prime "
        "Minister issues and signs it: central level, no locality. Before 1 July 2025 (the brief's widening to "
        "2025 documents of the restructuring under 18-NQ/TW); no parent named."
    ),
)
L["b11_tuyenquang_hdnd_nq90_2025_khktxh_nhansu"] = dict(
    document=dict(
        number="90/NQ-HĐND",
        doc_type="NQ",
        issued_on="2025-12-10",
        issuer={"name_contains": "Hội đồng nhân dân", "level": "province"},
        locality=loc("Tuyên Quang"),
        title_contains="KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2026-2030 TỈNH TUYÊN QUANG",
        signer={"name": "Nguyễn Văn Sơn"},
    ),
    implements=[imp("31/CT-TTg", "2025-10-18", "Thủ tướng")],
    implements_optional=["01-NQ/ĐH", "149/TTr-UBND", "199/BC-HĐND"],
    citations=["72/2025/QH15", "31/CT-TTg", "01-NQ/ĐH", "149/TTr-UBND", "199/BC-HĐND"],
    task_labels=[],
    notes=(
        "Legal-library page (nhansu.vn) with a pipe-table metadata block ('| Số hiệu | 90/NQ-HĐND |', 'Ngày ban "
        "hành | 10/12/2025', 'Cơ quan ban hành | Tỉnh Tuyên Quang', 'Người ký | Nguyễn Văn Sơn'), then the header "
        "cells split by pipes with the body's name wrapped mid-name ('HỘI ĐỒNG NHÂN' / 'DÂN |'), 'Số: 90/NQ-HĐND |', "
        "'Tuyên Quang, ngày 10 tháng 12 năm 2025 |', the subject line (no 'NGHỊ QUYẾT' heading in the excerpt) and "
        "'HỘI ĐỒNG NHÂN DÂN TỈNH TUYÊN QUANG KHÓA XIX, KỲ HỌP THỨ HAI'. The merged Tuyên Quang's provincial council: "
        "province level. The Prime Minister's Chỉ thị 31/CT-TTg on building the 2026-2030 five-year plan, which "
        "this resolution (the province's five-year plan) carries out, is the parent by the Căn cứ rule, as "
        "blind11's Quảng Trị 19/NQ-HĐND counts the matching 29/CT-TTg. The province's congress resolution "
        "01-NQ/ĐH is the plan's basis: tolerated. The Law on local government '72/2025/QH15' is a citation; the "
        "People's Committee's submission and the council board's review report (Xét ...) are tolerated parents. "
        "'QUYẾT NGHỊ:' is followed by an unnumbered paragraph and the excerpt stops mid-word: no task."
    ),
)

# document.signer, added after the first labelling by reading each text's end and lead (see README).
add_signers(L, {
    "b01_tw_cp_nq138_2025_nq68_tailieu": (
        None,
        "the text ends inside the 'Nơi nhận:' list, before the signature block: null.",
    ),
    "b03_tw_vpcp_tb611_2025_nq68_news": (
        None,
        "a news item that never says who signed the document: null. The Prime Minister is the one whose "
        "conclusions it conveys.",
    ),
    "b04_angiang_ctubnd_qd_2025_antoankhu_news": (
        None,
        "the item says the provincial chairman decided but names nobody; 'NAM KHÔI' is the byline: null.",
    ),
    "b05_tw_cp_ctr_nq71_2025_news": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b06_tw_cp_nq86_2025_nhiemvu_news": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b07_lamdong_tu_nq03_2025_nhiemvu2026_portal": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b09_hanoi_bcd197_kh06_2025_phuongkieumau_news": (
        None,
        "a news item that never says who signed the document: null.",
    ),
})


write_labels(root, L)
