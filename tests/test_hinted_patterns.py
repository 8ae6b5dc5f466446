"""A `HintedPattern` runs its pattern only where its hint occurs, so it must answer exactly as the pattern
itself: on rows that hold the hint, miss it by one letter or hold it outside the searched range, and on
every line and whole text of the labelled sets. A hint that is not a part of every match fails here."""
# ruff: noqa: E501

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import patterns
from loaders.patterns import HintedPattern

REPO = Path(__file__).resolve().parent.parent
HINTED = {name: value for name, value in vars(patterns).items() if isinstance(value, HintedPattern)}


def _answers(p: HintedPattern | object, text: str, pos: int, endpos: int) -> tuple[object, ...]:
    def span(m: object) -> object:
        return None if m is None else (m.span(), m.groupdict())  # type: ignore[attr-defined]

    return (span(p.search(text, pos, endpos)), span(p.match(text, pos, endpos)),  # type: ignore[attr-defined]
            [span(m) for m in p.finditer(text, pos, endpos)])  # type: ignore[attr-defined]


def _same(p: HintedPattern, text: str, pos: int = 0, endpos: int | None = None) -> bool:
    end = len(text) if endpos is None else endpos
    return _answers(p, text, pos, end) == _answers(p.pattern, text, pos, end)


@pytest.mark.parametrize("name, text, pos, endpos, found", [
    ("PLACE_DATE_RE", "Hải Phòng, ngày 02 tháng 02 năm 2024", 0, None, True),
    ("PLACE_DATE_RE", "HẢI PHÒNG , NGÀY 02 THÁNG 02 NĂM 2024", 0, None, True),
    ("PLACE_DATE_RE", "Hải Phòng, ngay 02 tháng 02 năm 2024", 0, None, False),
    ("PLACE_DATE_RE", "Hải Phòng, ngày 02 tháng 02 năm 2024", 0, 12, False),  # the hint cut by endpos
    ("ISSUER_TERM_CLAUSE_RE", "Ủy ban MTTQ Việt Nam tỉnh Bình Thuận khoá VIII, nhiệm kỳ 2019 – 2024 xây dựng Chương trình", 0, None, True),
    ("ISSUER_TERM_CLAUSE_RE", "Ủy ban MTTQ Việt Nam tỉnh Bình Thuận, nhiệm kỳ 2019 – 2024, thực hiện Chương trình", 0, None, False),
    ("OWN_NOTICE_RE", "Ủy ban nhân dân phường Cự Khối thông báo:", 0, None, True),
    ("OWN_NOTICE_RE", "UBND xã Duyên Hà thông báo để các gia đình thực hiện./.", 0, None, True),
    ("OWN_NOTICE_RE", "Ủy ban nhân dân phường Cự Khối Thông báo số 12", 0, None, False),
    ("OWN_NOTICE_RE", "Ủy ban nhân dân phường Cự Khối thông báo:", 35, None, False),  # the hint before pos
    ("LEAD_DEPLOYS_RE", "UBND huyện Chợ Mới vừa triển khai Kế hoạch phòng, chống dịch bệnh trên địa bàn", 0, None, True),
    ("LEAD_DEPLOYS_RE", "UBND huyện Chợ Mới vừa Triển khai Kế hoạch phòng, chống dịch bệnh trên địa bàn", 0, None, False),
    ("ISSUED_ON_RE", "Công văn số 4913/VP-KT, BAN HÀNH  NGÀY 15/6, UBND thành phố Hà Nội yêu cầu", 0, None, True),
    ("ISSUED_ON_RE", "Công văn số 4913/VP-KT, ban hành vào ngày 15/6/2024", 0, 40, False),  # the hint cut by endpos
    ("ISSUED_ON_RE", "Công văn số 4913/VP-KT, ban hành ngay 15/6", 0, None, False),
    ("PASSIVE_ISSUE_RE", "Chỉ thị số 02-CT/TU của Ban Thường vụ Tỉnh ủy ban hành ngày 14.12.2020", 0, None, True),
    ("PASSIVE_ISSUE_RE", "Chỉ thị số 02-CT/TU của Ban Thường vụ Tỉnh ủy đã ký ban hành vào ngày 14.12.2020", 0, None, True),
    ("PASSIVE_ISSUE_RE", "Chỉ thị số 02-CT/TU của Ban Thường vụ Tỉnh ủy ban hành ngày 14.12.2020", 10, None, False),
    ("LEAD_MEETING_HELD_RE", "Ngày 29 tháng 01 năm 2021 BCH Đảng bộ xã Vi Hương đã tổ chức họp theo Quy chế", 0, None, True),
    ("LEAD_MEETING_HELD_RE", "Sáng ngày 26/8/2019, Đảng ủy xã Hà Vị đã tổ chức Hội nghị triển khai các văn bản", 0, None, True),
    ("LEAD_MEETING_HELD_RE", "Đảng ủy xã Hà Vị đã tổ chức hội  nghị lần thứ 12 ra nghị quyết", 0, None, True),
    ("LEAD_MEETING_HELD_RE", "Sáng ngày 26/8/2019, Đảng ủy xã Hà Vị đã tổ chức HỘI NGHỊ triển khai các văn bản", 0, None, False),
    ("LEAD_MEETING_HELD_RE", "Đảng ủy xã Hà Vị đã tổ chức Hội nghị triển khai", 0, 33, False),  # the hint cut by endpos
])
def test_same_answers_as_the_pattern(name: str, text: str, pos: int, endpos: int | None, found: bool) -> None:
    p = HINTED[name]
    assert _same(p, text, pos, endpos)
    assert (p.search(text, pos, len(text) if endpos is None else endpos) is not None) is found


def _labelled_texts() -> list[str]:
    paths = [*sorted((REPO / "seed_data").glob("*.txt")), *sorted((REPO / "tests").glob("realworld*/*.txt"))]
    return [p.read_text(encoding="utf-8") for p in paths]


@pytest.mark.parametrize("name", sorted(HINTED))
def test_same_answers_on_the_labelled_texts(name: str) -> None:
    p = HINTED[name]
    texts = _labelled_texts()
    assert texts
    for k, text in enumerate(texts):
        assert all(_same(p, line) for line in text[:4000].split("\n")), name
        if k % 4:
            continue  # the whole head, with a range, on every fourth text: the slow patterns scan it all
        head = text[:4000]
        assert _same(p, head), name
        assert _same(p, head, 7, len(head) - 7), name



@pytest.mark.parametrize("line, found", [
    pytest.param("CHỦ TỊCH (Đã ký)", True, id="round"),
    pytest.param("CHỦ TỊCH [ĐÃ KÝ]\n", True, id="square-before-last-newline"),
    pytest.param("CHỦ TỊCH (đã ký) ", False, id="blank-after"),
    pytest.param("CHỦ TỊCH (đã ký)\n\n", False, id="two-newlines"),
    pytest.param("(Đã ký)", False, id="nothing-before"),
])
def test_signed_note_tail_only_on_a_closing_line(line: str, found: bool) -> None:
    """`header._signature_part` tries SIGNED_NOTE_TAIL_RE only on a line its bracket closes."""
    from loaders import header

    assert (patterns.SIGNED_NOTE_TAIL_RE.search(line) is not None) is found
    assert not found or line.endswith(header._NOTE_CLOSES)


def test_signed_note_tail_on_the_labelled_lines() -> None:
    from loaders import header

    for text in _labelled_texts():
        for ln in text.splitlines(keepends=True):
            assert not patterns.SIGNED_NOTE_TAIL_RE.search(ln) or ln.endswith(header._NOTE_CLOSES), ln
