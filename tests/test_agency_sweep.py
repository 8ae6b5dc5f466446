"""Issuer name, level and locality of state and Party agencies (departments, branches, offices, boards).

Rows come from `tests/agency_catalogue.py` (header cells, one-line headers, news leads with full and short
names, the 'KT. GIÁM ĐỐC' signature). Rows in `KNOWN` fail today (strict xfail: a fix must remove them).
"""
# ruff: noqa: E501

from __future__ import annotations

import re

import pytest

from loaders.patterns import BODY_NAME
from loaders.resolve import parse_body
from tests.agency_catalogue import agency_rows
from tests.test_header_sweep import _problems

KNOWN: dict[str, str] = {
    "cuc_thue-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "cuc_hq-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "kbnn-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "bhxh_t-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "bhxh_t-news_lead": "lead names an agency the grammar does not know",
    "bhxh_t-news_lead_later": "lead names an agency the grammar does not know",
    "bhxh_h-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "bhxh_h-news_lead": "lead names an agency the grammar does not know",
    "bhxh_h-news_lead_later": "lead names an agency the grammar does not know",
    "ca_t-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "ca_h-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "bchqs_t-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "bdbp_t-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "vks_t-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "vks_h-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "tand_t-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "tt_t-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "vp_dbqh-two_columns": "header cell names an agency the grammar does not know",
    "vp_dbqh-stacked": "header cell names an agency the grammar does not know",
    "vp_dbqh-pipes": "header cell names an agency the grammar does not know",
    "vp_dbqh-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "vp_dbqh-kt_signature": "header cell names an agency the grammar does not know",
    "ban_dt-two_columns": "header cell names an agency the grammar does not know",
    "ban_dt-stacked": "header cell names an agency the grammar does not know",
    "ban_dt-pipes": "header cell names an agency the grammar does not know",
    "ban_dt-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "ban_dt-news_lead": "lead names an agency the grammar does not know",
    "ban_dt-news_lead_later": "lead names an agency the grammar does not know",
    "ban_dt-kt_signature": "header cell names an agency the grammar does not know",
    "bql_kkt-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "ubdt-news_lead": "lead names an agency the grammar does not know",
    "ubdt-news_lead_later": "lead names an agency the grammar does not know",
    "ktnn-news_lead": "lead names an agency the grammar does not know",
    "ktnn-news_lead_later": "lead names an agency the grammar does not know",
    "nhnn-news_lead": "lead names an agency the grammar does not know",
    "nhnn-news_lead_later": "lead names an agency the grammar does not know",
    "nhnn_cn-two_columns": "header cell names an agency the grammar does not know",
    "nhnn_cn-stacked": "header cell names an agency the grammar does not know",
    "nhnn_cn-pipes": "header cell names an agency the grammar does not know",
    "nhnn_cn-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "nhnn_cn-news_lead": "lead names an agency the grammar does not know",
    "nhnn_cn-news_lead_later": "lead names an agency the grammar does not know",
    "nhnn_cn-kt_signature": "header cell names an agency the grammar does not know",
    "bhxh_vn-news_lead": "lead names an agency the grammar does not know",
    "bhxh_vn-news_lead_later": "lead names an agency the grammar does not know",
    "cuc_bo-two_columns": "header cell names an agency the grammar does not know",
    "cuc_bo-stacked": "header cell names an agency the grammar does not know",
    "cuc_bo-pipes": "header cell names an agency the grammar does not know",
    "cuc_bo-news_lead": "lead names an agency the grammar does not know",
    "cuc_bo-news_lead_later": "lead names an agency the grammar does not know",
    "cuc_bo-kt_signature": "header cell names an agency the grammar does not know",
    "bkt_tu-two_columns": "header cell names an agency the grammar does not know",
    "bkt_tu-stacked": "header cell names an agency the grammar does not know",
    "bkt_tu-pipes": "header cell names an agency the grammar does not know",
    "bkt_tu-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "bkt_tu-news_lead": "lead names an agency the grammar does not know",
    "bkt_tu-news_lead_later": "lead names an agency the grammar does not know",
    "tct_t-two_columns": "header cell names an agency the grammar does not know",
    "tct_t-stacked": "header cell names an agency the grammar does not know",
    "tct_t-pipes": "header cell names an agency the grammar does not know",
    "tct_t-one_line": "header run onto one line: the parent's cell and the agency's merge",
    "tct_t-news_lead": "lead names an agency the grammar does not know",
    "tct_t-news_lead_later": "lead names an agency the grammar does not know",
}


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r.id, marks=[pytest.mark.xfail(strict=True, reason=KNOWN[r.id])] if r.id in KNOWN else [])
     for r in agency_rows()],
)
def test_agency_sweep(row) -> None:
    assert _problems(row) == []


# A procuracy, court, treasury, tax, customs or inspectorate branch is named by its unit word or by a province's
# name; the supreme ones and the state media are central. Must not fire: the sector's word in running text.
@pytest.mark.parametrize(("phrase", "base", "level"), [
    ("VIỆN KIỂM SÁT NHÂN DÂN TỈNH NGHỆ AN", "viện kiểm sát nhân dân", "province"),
    ("Viện Kiểm sát nhân dân tối cao", "viện kiểm sát nhân dân tối cao", "central"),
    ("VKSND huyện Kim Động", "vksnd", "district"),
    ("Tòa án nhân dân thành phố Hà Nội", "tòa án nhân dân", None),
    ("TAND tỉnh Quảng Nam", "tand", "province"),
    ("KHO BẠC NHÀ NƯỚC NGHỆ AN", "kho bạc nhà nước", None),
    ("Cục Thuế tỉnh Bắc Giang", "cục thuế", "province"),
    ("CỤC HẢI QUAN TỈNH QUẢNG NINH", "cục hải quan", "province"),
    ("THANH TRA TỈNH", "thanh tra", "province"),
    ("Thanh tra huyện Kim Động", "thanh tra", "district"),
    ("Đài Truyền hình Việt Nam", "đài truyền hình việt nam", "central"),
    ("THÔNG TẤN XÃ VIỆT NAM", "thông tấn xã việt nam", "central"),
    # must not fire: the sector's work in running text
    ("Thanh tra, kiểm tra việc thực hiện", None, None),
    ("Thanh tra việc chấp hành pháp luật", None, None),
    ("Kho bạc Nhà nước thực hiện kiểm soát chi", None, None),
])
def test_agency_branch(phrase: str, base: str | None, level: str | None) -> None:
    body = parse_body(phrase)
    if base is None:
        assert body is None
        return
    assert body is not None and (body.base, body.fixed_level) == (base, level)


# The lower-case words of an agency's name belong to it; never 'sát' or 'án' after another word.
@pytest.mark.parametrize(("text", "name"), [
    ("Viện Kiểm sát nhân dân tỉnh Nghệ An đã", "Viện Kiểm sát nhân dân tỉnh Nghệ An"),
    ("Tòa án nhân dân huyện Kim Động đã", "Tòa án nhân dân huyện Kim Động"),
    ("Kho bạc Nhà nước Nghệ An đã", "Kho bạc Nhà nước Nghệ An"),
    ("Đài Truyền hình Việt Nam đã", "Đài Truyền hình Việt Nam"),
    ("Thông tấn xã Việt Nam đã", "Thông tấn xã Việt Nam"),
    ("Ban Giám sát án treo", "Ban Giám"),
    ("Dự án nhà nước", "Dự"),
])
def test_agency_name_words(text: str, name: str) -> None:
    m = re.match(BODY_NAME, text, re.VERBOSE)
    assert m is not None and m.group(0).strip() == name
