"""`header.ocr_number_repair` and `header.ocr_date_repair` answer their hints by cheaper scans and skip
the number scan when no match could be repaired: they must give exactly what the patterns give
(`OCR_NUMBER_HINT_RE`, `OCR_DATE_HINT_RE`, then `OCR_NUMBER_RE.sub` / `OCR_DATE_RE.sub`) on damaged
numbers and dates, on their look-alikes, on random strings of those pieces and on every labelled text. A new
alternative in either hint, or a new repair in `_ocr_number_repair`, breaks this: extend
`_ocr_number_hint`, `_ocr_number_may_change` or `OCR_DATE_PRE_RE` with it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from loaders import header, patterns

REPO = Path(__file__).resolve().parent.parent
_NUMBER_PIECES = [*"0123lIO~-/lKHNQTWƯUBNDđĐ .x\nabc", "43-NQ/TW", "KH-ƯBND", "/HƯ", "-ĐƯK", "NHƯ", "THƯ",
                  "l23-KH/TU", "53lKH-UBND", "43-NQlTW", "1O5/KH-UBND", "TƯ", "của Tỉnh ủy ban hành "]
_DATE_PIECES = ["ngay", "ngảy", "Ngàv", "NGẢY", "ngày", "thảng", "THẢNG", "thang", "tháng", "nấm", "ndm",
                "NDM", "nam", "năm", "İ", "x", "  ", "\n", " 1", "12", " ", "\t", "2024", "/"]


def _number_plain(text: str) -> str:
    if patterns.OCR_NUMBER_HINT_RE.search(text):
        return patterns.OCR_NUMBER_RE.sub(header._ocr_number_repair, text)
    return text


def _date_plain(text: str) -> str:
    if patterns.OCR_DATE_HINT_RE.search(text):
        return patterns.OCR_DATE_RE.sub(header._ocr_date_words, text)
    return text


def _random(pieces: list[str], count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10))) for _ in range(count)]


@pytest.mark.parametrize("text", [
    "Kế hoạch số l23-KH/TU ngày 5/3/2024", "Nghị quyết 43~NQ/TW", "Kế hoạch 53lKH-UBND", "Số 445-KL/TƯ",
    "12-KH/HƯ", "94-HD/ĐƯK", "1O5/KH-UBND", "43-NQlTW", "NHƯ SAU:", "THƯ KÝ", "TRUNG ƯƠNG", "lO-KH/TU",
    "Tỉnh ủy vừa ban hành công điện số 07-CĐ/TƯ", "ngay 12 thang 01 nm 2017", "ngàv 10 thàng 03 nm 2014",
    "Long An, ngảy 12 thảng 3 nấm 2024", "ngay 24/11/2023", "THẢNG 3 NẤM 2024", "İngay 12", "nam 2024", "",
])
def test_same_as_the_patterns(text: str) -> None:
    assert header.ocr_number_repair(text) == _number_plain(text)
    assert header.ocr_date_repair(text) == _date_plain(text)


@pytest.mark.parametrize("pieces, seed", [(_NUMBER_PIECES, 1), (_DATE_PIECES, 2)])
def test_same_on_random_pieces(pieces: list[str], seed: int) -> None:
    texts = _random(pieces, 20000, seed)
    assert [t for t in texts if header.ocr_number_repair(t) != _number_plain(t)] == []
    assert [t for t in texts if header.ocr_date_repair(t) != _date_plain(t)] == []


def test_same_on_every_labelled_text() -> None:
    paths = [p for d in ("seed_data", "tests/heldout", "tests/realworld", "tests/realworld_unseen")
             for p in sorted((REPO / d).glob("*.txt"))]
    paths += sorted(REPO.glob("tests/realworld_*/*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in dict.fromkeys(paths)]
    assert len(texts) > 500
    assert [i for i, t in enumerate(texts) if header.ocr_number_repair(t) != _number_plain(t)] == []
    assert [i for i, t in enumerate(texts) if header.ocr_date_repair(t) != _date_plain(t)] == []
