"""Identities: uids of documents, tasks, bodies, persons and places, as value types (DOMAIN.md §2).

A number is not an identity: every Tỉnh ủy has its own `/TU` series and one central number can
name two resolutions. A document is identified by its number, its issuer's `Scope` and its date:

    DocUid  doc:<canonical number>@<scope>@<issued_on ISO | 'undated'>
    Scope   <AdminUnit uid> | 'VN' | 'unknown:<first 12 hex of the file's sha256>'
    UnitUid <era>:<level>:<gazetteer code>          (loaders.gazetteer; 'legacy:province:31' Hải Phòng)

The scope is the issuer's AdminUnit (legacy era for documents dated before 2025-07-01 or undated),
'VN' for central bodies, or an unknown key of the citing/loaded file when the text does not say
where the issuer is (seed 001 names no province: its own series stays apart from every other
province's). Each type `parse`s its text (ValueError on anything else) and prints it back with
`str`; nothing outside this module builds or takes apart a uid string.

Resolution rules (pure; `scope_of_mention`):
- the number's issuer code decides the level (`loaders.names.issuer_level`): TW (and ...TW board
  codes) and central state codes (CP, TTg, QH, MTTW ...) are central; TU is the citing document's
  province; HU, QU, TXU, ThU its district; UBND, HĐND, ĐU and the rest are decided by the issuer
  text, else the citing document's own scope;
- an issuer text that names a place ('Ủy ban nhân dân huyện Tiên Lãng', 'Tỉnh ủy Lâm Đồng') wins over
  the citing document's locality; a level word without a name ('UBND huyện') means the citing
  document's unit of that level.
- a mention without a date first takes the date of a dated mention of the same number and scope
  in the same document; otherwise the loader attaches it to the single dated document of that
  number and scope in the batch or the database, and when there are none or several it is the
  'undated' node of that number and scope (`resolve_undated`).

A loaded document without a number (seed 000) has
    doc:<scope>|<doc_type>|<issued_on | 'undated'>|t:<sha1(fold(title))[:12]>
(s:<file sha256[:16]> instead of the title hash when the title is missing), so re-parsing the same
text gives the same node. Tasks: `TaskUid` <doc uid>#<label>. Bodies: `BodyUid`
body:<scope>:<name key> (graph.bodies). Persons: `PersonUid` person:<folded name>.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache, total_ordering
from typing import ClassVar, Protocol

from loaders.docnumber import DocNumber, try_parse
from loaders.gazetteer import UnitUid as UnitUid
from loaders.names import canonical_number, expand, issuer_level, level_words, name_after
from loaders.normalise import fold

LEGACY_END = date(2025, 7, 1)

Level = str  # 'central' | 'province' | 'district' | 'commune'


def era_for(issued_on: date | None) -> str:
    return "2025" if issued_on is not None and issued_on >= LEGACY_END else "legacy"


# ---------------------------------------------------------------------------
# Places and scopes
# ---------------------------------------------------------------------------


_CENTRAL = "VN"
_UNKNOWN = "unknown:"


@total_ordering
@dataclass(frozen=True, eq=True)
class Scope:
    """Where an issuer sits: the nation ('VN'), an AdminUnit, or the unknown locality of one file.

    Build with `Scope.CENTRAL`, `Scope.of_unit` or `Scope.unknown_for`; ordered by its text, so that
    writers sorting by scope lock in the same order."""

    unit: UnitUid | None = None
    unknown: str | None = None  # 12 hex of the file's sha256
    _text: str = field(init=False, repr=False, compare=False)  # printed once: uids print scopes often

    CENTRAL: ClassVar[Scope]

    def __post_init__(self) -> None:
        text = str(self.unit) if self.unit is not None else (
            _CENTRAL if self.unknown is None else f"{_UNKNOWN}{self.unknown}")
        object.__setattr__(self, "_text", text)

    @classmethod
    def of_unit(cls, uid: str | UnitUid) -> Scope:
        return cls(unit=uid if isinstance(uid, UnitUid) else UnitUid.parse(uid))

    @classmethod
    def unknown_for(cls, sha256: str) -> Scope:
        return cls(unknown=sha256[:12])

    @classmethod
    def parse(cls, text: str) -> Scope:
        if text == _CENTRAL:
            return cls.CENTRAL
        if text.startswith(_UNKNOWN):
            key = text[len(_UNKNOWN):]
            if not key:
                raise ValueError(f"not a scope: {text!r}")
            return cls(unknown=key)
        return cls(unit=UnitUid.parse(text))

    @property
    def is_central(self) -> bool:
        return self.unit is None and self.unknown is None

    @property
    def is_unknown(self) -> bool:
        return self.unknown is not None

    def __str__(self) -> str:
        return self._text

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Scope):
            return NotImplemented
        return self._text < other._text


Scope.CENTRAL = Scope()


@dataclass(frozen=True)
class Place:
    """An AdminUnit as far as identity needs it (uid = `UnitUid` text)."""

    uid: str
    level: str
    kind: str
    name: str
    short_name: str

    @cached_property
    def scope(self) -> Scope:
        return Scope.of_unit(self.uid)


class Places(Protocol):
    """Gazetteer look-ups (`graph.places.GazetteerPlaces`); hashable, because resolutions are cached."""

    def __hash__(self) -> int: ...

    def find(self, name: str, level: str, within: str | None, era: str) -> Place | None: ...

    def parent(self, uid: str) -> Place | None: ...

    def get(self, uid: str) -> Place | None: ...


@dataclass(frozen=True)
class Seat:
    """Where a named body or a cited document's issuer sits: its scope and level, and whether the text
    named the place itself ('Ủy ban nhân dân huyện Tiên Lãng') rather than only a level ('UBND huyện')."""

    scope: Scope
    level: Level | None
    named: bool = False


CENTRAL_SEAT = Seat(Scope.CENTRAL, "central")


@dataclass(frozen=True)
class DocContext:
    """Where a document's issuer is: its units, level and the scope of an unknown locality."""

    province: Place | None
    district: Place | None
    commune: Place | None
    level: Level | None
    unknown: Scope
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
    def scope(self) -> Scope:
        """The issuer's own scope: unit at the issuer level, else the most specific unit."""
        if self.level == "central":
            return Scope.CENTRAL
        unit = self.unit_at(self.level) or self.most_specific
        return unit.scope if unit else self.unknown

    @property
    def seat(self) -> Seat:
        return Seat(self.scope, self.level)

    def city(self) -> Place | None:
        """'thành phố' / 'Thành ủy' of this document: Hải Phòng is a province, Đà Lạt a district."""
        for unit in (self.district, self.province):
            if unit is not None and fold(unit.kind) == "thành phố":
                return unit
        return self.province


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
    return DocContext(prov, dist, comm, level, Scope.unknown_for(sha256), era)


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


