# ruff: noqa: E501  (a catalogue of short whole documents reads better unwrapped)
"""Localities across the 2025 reform: the same name read on the map of the document's date.

Since 1 Jul 2025 Vietnam has 34 provinces and 3,321 communes and wards, and no districts (DOMAIN §5). A name
can stand for two units: 'phường Dĩ An' is a ward of Bình Dương (thành phố Dĩ An) before and of Hồ Chí Minh City
after; 'xã Bảo Yên' is a commune of Phú Thọ (huyện Thanh Thủy) before and the Lào Cai commune named after the
former huyện Bảo Yên after. Each row is a short whole document (its header, place-date line and title; a news
page's dateline and lead) issued by a unit whose name changed or moved, before or after the reform.

Names were picked from the `vietnamadminunits` gazetteer by code, each the only unit of its name in its era:
- a ward now in another province: phường Dĩ An (25942: district 724, Bình Dương, before; Hồ Chí Minh after), phường
  Hai Bà Trưng (legacy 08740 of Phúc Yên, Vĩnh Phúc; 2025 00256, Hà Nội), xã Mường Hoa (legacy 03037 of Sa
  Pa, Lào Cai; 2025 05134, Phú Thọ);
- a new commune named after a district merged away: xã Bắc Mê (2025 00991, Tuyên Quang; huyện Bắc Mê 031 of
  Hà Giang before), xã Bảo Yên (2025 Lào Cai; legacy xã Bảo Yên of Thanh Thủy, Phú Thọ);
- a commune whose name is new in 2025: phường Phố Hiến (11953), xã Triệu Việt Vương (12223), both Hưng Yên;
- merged provinces: tỉnh Tuyên Quang (with Hà Giang), tỉnh Lào Cai (with Yên Bái), Hồ Chí Minh City (with Bình
  Dương and Bà Rịa - Vũng Tàu).

Expected values follow the gold format's rules (docs/realworld.md): every locality part is graded and a part
the text does not support is null; after 1 Jul 2025 the district is null (abolished); before, a commune's
district and province are filled from the gazetteer when its name is unique, as the labels of blind3 do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

_TITLE = "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"
_BODY = ("I. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt đầy đủ nội dung Nghị quyết.\n"
         "II. NHIỆM VỤ, GIẢI PHÁP\n1. Nâng cao nhận thức về chuyển đổi số trong cán bộ, đảng viên.\n")


@dataclass(frozen=True)
class URow:
    id: str
    text: str
    issued_on: date | None
    name: str  # contained in the issuer's name
    level: str
    province: str | None
    district: str | None
    commune: str | None


def party(parent: str | None, cell: str, place: str, d: date, number: str = "25-KH/ĐU") -> str:
    """A Party committee's header as a PDF gives it: each cell on its own line, the parent body above."""
    top = f"{parent}\n" if parent else ""
    return (f"{top}{cell}\n*\nSố {number}\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
            f"{place}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}\n\nKẾ HOẠCH\n{_TITLE}\n\n" + _BODY)


def state(cell: str, place: str, d: date, number: str = "118/KH-UBND") -> str:
    """A People's Committee's header: 'ỦY BAN NHÂN DÂN' over the unit's line, the national motto beside."""
    return (f"ỦY BAN NHÂN DÂN\n{cell}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            f"Số: {number}\n\n{place}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}\n\nKẾ HOẠCH\n{_TITLE}\n\n"
            + _BODY)


def news(dateline: str, lead: str) -> str:
    """A stored news page: its dateline, a section word, the headline and the lead (blind5 b07's shape)."""
    return f"  date {dateline} Chính trị\n\nChuyển đổi số\n\n{lead}\n\n" + "Theo đó, các chi bộ chủ động rà soát nhiệm vụ.\n"


_AUG25, _JUN25, _MAY24, _OCT25 = date(2025, 8, 20), date(2025, 6, 10), date(2024, 5, 14), date(2025, 10, 2)

