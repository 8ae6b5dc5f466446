# ruff: noqa: E501
"""Hand labels of the blind6 set, written from each stored text alone (the parser was not run on them)."""

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
    "b01_bdvtw_cv1350_2023_ct21phunu_portal": {
        "document": doc("1350-CV/BDVTW", "CV", "2023-05-10", "Ban Dân vận Trung ương", "central", loc(),
                        "sơ kết 05 năm thực hiện Chỉ thị số 21-CT/TW"),
        "signer": {"name": "Phạm Tất Thắng", "title_contains": "PHÓ TRƯỞNG BAN"},
        "implements": [],
        "implements_optional": ["21-CT/TW"],
        "citations": ["21-CT/TW"],
        "recipients_include": ["Ban Dân vận các tỉnh ủy, thành ủy trực thuộc Trung ương"],
        "notes": "Central Party board's portal: a date stamp, a headline that carries the number, date, issuer and subject ('Công văn số 1350-CV/BDVTW ngày 10/5/2023 của Ban Dân vận Trung ương về việc triển khai sơ kết 05 năm thực hiện Chỉ thị số 21-CT/TW ...'), 'Kính gửi', body, a signature block 'K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN THƯỜNG TRỰC / Phạm Tất Thắng', then portal chrome. The letter organises a five-year review of the Secretariat's directive rather than the directive itself: 21-CT/TW is tolerated, not required.",
    },
    "b02_kontum_ubnd_qd503_2019_pctt_tvpl": {
        "document": doc("503/QĐ-UBND", "QĐ", "2019-05-17", "Ủy ban nhân dân", "province", loc("Kon Tum"),
                        "PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN"),
        "implements": [],
        "implements_optional": ["160/2018/NĐ-CP", "1061/QĐ-TTg", "57/TTr-SNN"],
        "citations": ["160/2018/NĐ-CP", "1061/QĐ-TTg", "57/TTr-SNN"],
        "recipients_include": ["Ban chỉ đạo Trung ương về PCTT", "Thường trực Tỉnh ủy", "Ủy ban Quốc gia Ứng phó sự cố thiên tai và Tìm kiếm cứu nạn"],
        "notes": "Legal library, pipe-flattened header with the province name broken over lines ('ỦY\\nBAN NHÂN DÂN\\nTỈNH KON TUM', 'Kon\\nTum, ngày 17 tháng 5 năm 2019'). A yearly disaster plan issued by decision; Căn cứ lists two laws, a decree and the Prime Minister's 2014 decision issuing the plan to apply the disaster law, then 'Xét đề nghị' a department's submission. Nothing is carried out in so many words: the decree, the 2014 decision and the submission are tolerated only.",
    },
    "b03_quangngai_ubnd_kh34_2023_pctt_paywall": {
        "document": doc("34/KH-UBND", "KH", "2023-02-23", "Ủy ban nhân dân", "province", loc("Quảng Ngãi"),
                        "CHƯƠNG TRÌNH TỔNG THỂ PHÒNG, CHỐNG THIÊN TAI QUỐC GIA"),
        "implements": [imp("1651/QĐ-TTg", "2022-12-30", "Thủ tướng")],
        "citations": ["1651/QĐ-TTg"],
        "notes": "Legal library behind a paywall notice; one-row pipe header 'Số: 34/KH-UBND | Quảng Ngãi, ngày 23 tháng 02 năm 2023 |' and a title line without 'KẾ HOẠCH'. 'Thực hiện Quyết định số 1651/QĐ-TTg ... phê duyệt Chương trình tổng thể ..., UBND tỉnh ban hành Kế hoạch triển khai thực hiện Chương trình ...': the Prime Minister's decision is the parent.",
    },
    "b04_vinhlong_ubnd_ct07_2015_pctt_tvpl": {
        "document": doc("07/CT-UBND", "CT", "2015-03-30", "Ủy ban nhân dân", "province", loc("Vĩnh Long"),
                        "PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN"),
        "implements": [],
        "citations": [],
        "notes": "Legal library, pipe header; a provincial chairman's directive ('Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:') with no Căn cứ and no cited document: implements must stay empty. The dates in the body (20/4/2015, the year 2014) are deadlines and periods, not citations.",
    },
    "b05_thainguyen_ubndtinh_ct10_2020_thientai_news": {
        "document": doc(N, "CT", N, "UBND tỉnh", "province", loc("Thái Nguyên"),
                        "triển khai một số biện pháp cấp bách để chủ động ứng phó thiên tai"),
        "implements": [imp("35/CT-TTg", "2020-09-01", "Thủ tướng")],
        "citations": ["35/CT-TTg"],
        "notes": "Provincial newspaper: headline 'Chỉ thị về triển khai ...', then 'thực hiện Chỉ thị số 35/CT-TTg ngày 1/9/2020 của Thủ tướng Chính phủ, UBND tỉnh đã ban hành Chỉ thị số 10 về ...' (lower-case 'thực hiện' after a full stop). The own number is bare ('số 10', no suffix): null. No own date. Province from the preceding sentence naming 'trên địa bàn tỉnh Thái Nguyên' as the place whose UBND tỉnh acts (doubtful: could be read as not the issuer's name).",
    },
    "b06_hatinh_ubnd_kh522_2025_ct39_metatable": {
        "document": doc("522/KH-UBND", "KH", "2025-09-25", "Ủy ban nhân dân", "province", loc("Hà Tĩnh")),
        "signer": {"name": "Trần Báu Hà"},
        "implements": [imp("39-CT/TW", "2024-10-30", "Ban Bí thư"), imp("1560/QĐ-TTg", "2025-07-18", "Thủ tướng"),
                       imp("327-KH/TU", "2025-01-20", "Ban Thường vụ Tỉnh ủy")],
        "implements_optional": ["570/TTr-NHCS"],
        "chain": [["1560/QĐ-TTg", "39-CT/TW"], ["327-KH/TU", "39-CT/TW"]],
        "citations": ["39-CT/TW", "1560/QĐ-TTg", "327-KH/TU", "570/TTr-NHCS"],
        "notes": "Legal-library page with a markdown metadata table ('| Số hiệu | 522/KH-UBND |', '| Người ký | Trần Báu Hà |', '| Cơ quan ban hành | Tỉnh Hà Tĩnh |') before a pipe header. One 'Thực hiện' paragraph lists the Secretariat's directive, the Prime Minister's decision issuing the plan for it and the provincial standing committee's plan for it (two chain edges); all three are parents. 'Theo đề nghị' a bank branch's submission: tolerated. Title not graded (only the headline and the enacting clause carry it).",
    },
    "b07_tayninh_ubndtinh_chidao_ct40_fragment": {
        "document": doc(N, N, N, "UBND tỉnh", "province", loc(), omit=("doc_type",)),
        "implements": [imp("40-CT/TW", "2014-11-22", "Ban Bí thư")],
        "citations": ["40-CT/TW"],
        "notes": "Fragment of a provincial portal item, opening 'Theo đó, UBND tỉnh chỉ đạo Chi nhánh Ngân hàng Chính sách xã hội tỉnh chủ trì ... tổ chức phổ biến, quán triệt, triển khai Chỉ thị 40–CT/TW ngày 22/11/2014 của Ban Bí thư' (an en dash inside the number; canonical 40-CT/TW). An order to its addressees to carry the directive out: parent. No number, date or province in the text (the portal's domain does not count).",
    },
    "b08_ttg_qd212_tongket_nq13_news_noyear": {
        "document": doc("212/QĐ-TTg", "QĐ", N, N, "central", loc(),
                        "tổng kết 15 năm thực hiện Nghị quyết số 13-NQ/TW"),
        "implements": [],
        "implements_optional": ["13-NQ/TW"],
        "citations": ["13-NQ/TW"],
        "notes": "One-sentence listing item: 'Phó Thủ tướng Vương Đình Huệ đã ký Quyết định 212/QĐ-TTg ban hành Kế hoạch và Đề cương tổng kết 15 năm thực hiện Nghị quyết số 13-NQ/TW ngày 18/3/2002, Hội nghị lần thứ 5, Ban Chấp hành Trung ương Đảng khóa IX về ...'. No issue date (the only date is the resolution's). The decision organises a review of the resolution: tolerated, not required. Issuer name not graded (the Prime Minister by the TTg code; the text names the deputy who signed).",
    },
    "b09_tuyenquang_ubndtinh_kh_ct39_2025_bodyonly": {
        "document": doc(N, "KH", N, "UBND tỉnh", "province", loc()),
        "implements": [imp("39-CT/TW")],
        "citations": ["39-CT/TW"],
        "notes": "Portal item body without its lead: 'Mục tiêu của Kế hoạch ...', 'Theo đó, UBND tỉnh yêu cầu các sở, ngành, chính quyền địa phương ... quán triệt sâu rộng tinh thần Chỉ thị số 39-CT/TW' (an order to carry the directive out: parent, no date or issuer written), 'Kế hoạch này thay thế Kế ho' (cut). No number, date or province in the text.",
    },
    "b10_daknong_btvtu_kh179_2020_dantoc_portalchrome": {
        "document": doc("179-KH/TU", "KH", "2020-09-10", "Ban Thường vụ Tỉnh ủy", "province", loc(),
                        "tiếp tục thực hiện Nghị quyết số 24-NQ/TW"),
        "implements": [],
        "implements_optional": ["24-NQ/TW"],
        "citations": ["24-NQ/TW"],
        "notes": "Provincial portal: headline, a CMS chrome line 'cms-publish-date 22/09/2020 | 10:53  | cms-view-count: 3540' (a posting date, not the plan's), then 'Ngày 10/9/2020, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 179-KH/TU tiếp tục thực hiện Nghị quyết số 24-NQ/TW ...'. 'Tiếp tục thực hiện' is tolerated only. The province is not written (portal domain only).",
    },
    "b11_ninhthuan_ubnd_kh2506_2022_dantoc_htpl": {
        "document": doc("2506/KH-UBND", "KH", "2022-06-09", "Ủy ban nhân dân tỉnh Ninh Thuận", "province", loc("Ninh Thuận"),
                        "CHIẾN LƯỢC CÔNG TÁC DÂN TỘC"),
        "implements": [imp("10/NQ-CP", "2022-02-28", "Chính phủ")],
        "implements_optional": ["655/UBDT-KHTC"],
        "citations": ["10/NQ-CP", "655/UBDT-KHTC"],
        "notes": "Legal library, clean header with blank lines. 'Căn cứ Nghị quyết số 10/NQ-CP ... của Chính phủ ban hành Chiến lược công tác dân tộc ...; Công văn số 655/UBDT-KHTC ... về việc xây dựng kế hoạch triển khai thực hiện Chiến lược': the Government resolution issuing the strategy is the parent; the committee's letter asking for the plan is tolerated.",
    },
    "b12_tuyenquang_ubnd_kh212_2022_pbgdpl_dtts_tvnd": {
        "document": doc("212/KH-UBND", "KH", "2022-11-07", "Ủy ban nhân dân tỉnh Tuyên Quang", "province", loc("Tuyên Quang"),
                        "PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT VÀ TUYÊN TRUYỀN, VẬN ĐỘNG ĐỒNG BÀO"),
        "implements": [imp("1719/QĐ-TTg", "2021-10-14", "Thủ tướng"), imp("127/KH-UBND", "2022-07-05", "Ủy ban nhân dân tỉnh Tuyên Quang")],
        "implements_optional": ["02/2022/TT-UBDT"],
        "citations": ["1719/QĐ-TTg", "02/2022/TT-UBDT", "127/KH-UBND"],
        "notes": "Legal library (thuviennhadat), pipe header, numbers broken from their 'số' in the Căn cứ ('Quyết định số\\n1719/QĐ-TTg'). Three Căn cứ: the Prime Minister's decision approving the national target programme (parent), a circular guiding it (tolerated) and the province's own earlier plan carrying the programme out (parent). 212/KH-UBND is also Quảng Ngãi's 2023 plan in this set (b20), another document.",
    },
    "b13_thainguyen_ubnd_kh104_2017_dantoc_news": {
        "document": doc("104/KH-UBND", "KH", "2017-06-15", "UBND tỉnh", "province", loc("Thái Nguyên"),
                        "tuyên truyền công tác dân tộc và thực hiện chính sách dân tộc năm 2017"),
        "implements": [imp("213/KH-UBDT", issuer="Ủy ban Dân tộc")],
        "citations": ["213/KH-UBDT"],
        "notes": "Provincial ethnic-affairs board's news item: headline ending with empty brackets '()', then an indented lead 'Căn cứ Kế hoạch số 213/KH-UBDT của Ủy ban Dân tộc về ..., ngày 15/6/2017, UBND tỉnh Thái Nguyên ban hành Kế hoạch số 104/KH-UBND về ...': the committee's plan is the parent (no date written for it). 104/KH-UBND is also Hưng Yên's 2021 plan in blind3 (another document).",
    },
    "b14_haugiang_hd_tuyentruyen_quyhoach_partyportal_bodyonly": {
        "document": doc(N, N, N, N, N, loc(), omit=("doc_type",)),
        "implements": [],
        "citations": [],
        "notes": "Party-member handbook portal: the body of a propaganda guidance from 'I. MỤC ĐÍCH, YÊU CẦU' on, with no header, number, date, issuer or signature. The province named is the subject of the plan being publicised ('Quy hoạch tỉnh Hậu Giang'), not the issuer: issuer level and locality null (never guessed).",
    },
    "b15_hanoi_thanhuy_ct25_pccc_tagpage_noyear": {
        "document": doc("25-CT/TU", "CT", N, "Thành ủy", "province", loc("Hà Nội"),
                        "tăng cường lãnh đạo, chỉ đạo của Đảng đối với công tác phòng cháy, chữa cháy", omit=("issued_on",)),
        "implements": [],
        "citations": [],
        "notes": "Tag-page snippet: 'Ngày 20/9, đồng chí Đinh Tiến Dũng, ..., Bí thư Thành ủy Hà Nội đã ký ban hành Chỉ thị số 25-CT/TU về tiếp tục tăng cường ...' (no final full stop). A day without a year: issued_on ungraded. The city party committee of Hà Nội (TU) is province level. Signer named only in a lead: ungraded. Nothing carried out.",
    },
    "b16_hanoi_ctubndtp_cd04_pccc_nhatro_tag": {
        "document": doc("04/CĐ-UBND", "CĐ", N, "UBND thành phố Hà Nội", "province", loc("Hà Nội"),
                        "phòng cháy, chữa cháy và cứu nạn, cứu hộ đối với nhà trọ"),
        "implements": [],
        "citations": [],
        "notes": "Tag-page snippet: 'Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh vừa ký ban hành Công điện số 04/CĐ-UBND gửi giám đốc các Sở ... về việc tăng cường công tác phòng cháy ...'. No date at all. The chairman is named only in the lead: signer ungraded.",
    },
    "b17_ttg_ct1634_pccc_tagheading": {
        "document": doc("1634/CT-TTg", "CT", N, "Thủ tướng", "central", loc()),
        "implements": [],
        "citations": [],
        "notes": "Police newspaper's tag page: the tag heading 'Chỉ thị số 1634/CT-TTg', a headline, and a one-sentence standfirst about the Deputy Prime Minister's demands. The page is about the Prime Minister's directive (TTg); no date, no title beyond the headline (not a trích yếu: title ungraded).",
    },
    "b18_quangngai_ubnd_kh01_2021_anlt_metaheader": {
        "document": doc("01/KH-UBND", "KH", "2021-01-05", "Ủy ban nhân dân", "province", loc("Quảng Ngãi"),
                        "QUYẾT ĐỊNH SỐ 1975/QĐ-TTG"),
        "signer": {"name": "Đặng Văn Minh"},
        "implements": [imp("1975/QĐ-TTg", "2020-12-02", "Thủ tướng")],
        "implements_optional": ["81-KL/TW"],
        "chain": [["1975/QĐ-TTg", "81-KL/TW"]],
        "citations": ["1975/QĐ-TTg", "81-KL/TW"],
        "notes": "Legal library (thuviennhadat): a headline, a metadata block without separators ('Số hiệu 01/KH-UBND', 'Người ký Đặng Văn Minh'), then the header and a capitalised title naming the parent ('QUYẾT ĐỊNH SỐ 1975/QĐ-TTG', canonical 1975/QĐ-TTg). 'Thực hiện Quyết định số 1975/QĐ-TTg ... ban hành Kế hoạch thực hiện Kết luận số 81-KL/TW ...': the decision is the parent and carries out the conclusion (chain); the purpose section's 'thực hiện nghiêm túc ... các nội dung Kết luận số 81-KL/TW' makes the conclusion tolerated.",
    },
    "b19_tuyenquang_ubnd_kh91_2021_kh26tu_anlt_metaheader": {
        "document": doc("91/KH-UBND", "KH", "2021-06-03", "Ủy ban nhân dân", "province", loc("Tuyên Quang"),
                        "KẾ HOẠCH SỐ 26-KH/TU"),
        "signer": {"name": "Nguyễn Thế Giang"},
        "implements": [imp("26-KH/TU", "2021-01-14", "Ban Thường vụ Tỉnh ủy"), imp("81-KL/TW", "2020-07-29", "Bộ Chính trị"),
                       imp("1975/QĐ-TTg", "2020-12-02", "Thủ tướng")],
        "implements_optional": ["34/NQ-CP"],
        "chain": [["26-KH/TU", "81-KL/TW"], ["1975/QĐ-TTg", "81-KL/TW"]],
        "citations": ["81-KL/TW", "1975/QĐ-TTg", "34/NQ-CP", "26-KH/TU"],
        "notes": "Same legal library layout as b18. Title 'THỰC HIỆN KẾ HOẠCH SỐ 26-KH/TU ... CỦA BAN THƯỜNG VỤ TỈNH ỦY THỰC HIỆN KẾT LUẬN SỐ 81-KL/TW ...' (a chain inside the title). Four Căn cứ: the Politburo's conclusion, the Prime Minister's decision issuing a plan for it (chain), the Government's resolution on the same subject (tolerated: not said to issue a plan) and the standing committee's plan for it (chain); the enacting clause repeats the standing committee's plan.",
    },
    "b20_quangngai_ubnd_kh212_2023_kh227tu_anlt_metaheader": {
        "document": doc("212/KH-UBND", "KH", "2023-12-01", "Ủy ban nhân dân", "province", loc("Quảng Ngãi"),
                        "KẾ HOẠCH SỐ 227-KH/TU"),
        "signer": {"name": "Trần Phước Hiền"},
        "implements": [imp("227-KH/TU", "2023-10-27", "Ban Thường vụ Tỉnh ủy")],
        "implements_optional": ["81-KL/TW", "5250/TTr-SNNPTNT"],
        "chain": [["227-KH/TU", "81-KL/TW"]],
        "citations": ["227-KH/TU", "81-KL/TW", "5250/TTr-SNNPTNT"],
        "notes": "Same layout as b18. 'Thực hiện Kế hoạch số 227-KH/TU ... của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 81-KL/TW ...; trên cơ sở đề nghị của Sở ... tại Tờ trình số 5250/TTr-SNNPTNT': the standing committee's plan is the parent, the conclusion is its parent (chain; tolerated here), the submission tolerated.",
    },
    "b21_angiang_ctubnd_qd1994_2021_chuyendoicaytrong_tvpl": {
        "document": doc("1994/QĐ-UBND", "QĐ", "2021-08-26", "Ủy ban nhân dân", "province", loc("An Giang"),
                        "CHUYỂN ĐỔI CƠ CẤU CÂY TRỒNG"),
        "implements": [],
        "implements_optional": ["35/2015/NĐ-CP", "62/2019/NĐ-CP", "1350/QĐ-UBND", "628/BNN-TT", "190/TTr-SNNPTNT"],
        "citations": ["35/2015/NĐ-CP", "62/2019/NĐ-CP", "1350/QĐ-UBND", "628/BNN-TT", "190/TTr-SNNPTNT"],
        "notes": "Legal library, pipe header with a wrapped date ('An Giang, ngày 26\\ntháng 8 năm 2021'); a chairman's decision approving a plan ('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG'). Căn cứ: laws, two decrees, the province's 2014 master plan, a ministry letter asking for the 2021-2025 plan, and 'Theo đề nghị' a submission: nothing is a required parent, all tolerated.",
    },
    "b22_ttg_kh_kl81_2020_tvnews_nonumber": {
        "document": doc(N, "KH", N, "Thủ tướng", "central", loc(), "thực hiện Kết luận số 81-KL/TW"),
        "implements": [imp("81-KL/TW", "2020-07-29", "Bộ Chính trị")],
        "citations": ["81-KL/TW"],
        "notes": "Provincial TV news: hotline chrome, headline, then '(TTV) - Thủ tướng Chính phủ ban hành kế hoạch hành động thực hiện Kết luận số 81-KL/TW ngày 29/7/2020 của Bộ Chính trị về ...', a posting stamp '03/12/2020 20:58' (not the plan's date) and the tasks ('Kết luận số 81- KL/TW' with a space). The plan's number is not written: null.",
    },
}
