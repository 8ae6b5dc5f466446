"""Turning what users type into what the graph stores: folded keys for names and places."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from fastapi import Query
from pydantic import BeforeValidator

from loaders.gazetteer import find_province
from loaders.names import canonical_number
from loaders.normalise import fold, strip_diacritics


def place_key(name: str | None) -> str | None:
    """'Thành phố Hải Phòng' / 'TP. Hải Phòng' / 'hai phong' → 'hai phong' (AdminUnit.name_key).

    The gazetteer reads kind words, abbreviations and aliases; a name it does not know is only folded
    (and then matches nothing, as it should)."""
    if name is None or not name.strip():
        return None
    unit = find_province(name)
    return unit.name_key if unit else strip_diacritics(name)


def number_key(number: str | None) -> str | None:
    """'66 – CTr/TU' → '66-CTr/TU': numbers are stored in canonical form."""
    if number is None or not number.strip():
        return None
    return canonical_number(number)


MAX_OFFSET = 1_000_000  # far past any list the graph holds; far below a 64-bit overflow in SKIP + LIMIT
Limit = Annotated[int, Query(ge=1, le=500, description="items per page (at most 500)")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"items to skip (at most {MAX_OFFSET:,})")]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_only(value: object) -> object:
    """Only 'YYYY-MM-DD': pydantic alone reads a number ('7.8e-91') as a Unix timestamp."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError("a date is written YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(_iso_only)]
AsOf = Annotated[IsoDate | None, Query(description="judge deadlines on this day (default: today)")]


def ascii_key(name: str | None) -> str | None:
    """'Dân vận' / 'dan van' → 'dan van', matched against Body.search_keys."""
    if name is None or not name.strip():
        return None
    return " ".join(strip_diacritics(name).split())


def name_key(name: str | None) -> str | None:
    """Body.name_key form of a name fragment."""
    if name is None or not name.strip():
        return None
    return fold(name)


_LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/]|&&|\|\|)')
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def lucene_escape(text: str) -> str:
    """Lucene's special characters escaped, so 'CTr/TU' or '(quý I)' is read as text."""
    return _LUCENE_SPECIAL.sub(r"\\\1", text)


def lucene_query(text: str) -> str:
    """User words → a Lucene query: the exact phrase boosted, else all words; specials escaped.

    Escaping keeps 'CTr/TU' or '(quý I)' from being read as Lucene syntax; words are required (AND)
    so 'ngay hoi dai doan ket' does not return every text containing 'ngày'.
    """
    words = [lucene_escape(w) for w in _WORD.findall(text)]
    words = [w for w in words if w.upper() not in ("AND", "OR", "NOT")]
    if not words:
        return ""
    if len(words) == 1:
        return words[0]
    phrase = " ".join(words)
    return f'"{phrase}"^3 OR ({" AND ".join(words)})'
