# ruff: noqa: E501  (tables of real-looking Vietnamese text read better unwrapped)
"""A news lead's subject named with lower-case words or a comma: the body is the issuer.

Family: a copy with no header whose only issuer statement is the lead, the subject a body named by what
it serves or by its agencies ('Ban Quản lý dự án đầu tư xây dựng huyện ...', 'Trung tâm Văn hóa, Thể
thao và Du lịch huyện ...', 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh ...'). The capitalised-name
rule reads only the place after the last lower-case word; the clause from the body's head to the verb
is the name (patterns.LEAD_TOPIC_HEAD_RE, header._topic_named_subject). Each row names the real file
whose form it follows; the rows after them must not fire: a person as subject, a body named as the
object of another's verb, two bodies, a document with no number, a clause that ends on neither a place
nor its kind.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from loaders.normalise import fold
from loaders.parse import parse_text

_AFTER = "\nTheo đó, các cơ quan, đơn vị chủ động rà soát, triển khai thực hiện.\n"


@dataclass(frozen=True)
class Row:
    id: str
    src: str  # the real file whose form the row follows
    lead: str
    name: str | None  # what the issuer's name must contain (None: not checked)
    level: str | None = None
    locality: dict[str, str | None] = field(default_factory=dict)
    absent: tuple[str, ...] = ()  # words the issuer's name must not hold


ROWS = [
    # the family: the body's whole name is read
    Row("bqlda_dated", "tests/realworld/c03_yenbai_btvtu_ct17_dlxh.txt (lead form)",
        "Ngày 12/3/2024, Ban Quản lý dự án đầu tư xây dựng huyện Kim Động đã ban hành Kế hoạch số 12/KH-BQLDA về phòng, chống thiên tai năm 2024.",
        "Ban Quản lý dự án đầu tư xây dựng huyện Kim Động", "district", {"district": "Kim Động"}),
    Row("center_comma_in_name", "holdout2 k03_hungyen_svhttdl_kh67_2021 (a name with a comma and 'và')",
        "Trung tâm Văn hóa, Thể thao và Du lịch huyện Nghĩa Đàn vừa ban hành Kế hoạch số 15/KH-TTVHTTDL ngày 5/4/2024 về tổ chức các hoạt động mừng Đảng, mừng Xuân.",
        "Trung tâm Văn hóa, Thể thao và Du lịch huyện Nghĩa Đàn", "district", {"district": "Nghĩa Đàn"}),
    Row("steering_tagged", "tests/realworld/c27_baonghean_btvtu_kh207_ct35 (a source tag before the subject)",
        "(Baonghean.vn) - Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Nghệ An vừa ban hành Kế hoạch số 20/KH-BCĐ ngày 12/3/2021 về tiêm vắc xin phòng Covid-19.",
        "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Nghệ An", "province", {"province": "Nghệ An"}),
    Row("steering_lower_case_head", "tests/realworld_unseen/m15_chauthanh_ubndh_cv476_2017_sxh_tasks.txt",
        "Ngày 9/3/2020, Ban chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới huyện Kim Động đã ban hành Hướng dẫn số 03/HD-BCĐ về xét công nhận xã đạt chuẩn nông thôn mới.",
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới huyện Kim Động", "district", {"district": "Kim Động"}),
    Row("steering_after_cited_body", "tests/realworld_unseen/m15_chauthanh_ubndh_cv476_2017_sxh_tasks.txt (its form, with a number)",
        "Thực hiện Kế hoạch số 47/KH-BCĐ ngày 5/6/2017 của Ban Chỉ đạo Chăm sóc sức khỏe nhân dân tỉnh, Ban Chỉ đạo Chăm sóc sức khỏe nhân dân huyện Châu Thành đã ban hành Kế hoạch số 52/KH-BCĐ ngày 12/6/2017 hưởng ứng ngày ASEAN phòng, chống sốt xuất huyết.",
        "Ban Chỉ đạo Chăm sóc sức khỏe nhân dân huyện Châu Thành", "district", {"district": "Châu Thành"}),
    Row("center_time_adverbial", "tests/realworld_blind3/b16_gialai_hoiccb_kh_daihoiclb_2018_news.txt ('mới đây')",
        "Trung tâm Y tế thị xã Thái Hòa mới đây đã ban hành Kế hoạch số 88/KH-TTYT về phòng, chống sốt xuất huyết năm 2023.",
        "Trung tâm Y tế thị xã Thái Hòa", "district", {"district": "Thái Hòa"}),
    Row("center_place_left_out", "tests/realworld_blind4/b07_tthue_phuloc_ubndh_cv3015 ('UBND huyện' with no name)",
        "Ngày 12/3/2024, Trung tâm Y tế huyện đã ban hành Kế hoạch số 45/KH-TTYT về phòng, chống sốt xuất huyết năm 2024.",
        "Trung tâm Y tế huyện", "district"),
    Row("agencies_committee_old_tones", "tests/realworld_blind9 (2025 Party committees of a province's agencies)",
        "Ngày 20/8/2025, Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh Gia Lai đã ban hành Nghị quyết số 03-NQ/ĐU về công tác chuyển đổi số.",
        "Mặt trận Tổ quốc, các đoàn thể tỉnh", "province", {"province": "Gia Lai"}),
    Row("management_board_no_kind", "sweep catalogue 'bql' (a board named by what it manages, its province last)",
        "Ban quản lý các khu kinh tế tỉnh Quảng Ninh vừa ban hành Kế hoạch số 31/KH-BQLKKT ngày 2/2/2024 về cải thiện môi trường đầu tư.",
        "các khu kinh tế tỉnh Quảng Ninh", "province", {"province": "Quảng Ninh"}),
    # must not fire: a person as the subject (the office's body may be read, never the person)
    Row("person_office_before_body", "holdout h12_namdinh_ctubnd_qd2589_2017 (an office-holder as subject)",
        "Ngày 12/3/2024, Giám đốc Trung tâm Y tế huyện Kim Động Nguyễn Văn An đã ký ban hành Kế hoạch số 45/KH-TTYT về phòng, chống sốt xuất huyết.",
        None, absent=("Nguyễn Văn An", "Giám đốc")),
    Row("person_then_office", "holdout h14_travinh_canglong_hu_cv1127 ('đồng chí X, Phó Bí thư ...')",
        "Ngày 12/3/2024, đồng chí Nguyễn Văn An, Bí thư Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh Nghệ An đã ký ban hành Kế hoạch số 45-KH/ĐU về công tác dân vận.",
        None, absent=("Nguyễn Văn An", "đồng chí", "Bí thư")),
    # must not fire: the body is the object of another's verb, or one of two bodies
    Row("object_of_giao", "tests/realworld/s41_nghean_ubnd_kh472_lead.txt (the subject a committee)",
        "Ngày 12/3/2024, UBND huyện Kim Động đã giao Trung tâm Y tế huyện ban hành Kế hoạch số 45/KH-TTYT về phòng, chống sốt xuất huyết.",
        "UBND huyện Kim Động", "district", {"district": "Kim Động"}, absent=("Trung tâm",)),
    Row("object_of_chi_dao", "tests/realworld_blind10/b07_namdinh_duca_kh71_2020_dai (a Party committee directs)",
        "Ngày 12/3/2024, Đảng ủy xã Đức Hợp chỉ đạo Trung tâm Văn hóa xã xây dựng Kế hoạch số 45-KH/ĐU ngày 12/3/2024 về phong trào văn nghệ.",
        "Đảng ủy xã Đức Hợp", "commune", {"commune": "Đức Hợp"}, absent=("Trung tâm",)),
    Row("with_another_body", "tests/realworld/s41_nghean_ubnd_kh472_lead.txt",
        "Ngày 12/3/2024, Trung tâm Y tế huyện phối hợp với UBND huyện Kim Động ban hành Kế hoạch số 45/KH-UBND về phòng, chống sốt xuất huyết.",
        "UBND huyện Kim Động", "district", absent=("Trung tâm",)),
    Row("cited_board_then_subject", "tests/realworld_blind2/b19_quangnam_ubndtinh_kh2004 ('Thực hiện ... của X, Y đã ban hành')",
        "Thực hiện Kế hoạch của Ban Quản lý các khu công nghiệp tỉnh, UBND huyện Kim Động đã ban hành Kế hoạch số 45/KH-UBND về phòng, chống thiên tai.",
        "UBND huyện Kim Động", "district", absent=("Ban Quản lý",)),
    Row("two_bodies", "tests/realworld_unseen/m15_chauthanh_ubndh_cv476_2017_sxh_tasks.txt (bodies listed with a comma)",
        "Ngày 12/3/2024, Trung tâm Y tế huyện, Phòng Y tế huyện Kim Động đã ban hành Kế hoạch số 45/KH-PYT về phòng, chống sốt xuất huyết.",
        "Phòng Y tế huyện Kim Động", "district", absent=("Trung tâm",)),
    # must not fire: the head sits in another sentence or paragraph (a photo caption's credit, a bracket)
    Row("caption_credit_before_lead", "tests/realworld/c25_binhthuan_vptu_cv1455_bao12.txt",
        "Vị trí của cơn bão số 12. (Ảnh: Trung tâm Dự báo Khí tượng Thủy văn Trung ương)\n\n"
        "Để chủ động phòng, chống cơn bão số 12; Văn phòng Tỉnh ủy vừa có Công văn số 1455-CV/VPTU về việc ứng trực phòng, chống bão.",
        "Văn phòng Tỉnh ủy", absent=("Trung tâm", "Để chủ động")),
    Row("credit_then_semicolon", "tests/realworld/c25_binhthuan_vptu_cv1455_bao12.txt (one paragraph)",
        "Theo dự báo của cơ quan khí tượng, Trung tâm Y tế huyện cảnh báo dịch bệnh sau bão; Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh vừa ban hành Kế hoạch số 12/KH-BQL về ứng phó với bão.",
        "các khu công nghiệp tỉnh Bắc Ninh", absent=("Trung tâm",)),
    Row("bracket_closed_before_clause", "tests/realworld_blind15 (a caption in brackets on the lead's line)",
        "(Ảnh: Trung tâm Văn hóa tỉnh) Ngày 12/3/2024, Ban Quản lý dự án đầu tư xây dựng huyện Kim Động đã ban hành Kế hoạch số 12/KH-BQLDA về phòng, chống thiên tai.",
        "Ban Quản lý dự án đầu tư xây dựng huyện Kim Động", absent=("Trung tâm",)),
    # must not fire: no number, after the carry-out clause: an earlier document the page carries out
    # (as tests/test_header.py's ad hoc boards: '... huyện đã ban hành Kế hoạch' names no own document)
    Row("unnumbered_after_cited_body", "tests/realworld_unseen/m15_chauthanh_ubndh_cv476_2017_sxh_tasks.txt",
        "Thực hiện Kế hoạch số 47/KH-BCĐ ngày 5/6/2017 của Ban Chỉ đạo Chăm sóc sức khỏe nhân dân tỉnh, Ban Chỉ đạo Chăm sóc sức khỏe nhân dân huyện Châu Thành đã ban hành Kế hoạch hưởng ứng ngày ASEAN phòng, chống sốt xuất huyết.",
        None, absent=("Ban Chỉ đạo",)),
    # must not fire: the clause ends on a lower-case word, neither a place nor its kind; the page is a
    # board's letter whose own sentence names its writer
    Row("clause_ends_on_topic", "tests/realworld_blind9/b01_hanoi_tranphu_bxddu_cv_binhdanhocvuso_2025_newcommune.txt",
        "Ngày 22/4/2025, Ban Chỉ đạo Thành uỷ về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đã ban hành kế hoạch số 05 để triển khai Phong trào \"Bình dân học vụ số\" trên địa bàn Thành phố Hà Nội. "
        "Thực hiện chỉ đạo của Thường trực Đảng ủy xã Trần Phú về đẩy mạnh triển khai Phong trào, Ban Xây dựng Đảng trân trọng đề nghị: các chi bộ trực thuộc Đảng uỷ triển khai thực hiện.",
        "Ban Xây dựng Đảng", absent=("Ban Chỉ đạo",)),
]


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_lead_issuer(row: Row) -> None:
    issuer = parse_text(row.lead + _AFTER).issuer
    name = fold(issuer.name) if issuer else ""
    if row.name is not None:
        assert fold(row.name) in name
    for word in row.absent:
        assert fold(word) not in name
    if row.level is not None:
        assert issuer is not None and issuer.level == row.level
    for part, want in row.locality.items():
        got = getattr(issuer.locality, part) if issuer else None
        assert (fold(got) if got else None) == (fold(want) if want else None), part
