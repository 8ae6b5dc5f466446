"""`DocNumber`: a document number as a value (after Laws.Africa cobalt's `FrbrUri`).

Parses every shape of DOMAIN §2 (Party `43-NQ/TW`, state `53/KH-UBND` and `98/2022/NĐ-CP`, Front
`26/NQ-MTTW-ĐCT`), whatever the spacing, dashes and line breaks, and prints one canonical form:
no spaces, ASCII hyphen, the codes' own case. Equal numbers are equal values, so they can key
dictionaries and sets. A number is not an identity (DOMAIN §2): the graph adds issuer and date.
"""

from __future__ import annotations

import contextlib
import heapq
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from loaders.normalise import nfc
from loaders.patterns import (
    CODE_ALIASES,
    EXTRA_TYPE_CODES,
    FOOTNOTE_MARKED_CODE_RE,
    ISSUER_CODES,
    JOINT_SLASH_NUMBER_FULL_RE,
    JOINT_TYPES,
    LOCAL_BOARD_CODES,
    LOCAL_BOARD_TOPIC_CODE,
    MINISTRY_CODE,
    NUMBER_FULL_RE,
    NUMBER_HYPHEN_RE,
    NUMBER_RE,
    NUMBER_SLASH_RE,
    NUMBER_WINDOW,
    PARTY_BOARD_CODES,
    TYPE_CODES,
)

Level = Literal["central", "province", "district", "commune"]
Style = Literal["party", "state", "front", "letter", "law"]

_TYPES = ({c.casefold(): c for c in TYPE_CODES + EXTRA_TYPE_CODES}
          | {k.casefold(): v for k, v in CODE_ALIASES.items()})
_ISSUERS = {c.casefold(): c for c in ISSUER_CODES} | {k.casefold(): v for k, v in CODE_ALIASES.items()}
_FRONT_ISSUERS = {"MTTW", "MTTQ", "UBMTTQ"}
_UPPER_START = re.compile(r"^[A-ZĐƯƠ]")
_ACRONYM = re.compile(r"^[A-ZĐƯƠ][A-ZĐƯƠa-zđươ]*(?:&[A-ZĐƯƠa-zđươ]+)*\d{0,2}$")  # 'NN&MT', 'KT2'
_TERM_DIGITS = re.compile(r"\d+$")

# Issuer code → level; board codes end in their committee's code ('BTGTU' is the Tỉnh ủy's board).
_LEVEL_OF_CODE: dict[str, Level] = {
    "TW": "central", "CP": "central", "TTg": "central", "QH": "central", "UBTVQH": "central",
    "MTTW": "central", "VPCP": "central", "VPTW": "central",
    "TU": "province", "HU": "district", "QU": "district", "TXU": "district", "ThU": "district",
    "ĐU": "commune", "CB": "commune",
}
_LOCAL_B_CODES = LOCAL_BOARD_CODES | PARTY_BOARD_CODES
# parentsweep: the committees whose numbers a clerk reads even with the hyphen lost ('43NQ/TW')
_BOARD_SUFFIXES: tuple[tuple[str, Level], ...] = (
    ("ThU", "district"), ("TXU", "district"), ("HU", "district"), ("QU", "district"), ("TU", "province"),
)


def _digits(seq: str) -> str:
    """'36a' → '36': a sequence number with a letter added ('36a/NQ-CP') is still counted from 1."""
    return seq.rstrip("abcdefghijklmnopqrstuvwxyz")


def canonical_type(code: str) -> str | None:
    """'CTR' → 'CTr'; None when the code is not a document type."""
    return _TYPES.get(code.casefold())


def canonical_issuer(code: str) -> str | None:
    """'THU' → 'ThU', 'tw' → 'TW'; an unknown code as written (upper-cased if written all lower)."""
    known = _ISSUERS.get(code.casefold())
    if known:
        return known
    if marked := FOOTNOTE_MARKED_CODE_RE.fullmatch(code):
        return marked["code"]  # '66-NQ/TW1': a footnote's mark glued on, not the code's ordinal
    if code.islower():
        return code.upper()
    return code if _UPPER_START.match(code) else None


