"""Labels of blind set 29, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import add_signers, imp, loc, write_labels  # noqa: E402

L = {}
L["b01_twdoan_bch_ctr26_2021_nqdaihoi13_cecportal"] = dict(
    document=dict(
        number="26-CTr/TWĐTN-VP",
        doc_type="CTr",
        issued_on="2021-05-19",
        issuer={"name_contains": "Trung ương Đoàn", "level": "central"},
        locality=loc(None),
        title_contains="thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "College portal page: the page's title (the programme's name in lower case, 'lần thứ xiii'), a view count "
        "'1843', then the Youth Union header with its cells split apart ('BAN CHẤP HÀNH TRUNG ƯƠNG' / '***' / 'Số:  26  "
        "-CTr/TWĐTN-VP' / 'ĐOÀN TNCS HỒ CHÍ MINH') and a date with wide gaps 'Hà Nội, ngày   19    tháng 5 năm 2021'. "
        "Number canonical 26-CTr/TWĐTN-VP. 'Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh ban hành Chương trình hành "
        "động': the central Youth Union (name as blind10's b01 labels it). It carries out the XIII Party Congress's "
        "resolution, which has no number: no parent can be labelled, no citation. The excerpt stops in 'II. MỘT SỐ CHỈ "
        "TIÊU': no task."
    ),
)
L["b02_bantochuctw_hd16_2018_danhgiaxeploai_tvpl"] = dict(
    document=dict(
        number="16-HD/BTCTW",
        doc_type="HD",
        issued_on="2018-09-24",
        issuer={"name_contains": "Ban Tổ chức Trung ương", "level": "central"},
        locality=loc(None),
        title_contains="KIỂM ĐIỂM, ĐÁNH GIÁ, XẾP LOẠI CHẤT",
    ),
    implements=[imp("132-QĐ/TW", "2018-03-08", "Bộ Chính trị")],
    implements_optional=[],
    citations=["132-QĐ/TW"],
    task_labels=[],
    notes=(
        "Legal-library page of a Party board's guidance: header cells split by pipes and hard wraps ('BAN CHẤP HÀNH' / "
        "'TRUNG ƯƠNG' / 'BAN TỔ CHỨC'), the number broken after its hyphen ('Số: 16 -' / 'HD/BTCTW', canonical "
        "16-HD/BTCTW), 'Hà Nội, ngày' / '24 tháng 9 năm 2018'. The issuer is the Party's Central Organisation Board "
        "(central). 'Thực hiện Quy định số 132-QĐ/TW, ngày 08/3/2018 của Bộ Chính trị ..., Ban Tổ chức Trung ương hướng "
        "dẫn': the Politburo's regulation is the parent. The title wraps inside a word ('CHẤT' / 'LƯỢNG'): the label "
        "holds its first line. The excerpt stops in 'I. MỤC ĐÍCH, YÊU CẦU': no task."
    ),
)
L["b03_vanphongtw_hd36_2018_thethuc_docplayer"] = dict(
    document=dict(
        number="36-HD/VPTW",
        doc_type="HD",
        issued_on="2018-04-03",
        issuer={"name_contains": "Văn phòng", "level": "central"},
        locality=loc(None),
        title_contains="thể thức và kỹ thuật trình bày",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Document-sharing page: the whole header of the Party Central Office's guidance flattened into one line 'BAN "
        "CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG * Số 36-HD/VPTW ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 03 tháng 4 năm 2018 HƯỚNG "
        "DẪN thể thức và kỹ thuật trình bày vă' (cut inside a word), then 'Tài liệu tương tự' and a list of other "
        "documents' openings (a college's 1893/QĐ-ĐDN, the Ministry of Education's 155/QĐ-BGDĐT, Quảng Ninh's "
        "666/2015/QĐ-UBND, ...). Those are the site's chrome, not the guidance's citations: citations none; none of their "
        "bodies is the issuer. Issuer the Office of the Party Central Committee (central; named 'Văn phòng' under the "
        "central committee line). No parent, no task."
    ),
)
L["b04_bogddt_tb455_2017_ketluanhoinghi_spnttw"] = dict(
    document=dict(
        number="455/TB-BGDĐT",
        doc_type="TB",
        issued_on="2017-07-19",
        issuer={"name_contains": "Bộ Giáo dục và Đào tạo", "level": "central"},
        locality=loc(None),
        title_contains="Kết luận của Bộ trưởng Phùng Xuân Nhạ",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "College portal page ('Văn bản của cơ quan cấp trên') with two page stamps ('11:51, Ngày 21/10/2017', "
        "'12/08/2017 7:09 CH.   127 lượt xem': postings, not the date), then the ministry's notice: 'BỘ GIÁO DỤC VÀ ĐÀO "
        "TẠO' / 'Số: 455/TB-BGDĐT' / national motto / 'Hà Nội, ngày 19 tháng 7 năm 2017' / 'THÔNG BÁO' / 'Kết luận của "
        "Bộ trưởng Phùng Xuân Nhạ' / 'tại Hội nghị Giám đốc sở giáo dục và đào tạo năm 2017'. Issuer the Ministry of "
        "Education and Training (central); the minister is the one whose conclusions it conveys, not a signer (the "
        "signature is not in the excerpt: not graded). Đà Nẵng is where the meeting was held, not a locality. It names "
        "no parent; the excerpt ends inside 'theo Chỉ thị s': no citation, no task."
    ),
)
L["b05_binhdinh_hoictd_hd458_2022_tetnhanai_portal"] = dict(
    document=dict(
        number="458/HD-CTĐBĐ-CTXH",
        doc_type="HD",
        issued_on="2022-11-07",
        issuer={"name_contains": "Hội Chữ thập đỏ", "level": "province"},
        locality=loc("Bình Định"),
        title_contains="Tết Nhân ái",
        signer={"name": "Lê Phong"},
    ),
    implements=[imp("235/HD-TƯHCTĐ", None, "Trung ương Hội Chữ thập đỏ"), imp("236/KH-TƯHCTĐ", "2022-11-04", "Trung ương Hội Chữ thập đỏ")],
    implements_optional=[],
    citations=["235/HD-TƯHCTĐ", "236/KH-TƯHCTĐ"],
    task_labels=[],
    notes=(
        "Provincial Red Cross portal: the page's title 'Hướng dẫn \"Tết Nhân ái\" giai đoạn 2022 - 2027', the guidance's "
        "preamble, then a metadata block ('Số kí hiệu 458/HD-CTĐBĐ-CTXH', 'Ngày ban hành 07/11/2022', 'Cơ quan ban hành "
        "Hội CTĐ tỉnh Bình Định', 'Người ký Lê Phong') and the body. Issuer the Red Cross Society of Bình Định province "
        "(its standing board issues it): province level, Bình Định. A portal's 'Người ký' is the signer (as blind27's "
        "b08). 'Căn cứ Hướng dẫn số 235/HD-TƯHCTĐ và Kế hoạch số 236/KH-TƯHCTĐ ngày 04/11/2022 của Trung ương Hội Chữ "
        "thập đỏ Việt Nam ... Ban Thường vụ Hội Chữ thập đỏ tỉnh ban hành Hướng dẫn thực hiện Phong trào': both central "
        "documents are parents; the date is written once after the second, so the first's date is not graded. The "
        "excerpt stops in 'I. MỤC ĐÍCH, YÊU CẦU CHUNG': no task."
    ),
)
L["b06_vinhphuc_hoictd_kh_thangnhandao_2019_portal"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "Hội Chữ thập đỏ", "level": "province"},
        locality=loc("Vĩnh Phúc"),
        title_contains="Tháng Nhân đạo",
    ),
    implements=[imp("48/HD-TƯHCTĐ", "2019-02-15", "Trung ương Hội Chữ thập đỏ")],
    implements_optional=[],
    citations=["48/HD-TƯHCTĐ"],
    task_labels=[],
    notes=(
        "Provincial Red Cross portal page: the banner 'Chào mừng bạn đến với Trang thông tin điện tử Hội Chữ thập đỏ tỉnh "
        "Vĩnh Phúc!', the item's title 'Kế hoạch tổ chức “Tháng Nhân đạo” năm 2019', no header, no number, no date: "
        "number and date null. 'Thực hiện Hướng dẫn số 48/HD-TƯHCTĐ ngày 15/02/2019 của Trung ương Hội Chữ thập đỏ Việt "
        "Nam ... Hội Chữ thập đỏ tỉnh triển khai Kế hoạch': the central guidance is the parent; issuer the provincial "
        "Red Cross (province level, Vĩnh Phúc from the banner and 'TP.Vĩnh Yên, TP.Phúc Yên, huyện Vĩnh Tường'). 'II. "
        "NỘI DUNG' opens with '1. Mục tiêu' (a target of people helped) and the excerpt stops there: no task."
    ),
)
L["b07_danang_hoilhpn_nq_daihoi14_2021_blog"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issuer={"name_contains": "Đại hội đại biểu phụ nữ", "level": "province"},
        locality=loc("Đà Nẵng"),
        title_contains="LẦN THỨ XIV",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Blog repost signed 'HLH Phụ nữ Đà Nẵng' with its posting date '15/07/2022' (not the resolution's date), the "
        "headline 'NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ TP ĐÀ NẴNG LẦN THỨ XIV' and the resolution: 'NGHỊ QUYẾT' / 'ĐẠI HỘI "
        "ĐẠI BIỂU PHỤ NỮ THÀNH PHỐ ĐÀ NẴNG' / 'LẦN THỨ XIV, NHIỆM KỲ 2021-2026', 'Đại hội ... diễn ra vào ngày 16 tháng "
        "11 năm 2021 ...', 'QUYẾT NGHỊ'. No number. The text gives the congress's day, not a date line of the "
        "resolution: issued_on not graded. Issuer the city Women's Union congress (a centrally-run city: province "
        "level, Đà Nẵng). Its 'I. Tán thành và thông qua ...' approves the term's review; the excerpt stops there: no "
        "parent, no citation, no task."
    ),
)
L["b08_gialai_btgdvtu_cv45_2025_vankien14_news"] = dict(
    document=dict(
        number="45-CV/BTGDVTU",
        doc_type="CV",
        issued_on=None,
        issuer={"name_contains": "Ban Tuyên giáo và Dân vận Tỉnh ủy", "level": "province"},
        title_contains="đợt cao điểm lấy ý kiến",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Provincial newspaper item ' date 2025-10-28 (GLO)- Ban Tuyên giáo và Dân vận Tỉnh ủy vừa ban hành Công văn số "
        "45-CV/BTGDVTU về việc đẩy mạnh tuyên truyền; tổ chức đợt cao điểm lấy ý kiến ... vào dự thảo văn kiện trình Đại "
        "hội XIV của Đảng'. The document is the official letter the news reports (as realworld c17); the stamp is the "
        "news date and the letter's own date is not given: issued_on null. The merged Propaganda and Mass Mobilisation "
        "Board of the provincial Party committee (2025) is the issuer, province level. The province is never named in "
        "the text (only the paper's tag 'GLO', Gia Lai): locality not graded. Its requests are paraphrased, not "
        "numbered items: no task; no document number other than its own: no parent, no citation."
    ),
)
L["b09_tuyenquang_ubnd_kh70_2022_kl384_tvpl"] = dict(
    document=dict(
        number="70/KH-UBND",
        doc_type="KH",
        issued_on="2022-04-27",
        issuer={"name_contains": "Ủy ban nhân dân", "level": "province"},
        locality=loc("Tuyên Quang"),
        title_contains="CHIẾN LƯỢC PHÁT TRIỂN VĂN HÓA ĐẾN NĂM 2030",
    ),
    implements=[imp("1090/QĐ-TTg", "2021-11-12", "Thủ tướng"), imp("384-KL/TU", "2022-03-07", "Ban Thường vụ Tỉnh ủy")],
    implements_optional=["1909/QĐ-TTg"],
    citations=["1090/QĐ-TTg", "384-KL/TU", "1909/QĐ-TTg"],
    task_labels=[],
    notes=(
        "Legal-library bulletin page with pipe-split header cells and the heading wrapped after one word ('KẾ HOẠCH' / "
        "'THỰC' / 'HIỆN CHIẾN LƯỢC PHÁT TRIỂN VĂN HÓA ĐẾN NĂM 2030 TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG'). The provincial "
        "People's Committee carries out the provincial Party standing board's conclusion: 'Căn cứ Quyết định số "
        "1090/QĐ-TTg ngày 12/11/2021 của Thủ tướng Chính phủ về việc phê duyệt Chiến lược ...; Thực hiện Kết luận số "
        "384-KL/TU ngày 07/3/2022 của Ban Thường vụ Tỉnh ủy ...' and the plan is 'Kế hoạch thực hiện Chiến lược': both "
        "are parents. The purpose section names the same decision as '1909/QĐ-TTg ngày 12/11/2021' (a typo of 1090): a "
        "citation, tolerated as a parent. The excerpt stops in '2. Yêu cầu': no task."
    ),
)

# document.signer, added after the first labelling by reading each text's end and lead (see README).
add_signers(L, {
    "b01_twdoan_bch_ctr26_2021_nqdaihoi13_cecportal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b02_bantochuctw_hd16_2018_danhgiaxeploai_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b03_vanphongtw_hd36_2018_thethuc_docplayer": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b04_bogddt_tb455_2017_ketluanhoinghi_spnttw": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null. "
        "The notice gives minister Phùng Xuân Nhạ's conclusions; he is not its signer.",
    ),
    "b06_vinhphuc_hoictd_kh_thangnhandao_2019_portal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b07_danang_hoilhpn_nq_daihoi14_2021_blog": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b08_gialai_btgdvtu_cv45_2025_vankien14_news": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b09_tuyenquang_ubnd_kh70_2022_kl384_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
})


if __name__ == "__main__":
    write_labels(root, L)
