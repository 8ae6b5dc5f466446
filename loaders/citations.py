"""Citations, implements and chain: every document the text names, and how they derive.

One scan of the whole text finds numbered mentions ('Nghị quyết số 43-NQ/TW ngày 24/11/2023 của
...') and unnumbered ones ('Chương trình hành động của Ban Thường vụ Thành ủy'). Then:
- an unnumbered mention is the numbered mention of the same type whose issuer phrase it shortens
  (DOMAIN §2), when exactly one such document exists and its own chain does not contradict it;
- one entry per (number, date): the same number with two dates is two documents (19-NQ/TW 2017 and
  2022), and a mention without a date is the dated one;
- 'X ... về thực hiện Y' between adjacent mentions is a chain pair X → Y;
- 'Thực hiện X' where a sentence of the title or preamble starts names what the document implements;
  only X and its siblings ('X và Z'), never the documents nested in X's own clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from loaders.docnumber import DocNumber, iter_numbers
from loaders.header import Header, matching_text, preamble_spans
from loaders.normalise import fold, squeeze
from loaders.patterns import (
    BASIS_OPENER_RE,
    BASIS_TYPES,
    CHAIN_GAP_RE,
    DATE_AFTER_NUMBER_RE,
    ISSUER_AFTER_RE,
    LIST_GAP_RE,
    OF_RE,
    OPENER_RE,
    SIBLING_GAP_RE,
    TYPE_WORD_BEFORE_RE,
    TYPE_WORD_WINDOW,
    TYPE_WORDS,
    UNNUMBERED_BEFORE_RE,
)
from loaders.records import Ref

# 'Thực hiện X ... về A; Y ...', 'Thực hiện X ... về A và Y ...': Y, listed right after a mark, is
# carried out too; '...; căn cứ Y', '... gắn với Y' are not listed.
_AFTER_LIST_MARK = re.compile(r"(?:[;,]|\svà)\s*\Z")


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


def _type_code(words: str) -> str | None:
    return TYPE_WORDS.get(fold(words))


def _find_mentions(text: str, show: str, warnings: list[str]) -> list[_Mention]:
    """Every numbered and unnumbered mention, in text order."""
    found: list[_Mention] = []
    for m, number in iter_numbers(text):
        start = m.start()
        tw = TYPE_WORD_BEFORE_RE.search(text, max(0, start - TYPE_WORD_WINDOW), start)
        if tw:
            start = tw.start()
        mention = _Mention(start, m.end(), number, number.doc_type, has_type_word=tw is not None)
        dm = DATE_AFTER_NUMBER_RE.match(text, m.end())
        if dm:
            mention.issued_on, written = parse_date(dm)
            mention.end = dm.end()
            if mention.issued_on is None:
                warnings.append(f"impossible date {written} in citation {number}")
        im = ISSUER_AFTER_RE.match(text, mention.end)
        if im:
            mention.issuer = squeeze(show[im.start("issuer"):im.end("issuer")])
            mention.end = im.end()
        found.append(mention)
    for of in OF_RE.finditer(text):
        c = of.start()
        if c == 0 or not text[c - 1].isspace():
            continue
        tw = UNNUMBERED_BEFORE_RE.search(text, max(0, c - TYPE_WORD_WINDOW), c)
        im = ISSUER_AFTER_RE.match(text, c) if tw else None
        if tw is None or im is None:
            continue
        issuer = squeeze(show[im.start("issuer"):im.end("issuer")])
        found.append(_Mention(tw.start(), im.end(), None, _type_code(tw["tw"]), issuer=issuer,
                              has_type_word=True))
    found.sort(key=lambda x: x.start)
    _share_list_context(text, found)
    return found


def _share_list_context(text: str, mentions: list[_Mention]) -> None:
    """'Quyết định số 217-QĐ/TW, 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị': the date and issuer
    written once after a list of bare numbers belong to each of them."""
    for i in range(len(mentions) - 2, -1, -1):
        a, b = mentions[i], mentions[i + 1]
        if (a.number is None or b.number is None or b.has_type_word or a.issued_on or a.issuer
                or not LIST_GAP_RE.match(text[a.end:b.start])):
            continue
        a.issued_on, a.issuer = b.issued_on, b.issuer


_MAX_GAP = 60  # 'X ... về việc tiếp tục triển khai thực hiện Y' is far shorter


def _gap(text: str, a: _Mention, b: _Mention) -> str:
    return text[a.end:b.start] if 0 <= b.start - a.end <= _MAX_GAP else "\0"


def _raw_chain(text: str, mentions: list[_Mention]) -> list[tuple[int, int]]:
    """Index pairs (x, y) for 'X ... về thực hiện Y', with Y's siblings ('Y và Z') as well."""
    pairs: list[tuple[int, int]] = []
    for i in range(len(mentions) - 1):
        nxt = mentions[i + 1]
        if not nxt.has_type_word or not CHAIN_GAP_RE.match(_gap(text, mentions[i], nxt)):
            continue
        j = i + 1
        pairs.append((i, j))
        while j + 1 < len(mentions) and mentions[j + 1].has_type_word and SIBLING_GAP_RE.match(
                _gap(text, mentions[j], mentions[j + 1])):
            j += 1
            pairs.append((i, j))
    return pairs


