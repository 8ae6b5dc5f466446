# ruff: noqa: E501
"""Hand labels of the blind10 set, written from each stored text alone (the parser was not run on them)."""

import pathlib
import sys

N = None


def loc(province=N, district=N, commune=N, omit=()):
    d = {"province": province, "district": district, "commune": commune}
    for k in omit:
        d.pop(k)
    return d


def doc(number, doc_type, issued_on, name, level, locality, title=None, omit=()):
    d = {"number": number, "doc_type": doc_type, "issued_on": issued_on,
         "issuer": {"name_contains": name, "level": level}, "locality": locality}
    if name is None:
        d["issuer"] = {"level": level}
    if level is None and name is not None:
        d["issuer"] = {"name_contains": name}
    for k in omit:
        d.pop(k)
    if title is not None:
        d["title_contains"] = title
    return d


def imp(number, issued_on=None, issuer=None):
    d = {"number": number}
    if issued_on:
        d["issued_on"] = issued_on
    if issuer:
        d["issuer_contains"] = issuer
    return d


LABELS = {
    "b01_twdoan_bch_kh411_2021_daihoidoan_vanban123": {
        "document": doc("411-KH/TWĐTN-BTC", "KH", "2021-08-25", "Trung ương Đoàn", "central", loc(),
                        "đại hội đoàn các cấp"),
        "implements": [imp("08-CT/TW", "2021-08-20", "Ban Bí thư")],
        "citations": ["08-CT/TW"],
        "notes": "Legal-document site: the two header columns are cut into short lines ending in ' |' ('BAN CHẤP' / 'HÀNH TRUNG ƯƠNG |' / 'ĐOÀN TNCS HỒ' / 'CHÍ MINH |' / 'Số: 411-KH/TWĐTN-BTC |' / 'Hà Nội, ngày 25 tháng 8 năm 2021 |'); no 'KẾ HOẠCH' heading and no separate trích yếu: the lead gives both ('Ban Chấp hành Trung ương Đoàn ban hành Kế hoạch tổ chức đại hội đoàn các cấp, tiến tới Đại hội ...'). 'căn cứ Chỉ thị số 08-CT/TW ngày 20/8/2021 của Ban Bí thư Trung ương Đảng về lãnh đạo đại hội đoàn các cấp ...' is the Party directive the plan carries out: a parent. The Điều lệ and the term programme have no number. Central mass organisation: central, no locality (Hà Nội is the place line).",
    },
    "b02_vpcp_tb213_2019_phoihopmttq_vanban123": {
        "document": doc("213/TB-VPCP", "TB", "2019-06-19", "Văn phòng Chính phủ", "central", loc()),
        "implements": [],
        "citations": [],
        "notes": "Notice of the Government Office reporting the Prime Minister's conclusions at the conference with the Front's Central Committee; header columns cut into ' |' lines ('VĂN' / 'PHÒNG CHÍNH PHỦ |'). The site dropped the trích yếu, so the text has no title of its own: title ungraded. The Quy chế phối hợp is named without number; nothing is carried out by number. The names of Phó Thủ tướng and ministries in the attendance list are not issuers.",
    },
    "b03_binhthuan_ubmttq_ctr_toankhoa_2019_portal": {
        "document": doc(N, "CTr", N, "MTTQ Việt Nam tỉnh Bình Thuận", "province", loc("Bình Thuận"),
                        "Hoạt động toàn khoá của Ủy ban MTTQ Việt Nam tỉnh Bình Thuận"),
        "implements": [],
        "citations": [],
        "notes": "Provincial Front portal 'TIN HOẠT ĐỘNG': an editor's lead, then 'CHƯƠNG TRÌNH' / 'Hoạt động toàn khoá của Ủy ban MTTQ Việt Nam tỉnh Bình Thuận' / 'khóa VIII, nhiệm kỳ 2019 - 2024' and two Căn cứ (the Front's Điều lệ 'thông qua ngày 19/9/2019' - not an issue date; the provincial Front congress resolution, no number). No number, no issue date. Issuer the provincial Front committee (the lead's 'Ủy ban Ban MTTQ' typo aside), province level. The programme's heading 'I. CHƯƠNG TRÌNH HÀNH ĐỘNG NHIỆM KỲ' and its numbered items are tasks but no task list is graded.",
    },
    "b04_nhpt_dangu_kh101_2019_daihoi_vdbnews": {
        "document": doc("101-KH/ĐU", "KH", "2019-12-10", "Đảng ủy NHPT", "central", loc(),
                        "tổ chức đại hội đảng các cấp"),
        "implements": [imp("35-CT/TW", "2019-05-30"), imp("81-KH/ĐUK", "2019-08-15")],
        "implements_optional": ["26-HD/BTCTW", "23-HD/ĐUK"],
        "citations": ["35-CT/TW", "26-HD/BTCTW", "81-KH/ĐUK", "23-HD/ĐUK"],
        "notes": "State development bank's site (VDB/NHPT): posting date '20/03/2020', the article headline, an editor's lead naming the Party secretary, then the plan's own text: 'Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019, hướng dẫn số 26-HD/BTCTW, ngày 18/10/2019 của Bộ Chính trị ...; Kế hoạch số 81-KH/ĐUK ngày 15/8/2019; Hướng dẫn số 23-HD/ĐUK, ngày 28/11/2019 của Đảng ủy Khối Doanh nghiệp Trung ương ... Ngày 10/12/2019, Ban Thường vụ Đảng ủy NHPT đã ban hành Kế hoạch số 101-KH/ĐU về tổ chức đại hội đảng các cấp ...' and its section 'I. Các yêu cầu'. The document is 101-KH/ĐU. Parents: the Politburo directive and the upper Party committee's plan; the two guides are tolerated. The enterprise Party committee of a central state bank (under the central enterprises' bloc committee) takes its parent unit's level: central; no locality. Issuer abbreviation NHPT as written.",
    },
    "b05_bct_kh_nq11_2022_trungdu_nhandan": {
        "document": doc(N, "KH", N, "Bộ Chính trị", "central", loc(),
                        "triển khai Nghị quyết số 11-NQ/TW", omit=("issued_on",)),
        "implements": [imp("11-NQ/TW", "2022-02-10", "Bộ Chính trị")],
        "citations": ["11-NQ/TW"],
        "notes": "Nhân Dân news item: 'Ngày 26/5, đồng chí Võ Văn Thưởng, ... thay mặt Bộ Chính trị ký ban hành Kế hoạch triển khai Nghị quyết số 11-NQ/TW, ngày 10/2/2022 của Bộ Chính trị về ...'. The plan's number is not given; its day has no year (issued_on ungraded; 2022 is only implied). The resolution is the parent. A photo caption names 'huyện Hoàng Su Phì, Hà Giang': not the issuer's locality. Signer named in the lead, no signature block: ungraded.",
    },
    "b06_lamdong_lamha_cdcs_ttyt_hd_2021_docbinary": {
        "document": doc(N, "HD", "2021-11-22", N, "district", loc("Lâm Đồng", "Lâm Hà"), omit=()),
        "implements": [],
        "implements_optional": ["64/CYT", "64/CĐYT", "06/HD-CYT", "06/HD-CĐYT"],
        "notes": "A Word .doc served raw: binary header noise ('ࡱ> ... bjbj'), then the text with every non-ASCII letter dropped: 'C NGNH Y T LM NG' (CÔNG ĐOÀN NGÀNH Y TẾ LÂM ĐỒNG, the upper union) / 'CCS TTYT LM H' (CĐCS TTYT LÂM HÀ, the issuer) / 'S: /HDBX-C' (the sequence number left blank: number null) / 'Lm H, ngy 22 thng 11 nm 2021' (22/11/2021) / 'Hng dn bnh xt thi ua v chm im t C nm 2021' (Hướng dẫn: HD). The grassroots union of the Lâm Hà district health centre takes its unit's level: district; Lâm Đồng / Lâm Hà read from the damaged header and place line. 'Thc hin cng vn s 64/CYT ... ca Cng on Ngnh Y t Lm ng' and 'Cn c Hng dn s: 06/HD-CYT' are the upper union's letter and guide (Đ dropped from the codes): tolerated, in both spellings. Issuer name, title and citations ungraded (the damaged letters leave no exact name to compare).",
    },
    "b07_namdinh_duca_kh71_2020_daihoi_news": {
        "document": doc("71-KH/ĐUCA", "KH", N, "Đảng ủy Công an tỉnh", "province", loc()),
        "implements": [],
        "citations": [],
        "notes": "Provincial newspaper item 'Cập nhật lúc19:55, Thứ Hai, 16/03/2020' (posting time, not an issue date): 'Đảng ủy Công an tỉnh đã ban hành Kế hoạch số 71-KH/ĐUCA; trong đó các chi bộ ... hoàn thành trước ngày 30-3-2020 ...' - the deadlines are not issue dates. The police Party committee of a province: province level; the province (Nam Định) is only in the URL: null. No trích yếu: title ungraded. Trailing punctuation lines are page chrome.",
    },
    "b08_haiduong_bcdhe_kh2080_2020_tnth_print": {
        "document": doc("2080/KH-BCĐ", "KH", "2020-06-16", "Ban Chỉ đạo Hoạt động hè", "province",
                        loc(omit=("province",)), "Hoạt động hè và Chiến dịch thanh niên tình nguyện"),
        "implements": [],
        "citations": [],
        "notes": "Provincial People's Committee office print view ('In bài viết'): headline, then 'Ngày 16/6/2020, Ban Chỉ đạo Hoạt động hè và Chiến dịch thanh niên tình nguyện tỉnh (BCĐ) ban hành kế hoạch số 2080/KH-BCĐ về việc tổ chức ...'. A provincial steering committee: province level. The province is written only in the campaign motto, with a damaged letter ('Thanh niên Hải Dƣơng'): province ungraded; district and commune null. The campaign dates (15/7 - 25/8/2020) are not issue dates; the attachment file name is chrome.",
    },
    "b09_twdoan_kh_tnth_2020_baoquangnam": {
        "document": doc(N, "KH", N, "Trung ương Đoàn", "central", loc(),
                        "chiến dịch Thanh niên tình nguyện hè"),
        "implements": [],
        "citations": [],
        "notes": "Provincial newspaper item: '(QNO) - Trung ương Đoàn vừa ban hành kế hoạch tổ chức chiến dịch Thanh niên tình nguyện hè 2020 với chủ đề ...'. No number, no date ('vừa'). Central Youth Union: central; Quảng Nam is only the paper ('QNO', URL): no locality. 'theo quyết định của Thủ tướng Chính phủ' names no number: nothing to grade as parent. 'TAGS' is chrome. (Title relabelled after the first run: the headline 'Kế hoạch tổ chức chiến dịch Thanh niên tình nguyện hè' and the lead both name the plan, the year only in the lead; the earlier sets take the headline, so the label asks only for what both share.)",
    },
    "b10_byt_cv3016_2022_soket_nq20_htpl": {
        "document": doc("3016/BYT-KH-TC", "CV", "2022-06-09", "Bộ Y tế", "central", loc(),
                        "sơ kết 5 năm thực hiện Nghị quyết số 20-NQ/TW"),
        "implements": [],
        "implements_optional": ["20-NQ/TW", "655/KH-BYT"],
        "citations": ["20-NQ/TW", "655/KH-BYT"],
        "recipients_include": ["Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"],
        "notes": "Legal site with loading chrome ('Đang tải nội dung ...' twice), then the ministry's letter: 'BỘ Y TẾ' / 'Số: 3016/BYT-KH-TC' / 'V/v sơ kết 5 năm thực hiện Nghị quyết số 20-NQ/TW ...' / 'Hà Nội, ngày 09 tháng 06 năm 2022' / 'Kính gửi: ...'. An official letter (V/v, Kính gửi): CV. It quotes the Central Committee resolution's review clause and its own plan 655/KH-BYT; it asks for reports rather than saying what it carries out: both tolerated, neither required. Kính gửi lists ministries and provincial People's Committees: not issuers.",
    },
    "b11_chinhphu_nq282_2025_ctrhd_nq72_tvnd": {
        "document": doc("282/NQ-CP", "NQ", "2025-09-15", "Chính phủ", "central", loc()),
        "implements": [imp("72-NQ/TW", "2025-09-09", "Bộ Chính trị")],
        "implements_optional": ["1271/TTr-BYT"],
        "citations": ["72-NQ/TW", "1271/TTr-BYT"],
        "notes": "Legal site, page 2 view: header cut into ' |' lines ('CHÍNH' / 'PHỦ |'), the resolution's Căn cứ ('Căn cứ Nghị quyết số 72-NQ/TW ngày 09 tháng 9 năm 2025 của Bộ Chính trị ...' - the Party resolution the Government's action programme carries out: parent; 'Tờ trình số 1271/TTr-BYT': tolerated), Điều 1 missing, then the attached 'CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 72-NQ/TW ...' and '(Kèm theo Nghị quyết số 282/NQ-CP ngày 15 tháng 9 năm 2025 của Chính phủ)' - the document's own number, not a citation. The resolution's own trích yếu is missing from the text: title ungraded. 'Nơi nhận: |' / 'TM. CHÍNH PHỦ |' are a flattened signature table without a name.",
    },
    "b12_nghean_dangbo_dhvinh_nq01_2020_daihoi_widespaces": {
        "document": doc("01-NQ/ĐH", "NQ", "2020-06-03", "Đảng bộ Trường Đại học Vinh", N, loc("Nghệ An"),
                        "Đại hội đại biểu Đảng bộ Trường lần thứ XXXII"),
        "implements": [],
        "citations": [],
        "notes": "University Party committee's site: the two header columns flattened onto lines padded with spaces ('ĐẠI HỘI ĐẠI BIỂU <spaces> ĐẢNG CỘNG SẢN VIỆT NAM' / 'ĐẢNG BỘ TRƯỜNG ĐẠI HỌC VINH' / 'LẦN THỨ XXXII <spaces> Nghệ An, ngày 03 tháng 06 năm 2020' / '*' / 'Số 01-NQ/ĐH' - no colon after Số). The congress of the university's Party organisation issues the resolution; its level is ungraded (a ministry's university whose Party organisation is under the provincial Party committee). Province from the place line (Nghệ An); 'Vinh' in the university's name is not a district of the issuer: district null. Congress dates 02 and 03/06/2020 inside the lead. Carries out nothing by number.",
    },
    "b13_binhduong_ldld_kh_thangcongnhan_2019_news": {
        "document": doc(N, "KH", N, "Liên đoàn Lao động tỉnh", "province", loc(), "Tháng Công nhân năm 2019"),
        "implements": [],
        "citations": [],
        "notes": "Provincial newspaper (mobile): '| 14-03-2019 | 08:34:34' (posting time), headline, then 'Liên đoàn Lao động tỉnh vừa ban hành kế hoạch tổ chức Tháng Công nhân năm 2019 (tháng 5-2019).' No number, no date. The provincial trade-union federation: province level; the province (Bình Dương) is only in the URL: null.",
    },
    "b14_vinhphuc_btt_ubmttq_hd_ngayhoi_2018_daidoanket": {
        "document": doc(N, N, N, "MTTQ Việt Nam tỉnh Vĩnh Phúc", "province", loc("Vĩnh Phúc"),
                        "Ngày hội Đại đoàn kết toàn dân tộc năm 2018", omit=("doc_type",)),
        "implements": [],
        "citations": [],
        "notes": "Front newspaper item: 'Vĩnh Phúc: ...' headline, byline, 'Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Phúc hướng dẫn việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2018.' The guidance is named by a verb only: doc_type ungraded. No number or issue date (1/11 - 18/11/2018 is the festival window). 'Tin nổi bật' / 'Tin cùng chuyên mục' and the story after them are chrome.",
    },
    "b15_bentre_mythanh_ubmttqxa_kh_ngayhoi_2016_portal": {
        "document": doc(N, "KH", N, "Mặt trận Tổ quốc Việt Nam xã Mỹ Thạnh", "commune", loc(N, N, "Mỹ Thạnh"),
                        "Ngày hội Đại đoàn kết toàn dân tộc"),
        "implements": [],
        "citations": [],
        "notes": "Commune portal: 'Site banner', headline, then 'Ngày 28 tháng 10 năm 2016, Ủy ban Mặt trận Tổ quốc Việt Nam xã Mỹ Thạnh triển khai kế hoạch tổ chức \"Ngày hội Đại đoàn kết toàn dân tộc\" ...' - the day the plan was presented at a meeting, not its issue date: null. Commune Front: commune level. Mỹ Thạnh is a commune name found in several provinces and the text names no district or province (Giồng Trôm, Bến Tre only in the URL): province and district null. People named at the meeting (Phó bí thư Đảng ủy xã, Chủ tịch UBND xã) are not the issuer.",
    },
}


