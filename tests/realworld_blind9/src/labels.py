# ruff: noqa: E501
"""Hand labels of the blind9 set, written from each stored text alone (the parser was not run on them)."""

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
    "b01_hanoi_tranphu_bxddu_cv_binhdanhocvuso_2025_newcommune": {
        "document": doc(N, N, N, "Ban Xây dựng Đảng", "commune", loc("Hà Nội", N, "Trần Phú"), omit=("doc_type",)),
        "implements": [imp("440-CV/BTGDVTU", "2025-07-22", "Ban Tuyên giáo và Dân vận Thành ủy")],
        "implements_optional": ["05-KH/BCD57"],
        "citations": ["440-CV/BTGDVTU", "05-KH/BCD57"],
        "notes": "Commune portal of a commune created on 1 July 2025 (xã Trần Phú, Hà Nội): a photo caption, a paragraph on the city's plan ('Ngày 22/4/2025, Ban Chỉ đạo Thành uỷ ... đã ban hành kế hoạch số 05 ... trên địa bàn Thành phố Hà Nội'), then the letter itself: 'Thực hiện chỉ đạo của Ban Tuyên giáo và Dân vận Thành ủy tại Công văn số 440-CV/BTGDVTU ngày 22/7/2025 và chỉ đạo của Thường trực Đảng ủy xã Trần Phú ..., Ban Xây dựng Đảng trân trọng đề nghị: Ủy ban nhân dân xã; ...'. The issuer is the commune Party committee's building board (a commune-level Party board); the letter has no number, type word or date of its own (the dates are its parents'), so number and date are null and the type ungraded. Parent: the city board's letter 440-CV/BTGDVTU; 'bám sát Kế hoạch số 05-KH/BCD57 ngày 22/4/2025 của Ban Thường vụ Thành uỷ' is a plan to follow, tolerated. Province from 'Thành phố Hà Nội' and the city committee ('Thành ủy') the letter obeys; district null (abolished in 2025); commune Trần Phú written.",
    },
    "b02_tayninh_tttu_chidao_ct36_2024_partyportal": {
        "document": doc(N, N, N, "Thường trực Tỉnh", "province", loc(), omit=("doc_type",)),
        "implements": [imp("36-CT/TW", "2024-06-14", "Ban Bí thư")],
        "citations": ["36-CT/TW"],
        "notes": "Provincial Party portal: headline 'Thường trực Tỉnh uỷ chỉ đạo triển khai thực hiện Chỉ thị số 36-CT/TW, ngày 14/6/2024 của Ban Bí thư', a posting line 'Thứ tư - 26/06/2024 21:47 75 0' (not an issue date), lead 'Thực hiện Chỉ thị số 36-CT/TW ... vừa qua, Thường trực Tỉnh uỷ đã có văn bản chỉ đạo ...', then visit-counter chrome ('Hôm nay5,691'). The standing office's letter has no number, type or date in the text; it carries out the Secretariat's directive on the congresses of literature and arts associations. The province is only in the URL (tayninh.dcs.vn): null.",
    },
    "b03_gialai_ubndtinh_kh19_2026_binhdanhocvuso_news": {
        "document": doc("19/KH-UBND", "KH", N, "UBND tỉnh", "province", loc("Gia Lai"), "Bình dân học vụ số"),
        "implements": [],
        "citations": [],
        "notes": "Provincial newspaper of a merged province (Gia Lai after 1 July 2025), item stamped ' date 2026-01-21' (the page's date, not the plan's): '(GLO)- Phó Chủ tịch UBND tỉnh Gia Lai Lâm Hải Giang vừa ký ban hành Kế hoạch số 19/KH-UBND về việc triển khai phong trào “Bình dân học vụ số” năm 2026.' No issue date is written ('vừa ký'), so null. Nothing carried out is numbered. The signer named in the lead is ungraded.",
    },
    "b04_phuyen_btvtu_nq11_2021_khcn_btgportal": {
        "document": doc("11-NQ/TU", "NQ", "2021-08-18", "Ban Thường vụ Tỉnh ủy", "province", loc("Phú Yên"),
                        "phát triển, ứng dụng khoa học, công nghệ"),
        "implements": [],
        "citations": [],
        "notes": "Provincial propaganda board's portal: headline 'Ban Tuyên giáo Tỉnh ủy trân trọng giới thiệu toàn văn Nghị quyết số 11-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy', posting line 'Chủ nhật - 12/09/2021 21:08 470 0' (not the issue date), then the resolution's title block ('NGHỊ QUYẾT / CỦA BAN THƯỜNG VỤ TỈNH ỦY / về phát triển, ứng dụng khoa học, công nghệ / và đổi mới sáng tạo ...') and its preamble 'Quán triệt, thực hiện Nghị quyết Đại hội ... XIII của Đảng, Nghị quyết Đại hội ... Đảng bộ tỉnh lần thứ XVII ...' - congress resolutions without numbers, so implements stays empty. The issuer is the standing committee (the board only reposts it); province from 'tỉnh Phú Yên' in the preamble.",
    },
    "b05_kontum_ubndtinh_pctn_kl10_vpubnd": {
        "document": doc(N, N, N, "UBND tỉnh", "province", loc(), omit=("doc_type",)),
        "implements": [],
        "implements_optional": ["10-KL/TW"],
        "citations": ["10-KL/TW", "2679/UBND-NC"],
        "notes": "Fragment of a provincial office page: the text starts mid-article 'Theo đó, UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thành phố: (1) Khẩn trương xây dựng chương trình, kế hoạch cụ thể để ... triển khai thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 10-KL/TW ...; (2) ... theo chỉ đạo của UBND tỉnh tại Công văn số 2679/UBND-NC ...'. The UBND letter has no number, type or date in the stored text. What it carries out is the standing committee's plan, which has no number; the Politburo conclusion it names is tolerated (optional). The earlier letter 2679/UBND-NC is a plain citation. Province only in the URL: null.",
    },
    "b06_binhthuan_btvtu_kh_luanchuyen_news": {
        "document": doc(N, "KH", N, "Ban Thường vụ Tỉnh ủy", "province", loc()),
        "implements": [],
        "citations": [],
        "notes": "Newspaper body without headline or lead: 'Mục đích của Kế hoạch nhằm bố trí, sắp xếp hợp lý đội ngũ cán bộ ...', 'Trong kế hoạch, Ban Thường vụ Tỉnh ủy đã nhấn mạnh 5 nguyên tắc luân chuyển ...'. A provincial standing committee's cadre-rotation plan; no number, no date, no parent; the province is only in the URL (baobinhthuan): null.",
    },
    "b07_quangngai_ctubndtinh_cv2512_2025_hcm135": {
        "document": doc("2512/UBND-KGVX", "CV", N, "UBND tỉnh", "province", loc()),
        "implements": [],
        "citations": [],
        "notes": "Provincial portal news: 'Chủ tịch UBND tỉnh vừa ban hành Công văn số 2512/UBND-KGVX chỉ đạo thực hiện tuyên truyền kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890-19/5/2025)' - the dates are the anniversary's, not the letter's (null). '... theo đúng hướng dẫn của Ban Tuyên giáo và Dân vận Tỉnh uỷ' names the merged provincial board's guidance without a number: nothing numbered carried out. Province only in the URL: null.",
    },
    "b08_btgtw_dinhhuong_tuyentruyenmieng_2025_phuyendcs": {
        "document": doc(N, N, N, "Ban Tuyên giáo Trung ương", "central", loc(), omit=("doc_type",)),
        "implements": [],
        "implements_optional": ["30-CT/TW", "155-HD/BTGTW"],
        "citations": ["30-CT/TW", "155-HD/BTGTW", "18-NQ/TW"],
        "notes": "Provincial Party portal reposting the central propaganda board's monthly orientation for oral propaganda (February 2025): 'Nhằm tiếp tục nâng cao ... theo tinh thần Chỉ thị 30-CT/TW, ngày 05/02/2024 của Ban Bí thư ... và Hướng dẫn số 155-HD/BTGTW, ngày 14/5/2024 của Ban Tuyên giáo Trung ương; ... Ban Tuyên giáo Trung ương yêu cầu các địa phương, đơn vị chỉ đạo thực hiện công tác tuyên truyền miệng tháng 02/2025 ...'. No number, type word or date of its own. 'theo tinh thần' of the directive and the guidance is tolerated rather than required; the resolution '18- NQ/TW' (a space after the hyphen) in the first point is a plain citation. The reposting province is not the issuer: locality all null (central).",
    },
    "b09_ddqh_kh3260_2025_nq57_md": {
        "document": doc("3260-KH/ĐĐQH15", "KH", "2025-01-10", "Đảng đoàn Quốc hội", "central", loc(),
                        "thực hiện Nghị quyết số 57-NQ/TW"),
        "implements": [imp("57-NQ/TW", "2024-12-22", "Bộ Chính trị")],
        "citations": ["57-NQ/TW"],
        "tasks": [
            {"label": "II.1", "text_starts": "Tuyên truyền, quán triệt, nâng cao nhận thức"},
            {"label": "II.1.2", "text_starts": "Đảng đoàn Quốc hội phối hợp với Đảng ủy cơ quan Văn phòng Quốc hội"},
        ],
        "notes": "GitHub-stored Markdown transcription (first 5,122 characters of the file kept, cut at the end of II.1): Markdown header '## ĐẢNG CỘNG SẢN VIỆT NAM', bold issuer lines '**BAN CHẤP HÀNH TRUNG ƯƠNG**' / '**ĐẢNG ĐOÀN QUỐC HỘI**', 'Số 3260-KH/ĐĐQH15', 'Hà Nội, ngày 10 tháng 01 năm 2025', a bold title whose first word is cut ('khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 / Bộ Chính trị về ...'). The National Assembly's Party delegation: central level. Parent: the Politburo resolution 57-NQ/TW (22/12/2024, in the title and 'Ngày 22/12/2024, Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW'). Tasks: II. PHÂN CÔNG NHIỆM VỤ with a bold '**1. Tuyên truyền ...**' heading and two '*   ' bullets; the list is truncated, so task_labels are not graded and responsibility is not graded.",
    },
    "b10_vpducp_cv402_2025_nq57_md": {
        "document": doc("402-CV/VPĐU", "CV", "2025-05-25", "Đảng ủy Chính phủ", "central", loc(),
                        "xin ý kiến dự thảo báo cáo kết quả thực hiện Nghị quyết số 57-NQ/TW"),
        "signer": {"name": "Trần Văn Sơn", "title_contains": "Chánh Văn phòng"},
        "implements": [],
        "implements_optional": ["15000-CV/VPTW", "57-NQ/TW"],
        "citations": ["15000-CV/VPTW", "57-NQ/TW"],
        "recipients_include": ["Đồng chí Phạm Minh Chính", "Các đồng chí Ủy viên Ban Thường vụ Đảng ủy Chính phủ"],
        "notes": "GitHub-stored Markdown transcription (first 2,668 characters kept, to the first paragraph of the attached draft): the Government Party Committee office's covering letter ('**ĐẢNG ỦY CHÍNH PHỦ**' / '**VĂN PHÒNG**' / '\\*' / 'Số 402-CV/VPĐU', a 'V/v xin ý kiến dự thảo báo cáo ...' subject line, 'Hà Nội, ngày 25 tháng 5 năm 2025'), asking the standing committee's members for comments on a draft report answering the central Party office's letter 15000-CV/VPTW; signed '**CHÁNH VĂN PHÒNG**' / '**Trần Văn Sơn**'. Then the attached draft with its own empty number 'Số: - CV/ĐU' and undated 'ngày tháng 5 năm 2025', whose first sentence is 'Triển khai thực hiện Nghị quyết số 57-NQ/TW ...'. The covering letter carries nothing out by its own words ('Thực hiện nhiệm vụ được giao'); the letter it answers and the resolution the draft reports on are tolerated. Central level (a Party committee of a central body).",
    },
    "b11_lamdong_ubndtinh_ct_baucu_2025_tag": {
        "document": doc(N, "CT", N, "UBND tỉnh", "province", loc("Lâm Đồng"),
                        "chuẩn bị bầu cử đại biểu Quốc hội khóa XVI"),
        "implements": [],
        "citations": [],
        "notes": "Tag page of an agriculture site: a headline and 'UBND tỉnh Lâm Đồng vừa ban hành Chỉ thị về việc tổ chức, triển khai công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân (HĐND) các cấp nhiệm kỳ 2026–2031.' (the merged Lâm Đồng province, late 2025), cut mid-word. No number, no date.",
    },
    "b12_btgdvtw_hd27_2025_baucu_tuyenquangdcs": {
        "document": doc("27-HD/BTGDVTW", "HD", "2025-09-11", "Ban Tuyên giáo và Dân vận Trung ương", "central", loc(),
                        "tuyên truyền bầu cử đại biểu Quốc hội khóa XVI"),
        "implements": [],
        "citations": [],
        "notes": "Provincial Party portal item of two lines: 'Ngày 11/9/2025, Ban Tuyên giáo và Dân vận Trung ương ban hành Hướng dẫn số 27-HD/BTGDVTW về tuyên truyền bầu cử ...' and a slogan. The merged central board (2025) and its new issuer code BTGDVTW; central level.",
    },
    "b13_tiengiang_bchdbt_ctr01_2020_dhxi_news": {
        "document": doc("01-CTr/TU", "CTr", "2020-11-05", N, "province", loc("Tiền Giang"),
                        "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI"),
        "implements": [],
        "citations": [],
        "notes": "Provincial newspaper reposting the full text: posting line 'Thứ Năm, 05/11/2020, 14:34 (GMT+7)', headline, lead 'Ngày 5-11-2020, đồng chí Nguyễn Văn Danh, Bí thư Tỉnh ủy Tiền Giang ký ban hành Chương trình hành động số 01-CTr/TU thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI ...', then the body ('... Ban Chấp hành Đảng bộ tỉnh xây dựng Chương trình hành động ...', 'I- QUAN ĐIỂM CHỈ ĐẠO'). The issuer is the provincial Party committee, named 'Tỉnh ủy' in the signer's title and 'Ban Chấp hành Đảng bộ tỉnh' in the body: both are right, so only the level is graded. The congress resolution has no number: implements empty.",
    },
    "b14_kontum_btvtu_tb590_2022_nq21_portal": {
        "document": doc("590-TB/TU", "TB", N, "Ban Thường vụ Tỉnh", "province", loc(),
                        "chấm dứt hiệu lực thực hiện Nghị quyết số 03-NQ/TU"),
        "implements": [],
        "implements_optional": ["21-NQ/TW"],
        "citations": ["03-NQ/TU", "21-NQ/TW", "235-KL/TU"],
        "notes": "Provincial portal: chrome date 'Thứ sáu, Ngày 01/12/2023 -', headline, 'Ngày đăng: 04/10/2022  08:52' (posting, not issue), 'Ban Thường vụ Tỉnh uỷ vừa ban hành thông báo 590-TB/TU về việc chấm dứt hiệu lực thực hiện Nghị quyết số 03-NQ/TU, ngày 08-8-2016 ...' (a number without 'số'). The notice ends an old resolution 'để tập trung triển khai có hiệu quả' the Central Committee's 21-NQ/TW (a reason, tolerated as a parent, not required); 03-NQ/TU and 235-KL/TU are cited. No issue date written; the province is only in the URL: null.",
    },
    "b15_binhphuoc_tu_cv156_2016_ct44_tagpage": {
        "document": doc("156-CV/TU", "CV", "2016-02-04", "Tỉnh ủy", "province", loc(), "đôn đốc thực hiện Chỉ thị 44-CT/TU"),
        "implements": [imp("44-CT/TU", N, "Tỉnh ủy")],
        "citations": ["44-CT/TU"],
        "notes": "Tag page of a provincial Party site: a posting stamp '23:33 27/04/2016', then 'Ngày 04/02/2016, Tỉnh ủy có Công văn số 156-CV/TU về việc đôn đốc thực hiện Chỉ thị 44-CT/TU của Tỉnh ủy.' - the letter's subject is carrying out the committee's own directive ('về ... thực hiện X'), so 44-CT/TU is its parent. The province is only in the URL: null.",
    },
    "b16_hungyen_ubnd_kh10_2026_pctntc_metatable": {
        "document": doc("10/KH-UBND", "KH", "2026-01-14", "Ủy ban nhân dân", "province", loc("Hưng Yên"),
                        "PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC NĂM 2026"),
        "implements": [],
        "implements_optional": ["59/2019/NĐ-CP", "134/2021/NĐ-CP", "130/2020/NĐ-CP"],
        "citations": ["59/2019/NĐ-CP", "134/2021/NĐ-CP", "130/2020/NĐ-CP"],
        "notes": "Legal-library page of the merged Hưng Yên province (2026): a title line, a Markdown metadata table ('| Số hiệu | 10/KH-UBND |', '| Ngày ban hành | 14/01/2026 |', '| Cơ quan ban hành | Tỉnh Hưng Yên |'), then the header flattened into pipe-ended lines ('ỦY BAN NHÂN DÂN |', 'Số: 10/KH-UBND |', 'Hưng Yên, ngày 14 tháng 01 năm 2026 |') and a title without 'KẾ HOẠCH'. 'Căn cứ Luật ...; Nghị định số 59/2019/NĐ-CP ...; Nghị định số 134/2021/NĐ- CP ... (a space after the hyphen); Nghị định số 130/2020/NĐ-CP ...' - a law and decrees as legal basis only: tolerated, nothing required. The signer is only in the library's table: ungraded.",
    },
    "b17_tuyenquang_btvtu_ct07_vanhoa_tag": {
        "document": doc("07-CT/TU", "CT", N, "Ban Thường vụ Tỉnh ủy", "province", loc("Tuyên Quang"),
                        "xây dựng và phát triển văn hóa, con người"),
        "implements": [],
        "citations": [],
        "notes": "Tag page of a court newspaper's ethnic-affairs site: 'Ban Thường vụ Tỉnh ủy Tuyên Quang đã ban hành Chỉ thị số 07-CT/TU về xây dựng và phát triển văn hóa, con người ...', CMS footer. No date; nothing carried out.",
    },
    "b18_sonla_btctu_hd16_2024_chibo4tot_video": {
        "document": doc(N, "HD", "2024-03-18", "Ban Tổ chức Tỉnh ủy", "province", loc(omit=("province",)) | {"district": N, "commune": N},
                        "Chi bộ bốn tốt"),
        "implements": [],
        "citations": [],
        "notes": "Video page of a provincial newspaper, one sentence: '... Ban Tổ chức Tỉnh ủy đã ban hành Hướng dẫn số 16 ngày 18/3/2024 về thực hiện mô hình “Chi bộ bốn tốt”, “Đảng bộ cơ sở bốn tốt” trong Đảng bộ tỉnh ...' and the credit 'Báo Sơn La'. A bare number without symbol: null. The province is only in the newspaper's credit, not written for the issuer: ungraded.",
    },
    "b19_dongnai_ubndtinh_kh10995_2019_pctn_news": {
        "document": doc("10995/KH-UBND", "KH", N, "UBND tỉnh", "province", loc(),
                        "đánh giá công tác phòng, chống tham nhũng"),
        "implements": [],
        "citations": [],
        "notes": "Provincial newspaper item whose lead is printed twice: '(ĐN)- UBND tỉnh vừa ban hành kế hoạch số 10995/KH - UBND về đánh giá công tác phòng, chống tham nhũng năm 2019 ...' - a state number with spaces round the hyphen (canonical 10995/KH-UBND). No issue date; the province is only the paper's tag '(ĐN)' and the URL: null.",
    },
    "b20_hcm_ubndtp_qd2205_2025_ctr02_nq68_news": {
        "document": doc("2205/QĐ-UBND", "QĐ", "2025-10-20", "UBND", "province", loc("Hồ Chí Minh"),
                        "Chương trình hành động số 02-CtrHĐ/TU"),
        "implements": [imp("02-CTrHĐ/TU", "2025-08-16", "Thành ủy")],
        "chain": [["02-CTrHĐ/TU", "68-NQ/TW"]],
        "citations": ["02-CTrHĐ/TU", "68-NQ/TW"],
        "notes": "Business newspaper item ' date 2025-11-06' on a meeting that rolled out the city's plan: '... chủ trì cuộc họp triển khai Quyết định số 2205/QĐ-UBND ngày 20/10/2025 của UBND Thành phố về ban hành Kế hoạch triển khai Chương trình hành động số 02-CtrHĐ/TU ngày 16/8/2025 của Thành ủy TP. Hồ Chí Minh về thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị ...', then the plan's targets. The page's document is the city decision issuing the plan (the meeting is its roll-out); it carries out the city Party committee's action programme (type code written 'CtrHĐ', canonical 'CTrHĐ' as in blind2's '29-CTrHĐ/TU'), which carries out the Politburo's 68-NQ/TW (a chain). Hồ Chí Minh City after the 2025 merger: province level.",
    },
}
