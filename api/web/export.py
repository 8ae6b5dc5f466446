"""Coverage as CSV and XLSX: the same rows, columns and words as the table on the page."""

from __future__ import annotations

import csv
import io
from typing import Any

from api.web.i18n import translate

COLUMNS = ("code", "unit", "level", "state", "first_plan", "plans", "mapped")
HEADINGS = {"code": "code", "unit": "unit", "level": "level", "state": "status", "first_plan": "first_plan",
            "plans": "plans", "mapped": "mapping"}


def _headings(lang: str, era: str) -> list[str]:
    words = {"code": "Mã" if lang != "en" else "Code", "unit": translate("unit", lang),
             "level": translate("level", lang), "state": translate("status", lang),
             "first_plan": translate("first_plan", lang), "plans": translate("plans", lang),
             "mapped": translate("mapping_2025" if era == "legacy" else "mapping_legacy", lang)}
    return [words[c] for c in COLUMNS]


def _cells(row: dict[str, Any], lang: str) -> list[str]:
    return [translate(row[c], lang) if c in ("state", "level") else str(row[c]) for c in COLUMNS]


def to_csv(rows: list[dict[str, Any]], lang: str, era: str) -> bytes:
    """UTF-8 with a BOM, so Excel opens the diacritics right."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(_headings(lang, era))
    for r in rows:
        w.writerow(_cells(r, lang))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_xlsx(rows: list[dict[str, Any]], lang: str, era: str, title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "coverage"
    ws.append([title])
    ws["A1"].font = Font(bold=True)
    ws.append(_headings(lang, era))
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append(_cells(r, lang))
    for col, width in zip("ABCDEFG", (8, 28, 10, 16, 14, 40, 50), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A3"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
