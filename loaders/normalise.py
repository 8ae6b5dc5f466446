"""Text normalisation: one Unicode form and one tone placement for matching.

Display text keeps what was written; `fold` and `key` are only for comparing.
"""

from __future__ import annotations

import re
import unicodedata

_TONES = {"\u0301": "acute", "\u0300": "grave", "\u0309": "hook", "\u0303": "tilde", "\u0323": "dot"}


def _toned(base: str, mark: str) -> str:
    return unicodedata.normalize("NFC", base + mark)


def _build_tone_map() -> dict[str, str]:
    """Old-style → new-style tone placement in open syllables: hoá→hóa, uỷ→ủy, oè→òe.

    With a final consonant (hoàn, tuyển) both styles agree, so only syllable-final pairs move.
    """
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for mark in _TONES:
            for f, s in ((first, second), (first.upper(), second.upper()), (first.upper(), second)):
                table[f + _toned(s, mark)] = _toned(f, mark) + s
    return table


_TONE_MAP = _build_tone_map()
_TONE_RE = re.compile("(" + "|".join(sorted(_TONE_MAP, key=len, reverse=True)) + r")(?![^\W\d_])")
_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def new_tone_placement(text: str) -> str:
    """NFC text with tone marks placed in the new style ('Thành uỷ' → 'Thành ủy')."""
    return _TONE_RE.sub(lambda m: _TONE_MAP[m.group(1)], nfc(text))


def squeeze(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """Matching form: NFC, new tone placement, lower case, single spaces."""
    return squeeze(new_tone_placement(text)).lower()


def strip_diacritics(text: str) -> str:
    """ASCII-ish key: 'Tự Cường' → 'tu cuong' (đ → d)."""
    decomposed = unicodedata.normalize("NFD", fold(text))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("đ", "d")


def clean_lines(text: str) -> list[str]:
    """Placeholder (being written): NFC lines, markup and page numbers removed."""
    return [nfc(line).rstrip() for line in text.splitlines()]


def paragraphs(lines: list[str]) -> list[str]:
    """Placeholder (being written): wrapped lines rejoined into logical paragraphs."""
    return [squeeze(line) for line in lines if line.strip()]
