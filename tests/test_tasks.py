"""Tasks: responsibility phrases, body lists, inheritance and deadlines, table-driven."""

from __future__ import annotations

from datetime import date

import pytest

from loaders.normalise import clean_lines, fold, paragraphs
from loaders.patterns import DEADLINE_BY_DATE
from loaders.tasks import (
    _by_date,
    addressed_in,
    extract_deadline,
    extract_tasks,
    responsible_in,
    split_bodies,
)

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


# --- letters, short plans and articles (real layouts beyond the seeds) -------

NBSP = "\u00a0"


def _tasks(text: str, issued_on: date | None = None) -> dict[str, object]:
    tasks, _ = extract_tasks(paragraphs(clean_lines(text)), issued_on)
    return {t.label: t for t in tasks}


def _summary(text: str, issued_on: date | None = None) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(label, _names(t)) for label, t in _tasks(text, issued_on).items()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Thực hiện Kế hoạch số 250-KH/TU của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân huyện yêu cầu các cơ "
            "quan, đơn vị triển khai thực hiện một số nội dung sau:\n"
            "1. Phòng Văn hóa và Thông tin huyện: chủ trì, phối hợp với Trung tâm Văn hóa huyện tuyên "
            "truyền.\n"
            "2. UBND các xã, thị trấn:\n"
            "a) Xây dựng kế hoạch thực hiện.\n"
            "b) Tổ chức quán triệt đến cán bộ, đảng viên.\n"
            "3. Giao Phòng Nội vụ huyện theo dõi, đôn đốc, tổng hợp kết quả.\n"
            "4. Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể phối hợp tuyên truyền.\n"
            "Nhận được Công văn này, yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.\n",
            [("1", [("Phòng Văn hóa và Thông tin huyện", "lead"), ("Trung tâm Văn hóa huyện", "support")]),
             ("2", [("UBND các xã, thị trấn", "assigned")]),
             ("2.1", [("UBND các xã, thị trấn", "assigned")]),
             ("2.2", [("UBND các xã, thị trấn", "assigned")]),
             ("3", [("Phòng Nội vụ huyện", "assigned")]),
             ("4", [("Ủy ban MTTQ Việt Nam huyện", "requested"), ("các đoàn thể", "requested")])],
            id="letter-body-first-points-letters-under-a-body",
        ),
        pytest.param(
            "Tuy nhiên, việc nắm bắt thông tin còn chậm. Ủy ban nhân dân xã yêu cầu các ông xóm trưởng thực "
            "hiện"
            " nghiêm một số nội dung sau:\n"
            "1. Nắm bắt thông tin người dân đến địa bàn.\n"
            "2. Tuyên truyền trên loa truyền thanh của thôn.\n",
            [("1", [("các ông xóm trưởng", "assigned")]), ("2", [("các ông xóm trưởng", "assigned")])],
            id="points-inherit-the-lead-in-addressees",
        ),
        pytest.param(
            "Nghị quyết Đại hội đã giao cho Ban Chấp hành Đảng bộ quận tổ chức thực hiện. Do đó Ban Thường "
            "vụ "
            "Quận ủy yêu cầu:\n"
            "1/ Các Chi Đảng bộ trực thuộc Quận ủy và các ban ngành, đoàn thể có trách nhiệm quán triệt.\n"
            "2/ Ban Tuyên huấn Quận ủy có trách nhiệm xây dựng kế hoạch.\n",
            [("1", [("Các Chi Đảng bộ trực thuộc Quận ủy", "assigned"),
                    ("các ban ngành, đoàn thể", "assigned")]),
             ("2", [("Ban Tuyên huấn Quận ủy", "assigned")])],
            id="slash-numbers-and-only-the-last-sentence-addresses",
        ),
        pytest.param(
            "Ủy ban nhân dân phường xây dựng kế hoạch đề nghị 18 Tổ Dân phố trên địa bàn phường thực hiện "
            "một "
            "số nội dung sau:\n"
            "- Đôn đốc tổng vệ sinh xóm ngõ.\n"
            "- Treo băng rôn, cờ Tổ quốc.\n",
            [("1", [("Tổ Dân phố trên địa bàn phường", "requested")]),
             ("2", [("Tổ Dân phố trên địa bàn phường", "requested")])],
            id="top-level-bullets-after-a-lead-in",
        ),
        pytest.param(
            "1. Phát huy truyền thống đại đoàn kết, chăm lo đời sống Nhân dân.\n"
            "2. Tiếp tục thực hiện tốt Chỉ thị số 41-CT/TW của Ban Bí thư.\n",
            [("1", []), ("2", [])],
            id="no-lead-in-directive-points",
        ),
        pytest.param(
            "Để đạt được mục đích nêu trên, Bộ Chính trị đề ra 06 nhóm nhiệm vụ trọng tâm, đó là:\n"
            "1. Các cấp ủy, tổ chức đảng lãnh đạo, chỉ đạo ban hành chương trình.\n"
            "2. Đổi mới nội dung, phương pháp tuyên truyền.\n",
            [("1", [("Các cấp ủy, tổ chức đảng", "assigned")]), ("2", [])],
            id="work-words-after-a-purpose-clause",
        ),
        pytest.param(
            "Kế hoạch nhằm các mục đích, yêu cầu sau:\n"
            "1. Nâng cao nhận thức của cán bộ, đảng viên.\n"
            "2. Bảo đảm thiết thực, tiết kiệm.\n",
            [],
            id="purpose-list-is-no-task",
        ),
        pytest.param(
            "Kết quả thực hiện năm 2023 như sau:\n"
            "1. Công tác tuyên truyền được triển khai sâu rộng.\n"
            "2. Các mô hình tự quản phát huy hiệu quả.\n",
            [],
            id="background-list-is-no-task",
        ),
        pytest.param(
            "Kính gửi:\n- Các phòng, ban, ngành huyện;\n- UBND các xã, thị trấn.\n"
            "Ủy ban nhân dân tỉnh đề nghị:\n"
            "1. Thủ trưởng các phòng, ban, ngành huyện thực hiện nghiêm các văn bản chỉ đạo.\n",
            [("1", [("Thủ trưởng các phòng, ban, ngành huyện", "assigned")])],
            id="addressees-are-no-tasks-and-kinds-stay-whole",
        ),
        pytest.param(
            "Ủy ban nhân dân huyện yêu cầu:\n"
            f"1.{NBSP}Phòng{NBSP}Y{NBSP}tế{NBSP}huyện:{NBSP}chủ{NBSP}trì kiểm tra an toàn thực phẩm.\n"
            f"2. UBND các xã,{NBSP}thị trấn:{NBSP}{NBSP}báo cáo kết quả.\n",
            [("1", [("Phòng Y tế huyện", "lead")]), ("2", [("UBND các xã, thị trấn", "assigned")])],
            id="non-breaking-spaces",
        ),
        pytest.param(
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt sâu sắc.\nII. TỔ CHỨC THỰC HIỆN\n"
            "1. Đối với các phòng, ban, ngành huyện:\n- Tham mưu triển khai.\n"
            "2. Đối với UBND các xã, thị trấn:\n- Tuyên truyền đến Nhân dân.\n",
            [("II.1", [("các phòng, ban, ngành huyện", "assigned")]),
             ("II.1.1", [("các phòng, ban, ngành huyện", "assigned")]),
             ("II.2", [("UBND các xã, thị trấn", "assigned")]),
             ("II.2.1", [("UBND các xã, thị trấn", "assigned")])],
            id="sibling-doi-voi-bodies-assign",
        ),
        pytest.param(
            "II. NHIỆM VỤ\n1. Đối với cán bộ, công chức: rèn luyện đạo đức.\n"
            "2. Đối với đảng viên: gương mẫu thực hiện.\n",
            [("II.1", []), ("II.2", [])],
            id="doi-voi-people-is-a-target-group",
        ),
        # --- leftovers2: 'Đối với <bodies>: <work>' on one line names the bodies the work is for ---
        pytest.param(
            "UBND xã thông báo cho các cơ quan, đơn vị thực hiện:\n"
            "1. Đối với các cơ quan, đơn vị, 12 thôn: Thường xuyên tuyên truyền, vận động người dân "
            "không đốt rơm rạ.\n"
            "2. Đối với Công an xã, Ban An toàn giao thông xã: phối hợp kiểm tra, xử lý vi phạm.\n",
            [("1", [("các cơ quan, đơn vị", "assigned")]),
             ("2", [("Công an xã", "assigned"), ("Ban An toàn giao thông xã", "assigned")])],
            id="doi-voi-bodies-colon-work",
        ),
        pytest.param(
            "II. TỔ CHỨC THỰC HIỆN\n"
            "a) Đối với Phòng Giáo dục và Đào tạo huyện : chỉ đạo các trường học tổ chức tuyên truyền.\n"
            "b) Đối với UBND các xã, thị trấn: tuyên truyền đến Nhân dân; báo cáo kết quả "
            "trước ngày 30/6/2024.\n",
            [("II.1", [("Phòng Giáo dục và Đào tạo huyện", "assigned")]),
             ("II.2", [("UBND các xã, thị trấn", "assigned")])],
            id="doi-voi-bodies-colon-letters",
        ),
        pytest.param(
            "III. TỔ CHỨC THỰC HIỆN\n- Đối với Trung tâm Y tế huyện: giám sát dịch bệnh tại các xã.\n"
            "- Đối với Ủy ban nhân dân các xã, thị trấn: ra quân diệt lăng quăng.\n",
            [("III.1", [("Trung tâm Y tế huyện", "assigned")]),
             ("III.2", [("Ủy ban nhân dân các xã, thị trấn", "assigned")])],
            id="doi-voi-bodies-colon-bullets",
        ),
        pytest.param(
            "Chủ tịch UBND huyện yêu cầu:\n1. Đối với các phòng, ban, ngành huyện: Tham mưu triển khai.\n"
            "2. Đối với UBND các xã, thị trấn:\n- Tuyên truyền đến Nhân dân.\n",
            [("1", [("các phòng, ban, ngành huyện", "assigned")]),
             ("2", [("UBND các xã, thị trấn", "assigned")]),
             ("2.1", [("UBND các xã, thị trấn", "assigned")])],
            id="doi-voi-bodies-colon-then-heading",
        ),
        pytest.param(
            "III. TỔ CHỨC THỰC HIỆN\n1. Đối với các thôn: treo cờ.\n"
            "2. Đối với nhà trường, trạm y tế: trang trí "
            "khẩu hiệu.\n",
            [("III.1", [("các thôn", "assigned")]),
             ("III.2", [("nhà trường", "assigned"), ("trạm y tế", "assigned")])],
            id="doi-voi-places-colon-work",
        ),
        # must not fire: households and people, one lone target among plain points
        pytest.param(
            "II. NHIỆM VỤ\n1. Đối với hộ gia đình: giữ vệ sinh nơi ở.\n"
            "2. Đối với người dân: không đốt rơm rạ.\n",
            [("II.1", []), ("II.2", [])],
            id="doi-voi-households-colon-is-a-target-group",
        ),
        pytest.param(
            "II. NHIỆM VỤ\n1. Đối với các thôn: treo cờ Tổ quốc.\n2. Tổ chức ra quân tổng vệ sinh.\n",
            [("II.1", []), ("II.2", [])],
            id="lone-doi-voi-colon-assigns-nobody",
        ),
    ],
)
def test_letters_and_short_plans(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "QUYẾT ĐỊNH:\nĐiều 1.\nBan hành kèm theo Quyết định này Kế hoạch triển khai thực hiện Chương "
            "trình.\n"
            "Điều 2.\nGiao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các sở, ngành liên "
            "quan tổ "
            "chức triển khai thực hiện Kế hoạch này.\n"
            "Điều 3.\nChánh Văn phòng UBND tỉnh; Giám đốc các Sở: Nội vụ, Tài chính; Chủ tịch UBND các "
            "huyện chịu "
            "trách nhiệm thi hành Quyết định này./.\nNơi nhận:\n- Như Điều 3;\n",
            [("Điều 2", [("Sở Lao động - Thương binh và Xã hội", "lead"),
                         ("các sở, ngành liên quan", "support")]),
             ("Điều 3", [("Chánh Văn phòng UBND tỉnh", "assigned"), ("Giám đốc Sở Nội vụ", "assigned"),
                         ("Giám đốc Sở Tài chính", "assigned"), ("Chủ tịch UBND các huyện", "assigned")])],
            id="decision-articles",
        ),
        pytest.param(
            "QUYẾT NGHỊ:\nĐiều 1. Thông qua Đề án phát triển du lịch.\nĐiều 2. Tổ chức thực hiện\n"
            "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n"
            "2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân tỉnh giám sát.\n"
            "Điều 3. Hiệu lực thi hành\nNghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2024./.\n",
            [("Điều 2.1", [("Ủy ban nhân dân tỉnh", "assigned")]),
             ("Điều 2.2", [("Thường trực Hội đồng nhân dân tỉnh", "assigned"),
                           ("các Ban của Hội đồng nhân dân tỉnh", "assigned")])],
            id="resolution-article-points",
        ),
        pytest.param(
            "QUYẾT ĐỊNH:\nĐiều 1. Công bố Danh mục thủ tục hành chính.\n"
            "Điều 2. Quyết định này cóhiệu lực thi hành kể từ ngày ký.\n",
            [],
            id="promulgating-articles-set-no-work",
        ),
        pytest.param(  # blind32 d05: the calendar a decision issues, point by point, is no work
            "QUYẾT ĐỊNH:\nĐiều 1. Ban hành Kế hoạch thời gian năm học 2024-2025 như sau:\n"
            "1. Tựu trường các cấp học: Ngày 26/8/2024.\n2. Hoàn thành tuyển sinh trước ngày 31/7/2025.\n"
            "Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo\n"
            "1. Tổ chức chỉ đạo thực hiện hoàn thành Kế hoạch.\n",
            [("Điều 2.1", [("Giám đốc Sở Giáo dục và Đào tạo", "assigned")])],
            id="promulgated-calendar-points-set-no-work",
        ),
        pytest.param(
            "QUYẾT NGHỊ:\nĐiều 2. Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh tổ chức thực hiện tốt "
            "một số"
            " nội dung như sau:\n1. Mục tiêu tổng quát\nPhấn đấu tăng trưởng GRDP từ 11% trở lên.\n"
            "2. Đẩy mạnh tái cơ cấu kinh tế.\n",
            [("Điều 2.2", [("Ủy ban nhân dân tỉnh", "requested")])],
            id="goal-heading-among-article-points",
        ),
    ],
)
def test_articles(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    ("text", "issued_on", "kind", "due"),
    [
        ("Báo cáo kết quả (hoàn thành trước ngày 15/3/2024).", None, "by_date", date(2024, 3, 15)),
        ("Xây dựng kế hoạch, xong trước 30/6.", date(2024, 3, 12), "by_date", date(2024, 6, 30)),
        ("Xây dựng kế hoạch, xong trước 15/01.", date(2023, 12, 20), "by_date", date(2024, 1, 15)),
        ("Xây dựng kế hoạch, xong trước 30/6.", None, "by_date", None),
        ("Tổ chức quán triệt trong tháng 4/2023.", None, "by_date", date(2023, 4, 30)),
        ("Ban hành quy chế trong quý II/2024.", None, "quarter", date(2024, 6, 30)),
        ("Hoàn thành trong 6 tháng đầu năm 2024.", None, "by_date", date(2024, 6, 30)),
        ("Báo cáo kết quả 6 tháng đầu năm 2024 về Sở Nội vụ.", None, "none", None),
        ("Báo cáo định kỳ 6 tháng, hằng năm về UBND huyện.", None, "recurring", None),
        ("Báo cáo danh sách trước 14 giờ hàng ngày.", None, "recurring", None),
        ("UBND xã: chỉ đạo treo băng rôn. Thời gian thực hiện: tháng 5/2023.", None, "by_date",
         date(2023, 5, 31)),
        ("Tuyên truyền đến hội viên. Thời gian: thường xuyên.", None, "recurring", None),
        ("Rà soát, kiện toàn tổ chức (năm 2025).", None, "by_date", date(2025, 12, 31)),
        ("Tiếp tục thực hiện giai đoạn 2021 - 2025.", None, "none", None),
        ("Kiểm tra, giám sát việc thực hiện, thực hiện thường xuyên.", None, "recurring", None),
        ("Ban biên tập truyền thanh xã thường xuyên cập nhật diễn biến cơn bão.", None, "recurring", None),
        ("Thường xuyên theo dõi, đôn đốc việc thực hiện.", None, "none", None),
        ("Hoàn thành trước 31/4/2025.", None, "by_date", None),
        (f"Báo cáo{NBSP}kết quả{NBSP}(hoàn{NBSP}thành trước{NBSP}ngày 15/3/2024).", None, "by_date",
         date(2024, 3, 15)),
    ],
)
def test_real_deadline_phrasing(text: str, issued_on: date | None, kind: str, due: date | None) -> None:
    deadline, _ = extract_deadline(paragraphs(clean_lines(text))[0], issued_on)
    assert (deadline.kind, deadline.due) == (kind, due)


