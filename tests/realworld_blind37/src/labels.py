"""Labels of blind set 37, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["b01_tw_bcdtw_tb05_2025_nq57_htpl"] = dict(
    document=dict(
        number="05-TB/BCĐTW",
        doc_type="TB",
        issued_on="2025-07-04",
        issuer={"name_contains": "Ban Chỉ đạo Trung ương về phát triển khoa học", "level": "central"},
        locality=loc(None),
        title_contains="TẠI HỘI NGHỊ SƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM",
        signer=None,
    ),
    implements=[],
    implements_optional=["57-NQ/TW"],
    citations=["57-NQ/TW"],
    task_labels=[],
    notes=(
        "Legal library (hethongphapluat) with a one-line site banner, then a Party header on its own lines: 'BAN CHẤP HÀNH "
        "TRUNG ƯƠNG' / 'BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ' / '*' / "
        "'ĐẢNG CỘNG SẢN VIỆT NAM' / 'Số 05-TB/BCĐTW' (no colon) / 'Hà Nội, ngày 04 tháng 7 năm 2025', then 'THÔNG BÁO KẾT "
        "LUẬN' over 'CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TÔ LÂM TRƯỞNG BAN CHỈ ĐẠO ... TẠI HỘI NGHỊ SƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM ... "
        "THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW (PHIÊN HỌP THỨ BA)'. The issuer is the Party's central steering committee (the "
        "upper line 'BAN CHẤP HÀNH TRUNG ƯƠNG' is the body it belongs to): central; every correct name holds 'Ban Chỉ đạo "
        "Trung ương về phát triển khoa học'. Type TB (the code; 'THÔNG BÁO KẾT LUẬN'). The label holds words of the title "
        "line that every reading of it keeps, whether or not it starts at 'KẾT LUẬN' or at 'CỦA'. A notice of the "
        "conclusions of a meeting that reviewed the carrying out of 57-NQ/TW does not itself say it carries it out (as "
        "blind26 b03's 611/TB-VPCP): 57-NQ/TW tolerated as a parent, cited. The meeting date 02/7/2025 is not the "
        "document's. The excerpt stops in the opening paragraph: no task, no recipients. Signer: the excerpt stops before "
        "the signature and the General Secretary is the one whose conclusions it conveys: null."
    ),
)
L["b02_tw_bcdtw_tb07_2025_nq57_bacninhtv"] = dict(
    document=dict(
        number="07-TB/CQTTBCĐ",
        doc_type="TB",
        issued_on="2025-10-15",
        issuer={"name_contains": "Ban Chỉ đạo Trung ương", "level": "central"},
        locality=loc(None),
        title_contains="Hội nghị sơ kết tình hình triển khai",
        signer=None,
    ),
    implements=[],
    implements_optional=["57-NQ/TW"],
    citations=["57-NQ/TW"],
    task_labels=[],
    notes=(
        "Provincial newspaper's copy: headline 'Thông báo Kết luận của Tổng Bí thư Tô Lâm tại Hội nghị sơ kết tình hình "
        "triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị', then the lead 'Ban Chỉ đạo Trung ương về phát "
        "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số vừa ban hành Thông báo số 07-TB/CQTTBCĐ, ngày "
        "15/10/2025 về Kết luận của Tổng Bí thư Tô Lâm, Trưởng Ban Chỉ đạo tại Hội nghị sơ kết tình hình triển khai Nghị "
        "quyết số 57-NQ/TW trong quý III/2025 ...', an image placeholder '![]() |' with a caption, and 'Nội dung Thông báo "
        "số 07-TB/CQTTBCĐ như sau:' before the notice's text. The document is that notice (number, date and issuer from the "
        "lead). The code 'CQTTBCĐ' is the steering committee's standing agency; the lead names the Ban Chỉ đạo Trung ương "
        "as the issuer, so every correct name holds 'Ban Chỉ đạo Trung ương': central. Title: words both the headline and "
        "the lead hold. 57-NQ/TW tolerated as a parent (as b01: a notice of a review meeting's conclusions). The body's "
        "'Ngày 15/10/2025, Ban Chỉ đạo ... đã tổ chức Hội nghị' is the meeting, the same day. No task (the excerpt stops "
        "in the attendance list). Signer: the item names none: null."
    ),
)
L["b03_daklak_ubnd_kh0155_2025_nq57_nhansu"] = dict(
    document=dict(
        number="0155/KH-UBND",
        doc_type="KH",
        issued_on="2025-12-24",
        issuer={"name_contains": "Đắk Lắk", "level": "province"},
        locality=loc("Đắk Lắk"),
        title_contains="CHUYỂN ĐỔI SỐ TỈNH ĐẮK LẮK NĂM 2026",
        signer={"name": "Hồ Thị Nguyên Thảo"},
    ),
    implements=[
        imp("57-NQ/TW", "2024-12-22", "Bộ Chính trị"),
        imp("71/NQ-CP", "2025-04-01"),
    ],
    implements_optional=["749/QĐ-TTg", "146/QĐ-TTg", "411/QĐ-TTg", "505/QĐ-TTg"],
    chain=[["71/NQ-CP", "57-NQ/TW"]],
    citations=["57-NQ/TW", "71/NQ-CP", "749/QĐ-TTg", "146/QĐ-TTg", "411/QĐ-TTg", "505/QĐ-TTg"],
    task_labels=[],
    notes=(
        "Library page (nhansu.vn): page title 'Kế hoạch 0155/KH-UBND năm 2025 chuyển đổi số tỉnh Đắk Lắk năm 2026', a "
        "metadata table one field a row ('| Số hiệu | 0155/KH-UBND |', '| Ngày ban hành | 24/12/2025 |', '| Cơ quan ban "
        "hành | Tỉnh Đắk Lắk |', '| Người ký | Hồ Thị Nguyên Thảo |'), then the header as table rows that lost the "
        "province line under 'ỦY BAN NHÂN DÂN' ('Số: 0155/KH-UBND |' / 'Đắk Lắk, ngày 24 tháng 12 năm 2025 |') and a title "
        "whose type line 'KẾ HOẠCH' is lost: 'CHUYỂN ĐỔI SỐ TỈNH ĐẮK LẮK NĂM 2026'. Number with its leading zero as written "
        "(DOMAIN keeps the sequence as written, '08-NQ/TW'). Issuer the provincial People's Committee (every correct name "
        "holds 'Đắk Lắk'): province. Then the legal basis as dash items with no 'Căn cứ' word left: two laws with no "
        "number, the Politburo's 57-NQ/TW, the Government's 71/NQ-CP (its amended programme of action carrying out "
        "57-NQ/TW: a chain), and four decisions of the Prime Minister (749/QĐ-TTg national digital transformation "
        "programme, 146/QĐ-TTg project, 411/QĐ-TTg strategy, 505/QĐ-TTg on the National Digital Transformation Day); the "
        "excerpt stops in the last ('Ngày Chuy'). Judgement: a provincial plan on digital transformation carries out the "
        "Party resolution and the Government's programme of action for it (required, as blind36's Bắc Ninh and Nghệ An "
        "plans); the Prime Minister's programmes and strategies are tolerated. 71/NQ-CP's issuer is not written beside "
        "its number (only 'chương trình hành động của Chính phủ'): no issuer asked. No task, no recipients. Signer: the "
        "metadata 'Người ký'. Dupcheck: one shared window with blind36 b01 (the same 71/NQ-CP citation sentence), read "
        "and kept: another province's plan."
    ),
)
L["b04_hcm_hoahung_ubndp_khlt_2025_nq57_sggp"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on="2025-08-27",
        issuer={"name_contains": "phường Hòa Hưng", "level": "commune"},
        locality=loc("Hồ Chí Minh", None, "Hòa Hưng"),
        signer=None,
    ),
    implements=[],
    implements_optional=["57-NQ/TW"],
    citations=[],
    task_labels=[],
    notes=(
        "City newspaper item: a date tag ' date 2025-08-27', then 'Sáng 27-8, UBND phường Hòa Hưng và Trung tâm Chuyển "
        "đổi số TPHCM tổ chức Lễ ký kết liên tịch thực hiện các nhiệm vụ chuyển đổi số giai đoạn 2025-2026.' and 'Kế "
        "hoạch liên tịch được ký kết nhằm cụ thể hóa Nghị quyết 57 của Bộ Chính trị ...'. The document is that joint plan "
        "(unnumbered), type KH. Its date is the day it was signed, 27-8, in the year of the item (2025-08-27; a judgement: "
        "the item says the signing took place that morning, so the date is the plan's, not only the posting's). The "
        "issuer is the ward's People's Committee, the first of the two signing bodies (every correct name holds 'phường "
        "Hòa Hưng'): a ward created on 1 July 2025, commune level; province Hồ Chí Minh City, named by 'Trung tâm Chuyển "
        "đổi số TPHCM' and 'các kế hoạch chuyển đổi số của TPHCM'; district null (abolished). The plan's own title is "
        "not written (the lead names the signing, not the plan): title not graded. 'Nghị quyết 57 của Bộ Chính trị' has no "
        "full number: no citation (as blind31 b08's 'Chỉ thị 05 của Bộ Chính trị'); 57-NQ/TW tolerated should a reader "
        "resolve it. The three dash items 'Các nội dung trọng tâm của Kế hoạch liên tịch gồm: - Tuyên truyền ... - Phát "
        "triển ... - Đề xuất ...' are the item's summary in one paragraph, not the plan's outline: no task. Signer: 'lãnh "
        "đạo 2 đơn vị đã ký kết' names nobody; the director of the City's centre attends: null."
    ),
)
L["b05_phutho_doanhung_chibo9_kh_2025_nq68_baophutho"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issuer={"name_contains": "Chi bộ 9", "level": "commune"},
        locality=loc("Phú Thọ", None, "Đoan Hùng"),
        signer=None,
    ),
    implements=[imp("68-NQ/TW", None, "Bộ Chính trị")],
    implements_optional=[],
    citations=["68-NQ/TW"],
    task_labels=[],
    notes=(
        "Provincial newspaper feature: a date tag ' date 2025-07-27', the headline 'Hạt nhân lãnh đạo thúc đẩy phát "
        "triển kinh tế tư nhân ở cơ sở', then 'Nghị quyết số 68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư nhân ...' "
        "and 'Tại xã Đoan Hùng, Chi bộ 9, khu dân cư 9 (thị trấn Đoan Hùng cũ) đã cụ thể hóa Nnghị quyết ...' (a typo "
        "'Nnghị'), a photo caption, and 'Ngay sau khi Nghị quyết 68 được ban hành và phổ biến ... vào ngày 18/5/2025, Chi "
        "bộ 9 đã tổ chức họp mở rộng, quán triệt ... Trên cơ sở đó, Chi bộ xây dựng kế hoạch hành động cụ thể, phân công "
        "rõ người, rõ việc ...'. The document is that action plan of the residential area's Party cell: unnumbered, "
        "undated (18/5/2025 is the national conference; issued_on not graded); type KH (a 'kế hoạch hành động', DOMAIN's "
        "KH). Issuer the cell (every correct name holds 'Chi bộ 9'), a cell under the commune's Party committee: commune "
        "level. Locality: the commune Đoan Hùng (one of the communes made on 1 July 2025; the old township is named "
        "'thị trấn Đoan Hùng cũ'); the province is not written but Đoan Hùng exists only in Phú Thọ, inferred as the seed "
        "gold does; district null (abolished). Parent 68-NQ/TW of the Politburo ('cụ thể hóa Nghị quyết', the plan built "
        "on it), no date beside it. No title written for the plan: title not graded. No task. Signer: none named: null."
    ),
)
L["b06_tw_bct_kl196_2025_ccb_dantri"] = dict(
    document=dict(
        number=None,
        doc_type="KL",
        issuer={"name_contains": "Bộ Chính trị", "level": "central"},
        locality=loc(None),
        title_contains="tăng cường sự lãnh đạo của Đảng đối với công tác cựu chiến binh",
        signer={"name": "Trần Cẩm Tú", "title_contains": "Thường trực Ban Bí thư"},
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "National newspaper item: a date tag ' date 2025-10-09', then 'Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần "
        "Cẩm Tú vừa ký ban hành Kết luận số 196 về tăng cường sự lãnh đạo của Đảng đối với công tác cựu chiến binh Việt "
        "Nam trong tình hình mới.' The document is that conclusion of the Politburo: type KL; the number is only the bare "
        "'số 196' (no code): null (docs/realworld.md); 'vừa ký' gives no date and the tag is the posting: issued_on not "
        "graded. Issuer the Politburo (central). Signer the lead's 'Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm "
        "Tú ... ký ban hành' (name and office). Title: the words after 'về'. Nothing is cited; the requests ('Bộ Chính "
        "trị yêu cầu ...') are paraphrased: no task."
    ),
)
L["b07_tw_btp_ctr_duthao_2025_nq66_baomoi"] = dict(
    document=dict(
        number=None,
        doc_type="CTr",
        issued_on=None,
        issuer={"name_contains": "Bộ Tư pháp", "level": "central"},
        locality=loc(None),
        title_contains="thực hiện Nghị quyết số 66-NQ/TW",
        signer=None,
    ),
    implements=[imp("66-NQ/TW", "2025-04-30", "Bộ Chính trị"), imp("140/NQ-CP", "2025-05-17")],
    implements_optional=[],
    chain=[["140/NQ-CP", "66-NQ/TW"]],
    citations=["66-NQ/TW", "140/NQ-CP"],
    task_labels=[],
    notes=(
        "News aggregator item: headline 'Tiếp tục hoàn thiện dự thảo Chương trình hành động của Bộ Tư pháp thực hiện Nghị "
        "quyết số 66-NQ/TW', then 'Ngày 21/5, Thứ trưởng Bộ Tư pháp Nguyễn Thanh Tú đã chủ trì buổi làm việc với các đơn vị "
        "về dự thảo Chương trình hành động của Bộ Tư pháp thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị "
        "...', a photo caption, and a report: 'thực hiện Nghị quyết số 66-NQ/TW ..., Nghị quyết số 140/NQ-CP ngày 17/5/2025 "
        "ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 66-NQ/TW ..., Bộ Tư pháp ban hành Chương "
        "trình hành động thực hiện Nghị quyết số 66-NQ/TW ...'. The document is the ministry's programme of action, still "
        "a draft: unnumbered; issued_on null (a judgement: a draft has no date of issue, and 21/5 is the working "
        "meeting's day, with no year written); type CTr; issuer the Ministry of Justice (central). Title: the words after "
        "the type word. Parents: both items of the 'thực hiện' clause, 66-NQ/TW of the Politburo and the Government's "
        "140/NQ-CP (whose issuer is not written beside its number); 140/NQ-CP carries out 66-NQ/TW (a chain). The Deputy "
        "Minister chairs a meeting on a draft: not a signer (null). The excerpt stops in the comments on the annex "
        "'Danh mục nhiệm vụ': no task."
    ),
)

if __name__ == "__main__":
    write_labels(root, L)
