# ruff: noqa: E501  (a catalogue of whole short documents reads better unwrapped)
"""TITLE forms (the trích yếu), each a short whole document in one form of the title seen in real text.

The forms: the title on the lines under the type word ('KẾ HOẠCH' / 'Triển khai thực hiện ...'), wrapped over two
to four lines, in capitals, in bold '**'; an official letter's 'V/v ...' / 'Về việc ...' under its number; a
decision's 'Về việc ban hành Quy chế ...' / 'Ban hành Kế hoạch ...'; a legal library's page with its 'Trích yếu:' /
'Tiêu đề:' metadata; a news page whose headline paraphrases and whose lead quotes the document; a title run on
into its opening 'Thực hiện ...' or 'Căn cứ ...' with no blank line; a headline over a letter's 'Kính gửi:'; a
header flattened onto one line. Each row says which real labelled file, or which kind of page, it copies.

Rules applied to the expected values (the gold format's `document.title_contains`, graded 'inside title' after
folding case): the expected words are the document's own trích yếu, never the page's paraphrase when the text
quotes the document; `excludes` is text that must not be in the title (the next line's preamble, a site's name).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TRow:
    id: str
    text: str
    title: str  # must be inside the record's title (case folded)
    excludes: str | None = None  # must not be inside it


_PARTY_HEAD = "ĐẢNG BỘ TỈNH {prov}\nHUYỆN ỦY {dist}\n*\nSố {num}\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n{dist_tc}, ngày 12 tháng 3 năm 2024\n\n"
_STATE_HEAD = "ỦY BAN NHÂN DÂN\nTỈNH {prov}\n-------\nSố: {num}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\n{prov_tc}, ngày 05 tháng 4 năm 2023\n\n"
_OPEN = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n"
_BODY = "\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của cán bộ, đảng viên và nhân dân.\nII. NHIỆM VỤ, GIẢI PHÁP\n1. Tăng cường công tác tuyên truyền.\n"


def _party(title: str, *, num: str = "45-KH/HU", heading: str = "KẾ HOẠCH", after: str = "\n") -> str:
    """A district Party committee's plan (tests/realworld's Party plans: header cells, 'KẾ HOẠCH', title lines)."""
    head = _PARTY_HEAD.format(prov="THANH HÓA", dist="ĐÔNG SƠN", dist_tc="Đông Sơn", num=num)
    return (f"{head}{heading}\n{title}{after}\n"
            "Thực hiện Kế hoạch số 120-KH/TU ngày 20/02/2024 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau:\n"
            f"{_BODY}")


def _state(title: str, *, num: str = "1234/KH-UBND", heading: str = "KẾ HOẠCH", preamble: str = _OPEN) -> str:
    """A province's People's Committee document (header table, type heading, title, grounds)."""
    head = _STATE_HEAD.format(prov="QUẢNG NGÃI", prov_tc="Quảng Ngãi", num=num)
    return f"{head}{heading}\n{title}\n\n{preamble}{_BODY}"


def _decision(title: str, *, num: str = "55/QĐ-UBND") -> str:
    """A decision issuing a regulation or a plan (tests/realworld_blind25's decisions): title, authority line,
    grounds, 'QUYẾT ĐỊNH:' and its articles."""
    head = _STATE_HEAD.format(prov="QUẢNG NGÃI", prov_tc="Quảng Ngãi", num=num)
    return (f"{head}QUYẾT ĐỊNH\n{title}\n\nỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n\n{_OPEN}"
            "Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn,\n\nQUYẾT ĐỊNH:\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này văn bản nêu trên.\n"
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n")


def _letter(subject: str, *, num: str = "1520/UBND-NN") -> str:
    """An official letter: the subject 'V/v ...' under its number in the header's left cell (blind10's letters)."""
    return ("ỦY BAN NHÂN DÂN\nHUYỆN HƯƠNG SƠN\n-------\n"
            f"Số: {num}\n{subject}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\n"
            "Hương Sơn, ngày 10 tháng 9 năm 2022\n\nKính gửi:\n- Các phòng, ban, ngành cấp huyện;\n- UBND các xã, thị trấn.\n\n"
            "Thực hiện Công điện số 05/CĐ-UBND ngày 08/9/2022 của UBND tỉnh, UBND huyện yêu cầu các cơ quan, đơn vị thực hiện tốt các nội dung sau:\n"
            "1. Rà soát phương án ứng phó.\n2. Báo cáo kết quả về UBND huyện trước ngày 20/9/2022.\n")


def _library(label: str, value: str, *, headline: str) -> str:
    """A legal library's page: its headline (a site's short form), tab menu, then the metadata fields
    (tests/realworld/s04's LuatVietnam page; the 'Trích yếu:' of portals' document pages)."""
    return (f"{headline}\n\n  • Thuộc tính\n  • Nội dung\n  • VB gốc\n  • Tải về\n\n"
            f"Số hiệu: 1234/KH-UBND\nLoại văn bản: Kế hoạch\nCơ quan ban hành: Ủy ban nhân dân tỉnh Quảng Ngãi\n"
            f"Ngày ban hành: 05/04/2023\nNgười ký: Trần Hoàng Tuấn\n{label} {value}\n\n"
            "Tình trạng hiệu lực: Đã biết\n")


def _news(headline: str, lead: str) -> str:
    """A portal's news item: a headline, a posting stamp, the lead that names the document (tests/realworld/k12,
    tests/realworld_blind/n37's pages)."""
    return (f"{headline}\nĐăng ngày 21-10-2020 08:46\n\n{lead}\n\n"
            "Theo đó, các sở, ban, ngành, UBND các huyện, thành phố khẩn trương triển khai thực hiện các nội dung của kế hoạch.\n")


def _portal_item(headline: str) -> str:
    """A commune portal's item (tests/realworld_blind28/c08, tests/realworld_blind16/b03): search chrome, the
    headline naming the type, the portal's labelled stamp under it or on its line, then the preamble and a body
    hard-wrapped as the page stores it (so lines are rejoined into paragraphs, the stamp's line with the headline's)."""
    return (f"Tìm kiếm tin tức\n{headline}\n\nCăn cứ Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 ngày 18/11/2016. "
            "UBND xã xây dựng kế hoạch thực hiện năm 2022 trên địa bàn, như sau:\n\nI. Mục đích, yêu cầu\n\n"
            "- Nhằm triển khai thực hiện đầy đủ các quy định của pháp luật về tín\nngưỡng, tôn giáo; đồng thời thực hiện "
            "tốt trách nhiệm phối hợp của các cơ quan,\nđơn vị trong công tác quản lý nhà nước về tín ngưỡng, tôn giáo.\n\n"
            "- Nâng cao vai trò lãnh đạo, chỉ đạo của các cấp ủy, chính quyền; tạo sự\nđồng thuận, thống nhất cao trong "
            "công tác tham mưu, đề xuất thực hiện tốt công\ntác quản lý nhà nước về tín ngưỡng, tôn giáo.\n")  # hard-wrapped


