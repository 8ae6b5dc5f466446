# ruff: noqa: E501
"""Write each <name>.json label (gold format of tests/gold) for the texts of this set, labelled by reading."""
import json
import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
urls = {p.name.replace(".src.json", ""): json.loads(p.read_text(encoding="utf-8"))["url"]
        for p in (root / "src").glob("*.src.json")}


def loc(province=None, district=None, commune=None):
    return {"province": province, "district": district, "commune": commune}


def imp(number, issued_on=None, issuer=None):
    e = {"number": number}
    if issued_on:
        e["issued_on"] = issued_on
    if issuer:
        e["issuer_contains"] = issuer
    return e


def central(name):
    return {"name_contains": name, "level": "central"}


L = {}

L["b01_cp_nq134_2020_kl70_sonvportal"] = dict(
    document=dict(number="134/NQ-CP", doc_type="NQ", issued_on="2020-09-25", issuer=central("Chính phủ"),
                  locality=loc(), title_contains="Kết luận số 70-KL/TW"),
    implements=[imp("70-KL/TW", "2020-03-09", "Bộ Chính trị")], implements_optional=[],
    citations=["70-KL/TW"],
    notes="A provincial department's portal (section chrome 'Thi đua Khen thưởng' twice), a headline, the posting "
          "date '02/10/2020' (not the issue date), then 'Ngày 25/9/2020, Chính phủ có Nghị quyết số 134/NQ-CP Ban "
          "hành Chương trình hành động của Chính phủ thực hiện Kết luận số 70-KL/TW ngày 09/3/2020 của Bộ Chính "
          "trị ...'. The conclusion continues 'Nghị quyết Trung ương 5 Khóa IX' (no number: no chain). Central: no "
          "locality (the province is only in the URL).")

L["b02_cp_nq41_2026_dhxiv_news_nodate"] = dict(
    document=dict(number="41/NQ-CP", doc_type="NQ", issued_on=None, issuer=central("Chính phủ"), locality=loc(),
                  title_contains="Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV"),
    implements=[], implements_optional=[], citations=[],
    notes="Financial newspaper item: ' date 2026-03-13 (TBTCO) - Chính phủ vừa ban hành Nghị quyết số 41/NQ-CP về "
          "Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.' The date "
          "is the page's ('vừa ban hành': no issue date in the text, null). The parent is the congress resolution, "
          "which has no number: nothing is implemented by number.")

L["b03_bcdtw_cv43_2025_kl121_news_noyear"] = dict(
    document=dict(number="43-CV/BCĐ", doc_type="CV", issuer=central("Ban Chỉ đạo Trung ương"), locality=loc(),
                  title_contains="Kế hoạch tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị"),
    implements=[imp("121-KL/TW", "2025-01-24", "Ban Chấp hành Trung ương")], implements_optional=[],
    citations=["18-NQ/TW", "121-KL/TW"],
    notes="News site: headline, standfirst and lead ('Ngày 20/3, Ban Chỉ đạo Trung ương về tổng kết việc thực hiện "
          "Nghị quyết số 18-NQ/TW ... đã ban hành Công văn số 43-CV/BCĐ ... về Kế hoạch tiếp tục sắp xếp ...') "
          "written twice, photo captions twice, then the plan's body 'Thực hiện Kết luận số 121-KL/TW, ngày "
          "24/01/2025 của Ban Chấp hành Trung ương Đảng khóa XIII (về tổng kết Nghị quyết số 1' (cut). The date has "
          "no year: issued_on ungraded. 18-NQ/TW is inside the issuing body's name (a citation, not a parent).")

