"""Task alignment: the scoring on small cases, the hand-aligned pairs (labels consistent, figures held at
the floors reached, see docs/alignment.md), and the same task found in every plan."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from graph.align import (
    PARAMS,
    AlignTask,
    Link,
    Params,
    added,
    align,
    body_kinds,
    dropped,
    groups,
    note_items,
    prepare,
    sentences,
    sibling_order,
    subject_counts,
)
from graph.align_eval import (
    _parsed,
    cascade_report,
    evaluate,
    evaluate_cascade,
    load_gold,
    ratio,
    stale_labels,
    tasks_of,
)
from loaders.normalise import fold
from loaders.patterns import ACT_RE, OBJECT_RE

REPO = Path(__file__).resolve().parent.parent
PAIRS = REPO / "tests" / "alignment"


def t(key: str, text: str, parent: str | None = None, bodies: tuple[str, ...] = ()) -> AlignTask:
    return AlignTask(key=key, text=text, parent=parent, bodies=bodies)


NGAY_HOI = ("Đổi mới hình thức tổ chức, nâng cao hiệu quả và tính lan tỏa của “Ngày hội đại đoàn kết "
            "toàn dân tộc”. Vận động, hướng dẫn phát huy những mặt tốt của các hình thức cộng đồng "
            "truyền thống.")
WOMEN = ("Phát huy truyền thống, tiềm năng, thế mạnh và tinh thần làm chủ, khát vọng vươn lên của phụ nữ; "
         "xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh.")
YOUTH = ("Tăng cường giáo dục thế hệ trẻ về lý tưởng cách mạng, đạo đức, lối sống, lòng yêu nước, tự hào dân "
         "tộc, nuôi dưỡng ước mơ, hoài bão, ý chí, khát vọng cống hiến.")
BUDGET = ("Kiểm tra việc quyết toán ngân sách nhà nước, thu chi tài chính của các đơn vị sự nghiệp công lập "
          "năm 2024.")


# ---------------------------------------------------------------------------
# the scoring, on small cases
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("child, parent, expected", [
    ([t("c1", NGAY_HOI)], [t("p1", WOMEN), t("p2", NGAY_HOI)], {("c1", "p2")}),
    # many-to-one: one child bullet holds two parent bullets
    ([t("c1", WOMEN + " " + YOUTH)], [t("p1", WOMEN), t("p2", YOUTH), t("p3", BUDGET)],
     {("c1", "p1"), ("c1", "p2")}),
    # one-to-many: a parent bullet split in two child bullets
    ([t("c1", WOMEN), t("c2", YOUTH)], [t("p1", WOMEN + " " + YOUTH), t("p2", BUDGET)],
     {("c1", "p1"), ("c2", "p1")}),
    # nothing in common: no link
    ([t("c1", BUDGET)], [t("p1", WOMEN), t("p2", YOUTH)], set()),
    ([], [t("p1", WOMEN)], set()),
    ([t("c1", WOMEN)], [], set()),
])
def test_links_allow_one_to_many_and_many_to_one(child: list[AlignTask], parent: list[AlignTask],
                                                 expected: set[tuple[str, str]]) -> None:
    links = align(child, parent)
    assert {(k.child, k.parent) for k in links} == expected
    for k in links:
        assert 0 < k.score <= 1 and k.method in {"text", "text+structure", "headings", "order", "mutual",
                                                 "sentence"}


WOMEN_PART = "Phát huy tinh thần làm chủ của phụ nữ trong xây dựng nông thôn mới ở địa phương."  # text 0.31
FRONT, COMMITTEE = ("Ủy ban Mặt trận Tổ quốc Việt Nam xã",), ("Ủy ban nhân dân tỉnh",)
NO_SUBJECTS = replace(PARAMS, w_subject=0.0)  # both name women most: the subjects alone would link them


@pytest.mark.parametrize("child, parent, params, expected", [
    # each the other's best, both otherwise unlinked: linked below theta
    ([t("c1", WOMEN_PART)], [t("p1", WOMEN), t("p2", BUDGET)], NO_SUBJECTS, {("c1", "p1"): "mutual"}),
    # contested: p1 is carried out by a copy, and is c2's best, not c1's partner
    ([t("c1", WOMEN_PART), t("c2", WOMEN)], [t("p1", WOMEN), t("p2", BUDGET)], NO_SUBJECTS,
     {("c2", "p1"): "text"}),
    # bodies of different kinds: the closing tasks' boilerplate is not a match
    ([t("c1", WOMEN_PART, bodies=FRONT)], [t("p1", WOMEN, bodies=COMMITTEE), t("p2", BUDGET)], NO_SUBJECTS,
     {}),
    # switched off
    ([t("c1", WOMEN_PART)], [t("p1", WOMEN), t("p2", BUDGET)], replace(NO_SUBJECTS, theta_mutual=1.01), {}),
    # with the subjects: linked by them, above theta
    ([t("c1", WOMEN_PART)], [t("p1", WOMEN), t("p2", BUDGET)], PARAMS, {("c1", "p1"): "text+structure"}),
], ids=["mutual", "contested", "bodies-differ", "switched-off", "subjects"])
def test_mutual_best_pairs_link_below_theta(child: list[AlignTask], parent: list[AlignTask], params: Params,
                                            expected: dict[tuple[str, str], str]) -> None:
    assert {(k.child, k.parent): k.method for k in align(child, parent, params)} == expected


CITES = ("Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng về tiếp tục xây dựng "
         "và phát huy vai trò của đội ngũ trí thức trong giai đoạn mới; Kết luận số 58-KL/TW của Ban Bí "
         "thư về tổ chức hoạt động của Người cao tuổi Việt Nam",)
ORGANISATIONS = ("Tiếp tục triển khai các văn bản của Trung ương đối với các tổ chức chính trị - xã hội, "
                 "các hội quần chúng.")
INTELLECTUALS = ("Đối với đội ngũ trí thức: Xây dựng đội ngũ trí thức lớn mạnh, là nhân tố quan trọng phát "
                 "triển nguồn nhân lực, nâng cao dân trí.")


def test_a_footnote_cites_by_title() -> None:
    assert note_items(CITES) == [
        "tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức trong giai đoạn mới",
        "tổ chức hoạt động của Người cao tuổi Việt Nam"]


@pytest.mark.parametrize("params, expected", [
    (PARAMS, {("c1", "p1")}),
    (replace(PARAMS, w_subject=0.0), {("c1", "p1")}),  # the cited title alone
    (replace(PARAMS, w_note=0.0), {("c1", "p1")}),  # the subject the title names alone
    (replace(PARAMS, w_note=0.0, w_subject=0.0), set()),
], ids=["shipped", "titles", "subjects", "neither"])
def test_a_task_carrying_out_what_a_footnote_cites_is_linked_to_the_task_with_the_footnote(
        params: Params, expected: set[tuple[str, str]]) -> None:
    """Seed 001 III.1.4 cites the resolution on intellectuals in a footnote; its text says nothing of them."""
    noted = AlignTask("p1", ORGANISATIONS, notes=CITES)
    child, parent = [t("c1", INTELLECTUALS), t("c2", WOMEN)], [noted, t("p2", BUDGET)]
    assert {(k.child, k.parent) for k in align(child, parent, params)} == expected
    # the footnote on the child's side works the same way
    assert {(k.parent, k.child) for k in align(parent, child, params)} == expected


STRATA_CITED = ("Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của "
                "Công đoàn Việt Nam trong tình hình mới; Kết luận số 58-KL/TW của Ban Bí thư về tổ chức hoạt "
                "động của Người cao tuổi Việt Nam",)
WORKERS = ("Đối với giai cấp công nhân: Xây dựng giai cấp công nhân hiện đại, lớn mạnh về số lượng và chất "
           "lượng; có trình độ chuyên môn, kỹ năng nghề nghiệp cao, tác phong công nghiệp, kỷ luật lao động.")
VETERANS = ("Đối với cựu chiến binh: Tăng cường vai trò của cựu chiến binh trong giáo dục lòng yêu nước, "
            "truyền thống cách mạng cho thế hệ trẻ.")
YOUTH_ROLE = "Phát huy vai trò xung kích của thanh niên, tạo môi trường cho thanh niên lập thân, lập nghiệp."


def _counts(text: str, notes: tuple[str, ...] = ()) -> dict[str, int]:
    from graph.align import _SUBJECTS

    counts = subject_counts(AlignTask("x", text, notes=notes))
    return {k: n for k, n in zip(_SUBJECTS, counts, strict=True) if n}


@pytest.mark.parametrize("text, notes, expected", [
    (WORKERS, (), {"workers": 2}),
    (VETERANS, (), {"veterans": 2, "youth": 1}),
    # a footnote's cited titles count: the strata a task carries by citing their resolutions
    (ORGANISATIONS, STRATA_CITED, {"workers": 1, "elderly": 1}),
    # a unit's staff, not the working class
    ("Nâng cao nhận thức cho cán bộ, công chức, viên chức, người lao động.", (), {}),
    # firms, not the entrepreneurs' stratum
    ("Bảo vệ quyền lợi của người lao động tại doanh nghiệp; đồng hành cùng đội ngũ doanh nhân.", (),
     {"entrepreneurs": 1}),
    ("Vận động người Việt Nam ở nước ngoài, nhất là thế hệ trẻ, hướng về quê hương.", (),
     {"abroad": 1, "youth": 1}),
    ("Vận động chức sắc, chức việc, tín đồ các tôn giáo sống tốt đời, đẹp đạo.", (), {"religions": 4}),
    # every first letter the pattern's guard lets through
    ("Huyện đoàn, kiều bào, lực lượng vũ trang, quân đội, bình đẳng giới, đồng bào dân tộc thiểu số.", (),
     {"youth": 1, "abroad": 1, "armed": 2, "women": 1, "ethnic": 1}),
], ids=["stratum-bullet", "a-mention-counts-less", "footnote", "staff-not-workers", "firms-not-entrepreneurs",
        "abroad", "religions", "first-letters"])
def test_subjects_are_read_from_text_and_footnotes(text: str, notes: tuple[str, ...],
                                                   expected: dict[str, int]) -> None:
    assert _counts(text, notes) == expected


@pytest.mark.parametrize("params, expected", [
    (PARAMS, {("c1", "p1"), ("c3", "p2")}),
    (replace(PARAMS, w_subject=0.0), {("c3", "p2")}),
], ids=["shipped", "without-subjects"])
def test_a_stratum_bullet_is_linked_to_the_task_that_holds_its_stratum(
        params: Params, expected: set[tuple[str, str]]) -> None:
    """Seed 001 III.1.4 carries the strata's resolutions in a footnote; its text names none of them. The
    workers' bullet is linked to it; the veterans' bullet, which mentions the young once, is not linked to
    the youth task: the child plan's task on the young is c3, which names them most."""
    child = [t("c1", WORKERS), t("c2", VETERANS), t("c3", YOUTH_ROLE)]
    parent = [AlignTask("p1", ORGANISATIONS, notes=STRATA_CITED), t("p2", YOUTH_ROLE), t("p3", BUDGET)]
    assert {(k.child, k.parent) for k in align(child, parent, params)} == expected


