# ruff: noqa: E501  (a catalogue of header cells and expectations reads better unwrapped)
"""A catalogue of issuing bodies as clerks write them, and the header layouts real sets show.

`rows()` crosses each body with the layouts its family uses and gives, for each, the text of a
header and the record's expected number, doc type, date, issuer (name and level) and locality.
Each layout names the real file it copies; a body is put only in layouts its family's documents use.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from bench.perturb import TABLE_LAYOUTS
from bench.perturb import Row as Row2  # a table row: the left cell's lines, the right cell's

PARTY, STATE, FRONT, YOUTH, ASSOCIATION = "party", "state", "front", "youth", "association"

# The right-hand cell each family writes opposite its name.
_MOTTO = {
    PARTY: ["ĐẢNG CỘNG SẢN VIỆT NAM"],
    STATE: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    FRONT: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    YOUTH: ["ĐOÀN TNCS HỒ CHÍ MINH"],
    ASSOCIATION: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
}
_STAR = {PARTY: "*", YOUTH: "***"}
_HEADING = {"KH": "KẾ HOẠCH", "NQ": "NGHỊ QUYẾT", "CT": "CHỈ THỊ", "HD": "HƯỚNG DẪN", "TB": "THÔNG BÁO",
            "QĐ": "QUYẾT ĐỊNH", "CTr": "CHƯƠNG TRÌNH"}
_TYPE_WORD = {"KH": "Kế hoạch", "NQ": "Nghị quyết", "CT": "Chỉ thị", "HD": "Hướng dẫn", "TB": "Thông báo",
              "QĐ": "Quyết định", "CTr": "Chương trình"}
_TITLE = "về tăng cường công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm {year}"
_BODY = ("I. MỤC ĐÍCH, YÊU CẦU\n"
         "1. Nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên và nhân dân về công tác phòng, chống "
         "thiên tai.\n2. Chủ động các phương án ứng phó, giảm thiểu thiệt hại về người và tài sản.\n")


@dataclass(frozen=True)
class Body:
    key: str
    family: str
    cells: tuple[str, ...]  # the left header cell, line by line, superior first
    code: str  # the number's issuer part: 'TU', 'KH-UBND' style bodies give 'UBND'
    place: str  # the place-date line's place
    prose: str  # how a news lead names it
    name: str  # what the issuer's name must contain
    level: str
    locality: dict[str, str | None] = field(default_factory=dict)
    doc_type: str = "KH"
    year: int = 2024
    layouts: tuple[str, ...] = ()


def _number(body: Body, seq: int = 45) -> str:
    if body.family in (PARTY, YOUTH) or body.code in ("HNDT", "CCB"):
        return f"{seq}-{body.doc_type}/{body.code}"
    return f"{seq}/{body.doc_type}-{body.code}"


def _party_number_line(body: Body, number: str) -> str:
    return f"Số {number}" if body.family == PARTY else f"Số: {number}"


def _when(body: Body) -> tuple[str, date]:
    d = date(body.year, 3, 12) if body.year < 2025 else date(body.year, 8, 15)
    return f"{body.place}, ngày {d.day} tháng {d.month} năm {d.year}", d


def _tail(body: Body) -> str:
    return f"{_HEADING[body.doc_type]}\n{_TITLE.format(year=body.year)}\n\n{_BODY}"


# Layouts: each copies a real file's arrangement (named in its docstring).
def two_columns(body: Body, number: str) -> str:
    """Columns flattened with tabs, left cell beside the motto (tests/heldout/01_nghiadan_hu_kh.txt,
    tests/heldout/08_hoabinh_ubnd_qd.txt)."""
    when, _ = _when(body)
    motto = _MOTTO[body.family]
    cells = list(body.cells)
    lines = []
    right = list(motto)
    for i, cell in enumerate(cells):
        lines.append(f"{cell}\t\t{right[i]}" if i < len(right) else cell)
    star = _STAR.get(body.family)
    if star:
        lines.append(f"{star}\t\t{when}")
        lines.append(_party_number_line(body, number))
    else:
        lines.append(f"{_party_number_line(body, number)}\t\t{when}")
    return "\n".join(lines) + "\n\n" + _tail(body)


def stacked(body: Body, number: str) -> str:
    """Left cell, number, then the right cell and the place-date line, one under another
    (tests/heldout/06_buonmathuot_thu_nq.txt, tests/heldout/15_thanhhoa_ubnd_tp_kh.txt)."""
    when, _ = _when(body)
    star = _STAR.get(body.family)
    lines = [*body.cells, *([star] if star else []), _party_number_line(body, number),
             *_MOTTO[body.family], when]
    return "\n".join(lines) + "\n\n" + _tail(body)


def motto_first(body: Body, number: str) -> str:
    """The right cell read first, then the left (tests/heldout/02_dichvong_ubnd_kh.txt)."""
    when, _ = _when(body)
    star = _STAR.get(body.family)
    lines = [*_MOTTO[body.family], *body.cells, *([star] if star else []),
             _party_number_line(body, number), when]
    return "\n".join(lines) + "\n\n" + _tail(body)


def pipes(body: Body, number: str) -> str:
    """A table flattened with ' | ' cell ends (tests/realworld_blind/n04_thanhhoa_xuantin_ubndxa_kh36_2025_pctt.txt,
    tests/realworld_blind10/b01_twdoan_bch_kh411_2021_daihoidoan_vanban123.txt)."""
    when, _ = _when(body)
    motto = _MOTTO[body.family]
    lines = []
    for i, cell in enumerate(body.cells):
        lines.append(f"{cell} | {motto[i]} |" if i < len(motto) else f"{cell} |")
    lines += [f"{_party_number_line(body, number)} |", f"{when} |"]
    return "\n".join(lines) + "\n\n" + _tail(body)


def legal_library(body: Body, number: str) -> str:
    """A legal library's copy: rules under each cell (tests/realworld_blind11/b01_tw_ubkttw_hd06_2018_qdi07_htpl.txt,
    tests/realworld_blind/n05_nghean_ubnd_kh695_2025_kl132.txt)."""
    when, _ = _when(body)
    lines = ["Hệ thống pháp luật", *body.cells, "-------", *_MOTTO[body.family], "---------------",
             f"Số: {number}", when]
    return "\n".join(lines) + "\n\n" + _tail(body)


def one_line(body: Body, number: str) -> str:
    """The whole header run onto one line (tests/realworld/c13_tailieutuoi_thuathienhue_nq03_2016.txt)."""
    when, _ = _when(body)
    star = _STAR.get(body.family, "")
    parts = [*body.cells, star, _party_number_line(body, number), *_MOTTO[body.family], when,
             _HEADING[body.doc_type], _TITLE.format(year=body.year)]
    return " ".join(p for p in parts if p) + "\n\n" + _BODY


def joined_rows(body: Body, number: str) -> str:
    """The header table joined row by row, the number row running on into the type heading and a title in
    capitals (tests/realworld_blind44/g01_kontum_ubnd_qd435_2020_kh119_ct37.txt)."""
    when, _ = _when(body)
    title = "V/V " + _TITLE.format(year=body.year).upper().removeprefix("VỀ ")
    lines = [" ".join([*body.cells, "-------"]), " ".join([*_MOTTO[body.family], "---------------"]),
             " ".join([_party_number_line(body, number), when, _HEADING[body.doc_type], title])]
    return "\n".join(lines) + "\n" + _BODY


def bold_markdown(body: Body, number: str) -> str:
    """Markdown bold cells, blank lines between (tests/realworld_blind9/b09_ddqh_kh3260_2025_nq57_md.txt)."""
    when, _ = _when(body)
    star = _STAR.get(body.family)
    lines = [*(f"**{c}**" for c in body.cells), *([f"\\{star}"] if star else []), "",
             _party_number_line(body, number), "", when, "", *(f"**{m}**" for m in _MOTTO[body.family])]
    return "\n".join(lines) + "\n\n" + _tail(body)


def news_lead(body: Body, number: str) -> str:
    """A news copy: the lead names the body, the document and its date
    (tests/realworld/c03_yenbai_btvtu_ct17_dlxh.txt, tests/realworld_blind8/b09_tthue_phongdien_mttqhuyen_kh20_2018_ngayhoi_portal.txt)."""
    _, d = _when(body)
    return (f"Ngày {d.day}/{d.month}/{d.year}, {body.prose} đã ban hành {_TYPE_WORD[body.doc_type]} số {number} "
            f"{_TITLE.format(year=body.year)}.\n"
            "Theo đó, các cấp, các ngành chủ động rà soát phương án ứng phó, bảo đảm an toàn cho nhân dân.\n")


def news_lead_later(body: Body, number: str) -> str:
    """A news copy whose lead names the body first and dates the document after its number
    (tests/realworld_blind13/b03_nghean_btvtu_nq02_thaihoa_tag.txt, tests/realworld/k21_hungyen_tu_cv1986_2019_tet_banner.txt)."""
    _, d = _when(body)
    return (f"{body.prose} vừa ban hành {_TYPE_WORD[body.doc_type]} số {number} ngày {d.day}/{d.month}/{d.year} "
            f"{_TITLE.format(year=body.year)}.\n"
            "Theo đó, các cấp, các ngành chủ động rà soát phương án ứng phó, bảo đảm an toàn cho nhân dân.\n")


def metadata_table(body: Body, number: str) -> str:
    """A legal library's metadata rows over the header (tests/realworld/s31_bacninh_ubnd_kh155_2017_meta.txt)."""
    when, d = _when(body)
    head = (f"{_TYPE_WORD[body.doc_type]} {number} năm {d.year} {_TITLE.format(year=body.year)}\n"
            f"Số hiệu: {number} Loại văn bản: {_TYPE_WORD[body.doc_type]}\n"
            f"Nơi ban hành: {body.place} Người ký: Nguyễn Văn An\n"
            f"Ngày ban hành: {d.day:02d}/{d.month:02d}/{d.year} Ngày hiệu lực: Đang cập nhật\n"
            "Tình trạng: Đang cập nhập\n")
    lines = [*body.cells, "-------", *_MOTTO[body.family], "---------------", f"Số: {number}", when]
    return head + "\n".join(lines) + "\n\n" + _tail(body)


