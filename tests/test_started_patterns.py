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
from loaders.patterns import StartedPattern, find_words

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


def _probe(words: list[str], text: str, pos: int, endpos: int) -> int | None:
    m = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE).search(text, pos, endpos)
    return m.start() if m else None


@pytest.mark.parametrize("words, text, pos, endpos, found", [
    pytest.param(["Thực", "hiện"], "Căn cứ X; THỰC   HIỆN Kế hoạch", 0, 99, 10, id="capitals-and-blanks"),
    pytest.param(["ab", "cd"], "ab\u00a0\ncd", 0, 9, 0, id="unicode-blanks"),
    pytest.param(["ab", "cd"], "abcd ab cd", 0, 10, 5, id="no-blank-no-match"),
    pytest.param(["ab", "cd"], "ab cd ab cd", 1, 11, 6, id="from-pos"),
    pytest.param(["ab", "cd"], "ab cd", 0, 4, None, id="cut-by-endpos"),
    pytest.param(["ab", "cd"], "ab cx ab cd", 0, 11, 6, id="one-letter-off"),
    # IGNORECASE's extra folds and a lower case of another length: the compiled pattern answers.
    pytest.param(["it"], "ıt", 0, 2, 0, id="dotless-i"),
    pytest.param(["is"], "İS ıſ", 0, 5, 0, id="dotted-capital-i"),
    pytest.param(["ſ"], "S", 0, 1, 0, id="long-s"),
])
def test_find_words_as_the_compiled_probe(words: list[str], text: str, pos: int, endpos: int,
                                          found: int | None) -> None:
    assert find_words(words, text, pos, endpos) == _probe(words, text, pos, endpos) == found


def test_find_words_on_the_labelled_texts() -> None:
    """Each head's own runs of words, in capitals and one letter off, are found where the pattern finds them."""
    for head in _heads():
        words = head.split()
        for i in range(0, min(len(words), 400), 37):
            for probe in (words[i:i + 6], [w.upper() for w in words[i:i + 3]], [*words[i:i + 2], "x"]):
                assert find_words(probe, head, 0, len(head)) == _probe(probe, head, 0, len(head)), probe
                assert find_words(probe, head, 40, 900) == _probe(probe, head, 40, 900), probe



def _guarded() -> dict[str, tuple[re.Pattern[str], str]]:
    return {"CLAUSE_VERB_HINT_RE": (patterns.CLAUSE_VERB_HINT_RE, "(?=[bctxđBCTXĐh])"),
            "LEAD_SIGNER_RE": (patterns.LEAD_SIGNER_RE, "(?=[ôbđtpcg])")}


@pytest.mark.parametrize("name", ["CLAUSE_VERB_HINT_RE", "LEAD_SIGNER_RE"])
def test_first_letter_guard_keeps_every_match(name: str) -> None:
    """A look-ahead on the first letters in front of a pattern's alternatives keeps every match of them."""
    guarded, lead = _guarded()[name]
    assert guarded.pattern.startswith(lead)
    end = "\n" if guarded.flags & re.VERBOSE else ""  # a verbose pattern may end in a comment
    bare = re.compile(f"(?:{guarded.pattern[len(lead):]}{end})", guarded.flags)
    rows = ["BAN HÀNH Kế hoạch", "Xây dựng Chương trình", "Công bố toàn văn Nghị quyết",
            "Ngày 13-11, Chủ tịch UBND tỉnh Nam Định đã ký ban hành Quyết định",
            "Đồng chí Nguyễn Văn A, Phó Bí thư Thường trực Tỉnh ủy đã ký ban hành Kế hoạch"]
    for head in [*_heads(), *rows]:
        for pos in range(0, len(head), 97):
            a = [(m.span(), m.groupdict()) for m in bare.finditer(head, pos)]
            assert a == [(m.span(), m.groupdict()) for m in guarded.finditer(head, pos)], head[pos:pos + 60]


_TAIL_GUARD = r"\ (?=[cghimnoptuGHIOU][gh]?(?:[ \t,.;:)|\n]|\Z))"