@lru_cache(maxsize=65536)
def _stated_level(text: str) -> tuple[str, tuple[str, ...]] | None:
    """What a name says by itself: its last level word's level and the place words after it.

    Apart from `scope_of_text`, whose cache is per document (the context holds its sha256), so a
    cascade's plans, which repeat their parent's names, share this part."""
    t = expand(text)  # 'UBND TX. Cửa Lò', 'UBND TP Vinh' are shown as written: their kind words spelled out
    matches = level_words(t)
    if not matches:
        return None
    m = matches[-1]
    level = m.lastgroup or ""
    return level, tuple(name_after(t, m.end())) if level != "central" else ()


@lru_cache(maxsize=65536)
def scope_of_text(text: str | None, ctx: DocContext, places: Places) -> Seat | None:
    """Seat a name or issuer text states: the last level word decides ('Ban Dân vận Huyện ủy')."""
    if not text:
        return None
    stated = _stated_level(text)
    if stated is None:
        return None
    level, words = stated
    if level == "central":
        return CENTRAL_SEAT
    if words:
        hit = _lookup(list(words), level, ctx, places)
        if hit is not None:
            return Seat(hit.scope, hit.level, named=True)
    unit = ctx.city() if level == "city" else ctx.unit_at(level)
    if unit is not None:
        return Seat(unit.scope, unit.level)
    if level == "city" and ctx.known:
        return None
    return Seat(ctx.unknown, "province" if level == "city" else level)


@lru_cache(maxsize=65536)
def scope_of_mention(number: str | None, issuer: str | None, ctx: DocContext, places: Places) -> Seat:
    """Where a cited document belongs, judged from the citing document (module docstring)."""
    parts = try_parse(number) if number else None
    code_level = issuer_level(parts) if parts else None
    if code_level == "central":
        return CENTRAL_SEAT
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
        return Seat(unit.scope if unit else ctx.unknown, code_level)
    return ctx.seat


# ---------------------------------------------------------------------------
# uids
# ---------------------------------------------------------------------------


_UNDATED = "undated"
_DOC = "doc:"
_TASK_SEP = "#"


def _day(issued_on: date | None) -> str:
    return issued_on.isoformat() if issued_on else _UNDATED


def _parse_day(text: str) -> date | None:
    return None if text == _UNDATED else date.fromisoformat(text)