@dataclass(frozen=True)
class DocNumber:
    """`style` 'letter' is an official letter (công văn) numbered '<seq>/<issuer>-<unit>' with no type
    code (1234/UBND-VP, 2211/VP-KTN); 'law' a National Assembly number '<seq>/<year>/QH<term>', whose
    type (Luật, Nghị quyết) only the words before it tell, so `doc_type` is None."""

    seq: str
    doc_type: str | None
    issuer: str
    style: Style
    year: int | None = None
    sub: str | None = None
    joint: bool = False  # '01/QCPH/UBND-UBMTTQ': a slash, not a hyphen, after the type
    _text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_text", self._render())

    def _render(self) -> str:
        if self.style == "party":
            return f"{self.seq}-{self.doc_type}/{self.issuer}" + (f"-{self.sub}" if self.sub else "")
        year = f"{self.year}/" if self.year is not None else ""
        sub = f"-{self.sub}" if self.sub else ""
        if self.style == "law":
            return f"{self.seq}/{year}{self.issuer}{self.sub or ''}"
        if self.style == "letter":
            return f"{self.seq}/{year}{self.issuer}{sub}"
        return f"{self.seq}/{year}{self.doc_type}{'/' if self.joint else '-'}{self.issuer}{sub}"

    def __str__(self) -> str:
        return self._text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DocNumber) and self._text == other._text

    def __hash__(self) -> int:
        return hash(self._text)

    @classmethod
    def parse(cls, text: str) -> DocNumber:
        """Parse one number ('66 – CTr/TU', '43-\\nNQ/TW', '98/2022/NĐ-CP'); ValueError on anything else."""
        if not isinstance(text, str):
            raise ValueError(f"not a document number: {text!r}")
        if (jm := JOINT_SLASH_NUMBER_FULL_RE.fullmatch(nfc(text))) is not None:
            with contextlib.suppress(ValueError):
                return cls.from_joint(jm)
        m = NUMBER_FULL_RE.fullmatch(nfc(text))
        if m is None:
            raise ValueError(f"not a document number: {text!r}")
        return cls.from_match(m, text)

    @classmethod
    def from_joint(cls, m: re.Match[str]) -> DocNumber:
        """Build from a `patterns.JOINT_SLASH_NUMBER` match; ValueError when a code is not an issuer's."""
        issuer, sub = canonical_issuer(m["j_issuer"]), canonical_issuer(m["j_sub"])
        doc_type = canonical_type(m["j_type"])
        if issuer is None or sub is None or doc_type is None or int(m["j_seq"]) == 0:
            raise ValueError(f"not a document number: {m.group(0)!r}")
        return cls(seq=m["j_seq"], doc_type=doc_type, issuer=issuer, style="state",
                   year=int(m["j_year"]) if m["j_year"] else None, sub=sub, joint=True)

    @classmethod
    def from_match(cls, m: re.Match[str], text: str | None = None) -> DocNumber:
        """Build from a `patterns.NUMBER` match; ValueError when its codes are not a number's."""
        shown = text if text is not None else m.group(0)
        if m.group("q_seq") is not None:
            if int(m["q_seq"]) == 0:
                raise ValueError(f"not a document number: {shown!r} (number 0)")
            return cls(seq=m["q_seq"], doc_type=None, issuer=m["q_issuer"], style="law",
                       year=int(m["q_year"]), sub=str(int(m["q_term"])))
        if m.group("u_seq") is not None:  # '476/UBND': a letter numbered with its issuer's code alone
            if int(m["u_seq"]) == 0:
                raise ValueError(f"not a document number: {shown!r} (number 0)")
            return cls(seq=m["u_seq"], doc_type="CV", issuer=canonical_issuer(m["u_issuer"]) or m["u_issuer"],
                       style="letter")
        if m.group("g_seq") is not None:  # leftovers s11: '832/QĐUBND', the hyphen lost
            if int(_digits(m["g_seq"])) == 0:
                raise ValueError(f"not a document number: {shown!r} (number 0)")
            glued_year = int(m["g_year"]) if m["g_year"] else None
            if m["g_letter"] is not None:  # ocrglue: '3859/UBNDĐTXD', a letter's codes run together
                return cls(seq=m["g_seq"], doc_type="CV", issuer=m["g_letter"], style="letter",
                           year=glued_year, sub=m["g_unit"])
            return cls(seq=m["g_seq"], doc_type=canonical_type(m["g_type"]),
                       issuer=canonical_issuer(m["g_issuer"]) or m["g_issuer"], style="state",
                       year=glued_year)
        if m.group("p_seq") is not None:
            seq, type_code, issuer, year, sub = m["p_seq"], m["p_type"], m["p_issuer"], None, m["p_sub"]
            issuer = "".join(issuer.split())  # leftovers: 'BCĐ 35' is the board 'BCĐ35'
        else:
            seq, type_code, issuer = m["s_seq"], m["s_type"], m["s_issuer"]
            year, sub = m["s_year"], m["s_sub"]
        doc_type = canonical_type(type_code)
        # blind25: a joint type before two issuers ('183/2010/TTLT/BTC-BNN') is the joint shape, whatever a
        # Party board also spells its first ministry's code (BTC); only a lone slash-for-hyphen is checked.
        if (m.group("s_seq") is not None and m.group("s_slash") is not None
                and not (doc_type in JOINT_TYPES and sub)):
            _check_slash_for_dash(doc_type, canonical_issuer(issuer), shown)
        if doc_type is None and m.group("s_seq") is not None:
            return cls._letter(m, shown)
        if doc_type is None:
            raise ValueError(f"not a document number: {shown!r} (unknown type code {type_code!r})")
        issuer_code = canonical_issuer(issuer)
        if issuer_code is None:
            raise ValueError(f"not a document number: {shown!r} (bad issuer code {issuer!r})")
        if int(_digits(seq)) == 0:
            raise ValueError(f"not a document number: {shown!r} (number 0)")
        sub_code = canonical_issuer(sub) if sub else None
        if sub and sub_code is None:
            raise ValueError(f"not a document number: {shown!r} (bad code {sub!r})")
        if m.group("p_seq") is not None:
            if m.group("p_glued") is not None and not _is_party_issuer(issuer_code):
                raise ValueError(f"not a document number: {shown!r} (no hyphen before a non-Party issuer)")
            if m.group("p_hyphen") is not None and (sub or _in_token(m)):
                raise ValueError(f"not a document number: {shown!r} (in a longer token)")
            style: Style = "party"
        else:
            style = "front" if issuer_code in _FRONT_ISSUERS and sub_code else "state"
        # A joint type's slash before two issuers ('01/QCPH/UBND-UBMTTQ') is a joint number, kept as written;
        # any other slash ('1077/QĐ/TTg', '07/KH/UBND-VP') is the state's hyphen typed as a slash.
        joint = (m.group("s_seq") is not None and m.group("s_slash") is not None and sub_code is not None
                 and doc_type in JOINT_TYPES)
        return cls(seq=seq, doc_type=doc_type, issuer=issuer_code, style="state" if joint else style,
                   year=int(year) if year else None, sub=sub_code, joint=joint)

    @classmethod
    def _letter(cls, m: re.Match[str], shown: str) -> DocNumber:
        """'1234/UBND-VP': the issuer's code, then its drafting unit's (a công văn has no type code)."""
        issuer = canonical_issuer(m["s_type"])
        unit = canonical_issuer(m["s_issuer"])
        desk = canonical_issuer(m["s_sub"]) if m["s_sub"] else None
        bad_desk = bool(m["s_sub"]) and (desk is None or not _ACRONYM.match(m["s_sub"]))
        if (issuer is None or unit is None or bad_desk
                or len(issuer) < 2 or not _ACRONYM.match(issuer) or not _ACRONYM.match(unit)
                or int(_digits(m["s_seq"])) == 0):
            raise ValueError(f"not a document number: {shown!r} (unknown type code {m['s_type']!r})")
        if desk:  # blind10: a two-part drafting unit, '3016/BYT-KH-TC' (a ministry's Vụ Kế hoạch - Tài chính)
            unit = f"{unit}-{desk}"
        year = int(m["s_year"]) if m["s_year"] else None
        return cls(seq=m["s_seq"], doc_type="CV", issuer=issuer, style="letter", year=year, sub=unit)

    def level_hint(self) -> Level | None:
        """The issuer's level as the code tells it: TW central, TU province, HU/QU/TXU/ThU district,
        ĐU commune (or a Đảng ủy khối: only a hint). None for UBND, HĐND ...: their level is in the name."""
        level = _LEVEL_OF_CODE.get(self.issuer) or _LEVEL_OF_CODE.get(_TERM_DIGITS.sub("", self.issuer))
        if level is not None:  # 'UBTVQH14': the standing committee of the 14th National Assembly
            return level
        if self.style == "law" or self.doc_type in ("TT", "NĐ"):
            return "central"  # only ministries issue a thông tư, only the Government a nghị định
        if (self.style != "party" and MINISTRY_CODE.fullmatch(self.issuer)
                and self.issuer not in _LOCAL_B_CODES and not LOCAL_BOARD_TOPIC_CODE.fullmatch(self.issuer)):
            return "central"  # a ministry: BYT, BGDĐT, BNNPTNT, BNN
        if self.style == "party":
            if self.issuer.startswith("TW") or self.issuer.endswith("TW"):
                return "central"  # central boards and bodies: BTGTW, TWĐTN (the Youth Union's centre)
            for suffix, lvl in _BOARD_SUFFIXES:
                if self.issuer.endswith(suffix) and len(self.issuer) > len(suffix):
                    return lvl
        return None


