"""Tasks: responsibility phrases, body lists, inheritance and deadlines, table-driven."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.normalise import clean_lines, fold, paragraphs
from loaders.patterns import DEADLINE_BY_DATE
from loaders.tasks import _by_date, extract_deadline, extract_tasks, responsible_in, split_bodies

# --- body lists -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội đồng nhân dân, Ủy ban nhân dân huyện",
         ["Hội đồng nhân dân huyện", "Ủy ban nhân dân huyện"]),
        ("HĐND, UBND tỉnh Quảng Nam", ["HĐND tỉnh Quảng Nam", "UBND tỉnh Quảng Nam"]),
        ("Mặt trận Tổ quốc và các tổ chức chính trị - xã hội thành phố",
         ["Mặt trận Tổ quốc thành phố", "các tổ chức chính trị - xã hội thành phố"]),
        ("Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị – xã hội, Ban Thường vụ Tỉnh đoàn, "
         "các hội quần chúng",
         ["Đảng đoàn Mặt trận Tổ quốc Việt Nam", "các tổ chức chính trị – xã hội", "Ban Thường vụ Tỉnh đoàn",
          "các hội quần chúng"]),
        ("Các quận ủy, huyện ủy, đảng ủy trực thuộc Thành ủy",
         ["Các quận ủy, huyện ủy, đảng ủy trực thuộc Thành ủy"]),
        ("Các cấp uỷ, tổ chức đảng", ["Các cấp uỷ, tổ chức đảng"]),
        ("Các chi, đảng bộ trực thuộc Huyện ủy; các Ban xây dựng Đảng, MTTQ huyện",
         ["Các chi, đảng bộ trực thuộc Huyện ủy", "các Ban xây dựng Đảng huyện", "MTTQ huyện"]),
        ("Ban Tuyên giáo và Văn phòng Huyện ủy", ["Ban Tuyên giáo", "Văn phòng Huyện ủy"]),
        ("Trung tâm Văn hóa, Thông tin và Thể thao quận", ["Trung tâm Văn hóa, Thông tin và Thể thao quận"]),
        ("Các đảng ủy phường, chi bộ, đảng bộ cơ sở trực thuộc Quận ủy",
         ["Các đảng ủy phường, chi bộ, đảng bộ cơ sở trực thuộc Quận ủy"]),
        ("Huyện ủy, Ủy ban nhân dân huyện", ["Huyện ủy", "Ủy ban nhân dân huyện"]),
        ("Cán bộ, công chức xã, các ngành liên quan, Trạm Y tế và các cơ sở thôn trên địa bàn xã",
         ["Cán bộ", "công chức xã", "các ngành liên quan", "Trạm Y tế", "các cơ sở thôn trên địa bàn xã"]),
        ("các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ",
         ["các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ"]),
    ],
)
def test_split_bodies(text: str, expected: list[str]) -> None:
    assert split_bodies(text) == expected


# --- responsibility phrases in one paragraph --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Thông tin và Truyền thông hướng dẫn.",
            [("Ban Tuyên giáo Tỉnh ủy", "lead"), ("Sở Thông tin và Truyền thông", "support")],
            id="lead-support",
        ),
        pytest.param(
            "Giao Ban Dân vận Huyện uỷ chủ trì, phối hợp với các cơ quan liên quan theo dõi, đôn đốc.",
            [("Ban Dân vận Huyện uỷ", "lead"), ("các cơ quan liên quan", "support")],
            id="giao-chu-tri",
        ),
        pytest.param(
            "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Công an tỉnh, Báo Lào Cai thực hiện.",
            [("Sở Văn hóa, Thể thao và Du lịch", "lead"), ("Công an tỉnh", "support"),
             ("Báo Lào Cai", "support")],
            id="proper-name-with-commas",
        ),
        pytest.param(
            "Giao Văn phòng Thị ủy tổng hợp, báo cáo kết quả thực hiện.",
            [("Văn phòng Thị ủy", "assigned")],
            id="giao",
        ),
        pytest.param(
            "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể tăng cường giám sát.",
            [("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "requested"), ("các đoàn thể", "requested")],
            id="de-nghi",
        ),
        pytest.param(
            "Ban Tổ chức Quận ủy: Chủ trì hướng dẫn, kiểm tra việc thực hiện.",
            [("Ban Tổ chức Quận ủy", "lead")],
            id="colon-form-lead",
        ),
        pytest.param(
            "Ban Nội chính Tỉnh ủy: Theo dõi, đôn đốc xử lý các vụ việc.",
            [("Ban Nội chính Tỉnh ủy", "assigned")],
            id="colon-form",
        ),
        pytest.param(
            "Hội đồng nhân dân, Ủy ban nhân dân thị xã chỉ đạo, triển khai thực hiện tốt các chính sách.",
            [("Hội đồng nhân dân thị xã", "assigned"), ("Ủy ban nhân dân thị xã", "assigned")],
            id="subject-shared-suffix",
        ),
        pytest.param(
            "Các cấp ủy, tổ chức đảng, trực tiếp là người đứng đầu lãnh đạo, chỉ đạo quán triệt.",
            [("Các cấp ủy, tổ chức đảng", "assigned")],
            id="subject-collective",
        ),
        pytest.param(
            "Các Ban xây dựng Đảng và Văn phòng Thành ủy tham mưu việc tuyên truyền. Giao Ban Dân vận "
            "Thành ủy chủ trì theo dõi, kiểm tra.",
            [("Các Ban xây dựng Đảng", "assigned"), ("Văn phòng Thành ủy", "assigned"),
             ("Ban Dân vận Thành ủy", "lead")],
            id="subject-then-giao",
        ),
        pytest.param(
            "Đối với giai cấp công nhân: Xây dựng giai cấp công nhân hiện đại, lớn mạnh.",
            [],
            id="target-group-is-not-a-body",
        ),
        pytest.param(
            "Ban Tổ chức Đảng ủy chủ trì, phối hợp với Ủy ban Kiểm tra Đảng ủy thẩm định hồ sơ.",
            [("Ban Tổ chức Đảng ủy", "lead"), ("Ủy ban Kiểm tra Đảng ủy", "support")],
            id="capitalised-verb-is-part-of-a-name",
        ),
        pytest.param(
            "Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố đầu tư hạ tầng số.",
            [("Các sở, ban, ngành", "assigned"),
             ("Ủy ban nhân dân các huyện, thị xã, thành phố", "assigned")],
            id="fixed-lists-of-kinds-and-places",
        ),
        pytest.param(
            "Công an quận chủ trì, phối hợp với các phường, xã có liên quan bảo đảm an ninh.",
            [("Công an quận", "lead"), ("các phường, xã có liên quan", "support")],
            id="places-as-support",
        ),
        pytest.param(
            "Hội đồng thi đua - khen thưởng các cấp đánh giá, công nhận mô hình.",
            [("Hội đồng thi đua - khen thưởng các cấp", "assigned")],
            id="dash-joined-name",
        ),
        pytest.param("Tổ chức tuyên truyền, phổ biến sâu rộng Nghị quyết.", [], id="verb-tổ-chức"),
        pytest.param("Ban hành quy chế phối hợp trong năm 2024.", [], id="verb-ban-hành"),
        pytest.param("Phòng, chống tham nhũng, tiêu cực.", [], id="phòng-chống"),
        pytest.param(
            "Chủ động phối hợp với Ủy ban nhân dân tỉnh triển khai các cuộc vận động.",
            [],
            id="partner-without-lead-is-not-assigned",
        ),
        pytest.param(
            "Sở Nội vụ chủ trì, phối hợp chặt chẽ với Ủy ban nhân dân các huyện triển khai.",
            [("Sở Nội vụ", "lead"), ("Ủy ban nhân dân các huyện", "support")],
            id="support-beside-lead",
        ),
    ],
)
def test_responsible_in(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.name, r.role) for r in responsible_in(text)] == expected


# --- whole outlines: headings, inheritance, 'Đối với' ------------------------

PLAN = """\
KẾ HOẠCH
Thực hiện Chương trình hành động số 15-CTr/TU của Tỉnh ủy Bình Định
I. MỤC ĐÍCH, YÊU CẦU
1. Ban Tuyên giáo Huyện ủy chủ trì quán triệt.
II. NHIỆM VỤ CỤ THỂ
1. Đối với cấp ủy, tổ chức đảng
1.1. Lãnh đạo quán triệt Nghị quyết (hoàn thành trước 15/3/2025).
1.2. Thường xuyên kiểm tra (thực hiện thường xuyên).
2. Đảng đoàn Hội đồng nhân dân huyện
- Giám sát việc thực hiện chính sách.
- Chủ trì phối hợp với Ủy ban Mặt trận Tổ quốc huyện tổ chức đối thoại (hoàn thành trong quý III/2025).
3. Ban Dân vận Huyện ủy:
+ Tham mưu sơ kết (định kỳ hằng năm, trước ngày 15/11).
+ Đề nghị Công an huyện phối hợp bảo đảm an ninh.
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Huyện ủy theo dõi, tổng hợp (khi có chỉ đạo của Tỉnh ủy).
2. Các chi, đảng bộ trực thuộc xây dựng kế hoạch (hoàn thành trước 30/02/2025).
Nơi nhận:
- Ban Thường vụ Tỉnh ủy,
"""


@pytest.fixture(scope="module")
def plan_tasks() -> tuple[dict[str, object], list[str]]:
    tasks, warnings = extract_tasks(paragraphs(clean_lines(PLAN)))
    return {t.label: t for t in tasks}, warnings


def _names(task: object) -> list[tuple[str, str]]:
    return [(r.name, r.role) for r in task.responsible]  # type: ignore[attr-defined]


def test_labels_skip_purpose_sections(plan_tasks: tuple[dict[str, object], list[str]]) -> None:
    tasks, _ = plan_tasks
    assert list(tasks) == ["II.1", "II.1.1", "II.1.2", "II.2", "II.2.1", "II.2.2", "II.3", "II.3.1", "II.3.2",
                           "III.1", "III.2"]


def test_doi_voi_bodies_beside_body_headings(plan_tasks: tuple[dict[str, object], list[str]]) -> None:
    tasks, _ = plan_tasks
    assert _names(tasks["II.1"]) == [("cấp ủy, tổ chức đảng", "assigned")]
    assert _names(tasks["II.1.1"]) == [("cấp ủy, tổ chức đảng", "assigned")]


def test_heading_bodies_are_inherited(plan_tasks: tuple[dict[str, object], list[str]]) -> None:
    tasks, _ = plan_tasks
    assert _names(tasks["II.2.1"]) == [("Đảng đoàn Hội đồng nhân dân huyện", "assigned")]
    assert _names(tasks["II.2.2"]) == [("Đảng đoàn Hội đồng nhân dân huyện", "lead"),
                                       ("Ủy ban Mặt trận Tổ quốc huyện", "support")]
    assert _names(tasks["II.3.1"]) == [("Ban Dân vận Huyện ủy", "assigned")]
    assert _names(tasks["II.3.2"]) == [("Công an huyện", "requested")]


def test_deadlines_in_outline(plan_tasks: tuple[dict[str, object], list[str]]) -> None:
    tasks, warnings = plan_tasks
    d = {label: t.deadline for label, t in tasks.items()}  # type: ignore[attr-defined]
    assert (d["II.1.1"].kind, d["II.1.1"].due) == ("by_date", date(2025, 3, 15))
    assert d["II.1.2"].kind == "recurring"
    assert (d["II.2.2"].kind, d["II.2.2"].due) == ("quarter", date(2025, 9, 30))
    assert (d["II.3.1"].kind, d["II.3.1"].due_month_day) == ("annual", "11-15")
    assert d["III.1"].kind == "conditional"
    assert d["II.1"].kind == "none"  # deadlines are never inherited
    assert (d["III.2"].kind, d["III.2"].due) == ("by_date", None)
    assert any("30/02/2025" in w and "III.2" in w for w in warnings)


def test_target_group_headings_assign_nobody() -> None:
    text = (
        "II. NHIỆM VỤ TRỌNG TÂM\n"
        "1. Triển khai các chính sách\n"
        "- Đối với giai cấp nông dân: Xây dựng giai cấp nông dân phát triển toàn diện.\n"
        "- Đối với đội ngũ trí thức: Phát huy vai trò tư vấn, phản biện.\n"
    )
    tasks, _ = extract_tasks(paragraphs(clean_lines(text)))
    assert [(t.label, t.responsible) for t in tasks] == [("II.1", []), ("II.1.1", []), ("II.1.2", [])]


def test_task_text_is_repaired_and_marker_stripped() -> None:
    text = (
        "III. NHIỆM VỤ, GIẢI PHÁP\n\n"
        "- Xây dựng giai cấp công nhân. Đổi mới mô hình tổ chức của Công đoàn phù\n\n"
        "7\n\n"
        "hợp với cơ cấu lao động (*thực hiện thường xuyên*).\n"
    )
    tasks, _ = extract_tasks(paragraphs(clean_lines(text)))
    assert tasks[0].label == "III.1"
    assert tasks[0].text == (
        "Xây dựng giai cấp công nhân. Đổi mới mô hình tổ chức của Công đoàn phù hợp với cơ cấu lao động "
        "(thực hiện thường xuyên)."
    )
    assert tasks[0].deadline.kind == "recurring"


# --- deadlines --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "due", "month_day"),
    [
        ("Quán triệt Nghị quyết (hoàn thành trước 10/01/2024).", "by_date", date(2024, 1, 10), None),
        ("Sơ kết (hoàn thành trước ngày 31-12-2025).", "by_date", date(2025, 12, 31), None),
        ("Báo cáo (chậm nhất ngày 30 tháng 6 năm 2025).", "by_date", date(2025, 6, 30), None),
        ("Ban hành quy chế (hoàn thành trong quý I/2024).", "quarter", date(2024, 3, 31), None),
        ("Ban hành đề án (hoàn thành trong Quý II năm 2026).", "quarter", date(2026, 6, 30), None),
        ("Xây dựng kế hoạch (hoàn thành trong quý 3/2025).", "quarter", date(2025, 9, 30), None),
        ("Tổng kết (hoàn thành trong quý IV/2025).", "quarter", date(2025, 12, 31), None),
        ("Tổ chức hội nghị (hoàn thành trong tháng 2/2024).", "by_date", date(2024, 2, 29), None),
        ("Đánh giá (hoàn thành trong năm 2025).", "by_date", date(2025, 12, 31), None),
        ("Định kỳ hằng năm (trước ngày 25/12) đánh giá, báo cáo.", "annual", None, "12-25"),
        ("định kỳ hàng năm báo cáo Ban Thường vụ", "annual", None, None),
        ("Giám sát (thực hiện thường xuyên).", "recurring", None, None),
        ("Giám sát (*Thực hiện thường xuyên*).", "recurring", None, None),
        ("Chiến lược (triển khai, thực hiện khi có chỉ đạo của Trung ương).", "conditional", None, None),
        ("Chương trình giám sát, phản biện xã hội hằng năm của Mặt trận.", "none", None, None),
        ("Thực hiện Nghị quyết số 45-NQ/TW ngày 24/01/2019 của Bộ Chính trị.", "none", None, None),
        ("Thường xuyên theo dõi, đôn đốc việc thực hiện.", "none", None, None),
        ("Tham mưu (qua Ban Dân vận Tỉnh ủy).", "none", None, None),
        ("Kiểm tra (hoàn thành trước 30/02/2023).", "by_date", None, None),
    ],
)
def test_extract_deadline(text: str, kind: str, due: date | None, month_day: str | None) -> None:
    deadline, _ = extract_deadline(paragraphs(clean_lines(text))[0])
    assert (deadline.kind, deadline.due, deadline.due_month_day) == (kind, due, month_day)
    if kind != "none":
        assert deadline.text and fold(deadline.text) in fold(text.replace("*", ""))


def test_impossible_date_warns() -> None:
    deadline, warning = extract_deadline("Kiểm tra (hoàn thành trước 31/4/2025).")
    assert deadline.due is None and warning is not None and "31/04/2025" in warning


def test_no_outline_no_tasks() -> None:
    assert extract_tasks(paragraphs(clean_lines("Kính gửi các đồng chí.\nĐề nghị báo cáo."))) == ([], [])


@pytest.mark.parametrize(
    "text",
    [
        "hoàn thành trước 10/01/2024",
        "xong trong ngày 5 tháng 6 năm 2025 và hoàn thành trước 10/01/2024",
        "thực hiện   hoàn  thành   trước  ngày 10/01/2024",
        "triển khai đến 31/12/2025; hạn 01/01/2026",
        "chậm nhất là ngày 30 tháng 6 năm 2025",
        "từ 2024 đến 2025, trong năm 2024",
        "hoàn thành\ntrước\n\n10-01-2024",
        "x" * 50 + "hoàn thành trước 1.2.2024",
    ],
)
def test_by_date_finds_what_the_full_pattern_finds(text: str) -> None:
    """`_by_date` is a faster `DEADLINE_BY_DATE.search`: the same match, lead-in included."""
    got, want = _by_date(text), DEADLINE_BY_DATE.search(text)
    assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))