@pytest.mark.parametrize("text", [
    pytest.param("CHỦ TỊCH\nĐặ ng Văn Minh, thá ng 05", id="ng-nh-ch"),
    pytest.param("Xã hộ i , cá c tổ chức, Nơi nhậ n: GIẢ I PHÁP", id="toned-vowel-tails"),
    pytest.param("Kế hoạc h côn g tác, KẾ HOẠC H CÔN G TÁC", id="h-and-g-tails"),
    pytest.param("LẦN THỨ I, QUÝ I NĂM 2024, K Ế  H O Ạ C H, điểm c hoặc d", id="not-split"),
    pytest.param("ngà y 04, hộ a, hộ đ, cá b tổ, hộ e", id="letters-no-branch-takes"),
    pytest.param("Xã hộ i\nvà Đặ ng|Kế hoạc h)côn g;GIẢ I:thá ng\t05 nhậ n. Xã hộ i", id="every-end-a-tail-takes"),
    pytest.param("Xã hộ i", id="tail-ending-the-text"),
    pytest.param("hộ ic, Đặ ngx, hoạc hx, côn gh, cá cx tổ, GIẢ IP", id="a-word-going-on"),
])
def test_split_word_tail_guard_keeps_every_match(text: str) -> None:
    """The look-ahead after the blank lists every letter a branch of `SPLIT_WORD_TAIL_RE` opens with."""
    guarded = patterns.SPLIT_WORD_TAIL_RE
    assert guarded.pattern.startswith(_TAIL_GUARD)
    bare = re.compile(r"\ " + guarded.pattern[len(_TAIL_GUARD):], guarded.flags)
    for head in [text, *(_heads() if text.startswith("CHỦ") else [])]:
        assert guarded.sub("", head) == bare.sub("", head)
        assert [m.span() for m in guarded.finditer(head)] == [m.span() for m in bare.finditer(head)]


_LOST_PLAIN = re.compile(r"(?<![\w])(?i:thc|hin|quyt|ngy|trnh|hoch|chng|hng)(?![\w])")


@pytest.mark.parametrize("text, pos, found", [
    pytest.param("Thc hin Ngh quyt s 33-NQ/TW ngy 12", 0, 4, id="lost-letter-words"),
    pytest.param("thc", 0, 1, id="at-the-start"),
    pytest.param("THC HIN QUYT NGY TRNH HOCH CHNG HNG", 0, 8, id="capitals"),
    pytest.param("athc _hin 3quyt ngyx đtrnh hochđ", 0, 0, id="inside-a-word"),
    pytest.param("athc", 1, 0, id="word-before-pos"),
    pytest.param("a thc", 2, 1, id="blank-before-pos"),
    pytest.param("(chng) -hng- \"thc\"", 0, 3, id="between-stops"),
])
def test_lost_letter_words_as_the_plain_pattern(text: str, pos: int, found: int) -> None:
    """`LOST_LETTER_WORDS_RE` opens on its first letters, a class `re` skips to; it finds what the plain
    guard-first pattern finds, also where the guard looks before `pos`."""
    got = [m.span() for m in patterns.LOST_LETTER_WORDS_RE.finditer(text, pos)]
    assert got == [m.span() for m in _LOST_PLAIN.finditer(text, pos)]
    assert len(got) == found


def test_lost_letter_words_on_the_labelled_texts() -> None:
    for head in _heads():
        for pos in (0, 1, 97):
            got = [m.span() for m in patterns.LOST_LETTER_WORDS_RE.finditer(head, pos)]
            assert got == [m.span() for m in _LOST_PLAIN.finditer(head, pos)]
        assert patterns.lost_letter_words(head) == len(_LOST_PLAIN.findall(head))


@pytest.mark.parametrize("text, found", [
    pytest.param("Thc hin Ngh quyt s 33-NQ/TW ngy 12", 4, id="lost-letter-words"),
    pytest.param("THC HIN QUYT NGY TRNH HOCH CHNG HNG", 8, id="capitals"),
    pytest.param("tHc hIn qUyT", 3, id="mixed-case"),
    pytest.param("Thực hiện Nghị quyết số 33-NQ/TW ngày 12", 0, id="marked-text"),
    pytest.param("athc chin hoche", 0, id="inside-words-only"),
    # IGNORECASE matches 'i' with 'ı' and 'İ', whose lower case is no 'i': the pattern counts.
    pytest.param("hın HİN", 2, id="dotless-and-dotted-i"),
])
def test_lost_letter_words_counts_as_the_pattern(text: str, found: int) -> None:
    """`lost_letter_words` answers none without the pattern where no word occurs lower-cased; the count is
    the plain pattern's either way."""
    assert patterns.lost_letter_words(text) == len(_LOST_PLAIN.findall(text)) == found