UNIT_ROWS: list[URow] = [
    # a ward now in another province
    URow("dian-party-after", party("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "ĐẢNG ỦY PHƯỜNG DĨ AN", "Dĩ An", _AUG25),
         _AUG25, "Đảng ủy phường Dĩ An", "commune", "Hồ Chí Minh", None, "Dĩ An"),
    URow("dian-party-after-noparent", party(None, "ĐẢNG ỦY PHƯỜNG DĨ AN", "Dĩ An", _AUG25),
         _AUG25, "Đảng ủy phường Dĩ An", "commune", "Hồ Chí Minh", None, "Dĩ An"),
    URow("dian-ubnd-after", state("PHƯỜNG DĨ AN", "Dĩ An", _OCT25),
         _OCT25, "phường Dĩ An", "commune", "Hồ Chí Minh", None, "Dĩ An"),
    URow("dian-ubnd-before-2024", state("PHƯỜNG DĨ AN", "Dĩ An", _MAY24),
         _MAY24, "phường Dĩ An", "commune", "Bình Dương", "Dĩ An", "Dĩ An"),
    URow("dian-party-before-june2025", party("ĐẢNG BỘ THÀNH PHỐ DĨ AN", "ĐẢNG ỦY PHƯỜNG DĨ AN", "Dĩ An", _JUN25),
         _JUN25, "Đảng ủy phường Dĩ An", "commune", "Bình Dương", "Dĩ An", "Dĩ An"),
    URow("dian-news-dateline", news("2025-08-27", "Sáng 27-8, Đảng uỷ phường Dĩ An triển khai Kế hoạch thực hiện Nghị quyết 57-NQ/TW, ngày 22-12-2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ."),
         None, "Đảng ủy phường Dĩ An", "commune", "Hồ Chí Minh", None, "Dĩ An"),
    URow("dian-news-dateline-before", news("2024-03-12", "Sáng 12-3, Đảng uỷ phường Dĩ An triển khai Kế hoạch thực hiện Nghị quyết 43-NQ/TW, ngày 24-11-2023 của Ban Chấp hành Trung ương."),
         None, "Đảng ủy phường Dĩ An", "commune", "Bình Dương", "Dĩ An", "Dĩ An"),
    URow("haibatrung-party-after", party("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "ĐẢNG ỦY PHƯỜNG HAI BÀ TRƯNG", "Hà Nội", _AUG25),
         _AUG25, "Đảng ủy phường Hai Bà Trưng", "commune", "Hà Nội", None, "Hai Bà Trưng"),
    URow("haibatrung-ubnd-before", state("PHƯỜNG HAI BÀ TRƯNG", "Phúc Yên", _MAY24),
         _MAY24, "phường Hai Bà Trưng", "commune", "Vĩnh Phúc", "Phúc Yên", "Hai Bà Trưng"),
    URow("muonghoa-ubnd-after", state("XÃ MƯỜNG HOA", "Mường Hoa", _OCT25),
         _OCT25, "xã Mường Hoa", "commune", "Phú Thọ", None, "Mường Hoa"),
    URow("muonghoa-ubnd-before", state("XÃ MƯỜNG HOA", "Mường Hoa", _MAY24),
         _MAY24, "xã Mường Hoa", "commune", "Lào Cai", "Sa Pa", "Mường Hoa"),
    # a new commune named after a district merged away
    URow("bacme-party-after", party("ĐẢNG BỘ TỈNH TUYÊN QUANG", "ĐẢNG ỦY XÃ BẮC MÊ", "Bắc Mê", _AUG25),
         _AUG25, "Đảng ủy xã Bắc Mê", "commune", "Tuyên Quang", None, "Bắc Mê"),
    URow("bacme-ubnd-after", state("XÃ BẮC MÊ", "Bắc Mê", _OCT25),
         _OCT25, "xã Bắc Mê", "commune", "Tuyên Quang", None, "Bắc Mê"),
    URow("bacme-district-before-june2025", party("ĐẢNG BỘ TỈNH HÀ GIANG", "HUYỆN ỦY BẮC MÊ", "Bắc Mê", _JUN25, "40-KH/HU"),
         _JUN25, "Huyện ủy Bắc Mê", "district", "Hà Giang", "Bắc Mê", None),
    URow("baoyen-ubnd-after", state("XÃ BẢO YÊN", "Bảo Yên", _OCT25),
         _OCT25, "xã Bảo Yên", "commune", "Lào Cai", None, "Bảo Yên"),
    URow("baoyen-ubnd-before", state("XÃ BẢO YÊN", "Thanh Thủy", _MAY24),
         _MAY24, "xã Bảo Yên", "commune", "Phú Thọ", "Thanh Thủy", "Bảo Yên"),
    URow("baoyen-district-before", state("HUYỆN BẢO YÊN", "Bảo Yên", _MAY24),
         _MAY24, "huyện Bảo Yên", "district", "Lào Cai", "Bảo Yên", None),
    # a commune that kept its name when its province merged: its old district before, none after
    URow("lungcu-party-after", party("ĐẢNG BỘ TỈNH TUYÊN QUANG", "ĐẢNG ỦY XÃ LŨNG CÚ", "Lũng Cú", _AUG25),
         _AUG25, "Đảng ủy xã Lũng Cú", "commune", "Tuyên Quang", None, "Lũng Cú"),
    URow("lungcu-party-before", party("ĐẢNG BỘ HUYỆN ĐỒNG VĂN", "ĐẢNG ỦY XÃ LŨNG CÚ", "Lũng Cú", _MAY24),
         _MAY24, "Đảng ủy xã Lũng Cú", "commune", "Hà Giang", "Đồng Văn", "Lũng Cú"),
    URow("lungcu-mttq-after", state("XÃ LŨNG CÚ", "Lũng Cú", _OCT25).replace("ỦY BAN NHÂN DÂN\n", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\n", 1).replace("/KH-UBND", "/KH-MTTQ"),
         _OCT25, "xã Lũng Cú", "commune", "Tuyên Quang", None, "Lũng Cú"),
    URow("lungcu-news-dateline-lower", news("2025-09-15", "UBND xã Lũng Cú vừa ban hành Kế hoạch số 15/KH-UBND ngày 10/9/2025 về chuyển đổi số năm 2025."),
         date(2025, 9, 10), "xã Lũng Cú", "commune", "Tuyên Quang", None, "Lũng Cú"),
    URow("baoyen-party-after-parent", party("ĐẢNG BỘ TỈNH LÀO CAI", "ĐẢNG ỦY XÃ BẢO YÊN", "Bảo Yên", _AUG25),
         _AUG25, "Đảng ủy xã Bảo Yên", "commune", "Lào Cai", None, "Bảo Yên"),
    URow("baoyen-party-before-parent", party("ĐẢNG BỘ HUYỆN THANH THỦY", "ĐẢNG ỦY XÃ BẢO YÊN", "Bảo Yên", _MAY24),
         _MAY24, "Đảng ủy xã Bảo Yên", "commune", "Phú Thọ", "Thanh Thủy", "Bảo Yên"),
    URow("bacme-hdnd-after", state("XÃ BẮC MÊ", "Bắc Mê", _OCT25, "20/NQ-HĐND").replace("ỦY BAN NHÂN DÂN\n", "HỘI ĐỒNG NHÂN DÂN\n", 1).replace("KẾ HOẠCH\n", "NGHỊ QUYẾT\n"),
         _OCT25, "xã Bắc Mê", "commune", "Tuyên Quang", None, "Bắc Mê"),
    URow("bacme-lower-lead-after", "Ngày 5/9/2025, đảng ủy xã Bắc Mê đã ban hành Kế hoạch số 12-KH/ĐU về chuyển đổi số năm 2025.\nTheo đó, các chi bộ chủ động rà soát nhiệm vụ.\n",
         date(2025, 9, 5), "xã Bắc Mê", "commune", "Tuyên Quang", None, "Bắc Mê"),
    URow("dian-lower-lead-before", "Ngày 5/9/2024, đảng ủy phường Dĩ An đã ban hành Kế hoạch số 12-KH/ĐU về chuyển đổi số năm 2024.\nTheo đó, các chi bộ chủ động rà soát nhiệm vụ.\n",
         date(2024, 9, 5), "phường Dĩ An", "commune", "Bình Dương", "Dĩ An", "Dĩ An"),
    URow("dian-lower-lead-after", "Ngày 5/9/2025, đảng ủy phường Dĩ An đã ban hành Kế hoạch số 12-KH/ĐU về chuyển đổi số năm 2025.\nTheo đó, các chi bộ chủ động rà soát nhiệm vụ.\n",
         date(2025, 9, 5), "phường Dĩ An", "commune", "Hồ Chí Minh", None, "Dĩ An"),
    # a commune whose name is new in 2025
    URow("phohien-party-after", party("ĐẢNG BỘ TỈNH HƯNG YÊN", "ĐẢNG ỦY PHƯỜNG PHỐ HIẾN", "Phố Hiến", _AUG25),
         _AUG25, "Đảng ủy phường Phố Hiến", "commune", "Hưng Yên", None, "Phố Hiến"),
    URow("trieuvietvuong-party-after-noparent", party(None, "ĐẢNG ỦY XÃ TRIỆU VIỆT VƯƠNG", "Triệu Việt Vương", _AUG25),
         _AUG25, "Đảng ủy xã Triệu Việt Vương", "commune", "Hưng Yên", None, "Triệu Việt Vương"),
    URow("trieuvietvuong-ubnd-after", state("XÃ TRIỆU VIỆT VƯƠNG", "Triệu Việt Vương", _OCT25),
         _OCT25, "xã Triệu Việt Vương", "commune", "Hưng Yên", None, "Triệu Việt Vương"),
    # merged provinces
    URow("tuyenquang-tu-after", party("ĐẢNG BỘ TỈNH TUYÊN QUANG", "TỈNH ỦY TUYÊN QUANG", "Tuyên Quang", _OCT25, "12-KH/TU"),
         _OCT25, "Tỉnh ủy Tuyên Quang", "province", "Tuyên Quang", None, None),
    URow("hagiang-ubnd-before", state("TỈNH HÀ GIANG", "Hà Giang", _MAY24, "90/KH-UBND"),
         _MAY24, "tỉnh Hà Giang", "province", "Hà Giang", None, None),
    URow("laocai-ubnd-after", state("TỈNH LÀO CAI", "Lào Cai", _OCT25, "301/KH-UBND"),
         _OCT25, "tỉnh Lào Cai", "province", "Lào Cai", None, None),
    URow("hcm-tu-after", party("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH", "Thành phố Hồ Chí Minh", _AUG25, "55-KH/TU"),
         _AUG25, "Thành ủy", "province", "Hồ Chí Minh", None, None),
    # a 2025 name of several provinces: the parent body's line decides, none leaves the province open
    URow("yenxuan-party-after-hanoi", party("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "ĐẢNG ỦY XÃ YÊN XUÂN", "Yên Xuân", _AUG25),
         _AUG25, "Đảng ủy xã Yên Xuân", "commune", "Hà Nội", None, "Yên Xuân"),
    URow("yenxuan-party-after-nghean", party("ĐẢNG BỘ TỈNH NGHỆ AN", "ĐẢNG ỦY XÃ YÊN XUÂN", "Yên Xuân", _AUG25),
         _AUG25, "Đảng ủy xã Yên Xuân", "commune", "Nghệ An", None, "Yên Xuân"),
    URow("yenxuan-party-after-noparent", party(None, "ĐẢNG ỦY XÃ YÊN XUÂN", "Yên Xuân", _AUG25),
         _AUG25, "Đảng ủy xã Yên Xuân", "commune", None, None, "Yên Xuân"),
    # a 2025 document issued before July names its district
    URow("tucuong-ubnd-april2025", state("XÃ TỰ CƯỜNG", "Tự Cường", date(2025, 4, 8)),
         date(2025, 4, 8), "xã Tự Cường", "commune", "Hải Phòng", "Tiên Lãng", "Tự Cường"),
    URow("tienlang-ubnd-may2025", state("HUYỆN TIÊN LÃNG", "Tiên Lãng", date(2025, 5, 20)),
         date(2025, 5, 20), "huyện Tiên Lãng", "district", "Hải Phòng", "Tiên Lãng", None),
    # an island district become a special zone ('đặc khu'), at the communes' level
    URow("vandon-dackhu-after", party("ĐẢNG BỘ TỈNH QUẢNG NINH", "ĐẢNG ỦY ĐẶC KHU VÂN ĐỒN", "Vân Đồn", _AUG25),
         _AUG25, "Đảng ủy đặc khu Vân Đồn", "commune", "Quảng Ninh", None, "Vân Đồn"),
    URow("vandon-huyen-before", party("ĐẢNG BỘ TỈNH QUẢNG NINH", "HUYỆN ỦY VÂN ĐỒN", "Vân Đồn", _MAY24, "30-KH/HU"),
         _MAY24, "Huyện ủy Vân Đồn", "district", "Quảng Ninh", "Vân Đồn", None),
    # Huế: a centrally-run city from 1 Jan 2025, the capital of tỉnh Thừa Thiên Huế before
    URow("hue-ubnd-march2025", state("THÀNH PHỐ HUẾ", "Huế", date(2025, 3, 12), "75/KH-UBND"),
         date(2025, 3, 12), "thành phố Huế", "province", "Huế", None, None),
    URow("hue-thanhuy-march2025", party("ĐẢNG BỘ THÀNH PHỐ HUẾ", "THÀNH ỦY HUẾ", "Huế", date(2025, 3, 12), "18-KH/TU"),
         date(2025, 3, 12), "Thành ủy Huế", "province", "Huế", None, None),
    URow("hue-ubnd-2018", state("THÀNH PHỐ HUẾ", "Huế", date(2018, 9, 4), "210/KH-UBND"),
         date(2018, 9, 4), "thành phố Huế", "district", "Thừa Thiên Huế", "Huế", None),
    URow("hue-ubnd-after", state("THÀNH PHỐ HUẾ", "Huế", _OCT25, "402/KH-UBND"),
         _OCT25, "thành phố Huế", "province", "Huế", None, None),
    # an explicit place beats the date: an undated page that names the ward's new city
    URow("dian-explicit-city-undated", "Đảng ủy phường Dĩ An, Thành phố Hồ Chí Minh vừa ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.\nTheo đó, các chi bộ chủ động rà soát nhiệm vụ.\n",
         None, "Đảng ủy phường Dĩ An", "commune", "Hồ Chí Minh", None, "Dĩ An"),
    URow("dian-explicit-city-bracket-lead", news("2025-08-27", "Sáng 27-8, Đảng ủy phường Dĩ An (TP Hồ Chí Minh) triển khai Kế hoạch thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị."),
         None, "Đảng ủy phường Dĩ An", "commune", "Hồ Chí Minh", None, "Dĩ An"),
    URow("dian-explicit-parent-undated", party("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "ĐẢNG ỦY PHƯỜNG DĨ AN", "Dĩ An", _AUG25).replace(", ngày 20 tháng 08 năm 2025", ", ngày    tháng    năm 2025"),
         None, "Đảng ủy phường Dĩ An", "commune", "Hồ Chí Minh", None, "Dĩ An"),
]
