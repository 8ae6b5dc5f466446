"""Citations, implements and chain: every document the text names, and how they derive.

One scan of the whole text finds numbered mentions ('Nghị quyết số 43-NQ/TW ngày 24/11/2023 của
...') and unnumbered ones ('Chương trình hành động của Ban Thường vụ Thành ủy'). Then:
- an unnumbered mention is the numbered mention of the same type whose issuer phrase it shortens
  (DOMAIN §2), or failing that of the same committee under another organ ('của Tỉnh ủy' = 'của Ban
  Chấp hành Đảng bộ tỉnh'), when exactly one such document exists and its own chain does not
  contradict it; else it stays out (no guessing);
- one entry per (number, date): the same number with two dates is two documents (19-NQ/TW 2017 and
  2022), and a mention without a date is the dated one;
- 'X ... về thực hiện Y' between adjacent mentions is a chain pair X → Y;
- the document itself (its header's number, a number line, a news lead '... đã ban hành Chương
  trình số 31-CTr/TU về ...') is never its own parent nor a citation;
- what it implements is what its title, preamble or lead say it carries out (`_implemented`):
  'Thực hiện X' and the other carry-out verbs, its own type in a title ('Kế hoạch thực hiện X'),
  the document itself in a chain, and the 'Căn cứ' items of a state document that are plans,
  directives, resolutions, programmes, conclusions, notices or letters rather than legal basis;
  only X and its siblings ('X và Z', 'X ...; Z ...'), never the documents nested in X's own clause.
Text that lost its diacritics, or every marked letter, on the way is read with patterns damaged
alike (`_Rx`).
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from datetime import date
from functools import cache
from typing import Any

from loaders import docnumber
from loaders.docnumber import DocNumber, iter_numbers
from loaders.header import Header, grounds_listed, matching_text, preamble_spans
from loaders.normalise import fold, new_tone_placement, squeeze
from loaders.patterns import (
    ABOUT_WORD_RE,
    ACTOR_CARRIES_OUT_RE,
    AD_HOC_BOARD_RE,
    AD_HOC_BOARD_TAIL_RE,
    AD_HOC_LOWER_RE,
    AFTER_LIST_MARK_RE,
    APPROVES_RE,
    BASIS_INLINE_ITEM_RE,
    BASIS_ITEM_RE,
    BASIS_OPENER_RE,
    BASIS_SECTION_ITEM_RE,
    BASIS_SECTION_RE,
    BASIS_TYPES,
    CAPS_NAME_END_RE,
    CARRY_OUT_BEFORE_RE,
    CARRY_OUT_TYPES,
    CHAIN_GAP_RE,
    CHAIN_VERB_GAP_RE,
    CITED_DATE_AFTER_RE,
    CITED_ISSUER_AFTER_RE,
    CITED_ISSUES_GAP_RE,
    CITED_PLENUM_AFTER_RE,
    CITED_TITLE_TAIL_RE,
    CONGRESS_OWN_TITLE_RE,
    CONJOINED_CARRY_OUT_BEFORE_RE,
    CONTINUES_CITATION_RE,
    ENFORCES_LAW_RE,
    ENFORCING_TYPES,
    FIRST_POINT_TAKES_IN_RE,
    FOLLOWS_ITEM_RE,
    FORM_WORD_BEFORE_RE,
    GENERIC_WORD_BEFORE_RE,
    HEADLESS_BASIS_ITEM_RE,
    HEADLESS_BASIS_MIN_ITEMS,
    IMPLEMENT_OPENER_RE,
    ISSUED_BY_GAP_RE,
    ISSUED_BY_TITLED_GAP_RE,
    ISSUER_BEFORE_ISSUE_RE,
    ISSUER_BEFORE_WINDOW,
    ISSUES_GAP_RE,
    ISSUES_PROGRAMME_GAP_RE,
    LATER_CARRY_OUT_RE,
    LEAD_DEPLOYS_RE,
    LETTER_SUBJECT_MARK_RE,
    LIST_GAP_RE,
    LIST_ITEM_AFTER_STOP_RE,
    LIST_ITEM_WITHOUT_TYPE_WORD_RE,
    LISTING_NUMBER_BEFORE_RE,
    LOST_LETTER_MIN_WORDS,
    LOWER,
    ODD_SPACE_CHARS,
    ODD_SPACE_RE,
    OF_RE,
    OPENED_LEAD_IN_RE,
    ORDERED_CARRY_OUT_RE,
    ORDINAL_POINTS_OPENED_RE,
    ORGAN_PREFIX_RE,
    OWN_BARE_LEAD_RE,
    OWN_LEAD_AFTER_RE,
    OWN_LEAD_BEFORE_RE,
    OWN_NUMBER_BEFORE_RE,
    OWN_TITLE_CARRIES_OUT_RE,
    OWN_TITLE_OPENER_RE,
    OWN_TITLE_OWNER_OPENER_RE,
    OWN_TITLE_PURPOSE_RE,
    OWN_TITLE_SPREADS_RE,
    PAIR_GAP_RE,
    PARTY_BODY_RE,
    PROGRAMME_OF_GAP_RE,
    PURPOSE_THEN_CARRY_OUT_RE,
    RELATED_ITEM_YEAR_RE,
    RELATED_LIST_ITEM_RE,
    REPLACED_BY_BEFORE_RE,
    REPORTED_ISSUE_BEFORE_RE,
    SAME_TYPE_SIBLING_GAP_RE,
    SENTENCE_BREAK_RE,
    SENTENCE_STOP_RE,
    SHARED_SUFFIX_SEQS_RE,
    SHARED_SUFFIX_WINDOW,
    SIBLING_GAP_RE,
    SPLIT_CODE_RE,
    STATUTE_ABOUT_RE,
    TERM_SUFFIX_RE,
    TITLE_CARRIES_OUT_RE,
    TRAILING_JOIN_RE,
    TYPE_CODE_GAP_RE,
    TYPE_WORD_BEFORE_RE,
    TYPE_WORD_WINDOW,
    TYPE_WORDS,
    UNIT_SUFFIX_RE,
    UNNUMBERED_BEFORE_RE,
    UNNUMBERED_PARENT_RE,
    UPPER,
    WRAPPED_ON_RE,
    StartedPattern,
    find_words,
    lost_letter_words,
)
from loaders.records import Ref
from loaders.resolve import PARTY_COMMITTEE_OF_UNIT, parse_body

# Official letters ('2928/LĐTBXH-BVCSTE') and National Assembly numbers ('30/2023/QH15') are cited
# and carried out like any other document; `docnumber` reads them where it offers `ALL_STYLES`.
_NUMBER_STYLES = [getattr(docnumber, "ALL_STYLES")] if hasattr(docnumber, "ALL_STYLES") else []  # noqa: B009


def _ascii_table() -> dict[int, str]:
    """Each precomposed Vietnamese letter to its bare letter, one character for one."""
    table = {ord("đ"): "d", ord("Đ"): "D"}
    for c in UPPER + LOWER:
        base = unicodedata.normalize("NFD", c)[0]
        if base != c and base.isascii():
            table[ord(c)] = base
    return table


_ASCII: dict[int, str | None] = dict(_ascii_table())
_LOST: dict[int, str | None] = {c: None for c in _ASCII}  # every marked letter, đ and Đ too, dropped


@dataclass(frozen=True)
class _Rx:
    """The patterns citations are read with. Text damaged on the way is read with the patterns
    damaged alike, so offsets stay those of the text as written: every diacritic stripped ('Thuc
    hien Ke hoach so 12-KH/TU ngay ... cua ...'), or every marked letter lost, as some PDF fonts
    lose them ('Thc hin Ngh quyt s 33-NQ/TW ngy ... ca ...')."""

    about_word: re.Pattern[str]
    approves: re.Pattern[str]
    basis_item: re.Pattern[str]
    basis_section_item: re.Pattern[str]
    basis_opener: StartedPattern
    caps_name_end: re.Pattern[str]
    carry_out_before: re.Pattern[str]
    conjoined_carry_out: re.Pattern[str]
    chain_gap: re.Pattern[str]
    chain_verb_gap: re.Pattern[str]
    cited_date_after: re.Pattern[str]
    cited_issuer_after: re.Pattern[str]
    cited_plenum_after: re.Pattern[str]
    continues_citation: re.Pattern[str]
    follows_item: StartedPattern
    form_word_before: re.Pattern[str]
    generic_word_before: re.Pattern[str]
    implement_opener: StartedPattern
    issues_gap: re.Pattern[str]
    issues_programme_gap: re.Pattern[str]
    programme_of_gap: re.Pattern[str]
    list_gap: re.Pattern[str]
    pair_gap: re.Pattern[str]
    of: re.Pattern[str]
    ordered_carry_out: StartedPattern
    own_bare_lead: re.Pattern[str]
    own_lead_before: re.Pattern[str]
    own_lead_after: re.Pattern[str]
    own_number_before: re.Pattern[str]
    own_title_opener: re.Pattern[str]
    own_title_owner_opener: StartedPattern
    shared_suffix_seqs: re.Pattern[str]
    sibling_gap: re.Pattern[str]
    statute_about: re.Pattern[str]
    type_word_before: re.Pattern[str]
    unit_suffix: re.Pattern[str]
    unnumbered_before: re.Pattern[str]
    wrapped_on: re.Pattern[str]
    after_list_mark: re.Pattern[str]
    trailing_join: re.Pattern[str]
    list_item_without_type_word: re.Pattern[str]
    purpose_then_carry_out: StartedPattern
    type_words: dict[str, str]
    table: dict[int, str | None] | None = None  # how the patterns were damaged to fit the text

    @property
    def stripped(self) -> bool:
        return self.table is _ASCII

    def key(self, words: str) -> str:
        return fold(words).translate(self.table) if self.table else fold(words)

    def damaged(self, table: dict[int, str | None]) -> _Rx:
        patterns: dict[str, Any] = {}  # each field its own kind: a pattern or a started pattern
        for f in fields(self):
            rx = getattr(self, f.name)
            if isinstance(rx, re.Pattern):
                patterns[f.name] = re.compile(rx.pattern.translate(table), rx.flags)
            elif isinstance(rx, StartedPattern):
                patterns[f.name] = rx.translate(table)
        words = {" ".join(k.translate(table).split()): v for k, v in self.type_words.items()}
        return _Rx(**patterns, type_words=words, table=table)


_RX = _Rx(
    about_word=ABOUT_WORD_RE, approves=APPROVES_RE, basis_item=BASIS_ITEM_RE, basis_opener=BASIS_OPENER_RE,
    basis_section_item=BASIS_SECTION_ITEM_RE,
    caps_name_end=CAPS_NAME_END_RE, carry_out_before=CARRY_OUT_BEFORE_RE, chain_gap=CHAIN_GAP_RE,
    conjoined_carry_out=CONJOINED_CARRY_OUT_BEFORE_RE, ordered_carry_out=ORDERED_CARRY_OUT_RE,
    chain_verb_gap=CHAIN_VERB_GAP_RE,
    cited_date_after=CITED_DATE_AFTER_RE, cited_issuer_after=CITED_ISSUER_AFTER_RE,
    cited_plenum_after=CITED_PLENUM_AFTER_RE,
    continues_citation=CONTINUES_CITATION_RE, follows_item=FOLLOWS_ITEM_RE,
    form_word_before=FORM_WORD_BEFORE_RE,
    generic_word_before=GENERIC_WORD_BEFORE_RE,
    implement_opener=IMPLEMENT_OPENER_RE, issues_gap=ISSUES_GAP_RE,
    issues_programme_gap=ISSUES_PROGRAMME_GAP_RE, list_gap=LIST_GAP_RE, pair_gap=PAIR_GAP_RE, of=OF_RE,
    programme_of_gap=PROGRAMME_OF_GAP_RE,
    own_bare_lead=OWN_BARE_LEAD_RE, own_lead_before=OWN_LEAD_BEFORE_RE, own_lead_after=OWN_LEAD_AFTER_RE,
    own_number_before=OWN_NUMBER_BEFORE_RE,
    own_title_opener=OWN_TITLE_OPENER_RE, own_title_owner_opener=OWN_TITLE_OWNER_OPENER_RE,
    shared_suffix_seqs=SHARED_SUFFIX_SEQS_RE, sibling_gap=SIBLING_GAP_RE, statute_about=STATUTE_ABOUT_RE,
    type_word_before=TYPE_WORD_BEFORE_RE, unit_suffix=UNIT_SUFFIX_RE, unnumbered_before=UNNUMBERED_BEFORE_RE,
    wrapped_on=WRAPPED_ON_RE,
    after_list_mark=AFTER_LIST_MARK_RE, trailing_join=TRAILING_JOIN_RE,
    list_item_without_type_word=LIST_ITEM_WITHOUT_TYPE_WORD_RE,
    purpose_then_carry_out=PURPOSE_THEN_CARRY_OUT_RE,
    type_words=TYPE_WORDS,
)
_STRIPPED_SHARE = 0.003  # Vietnamese prose has a diacritic on most words; a stripped copy has none


@cache
def _damaged(table_name: str) -> _Rx:
    """The damaged copies are compiled on first need, not at import: few texts need them, and
    compiling some thirty large patterns twice was most of a pool worker's start-up."""
    return _RX.damaged(_ASCII if table_name == "ascii" else _LOST)


_NOT_ASCII_LETTER = bytes(b for b in range(256) if not chr(b).isalpha())
# Counting by a character class: `str.translate` with a dict looks every character up in Python.
_MARKED_RE = re.compile("[" + "".join(map(chr, sorted(_ASCII))) + "]")


def _patterns_for(text: str) -> _Rx:
    head = text[:20000]
    ascii_letters = len(head.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTER))
    marked = 0
    for _ in _MARKED_RE.finditer(head):  # the share only grows with the count: stop once it is enough
        marked += 1
        if marked + ascii_letters >= 200 and marked >= _STRIPPED_SHARE * (marked + ascii_letters):
            return _RX
    letters = marked + ascii_letters
    if letters < 200 or marked >= _STRIPPED_SHARE * letters:
        return _RX
    lost = lost_letter_words(head)
    return _damaged("lost" if lost >= LOST_LETTER_MIN_WORDS else "ascii")