# document.signer, added after the first labelling by reading each text's end and lead (see README).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))
from tests.labelkit import add_signers  # noqa: E402

add_signers(LABELS, {
    "b01_twdoan_bch_kh411_2021_daihoidoan_vanban123": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b02_vpcp_tb213_2019_phoihopmttq_vanban123": (
        None,
        "the excerpt stops inside the notice; Hầu A Lềnh and the two chairs named there are speakers, not"
        " signers: null.",
    ),
    "b03_binhthuan_ubmttq_ctr_toankhoa_2019_portal": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b04_nhpt_dangu_kh101_2019_daihoi_vdbnews": (
        None,
        "news: Lương Hải Sinh (Bí thư Đảng ủy) is told giving directions; the plan is issued by the "
        "standing committee and nobody is said to sign it: null.",
    ),
    "b05_bct_kh_nq11_2022_trungdu_nhandan": (
        {"name": "Võ Văn Thưởng", "title_contains": "Thường trực Ban Bí thư"},
        "the lead 'đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, thay mặt Bộ "
        "Chính trị ký ban hành Kế hoạch'.",
    ),
    "b06_lamdong_lamha_cdcs_ttyt_hd_2021_docbinary": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b07_namdinh_duca_kh71_2020_daihoi_news": (
        None,
        "a news item that never says who signed the document; 'Xuân Thu' is the reporter's byline: null.",
    ),
    "b08_haiduong_bcdhe_kh2080_2020_tnth_print": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b09_twdoan_kh_tnth_2020_baoquangnam": (
        None,
        "a news item that never says who signed the document; 'THÁI CƯỜNG' is the reporter's byline: "
        "null.",
    ),
    "b10_byt_cv3016_2022_soket_nq20_htpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b11_chinhphu_nq282_2025_ctrhd_nq72_tvnd": (
        None,
        "the signature cell keeps only 'TM. CHÍNH PHỦ |' (no office line, no name) before the annex: "
        "null.",
    ),
    "b12_nghean_dangbo_dhvinh_nq01_2020_daihoi_widespaces": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b13_binhduong_ldld_kh_thangcongnhan_2019_news": (
        None,
        "a news item that never says who signed the document; 'T.LÝ' is the reporter's byline: null.",
    ),
    "b14_vinhphuc_btt_ubmttq_hd_ngayhoi_2018_daidoanket": (
        None,
        "a news item that never says who signed the document; 'V.Mạnh' is the reporter's byline: null.",
    ),
    "b15_bentre_mythanh_ubmttqxa_kh_ngayhoi_2016_portal": (
        None,
        "news: the commune leaders named attended the meeting; nobody is said to sign: null.",
    ),
})