L["b04_ubdt_qd378_2021_ctrhd_nq50cp_thuviennhadat"] = dict(
    document=dict(number="378/QĐ-UBDT", doc_type="QĐ", issued_on="2021-06-11", issuer=central("Ủy ban Dân tộc"),
                  locality=loc(), title_contains="BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA ỦY BAN DÂN TỘC"),
    implements=[imp("50/NQ-CP", "2021-05-20", "Chính phủ")],
    implements_optional=["01-CT/TW", "08-TB/BCSĐ", "13/2017/NĐ-CP"],
    citations=["01-CT/TW", "50/NQ-CP", "13/2017/NĐ-CP", "08-TB/BCSĐ"],
    notes="Legal library, header cells flattened into pipe lines with wraps inside words ('ỦY' / 'BAN DÂN TỘC', "
          "'Hà' / 'Nội, ngày ... năm' / '2021'). A minister's decision issuing the committee's action programme "
          "for the XIII congress resolution (no number). Căn cứ: the congress resolution, the Politburo's "
          "directive 01-CT/TW on studying it, the Government's programme 50/NQ-CP (the direct parent), the decree "
          "on the committee (legal basis) and the Party committee's conclusion 08-TB/BCSĐ; the directive, the "
          "conclusion and the decree are tolerated, only 50/NQ-CP is required.")

L["b05_btgdvtw_hd03_2026_ct01_baocaovien"] = dict(
    document=dict(number="03-HD/BTGDVTW", doc_type="HD", issued_on="2026-01-28",
                  issuer=central("Ban Tuyên giáo và Dân vận Trung ương"), locality=loc(),
                  title_contains="nghiên cứu, học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết Đại hội"),
    implements=[imp("01-CT/TW", "2026-01-23", "Bộ Chính trị")], implements_optional=[],
    citations=["01-CT/TW"],
    notes="Party speakers' site: headline, then 'Thực hiện Chỉ thị số 01-CT/TW, ngày 23/01/2026 của Bộ Chính trị "
          "khóa XIV, Ban Tuyên giáo và Dân vận Trung ương ban hành Hướng dẫn số 03-HD/BTGDVTW, ngày 28/01/2026, "
          "hướng dẫn ...'. 01-CT/TW of 2026 is not the 2021 directive of the same number.")

L["b06_btgtw_hd168_2024_dhxiv_provportal"] = dict(
    document=dict(number="168-HD/BTGTW", doc_type="HD", issued_on="2024-09-23",
                  issuer=central("Ban Tuyên giáo Trung ương"), locality=loc(),
                  title_contains="tuyên truyền những chủ đề lớn, trọng tâm"),
    implements=[], implements_optional=[], citations=[],
    notes="A provincial portal reposting a central guide in full: headline, '(BNP) - Ngày 23/9/2024, Ban Tuyên giáo "
          "Trung ương ban hành Hướng dẫn số 168-HD/BTGTW tuyên truyền ... Toàn văn bản Hướng dẫn:', then the body "
          "('Nhằm ... thực hiện thắng lợi Nghị quyết Đại hội ... lần thứ XIII' — no number, no parent). The issuer "
          "is central; the portal's province is not the issuer's.")

L["b07_btgtw_hd21_2017_ngayle_htmlentities"] = dict(
    document=dict(number="21-HD/BTGTW", doc_type="HD", issued_on="2017-01-05",
                  issuer=central("Ban Tuyên giáo Trung ương"), locality=loc(),
                  title_contains="kỷ niệm các ngày lễ lớn trong năm 2017"),
    implements=[], implements_optional=[], citations=[],
    notes="A city youth union's portal whose body is raw HTML with entities ('Ng&agrave;y 5/1/2017, Ban Tuy&ecirc;n "
          "gi&aacute;o Trung ương đ&atilde; ban h&agrave;nh hướng dẫn Số 21- HD/BTGTW, ...', '&nbsp;', '<br />'); "
          "only the headline is clean text. Number written with a space after the hyphen. No parent by number.")

