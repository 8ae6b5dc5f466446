"""Labels of blind set 36, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["b01_dongthap_ubnd_kh283_2025_nq57_htpl"] = dict(
    document=dict(
        number="283/KH-UBND",
        doc_type="KH",
        issued_on="2025-09-24",
        issuer={"name_contains": "Đồng Tháp", "level": "province"},
        locality=loc("Đồng Tháp"),
        title_contains="THỰC HIỆN NGHỊ QUYẾT SỐ 71/NQ-CP NGÀY 01/4/2025 CỦA CHÍNH PHỦ",
        signer=None,
    ),
    implements=[
        imp("71/NQ-CP", "2025-04-01", "Chính phủ"),
        imp("10-CTr/TU", "2025-08-13", "Tỉnh ủy"),
    ],
    implements_optional=["57-NQ/TW", "01-KH/BCĐ"],
    chain=[["71/NQ-CP", "57-NQ/TW"], ["10-CTr/TU", "57-NQ/TW"]],
    citations=["71/NQ-CP", "10-CTr/TU", "57-NQ/TW", "01-KH/BCĐ"],
    task_labels=[],
    notes=(
        "Legal-library page (hethongphapluat): a site line 'Hệ thống pháp luật', then the header on its own lines: 'ỦY "
        "BAN NHÂN DÂN' / 'TỈNH ĐỒNG THÁP' / 'Số: 283/KH-UBND' / 'Đồng Tháp, ngày 24 tháng 9 năm 2025' / 'KẾ HOẠCH' and a "
        "capitals title. Issuer the province's People's Committee (province level; graded on 'Đồng Tháp', the name "
        "holding the province). The title names the two documents carried out: the Government's 71/NQ-CP of "
        "01/4/2025 and the provincial standing committee's action programme 10-CTr/TU of 13/8/2025 (the title writes "
        "'10-CTR/TU', the body once '10- CTr/TU'); both required. Each carries out the Politburo's 57-NQ/TW (chains): "
        "57-NQ/TW tolerated, not required, as blind14 b01. The steering committee's plan 01-KH/BCĐ is a second "
        "'Căn cứ' item not in the title: tolerated (a judgement). Excerpt stops in the enacting sentence ('Kế hoạch "
        "đột phá phát tri'): no task, no recipients. Signer: no metadata and no signature block: null."
    ),
)
L["b02_bacninh_ubnd_kh344_2025_nq57_tvplbulletin"] = dict(
    document=dict(
        number="344/KH-UBND",
        doc_type="KH",
        issued_on="2025-05-30",
        issuer={"name_contains": "Bắc Ninh", "level": "province"},
        locality=loc("Bắc Ninh"),
        title_contains="NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ",
        signer={"name": "Ngô Tân Phượng"},
    ),
    implements=[imp("57-NQ/TW", "2024-12-22", "Bộ Chính trị")],
    implements_optional=["03/NQ-CP", "71/NQ-CP"],
    chain=[["03/NQ-CP", "57-NQ/TW"], ["71/NQ-CP", "57-NQ/TW"]],
    citations=["57-NQ/TW", "03/NQ-CP", "71/NQ-CP"],
    task_labels=[],
    notes=(
        "thuvienphapluat's bulletin view: the copyright banner in Vietnamese and English, 'Đang tải văn bản...', then "
        "the metadata one field a line ('Số hiệu:' / '344/KH-UBND', 'Nơi ban hành:' / 'Tỉnh Bắc Ninh', 'Người ký:' / "
        "'Ngô Tân Phượng', 'Ngày ban hành:' / '30/05/2025'), then the header on lines ('ỦY BAN NHÂN DÂN' / 'TỈNH BẮC "
        "NINH', 'Số: 344/KH-UBND', 'Bắc Ninh, ngày 30' / 'tháng 5 năm 2025' - the date broken over two lines), 'KẾ "
        "HOẠCH' and a title broken after its first word ('TRIỂN' / 'KHAI NGHỊ QUYẾT ...'). The title names 57-NQ/TW and "
        "'Chương trình hành động của Chính phủ' (no number): 57-NQ/TW required. The 'Thực hiện' paragraph then lists "
        "the Government's 03/NQ-CP and 71/NQ-CP, both the Government's programme carrying out 57-NQ/TW (chains); the "
        "title's unnumbered programme is one of them: both tolerated, not required (a judgement). Pre-merger Bắc Ninh "
        "(May 2025). Excerpt stops in the preamble: no task, no recipients. Signer: the metadata 'Người ký'. Dupcheck: 4 "
        "windows shared with blind24 b10, all the library's copyright banner."
    ),
)
L["b03_nghean_ubnd_kh348_2025_nq57_nhansu"] = dict(
    document=dict(
        number="348/KH-UBND",
        doc_type="KH",
        issued_on="2025-05-14",
        issuer={"name_contains": "Nghệ An", "level": "province"},
        locality=loc("Nghệ An"),
        title_contains="TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 71/NQ-CP",
        signer={"name": "Bùi Đình Long"},
    ),
    implements=[
        imp("71/NQ-CP", "2025-04-01", "Chính phủ"),
        imp("328-KH/TU", "2025-04-24", "Ban Chấp hành Đảng bộ tỉnh"),
    ],
    implements_optional=["57-NQ/TW"],
    chain=[["71/NQ-CP", "57-NQ/TW"], ["328-KH/TU", "57-NQ/TW"]],
    citations=["71/NQ-CP", "328-KH/TU", "57-NQ/TW"],
    task_labels=[],
    notes=(
        "Legal-library page (nhansu.vn): headline 'Kế hoạch 348/KH-UBND năm 2025 thực hiện ...', a pipe metadata table "
        "('Cơ quan ban hành | Tỉnh Nghệ An', 'Người ký | Bùi Đình Long'), then the header flattened with pipes and "
        "missing its province line ('ỦY BAN NHÂN DÂN |', 'Số: 348/KH-UBND |', 'Nghệ An, ngày 14 tháng 5 năm 2025 |'). "
        "The title and the 'Triển khai' sentence carry out the Government's 71/NQ-CP and the provincial Party "
        "committee's action plan 328-KH/TU of 24/04/2025 ('của Ban Chấp hành Đảng bộ tỉnh'): both required; both "
        "carry out 57-NQ/TW (chains), tolerated. Issuer 'UBND t...' in the body (cut): graded on 'Nghệ An' (the "
        "metadata and the place line). Excerpt stops in the enacting sentence: no task. Signer: the metadata."
    ),
)
L["b04_langson_ubnd_kh145_2025_nq57_nhansu"] = dict(
    document=dict(
        number="145/KH-UBND",
        doc_type="KH",
        issued_on="2025-05-28",
        issuer={"name_contains": "Lạng Sơn", "level": "province"},
        locality=loc("Lạng Sơn"),
        title_contains="Kế hoạch hành động 238-KH/TU thực hiện Nghị quyết 57-NQ/TW",
        signer={"name": "Dương Xuân Huyên"},
    ),
    implements=[
        imp("71/NQ-CP", "2025-04-01", "Chính phủ"),
        imp("238-KH/TU", "2025-05-23", "Tỉnh ủy"),
    ],
    implements_optional=["57-NQ/TW"],
    chain=[["71/NQ-CP", "57-NQ/TW"], ["238-KH/TU", "57-NQ/TW"]],
    citations=["71/NQ-CP", "238-KH/TU", "57-NQ/TW"],
    task_labels=[],
    notes=(
        "Legal-library page (nhansu.vn), the same layout as b03 but with no 'KẾ HOẠCH' title in the body: the header "
        "cells ('ỦY BAN NHÂN DÂN' / '|', 'Số: 145/KH-UBND |', 'Lạng Sơn, ngày 28 tháng 5 năm 2025 |') run straight into "
        "'Thực hiện Nghị quyết số 71/NQ-CP ...; Kế hoạch hành động số 238-KH/TU, ngày 23/5/2025 của Ban Thường vụ Tỉnh "
        "ủy ...; UBND tỉnh Lạng Sơn xây dựng Kế hoạch triển khai thực hiện như sau:'. The only title is the site's "
        "headline ('Kế hoạch 145/KH-UBND năm 2025 thực hiện Nghị quyết 71/NQ-CP và Kế hoạch hành động 238-KH/TU thực hiện "
        "Nghị quyết 57-NQ/TW về ...'): the label holds a part of it. Parents 71/NQ-CP and 238-KH/TU required, 57-NQ/TW "
        "tolerated (chains). The text goes on with '1. Mục đích' (a purpose section: no task) and stops at '2. Y'. "
        "'238- KH/TU' is once written with a space. Signer: the metadata."
    ),
)
L["b05_khanhhoa_ubnd_qd512_2025_nq57_lawnet"] = dict(
    document=dict(
        number="512/QĐ-UBND",
        doc_type="QĐ",
        issued_on="2025-02-21",
        issuer={"name_contains": "Khánh Hòa", "level": "province"},
        locality=loc("Khánh Hòa"),
        title_contains="BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT SỐ 03/NQ-CP",
        signer={"name": "Nguyễn Tấn Tuân"},
    ),
    implements=[
        imp("03/NQ-CP", "2025-01-09", "Chính phủ"),
        imp("48-NQ/TU", "2025-02-20", "Ban Chấp hành Đảng bộ tỉnh"),
    ],
    implements_optional=["57-NQ/TW"],
    chain=[["48-NQ/TU", "57-NQ/TW"]],
    citations=["03/NQ-CP", "48-NQ/TU", "57-NQ/TW"],
    task_labels=[],
    notes=(
        "LawNet page: an id '648706', the headline twice, the metadata twice (one on two-field lines 'Số hiệu: "
        "512/QĐ-UBND Loại văn bản: Quyết định', once a field a line; 'Người ký: Nguyễn Tấn Tuân'), then the header ('ỦY "
        "BAN NHÂN DÂN' / 'TỈNH KHÁNH HÒA', 'Số: 512/QĐ-UBND', 'Khánh Hòa, ngày 21 tháng 02 năm 2025'), 'QUYẾT ĐỊNH' and a "
        "capitals title cut at 'CÔNG N'. The decision issues a programme carrying out the Government's 03/NQ-CP of "
        "09/01/2025 and the provincial Party committee's resolution 48-NQ/TU of 20/02/2025, which carries out "
        "57-NQ/TW: 03/NQ-CP and 48-NQ/TU required (the title's 'THỰC HIỆN'), 57-NQ/TW tolerated. The headline says "
        "'Nghị quyết 03/NQ-CP về Chương trình hành động' (03/NQ-CP is itself the Government's programme for 57-NQ/TW, "
        "which the title cut does not reach: that chain not labelled). Doc type QĐ (the decision; the programme is its "
        "annex). Excerpt ends in the title: no task. Signer: the metadata."
    ),
)
L["b06_bariavungtau_ubnd_kh138_2022_ttnt_tvpl"] = dict(
    document=dict(
        number="138/KH-UBND",
        doc_type="KH",
        issued_on="2022-08-01",
        issuer={"name_contains": "Bà Rịa", "level": "province"},
        locality=loc("Bà Rịa - Vũng Tàu"),
        title_contains="TRÍ TUỆ NHÂN TẠO ĐẾN NĂM 2030",
        signer=None,
    ),
    implements=[imp("127/QĐ-TTg", "2021-01-26", "Thủ tướng")],
    implements_optional=["50/NQ-CP", "52-NQ/TW"],
    chain=[["50/NQ-CP", "52-NQ/TW"]],
    citations=["127/QĐ-TTg", "50/NQ-CP", "52-NQ/TW"],
    task_labels=[],
    notes=(
        "thuvienphapluat page: the header table flattened with '|' lines ('ỦY BAN NHÂN DÂN' / 'TỈNH BÀ RỊA-VŨNG TÀU', "
        "'Số: 138/KH-UBND', the place broken over two lines 'Bà Rịa - Vũng' / 'Tàu, ngày 01 tháng 08 năm 2022'), 'KẾ "
        "HOẠCH' and a title 'THỰC HIỆN CHIẾN LƯỢC QUỐC GIA VỀ ... TRÍ TUỆ NHÂN TẠO ĐẾN NĂM 2030 ...' broken mid-word "
        "('ỨNG' / 'DỤNG'). The strategy carried out is the PM's 127/QĐ-TTg (the title, the last 'Căn cứ' and the enacting "
        "sentence): required. The Government's 50/NQ-CP (its programme for the Politburo's 52-NQ/TW, chain) is a 'Căn "
        "cứ' item: tolerated; 52-NQ/TW, named only inside it, tolerated as b01-b04's 57-NQ/TW. 'Luật Công nghệ cao' has no number. Locality: "
        "the province as the gazetteer writes it, 'Bà Rịa - Vũng Tàu' (the header writes 'BÀ RỊA-VŨNG TÀU'). The "
        "excerpt stops in 'I. MỤC TIÊU' (goals: no task). Signer: none shown: null."
    ),
)
L["b07_vinhlong_ubnd_qd1121_2022_qd150ttg_tvpl"] = dict(
    document=dict(
        number="1121/QĐ-UBND",
        doc_type="QĐ",
        issued_on="2022-06-09",
        issuer={"name_contains": "Vĩnh Long", "level": "province"},
        locality=loc("Vĩnh Long"),
        title_contains="BAN HÀNH KẾ HOẠCH THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN",
        signer=None,
    ),
    implements=[imp("150/QĐ-TTg", "2022-01-28", "Thủ tướng")],
    implements_optional=[],
    citations=["150/QĐ-TTg", "78/TTr-SNN&PTNT"],
    task_labels=["Điều 2", "Điều 3"],
    tasks=[
        {"label": "Điều 2", "text_starts": "Giao Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
         "responsible": ["Sở Nông nghiệp và Phát triển nông thôn"], "deadline": {"kind": "none"}},
        {"label": "Điều 3", "text_starts": "Chánh Văn phòng UBND tỉnh",
         "responsible": ["Văn phòng UBND tỉnh"], "deadline": {"kind": "none"}},
    ],
    recipients_include=["Như Đi"],
    notes=(
        "thuvienphapluat page: header table flattened with '|' lines ('ỦY BAN NHÂN DÂN' / 'TỈNH VĨNH LONG', 'Số: "
        "1121/QĐ-UBND', 'Vĩnh Long, ngày' / '09 tháng 6 năm 2022'), 'QUYẾT ĐỊNH' and a title over three lines, then the "
        "issuing line 'ỦY BAN NHÂN DÂN TỈNH'. Basis: the Law on local government (no number), 'Thực hiện Quyết định' / "
        "'150/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ về phê duyệt Chiến lược ...' (the number on the line after "
        "'Quyết định', without 'số'): the strategy this plan carries out, required. The department's submission "
        "'Tờ trình số 78/TTr-SNN&PTNT' is a citation (ampersand in the code). Articles: Điều 1 issues the plan (no "
        "task); Điều 2 'Giao Giám đốc Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp ...' (lead: the "
        "department; no deadline); Điều 3 the execution article (first body the Office of the People's Committee, "
        "'Chánh Văn phòng UBND tỉnh'), counted as blind24-30 count it. 'Nơi nhận:' holds one cut item '- Như Đi' (Như "
        "Điều 3): labelled as written. Signer: the excerpt stops before the signature; no metadata: null."
    ),
)
L["b08_sonla_ubnd_kh68_2020_ct37_tvpl"] = dict(
    document=dict(
        number="68/KH-UBND",
        doc_type="KH",
        issued_on="2020-03-11",
        issuer={"name_contains": "Sơn La", "level": "province"},
        locality=loc("Sơn La"),
        title_contains="TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW",
        signer=None,
    ),
    implements=[
        imp("37-CT/TW", "2019-09-03", "Ban Bí thư"),
        imp("185-KH/TU", "2020-01-03", "Tỉnh ủy"),
    ],
    implements_optional=[],
    chain=[["185-KH/TU", "37-CT/TW"]],
    citations=["37-CT/TW", "185-KH/TU"],
    task_labels=[],
    notes=(
        "thuvienphapluat page: header flattened with '|' lines and broken words ('CỘNG' / 'HÒA ...', 'Sơn' / 'La, ngày "
        "11 tháng 3' / 'năm 2020'), 'Số: 68/KH-UBND', 'KẾ HOẠCH' and a title 'VỀ VIỆC TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ "
        "37-CT/TW NGÀY 03/9/2019 CỦA BAN' / 'BÍ THƯ ...'. 'Căn cứ Chỉ thị số 37-CT/TW ... của Ban Bí thư ...; Kế hoạch số "
        "185-KH/TU ngày 03/01/2020 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 37-CT/TW' - both in the 'Căn cứ' "
        "(a directive and a plan: parents, docs/realworld.md) and the title names the directive: both required; chain "
        "185-KH/TU -> 37-CT/TW. Excerpt stops in 'I. MỤC ĐÍCH, YÊU CẦU' (purpose: no task). Signer: none shown: null."
    ),
)

if __name__ == "__main__":
    write_labels(root, L)