STRATA = ("Tạo điều kiện xây dựng, phát triển đội ngũ thanh niên, phụ nữ, cựu chiến binh, doanh nhân, người "
          "cao tuổi trên địa bàn xã.")
ELDERLY = ("Đối với người cao tuổi: Phát huy uy tín, kinh nghiệm của người cao tuổi trong xã hội và gia "
           "đình. Kính trọng, bảo vệ, chăm sóc người cao tuổi.")
ALLIANCE = (" Phát huy vai trò nòng cốt của giai cấp công nhân trong khối liên minh công nhân, nông dân, "
            "trí thức.")


FARMERS = ("Đối với giai cấp nông dân: Xây dựng, phát huy vai trò của giai cấp nông dân, chủ thể của quá "
           "trình phát triển nông nghiệp, nông thôn.")
FARMERS_BUNDLE = ("Xây dựng, phát huy vai trò của giai cấp nông dân, chủ thể của quá trình phát triển nông "
                  "nghiệp, nông thôn. " + STRATA)
STRATA_BULLETS = [t("p1", FARMERS), t("p2", WOMEN), t("p3", ELDERLY), t("p4", BUDGET)]


@pytest.mark.parametrize("child, parent, params, expected", [
    # a bundle naming six strata once each, whose best parent is the bullet it rewords: each stratum's
    # bullet is linked too, though the rewording scores far above them
    ([t("c1", FARMERS_BUNDLE)], STRATA_BULLETS, PARAMS, {("c1", "p1"), ("c1", "p2"), ("c1", "p3")}),
    ([t("c1", FARMERS_BUNDLE)], STRATA_BULLETS, replace(PARAMS, bundle=0), {("c1", "p1")}),
    # a stratum that another task of the bundle's plan names as often is not the bundle's to carry
    ([t("c1", FARMERS_BUNDLE), t("c2", ELDERLY)], STRATA_BULLETS, PARAMS,
     {("c1", "p1"), ("c1", "p2"), ("c2", "p3")}),
], ids=["bundle", "switched-off", "stratum-held-elsewhere"])
def test_a_bundle_of_strata_is_linked_to_each_stratum_bullet(child: list[AlignTask], parent: list[AlignTask],
                                                             params: Params,
                                                             expected: set[tuple[str, str]]) -> None:
    """Tự Cường II.2.2 names 'thanh niên, phụ nữ, cựu chiến binh, doanh nhân, người cao tuổi' in one
    sentence after rewording 66-CTr/TU's farmers' and intellectuals' bullets: it carries the bullets of
    the strata it names, which the ratio rule cut as its copied bullets score above 1."""
    assert {(k.child, k.parent) for k in align(child, parent, params)} == expected