_PARTY_ISSUERS = frozenset(code for code, _ in _BOARD_SUFFIXES) | {"TW", "ĐU", "CB"}


def _check_slash_for_dash(doc_type: str | None, issuer: str | None, shown: str) -> None:
    """blind16: '1077/QĐ/TTg' is the state's 1077/QĐ-TTg typed with a slash; a letter's codes ('12/UBND/VP')
    or a Party issuer after the slash ('43/NQ/TW', '12/KH/HU', a board 'BTGTU') make it no number."""
    party = issuer is not None and (issuer in _PARTY_ISSUERS or issuer in _LOCAL_B_CODES
                                    or issuer.endswith(tuple(_PARTY_ISSUERS)) and len(issuer) > 2)
    if doc_type is None or issuer is None or party:
        raise ValueError(f"not a document number: {shown!r} (a slash for the hyphen before {issuer!r})")


# hyphenparty: the characters around '43-NQ-TW' that make it part of a URL's path or a file's name
# ('.../nghi-quyet-43-NQ-TW-ve-...', '43-NQ-TW.pdf'), not a number a clerk typed.
_TOKEN_BEFORE = frozenset("-_=+#?&%")
_TOKEN_AFTER = re.compile(r"[-_/=?&#%]|\.[^\W\d_]")


