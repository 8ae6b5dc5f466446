"""Labels of blind set 23, written by reading each text (the parser was not run on them before the commit)."""

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import add_signers, imp, loc, write_labels  # noqa: E402

L = {}
L["b01_central_dukdntw_kh06_2016_ct03_portal"] = dict(
    document=dict(
        number="06-KH/ĐUK",
        doc_type="KH",
        issued_on="2016-04-27",
        issuer={"name_contains": "Đảng ủy Khối Doanh nghiệp Trung ương", "level": "central"},
        locality=loc(None),
        title_contains="Tổ chức hội nghị tổng kết 5 năm và biểu dương",
    ),
    implements=[imp("178-CV/BTGTW", "2016-03-23", "Ban Tuyên giáo Trung ương")],
    implements_optional=["03-CT/TW"],
    citations=["178-CV/BTGTW", "03-CT/TW"],
    task_labels=[],
    notes=(
        "The central enterprises bloc's Party committee's news site: two stray '.' lines, the headline, "
        "a posting line 'Thứ Tư, 04/05/2016|14:41', then the plan with its header cells each on its own "
        "line ('ĐẢNG ỦY KHỐI' / 'DOANH NGHIỆP TRUNG ƯƠNG' / '*' / 'Số 06 - KH/ĐUK' with no colon and a "
        "spaced hyphen), 'Hà Nội, ngày 27 tháng 4 năm 2016' and a three-line title. Level central (a "
        "bloc directly under the Central Committee); locality null (Hà Nội is only the place line of a "
        "central body). Parent: 'Thực hiện Công văn số 178- CV/BTGTW, ngày 23/3/2016 của Ban Tuyên giáo "
        "Trung ương' (spaced hyphen). The plan organises the five-year review of Chỉ thị 03-CT/TW: that "
        "directive is optional (a review of its carrying out, not the document carried out). The excerpt "
        "stops inside 'I. Mục đích, yêu cầu': no task."
    ),
)
L["b02_hanoi_dukdhcd_kh_daihoi_2019_ct35_unisite"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội", "level": "province"},
        locality=loc("Hà Nội"),
        title_contains="tổ chức đại hội Đảng các cấp",
    ),
    implements=[imp("35-CT/TW", "2019-05-30", "Bộ chính trị")],
    implements_optional=[],
    citations=["35-CT/TW"],
    notes=(
        "A university's site reposting the opening sentence of the Hanoi universities bloc's plan, then "
        "'Chi tiết xem file:'. No number and no date of the plan itself. The issuer is named in the "
        "sentence ('Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội xây dựng Kế hoạch ...'); a bloc under "
        "the Hà Nội city Party committee: province level, province Hà Nội from its name. Parents: "
        "'Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ chính trị' and 'Kế hoạch số 155, ngày "
        "07/7/2019 của Thành ủy Hà Nội' (a bare number: left out, as the rules say)."
    ),
)
L["b03_quangbinh_duscongthuong_kh959_2020_daihoi_deptportal"] = dict(
    document=dict(
        number="959-KH/ĐUSCT",
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "Đảng ủy Sở Công Thương", "level": "province"},
        locality=loc(None),
        title_contains="tổ chức Đại hội đảng bộ Sở lần thứ XIV",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    notes=(
        "A department's portal item: 'Bản in / Gởi bài viết' chrome, a headline, then 'Vừa qua, Đảng ủy "
        "Sở Công Thương đã ban hành Kế hoạch số 959 - KH/ĐUSCT về việc tổ chức Đại hội đảng bộ Sở lần "
        "thứ XIV, nhiệm kỳ 2020 - 2025 ...' (spaced hyphen). No date of the plan ('Vừa qua'); the dates "
        "in the text are deadlines. A department's Party committee: province level. The province is only "
        "in the URL (quangbinh): null. No parent is named."
    ),
)
L["b04_thainguyen_dudhkhoahoc_kh_chaoco_kh34tu_unisite"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "Đảng ủy trường Đại học Khoa học"},
        locality=loc("Thái Nguyên"),
        title_contains="tổ chức chào cờ và sinh hoạt chính trị dưới cờ",
    ),
    implements=[imp("34-KH/TU", "2016-12-30", "Tỉnh ủy Thái Nguyên")],
    implements_optional=[],
    citations=["34-KH/TU"],
    notes=(
        "A university Party committee's home page: a heading 'Chào cờ và sinh hoạt dưới cờ' and one "
        "sentence: 'Căn cứ kế hoạch số 34-KH/TU ngày 30/12/2016 của Tỉnh ủy Thái Nguyên về ...; Thực "
        "hiện sự chỉ đạo của Đảng ủy Đại học Thái Nguyên; Đảng ủy trường Đại học Khoa học đã chỉ đạo xây "
        "dựng Kế hoạch tổ chức chào cờ ...'. No number, no date. The 'Căn cứ' plan is the one carried out "
        "(parent). Level ungraded (a member university's Party committee under Đảng ủy Đại học Thái "
        "Nguyên, itself under the provincial committee), as blind10 did for a university. Province Thái "
        "Nguyên (the provincial committee whose plan it carries out, and its parent university's name); "
        "'Thái Nguyên' in 'Đại học Thái Nguyên' does not make a district: null."
    ),
)
L["b05_central_btvdukcqtw_kh107_2023_cuocthi_acadnews"] = dict(
    document=dict(
        number="107-KH/ĐUK",
        doc_type="KH",
        issued_on="2023-03-14",
        issuer={"name_contains": "Đảng ủy Khối", "level": "central"},
        locality=loc(None),
        title_contains="Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2023",
    ),
    implements=[],
    implements_optional=[],
    citations=["571-CV/ĐUB"],
    notes=(
        "An academy's news item whose headline is the plan's title ('Kế hoạch tổ chức Cuộc thi chính "
        "luận ... trong Đảng bộ Khối các cơ quan Trung ương') and whose lead tells it: 'Ngày 14/3/2023 Ban "
        "thường vụ Đảng ủy Khối ban hành Kế hoạch số 107-KH-ĐUK ...'; the second paragraph writes it "
        "'107/KH-ĐUK'. Canonical Party form 107-KH/ĐUK (the type's slash lost to a hyphen). The issuer "
        "is the standing committee of the central agencies' bloc: central, no locality. The rest tells "
        "the academy's Party committee launching the contest under that plan and 'Công văn số "
        "571-CV-ĐUB' of the ministry's Party committee (canonical 571-CV/ĐUB, cited). Another reading "
        "would make the page the academy's notice (no number); the headline and lead make the plan the "
        "page's document."
    ),
)
L["b06_tuyenquang_bqldanongnghiep_kh_tuyentruyen_2020_cv209_portal"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={
            "name_contains": "Ban quản lý dự án đầu tư xây dựng các công trình nông nghiệp",
            "level": "province",
        },
        locality=loc("Tuyên Quang"),
        title_contains="tuyên truyền Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XVII",
    ),
    implements=[imp("209/UBND-KGVX", "2020-02-05", "Ủy ban nhân dân tỉnh")],
    implements_optional=[],
    citations=["209/UBND-KGVX"],
    task_labels=[],
    notes=(
        "A provincial project board's portal: headline (the plan's title), posting line 'Thứ sáu, ngày "
        "21-02-2020, 15:45' (not the plan's date: null), a summary, then the plan's text without a header "
        "or number: 'Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh tại Công văn số 209/UBND-KGVX ngày "
        "05/02/2020 ..., Ban quản lý dự án ... xây dựng Kế hoạch triển khai thực hiện như sau:'. A body "
        "of the provincial People's Committee: province level; the province is named in the title "
        "(Đảng bộ tỉnh Tuyên Quang, whose People's Committee directs the board). The excerpt stops in "
        "'I. MỤC ĐÍCH, YÊU CẦU': no task."
    ),
)
L["b07_nghean_btvtu_kh132_2022_nq21_partyportal"] = dict(
    document=dict(
        number="132-KH/TU",
        doc_type="KH",
        issued_on="2022-10-28",
        issuer={"name_contains": "Ban Thường vụ Tỉnh ủy", "level": "province"},
        locality=loc(None),
        title_contains="thực hiện Nghị quyết số 21-NQ/TW",
    ),
    implements=[
        imp("21-NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương"),
        imp("07-KH/TW", "2022-08-17", "Ban Chấp hành Trung ương"),
    ],
    implements_optional=[],
    citations=["21-NQ/TW", "07-KH/TW"],
    notes=(
        "The provincial Party organisation board's sub-site: 'Banner Ban tổ chức tỉnh ủy sub-site-1', a "
        "headline 'Ban hành Kế hoạch 132-KH/TU, ngày 28/10/2022 về việc thực hiện Nghị quyết số "
        "21-NQ/TW ...', a lead 'Ngày 28/10/2022, Ban Thường vụ Tỉnh uỷ Ban hành Kế hoạch số 132-KH/TU ... "
        "về thực hiện Nghị quyết số 21-NQ/TW và Kế hoạch số 07-KH/TW, ngày 17/8/2022 của Ban Chấp hành "
        "Trung ương ...' and a prose summary of the plan's sections and task groups ((1) ... (9), no "
        "outline: no task labels). Both central documents are parents. The province is only in the URL "
        "(nghean): null."
    ),
)

# document.signer, added after the first labelling by reading each text's end and lead (see README).
add_signers(L, {
    "b01_central_dukdntw_kh06_2016_ct03_portal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b02_hanoi_dukdhcd_kh_daihoi_2019_ct35_unisite": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b03_quangbinh_duscongthuong_kh959_2020_daihoi_deptportal": (
        None,
        "a news item that never says who signed the document; 'TH: Văn Đoá KTNL' is the reporter's "
        "byline: null.",
    ),
    "b04_thainguyen_dudhkhoahoc_kh_chaoco_kh34tu_unisite": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b05_central_btvdukcqtw_kh107_2023_cuocthi_acadnews": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b06_tuyenquang_bqldanongnghiep_kh_tuyentruyen_2020_cv209_portal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b07_nghean_btvtu_kh132_2022_nq21_partyportal": (
        None,
        "a news item that never says who signed the document: null.",
    ),
})


write_labels(root, L)
