"""Canonical bodies: one node per real body however it is written (DOMAIN.md §4).

Names are relative: 'Ban Dân vận Tỉnh ủy' in a Hưng Yên plan is Hưng Yên's board and 'UBND huyện'
in the Tự Cường plan is Tiên Lãng's People's Committee. A name is resolved against the document that
writes it (`graph.identity.scope_of_text`; a name with no level word belongs to the issuer's own unit),
abbreviations are expanded ('UBND' = 'Ủy ban nhân dân'), the display name is completed with the place
('Ban Dân vận Thành ủy' → 'Ban Dân vận Thành ủy Hải Phòng'), and

    body uid = "body:" + <scope> + ":" + name_key

where scope is the AdminUnit uid, 'VN' or 'unknown:<sha12>' (bodies of a document of unknown
locality are never merged with another document's), and name_key folds case, Unicode form, tone
placement and a few spellings of one body ('Mặt trận Tổ quốc Việt Nam' = 'Mặt trận Tổ quốc').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from graph.identity import CENTRAL, LEVEL_WORD, DocContext, Place, Places, Scope, scope_of_text
from loaders.normalise import fold, new_tone_placement, squeeze
from loaders.patterns import BODY_HEAD

_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"UBND", "Ủy ban nhân dân"),
    (r"HĐND|HDND", "Hội đồng nhân dân"),
    (r"UBMTTQVN|UBMTTQ\s*VN", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    (r"UBMTTQ", "Ủy ban Mặt trận Tổ quốc"),
    (r"MTTQ\s*VN|MTTQVN", "Mặt trận Tổ quốc Việt Nam"),
    (r"CT\s*-\s*XH", "chính trị - xã hội"),
    (r"TP\.?", "thành phố"),
    (r"TT(?=\s+(?:Đảng|HĐND|HDND|Hội đồng|UBND|Ủy ban|Tỉnh|Thành|Huyện|Quận|Thị))", "Thường trực"),
    (r"MTTQ", "Mặt trận Tổ quốc"),
    (r"BCH", "Ban Chấp hành"),
    (r"BTV", "Ban Thường vụ"),
    (r"TCCS", "tổ chức cơ sở"),
    (r"LĐLĐ", "Liên đoàn Lao động"),
    (r"LHPN", "Liên hiệp Phụ nữ"),
    (r"CCB", "Cựu chiến binh"),
    (r"TW", "Trung ương"),
)
_ABBREV_RE = [(re.compile(rf"(?<![^\W\d_]){a}(?![^\W\d_])"), full) for a, full in _ABBREVIATIONS]

# Spellings of one body that differ only in words that do not identify it (applied to the fold).
_KEY_RULES: tuple[tuple[str, str], ...] = (
    (r"^(?:giao|đề nghị)\s+", ""),
    (r"\s*\(?\bkhóa\s+[ivxlc]+\)?", ""),
    (r"\bủy ban (mặt trận tổ quốc)", r"\1"),
    (r"\b(mặt trận tổ quốc) việt nam\b", r"\1"),
    (r"\b(trung ương) đảng\b", r"\1"),
    (r"\b(ban bí thư) trung ương\b", r"\1"),
    (r"\s*-\s*", " - "),
    (r"[\s,.;:]+$", ""),
)
_KEY_RE = [(re.compile(p), r) for p, r in _KEY_RULES]

_KINDS: tuple[tuple[str, str], ...] = (
    (r"^ban thường vụ|^thường trực", "standing_committee"),
    (r"^ban chấp hành", "party_committee"),
    (r"^đảng đoàn", "party_delegation"),
    (r"^ban cán sự", "party_cadres"),
    (r"^(?:ban|văn phòng|ủy ban kiểm tra)\b.*(?:ủy|trung ương)", "party_board"),
    (r"^ủy ban nhân dân", "peoples_committee"),
    (r"^hội đồng nhân dân", "peoples_council"),
    (r"mặt trận tổ quốc", "front"),
    (r"^(?:tỉnh|thành|huyện|quận|thị|đảng) ủy|^bộ chính trị|^ban bí thư", "party_committee"),
    (r"^công chức|^cán bộ", "official"),
    (r"đoàn thể|tổ chức chính trị|hội|đoàn\b|liên đoàn", "mass_organisation"),
    (r"^các\b", "group"),
)
_KIND_RE = [(re.compile(p), k) for p, k in _KINDS]


_TERM = re.compile(r"\s*\(?\b[Kk]hóa\s+[IVXLC]+\b\)?")


@lru_cache(maxsize=65536)
def expand(name: str) -> str:
    """Display form: NFC, new tone placement, one space, abbreviations spelled out, no term of office.

    'Bộ Chính trị (khóa XIII)' is the Politburo: the term belongs to the document, not to the body.
    """
    text = _TERM.sub("", squeeze(new_tone_placement(name))).strip(" ,.;:")
    for rx, full in _ABBREV_RE:
        text = rx.sub(full, text)
    return text


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    key = fold(expand(name))
    for rx, repl in _KEY_RE:
        key = rx.sub(repl, key)
    return squeeze(key)


@lru_cache(maxsize=65536)
def kind_of(name: str) -> str:
    key = name_key(name)
    for rx, kind in _KIND_RE:
        if rx.search(key):
            return kind
    return "other"


@lru_cache(maxsize=65536)
def complete(name: str, unit: Place | None) -> str:
    """Add the place a relative name leaves out: 'UBND huyện' → 'Ủy ban nhân dân huyện Tiên Lãng'."""
    text = expand(name)
    if unit is None or fold(unit.short_name) in fold(text):
        return text
    words = list(LEVEL_WORD.finditer(text.lower()))
    last = words[-1] if words else None
    if last is not None and last.end() == len(text) and last.group() not in ("thôn", "tổ dân phố"):
        return f"{text} {unit.short_name}"
    return f"{text} {unit.kind} {unit.short_name}"


_LIST_SEP = re.compile(r",\s*")


def split_list(text: str) -> list[str]:
    """'TT Đảng ủy, HĐND, UBND xã' → three bodies, all of the commune (DOMAIN.md §4: shared suffix).

    A comma starts a new body only before a capital that opens a body name (loaders.patterns.BODY_HEAD),
    so 'Cán bộ, công chức xã' and '... được Đảng, Nhà nước giao nhiệm vụ' stay whole; a level word
    ending the last part is shared by the parts that have none.
    """
    pieces = [p.strip() for p in _LIST_SEP.split(squeeze(text)) if p.strip()]
    parts: list[str] = []
    for piece in pieces:
        if parts and not (piece[0].isupper() and BODY_HEAD.match(fold(piece))):
            parts[-1] = f"{parts[-1]}, {piece}"
        else:
            parts.append(piece)
    last = expand(parts[-1]) if parts else ""
    tail = list(LEVEL_WORD.finditer(last.lower()))
    if len(parts) > 1 and tail and tail[-1].end() == len(last):
        word = last[tail[-1].start():]
        shared = [p if LEVEL_WORD.search(expand(p).lower()) else f"{p} {word}" for p in parts[:-1]]
        parts = shared + parts[-1:]
    return parts


@dataclass(frozen=True)
class BodyRef:
    uid: str
    name: str
    name_key: str
    kind: str
    level: str | None
    unit_uid: str | None  # AdminUnit to be LOCATED_IN, None for central or unknown
    alias: str


def body_at(name: str, scope: Scope, unit: Place | None) -> BodyRef:
    display = complete(name, unit) if scope.uid != CENTRAL else expand(name)
    key = name_key(display)
    return BodyRef(
        uid=f"body:{scope.uid}:{key}",
        name=display,
        name_key=key,
        kind=kind_of(name),
        level=scope.level,
        unit_uid=unit.uid if unit is not None else None,
        alias=squeeze(name),
    )


def _unit_of(scope: Scope, ctx: DocContext, places: Places) -> Place | None:
    if scope.unit is None:
        return None
    for unit in (ctx.commune, ctx.district, ctx.province):
        if unit is not None and unit.uid == scope.uid:
            return unit
    return places.get(scope.uid)


@lru_cache(maxsize=65536)
def resolve_body(name: str, ctx: DocContext, places: Places, default: Scope | None = None) -> BodyRef:
    """A body named in a document: its own level word and place, else the issuer's unit."""
    scope = scope_of_text(name, ctx, places) or default or Scope(ctx.scope, ctx.level)
    return body_at(name, scope, _unit_of(scope, ctx, places))


@lru_cache(maxsize=65536)
def issuer_body(name: str, ctx: DocContext, places: Places) -> BodyRef:
    """The issuer of a loaded document sits at the document's own scope."""
    scope = Scope(ctx.scope, ctx.level)
    return body_at(name, scope, _unit_of(scope, ctx, places))
