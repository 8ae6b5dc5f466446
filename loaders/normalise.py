"""Text normalisation: one Unicode form and one tone placement for matching.

Display text keeps what was written; `fold` and `key` are only for comparing.
"""

from __future__ import annotations

import heapq
import html
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import islice
from pathlib import Path

from loaders.patterns import (
    CARRY_OUT_END_RE,
    CRAWLER_ANNEX_RE,
    CRAWLER_HEAD_RE,
    D_BAR_CODE_PIECES,
    DASHED_NAME_HEAD_RE,
    DASHED_NAME_TAIL_RE,
    DIGITAL_COMPOUND_END_RE,
    GAZETTE_PAGE_LINE_RE,
    GAZETTE_STAMP_OFFICE_RE,
    GLUED_FIGURE_RE,
    GLUED_JOIN_HINT_RE,
    GLUED_PAGE_MARK_RE,
    GLUED_WORD_HINT_RE,
    HEADER_CELL_GAP_RE,
    HEADER_ROW_OPENING_RE,
    HEADER_ROW_RE,
    ISSUING_VERB_END_RE,
    ITEM_START_RE,
    LABOUR_NAME_HEAD_RE,
    LABOUR_NAME_TAIL_RE,
    LOST_LETTER_CAPS_RUN_RE,
    LOST_LETTER_MIN_WORDS,
    LOST_LETTER_MOTTO_RE,
    LOST_LETTER_OPENER_RE,
    LOST_LETTER_OPENERS,
    MOTTO_SECOND_LINE,
    MUST_MARK_RE,
    NEWS_TAG_START_RE,
    NUMBER_CELL_RE,
    ODD_SPACE_CHARS,
    OLD_FONT_LEFT_CUT_RE,
    OLD_FONT_MOTTO_FIRST,
    OLD_FONT_MOTTO_FIRST_RE,
    OLD_FONT_MOTTO_SECOND,
    OLD_FONT_MOTTO_SECOND_RE,
    OLD_FONT_SUBSTITUTES,
    OLD_FONT_TILDE_RE,
    OLD_FONT_VOWELS,
    OLD_FONT_WORD_RE,
    ONE_BLANK_RE,
    PAGE_NUMBER_RE,
    ROMAN_MARK_RE,
    SITE_LIST_HEADING_RE,
    SPLIT_DATE_WORD_RE,
    SPLIT_DATE_WORD_TAILS,
    SPLIT_NUMBER_HEAD_RE,
    SPLIT_NUMBER_TAIL_RE,
    SPLIT_ROMAN_MARK_RE,
    SPLIT_WORD_HEAD_RE,
    SPLIT_WORD_HEADS,
    SPLIT_WORD_TAIL_RE,
    STANDING_BODY_HEAD_RE,
    STANDING_BODY_TAIL_RE,
    SUBJECT_CELL_RE,
    TAB_OR_ODD_SPACE_RE,
    TYPE_HEADING_RE,
    TYPE_WORDS,
    VI_SYLLABLE_RE,
    lost_letter_words,
)
from loaders.tables import grid_table_lines, stacked_table_lines, task_table_lines

_TONES = {"\u0301": "acute", "\u0300": "grave", "\u0309": "hook", "\u0303": "tilde", "\u0323": "dot"}


def _toned(base: str, mark: str) -> str:
    return unicodedata.normalize("NFC", base + mark)


def _build_tone_map() -> dict[str, str]:
    """Old-style → new-style tone placement in open syllables: hoá→hóa, uỷ→ủy, oè→òe.

    With a final consonant (hoàn, tuyển) both styles agree, so only syllable-final pairs move.
    """
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for mark in _TONES:
            for f, s in ((first, second), (first.upper(), second.upper()), (first.upper(), second)):
                table[f + _toned(s, mark)] = _toned(f, mark) + s
    return table


_TONE_MAP = _build_tone_map()
# One character class per position instead of a 90-way alternation (same matches, much faster);
# pairs that are not in the table are left as they are.
# Not after 'q': in 'quý', 'quỹ' the u belongs to the consonant and the tone sits on y in both styles.
_TONE_FIRSTS = "".join(sorted({k[0] for k in _TONE_MAP}))
_TONE_SECONDS = "".join(sorted({k[1] for k in _TONE_MAP}))
# The 'q' is checked in `_retone`, not by a lookbehind: a lookbehind in front of the class runs at
# every position of the text and made the scan four times slower.
_TONE_RE = re.compile("([" + _TONE_FIRSTS + "][" + _TONE_SECONDS + r"])(?![^\W\d_])")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def new_tone_placement(text: str) -> str:
    """NFC text with tone marks placed in the new style ('Thành uỷ' → 'Thành ủy')."""
    return _TONE_RE.sub(_retone, nfc(text))


@lru_cache(maxsize=4096)
def toned_paragraph(text: str) -> str:
    """`new_tone_placement`, cached: a cascade's plans copy most paragraphs of their parent's, and a
    document's text is placed paragraph by paragraph (no pair reaches across a newline)."""
    return new_tone_placement(text)


def _retone(m: re.Match[str]) -> str:
    pair = m.group(1)
    if m.start() and m.string[m.start() - 1] in "qQ":
        return pair
    return _TONE_MAP.get(pair, pair)


