"""What a document is called on screen when it has no number or no title of its own.

A stub knows only what citations say, and an unnumbered plan has no number: the Browser and the web
pages then showed "null". The caption is the type word and the number ('Nghị quyết 43-NQ/TW'), or the
type word and the issuer for an unnumbered document, so every document has a name a person can read.
"""

from __future__ import annotations

from datetime import date

from loaders.patterns import TYPE_DISPLAY_WORDS


def type_word(doc_type: str | None) -> str:
    return TYPE_DISPLAY_WORDS.get(doc_type or "", "Văn bản")


def caption(doc_type: str | None, number: str | None, issuer: str | None = None,
            issued_on: date | None = None) -> str:
    """'Nghị quyết 43-NQ/TW'; 'Kế hoạch của Ủy ban nhân dân xã Tự Cường' when there is no number."""
    word = type_word(doc_type)
    if number:
        return f"{word} {number}"
    parts = [word]
    if issuer:
        parts.append(f"của {issuer}")
    if issued_on:
        parts.append(f"ngày {issued_on.day:02d}/{issued_on.month:02d}/{issued_on.year}")
    if len(parts) == 1:
        parts.append("(không số)")
    return " ".join(parts)