@pytest.mark.parametrize(
    ("text", "issued_on", "warned"),
    [
        ("Hoàn thành trước 31/4/2025.", None, "impossible date 31/04/2025"),
        ("Xây dựng kế hoạch, xong trước 30/6.", None, "gives no year"),
        ("Xây dựng kế hoạch, xong trước 30/6.", date(2024, 3, 1), None),
    ],
)
def test_deadline_warnings(text: str, issued_on: date | None, warned: str | None) -> None:
    _, warning = extract_deadline(text, issued_on)
    assert (warning is None) if warned is None else (warning is not None and warned in warning)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Các Ông (Bà) Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các Sở, Ban ngành tỉnh chịu trách "
            "nhiệm thi hành quyết định này.",
            [("Chánh Văn phòng Ủy ban nhân dân tỉnh", "assigned"),
             ("Thủ trưởng các Sở, Ban ngành tỉnh", "assigned")],
            id="honorific-before-an-office",
        ),
        pytest.param(
            "Giám đốc Sở Nội vụ, Chủ tịch Ủy ban nhân dân quận - huyện chịu trách nhiệm thi hành.",
            [("Giám đốc Sở Nội vụ", "assigned"), ("Chủ tịch Ủy ban nhân dân quận - huyện", "assigned")],
            id="a-pair-of-unit-kinds-is-no-shared-locality",
        ),
        pytest.param(
            "Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh tập trung chỉ đạo.",
            [("Ủy ban nhân dân tỉnh", "requested")],
            id="speaker-subject",
        ),
        pytest.param(
            "Các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ tham gia tuyên truyền.",
            [("Các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ", "assigned")],
            id="giao-nhiem-vu-is-no-address",
        ),
        pytest.param(
            "Phòng Chính trị, tư tưởng phối hợp với các phòng thuộc Sở kiểm tra đột xuất.",
            [("Phòng Chính trị, tư tưởng", "assigned")],
            id="lower-case-tail-of-a-name",
        ),
        pytest.param(
            "Kho bạc Nhà nước huyện, Chi cục Thuế huyện bảo đảm kinh phí.",
            [("Kho bạc Nhà nước huyện", "assigned"), ("Chi cục Thuế huyện", "assigned")],
            id="state-bodies",
        ),
        pytest.param(
            "Bộ Tài chính chủ trì, phối hợp với các bộ, ngành bố trí kinh phí.",
            [("Bộ Tài chính", "lead"), ("các bộ, ngành", "support")],
            id="ministry",
        ),
        pytest.param("Bộ tiêu chí được áp dụng thống nhất.", [], id="bo-before-a-common-noun"),
        # --- leftovers2: the members of a board, council or team are tasked with it ---
        pytest.param(
            "Đề nghị thành viên Ban Chỉ đạo Chăm sóc sức khỏe nhân dân huyện tham gia chỉ đạo thực hiện Kế "
            "hoạch theo địa bàn được phân công.",
            [("thành viên Ban Chỉ đạo Chăm sóc sức khỏe nhân dân huyện", "requested")],
            id="members-of-a-board-requested",
        ),
        pytest.param(
            "Các thành viên Ban Chỉ đạo 389 huyện theo dõi, đôn đốc địa bàn được phân công.",
            [("Các thành viên Ban Chỉ đạo 389 huyện", "assigned")],
            id="members-of-a-board-as-subject",
        ),
        pytest.param(
            "Giao các thành viên Tổ công tác liên ngành kiểm tra việc thực hiện tại các xã.",
            [("các thành viên Tổ công tác liên ngành", "assigned")],
            id="members-of-a-team-given-work",
        ),
        pytest.param(
            "Thành viên Hội đồng thi đua - khen thưởng xã chủ trì chấm điểm các thôn.",
            [("Thành viên Hội đồng thi đua - khen thưởng xã", "lead")],
            id="members-of-a-council-lead",
        ),
        pytest.param(
            "Yêu cầu thành viên UBND xã phụ trách thôn đôn đốc nhân dân thực hiện.",
            [("thành viên UBND xã", "assigned")],
            id="members-of-the-committee",
        ),
        pytest.param("Vận động thành viên hợp tác xã tham gia sản xuất an toàn.", [],
                     id="co-op-members-are-people"),
        pytest.param("Thành viên của Hội Nông dân tích cực tham gia phong trào.", [],
                     id="association-members"),
        # --- leftovers2: a body's name lists its fields with commas, in any case ---
        pytest.param(
            "Giao Trung tâm Văn hóa, thể thao & Truyền thông; Cổng thông tin điện tử huyện tổ chức đăng tải, "
            "tuyên truyền thông báo này",
            [("Trung tâm Văn hóa, thể thao & Truyền thông", "assigned"),
             ("Cổng thông tin điện tử huyện", "assigned")],
            id="centre-fields-lower-case",
        ),
        # --- bodies2: 'xem xét' is the request's verb, no part of the body's name ---
        pytest.param(
            "Đề nghị Ủy ban Mặt trận Tổ quốc huyện xem xét, lồng ghép nội dung vào chương trình hoạt động.",
            [("Ủy ban Mặt trận Tổ quốc huyện", "requested")],
            id="xem-xet-requested",
        ),
        pytest.param(
            "Đề nghị Hội đồng nhân dân huyện xem xét, quyết định.",
            [("Hội đồng nhân dân huyện", "requested")],
            id="xem-xet-council",
        ),
        pytest.param(
            "Giao Phòng Nội vụ chủ trì, phối hợp với Ban Tổ chức Huyện ủy xem xét hồ sơ đề nghị khen thưởng.",
            [("Phòng Nội vụ", "lead"), ("Ban Tổ chức Huyện ủy", "support")],
            id="xem-xet-after-support",
        ),
        pytest.param(
            "Công đoàn xã Đức Hợp tuyên truyền, vận động đoàn viên thực hiện.",
            [("Công đoàn xã Đức Hợp", "assigned")],
            id="commune-trade-union",
        ),
        pytest.param(
            "Đề nghị Trung tâm Văn hóa, thể thao và du lịch huyện đẩy mạnh tuyên truyền.",
            [("Trung tâm Văn hóa, thể thao và du lịch huyện", "requested")],
            id="centre-fields-with-va",
        ),
        pytest.param(
            "Trung tâm Văn hóa, Thông tin và Thể thao huyện chủ trì tuyên truyền trên hệ thống loa "
            "truyền thanh.",
            [("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "lead")],
            id="centre-fields-capitalised",
        ),
        pytest.param(
            "Phòng Lao động, Thương binh và Xã hội chủ trì, phối hợp với UBND các xã rà soát hộ nghèo.",
            [("Phòng Lao động, Thương binh và Xã hội", "lead"), ("UBND các xã", "support")],
            id="labour-office-fields",
        ),
        # must not join: a list of bodies after a field-named office, kinds of agencies
        pytest.param(
            "Phòng Văn hóa, các trường học và Trạm Y tế tham gia tuyên truyền.",
            [("Phòng Văn hóa", "assigned"), ("các trường học", "assigned"), ("Trạm Y tế", "assigned")],
            id="office-then-other-bodies",
        ),
        # colonlist: one office and kind before a colon, the units after it (executing articles of realworld
        # s15, blind3 b20, blind32 d02 and d05, unseen m03): each unit is a body, sector names kept whole
        pytest.param(
            "Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Nông nghiệp và Phát triển nông thôn, Kế hoạch và "
            "Đầu tư, Văn hóa - Thể thao và Du lịch, Lao động - Thương binh và Xã hội; Chủ tịch UBND các "
            "huyện chịu trách nhiệm thi hành Quyết định này./.",
            [("Chánh Văn phòng UBND tỉnh", "assigned"),
             ("Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "assigned"),
             ("Giám đốc Sở Kế hoạch và Đầu tư", "assigned"),
             ("Giám đốc Sở Văn hóa - Thể thao và Du lịch", "assigned"),
             ("Giám đốc Sở Lao động - Thương binh và Xã hội", "assigned"),
             ("Chủ tịch UBND các huyện", "assigned")],
            id="colon-list-of-departments",
        ),
        pytest.param(
            "Chánh Văn phòng UBND tỉnh, Giám đốc các sở: Giáo dục và Đào tạo, Tài chính, Kế hoạch - Đầu tư, "
            "Chủ tịch UBND các huyện, thành phố chịu trách nhiệm thi hành Quyết định này.",
            [("Chánh Văn phòng UBND tỉnh", "assigned"), ("Giám đốc Sở Giáo dục và Đào tạo", "assigned"),
             ("Giám đốc Sở Tài chính", "assigned"), ("Giám đốc Sở Kế hoạch - Đầu tư", "assigned"),
             ("Chủ tịch UBND các huyện, thành phố", "assigned")],
            id="colon-list-ended-by-a-comma-and-an-office",
        ),
        pytest.param(
            "Thủ trưởng các sở, ban, ngành: Y tế, Văn hóa, Thể thao và Du lịch chịu trách nhiệm thi hành.",
            [("Thủ trưởng Sở Y tế", "assigned"), ("Thủ trưởng Sở Văn hóa, Thể thao và Du lịch", "assigned")],
            id="colon-list-after-several-kinds",
        ),
        pytest.param(
            "Giám đốc các Sở: Tài chính và Y tế chịu trách nhiệm thi hành Quyết định này.",
            [("Giám đốc Sở Tài chính", "assigned"), ("Giám đốc Sở Y tế", "assigned")],
            id="colon-list-joined-by-va",
        ),
        # sweepT4: bare Party committees listed after a standing organ of one are each that organ (blind40
        # e05 II.1, 'Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo ...'), lower-case ones after 'các' one
        pytest.param(
            "Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo, chỉ đạo các cấp ủy đảng quán triệt Kết luận.",
            [("Ban Thường vụ Tỉnh ủy", "assigned"), ("Ban Thường vụ Thành ủy", "assigned")],
            id="standing-organ-shared-by-bare-committees",
        ),
        pytest.param(
            "Thường trực Huyện ủy, Thị ủy chỉ đạo tổ chức thực hiện.",
            [("Thường trực Huyện ủy", "assigned"), ("Thường trực Thị ủy", "assigned")],
            id="standing-office-shared-by-bare-committees",
        ),
        pytest.param(
            "Ban Thường vụ các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy lãnh đạo triển khai.",
            [("Ban Thường vụ các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "assigned")],
            id="standing-organ-of-collective-committees",
        ),
        # must not share: a committee with its place, another kind of body
        pytest.param(
            "Ban Thường vụ Tỉnh ủy, Thành ủy Hà Nội chỉ đạo.",
            [("Ban Thường vụ Tỉnh ủy", "assigned"), ("Thành ủy Hà Nội", "assigned")],
            id="standing-organ-then-a-placed-committee",
        ),
        pytest.param(
            "Ban Thường vụ Huyện ủy, Ủy ban nhân dân huyện chỉ đạo.",
            [("Ban Thường vụ Huyện ủy", "assigned"), ("Ủy ban nhân dân huyện", "assigned")],
            id="standing-organ-then-a-state-body",
        ),
        # sweepT4: after an office 'các' may be left out (blind32 d07, Quảng Ngãi's 1351/QĐ-UBND Điều 4)
        pytest.param(
            "Chánh Văn phòng UBND tỉnh; Giám đốc Sở: Lao động - Thương binh và Xã hội, Thông tin và Truyền "
            "thông; Chủ tịch UBND cấp huyện chịu trách nhiệm thi hành Quyết định này.",
            [("Chánh Văn phòng UBND tỉnh", "assigned"),
             ("Giám đốc Sở Lao động - Thương binh và Xã hội", "assigned"),
             ("Giám đốc Sở Thông tin và Truyền thông", "assigned"), ("Chủ tịch UBND cấp huyện", "assigned")],
            id="colon-list-office-without-cac",
        ),
        pytest.param(
            "Giám đốc Sở: Tài chính và Y tế chịu trách nhiệm thi hành Quyết định này.",
            [("Giám đốc Sở Tài chính", "assigned"), ("Giám đốc Sở Y tế", "assigned")],
            id="colon-list-office-without-cac-joined-by-va",
        ),
        pytest.param(
            "Thủ trưởng Sở: Nội vụ, Tài chính; Chủ tịch UBND các huyện chịu trách nhiệm thi hành.",
            [("Thủ trưởng Sở Nội vụ", "assigned"), ("Thủ trưởng Sở Tài chính", "assigned"),
             ("Chủ tịch UBND các huyện", "assigned")],
            id="colon-list-head-of-department-without-cac",
        ),
        pytest.param(
            "Giám đốc Sở: Chủ trì, phối hợp với UBND các huyện triển khai Kế hoạch.",
            [("Giám đốc Sở", "lead"), ("UBND các huyện", "support")],
            id="office-colon-then-a-duty-is-no-list",
        ),
        pytest.param(
            "Các Sở: Tài chính, Xây dựng; Ủy ban nhân dân các huyện triển khai thực hiện.",
            [("Sở Tài chính", "assigned"), ("Sở Xây dựng", "assigned"),
             ("Ủy ban nhân dân các huyện", "assigned")],
            id="colon-list-then-a-collective",
        ),
        pytest.param(
            "Các Ban: Tuyên giáo, Dân vận Huyện ủy phối hợp tuyên truyền.",
            [("Ban Tuyên giáo Huyện ủy", "assigned"), ("Ban Dân vận Huyện ủy", "assigned")],
            id="colon-list-of-party-boards-shares-the-committee",
        ),
        pytest.param(
            "Sở Y tế chủ trì, phối hợp với các sở: Tài chính, Nội vụ xây dựng đề án.",
            [("Sở Y tế", "lead"), ("Sở Tài chính", "support"), ("Sở Nội vụ", "support")],
            id="colon-list-of-supports",
        ),
        # must not expand: a duty after the colon; a list of places, the collective of their committees
        # (unseen m34's label: 'Ủy ban nhân dân các tỉnh: Thanh Hóa, ...' is 'Ủy ban nhân dân các tỉnh')
        pytest.param(
            "Ủy ban nhân dân các tỉnh: Thanh Hóa, Sơn La và các địa phương khác triển khai ngay các "
            "phương án.",
            [("Ủy ban nhân dân các tỉnh", "assigned")],
            id="colon-list-of-places-stays-collective",
        ),
        pytest.param(
            "Các sở, ngành: Chủ trì, phối hợp với UBND các huyện triển khai Kế hoạch.",
            [("Các sở, ngành", "lead"), ("UBND các huyện", "support")],
            id="colon-then-a-duty-is-no-list",
        ),
        pytest.param(
            "UBND các huyện, thị xã, thành phố: Tổ chức tuyên truyền, phổ biến Kế hoạch.",
            [("UBND các huyện, thị xã, thành phố", "assigned")],
            id="colon-then-capitalised-duty-is-no-list",
        ),
        # 'Xây dựng' names a department and a verb: a lower-case duty after it shows it is the verb (blind14
        # b03's 'd) Các sở, ngành, địa phương: Xây dựng, ban hành và chỉ đạo ...'); in a list
        # of departments it is the noun
        pytest.param(
            "Các sở, ngành: Xây dựng, ban hành và chỉ đạo thực hiện Kế hoạch hoạt động của cơ quan, đơn vị.",
            [("Các sở, ngành", "assigned")],
            id="colon-then-a-verb-that-names-a-department",
        ),
        pytest.param(
            "Các sở, ban, ngành: Xây dựng, Tài chính, Công Thương phối hợp thẩm định.",
            [("Sở Xây dựng", "assigned"), ("Sở Tài chính", "assigned"), ("Sở Công Thương", "assigned")],
            id="colon-list-opening-with-a-department-named-like-a-verb",
        ),
    ],
)
def test_state_bodies_and_speakers(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.name, r.role) for r in responsible_in(text)] == expected


def test_doi_voi_places_and_schools_divide_the_work() -> None:
    text = (
        "Chủ tịch UBND xã yêu cầu các đồng chí trưởng thôn thực hiện tốt một số nội dung sau:\n"
        "1. Đối với các thôn:\n- Chỉnh trang nhà văn hóa thôn.\n"
        "2. Đối với nhà trường:\n- Chỉnh trang khuôn viên trường học.\n"
    )
    assert _summary(text) == [
        ("1", [("các thôn", "assigned")]), ("1.1", [("các thôn", "assigned")]),
        ("2", [("nhà trường", "assigned")]), ("2.1", [("nhà trường", "assigned")]),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "due"),
    [
        ("Tổ chức sơ kết trong năm 2025.", "by_date", date(2025, 12, 31)),
        ("Đến năm 2025, 100% số xã đạt chuẩn nông thôn mới.", "none", None),
        ("Tuyên truyền bầu cử. Thời gian: từ tháng 3 đến tháng 5/2021.", "by_date", date(2021, 5, 31)),
    ],
)
def test_years_and_month_ranges(text: str, kind: str, due: date | None) -> None:
    deadline, _ = extract_deadline(text)
    assert (deadline.kind, deadline.due) == (kind, due)


def test_letter_points_as_letters_and_the_council_office() -> None:
    text = (
        "Ủy ban nhân dân huyện giao nhiệm vụ cụ thể như sau:\n"
        "a) Văn phòng HĐND và UBND huyện theo dõi, tổng hợp.\n"
        "b) Phòng Tài chính - Kế hoạch bảo đảm kinh phí.\n"
    )
    assert _summary(text) == [
        ("1", [("Văn phòng HĐND và UBND huyện", "assigned")]),
        ("2", [("Phòng Tài chính - Kế hoạch", "assigned")]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đài Truyền thanh xã thông báo rộng rãi.", [("Đài Truyền thanh xã", "assigned")]),
        ("Ban Chỉ đạo phòng, chống dịch huyện chỉ đạo.",
         [("Ban Chỉ đạo phòng, chống dịch huyện", "assigned")]),
        ("Ban Quản lý dự án đầu tư xây dựng huyện chủ trì.",
         [("Ban Quản lý dự án đầu tư xây dựng huyện", "lead")]),
        ("Chính quyền các cấp thực hiện tốt cơ chế phối hợp.", [("Chính quyền các cấp", "assigned")]),
        # sweepE: a board named for a quoted campaign keeps the campaign's verbs ('xây dựng') in its name
        ("Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” các xã xây dựng kế hoạch.",
         [("Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” các xã", "assigned")]),
        ('Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" huyện chủ trì tổng kết.',
         [('Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" huyện', "lead")]),
        # a quoted title after the predicate changes nothing
        ("Phòng Tư pháp chủ trì tổ chức Cuộc thi “Tìm hiểu pháp luật”.", [("Phòng Tư pháp", "lead")]),
        # sweepE: 'tổ chức Hội thi / Hội nghị / Hội trại ...' is the verb and its event
        ("Phòng Văn hóa và Thông tin tổ chức Hội thi “Tìm hiểu pháp luật” cho đoàn viên.",
         [("Phòng Văn hóa và Thông tin", "assigned")]),
        ("Đoàn Thanh niên tổ chức Hội trại truyền thống cho đoàn viên.", [("Đoàn Thanh niên", "assigned")]),
        # sweepE: verbs of work no vocabulary had ended nothing, so the name ran on into the task
        ("Phòng Nội vụ chủ trì, phối hợp với Công an xã số hóa hồ sơ.",
         [("Phòng Nội vụ", "lead"), ("Công an xã", "support")]),
        ("Ban Quản lý dự án huyện giải ngân vốn đầu tư công.", [("Ban Quản lý dự án huyện", "assigned")]),
        ("Ủy ban MTTQ Việt Nam xã giới thiệu người ứng cử.", [("Ủy ban MTTQ Việt Nam xã", "assigned")]),
        ("Ủy ban nhân dân các xã tổ chức hội nghị quán triệt.", [("Ủy ban nhân dân các xã", "assigned")]),
        # blind54 e04: passing papers on ('chuyển đến / tới / về / cho / sang') ends the sender's name
        ("UBND cấp huyện chuyển đến UBND cấp xã bản tóm tắt Đề án, phiếu lấy ý kiến cử tri.",
         [("UBND cấp huyện", "assigned")]),
        ("Văn phòng HĐND và UBND huyện chuyển về Phòng Nội vụ hồ sơ đề nghị khen thưởng.",
         [("Văn phòng HĐND và UBND huyện", "assigned")]),
        ("Phòng Tài chính - Kế hoạch chuyển cho Kho bạc Nhà nước huyện danh sách chi trả.",
         [("Phòng Tài chính - Kế hoạch", "assigned")]),
        ("Ủy ban nhân dân các xã chuyển tới Ban Chỉ huy Quân sự huyện hồ sơ.",
         [("Ủy ban nhân dân các xã", "assigned")]),
        ("Phòng Nội vụ chuyển sang Phòng Tư pháp hồ sơ.", [("Phòng Nội vụ", "assigned")]),
        ("Ban Chỉ đạo chuyển đổi số huyện chủ trì.", [("Ban Chỉ đạo chuyển đổi số huyện", "lead")]),
    ],
)
def test_names_that_hold_verb_like_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.name, r.role) for r in responsible_in(text)] == expected


