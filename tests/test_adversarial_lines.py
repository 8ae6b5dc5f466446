"""Lines no real page has in this length, built from pieces real pages have, still parse to the right answer.

A name pattern that backtracked on such a line took seconds (`_DEPARTMENT`'s separator class was a
range holding every letter). No timing here: `python -m bench.bench_regex growth` prints the cost at
1x-8x length; these tests check that the patterns, and a whole parse, give the right answer on them.
"""
# ruff: noqa: E501  (tables of real-looking Vietnamese text read better unwrapped)

from __future__ import annotations

from datetime import date

import pytest

from loaders import patterns
from loaders.parse import parse_text

NAMES_NO_VERB = "Sở Nông nghiệp và PTNT, Ủy ban nhân dân tỉnh Hưng Yên, "
CAPITALISED = "Sở Giáo Dục Và Đào Tạo Ban Thường Vụ Tỉnh Ủy Hà Nội "
TITLES = "Quyết định 259/QĐ-BGDĐT năm 2023 của Bộ Giáo dục và Đào tạo hết hiệu lực năm 2022 - "


def line(unit: str, length: int) -> str:
    """`unit` repeated to `length` characters on one line, then more lower-case words than a department's
    name takes (eight), so that no name runs to the line's end."""
    return (unit * (length // len(unit) + 1))[:length] + " và nhiều nội dung khác chưa được nêu tên ở đây"


_KB100 = 100_000


@pytest.mark.parametrize(
    ("pattern", "text", "issuer"),
    [
        # A lead's prefix: the issuer is the name that runs to its end, or none.
        ("LEAD_ISSUER_RE", line(NAMES_NO_VERB, _KB100), None),
        ("LEAD_ISSUER_RE", line(CAPITALISED, _KB100), None),
        ("LEAD_ISSUER_RE", line(TITLES, _KB100), None),
        ("LEAD_ISSUER_RE", line(NAMES_NO_VERB, _KB100) + ", Sở Giáo dục và Đào tạo ", "Sở Giáo dục và Đào tạo"),
        ("LEAD_ISSUER_RE", line(CAPITALISED, _KB100) + ", Ban Thường vụ Tỉnh ủy Hà Nội, ", "Ban Thường vụ Tỉnh ủy Hà Nội"),
        ("LEAD_ISSUER_RE", line(TITLES, _KB100) + ". Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"),
        # The body that opens a sentence and asks: none on the line, then the one after it.
        ("ACTING_SUBJECT_RE", line(NAMES_NO_VERB, _KB100), None),
        ("ACTING_SUBJECT_RE", line(CAPITALISED, _KB100), None),
        ("ACTING_SUBJECT_RE", line(NAMES_NO_VERB, _KB100) + ".\nSở Nông nghiệp và PTNT đề nghị các huyện", "Sở Nông nghiệp và PTNT"),
        ("ACTING_SUBJECT_RE", line(NAMES_NO_VERB, _KB100) + ". Chi cục Chăn nuôi và Thú y được giao", "Chi cục Chăn nuôi và Thú y"),
        # The same name shape before 'triển khai' a numbered document.
        ("LEAD_DEPLOYS_NUMBERED_RE", line(NAMES_NO_VERB, _KB100), None),
    ],
)
def test_name_patterns_on_long_lines(pattern: str, text: str, issuer: str | None) -> None:
    m = getattr(patterns, pattern).search(text)
    assert (m["issuer"] if m else None) == issuer


@pytest.mark.parametrize(
    ("prefix", "issuer"),
    [
        ("của Ủy ban nhân dân tỉnh, Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"),
        ("Sở Lao động - Thương binh và Xã hội ", "Sở Lao động - Thương binh và Xã hội"),
        ("Ngày 3/5, Sở Kế hoạch & Đầu tư,", "Sở Kế hoạch & Đầu tư"),
        # A department's words are joined by spaces, a comma, a dash or '&' only (the class was once a
        # range from ',' to U+2010 that joined at any letter, '.' or '/').
        ("theo Sở Nội vụ/Phòng Y tế ", "Phòng Y tế"),
        ("Sở Y tế.Bình Định", "Bình Định"),
    ],
)
def test_department_separators(prefix: str, issuer: str) -> None:
    m = patterns.LEAD_ISSUER_RE.search(prefix)
    assert m is not None and m["issuer"] == issuer


_LEAD = ", Sở Giáo dục và Đào tạo tỉnh Hưng Yên đã ban hành Kế hoạch số 31/KH-SGDĐT về chuyển đổi số.\n"
_ACTING = ".\nSở Nông nghiệp và PTNT tỉnh Hưng Yên đề nghị các huyện tham gia ý kiến.\n"


@pytest.mark.parametrize(
    ("text", "number", "doc_type", "issuer", "issued_on"),
    [
        # The header reads the top 4,000 characters: a 3,500-character line before the lead's verb.
        ("Ngày 9/4/2021, " + line(NAMES_NO_VERB, 3500) + _LEAD, "31/KH-SGDĐT", "KH", "Sở Giáo dục và Đào tạo tỉnh Hưng Yên", date(2021, 4, 9)),
        ("Ngày 9/4/2021, " + line(CAPITALISED, 3500) + _LEAD, "31/KH-SGDĐT", "KH", "Sở Giáo dục và Đào tạo tỉnh Hưng Yên", date(2021, 4, 9)),
        ("Ngày 9/4/2021, " + line(TITLES, 3500) + _LEAD, "31/KH-SGDĐT", "KH", "Sở Giáo dục và Đào tạo tỉnh Hưng Yên", date(2021, 4, 9)),
        ("Về việc góp ý dự thảo\n" + line(NAMES_NO_VERB, 3500) + _ACTING, None, "CV", "Sở Nông nghiệp và PTNT tỉnh Hưng Yên", None),
        # A 100 KB page of it: parsed, no identity guessed from the line.
        (line(NAMES_NO_VERB, _KB100) + _LEAD, None, None, None, None),
        (line(CAPITALISED, _KB100) + _LEAD, None, None, None, None),
    ],
)
def test_whole_parse_of_pages_with_long_lines(text: str, number: str | None, doc_type: str | None,
                                              issuer: str | None, issued_on: date | None) -> None:
    record = parse_text(text)
    assert (str(record.number) if record.number else None, record.doc_type, record.issuer.name if record.issuer else None, record.issued_on) \
        == (number, doc_type, issuer, issued_on)
