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
    ("CONGRESS_RESOLUTION_STUDIED_RE", "Quán triệt, triển khai Nghị quyết Đại hội đại biểu Đảng bộ xã Vĩnh Lộc lần thứ I, nhiệm kỳ 2025-2030", 0, None, True),
    ("CONGRESS_RESOLUTION_STUDIED_RE", "QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ PHƯỜNG lần thứ I, nhiệm kỳ 2025-2030", 0, None, True),
    ("CONGRESS_RESOLUTION_STUDIED_RE", "Quán triệt Nghị quyết Hội nghị Đảng bộ xã Vĩnh Lộc lần thứ I, nhiệm kỳ 2025-2030", 0, None, False),
    ("CONGRESS_RESOLUTION_STUDIED_RE", "Quán triệt Nghị quyết Đại hội đại biểu Đảng bộ xã Vĩnh Lộc lần thứ I, nhiệm kỳ 2025-2030", 20, None, False),  # the hint before pos
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


# --- word hints (parsespeed8): a pattern run only when one of the words its match must hold is a word of the
# text (`str.split()`), and a dash's scan that answers as its hint pattern ---


def _ungated_rejoin(text: str) -> str:
    from loaders import normalise

    text = patterns.SPLIT_WORD_TAIL_RE.sub("", text)
    text = patterns.SPLIT_WORD_HEAD_RE.sub(r"\g<pre>\g<head>", "\n" + text)[1:]
    if "I " in text or "V " in text or "X " in text:
        text = patterns.SPLIT_ROMAN_MARK_RE.sub(normalise._roman_joined, text)
    return patterns.SPLIT_DATE_WORD_RE.sub(normalise._joined, text)


def test_ignorecase_forms_cover_every_letter_ignorecase_takes() -> None:
    """`_ignorecase_forms` lists each letter IGNORECASE equates with an onset's letter, over all of Unicode."""
    import re
    import sys

    letters = "bcdđghiklmnpqrstuvx"
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    takes = {c: set(re.findall(f"(?i:{c})", every)) for c in letters}
    assert all(patterns._ignorecase_forms(c) == takes[c] for c in letters)


@pytest.mark.parametrize("text", [
    pytest.param("K ÉT LUẬN", id="capital-onset"),
    pytest.param("thưong m ại và H u ế", id="small-and-capital"),
    pytest.param("X ã hội, ph ù hợp, Ng o ại giao", id="two-letter-onsets"),
    pytest.param("T rung ương, n gười, c hính, g iữa", id="cut-onset-letter"),
    pytest.param("NGH Ị QUYẾT", id="three-letter-onset"),
    pytest.param("Gı ải pháp", id="dotless-i"),
    pytest.param("\u212a ế hoạch", id="kelvin-sign"),
    pytest.param("điểm c hoặc d, cao 2 m ở giữa", id="point-and-unit-left"),
    pytest.param("ngà y 04 tháng 5 nă m 2013", id="cut-date-words"),
    pytest.param("NGÀ Y 04 TH ÁNG 5 NĂ M 2013", id="cut-date-words-capitals"),
    pytest.param("I II. NHIỆM VỤ\nngà y 04", id="roman-then-date"),
    pytest.param("Đặ ng Văn Minh, Xã hộ i , thá ng 05", id="tails"),
    pytest.param("Kế hoạch thực hiện Nghị quyết số 43-NQ/TW ngày 24/01/2024", id="clean"),
])
def test_rejoin_split_words_as_the_patterns_alone(text: str) -> None:
    from loaders.normalise import rejoin_split_words

    assert rejoin_split_words(text) == _ungated_rejoin(text)


def test_split_word_head_stands_in_the_word_set() -> None:
    """Every head a match takes, of every onset in every case, is one of `SPLIT_WORD_HEADS`."""
    heads = {m["head"] for c in patterns.SPLIT_WORD_HEADS for nxt in ("ế", "ực", "hính", "rung", "gười", "ữa")
             for m in patterns.SPLIT_WORD_HEAD_RE.finditer(f"\n{c} {nxt} {c.upper()} {nxt.upper()} ")}
    assert heads and heads <= patterns.SPLIT_WORD_HEADS


def test_rejoin_split_words_on_the_labelled_texts() -> None:
    from loaders.normalise import rejoin_split_words

    texts = _labelled_texts()
    assert texts
    assert all(rejoin_split_words(t) == _ungated_rejoin(t) for t in texts)


@pytest.mark.parametrize("text, found", [
    pytest.param("Nghị quyết số 44 - KH/ĐU", True, id="spaced"),
    pytest.param("số 127   –   KL/TW", True, id="en-dash-wide"),
    pytest.param("số 12 - Đ/c", True, id="capital-d-bar"),
    pytest.param("số 44\t-\tKH/ĐU", True, id="tabs"),
    pytest.param("số 44 -\tKH/ĐU", True, id="tab-after"),
    pytest.param("Độc lập - Tự do - Hạnh phúc", False, id="motto"),
    pytest.param("năm 2024 - kế hoạch", False, id="small-letter"),
    pytest.param("số 44 -- KH", False, id="two-dashes"),
    pytest.param("số 44- KH/ĐU", False, id="no-blank-before"),
    pytest.param("44 - ", False, id="text-end"),
    pytest.param(" - KH", False, id="text-start"),
    pytest.param("số ٤٤ - KH", True, id="arabic-indic-digits"),
    pytest.param("số ² - KH", False, id="superscript-no-digit"),
])
def test_spaced_number_dash_as_its_hint(text: str, found: bool) -> None:
    assert patterns.spaced_number_dash(text) is found
    assert (patterns.SPACED_NUMBER_DASH_HINT_RE.search(text) is not None) is found


def test_spaced_number_dash_on_the_labelled_texts() -> None:
    texts = _labelled_texts()
    assert texts
    for text in texts:
        for variant in (text, text.replace("-", " - "), text.replace("/", " – ")):
            assert patterns.spaced_number_dash(variant) is (patterns.SPACED_NUMBER_DASH_HINT_RE.search(variant)
                                                             is not None)