def test_a_list_of_documents_is_no_list_of_points() -> None:
    text = (
        "Thực hiện các văn bản sau:\n- Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy;\n"
        "- Công văn số 45/UBND-VX của UBND tỉnh.\n"
        "Ủy ban nhân dân huyện yêu cầu:\n1. Phòng Nội vụ tổng hợp.\n2. Phòng Tài chính bảo đảm kinh phí.\n"
    )
    assert _summary(text) == [("1", [("Phòng Nội vụ", "assigned")]), ("2", [("Phòng Tài chính", "assigned")])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I. ĐỐI VỚI CÁC SỞ, BAN, NGÀNH TỈNH\n1. Rà soát thủ tục.\n"
         "II. ĐỐI VỚI UBND CÁC HUYỆN\n1. Tuyên truyền.\n",
         [("I.1", [("các sở, ban, ngành tỉnh", "assigned")]), ("II.1", [("ubnd các huyện", "assigned")])]),
        ("I. ĐỐI VỚI CÁN BỘ, CÔNG CHỨC\n1. Rèn luyện đạo đức.\n", []),
        ("I. TÌNH HÌNH CHUNG\n1. Kết quả đạt được.\n", []),
    ],
)
def test_sections_headed_by_bodies(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert _summary(text) == expected


def test_a_notice_that_mixes_information_and_work() -> None:
    text = (
        "THÔNG BÁO\nVề việc tổ chức lấy ý kiến về Kế hoạch sử dụng đất năm 2025\n"
        "1. Hồ sơ lấy ý kiến bao gồm: Báo cáo thuyết minh; Bản đồ.\n"
        "2. Thời gian lấy ý kiến: từ ngày 17/3/2025 đến ngày 05/4/2025.\n"
        "3. Giao:\n- Phòng Nông nghiệp và Môi trường huyện tiếp nhận các ý kiến góp ý.\n"
        "- UBND các xã, thị trấn tổ chức lấy ý kiến của các tổ chức, cá nhân.\n"
    )
    tasks = _tasks(text)
    assert _names(tasks["3.1"]) == [("Phòng Nông nghiệp và Môi trường huyện", "assigned")]
    assert _names(tasks["3.2"]) == [("UBND các xã, thị trấn", "assigned")]


def test_a_plan_attached_after_the_decision_is_read() -> None:
    text = (
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình.\n"
        "Điều 2. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.\n"
        "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn A\n"
        "KẾ HOẠCH\nThực hiện Chương trình phát triển công tác xã hội\n"
        "(Ban hành kèm theo Quyết định số 1528/QĐ-UBND ngày 29/4/2021 của UBND tỉnh)\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Lao động - Thương binh và Xã hội: chủ trì theo dõi, tổng hợp.\n"
        "2. Sở Tài chính: bảo đảm kinh phí.\n"
    )
    assert _summary(text) == [
        ("Điều 2", [("Chánh Văn phòng UBND tỉnh", "assigned"), ("Giám đốc Sở Nội vụ", "assigned")]),
        ("II.1", [("Sở Lao động - Thương binh và Xã hội", "lead")]),
        ("II.2", [("Sở Tài chính", "assigned")]),
    ]


LETTER = """\
Kính gửi:
- Các cơ quan, đơn vị thuộc UBND huyện;
- UBND các xã, thị trấn.
Thực hiện Kế hoạch số 250-KH/TU ngày 20/02/2024 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân huyện yêu cầu các \
cơ quan, đơn vị triển khai thực hiện một số nội dung sau:
1. Phòng Văn hóa và Thông tin huyện: chủ trì, phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện \
đẩy mạnh tuyên truyền Nghị quyết (hoàn thành trước ngày 15/4/2024).
2. UBND các xã, thị trấn:
a) Xây dựng kế hoạch thực hiện, xong trước 30/6.
b) Báo cáo kết quả định kỳ 6 tháng, hằng năm về UBND huyện (qua Phòng Nội vụ).
3. Giao Phòng Nội vụ huyện theo dõi, tổng hợp, báo cáo UBND huyện trong quý II/2024.
4. Đề nghị Ủy ban MTTQ Việt Nam huyện phối hợp tuyên truyền, vận động Nhân dân.
Nhận được Công văn này, yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.
"""


def _wrapped(text: str, width: int = 55) -> str:
    import textwrap

    return "\n".join(piece for line in text.splitlines() for piece in (textwrap.wrap(line, width) or [""]))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(LETTER, id="clean"),
        pytest.param(LETTER.replace(" ", NBSP), id="every-blank-non-breaking"),
        pytest.param(LETTER.replace(" ", "   "), id="runs-of-spaces"),
        pytest.param(_wrapped(LETTER), id="lines-broken-mid-phrase"),
    ],
)
def test_a_damaged_letter_gives_the_same_tasks(text: str) -> None:
    tasks = _tasks(text, date(2024, 3, 12))
    assert list(tasks) == ["1", "2", "2.1", "2.2", "3", "4"]
    assert _names(tasks["1"])[0] == ("Phòng Văn hóa và Thông tin huyện", "lead")
    assert _names(tasks["2.1"]) == [("UBND các xã, thị trấn", "assigned")]
    assert _names(tasks["4"]) == [("Ủy ban MTTQ Việt Nam huyện", "requested")]
    kinds = {label: (t.deadline.kind, t.deadline.due) for label, t in tasks.items()}  # type: ignore[attr-defined]
    assert kinds["1"] == ("by_date", date(2024, 4, 15))
    assert kinds["2.1"] == ("by_date", date(2024, 6, 30))
    assert kinds["2.2"] == ("recurring", None)
    assert kinds["3"] == ("quarter", date(2024, 6, 30))


