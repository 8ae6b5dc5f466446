# ruff: noqa: E501  (tables of real-looking Vietnamese text read better unwrapped)
"""The forms in which a document writes its own issue date and number, and the decoys that must not
be read as its own.

A catalogue built from the labelled real sets (each row names the real file whose form it copies): the
place-date line with its spacings, capitals and damage; numeric dates; a place-date line run onto the
number line; a news lead that dates and numbers the page's document; numbers with spaces, term
suffixes, letters' codes and Party codes with 'Đ' or 'TƯ'; and, as decoys, a cited parent's number and
date, a meeting date, a 'Nơi nhận' list, a copy stamp, a period '2021-2025'. Each row is a whole
synthetic document (header, title, lead, a task) graded as the gold format grades `document.number`
and `document.issued_on` (equal, null must be null).
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from loaders.docnumber import DocNumber
from loaders.parse import parse_text

TU_ORG = "TỈNH ỦY LẠNG SƠN\n*\n"
HU_ORG = "ĐẢNG BỘ TỈNH HƯNG YÊN\nHUYỆN ỦY KIM ĐỘNG\n*\n"
UB_ORG = "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n-------\n"
MOTTO_P = "ĐẢNG CỘNG SẢN VIỆT NAM\n"
MOTTO_S = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"

TASKS = ("I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân.\n"
         "II. NHIỆM VỤ, GIẢI PHÁP\n1. Tăng cường công tác tuyên truyền, quán triệt.\n"
         "2. Các cơ quan, đơn vị xây dựng kế hoạch cụ thể, hoàn thành trong quý II/2024.\n")
LEAD_TU = ("Thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII, "
           "Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau:")
LEAD_HU = ("Thực hiện Kế hoạch số 250-KH/TU ngày 25/12/2023 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết "
           "số 43-NQ/TW, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:")
LEAD_UB = ("Thực hiện Kế hoạch số 114-KH/TU ngày 20/4/2024 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban "
           "hành Kế hoạch thực hiện như sau:")
TITLE = "KẾ HOẠCH\nthực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XIII\n"


@dataclass(frozen=True)
class Row:
    id: str
    src: str  # the real file whose form the row copies
    text: str
    number: str | None
    issued_on: str | None


def party(number_line: str, place_date: str, org: str = TU_ORG, lead: str = LEAD_TU) -> str:
    return f"{org}{number_line}\n{MOTTO_P}{place_date}\n{TITLE}{lead}\n{TASKS}"


def state(number_line: str, place_date: str, lead: str = LEAD_UB) -> str:
    return f"{UB_ORG}{number_line}\t{MOTTO_S}{place_date}\n{TITLE}{lead}\n{TASKS}"


ROWS = [
    # --- the place-date line: spacings, capitals, commas, damage ---
    Row("pd-plain", "seeds 002", party("Số 114-KH/TU", "Lạng Sơn, ngày 20 tháng 4 năm 2024"), "114-KH/TU", "2024-04-20"),
    Row("pd-leading-zeros", "realworld c03", party("Số 114-KH/TU", "Lạng Sơn, ngày 05 tháng 03 năm 2024"), "114-KH/TU", "2024-03-05"),
    Row("pd-double-spaces", "realworld d12 (double spaces in the header)", party("Số 114-KH/TU", "Lạng Sơn,  ngày  20  tháng  4  năm  2024"), "114-KH/TU", "2024-04-20"),
    Row("pd-space-before-comma", "realworld s39 ('Hà Tĩnh , ngày')", party("Số 114-KH/TU", "Lạng Sơn , ngày 20 tháng 4 năm 2024"), "114-KH/TU", "2024-04-20"),
    Row("pd-caps", "blind11 b01 ('..., NGÀY 10 THÁNG ...')", party("Số 114-KH/TU", "LẠNG SƠN, NGÀY 20 THÁNG 4 NĂM 2024"), "114-KH/TU", "2024-04-20"),
    Row("pd-wrapped-year", "realworld s47 ('Bắc Ninh, ngày' / '02 tháng 11 năm 2012')", party("Số 114-KH/TU", "Lạng Sơn, ngày\n20 tháng 4 năm 2024"), "114-KH/TU", "2024-04-20"),
    Row("pd-ngay-ngay", "DOMAIN §6 ('ngày ngày')", party("Số 114-KH/TU", "Lạng Sơn, ngày ngày 20 tháng 4 năm 2024"), "114-KH/TU", "2024-04-20"),
    Row("pd-old-tone-place", "blind3 b29 (' Thanh Hoá, ngày 27 tháng 6 năm 2025')", party("Số 114-KH/TU", "Thanh Hoá, ngày 20 tháng 4 năm 2024", org="TỈNH ỦY THANH HÓA\n*\n"), "114-KH/TU", "2024-04-20"),
    Row("pd-city-tp", "blind2 b09 ('Thành phố Hồ Chí Minh, ngày')", state("Số: 1576/KH-UBND", "Thành phố Hồ Chí Minh, ngày 12 tháng 5 năm 2024"), "1576/KH-UBND", "2024-05-12"),
    Row("pd-hyphen-place", "realworld k39 (Phan Rang-Tháp Chàm)", state("Số: 45/KH-UBND", "Phan Rang-Tháp Chàm, ngày 12 tháng 5 năm 2024"), "45/KH-UBND", "2024-05-12"),
    Row("pd-2025-province", "blind n01 (a 2025 document of a merged province)", party("Số 12-KH/TU", "Đà Nẵng, ngày 15 tháng 7 năm 2025", org="ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG\nTHÀNH ỦY\n*\n"), "12-KH/TU", "2025-07-15"),
    Row("pd-2025-commune", "blind n04 (a commune after July 2025)", state("Số: 36/KH-UBND", "Xuân Tín, ngày 20 tháng 7 năm 2025"), "36/KH-UBND", "2025-07-20"),
    Row("pd-2025-hue", "blind14 b01 ('Huế, ngày 25 tháng 11 năm 2025': the city after July 2025)", f"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\n-------\nSố: 458/KH-UBND\t{MOTTO_S}Huế, ngày 25 tháng 11 năm 2025\n{TITLE}{LEAD_UB}\n{TASKS}", "458/KH-UBND", "2025-11-25"),
    Row("pd-leading-space", "blind3 b29 (' Thanh Hoá, ngày 27 tháng 6 năm 2025')", state("Số: 130/KH-UBND", " Thanh Hoá, ngày 27 tháng 6 năm 2025"), "130/KH-UBND", "2025-06-27"),
    # --- blanks: the date left to fill, or impossible ---
    Row("pd-blank-dots", "unseen m17 ('Số:         / TB-UBND', 'Đức Hợp, ngày ….. tháng 12 năm 2021')", state("Số:         / TB-UBND", "Đức Hợp, ngày ….. tháng 12 năm 2021"), None, None),
    Row("pd-impossible", "DOMAIN §6 (30/02)", party("Số 114-KH/TU", "Lạng Sơn, ngày 30 tháng 02 năm 2024"), "114-KH/TU", None),
    # --- numeric dates in the place-date line ---
    Row("pd-slash", "realworld c20 (a numeric date)", party("Số 114-KH/TU", "Lạng Sơn, ngày 20/4/2024"), "114-KH/TU", "2024-04-20"),
    Row("pd-dash", "realworld k26 ('ngày 2-4-2020')", party("Số 114-KH/TU", "Lạng Sơn, ngày 20-4-2024"), "114-KH/TU", "2024-04-20"),
    Row("pd-dot", "realworld s47 ('17.5.2011')", party("Số 114-KH/TU", "Lạng Sơn, ngày 20.4.2024"), "114-KH/TU", "2024-04-20"),
    # --- the place-date line run onto the number line, or tabbed beside it ---
    Row("run-on-pipe", "realworld k19 ('Số: 983/KH-UBND | Tây Ninh, ngày ...')", f"{UB_ORG}{MOTTO_S}Số: 1556/KH-UBND | Lai Châu, ngày 12 tháng 5 năm 2024\n{TITLE}{LEAD_UB}\n{TASKS}", "1556/KH-UBND", "2024-05-12"),
    Row("run-on-space", "realworld s09 ('Số: .../UBND-NCTH Vị Thanh, ngày ...')", f"{UB_ORG}{MOTTO_S}Số: 1556/KH-UBND Lai Châu, ngày 12 tháng 5 năm 2024\n{TITLE}{LEAD_UB}\n{TASKS}", "1556/KH-UBND", "2024-05-12"),
    Row("run-on-tab", "seeds (tab between the columns)", f"{TU_ORG}Số 114-KH/TU\tLạng Sơn, ngày 20 tháng 4 năm 2024\n{MOTTO_P}{TITLE}{LEAD_TU}\n{TASKS}", "114-KH/TU", "2024-04-20"),
    # --- a date after the signature (letters and notices whose header lost the date) ---
    # --- number shapes in the header ---
    Row("no-space-dash", "realworld blind10 b01 ('Số 411 -KH/...')", party("Số 114 -KH/TU", "Lạng Sơn, ngày 20 tháng 4 năm 2024"), "114-KH/TU", "2024-04-20"),
    Row("spaced-dash", "DOMAIN §2 ('66 – CTr/TU')", party("Số 114 – KH/TU", "Lạng Sơn, ngày 20 tháng 4 năm 2024"), "114-KH/TU", "2024-04-20"),
    Row("colon-party", "realworld h06 layout", party("Số: 114-KH/TU", "Lạng Sơn, ngày 20 tháng 4 năm 2024"), "114-KH/TU", "2024-04-20"),
    Row("party-district", "seeds 002", party("Số 131-KH/HU", "Kim Động, ngày 5 tháng 4 năm 2024", org=HU_ORG, lead=LEAD_HU), "131-KH/HU", "2024-04-05"),
    Row("state-space-slash", "realworld d12 ('Số: 09 /CV- UBND')", state("Số: 45 /KH-UBND", "Lai Châu, ngày 12 tháng 5 năm 2024"), "45/KH-UBND", "2024-05-12"),
    Row("state-space-both", "blind2 b28 ('Số: 91 / UBND')", state("Số: 45 / KH - UBND", "Lai Châu, ngày 12 tháng 5 năm 2024"), "45/KH-UBND", "2024-05-12"),
    Row("state-year", "realworld s47 ('84/2012/QĐ-UBND')", state("Số: 84/2024/QĐ-UBND", "Lai Châu, ngày 12 tháng 5 năm 2024"), "84/2024/QĐ-UBND", "2024-05-12"),
    Row("letter-vx", "realworld d05 ('/UBND-VX')", state("Số: 250/UBND-VX", "Lai Châu, ngày 12 tháng 5 năm 2024"), "250/UBND-VX", "2024-05-12"),
    Row("term-suffix", "blind9 b09 ('3260-KH/ĐĐQH15')", f"ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG ĐOÀN QUỐC HỘI\nSố 3260-KH/ĐĐQH15\nHà Nội, ngày 10 tháng 01 năm 2025\n{TITLE}{LEAD_TU}\n{TASKS}", "3260-KH/ĐĐQH15", "2025-01-10"),
    Row("party-du", "realworld d17 ('-KH/ĐU')", party("Số 45-KH/ĐU", "Đức Hợp, ngày 10 tháng 5 năm 2024", org="ĐẢNG BỘ HUYỆN KIM ĐỘNG\nĐẢNG ỦY XÃ ĐỨC HỢP\n*\n", lead=LEAD_HU), "45-KH/ĐU", "2024-05-10"),
    Row("state-letter-suffix", "blind13 b10 ('Số: 3016/BYT-KH-TC')", state("Số: 3016/BYT-KH-TC", "Hà Nội, ngày 12 tháng 5 năm 2022"), "3016/BYT-KH-TC", "2022-05-12"),
    Row("state-seq-letter", "unseen m41 ('Số: 908a/VPCP-KTN')", state("Số: 908a/VPCP-KTN", "Hà Nội, ngày 12 tháng 5 năm 2016"), "908a/VPCP-KTN", "2016-05-12"),
    Row("state-seq-letter-space", "blind11 b03 ('Số: 06b /NQ-TLĐ')", state("Số: 06b /NQ-TLĐ", "Hà Nội, ngày 03 tháng 8 năm 2015"), "06b/NQ-TLĐ", "2015-08-03"),
    Row("state-no-hyphen", "realworld s16 ('Số: 1961/QĐUBND')", state("Số: 1961/QĐUBND", "Kiên Giang, ngày 28 tháng 8 năm 2019"), "1961/QĐ-UBND", "2019-08-28"),
    Row("state-letter-space-code", "blind2 b26 ('Số: 09/UBND- VP')", state("Số: 09/UBND- VP", "Liên Sơn, ngày 28 tháng 3 năm 2020"), "09/UBND-VP", "2020-03-28"),
    Row("state-joint-dot", "blind12 b07 ('Số: 06/QC-TT.HĐND-UBND')", state("Số: 06/QC-TT.HĐND-UBND", "Hòa Bình, ngày 20 tháng 3 năm 2019"), "06/QC-TT.HĐND-UBND", "2019-03-20"),
    Row("state-joint-three", "blind11 b10 ('Số: 69/QCPH-HĐND-UBND-MTTQ')", state("Số: 69/QCPH-HĐND-UBND-MTTQ", "Bình Chánh, ngày 02 tháng 11 năm 2021"), "69/QCPH-HĐND-UBND-MTTQ", "2021-11-02"),
    Row("state-joint-slash", "realworld s46 ('Số: 01/QCPH/UBND-UBMTTQ')", state("Số: 01/QCPH/UBND-UBMTTQ", "Đắk Lắk, ngày 27 tháng 10 năm 2017"), "01/QCPH/UBND-UBMTTQ", "2017-10-27"),
    Row("joint-council-committee", "realworld s46 (the same shape for a council and its committee)", state("Số: 05/QCPH/HĐND-UBND", "Đắk Lắk, ngày 12 tháng 3 năm 2018"), "05/QCPH/HĐND-UBND", "2018-03-12"),
    Row("joint-programme-spaced", "realworld s46 and d12 (a joint programme, spaced as 'Số: 09 /CV- UBND')", state("Số: 02 /CTPH/UBND- MTTQ", "Đắk Lắk, ngày 12 tháng 3 năm 2018"), "02/CTPH/UBND-MTTQ", "2018-03-12"),
    Row("joint-year-central", "realworld s46 (cited '09/2008/NQLT/CP-UBTUMTTQVN': the Government and the Front's joint resolution)", "CHÍNH PHỦ - ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM\nSố: 09/2008/NQLT/CP-UBTUMTTQVN\t" + MOTTO_S + "Hà Nội, ngày 17 tháng 4 năm 2008\nNGHỊ QUYẾT LIÊN TỊCH\nhướng dẫn thi hành Điều 11 của Luật Mặt trận Tổ quốc Việt Nam\n", "09/2008/NQLT/CP-UBTUMTTQVN", "2008-04-17"),
    Row("party-youth-dept", "blind10 b01 ('Số: 411-KH/TWĐTN-BTC')", party("Số: 411-KH/TWĐTN-BTC", "Hà Nội, ngày 12 tháng 5 năm 2021", org="BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n***\n"), "411-KH/TWĐTN-BTC", "2021-05-12"),
    Row("party-board", "realworld c17 ('-CV/BTGTU')", party("Số 1510-CV/BTGTU", "Trà Vinh, ngày 12 tháng 5 năm 2020", org="TỈNH ỦY TRÀ VINH\nBAN TUYÊN GIÁO\n*\n"), "1510-CV/BTGTU", "2020-05-12"),
    Row("crlf-literal", "realworld h02 (a literal '\\r\\n' between the lines)", (UB_ORG + "Số: 54/KH-UBND\t" + MOTTO_S + "Lạng Sơn, ngày 12 tháng 3 năm 2020\n" + TITLE + LEAD_UB + "\n" + TASKS).replace("\n", "\\r\\n "), "54/KH-UBND", "2020-03-12"),
    # --- header cells run together without a space (a forum or flattened copy) ---
    Row("glued-youth-sub", "blind2 b08 ('BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày ...')", "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 412 - KH/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 12 tháng 5 năm 2021 KẾ HOẠCHtổ chức Đại hội Đoàn các cấp - Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; - Căn cứ Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn; Ban Bí thư Trung ương Đoàn ban hành Kế hoạch như sau:\n", "412-KH/TWĐTN-VP", "2021-05-12"),
    Row("glued-party-motto-flat", "blind2 b08 (the same run-together header, a Party committee's motto after its number)", "TỈNH ỦY LẠNG SƠN***Số 114-KH/TUĐẢNG CỘNG SẢN VIỆT NAM Lạng Sơn, ngày 20 tháng 4 năm 2024 KẾ HOẠCH thực hiện Nghị quyết số 43-NQ/TW Thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch thực hiện như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Nâng cao nhận thức của cán bộ, đảng viên.\n", "114-KH/TU", "2024-04-20"),
    Row("glued-party-motto-lines", "blind2 b08 (number and motto run together, the other cells on lines of their own)", party("Số 131-KH/HUĐẢNG CỘNG SẢN VIỆT NAM", "Kim Động, ngày 5 tháng 4 năm 2024", org=HU_ORG, lead=LEAD_HU).replace("VIỆT NAM\nĐẢNG CỘNG SẢN VIỆT NAM\n", "VIỆT NAM\n"), "131-KH/HU", "2024-04-05"),
    Row("glued-state-motto-lines", "blind2 b08 (a state header: 'UBND' run into 'CỘNG HÒA ...')", state("Số: 1556/KH-UBND", "Lai Châu, ngày 12 tháng 5 năm 2024").replace("UBND\tCỘNG", "UBNDCỘNG"), "1556/KH-UBND", "2024-05-12"),
    Row("glued-state-rule-flat", "blind2 b08 (the organ's rule of dashes run into 'Số:')", "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU-------Số: 1556/KH-UBNDCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Lai Châu, ngày 12 tháng 5 năm 2024 KẾ HOẠCH thực hiện Kế hoạch số 114-KH/TU Thực hiện Kế hoạch số 114-KH/TU ngày 20/4/2024 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau: I. MỤC ĐÍCH, YÊU CẦU 1. Nâng cao nhận thức.\n", "1556/KH-UBND", "2024-05-12"),
    Row("glued-decoy-spaced", "realworld c17 (a board's number and the motto apart on one line: nothing to cut)", party("Số 1510-CV/BTGTU ĐẢNG CỘNG SẢN VIỆT NAM", "Trà Vinh, ngày 12 tháng 5 năm 2020", org="TỈNH ỦY TRÀ VINH\nBAN TUYÊN GIÁO\n*\n"), "1510-CV/BTGTU", "2020-05-12"),
    # --- damaged copies: diacritics stripped or dropped ---
    Row("damaged-dropped", "blind10 b06 ('Lm H, ngy 22 thng 11 nm 2021', non-ASCII letters dropped)", "C NGNH Y T LM NG CNG HO X HI CH NGH(A VIT NAM CCS TTYT LM H c Lp - T Do - Hnh Phc  S: 12/HD-CDCS Lm H, ngy 22 thng 11 nm 2021  Hng dn bnh xt thi ua nm 2021 Knh gi : CC T CNG ON TRC THUC\n", "12/HD-CDCS", "2021-11-22"),
    Row("damaged-mixed", "realworld s10 ('S: 02 /HD-SVHTTDL Ph Th, ngay 12 thang 01 nm 2017': Latin-1 letters lose their marks, others dropped)", "UBND TNH PH TH CNG HO X HI CH NGHA VIT NAM\n\nS VN HO TH THAO V DU LCH c l p - T do - Hanh phuc\n\n\nS: 02 /HD-SVHTTDL Ph Th, ngay 12 thang 01 nm 2017\n\nHNG DN\nV vic t chc Chng trnh V min l hi\n\nThc hin Ngh quyt s 33-NQ/TW ngy 09/6/2014 ca Ban chp hnh Trung ng ng.\nA. MC CH, YU CU\n", "02/HD-SVHTTDL", "2017-01-12"),
    Row("damaged-stripped", "DOMAIN §8 and realworld d04 ('Phu Xuyen, ngay ... thang 7 ndm 2021', 'ngay 23/7/2021': every mark stripped)", "UY BAN NHAN DAN\nHUYEN PHU XUYEN\nSo: 45/KH-UBND\tCONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc\nPhu Xuyen, ngay 24 thang 7 nam 2021\nKE HOACH\nThuc hien gian cach xa hoi tren dia ban huyen\nThuc hien Chi thi so 17/CT-UBND ngay 23/7/2021 cua Chu tich UBND Thanh pho Ha Noi.\n", "45/KH-UBND", "2021-07-24"),
    Row("damaged-dropped-lines", "blind10 b06 and realworld s10 (the same damage, header cells on their own lines)", "TNH Y LNG SN\n*\nS 45-KH/TU\nNG CNG SN VIT NAM\nLng Sn, ngy 20 thng 4 nm 2024\nK HOCH\nthc hin Ngh quyt s 43-NQ/TW\nThc hin Ngh quyt s 43-NQ/TW ngy 24/11/2023 ca Ban Chp hnh Trung ng ng.\n", "45-KH/TU", "2024-04-20"),
    Row("damaged-mixed-lines", "realworld s10 ('S: 02 /HD-...', 'ngay ... thang ... nm' on lines of their own)", "UBND TNH TUYN QUANG\nS NNG NGHIP V PTNT\nS: 45/KH-SNN\nCNG HO X HI CH NGHA VIT NAM\nc lp - T do - Hanh phuc\nTuyn Quang, ngay 05 thang 3 nm 2024\nK HOCH\nThc hin Ch th s 12/CT-UBND ngy 12/01/2024 ca UBND tnh.\n", "45/KH-SNN", "2024-03-05"),
    Row("damaged-blank-own-cited-after", "blind10 b06 ('S: /HDBX-C Lm H, ngy 22 thng 11 nm 2021 ... Hng dn s: 06/HD-CYT ngy 25 thng 10 nm 2019': the own number blank, a cited one after)", "C NGNH Y T LM NG CNG HO X HI CH NGH(A VIT NAM CCS TTYT LM H c Lp - T Do - Hnh Phc  S: /HDBX-C Lm H, ngy 22 thng 11 nm 2021  Hng dn bnh xt thi ua nm 2021 Knh gi : CC T CNG ON TRC THUC Thc hin cng vn s 64/CYT ngy 25 thng 10 nm 2021 ca Cng on Ngnh Y t. Cn c Hng dn S: 06/HD-CYT ngy 25 thng 10 nm 2019 ca Cng on Ngnh Y t\n", None, "2021-11-22"),
    # --- the page's document numbered and dated only in a news lead ---
    Row("news-full-date", "realworld c05 ('Ngày 12/3/2020, Ban Bí thư ...')", "Ngày 20/4/2024, Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 114-KH/TU về thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII.\nTheo đó, các cấp ủy tổ chức quán triệt.\n", "114-KH/TU", "2024-04-20"),
    Row("news-yearless", "realworld c15 ('Ngày 12/3, ...' with the year in the page stamp)", "Thứ Hai, 22/04/2024 | 08:00\nNgày 20/4, Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 114-KH/TU về thực hiện Nghị quyết số 43-NQ/TW.\nTheo đó, các cấp ủy tổ chức quán triệt trong năm 2024.\n", "114-KH/TU", "2024-04-20"),
    Row("news-vua-ban-hanh", "realworld c27 ('vừa ban hành Kế hoạch số 207-KH/TU ngày ...')", "Ban Thường vụ Tỉnh ủy Lạng Sơn vừa ban hành Kế hoạch số 114-KH/TU ngày 20/4/2024 về thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng.\nTheo đó, các cấp ủy tổ chức quán triệt.\n", "114-KH/TU", "2024-04-20"),
    Row("news-vua-ban-hanh-long-date", "realworld c01 ('vừa ban hành Chương trình số ... ngày 5 tháng 3 năm ...')", "Ban Thường vụ Tỉnh ủy Lạng Sơn vừa ban hành Kế hoạch số 114-KH/TU ngày 20 tháng 4 năm 2024 về thực hiện Nghị quyết số 43-NQ/TW.\nTheo đó, các cấp ủy tổ chức quán triệt.\n", "114-KH/TU", "2024-04-20"),
    Row("news-dash-date", "realworld k06 ('ngày 2-4-2020')", "Ngày 20-4-2024, Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 114-KH/TU về thực hiện Nghị quyết số 43-NQ/TW.\nTheo đó, các cấp ủy tổ chức quán triệt.\n", "114-KH/TU", "2024-04-20"),
    Row("pd-place-comma-wrapped", "realworld h27 ('Quảng Bình,' / 'ngày 25 tháng 5 năm 2015')", state("Số: 08/CT-UBND", "Lai Châu,\nngày 12 tháng 5 năm 2024"), "08/CT-UBND", "2024-05-12"),
    Row("pd-place-split", "realworld h09 ('Hà' / 'Nội, ngày ...')", state("Số: 80/NQ-CP", "Hà\nNội, ngày 19 tháng 5 năm 2024"), "80/NQ-CP", "2024-05-19"),
    Row("pd-ngay-wrapped", "realworld h01 ('Sóc Trăng, ngày' / '20 tháng 12 năm 2022')", state("Số: 135/KH-UBND", "Sóc Trăng, ngày\n20 tháng 12 năm 2022"), "135/KH-UBND", "2022-12-20"),
    Row("pd-number-wrapped", "realworld s15 ('Số:' / '25/2019/QĐ-UBND')", state("Số:\n25/2019/QĐ-UBND", "Đồng Tháp,\nngày 16 tháng 10 năm 2019"), "25/2019/QĐ-UBND", "2019-10-16"),
    Row("pd-spaced-digits", "realworld h17 ('Huế, ngày  17  tháng 5')", state("Số: 1991/UBND-VH", "       Huế, ngày  17  tháng 5 năm 2010"), "1991/UBND-VH", "2010-05-17"),
    # --- a legal library's metadata table before the text ---
    Row("meta-pipe", "realworld s32 ('| Số hiệu | 503/QĐ-UBND |' / '| Ngày ban hành | 30/03/2017 |')", "Quyết định 503/QĐ-UBND năm 2017 phê duyệt Kiến trúc chính quyền điện tử tỉnh Bắc Giang\n| Số hiệu | 503/QĐ-UBND |\n| Ngày ban hành | 30/03/2017 |\n| Ngày có hiệu lực | 30/03/2017 |\n| Loại văn bản | Quyết định |\n| Cơ quan ban hành | Tỉnh Bắc Giang |\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kiến trúc.\n", "503/QĐ-UBND", "2017-03-30"),
    Row("meta-colon", "realworld s31 ('Ngày ban hành: 30/03/2017')", "Kế hoạch 155/KH-UBND năm 2017 tuyên truyền phổ biến pháp luật tỉnh Bắc Ninh\nSố hiệu: 155/KH-UBND\nLoại văn bản: Kế hoạch\nNgày ban hành: 05/06/2017\nNơi ban hành: Tỉnh Bắc Ninh\nThực hiện Kế hoạch số 25-KH/TU ngày 10/3/2017 của Tỉnh ủy, UBND tỉnh ban hành Kế hoạch như sau:\n" + TASKS, "155/KH-UBND", "2017-06-05"),
    Row("meta-four-cells-explained", "blind14 b02 ('| Số hiệu: | 250/KH-UBND | Ngày đăng công báo: | Đang cập nhật |', 'Ngày ban hành:' over its explanation and '| 08/12/2025 |')", "- Tổng quan\n- Nội dung\n- VB gốc\nSố công báo:\nSố công báo là mã số ấn phẩm được đăng chính thức trên ấn phẩm thông tin của Nhà nước.\n|\nĐang cập nhật |\n| Số hiệu: | 250/KH-UBND | Ngày đăng công báo: | Đang cập nhật |\n| Loại văn bản: | Kế hoạch | Người ký: | Nguyễn Hoài Anh |\n|\nNgày ban hành:\nNgày ban hành là ngày, tháng, năm văn bản được thông qua hoặc ký ban hành.\n|\n08/12/2025 |\nNgày hết hiệu lực:\nNgày hết hiệu lực là ngày, tháng, năm văn bản chính thức không còn hiệu lực (áp dụng).\n|\nĐang cập nhật |\nThực hiện Nghị quyết số 153/NQ-CP ngày 20/11/2025 của Chính phủ, UBND tỉnh Thanh Hóa ban hành Kế hoạch như sau:\n" + TASKS, "250/KH-UBND", "2025-12-08"),
    Row("decoy-meta-effective-date", "realworld s32 ('| Ngày có hiệu lực | ... |' after '| Ngày ban hành | ... |')", "Quyết định 612/QĐ-UBND năm 2020 về chăn nuôi tỉnh Vĩnh Long\n| Số hiệu | 612/QĐ-UBND |\n| Ngày ban hành | 20/03/2020 |\n| Ngày có hiệu lực | 01/04/2020 |\n| Loại văn bản | Quyết định |\n| Cơ quan ban hành | Tỉnh Vĩnh Long |\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch.\n", "612/QĐ-UBND", "2020-03-20"),
    # --- news leads: editor's notes, dashes, listings ---
    Row("news-lts-colon-dash-date", "realworld c04 ('LTS: Ngày 14-11-2016, ... đã ban hành Nghị quyết số 10-NQ/TU')", "Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về huy động nguồn lực giai đoạn 2016-2020\n\nLTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh Ninh Thuận khóa XIII đã ban hành Nghị quyết số 10-NQ/TU về huy động nguồn lực giai đoạn 2016-2020. Báo Ninh Thuận trân trọng giới thiệu toàn văn nội dung Nghị quyết.\n\nI- Khái quát tình hình\n", "10-NQ/TU", "2016-11-14"),
    Row("news-yearless-dash", "realworld h12 ('Ngày 13-11, Chủ tịch UBND tỉnh ... đã ký ban hành Quyết định số 2589/QĐ-UBND' under 'Thứ Tư, 15/11/2017')", "Quyết định của UBND tỉnh về việc công bố hết dịch bệnh\nCập nhật lúc07:59, Thứ Tư, 15/11/2017 (GMT+7)\n\nNgày 13-11, Chủ tịch UBND tỉnh Nam Định đã ký ban hành Quyết định số 2589/QĐ-UBND công bố hết dịch bệnh hại lúa vụ mùa 2017.\n\nChủ tịch UBND tỉnh giao Sở Nông nghiệp và Phát triển nông thôn xây dựng kế hoạch.\n", "2589/QĐ-UBND", "2017-11-13"),
    Row("news-editor-intro", "realworld k41 ('giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của ...')", "Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy Phú Yên về lãnh đạo xây dựng, phát triển thị xã Sông Cầu.\n\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề lãnh đạo xây dựng, phát triển thị xã Sông Cầu\n\nThực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 – 2025, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết.\n", "10-NQ/TU", "2021-08-18"),
    Row("news-listing-after-parents", "realworld k37 ('Thực hiện Chỉ thị số 35 ngày 30/5/2019 ..., Kế hoạch số 221-KH/QU ngày ... Đảng ủy ... đã xây dựng Kế hoạch số 65-KH/ĐU ngày 25 tháng 12 năm 2019')", "Hoạt động Đảng\n09/03/2020 11:09\nThực hiện Chỉ thị số 35 ngày 30/5/2019 của Bộ Chính trị về Đại hội đảng bộ các cấp, Kế hoạch số 221-KH/QU ngày 12 tháng 11 năm 2019 của Ban Thường vụ Quận ủy Quận 3 về tổ chức Đại hội Đảng bộ Quận lần thứ XII (nhiệm kỳ 2020-2025). Đảng ủy cơ quan chính quyền Quận 3 đã xây dựng Kế hoạch số 65-KH/ĐU ngày 25 tháng 12 năm 2019 tổ chức Đại hội Đảng bộ cơ quan chính quyền Quận 3.\n", "65-KH/ĐU", "2019-12-25"),
    Row("news-date-after-cancu", "realworld k03 ('Căn cứ Kế hoạch số 01/KH-BTCKN ngày 05/7/2021 ... Ngày 02/11/2021, Sở ... đã ban hành Kế hoạch số 67/KH-SVHTTDL')", "Kế hoạch tổ chức Hội thi xe tuyên truyền lưu động\n\nCăn cứ Kế hoạch số 01/KH-BTCKN ngày 05/7/2021 của Ban Tổ chức kỷ niệm; Kế hoạch số 24/KH-BTGTU ngày 13/8/2021 của Ban Tuyên giáo Tỉnh ủy. Ngày 02/11/2021, Sở Văn hóa, Thể thao và Du lịch tỉnh Hưng Yên đã ban hành Kế hoạch số 67/KH-SVHTTDL tổ chức Hội thi xe tuyên truyền lưu động./.\n\nDoãn Thành\n", "67/KH-SVHTTDL", "2021-11-02"),
    Row("news-month-mixed", "realworld c19 ('Ngày 29 tháng 12/2020 Ban Thường vụ ... ban hành Chỉ thị số 04 -CT/TU')", "Ngày 29 tháng 12/2020 Ban Thường vụ Tỉnh ủy Đắk Lắk đã ban hành Chỉ thị số 04 -CT/TU về việc tổ chức đón Tết Nguyên đán Tân Sửu năm 2021. Theo đó, các cấp ủy tổ chức quán triệt.\n", "04-CT/TU", "2020-12-29"),
    Row("news-content-of-issued-dot", "realworld c16 ('Đó là nội dung Chỉ thị số 02-CT/TU của Ban Thường vụ Tỉnh ủy ban hành ngày 14.12.2020')", "Tăng cường quản lý đất đai trên địa bàn tỉnh. Đó là nội dung Chỉ thị số 02-CT/TU của Ban Thường vụ Tỉnh ủy Bình Định ban hành ngày 14.12.2020. Theo đó, các cấp ủy tổ chức quán triệt.\n", "02-CT/TU", "2020-12-14"),
    Row("news-number-comma-date", "realworld h10 ('ban hành Hướng dẫn số 26-HD/BTCTW, ngày 18/10/2019 hướng dẫn ...')", "Để thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị, Ban Tổ chức Trung ương ban hành Hướng dẫn số 26-HD/BTCTW, ngày 18/10/2019 hướng dẫn một số nội dung Chỉ thị số 35. Theo đó, các cấp ủy tổ chức quán triệt.\n", "26-HD/BTCTW", "2019-10-18"),
    Row("news-number-colon-space", "realworld k18 ('ban hành Công văn số: 1415 /UBND-NN')", "Ngày 25/10/2013, UBND tỉnh Hà Tĩnh ban hành Công văn số: 1415 /UBND-NN chỉ đạo việc tổng kiểm tra việc kinh doanh thuốc bảo vệ thực vật. Theo đó, các cấp ủy tổ chức quán triệt.\n", "1415/UBND-NN", "2013-10-25"),
    Row("news-party-slash", "realworld k22 ('Tỉnh ủy vừa ban hành Chỉ thị 07/CT-TU')", "Tỉnh ủy Quảng Trị vừa ban hành Chỉ thị 07/CT-TU ngày 05/01/2021 về lãnh đạo, chỉ đạo tổ chức tết Nguyên đán Tân Sửu 2021. Theo đó, các cấp ủy tổ chức quán triệt.\n", "07/CT-TU", "2021-01-05"),
    Row("news-issued-by", "realworld k47 ('Nghị Quyết số 22/NQ-TU ngày 08/6/2022 ban hành bởi Tỉnh Ủy Kiên Giang')", "Nghị Quyết số 22/NQ-TU ngày 08/6/2022 ban hành bởi Tỉnh Ủy Kiên Giang về Chuyển đổi số tỉnh Kiên Giang đến năm 2025.\nTheo đó, các cấp ủy tổ chức quán triệt.\n", "22/NQ-TU", "2022-06-08"),
    Row("news-dash-date-party", "realworld s38 ('ban hành Công văn số 3261-CV/TU ngày 22-5-2019')", "Ban Thường vụ Thành ủy Hà Nội vừa ban hành Công văn số 3261-CV/TU ngày 22-5-2019, yêu cầu Ban cán sự đảng UBND thành phố tăng cường chỉ đạo. Theo đó, các cấp ủy tổ chức quán triệt.\n", "3261-CV/TU", "2019-05-22"),
    Row("news-yearless-parent-year", "realworld s41 ('Kế hoạch số 472/KH-UBND ngày 21/8, triển khai thực hiện Quyết định số 630/QĐ-TTg ngày 11/5/2020')", "UBND tỉnh Nghệ An vừa ban hành Kế hoạch số 472/KH-UBND ngày 21/8, triển khai thực hiện Quyết định số 630/QĐ-TTg ngày 11/5/2020 của Thủ tướng Chính phủ về phòng cháy chữa cháy. Theo đó, các cấp ủy tổ chức quán triệt.\n", "472/KH-UBND", "2020-08-21"),
    Row("news-yearless-none", "unseen m29 ('vừa ký Công điện số 68/CĐ-TTg ngày 20/5', no year anywhere)", "Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 68/CĐ-TTg ngày 20/5 chỉ đạo các bộ, ngành, địa phương triển khai sắp xếp, xử lý trụ sở. Theo đó, các cấp ủy tổ chức quán triệt.\n", "68/CĐ-TTg", None),
    Row("news-yearless-dot-none", "unseen m12 ('Ngày 25.10, Phó Thủ tướng ... ký ban hành Công điện 1426/CĐ-TTg', no year)", "Ngày 25.10, Phó Thủ tướng Lê Văn Thành vừa ký ban hành Công điện 1426/CĐ-TTg của Thủ tướng Chính phủ yêu cầu các bộ, ngành chủ động ứng phó mưa lũ. Theo đó, các cấp ủy tổ chức quán triệt.\n", "1426/CĐ-TTg", None),
    Row("news-spaced-slash", "blind n17 ('Kế hoạch số 51-KH / BTGTU')", "(HNM) – Ban Tuyên giáo Thành ủy Hà Nội vừa ban hành Kế hoạch số 51-KH / BTGTU ngày 12/3/2022 về nghiên cứu, học tập, quán triệt Nghị quyết số 15-NQ/TW. Theo đó, các cấp ủy tổ chức quán triệt.\n", "51-KH/BTGTU", "2022-03-12"),
    Row("news-so-twice", "blind b01 ('ban hành Công văn số Số 25 -CV/BCĐ ngày 27/02/2023')", "Ban Chỉ đạo 35 huyện Bá Thước ban hành Công văn số Số 25 -CV/BCĐ ngày 27/02/2023 tổ chức triển khai Kế hoạch, Thể lệ cuộc thi. Theo đó, các cấp ủy tổ chức quán triệt.\n", "25-CV/BCĐ", "2023-02-27"),
    Row("news-bracket-after", "blind4 b09 ('... đã ký Chỉ thị của Ban Bí thư về ... (Chỉ thị số 55-CT/TW ngày 22/12/2025)')", "Thường trực Ban Bí thư Trần Cẩm Tú đã ký Chỉ thị của Ban Bí thư về việc tổ chức Tết Bính Ngọ năm 2026 (Chỉ thị số 55-CT/TW ngày 22/12/2025).\nTheo đó, các cấp ủy tổ chức quán triệt.\n", "55-CT/TW", "2025-12-22"),
    Row("news-state-spaced-dash", "blind b19 ('ban hành kế hoạch số 10995/KH - UBND')", "(ĐN)- UBND tỉnh Đồng Nai vừa ban hành kế hoạch số 10995/KH - UBND ngày 12/9/2019 về đánh giá công tác phòng, chống tham nhũng năm 2019. Theo đó, các cấp ủy tổ chức quán triệt.\n", "10995/KH-UBND", "2019-09-12"),
    Row("news-long-date-no-comma", "blind b23 ('Ngày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành Quyết định số 119/QĐ-UBND')", "Ngày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành Quyết định số 119/QĐ-UBND về kế hoạch cải cách hành chính năm 2025 trên địa bàn xã. Theo đó, các cấp ủy tổ chức quán triệt.\n", "119/QĐ-UBND", "2025-07-18"),
    Row("news-signer-dash-yearless-stamp", "unseen m05 ('(HNM) - Ngày 26-3, Chủ tịch UBND TP ... ký ban hành Chỉ thị 11/CT- UBND')", "Thứ Năm, 26/03/2009\n(HNM) - Ngày 26-3, Chủ tịch UBND TP Nguyễn Thế Thảo đã ký ban hành Chỉ thị 11/CT- UBND tăng cường kỷ cương, kỷ luật hành chính. Theo đó, các cấp ủy tổ chức quán triệt.\n", "11/CT-UBND", "2009-03-26"),
    # --- decoys: numbers and dates that are not the document's own ---
    Row("decoy-parent-in-lead-only", "realworld c20 (no own number; the lead cites 48-CT/TW ngày 09/12/2020)", "Ngày 04/2/2021, Ban Thường vụ Tỉnh ủy ban hành kết luận về tăng cường công tác chăm lo Tết.\nTheo đó, yêu cầu quán triệt Chỉ thị số 48-CT/TW ngày 09/12/2020 của Ban Bí thư về việc tổ chức Tết năm 2021.\n", None, "2021-02-04"),
    Row("decoy-meeting-date", "realworld h06 (a plenum 'họp ngày 26/4/2022' under the header)", party("Số 114-KH/TU", "Lạng Sơn, ngày 20 tháng 4 năm 2024", lead="Hội nghị Ban Chấp hành Đảng bộ tỉnh họp ngày 10/4/2024 đã thảo luận và kết luận như sau:"), "114-KH/TU", "2024-04-20"),
    Row("decoy-recipients", "seeds (a 'Nơi nhận' list naming numbered documents)", party("Số 114-KH/TU", "Lạng Sơn, ngày 20 tháng 4 năm 2024") + "Nơi nhận:\n- Ban Bí thư Trung ương Đảng (b/c),\n- Lưu Văn phòng Tỉnh ủy.\n", "114-KH/TU", "2024-04-20"),
    Row("decoy-period", "blind3 b03 (a period '2021-2025' beside the own date)", party("Số 114-KH/TU", "Lạng Sơn, ngày 20 tháng 4 năm 2024", lead="Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025, giai đoạn 2021-2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch:"), "114-KH/TU", "2024-04-20"),
    Row("decoy-posted-date", "realworld c20 ('Th 6, 05/02/2021 | 09:29 SA' above the lead)", "Th 6, 22/04/2024 | 09:29 SA\nNgày 20/4/2024, Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 114-KH/TU về thực hiện Nghị quyết số 43-NQ/TW.\n", "114-KH/TU", "2024-04-20"),
    Row("decoy-parent-in-caps-title", "realworld h26 (title 'TRIỂN KHAI THỰC HIỆN KẾ HOẠCH SỐ 164-KH/TU NGÀY 24 THÁNG 8 NĂM 2022', no own number)", "ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU\nCHƯƠNG TRÌNH\nTRIỂN KHAI THỰC HIỆN KẾ HOẠCH\nSỐ 164-KH/TU NGÀY 24 THÁNG 8 NĂM 2022 CỦA BAN THƯỜNG VỤ TỈNH ỦY\nI. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt đầy đủ.\n", None, None),
    Row("decoy-weekday-stamp", "realworld c23 ('Thứ Năm, 18/7/2024' over a lead citing 21-KH/TW ngày 28/11/2023)", "Thứ Năm, 18/7/2024\nKế hoạch số 21-KH/TW ngày 28/11/2023 của Bộ Chính trị về thực hiện Chỉ thị số 21-CT/TW.\nNgày 28/11/2023, Bộ Chính trị ban hành Kế hoạch số 21-KH/TW về thực hiện Chỉ thị số 21-CT/TW.\n", "21-KH/TW", "2023-11-28"),
    Row("decoy-own-blank-parent-in-lead", "unseen m17 (own number left blank) and seeds (the lead cites the parent's number and date)", party("Số      -KH/HU", "Kim Động, ngày 5 tháng 4 năm 2024", org=HU_ORG, lead=LEAD_HU), None, "2024-04-05"),
    Row("decoy-body-only", "realworld c21 (the stored text is only the body: numbered items citing other documents)", "1. Phát huy truyền thống đại đoàn kết, thực hiện tốt Chỉ thị số 35-CT/TU ngày 07/12/2023 của Ban Thường vụ Tỉnh ủy về tổ chức Tết.\n2. Các cấp ủy, tổ chức đảng tăng cường kiểm tra, giám sát.\n", None, None),
    Row("decoy-title-parent-date", "realworld s11 (title 'TRIỂN KHAI THỰC HIỆN KẾ HOẠCH SỐ 89-KH/TU NGÀY 28/12/2022' under the own header)", state("Số: 90/KH-UBND", "Lạng Sơn, ngày 13 tháng 4 năm 2023").replace(TITLE, "KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN KẾ HOẠCH SỐ 89-KH/TU NGÀY 28/12/2022 CỦA TỈNH ỦY\n"), "90/KH-UBND", "2023-04-13"),
    Row("news-spaced-party-2025", "blind4 b28 ('(LSVN) - Ban Tổ chức Trung ương đã ban hành Hướng dẫn số 31 - HD/BTCTW ngày 23/4/2025')", "Hướng dẫn thành lập đảng bộ xã, phường, đặc khu sau sáp nhập\n\n(LSVN) - Ban Tổ chức Trung ương đã ban hành Hướng dẫn số 31 - HD/BTCTW ngày 23/4/2025 về việc thành lập tổ chức đảng tương ứng các đơn vị hành chính ở địa phương.\n", "31-HD/BTCTW", "2025-04-23"),
    Row("decoy-letter-body-only", "realworld h20 (a letter's body only, from 'Kính gửi', citing the letter it carries out)", "Kính gửi: Ủy ban nhân dân các xã, thị trấn.\nThực hiện Công văn số 123/UBND-VX ngày 5/3/2024 của UBND tỉnh về tăng cường phòng, chống dịch, UBND huyện đề nghị:\n1. UBND các xã tăng cường kiểm tra.\n", None, None),
    Row("decoy-notice-meeting-no-date-line", "realworld h06 ('... họp ngày 26/4/2022 đã thảo luận') with the place-date line lost as in unseen m17", TU_ORG + "Số 55-TB/TU\n" + MOTTO_P + "THÔNG BÁO\nkết luận của Thường trực Tỉnh ủy tại cuộc họp ngày 15/4/2024\nNgày 15/4/2024, Thường trực Tỉnh ủy họp nghe báo cáo tình hình. Sau khi nghe báo cáo, Thường trực Tỉnh ủy kết luận như sau:\n1. Các cơ quan tập trung thực hiện.\n", "55-TB/TU", None),
    Row("decoy-meeting-then-notice", "realworld c30 (a meeting's date) and k03 ('Ngày 02/11/2021, Sở ... đã ban hành Kế hoạch số 67/KH-SVHTTDL')", "Ngày 15/4/2024, Thường trực Tỉnh ủy Lạng Sơn họp nghe báo cáo tình hình triển khai dự án. Ngày 20/4/2024, Văn phòng Tỉnh ủy ban hành Thông báo số 55-TB/TU kết luận của Thường trực Tỉnh ủy tại cuộc họp.\n", "55-TB/TU", "2024-04-20"),
    Row("decoy-headline-parent-date", "realworld c23 and h26 (a headline naming the parent with its date)", "Triển khai Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương\nBan Thường vụ Tỉnh ủy Lạng Sơn vừa ban hành Kế hoạch số 114-KH/TU về thực hiện Nghị quyết số 43-NQ/TW.\nTheo đó, các cấp ủy tổ chức quán triệt.\n", "114-KH/TU", None),
    Row("decoy-yearless-period", "realworld c29 ('ngày 17/9, ... ban hành Hướng dẫn số 28-HD/BTGDVTW', no year: null) with a period '2021-2025'", "Ngày 20/4, Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 114-KH/TU về thực hiện Nghị quyết Đại hội Đảng bộ tỉnh giai đoạn 2021-2025.\nTheo đó, các cấp ủy tổ chức quán triệt.\n", "114-KH/TU", None),
    Row("decoy-yearless-term", "realworld h08 and c29 (a congress term is no year of issue)", "Ngày 20/4, Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 114-KH/TU về tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2025-2030.\n", "114-KH/TU", None),
    Row("news-yearless-parent-before", "realworld k28 ('Ngày 4/5, ...' and the parent 'Công điện số 398/CĐ-TTg ngày 2/5/2022')", "Ngày 20/4, Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 114-KH/TU thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương.\n", "114-KH/TU", "2024-04-20"),
    Row("news-yearless-sentence-year", "realworld k11 ('Ngày 16/1, ... kỷ niệm các ngày lễ lớn năm 2017')", "Ngày 20/4, Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 114-KH/TU về tổ chức các hoạt động kỷ niệm năm 2024.\n", "114-KH/TU", "2024-04-20"),
    Row("decoy-cited-date-after-own", "realworld c27 ('vừa ban hành Kế hoạch số 207-KH/TU triển khai Chỉ thị số 35-CT/TW ...': the date is the parent's)", "Ban Thường vụ Tỉnh ủy Lạng Sơn vừa ban hành Kế hoạch số 114-KH/TU thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.\n", "114-KH/TU", None),
    Row("decoy-replaced-plan", "realworld s23 (a closing 'thay thế Quyết định số ... ngày ...')", party("Số 114-KH/TU", "Lạng Sơn, ngày 20 tháng 4 năm 2024") + "Kế hoạch này thay thế Kế hoạch số 90-KH/TU ngày 12/01/2022 của Ban Thường vụ Tỉnh ủy.\n", "114-KH/TU", "2024-04-20"),
    Row("decoy-posted-only", "unseen m18 ('Ngày đăng: 21/01/2021') over a lead with no date", "Ngày đăng: 25/04/2024\nBan Thường vụ Tỉnh ủy Lạng Sơn vừa ban hành Kế hoạch số 114-KH/TU về thực hiện Nghị quyết số 43-NQ/TW.\n", "114-KH/TU", None),
    Row("decoy-weekday-only", "realworld c23 ('Thứ Năm, 18/7/2024') over a lead with no date", "Thứ Năm, 25/04/2024\nBan Thường vụ Tỉnh ủy Lạng Sơn vừa ban hành Kế hoạch số 114-KH/TU về thực hiện Nghị quyết số 43-NQ/TW.\n", "114-KH/TU", None),
    Row("decoy-unnumbered-own-cited-number", "realworld c20 (the page's conclusion has no number; the lead's number is a parent's)", "Ngày 20/4/2024, Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương.\n", None, "2024-04-20"),
    Row("decoy-updated", "realworld h15 ('Ngày cập nhật ...' chrome)", "Ngày cập nhật: 25/04/2024\n" + party("Số 114-KH/TU", "Lạng Sơn, ngày 20 tháng 4 năm 2024"), "114-KH/TU", "2024-04-20"),
]


def _failures(row: Row) -> list[str]:
    rec = parse_text(row.text)
    out = []
    got_number = str(rec.number) if rec.number is not None else None
    if got_number != row.number:
        out.append(f"number: expected {row.number!r}, got {got_number!r}")
    got_date = rec.issued_on.isoformat() if rec.issued_on else None
    if got_date != row.issued_on:
        out.append(f"issued_on: expected {row.issued_on!r}, got {got_date!r}")
    return out


# Rows the parser does not read yet, each with its family; removed as each family is fixed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("row", [pytest.param(r, marks=pytest.mark.xfail(reason=KNOWN_GAPS[r.id], strict=True))
                                 if r.id in KNOWN_GAPS else r for r in ROWS], ids=[r.id for r in ROWS])
def test_own_date_and_number(row: Row) -> None:
    assert _failures(row) == []


@pytest.mark.parametrize("text", ["01/QCPH/UBND-UBMTTQ", "02/CTPH/UBND-MTTQ", "09/2008/NQLT/CP-UBTUMTTQVN"])
def test_joint_number_keeps_its_slash(text: str) -> None:
    """A joint number's canonical text is as written and parses back to itself (the record's JSON)."""
    assert str(DocNumber.parse(text)) == text
    assert DocNumber.parse(str(DocNumber.parse(text))) == DocNumber.parse(text)


@pytest.mark.parametrize(("text", "canonical"), [("12/KH/UBND", "12/KH-UBND"), ("01/QCPH/UBND", "01/QCPH-UBND")])
def test_a_slash_before_one_issuer_is_the_state_hyphen(text: str, canonical: str) -> None:
    """One issuer after the slash: blind16's slash typed for the state's hyphen, not a joint number."""
    assert str(DocNumber.parse(text)) == canonical
    assert not DocNumber.parse(text).joint


def test_joint_number_zero_is_no_number() -> None:
    with pytest.raises(ValueError):
        DocNumber.parse("0/QCPH/UBND-MTTQ")
