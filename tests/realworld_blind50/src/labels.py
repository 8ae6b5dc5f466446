"""Labels of blind set 50, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["t01_yenbai_mucangchai_bchdbh_hoinghi22_hd10_2018_cttdt"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Mù Cang Chải", "level": "district"},
        locality=loc("Yên Bái", "Mù Cang Chải"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A listing item of Yên Bái's portal: 'CTTĐT - Sáng 3/4/2018, Ban Chấp hành Đảng bộ huyện Mù Cang Chải khóa XVIII ... đã "
        "tổ chức hội nghị lần 22 (mở rộng) nhằm đánh giá kết quả thực hiện nhiệm vụ quý I ... và triển khai Hướng dẫn số 10 ngày "
        "20/3/2018 của Ban Tổ chức Tỉnh ủy ..., Quy định số 124 ngày 02/02/2018 của Ban bí thư ...'. A conference's news (as "
        "blind49 c04): the holder is the district Party executive (every correct name holds 'Mù Cang Chải'), district level; no "
        "document of its own: no number, type or date (3/4/2018 is the meeting's day). Mù Cang Chải is a district only Yên Bái "
        "has: province inferred. The two deployed documents are bare numbers ('Hướng dẫn số 10', 'Quy định số 124', no code): "
        "no parent, no citation (a bare 'số N' is no number). No signer: null."
    ),
)
L["t02_yenbai_vanchan_bchdbh_ctrhanhdong_2021_cttdt"] = dict(
    document=dict(
        number=None,
        issued_on=None,
        issuer={"name_contains": "Văn Chấn", "level": "district"},
        locality=loc("Yên Bái", "Văn Chấn"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A listing item of Yên Bái's portal: 'CTTĐT - Để hoàn thành thắng lợi Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI ..., "
        "đồng chí Mai Mộng Tuân- ... Bí thư Huyện ủy Văn Chấn cho rằng: ... Ban Chấp hành Đảng bộ huyện Văn Chấn đã đưa vào "
        "chương trình hành động, phân công nhiệm vụ cụ thể ...'. The item tells the district secretary's view and the district "
        "executive's work; the acting subject is the district's Party executive (or its secretary): every correct name holds "
        "'Văn Chấn', district level. Type left ungraded: 'đưa vào chương trình hành động' may be the page's document (a CTr) or "
        "only a manner of work; no number or date. Văn Chấn is a district only Yên Bái has: province inferred. The congress "
        "resolution is unnumbered: no parent. No signer: null."
    ),
)
L["t03_sonla_thuanchau_decuong_sapxep_dvhc_2025_portal"] = dict(
    document=dict(
        number=None,
        issued_on=None,
        issuer={"level": "district"},
        locality=loc("Sơn La", "Thuận Châu"),
        title_contains="sắp xếp đơn vị hành chính cấp xã trên địa bàn huyện Thuận Châu",
        signer=None,
    ),
    implements=[imp("60/NQ-TW", "2025-04-12"), imp("137-KL/TW", "2025-03-28")],
    implements_optional=["60-NQ/TW", "74/NQ-CP", "759/QĐ-TTg", "03/CV-BCĐ", "1587-KL/TU", "76/2025/UBTVQH15"],
    citations=["60-NQ/TW", "76/2025/UBTVQH15", "74/NQ-CP", "759/QĐ-TTg", "03/CV-BCĐ", "1587-KL/TU", "60/NQ-TW",
               "137-KL/TW"],
    task_labels=[],
    notes=(
        "Thuận Châu district's portal: 'ĐỀ CƯƠNG TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ TRÊN ĐỊA BÀN HUYỆN THUẬN CHÂU', "
        "'Lượt xem: 14', then 'I. CHỦ TRƯƠNG ...' with six grounds ('Căn cứ Nghị quyết số 60-NQ/TW ngày 12/4/2025 ...; Căn cứ "
        "Nghị quyết số 76/2025/UBTVQH15 ...; ... 74/NQ-CP ...; ... 759/QĐ-TTg ...; ... Công văn số 03/CV-BCĐ ...'; 'Ban Thường vụ "
        "Tỉnh ủy tỉnh Sơn La đã ban hành Kết luận số 1587-KL/TU ngày 16/4/2025 ...') and 'II. ... Thực hiện Nghị quyết số "
        "60/NQ-TW ngày 12/4/2025 và Kết luận số 137-KL/TW ngày 28/3/2025 của của Bộ Chính trị, Ban Bí thư ...'. The document is "
        "the district's propaganda outline (a type with no code in DOMAIN.md: type ungraded); unnumbered, undated (no posting "
        "date either). Its issuer is unsaid (a district portal's outline about the district): only the level is graded "
        "(district), as blind41 b06. Locality: 'huyện Thuận Châu', a district only Sơn La has (Sơn La named too). Title: the "
        "outline's subject. Parents: the two documents of the 'Thực hiện ...' clause, '60/NQ-TW' (so written there; "
        "'60-NQ/TW' in the grounds, optional) and 137-KL/TW, dated; the other grounds are optional (a Government "
        "resolution issuing a plan, the Prime Minister's decision approving a scheme, a steering board's letter, the province's "
        "conclusion, the Standing Committee's resolution, a legal act). Citations: all seven numbers, the resolution in both its written "
        "shapes. Corrected after the first run (its citations then missed '60/NQ-TW' and its parent was '60-NQ/TW'): a "
        "Party number written state-style is kept as written, as blind11 b04 keeps '22/CT-TW' and blind12 b02 '36/NQ-TW'. "
        "No outline of tasks (I and II are background). No signer: null."
    ),
)
L["t04_laocai_sapa_ubndh_phuongan_thixa_kl263_2017_portal"] = dict(
    document=dict(
        number=None,
        issued_on=None,
        issuer={"name_contains": "Sa Pa", "level": "district"},
        locality=loc("Lào Cai", "Sa Pa"),
        title_contains="điều chỉnh địa giới hành chính huyện Sa pa",
        signer=None,
    ),
    implements=[],
    implements_optional=["263-TB/TU"],
    citations=["263-TB/TU"],
    task_labels=[],
    notes=(
        "Sa Pa's portal: 'Phương án điều chỉnh địa giới hành chính huyện Sa pa thành lập thị xã Sa pa thuộc tỉnh Lào cai', then "
        "'Ngày 6/9/2017, Ban Thường vụ Tỉnh ủy Lào Cai đã ban hành Kết luận số 263-TB/TU ngày 06/9/2017 ... đây là căn cứ pháp "
        "lý quan trọng để UBND huyện Sa Pa (đơn vị được UBND tỉnh lựa chọn làm chủ đầu tư) ... triển khai xây dựng “Đề án ...”. "
        "... huyện Sa Pa đăng tải bản thuyết minh ranh giới ...', then the district's communes. The document is the district's "
        "boundary plan ('Phương án', no type code: type ungraded), posted by the district whose People's Committee builds the "
        "scheme: every correct name holds 'Sa Pa', district level; unnumbered, undated (6/9/2017 is the conclusion's day). "
        "Locality: 'huyện Sa Pa', 'tỉnh Lào Cai'. Title: the heading's subject, as written ('Sa pa'). Parent: 263-TB/TU is the "
        "grounds of the scheme the plan belongs to, not said to be carried out by the plan itself: optional, dated. No signer: "
        "null."
    ),
)
L["t05_hoabinh_tanlac_dux_myhoa_bithu_portal"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Mỹ Hòa", "level": "commune"},
        locality=loc("Hòa Bình", "Tân Lạc", "Mỹ Hòa"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A listing item of Hương Nhượng commune's portal: a quotation ('KT-XH có bước chuyển mạnh mẽ, ... các chỉ thị, nghị quyết "
        "của Đảng bộ nhanh chóng đi vào cuộc sống... Có được những kết quả đó là do Mỹ Hòa đã phát huy tốt tính tiền phong ...') "
        "attributed to 'Đồng chí Bùi Mạnh Chầy, Bí thư Đảng ủy xã Mỹ Hòa (Tân Lạc)'. An activity report (blind41's convention): "
        "the acting subject is Mỹ Hòa's commune Party organisation, every correct name holds 'Mỹ Hòa'; commune level; no "
        "document, number or date. Locality: 'xã Mỹ Hòa (Tân Lạc)', Tân Lạc a district only Hòa Bình has: province inferred "
        "(the portal's own commune, Hương Nhượng, is not evidence). No numbered parent. No signer (a quotation): null."
    ),
)
L["t06_laocai_baoyen_bchdbh_ctrhanhdong_nqdh_2025_baodantoc"] = dict(
    document=dict(
        number=None,
        issued_on=None,
        issuer={"name_contains": "Bảo Yên", "level": "district"},
        locality=loc("Lào Cai", "Bảo Yên"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "The ethnic-affairs paper: chrome 'Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27', headline 'Bảo Yên bứt phá sau 5 năm "
        "thực hiện Nghị quyết Đại hội Đảng bộ huyện', byline 'Trọng Bảo - 11:57, 24/05/2025', lead 'Sau 5 năm thực hiện Nghị "
        "quyết Đại hội Đảng bộ huyện lần thứ XXII, huyện Bảo Yên, tỉnh Lào Cai đã đạt được ...', then 'Sau Đại hội, Ban Chấp "
        "hành Đảng bộ huyện đã xây dựng Chương trình hành động thực hiện Nghị Quyết, với 7 nhóm nhiệm vụ ...'. A report on a "
        "district's five years: the acting subject is the district (its Party executive): every correct name holds 'Bảo Yên', "
        "district level. Type ungraded: the page reports results; the executive's action programme is told as one step. No "
        "number; no date of a document (2019 is page chrome, 24/05/2025 the posting). Locality: 'huyện Bảo Yên, tỉnh Lào Cai'. "
        "The congress resolution is unnumbered: no parent. Signer: a byline only: null."
    ),
)
L["t07_langson_ubndt_cv1483_ctr04_2020_vanphong"] = dict(
    document=dict(
        number="1483/UBND-THNC",
        doc_type="CV",
        issued_on="2020-11-17",
        issuer={"name_contains": "UBND tỉnh", "level": "province"},
        locality=loc("Lạng Sơn"),
        title_contains="triển khai Chương trình hành động của Tỉnh ủy",
        signer=None,
    ),
    implements=[imp("04-CTr/TU", "2020-11-06", "Ban Chấp hành Đảng bộ tỉnh")],
    implements_optional=[],
    citations=["04-CTr/TU"],
    task_labels=[],
    notes=(
        "The Lạng Sơn People's Committee office's portal: banner 'Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng "
        "bộ tỉnh Lạng Sơn lần thứ XVII ...', headline 'Triển khai Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết Đại "
        "hội Đảng bộ tỉnh lần thứ XVII', lead 'UBND tỉnh vừa ban hành công văn chỉ đạo triển khai Chương trình hành động của "
        "Tỉnh ủy, thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII (Công văn số 1483/UBND-THNC, ngày 17/11/2020)', body "
        "'... xây dựng kế hoạch triển khai thực hiện Chương trình hành động số 04-CTr/TU ngày 06/11/2020 của Ban Chấp hành Đảng "
        "bộ tỉnh ...', byline 'Đỗ Hoạt'. The page's document is the letter: number, type CV, date from the bracket. Issuer as "
        "written, 'UBND tỉnh' (the text's form), province level; Lạng Sơn named. Title: what the lead says the letter does. "
        "Parent: 04-CTr/TU, dated, the provincial executive's. The congress resolution is unnumbered. Signer: a byline: null."
    ),
)
L["t08_hagiang_nq27_ct09_hutuc_2022_aiyeu"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={},
        locality=loc("Hà Giang"),
        signer=None,
    ),
    implements=[imp("27-NQ/TU", "2022-05-01", "Đảng bộ tỉnh"), imp("09-CT/TU", "2021-05-10", "Tỉnh ủy")],
    implements_optional=[],
    citations=["27-NQ/TU", "09-CT/TU"],
    task_labels=[],
    notes=(
        "An aggregator's repost of Hà Giang's paper: 'BHG - Thực hiện Nghị quyết số 27-NQ/TU, ngày 1.5.2022 của BCH Đảng bộ tỉnh "
        "và Chỉ thị số 09-CT/TU, ngày 10.5.2021 của BTV Tỉnh ủy về tăng cường sự lãnh đạo ... trên địa bàn tỉnh Hà Giang. Thời "
        "gian qua, nhiều địa phương trong tỉnh đã tổ chức biểu dương, khen thưởng ...', source line 'Báo Hà Giang Báo Hà Giang "
        "146 ngày'. A report on work under two provincial documents: no document of its own (no number, type or date). Its "
        "subject is 'nhiều địa phương trong tỉnh', no one body and no one level: issuer ungraded. Locality: the province named, "
        "nothing below it. Parents: the two documents of the 'Thực hiện ...' clause with their dotted dates (1.5.2022, "
        "10.5.2021) and issuers ('BCH Đảng bộ tỉnh', 'BTV Tỉnh ủy'). No signer: null."
    ),
)
L["t09_laichau_tu_kh116_nq18_nq19_2019_tapchicongsan"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on="2017-11-23",
        issuer={"name_contains": "Tỉnh ủy Lai Châu", "level": "province"},
        locality=loc("Lai Châu"),
        signer=None,
    ),
    implements=[imp("18-NQ/TW", "2017-10-25"), imp("19-NQ/TW", "2017-10-25")],
    implements_optional=[],
    citations=["18-NQ/TW", "19-NQ/TW"],
    task_labels=[],
    notes=(
        "The Communist Review's local page: chrome 'Thứ Sáu, 20/9/2019', headline 'Tỉnh Lai Châu đổi mới, sắp xếp tổ chức bộ máy "
        "...', '14/5/2019 8:43' Gửi bài này In bài này', a photo caption ending 'Nguồn: baolaichau.vn', background on the "
        "province since 2013, then 'Thực hiện Nghị quyết số 18-NQ/TW, ngày 25-10-2017, “...” và Nghị quyết số 19- NQ/TW, ngày "
        "25-10-2017, “...”, ngày 23-11-2017, Tỉnh ủy Lai Châu đã ban hành Kế hoạch số 116' where the stored page ends. As the "
        "gen5 convention (a lead 'ban hành Kế hoạch số ... về thực hiện X'), the document told is the provincial committee's "
        "plan: KH, dated 23-11-2017, issuer 'Tỉnh ủy Lai Châu', province level; number null (a bare 'Kế hoạch số 116', cut "
        "before any code). Parents: 18-NQ/TW and '19- NQ/TW' (canonical 19-NQ/TW), both dated 25-10-2017. No title (cut). No "
        "signer (a photo credit only): null."
    ),
)
L["t10_yenbai_vanyen_bithu_xuan2021_cttdt"] = dict(
    document=dict(
        number=None,
        doc_type=None,
        issued_on=None,
        issuer={"name_contains": "Văn Yên", "level": "district"},
        locality=loc("Yên Bái", "Văn Yên"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A listing item of Yên Bái's portal: 'CTTĐT - ... bước vào xuân mới Tân Sửu 2021, Đảng bộ huyện Văn Yên đặc quan tâm đến "
        "việc xây dựng Đảng bộ trong sạch vững mạnh, ... Nhân dịp đầu xuân mới, phóng viên Trung tâm TT - VH huyện Văn Yên có "
        "cuộc trao đổi với đồng chí Luyện Hữu Chung - ... Bí thư Huyện ủy Văn Yên.' An interview's lead: the acting subject is "
        "the district's Party organisation (its secretary answers): every correct name holds 'Văn Yên', district level; no "
        "document, number or date. Văn Yên is a district only Yên Bái has (named too). No parent. No signer: null."
    ),
)

write_labels(root, L)