@dataclass(frozen=True)
class DocUid:
    """A document's identity (module docstring): number, scope and date; or, for a document without a
    number, scope, type, date and a basis (hash of the title, else of the file)."""

    scope: Scope
    issued_on: date | None
    number: str | None = None
    doc_type: str | None = None
    basis: str | None = None

    @classmethod
    def numbered(cls, number: str | DocNumber, scope: Scope, issued_on: date | None) -> DocUid:
        """`number` as written or a DocNumber: its canonical text goes in the uid."""
        return cls(scope, issued_on, number=canonical_number(str(number)))

    @classmethod
    def unnumbered(cls, scope: Scope, doc_type: str | None, issued_on: date | None, title: str | None,
                   sha256: str) -> DocUid:
        basis = f"t:{hashlib.sha1(fold(title).encode()).hexdigest()[:12]}" if title else f"s:{sha256[:16]}"
        return cls(scope, issued_on, doc_type=doc_type or "?", basis=basis)

    @classmethod
    def parse(cls, text: str) -> DocUid:
        if not text.startswith(_DOC):
            raise ValueError(f"not a document uid: {text!r}")
        body = text[len(_DOC):]
        if "|" in body:
            parts = body.split("|", 3)
            if len(parts) != 4:
                raise ValueError(f"not a document uid: {text!r}")
            scope, doc_type, day, basis = parts
            return cls(Scope.parse(scope), _parse_day(day), doc_type=doc_type, basis=basis)
        parts = body.split("@")
        if len(parts) != 3 or not parts[0]:
            raise ValueError(f"not a document uid: {text!r}")
        number, scope, day = parts
        return cls(Scope.parse(scope), _parse_day(day), number=number)

    @property
    def undated(self) -> DocUid:
        """The 'undated' node of this number and scope."""
        return DocUid(self.scope, None, self.number, self.doc_type, self.basis)

    def __str__(self) -> str:
        if self.number is None:
            return f"{_DOC}{self.scope}|{self.doc_type}|{_day(self.issued_on)}|{self.basis}"
        return f"{_DOC}{self.number}@{self.scope}@{_day(self.issued_on)}"


@dataclass(frozen=True)
class TaskUid:
    """A task's identity: its document's uid and its label."""

    doc: DocUid
    label: str

    @classmethod
    def parse(cls, text: str) -> TaskUid:
        doc, sep, label = text.partition(_TASK_SEP)
        if not sep or not label:
            raise ValueError(f"not a task uid: {text!r}")
        return cls(DocUid.parse(doc), label)

    def __str__(self) -> str:
        return f"{self.doc}{_TASK_SEP}{self.label}"


_BODY = "body:"
_BODY_UID = re.compile(r"body:(?P<scope>VN|unknown:[^:]+|[^:]+:[^:]+:[^:]+):(?P<key>.+)", re.DOTALL)


@dataclass(frozen=True)
class BodyUid:
    """A body's identity: the scope it belongs to and its name key (`loaders.names.name_key`)."""

    scope: Scope
    key: str

    @classmethod
    def parse(cls, text: str) -> BodyUid:
        m = _BODY_UID.fullmatch(text)
        if m is None:
            raise ValueError(f"not a body uid: {text!r}")
        return cls(Scope.parse(m["scope"]), m["key"])

    def __str__(self) -> str:
        return f"{_BODY}{self.scope}:{self.key}"


_PERSON = "person:"


@dataclass(frozen=True)
class PersonUid:
    """A signer's identity: the folded name (case, tones and spacing do not make another person)."""

    key: str

    @classmethod
    def of(cls, name: str) -> PersonUid:
        return cls(fold(name))

    @classmethod
    def parse(cls, text: str) -> PersonUid:
        if not text.startswith(_PERSON) or len(text) == len(_PERSON):
            raise ValueError(f"not a person uid: {text!r}")
        return cls(text[len(_PERSON):])

    def __str__(self) -> str:
        return f"{_PERSON}{self.key}"


# ---------------------------------------------------------------------------
# Mentions
# ---------------------------------------------------------------------------


SeriesKey = tuple[str, Scope]
"""A number and its issuer's scope: every date of one series of documents shares it."""


@dataclass(frozen=True)
class Mention:
    """A reference resolved to an identity key; `issued_on` None means undated."""

    number: str
    scope: Scope
    level: Level | None
    issued_on: date | None
    doc_type: str | None
    issuer: str | None
    text: str

    @property
    def key(self) -> SeriesKey:
        return (self.number, self.scope)

    @property
    def doc_uid(self) -> DocUid:
        return DocUid.numbered(self.number, self.scope, self.issued_on)

    @property
    def uid(self) -> str:
        return str(self.doc_uid)


def date_within_document(mentions: Iterable[Mention]) -> dict[SeriesKey, date]:
    """Number+scope keys that one document mentions with exactly one date."""
    dates: dict[SeriesKey, set[date]] = {}
    for m in mentions:
        if m.issued_on is not None:
            dates.setdefault(m.key, set()).add(m.issued_on)
    return {k: next(iter(v)) for k, v in dates.items() if len(v) == 1}


def resolve_undated(key: SeriesKey, dated_uids: set[str]) -> str:
    """The single dated uid of a number+scope, else the key's 'undated' uid."""
    if len(dated_uids) == 1:
        return next(iter(dated_uids))
    return str(DocUid.numbered(key[0], key[1], None))