def _issuer_shortens(short: str | None, full: str | None) -> bool:
    if not short or not full:
        return False
    s, f = fold(short), fold(full)
    return f == s or f.startswith(s + " ")


def _resolve(mentions: list[_Mention], chain: list[tuple[int, int]], own: Header) -> None:
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
        keys = {
            c.key for c in mentions
            if c.number is not None and c.key is not None and c.doc_type == m.doc_type
            and _issuer_shortens(m.issuer, c.issuer)
            and (not wanted or not by_key_targets.get(c.key) or wanted & by_key_targets[c.key])
        }
        if len(keys) == 1:
            m.key = keys.pop()
    if own.number:
        for m in mentions:
            if m.key and m.key[0] == own.number and m.key[1] in (None, own.issued_on):
                m.key = None


def _implemented(text: str, mentions: list[_Mention]) -> list[Key]:
    """Keys of what the title and preamble say the document carries out.

    'Thực hiện X' names X, and its siblings: 'X và Z', or 'X ...; Z ...' within the clause. Only when
    no such clause exists, a 'Căn cứ X' whose X is a resolution, plan, programme, directive or
    conclusion stands in for it: commune plans often write 'Căn cứ Kế hoạch số ... của UBND huyện'
    for the plan they carry out.
    """
    starts = {m.start: i for i, m in enumerate(mentions)}
    spans = preamble_spans(text)
    keys: list[Key] = []
    for opener_re, types in ((OPENER_RE, None), (BASIS_OPENER_RE, BASIS_TYPES)):
        for a, b in spans:
            _opened(text, mentions, starts, opener_re.finditer(text, a, b), types, keys)
        if keys:
            break
    return keys


def _opened(text: str, mentions: list[_Mention], starts: dict[int, int],
            openers: Iterator[re.Match[str]], types: frozenset[str] | None, keys: list[Key]) -> None:
    for op in openers:
        i = starts.get(op.end())
        if i is None:
            continue
        nl = text.find("\n", op.end())
        clause_end = len(text) if nl < 0 else nl
        group = [i]
        for j in range(i + 1, len(mentions)):
            m = mentions[j]
            if m.start >= clause_end:
                break
            before = mentions[j - 1]
            joined_to_before = SIBLING_GAP_RE.match(_gap(text, before, m))
            if not m.has_type_word or (joined_to_before and group[-1] != j - 1):
                continue  # 'X ... về thực hiện A và B': B goes with A, inside X's clause
            if joined_to_before or _AFTER_LIST_MARK.search(text, max(0, m.start - 6), m.start):
                group.append(j)
        for j in group:
            key = mentions[j].key
            if key is not None and key not in keys and (types is None or mentions[j].doc_type in types):
                keys.append(key)


def extract_references(paragraphs: list[str], header: Header) -> References:
    show = "\n".join(paragraphs)
    text = matching_text(paragraphs)
    if len(text) != len(show):  # offsets must agree; only non-NFC input could break that
        show = text
    warnings: list[str] = []
    mentions = _find_mentions(text, show, warnings)
    raw_chain = _raw_chain(text, mentions)
    _resolve(mentions, raw_chain, header)

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
        if m.key and ref is not None and m.issuer and len(m.issuer) > len(ref.issuer or ""):
            refs[m.key] = ref.model_copy(update={"issuer": m.issuer})

    chain: list[tuple[Ref, Ref]] = []
    seen: set[tuple[Key, Key]] = set()
    for x, y in raw_chain:
        kx, ky = mentions[x].key, mentions[y].key
        if kx is None or ky is None or kx == ky or (kx, ky) in seen or kx not in refs or ky not in refs:
            continue
        seen.add((kx, ky))
        chain.append((refs[kx], refs[ky]))

    implements = [refs[k] for k in _implemented(text, mentions) if k in refs]
    return References(implements=implements, citations=list(refs.values()), chain=chain,
                      warnings=list(dict.fromkeys(warnings)))