def _in_token(m: re.Match[str]) -> bool:
    start = m.start("p_seq")
    if start > 0 and m.string[start - 1] in _TOKEN_BEFORE:
        return True
    return _TOKEN_AFTER.match(m.string, m.end()) is not None


CITED_STYLES: frozenset[Style] = frozenset({"party", "state", "front"})
ALL_STYLES: frozenset[Style] = frozenset({"party", "state", "front", "letter", "law"})


_start = operator.methodcaller("start")


def iter_numbers(
    text: str, styles: frozenset[Style] = CITED_STYLES
) -> Iterator[tuple[re.Match[str], DocNumber]]:
    """Every valid number of the given styles in a text, in order, with its match. By default not
    official letters and National Assembly numbers: they are the document's own identity when its
    header or lead gives them, and citations decide separately whether to count them.

    Anchored on the '/' every number has (and the second hyphen of a Party number typed '43-NQ-TW'):
    matching `NUMBER` only around those is many times faster than scanning every position of a long text.
    """
    before, after = NUMBER_WINDOW
    last_end = -1
    for slash in heapq.merge(NUMBER_SLASH_RE.finditer(text), NUMBER_HYPHEN_RE.finditer(text), key=_start):
        i = slash.start()
        if i < last_end:
            continue
        end = min(len(text), i + after)
        around = NUMBER_RE.finditer(text, max(0, i - before), end)
        m = next((x for x in around if x.start() <= i < x.end()), None)
        if m is None or (m.end() == end < len(text)):  # cut by the window: not a whole number
            continue
        if (number := number_of(m)) is None or number.style not in styles:
            continue
        last_end = m.end()
        yield m, number


def party_written_as_state(number: DocNumber) -> str | None:
    """'107/KH-ĐUK' → '107-KH/ĐUK': a Party committee's number typed in the state's shape (labels keep it as
    written: realworld k22 '07/CT-TU'), so a page writing its own number both ways (blind23 b05 '107-KH-ĐUK'
    then '107/KH-ĐUK') names one document. None for a state issuer, a year or a drafting unit."""
    if number.style != "state" or number.year is not None or number.sub or number.joint:
        return None
    issuer = number.issuer
    return f"{number.seq}-{number.doc_type}/{issuer}" if _is_party_issuer(issuer) else None


def _is_party_issuer(issuer: str) -> bool:
    """A Party committee's code, its board's or office's ending in it ('BTGTW', 'UBKTTW', 'QUTW'), or a
    bloc's or ministry's committee ('ĐUK'): the only issuers a Party number's shape carries. ocrglue: a
    number whose hyphen an OCR lost ('244KH/BTGTW', '23HD/ĐUK') is read so for them, not for the state's
    ('2023KH/UBND')."""
    return issuer not in _FRONT_ISSUERS and (issuer in _PARTY_ISSUERS or issuer.startswith("ĐU")
                                             or issuer.endswith(tuple(_PARTY_ISSUERS)))


def try_parse(text: str) -> DocNumber | None:
    try:
        return DocNumber.parse(text)
    except ValueError:
        return None


def number_of(m: re.Match[str]) -> DocNumber | None:
    """A `patterns.NUMBER` match's number, None when its codes are no number's: the readers that meet such
    a match go on to their next candidate rather than fail."""
    try:
        return DocNumber.from_match(m)
    except ValueError:
        return None
