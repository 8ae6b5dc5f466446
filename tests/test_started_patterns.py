"""A `StartedPattern` matches its pattern only after a blank or stop followed by one of its first words, so
its `finditer` must answer exactly as the pattern's own: at the text's start, at `pos` (the blank before it
outside the range), next to a first word in capitals or one letter off, in the copies for damaged text, and
on every head of the labelled texts. A first word missing from the list fails here."""
# ruff: noqa: E501

from __future__ import annotations

import re
from pathlib import Path

import pytest

from loaders import citations, patterns
from loaders.patterns import StartedPattern

REPO = Path(__file__).resolve().parent.parent
STARTED = {name: value for name, value in vars(patterns).items() if isinstance(value, StartedPattern)}
# Each started pattern's field in `citations._Rx`, whose copies for damaged text are checked too (None: the
# pattern is read on marked text only).
_FIELDS = {"IMPLEMENT_OPENER_RE": "implement_opener", "FOLLOWS_ITEM_RE": "follows_item",
           "PURPOSE_THEN_CARRY_OUT_RE": "purpose_then_carry_out", "ORDERED_CARRY_OUT_RE": "ordered_carry_out",
           "OWN_TITLE_OWNER_OPENER_RE": "own_title_owner_opener", "BASIS_OPENER_RE": "basis_opener",
           "OWN_ISSUE_RE": None, "SELF_REFERENCE_RE": None}


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


def _same(p: StartedPattern, text: str, pos: int = 0, endpos: int | None = None) -> bool:
    end = len(text) if endpos is None else endpos
    return _spans(p.finditer(text, pos, end)) == _spans(p.pattern.finditer(text, pos, end))


def test_every_started_pattern_is_listed() -> None:
    assert set(STARTED) == set(_FIELDS)


