"""Labels of blind set 38, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["b01_quangninh_halong_haphong_bc228_2023_portal"] = dict(
    document=dict(
        number="228/BC-UBND",
        doc_type="BC",
        issued_on="2023-12-05",
        issuer={"name_contains": "phường Hà Phong", "level": "commune"},
        locality=loc("Quảng Ninh", "Hạ Long", "Hà Phong"),
        title_contains="Kết quả thực hiện cải cách hành chính",
        signer=None,
    ),
    implements=[imp("04/KH-UBND", "2023-01-09", "Thành phố")],
    implements_optional=["124/NQ-HĐND"],
    citations=["04/KH-UBND", "124/NQ-HĐND", "25/QĐ-UBND", "10/KH-UBND", "14/KH-UBND"],
    task_labels=[],
    notes=(
        "A ward portal of Hạ Long city posting its own report: the page headline (the report's subject), then 'Báo cáo số "
        "228/ BC-UBND ngày 05/12/2023 của UBND phường Hà Phong về Kết quả thực hiện cải cách hành chính và Kế hoạch số "
        "04/KH-UBND ngày 09/01/2023 của UBND Thành phố năm 2023;' (a space after the slash: canonical 228/BC-UBND), then "
        "the body from 'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', cut mid-word. Issuer the ward's People's Committee (commune "
        "level); Hà Phong is a ward only Hạ Long (Quảng Ninh) has, and the text names 'tỉnh Quảng Ninh'. The report is on "
        "carrying out the city's plan 04/KH-UBND ('UBND Thành phố', unnamed: the issuer check holds 'Thành phố'): "
        "required, as blind27 b11's ward report on the city's plan. 124/NQ-HĐND of the provincial council is what the "
        "ward's own plan 10/KH-UBND carries out and section 1 reports on: tolerated. The ward's own decision 25/QĐ-UBND "
        "and plans 10/KH-UBND, 14/KH-UBND are cited acts, not parents. A report's 'I. CÔNG TÁC CHỈ ĐẠO' holds no task. "
        "No signature (the excerpt stops before it): signer null."
    ),
)
L["b02_quangbinh_badon_ubndtx_kh657_2018_tvportal"] = dict(
    document=dict(
        number="657/KH-UBND",
        doc_type="KH",
        issued_on="2018-07-31",
        issuer={"name_contains": "thị xã Ba Đồn", "level": "district"},
        locality=loc("Quảng Bình", "Ba Đồn"),
        title_contains="chào mừng kỷ niệm 5 năm thành lập thị xã Ba Đồn",
        signer=None,
    ),
    implements=[imp("19-CT/ThU", "2018-06-27", "Thị ủy")],
    implements_optional=[],
    citations=["19-CT/ThU"],
    task_labels=["1", "1.1"],
    tasks=[{"label": "1", "text_starts": "Hoạt động tuyên truyền"}],
    notes=(
        "The town's TV portal, section 'văn bản mới / UBND thị xã': headline 'KẾ HOẠCH Tổ chức các hoạt động chào mừng kỷ "
        "niệm 5 năm thành lập thị xã Ba Đồn (20/12/2013 - 20/12/2018)', a posting time 'Thứ hai - 06/08/2018 16:14' (not "
        "the date), then 'Thực hiện Chỉ  thị số 19-CT/ThU ngày 27/6/2018 của Ban Thường vụ Thị ủy về ..., UBND thị xã xây "
        "dựng kế hoạch số 657/KH-UBND ngày 31/7/2018 về việc tổ chức các hoạt động ...'. The document is that plan: "
        "number and date from the lead; issuer the town's People's Committee, its town named by the headline and the "
        "lead's subject ('thị xã Ba Đồn', a town only Quảng Bình has): district level. The town Party standing "
        "committee's directive 19-CT/ThU (code 'ThU' of a thị ủy) is what the plan carries out: required. Purpose "
        "paragraphs hold no task; 'NỘI DUNG CÁC HOẠT ĐỘNG' sets the work: '1. Hoạt động tuyên truyền' and its first "
        "point '1.1. Thời gian: Từ tháng 8/2018 ...' (cut mid-word 'tập tru') are the tasks the excerpt holds; no body "
        "named, no deadline graded. No signer in the text."
    ),
)
L["b03_quangbinh_badon_ubndtx_tb48_2020_tvportal"] = dict(
    document=dict(
        number="48-TB/UBND",
        doc_type="TB",
        issued_on="2020-03-16",
        issuer={"name_contains": "thị xã Ba Đồn", "level": "district"},
        locality=loc("Quảng Bình", "Ba Đồn"),
        title_contains="tạm hoãn tổ chức tiếp công dân định kỳ phiên tuần thứ ba tháng 03 năm 2020",
        signer=None,
    ),
    implements=[imp("06/CT-TTg", "2020-01-31", "Thủ tướng")],
    implements_optional=[],
    citations=["06/CT-TTg"],
    task_labels=[],
    notes=(
        "Same portal, a news item: headline 'Thị xã Ba Đồn tạm hoãn tổ chức tiếp công dân ...', posting time, lead 'ngày "
        "16/3/2020, UBND thị xã Ba Đồn đã có thông báo số 48-TB/UBND về việc tạm hoãn tổ chức tiếp công dân định kỳ phiên "
        "tuần thứ ba tháng 03 năm 2020', the headline again, then the notice's words indented: 'Thực hiện Chỉ thị số "
        "06/CT-TTg ngày 31/01/2020 của Thủ tướng Chính phủ; trước tình hình dịch bệnh ...'. The document is the notice "
        "(TB, the number's own code; the lead's hyphen form 48-TB/UBND kept). Issuer the town's People's Committee "
        "(district level, Quảng Bình inferred from Ba Đồn). The Prime Minister's directive is what the notice says it "
        "carries out: required. 'Tác giả bài viết: Lệ Hằng' is the reporter, and the page ends in a visitor counter: "
        "no signer. No task (one decision in prose)."
    ),
)
L["b04_hanoi_longbien_quanuy_9kh_ctr_thanhuy_2021_news"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issuer={"name_contains": "Long Biên", "level": "district"},
        locality=loc("Hà Nội", "Long Biên"),
        title_contains="chương trình công tác toàn khóa của Thành ủy",
        signer=None,
    ),
    implements=[],
    implements_optional=["02-CTr/TU", "04-CTr/TU"],
    citations=["02-CTr/TU", "04-CTr/TU"],
    task_labels=[],
    notes=(
        "City newspaper's district column: a print date 'Hà Nội, ngày 07-12-2021', headline 'Long Biên đề ra chỉ tiêu bằng "
        "hoặc cao hơn chỉ tiêu trong các chương trình của Thành ủy', posting time '04/05/2021 07:06', lead '(HNM) - Ban "
        "Chấp hành Đảng bộ quận Long Biên vừa thông qua 9 kế hoạch thực hiện 10 chương trình công tác toàn khóa của Thành "
        "ủy Hà Nội khóa XVII.' The document is that set of plans (KH, unnumbered; undated: the posting and print dates "
        "are not its date, issued_on not graded). Issuer the urban district's Party committee ('Ban Chấp hành Đảng bộ "
        "quận Long Biên', later '9 kế hoạch của Quận ủy Long Biên'; every correct name holds 'Long Biên'): district "
        "level, Hà Nội / Long Biên. Title: what the lead says they carry out. One of the nine carries out the city "
        "committee's programmes 02-CTr/TU and 04-CTr/TU together, so those two are parents of one plan among nine: "
        "tolerated, not required. Targets are reported, not set: no task; no signer."
    ),
)
L["b05_hanoi_namtuliem_xuanphuong_ubndp_kh_cchc_2025_portal"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issuer={"name_contains": "phường Xuân Phương", "level": "commune"},
        locality=loc("Hà Nội", "Nam Từ Liêm", "Xuân Phương"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A ward portal item whose excerpt starts after its headline: 'Theo đó, Kế hoạch được UBND phường xây dựng, triển "
        "khai nhằm tiếp tục thực hiện Chương trình tổng thể CCHC nhà nước của Chính phủ ...; Chương trình CCHC thành phố Hà "
        "Nội ...; Kế hoạch Cải cách hành chính năm 2025 của phường Xuân Phương, với các mục tiêu chính như:' then the "
        "goals, the assignment 'UBND phường giao các phòng, ban đơn vị căn cứ Kế hoạch này triển khai thực hiện' and a "
        "byline 'Nguyễn Hà (PVH)'. The document is the ward People's Committee's plan (KH; no number, no date: issued_on "
        "not graded). Its ward is the one the text names, phường Xuân Phương of Hà Nội (the only ward of that name is in "
        "Nam Từ Liêm): commune level. The text never gives the plan's subject in a title line (only the URL does): title "
        "not graded. Its parents are all unnumbered: implements empty. Goals are not tasks; the byline is no signer."
    ),
)
L["b06_quangninh_halong_hoabinh_ubndx_kh_cds_2022_docsite"] = dict(
    document=dict(
        number=None,
        doc_type="KH",
        issued_on=None,
        issuer={"name_contains": "xã Hòa Bình", "level": "commune"},
        locality=loc("Quảng Ninh", "Hạ Long", "Hòa Bình"),
        title_contains="Chuyển đổi số toàn diện đến năm 2025",
        signer=None,
    ),
    implements=[
        imp("59/KH-UBND", "2022-03-01", "tỉnh Quảng"),
        imp("131-KH/TU", "2022-03-11", "Thành uỷ Hạ"),
        imp("121/KH-UBND", "2022-03-23", "thành phố Hạ"),
    ],
    implements_optional=["09-NQ/TU", "749/QĐ-TTg", "942/QĐ-TTg"],
    citations=["749/QĐ-TTg", "942/QĐ-TTg", "09-NQ/TU", "59/KH-UBND", "131-KH/TU", "121/KH-UBND"],
    task_labels=[],
    notes=(
        "A document-sharing site's preview ('Tải bản đầy đủ (.doc) (12 trang)', a generic page title '... tại cấp xã', "
        "'Bạn đang xem bản rút gọn ...') of a commune People's Committee's plan, with the site's broken 'Ò' ('XÃ HỊA "
        "BÌNH', 'CỘNG HỊA') and 'Ð' (U+00D0) in 'Ðộc lập': header 'UỶ BAN NHÂN DÂN' / 'XÃ HỊA BÌNH', 'Số:' / '/KH-UBND' "
        "(blank number: null), 'Hạ Long, ngày' / 'tháng 4 năm 2022' (blank day: null), 'KẾ HOẠCH' / 'Thực hiện Chuyển đổi "
        "số toàn diện đến năm 2025, định hướng đến năm 2030'. Issuer xã Hòa Bình (name read through the lost letter), a "
        "commune of Hạ Long city: commune level, Quảng Ninh / Hạ Long / Hòa Bình (the place line and the cited plans name "
        "Hạ Long, whose Hòa Bình is the only one in Quảng Ninh). A commune, not a ward, but a unit of a provincial city "
        "carrying out that city's plans, as the brief's topic asks. 'I. CĂN CỨ PHÁP LÝ' lists two Prime Minister's "
        "decisions approving the national programme and strategy, the provincial standing committee's resolution "
        "09-NQ/TU, and three plans: the province's 59/KH-UBND, the city Party standing committee's 131-KH/TU (its 'Hạ' / "
        "'Long' split by two blank lines) and the city People's Committee's 121/KH-UBND. The plans among the Căn cứ items "
        "are the parents (docs/realworld.md); the resolution and the two decisions are tolerated. The excerpt ends at 'II. "
        "MỤC ĐÍCH, YÊU CẦU': no task, no signer."
    ),
)
L["b07_nghean_vinh_nghihuong_hdndp_nq_sapxep_2025_portal"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issuer={"name_contains": "phường Nghi Hương", "level": "commune"},
        locality=loc("Nghệ An", "Vinh", "Nghi Hương"),
        title_contains="tán thành chủ trương sắp xếp các đơn vị hành chính cấp xã",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A town portal's item on a ward council session: 'Sáng 23/4, HĐND phường Nghi Hương khóa XX, nhiệm kỳ 2021-2026 đã "
        "tổ chức kỳ họp thứ 13.' (no headline in the excerpt), the voters' consent to the arrangement of Vinh city's "
        "communes, then 'các vị đại biểu HĐND phường Nghi Hương đã thảo luận và biểu quyết thông qua Nghị quyết về việc "
        "tán thành chủ trương sắp xếp các đơn vị hành chính cấp xã trên địa bàn thành phố Vinh, tỉnh Nghệ An năm 2025', "
        "and a second resolution on the 2024 budget settlement. The document is the first resolution (NQ, unnumbered; "
        "'23/4' gives no year of its own: issued_on not graded). Issuer the ward's People's Council: commune level, "
        "Nghệ An / Vinh / Nghi Hương (named). It carries out nothing numbered. The closing names are the reporters: no "
        "signer; no task."
    ),
)

if __name__ == "__main__":
    write_labels(root, L)