L["b08_backan_stp_cv473_2020_pbgdpl_deptportal"] = dict(
    document=dict(number="473/STP-PBGDPL", doc_type="CV", issued_on="2020-03-25",
                  issuer={"name_contains": "Sở Tư pháp", "level": "province"}, locality=loc(),
                  title_contains="hướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật"),
    implements=[imp("979/BTP-PBGDPL", "2020-03-19", "Bộ Tư pháp"), imp("1445/UBND-NCPC", "2020-03-23")],
    implements_optional=[],
    chain=[["1445/UBND-NCPC", "979/BTP-PBGDPL"]],
    citations=["979/BTP-PBGDPL", "1445/UBND-NCPC", "32-CT/TW"],
    notes="A provincial Department of Justice's portal ('image banner'): 'Ngày 25/3/2020, Sở Tư pháp ban hành Văn "
          "bản số 473/STP-PBGDPL về việc hướng dẫn ...', then the letter: 'Thực hiện Văn bản số 979/BTP-PBGDPL ... "
          "của Bộ Tư pháp ... và Văn bản số 1445/UBND-NCPC ngày 23/3/2020 của UBND tỉnh về việc thực hiện Văn bản "
          "số 979/BTP-PBGDPL ..., Sở Tư pháp hướng dẫn ...': two parents, and the province's letter carries out "
          "the ministry's (chain). 32-CT/TW is cited in item 1. The province is never named (only in the URL): "
          "null; a Sở is province level.")