@pytest.mark.parametrize(
    ("lead_in", "expected"),
    [
        ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể tỉnh; "
         "Chủ tịch UBND các huyện, thị xã, thành phố triển khai thực hiện nghiêm các nội dung sau:",
         [("Giám đốc các sở tỉnh", "assigned"), ("Thủ trưởng các ban, ngành, đoàn thể tỉnh", "assigned"),
          ("Chủ tịch UBND các huyện, thị xã, thành phố", "assigned")]),
        ("UBND huyện đề nghị Ủy ban MTTQ Việt Nam huyện và yêu cầu các cơ quan, đơn vị, UBND các xã, "
         "thị trấn thực hiện tốt một số nội dung sau:",
         [("Ủy ban MTTQ Việt Nam huyện", "requested"), ("các cơ quan, đơn vị", "assigned"),
          ("UBND các xã, thị trấn", "assigned")]),
        ("Nghị quyết đã giao cho Ban Chấp hành Đảng bộ quận tổ chức thực hiện. "
         "Do đó Ban Thường vụ Quận ủy yêu cầu:", []),
        ("Ủy ban nhân dân tỉnh có ý kiến như sau:", []),
    ],
)
def test_addressed_in(lead_in: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.name, r.role) for r in addressed_in(lead_in)] == expected