def portal_box(body: Body, number: str) -> str:
    """A provincial portal's document box, each field and its value on one line with no colon and 'kí' for
    'ký' (tests/realworld_blind29/b05_binhdinh_hoictd_hd458_2022_tetnhanai_portal.txt), the header below it as
    `metadata_table` has it."""
    when, d = _when(body)
    head = (f"{_TYPE_WORD[body.doc_type]} {_TITLE.format(year=body.year)}\n\n"
            f"Số kí hiệu {number}\nNgày ban hành {d.day:02d}/{d.month:02d}/{d.year}\n"
            f"Ngày bắt đầu hiệu lực {d.day:02d}/{d.month:02d}/{d.year}\nThể loại Văn bản khác\n"
            "Người ký Nguyễn Văn An\n\nNội dung\n\n")
    lines = [*body.cells, "-------", *_MOTTO[body.family], "---------------", f"Số: {number}", when]
    return head + "\n".join(lines) + "\n\n" + _tail(body)


def _standing_committee(body: Body) -> str:
    """'Ban Thường vụ Huyện ủy Nghĩa Đàn' → 'Ban Thường vụ Huyện ủy': the organ as a title line names it."""
    return body.prose.replace(" " + body.place, "")


def organ_under_heading(body: Body, number: str) -> str:
    """The acting organ on a line under the type heading, 'CỦA BAN THƯỜNG VỤ THÀNH ỦY'
    (seed_data/004_c81e2607254c46bf.txt, tests/heldout/06_buonmathuot_thu_nq.txt)."""
    when, _ = _when(body)
    lines = [*body.cells, "*", _party_number_line(body, number), *_MOTTO[body.family], when, "",
             _HEADING[body.doc_type], f"CỦA {_standing_committee(body).upper()}", _TITLE.format(year=body.year)]
    return "\n".join(lines) + "\n\n" + _BODY


def lost_left_cell(body: Body, number: str) -> str:
    """The left cell lost in the copy: the number, the motto and the place-date, then the heading and 'của Ban
    Thường vụ Quận ủy' (tests/heldout/07_ngoquyen_qu_ct.txt, tests/heldout/04_tanphu_du_kh.txt)."""
    when, _ = _when(body)
    lines = [_party_number_line(body, number), *_MOTTO[body.family], when, "", _HEADING[body.doc_type],
             f"của {_standing_committee(body)}", _TITLE.format(year=body.year)]
    return "\n".join(lines) + "\n\n" + _BODY


def code_only(body: Body, number: str) -> str:
    """The left cell lost and no organ line: the issuer only in the number's code and the place-date line
    (seed_data/002_78b3ebd64e4f21ce.txt, seed_data/003_4d12a988de45a8b1.txt)."""
    when, _ = _when(body)
    return "\n".join(["*", _party_number_line(body, number), when, ""]) + "\n" + _tail(body)


LAYOUTS = {f.__name__: f for f in (code_only, two_columns, stacked, motto_first, pipes, legal_library, one_line,
                                   joined_rows, bold_markdown, news_lead, organ_under_heading, lost_left_cell,
                                   news_lead_later, metadata_table, portal_box)}
_STANDING = ("organ_under_heading", "lost_left_cell", "code_only")  # committees whose standing committee acts
_ALL = tuple(LAYOUTS)
_COLUMNS = ("two_columns", "stacked", "pipes", "one_line", "bold_markdown", "news_lead", "news_lead_later")
_STATE = ("two_columns", "stacked", "motto_first", "pipes", "legal_library", "news_lead", "news_lead_later",
          "metadata_table", "portal_box", "joined_rows")


def _p(key, cells, code, place, prose, name, level, loc, **kw) -> Body:
    kw.setdefault("layouts", _COLUMNS)
    return Body(key, PARTY, tuple(cells), code, place, prose, name, level, loc, **kw)


def _s(key, cells, code, place, prose, name, level, loc, **kw) -> Body:
    kw.setdefault("layouts", _STATE)
    return Body(key, STATE, tuple(cells), code, place, prose, name, level, loc, **kw)


NA: dict[str, str | None] = {"province": "Nghệ An"}
HN: dict[str, str | None] = {"province": "Hà Nội"}
CENTRAL: dict[str, str | None] = {}

