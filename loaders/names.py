"""Vietnamese name knowledge the graph keys things by: bodies, level words and issuer codes.

The parser reads a name as it is written; the graph needs one key per real body however it is
written ('UBND xã' = 'Ủy ban nhân dân xã'), the level a name's words state ('Ban Dân vận Huyện ủy'
is a district's board) and the level a cited number's issuer code states ('/TU' a province). The
rules are the `# --- names:` block of `loaders.patterns`; this module applies them, pure text in,
text out, with nothing of the graph (places and scopes are `graph.identity`'s).
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.docnumber import DocNumber, Level, try_parse
from loaders.normalise import fold, new_tone_placement, squeeze
from loaders.patterns import (
    ABBREVIATED,
    BODY_ABBREVIATION,
    BODY_HEAD,
    BODY_KEY_RULES,
    BODY_KINDS,
    BODY_LIST_SEP,
    CENTRAL_OFFICE_CODES,
    LEVEL_WORD,
    LOCAL_BOARD_CODES,
    LOCAL_BOARD_TOPIC_CODE,
    MINISTRY_CODE,
    NOT_A_NAME,
    ROMAN_SECTION,
    TERM_OF_OFFICE,
)

_NAME_WORD = re.compile(r"\S+")


def _spelled_out(m: re.Match[str]) -> str:
    return ABBREVIATED[m.lastgroup or ""]


@lru_cache(maxsize=65536)
def expand(name: str) -> str:
    """Display form: NFC, new tone placement, one space, abbreviations spelled out, no term of office.

    'Bộ Chính trị (khóa XIII)' is the Politburo: the term belongs to the document, not to the body.
    """
    text = TERM_OF_OFFICE.sub("", squeeze(new_tone_placement(name))).strip(" ,.;:")
    return BODY_ABBREVIATION.sub(_spelled_out, text)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """One key for every spelling of one body's name (case, tone placement, abbreviations, term)."""
    key = fold(expand(name))
    for rx, repl in BODY_KEY_RULES:
        key = rx.sub(repl, key)
    return squeeze(key)


@lru_cache(maxsize=65536)
def kind_of(name: str) -> str:
    key = name_key(name)
    for rx, kind in BODY_KINDS:
        if rx.search(key):
            return kind
    return "other"


def level_words(text: str) -> list[re.Match[str]]:
    """The level words of a name, in order (`m.lastgroup` is the level, 'city' for thành phố/ủy)."""
    return list(_level_words(text))


@lru_cache(maxsize=65536)
def _level_words(text: str) -> tuple[re.Match[str], ...]:
    """Cached by text: the planner asks this of the same names in every plan of a cascade."""
    return tuple(LEVEL_WORD.finditer(text.lower()))


def ends_with_level_word(text: str) -> re.Match[str] | None:
    """The level word a name ends with ('Ủy ban nhân dân huyện'), else None."""
    words = level_words(text)
    return words[-1] if words and words[-1].end() == len(text) else None


def name_after(text: str, end: int) -> list[str]:
    """Capitalised words right after a level word: the place name candidate ('Tiên Lãng')."""
    words: list[str] = []
    for m in _NAME_WORD.finditer(text, end):
        w = m.group().strip(",.;:()\"'")
        if not w or not w[0].isupper() or w in NOT_A_NAME or len(words) == 4:
            break
        words.append(w)
        if m.group() != w:
            break
    return words


def split_list(text: str) -> list[str]:
    """'TT Đảng ủy, HĐND, UBND xã' → three bodies, all of the commune (DOMAIN.md §4: shared suffix).

    A comma starts a new body only before a capital that opens a body name (`patterns.BODY_HEAD`),
    so 'Cán bộ, công chức xã' and '... được Đảng, Nhà nước giao nhiệm vụ' stay whole; a level word
    ending the last part is shared by the parts that have none.
    """
    pieces = [p.strip() for p in BODY_LIST_SEP.split(squeeze(text)) if p.strip()]
    parts: list[str] = []
    for piece in pieces:
        if parts and not (piece[0].isupper() and BODY_HEAD.match(fold(piece))):
            parts[-1] = f"{parts[-1]}, {piece}"
        else:
            parts.append(piece)
    last = expand(parts[-1]) if parts else ""
    tail = ends_with_level_word(last)
    if len(parts) > 1 and tail is not None:
        word = last[tail.start():]
        shared = [p if LEVEL_WORD.search(expand(p).lower()) else f"{p} {word}" for p in parts[:-1]]
        parts = shared + parts[-1:]
    return parts


@lru_cache(maxsize=65536)
def canonical_number(text: str) -> str:
    """'66 – CTr/TU' → '66-CTr/TU' (the parser's DocNumber); text that is not a number, squeezed."""
    number = try_parse(text)
    return str(number) if number else squeeze(new_tone_placement(text)).replace(" ", "")


def issuer_level(number: DocNumber) -> Level | None:
    """The issuer level a cited number's code states, or None when only the issuer text can tell.

    The parser's `DocNumber.level_hint`, with three differences for placing a cited document: 'ĐU' is
    left to the text (a Đảng ủy may be a commune's or a provincial bloc's, Đảng ủy Khối); the central
    offices of `CENTRAL_OFFICE_CODES` are central; and a state number's B-code is a ministry unless it
    is a board every unit has (`LOCAL_BOARD_CODES`), so '…/QĐ-BTC' is the Ministry of Finance's.
    """
    if number.issuer == "ĐU":
        return None
    hint = number.level_hint()
    if hint is not None:
        return hint
    code = number.issuer.split("-")[0].upper()
    if number.style == "party" and code.endswith("TW"):
        return "central"  # central boards: BTGTW, BDVTW
    if code in CENTRAL_OFFICE_CODES or (number.style != "party" and MINISTRY_CODE.fullmatch(code)
                                        and code not in LOCAL_BOARD_CODES
                                        and not LOCAL_BOARD_TOPIC_CODE.fullmatch(code)):
        return "central"
    return None


def short_label(label: str) -> str:
    """'III.4.3' → '4.3'; a label without a Roman section is its own short label."""
    head, _, rest = label.partition(".")
    return rest if rest and ROMAN_SECTION.fullmatch(head) else label