def test_a_stratum_bullet_naming_others_in_passing_is_no_bundle() -> None:
    """The generated cascade's workers' bullet names the alliance of workers, farmers and intellectuals,
    and is its plan's only task naming them: read as a bundle, it was linked to the farmers' and the
    intellectuals' bullets (1,354 false links on two provinces' plans)."""
    child = [t("c1", WORKERS + ALLIANCE), t("c2", ELDERLY)]
    parent = [t("p1", WORKERS), t("p2", INTELLECTUALS), t("p3", FARMERS), t("p4", ELDERLY)]
    assert align(child, parent) == align(child, parent, replace(PARAMS, bundle=0))
    assert ("c1", "p2") not in {(k.child, k.parent) for k in align(child, parent)}


ORDERS_PLANS = ("Ủy ban nhân dân huyện tiếp tục ban hành, chỉ đạo các cơ quan, đơn vị ban hành các "
                "chương trình, đề án, kế hoạch đảm bảo thực hiện đồng bộ, có hiệu quả Kế hoạch này.")
POLICIES = ("Hội đồng nhân dân, Ủy ban nhân dân huyện chỉ đạo, triển khai thực hiện tốt các chính sách, "
            "pháp luật về đại đoàn kết toàn dân tộc trên địa bàn.")
PLANS_ORDERED = ("Chỉ đạo các sở, ngành, địa phương, đơn vị xây dựng chương trình, kế hoạch, đề án nhằm "
                 "cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ giải pháp của Nghị quyết số 43-NQ/TW.")
OVERSIGHT = ("Chỉ đạo các cơ quan nhà nước và chính quyền các cấp tạo điều kiện tối đa để Nhân dân giám sát "
             "và tham gia vào quá trình xây dựng cơ chế, chính sách phát triển Thành phố.")
FRONT_PLANS = ("Tổ chức tuyên truyền, phổ biến đến đông đảo đoàn viên, hội viên và Nhân dân. Cụ thể hóa "
               "thực hiện Nghị quyết số 43-NQ/TW bằng các chương trình, kế hoạch theo từng lĩnh vực.")
DISTRICT_COMMITTEE = ("Ủy ban nhân dân huyện",)
NO_COUNTERPARTS = replace(PARAMS, counterparts=False)  # rows that read the act signal alone
CLOSING = [t("p1", PLANS_ORDERED, bodies=("Ban cán sự đảng Ủy ban nhân dân thành phố",)),
           t("p2", OVERSIGHT, bodies=("Ban cán sự đảng Ủy ban nhân dân thành phố",)),
           t("p3", FRONT_PLANS, bodies=("Đảng đoàn Mặt trận Tổ quốc Việt Nam",))]


@pytest.mark.parametrize("text, plans", [
    (ORDERS_PLANS, 1),
    (PLANS_ORDERED, 2),  # 'xây dựng chương trình', 'cụ thể hóa'
    ("Ủy ban nhân dân thành phố căn cứ Kế hoạch này ban hành kế hoạch cụ thể lãnh đạo các ngành.", 1),
    # a plan the body has, no plan it is asked to make: the generated cascades' Front bullets on social
    # security, which the Front's closing item ordering plans was linked to
    ("Triển khai có hiệu quả các chương trình an sinh xã hội của huyện, có kế hoạch cụ thể để hỗ trợ những "
     "người có hoàn cảnh khó khăn.", 0),
], ids=["issue-programmes", "make-plans-and-concretise", "issue-a-plan", "has-a-plan"])
def test_the_plan_act_is_an_order_to_make_plans(text: str, plans: int) -> None:
    assert sum(m.lastgroup == "plan" for m in ACT_RE.finditer(fold(text))) == plans


@pytest.mark.parametrize("child, params, expected", [
    ([t("c1", ORDERS_PLANS, bodies=DISTRICT_COMMITTEE), t("c2", POLICIES, bodies=DISTRICT_COMMITTEE)], PARAMS,
     {("c1", "p1")}),
    ([t("c1", ORDERS_PLANS, bodies=DISTRICT_COMMITTEE), t("c2", POLICIES, bodies=DISTRICT_COMMITTEE)],
     replace(NO_COUNTERPARTS, w_act=0.0), set()),
    # the act is the body's: the Front's item ordering plans carries out the Front's
    ([t("c1", ORDERS_PLANS, bodies=("Mặt trận Tổ quốc huyện",))], PARAMS, {("c1", "p3")}),
    # two items of one body asking for plans as often: neither holds the act
    ([t("c1", ORDERS_PLANS, bodies=DISTRICT_COMMITTEE),
      t("c2", POLICIES + " Xây dựng kế hoạch thực hiện.", bodies=DISTRICT_COMMITTEE)], NO_COUNTERPARTS,
     set()),
], ids=["committee-orders-plans", "without-acts", "front-orders-plans", "act-held-twice"])
def test_a_closing_item_is_linked_by_the_act_its_body_is_asked_for(child: list[AlignTask], params: Params,
                                                                   expected: set[tuple[str, str]]) -> None:
    """131-KH/HU IV.2 (the district committee issuing programmes and plans) carries out 66-CTr/TU III.2.1
    (the city committee's party group ordering departments to make plans) in other words, text 0.12; the
    body alone does not say which of the party group's three items it is, the act does."""
    assert {(k.child, k.parent) for k in align(child, CLOSING, params)} == expected


LEFTOVERS = [t("c1", ORDERS_PLANS, bodies=DISTRICT_COMMITTEE),
             t("c2", POLICIES + " Xây dựng kế hoạch thực hiện.", bodies=DISTRICT_COMMITTEE)]


@pytest.mark.parametrize("child, parent, params, expected", [
    # the committee's two items asking for plans, neither the act's only holder: the one whose text is
    # nearer the party group's order to make plans is that order's counterpart
    (LEFTOVERS, CLOSING, PARAMS, {("c1", "p1"): "counterparts"}),
    (LEFTOVERS, CLOSING, NO_COUNTERPARTS, {}),
    # the party group asks for inspection only: no act in common
    (LEFTOVERS, CLOSING[1:], PARAMS, {}),
    # the order is already carried out by another item: what is left has no counterpart
    ([t("c0", PLANS_ORDERED, bodies=DISTRICT_COMMITTEE), *LEFTOVERS], CLOSING, PARAMS,
     {("c0", "p1"): "text"}),
    # the same act asked of another kind of body
    ([t("c1", ORDERS_PLANS, bodies=("Ban Tuyên giáo Huyện ủy",))], CLOSING, PARAMS, {}),
], ids=["leftovers", "switched-off", "no-act-in-common", "already-linked", "another-body"])
def test_two_leftover_items_asking_one_kind_of_body_for_one_act_are_counterparts(
        child: list[AlignTask], parent: list[AlignTask], params: Params,
        expected: dict[tuple[str, str], str]) -> None:
    """230-KH/ThU IV.2 ('Ủy ban nhân dân thành phố căn cứ Kế hoạch này ban hành kế hoạch cụ thể ...')
    carries out 66-CTr/TU III.2.1 (the committee's party group ordering departments to make plans), text
    0.10: both are left unlinked by every other rule, and each is the other's nearest text among the
    tasks asking a body of the same kind for the same act."""
    assert {(k.child, k.parent): k.method for k in align(child, parent, params)} == expected


