"""Every regular expression the parser uses, as verbose, commented, named-group constants.

Two sections: document numbers, dates, citations and header lines (first); outline markers,
responsibility phrases and deadlines (second). Compose new patterns from the helpers here rather
than writing a second copy of a pattern in a stage module.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

_ANYWHERE = 2**63 - 1  # `re`'s own default endpos: the string's end


class HintedPattern:
    """A pattern tried only when its hint, a part that every match holds, occurs in the searched range.

    A pattern that opens with a look-behind, a name or an IGNORECASE word is tried by `re` at every
    position; a hint that opens on a literal is found by a scan that skips to it. Where most texts hold no
    hint, the pattern is not run at all. The hint has no anchor and no look-around, so when a match lies
    in [pos, endpos) the hint is found there too: the answers are the pattern's own."""

    __slots__ = ("pattern", "hint")

    def __init__(self, pattern: re.Pattern[str], hint: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.hint = re.compile(hint, flags)

    def search(self, string: str, pos: int = 0, endpos: int = _ANYWHERE) -> re.Match[str] | None:
        return self.pattern.search(string, pos, endpos) if self.hint.search(string, pos, endpos) else None

    def match(self, string: str, pos: int = 0, endpos: int = _ANYWHERE) -> re.Match[str] | None:
        return self.pattern.match(string, pos, endpos) if self.hint.search(string, pos, endpos) else None

    def finditer(self, string: str, pos: int = 0, endpos: int = _ANYWHERE) -> Iterator[re.Match[str]]:
        if self.hint.search(string, pos, endpos) is None:
            return iter(())
        return self.pattern.finditer(string, pos, endpos)



def _opening(words: list[str]) -> str:
    """A look-ahead for any of `words` (IGNORECASE), grouped by first letter so `re` tries one group
    after a blank, and first checks the letter by a class; none when a word is empty (damaged text)."""
    if "" in words:
        return ""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    alternatives = "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items())
    return f"(?=(?i:[{''.join(groups)}]))(?=(?i:{alternatives}))"


class StartedPattern:
    r"""`finditer` of a pattern that only starts a match at a word, from a scan for its first words.

    The pattern opens with a guard that admits only the text's start or one character of `before` before
    it (`_AFTER_BLANK_OR_STOP`: a blank or stop; `(?<![\w])`: `\W`), then one of a few words (IGNORECASE);
    `re` can skip to neither, so it tries the whole pattern at every position. `starts` finds a `before`
    character followed by one of those words by a scan for that character, and the pattern is matched
    there alone: the same matches, in the same order, as `pattern.finditer`."""

    __slots__ = ("pattern", "words", "before", "starts")

    def __init__(self, pattern: re.Pattern[str], words: str, before: str = r"[\s.;:]") -> None:
        self.pattern = pattern
        self.words = words  # every first word a match can open with, as an alternation
        self.before = before  # the class of the one character the guard admits before a match
        self.starts = re.compile(rf"{before}{_opening(words.split('|'))}")

    def finditer(self, string: str, pos: int = 0, endpos: int = _ANYWHERE) -> Iterator[re.Match[str]]:
        end = pos
        if pos == 0 and (m := self.pattern.match(string, 0, endpos)):
            end = m.end()
            yield m
        for s in self.starts.finditer(string, max(pos - 1, 0), endpos):
            if s.end() >= end and (m := self.pattern.match(string, s.end(), endpos)):
                end = m.end()
                yield m

    def translate(self, table: dict[int, str | None]) -> StartedPattern:
        """The copy for damaged text: both patterns translated alike keep the first words a cover."""
        return StartedPattern(re.compile(self.pattern.pattern.translate(table), self.pattern.flags),
                              self.words.translate(table), self.before)

# Letters that IGNORECASE equates beyond their lower case ('ı' with 'i', 'ſ' with 's', Greek and Cyrillic
# variants): `re`'s own table (`re._casefix`, Python 3.11), without 'i' and 's' themselves.
_EXTRA_FOLDS = frozenset("µıſͅΐΰβεθικμπρςσφϐϑϕϖϰϱϵвдостъѣᲀᲁᲂᲃᲄᲅᲆᲇᲈṡẛιΐΰꙋﬅﬆ")


def find_words(words: list[str], text: str, pos: int = 0, endpos: int = _ANYWHERE) -> int | None:
    r"""Where `re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE).search(text, pos, endpos)`
    starts, without compiling: a page's own title is probed once, so the pattern was compiled for each page.

    On lower-cased text both sides compare as IGNORECASE does, unless lower-casing changes a length ('İ')
    or a letter has an extra fold: then the pattern itself answers."""
    span = text[pos:endpos]
    low = span.lower()
    lows = [w.lower() for w in words]
    joined = "".join(lows)  # lower-casing only lengthens, so equal totals mean every word kept its length
    if not words or len(low) != len(span) or len(joined) != sum(map(len, words)) \
            or not _EXTRA_FOLDS.isdisjoint(low) or not _EXTRA_FOLDS.isdisjoint(joined):
        m = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE).search(text, pos, endpos)
        return m.start() if m else None
    first, rest = lows[0], lows[1:]
    at = low.find(first)
    while at >= 0:
        end = at + len(first)
        for w in rest:
            blank = end
            while blank < len(low) and low[blank].isspace():
                blank += 1
            if blank == end or not low.startswith(w, blank):
                break
            end = blank + len(w)
        else:
            return pos + at
        at = low.find(first, at + 1)
    return None


# ---------------------------------------------------------------------------
# Section 1: numbers, dates, citations, header, recipients
# ---------------------------------------------------------------------------
# Section 1 patterns run on tone-normalised text (`normalise.new_tone_placement`: 'uỷ' → 'ủy'),
# which keeps every offset, so a match's span slices the display text unchanged.


def _vietnamese_letters(upper: bool) -> str:
    """Every precomposed Vietnamese letter of one case, as a character-class body."""
    import unicodedata

    bases = "aăâeêioôơuưy"
    marks = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    letters = {unicodedata.normalize("NFC", b + m) for b in bases for m in marks}
    letters |= set("bcdđfghjklmnpqrstvwxz")
    chars = sorted(c.upper() if upper else c for c in letters)
    return "".join(chars)


UPPER = _vietnamese_letters(upper=True)
LOWER = _vietnamese_letters(upper=False)
# --- blind32 normalise: a word's final consonants split off by a legal library's markup ---
# The library cuts a word around a letter its markup styled: the signer 'CHỦ TỊCH Đặ ng Văn Minh', 'Qu ả ng
# Ngãi'. 'ng', 'nh' and 'ch' are never a word of their own: one right after a vowel and before a capital or
# a stop ends that word (before a small letter it may open the next: 'ng ười'); a single letter ('điểm c',
# '100 m') is left alone.
_VOWELS = "".join(c for c in LOWER + UPPER if c.lower() not in "bcdđfghjklmnpqrstvwxz")
# ocrsplit: the same cut after a word's marked vowel leaves its closing vowel alone ('Xã hộ i ,', blind32 d08;
# 'GIẢ I PHÁP'), or its last consonant ('Nơi nhậ n:', 'cá c tổ chức', 'Kế hoạc h', 'côn g'): a lone 'i', 'u',
# 'o' or small consonant right after a marked vowel ends that word, and so does a lone 'h' after 'c' or 'n' or
# a lone 'g' after 'n' (no word of their own; a point's letter follows 'điểm'); a consonant ending a line is
# left ('đặc biệt là p' is a cut excerpt, unseen m34). Not 'y' ('cơ sở y tế', 'BỘ Y TẾ'), nor a capital 'I'
# after 'THỨ', 'QUÝ', 'KỲ' ('LẦN THỨ I', 'QUÝ I NĂM 2024', 'HỌC KỲ I'); a final consonant before a figure is a
# date word's ('thá ng 05').
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_TONED = "".join(c for c in _VOWELS if any(m in unicodedata.normalize("NFD", c) for m in _TONE_MARKS))
_STOP_AFTER = r"(?:[ \t]*[,.;:)|]|[ \t]*$)"
_TAIL_END = rf"(?:[ \t]+(?![{_VOWELS}])|{_STOP_AFTER})"  # a vowel after it: the next word's head ('h uyện')
# The blank first, the vowel looked behind at: a literal opening is scanned fast. A blank is one character
# in five, so what every branch takes after it is checked at once, not branch by branch: one of its letters
# ('[iuo]', '[nmctp]', 'h', 'H', 'g', 'G', '[IUO]'), or 'ng|nh|ch', then a blank, a stop, the line's end or
# the text's (parsespeed5 checked the letter: the cost halved; parsespeed6 the end too, since a word goes on
# after nearly every blank: a quarter of that on synthetic plans).
SPLIT_WORD_TAIL_RE = re.compile(
    rf"""\ (?=[cghimnoptuGHIOU][gh]?(?:[ \t,.;:)|\n]|\Z))
    (?:(?<=[{_VOWELS}]\ )(?=(?:ng|nh|ch)(?:[ \t]+[{UPPER}\d]|{_STOP_AFTER}))  # 'Đặ ng', 'thá ng 05'
      |(?<=[{_TONED}]\ )(?<![{UPPER}]\ )(?<!\s[^\W\d_]\ )                          # not 'K Ế  H O Ạ C H'
       (?=[iuo](?:[ \t]+[^\W\d_]|{_STOP_AFTER})                                   # 'hộ i ,'
          |[nmctp](?:[ \t]+[{LOWER}]|[ \t]*[,.;:)|]))                              # 'cá c tổ'
      |(?<=[^\W\d_][cn]\ )(?=h{_TAIL_END})|(?<=[^\W\d_][CN]\ )(?=H{_TAIL_END})         # 'hoạc h'
      |(?<=[^\W\d_]n\ )(?=g{_TAIL_END})|(?<=[^\W\d_]N\ )(?=G{_TAIL_END})                # 'côn g'
      |(?<=[{_TONED}]\ )(?<![{LOWER}]\ )(?<!THỨ\ )(?<!QUÝ\ )(?<!KỲ\ )(?<!\s[^\W\d_]\ )
       (?=[IUO](?:[ \t]+[{UPPER}]|{_STOP_AFTER})))                                   # 'GIẢ I PHÁP'
    """,
    re.MULTILINE | re.VERBOSE,
)
# ocrsplit: a Roman section mark cut by a blank at a line's start ('I II. NHIỆM VỤ' for 'III.', seed 003 under
# ocr_split_words); the two parts must make one numeral up to XX ('I V.' is 'IV.'), and no line opens so.
_ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
                   "XV", "XVI", "XVII", "XVIII", "XIX", "XX")
_ROMAN_MARKS = "|".join(sorted(_ROMAN_NUMERALS, key=len, reverse=True))
# The numeral's first letter opens it and the line's start is looked behind at: `re` skips to a class, where
# a '^' is tried at every position.
SPLIT_ROMAN_MARK_RE = re.compile(r"(?P<a>[IVX](?<![^\n][IVX])[IVX]{0,3}) (?P<b>[IVX]{1,4})(?=\.[ \t])")
ROMAN_MARK_RE = re.compile(rf"(?:{_ROMAN_MARKS})")


def _literal_trie(words: list[str]) -> str:
    """An alternation of literal `words`, none a prefix of another, each shared prefix written once: `re`
    checks a letter and follows one branch, where a flat alternation tries every word in turn. No two of
    the words can match at one position, so the matches are the flat alternation's."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    parts = []
    for first, rests in groups.items():
        if len(rests) > 1 and "" in rests:
            raise ValueError(f"a word is a prefix of another: {first + min(rests, key=len)!r}")
        rest = f"(?:{_literal_trie(rests)})" if len(rests) > 1 else re.escape(rests[0])
        parts.append(re.escape(first) + rest)
    return "|".join(parts)


# ocrsplit: a date's word cut by one blank before its figure ('ngà y 04', 'nă m 2013', 'th áng 5'); only whole
# date words, so nothing else is joined. As a trie: every 'n', 'N', 't', 'T' of a text is tried (parsespeed6:
# half the cost of the 27 words tried in turn on synthetic plans).
_CUT_DATE_WORDS = [c[:i] + " " + c[i:] for w in ("ngày", "tháng", "năm")
                   for c in (w, w.capitalize(), w.upper()) for i in range(1, len(w))]
SPLIT_DATE_WORD_RE = re.compile(rf"(?:{_literal_trie(_CUT_DATE_WORDS)})(?=[ \t]+\d)")
# parsespeed8: a match's part after the cut ('y' of 'ngà y 04') stands between blanks, so it is one of the
# text's `str.split()` words: a text holding none of these needs no scan (`normalise.rejoin_split_words`).
SPLIT_DATE_WORD_TAILS = frozenset(c.split(" ")[1] for c in _CUT_DATE_WORDS)
# ocrsplit: OCR of a scan (tesseract, realworld h06 'K ÉT LUẬN', 'thưong m ại', 'H u ế') and the same library
# (blind32 d07 'X ã hội', d05 'ph ù hợp', d08 'Ng o ại giao', blind b04 'C ỦA') cut a word after its first
# consonants. A blank-free run of an onset alone ('K', 'th', 'Ng') is no Vietnamese word: before a word
# opening on a vowel it is that word's head ('th ực' -> 'thực'; a small onset only before a small vowel, so
# 'đ/c Ủy viên' and a list's 'c' before 'Ủy ban' stay), and a lone 't', 'n', 'c', 'k', 'p', 'g' before the
# rest of a two-letter onset is its first letter ('T rung', 'n gười', 'c hính'). Opening a line or after a
# blank only: a code's 'TP', 'Đ/c', a literal '\\n' are not onsets; nor is a point's letter ('điểm c hoặc
# d') or a unit after a figure ('cao 2 m ở giữa'; '2024 c ủa' is a word). `normalise.rejoin_split_words`
# applies it. A letter-spaced heading ('K Ế  H O Ạ C H', read by the header as such) is no cut word.
_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]"
_ONSET_LETTER = "bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX"
_LOWER_VOWELS = "".join(c for c in _VOWELS if c.islower())
# The blank before the onset is matched, not looked behind at, so the pattern opens on the literals 're'
# scans for fast (a character set or a look-behind first costs ten times as much on a whole text).
SPLIT_WORD_HEAD_RE = re.compile(
    rf"""(?P<pre>\ |\n)(?=[{_ONSET_LETTER}][a-zA-Z]{{0,2}}\ )                       # an onset alone, at once
    (?<!điểm\ )(?<!Điểm\ )(?<!ĐIỂM\ )                                   # 'điểm c hoặc d' names a point
    (?<!\s[^\W\d_]\ )(?<!\s[^\W\d_]\ \ )                                   # not in 'K Ế  H O Ạ C H'
    (?P<head>(?!(?<=\d\ )[mgtlhk]\ )(?:{_ONSET})(?=\ [{_LOWER_VOWELS}])      # 'th ực', 'm ại'; not '2 m ở'
      |(?=[{UPPER}])(?i:{_ONSET})(?=\ [{_VOWELS}])                                   # 'K ÉT', 'H u', 'Ng o'
      |[tT](?=\ [hHrR][{_VOWELS}])|[nN](?=\ [gG]h?[{_VOWELS}]|\ [hH][{_VOWELS}])
      |[cCkKpP](?=\ [hH][{_VOWELS}])|[gG](?=\ [hHiI][{_VOWELS}])         # 'T rung', 'n gười', 'c hính'
    )(?!\ [^\W\d_][ \t]+[^\W\d_](?![^\W\d_]))\ """,                       # a letter-spaced heading's letters
    re.VERBOSE,
)


def _ignorecase_forms(word: str) -> set[str]:
    """Every string `(?i:word)` matches, for a word of ASCII letters and 'đ': each letter in either case,
    and the letters IGNORECASE equates beyond that ('ı' and 'İ' with 'i', the Kelvin sign with 'k', 'ſ' with
    's'; tests/test_hinted_patterns.py checks the table over all of Unicode)."""
    extra = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
    forms = [""]
    for c in word:
        forms = [f + v for f in forms for v in {c, c.upper(), *extra.get(c, "")}]
    return set(forms)


# parsespeed8: what the `head` of a `SPLIT_WORD_HEAD_RE` match can be (an onset in any case, a superset of
# every branch). It stands between blanks, so it is one of the text's `str.split()` words: a text holding
# none of them, as nearly every clean text, needs no scan, which tries the pattern after every blank.
SPLIT_WORD_HEADS = frozenset(form for part in _ONSET.split("|")
                             for onset in (part[1:-1] if part[0] == "[" else [part])
                             for form in _ignorecase_forms(onset))
# ocrglue: two words glued by a blank an OCR (realworld s24 'kếhoạch', 'TRIỂNKHAI', blind30 c01
# 'thứchiện') or a lossy copy (s48 'nhândân', blind20 b07 'Ủyban', blind34 b02 'tỉnhBình') lost. A
# Vietnamese syllable holds one run of vowels between its onset and its final consonants, so a vowel,
# consonants, then a vowel again inside a word ('ếh|oạ') is no syllable: two glued, or a loanword ('Lênin',
# 'online'); so are four vowels, two tone marks, a capital after a small letter or a small letter after two
# capitals. A hit only points at a token: `normalise.split_glued_words` splits it where every part is a
# known syllable or code.
_CONSONANTS = "".join(c for c in LOWER + UPPER if c.lower() in "bcdđfghjklmnpqrstvwxz")
GLUED_WORD_HINT_RE = re.compile(rf"[{_VOWELS}][{_CONSONANTS}]+[{_VOWELS}]")  # two vowel runs: 'Kếhoạch'
# The other glued forms, looked for only in a text the first told (each branch opens on a set: in one scan
# with the first they cost a clean text three times as much).
GLUED_JOIN_HINT_RE = re.compile(
    rf"""[{_VOWELS}]{{4}}                            # no syllable has four vowels: 'ủyyêu'
      |[{_TONED}][{_VOWELS}]?[{_TONED}]              # nor two tone marks: 'nhàở'
      |[{LOWER}][{UPPER}]                            # 'cácBan'
      |[{UPPER}]{{2}}[{LOWER}]                       # 'HĐNDtỉnh', '/UBND-NNchỉ'""",
    re.VERBOSE,
)
# One Vietnamese syllable, in lower case: an onset, one run of vowels (a 'qu' or 'gi' onset holds one), a
# final consonant ('k' of the Central Highlands' names: 'Đắk Lắk'); its marks are counted apart (one at most).
VI_SYLLABLE_RE = re.compile(rf"(?:{_ONSET}|q)?[{_LOWER_VOWELS}]{{1,3}}(?:ch|nh|ng|[cmnptk])?")
# ocrglue: a date's or a number's word glued to its figure ('số43-NQ/TW', 'ngày12/3/2024', 'năm2024') or a
# figure glued to the date's word after it ('12tháng 3'): a blank is put back. Only these words, marked, so a
# code's digits ('BCĐ57', 'CV123', 'F0') and a unit ('5ha') are left.
GLUED_FIGURE_RE = re.compile(
    r"(?<![^\W\d_])(?:số|Số|SỐ|ngày|Ngày|NGÀY|tháng|Tháng|THÁNG|năm|Năm|NĂM)(?=\d)"
    r"|(?<=\d)(?=(?:tháng|năm)(?![^\W\d_]))"
)
# One word of a unit's proper name: the Central Highlands' names keep an apostrophe inside a word
# ('huyện Đăk R’lấp', "Cư M'gar", 'Ea H’leo'), which must not end the name.
PLACE_NAME_WORD = rf"[{UPPER}]\w*(?:['’]\w+)*"
# Non-breaking and other odd spaces a converter leaves (no-break, ogham, the U+2000 block, narrow no-break,
# medium mathematical, ideographic), each read as one blank: patterns that allow only blanks and tabs
# between words ('về thực hiện Y') hold on text that kept them, and one for one, so offsets still slice
# the display text. A tab is no odd space in running text but a cell gap in a header row: normalise reads
# it as a blank only once the rows are cut (TAB_OR_ODD_SPACE_RE).
ODD_SPACE_CHARS = "\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
ODD_SPACE_RE = re.compile(f"[{ODD_SPACE_CHARS}]")
TAB_OR_ODD_SPACE_RE = re.compile(f"[\t{ODD_SPACE_CHARS}]")
# One blank between two words of an n-gram, a web page's no-break space included ('BAN\xa0THUONG\xa0VU').
ONE_BLANK_RE = re.compile(f"[ \t{ODD_SPACE_CHARS}]")
DASH_CHARS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"  # - ‐ ‑ ‒ – — ―  −
DASH = f"[{DASH_CHARS}]"
_CODE = "A-Za-zĐđƯưƠơ"  # letters that occur in type and issuer codes

# Document type codes in their own case (DOMAIN §2). Look-ups fold case: 'CTR' → 'CTr'.
TYPE_CODES: tuple[str, ...] = (
    "NQ", "CT", "CTr", "KL", "QĐ", "QyĐ", "HD", "KH", "TB", "BC", "TTr", "CV", "QC", "ĐA", "NĐ",
    "TT", "TTLT", "NQLT", "CĐ", "PA", "DA", "BB", "GM", "TBKL", "KHPH",
    "CTrHĐ", "CTHĐ",  # blind2: a programme of action numbered with its own code, '29-CTrHĐ/TU'
)
# Issuer codes with a fixed spelling; other codes are kept as written.
ISSUER_CODES: tuple[str, ...] = (
    "TW", "TU", "HU", "QU", "TXU", "ThU", "ĐU", "ĐĐ", "BCS", "BCSĐ", "ĐUK", "CB",
    "BTGTU", "BDVTU", "BTCTU", "BNCTU", "VPTU", "UBKTTU", "BTGHU", "BDVHU", "BTCHU", "VPHU", "UBKTHU",
    "UBND", "HĐND", "CP", "TTg", "QH", "UBTVQH", "MTTW", "MTTQ", "UBMTTQ", "ĐCT", "BTT", "BCĐ",
)
# Spellings that are the same code written differently (not only in another case).
CODE_ALIASES = {"TƯ": "TW", "QD": "QĐ",
                # the same codes with 'Đ' stripped (text without diacritics)
                "HDND": "HĐND", "CD": "CĐ", "ND": "NĐ", "DU": "ĐU", "DUK": "ĐUK", "DCT": "ĐCT", "DD": "ĐĐ",
                "BCD": "BCĐ", "BCSD": "BCSĐ", "BGDDT": "BGDĐT", "QDi": "QĐi"}
# perturb6: pieces of a unit's code that write 'Đ' ('TWĐTN' the Youth Union's central committee, 'TĐTN' a
# province's, 'HĐTĐKT' an emulation council, 'BLĐTBXH', 'UBND-ĐTXD', 'SGDĐT', 'STNMT-QLĐĐ'), given their
# bar inside a code a text lost its 'đ' in (`normalise.restore_d_bar`) when the whole code is not a known
# one. Longest first; '&ĐT' is the second unit of a joined code ('PGD&ĐT'). A Party committee's 'ĐU' opens or
# closes its bodies' codes ('ĐUCA', 'ĐUSCT', 'VPĐU').
D_BAR_CODE_PIECES: tuple[str, ...] = (
    "HĐTĐKT", "LĐTBXH", "ĐĐQH", "LĐLĐ", "ĐTXD", "GDĐT", "KHĐT", "XTĐT", "TĐKT", "TTĐT", "QLĐĐ", "HĐND",
    "TTHĐ", "BCĐ", "ĐTN", "TLĐ", "&ĐT",
)

FOOTNOTE_MARKED_CODE_RE = re.compile(r"(?P<code>TW|CP|TTg|TU|HU|QU|ThU)(?P<mark>\d{1,2})")
"""blind40: a PDF's text layer glues a footnote's mark to the number it follows ('Nghị quyết số 66-NQ/TW1',
'Nghị định số 09/2026/NĐ-CP4', the superscript '1' now a digit): the code of a body that is one of a kind
(the Central Committee, the Government, the Prime Minister, a Party committee) never carries an ordinal, as
'QH14', 'BCĐ35' do, so the digits after it are the mark (matched whole on the issuer code)."""

# --- header/docnumber: state codes joined by '&' or ending in digits ---
# A state issuer or unit code may join two units ('11313/UBND-NN&MT', '296/TTr-SNN&PTNT') or end in
# a term or a unit's digit ('653/NQ-UBTVQH14', '866/UBND-KT2', '614/UBND-VX1').
# blind32: a national steering board is named by the decision that set it up ('252/KH-BCĐQG1237', the
# Prime Minister's 1237/QĐ-TTg; 'BCĐ389'): three or four digits, only right after a board's code.
_BOARD_DECISION_DIGITS = r"(?:(?<=BCĐ)|(?<=BCĐQG))\d{3,4}(?!\d)"
_STATE_CODE = rf"[{_CODE}]{{1,12}}(?:&[{_CODE}]{{1,8}})*(?:{_BOARD_DECISION_DIGITS}|\d{{0,2}})"

# --- blind2 docnumber: an official letter numbered with its issuer's code alone ---
# '476/UBND', '3517/UBND', '05 /MTTQ': a công văn with neither type code nor drafting unit. Only the
# codes of bodies that number letters so, never a type code ('53/KH' stays junk); the code follows the
# slash at once, since an outline item '3/ UBND quận, ...' is no number.
LETTER_ONLY_ISSUERS = r"(?:UBND|HĐND|UBMTTQ|MTTQ|BCĐ|" + r"{DEPARTMENT_LETTER_CODE})"
# --- leftovers docnumber: a department's letter numbered with its own code alone ---
# A Sở or a Phòng numbers its letters '<seq>/<its code>' ('197/STTTT', '182/PGDĐT', '1001/PGD&ĐT'), as does
# a national steering committee ('30/QGPCTT'); the code is all capitals, so a topic word or a unit
# ('3/ phường') is none. And the code before a drafting unit may join two with '&' ('2391/SGD&ĐT-GDTrH').
DEPARTMENT_LETTER_CODE = r"(?:[SP][A-ZĐ]{2,7}(?:&[A-ZĐ]{1,6})?|QG[A-ZĐ]{2,6})"
LETTER_ONLY_ISSUERS = LETTER_ONLY_ISSUERS.format(DEPARTMENT_LETTER_CODE=DEPARTMENT_LETTER_CODE)
_LETTER_ISSUER_CODE = rf"[{_CODE}]{{1,8}}(?:&[{_CODE}]{{1,8}})?"

# --- leftovers docnumber: a Party steering board numbered by its name ('103-CV/BCĐ35', 'BCĐ 35') ---
# Only after 'BCĐ', so a date after a code ('43-NQ/TW 24/11/2023') is never taken in.
STEERING_BOARD_DIGITS = r"(?:(?<=BCĐ)[ \t]?\d{2,3}(?![\d/.]))?"

# --- blind9 docnumber: a Party issuer code ending in its term ---
# '3260-KH/ĐĐQH15' (the National Assembly's Party delegation, 15th term), '73-KH/ĐUQH15': the term's
# digits end the code, as in the state's 'NQ-UBTVQH14'; digits running on into a date ('TW22/12/2024')
# are no term, nor a digit after a code typed in lower case ('43-NQ/tw2').
_PARTY_TERM = r"(?:(?<=[A-ZĐƯƠ])(?<!BCĐ)\d{1,2}(?![\d/.\-–]))?"  # capitals only; a board's digits: above

# --- blind11 docnumber: joint issuers and the Politburo's 'QĐi' regulations ---
# A rule or programme issued jointly carries every party's code: '69/QCPH-HĐND-UBND-MTTQ' (three bodies
# after the type), '06/QC-TT.HĐND-UBND' (the standing body of a council, 'TT.HĐND'). Only 'TT.' (thường
# trực) opens a dotted part, in capitals, so a glued sentence ('53/KH-UBND.UBND huyện') is not read in.
_DOTTED_PART = r"(?:(?<=TT)\.[A-ZĐƯƠ]{2,8}(?![a-zđươ]))?"
_JOINT_SUB = rf"{_STATE_CODE}(?:{DASH}{_STATE_CODE})?"
# Type codes beyond the DOMAIN table: a joint rule or programme ('QCPH', 'CTPH'), and the Politburo's
# regulations numbered with a lower-case letter ('07-QĐi/TW', written 'QĐI' in capitals).
EXTRA_TYPE_CODES: tuple[str, ...] = ("QCPH", "CTPH", "QĐi")
# The kind of document such a code names, for the document's own type (its number keeps the code).
# typesweep: a joint resolution or circular ('09/2008/NQLT/CP-UBTUMTTQVN', '15/2015/TTLT-BNV-BTC') is a
# resolution or a circular, as its type line says ('NGHỊ QUYẾT LIÊN TỊCH', 'THÔNG TƯ LIÊN TỊCH').
# blind31: a programme of action numbered with its own code ('812/CTHĐ-LMHTXVN', '29-CTrHĐ/TU') is a programme
# (DOMAIN §2: CTr, chương trình hành động).
TYPE_CODE_KIND = {"QCPH": "QC", "CTPH": "CTr", "QĐi": "QĐ", "NQLT": "NQ", "TTLT": "TT",
                  "CTHĐ": "CTr", "CTrHĐ": "CTr"}

# --- leftovers2 docnumber: a letter's code spaced from its slash after 'số' ---
# 'Công văn số 182/ PGDĐT ngày 01/9/2021': after 'số' the words are a number, so the blank an editor left
# after the slash is read through; an outline item '3/ UBND quận, ...' has no 'số' before it.
_AFTER_SO = r"(?:(?<=[sS]ố[ \t])|(?<=[sS]ố:[ \t]))"

# --- blind16 docnumber: a state number typed with a slash for its hyphen ---
# 'Thực hiện Quyết định số 1077/QĐ/TTg ngày 14/9/2022 của Thủ tướng', 'Số: 53/KH/UBND': a clerk reads the
# type code and the issuer as the state's '<seq>/<TYPE>-<ISSUER>'. Only a type code before the slash and an
# issuer that is not the Party's (docnumber checks both): 'Kế hoạch 12/KH/HU' or '43/NQ/TW' stay no number.
STATE_SLASH_FOR_DASH = r"(?P<s_slash>/)"
# A council's or committee's older numbers join type and issuer with a dot ('12/CĐ.UBND', a Nghệ An page;
# 'Quyết định số 2836/QĐ.UBND của Uỷ ban Nhân dân tỉnh Lào Cai', '671/QĐ.UB ngày 07 tháng 05 năm 2003'): the
# dot stands for the hyphen before those issuers only, and not where a drafting unit's dotted part follows
# ('895/QĐ.UB.TC'), which no reading keeps whole.
STATE_DOT_FOR_DASH = r"\.(?=(?:UBND|HĐND|UB)(?![\w]|\.[A-ZĐ]))"

# --- leftovers s11 docnumber: a state number whose hyphen the copy lost ---
# '832/QĐUBND', '775/KHBTTTT', '61/2018/NĐCP', '01/2018/TTVPCP' (a PDF layer or a portal dropped every
# hyphen): a clerk splits the glued code where a type code ends and a state issuer's code begins. Only those
# two closed lists, so a letter's own code ('183/KHĐT', '45/BCTT') is never split.
GLUED_STATE_TYPE = r"(?:QĐ|KH|CTr|CT|NQ|TB|HD|BC|CĐ|KL|TTr|TT|NĐ|QC|ĐA)"
GLUED_STATE_ISSUER = r"(?:UBND|HĐND|CP|TTg|VPCP|UBMTTQ|BCĐ|B[A-ZĐ]{2,7})"
# ocrglue: the same lost hyphen in a letter, whose issuer's code runs into its drafting unit's
# ('3859/UBNDĐTXD', '1071/UBNDVX2', ocr_number_dash on realworld s17 and blind24 b16): only after the bodies
# that number letters so with a unit; a ministry's code ('5319/BNNTY') has no known end, so it is left.
GLUED_LETTER_ISSUER = r"(?:UBND|HĐND|VPCP|UBMTTQ)"

# --- parentsweep docnumber: a Party number typed without its hyphen ---
# 'Nghị quyết số 43NQ/TW', 'Kế hoạch 12KH/TU': the sequence glued to the type code, which a slash and the
# issuer follow; docnumber keeps it only for a Party committee's code ('2023KH/UBND' stays no number).
PARTY_GLUED = rf"(?P<p_glued>(?=[A-ZĐƯƠ][{_CODE}]{{1,4}}/))"  # a capital: '36a/NQ-CP' is the state's

# --- hyphenparty docnumber: a Party number typed with a hyphen for its slash ---
# blind23 b05 'Kế hoạch số 107-KH-ĐUK', 'Công văn số 571-CV-ĐUB', blind20 b08 'Nghị quyết số 43-NQ-TW': the
# Party's '<seq>-<TYPE>/<ISSUER>' with its slash typed as a hyphen; no other shape puts a Party committee's
# code after a second hyphen, so a clerk reads it. Only a Party committee's code (its own, a board's or
# office's ending in it, a Party committee of a bloc or ministry 'ĐUK', 'ĐUB', a steering board 'BCĐ35'):
# a state code ('2021-TB-UBND' in a file name), a date range ('2021-2025') or a word never follows.
PARTY_HYPHEN_ISSUER = (r"(?:[A-ZĐ]{0,5}(?:TW|TU|HU|QU|ThU|TXU)|ĐU[A-ZĐ]{0,3}|ĐĐ|BCSĐ?|BCĐ(?:[ \t]?\d{2,3})?)"
                       r"(?![\w])")
PARTY_HYPHEN_FOR_SLASH = rf"(?P<p_hyphen>-)(?={PARTY_HYPHEN_ISSUER})"

# --- blind32 docnumber: a drafting unit spaced from its hyphen ---
# 'Tờ trình số 02/TTr-CAT- ANCTNB' (a library's copy, as '144/2021/NĐ- CP'): one blank after the hyphen,
# before a code of three capitals or more, is read through; a word after it ('- Kế hoạch') is no code, nor a
# body that opens the next words ('12/KH-UBND- UBND huyện ...').
SPACED_SUB = r"(?:[ \t](?=[A-ZĐƯƠ]{3})(?!(?:UBND|HĐND|UBMTTQ|MTTQ)\b))?"

# A document number in any of the DOMAIN §2 shapes. Codes are matched as any letters and then
# checked against the tables (`docnumber.DocNumber`), so one regex serves every variant.
NUMBER = rf"""
    (?<![\w/.])                                     # not inside a longer token or a date
    (?:
        (?P<p_seq>\d{{1,5}})(?:\s*{DASH}\s*|[ \t]+|{PARTY_GLUED})  # Party: 43-NQ/TW, '301 KH/TWĐTN', 43NQ/TW
        (?P<p_type>[{_CODE}]{{1,5}})(?:\s*/\s*|{PARTY_HYPHEN_FOR_SLASH})  # hyphenparty: 43-NQ-TW
        (?P<p_issuer>[{_CODE}]{{1,12}}{STEERING_BOARD_DIGITS}{_PARTY_TERM})
        (?:{DASH}(?P<p_sub>[{_CODE}]{{2,8}})(?![{_CODE}\d]))?  # a department: 225-KH/TWĐTN-CTTN
      |
        (?P<s_seq>\d{{1,5}}(?:[a-z](?=\s*/))?)[ \t]*/\s*  # state: 53/KH-UBND, 98/2022/NĐ-CP, 36a/NQ-CP;
        # leftovers4: figures and slash on one line, never a figure ending a paragraph (a table cell's '18')
        # and the next opening on a form's blank number ('/QĐ-UBND ngày / / 2025', blind30 c01)
        (?:(?P<s_year>(?:19|20)\d\d)\s*/\s*)?
        (?P<s_type>{_LETTER_ISSUER_CODE})                        # 1234/UBND-VP, 1077/QĐ/TTg, 12/CĐ.UBND
        (?:\s*(?:{DASH}|{STATE_SLASH_FOR_DASH})\s*|{STATE_DOT_FOR_DASH})
        (?P<s_issuer>{_STATE_CODE}{_DOTTED_PART})   # 'SNN&PTNT', 'UBTVQH14', 'KT2', 'TT.HĐND'
        (?:{DASH}{SPACED_SUB}(?P<s_sub>{_JOINT_SUB}))?  # Front: 26/NQ-MTTW-ĐCT; 'PTTH&TTĐT
      |
        (?P<q_seq>\d{{1,5}})\s*/\s*(?P<q_year>(?:19|20)\d\d)\s*/\s*  # National Assembly: 30/2023/QH15
        (?P<q_issuer>(?:UBTV)?QH)(?P<q_term>\d{{1,2}})
      |
        (?P<u_so>{_AFTER_SO})?(?P<u_seq>\d{{1,5}})\s*/(?(u_so)[ \t]?)  # blind2: a letter, '476/UBND';
        (?P<u_issuer>{LETTER_ONLY_ISSUERS})           # leftovers2: after 'số', '182/ PGDĐT'
      |
        (?P<g_seq>\d{{1,5}})\s*/\s*(?:(?P<g_year>(?:19|20)\d\d)\s*/\s*)?  # leftovers s11: '832/QĐUBND'
        (?:(?P<g_type>{GLUED_STATE_TYPE})(?P<g_issuer>{GLUED_STATE_ISSUER})
         |(?P<g_letter>{GLUED_LETTER_ISSUER})                # ocrglue: '3859/UBNDĐTXD', '11313/UBNDNN&MT'
          (?P<g_unit>[A-ZĐ]{{2,6}}(?:&[A-ZĐ]{{1,6}})?\d?))
    )
    (?:(?![{_CODE}{UPPER}{LOWER}\d])               # the code ends, or a word was glued to it
      | (?<=[A-ZĐƯƠ])(?=(?:ngày|năm|của|về|và|tại|theo)(?![{_CODE}])))  # '70-TB/TWngày 06 ...'
"""
NUMBER_RE = re.compile(NUMBER, re.VERBOSE)
NUMBER_FULL_RE = re.compile(rf"\s*(?:{NUMBER})\s*", re.VERBOSE)
# Every '/' of a NUMBER is followed by a code letter or by the year of '98/2022/NĐ-CP'; the slashes
# of dates ('24/11/2023') are not, so the number scan anchored on slashes skips them.
NUMBER_SLASH_RE = re.compile(rf"/(?=\s*(?:[{_CODE}]|(?:19|20)\d\d\s*/))")
# --- hyphenparty docnumber: the scan's second anchor ---
# '43-NQ-TW' has no slash: its second hyphen, after a code letter and before a Party committee's code, is
# the anchor. A scan of its own, opening on the '-' so re skips to it (an alternation with the slash's
# would test every position: ten times the slash scan's cost).
NUMBER_HYPHEN_RE = re.compile(rf"-(?<=[{_CODE}]-)(?={PARTY_HYPHEN_ISSUER})")
# --- datesweep docnumber: a joint number with a slash after its type ---
# realworld s46 'Số: 01/QCPH/UBND-UBMTTQ' (a joint rule of the People's Committee and the Front), cited
# '09/2008/NQLT/CP-UBTUMTTQVN': a joint document writes its type, a second slash, then its issuers joined
# by a hyphen. Only a joint type code and two issuers make this shape; '12/KH/UBND' is not one.
JOINT_TYPES = ("QCPH", "CTPH", "NQLT", "TTLT")
JOINT_SLASH_NUMBER = rf"""
    (?<![\w/.])(?P<j_seq>\d{{1,5}})\s*/\s*(?:(?P<j_year>(?:19|20)\d\d)\s*/\s*)?
    (?P<j_type>{"|".join(JOINT_TYPES)})\s*/\s*
    (?P<j_issuer>{_STATE_CODE})\s*{DASH}\s*(?P<j_sub>{_STATE_CODE})(?![{_CODE}{UPPER}{LOWER}\d])
"""
JOINT_SLASH_NUMBER_FULL_RE = re.compile(rf"\s*(?:{JOINT_SLASH_NUMBER})\s*", re.VERBOSE)
JOINT_SLASH_NUMBER_LINE_RE = re.compile(rf"^\s*(?:Số|SỐ)\s*:?\s*(?P<number>{JOINT_SLASH_NUMBER})", re.VERBOSE)

# Dates: '24/11/2023', '6-3-2024', '24.11.2023', '7 tháng 3 năm 2024'. blind32: a legal library's markup
# splits a padded month from its digit ('ngày 26 tháng 0 6 năm 2018'); the zero is read through.
DATE = r"""
    (?:
        (?P<d>\d{1,2})\s*[/.\-–]\s*(?P<m>\d{1,2})\s*[/.\-–]\s*(?P<y>\d{4})
      | (?P<wd>\d{1,2})\s*tháng\s*(?:0[ \t](?=\d\s*,?\s*năm))?(?P<wm>\d{1,2})\s*,?\s*năm\s*(?P<wy>\d{4})
    )
"""  # the written form may be glued: '13tháng 9'
# 'ngày 24/11/2023', ', ngày 06/3/2024', the slip 'ngày ngày 7 tháng 3 năm 2024'.
DATE_AFTER_NUMBER_RE = re.compile(
    rf"""[\s,]*(?:\(\s*)?(?:ban\s+hành\s+)?(?:ngày\s+){{1,2}}{DATE}\)?""",
    re.VERBOSE | re.IGNORECASE,
)

# Type words before a number or in an unnumbered mention, longest first.
TYPE_WORDS: dict[str, str] = {
    "chương trình hành động": "CTr", "chương trình": "CTr", "kế hoạch": "KH", "nghị quyết": "NQ",
    "nghị định": "NĐ", "chỉ thị": "CT", "kết luận": "KL", "quyết định": "QĐ", "quy định": "QĐ",
    "hướng dẫn": "HD", "thông báo kết luận": "TB", "thông báo": "TB", "thông tư": "TT", "báo cáo": "BC",
    "tờ trình": "TTr", "công văn": "CV", "quy chế": "QC", "đề án": "ĐA", "công điện": "CĐ",
}


def _words(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


def _phrases(*phrases: str, gap: str = r"\s+") -> str:
    """An alternation of phrases, longest first, each space matching any run of spaces (`gap`)."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "(?:" + "|".join(p.replace(" ", gap) for p in ordered) + ")"


# --- coverage: a task asking subordinate units for their own plans (api/coverage.py reads these) ---
# 'xây dựng chương trình, kế hoạch', 'ban hành kế hoạch', 'xây dựng kế hoạch cụ thể' (folded text): the
# cascade's deadline is the earliest such task that is dated.
PLAN_REQUEST_RE = re.compile(
    r"""(?:xây\s+dựng|ban\s+hành)                     # the verb asking for a plan
        [^.;]{0,40}?                                  # a few words between
        (?:chương\s+trình|kế\s+hoạch)                 # the plan itself
    """,
    re.VERBOSE,
)
# 'Các quận ủy, huyện ủy, đảng ủy trực thuộc Thành ủy', 'cấp ủy cấp huyện', 'các đảng bộ trực thuộc': a body
# naming the committees below the issuer, whose plan request is the cascade's, not the issuer's own boards'.
SUBORDINATE_COMMITTEES_RE = re.compile(
    r"""^các\s.*(?:ủy|đảng\s+bộ|chi\s+bộ)          # several committees or party organisations
      | trực\s+thuộc | cấp\s+dưới | cơ\s+sở        # or named as below the issuer
    """,
    re.VERBOSE,
)


# --- display and search: what the API and the graph read from stored text (written here once) ---
# The word a person says for each type code (DOMAIN §2), for a document's caption; TYPE_WORDS above maps
# the words read in text to codes, this maps each code back to one word.
TYPE_DISPLAY_WORDS: dict[str, str] = {
    "NQ": "Nghị quyết", "CT": "Chỉ thị", "CTr": "Chương trình", "KL": "Kết luận", "QĐ": "Quyết định",
    "QyĐ": "Quy định", "HD": "Hướng dẫn", "KH": "Kế hoạch", "TB": "Thông báo", "BC": "Báo cáo",
    "TTr": "Tờ trình", "CV": "Công văn", "QC": "Quy chế", "ĐA": "Đề án", "NĐ": "Nghị định",
    "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "NQLT": "Nghị quyết liên tịch", "CĐ": "Công điện",
    "PA": "Phương án", "DA": "Dự án", "BB": "Biên bản", "GM": "Giấy mời", "TBKL": "Thông báo kết luận",
    "KHPH": "Kế hoạch phối hợp",
}
# A name quoted in a task ('tổ chức “Ngày hội đại đoàn kết toàn dân tộc”'): every locality's plan calls the
# task by it, whatever the task's label there.
QUOTED_NAME_RE = re.compile(
    r"""[“"«]                    # an opening quote, curly, straight or guillemet
        (?P<name>[^”"»]{8,120})  # a name, not a word and not a paragraph
        [”"»]                    # its closing quote
    """,
    re.VERBOSE,
)
# What a citing text says right after a citation: the cited document's own title, after an optional
# bracket ('43-NQ/TW (khóa XIII) về tiếp tục phát huy ...').
CITED_TITLE_TAIL_RE = re.compile(
    r"""^[\s,;:]*                  # the punctuation that closed the citation
        (?:\(\s*[^)]*\)\s*)?        # '(khóa XIII)', '(sau đây gọi tắt là ...)'
        (?P<title>về\s+\S.*)$       # 'về ...' to the end: the title
    """,
    re.VERBOSE | re.IGNORECASE | re.DOTALL,
)


# --- unit kinds: the words before a local unit's name, as running text writes them (lower case, folded) ---
# One tuple a level, so a kind added reaches every pattern composed from them; each pattern takes the levels
# it reads ('tp', 'đặc khu' and the capitalised kinds only where a pattern reads them).
PROVINCE_KIND_WORDS = ("tỉnh", "thành phố")
DISTRICT_KIND_WORDS = ("huyện", "quận", "thị xã")
COMMUNE_KIND_WORDS = ("xã", "phường", "thị trấn")
UNIT_KIND_WORD = _phrases(*PROVINCE_KIND_WORDS, *DISTRICT_KIND_WORDS, *COMMUNE_KIND_WORDS)
_UNIT_KIND_ON_LINE = _phrases(*PROVINCE_KIND_WORDS, *DISTRICT_KIND_WORDS, *COMMUNE_KIND_WORDS, gap=r"[ \t]+")
# A province's, a city's or a district's: the units with a Party committee and agencies of their own.
LOCAL_UNIT_KIND_WORD = _phrases(*PROVINCE_KIND_WORDS, *DISTRICT_KIND_WORDS)
PROVINCE_KIND_WORD = _phrases(*PROVINCE_KIND_WORDS)
_BELOW_PROVINCE_KIND_ON_LINE = _phrases(*DISTRICT_KIND_WORDS, *COMMUNE_KIND_WORDS, gap=r"[ \t]+")


TYPE_WORD = "|".join(_words(w) for w in sorted(TYPE_WORDS, key=len, reverse=True))
TYPE_FIRST = "|".join(sorted({w.split()[0] for w in TYPE_WORDS}))  # their first words, for `StartedPattern`

# Lower-case words that occur inside the name of an issuing body ('Ủy ban nhân dân huyện X',
# 'Ban Chấp hành Trung ương Đảng khóa XIII'): any other lower-case word ends the name, which is
# how 'của Ủy ban nhân dân huyện Tiên Lãng triển khai thực hiện ...' stops before 'triển khai'.
_NAME_WORDS = (
    "ban nhân dân vụ hành ương trị thư tịch ủy bộ đảng huyện tỉnh xã phố thành quốc tổ trận phủ sự "
    "đoàn chấp thường trực cán giáo vận chức kiểm tra phòng nội đồng hội chính cộng sản hòa trung "
    "thị trấn phường quận khối cơ quan liên hiệp phụ nữ nông chiến binh thanh niên lao động mặt "
    "khóa khoá đặc khu tướng quyền "
    "nghiệp "  # blind2: 'Đảng ủy Khối Doanh nghiệp Trung ương', 'Sở Nông nghiệp'
    "dựng"  # blind9: 'Ban Xây dựng Đảng' of a commune Party committee (2025), 'Sở Xây dựng'
)
NAME_WORD = "|".join(sorted(_NAME_WORDS.split(), key=len, reverse=True))
_TOKEN_END = rf"(?![{UPPER}{LOWER}\w])"
# --- blind31: an armed force's Party committee in running case ---
# 'Đảng ủy quân sự tỉnh Thái Nguyên', 'Đảng ủy công an tỉnh', 'Đảng ủy bộ đội biên phòng tỉnh': the force's
# words only right after the word 'ủy' (never the 'uy' of 'Chỉ huy'), each bound to the next ('sự', 'bộ',
# 'phòng' are name words already), so 'nhiệm vụ quân sự', 'lực lượng công an', 'đồn biên phòng' and a
# command's 'Ban Chỉ huy quân sự xã' (whose words a clause may run on from a cited committee's place) never
# join a name.
_ARMED_NAME_TOKENS = rf"""(?:quân(?<=\s[uủUỦ][yỷ]\squân)(?=\s+sự{_TOKEN_END})
    |công(?<=\s[uủUỦ][yỷ]\scông)(?=\s+an{_TOKEN_END})|đội(?<=\s[uủUỦ][yỷ]\sbộ\sđội)(?=\s+biên{_TOKEN_END})
    |biên(?<=\s[uủUỦ][yỷ]\sbiên)(?=\s+phòng{_TOKEN_END})|biên(?<=bộ\sđội\sbiên)(?=\s+phòng{_TOKEN_END})
    ){_TOKEN_END}"""
# --- blind15: the lower-case words inside 'Hội Chữ thập đỏ' and 'Bộ/Ban Chỉ huy' (never 'phát huy') ---
# blind33: and 'Ban Chỉ đạo' ('Ban Chỉ đạo Đảng ủy xã Nghĩa Tá triển khai kế hoạch ...'), bound to 'Ban', so
# the verb of 'Tỉnh ủy chỉ đạo' never joins a name.
# bodies2: news' lower-case 'Ban chỉ đạo' only before the Party committee it serves ('Ban chỉ đạo Đảng ủy
# phường Dĩ An'); a board named by its task ('Ban chỉ đạo Phổ cập giáo dục huyện', unseen m26) or the bare
# 'của Ban chỉ đạo về ...' (blind3 b28) keeps the reading it had.
_COMMITTEE_SERVED = r"\s+(?:Đảng|Tỉnh|Huyện|Thành|Quận|Thị)\s+(?:ủy|uỷ)(?![\w])"
_SECTOR_NAME_TOKENS = rf"""(?:(?<=[Cc]hữ\s)thập(?=\s+đỏ{_TOKEN_END})|(?<=[Cc]hữ\sthập\s)đỏ
    |(?<=[Cc]hỉ\s)huy|(?<=[Bb]an\sChỉ\s)đạo
    |(?<=Ban\s)chỉ(?=\s+đạo{_COMMITTEE_SERVED})|(?<=Ban\schỉ\s)đạo(?={_COMMITTEE_SERVED})){_TOKEN_END}"""
# --- orgsweep: the lower-case words inside the new associations' names, bound to the word before them ---
# 'Hội Luật gia', 'Hội Khuyến học', 'Hội Người cao tuổi', 'Liên minh Hợp tác xã', 'Liên hiệp các Hội Khoa
# học ...', 'Hội Doanh nhân trẻ', 'Hội Sinh viên', 'Hội đồng Thi đua - Khen thưởng', 'Hội đồng phối hợp phổ
# biến, giáo dục pháp luật' or by its initials 'Hội đồng phối hợp PBGDPL' (bodyplace) (never 'gia đình', 'học
# tập', 'hợp tác' alone).
_ORG_NAME_TOKENS = rf"""(?:(?<=[Ll]uật\s)gia|(?<=[Kk]huyến\s)học|(?<=[Nn]gười\s)cao(?=\s+tuổi{_TOKEN_END})
    |(?<=[Nn]gười\scao\s)tuổi|(?<=[Hh]ợp\s)tác(?=\s+xã{_TOKEN_END})|(?<=[Dd]oanh\snhân\s)trẻ
    |(?<=[Ss]inh\s)viên|(?<=[Ll]iên\s)minh(?=\s+[Hh]ợp{_TOKEN_END})|(?<=[Ll]iên\shiệp\s)các(?=\s+[Hh]ội{_TOKEN_END})
    |(?<=[Kk]hoa\s)học(?=\s+và\s+[Kk]ỹ{_TOKEN_END})|(?<=[Hh]ọc\s)và(?=\s+[Kk]ỹ{_TOKEN_END})
    |(?<=[Kk]ỹ\s)thuật|(?<=[Tt]hi\s)đua(?=\s+-?\s*[Kk]hen)|(?<=[Tt]hi\sđua\s)-(?=\s+[Kk]hen)
    |(?<=[Kk]hen\s)thưởng|(?<=[Hh]ội\sđồng\s)phối(?=\s+hợp\s+(?:phổ|PBGDPL))
    |(?<=phối\s)hợp(?=\s+(?:phổ|PBGDPL))|(?<=hợp\s)phổ(?=\s+biến)|(?<=phổ\s)biến,?(?=\s+giáo\s+dục)
    |(?<=giáo\s)dục(?=\s+pháp\s+luật)|(?<=dục\s)pháp(?=\s+luật)|(?<=dục\spháp\s)luật){_TOKEN_END}"""
# --- bodies2: the lower-case words inside a trade union's name, bound to 'Công đoàn' and its sector ---
# 'Công đoàn ngành Giáo dục tỉnh ...', 'Công đoàn cơ sở Trường THCS ...', 'Công đoàn Giáo dục Việt Nam',
# 'Công đoàn ngành Y tế' (never the 'ngành' or 'cơ sở' of running text, nor a sector's words outside a
# union's name: 'Sở Y tế hướng dẫn' is read by the department's own rule).
_UNION_NAME_TOKENS = rf"""(?:(?<=[Cc]ông\sđoàn\s)ngành|(?<=[Cc]ông\sđoàn\scơ\s)sở
    |(?<=[Cc]ông\sđoàn\s)cơ(?=\s+sở)
    |(?<=[Nn]gành\sGiáo\s)dục|(?<=[Nn]gành\sY\s)tế|(?<=[Đđ]oàn\sGiáo\s)dục|(?<=[Đđ]oàn\sY\s)tế
    |(?<=Đoàn\s)trường){_TOKEN_END}"""  # leftovers6: a school's Youth Union, 'Ban Thường vụ Đoàn trường'
# --- blind19: the lower-case words of a Party cell's committee and its unit ---
# 'Chi ủy chi bộ trường THPT Trấn Biên', 'Ban chi ủy Chi bộ Trường Mầm non': 'chi' only between 'Ban' or 'ủy'
# and the word that makes it a cell ('Ban chi ủy', 'ủy chi bộ'), the unit's word ('trường', 'thôn', ...) only
# right after 'chi bộ' (never 'chi phí' or 'nhà trường'), a school's kind only after its first word ('Mầm
# non', 'Tiểu học', 'Trung học cơ sở', 'Trung học phổ thông').
_CELL_NAME_TOKENS = rf"""(?:chi(?=\s+(?:ủy|uỷ){_TOKEN_END})(?<=[Bb]an\schi)
    |chi(?=\s+bộ{_TOKEN_END})(?<=[uủ][yỷ]\schi)|trường(?<=[Cc]hi\sbộ\strường)|thôn(?<=[Cc]hi\sbộ\sthôn)|ấp(?<=[Cc]hi\sbộ\sấp)|bản(?<=[Cc]hi\sbộ\sbản)
    |xóm(?<=[Cc]hi\sbộ\sxóm)|trạm(?<=[Cc]hi\sbộ\strạm)|non(?<=[Mm]ầm\snon)|học(?<=[Tt]iểu\shọc)
    |học(?=\s+(?:cơ|phổ)\s)(?<=[Tt]rung\shọc)|cơ(?=\s+sở)(?<=học\scơ)|sở(?<=học\scơ\ssở)
    |phổ(?=\s+thông)(?<=học\sphổ)|thông(?<=học\sphổ\sthông)){_TOKEN_END}"""
# A school's kind in running case after 'Trường' ('Trường Mầm non Hoa Sen', 'trường Trung học cơ sở Lê Lợi'):
# the whole school names a cell, where the name reader would stop at the first two lower-case words.
SCHOOL_NAME_RE = re.compile(
    rf"""[Tt]rường[ \t]+(?:[Mm]ầm[ \t]+non|[Tt]iểu[ \t]+học
        |[Tt]rung[ \t]+học[ \t]+(?:cơ[ \t]+sở|phổ[ \t]+thông))(?:[ \t]+[{UPPER}\d][\w]*)+""",
    re.VERBOSE,
)
# --- grassweep: the lower-case unit words of a Party cell after 'chi bộ' ('Chi bộ khu phố 3', 'Chi bộ tổ dân
# phố 5', 'Chi bộ làng Đông', 'Chi bộ cơ sở Trường ...'), a school's kind after 'trường' ('trường mầm non Mỹ
# Hưng', 'trường tiểu học Lê Lợi'); each word is matched first and the word before it checked after.
_GRASS_CELL_TOKENS = rf"""(?:khu(?<=[Cc]hi\sbộ\skhu)|làng(?<=[Cc]hi\sbộ\slàng)
    |buôn(?<=[Cc]hi\sbộ\sbuôn)|khóm(?<=[Cc]hi\sbộ\skhóm)|cơ(?<=[Cc]hi\sbộ\scơ)(?=\s+sở)|sở(?<=[Cc]hi\sbộ\scơ\ssở)
    |dân(?<=[Cc]hi\sbộ\stổ\sdân)(?=\s+phố)|mầm(?<=[Tt]rường\smầm)(?=\s+non)|tiểu(?<=[Tt]rường\stiểu)(?=\s+học)
    ){_TOKEN_END}"""
# --- agencysweep: the lower-case words inside the agencies' names, bound to the word before them ---
# 'Viện Kiểm sát nhân dân', 'Tòa án nhân dân', 'Kho bạc Nhà nước', 'Đài Truyền hình Việt Nam', 'Thông tấn xã
# Việt Nam', 'Ủy ban Dân tộc', 'Kiểm toán Nhà nước', 'Ngân hàng Nhà nước', 'Bảo hiểm xã hội', 'Ban Kinh tế'
# (never 'sát' or 'án' alone: 'giám sát', 'dự án'). Each word is matched first and its neighbour checked
# after, so a position that starts no such word fails at its first letter.
_AGENCY_NAME_TOKENS = rf"""(?:sát(?<=[Kk]iểm\ssát)|án(?<=[Tt]òa\sán|[Tt]oà\sán)|bạc(?<=[Kk]ho\sbạc)
    |nước(?<=[Nn]hà\snước)|hình(?<=[Tt]ruyền\shình)|tấn(?<=[Tt]hông\stấn)(?=\s+xã{_TOKEN_END})|xã(?<=[Tt]hông\stấn\sxã)
    |tộc(?<=[Dd]ân\stộc)|toán(?<=[Kk]iểm\stoán)|hàng(?<=[Nn]gân\shàng)|hiểm(?<=[Bb]ảo\shiểm)|tế(?<=[Kk]inh\stế)
    |chi(?<=[Nn]ước\schi)(?=\s+nhánh\s)|nhánh(?<=[Nn]ước\schi\snhánh)){_TOKEN_END}"""
# --- blind31: the editor's short form glossed inside a name ---
# 'Liên minh Hợp tác xã (HTX) Việt Nam ban hành công văn ...', 'Hội Cựu chiến binh (CCB) tỉnh Gia Lai vừa
# triển khai ...': capitals in brackets with a capitalised word or a unit's kind word after them. The name
# reads on through them, and NAME_GLOSS_RE drops them before the name is split into its parts.
_NAME_GLOSS = rf"""\((?-i:[A-ZĐ][A-ZĐ&.\-]{{1,9}})\)
    (?=[ \t]+(?:[{UPPER}]|(?:tỉnh|huyện|quận|thị|xã|phường|thành)(?![\w])))"""
NAME_GLOSS_RE = re.compile(rf"""(?<=[\w])[ \t]*{_NAME_GLOSS}""", re.VERBOSE)
# sweepA: the centre's dotted initials ('T.Ư', 'T.W'), one word of a name, never a sentence's end.
_CENTRE_DOTTED = rf"T\.[ƯW]{_TOKEN_END}"
# One word of a body's name: capitalised, an acronym/Roman numeral, a name-internal lower-case
# word (never the verb 'ban hành'), 'các' of 'các cơ quan' ('Đảng ủy các cơ quan Đảng Trung ương'), a
# number ('Phường 1'), or '(khóa XIII)'.
BODY_TOKEN = rf"""
    (?:
        (?:TP|Tp|TX|Tx)\.(?=[ \t]*[{UPPER}])  # names: 'UBND TX. Cửa Lò', 'BCĐ 197 TP. Hà Nội'
      | {_CENTRE_DOTTED}  # sweepA: 'Ban Bí thư T.Ư Đoàn', 'Ban Tuyên giáo T.W'
      | BR[ \t]*[-–][ \t]*VT{_TOKEN_END}  # names: 'Tỉnh ủy BR-VT', a province's usual short form
      | [{UPPER}][\w]*{_TOKEN_END}
      | (?!ban\s+hành)(?:{NAME_WORD}){_TOKEN_END}
      | các(?=\s+cơ\s+quan{_TOKEN_END})
      | (?<=[Cc]ông\s)an{_TOKEN_END}  # blind10: 'Đảng ủy Công an tỉnh'
      | (?<=Bộ\s)đội{_TOKEN_END}  # blind10: 'Đảng ủy Bộ đội Biên phòng tỉnh'
      | {_SECTOR_NAME_TOKENS}  # blind15: 'Hội Chữ thập đỏ', 'Ban Chỉ huy Quân sự'
      | {_ARMED_NAME_TOKENS}  # blind31: 'Đảng ủy quân sự tỉnh', 'Đảng ủy công an tỉnh'
      | và(?<=[Gg]iáo\svà)(?=\s+[Dd]ân\s+vận{_TOKEN_END}){_TOKEN_END}  # 2025's 'Ban Tuyên giáo và Dân vận'
      | {_ORG_NAME_TOKENS}  # orgsweep: 'Hội Luật gia', 'Hội Người cao tuổi'
      | {_UNION_NAME_TOKENS}  # bodies2: 'Công đoàn ngành Giáo dục', 'Công đoàn cơ sở Trường ...'
      | {_CELL_NAME_TOKENS}  # blind19: 'Chi ủy chi bộ trường ...', 'Ban chi ủy Chi bộ ...'
      | {_GRASS_CELL_TOKENS}  # grassweep: 'Chi bộ khu phố 3', 'trường mầm non Mỹ Hưng'
      | {_AGENCY_NAME_TOKENS}  # agencysweep: 'Viện Kiểm sát nhân dân', 'Kho bạc Nhà nước'
      | \d{{1,3}}{_TOKEN_END}  # names: 'Quận 3', 'Ban Chỉ đạo 389', 'BCĐ 197'
      | \((?:khóa|khoá|Khóa|Khoá)\s+[^)]{{1,12}}\)
      | {_NAME_GLOSS}  # blind31: 'Liên minh Hợp tác xã (HTX) Việt Nam'
    )
"""
# --- blind9: weekday openings ---
# A page's posting line opens with a weekday ('Chủ nhật - 12/09/2021 21:08', 'THỨ BA, 12/5/2022') and a
# point with an ordinal ('Thứ nhất, về ...'): neither continues the name of a body on the line above.
_WEEKDAY_OPENING = r"""(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|nhất)|chủ\s+nhật)(?![\w])"""

# A name may wrap onto the next paragraph ('... Ban Thường vụ' / 'Thành ủy thực hiện'), but a
# paragraph that opens a sentence ('Thực hiện ...', 'Căn cứ ...') is never part of it.
_NAME_BREAK = rf"""(?:[ \t]+|[ \t]*\n[ \t]*(?!(?:Thực|Căn|Triển|Tiếp|Để|Nhằm|Trên|Theo|Qua|Sau|Trong|Với|
    Ngày|Số|Nơi|[IVX]+[.\-–)])(?![\w])|{_WEEKDAY_OPENING}))"""
_NAME_HEAD = rf"""(?:{_CENTRE_DOTTED}|[{UPPER}][\w]*{_TOKEN_END})"""  # a name's first word (sweepA: or 'T.Ư')
BODY_NAME = rf"""{_NAME_HEAD}(?:{_NAME_BREAK}{BODY_TOKEN}){{0,14}}"""
# blind33: the Politburo and the Secretariat issue jointly, named with a comma ('Ngày 22/8/2025, Bộ Chính trị,
# Ban Bí thư ban hành Kết luận số 185-KL/TW'): one subject, led by the Politburo, never 'Ban Bí thư' alone.
_POLITBURO_SECRETARIAT = r"""Bộ\s+Chính\s+trị\s*,\s*Ban\s+Bí\s+thư(?:\s+Trung\s+ương(?:\s+Đảng)?)?(?![\w])"""

# A cited document: type word and 'số' (both optional), the number, then the date and the issuer.
# Scanning a whole text for these is slow in Python's `re`, so the stages find cheap anchors first
# (every number has a '/', every unnumbered mention a 'của') and match these around them.
NUMBER_WINDOW = (16, 48)  # characters before and after a '/' that can belong to its number
# blind36: 'Kế hoạch hành động số 328-KH/TU' - a Party committee's action plan is typed by its first words.
TYPE_WORD_BEFORE_RE = re.compile(
    rf"""(?<![\w])(?P<tw>{TYPE_WORD})(?:\s+hành\s+động)?\s+(?:số\s*:?\s*)?\Z""",
    re.VERBOSE | re.IGNORECASE,
)
TYPE_WORD_WINDOW = 40
# 'Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017', 'Nghị quyết số 26 và 27-NQ/TW': bare sequence numbers listed
# under one type word before a whole number share its type code, issuer, date and issuing body (a plenum's
# resolutions written once). Read on the text before the whole number; a type word is required, so a day or a
# count before a number ('ngày 18, 19-NQ/TW') is not one.
SHARED_SUFFIX_SEQS_RE = re.compile(
    rf"""(?<![\w])(?P<tw>{TYPE_WORD})\s+(?:số\s*:?\s*)?
        (?P<seqs>\d{{1,5}}(?:\s*(?:,|và)\s*\d{{1,5}})*)   # the bare numbers, ', ' or 'và' between
        \s*(?:,|và)\s*\Z""",
    re.VERBOSE | re.IGNORECASE,
)
SHARED_SUFFIX_WINDOW = TYPE_WORD_WINDOW + 30
# 'báo cáo theo Mẫu số 02/KH-UBND', 'Biểu mẫu số 01/BC', 'Phụ lục số 2/PL kèm theo': a form's or an annex's
# code shaped like a number names the form, never another document.
FORM_WORD_BEFORE_RE = re.compile(
    r"""(?<![\w])(?:(?:biểu\s+)?mẫu|phụ\s+lục)\s+(?:số\s*:?\s*)?\Z""",
    re.VERBOSE | re.IGNORECASE,
)
ISSUER_AFTER_RE = re.compile(
    rf"""[\s,]*(?:của|do)\s+(?P<issuer>{BODY_NAME})""",
    re.VERBOSE,
)
# A mention without a number: 'Chương trình hành động của Ban Thường vụ Thành ủy'.
UNNUMBERED_BEFORE_RE = re.compile(
    rf"""(?<![\w])(?P<tw>(?=[{UPPER}])(?i:{TYPE_WORD}))\s+\Z""",
    re.VERBOSE,
)
OF_RE = re.compile(r"của(?=\s)")  # literal first: fast; the word start is checked by the caller
# Between X and Y of 'X ... về thực hiện Y': X implements Y. 'tiếp tục thực hiện' is not in it:
# DOMAIN §3 counts it as a plain citation (a conclusion that carries on an older directive).
CHAIN_GAP_RE = re.compile(
    r"""\A[ \t,]*(?:về\s+|để\s+|nhằm\s+)?(?:việc\s+)?
        (?:[“"‘«][ \t]*)?(?:triển\s+khai\s+)?  # blind18: '“Thực hiện'
        (?:tổ\s+chức\s+)?thực[ \t]+hiện[ \t]*\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# Between two siblings of one 'Thực hiện A, B và C' clause.
SIBLING_GAP_RE = re.compile(r"\A[ \t]*(?:[,;][ \t]*)?(?:và[ \t]+)?\Z", re.IGNORECASE)
# A list of numbers sharing a type word, date and issuer: 'Quyết định số 217-QĐ/TW, 218-QĐ/TW, ngày'.
LIST_GAP_RE = re.compile(r"\A\s*(?:,|và|;)?\s*\Z")
# blind29: two typed documents joined by 'và' alone ('Hướng dẫn số 235/HD-TƯHCTĐ và Kế hoạch số ...').
PAIR_GAP_RE = re.compile(r"\A[ \t]+và[ \t]+\Z")
# What a preamble or title opens with when it says what the document carries out.
# Only where a sentence can start: a paragraph start, after '.', ';' or ':', or capitalised.
_OPENER_WORDS = r"""(?:(?:để|nhằm)\s+)?(?:tiếp\s+tục\s+)?(?:triển\s+khai\s+)?thực\s+hiện
                   |triển\s+khai|quán\s+triệt,?\s+triển\s+khai"""
OPENER_RE = re.compile(
    rf"""(?:
            (?:^|(?<=[.;:]\s))(?P<any>(?i:{_OPENER_WORDS}))
          | (?<=\s)(?P<cap>(?=[{UPPER}])(?i:{_OPENER_WORDS}))
        )
        \s+(?:có\s+hiệu\s+quả\s+)?""",
    re.VERBOSE | re.MULTILINE,
)
# blind37 b07: a news page reports the carry-out clause in a speaker's words ('Vụ trưởng ... cho biết,
# thực hiện Nghị quyết số 140/NQ-CP ..., Bộ Tư pháp đã xây dựng ...'): the reporting verb and its comma
# start the reported sentence as a stop would. One lookbehind per verb: each must be of fixed width.
_REPORTING_VERBS = (r"cho\sbiết", r"nhấn\smạnh", r"thông\stin", r"khẳng\sđịnh", r"nêu\srõ", r"chia\ssẻ")
_AFTER_REPORTING_VERB = "|".join(rf"(?<=\s{v},\s)" for v in _REPORTING_VERBS)
# blind48: a report opens with the time it covers, then the carry-out clause ('Trong thời gian qua, thực hiện
# Chỉ thị số 05-CT/TU ..., các cấp uỷ ... đã triển khai ...'): the phrase and its comma start the clause as a
# stop would. Capitalised, so the phrase opens its sentence; one lookbehind each (fixed width).
_TIME_OPENERS = (r"Thời\sgian\squa", r"Thời\sgian\svừa\squa", r"Trong\sthời\sgian\squa",
                 r"Trong\sthời\sgian\svừa\squa", r"Những\snăm\squa", r"Trong\snhững\snăm\squa", r"Năm\squa",
                 r"Trong\snăm\squa")
_AFTER_TIME_OPENER = "|".join(rf"(?<=(?<![\w]){w},\s)" for w in _TIME_OPENERS)
# 'Căn cứ Kế hoạch số ...': read as what is implemented only when no 'Thực hiện' clause exists;
# after a reporting verb too ('... cho biết, căn cứ Kế hoạch số ...').
BASIS_OPENER_RE = StartedPattern(re.compile(
    rf"(?:^|(?<=[.;:]\s)|{_AFTER_REPORTING_VERB})(?i:căn\s+cứ(?:\s+vào)?)\s+", re.MULTILINE),
    "căn", before=r"\s")
BASIS_TYPES = frozenset({"NQ", "KH", "CTr", "CT", "KL"})  # not laws, statutes, rules or guidance
# The first Roman-numeral section heading ends the front matter (title and preamble).
FIRST_SECTION_RE = re.compile(r"(?m)^\W{0,3}(?:I|1)\s*[.\-–)]\s+[" + UPPER + r"]")

# Header lines.
NUMBER_LINE_RE = re.compile(rf"^\s*(?:Số|SỐ)\s*:?\s*(?P<number>{NUMBER})", re.VERBOSE)
# --- blind8 header: a number's last code wrapped into a cell of its own ---
# 'Số: 255 / BC-BCĐPCGD-' / 'Nga Sơn, ngày 13 tháng 11 năm 2020' / 'XMC': a two-column header read line by
# line leaves the number's dangling dash on its line and the code after it alone on a later one.
NUMBER_DANGLING_DASH_RE = re.compile(rf"\s*[{DASH_CHARS}]\s*$")
NUMBER_TAIL_CELL_RE = re.compile(r"^\s*(?P<tail>[A-ZĐ][A-ZĐ0-9]{0,7})\s*$")
# 'Số     /KH-UBND', 'Số -CTr/TU': a number left blank for the office to fill in.
BLANK_NUMBER_RE = re.compile(
    rf"^\s*Số\s*:?[\s.…_]*[{DASH_CHARS}/]\s*[{_CODE}]{{1,5}}(?:\s*[{DASH_CHARS}/]|\s*$)", re.IGNORECASE
)
# blind24: the same blank line still names the type by its code ('Số       -BC/TU' over a draft report, 'Số:
#      /KH-UBND'): the code before the slash or dash, when it is a type code, is the document's type.
BLANK_NUMBER_TYPE_RE = re.compile(
    rf"^\s*Số\s*:?\s*(?:[./\s…_]*){DASH}?\s*(?P<code>[{_CODE}]{{1,5}})\s*[{DASH_CHARS}/]", re.IGNORECASE
)  # the dashes first in the class: '/-' would open a range
# A draft's mark between its number and its trích yếu: '(Dự thảo lần 5)', 'DỰ THẢO', '(Dự thảo 2)'.
DRAFT_MARK_RE = re.compile(r"^\(?\s*dự\s+thảo(?:\s+(?:lần\s+)?(?:\d+|thứ\s+\w+))?\s*\)?\s*$", re.IGNORECASE)
# blind27: the mark run into the type line itself ('DỰ THẢO BÁO CÁO' over a ward's draft report): stripped
# from a capitals line before it is read as a type heading.
DRAFT_HEADING_PREFIX_RE = re.compile(r"^\s*dự\s+thảo\s+(?=\S)", re.IGNORECASE)
PLACE_DATE_RE = HintedPattern(re.compile(
    rf"""
    (?:^|\s)(?P<place>(?-i:[{UPPER}][\w.]*(?:\s+[{UPPER}\d][\w.]*){{0,4}}(?:[-–][{UPPER}][\w.]*(?:\s+[{UPPER}][\w.]*){{0,2}})?
        (?:\s+[{LOWER}][\w]*(?=\s*,\s*ngày))?))  # blind2: 'Tùng châu, ngày' (checked against the gazetteer)
    \s*,\s*
    (?P<when>ngày\s+(?:ngày\s+)?(?:{DATE}|[\s.…_]*tháng[\s.…_\d]*năm\s*\d{{0,4}}))
    """,
    re.VERBOSE | re.IGNORECASE,
), r",\s*ngày", re.IGNORECASE)  # most header lines hold no ', ngày'
DATE_RE = re.compile(DATE, re.VERBOSE | re.IGNORECASE)
# --- perturb header: a number cell without its 'Số' ---
# '2167/QĐ-UBND' or '66-CTr/TU' alone on a header line: an OCR or a copy that dropped the word (or a
# header that never wrote it) leaves the cell, which a clerk still reads as the document's number.
NUMBER_ALONE_RE = re.compile(rf"^\s*(?P<number>{NUMBER})\s*$", re.VERBOSE)
# --- perturb2 header: the bare number cell run into the place-date cell ---
# '454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011': a flattened header row whose number cell lost its
# 'Số'; the place-date after it marks the cell, as a bare number alone on its line is one.
NUMBER_BEFORE_PLACE_DATE_RE = re.compile(
    rf"""^\s*(?P<number>{NUMBER})[ \t]+
        (?=[{UPPER}][^\s,]*(?:[ \t]+[^\s,]+){{0,4}}[ \t]*,[ \t]*ngày[ \t]+\d)""",
    re.VERBOSE,
)
# --- blind44 header: the number row run on into the type heading and the title ---
# 'Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH ...': a copy that joined the
# header table row by row keeps the number cell and the place-date cell at the line's head however long the
# heading and title run after them; such a line is the header's row, not running text.
NUMBER_ROW_RE = re.compile(
    rf"""^\s*(?:Số|SỐ)\s*:?\s*(?P<number>{NUMBER})[ \t]+
        (?=[{UPPER}][^\s,]*(?:[ \t]+[^\s,]+){{0,4}}[ \t]*,[ \t]*ngày[ \t]+\d)""",
    re.VERBOSE,
)
# --- blind10 header: a text whose every non-ASCII letter was dropped (a Word binary read as bytes) ---
# 'Lm H, ngy 22 thng 11 nm 2021' (Lâm Hà, ngày 22 tháng 11 năm 2021): the date words keep their consonants
# only; the type heading after it likewise ('Hng dn' for Hướng dẫn, 'K hoch' for Kế hoạch).
STRIPPED_PLACE_DATE_RE = re.compile(
    r"""(?:^|\s)(?P<place>[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,3})\s*,\s*
        (?i:ngy)\s+(?P<d>\d{1,2})\s+(?i:thng)\s+(?P<m>\d{1,2})\s+(?i:nm)\s+(?P<y>(?:19|20)\d\d)(?!\d)""",
    re.VERBOSE,
)
STRIPPED_TYPE_WORDS: dict[str, str] = {
    "hng dn": "HD", "k hoch": "KH", "ngh quyt": "NQ", "quyt nh": "QĐ", "thng bo": "TB", "bo co": "BC",
    "ch th": "CT", "kt lun": "KL", "chng trnh": "CTr", "t trnh": "TTr", "quy ch": "QC",
}
STRIPPED_TYPE_RE = re.compile(
    r"(?<![A-Za-z])(?P<tw>" + "|".join(w.replace(" ", r"\s+") for w in STRIPPED_TYPE_WORDS)
    + r")(?![A-Za-z])",
    re.IGNORECASE,
)
# --- datesweep: a header whose marks were partly lost ---
# realworld s10: a PDF text layer that kept some letters bare and dropped others ('Ph Th, ngay 12 thang
# 01 nm 2017', 'Hanh phuc'): the date words with or without their vowel; blind10's 'ngy thng nm' is one
# case of it, and the restorer of stripped text may give back some words only ('ngày 12 tháng 01 nm').
# 'Số' loses its vowel too ('S: 02 /HD-SVHTTDL', 'S 45-KH/TU'), read only where such a date line shows
# the damage (`header._marks_lost_number`).
MARKS_LOST_PLACE_DATE_RE = re.compile(
    r"""(?:^|\s)(?P<place>[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,3})\s*,\s*
        (?P<w1>(?i:ng[aà]?y))\s+(?P<d>\d{1,2})\s+(?P<w2>(?i:th[aá]?ng))\s+(?P<m>\d{1,2})\s+
        (?P<w3>(?i:n[aă]?m))\s+(?P<y>(?:19|20)\d\d)(?!\d)""",
    re.VERBOSE,
)
MARKS_LOST_NUMBER_RE = re.compile(rf"(?:^|\s)S\s*:?\s*(?P<number>{NUMBER})", re.VERBOSE)
# Type headings ('KẾ HOẠCH'), compared on folded text.
TYPE_HEADINGS: dict[str, str] = {
    "kế hoạch": "KH", "chương trình hành động": "CTr", "chương trình": "CTr", "nghị quyết": "NQ",
    "chỉ thị": "CT", "kết luận": "KL", "quyết định": "QĐ", "quy định": "QĐ", "hướng dẫn": "HD",
    "thông báo": "TB", "báo cáo": "BC", "tờ trình": "TTr", "công văn": "CV", "quy chế": "QC",
    "đề án": "ĐA", "nghị định": "NĐ", "thông tư": "TT", "kế hoạch hành động": "KH",
}
TYPE_HEADING_RE = re.compile(
    r"^(?P<heading>" + "|".join(_words(w) for w in sorted(TYPE_HEADINGS, key=len, reverse=True))
    + r")(?:\s+(?P<rest>.*))?$",
    re.IGNORECASE,
)
# Lines of the header that are not the issuer: the Party motto and the state's national motto.
MOTTO_RE = re.compile(
    r"^(?:đảng\s+cộng\s+sản\s+việt\s+nam|cộng\s+hòa\s+xã\s+hội|độc\s+lập\s*[-–]|\*+$)", re.IGNORECASE
)
# The state's national motto in capitals; sweepH: a document site's copy may drop a mark ('CỘNG HÒA XÃ HỘI CHỦ
# NGHIA VIỆT NAM' over a commune's plan on 123docz, its issuer run onto the same line).
NATIONAL_MOTTO_CAPS = r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGH(?:ĨA|IA)\s+VIỆT\s+NAM"
# Two header columns extracted onto one line: 'TỈNH ỦY BẮC GIANG ĐẢNG CỘNG SẢN VIỆT NAM'.
MOTTO_SPLIT_RE = re.compile(
    rf"\s*(?:ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|{NATIONAL_MOTTO_CAPS}"
    r"|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc)\s*",
    re.IGNORECASE,
)
# --- datesweep: a number glued to the header cells around it ---
# blind2 b08: 'BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ...': a copy
# that ran the header's cells together without a space. The 'Số' cell begins right after the organ's
# last capital or its rule of stars or dashes (the stars the cleaning drops: 'TRUNG ƯƠNGSố: 367'), and the
# number ends where the other column's words begin (the motto, the Youth Union's second line).
GLUED_NUMBER_HEAD_RE = re.compile(rf"(?<=[*\-–_{UPPER}])(?=(?:Số|SỐ)\s*:?\s*\d)")
GLUED_NUMBER_END_RE = re.compile(
    r"(?<=[A-ZĐ])(?=ĐẢNG\s+CỘNG\s+SẢN|CỘNG\s+H(?:ÒA|OÀ)\s+XÃ|ĐOÀN\s+TNCS|Độc\s+lập)"
)
# --- header and recipients: a letter's salutation ---
# 'Kính gửi', the one spelling of it every rule reads: with its marks lost or slipped ('Kinh gui', 'gưi',
# 'gủi'), 'gữi' typed for 'gửi' (real letters make the slip) and 'gởi', the southern spelling.
_ADDRESSED_WORD = r"K[íi]nh"
_SALUTATION = rf"{_ADDRESSED_WORD}\s+g[ửữởưủu]i"
# --- blind2 header: a letter flattened onto one line ---
# 'ỦY BAN NHÂN DÂN XÃ TÂN HẢI Số: 45 /UBND V/v ... CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do -
# Hạnh phúc Tân Hải, ngày 12 tháng 3 năm 2020 Kính gửi: ...': where each header cell begins (the number,
# the 'V/v' subject, a motto, kept as a cell of its own, the place-date line), and where the header
# ends (the salutation, 'Kính gửi', also typed 'Kính gữi').
FLAT_HEADER_CUT_RE = re.compile(
    rf"""\s+(?=(?:Số|SỐ)\s*:?\s*\d)
      | \s+(?=[“"]?\s*V/v(?![\w]))
      | \s*(ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|{NATIONAL_MOTTO_CAPS}
          |Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc)\s*
      | \s+(?=[A-ZĐ][^\s,]*(?:\s+[^\s,]+){{0,2}},\s*ngày\s+\d)""",
    re.VERBOSE,
)
FLAT_SALUTATION_RE = re.compile(rf"\s+(?={_SALUTATION}\s*:)")

# --- sweep header: a header run onto one line of any length ---
# 'TỈNH ỦY NGHỆ AN * Số 45-KH/TU ĐẢNG CỘNG SẢN VIỆT NAM Nghệ An, ngày 12 tháng 3 năm 2024 KẾ HOẠCH về ...',
# 'BAN CHẤP HÀNH TRUNG ƯƠNG *** Số: 45-KH/TWĐTN-CTTN ĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày ...': a copy that
# ran the header's cells together is one however short its title: a body's name, then the number cell
# ('Số' and a digit after other words), then a motto or a place-date line.
FLAT_NUMBER_CELL_RE = re.compile(
    rf"\S(?:\s+|\s*\*{{1,3}}\s*|(?<=[{UPPER}]{{2}})(?=Số\s*:))(?:Số|SỐ)\s*:?\s*\d")
# A forum copy that dropped the '***' between the cells glues the number to the body's name: 'BAN CHẤP HÀNH
# TRUNG ƯƠNGSố: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày ...' (blind2 b08): cut by
# GLUED_NUMBER_HEAD_RE, the one rule for a number cell glued to the cell before it.
FLAT_YOUTH_MOTTO_RE = re.compile(r"\s*(ĐOÀN\s+TNCS\s+HỒ\s+CHÍ\s+MINH)\s*")
# The type heading that follows the place-date in such a line ('... năm 2024 KẾ HOẠCH về ...').
FLAT_HEADING_CUT_RE = re.compile(rf"(?<=năm\s\d{{4}})\s+(?=[{UPPER}]{{2,}}\s)")

# --- titlesweep header: the trích yếu inside a flattened header ---
# 'Huế, ngày 08 tháng 11 năm 2016 NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ NĂM ... KHOÁ XV về phát triển du lịch ...
# năm 2030 --Hội nghị ...', 'QUYẾT ĐỊNHVề việc ban hành Quy định ...--------- BAN BÍ THƯ ...': the type
# heading in capitals (with the caps words of its own heading), then the title in running case from its 'về' /
# 'Về việc' / 'V/v' up to the rule under it or the cell's end (the caller checks the type word's capitals).
# blind29: after the place-date, a title may open on any lower-case word ('... năm 2018 HƯỚNG DẪN thể thức
# và kỹ thuật trình bày ...'): the heading's capitals stop where running case begins.
# blind44: under a title in capitals its opener is in capitals too ('QUYẾT ĐỊNH V/V BAN HÀNH ...').
FLAT_TITLE_RE = re.compile(
    rf"""(?:^|(?<=năm\s\d{{4}})(?P<dated>[ \t]+))(?P<tw>(?i:{TYPE_WORD}))
        (?:[ \t]+[{UPPER}\d]+)*?[ \t]*
        (?P<title>(?:(?i:về[ \t]+việc|về|v/v)[ \t]+|(?(dated)(?=[{LOWER}]{{2}})|(?!)))[^\n]+?)
        [ \t]*(?:-{{2,}}|\Z)""",
    re.VERBOSE,
)

# --- blind29 page: a site's list of other items under the document ---
# 'Tài liệu tương tự' (a document-sharing site), 'Tin liên quan', 'Bài viết liên quan', 'Tin cùng chuyên mục',
# 'Văn bản khác', 'Các tin khác': a line that is only such a heading opens the site's list of other pages
# (their titles, their headers' first words and numbers), none of them the document's own text.
_SITE_ITEM_WORD = r"(?:các\s+)?(?:tài\s+liệu|văn\s+bản|tin(?:\s+tức|\s+bài)?|bài(?:\s+viết)?)"
_SITE_LIST_KIND = r"(?:tương\s+tự|liên\s+quan|cùng\s+(?:chuyên\s+mục|lĩnh\s+vực|loại)|khác)"
SITE_LIST_HEADING_RE = re.compile(
    rf"""{_SITE_ITEM_WORD}\s+{_SITE_LIST_KIND}
        \s*:?""",
    re.IGNORECASE | re.VERBOSE,
)

# --- blind2 header: the left column's two lines run together ---
# 'UỶ BAN MTTQ VIỆT NAM XÃ TÙNG CHÂU BAN THƯỜNG TRỰC', 'TỈNH ỦY HÀ TĨNH BAN TUYÊN GIÁO': a committee and
# its organ or office on one line; the organ begins a cell of its own (the caller checks the words
# before it name a body and its place).
HEADER_ORGAN_CUT_RE = re.compile(
    r"""\s+(?=(?:BAN\s+(?:THƯỜNG\s+TRỰC|THƯỜNG\s+VỤ|TUYÊN\s+GIÁO|DÂN\s+VẬN|TỔ\s+CHỨC|NỘI\s+CHÍNH)
        |VĂN\s+PHÒNG|[UỦ]Y\s+BAN\s+KIỂM\s+TRA)(?![\w]))""",
    re.VERBOSE,
)
# --- sweep header: a Party body's line run into its superior's ---
# 'ĐẢNG BỘ TỈNH NGHỆ AN HUYỆN ỦY NGHĨA ĐÀN', 'TỈNH ỦY NGHỆ AN ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH', 'TỈNH ỦY HÀ
# TĨNH ĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN TỈNH', '... BAN CÁN SỰ ĐẢNG UBND TỈNH': the committee
# begins a cell of its own, as an organ does above (the caller checks the words before name a body and
# its place, so 'BAN TUYÊN GIÁO HUYỆN ỦY' stays whole).
HEADER_COMMITTEE_CUT_RE = re.compile(
    r"\s+(?=(?:(?:HUYỆN|QUẬN|THỊ|THÀNH|ĐẢNG|TỈNH)\s+[UỦ]Y|ĐẢNG\s+ĐOÀN|BAN\s+CÁN\s+SỰ)(?![\w]))")

# --- perturb2 header: a department's line run into its committee's ---
# 'UBND THÀNH PHỐ HÀ NỘI SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'UBND HUYỆN GIA LÂM PHÒNG NỘI VỤ': a flattened header's
# two issuer lines on one; each place a department's name can start is tried ('HẢI PHÒNG SỞ Y TẾ').
HEADER_DEPARTMENT_CUT_RE = re.compile(r"\s+(?=(?:SỞ|PHÒNG|CHI\s+CỤC|TRUNG\s+TÂM)\s)")
# --- agencysweep header: an agency's line run into its superior's ---
# 'BỘ CÔNG AN CÔNG AN TỈNH NGHỆ AN', 'BẢO HIỂM XÃ HỘI TỈNH HƯNG YÊN BẢO HIỂM XÃ HỘI HUYỆN KIM ĐỘNG',
# 'UBND TỈNH NGHỆ AN THANH TRA TỈNH', 'TỈNH ỦY NGHỆ AN BAN KINH TẾ': where an agency's name can start (the
# caller checks both sides name bodies); cellcut: a name that ends the cell ('... BAN DÂN TỘC' before the
# number cell of a header run onto one line) starts there too.
HEADER_AGENCY_CUT_RE = re.compile(  # blind30: never between 'TỔNG' and 'CỤC' ('BỘ TÀI CHÍNH TỔNG CỤC THUẾ')
    r"""(?<!TỔNG)\s+(?=(?:CÔNG\s+AN|BẢO\s+HIỂM\s+XÃ\s+HỘI|BHXH|VIỆN\s+KIỂM\s+SÁT|VKSND|TÒA\s+ÁN|TOÀ\s+ÁN|TAND
        |KHO\s+BẠC|(?:TỔNG\s+)?CỤC|THANH\s+TRA|BAN\s+(?:DÂN\s+TỘC|QUẢN\s+LÝ|KINH\s+TẾ)|TRƯỜNG\s+CHÍNH\s+TRỊ|BỘ\s+CHỈ\s+HUY
        |NGÂN\s+HÀNG)(?![\w]))""",
    re.VERBOSE,
)

# --- grassweep header: a commune's or a cell's line run into its superior's ---
# 'UBND HUYỆN ĐÔNG SƠN UBND XÃ ĐÔNG QUANG', 'HỘI LHPN HUYỆN ĐÔNG SƠN HỘI LHPN XÃ ĐÔNG QUANG', 'BCH ĐOÀN
# HUYỆN THỌ XUÂN BCH ĐOÀN THỊ TRẤN SAO VÀNG', 'ĐẢNG ỦY PHƯỜNG THỦY LƯƠNG CHI BỘ KHU PHỐ 3': where a grassroots
# body's name can start (the caller checks the words after name a commune's body or a cell, the words before
# a place).
# cellcut: the same two lines at any level, for every body kind a mass organisation, a council or a
# committee heads: 'BCH ĐOÀN TỈNH NGHỆ AN BCH ĐOÀN HUYỆN NGHĨA ĐÀN', 'TỔNG LĐLĐ VIỆT NAM LIÊN ĐOÀN LAO ĐỘNG
# TỈNH BÌNH DƯƠNG', 'LĐLĐ TỈNH NGHỆ AN CÔNG ĐOÀN NGÀNH GIÁO DỤC', 'HĐND TỈNH HÀ TĨNH THƯỜNG TRỰC' (the
# council's standing committee), 'UBND XÃ ĐỨC HỢP BCĐ PHÒNG, CHỐNG ...', 'TỈNH ĐOÀN X HUYỆN ĐOÀN Y', 'ỦY BAN
# TRUNG ƯƠNG MTTQ VIỆT NAM ỦY BAN MTTQ VIỆT NAM TỈNH X'; never inside 'TỔNG LIÊN ĐOÀN' nor 'BAN THƯỜNG TRỰC'
# (the caller checks the words before name a superior, the words after a body under it).
HEADER_GRASS_CUT_RE = re.compile(
    r"""\s+(?=(?:UBND|[UỦ]Y\s+BAN\s+NHÂN\s+DÂN|HĐND|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|HỘI|BCH|BAN\s+CHẤP\s+HÀNH
        |CHI\s+BỘ|ĐẢNG\s+[UỦ]Y)\s)
      | (?<!TỔNG)\s+(?=(?:LĐLĐ|LIÊN\s+ĐOÀN\s+LAO\s+ĐỘNG|CÔNG\s+ĐOÀN|CĐCS|BCĐ|BAN\s+CHỈ\s+ĐẠO
        |(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+ĐOÀN
        |[UỦ]Y\s+BAN\s+(?:MTTQ|MẶT\s+TRẬN)|(?<!BAN\s)THƯỜNG\s+TRỰC)(?![\w]))""",
    re.VERBOSE,
)
# --- blind18 header: a committee publishing a document in full ---
# '..., Ban Thường vụ Tỉnh ủy công bố toàn văn dự thảo Báo cáo Chính trị ...': the committee that puts out the
# full text (a draft for comment, a regulation) is the page's issuer, as one that issues it; a body that only
# announces another's document ('công bố Quyết định của Thủ tướng') says no 'toàn văn' and is none.
PUBLISHES_IN_FULL = r"công\s+bố\s+toàn\s+văn(?:\s+dự\s+thảo)?"
PUBLISHED_NAME_START_RE = re.compile(r"công\s+bố\s+toàn\s+văn\s+")  # the published text's name begins
# --- blind29 header: a body deploying its own unnumbered document, announced 'như sau' ---
# 'Hội Chữ thập đỏ tỉnh triển khai Kế hoạch tổ chức “Tháng Nhân đạo” năm 2019 với các nội dung như sau:': the
# type word with no number and no other issuer ('triển khai Kế hoạch số 53/KH-UBND của UBND huyện' carries out
# a parent), its clause closed by 'như sau' within the sentence.
DEPLOYS_OWN = rf"""triển\s+khai(?=\s+(?:{TYPE_WORD})\s+(?!(?:số|của|do)(?![\w]))[^.;\n]{{0,200}}?như\s+sau)"""
# '..., Ủy ban nhân dân xã Tự Cường ban hành Kế hoạch', 'Ban Thường vụ Huyện ủy xây dựng Kế hoạch'.
# --- grassweep header: an agency's Party committee by its agency's whole name, lower-case words and all ---
# 'Đảng ủy Sở Y tế tỉnh Thái Nguyên xây dựng ...', 'Đảng ủy Bệnh viện Đa khoa tỉnh ...', 'Đảng ủy Tổng công ty
# Điện lực miền Bắc ban hành ...': the words up to the clause's verb (a department's name's shape).
AGENCY_COMMITTEE_NAME = rf"""[Đđ]ảng\s+(?:ủy|uỷ)\s+(?:cơ\s+quan\s+)?(?:Sở|Phòng|Văn\s+phòng|Bệnh\s+viện|Trường
    |Học\s+viện|Tổng\s+công\s+ty|Công\s+ty)\s+[{UPPER}]\w*(?:(?:\s+|\s*[{DASH_CHARS},&]\s*)(?:và\s+)?\w+){{0,8}}?"""
ISSUER_CLAUSE_RE = re.compile(
    rf"""
    (?P<issuer>{_POLITBURO_SECRETARIAT}|{AGENCY_COMMITTEE_NAME}|{BODY_NAME})\s+  # blind33: joint name whole
    (?:(?:thống\s+nhất\s+|cùng\s+)?(?i:ban\s+hành|xây\s+dựng|đề\s+ra|triển\s+khai\s+xây\s+dựng
        |{PUBLISHES_IN_FULL}  # blind18: 'Ban Thường vụ Tỉnh ủy công bố toàn văn dự thảo Báo cáo ...'
        |{DEPLOYS_OWN})\s+  # blind29: 'Hội Chữ thập đỏ tỉnh triển khai Kế hoạch tổ chức ... như sau:'
        (?P<tw>(?i:{TYPE_WORD}))
      | hướng\s+dẫn\s+(?:triển\s+khai|thực\s+hiện|tổ\s+chức|việc|các|như\s+sau)   # a Hướng dẫn's own clause
    )
    """,
    re.VERBOSE,
)

# --- blind19 header: a People's Committee written in lower case, with no name, opening its clause ---
# 'Thực hiện Nghị quyết 01 của HĐND ..., ủy ban nhân dân xã xây dựng kế hoạch ...', 'Căn cứ ..., uỷ ban nhân
# dân phường đã xây dựng Kế hoạch ...': a body-only copy's own making clause; 'Giao ủy ban nhân dân xã xây
# dựng kế hoạch' (work given) and '... của ủy ban nhân dân xã' do not open a clause.
# grassweep: the commune's Party committee so written too, and either one with its unit's name ('..., đảng ủy
# thị trấn Vĩnh Lộc xây dựng kế hoạch', '..., ủy ban nhân dân xã Đông Quang xây dựng kế hoạch').
LOWER_COMMITTEE_CLAUSE_RE = re.compile(
    rf"""(?=[uủđ \t])(?:(?<=[,;:][ \t])|(?<=[,;:])|^)[ \t]*  # the first letter first: a cheap test per place
    (?P<issuer>(?:(?:ủy|uỷ)[ \t]+ban[ \t]+nhân[ \t]+dân|đảng[ \t]+(?:ủy|uỷ))[ \t]+
        {_UNIT_KIND_ON_LINE}
        (?:[ \t]+[{UPPER}][\w]*(?:[ \t]+[{UPPER}][\w]*){{0,3}})?)
    [ \t]+(?:(?:đã|vừa|mới)[ \t]+)?(?i:ban[ \t]+hành|xây[ \t]+dựng)[ \t]+(?P<tw>(?i:{TYPE_WORD}))(?![\w])""",
    re.VERBOSE | re.MULTILINE,
)

# --- blind19 citations: a list of bases with a full stop where ';' belongs ---
# '... nhiệm kỳ 2022 - 2025. Kế hoạch số 40-KH/ĐU ngày 25/3/2022 của Đảng bộ xã Mỹ Hưng ...': the stop right
# before a sentence that opens with the cited document itself (a word's stop, not an abbreviation's 'TP.').
LIST_ITEM_AFTER_STOP_RE = re.compile(r"[\w)”\"]\.[ \t]+\Z")
# A sentence's end between the opener's last item and a comma-led mention: '... của UBND tỉnh. Năm 2020, Kế
# hoạch số 12/KH-UBND ... đã đạt kết quả tốt.' - the comma ends the new sentence's opening phrase, no item.
SENTENCE_STOP_RE = re.compile(rf"(?<=[\w)”\"])\.[ \t]+(?=[{UPPER}])")

# --- blind11 header: bodies issuing jointly ---
# 'Thường trực Hội đồng nhân dân tỉnh và Ủy ban nhân dân tỉnh thống nhất ban hành Quy chế ...': the clause's
# subject is both bodies and the first named leads, as in a joint header (matched right before the second).
JOINT_FIRST_BEFORE_RE = re.compile(rf"""(?P<first>{BODY_NAME})[ \t\n]+và[ \t\n]+\Z""", re.VERBOSE)
JOINT_VERB_RE = re.compile(r"\s+(?:thống\s+nhất|cùng)\s", re.IGNORECASE)

# --- blind10 header: a body's term between its name and its clause's verb ---
# 'Ủy ban MTTQ Việt Nam tỉnh Bình Thuận khoá VIII, nhiệm kỳ 2019 – 2024 xây dựng chương trình ...'.
ISSUER_TERM_CLAUSE_RE = HintedPattern(re.compile(
    rf"""(?P<issuer>{BODY_NAME})\s*,?\s*nhiệm\s+kỳ\s+\d{{4}}\s*[-–]\s*\d{{4}}\s*,?\s+
        (?i:ban\s+hành|xây\s+dựng|đề\s+ra)\s+(?P<tw>(?i:{TYPE_WORD}))""",
    re.VERBOSE,
), r"nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4}\s*,?\s+(?i:ban\s+hành|xây\s+dựng|đề\s+ra)\s")

# Body phrases: optional organ ('Ban Thường vụ') and base committee ('Thành ủy'), then a locality.
ORGANS: dict[str, tuple[str, str]] = {
    # folded spelling: (display, kind)
    "ban thường vụ": ("Ban Thường vụ", "standing_committee"),
    "thường trực": ("Thường trực", "standing_board"),
    "ban thường trực": ("Ban Thường trực", "standing_board"),
    # an abbreviation is shown as written (a label quotes the text); the graph spells it out for the key
    "btv": ("BTV", "standing_committee"),
    "bch": ("BCH", "party_committee"),
    "ubkt": ("UBKT", "inspection_committee"),
    "ban chấp hành": ("Ban Chấp hành", "party_committee"),
    "đảng đoàn": ("Đảng đoàn", "party_delegation"),
    "ban cán sự đảng": ("Ban cán sự đảng", "party_cadre_committee"),
    "ban tuyên giáo": ("Ban Tuyên giáo", "party_board"),
    "ban dân vận": ("Ban Dân vận", "party_board"),
    "ban tổ chức": ("Ban Tổ chức", "party_board"),
    "ban nội chính": ("Ban Nội chính", "party_board"),
    "ban tuyên giáo và dân vận": ("Ban Tuyên giáo và Dân vận", "party_board"),
    "ủy ban kiểm tra": ("Ủy ban Kiểm tra", "inspection_committee"),
    "văn phòng": ("Văn phòng", "party_office"),
    # a congress and the office-holders who sign for a body ('Chủ tịch UBND huyện ... ban hành')
    "đại hội đại biểu": ("Đại hội đại biểu", "party_congress"),
    "đại hội": ("Đại hội", "party_congress"),
    "chủ tịch": ("Chủ tịch", "chairperson"),
    "phó chủ tịch": ("Phó Chủ tịch", "chairperson"),
    "bí thư": ("Bí thư", "secretary"),
    "phó bí thư": ("Phó Bí thư", "secretary"),
}
BASES: dict[str, tuple[str, str, str | None]] = {
    # folded spelling: (display, kind, level it fixes or None). The display keeps the text's own form:
    # a text that writes only 'UBND tỉnh' is named 'UBND tỉnh' in the record (the original text for
    # display; readers and labellers quote what the page says), a header's 'ỦY BAN NHÂN DÂN TỈNH' stays
    # the full name. The graph matches both by one key (graph.bodies: names are expanded there).
    "ban chấp hành trung ương đảng": ("Ban Chấp hành Trung ương Đảng", "central_committee", "central"),
    "ban chấp hành trung ương": ("Ban Chấp hành Trung ương", "central_committee", "central"),
    "bộ chính trị": ("Bộ Chính trị", "politburo", "central"),
    "ban bí thư": ("Ban Bí thư", "secretariat", "central"),
    "chính phủ": ("Chính phủ", "government", "central"),
    "trung ương": ("Trung ương", "central_committee", "central"),
    "tỉnh ủy": ("Tỉnh ủy", "party_committee", "province"),
    "thành ủy": ("Thành ủy", "party_committee", None),
    "huyện ủy": ("Huyện ủy", "party_committee", "district"),
    "quận ủy": ("Quận ủy", "party_committee", "district"),
    "thị ủy": ("Thị ủy", "party_committee", "district"),
    "đảng ủy": ("Đảng ủy", "party_committee", None),
    "đảng bộ": ("Đảng bộ", "party_committee", None),
    "ủy ban nhân dân": ("Ủy ban nhân dân", "peoples_committee", None),
    "ubnd": ("UBND", "peoples_committee", None),
    "hội đồng nhân dân": ("Hội đồng nhân dân", "peoples_council", None),
    "hđnd": ("HĐND", "peoples_council", None),
    "ủy ban mặt trận tổ quốc việt nam": ("Ủy ban Mặt trận Tổ quốc Việt Nam", "fatherland_front", None),
    "ủy ban mặt trận tổ quốc": ("Ủy ban Mặt trận Tổ quốc", "fatherland_front", None),
    "ủy ban mttq việt nam": ("Ủy ban MTTQ Việt Nam", "fatherland_front", None),
    "ủy ban mttq": ("Ủy ban MTTQ", "fatherland_front", None),
    "mặt trận tổ quốc việt nam": ("Mặt trận Tổ quốc Việt Nam", "fatherland_front", None),
    "mặt trận tổ quốc": ("Mặt trận Tổ quốc", "fatherland_front", None),
    "ubmttq việt nam": ("UBMTTQ Việt Nam", "fatherland_front", None),
    "ubmttq": ("UBMTTQ", "fatherland_front", None),
    "chi bộ": ("Chi bộ", "party_cell", "commune"),
    # central state bodies and the Front's centre
    "thủ tướng chính phủ": ("Thủ tướng Chính phủ", "prime_minister", "central"),
    "thủ tướng": ("Thủ tướng Chính phủ", "prime_minister", "central"),
    "quốc hội": ("Quốc hội", "national_assembly", "central"),
    "ủy ban thường vụ quốc hội": ("Ủy ban Thường vụ Quốc hội", "national_assembly", "central"),
    "ủy ban trung ương mặt trận tổ quốc việt nam": (
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "fatherland_front", "central"),
    "ủy ban trung ương mttq việt nam": (  # cellcut: the short form over a province's Front committee
        "Ủy ban Trung ương MTTQ Việt Nam", "fatherland_front", "central"),
    "bộ": ("Bộ", "ministry", "central"),  # a ministry: 'Bộ Giáo dục và Đào tạo' (see resolve.parse_body)
    "sở": ("Sở", "department", "province"),  # a provincial department: 'Sở Giáo dục và Đào tạo'
    "phòng": ("Phòng", "district_office", "district"),  # a district's office: 'Phòng Giáo dục và Đào tạo'
    "ban quản lý": ("Ban Quản lý", "management_board", None),
    "ban chỉ đạo": ("Ban Chỉ đạo", "steering_committee", None),
    "bcđ": ("BCĐ", "steering_committee", None),  # blind2: a header's 'BCĐ PHÒNG, CHỐNG DỊCH COVID-19'
    # the Youth Union and the mass organisations, at the level their name gives
    "tỉnh đoàn": ("Tỉnh đoàn", "youth_union", "province"),
    "thành đoàn": ("Thành đoàn", "youth_union", None),
    "huyện đoàn": ("Huyện đoàn", "youth_union", "district"),
    "quận đoàn": ("Quận đoàn", "youth_union", "district"),
    "thị đoàn": ("Thị đoàn", "youth_union", "district"),
    "đoàn thanh niên cộng sản hồ chí minh": ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "youth_union", None),
    # --- resolve: the Youth Union named unit word last ('BCH ĐOÀN HUYỆN THỌ XUÂN') ---
    "đoàn tỉnh": ("Đoàn tỉnh", "youth_union", "province"),
    "đoàn huyện": ("Đoàn huyện", "youth_union", "district"),
    "đoàn quận": ("Đoàn quận", "youth_union", "district"),
    "đoàn thị xã": ("Đoàn thị xã", "youth_union", "district"),
    "hội liên hiệp phụ nữ": ("Hội Liên hiệp Phụ nữ", "mass_organisation", None),
    "hội nông dân": ("Hội Nông dân", "mass_organisation", None),
    "hội cựu chiến binh": ("Hội Cựu chiến binh", "mass_organisation", None),
    "liên đoàn lao động": ("Liên đoàn Lao động", "mass_organisation", None),
}
# --- blind7 resolve: the Front's committee with 'VN' glued to its abbreviation ('UBMTTQVN huyện X') ---
BASES.update({
    "ubmttqvn": ("UBMTTQVN", "fatherland_front", None),
    "ubmttq vn": ("UBMTTQ VN", "fatherland_front", None),
})
# --- sweep resolve: mass organisations and units the catalogue of issuing bodies found unread ---
# 'HỘI CHỮ THẬP ĐỎ VIỆT NAM' / 'TỈNH NGHỆ AN', 'BCH ĐOÀN TP. HÀ NỘI' (the city's Youth Union, its unit word
# abbreviated), 'LĐLĐ TỈNH NGHỆ AN' / 'CÔNG ĐOÀN NGÀNH GIÁO DỤC', 'UBND HUYỆN KIM ĐỘNG' / 'TRUNG TÂM Y TẾ'.
# A sector's union and a centre are named by what they serve (resolve._NAMED_BY_TASK), not by a place.
BASES.update({
    "hội chữ thập đỏ": ("Hội Chữ thập đỏ", "mass_organisation", None),
    "đoàn thành phố": ("Đoàn thành phố", "youth_union", None),
    "đoàn tp": ("Đoàn TP", "youth_union", None),
    "công đoàn ngành": ("Công đoàn ngành", "mass_organisation", None),
    "trung tâm": ("Trung tâm", "public_service_unit", None),
})
# --- bodies2 resolve: a trade union named by its unit, its sector or its workplace ---
# 'CÔNG ĐOÀN XÃ ĐỨC HỢP', 'Công đoàn phường Hưng Dũng' (the unit word's level), 'CÔNG ĐOÀN GIÁO DỤC VIỆT
# NAM' (a sector's, named by what it serves: resolve._NAMED_BY_TASK), 'CĐCS TRƯỜNG THCS NGHĨA HỘI' (a
# workplace's, named as a Party cell is by its unit); only capitalised, as a name: 'hoạt động công đoàn',
# 'tổ chức công đoàn các cấp' name none (resolve.parse_body).
TRADE_UNION_BASE = "công đoàn"
GRASSROOTS_UNION_BASES = frozenset({"công đoàn cơ sở", "cđcs"})
BASES.update({
    TRADE_UNION_BASE: ("Công đoàn", "mass_organisation", None),
    "công đoàn cơ sở": ("Công đoàn cơ sở", "mass_organisation", None),
    "cđcs": ("CĐCS", "mass_organisation", None),
})
# --- blind8 resolve: a unit's kind only rises (huyện -> thị xã -> thành phố; xã -> thị trấn -> phường) ---
UNIT_KIND_RANK = {"huyện": 0, "thị xã": 1, "quận": 2, "thành phố": 2, "xã": 0, "thị trấn": 1, "phường": 2}
# --- blind8 resolve: a department's branch ('Chi cục Chăn nuôi và Thú y', 'Chi cục Thuế huyện Kim Động') ---
SUB_DEPARTMENT_BASE = "chi cục"
BASES.update({
    SUB_DEPARTMENT_BASE: ("Chi cục", "sub_department", None),  # level: its unit word, else the province's
})
# --- gen3a resolve: a commune's Youth Union named unit word last ('Ban chấp hành Đoàn xã') ---
BASES.update({
    "đoàn xã": ("Đoàn xã", "youth_union", "commune"),
    "đoàn phường": ("Đoàn phường", "youth_union", "commune"),
    "đoàn thị trấn": ("Đoàn thị trấn", "youth_union", "commune"),
})
# --- blind39 resolve: a commune's Youth Union named unit word first, as 'Huyện đoàn', 'Thị đoàn' are ---
# 'Ban thường vụ xã Đoàn Ngọc Thành' (a Kiên Giang site), 'Phường đoàn 5'.
UNIT_FIRST_YOUTH_BASES = frozenset({"xã đoàn", "phường đoàn"})
BASES.update({
    "xã đoàn": ("Xã đoàn", "youth_union", "commune"),
    "phường đoàn": ("Phường đoàn", "youth_union", "commune"),
})
# --- leftovers6 resolve: a school's Youth Union ---
# 'Ban Thường vụ Đoàn trường đề nghị ...' (blind39 b04, a university's letter): the Union of a school, whose
# level no territorial unit gives ('Đoàn trường THPT Chuyên', 'Đoàn trường Đại học Vinh').
BASES.update({"đoàn trường": ("Đoàn trường", "youth_union", None)})
# --- blind9 resolve: the Party-building board of a commune Party committee (from July 2025) ---
ORGANS.update({"ban xây dựng đảng": ("Ban Xây dựng Đảng", "party_board")})
# --- blind11 resolve: the national mass organisations ---
# 'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM' has no local body of that name: central. 'Hội CCB', 'Hội LHPN' are the
# short names a lead or web page gives ('Trung ương Hội CCB Việt Nam'); a mass organisation named with the
# country alone ('Hội Liên hiệp Phụ nữ Việt Nam') is the national one (resolve.Body.fixed_level).
BASES.update({
    "tổng liên đoàn lao động": ("Tổng Liên đoàn Lao động", "mass_organisation", "central"),
    "tổng lđlđ": ("Tổng LĐLĐ", "mass_organisation", "central"),  # cellcut: 'TỔNG LĐLĐ VIỆT NAM' as a superior
    "hội ccb": ("Hội CCB", "mass_organisation", None),
    "hội lhpn": ("Hội LHPN", "mass_organisation", None),
    "hội nct": ("Hội NCT", "mass_organisation", None),  # cellcut: 'HỘI NCT HUYỆN X' over a commune's
    # sweepH: 'Hội ND Thanh Hóa và Sở NNPTNT tỉnh đã ký kết ...', 'Chủ tịch Hội NDVN tỉnh Long An'
    "hội nd": ("Hội ND", "mass_organisation", None),
    "hội ndvn": ("Hội NDVN", "mass_organisation", None),
})
# --- sweepI resolve: the Youth Federation, at every level ---
# 'Hội Liên hiệp thanh niên huyện Quỳ Châu phối hợp với ...', 'Hội LHTN huyện Dầu Tiếng vừa họp mặt ...', 'Hội
# LHTN Việt Nam tỉnh Hà Tĩnh': named as the Front's committee is, the country's name part of it before the
# unit.
BASES.update({
    "hội liên hiệp thanh niên việt nam": ("Hội Liên hiệp Thanh niên Việt Nam", "mass_organisation", None),
    "hội liên hiệp thanh niên": ("Hội Liên hiệp Thanh niên", "mass_organisation", None),
    "hội lhtn việt nam": ("Hội LHTN Việt Nam", "mass_organisation", None),
    "hội lhtn": ("Hội LHTN", "mass_organisation", None),
})
NATIONAL_PLACE = "việt nam"
# --- blind15 resolve: the Red Cross, 'LĐLĐ', and the state's military and border-guard commands ---
# 'Hội Chữ thập đỏ huyện Long Mỹ', 'Ban Thường vụ LĐLĐ tỉnh', 'Bộ Chỉ huy BĐBP tỉnh', 'Ban Chỉ huy Quân sự
# huyện Thăng Bình': each at the level of the unit word after it (the province's command, the district's or
# commune's 'Ban CHQS'). 'Bộ Chỉ huy' is no ministry ('Bộ'): the longer base wins.
BASES.update({
    "hội chữ thập đỏ": ("Hội Chữ thập đỏ", "mass_organisation", None),
    "hội ctđ": ("Hội CTĐ", "mass_organisation", None),
    "lđlđ": ("LĐLĐ", "mass_organisation", None),
    "bộ chỉ huy quân sự": ("Bộ Chỉ huy Quân sự", "military_command", None),
    "bộ chỉ huy bộ đội biên phòng": ("Bộ Chỉ huy Bộ đội Biên phòng", "military_command", None),
    "bộ chỉ huy bđbp": ("Bộ Chỉ huy BĐBP", "military_command", None),
    "ban chỉ huy quân sự": ("Ban Chỉ huy Quân sự", "military_command", None),
    "ban chqs": ("Ban CHQS", "military_command", None),
})
# --- blind19 resolve: a Party cell's committee and the Youth Union named with its unit word ---
# 'Chi ủy chi bộ trường THPT Trấn Biên', 'Ban chi ủy Chi bộ trường mầm non': the cell's own committee, as a
# standing committee is a Party committee's; 'Đoàn thanh niên thị trấn Sao Vàng', 'Đoàn Thanh niên xã Quảng
# Thành': the Youth Union at the level of the unit word after it.
ORGANS.update({
    "chi ủy": ("Chi ủy", "cell_committee"),
    "ban chi ủy": ("Ban Chi ủy", "cell_committee"),
})
BASES.update({"đoàn thanh niên": ("Đoàn Thanh niên", "youth_union", None)})
# A cell named by its unit in lower case ('chi bộ trường THPT Trấn Biên', 'Chi bộ thôn Đông Hòa'): the unit is
# the cell's name, as 'Chi bộ Trường Mầm non' in capitals is.
CELL_BASE = "chi bộ"
# --- grassweep resolve: a cell of a quarter, a residents' group, a village, a grassroots unit ---
# 'Chi bộ khu phố 3', 'Chi bộ tổ dân phố 5', 'Chi bộ làng Đông', 'Chi bộ buôn Ea Sup', 'Chi bộ khóm 2',
# 'Chi bộ cơ sở Trường THPT Đông Sơn 1', 'Chi bộ trường mầm non Mỹ Hưng': the unit is the cell's name, as a
# village's is (the blind19 rule above, widened).
_CELL_UNIT_WORDS = (r"trường|thôn|ấp|bản|xóm|trạm|khu(?:[ \t]+phố)?|tổ(?:[ \t]+dân[ \t]+phố)?|làng|buôn|khóm"
                    r"|cơ[ \t]+sở")
CELL_UNIT_RE = re.compile(
    rf"(?:{_CELL_UNIT_WORDS})[ \t]+(?:(?:mầm[ \t]+non|tiểu[ \t]+học)[ \t]+)?(?=[{UPPER}\d])")
# --- blind37 header: a cell's bare 'Chi bộ' opening the clause, named in full before it ---
# 'Tại xã Đoan Hùng, Chi bộ 9, khu dân cư 9 ... Trên cơ sở đó, Chi bộ xây dựng kế hoạch hành động ...': the
# bare organ is the cell the page named before by its number ('Chi bộ 9') or its unit ('Chi bộ thôn Phú Bình',
# 'Chi bộ khu phố 3'), not a cell of the commune named near it; a capital 'Chi', so the running 'các chi bộ'
# names none, and the name ends at its last capital or number ('Chi bộ 4 thường xuyên'). ('Chi bộ số 2' is
# left: a body's name does not keep 'số 2'.)
NAMED_CELL_RE = re.compile(
    rf"""(?<![\w])(?P<cell>Chi[ \t]+bộ[ \t]+
        (?:\d{{1,3}}(?![\w/])
          |(?:{_CELL_UNIT_WORDS})[ \t]+(?:(?:mầm[ \t]+non|tiểu[ \t]+học)[ \t]+)?
           [{UPPER}\d]\w*(?:[ \t]+[{UPPER}\d]\w*){{0,3}}))""",
    re.VERBOSE,
)
# A link menu's category after a department's or ministry's word ('Sở, Ban, Ngành', 'Sở Ban, ngành' over
# 'UBND Huyện, Thị xã, Thành phố'): only the generic words of a menu, no field a department is named by.
MENU_CATEGORY_NAME_RE = re.compile(
    r"(?:(?:ban|ngành|phòng|sở|đoàn[ \t]+thể|đơn[ \t]+vị|cơ[ \t]+quan)(?:[ \t]*[,\-–&/][ \t]*|[ \t]+|$))+",
    re.IGNORECASE)
# --- orgsweep resolve: the mass organisations, councils and grassroots commands the vocabulary lacked ---
# 'HỘI LUẬT GIA TỈNH ...', 'Hội Khuyến học', 'Hội Người cao tuổi huyện ...', 'Liên minh Hợp tác xã tỉnh',
# 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh', 'Hội Doanh nhân trẻ', 'Hội Sinh viên', 'Hội đồng Đội tỉnh',
# 'Đoàn Khối các cơ quan tỉnh', 'Công an xã Đức Hợp', 'Hội đồng Thi đua - Khen thưởng', 'Hội đồng phối hợp
# phổ biến, giáo dục pháp luật': each at the level of the unit word after it, the country alone is central.
ORG_BASES: dict[str, tuple[str, str, str | None]] = {
    "hội luật gia": ("Hội Luật gia", "mass_organisation", None),
    "hội khuyến học": ("Hội Khuyến học", "mass_organisation", None),
    "hội người cao tuổi": ("Hội Người cao tuổi", "mass_organisation", None),
    "liên minh hợp tác xã": ("Liên minh Hợp tác xã", "mass_organisation", None),
    "liên hiệp các hội khoa học và kỹ thuật": (
        "Liên hiệp các Hội Khoa học và Kỹ thuật", "mass_organisation", None),
    "hội doanh nhân trẻ": ("Hội Doanh nhân trẻ", "mass_organisation", None),
    "hội sinh viên": ("Hội Sinh viên", "youth_union", None),
    "hội đồng đội": ("Hội đồng Đội", "youth_union", None),
    "đoàn khối": ("Đoàn Khối", "youth_union", None),
    "đoàn thanh niên công an": ("Đoàn Thanh niên Công an", "youth_union", None),
    "công an": ("Công an", "police", None),
    "hội đồng thi đua - khen thưởng": ("Hội đồng Thi đua - Khen thưởng", "council", None),
    "hội đồng thi đua khen thưởng": ("Hội đồng Thi đua Khen thưởng", "council", None),
    "hội đồng phối hợp phổ biến, giáo dục pháp luật": (
        "Hội đồng phối hợp phổ biến, giáo dục pháp luật", "council", None),
    "hội đồng phối hợp phổ biến giáo dục pháp luật": (
        "Hội đồng phối hợp phổ biến giáo dục pháp luật", "council", None),
}
BASES.update(ORG_BASES)
# --- blind17 resolve: the central agencies named without 'Bộ' (a committee of ministerial rank, the
# Government's agencies) and the social-security and state-bank branches named by their unit word ---
# 'ỦY BAN DÂN TỘC', 'THANH TRA CHÍNH PHỦ', 'KIỂM TOÁN NHÀ NƯỚC' exist only at the centre; 'BẢO HIỂM XÃ HỘI
# VIỆT NAM' and 'NGÂN HÀNG NHÀ NƯỚC VIỆT NAM' are the national bodies, 'Bảo hiểm xã hội tỉnh Nghệ An', 'BHXH
# huyện Kim Động', 'Ngân hàng Nhà nước chi nhánh tỉnh' their branches, at their unit word's level.
CENTRAL_AGENCY_BASES: dict[str, tuple[str, str, str | None]] = {
    "ủy ban dân tộc": ("Ủy ban Dân tộc", "ministry", "central"),
    "thanh tra chính phủ": ("Thanh tra Chính phủ", "ministry", "central"),
    "kiểm toán nhà nước": ("Kiểm toán Nhà nước", "state_agency", "central"),
    "bảo hiểm xã hội việt nam": ("Bảo hiểm xã hội Việt Nam", "state_agency", "central"),
    "bhxh việt nam": ("BHXH Việt Nam", "state_agency", "central"),
    "bảo hiểm xã hội": ("Bảo hiểm xã hội", "state_agency", None),
    "bhxh": ("BHXH", "state_agency", None),
    "ngân hàng nhà nước việt nam": ("Ngân hàng Nhà nước Việt Nam", "state_agency", "central"),
    "ngân hàng nhà nước": ("Ngân hàng Nhà nước", "state_agency", None),
}
BASES.update(CENTRAL_AGENCY_BASES)
# --- blind17 resolve: a council at the centre ('Hội đồng phối hợp PBGDPL trung ương', 'Hội đồng Thi đua -
# Khen thưởng Trung ương'): its name ended by 'trung ương' (resolve.parse_body); the law council's short name.
BASES.update({"hội đồng phối hợp pbgdpl": ("Hội đồng phối hợp PBGDPL", "council", None)})
# --- agencysweep resolve: procuracies, courts, the treasury, tax and customs, inspectorates, state media ---
# 'VIỆN KIỂM SÁT NHÂN DÂN TỈNH NGHỆ AN', 'TAND huyện Kim Động', 'KHO BẠC NHÀ NƯỚC NGHỆ AN', 'CỤC THUẾ TỈNH
# ...', 'THANH TRA TỈNH': a branch at the level of its unit word (or of the place it names); '... TỐI CAO',
# the national broadcaster and news agency exist only at the centre. A branch named bare is the sector's own
# word in running text ('công tác thanh tra'), so resolve.BRANCH_NAMED_BASES wants its unit after it.
AGENCY_BASES: dict[str, tuple[str, str, str | None]] = {
    "viện kiểm sát nhân dân tối cao": ("Viện Kiểm sát nhân dân tối cao", "procuracy", "central"),
    "viện kiểm sát nhân dân": ("Viện Kiểm sát nhân dân", "procuracy", None),
    "vksnd tối cao": ("VKSND tối cao", "procuracy", "central"),
    "vksnd": ("VKSND", "procuracy", None),
    "tòa án nhân dân tối cao": ("Tòa án nhân dân tối cao", "court", "central"),
    "tòa án nhân dân": ("Tòa án nhân dân", "court", None),
    "tand tối cao": ("TAND tối cao", "court", "central"),
    "tand": ("TAND", "court", None),
    "kho bạc nhà nước": ("Kho bạc Nhà nước", "state_agency", None),
    "cục thuế": ("Cục Thuế", "state_agency", None),
    "cục hải quan": ("Cục Hải quan", "state_agency", None),
    "thanh tra": ("Thanh tra", "inspectorate", None),
    "đài truyền hình việt nam": ("Đài Truyền hình Việt Nam", "state_agency", "central"),
    "thông tấn xã việt nam": ("Thông tấn xã Việt Nam", "state_agency", "central"),
}
BASES.update(AGENCY_BASES)
# A province's ethnic-affairs board ('BAN DÂN TỘC' under 'UBND TỈNH GIA LAI', 'Ban Dân tộc tỉnh Gia Lai'), the
# Party school of a province ('TRƯỜNG CHÍNH TRỊ TỈNH'), the economic board of a Party committee ('BAN KINH TẾ'
# under 'TỈNH ỦY NGHỆ AN', 'Ban Kinh tế Tỉnh ủy').
BASES.update({
    "ban dân tộc": ("Ban Dân tộc", "state_agency", None),
    "trường chính trị": ("Trường Chính trị", "political_school", None),
})
ORGANS.update({"ban kinh tế": ("Ban Kinh tế", "party_board")})
# A ministry's department ('BỘ Y TẾ' / 'CỤC QUẢN LÝ MÔI TRƯỜNG Y TẾ', 'Cục Văn thư và Lưu trữ nhà nước'):
# named by its whole name, as a ministry is, and central; one naming a unit is a local office
# (resolve.parse_body).
CENTRAL_DEPARTMENT_BASE = "cục"
BASES.update({CENTRAL_DEPARTMENT_BASE: ("Cục", "central_department", "central")})
# blind30: a ministry's general department ('BỘ TÀI CHÍNH' / 'TỔNG CỤC THUẾ', 'Tổng cục Thống kê') exists
# only at the centre; its local offices are 'Cục Thuế tỉnh ...' (`AGENCY_BASES`).
BASES.update({"tổng cục": ("Tổng cục", "central_department", "central")})
# A province's delegation of National Assembly deputies, whose office issues ('ĐOÀN ĐBQH TỈNH HÀ TĨNH' /
# 'VĂN PHÒNG'): at its unit word's level, as a council is.
BASES.update({
    "đoàn đbqh": ("Đoàn ĐBQH", "assembly_delegation", None),
    "đoàn đại biểu quốc hội": ("Đoàn đại biểu Quốc hội", "assembly_delegation", None),
})
CENTRE_WORDS = frozenset({"trung ương", "tw", "tư", "t.ư", "t.w"})
# --- names: the Party's boards, the Women's Union and the Front by the initials a news lead writes ---
# 'BTG Tỉnh ủy', 'BDV Huyện ủy', 'BTGDV Thành ủy', 'HLHPN tỉnh', 'UB MTTQ huyện': unread, the name fell back
# to the number's code ('BTGTU'); shown as written, as 'BTV' and 'LĐLĐ' are.
ORGANS.update({
    "btg": ("BTG", "party_board"),
    "bdv": ("BDV", "party_board"),
    "btgdv": ("BTGDV", "party_board"),
})
BASES.update({
    "hlhpn": ("HLHPN", "mass_organisation", None),
    "ub mttq": ("UB MTTQ", "fatherland_front", None),
})
_ORGAN_ALT = "|".join(_words(w) for w in sorted(ORGANS, key=len, reverse=True))
# --- gen5 resolve: a programme's steering board ('Ban điều hành Chương trình MTQG ...') ---
BASES.update({"ban điều hành": ("Ban Điều hành", "steering_committee", None)})
# --- sweepA resolve: the centre by its initials inside a name ---
# News and headers write 'Trung ương' as 'TW', 'TƯ', 'T.Ư' or 'T.W' ('Ban Bí thư T.Ư Đoàn TNCS Hồ Chí Minh
# vừa ban hành ...', 'Ban Tuyên giáo TW', 'TƯ Hội Nông dân Việt Nam'): each was read as a place ('Ban Tuyên
# giáo Tw', no level) or ended the name (no issuer). Shown as written; the graph spells them out
# (ABBREVIATED).
CENTRE_INITIALS = {"tw": "TW", "tư": "TƯ", "t.ư": "T.Ư", "t.w": "T.W"}
BASES.update({k: (v, "central_committee", "central") for k, v in CENTRE_INITIALS.items()})
# --- newsweep resolve: the Front by its bare initials in a lead ('MTTQ huyện X vừa ban hành ...') ---
# 'UBMTTQ', 'Ủy ban MTTQ' and 'Mặt trận Tổ quốc' were bases; the bare 'MTTQ' a lead writes was not, so the
# body was kept as the word 'MTTQ' with no unit, and its level and place were lost.
BASES.update({
    "mttq việt nam": ("MTTQ Việt Nam", "fatherland_front", None),
    "mttq": ("MTTQ", "fatherland_front", None),
})
_BASE_ALT = "|".join(_words(w) for w in sorted(BASES, key=len, reverse=True))
BODY_RE = re.compile(
    rf"""^\s*(?:(?P<organ>{_ORGAN_ALT})(?:\s+|$))?(?:(?P<base>{_BASE_ALT})(?![\w]))?\s*(?P<rest>.*)$""",
    re.IGNORECASE | re.DOTALL,
)
# Unit-kind words before a place name, as written in running text (folded).
UNIT_KINDS: dict[str, str | None] = {
    # kind word: the level it names (None: province or district, decided by the gazetteer)
    "tỉnh": "province", "thành phố": None, "tp": None, "tp.": None, "huyện": "district",
    "quận": "district", "thị xã": "district", "xã": "commune", "phường": "commune",
    "thị trấn": "commune",
    "đặc khu": "commune",  # sweep: the special zones of 1 Jul 2025 ('ỦY BAN NHÂN DÂN' / 'ĐẶC KHU VÂN ĐỒN')
}
UNIT_KIND_RE = re.compile(
    r"^(?P<kind>" + "|".join(_words(k) for k in sorted(UNIT_KINDS, key=len, reverse=True))
    + r")(?:(?:\s+|(?<=\.))(?P<name>.+))?$",
    re.IGNORECASE | re.DOTALL,
)
# blind10: a sector's Party committee at a unit ('Đảng ủy Công an tỉnh', 'Đảng ủy Quân sự huyện Gia Lâm',
# 'Đảng ủy Bộ đội Biên phòng tỉnh'): the sector is no place; the unit word after it gives the level
# (folded text after 'Đảng ủy'). bodies2: a commune's armed cell too ('Chi bộ Quân sự xã Đức Hợp', 'Chi bộ
# Công an phường X').
_ARMED_SECTOR = r"công\s+an|quân\s+sự|(?:bộ\s+đội\s+)?biên\s+phòng"
SECTOR_PARTY_RE = re.compile(rf"^(?P<sector>{_ARMED_SECTOR})(?=\s+(?:{UNIT_KIND_WORD}|tp\b))", re.IGNORECASE)
SECTOR_ALONE_RE = re.compile(rf"(?:{_ARMED_SECTOR})", re.IGNORECASE)
"""bodies2: an armed sector alone after a cell ('CHI BỘ CÔNG AN' under 'ĐẢNG ỦY PHƯỜNG ...'), no place."""
# orgsweep: the Party committee of a unit's government agencies, at the unit word's level: 'Đảng ủy cơ quan
# chính quyền Quận 3' (holdout k37), 'ĐẢNG ỦY CƠ QUAN CHÍNH QUYỀN HUYỆN' under its Đảng bộ; a city's or a
# district's, not a province's.
_CITY_OR_DISTRICT_KIND_WORD = _phrases("thành phố", *DISTRICT_KIND_WORDS)
GOVERNMENT_PARTY_RE = re.compile(
    rf"^(?P<sector>(?:các\s+)?cơ\s+quan\s+chính\s+quyền)(?=\s+(?:{_CITY_OR_DISTRICT_KIND_WORD}|tp\b))",
    re.IGNORECASE,
)
# sweep: the 2025 Party committees of a province's agencies ('Đảng ủy các cơ quan Đảng tỉnh', 'Đảng ủy Ủy ban
# nhân dân tỉnh', 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh'): a group of agencies, as a Khối is, not a
# place; the unit word after it gives the level, the place after that the province.
AGENCY_PARTY_RE = re.compile(
    rf"""^(?P<agency>các\s+cơ\s+quan\s+đảng|(?:ủy|uỷ)\s+ban\s+nhân\s+dân|ubnd
        |(?:mặt\s+trận\s+tổ\s+quốc(?:\s+việt\s+nam)?|mttq)(?:\s*,?\s*(?:và\s+)?các\s+đoàn\s+thể)?)
        \s+(?P<kind>{PROVINCE_KIND_WORD})(?![\w])""",
    re.IGNORECASE | re.VERBOSE,
)
# agencysweep: a 'Cục' with a local unit after it is that unit's office ('Cục Thống kê tỉnh Nghệ An'), no
# ministry's central department.
LOCAL_OFFICE_TAIL_RE = re.compile(rf"\s(?i:{LOCAL_UNIT_KIND_WORD})\s+\S", re.IGNORECASE)
# A unit kind ending a name, with the unit's name after it or not ('... tỉnh', '... TỈNH QUẢNG NINH');
# never the 'xã' of 'kinh tế - xã hội'. Every kind but 'thành phố', which alone names no level (UNIT_KINDS).
_LEVELLED_KIND_WORD = _phrases("tỉnh", *DISTRICT_KIND_WORDS, *COMMUNE_KIND_WORDS)
TAIL_UNIT_RE = re.compile(
    rf"(?:^|\s)(?P<kind>(?!(?i:xã\s+hội))(?i:{_LEVELLED_KIND_WORD}))"
    rf"(?:\s+(?:[{UPPER}][\w]*(?:['’][\w]+)*|\d{{1,2}}(?!\w))){{0,4}}\s*$"  # 'Quận 3', "Cư M'gar"
)
TAIL_KIND_RE = re.compile(rf"(?:^|\s)(?P<kind>{_LEVELLED_KIND_WORD})$")
# blind23: where a ministry's name ends, in its Party committee's name, before a province named after it.
AGENCY_COMMITTEE_PLACE_RE = re.compile(rf"\s+(?=(?i:{PROVINCE_KIND_WORD}|tp\b\.?)\s*[{UPPER}])")
# A unit kind closing a lead's subject, its place left out ('Ngày 12/3, Trung tâm Y tế huyện đã ban hành').
UNIT_KIND_LAST_RE = re.compile(rf"(?<![\w]){UNIT_KIND_WORD}\Z", re.IGNORECASE)
# The province's kind word before its name ('tỉnh Đồng Tháp', 'TP. Hồ Chí Minh'), cut to look the name up.
PROVINCE_KIND_HEAD_RE = re.compile(rf"^(?:(?i:{PROVINCE_KIND_WORD})|TP\.?)\s+")
# leftovers2: the unit word opening a part of an address line ('Khu vực 3, làng Nhan Biều, xã Triệu Thượng'),
# then its name or number.
ADDRESS_UNIT_RE = re.compile(
    r"(?i:khu\s+vực|khu\s+phố|tổ\s+dân\s+phố|tổ|thôn|làng|xóm|ấp|bản|khối|số\s+nhà|đường"
    rf"|{UNIT_KIND_WORD})\s+(?:\d|[{UPPER}])")
# --- grassweep resolve: an agency's or an enterprise's own Party committee ---
# 'Đảng ủy Sở Y tế', 'ĐẢNG ỦY CƠ QUAN SỞ NỘI VỤ', 'Đảng ủy Văn phòng UBND tỉnh', 'ĐẢNG ỦY BỆNH VIỆN ĐA KHOA
# TỈNH', 'Đảng ủy Trường Đại học Vinh', 'Đảng ủy Tổng công ty Điện lực miền Bắc': the committee is named by
# its agency, which is no place; its level is the agency's ('Sở' a province's, 'Phòng' a district's, a unit
# word closing the name), else that of the Party body on the header line above it (folded text after 'Đảng
# ủy').
AGENCY_COMMITTEE_RE = re.compile(
    r"""^(?:cơ\s+quan\s+)?(?P<head>sở|phòng|văn\s+phòng|bệnh\s+viện|trường|học\s+viện|tổng\s+công\s+ty
        |công\s+ty|ngân\s+hàng|cục|chi\s+cục|trung\s+tâm|báo|đài|kho\s+bạc|viện|chính\s+quyền)(?=\s+\S|\s*$)""",
    re.IGNORECASE | re.VERBOSE,
)
AGENCY_COMMITTEE_HEAD_LEVEL = {"sở": "province", "phòng": "district"}
# The same committee in a header cell: its name is never cut before the department it serves
# ('ĐẢNG ỦY SỞ Y TẾ', 'ĐẢNG ỦY CƠ QUAN SỞ NỘI VỤ' are one cell, not a committee over a department).
# A grassroots cell ('CHI BỘ CƠ SỞ TRƯỜNG THPT ...') is not cut before the 'SỞ' of 'CƠ SỞ' either, nor a
# department's cell ('CHI BỘ PHÒNG GIÁO DỤC VÀ ĐÀO TẠO') before its department.
AGENCY_COMMITTEE_BEFORE_RE = re.compile(r"(?:ĐẢNG\s+(?:ỦY|UỶ)|CƠ\s+QUAN|(?<![\w])CƠ|CHI\s+BỘ)\s*$")
# --- blind15 resolve: a unit's kind word written with a capital inside a sentence ---
# 'Ban chấp hành đoàn Huyện Giồng Riềng', 'Ủy ban MTTQ Huyện Phú Tân', 'Thị Xã La Gi'; never a committee
# written the same way ('Tỉnh Đoàn', 'Huyện Ủy', 'Huyện đội'), which is no place.
CAPITALISED_UNIT_KIND = r"""(?:Tỉnh|Huyện|Quận|Thị\s+[Xx]ã|Xã|Phường|Thị\s+[Tt]rấn)
    (?=\s+(?!(?i:ủy|uỷ|đoàn|đội)(?![\w])))"""
# A place named in running text: 'huyện Tiên Lãng', 'Thành ủy Hải Phòng', 'tỉnh Hưng Yên'.
# --- blind20: a capitalised verb after a unit word is no place name ---
# A title-case headline 'Chương trình hành động của Ban Thường vụ Thành ủy Thực hiện Nghị quyết ...': 'Thực
# hiện' opens the subject, it names no city.
_NOT_A_VERB = r"(?!(?:Thực\s+hiện|Triển\s+khai|Quán\s+triệt|Cụ\s+thể\s+hóa)(?![\w]))"
# --- leftovers2: a congress's term after a title-case place name ---
# 'Đại hội Đảng bộ Thị xã Cửa Lò Khóa V, Nhiệm kỳ 2015-2020', 'Huyện Nam Đàn Lần Thứ XXV': the term's words
# written with capitals are no part of the unit's name (its words case-exact, so the guard fails fast).
_NOT_A_TERM = r"(?!(?:Kh(?:óa|oá)|KH(?:ÓA|OÁ)|Nhiệm\s+[Kk]ỳ|NHIỆM\s+KỲ|Lần\s+[Tt]hứ|LẦN\s+THỨ)(?![\w]))"
# realworld c15: two provinces written as a pair under one kind word ('kết nghĩa hai tỉnh Quảng Nam – Thanh
# Hóa', 'hai tỉnh Quảng Nam và Thanh Hóa'): the second is named as much as the first. parsespeed9: it opens on
# the 'h' as a plain class (IGNORECASE folds nothing else onto it) and looks behind over it, since a guard
# first is tried at every position of the text ('hai' is in every 'triển khai', so the caller's test passes).
PAIRED_PROVINCES_RE = re.compile(
    rf"""[Hh](?<![\w].)(?i:ai)[ \t]+(?i:tỉnh|thành[ \t]+phố)[ \t]+
        (?P<a>{PLACE_NAME_WORD}(?:[ \t]+{PLACE_NAME_WORD}){{0,2}})
        [ \t]*(?:[-–]|và)[ \t]*(?P<b>{PLACE_NAME_WORD}(?:[ \t]+{PLACE_NAME_WORD}){{0,2}})""",
    re.VERBOSE,
)
PLACE_MENTION_RE = re.compile(
    rf"""
    (?<![\w])(?P<kind>{UNIT_KIND_WORD}
        |Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Quận\s+ủy|Thị\s+ủy
        |Thành\s+phố  # blind9: 'trên địa bàn Thành phố Hà Nội', the city written with a capital
        |{CAPITALISED_UNIT_KIND})  # blind15: 'của Ban chấp hành đoàn Huyện Giồng Riềng'
    \s+(?P<name>{_NOT_A_VERB}(?:[{UPPER}][\w]*|\d{{1,2}})(?:{_NAME_BREAK}{_NOT_A_VERB}{_NOT_A_TERM}[{UPPER}][\w]*){{0,3}})(?![\w])
    """,
    re.VERBOSE,
)
# (blind2: a name's words never cross a blank line or open the next sentence: 'huyện Bá Thước' /
# '' / 'Thực hiện ...' names Bá Thước, not 'Bá Thước Thực'.)

# Signature block: 'T/M BAN THƯỜNG VỤ', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'Q. BÍ THƯ'. Its marks: one
# acting for a body ('thay mặt'), one signing for its head ('ký thay', 'quyền', 'thừa lệnh', 'thừa ủy
# quyền'), which takes a stop or a slash unless its slash is inside ('K/T', 'T/L'). Every mark rule is built
# on these.
_ON_BEHALF_MARK = r"T/M|TM|T\.M"
_FOR_MARK = r"KT|K/T|Q|TL|T/L|TUQ"
_SIGN_MARK = rf"(?:{_ON_BEHALF_MARK})\.?|(?:{_FOR_MARK})[./]|K/T|T/L"
# --- blind9 header: an office-holder signing in his own name ---
# 'CHÁNH VĂN PHÒNG' / 'Trần Văn Sơn' with no T/M or K/T mark (on folded text). blind30: the Government's and
# the ministries' heads sign in their own name too ('THỦ TƯỚNG' / name, 'BỘ TRƯỞNG' / name). blind32 d08: a
# steering board's head signs as its head over the office he holds elsewhere, both in one cell ('TRƯỞNG BAN
# PHÓ THỦ TƯỚNG', 'TRƯỞNG BAN PHÓ CHỦ TỊCH UBND TỈNH', 'TRƯỞNG BAN BỘ TRƯỞNG BỘ Y TẾ'): the board's office
# leads, so the signer signs as its head (the title the stacked block 'TRƯỞNG BAN' / '' / 'PHÓ CHỦ TỊCH ...'
# gives).
_HELD_OFFICE = r"""(?:phó\s+)?(?:thủ\s+tướng|bộ\s+trưởng|chủ\s+tịch|bí\s+thư|giám\s+đốc)
    (?:\s+[^\W\d_]+){0,5}  # the body he heads ('UBND TỈNH', 'BỘ Y TẾ', 'SỞ Y TẾ')
"""
OWN_NAME_SIGNER_TITLE_RE = re.compile(
    rf"""^(?:(?:phó\s+)?(?:chánh\s+văn\s+phòng|trưởng\s+ban|giám\s+đốc|chủ\s+nhiệm|chủ\s+tịch|bí\s+thư
        |trưởng\s+phòng|chánh\s+thanh\s+tra|viện\s+trưởng
        |thủ\s+tướng|bộ\s+trưởng|(?:tổng\s+)?cục\s+trưởng|vụ\s+trưởng)(?:\s+thường\s+trực)?
        |(?P<board_head>(?:phó\s+)?trưởng\s+ban)\s+{_HELD_OFFICE})$""",
    re.VERBOSE,
)
# converters: a pandoc grid table's rule ('+------+------+', '+======+' under a head row) and one of its row
# lines ('| ỦY BAN NHÂN DÂN    | CỘNG HÒA XÃ HỘI ... |'); the rule's '+' marks are the columns' edges.
GRID_RULE_RE = re.compile(r"^[ \t]*\+(?:[-=:]{3,}\+)+[ \t]*$")
GRID_ROW_RE = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
# A Markdown rule ('---') after a signature: what follows is an attachment with its own header. blind30: a
# pandoc grid table closes with one rule a column ('----- -----').
ATTACHMENT_RULE_RE = re.compile(r"^[-–—_*]{3,}(?:[ \t]+[-–—_*]{3,})*$")
SIGN_ON_BEHALF_RE = re.compile(rf"^(?:{_ON_BEHALF_MARK})\s*[.:]?\s*(?P<body>.+)$", re.IGNORECASE)
# A word every signer's office holds ('PHÓ CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'THỨ TRƯỞNG', 'ỦY VIÊN THƯỜNG
# TRỰC', 'CHÍNH ỦY'), folded: in a signature block, a line in capitals without one is no office. It is a
# body's second line, a name cut to its first letter ('PHÓ CHỦ TỊCH' / 'Đ', realworld_blind17 b15), or what
# follows a block cut before its office (a legal library's '| KT. CHỦ TỊCH |' or '| TM. ỦY BAN NHÂN DÂN |',
# then the annexed rules' title: realworld k01, realworld_blind16 b14, realworld_blind20 b04).
SIGNER_OFFICE_WORD_RE = re.compile(
    r"""(?<!\w)(?:phó|trưởng|chủ\s+tịch|bí\s+thư|giám\s+đốc|chủ\s+nhiệm|chánh|thủ\s+tướng|ủy\s+viên
        |tổng|chỉ\s+huy|thư\s+ký|thường\s+trực|chính\s+ủy|tư\s+lệnh|chủ\s+tọa)(?!\w)""",
    re.VERBOSE,
)
SIGN_FOR_RE = re.compile(rf"^(?:(?:{_FOR_MARK})\s*[./]|K/T|T/L)\s*(?P<title>.+)$", re.IGNORECASE)
# The same marks inside a line: a two-column table flattened row by row puts the signature block
# beside the recipients ('Nơi nhận: T/M BAN THƯỜNG VỤ'). The block text after a mark is all caps.
SIGN_MARK_RE = re.compile(
    rf"(?:^|(?<=\s))(?P<mark>{_SIGN_MARK})\s*(?=[{UPPER}])"
)
# A signer's title left at the end of a recipient line by the same flattening.
SIGN_TITLE_TAIL_RE = re.compile(  # blind30: the Government's and ministries' offices ('KT. THỦ TƯỚNG PHÓ THỦ
    r"""\s+(?:PHÓ\s+|TỔNG\s+)?(?:CHỦ\s+TỊCH|BÍ\s+THƯ|TRƯỞNG\s+BAN|GIÁM\s+ĐỐC  # TƯỚNG', '... PHÓ VỤ TRƯỞNG')
        |THỦ\s+TƯỚNG|BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|(?:TỔNG\s+)?CỤC\s+TRƯỞNG|VỤ\s+TRƯỞNG
        |CHỦ\s+NHIỆM|CHÁNH\s+VĂN\s+PHÒNG)  # converters: 'KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM ...'
        (?:\s+THƯỜNG\s+TRỰC)?\s*$""",
    re.VERBOSE,
)
# Recipients.
_RECIPIENTS = r"Nơi\s+(?:nhận|gửi)"
# The recipients list's head wherever a page's markup leaves it ('Nơi nhận:', '# Nơi nhận:', '**Nơi nhận:**',
# '| Nơi nhận: ...'): it tells a document's end from a news item's, and ends the body's outline.
RECIPIENTS_MARK_RE = re.compile(rf"^\W*{_RECIPIENTS}(?![\w])", re.IGNORECASE)
# The same head with the list's first items after it on its line.
RECIPIENTS_HEAD_RE = re.compile(rf"{RECIPIENTS_MARK_RE.pattern}\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
# A word of two letters or more: a signature line without one is a name cut to its initial ('Đ'), no office.
NAMED_WORD_RE = re.compile(r"[^\W\d_]{2}")
# A page that ran the whole document onto one line (a forum post) keeps the heading after the closing
# sentence's stop, its dashed items after it ('... căn cứ Quyết định thi hành./. Nơi nhận: - Như điều 4; - VP:
# ...'); body text saying 'nơi nhận hồ sơ' has no colon and dash after it.
RECIPIENTS_INLINE_HEAD_RE = re.compile(rf"(?<=[.;!?])\s+{_RECIPIENTS}\s*:\s*(?P<rest>{DASH}\s.*)$")
RECIPIENT_ITEM_RE = re.compile(rf"^\s*(?:{DASH}|\+|•|●)\s*(?P<text>.*)$")
RECIPIENT_NOTE_RE = re.compile(
    r"""\(\s*(?:để\s+|thay\s+)?(?:b/c|báo\s+cáo|biết|t/h|thực\s+hiện|chỉ\s+đạo|phối\s+hợp|đ/b|theo\s+dõi|
        p/h|c/đ|t/d|phối\s+hợp\s+thực\s+hiện)\s*\)""",
    re.VERBOSE | re.IGNORECASE,
)
ARCHIVE_RE = re.compile(r"^\s*Lưu\b", re.IGNORECASE)
# signsweep: items run onto one line, each after the previous one's own ';' or ',' ('Nơi nhận: - Như trên;
# - Bộ Nông nghiệp và PTNT (b/c); - Lưu: VT.'); a dash inside a name ('Lao động - Thương binh') has none.
RECIPIENT_RUN_SPLIT_RE = re.compile(rf"(?<=[;,])\s*(?:{DASH}|\+|•)\s+")
# The heading's own line holding the whole list without dashes: 'Nơi nhận: Bộ Nông nghiệp và PTNT; Các sở,
# ban, ngành tỉnh; Lưu: VT.'
RECIPIENT_SEMICOLON_RE = re.compile(r"(?<=;)\s*")  # each item keeps its ';', which closes it
# A letter's addressees under its header ('Kính gửi: - Các đơn vị trên địa bàn xã;', 'Kính gửi:' alone
# with its items under it, a table's '|' left before it): who receives it, as 'Nơi nhận: - Như trên' says.
AS_ABOVE_RE = re.compile(r"^như\s+trên\b", re.IGNORECASE)  # 'Nơi nhận: - Như trên;': the addressees
ADDRESSEES_HEAD_RE = re.compile(rf"^[\s|]*{_SALUTATION}\s*:\s*(?P<rest>.*)$", re.IGNORECASE)
# realworld h20: a PDF copy broke the heading after its first word ('Kính' / 'gửi: Ủy ban nhân dân các tỉnh').
ADDRESSEES_HEAD_WORD_RE = re.compile(rf"^[\s|]*{_ADDRESSED_WORD}\s*$", re.IGNORECASE)
# A paragraph that opens a letter's address block: its addressees ('Kính gửi'), its copies ('Đồng gửi') or its
# recipients ('Nơi nhận'); who the letter is for, never work (the outline opens no list under it).
ADDRESS_OPENING_RE = re.compile(
    rf"^\W{{0,3}}(?:{_SALUTATION}|{_RECIPIENTS}|Đồng\s+gửi)(?![\w])", re.IGNORECASE
)
# Where the body's first sentence starts inside an addressee's line, the flattened line run on ('- Phòng Giáo
# dục và Đào tạo huyện Phú Bình Căn cứ Luật giáo dục năm 2005;', 'Kính gửi: Ông (Bà) Hiệu trưởng các đơn vị
# trực thuộc. Thực hiện Kế hoạch số ...'): a stop before a capital and a sentence of some length ('UBND TP.
# Huế' is an abbreviation), or a body opener after a blank.
ADDRESSEE_BODY_START_RE = re.compile(
    rf"""(?:(?<=\.)\s+(?=[{UPPER}].{{40}})
        |\s+(?=(?:Căn\s+cứ|Thực\s+hiện|Thực\s*$|Theo\s+(?:đề|chỉ|kế|công|văn|quy)|Trả\s+lời|Để\s|Nhằm\s|Ngày\s+\d)))""",
    re.VERBOSE,
)

# --- header: news leads, title lines, legal-library metadata, posting dates ---
# Documents reposted on portals, newspapers and legal libraries often have no header block: their
# number, date and issuer sit in a news lead ('Ngày 9/4/2021, Tỉnh ủy ... đã ban hành Chương trình
# số 31-CTr/TU về ...'), in a title line ('Kế hoạch số 35-KH/TW ngày 12/6/2022 của Bộ Chính trị
# thực hiện ...') or in a metadata table ('Số hiệu: ...', 'Ngày ban hành: ...').

# A day and month, the year optional ('ngày 6/8' in a lead gives no year): 'Ngày 14-11-2016',
# '13/5/2011', '7 tháng 3 năm 2024', 'Ngày 29 tháng 12/2020'.
LEAD_DATE = r"""(?:
        (?P<ld>\d{1,2})\s*[/.\-–]\s*(?P<lm>\d{1,2})(?:\s*[/.\-–]\s*(?P<ly>(?:19|20)\d\d))?(?![\d/])
      | (?P<lwd>\d{1,2})\s+tháng\s+(?P<lwm>\d{1,2})(?:\s*(?:,?\s*năm\s+|/\s*)(?P<lwy>(?:19|20)\d\d))?
    )"""
# The document's own number after its type word: a number, or 'số 47' with no code (unknown).
# (blind2: 'số' may be typed twice, 'Công văn số Số 25 -CV/BCĐ', 'Công điện số số 13/CĐ-UBND'.)
_OWN_NUMBER = (rf"""(?:\s*(?:số\s*:?\s*){{0,2}}(?P<number>{NUMBER})"""
               rf"""|\s+(?:(?:số\s*:?\s*){{1,2}}|(?=\d{{1,5}}\s*,?\s*ngày\s)|(?=\d{{1,5}}\s+(?:của|do)\s))"""
               rf"""(?P<bare>\d{{1,5}})(?![\d/\-–]))""")
# (blind7: 'Kế hoạch 156, ngày 13/9/2023': with its date right after, a bare number needs no 'số'.)
# (blind33: 'ký ban hành Kết luận 191 của Bộ Chính trị, Ban Bí thư': nor with its issuer right after.)
# --- sweepD: how urgent a lead says its dispatch or letter is ---
# 'đã có công điện khẩn số 13', 'ban hành Công điện hỏa tốc số 05/CĐ-UBND', 'Công văn thượng khẩn': the
# urgency belongs to the type word, so the title does not open on it ('khẩn số 13/CĐ-UBND về việc ...'); a
# manner adverb after the type word ('văn bản khẩn trương chỉ đạo') is no urgency.
URGENCY = r"""(?:\s+(?:thượng\s+khẩn|khẩn(?:\s+cấp)?(?!\s+trương)|hỏa\s+tốc|hoả\s+tốc)(?![\w]))"""
# --- blind2: a manner adverb between a lead's aspect word and its verb ---
# 'đã khẩn trương ban hành', 'vừa chính thức ban hành', 'đã kịp thời ký ban hành': the adverb belongs
# to the verb, so the subject before the aspect word is still the issuer.
_LEAD_ADVERB_WORDS = ("khẩn trương", "kịp thời", "nhanh chóng", "chính thức", "chủ động", "sớm")
LEAD_ADVERB = "(?:" + "|".join(w.replace(" ", r"\s+") for w in _LEAD_ADVERB_WORDS) + ")"

# '... (đã|vừa) (ký) ban hành Chỉ thị số 17 ...', 'ban hành Kết luận số 34-KL/TW ngày 18/4/2022'.
# 'có Công văn số 833/VPCP-TH', 'vừa có văn bản số 15-CTr/TU' ('văn bản': the number tells the type).
# 'Đảng ủy ... đã xây dựng Kế hoạch số 65-KH/ĐU' (only after đã/vừa/mới: a plan 'xây dựng' in a body
# is work to do); an editor's note 'giới thiệu toàn văn Nghị quyết số 10-NQ/TU' (changed for gen3a).
# blind13: with no đã/vừa/mới, 'xây dựng' issues when its numbered document is dated right after the number
# ('... Huyện ủy. Đảng ủy xã xây dựng Kế hoạch số 44-KH/ĐU ngày 19/12/2022 về ...'): a plan made, not one
# to make ('Các chi bộ xây dựng Kế hoạch số 3-KH/CB trước ngày 10/3/2020' stays work).
# newsweep: 'HĐND tỉnh Hà Tĩnh đã thông qua Nghị quyết số 45/NQ-HĐND ...', 'Ban Thường vụ Tỉnh ủy vừa
# thông qua Nghị quyết ...': after đã/vừa/mới a body passing a document issues it ('đã được thông qua'
# names no subject). 'vừa xây dựng và ban hành Kế hoạch số ...': the first verb joined to the issuing one;
# 'vừa ra Chỉ thị số ...' as 'vừa ban hành'; 'đã ban hành và triển khai Kế hoạch ...': the second verb joined
# to the issuing one; a date in brackets after the number ('Kế hoạch số 45-KH/TU (ngày 12/3/2024) về ...').
# blind42 b03: 'Ban Chấp hành Đảng bộ xã Lĩnh Toại đã nhanh chóng xây dựng kế hoạch hành động': the aspect
# word still stands before the making verb, past a manner adverb (each look-behind of fixed width, one space
# apart), so a task's 'cần nhanh chóng xây dựng kế hoạch' stays work to do.
_ASPECT_ADVERB_BEHIND = "|".join(
    rf"(?<={aspect}\s{adverb.replace(' ', chr(92) + 's')}\s)"
    for aspect in ("đã", "vừa", "mới")
    for adverb in _LEAD_ADVERB_WORDS)
# blind51 d07: '... miễn nhiệm ... đối với ông Dương Phúc do đã có quyết định nghỉ hưu theo chế độ': a cause
# ('do'/'vì', 'because') whose subject is left unsaid tells a decision someone received, not one the lead's
# body issues ('Do UBND tỉnh đã có Quyết định ...' names its subject and stays a lead).
_NOT_BECAUSE = "".join(rf"(?<!\b{cause}\s{aspect})"
                       for cause in ("do", "vì") for aspect in ("", r"đã\s", r"vừa\s"))
# sweepI: 'also' before the aspect word ('Theo đó, ngày 16 tháng 8 năm 2019 Đảng ủy xã cũng đã ban hành Kế
# hoạch số 291-KH/ĐU ...', a Bắc Kạn commune's congress news) leaves the subject before it the issuer.
OWN_ISSUE_RE = StartedPattern(re.compile(
    rf"""(?<![\w])(?:cũng\s+(?=(?:đã|vừa|mới)\s))?(?:(?:đã|vừa|mới)\s+(?:{LEAD_ADVERB}\s+)?)?(?:(?:ký|thông\s+qua|xây\s+dựng)\s+(?:và\s+)?)?
        (?:ban\s+hành|phát\s+(?:hành|đi)  # sweepH: 'Văn phòng Chính phủ vừa phát đi Thông báo số 134/TB-VPCP'
          |(?P<has>{_NOT_BECAUSE}có|(?<!sao\s)gửi|ký)  # blind5: not 'Sao gửi'
          |(?:(?<=đã\s)|(?<=vừa\s)|(?<=mới\s)|{_ASPECT_ADVERB_BEHIND})
            (?:xây\s+dựng|thông\s+qua|ra)  # newsweep: passes, makes its own
          |(?<=dựng\svà\s)thông\s+qua  # sweepH: 'thị ủy Cửa Lò đã xây dựng và thông qua chương trình ...'
          |(?<=,\s)thông\s+qua(?=\s+\d{{1,2}}\s)  # sweepG: '... Kỳ họp thứ Tám, thông qua 8 nghị quyết'
          |xây\s+dựng(?=\s+(?:{TYPE_WORD})\s+số\s*:?\s*\d{{1,5}}\s*[-/][^\s,]+\s*,?\s+ngày\s)  # blind13
          |(?P<intro>(?:(?:xin|trân\s+trọng)\s+)?(?:giới\s+thiệu|đăng(?:\s+tải)?)\s+(?:toàn\s+văn|nguyên\s+văn|nội\s+dung))
        )
        (?:\s+và\s+(?:triển\s+khai|phổ\s+biến|công\s+bố)(?!\s+thực\s+hiện))?\s+  # newsweep: a second verb
        (?:(?P<several>(?-i:các))\s+(?=(?-i:[A-ZĐ]))  # blind8: 'đã ban hành các Quyết định công nhận ...'
          |(?P<counted>\d{{1,2}})\s+)?  # blind38: 'vừa thông qua 9 kế hoạch thực hiện 10 chương trình ...'
        (?P<tw>{TYPE_WORD}|văn\s+bản)(?![\w]){URGENCY}?
        # sweepY: a counted set is told as one document, unless another kind is counted with it ('đã thông qua
        # 22 báo cáo và 20 nghị quyết', 'thông qua 15 nghị quyết, 8 báo cáo'): several, none the page's
        (?(counted)(?!\s*(?:,|và)\s*\d{{1,3}}\s+(?:{TYPE_WORD})(?![\w])))
        {_OWN_NUMBER}?
        (?:\s*,?\s*\(?\s*(?:ban\s+hành\s+)?ngày\s+{LEAD_DATE}(?:\s*\))?)?""",  # newsweep: '(ngày 12/3/2024)'
    re.VERBOSE | re.IGNORECASE,
), "cũng|đã|vừa|mới|ký|thông|xây|ban|phát|có|gửi|ra|xin|trân|giới|đăng", before=r"\W")
# parsespeed4: both are tried at every type word of a lead, and few leads say 'ban hành (vào) ngày': that part
# of every match is their hint.
_ISSUED_ON_HINT = r"ban\s+hành\s+(?:vào\s+)?ngày"
# 'Chỉ thị số 02-CT/TU của Ban Thường vụ Tỉnh ủy ban hành ngày 14.12.2020'.
PASSIVE_ISSUE_RE = HintedPattern(re.compile(
    rf"""(?<![\w])(?P<tw>{TYPE_WORD})\s+(?:số\s*:?\s*)?(?P<number>{NUMBER})\s*,?\s+(?:của|do)\s+
        (?P<issuer>(?-i:{BODY_NAME}))\s+(?:(?:đã|vừa|được)\s+)?(?:ký\s+)?ban\s+hành\s+(?:vào\s+)?
        ngày\s+{LEAD_DATE}""",
    re.VERBOSE | re.IGNORECASE,
), _ISSUED_ON_HINT, re.IGNORECASE)
# 'Công văn số 4913/VP-KT, ban hành ngày 15/6, UBND thành phố Hà Nội yêu cầu ...'.
ISSUED_ON_RE = HintedPattern(re.compile(
    rf"""(?<![\w])(?P<tw>{TYPE_WORD})\s+số\s*:?\s*(?P<number>{NUMBER})\s*,?\s+(?:được\s+)?(?:ký\s+)?ban\s+hành\s+
        (?:vào\s+)?ngày\s+{LEAD_DATE}""",
    re.VERBOSE | re.IGNORECASE,
), _ISSUED_ON_HINT, re.IGNORECASE)
# The issuer right before that verb, and the lead's date right before the issuer.
# A ministry's or a department's name has lower-case words: 'Sở Giáo dục và Đào tạo', 'Bộ Y tế'; the
# Politburo is no ministry ('... của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã ban hành ...').
# (regexfast: the dashes open the separator class; written ',-‐...' it was a range from ',' to U+2010,
# which holds every letter, so each word could split at any letter and a failed search backtracked
# through all the splits: 36 ms on one real page.)
# (agencysweep: a ministry's 'Cục' too; leftovers3: its 'Tổng cục', 'Tổng cục Thuế vừa ban hành ...'.)
_DEPARTMENT = (rf"""(?:Bộ(?!\s+Chính\s+trị(?![\w]))|Sở|Phòng|Chi\s+cục|Tổng\s+cục|Cục)"""  # blind8
               rf"""\s+[{UPPER}]\w*"""
               rf"""(?:(?:\s+|\s*[{DASH_CHARS},&]\s*)(?:và\s+)?\w+){{0,8}}?""")
# blind52: the Party committee of a department or a hospital, whose name has lower-case words as the
# department's has ('Đảng bộ Sở Y tế tổ chức Hội nghị ...', 'Sáng 18/11, Đảng bộ Bệnh viện Đa khoa tỉnh Thanh
# Hóa tổ chức Hội nghị ...', 'Đảng ủy bệnh viện Đa khoa Thọ Xuân'); its name ends where the verb starts.
_AGENCY_PARTY = (rf"""(?:Ban\s+Thường\s+vụ\s+)?Đảng\s+(?:ủy|uỷ|bộ)\s+(?:cơ\s+quan\s+)?"""
                 rf"""(?:Sở|[Bb]ệnh\s+viện)\s+(?:[{UPPER}]\w*|(?i:{UNIT_KIND_WORD})(?![\w]))"""
                 rf"""(?:(?:\s+|\s*[{DASH_CHARS}&]\s*)(?:và\s+)?\w+){{0,8}}?""")
_JOINED_NAME = (rf"""(?:{_POLITBURO_SECRETARIAT}|{_DEPARTMENT}|{_AGENCY_PARTY}"""
                rf"""|{BODY_NAME}(?:\s+và\s+{BODY_NAME})?)""")  # 'Ban Tuyên giáo và Dân vận TW'
# --- regexfast: a name that must run to the end of the text ---
# A body's name is a chain of words, each word's length fixed by where it starts; with the end of the
# text right after the name, only the longest chain from a start can reach it, so the chain is matched
# atomically: a start that fails gives up at once instead of trying every shorter chain (a third of
# the time on a long run of capitalised words; the matches are the same).
_ATOMIC_BODY_NAME = rf"""{_NAME_HEAD}(?>(?:{_NAME_BREAK}{BODY_TOKEN}){{0,14}})"""
_JOINED_NAME_AT_END = (rf"""(?:{_POLITBURO_SECRETARIAT}|{_DEPARTMENT}"""
                       rf"""|{_ATOMIC_BODY_NAME}(?:\s+và\s+{_ATOMIC_BODY_NAME})?)""")
# --- grassweep: a grassroots body's organ words in running case, in a lead ('Ngày 12/3/2024, đảng ủy xã Dân
# Lực đã ban hành ...', '..., ủy ban nhân dân phường Hạc Thành vừa ban hành ...', 'chi bộ thôn Phú Bình',
# 'đoàn thanh niên thị trấn Sao Vàng', bodies2: 'công đoàn xã Đông Quang'): only with a unit's or a cell's
# name after them, so 'các chi bộ đã ban hành' names no issuer; an agency's committee by its agency's whole
# name.
_LOWER_ORGAN_NAME = rf"""(?=[đủuhcb])(?<![\w])(?:(?:ban\s+thường\s+vụ\s+)?đảng\s+(?:ủy|uỷ|bộ)
    |(?:ủy|uỷ)\s+ban\s+nhân\s+dân|hội\s+đồng\s+nhân\s+dân|chi\s+bộ|đoàn\s+thanh\s+niên|công\s+đoàn
    |hội\s+(?:nông\s+dân|cựu\s+chiến\s+binh|liên\s+hiệp\s+phụ\s+nữ))(?=\s+(?:(?:{UNIT_KIND_WORD}|thôn|khu\s+phố
    |trường|cơ\s+sở|(?:các\s+)?cơ\s+quan(?:\s+chính\s+quyền)?)\s+)?(?:(?:mầm\s+non|tiểu\s+học)\s+)?[{UPPER}\d])
    (?>(?:{_NAME_BREAK}{BODY_TOKEN}){{0,14}})"""
LEAD_ISSUER_RE = re.compile(
    rf"""(?P<issuer>{_JOINED_NAME_AT_END}|{AGENCY_COMMITTEE_NAME}|{_LOWER_ORGAN_NAME})[\s,]*\Z""", re.VERBOSE)
# The sentence's subject further back: '..., Ban Thường vụ Huyện ủy Gia Lâm đã quán triệt ..., đồng
# thời ban hành Chỉ thị số 08/CT-HU'.
LEAD_SUBJECT_RE = re.compile(
    rf"""(?:^|(?<=[,;:]\s))(?P<issuer>{_JOINED_NAME})\s+(?:đã|vừa|đồng\s+thời|cũng|tiếp\s+tục)\s""",
    re.VERBOSE,
)
LEAD_DATE_BEFORE_RE = re.compile(rf"""(?:^|(?<=[\s,.:;–\-]))ngày\s+{LEAD_DATE}\s*,?\s*\Z""",
                                 re.VERBOSE | re.IGNORECASE)
# blind21: a second document issued in the same lead, joined to the first: 'đã ban hành Chỉ thị số 25/CT-HU và
# Kế hoạch số 62/KH-HU về tổ chức đại hội ...', 'Quyết định số 120/QĐ-UBND, Kế hoạch số 45/KH-UBND ngày ... về
# ...': the first is the page's document, the trích yếu after the second's number is theirs both.
LEAD_JOINED_DOCUMENT_RE = re.compile(
    rf"""[ \t]*(?:,|và)[ \t]+(?=[{UPPER}])(?i:{TYPE_WORD})[ \t]+(?:(?i:số)[ \t]*)?{NUMBER}
        (?:[ \t]*,?[ \t]*(?i:ngày)[ \t]+{LEAD_DATE})?
        (?=[ \t]*,?[ \t]+(?i:về|v/v|triển\s+khai|thực\s+hiện))""",
    re.VERBOSE,
)
# blind21: the date with the news word of recency after it, before the subject: 'Ngày 29/7/2022 vừa qua, UBND
# tỉnh đã ban hành Kế hoạch số 176/KH-UBND', 'Ngày 5/3 mới đây Huyện ủy ...', 'ngày 12/4/2021 vừa rồi,'.
LEAD_RECENT_DATE_BEFORE_RE = re.compile(
    rf"""(?:^|(?<=[\s,.:;–\-]))ngày\s+{LEAD_DATE}\s+(?:vừa\s+qua|vừa\s+rồi|mới\s+đây|gần\s+đây)\s*,?\s*\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# 'Thay mặt Bộ Chính trị, đồng chí ... ký ban hành': the body named, not the signer's offices.
ON_BEHALF_RE = re.compile(rf"""(?:Thay\s+mặt|T/M)\s+(?P<issuer>{BODY_NAME})""", re.VERBOSE | re.IGNORECASE)
# A congress or a plenum before the body that holds it: 'Đại hội đại biểu Đảng bộ tỉnh ...',
# 'Hội nghị lần thứ năm Ban Chấp hành ...' (their lower-case words are no part of BODY_NAME).
# blind20: a headline's title case 'Đại hội Đại biểu Đảng bộ Quận 6' too.
_ASSEMBLY = r"""(?:(?:Đại\s+hội|ĐẠI\s+HỘI)(?:\s+(?:đại\s+biểu|Đại\s+biểu|ĐẠI\s+BIỂU))?\s+
    |(?:Hội\s+nghị|HỘI\s+NGHỊ)(?:\s+(?:lần\s+thứ|LẦN\s+THỨ)\s+\w+)?\s+)"""
# --- blind18 header: a notice of a plenum's results ---
# 'Thông báo kết quả Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ tỉnh khóa XI', 'THÔNG BÁO NHANH KẾT QUẢ
# HỘI NGHỊ ...': the results of the plenum are the notice's subject, the committee holding it its issuer.
RESULTS_OF = r"(?:(?:nhanh\s+)?kết\s+quả\s+)"
RESULTS_OF_RE = re.compile(rf"\s+{RESULTS_OF}", re.IGNORECASE)
# --- blind18 header: a photo's caption between a headline and the lead ---
# 'Đại biểu tham dự hội nghị. Ảnh: Hữu Hiệp', 'Toàn cảnh hội nghị (Ảnh: TTXVN)', 'Ảnh minh họa': the caption
# names the photographer or says the photo only illustrates; it is the page's, never a headline. sweepI3: in
# brackets the word may be in lower case ('Chủ tọa kỳ họp (ảnh: Kim Gọn)', a Bến Tre council's portal).
PHOTO_CAPTION_RE = re.compile(
    r"""(?:^|(?<=[\s.(]))(?:Ảnh|ẢNH|(?<=\()ảnh)(?:[ \t]*:[ \t]*[^\n:]{1,40}?|[ \t]+minh[ \t]+h(?:ọa|oạ))
        [ \t]*\)?[ \t]*\.?[ \t]*\Z""",
    re.VERBOSE,
)
# --- blind18 header: a posting stamp a page puts under its headline ---
# '31/03/2023 - 18:31', '06:12, 01/12/2019', 'Cập nhật lúc: 11:02 02/01/2021', 'Thứ Năm, 02/07/2020, 16:24
# [GMT+7]': a date with its clock time, alone on the line under the headline, which a paragraph rejoins to
# it; no title ends with a time of day, so it is cut off a rejoined headline (a bare date, '... ngày
# 25/11/2019', stays). blind28: a date the portal labels as its stamp ('Ngày cập nhật 05/04/2022', 'Ngày
# đăng: 18/12/2015') is cut with or without its time: no title ends on that label.
_STAMP_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:[ \t]*(?:SA|CH|AM|PM))?"
_STAMP_DATE = r"\d{1,2}/\d{1,2}/\d{4}"
_STAMP_WEEKDAY = r"(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)[ \t]*,[ \t]*)?"
_STAMP_GAP = r"[ \t]*[,|\-–]?[ \t]*"
_STAMP_WHEN = rf"(?:{_STAMP_TIME}{_STAMP_GAP}{_STAMP_DATE}|{_STAMP_DATE}{_STAMP_GAP}{_STAMP_TIME})"
_STAMP_LABEL = r"(?:(?:ngày[ \t]+)?cập\s+nhật(?:\s+lúc)?|ngày\s+đăng|đăng\s+lúc)[ \t]*:?[ \t]*"
POSTING_STAMP_TAIL_RE = re.compile(
    rf"""[ \t]+(?:{_STAMP_LABEL}{_STAMP_WEEKDAY}(?:{_STAMP_WHEN}|{_STAMP_DATE})  # labelled: any date
        |{_STAMP_WEEKDAY}{_STAMP_WHEN})                                       # else date and time
        (?:[ \t]*\[?GMT[ \t]*[+-][ \t]*\d{{1,2}}\]?)?[ \t]*\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# A title line that names the document: type word, then its number, date or issuer.
TITLE_LINE_RE = re.compile(
    rf"""^\W{{0,3}}(?P<tw>{TYPE_WORD})(?![\w])
        {_OWN_NUMBER}?
        (?:\s*,?\s*(?:ban\s+hành\s+)?ngày\s+{LEAD_DATE})?
        (?:\s*,?\s*(?:(?:của|do|(?:được\s+)?ban\s+hành\s+bởi)\s+
           |{RESULTS_OF}?(?=(?-i:Đại\s+hội|Hội\s+nghị|ĐẠI\s+HỘI|HỘI\s+NGHỊ)\s))  # blind18: 'kết quả Hội nghị
           (?P<issuer>(?-i:{_ASSEMBLY}?{BODY_NAME}))(?!/))?  # '... Bàn V/v treo cờ': no 'V' of 'V/v'""",
    re.VERBOSE | re.IGNORECASE,
)
# The same title line matched on base letters, for text whose tone marks are scrambled ('KẾT LỦẬN
# 127-KL/TW CỦÀ BỘ CHÍNH TRỊ'): type word, number, 'của' and where the issuer starts.
def _base(text: str) -> str:
    import unicodedata

    return "".join("d" if c == "đ" else "D" if c == "Đ" else unicodedata.normalize("NFD", c)[0] for c in text)


_BASE_TYPE_WORD = "|".join(_words(_base(w)) for w in sorted(TYPE_WORDS, key=len, reverse=True))
BASE_TITLE_LINE_RE = re.compile(
    rf"""^\W{{0,3}}(?P<tw>{_BASE_TYPE_WORD})\s+(?:so\s*:?\s*)?(?P<number>\d{{1,5}}\s*[-–/]\s*[^\s,]{{2,30}})
        (?:\s*,?\s*cua\s+(?P<issuer>.+))?""",
    re.VERBOSE | re.IGNORECASE,
)
BASE_TYPE_WORDS = {_base(k): v for k, v in TYPE_WORDS.items()}
# Words that end an issuer's name in an all-caps title ('CỦA BỘ CHÍNH TRỊ VỀ TRIỂN KHAI ...').
ISSUER_NAME_END_RE = re.compile(
    r"\s+(?:về|thực\s+hiện|triển\s+khai|quán\s+triệt|ban\s+hành|nhằm|đối\s+với|tại|trong|năm)(?:\s|$)",
    re.IGNORECASE,
)
# A legal library's metadata table; the cells may be glued ('55/2016/QĐ-UBNDNgày đăng công báo:').
META_LABEL_RE = re.compile(
    r"""(?P<label>số\s+hiệu|số\s+ký\s+hiệu|ký\s+hiệu|ngày\s+ban\s+hành|ngày\s+ký|cơ\s+quan\s+ban\s+hành
        |nơi\s+ban\s+hành|loại\s+văn\s+bản|người\s+ký|ngày\s+(?:có\s+)?hiệu\s+lực|ngày\s+(?:đăng\s+)?công\s+báo
        |số\s+công\s+báo|lĩnh\s+vực|tình\s+trạng(?:\s+hiệu\s+lực)?|ngày\s+hết\s+hiệu\s+lực|áp\s+dụng
        |trích\s+yếu|tiêu\s+đề|hiệu\s+lực|ngày\s+cập\s+nhật|nguồn|chức\s+danh)\s*:""",
    re.VERBOSE | re.IGNORECASE,
)
# blind29: a provincial portal's document box writes a field and its value on one line with no colon ('Số
# kí hiệu 458/HD-CTĐBĐ-CTXH' / 'Ngày ban hành 07/11/2022' / 'Người ký Lê Phong'), 'kí' or 'ký'. Read only
# where two such lines stand in the opening lines (a box, never a sentence that opens 'Ngày ban hành ...').
META_BARE_LINE_RE = re.compile(
    r"""[ \t]*(?P<label>số[ \t]+k[ýí][ \t]+hiệu|ngày[ \t]+ban[ \t]+hành)[ \t]+
        (?P<value>\d[^\n]{0,40}?)[ \t]*""",
    re.IGNORECASE | re.VERBOSE,
)
# --- blind29 resolve: a women's congress is the Women's Union's ---
# 'NGHỊ QUYẾT' / 'ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ THÀNH PHỐ ĐÀ NẴNG' / 'LẦN THỨ XIV': the congress names its union by
# its members ('phụ nữ'), never as 'Hội Liên hiệp Phụ nữ'.
WOMEN_CONGRESS_RE = re.compile(r"\s*phụ\s+nữ(?![\w])", re.IGNORECASE)
# The labels a library's table writes in a cell of their own, the value in the next cell.
_META_CELL_LABEL = (r"số\s+hiệu|ngày\s+ban\s+hành|cơ\s+quan\s+ban\s+hành|nơi\s+ban\s+hành|loại\s+văn\s+bản"
                    r"|người\s+ký")
META_CELL_RE = re.compile(rf"(?P<label>{_META_CELL_LABEL}|trích\s+yếu)\s*:?", re.IGNORECASE)
# blind2: the table one cell a line ('Số hiệu' / '18/2025/NQ-HĐND' / ...), with the labels of its status.
META_ALONE_RE = re.compile(
    rf"^\s*(?:{_META_CELL_LABEL}|ngày\s+(?:có\s+)?hiệu\s+lực|lĩnh\s+vực|tình\s+trạng)\s*:?\s*$",
    re.IGNORECASE,
)
# A unit kind inside a body's name ('... ỦY BAN NHÂN DÂN TỈNH NINH BÌNH'), on folded text.
UNIT_IN_NAME = re.compile(rf"(?<!\w){UNIT_KIND_WORD}\s+\w")
# --- blind9 header: a document named by its type in an opening phrase, its issuer the subject ---
# 'Trong kế hoạch, Ban Thường vụ Tỉnh ủy đã nhấn mạnh ...', 'Theo Chỉ thị, Ban Thường vụ Huyện ủy yêu
# cầu ...'.
DOCUMENT_SUBJECT_RE = re.compile(
    rf"""(?:^|(?<=[.;:]\s))[ \t]*(?:Trong|Theo|Tại)\s+(?P<tw>(?i:{TYPE_WORD}))(?:\s+này)?\s*,\s+
        (?P<issuer>{_JOINED_NAME})\s+(?:(?:đã|vừa|cũng)\s+)?
        (?:nhấn\s+mạnh|yêu\s+cầu|đề\s+nghị|xác\s+định|đề\s+ra|nêu\s+rõ|chỉ\s+đạo|giao|quy\s+định|hướng\s+dẫn)\b""",
    re.VERBOSE | re.MULTILINE,
)

# --- blind9 header: the date of a document the text cites ---
# 'Công văn số 440-CV/BTGDVTU ngày 22/7/2025': the date right after a number (matched at the number's end);
# an undated text was written after every document it cites (a deadline's date follows no number).
CITED_NUMBER_DATE_RE = re.compile(rf"""\s*,?\s*(?i:ngày)\s*{DATE}""", re.VERBOSE)

# --- blind9 header: a bare board acting on its own committee's direction ---
# 'Thực hiện chỉ đạo của Thường trực Đảng ủy xã Trần Phú ..., Ban Xây dựng Đảng đề nghị': the committee
# whose standing office or standing committee directs the board.
DIRECTED_BY_COMMITTEE_RE = re.compile(
    rf"""(?i:(?:ý\s+kiến\s+)?chỉ\s+đạo|kết\s+luận)\s+của\s+(?i:Thường\s+trực|Ban\s+Thường\s+vụ)\s+
        (?P<committee>{BODY_NAME})""",
    re.VERBOSE,
)

# --- leadforms: a lead's subject followed by its province ---
# 'Đảng ủy phường Dĩ An, Thành phố Hồ Chí Minh vừa ban hành ...', 'Ban Thường vụ Huyện ủy Lấp Vò (Đồng
# Tháp) triển khai ...', 'UBND huyện Lấp Vò (tỉnh Đồng Tháp) ...': the province is named after the body, by
# a comma (then with its kind word, so ', Ban Thường vụ ...' is never read as a place) or in brackets; the
# caller keeps it only when the gazetteer knows it as a province.
# sweepF: a commune's body is placed by its district or city, then maybe its province ('UBND phường Vạn Thạnh,
# TP. Nha Trang vừa ...', 'Đảng ủy xã Vĩnh Phú, huyện Thoại Sơn, tỉnh An Giang ...', 'Đảng ủy xã Vĩnh Phú
# (Thoại Sơn)'): the caller reads each name on the gazetteer as the province or the district it is.
_PROVINCE_WORDS = rf"""[{UPPER}]\w*(?:[ \t]+[{UPPER}]\w*){{0,3}}"""
_PROVINCE_KIND = r"""(?:(?i:tỉnh|thành[ \t]+phố)|TP\.?)"""
_PLACE_KIND = r"""(?:(?i:tỉnh|thành[ \t]+phố|huyện|quận|thị[ \t]+xã)|TP\.?|TX\.?)"""
SUBJECT_PLACE = rf"""(?:[ \t]*,[ \t]*
      (?P<above>(?:{_PLACE_KIND}[ \t]+|TP(?=[{UPPER}])){_PROVINCE_WORDS})  # and the glued 'TPHCM'
      (?:[ \t]*,[ \t]*(?P<above_far>{_PROVINCE_KIND}[ \t]+{_PROVINCE_WORDS}))?
    |[ \t]*\([ \t]*(?P<above_b>(?:{_PLACE_KIND}[ \t]+)?{_PROVINCE_WORDS})[ \t]*\))"""
# --- blind9 header: a courtesy word between a letter's writer and its request ---
# '..., Ban Xây dựng Đảng trân trọng đề nghị: ...', 'UBND huyện kính đề nghị ...'.
_COURTESY = r"(?:(?:trân\s+trọng|kính)\s+)?"

# A sentence opened by the body that asks or directs: 'Ban Thường vụ Huyện ủy đề nghị ...'. (blind8: or that
# was given the work it sends out, 'Chi cục Chăn nuôi và Thú y được giao ...': 'được' is not in its name.)
# blind41: or that acts in an activity report with no document of its own, 'UBND xã Hồng Hà đã chủ động triển
# khai thực hiện Nghị quyết ...', '..., Phòng Tư pháp huyện phối hợp với ...'. blind45: or that held a
# ceremony, in the news tense ('Đảng ủy xã Thanh Hải vừa long trọng tổ chức lễ kỷ niệm ...', '..., UBND xã
# Trung Phúc Cường đã tổ chức lễ phát động ...').
ACTING_SUBJECT_RE = re.compile(
    rf"""(?:^[ \t]*|(?<=[.;:,]\s))(?:(?:Do\s+đó|Vì\s+vậy|Vì\s+thế|Theo\s+đó|Đồng\s+thời)\s*,?\s+)?
        (?P<issuer>{_JOINED_NAME})  # blind8: '(UBND)'; blind17: '(sau đây gọi là Hội đồng)'
        (?:\s*\((?:[^()]{{1,16}}|(?i:sau\s+đây\s+)?(?i:gọi|viết)\s[^()]{{1,60}})\))?
        {SUBJECT_PLACE}?  # blind51 d04: '..., Ban Thường vụ Huyện ủy Đakrông, tỉnh Quảng Trị đã chỉ đạo ...'
        \s+(?:(?:đã|vừa)\s+)?(?:được\s+(?=giao))?
        (?:có\s+(?:công\s+văn|văn\s+bản)\s+)?{_COURTESY}(?:đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|giao|thông\s+báo|có\s+ý\s+kiến
          |hướng\s+dẫn|nhận\s+được
          |biên\s+soạn(?=\s+(?:tài\s+liệu|đề\s+cương)\s*:?\s*[“"«]?\s*(?i:đề\s+cương))  # blind34 b02
          |(?:(?<=đã\s)|(?<=vừa\s))(?:(?:chủ\s+động|long\s+trọng)\s+)?  # news tense only
            (?:triển\s+khai|phát\s+động
              |tổ\s+chức\s+(?i:lễ)(?=\s+[{LOWER}]))  # blind45 b03, b07: 'vừa long trọng tổ chức lễ kỷ niệm'
          |phối\s+hợp(?=\s+với\s))\b  # blind41 b01: 'Phòng Tư pháp huyện phối hợp với Trung tâm ...'
        """,
    re.VERBOSE | re.MULTILINE,
)
# --- leftovers7: several bodies of one level acting together ---
# '..., trong quý I/2023, UBND các xã, thị trấn đã triển khai tuyên truyền ...' (blind45 b04), 'Đảng ủy các
# xã, thị trấn đã tổ chức hội nghị ...': an activity report whose actors are one organ of many units; no one
# body, but their level is the report's. An organ word is required, so 'các xã, thị trấn đã tổ chức lễ ...'
# (the places, not a body) names none; the verbs are ACTING_SUBJECT_RE's news tense. The unit above them may
# stand between the list and the verb ('... thị trấn của thị xã Hương Thủy đã tổ chức'); the text's places
# resolve it, as they do a bare 'UBND huyện'.
_COLLECTIVE_KIND = r"(?:xã|phường|thị\s+trấn|huyện|quận|thị\s+xã|thành\s+phố)"
COLLECTIVE_ACTOR_RE = re.compile(
    rf"""(?:^[ \t]*|(?<=[.;:,]\s))
        (?P<issuer>(?:UBND|(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân|(?:Ban\s+Thường\s+vụ\s+)?Đảng\s+(?:ủy|uỷ)
          |Ban\s+Chỉ\s+huy\s+Quân\s+sự|Công\s+an|(?:Ủy|Uỷ)\s+ban\s+MTTQ(?:\s+Việt\s+Nam)?)
          \s+các\s+{_COLLECTIVE_KIND}(?:\s*,\s*{_COLLECTIVE_KIND}){{0,3}})
        (?:\s+(?:của|thuộc|trên\s+địa\s+bàn)\s+  # the unit above them: '... thị trấn của thị xã Hương Thủy'
          (?P<above>(?:tỉnh|{_COLLECTIVE_KIND})\s+{PLACE_NAME_WORD}(?:\s+{PLACE_NAME_WORD}){{0,3}}))?
        \s+(?:đã|vừa)\s+(?:(?:chủ\s+động|long\s+trọng)\s+)?(?:triển\s+khai|phát\s+động|tổ\s+chức)\b""",
    re.VERBOSE,
)
# blind53 r01: the branches of one commune's Party organisation acting together ('Vừa qua, các chi bộ
# trực thuộc Đảng bộ phường Hà Lầm đã tổ chức đợt sinh hoạt ...'): an activity report whose actor is that
# organisation, of the commune's level, and not an event under the plan its carry-out clause names. Only a
# commune-level unit: the branches under a district committee are many grassroots units, no one body.
MEMBER_BRANCHES_ACTOR_RE = re.compile(
    rf"""(?:^[ \t]*|(?<=[.;:,]\s))(?i:các)\s+chi\s+bộ(?:\s*,\s*đảng\s+bộ)?(?:\s+(?:trực\s+thuộc|thuộc))?\s+
        (?P<issuer>Đảng\s+(?:bộ|ủy|uỷ)\s+(?:xã|phường|thị\s+trấn)\s+{PLACE_NAME_WORD}(?:\s+{PLACE_NAME_WORD}){{0,3}})
        \s+(?:đã|vừa)\s+(?:(?:chủ\s+động|long\s+trọng)\s+)?(?:triển\s+khai|phát\s+động|tổ\s+chức)\b""",
    re.VERBOSE | re.MULTILINE,
)
# --- leftovers12: a Party committee and another organ written before the one unit they share ---
# 'Chiều 26/9, Đảng ủy, Bộ đội Biên phòng tỉnh Lào Cai tổ chức Hội nghị ...' (blind52 e07): the unit after the
# comma is no body on its own (a force, a hospital), so the committee written before it, with the unit, is
# the one body the lead names ('Đảng ủy Bộ đội Biên phòng tỉnh Lào Cai'). Searched just before a subject the
# name reader rejects; 'Đảng ủy, UBND xã X' names a body after the comma and is left to it.
SHARED_UNIT_COMMITTEE_RE = re.compile(
    r"""(?<![\w])(?P<organ>Đảng[ \t]+(?:ủy|uỷ))[ \t]*,[ \t]*\Z""",
)
# 'Thời gian qua, Đảng ủy, chính quyền xã Mỹ Lộc, huyện Cần Giuộc ...' (blind49 c08): 'chính quyền' is the
# unit's state organs together, no name; blanked (offsets kept), the committee reads with the unit after it.
PARTY_AND_GOVERNMENT_RE = re.compile(
    r"""(?<=Đảng[ ]ủy|Đảng[ ]uỷ)[ \t]*,[ \t]*chính[ \t]+quyền
        (?=[ \t]+(?:xã|phường|thị[ \t]+trấn|huyện|quận|thị[ \t]+xã|thành[ \t]+phố|tỉnh)[ \t])""",
    re.VERBOSE,
)
# The name COLLECTIVE_ACTOR_RE reads, whole: its units' kinds, whose level is the name's.
COLLECTIVE_NAME_RE = re.compile(
    rf"""^\S.*?\s+các\s+(?P<kinds>{_COLLECTIVE_KIND}(?:\s*,\s*{_COLLECTIVE_KIND}){{0,3}})$""",
    re.VERBOSE | re.DOTALL,
)
# --- headerforms: a meeting's chair who concludes it ---
# '..., ý kiến phát biểu của các thành viên tham dự, Chủ tịch UBND thị xã - Trần Úc kết luận:' (unseen m31): a
# conclusion notice that lost its header is its body's, whose chair (or vice-chair) concludes; the chair's
# name after a dash or a comma is no part of the body's.
CHAIR_CONCLUDES_RE = re.compile(
    rf"""(?:^[ \t]*|(?<=[.;:,]\s))(?:Phó\s+)?Chủ\s+tịch\s+(?P<issuer>{_JOINED_NAME})
        (?:[ \t]*[-–,][ \t]*(?:đồng\s+chí\s+)?[{UPPER}][{LOWER}]*(?:[ \t]+[{UPPER}][{LOWER}]*){{0,3}})?
        [ \t]*,?[ \t]+(?:đã[ \t]+)?kết[ \t]+luận\b""",
    re.VERBOSE | re.MULTILINE,
)
# A resolution's adoption: '... Nghị quyết ... đã được đại biểu thông qua ... vào sáng ngày 15-10',
# 'Chiều 15/10, tại phiên bế mạc ..., đại biểu nhất trí thông qua Nghị quyết của Đại hội'.
ADOPTED_DATE_RE = re.compile(
    rf"""(?:^|(?<=[\s,(]))(?:(?:vào\s+)?(?:sáng|chiều|tối)\s+(?:ngày\s+)?|ngày\s+){LEAD_DATE}""",
    re.VERBOSE | re.IGNORECASE,
)
ADOPTION_RE = re.compile(r"thông\s+qua", re.IGNORECASE)
# A repost's source note: '(Nguồn: Từ Công văn số 1150/UBND-VP ngày 22/04/2021)', '(Nguồn công
# văn số 2983/UBND-VP - 22/09/2020)'.
SOURCE_NOTE_RE = re.compile(
    rf"""(?-i:Nguồn)\s*:?\s*(?:\w+\s+)?(?P<tw>{TYPE_WORD})\s+{_OWN_NUMBER}
        (?:(?:\s*,?\s*(?:ban\s+hành\s+)?ngày\s+|\s+[-–]\s+){LEAD_DATE})?""",
    re.VERBOSE | re.IGNORECASE,
)
# --- blind25 header: a source note with the type as its code ---
# '(Nguồn CV 10646/UBND-VP)', '(Nguồn: TB số 45/TB-UBND)': a portal item's closing source in brackets, the
# type written as its code. Only in brackets and only a type code, so a paper or a byline is no note.
SOURCE_CODE_NOTE_RE = re.compile(
    rf"""\(\s*Nguồn\s*:?\s*(?P<code>CV|TB|KH|QĐ|HD|BC|TTr|KL|CT|CTr|NQ)\s+(?:số\s*:?\s*)?(?P<number>{NUMBER})\s*\)""",
    re.VERBOSE,
)
# --- headerforms: the attachment's identity after a lead-in's colon ---
# '... thực hiện tốt một số nội dung sau: 37/UBND-VP ngày 10/1/2022' (realworld k27): a portal item cuts the
# letter's body at its lead-in and puts the link to the attached text, the bare number and date, in its place.
# The number right after the colon, with no type word, and its full date ending the paragraph.
ATTACHED_NUMBER_RE = re.compile(
    rf"""(?<![\w])(?i:sau)[ \t]*:[ \t]*(?:(?i:số)[ \t]*:?[ \t]*)?(?P<number>{NUMBER})[ \t]*,?[ \t]*
        (?i:ngày)[ \t]*{DATE}[ \t]*\.?[ \t]*$""",
    re.VERBOSE | re.MULTILINE,
)
# A title line that only names the type: 'Thông báo về việc ...', 'Chỉ thị V/v ...'; blind29: or the
# campaign it is about, in quotes ('Hướng dẫn "Tết Nhân ái" giai đoạn 2022 - 2027').
TYPE_ONLY_TITLE_RE = re.compile(
    rf"""^\W{{0,3}}(?P<tw>{TYPE_WORD})\s+(?:(?:về|v/v|thực\s+hiện|triển\s+khai|tổ\s+chức)\s|[“"«]\w)""",
    re.VERBOSE | re.IGNORECASE,
)
# --- headerforms + titlesweep: a headline standing right over its 'Kính gửi' line ---
# 'Hướng dẫn dạy học môn Lịch Sử HK II năm học 2013-2014' / 'Kính gửi: Các trường THCS ...' (unseen m32): a
# copy that lost its header keeps the trích yếu over the addressee, opened by its type word in sentence case;
# the page is the document itself and that line its title. The caller checks the line below is the
# salutation; a type word alone on its line is a heading, not matched.
TYPE_OVER_SALUTATION_RE = re.compile(
    rf"""^\W{{0,3}}(?P<tw>(?=[{UPPER}])(?i:{TYPE_WORD}))(?![\w])[ \t]+(?=[{UPPER}{LOWER}\d“"])""",
    re.VERBOSE,
)
# --- blind11 header: a page heading 'TYPE: title' ---
# 'HƯỚNG DẪN: Công tác phòng, chống tội phạm ...', 'KẾ HOẠCH: Tổ chức Tháng hành động ...': a web page's
# heading gives the type in capitals, a colon, then the title (the caller checks the capitals, so a body's
# 'Kế hoạch: ...' label is none).
TYPE_COLON_TITLE_RE = re.compile(
    rf"""^\W{{0,3}}(?P<tw>(?=[{UPPER}])(?i:{TYPE_WORD}))[ \t]*:[ \t]*(?P<title>[{UPPER}{LOWER}\d].*)""",
    re.VERBOSE,
)
# Full dates and month-years in running text, which a lead's 'Ngày 04/12' takes its year from.
MONTH_YEAR_RE = re.compile(r"tháng\s+(?P<m>\d{1,2})\s*(?:/|-|năm\s+)\s*(?P<y>(?:19|20)\d\d)", re.IGNORECASE)
# --- leftovers: lead: the year a yearless lead's own sentence names ('Ngày 16/1, ... năm 2017') ---
SENTENCE_YEAR_RE = re.compile(
    r"(?<!đoạn )(?<!kỳ )\bnăm\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[-–]\s*(?:19|20)?\d\d)", re.IGNORECASE)
SENTENCE_END_RE = re.compile(r"[.!?;\n]")
# An official letter's subject line under its number: 'V/v chủ động ứng phó với bão', also with a colon
# after its mark ('V/v: rà soát, thống kê hộ nghèo ...').
SUBJECT_LINE_RE = re.compile(r"^\W{0,3}(?:V/v|V/V|Về\s+việc)(?:\s*:\s*|\s+)\S", re.IGNORECASE)
# The weekday of a page's date line, on base letters (a stripped 'Thu Tu' restores ambiguously).
WEEKDAY_BASE_RE = re.compile(r"^\W*(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu\s+nhat)\b", re.IGNORECASE)
# A page's posting, update or print date: never the issue date.
# The look-ahead in front (every alternative but the page's first words opens on one of its letters) fails
# at most positions before the alternatives are tried one by one.
POSTED_RE = re.compile(
    r"""(?:(?=[cnđlxb\d])|^)
      (?:cập\s+nhật|ngày\s+đăng|đăng\s+(?:lúc|ngày)|lượt\s+xem|xuất\s+bản|bản\s+in|(?<!\d)\d{1,2}:\d{2}(?!\d)
      |^\W*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\b)""",
    re.VERBOSE | re.IGNORECASE,
)

# newunits: the dateline a stored news page opens with ('  date 2025-08-27 Chính trị', '  date 2021-04
# (QNO) - ...'): when the page was written, never the issue date; an undated page names its places on that
# day's map.
PAGE_DATELINE_RE = re.compile(
    r"""\A\s*date[ \t]+(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)   # 'date 2025-08', the year and month
        (?:-(?P<d>[0-3]\d))?(?!\d)                          # and its day when given""",
    re.VERBOSE,
)

# --- header/lead: dates and numbers around a lead's verb ---
# A lead that opens with its date, the signer's names and offices between it and the verb: 'Ngày 27
# tháng 5 năm 2022, đồng chí Lê Văn A, Phó Bí thư Thường trực Huyện ủy ... đã ký ban hành', 'LTS -
# Ngày 25/5, đồng chí ..., thay mặt Ban Bí thư ký ban hành', 'Chiều 26/3, ...', a bracketed news tag
# '(QTO) - Chiều nay 8/10/2020, ...' (gen4: the tag's closing bracket); a headline's 'Ngày 12/3/2024: ...'.
LEAD_OPENING_DATE_RE = re.compile(
    rf"""\W*(?:(?-i:[A-ZĐ]{{2,10}})\)?\s*[-–:]\s*)?
        (?:(?:sáng|chiều|tối|trưa)(?:\s+nay)?\s+)?(?:ngày\s+)?{LEAD_DATE}\s*[,:]""",
    re.VERBOSE | re.IGNORECASE,
)
# The document naming its own type: 'Nhận được công văn này', 'Quyết định này có hiệu lực'. sweepY: a
# plural ('triển khai các Nghị quyết này', a meeting on four resolutions named before) points back to those.
SELF_REFERENCE_RE = StartedPattern(re.compile(rf"""(?<![\w])(?<!các\s)(?<!những\s)(?P<tw>{TYPE_WORD})
                                                  \s+này(?![\w])""",
                                              re.VERBOSE | re.IGNORECASE), TYPE_FIRST, before=r"\W")
# A repost's link to the document's own file: 'Nội dung công văn Ban Tuyên giáo Tỉnh ủy: click xem tại
# đây', 'Xem toàn văn Kế hoạch tại đây', 'Tải về Quyết định (file đính kèm)'.
# blind51 d05: the link may give the document's number and date ('Xem Thông báo số 190/TB-UBND ngày 09/10/2017
# của UBND huyện tại đây'): a portal's post of its own document, which the post's prose never numbers.
DOCUMENT_LINK_RE = re.compile(
    rf"""^\W*(?:nội\s+dung|toàn\s+văn|xem(?:\s+toàn\s+văn|\s+chi\s+tiết)?|tải(?:\s+về)?|file)\s+
        (?P<tw>{TYPE_WORD})(?![\w])
        (?:\s+(?:số\s*:?\s*)?(?P<number>{NUMBER})(?:\s*,?\s*ngày\s+{DATE})?)?
        [^\n]{{0,80}}?(?:click|bấm|nhấn|tại\s+đây|đính\s+kèm|\.pdf|\.docx?)""",
    re.VERBOSE | re.IGNORECASE | re.MULTILINE,
)
# A headline opening with a type word and going on in lower case: 'Thông báo treo cờ Tổ quốc ...'.
HEADLINE_TYPE_RE = re.compile(
    rf"""^\W{{0,3}}(?P<tw>(?=[{UPPER}])(?i:{TYPE_WORD}))\s+(?!này(?![\w]))(?=[{LOWER}])""", re.VERBOSE
)
# --- blind15 header: a headline deploying a document with no subject ---
# 'Triển khai kế hoạch Đại hội Mặt trận Tổ quốc tinh lần thứ X', 'Ban hành hướng dẫn công tác thi đua ...':
# the verb opens the line, one type word (no number, no 'các', no 'này', no other issuer), the title after it.
# (sweepB: a news item announcing a decision names its document so too, 'Công bố quyết định giám sát Ban
# Thường vụ Tỉnh ủy Điện Biên', blind34 b07; the decision announced is the page's own even when it names its
# body, 'Công bố quyết định của Bộ Chính trị chuẩn y Bí thư Tỉnh ủy ...'.)
HEADLINE_DEPLOYS_RE = re.compile(
    rf"""^\W{{0,3}}(?=[{UPPER}])(?i:triển\s+khai|ban\s+hành|(?P<announces>công\s+bố))\s+(?P<tw>(?i:{TYPE_WORD}))\s+
        (?!(?i:số|này|do|nói\s+trên)(?![\w]))(?(announces)|(?!(?i:của)(?![\w])))
        (?P<title>[^\n]{{6,200}}?)\s*$""",
    re.VERBOSE,
)
# The same announcement in a news item's first sentence ('Sáng 15.11, Tỉnh ủy Thái Nguyên tổ chức hội nghị
# công bố quyết định của Bộ Chính trị về công tác cán bộ.'): a decision or resolution, its words to the
# sentence's end.
LEAD_ANNOUNCES_RE = re.compile(
    r"""(?<![\w])công\s+bố\s+(?:các\s+)?(?P<tw>quyết\s+định|nghị\s+quyết)(?![\w])\s+
        (?!(?i:số|này|do|nói\s+trên)(?![\w]))(?P<title>[^\n.;]{6,200})""",
    re.VERBOSE | re.IGNORECASE,
)
# The body whose decision such an item announces: the delegation it sent announces it ('Đoàn giám sát số 30
# của Bộ Chính trị, Ban Bí thư đã công bố quyết định giám sát ...', blind34 b07; 'Đoàn kiểm tra số 1914 của Bộ
# Chính trị do ông ... làm trưởng đoàn đã công bố Quyết định ...'), or the decision is named with it ('công bố
# Quyết định kiểm tra, giám sát của Bộ Chính trị, Ban Bí thư năm 2026', 'công bố quyết định của Bộ Chính trị
# chuẩn y ...'). The announcing host ('Tỉnh ủy Thái Nguyên tổ chức hội nghị công bố ...') is not its owner.
_DELEGATION = r"""(?i:đoàn)\s+(?:kiểm\s+tra|giám\s+sát|công\s+tác)(?:\s*,\s*giám\s+sát)?
    (?:\s+số\s+\d{1,5})?"""
ANNOUNCED_OWNER_RE = re.compile(
    rf"""(?<![\w]){_DELEGATION}\s+của\s+(?P<delegator>{_JOINED_NAME})
        (?:\s+năm\s+\d{{4}})?(?:\s*,?\s+do\s[^\n.;]{{0,200}}?)?\s+(?:đã\s+|vừa\s+)?
        (?:chủ\s+trì\s+|tổ\s+chức\s+)?(?:(?i:hội\s+nghị)\s+)?công\s+bố
      |(?<![\w])(?i:công\s+bố)\s+(?:các\s+)?(?i:quyết\s+định|nghị\s+quyết)(?:\s+[^\s.;:,]+(?:\s*,)?){{0,4}}?
        \s+của\s+(?P<owner>{_JOINED_NAME})""",
    re.VERBOSE,
)
# The number given in brackets after the title: '(Chỉ thị số 22-CT/TW)'.
BRACKETED_NUMBER_RE = re.compile(  # blind4: its own date may follow ('(Chỉ thị số 55-CT/TW ngày 22/12/2025)')
    rf"""\(\s*(?P<tw>{TYPE_WORD})\s+(?:số\s*:?\s*)?(?P<number>{NUMBER})
        (?:\s*,?\s*(?:ban\s+hành\s+)?ngày\s+{LEAD_DATE})?\s*\)""",
    re.VERBOSE | re.IGNORECASE,
)

# --- gen3a header: a lead's subject ---
# A lead's subject followed by its own short form in brackets: 'Bộ Giáo dục và Đào tạo (GD&ĐT) có
# công điện', 'Ủy ban nhân dân tỉnh (UBND) ban hành'.
LEAD_SUBJECT_ACRONYM_RE = re.compile(r"""\s*\((?=[^()\n]*[A-ZĐ])[^()\n]{1,15}\)\s*,?\s*\Z""")

# A notice with no heading names its own kind in the issuer's words: 'Ủy ban nhân dân phường Cự Khối
# thông báo:', 'UBND xã thông báo như sau', and the closing 'UBND xã Duyên Hà thông báo để các gia
# đình, cơ quan ... thực hiện./.' (lower-case 'thông báo': a verb, not a cited 'Thông báo số ...').
OWN_NOTICE_RE = HintedPattern(re.compile(
    rf"""(?P<issuer>{BODY_NAME})\s+thông\s+báo
        (?:\s*:|\s+như\s+sau|\s+(?:để|cho|tới|đến)\s[^.\n]{{0,200}}?(?:biết|thực\s+hiện|chấp\s+hành))""",
    re.VERBOSE,
), r"thông\s+báo")

# A notice with no title that carries out another's document on the same matter gives notice on that
# matter: its subject is the parent's 'về việc' ('Thực hiện Công điện số 11/CĐ-PCTT ngày 21/10/2020 của BCH
# PCTT và TKCN thành phố Đà Nẵng về việc ứng phó với bão trên Biển Đông (cơn bão số 8). ..., UBND phường Hải
# Châu I thông báo ...', unseen m44; 'Thực hiện Thông báo số 444/TB-UBND ... về việc tạm dừng hoạt động tiếp
# công dân ... / Ủy ban nhân dân xã Đức Hợp thông báo như sau:'). The clause opens its line; the subject ends
# its sentence.
NOTICE_PARENT_SUBJECT_RE = re.compile(
    rf"""^\W{{0,3}}(?:Để\s+)?(?:Thực\s+hiện|Căn\s+cứ|Theo)\s[^\n]{{0,300}}?(?<![\w])về\s+việc\s+
        (?P<title>[^\n.;:]{{6,200}}?)\s*(?=[.;\n]|,\s*(?:[{UPPER}]|ủy|uỷ|ubnd))""",
    re.VERBOSE | re.MULTILINE,
)

# A portal's signer field, the office naming the body: 'Người ký văn bản:' / 'Phạm Đình Nam - Phó
# Chủ tịch UBND phường Phúc La', 'Người ký: Nguyễn Văn A, Chủ tịch UBND huyện'.
SIGNED_BY_FIELD_RE = re.compile(r"""^\W*Người\s+ký(?:\s+văn\s+bản)?\s*:?[\s|]*(?P<rest>.*?)[\s|]*$""",
                                re.IGNORECASE)
# --- blind5 header: a metadata block whose 'key:value' pairs are glued together ---
# 'Loại văn bản:Kế hoạchNgười ký:Lê Hồng Sơn', 'Cơ quan ban hành:UBND tỉnh Bắc NinhNgười ký:Nguyễn Tiến
# NhườngNgày hết hiệu lực:...': the key right after a value's last letter, then a colon; the value runs
# to the next key glued to it (a capital right after a lower-case letter) or the line's end. blind26: a
# library that pairs its keys on one line with a space between ('Loại văn bản: Công văn Người ký: Trịnh
# Mạnh Linh', LuatVietnam) is read the same way, and so is a value ending in a digit ('Nơi ban hành: Quận 5
# Người ký: Phạm Quốc Huy', blind20).
GLUED_SIGNED_BY_RE = re.compile(r"(?:(?<=[^\W\d_])|(?<=[^\W_]\s))(?-i:Người)\s+ký\s*:\s*(?P<rest>[^|\n]+)")
SIGNER_WORD_BEFORE_RE = re.compile(r"(?i:người)\s*\Z")  # 'Người ký văn bản': no lead's 'ký văn bản'
SIGNER_NAME_OFFICE_RE = re.compile(
    r"""^(?P<name>[^\W\d_][^,\-–—|]{2,40}?)\s*(?:[,\-–—|]\s*)+(?P<office>\S.*)$"""
)
SIGNER_OFFICE_BODY_RE = re.compile(
    r"""^(?:(?:Phó\s+)?(?:Chủ\s+tịch|Bí\s+thư|Giám\s+đốc|Chánh\s+(?=Văn\s+phòng))|(?:Phó\s+)?Trưởng\s+(?=(?:Ban|Phòng)\s))
        \s*(?P<body>\S.*)$""",
    re.VERBOSE | re.IGNORECASE,
)

# Urban districts ('quận') exist only in the cities under the centre: a city committee ('Thành ủy',
# 'Thành đoàn') whose text names its quận beside its huyện ('14 quận, huyện', 'các quận ủy, huyện ủy')
# is province level; a provincial city has phường and xã only. bodyplace: the city's own committee
# naming the committees under it ('Ủy ban nhân dân quận, huyện', 'UBND quận-huyện', 'quận/huyện').
CITY_DISTRICTS_RE = re.compile(
    r"""\b(?:các|\d{1,2}|(?:ủy|uỷ)\s+ban\s+nhân\s+dân|ubnd)\s+(?:đơn\s+vị\s+)?quận(?:\s*(?:ủy|đoàn))?
        (?:\s*(?:,|và|[-–/])\s*|\s+)(?:các\s+)?huyện""",
    re.IGNORECASE | re.VERBOSE,
)

# bodyplace: a lead carrying out its province's People's Committee ('Thực hiện chỉ đạo của Ủy ban nhân dân
# tỉnh tại Công văn số 209/UBND-KGVX ...', 'Thực hiện Kế hoạch số 12/KH-UBND ngày ... của UBND tỉnh').
PROVINCE_COMMITTEE_LEAD_RE = re.compile(
    r"""(?<![\w])Thực[ \t]+hiện[ \t][^.;:\n]{0,120}?(?<![\w])của[ \t]+
        (?:(?:Ủy|Uỷ)[ \t]+ban[ \t]+nhân[ \t]+dân|UBND)[ \t]+tỉnh(?![\w])""",
    re.VERBOSE,
)

# blind23: a body of no level of its own (a university's Party committee) carrying out a province's
# committee's document ('Căn cứ kế hoạch số 34-KH/TU ngày 30/12/2016 của Tỉnh ủy Thái Nguyên về ...', 'Thực
# hiện Kế hoạch số 12/KH-UBND ... của UBND tỉnh Nghệ An') names the province it works in; the name is its
# capitalised words.
PROVINCE_COMMITTEE_PARENT_RE = re.compile(
    rf"""(?<![\w])(?:Căn[ \t]+cứ|Thực[ \t]+hiện)[ \t][^.;:\n]{{0,160}}?(?<![\w])của[ \t]+
        (?:(?:Tỉnh|Thành)[ \t]+(?:ủy|uỷ)
          |(?:(?:Ủy|Uỷ)[ \t]+ban[ \t]+nhân[ \t]+dân|UBND)[ \t]+(?:tỉnh|thành[ \t]+phố))
        [ \t]+(?P<province>[{UPPER}]\w*(?:[ \t]+[{UPPER}]\w*){{0,3}})""",
    re.VERBOSE,
)

# bodyplace: a council's resolution copied without its header ('Nghị quyết số 06/2012/NQ-HĐND ...' over its
# 'Căn cứ' items) names its council in its own preamble ('Báo cáo thẩm tra của Ban Pháp chế HĐND thành phố;
# ý kiến của các đại biểu Hội đồng nhân dân thành phố'). Not the councils under it ('HĐND các huyện',
# 'Hội đồng nhân dân huyện, thành phố'), nor one named by its place ('HĐND tỉnh Nam Định' is read whole
# by the gazetteer's place mentions).
OWN_COUNCIL_RE = re.compile(
    rf"""(?<![\w])(?:Hội[ \t]+đồng[ \t]+nhân[ \t]+dân|HĐND)[ \t]+
        (?P<unit>{_UNIT_KIND_ON_LINE})(?![\w])
        (?![ \t]*(?:,|và|-|/)[ \t]*(?:các[ \t]+)?(?:tỉnh|thành|huyện|quận|thị|xã|phường)(?![\w]))""",
    re.VERBOSE,
)

# bodyplace: the capital named by its title ('các cấp Công đoàn Thủ đô', 'Nhân dân Thủ đô', 'Thủ đô Hà Nội'):
# only Hà Nội is so called, so a city body that writes no name of its own there is the capital's. Case
# exact (the lower-case 'thủ đô' is any country's), and not a foreign capital's title ('Thủ đô Viêng Chăn').
CAPITAL_TITLE_RE = re.compile(
    r"""(?<![\w])Thủ[ \t]+đô(?![\w])(?![ \t]+(?!Hà[ \t]+Nội)[A-ZĐ])"""
)

# A guidance with no heading names itself in its issuer's clause, which may open a sentence or close
# a 'Căn cứ ...' one: '..., Phòng Giáo dục và Đào tạo (GDĐT) Hướng dẫn các trường ...', 'Sở Y tế
# hướng dẫn thực hiện như sau'. A ministry's or office's name has lower-case words (_JOINED_NAME).
_GUIDES = r"(?i:hướng\s+dẫn)[ \t]+(?i:các|việc|thực\s+hiện|triển\s+khai|tổ\s+chức|như\s+sau|cụ\s+thể)(?![\w])"
OWN_GUIDANCE_RE = re.compile(
    rf"""(?:^|(?<=[,;.]\s)|(?<=[,;.]))[ \t]*(?P<issuer>{_JOINED_NAME})(?:[ \t]*\([^()\n]{{1,15}}\))?[ \t]+
        {_GUIDES}""",
    re.VERBOSE | re.MULTILINE,
)
# The verb phrase that ends OWN_GUIDANCE_RE alone: a text with no match of it has none of the whole.
OWN_GUIDANCE_VERB_RE = re.compile(_GUIDES)

# 'đã có văn bản hướng dẫn tuyên truyền ...': a lead's unnumbered 'văn bản' whose kind follows it.
TEXT_KIND_AFTER_RE = re.compile(rf"""[ \t]+(?P<tw>(?i:{TYPE_WORD}))(?![\w])(?![ \t]+số)""")

# --- gen4 header: own numbers in brackets, tail source notes, orders signed for a chairman ---
# A lead that puts its own number in brackets after the type word: 'Thủ tướng Chính phủ đã có Công
# văn (số 73/TTg-CN) chỉ đạo ...', 'vừa ban hành Kế hoạch (số 12/KH-UBND, ngày 3/5/2021)'.
LEAD_OWN_BRACKET_RE = re.compile(
    rf"""[ \t]*\(\s*(?:số\s*:?\s*)?(?P<number>{NUMBER})
        (?:\s*,?\s*(?:ban\s+hành\s+)?ngày\s+{LEAD_DATE})?\s*\)""",
    re.VERBOSE | re.IGNORECASE,
)
# A repost's closing note on a line of its own, naming what it quoted: '(Theo Công văn số
# 6202/UBND-KT, ngày 23/11/2023)', '(Trích Thông báo số 17/TB-UBND ngày 23/4/2020)'. A running
# 'Theo Kế hoạch số ..., UBND xã ...' is a citation: only a bracketed note that ends its line (and
# opens it, or follows a sentence the page joined it to) is a note.
THEO_NOTE_RE = re.compile(
    rf"""(?:^|(?<=[.!?;:]\s))[ \t]*\(\s*(?:Theo|Trích(?:\s+từ)?|Trích\s+nguồn|Nguồn\s+từ)\s*:?\s+
        (?P<tw>{TYPE_WORD})(?![\w]){_OWN_NUMBER}
        (?:\s*,?\s*(?:ban\s+hành\s+)?ngày\s+{LEAD_DATE})?[^()\n]{{0,80}}\)[ \t.]*$""",
    re.VERBOSE | re.IGNORECASE | re.MULTILINE,
)
# A letter signed for a chairman or a body ('thừa lệnh Chủ tịch UBND tỉnh Tuyên Quang, Phó Chánh
# Văn phòng ... đã ký ban hành văn bản số ...', 'TUQ. Chủ tịch UBND huyện'): the body is the issuer.
SIGNED_FOR_RE = re.compile(
    rf"""(?<![\w])(?:Thừa\s+lệnh|TL\.|Thừa\s+(?:ủy|uỷ)\s+quyền|TUQ\.|Ủy\s+quyền|Uỷ\s+quyền)\s*
        (?:(?:Phó\s+)?Chủ\s+tịch\s+|(?:Phó\s+)?Trưởng\s+(?=Ban\s))?(?P<issuer>{BODY_NAME})""",
    re.VERBOSE | re.IGNORECASE,
)

# A lead's subject that is a signer, office then body then the person ('Giám đốc Sở Giáo dục và Đào
# tạo Lê Thị Hương đã ký', 'Phó Bí thư Thường trực Thành ủy Hà Nội Ngô Thị Thanh Hằng vừa ký'): the
# trailing personal name, a family name then one to three given names in title case. A place with
# such a name ('quận Lê Chân', 'huyện Trần Văn Thời') is kept by the gazetteer, not by this pattern.
_GIVEN_NAME = rf"[{UPPER}][{LOWER}]+"  # 'Văn', 'Thị', 'Hằng': a Vietnamese capital, then small letters only
PERSON_NAME = rf"""(?-i:(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh
        |Đoàn|Trương|Lâm|Mai|Trịnh|Đào|Cao|Lương|Hà|Tạ|Tô|Lưu|Châu|Quách|Thái|Triệu|Vương|Phùng|Kiều|Chu
        |Lò|Hứa|Tăng|Nông|Giang|Lại|Từ|Doãn|Thân|Điểu|Tôn|Hầu|Mạc|Lục|Bế|Âu|Lã|Đàm|Thạch|Danh|Y|Ksor)
        (?:\s+{_GIVEN_NAME}){{1,3}})"""
PERSON_TAIL_RE = re.compile(rf"(?P<person>{PERSON_NAME})", re.VERBOSE)

# --- signsweep: the end block in the forms a page runs together ---
# The note a portal or a library puts between the signer's office and name: '(Đã ký)', '(ký)', '[daky]',
# '(Đã ký và đóng dấu)', '(Ký tên, đóng dấu)'. On its own line it marks a signature wherever it stands.
SIGNED_NOTE = r"""(?i:[(\[]\s*(?:đã\s+)?(?:ký|daky)(?![\w])[^)\]\n]{0,30}[)\]])"""
SIGNED_NOTE_RE = re.compile(rf"^{SIGNED_NOTE}$", re.IGNORECASE)
SIGNED_NOTE_TAIL_RE = re.compile(rf"(?<=\S)\s*{SIGNED_NOTE}$")
# converters: the note opening a signature cell run onto one line ('(Đã ký) CHÁNH VĂN PHÒNG Trần Văn Sơn').
SIGNED_NOTE_HEAD_RE = re.compile(rf"^{SIGNED_NOTE}\s*(?=\S)")
# A signer's name left at the end of a recipient line by a table flattened row by row ('- Lưu: VT. Nguyễn
# Khắc Thận'): after the item's own punctuation.
RECIPIENT_SIGNER_TAIL_RE = re.compile(rf"(?<=[;.,])\s+{PERSON_NAME}\s*$", re.VERBOSE)
# perturbreal (blind32 d07 hard-wrapped): the names spelled with a spaced dash ('Sở Lao động - Thương binh
# và Xã hội', 'Kinh tế - Xã hội', 'Chính trị - Hành chính'): a wrap before the dash leaves a line opening
# '- Thương binh ...', the name's second half under its first, no bullet.
DASHED_NAME_HEAD_RE = re.compile(r"(?i:lao\s+động|kinh\s+tế|văn\s+h[oó]á?|chính\s+trị)$")
DASHED_NAME_TAIL_RE = re.compile(rf"^{DASH}\s*(?i:thương\s+binh|xã\s+hội|hành\s+chính|kỹ\s+thuật)(?![\w])")
# sweepE: 'Thương binh và Xã hội' names nothing but the labour ministry and its departments, so after a line
# ending 'Lao động' it continues the name however short that line is: a library copy wraps a clause's first
# line short under its article ('Điều 3.' / 'Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao động' / '-
# Thương binh và Xã hội, Nội vụ, ...', Bình Định's 1528/QĐ-UBND), where the full-line test did not hold.
LABOUR_NAME_HEAD_RE = re.compile(r"(?i:lao\s+động)$")
LABOUR_NAME_TAIL_RE = re.compile(rf"^{DASH}\s*(?i:thương\s+binh\s+(?:và|&)\s+xã\s+hội)(?![\w])")
# sweepT2: a council's resolution wrapped at random widths breaks a standing body's name after its first
# words ('1. Thường trực' / 'Hội đồng nhân dân tỉnh:', 94/NQ-HĐND Hà Giang Điều 3): the council or committee
# it belongs to continues it. Only the capitalised office ('Thường trực', 'Ban Thường vụ'), never a heading's
# 'cơ quan thường trực'.
STANDING_BODY_HEAD_RE = re.compile(r"(?:^|[\s.])(?:Thường\s+trực|Ban\s+Thường\s+vụ)$")
STANDING_BODY_TAIL_RE = re.compile(
    r"^(?:Hội\s+đồng\s+nhân\s+dân|HĐND|(?:Tỉnh|Huyện|Thành|Quận|Thị|Đảng)\s+(?:ủy|uỷ)|Ủy\s+ban\s+nhân\s+dân|UBND)(?![\w])")
# perturbreal: an unmarked block (an office-holder signing in his own name: the office in capitals, then the
# name) run onto the recipients' last item by a table copied row by row with a tab ('- Lưu: VT, PVHCC.<TAB>CHỦ
# TỊCH Nguyễn Văn Sơn'), after the item's own punctuation.
RECIPIENT_OWN_SIGNER_TAIL_RE = re.compile(
    rf"""(?<=[;.,])\s+(?P<block>[{UPPER}][{UPPER}\s]*?\s+{PERSON_NAME})\s*$""", re.VERBOSE)
# A rank before a signer's name in the army's and the police's blocks ('Đại tá Nguyễn Văn Tuấn').
SIGNER_RANK_RE = re.compile(
    r"""^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tá|úy|uý|tướng)|Đại\s+tướng|Chuẩn\s+úy)\s+""",
    re.VERBOSE | re.IGNORECASE,
)
# A block run onto one line (a forum post, a page flattened): the mark, the body and office in capitals, the
# note if any, then the name in title case ('TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Phan
# Văn Mãi', 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lại Văn Hoàn'). Case-exact: the capitals end where the name begins.
INLINE_SIGNATURE_RE = re.compile(
    rf"""(?<!\S)(?:{_SIGN_MARK})\s*
        (?P<caps>[{UPPER}][{UPPER}\s./,]*?)\s*       # the body and the office ('BỘ TRƯỞNG, CHỦ NHIỆM')
        (?:{SIGNED_NOTE}\s*)?
        (?P<person>{PERSON_NAME})(?![\w])""",
    re.VERBOSE,
)
# blind30: a library's table cell holding the whole unmarked block, the office in capitals then the name
# ('| Nơi nhận: ... | CHỦ TỊCH Nguyễn Văn Sơn |', 'THỦ TƯỚNG Nguyễn Tấn Dũng'). Case-exact, like the inline
# block: the capitals end where the name begins; the office must be one `OWN_NAME_SIGNER_TITLE_RE` knows.
OWN_NAME_INLINE_SIGNER_RE = re.compile(
    rf"""^(?P<office>[{UPPER}][{UPPER}\s]*?)\s+(?P<person>{PERSON_NAME})$""",
    re.VERBOSE,
)
# A news item naming who signed its document: the office then the name right before the verb ('Phó Chủ tịch
# UBND tỉnh Lại Văn Hoàn đã ký ban hành Kế hoạch'), or the name then the office ('ông Lại Văn Hoàn, Phó Chủ
# tịch UBND tỉnh ký ban hành', 'đồng chí ..., Ủy viên Bộ Chính trị, Bí thư Thành ủy ... đã ký'). The verb
# signs a document of a type ('ký kết' an agreement, 'chủ trì' a meeting: no signature). 'Bí thư' inside
# 'Ban Bí thư' is no office of its own.
_SIGNER_OFFICE = r"""(?:Thường\s+trực\s+Ban\s+Bí\s+thư|Thứ\s+trưởng
    |(?<!Ban\s)(?:Phó\s+)?(?:Chủ\s+tịch|Bí\s+thư|Giám\s+đốc|Trưởng\s+ban|Chủ\s+nhiệm|Chánh\s+Văn\s+phòng
        |Bộ\s+trưởng|Thủ\s+tướng|Tổng\s+Bí\s+thư|Trưởng\s+phòng|Tổng\s+Giám\s+đốc))"""
# (leadforms: 'Thay mặt Ban Thường vụ, đồng chí X, Phó Bí thư Thường trực Tỉnh ủy ký ban hành.' after the
# sentence naming the document: the verb closes the sentence, or the day it was signed follows it ('... Bí
# thư Thành ủy Hà Nội ký ban hành ngày 01/9/2021', realworld_unseen m22). A lead's 'văn bản' is a document
# too ('đã ký ban hành văn bản số 2508/UBND-KGVX', 'đã ký văn bản hỏa tốc', realworld_unseen m33, m36, m40;
# blind3 b30).)
_SIGNED_DOC = rf"""(?:{TYPE_WORD}|văn\s+bản)(?![\w])"""
# blind48: the full stop of a unit kind abbreviated in the office ('Bí thư Thành ủy TP.HCM Nguyễn Văn Nên
# kí ban hành', 'Chủ tịch UBND TX. Sa Pa'): no sentence ends there, as in UNIT_ABBREV_DOT_RE.
_OFFICE_KIND_STOP = rf"""(?<![\w])(?-i:TP|Tp|TX|Tx|TT|Tt)\.(?=[ \t]*(?-i:[{UPPER}]))"""
_SIGNS_VERB = rf"""ký(?:(?:\s*,?\s+ban\s+hành)?\s+{_SIGNED_DOC}  # blind18: 'vừa ký, ban hành Quyết định'
    |\s*,?\s+ban\s+hành(?=[ \t]*(?:[.;\n]|\Z|(?:vào\s+)?ngày\s+\d)))"""
_SIGNS = rf"""\s+(?:đã\s+|vừa\s+|mới\s+)*{_SIGNS_VERB}"""
# The office a signer signs for ('thừa lệnh Chủ tịch UBND tỉnh, Phó Chánh Văn phòng ... Nguyễn Thanh đã
# ký', 'thay mặt Chủ tịch'): the office after it is the signer's.
_NOT_SIGNED_FOR = r"(?<!lệnh\s)(?<!quyền\s)(?<!mặt\s)(?<!KT\.\s)"
# The body the named signer acts for, between the name and the verb ('Bí thư Tỉnh ủy X vừa thay mặt Ban
# Thường vụ Tỉnh ủy ký ban hành', blind4 b15; 'Tổng Bí thư X thay mặt Bộ Chính trị ký', blind7 b11), or the
# head he signs for ('Phó Chủ tịch UBND tỉnh X thừa ủy quyền Chủ tịch UBND tỉnh ký'): his office stays his.
_ACTS_FOR = r"""(?:\s+(?:đã\s+|vừa\s+|mới\s+)*(?:thay\s+mặt\s+(?P<acting>[^,.;:()\n]{3,80}?)
    |thừa\s+(?:lệnh|ủy\s+quyền|uỷ\s+quyền)\s+[^,.;:()\n]{3,80}?),?)"""
# parsespeed4: a match opens with 'ông', 'bà', 'đồng chí' or an office (_SIGNER_OFFICE: T, P, C, B, G); a
# look-ahead on those first letters (IGNORECASE, as the words) fails at once where `re` tried every branch.
LEAD_SIGNER_RE = re.compile(
    rf"""(?=[ôbđtpcg])
    (?:(?<![\w])(?:ông|bà|đồng\s+chí)\s+(?P<person>{PERSON_NAME})\s*[,\-–]\s*
            (?P<title>[^.;:()]{{3,120}}?),?{_SIGNS}
        |(?<![\w]){_NOT_SIGNED_FOR}(?P<office>{_SIGNER_OFFICE}
            (?:[^,.;:()]|,(?=\s*{_SIGNER_OFFICE})|{_OFFICE_KIND_STOP}){{0,80}})  # 'Tổng Bí thư, Chủ tịch'
            (?:\s*[,\-–])?\s+(?:(?:ông|bà|đồng\s+chí)\s+)?  # 'Phó Chủ tịch UBND tỉnh, ông X', '... tỉnh - X'
            (?P<named>{PERSON_NAME}){_ACTS_FOR}?{_SIGNS}
        # the office alone, no name ('Ngày 13-11, Chủ tịch UBND tỉnh Nam Định đã ký ban hành Quyết định',
        # realworld h12, h24): the news tense is required, so a task ('giao Giám đốc Sở ký văn bản') is none
        |(?<![\w]){_NOT_SIGNED_FOR}(?P<bare>{_SIGNER_OFFICE}[^,.;:()]{{0,80}}?)\s+(?:đã|vừa|mới)\s+{_SIGNS_VERB})""",
    re.VERBOSE | re.IGNORECASE,
)
# blind28: the news tense a lead puts between the signer's office and 'thay mặt' ('đồng chí X – Phó Bí thư
# Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh vừa thay mặt Ban Thường vụ ... ký ban hành', 'đã', 'mới đây đã', 'đã
# chính thức'): it belongs to the verb, not to the office. A bare 'mới' is not cut ('... nông thôn mới').
SIGNER_TITLE_TENSE_TAIL_RE = re.compile(
    rf"""(?:\s+(?:đã|vừa|cũng|mới\s+đây|{LEAD_ADVERB}))+\s*$""",
    re.VERBOSE | re.IGNORECASE,
)
# The same in the passive, after the document: '... Kế hoạch số 45/KH-UBND ... do Phó Chủ tịch UBND tỉnh Lại
# Văn Hoàn ký', '... do đồng chí Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh ký ban hành'.
LEAD_SIGNED_BY_RE = re.compile(
    rf"""(?<![\w])do\s+(?:(?:ông|bà|đồng\s+chí)\s+(?P<person>{PERSON_NAME})\s*[,\-–]\s*(?P<title>[^.;:()]{{3,120}}?)
        |(?P<office>{_SIGNER_OFFICE}[^,.;:()]{{0,80}})(?:\s*[,\-–])?\s+(?:(?:ông|bà|đồng\s+chí)\s+)?
            (?P<named>{PERSON_NAME}){_ACTS_FOR}?)  # 'do Phó Chủ tịch UBND tỉnh, ông X thay mặt UBND tỉnh ký'
        ,?\s+ký(?:\s+ban\s+hành)?(?![\w])(?!\s+kết)""",
    re.VERBOSE | re.IGNORECASE,
)
# The number of the document a lead's signer signs, right after its type word ('ký Quyết định số 571/QĐ-TTg'):
# a number other than the page's own is a cited document's, and so is its signer (blind26).
SIGNED_NUMBER_AFTER_RE = re.compile(rf"""\s*(?:số\s*:?\s*)?(?P<number>{NUMBER})""",
                                    re.VERBOSE | re.IGNORECASE)
# What opens a sentence before its first word: spaces, a news item's bracketed tag with or without its dash
# ('(TB) Thực hiện ...', '(QTO) - ...'). It always matches.
LEAD_TAG_SKIP_RE = re.compile(r"\W*(?:(?-i:[A-ZĐ]{2,10})\)\s*[-–:]?\s*)?")
# --- blind26: a news item that dates its document only by the day it was signed ---
SIGNED_ON_BRACKET_RE = re.compile(
    r"""(?:kể\s+)?từ\s+ngày\s+
        (?:(?:quyết\s+định|nghị\s+quyết|chỉ\s+thị|kế\s+hoạch|văn\s+bản|thông\s+báo)\s+)?
        (?:được\s+)?ký(?:\s+ban\s+hành)?
        \s*\(\s*(?:ngày\s+)?(?P<d>\d{1,2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<y>(?:19|20)\d{2})\s*\)""",
    re.VERBOSE | re.IGNORECASE,
)
"""'... được hưởng kể từ ngày quyết định được ký (28-12-2025)', 'Quyết định có hiệu lực từ ngày ký
(12/3/2025)': the day the page's document was signed, given in brackets with its year."""
# --- blind41: a notice titled by its own day ---
# 'Thông báo Khẩn ngày 18/10/2020' (a town education office's page: no header, 'Kính gửi:' below), 'Công văn
# hỏa tốc ngày 5/2/2021': a line of its own that is the type word, an urgency mark and the day with its year
# names the document and dates it. A number or any other word on the line ('Thông báo số 12 ngày ...',
# 'Thông báo kết quả ... ngày ...') is left to the rules that read those.
TITLED_ON_RE = re.compile(
    rf"""^[ \t]*(?i:{TYPE_WORD})(?:[ \t]+(?i:khẩn|hỏa[ \t]+tốc|hoả[ \t]+tốc|thượng[ \t]+khẩn))?
        [ \t]+ngày[ \t]+{DATE}[ \t]*$""",
    re.VERBOSE | re.MULTILINE,
)

# --- leftovers: directions given at a dated meeting ---
# 'Tại giao ban tuần ngày 09/11/2018, đồng chí Lê Thanh Quang, Bí thư Tỉnh ủy chỉ đạo:' (realworld c30): a
# committee's column of a leader's directions opens on the meeting they were given at; a list follows.
DIRECTED_AT_MEETING_RE = re.compile(
    rf"""^[ \t]*Tại\s+(?:(?:buổi|cuộc|phiên)\s+)?(?:giao\s+ban|họp|hội\s+nghị|làm\s+việc)\b
        [^.\n:]{{0,80}}?\bngày\s+{DATE}             # the meeting's day, with its year
        [^.\n:]{{0,160}}?\s(?:đã\s+)?chỉ\s+đạo\s*:""",
    re.VERBOSE | re.MULTILINE,
)

# The own document's issuer right after its number in a lead whose subject is the signer ('Phó Thủ
# tướng ... vừa ký ban hành Công điện 1426/CĐ-TTg của Thủ tướng Chính phủ yêu cầu ...'; blind33: '... ký ban
# hành Kết luận số 190-KL/TW của Bộ Chính trị, Ban Bí thư về ...', the joint name whole, so no title opens
# with 'Ban Bí thư').
OWN_OF_RE = re.compile(
    rf"""[ \t]*,?[ \t]*(?:của|do)[ \t]+(?P<issuer>(?-i:{_POLITBURO_SECRETARIAT}|{BODY_NAME}))""",
    re.VERBOSE | re.IGNORECASE)

# A lead that names its document in an adverbial clause, the subject acting on it: 'Theo Công văn
# số 3517/UBND ngày 18/7/2022, UBND huyện đề nghị ...' (no 'của': a parent would name its issuer),
# and a headline's quote explained: 'Đó là chỉ đạo của UBND tỉnh đối với ... tại Công văn số
# 4079/UBND-KT ngày 19/6 về việc ...', 'Đây là nội dung yêu cầu của Ban Thường vụ Tỉnh ủy tại Chỉ thị
# số 12-CT/TU'.
CLAUSE_OWN_RE = re.compile(
    rf"""(?:^|(?<=[.!?:]\s)|(?<=\)\s))[ \t]*(?i:theo|tại|với)[ \t]+(?P<tw>(?i:{TYPE_WORD}))(?![\w])
        [ \t]+(?i:số)\s*:?\s*
        (?P<number>{NUMBER})(?:\s*,?\s*(?i:ngày)\s+{LEAD_DATE})?\s*,\s*
        (?P<issuer>{_JOINED_NAME})\s+(?:(?:đã|vừa|tiếp\s+tục)\s+)?
        (?:đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|giao|thông\s+báo|hướng\s+dẫn|đôn\s+đốc)(?![\w])""",
    re.VERBOSE | re.MULTILINE,
)
THAT_IS_OWN_RE = re.compile(
    rf"""(?:^|(?<=[.!?:]\s))[ \t]*(?:Đó|Đây)\s+là\s+(?:(?:một\s+trong\s+những|một\s+số)\s+)?(?:nội\s+dung\s+)?
        (?:chỉ\s+đạo|yêu\s+cầu|đề\s+nghị|ý\s+kiến|nội\s+dung)(?:\s+chỉ\s+đạo)?\s+của\s+(?P<issuer>{_JOINED_NAME})
        [^.!?\n]{{0,300}}?\s(?:tại|trong)\s+(?P<tw>(?i:{TYPE_WORD}))(?![\w])\s+(?i:số)\s*:?\s*(?P<number>{NUMBER})
        (?:\s*,?\s*(?i:ngày)\s+{LEAD_DATE})?""",
    re.VERBOSE | re.MULTILINE,
)
# --- blind17 header: a news item's document restated with its trích yếu ---
# 'Bộ ... vừa có Quyết định số 2850/QĐ- BVHTTDL' / 'Đây là Quyết định về việc ban hành Kế hoạch ...'.
RESTATED_TITLE_RE = re.compile(
    rf"""(?:^|(?<=[.!?]\s))[ \t]*(?:Đây|Đó)\s+là\s+(?P<tw>(?i:{TYPE_WORD}))(?![\w])\s+
        (?P<title>(?i:về\s+việc|về|v/v)\s+[^.!?\n]{{10,400}})""",
    re.VERBOSE | re.MULTILINE,
)
# --- leftovers s11: lead: 'Đây là những yêu cầu trong Kế hoạch số 04-KH/TU ... của ...' ---
# A news copy opening mid-story explains its headline with the plural ('những yêu cầu', 'các nhiệm vụ
# trọng tâm') and the other things a plan sets ('nhiệm vụ', 'giải pháp', 'mục tiêu').
THAT_IS_PLURAL = r"(?:những|các)"
THAT_IS_NOUNS = r"(?:nhiệm\s+vụ|giải\s+pháp|mục\s+tiêu|định\s+hướng)"
THAT_IS_QUALIFIERS = r"(?:trọng\s+tâm|chủ\s+yếu|cơ\s+bản|quan\s+trọng)"
# --- leftovers: lead: 'Đó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về ...' ---
# The same sentence with the document before its issuer: what the page reports is that document.
THAT_IS_AT_OWN_RE = re.compile(
    rf"""(?:^|(?<=[.!?:]\s))[ \t]*(?:Đó|Đây)\s+là\s+(?:(?:một\s+trong\s+những|một\s+số|{THAT_IS_PLURAL})\s+)?
        (?:nội\s+dung|chỉ\s+đạo|yêu\s+cầu|đề\s+nghị|ý\s+kiến|{THAT_IS_NOUNS})
        (?:\s+(?:chính|chủ\s+yếu|chỉ\s+đạo|{THAT_IS_QUALIFIERS}))?
        \s+(?:tại|của|trong)\s+(?P<tw>(?i:{TYPE_WORD}))(?![\w])\s+(?i:số)\s*:?\s*(?P<number>{NUMBER})
        (?:\s*,?\s*(?i:ngày)\s+{LEAD_DATE})?\s*,?\s+(?:của|do)\s+(?P<issuer>{_JOINED_NAME})
        (?P<title>[^.!?\n]{{0,400}})""",
    re.VERBOSE | re.MULTILINE,
)
# --- leftovers s11 header: a headline 'Type của Issuer: the editor's gist' ---
# 'Chỉ thị của Ban Bí thư: Nghiêm cấm biếu, tặng quà Tết ...', 'Kết luận của Bộ Chính trị: Tiếp tục ...': the
# words after the colon are the paper's summary, not the trích yếu.
SUMMARY_HEADLINE_RE = re.compile(
    rf"""^\W{{0,3}}(?i:{TYPE_WORD})(?:\s+(?i:khẩn))?\s+(?i:của|do)\s+[^:\n]{{2,80}}?:\s+\S""",
    re.VERBOSE,
)
# A news sentence that names the document first and its recent signing last: 'Chỉ thị số 06-CT/TU
# của Ban Thường vụ Thành ủy Hà Nội về “...” vừa được đồng chí ..., Bí thư Thành ủy ký ban hành ngày
# 01/9/2021' ('vừa'/'mới': the page's own news, not a parent's history).
PASSIVE_RECENT_RE = re.compile(
    rf"""(?<![\w])(?P<tw>{TYPE_WORD})\s+(?:số\s*:?\s*)?(?P<number>{NUMBER})\s*,?\s+(?:của|do)\s+
        (?P<issuer>(?-i:{BODY_NAME}))(?P<title>[^.!?\n]{{0,400}}?)\s(?:vừa|mới)\s+(?:được\s+)?
        (?:[^.!?\n]{{0,200}}?\s)?(?:ký\s+)?ban\s+hành(?:\s+(?:vào\s+)?ngày\s+{LEAD_DATE})?""",
    re.VERBOSE | re.IGNORECASE,
)

# A unit kind abbreviated with a full stop before its name ('Thành ủy TP.HCM', 'UBND TP. Hồ Chí
# Minh', 'UBND Tx. Điện Bàn'): no sentence ends there, and the name reads as 'TP HCM'.
UNIT_ABBREV_DOT_RE = re.compile(rf"""(?<![\w])(?P<kind>TP|Tp|TX|Tx|TT|Tt)\.[ \t]*(?=[{UPPER}])""")

# --- sweepH header: a Party committee written in lower case before its place ---
# 'Trên cơ sở đó, thị ủy Cửa Lò đã xây dựng và thông qua chương trình hành động ...', 'huyện ủy Nam Đàn vừa
# ban hành ...', 'đảng ủy xã Hưng Lộc ...': a news lead may not capitalise the committee; its place in
# capitals after it makes it a name, which the lead reads as written with its first letter raised.
LOWER_COMMITTEE_RE = re.compile(
    rf"""(?<![\w])(?-i:(?:huyện|quận|thị|tỉnh|thành)[ \t]+(?:ủy|uỷ)
        |đảng[ \t]+(?:ủy|uỷ)(?=[ \t]+(?:{_BELOW_PROVINCE_KIND_ON_LINE})))
        (?=[ \t]+(?:(?i:{_BELOW_PROVINCE_KIND_ON_LINE})[ \t]+)?[{UPPER}])""",
    re.VERBOSE,
)

# A news agency's or site's tag opening a lead line, before the sentence's subject: '(TTV)- UBND tỉnh
# Thanh Hóa vừa có ý kiến ...', '(Baothanhhoa.vn) - Chủ tịch UBND tỉnh yêu cầu ...', 'NDĐT – ...'.
NEWS_TAG_RE = re.compile(
    r"""^[ \t]*(?:\((?=[^()\n]*[A-Za-zĐ])[^()\n]{2,30}\)|(?-i:[A-ZĐ]{2,8}))[ \t]*[-–—:][ \t]*""",
    re.MULTILINE,
)

# --- gen5 header: the page's own number named apart from its lead ---
# A lead's type word qualified before its number: 'vừa có văn bản chỉ đạo số 682-CV/TU', 'ban hành
# Kế hoạch tuyên truyền số 12-KH/TU', 'có Công văn hỏa tốc số 55/UBND-VP'. One to three lower-case
# words, none a type word nor one that opens a cited document's clause ('thực hiện Nghị quyết số').
_QUALIFIER_WORD = rf"""(?!(?:{TYPE_WORD}|văn\s+bản|về|của|do|theo|tại|thực|triển|và|cho|năm|ngày|số)
    (?![\w]))[{LOWER}]+"""
LEAD_QUALIFIED_NUMBER_RE = re.compile(
    rf"""(?:[ \t]+{_QUALIFIER_WORD}){{1,3}}[ \t]+số[ \t]*:?[ \t]*(?P<number>{NUMBER})
        (?:\s*,?\s*(?:ban\s+hành\s+)?ngày\s+{LEAD_DATE})?""",
    re.VERBOSE,
)
# A later mention of a document by type and number, with its date and issuer when given: 'Phòng Văn
# hóa và Thông tin đăng tải Hướng dẫn số 35-HD/BTG ngày 25/12/2018 của Ban Tuyên giáo Quận ủy', and a
# byline's source with the type as its code ('Ngọc Lan - Nguồn TB số 20/TB-UBND').
LATER_MENTION_RE = re.compile(
    rf"""(?<![\w])(?P<tw>{TYPE_WORD}|(?-i:TB|KH|CV|QĐ|CT|CTr|NQ|HD|KL|BC|TTr))(?![\w])\s+số\s*:?\s*
        (?P<number>{NUMBER})(?:\s*,?\s*(?:ban\s+hành\s+)?ngày\s+{LEAD_DATE})?
        (?:\s*,?\s*(?:của|do)\s+(?P<issuer>(?-i:{BODY_NAME})))?""",
    re.VERBOSE | re.IGNORECASE,
)
# --- sweepB header: a page that reports on one document ---
# A portal article or press review about a document it does not announce names it once in full in its
# opening, then again by short name: 'Nghị quyết 36-NQ/TU ngày 27/1/2023 của Ban Thường vụ Tỉnh ủy về
# "định hướng ..." (Nghị quyết số 36) có ý nghĩa ...', 'Sau 2 năm thực hiện Nghị quyết số 01-NQ/TU ngày
# 16/11/2020, nghị quyết đầu tiên của Ban Chấp hành Đảng bộ tỉnh Quảng Ninh “Về phát triển ...”' (blind34
# b04, b05). Type word, number, date, the issuer (after a short apposition) and its 'về' clause, plain or
# quoted on either side of 'về' or after 'về việc' (blind39 b08: 'về việc “Tổ chức Tháng Thanh niên ...').
SUBJECT_DOCUMENT_RE = re.compile(
    rf"""(?<![\w])(?P<tw>{TYPE_WORD})(?![\w])[ \t]+(?:số[ \t]*:?[ \t]*)?(?P<number>{NUMBER})
        [ \t]*,?[ \t]*(?:ban[ \t]+hành[ \t]+)?ngày[ \t]+{LEAD_DATE}
        [ \t]*,?[ \t]*(?:[^\n,.;:“”"()]{{3,40}}?[ \t]+)?(?:của|do)[ \t]+(?P<issuer>(?-i:{BODY_NAME}))
        [ \t]*,?[ \t]*[“"]?[ \t]*(?P<title>[Vv]ề[ \t]+(?:việc[ \t]+)?[“"]?[^\n“”"]{{10,300}}?)
        [ \t]*(?:[”".;(]|\n|$)""",
    re.VERBOSE | re.IGNORECASE,
)
# blind47 c01: a digest's item opens its line with the document named in full ('1. Kế hoạch số 26-KH/TU,
# ngày 22/9/2025 của Ban Thường vụ Tỉnh ủy An Giang về thực hiện ...') and goes on to tell it by its type
# word alone, written as the document's name ('Mục đích của Kế hoạch nhằm ...'): named again. What may
# stand before the mention on its line (matched up to the mention).
ITEM_OPENING_RE = re.compile(
    r"""(?:\A|\n)[ \t]*
        (?:\d{1,2}[ \t]*[.)][ \t]*)?  # the item's number: '1.', '2)'
        \Z""",
    re.VERBOSE,
)
# What puts such a mention under another document's making: the page carries it out, receives it or acts
# under it, an adverb between ('vừa có văn bản triển khai thực hiện Kết luận số 36-KL/TW ...', 'UBND tỉnh
# nhận được Quyết định số 772/QĐ-TTg ...', 'triển khai sâu rộng Kết luận số 93-KL/TW': blind12 b15, blind5
# b25, blind9 b02, d14); a review of its results ('Sau 2 năm thực hiện Nghị quyết số 01-NQ/TU') is still
# about it.
REPORTED_UNDER_RE = re.compile(
    rf"""(?<![\w])(?:thực\s+hiện|triển\s+khai|quán\s+triệt|căn\s+cứ|theo|tại|nhận\s+được|cụ\s+thể\s+h(?:óa|oá))
        (?:[ \t]+[{LOWER}]+){{0,2}}[ \t]*\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# blind52: a sentence that opens by carrying out a list of documents ('Quán triệt Nghị quyết số 12-NQ/TW,
# ngày 16/3/2022 của Bộ Chính trị về ..., Kế hoạch số 118-KH/ĐUCA, ngày 25/5/2022 của Đảng ủy Công an Trung
# ương về việc thực hiện Nghị quyết số 12, Đảng ủy Công an tỉnh Hải Dương đã ... triển khai ...'): every item
# is carried out, not only the first; matched on the sentence up to an item, which issues nothing of its own.
CARRY_OUT_LIST_OPENING_RE = re.compile(
    r"""[ \t]*(?:thực\s+hiện|triển\s+khai|quán\s+triệt|căn\s+cứ|cụ\s+thể\s+h(?:óa|oá))(?![\w])
        (?![^\n]*(?<![\w])ban\s+hành(?![\w]))""",
    re.VERBOSE | re.IGNORECASE,
)
# blind39: an event report opens with the plan it carries out, as the clause's first words ('Thực hiện Kế
# hoạch số 33-KH/ĐU ...', 'Căn cứ vào kế hoạch số 23-KH/ĐTN ...', '...; Thực hiện kế hoạch số: 37-KH/ĐTN
# ...'); 'thực hiện tốt Chỉ thị số 35-CT/TU' inside an item is a task's words.
OPENING_CARRY_OUT_RE = re.compile(
    r"""(?:\A|[\n.;:])[ \t]*(?:thực\s+hiện|căn\s+cứ(?:\s+vào)?)[ \t]+\Z""", re.VERBOSE | re.IGNORECASE)
RESULTS_REVIEW_RE = re.compile(
    r"""(?<![\w])(?:sau|qua)\s+(?:gần\s+|hơn\s+|hơn\s+\d+\s+)?[\w]+\s+(?:năm|tháng)\s+(?:triển\s+khai\s+)?
        thực\s+hiện[ \t]*\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# What stands before a byline's or a closing line's source: '- Nguồn', 'Nguồn:', '(Nguồn'.
SOURCE_BEFORE_RE = re.compile(r"(?<![\w])Nguồn\s*:?\s*\Z")
# A sentence that cites the document it names: 'Thực hiện ...', 'Căn cứ ...', 'Theo ...'.
# newsweep: a document that amends, replaces or makes concrete another ('Nghị quyết sửa đổi Nghị quyết số
# 12/2023/NQ-HĐND ... của HĐND tỉnh', 'Kế hoạch cụ thể hóa ...') names that other one by its number.
CITING_CUE_RE = re.compile(
    r"""(?<![\w])(?:thực\s+hiện|căn\s+cứ|theo|triển\s+khai|tiếp\s+theo|quán\s+triệt
        |sửa\s+đổi|thay\s+thế|bãi\s+bỏ|cụ\s+thể\s+h(?:óa|oá))(?![\w])""", re.IGNORECASE | re.VERBOSE)

# --- gen5 header: an ad hoc board as the issuer, named by its task ---
# A steering board set up for one programme is named by it, in running case, its place last or not at
# all: 'Ban điều hành Chương trình MTQG Nước sạch và VSMT Hà Nam xây dựng kế hoạch ...', 'Ban Chỉ
# đạo phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Ninh Thuận ban hành Kế hoạch ...'. The name
# runs to the verb that issues the document, in the present: '... huyện đã ban hành Kế hoạch' is an
# earlier document the page carries out.
AD_HOC_ISSUER_BASES = frozenset({"ban chỉ đạo", "ban điều hành", "bcđ"})
_AD_HOC_VERB = r"(?i:ban\s+hành|xây\s+dựng|đề\s+ra)"
AD_HOC_CLAUSE_RE = re.compile(
    rf"""(?<![\w])(?P<issuer>(?:Ban|BAN)[ \t]+(?i:chỉ[ \t]+đạo|điều[ \t]+hành)
        (?:(?:[ \t]+|[ \t]*,[ \t]*(?=[{LOWER}])|[ \t]*[-–&][ \t]*)
           (?!{_AD_HOC_VERB}(?![\w])|(?i:đã|vừa|mới|của|do|theo|ban)\s)["“”'‘’\w&]+){{1,24}}?)
        [ \t]+{_AD_HOC_VERB}[ \t]+(?P<tw>(?i:{TYPE_WORD}))(?![\w])""",
    re.VERBOSE,
)
# --- blind10 header: an ad hoc board's short form in brackets before its verb ---
# 'Ban Chỉ đạo Hoạt động hè và Chiến dịch thanh niên tình nguyện tỉnh (BCĐ) ban hành kế hoạch số 2080/KH-BCĐ':
# the bracket closes the name as the verb would.
AD_HOC_SHORT_FORM_CLAUSE_RE = re.compile(
    rf"""(?<![\w])(?P<issuer>(?:Ban|BAN)[ \t]+(?i:chỉ[ \t]+đạo|điều[ \t]+hành)
        (?:(?:[ \t]+|[ \t]*,[ \t]*(?=[{LOWER}])|[ \t]*[-–&][ \t]*)
           (?!{_AD_HOC_VERB}(?![\w])|(?i:đã|vừa|mới|của|do|theo|ban)\s)["“”'‘’\w&]+){{1,24}}?)
        [ \t]*\([ \t]*[{UPPER}][{UPPER}\d&]{{1,11}}[ \t]*\)[ \t]*,?
        [ \t]+{_AD_HOC_VERB}[ \t]+(?P<tw>(?i:{TYPE_WORD}))(?![\w])""",
    re.VERBOSE,
)
# --- blind11 header: an ad hoc board that guides ---
# 'Ban Chỉ đạo phong trào BVANTQ-PCTP &TNXH Trung ương Hội CCB Việt Nam hướng dẫn kế hoạch tổ chức ...',
# 'Ban Chỉ đạo Cuộc vận động ... tỉnh hướng dẫn các địa phương ...': the board's clause with the guidance
# verb names the issuer of a Hướng dẫn (the type comes from its heading).
AD_HOC_GUIDANCE_CLAUSE_RE = re.compile(  # opening its sentence: after a body list, the first body leads
    rf"""(?:^|(?<=[.;:]\s)|(?<=[.;:]))[ \t]*(?P<issuer>(?:Ban|BAN)[ \t]+(?i:chỉ[ \t]+đạo|điều[ \t]+hành)
        (?:(?:[ \t]+|[ \t]*,[ \t]*(?=[{LOWER}])|[ \t]*[-–&][ \t]*)
           (?!(?i:hướng[ \t]+dẫn)(?![\w])|(?i:đã|vừa|mới|của|do|theo|ban|giao)\s)["“”'‘’\w&]+){{1,24}}?)
        [ \t]+(?i:hướng[ \t]+dẫn)[ \t]+(?i:kế[ \t]+hoạch|các|việc|thực[ \t]+hiện|triển[ \t]+khai|tổ[ \t]+chức
        |như[ \t]+sau|cụ[ \t]+thể)(?![\w])(?P<tw>(?!))?""",
    re.VERBOSE | re.MULTILINE,
)
# --- blind17 header: a cited document's content is no lead ---
# '... các Quyết định của Thủ tướng Chính phủ số: 1521/QĐ-TTg ngày 06/10/2020 ban hành Kế hoạch thực hiện':
# the verb's subject is a document (its number ends the sentence's words before it), not a body issuing now.
CITED_NUMBER_TAIL_RE = re.compile(
    r"(?<![\w/])\d{1,5}[a-zđ]?[ \t]*[/-][ \t]*(?:\d{4}[ \t]*/[ \t]*)?[A-ZĐ][\w.]*"
    r"(?:[/-][A-ZĐa-zđ][\w.]*)*[ \t]*,?[ \t]*\Z"
)
# --- blind17 header: a lead's subject that is a board named by its task ---
# 'Ngày 20/3, Ban Chỉ đạo Trung ương về tổng kết việc thực hiện Nghị quyết số 18-NQ/TW ... của Ban Chấp
# hành ... đã ban hành ...': the board's name opens the sentence, or follows its opening date.
BOARD_SUBJECT_START_RE = re.compile(
    rf"""(?:^|(?<=\n)|(?:^|(?<=\n))[ \t]*(?:(?i:ngày)[ \t]*)?{LEAD_DATE}[ \t]*,?)[ \t]*
        (?P<board>(?:Ban|BAN)[ \t]+(?i:chỉ[ \t]+đạo|điều[ \t]+hành)(?![\w]))""",
    re.VERBOSE,
)
# --- blind17 header: an issuer's name with the short name it goes by, in brackets, before its verb ---
# 'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, ... (sau đây gọi tắt là Ban Chỉ đạo Trung ương)
# ban hành Kế hoạch ...', 'Ủy ban nhân dân huyện Kim Động (sau đây gọi tắt là UBND huyện) ban hành Kế hoạch':
# the bracket closes the name as the verb would (as a short form does above).
_ALIAS_BRACKET = (r"[ \t]*\([ \t]*(?i:sau[ \t]+đây[ \t]+)?(?i:gọi[ \t]+tắt[ \t]+là|gọi[ \t]+là"
                  r"|viết[ \t]+tắt[ \t]+là)[^()\n]{1,60}\)[ \t]*,?")
ALIAS_CLAUSE_RE = re.compile(
    rf"""(?P<issuer>{BODY_NAME}){_ALIAS_BRACKET}\s+{_AD_HOC_VERB}\s+(?P<tw>(?i:{TYPE_WORD}))(?![\w])""",
    re.VERBOSE,
)
AD_HOC_ALIAS_CLAUSE_RE = re.compile(
    rf"""(?<![\w])(?P<issuer>(?:Ban|BAN)[ \t]+(?i:chỉ[ \t]+đạo|điều[ \t]+hành)
        (?:(?:[ \t]+|[ \t]*,[ \t]*(?=[{LOWER}])|[ \t]*[-–&][ \t]*)
           (?!(?i:đã|vừa|của|do|theo)\s)["“”'‘’\w&]+){{1,24}}?)  # 'đổi mới sáng tạo': the bracket ends it
        {_ALIAS_BRACKET}[ \t]+{_AD_HOC_VERB}[ \t]+(?P<tw>(?i:{TYPE_WORD}))(?![\w])""",
    re.VERBOSE,
)
# sweepA: the centre in a body's name, in full or by its initials ('Trung ương Hội Nông dân Việt Nam', 'Ban
# Bí thư T.Ư Đoàn'), and in the body's own number code, first or last ('KH/HNDTW', 'KH/TWĐTN', 'KH-TƯHCTĐ',
# in base letters): a code is spelled from the name's other words, wherever the centre stands in each.
CENTRE_IN_NAME_RE = re.compile(
    r"""(?<![\w.])(?P<centre>[Tt]rung\s+ương|TW|TƯ|T\.Ư|T\.W)(?![\w])  # never inside a word or a code""",
    re.VERBOSE,
)
CENTRE_IN_CODE_RE = re.compile(
    r"""^(?P<first>TW|TU)  # 'TWĐTN', 'TƯHCTĐ' (its 'Ư' as 'U')
      | (?P<last>TW)$      # 'HNDTW', 'UBKTTW'""",
    re.VERBOSE,
)
# The Youth Union's centre called 'Trung ương Đoàn' ('Ban Thường vụ TƯ Đoàn') leaves out the 'Thanh niên' its
# code spells ('45-KH/TWĐTN'), as a province's 'Tỉnh đoàn' does ('TĐTN'): the name's last word 'Đoàn'.
UNION_WITHOUT_YOUTH_RE = re.compile(r"(?<![\w])Đoàn\Z")
# sweepA: a standing organ acting for its body ('Ban Bí thư T.Ư Đoàn' numbers '45-KH/TWĐTN', the Union's
# code): the code may be spelled from the body's name after it.
STANDING_ORGAN_HEAD_RE = re.compile(
    r"""^(?P<organ>Ban\s+(?:Thường\s+vụ|Thường\s+trực|Chấp\s+hành|Bí\s+thư)|Thường\s+trực|BTV|BCH)
        \s+(?=\S)  # the body's name follows""",
    re.VERBOSE | re.IGNORECASE,
)
# A board named at the centre ('Ban Chỉ đạo Trung ương ...', '... Trung ương Hội CCB Việt Nam', '... TW') is
# central (folded text; resolve._ad_hoc, when no place ends the name).
AD_HOC_CENTRAL_TAIL_RE = re.compile(
    r"^(?:trung\s+ương|tw)\s|(?:^|\s)(?:trung\s+ương|tw)"
    r"(?:\s+(?:hội|đoàn|liên\s+đoàn|mặt\s+trận)(?:\s+[\w&]+){0,4}?)?(?:\s+việt\s+nam)?\s*$"
)
# blind32: a board named national at its head ('Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ',
# 'Ban Chỉ đạo quốc gia 1237') is the Government's, central; a programme's board ('Ban Chỉ đạo Chương trình
# mục tiêu quốc gia ... huyện X') has 'quốc gia' inside its topic, not first (folded topic).
AD_HOC_NATIONAL_HEAD_RE = re.compile(r"^quốc\s+gia(?:\s|$)")
# The unit kinds a name abbreviates before its place ('TP Hà Nội', 'Tp.Cần Thơ', 'TX. Cửa Lò'): the kind
# they stand for, and the written form a display keeps.
ABBREVIATED_UNIT_KINDS = {"tp": "thành phố", "tx": "thị xã"}
_ABBREVIATED_KIND = r"(?:TP|Tp|TX|Tx)(?![^\W\d_])\.?"
ABBREVIATED_KIND_RE = re.compile(rf"\s*(?P<shown>{_ABBREVIATED_KIND})")

# The place that ends such a name: 'tỉnh Ninh Thuận', 'TP Hà Nội', 'huyện Tiên Lãng', or a bare 'Hà Nam'.
AD_HOC_PLACE_RE = re.compile(
    rf"""(?:^|[ \t,]+)(?:(?P<kind>(?i:{UNIT_KIND_WORD})
        |{_ABBREVIATED_KIND})(?:[ \t]+|(?<=\.)))?
        (?P<name>(?:{PLACE_NAME_WORD}|\d{{1,2}})(?:[ \t]+{PLACE_NAME_WORD}){{0,3}})$""",
    re.VERBOSE,
)

# --- gen5 header: a headline whose type word is followed by a proper name ---
# 'Kế hoạch Chương trình MTQG Nước sạch & VSMT nông thôn tỉnh Hà Nam năm 2014', 'Hướng dẫn Đại hội
# Chi bộ nhiệm kỳ 2025-2027': a name in capitals after the type word, running case after it (at
# least one lower-case word, so a menu's 'Thông báo Tuyển dụng' or an all-caps line is no headline).
HEADLINE_TYPE_NAME_RE = re.compile(
    rf"""^\W{{0,3}}(?P<tw>(?=[{UPPER}])(?i:{TYPE_WORD}))\s+(?!(?i:số)(?![\w]))(?=[{UPPER}])
        (?=(?:\S+\s+){{2,}}?[{LOWER}]\w*\s+\S+)""",
    re.VERBOSE,
)

# --- blind25 header: two bodies signing a joint programme or joint rules ---
# 'Ngày 19/5, Hội Nông dân tỉnh và Sở Nông nghiệp và Phát triển nông thôn (NN&PTNT) tổ chức ký kết chương
# trình phối hợp hoạt động giai đoạn 2022 – 2025': the first body signs first and is the issuer; the partner's
# name (which may hold 'và') runs lazily to the signing verb; the title is what follows the type word.
# blind37 b04: the day that opens the sentence is the day it is signed ('Sáng 27-8, UBND phường Hòa Hưng và
# Trung tâm Chuyển đổi số TPHCM tổ chức Lễ ký kết liên tịch thực hiện ...'), a ceremony word may stand
# before the verb, a plan may be signed, and a signing 'liên tịch' may leave its type word to a later
# sentence ('Kế hoạch liên tịch được ký kết ...', JOINT_KIND_RE).
# sweepH: the second half of a sector's name after its 'và' ('Sở Nông nghiệp và Phát triển nông thôn', 'Giáo
# dục và Đào tạo'), never a body alone: a joint subject ('Sở Nông nghiệp và Phát triển nông thôn và Hội Nông
# dân tỉnh đã ký kết ...', a Ninh Thuận paper) keeps it in the first body's name, a department's words read
# as `_DEPARTMENT` reads them in a lead (lower-case sector words: 'Sở Giáo dục và Đào tạo và Tỉnh đoàn ...').
SECTOR_SECOND_HALF = r"""(?i:đầu\s+tư|đào\s+tạo|môi\s+trường|phát\s+triển\s+nông\s+thôn|công\s+nghệ
    |truyền\s+thông|xã\s+hội|tôn\s+giáo|thể\s+thao|du\s+lịch|thông\s+tin)"""
_JOINT_KIND = r"""chương[ \t]+trình|quy[ \t]+chế|kế[ \t]+hoạch"""
_JOINT_MANNER = r"""phối[ \t]+hợp|liên[ \t]+tịch"""
LEAD_SIGNS_JOINT_RE = re.compile(
    rf"""(?:(?:Ngày|(?:Sáng|Chiều|Tối|Trưa)(?:[ \t]+ngày)?)[ \t]+{LEAD_DATE}[ \t]*,[ \t]*)?
        (?P<issuer>{_DEPARTMENT}|{BODY_NAME})(?![ \t]+và[ \t]+{SECTOR_SECOND_HALF}(?![\w]))
        [ \t]+(?:và|với)[ \t]+[^.\n]{{2,160}}?[ \t]+(?:đã[ \t]+|vừa[ \t]+)?
        (?:tổ[ \t]+chức[ \t]+)?(?:(?i:lễ)[ \t]+)?ký[ \t]+kết[ \t]+(?:(?P<tw>(?i:{_JOINT_KIND}))[ \t]+)?
        (?P<title>(?:{_JOINT_MANNER})[^.\n]{{0,200}})""",
    re.VERBOSE,
)
# blind46 f09: the partners named after the document, by 'giữa' ('Ban thường trực Ủy ban MTTQ Việt Nam xã tổ
# chức ký kết kế hoạch phối hợp thực hiện cuộc vận động “...” giữa Ban Thường trực Ủy ban MTTQ Việt Nam và các
# tổ chức chính trị- xã hội xã'): the subject signs first, as above; its type word is written with the
# signing.
LEAD_SIGNS_JOINT_BETWEEN_RE = re.compile(
    rf"""(?P<issuer>{_DEPARTMENT}|{BODY_NAME})(?<!\stổ\schức)[ \t]+(?:(?:đã|vừa|mới|đang)[ \t]+)?
        (?:tổ[ \t]+chức[ \t]+)?(?:(?i:lễ)[ \t]+)?ký[ \t]+kết[ \t]+(?P<tw>(?i:{_JOINT_KIND}))[ \t]+
        (?P<title>(?:{_JOINT_MANNER})[^.\n]{{0,200}}?)[ \t]*,?[ \t]+giữa[ \t]""",
    re.VERBOSE,
)
# The type of a joint document signed 'liên tịch' with no type word, named by a later sentence.
JOINT_KIND_RE = re.compile(
    rf"""(?<![\w])(?P<tw>(?i:{_JOINT_KIND}))[ \t]+(?:{_JOINT_MANNER})(?![\w])""",
    re.VERBOSE,
)

# --- blind15 header: a subject deploying its plan now, or a campaign named in quotes ---
# '... tỉnh Cao Bằng đang triển khai kế hoạch tổ chức Đại hội ...', '... huyện Long Mỹ vừa triển khai kế hoạch
# “Tháng nhân đạo” năm 2019 ...': the aspect words before the verb, the quotes a title may open with.
DEPLOY_ASPECT = r"đã|vừa|mới|đang"
DEPLOY_QUOTES = "“\"‘'"
# --- newsweep header: how a news lead opens before its subject ---
# A source tag ('(Baonghean.vn) - ', 'BHG - ') or a dateline in capitals ('BẮC NINH - ', 'THỪA THIÊN HUẾ - '),
# or a district portal's headline prefix in title case ('Thanh Liêm: Đảng ủy quân sự huyện vừa ...', blind31),
# or the dash alone where a copy lost the paper's tag (' - Ban Thường vụ Huyện ủy Châu Phú ...', blind35),
# then a day ('Ngày 12/3/2024, ', 'Sáng 13.7, '), with the place of a meeting after it ('Sáng 5/6, tại hội
# trường Huyện ủy, '), or a time word ('Mới đây, ', 'Vừa qua, '): what stands before the subject of a lead
# that deploys or resolves (LEAD_DEPLOYS_RE, LEAD_DEPLOYS_NUMBERED_RE, LEAD_RESOLVES_RE), and a clause of
# purpose or direction.
_TAG_PLACE = rf"""(?-i:[{UPPER}][{LOWER}]+(?:[ \t]+[{UPPER}][{LOWER}]+){{0,3}})"""
_LEAD_TAG = rf"""(?:(?:\([^()\n]{{2,30}}\)|(?-i:[{UPPER}]{{2,8}}(?:[ \t]+[{UPPER}]{{2,8}}){{0,3}}))
    [ \t]*[-–—:][ \t]*
    |(?P<tagplace>{_TAG_PLACE})[ \t]*:[ \t]+
    |[-–—][ \t]+(?=[{UPPER}]))"""
# The same prefix opening the paragraph of a lead that issues ('Thanh Liêm: UBND huyện vừa ban hành ...').
LEAD_TAG_PLACE_RE = re.compile(rf"""[ \t]*(?P<tagplace>{_TAG_PLACE})[ \t]*:[ \t]+""")
# blind35: 'Sáng ngày 26/8/2019, '; blind10: the day in words; blind46 f04: a paper's 'Sáng nay (3/11), '.
_LEAD_WHEN = rf"""(?:(?:(?:Ngày|(?:Sáng|Chiều|Tối|Trưa)(?:[ \t]+ngày)?)[ \t]+
      (?:[\d/.\-–]+|\d{{1,2}}[ \t]+tháng[ \t]+\d{{1,2}}(?:[ \t]+năm[ \t]+\d{{4}})?)
      |(?:Sáng|Chiều|Tối|Trưa|Hôm)[ \t]+nay[ \t]*\([ \t]*[\d/.\-–]+[ \t]*\))
      (?:[ \t]*,[ \t]*tại[ \t]+[^,.;:\n]{{3,80}})?
      (?:[ \t]*,[ \t]*|[ \t]+(?=[{UPPER}]))  # blind35: 'Ngày 29 tháng 01 năm 2021 BCH Đảng bộ ...'
    |(?:Mới[ \t]+đây|Vừa[ \t]+qua|Gần[ \t]+đây)[ \t]*,[ \t]*)"""
# A clause that says why or under whose direction ('Thực hiện chỉ đạo của Thường trực Tỉnh ủy, ', 'Để chủ động
# phòng, chống thiên tai, '), with no number of its own in it: the subject follows its comma.
# blind39 b03: or its full stop, and a count is no number ('Thực hiện Chương trình thi đua chào mừng kỷ niệm
# 90 năm - Ngày thành lập Công đoàn Việt Nam. Ban Thường vụ Công đoàn Giáo dục ... triển khai Kế hoạch ...').
_WHY_COUNT = r"""(?<!số[ \t])\d+(?![\d/\-–.,:])"""
# blind46 f11: the clause's year may end it ('Thực hiện Chương trình công tác Đoàn ... năm 2022, ngày 24/6,').
_WHY_YEAR = r"""năm[ \t]+\d{4}(?![\d/\-–.:])"""
_WHY_END = rf"""(?:,[ \t]*|\.[ \t]+(?=[{UPPER}]))"""
_WHY_WORDS = r"""(?:Thực[ \t]+hiện|Để|Nhằm|Theo[ \t]+chỉ[ \t]+đạo)"""
_LEAD_WHY = rf"""(?:{_WHY_WORDS}[ \t](?:[^\n\d]|{_WHY_YEAR}|{_WHY_COUNT}){{3,160}}?{_WHY_END})"""
# blind46 f11: the day may follow the clause, in running case ('Thực hiện ..., ngày 24/6, Ban Thường vụ ...').
_WHY_THEN_WHEN = r"""(?:(?:ngày|(?:sáng|chiều|tối|trưa)(?:[ \t]+ngày)?)[ \t]+\d[\d/.\-–]*[ \t]*,[ \t]*)"""
LEAD_OPENING = rf"""^[ \t]*{_LEAD_TAG}?{_LEAD_WHEN}?(?:{_LEAD_WHY}{_WHY_THEN_WHEN}?)?"""
# --- sweepH header: a lead that tells what a body's document says, under 'Theo' ---
# 'TP - Theo kế hoạch của Ban Bí thư T.Ư Đoàn về việc tổ chức chiến dịch Thanh niên tình nguyện Hè 2016,
# tháng 7 sẽ là tháng cao điểm ...' (Tiền Phong), 'Theo hướng dẫn của Uỷ ban MTTQ tỉnh, các địa phương tập
# trung tổ chức Ngày hội ...' (Báo Hải Dương): the lead's first sentence opens on the unnumbered document
# and its body; what follows the comma is what the document says. The caller keeps it only when no body is
# the sentence's subject after the comma (a body acting 'theo kế hoạch của' another carries that plan out).
LEAD_REPORTS_DOCUMENT_RE = re.compile(
    rf"""^[ \t]*{_LEAD_TAG}?{_LEAD_WHEN}?(?i:theo)[ \t]+(?P<tw>(?i:{TYPE_WORD}))[ \t]+của[ \t]+
        (?P<issuer>{_JOINED_NAME})(?P<title>[ \t]+(?:về|tổ[ \t]+chức|triển[ \t]+khai)[ \t][^,.;\n]{{3,200}})?
        [ \t]*,[ \t]*(?P<rest>[^.\n]{{0,60}})""",
    re.VERBOSE | re.MULTILINE,
)
# blind42: 'Theo kế hoạch tổ chức các hoạt động “Mừng Đảng, mừng Xuân Bính Ngọ năm 2026”, UBND tỉnh Cà Mau
# yêu cầu các đơn vị, địa phương ...' (Dân trí): a document named by its subject alone, then the body that
# directs under it: the body's own document (a quoted name may hold a comma), under the stored page's dateline
# or none.
_TOLD_SUBJECT = r"""(?:[^,.;\n“”"]|“[^”\n]{1,120}”|"[^"\n]{1,120}")"""
LEAD_DIRECTS_UNDER_OWN_RE = re.compile(
    rf"""^[ \t]*(?:date[ \t]+\d{{4}}-\d\d(?:-\d\d)?[ \t]+)?  # a stored page's dateline
        {_LEAD_TAG}?{_LEAD_WHEN}?(?i:theo)[ \t]+(?P<tw>(?i:{TYPE_WORD}))[ \t]+
        (?P<title>(?:về|tổ[ \t]+chức|triển[ \t]+khai)[ \t]{_TOLD_SUBJECT}{{3,200}}?)[ \t]*,[ \t]*
        (?P<issuer>{_JOINED_NAME})[ \t]+(?:(?:{DEPLOY_ASPECT})[ \t]+)?
        (?:yêu[ \t]+cầu|chỉ[ \t]+đạo)(?![\w])""",
    re.VERBOSE | re.MULTILINE,
)
CLAUSE_BODY_SUBJECT_RE = re.compile(rf"""(?P<issuer>{_JOINED_NAME})(?=[ \t])""", re.VERBOSE)
# A page hard-wrapped after the lead's verb ('... đang triển khai' / 'Kế hoạch số ...'): one line break.
_LEAD_WRAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
LEAD_SUBJECT_PLACE_RE = re.compile(rf"""{SUBJECT_PLACE}[ \t]*,?[ \t]*\Z""", re.VERBOSE)
# The kind word a written place opens with, and a commune's body, the only one a district places.
PLACE_KIND_HEAD_RE = re.compile(
    rf"""^(?P<kind>{_PLACE_KIND})(?:[ \t]+|(?<=TP)(?=[{UPPER}]))  # and the glued 'TPHCM'""", re.VERBOSE)
_COMMUNE_KIND_ON_LINE = _phrases(*COMMUNE_KIND_WORDS, gap=r"[ \t]+")
COMMUNE_BODY_RE = re.compile(rf"""(?<![\w])(?i:{_COMMUNE_KIND_ON_LINE})[ \t]+[{UPPER}\d]""")
# The body before that place is one of a unit below the province ('..., tỉnh Đắk Lắk đã ban hành' after 'của
# Thủ tướng Chính phủ' names the province as the subject, not the place of the Prime Minister).
BELOW_PROVINCE_BODY_RE = re.compile(
    rf"""(?<![\w])(?:(?i:{_BELOW_PROVINCE_KIND_ON_LINE})
        |(?:Huyện|Quận|Thị)[ \t]+(?:ủy|uỷ))(?![\w])""",
    re.VERBOSE)

# --- blind15/blind35 header: the meeting a lead's subject holds to resolve or deploy ---
# '... tổ chức hội nghị ra nghị quyết ...', '... họp hội nghị lần thứ 12 ra nghị quyết ...', '... Huyện ủy
# Châu Phú vừa tổ chức hội nghị triển khai kế hoạch chuẩn bị Đại hội ...', '... đã tổ chức Hội nghị triển khai
# ...': the meeting words and up to five of its ordinal or kind between the subject and its verb.
# sweepF, blind38: a council's session is its 'kỳ họp' ('HĐND xã Xuân Lãng tổ chức Kỳ họp thứ Bảy', 'HĐND
# phường Nghi Hương ... đã tổ chức kỳ họp thứ 13'), and the meeting words may end their clause ('... tổ chức
# hội nghị. Hội nghị đã thông qua Nghị quyết về ...'). known4: 'tiến hành' may open them ('... đảng ủy TT Gio
# Linh đã tiến hành tổ chức hội nghị sơ kết ...', blind45 b02).
LEAD_MEETING = r"""(?:(?:tiến[ \t]+hành[ \t]+)?(?:tổ[ \t]+chức[ \t]+)?
    (?:(?i:hội)[ \t]+nghị|(?:(?i:kỳ|phiên|cuộc)[ \t]+)?họp(?:[ \t]+hội[ \t]+nghị)?)
    (?:[ \t]+[^\s.,;:]+){0,5}?(?:[ \t]+|(?=[.,;:])))"""
# A subject's name never ends in the words that hold its meeting ('... Xuân Lãng tổ chức Kỳ' before 'họp';
# blind41: 'phiên họp', 'cuộc họp').
_NOT_HOLDING = r"""(?<!\stổ\schức)(?<!\stổ\schức\s[Kk]ỳ)(?<!\stổ\schức\s[Pp]hiên)(?<!\stổ\schức\s[Cc]uộc)"""
# sweepD: a lead's subject that deploys its document with no meeting named, 'tổ chức triển khai' ('Ngày
# 10/02/2023, Ủy ban Mặt trận Tổ quốc Việt Nam Phường 6 tổ chức triển khai chương trình phối hợp ...', a Quận
# 5 ward's page): 'tổ chức' alone, or the meeting, before 'triển khai'.
_DEPLOY_HELD = rf"""(?:{LEAD_MEETING}|tổ[ \t]+chức[ \t]+)"""

# --- gen5 header: a lead whose subject deploys its own unnumbered document ---
# 'Ban Thường trực Uỷ ban MTTQ tỉnh Bắc Kạn triển khai Kế hoạch tổ chức đợt sinh hoạt chính trị ...',
# '(BKTO) - UBND huyện Chợ Mới vừa triển khai Kế hoạch phòng, chống dịch bệnh ...': the subject
# opens the page's paragraph (after a news tag or a date), the type word has no number and no other
# issuer ('triển khai Kế hoạch số 53/KH-UBND của UBND huyện' carries out a parent), and the title
# runs in lower case to the sentence's end.
# sweepA: a board named by its task deploys too ('Ban Chỉ đạo phòng, chống tội phạm, ... tỉnh Đắk Nông vừa
# triển khai Kế hoạch số 45/KH-BCĐ'): its lower-case words run to the verb (header checks they are a name).
_TASK_BOARD_NAME = r"""(?:Ban|BAN)[ \t]+(?i:chỉ[ \t]+đạo|điều[ \t]+hành)(?![\w])[^.!?\n;:()]{1,220}?"""
# sweepY: the meeting named first ('Tại hội nghị, Ban Thường trực Ủy ban MTTQ huyện Lạng Giang đã triển khai
# Kế hoạch thực hiện Cuộc vận động ...', a launch ceremony's report): the holder deploys its plan there.
_AT_MEETING = (r"""(?:(?i:tại)[ \t]+(?i:hội[ \t]+nghị|buổi[ \t]+lễ|lễ[ \t]+phát[ \t]+động)"""
               r"""(?:[ \t]+này)?[ \t]*,[ \t]*)""")
LEAD_DEPLOYS_RE = HintedPattern(re.compile(
    rf"""{LEAD_OPENING}{_AT_MEETING}?
        (?P<issuer>{_JOINED_NAME}|{_TASK_BOARD_NAME}){_NOT_HOLDING}{SUBJECT_PLACE}?
        [ \t]+(?:(?:{DEPLOY_ASPECT})[ \t]+)?{_DEPLOY_HELD}?triển[ \t]+khai{_LEAD_WRAP}
        (?P<tw>(?i:{TYPE_WORD}))[ \t]+(?!(?:số|của|do|nói\s+trên|này|trên)(?![\w]))
        (?=[{LOWER}{DEPLOY_QUOTES}])
        (?P<title>[^.!?\n]{{10,400}})""",
    re.VERBOSE | re.MULTILINE,
), r"triển[ \t]+khai")

# --- blind2 header: a lead whose subject deploys its own numbered document ---
# '..., Đảng ủy phường Phúc La triển khai kế hoạch số 89 –KH/ĐU ngày 9/8/2019 về việc ...', '(BKTO) -
# UBND huyện Chợ Mới vừa triển khai Kế hoạch số 58/KH-UBND ngày 3/4/2023 về ...': the subject opens the
# paragraph or follows a comma; the number is its own only when its issuer code is the subject's
# (checked by the caller) and no 'của'/'do' names another issuer after it.
LEAD_DEPLOYS_NUMBERED_RE = re.compile(
    rf"""(?:{LEAD_OPENING}|(?<=,[ \t]))
        (?P<issuer>{_JOINED_NAME}|{_TASK_BOARD_NAME}){_NOT_HOLDING}{SUBJECT_PLACE}?
        [ \t]+(?:(?:{DEPLOY_ASPECT})[ \t]+)?{_DEPLOY_HELD}?triển[ \t]+khai{_LEAD_WRAP}
        (?P<tw>(?i:{TYPE_WORD}))[ \t]+(?:(?i:số)[ \t]*:?[ \t]*)?(?P<number>{NUMBER})  # newsweep: bare
        (?:[ \t]*,?[ \t]*\(?[ \t]*(?i:ngày)[ \t]+{LEAD_DATE}(?:[ \t]*\))?)?+  # newsweep: '(ngày ...)'
        (?![ \t]*,?[ \t]*(?:của|do)(?![\w]))  # blind35: never past a date to hide the 'của' after it
        (?P<title>[^.!?\n]{{0,400}})""",
    re.VERBOSE | re.MULTILINE,
)

# --- blind15 header: a committee passing a resolution at its meeting ---
# 'Đảng ủy Quân sự huyện Thăng Bình ra nghị quyết lãnh đạo 6 tháng cuối năm', '(QNO) - Sáng 13.7, Đảng ủy Quân
# sự huyện Thăng Bình tổ chức hội nghị ra nghị quyết lãnh đạo ...', '... họp hội nghị lần thứ 12 ra nghị quyết
# về ...': the subject opens the paragraph (after a news tag or a day), the meeting words may come between it
# and 'ra', and the unnumbered resolution's title runs to the sentence's end.
LEAD_RESOLVES_RE = re.compile(
    rf"""{LEAD_OPENING}
        (?P<issuer>{_JOINED_NAME}){_NOT_HOLDING}[ \t]+(?:(?:{DEPLOY_ASPECT})[ \t]+)?  # newsweep: verb out
        {LEAD_MEETING}?
        ra{_LEAD_WRAP}(?P<tw>(?i:nghị[ \t]+quyết))[ \t]+
        (?:(?:(?i:số)[ \t]*:?[ \t]*)?(?P<number>{NUMBER})  # newsweep: its number, and the date after it
           (?:[ \t]*,?[ \t]*\(?[ \t]*(?i:ngày)[ \t]+{LEAD_DATE}(?:[ \t]*\))?)?[ \t]*,?[ \t]*)?
        (?!(?i:số)(?![\w]))(?=[{LOWER}])
        (?P<title>[^.!?\n]{{6,400}})""",
    re.VERBOSE | re.MULTILINE,
)

# --- blind35 header: a session that studies a congress's resolution ---
# 'Quán triệt, triển khai Nghị quyết Đại hội đại biểu Đảng bộ xã Vĩnh Lộc lần thứ I, nhiệm kỳ 2025-2030',
# '... Bí thư Đảng ủy phường Hương An quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 -
# 2030': a verb of study, the resolution named by its congress, the Party organisation holding it (its unit's
# name may be left to a body named earlier in the sentence), the congress's ordinal and term. blind42:
# 'triển khai thực hiện nghị quyết ...', and a list's later items ('..., nghị quyết Đại hội Đảng bộ phường
# Tĩnh Gia lần thứ I, nhiệm kỳ 2025 - 2030'), which the caller takes only right after an item the verb opened.
_CONGRESS_PLACE = rf"""(?-i:[{UPPER}][\w]*(?:[ \t]+[{UPPER}][\w]*){{0,3}})"""
CONGRESS_RESOLUTION_STUDIED_RE = HintedPattern(re.compile(
    rf"""(?:(?<![\w])(?:quán[ \t]+triệt|triển[ \t]+khai(?:[ \t]+thực[ \t]+hiện)?|học[ \t]+tập
                        |phổ[ \t]+biến)[ \t]+
          |(?P<listed>[ \t]*[,;][ \t]*|[ \t]+và[ \t]+))nghị[ \t]+quyết[ \t]+
        (?P<title>(?P<congress>đại[ \t]+hội(?:[ \t]+đại[ \t]+biểu)?)[ \t]+
          (?P<org>(?:đảng|chi)[ \t]+bộ)[ \t]+(?P<kind>{UNIT_KIND_WORD})
          (?:[ \t]+(?P<place>{_CONGRESS_PLACE}))??
          [ \t]+lần[ \t]+thứ[ \t]+[^\s,]+[ \t]*,?[ \t]*nhiệm[ \t]+kỳ[ \t]+\d{{4}}[ \t]*[-–][ \t]*\d{{4}})""",
    re.VERBOSE | re.IGNORECASE,
), r"(?-i:[ịỊ])[ \t]+quyết[ \t]+đại[ \t]+hội", re.IGNORECASE)  # parsespeed9: opens on the rare 'ị' of 'nghị'
# --- blind42 header: a congress's news as its resolution ---
# 'Ngày 23/7, Đảng bộ phường Phong Châu đã tổ chức Đại hội đại biểu Đảng bộ lần thứ I, nhiệm kỳ 2025-2030',
# 'Đảng bộ phường Hồng Quang (tỉnh Ninh Bình) tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025–2030': the
# Party organisation of a named unit holds its congress (an aside in brackets may follow its name); or the
# congress is named with its unit and opens or closes ('Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ
# nhất, nhiệm kỳ 2025-2030 chiều nay bế mạc'). The congress's words, its ordinal and its term are the title.
_CONGRESS_TERM = r"""lần[ \t]+thứ[ \t]+[^\s,]+[ \t]*,?[ \t]*nhiệm[ \t]+kỳ[ \t]+\d{4}[ \t]*[-–][ \t]*\d{4}"""
_CONGRESS_WORDS = r"""đại[ \t]+hội(?:[ \t]+đại[ \t]+biểu)?"""
_PARTY_ORG = r"""(?:đảng|chi)[ \t]+bộ"""
# blind55: the Front's committee holds its congress alike ('Ngày 9-10, Ủy ban MTTQ Việt Nam xã Khánh Vĩnh tổ
# chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030'), the congress named 'Đại hội đại biểu MTTQ Việt Nam
# xã X ...' when it opens. The Front issues the documents this project reads, beside the Party and the State;
# a mass organisation's congress ('Hội Nông dân xã ...') stays no document, as before.
_FRONT_NAME = r"""(?:mttq|mặt[ \t]+trận[ \t]+tổ[ \t]+quốc)(?:[ \t]+việt[ \t]+nam)?"""
_FRONT_COMMITTEE = rf"""(?:(?:ủy|uỷ)[ \t]+ban[ \t]+{_FRONT_NAME}|ubmttq(?:[ \t]*vn|[ \t]+việt[ \t]+nam)?)"""
CONGRESS_HELD_RE = re.compile(
    rf"""(?<![\w])(?:
        (?P<org>{_PARTY_ORG}|{_FRONT_COMMITTEE})[ \t]+(?P<kind>{UNIT_KIND_WORD})
          [ \t]+(?P<place>{_CONGRESS_PLACE})
          (?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]+(?:(?:đã|vừa|long[ \t]+trọng)[ \t]+)*tổ[ \t]+chức[ \t]+
          (?P<title>(?P<congress>{_CONGRESS_WORDS})(?:[ \t]+{_PARTY_ORG})?[ \t]+{_CONGRESS_TERM})
      | (?P<named>(?P<ncongress>{_CONGRESS_WORDS})[ \t]+(?P<norg>{_PARTY_ORG}|{_FRONT_NAME})
          [ \t]+(?P<nkind>{UNIT_KIND_WORD})[ \t]+(?P<nplace>{_CONGRESS_PLACE})[ \t]+{_CONGRESS_TERM})
        [^.\n]{{0,30}}?(?:khai|bế)[ \t]+mạc(?![\w]))""",
    re.VERBOSE | re.IGNORECASE,
)
# --- sweepY header: the action programme carrying out a congress's resolution, deployed where it is studied
# '... các đại biểu đã được quán triệt, triển khai những nội dung cốt lõi và chương trình hành động thực hiện
# Nghị quyết Đại hội đại biểu Đảng bộ xã Sao Vàng lần thứ I, nhiệm kỳ 2025-2030', '... quán triệt Nghị quyết,
# Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ quận Hoàng Mai lần thứ IV, ...': the programme
# unnumbered (a numbered one, 'Chương trình hành động số 05-CTr/TU ...', is one the lead names in full).
CONGRESS_ACTION_PROGRAMME_RE = re.compile(
    rf"""(?<![\w])chương[ \t]+trình[ \t]+hành[ \t]+động[ \t]+
        (?P<title>(?:triển[ \t]+khai[ \t]+)?thực[ \t]+hiện[ \t]+nghị[ \t]+quyết[ \t]+{_CONGRESS_WORDS}[ \t]+
          {_PARTY_ORG}[ \t]+(?P<kind>{UNIT_KIND_WORD})(?:[ \t]+{_CONGRESS_PLACE})??[ \t]+{_CONGRESS_TERM})""",
    re.VERBOSE | re.IGNORECASE,
)
# --- sweepD citations: a congress's resolution as the page's own document ---
# 'Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030', 'ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ TP ĐÀ NẴNG LẦN THỨ
# XIV', 'Đại hội Chi bộ trường Mầm non Nhiệm kỳ 2022 - 2025': the title opens on the congress and names its
# ordinal or term.
CONGRESS_OWN_TITLE_RE = re.compile(
    r"""^\W*(?:nghị\s+quyết\s+)?đại\s+hội(?![\w])[^\n]{0,120}?(?:lần\s+thứ|nhiệm\s+kỳ)(?![\w])""",
    re.VERBOSE | re.IGNORECASE,
)
# The Party body of a unit named before it ('Bí thư Đảng ủy phường Hương An quán triệt ...'), whose unit a
# congress of the same kind with no name ('Đại hội Đảng bộ phường') is. sweepF: a province's, city's or
# district's committee names its kind in one word ('Thành ủy Hải Phòng tổ chức Hội nghị ... quán triệt Nghị
# quyết Đại hội Đảng bộ thành phố lần thứ I', 'Huyện ủy X' for 'Đảng bộ huyện').
PARTY_BODY_OF_UNIT_RE = re.compile(
    rf"""(?<![\w])(?:Đảng[ \t]+(?:ủy|uỷ|bộ)[ \t]+(?P<kind>{UNIT_KIND_WORD})
          |(?P<committee>(?:Tỉnh|Thành|Huyện|Quận|Thị)[ \t]+(?:ủy|uỷ)))
        [ \t]+(?P<place>{_CONGRESS_PLACE})""",
    re.VERBOSE | re.IGNORECASE,
)

# --- blind35 header: a committee's meeting that passes its resolution ---
# 'Ngày 29 tháng 01 năm 2021 BCH Đảng bộ xã Vi Hương đã tổ chức họp theo Quy chế, ...' and, later in the
# paragraph, '... BCH Đảng bộ đã thảo luận, bỏ phiếu và biểu quyết thông qua Nghị quyết về số lượng, cơ cấu
# đại biểu HĐND xã ...': the subject holding the meeting opens the paragraph; one named resolution passed
# ('Nghị quyết' in capitals, its subject after 'về'; 'một số nghị quyết chuyên đề' names none).
# Searched on every page's lead, which names a meeting ('hội nghị', 'họp': `LEAD_MEETING`) on 1 page in 7.
# blind38: a council or committee named with its term before the verb ('HĐND phường Nghi Hương khóa XX,
# nhiệm kỳ 2021-2026 đã tổ chức kỳ họp thứ 13'): the term is no part of its name.
_BODY_TERM = r"""(?:[ \t]*,?[ \t]+(?i:khóa|khoá)[ \t]+[IVXLC\d]{1,6}(?![\w]))?
    (?:[ \t]*,?[ \t]+(?i:nhiệm[ \t]+kỳ)[ \t]+\d{4}[ \t]*[-–][ \t]*\d{4})?[ \t]*,?"""
LEAD_MEETING_HELD_RE = HintedPattern(re.compile(
    rf"""{LEAD_OPENING}(?P<issuer>{_JOINED_NAME}){_NOT_HOLDING}{SUBJECT_PLACE}?{_BODY_TERM}
        [ \t]+(?:(?:{DEPLOY_ASPECT})[ \t]+)?{LEAD_MEETING}""",
    re.VERBOSE | re.MULTILINE,
), "nghị|họp")
# --- sweepI header: an activity report's organiser ---
# 'Sáng ngày 1.3, UBND huyện Nông Sơn tổ chức Lễ ra quân huấn luyện ...', 'Huyện đoàn Diên Khánh phát động
# Tháng Thanh niên ...' (a headline), '..., chiều ngày 10/1, Hội Nông dân huyện Hương Khê (tỉnh Hà Tĩnh) đã tổ
# chức Hội thi ...', 'Ban Chỉ huy Quân sự huyện Hướng Hóa đã phối hợp với UBND xã Xy, tổ chức lễ phát động
# ...': the body opening a sentence that holds an event (not only a meeting), launches or opens a campaign,
# reviews its year or meets its members ('Hội LHTN huyện Dầu Tiếng vừa họp mặt ôn lại truyền thống ...'). The
# caller keeps it only when it names its unit (a bare 'Huyện đoàn' places nothing).
# sweepI2: a club or model launched ('Hội LHPN xã Tân Phong đã ra mắt mô hình 1+1 ...', a Tây Ninh commune's
# portal), and the manner said before the verb ('... đã long trọng tổ chức lễ giao nhận quân'). sweepI3: a
# ceremony held ('Công an tỉnh Đồng Nai đã làm lễ ra mắt tổ công tác ...').
_EVENT_VERB = r"""(?:(?:long|trang)[ \t]+trọng[ \t]+)?
    (?:tổ[ \t]+chức|ra[ \t]+quân|phát[ \t]+động|khai[ \t]+mạc|tổng[ \t]+kết|sơ[ \t]+kết|ra[ \t]+mắt
    |(?:họp|gặp)[ \t]+mặt|làm[ \t]+lễ)"""
# blind49: or that acts in the work it reports, in the past tense only ('Trong những năm 2020 - 2023, Ban
# Tuyên giáo Huyện ủy Gò Công Tây đã tham mưu Ban Thường vụ Huyện ủy ...', '..., Đảng ủy xã Đông Thạnh, thị xã
# Bình Minh đã phát huy vai trò của Đảng ...'): a plan's task writes these verbs bare ('Phòng Nội vụ tham mưu
# UBND huyện ...'), so 'đã' or 'vừa' is required. sweepI3: or that hands over or gives, the act a welfare
# item reports ('UBND huyện Thoại Sơn vừa bàn giao 20 căn nhà Đại đoàn kết ...', 'UBMTTQVN xã Tân Phú (Châu
# Thành) đã bàn giao nhà ...').
# blind50: or that led or built it into its own work ('..., Ban Chấp hành Đảng bộ huyện Văn Chấn đã đưa vào
# chương trình hành động, phân công nhiệm vụ ...'; 'đã lãnh đạo, chỉ đạo', 'đã tập trung', 'đã quan tâm').
# blind55: or that held a working session with another body ('Sáng 26/8/2025, Thường trực Đảng ủy xã An Quang
# đã có buổi làm việc với Ủy ban MTTQ Việt Nam xã ...'), as a working delegation's body holds its visit.
_ACTIVITY_VERB = r"""(?:tham[ \t]+mưu|phát[ \t]+huy[ \t]+vai[ \t]+trò|bàn[ \t]+giao|trao[ \t]+tặng
    |đưa[ \t]+vào|lãnh[ \t]+đạo|chỉ[ \t]+đạo|tập[ \t]+trung|quan[ \t]+tâm
    |có[ \t]+(?:buổi|cuộc)[ \t]+làm[ \t]+việc[ \t]+với)"""
# The name is read lazily: the first event verb ends it ('UBND huyện Nông Sơn tổ chức Lễ ra quân' is no name
# running to 'ra quân').
EVENT_HOLDER_RE = re.compile(
    rf"""(?:^[ \t]*(?:[-–][ \t]+)?  # sweepI3: a paper's dash after its dateline (' - UBND huyện X vừa ...')
        |(?<=[.;:,]\s)|(?<=[ \t]được[ \t])  # leftovers10: passive ('... được Phòng X tổ chức')
        |(?<=[/.\-]\d{{4}}[ \t])  # sweepI3: a dated opening with no comma ('Sáng ngày 29/7/2014 Hội X ...')
        |(?<=[ \t][-–][ \t]))  # sweepI3: the last of bodies joined by dashes ('Huyện ủy - UBND huyện X ...')
        (?P<issuer>{_DEPARTMENT}|{_AGENCY_PARTY}|{_NAME_HEAD}(?:{_NAME_BREAK}{BODY_TOKEN}){{0,14}}?){_NOT_HOLDING}{_BODY_TERM}
        (?:{SUBJECT_PLACE}|[ \t]*\([^()\n]{{1,40}}\))?  # sweepI2: ', Thành phố Hồ Chí Minh'; '(Quảng Nam)'
        # sweepI2: co-organisers listed after it, then 'phối hợp' ('X, Y cùng Z đã phối hợp tổ chức ...')
        (?:(?:[ \t]*,[ \t]*|[ \t]+(?:và|cùng)[ \t]+)[^.;:\n]{{2,160}}?
            [ \t]+(?:(?:{DEPLOY_ASPECT})[ \t]+)?(?i:phối[ \t]+hợp)(?:[ \t]+(?:{DEPLOY_ASPECT}))?(?=[ \t]))?
        [ \t]+(?:(?:(?:{DEPLOY_ASPECT})[ \t]+)?
          # a partner first; sweepI3: or named straight after 'phối hợp' ('Huyện ủy huyện Củ Chi phối hợp
          # Đảng ủy Quân sự TP ... tổ chức lễ', 'UBMTTQVN TX. Tịnh Biên phối hợp Công ty ... tổ chức Lễ')
          (?:(?i:phối[ \t]+hợp)(?:[ \t]+(?:với|cùng))?[ \t]+[^.;:\n]{{2,80}}?[ \t]*,?[ \t]+)?
          {_EVENT_VERB}
        |(?:đã|vừa)[ \t]+{_ACTIVITY_VERB})(?![\w])""",
    re.VERBOSE | re.MULTILINE,
)
# leftovers11: a unit named alone as the actor ('Thực hiện chỉ đạo của tỉnh, Đức Phổ đã ban hành Kế hoạch
# ...', 'Xã Tân Bình Thạnh, huyện Chợ Gạo, tỉnh Tiền Giang vừa tổ chức Lễ ...', 'Sáng 17-11, Quận 8 đã tổ
# chức họp mặt ...'): which of its bodies acts is unsaid. The news tense only, the unit opening a sentence
# or a clause, so 'tại xã X', 'người dân xã X' and a unit as the object never match; a number names only a
# quận or a phường; the caller takes a bare name only where the gazetteer places it.
_UNIT_ACTOR_KIND = r"(?i:tỉnh|thành[ \t]+phố|huyện|quận|thị[ \t]+xã|xã|phường|thị[ \t]+trấn)"
UNIT_ACTOR_RE = re.compile(
    rf"""(?:^[ \t]*(?:[-–][ \t]+)?[“"]?|(?<=[.;:,]\s)[“"]?)
        (?P<unit>(?:(?P<kind>{_UNIT_ACTOR_KIND})[ \t]+)?
          (?P<name>\d{{1,2}}(?![\w])|{PLACE_NAME_WORD}(?:[ \t]+{PLACE_NAME_WORD}){{0,3}}))
        {SUBJECT_PLACE}?
        [ \t]+(?:đã|vừa)[ \t]+(?:(?:chủ[ \t]+động|long[ \t]+trọng)[ \t]+)?
        (?:ban[ \t]+hành|triển[ \t]+khai|{_EVENT_VERB}|{_ACTIVITY_VERB})(?![\w])""",
    re.VERBOSE | re.MULTILINE,
)
# blind51 d09 (sweepI2's KNOWN 'working-delegation'): a committee's working delegation visiting another body
# ('Ngày 5/4, Đoàn công tác của ban thường vụ huyện uỷ Tuy Đức đã có buổi làm việc với đảng ủy xã xã Quảng
# Trực', 'Đoàn công tác BTV Huyện ủy Tháp Mười do ông X làm trưởng đoàn đến làm việc với ...'): the
# delegation's body holds the working session, as an organiser holds its event; a commune's portal may write
# it in lower case.
WORKING_DELEGATION_RE = re.compile(
    r"""(?:^[ \t]*|(?<=[.;:,]\s))[Đđ]oàn[ \t]+(?:công[ \t]+tác|kiểm[ \t]+tra|giám[ \t]+sát)
        (?:[ \t]+(?i:số)[ \t]+\d{1,3})?(?:[ \t]+của)?[ \t]+(?P<issuer>[^.;:,\n]{4,80}?)
        (?:[ \t]+do[ \t]+[^.;:\n]{2,80}?[ \t]+làm[ \t]+trưởng[ \t]+đoàn)?
        [ \t]+(?:(?:đã|vừa)[ \t]+)?(?:có[ \t]+(?:buổi|cuộc)[ \t]+|đến[ \t]+|tới[ \t]+)?
        làm[ \t]+việc[ \t]+(?:với|tại)(?![\w])""",
    re.VERBOSE | re.MULTILINE,
)
# A news lead writes a body's short name in brackets inside it ('Liên đoàn Lao động (LĐLĐ) huyện A Lưới', 'Hội
# Liên hiệp Phụ nữ (LHPN) xã Tân Lập'): the bracket is no part of the name, blanked before one is read.
ACRONYM_IN_NAME_RE = re.compile(
    rf"""[ \t]*\((?-i:[{UPPER}]{{2,8}})\)(?=[ \t]+(?i:{UNIT_KIND_WORD})[ \t]+[{UPPER}])""")
RESOLUTION_PASSED_RE = re.compile(
    r"""(?<![\w])(?:biểu[ \t]+quyết[ \t]+)?thông[ \t]+qua[ \t]+Nghị[ \t]+quyết[ \t]+
        (?P<title>về[ \t][^.!?\n]{6,300})""",
    re.VERBOSE,
)

# blind53 r03: a session that passes its resolutions counted, then lists them ('Kỳ họp đã thông qua 04
# Nghị quyết:' / '1. Nghị quyết về phát triển Kinh tế, xã hội ... năm 2022'): the first one listed is the one
# passed.
_COUNT_WORD = r"(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các)"
RESOLUTIONS_LISTED_RE = re.compile(
    rf"""(?<![\w])thông[ \t]+qua[ \t]+{_COUNT_WORD}[ \t]+(?i:nghị[ \t]+quyết)
        (?:[ \t]+(?:quan[ \t]+trọng|chuyên[ \t]+đề))?[ \t]*(?:,[ \t]*(?:gồm|cụ[ \t]+thể))?[ \t]*:\s*
        (?:(?:\d{{1,2}}|[a-zđ])[.)/][ \t]*|[-+•][ \t]*)?  # the item's mark, if any
        (?i:nghị[ \t]+quyết)[ \t]+(?P<title>(?:về|phê[ \t]+chuẩn|điều[ \t]+chỉnh)[ \t][^.;!?\n]{{6,300}})""",
    re.VERBOSE,
)
# blind53 r06: a council that resolves a subject without naming the resolution ('Tại kỳ họp HĐND xã đã thảo
# luận và quyết nghị điều chỉnh chủ trương đầu tư dự án ...; Điều chỉnh kế hoạch ...'): the first subject
# resolved is its title, to the item's ';'. Done, so 'đã' is required: a session's purpose ('Nhằm ..., bàn và
# quyết nghị 1 số nhiệm vụ') resolves nothing yet.
RESOLVED_SUBJECT_RE = re.compile(
    rf"""(?<![\w])đã[ \t]+(?:(?:thảo[ \t]+luận|bàn|biểu[ \t]+quyết)[ \t]*(?:,|và)[ \t]*)?
        quyết[ \t]+nghị[ \t]+(?!thông[ \t]+qua)(?P<title>[{LOWER}][^.;!?\n]{{6,300}})""",
    re.VERBOSE,
)

# blind43: a conference passing its holder's own documents by type ('Hội nghị đã thông qua các Chương trình
# của Huyện ủy thực hiện Nghị quyết Trung ương 8 khóa XI ...'): the type, the committee named by its base (its
# unit is the holder's), what they carry out or concern as their subject. blind49: or its draft among what the
# conference deploys ('... tổ chức hội nghị ... triển khai, quán triệt Chỉ thị 35-CT/TW ...; dự thảo kế hoạch
# của Ban Thường vụ Huyện ủy về đại hội đảng bộ huyện ...; sơ kết ...'): a list's item ends at its ';'.
OWN_PASSED_RE = re.compile(
    rf"""(?<![\w])(?:thông[ \t]+qua|(?i:dự)[ \t]+thảo)[ \t]+(?:(?:các|hai|ba)[ \t]+)?(?P<tw>(?i:{TYPE_WORD}))
        (?:[ \t]+hành[ \t]+động)?[ \t]+của[ \t]+
        (?P<own>(?:Ban[ \t]+Chấp[ \t]+hành|Ban[ \t]+Thường[ \t]+vụ)?[ \t]*
          (?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)[ \t]+ủy)
        [ \t]+(?P<title>(?:thực[ \t]+hiện|về)[ \t][^.!?;\n]{{6,300}})""",
    re.VERBOSE,
)

# --- blind39 header: a meeting holder discussing its own unnumbered draft ---
# 'Đảng ủy Công an tỉnh Thanh Hoá vừa tổ chức Hội nghị ... và thảo luận Chương trình hành động thực hiện Nghị
# quyết Đại hội ...', 'cho ý kiến vào dự thảo Kế hoạch ...': a type word with no number and no other issuer
# (blind41: a district committee's 'phiên họp lấy ý kiến dự thảo kế hoạch triển khai chương trình ...')
# ('thảo luận Kế hoạch số 12-KH/TU của Tỉnh ủy' is another's), its words in lower case to the sentence's end.
DRAFT_DISCUSSED_RE = re.compile(
    rf"""(?<![\w])(?:thảo[ \t]+luận|(?:cho|lấy)[ \t]+ý[ \t]+kiến(?:[ \t]+vào)?|góp[ \t]+ý(?:[ \t]+vào)?)[ \t]+
        (?:(?:bản[ \t]+)?dự[ \t]+thảo[ \t]+(?:lần[ \t]+\d+[ \t]+)?)?
        (?P<tw>{TYPE_WORD})(?:[ \t]+hành[ \t]+động)?[ \t]+(?!(?:số|của|do)(?![\w]))(?=[{LOWER}])
        (?P<title>[^.!?\n“”"]{{10,300}})""",
    re.VERBOSE | re.IGNORECASE,
)

# blind43: a meeting named without its holder passing or discussing a draft ('Cuộc họp thông qua dự thảo Kế
# hoạch thực hiện biên tập văn kiện Đại hội Đảng bộ huyện ...'), opening a paragraph: the draft's type and
# subject, as DRAFT_DISCUSSED_RE reads them under a named holder.
MEETING_DRAFT_RE = re.compile(
    rf"""^[ \t]*(?:cuộc[ \t]+họp|hội[ \t]+nghị|phiên[ \t]+họp)(?:[ \t]+(?:đã|cũng))?[ \t]+
        (?:thông[ \t]+qua|thảo[ \t]+luận|(?:cho|lấy)[ \t]+ý[ \t]+kiến(?:[ \t]+vào)?
          |góp[ \t]+ý(?:[ \t]+vào)?)[ \t]+
        (?:bản[ \t]+)?dự[ \t]+thảo[ \t]+(?P<tw>{TYPE_WORD})(?:[ \t]+hành[ \t]+động)?[ \t]+
        (?!(?:số|của|do)(?![\w]))(?=[{LOWER}])(?P<title>[^.!?\n“”"]{{10,300}})""",
    re.VERBOSE | re.IGNORECASE | re.MULTILINE,
)

# --- blind35 header: the meeting holder's own document among those it deploys ---
# 'Sáng ngày 26/8/2019, Đảng ủy xã Hà Vị đã tổ chức Hội nghị triển khai ...; ... đã triển khai một số văn bản
# như: Chỉ thị số 35-CT/TW ...; Kế hoạch số 152-KH/ĐU ... của Ban Thường vụ Huyện ủy Bạch Thông ...; Kế hoạch
# số 85-KH/ĐU ngày 21/8/2019 của Đảng ủy xã Hà Vị về triển khai công tác chuẩn bị Đại hội ...': a listed
# document with its number, its date and the body that issued it, the words after it to the item's end.
LISTED_OF_RE = re.compile(
    rf"""(?<![\w])(?P<tw>{TYPE_WORD})[ \t]+số[ \t]*:?[ \t]*(?P<number>{NUMBER})
        (?:[ \t]*,?[ \t]*ngày[ \t]+{LEAD_DATE})?[ \t]*,?[ \t]*của[ \t]+(?P<issuer>(?-i:{BODY_NAME}))
        (?P<title>(?:(?![ \t]+và[ \t]+(?:{TYPE_WORD})[ \t]+số)[^;.\n]){{0,300}})  # sweepF: to the next""",
    re.VERBOSE | re.IGNORECASE,
)

# --- gen5 resolve: a city named by its abbreviation ---
# 'trên địa bàn TPHCM', 'UBND TP.HCM', 'TP Hải Phòng', 'Tp. Cần Thơ': a city as a place mention, the
# abbreviated 'HCM' spelled out (CITY_ABBREVIATIONS).
CITY_ABBREV_MENTION_RE = re.compile(
    rf"""(?<![\w])(?:TP|Tp)\.?[ \t]*(?P<name>HCM(?![\w])|[{UPPER}][\w]*(?:[ \t]+[{UPPER}][\w]*){{0,3}})""",
    re.VERBOSE,
)
CITY_ABBREVIATIONS = {"HCM": "Hồ Chí Minh"}
# --- blind25 resolve: a province written in its usual short form ---
# 'Cổng TTĐT tỉnh BR-VT', 'UBND tỉnh BR - VT', 'Tỉnh ủy TT.Huế': the short form only after its kind word, so
# a bare 'BR-VT' (a route, a neighbour) names nothing. Keyed by the form with its separators dropped.
PROVINCE_SHORT_FORM_RE = re.compile(
    r"""(?<![\w])(?:tỉnh|Tỉnh(?:[ \t]+ủy)?)[ \t]+
        (?P<name>BR[ \t]*[-–][ \t]*VT|BRVT|TT[ \t]*[-–.][ \t]*Huế)(?![\w])""",
    re.VERBOSE,
)
PROVINCE_SHORT_FORMS = {"BRVT": "Bà Rịa - Vũng Tàu", "TTHuế": "Thừa Thiên Huế"}

# --- gen5 header: a notice told by its issuer, with its object ---
# 'Ủy Ban nhân dân xã Tây Sơn thông báo lịch tiếp công năm 2025 sau khi sáp nhập như sau:', 'UBND
# phường thông báo kết quả tuyển dụng như sau:': the object in lower case on the same line, then
# 'như sau' (OWN_NOTICE_RE takes the bare 'thông báo:' and 'thông báo như sau').
OWN_NOTICE_OBJECT_RE = re.compile(
    rf"""(?P<issuer>{BODY_NAME})[ \t]+thông[ \t]+báo[ \t]+(?=[{LOWER}])[^.\n:]{{1,200}}?[ \t]+như[ \t]+sau""",
    re.VERBOSE,
)

# --- citations: what a document implements ---
# The issuer of a cited document, as real text writes it: 'của' in any case (all-caps titles:
# 'CỦA CHÍNH PHỦ VÀ CHƯƠNG TRÌNH ...'), ministries whose names hold lower-case syllables ('Thủ
# tướng Chính phủ', 'Bộ Nông nghiệp và Phát triển nông thôn', 'Hội đồng Thi đua - Khen thưởng
# Trung ương'), joined names ('Bộ Chính trị, Ban Bí thư'). A name never runs into the next cited
# document ('... của Chính phủ Chương trình hành động số 23-CTr/TU').
_NOT_A_CITATION_START = rf"(?!(?i:{TYPE_WORD})\s+(?:(?i:số)\b|\d))"
# Two-syllable words of ministry and board names whose second syllable is written in lower case
# ('Thủ tướng', 'Nông nghiệp', 'Phát triển', 'Thi đua', 'Khen thưởng', 'Đầu tư'): only these pairs,
# so 'Ủy ban nhân dân huyện Tiên Lãng triển khai ...' still ends at 'Lãng'.
_NAME_PAIRS = (
    "Thủ tướng|Nông nghiệp|Phát triển|Tài nguyên|Môi trường|Văn hóa|Thể thao|Du lịch|Y tế|Giáo dục|"
    "Đào tạo|Khoa học|Công nghệ|Thông tin|Truyền thông|Lao động|Thương binh|Xã hội|Công thương|"
    "Giao thông|Vận tải|Xây dựng|Tư pháp|Nội vụ|Ngoại giao|Quốc phòng|Tài chính|Dân tộc|Tôn giáo|"
    "Thi đua|Khen thưởng|Kế hoạch|Đầu tư|Thanh tra|Thanh niên|Phụ nữ|Công an|Kiểm sát|Ngân hàng|"
    "Nhà nước|Tuyên giáo|Dân vận|Tổ chức|Kiểm tra|Nội chính|Văn phòng|Bí thư|Chính trị|Điều hành|"
    "Quản lý|Chỉ đạo|Công Thương|Bộ trưởng|Thứ trưởng|Giám đốc|Trưởng ban|Chủ nhiệm|Tổng cục"
)
_NAME_PAIR = "|".join(_words(p) for p in _NAME_PAIRS.split("|"))
# blind4: a trích yếu that opens with a capital right after the name ('... của Thủ tướng Chính phủ Phê
# duyệt Đề án ...', '... của UBND tỉnh Ban hành Kế hoạch ...', '... Về việc ...') is no part of it.
_NOT_A_NAME_WORD = (r"(?!Phê\s+duyệt|Ban\s+hành(?![\w])|Về(?![\w])|Hướng\s+dẫn(?![\w])|Quy\s+định(?![\w])"
                    r"|Thực\s+hiện(?![\w])|Triển\s+khai(?![\w]))")
_CITED_CAP = (rf"{_NOT_A_CITATION_START}{_NOT_A_NAME_WORD}(?:(?:{_NAME_PAIR})|[{UPPER}][\w]*){_TOKEN_END}")
# --- gen5 citations: a plenum or congress that adopted the cited document ---
# 'của Hội nghị lần thứ tám Ban Chấp hành Đảng bộ thành phố', 'của Hội nghị Trung ương 8 khóa XIII',
# 'của Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII': the lower-case words of such a name.
_PLENUM_WORDS = r"""(?:(?<=Hội[ \t])nghị|(?<=HỘI[ \t])NGHỊ
    |(?<=hội[ \t])đại[ \t]+biểu|(?<=HỘI[ \t])ĐẠI[ \t]+BIỂU
    |(?i:lần[ \t]+thứ)[ \t]+\w+|(?i:khóa|khoá)[ \t]+[IVXLC]+)(?![\w])"""
# blind9: 'của Thành ủy TP. Hồ Chí Minh', 'UBND TX. Cửa Lò', 'UBND TP. Huế về ...': a town's abbreviation
# with its stop is inside a name when a place follows it; 'UBND TP. Các sở ...' starts a sentence there.
_TOWN_ABBREVIATION = rf"""T[PXTp]\.(?=[ \t]+[{UPPER}]\w*(?:[ \t]+[{UPPER}]|[ \t]*[,;.)\n]|[ \t]*\Z
    |[ \t]+(?:về|ngày|tại|và|do|đã|vừa){_TOKEN_END}))"""
_CITED_TOKEN = rf"""
    (?:
        {_TOWN_ABBREVIATION}
      | {_CITED_CAP}
      | {_PLENUM_WORDS}
      | nông\s+thôn{_TOKEN_END}
      | {_SECTOR_NAME_TOKENS}  # blind29: 'của Trung ương Hội Chữ thập đỏ Việt Nam' (was cut at 'Chữ')
      | {_ORG_NAME_TOKENS}  # blind29: 'của Hội Người cao tuổi tỉnh', 'của Hội Luật gia Việt Nam'
      | {_NOT_A_CITATION_START}(?!ban\s+hành)(?:{NAME_WORD}){_TOKEN_END}
      | \d{{1,2}}{_TOKEN_END}
      | \((?i:khóa|khoá)\s+[^)]{{1,12}}\)
      | (?:và|[-–])(?=[ \t]+{_CITED_CAP})                  # 'Kế hoạch và Đầu tư', 'Thi đua - Khen'
    )
"""
# 'Bộ Chính trị, Ban Bí thư', 'Bộ Văn hóa, Thể thao và Du lịch': the only commas inside a name.
_NAME_COMMA = r",(?=[ \t]+(?:Ban\s+Bí\s+thư|Bộ\s+Chính\s+trị|Thể\s+thao)(?![\w]))[ \t]+"
CITED_BODY_NAME = rf"""{_CITED_CAP}(?:(?:{_NAME_BREAK}|{_NAME_COMMA}){_CITED_TOKEN}){{0,16}}"""
CITED_ISSUER_AFTER_RE = re.compile(
    rf"""[\s,]*(?i:của|do)\s+(?P<issuer>{CITED_BODY_NAME})""",
    re.VERBOSE,
)

# --- blind9 citations: a cited document announced with its issuer as the subject ---
# 'Ngày 22/12/2024, Bộ Chính trị đã ban hành Nghị quyết số 57-NQ/TW ...', 'Vừa qua, Ban Bí thư đã ban
# hành Chỉ thị số 36-CT/TW': matched on the text before the mention (its type word included); a subject
# opening its sentence, an optional opening date.
ISSUER_BEFORE_ISSUE_RE = re.compile(
    rf"""(?:^|(?<=[.;!?]\s)|(?<=\n))[ \t]*
        (?:(?:(?i:ngày)\s+(?P<opening>{DATE})|(?i:vừa\s+qua|mới\s+đây|gần\s+đây))\s*,\s*)?
        (?P<issuer>{BODY_NAME})\s+(?:(?:đã|vừa|mới)\s+)?(?:ký\s+)?ban\s+hành\s+\Z""",
    re.VERBOSE,
)
ISSUER_BEFORE_WINDOW = 160

# --- blind2 header: a ministry's or department's whole name in a title line ---
# 'Kế hoạch số 1594 ngày ... của Sở Nông nghiệp và Phát triển nông thôn về ...': the name with its
# lower-case syllables, 'và' and the one comma of 'Văn hóa, Thể thao và Du lịch' (a cited name's shape).
DEPARTMENT_NAME_RE = re.compile(rf"""(?=(?:Bộ|Sở|Phòng)\s){CITED_BODY_NAME}""", re.VERBOSE)

# --- headerforms: a provincial department written with its province ---
# 'Thực hiện sự chỉ đạo của Sở GD&ĐT Quảng Ninh tại công văn số ...' (unseen m32): the words after 'Sở' up to
# a stop; the caller takes the province that capitalised words after its first name the department's.
DEPARTMENT_MENTION_RE = re.compile(
    # the name runs up to a stop or the next 'Sở'
    rf"""(?<![\w])Sở[ \t]+(?P<name>[{UPPER}](?:(?![ \t]Sở[ \t])[^\n,;:.()]){{1,80}})""",
    re.VERBOSE,
)

# In an all-caps title every word is capitalised, so the name runs on: it ends at the first word
# that is no part of a name ('... CỦA BỘ CHÍNH TRỊ VỀ PHƯƠNG HƯỚNG', '... (KHÓA XVII) THỰC HIỆN').
_CAPS_TYPE_WORD = "|".join(_words(w.upper()) for w in sorted(TYPE_WORDS, key=len, reverse=True))
CAPS_NAME_END_RE = re.compile(
    rf"""[ \t\n]+(?:VỀ|THỰC\s+HIỆN|TRIỂN\s+KHAI|QUÁN\s+TRIỆT|CỤ\s+THỂ|NGÀY|SỐ|PHÊ\s+DUYỆT|BAN\s+HÀNH
        |TẠI|THEO|NHẰM|ĐỂ|GIAI\s+ĐOẠN|NĂM|ĐẾN|TRONG|GẮN|LÃNH\s+ĐẠO|TIẾP\s+TỤC|SẮP\s+XẾP
        |GIÁM\s+SÁT\s+CHUYÊN\s+ĐỀ)(?![\w])  # a resolution's subject: '... QUỐC HỘI GIÁM SÁT CHUYÊN ĐỀ'
    # blind36: 'CỦA CHÍNH PHỦ VÀ KẾ HOẠCH HÀNH ĐỘNG SỐ 328-KH/TU', 'CỦA BỘ CHÍNH TRỊ VÀ CHƯƠNG TRÌNH HÀNH
    # ĐỘNG CỦA CHÍNH PHỦ': a second document, typed and then numbered or owned, is no part of the name
    # ('DÂN SỐ VÀ KẾ HOẠCH HÓA GIA ĐÌNH' keeps its words: no number or 'CỦA' follows them)
        |[ \t\n]+VÀ[ \t\n]+(?:{_CAPS_TYPE_WORD})(?:[ \t\n]+HÀNH[ \t\n]+ĐỘNG)?(?=[ \t\n]+(?:SỐ|CỦA|\d))""",
    re.VERBOSE,
)
# What a front matter says the document carries out, where a sentence starts: 'Thực hiện',
# 'Triển khai (thực hiện)', 'Quán triệt (và) triển khai', 'Cụ thể hóa', 'Để tổ chức thực hiện',
# 'Nhằm triển khai', 'Tiếp tục thực hiện'; then 'có hiệu quả', 'nghiêm túc' may follow.
# A pattern whose alternatives each open with their own look-behinds ('^', after '. ', after ',', after a
# blank ...) has all of them tried at every position of the text, most of which is inside words. One
# look-behind in front that every alternative implies (the text's start, or a blank or stop before)
# fails there first: the same matches, a fraction of the cost ('re' cannot skip ahead to a look-behind).
_AFTER_BLANK_OR_STOP = r"(?<![^\s.;:])"
_AFTER_BLANK = r"(?<!\S)"
# The words a carry-out opener's match can start with, for `StartedPattern`: the purpose words, the lead
# ('nghiêm túc', 'đồng thời'), 'tiếp tục', the preparatory verbs, the carry-out verbs, 'trên cơ sở'.
_PURPOSE_FIRST = "để|nhằm"
_VERB_FIRST = "thực|triển|quán|cụ|thi"
_CARRY_OUT_FIRST = (f"{_PURPOSE_FIRST}|{_VERB_FIRST}|nghiêm|đồng|tiếp|tổ|học|nghiên|tuyên|phổ|trên|hội|cuộc")
# The carry-out verbs; a title's or a later clause's verb before its parent is one of the first four.
_PARENT_VERB = r"(?:thực\s+hiện|triển\s+khai|quán\s+triệt|cụ\s+thể\s+hóa)"
_CARRY_OUT_VERB = rf"(?:{_PARENT_VERB}|thi\s+hành)"
# Where a ministry's name ends in a lead ('Bộ Văn hóa, Thể thao và Du lịch ban hành ...', '... đã ...').
MINISTRY_END_RE = re.compile(r"\s+(?=(?:về|ban\s+hành|thực\s+hiện|đã|vừa|tại|hướng\s+dẫn)(?![\w]))")
# blind20: a title that carries out a parent ('Chương trình hành động ... Thực hiện Nghị quyết số
# 45-NQ/TW', 'Kế hoạch của Huyện ủy triển khai Chỉ thị số 35-CT/TW'): the number after the verb is the
# parent's, so a lead announcing that number recounts the parent, never the page's own document.
TITLE_CARRIES_OUT_RE = re.compile(rf"(?:^|\s){_PARENT_VERB}\s", re.IGNORECASE)
# blind20: a purpose clause naming its goals before the parent ('Để tiếp tục phát huy ..., thực hiện thắng
# lợi “Quy hoạch ...” và từng bước thực hiện “Chiến lược ...” thực hiện Chỉ thị số 22/CT-TTg ...'): after
# goals with no number, a later carry-out verb of the same sentence, after a comma, a closing quote or 'và',
# reaches the parent.
LATER_CARRY_OUT_RE = re.compile(
    rf"(?:[,”\"»)]\s*|\s(?:và|đồng\s+thời)\s+)(?:từng\s+bước\s+|tiếp\s+tục\s+)?{_PARENT_VERB}\s+",
    re.IGNORECASE)
_CARRY_OUT_WORDS = rf"""(?:(?:để|nhằm)\s+)?(?:tiếp\s+tục\s+)?
    (?:(?:quán\s+triệt|triển\s+khai|tổ\s+chức|cụ\s+thể\s+hóa|học\s+tập|nghiên\s+cứu|tuyên\s+truyền|phổ\s+biến)
       (?:\s*,\s*|\s+và\s+|\s+)){{0,5}}
    {_CARRY_OUT_VERB}"""
_CARRY_OUT_LEAD = r"(?:(?:nghiêm\s+túc|đồng\s+thời)\s+)?"
# 'thực hiện (nghiêm) (ý kiến) chỉ đạo / kết luận của Thủ tướng Chính phủ tại Thông báo số ...'
# leadsweep: also 'thực hiện sự chỉ đạo của Sở GD&ĐT ... tại công văn số ...' and 'thực hiện theo chỉ đạo tại
# Công văn số ... của ...' (the director then named after the number, or not at all); _DIRECTION_OF changed.
_DIRECTION_OF = (r"(?:nghiêm\s+)?(?:theo\s+)?(?:sự\s+)?(?:các\s+)?"
                 r"(?:(?:ý\s+kiến\s+)?chỉ\s+đạo|kết\s+luận|ý\s+kiến|yêu\s+cầu)"
                 r"(?:\s+của\s+(?P<director>[^.;:\n]{1,80}?))?"
                 r"\s+(?:tại|theo)\s+")
# --- blind3 citations: how the document carries X out, between the verb and X ---
# 'Trên cơ sở quán triệt sâu sắc Nghị quyết số 68-NQ/TW', 'Thực hiện đồng bộ, quyết liệt Nghị quyết số
# 57-NQ/TW', 'Để triển khai kịp thời Công văn số ...': one to three manner words, comma-joined.
_CARRY_OUT_MANNER = (r"(?:có\s+hiệu\s+quả|hiệu\s+quả|nghiêm\s+túc|tốt|đầy\s+đủ|sâu\s+sắc|sâu\s+rộng"
                     r"|kịp\s+thời|đồng\s+bộ|quyết\s+liệt|triệt\s+để|toàn\s+diện|sáng\s+tạo"
                     r"|có\s+chất\s+lượng)")  # blind17: 'thực hiện có chất lượng, hiệu quả các nhiệm vụ ...'
# --- blind17 citations: the parts a document sets, told by a participle before it ---
# 'các nhiệm vụ, giải pháp (được) nêu trong Nghị quyết số 27-NQ/TW', 'nhiệm vụ được giao tại Quyết định
# số ...', 'các mục tiêu đề ra tại Kết luận ...': still what of X the document carries out.
_PART_SET_BY = r"(?:\s+(?:được\s+)?(?:nêu|đề\s+ra|giao|xác\s+định|quy\s+định))?"
# --- blind7 citations: what of X the document carries out, between the verb and X ---
# 'Thực hiện nội dung Nghị quyết số 36-NQ/TW', 'Quán triệt tinh thần Chỉ thị ...', 'Triển khai các nội dung
# của Kết luận ...': X is still what the document carries out, where the verb opens a sentence.
# blind11: a guide carries out some articles of a regulation: 'Hướng dẫn thực hiện một số điều trong Quy
# định số 07-QĐi/TW', 'triển khai một số nội dung của Kết luận ...'; an article word needs its quantifier
# ('thực hiện điều chỉnh Kế hoạch ...' carries out nothing).
# --- blind12 citations: the parts of X the document carries out ---
# 'Quán triệt các quan điểm, mục tiêu và nhiệm vụ giải pháp chủ yếu của Nghị quyết số 45-NQ/TW', 'Thực hiện
# các mục tiêu, nhiệm vụ, giải pháp tại Quyết định số ...': a list of a resolution's parts, then 'của / tại'.
_RESOLUTION_PART = (r"(?:quan\s+điểm|mục\s+tiêu|nhiệm\s+vụ|giải\s+pháp|phương\s+hướng|định\s+hướng"
                    r"|chủ\s+trương)")
_CARRY_OUT_PARTS = (rf"(?:các\s+)?{_RESOLUTION_PART}"
                    rf"(?:(?:\s*,\s*|\s+và\s+|\s+){_RESOLUTION_PART}){{0,5}}"
                    rf"(?:\s+(?:chủ\s+yếu|trọng\s+tâm|cơ\s+bản))?{_PART_SET_BY}\s+(?:của|tại|trong)\s+")
_CARRY_OUT_OBJECT = (r"(?:(?:(?:các|một\s+số)\s+)?(?:nội\s+dung|tinh\s+thần)(?:\s+(?:của|trong))?\s+"
                     r"|(?:các|một\s+số)\s+(?:điều|khoản)\s+(?:của|trong|tại)\s+"
                     rf"|{_CARRY_OUT_PARTS})")
# --- blind9 citations: stopping the carrying out ---
# 'về việc chấm dứt hiệu lực thực hiện X', '(tạm) dừng / ngừng / kết thúc (việc) thực hiện X': what is
# stopped is no parent (the words right before the verb; each look-behind is of fixed width).
_STOPPED_BEFORE = (r"(?<!(?i:hiệu\slực)\s)(?<!(?i:dứt)\s)(?<!(?i:dừng)\s)(?<!(?i:ngừng)\s)(?<!(?i:thúc)\s)"
                   r"(?<!(?i:dứt\sviệc)\s)(?<!(?i:dừng\sviệc)\s)(?<!(?i:thúc\sviệc)\s)")
# --- blind14 citations: a purpose clause with the goals of X ---
# 'Nhằm đạt được mục tiêu, nhiệm vụ Nghị quyết số 66-NQ/TW ... đề ra, UBND tỉnh đề nghị ...', 'Để hoàn
# thành các chỉ tiêu tại Kế hoạch số ...', 'Để thực hiện thắng lợi mục tiêu Chỉ thị ...': where a sentence
# starts, the goals of X the text serves name X as what it carries out (X right after the goals, or after
# 'của / tại / trong'). Tried before the plain carry-out words, which would stop at 'Để thực hiện'.
_GOAL = r"(?:mục\s+tiêu|nhiệm\s+vụ|chỉ\s+tiêu)"
_PURPOSE_GOALS = (r"(?:để|nhằm)\s+(?:đạt\s+được"
                  r"|(?:hoàn\s+thành|thực\s+hiện)(?:\s+(?:thắng\s+lợi|thành\s+công|tốt))?)\s+"
                  rf"(?:các\s+)?{_GOAL}(?:(?:\s*,\s*|\s+và\s+){_GOAL}){{0,3}}"
                  rf"(?:{_PART_SET_BY}\s+(?:của|tại|trong))?")  # blind17: 'mục tiêu đề ra tại X

IMPLEMENT_OPENER_RE = StartedPattern(re.compile(
    rf"""{_AFTER_BLANK_OR_STOP}(?:
            (?:^|(?<=[.;:]\s)|(?<=[.;:])|(?<=[Tt]heo\sđó,\s)|{_AFTER_REPORTING_VERB}|{_AFTER_TIME_OPENER})
            (?P<any>(?i:{_PURPOSE_GOALS}|{_CARRY_OUT_LEAD}{_CARRY_OUT_WORDS}))  # blind14: the goals of X
          | (?<=\s)(?=[{UPPER}]){_STOPPED_BEFORE}(?P<cap>(?i:{_CARRY_OUT_LEAD}{_CARRY_OUT_WORDS}))
          | (?<=,\s)(?P<purpose>(?i:(?:để|nhằm)\s+{_CARRY_OUT_WORDS}))
          | (?<=\s)(?P<basis>(?i:trên\s+cơ\s+sở\s+{_CARRY_OUT_WORDS}))   # '... trên cơ sở thực hiện'
          | (?<=\s)(?<!năm\s)(?<!quả\s)(?<!việc\s)                 # not '3 năm / kết quả quán triệt'
            (?P<mid>(?i:quán\s+triệt(?:\s*,\s*(?:tuyên\s+truyền|triển\s+khai|phổ\s+biến|học\s+tập))*
                (?:\s+(?:sâu\s+rộng|và\s+thực\s+hiện|thực\s+hiện|và\s+triển\s+khai))?
                # blind43: a meeting held to deploy X ('tổ chức hội nghị triển khai Kết luận số 50-KL/TW')
              | (?:hội\s+nghị|cuộc\s+họp)\s+(?:(?:học\s+tập,?\s+)?triển\s+khai(?:\s+thực\s+hiện)?
                # blind46: or held to study it ('tổ chức hội nghị học tập Kết luận số 50-KL/TW')
                | học\s+tập(?!,))))
                # '... tổ chức quán triệt, tuyên truyền, triển khai sâu rộng X'
        )
        (?:\s+{_CARRY_OUT_MANNER}(?:\s*(?:,|và)\s*{_CARRY_OUT_MANNER}){{0,2}})?\s+
        (?(mid)|(?i:{_CARRY_OUT_OBJECT})?)(?i:{_DIRECTION_OF})?""",  # not mid-sentence: a report's '... đã
        # quán triệt sâu rộng tinh thần X' says it was done
    re.VERBOSE | re.MULTILINE,
), _CARRY_OUT_FIRST)
# --- leftovers6 citations: an activity report's actor carrying a document out ---
# 'UBND xã Hồng Hà đã chủ động triển khai thực hiện Nghị quyết số 57-NQ/ĐU ...' (blind41 b02): mid-sentence,
# after its subject, in the news tense. Read only on a page with no document of its own whose issuer is that
# subject (citations._actor_carries_out): elsewhere a report's '... đã triển khai X' only tells what was done.
ACTOR_CARRIES_OUT_RE = re.compile(
    rf"""(?<=\s)(?P<tense>đã|vừa)\s+(?:(?:chủ\s+động|kịp\s+thời|tập\s+trung)\s+)?
        (?i:{_CARRY_OUT_WORDS})(?:\s+{_CARRY_OUT_MANNER}(?:\s*(?:,|và)\s*{_CARRY_OUT_MANNER}){{0,2}})?\s+
        (?i:{_CARRY_OUT_OBJECT})?""",
    re.VERBOSE,
)
# implgaps: what lies between a carry-out clause's opener and the type word of what it carries out: 'Thực
# hiện các Nghị quyết số 18-NQ/TW, 19-NQ/TW' (a plural before the type word), 'Thực hiện “Nghị quyết số
# 57-NQ/TW”' (the document's name quoted or bracketed). Only before a type word: 'các nhiệm vụ' is no parent.
# blind52: or the plural type word with the issuer of every item before the list ('quán triệt các chỉ thị của
# Ban Bí thư Trung ương Đảng gồm: Chỉ thị số 41-CT/TW về ...; Chỉ thị số 42-CT/TW về ...').
OPENED_LEAD_IN_RE = re.compile(
    rf"""(?:(?i:các|những)\s+             # a plural: several documents of one type,
           (?:(?i:văn\s+bản)(?:\s+(?i:sau))?\s*:\s*)?)?  # or a list: 'các văn bản: Nghị quyết ..., ...'
        (?:(?i:{TYPE_WORD})\s+(?i:của)\s+(?P<owner>{BODY_NAME})(?:\s+(?i:khóa|khoá)\s+[IVXL]+)?
           \s+(?i:gồm|sau\s+đây|như\s+sau)\s*:\s*)?
        (?:[“"«(\[]\s*)?                # an opening quote or bracket
        (?=(?i:{TYPE_WORD})\b)""",
    re.VERBOSE,
)
# implgaps: between two numbers under one type word ('số 18-NQ/TW, 19-NQ/TW', '18-NQ/TW và số 19-NQ/TW').
SAME_TYPE_SIBLING_GAP_RE = re.compile(r"\s*(?:,|và|,\s*và)\s*(?:(?i:số)\s*:?\s*)?")
# Between a cited document and a carry-out verb that continues it ('... CỦA BỘ CHÍNH TRỊ THỰC
# HIỆN NGHỊ QUYẾT SỐ ...' in an all-caps title): that verb says what the cited one carries out.
CONTINUES_CITATION_RE = re.compile(r"[ \t,]*(?i:(?:về|để|nhằm)[ \t]+)?(?i:việc[ \t]+)?\Z")
# The document's own type word opening a title or a news lead, then what it carries out: 'Kế
# hoạch thực hiện Chỉ thị số 05-CT/TW', '... đã ban hành Chương trình hành động thực hiện Nghị
# quyết số 19-NQ/TW'. Not 'Kết luận về tiếp tục thực hiện Chỉ thị ...': a plain citation (DOMAIN §3).
OWN_TITLE_OPENER_RE = re.compile(
    rf"""{_AFTER_BLANK}(?:(?P<line_start>^)|(?<=(?i:ban\shành)\s)|(?<=\scó\s))
        (?:(?i:{TYPE_WORD})|(?(line_start)(?!)|(?i:văn\s+bản)(?:\s+(?i:chỉ\s+đạo))?))  # blind3: 'văn bản'
        (?:\s+(?i:hành\s+động|liên\s+tịch))?
        (?:\s+(?i:số)\s*:?\s*\d[^\s,;]*(?:\s*/\s*[^\s,;]+)?)?          # its own number, in any shape
        (?:\s*,?\s*(?i:ngày)\s*\d{{1,2}}\s*[/.\-]\s*\d{{1,2}}\s*[/.\-]\s*\d{{4}})?
        (?(line_start)(?:\s*,?\s*(?i:của)\s+{BODY_NAME})?)  # a title's own 'của Ban Chấp hành ...'
        [ \t,]+(?i:(?:về\s+|để\s+|nhằm\s+)?(?:việc\s+)?(?!tiếp\s+tục){_CARRY_OUT_WORDS})
        (?:\s+{_CARRY_OUT_MANNER}(?:\s*(?:,|và)\s*{_CARRY_OUT_MANNER}){{0,2}})?\s+
        (?i:{_CARRY_OUT_OBJECT})?""",  # blind11: 'Hướng dẫn thực hiện một số điều của Quy định ...'
    re.VERBOSE | re.MULTILINE,
)
# --- blind17 citations: the plan a document issues, named with its owner before the carry-out verb ---
# '... Quyết định về việc ban hành Kế hoạch hành động của ngành Văn hóa, Thể thao & Du lịch triển khai thực
# hiện Chương trình hành động của Chính phủ ...', 'Ban hành Kế hoạch hành động của Ngành ... thực hiện NQ 33',
# 'ban hành Chương trình hành động của Bộ Y tế thực hiện Nghị quyết số 20-NQ/TW': what the issued plan carries
# out, its owner ('của ngành X', 'của <body>') between its type word and the verb.
OWN_TITLE_OWNER_OPENER_RE = StartedPattern(re.compile(
    rf"""(?<![\w])(?i:ban\s+hành)\s+(?:(?i:kèm\s+theo)\s+)?(?i:{TYPE_WORD})(?:\s+(?i:hành\s+động))?
        \s+(?i:của)\s+(?:(?i:toàn\s+ngành|ngành)\s+[^\n;.()]{{2,80}}?|{BODY_NAME})
        [ \t,]+(?i:(?!tiếp\s+tục){_CARRY_OUT_WORDS})
        (?:\s+{_CARRY_OUT_MANNER}(?:\s*(?:,|và)\s*{_CARRY_OUT_MANNER}){{0,2}})?\s+
        (?i:{_CARRY_OUT_OBJECT})?""",
    re.VERBOSE,
), "ban", before=r"\W")
# --- blind17 citations: a parent named by the document that issues it, or by its type code ---
# 'Thực hiện Chương trình hành động của Chính phủ ban hành (kèm) theo Nghị quyết số 102/NQ-CP ...': the
# programme has no number of its own, the resolution issuing it is the parent; 'thực hiện NQ 33-NQ/TW': the
# type code before the number stands for its type word.
# Never a plan a report says was issued ('Sở đã tham mưu UBND tỉnh ban hành Kế hoạch của UBND tỉnh ...').
REPORTED_ISSUE_BEFORE_RE = re.compile(r"(?<![\w])(?:đã|tham\s+mưu)\s[^.;\n]*\Z", re.IGNORECASE)
ISSUED_BY_GAP_RE = re.compile(
    r"""[ \t]*(?i:chương\s+trình|kế\s+hoạch|đề\s+án|chiến\s+lược)(?:\s+(?i:hành\s+động|tổng\s+thể))?
        (?:\s+(?i:của)\s+(?P<owner>[^\n;:()]{2,60}?))?
        \s+(?i:(?:được\s+)?ban\s+hành|phê\s+duyệt)\s+(?i:kèm\s+theo|theo|tại)\s+\Z""",
    re.VERBOSE,
)
TYPE_CODE_GAP_RE = re.compile(r"[ \t]*(?P<code>[A-ZĐ]{2,3})(?:[ \t]+(?i:số))?[ \t]*\Z")
# --- leftovers s11 citations: an unnumbered scheme named by its title, then the decision approving it ---
# 'Thực hiện Đề án truyền thông về ... đến năm 2020, tầm nhìn đến năm 2030 đã được Thủ tướng Chính phủ phê
# duyệt tại Quyết định số 2478/QĐ-TTg', 'Chương trình “...” ban hành kèm theo Quyết định số ...': the scheme
# has no number of its own, the decision approving or issuing it is the parent. The title may hold commas,
# never a clause break; a report of one's own issuing ('tỉnh đã ban hành Kế hoạch ...') is no approval.
ISSUED_BY_TITLED_GAP_RE = re.compile(
    r"""[ \t]*(?i:đề\s+án|chương\s+trình|chiến\s+lược|quy\s+hoạch|kế\s+hoạch)
        (?:\s+(?i:hành\s+động|tổng\s+thể))?[ \t]+
        (?P<title>(?:(?![ \t](?i:đã|vừa)[ \t])[^\n;:()]){2,220}?)[ \t,”"]*
        (?:(?:(?i:đã)\s+)?(?i:được)\s+(?:(?P<by>(?-i:[A-ZĐ])[^\n;:(),]{1,40}?)\s+)?)?
        (?i:phê\s+duyệt|ban\s+hành)\s+(?i:kèm\s+theo|theo|tại)\s+\Z""",
    re.VERBOSE,
)
# --- blind15 citations: the own document's trích yếu ending in its purpose ---
# '... vừa triển khai Kế hoạch tổ chức đợt sinh hoạt chính trị ... nhiệm kỳ 2024 – 2029 nhằm thực hiện
# Kế hoạch số 794/KH-MTTW-BTT ...': inside the title the header found, 'nhằm / để (triển khai) thực hiện',
# no comma before it.
OWN_TITLE_PURPOSE_RE = re.compile(
    rf"""(?<=\s)(?i:(?:nhằm|để)\s+{_CARRY_OUT_WORDS})
        (?:\s+{_CARRY_OUT_MANNER}(?:\s*(?:,|và)\s*{_CARRY_OUT_MANNER}){{0,2}})?\s+""",
    re.VERBOSE,
)
# --- blind16 citations: a listed parent whose type word is lost ---
# 'Thực hiện Chỉ thị số 18-CT/TW ... của Ban Bí thư ...; Chthị 33/CT-TTg ngày 21 tháng 7 năm 2017 của Thủ
# tướng Chính phủ ...; Quyết định số 994/QĐ-TTg ...': after the list's ';' one or two short words the
# type-word table does not know (letters dropped, 'Kê hoach', nothing at all) stand before a number that
# carries its own type code; citations takes it as the next item when a date or issuer follows it, as a
# clerk reads the list.
LIST_ITEM_WITHOUT_TYPE_WORD_RE = re.compile(r";[ \t]*(?:[^\W\d_]{1,8}[ \t]+){0,2}\Z")
# --- blind16 citations: a purpose phrase, then the carry-out verb after its comma ---
# 'Để ngăn chặn, giảm thiểu và chấm dứt tình trạng trên, thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ tại
# Chỉ thị số 689/CT-TTg ...': a sentence opening with 'Để / Nhằm <goal>,' whose main clause starts with the
# carry-out verb names X as what the text carries out. Not a verb after a body ('..., UBND tỉnh yêu cầu các sở
# thực hiện X': assigned work), nor a goal that is itself a carry-out ('Để thực hiện X, ...': the opener).
PURPOSE_THEN_CARRY_OUT_RE = StartedPattern(re.compile(
    rf"""{_AFTER_BLANK_OR_STOP}(?:^|(?<=[.;:]\s)|(?<=[.;:]))(?i:để|nhằm)\s+(?!(?i:{_CARRY_OUT_WORDS}))[^.;:\n]{{3,200}}?,\s+
        (?i:{_CARRY_OUT_LEAD}{_CARRY_OUT_WORDS})
        (?:\s+{_CARRY_OUT_MANNER}(?:\s*(?:,|và)\s*{_CARRY_OUT_MANNER}){{0,2}})?\s+
        (?i:{_CARRY_OUT_OBJECT})?(?i:{_DIRECTION_OF})?""",
    re.VERBOSE | re.MULTILINE,
), _PURPOSE_FIRST)
# A news lead or editor's note naming the document itself: '..., Tỉnh ủy ... đã ban hành
# Chương trình số 31-CTr/TU về ...' (matched on the text before the mention, type word included).
OWN_LEAD_BEFORE_RE = re.compile(
    r"(?:(?i:ban\s+hành)|(?<=\s)có)\s+(?i:văn\s+bản\s+(?:số\s*)?)?\Z"   # '(vừa) có văn bản số 15-CTr/TU'
)
# The passive lead: 'Đó là nội dung Chỉ thị số 02-CT/TU của Ban Thường vụ Tỉnh ủy ban hành ngày ...',
# 'Công văn số 4913/VP-KT, ban hành ngày 15/6, ...' (matched right after the mention).
OWN_LEAD_AFTER_RE = re.compile(r"[ \t,]*(?:(?i:được|vừa|đã)\s+)?(?i:ban\s+hành)\s+(?i:ngày|vào\s+ngày)\s")
# --- blind11 citations: a listing's number cell ---
# A portal's or legal library's listing before the text ('Số / ký hiệu' / '18/QĐ-MTTQ-BTT', 'Số hiệu văn bản:
# 09/2016/NQ-HĐND'): its number is the document's own, even when it differs from the Số line in a code.
LISTING_NUMBER_BEFORE_RE = re.compile(
    r"(?im:^[ \t]*-?[ \t]*(?:số[ \t]*/[ \t]*ký[ \t]+hiệu|số[ \t]+ký[ \t]+hiệu"
    r"|số[ \t]+hiệu(?:[ \t]+văn[ \t]+bản)?|ký[ \t]+hiệu)[ \t]*:?[ \t]*\n?[ \t]*)\Z"
)
# --- leftovers: a legal library's related-documents list ---
# The site's numbered list above the text glues each ordinal to the type word ('- 1Thông tư 42/2021/TT-BGDĐT
# ...', '- 2Quyết định 259/QĐ-BGDĐT năm 2023 ...'); a line of it opens here.
RELATED_LIST_ITEM_RE = re.compile(r"(?m:^[ \t]*-[ \t]*\d{1,2}(?=[A-ZĐ]))")
# sweepB: a library's status note names the later document that replaced, repealed or amended the page's ('...
# đã được thay thế bởi Quyết định 366/QĐ-UBND ...', '... bị bãi bỏ, thay thế bởi Thông tư liên tịch số
# 01/2015/TTLT-VPCP-BNV'): 'bởi' right before the mention; the text cannot cite what came after it.
REPLACED_BY_BEFORE_RE = re.compile(
    rf"""(?<![\w])(?:thay\s+thế|bãi\s+bỏ|sửa\s+đổi(?:\s*,\s*bổ\s+sung)?|hủy\s+bỏ|huỷ\s+bỏ|hết\s+hiệu\s+lực)
        \s+bởi\s+(?:(?:{TYPE_WORD})(?:\s+liên\s+tịch)?\s+(?:số\s*:?\s*)?)?\Z""",
    re.VERBOSE | re.IGNORECASE,
)
# The year the list writes after an item's number ('259/QĐ-BGDĐT năm 2023').
RELATED_ITEM_YEAR_RE = re.compile(r"[ \t]+năm[ \t]+(?P<y>(?:19|20)\d\d)\b")
# 'Số: 258/KH-UBND', '* Số 03-NQ/TU': the number line of a header, however flattened; blind2 b08: a header
# run into one line glues its 'Số' to the body's capitals ('BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN').
OWN_NUMBER_BEFORE_RE = re.compile(rf"(?:^|[\s*|(]|(?<=[{UPPER}]))(?:Số|SỐ)\s*:?\s*\Z")
# The end of what cites a parent, right before it: '... về thực hiện ', '... triển khai '.
CARRY_OUT_BEFORE_RE = re.compile(
    rf"(?=[tTqQcC])(?<!tiếp\stục\s){_STOPPED_BEFORE}(?i:{_CARRY_OUT_VERB})(?:\s+có\s+hiệu\s+quả)?\s+\Z")
# One item of a state document's 'Căn cứ' list: a paragraph of its own.
# perturb5: or with another bullet ('+ Căn cứ ...', '• Căn cứ ...', '* Căn cứ ...').
BASIS_ITEM_RE = re.compile(  # leadsweep: a Party decision's items may each open with a dash ('- Căn cứ ...')
    rf"^(?:[-–+•*][ \t]*)?(?:Căn\s+cứ|CĂN\s+CỨ)(?:\s+(?i:vào))?\s+(?i:{_DIRECTION_OF})?", re.MULTILINE
)
# blind37 b03: a basis list whose 'Căn cứ' line a library's table lost (the title, then '- Luật Công nghệ
# thông tin ...;' / '- Nghị quyết số 57-NQ/TW ...;' / '- Nghị quyết số 71/NQ-CP ...;'): bullets that each open
# with a document's type word, capitalised, read as 'Căn cứ' items when the front names no basis otherwise.
HEADLESS_BASIS_ITEM_RE = re.compile(
    rf"""^[ \t]*[-–+•][ \t]+(?=[{UPPER}])(?=(?i:{TYPE_WORD}|luật|nghị[ \t]+định|thông[ \t]+tư)(?![\w]))""",
    re.MULTILINE,
)
HEADLESS_BASIS_MIN_ITEMS = 2  # a list, not one bullet that happens to name a document
# 'Căn cứ văn bản số 3115/BTTTT-CVT': a letter cited as 'văn bản' (the type its number gives).
GENERIC_WORD_BEFORE_RE = re.compile(r"(?<![\w])(?i:văn\s+bản|thông\s+tri)\s+(?:(?i:số)\s*:?\s*)?\Z")
# Words only a text that lost every marked letter has ('Thc hin Ngh quyt s ... ngy ...'): a text
# merely stripped of its diacritics writes 'Thuc hien Nghi quyet so ... ngay ...'.
_LOST_LETTER_WORDS = ("thc", "hin", "quyt", "ngy", "trnh", "hoch", "chng", "hng")


def _first_letter_words(words: tuple[str, ...]) -> str:
    r"""`(?<![\w])(?i:w1|w2|...)(?![\w])` for ASCII words whose first letters IGNORECASE folds onto no other
    character, opening on their first letter as a class: `re` skips to a class, where a look-behind or an
    IGNORECASE opening is tried at every position (every text's head is searched). The guard looks behind
    over that letter, and each word's rest follows the letter it opens with."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    firsts = "".join(c + c.upper() for c in groups)
    rests = "|".join(f"(?<=[{c}{c.upper()}])(?i:{'|'.join(r)})" for c, r in groups.items())
    return rf"[{firsts}](?<![\w].)(?:{rests})(?![\w])"


LOST_LETTER_WORDS_RE = re.compile(_first_letter_words(_LOST_LETTER_WORDS))
LOST_LETTER_MIN_WORDS = 3  # that many in a text's head: it lost its marked letters
# realworld s10: the motto's second line in such a copy ('c l p - T do - Hanh phuc', 'c Lp - T Do - Hnh Phc',
# 'Đc lp - T do - Hnh phc' where it kept the 'Đ'): the header tells an issuer's line from the motto beside it
# by this line, which is in no run of capitals.
LOST_LETTER_MOTTO_RE = re.compile(
    r"""(?<![\w])(?i:đ?c\s*l\s*p)\s*[-–]\s*    # 'Độc lập' without 'ộ' and 'ậ', its 'Đ' lost or kept
        (?i:t\s+do)\s*[-–]\s*                 # 'Tự do' without 'ự'
        (?i:ha?nh\s+phu?c)(?![\w])            # 'Hạnh phúc', its 'ạ', 'ú' lost or stripped""",
    re.VERBOSE,
)
MOTTO_SECOND_LINE = "Độc lập - Tự do - Hạnh phúc"
# realworld s10: the preamble's opener at a line's start in such a copy ('Thc hin Ngh quyt s ...', 'Cn c
# ...'), where the header ends the title above it.
LOST_LETTER_OPENERS = {"thc hin": "Thực hiện", "cn c": "Căn cứ", "trin khai": "Triển khai"}
LOST_LETTER_OPENER_RE = re.compile(
    r"""^(?P<blank>[ \t]*)
        (?P<opener>(?i:thc[ \t]+hin|cn[ \t]+c|trin[ \t]+khai))  # a key of LOST_LETTER_OPENERS, blanks aside
        (?![\w])""",
    re.VERBOSE | re.MULTILINE,
)
# realworld s10: a header line of such a copy, in capitals ('UBND TNH PH TH', 'S VN HO TH THAO V DU LCH',
# 'HNG DN'): two or more words of ASCII capitals and digits, one blank apart, no part of a number's code
# ('HD-SVHTTDL') or a web address.
LOST_LETTER_CAPS_RUN_RE = re.compile(
    r"""(?<![\w/.-])
        [A-Z][A-Z0-9]*                  # the first word, a capital first
        (?:[ \t]+[A-Z][A-Z0-9]*)+       # then every other word of the run
        (?![\w/.-])""",
    re.VERBOSE,
)


def lost_letter_words(head: str) -> int:
    """How many `LOST_LETTER_WORDS_RE` finds in `head`: none where no word of them occurs in the lower-cased
    text, found without the pattern (every text's head is counted, and its 't', 'h', 'n', 'c' are tried;
    parsespeed6: half the cost on synthetic plans). Only 'ı' and 'İ' match a word's letter under IGNORECASE
    and lower-case to none (checked over all of Unicode): with either, the pattern counts."""
    if "ı" not in head and "İ" not in head:
        low = head.lower()
        if not any(w in low for w in _LOST_LETTER_WORDS):
            return 0
    return len(LOST_LETTER_WORDS_RE.findall(head))
# A drafting unit's code after a Party number, which the number itself does not keep:
# '183-KH/TWĐTN-TNNT ngày 28/2/2024', '101-HD/TĐTN-TG, ngày ...'.
UNIT_SUFFIX_RE = re.compile(r"[-–][A-ZĐ]{1,8}(?![\w/])")
# A paragraph that goes on a sentence cut by a line join the normaliser missed: it opens no
# sentence of its own (an opener, a 'Căn cứ'), no outline item and no bullet.
WRAPPED_ON_RE = re.compile(
    r"(?!(?:Thực|Căn|Triển|Tiếp|Để|Nhằm|Trên|Theo|Quán|Cụ|[IVX]+[.\-–)]|\d|[a-zđ][).]|[-–+•*]))\w"
)
# What a 'Căn cứ' item carries out when it is of these types (a plan, directive, resolution,
# programme, conclusion, notice, guidance, scheme or official letter of a higher body); laws,
# decrees, circulars and decisions stay legal basis ('12/2021/TT-BNNPTNT', '98/2022/NĐ-CP').
CARRY_OUT_TYPES = frozenset({"NQ", "KH", "CTr", "CT", "KL", "TB", "HD", "ĐA", "CV", "CĐ", "TBKL"})
# A decision is legal basis unless it approves or issues what is carried out: 'Quyết định số
# 987/QĐ-BNN-TCTS ... về việc phê duyệt Đề án ...', '... ban hành Kế hoạch triển khai ...'.
APPROVES_RE = re.compile(
    r"""[^;]{0,160}?(?i:phê\s+duyệt|ban\s+hành)\s+(?:["“]\s*)?(?i:kế\s+hoạch|chương\s+trình|đề\s+án
        |chiến\s+lược|dự\s+án)""",
    re.VERBOSE,
)
# --- blind2 citations: the basis given as the document's first section ---
# 'I. CĂN CỨ XÂY DỰNG KẾ HOẠCH' / '1. Quyết định số 924/QĐ-TTg ... phê duyệt Chương trình ...;' /
# '2. Thông tư ...': a section heading that names the basis ('CĂN CỨ ...', 'CƠ SỞ PHÁP LÝ', 'CƠ SỞ XÂY
# DỰNG ...') belongs to the front matter, and each of its items is a 'Căn cứ' item.
BASIS_SECTION_RE = re.compile(
    r"^\W{0,3}(?:I|1)\s*[.\-–)]\s+(?:CĂN\s+CỨ|Căn\s+cứ|CƠ\s+SỞ|Cơ\s+sở)(?![\w])[^\n]*(?:\n|\Z)", re.MULTILINE)
NEXT_SECTION_RE = re.compile(  # 'II. MỤC TIÊU'; an Arabic '2.' only as an all-caps heading, not an item
    r"^\W{0,3}(?:II\s*[.\-–)]\s+[" + UPPER + r"]|2\s*[.\-–)]\s+[" + UPPER + r"]{2})", re.MULTILINE)
BASIS_SECTION_ITEM_RE = re.compile(r"^[ \t]*(?:\d{1,2}\s*[.)]|[a-zđ]\)|[-–+•])[ \t]+(?=\S)", re.MULTILINE)
# realworld k20: a page that ran the section onto its heading's line ('I. CĂN CỨ LẬP KẾ HOẠCH - Quyết định
# số ...; - Nghị quyết số ...'): an item's dash follows the heading's last capital or the item before's ';'.
BASIS_INLINE_ITEM_RE = re.compile(rf"(?<=[;{UPPER}])[ \t]+[-–+•][ \t]+(?=[{UPPER}])")
# headerforms: the same section's heading as the type of the document it founds.
# 'I. CĂN CỨ LẬP KẾ HOẠCH', 'CĂN CỨ XÂY DỰNG KẾ HOẠCH', 'I. CĂN CỨ PHÁP LÝ ĐỂ BAN HÀNH ĐỀ ÁN' (realworld k20:
# a commune page that kept only the body): the section opening the body names the document it founds.
# Capitals at a line's start (after its numeral) only, so a sentence's 'căn cứ xây dựng kế hoạch' (units
# told to make their own plans) is none.
BASIS_HEADING_RE = re.compile(
    rf"""^[ \t]*(?:[IVX]{{1,4}}|\d{{1,2}}|[A-Z])?[ \t]*[.)/\-–]?[ \t]*
        CĂN[ \t]+CỨ[ \t]+(?:PHÁP[ \t]+LÝ[ \t]+)?(?:ĐỂ[ \t]+)?(?:LẬP|XÂY[ \t]+DỰNG|BAN[ \t]+HÀNH)[ \t]+
        (?P<tw>(?=[{UPPER}]{{2}})(?i:{TYPE_WORD}))(?![\w])""",
    re.VERBOSE | re.MULTILINE,
)

# A 'Căn cứ' item about the statute or the organisation is legal basis whatever its type: 'Hướng dẫn
# số 01-HD/TW ... về một số vấn đề cụ thể thi hành Điều lệ Đảng', '... quy định chức năng, nhiệm vụ'.
STATUTE_ABOUT_RE = re.compile(
    r"""[^;\n]{0,200}?(?i:điều\s+lệ|quy\s+chế\s+làm\s+việc|thi\s+hành(?!\s+pháp\s+luật)
        |chức\s+năng\s*,?\s+nhiệm\s+vụ|quy\s+định\s+chi\s+tiết)""",
    re.VERBOSE,
)
# blind40: 'thi hành pháp luật' is a policy's subject ('Nghị quyết số 66-NQ/TW ... về đổi mới công tác xây
# dựng và thi hành pháp luật'), not the enforcement of one statute an item gives as legal basis.
# A committee's name without its organ or term, to match 'Chương trình hành động của Ban Thường vụ
# Tỉnh ủy' with 'Chương trình hành động số 31-CTr/TU của Ban Chấp hành Đảng bộ tỉnh (khóa XVII)'
# (matched on folded text).
ORGAN_PREFIX_RE = re.compile(r"^(?:ban\s+thường\s+vụ|ban\s+chấp\s+hành|ban\s+thường\s+trực|thường\s+trực)\s+")
TERM_SUFFIX_RE = re.compile(r"\s*\(?\s*khóa\s+[ivxlc\d]+\s*\)?")
PARTY_BODY_RE = re.compile(rf"\bđảng\s+bộ\s+({LOCAL_UNIT_KIND_WORD})\b")
# Dates glued to their word by a lost line break: 'ngày22 tháng 7 năm 2010'. blind47 c02: a news item's
# bare date in brackets, 'Nghị quyết số 72-NQ/TW (09/9/2025) về ...' (the whole bracket a numeric date).
_BRACKETED_DATE_AHEAD = r"\(\s*(?=\d{1,2}\s*[/.\-–]\s*\d{1,2}\s*[/.\-–]\s*\d{4}\s*\))"
CITED_DATE_AFTER_RE = re.compile(
    rf"""[\s,]*
        (?:{_BRACKETED_DATE_AHEAD}  # '(09/9/2025)'
          |(?:\(\s*)?(?:ban\s+hành\s+)?(?:ngày\s*){{1,2}})  # 'ngày 24/11/2023', '(ban hành ngày ...'
        {DATE}(?:[ \t]*\))?""",
    re.VERBOSE | re.IGNORECASE,
)
# 'Nghị quyết số 08/NQ-CP ngày 24/01/2018 ban hành Chương trình hành động của Chính phủ thực hiện
# Nghị quyết số 19-NQ/TW': X issues a programme that carries out Y, so X → Y.
ISSUES_PROGRAMME_GAP_RE = re.compile(
    rf"""\A[ \t,]*(?i:(?:về\s+việc\s+)?ban\s+hành)\s+(?i:chương\s+trình(?:\s+hành\s+động)?|kế\s+hoạch)
        (?:\s+(?:của|do)\s+{CITED_BODY_NAME})?[ \t,]+(?:để\s+|nhằm\s+)?(?:triển\s+khai\s+)?
        thực[ \t]+hiện[ \t]*\Z""",
    re.VERBOSE,
)
# 'X ... triển khai Y', 'X ... cụ thể hóa Y', 'X ... quán triệt Y': X carries out Y as well (the
# 'thực hiện' forms are CHAIN_GAP_RE's; 'tiếp tục ...' stays a plain citation, DOMAIN §3).
CHAIN_VERB_GAP_RE = re.compile(
    r"""\A[ \t,]*(?i:(?:về\s+|để\s+|nhằm\s+)?(?:việc\s+)?
        (?:triển\s+khai|cụ\s+thể\s+hóa|quán\s+triệt))[ \t]*\Z""",
    re.VERBOSE,
)
# blind36: a resolution amending that programme carries Y out as well ('Nghị quyết số 71/NQ-CP ... về sửa đổi,
# bổ sung, cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW').
_AMENDS = r"(?:sửa\s+đổi,?\s+bổ\s+sung(?:,?\s+cập\s+nhật)?|bổ\s+sung,?\s+cập\s+nhật|điều\s+chỉnh)"
# The same when the programme is a mention of its own ('... của Chính phủ' names its issuer).
ISSUES_GAP_RE = re.compile(
    rf"\A[ \t,]*(?i:(?:về\s+việc\s+)?ban\s+hành|(?:về\s+(?:việc\s+)?)?{_AMENDS})[ \t]*\Z")


# --- blind24 citations: a 'Căn cứ' resolution or directive that enforces a law ---
# When 'Căn cứ' items stand in as parents, a Government resolution or a directive whose subject is enforcing
# a law is legal basis like the law: 'Nghị quyết số 11/NQ-CP ... về triển khai thi hành Luật\nQuy hoạch',
# '... về việc hướng dẫn thi hành Pháp lệnh ...', '... quy định chi tiết một số điều của Luật Du lịch'. Read
# from the number to the item's end (its ';' or the next 'Căn cứ'), across the hard wraps of a library copy.
ENFORCES_LAW_RE = re.compile(
    r"""(?:(?!căn\s+cứ|Căn\s+cứ)[^;.])*?
        (?:thi\s+hành|quy\s+định\s+chi\s+tiết)(?:\s+(?:một\s+số\s+điều\s+(?:của\s+)?|các\s+)?)?\s*
        (?:Luật|LUẬT|Bộ\s+luật|Pháp\s+lệnh|luật\b)""",
    re.VERBOSE,
)
ENFORCING_TYPES = frozenset({"NQ", "CT"})

# --- gen3a citations: an ad hoc board's name ---
# A board set up for one event or task is named by it in lower case: 'của Ban Tổ chức kỷ niệm',
# 'của Ban Chỉ đạo công tác Dân số - Kế hoạch hóa gia đình tỉnh Hà Giang', 'của Hội đồng thi đua
# khen thưởng huyện'. The name runs to the clause's end or the next date, subject or verb.
AD_HOC_BOARD_RE = re.compile(r"(?i:Ban\s+(?:Tổ\s+chức|Chỉ\s+đạo)|Hội\s+đồng(?!\s+nhân\s+dân))")
AD_HOC_LOWER_RE = re.compile(rf"[\s,a-z{LOWER}]*\Z")  # what the name held after the board's words
_AD_HOC_STOP = r"""(?:về|ngày|tại|theo|thực\s+hiện|triển\s+khai|đã|vừa|có|được|ban\s+hành|phê\s+duyệt
    |thông\s+qua|chỉ\s+đạo|hướng\s+dẫn|quy\s+định|đề\s+nghị|yêu\s+cầu|giao|và\s+các)"""
AD_HOC_BOARD_TAIL_RE = re.compile(
    rf"""(?:(?:[ \t]+|,[ \t]*(?=chống\s))(?!{_AD_HOC_STOP}(?![\w]))[\w&]+(?:[ \t]*[-–][ \t]*[\w&]+)?){{1,14}}?
        (?=[ \t]*(?:,(?![ \t]*chống\s)|[;.:()\n]|\Z)|[ \t]+{_AD_HOC_STOP}(?![\w]))""",
    re.VERBOSE | re.IGNORECASE,
)

# --- implements: 'Trên cơ sở X', 'thực hiện (đúng thời gian) theo X' ---
# A sentence that bases the document on X or carries it out according to X: 'Trên cơ sở Kế hoạch số
# 6103/KH-UBND ...', 'Để đảm bảo thực hiện đúng thời gian theo Kế hoạch số 2448/KH-UBND ...',
# 'Thực hiện theo Công văn số ...'. Like a 'Căn cứ' item, X is a parent only when it is a plan,
# directive, resolution, letter ... (CARRY_OUT_TYPES), never a law or decree.
FOLLOWS_ITEM_RE = StartedPattern(re.compile(
    rf"""{_AFTER_BLANK_OR_STOP}(?:^|(?<=[.;:]\s)|(?<=[.;:]))
        (?:
            (?i:trên\s+cơ\s+sở)(?:\s+(?i:nội\s+dung))?
          | (?i:(?:để|nhằm)\s+(?:đảm\s+bảo\s+)?)?(?i:{_CARRY_OUT_VERB})\s+
            (?:(?i:đúng|tốt|nghiêm\s+túc)\s+)?
            (?:(?i:tiến\s+độ|thời\s+gian|nội\s+dung|yêu\s+cầu|các\s+nội\s+dung)\s+)?(?i:theo|tại)
        )\s+(?i:{_DIRECTION_OF})?""",
    re.VERBOSE | re.MULTILINE,
), f"trên|{_PURPOSE_FIRST}|{_VERB_FIRST}")

# --- blind3 header: a time adverbial between a lead's subject and its aspect word ---
# 'Hội Cựu chiến binh tỉnh mới đây vừa ban hành ...', 'UBND tỉnh, vừa qua, đã ban hành ...', 'Sở Y tế
# ngày 12/5/2023 đã ban hành ...', 'Hội LHPN tỉnh hôm qua (20/5) đã ban hành ...': the adverbial ends
# the prefix, so the subject before it is the issuer; a date in it is the document's.
LEAD_TIME_TAIL_RE = re.compile(
    r"""[ \t]*,?[ \t]*
        (?:(?:mới|vừa|gần)\s+đây|vừa\s+qua|hôm\s+(?:qua|nay|kia)|(?:sáng|chiều|tối)\s+(?:nay|qua)
          |trong\s+(?:tuần|tháng|năm)\s+(?:này|qua|trước))
        [ \t]*,?[ \t]*\Z""",
    re.VERBOSE | re.IGNORECASE,
)
LEAD_DATE_TAIL_RE = re.compile(
    rf"""[ \t]*,?[ \t]*(?:vào\s+)?(?:ngày|hôm|sáng|chiều|tối)\s+(?:(?:qua|nay)\s*\(\s*)?
        {LEAD_DATE}\s*\)?[ \t]*,?[ \t]*\Z""",
    re.VERBOSE | re.IGNORECASE,
)

# --- leadissuer header: a lead's subject named by what it serves, in lower-case words ---
# 'Ban Quản lý các khu công nghiệp Bắc Ninh vừa ban hành ...', 'Ngày 12/3, Trung tâm Y tế huyện Kim Động đã
# ban hành ...', 'Đảng ủy cơ quan chính quyền Quận 3 đã xây dựng ...', 'Đảng ủy Mặt trận Tổ quốc, các đoàn
# thể tỉnh Nghệ An ...': BODY_NAME stops at the first lower-case word it does not know, so only the place
# is read. A clerk reads the whole clause before the verb as the subject when it opens (sentence start, or
# after an opening phrase's comma or a source tag's dash) with the head of a body that is named by its
# task or its agencies. Only the head is matched here (linear); header.py checks the words after it.
LEAD_TOPIC_HEAD_RE = re.compile(
    r"""(?:^|(?<=[,;:)]\s)|(?<=\s[-–]\s)|(?<=\)[-–]\s)  # sweepA: after a tag, '(GLO)- Ban'
        |(?<=^[-–]\s)  # a lost tag's dash opening the line, ' - Ban Chỉ đạo ...'
        |(?<=\d\d\d\d\s))[ \t]*  # a date's year with no comma after it, 'Ngày 12 tháng 3 năm 2024 Ban'
        (?P<head>Ban[ \t]+(?i:quản[ \t]+lý|chỉ[ \t]+đạo|điều[ \t]+hành)|BCĐ|Trung[ \t]+tâm|Chi[ \t]+cục
          |Đảng[ \t]+(?:ủy|uỷ)|Công[ \t]+đoàn[ \t]+ngành)(?![\w])""",
    re.VERBOSE,
)
# Lower-case words that make the clause a sentence about the body, not its name: a verb giving work, a
# preposition joining a second body, an aspect word, a person ('Trung tâm Y tế huyện phối hợp với UBND
# huyện ...', 'Đảng ủy xã giao Trung tâm Văn hóa xã ...'); 'mới' alone is a name's ('nông thôn mới').
LEAD_TOPIC_NOT_NAME_RE = re.compile(
    r"""(?<![\w])(?:với|giao|cho|của|do|đã|vừa|mới\s+đây|cũng|được|là|có|ký|theo|tại|trên|sau|khi|nhằm|để
        |đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|chủ\s+trì|tham\s+mưu|thay\s+mặt|đồng\s+chí|ông|bà|tiếp\s+tục
        |đồng\s+thời|phối\s+hợp\s+với)(?![\w])""",
    re.VERBOSE,
)
# A name runs within one clause of one sentence: a line break, ';', ':' or a sentence's end ('(Ảnh: Trung tâm
# Dự báo ... Trung ương)' / 'Để chủ động ...; Văn phòng Tỉnh ủy vừa có') ends it, so a head before one is
# another sentence's (c25: a photo credit above the lead). So does a bracket the name did not open.
LEAD_TOPIC_BREAK_RE = re.compile(r"[\n;:]|[.!?](?:\s|$)")
# sweepA: a board named by its task is the subject of a lead with no number only where nothing but a news
# tag or dateline place (or the dash a copy kept of a lost tag), the lead's date (with a meeting's place, or
# no comma) and a 'recently' word open the sentence ('(GLO)- Ban Chỉ đạo Phòng-chống tội phạm, ... tỉnh Gia
# Lai đã ban hành Kế hoạch tổ chức ...', 'Sáng 12/3, tại hội trường cơ quan, Ban Chỉ đạo ...'). After a
# carry-out clause or a year the sentence tells of an earlier plan ('Thực hiện Kế hoạch số 47/KH-BCĐ ..., Ban
# Chỉ đạo ... huyện đã ban hành Kế hoạch hưởng ứng ...', unseen m15; 'Năm 2021, Ban Chỉ đạo ... đã ban hành').
BOARD_LEAD_OPENING_RE = re.compile(
    rf"""^\W*(?P<tag>(?:\((?=[^()\n]*[A-Za-zĐ])[^()\n]{{2,30}}\)   # '(GLO)'
          |(?-i:[{UPPER}]{{2,}}(?:[ \t]+[{UPPER}]{{2,}}){{0,3}}))       # 'QNO', 'BẮC NINH'
        [ \t]*[-–—:][ \t]*)?
        (?P<date>(?:(?:sáng|chiều|tối|trưa)(?:[ \t]+nay)?[ \t]+)?(?:ngày[ \t]+)?{LEAD_DATE}
          (?:[ \t]*,[ \t]*tại[ \t]+[^,.;:\n]{{3,80}})?  # the meeting's place, 'Sáng 12/3, tại hội trường, '
          [ \t]*,?)?[ \t]*  # blind35: 'Ngày 12 tháng 3 năm 2024 Ban Chỉ đạo ...', no comma
        (?P<recent>(?:mới[ \t]+đây|vừa[ \t]+qua|gần[ \t]+đây)[ \t]*,?)?[ \t]*\Z""",
    re.VERBOSE | re.IGNORECASE,
)
LEAD_TOPIC_MAX_WORDS = 30  # "Ban Chỉ đạo Chương trình mục tiêu quốc gia xây dựng nông thôn mới huyện X": 17;
# sweepA: every province's and district's crime board, "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và
# xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Gia Lai": 27

# --- blind3 header: a guidance issued by two bodies, the first one leading ---
# 'Uỷ ban nhân dân xã Cẩm Lạc, Ban chỉ đạo “Toàn dân đoàn kết ...” hướng dẫn việc bình xét ...',
# 'Phòng Văn hóa và Thông tin huyện, Ban Chỉ đạo phong trào huyện hướng dẫn các xã ...': the bodies
# named before the verb are the co-issuers; the first (a committee or office with its place) leads,
# as its name comes first in a joint header.
OWN_JOINT_GUIDANCE_RE = re.compile(
    rf"""(?:^|(?<=[,;.]\s)|(?<=[,;.]))[ \t]*(?P<issuer>{_JOINED_NAME})[ \t]*,[ \t]*
        (?:Ban|BAN|Hội|Ủy|Uỷ|UBND|Mặt|MTTQ|Phòng|Sở|Đoàn|Liên)[^.;:\n]{{2,100}}?[ \t]+
        (?i:hướng\s+dẫn)[ \t]+(?i:các|việc|thực\s+hiện|triển\s+khai|tổ\s+chức|như\s+sau|cụ\s+thể)(?![\w])""",
    re.VERBOSE | re.MULTILINE,
)

# The same words inside an order are work given, not the document's issuer: 'UBND tỉnh giao Sở Y tế, Sở
# Giáo dục và Đào tạo hướng dẫn các trường ...' (matched on the clause before the guidance's subject).
ORDER_BEFORE_GUIDANCE_RE = re.compile(
    r"(?<![Bb]an\s)(?<!BAN\s)(?:giao|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo)\s[^.;:\n]{0,200}?,[ \t]*\Z", re.IGNORECASE
)

# --- blind3 citations: a cited document described as issuing what carries out another ---
# 'Nghị quyết số 28/NQ-CP ngày 01/3/2023 của Chính phủ ban hành Chương trình hành động thực hiện Nghị
# quyết số 22-NQ/TW': between the cited mention and 'ban hành' only its date and issuer, so the
# programme is the cited document's content (a chain), not this document's title.
CITED_ISSUES_GAP_RE = re.compile(
    r"""[ \t\n]*,?[ \t\n]*(?:ngày[ \t\n]+[\d/.\-–]+[ \t\n]*,?[ \t\n]*)?
        (?:của[ \t\n]+[^.;:,\n]{1,80}?[ \t\n]+)?(?:đã[ \t\n]+|vừa[ \t\n]+)?(?:ban[ \t\n]+hành|có)[ \t\n]+""",
    re.VERBOSE | re.IGNORECASE,
)

# --- blind3 header: the central organ behind the Central Committee's header ---
# Every central Party document carries 'BAN CHẤP HÀNH TRUNG ƯƠNG' over its number; the Politburo or the
# Secretariat that issued it signs 'T/M BỘ CHÍNH TRỊ' / 'T/M BAN BÍ THƯ', or a lead names it with the
# document's own number: 'Quy định số 97-QĐ/TW ngày 7/2/2023 của Bộ Chính trị'. '{number}' is the own
# number, escaped.
CENTRAL_ORGAN_NAMES = {"bộ chính trị": "Bộ Chính trị", "ban bí thư": "Ban Bí thư"}
# bodyplace: a city named after a person keeps its kind word in its name ('THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH'):
# a Party body's name shows it, as the header writes it ('Thành ủy Hồ Chí Minh' reads as the man's).
PERSON_NAMED_CITIES = frozenset({"hồ chí minh"})
# bodyplace: the Youth Union's Central Committee ('BAN CHẤP HÀNH TRUNG ƯƠNG' / 'ĐOÀN TNCS HỒ CHÍ MINH') has
# its own secretariat, 'Ban Bí thư Trung ương Đoàn' ('TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN'), never the Party's.
UNION_CENTRE_RE = re.compile(r"(?i:trung\s+ương\s+đoàn)(?![\w])")
UNION_CENTRE_TAIL = "Trung ương Đoàn"
CENTRAL_ORGAN_OF_NUMBER = (r"(?<![\w/-]){number}(?![\w/])(?:\s*,?\s*ngày\s+[\d/.\-]+)?\s*,?\s+"
                           r"(?:của|do)\s+(?P<organ>Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư)(?![\w])")
# blind2 b08: a signature run into the text ('TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký)') loses
# its lines, but its 'TM.' still names the organ it acts for, in capitals.
CENTRAL_ORGAN_SIGNS_RE = re.compile(
    rf"(?<![\w/])(?:{_ON_BEHALF_MARK})\s*\.?\s*(?P<organ>BỘ\s+CHÍNH\s+TRỊ|BAN\s+BÍ\s+THƯ)(?![\w])")

# --- blind3 header: the trích yếu in the issuing clause of a page with no title line ---
# 'UBND tỉnh xây dựng Kế hoạch tổ chức thực hiện Chiến lược quốc gia về bình đẳng giới ... trên địa
# bàn tỉnh Bạc Liêu, cụ thể như sau:': what follows the type word, up to 'như sau', 'với các nội
# dung', a colon or the sentence's end, names the document.
CLAUSE_TITLE_END_RE = re.compile(
    r"""\s*(?:,\s*)?(?:(?:cụ\s+thể|gồm|với\s+(?:các|những)\s+nội\s+dung(?:\s+(?:chính|cụ\s+thể))?)\s*)?
        (?:như\s+sau|sau)?\s*(?::|\.(?=\s|$)|\n|$)""",
    re.VERBOSE | re.IGNORECASE,
)

# --- blind16 header: a lead's subject followed by what the document sets ---
# '... vừa ban hành Kế hoạch số 147-KH/HU, ngày 21/12/2022 về kết nạp đảng viên năm 2023; theo đó, huyện Đức
# Linh phấn đấu ...', '..., trong đó yêu cầu ...', '...; qua đó, ...': the trích yếu ends before the clause
# that tells what the document asks; a comma inside the subject ('về phòng, chống thiên tai') stays.
LEAD_TITLE_CONSEQUENCE_RE = re.compile(r"[ \t]*[;,][ \t]*(?:theo|trong|qua)[ \t]+đó(?![\w])", re.IGNORECASE)
# blind21: ... or the clause that tells why or what it sets out: '... về tổ chức hoạt động “Tháng Dân vận”
# năm 2018 nhằm nâng cao nhận thức, ...', '... về chuyển đổi số năm 2026, xác định rõ lộ trình ...'. Not
# 'nhằm thực hiện X' (the parent the trích yếu names, blind15).
LEAD_TITLE_PURPOSE_RE = re.compile(
    r"""(?:[ \t]*,?[ \t]+nhằm[ \t]+(?:nâng[ \t]+cao|tạo|góp[ \t]+phần|bảo[ \t]+đảm|đảm[ \t]+bảo|thúc[ \t]+đẩy
          |đẩy[ \t]+mạnh|phát[ \t]+huy|tăng[ \t]+cường|khơi[ \t]+dậy)
        |[ \t]*,[ \t]*xác[ \t]+định[ \t]+rõ)(?![\w])""",
    re.VERBOSE | re.IGNORECASE,
)
# sweepG: a dispatch or letter told with whom it goes to before what it is about ('... đã có Công điện
# số 84/CĐ-TW gửi Ban chỉ huy PCTT các tỉnh, thành phố ven biển ... về công tác ứng phó ...', 'đã ban hành
# Công văn số 215-CV/HU gửi các chi, đảng bộ trực thuộc về tăng cường ...'): the addressees are no part of
# the trích yếu, which opens at the first 'về' after them; with no 'về' ('gửi ... đề nghị ...') none is cut.
# The addressees may be listed with ';' ('gửi Ủy ban MTTQ Việt Nam Thành phố; các tổ chức ...; UBND ...').
LEAD_TITLE_ADDRESSEES_RE = re.compile(
    r"""[ \t,]*(?:gửi|tới)[ \t]+(?:(?![ \t]về[ \t])[^.:\n])+?[ \t,;]+(?=về[ \t])""",
    re.VERBOSE,
)
# ... and the addressees after the subject ('Bộ Y tế vừa có công văn khẩn về việc tăng cường công tác
# phòng, chống dịch Covid-19 gửi Ủy ban nhân dân các tỉnh, ..., đề nghị ...'): the trích yếu ends before
# 'gửi' and the body it names ('về việc gửi báo cáo ...' sends a report, no addressee follows it).
LEAD_TITLE_ADDRESSEES_AFTER_RE = re.compile(
    r"""[ \t,]+gửi[ \t]+(?:tới[ \t]+|đến[ \t]+)?
        (?=(?:các|Ủy|Uỷ|UBND|Chủ|Thủ|Giám|Sở|Bộ|Ban|Hội|Trưởng|Thường)[ \t])""",
    re.VERBOSE,
)

# --- blind3 header: the annex a decision issues, after its signature block ---
# A decision or resolution is followed by what it issues: 'KẾ HOẠCH' / 'QUY CHẾ' (a type heading) or
# 'PHỤ LỤC' / 'DANH MỤC ...' (an appendix). Matched on the folded line; it ends the signature block.
ANNEX_HEADING_RE = re.compile(r"(?:phụ\s+lục|danh\s+mục)(?![\w])")

# --- blind4 citations: a document that orders X carried out; a second carry-out verb in the clause ---
# 'UBND tỉnh yêu cầu các sở, ban, ngành, UBND huyện ... tổ chức thực hiện Công văn số 4847/BYT-DP ...',
# 'Thủ tướng Chính phủ yêu cầu các Bộ trưởng, ... theo chức năng, nhiệm vụ ... tập trung chỉ đạo thực
# hiện tốt, đồng bộ, hiệu quả các nhiệm vụ, giải pháp tại Chỉ thị số 55-CT/TW ...': the document orders X
# carried out, so it carries X out. The addressees open with a body word or a capital and run to the
# verb within the sentence, with no word of a report or of a task's own object between ('yêu cầu các
# xã báo cáo kết quả thực hiện X', 'đáp ứng yêu cầu nhiệm vụ và thực hiện X' are no order to carry X out).
_ORDER_ADDRESSEE_START = rf"(?=(?:các|những|mọi|toàn\s+thể|cán\s+bộ|cấp\s+ủy|cấp\s+uỷ)(?![\w])|[{UPPER}])"
_ORDER_ADDRESSEE_STOP = (r"(?<![\w])(?i:kết\s+quả|báo\s+cáo|việc|tiếp\s+tục|sơ\s+kết|tổng\s+kết|đánh\s+giá"
                         r"|xây\s+dựng|nghiên\s+cứu|sau\s+khi|trước\s+khi)(?![\w])")
_ORDER_MANNER = rf"(?:{_CARRY_OUT_MANNER}|nghiêm)"
ORDERED_CARRY_OUT_RE = StartedPattern(re.compile(
    rf"""(?<![\w])(?i:yêu\s+cầu|đề\s+nghị|(?<!bàn\s)(?<!chuyển\s)(?<!được\s)(?<!nhận\s)giao)  # blind5: 'Giao'
        [ \t]+{_ORDER_ADDRESSEE_START}
        (?:(?!{_ORDER_ADDRESSEE_STOP})[^.;:\n!?]){{2,320}}?(?<=\s)
        (?i:(?:tập\s+trung\s+)?(?:chỉ\s+đạo\s+)?(?:tổ\s+chức\s+|triển\s+khai\s+)?(?:thực\s+hiện|thi\s+hành)
            |triển\s+khai|quán\s+triệt)  # blind6: '... quán triệt sâu rộng tinh thần Chỉ thị số ...'
        (?:\s+{_ORDER_MANNER}(?:\s*(?:,|và)\s*{_ORDER_MANNER}){{0,3}})?\s+
        (?i:(?:các|những)\s+(?:nhiệm\s+vụ|giải\s+pháp|nội\s+dung|biện\s+pháp|yêu\s+cầu)
            (?:\s*(?:,|và)\s*(?:nhiệm\s+vụ|giải\s+pháp|nội\s+dung|biện\s+pháp))*
            \s+(?:(?:nêu|đề\s+ra|được\s+giao)\s+)?(?:tại|theo|trong)\s+
            |tinh\s+thần\s+(?:của\s+)?)?""",
    re.VERBOSE,
), "yêu|đề|giao", before=r"\W")
# --- blind12 citations: a plenum named after the cited date with no 'của' ---
# 'Nghị quyết số 36/NQ-TW ngày 22/10/2018 Hội nghị lần thứ Tám Ban chấp hành Trung ương khóa XII về ...',
# 'Nghị quyết số 19-NQ/TW ngày 16/6/2022, Hội nghị lần thứ Năm Ban Chấp hành Trung ương Đảng khóa XIII': the
# plenum that adopted it, as a 'của' would name it (matched right after the date).
CITED_PLENUM_AFTER_RE = re.compile(
    rf"""[ \t]*,?[ \t]*(?P<issuer>(?=(?i:hội)[ \t]+(?i:nghị)[ \t]){CITED_BODY_NAME})""",
    re.VERBOSE,
)

# --- blind11 citations: a direction joined to the opener's clause ---
# 'Thực hiện Chỉ thị số 22/CT-TW ... về ... và chỉ đạo của UBND tỉnh tại văn bản số 238/UBND-KGVX ...': the
# direction is one more parent, its director the cited letter's issuer (matched right before it).
_CONJOINED_DIRECTION = (r"(?i:(?:ý\s+kiến\s+)?chỉ\s+đạo)\s+của\s+(?P<director>[^.;:\n]{1,60}?)"
                        r"\s+(?i:tại|theo)\s+")
# 'Để thực hiện nghiêm các văn bản chỉ đạo của Thủ tướng ... về ... và thực hiện Thông báo số 935/TB-UBND
# ...': a second carry-out verb joined to an opener's clause names one more parent (matched on the text
# right before the mention); 'và tiếp tục thực hiện X' stays a plain citation (DOMAIN §3).
CONJOINED_CARRY_OUT_BEFORE_RE = re.compile(
    rf"""(?:[ \t]và|[,;])[ \t]+(?:(?i:đồng\s+thời)\s+)?(?!(?i:tiếp\s+tục))
        (?:(?i:(?:tổ\s+chức\s+|triển\s+khai\s+)?(?:thực\s+hiện|triển\s+khai|quán\s+triệt))
        (?:\s+{_ORDER_MANNER}(?:\s*(?:,|và)\s*{_ORDER_MANNER}){{0,3}})?\s+
        |{_CONJOINED_DIRECTION})\Z""",
    re.VERBOSE,
)
# A cited document's own subject between the opener and that verb ('Kế hoạch số 12/KH-UBND về xây dựng
# và thực hiện Quy chế ...'): the verb is the cited document's content, not the document's.
ABOUT_WORD_RE = re.compile(r"(?<![\w])(?i:về)(?![\w])")

# --- blind4 resolve: a city abbreviation glued to its name ---
# 'UBND TPHCM', 'Thành ủy TpHCM': the 'TP' of 'TP HCM' written without a space or stop; read as 'TP HCM'
# (only the abbreviations CITY_ABBREVIATIONS spells out).
GLUED_CITY_ABBREV_RE = re.compile(r"(?<![\w])(?P<kind>TP|Tp)(?P<name>HCM)(?![\w])")

# --- blind4 citations: a lead's own bare number, then another document the same body issued ---
# 'Ngày 10/8/2022, Ban Nội chính Tỉnh ủy ban hành Thông báo số 50 ... ngày 12/4/2022, Ban Nội chính Tỉnh
# ủy ban hành Thông báo số 38-TB/BNCTU ...': the first lead names the page's document by a bare number;
# a later lead with a full number of another sequence or type is an earlier document (a citation).
OWN_BARE_LEAD_RE = re.compile(
    rf"""(?i:ban\s+hành)\s+(?P<tw>(?i:{TYPE_WORD}))\s+(?i:số)\s*:?\s*(?P<seq>\d{{1,5}})(?![\d/\w\-–])""",
    re.VERBOSE,
)

# --- blind5 citations: a cited document about a programme or plan that carries out another ---
# 'Nghị quyết 137/NQ-CP năm 2017 về Chương trình hành động thực hiện Nghị quyết 21-NQ/TW', 'Nghị quyết số
# 52/NQ-CP ... của Chính phủ ban hành chương trình hành động và kế hoạch của Chính phủ triển khai thực hiện
# Chỉ thị số 32-CT/TW': the gap between X and Y; X carries Y out (a chain). The year a legal library's list
# writes after a number may come first.
# blind7: with the plan's qualifiers ('Kế hoạch tổng thể và kế hoạch 5 năm', 'kế hoạch trung hạn', 'kế hoạch
# năm 2023'); a plan 'về ...' a subject stays that plan's content.
_PROGRAMME_WORD = (r"(?:(?:chương\s+trình|kế\s+hoạch)(?:\s+(?:hành\s+động|tổng\s+thể|trung\s+hạn|dài\s+hạn"
                   r"|\d{1,2}\s+năm|năm\s+\d{4}|giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4}))?)")
PROGRAMME_OF_GAP_RE = re.compile(
    rf"""\A[ \t,]*(?:năm\s+\d{{4}}\s+)?
        (?i:về(?:\s+việc)?(?:\s+(?:ban\s+hành|{_AMENDS}))?|ban\s+hành|{_AMENDS})\s+
        (?i:{_PROGRAMME_WORD}(?:\s+và\s+{_PROGRAMME_WORD})?)
        (?:\s+(?:của|do)\s+{CITED_BODY_NAME})?[ \t,]+(?:để\s+|nhằm\s+)?(?:triển\s+khai\s+)?
        thực[ \t]+hiện[ \t]*\Z""",
    re.VERBOSE,
)

# --- blind5 citations: the page's own trích yếu, however found, says what it carries out ---
# A lead that deploys or builds the subject's own document ('Đảng uỷ phường Dĩ An triển khai Kế hoạch thực
# hiện Nghị quyết 57-NQ/TW ...', 'UBND tỉnh xây dựng Kế hoạch thực hiện Chỉ thị số 05/CT-TTg ...') gives
# the header its title; a title that opens with a carry-out verb names the parent right after it.
OWN_TITLE_CARRIES_OUT_RE = re.compile(
    rf"""(?i:(?:về\s+|để\s+|nhằm\s+)?(?:việc\s+)?(?!tiếp\s+tục){_CARRY_OUT_WORDS})
        (?:\s+{_CARRY_OUT_MANNER}(?:\s*(?:,|và)\s*{_CARRY_OUT_MANNER}){{0,2}})?\s+""",
    re.VERBOSE,
)

# --- blind21 citations: a trích yếu that spreads a Party document or plan ---
# A letter or plan 'về việc tuyên truyền Chỉ thị số 24-CT/TU ...', 'V/v tuyên truyền, phổ biến Kết luận
# số 69-KL/TW', 'Kế hoạch học tập, tuyên truyền Nghị quyết số 08-NQ/TU' has X spread and carried out: X is
# its parent, as after a carry-out verb. Only a numbered resolution, directive, conclusion, programme, plan
# or rule right after the verbs: 'tuyên truyền kỷ niệm ...', '... Nghị định số 100/2019/NĐ-CP' or a law
# name no parent this way.
_SPREAD_WORDS = r"(?:tuyên\s+truyền|phổ\s+biến|học\s+tập)"
_SPREAD_PARENT_TYPE = (r"(?:nghị\s+quyết|chỉ\s+thị|kết\s+luận|chương\s+trình(?:\s+hành\s+động)?|kế\s+hoạch"
                       r"|quy\s+định|thông\s+báo\s+kết\s+luận)")
OWN_TITLE_SPREADS_RE = re.compile(
    rf"""(?i:(?:về\s+)?(?:việc\s+)?{_SPREAD_WORDS}(?:(?:\s*,\s*|\s+và\s+){_SPREAD_WORDS}){{0,3}})\s+
        (?=(?i:{_SPREAD_PARENT_TYPE})\s+(?:(?i:số)\s*)?\d)""",
    re.VERBOSE,
)

# --- blind14 header: a numbered decision that issues the document a headline announces ---
# A headline 'Thanh Hóa ban hành Kế hoạch hành động ...' (no number) over the lead 'Chủ tịch UBND tỉnh ...
# vừa ký Quyết định số 208/QĐ-UBND về việc ban hành Kế hoạch hành động ...': the decision's trích yếu opens
# with the act that issues (or approves) a document of the headline's type.
ISSUES_ANNOUNCED_TITLE_RE = re.compile(
    rf"""\A\s*(?:về\s+việc\s+|v/v\s+)?(?:ban\s+hành|phê\s+duyệt)\s+(?:kèm\s+theo\s+)?(?P<tw>{TYPE_WORD})(?![\w])""",
    re.VERBOSE | re.IGNORECASE,
)

# --- blind14 header: a library field's explanation between its label and its value ---
# 'Ngày ban hành:' / 'Ngày ban hành là ngày, tháng, năm văn bản được thông qua ...' / '|' / '08/12/2025 |': a
# bare cell mark, or the label explained ('<label> là ...', 'Cho biết ...'), stands between label and value.
META_CELL_MARK_RE = re.compile(r"[\s|]*")
META_EXPLAINS_RE = re.compile(r"\s*cho\s+biết\s", re.IGNORECASE)
# A site's tab menu above a library page's title line: a dash or bullet with at most four words, no digit
# ('- Tổng quan', '- VB gốc', '• Tải về', a lone '-').
MENU_ITEM_RE = re.compile(r"\s*[-–•]\s*(?:[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3})?\s*")
# --- leadsweep: a letter's subject line ---
# A công văn's trích yếu is its subject line 'V/v ...' (quoted or lower-case in some copies: '“V/v thực
# hiện ...”', 'v/v triển khai ...'); the mark is not the subject's first word, so a subject that
# opens with a carry-out verb names the parent just as a plan's title line does.
LETTER_SUBJECT_MARK_RE = re.compile(r"""[“"]?[ \t]*(?i:v/v)[ \t]+""")
# A carry-out clause whose document has no number ('Thực hiện Nghị quyết Trung ương 4 khóa XII ...',
# 'Thực hiện Kế hoạch số 37 của Ban Thường vụ Huyện ủy ...'): no parent can be keyed, so a warning says so.
# The name is capitalised (a generic 'kế hoạch của UBND phường' names none) and runs to the first comma,
# semicolon, bracket, line end, 'về' (what it is about) or 'và' (the next item); a slash is a number the
# citation reader could not read, not a missing one. News and reports shorten the type word to its code
# ('thực hiện NQ 33-NQ/TW', 'NQ số 25-NQ/TW', '(sau đây gọi tắt là NQ 124)'): a code before a bare number
# ('NQ số 43 của Trung ương') names the same document, no more identified.
_TYPE_CODE_AS_WORD = r"(?P<code>(?-i:NQ|CT|CTr|KL|KH))(?=[ \t]+(?:số[ \t]+)?\d)"
UNNUMBERED_PARENT_RE = re.compile(
    rf"(?:(?P<tw>(?=[{UPPER}])(?i:{TYPE_WORD}))|{_TYPE_CODE_AS_WORD})(?![\w])"
    rf"[^,;(/\n]{{0,80}}?(?=\s+(?:về|và)\s|[,;(\n]|$)")
# --- datesweep header: the date cell without its place, or without the comma after it ---
# realworld h27 and s14 give the date cell's 'ngày 25 tháng 5 năm 2015' a line of its own (its place wrapped
# above it); a copy may drop the place ('NGÀY 05 THÁNG 3 NĂM 2024' alone) or the comma ('Lai Châu ngày 05
# tháng 3 năm 2024', the place then checked against the gazetteer). Only a whole line in the long form a
# clerk types (or left blank to fill in) is the cell: a numeric date alone on a line is a page's stamp.
DATE_CELL_RE = re.compile(
    rf"""^[\s*_|]*(?P<place>(?-i:[{UPPER}][\w.]*(?:\s+[{UPPER}][\w.]*){{0,4}})\s+)?
    (?P<when>ngày\s+(?:ngày\s+)?(?:\d{{1,2}}\s*tháng\s*\d{{1,2}}\s*,?\s*năm\s*\d{{4}}|[\s.…_]*tháng[\s.…_\d]*năm\s*\d{{0,4}}))
    [\s.*_|]*$""",
    re.VERBOSE | re.IGNORECASE,
)
# --- datesweep header: a lead opening with a day word and its date in brackets ---
# The newspapers' 'Hôm qua (5/3), UBND tỉnh ... ban hành ...', 'Hôm nay (5/3), ...', 'Mới đây (ngày 5/3),
# ...': the bracket dates the day word, so the lead's document; LEAD_OPENING_DATE_RE reads a bare 'Ngày 5/3,'.
LEAD_OPENING_DAY_RE = re.compile(
    rf"""\W*(?:(?-i:[A-ZĐ]{{2,10}})\)?\s*[-–:]\s*)?
        (?:hôm\s+(?:qua|nay|kia)|(?:mới|gần)\s+đây|vừa\s+(?:qua|rồi))\s*\(\s*(?:ngày\s+)?{LEAD_DATE}\s*\)\s*,""",
    re.VERBOSE | re.IGNORECASE,
)
# --- datesweep header: a meeting held to deploy a numbered document ---
# blind9 b20: 'Chiều 5/11, Phó Chủ tịch UBND TP. Hồ Chí Minh ... đã chủ trì cuộc họp triển khai Quyết định số
# 2205/QĐ-UBND ngày 20/10/2025 của UBND Thành phố về ban hành Kế hoạch ...': a news item on a meeting or
# conference whose object is a numbered document; that document is the page's (its number, type and the
# date after its number), the meeting's day is not its date. The meeting is named ('tổ chức hội nghị',
# 'chủ trì cuộc họp', 'họp'): 'tổ chức quán triệt Kết luận số 93-KL/TW' alone is work to organise. (It opens
# with its words, no look-behind, so `re` skips to their first letters; the caller checks the word boundary.)
# blind35: the meeting named first, the officer deploying at it ('Tại buổi Hội nghị, bà X - Phó Chủ tịch UBND
# phường triển khai kế hoạch số 200/KH-UBND ngày 23/8/2023 của Ủy ban nhân dân Phường 1 ...').
# The aspect words between a meeting's holder and its verb ('Huyện ủy Hiệp Đức đã tổ chức hội nghị ...').
HOLDER_ASPECT_TAIL_RE = re.compile(r"(?:[ \t]+(?:đã|vừa|mới|cũng))+[ \t]*\Z")
MEETING_DEPLOYS_RE = re.compile(
    rf"""(?:(?:tổ\s+chức|chủ\s+trì)\s+(?:hội\s+nghị|cuộc\s+họp|buổi\s+làm\s+việc|phiên\s+họp)
        (?:\s+trực\s+tuyến)?|họp
        |tại\s+(?:buổi\s+)?(?:hội\s+nghị|cuộc\s+họp)\s*,\s*  # blind35: an officer at it, sweepF: or its body
          (?P<attendee>[^.;:\n]{{3,160}}?))
        \s+(?:để\s+)?(?:(?:học\s+tập,?\s+)?
        (?:triển\s+khai|quán\s+triệt|phổ\s+biến)(?:\s+(?:thực\s+hiện|học\s+tập))?
        |học\s+tập)\s+  # blind46: a meeting that only studies ('tổ chức hội nghị học tập Kết luận số ...')
        (?P<tw>{TYPE_WORD})(?![\w])\s*(?:số\s*:?\s*)?(?P<number>{NUMBER})
        (?:\s*,?\s*\(?\s*ngày\s+{LEAD_DATE})?""",
    re.VERBOSE | re.IGNORECASE,
)

# ---------------------------------------------------------------------------
# Section 2: outline markers, responsibility phrases, deadlines
# ---------------------------------------------------------------------------

# Everything below matches FOLDED text (`loaders.normalise.fold`: NFC, lower case, new tone
# placement 'ủy'/'hóa', single spaces), whose indices line up with the squeezed display text,
# so a match can be cut out of the text as written.


# --- outline markers --------------------------------------------------------

# The marks an outline item opens with, read by the outline (OUTLINE_MARKER) and by the line joiner
# (ITEM_START_RE) alike.
_ROMAN_MARK = r"[IVX]{1,5}"  # a section's numeral
_NUMBER_PATH = r"\d{1,2}(?:\.\d{1,2}){0,3}"  # '1', '1.1', '1.1.2'
_NUMBER_CLOSE = r"\.?\)|\.(?!\d)|\s*[-–]\s"  # '1.', '1)', '1.)', '1 -'
_BULLETS = "-–—+•●▪∙"
OUTLINE_MARKER = re.compile(
    rf"""^(?:
        (?P<roman>{_ROMAN_MARK})\s*[.\-–—):]\s*               # section: 'III.', 'I-', 'IV)', 'II:'
      | (?P<upper>[A-Z])\.\s+(?=[{UPPER}])                  # section: 'B. NHIỆM VỤ', 'B. Nhiệm vụ'
      | (?P<word>(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)[ \t]+là     # 'Một là, ...', 'Thứ hai, ...'
            |Thứ[ \t]+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))[ \t]*[,:][ \t]*
      | (?P<number>{_NUMBER_PATH})                          # '1', '1.1', '1.1.2'
            (?:{_NUMBER_CLOSE}|(?P<bare>(?=\s)))\s*           #   '1.', '1)', '1 -', '1.1 Text'
      | (?P<letter>[a-zđ])[).]\s+                           # 'a)', 'b.'
      | (?P<paren>\((?P<pv>\d{{1,2}})\))[ \t]+(?=[{UPPER}]) # '(1) Đẩy mạnh ...' (blind25 b01, blind23 b03)
      | (?P<bullet>[{_BULLETS}○◦*])\s*                        # '-', '–', '+', '•'
    )""",
    re.VERBOSE,
)
"""Which kind of outline item a paragraph opens. Roman numerals and capital letters open
sections; '1.2.' gives a numbering path; letters and bullets get ordinals under their parent.
A number without punctuation ('bare') counts only before a capital letter (checked by caller). A number in
brackets ('(1) Đẩy mạnh tuyên truyền ...', '(2) ...' under '1. Công tác tuyên truyền') numbers a list of its
own under the item above, counted like the ordinals in words (from one, in order), so a '(3)' alone is none.
outlineparts: ordinals in words ('Một là, ...', 'Thứ hai, ...', blind9 b08's 'Thứ nhất, về công tác xây
dựng Đảng ...') are items too, counted like bullets, when they run from one in order (`ORDINAL_VALUES`,
checked by caller: 'Thứ hai, 12/06/2023' is a weekday)."""

ORDINAL_VALUES = {"một": 1, "nhất": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
                  "tám": 8, "chín": 9, "mười": 10}
"""The value of an ordinal word ('Hai là' and 'Thứ hai' are 2)."""

_PART_WORDS = ("nhất", "hai", "ba", "tư", "năm", "sáu")  # 'Phần thứ nhất' ... 'Phần thứ sáu'
_PART_WORD = "|".join(w.upper() for w in _PART_WORDS)
PART_HEADING = re.compile(
    rf"""^[*_\s]*PHẦN[ \t]+(?:THỨ[ \t]+(?P<word>{_PART_WORD})|(?P<roman>[IVX]{{1,5}}))(?![\w])
        [ \t]*[.:\-–—)]?[ \t]*""",
    re.VERBOSE | re.IGNORECASE,
)
"""A plan's part ('PHẦN II. NHIỆM VỤ, GIẢI PHÁP', 'Phần thứ hai' with its title on the next line): a section
labelled by its numeral, as 'II.' would be ('thứ hai' is II)."""
PART_ORDINALS = {w: _ROMAN_NUMERALS[ORDINAL_VALUES[w] - 1] for w in _PART_WORDS}  # 'thứ hai' is II

SECTION_TITLE_START = re.compile(
    r"""(?:muc\s+dich|yeu\s+cau|quan\s+diem|muc\s+tieu|nhiem\s+vu|giai\s+phap|noi\s+dung|to\s+chuc\s+thuc\s+hien
        |trien\s+khai\s+thuc\s+hien|kinh\s+phi|ket\s+qua|tinh\s+hinh|danh\s+gia|phuong\s+huong)\b""",
    re.VERBOSE,
)
"""A lettered part's title in sentence case ('B. Nhiệm vụ, giải pháp'), on text without diacritics: the
words a plan's parts open with, where a capital and a full stop could also open a name ('A. Nguyễn')."""

BULLET_FAMILY = {"-": "-", "–": "-", "—": "-", "+": "+", "•": "•", "●": "•", "▪": "•", "∙": "•",
                 "○": "o", "◦": "o", "*": "*"}
"""Dash variants are one bullet level; '+' is the level below them; dots and circles others."""

TASK_SECTION = re.compile(
    r"""\b(?:nhiem\s+vu|giai\s+phap|noi\s+dung|to\s+chuc\s+thuc\s+hien|trien\s+khai\s+thuc\s+hien
        |phan\s+cong|trach\s+nhiem|cong\s+viec|chuong\s+trinh\s+hanh\s+dong|hoat\s+dong)\b""",
    re.VERBOSE,
)
"""A section title (diacritics stripped, so 'TÔ CHỨC' typed for 'TỔ CHỨC' still matches) that
sets work: NHIỆM VỤ (TRỌNG TÂM | CỤ THỂ), GIẢI PHÁP, NỘI DUNG THỰC HIỆN, TỔ CHỨC THỰC HIỆN ..."""

PURPOSE_SECTION = re.compile(
    r"\b(?:muc\s+dich|yeu\s+cau|quan\s+diem|muc\s+tieu|ket\s+qua|tinh\s+hinh|danh\s+gia|kinh\s+phi|can\s+cu)\b"
)
"""Purpose, goal, situation and funding sections hold no tasks (checked before TASK_SECTION:
'MỤC ĐÍCH, YÊU CẦU', 'QUAN ĐIỂM, MỤC TIÊU'), unless the title also names tasks."""

REPORT_SECTION = re.compile(
    r"""^[\W\d_]*(?:danh\s+gia\s+)?(?:ket\s+qua|tinh\s+hinh|danh\s+gia)\b  # 'KẾT QUẢ', 'ĐÁNH GIÁ TÌNH HÌNH'
        (?!.*(?:\bva|[,;])\s+                                             # unless it goes on to the work
            (?:phuong\s+huong|nhiem\s+vu|giai\s+phap|ke\s+hoach)\b)      #   to come: '... VÀ NHIỆM VỤ'""",
    re.VERBOSE,
)
"""tasklab: a section that reports on work done ('I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ', 'ĐÁNH GIÁ TÌNH HÌNH
TRIỂN KHAI THỰC HIỆN ...' in the assessment part of an annual plan) holds results, not tasks, though it
names the tasks it reports on (diacritics stripped, at the title's start); a title that goes on to the
work to come ('KẾT QUẢ NĂM 2023 VÀ NHIỆM VỤ NĂM 2024') is no report only."""

LEAD_IN_TASKS = re.compile(r"\b(?:yeu\s+cau|de\s+nghi|giao|chi\s+dao|thuc\s+hien\s+tot)\b")
"""A directive's lead-in to its numbered list (diacritics stripped): '... Ban Thường vụ yêu cầu
các cấp ủy ... thực hiện tốt một số nhiệm vụ sau:'."""

CLOSING = re.compile(r"""\.\s*/\s*\.\s*$|^(?:nơi\s+nhận|nơi\s+gửi)\b""")
"""The end of the body: the './.' closing a text, or the recipients block (run on a folded
paragraph's first and last few characters)."""

# --- bodies (responsible organisations) -------------------------------------

_PARTY_COMMITTEE = r"(?:tỉnh|thành|huyện|quận|thị|đảng)\s+ủy"

_COMMITTEE_KIND = r"(?:tỉnh|thành|huyện|quận|thị)"
_ELIDED_COMMITTEES = rf"{_COMMITTEE_KIND}(?:\s*,\s*{_COMMITTEE_KIND})*\s*(?:,|và)\s*{_COMMITTEE_KIND}\s+ủy\b"
"""Kinds of Party committee sharing the last one's 'ủy' ('Tỉnh, thành ủy', 'huyện, thị, thành ủy', 'quận,
huyện ủy'): one collective body. A Party guidance opening an item with it, no 'Các' before it ('- Tỉnh,
thành ủy nơi ... chủ trì, phối hợp với các tỉnh ủy, thành ủy ...'), had no head noun at 'Tỉnh' and lost its
lead, and 'Huyện, thị, thành ủy' was split into 'Huyện, thị' and 'thành ủy'."""

BODY_HEAD = re.compile(
    rf"""(?:các\s+|những\s+|mỗi\s+)?(?:
        ban\s+(?:thường\s+vụ|chấp\s+hành|cán\s+sự|chỉ\s+đạo|chỉ\s+huy|xây\s+dựng\s+đảng|của)
      | ban\s+(?!hành\b)\w+                              # Ban Tuyên giáo, Ban Dân vận, các ban
      | thường\s+trực | đảng\s+đoàn | đảng\s+bộ | chi\s+bộ | chi\s*,\s*đảng\s+bộ
      | {_ELIDED_COMMITTEES} | {_PARTY_COMMITTEE} | (?:tỉnh|thành|huyện|quận|thị)\s+đoàn | đoàn\s+thanh\s+niên
      | cấp\s+ủy | tổ\s+chức\s+(?:cơ\s+sở\s+)?đảng | tổ\s+chức\s+chính\s+trị | tổ\s+chức\s+thành\s+viên
      | tổ\s+chức\s+xã\s+hội | tổ\s+chức\s+đoàn | tổ\s+chức\s+(?:có\s+)?liên\s+quan | tcc?s\s+đảng
      | ủy\s+ban | hội\s+đồng | ubnd | hđnd | mttq | ubmttq | mặt\s+trận
      | hội\s+(?!nghị\b|thảo\b|thi\b|diễn\b|chợ\b|tụ\b|nhập\b|đủ\b|viên\b)\w+ | liên\s+đoàn | công\s+đoàn
      | đoàn\s+thể | đoàn\s+đại\s+biểu | văn\s+phòng | thanh\s+tra | viện\s+kiểm\s+sát | tòa\s+án
      | sở\b(?!\s+hữu) | phòng\b(?!\s*,?\s*chống) | ngành | cơ\s+quan | đơn\s+vị | địa\s+phương
      | công\s+chức | cán\s+bộ | chính\s+quyền | trường\b(?!\s+hợp) | trạm | trung\s+tâm
      | bệnh\s+viện | cơ\s+sở\s+(?:thôn|đảng) | thôn | tổ\s+dân\s+phố | khu\s+dân\s+cư
      | công\s+an | quân\s+sự | bộ\s+chỉ\s+huy | bộ\s+đội | báo\b(?!\s+cáo) | đài\b
      | bộ\s+phận | khối\b | tiểu\s+ban
      | tổ\s+(?:công\s+tác|giúp\s+việc|chuyên\s+trách|biên\s+tập|dân\s+vận)
      | (?<=các\s)(?:phường|xã|thị\s+trấn|thị\s+xã)\b     # 'với các phường, xã'
      | (?:các\s+)?đồng\s+chí | ủy\s+viên | bí\s+thư | chủ\s+tịch | người\s+đứng\s+đầu | thủ\s+trưởng
      | huyện\b(?=\s*,) | quận\b(?=\s*,)                 # 'các huyện, thành ủy' (huyện ủy)
    )\b""",
    re.VERBOSE,
)
"""The head noun of a responsible body (matched with `.match(text, pos)` at a list part): a
vocabulary of Party, state and front organisations and officials, not names from one document."""

GENERIC_COMMITTEES = re.compile(
    rf"""(?:các\s+|những\s+)?(?:cấp\s+ủy(?:\s+đảng)?|tổ\s+chức\s+(?:cơ\s+sở\s+)?đảng|chi\s+bộ|đảng\s+bộ
        |chi\s*,\s*đảng\s+bộ|chi|đảng\s+đoàn|ban\s+cán\s+sự\s+đảng|{_ELIDED_COMMITTEES}|{_PARTY_COMMITTEE}|huyện|quận|thị)
        (?:\s+(?:{UNIT_KIND_WORD}|cơ\s+sở|các\s+cấp)\b)*
        (?:\s+(?:trực\s+thuộc|của)\b.*)?""",
    re.VERBOSE,
)
"""A kind of Party committee named generically, in lower case ('các quận ủy, huyện ủy, đảng ủy
trực thuộc Thành ủy', 'các cấp ủy, tổ chức đảng'): a list made only of these (`.fullmatch` on each
part, written in lower case) is one collective body, not several."""

PROTECTED_LIST = re.compile(
    rf"{_ELIDED_COMMITTEES}|"
    r"chính\s+trị\s*[-–]\s*xã\s+hội|chi\s*,\s*đảng\s+bộ|sở\s*,\s*ban\s*,\s*ngành|(?:ban|phòng)\s*,\s*ngành"
    rf"|phòng\s*,\s*ban|{UNIT_KIND_WORD}(?:\s*,\s*{UNIT_KIND_WORD})+\b"
    r"|cơ\s+quan\s*,\s*đơn\s+vị|do\s+đảng\s*,\s*nhà\s+nước"
)
"""Separators inside these fixed phrases do not split a list of bodies."""

BODY_SEPARATOR = re.compile(r"(?=[\s,;])(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)")
"""Between bodies of a list: ',', ';', 'và' ('Ban Tuyên giáo và Văn phòng Huyện ủy'). The
lookahead (every separator opens with a blank, ',' or ';') rejects a letter in one test instead
of trying both alternatives at every position."""

_EVENT_AFTER_HOI = r"(?:nghị|thi|trại|diễn|thao|chợ|thảo|khỏe|khoẻ|báo|sách|giảng)\b"
"""'Hội nghị', 'Hội thi', 'Hội trại', 'Hội diễn', 'Hội thao', 'Hội chợ', 'Hội khỏe Phù Đổng', 'Hội báo xuân':
events a body holds. 'tổ chức hội' is a body ('các tổ chức hội'), but 'tổ chức Hội thi ...' is the verb and
its event (sweepE: 'Phòng Văn hóa và Thông tin tổ chức Hội thi “Tìm hiểu pháp luật” ...' had no predicate, so
the whole sentence was read as the body's name)."""

_PREDICATE_VERBS = rf"""
        chủ\s+trì | phối\s+hợp | chỉ\s+đạo | lãnh\s+đạo | triển\s+khai | thực\s+hiện | ban\s+hành
      | tiếp\s+tục | căn\s+cứ | tham\s+mưu | theo\s+dõi | theo\s+chức\s+năng | có\s+trách\s+nhiệm
      | chịu\s+trách\s+nhiệm | chủ\s+động | định\s+kỳ | được | trực\s+tiếp | là | kịp\s+thời | tăng\s+cường
      | đẩy\s+mạnh | nghiên\s+cứu | quán\s+triệt | thường\s+xuyên | hướng\s+dẫn | định\s+hướng
      | rà\s+soát | đề\s+xuất | bảo\s+đảm | đảm\s+bảo | cụ\s+thể\s+hóa | nâng\s+cao | phát\s+huy
      | làm\s+tốt | tập\s+trung | quan\s+tâm | nắm\s+bắt | giúp | tiếp\s+thu | đổi\s+mới | kiểm\s+tra
      | giám\s+sát | đôn\s+đốc | vận\s+động | tuyên\s+truyền | phổ\s+biến | lồng\s+ghép | hoàn\s+thành
      | báo\s+cáo | trên\s+cơ\s+sở | cần | phải | sớm | khẩn\s+trương | nghiêm\s+túc | tích\s+cực
      | tổ\s+chức(?!\s+(?:cơ\s+sở\s+)?đảng|\s+chính\s+trị|\s+xã\s+hội|\s+thành\s+viên|\s+đoàn
                  |\s+hội(?!\s+{_EVENT_AFTER_HOI}))
      | (?<!ban\s)xây\s+dựng | gắn | với | nhằm | để | đã | sẽ | đang | luôn | nêu\s+cao
      | tổng\s+hợp | tham\s+gia | hỗ\s+trợ | bố\s+trí | cung\s+cấp | phát\s+động | duy\s+trì | xử\s+lý
      | giải\s+quyết | thẩm\s+định | trình | tiếp\s+nhận | chuẩn\s+bị | tập\s+huấn | bồi\s+dưỡng
      | đánh\s+giá | sơ\s+kết | tổng\s+kết | khen\s+thưởng | phân\s+công | quản\s+lý | lập | dự\s+thảo
      | soạn\s+thảo | sửa\s+đổi | bổ\s+sung | ứng\s+dụng | thu\s+thập | rà\s+soát
      | kết\s+nối | lựa\s+chọn | nắm | theo | thúc\s+đẩy | củng\s+cố | kiện\s+toàn | thành\s+lập
      | tiến\s+hành | hưởng\s+ứng | chăm\s+lo | chú\s+trọng | coi\s+trọng | học\s+tập | sinh\s+hoạt
      | động\s+viên | khuyến\s+khích | phản\s+ánh | góp\s+ý | xác\s+định | phụ\s+trách | đào\s+tạo
      | đầu\s+tư | thực\s+thi | vận\s+hành | ưu\s+tiên | bảo\s+vệ | giữ | tạo | đưa | mở | phát\s+triển
      | hoàn\s+thiện | đề\s+ra | cử | dành | huy\s+động | tăng | giảm | bám\s+sát | quyết\s+định
      | xem\s+xét  # bodies2: 'Đề nghị Ủy ban MTTQ huyện xem xét, lồng ghép ...'
      | có(?!\s+(?:liên\s+quan|thẩm\s+quyền))
"""
"""The verbs that open an item's predicate (see `PREDICATE`)."""

PREDICATE = re.compile(
    rf"""(?<![^\s,])(?P<verb>
        {_PREDICATE_VERBS}
      | trong\s+(?:việc|quá\s+trình  # sweepT: 'phối hợp với Bộ Khoa học và Công nghệ trong việc ...'
          | {_PREDICATE_VERBS})         # 893/QĐ-TTg VI.11.a: '... phối hợp với Sở X trong xác định nhu cầu'
    )\b""",
    re.VERBOSE,
)
"""Where the subject of an item ends and its predicate begins: 'Ban Dân vận Huyện ủy | chủ trì,
...', 'Hội đồng nhân dân, Ủy ban nhân dân huyện | chỉ đạo ...'. 'tổ chức' and 'xây dựng' are
verbs only outside body names ('tổ chức đảng', 'Ban xây dựng Đảng'); a capitalised match is part
of a name ('Ủy ban Kiểm tra'), which the caller checks on the display text."""

PREDICATE_TRONG = re.compile(r"trong\s+(?!việc\b|quá\s+trình\b)")
"""The 'trong' a `PREDICATE` match opens with before a verb of its own (not 'trong việc', 'trong quá
trình')."""

SUBJECT_STOP = re.compile(r"[:().!?]")
"""A subject never runs past a colon (the colon form '- Ban Tuyên giáo Thành ủy: Chủ trì ...'),
a bracket (opening or, for a list inside one, closing) or a full stop."""

ASSIGN_LEAD_IN = re.compile(
    r"""(?:^|(?<=[.;!?])\s+)                                   # at a sentence start
        (?:(?:thống\s+nhất|đồng\s+ý|chấp\s+thuận)(?:\s+chủ\s+trương)?\s+(?=giao\s))?  # blind3: an approval
        (?:(?P<assigned>giao(?:\s+cho)?)|(?P<requested>(?:kính\s+)?đề\s+nghị|yêu\s+cầu))\s+""",
    re.VERBOSE,
)
"""'Giao X ...' assigns X; 'Đề nghị X ...' requests X (a body outside the issuer's command). A
chairman's opinion may approve first: 'Thống nhất chủ trương giao X ...', 'Đồng ý giao X ...'."""

DIRECTS_OPENING = re.compile(
    r"""(?:về\s+[^:.;]{1,80}:\s*)?   # after the field it is about: 'Về lĩnh vực an ninh: Chỉ đạo ...'
        (?:(?:lãnh\s+đạo\s*,\s*)?chỉ\s+đạo|yêu\s+cầu)\s+   # the verb opens the item, its subject above
    """,
    re.VERBOSE,
)
"""sweepT2: an item that opens on 'Chỉ đạo X' or 'Yêu cầu X' (a province's council asking its People's
Committee for work, 'Điều 2. ... đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo thực hiện một số công việc
sau:' / '- Chỉ đạo Sở Tài nguyên và Môi trường: Thường xuyên kiểm tra ...', '- Chỉ đạo Ban Dân tộc tỉnh phối
hợp với UBND huyện ... rà soát ...', and under '- Chỉ đạo Sở Nông nghiệp và PTNT:' its '+ Yêu cầu đơn vị thi
công tiến hành ngay việc tu sửa ...'; a Party plan's '- Lãnh đạo, chỉ đạo các chi bộ ...' under its body's
heading): X does the work, and the body that directs or orders it (the heading's or the lead-in's,
inherited) keeps it."""

BRACKET_ORDER = re.compile(r"(?:giao(?:\s+cho)?|(?P<requested>(?:kính\s+)?đề\s+nghị)|yêu\s+cầu)\s+")
"""blind32 d06: an order opening a task's bracket ('... ban hành Quy chế bảo vệ BMNN (Giao Công an tỉnh chủ
trì, phối hợp với Văn phòng UBND tỉnh; ...)'): the bodies after it do the task, as after a 'Giao' opening a
sentence."""

LEAD_VERB = re.compile(
    r"[\s,:]*(?:chủ\s+trì|là\s+cơ\s+quan\s+(?:chủ\s+trì|thường\s+trực)|là\s+thường\s+trực)"
)
"""Right after a subject (`.match(text, end)`), 'chủ trì' makes it the lead; opening an item
with no subject of its own, it makes the inherited bodies the lead."""

CAPITAL_LEAD_VERB = re.compile(
    r"""(?P<verb>Chủ\s+trì)\b   # the lead's duty with its capital, matched on the display text""",
    re.VERBOSE,
)
"""sweepT (893/QĐ-TTg VI.3-4: '3. Bộ Công Thương' / 'Chủ trì, phối hợp với Bộ Khoa học và Công nghệ ...'): a
body's heading joined to its paragraph puts the duty's capital right after the name. No body is named 'Chủ
trì', so the capital ends the name there as the lower case does (unlike 'Phối hợp' in 'Hội đồng Phối hợp phổ
biến, giáo dục pháp luật')."""

PLACE_CLAUSE_OPEN = re.compile(r"\snơi\s*$")
"""A body named by the place it sits in ('Tỉnh ủy nơi được xác định là trung tâm chính trị - hành chính ...
chủ trì', a 2025 guidance on merging provinces): the clause after 'nơi' is part of the name, its verbs
('được', 'là', 'xác định') no predicate. Searched on the text between the head and the first verb found."""

PLACE_CLAUSE_DUTY = re.compile(
    r"""(?<=\s)(?P<verb>chủ\s+trì|phối\s+hợp|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|tham\s+mưu)\b"""
)
"""The duty ending a place clause ('... sau hợp nhất | chủ trì, phối hợp ...'): the subject's predicate."""

SUPPORT_PHRASE = re.compile(r"(?<![^\s,;])phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?\s+")
"""'phối hợp (với) Y': Y supports."""

TARGET_GROUP = re.compile(r"đối\s+với\s+")
"""'Đối với X': X is a target group, unless X names bodies and sibling headings name bodies."""

LOCALITY_SUFFIX = re.compile(
    rf"""\s(?P<suffix>(?:các\s+cấp|cấp\s+{UNIT_KIND_WORD}|cùng\s+cấp
        |{UNIT_KIND_WORD}(?:\s+[{UPPER}][^\s,;]*)*))$""",
    re.VERBOSE,
)
"""The locality a list of bodies shares: 'Hội đồng nhân dân, Ủy ban nhân dân huyện' names two
district bodies. Matched on DISPLAY text (proper names keep their capitals)."""

LOCALITY_NOT_SHARED = re.compile(
    r"(?:\b(?:địa\s+bàn|tại|ở|của|trong|thuộc|đến|từ|các)|liên\s+quan|,)$", re.IGNORECASE
)
"""A locality after 'trên địa bàn', 'tại', ... places one body, and one ending a list of places
('các huyện, thị xã, thành phố') belongs to that list: neither is a shared suffix. And 'các
ngành liên quan' takes no locality."""

HAS_LOCALITY = re.compile(
    rf"\b(?:{UNIT_KIND_WORD}|các\s+cấp|cùng\s+cấp|trực\s+thuộc|{_PARTY_COMMITTEE})\b", re.IGNORECASE
)

# --- deadlines --------------------------------------------------------------

_DAY = r"(?P<day>\d{1,2})"
_MONTH = r"(?P<month>\d{1,2})"
_YEAR = r"(?P<year>\d{4})"
_DATE = rf"""(?:{_DAY}\s*[/.\-]\s*{_MONTH}\s*[/.\-]\s*{_YEAR}
              |(?P<wday>\d{{1,2}})\s+tháng\s+(?P<wmonth>\d{{1,2}})\s+năm\s+(?P<wyear>\d{{4}}))"""
"""A date with its year: '10/01/2024', '10-01-2024', '10 tháng 01 năm 2024' (w* groups)."""

DEADLINE_BY_DATE = re.compile(
    rf"""(?P<phrase>(?:hoàn\s+thành\s+|xong\s+|thực\s+hiện\s+)?
        (?:trước|chậm\s+nhất(?:\s+là)?|trong|đến|vào|tới|hạn)\s+(?:ngày\s+)?{_DATE})""",
    re.VERBOSE,
)
"""'(hoàn thành trước 10/01/2024)', 'chậm nhất ngày 30 tháng 6 năm 2025'."""

DEADLINE_BY_DATE_CORE = re.compile(
    rf"""(?:trước|chậm\s+nhất(?:\s+là)?|trong|đến|vào|tới|hạn)\s+(?:ngày\s+)?{_DATE}""",
    re.VERBOSE,
)
"""`DEADLINE_BY_DATE` without its optional lead-in: it opens with literal words, so `re` scans for
their first letters instead of trying the lead-ins at every position (see `tasks._by_date`)."""
DEADLINE_LEAD_IN_MAX = 11
"""The longest lead-in of `DEADLINE_BY_DATE` written with single blanks: 'hoàn thành '."""

DEADLINE_QUARTER = re.compile(
    r"""(?P<phrase>(?:hoàn\s+thành\s+|xong\s+)?(?:trong|trước|hết|cuối|vào)?\s*
        quý\s+
        (?:(?:iv|iii|ii|i|[1-4])\s*(?:,|và|[-–])\s*(?:quý\s+)?)*   # tasktable: 'Quý I, II/2024'
        (?P<quarter>iv|iii|ii|i|[1-4])\s*(?:[/\-.]|năm|,\s*năm)\s*(?P<year>\d{4}))""",
    re.VERBOSE,
)
"""'hoàn thành trong quý I/2024' → due at the quarter's end; of several quarters, the last one's end."""

DEADLINE_MONTH = re.compile(
    r"""(?P<phrase>(?:hoàn\s+thành\s+|xong\s+)?(?:trong|trước|hết|cuối|vào)\s+tháng\s+
        (?P<month>\d{1,2})\s*(?:[/\-.]|năm)\s*(?P<year>\d{4}))""",
    re.VERBOSE,
)
"""'hoàn thành trong tháng 6/2024' → due at the month's end."""

DEADLINE_YEAR = re.compile(r"(?P<phrase>hoàn\s+thành\s+(?:trong\s+|trước\s+hết\s+)?năm\s+(?P<year>\d{4}))")
"""'hoàn thành trong năm 2025' → due at the year's end."""

DEADLINE_ANNUAL = re.compile(
    r"""(?P<phrase>(?:định\s+kỳ\s+)?(?:hằng|hàng|mỗi)\s+năm
        (?:[^()\d]{0,40}?\(?\s*(?:trước|chậm\s+nhất|vào|trong)?\s*(?:ngày\s+)?
           (?P<day>\d{1,2})\s*[/\-.]\s*(?P<month>\d{1,2})(?!\s*[/\-.]\s*\d))?)""",
    re.VERBOSE,
)
"""'định kỳ hằng năm (trước ngày 25/12)' → annual, due_month_day '12-25'."""

DEADLINE_DAY_ANNUAL = re.compile(
    r"""(?P<phrase>(?:trước|chậm\s+nhất(?:\s+là)?|vào|trong)\s+
        (?:(?:ngày\s+)?(?P<day>\d{1,2})\s*(?:[/\-.]|\s+tháng\s+)\s*(?P<month>\d{1,2})(?!\s*[/\-.]\s*\d)
          |tháng\s+\d{1,2})
        \s+(?:của\s+)?(?:hằng|hàng|mỗi)\s+năm)""",
    re.VERBOSE,
)
"""tasksweep: the day (or month) before its period, in running text: '... báo cáo trước ngày 15/12 hằng năm',
'... vào tháng 12 hằng năm' → annual ('hằng năm' first is `DEADLINE_ANNUAL`); sweepT3: the day and month in
words too ('... gửi Ủy ban nhân dân tỉnh trước ngày 30 tháng 11 hằng năm', Kon Tum's 2020 programme)."""

ANNUAL_DAY = re.compile(
    r"^(?P<phrase>(?:trước|chậm\s+nhất|vào|trong)?\s*(?:ngày\s+)?(?P<day>\d{1,2})\s*[/\-.]\s*(?P<month>\d{1,2}))"
    r"\s*$"
)
"""A bracketed '(trước ngày 25/12)' with no year: annual when 'hằng năm' comes just before it."""

ANNUAL_BEFORE = re.compile(r"(?:hằng|hàng|mỗi)\s+năm\W*$")

HAS_DATE = re.compile(r"\d\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|\d\s+tháng\s+\d")
"""Cheap test run before the date patterns with their many optional lead-ins."""

DEADLINE_RECURRING = re.compile(
    r"(?P<phrase>(?:thực\s+hiện\s+|triển\s+khai\s+)?(?:thường\s+xuyên|liên\s+tục|hằng\s+(?:tháng|quý|tuần)"
    r"|hàng\s+(?:tháng|quý|tuần)|định\s+kỳ))"
)
"""'(thực hiện thường xuyên)'."""

DEADLINE_CONDITIONAL = re.compile(
    r"(?P<phrase>ngay\s+sau\s+khi\s+[^().;]*|khi\s+có\s+(?:chỉ\s+đạo|hướng\s+dẫn|yêu\s+cầu|văn\s+bản|quyết\s+định)[^()]*|theo\s+chỉ\s+đạo\s+của[^()]*)"
)
"""'(triển khai, thực hiện khi có chỉ đạo của Trung ương)'; 'ngay sau khi Kế hoạch được ban hành'
(tasktable): an event, not a date, sets when."""

PARENTHESIS = re.compile(r"\((?P<inner>[^()]{2,160})\)")
"""Deadlines usually sit in a trailing bracket."""

QUARTER_END = {"i": (3, 31), "1": (3, 31), "ii": (6, 30), "2": (6, 30), "iii": (9, 30), "3": (9, 30),
               "iv": (12, 31), "4": (12, 31)}

# --- tasks: letters, articles and real deadline phrasing ---

ARTICLE = re.compile(r"^(?:Điều|ĐIỀU|điều)\s+(?P<number>\d{1,3})\s*[.:]\s*")
"""An article of a decision or resolution: 'Điều 3. Chánh Văn phòng ...', 'Điều 2.' alone on a line."""

ARTICLE_TASKS = re.compile(
    r"""\b(?:giao|chiu\s+trach\s+nhiem|co\s+trach\s+nhiem|to\s+chuc\s+thuc\s+hien|trien\s+khai\s+thuc\s+hien
        |chu\s+tri|de\s+nghi|yeu\s+cau|can\s+cu\s+quyet\s+dinh\s+thi\s+hanh|giam\s+sat\s+viec\s+thuc\s+hien
        |(?<!theo\s)(?<!su\s)phan\s+cong(?!\s+cua\b))\b""",
    re.VERBOSE,
)
"""An article that sets work (diacritics stripped): 'Giao Sở ... chủ trì', '... chịu trách nhiệm thi
hành Quyết định này', 'Tổ chức thực hiện', blind32 d04 '... giám sát việc thực hiện Nghị quyết này', blind40
'Phân công Phó Thủ tướng ... chỉ đạo việc xây dựng ...' (not 'theo phân công của ...', the work's source).
'Ban hành kèm theo ...' and 'có hiệu lực' articles do not."""

ALLOCATED_BEFORE = re.compile(r"(?:du\s+toan|chi\s+tieu|kinh\s+phi|nguon\s+von|bien\s+che)\s+(?:duoc\s+)?\Z")
"""blind32 d02: 'giao' after what a budget allocates ('bố trí trong dự toán giao hàng năm cho Sở ...', 'chỉ
tiêu được giao', diacritics stripped) is the allocation, not an order: it does not make the article set
work."""

NUMBERED_HEADING = re.compile(
    r"""^(?:muc\s+dich|yeu\s+cau|muc\s+tieu|quan\s+diem|nhiem\s+vu|giai\s+phap|noi\s+dung
        |to\s+chuc\s+thuc\s+hien|trach\s+nhiem|phan\s+cong|kinh\s+phi|thoi\s+gian|tien\s+do)\b""",
    re.VERBOSE,
)
"""A short numbered heading in mixed case that names a section ('1. Mục đích, yêu cầu', '3. Tổ chức
thực hiện:'), matched without diacritics; the caller checks that it is short."""

PURPOSE_LEAD_IN = re.compile(
    r"""\b(?:muc\s+dich|muc\s+tieu|quan\s+diem|tinh\s+hinh|ket\s+qua|boi\s+canh)\b
        (?:\s+(?:trien\s+khai|thuc\s+hien|to\s+chuc|cong\s+tac|nhiem\s+vu)\b)*""",
    re.VERBOSE,
)
"""A lead-in that introduces purposes, goals or background rather than work (diacritics stripped);
the words that make it a noun phrase ('kết quả triển khai thực hiện') belong to it."""


BODY_END = re.compile(
    r"""^(?:trên\s+đây\s+là|nhận\s+được\s+(?:công\s+văn|văn\s+bản|kế\s+hoạch|thông\s+báo|chỉ\s+thị
        |quyết\s+định|hướng\s+dẫn)\s+này)""",
    re.VERBOSE,
)
"""An unmarked closing paragraph ('Trên đây là Kế hoạch ...', 'Nhận được Công văn này, ...') ends the
outline: it belongs to no item (run on a folded paragraph)."""

OUTLINE_TOO_DEEP = re.compile(r"^\d{1,3}(?:\.\d{1,3}){4,}\.?\s")
"""A numbering path deeper than any real outline ('1.2.3.4.5.'): warned about, not silently merged."""

OUTLINE_NUMBER_MAX = 30
"""A top-level number past this is no real outline item of a letter or plan: it is warned about."""

EXTRA_BODY_HEAD = re.compile(
    r"""(?:các\s+|những\s+|mỗi\s+)?(?:
        chánh\s+(?:văn\s+phòng|thanh\s+tra|án) | (?:phó\s+)?giám\s+đốc | (?:tổng\s+)?giám\s+đốc
      | hiệu\s+trưởng | chỉ\s+huy\s+trưởng | viện\s+trưởng | tổng\s+biên\s+tập | chủ\s+nhiệm
      | (?:bộ|thứ)\s+trưởng | thủ\s+tướng
      | chính\s+phủ(?!\s+(?:điện\s+tử|số)\b)              # 'yêu cầu Chính phủ', not 'Chính phủ điện tử'
      | trưởng\s+(?:phòng|ban|đoàn|công\s+an|thôn|ấp|bản|xóm|khu|tổ|các|trạm|đài|khoa|ngành)
      | (?:(?:ông|bà)\s+)?(?:xóm|thôn|ấp|bản|khu|tổ)\s+trưởng | tổ\s+dân\s+phố | chi\s+đảng\s+bộ
      | tiểu\s+ban(?:\s+chỉ\s+đạo)? | nhà\s+trường
      | kho\s+bạc | ngân\s+hàng | bảo\s+hiểm\s+xã\s+hội | (?:tổng\s+|chi\s+)?cục | hạt\s+kiểm\s+lâm
      | lực\s+lượng | đội\b(?!\s+ngũ) | các\s+bộ\b
      | ban\s+quản\s+lý(?:\s+các)?(?:\s+dự\s+án(?:\s+đầu\s+tư)?(?:\s+xây\s+dựng)?(?:\s+công\s+trình)?)?
      | bộ(?=\s*,\s*ngành)
    )\b""",
    re.VERBOSE,
)
"""Heads of bodies and officials beyond `BODY_HEAD`, as state documents name them ('Chánh Văn phòng
UBND tỉnh, Giám đốc các Sở ... chịu trách nhiệm thi hành', 'Kho bạc Nhà nước huyện', 'Các Bộ,
ngành', the Government a National Assembly resolution orders). A ministry ('Bộ Tài chính') is a body only
when a capital follows 'Bộ' (checked by caller). blind32 d04: central resolutions task the Government ('Ủy
ban thường vụ Quốc hội yêu cầu Chính phủ, Thủ tướng Chính phủ tập trung thực hiện ...'); 'Chính phủ điện
tử', 'chính phủ số' are programmes, not the Government."""

MINISTRY_HEAD = re.compile(r"(?:các\s+)?bộ\s+(?=\w)")
"""'Bộ' + a capitalised name is a ministry; 'bộ tiêu chí', 'bộ phận' are not (caller checks the case)."""

WANTS_OBJECT_END = re.compile(r"(?<!\S)(?:kiến\s+nghị|đề\s+xuất|đề\s+nghị|trình|gửi|giúp|với|và|cho|của)\s*$")
"""sweepT3: an item's text that stops on a word wanting its object was cut by a page's hard wrap ('... kịp
thời báo cáo và kiến nghị' / 'Thủ tướng Chính phủ các biện pháp cần thiết ...', the Official Gazette's
844/QĐ-TTg III.4): the paragraph below goes on with the sentence, so the body opening it is the object, no
subject. A heading stops on a noun ('1. Sở Y tế' / 'Chủ trì ...'), and its paragraph stays a sentence of its
own."""

PERSON_HEAD = re.compile(
    r"(?:các\s+|những\s+)?(?:cán\s+bộ|công\s+chức|viên\s+chức|đảng\s+viên|đồng\s+chí|người|hội\s+viên|đoàn\s+viên)\b"
)
"""'Đối với cán bộ, công chức': people a policy is about, so never a body list by itself."""

ADDRESS_VERB = re.compile(  # the lookahead names the first letters only to make the scan faster
    r"(?=[gykđ])(?<![^\s,;:])(?:(?P<assigned>giao(?:\s+cho)?|yêu\s+cầu)|(?P<requested>(?:kính\s+)?đề\s+nghị))\s+"
)
"""In a letter's lead-in ('UBND huyện yêu cầu Thủ trưởng các cơ quan, đơn vị ...:'), the bodies
after the verb are those the numbered points are addressed to (anywhere in the sentence)."""

_ARTICLE_DATES = r"(?:hieu\s+luc|(?:quyet\s+dinh|nghi\s+quyet|chi\s+thi|quy\s+dinh)\s*nay\s*co\s*hieu\s*luc)"
ARTICLE_NOT_TASK = re.compile(
    rf"""^(?:ban\s+hanh\b|phe\s+duyet|{_ARTICLE_DATES}|thong\s+qua|pham\s+vi|doi\s+tuong|giai\s+thich|cong\s+bo
        |thanh\s+lap|quyen\s+han)""",
    re.VERBOSE,
)
"""Articles that promulgate, approve or date a text ('Điều 1. Ban hành kèm theo ...', 'Điều 3. Hiệu
lực thi hành') set no work, whatever words follow (diacritics stripped). blind32: one promulgating what it
lists ('Điều 1. Ban hành Kế hoạch thời gian năm học ... như sau: 1. Tựu trường ...') neither. blind40: nor
one that lists a board's powers ('Điều 3. Quyền hạn của Ban Chỉ đạo' / '1. Lập Tổ Biên tập ...', '2. Được
mời tham dự ...'): what it may do, not work it is given."""

ARTICLE_DATES = re.compile(rf"^{_ARTICLE_DATES}")
DATING_SENTENCE = re.compile(r"[^.]*(?:\.\d[^.]*)*\.\s+")  # to its full stop, past the dots of a date
"""blind32 d05, blind30 c01: the dating sentence of an article that goes on ('Điều 3. Quyết định này có hiệu
lực thi hành kể từ ngày ký.' / 'Chánh Văn phòng ... chịu trách nhiệm thi hành ...', '... Giao Văn phòng UBND
tỉnh chủ trì ...'): what follows it is read for work and bodies like any article."""

DEADLINE_FIELD = re.compile(
    r"""(?:thời\s+gian|thời\s+hạn|tiến\s+độ)(?:\s+(?:thực\s+hiện|hoàn\s+thành|triển\s+khai|báo\s+cáo))?\s*:\s*
        (?P<inner>[^;.()]{2,80}(?:\.\d[^;.()]{0,20})?)""",
    re.VERBOSE,
)
"""'Thời gian thực hiện: Thường xuyên', 'Thời gian: tháng 4/2023', 'Tiến độ: quý II/2024': the
fragment after the label is read like a deadline bracket."""

DEADLINE_DAY_MONTH = re.compile(
    r"""(?P<phrase>(?:hoàn\s+thành\s+|xong\s+)?
        (?:trước|chậm\s+nhất(?:\s+là)?|đến|vào|tới|hạn)\s+(?:ngày\s+)?
        (?P<day>\d{1,2})\s*[/\-.]\s*(?P<month>\d{1,2}))(?!\s*[/\-.]?\s*\d)""",
    re.VERBOSE,
)
"""'xong trước 30/6', 'trước ngày 15/3': a day and month whose year is the document's (or the next
one when the date would fall before the document was issued)."""

DEADLINE_HALF_YEAR = HintedPattern(re.compile(
    r"""(?P<phrase>(?:hoàn\s+thành\s+|xong\s+)?(?:trong\s+|trước\s+|hết\s+)?
        (?:06|6|sáu)\s+tháng\s+(?P<half>đầu|cuối)\s+năm\s+(?P<year>\d{4}))""",
    re.VERBOSE,
), r"(?:6|sáu)\s+tháng\s+(?:đầu|cuối)")
"""'6 tháng đầu năm 2024' → due 30 June; '6 tháng cuối năm 2024' → 31 December (tried only where a half year
is named: most items name none)."""

HALF_YEAR_LEAD = re.compile(r"(?:hoàn\s+thành|xong|trong|trước|hết)\s+(?:06|6|sáu)\s+tháng")
"""In running text a half-year is a deadline only after these words ('Báo cáo kết quả 6 tháng đầu
năm 2024' names a period reported on)."""

DEADLINE_MONTH_BARE = re.compile(
    r"""(?:^(?:dự\s+kiến\s+(?:tổ\s+chức\s+|thực\s+hiện\s+|hoàn\s+thành\s+)?)?   # tasksweep: 'dự kiến'
        |(?<=\s)(?=(?:đến|tới)\s))
        (?P<phrase>(?:trong\s+|trước\s+|hết\s+|cuối\s+|vào\s+|đến\s+|tới\s+)?
        (?:hết\s+|cuối\s+)?tháng\s+
        (?:\d{1,2}\s*(?:[-–,]|và|đến)\s*(?:tháng\s+)?)?                  # tasktable: 'Tháng 3 - 4/2024'
        (?P<month>\d{1,2})\s*(?:[/\-.]|năm)\s*(?P<year>\d{4}))""",
    re.VERBOSE,
)
"""In a bracket or after 'Thời gian:', a bare 'tháng 4/2023', a planned one '(dự kiến tổ chức vào tháng
4/2024)', or the end of 'từ tháng 3 đến tháng 5/2023'."""

DEADLINE_YEAR_END = re.compile(
    r"(?P<phrase>(?:trong|trước|hết|cuối|vào)\s+năm\s+(?P<year>\d{4}))\s*[.;]?\s*$"
)
"""'Tổ chức sơ kết trong năm 2025.' closing an item: due at the year's end ('Đến năm 2025, ...' is a
target, not a deadline)."""

AD_HOC_ALSO = re.compile(
    r"""[\s,]+(?:và|hoặc)\s+(?:báo\s+cáo\s+)?đột\s+xuất     # 'định kỳ hằng quý và đột xuất'
        \s*(?:\(\s*khi\s+có\s+yêu\s+cầu\s*\)|khi\s+có\s+yêu\s+cầu)""",  # '(khi có yêu cầu)'
    re.VERBOSE,
)
"""sweepT3: reports due on a period and also when asked ('định kỳ hằng năm (trước ngày 15/11) và đột xuất
(khi có yêu cầu) báo cáo ...', Kon Tum's 435/QĐ-UBND programme III.1; 'định kỳ 6 tháng, hằng năm và đột xuất
khi có yêu cầu'): the period is the deadline, the request only adds reports; with no period beside it the
request stays the condition."""

DEADLINE_YEAR_OPENING = re.compile(r"(?P<phrase>(?:trong\s+)?năm\s+(?P<year>\d{4}))\s*[:,]\s+(?=\w)")
"""sweepT3: an item that opens on the year it is done in ('Năm 2018: Rà soát, tổng kết hệ thống văn bản ...',
'Năm 2018, hoàn thành việc hỗ trợ nhà ở ...', the Prime Minister's 773/QĐ-TTg plan), matched at the text's
start: due at the year's end ('Đến năm 2020, phấn đấu ...' is a target, as `DEADLINE_YEAR_END` says)."""

DEADLINE_YEAR_BARE = re.compile(
    r"""^(?P<phrase>(?:(?:từ\s+nay\s+)?đến\s+(?:hết\s+)?|trong\s+|hết\s+|cuối\s+)?
        năm\s+(?P<year>\d{4}))\s*[.;,]?\s*$""",
    re.VERBOSE,
)
"""In a bracket or after 'Thời gian:', a bare '(năm 2025)', '(từ nay đến hết năm 2024)' (never a span 'năm
2021 - 2025')."""

DEADLINE_PERIODIC = re.compile(
    r"""(?P<phrase>định\s+kỳ\s+(?:(?:hằng|hàng|mỗi)\s+)?(?:(?:\d{1,2}|sáu|ba)\s+tháng|tháng|quý|tuần)
        (?:\s*(?:,|và|/|hoặc)\s*(?:(?:hằng|hàng|mỗi)\s+)?(?:năm|quý|tháng))*)""",
    re.VERBOSE,
)
"""'định kỳ 6 tháng, hằng năm', 'định kỳ hằng quý': recurring, in running text too."""

DEADLINE_RECURRING_TAIL = re.compile(
    r"[,;:–-]\s*(?P<phrase>(?:thực\s+hiện\s+|triển\s+khai\s+)?(?:thường\s+xuyên|liên\s+tục|hằng\s+năm|hàng\s+năm))\s*[.;]?\s*$"
)
"""'..., thực hiện thường xuyên.' closing an item: its schedule (at the start, 'Thường xuyên theo dõi'
is manner, not schedule)."""

SLASH_NUMBER = re.compile(r"^(?P<number>\d{1,2})\s*/\s+(?=\S)")
"""'1/ Các Chi, Đảng bộ ...': an outline number written with a slash (a blank must follow, so a
date '12/3/2020' never matches)."""

DIRECTIVE_OPENING = re.compile(
    r"""(?:tiếp\s+tục\s+)?(?:chỉ\s+đạo|lãnh\s+đạo|triển\s+khai|thực\s+hiện|tổ\s+chức|tăng\s+cường|đẩy\s+mạnh
      |phát\s+huy|nâng\s+cao|quán\s+triệt|tuyên\s+truyền|vận\s+động|xây\s+dựng|rà\s+soát|kiểm\s+tra
      |giám\s+sát|theo\s+dõi|đôn\s+đốc|báo\s+cáo|tham\s+mưu|chủ\s+động|chuẩn\s+bị|bảo\s+đảm|đảm\s+bảo
      |nắm\s+bắt|quản\s+lý|phối\s+hợp|khẩn\s+trương|nghiêm\s+túc|treo|thông\s+tin|phổ\s+biến|hướng\s+dẫn
      |đổi\s+mới|thể\s+chế\s+hóa|cụ\s+thể\s+hóa|hoàn\s+thiện|phát\s+động|duy\s+trì|củng\s+cố|kiện\s+toàn
      |chăm\s+lo|quan\s+tâm|thăm\s+hỏi|ban\s+hành|bố\s+trí|huy\s+động|xử\s+lý|giải\s+quyết|tập\s+trung
      |làm\s+tốt|thường\s+xuyên|kịp\s+thời|không\s+để|yêu\s+cầu|đề\s+nghị|giao|cử|lập|rà|đăng\s+tải)\b""",
    re.VERBOSE,
)
"""A point that opens with a directive verb ('Phát huy ...', 'Tiếp tục thực hiện tốt ...', 'Treo băng
rôn ...'): a letter's list of such points sets work even with no lead-in naming it."""

TASK_LEAD_IN_END = re.compile(
    r"""(?:yeu\s+cau|de\s+nghi|giao|chi\s+dao|thuc\s+hien|trien\s+khai|nhiem\s+vu|noi\s+dung|cong\s+viec
        |cac\s+viec\s+sau|mot\s+so\s+viec|de\s+ra|phan\s+cong)""",
    re.VERBOSE,
)
"""Work words in a lead-in (diacritics stripped); they count when they come after any purpose words
('Để đạt được mục đích nêu trên, Bộ Chính trị đề ra 06 nhóm nhiệm vụ trọng tâm, đó là:')."""

PURPOSE_UNIT = re.compile(r"\bmuc\s+dich(?:\s*,\s*|\s+va\s+)yeu\s+cau\b|\byeu\s+cau\s+(?:sau|nhu\s+sau)\b")
"""'mục đích, yêu cầu' is one purpose phrase: its 'yêu cầu' is no order."""

EXTRA_PROTECTED = re.compile(
    r"(?:phòng|sở)\s*,\s*ban\s*,?\s*ngành(?:\s*,\s*đoàn\s+thể)?|ban\s*,?\s*ngành\s*,\s*đoàn\s+thể|(?:sở|bộ)\s*,\s*ngành"
    r"|cơ\s+quan\s*,\s*đơn\s+vị\s*,\s*(?:địa\s+phương|doanh\s+nghiệp)"
    r"|văn\s+phòng\s+(?:hđnd|hội\s+đồng\s+nhân\s+dân)\s*(?:và|&|-|–)\s*(?:ubnd|ủy\s+ban\s+nhân\s+dân)"
    r"|phòng\s*,\s*chống"
)
"""Kinds listed as one collective body ('Thủ trưởng các phòng, ban, ngành huyện', 'các ban ngành,
đoàn thể'), beside `PROTECTED_LIST`."""

LEADING_COUNT = re.compile(r"(?:các\s+|những\s+)?(?:\d{1,3}|hai|ba|bốn|năm)\s+(?=\w)")
"""'đề nghị 18 Tổ Dân phố ...', '02 đơn vị': a count before a body's head."""

DEADLINE_QUARTER_DAY = re.compile(
    r"""(?P<phrase>(?:trước|vào|chậm\s+nhất(?:\s+là)?|trong)\s+ngày\s+\d{1,2}\s+(?:của\s+)?
        tháng\s+(?:cuối|đầu|thứ\s+\w+)\s+(?:của\s+)?(?:(?:mỗi|hằng|hàng)\s+)?quý)""",
    re.VERBOSE,
)
"""tasktable: 'trước ngày 20 tháng cuối quý', a day of every quarter: recurring (no single due date)."""

DEADLINE_DAILY = re.compile(r"(?P<phrase>(?:hằng|hàng|mỗi)\s+(?:ngày|tuần|tháng|quý))\b")
"""'báo cáo ... trước 14h00 hàng ngày': recurring, in running text too."""

PAYMENT_BEFORE = re.compile(r"(?:trợ\s+cấp|phụ\s+cấp|lương(?:\s+hưu)?|sinh\s+hoạt\s+phí|thu\s+nhập)\s+\Z")
"""blind30: a period after a payment names what is paid, not when the work is due ('chế độ trợ cấp hàng
tháng', 'lương hưu hằng tháng'): `DEADLINE_DAILY` skips it (searched on the text up to the period)."""

RECURRING_PREDICATE = re.compile(r"[\s:,]*(?P<phrase>thường\s+xuyên|liên\s+tục)\b")
"""'Ban biên tập truyền thanh xã thường xuyên cập nhật ...': right after the subject, 'thường xuyên'
is how often the body does the work (an item opening with it, subject left implicit, is not read so)."""

HONORIFIC = re.compile(r"(?:các\s+)?(?:ông\s*\(\s*bà\s*\)|ông\s*,\s*bà|ông\s*/\s*bà|ông|bà)\s+")
"""'Các Ông (Bà) Chánh Văn phòng ...', 'Ông Giám đốc Sở ...': a courtesy before an office (the caller
checks that a capital follows)."""

PLACE_PAIR_END = re.compile(rf"{UNIT_KIND_WORD}\s*[-–]\s*{UNIT_KIND_WORD}$", re.IGNORECASE)
"""'quận - huyện', 'xã - phường' closing a list names kinds of units, not a locality the list shares."""

EXTRA_PREDICATE = re.compile(
    r"""(?<![^\s,])(?P<verb>
        thông\s+báo | đăng\s+tải | cập\s+nhật | phát\s+sóng | treo | lắp\s+đặt | sửa\s+chữa | chỉnh\s+trang
      | gửi | nộp | đăng\s+ký | lấy\s+ý\s+kiến | xin\s+ý\s+kiến | triệu\s+tập | họp | thống\s+kê
      | kê\s+khai | công\s+khai | điều\s+tra | thẩm\s+tra | ra\s+quân | chấp\s+hành | tham\s+dự
      | dọn | phát\s+quang | mua | thu\s+thập | xác\s+minh | tạm\s+dừng
      | số\s+hóa | số\s+hoá | phê\s+duyệt | nâng\s+cấp | giải\s+ngân | phân\s+bổ | chi\s+trả | khắc\s+phục
      | sơ\s+tán | di\s+dời | nạo\s+vét | hoàn\s+chỉnh | thu\s+hồi | bàn\s+giao | niêm\s+yết | giới\s+thiệu
      | đo\s+đạc | chuyển\s+giao | ngăn\s+chặn | trang\s+trí
      | chuyển\s+(?:đến|tới|về|cho|sang)  # blind54 e04: 'UBND cấp huyện chuyển đến UBND cấp xã ...'
      | chỉnh\s+sửa  # sweepT2: 'Giao Ủy ban nhân dân tỉnh chỉnh sửa Quy hoạch; phê duyệt Quy hoạch; ...'
      | (?:cơ\s+bản\s+)?thống\s+nhất  # sweepT2: 'Hội đồng nhân dân tỉnh (cơ bản) thống nhất chương trình ...'
      | ngay\s+(?:sau\s+)?khi  # sweepT2: 'Chỉ đạo Công an tỉnh ngay sau khi kết thúc việc thanh tra ...'
    )\b""",
    re.VERBOSE,
)
"""Verbs of letters and notices beyond `PREDICATE` ('Đài Truyền thanh xã | thông báo rộng rãi ...'), and
sweepE's verbs of work a body is given ('phối hợp với Công an xã | số hóa sổ hộ tịch', 'Ban Quản lý dự án
huyện | giải ngân ...'): without them the name ran on to the end of the sentence. Verbs that also name teams
('Tổ tuần tra', 'Đội thu gom rác', 'Hội đồng kiểm kê') are left out."""

HAS_DAY_MONTH = re.compile(r"(?:trước|nhất|đến|vào|tới|hạn)\s+(?:ngày\s+)?\d{1,2}\s*[/\-.]\s*\d")
"""Cheap test before `DEADLINE_DAY_MONTH` and its optional lead-in."""

BULLET_LEAD_IN = re.compile(
    r"\b(?:yeu\s+cau|de\s+nghi|giao|chi\s+dao|noi\s+dung|nhiem\s+vu|cong\s+viec|viec\s+sau|phan\s+cong)\b"
)
"""Bullets right after a lead-in are a letter's points only when it orders or names work ('... đề
nghị 18 Tổ Dân phố thực hiện một số nội dung sau:'); 'Thực hiện các văn bản sau:' lists documents."""

PURPOSE_HEADING = re.compile(
    r"(?:muc\s+dich|yeu\s+cau|muc\s+tieu|quan\s+diem|ket\s+qua|tinh\s+hinh|boi\s+canh|chi\s+tieu|dinh\s+huong)\b"
)
"""A point that is a purpose or goal heading ('1. Mục tiêu tổng quát', '2. Yêu cầu'), diacritics
stripped, matched at its start."""

GOAL_POINT = re.compile(
    r"""(?:muc\s+tieu|chi\s+tieu)          # 'Mục tiêu', 'Chỉ tiêu'
        (?:\s+[a-z]+){0,3}\s*:               # 'chung', 'cụ thể', 'phấn đấu', then the colon""",
    re.VERBOSE,
)
"""blind29: a point of a work section that states the goal, its figures run on after a colon ('1. Mục tiêu:
Các cấp Hội ... phấn đấu trợ giúp 1.500-2.000 lượt người'), diacritics stripped, matched at its start: a
goal sets no work, as a goal section does not."""

INLINE_POINT = re.compile(rf"(?<=[:;.])\s+(?P<number>\d{{1,2}})[.)]\s+(?=[{UPPER}])")
"""A numbered point inside a paragraph whose line breaks were lost: after ':', ';' or '.', before a
capital ('..., yêu cầu: 1. Phòng Nội vụ ...; 2. Phòng Tài chính ...')."""

GLUED_FIRST_CHILD = re.compile(
    rf"""^(?P<number>\d{{1,2}})\.\s+\S.*?                     # the heading '3. Giải quyết tốt ...'
      (?<!\smục)(?<!\sđiểm)(?<!\skhoản)(?<!\stiết)(?<!\sphần) # not a point it cites ('tại mục 1.1.')
      \s(?P<child>(?P=number)\.1\.)(?=\s*$|\s+[{UPPER}])      # its first point: at the end, or a capital
    """,
    re.VERBOSE,
)
"""sweepT3: a crawler that joins a heading's line with its first point's number ('1. Tăng cường sự lãnh đạo
... và tiến bộ 1.1.', the point's words on the next line) or with the whole point ('3. Giải quyết tốt tranh
chấp lao động và đình công 3.1. Rà soát, ...'): the point's number repeats the heading's, so it opens a point
of its own (blind44 g01, a legal library's crawled page)."""

SIGNATURE_MARK_LINE = re.compile(rf"^(?:{_SIGN_MARK})\s*(?P<office>(?:[{UPPER}/]+\s*){{1,12}})$")
"""blind40: a signature block's mark on a line of its own in capitals ('TM. CHÍNH PHỦ', 'KT. THỦ TƯỚNG',
'T/M BAN THƯỜNG VỤ'): the body ended above it, though the text lost its './.' and its 'Nơi nhận' (the
Official Gazette prints neither), so an annex's table after it is read as no point of the last article."""

ATTACHED_PLAN = re.compile(r"^(?:KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|HƯỚNG\s+DẪN)(?:[\s.]|$)")
"""The heading of a plan attached after a decision's recipients block (display text, capitals); sweepT3: a
crawler joins its title to it after a full stop ('KẾ HOẠCH. CHUYỂN ĐỔI SỐ ...')."""

_TIME_OPENING = r"""(?:định\s+kỳ|hằng|hàng|trước|sau|chậm\s+nhất|kết\s+thúc|cuối|đầu|trong|từ|đến|vào)\s
    [^,;.:()]{0,60}?(?:năm|quý|tháng|tuần|ngày|kỳ)(?![\w])(?![^,;.:()]*(?<![\w])qua(?![\w]))[^,;.:()]{0,30}"""
BASIS_OPENING = re.compile(
    rf"""(?:(?:căn\s+cứ|trên\s+cơ\s+sở)\s[^,;.:()]{{3,80}}     # the basis, up to its first comma
        (?:,\s+(?:{TYPE_WORD})\b[^,;.:()]{{0,80}})*            # and the documents listed beside it
        |{_TIME_OPENING}(?:,\s+{_TIME_OPENING})*                # or when: 'Định kỳ 6 tháng, hằng năm'
        ),\s+(?=\S)""",
    re.VERBOSE,
)
"""tasksweep: 'Căn cứ Kế hoạch này, các chi, đảng bộ ... xây dựng ...', 'Trên cơ sở Kế hoạch này, Ủy ban nhân
dân huyện chỉ đạo ...': an item that opens with its basis names its subject after the comma. blind32 d04: so
does one that opens with when it is done ('Kết thúc năm 2013, Chính phủ báo cáo ...', 'Định kỳ 6 tháng, hằng
năm, các cơ quan, đơn vị báo cáo ...', 'Trước ngày 15/12 hằng năm, UBND các xã ...'); not a past time ('Trong
nhiệm kỳ qua, Ban Chấp hành ... đã ...': a report of what was done). blind40: the basis may list
documents before its subject ('Trên cơ sở nội dung Chỉ thị số 52-CT/TW, Kế hoạch hành động, các Bộ ... tổ
chức xây dựng ...')."""

DUTY_OF = re.compile(r"(?:trách\s+nhiệm|nhiệm\s+vụ)\s+(?:của\s+)?(?=\S)")
"""'1. Trách nhiệm của Sở Y tế', 'b) Nhiệm vụ của UBND các xã:': the bodies after it are the subject."""

ROLE_FIELD = re.compile(
    r"""(?:(?:cơ\s+quan|đơn\s+vị|bộ\s+phận)\s+(?:(?P<lead>chủ\s+trì)|(?P<support>phối\s+hợp)|thực\s+hiện
        |chịu\s+trách\s+nhiệm|được\s+giao)
      | (?:^|(?<=[.;]\s)|(?<=[.;]))                        # tasksweep: no noun, where a field opens
        (?:(?P<bare_lead>chủ\s+trì)|(?P<bare_support>phối\s+hợp))
      )(?:\s+thực\s+hiện)?\s*:\s*""",
    re.VERBOSE,
)
"""Fields of a plan's task table flattened into text: 'Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp:
Sở Tài chính', 'Đơn vị thực hiện: UBND các xã'; with no noun before the role only where a field
opens ('Chủ trì: Ban Tuyên giáo Huyện ủy; phối hợp: Văn phòng Huyện ủy'), never after a body ('X chủ
trì:')."""

# --- tasks round 2: collective names, union bodies, clause-start orders, clock deadlines ---

COLLECTIVE_HEAD = re.compile(
    r"""(?:các\s+|những\s+)?(?:
        (?:ban|hội)\b(?=\s*(?:[,;]|và\b))                # 'các cơ quan, ban, ngành', 'sở, ngành, hội'
      | lãnh\s+đạo(?=\s+(?:các|những|sở|ban|phòng|ubnd|ủy\s+ban)\b)   # 'yêu cầu lãnh đạo các sở, ban'
      | bch\b | btv\b | ban\s+chấp\s+hành | ban\s+thường\s+vụ  # 'BCH Đoàn các xã, thị trấn'
      | đoàn\s+(?=(?:các\s+|những\s+)?(?:xã|phường|thị\s+trấn|cơ\s+sở|trường|khối|thanh\s+niên)\b)
      | doanh\s+nghiệp | hợp\s+tác\s+xã | tổ\s+chức\s+đoàn\s+thể
      | cấp\s+(?:bộ\s+)?(?:đoàn|hội)\b | cơ\s+sở\s+(?:đoàn|hội)\b | chi\s+(?:đoàn|hội)\b | liên\s+đội
    )\b""",
    re.VERBOSE,
)
"""Heads of bodies beyond `BODY_HEAD` and `EXTRA_BODY_HEAD`: 'ban' alone inside a list of kinds,
the Youth Union's abbreviated committees ('BCH', 'BTV'), the unions' and associations' own levels
('Đoàn các xã', 'các cấp bộ Đoàn', 'các cơ sở Hội', 'chi hội', 'liên đội'), and enterprises, which
letters address beside offices."""

COLLECTIVE_START = re.compile(
    rf"""^(?:(?:thủ\s+trưởng|chủ\s+tịch|giám\s+đốc|lãnh\s+đạo|hiệu\s+trưởng|người\s+đứng\s+đầu)
        (?:\s+(?:ubnd|ủy\s+ban\s+nhân\s+dân|hđnd|hội\s+đồng\s+nhân\s+dân))?\s+)?
        (?:các|những)\s+(?=[{LOWER}])""",
    re.VERBOSE,
)
"""A part that opens a collective name: one determiner ('Các cơ quan', 'các sở'), alone or after
one office ('Thủ trưởng các cơ quan', 'Chủ tịch UBND các huyện'), then a lower-case kind. Matched on
the display text's first letters folded (a capital kind after 'các' is a name: 'các Ban xây dựng
Đảng')."""

COLLECTIVE_TAIL = re.compile(
    rf"""\s(?:các|những)\s+
        (?!(?:{UNIT_KIND_WORD})\b(?!\s+ủy))  # 'UBND các xã, thị trấn': a body per unit, already whole
        [{LOWER}][{LOWER}\s,]*$""",
    re.VERBOSE,
)
"""A named body whose name ends in a determiner and lower-case kinds ('Ban vì sự tiến bộ phụ nữ các
sở, ban, ngành'): its body stands for one per unit of those kinds, so the lower-case kinds listed after
it ('..., huyện, thị xã') continue that list as a collective opened by one determiner does, as do Party
committees after a standing organ's ('Ban Thường vụ các huyện ủy, thị ủy, thành ủy'). Matched on
the display text, so a capital kind after the determiner is a name and opens nothing; a list of units
after it ('Ủy ban nhân dân các xã, thị trấn') is the locality list, kept whole already, and opens none."""

STANDING_OF_COMMITTEE = re.compile(
    rf"""^(?P<organ>ban\s+thường\s+vụ|thường\s+trực|ban\s+chấp\s+hành)\s+   # the organ
        {_PARTY_COMMITTEE}$                                                 # of one bare committee""",
    re.VERBOSE,
)
"""A standing organ of a bare Party committee ('Ban Thường vụ Tỉnh ủy'): the bare committees listed straight
after it ('..., Thành ủy') are its kin, each with its own organ ('Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo
...', a 2026 Prime Minister's directive, blind40 e05 II.1: the standing committees of provinces and cities),
since a city's committee named bare in a list of standing bodies would have no place. Matched folded."""

BARE_COMMITTEE = re.compile(rf"^{_PARTY_COMMITTEE}$")
"""A part that is a Party committee's kind alone ('Thành ủy', 'Thị ủy'), with no place or organ. Folded."""

UNIT_KIND_AT = re.compile(rf"(?:{UNIT_KIND_WORD})\b")
"""A bare kind of unit at a list's part ('xã', 'thị trấn'): a body only where it continues a list of kinds
that a named body spans ('Ban vì sự tiến bộ phụ nữ các phòng, ban, ngành, xã, thị trấn')."""

OFFICE_START = re.compile(
    r"""^(?:các\s+|những\s+)?(?:thủ\s+trưởng|chủ\s+tịch|giám\s+đốc|phó\s+giám\s+đốc|hiệu\s+trưởng
        |trưởng\s+\w+|chánh\s+\w+|người\s+đứng\s+đầu|bí\s+thư|lãnh\s+đạo)\b""",
    re.VERBOSE,
)
"""A part that names an office ('Thủ trưởng cơ quan trung ương', 'chủ tịch UBND các xã') is a body
of its own even when written in lower case: it never continues a collective name."""

LOCALITY_LIST = re.compile(
    rf"""{UNIT_KIND_WORD}(?:\s*(?:,|và)\s*(?:{UNIT_KIND_WORD}|thị\b))+"""
)
"""A list of kinds of units, 'thị' for 'thị xã' included and 'và' as a joint: 'các huyện, thị và
thành phố Huế', 'các xã, phường và thị trấn' (one collective, never split)."""

PLACE_LIST_END = re.compile(r"\bvà\s*$", re.IGNORECASE)
"""Before a locality suffix, a joint of a list of units ('huyện, thị và | thành phố Huế'): the place
belongs to the list, not to every body before it."""

SENTENCE_BREAK = re.compile(rf"[.;!?]\s+(?=[{UPPER}])")
"""Where a later sentence or a ';' clause of an item starts with a capital (display text): its
subject may name more bodies."""

ALL_OF = re.compile(r"(?:tất\s+cả|toàn\s+thể)\s+(?=(?:các|những)\s)")
"""'Tất cả các cơ quan, các thôn ...', 'toàn thể các đơn vị': a quantifier before the bodies' determiner."""

CLAUSE_BREAK = re.compile(r"[,;:.]\s+")
"""Where a clause can start inside a sentence: '..., giao UBND huyện Triệu Phong kiểm tra', '...,
UBND tỉnh yêu cầu UBND huyện Triệu Phong có văn bản trả lời'."""

LIST_PREDICATE = re.compile(
    r"""(?<![^\s,])(?P<verb>
        yêu\s+cầu | đề\s+nghị | kêu\s+gọi | biên\s+soạn | phủ\s+sóng | trả\s+lời | in\s+ấn
      | cấp\s+phát(?!\s+động)  # sweepT2: not 'Ủy ban nhân dân các cấp | phát động ...'
      | phát\s+hành
      | vệ\s+sinh
      | chăm\s+sóc | tu\s+bổ | trồng | thăm\s+hỏi | tặng | gắn\s+biển | chào\s+cờ
    )\b""",
    re.VERBOSE,
)
"""Verbs that end a list of bodies beyond `PREDICATE` and `EXTRA_PREDICATE`, needed now that kinds
such as 'doanh nghiệp' and a union's 'Đoàn ...' are bodies ('phối hợp với các doanh nghiệp viễn
thông | phủ sóng 5G', '..., Đoàn Khối các cơ quan tỉnh | biên soạn tài liệu'); a body's name never
holds a lower-case 'yêu cầu' or 'đề nghị' ('Chủ tịch UBND tỉnh | yêu cầu lãnh đạo các sở')."""

_CLOCK = r"\d{1,2}\s*(?:h|giờ|g)\s*(?:\d{1,2}\s*(?:phút|p|'|’)?)?\s*[’']?"
HAS_CLOCK = re.compile(r"\d\s*(?:h|g)")
"""Cheap test before `DEADLINE_CLOCK_DATE`: an hour ('10h00’', '16 giờ', '9g30')."""
DEADLINE_CLOCK_DATE = re.compile(
    rf"""(?P<phrase>(?:hoàn\s+thành\s+|xong\s+|thực\s+hiện\s+)?
        (?:trước|chậm\s+nhất(?:\s+là)?|đến|tới|hạn)\s+(?:lúc\s+)?{_CLOCK}\s*,?\s*(?:ngày\s+)?{_DATE})""",
    re.VERBOSE,
)
"""A deadline with the hour before the date: 'chậm nhất 10h00’ ngày 23/7/2018', 'trước 9h00 ngày
23/4/2018', 'trước 16 giờ 30 phút, ngày 5/5/2020' (the hour is dropped, the date is due)."""

OPEN_LEAD_IN = re.compile(
    r"\b(?:nhu\s+sau|sau\s+day|cu\s+the|nhung\s+noi\s+dung\s+sau|cac\s+noi\s+dung\s+sau)\s*:\s*$"
)
"""A lead-in that announces its points without an order ('... có ý kiến như sau:', '... cụ thể:'),
diacritics stripped; 'Thành phần gồm:' and 'Căn cứ các văn bản:' do not announce points."""

# --- tasks round 3: local units as bodies, asides after a list, letters headed by Roman parts ---

LOCAL_BODY_HEAD = re.compile(
    r"""(?:các\s+|những\s+|mỗi\s+)?(?:
        (?:xóm|ấp|khóm|buôn|khu\s+phố|tổ\s+dân\s+cư)\b
      | (?:bản|làng)\b(?=\s*(?:[,;]|và\b))               # 'các thôn, bản, ...': only inside a list
      | hộ\s+(?:gia\s+đình|dân|kinh\s+doanh|sản\s+xuất)\b
      | (?<=[,;]\s)tổ\s+(?!chức\b|quốc\b|hợp\b)\w+(?:\s+(?!và\b)\w+){0,3}?(?=\s*[,;])  # listed: to ','
      | tổ\s+(?!chức\b|quốc\b|hợp\b|ấm\b|tiên\b)\w+          # 'tổ tự quản', 'tổ thanh tra'
      | cơ\s+sở\s+(?!vật\b|dữ\b|hạ\b|pháp\b|lý\b|khoa\b|để\b|cho\b|của\b)\w+   # 'cơ sở giáo dục'
      | ban\s+(?:qlda|quản\s+lý\s+dự\s+án)(?:\s+(?:đtxd|đầu\s+tư\s+xây\s+dựng|đầu\s+tư|xây\s+dựng))?
            (?:\s+(?:các\s+)?công\s+trình)?
    )""",
    re.VERBOSE,
)
"""Heads of the grassroots units and teams a commune's or ward's notice tasks ('các thôn, xóm, trường
học', 'các hộ gia đình', 'các cơ sở di tích', 'tổ tự quản môi trường', 'tổ quản lý trật tự đô thị')
and of project boards whose name holds verbs ('Ban QLDA đầu tư xây dựng các công trình Nông nghiệp
và PTNT'); 'tổ chức', 'cơ sở vật chất' and 'cơ sở dữ liệu' are not bodies."""

# --- leftovers2: members of a board as the bodies tasked ---

MEMBER_HEAD = re.compile(
    r"""(?:các\s+|những\s+)?thành\s+viên\s+(?=(?:các\s+)?(?:
        ban\s+(?!hành\b)\w+ | tổ\s+(?:công\s+tác|giúp\s+việc|chuyên\s+trách|thư\s+ký|điều\s+hành)
      | hội\s+đồng | ủy\s+ban | ubnd | tiểu\s+ban | đoàn\s+(?:kiểm\s+tra|công\s+tác|giám\s+sát)
      | bch | btv | bcđ
    )\b)""",
    re.VERBOSE,
)
"""'Đề nghị thành viên Ban Chỉ đạo Chăm sóc sức khỏe nhân dân huyện tham gia ...', 'Các thành viên Tổ công tác
...': the members of a board, council or team are tasked as one body, named with their board; a member of an
association or a co-operative ('thành viên hợp tác xã') is a person the text is about."""

ASIDE_LEAD = re.compile(
    r"""^\W{0,3}(?:thoi\s+gian|dia\s+diem|thanh\s+phan|khau\s+hieu|noi\s+dung\s+khau\s+hieu
        |cac\s+khau\s+hieu|kinh\s+phi|lich\s+treo\s+co)\b[^:]{0,60}:\s*$""",
    re.VERBOSE,
)
"""An unmarked paragraph after a list's points that announces logistics or slogans ('Thời gian
trang trí, tuyên truyền:', 'Khẩu hiệu tuyên truyền:', '*Địa điểm:'), diacritics stripped: the
bullets after it are the notice's practical details, not steps of the point above."""

SLOGAN_END = re.compile(r"!\W{0,3}$")
"""A bullet ending in '!' is a slogan to display ('+ Nhiệt liệt chào mừng ...!'), not work."""

LOGISTICS_POINT = re.compile(
    r"^\W{0,3}(?:thoi\s+gian|dia\s+diem|thanh\s+phan|kinh\s+phi|ho\s+so)\b[^:.;]{0,90}:\s*(?=\S)"
    r"|^\W{0,3}(?:noi\s+dung\s+)?(?:cac\s+)?khau\s+hieu\b[^:.;]{0,60}:?\s*$"
)
"""A point that is a field of practical details with its value ('2/ Thời gian treo cờ tổ quốc: Từ ngày
30/4 ...', '2. Địa điểm: Hội trường UBND xã', 'Thành phần tham dự: ...', matched on the point's text
with its unmarked lines), what a dossier holds ('1. Hồ sơ lấy ý kiến bao gồm: Báo cáo thuyết minh; Bản
đồ ...', a notice calling for comments), or the heading of slogans to display ('3. Khẩu hiệu tuyên truyền:'),
diacritics stripped: it informs, it sets no work."""

# --- leftovers2: the fields a department's or centre's name lists ---

FIELDS_IN_NAME = re.compile(
    r"""văn\s+hóa\s*,\s*(?:thể\s+thao|thông\s+tin)(?:\s*(?:,|và|&)\s*(?:du\s+lịch|truyền\s+thông|gia\s+đình
        |thể\s+thao|truyền\s+thanh|phát\s+thanh(?:\s*[-–]\s*truyền\s+hình)?))?
      | lao\s+động\s*[,–-]\s*thương\s+binh(?:\s*(?:,|và|&)\s*xã\s+hội)?""",
    re.VERBOSE,
)
"""'Trung tâm Văn hóa, thể thao & Truyền thông', 'Phòng Văn hóa, Thông tin và Thể thao', 'Sở Lao động,
Thương binh và Xã hội': the comma lists the fields of one body, in whatever case, and never splits it."""

# --- colonlist: one kind of body named once before a colon, its units after it ---

_LIST_OFFICE = r"(?:thủ\s+trưởng|giám\s+đốc|chủ\s+tịch|lãnh\s+đạo|người\s+đứng\s+đầu)"
_LIST_KIND = r"(?:sở|ban|phòng|ngành)"
COLON_LIST_HEAD = re.compile(
    rf"""(?<![\w])(?:(?P<holder>{_LIST_OFFICE})\s+)?                          # 'Giám đốc', 'Thủ trưởng'
        (?:(?:các|những)\s+|(?(holder)|(?!)))                                 # 'các' may go after an office
        (?P<kind>{_LIST_KIND})                                                # the kind each unit is
        (?:\s*,\s*(?:{_LIST_KIND}|{UNIT_KIND_WORD}))*                          # 'các sở, ban, ngành'
        \s*:\s*""",
    re.VERBOSE,
)
"""'Giám đốc các Sở: Nội vụ, Tài chính, ...', 'Thủ trưởng các sở, ban, ngành: Y tế, ...', 'phối hợp các sở:
Công Thương, ...', 'các Ban: Tuyên giáo, Dân vận' (folded text): the head names the office and the kind once,
the departments or boards after the colon (decisions' executing articles, realworld s15, blind3 b20, blind32
d02 and d05, unseen m03); after an office 'các' may be left out ('Giám đốc Sở: Lao động - Thương binh và Xã
hội, Thông tin và Truyền thông', blind32 d07). The first kind opens each unit's name ('Sở Nội vụ'), the office
goes before it. A list of places ('Ủy ban nhân dân các tỉnh: Thanh Hóa, Hòa Bình, ...') is not one: unseen
m34's label reads it as the collective 'Ủy ban nhân dân các tỉnh', which the colon already ends."""

COLON_LIST_SEPARATOR = re.compile(
    rf"""\s*,\s*(?:và\s+)?
      | \s+và\s+(?!(?:{SECTOR_SECOND_HALF})\b)""",
    re.VERBOSE,
)
"""Between the units of a colon list: ',' and 'và', but not the 'và' of a sector's name, whose second half
never names a department alone ('Kế hoạch và Đầu tư', 'Giáo dục và Đào tạo', 'Nông nghiệp và Phát triển
nông thôn', 'Văn hóa - Thể thao và Du lịch'); the comma of 'Văn hóa, Thể thao và Du lịch' is
`FIELDS_IN_NAME`'s."""

COLON_LIST_END = re.compile(r"[;.:()!?]")
"""A colon list runs to the clause's end at most."""

COLON_LIST_SHARED_TAIL = re.compile(rf"\S\s+(?P<tail>{_PARTY_COMMITTEE}|{LOCAL_UNIT_KIND_WORD})$")
"""'các Ban: Tuyên giáo, Dân vận Huyện ủy', 'các Sở: Tài chính, Xây dựng tỉnh' (folded text): the committee or
level ending the last unit's name is every unit's."""

# --- leftovers2: a notice's first point that is a field of details ---

DETAILS_FIELD = re.compile(
    r"^\W{0,3}(?:thoi\s+gian|dia\s+diem|thanh\s+phan)\b(?!\s+thuc\s+hien)[^:.;]{0,60}:")
"""'1. Thời gian:' (its values below it), '1. Thời gian, địa điểm: ...': a notice of an event opens with when,
where and who, so its '1.' is a point of that notice, not the first section of a plan ('4. Thời gian thực
hiện' is one, but never first). Matched without diacritics."""

SLASH_MARKER = re.compile(rf"^(?:(?P<roman>[IVX]{{1,5}})|(?P<letter>[a-zđ]))\s*/\s+(?=[{UPPER}{LOWER}\d])")
"""Roman and letter markers written with a slash ('II/ NHIỆM VỤ', 'a/ Lập danh sách ...'), as '1/' is:
read as 'II.' and 'a)'. A blank must follow the slash, so 'V/v' (về việc) never counts."""

RUN_IN_SLASH_LETTER = re.compile(r"(?<=[.;:!?])\s+(?=(?P<letter>[a-zđ])\s*/\s+\S)")
"""Where a slashed letter item was run into the paragraph above ('... hộ nghèo. a/ Lập danh sách ...;
b/ Niêm yết ...'): a line opening in lower case continues the paragraph when it is read."""


# --- names: how a body's name is written, what level a word names, what issuer code is central ---
# The graph (graph/bodies.py, graph/identity.py) keys bodies and places cited numbers with these; the
# functions that apply them are in loaders/names.py.

_NOT_IN_WORD = r"(?<![^\W\d_])"  # no letter before
_WORD_ENDS = r"(?![^\W\d_])"  # no letter after

BODY_ABBREVIATION = re.compile(
    rf"""{_NOT_IN_WORD}(?:
        (?P<ubnd>UBND)
      | (?P<hdnd>HĐND|HDND)
      | (?P<ubmttqvn>UBMTTQVN|UBMTTQ\s*VN)                 # before UBMTTQ: the longer name wins
      | (?P<ubmttq>UBMTTQ)
      | (?P<mttqvn>MTTQ\s*VN|MTTQVN)                       # before MTTQ
      | (?P<ctxh>CT\s*-\s*XH)
      | (?P<tp>TP\.?)
      | (?P<tx>TX\.?(?=\s*(?:[{UPPER}]|$)))               # thị xã: 'TX. Cửa Lò', 'UBND TX'
      | (?P<tt>TT(?=\s+(?:Đảng|HĐND|HDND|Hội\ đồng|UBND|Ủy\ ban|Tỉnh|Thành|Huyện|Quận|Thị)))
                                                           # Thường trực; 'TT Y tế' is a Trung tâm
      | (?P<mttq>MTTQ)
      | (?P<bch>BCH)
      | (?P<btv>BTV)
      | (?P<bcd>BCĐ)
      | (?P<ubkt>UBKT)
      | (?P<btgdv>BTGDV)
      | (?P<btg>BTG)
      | (?P<bdv>BDV)
      | (?P<hlhpn>HLHPN)
      | (?P<ub>UB(?=\s*MTTQ))
      | (?P<tccs>TCCS)
      | (?P<ldld>LĐLĐ)
      | (?P<lhpn>LHPN)
      | (?P<ccb>CCB)
      | (?P<tw>TW|TƯ|T\.Ư|T\.W)                            # sweepA: the centre's initials as news writes them
    ){_WORD_ENDS}""",
    re.VERBOSE,
)
ABBREVIATED: dict[str, str] = {
    "ubnd": "Ủy ban nhân dân", "hdnd": "Hội đồng nhân dân",
    "ubmttqvn": "Ủy ban Mặt trận Tổ quốc Việt Nam", "ubmttq": "Ủy ban Mặt trận Tổ quốc",
    "mttqvn": "Mặt trận Tổ quốc Việt Nam", "ctxh": "chính trị - xã hội", "tp": "thành phố",
    "tt": "Thường trực", "mttq": "Mặt trận Tổ quốc", "bch": "Ban Chấp hành", "btv": "Ban Thường vụ",
    "bcd": "Ban Chỉ đạo", "ubkt": "Ủy ban Kiểm tra", "tx": "thị xã", "btgdv": "Ban Tuyên giáo và Dân vận",
    "btg": "Ban Tuyên giáo", "bdv": "Ban Dân vận", "hlhpn": "Hội Liên hiệp Phụ nữ", "ub": "Ủy ban",
    "tccs": "tổ chức cơ sở", "ldld": "Liên đoàn Lao động", "lhpn": "Liên hiệp Phụ nữ",
    "ccb": "Cựu chiến binh", "tw": "Trung ương",
}
"""Abbreviations in body names and what they stand for, by `BODY_ABBREVIATION` group name."""

TERM_OF_OFFICE = re.compile(r"\s*\(?\b[Kk]hóa\s+(?P<term>[IVXLC]+)\b\)?")
"""'(khóa XIII)': the term belongs to the document, not to the body ('Bộ Chính trị' is one body)."""

BODY_KEY_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), r) for p, r in (
    (r"^(?:giao|đề nghị)\s+", ""),                              # 'giao UBND xã': the verb is not the name
    (r"\s*\(?\bkhóa\s+[ivxlc]+\)?", ""),                        # the term of office
    (r"\bủy ban (mặt trận tổ quốc)", r"\1"),                     # the Front and its committee: one body
    (r"\b(mặt trận tổ quốc) việt nam\b", r"\1"),
    (r"\b(trung ương) đảng\b", r"\1"),                           # 'Ban Chấp hành Trung ương (Đảng)'
    (r"\b(ban bí thư) trung ương\b", r"\1"),
    (r"\s*-\s*", " - "),
    (r"[\s,.;:]+$", ""),
))
"""Spellings of one body that differ only in words that do not identify it, applied in order to the
folded, expanded name: what is left is the body's name key."""

BODY_KINDS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), k) for p, k in (
    (r"^ban thường vụ|^thường trực", "standing_committee"),
    (r"^ban chấp hành", "party_committee"),
    (r"^đảng đoàn", "party_delegation"),
    (r"^ban cán sự", "party_cadres"),
    (r"^(?:ban|văn phòng|ủy ban kiểm tra)\b.*(?:ủy|trung ương)", "party_board"),  # 'Ban Dân vận Tỉnh ủy'
    (r"^ủy ban nhân dân", "peoples_committee"),
    (r"^hội đồng nhân dân", "peoples_council"),
    (r"mặt trận tổ quốc", "front"),
    (r"^(?:tỉnh|thành|huyện|quận|thị|đảng) ủy|^bộ chính trị|^ban bí thư", "party_committee"),
    (r"^công chức|^cán bộ", "official"),
    (r"đoàn thể|tổ chức chính trị|hội|đoàn\b|liên đoàn", "mass_organisation"),
    (r"^các\b", "group"),
))
"""A body's kind in the graph: the first rule that finds its name key, else 'other'."""

LEVEL_WORD = re.compile(
    rf"""{_NOT_IN_WORD}(?:
        (?P<central>trung\ ương|bộ\ chính\ trị|ban\ bí\ thư|chính\ phủ|thủ\ tướng|quốc\ hội)
      | (?P<province>tỉnh\ ủy|tỉnh\ đoàn|tỉnh)
      | (?P<city>thành\ ủy|thành\ đoàn|thành\ phố)       # a province or a district: the gazetteer says
      | (?P<district>huyện\ ủy|quận\ ủy|thị\ ủy|huyện\ đoàn|quận\ đoàn|thị\ đoàn|huyện|quận|thị\ xã)
      | (?P<commune>đảng\ ủy\ xã|xã(?!\s+hội)|phường|thị\ trấn|đặc\ khu|thôn|tổ\ dân\ phố)  # 'xã hội' is none
    ){_WORD_ENDS}""",
    re.VERBOSE,
)
"""Level words in a lower-cased body name or issuer text; the group that matched is the level."""

VILLAGE_WORDS = frozenset({"thôn", "tổ dân phố"})
"""Level words below a commune: a place name after them is the commune's, with its kind word."""

NOT_A_NAME = frozenset({"Đảng", "Việt", "Nam", "Khóa", "Khoá", "Mặt", "Trung", "Ban", "Về", "Ủy", "Uỷ"})
"""Capitalised words after a level word that begin no place name ('Huyện ủy Ban ...', 'tỉnh Về việc')."""

BODY_LIST_SEP = re.compile(r",\s*")
"""Between the bodies of a recipient line ('TT Đảng ủy, HĐND, UBND xã')."""

MINISTRY_CODE = re.compile(r"B[A-ZĐ]{1,8}")
"""A ministry's issuer code in a state number: BNV, BTC, BGDĐT, BNNPTNT."""

LOCAL_BOARD_CODES = frozenset({"BCS", "BQL", "BCĐ"})
"""B-codes of boards every unit has (cán sự, quản lý, chỉ đạo): never a ministry."""

# --- blind8 docnumber: a local board's code with its topic glued on ---
LOCAL_BOARD_TOPIC_CODE = re.compile(r"(?:BCĐ|BQL|BCS)[A-ZĐ0-9]+")
"""'BCĐPCGD' (Ban Chỉ đạo phổ cập giáo dục), 'BQLDA', 'BCĐ389': a board every unit has, named with its
topic; no ministry's code starts so (BCA, BCT, BQP are ministries)."""

PARTY_BOARD_CODES = frozenset({"BCH", "BTT", "BTV", "BDV", "BTG", "BTC"})
"""B-codes the parser reads as a local Party board's; in a state number the graph takes them for the
ministry they also spell (BTC: Bộ Tài chính), see `loaders.names.issuer_level`."""

CENTRAL_OFFICE_CODES = frozenset({"VPCP", "VPTW", "CTN", "TANDTC", "VKSNDTC", "KTNN"})
"""Issuer codes of central offices (Government and Party offices, the President, the Supreme Court and
Procuracy, the State Audit): a number with one of them is central."""

ROMAN_SECTION = re.compile(r"(?P<roman>[IVXLC]+)")
"""A task label's Roman section ('III' of 'III.4.3')."""

# --- blind26: a legal library's page title, the document's own number in it ---
LIBRARY_YEAR_TAG_RE = re.compile(r"\A\s*(?:(?i:năm)\s+)?(?:19|20)\d{2}\s+(?=[^\W\d_])")
"""The year a library writes after the number in its page title ('Công văn 12154/VPCP-TCCV 2025 về việc
...', 'Kế hoạch 186/KH-UBND năm 2025 phát triển ...'): its catalogue's tag, no part of the trích yếu;
only right after the number ('... đến năm 2025 và ...' inside a title is the title's)."""

# --- blind26: the enacting line under a state document's trích yếu ---
ENACTING_BASES = frozenset({
    "chính phủ", "thủ tướng chính phủ", "thủ tướng", "ủy ban nhân dân", "ubnd", "hội đồng nhân dân", "hđnd",
    "bộ", "quốc hội", "ủy ban thường vụ quốc hội",
})
"""Folded BASES keys of the state bodies that enact a decision or resolution in their own name: the line
that names one in capitals between the trích yếu and the preamble ('CHÍNH PHỦ', 'ỦY BAN NHÂN DÂN TỈNH SƠN
LA', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 'HỘI ĐỒNG NHÂN DÂN TỈNH TUYÊN QUANG KHÓA XIX, KỲ HỌP THỨ HAI')."""

ENACTING_FOLLOW_RE = re.compile(
    r"""(?:Căn\s+cứ|CĂN\s+CỨ|Xét|Theo\s+đề\s+nghị
        |QUYẾT\s+(?:ĐỊNH|NGHỊ)\s*:
        |(?:KHÓA|KHOÁ|Khóa|Khoá)\s+[IVXLC]+\b)         # a council's term wrapped onto its own line
    """,
    re.VERBOSE,
)
"""What follows the enacting line: the preamble ('Căn cứ Luật ...', 'Xét Tờ trình ...', 'Theo đề nghị
...'), the operative word ('QUYẾT ĐỊNH:', 'QUYẾT NGHỊ:') or the council's term and session on a line of
their own ('KHÓA VII, KỲ HỌP THỨ 6'). A trích yếu wrapped before a body's name goes on otherwise."""

DANGLING_END_RE = re.compile(r"(?:^|\s)(?:của|và|với|cho|thuộc|tại|giữa)$")
"""A folded trích yếu line that ends waiting for its object ('... QUY CHẾ LÀM VIỆC CỦA'): the next line,
even one that names a body, is the title's own."""

# --- typesweep header: the lines that end a trích yếu under its type line ---
TITLE_BODY_OPENER_RE = re.compile(
    r"""(?=[A-Z\d])(?:(?:Trong\s+)?(?:(?:[Tt]hời\s+gian|[Nn]hững\s+năm|[Cc]ác\s+năm|[Nn]hiệm\s+kỳ|[Gg]iai\s+đoạn
            |\d{1,2}\s+năm)(?:\s+(?:vừa\s+)?qua|\s+gần\s+đây)|Qua\s+\d{1,2}\s+năm[^,.;]{0,80}|Hiện\s+nay)\s*,
        |(?:Hội\s+nghị|Phiên\s+họp|Kỳ\s+họp)\s[^\n]{0,150}?\s(?:đã\s+)?họp(?=\s|$))""",
    re.VERBOSE,
)
"""The opening sentence of a resolution's or directive's body, a time adverbial then a comma ('Thời gian
qua, tình hình thiên tai ...', 'Trong những năm qua, ...', 'Những năm qua, ...', 'Hiện nay, ...'):
blind6 b05, blind3 b06, c03, c04; or, in a plenum's resolution or conclusion, the meeting that met
('Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh (khóa XVI) họp ngày 26/4/2022 ...', sweepB: h06,
blind11 b03, blind30 c06), while the heading above it names the meeting in capitals. No trích yếu line
opens so; matched at a line's start, in sentence case."""

# --- titlesweep header: the lines that end or stand for a title ---
# An annexed document's note under its title, '(Ban hành kèm theo Quyết định số 56/QĐ-UBND ngày ...)',
# '(Kèm theo Kế hoạch số ...)': it says what issued the text, so it is no part of the trích yếu. sweepG: a
# portal's narrow cell wraps it after its verb ('(Ban hành' / 'kèm theo Quyết định số: 59/QĐ-UBND', a Đồng Nai
# commune's working rules).
ANNEX_NOTE_RE = re.compile(r"^\W{0,3}\(\s*(?:(?:ban\s+hành\s+)?kèm\s+theo\s|ban\s+hành\s*$)", re.IGNORECASE)
# sweepT: the annex note may wrap onto the plan's title lines and be joined with them ('Hành động thực hiện
# Kết luận số 210-KL/TW ... trong thời gian tới (Kèm theo Nghị quyết số 105/NQ-CP ngày 08 tháng 4 năm 2026
# của Chính phủ)', the Government's programme attached to its resolution): searched inside the paragraph,
# it names the enacting document by its type and number.
ANNEX_NOTE_INLINE_RE = re.compile(
    r"\(\s*(?:ban\s+hành\s+)?kèm\s+theo\s+(?:quyết\s+định|nghị\s+quyết|chỉ\s+thị)\s+số\s*\d", re.IGNORECASE
)
# A decision whose title line was lost names what it issues or approves in its first article: 'Điều 1. Ban
# hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số 02/NQ-CP ...', 'Điều 1. Phê duyệt Đề án ...
# với các nội dung sau:'; the text up to the sentence's end or colon is its trích yếu, the verb kept.
ARTICLE_ISSUES_RE = re.compile(
    r"""(?:^|\n)[ \t]*Điều[ \t]+1[ \t]*[.:][ \t]*(?P<verb>Ban[ \t]+hành|Phê[ \t]+duyệt)[ \t]+
        (?:kèm[ \t]+theo[ \t]+Quyết[ \t]+định[ \t]+này[ \t]+)?
        (?P<title>[^\n:]+?)(?:[ \t]+(?:với|gồm)[ \t]+(?:các|những)[ \t]+nội[ \t]+dung[^\n:]*)?
        [ \t]*(?:\.(?=\s|$)|:|\n|$)""",
    re.VERBOSE,
)

# --- typesweep header: a type line in title case or letter-spaced, compound type lines ---
COMPOUND_TYPE_HEADINGS: dict[str, str] = {
    "chương trình phối hợp": "CTr", "thông báo kết luận": "TB", "quy chế phối hợp": "QC",
    "nghị quyết liên tịch": "NQ", "thông tư liên tịch": "TT",
}
"""Type lines of two words' kind ('QUY CHẾ PHỐI HỢP', blind11 b10; 'THÔNG BÁO KẾT LUẬN', c33): matched whole
when letter-spaced or in title case, where the kind's first word alone would leave the rest as the title."""
TITLE_CASE_HEADING_RE = re.compile(
    r"^[\s*#_]*(?P<heading>"
    + "|".join(_words(w) for w in sorted({**TYPE_HEADINGS, **COMPOUND_TYPE_HEADINGS}, key=len, reverse=True))
    + r")[\s*#_]*$",
    re.IGNORECASE,
)
"""A type line alone in title case ('Kế hoạch', 'Chương trình hành động'): a page that capitalises its
headings by style sheet keeps the words as typed. Matched on folded text, whole line only."""

# --- typesweep normalise: 'số' that ends a digital compound ---
DIGITAL_COMPOUND_END_RE = re.compile(
    r"""(?:chuyển\s+đổi|kinh\s+tế|xã\s+hội|chính\s+quyền|chính\s+phủ|công\s+dân|văn\s+h(?:óa|oá)|nền\s+tảng
        |dữ\s+liệu|hạ\s+tầng|kỹ\s+năng|năng\s+lực|thiết\s+bị|truyền\s+hình|công\s+nghệ)\s+số\W*$""",
    re.VERBOSE | re.IGNORECASE,
)
"""'... khoa học, công nghệ và chuyển đổi số' (NQ 57-NQ/TW's title), 'kinh tế số', 'hạ tầng số': here 'số'
is 'digital' and may end a title line; only the number word 'số' ('Nghị quyết số' / '57-NQ/TW') leaves a
line unfinished. Matched at a line's end only."""

# --- typesweep normalise: a line ending on the issuing verb ---
ISSUING_VERB_END_RE = re.compile(r"(?:^|\s)(?:đã|vừa|ký)\s[^.;:]*?\bban\s+hành$")
"""'... đã ký Quyết định 212/QĐ-TTg ban hành' / 'Kế hoạch và Đề cương ...' (blind6 b08 hard-wrapped): a lead's
active 'đã / vừa / ký ... ban hành' wants its object, so the line goes on; a title's '... do thành phố Huế
ban hành' (blind14 b01) or a passive '... được ban hành' may end a line. Searched in a line's last words."""
CARRY_OUT_END_RE = re.compile(
    rf"^\W*(?i:{TYPE_WORD})\s.*\s(?:thực\s+hiện|triển\s+khai|quán\s+triệt)$", re.IGNORECASE)
"""A title line that names its type and ends on the carry-out verb ('Chương trình của Ban Chấp hành Đảng bộ
tỉnh Khóa XVI thực hiện' / 'Nghị quyết số 45-NQ/TW ...', realworld k46 hard-wrapped): the verb wants its
object. A section heading ('4. Tổ chức thực hiện') names no type and is left alone."""

# --- tasksweep: the fields of a task table written as bullets under the task ---

_ROLE_FIELD_KEY = r"""(?:(?:co\s+quan|don\s+vi|bo\s+phan)\s+(?:chu\s+tri|phoi\s+hop|thuc\s+hien
        |chiu\s+trach\s+nhiem|duoc\s+giao)|chu\s+tri|phoi\s+hop)(?:\s+thuc\s+hien)?\s*:"""
_TIME_FIELD_KEY = r"""(?:thoi\s+gian|thoi\s+han|tien\s+do)
        (?:\s+(?:thuc\s+hien|hoan\s+thanh|trien\s+khai|bao\s+cao))?\s*:"""
_COLUMN_KEY = r"""(?:san\s+pham(?:\s+dau\s+ra)?|noi\s+dung(?:\s+thuc\s+hien)?
        |kinh\s+phi(?:\s+thuc\s+hien)?)\s*:"""

ROLE_FIELD_KEY = re.compile(rf"^(?:{_ROLE_FIELD_KEY})", re.VERBOSE)
"""A bullet that only says who does the task above it ('- Cơ quan chủ trì: Sở Nội vụ', '- Chủ trì: Ban Tuyên
giáo Huyện ủy; phối hợp: Văn phòng Huyện ủy', '- Đơn vị thực hiện: ...'), diacritics stripped."""

TASK_FIELD_KEY = re.compile(rf"^(?:{_ROLE_FIELD_KEY}|{_TIME_FIELD_KEY}|{_COLUMN_KEY})", re.VERBOSE)
"""Any field of a task table's row written as a bullet: who (`ROLE_FIELD_KEY`), by when ('- Thời gian thực
hiện: Quý II/2024', '- Tiến độ: ...'), what and with what ('- Nội dung: ...', '- Sản phẩm: Kế hoạch ...', '-
Kinh phí: ...'), diacritics stripped. Folded into the task only in a run that names who (`outline`)."""

DEADLINE_FIELD_DATE = re.compile(rf"""\s*(?P<phrase>(?:ngày\s+)?{_DATE})\s*$""", re.VERBOSE)
"""The whole value of a deadline field is a date ('Thời gian hoàn thành: 30/9/2024'): the field's name says
it is the deadline, so no 'trước' is needed (a bare date in a bracket may be a birthday, and is not read)."""

TIME_FIELD = re.compile(rf"^\W{{0,3}}(?:{_TIME_FIELD_KEY})", re.VERBOSE)
"""A point that only says when ('- Thời gian: Quý I/2024', '- Thời gian thực hiện: Thường xuyên'), diacritics
stripped: it dates the item above it."""

# --- tasktable: a plan's task table copied as '|' rows or tab-separated cells ---

TABLE_COLUMN = re.compile(
    r"""^(?:(?P<number>stt|tt|so\s+tt|so\s+thu\s+tu)
      | (?P<lead>(?:(?:co\s+quan|don\s+vi|bo\s+phan)[\s,/]*)*      # 'Cơ quan, đơn vị chủ trì'
          (?:chu\s+tri|thuc\s+hien|chiu\s+trach\s+nhiem|duoc\s+giao))
      | (?P<support>(?:(?:co\s+quan|don\s+vi|bo\s+phan)[\s,/]*)*phoi\s+hop)
      | (?P<time>thoi\s+gian|thoi\s+han|tien\s+do|moc\s+thoi\s+gian)
      | (?P<content>noi\s+dung|nhiem\s+vu|ten\s+nhiem\s+vu|cong\s+viec|hoat\s+dong|giai\s+phap|de\s+an)
      | (?P<product>san\s+pham|ket\s+qua)
      | (?P<funding>kinh\s+phi|nguon\s+kinh\s+phi|du\s+toan)
      )""",
    re.VERBOSE,
)
"""The header cell of a task table's column, lower case with diacritics stripped ('STT', 'Nội dung nhiệm vụ',
'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'); a table is read as tasks only when
its header names the number, the content and who or when, the content before the time (a meeting's programme
puts the time first)."""

TABLE_ROW_NUMBER = re.compile(r"(?P<n>\d{1,3})\.?")
"""A row's STT cell: '1', '12.'."""

TABLE_GROUP_NUMBER = re.compile(r"(?P<roman>[IVX]{1,5})|(?P<letter>[A-E])")
"""A group row's STT cell inside a task table ('I', 'II', 'A'): the rows under it are its items."""

TABLE_GROUP_ROW = re.compile(
    rf"(?:(?P<roman>[IVX]{{1,5}})|(?P<letter>[A-E]))\s*[.\-/)]\s*(?P<text>[{UPPER}].*)")
"""A group row written in one merged cell: 'I. Nhóm nhiệm vụ về tuyên truyền', 'A. CÔNG TÁC XÂY DỰNG ĐẢNG'."""

TABLE_TIME_CELL = re.compile(
    r"""^(?:(?:trước|trong|đến|hoàn\s+thành|từ|năm|quý|tháng|ngày|hằng|hàng|thường\s+xuyên|định\s+kỳ
      |giai\s+đoạn|6\s+tháng|sáu\s+tháng|khi\s+có)\b|\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?$|\d{4}(?:\s*[-–]\s*\d{4})?$)""",
    re.VERBOSE | re.IGNORECASE,
)
"""A cell that says when (a header-less table's time column): 'Quý I/2024', 'Trước ngày 30/6/2024',
'Thường xuyên', 'Hằng năm', '2024', '30/6/2024'."""

# --- subjects: whom a task is about (graph.align's subject signal) ---------------------------------------

SUBJECT_RE = re.compile(
    r"""\b(?=[cnthdpbđởklq])                   # the first letters below: other words are passed at once
      (?:
        (?P<workers>công[ ]nhân | công[ ]đoàn | liên[ ]đoàn[ ]lao[ ]động)
      | (?P<farmers>nông[ ]dân)                  # 'nông nghiệp, nông dân, nông thôn'; 'Hội Nông dân'
      | (?P<intellectuals>trí[ ]thức)
      | (?P<entrepreneurs>doanh[ ]nhân)
      | (?P<youth>thanh[ ]niên | thế[ ]hệ[ ]trẻ | thiếu[ ]niên | (?:thành|tỉnh|huyện)[ ]đoàn)
      | (?P<women>phụ[ ]nữ | bình[ ]đẳng[ ]giới)
      | (?P<veterans>cựu[ ]chiến[ ]binh)
      | (?P<elderly>người[ ]cao[ ]tuổi)
      | (?P<religions>tôn[ ]giáo | chức[ ]sắc | chức[ ]việc | nhà[ ]tu[ ]hành | tín[ ]đồ)
      | (?P<ethnic>dân[ ]tộc[ ]thiểu[ ]số | đồng[ ]bào[ ]dân[ ]tộc | công[ ]tác[ ]dân[ ]tộc)
      | (?P<abroad>ở[ ]nước[ ]ngoài | kiều[ ]bào)
      | (?P<armed>lực[ ]lượng[ ]vũ[ ]trang | quân[ ]đội | công[ ]an)
    )\b""",
    re.VERBOSE,
)
"""Whom a task is about, on folded text (`loaders.normalise.fold`): 43-NQ/TW's strata and groups, each a
named group. Plans under it write one task per stratum ('Đối với giai cấp công nhân: ...'), bundle several
in one bullet ('đội ngũ thanh niên, phụ nữ, cựu chiến binh, doanh nhân, người cao tuổi'), or carry them by a
footnote citing each stratum's resolution ('... về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam').
'người lao động' is left out: 'cán bộ, công chức, viên chức, người lao động' names a unit's staff, not
workers; nor 'doanh nghiệp': a firm ('người lao động tại doanh nghiệp', 'người dân và doanh nghiệp') is
not the entrepreneurs' stratum ('đội ngũ doanh nhân'), and a commune's dissemination task naming firms
twice took the stratum from its bundle (Tự Cường II.2.2). The Front is a body kind
(graph.align.body_kinds), not a subject here."""

# --- objects: the programmes a task is about (graph.align's object signal) ---------------------------------

OBJECT_RE = re.compile(
    r"""\b(?=[cgk])                         # the first letters below: other words are passed at once
      (?:
        (?P<reform>cải[ ]cách[ ]hành[ ]chính)
      | (?P<poverty>giảm[ ]nghèo)                # 'giảm nghèo bền vững', 'xóa đói giảm nghèo'
      | (?P<rewards>khen[ ]thưởng)               # 'công tác thi đua, khen thưởng'
    )\b""",
    re.VERBOSE,
)
"""What a task is about, on folded text: the State's programmes that a plan under 43-NQ/TW gives a task of
its own, each a named group. One level down that task is said in other words ('Đẩy mạnh cải cách hành
chính, trọng tâm là thủ tục hành chính' against 'duy trì chỉ số cải cách hành chính', text 0.12), and the
programme's name is what the two share (graph.align's object signal, read as the subjects are, by
holders). Left out, as measured on the hand-aligned pairs and the synthetic cascades: the political
system's ways of working ('phản biện xã hội', 'dân chủ ở cơ sở', 'đối thoại', 'tự quản', 'khiếu nại, tố
cáo', 'Ngày hội đại đoàn kết'), which every body's task names in passing; 'an sinh xã hội' and 'nông thôn
mới', which are also the Front's programme and campaign and the farmers' stratum; 'chuyển đổi số', a means
the Front's items name; and synonyms ('thủ tục hành chính', 'dịch vụ công', 'hộ nghèo'): each cost more
than it found (docs/alignment.md, thirteenth round)."""

# --- acts: what a task asks its body to do (graph.align's act signal) ---------------------------------------

ACT_RE = re.compile(
    r"""\b(?=[xbcqtpkgđsnhl])                 # the first letters below: other words are passed at once
      (?:
        (?P<plan>(?:xây[ ]dựng|ban[ ]hành)       # 'ban hành các chương trình', 'xây dựng kế hoạch'
                 (?:[ ][^\W\d_]+){0,3}?[ ](?:chương[ ]trình|kế[ ]hoạch|đề[ ]án)
               | cụ[ ]thể[ ]hóa)                       # not 'có kế hoạch cụ thể để hỗ trợ': a plan, no order
      | (?P<disseminate>quán[ ]triệt | tuyên[ ]truyền | phổ[ ]biến | học[ ]tập)
      | (?P<inspect>kiểm[ ]tra | giám[ ]sát | đôn[ ]đốc | theo[ ]dõi)
      | (?P<review>sơ[ ]kết | tổng[ ]kết)
      | (?P<report>báo[ ]cáo)
      | (?P<fund>kinh[ ]phí | ngân[ ]sách)
      | (?P<guide>hướng[ ]dẫn)
      | (?P<coordinate>phối[ ]hợp)
      | (?P<advise>tham[ ]mưu)
      | (?P<emulate>phong[ ]trào[ ]thi[ ]đua | cuộc[ ]vận[ ]động)
    )\b""",
    re.VERBOSE,
)
"""What a task asks its body to do, on folded text (`loaders.normalise.fold`), each act a named group. A
plan's closing section ('Tổ chức thực hiện') gives each body its share of the work, and which share one
level down carries out which is said by the act, not by the words around it: 'Ủy ban nhân dân huyện tiếp
tục ban hành, chỉ đạo các cơ quan, đơn vị ban hành các chương trình, đề án, kế hoạch' carries out 'Chỉ đạo
các sở, ngành ... xây dựng chương trình, kế hoạch, đề án' (text 0.12). Only `plan` is credited
(`graph.align.Params.acts`): the other acts, measured on the hand-aligned pairs and a synthetic cascade,
are asked of a body by too many of its tasks, or by none of the right ones (docs/alignment.md, seventh
round)."""

# --- alignment: the words graph.align reads in task text (folded text unless said) -------------------------

ALIGN_DEADLINE_TAIL_RE = re.compile(
    r"""\(                                         # the bracket a task's deadline is written in
        (?:[^()]*
           (?:thường[ ]xuyên | hoàn[ ]thành | quý | trước[ ]ngày | khi[ ]có[ ]chỉ[ ]đạo | hằng[ ]năm
            | định[ ]kỳ)
           [^()]*)
        \)\s*\.?\s*$                                # at the task's end""",
    re.VERBOSE,
)
"""A task's deadline in brackets at its end ('(hoàn thành trong quý I/2024)', '(thực hiện thường
xuyên)'): when, not what, so text similarity leaves it out (the deadline signal reads its kind)."""

ALIGN_TITLE_END_RE = re.compile(
    r"""(?<=[^\W\d_])[ ]+                       # a word's last letter, then a space, no stop
        (?=[^\W\d_])                          # a word follows""",
    re.VERBOSE,
)
"""Where a heading's title may end inside a task's text: the parser joins a heading's line and its first
paragraph with a space ('Tổ chức các cuộc vận động, ... thiết thực, hiệu quả Tiếp tục quán triệt ...'),
so no stop marks the title's end. `graph.align` takes one only before the text's first stop, between a
lower-case word and a capitalised `DIRECTIVE_OPENING` followed by a lower-case word (not 'Ban Tổ chức
Thành ủy', a body's name)."""

ALIGN_LEVEL_RE = re.compile(
    r"""\b(?:thành[ ]phố | tỉnh | huyện | quận | thị[ ]xã | xã | phường | thị[ ]trấn  # a place's level
         | thành[ ]ủy | tỉnh[ ]ủy | huyện[ ]ủy | quận[ ]ủy | thị[ ]ủy | đảng[ ]ủy)\b  # a Party committee's
    """,
    re.VERBOSE,
)
"""The level of a body or place says who, not what: 'Hội đồng nhân dân thành phố' is '... tỉnh' one level
up, so text similarity masks these words."""

BODY_KIND_RES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rx, re.VERBOSE)) for kind, rx in (
    ("board:propaganda", r"ban[ ]tuyên[ ]giáo"),
    ("board:mass-mobilisation", r"ban[ ]dân[ ]vận"),
    ("board:organisation", r"ban[ ]tổ[ ]chức"),
    ("board:internal-affairs", r"ban[ ]nội[ ]chính"),
    ("board:inspection", r"ủy[ ]ban[ ]kiểm[ ]tra"),
    ("boards", r"các[ ]ban[ ](?:của | xây[ ]dựng[ ]đảng) | văn[ ]phòng[ ](?:tỉnh | thành | huyện)"),
    ("peoples-council", r"hội[ ]đồng[ ]nhân[ ]dân | hđnd"),
    ("peoples-committee", r"ủy[ ]ban[ ]nhân[ ]dân | ubnd | chính[ ]quyền"),
    ("front", r"mặt[ ]trận | mttq"),
    ("mass-organisations",
     r"tổ[ ]chức[ ]chính[ ]trị[ ]-[ ]xã[ ]hội | đoàn[ ]thể | hội[ ]quần[ ]chúng | các[ ]hội\b"
     r" | (?:thành | tỉnh | huyện)[ ]đoàn"),
    ("party",
     r"cấp[ ]ủy | tổ[ ]chức[ ]đảng | (?:huyện | quận | đảng | thành | tỉnh | thị)[ ]ủy | chi[ ]bộ | đảng[ ]bộ"
     r" | đảng[ ]đoàn | ban[ ]cán[ ]sự"),
    ("officials", r"cán[ ]bộ | công[ ]chức | ngành | đơn[ ]vị"),
    ))
"""The kinds of body a task names, whatever its level, first match wins ('Ban cán sự đảng Ủy ban nhân
dân' is the people's committee's): the Party's boards, the people's council and committee, the Front,
the mass organisations, the Party committees, officials (`graph.align.body_kinds`)."""

COLLECTIVE_BODY_RE = re.compile(
    r"""^(?:các[ ])?cấp[ ]ủy\b  # 'Các cấp ủy đảng, chính quyền', 'Cấp ủy, chính quyền các cấp, MTTQ ...'
    """,
    re.VERBOSE,
)
"""A name that opens with the Party committees and lists the other bodies after them is every level's whole
political system acting together ('Các cấp ủy đảng, chính quyền', 'Các cấp ủy, chính quyền, MTTQ và các
đoàn thể'): each kind it lists is one of its subjects, not only the first the kinds' order finds
(`graph.align.body_kinds`)."""

BODY_LIST_GLUE_RE = re.compile(r"\b(?:các|và|của)\b|[\W\d_]+")
"""What joins the names in a list of bodies ('Các Ban của Thành ủy', 'Mặt trận ..., các tổ chức ... và
...'): a heading that is this and the names alone says whose share, not what (`graph.align.body_heading`)."""

NOTE_TITLE_RE = re.compile(r"\bvề\s+(?P<title>.+)", re.DOTALL)
"""What a document a footnote cites is about: its title after 'về' ('Nghị quyết số 45-NQ/TW ... về ...
đội ngũ trí thức'). The number, date and issuer say which document; only the title can be found in
another plan's task (`graph.align.note_items`)."""

CITED_NUMBER_RE = re.compile(
    r"""\b\d{1,4}\s*[-/]\s*[A-ZĐa-zđ]{1,8}          # '43-NQ', '134/NQ'
        (?:[/-][A-ZĐa-zđ]{1,10})+                  # '/TW', '-HĐND'""",
    re.VERBOSE,
)
"""A document number cited in a task's text (raw text), a marker two tasks may share."""

# --- blind34: an outline's subject under its heading ---

OUTLINE_HEADING_RE = re.compile(
    r"""^\W{0,3}(?i:đề\s+cương)                      # 'ĐỀ CƯƠNG' alone on its line
        (?:\s+(?i:tuyên\s+truyền|giới\s+thiệu))?     # 'ĐỀ CƯƠNG TUYÊN TRUYỀN'
        \W{0,3}$""",
    re.VERBOSE,
)
"""The heading of an outline (đề cương), a form DOMAIN.md gives no type code: its subject is the line(s) right
under it ('ĐỀ CƯƠNG TUYÊN TRUYỀN' / 'Đảng bộ thành phố Thủ Dầu Một 75 năm hình thành và phát triển', blind34
b08), as a type heading's trích yếu is."""

PERIOD_LINE_RE = re.compile(
    r"""^\(\s*[\d/.]+\s*[-–]\s*[\d/.]+\s*\)$      # '(8/1948 - 8/2023)', '(01/01/1997 - 01/01/2022)'""",
    re.VERBOSE,
)
"""The span an anniversary outline's subject covers, on its own line under the subject: it ends it."""

# --- resolve: the patterns that read a body's name, its place and its level ---

# A bloc's name after 'Đảng ủy' ('Khối các cơ quan tỉnh'), up to the word that names its level (folded text);
# blind52: the merged bloc's 'và' ('Khối các Cơ quan và Doanh nghiệp tỉnh').
BLOC_RE = re.compile(
    r"^khối(?:\s+(?:các|cơ|quan|và(?=\s+(?:các\s+)?doanh)|doanh|nghiệp|dân|chính|đảng|tỉnh|thành|phố|huyện|quận"
    r"|thị|xã))*",
    re.IGNORECASE,
)
# A Party committee directly under the Central Committee: 'Đảng ủy các cơ quan Đảng Trung ương', 'Đảng
# ủy Khối Doanh nghiệp Trung ương', 'Đảng ủy Công an Trung ương', 'Đảng ủy Chính phủ', 'Đảng ủy Quốc
# hội' (folded text after 'Đảng ủy'): central, whatever place-like words its name has.
CENTRAL_PARTY_RE = re.compile(
    r"^(?:[^\W\d_][\w ,-]*\s)?(?:trung\s+ương|tw|tư)$|^(?:chính\s+phủ|quốc\s+hội|ngoài\s+nước)$")
# Where a body's place name ends: at prose, two words opening in lower case ('Lục Nam tổ chức'; a capitalised
# word before them is still the name's), or at the unit it lies in, written after it with no comma ('xã Tân
# Lập huyện Lục Nam', 'phường Bến Nghé quận 1', 'phường Vạn Thạnh TP Nha Trang'): that unit (`above`) then
# places it as a parent body would. The unit is tried first: its kind may be two lower-case words itself
# ('phường Hồng Giang thị xã Việt Yên').
NAME_END_RE = re.compile(
    rf"""\s+(?=(?P<above>(?:(?:{LOCAL_UNIT_KIND_WORD})\s+|{_ABBREVIATED_KIND}\s*)
            [{UPPER}\d][^\W_]*(?:\s+[{UPPER}][^\W\d_]*){{0,3}}))
        |\s+(?=[{LOWER}][^\W\d_]*\s+[{LOWER}])""",
    re.VERBOSE,
)
# Who acts for the body, before its name: 'Hội nghị lần thứ năm Ban Chấp hành ...', 'Thay mặt ...'.
ACTING_FOR_RE = re.compile(
    r"^(?:thay\s+mặt|t/m\.?|hội\s+nghị(?:\s+lần\s+thứ\s+[\w]+)?(?:\s+của)?|bộ\s+trưởng)\s+(?=\S)",
    re.IGNORECASE,
)
# agencysweep: 'Bộ Chỉ huy', 'Bộ Tư lệnh', 'Bộ đội' open no ministry's name.
NOT_MINISTRY_RE = re.compile(r"(?:chỉ\s+huy|tư\s+lệnh|đội)\b", re.IGNORECASE)
# leftovers2: a ministry written by its initials keeps them: 'Bộ VHTTDL', 'Bộ GD&ĐT', 'Bộ LĐ-TB&XH'.
MINISTRY_ABBREV_RE = re.compile(r"[A-ZĐ]{2,8}(?:[&-][A-ZĐ]{1,6}){0,3}")
# A word of consonants alone is initials ('BHXH'), kept in capitals when a name is re-cased.
INITIALS_RE = re.compile(r"[BCDĐGHKLMNPQRSTVX]{2,}")
# blind17: 'chi nhánh' after a national agency's name opens its branch.
BRANCH_WORD_RE = re.compile(r"chi\s+nhánh\b", re.IGNORECASE)
# blind23: a ministry's Party committee ('Đảng ủy Bộ Công Thương', folded text after 'Đảng ủy'), never 'Bộ
# Chính trị', 'Bộ Chỉ huy', 'Bộ Tư lệnh' nor 'Bộ đội'.
MINISTRY_COMMITTEE_RE = re.compile(
    r"^(?P<agency>(?:cơ\s+quan\s+)?(?P<kind>bộ)\s+(?!(?:chính\s+trị|chỉ\s+huy|tư\s+lệnh|đội)(?![\w]))[^\W\d_])",
    re.IGNORECASE,
)
# blind23: a provincial command ('Đảng ủy Bộ Chỉ huy Quân sự tỉnh'), whose sector then gives the level.
COMMAND_OF_RE = re.compile(r"^bộ\s+chỉ\s+huy\s+", re.IGNORECASE)
# blind23: a school's Party committee keeps the school's whole name ('Đảng bộ Trường Đại học Vinh').
SCHOOL_COMMITTEE_RE = re.compile(r"^(?:trường\s+)?(?:đại\s+học|cao\s+đẳng|học\s+viện)\s+\S", re.IGNORECASE)
# blind23: a bloc of schools ('Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội').
SCHOOL_BLOC_RE = re.compile(r"^khối\s+(?:các\s+)?trường\s+\S", re.IGNORECASE)
# 'HĐND VÀ UBND' after a body's name: a second body, not a place.
SECOND_BODY_AND_RE = re.compile(r"\s*và\s", re.IGNORECASE)
# 'Đảng bộ tỉnh X' as a committee's rest: the place is the unit after the Party organisation's word.
PARTY_ORGANISATION_HEAD_RE = re.compile(r"^(?:đảng\s+bộ\s+)", re.IGNORECASE)
# A term closing a body's name, no part of its place: '(khóa XIII)', '... khóa XVII'.
TERM_IN_BRACKETS_RE = re.compile(r"\s*\((?:khóa|khoá)[^)]*\)\s*$", re.IGNORECASE)
TERM_AT_END_RE = re.compile(r"\s+(?:khóa|khoá)\s+[IVXLC]+$", re.IGNORECASE)
# blind20: a council's term and session after its name ('HỘI ĐỒNG NHÂN DÂN QUẬN 2 KHÓA III - KỲ HỌP THỨ 14',
# 'Hội đồng nhân dân tỉnh Sơn La khóa XIII, kỳ họp chuyên đề lần thứ 3', 'HĐND thành phố Cần Thơ khóa VII - kỳ
# họp thứ mười một'): no part of the place.
TERM_AND_SESSION_RE = re.compile(
    r"\s*[,;]?\s+(?:khóa|khoá)\s+[IVXLC]+\b\s*[,;\-–]?\s*(?:kỳ\s+họp|nhiệm\s+kỳ)\b.*$", re.IGNORECASE)
# blind43: a headline whose body launches a drive ('THƯỜNG TRỰC ĐẢNG ỦY XÃ IA ĐAL PHÁT ĐỘNG “Đợt thi đua cao
# điểm 12 tháng”'), the lead then naming the body without its unit ('Thường trực Đảng ủy xã phát động ...').
# A headline: the verb right after the name (a lead's 'đã / vừa phát động ...' is news tense), no full stop.
HEADLINE_LAUNCHES_RE = re.compile(
    r"""^[ \t]*(?P<issuer>[^\n“"«:.]{4,120}?)(?<![Đđ]ã)(?<!vừa)(?<!mới)(?<!cũng)
        [ \t]+(?i:phát[ \t]+động)[ \t]+[“"«]?(?P<title>[^\n”"».]{4,200}?)[”"»]?[ \t]*$""",
    re.VERBOSE | re.MULTILINE,
)
# blind6: a portal headline's subject, a capitalised name before a lower-case word ('Tuyên Quang phát động
# Tết trồng cây ...').
HEADLINE_ACTOR_RE = re.compile(
    rf"^\s*(?P<name>[{UPPER}][{LOWER}]*(?:\s+[{UPPER}][{LOWER}]*){{0,3}})\s+(?=[{LOWER}])")
# blind21: a news copy's credit line naming a provincial paper: 'Nguồn Đồng Nai: http://...', 'Theo Báo Quảng
# Ninh', '(Nguồn: Báo điện tử Tây Ninh)'.
CREDIT_PROVINCE_RE = re.compile(
    rf"""^[ \t(]*(?:Nguồn|Theo)[ \t]*:?[ \t]*(?:[Bb]áo[ \t]+(?:điện[ \t]+tử[ \t]+)?)?
        (?P<name>[{UPPER}][{LOWER}]*(?:[ \t]+[{UPPER}][{LOWER}]*){{0,3}})[ \t]*(?:[:)]|$)""",
    re.VERBOSE | re.MULTILINE,
)
# blind24: a lead's goal naming the province it builds: 'xây dựng Phú Thọ là tỉnh phát triển hàng đầu', 'đưa
# Hậu Giang trở thành tỉnh công nghiệp', 'phấn đấu đến năm 2030 Đắk Nông trở thành tỉnh phát triển khá'.
# bodyplace: a city's goal too, a sentence's first word ('Phấn đấu Hải Phòng luôn là một trong những địa
# phương trong tốp đi đầu', 'xây dựng Đà Nẵng trở thành thành phố ...').
GOAL_PROVINCE_RE = re.compile(
    rf"""(?<!\w)(?:xây\s+dựng|đưa|[Pp]hấn\s+đấu(?:\s+đến\s+năm\s+\d{{4}})?,?)\s+
        (?P<name>[{UPPER}][{LOWER}]*(?:\s+[{UPPER}][{LOWER}]*){{0,3}})\s+(?:luôn\s+)?(?:là|trở\s+thành|thành)\s+
        (?:một\s+(?:trong\s+(?:những|các)\s+)?)?(?:{PROVINCE_KIND_WORD}|địa\s+phương)\b""",
    re.VERBOSE,
)
# blind23: a bloc named in full ('Khối các cơ quan Trung ương'), its last word the level it is at.
FULL_BLOC_RE = re.compile(
    rf"""(?<![\w])(?i:khối)\s+(?P<what>(?i:(?:các\s+)?cơ\s+quan(?:\s*(?:và|-|–)\s*(?:các\s+)?doanh\s+nghiệp)?
        |(?:các\s+)?doanh\s+nghiệp|dân\s+chính\s+đảng))
        \s+(?P<unit>(?i:trung\s+ương|tw|{LOCAL_UNIT_KIND_WORD}))(?![\w])""",
    re.VERBOSE,
)

# --- normalise: a page's lines, header rows, items and numbers before the stages read them ---

# A page number alone on its line ('12', 'Trang 3', '- 4 -'); perturb: also a page of a count ('Trang 2/5',
# '2/5', '- 3/9 -'), as a PDF's footer writes it.
PAGE_NUMBER_RE = re.compile(r"^(?:[-–—]\s*)?(?:trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*[-–—])?$",
                            re.IGNORECASE)
# A document-sharing site's page marker glued to the page's first line: 'Trang 1UỶ BAN NHÂN DÂN'.
GLUED_PAGE_MARK_RE = re.compile(r"Trang[ \t]?\d{1,3}(?=[^\W\d_])")
# sweepT: the Official Gazette's PDF text layer (Công báo) runs its head over every page ('CÔNG BÁO/Số
# 302/Ngày 02-06-2026') and stamps its e-signature under the first ('Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA ...',
# 'Cơ quan: VĂN PHÒNG CHÍNH PHỦ', 'Ngày ký: 2026-06-02 08:06:33 +07:00'): the publisher's lines, which ran
# into the task or heading they fell in ('1. Bộ Ngoại giao CÔNG BÁO/Số 302/Ngày 02-06-2026'). Matched whole
# on a squeezed line.
GAZETTE_PAGE_LINE_RE = re.compile(
    r"""CÔNG\ BÁO\ ?/\ ?Số\ \d{1,4}\ ?/\ ?Ngày\ \d{1,2}-\d{1,2}-\d{4}   # the running head
      | Ký\ bởi:\ CÔNG\ BÁO\b.*                                            # the stamp's signer
      | Ngày\ ký:\ \d{4}-\d{2}-\d{2}\ \d{2}:\d{2}.*                           # its time
    """,
    re.VERBOSE,
)
GAZETTE_STAMP_OFFICE_RE = re.compile(r"Cơ quan: VĂN PHÒNG CHÍNH PHỦ")
"""The stamp's office line, dropped only right after the stamp's signer (a body may open a line with 'Cơ
quan:' elsewhere)."""
# sweepT3: a legal library's crawler opens each part of the page it saved with the document's short name, as
# the library titles it ('Quyết định 435/QĐ-UBND năm 2020. Điều 2.', '... năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG.
# II. NỘI DUNG HOẠT ĐỘNG', Kon Tum's decision and its programme in blind44 g01): no heading or article then
# opened its line, so the programme gave no task. Matched after a newline; a name opening one line only is
# the text's own and stays (`normalise`).
CRAWLER_HEAD_RE = re.compile(
    r"""\n(?P<head>(?:Quyết|Nghị|Kế|Chỉ|Chương|Thông|Hướng|Công)
        \ (?:định|quyết|hoạch|thị|trình|tư|dẫn|báo|văn)           # the type's two words
        \ \d+/[^\s/]+(?:/[^\s/]+)?\ năm\ \d{4}\.\ )              # '435/QĐ-UBND năm 2020. '""",
    re.VERBOSE,
)
CRAWLER_ANNEX_RE = re.compile(r"(?P<name>[^.:;]{3,60})\.\ (?=[IVXLC]{1,5}\.\s)")
"""The attached plan's name the crawler writes after the document's before each of the plan's Roman headings
('CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG ...'), taken away with it only when in capitals."""
# perturb: a header column copied onto one line ('THỦ TƯỚNG CHÍNH PHỦ ------- Số: 719/QĐ-TTg'): the number
# cell starts a line of its own. 'Số' in lower case after capitals is where the cell changes; a capitals 'SỐ'
# goes on a title in capitals ('THỰC HIỆN QUYẾT ĐỊNH SỐ 892/QĐ-TTG ...') unless its colon marks the cell.
NUMBER_CELL_RE = re.compile(r"[ \t]+(?=(?:Số[ \t]*:?|SỐ[ \t]*:)[ \t]*\d{1,6}(?!\d))")
# A web table copied row by row puts a tab (or a run of spaces) between a row's cells: 'Số: 908a/VPCP-KTN
# V/v Bổ sung ... Thái Nguyên.<TAB>Hà Nội, ngày 04 tháng 02 năm 2016'. In a header row (a line that opens
# with a header cell: capitals, the number cell, the 'V/v' cell, and holds a motto, a number cell or a
# place-date) a gap before a cell's opening words starts the next cell; a gap inside a cell ('CỘNG
# HÒA<TAB>XÃ HỘI', 'Số:<TAB>12', a number left blank 'Số:      /UBND') splits nothing, nor does running
# text, which opens with no header cell.
HEADER_CELL_GAP_RE = re.compile(
    rf"""(?<=\S)(?:[ ]*\t[ \t]*|[ ]{{3,}})
        (?=(?:Số|SỐ)\s*:?\s*\d|V/v\b|CỘNG\s+H[ÒO]|ĐẢNG\s+CỘNG|Độc\s+lập               # a cell that opens so
          |[{UPPER}][^\s,]*(?:\s+[^\s,]+){{0,4}}\s*,\s*ngày\s+\d)                   # the place-date cell""",
    re.VERBOSE,
)
HEADER_ROW_OPENING_RE = re.compile(rf"\s*(?:(?:Số|SỐ)\s*:?\s*\d|V/v\b|[{UPPER}]{{2,}}[ \t]+[{UPPER}]{{2,}})")
HEADER_ROW_RE = re.compile(r"CỘNG\s+H[ÒO]A|ĐẢNG\s+CỘNG\s+SẢN|Độc\s+lập|^\s*Số\s*:?\s*\d|,\s*ngày\s+\d",
                           re.IGNORECASE)
# The 'V/v' cell a row put after the number cell: 'Số: 908a/VPCP-KTN V/v Bổ sung ...'.
SUBJECT_CELL_RE = re.compile(r"^(\s*(?:Số|SỐ)\s*:?\s*\d\S*)\s+(?=V/v\b)")
# A line that starts an outline item: Roman 'III.'/'III-', '1.', '1.1.', '1)', 'a)', or a bullet
# '-', '+', '–', '•' followed by a space. A bullet followed by a lower-case word is a wrapped
# 'kinh tế' / '- xã hội' and continues the line before.
ITEM_START_RE = re.compile(
    rf"""^(?:
        {_ROMAN_MARK}\s*[.\-–)]\s                 # Roman section: 'III.', 'I-', 'IV)'
      | {_NUMBER_PATH}(?:{_NUMBER_CLOSE})\s*       # '1.', '1.1.', '2)', '1 -'
      | (?P<bare>{_NUMBER_PATH})\s+                # '1.1 Text' (a capital must follow)
      | [a-zđ][).]\s                            # 'a)', 'b.'
      | [a-zđ]/\s(?=\S)                         # 'a/ Lập ...' (tasksweep: its own line, never a wrap)
      | \(\d{{1,2}}\)[ \t]+(?=[{UPPER}])          # '(1) Đẩy mạnh ...'
      | (?P<bullet>[{_BULLETS}*])\s*               # bullets (see `starts_item`), a kept typed star
    )""",
    re.VERBOSE,
)
# A document number split over two lines: '43-' / 'NQ/TW', '12 –' / 'KH/UBND', '43' / '-NQ/TW'.
SPLIT_NUMBER_HEAD_RE = re.compile(r"\d(?P<space>\s?)(?P<dash>[-–—]?)$")  # on a line's last chars
SPLIT_NUMBER_TAIL_RE = re.compile(r"^(?P<dash>[-–—]?)[A-ZĐ][A-Za-zĐđ]{0,5}/")
# A news source's tag opens a lead, never a wrapped line: '(Baothanhhoa.vn) - Chủ tịch UBND tỉnh ...'.
NEWS_TAG_START_RE = re.compile(
    r"^\((?=[^()\n]*[A-Za-zĐ])[^()\s]{2,20}(?:[ \t][^()\s]{1,12}){0,2}\)[ \t]*[-–—][ \t]")
# A bare syllable Vietnamese always marks: a stop ending or a vowel pair that only exists with hats.
MUST_MARK_RE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(?:[aeiouy]{1,3}(?:ch|c|p|t)|[aeiouy]*(?:ie|uo|ye)[aeiouy]*(?:ng|nh|n|m|c|ch|p|t)?)",
    re.IGNORECASE,
)

# --- tasks: where a target list ends ---

TARGET_COLON = re.compile(r"(?:\s*(?:,|\svà\s)[^:;.()]{1,24})?\s*:")
"""leftovers2: the bodies of 'Đối với Công an xã, Ban An toàn giao thông xã: phối hợp ...' end at the colon
that opens their work, as a heading's end would; a short last part the names do not read ('..., 12 thôn:')
still belongs to the list."""

# --- citations: a listed parent, a code cut by a blank, a directive's first point ---

# 'Thực hiện X ... về A; Y ...': what follows a list's mark is listed with what precedes it.
AFTER_LIST_MARK_RE = re.compile(r"(?:[;,]|\svà)\s*\Z")
# A join closing a cited issuer's name ('... Tỉnh ủy và', '... VÀ', '... -', '... ,'): no part of the name.
TRAILING_JOIN_RE = re.compile(r"(?:[ \t]+(?:VÀ|và|[-–,]))+\Z")
# 'Thông tư 01/2016/TT-BGD ĐT': the rest of an issuer's code after a blank typed inside it.
SPLIT_CODE_RE = re.compile(r"[ \t]+(?P<rest>[A-ZĐ]{1,4})(?![\w])")
# leftovers: a directive with no preamble opens its points with what it carries out ('1. Quán triệt sâu sắc và
# tổ chức thực hiện nghiêm túc Chỉ thị số 55-CT/TW ngày 22/12/2025 của Ban Bí thư ...'); only the first point.
# blind41 b04: or with the units it orders to carry a document out, under a demand ('Phòng GD&ĐT yêu cầu:' /
# '1. Các đơn vị tiếp tục thực hiện nghiêm Công điện số 14/CĐ-UBND ...'); no report's 'kết quả thực hiện'.
FIRST_POINT_TAKES_IN_RE = re.compile(
    rf"""^[ \t]*1[.)][ \t]*(?:
        Quán\s+triệt\b
      | (?:Các|Toàn\s+thể)\s(?:(?!{_ORDER_ADDRESSEE_STOP})[^.;:\n]){{1,60}}?\s
        (?:tiếp\s+tục\s+)?(?:tổ\s+chức\s+)?thực\s+hiện(?:\s+nghiêm(?:\s+túc)?)?(?![\w])
        (?!\s+(?:theo|đúng)(?![\w]))  # 'Các khoản thu thực hiện theo Nghị quyết ...': done as it says
    )""",
    re.MULTILINE | re.VERBOSE,
)

# --- header: a header's cells, its place-date, its preamble and a letter's salutation ---

# A place-date cell broken after its place ('Hà Nội,' / 'ngày 12 tháng 3 năm 2020'): the place before the
# comma ending a line.
PLACE_TAIL_RE = re.compile(r"(?:^|\s)(?P<place>[^\W\d_][\w.]*(?:\s+[^\W\d_][\w.]*){0,4})\s*,\s*$")
# The date of such a broken place-date cell, on the next line ('ngày 12 tháng 3 năm 2020').
WHEN_RE = re.compile(r"ngày\s+(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE)
# A header flattened onto one line: 'TỈNH ỦY THỪA THIÊN HUẾ * Số 03-NQ/TU ...'; blind44: the rule under a
# cell run onto its line ('ỦY BAN NHÂN DÂN THÀNH PHỐ THANH HÓA -------') ends the cell as well.
HEADER_CELL_RE = re.compile(r"\s+\*+\s+|\s+(?=Số\s*:?\s*\d)|\s+[-–—_=]{3,}(?=\s|$)")
NUMBER_HEAD_RE = re.compile(r"^\s*(?:Số|SỐ)\s*:?\s*(?:\d{1,5}\s*[-–—/]?\s*)?$")  # 'Số 312-' or 'Số:' alone
# A line that opens the preamble, so ends the title.
PREAMBLE_START_RE = re.compile(
    r"(?:Thực\s+hiện|Căn\s+cứ|Triển\s+khai|Tiếp\s+tục|Để|Nhằm|Trên\s+cơ\s+sở|Theo|Qua|Sau\s+khi)\b"
)
# A letter's salutation line ('Kính gửi: ...'): the header ends before it.
SALUTATION_RE = re.compile(rf"^\s*{_SALUTATION}\b", re.IGNORECASE)
LONG_SUBJECT_RE = re.compile(r"\s*[“\"]?\s*V/v\s", re.IGNORECASE)  # a letter's subject cell, however long
LIST_ITEM_RE = re.compile(r"\s*(?:\d{1,2}|[a-zđ])\s*[.)]\s|\s*[-–+•]\s")  # a numbered point or a bullet
# blind41 b06: a results item ('... với một số kết quả nổi bật như:' / 'Thứ nhất, Hội đồng ... nâng cao ...'):
# once the page's body runs through points counted in words, a document issued below is one result told.
# 'Thứ nhất' is no weekday, so a posting line ('Thứ hai, 12/06/2023') never opens it.
ORDINAL_POINTS_OPENED_RE = re.compile(r"(?m:^[ \t]*(?:Thứ[ \t]+nhất|Một[ \t]+là)[ \t]*[,:])")
# blind50: a page whose body opens with its grounds, one a line ('Căn cứ Nghị quyết số 60-NQ/TW ngày 12/4/2025
# ...;'), may tell one more as a sentence ('Ngày 16/4/2025, Ban Thường vụ Tỉnh ủy tỉnh Sơn La đã ban hành Kết
# luận số 1587-KL/TU ...', a district's propaganda outline): a ground of the page, no lead announcing it. One
# 'Căn cứ' sentence is a news lead's own preamble ('Căn cứ Kế hoạch số 01/KH-BTCKN ...; Kế hoạch số
# 24/KH-BTGTU .... Ngày 02/11/2021, Sở ... đã ban hành Kế hoạch số 67/KH-SVHTTDL ...', realworld k03): a list
# takes two lines.
GROUNDS_LINE_RE = re.compile(r"(?m:^[ \t]*Căn[ \t]+cứ[ \t]+)")
GROUNDS_LISTED = 2

# --- header: a number cell's damage, a signer's title, a date cell, a branch line ---
# A number whose hyphen the extraction dropped: 'Số: 1961/QĐUBND'.
HYPHENLESS_NUMBER_RE = re.compile(
    r"^\s*Số\s*:?\s*(?P<seq>\d{1,5})\s*/\s*(?:(?P<year>(?:19|20)\d\d)\s*/\s*)?(?P<code>[A-Za-zĐđ]{3,16})\b"
)
# An officer's title opening a line (folded): a capitals line naming a signer, no trích yếu's wrap.
SIGN_TITLE_WORDS_RE = re.compile(
    r"(?:tổng\s+)?(?:giám\s+đốc|chủ\s+tịch|bộ\s+trưởng|thủ\s+tướng|bí\s+thư|trưởng\s+ban)\b")
# A date word with a lost letter ('ngy 5', 'thng 3', 'nm 2024'): the cue for reading a stripped date.
MARKS_LOST_DATE_CUE_RE = re.compile(r"(?:nga?y|tha?ng|\bnm)\s+\d", re.IGNORECASE)
CITED_NUMBER_END_RE = re.compile(r"\d[\w\-–]*/[\w\-–/]*\s*$")  # '... số 43-NQ/TW' wrapped before its date
# A PDF font that drops the composed capital 'Ủ' ('Y BAN NHÂN DÂN' / 'TỈNH KON TUM'), or its hook ('UY BAN MẶT
# TRẬN ...'): the committee's word is whole again when the words after it are a committee's own.
LOST_INITIAL_RE = re.compile(r"U?Y(?=\s+BAN\s+(?:NHÂN\s+DÂN|MẶT\s+TRẬN|KIỂM\s+TRA|THƯỜNG\s+VỤ)(?!\w))")
# agencysweep: a branch's line under its national agency ('CHI NHÁNH TỈNH NGHỆ AN'), and the country's
# name it drops from the agency's line ('NGÂN HÀNG NHÀ NƯỚC VIỆT NAM').
BRANCH_LINE_RE = re.compile(r"(?i:chi\s+nhánh)\s")
COUNTRY_TAIL_RE = re.compile(r"\s+(?i:việt\s+nam)\s*$")

# --- header: a lead's tail that names no subject, a guidance told by its verb, a type's suffix ---
# A lead's tail that names nothing: 'thực hiện, cụ thể như sau:'.
SAYS_NOTHING_RE = re.compile(
    r"^\W*(?:thực\s+hiện|triển\s+khai)?\W*(?:cụ\s+thể\s+)?như\s+sau\b|như\s+sau\s*:?\s*$"
    r"|^\W*(?:thực\s+hiện|triển\s+khai)\W*$"  # 'ban hành Kế hoạch thực hiện, như sau
    r"|^\W*quan\s+trọng\W*$", re.IGNORECASE  # sweepG: 'thông qua 8 nghị quyết quan trọng'
)
# leftovers: what a lead's document does, not what it is about ('... xây dựng Kế hoạch để tổ chức thực hiện',
# '... ban hành văn bản giao Hội Người cao tuổi thành phố chủ trì ...', '... thông báo cho các cơ quan ...')
ORDERS_ONLY_RE = re.compile(r"\W*(?:để|giao|cho)\s", re.IGNORECASE)
# blind24: a lead's tail that only announces the body ('... ban hành Chỉ thị số 03/CT-UBND với yêu cầu như
# sau:', '... gồm các nội dung sau:', '... với những nội dung chính sau đây:'): no trích yếu, so a headline
# naming the type gives it, or none does; 'với nội dung tổ chức Ngày hội ...' names a subject and stays.
ANNOUNCES_ONLY_RE = re.compile(
    r"\W*(?:với|gồm|bao\s+gồm)\s+(?:các\s+|những\s+)?(?:yêu\s+cầu|nội\s+dung)"
    r"(?:\s+(?:chính|cụ\s+thể|chủ\s+yếu|trọng\s+tâm))?(?:\s+(?:như\s+)?sau(?:\s+đây)?)?\W*$",
    re.IGNORECASE,
)
OWN_NUMBER_START_RE = re.compile(r"^số\s*:?\s*\d\S*\s*", re.IGNORECASE)  # 'số 1200/UBND-VX ' before the tail
# blind10: a guidance told by its verb ('... hướng dẫn việc tổ chức ...'): what follows is its trích yếu,
# unless the verb gives work to a body ('giao', 'đề nghị' before it).
GUIDES_WORDS_RE = re.compile(r"hướng\s+dẫn\s+(?:việc\s+)?", re.IGNORECASE)
GIVEN_TO_RE = re.compile(r"(?:giao|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo)\s+\Z", re.IGNORECASE)
# A type's own word after its type word ('Kế hoạch hành động ...', 'Nghị quyết liên tịch ...'): no part of
# the trích yếu.
TYPE_SUFFIX_RE = re.compile(r"^(?:hành\s+động|liên\s+tịch)\s+", re.IGNORECASE)
# blind42 b03: the type's own word, then a comma: 'kế hoạch hành động, tổ chức quán triệt ...' has no title.
TYPE_SUFFIX_ALONE_RE = re.compile(r"(?:hành\s+động|liên\s+tịch)\s*[,;]", re.IGNORECASE)

# --- header: a page's headline over its stamp, its section and the body ---
NEWS_TAG_OPENING_RE = re.compile(r"[A-ZĐ]{2,8}\s*[-–]\s")  # 'HNP - Chuẩn bị kỷ niệm ...': a news lead
# 'Thực hiện Kế hoạch số ...' wrapped short by the PDF is the preamble ('Thực hiện các giải pháp ...' is none)
LEGAL_BASIS_RE = re.compile(rf"(?:Thực\s+hiện|Căn\s+cứ)\s+[{UPPER}]")
HEADLINE_STAMP_RE = re.compile(r"\s*\(\s*\d{1,2}:\d{2}[^()]{0,24}\)\s*$")  # '... (18:13 14/11/2017)'
# A page's body opening with a point's mark ('1.', 'II -') or a news tag ('(HNP) -'), never its headline.
BODY_OPENING_RE = re.compile(r"^\W{0,3}(?:\d{1,2}\s*[.)/](?!\d)|[IVX]{1,4}\s*[.\-–]|\([A-ZĐ]{2,8}\)\s*[-–])")
# A regulation is named by its type ('QUY CHẾ LÀM' / 'VIỆC CỦA ...'): its type word stays in its title.
NAMED_BY_TYPE_RE = re.compile(r"^\W*(?:quy\s+chế|quy\s+định)\s", re.IGNORECASE)
# leftovers2: a portal's section in capitals over the body ('TIN HOẠT ĐỘNG', 'VĂN BẢN'): no headline.
PORTAL_SECTION_RE = re.compile(
    r"\W{0,3}(?:HOẠT\s+ĐỘNG\s+CỦA|TIN\s+TỨC|TIN\s+HOẠT\s+ĐỘNG|VĂN\s+BẢN|THÔNG\s+TIN|SỰ\s+KIỆN|CHỈ\s+ĐẠO\s+ĐIỀU\s+HÀNH)\b")
# A subject's words ('về', 'thực hiện', 'nhằm'): a line holding one goes on with its trích yếu, so it is no
# line naming a body alone.
ORGAN_LINE_SUBJECT_RE = re.compile(
    r"(?<![\w])(?:về|v/v|thực\s+hiện|triển\s+khai|nhằm|để)(?![\w])", re.IGNORECASE)
_CITED_BY = r"(?:của|do|tại|theo)"  # the words that hand what follows to a cited document
# 'của', 'do', 'tại' or 'theo' just before a clause: the document it names is cited, not the page's own.
CITING_TAIL_RE = re.compile(rf"{_CITED_BY}\s+\Z", re.IGNORECASE)

# --- header: a date's and a number's characters misread by OCR ---
# perturb4: a date's words misread: a mark lost or read as another ('ngay', 'ngảy', 'ngàv', 'thang',
# 'thảng', 'nam', 'nấm', 'ndm'; realworld s10 'ngay 12 thang 01 nm 2017', d04 'ngayVphang 7 ndm 2021',
# c06 'ngàỷ'). A look-alike counts only inside a whole date (day, month and four-digit year), so 'nam'
# (south) or 'thang' (a ladder) elsewhere is left. 'nm' is shorter than 'năm': given back only on the
# place-date line, read apart from the text's offsets (s48-like 'Long An, ngàv 10 thàng 03 nm 2014').
# The bare ASCII words ('ngay 29/01/2024') are left, but beside a marked one ('ngày 04 thang 05 năm'): a text
# stripped of every mark is read by its own rules (STRIPPED_*, MARKS_LOST_*), which expect them so.
_OCR_A = "[aàảáạãâ]"  # the 'a' of 'ngày' and 'tháng' with its mark lost or misread
_OCR_Y = "[yvýỳỷỹỵ]"  # the 'y' of 'ngày', its mark moved onto it or read as 'v'
_OCR_AM = "[aăâấầẩẫậắằẳẵặãảạd]"  # the 'ă' of 'năm', read as any 'a' or a 'd'
_OCR_NGAY = rf"[Nn]g{_OCR_A}{_OCR_Y}"
_OCR_THANG = rf"[Tt]h{_OCR_A}ng"
_OCR_NAM = rf"[Nn]{_OCR_AM}?m"
# One misread date word before its digits, the whole words excluded ('ngảy 12', 'thang 3', 'nấm 2024').
_OCR_DATE_WORD = rf"(?:ng(?!ày|ay){_OCR_A}{_OCR_Y}|th(?!áng|ang){_OCR_A}ng|n(?!ăm|am){_OCR_AM}m)\s+\d"
OCR_DATE_RE = re.compile(
    rf"(?<![^\W\d_])(?P<w1>{_OCR_NGAY})(?P<d>\s+\d{{1,2}})"
    rf"(?:(?P<w2s>\s+)(?P<w2>{_OCR_THANG})(?P<m>\s+\d{{1,2}}\s+)(?P<w3>{_OCR_NAM})(?=\s+(?:19|20)\d\d(?!\d))"
    rf"|(?=[/.-]\d{{1,2}}[/.-](?:19|20)\d\d(?!\d)))"
    rf"|(?<![^\W\d_])(?P<w2b>{_OCR_THANG})(?P<mb>\s+\d{{1,2}}\s+)(?P<w3b>{_OCR_NAM})(?=\s+(?:19|20)\d\d(?!\d))")
OCR_DATE_NM_RE = re.compile(r"((?:^|\s)(?i:ngày)\s+\d{1,2}\s+(?i:tháng)\s+\d{1,2}\s+)[Nn]m"
                            r"(?=\s+(?:19|20)\d\d(?!\d))")
# A text OCR_DATE_RE may change: a misread date word before its digits, at a word's start.
OCR_DATE_HINT_RE = re.compile(rf"(?<![^\W\d_]){_OCR_DATE_WORD}", re.IGNORECASE)
# `OCR_DATE_HINT_RE` without its lookbehind, on the lower-cased text, tried only where a word's last letter
# is followed by blanks and a digit (at most 4 letters back): a necessary condition found by scans that
# skip to their first character, where the hint's lookbehind and IGNORECASE make the engine try every
# position (0.5 ms a plan). str.lower() agrees with IGNORECASE on every letter of the hint and keeps
# lengths, but for 'İ' (two characters): a text holding it gets the hint itself.
OCR_DATE_PRE_RE = re.compile(_OCR_DATE_WORD)
OCR_DATE_END_RE = re.compile(r"[yvýỳỷỹỵgm]\s+\d")
# ocrsplit: one word of a marked date left bare ('ngày 12 tháng 4 nam 2025', blind30 c06 under ocr_date_words;
# 'ngày 04 thang 05 năm 2013'): a marked date word beside it says the text is not a stripped one. Each part
# opens on its own literal word, which `re` skips to by a fast scan of the whole word: `header._ocr_date_hint`
# searches the three in turn (parsespeed8: as one alternation, every 'n' and 't' of a text was tried, half as
# much again as the three scans on synthetic plans); the alternation is their union.
BARE_IN_MARKED_DATE_PARTS = tuple(re.compile(part) for part in (
    r"ngày\s+\d{1,2}\s+(?:thang|nam)\s+\d", r"ngay\s+\d{1,2}\s+tháng\s",
    r"tháng\s+\d{1,2}\s+(?:thang|nam)\s+\d"))
BARE_IN_MARKED_DATE_RE = re.compile("|".join(part.pattern for part in BARE_IN_MARKED_DATE_PARTS))
# perturb4: a number's characters misread by OCR, repaired for matching (same length, offsets hold): a
# '0' read as 'O', a '1' as 'l' or 'I' in the sequence ('l23-KH/TU', '1O5/KH-UBND'), the hyphen read as
# '~' ('43~NQ/TW', realworld d04 '~7/CT-VB~D'), the slash as 'l' ('43-NQlTW', d04 's6v/1IKH'), an issuer
# code's 'U' as 'Ư' ('KH-ƯBND', '12-KH/HƯ', '94-HD/ĐƯK'; realworld h06 'Số 445-KL/TƯ', 'ƯBND tỉnh'): no
# code but 'TƯ' holds an 'Ư'. 'TƯ' is left: h17 and k16 type it for TW ('48-KL/TƯ ... của Bộ Chính trị'),
# h06 is OCR of TU ('13-NQ/TƯ của Tỉnh ủy'), and the number alone cannot tell. A sequence with no
# real digit ('lO') is left too: nothing says it is a number.
_OCR_SEQ = r"(?=[lIO]*\d)[\dlIO]{1,5}"
_OCR_TYPE = r"[A-ZĐ][A-Za-zĐđ]{0,5}"
OCR_NUMBER_RE = re.compile(
    rf"(?<![\w/.])(?P<seq>{_OCR_SEQ})(?P<d1>[-~/l])(?P<t>{_OCR_TYPE}?)(?P<d2>[-~/l])(?P<i>[A-ZĐƯ][A-ZĐƯa-z]{{0,7}})"
    rf"(?![\w])")
# A text OCR_NUMBER_RE may change; header tests it by the probes of `_ocr_number_hint`, the same answer.
OCR_NUMBER_HINT_RE = re.compile(r"~|[lIO]\d|\d[lIO]|[A-Za-zĐ]l[A-ZĐ]|[A-ZĐ/-]Ư[A-ZĐ]{0,3}(?![^\W\d_])")

# --- header: a number's spellings made one for matching, its 'TƯ' read by whose it is ---
# perturb4: 'TƯ' after a number is TW's spelling (DOMAIN: 'TƯ' for 'TW'; h17 '48-KL/TƯ ngày 25/5/2009 của Bộ
# Chính trị'), also in a citation naming a provincial committee as its author (blind18 b06 '79-KH/TƯ ... của
# Ban Thường vụ Tỉnh ủy' is labelled TW by that rule). Only the page's OWN number is read as TU where OCR
# turned TU into 'TƯ' and the page says whose it is: its header cell under a provincial committee's name
# ('TỈNH ỦY THỪA THIÊN HUẾ' / 'Số 445-KL/TƯ', realworld h06) or a news lead's provincial committee issuing it.
PROVINCIAL_PARTY_CELL_RE = re.compile(r"^\s*(?:TỈNH|THÀNH)\s+(?:ỦY|UỶ)\b|^\s*ĐẢNG\s+BỘ\s+TỈNH\b")
CENTRAL_CELL_RE = re.compile(r"TRUNG\s+ƯƠNG")
# ... or a news lead's subject issuing it right before ('Ban Thường vụ Tỉnh ủy vừa ban hành công điện số
# 07-CĐ/TƯ', 'Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số 10-NQ/TƯ'): the verb, then the
# type word and 'số' only, so a plan carrying out a central resolution ('ban hành Kế hoạch thực hiện Nghị
# quyết số 43-NQ/TƯ') is not one.
TU_ISSUING_RE = re.compile(
    r"(?:(?:Tỉnh|Thành)[ \t]+(?:ủy|uỷ)|Đảng[ \t]+bộ[ \t]+tỉnh)(?:[ \t]+[^\s.;,]+){0,4}?[ \t]+"
    r"(?:(?:vừa|đã)[ \t]+)?(?:ban[ \t]+hành|có|ký)"
    r"(?:[ \t]+(?:văn[ \t]+bản|[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}))?"
    r"[ \t]+số[ \t]*:?[ \t]*\Z", re.IGNORECASE)
# perturb: a word processor's dash in a number ('44–KH/ĐU', '13—NQ/TU'), the hyphen for matching: the
# clauses that read a lead's own number spell it with '-' or '/'. Same length, so offsets hold.
NUMBER_DASHES = DASH_CHARS.removeprefix("-")
NUMBER_DASH_RE = re.compile(f"(?<=\\d)[{NUMBER_DASHES}](?=[A-ZĐ])")
# perturb2: a Party number typed with blanks round its hyphen ('44 - KH/ĐU', '127 – KL/TW', DOMAIN §2)
# is closed up for matching, the blanks moved before its digits ('số   44-KH/ĐU'): same length.
SPACED_NUMBER_DASH_RE = re.compile(r"(?<![\w/.])(?P<seq>\d{1,5})[ \t]+[-–][ \t]+"
                                   r"(?=[A-ZĐ][A-Za-zĐđ]{0,5}/[A-ZĐ])")
# A part of every match that opens with a digit: the scan skips ahead to the digits, where the pattern's
# lookbehind is tried at every position; nearly every text has a ' - ' ('Độc lập - Tự do') and few a number.
SPACED_NUMBER_DASH_HINT_RE = re.compile(r"\d[ \t]+[-–][ \t]+[A-ZĐ]")
_CODE_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")


def spaced_number_dash(text: str) -> bool:
    r"""Whether `SPACED_NUMBER_DASH_HINT_RE` occurs in `text`. Without a tab, its dash stands between
    spaces, so a scan for ' - ' and ' – ' (a plan holds some fifteen) checks the blanks' neighbours instead of
    trying the pattern at each of the text's digits (parsespeed8); `\d` is `str.isdecimal`. With a tab, the
    pattern itself."""
    if "\t" in text:
        return SPACED_NUMBER_DASH_HINT_RE.search(text) is not None
    for dash in (" - ", " – "):
        at = text.find(dash)
        while at >= 0:
            before, after = at, at + 2
            while before > 0 and text[before - 1] == " ":
                before -= 1
            while after < len(text) and text[after] == " ":
                after += 1
            if before and text[before - 1].isdecimal() and text[after : after + 1] in _CODE_CAPITALS:
                return True
            at = text.find(dash, at + 1)
    return False
# The slip 'sô'/'sồ' for 'số' before a number ('Thông báo sô 1481/TB-UBND'): same length, so offsets hold.
NUMBER_WORD_SLIP_RE = re.compile(r"(?<![\w])([Ss])[ôồ](?=[ \t]*:?[ \t]*\d)")

# blind48: the verb 'ký' (to sign) spelt 'kí' ('Bí thư Thành ủy TP.HCM Nguyễn Văn Nên kí ban hành Chỉ thị',
# 'đã kí Quyết định số ...'): every lead pattern reads 'ký', so the spelling is given back; same length, so
# offsets hold. Only before what is signed: 'kí ức', 'kí túc xá' stay as written. parsespeed9: the 'k' opens
# it as a case-exact class (the Kelvin sign is the one other letter IGNORECASE takes for it), the guard
# looking behind over it: a guard first was tried at every position of each text holding a 'kí' ('kích').
SIGN_VERB_SPELLING_RE = re.compile(
    rf"""(?P<k>(?-i:[Kk\u212a]))(?<![\w].)í(?![\w])              # the verb written with 'i'
        (?=\s*,?\s+(?:ban\s+hành|văn\s+bản|kết|thay|(?:{TYPE_WORD})(?![\w])))  # before what it signs""",
    re.VERBOSE | re.IGNORECASE,
)

# --- header: a lead's issuing clause, its own making, the words that tell it cited ---
# parsefast3: a verb (and type word) that every issuing clause holds after its body's name: header looks for
# a clause only after the last stop before one. parsespeed4: `re` tries IGNORECASE alternatives at every
# position of the span; a look-ahead on the verbs' first letters (IGNORECASE folds no other character of
# Unicode onto b, c, t, x, đ) fails at once elsewhere.
CLAUSE_VERB_HINT_RE = re.compile(
    r"(?=[bctxđBCTXĐh])"
    rf"(?:(?i:ban\s+hành|xây\s+dựng|đề\s+ra|{PUBLISHES_IN_FULL}|{DEPLOYS_OWN})\s+(?i:{TYPE_WORD})"
    r"|hướng\s+dẫn\s)")
# blind33: 'Bộ Chính trị, Ban Bí thư ban hành ...': the comma after the Politburo joins one subject.
POLITBURO_BEFORE_COMMA_RE = re.compile(r"Bộ\s+Chính\s+trị\s*\Z")
# 'Thực hiện ...; căn cứ ..., Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội xây dựng Kế hoạch ... như
# sau:', 'Căn cứ ...; Đảng ủy trường Đại học Khoa học xây dựng Kế hoạch ... .', 'Thực hiện ...,
# Ban quản lý dự án đầu tư xây dựng các công trình ... xây dựng Kế hoạch triển khai thực hiện như sau:': a
# preamble sentence ('Thực hiện/Căn cứ X, <maker> <makes> <Type> ...') that ends its paragraph or opens the
# body ('như sau:') names the document's maker, where the name reader stops inside its lower-case words. The
# maker runs back to the earliest ', ' or '; ' of the sentence after which a body is named, a name's own comma
# kept ('Đại học, Cao đẳng'); never across a comma before lower-case words ('..., nhiệm kỳ 2020-2025, Ban
# ...'), nor over a predicate's word ('đã khẩn trương'). A sentence telling it done ('... đã ban hành Kế
# hoạch X.') names an earlier document the page carries out, unless it opens the body ('như sau:').
OWN_MAKING_RE = re.compile(
    rf"""(?P<aux>[ \t]+(?:đã|vừa))?(?P<directed>[ \t]+chỉ[ \t]+đạo)?[ \t]+
        (?i:xây[ \t]+dựng|ban[ \t]+hành)[ \t]+
        (?P<tw>(?i:{TYPE_WORD}))(?![\w])(?P<title>[^\n:;.]{{0,300}}?)(?:,?[ \t]*cụ[ \t]+thể)?[ \t]*
        (?:(?i:như[ \t]+sau)[ \t]*:|(?P<stop>\.)[ \t]*(?=\n|\Z))""",
    re.VERBOSE,
)
PREDICATE_WORD_RE = re.compile(r"(?<![\w])(?:đã|vừa|đang|sẽ|khẩn\s+trương)(?![\w])")  # never in a name
# 'của Ủy ban nhân dân tỉnh ban hành ...' in a lead: the subject after it is a cited document's issuer.
NOT_OWN_RE = re.compile(rf"{_CITED_BY}\s*\Z", re.IGNORECASE)
NAME_JOIN_RE = re.compile(r"\s*,\s*|\s+và\s+")  # where a second body could start inside a lead's subject
NOTE_OPENING_RE = re.compile(r"\(\s*(?:[Tt]heo|[Tt]rích|[Nn]guồn\s+từ)\s")  # cheap cue for THEO_NOTE_RE
# No sentence ends at an abbreviated unit kind ('TP. Hồ Chí Minh'); the stop is matched first, the
# look-behinds tried only there (before it, they would run at every position).
SENTENCE_BREAK_RE = re.compile(r"[.!?\n](?<!\bT[PXT]\.)(?<!\bT[pxt]\.)(?=\s|$)")
# A cited number, or 'số N', right before a date ('43-NQ/TW ngày 22/12/2024'): that date is the cited one's.
CITED_BEFORE_RE = re.compile(r"(?:\d\s*[-/]\s*[A-ZĐ][\w/-]*|số\s*\d+)\s*,?\s*(?:ngày\s*)?\Z", re.IGNORECASE)
RESOLVES_CUE_RE = re.compile(r"(?<![\w])ra\s+nghị\s+quyết", re.IGNORECASE)  # newsweep: wrapped after 'ra'

# --- header: a title's list of names, a file's name, a hard wrap, a lead's title, a recent year ---
# 'công nhận 3 thị trấn: Hồ Xá, Cửa Tùng và Bến Quan đạt chuẩn đô thị văn minh năm 2023': two names or more,
# every word capitalised, then the sentence goes on in lower case: the list belongs to the trích yếu.
_CAPITALISED_NAME = rf"[{UPPER}][^\W\d_]*(?:[ \t]+[{UPPER}][^\W\d_]*){{0,3}}"
NAMES_AFTER_COLON_RE = re.compile(
    rf"[ \t]*{_CAPITALISED_NAME}(?:[ \t]*,[ \t]*{_CAPITALISED_NAME})*"
    rf"(?:[ \t]*,?[ \t]+và[ \t]+|[ \t]*,[ \t]*){_CAPITALISED_NAME}"
    rf"[ \t]*,?[ \t]+[{LOWER}]")
# 'Kế hoạch thực hiện công tác CCHC tại huyện Thuỷ Nguyên năm 2011.doc', '... .pdf (125 KB)': the name of
# a file under 'Tệp đính kèm', whose words an uploader chose; the page's own words name the document.
FILE_NAME_RE = re.compile(
    r"\.(?:docx?|pdf|xlsx?|rar|zip)\s*(?:\(\s*[\d.,]+\s*[KMG]?B\s*\))?\s*$", re.IGNORECASE)
# perturb3: a line a hard wrap starts in mid-sentence ('... các trường trực thuộc. Thực hiện' / 'Kế hoạch
# số 1231/KH-UBND ngày 13 tháng 4 năm 2018 của UBND thành') cites another document, no page's title line:
# the line before is a wrapped line of text (forty characters or more) ending on a word in lower case,
# a comma, a semicolon (a list of 'Căn cứ ...;') or a list's dash; a title line stands after a blank, a
# date stamp or a short menu line.
WRAP_GOES_ON_RE = re.compile(rf"^[^\n]{{39,}}(?:[{LOWER}]|[,;]|[ \t][-–])[ \t]*$")
# hyphenparty: what opens a lead's trích yếu before its words ('về việc “ ...'), set aside to compare it.
LEAD_TITLE_OPENING_RE = re.compile(r"^(?:về\s+việc\s+|về\s+)?[“\"«]?\s*", re.IGNORECASE)
# A year from 2025 on: only such a date can put a text on the map after July 2025's merged units.
RECENT_YEAR_RE = re.compile(r"20(?:2[5-9]|[3-9]\d)(?!\d)")
# blind35: the dash a copy keeps where it lost the paper's tag (' - Ban Thường vụ Huyện ủy Châu Phú vừa ...'),
# a bullet only by its look.
LOST_TAG_DASH_RE = re.compile(rf"[ \t]*[-–—][ \t]+(?=[{UPPER}])")

# --- old-font OCR: an English OCR of a scan in an old Vietnamese typeface ---
# leftovers5: such a scan is read without its marks and garbles some letters the same way on every page
# (realworld d04, blind28 c09): a marked vowel read as '~' ('HUY~N', 'l~p', 'KEHO~CH', 'quy~t'), 'H' as
# 'I-I' ('NI-IAN', 'KI-I/TU', 'I-IUYEN'), a word's first 'U' as '(J' or 'lT' ('(JY BAN', 'lTY BAN'), 'i' as
# 'j' ('thj', 'Nghj', 'djch', 'THJ'): Vietnamese has no 'j', and a '~' never stands between letters. A word
# holding one of them is OLD_FONT_WORD_RE's; it is repaired only into a word the vocabulary knows.
_OLD_FONT_LETTERS = r"A-Za-z~"
OLD_FONT_TILDE_RE = re.compile(r"[A-Za-z]~|~[A-Za-z]")
OLD_FONT_WORD_RE = re.compile(
    rf"""(?<![\w/~()-])
    (?P<word>
        (?:\(J|lT)?                         # a garbled first letter: '(J' or 'lT' for U
        (?:I-I|[{_OLD_FONT_LETTERS}])+      # letters, '~' for a marked vowel, 'I-I' for H
    )
    (?![\w~()])""",
    re.VERBOSE,
)
# The garbled forms of OLD_FONT_WORD_RE, each with what it stands for ('~' takes any vowel).
OLD_FONT_SUBSTITUTES = (("I-I", "H"), ("(J", "U"), ("lT", "U"), ("j", "i"), ("J", "I"))
OLD_FONT_VOWELS = "aeiouy"
# The motto in such a scan, its fixed words' letters garbled in any of those ways ('CONG IIOA XA HOI CHi)
# NGHiA VI(~T NAM', 'D<)c I~p- T •••.do -H~nh phlJC', d04 'DQc l~p - TV do - H~nh phuc'): each word held by
# its first and last letters, a word's middle (what the marks became) up to three characters. Written back
# unmarked, as the rest of the text is, for the stripped text's restoring to mark.
_OF_MID = r"\S{0,3}?"
OLD_FONT_MOTTO_FIRST_RE = re.compile(
    rf"""(?<![\w])C{_OF_MID}NG\s+(?:H|I-I|II){_OF_MID}A\s+X{_OF_MID}A?\s+H{_OF_MID}I\s+
        CH{_OF_MID}\s+NGH{_OF_MID}A?\s+VI{_OF_MID}T\s+NAM(?![\w])""",
    re.VERBOSE | re.IGNORECASE,
)
OLD_FONT_MOTTO_SECOND_RE = re.compile(
    rf"""(?<![\w])D{_OF_MID}c\s+[lI]{_OF_MID}p\s*[-–]\s*    # 'Độc lập', its 'l' read as 'I'
        T[^\n\-–]{{0,8}}?do\s*[-–]\s*                        # 'Tự do', its 'ự' whatever the OCR made of it
        (?:H|I-I){_OF_MID}nh\s+ph\S{{1,4}}?(?![\w])          # 'Hạnh phúc'""",
    re.VERBOSE | re.IGNORECASE,
)
OLD_FONT_MOTTO_FIRST = "CONG HOA XA HOI CHU NGHIA VIET NAM"
OLD_FONT_MOTTO_SECOND = "Doc lap - Tu do - Hanh phuc"
# The left column before the motto, run onto the same line: its cells cut where a rule of dashes ends, where
# the 'Số:' cell opens (c09 '... QUANG YllN So: ADl /KH-UBND') and before a number whose digits the OCR
# garbled (d04 '... PHD XUYEN s6v/1IKH-UBND'), so that the issuer's cell stands alone.
OLD_FONT_LEFT_CUT_RE = re.compile(
    r"""(?<=[-_=.]{3})[ \t]+(?=\S)                              # after a rule under the issuer
      | [ \t]+(?=S[o6]\s*:)                                      # before the 'So:' cell
      | [ \t]+(?=[A-Za-z0-9][^\s/]*/[^\s/]*-[A-Z]{2,}(?![\w]))   # before a garbled number and its code""",
    re.VERBOSE,
)
