# ruff: noqa: E501  (a table of known failures reads better unwrapped)
"""The document's type and title over every type and every place a real page states them.

`tests/type_catalogue.py` crosses the types of DOMAIN §2 with the places a copy states its type (the
type line in its forms, the number's code alone, a news headline or lead, a quoted type word) and the
forms its title takes; hand rows add a letter's 'V/v', a decision issuing another document, and rows
that must not fire. Rows in `KNOWN` are failures not fixed yet (strict xfail: a fix must remove them).
"""

from __future__ import annotations

import pytest

from loaders.normalise import fold
from loaders.parse import parse_text
from tests.type_catalogue import Row, rows

KNOWN: dict[str, str] = {
    "NQ-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "NQ-line-spaced": "the title runs on into the body's opening sentence or a place-date line",
    "NQ-line-title-case": "a type line in title case ('Kế hoạch') is not read as the type line",
    "NQ-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "NQ-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "NQ-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "NQ-news-quoted-type": "a lead naming the document with its type word in quotes",
    "CT-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "CT-line-spaced": "the title runs on into the body's opening sentence or a place-date line",
    "CT-line-title-case": "a type line in title case ('Kế hoạch') is not read as the type line",
    "CT-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "CT-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "CT-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "CT-news-quoted-type": "a lead naming the document with its type word in quotes",
    "KL-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "KL-line-spaced": "the title runs on into the body's opening sentence or a place-date line",
    "KL-line-title-case": "a type line in title case ('Kế hoạch') is not read as the type line",
    "KL-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "KL-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "KL-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "KL-news-quoted-type": "a lead naming the document with its type word in quotes",
    "QD-quyetdinh-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "QD-quyetdinh-line-spaced": "the title runs on into the body's opening sentence or a place-date line",
    "QD-quyetdinh-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "QD-quyetdinh-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "QD-quyetdinh-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "QD-quyetdinh-news-quoted-type": "a lead naming the document with its type word in quotes",
    "QD-quydinh-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "QD-quydinh-line-spaced": "the title runs on into the body's opening sentence or a place-date line",
    "QD-quydinh-line-title-case": "a type line in title case ('Kế hoạch') is not read as the type line",
    "QD-quydinh-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "QD-quydinh-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "QD-quydinh-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "QD-quydinh-news-quoted-type": "a lead naming the document with its type word in quotes",
    "HD-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "HD-line-spaced": "the title runs on into the body's opening sentence or a place-date line",
    "HD-line-title-case": "a type line in title case ('Kế hoạch') is not read as the type line",
    "HD-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "HD-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "HD-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "HD-news-quoted-type": "a lead naming the document with its type word in quotes",
    "KH-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "KH-line-spaced": "the title runs on into the body's opening sentence or a place-date line",
    "KH-line-title-case": "a type line in title case ('Kế hoạch') is not read as the type line",
    "KH-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "KH-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "KH-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "KH-news-quoted-type": "a lead naming the document with its type word in quotes",
    "KH-state-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "KH-state-line-spaced": "the title runs on into the body's opening sentence or a place-date line",
    "KH-state-line-title-case": "a type line in title case ('Kế hoạch') is not read as the type line",
    "KH-state-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "KH-state-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "KH-state-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "KH-state-news-quoted-type": "a lead naming the document with its type word in quotes",
    "CTr-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "CTr-line-spaced": "the title runs on into the body's opening sentence or a place-date line",
    "CTr-line-title-case": "a type line in title case ('Kế hoạch') is not read as the type line",
    "CTr-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "CTr-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "CTr-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "CTr-news-quoted-type": "a lead naming the document with its type word in quotes",
    "CTr-hanhdong-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "CTr-hanhdong-line-spaced": "the title runs on into the body's opening sentence or a place-date line",
    "CTr-hanhdong-line-with-title": "title: title runs on: 'CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Nghị quyết số 57-NQ/TW của Bộ Chín",
    "CTr-hanhdong-line-title-case": "a type line in title case ('Kế hoạch') is not read as the type line",
    "CTr-hanhdong-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "CTr-hanhdong-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "CTr-hanhdong-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "CTr-hanhdong-news-quoted-type": "a lead naming the document with its type word in quotes",
    "CTr-phoihop-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "CTr-phoihop-line-spaced": "a letter-spaced compound type line ('T H Ô N G  B Á O  K Ế T  L U Ậ N')",
    "CTr-phoihop-line-title-case": "a type line in title case ('Kế hoạch') is not read as the type line",
    "CTr-phoihop-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "CTr-phoihop-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "CTr-phoihop-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "CTr-phoihop-news-quoted-type": "a lead naming the document with its type word in quotes",
    "TB-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "TB-line-spaced": "the title runs on into the body's opening sentence or a place-date line",
    "TB-line-title-case": "a type line in title case ('Kế hoạch') is not read as the type line",
    "TB-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "TB-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "TB-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "TB-news-quoted-type": "a lead naming the document with its type word in quotes",
    "TB-ketluan-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "TB-ketluan-line-spaced": "a letter-spaced compound type line ('T H Ô N G  B Á O  K Ế T  L U Ậ N')",
    "TB-ketluan-line-title-case": "a type line in title case ('Kế hoạch') is not read as the type line",
    "TB-ketluan-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "TB-ketluan-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "TB-ketluan-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "TB-ketluan-news-quoted-type": "a lead naming the document with its type word in quotes",
    "BC-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "BC-line-spaced": "the title runs on into the body's opening sentence or a place-date line",
    "BC-line-title-case": "a type line in title case ('Kế hoạch') is not read as the type line",
    "BC-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "BC-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "BC-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "BC-news-quoted-type": "a lead naming the document with its type word in quotes",
    "TTr-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "TTr-line-spaced": "the title runs on into the body's opening sentence or a place-date line",
    "TTr-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "TTr-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "TTr-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "TTr-news-quoted-type": "a lead naming the document with its type word in quotes",
    "QC-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "QC-line-spaced": "the title runs on into the body's opening sentence or a place-date line",
    "QC-line-title-case": "a type line in title case ('Kế hoạch') is not read as the type line",
    "QC-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "QC-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "QC-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "QC-news-quoted-type": "a lead naming the document with its type word in quotes",
    "QC-phoihop-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "QC-phoihop-line-spaced": "a letter-spaced compound type line ('T H Ô N G  B Á O  K Ế T  L U Ậ N')",
    "QC-phoihop-line-title-case": "a type line in title case ('Kế hoạch') is not read as the type line",
    "QC-phoihop-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "QC-phoihop-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "QC-phoihop-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "QC-phoihop-news-quoted-type": "a lead naming the document with its type word in quotes",
    "DA-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "DA-line-spaced": "the title runs on into the body's opening sentence or a place-date line",
    "DA-line-title-case": "a type line in title case ('Kế hoạch') is not read as the type line",
    "DA-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "DA-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "DA-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "DA-news-quoted-type": "a lead naming the document with its type word in quotes",
    "ND-line-alone": "the title runs on into the body's opening sentence or a place-date line",
    "ND-line-spaced": "the title runs on into the body's opening sentence or a place-date line",
    "ND-line-title-case": "a type line in title case ('Kế hoạch') is not read as the type line",
    "ND-wrap2": "the title runs on into the body's opening sentence or a place-date line",
    "ND-wrap3": "the title runs on into the body's opening sentence or a place-date line",
    "ND-place-date-under-title": "the title runs on into the body's opening sentence or a place-date line",
    "ND-news-quoted-type": "a lead naming the document with its type word in quotes",
    "NQLT-line-alone": "a joint number's type code (NQLT, TTLT) is not read as its kind",
    "NQLT-line-spaced": "a joint number's type code (NQLT, TTLT) is not read as its kind",
    "NQLT-line-with-title": "a joint number's type code (NQLT, TTLT) is not read as its kind",
    "NQLT-line-title-case": "a joint number's type code (NQLT, TTLT) is not read as its kind",
    "NQLT-wrap2": "a joint number's type code (NQLT, TTLT) is not read as its kind",
    "NQLT-wrap3": "a joint number's type code (NQLT, TTLT) is not read as its kind",
    "NQLT-place-date-under-title": "a joint number's type code (NQLT, TTLT) is not read as its kind",
    "NQLT-code-only": "a joint number's type code (NQLT, TTLT) is not read as its kind",
    "NQLT-news-quoted-type": "a lead naming the document with its type word in quotes",
    "TTLT-line-alone": "a joint number's type code (NQLT, TTLT) is not read as its kind",
    "TTLT-line-spaced": "a joint number's type code (NQLT, TTLT) is not read as its kind",
    "TTLT-line-with-title": "a joint number's type code (NQLT, TTLT) is not read as its kind",
    "TTLT-line-title-case": "a joint number's type code (NQLT, TTLT) is not read as its kind",
    "TTLT-wrap2": "a joint number's type code (NQLT, TTLT) is not read as its kind",
    "TTLT-wrap3": "a joint number's type code (NQLT, TTLT) is not read as its kind",
    "TTLT-place-date-under-title": "a joint number's type code (NQLT, TTLT) is not read as its kind",
    "TTLT-code-only": "a joint number's type code (NQLT, TTLT) is not read as its kind",
    "TTLT-news-quoted-type": "a lead naming the document with its type word in quotes",
    "CV-vv-wrapped": "a letter's 'V/v' subject wrapped over two lines",
}


def _squeezed(text: str) -> str:
    return " ".join(fold(text).split())


def _problems(row: Row) -> list[str]:
    rec = parse_text(row.text)
    out = []
    if rec.doc_type != row.doc_type:
        out.append(f"doc_type {rec.doc_type}")
    if row.title is not None:
        if rec.title is None or _squeezed(row.title) not in _squeezed(rec.title):
            out.append(f"title {rec.title!r}")
        elif any(_squeezed(x) in _squeezed(rec.title) for x in row.not_in_title):
            out.append(f"title runs on: {rec.title!r}")
    return out


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[r.id])] if r.id in KNOWN else [])
     for r in rows()],
)
def test_type_sweep(row: Row) -> None:
    assert _problems(row) == []


def test_catalogue_ids_are_unique() -> None:
    ids = [r.id for r in rows()]
    assert len(ids) == len(set(ids))