L["b09_hdphtw_cv573_2024_nq27_kl80_kinhgui"] = dict(
    document=dict(number=None, issued_on=None,
                  issuer=central("Hội đồng phối hợp PBGDPL trung ương"), locality=loc()),
    implements=[imp("27-NQ/TW", "2022-11-09", "Ban Chấp hành trung ương"), imp("80-KL/TW", "2020-06-20", "Ban Bí thư")],
    implements_optional=["32-CT/TW", "1521/QĐ-TTg", "21/2021/QĐ-TTg", "25/2021/QĐ-TTg"],
    chain=[["80-KL/TW", "32-CT/TW"], ["1521/QĐ-TTg", "80-KL/TW"]],
    citations=["27-NQ/TW", "80-KL/TW", "32-CT/TW", "1521/QĐ-TTg", "21/2021/QĐ-TTg", "25/2021/QĐ-TTg"],
    recipients_include=["Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "Tòa án nhân dân tối cao", "Kiểm toán Nhà nước"],
    notes="Legal library copy that begins at the letter's address block ('Kính gửi:' / '|' / '- Các bộ, ...' / "
          "'|'): header, number and date are not in the stored text (null; the type is left ungraded: a letter by "
          "form, never named). The issuer is named in the body: 'Hội đồng phối hợp PBGDPL trung ương (sau đây gọi "
          "là Hội đồng) đề nghị ...'. 'Nhằm thực hiện ... các nhiệm vụ, giải pháp được nêu trong Nghị quyết số "
          "27-NQ/TW ...; Kết luận số 80-KL/TW ... về việc tiếp tục thực hiện Chỉ thị số 32-CT/TW ...; Luật ...; các "
          "Quyết định của Thủ tướng ... số: 1521/QĐ-TTg ... ban hành Kế hoạch thực hiện Kết luận số 80-KL/TW; "
          "21/2021/QĐ-TTg ...; 25/2021/QĐ-TTg ...': the resolution and the conclusion are required, the directive "
          "and the Prime Minister's decisions (the last two given by bare number after 'số:') tolerated.")

L["b10_ttg_qd281_ct25_videosnippet_nodate"] = dict(
    document=dict(number="281/QĐ-TTg", doc_type="QĐ", issued_on=None,
                  issuer={"name_contains": None, "level": "central"}, locality=loc(),
                  title_contains="Kế hoạch triển khai thực hiện Chỉ thị số 25-CT/"),
    implements=[imp("25-CT/TW", "2023-10-25", "Ban Bí thư")], implements_optional=[],
    citations=["25-CT/TW"],
    notes="A news video page: headline, then one sentence 'Quyết định số 281/QĐ-TTg ban hành Kế hoạch triển khai "
          "thực hiện Chỉ thị số 25-CT/TƯ ngày 25/10/2023 của Ban Bí thư về ...' and '(đọc thêm)'. No issue date "
          "(the year is only in the URL). The issuer is named only by the number's code (TTg): level central, name "
          "ungraded. The parent is written 'TƯ' (canonical TW).")

L["b11_ttg_qd1560_2025_ct39_metatable"] = dict(
    document=dict(number="1560/QĐ-TTg", doc_type="QĐ", issued_on="2025-07-18", issuer=central("Thủ tướng"),
                  locality=loc(), title_contains="tín dụng chính sách xã hội"),
    implements=[imp("39-CT/TW", "2024-10-30", "Ban Bí thư")], implements_optional=[],
    citations=["39-CT/TW", "90/TTr-NHNN"],
    notes="Legal library: a one-line summary, a metadata table in pipe rows (Số hiệu, Ngày ban hành, Cơ quan ban "
          "hành, ...), the header in pipe rows, no 'QUYẾT ĐỊNH' title line (the decision's trích yếu is only in the "
          "summary), Căn cứ the Secretariat's directive 39-CT/TW (the plan carries it out: 'Kế hoạch triển khai "
          "Chỉ thị 39-CT/TW'), the State Bank's submission (citation), then the annexed plan's title split "
          "('TRIỂN' / 'KHAI CHỈ THỊ SỐ 39-CT/TW ...').")

L["b12_bvhttdl_qd2850_nq102cp_nq33_news_nodate"] = dict(
    document=dict(number="2850/QĐ-BVHTTDL", doc_type="QĐ", issued_on=None,
                  issuer=central("Bộ Văn hóa, Thể thao và Du lịch"), locality=loc(),
                  title_contains="Kế hoạch hành động của Ngành Văn hóa, Thể thao"),
    implements=[imp("102/NQ-CP", "2014-12-31", "Chính phủ"), imp("33-NQ/TW", "2014-06-09")],
    implements_optional=[], chain=[["102/NQ-CP", "33-NQ/TW"]],
    citations=["102/NQ-CP", "33-NQ/TW", "33/NQ-TW"],
    notes="A ministry department's site: headline 'Ban hành Kế hoạch hành động của Ngành Văn hóa, Thể thao và Du "
          "lịch thực hiện NQ 33-NQ/TW', then 'Bộ ... vừa có Quyết định số 2850/QĐ- BVHTTDL' (a space after the "
          "hyphen; no date anywhere: null) 'về việc ban hành Kế hoạch hành động ... triển khai thực hiện Chương "
          "trình hành động của Chính phủ ban hành theo Nghị quyết số 102/NQ- CP ngày 31/12/2014 thực hiện Nghị "
          "quyết số 33- NQ/ TW ngày 09/6/2014 ...' (spaces inside both parents' numbers). The headline makes the "
          "party resolution a parent too; the Government's programme carries it out (chain). 'NQ 33/NQ – TW' at "
          "the end is the same resolution miswritten, cited in that shape as earlier sets keep '36/NQ-TW' and "
          "'22/CT-TW' (a citation only; added after the first run: the first label missed it).")

L["b13_ttg_qd2215_2020_kl76_tvpl"] = dict(
    document=dict(number="2215/QĐ-TTg", doc_type="QĐ", issued_on="2020-12-24", issuer=central("Thủ tướng"),
                  locality=loc(), title_contains="TRIỂN KHAI THỰC HIỆN KẾT LUẬN SỐ 76-KL/TW"),
    implements=[imp("76-KL/TW", "2020-06-04", "Bộ Chính trị")], implements_optional=["33-NQ/TW", "102/NQ-CP"],
    chain=[["76-KL/TW", "33-NQ/TW"], ["102/NQ-CP", "33-NQ/TW"]],
    citations=["76-KL/TW", "33-NQ/TW", "102/NQ-CP"],
    notes="Legal library, pipe-flattened header, the place-date split ('Hà Nội, ngày 24' / 'tháng 12 năm 2020'), a "
          "five-line capitalised title 'BAN' / 'HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN KẾT LUẬN SỐ 76-KL/TW ...'. Căn "
          "cứ: the law, resolution 33-NQ/TW, conclusion 76-KL/TW 'về việc tiếp tục thực hiện Nghị quyết số "
          "33-NQ/TW' and the Government's programme 102/NQ-CP carrying out 33-NQ/TW (two chain edges). The "
          "conclusion is the parent; the resolution and the programme are tolerated.")

L["b14_bqp_hd7210_2015_ct01ttg_metatable"] = dict(
    document=dict(number="7210/HD-BQP", doc_type="HD", issued_on="2015-08-13", issuer=central("Bộ Quốc phòng"),
                  locality=loc(), title_contains="THỰC HIỆN CHỈ THỊ SỐ 01/CT-TTG"),
    implements=[imp("01/CT-TTg", "2015-01-09", "Thủ tướng")], implements_optional=[],
    citations=["01/CT-TTg"],
    notes="Legal site: a summary line, a metadata block ('Số hiệu: 7210/HD-BQP Loại văn bản: Hướng dẫn', 'Nơi ban "
          "hành: Bộ Quốc phòng ...', 'Ngày ban hành: 13/08/2015'), then the guide with its header and a "
          "capitalised title carrying the parent as 'CT-TTG'; 'Để triển khai thực hiện Chỉ thị số 01/CT-TTg ...'.")

L["b15_thanhhoa_ctubnd_qd774_2024_chienluocduoc_tvpl"] = dict(
    document=dict(number="774/QĐ-UBND", doc_type="QĐ", issued_on="2024-02-22",
                  issuer={"name_contains": "Ủy ban nhân dân tỉnh Thanh Hóa", "level": "province"},
                  locality=loc("Thanh Hóa"), title_contains="PHÊ DUYỆT KẾ HOẠCH TRIỂN KHAI CHIẾN LƯỢC QUỐC GIA"),
    implements=[imp("1165/QĐ-TTg", "2023-10-09", "Thủ tướng")], implements_optional=[],
    citations=["1165/QĐ-TTg", "496/TTr-SYT"],
    recipients_include=["Bộ Y tế", "TT Tỉnh ủy, TT HĐND", "CVP, các PCVP UBND tỉnh"],
    notes="Legal library bulletin, header cells on separate lines with pipes, 'Thanh Hóa, ngày' / '22 tháng 02 năm "
          "2024'. The chairman's decision approving the province's plan to carry out the national pharmaceutical "
          "strategy: Căn cứ the Prime Minister's 1165/QĐ-TTg approving that strategy (the parent, as blind16 "
          "reads such items) and the Department of Health's submission 496/TTr-SYT (citation).")

L["b16_angiang_ctubnd_ct11_2023_qd2457bgd_relatedlist"] = dict(
    document=dict(number="11/CT-UBND", doc_type="CT", issued_on="2023-09-11",
                  issuer={"name_contains": "Ủy ban nhân dân", "level": "province"}, locality=loc("An Giang"),
                  title_contains="THỰC HIỆN NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2023-2024"),
    implements=[imp("2457/QĐ-BGDĐT", "2023-08-23", "Bộ Giáo dục và Đào tạo")], implements_optional=[],
    citations=["01-KL/TW", "05-CT/TW", "206/KH-UBND", "1677/QĐ-TTg", "08/CT-TTg", "270/KH-UBND", "2457/QĐ-BGDĐT"],
    notes="Legal library: a list of five related documents first ('- 1 Kết luận 01-KL/TW năm 2021 về tiếp tục thực "
          "hiện Chỉ thị 05-CT/TW ...', '- 2 Kế hoạch 206/KH-UBND năm 2022 thực hiện Đề án ... theo Quyết định "
          "1677/QĐ-TTg ...'), then the header in one pipe row with no 'CHỈ THỊ' line. The directive carries out "
          "the ministry's 2457/QĐ-BGDĐT ('Thực hiện Quyết định số 2457/QĐ-BGDĐT ngày 23/8/2023 ...'); the related "
          "list's 'thực hiện' phrases are other documents' titles, not parents of this one.")

L["b17_btgtw_hd151_2020_ct35_listsnippet"] = dict(
    document=dict(number="151-HD/BTGTW", doc_type="HD", issued_on="2020-09-10",
                  issuer=central("Ban Tuyên giáo Trung ương"), locality=loc(),
                  title_contains="công bố, thảo luận, lấy ý kiến nhân dân vào dự thảo các văn kiện"),
    implements=[imp("35-CT/TW", None, "Bộ Chính trị")], implements_optional=["159-TB/TW", "159-TB"],
    notes="One teaser from a provincial newspaper's list page: 'Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị ...; "
          "Thông báo Kết luận số 159-TB của Bộ Chính trị ..., ngày 10/9/2020 Ban Tuyên giáo Trung ương có Hướng dẫn "
          "số 151-HD/BTGTW về việc công bố, thảo luận, lấy ý kiến ...'. Two parents; the second's number lost its "
          "issuer part ('159-TB'), so it is tolerated in either form and citations are not graded.")

L["b18_yenbai_ubnd_kh108_2017_qd705_thuviennhadat"] = dict(
    document=dict(number="108/KH-UBND", doc_type="KH", issued_on="2017-06-15",
                  issuer={"name_contains": "Ủy ban nhân dân tỉnh Yên Bái", "level": "province"},
                  locality=loc("Yên Bái"), title_contains="THỰC HIỆN CHƯƠNG TRÌNH PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT"),
    implements=[imp("705/QĐ-TTg", "2017-05-25", "Thủ tướng")], implements_optional=[],
    citations=["705/QĐ-TTg"],
    notes="Legal library, pipe-flattened header. 'Thực hiện Luật Phổ biến, giáo dục pháp luật năm 2012 và Quyết "
          "định số 705/QĐ-TTg ngày 25/5/2017 của Thủ tướng Chính phủ ban hành Chương trình ..., Ủy ban nhân dân "
          "tỉnh ban hành Kế hoạch ...': the law has no number; the Prime Minister's programme is the parent.")

L["b19_cp_nq03_2025_nq57_tvpl"] = dict(
    document=dict(number="03/NQ-CP", doc_type="NQ", issued_on="2025-01-09", issuer=central("Chính phủ"),
                  locality=loc(), title_contains="THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW"),
    implements=[imp("57-NQ/TW", "2024-12-22", "Bộ Chính trị")], implements_optional=[],
    citations=["57-NQ/TW", "04/TTr-BKHCN-BTTTT", "83/BKHCN-BTTTT-VP"],
    notes="Legal library, pipe-flattened header, 'Hà Nội, ngày 09' / 'tháng 01 năm 2025', a title split over four "
          "lines. Căn cứ the laws and the Politburo's 57-NQ/TW (the parent, also in the title); the ministers' "
          "joint submission and letter are citations.")

L["b20_bcdtw_kh01_2025_nq57_pipes"] = dict(
    document=dict(number="01-KH/BCĐTW", doc_type="KH", issued_on="2025-06-02",
                  issuer=central("Ban Chỉ đạo Trung ương"), locality=loc(),
                  title_contains="Hành động chiến lược triển khai Nghị quyết số 57-NQ/TW"),
    implements=[imp("57-NQ/TW", "2024-12-22", "Bộ Chính trị")],
    implements_optional=["229-QĐ/TW", "230-QĐ/TW", "01-QC/BCĐTW", "259-QĐ/TW"],
    citations=["57-NQ/TW", "229-QĐ/TW", "230-QĐ/TW", "01-QC/BCĐTW", "259-QĐ/TW"],
    notes="A help-desk page holding the plan: 'cBAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |' (a stray 'c' "
          "glued to the header), 'Số 01-KH/BCĐTW | Hà Nội, ngày 02 tháng 6 năm 2025 |' (no colon after 'Số'). The "
          "issuer is the steering committee named in the body ('Ban Chỉ đạo Trung ương về phát triển khoa học, "
          "công nghệ, ... ban hành Kế hoạch ...'), under the Central Committee's header. Parent 57-NQ/TW; the "
          "Politburo's decisions founding the committee and its working rules (Căn cứ items) are tolerated.")

L["b21_quangtri_ubnd_kh_dean977_2022_stpportal_nonumber"] = dict(
    document=dict(number=None, doc_type="KH", issued_on=None,
                  issuer={"name_contains": "Ủy ban nhân dân tỉnh Quảng Trị", "level": "province"},
                  locality=loc("Quảng Trị"), title_contains="TĂNG CƯỜNG NĂNG LỰC TIẾP CẬN PHÁP LUẬT CỦA NGƯỜI DÂN"),
    implements=[imp("977/QĐ-TTg", "2022-08-11", "Thủ tướng")], implements_optional=[],
    citations=["977/QĐ-TTg"],
    notes="Department of Justice portal: 'Chi tiết - Sở Tư pháp', a long menu, the plan's capitalised title, "
          "'Ngày đăng: 01-11-2022' (posting date, not the issue date) and '456 lượt xem', then the body: 'Thực hiện "
          "Quyết định số 977/QĐ-TTg ... Ủy ban nhân dân tỉnh Quảng Trị ban hành Kế hoạch ...'. The plan's number "
          "and date are not given. The issuer is the province's People's Committee, not the department whose "
          "portal carries it.")

L["b22_bhxhvn_kh2596_2019_qd856_tvpl"] = dict(
    document=dict(number="2596/KH-BHXH", doc_type="KH", issued_on="2019-07-19",
                  issuer=central("Bảo hiểm xã hội"), locality=loc(),
                  title_contains="QUYẾT ĐỊNH SỐ 856/QĐ-TTg"),
    implements=[imp("856/QĐ-TTg", "2019-07-10", "Thủ tướng")], implements_optional=[],
    citations=["856/QĐ-TTg"],
    notes="Legal library, pipe-flattened header of Vietnam Social Security (a central agency), 'Hà Nội, ngày 19' / "
          "'tháng 7 năm 2019', title 'THỰC' / 'HIỆN QUYẾT ĐỊNH SỐ 856/QĐ-TTg ...'; 'Căn cứ quan điểm chỉ đạo, ... "
          "tại Quyết định số 856/QĐ-TTg ... Bảo hiểm xã hội (BHXH) Việt Nam ban hành kế hoạch thực hiện như sau'.")

L["b23_bhxhvn_qd946_2017_thtk_qd398_cutheader"] = dict(
    document=dict(number="946/QĐ-BHXH", doc_type="QĐ", issued_on="2017-06-19",
                  issuer=central("Bảo hiểm xã hội Việt Nam"), locality=loc(),
                  title_contains="CHƯƠNG TRÌNH THỰC HÀNH TIẾT KIỆM, CHỐNG LÃNG PHÍ NĂM 2017"),
    implements=[imp("398/QĐ-TTg", "2017-03-31", "Thủ tướng")], implements_optional=["01/2016/NĐ-CP"],
    citations=["01/2016/NĐ-CP", "398/QĐ-TTg"],
    notes="Damaged legal-library copy: header in one pipe row, no 'QUYẾT ĐỊNH' line, the first Căn cứ cut to 'hóa "
          "13;', Điều 1 missing, the signature block and 'Nơi nhận' items without their heading, then the annexed "
          "programme (its own items start at 1.2 and 2.2). The programme carries out the Government's overall "
          "programme of 398/QĐ-TTg (Căn cứ); the decree on the agency is legal basis (tolerated).")

L["b24_ubdt_qd98_2021_taohon_qd498_tvpl"] = dict(
    document=dict(number="98/QĐ-UBDT", doc_type="QĐ", issued_on="2021-02-18", issuer=central("Ủy ban Dân tộc"),
                  locality=loc(), title_contains="KẾ HOẠCH THỰC HIỆN ĐỀ ÁN GIẢM THIỂU TÌNH TRẠNG TẢO HÔN"),
    implements=[imp("498/QĐ-TTg", "2015-04-14", "Thủ tướng")],
    implements_optional=["12/NQ-CP", "88/2019/QH14", "120/2020/QH14", "13/2017/NĐ-CP"],
    chain=[["12/NQ-CP", "88/2019/QH14"]],
    citations=["13/2017/NĐ-CP", "498/QĐ-TTg", "12/NQ-CP", "88/2019/QH14", "120/2020/QH14"],
    notes="Legal library, pipe-flattened header. A minister's decision issuing the plan for phase II of the Prime "
          "Minister's project approved by 498/QĐ-TTg (Căn cứ; the parent). The Government's 12/NQ-CP 'triển khai "
          "thực hiện Nghị quyết số 88/2019/QH14' (chain) and the Assembly's 120/2020/QH14 are broader basis "
          "(tolerated), the decree on the committee is legal basis.")

# document.signer, added after the first labelling by reading each text's end and lead (see README).
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[3]))
from tests.labelkit import add_signers  # noqa: E402