CLERK = ("Công chức Văn phòng - Thống kê: là thường trực tham mưu, giúp việc Ủy ban nhân dân xã trong "
         "công tác chỉ đạo việc triển khai thực hiện Kế hoạch này; thường xuyên đôn đốc các cán bộ, công "
         "chức, ngành liên quan triển khai thực hiện; thực hiện chế độ báo cáo theo yêu cầu.")
COMMUNE_FRONT = ("Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chủ trì phối hợp các tổ chức thành "
                 "viên nâng cao chất lượng chương trình giám sát, phản biện xã hội.")
CITY_BOARD = ("Ban Dân vận Thành ủy chủ trì, phối hợp với các cơ quan, tổ chức liên quan định kỳ tham mưu "
              "cho Ban Thường vụ Thành ủy tổ chức kiểm tra, giám sát, sơ kết, tổng kết theo quy định.")
SUBORDINATE = ("Các huyện ủy, đảng ủy trực thuộc",)
FOLLOWED = [t("p1", "Các huyện ủy, đảng ủy trực thuộc tổ chức nghiên cứu, quán triệt, xây dựng chương "
                    "trình, kế hoạch cụ thể để lãnh đạo tổ chức thực hiện.", bodies=SUBORDINATE),
            t("p2", CITY_BOARD, bodies=("Ban Dân vận Thành ủy", "các cơ quan, tổ chức liên quan"))]