def title_rows() -> list[TRow]:
    return [
        # --- the title on the lines under the type word ---
        TRow("under_type-party_trien_khai", _party("Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
             "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo", "Ban Thường vụ Huyện ủy xây dựng"),
        TRow("under_type-party_ve", _party("về tổ chức Đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027"),
             "tổ chức Đại hội chi bộ trực thuộc nhiệm kỳ 2025 - 2027"),
        TRow("under_type-party_thuc_hien", _party("thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", num="52-KH/HU"),
             "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV"),
        TRow("under_type-state_plan", _state("Tổ chức Tháng hành động vì an toàn thực phẩm năm 2023"),
             "Tháng hành động vì an toàn thực phẩm năm 2023", "Căn cứ"),
        TRow("under_type-state_cong_tac", _state("Công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2023"),
             "phòng, chống thiên tai và tìm kiếm cứu nạn năm 2023"),
        TRow("under_type-programme", _party("thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIV về phát triển nông nghiệp hàng hóa giai đoạn 2021 - 2025", num="08-CTr/HU", heading="CHƯƠNG TRÌNH"),
             "phát triển nông nghiệp hàng hóa giai đoạn 2021 - 2025"),
        TRow("under_type-directive", _party("về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, tiêu cực", num="12-CT/HU", heading="CHỈ THỊ"),
             "tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống tham nhũng, tiêu cực"),
        TRow("under_type-guidance", _state("Thực hiện nhiệm vụ giáo dục tiểu học năm học 2023 - 2024", num="145/HD-UBND", heading="HƯỚNG DẪN"),
             "nhiệm vụ giáo dục tiểu học năm học 2023 - 2024"),
        TRow("under_type-report", _party("Sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", num="215-BC/HU", heading="BÁO CÁO"),
             "Sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW"),
        TRow("under_type-notice", _party("Kết luận của Ban Thường vụ Huyện ủy về công tác cán bộ", num="310-TB/HU", heading="THÔNG BÁO"),
             "Kết luận của Ban Thường vụ Huyện ủy về công tác cán bộ"),
        # --- wrapped over two to four lines ---
        TRow("wrapped-two_lines", _party("Triển khai thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành\nTrung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị"),
             "Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng"),
        TRow("wrapped-three_lines", _party("thực hiện Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Hội nghị lần\nthứ sáu Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đẩy mạnh\ncông nghiệp hóa, hiện đại hóa đất nước đến năm 2030"),
             "công nghiệp hóa, hiện đại hóa đất nước đến năm 2030"),
        TRow("wrapped-four_lines", _state("Triển khai thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021\ncủa Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển\nkinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi\ngiai đoạn 2021 - 2030 trên địa bàn tỉnh"),
             "giai đoạn 2021 - 2030 trên địa bàn tỉnh", "Căn cứ"),
        TRow("wrapped-state_two", _state("Thực hiện Đề án tuyên truyền, phổ biến pháp luật về phòng, chống\nbạo lực gia đình trên địa bàn tỉnh năm 2023"),
             "bạo lực gia đình trên địa bàn tỉnh năm 2023"),
        # --- in capitals ---
        TRow("caps-one_line", _state("TRIỂN KHAI CHIẾN DỊCH TIÊM CHỦNG VẮC XIN PHÒNG COVID-19"),
             "TIÊM CHỦNG VẮC XIN PHÒNG COVID-19"),
        TRow("caps-wrapped", _party("THỰC HIỆN NGHỊ QUYẾT SỐ 43-NQ/TW NGÀY 24/11/2023 CỦA BAN CHẤP HÀNH\nTRUNG ƯƠNG ĐẢNG KHÓA XIII VỀ TIẾP TỤC PHÁT HUY TRUYỀN THỐNG, SỨC MẠNH\nĐẠI ĐOÀN KẾT TOÀN DÂN TỘC"),
             "SỨC MẠNH ĐẠI ĐOÀN KẾT TOÀN DÂN TỘC"),
        TRow("caps-ve", _party("VỀ CÔNG TÁC BẢO VỆ CHÍNH TRỊ NỘI BỘ NĂM 2024", num="18-KH/HU"),
             "công tác bảo vệ chính trị nội bộ năm 2024"),
        TRow("caps-decision", _decision("VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH BỆNH TỈNH"),
             "QUY CHẾ LÀM VIỆC CỦA BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH BỆNH TỈNH"),
        # --- in bold ---
        TRow("bold-title", _state("**Tổ chức các hoạt động kỷ niệm 70 năm Chiến thắng Điện Biên Phủ**"),
             "kỷ niệm 70 năm Chiến thắng Điện Biên Phủ"),
        TRow("bold-heading_and_title", _state("**Về công tác cải cách hành chính năm 2023**", heading="**KẾ HOẠCH**"),
             "công tác cải cách hành chính năm 2023"),
        TRow("bold-wrapped", _party("**Triển khai thực hiện Chỉ thị số 23-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng**\n**đối với công tác phát triển nguồn nhân lực**"),
             "tăng cường sự lãnh đạo của Đảng"),
        # --- an official letter's subject ---
        TRow("letter-vv", _letter("V/v chủ động ứng phó với bão số 4"), "chủ động ứng phó với bão số 4", "Kính gửi"),
        TRow("letter-vv_caps", _letter("V/V tăng cường công tác phòng, chống dịch bệnh sốt xuất huyết"), "phòng, chống dịch bệnh sốt xuất huyết"),
        TRow("letter-ve_viec", _letter("Về việc triển khai Tháng hành động vì trẻ em năm 2022"), "Tháng hành động vì trẻ em năm 2022"),
        TRow("letter-vv_wrapped", _letter("V/v đẩy nhanh tiến độ giải ngân vốn đầu tư\ncông năm 2022"), "đẩy nhanh tiến độ giải ngân vốn đầu tư"),
        TRow("letter-vv_colon", _letter("V/v: rà soát, thống kê hộ nghèo, hộ cận nghèo năm 2022"), "thống kê hộ nghèo, hộ cận nghèo năm 2022"),
        # --- a decision's title ---
        TRow("decision-ban_hanh_quy_che", _decision("Về việc ban hành Quy chế quản lý cảng cá, khu neo đậu tránh trú bão cho tàu cá trên địa bàn tỉnh Quảng Ngãi"),
             "Quy chế quản lý cảng cá", "ỦY BAN NHÂN DÂN TỈNH"),
        TRow("decision-ban_hanh_ke_hoach", _decision("Ban hành Kế hoạch thực hiện Nghị quyết số 02/NQ-CP ngày 01/01/2019 của Chính phủ về tiếp tục thực hiện những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh"),
             "Nghị quyết số 02/NQ-CP"),
        TRow("decision-thanh_lap", _decision("Về việc thành lập Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi"),
             "thành lập Ban Chỉ đạo chuyển đổi số"),
        TRow("decision-phe_duyet_wrapped", _decision("Phê duyệt Đề án phát triển du lịch cộng đồng tỉnh Quảng Ngãi\ngiai đoạn 2023 - 2025, định hướng đến năm 2030"),
             "định hướng đến năm 2030"),
        TRow("decision-ban_hanh_quy_dinh", _decision("Ban hành Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh", num="367-QĐ/TWĐTN-VP"),
             "Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh"),
        # --- a legal library's metadata ---
        TRow("library-trich_yeu", _library("Trích yếu:", "Về việc ban hành Quy chế phối hợp quản lý nhà nước về khoáng sản trên địa bàn tỉnh", headline="Kế hoạch 1234/KH-UBND Quảng Ngãi 2023"),
             "Quy chế phối hợp quản lý nhà nước về khoáng sản"),
        TRow("library-tieu_de", _library("Tiêu đề:", "Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023", headline="Kế hoạch 1234/KH-UBND"),
             "Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023"),
        TRow("library-glued_place", "Quyết định 55/2016/QĐ-UBND Quảng Ngãi Quản lý cảng cá, khu neo đậu tránh trú bão cho tàu cá\n\n  • Thuộc tính\n  • Nội dung\n\nthuộc tính Quyết định 55/2016/QĐ-UBND\n\nQuyết định 55/2016/QĐ-UBND của Ủy ban nhân dân tỉnh Quảng Ngãi về việc ban hành Quy chế Quản lý cảng cá, khu neo đậu tránh trú bão cho tàu cá trên địa bàn tỉnh Quảng Ngãi\nCơ quan ban hành: Ủy ban nhân dân tỉnh Quảng Ngãi\nSố hiệu:55/2016/QĐ-UBND\nLoại văn bản:Quyết định\nNgày ban hành:19/10/2016\n",
             "Quy chế Quản lý cảng cá"),
        # --- a news page: the headline paraphrases, the lead quotes the document ---
        TRow("news-lead_quotes", _news("Quảng Ngãi đẩy mạnh chuyển đổi số", "Ngày 05/4/2023, UBND tỉnh Quảng Ngãi ban hành Kế hoạch số 1234/KH-UBND về triển khai Chương trình chuyển đổi số tỉnh năm 2023."),
             "triển khai Chương trình chuyển đổi số tỉnh năm 2023"),
        TRow("news-lead_ve_viec", _news("Tăng cường phòng chống dịch tả lợn", "UBND tỉnh vừa ban hành Công điện số 02/CĐ-UBND ngày 13/3/2019 về việc thực hiện các biện pháp cấp bách nhằm khống chế dịch bệnh tả lợn châu Phi."),
             "khống chế dịch bệnh tả lợn châu Phi"),
        TRow("news-party_lead", _news("Huyện ủy Đông Sơn quán triệt Nghị quyết về chuyển đổi số", "Ngày 12/3/2024, Ban Thường vụ Huyện ủy Đông Sơn ban hành Kế hoạch số 45-KH/HU về thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ."),
             "đột phá phát triển khoa học, công nghệ"),
        # --- a title run on into its opening ---
        TRow("run_on-thuc_hien", _party("về tổ chức các hoạt động kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam", after=""),
             "kỷ niệm 95 năm Ngày thành lập Đảng", "Kế hoạch số 120-KH/TU"),
        TRow("run_on-can_cu", _state("Triển khai công tác dân số và phát triển năm 2023").replace("\n\nCăn cứ", "\nCăn cứ"),
             "công tác dân số và phát triển năm 2023", "Luật Tổ chức"),
        TRow("run_on-can_cu_wrapped", _state("Thực hiện Chiến lược quốc gia phòng, chống tham nhũng, tiêu cực\nđến năm 2030 trên địa bàn tỉnh").replace("\n\nCăn cứ", "\nCăn cứ"),
             "đến năm 2030 trên địa bàn tỉnh", "Luật Tổ chức"),
        # --- a headline over a letter's addressee ---
        TRow("headline-over_kinh_gui", "Hướng dẫn dạy học môn Lịch sử học kỳ II năm học 2013-2014\nKính gửi: Các trường THCS trên địa bàn Thành phố\nThực hiện công văn số 3227/SGDĐT-GDTrH ngày 18/10/2012 của Sở GD&ĐT, Phòng GD&ĐT Thành phố hướng dẫn dạy môn Lịch sử từ kì II năm học 2013-2014, cụ thể như sau:\nI. YÊU CẦU CHUNG\n1. Thực hiện theo chỉ đạo của Sở.\n",
             "dạy học môn Lịch sử học kỳ II"),
        TRow("headline-plan_over_kinh_gui", "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2022-2023\nKính gửi: Hiệu trưởng các trường Tiểu học, THCS\nThực hiện Kế hoạch số 85/KH-SGDĐT ngày 10/10/2022 của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo xây dựng kế hoạch như sau:\n1. Thời gian: tháng 12/2022.\n",
             "Hội khỏe Phù Đổng cấp huyện năm học 2022-2023"),
        # --- a header flattened onto one line ---
        TRow("flat-one_line_ve_viec", "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh--------- BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; QUYẾT ĐỊNH Điều 1. Ban hành kèm theo quyết định này Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh. Điều 2. Quyết định này có hiệu lực từ ngày ký.\n",
             "Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh"),
        TRow("flat-one_line_caps_heading", "Nội dung\n\nTỈNH ỦY THỪA THIÊN HUẾ * Số 03-NQ/TU ĐẢNG CỘNG SẢN VIỆT NAM Thành phố Huế, ngày 08 tháng 11 năm 2016 NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHOÁ XV về phát triển du lịch, dịch vụ Thừa Thiên Huế giai đoạn 2016 - 2020 và tầm nhìn đến năm 2030 --Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ năm (khoá XV) họp ngày 27/10/2016 đã thảo luận và quyết nghị: A. TÌNH HÌNH VÀ NGUYÊN NHÂN Giai đoạn 2010 - 2015 tăng trưởng khá.\n",
             "phát triển du lịch, dịch vụ Thừa Thiên Huế giai đoạn 2016 - 2020"),
        TRow("library-glued_place_notices", "Quyết định 55/2016/QĐ-UBND Quảng Ngãi Quản lý cảng cá, khu neo đậu tránh trú bão cho tàu cá\n\n  • Thuộc tính\n  • Nội dung\n  • VB gốc\n  • Tiếng Anh\n  • Hiệu lực\n  • VB liên quan\n  • Lược đồ\n\n    - Tổng hợp lại tất cả các quy định pháp luật còn hiệu lực áp dụng từ văn bản gốc.\n\n    - Khách hàng chỉ cần xem Nội dung MIX, có thể nắm bắt toàn bộ quy định pháp luật hiện hành.\n\n  • Tải về\nMục lục\nTìm từ trong trang\nLưu\nTheo dõi văn bản\n\nĐây là tiện ích dành cho thành viên đăng ký phần mềm.\n\nBáo lỗi\nGhi chú\n\nthuộc tính Quyết định 55/2016/QĐ-UBND\n\nQuyết định 55/2016/QĐ-UBND của Ủy ban nhân dân tỉnh Quảng Ngãi về việc ban hành Quy chế Quản lý cảng cá, khu neo đậu tránh trú bão cho tàu cá trên địa bàn tỉnh Quảng Ngãi\nCơ quan ban hành: Ủy ban nhân dân tỉnh Quảng Ngãi\nSố hiệu:55/2016/QĐ-UBND\nLoại văn bản:Quyết định\nNgày ban hành:19/10/2016\n",
             "Quy chế Quản lý cảng cá"),
        TRow("library-trich_yeu_below", _library("Trích yếu:", "\nVề việc phê duyệt danh mục dự án kêu gọi đầu tư năm 2023", headline="Quyết định 1234/QĐ-UBND"),
             "danh mục dự án kêu gọi đầu tư năm 2023"),
        # --- more forms under the type word ---
        TRow("under_type-submission", _state("Về việc đề nghị phê duyệt chủ trương đầu tư dự án đường giao thông liên xã", num="85/TTr-UBND", heading="TỜ TRÌNH"),
             "phê duyệt chủ trương đầu tư dự án đường giao thông liên xã"),
        TRow("under_type-report_caps", _party("KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2023, PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024", num="230-BC/HU", heading="BÁO CÁO"),
             "KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2023"),
        TRow("under_type-regulation", _party("làm việc của Ban Chấp hành Đảng bộ huyện khóa XXV, nhiệm kỳ 2025 - 2030", num="01-QC/HU", heading="QUY CHẾ"),
             "làm việc của Ban Chấp hành Đảng bộ huyện khóa XXV"),
        TRow("under_type-quoted", _state("Tổ chức Cuộc thi trực tuyến “Tìm hiểu pháp luật về phòng, chống ma túy” năm 2023"),
             "“Tìm hiểu pháp luật về phòng, chống ma túy” năm 2023"),
        TRow("under_type-rule_under", _state("Phát triển thương mại điện tử tỉnh Quảng Ngãi năm 2023\n-----------"),
             "Phát triển thương mại điện tử tỉnh Quảng Ngãi năm 2023", "---"),
        TRow("under_type-annex_line", _state("Thực hiện Chương trình hành động của Ủy ban nhân dân tỉnh về cải cách hành chính\n(Ban hành kèm theo Quyết định số 56/QĐ-UBND ngày 05/4/2023 của UBND tỉnh)"),
             "cải cách hành chính", "Ban hành kèm theo"),
        TRow("under_type-resolution_caps", _party("VỀ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024", num="15-NQ/HU", heading="NGHỊ QUYẾT"),
             "PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024"),
        TRow("caps-heading_rest", _party("", num="20-KH/HU", heading="KẾ HOẠCH TỔ CHỨC HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT TRUNG ƯƠNG 10 KHÓA XIII"),
             "HỘI NGHỊ HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT TRUNG ƯƠNG 10"),
        # --- news pages: the lead quotes the document ---
        TRow("news-lead_theo_do", _news("Triển khai chương trình OCOP năm 2023", "Ngày 10/3/2023, UBND huyện Hương Sơn ban hành Kế hoạch số 125/KH-UBND về thực hiện Chương trình mỗi xã một sản phẩm năm 2023; theo đó, huyện phấn đấu có thêm 10 sản phẩm đạt 3 sao."),
             "Chương trình mỗi xã một sản phẩm năm 2023", "phấn đấu"),
        TRow("news-headline_code_lead", _news("CÔNG ĐIỆN KHẨN: Thực hiện các biện pháp cấp bách khống chế dịch tả lợn châu Phi", "UBND tỉnh vừa ban hành Công điện số 02/CĐ-UBND ngày 13/3/2019, về việc thực hiện các biện pháp cấp bách nhằm khống chế dịch bệnh tả lợn châu Phi. Nội dung Công điện nêu rõ: tính đến nay đã có 16 tỉnh phát hiện bệnh."),
             "khống chế dịch bệnh tả lợn châu Phi"),
        TRow("news-headline_is_title", _news("Kế hoạch tổ chức Lễ hội Văn hóa - Du lịch năm 2023", "Thực hiện chỉ đạo của UBND tỉnh, UBND huyện Hương Sơn ban hành kế hoạch tổ chức Lễ hội Văn hóa - Du lịch năm 2023 với các nội dung chính như sau."),
             "Lễ hội Văn hóa - Du lịch năm 2023"),
        TRow("news-bare_number", "Ban Bí thư yêu cầu di dời trụ sở cơ quan hành chính ra khỏi nội đô\n\nBan Bí thư yêu cầu thực hiện nghiêm lộ trình di dời trụ sở cơ quan hành chính nhà nước ra ngoài khu vực trung tâm. Chỉ thị số 23 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quy hoạch đô thị nêu rõ các yêu cầu.\n",
             "tăng cường sự lãnh đạo của Đảng đối với công tác quy hoạch"),
        TRow("news-parent_headline", "Thực hiện Công điện số 11/CĐ-PCTT ngày 21/10/2020 của BCH PCTT và TKCN thành phố Đà Nẵng\nĐăng ngày 21-10-2020 08:46\n\nThực hiện Công điện số 11/CĐ-PCTT ngày 21/10/2020 của BCH PCTT và TKCN thành phố Đà Nẵng về việc ứng phó với bão trên Biển Đông (cơn bão số 8). Căn cứ nội dung Công điện của UBND thành phố Đà Nẵng, UBND phường Hải Châu I thông báo một số nội dung cụ thể như sau:\n\n1. Ban Chỉ huy Quân sự phường triển khai phương án phòng, chống lụt bão.\n",
             "ứng phó với bão"),
        # the same notice's forms on commune and district portals (Đức Hợp, Quảng Trạch): the parent's subject
        TRow("news-parent_notice_line", "Văn hóa - Xã hội\n\nThực hiện Thông báo số 444/TB-UBND ngày 22/12/2021 của UBND tỉnh Hưng Yên và Thông báo số 1481/TB-UBND ngày 23/12/2021 của UBND huyện Kim Động về việc tạm dừng hoạt động tiếp công dân để phòng chống dịch Covid-19\n\nỦy ban nhân dân xã Đức Hợp thông báo như sau:\n\n1. Tạm dừng hoạt động tiếp công dân tại Trụ sở UBND xã.\n",
             "tạm dừng hoạt động tiếp công dân"),
        TRow("news-parent_notice_same_sentence", "Đăng ngày 08-06-2021\n\nThực hiện Thông báo số 935/TB-UBND ngày 07/6/2021 của UBND tỉnh về việc hoãn tổ chức phiên tiếp công dân định kỳ tháng 6 của Lãnh đạo tỉnh, UBND huyện thông báo như sau:\n\n1. Hoãn phiên tiếp công dân định kỳ tháng 6 năm 2021.\n",
             "hoãn tổ chức phiên tiếp công dân định kỳ tháng 6"),
        # --- a decision whose title was lost: what its first article issues ---
        TRow("decision-article_issues", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 881/QĐ-UBND | Đà Nẵng, ngày 25 tháng 02 năm 2019 |\nỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nXét đề nghị của Giám đốc Sở Kế hoạch và Đầu tư,\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số 02/NQ-CP ngày 01/01/2019 của Chính phủ về cải thiện môi trường kinh doanh năm 2019 trên địa bàn thành phố Đà Nẵng.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
             "Kế hoạch thực hiện Nghị quyết số 02/NQ-CP"),
        # --- a letter's subject wrapped in its narrow cell ---
        TRow("letter-ve_viec_wrapped", _letter("Về việc tăng cường công tác quản lý,\nbảo vệ rừng mùa khô năm 2022"), "bảo vệ rừng mùa khô năm 2022"),
        # --- more layouts of the same forms ---
        TRow("under_type-of_board_line", _party("CỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề tăng cường công tác kiểm tra, giám sát năm 2024", num="60-KH/HU"),
             "tăng cường công tác kiểm tra, giám sát năm 2024", "BAN THƯỜNG VỤ"),
        TRow("under_type-rule_then_section", _state("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023\n-----\nI. MỤC ĐÍCH", heading="KẾ HOẠCH"),
             "Ngày hội Đại đoàn kết toàn dân tộc năm 2023", "MỤC ĐÍCH"),
        TRow("under_type-scheme", _state("Phát triển nguồn nhân lực chất lượng cao tỉnh Quảng Ngãi giai đoạn 2023 - 2030", num="05/ĐA-UBND", heading="ĐỀ ÁN"),
             "nguồn nhân lực chất lượng cao tỉnh Quảng Ngãi"),
        TRow("under_type-action_programme", _party("thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII về tiếp tục đổi mới, sắp xếp tổ chức bộ máy", num="10-CTr/HU", heading="CHƯƠNG TRÌNH HÀNH ĐỘNG"),
             "tiếp tục đổi mới, sắp xếp tổ chức bộ máy"),
        TRow("under_type-party_guidance", _party("một số nội dung về công tác nhân sự đại hội chi bộ nhiệm kỳ 2025 - 2027", num="05-HD/HU", heading="HƯỚNG DẪN"),
             "công tác nhân sự đại hội chi bộ nhiệm kỳ 2025 - 2027"),
        TRow("under_type-notice_conclusion", _party("ý kiến kết luận của Thường trực Huyện ủy tại buổi làm việc với Đảng ủy xã Đông Quang", num="320-TB/HU", heading="THÔNG BÁO KẾT LUẬN"),
             "buổi làm việc với Đảng ủy xã Đông Quang"),
        TRow("caps-decision_heading_line", _decision("").replace("QUYẾT ĐỊNH\n\n", "QUYẾT ĐỊNH Về việc ban hành Quy chế tổ chức và hoạt động của Tổ công nghệ số cộng đồng\n\n"),
             "Quy chế tổ chức và hoạt động của Tổ công nghệ số cộng đồng"),
        TRow("bold-letter_subject", _letter("**V/v triển khai Tháng hành động phòng, chống ma túy năm 2022**"), "Tháng hành động phòng, chống ma túy năm 2022"),
        TRow("letter-quoted_wrapped", _letter("“V/v Triển\nkhai đồng loạt các giải pháp\nbảo đảm trật tự an toàn giao thông”"), "bảo đảm trật tự an toàn giao thông"),
        TRow("library-trich_yeu_ve_viec", _library("Trích yếu:", "Về việc triển khai thực hiện Nghị quyết số 20/NQ-HĐND ngày 23/9/2021 của HĐND tỉnh", headline="Công văn 1520/UBND-NN"),
             "Nghị quyết số 20/NQ-HĐND ngày 23/9/2021"),
        TRow("news-vinhlong_lead", _news("Thông báo treo cờ Tổ quốc cổ động cuộc bầu cử Trưởng, Phó Trưởng ấp, khu, khóm", "(Vinhlong.gov.vn) - Chủ tịch Ủy ban nhân dân tỉnh vừa có Thông báo treo cờ Tổ quốc tuyên truyền cổ động cuộc bầu cử Trưởng, Phó Trưởng ấp, khu, khóm; thành viên Ban Thanh tra nhân dân xã, phường, thị trấn nhiệm kỳ 2017-2019."),
             "cuộc bầu cử Trưởng, Phó Trưởng ấp"),
        TRow("headline-short_over_made", "Chào cờ và sinh hoạt dưới cờ\n\nCăn cứ kế hoạch số 34-KH/TU ngày 30/12/2016 của Tỉnh ủy Thái Nguyên về Kế hoạch tổ chức chào cờ và sinh hoạt chính trị dưới cờ; Thực hiện sự chỉ đạo của Đảng ủy Đại học Thái Nguyên; Đảng ủy trường Đại học Khoa học đã chỉ đạo xây dựng Kế hoạch tổ chức chào cờ và sinh hoạt chính trị dưới cờ vào sáng thứ hai tuần đầu tiên của tháng.\n",
             "tổ chức chào cờ và sinh hoạt chính trị dưới cờ"),
        # --- a decision's capitals title over its authority line; a first article that approves ---
        TRow("caps-decision_over_authority", _decision("VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN HỖ TRỢ HOẠT ĐỘNG BÌNH ĐẲNG GIỚI\nVÙNG DÂN TỘC THIỂU SỐ GIAI ĐOẠN 2018 - 2025").replace("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n"),
             "VÙNG DÂN TỘC THIỂU SỐ GIAI ĐOẠN 2018 - 2025", "CHỦ TỊCH"),
        TRow("caps-council_resolution_over_session", "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG TRỊ\n-------\nSố: 19/2017/NQ-HĐND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\nQuảng Trị, ngày 08 tháng 12 năm 2017\n\nNGHỊ QUYẾT\n\nVỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2018\n\nHỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ\nKHÓA VII, KỲ HỌP THỨ 6\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Thông qua kế hoạch phát triển kinh tế - xã hội năm 2018.\n",
             "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2018", "KỲ HỌP"),
        # sweepG: a library copy that lost the type line over the trích yếu keeps the enacting 'QUYẾT ĐỊNH' (no colon)
        # over 'Điều 1.' (a Quảng Bình provincial decision of 2005 on a legal library): the verb, not the heading
        TRow("decision-lost_type_line_ve_viec", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 47/2005/QĐ-UBND | Đồng Hới, ngày 08 tháng 9 năm 2005 |\nVỀ VIỆC BAN HÀNH QUY ĐỊNH VỀ BẦU, MIỄN NHIỆM, BÃI NHIỆM TRƯỞNG THÔN, BẢN, TIỂU KHU\nỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;\nXét đề nghị của Giám đốc Sở Nội vụ,\nQUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này bản Quy định về bầu, miễn nhiệm, bãi nhiệm Trưởng thôn.\nĐiều 2. Quyết định này có hiệu lực thi hành sau 10 ngày, kể từ ngày ký.\n",
             "BAN HÀNH QUY ĐỊNH VỀ BẦU, MIỄN NHIỆM, BÃI NHIỆM TRƯỞNG THÔN", "Điều 1"),
        TRow("decision-lost_type_line_district_lower", "ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\n-------\nSố: 1520/QĐ-UBND\nVề việc thành lập Ban Chỉ đạo chuyển đổi số huyện Châu Thành\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nChâu Thành, ngày 10 tháng 9 năm 2022\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nTheo đề nghị của Trưởng phòng Nội vụ huyện,\n\nQUYẾT ĐỊNH\n\nĐiều 1. Thành lập Ban Chỉ đạo chuyển đổi số huyện Châu Thành.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
             "thành lập Ban Chỉ đạo chuyển đổi số huyện Châu Thành", "Điều 1"),
        TRow("decision-lost_type_line_caps_approves", "ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\n-------\nSố: 912/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nTiền Giang, ngày 10 tháng 5 năm 2023\n\nPHÊ DUYỆT KẾ HOẠCH PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TỈNH TIỀN GIANG NĂM 2023\n\nỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nXét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch,\nQUYẾT ĐỊNH\nĐiều 1. Phê duyệt Kế hoạch phát triển du lịch cộng đồng tỉnh Tiền Giang năm 2023.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
             "KẾ HOẠCH PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TỈNH TIỀN GIANG NĂM 2023", "Điều 1"),
        # sweepG: a dispatch or letter told with its addressees before its subject ('... đã có Công điện số 84/CĐ-TW
        # gửi Ban chỉ huy PCTT ... về công tác ứng phó ...', a labour paper's tag page): the trích yếu opens at 'về'
        TRow("news-dispatch_addressees_first", _news("Công điện ứng phó với 2 cơn áp thấp nhiệt đới nguy hiểm", "Chiều 12/10/2023, Ban Chỉ đạo Trung ương về Phòng, chống thiên tai đã có Công điện số 84/CĐ-TW gửi Ban Chỉ huy PCTT và TKCN các tỉnh, thành phố ven biển từ Quảng Ngãi đến Kiên Giang về công tác ứng phó với 2 cơn áp thấp nhiệt đới rất nguy hiểm."),
             "công tác ứng phó với 2 cơn áp thấp nhiệt đới", "Kiên Giang"),
        TRow("news-state_letter_addressees_first", _news("Chủ động ứng phó mưa lũ", "Ngày 12/10/2023, UBND tỉnh Quảng Bình đã có Công văn số 2150/UBND-NN gửi các sở, ban, ngành và UBND các huyện về việc chủ động ứng phó với mưa lũ."),
             "chủ động ứng phó với mưa lũ", "các sở"),
        TRow("news-party_letter_addressees_first", _news("Tăng cường phòng chống lũ lụt", "Ngày 12/10/2023, Ban Thường vụ Huyện ủy Lệ Thủy đã ban hành Công văn số 215-CV/HU gửi các chi, đảng bộ trực thuộc về tăng cường công tác phòng chống lũ lụt."),
             "tăng cường công tác phòng chống lũ lụt", "trực thuộc"),
        TRow("news-premier_dispatch_addressees_first", _news("Tập trung ứng phó bão số 5", "Chiều 12/10/2023, Thủ tướng Chính phủ đã ký Công điện số 845/CĐ-TTg gửi Chủ tịch UBND các tỉnh, thành phố ven biển về việc tập trung ứng phó bão số 5."),
             "tập trung ứng phó bão số 5", "ven biển"),
        # ... listed with ';' (a Hồ Chí Minh City letter on a culture paper's page)
        TRow("news-city_letter_addressees_semicolons", _news("Giảm quy mô lễ hội", "Ngày 13/9/2024, UBND Thành phố Hồ Chí Minh đã có Công văn số 4120/UBND-VX gửi Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố; các tổ chức chính trị - xã hội; sở, ban, ngành Thành phố; UBND quận, huyện và thành phố Thủ Đức về việc giảm quy mô, tần suất, tạm hoãn tổ chức hoạt động lễ hội, sự kiện."),
             "giảm quy mô, tần suất, tạm hoãn tổ chức hoạt động lễ hội", "Thủ Đức"),
        TRow("news-province_plan_addressees_semicolons", _news("Phòng chống dịch tả lợn châu Phi", "Ngày 05/3/2024, UBND tỉnh Quảng Ngãi ban hành Công văn số 1020/UBND-KTN gửi các sở, ngành; UBND các huyện, thị xã, thành phố về tăng cường phòng, chống dịch tả lợn châu Phi."),
             "tăng cường phòng, chống dịch tả lợn châu Phi", "thị xã"),
        # ... and after it ('Bộ Y tế vừa có công văn khẩn về việc ... gửi Ủy ban nhân dân các tỉnh, ..., đề nghị ...')
        TRow("news-ministry_letter_addressees_after", _news("Bộ Y tế ra công văn khẩn về phòng, chống dịch", "Ngày 13/4/2023, Bộ Y tế đã có Công văn số 1234/BYT-DP về việc tăng cường công tác phòng, chống dịch Covid-19 gửi Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, đề nghị các địa phương chủ động giám sát."),
             "tăng cường công tác phòng, chống dịch Covid-19", "gửi"),
        TRow("news-committee_letter_addressees_after", _news("Chuẩn bị đại hội chi bộ", "Ngày 05/3/2024, Ban Thường vụ Huyện ủy Đông Sơn ban hành Công văn số 320-CV/HU về chuẩn bị đại hội chi bộ nhiệm kỳ 2025 - 2027 gửi các chi, đảng bộ cơ sở để triển khai."),
             "chuẩn bị đại hội chi bộ nhiệm kỳ 2025 - 2027", "cơ sở"),
        TRow("news-letter_sends_report_kept", _news("Gửi báo cáo kết quả thực hiện", "Ngày 05/3/2024, UBND huyện Đông Sơn ban hành Công văn số 320/UBND-VP về việc gửi báo cáo kết quả thực hiện Chỉ thị số 05-CT/TW năm 2023."),
             "gửi báo cáo kết quả thực hiện"),
        # sweepG: the annex note wrapped after its verb by a narrow cell ('(Ban hành' / 'kèm theo Quyết định số: 59/QĐ-UBND',
        # a Đồng Nai commune's working rules), under a regulation's, a plan's and a programme's title
        TRow("annex-note_wrapped_rules", "ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập -\nTự do - Hạnh phúc\n|\nQUY CHẾ LÀM\nVIỆC\nCỦA ỦY\nBAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026\n(Ban hành\nkèm theo Quyết định số: 59/QĐ-UBND\nNgày 22 tháng\n7 năm 2021 của Ủy ban nhân dân xã Xuân\nPhú)\nChương I\nNHỮNG QUY ĐỊNH\nCHUNG\nĐiều 1. Phạm vi, đối tượng điều chỉnh\n",
             "ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021", "Ban hành"),
        TRow("annex-note_wrapped_plan", _state("Thực hiện Chương trình chuyển đổi số năm 2024\n(Ban hành\nkèm theo Quyết định số 56/QĐ-UBND ngày 05/4/2024 của UBND tỉnh)"),
             "chuyển đổi số năm 2024", "Ban hành"),
        TRow("annex-note_wrapped_programme", _party("Công tác kiểm tra, giám sát năm 2024\n( Ban hành\nkèm theo Quyết định số 120-QĐ/HU ngày 05/01/2024 của Ban Thường vụ Huyện ủy)", num="12-CTr/HU", heading="CHƯƠNG TRÌNH"),
             "kiểm tra, giám sát năm 2024", "Ban hành"),
        # sweepG: a ward committee's meeting deploying its unnumbered study plan, then a paragraph opening on the congress
        # resolution's name as a sentence's subject ('Nghị quyết Đại hội Đại biểu Đảng bộ phường Đông Sơn lần thứ I đề ra
        # phương hướng chung là: ...', a Thanh Hóa paper): that sentence is read as a title line (KNOWN)
        TRow("news-congress_resolution_sentence_not_title_line", "Phường Đông Sơn triển khai học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I\n\nSáng 17/9, Đảng ủy phường Đông Sơn tổ chức Hội nghị triển khai kế hoạch học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030; phát động phong trào ủng hộ Nhân dân Cuba.\n\nNghị quyết Đại hội Đại biểu Đảng bộ phường Đông Sơn lần thứ I đề ra phương hướng chung là: Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh.\n",
             "học tập, quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I", "đề ra phương hướng"),
        # sweepG: an unnumbered dispatch whose headline names its subject ('Chủ tịch UBND tỉnh Thanh Hóa ra công điện khẩn về
        # phòng chống bão số 3') over a lead that tells only what it orders ('... đã có công điện khẩn chỉ đạo các ban
        # ngành, địa phương hoãn các cuộc họp ...'): the headline's 'về' clause is the trích yếu (KNOWN)
        TRow("news-dispatch_headline_subject_over_order_lead", "Chủ tịch UBND tỉnh Thanh Hóa ra công điện khẩn về phòng chống bão số 3\n\nĐể đối phó với cơn bão số 3, Chủ tịch UBND tỉnh Thanh Hóa đã có công điện khẩn chỉ đạo các ban ngành, địa phương hoãn các cuộc họp để tập trung chống bão và mưa lũ.\n",
             "phòng chống bão số 3"),
        TRow("decision-article_approves", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 912/QĐ-UBND | Quảng Ngãi, ngày 10 tháng 5 năm 2023 |\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nXét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch,\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Đề án phát triển du lịch cộng đồng tỉnh Quảng Ngãi giai đoạn 2023 - 2025 với các nội dung chủ yếu sau:\n1. Mục tiêu: phát triển du lịch bền vững.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
             "Đề án phát triển du lịch cộng đồng tỉnh Quảng Ngãi giai đoạn 2023 - 2025", "nội dung"),
        # --- more one-line headers, letters and leads ---
        TRow("flat-party_plan", "TỈNH ỦY NGHỆ AN * Số 45-KH/TU ĐẢNG CỘNG SẢN VIỆT NAM Nghệ An, ngày 12 tháng 3 năm 2024 KẾ HOẠCH về tổ chức Hội nghị báo cáo viên tháng 3 năm 2024 -- Thực hiện Hướng dẫn số 12-HD/BTGTW của Ban Tuyên giáo Trung ương, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Nắm bắt tình hình.\n",
             "tổ chức Hội nghị báo cáo viên tháng 3 năm 2024", "Thực hiện"),
        # blind29 b03: a one-line header whose title opens in running case with no 'về' ('HƯỚNG DẪN thể thức ...')
        TRow("flat-central_board_lower", "BAN CHẤP HÀNH TRUNG ƯƠNG BAN TUYÊN GIÁO * Số 12-HD/BTGTW ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 03 tháng 4 năm 2018 HƯỚNG DẪN tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng -- Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị, Ban Tuyên giáo Trung ương hướng dẫn như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Nắm bắt tình hình.\n",
             "tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng", "Thực hiện"),
        TRow("flat-party_plan_lower", "TỈNH ỦY NGHỆ AN * Số 45-KH/TU ĐẢNG CỘNG SẢN VIỆT NAM Nghệ An, ngày 12 tháng 3 năm 2024 KẾ HOẠCH tổ chức Hội nghị báo cáo viên tháng 3 năm 2024 -- Thực hiện Hướng dẫn số 12-HD/BTGTW của Ban Tuyên giáo Trung ương, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Nắm bắt tình hình.\n",
             "tổ chức Hội nghị báo cáo viên tháng 3 năm 2024", "Thực hiện"),
        TRow("flat-cut_by_site_list", "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG * Số 36-HD/VPTW ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 03 tháng 4 năm 2018 HƯỚNG DẪN thể thức và kỹ thuật trình bày vă\n\nTài liệu tương tự\nMicrosoft Word - 29HD- the thuc trinh bay van ban.doc\n\nBỘ GIÁO DỤC VÀ ĐÀO TẠO Số: 155/QĐ-BGDĐT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc Hà Nội, ngày 10 tháng 01 năm 2013 QUYẾT ĐỊNH Ban hà\n",
             "thể thức và kỹ thuật trình bày"),
        # blind29 b05, b06: a portal's headline naming the type and the campaign in quotes, over a preamble whose
        # clause names the document by the campaign's short name ('ban hành Hướng dẫn thực hiện Phong trào ...')
        TRow("headline-quoted_campaign", "Hướng dẫn “Tết Nhân ái” giai đoạn 2022 - 2027\n\nCăn cứ Hướng dẫn số 235/HD-TƯHCTĐ ngày 04/11/2022 của Trung ương Hội Chữ thập đỏ Việt Nam về việc triển khai Phong trào “Tết Nhân ái” (Sau đây gọi tắt là “Phong trào”). Ban Thường vụ Hội Chữ thập đỏ tỉnh ban hành Hướng dẫn thực hiện Phong trào trên địa bàn của tỉnh, với các nội dung cụ thể như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Huy động sự tham gia của cộng đồng.\n",
             "Tết Nhân ái", "trên địa bàn của tỉnh"),
        TRow("headline-quoted_plan", 'Kế hoạch "Tháng Nhân đạo" năm 2019\n\nThực hiện Hướng dẫn số 48/HD-TƯHCTĐ ngày 15/02/2019 của Trung ương Hội Chữ thập đỏ Việt Nam, Hội Chữ thập đỏ tỉnh ban hành Kế hoạch thực hiện Phong trào trên địa bàn tỉnh như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Khơi dậy lòng nhân ái.\n',
             "Tháng Nhân đạo", "trên địa bàn tỉnh"),
        TRow("letter-vv_lower", _letter("v/v hướng dẫn kê khai tài sản, thu nhập năm 2022"), "kê khai tài sản, thu nhập năm 2022"),
        TRow("news-guidance_lead", _news("Tuyên truyền kỷ niệm các ngày lễ lớn", "Ngày 20/02/2024, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 45-HD/BTGTU về tuyên truyền các ngày lễ lớn, sự kiện lịch sử quan trọng năm 2024."),
             "tuyên truyền các ngày lễ lớn, sự kiện lịch sử quan trọng năm 2024"),
        TRow("run_on-state_thuc_hien", _state("Triển khai Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2023", preamble="Thực hiện Kế hoạch số 99/KH-BYT ngày 10/10/2023 của Bộ Y tế, UBND tỉnh ban hành Kế hoạch như sau:\n").replace("\n\nThực hiện", "\nThực hiện"),
             "phòng, chống HIV/AIDS năm 2023", "Bộ Y tế"),
        TRow("under_type-notice_ve_viec_lower", _party("về việc thay đổi thời gian tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện", num="330-TB/HU", heading="THÔNG BÁO"),
             "thay đổi thời gian tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện"),
        TRow("wrapped-quoted_across_lines", _state("Tổ chức Cuộc thi “Đại sứ văn hóa đọc\ntỉnh Quảng Ngãi” năm 2023"),
             "Đại sứ văn hóa đọc tỉnh Quảng Ngãi"),
        # --- a portal's labelled stamp under the headline or on its line: the page's, never the title's ---
        TRow("stamp-updated_own_line", _portal_item("KẾ HOẠCH Thực hiện công tác quản lý nhà nước về tín ngưỡng, tôn giáo năm 2022\nNgày cập nhật 05/04/2022"),
             "tín ngưỡng, tôn giáo năm 2022", "cập nhật"),
        TRow("stamp-updated_same_line", _portal_item("Kế hoạch Tổ chức Tháng hành động quốc gia về Dân số năm 2015. Ngày cập nhật 18/12/2015"),
             "Tháng hành động quốc gia về Dân số năm 2015", "cập nhật"),
        TRow("stamp-posted_colon", _portal_item("Kế hoạch Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024\nNgày đăng: 12/03/2024"),
             "tìm kiếm cứu nạn năm 2024", "ngày đăng"),
        TRow("stamp-updated_at_time", _portal_item("Kế hoạch Tổ chức các hoạt động hưởng ứng Ngày Pháp luật năm 2023\nCập nhật lúc: 10:27 12/03/2023"),
             "Ngày Pháp luật năm 2023", "cập nhật"),
        # --- a guidance told by its clause in a body-only copy ---
        TRow("clause-guidance_capital", "Căn cứ Công văn số 3078/SGDĐT-GDTH ngày 31/8/2021 của Sở Giáo dục và Đào tạo về việc hướng dẫn thực hiện nhiệm vụ giáo dục Tiểu học năm học 2021-2022, Phòng Giáo dục và Đào tạo (GDĐT) Hướng dẫn các trường Tiểu học trên địa bàn thực hiện nhiệm vụ chuyên môn năm học 2021-2022 như sau:\n1. Thực hiện chương trình.\n",
             "nhiệm vụ chuyên môn năm học 2021-2022"),
        TRow("clause-plan_built", "Thực hiện Kế hoạch số 34-KH/TU ngày 30/12/2016 của Tỉnh ủy Thái Nguyên, Đảng ủy trường Đại học Khoa học xây dựng Kế hoạch tổ chức chào cờ và sinh hoạt chính trị dưới cờ vào sáng thứ hai tuần đầu tiên của tháng như sau:\n1. Mục đích: giáo dục truyền thống.\n",
             "tổ chức chào cờ và sinh hoạt chính trị dưới cờ"),
        # --- sweepY: a headline naming a province over the lead's body placed in it, which numbers the document ---
        TRow("news-city_headline_placed_lead_numbered", "Hà Nội ban hành Kế hoạch thực hiện Nghị quyết số 15 về xây dựng Thủ đô\n\nNgày 30/11/2022, Chủ tịch UBND thành phố Hà Nội ký ban hành Kế hoạch số 306/KH-UBND triển khai thực hiện Chương trình hành động số 16-CTr/TU ngày 26/8/2022 của Thành ủy Hà Nội thực hiện Nghị quyết số 15-NQ/TW của Bộ Chính trị về phương hướng, nhiệm vụ phát triển Thủ đô.\n",
             "triển khai thực hiện Chương trình hành động số 16-CTr/TU"),
        TRow("news-province_headline_placed_committee", "Nghệ An ban hành Kế hoạch chuyển đổi số\n\nNgày 5/4/2023, UBND tỉnh Nghệ An đã ban hành Kế hoạch số 215/KH-UBND về chuyển đổi số năm 2023 trên địa bàn tỉnh.\n",
             "chuyển đổi số năm 2023 trên địa bàn tỉnh"),
        # --- sweepY: the action programme deployed where its congress's resolution is studied (blind47 c05) ---
        TRow("news-congress_action_programme_deployed", "Xã Yên Thọ: Học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030\n\nSáng 3/10, Đảng ủy xã Yên Thọ tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030. Tại hội nghị, các đại biểu được triển khai chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ xã Yên Thọ lần thứ I, nhiệm kỳ 2025-2030.\n",
             "thực hiện Nghị quyết Đại hội Đảng bộ xã Yên Thọ lần thứ I"),
        # --- sweepY: a headline's title cut short where the lead's runs on (its number's code, date and subject) ---
        TRow("news-headline_cut_short_lead_runs_on", "Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57\nBan Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. Nội dung như sau:\n",
             "thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học"),
        TRow("news-directive_headline_cut_short", "Chỉ thị của Chủ tịch UBND tỉnh về tăng cường quản lý rác thải nhựa trên địa bàn tỉnh\n\nNgày 22/10/2020, Chủ tịch UBND tỉnh vừa ban hành Chỉ thị về tăng cường quản lý rác thải nhựa trên địa bàn tỉnh Tuyên Quang năm 2020.\n",
             "rác thải nhựa trên địa bàn tỉnh Tuyên Quang năm 2020"),
        # --- sweepY KNOWN: forms the sweep found and left ---
        TRow("news-caps_headline_twice_over_numbered_lead", "HƯỚNG DẪN TUYÊN TRUYỀN KỶ NIỆM CÁC NGÀY LỄ LỚN NĂM 2020\n\nHƯỚNG DẪN TUYÊN TRUYỀN KỶ NIỆM CÁC NGÀY LỄ LỚN NĂM 2020\n\nThứ năm - 09/01/2020 09:32\nNgày 08-01-2020, Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 118-HD/BTGTW về tuyên truyền kỷ niệm các ngày lễ lớn năm 2020. BBT trích đăng nguyên văn Hướng dẫn.\n- Căn cứ Chỉ thị số 45-CT/TW, ngày 22/7/2010 của Bộ Chính trị;\n",
             "tuyên truyền kỷ niệm các ngày lễ lớn năm 2020", "BBT trích đăng"),
        TRow("news-bracketed_number_after_type", "Thu hồi cơ sở nhà đất sử dụng không đúng quy định\n\nNgày 14-1, Thủ tướng Chính phủ đã có Công văn (số 73/TTg-CN) về việc thu hồi cơ sở nhà đất sử dụng không đúng quy định.\n",
             "thu hồi cơ sở nhà đất sử dụng không đúng quy định", "(số 73"),
        TRow("news-at_resolution_body_agrees", "12 nhiệm vụ kinh tế - xã hội trọng tâm nửa cuối năm 2024\n\nTại Nghị quyết 67/NQ-HĐND ngày 17/7/2024, Hội đồng nhân dân Thành phố cơ bản thống nhất với các nhóm nhiệm vụ và giải pháp trọng tâm trong 6 tháng cuối năm 2024 trình tại kỳ họp, bao gồm 12 nhiệm vụ như sau:\n",
             "nhiệm vụ và giải pháp trọng tâm trong 6 tháng cuối năm 2024"),
    ]
