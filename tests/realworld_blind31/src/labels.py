"""Labels of blind set 31, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import imp, loc, write_labels  # noqa: E402

L = {}
L["b01_tw_hnd_cv1126_2019_tuyenduonghtx_portal"] = dict(
    document=dict(
        number="1126-CV/HNDTW",
        doc_type="CV",
        issued_on="2019-11-12",
        issuer={"name_contains": "Hội Nông dân Việt Nam", "level": "central"},
        locality=loc(None),
        title_contains="tuyên dương các điển hình tiên tiến",
    ),
    implements=[imp("4228/QĐ-BNN-KTHT", "2019-11-05", "Bộ Nông nghiệp")],
    implements_optional=[],
    citations=["4228/QĐ-BNN-KTHT"],
    task_labels=[],
    notes=(
        "The Farmers' Union's own portal: a date bar 'Thứ tư, 29/09/2021 (GMT+7)', a menu word 'Giá nông sản', the page "
        "title 'Công văn: V/v tổ chức tuyên dương ...' and a posting time '16:05 - 14/11/2019' (postings, not the date), "
        "then the letter's header in two columns run together on each line: 'HỘI NÔNG DÂN VIỆT NAM      CỘNG HÒA XÃ HỘI "
        "CHỦ NGHĨA VIỆT NAM' / 'BAN CHẤP HÀNH TRUNG ƯƠNG             Độc lập- Tự do- Hạnh phúc' / '*   ...   Hà Nội, ngày 12 "
        "tháng 11 năm 2019' / 'Số 1126- CV/HNDTW' (no colon, a space after the hyphen: canonical 1126-CV/HNDTW). The "
        "issuer is the central committee of the Vietnam Farmers' Union ('Ban Thường vụ Trung ương Hội đề nghị'): central; "
        "every correct name holds 'Hội Nông dân Việt Nam'. The V/v line wraps over five lines with a blank one inside; the "
        "label holds its first words. 'Căn cứ Quyết định số 4228/QĐ-BNN-KTHT, ngày 05/11/2019 của Bộ Nông nghiệp và Phát "
        "triển nông thôn về việc phê duyệt kế hoạch phối hợp tổ chức tuyên dương ...' is the plan this letter carries out "
        "(required, as blind29's b05 'Căn cứ' of the upper body's plan). The single request is prose and the excerpt stops "
        "at '- Đối tượ': no task. Recipients 'Ban Thường vụ Hội Nông dân các tỉnh, thành phố' are not graded."
    ),
)
L["b02_tw_tld_hd1271_2017_banttnd_spunpage"] = dict(
    document=dict(
        number="1271/HD-TLĐ",
        doc_type="HD",
        issued_on="2017-08-07",
        issuer={"name_contains": "Tổng Liên đoàn Lao động", "level": "central"},
        locality=loc(None),
        title_contains="VỚI VIỆC TỔ CHỨC VÀ HOẠT ĐỘNG CỦA BAN thanh tra NHÂN DÂN",
    ),
    implements=[],
    implements_optional=["159/2016/NĐ-CP"],
    citations=["159/2016/NĐ-CP"],
    notes=(
        "A content farm's copy of the Vietnam General Confederation of Labour's guidance under a false page title ('Luật "
        "công đoàn mới nhất năm 2017'), with a table-of-contents widget ('MỤC LỤC VĂN BẢN', '*', 'In mục lục') and the body "
        "run through a word spinner ('Cơ quan công ty nước', 'ngơi nghỉ cấphuyện', 'solo vị', 'phép tắc Thanh tra', "
        "'Con số thành viên'); a stray 'Bạn đang xem: ...' line inside. Header: 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM -------' / "
        "'Số: 1271/HD-TLĐ' / 'Hà Nội, ngày thứ 7 tháng 08 năm 2017' (the spinner wrote the day '07' as 'thứ 7'; read as the "
        "seventh: 2017-08-07, a judgement). Issuer the Confederation (central). Title 'CÔNGĐOÀN VỚI VIỆC TỔ CHỨC ...' (glued "
        "'CÔNGĐOÀN', 'TẠINGHỊ', a lower-case 'thanh tra' inside capitals): the label holds the part after the glued word. "
        "Decree 159/2016/NĐ-CP is what the guidance applies to unions ('THEO QUY ĐỊNH TẠI'): tolerated as a parent, not "
        "required; 'Luật Thanh tra năm 2010' has no number. Tasks not graded: sections 'I. TỔ CHỨC BAN thanh tra NHÂNDÂN' / "
        "'1. Phạm vi ...' / '2. Con số thành viên ...' describe the rules, and the excerpt stops inside item 2."
    ),
)
L["b03_hanoi_myhung_chibomn_nq_daihoi_2022_schoolsite"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issued_on="2022-06-06",
        issuer={"name_contains": "Chi bộ trường Mầm non", "level": "commune"},
        locality=loc(None, None, "Mỹ Hưng"),
        title_contains="Đại hội Chi bộ trường Mầm non",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    notes=(
        "Kindergarten site (the same school's Party cell as blind19 b07, another document: that set's plan 10-KH/CBMN of "
        "April 2022, this the congress's resolution of June). Page title and posting time 'Thứ sáu - 10/06/2022 22:05', "
        "then the header on its own lines: 'ĐẢNG BỘ XÃ MỸ HƯNG' / 'CHI BỘ TRƯỜNG MẦM NON' / 'ĐẢNG CỘNG SẢN VIỆT NAM' / "
        "'Mỹ Hưng, ngày 06 tháng 6 năm 2022' - no 'Số' line at all: number null. 'NGHỊ QUYẾT' / 'Đại hội Chi bộ trường Mầm "
        "non' / 'Nhiệm kỳ 2022 - 2025'. The issuer is the school's Party cell under the commune's Party committee: commune "
        "level, commune Mỹ Hưng; district and province are not written (as blind19 b07). No document is cited. Tasks not "
        "graded: '1. Đánh giá kết quả ...' and '2. Đại hội biểu quyết phương hướng mục tiêu, nhiệm vụ ...' are the "
        "congress's decisions, and what follows are targets ('Phấn đấu huy động 60% ...'), a goal list the gold holds none "
        "in; the excerpt stops inside it."
    ),
)
L["b04_tw_tld_ctr02_2021_nq02_cdtttt"] = dict(
    document=dict(
        number="02/CTr-BCH",
        doc_type="CTr",
        issued_on="2021-07-20",
        issuer={"name_contains": "Tổng Liên đoàn Lao động", "level": "central"},
        locality=loc(None),
        title_contains="thực hiện Nghị quyết Đại hội lần thứ XIII của Đảng",
        signer={"name": "Nguyễn Đình Khang", "title_contains": "Chủ tịch"},
    ),
    implements=[imp("02-NQ/TW", "2021-06-12", "Bộ Chính trị")],
    implements_optional=[],
    citations=["02-NQ/TW"],
    task_labels=[],
    notes=(
        "A sector trade union's news page: headline (the programme's name), a posting line '05:03 - Thứ Tư, 06/10/2021 "
        "Lượt xem: 5907 In bài viết' (not the date), then a lead: 'Để thực hiện thắng lợi Nghị quyết Đại hội ... XIII của "
        "Đảng và Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị ..., thay mặt Ban Chấp hành Tổng Liên đoàn Lao động "
        "Việt Nam, đồng chí Nguyễn Đình Khang - Ủy viên Trung ương Đảng, Chủ tịch Tổng Liên đoàn Lao động Việt Nam ký ban "
        "hành Chương trình hành động của các cấp công đoàn (Chương trình số 02/CTr-BCH ngày 20/7/2021).' The document is "
        "that programme (number, date and issuer from the lead's parenthesis; its own number is not a citation). Issuer the "
        "Confederation's executive committee: central. Signer the lead's 'thay mặt ... ký' (name and 'Chủ tịch'). Parent "
        "the Politburo's 02-NQ/TW; the XIII Congress's resolution has no number. Title: the headline's words after the "
        "type word. The excerpt stops at 'Sau đây là toàn văn ... của Tổng Liên đo': no task."
    ),
)
L["b05_tw_lmhtx_cthd812_2022_nq20_khuyencong"] = dict(
    document=dict(
        number="812/CTHĐ-LMHTXVN",
        doc_type="CTr",
        issued_on="2022-11-02",
        issuer={"name_contains": "Liên minh Hợp tác xã Việt Nam", "level": "central"},
        locality=loc(None),
        title_contains="thực hiện Nghị quyết số 20-NQ/TW",
    ),
    implements=[imp("20-NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương")],
    implements_optional=[],
    citations=["20-NQ/TW"],
    task_labels=[],
    notes=(
        "Industry-promotion portal item with no header: 'Ngày 2/11/2022 Liên minh Hợp tác xã Việt Nam đã ban hành Chương "
        "trình hành động số 812/CTHĐ-LMHTXVN thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của  Ban Chấp hành Trung ương "
        "Đảng khóa XIII về ...' (two spaces before 'Ban'). The document is that programme; its number is typed with the "
        "code 'CTHĐ' (chương trình hành động), which DOMAIN §2 files under CTr: doc_type CTr (a judgement). Issuer the "
        "Vietnam Cooperative Alliance (central). Parent 20-NQ/TW of the Central Committee. The six tasks '(1) ... (6)' are "
        "the item's one-paragraph summary, not the programme's outline: no task (as blind29's paraphrased b08). The "
        "excerpt stops at 'Tổ chức thực hiện Chương '."
    ),
)
L["b06_tw_lmhtx_cv_2023_tuyentruyen30nam_kiengiang"] = dict(
    document=dict(
        number=None,
        doc_type="CV",
        issued_on="2023-10-06",
        issuer={"name_contains": "Liên minh Hợp tác xã", "level": "central"},
        locality=loc(None),
        title_contains="đề cương tuyên truyền kỷ niệm 30 năm",
    ),
    implements=[],
    implements_optional=["662/KH-LMHTXVN"],
    citations=["662/KH-LMHTXVN"],
    notes=(
        "A provincial cooperative alliance's portal (Kiên Giang, named only by the address) relaying the central alliance's "
        "letter: posting stamp '(07:09 | 16/10/2023)' (not the date), 'Ngày 06 tháng 10 năm 2023 Liên minh Hợp tác xã (HTX) "
        "Việt Nam ban hành công văn về việc đề cương tuyên truyền kỷ niệm 30 năm ...' - no number: number null; type CV; "
        "issuer the Vietnam Cooperative Alliance (central; 'Liên minh Hợp tác xã (HTX) Việt Nam', so the label holds the "
        "part before the abbreviation); the province's alliance is a recipient, not a locality. Its two requests ask the "
        "provinces to 'Cụ thể hóa các nội dung trong Kế hoạch số 662/KH-LMHTXVN ngày 24/8/2023 của Liên minh ...' - the "
        "alliance's own plan the letter serves: tolerated as a parent, not required. Tasks not graded: '1. Tuyên truyền "
        "...' / '2. Cụ thể hóa ...' are the letter's requests, relayed through 'Theo Công văn ... Đề nghị ... cụ thể như "
        "sau:' by a third party (quoted or paraphrased cannot be told)."
    ),
)
L["b07_thainguyen_duqs_nq_quyiv2020_tvnews"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issuer={"name_contains": "Đảng ủy Quân sự tỉnh", "level": "province"},
        locality=loc("Thái Nguyên"),
        title_contains="nhiệm vụ quý IV/2020",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Provincial TV item, headline written twice with a broadcast note '(PS CTTS NGAY 26/9)' and a caption 'Toàn cảnh "
        "hội nghị': 'Đảng ủy quân sự tỉnh Thái Nguyên ra nghị quyết thực hiện nhiệm vụ quý IV/2020'. The document is that "
        "resolution: unnumbered; the broadcast day has no year and is not the resolution's date: issued_on not graded. "
        "Issuer the province's military Party committee (lower-case 'quân sự' in the headline; case is folded): province "
        "level, Thái Nguyên. 'Chỉ thị, Nghị quyết, kế hoạch của TW' name no document; the provincial secretary is the one "
        "who directs, not a signer. The directions are reported speech: no task."
    ),
)
L["b08_vinhphuc_lapthach_duqs_nq_2018_tvnews"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issuer={"name_contains": "Đảng ủy Quân sự huyện Lập Thạch", "level": "district"},
        locality=loc("Vĩnh Phúc", "Lập Thạch"),
        title_contains="nhiệm vụ quân sự - quốc phòng",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "Provincial TV item: headline 'Lập Thạch ra Nghị quyết thực hiện nhiệm vụ quân sự - quốc phòng năm 2018 "
        "(12/01/2018 09:08)' (a posting time glued to the headline, not the date: issued_on not graded), then 'Đảng ủy Quân "
        "sự huyện Lập Thạch vừa tổ chức hội nghị ra Nghị quyết lãnh đạo thực hiện nhiệm vụ quân sự - quốc phòng và công "
        "tác xây dựng Đảng bộ Quân sự huyện năm 2018.' Unnumbered NQ of the district's military Party committee: district "
        "level (as blind15 b15); Lập Thạch is a district only Vĩnh Phúc has: province inferred as the seed gold does. "
        "'Nghị quyết Trung ương 4 khóa XII', 'Chỉ thị 05 của Bộ Chính trị' carry no full number: no citation. 'ban hành "
        "“Kế hoạch xây dựng khu vực phòng thủ”' is last year's work. No task."
    ),
)
L["b09_hanam_thanhliem_duqs_nq_2024_portal"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issuer={"name_contains": "Đảng ủy quân sự huyện", "level": "district"},
        locality=loc("Hà Nam", "Thanh Liêm"),
        title_contains="nhiệm vụ năm 2024",
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "District portal (SharePoint chrome 'Skip Ribbon Commands', image names '164.jpg'): headline twice 'Thanh Liêm: "
        "Đảng ủy quân sự huyện vừa tổ chức hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2024'. The document is "
        "that resolution (unnumbered, undated: issued_on not graded). Issuer the district's military Party committee, its "
        "district named by the headline's 'Thanh Liêm:' (every correct name holds 'Đảng ủy quân sự huyện'); district level; "
        "Thanh Liêm is a district only Hà Nam has: province inferred. The guests (a provincial colonel, the district "
        "chairman) are not signers. The 'nhiệm vụ chủ yếu' are reported from a draft: no task."
    ),
)
L["b10_tw_bbt_kl49_2019_khuyenhoc_tuyengiao"] = dict(
    document=dict(
        number="49-KL/TW",
        doc_type="KL",
        issued_on="2019-05-10",
        issuer={"name_contains": "Ban Bí thư", "level": "central"},
        locality=loc(None),
        title_contains="Tiếp tục thực hiện Chỉ thị số 11-CT/TW",
    ),
    implements=[],
    implements_optional=["11-CT/TW"],
    citations=["11-CT/TW"],
    task_labels=[],
    notes=(
        "Propaganda board's portal item: headline (the conclusion's title), a photo caption, two paragraphs of context, then "
        "'Ngày 10/5/2019, Ban Bí thư Trung ương Đảng đã ban hành Kết luận số 49-KL/TW về việc \"Tiếp tục thực hiện Chỉ thị số "
        "11-CT/TW của Bộ Chính trị khóa X về ... khuyến học, khuyến tài, xây dựng xã hội học tập\"' and a download link text "
        "'Ket luan 49 cua BBT ngay 10-5-2019 ve tiep tuc ' (unaccented file name). Issuer the Party Secretariat (central). "
        "11-CT/TW is what the conclusion continues ('tiếp tục thực hiện', DOMAIN §3): tolerated, not required. No task "
        "(the requests are paraphrased)."
    ),
)

if __name__ == "__main__":
    write_labels(root, L)
