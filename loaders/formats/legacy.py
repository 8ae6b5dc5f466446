"""Legacy Vietnamese 8-bit text: TCVN3 (ABC) and VNI-Windows → Unicode.

Both were written for fonts that draw Vietnamese letters in place of Western-European glyphs, so
their bytes decode as Windows-1252 without error and must be recognised by how common words look.
Converters work on that Windows-1252 string: the same code then repairs text that was pasted into a
Unicode document while still in the old font ('cuûa' saved as UTF-8).

TCVN3 gives each lower-case toned letter one byte; its upper case toned letters came from a separate
'H' font with the same bytes, so they convert to lower case (the parser folds case anyway).
VNI writes a base letter followed by one mark character (tone, circumflex or breve, or both at once);
only 'đ ư ơ' and the 'i' family and 'ỵ' have letters of their own.
"""

from __future__ import annotations

import re
import unicodedata

# One byte (as its Windows-1252 character) per Vietnamese letter.
_TCVN3 = {
    "µ": "à", "¶": "ả", "·": "ã", "¸": "á", "¹": "ạ",
    "¨": "ă", "»": "ằ", "¼": "ẳ", "½": "ẵ", "¾": "ắ", "Æ": "ặ",
    "©": "â", "Ç": "ầ", "È": "ẩ", "É": "ẫ", "Ê": "ấ", "Ë": "ậ",
    "®": "đ",
    "Ì": "è", "Î": "ẻ", "Ï": "ẽ", "Ð": "é", "Ñ": "ẹ",
    "ª": "ê", "Ò": "ề", "Ó": "ể", "Ô": "ễ", "Õ": "ế", "Ö": "ệ",
    "×": "ì", "Ø": "ỉ", "Ü": "ĩ", "Ý": "í", "Þ": "ị",
    "ß": "ò", "á": "ỏ", "â": "õ", "ã": "ó", "ä": "ọ",
    "«": "ô", "å": "ồ", "æ": "ổ", "ç": "ỗ", "è": "ố", "é": "ộ",
    "¬": "ơ", "ê": "ờ", "ë": "ở", "ì": "ỡ", "í": "ớ", "î": "ợ",
    "ï": "ù", "ñ": "ủ", "ò": "ũ", "ó": "ú", "ô": "ụ",
    "\xad": "ư", "õ": "ừ", "ö": "ử", "÷": "ữ", "ø": "ứ", "ù": "ự",
    "ú": "ỳ", "û": "ỷ", "ü": "ỹ", "ý": "ý", "þ": "ỵ",
    "¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ",
}
_TCVN3_TABLE = str.maketrans(_TCVN3)

_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE = "\u0302", "\u0306"

# VNI mark characters (lower and upper case forms) → combining marks, applied to the letter before.
_VNI_MARKS: dict[str, str] = {}
for _lower, _upper, _marks in (
    ("ø", "Ø", _GRAVE), ("ù", "Ù", _ACUTE), ("û", "Û", _HOOK), ("õ", "Õ", _TILDE), ("ï", "Ï", _DOT),
    ("â", "Â", _CIRC), ("à", "À", _CIRC + _GRAVE), ("á", "Á", _CIRC + _ACUTE), ("å", "Å", _CIRC + _HOOK),
    ("ã", "Ã", _CIRC + _TILDE), ("ä", "Ä", _CIRC + _DOT),
    ("ê", "Ê", _BREVE), ("è", "È", _BREVE + _GRAVE), ("é", "É", _BREVE + _ACUTE), ("ú", "Ú", _BREVE + _HOOK),
    ("ü", "Ü", _BREVE + _TILDE), ("ë", "Ë", _BREVE + _DOT),
):
    _VNI_MARKS[_lower] = _VNI_MARKS[_upper] = _marks

# VNI letters of their own.
_VNI_LETTERS = {
    "ñ": "đ", "Ñ": "Đ", "ö": "ư", "Ö": "Ư", "ô": "ơ", "Ô": "Ơ",
    "ì": "ì", "Ì": "Ì", "í": "í", "Í": "Í", "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị",
    "î": "ỵ", "Î": "Ỵ",
}
_TONE_BASES = set("aeiouyAEIOUYơưƠƯ")
_CIRC_BASES = set("aeoAEO")
_BREVE_BASES = set("aA")


