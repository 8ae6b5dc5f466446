"""Labels of blind set 25, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import add_signers, imp, loc, write_labels  # noqa: E402

L = {}
L["b01_tw_dukcqtw_bc_tuyengiao_2020_123doc"] = dict(
    document=dict(
        number=None,
        doc_type="BC",
        issued_on="2021-01-08",
        issuer={"name_contains": "Đảng ủy Khối các cơ quan", "level": "central"},
        locality=loc(None),
        title_contains="tổng kết công tác tuyên giáo năm 2020",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Document-sharing site (123doc) preview: download chrome and the file's name, then a Party header "
        "'ĐẢNG ỦY KHỐI CÁC CƠ QUAN TW' / '*' / 'ĐẢNG CỘNG SẢN VIỆT NAM' / 'Hà Nội, ngày 08 tháng 01 năm 2021' "
        "with no 'Số' line (number null), then 'BÁO CÁO' and its subject over two lines. PDF damage in the "
        "body ('cơng tác tun giáo'). A year-end review report of the central agencies' bloc Party committee: "
        "central level, no locality (Hà Nội is only the place of signing). It names no numbered document; "
        "'I. KẾT QUẢ ĐẠT ĐƯỢC' reviews results, so no task."
    ),
)
L["b02_quangnam_ubnd_qd216_2023_nq41hdnd_tvpl"] = dict(
    document=dict(
        number="216/QĐ-UBND",
        doc_type="QĐ",
        issued_on="2023-02-06",
        issuer={"name_contains": "Ủy ban nhân dân", "level": "province"},
        locality=loc("Quảng Nam"),
        title_contains="TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 41/2022/NQ-HĐND",
    ),
    implements=[imp("41/2022/NQ-HĐND", "2022-12-09", "Hội đồng nhân dân")],
    implements_optional=["41/NQ-HĐND", "27/2022/NĐ-CP"],
    citations=["41/2022/NQ-HĐND", "41/NQ-HĐND", "27/2022/NĐ-CP", "08/TTr-SKHĐT"],
    notes=(
        "Legal-library copy with pipe-split header cells. A provincial People's Committee decision 'VỀ VIỆC "
        "TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 41/2022/NQ-HĐND NGÀY 09/12/2022 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH' and "
        "'Điều 1. Triển khai thực hiện Nghị quyết số 41/2022/NQ-HĐND ...': the council's resolution is the "
        "parent. Its 'Căn cứ' line writes the same resolution without the year ('Nghị quyết số 41/NQ-HĐND "
        "ngày 09/12/2022 của HĐND tỉnh'): kept as a citation as written and tolerated as a parent. The "
        "decree on national target programmes is legal basis (tolerated), the department's submission a "
        "citation. The text stops inside Điều 1: tasks ungraded."
    ),
)
L["b03_sonla_ubnd_qd16_2017_quychelienganh_tvpl"] = dict(
    document=dict(
        number="16/2017/QĐ-UBND",
        doc_type="QĐ",
        issued_on="2017-06-05",
        issuer={"name_contains": "ban nhân", "level": "province"},
        locality=loc("Sơn La"),
        title_contains="QUY CHẾ THÀNH LẬP, TỔ CHỨC VÀ HOẠT ĐỘNG CỦA TỔ CHỨC PHỐI HỢP LIÊN NGÀNH",
    ),
    implements=[],
    implements_optional=[],
    citations=["34/2016/NĐ-CP", "99/2016/NĐ-CP", "446/TTr-SNV", "12/2013/QĐ-UBND"],
    task_labels=["Điều 3"],
    recipients_include=["Thường trực Tỉnh uỷ", "Cục Kiểm tra VBQPPL - Bộ Tư pháp", "Các Sở, ban, ngành, đoàn thể"],
    notes=(
        "Legal-library copy whose header cells are wrapped mid-name ('UỶ BAN NHÂN' / 'DÂN' / 'TỈNH SƠN LA', "
        "'Số:' / '16/2017/QĐ-UBND', 'Sơn La, ngày' / '05 tháng 6 năm 2017'). A decision issuing rules (quy chế) "
        "for inter-branch coordinating bodies; 'Căn cứ' laws and two decrees (legal basis, not parents), the "
        "Home Affairs department's submission, and 12/2013/QĐ-UBND which it replaces: citations, no parent. "
        "Issuer: the wrapped 'UỶ BAN NHÂN DÂN' (only 'ban nhân' required, the cell may be joined either way). "
        "As blind24 counts such articles, 'Điều 3. Chánh Văn phòng ... chịu trách nhiệm thi hành' is a task; "
        "Điều 1 (issuing) and Điều 2 (entry into force) are not."
    ),
)
L["b04_daknong_ubnd_qd08_2023_vongcongdong_tvnd"] = dict(
    document=dict(
        number="08/2023/QĐ-UBND",
        doc_type="QĐ",
        issued_on="2023-02-21",
        issuer={"name_contains": "Ủy ban nhân dân", "level": "province"},
        locality=loc("Đắk Nông"),
        title_contains="QUY ĐỊNH QUẢN LÝ, THANH TOÁN, QUYẾT TOÁN VỐN ĐẦU TƯ NGUỒN NGÂN SÁCH NHÀ NƯỚC",
    ),
    implements=[],
    implements_optional=["27/2022/NĐ-CP", "99/2021/NĐ-CP"],
    citations=["99/2021/NĐ-CP", "27/2022/NĐ-CP", "96/2021/TT-BTC", "160/TTr-STC"],
    notes=(
        "Legal-library copy (thuviennhadat), pipe-split header, 'Đắk Nông, ngày 21' / 'tháng 02 năm 2023', the "
        "title opening with 'BAN' alone on its line ('BAN' / 'HÀNH QUY ĐỊNH ...'). A decision issuing a "
        "regulation (quy định) on community-built works under the national target programmes. Căn cứ laws, "
        "two decrees and a Finance ministry circular: legal basis; the two decrees the rules detail are "
        "tolerated, none required. The text stops inside Điều 1: tasks ungraded."
    ),
)
L["b05_quangnam_tienphuoc_ubnd_kh210_2022_ntm_news"] = dict(
    document=dict(
        number="210/KH-UBND",
        doc_type="KH",
        issued_on="2022-11-29",
        issuer={"name_contains": "UBND huyện", "level": "district"},
        locality=loc("Quảng Nam", "Tiên Phước"),
        title_contains="Chung sức xây dựng nông thôn mới",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "District portal news item: a headline, then one sentence 'Nhằm ... nhất là thực hiện các Chỉ thị, "
        "Nghị quyết của Đảng về nông nghiệp ...; ngày 29/11/2022, UBND huyện ban hành Kế hoạch số 210/KH-UBND "
        "về việc tổ chức thực hiện phong trào thi đua “Chung sức xây dựng nông thôn mới” trên địa bàn huyện "
        "Tiên Phước, giai đoạn 2021 - 2025.' The plan's number, date and subject are the lead's; the "
        "district is named (Tiên Phước, a unique name in the gazetteer: Quảng Nam, counted as supported as in "
        "blind3). The Party documents it serves are unnumbered: no parent."
    ),
)
L["b06_brvt_ubnd_cv10646_2017_danhmuctotrinh_portal"] = dict(
    document=dict(
        number="10646/UBND-VP",
        doc_type="CV",
        issued_on=None,
        issuer={"name_contains": "UBND tỉnh", "level": "province"},
        locality=loc("Bà Rịa - Vũng Tàu"),
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Provincial portal item under 'Tin tức chỉ đạo điều hành': headline 'Danh mục 37 Tờ trình đề nghị HĐND "
        "tỉnh thông qua tại kỳ họp thứ 6 ...', the posting stamp '09:41 | 03/11/2017' (not the letter's date), "
        "'UBND tỉnh vừa có văn bản gửi HĐND tỉnh danh mục các Tờ trình ...', the list, and at the foot the "
        "source '(Nguồn CV 10646/UBND-VP)': the letter's number and type (CV). The letter's own date is not "
        "given: null. The province is named only as 'tỉnh BR-VT' ('Cổng TTĐT tỉnh BR-VT', 'Đề án “Phát triển "
        "giáo dục và đào tạo tỉnh BR-VT ...'), the usual short form of Bà Rịa - Vũng Tàu. No trích yếu: title "
        "ungraded. The submissions and schemes it lists are unnumbered: no citation."
    ),
)
L["b07_tiengiang_ubnd_qd65_2024_tieuchuanlanhdao_tvpl"] = dict(
    document=dict(
        number="65/2024/QĐ-UBND",
        doc_type="QĐ",
        issued_on="2024-10-29",
        issuer={"name_contains": "Ủy ban nhân dân", "level": "province"},
        locality=loc("Tiền Giang"),
        title_contains="QUY ĐỊNH TIÊU CHUẨN CHỨC DANH CÔNG CHỨC, VIÊN CHỨC LÃNH ĐẠO, QUẢN LÝ",
    ),
    implements=[],
    implements_optional=["29/2024/NĐ-CP"],
    citations=["115/2020/NĐ-CP", "138/2020/NĐ-CP", "85/2023/NĐ-CP", "29/2024/NĐ-CP"],
    task_labels=[],
    notes=(
        "Legal-library copy, pipe-split header ('Số:' / '65/2024/QĐ-UBND', 'Tiền Giang, ngày' / '29 tháng 10 năm "
        "2024'), title opening 'BAN' / 'HÀNH QUY ĐỊNH ...'. A decision issuing a regulation on leadership "
        "standards; the text stops inside the Căn cứ list (laws and four decrees): legal basis only. The "
        "decree on leadership standards (29/2024/NĐ-CP) is what the rules detail: tolerated as a parent, not "
        "required, as blind16 reads such decrees. No article is reached: no task."
    ),
)
L["b08_binhthuan_ubnd_qd34_2024_phancap_tvpl"] = dict(
    document=dict(
        number="34/2024/QĐ-UBND",
        doc_type="QĐ",
        issued_on="2024-10-11",
        issuer={"name_contains": "Ủy ban nhân dân", "level": "province"},
        locality=loc("Bình Thuận"),
        title_contains="PHÂN CẤP QUẢN LÝ TỔ CHỨC BỘ MÁY, VỊ TRÍ VIỆC LÀM VÀ CÔNG CHỨC, VIÊN CHỨC",
    ),
    implements=[],
    implements_optional=[],
    citations=["24/2014/NĐ-CP", "107/2020/NĐ-CP", "158/2018/NĐ-CP", "106/2020/NĐ-CP"],
    task_labels=[],
    notes=(
        "Legal-library copy, pipe-split header, the title wrapped mid-phrase ('VỊ TRÍ VIỆC' / 'LÀM VÀ CÔNG "
        "CHỨC ...'). A decision issuing a regulation on delegating the management of organisation and staff; "
        "the text stops inside the Căn cứ list (laws and decrees, one cut: 'vị trí việc làm và số l'): legal "
        "basis, no parent, no task."
    ),
)
L["b09_angiang_ctubnd_qd186_2018_nq09tu_plcd"] = dict(
    document=dict(
        number="186/QĐ-UBND",
        doc_type="QĐ",
        issued_on="2018-01-26",
        issuer={"name_contains": "Ủy ban nhân dân", "level": "province"},
        locality=loc("An Giang"),
        title_contains="HỖ TRỢ CƠ GIỚI HÓA, TỰ ĐỘNG HÓA TRONG SẢN XUẤT THỦY SẢN",
    ),
    implements=[],
    implements_optional=["09-NQ/TU", "2163/QĐ-UBND", "1021/QĐ-UBND"],
    citations=["09-NQ/TU", "183/2010/TTLT/BTC-BNN", "2163/QĐ-UBND", "1021/QĐ-UBND"],
    task_labels=[],
    notes=(
        "Legal-library copy (phapluatcongdong) with a metadata block (Số hiệu, Loại văn bản, Nơi ban hành, "
        "Người ký, Ngày ban hành 26/01/2018, 'Đang cập nhật' fields), then the full header and 'CHỦ TỊCH ỦY "
        "BAN NHÂN DÂN TỈNH AN GIANG'. A chairman's decision approving a project. Căn cứ the provincial Party "
        "committee's resolution 09-NQ/TU on high-tech agriculture, a joint circular, the province's plan on "
        "high-tech agriculture (2163/QĐ-UBND) and a planning decision (1021/QĐ-UBND, cut): the decision never "
        "says it carries any of them out, so the resolution and the two provincial decisions are tolerated, "
        "none required. The joint circular is kept as written ('183/2010/TTLT/BTC-BNN'). No article reached."
    ),
)
L["b10_kontum_hnd_snn_ctph_2022_news"] = dict(
    document=dict(
        number=None,
        doc_type="CTr",
        issuer={"name_contains": "Hội Nông dân tỉnh", "level": "province"},
        title_contains="phối hợp hoạt động giai đoạn 2022",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Provincial TV news item: '(kontumtv.vn) – Ngày 19/5, Hội Nông dân tỉnh và Sở Nông nghiệp và Phát "
        "triển nông thôn (NN&PTNT) tổ chức ký kết chương trình phối hợp hoạt động giai đoạn 2022 – 2025', "
        "the programme's content, the byline and a comment form. A joint programme of a mass organisation and "
        "a department (type CTr, 'chương trình'), unnumbered. The signing date has no year: issued_on "
        "ungraded. The province is named only by the outlet's address in the dateline, not by the text: "
        "locality ungraded (a judgement, see README). Title: the words after the type word, as every trích yếu is "
        "graded (first labelled 'chương trình phối hợp', the type word itself: my misreading, corrected after "
        "the first run)."
    ),
)

# document.signer, added after the first labelling by reading each text's end and lead (see README).
add_signers(L, {
    "b01_tw_dukcqtw_bc_tuyengiao_2020_123doc": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b02_quangnam_ubnd_qd216_2023_nq41hdnd_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b03_sonla_ubnd_qd16_2017_quychelienganh_tvpl": (
        None,
        "the text ends inside the 'Nơi nhận:' list, before the signature block: null.",
    ),
    "b04_daknong_ubnd_qd08_2023_vongcongdong_tvnd": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b05_quangnam_tienphuoc_ubnd_kh210_2022_ntm_news": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b06_brvt_ubnd_cv10646_2017_danhmuctotrinh_portal": (
        None,
        "a news item that never says who signed the document: null. '(Nguồn CV 10646/UBND-VP)' is a "
        "source line.",
    ),
    "b07_tiengiang_ubnd_qd65_2024_tieuchuanlanhdao_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b08_binhthuan_ubnd_qd34_2024_phancap_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b09_angiang_ctubnd_qd186_2018_nq09tu_plcd": (
        {"name": "Lâm Quang Thi"},
        "the legal library's 'Người ký' field names Lâm Quang Thi (no office written with it); the "
        "excerpt stops before the signature block.",
    ),
    "b10_kontum_hnd_snn_ctph_2022_news": (
        None,
        "a news item that never says who signed the document; 'Hơ Jan – Thanh Hà' is the reporter's "
        "byline: null.",
    ),
})


write_labels(root, L)