def test_an_article_that_approves_a_plan_gives_the_plans_work() -> None:
    text = (
        "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Kế hoạch phát triển du lịch với các nội dung chủ yếu sau:\n"
        "1. Mục tiêu\nThu hút 2 triệu lượt khách.\n"
        "2. Nhiệm vụ, giải pháp:\na) Đẩy mạnh quảng bá.\nb) Phát triển sản phẩm du lịch.\n"
        "3. Kinh phí: ngân sách tỉnh.\n"
        "4. Tổ chức thực hiện:\na) Sở Văn hóa, Thể thao và Du lịch chủ trì, theo dõi.\n"
        "b) Sở Tài chính bố trí kinh phí.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    assert list(_tasks(text)) == ["Điều 1.2", "Điều 1.2.1", "Điều 1.2.2",
                                  "Điều 1.4", "Điều 1.4.1", "Điều 1.4.2"]
    assert _names(_tasks(text)["Điều 1.4.1"]) == [("Sở Văn hóa, Thể thao và Du lịch", "lead")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trách nhiệm của Sở Y tế: chủ trì hướng dẫn chuyên môn.", [("Sở Y tế", "lead")]),
        ("Nhiệm vụ của UBND các xã, thị trấn", [("UBND các xã, thị trấn", "assigned")]),
        ("Nhiệm vụ trọng tâm năm 2024", []),
    ],
)
def test_duties_of_a_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.name, r.role) for r in responsible_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rà soát thủ tục hành chính. Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Sở Tài chính, "
         "Sở Tư pháp. Thời gian: quý II/2024.",
         [("Sở Nội vụ", "lead"), ("Sở Tài chính", "support"), ("Sở Tư pháp", "support")]),
        ("Tổ chức tập huấn. Đơn vị thực hiện: UBND các xã, thị trấn.",
         [("UBND các xã, thị trấn", "assigned")]),
    ],
)
def test_role_fields_of_a_flattened_table(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.name, r.role) for r in responsible_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kính gửi:\n- Các phòng, ban, ngành huyện;\n- UBND các xã, thị trấn.\n"
            "Thực hiện Công văn số 20/UBND-VX của UBND tỉnh, UBND huyện đề nghị:\n"
            "1. Tăng cường tuyên truyền phòng, chống dịch.\n2. Phòng Y tế huyện theo dõi, tổng hợp.\n",
            [("1", [("Các phòng, ban, ngành huyện", "assigned"), ("UBND các xã, thị trấn", "assigned")]),
             ("2", [("Phòng Y tế huyện", "assigned")])],
            id="one-addressee-a-line"),
        # blind30 c05: the addressees run on one table row are each an addressee, as on lines of their own
        pytest.param(
            "| Kính gửi: | - Bộ Quốc phòng; - Bộ Tài chính |\n|---|---|\n\n"
            "Xét đề nghị của Bộ Quốc phòng, Thủ tướng Chính phủ có ý kiến như sau:\n"
            "1. Điều chỉnh mức trợ cấp hàng tháng.\n2. Bộ Tài chính bảo đảm kinh phí.\n",
            [("1", [("Bộ Quốc phòng", "assigned"), ("Bộ Tài chính", "assigned")]),
             ("2", [("Bộ Tài chính", "assigned")])],
            id="addressees-run-on-a-table-row"),
    ],
)
def test_points_nobody_is_named_for_go_to_the_addressees(text: str, expected: list[tuple[str, list]]) -> None:
    assert _summary(text) == expected


# --- round 2: collective names, union bodies, clause orders, clock deadlines ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Thủ trưởng các cơ quan, ban, ngành đoàn thể cấp tỉnh, "
                     "Thủ trưởng cơ quan trung ương đóng "
                     "trên địa bàn, Chủ tịch UBND các huyện, thị và thành phố Huế",
                     ["Thủ trưởng các cơ quan, ban, ngành đoàn thể cấp tỉnh",
                      "Thủ trưởng cơ quan trung ương đóng trên địa bàn",
                      "Chủ tịch UBND các huyện, thị và thành phố Huế"], id="offices-each-open-a-collective"),
        pytest.param("Các cơ quan, đơn vị, trường học, lực lượng vũ trang, doanh nghiệp",
                     ["Các cơ quan, đơn vị, trường học, lực lượng vũ trang, doanh nghiệp"],
                     id="one-determiner"),
        pytest.param("Các cơ quan Đảng, đoàn thể, cơ quan hành chính, đơn vị sự nghiệp, bệnh viện",
                     ["Các cơ quan Đảng, đoàn thể, cơ quan hành chính, đơn vị sự nghiệp, bệnh viện"],
                     id="a-capital-inside-the-first-kind"),
        pytest.param("Các phòng, ban, đơn vị, Ủy ban nhân dân các xã, thị trấn",
                     ["Các phòng, ban, đơn vị", "Ủy ban nhân dân các xã, thị trấn"],
                     id="a-named-body-ends-it"),
        pytest.param("Các sở, ngành, các đoàn thể tỉnh", ["Các sở, ngành tỉnh", "các đoàn thể tỉnh"],
                     id="a-second-determiner-opens-another"),
        pytest.param("các phòng, ban, chủ tịch UBND các xã", ["các phòng, ban", "chủ tịch UBND các xã"],
                     id="a-lower-case-office-is-its-own-body"),
        pytest.param("Sở Nội vụ, Sở Tài chính, Sở Kế hoạch và Đầu tư",
                     ["Sở Nội vụ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư"], id="named-bodies-stay-separate"),
        pytest.param("Chủ tịch UBND các xã, phường và thị trấn", ["Chủ tịch UBND các xã, phường và thị trấn"],
                     id="units-joined-by-va"),
        pytest.param("Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, huyện, thị xã",
                     ["Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, huyện, thị xã"],
                     id="named-body-over-kinds"),
        pytest.param("Ban Chỉ đạo các sở, ngành, huyện, thành phố, Sở Nội vụ",
                     ["Ban Chỉ đạo các sở, ngành, huyện, thành phố", "Sở Nội vụ"],
                     id="named-body-over-kinds-ended"),
        pytest.param("Ủy ban nhân dân các xã, thị trấn, công chức văn hóa xã",
                     ["Ủy ban nhân dân các xã, thị trấn", "công chức văn hóa xã"],
                     id="named-body-over-units-opens-none"),
        pytest.param("Cán bộ, công chức xã, các ngành liên quan, Trạm Y tế",
                     ["Cán bộ", "công chức xã", "các ngành liên quan", "Trạm Y tế"],
                     id="no-determiner-no-merge"),
    ],
)
def test_collective_names(text: str, expected: list[str]) -> None:
    assert split_bodies(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Liên quan đến kiến nghị của công dân, UBND tỉnh yêu cầu UBND huyện Triệu Phong "
                     "có văn bản "
                     "trả lời.", [("UBND huyện Triệu Phong", "assigned")], id="speaker-in-a-clause"),
        pytest.param("Về nội dung phản ánh việc cấp đất, giao UBND huyện Hải Lăng kiểm tra, xử lý.",
                     [("UBND huyện Hải Lăng", "assigned")], id="giao-after-a-comma"),
        pytest.param("Về kinh phí thực hiện, đề nghị Ủy ban MTTQ Việt Nam tỉnh phối hợp vận động.",
                     [("Ủy ban MTTQ Việt Nam tỉnh", "requested")], id="de-nghi-after-a-comma"),
        pytest.param("Nghị quyết Đại hội đã giao cho Ban Chấp hành xây dựng chương trình.", [],
                     id="reported-speech"),
        pytest.param("Phối hợp với Sở Giao thông vận tải, giao nhiệm vụ cụ thể cho từng thôn.", [],
                     id="giao-nhiem-vu-is-no-order"),
        pytest.param("Theo báo cáo, nhân dân yêu cầu bồi thường thỏa đáng.", [], id="a-non-body-speaker"),
        pytest.param("Chủ tịch UBND tỉnh yêu cầu lãnh đạo các sở, ban, ngành thuộc tỉnh, Chủ tịch UBND các "
                     "huyện, thành phố, thủ trưởng các đơn vị có liên quan khẩn trương tổng hợp báo cáo.",
                     [("lãnh đạo các sở, ban, ngành thuộc tỉnh", "assigned"),
                      ("Chủ tịch UBND các huyện, thành phố", "assigned"),
                      ("thủ trưởng các đơn vị có liên quan", "assigned")],
                     id="lanh-dao-cac-so-after-the-speaker"),
        pytest.param("Các sở, ban, ngành, hội, đoàn thể tỉnh và các doanh nghiệp trên địa bàn tỉnh treo cờ.",
                     [("Các sở, ban, ngành, hội, đoàn thể tỉnh", "assigned"),
                      ("các doanh nghiệp trên địa bàn tỉnh", "assigned")], id="hoi-among-kinds"),
        pytest.param("Căn cứ tình hình thực tế, Ban Chỉ đạo huyện đề nghị Ủy ban MTTQ Việt Nam huyện "
                     "vận động.",
                     [("Ủy ban MTTQ Việt Nam huyện", "requested")], id="after-a-basis-clause"),
    ],
)
def test_orders_inside_a_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.name, r.role) for r in responsible_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Báo cáo kết quả về Văn phòng Huyện Đoàn chậm nhất 10h00’ ngày 23/7/2018.", date(2018, 7, 23)),
        ("Nộp báo cáo về Phòng GD&ĐT trước 9h00 ngày 23/4/2018 để tổng hợp.", date(2018, 4, 23)),
        ("Gửi danh sách về Văn phòng trước 16 giờ 30 phút, ngày 05/5/2020.", date(2020, 5, 5)),
        ("Hoàn thành trước 17h ngày 30 tháng 6 năm 2024.", date(2024, 6, 30)),
    ],
)
def test_deadlines_with_an_hour(text: str, due: date) -> None:
    deadline, _ = extract_deadline(text)
    assert (deadline.kind, deadline.due) == ("by_date", due)