@dataclass(frozen=True)
class References:
    implements: list[Ref] = field(default_factory=list)
    citations: list[Ref] = field(default_factory=list)
    chain: list[tuple[Ref, Ref]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


Key = tuple[str, date | None]


@dataclass
class _Mention:
    start: int
    end: int
    number: DocNumber | None
    doc_type: str | None
    issued_on: date | None = None
    issuer: str | None = None
    has_type_word: bool = False
    key: Key | None = None  # the document entry it names, once resolved


def parse_date(match: re.Match[str]) -> tuple[date | None, str]:
    """(date or None when impossible, the date as written) from a `patterns.DATE` match."""
    if match["d"] is not None:
        d, m, y = match["d"], match["m"], match["y"]
        written = f"{d}/{m}/{y}"
    else:
        d, m, y = match["wd"], match["wm"], match["wy"]
        written = f"{d} tháng {m} năm {y}"
    try:
        return date(int(y), int(m), int(d)), written
    except ValueError:
        return None, written


def _type_code(rx: _Rx, words: str) -> str | None:
    return rx.type_words.get(rx.key(words))


def _issuer_after(rx: _Rx, text: str, pos: int) -> tuple[int, int, int] | None:
    """(issuer start, issuer end, match end) of 'của <issuer>' at pos. An all-caps name ends at
    the first word no name holds ('... CỦA BỘ CHÍNH TRỊ VỀ ...'); a trailing 'và' is not the name's."""
    im = rx.cited_issuer_after.match(text, pos)
    if im is None:
        return None
    start, end = im.start("issuer"), im.end("issuer")
    name = text[start:end]
    caps = _caps_lines(name)
    if caps:  # sweepG: a title in capitals over the basis ('... CỦA BỘ CHÍNH TRỊ VỀ ...' / '- Căn cứ ...')
        cut = rx.caps_name_end.search(caps)
        end = start + (cut.start() if cut else len(caps.rstrip()))
    tail = rx.trailing_join.search(text, start, end)
    if tail:
        end = tail.start()
    board = AD_HOC_BOARD_RE.match(text, start)
    if board and board.end() >= end - 40 and AD_HOC_LOWER_RE.match(text[board.end():end]) is not None:
        more = AD_HOC_BOARD_TAIL_RE.match(text, board.end())  # 'Ban Tổ chức kỷ niệm': named by its task
        end = more.end() if more else board.end()
    return (start, end, end) if end > start else None


def _caps_lines(name: str) -> str:
    """The cited issuer's name where it is written in capitals: the whole name, or its lines in capitals when
    the running-case rest opens a new paragraph ('... CỦA BỘ CHÍNH TRỊ VỀ ...' / '' / '- Căn cứ ...', a title
    over the basis); a name wrapped in running case ('của UBND' / 'tỉnh Quảng Ngãi') is no caps name."""
    if not any(c.islower() for c in name):
        return name
    out = ""
    for line in name.splitlines(keepends=True):
        if any(c.islower() for c in line):
            rest = name[len(out):]
            new_paragraph = "\n\n" in out[-3:] + rest[:1] or not rest.lstrip()[:1].isalnum()
            return out if out.strip() and new_paragraph else ""
        out += line
    return out


def _plenum_after(rx: _Rx, text: str, pos: int) -> tuple[int, int, int] | None:
    """blind12: 'Nghị quyết số 36/NQ-TW ngày 22/10/2018 Hội nghị lần thứ Tám Ban chấp hành Trung ương khóa
    XII về ...': after the cited date, the plenum that adopted it stands where 'của' would name it."""
    pm = rx.cited_plenum_after.match(text, pos)
    if pm is None:
        return None
    start, end = pm.start("issuer"), pm.end("issuer")
    tail = rx.trailing_join.search(text, start, end)
    end = tail.start() if tail else end
    if parse_body(text[start:end]) is None:
        return None
    return start, end, end


def _announced_by(text: str, show: str, mention: _Mention) -> None:
    """'Ngày 22/12/2024, Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW': the sentence's subject is the
    cited document's issuer, its opening date the document's date when none follows the number."""
    bm = ISSUER_BEFORE_ISSUE_RE.search(text, max(0, mention.start - ISSUER_BEFORE_WINDOW), mention.start)
    if bm is None or parse_body(bm["issuer"]) is None:
        return
    mention.issuer = squeeze(show[bm.start("issuer"):bm.end("issuer")])
    if mention.issued_on is None and bm["opening"]:
        mention.issued_on, _ = parse_date(bm)


def _find_mentions(rx: _Rx, text: str, show: str, warnings: list[str]) -> list[_Mention]:
    """Every numbered and unnumbered mention, in text order."""
    found: list[_Mention] = []
    for m, number in iter_numbers(text, *_NUMBER_STYLES):
        start = m.start()
        if rx.form_word_before.search(text, max(0, start - 20), start):
            continue
        tw = rx.type_word_before.search(text, max(0, start - TYPE_WORD_WINDOW), start)
        generic = None if tw else rx.generic_word_before.search(text, max(0, start - 16), start)
        if tw or generic:
            start = (tw or generic).start()  # type: ignore[union-attr]
        doc_type = number.doc_type or (_type_code(rx, tw["tw"]) if tw else None)  # '30/2023/QH15': no code
        if tw and str(number.style) == "letter" and (said := _type_code(rx, tw["tw"])) is not None:
            doc_type = said  # blind53 r04: 'quyết định số 126/QGG-UBND', a misprinted code read as a letter's
        mention = _Mention(start, m.end(), number, doc_type, has_type_word=bool(tw or generic))
        suffix = rx.unit_suffix.match(text, m.end()) if number.style == "party" else None
        if suffix:
            mention.end = suffix.end()
        dm = rx.cited_date_after.match(text, mention.end)
        if dm:
            mention.issued_on, written = parse_date(dm)
            mention.end = dm.end()
            if mention.issued_on is None:
                warnings.append(f"impossible date {written} in citation {number}")
        im = _issuer_after(rx, text, mention.end)
        if im is None and dm is not None:
            im = _plenum_after(rx, text, mention.end)
        if im:
            mention.issuer = squeeze(show[im[0]:im[1]])
            mention.end = im[2]
        elif rx.table is None and "ban hành" in text[max(0, start - 12):start]:
            _announced_by(text, show, mention)
        if tw is None and generic is None:
            found.extend(_shared_suffix(rx, text, mention))
        found.append(mention)
    for of in rx.of.finditer(text):
        c = of.start()
        if c == 0 or not text[c - 1].isspace():
            continue
        tw = rx.unnumbered_before.search(text, max(0, c - TYPE_WORD_WINDOW), c)
        im = _issuer_after(rx, text, c) if tw else None
        if tw is None or im is None:
            continue
        issuer = squeeze(show[im[0]:im[1]])
        found.append(_Mention(tw.start(), im[2], None, _type_code(rx, tw["tw"]), issuer=issuer,
                              has_type_word=True))
    found.sort(key=lambda x: x.start)
    _share_list_context(rx, text, found)
    return found


def _shared_suffix(rx: _Rx, text: str, whole: _Mention) -> list[_Mention]:
    """'Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 của ...': the bare numbers before a whole one, each with
    the whole one's codes, date and issuer; the type word written once is the whole one's too, so the
    list is carried out or chained as one."""
    number = whole.number
    sm = rx.shared_suffix_seqs.search(text, max(0, whole.start - SHARED_SUFFIX_WINDOW), whole.start)
    if sm is None or number is None or number.joint:
        return []
    whole.has_type_word = True
    out = []
    for i, seq in enumerate(re.finditer(r"\d+", sm["seqs"])):
        at = sm.start("seqs") + seq.start()
        out.append(_Mention(sm.start() if i == 0 else at, at + len(seq[0]), replace(number, seq=seq[0]),
                            whole.doc_type, whole.issued_on, whole.issuer, has_type_word=True))
    return out


def _share_list_context(rx: _Rx, text: str, mentions: list[_Mention]) -> None:
    """'Quyết định số 217-QĐ/TW, 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị': the date and issuer
    written once after a list of bare numbers belong to each of them. blind29: the issuer alone for two
    typed documents of one issuer code joined by 'và' ('Hướng dẫn số 235/HD-TƯHCTĐ và Kế hoạch số
    236/KH-TƯHCTĐ ngày 04/11/2022 của Trung ương Hội Chữ thập đỏ Việt Nam'), the code a body's own (not the
    'TW' the Politburo, the Secretariat and the Central Committee share); their days may differ."""
    for i in range(len(mentions) - 2, -1, -1):
        a, b = mentions[i], mentions[i + 1]
        if a.number is None or b.number is None or a.issued_on or a.issuer:
            continue
        gap = text[a.end:b.start]
        if b.has_type_word:
            if rx.pair_gap.match(gap) and a.number.issuer == b.number.issuer != "TW":
                a.issuer = b.issuer
        elif rx.list_gap.match(gap):
            a.issued_on, a.issuer = b.issued_on, b.issuer


_MAX_GAP = 160  # 'X ... ban hành Chương trình hành động của Chính phủ thực hiện Y' is shorter


def _gap(text: str, a: _Mention, b: _Mention) -> str:
    return text[a.end:b.start] if 0 <= b.start - a.end <= _MAX_GAP else "\0"


def _raw_chain(rx: _Rx, text: str, mentions: list[_Mention]) -> list[tuple[int, int]]:
    """Index pairs (x, y) for 'X ... về thực hiện Y', with Y's siblings ('Y và Z') as well; and
    for 'X ... ban hành Chương trình hành động của Chính phủ thực hiện Y', X → Y too."""
    pairs: list[tuple[int, int]] = []
    for i in range(len(mentions) - 1):
        nxt = mentions[i + 1]
        gap = _gap(text, mentions[i], nxt)
        if not nxt.has_type_word:
            continue
        if rx.issues_gap.match(gap) and nxt.number is None and i + 2 < len(mentions):
            then = mentions[i + 2]
            if then.has_type_word and rx.chain_gap.match(_gap(text, nxt, then)):
                pairs.append((i, i + 2))
            continue
        if not any(r.match(gap) for r in (rx.chain_gap, rx.chain_verb_gap, rx.issues_programme_gap,
                                          rx.programme_of_gap)):
            continue
        j = i + 1
        pairs.append((i, j))
        while j + 1 < len(mentions) and mentions[j + 1].has_type_word and rx.sibling_gap.match(
                sib := _gap(text, mentions[j], mentions[j + 1])) and ";" not in sib:
            j += 1
            pairs.append((i, j))
    return pairs


_LOCAL_UNIT_KINDS = frozenset({"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"})
_LOCAL_PARTY_BASES = frozenset({"tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy"})


def _local_issuer_of_central(number: str | None, issuer: str) -> bool:
    """blind33: a central Party number ('57-NQ/TW') is no local body's, so a longer 'của' phrase naming one
    is another reading, not a fuller name: in 'Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của Đảng ủy xã
    Nghĩa Tá' the committee is the board's, and the headline's 'của Bộ Chính trị' stays the resolution's."""
    if not number or not number.endswith("/TW"):
        return False
    body = parse_body(new_tone_placement(issuer))
    return body is not None and (body.unit_kind in _LOCAL_UNIT_KINDS or body.base in _LOCAL_PARTY_BASES)


def _issuer_shortens(short: str | None, full: str | None) -> bool:
    if not short or not full:
        return False
    s, f = fold(short), fold(full)
    return f == s or f.startswith(s + " ")


def _committee(name: str | None) -> str | None:
    """A committee without organ or term: 'Ban Chấp hành Đảng bộ tỉnh (khóa XVII)' → 'tỉnh ủy',
    'Ban Thường vụ Tỉnh ủy Nghệ An' → 'tỉnh ủy nghệ an'."""
    if not name:
        return None
    folded = TERM_SUFFIX_RE.sub("", ORGAN_PREFIX_RE.sub("", fold(name)))
    return PARTY_BODY_RE.sub(lambda m: PARTY_COMMITTEE_OF_UNIT[" ".join(m[1].split())], folded).strip()


def _join_split_code(text: str, mentions: list[_Mention]) -> None:
    """'Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016': a blank typed inside the issuer's code cuts the number
    short; when the code with the word after it is a number the text gives whole ('01/2016/TT-BGDĐT'
    above), it is that number."""
    whole = {str(m.number): m.number for m in mentions if m.number is not None}
    for m in mentions:
        if m.number is None or m.number.style == "party":
            continue
        rest = SPLIT_CODE_RE.match(text, m.end)
        joined = whole.get(str(m.number) + rest["rest"]) if rest else None
        if joined is not None:
            m.number, m.end = joined, rest.end()  # type: ignore[union-attr]


def _complete_cut_number(text: str, mentions: list[_Mention]) -> None:
    """A stored page cut off inside its last number ('... được giao tại Quyết định số 2629/QĐ-T'):
    when the text ends there and another mention gives a number that the cut one begins, it is that
    number ('2629/QĐ-TTg', cited in full above); otherwise it stays as written."""
    last = next((m for m in reversed(mentions) if m.number is not None), None)
    if last is None or last.number is None or text[last.end:].strip():
        return
    cut = str(last.number)
    full = {str(m.number): m for m in mentions if m is not last and m.number is not None
            and str(m.number).startswith(cut) and str(m.number) != cut}
    if len(full) == 1:
        whole = next(iter(full.values()))
        last.number, last.doc_type = whole.number, whole.doc_type


def _resolve(mentions: list[_Mention], chain: list[tuple[int, int]]) -> None:
    """Give every mention the key (number, date) of the document it names."""
    dated: dict[str, Key] = {}
    for m in mentions:
        if m.number is not None and m.issued_on is not None:
            dated.setdefault(str(m.number), (str(m.number), m.issued_on))
    for m in mentions:
        if m.number is not None:
            m.key = (str(m.number), m.issued_on) if m.issued_on else dated.get(str(m.number),
                                                                               (str(m.number), None))
    targets: dict[int, set[str]] = {}
    for x, y in chain:
        if mentions[y].number is not None:
            targets.setdefault(x, set()).add(str(mentions[y].number))
    by_key_targets: dict[Key, set[str]] = {}
    for i, m in enumerate(mentions):
        if m.key is not None:
            by_key_targets.setdefault(m.key, set()).update(targets.get(i, set()))
    for i, m in enumerate(mentions):
        if m.number is not None:
            continue
        wanted = targets.get(i, set())
        same = [c for c in mentions if c.number is not None and c.key is not None and c.doc_type == m.doc_type
                and (not wanted or not by_key_targets.get(c.key) or wanted & by_key_targets[c.key])]
        keys = {c.key for c in same if _issuer_shortens(m.issuer, c.issuer)}
        if not keys:  # the same committee under another organ or with its term: 'Ban Thường vụ Tỉnh ủy'
            keys = {c.key for c in same if _issuer_shortens(_committee(m.issuer), _committee(c.issuer))}
        if len(keys) == 1:
            m.key = keys.pop()


def _paragraph_start(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] == "\n"


_LEAD_WINDOW = 1500  # a news lead, an editor's note or a header's number line is near the top


def _own_mentions(rx: _Rx, text: str, mentions: list[_Mention], own: Header, front_end: int) -> set[int]:
    """Mentions that name the document itself, so are never its parent nor a citation.

    The header's number (which a title line 'Kế hoạch số 35-KH/TW ... thực hiện ...' gives when
    there is no header block); else a number line the header could not read ('Số:' / '258/KH-UBND'
    in a flattened table), a news lead or an editor's note ('Tỉnh ủy ... đã ban hành Chương trình
    số 31-CTr/TU về ...', '... vừa có văn bản số 15-CTr/TU về ...', 'Công văn số 4913/VP-KT, ban
    hành ngày 15/6, ...'). Every mention of that number
    is the document, with any date when the own one has none.
    """
    listed = _listed(text, mentions, min(front_end, _LEAD_WINDOW))
    listed |= _listed_again(mentions, listed)
    number, issued = own.number, own.issued_on
    if number is None:
        limit = min(front_end, _LEAD_WINDOW)
        for i, m in enumerate(mentions):
            if m.number is None or m.start >= limit:
                continue
            before = max(0, m.start - 24)
            if not m.has_type_word and rx.own_number_before.search(text, before, m.start):
                break
            if rx.own_lead_after.match(text, m.end):
                break
            if not rx.own_lead_before.search(text, before, m.start):
                continue
            lead = text.rfind("ban", 0, m.start)
            if any(0 <= lead - c.end <= 2 for c in mentions[:i]):  # '... của Chính phủ ban hành Kế hoạch số'
                continue
            if _after_own_bare_lead(rx, text, m):
                continue
            if _title_carries_it_out(own.title, m):
                continue
            if ORDINAL_POINTS_OPENED_RE.search(text, 0, m.start):
                continue  # blind41 b06: under 'Thứ nhất, ...', a result told (as the header reads it)
            if grounds_listed(text, m.start):
                continue  # blind50: under 'Căn cứ ...' lines, one more ground told (as the header reads it)
            break
        else:
            return listed
        number, issued = str(m.number), m.issued_on
    return listed | {i for i, m in enumerate(mentions) if m.number is not None
                     and (str(m.number) == number or _cut_on_number_line(rx, text, m, number)
                          or docnumber.party_written_as_state(m.number) == number  # hyphenparty
                          or _year_inserted(m.number, number, issued))
                     and (issued is None or m.issued_on in (None, issued))}


def _year_inserted(cited: DocNumber, number: str, issued: date | None) -> bool:
    """sweepB: a legal library's headline writes the page's own state number with its year put in ('Quyết định
    số 1961/2019/QĐ-UBND tỉnh Kiên Giang' over 'Số: 1961/QĐ-UBND', issued 2019; realworld s16): the same
    sequence, type and issuer in the own year is the document, not a citation."""
    own = docnumber.try_parse(number)
    return (own is not None and own.year is None and cited.year is not None and issued is not None
            and cited.year == issued.year and (cited.seq, cited.doc_type, cited.issuer, cited.sub)
            == (own.seq, own.doc_type, own.issuer, own.sub))


# --- blind20: a lead recounting the parent the page's title carries out ---
def _title_carries_it_out(title: str | None, m: _Mention) -> bool:
    """blind20: a page titled 'Chương trình hành động ... Thực hiện Nghị quyết số 45-NQ/TW' whose lead says
    'Ngày 24/1/2019, Bộ Chính trị ban hành Nghị quyết số 45-NQ/TW': the lead's number is the parent the title
    carries out, never the page's own."""
    verb = TITLE_CARRIES_OUT_RE.search(title) if title else None
    return verb is not None and title is not None and any(
        n == m.number for _, n in iter_numbers(title[verb.end():], docnumber.ALL_STYLES))


def _listed(text: str, mentions: list[_Mention], limit: int) -> set[int]:
    """blind11: the number cell of a listing before the text ('Số / ký hiệu' / '18/QĐ-MTTQ-BTT') is the
    document's own, even when the portal wrote a code of it differently from the Số line."""
    return {i for i, m in enumerate(mentions) if m.number is not None and m.start < limit
            and not m.has_type_word and LISTING_NUMBER_BEFORE_RE.search(text, max(0, m.start - 40), m.start)}


def _listed_later(text: str, mentions: list[_Mention], issued_on: date | None) -> set[int]:
    """realworld s22: a legal library's related list ('- 2Quyết định 259/QĐ-BGDĐT năm 2023 ...') also names
    documents issued after the page's own (2019): those the text cannot cite. Earlier ones stay citations,
    as the list's other members are labelled (blind3 b26, blind5 b05)."""
    later: set[int] = set()
    if issued_on is None:
        return later
    for i, m in enumerate(mentions):
        line_start = text.rfind("\n", 0, m.start) + 1
        if m.number is None or not RELATED_LIST_ITEM_RE.match(text, line_start):
            continue
        written = RELATED_ITEM_YEAR_RE.match(text, m.end)
        year = m.number.year or (m.issued_on.year if m.issued_on else None) \
            or (int(written["y"]) if written else None)
        if year is not None and year > issued_on.year:
            later.add(i)
    return later


def _replaced_by(text: str, mentions: list[_Mention], own: set[int]) -> set[int]:
    """sweepB: a legal library's status note on the page's own document ('Quyết định 119/QĐ-UBND ... đã được
    thay thế bởi Quyết định 366/QĐ-UBND', '... 02/2011/TTLT-VPCP-BNV ... bị bãi bỏ, thay thế bởi Thông tư liên
    tịch số 01/2015/TTLT-VPCP-BNV') names a document issued after it: the text cannot cite it. The own number
    must open the note's sentence: a basis item's '(đã được sửa đổi, bổ sung bởi Nghị định số 92/2017/NĐ-CP)'
    cites the amending decree (blind30 c04)."""
    out: set[int] = set()
    for i, m in enumerate(mentions):
        before = max(0, m.start - _REPLACED_BY_SPAN)
        if m.number is None or not REPLACED_BY_BEFORE_RE.search(text, before, m.start):
            continue
        opens = max(text.rfind("\n", 0, m.start), text.rfind(". ", 0, m.start)) + 1
        if any(j in own and opens <= mentions[j].start < m.start for j in range(i)):
            out.add(i)
    return out


_REPLACED_BY_SPAN = 60  # 'bị bãi bỏ, thay thế bởi Thông tư liên tịch số ' before the number


def _listed_again(mentions: list[_Mention], listed: set[int]) -> set[int]:
    """blind12: a legal library names the page's document by its listing number in its own headline too ('Kế
    hoạch 09/KH-UBND 2022 chương trình ...' over 'Số hiệu: 09/KH-UBND', while the Số line reads 09/QĐ-UBND):
    every mention of the listed number is the document, not a citation."""
    numbers = {str(mentions[i].number) for i in listed}
    return {i for i, m in enumerate(mentions) if m.number is not None and str(m.number) in numbers}


def _cut_on_number_line(rx: _Rx, text: str, m: _Mention, number: str) -> bool:
    """blind8: the header's 'Số: 255 / BC-BCĐPCGD-' whose last code ('XMC') wrapped to a later line: the own
    number cut short on its own number line is still the document."""
    return number.startswith(f"{m.number}-") and bool(rx.own_number_before.search(text, max(0, m.start - 24),
                                                                                      m.start))


def _after_own_bare_lead(rx: _Rx, text: str, m: _Mention) -> bool:
    """'... ban hành Thông báo số 50 ...' earlier on the page names the document by a bare number: a
    later lead's full number is another document unless it is that one (same type and sequence)."""
    bare = rx.own_bare_lead.search(text, 0, m.start)
    if bare is None or m.number is None:
        return False
    same_type = rx.type_words.get(" ".join(fold(bare["tw"]).split())) == m.number.doc_type
    return not (same_type and bare["seq"] == str(m.number.seq))


def _own_clause(rx: _Rx, text: str, mentions: list[_Mention], own: set[int]) -> list[int]:
    """'... ban hành Chương trình số 31-CTr/TU về Chương trình hành động của Tỉnh ủy thực hiện
    Nghị quyết số 19-NQ/TW': the first document cited after the document itself, in the same
    sentence, right after a carry-out verb, is what it carries out."""
    out: list[int] = []
    for x in sorted(own):
        for y in range(x + 1, len(mentions)):
            m = mentions[y]
            if m.number is None:
                continue
            between = text[mentions[x].end:m.start]
            if y not in own and len(between) <= 200 and "\n" not in between and ". " not in between \
                    and rx.carry_out_before.search(text, max(0, m.start - 30), m.start):
                out.append(y)
            break
    return out


# --- blind20: a purpose clause naming its goals before the parent (LATER_CARRY_OUT_RE) ---
_PURPOSE_SENTENCE_END_RE = re.compile(r"[.;:\n]")


def _purpose_later_parents(text: str, starts: dict[int, int], at: int) -> list[int]:
    """blind20: where a purpose clause's first carry-out verb reached a goal, not a numbered document, the
    starts of the numbered documents its later carry-out verbs reach before the sentence ends."""
    if at in starts:
        return []
    stop = _PURPOSE_SENTENCE_END_RE.search(text, at)
    end = stop.start() if stop else len(text)
    return [v.end() for v in LATER_CARRY_OUT_RE.finditer(text, at, end) if v.end() in starts]


def _continues_citation(rx: _Rx, text: str, ends: list[int], pos: int) -> bool:
    """Whether a carry-out verb at pos continues the cited document just before it."""
    k = bisect.bisect_right(ends, pos) - 1
    return k >= 0 and pos - ends[k] <= 16 and rx.continues_citation.fullmatch(text, ends[k], pos) is not None


def _director(show: str, op: re.Match[str]) -> str | None:
    """'Thực hiện chỉ đạo của Thường trực Tỉnh ủy tại Thông báo số ...': the issuer, named first."""
    return squeeze(show[op.start("director"):op.end("director")]) if op["director"] else None


def _implemented(rx: _Rx, text: str, show: str, mentions: list[_Mention], chain: list[tuple[int, int]],
                 own: set[int], title: str | None = None, warnings: list[str] | None = None,
                 actor: str | None = None) -> list[Key]:
    """Keys of what the title, preamble or lead say the document carries out.

    - 'Thực hiện X' (and 'Triển khai', 'Quán triệt', 'Cụ thể hóa', 'Để tổ chức thực hiện', ...)
      names X and its siblings: 'X và Z', or 'X ...; Z ...' within the clause, which may run on
      over paragraphs that each hold one more item;
    - the document's own type word opening a title or lead: 'Kế hoạch thực hiện Chỉ thị số 05';
    - the document itself in a chain: '... ban hành Chương trình số 31-CTr/TU về thực hiện Y';
    - a 'Trên cơ sở X' or 'thực hiện (đúng thời gian) theo X' sentence, as a 'Căn cứ' item;
    - a state document's 'Căn cứ' item when it is a plan, directive, resolution, programme,
      conclusion, notice or letter (CARRY_OUT_TYPES), or a decision approving a plan or scheme;
      never a law, decree, other decision or an item about the Party statute given as legal basis:
      real UBND plans list what they carry out just before 'Ủy ban nhân dân ... ban hành Kế hoạch'.
    Only when none of these exists, the page's own `actor` (the issuer of a page with no document of its own)
    carrying one out mid-sentence stands in, then a 'căn cứ' inside a sentence ('...; căn cứ Kế hoạch').
    """
    starts = {m.start: i for i, m in enumerate(mentions)}
    ends = sorted(m.end for m in mentions)
    spans = preamble_spans(text)
    found: list[tuple[int, Key]] = []
    unnumbered: list[str] = []
    for a, b in spans:
        for op in rx.implement_opener.finditer(text, a, b):
            if not _continues_citation(rx, text, ends, op.start()) and starts.get(op.end()) not in own:
                _opened(rx, text, mentions, starts, op.end(), None, found, _director(show, op))
                _unnumbered_parent(rx, text, show, mentions, starts, op.end(), unnumbered)
        owned = (op for op in rx.own_title_owner_opener.finditer(text, a, b) if "của" in text[a:b]
                 and not _reported_issue(text, a, op.start()))
        for op in itertools.chain(rx.own_title_opener.finditer(text, a, b), owned):  # blind17: the owned
            k = bisect.bisect_right(ends, op.start()) - 1
            if k < 0 or op.start() - ends[k] > 2 \
                    and not CITED_ISSUES_GAP_RE.fullmatch(text, ends[k], op.start()):
                _opened(rx, text, mentions, starts, op.end(), None, found)  # not '... X (ngày, của Chính
                # phủ) ban hành Kế hoạch thực hiện Y': X's content
                _unnumbered_parent(rx, text, show, mentions, starts, op.end(), unnumbered)  # parentsweep
        for op in rx.basis_item.finditer(text, a, b):
            _opened(rx, text, mentions, starts, op.end(), CARRY_OUT_TYPES, found, _director(show, op))
        if section := BASIS_SECTION_RE.search(text, a, b):  # '1. Quyết định số ...' under 'I. CĂN CỨ ...'
            for op in rx.basis_section_item.finditer(text, section.end(), b):
                _opened(rx, text, mentions, starts, op.end(), CARRY_OUT_TYPES, found)
            for op in BASIS_INLINE_ITEM_RE.finditer(text, section.start(), min(section.end(), b)):
                _opened(rx, text, mentions, starts, op.end(), CARRY_OUT_TYPES, found)
            for m in mentions:  # blind38: items with no mark, each a line of its own ('Kế hoạch số 59/...')
                if section.end() <= m.start < b and m.has_type_word and _paragraph_start(text, m.start):
                    _opened(rx, text, mentions, starts, m.start, CARRY_OUT_TYPES, found)
        for op in rx.follows_item.finditer(text, a, b):
            _opened(rx, text, mentions, starts, op.end(), CARRY_OUT_TYPES, found, _director(show, op))
        for op in rx.purpose_then_carry_out.finditer(text, a, b):  # blind16: 'Để <goal>, thực hiện X, ...'
            _opened(rx, text, mentions, starts, op.end(), None, found, _director(show, op))
            for later in _purpose_later_parents(text, starts, op.end()):
                _opened(rx, text, mentions, starts, later, None, found)
        for op in rx.ordered_carry_out.finditer(text, a, b):
            if op.end() in starts:  # 'yêu cầu các sở ... tổ chức thực hiện Công văn số ...'
                _opened(rx, text, mentions, starts, op.end(), None, found)
    if (at := _own_title_verb_end(text, title, spans)) is not None:
        _opened(rx, text, mentions, starts, at, None, found)
        _unnumbered_parent(rx, text, show, mentions, starts, at, unnumbered)  # parentsweep: 'V/v triển khai'
    if (at := _own_title_purpose_end(text, title, spans)) is not None:
        _opened(rx, text, mentions, starts, at, None, found)
    front_end = spans[0][1]
    for x, y in chain:
        key = mentions[y].key
        if x in own and mentions[x].start < front_end and key is not None:
            found.append((mentions[y].start, key))
    for y in _own_clause(rx, text, mentions, own):
        if mentions[y].start < front_end:
            _opened(rx, text, mentions, starts, mentions[y].start, None, found)
    if not found and (first := FIRST_POINT_TAKES_IN_RE.search(text, front_end)) is not None:
        k = bisect.bisect_left(mentions, first.end(), key=lambda x: x.start)
        near = mentions[k] if k < len(mentions) else None
        if near is not None and near.has_type_word and near.start - first.end() <= _TAKES_IN_REACH \
                and "\n" not in text[first.end():near.start]:
            _opened(rx, text, mentions, starts, near.start, CARRY_OUT_TYPES, found)
    if not found and actor is not None:
        for a, b in spans:
            for at in _actor_carries_out(text, actor, a, b):
                _opened(rx, text, mentions, starts, at, None, found)
    if not found:
        for a, b in spans:
            for op in rx.basis_opener.finditer(text, a, b):
                _opened(rx, text, mentions, starts, op.end(), BASIS_TYPES, found)
    if not found:  # blind37 b03: a basis list that lost its 'Căn cứ' line
        items = [op for a, b in spans for op in HEADLESS_BASIS_ITEM_RE.finditer(text, a, b)]
        if len(items) >= HEADLESS_BASIS_MIN_ITEMS:
            for op in items:
                _opened(rx, text, mentions, starts, op.end(), CARRY_OUT_TYPES, found)
    own_keys = {mentions[i].key for i in own}
    keys: list[Key] = []
    for _, key in sorted(found, key=lambda f: f[0]):
        if key not in keys and key not in own_keys:
            keys.append(key)
    if not keys and warnings is not None:  # only when no parent is known at all
        warnings.extend(dict.fromkeys(unnumbered))  # one clause read by two rules warns once
    return keys


def _unnumbered_parent(rx: _Rx, text: str, show: str, mentions: list[_Mention], starts: dict[int, int],
                       at: int, warnings: list[str]) -> None:
    """'Thực hiện Nghị quyết Trung ương 4 khóa XII, ...', 'Thực hiện Kế hoạch số 37 của ...': the clause
    names a plan or directive it carries out that no number identifies (nor a numbered mention elsewhere),
    so the parent stays unknown and a warning names it rather than a guess. Not the page's own document
    that a news lead gave by a bare number ('... vừa ban hành Kế hoạch số 37 ...' / 'Thực hiện Kế hoạch số
    37, ...')."""
    i = starts.get(at)
    if i is not None and mentions[i].key is not None:
        return
    m = UNNUMBERED_PARENT_RE.match(text, at)
    if m is None or (m["code"] or TYPE_WORDS.get(" ".join(fold(m["tw"]).split()))) not in CARRY_OUT_TYPES:
        return
    if any(at <= x.start < m.end() and x.key is not None for x in mentions):
        return
    bare = rx.own_bare_lead.search(text, 0, at)
    if bare is not None and re.search(rf"(?<![\w]){bare['seq']}(?![\w])", m[0]):
        return
    warnings.append(f"parent named without a number: {squeeze(show[at:m.end()])}")


_TITLE_PROBE_WORDS = 6
_TAKES_IN_REACH = 60  # 'sâu sắc và tổ chức thực hiện nghiêm túc': the verbs before the document


def _own_title_verb_end(text: str, title: str | None, spans: list[tuple[int, int]]) -> int | None:
    """Where the parent starts in the page's own trích yếu when that opens with a carry-out verb
    ('thực hiện Nghị quyết 57-NQ/TW ...'): the header found the title (a heading, a lead that deploys
    or builds the subject's own document, an issuing clause), so what follows its verb is carried
    out, whatever word came before the type word in the text. A letter's subject is read past its 'V/v'.
    blind47 c01: a digest's item, under a numbered point the preamble stops at, gives the title below it;
    there the whole title must stand in the text, not its first words only."""
    if title and (mark := LETTER_SUBJECT_MARK_RE.match(title)) is not None:
        title = title[mark.end():]
    if not title or (OWN_TITLE_CARRIES_OUT_RE.match(title) or OWN_TITLE_SPREADS_RE.match(title)) is None:
        return None
    whole = new_tone_placement(title).split()
    words = whole[:_TITLE_PROBE_WORDS]
    for a, b in spans:
        if (at := find_words(words, text, a, b)) is not None:
            verb = OWN_TITLE_CARRIES_OUT_RE.match(text, at) or OWN_TITLE_SPREADS_RE.match(text, at)
            return verb.end() if verb else None
    if len(whole) > _TITLE_PROBE_WORDS and (at := find_words(whole, text, spans[0][1])) is not None:
        verb = OWN_TITLE_CARRIES_OUT_RE.match(text, at)
        return verb.end() if verb else None
    return None


def _own_title_purpose_end(text: str, title: str | None, spans: list[tuple[int, int]]) -> int | None:
    """blind15: where the parent starts when the page's own trích yếu ends in its purpose ('... nhiệm kỳ
    2024 – 2029 nhằm thực hiện Kế hoạch số 794/KH-MTTW-BTT'): only inside the title the header found, on
    its line, or in the lead that deploys the document when a headline gave the title."""
    if title and OWN_TITLE_PURPOSE_RE.search(title) is not None:
        words = new_tone_placement(title).split()[:_TITLE_PROBE_WORDS]
        for a, b in spans:
            if (at := find_words(words, text, a, b)) is not None:
                line_end = text.find("\n", at)
                line_end = line_end if line_end >= 0 else len(text)
                purpose = OWN_TITLE_PURPOSE_RE.search(text, at, line_end)
                if purpose:
                    return purpose.end()
                break
    for a, b in spans:  # a headline gave the title: the lead deploying the document tells the purpose
        for m in LEAD_DEPLOYS_RE.finditer(text, a, b):
            if parse_body(new_tone_placement(squeeze(m["issuer"]))) is None:
                continue
            purpose = OWN_TITLE_PURPOSE_RE.search(text, m.start("title"), m.end("title"))
            return purpose.end() if purpose else None
    return None


def _clause_end(rx: _Rx, text: str, starts: dict[int, int], mentions: list[_Mention], pos: int) -> int:
    """The end of an opener's clause: its paragraph, and the next ones while a paragraph ends in
    ';' or ',' and the next opens with one more cited document ('Thực hiện A;' / 'B;' / 'C, ...'),
    or while a paragraph stops mid-sentence (a wrap the line joining did not repair) and the next
    opens no sentence of its own."""
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            return len(text)
        tail = text[max(0, nl - 3):nl].rstrip()
        nxt = starts.get(nl + 1)
        if tail.endswith((";", ",")) and nxt is not None and mentions[nxt].has_type_word:
            pos = nl + 1
            continue
        if tail[-1:].isalnum() and rx.wrapped_on.match(text, nl + 1):
            pos = nl + 1
            continue
        return nl


def _carries_out(rx: _Rx, text: str, m: _Mention, types: frozenset[str]) -> bool:
    """Whether a 'Căn cứ' item is carried out rather than legal basis: one of `types` and not a
    National Assembly act ('Nghị quyết số 56/2017/QH14'), or a decision that approves or issues a
    plan, programme or scheme. A provincial council's resolution with a year in its number
    ('14/2016/NQ-HĐND') is carried out like any other resolution; an item about the Party statute or
    an organisation's duties is legal basis whatever its type."""
    number = m.number
    if number is not None and (str(number.style) == "law" or number.issuer.startswith(("QH", "UBTVQH"))):
        return False
    if types is CARRY_OUT_TYPES and rx.statute_about.match(text, m.end):
        return False
    if types is BASIS_TYPES and m.doc_type in ENFORCING_TYPES and ENFORCES_LAW_RE.match(text, m.end):
        return False  # blind24: 'Căn cứ Nghị quyết số 11/NQ-CP ... về triển khai thi hành Luật Quy hoạch'
    if m.doc_type in types:
        return True
    return m.doc_type == "QĐ" and types is CARRY_OUT_TYPES and rx.approves.match(text, m.end) is not None


def _actor_carries_out(text: str, actor: str, a: int, b: int) -> Iterator[int]:
    """blind41 b02: where an activity report with no document of its own says its issuer 'đã (chủ động)
    triển khai thực hiện X', X is what the page reports carrying out, as a 'Thực hiện X' opening would say;
    the subject must be that issuer itself (the same body and place), never another body telling its work."""
    want = parse_body(new_tone_placement(actor))
    if want is None:
        return
    for op in ACTOR_CARRIES_OUT_RE.finditer(text, a, b):
        starts = [e.end() for e in SENTENCE_BREAK_RE.finditer(text, a, op.start())]
        subject = text[starts[-1] if starts else a:op.start()].strip()
        said = parse_body(new_tone_placement(subject)) if subject else None
        if said is not None and (fold(said.base or ""), fold(said.place or "")) \
                == (fold(want.base or ""), fold(want.place or "")):
            yield op.end()


def _opened(rx: _Rx, text: str, mentions: list[_Mention], starts: dict[int, int], at: int,
            types: frozenset[str] | None, found: list[tuple[int, Key]], director: str | None = None) -> None:
    if at not in starts and (lead_in := OPENED_LEAD_IN_RE.match(text, at)) is not None:
        at = lead_in.end()  # implgaps: 'các Nghị quyết số ...', '“Nghị quyết số ...”'
        director = director or (squeeze(lead_in["owner"]) if lead_in["owner"] else None)  # blind52
    clause_end = _clause_end(rx, text, starts, mentions, at)
    _conjoined(rx, text, mentions, at, clause_end, types, found)
    i = starts.get(at)
    if i is not None and mentions[i].key is None and i + 1 < len(mentions) \
            and mentions[i + 1].start < clause_end and _named_at(text, at, mentions[i + 1]):
        i += 1  # blind17: 'Chương trình hành động của Chính phủ ban hành theo Nghị quyết số 102/NQ-CP'
    if i is None:  # 'Thực hiện Kế hoạch số 47 ...; Nghị quyết số 19-NQ/TW': the first has no number
        for j in range(bisect.bisect_right(mentions, at, key=lambda x: x.start), len(mentions)):
            m = mentions[j]
            if m.start >= clause_end:
                return
            if m.has_type_word and rx.after_list_mark.search(text, max(0, m.start - 6), m.start):
                i = j
                break
            if _named_at(text, at, m):
                i = j
                break
        else:
            return
    group = [i]
    for j in range(i + 1, len(mentions)):
        m = mentions[j]
        if m.start >= clause_end:
            break
        before = mentions[j - 1]
        gap = _gap(text, before, m)
        joined_to_before = rx.sibling_gap.match(gap) and ";" not in gap
        bare_item = not m.has_type_word and (_listed_without_type_word(rx, text, m)
                                             or _same_type_sibling(before, m, group[-1] == j - 1, gap)) \
            or _sentence_item(text, m)
        if not (m.has_type_word or bare_item) or (joined_to_before and group[-1] != j - 1):
            continue  # 'X ... về thực hiện A và B': B goes with A, inside X's clause; '; B' is X's sibling
        listed = rx.after_list_mark.search(text, max(0, m.start - 6), m.start) is not None \
            and SENTENCE_STOP_RE.search(text, mentions[group[-1]].end, m.start) is None
        if bare_item or joined_to_before or listed or _paragraph_start(text, m.start):
            group.append(j)
    for j in group:
        m = mentions[j]
        if director and not m.issuer:
            m.issuer = director
        if m.key is None:
            continue
        if types is not None and not _carries_out(rx, text, m, types):
            continue
        found.append((m.start, m.key))


_REPORTED_REACH = 80  # 'Năm 2023, Sở đã tham mưu UBND tỉnh ': the report's verb before the plan issued
_NAMED_AT_REACH = 120  # 'Chương trình hành động của Chính phủ ban hành theo ': the programme's name
_TITLED_REACH = 260  # leftovers s11: 'Đề án <its title> đã được Thủ tướng Chính phủ phê duyệt tại '


def _reported_issue(text: str, start: int, at: int) -> bool:
    return REPORTED_ISSUE_BEFORE_RE.search(text, max(start, at - _REPORTED_REACH), at) is not None


def _named_at(text: str, at: int, m: _Mention) -> bool:
    """blind17: the parent a carry-out verb opens is m though m does not start there: the unnumbered programme
    m issues ('Chương trình hành động của Chính phủ ban hành theo Nghị quyết số 102/NQ-CP'), or m's own type
    code written for its type word ('NQ 33-NQ/TW')."""
    if m.start - at > _NAMED_AT_REACH:
        return (m.start - at <= _TITLED_REACH and m.has_type_word
                and ISSUED_BY_TITLED_GAP_RE.fullmatch(text, at, m.start) is not None)
    if m.has_type_word:
        issued = ISSUED_BY_GAP_RE.fullmatch(text, at, m.start)
        if issued is None:
            return ISSUED_BY_TITLED_GAP_RE.fullmatch(text, at, m.start) is not None
        if issued["owner"] and m.issuer is None and parse_body(issued["owner"]):
            m.issuer = squeeze(issued["owner"])  # the Government's programme: the Government's resolution
        return True
    code = TYPE_CODE_GAP_RE.fullmatch(text, at, m.start)
    return code is not None and m.number is not None and code["code"] == m.number.doc_type


def _sentence_item(text: str, m: _Mention) -> bool:
    """blind19: '... nhiệm kỳ 2022 - 2025. Kế hoạch số 40-KH/ĐU ngày 25/3/2022 của Đảng bộ xã Mỹ Hưng ...': a
    sentence that opens with one more cited document, numbered and dated or with its issuer, is the list's
    next item (a full stop typed for ';'); a sentence with a word of its own before the document is none."""
    return (m.has_type_word and m.key is not None and (m.issued_on is not None or m.issuer is not None)
            and LIST_ITEM_AFTER_STOP_RE.search(text, max(0, m.start - 4), m.start) is not None)


def _same_type_sibling(before: _Mention, m: _Mention, before_taken: bool, gap: str) -> bool:
    """implgaps: 'Thực hiện (các) Nghị quyết số 18-NQ/TW, 19-NQ/TW ngày 25/10/2017 ...': a bare number right
    after a taken one, joined by a comma or 'và', with the same type code, is one more document under the
    same type word."""
    return (before_taken and m.number is not None and before.number is not None
            and m.number.doc_type is not None and m.number.doc_type == before.number.doc_type
            and m.number.style == before.number.style and SAME_TYPE_SIBLING_GAP_RE.fullmatch(gap) is not None)


def _listed_without_type_word(rx: _Rx, text: str, m: _Mention) -> bool:
    """blind16: '...; Chthị 33/CT-TTg ngày 21 tháng 7 năm 2017 của Thủ tướng Chính phủ ...': a list item whose
    type word was lost, still a document by its own number's type code and the date or issuer after it."""
    number = m.number
    return (number is not None and number.doc_type is not None and number.style in ("party", "state", "front")
            and (m.issued_on is not None or m.issuer is not None)
            and rx.list_item_without_type_word.search(text, max(0, m.start - 24), m.start) is not None)


def _later(m: _Mention, p: _Mention) -> bool:
    """m is dated after p: p's own subject ('về ...') cannot be carrying m out, so a carry-out verb
    before m belongs to the document's clause ('Tiếp tục thực hiện Nghị quyết số 30c/NQ-CP ngày
    08/11/2011 ... về ... và triển khai thực hiện Nghị quyết số 36a/NQ-CP ngày 14/10/2015')."""
    dm = m.key[1] if m.key else None
    dp = p.key[1] if p.key else None
    return dm is not None and dp is not None and dm > dp


def _conjoined(rx: _Rx, text: str, mentions: list[_Mention], at: int, clause_end: int,
               types: frozenset[str] | None, found: list[tuple[int, Key]]) -> None:
    """'Để thực hiện nghiêm các văn bản chỉ đạo ... và thực hiện Thông báo số 935/TB-UBND ...': a
    mention right after a second carry-out verb joined to the opener's clause is one more parent,
    unless a cited document's 'về ...' runs between (then the verb is that document's content) and
    that document is not older than the mention (an older one cannot carry a newer one out)."""
    lo = bisect.bisect_left(mentions, at, key=lambda x: x.start)
    for j in range(lo, len(mentions)):
        m = mentions[j]
        if m.start >= clause_end:
            return
        if m.start == at or m.key is None or not m.has_type_word:
            continue
        joined = rx.conjoined_carry_out.search(text, max(at, m.start - 80), m.start)
        if joined is None:
            continue
        if any(p.key is not None and not _later(m, p) and rx.about_word.search(text, p.end, m.start)
               for p in mentions[lo:j]):
            continue
        if joined["director"] and not m.issuer:  # blind11: '... và chỉ đạo của UBND tỉnh tại văn bản số ...'
            m.issuer = squeeze(joined["director"])
        if types is None or _carries_out(rx, text, m, types):
            found.append((m.start, m.key))




def _congress_resolution(header: Header) -> bool:
    """sweepD: a congress's resolution carries out no document: a page studying it ('Đảng bộ xã Quảng Bình
    tổ chức hội nghị học tập, quán triệt và triển khai Nghị quyết Đại hội ...; Triển khai ... Chỉ thị số
    50-CT/TW ...', a Thanh Hóa paper) deploys other documents at the same session, which the resolution only
    sits beside (blind35 b05, b07 label them citations)."""
    return header.doc_type == "NQ" and header.number is None and bool(header.title) \
        and CONGRESS_OWN_TITLE_RE.match(header.title or "") is not None


def _plain_spaces(text: str) -> str:
    """Odd spaces to ' ', by a pass that runs only when one occurs (most texts have none)."""
    return ODD_SPACE_RE.sub(" ", text) if any(c in text for c in ODD_SPACE_CHARS) else text


def extract_references(paragraphs: list[str], header: Header) -> References:
    show = "\n".join(paragraphs)
    # A page that escaped its line breaks twice ('...;\\r\\nCăn cứ ...') still has lines: the escapes
    # become blanks and a newline, one character for one.
    text = _plain_spaces(matching_text(paragraphs)).replace("\\r\\n", "   \n").replace("\\n", " \n")
    if len(text) != len(show):  # offsets must agree; only non-NFC input could break that
        show = text
    warnings: list[str] = []
    rx = _patterns_for(text)
    if rx.stripped:
        text = text.translate(_ASCII)
    mentions = _find_mentions(rx, text, show, warnings)
    _complete_cut_number(text, mentions)
    _join_split_code(text, mentions)
    raw_chain = _raw_chain(rx, text, mentions)
    _resolve(mentions, raw_chain)
    own = _own_mentions(rx, text, mentions, header, preamble_spans(text)[0][1])
    actor = header.issuer.name if header.issuer and header.number is None and not rx.stripped else None
    implemented = [] if _congress_resolution(header) else \
        _implemented(rx, text, show, mentions, raw_chain, own, None if rx.stripped else header.title,
                     None if rx.stripped else warnings, actor)
    for i in own | _listed_later(text, mentions, header.issued_on) | _replaced_by(text, mentions, own):
        mentions[i].key = None

    refs: dict[Key, Ref] = {}
    for m in mentions:
        if m.key is None:
            continue
        ref = refs.get(m.key)
        if m.number is None:
            continue
        if ref is None:
            refs[m.key] = Ref(number=m.key[0], doc_type=m.doc_type, issued_on=m.key[1], issuer=m.issuer,
                              text=squeeze(show[m.start:m.end]))
    # The fullest issuer phrase of any mention, an unnumbered one included: 'Tỉnh ủy' in the
    # title, 'Ban Thường vụ Tỉnh ủy Nghệ An' in the preamble.
    for m in mentions:
        ref = refs.get(m.key) if m.key else None
        if m.key and ref is not None and m.issuer and len(m.issuer) > len(ref.issuer or "") \
                and not _local_issuer_of_central(ref.number, m.issuer):
            refs[m.key] = ref.model_copy(update={"issuer": m.issuer})

    chain: list[tuple[Ref, Ref]] = []
    seen: set[tuple[Key, Key]] = set()
    for x, y in raw_chain:
        kx, ky = mentions[x].key, mentions[y].key
        if kx is None or ky is None or kx == ky or (kx, ky) in seen or kx not in refs or ky not in refs:
            continue
        seen.add((kx, ky))
        chain.append((refs[kx], refs[ky]))

    implements = [refs[k] for k in implemented if k in refs]
    return References(implements=implements, citations=list(refs.values()), chain=chain,
                      warnings=list(dict.fromkeys(warnings)))


def cited_title(citation: str, texts: list[str]) -> str | None:
    """The cited document's own title when a citing text goes on after the citation with 'về ...'.

    A stub knows only what citations say: '... thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của Ban
    Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống ...' titles 43-NQ/TW.
    """
    if not citation:
        return None
    for text in texts:
        at = text.find(citation) if text else -1
        if at < 0:
            continue
        m = CITED_TITLE_TAIL_RE.match(text[at + len(citation):])
        if m:
            return " ".join(m["title"].split()).rstrip(" .;,") or None
    return None
