# ruff: noqa: E501  (tables of real-looking Vietnamese text read better unwrapped)
"""Where and how a page states its document's OWN date, against the other dates around it.

`tests/test_date_number_forms.py` holds forms found one by one; this catalogue walks the places a date sits
(the header's date cell in a two-column, stacked, piped or one-line header, below the title, a legal
library's metadata block, a news lead and its dateline, a headline, after the signature) and the forms it
takes there (long, numeric with '/', '-' or '.', wrapped, upper-case, italic, left blank in a draft), then
the dates that are NOT the document's own: a posting stamp, a parent's date, an event's, a deadline, the
'Căn cứ' list, the meeting that passed the document. Each row names the real labelled file whose form it
copies. Expected values are graded as the gold format (docs/realworld.md, "How a label is written") grades
`document.issued_on` and `document.number` (equal; null must be null); `number` is `...` where the row does not grade it.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import EllipsisType

from tests.test_date_number_forms import (
    HU_ORG,
    LEAD_HU,
    LEAD_TU,
    LEAD_UB,
    MOTTO_P,
    MOTTO_S,
    TASKS,
    TITLE,
    TU_ORG,
    UB_ORG,
    party,
    state,
)


@dataclass(frozen=True)
class Row:
    id: str
    src: str  # the real file whose form the row copies
    text: str
    issued_on: str | None
    number: str | None | EllipsisType = ...


CANCU = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
         "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa;\n"
         "Căn cứ Kế hoạch số 114-KH/TU ngày 20/02/2024 của Ban Thường vụ Tỉnh ủy;\n"
         "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 43/TTr-SNV ngày 27 tháng 02 năm 2024,\n")
STATE_TITLE = "KẾ HOẠCH\nTriển khai thực hiện Kế hoạch số 114-KH/TU của Ban Thường vụ Tỉnh ủy\n"


def no_date(org: str = TU_ORG, number_line: str = "Số 45-KH/TU", motto: str = MOTTO_P, lead: str = LEAD_TU) -> str:
    """A header whose date cell was lost (unseen m17's blank, a page that dropped the right column)."""
    return f"{org}{number_line}\n{motto}{TITLE}{lead}\n{TASKS}"


def meta(block: str, header_date: str) -> str:
    """A legal library's page: its title line and metadata block, then the document (realworld k02, s31)."""
    return ("Kế hoạch 45/KH-UBND năm 2024 triển khai thực hiện Kế hoạch số 114-KH/TU của Ban Thường vụ Tỉnh ủy\n"
            f"{block}\n{UB_ORG}{MOTTO_S}Số: 45/KH-UBND\n{header_date}\n{STATE_TITLE}{LEAD_UB}\n{TASKS}")


def news(lead: str, above: str = "") -> str:
    return (f"{above}{lead}\nTheo đó, các cấp ủy, tổ chức đảng tổ chức quán triệt sâu rộng đến cán bộ, đảng viên; "
            "hoàn thành trước ngày 30/6/2024.\n")


ROWS = [
    # --- the header's date cell: forms ---
    Row("cell-numeric-zeros", "realworld c20 ('ngày 05/02/2021')", party("Số 45-KH/TU", "Lạng Sơn, ngày 05/03/2024"), "2024-03-05", "45-KH/TU"),
    Row("cell-numeric-dash-zeros", "realworld k26 ('ngày 2-4-2020')", party("Số 45-KH/TU", "Lạng Sơn, ngày 05-03-2024"), "2024-03-05", "45-KH/TU"),
    Row("cell-numeric-dot-zeros", "realworld s47 ('17.5.2011')", party("Số 45-KH/TU", "Lạng Sơn, ngày 05.3.2024"), "2024-03-05", "45-KH/TU"),
    Row("cell-no-place", "realworld h27 ('Quảng Bình,' / 'ngày 25 tháng 5 năm 2015': the date on its own line)", party("Số 45-KH/TU", "ngày 5 tháng 3 năm 2024"), "2024-03-05", "45-KH/TU"),
    Row("cell-no-place-capital", "realworld s14 (the date line alone, 'ngày 25 tháng 4 năm 2011')", state("Số: 45/KH-UBND", "Ngày 05 tháng 3 năm 2024"), "2024-03-05", "45/KH-UBND"),
    Row("cell-place-wrapped", "realworld h27 ('Quảng Bình,' / 'ngày 25 tháng 5 năm 2015')", state("Số: 45/KH-UBND", "Lai Châu,\nngày 5 tháng 3 năm 2024"), "2024-03-05", "45/KH-UBND"),
    Row("cell-year-wrapped", "realworld s47 (a wrapped place-date line), 'năm' on the next line", state("Số: 45/KH-UBND", "Lai Châu, ngày 5 tháng 3\nnăm 2024"), "2024-03-05", "45/KH-UBND"),
    Row("cell-month-wrapped", "realworld s47 (a wrapped place-date line), 'tháng' left behind", state("Số: 45/KH-UBND", "Lai Châu, ngày 5 tháng\n3 năm 2024"), "2024-03-05", "45/KH-UBND"),
    Row("cell-upper-no-place", "realworld h26 ('NGÀY 24 THÁNG 8 NĂM 2022' in capitals)", party("Số 45-KH/TU", "NGÀY 05 THÁNG 3 NĂM 2024"), "2024-03-05", "45-KH/TU"),
    Row("cell-upper", "blind11 b01 ('..., NGÀY 10 THÁNG ...')", state("Số: 45/KH-UBND", "LAI CHÂU, NGÀY 05 THÁNG 3 NĂM 2024"), "2024-03-05", "45/KH-UBND"),
    Row("cell-italic", "blind17 (Markdown copies: the place-date line in '*...*')", state("Số: 45/KH-UBND", "*Lai Châu, ngày 05 tháng 3 năm 2024*"), "2024-03-05", "45/KH-UBND"),
    Row("cell-month-zero-split", "blind32 d01 (a library's markup: 'ngày 26 tháng 0 6 năm 2018')", state("Số: 45/KH-UBND", "Lai Châu, ngày 05 tháng 0 3 năm 2024"), "2024-03-05", "45/KH-UBND"),
    Row("cell-italic-underscore", "blind17 (Markdown copies), italics with '_'", party("Số 45-KH/TU", "_Lạng Sơn, ngày 5 tháng 3 năm 2024_"), "2024-03-05", "45-KH/TU"),
    Row("cell-nbsp", "DOMAIN §8 (a page filled with non-breaking spaces)", party("Số 45-KH/TU", "Lạng Sơn,\u00a0ngày\u00a05\u00a0tháng\u00a03\u00a0năm\u00a02024"), "2024-03-05", "45-KH/TU"),
    Row("cell-trailing-stop", "realworld k02 ('Vĩnh Long, ngày 05 tháng 3 năm 2020 |'), closed by a full stop", state("Số: 45/KH-UBND", "Lai Châu, ngày 05 tháng 3 năm 2024."), "2024-03-05", "45/KH-UBND"),
    Row("cell-no-comma", "realworld s39 ('Hà Tĩnh , ngày'), the comma lost", state("Số: 45/KH-UBND", "Lai Châu ngày 05 tháng 3 năm 2024"), "2024-03-05", "45/KH-UBND"),
    Row("cell-pipe", "realworld k02 ('Số: 612/QĐ-UBND |' / 'Vĩnh Long, ngày 05 tháng 3 năm 2020 |')", state("Số: 45/KH-UBND |", "Lai Châu, ngày 05 tháng 3 năm 2024 |"), "2024-03-05", "45/KH-UBND"),
    Row("cell-pipe-row", "realworld k19 (number and date cells in one table row)", f"{UB_ORG}{MOTTO_S}| Số: 45/KH-UBND | Lai Châu, ngày 05 tháng 3 năm 2024 |\n{STATE_TITLE}{LEAD_UB}\n{TASKS}", "2024-03-05", "45/KH-UBND"),
    Row("cell-party-number-pipe-row", "realworld k19's row for a Party district committee ('Số: 12-KH/HU' beside the date)", f"{HU_ORG}{MOTTO_P}| Số: 12-KH/HU | Kim Động, ngày 05 tháng 3 năm 2024 |\n{TITLE}{LEAD_HU}\n{TASKS}", "2024-03-05", "12-KH/HU"),
    Row("cell-number-wrapped", "realworld s24 (a number wrapped before its code: 'Số 12' / '/KH-UBND')", state("Số: 12\n/KH-UBND", "Lai Châu, ngày 05 tháng 3 năm 2024"), "2024-03-05", "12/KH-UBND"),
    Row("cell-below-title", "realworld s31 (the date line after the type word and title, a copy that reordered the cells)", f"{UB_ORG}Số: 45/KH-UBND\n{MOTTO_S}{STATE_TITLE}Lai Châu, ngày 05 tháng 3 năm 2024\n{LEAD_UB}\n{TASKS}", "2024-03-05", "45/KH-UBND"),
    Row("cell-one-line", "blind2 b08 (the whole header run onto one line)", f"TỈNH ỦY LẠNG SƠN * Số 45-KH/TU ĐẢNG CỘNG SẢN VIỆT NAM Lạng Sơn, ngày 05 tháng 3 năm 2024\n{TITLE}{LEAD_TU}\n{TASKS}", "2024-03-05", "45-KH/TU"),
    Row("cell-one-line-numeric", "blind2 b08 (run onto one line) with realworld c20's numeric date", f"ỦY BAN NHÂN DÂN TỈNH LAI CHÂU Số: 45/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Lai Châu, ngày 05/3/2024\n{STATE_TITLE}{LEAD_UB}\n{TASKS}", "2024-03-05", "45/KH-UBND"),
    Row("cell-no-comma-upper", "realworld s39 (the comma lost) in blind11 b01's capitals", party("Số 45-KH/TU", "LẠNG SƠN NGÀY 05 THÁNG 3 NĂM 2024"), "2024-03-05", "45-KH/TU"),
    Row("cell-no-place-ngay-ngay", "realworld h27's date line alone with DOMAIN §6's slip 'ngày ngày'", state("Số: 45/KH-UBND", "ngày ngày 05 tháng 3 năm 2024"), "2024-03-05", "45/KH-UBND"),
    Row("cell-under-number", "realworld h03 (the number cell, then the date on its own line, no place)", f"{TU_ORG}{MOTTO_P}Số 45-KH/TU\nngày 05 tháng 3 năm 2024\n{TITLE}{LEAD_TU}\n{TASKS}", "2024-03-05", "45-KH/TU"),
    Row("not-cell-wrapped-parent-date", "realworld c27's lead with the parent's date wrapped onto a line of its own", "Ban Thường vụ Tỉnh ủy Lạng Sơn vừa ban hành Kế hoạch số 45-KH/TU thực hiện Nghị quyết số 43-NQ/TW\nngày 24 tháng 11 năm 2023\ncủa Ban Chấp hành Trung ương Đảng về tiếp tục phát huy sức mạnh đại đoàn kết toàn dân tộc.\nTheo đó, các cấp ủy tổ chức quán triệt.\n", None, "45-KH/TU"),
    Row("not-cell-body-name-no-comma", "realworld s39's lost comma after a body's name, not a place", state("Số: 45/KH-UBND", "Hội nghị ngày 05 tháng 3 năm 2024"), None, "45/KH-UBND"),
    Row("one-line-no-place", "blind2 b08 (a header run onto one line) whose date cell lost its place", f"TỈNH ỦY LẠNG SƠN * Số 45-KH/TU ĐẢNG CỘNG SẢN VIỆT NAM ngày 05 tháng 3 năm 2024\n{TITLE}{LEAD_TU}\n{TASKS}", "2024-03-05", "45-KH/TU"),
    Row("one-line-state-no-place", "blind2 b08's one-line state header, the date cell without its place", f"ỦY BAN NHÂN DÂN TỈNH LAI CHÂU Số: 45/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ngày 05 tháng 3 năm 2024\n{STATE_TITLE}{LEAD_UB}\n{TASKS}", "2024-03-05", "45/KH-UBND"),
    Row("one-line-blank-no-place", "blind2 b08's one-line header with unseen m17's blank date", f"ỦY BAN NHÂN DÂN TỈNH LAI CHÂU Số:     /KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ngày     tháng     năm 2024\n{STATE_TITLE}{LEAD_UB}\n{TASKS}", None, None),
    Row("not-one-line-cited-after-motto", "blind2 b08's one-line header, no date cell, the preamble's cited date run on after the motto", f"TỈNH ỦY LẠNG SƠN * Số 45-KH/TU ĐẢNG CỘNG SẢN VIỆT NAM Thực hiện Nghị quyết số 43-NQ/TW ngày 24 tháng 11 năm 2023\n{TITLE}{LEAD_TU}\n{TASKS}", None, "45-KH/TU"),
    # --- a draft: the date left blank ---
    Row("blank-spaces", "unseen m17 ('ngày ….. tháng 12 năm 2021'), blanks as spaces", state("Số:      /KH-UBND", "Lai Châu, ngày      tháng      năm 2024"), None, None),
    Row("blank-dots", "unseen m17 ('ngày ….. tháng 12 năm 2021')", party("Số      -KH/TU", "Lạng Sơn, ngày ... tháng ... năm 2024"), None, None),
    Row("blank-day-only", "unseen m17 (the day blank, month and year typed)", state("Số: 45/KH-UBND", "Lai Châu, ngày    tháng 3 năm 2024"), None, "45/KH-UBND"),
    Row("blank-underscores", "unseen m17 (blanks as underscores)", state("Số: ___/KH-UBND", "Lai Châu, ngày ___ tháng ___ năm 2024"), None, None),
    Row("blank-upper", "unseen m17's blank in a capitalised line", party("Số      -KH/TU", "LẠNG SƠN, NGÀY     THÁNG     NĂM 2024"), None, None),
    # --- a legal library's metadata ---
    Row("meta-agrees", "realworld s31 ('Ngày ban hành: 26/05/2017' over 'Bắc Ninh, ngày 26 tháng 5 năm 2017')", meta("Số hiệu: 45/KH-UBND Loại văn bản: Kế hoạch\nNơi ban hành: Tỉnh Lai Châu Người ký: Nguyễn Văn An\nNgày ban hành: 05/03/2024 Ngày hiệu lực: Đang cập nhật", "Lai Châu, ngày 05 tháng 3 năm 2024"), "2024-03-05", "45/KH-UBND"),
    Row("meta-only", "realworld k02's metadata ('Ngày ban hành: | 05/03/2020 |') over a header that lost its date cell", meta("Số hiệu: | 45/KH-UBND | Loại văn bản: | Kế hoạch |\nNơi ban hành: | Tỉnh Lai Châu | Người ký: | Nguyễn Văn An |\nNgày ban hành: | 05/03/2024 | Ngày hiệu lực: | Đang cập nhật |", ""), "2024-03-05", "45/KH-UBND"),
    Row("meta-only-table", "blind n39 ('| Ngày ban hành | 29/12/2025 |') over a header that lost its date cell", meta("| Số hiệu | 45/KH-UBND |\n| Ngày ban hành | 05/03/2024 |\n| Ngày có hiệu lực | 05/03/2024 |\n| Loại văn bản | Kế hoạch |", ""), "2024-03-05", "45/KH-UBND"),
    Row("meta-only-glued", "realworld s04 ('Ngày ban hành:19/10/2016Ngày hết hiệu lực:')", meta("Số hiệu:45/KH-UBNDLoại văn bản:Kế hoạch\nNgày ban hành:05/03/2024Ngày hết hiệu lực:Đang cập nhật", ""), "2024-03-05", "45/KH-UBND"),
    Row("meta-effective-not-issued", "blind n39 ('Ngày có hiệu lực' beside 'Ngày ban hành'): the effective date is not the issue date", meta("| Số hiệu | 45/KH-UBND |\n| Ngày có hiệu lực | 15/03/2024 |\n| Ngày ban hành | 05/03/2024 |", "Lai Châu, ngày 05 tháng 3 năm 2024"), "2024-03-05", "45/KH-UBND"),
    # --- a news lead ---
    Row("lead-yearless-stamp-year", "realworld c15 ('Ngày 12/3, ...' with the year in the page stamp) and c19 ('Cập nhật lúc: 11:02 02/01/2021')", news("Ngày 5/3, Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 45-KH/TU về thực hiện Nghị quyết số 43-NQ/TW.", above="Cập nhật lúc: 08:15 06/03/2024\n"), "2024-03-05", "45-KH/TU"),
    Row("lead-yearless-dateline", "unseen m05 ('(HNM) - Ngày 26-3, ...') under 'Thứ Năm, 26/03/2009'", news("(LS) - Ngày 5-3, Ban Thường vụ Tỉnh ủy Lạng Sơn đã ban hành Kế hoạch số 45-KH/TU về thực hiện Nghị quyết số 43-NQ/TW.", above="Thứ Tư, 06/03/2024 08:15\n"), "2024-03-05", "45-KH/TU"),
    Row("lead-yearless-ngay-dang", "realworld d15 ('Ngày đăng: 02/03/2021') over a yearless lead", news("Ngày 5/3, UBND tỉnh Lai Châu ban hành Kế hoạch số 45/KH-UBND về triển khai thực hiện Kế hoạch số 114-KH/TU của Ban Thường vụ Tỉnh ủy.", above="Ngày đăng: 06/03/2024\n"), "2024-03-05", "45/KH-UBND"),
    Row("lead-full-under-stamp", "realworld c19's stamp ('Cập nhật lúc: 11:02 02/01/2021') over c05's dated lead", news("Ngày 05/3/2024, UBND tỉnh Lai Châu ban hành Kế hoạch số 45/KH-UBND về triển khai thực hiện Kế hoạch số 114-KH/TU của Ban Thường vụ Tỉnh ủy.", above="Cập nhật: 06/03/2024 08:15\n"), "2024-03-05", "45/KH-UBND"),
    Row("lead-moi-day", "blind21 ('mới đây', no date) under a posting stamp", news("Mới đây, Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 45-KH/TU về thực hiện Nghị quyết số 43-NQ/TW.", above="Cập nhật: 06/03/2024 08:15\n"), None, "45-KH/TU"),
    Row("lead-vua-qua", "blind21 ('vừa qua', no date)", news("Vừa qua, UBND tỉnh Lai Châu đã ban hành Kế hoạch số 45/KH-UBND về triển khai thực hiện Kế hoạch số 114-KH/TU ngày 20/02/2024 của Ban Thường vụ Tỉnh ủy.", above="Ngày đăng: 06/03/2024\n"), None, "45/KH-UBND"),
    Row("lead-long-date-vua-qua", "blind21 b12 ('Ngày 29/7/2022 vừa qua, UBND tỉnh đã ban hành ...') in the long form", news("Ngày 5 tháng 3 năm 2024 vừa qua, UBND tỉnh Lai Châu đã ban hành Kế hoạch số 45/KH-UBND về triển khai thực hiện Kế hoạch số 114-KH/TU."), "2024-03-05", "45/KH-UBND"),
    Row("lead-hom-qua-bracket", "realworld c15's yearless lead under a stamp, opened by the papers' 'Hôm qua (5/3),' (blind3's 'hôm qua (20/5)' after the subject)", news("Hôm qua (5/3), UBND tỉnh Lai Châu ban hành Kế hoạch số 45/KH-UBND về triển khai thực hiện Kế hoạch số 114-KH/TU của Ban Thường vụ Tỉnh ủy.", above="Thứ Tư, 06/03/2024\n"), "2024-03-05", "45/KH-UBND"),
    Row("lead-hom-nay-tag-dash", "unseen m05's tag '(HNM) - ' and dash date, opened by 'Hôm nay (5-3),'", news("(LSO) - Hôm nay (5-3), Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 45-KH/TU về thực hiện Nghị quyết số 43-NQ/TW.", above="Cập nhật: 05/03/2024 17:40\n"), "2024-03-05", "45-KH/TU"),
    Row("lead-moi-day-bracket-ngay", "blind21's 'mới đây' with the day in brackets ('Mới đây (ngày 5/3),')", news("Mới đây (ngày 5/3), UBND tỉnh Lai Châu ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số.", above="Cập nhật: 06/03/2024 08:15\n"), "2024-03-05", "45/KH-UBND"),
    Row("lead-vua-qua-bracket-full", "blind21's 'vừa qua' with a full date in brackets", news("Vừa qua (ngày 05/3/2024), Ban Thường vụ Huyện ủy Kim Động đã ban hành Kế hoạch số 12-KH/HU về thực hiện Nghị quyết số 43-NQ/TW."), "2024-03-05", "12-KH/HU"),
    Row("lead-hom-qua-no-year", "unseen m29 (a yearless date with no year anywhere) in the 'Hôm qua (5/3),' opening", "Hôm qua (5/3), UBND tỉnh Lai Châu ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số.\nTheo đó, các sở, ngành triển khai thực hiện.\n", None, "45/KH-UBND"),
    Row("lead-hom-qua-meeting", "blind9 b20's meeting under the 'Hôm qua (6/3),' opening: the bracket is the meeting's day", news("Hôm qua (6/3), Sở Nội vụ tỉnh Lai Châu tổ chức hội nghị triển khai Kế hoạch số 45/KH-UBND ngày 28/02/2024 của UBND tỉnh về cải cách hành chính.", above="Thứ Năm, 07/03/2024\n"), "2024-02-28", "45/KH-UBND"),
    Row("lead-event-then-own", "blind9 b20 ('Chiều 5/11, ... chủ trì cuộc họp triển khai Quyết định số 2205/QĐ-UBND ngày 20/10/2025')", news("Sáng 5/3, tại hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy Lạng Sơn tổ chức hội nghị triển khai Kế hoạch số 45-KH/TU ngày 28/02/2024 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 43-NQ/TW.", above="Thứ Tư, 06/03/2024\n"), "2024-02-28", ...),
    Row("lead-event-only", "blind9 b20's event opening, the document undated", news("Sáng 5/3, tại hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy Lạng Sơn tổ chức hội nghị triển khai Kế hoạch số 45-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 43-NQ/TW.", above="Thứ Tư, 06/03/2024\n"), None, ...),
    Row("lead-event-issues-own-date", "blind9 b20's event opening over a lead that issues its document with its own date", news("Chiều 5/3, Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 45-KH/TU ngày 28/02/2024 về thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương."), "2024-02-28", "45-KH/TU"),
    Row("meeting-officer-chairs", "blind9 b20 ('Chiều 5/11, Phó Chủ tịch UBND TP. ... đã chủ trì cuộc họp triển khai Quyết định số 2205/QĐ-UBND ngày 20/10/2025 của UBND Thành phố về ban hành Kế hoạch ...')", news("Chiều 5/3, Phó Chủ tịch UBND tỉnh Lai Châu Nguyễn Văn An đã chủ trì cuộc họp triển khai Quyết định số 245/QĐ-UBND ngày 28/02/2024 của UBND tỉnh về ban hành Kế hoạch thực hiện Nghị quyết số 43-NQ/TW.", above="Thứ Tư, 06/03/2024\n"), "2024-02-28", "245/QĐ-UBND"),
    Row("meeting-conference-quan-triet", "blind9 b20's meeting as a conference of a district committee ('Sáng 5-3, ... tổ chức hội nghị quán triệt ...')", news("Sáng 5-3, Ban Thường vụ Huyện ủy Kim Động tổ chức hội nghị quán triệt Chỉ thị số 12-CT/HU ngày 20/02/2024 của Ban Thường vụ Huyện ủy về tăng cường công tác phòng, chống thiên tai."), "2024-02-20", "12-CT/HU"),
    Row("meeting-online-long-date", "blind9 b20's meeting held online, the document's date in the long form", news("(LC) - Ngày 5/3, UBND tỉnh Lai Châu tổ chức hội nghị trực tuyến triển khai Kế hoạch số 45/KH-UBND ngày 28 tháng 02 năm 2024 của UBND tỉnh về chuyển đổi số."), "2024-02-28", "45/KH-UBND"),
    Row("meeting-officer-at-it", "blind35 b06 ('Tại buổi Hội nghị, bà ... - Phó Chủ tịch UBND phường triển khai kế hoạch số 200/KH-UBND ngày 23/8/2023 của Ủy ban nhân dân Phường 1')", news("Ngày 5/3/2024, Ban Chỉ đạo phường tổ chức hội nghị lấy ý kiến dự thảo đề án.\n\nTại buổi Hội nghị, bà Nguyễn Thị An - Phó Chủ tịch UBND phường triển khai kế hoạch số 45/KH-UBND ngày 28/02/2024 của Ủy ban nhân dân Phường 1 về sắp xếp khu phố."), "2024-02-28", "45/KH-UBND"),
    Row("meeting-officer-at-it-no-date", "blind35 b06's form with the plan named undated: the meeting's day is still not its date", news("Tại cuộc họp, ông Trần Văn Bình, Phó Chủ tịch UBND huyện Lục Nam triển khai Kế hoạch số 45/KH-UBND của UBND huyện về chuyển đổi số.", above="Thứ Tư, 06/03/2024\n"), None, "45/KH-UBND"),
    Row("meeting-study-no-date-parent", "blind9 b20's meeting deploying a document named with no date: the meeting's day is still not its date", news("Sáng 5/3, Đảng ủy xã Đức Hợp tổ chức hội nghị học tập, quán triệt Kế hoạch số 45-KH/ĐU về thực hiện Nghị quyết số 43-NQ/TW.", above="Thứ Tư, 06/03/2024\n"), None, ...),
    Row("not-meeting-after-issuing-lead", "realworld c05's issuing lead, then a later sentence on a meeting deploying the parent", news("Ngày 28/02/2024, Ban Thường vụ Huyện ủy Kim Động ban hành Kế hoạch số 12-KH/HU thực hiện Nghị quyết số 43-NQ/TW. Trước đó, sáng 20/02, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương."), "2024-02-28", "12-KH/HU"),
    Row("not-meeting-unnumbered-work", "blind9 b20's meeting opening, deploying work rather than a numbered document", news("Sáng 5/3, UBND tỉnh Lai Châu tổ chức hội nghị triển khai nhiệm vụ năm 2024. Tại hội nghị, Chủ tịch UBND tỉnh yêu cầu các sở thực hiện Kế hoạch số 45/KH-UBND ngày 28/02/2024.", above="Thứ Tư, 06/03/2024\n"), None, ...),
    Row("not-meeting-organise-work", "test_header's news paraphrase ('... đề nghị cấp ủy các chi bộ tổ chức quán triệt Kết luận số 93-KL/TW'): to organise is work, no meeting", "Theo đó, Ban Thường vụ Huyện ủy đề nghị cấp ủy các chi bộ, đảng bộ cơ sở tổ chức quán triệt Kết luận số 93-KL/TW ngày 20/02/2024 của Bộ Chính trị.\n", None, None),
    Row("not-meeting-organise-purpose", "blind3 b27 ('... trong việc tổ chức triển khai thực hiện Nghị quyết số 28/NQ-CP'), a body-only plan's purpose", "Nhằm cụ thể hóa các nhiệm vụ, làm cơ sở để các cơ quan, đơn vị tổ chức triển khai thực hiện Nghị quyết số 28/NQ-CP ngày 01/3/2023 của Chính phủ kịp thời, hiệu quả.\n", None, None),
    Row("headline-own-date", "realworld c23 (a headline 'Kế hoạch số 21-KH/TW ngày 28/11/2023 của Bộ Chính trị ...' over the body)", "Kế hoạch số 45-KH/TU ngày 05/3/2024 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 43-NQ/TW\nCập nhật: 08/03/2024 08:15\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân.\n", "2024-03-05", "45-KH/TU"),
    Row("headline-own-long-date", "realworld h26's capitals ('SỐ 164-KH/TU NGÀY 24 THÁNG 8 NĂM 2022') as the page's own headline", "KẾ HOẠCH SỐ 45-KH/TU NGÀY 05 THÁNG 3 NĂM 2024 CỦA BAN THƯỜNG VỤ TỈNH ỦY LẠNG SƠN về thực hiện Nghị quyết số 43-NQ/TW\nNgày đăng: 08/03/2024\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân.\n", "2024-03-05", "45-KH/TU"),
    # --- after the signature ---
    Row("after-signature", "realworld h03 (a union's letter: 'ngày 17 tháng 7 năm 2018' on its own line) with the date cell put after the signature", f"{TU_ORG}Số 45-KH/TU\n{MOTTO_P}{TITLE}{LEAD_TU}\n{TASKS}T/M BAN THƯỜNG VỤ\nBÍ THƯ\n(Đã ký)\nNguyễn Văn An\nLạng Sơn, ngày 05 tháng 3 năm 2024\n", "2024-03-05", "45-KH/TU"),
    Row("after-recipients", "realworld k02 (a state letter), the date before 'Nơi nhận' at the foot", f"{UB_ORG}Số: 45/KH-UBND\t{MOTTO_S}{STATE_TITLE}{LEAD_UB}\n{TASKS}Lai Châu, ngày 05 tháng 3 năm 2024\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n", "2024-03-05", "45/KH-UBND"),
    Row("after-signature-numeric", "realworld h03's foot date in realworld c20's numeric form", f"{UB_ORG}Số: 45/KH-UBND\t{MOTTO_S}{STATE_TITLE}{LEAD_UB}\n{TASKS}TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\nLai Châu, ngày 05/3/2024\n", "2024-03-05", "45/KH-UBND"),
    Row("below-title-party", "realworld s31's cells reordered in a Party plan (the date after the title)", f"{TU_ORG}Số 45-KH/TU\n{MOTTO_P}{TITLE}Lạng Sơn, ngày 05 tháng 3 năm 2024\n{LEAD_TU}\n{TASKS}", "2024-03-05", "45-KH/TU"),
    Row("below-title-italic", "realworld s31's reordered cells, the date in Markdown italics", f"{UB_ORG}Số: 45/KH-UBND\n{MOTTO_S}{STATE_TITLE}*Lai Châu, ngày 05 tháng 3 năm 2024*\n{LEAD_UB}\n{TASKS}", "2024-03-05", "45/KH-UBND"),
    Row("not-foot-blank-form", "unseen m17's blank date, in a report form closing the plan (a header that lost its date)", no_date() + "Mẫu báo cáo\nLạng Sơn, ngày ... tháng ... năm 2024\nBÁO CÁO KẾT QUẢ\n", None, "45-KH/TU"),
    Row("not-foot-attached-draft", "realworld's 'Nơi nhận' then a rule opening an attached draft with its own date cell", no_date() + "Nơi nhận:\n- Như trên;\n- Lưu VP.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn An\n-----\nTỈNH ỦY LẠNG SƠN\nLạng Sơn, ngày 20 tháng 3 năm 2024\nDỰ THẢO\n", None, "45-KH/TU"),
    # --- dates that are NOT the document's own ---
    Row("not-stamp-updated", "realworld c19 ('Cập nhật lúc: 11:02 02/01/2021') over a header that lost its date", "Cập nhật: 06/03/2024 08:15\n" + no_date(), None, "45-KH/TU"),
    Row("not-stamp-posted", "realworld d15 ('Ngày đăng: 02/03/2021') over a header that lost its date", "Ngày đăng: 06/03/2024\n" + no_date(), None, "45-KH/TU"),
    Row("not-stamp-posted-pipe", "realworld d03 ('Ngày đăng 22/10/2015 | 02:17 | Lượt xem')", "Ngày đăng 06/03/2024 | 08:15 | Lượt xem: 120\n" + no_date(), None, "45-KH/TU"),
    Row("not-stamp-with-own", "realworld h31 ('Cập nhật lúc : 08:51 17/04/2018') over a dated header", "Cập nhật lúc : 08:15 06/03/2024\n" + party("Số 45-KH/TU", "Lạng Sơn, ngày 05 tháng 3 năm 2024"), "2024-03-05", "45-KH/TU"),
    Row("not-stamp-cap-nhat-ngay", "realworld h12 ('Cập nhật lúc07:59, Thứ Tư, 15/11/2017') as 'Cập nhật ngày ...' right over an undated lead", news("Ban Thường vụ Tỉnh ủy Lạng Sơn vừa ban hành Kế hoạch số 45-KH/TU về thực hiện Nghị quyết số 43-NQ/TW.", above="Cập nhật ngày 06/03/2024\n"), None, "45-KH/TU"),
    Row("not-stamp-weekday-ngay", "realworld c23 ('Thứ Năm, 18/7/2024') with 'ngày' before the date, right over an undated lead", news("Ban Thường vụ Tỉnh ủy Lạng Sơn vừa ban hành Kế hoạch số 45-KH/TU về thực hiện Nghị quyết số 43-NQ/TW.", above="Thứ tư, ngày 06/03/2024\n"), None, "45-KH/TU"),
    Row("not-stamp-dang-ngay", "realworld d15 ('Ngày đăng: 02/03/2021') as 'Đăng ngày: ...'", news("Ban Thường vụ Tỉnh ủy Lạng Sơn vừa ban hành Kế hoạch số 45-KH/TU về thực hiện Nghị quyết số 43-NQ/TW.", above="Đăng ngày: 06/03/2024\n"), None, "45-KH/TU"),
    Row("stamp-ngay-over-dated-lead", "realworld c05's dated lead under a 'Cập nhật ngày ...' stamp", news("Ngày 05/3/2024, Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 45-KH/TU về thực hiện Nghị quyết số 43-NQ/TW.", above="Cập nhật ngày 06/03/2024\n"), "2024-03-05", "45-KH/TU"),
    Row("stamp-ngay-over-yearless-lead", "realworld c15's yearless lead under a 'Thứ tư, ngày ...' stamp (the stamp gives the year)", news("Ngày 5/3, Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 45-KH/TU về thực hiện Nghị quyết số 43-NQ/TW.", above="Thứ tư, ngày 06/03/2024\n"), "2024-03-05", "45-KH/TU"),
    Row("lead-date-wrapped-after-comma", "realworld c05's lead hard-wrapped after its date's comma", news("Ngày 05/3/2024,\nBan Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 45-KH/TU về thực hiện Nghị quyết số 43-NQ/TW."), "2024-03-05", "45-KH/TU"),
    Row("not-parent-lead", "seeds (the lead cites 43-NQ/TW ngày 24/11/2023) under a header that lost its date", no_date(), None, "45-KH/TU"),
    Row("not-parent-title", "realworld s11 (the title names the parent with its date) under a header that lost its date", no_date(org=UB_ORG, number_line="Số: 45/KH-UBND", motto=MOTTO_S, lead=LEAD_UB).replace(TITLE, "KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN KẾ HOẠCH SỐ 114-KH/TU NGÀY 20/02/2024 CỦA BAN THƯỜNG VỤ TỈNH ỦY\n"), None, "45/KH-UBND"),
    Row("not-parent-43-date", "the brief ('Nghị quyết số 43-NQ/TW ngày 24/01/2023') in a district lead under a dated header", party("Số 12-KH/HU", "Kim Động, ngày 05 tháng 3 năm 2024", org=HU_ORG, lead="Thực hiện Nghị quyết số 43-NQ/TW ngày 24/01/2023 của Ban Chấp hành Trung ương Đảng, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:"), "2024-03-05", "12-KH/HU"),
    Row("not-deadline", "DOMAIN §4 ('hoàn thành trước 10/01/2024') under a header that lost its date", no_date() + "3. Báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước ngày 30/6/2024.\n", None, "45-KH/TU"),
    Row("not-deadline-lead", "DOMAIN §4's deadline written in the lead", no_date(lead="Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy hoàn thành việc quán triệt trước ngày 30/6/2024, cụ thể như sau:"), None, "45-KH/TU"),
    Row("not-can-cu", "realworld k02 (a 'Căn cứ' list dated throughout) under a state header that lost its date", f"{UB_ORG}Số: 45/KH-UBND\t{MOTTO_S}{STATE_TITLE}{CANCU}\n{TASKS}", None, "45/KH-UBND"),
    Row("not-can-cu-with-own", "realworld k02 (a 'Căn cứ' list dated throughout) under a dated header", f"{UB_ORG}Số: 45/KH-UBND\t{MOTTO_S}Lai Châu, ngày 05 tháng 3 năm 2024\n{STATE_TITLE}{CANCU}\n{TASKS}", "2024-03-05", "45/KH-UBND"),
    Row("not-passed-meeting", "realworld d08 ('... kỳ họp thứ hai thông qua ngày 05 tháng 11 năm 2021./.'): the document carries its own date", f"HỘI ĐỒNG NHÂN DÂN\nTỈNH LAI CHÂU\n-------\nSố: 12/NQ-HĐND\t{MOTTO_S}Lai Châu, ngày 12 tháng 12 năm 2023\nNGHỊ QUYẾT\nvề nhiệm vụ phát triển kinh tế - xã hội năm 2024\nHỘI ĐỒNG NHÂN DÂN TỈNH LAI CHÂU\nKHÓA XV, KỲ HỌP THỨ MƯỜI\n{CANCU}QUYẾT NGHỊ:\nĐiều 1. Thông qua nhiệm vụ phát triển kinh tế - xã hội năm 2024.\nNghị quyết này đã được Hội đồng nhân dân tỉnh Lai Châu khóa XV, kỳ họp thứ mười thông qua ngày 08 tháng 12 năm 2023 và có hiệu lực từ ngày 18 tháng 12 năm 2023./.\n", "2023-12-12", "12/NQ-HĐND"),
    Row("not-passed-conference", "realworld h06 (a plenum's date) as 'Hội nghị ... ngày ... đã thông qua' in a Party lead under a dated header", party("Số 45-KH/TU", "Lạng Sơn, ngày 05 tháng 3 năm 2024", lead="Kế hoạch này đã được Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 thông qua ngày 01/3/2024. Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:"), "2024-03-05", "45-KH/TU"),
    Row("not-effective", "realworld d08 ('có hiệu lực từ ngày 18 tháng 12 năm 2023') under a header that lost its date", no_date(org=UB_ORG, number_line="Số: 45/KH-UBND", motto=MOTTO_S, lead=LEAD_UB) + "Kế hoạch này có hiệu lực từ ngày 15 tháng 3 năm 2024.\n", None, "45/KH-UBND"),
    Row("not-meeting-title", "realworld h06 ('... tại cuộc họp ngày 15/4/2024' in a notice's title) under a dated header", party("Số 55-TB/TU", "Lạng Sơn, ngày 20 tháng 4 năm 2024").replace(TITLE, "THÔNG BÁO\nkết luận của Thường trực Tỉnh ủy tại cuộc họp ngày 15/4/2024\n"), "2024-04-20", "55-TB/TU"),
    Row("not-parent-why-clause", "realworld c27 (a lead carrying out a dated parent in its opening clause), the own document undated", news("Thực hiện Kế hoạch số 114-KH/TU ngày 20/02/2024 của Ban Thường vụ Tỉnh ủy, UBND tỉnh Lai Châu vừa ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số."), None, "45/KH-UBND"),
    Row("not-can-cu-lead", "realworld k02's 'Căn cứ ...' clause opening a news lead, the own document undated", news("Căn cứ Kế hoạch số 114-KH/TU ngày 20/02/2024 của Ban Thường vụ Tỉnh ủy; UBND tỉnh Lai Châu vừa ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số."), None, "45/KH-UBND"),
    Row("not-deadline-in-lead", "DOMAIN §4's deadline in the lead's own sentence", "UBND tỉnh Lai Châu vừa ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số, yêu cầu các sở hoàn thành trước ngày 30/6/2024.\n", None, "45/KH-UBND"),
    Row("not-effective-in-lead", "realworld d08's 'có hiệu lực từ ngày ...' after an undated lead", "UBND tỉnh Lai Châu vừa ban hành Quyết định số 245/QĐ-UBND về chuyển đổi số. Quyết định có hiệu lực từ ngày 15/3/2024.\n", None, "245/QĐ-UBND"),
    Row("not-event-in-lead-headline-dated", "realworld c23's dated headline over blind9 b20's event opening", "Kế hoạch số 45-KH/TU ngày 28/02/2024 của Ban Thường vụ Tỉnh ủy Lạng Sơn về chuyển đổi số\nSáng 5/3, Ban Thường vụ Tỉnh ủy Lạng Sơn tổ chức hội nghị quán triệt kế hoạch.\n", "2024-02-28", "45-KH/TU"),
    Row("not-event-ngay-meeting", "blind9 b20's meeting opened by a full 'Ngày 05/3/2024,': still the meeting's day", news("Ngày 05/3/2024, Ban Thường vụ Tỉnh ủy Lạng Sơn tổ chức hội nghị triển khai Kế hoạch số 45-KH/TU ngày 28/02/2024 về thực hiện Nghị quyết số 43-NQ/TW."), "2024-02-28", "45-KH/TU"),
    Row("lead-date-after-number-yearless", "realworld s41 ('Kế hoạch số 472/KH-UBND ngày 21/8') with the year from the page's stamp", news("UBND tỉnh Lai Châu vừa ban hành Kế hoạch số 45/KH-UBND ngày 5/3 về chuyển đổi số.", above="Thứ Tư, 06/03/2024\n"), "2024-03-05", "45/KH-UBND"),
    # headerforms: a portal item that cut the letter's body at its lead-in and put the attachment's link there
    Row("attached-number-after-lead-in", "realworld k27 ('... một số nội dung sau: 37/UBND-VP ngày 10/1/2022' ending the paragraph)", "V/v tăng cường phòng, chống dịch Covid-19 trước biến thể mới Omicron\n\nTrước tình hình dịch bệnh diễn biến phức tạp, để chủ động kiểm soát dịch trên địa bàn.\n\nỦy ban nhân dân huyện yêu cầu các phòng, ban ngành, UBND các xã, thị trấn thực hiện tốt một số nội dung sau: 37/UBND-VP ngày 10/1/2022\n\nNgô Khuyên\n", "2022-01-10", "37/UBND-VP"),
    Row("attached-number-so-long-date", "realworld k27's link with 'số' and a long date", "V/v triển khai Tháng hành động vì an toàn thực phẩm năm 2023\n\nỦy ban nhân dân huyện đề nghị các cơ quan, đơn vị thực hiện các nội dung sau: số 1245/UBND-VX ngày 12 tháng 4 năm 2023.\n", "2023-04-12", "1245/UBND-VX"),
    Row("not-attached-cited-in-list", "realworld k27's lead-in over a list whose first item cites a document with its type word", "V/v triển khai Tháng hành động vì an toàn thực phẩm năm 2023\n\nỦy ban nhân dân huyện đề nghị thực hiện các nội dung sau: Kế hoạch số 45/KH-UBND ngày 10/4/2023 của UBND tỉnh.\n", None, None),
    Row("not-attached-sentence-goes-on", "realworld k27's lead-in where the number opens a sentence that goes on", "V/v triển khai Tháng hành động vì an toàn thực phẩm năm 2023\n\nỦy ban nhân dân huyện đề nghị thực hiện các nội dung sau: 1245/UBND-VX ngày 12/4/2023 của UBND tỉnh đã giao nhiệm vụ cho các xã.\n", None, None),
    Row("not-ocr-number", "perturb ('S6: 45/KH-UBND', an OCR 'Số') beside the date cell", state("S6: 45/KH-UBND", "Lai Châu, ngày 05 tháng 3 năm 2024"), "2024-03-05", ...),
]


def rows() -> list[Row]:
    return ROWS