CATALOGUE: tuple[Body, ...] = (
    # --- Party: central ---
    _p("bch_tw", ["BAN CHẤP HÀNH TRUNG ƯƠNG"], "TW", "Hà Nội", "Ban Chấp hành Trung ương Đảng",
       "Ban Chấp hành Trung ương", "central", CENTRAL, doc_type="NQ"),
    _p("bct", ["BỘ CHÍNH TRỊ"], "TW", "Hà Nội", "Bộ Chính trị", "Bộ Chính trị", "central", CENTRAL, doc_type="NQ"),
    _p("bbt", ["BAN BÍ THƯ"], "TW", "Hà Nội", "Ban Bí thư", "Ban Bí thư", "central", CENTRAL, doc_type="CT"),
    _p("btg_tw", ["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO"], "BTGTW", "Hà Nội", "Ban Tuyên giáo Trung ương",
       "Ban Tuyên giáo Trung ương", "central", CENTRAL, doc_type="HD"),
    _p("btc_tw", ["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TỔ CHỨC"], "BTCTW", "Hà Nội", "Ban Tổ chức Trung ương",
       "Ban Tổ chức Trung ương", "central", CENTRAL, doc_type="HD"),
    _p("ubkt_tw", ["BAN CHẤP HÀNH TRUNG ƯƠNG", "ỦY BAN KIỂM TRA"], "UBKTTW", "Hà Nội",
       "Ủy ban Kiểm tra Trung ương", "Ủy ban Kiểm tra Trung ương", "central", CENTRAL, doc_type="HD"),
    # blind29 b03: the Central Committee's office, its header run onto one line by a document-sharing site
    _p("vp_tw", ["BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG"], "VPTW", "Hà Nội", "Văn phòng Trung ương Đảng",
       "Văn phòng Trung ương", "central", CENTRAL, doc_type="HD"),
    _p("btgdv_tw", ["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN"], "BTGDVTW", "Hà Nội",
       "Ban Tuyên giáo và Dân vận Trung ương", "Ban Tuyên giáo và Dân vận", "central", CENTRAL, doc_type="HD",
       year=2025),
    # --- Party: province ---
    _p("tu", ["TỈNH ỦY NGHỆ AN"], "TU", "Nghệ An", "Ban Thường vụ Tỉnh ủy Nghệ An", "Tỉnh ủy Nghệ An",
       "province", NA),
    _p("thu_central", ["THÀNH ỦY HẢI PHÒNG"], "TU", "Hải Phòng", "Ban Thường vụ Thành ủy Hải Phòng",
       "Thành ủy Hải Phòng", "province", {"province": "Hải Phòng"}),
    _p("bch_dangbo", ["ĐẢNG BỘ TỈNH QUẢNG NINH", "BAN CHẤP HÀNH"], "TU", "Quảng Ninh",
       "Ban Chấp hành Đảng bộ tỉnh Quảng Ninh", "Quảng Ninh", "province", {"province": "Quảng Ninh"},
       doc_type="NQ"),
    _p("btg_tu", ["TỈNH ỦY NGHỆ AN", "BAN TUYÊN GIÁO"], "BTGTU", "Nghệ An", "Ban Tuyên giáo Tỉnh ủy Nghệ An",
       "Ban Tuyên giáo", "province", NA, doc_type="HD"),
    _p("bdv_tu", ["TỈNH ỦY BẮC NINH", "BAN DÂN VẬN"], "BDVTU", "Bắc Ninh", "Ban Dân vận Tỉnh ủy Bắc Ninh",
       "Ban Dân vận", "province", {"province": "Bắc Ninh"}, doc_type="HD"),
    _p("btc_tu", ["TỈNH ỦY NGHỆ AN", "BAN TỔ CHỨC"], "BTCTU", "Nghệ An", "Ban Tổ chức Tỉnh ủy Nghệ An",
       "Ban Tổ chức", "province", NA, doc_type="HD"),
    _p("ubkt_tu", ["TỈNH ỦY NGHỆ AN", "ỦY BAN KIỂM TRA"], "UBKTTU", "Nghệ An",
       "Ủy ban Kiểm tra Tỉnh ủy Nghệ An", "Ủy ban Kiểm tra", "province", NA),
    _p("vp_tu", ["TỈNH ỦY NGHỆ AN", "VĂN PHÒNG"], "VPTU", "Nghệ An", "Văn phòng Tỉnh ủy Nghệ An",
       "Văn phòng", "province", NA, doc_type="TB"),
    _p("bnc_tu", ["TỈNH ỦY NGHỆ AN", "BAN NỘI CHÍNH"], "BNCTU", "Nghệ An", "Ban Nội chính Tỉnh ủy Nghệ An",
       "Ban Nội chính", "province", NA),
    _p("btgdv_tu", ["TỈNH ỦY NGHỆ AN", "BAN TUYÊN GIÁO VÀ DÂN VẬN"], "BTGDVTU", "Nghệ An",
       "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An", "Ban Tuyên giáo và Dân vận", "province", NA,
       doc_type="HD", year=2025),
    _p("duk", ["TỈNH ỦY NGHỆ AN", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"], "ĐUK", "Nghệ An",
       "Đảng ủy Khối các cơ quan tỉnh Nghệ An", "Đảng ủy Khối", "province", NA),
    _p("duk_dn", ["TỈNH ỦY NGHỆ AN", "ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH"], "ĐUK", "Nghệ An",
       "Đảng ủy Khối Doanh nghiệp tỉnh Nghệ An", "Đảng ủy Khối", "province", NA),
    _p("duca", ["ĐẢNG BỘ TỈNH NAM ĐỊNH", "ĐẢNG ỦY CÔNG AN TỈNH"], "ĐUCA", "Nam Định",
       "Đảng ủy Công an tỉnh Nam Định", "Đảng ủy Công an tỉnh", "province", {"province": "Nam Định"}),
    _p("duqs", ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY QUÂN SỰ TỈNH"], "ĐU", "Nghệ An",
       "Đảng ủy Quân sự tỉnh Nghệ An", "Đảng ủy Quân sự tỉnh", "province", NA, doc_type="NQ"),
    _p("du_cqd", ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH"], "ĐU", "Nghệ An",
       "Đảng ủy các cơ quan Đảng tỉnh Nghệ An", "Đảng ủy các cơ quan Đảng", "province", NA, year=2025),
    _p("du_ubnd", ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH"], "ĐU", "Nghệ An",
       "Đảng ủy Ủy ban nhân dân tỉnh Nghệ An", "Đảng ủy Ủy ban nhân dân", "province", NA, year=2025),
    _p("du_mttq", ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY MẶT TRẬN TỔ QUỐC, CÁC ĐOÀN THỂ TỈNH"], "ĐU", "Nghệ An",
       "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh Nghệ An", "Đảng ủy Mặt trận Tổ quốc", "province", NA,
       year=2025),
    _p("dd_hdnd", ["TỈNH ỦY HÀ TĨNH", "ĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN TỈNH"], "ĐĐ", "Hà Tĩnh",
       "Đảng đoàn Hội đồng nhân dân tỉnh Hà Tĩnh", "Đảng đoàn Hội đồng nhân dân", "province", {"province": "Hà Tĩnh"}),
    _p("dd_mttq", ["TỈNH ỦY HÀ TĨNH", "ĐẢNG ĐOÀN MẶT TRẬN TỔ QUỐC TỈNH"], "ĐĐ", "Hà Tĩnh",
       "Đảng đoàn Mặt trận Tổ quốc tỉnh Hà Tĩnh", "Đảng đoàn Mặt trận Tổ quốc", "province", {"province": "Hà Tĩnh"}),
    _p("bcs_ubnd", ["TỈNH ỦY HÀ TĨNH", "BAN CÁN SỰ ĐẢNG UBND TỈNH"], "BCSĐ", "Hà Tĩnh",
       "Ban cán sự đảng UBND tỉnh Hà Tĩnh", "Ban cán sự đảng", "province", {"province": "Hà Tĩnh"}),
    # --- Party: district ---
    _p("hu", ["ĐẢNG BỘ TỈNH NGHỆ AN", "HUYỆN ỦY NGHĨA ĐÀN"], "HU", "Nghĩa Đàn",
       "Ban Thường vụ Huyện ủy Nghĩa Đàn", "Huyện ủy Nghĩa Đàn", "district",
       {"province": "Nghệ An", "district": "Nghĩa Đàn"}),
    _p("qu", ["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "QUẬN ỦY CẦU GIẤY"], "QU", "Cầu Giấy",
       "Ban Thường vụ Quận ủy Cầu Giấy", "Quận ủy Cầu Giấy", "district", {"province": "Hà Nội", "district": "Cầu Giấy"}),
    _p("txu", ["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "THỊ ỦY SƠN TÂY"], "TXU", "Sơn Tây",
       "Ban Thường vụ Thị ủy Sơn Tây", "Thị ủy Sơn Tây", "district", {"province": "Hà Nội", "district": "Sơn Tây"}),
    _p("thu_city", ["ĐẢNG BỘ TỈNH ĐẮK LẮK", "THÀNH ỦY BUÔN MA THUỘT"], "ThU", "Buôn Ma Thuột",
       "Ban Thường vụ Thành ủy Buôn Ma Thuột", "Thành ủy Buôn Ma Thuột", "district",
       {"province": "Đắk Lắk", "district": "Buôn Ma Thuột"}),
    _p("btg_hu", ["HUYỆN ỦY NGHĨA ĐÀN", "BAN TUYÊN GIÁO"], "BTGHU", "Nghĩa Đàn",
       "Ban Tuyên giáo Huyện ủy Nghĩa Đàn", "Ban Tuyên giáo", "district", {"district": "Nghĩa Đàn"}, doc_type="HD"),
    _p("ubkt_hu", ["HUYỆN ỦY KIM ĐỘNG", "ỦY BAN KIỂM TRA"], "UBKTHU", "Kim Động",
       "Ủy ban Kiểm tra Huyện ủy Kim Động", "Ủy ban Kiểm tra", "district", {"district": "Kim Động"}),
    _p("duqs_h", ["ĐẢNG BỘ HUYỆN NGHĨA ĐÀN", "ĐẢNG ỦY QUÂN SỰ HUYỆN"], "ĐU", "Nghĩa Đàn",
       "Đảng ủy Quân sự huyện Nghĩa Đàn", "Đảng ủy Quân sự huyện", "district", {"district": "Nghĩa Đàn"},
       doc_type="NQ"),
    _p("duca_h", ["ĐẢNG BỘ HUYỆN KIM ĐỘNG", "ĐẢNG ỦY CÔNG AN HUYỆN"], "ĐU", "Kim Động",
       "Đảng ủy Công an huyện Kim Động", "Đảng ủy Công an huyện", "district", {"district": "Kim Động"}),
    # --- Party: commune ---
    _p("du_xa", ["ĐẢNG BỘ HUYỆN KIM ĐỘNG", "ĐẢNG ỦY XÃ ĐỨC HỢP"], "ĐU", "Đức Hợp",
       "Đảng ủy xã Đức Hợp", "Đảng ủy xã Đức Hợp", "commune", {"district": "Kim Động", "commune": "Đức Hợp"}),
    _p("du_tt", ["ĐẢNG BỘ HUYỆN TIÊN LÃNG", "ĐẢNG ỦY THỊ TRẤN TIÊN LÃNG"], "ĐU", "Tiên Lãng",
       "Đảng ủy thị trấn Tiên Lãng", "Đảng ủy thị trấn Tiên Lãng", "commune",
       {"district": "Tiên Lãng", "commune": "Tiên Lãng"}),
    _p("du_phuong", ["ĐẢNG BỘ THÀNH PHỐ VINH", "ĐẢNG ỦY PHƯỜNG QUANG TRUNG"], "ĐU", "Quang Trung",
       "Đảng ủy phường Quang Trung", "Đảng ủy phường Quang Trung", "commune",
       {"district": "Vinh", "commune": "Quang Trung"}),
    _p("du_phuong25", ["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "ĐẢNG ỦY PHƯỜNG CẦU GIẤY"], "ĐU", "Cầu Giấy",
       "Đảng ủy phường Cầu Giấy", "Đảng ủy phường Cầu Giấy", "commune",
       {"province": "Hà Nội", "district": None, "commune": "Cầu Giấy"}, year=2025),
    _p("du_xa25", ["ĐẢNG BỘ TỈNH NINH BÌNH", "ĐẢNG ỦY XÃ HẢI HẬU"], "ĐU", "Hải Hậu",
       "Đảng ủy xã Hải Hậu", "Đảng ủy xã Hải Hậu", "commune",
       {"province": "Ninh Bình", "district": None, "commune": "Hải Hậu"}, year=2025),
    _p("du_dackhu", ["ĐẢNG BỘ TỈNH QUẢNG NINH", "ĐẢNG ỦY ĐẶC KHU VÂN ĐỒN"], "ĐU", "Vân Đồn",
       "Đảng ủy đặc khu Vân Đồn", "Đảng ủy đặc khu Vân Đồn", "commune",
       {"province": "Quảng Ninh", "district": None}, year=2025),
    # --- State ---
    _s("cp", ["CHÍNH PHỦ"], "CP", "Hà Nội", "Chính phủ", "Chính phủ", "central", CENTRAL, doc_type="NQ"),
    _s("ttg", ["THỦ TƯỚNG CHÍNH PHỦ"], "TTg", "Hà Nội", "Thủ tướng Chính phủ", "Thủ tướng", "central", CENTRAL,
       doc_type="CT"),
    _s("byt", ["BỘ Y TẾ"], "BYT", "Hà Nội", "Bộ Y tế", "Bộ Y tế", "central", CENTRAL),
    _s("bgddt", ["BỘ GIÁO DỤC VÀ ĐÀO TẠO"], "BGDĐT", "Hà Nội", "Bộ Giáo dục và Đào tạo",
       "Bộ Giáo dục và Đào tạo", "central", CENTRAL),
    _s("ubnd_tinh", ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH"], "UBND", "Quảng Ninh", "UBND tỉnh Quảng Ninh",
       "Quảng Ninh", "province", {"province": "Quảng Ninh"}),
    _s("ubnd_tp", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"], "UBND", "Hà Nội", "UBND thành phố Hà Nội",
       "Hà Nội", "province", HN),
    _s("ubnd_huyen", ["ỦY BAN NHÂN DÂN", "HUYỆN KIM ĐỘNG"], "UBND", "Kim Động", "UBND huyện Kim Động",
       "Kim Động", "district", {"province": "Hưng Yên", "district": "Kim Động"}),
    _s("ubnd_quan", ["ỦY BAN NHÂN DÂN", "QUẬN CẦU GIẤY"], "UBND", "Cầu Giấy", "UBND quận Cầu Giấy",
       "Cầu Giấy", "district", {"province": "Hà Nội", "district": "Cầu Giấy"}),
    _s("ubnd_tx", ["ỦY BAN NHÂN DÂN", "THỊ XÃ SƠN TÂY"], "UBND", "Sơn Tây", "UBND thị xã Sơn Tây",
       "Sơn Tây", "district", {"province": "Hà Nội", "district": "Sơn Tây"}),
    _s("ubnd_tptinh", ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ THANH HÓA"], "UBND", "Thanh Hóa", "UBND thành phố Thanh Hóa",
       "Thanh Hóa", "district", {"province": "Thanh Hóa", "district": "Thanh Hóa"}),
    _s("ubnd_xa", ["ỦY BAN NHÂN DÂN", "XÃ ĐỨC HỢP"], "UBND", "Đức Hợp", "UBND xã Đức Hợp", "Đức Hợp", "commune",
       {"commune": "Đức Hợp"}),
    _s("ubnd_phuong", ["ỦY BAN NHÂN DÂN", "PHƯỜNG DỊCH VỌNG"], "UBND", "Cầu Giấy", "UBND phường Dịch Vọng",
       "Dịch Vọng", "commune", {"commune": "Dịch Vọng"}),
    _s("ubnd_tt", ["ỦY BAN NHÂN DÂN", "THỊ TRẤN HƯƠNG SƠN"], "UBND", "Hương Sơn", "UBND thị trấn Hương Sơn",
       "Hương Sơn", "commune", {"commune": "Hương Sơn"}),
    _s("hdnd_tinh", ["HỘI ĐỒNG NHÂN DÂN", "TỈNH HÀ TĨNH"], "HĐND", "Hà Tĩnh", "HĐND tỉnh Hà Tĩnh", "Hà Tĩnh",
       "province", {"province": "Hà Tĩnh"}, doc_type="NQ"),
    _s("hdnd_huyen", ["HỘI ĐỒNG NHÂN DÂN", "HUYỆN NHÀ BÈ"], "HĐND", "Nhà Bè", "HĐND huyện Nhà Bè", "Nhà Bè",
       "district", {"district": "Nhà Bè"}, doc_type="NQ"),
    _s("so", ["UBND TỈNH NGHỆ AN", "SỞ Y TẾ"], "SYT", "Nghệ An", "Sở Y tế Nghệ An", "Sở Y tế", "province", NA),
    _s("so_gd", ["UBND TỈNH NGHỆ AN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], "SGDĐT", "Nghệ An",
       "Sở Giáo dục và Đào tạo Nghệ An", "Sở Giáo dục và Đào tạo", "province", NA),
    _s("phong", ["UBND HUYỆN KIM ĐỘNG", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"], "PGDĐT", "Kim Động",
       "Phòng Giáo dục và Đào tạo huyện Kim Động", "Phòng Giáo dục và Đào tạo", "district",
       {"district": "Kim Động"}),
    _s("vp_ubnd", ["UBND TỈNH NGHỆ AN", "VĂN PHÒNG"], "VP", "Nghệ An", "Văn phòng UBND tỉnh Nghệ An",
       "Văn phòng", "province", NA, doc_type="TB"),
    _s("bql", ["UBND TỈNH BẮC NINH", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP"], "BQL", "Bắc Ninh",
       "Ban Quản lý các khu công nghiệp Bắc Ninh", "Ban Quản lý các khu công nghiệp", "province",
       {"province": "Bắc Ninh"}),
    _s("ttyt", ["UBND HUYỆN KIM ĐỘNG", "TRUNG TÂM Y TẾ"], "TTYT", "Kim Động", "Trung tâm Y tế huyện Kim Động",
       "Trung tâm Y tế", "district", {"district": "Kim Động"}),
    _s("tt_hdnd", ["HĐND TỈNH HÀ TĨNH", "THƯỜNG TRỰC"], "TTHĐND", "Hà Tĩnh", "Thường trực HĐND tỉnh Hà Tĩnh",
       "Thường trực", "province", {"province": "Hà Tĩnh"}, doc_type="TB"),
    _s("hdnd_xa", ["HỘI ĐỒNG NHÂN DÂN", "XÃ ĐỨC HỢP"], "HĐND", "Đức Hợp", "HĐND xã Đức Hợp", "Đức Hợp", "commune",
       {"commune": "Đức Hợp"}, doc_type="NQ"),
    _s("ubnd_xa25", ["ỦY BAN NHÂN DÂN", "XÃ HẢI HẬU"], "UBND", "Hải Hậu", "UBND xã Hải Hậu", "Hải Hậu", "commune",
       {"province": "Ninh Bình", "district": None, "commune": "Hải Hậu"}, year=2025),
    _s("ubnd_phuong25", ["ỦY BAN NHÂN DÂN", "PHƯỜNG CẦU GIẤY"], "UBND", "Cầu Giấy", "UBND phường Cầu Giấy",
       "Cầu Giấy", "commune", {"province": "Hà Nội", "district": None, "commune": "Cầu Giấy"}, year=2025),
    # abbreviations kept as the cell writes them (names: the display keeps the text's words)
    _s("bcd_xa", ["UBND XÃ ĐỨC HỢP", "BCĐ PHÒNG, CHỐNG DỊCH COVID-19"], "BCĐ", "Đức Hợp",
       "BCĐ phòng, chống dịch Covid-19 xã Đức Hợp", "BCĐ phòng, chống dịch", "commune", {"commune": "Đức Hợp"}),
    _s("ubnd_tx_abbr", ["UBND TX. CỬA LÒ"], "UBND", "Cửa Lò", "UBND TX. Cửa Lò", "UBND TX. Cửa Lò", "district",
       {"province": "Nghệ An", "district": "Cửa Lò"}),
    _s("ubnd_dackhu", ["ỦY BAN NHÂN DÂN", "ĐẶC KHU VÂN ĐỒN"], "UBND", "Vân Đồn", "UBND đặc khu Vân Đồn", "Vân Đồn",
       "commune", {"province": "Quảng Ninh", "district": None}, year=2025),
    # --- Front, youth, associations ---
    Body("mttq_tinh", FRONT, ("ỦY BAN MTTQ VIỆT NAM", "TỈNH ĐẮK LẮK", "BAN THƯỜNG TRỰC"), "MTTQ-BTT",
         "Đắk Lắk", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk", "MTTQ", "province",
         {"province": "Đắk Lắk"}, layouts=_STATE),
    Body("mttq_huyen", FRONT, ("ỦY BAN MTTQ VIỆT NAM", "HUYỆN PHONG ĐIỀN", "BAN THƯỜNG TRỰC"), "BTT",
         "Phong Điền", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Phong Điền", "MTTQ", "district",
         {"district": "Phong Điền"}, layouts=_STATE),
    Body("mttq_xa", FRONT, ("ỦY BAN MTTQ VIỆT NAM", "XÃ MỸ THẠNH", "BAN THƯỜNG TRỰC"), "MTTQ", "Mỹ Thạnh",
         "Ban Thường trực Ủy ban MTTQ Việt Nam xã Mỹ Thạnh", "MTTQ", "commune", {"commune": "Mỹ Thạnh"},
         layouts=_STATE),
    Body("mttw", FRONT, ("ỦY BAN TRUNG ƯƠNG", "MẶT TRẬN TỔ QUỐC VIỆT NAM", "BAN THƯỜNG TRỰC"), "MTTW-BTT",
         "Hà Nội", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban Trung ương", "central", CENTRAL,
         layouts=_STATE),
    Body("doan_tw", YOUTH, ("BAN CHẤP HÀNH TRUNG ƯƠNG",), "TWĐTN-CTTN", "Hà Nội", "Trung ương Đoàn",
         "Trung ương Đoàn", "central", CENTRAL, layouts=("two_columns", "stacked", "pipes", "one_line", "news_lead")),
    Body("doan_tinh", YOUTH, ("BCH ĐOÀN TỈNH NGHỆ AN",), "TĐTN-TNXP", "Nghệ An", "Tỉnh Đoàn Nghệ An",
         "Đoàn", "province", NA, layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("doan_huyen", YOUTH, ("BCH ĐOÀN TỈNH NGHỆ AN", "BCH ĐOÀN HUYỆN NGHĨA ĐÀN"), "HĐTN", "Nghĩa Đàn",
         "Huyện Đoàn Nghĩa Đàn", "Nghĩa Đàn", "district", {"district": "Nghĩa Đàn"},
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("thanhdoan", YOUTH, ("BCH ĐOÀN TP. HÀ NỘI",), "ĐTN-BTC", "Hà Nội", "Thành đoàn Hà Nội", "Hà Nội",
         "province", HN, layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("hctd", ASSOCIATION, ("HỘI CHỮ THẬP ĐỎ TỈNH NGHỆ AN",), "HCTĐ", "Nghệ An",
         "Hội Chữ thập đỏ tỉnh Nghệ An", "Hội Chữ thập đỏ", "province", NA,
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("hlhpn_huyen", ASSOCIATION, ("HỘI LHPN TỈNH NGHỆ AN", "HỘI LHPN HUYỆN NGHĨA ĐÀN"), "HPN", "Nghĩa Đàn",
         "Hội Liên hiệp Phụ nữ huyện Nghĩa Đàn", "Nghĩa Đàn", "district", {"district": "Nghĩa Đàn"},
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("doan_xa", YOUTH, ("BCH ĐOÀN HUYỆN HOẰNG HÓA", "BCH ĐOÀN XÃ HOẰNG TRUNG"), "ĐTN", "Hoằng Trung",
         "Ban Chấp hành Đoàn xã Hoằng Trung", "Hoằng Trung", "commune", {"commune": "Hoằng Trung"},
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("hnd_huyen", ASSOCIATION, ("HỘI NÔNG DÂN TỈNH NGHỆ AN", "BCH HỘI NÔNG DÂN HUYỆN NGHĨA ĐÀN"), "HNDT",
         "Nghĩa Đàn", "Hội Nông dân huyện Nghĩa Đàn", "Hội Nông dân", "district", {"district": "Nghĩa Đàn"},
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("ldld_huyen", ASSOCIATION, ("LĐLĐ TỈNH NGHỆ AN", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN NGHĨA ĐÀN"), "LĐLĐ",
         "Nghĩa Đàn", "Liên đoàn Lao động huyện Nghĩa Đàn", "Liên đoàn Lao động", "district",
         {"district": "Nghĩa Đàn"}, layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("ccb_huyen", ASSOCIATION, ("HỘI CCB TỈNH GIA LAI", "HỘI CỰU CHIẾN BINH HUYỆN CHƯ SÊ"), "CCB", "Chư Sê",
         "Hội Cựu chiến binh huyện Chư Sê", "Cựu chiến binh", "district", {"district": "Chư Sê"},
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("hlhpn_xa", ASSOCIATION, ("HỘI LHPN HUYỆN KIM ĐỘNG", "HỘI LHPN XÃ ĐỨC HỢP"), "HPN", "Đức Hợp",
         "Hội Liên hiệp Phụ nữ xã Đức Hợp", "Đức Hợp", "commune", {"commune": "Đức Hợp"},
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("hlhpn", ASSOCIATION, ("HỘI LIÊN HIỆP PHỤ NỮ PHÚ YÊN", "BAN THƯỜNG VỤ"), "HPN", "Phú Yên",
         "Hội Liên hiệp Phụ nữ tỉnh Phú Yên", "Phụ nữ", "province", {"province": "Phú Yên"},
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("ldld", ASSOCIATION, ("TỔNG LĐLĐ VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG"), "LĐLĐ", "Bình Dương",
         "Liên đoàn Lao động tỉnh Bình Dương", "Liên đoàn Lao động", "province", {"province": "Bình Dương"},
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("cdn", ASSOCIATION, ("LĐLĐ TỈNH NGHỆ AN", "CÔNG ĐOÀN NGÀNH GIÁO DỤC"), "CĐN", "Nghệ An",
         "Công đoàn ngành Giáo dục Nghệ An", "Công đoàn ngành Giáo dục", "province", NA,
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    # bodies2: a trade union named by its province or by its sector under the Tổng Liên đoàn (central)
    Body("cdn_tinh", ASSOCIATION, ("LĐLĐ TỈNH NGHỆ AN", "CÔNG ĐOÀN NGÀNH GIÁO DỤC TỈNH NGHỆ AN"), "CĐN", "Nghệ An",
         "Công đoàn ngành Giáo dục tỉnh Nghệ An", "Công đoàn ngành Giáo dục", "province", NA,
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("cdn_yt_tinh", ASSOCIATION, ("LĐLĐ TỈNH GIA LAI", "CÔNG ĐOÀN NGÀNH Y TẾ"), "CĐN", "Gia Lai",
         "Công đoàn ngành Y tế tỉnh Gia Lai", "Công đoàn ngành Y tế", "province", {"province": "Gia Lai"},
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("cdgd_vn", ASSOCIATION, ("TỔNG LĐLĐ VIỆT NAM", "CÔNG ĐOÀN GIÁO DỤC VIỆT NAM"), "CĐN", "Hà Nội",
         "Công đoàn Giáo dục Việt Nam", "Công đoàn Giáo dục Việt Nam", "central", CENTRAL,
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("cdn_yt_vn", ASSOCIATION, ("TỔNG LĐLĐ VIỆT NAM", "CÔNG ĐOÀN NGÀNH Y TẾ VIỆT NAM"), "CĐN", "Hà Nội",
         "Công đoàn ngành Y tế Việt Nam", "Công đoàn ngành Y tế Việt Nam", "central", CENTRAL,
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("cd_xa", ASSOCIATION, ("LĐLĐ HUYỆN KIM ĐỘNG", "CÔNG ĐOÀN XÃ ĐỨC HỢP"), "CĐ", "Đức Hợp",
         "Công đoàn xã Đức Hợp", "Công đoàn xã Đức Hợp", "commune", {"commune": "Đức Hợp"},
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("hnd", ASSOCIATION, ("HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH GIA LAI"), "HNDT", "Gia Lai",
         "Hội Nông dân tỉnh Gia Lai", "Hội Nông dân", "province", {"province": "Gia Lai"},
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("ccb", ASSOCIATION, ("HỘI CCB VIỆT NAM", "HỘI CỰU CHIẾN BINH TỈNH GIA LAI"), "CCB", "Gia Lai",
         "Hội Cựu chiến binh tỉnh Gia Lai", "Cựu chiến binh", "province", {"province": "Gia Lai"},
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    # --- cellcut: a mass organisation under its superior at every level ---
    Body("ccb_xa", ASSOCIATION, ("HỘI CCB HUYỆN KIM ĐỘNG", "HỘI CỰU CHIẾN BINH XÃ ĐỨC HỢP"), "CCB", "Đức Hợp",
         "Hội Cựu chiến binh xã Đức Hợp", "Cựu chiến binh", "commune", {"commune": "Đức Hợp"}, layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("nct", ASSOCIATION, ("HỘI NGƯỜI CAO TUỔI VIỆT NAM", "HỘI NGƯỜI CAO TUỔI TỈNH NGHỆ AN"), "HNCT", "Nghệ An",
         "Hội Người cao tuổi tỉnh Nghệ An", "Người cao tuổi", "province", NA, layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("nct_huyen", ASSOCIATION, ("HỘI NGƯỜI CAO TUỔI TỈNH NGHỆ AN", "HỘI NGƯỜI CAO TUỔI HUYỆN NGHĨA ĐÀN"), "HNCT",
         "Nghĩa Đàn", "Hội Người cao tuổi huyện Nghĩa Đàn", "Người cao tuổi", "district", {"district": "Nghĩa Đàn"},
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("khuyenhoc", ASSOCIATION, ("HỘI KHUYẾN HỌC VIỆT NAM", "HỘI KHUYẾN HỌC TỈNH NGHỆ AN"), "HKH", "Nghệ An",
         "Hội Khuyến học tỉnh Nghệ An", "Khuyến học", "province", NA, layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("khuyenhoc_xa", ASSOCIATION, ("HỘI KHUYẾN HỌC HUYỆN KIM ĐỘNG", "HỘI KHUYẾN HỌC XÃ ĐỨC HỢP"), "HKH", "Đức Hợp",
         "Hội Khuyến học xã Đức Hợp", "Khuyến học", "commune", {"commune": "Đức Hợp"}, layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("hlhpn_tinh", ASSOCIATION, ("HỘI LHPN VIỆT NAM", "HỘI LHPN TỈNH NGHỆ AN"), "HPN", "Nghệ An",
         "Hội Liên hiệp Phụ nữ tỉnh Nghệ An", "Nghệ An", "province", NA, layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("hctd_huyen", ASSOCIATION, ("HỘI CHỮ THẬP ĐỎ TỈNH NGHỆ AN", "HỘI CHỮ THẬP ĐỎ HUYỆN NGHĨA ĐÀN"), "HCTĐ",
         "Nghĩa Đàn", "Hội Chữ thập đỏ huyện Nghĩa Đàn", "Hội Chữ thập đỏ", "district", {"district": "Nghĩa Đàn"},
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("doan_tinh_tw", YOUTH, ("BCH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", "BCH ĐOÀN TỈNH NGHỆ AN"), "TĐTN", "Nghệ An",
         "Tỉnh Đoàn Nghệ An", "Đoàn", "province", NA, layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("nct_xa", ASSOCIATION, ("HỘI NCT HUYỆN KIM ĐỘNG", "HỘI NGƯỜI CAO TUỔI XÃ ĐỨC HỢP"), "HNCT", "Đức Hợp",
         "Hội Người cao tuổi xã Đức Hợp", "Người cao tuổi", "commune", {"commune": "Đức Hợp"}, layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("hnd_xa", ASSOCIATION, ("HỘI NÔNG DÂN HUYỆN KIM ĐỘNG", "BCH HỘI NÔNG DÂN XÃ ĐỨC HỢP"), "HND", "Đức Hợp",
         "Hội Nông dân xã Đức Hợp", "Hội Nông dân", "commune", {"commune": "Đức Hợp"}, layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("huyendoan", YOUTH, ("TỈNH ĐOÀN NGHỆ AN", "HUYỆN ĐOÀN NGHĨA ĐÀN"), "HĐTN", "Nghĩa Đàn",
         "Huyện Đoàn Nghĩa Đàn", "Nghĩa Đàn", "district", {"district": "Nghĩa Đàn"}, layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("huyendoan_bch", YOUTH, ("BCH TỈNH ĐOÀN NGHỆ AN", "BCH HUYỆN ĐOÀN NGHĨA ĐÀN"), "HĐTN", "Nghĩa Đàn",
         "Huyện Đoàn Nghĩa Đàn", "Nghĩa Đàn", "district", {"district": "Nghĩa Đàn"}, layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("mttq_tinh_tw", FRONT, ("ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM", "ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN"), "MTTQ",
         "Nghệ An", "Ủy ban MTTQ Việt Nam tỉnh Nghệ An", "MTTQ", "province", NA, layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("mttq_huyen2", FRONT, ("ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", "ỦY BAN MTTQ VIỆT NAM HUYỆN NGHĨA ĐÀN"), "MTTQ",
         "Nghĩa Đàn", "Ủy ban MTTQ Việt Nam huyện Nghĩa Đàn", "MTTQ", "district", {"district": "Nghĩa Đàn"},
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    Body("mttq_xa2", FRONT, ("ỦY BAN MTTQ VIỆT NAM HUYỆN KIM ĐỘNG", "ỦY BAN MTTQ VIỆT NAM XÃ ĐỨC HỢP"), "MTTQ",
         "Đức Hợp", "Ủy ban MTTQ Việt Nam xã Đức Hợp", "MTTQ", "commune", {"commune": "Đức Hợp"},
         layouts=("two_columns", "stacked", "pipes", "news_lead")),
    # --- cellcut: a council's standing committee, a board under a UBND or a Party committee ---
    _s("tt_hdnd_huyen", ["HĐND HUYỆN NHÀ BÈ", "THƯỜNG TRỰC"], "TTHĐND", "Nhà Bè", "Thường trực HĐND huyện Nhà Bè",
       "Thường trực", "district", {"district": "Nhà Bè"}, doc_type="TB"),
    _s("tt_hdnd_xa", ["HĐND XÃ ĐỨC HỢP", "THƯỜNG TRỰC"], "TTHĐND", "Đức Hợp", "Thường trực HĐND xã Đức Hợp",
       "Thường trực", "commune", {"commune": "Đức Hợp"}, doc_type="TB"),
    _s("bcd_tinh", ["UBND TỈNH NGHỆ AN", "BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN"], "BCĐ", "Nghệ An",
       "Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Nghệ An", "Ban Chỉ đạo phòng, chống thiên tai",
       "province", NA),
    _s("bcd_huyen", ["UBND HUYỆN KIM ĐỘNG", "BCĐ PHÒNG CHỐNG THIÊN TAI"], "BCĐ", "Kim Động",
       "BCĐ phòng chống thiên tai huyện Kim Động", "BCĐ phòng chống thiên tai", "district", {"district": "Kim Động"}),
    _p("bcd35_tu", ["TỈNH ỦY NGHỆ AN", "BAN CHỈ ĐẠO 35"], "BCĐ", "Nghệ An", "Ban Chỉ đạo 35 Tỉnh ủy Nghệ An",
       "Ban Chỉ đạo 35", "province", NA),
    _p("bcd35_hu", ["HUYỆN ỦY NGHĨA ĐÀN", "BAN CHỈ ĐẠO 35"], "BCĐ", "Nghĩa Đàn", "Ban Chỉ đạo 35 Huyện ủy Nghĩa Đàn",
       "Ban Chỉ đạo 35", "district", {"district": "Nghĩa Đàn"}),
    _p("bcd_tw", ["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC"], "BCĐTW",
       "Hà Nội", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực", "Ban Chỉ đạo Trung ương", "central",
       CENTRAL, doc_type="TB"),
    # an ad hoc council under its committee, named by its whole name and no place
    _s("hdtdkt", ["UBND TỈNH NGHỆ AN", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"], "HĐTĐKT", "Nghệ An",
       "Hội đồng Thi đua - Khen thưởng tỉnh Nghệ An", "Hội đồng Thi đua - Khen thưởng", "province", NA),
    _s("hdtdkt_huyen", ["UBND HUYỆN KIM ĐỘNG", "HỘI ĐỒNG THI ĐUA KHEN THƯỞNG"], "HĐTĐKT", "Kim Động",
       "Hội đồng Thi đua Khen thưởng huyện Kim Động", "Hội đồng Thi đua Khen thưởng", "district",
       {"district": "Kim Động"}),
    _s("pbgdpl", ["UBND TỈNH NGHỆ AN", "HỘI ĐỒNG PHỐI HỢP PBGDPL"], "HĐPH", "Nghệ An",
       "Hội đồng phối hợp PBGDPL tỉnh Nghệ An", "Hội đồng phối hợp PBGDPL", "province", NA),
    # --- cellcut: the Party's bloc and armed-force committees under their superior ---
    _p("duk_db", ["ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"], "ĐUK", "Nghệ An",
       "Đảng ủy Khối các cơ quan tỉnh Nghệ An", "Đảng ủy Khối", "province", NA),
    _p("duk_tw", ["BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG"], "ĐUK", "Hà Nội",
       "Đảng ủy Khối các cơ quan Trung ương", "Đảng ủy Khối", "central", CENTRAL),
    _p("cb_qs", ["ĐẢNG ỦY XÃ ĐỨC HỢP", "CHI BỘ QUÂN SỰ"], "CB", "Đức Hợp", "Chi bộ Quân sự xã Đức Hợp",
       "Chi bộ Quân sự", "commune", {"commune": "Đức Hợp"},
       layouts=("two_columns", "stacked", "pipes", "one_line", "bold_markdown", "news_lead")),
    _p("cb_ca", ["ĐẢNG ỦY PHƯỜNG HƯNG DŨNG", "CHI BỘ CÔNG AN"], "CB", "Hưng Dũng", "Chi bộ Công an phường Hưng Dũng",
       "Chi bộ Công an", "commune", {"commune": "Hưng Dũng"},
       layouts=("two_columns", "stacked", "pipes", "news_lead")),
    _p("duqs_tu", ["TỈNH ỦY NGHỆ AN", "ĐẢNG ỦY QUÂN SỰ TỈNH"], "ĐU", "Nghệ An",
       "Đảng ủy Quân sự tỉnh Nghệ An", "Đảng ủy Quân sự tỉnh", "province", NA, doc_type="NQ"),
    _p("duqs_hu", ["HUYỆN ỦY NGHĨA ĐÀN", "ĐẢNG ỦY QUÂN SỰ HUYỆN"], "ĐU", "Nghĩa Đàn",
       "Đảng ủy Quân sự huyện Nghĩa Đàn", "Đảng ủy Quân sự huyện", "district", {"district": "Nghĩa Đàn"},
       doc_type="NQ"),
)


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    number: str
    doc_type: str
    issued_on: date
    name: str
    level: str
    locality: dict[str, str | None]


# Damage real copies show, applied to a header row: the old tone placement (DOMAIN.md §6: 'uỷ', 'hoá'), a
# spaced number ('Số 09 - CTr/TU', tests/heldout/03_danang_tu_ctr.txt; 'Số: 45 /KH-UBND',
# tests/heldout/10_quangninh_ubnd_kh_2025.txt) and a place-date in figures ('Quảng Ninh, ngày 05/01/2025',
# the same file).
def _old_tones(text: str) -> str:
    return (text.replace("ỦY", "UỶ").replace("ủy", "uỷ").replace("Ủy", "Uỷ").replace("HÓA", "HOÁ")
            .replace("hóa", "hoá").replace("Hóa", "Hoá"))


def _spaced_number(text: str, number: str) -> str:
    spaced = number.replace("-", " - ", 1) if "/" in number.split("-", 1)[-1] else number.replace("/", " /", 1)
    return text.replace(number, spaced, 1)


def _date_in_figures(text: str, d: date) -> str:
    return text.replace(f"ngày {d.day} tháng {d.month} năm {d.year}", f"ngày {d.day:02d}/{d.month:02d}/{d.year}", 1)


def converted(body: Body, number: str) -> dict[str, str]:
    """converters: the header as the two-column table it is in the DOCX (issuer cell | motto cell, number
    cell | place-date cell), written by each DOCX/PDF-to-text converter of `bench.perturb.TABLE_LAYOUTS`
    (markitdown's pipe table as tests/realworld_blind30/c04_*, pandoc's grid table, MinerU's HTML as c01_*)."""
    when, _ = _when(body)
    star = _STAR.get(body.family)
    table: list[Row2] = [([*body.cells, *([star] if star else [])], list(_MOTTO[body.family])),
                         ([_party_number_line(body, number)], [when])]
    return {f"table_{name}": "\n".join(layout(table, random.Random(0))) + "\n\n" + _tail(body)
            for name, layout in TABLE_LAYOUTS.items()}


def rows() -> list[Row]:
    out = []
    for body in CATALOGUE:
        number = _number(body)
        _, d = _when(body)
        for layout, text in converted(body, number).items():
            out.append(Row(f"{body.key}-{layout}", text, number, body.doc_type, d, body.name, body.level,
                           dict(body.locality)))
        extra = _STANDING if body.family == PARTY and body.prose.startswith("Ban Thường vụ") else ()
        for layout in (*body.layouts, *extra):
            text = LAYOUTS[layout](body, number)
            locality = dict(body.locality)
            name = body.name
            if layout.startswith("news_lead"):  # a lead names only its subject: the parts it does not write are not checked
                locality = {k: v for k, v in locality.items() if v and v in body.prose}
            if layout == "lost_left_cell":  # only the organ's title line and the place-date line name it
                name, locality = _standing_committee(body), {}
            if layout == "code_only":  # the code's committee of the place-date line's unit
                name, locality = body.name, {}
            out.append(Row(f"{body.key}-{layout}", text, number, body.doc_type, d, name, body.level, locality))
            if layout.startswith("news_lead"):
                continue
            for tag, damaged in (("oldtones", _old_tones(text)), ("spaced", _spaced_number(text, number)),
                                 ("figures", _date_in_figures(text, d))):
                if damaged != text:
                    out.append(Row(f"{body.key}-{layout}-{tag}", damaged, number, body.doc_type, d, name,
                                   body.level, locality))
    return out