@pytest.mark.parametrize("name, text, pos, found", [
    pytest.param("IMPLEMENT_OPENER_RE", "Thực hiện Nghị quyết số 45-NQ/TW ngày 24/11/2023", 0, 1, id="text-start"),
    pytest.param("IMPLEMENT_OPENER_RE", "Căn cứ Luật.\nTHỰC HIỆN Kế hoạch số 12-KH/TU", 0, 1, id="capitals-after-newline"),
    pytest.param("IMPLEMENT_OPENER_RE", "Luật; Thực hiện Kế hoạch số 12-KH/TU", 6, 1, id="blank-before-pos"),
    pytest.param("IMPLEMENT_OPENER_RE", "Luật;Thực hiện Kế hoạch số 12-KH/TU", 5, 1, id="stop-before-pos"),
    pytest.param("IMPLEMENT_OPENER_RE", "Nghiêm túc thực hiện Chỉ thị số 05-CT/TW; Để tổ chức thực hiện X", 0, 2, id="lead-and-purpose"),
    pytest.param("IMPLEMENT_OPENER_RE", "UBND tỉnh, để triển khai Kế hoạch, trên cơ sở thực hiện X, tổ chức quán triệt sâu rộng Y", 0, 3, id="mid-sentence"),
    pytest.param("IMPLEMENT_OPENER_RE", "kết quả quán triệt Nghị quyết; Thưc hiện Kế hoạch", 0, 0, id="letter-off"),
    pytest.param("FOLLOWS_ITEM_RE", "Trên cơ sở Kế hoạch số 6103/KH-UBND; thực hiện theo Công văn số 12", 0, 2, id="follows"),
    pytest.param("FOLLOWS_ITEM_RE", "Để đảm bảo thực hiện đúng thời gian theo Kế hoạch số 2448/KH-UBND", 1, 0, id="follows-inside-word"),
    pytest.param("PURPOSE_THEN_CARRY_OUT_RE", "Để ngăn chặn tình trạng trên, thực hiện nghiêm chỉ đạo tại Chỉ thị số 689/CT-TTg", 0, 1, id="purpose"),
    pytest.param("PURPOSE_THEN_CARRY_OUT_RE", "Luật.\nNHẰM giảm thiểu tai nạn, triển khai Kế hoạch số 3", 0, 1, id="purpose-capitals"),
    # `(?<![\w])` guards: any non-word character before the first word, not only a blank or stop.
    pytest.param("ORDERED_CARRY_OUT_RE", "Giao các sở, ngành tổ chức thực hiện Công văn số 4847/BYT-DP", 0, 1, id="ordered-text-start"),
    pytest.param("ORDERED_CARRY_OUT_RE", "UBND tỉnh (yêu cầu các sở, ngành triển khai Kế hoạch số 12", 0, 1, id="ordered-after-bracket"),
    pytest.param("ORDERED_CARRY_OUT_RE", "tỉnh “ĐỀ NGHỊ UBND các huyện thực hiện nghiêm Chỉ thị số 05", 6, 1, id="ordered-quote-before-pos"),
    pytest.param("ORDERED_CARRY_OUT_RE", "bàn giao các sở thực hiện X; chuyển giao Sở Y triển khai Z", 0, 0, id="ordered-handed-over"),
    pytest.param("ORDERED_CARRY_OUT_RE", "kiêu cầu các sở thực hiện X", 0, 0, id="ordered-inside-word"),
    pytest.param("OWN_TITLE_OWNER_OPENER_RE", "Về việc ban hành Kế hoạch hành động của ngành Y tế thực hiện Nghị quyết số 20", 0, 1, id="owner-lower"),
    pytest.param("OWN_TITLE_OWNER_OPENER_RE", "(BAN HÀNH KẾ HOẠCH của UBND tỉnh triển khai Chỉ thị số 05", 1, 1, id="owner-bracket-at-pos"),
    pytest.param("OWN_TITLE_OWNER_OPENER_RE", "Trưởng ban hành chính", 0, 0, id="owner-none"),
    pytest.param("BASIS_OPENER_RE", "Căn cứ Luật Tổ chức chính quyền địa phương;\nCĂN CỨ VÀO Nghị quyết số 12", 0, 2, id="basis-line-starts"),
    pytest.param("BASIS_OPENER_RE", "Luật số 47; căn cứ Kế hoạch số 12; xét căn cứ X", 11, 1, id="basis-stop-before-pos"),
    pytest.param("BASIS_OPENER_RE", "Luật số 47;căn cứ Kế hoạch số 12", 0, 0, id="basis-stop-no-blank"),
    pytest.param("SELF_REFERENCE_RE", "Kế hoạch này thay thế; QUYẾT ĐỊNH NÀY có hiệu lực; (Chương trình này)", 0, 3, id="self-reference"),
    pytest.param("SELF_REFERENCE_RE", "Chỉ thị này và Nghị quyết nàyy; kế hoạchnày", 3, 0, id="self-reference-cut"),
    pytest.param("OWN_ISSUE_RE", "Huyện ủy vừa ký ban hành Kế hoạch số 147-KH/HU, ngày 21/12/2022 về kết nạp", 0, 1, id="issue-signed"),
    pytest.param("OWN_ISSUE_RE", "UBND tỉnh (đã ra Chỉ thị số 05/CT-UBND", 0, 1, id="issue-bracket-made"),
    pytest.param("OWN_ISSUE_RE", "Sở Y tế đã ra Quyết định số 12", 11, 1, id="issue-made-lookbehind-at-pos"),
    pytest.param("OWN_ISSUE_RE", "Báo Nhân dân trân trọng giới thiệu toàn văn Nghị quyết số 57-NQ/TW", 0, 1, id="issue-introduces"),
    pytest.param("OWN_ISSUE_RE", "Sao gửi Kế hoạch; GỬI Công văn số 3", 0, 1, id="issue-sent-capitals"),
    pytest.param("OWN_ISSUE_RE", "Phòng có Công văn số 12/CV, Đảng ủy CÓ văn bản chỉ đạo", 0, 2, id="issue-has"),
])
def test_same_matches_as_the_pattern(name: str, text: str, pos: int, found: int) -> None:
    p = STARTED[name]
    assert _same(p, text, pos)
    assert len(list(p.finditer(text, pos, len(text)))) == found
    field = _FIELDS[name]
    for table in ("ascii", "lost") if field else ():  # the copies for text that lost its diacritics
        damaged = getattr(citations._damaged(table), field)
        assert isinstance(damaged, StartedPattern) and _same(damaged, text, pos)


def test_no_look_ahead_when_a_first_word_is_lost() -> None:
    """Text that lost every marked letter loses 'để' whole: every blank is then a start."""
    assert StartedPattern(re.compile(r"(?<![^\s.;:])(?:|x)y"), "|x").starts.pattern == r"[\s.;:]"


def _heads() -> list[str]:
    paths = [*sorted((REPO / "seed_data").glob("*.txt")), *sorted((REPO / "tests").glob("realworld*/*.txt"))]
    return [p.read_text(encoding="utf-8")[:6000] for p in paths]


@pytest.mark.parametrize("name", sorted(STARTED))
def test_same_matches_on_the_labelled_texts(name: str) -> None:
    p = STARTED[name]
    heads = _heads()
    assert heads
    for head in heads:
        assert _same(p, head), name
        assert _same(p, head, 9, len(head) - 9), name
