"""Labels of blind set 42, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import loc, write_labels  # noqa: E402

L = {}
L["b01_camau_ubndt_kh_tet2026_dantri"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "tỉnh Cà Mau", "level": "province"},
        locality=loc("Cà Mau"),
        title_contains="Mừng Đảng, mừng Xuân Bính Ngọ năm 2026",
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "A national paper's item (posting date ' date 2026-01-12'): 'Theo kế hoạch tổ chức các hoạt động “Mừng Đảng, mừng "
        "Xuân Bính Ngọ năm 2026”, UBND tỉnh Cà Mau yêu cầu ...', later 'Theo kế hoạch của UBND tỉnh Cà Mau, ...'. The "
        "document is that plan of the merged province's People's Committee: KH, unnumbered, no date of its own (the "
        "posting date is not the plan's). Issuer: every correct name holds 'tỉnh Cà Mau' ('UBND tỉnh Cà Mau' / 'Ủy ban "
        "nhân dân tỉnh Cà Mau'); province level. Title: the plan's subject; the label keeps the quoted words, which every "
        "reading keeps whatever it makes of the quotes. The assignments told ('Đảng ủy các cơ quan Đảng tỉnh hỗ trợ một "
        "xã; Đảng ủy UBND tỉnh hỗ trợ 6 xã ...') are prose of a news item, not an outline: no task graded. No parent "
        "named (no 'thực hiện' clause). Signer: none (no byline either): null."
    ),
)
L["b02_thanhhoa_dongson_dup_kh_hoctap_2025_daihoi_baothanhhoa"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "Đông Sơn", "level": "commune"},
        locality=loc("Thanh Hóa", None, "Đông Sơn"),
        title_contains="học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I",
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "Thanh Hóa's paper: headline 'Phường Đông Sơn triển khai học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần "
        "thứ I', lead 'Sáng 17/9, Đảng ủy phường Đông Sơn tổ chức Hội nghị triển khai kế hoạch học tập, quán triệt Nghị "
        "quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030; phát động phong trào ủng hộ Nhân dân Cuba ...', then "
        "the resolution's direction, targets and '6 nhiệm vụ trọng tâm' (cut off). As blind39 b02 (a plan deployed at a "
        "meeting), the document is the plan the meeting deploys: the ward Party committee's KH, unnumbered, no date of its "
        "own (17/9, no year, is the meeting's day). Issuer: 'Đảng ủy phường Đông Sơn': every correct name holds 'Đông "
        "Sơn'; a ward of the two-level system: commune level. Locality: the text names only the ward; the 2025 "
        "gazetteer's only 'phường Đông Sơn' is Thanh Hóa's (the other 'Đông Sơn' is a xã of Quảng Ngãi), so the "
        "province is supported as seed 000 infers; no district in the two-level system. Title: the plan's subject. The "
        "congress resolution it carries out is unnumbered: no graded parent. The six tasks are the resolution's, not the "
        "plan's, and the excerpt stops at 'bao gồm: xây': none graded. Signer: none: null."
    ),
)
L["b03_thanhhoa_linhtoai_bchdbx_kh_2026_daihoi_baothanhhoa"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "Đảng bộ xã Lĩnh Toại", "level": "commune"},
        locality=loc("Thanh Hóa", None, "Lĩnh Toại"),
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "Thanh Hóa's paper, a feature (' date 2026-01-25 Biến nghị quyết thành hành động cụ thể'): '... sau Đại hội Đảng bộ "
        "xã lần thứ I, nhiệm kỳ 2025-2030, Ban Chấp hành Đảng bộ xã Lĩnh Toại đã nhanh chóng xây dựng kế hoạch hành động, "
        "tổ chức quán triệt ... nhằm biến nghị quyết đại hội thành hành động cụ thể'. The one document the lead says a body "
        "made is that action plan: KH, unnumbered, undated. Issuer 'Ban Chấp hành Đảng bộ xã Lĩnh Toại': every correct "
        "name holds 'Đảng bộ xã Lĩnh Toại'; commune level. Lĩnh Toại is a commune only Thanh Hóa has in the 2025 "
        "gazetteer: province as seed 000 infers. Title: the text gives the plan no title of its own (the headline is a "
        "slogan): ungraded (key left out). The congress resolution is unnumbered: no graded parent. The other plans "
        "named ('các phòng, ban ... chương trình, kế hoạch cụ thể', the People's Committee's 'kế hoạch hành động') are "
        "others' and unnumbered. No outline: no task. Signer: the Party secretary quoted is not a signer: null."
    ),
)
L["b04_phutho_phongchau_dbp_nq_daihoi_2025_baophutho"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issued_on=None,
        issuer={"name_contains": "Đảng bộ phường Phong Châu", "level": "commune"},
        locality=loc("Phú Thọ", None, "Phong Châu"),
        title_contains="lần thứ I, nhiệm kỳ 2025-2030",
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "Phú Thọ's paper: headline 'Đại hội Đảng bộ phường Phong Châu lần thứ I, nhiệm kỳ 2025-2030', lead 'Ngày 23/7, Đảng "
        "bộ phường Phong Châu đã tổ chức Đại hội đại biểu Đảng bộ lần thứ I, nhiệm kỳ 2025-2030', the merger ('thành lập "
        "trên cơ sở sáp nhập 3 đơn vị gồm: Phường Phong Châu, xã Hà Thạch và xã Phú Hộ') and the past term's results. As "
        "blind35 b05 and b07 (a congress's news), the document is the congress's resolution: NQ, unnumbered, undated (23/7 "
        "has no year in the text; the posting date is not evidence). Issuer: every correct name holds 'Đảng bộ phường "
        "Phong Châu'; a new ward: commune level. Locality: the 2025 gazetteer's only 'phường Phong Châu' is Phú Thọ's; the "
        "text names no province ('Tỉnh ủy', 'tỉnh' only): province as seed 000 infers. The merged units are not the "
        "issuer. Title: the words the headline and the lead share. No numbered document: no parent. Signer: none: null."
    ),
)
L["b05_ninhbinh_hongquang_dbp_nq_daihoi_2025_tienphong"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issued_on=None,
        issuer={"name_contains": "Đảng bộ phường Hồng Quang", "level": "commune"},
        locality=loc("Ninh Bình", None, "Hồng Quang"),
        title_contains="lần thứ I, nhiệm kỳ 2025",
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "A national paper: headline 'Ninh Bình: Phó trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Trung ương dự Đại hội "
        "đại biểu đảng bộ phường Hồng Quang', lead 'Trong hai ngày 7 và 8/8, Đảng bộ phường Hồng Quang (tỉnh Ninh Bình) tổ "
        "chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025–2030' (an en dash), the merger of 'phường Nam Vân, xã Hồng Quang và "
        "xã Nghĩa An', the targets to 2030 and a provincial leader's speech. As b04: the congress's resolution, NQ, "
        "unnumbered, undated. Issuer: 'Đảng bộ phường Hồng Quang'; commune level; Ninh Bình named. Title: 'lần thứ I, "
        "nhiệm kỳ 2025' holds whatever dash a reading keeps. The central visitor is not the issuer. No parent. Signer: "
        "none: null."
    ),
)
L["b06_tuyenquang_dbt_nq_daihoi_2025_vietnamnet"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issued_on=None,
        issuer={"name_contains": "Đảng bộ tỉnh Tuyên Quang", "level": "province"},
        locality=loc("Tuyên Quang"),
        title_contains="lần thứ nhất, nhiệm kỳ 2025-2030",
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "A national paper: ' date 2025-09-24 Sau hơn 2 ngày làm việc, Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ "
        "nhất, nhiệm kỳ 2025-2030 chiều nay bế mạc', the guests, then 'Theo Nghị quyết được thông qua, Đảng bộ tỉnh Tuyên "
        "Quang xác định mục tiêu ...' (the merged province of Tuyên Quang and Hà Giang). The document is the congress's "
        "resolution: NQ, unnumbered; its day is 'chiều nay', which only the posting date dates: null. Issuer: every "
        "correct name holds 'Đảng bộ tỉnh Tuyên Quang'; province level. Title: the congress's name words. The General "
        "Secretary's flowers and the central guests are not issuers. No parent. Signer: none (a photo credit "
        "'Ảnh: Quang Cường/TTXVN' is no signer): null."
    ),
)
L["b07_thanhhoa_tinhgia_btvdup_hoctap_2025_daihoi_baothanhhoa"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issued_on=None,
        issuer={"name_contains": "Tĩnh Gia", "level": "commune"},
        locality=loc("Thanh Hóa", None, "Tĩnh Gia"),
        title_contains="Đảng bộ phường Tĩnh Gia lần thứ I",
        signer=None,
    ),
    implements=[],
    citations=[],
    task_labels=[],
    notes=(
        "Thanh Hóa's paper: ' date 2025-11-24 Phường Tĩnh Gia triển khai học tập, quán triệt Nghị quyết Đại hội Đảng bộ "
        "tỉnh lần thứ XX và Đảng bộ phường lần thứ I', lead 'Chiều 24/11, Ban Thường vụ Đảng ủy phường Tĩnh Gia tổ chức "
        "Hội nghị học tập, quán triệt, triển khai thực hiện nghị quyết Đại hội Đảng bộ tỉnh Thanh Hoá lần thứ XX, ..., "
        "nghị quyết Đại hội Đảng bộ phường Tĩnh Gia lần thứ I, nhiệm kỳ 2025 - 2030; trao Huy hiệu Đảng ...', then the "
        "content of each, the ward's targets in detail. No plan is named (unlike b02). A judgement: the page's document "
        "is the ward's own congress resolution, the one of the two its holder issued and whose targets it tells; the "
        "province's resolution is another body's. NQ, unnumbered, undated. Issuer: 'Đảng bộ phường Tĩnh Gia' (or its "
        "committee): every correct name holds 'Tĩnh Gia'; commune level; 'tỉnh Thanh Hoá' named. Title: the congress's "
        "words. The province's resolution is unnumbered: no graded parent. Signer: none: null."
    ),
)

write_labels(root, L)