_DATE_WORDS_FLAT = re.compile(
    "(?:" + "|".join(c[:i] + " " + c[i:] for w in ("ngày", "tháng", "năm")
                     for c in (w, w.capitalize(), w.upper()) for i in range(1, len(w))) + r")(?=[ \t]+\d)")


@pytest.mark.parametrize("text, found", [
    pytest.param("ngà y 04 thá ng 5 nă m 2013", 3, id="each-word-cut"),
    pytest.param("Ng ày 4 Th áng 5 N ăm 2013, NGÀ Y 4 THÁN G 5 NĂ M 2013", 6, id="capitalised-and-capitals"),
    pytest.param("n gày 4, t háng 5, tha ng 5, ngà y tới, ngày 4", 2, id="no-figure-or-not-a-cut"),
])
def test_split_date_word_trie_as_the_flat_alternation(text: str, found: int) -> None:
    """`SPLIT_DATE_WORD_RE` writes its cut words as a trie; it finds what the words tried in turn find."""
    got = [m.span() for m in patterns.SPLIT_DATE_WORD_RE.finditer(text)]
    assert got == [m.span() for m in _DATE_WORDS_FLAT.finditer(text)]
    assert len(got) == found
    for head in _heads() if found == 3 else []:
        assert [m.span() for m in patterns.SPLIT_DATE_WORD_RE.finditer(head)] == \
            [m.span() for m in _DATE_WORDS_FLAT.finditer(head)]


def test_literal_trie_refuses_a_word_that_opens_another() -> None:
    with pytest.raises(ValueError):
        patterns._literal_trie(["năm", "nă"])


_PLAIN = {
    "SPLIT_ROMAN_MARK_RE": re.compile(r"^(?P<a>[IVX]{1,4}) (?P<b>[IVX]{1,4})(?=\.[ \t])", re.MULTILINE),
    "BARE_IN_MARKED_DATE_RE": re.compile(r"(?:ngày|tháng)\s+\d{1,2}\s+(?:thang|nam)\s+\d|ngay\s+\d{1,2}\s+tháng\s"
                                         r"|tháng\s+\d{1,2}\s+nam\s+\d"),
}


def _guard_first(name: str, opening: str, plain: str) -> re.Pattern[str]:
    """The pattern as it was before its first letter opened it: the word guard first, then that letter."""
    new = getattr(patterns, name)
    assert opening in new.pattern
    return re.compile(new.pattern.replace(opening, plain, 1), new.flags)


_PLAIN["SIGN_VERB_SPELLING_RE"] = _guard_first(
    "SIGN_VERB_SPELLING_RE", r"(?P<k>(?-i:[Kk\u212a]))(?<![\w].)í", r"(?<![\w])(?P<k>[Kk])í")
_PLAIN["PAIRED_PROVINCES_RE"] = _guard_first("PAIRED_PROVINCES_RE", r"[Hh](?<![\w].)(?i:ai)", r"(?<![\w])(?i:hai)")


@pytest.mark.parametrize("name, text, found", [
    pytest.param("SPLIT_ROMAN_MARK_RE", "I II. NHIỆM VỤ\nI V. GIẢI PHÁP\nXI I.\tTỔ CHỨC", 3, id="roman-at-line-starts"),
    pytest.param("SPLIT_ROMAN_MARK_RE", "AI II. x\n I II. x\nI II.x\nVI III IV. x", 0, id="roman-not-at-a-start"),
    pytest.param("BARE_IN_MARKED_DATE_RE", "ngày 12 tháng 4 nam 2025, ngày 04 thang 05 năm 2013", 2, id="bare-after-marked"),
    pytest.param("BARE_IN_MARKED_DATE_RE", "ngay 4 tháng 5 năm 2013; tháng 4 nam 2025", 2, id="bare-day-or-year-word"),
    pytest.param("BARE_IN_MARKED_DATE_RE", "ngày 12 tháng 4 năm 2025, ngay 12 thang 4 nam 2025", 0, id="all-marked-or-all-bare"),
    pytest.param("SIGN_VERB_SPELLING_RE", "Kí ban hành; đã kí Quyết định số 5; KÍ VĂN BẢN; \u212aí thay", 4, id="kí-in-any-case"),
    pytest.param("SIGN_VERB_SPELLING_RE", "kí ức, kí túc xá, kíkí ban hành, ákí kết, kíp kết", 0, id="kí-no-verb"),
    pytest.param("SIGN_VERB_SPELLING_RE", "kí ban hành", 1, id="kí-at-the-start"),
    pytest.param("PAIRED_PROVINCES_RE", "kết nghĩa hai tỉnh Quảng Nam – Thanh Hóa; HAI THÀNH PHỐ Hà Nội và Hải Phòng", 2, id="pair-in-any-case"),
    pytest.param("PAIRED_PROVINCES_RE", "triển khai tỉnh Quảng Nam – Thanh Hóa; thứ hai tỉnh Nam", 0, id="pair-inside-a-word"),
])
def test_reordered_opening_as_the_plain_pattern(name: str, text: str, found: int) -> None:
    """A pattern reordered to open on a letter `re` skips to (the Roman mark's line start looked behind at, the
    bare date word's 'ng' shared, a word guard looked behind over the first letter) finds what its plain form
    finds, on rows and on every labelled head."""
    new, plain = getattr(patterns, name), _PLAIN[name]
    got = [(m.span(), m.groupdict()) for m in new.finditer(text)]
    assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert len(got) == found
    for head in _heads() if found else []:
        for probe in (head, head.lower()):
            assert [m.span() for m in new.finditer(probe)] == [m.span() for m in plain.finditer(probe)]