def squeeze(text: str) -> str:
    """Single spaces, none at the ends. Text that already is so is returned as it is: splitting a
    paragraph into words and joining them again cost most of `paragraphs`. `isprintable` is False
    for every blank but ' ', so a printable text is squeezed when it has no '  ' and no end blank."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def fold(text: str) -> str:
    """Matching form: NFC, new tone placement, lower case, single spaces."""
    if len(text) <= _FOLD_CACHED_LENGTH:
        return _fold_short(text)
    return _fold(text)


def _fold(text: str) -> str:
    return squeeze(new_tone_placement(text)).lower()


# Body names, type words and header lines are folded again and again (every task item compares
# its bodies by folded name); long texts are not cached so the cache stays small.
_FOLD_CACHED_LENGTH = 200
_fold_short = lru_cache(maxsize=8192)(_fold)


# The combining marks of the Combining Diacritical Marks block (every Vietnamese tone and vowel
# mark), removed by one regex pass; any other combining character is found among the few distinct
# non-ASCII characters left, so no Python loop runs over every character.
_BLOCK_MARKS = re.compile("[" + "".join(c for c in map(chr, range(0x300, 0x370)) if unicodedata.combining(c))
                          + "]")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def strip_diacritics(text: str) -> str:
    """ASCII-ish key: 'Tự Cường' → 'tu cuong' (đ → d)."""
    if text.isascii():  # nothing to compose, move, decompose or strip (a stripped text's words)
        return fold(text)
    stripped = _BLOCK_MARKS.sub("", unicodedata.normalize("NFD", fold(text)))
    if not stripped.isascii():
        for c in set(_NOT_ASCII.findall(stripped)):
            if unicodedata.combining(c):
                stripped = stripped.replace(c, "")
    return stripped.replace("đ", "d")


# ---------------------------------------------------------------------------
# Lines and paragraphs: undo what PDF/Word extraction and Markdown did to the text
# ---------------------------------------------------------------------------

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_ODD_SPACE_CHARS = "\t" + ODD_SPACE_CHARS
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# sweepI: some sites write 'Đ'/'đ' with the Icelandic eth ('Ðảng ủy xã Hưng Long', 'Ðại hội', a Phú Thọ
# district portal; Nhân Dân's older pages), which looks the same and which no Vietnamese word holds: read as
# the letter it stands for, so names, codes ('KH/ÐU') and vocabulary match. Same length, offsets hold.
_ETH_AS_D_BAR = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]")
_MARKDOWN_ESCAPE = re.compile(r"\\([-.*_()\[\]#+!])")
# blind30: pandoc's hard line break, a backslash closing a line (after 'TỔNG BÍ THƯ', twice after 'Trung
# ương,' in a grid table's cells): no character of the text.
# converters: in a pandoc grid table the break closes a cell's line inside the row, before the next bar
# ('| KT. CHỦ TỊCH\\     | ...').
_MARKDOWN_HARD_BREAK = re.compile(r"(?:[ \t]*\\)+[ \t]*(?:$|(?=[ \t]\|))", re.MULTILINE)
_MARKDOWN_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.MULTILINE)
# blind9: a Markdown list item ('*   Đảng đoàn Quốc hội phối hợp ...'): a star opening a line, then two or
# more spaces, is a bullet, kept as '-' when the emphasis stars go ('* Số 12-KH/TU' of a flattened
# header has one space and is no item).
_MARKDOWN_LIST_STAR = re.compile(r"^([ \t]*)\*[ ]{2,}(?=[^\s*])", re.MULTILINE)
# blind31 b03: a typed star heading its dashed items ('* Về phát triển số lượng:' / '- Phấn đấu ...'): a star
# opening a line, one space and text with no star after it opens no emphasis (that needs a closing star), so
# it is kept as the outline's '*' bullet when dashed items follow it. A star before a note ('* Lưu ý: ...',
# blind32 d06) heads nothing; a star over the number cell ('* Số 12-KH/TU') is the header's. It opens on the
# line's newline, searched in '\n' + text: `re` skips to a literal, where a MULTILINE '^' first is tried at
# every position (parsespeed8: a sixth of the cost on synthetic plans, each of which holds a star).
_TYPED_STAR_BULLET = re.compile(
    r"\n[ \t]*(?P<star>\*)(?=[ ](?!Số\b)[^\s*][^*\n]*\n(?:[ \t]*\n)*[ \t]*[-–+•][ \t])")
_STARS = re.compile(r"\*+")
# The run of marks; `_drop_marks` keeps the first mark of a run that opens a line or follows a
# blank (the footnote text's own mark). A lookbehind for the non-blank would run at every position.
FOOTNOTE_MARKS = re.compile(f"[{SUPERSCRIPTS}]+")
_SEPARATOR_CHARS = "-–—_=.*~"
# tasklab: a row of rules, one per column, is pandoc's simple table opening or closing its rows
# ('-------- --------', around the 'Nơi nhận' | 'T/M BAN CHẤP HÀNH' signature row of blind30 c06): run
# into the row below it, it hid the recipients block, so the outline read the annex after it as tasks.
_SEPARATOR = re.compile(f"^[{_SEPARATOR_CHARS}]{{3,}}(?:[ \t]+[{_SEPARATOR_CHARS}]{{3,}})*$")
FOOTNOTE_START = re.compile(rf"^[{SUPERSCRIPTS}]+\s*")


_SITE_LIST_WIDTH = 40  # a heading of a few words; the pattern is tried only on lines this short
# Line breaks a scraper double-escaped: the two characters '\' 'n' (or '\r\n', '\t') in the text.
_LITERAL_BREAK = re.compile(r"\\r\\n|\\n|\\r")
_LITERAL_BREAKS_MIN = 3

# A table flattened with '|' between its cells (legal libraries' header tables): each cell a line.
_CELL_BAR = re.compile(r"\s*\|\s*")

# --- perturb: a header column copied onto one line ---
# 'THỦ TƯỚNG CHÍNH PHỦ ------- Số: 719/QĐ-TTg', 'TỈNH ỦY THỪA THIÊN HUẾ * Số 03-NQ/TU ĐẢNG CỘNG SẢN ...':
# a web page or a document-sharing site that joins the left column's cells leaves the number cell after
# the issuer's name. The number cell starts a line of its own, as a clerk reads it.
_HEADER_CELL_LINES = 100  # the header sits in a page's first lines, under its chrome
_CELL_END = " \t-–—_=*.~"
_HEADER_ROW_WIDTH = 300


# --- blind17 normalise: a page's HTML source stored as its text ---
# 'Ng&agrave;y 5/1/2017, Ban Tuy&ecirc;n gi&aacute;o ...<br /> <br /> <strong>I. MỤC Đ&Iacute;CH</strong>':
# the page as a reader sees it, its entities decoded and its line-making tags as line breaks. A stray '&' or
# '<' ('Sở VH, TT & DL', '< 5%') is no markup: only several marks together are.
_HTML_MARK = re.compile(
    r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});"
    r"|<\s*/?\s*(?:p|br|div|span|strong|em|b|i|u|html|head|body|meta|font|table|tr|td|li|ul|ol|h\d)\b[^<>]{0,300}>",
    re.IGNORECASE,
)
# converters: a table cell's end is a line's end too, as a row's is: MinerU's '<td>Số: 594/KH-UBND</td>
# <td>Nghệ An, ngày ...</td>' is two cells, not 'Số: 594/KH-UBNDNghệ An'.
_HTML_LINE_TAG = re.compile(r"<\s*/?\s*(?:br|p|div|li|tr|h\d|table|ul|ol)\b[^<>]{0,300}>|<\s*/\s*t[dh]\s*>",
                            re.IGNORECASE)
_HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]{0,300}>")
_HTML_MARKS_MIN = 3
# converters: a line break kept inside a Markdown pipe table's cell ('|  | KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH<br>Lại
# Văn Hoàn |'), the one tag such a converter leaves: a line's end even where too few marks make markup.
_PIPE_CELL_BREAK = re.compile(r"(?<=\S)[ \t]*<br\s*/?>[ \t]*(?=.*\|[ \t]*$)", re.MULTILINE | re.IGNORECASE)
# converters: the tags of one cell ('</p>' / '</td>' / '</tr>' / '<tr>' / '<td><p>') each end a line; the
# blank lines they leave are one paragraph break, or a header table's cells stand a page of blanks apart.
_TAG_BLANKS = re.compile(r"\n(?:[ \t]*\n){2,}")


def unescape_html(text: str) -> str:
    """Markup decoded when the text holds several HTML marks; the text as it is otherwise."""
    marks = _HTML_MARK.finditer(text)
    if next(islice(marks, _HTML_MARKS_MIN - 1, None), None) is None:
        return text
    text = _HTML_TAG.sub("", _HTML_LINE_TAG.sub("\n", text))
    return nfc(html.unescape(_TAG_BLANKS.sub("\n\n", text)))


def unescape_breaks(text: str) -> str:
    """Literal '\\r\\n' sequences become line breaks when the text has several of them (a single
    one may be a path or a formula); literal '\\t' becomes a space."""
    if text.count("\\n") + text.count("\\r") < _LITERAL_BREAKS_MIN:
        return text
    return _LITERAL_BREAK.sub("\n", text).replace("\\t", " ")


def rejoin_split_words(text: str) -> str:
    """A word an OCR or a library's markup cut after its first consonants is one word again ('K ÉT LUẬN',
    'X ã hội', 'T rung ương'), and so are a section's Roman mark cut at a line's start ('I II.') and a date's
    word cut before its figure ('ngà y 04', 'nă m 2013'): keywords, outline, names and dates read them whole.
    Not for a text that lost its marked letters, where 'K hoch' is what is left of 'Kế hoạch' and the
    citations read it as it is."""
    text = SPLIT_WORD_TAIL_RE.sub("", text)  # first, so a tail is no lone letter before a head ('TỊC H P HÓ')
    words = text.split()  # a cut word's part after its blank is one of them (see the patterns' word sets)
    if not SPLIT_WORD_HEADS.isdisjoint(words):
        text = SPLIT_WORD_HEAD_RE.sub(r"\g<pre>\g<head>", "\n" + text)[1:]
        words = text.split()
    if "I " in text or "V " in text or "X " in text:  # 'I II. NHIỆM VỤ'
        joined = SPLIT_ROMAN_MARK_RE.sub(_roman_joined, text)
        if joined is not text:  # `re` gives the text itself back when nothing matched
            text, words = joined, joined.split()
    return SPLIT_DATE_WORD_RE.sub(_joined, text) if not SPLIT_DATE_WORD_TAILS.isdisjoint(words) else text


def _roman_joined(m: re.Match[str]) -> str:
    whole = m["a"] + m["b"]
    return whole if ROMAN_MARK_RE.fullmatch(whole) else m.group(0)


def _joined(m: re.Match[str]) -> str:
    return m.group(0).replace(" ", "")


_GLUED_HEAD = 6000  # the header and lead: a text that lost blanks shows several glued words there
_GLUED_MIN_WORDS = 3  # one or two are a clean copy's typos, not worth building the vocabulary for
_GLUED_SHORT = 1500  # but a short news item has room for one or two only: one per this many characters
_GLUED_MAX_PARTS = 4
_GLUED_MIN_SEEN = 3  # a part seen less may be a name's or a loanword's syllable ('panô' is no 'pa nô')
_TOKEN_EDGE_BEFORE = "/.@_-\\"  # a web address's slug, a path, a code: never split
_TOKEN_EDGE_AFTER = "/@_-\\"


def _glued_token(text: str, pos: int) -> tuple[int, int, bool] | None:
    """The span of the whole letter run holding `pos`, and whether only a code's capitals may open it: a
    run right after a number's code ('/UBND-NNchỉ', '57-NQ/TWdo') or with no marked letter ('TWdo'). None
    when it touches a figure or a web address's or a path's punctuation, or is English or a stripped word."""
    start, end = pos, pos
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isdigit() or before in _TOKEN_EDGE_BEFORE or after.isdigit() or after in _TOKEN_EDGE_AFTER:
        coded = before in "-/" and not after.isdigit() and after not in _TOKEN_EDGE_AFTER
        return (start, end, True) if coded and _CODE_THEN_WORD.match(text, start, end) else None
    if after == "." and text[end + 1:end + 2].isalpha():
        return None
    if text[start:end].isascii():
        return (start, end, True) if _CODE_THEN_WORD.match(text, start, end) else None
    return start, end, False


_CODE_THEN_WORD = re.compile("[A-ZĐƯƠ]{2,}[a-zđươ]")


def _glued_tokens(text: str, end: int | None = None, every: bool = False) -> list[tuple[int, int, bool]]:
    """The glued tokens `GLUED_WORD_HINT_RE` points at in the text (up to `end`); with `every`, those
    `GLUED_JOIN_HINT_RE` points at too."""
    hits = GLUED_WORD_HINT_RE.finditer(text, 0, len(text) if end is None else end)
    if every:
        hits = heapq.merge(hits, GLUED_JOIN_HINT_RE.finditer(text), key=lambda m: m.start())
    spans: list[tuple[int, int, bool]] = []
    for m in hits:
        if spans and m.start() < spans[-1][1]:
            continue
        span = _glued_token(text, m.start() + 1)
        if span is not None and (not spans or span[0] >= spans[-1][1]) \
                and fold(text[span[0]:span[1]]) not in _one_word_unit_names():
            spans.append(span)
    return spans


@lru_cache(maxsize=1)
def _one_word_unit_names() -> frozenset[str]:
    """blind51 d04: the units whose name is one word that is no Vietnamese syllable ('Đakrông', a commune and
    the Huyện ủy's district of Quảng Trị): a place name, never two words glued, so a page naming it three
    times is no OCR that lost its blanks."""
    from loaders import gazetteer as gz

    return frozenset(fold(u.short_name) for u in gz.iter_units(gz.LEGACY) if " " not in u.short_name.strip())


def has_glued_words(text: str) -> bool:
    """Whether a text lost the blanks between some of its words (an OCR, realworld s24): a few tokens in its
    head that are no syllable (`patterns.GLUED_WORD_HINT_RE`). One scan of the head."""
    found = sum(not coded for _, _, coded in _glued_tokens(text, _GLUED_HEAD))
    return found >= min(_GLUED_MIN_WORDS, 1 + len(text) // _GLUED_SHORT)


@lru_cache(maxsize=1)
def glue_vocabulary() -> dict[str, tuple[str, int]]:
    """Word n-gram as written (lower case, today's tone placement) → how often it was seen: the syllables and
    codes a glued token may be split into, and the pairs that pick one split over another. Built once, only
    when a text with glued words turns up. An n-gram is its own key, so one count each does (no forms to pick
    among, as `_vocabulary` keeps for stripped keys): the build cost a worker 1.8 G instructions."""
    seen: dict[str, int] = {}
    for line, weight in _vocabulary_lines():
        words = _tokens(new_tone_placement(line))
        for n in range(1, _MAX_GRAM + 1):
            for gram in map(" ".join, zip(*(words[i:] for i in range(n)), strict=False)):  # each run of n
                seen[gram] = seen.get(gram, 0) + weight
    return {gram: (gram, count) for gram, count in seen.items()}


def _part_seen(part: str, vocab: dict[str, tuple[str, int]]) -> int:
    """How often a glued token's part was seen as a word: a syllable in lower, title or upper case ('kế',
    'Bình', 'TRIỂN', one tone mark at most) or a code in capitals ('UBND', 'HĐND'); 0 when it is neither."""
    if not (part.islower() or part.isupper() or (part[0].isupper() and part[1:].islower())):
        return 0  # 'NDtỉnh'
    if part.isupper() and ROMAN_MARK_RE.fullmatch(part):
        return _GLUED_MIN_SEEN  # a council's, a ward's or a term's numeral: 'thứIX', 'Hải Châu Ithông'
    low = new_tone_placement(part.lower())
    hit = vocab.get(low)
    if hit is None or hit[1] < _GLUED_MIN_SEEN:
        return 0
    if VI_SYLLABLE_RE.fullmatch(low):
        one_mark = sum(c in _TONED_VOWELS for c in low) < 2
        return hit[1] if (len(low) > 1 or low in _LETTER_WORDS) and one_mark else 0
    return hit[1] if part.isupper() and len(part) > 1 else 0


# The one-letter words a glued token may end in ('nhàở', 'cóý kiến'); any other lone letter is a code's
# ('QĐi') or an OCR's stray mark ('củá' in realworld c06, whose marks are scrambled), not a word.
_LETTER_WORDS = frozenset("ởý")
_TONED_VOWELS = frozenset("àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")


def _glued_parts(token: str, vocab: dict[str, tuple[str, int]], alone: bool = False) -> list[str] | None:
    """The token's split into known syllables and codes (one part will do when `alone`): the fewest parts,
    then the most pairs the shipped text writes together ('các hoạt', not 'cách oạt'), then the most
    frequent parts; None when there is none."""
    best: tuple[tuple[int, int, int], list[str]] | None = None

    def walk(at: int, parts: list[str], seen: int) -> None:
        nonlocal best
        if at == len(token):
            if len(parts) < (1 if alone else 2):
                return
            pairs = sum(1 for a, b in zip(parts, parts[1:], strict=False)
                        if f"{new_tone_placement(a.lower())} {new_tone_placement(b.lower())}" in vocab)
            score = (-len(parts), pairs, seen)
            if best is None or score > best[0]:
                best = (score, list(parts))
            return
        if len(parts) == _GLUED_MAX_PARTS:
            return
        for stop in range(at + 1, min(len(token), at + 7) + 1):
            n = _part_seen(token[at:stop], vocab)
            if n:
                walk(stop, [*parts, token[at:stop]], min(seen, n) if parts else n)

    walk(0, [], 0)
    return best[1] if best else None


def split_glued_words(text: str) -> str:
    """Each glued token split back into the known syllables and codes it is made of ('Kếhoạch' -> 'Kế
    hoạch', 'UBNDtỉnh' -> 'UBND tỉnh', 'TRIỂNKHAI' -> 'TRIỂN KHAI'); a token no split fits (a loanword, a
    name, English) stays. Blanks are added, so the text grows: run before any stage reads it (as
    `rejoin_split_words`). Only for texts `has_glued_words` picks out, where a figure glued to its date's or
    number's word ('số43', 'ngày12') is given its blank too."""
    text = GLUED_FIGURE_RE.sub(_figure_blank, text)
    vocab = glue_vocabulary()
    out: list[str] = []
    pos = 0
    for start, end, coded in _glued_tokens(text, every=True):
        token = text[start:end]
        if coded:
            parts = _coded_parts(token, vocab)
        else:
            parts = _glued_parts(token, vocab)
        if parts and parts[-1] in ("Số", "SỐ") and _NUMBER_AFTER.match(text, end):
            continue  # 'TRUNG ƯƠNGSố: 367': the header cuts a number cell glued so (GLUED_NUMBER_HEAD_RE)
        if parts:
            out += (text[pos:start], " ".join(parts))
            pos = end
    out.append(text[pos:])
    return "".join(out)


def _coded_parts(token: str, vocab: dict[str, tuple[str, int]]) -> list[str] | None:
    """A code's capitals as they stand, then the words glued to them ('NNchỉ', 'TWdo'); a code may end in one
    small letter ('TTgngày', 'CTrvề'), tried when its capitals alone leave no word."""
    code = _CODE_THEN_WORD.match(token)
    if code is None:
        return None
    for cut in (code.end() - 1, code.end()):
        tail = token[cut:]  # small words only: '43-NQlTW' is a slash read as 'l', not 'NQl' and 'TW'
        rest = _glued_parts(tail, vocab, alone=True) if tail.islower() else None
        if rest:
            return [token[:cut], *rest]
    return None


_NUMBER_AFTER = re.compile(r"\s*:?\s*\d")


def _figure_blank(m: re.Match[str]) -> str:
    return m.group(0) + " "


def _without_crawler_heads(text: str) -> str:
    """The text without the document's short name a crawler wrote at the head of each part of its page
    (`CRAWLER_HEAD_RE`): a name that opens two lines or more is the crawler's, and goes with the attached
    plan's name in capitals it writes before the plan's headings. Line count and order are kept."""
    heads = [m["head"] for m in CRAWLER_HEAD_RE.finditer(text)]
    repeated = {h for h in heads if heads.count(h) > 1}
    if not repeated:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        head = next((h for h in repeated if line.startswith(h)), None)
        if head is None:
            continue
        rest = line[len(head) :]
        annex = CRAWLER_ANNEX_RE.match(rest)
        lines[i] = rest[annex.end() :] if annex and annex["name"].isupper() else rest
    return "\n".join(lines)


def clean_lines(text: str) -> list[str]:
    """NFC lines with extraction noise removed; words, spelling and tone placement are kept.

    Repaired first: double-escaped line breaks (a literal '\\r\\n'), and '|'-flattened table rows
    (one line per cell). Removed: Markdown emphasis (`*`, `**`, `***`, so a lone `*` line becomes
    blank), Markdown escapes and heading hashes, footnote marks inside text ('vững mạnh¹.' →
    'vững mạnh.'), lines that are only a page number ('3', '- 3 -', 'Trang 3') and a page marker glued
    to a page's first line ('Trang 1UỶ BAN NHÂN DÂN' → 'UỶ BAN NHÂN DÂN'). Tabs and odd
    spaces become one space.
    A superscript at the START of a line is kept: it marks footnote text (see `paragraphs`).
    Blank lines are kept (as '') because the header stage reads line positions.
    """
    text = nfc(text)
    if "\u00d0" in text or "\u00f0" in text:
        text = text.translate(_ETH_AS_D_BAR)
    if "\r" in text:  # Windows line ends: the line-end patterns below (a hard break '\\') see '\n' only
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\\" in text:
        text = unescape_breaks(text)
    if " năm " in text:
        text = _without_crawler_heads(text)
    if "<br" in text and "|" in text:
        text = _PIPE_CELL_BREAK.sub("\n", text)
    if "&" in text or "<" in text:
        text = unescape_html(text)
    # Each pass runs only when its trigger characters occur (a plain .txt needs none of them).
    if "+---" in text or "+===" in text:  # a pandoc grid table
        text = "\n".join(grid_table_lines(text.split("\n")))
    if "|" in text or "\t" in text:
        text = "\n".join(task_table_lines(text.split("\n")))
    if "TT" in text or "Stt" in text or "thứ tự" in text:  # a table copied a cell a line
        text = "\n".join(stacked_table_lines(text.split("\n")))
    if "\t" in text or "   " in text:
        text = _header_rows(text)
    if any(c in text for c in _ODD_SPACE_CHARS):
        text = TAB_OR_ODD_SPACE_RE.sub(" ", text)
    if any(c in text for c in _ZERO_WIDTH_CHARS):
        text = _ZERO_WIDTH.sub("", text)
    if "\\" in text:
        text = _MARKDOWN_HARD_BREAK.sub("", _MARKDOWN_ESCAPE.sub(r"\1", text))
    if "*" in text:
        if "*  " in text:  # part of every list star; the line-start pattern is tried at every position
            text = _MARKDOWN_LIST_STAR.sub(r"\1- ", text)
        kept = {m.start("star") - 1 for m in _TYPED_STAR_BULLET.finditer("\n" + text)}
        if kept:
            text = _STARS.sub(lambda m: "*" if m.start() in kept else "", text)
        else:
            text = text.replace("*", "")  # emphasis '*', '**', '***': every other star goes
    text = SPLIT_WORD_TAIL_RE.sub("", text)  # 'Đặ ng Văn Minh', 'Xã hộ i': the library's split word
    if "# " in text or "#\t" in text:  # a heading's hashes are followed by a blank
        text = _MARKDOWN_HEADING.sub("", text)
    if any(c in text for c in SUPERSCRIPTS):
        text = FOOTNOTE_MARKS.sub(_drop_marks, text)
    raw_lines = text.splitlines()
    if "|" in text:
        raw_lines = [cell for raw in raw_lines for cell in _cells(raw)]
    out: list[str] = []
    stamp = False
    for raw in raw_lines:
        line = raw.strip()
        if "  " in line:
            line = " ".join(line.split())
        if len(line) <= 12 and PAGE_NUMBER_RE.match(line):
            continue
        if stamp and GAZETTE_STAMP_OFFICE_RE.fullmatch(line):
            continue
        stamp = False
        if line[:1] in "CKN" and GAZETTE_PAGE_LINE_RE.fullmatch(line):
            stamp = line.startswith("Ký")
            continue
        if line.startswith("Trang") and (glued := GLUED_PAGE_MARK_RE.match(line)):
            line = line[glued.end():] if line[glued.end()].isupper() else line
        out.append(line)
    return _header_cells(_before_site_list(out))


def _before_site_list(lines: list[str]) -> list[str]:
    """The page cut where a site's list of other pages begins ('Tài liệu tương tự', 'Tin liên quan'): their
    headers' numbers and places are no citations or issuer of this document. A heading with no text above it
    lists nothing after a document, so it is kept."""
    for k, line in enumerate(lines):
        if len(line) <= _SITE_LIST_WIDTH and SITE_LIST_HEADING_RE.fullmatch(line) \
                and any(x for x in lines[:k]):
            return lines[:k]
    return lines


def _header_rows(text: str) -> str:
    """perturb: the cells of a header row copied with a tab or wide gap between them, a line each."""
    lines = text.split("\n", _HEADER_CELL_LINES)
    for k, line in enumerate(lines[:_HEADER_CELL_LINES]):
        if (len(line) <= _HEADER_ROW_WIDTH and HEADER_ROW_OPENING_RE.match(line)
                and HEADER_ROW_RE.search(line)):
            lines[k] = SUBJECT_CELL_RE.sub(r"\1\n", HEADER_CELL_GAP_RE.sub("\n", line))
    return "\n".join(lines)


def _header_cells(lines: list[str]) -> list[str]:
    """The number cell split from the issuer cell a flattened left column put before it: only after a
    name in capitals (a header cell), never after a type heading ('KẾ HOẠCH Số 12' is the heading's own
    line) or running text."""
    out: list[str] = []
    for line in lines[:_HEADER_CELL_LINES]:
        m = NUMBER_CELL_RE.search(line) if "Số" in line or "SỐ" in line else None
        head = line[: m.start()].rstrip(_CELL_END) if m else ""
        if m is None or not _is_upper_heading(head) or TYPE_HEADING_RE.match(fold(head)):
            out.extend(_subject_cell(line) if "V/v" in line else (line,))
            continue
        out.extend((line[: m.start()], *_subject_cell(line[m.end():])))
    out.extend(lines[_HEADER_CELL_LINES:])  # below the header every line stays as it is
    return out


def _subject_cell(line: str) -> tuple[str, ...]:
    """perturb2: the 'V/v' cell a flattened left column ran into the number cell on one line, with a
    single space ('Số: 908a/VPCP-KTN V/v Bổ sung ...'), a line of its own as a header row's is."""
    m = SUBJECT_CELL_RE.match(line)
    return (line,) if m is None else (m[1], line[m.end():])


def _cells(line: str) -> list[str]:
    """A line of a '|'-flattened table as one line per cell; a line that is only bars is blank."""
    if "|" not in line:
        return [line]
    cells = [c for c in _CELL_BAR.split(line) if c.strip()]
    return cells or [""]


def _drop_marks(m: re.Match[str]) -> str:
    start = m.start()
    return m.group(0)[:1] if start == 0 or m.string[start - 1].isspace() else ""


def is_footnote(paragraph: str) -> bool:
    """Footnote text paragraphs keep their leading superscript mark: '¹ Nghị quyết số ...'."""
    return paragraph[:1] in SUPERSCRIPTS and bool(FOOTNOTE_START.match(paragraph))


def footnotes(paragraphs: list[str]) -> list[str]:
    """The footnote paragraphs, mark stripped (they carry citations but are no outline item)."""
    return [FOOTNOTE_START.sub("", p) for p in paragraphs if is_footnote(p)]


_CLOSERS = ")\"”’»*"
_SENTENCE_END = ".:;!?…"
# Words after which a line cannot end a sentence or heading: the next line continues it.
_DANGLING_WORDS = frozenset(
    """của và về với ngày số các những tại trong cho theo là để đến từ do được bị hoặc hay nhằm
    gồm như thuộc trên giữa sau mà thì nhưng vào tới qua bằng""".split()
)


# --- perturb3: a news page hard-wrapped, its headline right above its lead ---
# A wrap breaks a line only where the next word would not fit: a page's first line (its headline) that
# leaves room for the next line's first word (with this slack) ended its paragraph ('... Ngày sinh Chủ tịch
# Hồ Chí Minh' / 'Chủ tịch UBND tỉnh vừa ban hành ...'). Only the first line: in a PDF's proportional
# font a body line's length says too little (a seed breaks 'Ban Thường vụ' / 'Thành ủy' 14 columns short).
_WRAP_FIT_SLACK = 6


def _leaves_room(prev: str, line: str, width: int) -> bool:
    return len(prev) + 1 + len(line.split(None, 1)[0]) <= width - _WRAP_FIT_SLACK


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in _SENTENCE_END if line.rstrip(_CLOSERS) else False


def _dangling(line: str) -> bool:
    last = line[-8:].rsplit(None, 1)[-1] if line.strip() else ""
    if last.lower() == "số" and DIGITAL_COMPOUND_END_RE.search(line[-_DIGITAL_TAIL:]):
        return False  # typesweep: 'chuyển đổi số' ends a title line
    if last == "hành" and ISSUING_VERB_END_RE.search(line[-_ISSUING_TAIL:]):
        return True  # typesweep: '... đã ký Quyết định 212/QĐ-TTg ban hành' / 'Kế hoạch ...'
    if last in _CARRY_OUT_LAST and CARRY_OUT_END_RE.match(line):
        return True  # typesweep: 'Chương trình của ... thực hiện' / 'Nghị quyết số 45-NQ/TW ...'
    return last.lower() in _DANGLING_WORDS


_DIGITAL_TAIL = 24
_ISSUING_TAIL = 60  # 'đã ký Quyết định 212/QĐ-TTg ban hành'
_CARRY_OUT_LAST = frozenset({"hiện", "khai", "triệt"})


def _quote_left_open(line: str) -> bool:
    """typesweep (perturb rewrap_page): a line that opens a quotation and does not close it ('... Phong trào
    thi đua "Toàn dân tham gia phòng, chống dịch' / 'Covid-19" gắn với ...'): the quoted name goes on."""
    if "\"" in line and line.count("\"") % 2:
        return True
    return line.rfind("“") > line.rfind("”")


def ends_unfinished(line: str) -> bool:
    """A line that ends in a comma or in a word that cannot end a sentence ('của', 'số', 'ngày'): what
    follows it continues it."""
    return line.endswith(",") or _dangling(line)


def _starts_lower(line: str) -> bool:
    for ch in line:
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit():
            return False
        if ch not in "\"“‘'(«[":
            return False
    return False


def starts_item(line: str) -> bool:
    """Whether a line opens an outline item; a bullet before a lower-case word is a wrap."""
    m = ITEM_START_RE.match(line)
    if m is None:
        return False
    if m["bare"]:  # '20 xã đạt chuẩn' is a wrapped line, '1.2 Tuyên truyền' an item
        return line[m.end() : m.end() + 1].isupper()
    return not (m["bullet"] and _starts_lower(line[m.end() :]))


def _is_upper_heading(line: str) -> bool:
    """A line in capitals with three letters near its start: a wrapped title line may open with its
    period ('2021-2030, TẦM NHÌN ĐẾN NĂM 2045 ...'), and a body line never joins it (perturb6)."""
    return line.isupper() and sum(c.isalpha() for c in line[:24]) >= 3


def wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped document was wrapped at, or None for one-paragraph-per-line text.

    Hard-wrapped text has many lines of nearly the same length (the 90th percentile of the
    shorter lines); text with one paragraph per line has no such cluster.
    """
    lengths = sorted(len(x) for x in lines if x)
    short = [n for n in lengths if 30 <= n <= 130]
    if len(short) < 6:
        return None
    width = short[int(len(short) * 0.9) - 1]
    band = sum(1 for n in lengths if width - 15 <= n <= width + 10)
    return width if band >= 6 and band >= 0.25 * len(lengths) else None


def blank_lines_are_noise(lines: list[str]) -> bool:
    """True when a blank line follows nearly every text line (some PDF extractions do this):
    then a blank says nothing about paragraph ends. Otherwise a blank line ends a paragraph
    unless the text on either side shows it is a page break (see `paragraphs`)."""
    pairs = blanks = 0
    seen_text = False
    gap = False
    for line in lines:
        if not line.strip():
            gap = True
            continue
        if seen_text:
            pairs += 1
            blanks += gap
        seen_text, gap = True, False
    return pairs >= 6 and blanks >= 0.8 * pairs


def paragraphs(lines: list[str]) -> list[str]:
    """Logical paragraphs: line wraps, page breaks and split numbers repaired, spaces squeezed.

    Each break between two text lines is decided from the lines themselves:
    - a line starting an outline item (`ITEM_START_RE`) or a footnote mark starts a paragraph;
    - a line starting in lower case continues (page break: 'phù' / 'hợp với'), except after an
      all-caps heading; after a footnote that ended its sentence it continues the last body
      paragraph instead (the footnote sat at the foot of the page);
    - a split number rejoins without a space ('43-' / 'NQ/TW' → '43-NQ/TW');
    - a line after one ending in a comma or in a word that cannot end a sentence ('của',
      'ngày', ...) continues; a line starting with a digit continues an unfinished sentence;
    - in hard-wrapped text (`wrap_width`), a line right after a full-width line that does not
      end a sentence continues, unless a meaningful blank line (`blank_lines_are_noise`) lies
      between them; a markedly shorter line ended its paragraph;
    - all-caps headings stand alone; separator lines ('-----') end a paragraph and are dropped.
    Footnote text stays a paragraph of its own, starting with its mark ('¹ Nghị quyết ...'):
    `is_footnote` tells them apart, the outline skips them, citations read them.
    """
    width = wrap_width(lines)
    blanks_break = not blank_lines_are_noise(lines)
    paras: list[list[str]] = []  # pieces joined at the end: no quadratic string growth
    last_body = -1
    prev_line, prev_para = "", -1  # the last line and the paragraph it went to
    gap = False
    for raw in lines:
        line = raw.strip()
        if not line:
            gap = True
            continue
        after_gap, gap = gap, False
        if line[0] in _SEPARATOR_CHARS and _SEPARATOR.match(line):
            prev_line = ""
            continue
        join = False
        head = SPLIT_NUMBER_HEAD_RE.search(prev_line[-4:]) if paras and prev_line else None
        tail = SPLIT_NUMBER_TAIL_RE.match(line) if head else None
        if head and tail and bool(head["dash"]) != bool(tail["dash"]):
            paras[prev_para][-1] += head["space"] + line
            prev_line = line
            continue
        if width is not None and len(prev_line) >= width - 15 and not after_gap \
                and DASHED_NAME_TAIL_RE.match(line) and DASHED_NAME_HEAD_RE.search(prev_line):
            join = True  # a full line '... Sở Lao động' / '- Thương binh và Xã hội ...': a wrap at the dash
        elif paras and not after_gap and LABOUR_NAME_TAIL_RE.match(line) \
                and LABOUR_NAME_HEAD_RE.search(prev_line):
            join = True  # '... các Sở: Lao động' / '- Thương binh và Xã hội': the one name, at any width
        elif paras and not after_gap and STANDING_BODY_TAIL_RE.match(line) \
                and STANDING_BODY_HEAD_RE.search(prev_line):
            join = True  # '1. Thường trực' / 'Hội đồng nhân dân tỉnh:': the one name, at any width
        elif not paras or not prev_line or line[0] in SUPERSCRIPTS and FOOTNOTE_START.match(line) \
                or starts_item(line):
            join = False
        elif line[0] == "(" and NEWS_TAG_START_RE.match(line):
            join = False
        elif _is_upper_heading(prev_line) or _is_upper_heading(line):
            join = False
        elif _starts_lower(line) or ITEM_START_RE.match(line):
            if is_footnote(paras[-1][0]) and _ends_sentence(prev_line) and last_body >= 0:
                paras[last_body].append(line)
                prev_line, prev_para = line, last_body
                continue
            join = True
        elif line[0].isdigit():
            join = not _ends_sentence(prev_line)
        elif prev_line.endswith(",") or _dangling(prev_line) or _quote_left_open(prev_line):
            join = True
        else:
            join = (
                width is not None
                and not (after_gap and blanks_break)
                and width - 15 <= len(prev_line) <= width + 10
                and not _ends_sentence(prev_line)
                and not (len(paras) == 1 == len(paras[0]) and _leaves_room(prev_line, line, width))
            )
        if join:
            paras[-1].append(line)
        else:
            paras.append([line])
            if not (line[0] in SUPERSCRIPTS and FOOTNOTE_START.match(line)):
                last_body = len(paras) - 1
        prev_line, prev_para = line, len(paras) - 1
    return [squeeze(" ".join(p)) for p in paras]


# ---------------------------------------------------------------------------
# Text with every diacritic stripped: restored for matching from a domain vocabulary
# ---------------------------------------------------------------------------

_VI_MARKED_LOWER = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
# Both cases spelt out rather than IGNORECASE (the same 134 letters, checked over all of Unicode): a class
# with a cased letter under IGNORECASE is tried at every position, a plain one is scanned for.
_VI_MARKED = re.compile(f"[{_VI_MARKED_LOWER}{_VI_MARKED_LOWER.upper()}]")
_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_STRIPPED_MIN_LETTERS = 100
_STRIPPED_MAX_SHARE = 0.02  # Vietnamese text has marks on about a third of its letters
# Words so common in Vietnamese documents that a text without marks that has them is Vietnamese
# with its marks stripped, not English or a list of codes.
_STRIPPED_CUES = frozenset(
    """cua va cac ngay nam thuc hien tinh huyen ban ke hoach trong nhung duoc cong tac quan ly nhan dan
    chi thi so ve voi cho theo tren dia bao dam phat trien xa hoi dang uy vu thuong nghi quyet mot nay
    khong nguoi viec cap nhiem""".split()
)
_STRIPPED_MIN_CUES = 5
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_MAX_GRAM = 3
_REPO = Path(__file__).resolve().parent.parent
# The words the header's lead and title patterns turn on, which news leads use more than the
# documents the vocabulary is read from ('vừa ban hành', 'Thay mặt', 'có Công văn số').
_CUE_PHRASES = (
    "vừa ban hành", "đã ban hành", "vừa ký ban hành", "vừa có", "đã có", "thay mặt", "về việc", "ban hành",
    "của", "về", "số", "ngày # tháng # năm #", "ngày", "tháng", "năm", "lần thứ", "nhiệm kỳ",
    "đại hội đại biểu", "hội nghị", "đề nghị", "yêu cầu", "chỉ đạo", "văn bản số", "công văn số",
    "công điện", "kính gửi", "nơi nhận", "cập nhật", "ngày đăng", "lượt xem", "nguồn", "thực hiện",
    "căn cứ", "triển khai",
)
VOCABULARY_SOURCES = ("seed_data/*.txt", "tests/heldout/*.txt")


def is_stripped(text: str) -> bool:
    """Whether a text is Vietnamese with every diacritic stripped ('Ke hoach so 12-KH/TU ngay ...')."""
    head = nfc(text[:2000])
    if next(islice(_VI_MARKED.finditer(head), 20, None), None) is not None:  # a 21st marked letter:
        return False  # marked text is told apart in its first lines, without listing all of them
    sample = nfc(text[:20000])
    letters = len(_ASCII_LETTERS.findall(sample)) + len(_VI_MARKED.findall(sample))
    if letters < _STRIPPED_MIN_LETTERS or len(_VI_MARKED.findall(sample)) > _STRIPPED_MAX_SHARE * letters:
        return False
    words = {w.lower() for w in _WORD.findall(sample)}
    return len(words & _STRIPPED_CUES) >= _STRIPPED_MIN_CUES


def has_lost_letters(text: str) -> bool:
    """realworld s10: a copy that lost every marked letter ('Thc hin Ngh quyt s 33-NQ/TW ngy ... ca ...')
    keeps its unmarked words ('ngay 12 thang 01', 'va'), so it looks stripped or partly unmarked;
    restoring would mark its remnants ('ca' -> 'cả', 'y' -> 'ý') and hide it from the citations'
    lost-letter patterns."""
    return lost_letter_words(text[:20000]) >= LOST_LETTER_MIN_WORDS


def _ascii_key(words: list[str]) -> str:
    return strip_diacritics(" ".join(words))


_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_CODE_SIDE = "/-–"  # a word touching these is part of a number's code ('KH/TU'): never restored


def _tokens(line: str) -> list[str]:
    """Lower-case words, a number standing for any number ('ngày # tháng # năm #')."""
    return ["#" if t.isdigit() else t.lower() for t in _TOKEN.findall(line)]


@lru_cache(maxsize=1)
def diacritics_vocabulary() -> dict[str, tuple[str, int]]:
    """Stripped word n-gram (1 to 3 words, lower case, '#' for a number) → its most frequent
    accented form and how often it was seen, from real text the project ships
    (`VOCABULARY_SOURCES`), the parser's own domain words and the gazetteer's unit names. Longer
    n-grams carry the context that picks 'tháng # năm' over 'thắng # nam'. Built once, only when a
    stripped text turns up."""
    return _vocabulary(_ascii_key)


def _vocabulary_lines() -> Iterator[tuple[str, int]]:
    """The lines the vocabularies count and the weight of each: the shipped text's, then the parser's own
    domain words and cue phrases, then the gazetteer's unit names."""
    from loaders import gazetteer as gz
    from loaders.patterns import BASES, NAME_WORD, ORGANS, TYPE_WORDS, UNIT_KINDS

    for pattern in VOCABULARY_SOURCES:
        for path in sorted(_REPO.glob(pattern)):
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                yield line, 1
    for phrase in (*TYPE_WORDS, *ORGANS, *BASES, *UNIT_KINDS, *NAME_WORD.split("|"), *_CUE_PHRASES):
        yield phrase, 5
    for phrase in _CUE_PHRASES:
        yield phrase, 20
    for unit in gz.iter_units(gz.LEGACY):
        yield f"{unit.kind} {unit.short_name}", 1


def _vocabulary(key: Callable[[list[str]], str], codes: bool = False) -> dict[str, tuple[str, int]]:
    """The shipped text's word n-grams under `key` → the most frequent form and its count; with `codes`,
    also each number's code word alone under '/' + its key ('/qd' → 'qđ')."""
    from collections import Counter, defaultdict

    from loaders.patterns import CODE_ALIASES, EXTRA_TYPE_CODES, ISSUER_CODES, TYPE_CODES

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for line, weight in _vocabulary_lines():
        words = _tokens(new_tone_placement(line))
        for n in range(1, _MAX_GRAM + 1):
            for i in range(len(words) - n + 1):
                gram = words[i:i + n]
                counts[key(gram)][" ".join(gram)] += weight
        if codes:
            for m in _TOKEN.finditer(line):
                if _coded(line, m):
                    word = m.group(0).lower()
                    counts["/" + key([word])][word] += weight
    if codes:
        for code in (*TYPE_CODES, *EXTRA_TYPE_CODES, *ISSUER_CODES, *CODE_ALIASES.values()):
            counts["/" + key([code.lower()])][code.lower()] += 5
    out: dict[str, tuple[str, int]] = {}
    for k, forms in counts.items():
        form, seen = forms.most_common(1)[0]
        out[k] = (form, seen)
        if form != k and k in forms and " " not in k:  # a word also written bare: '=so' → ('so', 12)
            out["=" + k] = (k, forms[k])
    return out


def _coded(line: str, m: re.Match[str]) -> bool:
    """A word that is part of a number's code ('KH' and 'TU' of '12-KH/TU')."""
    before, after = line[m.start() - 1:m.start()] if m.start() else "", line[m.end():m.end() + 1]
    return bool((before and before in _CODE_SIDE) or (after and after in _CODE_SIDE and m.group(0).isupper()))


def _cased(template: str, accented: str) -> str:
    """The accented word in the case the stripped word was written in ('KE' → 'KẾ', 'Ke' → 'Kế')."""
    if template.isupper() and len(template) > 1:
        return accented.upper()
    if template[:1].isupper():
        return accented[:1].upper() + accented[1:]
    return accented


def restore_diacritics(text: str) -> str:
    """Each word replaced by its accented form in the longest known n-gram that covers it (more
    context wins: 'BINH' after 'THAI' is 'BÌNH', alone it may be 'binh' of 'chiến binh'); ties go to
    the more frequent n-gram. Words the vocabulary does not know stay as written, and so do the
    codes of numbers ('KH/TU'). Only for stripped text (`is_stripped`): the record says so."""
    vocab = diacritics_vocabulary()
    return "\n".join(_restore_line(line, vocab) for line in text.split("\n"))


def _restore_line(line: str, vocab: dict[str, tuple[str, int]]) -> str:
    matches = list(_TOKEN.finditer(line))
    if not matches:
        return line
    words = ["#" if m.group(0).isdigit() else m.group(0).lower() for m in matches]
    coded = [_coded(line, m) for m in matches]
    chosen = _ngram_picks(line, matches, words, coded, vocab, _ascii_key)
    forms: list[str] = []
    for m, pick, code in zip(matches, chosen, coded, strict=True):
        word = m.group(0)
        usable = pick is not None and pick[2] != "#" and not word.isdigit() and not code
        forms.append(_cased(word, pick[2]) if usable and pick else word)
    return _respelled(line, matches, forms)


def _respelled(line: str, matches: list[re.Match[str]], forms: list[str]) -> str:
    """The line with each matched word written as its form, what lies between the words as it was."""
    out: list[str] = []
    pos = 0
    for m, form in zip(matches, forms, strict=True):
        out += (line[pos:m.start()], form)
        pos = m.end()
    out.append(line[pos:])
    return "".join(out)


# ---------------------------------------------------------------------------
# Text that lost its marked letters: the header's capitals restored from the same vocabulary
# ---------------------------------------------------------------------------

_LOST_HEAD = 2000  # the header sits in a page's first lines, under its chrome
_OLD_TONE_MAP = {new: old for old, new in _TONE_MAP.items()}
_OLD_TONE_RE = re.compile("([" + "".join(sorted({k[0] for k in _OLD_TONE_MAP})) + "]["
                          + "".join(sorted({k[1] for k in _OLD_TONE_MAP})) + r"])(?![^\W\d_])")


def _lost_key(words: list[str]) -> str:
    """'thực hiện' → 'thc hin': what is left of the words in a copy that lost every marked letter."""
    return _NOT_ASCII.sub("", " ".join(words))


def _lost_key_old(words: list[str]) -> str:
    """The same of words whose tone a copy placed the old way: 'hoá' leaves 'ho' where 'hóa' leaves 'ha'
    (realworld s10 'CNG HO X HI', 'S VN HO')."""
    return _lost_key([_OLD_TONE_RE.sub(lambda m: _OLD_TONE_MAP.get(m[1], m[1]), w) for w in words])


@lru_cache(maxsize=1)
def lost_letter_vocabulary() -> dict[str, tuple[str, int]]:
    """What is left of each shipped n-gram (`_lost_key`, tones placed either way) → its most frequent form.
    Built once, only when a text that lost its marked letters turns up."""
    vocab = dict(_vocabulary(_lost_key))
    for k, (form, seen) in _vocabulary(_lost_key_old).items():
        if k not in vocab or vocab[k][1] < seen:
            vocab[k] = (form, seen)
    return vocab


def restore_lost_letter_header(text: str) -> str:
    """realworld s10: a copy that lost every marked letter writes its header 'UBND TNH PH TH' / 'S VN HO TH
    THAO V DU LCH c l p - T do - Hanh phuc' / 'HNG DN', which no header rule reads. Each run of capitals in
    the text's head is restored from the vocabulary of what such a copy leaves of a word, in its n-gram's
    context ('TNH PH TH' → 'TỈNH PHÚ THỌ'), and so are the motto's second line and the openers that end the
    title ('Thc hin' → 'Thực hiện'); words it does not know, and the codes of numbers, stay as written. Only
    the header reads the result, from the cleaned lines: the citations' lost-letter patterns read the text as
    it is."""
    vocab = lost_letter_vocabulary()
    head = LOST_LETTER_CAPS_RUN_RE.sub(lambda m: _restore_caps(m[0], vocab), text[:_LOST_HEAD])
    head = LOST_LETTER_MOTTO_RE.sub(MOTTO_SECOND_LINE, head, count=1)
    head = LOST_LETTER_OPENER_RE.sub(_restored_opener, head)
    return head + text[_LOST_HEAD:]


def _restored_opener(m: re.Match[str]) -> str:
    return m["blank"] + LOST_LETTER_OPENERS[" ".join(m["opener"].lower().split())]


def _restore_caps(run: str, vocab: dict[str, tuple[str, int]]) -> str:
    matches = list(_TOKEN.finditer(run))
    words = ["#" if m[0].isdigit() else m[0].lower() for m in matches]
    coded = [_coded(run, m) for m in matches]
    chosen = _ngram_picks(run, matches, words, coded, vocab, _lost_key)
    forms = [pick[2].upper() if pick is not None and pick[2] != "#" and not m[0].isdigit() and not code
             else m[0] for m, pick, code in zip(matches, chosen, coded, strict=True)]
    return _respelled(run, matches, forms)


_Pick = tuple[int, int, str]  # (words in the n-gram, times seen, the word's form in it)


def _better(n: int, seen: int, cur: _Pick, by_count: bool) -> bool:
    """Whether an n-gram seen `seen` times outranks the current pick: the longer, then the more frequent;
    `by_count` (some words marked, which agree with any context), any context over none, then the more
    frequent ('đề nghị' over 'Tỉnh ủy để')."""
    if by_count:
        return (n > 1, seen, n) > (cur[0] > 1, cur[1], cur[0])
    return (n, seen) > cur[:2]


def _ngram_picks(line: str, matches: list[re.Match[str]], words: list[str], coded: list[bool],
                 vocab: dict[str, tuple[str, int]], key: Callable[[list[str]], str],
                 agree: list[bool] | None = None) -> list[_Pick | None]:
    """Each word's form in the longest known n-gram that covers it, ties to the more frequent; with
    `agree`, only n-grams whose words not flagged there are written as the text writes them."""
    chosen: list[_Pick | None] = [None] * len(words)
    for i in range(len(words)):
        for n in range(1, _MAX_GRAM + 1):
            run = matches[i:i + n]
            spaced = all(ONE_BLANK_RE.fullmatch(line, a.end(), b.start())
                         for a, b in zip(run, run[1:], strict=False))
            if len(run) < n or not spaced or coded[i + n - 1]:
                break  # an n-gram never spans punctuation or a number's code ('KH/TU về')
            hit = vocab.get(key(words[i:i + n]))
            if hit is None:
                continue
            forms = hit[0].split(" ")
            if len(forms) != n or (agree is not None and any(
                    not agree[i + k] and forms[k] != words[i + k] for k in range(n))):
                continue
            for k in range(n):
                cur = chosen[i + k]
                if cur is None or _better(n, hit[1], cur, agree is not None):
                    chosen[i + k] = (n, hit[1], forms[k])
    return chosen


# ---------------------------------------------------------------------------
# Text whose 'đ' an OCR read as 'd': restored from the same vocabulary
# ---------------------------------------------------------------------------

# Syllables Vietnamese writes only with 'đ' ('đến', 'Đảng', 'định', 'đồng'): three of them spelt with 'd'
# tell a text whose bars an OCR lost (realworld d04 'dia ban', 'PHD XUYEN'), where a word alone could be a
# typo. Real 'd' words ('dạng', 'dường', 'dội', 'dại', 'dược') are left out; 'dạo', 'dó' are rare in
# documents.
_D_BAR_CUES = frozenset(
    "dến dể dồng dịnh dảng dề dộng dơn dảm dất dịa dẩy dánh dủ diểm dổi dình doạn dáp dạo dó dăng dợt".split()
)
_D_BAR_MIN_CUES = 3
_D_BAR_MIN_CUES_BARLESS = 2
_D_BAR_MAX_LEFT = 5
_VOWELS = frozenset("aăâeêioôơuưy")
_D_WORD = re.compile(r"(?<![^\W\d_])[Dd][^\W\d_]+")


def is_d_bar_lost(text: str) -> bool:
    """Whether a marked text has its 'đ' read as 'd' (by an OCR, or a font without the letter): at most a
    few 'đ' left (a text that kept more has them: the cheap test every text takes), and three distinct
    syllables that exist only with 'đ', more of them than 'đ' left; or, in a text with no 'đ' at all (a
    short news item), two such syllables."""
    bars = text.count("đ", 0, 20000) + text.count("Đ", 0, 20000)  # 'đ' has no decomposed form
    if bars > _D_BAR_MAX_LEFT:
        return False
    sample = nfc(text[:20000])
    seen = [w for w in (m.group(0).lower() for m in _D_WORD.finditer(sample)) if w in _D_BAR_CUES]
    if not bars and "đ" not in text and "Đ" not in text:
        return len(seen) >= _D_BAR_MIN_CUES_BARLESS
    return len(set(seen)) >= _D_BAR_MIN_CUES and bars < len(seen)


def _d_key(words: list[str]) -> str:
    return " ".join(words).replace("đ", "d")


@lru_cache(maxsize=1)
def d_bar_vocabulary() -> dict[str, tuple[str, int]]:
    """Word n-gram with 'đ' written 'd' → its most frequent form; number codes alone under '/'
    ('/hdnd' → 'hđnd', '/hd' → 'hd' of 'Hướng dẫn'). Built once, only when such a text turns up."""
    return _vocabulary(_d_key, codes=True)


def restore_d_bar(text: str) -> str:
    """Each 'd' given its bar where the longest known n-gram covering its word writes 'đ' ('Dảng uỷ' →
    'Đảng uỷ'; 'do' stays 'do', 'đo lường' is read with its next word), and in a number's code where the
    shipped text's codes mostly do ('QD-UBND' → 'QĐ-UBND', 'HD/TW' stays). Same length, so offsets hold;
    the words' own marks are kept. Only for texts `is_d_bar_lost` picks out: the record says so."""
    vocab = d_bar_vocabulary()
    return "\n".join(_restore_d_line(line, vocab) if ("d" in line or "D" in line) else line
                     for line in text.split("\n"))


def _d_code_pieces(code: str) -> str:
    """A code the vocabulary does not know with its known 'Đ' pieces given back ('twdtn' → 'twđtn')."""
    for piece in D_BAR_CODE_PIECES:
        code = code.replace(piece.lower().replace("đ", "d"), piece.lower())
    if len(code) > 2 and code.startswith("du") and code[2] not in _VOWELS:
        code = "đ" + code[1:]
    if len(code) > 2 and code.endswith("du"):
        code = code[:-2] + "đu"
    return code


def _restore_d_line(line: str, vocab: dict[str, tuple[str, int]]) -> str:
    matches = list(_TOKEN.finditer(line))
    words = ["#" if m.group(0).isdigit() else new_tone_placement(m.group(0).lower()) for m in matches]
    coded = [_coded(line, m) or line[m.start() - 1:m.start()] == "&" or line[m.end():m.end() + 1] == "&"
             for m in matches]  # a department's code joins two: 'PGD&ĐT'
    chosen = _ngram_picks(line, matches, words, coded, vocab, _d_key)
    out = list(line)
    for m, word, pick, code in zip(matches, words, chosen, coded, strict=True):
        if code and line[m.start() - 1:m.start()] == "&":
            pick = (1, 0, _d_code_pieces("&" + word)[1:])  # 'GD&ĐT', 'KH&ĐT'
        elif code:
            hit = vocab.get("/" + _d_key([word]))
            pick = (1, hit[1], hit[0]) if hit else (1, 0, _d_code_pieces(word))
        said = m.group(0)
        if pick is None or len(pick[2]) != len(said) or "đ" not in pick[2]:
            continue
        for k, c in enumerate(pick[2]):
            if c == "đ" and said[k] in "dD":
                out[m.start() + k] = "đ" if said[k] == "d" else "Đ"
    return "".join(out)


# ---------------------------------------------------------------------------
# Text whose marks an OCR lost on some words only: those words restored from the same vocabulary
# ---------------------------------------------------------------------------

# Frequent document words Vietnamese never writes unmarked (a stop ending unmarked, 'ie', 'uo' without
# their hats): a few of them bare in a marked text tell marks lost on some words (an OCR; realworld c33's
# and blind15 b01's captions). Unmarked real words ('ban', 'nhan', 'tinh', 'nam', 'uy', 'qua', 'nay',
# 'dung') and English look-alikes ('at', 'not', 'top') are left out.
_TONES_LOST_CUES = frozenset(
    """cua cac va ve ke thuc hien hoach quyet duoc viec ket chuc tiep tuc hoat phat nhat muc tac hoc sach tich
    thiet mot luat trien nhiem nguoi truong huyen tien nghiep dien kiem chuyen quyen tuyen thuong duong
    luong phuong huong tren voi khong nhung""".split()
)
_TONES_LOST_MIN_CUES = 2
_TONES_LOST_SHORT = 600  # a news item this short has room for one such word only
_TONES_LOST_HEAD = 6000  # the header and lead, where the damage costs checks; a few marks lost are seen there
_BARE_ODDS = 4  # a bare word alone is restored when its marked form is this many times more frequent
_CONTEXT_MIN_SEEN = 2  # else only by an n-gram seen this often


def is_tones_partly_lost(text: str) -> bool:
    """Whether a marked text lost every mark on some of its words (an OCR): two distinct frequent words
    bare that Vietnamese only writes marked, each standing between blanks (a web address's slug,
    'ke-hoach-thuc-hien.html', is one token). One split of the text's head; a stripped text is
    `is_stripped`'s."""
    seen = len(_TONES_LOST_CUES.intersection(text[:_TONES_LOST_HEAD].lower().split()))
    return seen >= (_TONES_LOST_MIN_CUES if len(text) > _TONES_LOST_SHORT else 1)


def restore_lost_tones(text: str) -> str:
    """Each bare word given its marks from the known n-grams covering it whose marked words agree with the
    text's, the most frequent of those with context ('ke hoạch' → 'kế hoạch', 'thuc hien' → 'thực hiện');
    a word alone only where it is rarely bare ('cac', not 'ban'). Marked words, numbers and codes stay;
    same length, so offsets hold. Only for texts `is_tones_partly_lost` picks out: the record says so."""
    vocab = diacritics_vocabulary()
    return "\n".join(_restore_bare_line(line, vocab) for line in nfc(text).split("\n"))


def _rarely_bare(word: str, vocab: dict[str, tuple[str, int]]) -> bool:
    """Whether a bare word is more likely a marked word that lost its marks than itself: it cannot be
    Vietnamese unmarked ('cac'), or its marked form is far more frequent ('so' of 'số', not 'chi' of 'chi
    bộ' against 'chỉ', 'giao' of 'giao nhiệm vụ' against 'giáo'). Other words need a context seen often."""
    if len(word) < 2:  # a list's bullet 'o', a label 'a'
        return False
    if MUST_MARK_RE.fullmatch(word):
        return True
    marked, bare = vocab.get(word), vocab.get("=" + word)
    return marked is not None and (bare is None or marked[1] > _BARE_ODDS * bare[1])


def _restore_bare_line(line: str, vocab: dict[str, tuple[str, int]]) -> str:
    matches = list(_TOKEN.finditer(line))
    bare = [m.group(0).isascii() and not m.group(0).isdigit() for m in matches]
    if not any(bare):
        return line
    words = ["#" if m.group(0).isdigit() else new_tone_placement(m.group(0).lower()) for m in matches]
    coded = [_coded(line, m) for m in matches]
    chosen = _ngram_picks(line, matches, words, coded, vocab, _ascii_key, agree=bare)
    forms: list[str] = []
    for m, pick, code, plain in zip(matches, chosen, coded, bare, strict=True):
        word = m.group(0)
        usable = (plain and not code and pick is not None and len(pick[2]) == len(word)
                  and (_rarely_bare(word.lower(), vocab) or (pick[0] > 1 and pick[1] >= _CONTEXT_MIN_SEEN)))
        forms.append(_cased(word, pick[2]) if usable and pick else word)
    return _respelled(line, matches, forms)


# ---------------------------------------------------------------------------
# Old-font OCR: letters an English OCR garbles the same way on every page, read back from the vocabulary
# ---------------------------------------------------------------------------

_OLD_FONT_HEAD = 6000  # the header and lead, where the damage costs checks
_OLD_FONT_MIN_WORDS = 3  # distinct damaged words: one '~' is a typo or a list's mark, three a typeface
_OLD_FONT_MAX_TILDES = 2  # a word's '~' each tried with every vowel: 36 forms at most


def _old_font_words(text: str) -> set[str]:
    return {m["word"] for m in OLD_FONT_WORD_RE.finditer(text) if _old_font_damaged(m["word"])}


def _old_font_damaged(word: str) -> bool:
    """A '~' between letters (not Markdown's '~~' strike) or a garbled letter."""
    return "~~" not in word and bool(OLD_FONT_TILDE_RE.search(word) or _old_font_fixed(word) != word)


def has_old_font_damage(text: str) -> bool:
    """Whether a text is an English OCR of a scan in an old Vietnamese typeface (realworld d04, blind28 c09):
    three distinct words in its head holding a '~' between letters or a garbled letter ('I-I', '(J', 'j').
    A text with no '~' nor 'I-I' in its head pays one search."""
    head = text[:_OLD_FONT_HEAD]
    if "~" not in head and "I-I" not in head:
        return False
    return len(_old_font_words(head)) >= _OLD_FONT_MIN_WORDS


def _old_font_fixed(word: str) -> str:
    """The word's garbled letters but '~' replaced: a first '(J' or 'lT' → 'U', 'I-I' → 'H', 'j' → 'i'."""
    for garbled, letter in OLD_FONT_SUBSTITUTES:
        if garbled in ("(J", "lT"):
            word = letter + word[2:] if word.startswith(garbled) else word
        else:
            word = word.replace(garbled, letter)
    return word


def repair_old_font(text: str) -> str:
    """Each damaged word replaced by the form the vocabulary knows best ('HUY~N' → 'HUYEN', 'NI-IAN' →
    'NHAN', '(JY' → 'UY', 'Nghj' → 'Nghi'), a '~' tried with every vowel and the form seen beside the
    word's neighbours preferred ('H~nh phuc' → 'Hanh phuc'); a word no form of which is known stays as
    written, and so do numbers (digits are never guessed). The result is unmarked: the stripped-text
    restoring gives the marks back. The motto, in the head, is written back whole, the left column's cells
    before it cut apart. Only for texts
    `has_old_font_damage` picks out: the record says so."""
    vocab = diacritics_vocabulary()
    head = OLD_FONT_MOTTO_FIRST_RE.sub(OLD_FONT_MOTTO_FIRST, text[:_OLD_FONT_HEAD], count=1)
    if (motto := head.find(OLD_FONT_MOTTO_FIRST)) > 0:  # the left column's cells, each on a line
        head = OLD_FONT_LEFT_CUT_RE.sub("\n", head[:motto]) + head[motto:]
    head = OLD_FONT_MOTTO_SECOND_RE.sub(OLD_FONT_MOTTO_SECOND, head, count=1)
    head = _old_font_heading(head)
    lines = (head + text[_OLD_FONT_HEAD:]).split("\n")
    return "\n".join(_repair_old_font_line(line, vocab) for line in lines)


_OLD_FONT_HEADING_WITHIN = 150  # the place-date cell between the motto and the type heading
_VOWEL_RUN = re.compile("[AEIOUY]+")


_OLD_FONT_TYPE_WORDS = tuple(sorted(TYPE_WORDS, key=len, reverse=True))


@lru_cache(maxsize=1)
def _old_font_type_re() -> re.Pattern[str]:
    """A type heading in such a scan's capitals, each word's vowels (where the marks were) any one to three
    characters and its blanks optional ('KEHO~CH', 'KE HO~CH', 'QUY~T DINH'), longest type words first;
    group 't<k>' is `_OLD_FONT_TYPE_WORDS[k]`'s."""
    return re.compile(r"(?<![\w~])(?:" + "|".join(
        f"(?P<t{k}>" + r"\s*".join(_VOWEL_RUN.sub(r"\\S{1,3}?", p) for p in _unmarked_caps(w).split()) + ")"
        for k, w in enumerate(_OLD_FONT_TYPE_WORDS)) + r")(?![\w~])")


def _unmarked_caps(word: str) -> str:
    return strip_diacritics(word).replace("đ", "d").upper()


def _old_font_heading(head: str) -> str:
    """The type heading after the restored motto set on a line of its own, in its unmarked capitals: such a
    scan runs its header onto one line, and the place-date cell between, its digits garbled, cannot say
    where the heading begins (realworld d04 'Phu Xuyen, ngayVphang 7 ndm 2021 :It KEHO~CH', c09)."""
    motto = head.find(OLD_FONT_MOTTO_SECOND)
    if motto < 0:
        return head
    start = motto + len(OLD_FONT_MOTTO_SECOND)
    m = _old_font_type_re().search(head, start, start + _OLD_FONT_HEADING_WITHIN)
    if m is None or m.lastgroup is None:
        return head
    word = _unmarked_caps(_OLD_FONT_TYPE_WORDS[int(m.lastgroup[1:])])
    return head[:m.start()] + "\n" + word + "\n" + head[m.end():].lstrip(" ~")


def _repair_old_font_line(line: str, vocab: dict[str, tuple[str, int]]) -> str:
    out: list[str] = []
    pos = 0
    for m in OLD_FONT_WORD_RE.finditer(line):
        word = m["word"]
        if not _old_font_damaged(word):
            continue
        before = "".join(out[-2:]) + line[pos:m.start()]  # the words before as already repaired
        after = [_old_font_fixed(w) for w in line[m.end():m.end() + 40].split()[:1]]
        form = _old_font_form(_old_font_fixed(word), before.split()[-1:], after, vocab)
        if form is not None:
            out += (line[pos:m.start()], form)
            pos = m.end()
    out.append(line[pos:])
    return "".join(out)


def _old_font_form(word: str, before: list[str], after: list[str],
                   vocab: dict[str, tuple[str, int]]) -> str | None:
    """The word's known form, one seen beside its neighbours first ('V~ vi~c' → 'Ve viec', not the more
    frequent 'va'), then the most frequent."""
    tildes = word.count("~")
    if tildes > _OLD_FONT_MAX_TILDES:
        return None
    forms = [word]
    for _ in range(tildes):
        forms = [f.replace("~", v, 1) for f in forms for v in OLD_FONT_VOWELS]
    best: tuple[int, int, str] | None = None
    for form in forms:
        key = _ascii_key([form.lower()])
        hit = vocab.get(key)
        if hit is None or " " in hit[0]:
            continue
        beside = sum(vocab[k][1] for k in (_ascii_key([w.lower() for w in (*before, form)]),
                                            _ascii_key([w.lower() for w in (form, *after)]))
                     if k != key and k in vocab)
        if best is None or (beside, hit[1]) > best[:2]:
            best = (beside, hit[1], form)
    return None if best is None else _old_font_cased(word, best[2])


def _old_font_cased(word: str, form: str) -> str:
    """A '~' given back as a vowel in the case of the letters around it ('HUY~N' → 'HUYEN')."""
    letters = [c for c in word if c.isalpha()]
    return form.upper() if len(letters) > 1 and all(c.isupper() for c in letters) else form