def _cp1252_table() -> dict[int, str]:
    """Windows-1252 for each byte; its five undefined bytes stay Latin-1 so nothing is lost."""
    table = {}
    for b in range(0x80, 0xA0):
        try:
            table[b] = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            table[b] = chr(b)
    return table


_CP1252 = _cp1252_table()


def cp1252(raw: bytes) -> str:
    return raw.decode("latin-1").translate(_CP1252)


def tcvn3_to_unicode(text: str) -> str:
    return "\n".join(_tcvn3_line(line) for line in text.split("\n"))


_ASCII_UPPER = re.compile(r"[A-Z]")
_ASCII_LOWER = re.compile(r"[a-z]")


def _tcvn3_line(line: str) -> str:
    """TCVN3 has no upper-case toned letters: a capitals line ('KÕ HO¹CH', typed in a .VnTimeH font)
    mixes ASCII capitals with lower-case toned bytes. A line with a word of two ASCII capitals and a
    toned byte, and no ASCII lower case, is upper-cased whole ('KẾ HOẠCH'); 'Sè 12-KH/TU' is not."""
    out = line.translate(_TCVN3_TABLE)
    if out == line or _ASCII_LOWER.search(line):
        return out
    for word in line.split():
        if len(_ASCII_UPPER.findall(word)) >= 2 and any(c in _TCVN3 for c in word):
            return out.upper()
    return out


def vni_to_unicode(text: str) -> str:
    out: list[str] = []
    for ch in text:
        marks = _VNI_MARKS.get(ch)
        if marks is not None and out and _takes(out[-1], marks):
            out[-1] = unicodedata.normalize("NFC", out[-1] + marks)
            continue
        out.append(_VNI_LETTERS.get(ch, ch))
    return "".join(out)


def _takes(letter: str, marks: str) -> bool:
    """A mark joins the letter before only when Vietnamese spelling allows it (no tone yet)."""
    if len(letter) != 1 or letter not in _TONE_BASES:
        return False
    if marks[0] == _CIRC:
        return letter in _CIRC_BASES
    if marks[0] == _BREVE:
        return letter in _BREVE_BASES
    return True


# The commonest words of administrative text as each encoding spells them ('của', 'và', 'các',
# 'số', 'ngày', 'năm', 'thực hiện', 'được', 'đảng', 'nghị quyết'). Whole words only: single
# characters such as '®' occur in ordinary Western text and in binary noise.
_TCVN3_WORDS = ("cña", "vµ", "c¸c", "sè", "ngµy", "n¨m", "thùc", "hiÖn", "®−îc", "\xae\xadîc", "§¶ng",
                "\xae¶ng", "nghÞ", "quyÕt", "nh©n", "d©n")
_VNI_WORDS = ("cuûa", "vaø", "caùc", "soá", "ngaøy", "naêm", "thöïc", "hieän", "ñöôïc", "Ñaûng", "ñaûng",
              "nghò", "quyeát", "nhaân", "daân")
_WORD_RE = {
    name: re.compile(r"(?<![^\W\d_])(?:" + "|".join(map(re.escape, words)) + r")(?![^\W\d_])", re.IGNORECASE)
    for name, words in (("tcvn3", _TCVN3_WORDS), ("vni", _VNI_WORDS))
}
MIN_WORDS = 2
"""Two common words at least: one could be chance, and a real document has hundreds."""


# Characters Vietnamese Unicode text never has but each legacy encoding uses in its commonest words:
# a text without any of them is not legacy, and the word search (slow) is skipped.
_MARKERS = re.compile("[µ¸¶·¹®©¨«¬\xad§øûïåäëüöñ]")


def word_count(text: str, encoding: str) -> int:
    return len(_WORD_RE[encoding].findall(text[:200_000]))


def detect(text: str) -> str | None:
    """'tcvn3', 'vni' or None for a Windows-1252 string, by counting the commonest words' shapes."""
    if not _MARKERS.search(text, 0, 200_000):
        return None
    counts = {name: word_count(text, name) for name in _WORD_RE}
    best = max(counts, key=lambda k: counts[k])
    if counts[best] < MIN_WORDS:
        return None
    return best


NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}
CONVERT = {"tcvn3": tcvn3_to_unicode, "vni": vni_to_unicode}


def to_unicode(text: str, encoding: str) -> str:
    return CONVERT[encoding](text)
