# ruff: noqa: E501
"""Issuer localities across the 2025 reform, read on the map of the document's date.

Rows come from `tests/unit_catalogue.py`. Rows in `KNOWN` fail today (strict xfail: a fix must remove them).
"""

from __future__ import annotations

import pytest

from loaders.normalise import fold
from loaders.parse import parse_text
from tests.unit_catalogue import UNIT_ROWS, URow

KNOWN: dict[str, str] = {}


def _problems(row: URow) -> list[str]:
    rec = parse_text(row.text)
    out = []
    if rec.issued_on != row.issued_on:
        out.append(f"issued_on {rec.issued_on}")
    issuer = rec.issuer
    if issuer is None or fold(row.name) not in fold(issuer.name):
        out.append(f"issuer {issuer.name if issuer else None}")
    if issuer is None or issuer.level != row.level:
        out.append(f"level {issuer.level if issuer else None}")
    for part in ("province", "district", "commune"):
        want = getattr(row, part)
        got = getattr(issuer.locality, part) if issuer and issuer.locality else None
        if (fold(got) if got else None) != (fold(want) if want else None):
            out.append(f"{part} {got}")
    return out


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[r.id])] if r.id in KNOWN else [])
     for r in UNIT_ROWS],
)
def test_unit_sweep(row: URow) -> None:
    assert _problems(row) == []
