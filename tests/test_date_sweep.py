"""The document's own date (and number) in every place and form `tests/date_catalogue.py` lists, and the
dates around it that must not be read as its own. Rows in `KNOWN` fail today (strict xfail: a fix must
remove them).
"""

from __future__ import annotations

import pytest

from loaders.parse import parse_text
from tests.date_catalogue import Row, rows

KNOWN: dict[str, str] = {}


def _problems(row: Row) -> list[str]:
    rec = parse_text(row.text)
    out = []
    got_date = rec.issued_on.isoformat() if rec.issued_on else None
    if got_date != row.issued_on:
        out.append(f"issued_on: expected {row.issued_on!r}, got {got_date!r}")
    if row.number is not ...:
        got_number = str(rec.number) if rec.number is not None else None
        if got_number != row.number:
            out.append(f"number: expected {row.number!r}, got {got_number!r}")
    return out


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[r.id])] if r.id in KNOWN
                  else []) for r in rows()],
)
def test_date_sweep(row: Row) -> None:
    assert _problems(row) == []


def test_row_ids_are_unique() -> None:
    ids = [r.id for r in rows()]
    assert len(ids) == len(set(ids))
