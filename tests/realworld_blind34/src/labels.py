"""Labels of blind set 34, written by reading each text (the parser was not run on them before the commit)."""
# ruff: noqa: E501  (notes quote the texts; their lines read better unwrapped)

import pathlib
import sys

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root.parent.parent))
from tests.labelkit import loc, write_labels  # noqa: E402

L = {}
L["b01_hue_btvtu_cv_tamdungdaihoi_2020_dcs"] = dict(
    document=dict(
        number=None,
        doc_type="CV",
        issued_on=None,
        issuer={"name_contains": "Tỉnh ủy", "level": "province"},
        locality=loc("Thừa Thiên Huế"),
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "The Party's central portal, an excerpt from the middle of a news item: 'Công văn nêu rõ, để thực hiện nghiêm túc "
        "chủ trương của Chính phủ; Thủ tướng Chính phủ về việc tạm dừng mọi hoạt động hội họp ..., BTV Tỉnh ủy yêu cầu BTV "
        "Thành ủy Huế; các huyện ủy; thị ủy; các đảng ủy trực thuộc Tỉnh ủy  tạm dừng tổ chức Đại hội Đảng các cấp từ 0 giờ "
        "ngày 28/3 ...', then 'BTV Tỉnh ủy giao Văn phòng Tỉnh ủy ... đôn đốc, kiểm tra việc thực hiện Công văn này./.' and "
        "the byline 'Đắc Phương'. The document is that letter (công văn: CV) of the provincial standing committee ('BTV "
        "Tỉnh ủy', abbreviated; every correct name holds 'Tỉnh ủy'): province level. The province is never written; "
        "the letter's own subordinate 'Thành ủy Huế' is the city of Huế, which the gazetteer places in Thừa Thiên Huế, "
        "so the province is taken from it as seed 000 takes Hải Phòng from its district (a judgement). No number; "
        "'từ 0 giờ ngày 28/3' is when the pause starts, not the letter's date, and has no year: issued_on null. The "
        "excerpt holds no trích yếu (the headline is cut off): title ungraded. The Government's and Prime Minister's "
        "'chủ trương' has no number: no parent, no citation. The requests are prose, not an outline: no task. No "
        "'Nơi nhận' block. Signer: a reporter's byline only: null."
    ),
)
L["b02_binhphuoc_btgtu_decuong_25namtailap_2021_portal"] = dict(
    document=dict(
        number=None,
        issued_on=None,
        issuer={"name_contains": "Ban Tuyên giáo Tỉnh ủy", "level": "province"},
        locality=loc("Bình Phước"),
        title_contains="kỷ niệm 25 năm Ngày tái lập tỉnh",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A provincial department's page on the province portal: a stray 'sct', the page title 'kỷ niệm 25 năm Ngày tái lập "
        "tỉnhBình Phước (01/01/1997 -01/01/2022)' (glued 'tỉnhBình'), the posting time 'Thứ sáu - 19/11/2021 10:15' (not "
        "the document's date), a lead 'Để đẩy mạnh công tác tuyên truyền ..., Ban Tuyên giáo Tỉnh ủy biên soạn tài liệu: "
        "“Đề cương tuyên truyền kỷ niệm 25 năm Ngày tái lập tỉnhBình Phước ...”', then the outline itself under 'ĐỀ CƯƠNG "
        "TUYÊN TRUYỀN' / 'KỶ NIỆM 25 NĂM NGÀY TÁI LẬP TỈNH BÌNH PHƯỚC' / '(01/01/1997 - 01/01/2022)' / 'Phần thứ nhất' / "
        "'TỈNH BÌNH PHƯỚC ĐƯỢC TÁI LẬP'. An outline (đề cương) has no type code in DOMAIN.md: doc_type ungraded (as "
        "blind5 b22, blind7 b03). Issuer the provincial Party committee's propaganda board, named by the lead; its "
        "province is the one the outline is about, Bình Phước (written in the lead and the heading): province level. "
        "No number, no date. Title: the words both the lead and the heading hold. The outline is history ('Phần thứ "
        "nhất' tells the province's past): no task, no cited document. Signer: cut before any signature: null."
    ),
)
L["b03_laocai_btgtu_kh18_2021_30namtailap_stttt"] = dict(
    document=dict(
        number="18-KH/BTGTU",
        doc_type="KH",
        issued_on="2021-04-06",
        issuer={"name_contains": "Ban Tuyên giáo Tỉnh ủy", "level": "province"},
        locality=loc("Lào Cai"),
        title_contains="tuyên truyền kỷ niệm 30 năm tái lập tỉnh Lào Cai",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    notes=(
        "The provincial information department's page: headline 'Kế hoạch tuyên truyền kỷ niệm 30 năm tái lập tỉnh Lào "
        "Cai', then 'Ngày 06/4/2021, Ban Tuyên giáo Tỉnh ủy Lào Cai ban hành kế hoạch số 18 - KH/BTGTU về việc tuyên "
        "truyền kỷ niệm 30 năm tái lập tỉnh Lào Cai. Sở Thông tin và Truyền thông đề nghị các cơ quan thống tấn báo chí "
        "thực hiện tuyên truyền với nội dung cụ thể như sau:' and four numbered press themes. The document is the plan "
        "the headline and the lead name (a judgement: the page relays it to the press, as blind31 b06 relays a letter): "
        "number written '18 - KH/BTGTU' with spaces around the hyphen, canonical 18-KH/BTGTU; KH; 2021-04-06; issuer the "
        "provincial propaganda board of Lào Cai (province). Title from the lead's 'về việc ...' and the headline. Its "
        "own number is not a citation; nothing else is cited. Tasks not graded: the four items are the department's "
        "relay of themes to the press, not the plan's outline, and the excerpt stops inside item 4. No recipients "
        "block. Signer: none shown: null."
    ),
)
L["b04_laocai_btvtu_nq36_2023_batxat_qlqh"] = dict(
    document=dict(
        number="36-NQ/TU",
        doc_type="NQ",
        issued_on="2023-01-27",
        issuer={"name_contains": "Ban Thường vụ Tỉnh ủy", "level": "province"},
        locality=loc("Lào Cai"),
        title_contains="định hướng không gian phát triển lĩnh vực kinh tế trọng tâm của huyện Bát Xát",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A provincial planning portal's article: headline 'Tạo không gian mới để phát triển kinh tế cho huyện Bát Xát', "
        "then 'Chính vì vậy, Nghị quyết 36-NQ/TU ngày 27/1/2023 của Ban Thường vụ Tỉnh ủy về \"định hướng không gian phát "
        "triển lĩnh vực kinh tế trọng tâm của huyện Bát Xát đến năm 2030, tầm nhìn đến năm 2050\" (Nghị quyết số 36) có ý "
        "nghĩa rất quan trọng ...' and an analysis of the district's resources. The document the item is about is that "
        "resolution (a judgement: the article discusses it, it does not announce it). Issuer the provincial standing "
        "committee; the province is never written, but the resolution is about 'huyện Bát Xát', which the gazetteer "
        "places in Lào Cai only, so the province is supported by a unit the text names (stop 24's convention); the "
        "issuer is provincial, so no district. Title: the quoted 'về' clause. Its own number is not a citation. No "
        "task (analysis prose). Signer: none: null."
    ),
)
L["b05_quangninh_bchtu_nq01_2020_chebien_diembao"] = dict(
    document=dict(
        number="01-NQ/TU",
        doc_type="NQ",
        issued_on="2020-11-16",
        issuer={"name_contains": "Ban Chấp hành Đảng bộ tỉnh", "level": "province"},
        locality=loc("Quảng Ninh"),
        title_contains="phát triển nhanh, bền vững ngành công nghiệp chế biến, chế tạo",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "The provincial portal's press review: 'Điểm báo ngày 22/9', a posting time '22/09/2022 15:15', a relayed "
        "headline 'Công nghiệp chế biến, chế tạo trở thành trụ cột chính của Quảng Ninh (TTXVN/VietnamPlus.vn 22/9)', a "
        "photo caption, then 'Sau 2 năm thực hiện Nghị quyết số 01-NQ/TU ngày 16/11/2020, nghị quyết đầu tiên của Ban "
        "Chấp hành Đảng bộ tỉnh Quảng Ninh “Về phát triển nhanh, bền vững ngành công nghiệp chế biến, chế tạo giai đoạn "
        "2020-2025, định hướng đến năm 2030”, tốc độ tăng trưởng ...' and results. The document the item reports on is "
        "that resolution (a judgement, as b04): 01-NQ/TU, NQ, 2020-11-16, issuer the provincial Party executive committee "
        "of Quảng Ninh (province). Title: the quoted 'Về ...'. 'Nghị quyết 01' later is the same document; its own "
        "number is not a citation. No task (results reported). Signer: none (agency credits only): null."
    ),
)
L["b06_yenbai_bchtu_nq20_2021_nongnghiep_baoyenbai"] = dict(
    document=dict(
        number=None,
        doc_type="NQ",
        issued_on="2021-01-20",
        issuer={"name_contains": "Đảng bộ tỉnh", "level": "province"},
        locality=loc("Yên Bái"),
        title_contains="phát triển ngành nông nghiệp theo hướng nâng cao chất lượng",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A provincial paper's feature without its headline or date: the congress's goal ('Xanh, hài hòa, bản sắc và hạnh "
        "phúc'), one of its seven key tasks quoted, then 'Thực hiện Nghị quyết Đại hội, Hội nghị lần thứ 4 Ban Chấp hành "
        "(BCH) Đảng bộ tỉnh khóa XIX đã ban hành Nghị quyết số 20 ngày 20/1/2021 về phát triển ngành nông nghiệp theo "
        "hướng nâng cao chất lượng, hiệu quả, giá trị gia tăng gắn với xây dựng NTM bền vững tỉnh Yên Bái, giai đoạn 2021 - "
        "2025.' and 'Cụ thể hóa Nghị quyết 20, Huyện ủy Trấn Yên đã xây dựng, ban hành Kế hoạch số 34 để thực hiện .'. The "
        "document the feature reports is resolution 20 (a judgement: the first document it says was issued, the one the "
        "district's plan then carries out). Its number is written bare ('Nghị quyết số 20', no code): number null, as "
        "docs/realworld.md says of a bare 'Kế hoạch số 47'. Date 2021-01-20; issuer the provincial Party executive "
        "committee ('Ban Chấp hành (BCH) Đảng bộ tỉnh', with the editor's gloss in brackets); province Yên Bái (written "
        "in the title clause and the first line). The congress resolution has no number: no parent. The bare 'Kế hoạch "
        "số 34' has no code: no citation. No task. Signer: none: null."
    ),
)
L["b07_dienbien_bct_qd_giamsat_2026_nhandan"] = dict(
    document=dict(
        number=None,
        doc_type="QĐ",
        issued_on=None,
        issuer={"name_contains": "Bộ Chính trị", "level": "central"},
        locality=loc(None),
        title_contains="Ban Thường vụ Tỉnh ủy Điện Biên",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=["01-CT/TW", "46-CT/TW"],
    task_labels=[],
    notes=(
        "The Party daily's item: headline 'Công bố quyết định giám sát Ban Thường vụ Tỉnh ủy Điện Biên', then 'Ngày 12/3, "
        "tại tỉnh Điện Biên, Đoàn giám sát số 30 của Bộ Chính trị, Ban Bí thư đã công bố quyết định giám sát năm 2026 đối "
        "với Ban Thường vụ Tỉnh ủy Điện Biên.' (a photo caption repeated twice follows). The document is that decision "
        "(QĐ) of the Politburo and the Secretariat (central; every correct name holds 'Bộ Chính trị', the first of the "
        "two): no number; '12/3' is the day it was announced, not issued, and has no year of its own: issued_on null. "
        "Central issuer: locality null (Điện Biên is the body monitored, not the issuer's unit). Title: the monitored "
        "body, which headline and lead both hold. 'Theo quyết định, đoàn công tác tiến hành giám sát ... việc thực hiện "
        "Chỉ thị số 01-CT/TW ngày 23/1/2026 của Bộ Chính trị ...' and '... triển khai Chỉ thị số 46-CT/TW ngày 16/5/2025 "
        "...': the decision monitors how those directives are carried out; it does not carry them out: citations, no "
        "parent. 'Đoàn giám sát số 30' is a delegation's number, not a document. No task (the scope is paraphrased). "
        "Signer: the head of the delegation announces, she does not sign: null."
    ),
)
L["b08_binhduong_tptdm_decuong_75nam_2023_schoolsite"] = dict(
    document=dict(
        number=None,
        issued_on=None,
        issuer={"level": None},
        locality=loc(None),
        title_contains="Đảng bộ thành phố Thủ Dầu Một 75 năm hình thành và phát triển",
        signer=None,
    ),
    implements=[],
    implements_optional=[],
    citations=[],
    task_labels=[],
    notes=(
        "A primary school's site in Thủ Dầu Một: page title 'ĐỀ CƯƠNG TUYÊN TRUYỀN ĐẢNG BỘ TP THỦ DẦU MỘT', posting time "
        "'Thứ hai - 11/09/2023 07:04' (not the date), then 'ĐỀ CƯƠNG TUYÊN TRUYỀN' / 'Đảng bộ thành phố Thủ Dầu Một 75 năm "
        "hình thành và phát triển' / '(8/1948 - 8/2023)' and the history (a footnote marker '[1]' glued to 'Thủ Dầu Một'). "
        "An outline (đề cương): doc_type ungraded. Its issuer is not written (the city's Party committee is the subject, "
        "not a named author): level null, name ungraded, locality null, as blind5 b22. Title: the outline's subtitle. "
        "History only: no task, no cited document. Signer: cut before any signature: null."
    ),
)

if __name__ == "__main__":
    write_labels(root, L)