FOLLOWING = [t("c1", CLERK, bodies=("Công chức Văn phòng - Thống kê",)),
             t("c2", COMMUNE_FRONT, bodies=("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "các đoàn thể"))]
COMMITTEES_REPORT = ("Các huyện ủy, đảng ủy trực thuộc thường xuyên kiểm tra, đôn đốc việc thực hiện; "
                     "định kỳ báo cáo kết quả.")
OFFICE_REPORTS = ("Văn phòng Huyện ủy theo dõi, đôn đốc, tổng hợp tình hình thực hiện, định kỳ báo cáo "
                  "Ban Thường vụ Huyện ủy.")


@pytest.mark.parametrize("parent, params, expected", [
    (FOLLOWED, PARAMS, {("c1", "p2"): "follow-up"}),
    (FOLLOWED, replace(PARAMS, follow_ups=False), {}),
    # the Party committees asked to check and report are no staff: the board's item is still the one
    ([*FOLLOWED, t("p3", COMMITTEES_REPORT, bodies=SUBORDINATE)], PARAMS, {("c1", "p2"): "follow-up"}),
    # two staff items following the plan up: which one the clerk's is, is unsaid
    ([*FOLLOWED, t("p3", OFFICE_REPORTS, bodies=("Văn phòng Huyện ủy",))], PARAMS, {}),
], ids=["clerk-and-board", "switched-off", "committees-are-no-staff", "two-staff-items"])
def test_the_one_follow_up_item_of_each_plan_carries_out_the_other(
        parent: list[AlignTask], params: Params, expected: dict[tuple[str, str], str]) -> None:
    """Tự Cường III.1, the commune's office clerk who follows the plan up and reports, carries out 66-CTr/TU
    IV.2, the city's mass-mobilisation board charged with checking and reviewing it (text 0.00, bodies of
    different kinds): each plan's only staff item asking to check and to review or report."""
    assert {(k.child, k.parent): k.method for k in align(FOLLOWING, parent, params)} == expected


REFORM = ("Đẩy mạnh cải cách hành chính, trọng tâm là thủ tục hành chính và nâng cao chất lượng dịch vụ "
          "công, đổi mới và nâng cao chất lượng phục vụ nhân dân.")
CITY_COMMITTEE = ("Ban cán sự đảng Ủy ban nhân dân thành phố",)
PROGRAMMES = [t("p1", "Chỉ đạo các cơ quan nhà nước và chính quyền các cấp tạo điều kiện tối đa để Nhân "
                      "dân giám sát và tham gia xây dựng chính sách; lấy ý kiến về sự hài lòng của người "
                      "dân; duy trì chỉ số cải cách hành chính trong tốp đầu.", bodies=CITY_COMMITTEE),
              t("p2", "Chỉ đạo Ủy ban nhân dân các cấp phát động và triển khai hiệu quả các phong trào thi "
                      "đua yêu nước gắn với nhiệm vụ phát triển kinh tế - xã hội.", bodies=CITY_COMMITTEE),
              t("p3", "Nâng cao chất lượng hoạt động của Mặt trận Tổ quốc trong tập hợp, đoàn kết Nhân dân.")]


@pytest.mark.parametrize("parent, params, expected", [
    (PROGRAMMES, PARAMS, {"p1"}),
    (PROGRAMMES, replace(PARAMS, objects=False), set()),
    # two parent tasks naming the programme as often: neither holds it
    ([*PROGRAMMES, t("p4", "Tiếp tục thực hiện cải cách hành chính ở các sở, ngành.")], PARAMS, set()),
], ids=["reform", "switched-off", "held-twice"])
def test_a_task_on_a_programme_carries_out_the_parent_task_that_alone_holds_it(
        parent: list[AlignTask], params: Params, expected: set[str]) -> None:
    """131-KH/HU III.4.3 ('Đẩy mạnh cải cách hành chính ...') carries out 66-CTr/TU III.2.2, the committee's
    item that names administrative reform among other duties (text 0.12)."""
    assert {k.parent for k in align([t("c1", REFORM)], parent, params)} == expected


@pytest.mark.parametrize("text, objects", [
    (REFORM, {"reform"}),
    ("tổ chức thực hiện tốt các chính sách xã hội, an sinh, giảm nghèo bền vững", {"poverty"}),
    ("Tiếp tục đổi mới công tác thi đua, khen thưởng; ưu tiên khen thưởng các tập thể", {"rewards"}),
    # the political system's ways of working, the Front's programmes and a means are no programme of their own
    ("tham gia giám sát và phản biện xã hội, thực hiện dân chủ ở cơ sở, đối thoại với Nhân dân", set()),
    ("các chương trình an sinh xã hội; xây dựng nông thôn mới", set()),
    ("đẩy mạnh chuyển đổi số trong hoạt động của Mặt trận", set()),
], ids=["reform", "poverty", "rewards", "ways-of-working", "front-programmes", "a-means"])
def test_objects_are_the_programmes_a_task_names(text: str, objects: set[str]) -> None:
    assert {m.lastgroup for m in OBJECT_RE.finditer(fold(text))} == objects


PARTY_ORDER = ("Các cấp ủy, tổ chức đảng tổ chức quán triệt, triển khai, ban hành chương trình, kế hoạch "
               "thực hiện Nghị quyết phù hợp với điều kiện của địa phương, đơn vị.")
PARTY_REVIEW = "Các cấp ủy định kỳ xây dựng kế hoạch kiểm tra, giám sát việc thực hiện ở cơ sở."
STUDY_AND_PLAN = ("Tổ chức nghiên cứu, học tập nội dung Nghị quyết số 43-NQ/TW; xây dựng chương trình, kế "
                  "hoạch cụ thể để lãnh đạo tổ chức thực hiện (hoàn thành trong quý I/2024).")
PARTY = ("Các huyện ủy, đảng ủy trực thuộc",)
ORDERS = [t("P2", PARTY_REVIEW, bodies=PARTY), t("P1", PARTY_ORDER, bodies=PARTY)]  # no gap for order to fill


@pytest.mark.parametrize("child, params, expected", [
    ([t("C1", STUDY_AND_PLAN, bodies=("Đảng ủy xã",)), t("C2", PARTY_REVIEW, bodies=("Đảng ủy xã",))], PARAMS,
     {("C1", "P1"): "acts", ("C2", "P2"): "text"}),
    ([t("C1", STUDY_AND_PLAN, bodies=("Đảng ủy xã",)), t("C2", PARTY_REVIEW, bodies=("Đảng ủy xã",))],
     replace(NO_COUNTERPARTS, orders=()), {("C2", "P2"): "text"}),
    # the same order given to another kind of body is that body's
    ([t("C1", STUDY_AND_PLAN, bodies=("Ủy ban nhân dân xã",)), t("C2", PARTY_REVIEW, bodies=("Đảng ủy xã",))],
     PARAMS, {("C2", "P2"): "text"}),
    # studying alone, no plan asked for, is not the order
    ([t("C1", "Tổ chức nghiên cứu, học tập, quán triệt nội dung Nghị quyết số 43-NQ/TW đến đảng viên.",
        bodies=("Đảng ủy xã",)), t("C2", PARTY_REVIEW, bodies=("Đảng ủy xã",))], NO_COUNTERPARTS,
     {("C2", "P2"): "text"}),
    # the Party committees and the government together (230-KH/ThU IV.1) are the Party committees too
    ([t("C1", STUDY_AND_PLAN, bodies=("Các cấp ủy đảng, chính quyền",)),
      t("C2", PARTY_REVIEW, bodies=("Đảng ủy xã",))], PARAMS, {("C1", "P1"): "acts", ("C2", "P2"): "text"}),
], ids=["study-and-plan", "switched-off", "another-body", "study-alone", "collective-body"])
def test_an_order_to_study_and_make_plans_is_carried_out_by_the_same_order_to_the_same_kind_of_body(
        child: list[AlignTask], params: Params, expected: dict[tuple[str, str], str]) -> None:
    """66-CTr/TU III.5.1 (the district Party committees: 'Tổ chức nghiên cứu, quán triệt, xây dựng chương
    trình, kế hoạch cụ thể') carries out seed 001 IV.1 and II.1 (the same order to the Party committees a
    level down, text 0.11 and 0.29), and no single task of either plan holds the act of making plans."""
    assert {(k.child, k.parent): k.method for k in align(child, ORDERS, params)} == expected


BOARDS = ("Các Ban của Thành ủy",)
BOARDS_ITEM = ("Các Ban xây dựng Đảng và Văn phòng Huyện ủy theo chức năng, nhiệm vụ triển khai thực hiện "
               "các nội dung Nghị quyết và Kế hoạch này.")
BOARDS_SECTION = [t("H", "Các Ban của Thành ủy", bodies=BOARDS),
                  t("H.1", "Ban Tuyên giáo Thành ủy: Chủ trì hướng dẫn việc nghiên cứu, học tập, quán triệt.",
                    "H", bodies=("Ban Tuyên giáo Thành ủy",)),
                  t("K", BUDGET, bodies=("Ủy ban nhân dân thành phố",))]
DISTRICT_BOARDS = ("Các Ban xây dựng Đảng", "Văn phòng Huyện ủy")


@pytest.mark.parametrize("child, parent, params, expected", [
    ([t("C1", BOARDS_ITEM, bodies=DISTRICT_BOARDS)], BOARDS_SECTION, PARAMS, {("C1", "H"): "bodies"}),
    ([t("C1", BOARDS_ITEM, bodies=DISTRICT_BOARDS)], BOARDS_SECTION, replace(PARAMS, body_headings=False),
     {}),
    # two items for the boards: the heading does not say which is its
    ([t("C1", BOARDS_ITEM, bodies=DISTRICT_BOARDS), t("C2", YOUTH, bodies=("Các Ban xây dựng Đảng",))],
     BOARDS_SECTION, PARAMS, {}),
    # a heading that says what, not only whose, is no body's name
    ([t("C1", BOARDS_ITEM, bodies=DISTRICT_BOARDS)],
     [t("H", "Các Ban của Thành ủy tăng cường kiểm tra, giám sát", bodies=BOARDS), *BOARDS_SECTION[1:]],
     PARAMS, {}),
    # the graph's body names carry their place: the heading still names only its bodies
    ([t("C1", BOARDS_ITEM, bodies=("Các Ban xây dựng Đảng huyện Kim Động", "Văn phòng Huyện ủy Kim Động"))],
     [t("H", "Các Ban của Thành ủy", bodies=("Các Ban của Thành ủy Hải Phòng",)), *BOARDS_SECTION[1:]],
     PARAMS, {("C1", "H"): "bodies"}),
    ([t("C1", BOARDS_ITEM, bodies=DISTRICT_BOARDS)],
     [t("H", "Các Ban của Thành ủy tăng cường kiểm tra, giám sát",
        bodies=("Các Ban của Thành ủy Hải Phòng",)), *BOARDS_SECTION[1:]],
     PARAMS, {}),
], ids=["one-item", "switched-off", "two-items", "not-a-name", "graph-names", "graph-names-not-a-name"])
def test_a_heading_naming_a_body_takes_the_one_item_for_that_body(
        child: list[AlignTask], parent: list[AlignTask], params: Params,
        expected: dict[tuple[str, str], str]) -> None:
    """131-KH/HU IV.3 ('Các Ban xây dựng Đảng và Văn phòng Huyện ủy theo chức năng, nhiệm vụ ...') is the
    district boards' share of 66-CTr/TU III.3 ('Các Ban của Thành ủy'), text 0.15: the heading says whose,
    and the one item for that kind of body is the same share."""
    assert {(k.child, k.parent): k.method for k in align(child, parent, params)} == expected


DIALOGUE = ("Lãnh đạo thực hiện nghiêm quy chế người đứng đầu cấp ủy, chính quyền các cấp đối thoại "
            "với Nhân dân.")
REVIEW = ("Tăng cường kiểm tra, giám sát, sơ kết, tổng kết việc thực hiện các nghị quyết của Đảng về "
          "công tác dân vận. Xây dựng cơ chế phối hợp giữa các cơ quan nhà nước với Mặt trận Tổ quốc.")
MIXED = ("Đẩy mạnh cải cách hành chính, nâng cao chất lượng dịch vụ công trực tuyến. Thực hiện nghiêm "
         "chế độ người đứng đầu cấp ủy, chính quyền các cấp định kỳ tiếp xúc, đối thoại với Nhân dân. "
         "Chuyển đổi cơ cấu cây trồng, vật nuôi gắn với xây dựng nông thôn mới kiểu mẫu. Giữ gìn an "
         "ninh chính trị, trật tự an toàn giao thông.")
BULLET = [t("P1", DIALOGUE + " " + REVIEW), t("P2", BUDGET)]
VERBATIM = MIXED.replace(MIXED.split(". ")[1], DIALOGUE.rstrip("."))


@pytest.mark.parametrize("child, parent, params, expected", [
    # one sentence of a four-sentence task carries out the bullet's first sentence (text 0.23)
    ([t("C1", MIXED), t("C2", REVIEW)], BULLET, PARAMS, {("C1", "P1"): "sentence", ("C2", "P1"): "text"}),
    ([t("C1", MIXED), t("C2", REVIEW)], BULLET, replace(PARAMS, theta_sentence=1.01,
                                                      theta_sentence_free=1.01), {("C2", "P1"): "text"}),
    # a task no link reaches needs less of its sentence pair; one linked elsewhere needs the whole threshold
    ([t("C1", MIXED), t("C2", REVIEW)], BULLET, replace(PARAMS, theta_sentence=0.9),
     {("C1", "P1"): "sentence", ("C2", "P1"): "text"}),
    ([t("C1", MIXED + " " + BUDGET), t("C2", REVIEW)], BULLET, replace(PARAMS, theta_sentence=0.9),
     {("C1", "P2"): "text", ("C2", "P1"): "text"}),
    # another task says that sentence better: the pair is not each the other's best
    ([t("C1", MIXED), t("C2", REVIEW), t("C3", DIALOGUE)], BULLET, PARAMS,
     {("C2", "P1"): "text", ("C3", "P1"): "text"}),
    # a heading's sentence is a theme that many tasks restate
    ([t("C1", MIXED), t("C2", REVIEW)], [t("H", DIALOGUE + " " + REVIEW), t("H.1", BUDGET, "H")], PARAMS,
     {("C2", "H"): "text"}),
    # ... unless a task says it word for word (230-KH/ThU III.7's title, 66-CTr/TU II.5's second sentence)
    ([t("C1", VERBATIM), t("C2", REVIEW)], [t("H", DIALOGUE + " " + REVIEW), t("H.1", BUDGET, "H")], PARAMS,
     {("C1", "H"): "sentence", ("C2", "H"): "text"}),
    ([t("C1", VERBATIM), t("C2", REVIEW)], [t("H", DIALOGUE + " " + REVIEW), t("H.1", BUDGET, "H")],
     replace(PARAMS, theta_sentence_heading=1.01), {("C2", "H"): "text"}),
    # two tasks naming bodies of one kind need less of their sentence pair
    ([t("C1", MIXED, bodies=("Huyện ủy",)), t("C2", REVIEW)], [t("P1", DIALOGUE + " " + REVIEW,
                                                                  bodies=("Thành ủy",)), t("P2", BUDGET)],
     replace(PARAMS, theta_sentence=0.9), {("C1", "P1"): "sentence", ("C2", "P1"): "text"}),
    ([t("C1", MIXED, bodies=("Huyện ủy",)), t("C2", REVIEW)], [t("P1", DIALOGUE + " " + REVIEW,
                                                                  bodies=("Thành ủy",)), t("P2", BUDGET)],
     replace(PARAMS, theta_sentence=0.9, theta_sentence_body=0.9, theta_sentence_free=0.9),
     {("C2", "P1"): "text"}),
    ([t("C1", MIXED, bodies=("Ủy ban nhân dân huyện",)), t("C2", REVIEW)],
     [t("P1", DIALOGUE + " " + REVIEW, bodies=("Thành ủy",)), t("P2", BUDGET)],
     replace(PARAMS, theta_sentence=0.9, theta_sentence_free=0.9),
     {("C2", "P1"): "text"}),
], ids=["one-sentence", "switched-off", "unlinked-task", "linked-task", "not-each-others-best",
        "not-a-heading", "heading-word-for-word", "heading-switched-off", "shared-body",
        "shared-body-switched-off", "other-body"])
def test_a_bullet_is_linked_to_the_task_holding_the_best_match_of_one_of_its_sentences(
        child: list[AlignTask], parent: list[AlignTask], params: Params,
        expected: dict[tuple[str, str], str]) -> None:
    """230-KH/ThU III.4, eighteen sentences on the State, carries out two sentences of 66-CTr/TU II.4.1
    (text 0.32): the task-level covers dilute the pair, which each sentence holds as its best match."""
    assert {(k.child, k.parent): k.method for k in align(child, parent, params)} == expected


SECTION = [t("H", "Tổ chức nghiên cứu, quán triệt, tuyên truyền"), t("H.1", WOMEN, "H"), t("H.2", YOUTH, "H"),
           t("K", BUDGET)]


@pytest.mark.parametrize("child, params, expected", [
    # a section holding both bullets of a parent section in its paragraphs is that section
    ([t("C", WOMEN + " " + YOUTH)], PARAMS, {("C", "H.1"), ("C", "H.2"), ("C", "H")}),
    ([t("C", WOMEN + " " + YOUTH)], replace(PARAMS, section_bullets=0, lone_bullets=False),
     {("C", "H.1"), ("C", "H.2")}),
    # a bullet holding them is not the section above it
    ([t("D", "Nâng cao nhận thức về công tác vận động"), t("D.1", WOMEN + " " + YOUTH, "D")], PARAMS,
     {("D.1", "H.1"), ("D.1", "H.2")}),
], ids=["section", "switched-off", "a-bullet-is-not-a-section"])
def test_a_task_holding_bullets_of_a_heading_at_its_depth_takes_the_heading(
        child: list[AlignTask], params: Params, expected: set[tuple[str, str]]) -> None:
    got = {(k.child, k.parent) for k in align(child, SECTION, params)}
    assert {x for x in got if x[0] != "D"} == expected


@pytest.mark.parametrize("child, parent, params, expected", [
    # a section carrying out one bullet of a theme heading that nothing else reaches is that heading's
    ([t("C", WOMEN)], SECTION, PARAMS, {("C", "H.1"): "text", ("C", "H"): "headings"}),
    ([t("C", WOMEN)], SECTION, replace(PARAMS, lone_bullets=False), {("C", "H.1"): "text"}),
    # the same seen from the child's side: its heading takes its bullet's task at the heading's depth
    ([t("D", "Tổ chức nghiên cứu, quán triệt, tuyên truyền"), t("D.1", WOMEN, "D")],
     [t("P", WOMEN), t("K", BUDGET)], PARAMS, {("D.1", "P"): "text", ("D", "P"): "headings"}),
    # the task is linked outside the heading too: the heading is not its own
    ([t("C", WOMEN + " " + BUDGET)], SECTION, PARAMS, {("C", "H.1"): "text", ("C", "K"): "text"}),
    # a heading that names a body says whose, not what (`bodies` reads those)
    ([t("C", WOMEN)], [t("H", "Ban Dân vận Thành ủy", bodies=("Ban Dân vận Thành ủy",)),
                       t("H.1", WOMEN, "H", bodies=("Ban Dân vận Thành ủy",)), t("K", BUDGET)], PARAMS,
     {("C", "H.1"): "text"}),
], ids=["parent-heading", "switched-off", "child-heading", "linked-outside", "body-heading"])
def test_a_theme_heading_nothing_reaches_takes_its_lone_bullets_link(
        child: list[AlignTask], parent: list[AlignTask], params: Params,
        expected: dict[tuple[str, str], str]) -> None:
    """230-KH/ThU III.1 (propaganda) carries out 66-CTr/TU II.1.2 and so the section above it, 'Tổ chức
    nghiên cứu, quán triệt, tuyên truyền', which no other task reaches (text 0.29)."""
    assert {(k.child, k.parent): k.method for k in align(child, parent, params)} == expected


def test_a_heading_follows_its_bullets_and_the_level_of_a_body_does_not_matter() -> None:
    council = "Đảng đoàn Hội đồng nhân dân thành phố"
    parent = [t("P", "Tổ chức nghiên cứu, quán triệt, tuyên truyền"), t("P.1", WOMEN, "P"),
              t("P.2", YOUTH, "P"), t("Q", council, bodies=(council,)),
              t("Q.1", BUDGET, "Q", bodies=(council,))]
    child = [t("C", "Nâng cao nhận thức về vị trí, vai trò của công tác vận động"), t("C.1", WOMEN, "C"),
             t("C.2", YOUTH, "C"),
             t("D", "Đảng đoàn Hội đồng nhân dân tỉnh", bodies=("Đảng đoàn Hội đồng nhân dân tỉnh",))]
    got = {(k.child, k.parent): k.method for k in align(child, parent)}
    assert got[("C", "P")] == "headings"  # no word in common: its bullets vote
    assert ("D", "Q") in got  # 'thành phố' and 'tỉnh' are masked
    assert got[("C.1", "P.1")] == got[("C.2", "P.2")] == "text"


def test_the_same_input_gives_the_same_links() -> None:
    child = [t("c1", WOMEN + " " + YOUTH), t("c2", NGAY_HOI)]
    parent = [t("p1", WOMEN), t("p2", YOUTH), t("p3", NGAY_HOI)]
    assert align(child, parent) == align(list(child), list(parent))


def test_term_ids_do_not_depend_on_the_process() -> None:
    """Python salts str hashes per process: term ids built on them reordered the columns from one run to
    the next, and with them the last bits of sums and the ties at a threshold (19 of 419,046 stored
    scores and 3 links of the synthetic cascade differed between two runs)."""
    import os
    import subprocess
    import sys

    script = ("import sys\n"
              "from graph.align import _hashed\n"
              "print(sorted(_hashed(sys.argv[1])[0].tolist()))\n")
    outs = {subprocess.run([sys.executable, "-c", script, NGAY_HOI], capture_output=True, text=True,
                           check=True, cwd=REPO, env={**os.environ, "PYTHONHASHSEED": seed,
                                                      "PYTHONPATH": str(REPO)}).stdout
            for seed in ("1", "2", "3")}
    assert len(outs) == 1 and len(json.loads(outs.pop())) > 20


@pytest.mark.parametrize("names, kinds", [
    (["Ban Dân vận Thành ủy"], {"board:mass-mobilisation"}),
    (["Ban Dân vận Huyện ủy Kim Động"], {"board:mass-mobilisation"}),
    (["Ban cán sự đảng Ủy ban nhân dân thành phố"], {"peoples-committee"}),
    (["Đảng đoàn Mặt trận Tổ quốc Việt Nam", "Ban Thường vụ Thành đoàn"], {"front", "mass-organisations"}),
    (["Các quận ủy, huyện ủy, đảng ủy trực thuộc Thành ủy"], {"party"}),
    (["Các cơ sở thôn"], set()),
    # a collective name led by the Party committees is each kind it lists
    (["Các cấp ủy đảng, chính quyền"], {"party", "peoples-committee"}),
    (["Cấp uỷ, chính quyền các cấp, MTTQ và các đoàn thể"],
     {"party", "peoples-committee", "front", "mass-organisations"}),
    (["Các cấp ủy, tổ chức đảng"], {"party"}),
    # a list not led by them keeps its first kind: whose departments these are
    (["Các phòng, ban, ngành, đơn vị thuộc Ủy ban nhân dân huyện"], {"peoples-committee"}),
], ids=["board", "board-graph-name", "party-group-of-the-committee", "front-and-youth", "party-committees",
        "no-body", "collective", "collective-all", "party-only", "not-collective"])
def test_body_kinds_ignore_the_level(names: list[str], kinds: set[str]) -> None:
    assert body_kinds(names) == kinds


@pytest.mark.parametrize("text, first", [
    # a theme heading's line joined to its paragraph: the title is a sentence of its own
    ("Tổ chức các cuộc vận động, phong trào thi đua yêu nước thiết thực, hiệu quả Tiếp tục quán triệt, "
     "triển khai thực hiện đồng bộ công tác thi đua khen thưởng.",
     "tổ chức các cuộc vận động, phong trào thi đua yêu nước thiết thực, hiệu quả"),
    ("Phát huy dân chủ xã hội chủ nghĩa, tiềm năng và sức sáng tạo của Nhân dân Tổ chức tốt việc thực hiện "
     "Luật thực hiện dân chủ ở cơ sở.",
     "phát huy dân chủ @ hội chủ nghĩa, tiềm năng và sức sáng tạo của nhân dân"),
    # a body's name inside the title, not a title's end
    ("Phối hợp với Ban Tổ chức Thành ủy hướng dẫn, kiểm tra việc thực hiện chế độ báo cáo.",
     "phối hợp với ban tổ chức @ hướng dẫn, kiểm tra việc thực hiện chế độ báo cáo"),
    # a body's heading says who: its first paragraph stays joined to it
    ("Cán bộ, công chức chuyên môn, các Trường học, Trạm Y tế Nắm bắt đầy đủ nội dung Nghị quyết.",
     "cán bộ, công chức chuyên môn, các trường học, trạm y tế nắm bắt đầy đủ nội dung nghị quyết"),
    # a stop before: the title has ended already, what follows is no title
    ("Tăng cường tuyên truyền; các cấp ủy Tiếp tục đổi mới phương thức lãnh đạo.",
     "tăng cường tuyên truyền các cấp ủy tiếp tục đổi mới phương thức lãnh đạo"),
], ids=["theme-title", "title-ending-in-a-name", "body-name", "body-heading", "after-a-stop"])
def test_a_heading_title_joined_to_its_paragraph_is_a_sentence_of_its_own(text: str, first: str) -> None:
    """230-KH/ThU III.7's title is 66-CTr/TU II.5's second sentence word for word, but the parser joins it
    to its first paragraph with a space."""
    assert sentences(prepare(text))[0] == first


def test_text_is_compared_without_deadlines_and_levels() -> None:
    a = prepare("Hội đồng nhân dân thành phố ban hành cơ chế (thực hiện thường xuyên).")
    assert a == prepare("Hội đồng nhân dân tỉnh ban hành cơ chế")
    assert len(sentences("Một câu đủ dài để đứng riêng. Câu hai cũng đủ dài để đứng riêng; và câu ba.")) == 2


def test_dropped_counts_a_heading_whose_bullets_are_carried_out_as_not_dropped() -> None:
    parent = [t("H", "heading"), t("H.1", "a", "H"), t("H.2", "b", "H"), t("K", "other")]
    child = [t("x", "a"), t("y", "z")]
    links = [Link("x", "H.1", 1.0, "text")]
    assert dropped(links, parent) == ["H.2", "K"]
    assert added(links, child) == ["y"]


def test_sibling_roles_do_not_depend_on_the_order_asked() -> None:
    a, b = ("doc:66-CTr/TU@x", "province"), ("doc:131-KH/HU@y", "district")
    assert sibling_order(a, b) == sibling_order(b, a) == ("doc:131-KH/HU@y", "doc:66-CTr/TU@x")
    c = ("doc:unknown:z", "province")
    assert sibling_order(a, c) == sibling_order(c, a) == ("doc:66-CTr/TU@x", "doc:unknown:z")


def test_groups_join_mutual_best_links_never_two_tasks_of_one_plan() -> None:
    links = {
        ("A", "B"): [Link("a1", "b1", 0.9, "text"), Link("a2", "b1", 0.5, "text")],
        ("A", "C"): [Link("a1", "c1", 0.8, "text")],
        ("B", "C"): [Link("b1", "c1", 0.7, "text"), Link("b1", "c2", 0.6, "text")],
    }
    (g,) = groups(links)
    core = {(m.doc, m.task) for m in g.members if m.core}
    assert core == {("A", "a1"), ("B", "b1"), ("C", "c1")}
    assert groups(links) == groups(dict(reversed(list(links.items()))))


# ---------------------------------------------------------------------------
# the hand-aligned pairs
# ---------------------------------------------------------------------------

GOLD = load_gold(PAIRS)


@pytest.mark.parametrize("pair", GOLD, ids=[p.name for p in GOLD])
def test_labels_are_complete_consistent_and_current(pair: object) -> None:
    from graph.align_eval import GoldPair

    assert isinstance(pair, GoldPair)
    child = tasks_of(_parsed(str(REPO / pair.child_seed)))
    parent = tasks_of(_parsed(str(REPO / pair.parent_seed)))
    assert not stale_labels(pair, child, parent), "the parser's tasks changed: read the pair again"
    # every child task was decided, and 'dropped' is what the links say
    raw = json.loads((PAIRS / f"{pair.name}.json").read_text(encoding="utf-8"))
    assert {c["label"] for c in raw["child_tasks"]} == {c.key for c in child}
    links = [Link(c, p, 1.0, "gold") for c, p in pair.links]
    assert set(dropped(links, parent)) == set(pair.dropped)


RESULT = evaluate(PAIRS, root=REPO)
SCORES = {s.name: s for s in RESULT["pairs"]}

# Floors at the figures reached when this was written (docs/alignment.md); the targets are precision 0.90
# and recall 0.85. Raising a floor is welcome; lowering one needs a reason in docs/alignment.md.
FLOORS = [
    # pair,                      links P, links R, full-links R, dropped P, dropped R
    # P 0.97 before the sentence pairs: one false link by the democracy motto both bullets quote
    ("131-KH-HU_vs_66-CTr-TU", 0.95, 0.96, 1.00, 0.80, 1.00),
    # P 1.00, dropped P 0.23, R 1.00 before the bundles: one false link, III.2 names 'trí thức' in passing
    ("230-KH-ThU_vs_66-CTr-TU", 0.96, 0.87, 0.97, 0.44, 0.80),
    ("66-CTr-TU_vs_seed-001", 0.81, 0.77, 0.95, 0.50, 0.66),  # P 0.83 before the subjects (docs/alignment.md)
    ("tu-cuong_vs_66-CTr-TU", 0.96, 0.85, 1.00, 0.95, 0.90),
]


@pytest.mark.parametrize("name, p, r, rf, dp, dr", FLOORS, ids=[f[0] for f in FLOORS])
def test_each_pair_holds_its_floor(name: str, p: float, r: float, rf: float, dp: float, dr: float) -> None:
    s = SCORES[name]
    assert ratio(s.links[0], s.links[1]) >= p
    assert ratio(s.links[0], s.links[2]) >= r
    assert ratio(s.full[0], s.full[2]) >= rf
    assert ratio(s.dropped[0], s.dropped[1]) >= dp
    assert ratio(s.dropped[0], s.dropped[2]) >= dr


def test_pooled_links_keep_the_precision_target() -> None:
    tp = sum(s.links[0] for s in SCORES.values())
    assert ratio(tp, sum(s.links[1] for s in SCORES.values())) >= 0.90
    assert ratio(tp, sum(s.links[2] for s in SCORES.values())) >= 0.86


def test_the_ngay_hoi_task_is_one_group_across_the_four_plans() -> None:
    """Issue 11's example: the Fatherland Front's 'Ngày hội' task under four local labels."""
    want = {("seed_data/001_561585da06cbe761.txt", "III.4.3"),
            ("seed_data/004_c81e2607254c46bf.txt", "III.4.4"),
            ("seed_data/002_78b3ebd64e4f21ce.txt", "III.6.3"),
            ("seed_data/003_4d12a988de45a8b1.txt", "III.6")}
    found = [g for g in RESULT["groups"] if want <= {(m.doc, m.task) for m in g.members}]
    assert len(found) == 1
    assert len({m.doc for m in found[0].members}) == 4


# ---------------------------------------------------------------------------
# a synthetic cascade's truth.json (issue 9): scored the same way as the hand-aligned pairs
# ---------------------------------------------------------------------------


def test_a_cascade_truth_is_scored_like_the_labelled_pair(tmp_path: Path) -> None:
    """The Tự Cường pair written as a two-plan 'cascade': evaluate_cascade must count what evaluate does."""
    pair = next(p for p in GOLD if p.name == "tu-cuong_vs_66-CTr-TU")
    raw = json.loads((PAIRS / f"{pair.name}.json").read_text(encoding="utf-8"))
    (tmp_path / "1_p.txt").write_bytes((REPO / pair.parent_seed).read_bytes())
    (tmp_path / "2_c.txt").write_bytes((REPO / pair.child_seed).read_bytes())
    added_labels = [c["label"] for c in raw["child_tasks"] if not c["carries_out"]]
    truth = {"documents": [
        {"file": "1_p.txt", "parent_file": None, "level": "province", "dropped": [], "added": []},
        {"file": "2_c.txt", "parent_file": "1_p.txt", "level": "commune", "dropped": sorted(pair.dropped),
         "added": added_labels}],
        "links": [{"child_file": "2_c.txt", "child_label": c, "parent_file": "1_p.txt", "parent_label": p,
                   "op": "copy" if (c, p) in pair.full_links else "split"} for c, p in sorted(pair.links)]}
    (tmp_path / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    got = evaluate_cascade(tmp_path)
    s = SCORES[pair.name]
    assert got.plans == 1 and got.links == s.links and got.dropped == s.dropped
    assert got.by_op["copy"] == (s.full[0], s.full[2])
    assert got.by_level == {"commune": s.links}
    assert "links    P" in cascade_report(got)
