"""Identities: uids of documents and tasks, and where a cited document belongs (DOMAIN.md §2).

A number is not an identity: every Tỉnh ủy has its own `/TU` series and one central number can
name two resolutions. A document is identified by

    doc uid = "doc:" + <canonical number> + "@" + <issuer scope> + "@" + <issued_on ISO | 'undated'>

where the issuer scope is the uid of the issuer's AdminUnit (legacy era for documents dated
before 2025-07-01 or undated; e.g. 'legacy:province:31' for Hải Phòng), 'VN' for central bodies,
or 'unknown:<first 12 hex of the citing/loaded file's sha256>' when the text does not say where the
issuer is (seed 001 names no province: its own series stays apart from every other province's).

Resolution rules (pure; `scope_of_mention`):
- the number's issuer code decides the level: TW (and ...TW board codes) and central state codes
  (CP, TTg, QH, MTTW ...) are central; TU is the citing document's province; HU, QU, TXU, ThU its
  district; UBND, HĐND, ĐU and the rest are decided by the issuer text, else the citing document's
  own scope;
- an issuer text that names a place ('Ủy ban nhân dân huyện Tiên Lãng', 'Tỉnh ủy Lâm Đồng') wins over
  the citing document's locality; a level word without a name ('UBND huyện') means the citing
  document's unit of that level.
- a mention without a date first takes the date of a dated mention of the same number and scope
  in the same document; otherwise the loader attaches it to the single dated document of that
  number and scope in the batch or the database, and when there are none or several it is the
  'undated' node of that number and scope (`resolve_undated`).

A loaded document without a number (seed 000) has
    "doc:" + <scope> + "|" + <doc_type> + "|" + <issued_on | 'undated'> + "|t:" + sha1(fold(title))[:12]
(file sha256 instead of the title hash when the title is missing), so re-parsing the same text
gives the same node. Tasks: <doc uid> + "#" + <label>. Persons: 'person:' + fold(name).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Protocol

from loaders.docnumber import DocNumber, try_parse
from loaders.normalise import fold, new_tone_placement, squeeze

CENTRAL = "VN"
LEGACY_END = date(2025, 7, 1)

Level = str  # 'central' | 'province' | 'district' | 'commune'


@dataclass(frozen=True)
class Place:
    """An AdminUnit as far as identity needs it (uid = f'{era}:{level}:{code}')."""

    uid: str
    level: str
    kind: str
    name: str
    short_name: str


class Places(Protocol):
    """Gazetteer look-ups (`graph.places.GazetteerPlaces`); hashable, because resolutions are cached."""

    def __hash__(self) -> int: ...

    def find(self, name: str, level: str, within: str | None, era: str) -> Place | None: ...

    def parent(self, uid: str) -> Place | None: ...

    def get(self, uid: str) -> Place | None: ...


# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------

# Central issuer codes the number alone settles, beyond those DocNumber.level_hint() knows.
_CENTRAL_STATE = {"VPCP", "VPTW", "CTN", "TANDTC", "VKSNDTC", "KTNN"}
_MINISTRY = re.compile(r"B[A-ZĐ]{1,6}")


@lru_cache(maxsize=65536)
def canonical_number(text: str) -> str:
    """'66 – CTr/TU' → '66-CTr/TU' (the parser's DocNumber); text that is not a number, squeezed."""
    number = try_parse(text)
    return str(number) if number else squeeze(new_tone_placement(text)).replace(" ", "")


def parse_number(number: str) -> DocNumber | None:
    return try_parse(number)


def level_of_code(number: DocNumber) -> Level | None:
    """The issuer level a number's issuer code states, or None when only the issuer text can tell.

    'ĐU' is left to the text: a Đảng ủy may be a commune's or a provincial bloc's (Đảng ủy Khối)."""
    if number.issuer == "ĐU":
        return None
    hint = number.level_hint()
    if hint is not None:
        return hint
    code = number.issuer.split("-")[0].upper()
    if number.style == "party" and code.endswith("TW"):
        return "central"  # central boards: BTGTW, BDVTW
    if code in _CENTRAL_STATE or (number.style != "party" and _MINISTRY.fullmatch(code)
                                  and code not in {"BCS", "BQL", "BCĐ"}):
        return "central"  # ministries: BNV, BTC, BGDĐT
    return None


# ---------------------------------------------------------------------------
# Localities
# ---------------------------------------------------------------------------


def era_for(issued_on: date | None) -> str:
    return "2025" if issued_on is not None and issued_on >= LEGACY_END else "legacy"


@dataclass(frozen=True)
class DocContext:
    """Where a document's issuer is: its units, level and the key of an unknown locality."""

    province: Place | None
    district: Place | None
    commune: Place | None
    level: Level | None
    unknown: str
    era: str = "legacy"

    def unit_at(self, level: Level | None) -> Place | None:
        return {"province": self.province, "district": self.district, "commune": self.commune}.get(
            level or "")

    @property
    def most_specific(self) -> Place | None:
        return self.commune or self.district or self.province

    @property
    def known(self) -> bool:
        return self.province is not None or self.district is not None or self.commune is not None

    @property
    def scope(self) -> str:
        """The issuer's own scope: unit at the issuer level, else the most specific unit."""
        if self.level == "central":
            return CENTRAL
        unit = self.unit_at(self.level) or self.most_specific
        return unit.uid if unit else self.unknown

    def city(self) -> Place | None:
        """'thành phố' / 'Thành ủy' of this document: Hải Phòng is a province, Đà Lạt a district."""
        for unit in (self.district, self.province):
            if unit is not None and fold(unit.kind) == "thành phố":
                return unit
        return self.province


UNKNOWN_PREFIX = "unknown:"


def unknown_key(sha256: str) -> str:
    return f"{UNKNOWN_PREFIX}{sha256[:12]}"


def context_for(province: str | None, district: str | None, commune: str | None, level: Level | None,
                sha256: str, places: Places, issued_on: date | None = None) -> DocContext:
    """Resolve a record's locality names to units; a name the gazetteer does not know stays unknown."""
    era = era_for(issued_on)
    prov = places.find(province, "province", None, era) if province else None
    dist = places.find(district, "district", prov.uid if prov else None, era) if district else None
    if dist is not None and prov is None:
        prov = places.parent(dist.uid)
    within = dist.uid if dist else (prov.uid if prov else None)
    comm = places.find(commune, "commune", within, era) if commune else None
    if comm is not None and dist is None and prov is None:
        up = places.parent(comm.uid)
        if up is not None and up.level == "district":
            dist, prov = up, places.parent(up.uid)
        else:
            prov = up
    return DocContext(prov, dist, comm, level, unknown_key(sha256), era)


# Level words, as they appear in body names and issuer texts. 'xã hội' is not a commune.
_LEVEL_WORDS: tuple[tuple[str, str], ...] = (
    (r"trung ương|bộ chính trị|ban bí thư|chính phủ|thủ tướng|quốc hội", "central"),
    (r"tỉnh ủy|tỉnh đoàn|tỉnh", "province"),
    (r"thành ủy|thành đoàn|thành phố", "city"),
    (r"huyện ủy|quận ủy|thị ủy|huyện đoàn|quận đoàn|thị đoàn|huyện|quận|thị xã", "district"),
    (r"đảng ủy xã|xã(?!\s+hội)|phường|thị trấn|thôn|tổ dân phố", "commune"),
)
LEVEL_WORD = re.compile(
    "|".join(f"(?P<{lvl}>(?<![^\\W\\d_])(?:{alts})(?![^\\W\\d_]))" for alts, lvl in _LEVEL_WORDS)
)
_NAME_WORD = re.compile(r"\S+")
_NOT_NAME = {"Đảng", "Việt", "Nam", "Khóa", "Khoá", "Mặt", "Trung", "Ban", "Về", "Ủy", "Uỷ"}


def _name_after(text: str, end: int) -> list[str]:
    """Capitalised words right after a level word: the place name candidate ('Tiên Lãng')."""
    words: list[str] = []
    for m in _NAME_WORD.finditer(text, end):
        w = m.group().strip(",.;:()\"'")
        if not w or not w[0].isupper() or w in _NOT_NAME or len(words) == 4:
            break
        words.append(w)
        if m.group() != w:
            break
    return words


def _lookup(words: list[str], level: str, ctx: DocContext, places: Places) -> Place | None:
    """Longest prefix of `words` that names a unit of that level, searched near the document first."""
    levels = ["province", "district"] if level == "city" else [level]
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        for lvl in levels:
            near = ctx.province.uid if ctx.province and lvl != "province" else None
            if lvl == "commune" and ctx.district is not None:
                near = ctx.district.uid
            hit = places.find(name, lvl, near, ctx.era) or (places.find(name, lvl, None, ctx.era)
                                                            if near else None)
            if hit is not None:
                return hit
    return None


@dataclass(frozen=True)
class Scope:
    uid: str  # AdminUnit uid, 'VN', or 'unknown:<sha12>'
    level: Level | None
    named: bool = False  # the text named the place itself

    @property
    def unit(self) -> UnitUid | None:
        """The AdminUnit this scope is, or None for central and unknown scopes."""
        if self.uid == CENTRAL or self.uid.startswith(UNKNOWN_PREFIX):
            return None
        return UnitUid.parse(self.uid)


@lru_cache(maxsize=65536)
def scope_of_text(text: str | None, ctx: DocContext, places: Places) -> Scope | None:
    """Scope a name or issuer text states: the last level word decides ('Ban Dân vận Huyện ủy')."""
    if not text:
        return None
    t = new_tone_placement(squeeze(text))
    matches = list(LEVEL_WORD.finditer(t.lower()))
    if not matches:
        return None
    m = matches[-1]
    level = m.lastgroup or ""
    if level == "central":
        return Scope(CENTRAL, "central")
    words = _name_after(t, m.end())
    if words:
        hit = _lookup(words, level, ctx, places)
        if hit is not None:
            return Scope(hit.uid, hit.level, named=True)
    unit = ctx.city() if level == "city" else ctx.unit_at(level)
    if unit is not None:
        return Scope(unit.uid, unit.level)
    if level == "city" and ctx.known:
        return None
    return Scope(ctx.unknown, "province" if level == "city" else level)


@lru_cache(maxsize=65536)
def scope_of_mention(number: str | None, issuer: str | None, ctx: DocContext, places: Places) -> Scope:
    """Where a cited document belongs, judged from the citing document (module docstring)."""
    parts = parse_number(number) if number else None
    code_level = level_of_code(parts) if parts else None
    if code_level == "central":
        return Scope(CENTRAL, "central")
    stated = scope_of_text(issuer, ctx, places)
    if stated is not None and stated.level == "central" and code_level is None:
        return stated
    if stated is not None and stated.level != "central" and (
            code_level is None or stated.level == code_level or stated.named):
        return stated
    if code_level is not None:
        unit = ctx.unit_at(code_level)
        if code_level == "province" and unit is None and ctx.district is not None:
            unit = ctx.province
        return Scope(unit.uid if unit else ctx.unknown, code_level)
    return Scope(ctx.scope, ctx.level)


# ---------------------------------------------------------------------------
# uids
# ---------------------------------------------------------------------------


UNDATED = "undated"
TASK_SEP = "#"


def _day(issued_on: date | None) -> str:
    return issued_on.isoformat() if issued_on else UNDATED


def _parse_day(text: str) -> date | None:
    return None if text == UNDATED else date.fromisoformat(text)


@dataclass(frozen=True)
class UnitUid:
    """An AdminUnit's uid, 'legacy:province:31': era, level, gazetteer code."""

    era: str
    level: str
    code: str

    @classmethod
    def parse(cls, text: str) -> UnitUid:
        era, level, code = text.split(":", 2)
        return cls(era, level, code)

    def __str__(self) -> str:
        return f"{self.era}:{self.level}:{self.code}"


@dataclass(frozen=True)
class DocUid:
    """A document's identity (module docstring): number, scope and date; or, for a document without a
    number, scope, type, date and a basis (hash of the title, else of the file)."""

    scope: str
    issued_on: date | None
    number: str | None = None
    doc_type: str | None = None
    basis: str | None = None

    @classmethod
    def numbered(cls, number: str, scope: str, issued_on: date | None) -> DocUid:
        return cls(scope, issued_on, number=canonical_number(number))

    @classmethod
    def unnumbered(cls, scope: str, doc_type: str | None, issued_on: date | None, title: str | None,
                   sha256: str) -> DocUid:
        basis = f"t:{hashlib.sha1(fold(title).encode()).hexdigest()[:12]}" if title else f"s:{sha256[:16]}"
        return cls(scope, issued_on, doc_type=doc_type or "?", basis=basis)

    @classmethod
    def parse(cls, text: str) -> DocUid:
        if not text.startswith("doc:"):
            raise ValueError(f"not a document uid: {text!r}")
        body = text[len("doc:"):]
        if "|" in body:
            scope, doc_type, day, basis = body.split("|", 3)
            return cls(scope, _parse_day(day), doc_type=doc_type, basis=basis)
        number, scope, day = body.split("@")
        return cls(scope, _parse_day(day), number=number)

    def __str__(self) -> str:
        if self.number is None:
            return f"doc:{self.scope}|{self.doc_type}|{_day(self.issued_on)}|{self.basis}"
        return f"doc:{self.number}@{self.scope}@{_day(self.issued_on)}"


@dataclass(frozen=True)
class TaskUid:
    """A task's identity: its document's uid and its label."""

    doc: DocUid
    label: str

    @classmethod
    def parse(cls, text: str) -> TaskUid:
        doc, _, label = text.partition(TASK_SEP)
        return cls(DocUid.parse(doc), label)

    def __str__(self) -> str:
        return f"{self.doc}{TASK_SEP}{self.label}"


def doc_uid(number: str, scope: str, issued_on: date | None) -> str:
    return str(DocUid.numbered(number, scope, issued_on))


def unnumbered_doc_uid(scope: str, doc_type: str | None, issued_on: date | None, title: str | None,
                       sha256: str) -> str:
    return str(DocUid.unnumbered(scope, doc_type, issued_on, title, sha256))


def task_uid(document_uid: str, label: str) -> str:
    return str(TaskUid(DocUid.parse(document_uid), label))


def person_uid(name: str) -> str:
    return f"person:{fold(name)}"


def short_label(label: str) -> str:
    """'III.4.3' → '4.3'; a label without a Roman section is its own short label."""
    head, _, rest = label.partition(".")
    return rest if rest and re.fullmatch(r"[IVXLC]+", head) else label


# ---------------------------------------------------------------------------
# Mentions
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """A reference resolved to an identity key; `issued_on` None means undated."""

    number: str
    scope: str
    level: Level | None
    issued_on: date | None
    doc_type: str | None
    issuer: str | None
    text: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.number, self.scope)

    @property
    def uid(self) -> str:
        return doc_uid(self.number, self.scope, self.issued_on)


def date_within_document(mentions: Iterable[Mention]) -> dict[tuple[str, str], date]:
    """Number+scope keys that one document mentions with exactly one date."""
    dates: dict[tuple[str, str], set[date]] = {}
    for m in mentions:
        if m.issued_on is not None:
            dates.setdefault(m.key, set()).add(m.issued_on)
    return {k: next(iter(v)) for k, v in dates.items() if len(v) == 1}


def resolve_undated(key: tuple[str, str], dated_uids: set[str]) -> str:
    """The single dated uid of a number+scope, else the key's 'undated' uid."""
    if len(dated_uids) == 1:
        return next(iter(dated_uids))
    return doc_uid(key[0], key[1], None)
