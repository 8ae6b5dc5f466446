"""Recipients (Nơi nhận). (Placeholder; being written.)"""

from __future__ import annotations


def extract_recipients(lines: list[str]) -> list[str]:
    return []
