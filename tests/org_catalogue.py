# ruff: noqa: E501  (a catalogue of issuing bodies reads better unwrapped)
"""Mass organisations, councils and sector Party committees as issuers, in every place a page names them.

Extends `tests/header_catalogue.py` with the bodies its catalogue lacks (blind10 / blind15 and holdout k37
failed on them) and with the signature-block layout: the issuer named only under 'TM. BAN THƯỜNG VỤ'.
Each row gives the expected issuer name and level and the locality parts the text names.
"""

from __future__ import annotations

from tests.header_catalogue import (
    _BODY,
    _HEADING,
    _TITLE,
    ASSOCIATION,
    LAYOUTS,
    PARTY,
    STATE,
    YOUTH,
    Body,
    Row,
    _number,
    _when,
)

NA: dict[str, str | None] = {"province": "Nghệ An"}
CENTRAL: dict[str, str | None] = {}


def signature_only(body: Body, number: str) -> str:
    """No header cell: the number and the place-date, the text, then the issuer only in the signature block,
    'TM. BAN THƯỜNG VỤ' over the body's name and the signer's title (blind10 / blind15's association letters,
    the signature form of tests/realworld/s09_haugiang_ubnd_cv454_2011.txt)."""
    when, _ = _when(body)
    return (f"Số: {number}\n{when}\n\n{_HEADING[body.doc_type]}\n{_TITLE.format(year=body.year)}\n\n{_BODY}\n"
            f"Nơi nhận:\n- Như trên;\n- Lưu VT.\n\nTM. BAN THƯỜNG VỤ {body.prose.upper()}\nPHÓ CHỦ TỊCH\n\n"
            "(Đã ký)\n\nNguyễn Văn An\n")


def signature_under_cell(body: Body, number: str) -> str:
    """The header cell names the body, the signature says only 'TM. BAN THƯỜNG VỤ' / 'PHÓ CHỦ TỊCH'
    (the blind15 association letters; the stacked header of tests/heldout/06_buonmathuot_thu_nq.txt)."""
    return LAYOUTS["stacked"](body, number) + ("\nNơi nhận:\n- Như trên;\n- Lưu VT.\n\nTM. BAN THƯỜNG VỤ\n"
                                               "PHÓ CHỦ TỊCH\n\nNguyễn Văn An\n")


ORG_LAYOUTS = {**LAYOUTS, "signature_only": signature_only, "signature_under_cell": signature_under_cell}
_ASSOC = ("two_columns", "stacked", "pipes", "news_lead", "news_lead_later", "signature_only", "signature_under_cell")
_STATE_L = ("two_columns", "stacked", "pipes", "news_lead", "news_lead_later")


def _a(key, family, cells, code, place, prose, name, level, loc, **kw) -> Body:
    kw.setdefault("layouts", _ASSOC)
    return Body(key, family, tuple(cells), code, place, prose, name, level, loc, **kw)


