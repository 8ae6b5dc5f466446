# ruff: noqa: E501
"""Hand labels of the blind3 set, written from each stored text alone (the parser was not run on them)."""

N = None


def loc(province=N, district=N, commune=N, omit=()):
    d = {"province": province, "district": district, "commune": commune}
    for k in omit:
        d.pop(k)
    return d


def doc(number, doc_type, issued_on, name, level, locality, title=None, omit=()):
    d = {"number": number, "doc_type": doc_type, "issued_on": issued_on,
         "issuer": {"name_contains": name, "level": level}, "locality": locality}
    if name is None and level is not None:
        d["issuer"] = {"level": level}
    for k in omit:
        d.pop(k)
    if title is not None:
        d["title_contains"] = title
    return d


LABELS = {
    "b01_quangnam_btvtu_kh37_2021_ct05_barenumber": {
        "document": doc(N, "KH", N, "Ban Thường vụ Tỉnh ủy", "province", loc(),
                        "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
        "citations": [],
        "notes": "Provincial newspaper item: headline, author line 'B.T |', then 'Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 37 tiếp tục thực hiện Chỉ thị số 05 về ... năm 2021'. Bare numbers ('số 37', 'Chỉ thị số 05'): number null and no numbered parent. No issue date (2021 is the plan's year, 5.6.1911 - 5.6.2021 an anniversary): null. The province is never named in the text (Quảng Nam only in the URL): null.",
    },
    "b02_kontum_ubnd_cv_kl10_pctn_2017_bodyonly": {
        "document": doc(N, N, N, "UBND tỉnh", "province", loc()),
        "implements_optional": ["10-KL/TW"],
        "citations": ["10-KL/TW", "2679/UBND-NC"],
        "notes": "Fragment of a provincial office's news item that starts mid-story: 'Theo đó, UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thành phố: (1) ... (2) ... (3) ...' and ends cut ('khẩn trư'). The document's own type, number and date are not in the stored text (null). It directs agencies to carry out 'Kế hoạch của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 10-KL/TW': the direct parent has no number, so 10-KL/TW is only optional. Letter 2679/UBND-NC is an earlier instruction it refers to (citation). Province never named (Kon Tum only in the URL).",
    },
    "b03_baclieu_ubnd_kh71_2021_binhdanggioi_relatedlist": {
        "document": doc("71/KH-UBND", "KH", "2021-04-29", "Ủy ban nhân dân", "province", loc("Bạc Liêu"),
                        "Chiến lược quốc gia về bình đẳng giới"),
        "implements": [{"number": "28/NQ-CP", "issued_on": "2021-03-03", "issuer_contains": "Chính phủ"}],
        "citations": ["28/NQ-CP", "2808/QĐ-UBND", "2382/QĐ-UBND", "164/KH-UBND", "224/KH-UBND", "2167/KH-UBND",
                      "42/KH-UBND", "2661/KH-UBND", "1542/KH-UBND"],
        "notes": "Legal-library page: a nine-item related-documents list (other provinces' gender-equality plans), then a pipe-flattened header ('ỦY BAN NHÂN DÂN | CỘNG HÒA ... |', 'Số: 71/KH-UBND | Bạc Liêu, ngày 29 tháng 4 năm 2021 |'), no 'KẾ HOẠCH' title line, one Căn cứ: resolution 28/NQ-CP issuing the national strategy that this plan organises ('tổ chức thực hiện Chiến lược quốc gia'): the parent. The related list's numbers are in the stored text, so they are citations (as in blind2).",
    },
    "b04_hungyen_ubnd_kh38_2022_binhdanggioi_sonews": {
        "document": doc("38/KH-UBND", "KH", "2022-03-04", "Ủy ban nhân dân tỉnh", "province", loc(),
                        "bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2022"),
        "citations": [],
        "notes": "Provincial department's portal: headline, the posting date 'Đăng ngày 09 - 03 - 2022' (not the issue date), '100%' (font size widget), then 'Ngày 04/3/2022, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 38/KH-UBND về ...', then a 'Tin mới nhất' list with other dates. The province is never named (Hưng Yên only in the URL): null. The national strategy it serves has no number here.",
    },
    "b05_binhdinh_ctubnd_qd1782_2018_binhdanggioi_brokenheader": {
        "document": doc("1782/QĐ-UBND", "QĐ", "2018-05-29", "Ủy ban nhân dân", "province", loc("Bình Định"),
                        "ban hành kế hoạch thực hiện đề án"),
        "signer": {"name": "Trần Châu", "title_contains": "Phó Chủ tịch"},
        "implements": [{"number": "1898/QĐ-TTg", "issued_on": "2017-11-28", "issuer_contains": "Thủ tướng"}],
        "citations": ["48/2009/NĐ-CP", "1898/QĐ-TTg", "221/TTr-BDT"],
        "notes": "Legal-library copy of a Word table header broken into short lines with '|' cells ('ỦY BAN NHÂN' / 'DÂN' / 'TỈNH BÌNH ĐỊNH', 'Số:' / '1782/QĐ-UBND', 'Bình Định,' / 'ngày 29 tháng 5 năm 2018'), issued by the provincial chairman ('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH'), signed 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Trần Châu'. It issues the plan carrying out the Đề án approved by 1898/QĐ-TTg (parent); the law and decree 48/2009/NĐ-CP are legal basis; 221/TTr-BDT is the proposal. Dates inside Căn cứ wrap onto the next line.",
    },
    "b06_ninhbinh_btvtu_nq_kttn_2026_nonumber": {
        "document": doc(N, "NQ", N, "Ban Thường vụ Tỉnh ủy", "province", loc("Ninh Bình"),
                        "phát triển kinh tế tư nhân tỉnh Ninh Bình đến năm 2030"),
        "implements": [{"number": "68-NQ/TW", "issued_on": "2025-05-04", "issuer_contains": "Bộ Chính trị"}],
        "citations": ["68-NQ/TW"],
        "notes": "Newspaper reposting a provincial standing committee's resolution after the 2025 merger (body starts with a blank line, no header): context paragraphs, then 'Trên cơ sở quán triệt sâu sắc Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị ..., Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I ...; Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về phát triển kinh tế tư nhân tỉnh Ninh Bình ...' and 'I. QUAN ĐIỂM CHỈ ĐẠO'. No number or date of its own (null). The issuer's province is the one the resolution is about (tỉnh Ninh Bình, written in the same sentence). The congress resolution has no number.",
    },
    "b07_hagiang_ubnd_kh252_2023_sapxepdvhc_paywall": {
        "document": doc("252/KH-UBND", "KH", "2023-09-05", "Ủy ban nhân dân tỉnh", "province", loc("Hà Giang"),
                        "SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN, CẤP XÃ TỈNH HÀ GIANG"),
        "implements": [{"number": "48-KL/TW", "issued_on": "2023-01-30", "issuer_contains": "Bộ Chính trị"},
                       {"number": "35/2023/UBTVQH15", "issued_on": "2023-07-12", "issuer_contains": "Ủy ban Thường vụ Quốc hội"},
                       {"number": "117/NQ-CP", "issued_on": "2023-07-30", "issuer_contains": "Chính phủ"},
                       {"number": "30-CT/TU", "issued_on": "2023-08-07", "issuer_contains": "Ban Thường vụ Tỉnh ủy"}],
        "citations": ["48-KL/TW", "35/2023/UBTVQH15", "117/NQ-CP", "30-CT/TU", "37-NQ/TW"],
        "notes": "Legal-library paywall notice ('Để sử dụng toàn bộ tiện ích ...', 'Vui lòng ĐĂNG NHẬP'), then a pipe header. One 'Thực hiện' sentence names four parents with dates in words, each followed by '(gọi tắt là ...)', separated by commas and a semicolon; the provincial directive is written 'Chỉ thị số 30- CT/TU' (space after the hyphen: canonical 30-CT/TU). The purpose section repeats a resolution as 'Nghị quyết số 37-NQ/TW NQ/TW' (typo; a citation).",
    },
    "b08_binhthuan_tuyphong_btvhu_vb_bhyt_2018_partyportal": {
        "document": doc(N, N, N, "Ban Thường vụ Huyện ủy", "district", loc("Bình Thuận", "Tuy Phong", N),
                        omit=("doc_type",)),
        "implements_optional": ["327-KL/HU", "12/NQ-HĐND"],
        "citations": ["327-KL/HU", "12/NQ-HĐND"],
        "notes": "District Party portal: the page's date line 'Hôm nay, ngày 15 tháng 12 năm 2018' (today's date when crawled, not an issue date), banner 'HUYỆN UỶ TUY PHONG | TIN HOẠT ĐỘNG', headline 'Tuy Phong: ...', posting time '13.3.2018 - 8:2', then 'Ban Thường vụ Huyện ủy đã có văn bản chỉ đạo ...' (an untyped 'văn bản': doc_type ungraded; no number or date: null). District named in the banner and headline; Tuy Phong is a unique district name in the gazetteer (Bình Thuận), so the province counts as supported (the brief's rule for blind3). The targets come 'theo Kết luận số 327-KL/HU ... và Nghị quyết số 12/NQ-HĐND': optional parents.",
    },
    "b09_binhphuoc_btvtu_qd968_2023_bcd_hangviet_portal": {
        "document": doc("968-QĐ/TU", "QĐ", "2023-04-21", "Ban Thường vụ Tỉnh ủy", "province", loc(),
                        "kiện toàn Ban Chỉ đạo Cuộc vận động"),
        "citations": [],
        "notes": "Provincial portal item: '(CTTĐTBP) - Ban Thường vụ Tỉnh ủy vừa ban hành Quyết định số 968-QĐ/TU ngày 21/4/2023 về việc kiện toàn Ban Chỉ đạo ...'. The portal's initials are not a province name: province null. The last sentence 'Quyết định này có hiệu lực kể từ ngày 21/4/2023./.' repeats the date.",
    },
    "b10_sonla_nanghiu_ubndxa_qd01_2024_danchu_newsheader": {
        "document": doc("01/2024/QĐ-UBND", "QĐ", "2024-02-05", "Ủy ban nhân dân xã Nà Nghịu", "commune",
                        loc("Sơn La", "Sông Mã", "Nà Nghịu"), "Quy chế thực hiện dân chủ ở xã Nà Nghịu"),
        "citations": ["59/2023/NĐ-CP", "61/2023/NĐ-CP", "147/BC-UBMTTQ"],
        "notes": "Commune portal: title, a lead written twice with a truncated year ('Ngày 05/02/202, Chủ tịch UBND xã Nà Nghịu ban hành Quyết định số 01/2024/QĐ-UBND ...'), an image caption 'anh tin bai', then the header on separate lines with blank and space-only lines ('ỦY BAN NHÂN DÂN XÃ NÀ NGHỊU', 'Số: 01/2024/QĐ-UBND', motto, 'Nà Nghịu, ngày 05 tháng 02 năm 2024'). Căn cứ: laws and decrees (legal basis) and the commune Front's report: no parent. Nà Nghịu is a unique commune name in the gazetteer (Sông Mã, Sơn La): labelled as supported (the brief's rule).",
    },
    "b11_daknong_bct_nq_hoinongdan_2023_toanvan_nonumber": {
        "document": doc(N, "NQ", N, "Bộ Chính trị", "central", loc(),
                        "đổi mới, nâng cao chất lượng hoạt động của Hội Nông dân Việt Nam"),
        "citations": [],
        "notes": "Provincial newspaper print page: 'TOÀN VĂN: Nghị quyết của Bộ Chính trị về ...', section and posting time 'Ngày đăng : 18:12, 22/12/2023' (not the issue date), the title repeated in capitals ending '----- |', then 'I- TÌNH HÌNH'. The resolution's number and date are not in the stored text: null. Central; no locality.",
    },
    "b12_laichau_ubnd_kh863_2021_dulich_loading": {
        "document": doc("863/KH-UBND", "KH", "2021-04-06", "Ủy ban nhân dân tỉnh Lai Châu", "province", loc("Lai Châu"),
                        "LIÊN KẾT HỢP TÁC PHÁT TRIỂN DU LỊCH 8 TỈNH TÂY BẮC MỞ RỘNG"),
        "implements": [{"number": "61/KH-NHT", "issued_on": "2021-03-01", "issuer_contains": "Hà Giang"}],
        "citations": ["61/KH-NHT"],
        "notes": "Legal-library page with 'Đang tải nội dung, vui lòng chờ giây lát...' twice, then a clean header. Căn cứ: the 2020 cooperation agreement (no number) and plan 61/KH-NHT of the Hà Giang People's Committee as the group leader, whose 2021 activities this plan carries out (parent). 'tỉnh Phú Thọ' is where the agreement was signed, not a locality of the issuer.",
    },
    "b13_thanhhoa_ubndtinh_cv_dulich_thoxuan_2021_tasks": {
        "document": doc(N, "CV", "2021-02-09", "UBND tỉnh Thanh Hóa", "province", loc("Thanh Hóa"),
                        "xin chủ trương lập Đề án"),
        "tasks": [
            {"label": "1", "text_starts": "Thống nhất chủ trương giao UBND huyện Thọ Xuân",
             "responsible": ["UBND huyện Thọ Xuân"], "deadline": {"kind": "none"}},
            {"label": "2", "text_starts": "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì",
             "responsible": ["Sở Văn hóa, Thể thao và Du lịch"], "deadline": {"kind": "none"}},
        ],
        "task_labels": ["1", "2"],
        "citations": [],
        "notes": "Trade-village website reposting a provincial letter: a page title in capitals (the site's, not the trích yếu), then 'Ngày 9/02/2021, UBND tỉnh Thanh Hóa ban hành công văn chỉ đạo về việc UBND huyện Thọ Xuân xin chủ trương lập Đề án ...; Đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Văn Thi có ý kiến chỉ đạo như sau:' and two numbered points ending './.'. No number (null). The district and commune named (Thọ Xuân, Xuân Thiên) are the subject, not the issuer's locality: district and commune null. It answers the district's request (no number): no parent.",
    },
    "b14_tthue_aluoi_ubndh_kh45_2021_ngaysach_portal": {
        "document": doc("45/KH-UBND", "KH", "2021-03-08", "Ủy ban nhân dân huyện A Lưới", "district",
                        loc("Thừa Thiên Huế", "A Lưới", N), "Ngày sách Việt Nam lần thứ 8"),
        "citations": [],
        "notes": "District portal with chrome ('Tìm kiếm tin tức', the chairman's name box, 'Liên kết website', visit counters), 'Ngày cập nhật 29/03/2021' (posting date), then '... Ủy ban nhân dân huyện A Lưới ban hành Kế hoạch số 45/KH-UBND ngày 08 tháng 03 năm 2021 về Tổ chức Ngày sách Việt Nam lần thứ 8 trên địa bàn địa bàn huyện A Lưới.' A Lưới is a unique district name in the gazetteer (Thừa Thiên Huế): province labelled as supported (the brief's rule). 15/4 - 21/4/2021 are activity dates.",
    },
    "b15_baomoi_bbt_ct02_ccb_daihoi_noyear": {
        "document": doc("02-CT/TW", "CT", N, "Ban Bí thư", "central", loc(),
                        "lãnh đạo đại hội Hội cựu chiến binh các cấp", omit=("issued_on",)),
        "citations": [],
        "notes": "News aggregator item: byline 'T.Thủy', '(Cadn.com.vn) - Ngày 31-3, đồng chí Đinh Thế Huynh, ... Thường trực Ban Bí thư đã ký ban hành Chỉ thị số 02-CT/TW của Ban Bí thư về lãnh đạo đại hội ...'. The date has no year: issued_on ungraded (a parser should give null). The signer is named in the lead but no signature block: signer ungraded.",
    },
    "b16_gialai_hoiccb_kh_daihoiclb_2018_news": {
        "document": doc(N, "KH", N, "Hội Cựu chiến binh tỉnh", "province", loc(),
                        "Đại hội Câu lạc bộ Cựu chiến binh sản xuất, kinh doanh giỏi tỉnh lần thứ II"),
        "citations": [],
        "notes": "Provincial Party portal, Front and mass-organisation section: 'Hội Cựu chiến binh tỉnh mới đây vừa ban hành Kế hoạch tổ chức Đại hội ...'. No number or date (2018 - 2023 is a term): null. A photo caption names the An Khê club's congress (a town's club, not the issuer): the province is not named in the text (Gia Lai only in the URL): null. The congress resolution it serves has no number.",
    },
    "b17_vneconomy_cp_nq281_2025_nq71_news": {
        "document": doc("281/NQ-CP", "NQ", N, "Chính phủ", "central", loc(),
                        "Chương trình hành động thực hiện Nghị quyết số 71-NQ/TW"),
        "implements": [{"number": "71-NQ/TW"}],
        "citations": ["71-NQ/TW"],
        "notes": "Business newspaper item beginning with the page's date marker ' date 2025-09-16' (not an issue date): 'Chính phủ đã ban hành Nghị quyết số 281/NQ-CP, khởi động Chương trình hành động thực hiện Nghị quyết số 71-NQ/TW về đột phá phát triển giáo dục và đào tạo.' The resolution's own date is not given: null. The text is cut mid-word ('ban hành v').",
    },
    "b18_hungyen_ubnd_kh104_2021_dnnn_thamnhung_htpl": {
        "document": doc("104/KH-UBND", "KH", "2021-07-02", "Ủy ban nhân dân tỉnh", "province", loc("Hưng Yên"),
                        "NÂNG CAO NĂNG LỰC, HIỆU LỰC, HIỆU QUẢ GIÁM SÁT, KIỂM TRA, THANH TRA"),
        "implements": [{"number": "695/QĐ-TTg", "issued_on": "2021-05-10", "issuer_contains": "Thủ tướng"}],
        "citations": ["695/QĐ-TTg"],
        "notes": "Legal-library page: one chrome line 'Hệ thống pháp luật', then a clean header (ỦY BAN NHÂN DÂN / TỈNH HƯNG YÊN, Số: 104/KH-UBND, Hưng Yên, ngày 02 tháng 7 năm 2021), a long capitalised title with a quoted project name, and 'Thực hiện Quyết định số 695/QĐ-TTg ... về việc ban hành Đề án ..., Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai thực hiện Đề án'. Anti-corruption topic (new to the sets).",
    },
    "b19_mattran_bct_qd97_2023_dangdoan_relatedchrome": {
        "document": doc("97-QĐ/TW", "QĐ", "2023-02-07", "Bộ Chính trị", "central", loc(),
                        "CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN, CƠ CẤU TỔ CHỨC"),
        "citations": ["172-QĐ/TW", "23-NQ/TW", "24-QĐ/TW"],
        "notes": "Front's website: headline and an editor's lead ('(Mặt trận) - Tại Quy định số 97-QĐ/TW ngày 7/2/2023 của Bộ Chính trị ... Ban Biên tập trân trọng đăng toàn văn'), then four unrelated related-article headlines (one cites 23-NQ/TW), then the document's own header 'BAN CHẤP HÀNH TRUNG ƯƠNG' / 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số: 97-QĐ/TW', 'Hà Nội, ngày 07 tháng 02 năm 2023', 'QUY ĐỊNH' (type QĐ). Issuer by reading the lead: the Politburo (its documents carry the Central Committee's header); central either way. 172-QĐ/TW and 24-QĐ/TW are cited.",
    },
    "b20_quangbinh_ctubnd_qd3104_2016_lmlm_blankannex": {
        "document": doc("3104/QĐ-UBND", "QĐ", "2016-10-10", "Ủy ban nhân dân", "province", loc("Quảng Bình"),
                        "PHÒNG, CHỐNG BỆNH LỞ MỒM LONG MÓNG GIA SÚC"),
        "signer": {"name": "Lê Minh Ngân", "title_contains": "Phó Chủ tịch"},
        "implements": [{"number": "476/QĐ-BNN-TY", "issued_on": "2016-02-17", "issuer_contains": "Bộ Nông nghiệp"}],
        "citations": ["476/QĐ-BNN-TY", "1630/TTr-SNN-TY"],
        "recipients_include": ["Cục Thú y"],
        "notes": "Legal-library copy with the header broken into short lines and '|' cells (as b05), 'UỶ BAN NHÂN' with the old tone placement, a decision issuing the province's plan for the national foot-and-mouth programme approved by 476/QĐ-BNN-TY (parent). Nơi nhận list, then 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Lê Minh Ngân', then the annexed plan whose own reference is blank ('Quyết định số /QĐ-UBND' / 'ngày /10/2016'): not a number and not a date.",
    },
    "b21_hagiang_ubnd_kh16_2017_dichbenh_bnnletter": {
        "document": doc("16/KH-UBND", "KH", "2017-01-11", "Ủy ban nhân dân tỉnh Hà Giang", "province", loc("Hà Giang"),
                        "PHÒNG, CHỐNG DỊCH BỆNH GIA SÚC, GIA CẦM VÀ THỦY SẢN"),
        "implements": [{"number": "8689/BNN-TY", "issued_on": "2016-10-13", "issuer_contains": "Bộ Nông nghiệp"}],
        "citations": ["8689/BNN-TY"],
        "notes": "Legal-library copy with a clean header. 'Thực hiện văn bản số 8689/BNN-TY ngày 13/10/2016 của Bộ Nông nghiệp và PTNT về việc xây dựng kế hoạch ...': a ministry's letter (number without a type code, as official letters are numbered) that asked for this plan: the parent.",
    },
    "b22_baonghean_ubndtinh_cd05_2017_benhdai_tag": {
        "document": doc("05/CĐ-UBND", "CĐ", "2017-03-29", "UBND tỉnh", "province", loc(),
                        "tăng cường công tác phòng, chống bệnh dại trên động vật"),
        "citations": [],
        "notes": "Newspaper tag page: '#tag', '1 kết quả', the headline twice, then '(Baonghean) - ... ngày 29/3/2017, UBND tỉnh có công điện khẩn số 05/CĐ-UBND về việc ...'. Type: công điện (CĐ). The newspaper's tag is not the issuer's province (as a URL would not be): null.",
    },
    "b23_hatinh_camxuyen_camlac_ubndxa_hd_vanhoa_2022_nourl": {
        "document": doc(N, N, N, "Uỷ ban nhân dân xã Cẩm Lạc", "commune", loc("Hà Tĩnh", "Cẩm Xuyên", "Cẩm Lạc"),
                        omit=("doc_type",)),
        "implements": [{"number": "2899/UBND-VH", "issued_on": "2022-09-30", "issuer_contains": "Cẩm Xuyên"}],
        "citations": ["122/2018/NĐ-CP", "2899/UBND-VH"],
        "notes": "Commune portal page (the search result gave no address): a preamble 'Căn cứ vào Nghị định 122/2018/NĐ-CP ...; Thực hiện Hướng dẫn số 2899/UBND-VH ngày 30 tháng 9 năm 2022 của UBND huyện Cẩm Xuyên ... Uỷ ban nhân dân xã Cẩm Lạc, Ban chỉ đạo “Toàn dân đoàn kết xây dựng đời sống văn hoá” hướng dẫn việc bình xét ...', a link to the signed PDF (its file name holds 21.10.2022, not stated as a date: issued_on null), and chrome. The text calls it both a guidance and 'kế hoạch': doc_type ungraded. Locality: the commune is named; its district is the parent's issuer and the portal's banner ('PHÁT THANH CẨM XUYÊN'), and Cẩm Lạc is a unique commune name in the gazetteer (Cẩm Xuyên, Hà Tĩnh): labelled as supported (the brief's rule).",
    },
    "b24_thainguyen_ubnd_kh75_racthainhua_noyear": {
        "document": doc("75/KH-UBND", "KH", N, "UBND tỉnh", "province", loc("Thái Nguyên"),
                        "tuyên truyền về phòng, chống rác thải nhựa", omit=("issued_on",)),
        "citations": [],
        "notes": "Provincial portal notice: 'Truy cập nội dung luôn' (skip link), the title, then 'Ngày 14/4, UBND tỉnh ban hành Kế hoạch số 75/KH-UBND triển khai thực hiện Đề án ... trên địa bàn tỉnh Thái Nguyên.' The date has no year (2021 - 2025 is the project's period): issued_on ungraded. The province is written as the plan's own area, of the provincial committee issuing it. The Đề án has no number: no parent.",
    },
    "b25_tuyenquang_ctubnd_ct06_2020_racthainhua_sonews": {
        "document": doc("06/CT-UBND", "CT", "2020-10-22", "Ủy ban nhân dân tỉnh", "province", loc("Tuyên Quang"),
                        "giảm thiểu rác thải nhựa"),
        "citations": [],
        "notes": "Department portal: headline 'Chỉ thị của Chủ tịch UBND tỉnh Tuyên Quang về ...', context, then '... ngày 22/10/2020, Chủ tịch Ủy ban nhân dân tỉnh đã ban hành Chỉ thị số 06/CT-UBND về ... trên địa bàn tỉnh Tuyên Quang.', 'Tin cùng chuyên mục'. Issuer: the provincial chairman.",
    },
    "b26_tthue_ubnd_ct09_2021_chatthainhua_relatedlist": {
        "document": doc("09/CT-UBND", "CT", "2021-03-02", "Ủy ban nhân dân", "province", loc("Thừa Thiên Huế")),
        "implements_optional": ["33/CT-TTg"],
        "citations": ["73/2018/QĐ-UBND", "33/CT-TTg", "41/CT-TTg"],
        "notes": "Legal-library page: a three-item related list (ordinals glued: '- 1Quyết định 73/2018/QĐ-UBND ...'), a pipe header ('Số: 09/CT-UBND | Thừa Thiên Huế, ngày 02 tháng 03 năm 2021 |'), no title line, then the directive's context paragraphs, cut before it says what it carries out. The Prime Minister's directive 33/CT-TTg on plastic waste (related list) is the likely parent but the stored body never says so: optional. No trích yếu in the text: title ungraded.",
    },
    "b27_binhdinh_ubnd_kh_qd1161_2023_phongthudansu_bodyonly": {
        "document": doc(N, N, N, N, N, loc(), omit=("doc_type",)),
        "implements": [{"number": "28/NQ-CP", "issued_on": "2023-03-01", "issuer_contains": "Chính phủ"}],
        "chain": [["28/NQ-CP", "22-NQ/TW"]],
        "citations": ["28/NQ-CP", "22-NQ/TW"],
        "notes": "Legal-library page that kept only the body of a plan (no header, no title, no headings: the Roman-numeral and 'Mục đích/Yêu cầu' lines are lost, so the purpose bullets and the task list '1. ... 5.' follow each other; tasks not labelled). 'Nhằm cụ thể hóa ... để thực hiện thắng lợi Nghị quyết số 28/NQ-CP ngày 01/3/2023 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 22-NQ/TW ... của Bộ Chính trị': parent 28/NQ-CP, chain 28/NQ-CP -> 22-NQ/TW. Number, type and date are not in the stored text (1161/QĐ-UBND only in the URL): null, type ungraded. The issuer is not named: 'sự chỉ đạo thống nhất của UBND tỉnh' suggests a provincial plan, but that is an inference, so issuer and level are null (first labelled 'province' by inference; corrected after the first run by the rule 'when a field cannot be known from the stored text, null'). Province not named (Bình Định only in the URL).",
    },
    "b28_binhthuan_hamthuanbac_bcddvqpan_kh03_2022_partyportal": {
        "document": doc("03-KH/BCĐ", "KH", "2022-03-23", "Ban Chỉ đạo công tác dân vận quốc phòng - an ninh", "district", loc(),
                        "phối hợp hoạt động công tác dân vận quốc phòng - an ninh năm 2022"),
        "citations": [],
        "notes": "District Party portal (Ban Dân vận page): 'Ngày 23/3/2022, Ban Chỉ đạo công tác dân vận quốc phòng - an ninh huyện ban hành Kế hoạch số 03-KH/BCĐ, của Ban chỉ đạo về ...' (a comma after the number). A district steering board (Party side, 'huyện'); the district is named only in the URL: locality null.",
    },
    "b29_thanhhoa_ubnd_kh130_2025_thiduacds_paywall": {
        "document": doc("130/KH-UBND", "KH", "2025-06-27", "Ủy ban nhân dân tỉnh Thanh Hóa", "province", loc("Thanh Hóa"),
                        "CẢ NƯỚC THI ĐUA ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ"),
        "implements": [{"number": "923/QĐ-TTg", "issued_on": "2025-05-14", "issuer_contains": "Thủ tướng"}],
        "citations": ["923/QĐ-TTg"],
        "notes": "Legal-library paywall line, pipe header ('Số: 130/KH-UBND | Thanh Hoá, ngày 27 tháng 6 năm 2025 |', old tone placement 'Hoá'), capitalised title with quotes, 'Thực hiện Quyết định số 923/QĐ-TTg ngày 14/5/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Phong trào thi đua ...': parent. Issued days before the 1 July 2025 reorganisation.",
    },
    "b30_brvt_ubndtinh_vb_qd1012_2025_news_nonumber": {
        "document": doc(N, N, N, "UBND tỉnh", "province", loc(), omit=("doc_type",)),
        "implements": [{"number": "1012/QĐ-TTg"}],
        "citations": ["1012/QĐ-TTg"],
        "notes": "Newspaper item with the date marker ' date 2025-06' (not an issue date): 'Phó Chủ tịch UBND tỉnh Đặng Minh Thông vừa ký ban hành văn bản triển khai thực hiện Quyết định 1012/QĐ-TTg của Thủ tướng Chính phủ ...', then what the province requires of departments. An untyped 'văn bản' (doc_type ungraded), no number or date (null). The province is not named (Bà Rịa - Vũng Tàu only in the URL): null.",
    },
}
