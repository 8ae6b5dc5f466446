# ruff: noqa: E501
"""Hand labels of the blind2 set, written from each stored text alone (the parser was not run on them)."""

N = None


def loc(province=N, district=N, commune=N, omit=()):
    d = {"province": province, "district": district, "commune": commune}
    for k in omit:
        d.pop(k)
    return d


def doc(number, doc_type, issued_on, name, level, locality, title=None, omit_date=False):
    d = {"number": number, "doc_type": doc_type, "issued_on": issued_on,
         "issuer": {"name_contains": name, "level": level}, "locality": locality}
    if omit_date:
        d.pop("issued_on")
    if title is not None:
        d["title_contains"] = title
    return d


LABELS = {
    "b01_thanhhoa_bathuoc_bcd35_cv25_2023_print": {
        "document": doc("25-CV/BCĐ", "CV", "2023-02-27", "Ban Chỉ đạo 35", "district", loc(N, "Bá Thước", N)),
        "implements": [{"number": "103-CV/BCĐ35", "issued_on": "2023-02-17", "issuer_contains": "Ban Chỉ đạo 35"}],
        "citations": ["103-CV/BCĐ35"],
        "notes": "District portal print page, no header: the first line is the post's title, then 'Thực hiện Công văn số 103-CV/BCĐ 35, ngày 17/02/2023 của Ban Chỉ đạo 35 cấp tỉnh ...' and 'Ban Chỉ đạo 35 cấp huyện ban hành Công văn số Số 25 -CV/BCĐ ngày 27/02/2023'. The document is the district steering board's letter 25-CV/BCĐ (a Party-side board on protecting the Party's ideological foundation; 'cấp huyện', and the district is named in the title line, 'trên địa bàn huyện Bá Thước'). Province never named (Thanh Hóa only in the URL): null. The parent's issuer code is written 'BCĐ 35' with a space; canonical form without spaces is '103-CV/BCĐ35'.",
    },
    "b02_hcm_snnptnt_kh1594_2023_ktth_titleline": {
        "document": doc("1594/KH-SNN", "KH", "2023-06-07", "Sở Nông nghiệp và Phát triển nông thôn", "province",
                        loc(N, N, N, omit=("province",)), "nâng cao hiệu quả kinh tế tập thể"),
        "implements": [{"number": "09/NQ-CP", "issued_on": "2023-02-02", "issuer_contains": "Chính phủ"},
                       {"number": "29-CTrHĐ/TU", "issued_on": "2023-01-01", "issuer_contains": "Thành ủy"}],
        "implements_optional": ["20-NQ/TW"],
        "chain": [["29-CTrHĐ/TU", "20-NQ/TW"]],
        "citations": ["09/NQ-CP", "29-CTrHĐ/TU", "20-NQ/TW"],
        "notes": "Agency website post: section line, a title line 'Kế hoạch số 1594 ngày 07 tháng 6 năm 2023 của Sở Nông nghiệp và Phát triển nông thôn về ...', the posting date 'Thứ hai, 12/06/2023, 14:27 GMT+7' (not the issue date), then the plan's own heading 'Kế hoạch Thực hiện Nghị quyết số 09/NQ-CP ... và Chương trình hành động số 29-CTrHĐ/TU ... của Thành ủy Thành phố về thực hiện Nghị quyết số 20-NQ/TW ... (Theo Kế hoạch số 1594/KH-SNN ngày 07 tháng 6 năm 2023 ...)'. The full number is only in the parenthesis. The department belongs to Hồ Chí Minh City (the goals name it), but the issuer line never says so: province left ungraded. 20-NQ/TW is what 29-CTrHĐ/TU carries out (chain); tolerated as a direct parent.",
    },
    "b03_quangnam_ubnd_qd2428_2022_ntmnc_relatedlist": {
        "document": doc("2428/QĐ-UBND", "QĐ", "2022-09-16", "Ủy ban nhân dân tỉnh Quảng Nam", "province",
                        loc("Quảng Nam"), "BỘ TIÊU CHÍ HUYỆN NÔNG THÔN MỚI NÂNG CAO"),
        "implements": [],
        "implements_optional": ["263/QĐ-TTg", "320/QĐ-TTg"],
        "citations": ["1098/QĐ-UBND", "2333/QĐ-UBND", "263/QĐ-TTg", "320/QĐ-TTg"],
        "notes": "Legal-library page: a list of related and legal-basis documents ('- 1Quyết định 1098/QĐ-UBND năm 2022 ...', the list's ordinals glued to the words) before the pipe-flattened header. A decision issuing the province's criteria for advanced new-rural districts; its Căn cứ are the local-government law and the Prime Minister's decisions 263/QĐ-TTg (the national programme) and 320/QĐ-TTg (the national criteria), cut mid-list. Whether those two are carried out or only legal basis is a judgement: tolerated, not required.",
    },
    "b04_quangngai_ubnd_kh206_2023_thuocla_relatedlist": {
        "document": doc("206/KH-UBND", "KH", "2023-11-24", "Ủy ban nhân dân tỉnh", "province", loc("Quảng Ngãi"),
                        "CHIẾN LƯỢC QUỐC GIA VỀ PHÒNG, CHỐNG TÁC HẠI CỦA THUỐC LÁ ĐẾN NĂM 2030"),
        "implements": [{"number": "568/QĐ-TTg", "issued_on": "2023-05-24", "issuer_contains": "Thủ tướng"}],
        "notes": "Legal-library page with a related-documents list first (it writes the Party resolution state-style, 'Nghị quyết 20/NQ-TW năm 2017', beside '20-NQ/TW' in the next item), then the pipe-flattened header and 'Thực hiện Quyết định số 568/QĐ-TTg ngày 24/5/2023 của Thủ tướng Chính phủ ... và xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 4294/TTr-SYT ...'. Citations not graded (the related list's malformed 20/NQ-TW makes the set ambiguous). Cut in section I (goals): no tasks.",
    },
    "b05_backan_ubnd_kh515_2023_thuocla_metatable": {
        "document": doc("515/KH-UBND", "KH", "2023-07-31", "Ủy ban nhân dân tỉnh Bắc Kạn", "province", loc("Bắc Kạn"),
                        "PHÒNG, CHỐNG TÁC HẠI CỦA THUỐC LÁ TRÊN ĐỊA BÀN TỈNH BẮC KẠN"),
        "implements": [{"number": "568/QĐ-TTg", "issued_on": "2023-05-25", "issuer_contains": "Thủ tướng"}],
        "citations": ["568/QĐ-TTg"],
        "notes": "Legal-library metadata table (Số hiệu, Ngày ban hành, 'Cơ quan ban hành | Tỉnh Bắc Kạn', Người ký), then a damaged pipe header ('ỦY BAN NHÂN' / 'NHÂN |'), no 'KẾ HOẠCH' line, the title in capitals, and 'Ủy ban nhân dân tỉnh Bắc Kạn xây dựng Kế hoạch ...'. The parent's date is written 25/5/2023 here (labelled as written).",
    },
    "b06_hoabinh_ubnd_kh35_2015_thuocla_cancu": {
        "document": doc("35/KH-UBND", "KH", "2015-05-07", "Ủy ban nhân dân tỉnh Hòa Bình", "province", loc("Hòa Bình"),
                        "THỰC HIỆN CHIẾN LƯỢC QUỐC GIA PHÒNG, CHỐNG TÁC HẠI CỦA THUỐC LÁ ĐẾN NĂM 2020"),
        "implements": [{"number": "229/QĐ-TTg", "issued_on": "2013-01-25", "issuer_contains": "Thủ tướng"}],
        "citations": ["45/2005/NĐ-CP", "229/QĐ-TTg"],
        "notes": "Legal-library copy with an intro line, pipe header, 'KẾ HOẠCH HÀNH ĐỘNG' (type KH). Căn cứ: the tobacco law (no number), decree 45/2005/NĐ-CP (legal basis: a citation) and decision 229/QĐ-TTg approving the national strategy that this action plan carries out ('kế hoạch hành động thực hiện Chiến lược quốc gia'): the parent.",
    },
    "b07_sonla_ubnd_kh300_2021_nguoicaotuoi_brokenheader": {
        "document": doc("300/KH-UBND", "KH", "2021-12-30", "Ủy ban nhân dân tỉnh Sơn La", "province", loc("Sơn La"),
                        "NÂNG CAO CHẤT LƯỢNG BẢO VỆ, CHĂM SÓC SỨC KHỎE"),
        "implements": [{"number": "1942/QĐ-TTg", "issued_on": "2021-11-18", "issuer_contains": "Thủ tướng"}],
        "citations": ["1942/QĐ-TTg"],
        "notes": "Legal-library text with the two-column header broken into short lines ('ỦY' / 'BAN NHÂN DÂN' / 'TỈNH SƠN LA', 'Số:' / '300/KH-UBND', 'Sơn' / 'La, ngày 30 tháng 12 năm 2021'), the title over three lines, and 'Thực hiện Quyết định số 1942/QĐ-TTg' wrapped before its date.",
    },
    "b08_twdoan_bbt_qd367_2013_vanban_onelineforum": {
        "document": doc("367-QĐ/TWĐTN-VP", "QĐ", "2013-10-29", "Ban Bí thư Trung ương Đoàn", "central", loc(),
                        "Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh"),
        "implements": [],
        "citations": ["84-QĐ/TWĐTN", "1836-QĐ/TWĐTN"],
        "signer": {"name": "Phan Văn Mãi"},
        "recipients_include": ["VP: CVP, PCVP, Các phòng, bộ phận thuộc VP"],
        "notes": "Forum post: the whole decision on one line, header columns glued ('BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013'): the number is 367-QĐ/TWĐTN-VP and 'ĐOÀN TNCS HỒ CHÍ MINH' is the second header line run into it. Issuer: the Youth Union's central secretariat ('BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH', 'TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN'), central level. Căn cứ are the Union's charter and rules (legal basis), and cited decisions are written without hyphen ('84 QĐ/TWĐTN', '1836 QĐ/TWĐTN'). Signature glued too: 'ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi'. Year 2013, kept for its layout.",
    },
    "b09_hcm_ubndtp_kh2022_2014_treem_relatedlist": {
        "document": doc("2022/KH-UBND", "KH", "2014-05-13", "Ủy ban nhân dân", "province", loc("Hồ Chí Minh"),
                        "TRIỂN KHAI, TỔ CHỨC THÁNG HÀNH ĐỘNG"),
        "implements": [],
        "implements_optional": ["20-CT/TW", "37/2010/QĐ-TTg"],
        "notes": "Legal-library related list (nine items, Chỉ thị written '20/CT-TW'), pipe header with the place 'Thành phố Hồ Chí Minh, ngày 13 tháng 5 năm 2014' and number 2022/KH-UBND (a number that looks like a year). The preamble says the city continues carrying out 'các nội dung cơ bản của Chỉ thị số 20-CT/TW ...; Quyết định số 37/2010/QĐ-TTg ...': background, tolerated as parents. Citations not graded (related list). Year 2014, kept for the year-like number.",
    },
    "b10_hanoi_ubnd_kh138_2021_treem_notypeline": {
        "document": doc("138/KH-UBND", "KH", "2021-06-03", "Ủy ban nhân dân", "province", loc("Hà Nội"),
                        "THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG QUỐC GIA VÌ TRẺ EM"),
        "implements": [],
        "citations": [],
        "notes": "Legal-library text: pipe header, no 'KẾ HOẠCH' line (the title starts 'THỰC HIỆN CHƯƠNG TRÌNH ...'), and the body starts in the goals; the parent is only 'Quyết định số 23' (no type, no year): not a number.",
    },
    "b11_quangnam_btvtu_ct39_2022_bhxh_newslead_noyear": {
        "document": doc(N, "CT", N, "Ban Thường vụ Tỉnh ủy", "province", loc(),
                        "tiếp tục tăng cường lãnh đạo, chỉ đạo thực hiện chính sách BHXH", omit_date=True),
        "implements": [],
        "notes": "Provincial newspaper lead: 'Hôm qua 30/5, Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 39 về ...'. A bare 'số 39' with no suffix: number null. The date has no year (the period 2022 - 2025 is the directive's scope, not its year): issued_on ungraded. The province is not named in the text (Quảng Nam only in the URL).",
    },
    "b12_quangnam_tu_ctr_nq21_bhxh_newslead_nonumber": {
        "document": doc(N, "CTr", N, "Tỉnh ủy", "province", loc()),
        "implements": [{"number": "21-NQ/TW", "issued_on": "2012-11-22", "issuer_contains": "Bộ Chính trị"}],
        "citations": ["21-NQ/TW"],
        "notes": "Newspaper lead: 'Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số 21-NQ/TW, ngày 22.11.2012 của Bộ Chính trị ...'. The programme has no number or date in the text (null); the parent's date is written with dots. The later 'Ban Thường vụ Tỉnh ủy đề nghị ...' is the same issuer's standing committee. Province not named in the text.",
    },
    "b13_hanoi_ubndtp_kh237_2021_pccc_newslead_barenumber": {
        "document": doc(N, "KH", "2021-10-21", "UBND thành phố Hà Nội", "province", loc("Hà Nội")),
        "implements": [],
        "notes": "Newspaper lead: 'UBND thành phố Hà Nội vừa ban hành Kế hoạch số 237 ngày 21-10-2021, triển khai, thực hiện Kết luận số 02 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 47 ...'. Bare numbers everywhere (237, 02, 47): number null, and the parent has no number, so implements is empty.",
    },
    "b14_hanoi_ubndtp_kh218_2022_ct14_tagpage": {
        "document": doc("218/KH-UBND", "KH", N, "UBND TP Hà Nội", "province", loc("Hà Nội")),
        "implements": [{"number": "14-CT/TU", "issued_on": "2022-03-02", "issuer_contains": "Ban Thường vụ Thành ủy"}],
        "citations": ["14-CT/TU"],
        "notes": "Newspaper tag page: the headline twice, then 'UBND TP Hà Nội vừa ban hành Kế hoạch 218/KH-UBND triển khai Chỉ thị số 14-CT/TU ngày 2/3/2022 của Ban Thường vụ Thành ủy ...'. The plan's own date is not given (the only date is the parent's): null.",
    },
    "b15_thudo_ldld_kh29_2020_treem_newslead": {
        "document": doc("29/KH-LĐLĐ", "KH", N, "Liên đoàn Lao động Thành phố", "province", loc(),
                        "Tháng hành động Vì trẻ em"),
        "implements": [],
        "signer": {"name": "Đặng Thị Phương Hoa"},
        "notes": "Trade-union newspaper: a stray 'M', the posting time '01/06/2020 10:27' (not the issue date), headline, then 'Phó Chủ tịch thường trực phụ trách Liên đoàn Lao động Thành phố Đặng Thị Phương Hoa đã ký ban hành Kế hoạch số 29/KH-LĐLĐ ...'. A mass organisation of a centrally-run city ('Công đoàn Thủ đô' implies Hà Nội but never names it): province level, province null. Issue date not given: null.",
    },
    "b16_hoabinh_ubndtinh_kh78_2022_treem_portallist": {
        "document": doc("78/KH-UBND", "KH", "2022-05-05", "Uỷ ban nhân dân tỉnh", "province", loc(),
                        "Tháng hành động vì trẻ em và Diễn đàn trẻ em năm 2022"),
        "implements": [],
        "notes": "Provincial portal listing item: headline, the posting date '(06/05/2022)' (not the issue date), then '... ngày 05/5/2022, Uỷ ban nhân dân tỉnh ban hành Kế hoạch số 78/KH-UBND về việc triển khai ...'. The province is never named in the text (Hòa Bình only in the URL): null. No parent number ('các quy định của Luật Trẻ em').",
    },
    "b17_tiengiang_ubnd_kh383_2022_cds_numberedcancu": {
        "document": doc("383/KH-UBND", "KH", "2022-12-07", "Ủy ban nhân dân tỉnh Tiền Giang", "province",
                        loc("Tiền Giang"), "CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI"),
        "implements": [{"number": "924/QĐ-TTg", "issued_on": "2022-08-22", "issuer_contains": "Thủ tướng"}],
        "implements_optional": ["05-NQ/TU", "08-NQ/TU", "25/NQ-HĐND", "605/QĐ-UBND", "370/KH-UBND"],
        "citations": ["924/QĐ-TTg", "05/2022/TT-BNNPTNT", "05-NQ/TU", "25/NQ-HĐND", "08-NQ/TU", "605/QĐ-UBND", "370/KH-UBND"],
        "notes": "Legal-library bulletin: broken header lines, then a numbered basis section 'I. CĂN CỨ XÂY DỰNG KẾ HOẠCH' (1. ... 7., each item wrapped, dates split 'ngày 22' / 'tháng 8 năm 2022'). The plan carries out 'Chương trình chuyển đổi số trong xây dựng nông thôn mới' approved by 924/QĐ-TTg (item 1): the parent. The circular is legal basis; the province's Party resolutions, HĐND resolution, scheme and digital-transformation plan are background the plan is aligned with: tolerated. Cut inside item 7.",
    },
    "b18_thanhhoa_ctubndtinh_qd969_2022_cds_districtprint": {
        "document": doc("969/QĐ-UBND", "QĐ", "2022-03-18", "UBND tỉnh Thanh Hóa", "province", loc("Thanh Hóa"),
                        "giao chỉ tiêu thực hiện chuyển đổi số cấp huyện, cấp xã"),
        "implements": [],
        "notes": "District portal print page reposting a provincial decision: 'Ngày 18/3/2022, Chủ tịch UBND tỉnh Thanh Hóa ban hành Quyết định số 969/QĐ-UBND về việc giao chỉ tiêu ...', then its content as numbered points listing districts and communes, and 'Theo Báo Thanh Hóa'. The issuer is the province chairman; the portal's district (Mường Lát, URL only) is not the issuer's: district null.",
    },
    "b19_quangnam_ubndtinh_kh2004_2021_cds_barenumber": {
        "document": doc(N, "KH", N, "UBND tỉnh", "province", loc(), "thí điểm triển khai chuyển đổi số cấp xã"),
        "implements": [],
        "notes": "Newspaper item beginning with the page's date marker ' date 2021-04' (not a document date) and '(QNO) - UBND tỉnh vừa ban hành Kế hoạch 2004 về ...'. 'Kế hoạch 2004' is a bare number that also looks like a year: number null; no issue date: null. 'Smart Quảng Nam' is an app's name, not the issuer's province: null.",
    },
    "b20_thanhhoa_ubnd_qd4216_2020_cds_noinhan": {
        "document": doc("4216/QĐ-UBND", "QĐ", "2020-10-06", "Ủy ban nhân dân tỉnh Thanh Hóa", "province",
                        loc("Thanh Hóa"), "KẾ HOẠCH CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN TỈNH THANH HÓA"),
        "implements": [{"number": "749/QĐ-TTg", "issued_on": "2020-06-03", "issuer_contains": "Thủ tướng"}],
        "implements_optional": ["17/NQ-CP"],
        "citations": ["17/NQ-CP", "749/QĐ-TTg", "1342/TTr-STTTT"],
        "recipients_include": ["Văn phòng Chính phủ", "Bộ Thông tin và Truyền thông"],
        "notes": "Legal-library text with the header on separate lines and blank lines between, a decision issuing the province's digital-transformation plan. Căn cứ: the local-government law, Government resolution 17/NQ-CP (e-government tasks: tolerated) and decision 749/QĐ-TTg approving the national digital-transformation programme that the provincial plan carries out (parent). Recipients list cut at 'UBMTT'.",
    },
    "b21_ubndtinh_ct12_2018_nhapngu_portalnews": {
        "document": doc("12/CT-UBND", "CT", "2018-08-15", "Ủy ban nhân dân tỉnh", "province", loc(),
                        "chuẩn bị thực lực tuyển chọn, gọi công dân nhập ngũ"),
        "implements": [],
        "notes": "Provincial portal news item: section name, headline, posting date '17/08/2018' (not the issue date), a paragraph of context, then 'Ủy ban nhân dân tỉnh đã ban hành Chỉ thị số 12/CT-UBND ngày 15/8/2018 về việc ...'. The province is not named in the text (Ninh Thuận only in the URL): null.",
    },
    "b22_dangbocqdtw_btv_kh08_2025_daihoi_districtportal_barenumber": {
        "document": doc(N, "KH", N, "Đảng ủy các cơ quan Đảng Trung ương", "central", loc(),
                        "tổ chức đại hội các đảng bộ trực thuộc"),
        "implements": [{"number": "45-CT/TW", "issued_on": "2025-04-14"}],
        "citations": ["45-CT/TW"],
        "notes": "A district portal's category page (Kim Bảng, URL only) quoting a central Party body: 'Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 ..., Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương đã khẩn trương ban hành Kế hoạch số 08 về tổ chức đại hội ...'. Bare 'số 08': number null; no date of its own: null. The Party committee of the central Party agencies is central level; no locality.",
    },
    "b23_thanhhoa_hdnd_nq18_2025_congtacphi_metatable": {
        "document": doc("18/2025/NQ-HĐND", "NQ", "2025-07-21", "Hội đồng nhân dân", "province", loc("Thanh Hóa"),
                        "sửa đổi nội dung tại Điều 1 Nghị quyết 64/2017/NQ-HĐND"),
        "implements": [],
        "citations": ["64/2017/NQ-HĐND", "29/2024/NQ-HĐND", "78/2025/NĐ-CP", "187/2025/NĐ-CP"],
        "notes": "Legal-library page after the July 2025 reform: a title line, metadata table ('Cơ quan ban hành | Tỉnh Thanh Hóa'), pipe header 'HỘI ĐỒNG NHÂN DÂN |' with no province line, no 'NGHỊ QUYẾT' line, and Căn cứ of laws and decrees only (legal basis, not parents). It amends resolutions 64/2017 and 29/2024 (citations). The trích yếu is only in the first line.",
    },
    "b24_quangngai_hdnd_nq78_2023_vondautu_tvplchrome": {
        "document": doc("78/NQ-HĐND", "NQ", "2023-12-07", "Hội đồng nhân dân tỉnh Quảng Ngãi", "province",
                        loc("Quảng Ngãi"), "KẾ HOẠCH VỐN ĐẦU TƯ CÔNG NĂM 2024"),
        "implements": [],
        "implements_optional": ["120/2020/QH14", "517/NQ-UBTVQH15"],
        "citations": ["120/2020/QH14", "517/NQ-UBTVQH15", "27/2022/NĐ-CP"],
        "notes": "Legal-library page chrome ('Bộ lọc tìm kiếm', 'Tải văn bản', a bullet menu), then a clean header and 'HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI / KHÓA XIII KỲ HỌP THỨ 20'. Căn cứ: laws, the National Assembly resolution approving the programme, the NA standing committee's allocation, a decree. The resolution allocates capital for that programme: the two NA resolutions tolerated as parents, none required.",
    },
    "b25_hanoi_hadong_phucla_dangu_kh89_2019_daihoi_news": {
        "document": doc("89-KH/ĐU", "KH", "2019-08-09", "Đảng ủy phường Phúc La", "commune",
                        loc("Hà Nội", "Hà Đông", "Phúc La"), "tổ chức Đại hội Chi bộ tiến tới Đại hội Đại biểu lần thứ VI"),
        "implements": [{"number": "35-CT/TW", "issued_on": "2019-05-30", "issuer_contains": "Bộ Chính trị"},
                       {"number": "256-KH/QU", "issued_on": "2019-08-06", "issuer_contains": "Quận ủy Hà Đông"}],
        "citations": ["35-CT/TW", "256-KH/QU"],
        "notes": "Ward portal news item on the ward Party committee's plan: 'Thực hiện Chỉ thị số 35-CT/TW ...; Kế hoạch số 256-KH/QU, ngày 06/8/2019 của Quận ủy Hà Đông ..., Đảng ủy phường Phúc La triển khai kế hoạch số 89 –KH/ĐU ngày 9/8/2019 về việc tổ chức Đại hội Chi bộ ...' (en dash inside the number). Commune level. Locality (relabelled 2026-11-26 under the unique-gazetteer-name convention of blind3's README): the issuer's ward Phúc La is unique in the gazetteer (Hà Đông, Hà Nội), and the text also names Quận ủy Hà Đông as the parent's issuer: province Hà Nội, district Hà Đông.",
    },
    "b26_ninhbinh_giavien_lienson_ubndxa_cv09_2020_covid_bullets": {
        "document": doc("09/UBND-VP", "CV", "2020-03-31", "Ủy ban nhân dân xã Liên Sơn", "commune",
                        loc(N, N, "Liên Sơn", omit=("district",)), "phòng, chống bệnh Covid- 19"),
        "implements": [{"number": "330/UBND-VP", "issued_on": "2020-03-27", "issuer_contains": "huyện Gia Viễn"}],
        "implements_optional": ["15/CT-TTg"],
        "chain": [["330/UBND-VP", "15/CT-TTg"]],
        "citations": ["330/UBND-VP", "15/CT-TTg"],
        "recipients_include": ["Các đồng chí Xóm trưởng"],
        "notes": "Commune portal: post title, then the header spread over many short lines with blank and space-only lines ('ỦY BAN NHÂN DÂN' / 'XÃ LIÊN SƠN', 'Số: 09/UBND- VP', the V/v line, the motto, 'Liên Sơn, ngày 31 tháng 3 năm 2020', 'Kính gửi: Các đồng chí Xóm trưởng'). Parent: the district's letter 330/UBND- VP 'về việc triển khai thực hiện Chỉ thị số 15/CT- TTg' (chain). Hà Nội and Hà Nam appear only as where Bạch Mai hospital's sites are: not the issuer's province (null). Tasks are root '-' bullets, the second cut: not graded.",
    },
    "b27_hatinh_ductho_tungchau_mttqxa_cv05_2020_oneline_baddate": {
        "document": doc("05/MTTQ", "CV", N, "MTTQ Việt Nam xã Tùng Châu", "commune", loc("Hà Tĩnh", "Đức Thọ", "Tùng Châu")),
        "implements": [],
        "notes": "Commune portal: the whole letter on one line, header columns interleaved ('UỶ BAN MTTQ VIỆT NAM XÃ TÙNG CHÂU BAN THƯỜNG TRỰC Số: 05 /MTTQ “ V/v ...” CỘNG HOÀ ... Tùng châu, ngày 31 tháng 04 năm 2020 Kính gữi : ...'). The date 31 April does not exist: issued_on null (a warning expected). Issuer: the standing board of the commune Fatherland Front committee; commune level. District and province are not written, but the issuer's commune Tùng Châu is unique in the gazetteer (Đức Thọ, Hà Tĩnh): labelled (relabelled 2026-11-26 under blind3's unique-name convention).",
    },
    "b28_gialai_phuthien_iayeng_ubndxa_cv91_2020_bachhau_tasks": {
        "document": doc("91/UBND-TH", "CV", "2020-10-09", "Ủy ban nhân dân xã Ia Yeng", "commune",
                        loc("Gia Lai", "Phú Thiện", "Ia Yeng"), "phòng, chống dịch bệnh bạch hầu"),
        "implements": [],
        "citations": ["26/KH-VHTT"],
        "tasks": [{"label": "1", "text_starts": "Tiếp tục thông tin, tuyên truyền rộng rãi trong cộng đồng"}],
        "recipients_include": ["Các đơn vị trên địa bàn xã", "Mặt trận, các đoàn thể xã", "Ban nhân dân các thôn"],
        "notes": "Commune page keeping the Word layout's runs of spaces and NBSP-only lines: 'ỦY BAN NHÂN DÂN' / 'XÃ IA YENG', 'Số:  91 /UBND -TH', V/v line, motto, 'Ia Yeng, ngày 09 tháng 10 năm 2020', a three-line Kính gửi. Parent: 'văn bản số: 186 ngày 6/10/2020 của phòng VH&TT huyện Phú Thiện' has no type code: not a number, so no implements. Point 1 cites 26/KH-VHTT. Cut inside point 1: task list incomplete (no task_labels). Locality (relabelled 2026-11-26 under blind3's unique-name convention): the issuer's commune Ia Yeng is unique in the gazetteer (Phú Thiện, Gia Lai), and Phú Thiện is the parent's district: province Gia Lai, district Phú Thiện.",
    },
    "b29_langson_ubnd_kh07_2020_hanhan_wrappeddate": {
        "document": doc("07/KH-UBND", "KH", "2020-01-13", "Ủy ban nhân dân tỉnh Lạng Sơn", "province", loc("Lạng Sơn"),
                        "PHÒNG, CHỐNG HẠN HÁN, THIẾU NƯỚC"),
        "implements": [{"number": "8008/CT-TCTL", "issued_on": "2019-10-25", "issuer_contains": "Bộ Nông nghiệp"}],
        "citations": ["8008/CT-TCTL"],
        "notes": "Legal-library text with the header broken into short lines; the place-date line wraps between day and month ('Lạng Sơn, ngày 13' / 'tháng 01 năm 2020'), the title over three lines, and 'Thực hiện Chỉ' / 'thị số 8008/CT-TCTL ngày 25/10/2019 của Bộ trưởng Bộ Nông nghiệp ...' split inside the word 'Chỉ thị'. The parent's number is labelled as written.",
    },
    "b30_hungyen_kimdong_duchop_bcdxa_cv_blanknumber_2021_tet": {
        "document": doc(N, "CV", "2021-02-06", "phòng, chống dịch Covid-19", "commune",
                        loc("Hưng Yên", "Kim Động", "Đức Hợp")),
        "implements": [{"number": "199/CĐ-UBND", "issued_on": "2021-01-28", "issuer_contains": "Hưng Yên"}],
        "citations": ["199/CĐ-UBND"],
        "recipients_include": ["Các đồng chí trưởng thôn", "Các ban ngành đoàn thể"],
        "notes": "Commune portal post: title twice, 'Văn bản', then the header ('UBND XÃ ĐỨC HỢP' / 'BCĐ PHÒNG, CHỐNG DỊCH COVID-19', 'Số ……../BCĐ' with the number left blank, a V/v line) and 'Đức Hợp, ngày 06 tháng 02 năm 2021'. Issuer: the commune's Covid-19 steering board (under the commune People's Committee), commune level; number null (blank). Parent: the province's telegram 'Công điện số: 199/CĐ-UBND ngày 28/01/2021 của UBND tỉnh Hưng Yên' (province named as the parent's issuer). Locality (relabelled 2026-11-26 under blind3's unique-name convention): the issuer's commune Đức Hợp is unique in the gazetteer (Kim Động, Hưng Yên): province Hưng Yên, district Kim Động.",
    },
    "b31_vpcp_tb247_2019_pctt_ykienttg": {
        "document": doc("247/TB-VPCP", "TB", "2019-07-16", "Văn phòng Chính phủ", "central", loc(),
                        "Ý KIẾN CHỈ ĐẠO CỦA THỦ TƯỚNG CHÍNH PHỦ NGUYỄN XUÂN PHÚC"),
        "implements": [],
        "citations": [],
        "notes": "Legal-library text: site name, header on separate lines, 'THÔNG BÁO' and its title; the notice reports the Prime Minister's conclusions at a meeting (20 June 2019, not the issue date). No parent; cut in section I.",
    },
}
