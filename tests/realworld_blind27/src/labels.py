"""Labels of blind set 27, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import add_signers, imp, loc, write_labels  # noqa: E402

L = {}
L["b01_daknong_dakrlap_bcdcds_kh_2023_districtportal"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "Ban Chỉ đạo chuyển đổi số", "level": "district"},
        locality=loc("Đắk Nông", "Đắk R'Lấp"),
        title_contains="Hoạt động của Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp năm 2023",
    ),
    implements=[imp("47/QĐ-UBND", "2023-01-12", "Ủy ban nhân dân tỉnh")],
    implements_optional=["358/KH-UBND"],
    citations=["47/QĐ-UBND", "358/KH-UBND"],
    task_labels=[],
    notes=(
        "District portal item that starts at the heading 'KẾ HOẠCH' and the title line 'Hoạt động của Ban Chỉ đạo chuyển "
        "đổi số huyện Đăk R’lấp năm 2023' (no header block, no number, no date in the excerpt: number and date null). "
        "'Triển khai thực hiện Quyết định số 47/QĐ-UBND ngày 12/01/2023 của Ủy ban nhân dân tỉnh Đăk Nông về ban hành "
        "Kế hoạch chuyển đổi số năm 2023, Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp ... ban hành Kế hoạch': the "
        "province's decision is the parent and the district's steering committee the issuer (district level, as "
        "blind2's and blind3's district steering committees). Province Đắk Nông (written 'Đăk Nông', the canonical "
        "spelling labelled); district as written, with its typographic apostrophe. The district People's Committee's "
        "own plan 358/KH-UBND, whose assigned targets the committee pursues ('đã được phân công tại Kế hoạch số "
        "358/KH-UBND'), is tolerated as a parent. The excerpt stops in 'II. MỤC TIÊU': no task."
    ),
)
L["b02_thanhhoa_trieuson_hu_kh94_2020_kyniem_portal"] = dict(
    document=dict(
        number="94-KH/HU",
        doc_type="KH",
        issued_on="2020-01-02",
        issuer={"name_contains": "Huyện ủy Triệu Sơn", "level": "district"},
        locality=loc("Thanh Hóa", "Triệu Sơn"),
        title_contains="Tổ chức các ngày kỷ niệm trong năm 2020",
    ),
    implements=[imp("179-KH/TU", "2019-12-11", "Tỉnh ủy")],
    implements_optional=[],
    citations=["179-KH/TU"],
    task_labels=[],
    notes=(
        "District portal page with its poll and visit-counter chrome, the page's title and posting stamp 'Ngày "
        "26/03/2020 03:57:20' (not the document's date), then a Party header flattened with wide spaces: 'ĐẢNG BỘ "
        "TỈNH THANH HÓA ... ĐẢNG CỘNG SẢN VIỆT NAM', 'HUYỆN ỦY TRIỆU SƠN', '* ... Triệu Sơn, ngày 02 tháng 01 năm "
        "2020' on the star's line, and the number spaced around its hyphen 'Số 94 - KH/HU' (canonical 94-KH/HU). "
        "'Thực hiện kế hoạch số 179-KH/TU, ngày 11/12/2019 của Ban Thưởng vụ Tỉnh ủy Thanh Hóa' (typo 'Thưởng' kept) is "
        "the parent. The issuer is the district Party committee (the body says its standing committee drafts it): "
        "district level, Thanh Hóa / Triệu Sơn. The excerpt stops in 'I. MỤC ĐÍCH, YÊU CẦU': no task."
    ),
)
L["b03_hue_huongtra_ubndtx_ctr_2022_nq15cds_portal"] = dict(
    document=dict(
        number=None,
        doc_type="CTr",
        issued_on=None,
        issuer={"name_contains": "Ủy ban nhân dân thị xã Hương Trà", "level": "district"},
        locality=loc("Thừa Thiên Huế", "Hương Trà"),
        title_contains="Thực hiện Nghị quyết số 15-NQ/TU ngày 22/3/2022 của Ban Chấp hành Đảng bộ thị xã khóa XIV",
    ),
    implements=[imp("15-NQ/TU", "2022-03-22", "Đảng bộ thị xã")],
    implements_optional=["120/CTr-UBND", "12-NQ/TU"],
    citations=["15-NQ/TU", "120/CTr-UBND", "12-NQ/TU"],
    task_labels=[],
    notes=(
        "Town (thị xã) portal page: search chrome, the page's title 'CHƯƠNG TRÌNH HÀNH ĐỘNG Thực hiện Nghị quyết số "
        "15-NQ/TU ngày 22/3/2022 của Ban Chấp hành Đảng bộ thị xã khóa XIV về Chuyển đổi số thị xã Hương Trà ...' and "
        "'Ngày cập nhật 05/09/2022' (posting, not issue date: issued_on null; no number in the excerpt: null). "
        "'Ủy ban nhân dân thị xã Hương Trà ban hành Chương trình hành động' is the issuer: a district-level town of "
        "Thừa Thiên Huế (the province named in the programme's purpose, 'chuyển đổi số tỉnh Thừa Thiên Huế'). The "
        "parent is the town Party committee's 15-NQ/TU (the '/TU' here is the Thị ủy's, not a provincial Tỉnh ủy's; "
        "issuer 'Ban Chấp hành Đảng bộ thị xã'). The province's programme 120/CTr-UBND, which the purpose section says "
        "it 'cụ thể hóa', and the provincial resolution 12-NQ/TU that 120 carries out are tolerated parents. The "
        "excerpt stops in 'I. MỤC ĐÍCH, YÊU CẦU': no task."
    ),
)
L["b04_haiphong_ubnd_kh40_2023_chude_tvpl"] = dict(
    document=dict(
        number="40/KH-UBND",
        doc_type="KH",
        issued_on="2023-02-13",
        issuer={"name_contains": "Ủy ban nhân dân thành phố Hải Phòng", "level": "province"},
        locality=loc("Hải Phòng"),
        title_contains="CHỦ ĐỀ NĂM 2023 CỦA THÀNH PHỐ VỀ",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Legal-library bulletin page with the header cells split by pipes and wrapped ('Hải Phòng, ngày' / '13 tháng 02 "
        "năm 2023'), 'KẾ HOẠCH HÀNH ĐỘNG' and its subject wrapped after one word ('THỰC' / 'HIỆN CHỦ ĐỀ NĂM 2023 CỦA "
        "THÀNH PHỐ VỀ “ĐẨY MẠNH ...'): a plan (KH). The People's Committee of Hải Phòng, a centrally-run city: province "
        "level. 'Thực hiện Nghị quyết của Thành ủy và Hội Đồng nhân dân thành phố về nhiệm vụ ... năm 2023' names no "
        "number: no parent can be labelled, no citation. The excerpt stops in '1. MỤC TIÊU, YÊU CẦU': no task."
    ),
)
L["b05_hcm_ubnd_kh2242_2022_thiduacds_tvpl"] = dict(
    document=dict(
        number="2242/KH-UBND",
        doc_type="KH",
        issued_on="2022-07-05",
        issuer={"name_contains": "Ủy ban nhân dân Thành phố Hồ Chí Minh", "level": "province"},
        locality=loc("Hồ Chí Minh"),
        title_contains="ĐỘNG PHONG TRÀO THI ĐUA THỰC HIỆN CHÍNH QUYỀN SỐ, CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN",
    ),
    implements=[
        imp("749/QĐ-TTg", "2020-06-03", "Thủ tướng"),
        imp("942/QĐ-TTg", "2021-06-15", "Thủ tướng"),
        imp("02/CT-TTg", "2022-04-26", "Thủ tướng"),
        imp("2393/QĐ-UBND", "2020-07-03"),
        imp("593/KH-UBND", "2022-02-28"),
    ],
    implements_optional=[],
    citations=["749/QĐ-TTg", "942/QĐ-TTg", "02/CT-TTg", "2393/QĐ-UBND", "593/KH-UBND"],
    task_labels=[],
    notes=(
        "Legal-library page (thuvienphapluat.vn) with pipe-split header cells, the place wrapped inside the city's name "
        "('Thành phố Hồ Chí' / 'Minh, ngày 05 tháng 7 năm 2022') and the subject wrapped after its first word ('PHÁT' / "
        "'ĐỘNG PHONG TRÀO ...'), so title_contains starts at 'ĐỘNG'. One 'Thực hiện' clause lists five documents, each "
        "a parent: the Prime Minister's decisions 749/QĐ-TTg and 942/QĐ-TTg and directive 02/CT-TTg, the city's "
        "decision 2393/QĐ-UBND approving its digital-transformation programme and its plan 593/KH-UBND carrying that "
        "programme out in 2022. City People's Committee: province level, Hồ Chí Minh. The excerpt stops in 'I. MỤC "
        "ĐÍCH, YÊU CẦU': no task."
    ),
)
L["b06_haiphong_ubnd_kh74_2022_cds_thuviennhadat"] = dict(
    document=dict(
        number="74/KH-UBND",
        doc_type="KH",
        issued_on="2022-03-24",
        issuer={"name_contains": "Ủy ban nhân dân thành phố Hải Phòng", "level": "province"},
        locality=loc("Hải Phòng"),
        title_contains="CHUYỂN ĐỔI SỐ THÀNH PHỐ HẢI PHÒNG NĂM 2022",
    ),
    implements=[imp("03-NQ/TU", "2021-10-26", "Thành ủy"), imp("284/QĐ-UBND", "2022-01-24")],
    implements_optional=[],
    citations=["03-NQ/TU", "284/QĐ-UBND"],
    task_labels=[],
    notes=(
        "Legal-library page (thuviennhadat.vn) with pipe-split header cells and the date wrapped ('Hải Phòng, ngày' / "
        "'24 tháng 3 năm 2022'). Two 'Căn cứ' items: the city Party standing committee's resolution 03-NQ/TU on "
        "digital transformation and the city's decision 284/QĐ-UBND issuing the action programme that carries 03-NQ/TU "
        "out; the plan is that programme's 2022 plan ('Triển khai, thực hiện ... các nhiệm vụ, giải pháp chuyển đổi "
        "số năm 2022 theo Quyết định số 284/QĐ-UBND'): both parents by the Căn cứ rule for a state plan. The numbers "
        "are wrapped before their digits ('Căn cứ Quyết định số' / '284/QĐ-UBND') and after 'Nghị Quyết' ('Nghị "
        "Quyết' / 'số 03-NQ/TU'). The excerpt stops in 'II. MỤC TIÊU CỤ THỂ': goals, no task."
    ),
)
L["b07_haiduong_ubnd_kh1914_2023_cds_tvpl"] = dict(
    document=dict(
        number="1914/KH-UBND",
        doc_type="KH",
        issued_on="2023-06-05",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Hải Dương", "level": "province"},
        locality=loc("Hải Dương"),
        title_contains="CHUYỂN ĐỔI SỐ TỈNH HẢI DƯƠNG NĂM 2023",
    ),
    implements=[],
    implements_optional=[],
    task_labels=[],
    notes=(
        "Legal-library page with pipe-split header cells and a wrapped date ('Hải Dương, ngày' / '05 tháng 6 năm "
        "2023'). The excerpt opens with 'PHẦN I. KẾT QUẢ THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2022' (last year's results, told "
        "as history): no 'Thực hiện' clause, no parent; the review section holds no task. Citations are not graded: "
        "besides 685/QĐ-UBND the history names 'Nghị quyết 06/TU', a number with its type dropped whose canonical form "
        "the text does not settle."
    ),
)
L["b08_hue_ubnd_ct18_2025_kyluat_nhansu"] = dict(
    document=dict(
        number="18/CT-UBND",
        doc_type="CT",
        issued_on="2025-12-29",
        issuer={"name_contains": "Ủy ban nhân dân", "level": "province"},
        locality=loc("Huế"),
        title_contains="TĂNG CƯỜNG KỶ CƯƠNG, KỶ LUẬT HÀNH CHÍNH",
        signer={"name": "Nguyễn Khắc Toàn"},
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Legal-library page (nhansu.vn): headline, pipe-table metadata ('Số hiệu | 18/CT-UBND', 'Ngày ban hành | "
        "29/12/2025', 'Cơ quan ban hành | Thành phố Huế', 'Người ký | Nguyễn Khắc Toàn'), then the header cells with "
        "only 'ỦY BAN NHÂN DÂN' (the city's line missing), 'Huế, ngày 29 tháng 12 năm 2025', 'CHỈ THỊ' and its subject. "
        "Huế is a centrally-run city since 1 January 2025 (the text says so): province level, province 'Huế' as "
        "blind14 labels it. The metadata 'Người ký' is the signer. The excerpt stops in the directive's preamble: no "
        "parent, no citation, no task."
    ),
)
L["b09_binhthuan_ubnd_ct01_2025_tet_tvpl"] = dict(
    document=dict(
        number="01/CT-UBND",
        doc_type="CT",
        issued_on="2025-01-10",
        issuer={"name_contains": "Ủy ban nhân dân tỉnh Bình Thuận", "level": "province"},
        locality=loc("Bình Thuận"),
        title_contains="CÁC BIỆN PHÁP BẢO ĐẢM ĐÓN TẾT NGUYÊN ĐÁN ẤT TỴ NĂM 2025",
    ),
    implements=[],
    implements_optional=["40-CT/TW", "45/CT-TTg", "49-CT/TU"],
    citations=["40-CT/TW", "45/CT-TTg", "49-CT/TU"],
    notes=(
        "Legal-library page with pipe-split header cells, a wrapped date and the subject wrapped after one word "
        "('CHỈ THỊ' / 'TĂNG' / 'CƯỜNG CÁC BIỆN PHÁP ...'). The opening 'Để triển khai thực hiện các văn bản chỉ đạo "
        "của Thủ tướng Chính phủ, của Tỉnh ủy' names no number; the Secretariat's 40-CT/TW, the Prime Minister's "
        "45/CT-TTg and the province standing committee's 49-CT/TU are named inside item '1. Quán triệt và tổ chức thực "
        "hiện ...' / 'a) Thực hiện tốt các nhiệm vụ trọng tâm tại ...', a task, so they are tolerated parents, not "
        "required (as blind24's Đắk Nông 03/CT-UBND). The header is the People's Committee's; the body has 'Chủ tịch "
        "UBND tỉnh yêu cầu' (the committee part is required). Tasks are not graded: a directive's numbered body has no "
        "labelled precedent in these sets and the excerpt stops inside item 1.a."
    ),
)
L["b10_thanhhoa_ctubnd_ct02_2024_tet_nhuxuanportal"] = dict(
    document=dict(
        number="02/CT-UBND",
        doc_type="CT",
        issued_on=None,
        issuer={"name_contains": "Chủ tịch UBND tỉnh", "level": "province"},
        locality=loc(None),
        title_contains="đôn đốc thực hiện nhiệm vụ trọng tâm sau kỳ nghỉ Tết Nguyên đán Giáp Thìn 2024",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "District portal's print page (Như Xuân, Thanh Hóa by the URL only) reposting the province's directive: "
        "headline, then 'Chủ tịch UBND tỉnh vừa ban hành Chỉ thị 02/ CT-UBND về việc đôn đốc thực hiện nhiệm vụ trọng "
        "tâm sau kỳ nghỉ Tết Nguyên đán Giáp Thìn 2024' (a space after the slash; canonical 02/CT-UBND). No date is "
        "given ('vừa ban hành'): null. The chairman of the provincial People's Committee: province level; the "
        "province is never named in the text ('tỉnh ta'), so locality null. The excerpt stops in the preamble: no "
        "parent, no citation, no task."
    ),
)
L["b11_thanhhoa_longanh_ubndphuong_bc_2024_draft_wardportal"] = dict(
    document=dict(
        number=None,
        doc_type="BC",
        issued_on=None,
        issuer={"name_contains": "Long Anh", "level": "commune"},
        locality=loc("Thanh Hóa", "Thanh Hóa", "Long Anh"),
        title_contains="Đánh giá kết quả và đề nghị công nhận",
    ),
    implements=[imp("127/KH-UBND", "2023-02-16", "thành phố Thanh Hóa")],
    implements_optional=["25/QĐ-TTg", "25/2021/QĐ-TTg", "09/2021/TT-BTP"],
    task_labels=[],
    notes=(
        "Ward portal page whose headline belongs to another item ('THÔNG BÁO Về việc niêm yết công khai Quyết định ...', "
        "posted 'Đăng lúc: 17:00:00 02/01/2024'), followed by an image name and the ward's draft report: 'ỦY BAN NHÂN "
        "DÂN' / 'PHƯỜNG' / 'LONG ANH', 'Số:      /BC-UBND' (blank number: null), 'Long Anh, ngày       tháng 01 năm "
        "2024' (blank day: null), 'DỰ THẢO BÁO CÁO' and its subject with a missing space ('phườngLong Anh'). The type is "
        "the document's own (BC), not the page headline's TB. The ward of Thanh Hóa city (named as 'UBND thành phố "
        "Thanh Hóa'): commune level, Thanh Hóa / Thanh Hóa / Long Anh as the realworld set labels Thanh Hóa city's "
        "wards and communes. 'Thực hiện Quyết định 25/QĐ-TTg ...; Thông tư số 09/2021/TT-BTP ...; Kế hoạch số "
        "127/KH-UBND ngày 16/02/2023 của UBND thành phố Thanh Hóa ...': the city's plan is the parent; the Prime "
        "Minister's regulation (written both '25/QĐ-TTg' and '25/2021/QĐ-TTg') and the ministry's circular are legal "
        "basis, tolerated. Citations are not graded (the same decision under two written numbers). The report's "
        "'I. KẾT QUẢ ĐÁNH GIÁ' holds no task."
    ),
)

# document.signer, added after the first labelling by reading each text's end and lead (see README).
add_signers(L, {
    "b01_daknong_dakrlap_bcdcds_kh_2023_districtportal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b02_thanhhoa_trieuson_hu_kh94_2020_kyniem_portal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b03_hue_huongtra_ubndtx_ctr_2022_nq15cds_portal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b04_haiphong_ubnd_kh40_2023_chude_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b05_hcm_ubnd_kh2242_2022_thiduacds_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b06_haiphong_ubnd_kh74_2022_cds_thuviennhadat": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b07_haiduong_ubnd_kh1914_2023_cds_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b09_binhthuan_ubnd_ct01_2025_tet_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b10_thanhhoa_ctubnd_ct02_2024_tet_nhuxuanportal": (
        None,
        "the item says the provincial chairman issued the directive but names nobody: null.",
    ),
    "b11_thanhhoa_longanh_ubndphuong_bc_2024_draft_wardportal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
})


write_labels(root, L)
