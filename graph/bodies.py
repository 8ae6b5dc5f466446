"""Canonical bodies: one node per real body however it is written (DOMAIN.md §4).

Names are relative: 'Ban Dân vận Tỉnh ủy' in a Hưng Yên plan is Hưng Yên's board and 'UBND huyện'
in the Tự Cường plan is Tiên Lãng's People's Committee. A name is resolved against the document that
writes it (`graph.identity.scope_of_text`; a name with no level word belongs to the issuer's own unit),
abbreviations are expanded ('UBND' = 'Ủy ban nhân dân'), the display name is completed with the place
('Ban Dân vận Thành ủy' → 'Ban Dân vận Thành ủy Hải Phòng'), and the body's identity is

    BodyUid  body:<scope>:<name key>

where scope is the AdminUnit uid, 'VN' or 'unknown:<sha12>' (bodies of a document of unknown
locality are never merged with another document's), and the name key folds case, Unicode form, tone
placement and a few spellings of one body ('Mặt trận Tổ quốc Việt Nam' = 'Mặt trận Tổ quốc'). How names
are written (abbreviations, kinds, level words) is the parser's knowledge: `loaders.names`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from graph.identity import BodyUid, DocContext, Place, Places, Seat, scope_of_text
from loaders.names import ends_with_level_word, expand, kind_of, name_key
from loaders.normalise import fold, squeeze
from loaders.patterns import VILLAGE_WORDS


@lru_cache(maxsize=65536)
def complete(name: str, unit: Place | None) -> str:
    """Add the place a relative name leaves out: 'UBND huyện' → 'Ủy ban nhân dân huyện Tiên Lãng'."""
    text = expand(name)
    if unit is None or fold(unit.short_name) in fold(text):
        return text
    last = ends_with_level_word(text)
    if last is not None and last.group() not in VILLAGE_WORDS:
        return f"{text} {unit.short_name}"
    return f"{text} {unit.kind} {unit.short_name}"


@dataclass(frozen=True)
class BodyRef:
    uid: str  # str(BodyUid)
    name: str
    name_key: str
    kind: str
    level: str | None
    unit_uid: str | None  # AdminUnit to be LOCATED_IN, None for central or unknown
    alias: str


def body_at(name: str, seat: Seat, unit: Place | None) -> BodyRef:
    display = expand(name) if seat.scope.is_central else complete(name, unit)
    key = name_key(display)
    return BodyRef(
        uid=str(BodyUid(seat.scope, key)),
        name=display,
        name_key=key,
        kind=kind_of(name),
        level=seat.level,
        unit_uid=unit.uid if unit is not None else None,
        alias=squeeze(name),
    )


def _unit_of(seat: Seat, ctx: DocContext, places: Places) -> Place | None:
    unit_uid = seat.scope.unit
    if unit_uid is None:
        return None
    for unit in (ctx.commune, ctx.district, ctx.province):
        if unit is not None and unit.uid == str(unit_uid):
            return unit
    return places.get(str(unit_uid))


@lru_cache(maxsize=65536)
def resolve_body(name: str, ctx: DocContext, places: Places, default: Seat | None = None) -> BodyRef:
    """A body named in a document: its own level word and place, else the issuer's unit."""
    seat = scope_of_text(name, ctx, places) or default or ctx.seat
    return body_at(name, seat, _unit_of(seat, ctx, places))


@lru_cache(maxsize=65536)
def issuer_body(name: str, ctx: DocContext, places: Places) -> BodyRef:
    """The issuer of a loaded document sits at the document's own scope."""
    seat = ctx.seat
    return body_at(name, seat, _unit_of(seat, ctx, places))
