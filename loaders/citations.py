"""Citations, implements and chain. (Placeholder; being written.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.header import Header
from loaders.records import Ref


@dataclass(frozen=True)
class References:
    implements: list[Ref] = field(default_factory=list)
    citations: list[Ref] = field(default_factory=list)
    chain: list[tuple[Ref, Ref]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def extract_references(paragraphs: list[str], header: Header) -> References:
    return References()