@pytest.mark.parametrize(
    ("lead_in", "expected"),
    [
        ("BTV Huyện Đoàn đề nghị BCH Đoàn các xã, thị trấn triển khai đồng loạt, cụ thể như sau:",
         [("BCH Đoàn các xã, thị trấn", "requested")]),
        ("Ban Thường vụ Thành đoàn yêu cầu Đoàn các phường, xã thực hiện các nội dung sau:",
         [("Đoàn các phường, xã", "assigned")]),
        ("Huyện đoàn đề nghị Ban Chấp hành Đoàn cơ sở tổ chức các hoạt động sau:",
         [("Ban Chấp hành Đoàn cơ sở", "requested")]),
    ],
)
def test_union_bodies_as_addressees(lead_in: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.name, r.role) for r in addressed_in(lead_in)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "UBND tỉnh có ý kiến như sau:\n1. Về kiến nghị của công dân, UBND tỉnh yêu cầu UBND huyện "
            "Cam Lộ trả lời.\n2. Về phản ánh, giao UBND huyện Cam Lộ kiểm tra, báo cáo trước ngày "
            "20/5/2021.\n",
            [("1", [("UBND huyện Cam Lộ", "assigned")]), ("2", [("UBND huyện Cam Lộ", "assigned")])],
            id="opinion-letter-without-an-ordering-lead-in",
        ),
        pytest.param(
            "Kính gửi: Ông (Bà) Hiệu trưởng các đơn vị trực thuộc. Thực hiện Kế hoạch số 12/KH-UBND của UBND "
            "thành phố, Phòng Giáo dục và Đào tạo yêu cầu các trường học trực thuộc thực hiện các nội "
            "dung sau:\n"
            "1. Tuyên truyền học sinh bảo vệ môi trường.\n2. Tổng vệ sinh khuôn viên trường.\n",
            [("1", [("các trường học trực thuộc", "assigned")]),
             ("2", [("các trường học trực thuộc", "assigned")])],
            id="kinh-gui-run-into-the-lead-in",
        ),
        pytest.param(
            "Ban Thường vụ Huyện đoàn đề nghị BCH Đoàn các xã, thị trấn triển khai, cụ thể như sau:\n"
            "1. Thời gian: Ngày 22/7/2018\n2. Địa điểm: Tại các nghĩa trang.\n3. Nội dung:\n"
            "- Tổ chức ra quân.\n"
            "- Thăm hỏi gia đình chính sách.\n4. Thông tin báo cáo:\nBáo cáo kết quả chậm nhất 10h00 ngày "
            "23/7/2018.\nBTV Huyện\n",
            [(label, [("BCH Đoàn các xã, thị trấn", "requested")])
             for label in ("3", "3.1", "3.2", "4")],  # 1 and 2 give time and place: no work
            id="a-fragment-naming-the-issuer-assigns-nothing",
        ),
        pytest.param(
            "Căn cứ tình hình thực tế, UBND xã thông báo như sau:\n1. Thời gian treo cờ: từ ngày 28/4/2021.\n"
            "2. Trách nhiệm thực hiện:\n2.1. Các cơ quan, đơn vị, trường học treo cờ Tổ quốc.\n"
            "2.2. Trưởng các thôn vận động nhân dân treo cờ.\n",
            [("2", []), ("2.1", [("Các cơ quan, đơn vị, trường học", "assigned")]),
             ("2.2", [("Trưởng các thôn", "assigned")])],
            id="background-words-in-a-basis-clause",
        ),
    ],
)
def test_letters_of_round_two(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert _summary(text, date(2021, 4, 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("UBND các quận, huyện, thị xã có trách nhiệm chỉ đạo, kiểm tra; Thủ trưởng các cơ quan, "
                     "đơn vị kiểm tra việc treo cờ.",
                     [("UBND các quận, huyện, thị xã", "assigned"),
                      ("Thủ trưởng các cơ quan, đơn vị", "assigned")],
                     id="a-second-clause-with-its-own-subject"),
        pytest.param("Ban Thường vụ Đảng ủy cụ thể hóa Nghị quyết; Đảng ủy viên phụ trách các khối chỉ đạo "
                     "thực hiện.",
                     [("Ban Thường vụ Đảng ủy", "assigned"), ("Đảng ủy viên", "assigned")], id="semicolon"),
        pytest.param("Các chi bộ nâng cao chất lượng sinh hoạt. Ủy ban Kiểm tra Đảng ủy chủ trì giám sát.",
                     [("Các chi bộ", "assigned"), ("Ủy ban Kiểm tra Đảng ủy", "lead")],
                     id="a-later-sentence"),
        pytest.param("Các chi bộ tổ chức học tập. Nghị quyết Đại hội được phổ biến rộng rãi.",
                     [("Các chi bộ", "assigned")], id="a-later-sentence-about-a-document"),
        pytest.param("Tất cả các cơ quan, các thôn treo cờ Tổ quốc tại trụ sở.",
                     [("các cơ quan", "assigned"), ("các thôn", "assigned")], id="tat-ca-cac"),
        pytest.param("Chủ tịch Ủy ban nhân dân huyện, thị xã, thành phố và các tổ chức, cá nhân có liên "
                     "quan chịu trách nhiệm thi hành.",
                     [("Chủ tịch Ủy ban nhân dân huyện, thị xã, thành phố", "assigned")],
                     id="a-determiner-is-no-names-tail"),
    ],
)
def test_subjects_of_later_clauses(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.name, r.role) for r in responsible_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Để chuẩn bị tốt cho Tết Nguyên đán, UBND huyện có ý kiến như sau:\n"
                     "- Các cơ quan, đơn vị bố trí cán bộ trực Tết.\n"
                     "- UBND các xã, thị trấn: Tổ chức thăm hỏi gia đình chính sách.\n"
                     "- Công an huyện bảo đảm an ninh trật tự.\n",
                     [("1", [("Các cơ quan, đơn vị", "assigned")]),
                      ("2", [("UBND các xã, thị trấn", "assigned")]),
                      ("3", [("Công an huyện", "assigned")])], id="bodies-and-their-verbs"),
        pytest.param("Thành phần tham dự như sau:\n- Lãnh đạo UBND huyện;\n"
                     "- Đại diện các phòng, ban, ngành;\n"
                     "- Chủ tịch UBND các xã, thị trấn.\n", [], id="a-list-of-names"),
        pytest.param("Căn cứ các văn bản sau:\n- Nghị quyết số 12-NQ/TU của Tỉnh ủy;\n"
                     "- Kế hoạch số 5/KH-UBND của UBND tỉnh.\n", [], id="a-list-of-documents"),
        pytest.param("Lịch trực Tết cụ thể như sau:\n- Ngày 30 Tết: đồng chí Nguyễn Văn A.\n"
                     "- Mùng 1 Tết: đồng chí Trần Văn B.\n", [], id="a-roster"),
    ],
)
def test_bullets_after_a_lead_in_that_names_no_work(
    text: str, expected: list[tuple[str, list[tuple[str, str]]]]
) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Các cấp bộ Đoàn, đoàn viên, thanh niên tích cực tham gia.", [("Các cấp bộ Đoàn", "assigned")]),
        ("Các cơ sở Đoàn tổ chức ra quân.", [("Các cơ sở Đoàn", "assigned")]),
        ("Các chi hội tổ chức sinh hoạt.", [("Các chi hội", "assigned")]),
        ("Các cấp Hội tuyên truyền đến hội viên.", [("Các cấp Hội", "assigned")]),
        ("Chi đoàn thôn tổ chức ra quân.", [("Chi đoàn thôn", "assigned")]),
        ("Hội Nông dân các xã, thị trấn tổ chức tuyên truyền.",
         [("Hội Nông dân các xã, thị trấn", "assigned")]),
        ("Ban Thường vụ Tỉnh đoàn kêu gọi đoàn viên tham gia.", [("Ban Thường vụ Tỉnh đoàn", "assigned")]),
    ],
)
def test_union_and_association_levels(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.name, r.role) for r in responsible_in(text)] == expected