add_signers(L, {
    "b01_cp_nq134_2020_kl70_sonvportal": (
        None,
        "no signature block in the text and no line naming who signed it: null.",
    ),
    "b02_cp_nq41_2026_dhxiv_news_nodate": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b03_bcdtw_cv43_2025_kl121_news_noyear": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b04_ubdt_qd378_2021_ctrhd_nq50cp_thuviennhadat": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null. "
        "'BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC' is the enacting line above the Căn cứ, not a signature.",
    ),
    "b05_btgdvtw_hd03_2026_ct01_baocaovien": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b06_btgtw_hd168_2024_dhxiv_provportal": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b07_btgtw_hd21_2017_ngayle_htmlentities": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b08_backan_stp_cv473_2020_pbgdpl_deptportal": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b09_hdphtw_cv573_2024_nq27_kl80_kinhgui": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b10_ttg_qd281_ct25_videosnippet_nodate": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b11_ttg_qd1560_2025_ct39_metatable": (
        {"name": "Phạm Minh Chính", "title_contains": "Thủ tướng"},
        "the metadata's 'Người ký | Phạm Minh Chính |' and the signature cell 'THỦ TƯỚNG |' (the name "
        "line is lost before the annex).",
    ),
    "b12_bvhttdl_qd2850_nq102cp_nq33_news_nodate": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b13_ttg_qd2215_2020_kl76_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null. "
        "'THỦ TƯỚNG CHÍNH PHỦ' is the enacting line, not a signature.",
    ),
    "b14_bqp_hd7210_2015_ct01ttg_metatable": (
        {"name": "Đỗ Bá Tỵ"},
        "the legal library's 'Người ký' field names Đỗ Bá Tỵ (no office written with it); the excerpt "
        "stops before the signature block.",
    ),
    "b15_thanhhoa_ctubnd_qd774_2024_chienluocduoc_tvpl": (
        {"name": None, "title_contains": "Phó Chủ tịch"},
        "the block 'KT. CHỦ TỊCH' / 'PHÓ CHỦ TỊCH' ends the text with the name cut to its first letter "
        "'Đ': the office only, no name.",
    ),
    "b16_angiang_ctubnd_ct11_2023_qd2457bgd_relatedlist": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b17_btgtw_hd151_2020_ct35_listsnippet": (
        None,
        "a news item that never says who signed the document: null.",
    ),
    "b18_yenbai_ubnd_kh108_2017_qd705_thuviennhadat": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b19_cp_nq03_2025_nq57_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b20_bcdtw_kh01_2025_nq57_pipes": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b21_quangtri_ubnd_kh_dean977_2022_stpportal_nonumber": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b22_bhxhvn_kh2596_2019_qd856_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b23_bhxhvn_qd946_2017_thtk_qd398_cutheader": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
    "b24_ubdt_qd98_2021_taohon_qd498_tvpl": (
        None,
        "the excerpt stops in the body, before any signature block, and nothing names who signed: null.",
    ),
})


for name, lab in L.items():
    out = {"source": f"{name}.txt", "url": urls[name], **lab}
    (root / f"{name}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(name)
assert set(L) == set(urls), set(urls) ^ set(L)
