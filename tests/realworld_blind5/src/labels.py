# ruff: noqa: E501
"""Hand labels of the blind5 set, written from each stored text alone (the parser was not run on them)."""

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
    "b01_bentre_ubnd_kh7822_2021_rungvenbien_paywall": {
        "document": doc("7822/KH-UBND", "KH", "2021-11-26", "Ủy ban nhân dân", "province", loc("Bến Tre"),
                        "bảo vệ và phát triển rừng vùng ven biển"),
        "implements": [imp("1662/QĐ-TTg", "2021-10-04", "Thủ tướng"), imp("7308/KH-BNN-TCLN", "2021-11-04", "Bộ Nông nghiệp")],
        "chain": [["7308/KH-BNN-TCLN", "1662/QĐ-TTg"]],
        "citations": ["1662/QĐ-TTg", "7308/KH-BNN-TCLN"],
        "notes": "Legal library behind a paywall notice; one-row pipe header without the province line and without a title line ('Số: 7822/KH-UBND | Bến Tre, ngày 26 tháng 11 năm 2021 |'). Two Căn cứ: the Prime Minister's decision approving the Đề án and the ministry's plan carrying it out ('về triển khai thực hiện Quyết định số 1662/QĐ-TTg': a chain edge); the plan carries both out. Title only in the enacting clause 'ban hành Kế hoạch thực hiện Đề án bảo vệ ... trên địa bàn tỉnh Bến Tre'.",
    },
    "b02_sonla_ubnd_kh90_2020_blgd_tvpl": {
        "document": doc("90/KH-UBND", "KH", "2020-04-03", "Ủy ban nhân dân tỉnh Sơn La", "province", loc("Sơn La"),
                        "PHÒNG, CHỐNG BẠO LỰC GIA ĐÌNH"),
        "implements": [imp("08/CT-TTg", "2020-02-04", "Thủ tướng")],
        "implements_optional": ["08/2009/NĐ-CP"],
        "citations": ["08/2009/NĐ-CP", "08/CT-TTg"],
        "notes": "Clean legal-library header with column pipes on their own lines. The title writes the parent 'CHỈ THỊ SỐ 08/CT-TTG' in capitals (canonical 08/CT-TTg). One Căn cứ paragraph joins a decree (legal basis: tolerated only) and the Prime Minister's directive the plan carries out; the enacting sentence repeats the directive. 90/KH-UBND is also Lạng Sơn's 2023 plan in realworld (another document).",
    },
    "b03_ninhthuan_ubnd_kh1790_2021_blgd_tvpl": {
        "document": doc("1790/KH-UBND", "KH", "2021-04-13", "Ủy ban nhân dân", "province", loc("Ninh Thuận"),
                        "PHÒNG, CHỐNG BẠO LỰC GIA ĐÌNH"),
        "implements": [imp("08/CT-TTg", "2020-02-04", "Thủ tướng")],
        "citations": ["08/CT-TTg"],
        "notes": "Same site and layout as b02; the place-date line wraps after 'ngày' ('Ninh Thuận, ngày\\n13 tháng 4 năm 2021'). 'Thực hiện Chỉ thị số 08/CT-TTg ...; Ủy ban nhân dân tỉnh ban hành Kế hoạch'.",
    },
    "b04_bacninh_ubnd_kh325_2021_ctxh_htpl": {
        "document": doc("325/KH-UBND", "KH", "2021-05-18", "Ủy ban nhân dân tỉnh Bắc Ninh", "province", loc("Bắc Ninh"),
                        "CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG TÁC XÃ HỘI"),
        "implements": [imp("112/QĐ-TTg", "2021-01-22", "Thủ tướng")],
        "citations": ["112/QĐ-TTg"],
        "notes": "Legal-library page with a 'Hệ thống pháp luật' banner, clean header on separate lines, blank lines between. 'Thực hiện Quyết định số 112/QĐ-TTg ... ban hành Chương trình phát triển công tác xã hội' (a programme the plan carries out).",
    },
    "b05_quangngai_ubnd_kh91_2021_khhgd_relatedlist": {
        "document": doc("91/KH-UBND", "KH", "2021-06-17", "Ủy ban nhân dân", "province", loc("Quảng Ngãi")),
        "implements": [],
        "implements_optional": ["1848/QĐ-TTg"],
        "chain": [["137/NQ-CP", "21-NQ/TW"]],
        "citations": ["21-NQ/TW", "137/NQ-CP", "1679/QĐ-TTg", "1332/QĐ-UBND", "1848/QĐ-TTg", "7257/BYT-TCDS"],
        "notes": "Legal-library page: a six-item related-documents list ('- 1Nghị quyết 21-NQ/TW năm 2017 ...', ordinals glued to the words) before a pipe-flattened header without the province line and without a title; the excerpt stops in the opening assessment, before any 'Thực hiện'. The related list is the site's, not the plan's words: its numbers are citations (blind2/blind3 convention) and no parent is required; 1848/QĐ-TTg (the programme the page's URL says the plan carries out) is tolerated. Item 2 'Nghị quyết 137/NQ-CP ... Chương trình hành động thực hiện Nghị quyết 21-NQ/TW' is a chain edge. Province from the place-date line and 'tỉnh Quảng Ngãi' in the body.",
    },
    "b06_bqp_kh_iuu_2024_news_nonumber": {
        "document": doc(N, "KH", N, "Bộ Quốc phòng", "central", loc()),
        "implements": [imp("52/NQ-CP", "2024-04-22", "Chính phủ")],
        "implements_optional": ["2835-CTr/QUTW", "32-CT/TW"],
        "chain": [["52/NQ-CP", "32-CT/TW"]],
        "citations": ["52/NQ-CP", "32-CT/TW", "2835-CTr/QUTW"],
        "notes": "Border-agency news item (posting time '10/06/2024 16:49', not an issue date): 'Bộ Quốc phòng vừa ban hành kế hoạch triển khai thực hiện Nghị quyết số 52/NQ-CP ... triển khai thực hiện Chỉ thị số 32-CT/TW ...' - no number or date of its own. The plan carries out 52/NQ-CP (which carries out 32-CT/TW: a chain edge); its purpose clause also names the Central Military Commission's programme 2835-CTr/QUTW ('cụ thể hóa ... thực hiện Nghị quyết số 52/NQ-CP ..., Chương trình hành động số 2835-CTr/QUTW'): tolerated, as is the grandparent directive. A photo caption names Bà Rịa - Vũng Tàu (not the issuer's locality).",
    },
    "b07_dian_dangu_kh_nq57_2025_news_newcommune": {
        "document": doc(N, "KH", N, "Đảng ủy phường Dĩ An", "commune", loc("Hồ Chí Minh", N, "Dĩ An")),
        "implements": [imp("57-NQ/TW", "2024-12-22", "Bộ Chính trị")],
        "citations": ["57-NQ/TW"],
        "notes": "City newspaper item dated 2025-08-27 (a ward created on 1 July 2025): 'Sáng 27-8, Đảng uỷ phường Dĩ An triển khai Kế hoạch thực hiện Nghị quyết 57-NQ/TW, ngày 22-12-2024 của Bộ chính trị ...' - the plan has no number or issue date in the text (27-8 is the day it was launched). A ward Party committee: commune level. The province is not written; 'Dĩ An' is unique among the 2025 wards (phường Dĩ An, Hồ Chí Minh City), so the province is filled by blind3's gazetteer convention; district null (abolished).",
    },
    "b08_langson_vpubnd_cv2475_2022_congdanhoctap_portal": {
        "document": doc("2475/VP-KGVX", "CV", "2022-06-06", "Văn phòng UBND tỉnh", "province", loc("Lạng Sơn")),
        "implements": [],
        "notes": "Provincial office portal: skip-link and banner ('Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVII' - the portal banner names the province), a headline, then 'Văn phòng UBND tỉnh ban hành Công văn số 2475/VP-KGVX, ngày 6/6/2022 thông báo ý kiến chỉ đạo của đồng chí Dương Xuân Huyên, Phó Chủ tịch Thường trực UBND tỉnh về việc thực hiện Chương trình “Xây dựng mô hình Công dân học tập giai đoạn 2021 - 2030”'. The programme carried out has no number: no parent. The deputy chairman is named only in the lead: signer ungraded.",
    },
    "b09_brvt_ubndtinh_cv16235_2024_danso_news": {
        "document": doc("16235/UBND-VP", "CV", N, "UBND tỉnh", "province", loc()),
        "implements": [imp("27/CT-TTg", N, "Thủ tướng")],
        "implements_optional": ["21-NQ/TW", "1679/QĐ-TTg"],
        "citations": ["27/CT-TTg", "21-NQ/TW", "1679/QĐ-TTg"],
        "notes": "Provincial newspaper item ('Cập nhật: 15:32, 10/11/2024' is the posting time): 'UBND tỉnh vừa ban hành Công văn số 16235/UBND-VP thực hiện Chỉ thị 27/CT-TTg của Thủ tướng Chính phủ ...' (no issue date). The letter asks for the goals of 21-NQ/TW and of the strategy approved by 'Quyết định số 1679/QĐ- TTg' (a space inside the number) to be met: tolerated as parents. The province is only in the site's name: null.",
    },
    "b10_brvt_ubndtinh_kh49_2023_hoctapsuotdoi_news": {
        "document": doc("49/KH-UBND", "KH", N, "UBND tỉnh", "province", loc()),
        "implements": [],
        "notes": "Newspaper item without headline or date: 'UBND tỉnh vừa ban hành Kế hoạch 49/KH-UBND về thực hiện chương trình “Đẩy mạnh phong trào học tập suốt đời ...” trên địa bàn tỉnh.' The number follows 'Kế hoạch' without 'số'. The programme carried out has no number: no parent. No province in the text.",
    },
    "b11_caobang_ubndtinh_kh870_2018_blgd_portal": {
        "document": doc("870/KH-UBND", "KH", "2018-04-06", "UBND tỉnh", "province", loc()),
        "implements": [],
        "notes": "Provincial portal item: headline, 'Ngày 06/4/2018, UBND tỉnh đã ban hành Kế hoạch số 870/KH-UBND về việc triển khai thực Quy định việc thu thập, báo cáo thông tin về gia đình ...' (sic 'triển khai thực'). The rule carried out has no number: no parent. The province is only in the URL: null.",
    },
    "b12_bvhttdl_qd389_2022_giadinh_news": {
        "document": doc("389/QĐ-BVHTTDL", "QĐ", "2022-02-28", "Bộ", "central", loc()),
        "implements": [imp("2074/QĐ-TTg", "2021-12-10", "Thủ tướng")],
        "implements_optional": ["06-CT/TW"],
        "chain": [["2074/QĐ-TTg", "06-CT/TW"]],
        "citations": ["2074/QĐ-TTg", "06-CT/TW"],
        "notes": "Arts magazine listing item: 'Nhằm thực hiện hiệu quả Quyết định số 2074/QĐ-TTg ngày 10-12-2021 của Thủ tướng Chính phủ Ban hành Kế hoạch triển khai thực hiện Chỉ thị số 06-CT/TW của Ban Bí thư ..., Bộ trưởng Bộ VHTTDL Nguyễn Văn Hùng đã ký Quyết định số 389/QĐ-BVHTTDL, ngày 28-2-2022'. The ministry (written 'Bộ VHTTDL') is central; the minister is named only in the lead: signer ungraded. 2074/QĐ-TTg carries out 06-CT/TW (chain).",
    },
    "b13_quangnam_ubndtinh_cv_noxh_2024_portal_nonumber": {
        "document": doc(N, N, N, "UBND tỉnh", "province", loc(), omit=("doc_type",)),
        "implements": [],
        "implements_optional": ["788/BXD-QLN"],
        "citations": ["788/BXD-QLN"],
        "notes": "Provincial portal item: headline, then 'Theo đề nghị của Bộ Xây dựng tại Công văn số 788/BXD-QLN ngày 27/02/2024 về thúc đẩy đề án ...; Phó Chủ tịch UBND tỉnh Trần Anh Tuấn giao Sở Xây dựng chủ trì ... triển khai một số nội dung sau:' - the directions of the provincial People's Committee, untyped (doc_type ungraded), no number or date. 'Theo đề nghị' of the ministry's letter: tolerated as a parent. Quảng Nam only in the URL: null.",
    },
    "b14_thanhhoa_ubndtinh_kh228_2023_noxh_news": {
        "document": doc("228/KH-UBND", "KH", "2023-09-20", "UBND tỉnh Thanh Hóa", "province", loc("Thanh Hóa")),
        "implements": [],
        "notes": "Business-news listing item: 'UBND tỉnh Thanh Hóa vừa ban hành Kế hoạch số 228/KH-UBND, ngày 20/9/2023 về việc triển khai thực hiện Đề án “Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội ...”'. The Đề án has no number in the text: no parent.",
    },
    "b15_tuyenquang_ubndtinh_kh08_2025_tettrongcay_news": {
        "document": doc("08/KH-UBND", "KH", N, "UBND tỉnh", "province", loc("Tuyên Quang"), "Lễ phát động Tết trồng cây"),
        "implements": [],
        "notes": "Provincial newspaper listing: headline 'Tuyên Quang phát động Tết trồng cây Xuân Ất Tỵ năm 2025', then '- Nhằm phát huy ..., UBND tỉnh xây dựng Kế hoạch tổ chức Lễ phát động Tết trồng cây Xuân Ất Tỵ năm 2025 (Kế hoạch số 08/KH-UBND).' - the number in brackets after the title, no date. The headline names the province as the actor. 08/KH-UBND is also Bà Rịa - Vũng Tàu's plan in realworld (another document).",
    },
    "b16_namdinh_svhttdl_kh481_2020_boi_news": {
        "document": doc("481/KH-SVHTTDL", N, N, "Sở Văn hóa, Thể thao và Du lịch", "province", loc(), omit=("doc_type", "issued_on")),
        "implements": [],
        "notes": "Provincial newspaper item (' date 2020-06' is the page's date): 'Ngày 5-6, Sở Văn hóa, Thể thao và Du lịch (Sở VH, TT và DL) có Công văn số 481/KH-SVHTTDL về Kế hoạch tổ chức Lễ phát động ...'. A number of the plan series called a 'Công văn': doc_type ungraded. The day has no year in the sentence (the year is only in the title's 'năm 2020' and a later date): issued_on ungraded. Nam Định only in the URL: null.",
    },
    "b17_thanhhoa_ubndtinh_kh48_2020_boi_news": {
        "document": doc("48/KH-UBND", "KH", N, "UBND tỉnh", "province", loc(), "Lễ phát động toàn dân tập luyện môn bơi", omit=("issued_on",)),
        "implements": [],
        "notes": "Provincial newspaper item: 'Ngày 12-2, UBND tỉnh ban hành Kế hoạch số 48/KH-UBND về việc tổ chức Lễ phát động toàn dân tập luyện môn bơi ... toàn tỉnh năm 2020.' - a day without a year (the year only in the title and the anniversaries): issued_on ungraded. Thanh Hóa only in the URL: null. No parent.",
    },
    "b18_namdinh_ubnd_kh88_2015_cchc_tieptuc": {
        "document": doc("88/KH-UBND", "KH", "2015-12-14", "Ủy ban nhân dân", "province", loc("Nam Định"),
                        "CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TỈNH NAM ĐỊNH"),
        "implements": [imp("36a/NQ-CP", "2015-10-14", "Chính phủ")],
        "implements_optional": ["30c/NQ-CP"],
        "citations": ["30c/NQ-CP", "36a/NQ-CP"],
        "notes": "Legal library; header with the number and the place broken over lines ('Số:\\n88/KH-UBND', 'Nam\\nĐịnh, ngày 14 tháng 12 năm 2015'). 'Tiếp tục thực hiện Nghị quyết số 30c/NQ-CP ... và triển khai thực hiện Nghị quyết số 36a/NQ-CP ...': the new resolution is carried out (parent); 'tiếp tục thực hiện' of the 2011 programme is a plain citation by DOMAIN.md, tolerated as a parent. Numbers with a letter after the sequence (30c, 36a).",
    },
    "b19_hatinh_tanmyha_repost_ctubndtinh_cchc_2023_fragment": {
        "document": doc(N, N, N, "UBND tỉnh", "province", loc(), omit=("doc_type",)),
        "implements": [],
        "implements_optional": ["76/NQ-CP", "12-NQ/TU", "3504/QĐ-UBND"],
        "citations": ["76/NQ-CP", "12-NQ/TU", "3504/QĐ-UBND"],
        "notes": "A commune portal's repost of the provincial chairman's letter, cut to its middle: 'Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở ... tập trung triển khai thực hiện các nội dung sau:'. No header, number or date (the URL's 2023-06-01 is the posting day); untyped: doc_type ungraded. The work is to meet 'Nghị quyết số 76/NQ-CP ... gắn với việc tổ chức thực hiện Nghị quyết số 12-NQ/TU, Đề án3 triển khai Nghị quyết 12-NQ/TU và Quyết định số 3504/QĐ-UBND' (a footnote digit glued to 'Đề án'): none is clearly what this letter carries out; all tolerated. Hà Tĩnh only in the URL: null.",
    },
    "b20_ttg_qd444_2024_phongthudansu_relatedlist": {
        "document": doc("444/QĐ-TTg", "QĐ", "2024-05-23", "Thủ tướng", "central", loc(),
                        "KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN CHIẾN LƯỢC QUỐC GIA PHÒNG THỦ DÂN SỰ"),
        "implements": [],
        "citations": ["81/2019/NĐ-CP", "553/QĐ-TTg", "569/QĐ-TTg", "1651/QĐ-TTg", "535/QĐ-TTg", "1261/QĐ-TTg", "1262/QĐ-TTg"],
        "notes": "Legal-library page: a seven-item related-documents list, then a pipe-flattened header 'THỦ TƯỚNG CHÍNH PHỦ | ...', title; the Căn cứ list stops at 'Căn cứ Quyết định số 1' (the strategy's number is cut): no parent readable. The related list's numbers are in the stored text: citations.",
    },
    "b21_haiphong_ubnd_qd30_2018_cchc_htpl": {
        "document": doc("30/2018/QĐ-UBND", "QĐ", "2018-10-09", "Ủy ban nhân dân thành phố Hải Phòng", "province", loc("Hải Phòng"),
                        "TRÁCH NHIỆM VÀ ĐÁNH GIÁ TRÁCH NHIỆM CỦA NGƯỜI ĐỨNG ĐẦU"),
        "implements": [],
        "citations": ["157/2007/NĐ-CP", "34/2011/NĐ-CP", "56/2015/NĐ-CP", "88/2017/NĐ-CP", "1494/TTr-SNV", "2231/SNV-CCHC&PC", "18/BCTĐ-STP"],
        "notes": "Legal library, pipe-flattened header without the city line; the issuer's full name is the line before the Căn cứ ('ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG'). Căn cứ: laws and decrees only (legal basis, no parent); 'Theo đề nghị của Sở Nội vụ tại Tờ trình số 1494/TTr-SNV ..., Công văn số 2231/SNV-CCHC&PC ... và Báo cáo thẩm định số 18/BCTĐ-STP' are citations.",
    },
    "b22_ninhthuan_phanrang_decuong_sapxep_2024_portal": {
        "document": {"number": N, "issued_on": N, "issuer": {"level": N}, "locality": loc()},
        "implements": [imp("37-NQ/TW", "2018-12-24", "Bộ Chính trị"), imp("48-KL/TW", "2023-01-30", "Bộ Chính trị"),
                       imp("117/NQ-CP", "2023-07-30", "Chính phủ"), imp("36-CT/TU", "2024-02-28", "Ban Thường vụ Thành ủy")],
        "implements_optional": ["35/2023/UBTVQH15", "316/PA-UBND", "714-TB/TU"],
        "citations": ["37-NQ/TW", "48-KL/TW", "35/2023/UBTVQH15", "117/NQ-CP", "316/PA-UBND", "714-TB/TU", "36-CT/TU"],
        "notes": "A city political-school portal: a capitals headline 'ĐỀ CƯƠNG TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ ... TRÊN ĐỊA BÀN THÀNH PHỐ PHAN RANG - THÁP CHÀM', 'Đăng ngày 17 - 05 - 2024' (posting, not issue), view counter, then 'I. Căn cứ pháp lý'. A propaganda outline (đề cương): doc_type ungraded; its issuer is not written (level null, name ungraded, locality null). Căn cứ: the Politburo's resolution and conclusion, the Government's plan and the city standing committee's directive 36-CT/TU are parents (blind4's convention for Căn cứ lists); the Standing Committee's resolution, the province's phương án and the provincial notice are tolerated. Laws are unnumbered.",
    },
    "b23_hanoi_ubndtp_kh217_2023_sapxep_hieuluat": {
        "document": doc("217/KH-UBND", "KH", "2023-08-23", "Ủy ban nhân dân", "province", loc("Hà Nội"),
                        "sắp xếp đơn vị hành chính giai đoạn 2023 - 2025"),
        "signer": {"name": "Lê Hồng Sơn"},
        "implements": [imp("37-NQ/TW", "2018-12-24", "Bộ Chính trị"), imp("48-KL/TW", "2023-01-30", "Bộ Chính trị"),
                       imp("117/NQ-CP", "2023-07-30", "Chính phủ")],
        "implements_optional": ["595/NQ-UBTVQH15", "35/2023/UBTVQH15"],
        "citations": ["37-NQ/TW", "48-KL/TW", "595/NQ-UBTVQH15", "35/2023/UBTVQH15", "117/NQ-CP"],
        "notes": "Legal library 'hieuluat': a metadata block with glued key:value pairs ('Số hiệu:217/KH-UBNDNgày đăng công báo:Đang cập nhật', 'Người ký:Lê Hồng Sơn', 'Ngày ban hành:23/08/2023Hết hiệu lực:...'), then an indented header and a sentence-case title. One 'Thực hiện' paragraph lists five documents, each with a '(gọi tắt là ...)' aside: the Politburo's resolution and conclusion and the Government's plan are parents; the two National Assembly Standing Committee resolutions are normative acts (tolerated). Signer from the metadata row (blind4 b27's convention).",
    },
    "b24_ubtvqh_nq76_2025_sapxep_metatable": {
        "document": doc("76/2025/UBTVQH15", "NQ", "2025-04-14", "Ủy ban Thường vụ Quốc hội", "central", loc(),
                        "SẮP XẾP ĐƠN VỊ HÀNH CHÍNH NĂM 2025"),
        "signer": {"name": "Trần Thanh Mẫn"},
        "implements": [],
        "citations": ["57/2014/QH13", "65/2020/QH14", "62/2025/QH15", "65/2025/QH15"],
        "notes": "Legal library with a stray 'Luật Đất đai 2024' link, a headline, a metadata list without separators ('Số hiệu 76/2025/UBTVQH15', 'Người ký Trần Thanh Mẫn'), then the header 'ỦY BAN THƯỜNG VỤ / QUỐC HỘI' and 'Nghị quyết số: 76/2025/UBTVQH15'. Căn cứ: the Constitution and laws only: no parent; the laws' numbers are citations. Signer from the metadata row.",
    },
    "b25_ctubndtinh_ykien_tongdieutra_2018_ipportal": {
        "document": doc(N, N, N, "UBND tỉnh", "province", loc(), omit=("doc_type",)),
        "implements": [imp("772/QĐ-TTg", "2018-06-26", "Thủ tướng")],
        "citations": ["772/QĐ-TTg"],
        "notes": "A portal served from a bare IP address: headline 'Chủ tịch UBND tỉnh, Yêu cầu Cục trưởng Cục Thống kê tỉnh triển khai ...', then 'UBND tỉnh nhận được Quyết định số 772/QĐ-TTg ... Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau: Giao Cục Thống kê tham mưu UBND tỉnh thực hiện các nội dung tại Quyết định số 772/QĐ-TTg ...'. The chairman's directions (untyped, no number or date; 20/7/2018 is a deadline) exist to carry the decision out: its parent (blind4's 'orders its addressees to carry X out' family). No province anywhere.",
    },
}