ORG_CATALOGUE: tuple[Body, ...] = (
    # --- councils (Hội đồng ...) ---
    _a("hdpbgdpl", STATE, ["UBND TỈNH NGHỆ AN", "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT"], "HĐPH",
       "Nghệ An", "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Nghệ An", "Hội đồng phối hợp phổ biến",
       "province", NA, layouts=_STATE_L),
    _a("hdtdkt", STATE, ["UBND TỈNH NGHỆ AN", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"], "HĐTĐKT", "Nghệ An",
       "Hội đồng Thi đua - Khen thưởng tỉnh Nghệ An", "Hội đồng Thi đua", "province", NA, layouts=_STATE_L),
    # --- sector Party committees (holdout k37) ---
    _a("du_cqcq", PARTY, ["ĐẢNG BỘ QUẬN 3", "ĐẢNG ỦY CƠ QUAN CHÍNH QUYỀN QUẬN 3"], "ĐU", "Quận 3",
       "Đảng ủy cơ quan chính quyền Quận 3", "Đảng ủy cơ quan chính quyền Quận 3", "district",
       {"province": "Hồ Chí Minh", "district": "Quận 3"}, layouts=("two_columns", "stacked", "news_lead", "news_lead_later")),
    _a("du_cqcq_huyen", PARTY, ["ĐẢNG BỘ HUYỆN NGHĨA ĐÀN", "ĐẢNG ỦY CƠ QUAN CHÍNH QUYỀN HUYỆN"], "ĐU", "Nghĩa Đàn",
       "Đảng ủy cơ quan chính quyền huyện Nghĩa Đàn", "Đảng ủy cơ quan chính quyền", "district",
       {"district": "Nghĩa Đàn"}, layouts=("two_columns", "stacked", "news_lead", "news_lead_later")),
    # --- associations the vocabulary lacks ---
    _a("hlg", ASSOCIATION, ["HỘI LUẬT GIA TỈNH NGHỆ AN"], "HLG", "Nghệ An", "Hội Luật gia tỉnh Nghệ An",
       "Hội Luật gia", "province", NA),
    _a("hkh", ASSOCIATION, ["HỘI KHUYẾN HỌC TỈNH NGHỆ AN"], "HKH", "Nghệ An", "Hội Khuyến học tỉnh Nghệ An",
       "Hội Khuyến học", "province", NA),
    _a("hnct", ASSOCIATION, ["HỘI NGƯỜI CAO TUỔI TỈNH NGHỆ AN", "HỘI NGƯỜI CAO TUỔI HUYỆN NGHĨA ĐÀN"], "HNCT",
       "Nghĩa Đàn", "Hội Người cao tuổi huyện Nghĩa Đàn", "Hội Người cao tuổi", "district", {"district": "Nghĩa Đàn"}),
    _a("lmhtx", ASSOCIATION, ["UBND TỈNH NGHỆ AN", "LIÊN MINH HỢP TÁC XÃ"], "LMHTX", "Nghệ An",
       "Liên minh Hợp tác xã tỉnh Nghệ An", "Liên minh Hợp tác xã", "province", NA),
    _a("lhh", ASSOCIATION, ["LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH NGHỆ AN"], "LHH", "Nghệ An",
       "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An", "Liên hiệp các Hội Khoa học và Kỹ thuật", "province", NA),
    _a("hdnt", ASSOCIATION, ["HỘI DOANH NHÂN TRẺ TỈNH NGHỆ AN"], "HDNT", "Nghệ An", "Hội Doanh nhân trẻ tỉnh Nghệ An",
       "Hội Doanh nhân trẻ", "province", NA),
    _a("hsv", YOUTH, ["HỘI SINH VIÊN VIỆT NAM", "BCH HỘI SINH VIÊN TỈNH NGHỆ AN"], "HSV", "Nghệ An",
       "Hội Sinh viên tỉnh Nghệ An", "Hội Sinh viên", "province", NA),
    _a("hdd", YOUTH, ["BCH ĐOÀN TỈNH NGHỆ AN", "HỘI ĐỒNG ĐỘI TỈNH"], "HĐĐ", "Nghệ An", "Hội đồng Đội tỉnh Nghệ An",
       "Hội đồng Đội", "province", NA),
    # --- armed forces and police at the grassroots ---
    _a("bchqs", STATE, ["UBND HUYỆN NGHĨA ĐÀN", "BAN CHỈ HUY QUÂN SỰ"], "BCHQS", "Nghĩa Đàn",
       "Ban Chỉ huy Quân sự huyện Nghĩa Đàn", "Ban Chỉ huy Quân sự", "district", {"district": "Nghĩa Đàn"},
       layouts=_STATE_L),
    _a("ca_xa", STATE, ["CÔNG AN HUYỆN KIM ĐỘNG", "CÔNG AN XÃ ĐỨC HỢP"], "CAX", "Đức Hợp", "Công an xã Đức Hợp",
       "Công an xã Đức Hợp", "commune", {"commune": "Đức Hợp"}, layouts=_STATE_L),
    # --- the 2025 board ---
    _a("btgdv_thu", PARTY, ["THÀNH ỦY HÀ NỘI", "BAN TUYÊN GIÁO VÀ DÂN VẬN"], "BTGDVTU", "Hà Nội",
       "Ban Tuyên giáo và Dân vận Thành ủy Hà Nội", "Ban Tuyên giáo và Dân vận", "province", {"province": "Hà Nội"},
       doc_type="HD", year=2025, layouts=("two_columns", "stacked", "news_lead", "news_lead_later")),
    # --- national mass organisations named with the country alone: central ---
    _a("hnd_vn", ASSOCIATION, ["HỘI NÔNG DÂN VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG"], "HNDTW", "Hà Nội",
       "Hội Nông dân Việt Nam", "Hội Nông dân Việt Nam", "central", CENTRAL),
    _a("tldld", ASSOCIATION, ["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"], "TLĐ", "Hà Nội",
       "Tổng Liên đoàn Lao động Việt Nam", "Tổng Liên đoàn Lao động Việt Nam", "central", CENTRAL),
    _a("hlhpn_vn", ASSOCIATION, ["HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", "ĐOÀN CHỦ TỊCH"], "ĐCT", "Hà Nội",
       "Hội Liên hiệp Phụ nữ Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam", "central", CENTRAL),
    _a("ccb_vn", ASSOCIATION, ["HỘI CỰU CHIẾN BINH VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG"], "CCB", "Hà Nội",
       "Hội Cựu chiến binh Việt Nam", "Hội Cựu chiến binh Việt Nam", "central", CENTRAL),
    # --- units' own organisations: the level of their unit ---
    _a("doan_khoi", YOUTH, ["BCH ĐOÀN TỈNH NGHỆ AN", "BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH"], "ĐK", "Nghệ An",
       "Đoàn Khối các cơ quan tỉnh Nghệ An", "Đoàn Khối", "province", NA),
    _a("doan_ca", YOUTH, ["ĐẢNG ỦY CÔNG AN TỈNH NGHỆ AN", "BCH ĐOÀN THANH NIÊN CÔNG AN TỈNH"], "ĐTN", "Nghệ An",
       "Đoàn Thanh niên Công an tỉnh Nghệ An", "Đoàn Thanh niên Công an tỉnh", "province", NA),
    _a("cdn_yt", ASSOCIATION, ["LĐLĐ TỈNH NGHỆ AN", "CÔNG ĐOÀN NGÀNH Y TẾ"], "CĐN", "Nghệ An",
       "Công đoàn ngành Y tế tỉnh Nghệ An", "Công đoàn ngành Y tế", "province", NA),
    _a("hnd_tinh", ASSOCIATION, ["HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH NGHỆ AN"], "HNDT", "Nghệ An",
       "Hội Nông dân tỉnh Nghệ An", "Hội Nông dân tỉnh Nghệ An", "province", NA,
       layouts=("signature_only", "signature_under_cell")),
    _a("doan_tinh_sig", YOUTH, ["BCH ĐOÀN TỈNH NGHỆ AN"], "TĐTN", "Nghệ An", "Ban Chấp hành Đoàn tỉnh Nghệ An",
       "Đoàn", "province", NA, layouts=("signature_only", "signature_under_cell")),
)


def org_rows() -> list[Row]:
    out = []
    for body in ORG_CATALOGUE:
        number = _number(body)
        _, d = _when(body)
        for layout in body.layouts:
            text = ORG_LAYOUTS[layout](body, number)
            locality = dict(body.locality)
            if layout.startswith("news_lead") or layout == "signature_only":
                locality = {k: v for k, v in locality.items() if v and v in body.prose}
            out.append(Row(f"{body.key}-{layout}", text, number, body.doc_type, d, body.name, body.level, locality))
    return out