# --- round 3: grassroots units and teams, asides after a notice's points, letters in Roman parts ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Tất cả các cơ quan, các cơ sở kinh doanh, các hộ gia đình treo cờ Tổ quốc.",
                     [("các cơ quan", "assigned"), ("các cơ sở kinh doanh", "assigned"),
                      ("các hộ gia đình", "assigned")], id="households-and-businesses"),
        pytest.param("Đề nghị Ban công tác Mặt trận, tổ hòa giải và các đoàn thể vận động nhân dân.",
                     [("Ban công tác Mặt trận", "requested"), ("tổ hòa giải", "requested"),
                      ("các đoàn thể", "requested")], id="a-team-in-a-list"),
        pytest.param("Giao Công an xã, tổ an ninh trật tự cơ sở, tổ kiểm tra liên ngành xử lý vi phạm.",
                     [("Công an xã", "assigned"), ("tổ an ninh trật tự cơ sở", "assigned"),
                      ("tổ kiểm tra liên ngành", "assigned")], id="team-names-run-to-the-comma"),
        pytest.param("Các khu phố, tổ dân phố vận động nhân dân dọn vệ sinh.",
                     [("Các khu phố, tổ dân phố", "assigned")], id="khu-pho"),
        pytest.param("Các ấp, khóm phối hợp với Đoàn Thanh niên ra quân.",
                     [("Các ấp, khóm", "assigned")], id="ap-khom"),
        pytest.param("Ban quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh khẩn trương bàn giao "
                     "mặt bằng.",
                     [("Ban quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "assigned")],
                     id="a-project-board-whose-name-holds-verbs"),
        pytest.param("Ban QLDA ĐTXD huyện lập hồ sơ quyết toán.", [("Ban QLDA ĐTXD huyện", "assigned")],
                     id="a-project-board-abbreviated"),
    ],
)
def test_grassroots_units_and_teams(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.name, r.role) for r in responsible_in(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Tổ chức tuyên truyền trên hệ thống loa truyền thanh.", id="to-chuc-is-a-verb"),
        pytest.param("Cơ sở vật chất của các trường được sửa chữa.", id="co-so-vat-chat"),
        pytest.param("Cơ sở dữ liệu dân cư được cập nhật.", id="co-so-du-lieu"),
        pytest.param("Tổ quốc ghi công các liệt sĩ.", id="to-quoc"),
        pytest.param("Bản đồ quy hoạch được công khai.", id="ban-do-is-no-village"),
    ],
)
def test_words_that_look_like_grassroots_units(text: str) -> None:
    assert responsible_in(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "UBND xã đề nghị các thôn, trường học thực hiện các nội dung sau:\n"
            "1. Treo cờ Tổ quốc tại trụ sở.\n2. Dọn vệ sinh đường làng ngõ xóm.\n"
            "Thời gian trang trí, tuyên truyền:\n"
            "- Từ ngày 28/8/2024 đến hết ngày 05/9/2024.\n- Lễ chào cờ vào sáng 02/9/2024.\n",
            ["1", "2"], id="time-window-after-the-points"),
        pytest.param(
            "Ủy ban nhân dân phường yêu cầu các tổ dân phố thực hiện các công việc sau:\n"
            "1. Các tổ dân phố vận động nhân dân treo cờ.\n2. Tổ chức tổng vệ sinh.\n"
            "Khẩu hiệu tuyên truyền:\n+ Nhiệt liệt chào mừng Quốc khánh 2/9!\n"
            "+ Đảng Cộng sản Việt Nam quang vinh muôn năm!\n",
            ["1", "2"], id="slogans-after-a-lead"),
        pytest.param(
            "UBND xã yêu cầu các thôn thực hiện tốt một số nội dung sau:\n"
            "1. Các thôn treo băng rôn với các khẩu hiệu:\n"
            "- Nhiệt liệt chào mừng Đại hội Đảng bộ xã!\n- Mừng Đảng, mừng Xuân!\n"
            "2. Các thôn tổ chức dọn vệ sinh.\n",
            ["1", "2"], id="slogans-under-a-point"),
        pytest.param(
            "Ủy ban nhân dân xã thông báo đề nghị các cơ quan, đơn vị thực hiện như sau:\n"
            "1. Các cơ quan, đơn vị cử cán bộ tham dự.\n2. Văn phòng UBND xã chuẩn bị hội trường.\n"
            "*Địa điểm:\n- Hội trường UBND xã.\n",
            ["1", "2"], id="place-after-the-points"),
        pytest.param(
            "UBND xã yêu cầu các thôn thực hiện các nội dung sau:\n"
            "1. Các thôn tuyên truyền Ngày hội.\nThời gian thực hiện:\n- Đợt 1 từ ngày 1/3/2024.\n"
            "2. Các thôn báo cáo kết quả về UBND xã.\n- Trước ngày 30/3/2024 gửi báo cáo.\n",
            ["1", "2", "2.1"], id="the-next-point-ends-the-aside"),
        pytest.param(
            "UBND xã yêu cầu các thôn thực hiện các nội dung sau:\n"
            "1. Các thôn tổ chức ra quân, gồm các việc:\n- Phát quang bụi rậm.\n- Khơi thông cống rãnh.\n",
            ["1", "1.1", "1.2"], id="a-points-own-steps-stay"),
    ],
)
def test_asides_after_a_notices_points(text: str, expected: list[str]) -> None:
    assert list(_tasks(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kính gửi: Các cơ sở giáo dục trực thuộc.\n"
            "Để tăng cường quản lý thu chi, Sở Giáo dục và Đào tạo đề nghị Ủy ban nhân dân các quận, "
            "huyện và các cơ sở giáo dục trực thuộc Sở thực hiện các nội dung cụ thể như sau:\n"
            "I. THU HỌC PHÍ\n1. Thu học phí\n2. Miễn, giảm học phí\nII. CÁC KHOẢN THU KHÁC\n"
            "1. Thu tiền ăn bán trú\n",
            [("I.1", [("Ủy ban nhân dân các quận, huyện", "requested"),
                      ("các cơ sở giáo dục trực thuộc Sở", "requested")]),
             ("I.2", [("Ủy ban nhân dân các quận, huyện", "requested"),
                      ("các cơ sở giáo dục trực thuộc Sở", "requested")]),
             ("II.1", [("Ủy ban nhân dân các quận, huyện", "requested"),
                       ("các cơ sở giáo dục trực thuộc Sở", "requested")])],
            id="a-letter-in-roman-parts"),
        pytest.param(
            "UBND huyện yêu cầu Thủ trưởng các phòng, ban thực hiện các nội dung sau:\n"
            "A. CÔNG TÁC PHÒNG CHỐNG DỊCH\n1. Phòng Y tế theo dõi tình hình.\n"
            "B. CÔNG TÁC BẢO ĐẢM AN NINH\n1. Công an huyện tăng cường tuần tra.\n",
            [("A.1", [("Phòng Y tế", "assigned")]), ("B.1", [("Công an huyện", "assigned")])],
            id="capital-letter-parts-with-their-own-bodies"),
        pytest.param(
            "Phòng Giáo dục đề nghị Hiệu trưởng các trường thực hiện tốt các nội dung sau:\n"
            "I. TÌNH HÌNH CHUNG\n1. Năm học vừa qua các trường đã hoàn thành kế hoạch.\n"
            "II. CÔNG TÁC PHỔ CẬP GIÁO DỤC\n1. Rà soát số liệu phổ cập.\n",
            [("II.1", [("Hiệu trưởng các trường", "requested")])], id="a-background-part-sets-none"),
        pytest.param(
            "Để triển khai Nghị quyết, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt sâu sắc Nghị quyết.\nII. NHIỆM VỤ\n"
            "1. Các chi bộ tổ chức học tập.\n",
            [("II.1", [("Các chi bộ", "assigned")])], id="a-plan-keeps-its-task-sections"),
        pytest.param(
            "Trong năm qua, tình hình kinh tế của huyện có nhiều chuyển biến như sau:\n"
            "I. KẾT QUẢ ĐẠT ĐƯỢC\n1. Sản xuất nông nghiệp tăng trưởng.\n"
            "II. HẠN CHẾ\n1. Thu ngân sách thấp.\n",
            [], id="a-report-sets-none"),
    ],
)
def test_letters_in_roman_parts(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "UBND xã thông báo đến các cơ quan, đơn vị thực hiện treo cờ cụ thể như sau:\n"
            "1/ Các cơ quan, các thôn treo cờ Tổ quốc tại trụ sở.\n"
            "2/ Thời gian treo cờ: Từ ngày 30/4/2025 đến hết ngày 01/5/2025.\n",
            ["1"], id="a-flying-period"),
        pytest.param(
            "BTV Huyện đoàn đề nghị BCH Đoàn các xã, thị trấn thực hiện cụ thể như sau:\n"
            "1. Thời gian: Ngày 22/7/2018 (Chủ nhật)\n2. Địa điểm: Tại các nghĩa trang liệt sỹ.\n"
            "3. Nội dung:\n- Tổ chức thắp nến tri ân.\n"
            "4. Các cơ sở Đoàn báo cáo kết quả trước ngày 25/7/2018.\n",
            ["3", "3.1", "4"], id="time-and-place-before-the-work"),
        pytest.param(
            "Ủy ban nhân dân phường yêu cầu các tổ dân phố thực hiện các nội dung sau:\n"
            "1. Các tổ dân phố tổ chức tổng vệ sinh.\n"
            "2. THÀNH PHẦN THAM GIA: toàn thể cán bộ, nhân dân trên địa bàn.\n"
            "3. Kinh phí thực hiện: từ nguồn ngân sách phường.\n",
            ["1"], id="participants-and-funding-in-capitals"),
        pytest.param(
            "UBND huyện thông báo lấy ý kiến về Kế hoạch sử dụng đất năm 2025 như sau:\n"
            "1. Hồ sơ lấy ý kiến bao gồm: Báo cáo thuyết minh; Bản đồ, Kế hoạch sử dụng đất.\n"
            "2. Thời gian lấy ý kiến: từ ngày 17/3/2025 đến ngày 05/4/2025.\n"
            "3. Giao:\n- Phòng Nông nghiệp và Môi trường huyện tiếp nhận các ý kiến góp ý.\n"
            "- UBND các xã, thị trấn tổ chức lấy ý kiến của Nhân dân trên địa bàn.\n",
            ["3", "3.1", "3.2"], id="a-consultation-dossier"),
        pytest.param(
            "UBND xã thông báo như sau:\n"
            "1. Hồ sơ đề nghị khen thưởng gồm: Tờ trình, danh sách, báo cáo thành tích.\n"
            "2. Các thôn gửi hồ sơ về UBND xã trước ngày 15/11/2024.\n",
            ["2"], id="what-a-dossier-holds"),
        pytest.param(
            "UBND xã yêu cầu các thôn thực hiện các nội dung sau:\n"
            "1. Hồ sơ đề nghị khen thưởng: các thôn hoàn thiện, gửi về UBND xã trước ngày 15/11/2024.\n"
            "2. Các thôn tổ chức bình xét.\n",
            ["1", "2"], id="a-dossier-field-that-sets-work"),
        pytest.param(
            "UBND xã yêu cầu các thôn thực hiện các nội dung sau:\n"
            "1. Thời gian tiếp nhận góp ý đối với dự thảo, hồ sơ: Từ ngày 1/6 đến ngày 15/6/2021.\n"
            "2. Các thôn tổ chức lấy ý kiến nhân dân.\n",
            ["2"], id="a-long-field-name"),
        pytest.param(
            "UBND xã yêu cầu các thôn thực hiện các nội dung sau:\n"
            "1. Các thôn ra quân dọn vệ sinh, thời gian thực hiện:\n- Hoàn thành trước ngày 30/6/2024.\n"
            "2. Thời gian qua, các thôn chưa làm tốt việc thu gom rác, nay yêu cầu các thôn khắc phục.\n"
            "3. Địa điểm tập kết rác do các thôn lựa chọn: Ban công tác Mặt trận thôn giám sát.\n",
            ["1", "1.1", "2", "3"], id="a-sentence-or-a-body-is-no-field"),
    ],
)
def test_points_that_only_give_practical_details(text: str, expected: list[str]) -> None:
    assert list(_tasks(text)) == expected