@pytest.mark.parametrize("text, found", [
    pytest.param("ngày 12 tháng 4 nam 2025", True, id="bare-year-word"),
    pytest.param("ngày 04 thang 05 năm 2013", True, id="bare-month-word"),
    pytest.param("ngay 4 tháng 5 năm 2013", True, id="bare-day-word"),
    pytest.param("tháng 4 nam 2025", True, id="month-then-bare-year"),
    pytest.param("ngày 12 tháng 4 năm 2025, ngay 12 thang 4 nam 2025", False, id="all-marked-or-all-bare"),
    pytest.param("tại Việt Nam 2025", False, id="country-name"),
])
def test_bare_date_parts_answer_as_the_alternation(text: str, found: bool) -> None:
    """`header._ocr_date_hint` searches the parts one by one (each opens on its own literal word): a text holds
    one of them exactly when it holds the alternation, on rows and on every labelled head, lower-cased too."""
    def parts(t: str) -> bool:
        return any(part.search(t) for part in patterns.BARE_IN_MARKED_DATE_PARTS)

    assert parts(text) is found is (patterns.BARE_IN_MARKED_DATE_RE.search(text) is not None)
    for head in _heads():
        for probe in (head, head.lower()):
            assert parts(probe) is (patterns.BARE_IN_MARKED_DATE_RE.search(probe) is not None)


_TYPED_STAR_PLAIN = re.compile(
    r"^[ \t]*(?P<star>\*)(?=[ ](?!Số\b)[^\s*][^*\n]*\n(?:[ \t]*\n)*[ \t]*[-–+•][ \t])", re.MULTILINE)


@pytest.mark.parametrize("text, found", [
    pytest.param("* Về phát triển số lượng:\n- Phấn đấu ...", 1, id="text-start"),
    pytest.param("a\n  * Về nhiệm vụ:\n\n\t- Một\nb\n* Hai:\n+ Ba", 2, id="indented-and-blank-lines"),
    pytest.param("a * Về nhiệm vụ:\n- Một", 0, id="not-at-a-line-start"),
    pytest.param("* Số 12-KH/TU\n- x", 0, id="number-cell"),
    pytest.param("* **Về**:\n- x", 0, id="emphasis"),
    pytest.param("\n* Về:\n- x\n* Và:\n• y", 2, id="newline-first"),
])
def test_typed_star_bullet_as_the_line_start_form(text: str, found: int) -> None:
    """`_TYPED_STAR_BULLET` opens on the newline and is searched in '\\n' + text: the stars it keeps, one
    position back, are those of its MULTILINE '^' form, on rows and on every labelled text."""
    from loaders.normalise import _TYPED_STAR_BULLET

    def stars(t: str) -> list[int]:
        return [m.start("star") - 1 for m in _TYPED_STAR_BULLET.finditer("\n" + t)]

    assert stars(text) == [m.start("star") for m in _TYPED_STAR_PLAIN.finditer(text)]
    assert len(stars(text)) == found
    paths = [*sorted((REPO / "seed_data").glob("*.txt")), *sorted((REPO / "tests").glob("realworld*/*.txt"))]
    for path in paths if found == 1 else []:
        whole = path.read_text(encoding="utf-8")
        assert stars(whole) == [m.start("star") for m in _TYPED_STAR_PLAIN.finditer(whole)]
