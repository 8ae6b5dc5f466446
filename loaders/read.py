"""Read: bytes of a file → Unicode text, or a ParseError naming the file and the reason.

The only stage that does I/O. DOCX and PDF readers plug in here by suffix later; everything after
this stage sees plain text.
"""

from __future__ import annotations

from pathlib import Path

from loaders.errors import ParseError

MAX_BYTES = 20 * 1024 * 1024  # directives are tens of KB; a 20 MB 'document' is not one
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ""}

# Legacy Vietnamese 8-bit encodings (TCVN3/ABC, VNI) decode as Latin-1 without error, so they are
# recognised by how the commonest words look in each ('của', 'và', 'các', 'số', 'ngày', 'năm', 'đ').
_TCVN3_WORDS = ("cña", "vµ", "c¸c", "sè", "ngµy", "n¨m", "\xae", "thùc", "hiÖn")
_VNI_WORDS = ("cuûa", "vaø", "caùc", "soá", "ngaøy", "naêm", "\xf1", "thöïc", "hieän")


def _legacy_encoding(raw: bytes) -> str | None:
    latin = raw.decode("latin-1")
    tcvn3 = sum(latin.count(w) for w in _TCVN3_WORDS)
    vni = sum(latin.count(w) for w in _VNI_WORDS)
    if max(tcvn3, vni) == 0:
        return None
    return "TCVN3 (ABC)" if tcvn3 >= vni else "VNI"


def decode(raw: bytes, path: str) -> str:
    if not raw.strip():
        raise ParseError(path, "empty file")
    if b"\x00" in raw[:4096]:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                return raw.decode("utf-16")
            except UnicodeDecodeError as exc:
                raise ParseError(path, f"not valid UTF-16 text ({exc.reason})") from exc
        raise ParseError(path, "binary file (NUL bytes), not text")
    if raw.startswith(b"PK\x03\x04"):
        raise ParseError(path, "a ZIP container (DOCX?): only .txt and .md are read so far")
    if raw.startswith(b"%PDF"):
        raise ParseError(path, "a PDF file: only .txt and .md are read so far")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        legacy = _legacy_encoding(raw)
        if legacy:
            raise ParseError(path, f"text in the legacy {legacy} encoding; convert it to UTF-8") from exc
        raise ParseError(path, f"not UTF-8 text (invalid byte at offset {exc.start})") from exc
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\r\n\t\f")
    if controls > max(10, len(text[:20000]) // 100):
        raise ParseError(path, "binary content (control characters), not text")
    return text


def read_text(path: Path) -> tuple[bytes, str]:
    """Return the raw bytes (for the checksum) and the decoded text."""
    name = path.as_posix()
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise ParseError(name, f"unsupported file type {path.suffix!r}: only .txt and .md are read so far")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ParseError(name, f"file too large ({size / 1e6:.1f} MB > {MAX_BYTES / 1e6:.0f} MB)")
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ParseError(name, "no such file") from exc
    except IsADirectoryError as exc:
        raise ParseError(name, "is a directory") from exc
    except PermissionError as exc:
        raise ParseError(name, "permission denied") from exc
    return raw, decode(raw, name)
