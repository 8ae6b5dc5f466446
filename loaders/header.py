"""Header: number, type, title, date, place, issuer, signer. (Placeholder; being written.)"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from loaders.records import Issuer, Signer


@dataclass(frozen=True)
class Header:
    number: str | None = None
    doc_type: str | None = None
    title: str | None = None
    issued_on: date | None = None
    place: str | None = None
    issuer: Issuer | None = None
    signer: Signer | None = None
    warnings: list[str] = field(default_factory=list)


def extract_header(lines: list[str], paragraphs: list[str]) -> Header:
    return Header()