def test_a_participants_point_that_lists_bodies_sets_no_work() -> None:
    text = ("UBND huyện yêu cầu các phòng, ban thực hiện các nội dung sau:\n"
            "1. Phòng Văn hóa và Thông tin chuẩn bị hội trường.\n"
            "2. Thành phần: Lãnh đạo UBND huyện; Trưởng các phòng, ban.\n")
    assert list(_tasks(text)) == ["1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "UBND xã Tân Lập thông báo lịch tổng vệ sinh môi trường như sau:\n"
            "1. Thời gian: 7 giờ sáng Chủ nhật, ngày 15/3/2020.\n"
            "2. Địa điểm: các tuyến đường trên địa bàn xã.\n"
            "3. Thành phần: Cán bộ, công chức xã; các đoàn thể; nhân dân các thôn.\n"
            "4. Giao Trưởng các thôn chỉ đạo nhân dân ra quân.\n5. Công an xã bảo đảm an ninh trật tự.\n",
            [("4", [("Trưởng các thôn", "assigned")]), ("5", [("Công an xã", "assigned")])],
            id="work-after-three-detail-points"),
        pytest.param(
            "Ban Tổ chức thông báo kế hoạch Hội thi như sau:\n1. Thời gian: ngày 20/10/2023.\n"
            "2. Địa điểm: Hội trường Huyện ủy.\n"
            "3. Các chi bộ cử 02 đội thi, gửi danh sách trước 15/10/2023.\n",
            [("3", [("Các chi bộ", "assigned")])], id="one-work-point-after-two-detail-points"),
        pytest.param(
            "Lịch tiếp công dân tháng 5 như sau:\n1. Thời gian: sáng thứ Năm hằng tuần.\n"
            "2. Địa điểm: Phòng tiếp công dân.\n", [], id="details-only"),
    ],
)
def test_detail_points_do_not_outvote_the_work(
    text: str, expected: list[tuple[str, list[tuple[str, str]]]]
) -> None:
    assert _summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "UBND xã yêu cầu các thôn thực hiện tốt các nội dung sau:\n1. Các thôn treo cờ Tổ quốc.\n"
            "2. Khẩu hiệu tuyên truyền:\n- Toàn dân tham gia giữ gìn an ninh trật tự\n"
            "- Mừng Đảng, mừng Xuân\n"
            "3. Trạm Y tế xã bảo đảm công tác y tế.\n",
            ["1", "3"], id="a-numbered-slogans-heading"),
        pytest.param(
            "UBND phường đề nghị các tổ dân phố thực hiện các nội dung sau:\n1. Các tổ dân phố treo cờ.\n"
            "2. Thời gian:\nTừ ngày 1/2/2024 đến hết ngày 15/2/2024.\n",
            ["1"], id="a-time-heading-with-its-value-below"),
        pytest.param(
            "UBND xã yêu cầu các thôn thực hiện tốt các nội dung sau:\n1. Các thôn treo cờ Tổ quốc.\n"
            "2. NỘI DUNG KHẨU HIỆU\n+ Nhiệt liệt chào mừng Đại hội Đoàn!\n",
            ["1"], id="slogans-heading-in-capitals"),
        pytest.param(
            "UBND xã yêu cầu các thôn thực hiện tốt các nội dung sau:\n"
            "1. Các thôn treo băng rôn, khẩu hiệu tại nhà văn hóa.\n2. Các thôn dọn vệ sinh.\n",
            ["1", "2"], id="work-about-slogans-is-work"),
    ],
)
def test_slogans_and_details_under_a_number(text: str, expected: list[str]) -> None:
    assert list(_tasks(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "KẾ HOẠCH\nI/ MỤC ĐÍCH, YÊU CẦU\n1/ Nâng cao nhận thức.\nII/ NHIỆM VỤ\n"
            "1/ Ban Tuyên giáo Huyện ủy chủ trì tuyên truyền.\n2/ Các chi bộ tổ chức học tập.\n",
            ["II.1", "II.2"], id="roman-with-a-slash"),
        pytest.param(
            "UBND huyện yêu cầu các xã thực hiện các nội dung sau:\n1/ Các xã rà soát hộ nghèo.\n"
            "a/ Lập danh sách hộ nghèo.\nb/ Niêm yết công khai tại nhà văn hóa thôn.\n"
            "2/ Phòng Lao động - Thương binh và Xã hội tổng hợp kết quả.\n",
            ["1", "1.1", "1.2", "2"], id="letters-with-a-slash-run-into-the-point"),
        pytest.param(
            "III/ TỔ CHỨC THỰC HIỆN\n1. Đảng ủy các xã:\na/ Xây dựng kế hoạch trước ngày 15/3/2024;\n"
            "b/ Báo cáo kết quả về Ban Thường vụ.\n2. Văn phòng Huyện ủy theo dõi, đôn đốc.\n",
            ["III.1", "III.1.1", "III.1.2", "III.2"], id="slashed-letters-after-a-colon"),
        pytest.param(
            "Phòng Giáo dục đề nghị các trường thực hiện các nội dung sau:\n"
            "1. Các trường tổ chức khai giảng; b/ c là tỷ lệ học sinh ra lớp.\n"
            "2. Các trường báo cáo số liệu.\n",
            ["1", "2"], id="a-slash-out-of-order-is-no-item"),
        pytest.param(
            "UBND huyện yêu cầu các xã thực hiện các nội dung sau:\n1. Các xã báo cáo V/v tổng kết năm.\n"
            "2. Các xã nộp hồ sơ.\n",
            ["1", "2"], id="v-slash-v-is-no-marker"),
    ],
)
def test_slashed_roman_and_letter_markers(text: str, expected: list[str]) -> None:
    assert list(_tasks(text)) == expected


# blind3: a chairman's opinion approves before it assigns ('Thống nhất chủ trương giao X ...', 'Đồng ý
# giao X ...'): X is assigned (or leads, with 'chủ trì'); an approval that assigns nobody names no body.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thống nhất chủ trương giao UBND huyện Thọ Xuân xây dựng Đề án Phát triển du lịch huyện Thọ Xuân.",
         [("UBND huyện Thọ Xuân", "assigned")]),
        ("Đồng ý chủ trương giao Sở Tài chính chủ trì thẩm định dự toán.", [("Sở Tài chính", "lead")]),
        ("Đồng ý giao Ban Quản lý dự án đầu tư xây dựng tỉnh thực hiện thủ tục đầu tư.",
         [("Ban Quản lý dự án đầu tư xây dựng tỉnh", "assigned")]),
        ("Chấp thuận chủ trương giao UBND thành phố Thanh Hóa lập quy hoạch chi tiết.",
         [("UBND thành phố Thanh Hóa", "assigned")]),
        ("Thống nhất giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tổng hợp.",
         [("Sở Kế hoạch và Đầu tư", "lead"), ("Sở Tài chính", "support")]),
        ("Thống nhất với đề xuất của Sở Y tế tại Tờ trình số 12/TTr-SYT.", []),
        ("Đồng ý chủ trương đầu tư dự án đường giao thông liên xã.", []),
    ],
)
def test_an_approval_before_the_assignment(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.name, r.role) for r in responsible_in(text)] == expected


# blind9: a Markdown copy of a plan ('**1. Tuyên truyền ...**' / '*   Đảng đoàn Quốc hội phối hợp ...'):
# a star that opens a line and is followed by spaces marks a list item, a bullet like '-'; stars of
# emphasis ('**...**', '*Ghi chú*') and a header's lone '*' go, as before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**II. PHÂN CÔNG NHIỆM VỤ**\n\n**1. Tuyên truyền, quán triệt**\n\n*   Các cơ quan tổ chức "
         "tuyên truyền.\n*   Đảng đoàn Quốc hội phối hợp với Đảng ủy tổ chức phổ biến.\n\n**2. Rà soát**\n\n"
         "*   Khẩn trương rà soát.\n", ["II.1", "II.1.1", "II.1.2", "II.2", "II.2.1"]),
        ("II. NHIỆM VỤ\n1. Tuyên truyền\n    *   Sở Thông tin tổ chức tuyên truyền.\n    *   Các huyện "
         "phổ biến đến Nhân dân.\n", ["II.1", "II.1.1", "II.1.2"]),
        ("II. NHIỆM VỤ\n1. Tuyên truyền\n*  Sở Thông tin tổ chức tuyên truyền.\n*  Các huyện phổ biến.\n",
         ["II.1", "II.1.1", "II.1.2"]),
        ("II. NHIỆM VỤ\n1. Tuyên truyền **các nội dung** của Nghị quyết.\n*Ghi chú: các đơn vị báo cáo.*\n",
         ["II.1"]),
        ("TỈNH ỦY\n*\nSố 12-KH/TU\nKẾ HOẠCH\nII. NHIỆM VỤ\n1. Tuyên truyền.\n2. Rà soát.\n",
         ["II.1", "II.2"]),
    ],
)
def test_markdown_star_list_items_are_bullets(text: str, expected: list[str]) -> None:
    assert list(_tasks(text)) == expected


# --- leftovers2: a notice whose '1.' is a field of details ('1. Thời gian:') numbers points, not sections ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Chủ tịch UBND xã Tân Lập thông báo lịch tiếp công dân như sau:\n1. Thời gian:\n"
            "- Tiếp công dân định kỳ vào ngày 10 hàng tháng.\n2. Địa điểm: Hội trường UBND xã.\n"
            "3. Giao Văn phòng HĐND-UBND xã chuẩn bị hội trường, tiếp nhận đơn thư.\n",
            [("1", []), ("1.1", []), ("3", [("Văn phòng HĐND-UBND xã", "assigned")])],
            id="time-field-first-then-work",
        ),
        pytest.param(
            "UBND huyện tổ chức Hội nghị sơ kết như sau:\n1. Thời gian tổ chức:\n"
            "Từ 8 giờ 00 ngày 15/3/2024.\n"
            "2. Thành phần: Lãnh đạo các phòng, ban.\n"
            "3. Đề nghị các cơ quan, đơn vị cử cán bộ tham dự đầy đủ, đúng thành phần.\n",
            [("3", [("các cơ quan, đơn vị", "requested")])],
            id="time-field-value-below",
        ),
        pytest.param(
            "Ban Tổ chức thông báo:\n1. ĐỊA ĐIỂM:\nNhà văn hóa thôn 3.\n"
            "2. Phòng Văn hóa - Thông tin huyện chuẩn bị âm thanh, ánh sáng.\n"
            "3. Trạm Y tế xã bố trí cán bộ trực.\n",
            [("2", [("Phòng Văn hóa - Thông tin huyện", "assigned")]), ("3", [("Trạm Y tế xã", "assigned")])],
            id="place-field-in-capitals",
        ),
        # must not fire: a plan's sections, a time section later or first as 'Thời gian thực hiện'
        pytest.param(
            "1. Mục đích, yêu cầu\n- Nâng cao nhận thức.\n2. Thời gian:\n- Từ tháng 3 đến tháng 5.\n"
            "3. Tổ chức thực hiện\n- Phòng Văn hóa chủ trì.\n",
            [("3.1", [("Phòng Văn hóa", "lead")])],
            id="plan-sections-stay",
        ),
        pytest.param(
            "1. Thời gian thực hiện\n- Từ tháng 3 đến tháng 5.\n"
            "2. Nhiệm vụ\n- Phòng Văn hóa chủ trì tuyên truyền.\n",
            [("2.1", [("Phòng Văn hóa", "lead")])],
            id="time-of-a-plan-is-a-section",
        ),
    ],
)
def test_a_details_field_first_numbers_points(
    text: str, expected: list[tuple[str, list[tuple[str, str]]]]
) -> None:
    assert _summary(text) == expected
