"""Plain text: UTF-8 (with or without BOM), UTF-16 with BOM, or legacy TCVN3/VNI converted."""

from __future__ import annotations

import re
import unicodedata

from loaders.errors import ParseError
from loaders.formats import legacy

# Letters only Vietnamese Unicode text has (ă đ ĩ ũ ơ ư and the toned letters of U+1EA0–U+1EF9).
_VIET_UNICODE = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
                           "\u1ea0-\u1ef9]")


_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")  # C0 controls but tab, LF, FF, CR


def _too_many_controls(text: str) -> bool:
    sample = text[:20000]
    return len(_CONTROLS.findall(sample)) > max(10, len(sample) // 100)


def decode(raw: bytes, name: str) -> tuple[str, str, tuple[str, ...]]:
    """(text, format, warnings): format is 'text', 'tcvn3' or 'vni'."""
    if not raw.strip():
        raise ParseError(name, "empty file")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ParseError(name, f"not valid UTF-16 text ({exc.reason})") from exc
        return _as_text(text)
    if b"\x00" in raw[:4096]:
        raise ParseError(name, "binary file (NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = legacy.cp1252(raw)
        if _too_many_controls(text):
            raise ParseError(name, "binary content (control characters), not text") from exc
        encoding = legacy.detect(text)
        if encoding is None:
            windows = _windows_1258(raw)
            if windows is not None:
                return windows, "text", ("text converted from the Windows-1258 (Vietnamese) code page",)
            raise ParseError(name, f"not UTF-8 text (invalid byte at offset {exc.start}) and not "
                                   "TCVN3, VNI or Windows-1258 Vietnamese") from exc
        return legacy.to_unicode(text, encoding), encoding, (_warning(encoding),)
    if _too_many_controls(text):
        raise ParseError(name, "binary content (control characters), not text")
    return _as_text(text)


_UNICODE_WORDS = re.compile(r"(?<![^\W\d_])(?:của|và|các|được|thực|hiện|ngày|năm|số|nghị|quyết|đảng)"
                            r"(?![^\W\d_])", re.IGNORECASE)


def _windows_1258(raw: bytes) -> str | None:
    """Windows-1258 writes tones as combining marks after the letter; composed, its commonest words
    read as Unicode ones do. Two of them at least, as for TCVN3 and VNI."""
    try:
        text = unicodedata.normalize("NFC", raw.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    return text if len(_UNICODE_WORDS.findall(text[:200_000])) >= legacy.MIN_WORDS else None


def _warning(encoding: str) -> str:
    return f"text converted from the legacy {legacy.NAMES[encoding]} encoding"


def _as_text(text: str) -> tuple[str, str, tuple[str, ...]]:
    text, encoding = repair_legacy(text)
    if encoding is None:
        return text, "text", ()
    return text, encoding, (_warning(encoding),)


def legacy_warning(encoding: str | None) -> tuple[str, ...]:
    return () if encoding is None else (_warning(encoding),)


def repair_legacy(text: str) -> tuple[str, str | None]:
    """Unicode text still spelled in a legacy font's letters ('cuûa', pasted from a VNI-Times file, or a
    DOCX run in a .VnTime font) is converted when its legacy word shapes outnumber real Vietnamese
    letters; a mostly-Unicode text is left alone, since converting would damage its real letters.
    Returns the text and the encoding it was converted from (None when it was not)."""
    encoding = legacy.detect(text)
    if encoding is None:
        return text, None
    if len(_VIET_UNICODE.findall(text[:200_000])) >= legacy.word_count(text, encoding):
        return text, None
    return legacy.to_unicode(text, encoding), encoding
