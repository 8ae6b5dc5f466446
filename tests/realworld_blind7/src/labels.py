# ruff: noqa: E501
"""Hand labels of the blind7 set, written from each stored text alone (the parser was not run on them)."""

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
    "b01_hanoi_phucloi_mttqphuong_kh13_2020_news": {
        "document": doc("13/KH-MTTQ", "KH", "2020-03-19", "Ủy ban MTTQ phường Phúc Lợi", "commune",
                        loc(commune="Phúc Lợi", omit=("province", "district")),
                        "Người Việt Nam ưu tiên dùng hàng Việt Nam"),
        "implements": [],
        "citations": [],
        "notes": "Ward portal news item: category line, headline, a posting line 'Ngày đăng 24/03/2020 | 14:45 | Lượt xem: 100' (not the plan's date), then '... ngày 19/3/2020, Ủy ban MTTQ phường Phúc Lợi đã xây dựng kế hoạch số 13/KH-MTTQ về việc thực hiện Cuộc vận động ...'. A mass organisation's ward-level plan; the campaign carried out has no number, so implements stays empty. The district and city (Long Biên, Hà Nội) are only in the URL: ungraded; the ward is written.",
    },
    "b02_quangngai_sontinh_mttqhuyen_cvd_2015_print": {
        "document": doc(N, N, N, "Sơn Tịnh", "district", loc("Quảng Ngãi", "Sơn Tịnh"), omit=("doc_type",)),
        "implements": [],
        "citations": [],
        "notes": "District portal print view: headline and lead 'UBMTTQVN huyện Sơn Tịnh vừa triển khai tổ chức thực hiện Cuộc vận động ... năm 2015 và Tháng cao điểm ... (từ ngày 19/1/2015 đến ngày 18/2/2015)' (a campaign period, not an issue date). No number, no type, no date. 'tổ chức thực hiện Thông báo Kết luận số 264 của Bộ Chính trị, Chỉ thị số 24 của Thủ tướng' are bare numbers without symbol: no canonical number can be written, so implements and citations stay empty (a Ref with a null number is not graded). Province from the unique gazetteer name Sơn Tịnh.",
    },
    "b03_phuyen_hlhpn_dc_daihoi_2021_portal": {
        "document": doc(N, N, "2021-10-25", "Hội Liên hiệp Phụ nữ", "province", loc("Phú Yên"),
                        "KẾT QUẢ ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ TỈNH LẦN THỨ XVII", omit=("doc_type",)),
        "implements": [],
        "citations": [],
        "notes": "Women's Union provincial portal: headline, a bullet chrome block with the posting date 'Thứ năm - 28/10/2021 13:52' and view counts, 'LOGO dai hoi', then a two-line issuer block 'HỘI LIÊN HIỆP PHỤ NỮ PHÚ YÊN / BAN THƯỜNG VỤ', the place-date line 'Phú Yên, ngày 25 tháng 10 năm 2021', 'ĐỀ CƯƠNG TUYÊN TRUYỀN' and a wide-indented title. No number. An outline (đề cương) has no type code in DOMAIN.md: doc_type ungraded. Nothing carried out.",
    },
    "b04_binhdinh_hdnd_nq50_2019_pipes": {
        "document": doc("50/2019/NQ-HĐND", "NQ", "2019-12-13", "Hội đồng nhân dân", "province", loc("Bình Định")),
        "implements": [],
        "implements_optional": ["163/2016/NĐ-CP", "136/TTr-UBND", "45/BCTT-KTNS"],
        "citations": ["163/2016/NĐ-CP", "136/TTr-UBND", "45/BCTT-KTNS"],
        "notes": "Legal library, one-row pipe header 'HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA ... |' / 'Số: 50/2019/NQ-HĐND | Bình Định, ngày 13 tháng 12 năm 2019 |', then 'HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH ĐỊNH / KHÓA XII KỲ HỌP THỨ 11' (the title line is missing from the excerpt). Căn cứ lists seven laws (no numbers) and a decree; 'Xét Tờ trình số 136/TTr-UBND ...; Báo cáo thẩm tra số 45/BCTT-KTNS ...'. A council resolution approving a scheme: nothing carried out; the decree and the submissions are tolerated only.",
    },
    "b05_quangnam_pctubnd_ketluan_nongnghiep_2022_print": {
        "document": doc(N, N, N, "UBND tỉnh", "province", loc(), omit=("doc_type", "issued_on")),
        "implements": [],
        "citations": [],
        "notes": "Provincial portal print view under 'Thông tin chỉ đạo điều hành': headline 'Kết luận của Phó Chủ tịch UBND tỉnh Hồ Quang Bửu tại Hội nghị ...', 'Ngày 22/11/2022, tại UBND tỉnh, Phó Chủ tịch UBND tỉnh ... đã chủ trì Hội nghị ...' (the meeting's date; the conclusion's own date is not written, so issued_on is left ungraded), and '... kết luận như sau:' where the excerpt stops. No number; a chairman's conclusion is usually sent as a Thông báo but the text does not say: doc_type ungraded. Quảng Nam is only in the domain: province null. The plans named ('Kế hoạch phát triển ngành nông nghiệp, nông thôn năm 2022') have no number.",
    },
    "b06_bariavungtau_ubnd_kh55_2023_qd892_pipes": {
        "document": doc("55/KH-UBND", "KH", "2023-04-17", "Ủy ban nhân dân", "province", loc("Bà Rịa - Vũng Tàu"),
                        "THỰC HIỆN QUYẾT ĐỊNH SỐ 892/QĐ-TTG"),
        "implements": [imp("892/QĐ-TTg", "2022-07-26", "Thủ tướng")],
        "implements_optional": ["800/SKHĐT-KX"],
        "citations": ["892/QĐ-TTg", "800/SKHĐT-KX"],
        "notes": "Legal-library page with the header flattened into pipe-ended lines ('ỦY BAN NHÂN DÂN |', 'CỘNG HÒA XÃ HỘI / CHỦ NGHĨA VIỆT NAM |', 'Số: 55/KH-UBND |', 'Bà Rịa - Vũng Tàu, ngày 17 tháng 4 năm 2023 |'), a title line without 'KẾ HOẠCH' that names the parent in capitals ('QĐ-TTG'). 'Căn cứ ... Quyết định số 892/QĐ-TTg ... phê duyệt Đề án ...' - the Prime Minister's decision approving a scheme is the parent; 'Xét đề nghị của Sở ... Công văn số 800/SKHĐT-KX' is tolerated.",
    },
    "b07_quangngai_ubnd_kh57_2020_nq36_paywall_wrongplace": {
        "document": doc("57/KH-UBND", "KH", "2020-04-29", "Ủy ban nhân dân", "province", loc(omit=("province",))),
        "implements": [imp("36-NQ/TW", "2018-10-22", "Ban Chấp hành Trung ương"), imp("26/NQ-CP", "2020-03-05", "Chính phủ"),
                       imp("187-KH/TU", "2019-04-24", "Tỉnh ủy")],
        "chain": [["26/NQ-CP", "36-NQ/TW"], ["187-KH/TU", "36-NQ/TW"]],
        "citations": ["36-NQ/TW", "26/NQ-CP", "187-KH/TU"],
        "notes": "Legal library behind a paywall notice, one-row pipe header whose place-date cell reads 'Hà Nội, ngày 29 tháng 04 năm 2020' although the page (URL) is Quảng Ngãi's plan - a library error; the province is therefore left ungraded rather than graded as either. No title line. 'Thực hiện nội dung Nghị quyết số 36-NQ/TW ... (viết tắt là ...), Nghị quyết số 26/NQ-CP ... của Chính phủ ban hành Kế hoạch tổng thể ... thực hiện Nghị quyết số 36-NQ/TW (viết tắt ...) và Kế hoạch số 187-KH/TU ... của Tỉnh ủy thực hiện Nghị quyết số 36-NQ/TW (viết tắt ...), UBND tỉnh ban hành kế hoạch ...': three parents, each abbreviation paragraph repeating the number; two chains.",
    },
    "b08_cp_nq26_2020_nq36_sonvportal": {
        "document": doc("26/NQ-CP", "NQ", "2020-03-05", "Chính phủ", "central", loc(),
                        "thực hiện Nghị quyết số 36-NQ/TW"),
        "implements": [imp("36-NQ/TW", "2018-10-22")],
        "citations": ["36-NQ/TW"],
        "notes": "A provincial department's portal (Sở Nội vụ, menu 'Văn thư Lưu trữ' twice) reporting a Government resolution: headline 'Chính phủ triển khai thực hiện Nghị quyết số 36-NQ/TW ...', posting date '20/03/2020', then 'Ngày 05 tháng 3 năm 2020, Chính phủ ban hành Nghị quyết số 26/NQ-CP về Kế hoạch tổng thể ... thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Hội nghị lần thứ tám ...'. The record is the Government's resolution (central); the tasks it gives provinces follow. Ninh Thuận is only in the URL.",
    },
    "b09_thanhhoa_trieuson_btghu_hd08_2021_portal": {
        "document": doc("08-HD/BTGHU", "HD", "2021-04-01", "Ban Tuyên giáo", "district", loc("Thanh Hóa", "Triệu Sơn"),
                        "Tuyên truyền kỷ niệm các ngày lễ lớn trong quý II năm 2021"),
        "implements": [imp("15-HD/BTGTU", "2021-03-29", "Ban Tuyên giáo Tỉnh ủy")],
        "citations": ["15-HD/BTGTU"],
        "notes": "District portal: poll and visit-counter chrome, headline, a posting stamp 'Ngày 05/04/2021 15:19:58', then a Party header laid out as separate lines ('HUYỆN ỦY TRIỆU SƠN', 'BAN TUYÊN GIÁO', '*', 'Số 08 - HD/BTGHU' with spaces round the dash, 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Triệu Sơn, ngày 01 tháng 4 năm 2021'). The first paragraph lists anniversaries with many dates; then 'Thực hiện Hướng dẫn số 15-HD/BTGTU, ngày 29/3/2021 của Ban Tuyên giáo Tỉnh ủy ..., Ban Tuyên giáo Huyện ủy hướng dẫn ...': the provincial board's guidance is the parent (as in holdout n23). Province by the unique gazetteer name Triệu Sơn.",
    },
    "b10_hoabinh_svhttdl_cv_truongson_2019_print": {
        "document": doc(N, N, N, "Sở Văn hóa, Thể thao và Du lịch", "province", loc(), omit=("doc_type",)),
        "implements": [],
        "citations": [],
        "notes": "Provincial department portal, print view: an anniversary paragraph with dates (19-5-1959 - 19-5-2019), a picture caption, then 'Sở Văn hóa, Thể thao và Du lịch yêu cầu các đơn vị trực thuộc Sở, ... các huyện, thành phố căn cứ đề cương tuyên truyền ...'. No number, type or date of the letter; Hòa Bình only in the domain. Nothing numbered carried out.",
    },
    "b11_hoian_bct_qd144_news_noyear": {
        "document": doc("144-QĐ/TW", "QĐ", N, "Bộ Chính trị", "central", loc(),
                        "chuẩn mực đạo đức cách mạng của cán bộ, đảng viên giai đoạn mới", omit=("issued_on",)),
        "implements": [],
        "citations": [],
        "notes": "Town portal news: headline 'Quy định số 144-QĐ/TW Quy định chuẩn mực ...', 'Ngày 9/5 vừa qua, Tổng Bí thư Nguyễn Phú Trọng thay mặt Bộ Chính trị ký ban hành Quy định số 144-QĐ/TW ...' - a day without a year, so issued_on is ungraded; the signer named in a news lead is ungraded. A Politburo regulation: nothing carried out, no other document cited ('Quy định 144' repeats its own number).",
    },
    "b12_tayninh_ctubnd_ct03_covid_tagsnippet": {
        "document": doc("03/CT-UBND", "CT", N, "UBND tỉnh", "province", loc(),
                        "Toàn dân tham gia phòng, chống dịch Covid-19"),
        "implements": [],
        "citations": [],
        "notes": "Newspaper section-page snippet: a truncated headline and one sentence 'Đó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về việc phát động Phong trào thi đua ...'. No date and no province in the text (Tây Ninh is only in the domain). Nothing carried out.",
    },
    "b13_khanhhoa_tu_thongtri_hlhtn_2019_news": {
        "document": doc(N, N, N, "Tỉnh ủy", "province", loc("Khánh Hòa"), omit=("doc_type",)),
        "implements": [],
        "citations": [],
        "notes": "Provincial newspaper: headline twice around a posting line 'Thứ Ba, 12/02/2019, 20:16 [GMT+7]' (not the document's date), then 'Tỉnh ủy Khánh Hòa vừa ban hành thông tri lãnh đạo Đại hội Hội Liên hiệp Thanh niên Việt Nam các cấp ...'. A Party circular (thông tri) on a mass organisation's congresses; no number, no date, and no type code for a thông tri in DOMAIN.md (doc_type ungraded). 'quán triệt Nghị quyết số 25 ..., Kết luận số 80 của Bộ Chính trị' are bare numbers without symbol: implements and citations empty.",
    },
    "b14_baclieu_ubnd_kh156_2023_chuthapdo_news": {
        "document": doc(N, "KH", "2023-09-13", "UBND tỉnh", "province", loc("Bạc Liêu")),
        "implements": [],
        "citations": [],
        "notes": "Red Cross newspaper: headline 'Sẽ lập Quỹ hoạt động Chữ thập đỏ tỉnh Bạc Liêu', author line, then 'UBND tỉnh vừa ban hành Kế hoạch 156, ngày 13/9/2023 triển khai thực hiện các văn bản chỉ đạo của cấp trên về tăng cường sự lãnh đạo của Đảng đối với công tác của Hội Chữ thập đỏ ...'. The own number is bare ('Kế hoạch 156', no 'số', no symbol): null. The parents are not named ('các văn bản chỉ đạo của cấp trên'); the 2008 law has no number. Province from the headline naming the province whose UBND acts.",
    },
    "b15_hanoi_ubndtp_kh74_2023_thidua_tag": {
        "document": doc("74/KH-UBND", "KH", N, "UBND Thành phố Hà Nội", "province", loc("Hà Nội"),
                        "phát động đợt thi đua cao điểm"),
        "implements": [],
        "citations": [],
        "notes": "Tag-page snippet, one sentence: 'UBND Thành phố Hà Nội vừa ban hành Kế hoạch số 74/KH-UBND về tổ chức hội nghị biểu dương ... (11/6/1948 - 11/6/2023).' No issue date (the parenthesis is an anniversary span). Nothing carried out.",
    },
}
