"""Issuer name, level and locality of mass organisations, councils and sector Party committees.

Rows come from `tests/org_catalogue.py` (header cells, news leads, signature blocks). Rows in `KNOWN`
fail today (strict xfail: a fix must remove them from the list).
"""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.org_catalogue import org_rows
from tests.test_header_sweep import _problems

KNOWN: dict[str, str] = {
    "hdpbgdpl-two_columns": "council: level of the superior's unit not given",
    "hdpbgdpl-stacked": "council: level of the superior's unit not given",
    "hdpbgdpl-pipes": "council: level of the superior's unit not given",
    "hdpbgdpl-news_lead": "council: level of the superior's unit not given",
    "hdpbgdpl-news_lead_later": "council: level of the superior's unit not given",
    "hdtdkt-two_columns": "council: level of the superior's unit not given",
    "hdtdkt-stacked": "council: level of the superior's unit not given",
    "hdtdkt-pipes": "council: level of the superior's unit not given",
    "hdtdkt-news_lead": "council: level of the superior's unit not given",
    "hdtdkt-news_lead_later": "council: level of the superior's unit not given",
    "du_cqcq-two_columns": "'Đảng ủy cơ quan chính quyền <unit>' not read as one name",
    "du_cqcq-stacked": "'Đảng ủy cơ quan chính quyền <unit>' not read as one name",
    "du_cqcq-news_lead": "'Đảng ủy cơ quan chính quyền <unit>' not read as one name",
    "du_cqcq-news_lead_later": "'Đảng ủy cơ quan chính quyền <unit>' not read as one name",
    "du_cqcq_huyen-two_columns": "'Đảng ủy cơ quan chính quyền <unit>' not read as one name",
    "du_cqcq_huyen-stacked": "'Đảng ủy cơ quan chính quyền <unit>' not read as one name",
    "du_cqcq_huyen-news_lead": "'Đảng ủy cơ quan chính quyền <unit>' not read as one name",
    "du_cqcq_huyen-news_lead_later": "'Đảng ủy cơ quan chính quyền <unit>' not read as one name",
    "hlg-signature_only": "issuer named only in the signature block",
    "hkh-signature_only": "issuer named only in the signature block",
    "hnct-signature_only": "issuer named only in the signature block",
    "lmhtx-signature_only": "issuer named only in the signature block",
    "lhh-signature_only": "issuer named only in the signature block",
    "hdnt-signature_only": "issuer named only in the signature block",
    "hsv-signature_only": "issuer named only in the signature block",
    "hdd-signature_only": "issuer named only in the signature block",
    "bchqs-two_columns": "'Ban Chỉ huy Quân sự' under 'UBND HUYỆN ...': level of the superior",
    "bchqs-stacked": "'Ban Chỉ huy Quân sự' under 'UBND HUYỆN ...': level of the superior",
    "bchqs-pipes": "'Ban Chỉ huy Quân sự' under 'UBND HUYỆN ...': level of the superior",
    "hnd_vn-two_columns": "national body over 'BAN CHẤP HÀNH TRUNG ƯƠNG': name taken from the organ",
    "hnd_vn-stacked": "national body over 'BAN CHẤP HÀNH TRUNG ƯƠNG': name taken from the organ",
    "hnd_vn-pipes": "national body over 'BAN CHẤP HÀNH TRUNG ƯƠNG': name taken from the organ",
    "hnd_vn-signature_only": "issuer named only in the signature block",
    "hnd_vn-signature_under_cell": "national body over 'BAN CHẤP HÀNH TRUNG ƯƠNG': name taken from the organ",
    "tldld-signature_only": "issuer named only in the signature block",
    "hlhpn_vn-signature_only": "issuer named only in the signature block",
    "ccb_vn-two_columns": "national body over 'BAN CHẤP HÀNH TRUNG ƯƠNG': name taken from the organ",
    "ccb_vn-stacked": "national body over 'BAN CHẤP HÀNH TRUNG ƯƠNG': name taken from the organ",
    "ccb_vn-pipes": "national body over 'BAN CHẤP HÀNH TRUNG ƯƠNG': name taken from the organ",
    "ccb_vn-signature_only": "issuer named only in the signature block",
    "ccb_vn-signature_under_cell": "national body over 'BAN CHẤP HÀNH TRUNG ƯƠNG': name taken from the organ",
    "doan_khoi-signature_only": "issuer named only in the signature block",
    "doan_ca-signature_only": "issuer named only in the signature block",
    "cdn_yt-signature_only": "issuer named only in the signature block",
    "hnd_tinh-signature_only": "issuer named only in the signature block",
    "doan_tinh_sig-signature_only": "issuer named only in the signature block",
}


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[r.id])] if r.id in KNOWN else [])
     for r in org_rows()],
)
def test_org_sweep(row) -> None:
    assert _problems(row) == []
