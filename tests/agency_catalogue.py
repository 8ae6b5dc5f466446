# ruff: noqa: E501  (a catalogue of issuing agencies reads better unwrapped)
"""State and Party AGENCIES as issuers, in every place a page names them.

`tests/header_catalogue.py` holds the committees and councils and a few departments; `tests/org_catalogue.py`
the mass organisations. This adds the long tail real plans name as their issuers: a province's departments
by their full names (and the 2025 merged ones), sub-departments and sector branches (Chi cục, Cục Thuế,
Kho bạc, BHXH, Công an, the armed forces, procuracies and courts, the inspectorate, offices), district
offices, central agencies named without 'Bộ', and the Party's boards. Each row names the real labelled file
whose form it copies where one exists. Expected: the issuer named by the agency (not its parent, not the
number's code), the level of its unit, and the locality parts the text names.
"""

from __future__ import annotations

from tests.header_catalogue import (
    _TITLE,
    _TYPE_WORD,
    LAYOUTS,
    PARTY,
    STATE,
    Body,
    Row,
    _number,
    _when,
)

NA: dict[str, str | None] = {"province": "Nghệ An"}
KD: dict[str, str | None] = {"district": "Kim Động"}
CENTRAL: dict[str, str | None] = {}


def kt_signature(body: Body, number: str) -> str:
    """The header cell, the text, then the signature block 'KT. GIÁM ĐỐC' / 'PHÓ GIÁM ĐỐC' of the head
    (tests/realworld_blind17/b08_backan_stp_cv473_2020_pbgdpl_deptportal.txt's department letter form)."""
    return LAYOUTS["stacked"](body, number) + ("\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\n"
                                               "PHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nNguyễn Văn An\n")


def short_lead(body: Body, number: str) -> str:
    """A news lead naming the agency by its short form, 'Sở GD&ĐT Nghệ An vừa ban hành ...'
    (tests/realworld_unseen/m32_quangninh_pgddt_thanhpho_hd_lichsu_2013.txt's 'Phòng GD&ĐT')."""
    _, d = _when(body)
    return (f"{_SHORT[body.key]} vừa ban hành {_TYPE_WORD[body.doc_type]} số {number} ngày {d.day}/{d.month}/{d.year} "
            f"{_TITLE.format(year=body.year)}.\n"
            "Theo đó, các cơ quan, đơn vị chủ động rà soát phương án ứng phó, bảo đảm an toàn cho nhân dân.\n")


_SHORT: dict[str, str] = {}  # the short form a news lead writes, by body key
AGENCY_LAYOUTS = {**LAYOUTS, "kt_signature": kt_signature, "short_lead": short_lead}
_DEPT = ("two_columns", "stacked", "pipes", "one_line", "news_lead", "news_lead_later", "kt_signature")
_PARTY_L = ("two_columns", "stacked", "pipes", "one_line", "news_lead", "news_lead_later")


def _s(key, cells, code, place, prose, name, level, loc, short="", **kw) -> Body:
    kw.setdefault("layouts", _DEPT + (("short_lead",) if short else ()))
    if short:
        _SHORT[key] = short
    return Body(key, STATE, tuple(cells), code, place, prose, name, level, loc, **kw)


def _p(key, cells, code, place, prose, name, level, loc, **kw) -> Body:
    kw.setdefault("layouts", _PARTY_L)
    kw.setdefault("doc_type", "HD")
    return Body(key, PARTY, tuple(cells), code, place, prose, name, level, loc, **kw)


AGENCY_CATALOGUE: tuple[Body, ...] = (
    # --- a province's departments by their full names (tests/realworld_blind17/b08_backan_stp_cv473_2020_pbgdpl_deptportal.txt,
    #     tests/realworld/k03_hungyen_svhttdl_kh67_2021_xetuyentruyen.txt, tests/realworld_blind2/b02_hcm_snnptnt_kh1594_2023_ktth_titleline.txt) ---
    _s("s_nv", ["UBND TỈNH NGHỆ AN", "SỞ NỘI VỤ"], "SNV", "Nghệ An", "Sở Nội vụ tỉnh Nghệ An", "Sở Nội vụ", "province", NA),
    _s("s_tp", ["UBND TỈNH NGHỆ AN", "SỞ TƯ PHÁP"], "STP", "Nghệ An", "Sở Tư pháp tỉnh Nghệ An", "Sở Tư pháp", "province", NA),
    _s("s_khdt", ["UBND TỈNH NGHỆ AN", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"], "SKHĐT", "Nghệ An", "Sở Kế hoạch và Đầu tư tỉnh Nghệ An",
       "Sở Kế hoạch và Đầu tư", "province", NA, short="Sở KH&ĐT Nghệ An"),
    _s("s_tc25", ["UBND TỈNH NGHỆ AN", "SỞ TÀI CHÍNH"], "STC", "Nghệ An", "Sở Tài chính tỉnh Nghệ An", "Sở Tài chính",
       "province", NA, year=2025),
    _s("s_ct", ["UBND TỈNH NGHỆ AN", "SỞ CÔNG THƯƠNG"], "SCT", "Nghệ An", "Sở Công Thương tỉnh Nghệ An", "Sở Công Thương",
       "province", NA),
    _s("s_nnptnt", ["UBND TỈNH HƯNG YÊN", "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"], "SNN", "Hưng Yên",
       "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hưng Yên", "Sở Nông nghiệp và Phát triển nông thôn", "province",
       {"province": "Hưng Yên"}, short="Sở NN&PTNT Hưng Yên"),
    _s("s_nnmt25", ["UBND TỈNH HƯNG YÊN", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"], "SNNMT", "Hưng Yên",
       "Sở Nông nghiệp và Môi trường tỉnh Hưng Yên", "Sở Nông nghiệp và Môi trường", "province",
       {"province": "Hưng Yên"}, year=2025),
    _s("s_gtvt", ["UBND TỈNH NGHỆ AN", "SỞ GIAO THÔNG VẬN TẢI"], "SGTVT", "Nghệ An", "Sở Giao thông vận tải tỉnh Nghệ An",
       "Sở Giao thông vận tải", "province", NA, short="Sở GTVT Nghệ An"),
    _s("s_xd25", ["UBND TỈNH NGHỆ AN", "SỞ XÂY DỰNG"], "SXD", "Nghệ An", "Sở Xây dựng tỉnh Nghệ An", "Sở Xây dựng",
       "province", NA, year=2025),
    _s("s_gddt", ["UBND TỈNH KHÁNH HÒA", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], "SGDĐT", "Khánh Hòa",
       "Sở Giáo dục và Đào tạo tỉnh Khánh Hòa", "Sở Giáo dục và Đào tạo", "province", {"province": "Khánh Hòa"},
       short="Sở GD&ĐT Khánh Hòa"),
    _s("s_yt", ["UBND TỈNH NGHỆ AN", "SỞ Y TẾ"], "SYT", "Nghệ An", "Sở Y tế tỉnh Nghệ An", "Sở Y tế", "province", NA),
    _s("s_ldtbxh", ["UBND TỈNH NGHỆ AN", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"], "SLĐTBXH", "Nghệ An",
       "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An", "Sở Lao động - Thương binh và Xã hội", "province", NA,
       short="Sở LĐ-TB&XH Nghệ An"),
    _s("s_vhttdl", ["UBND TỈNH NAM ĐỊNH", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"], "SVHTTDL", "Nam Định",
       "Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Định", "Sở Văn hóa, Thể thao và Du lịch", "province",
       {"province": "Nam Định"}, short="Sở VHTTDL Nam Định"),
    _s("s_khcn", ["UBND TỈNH NGHỆ AN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"], "SKHCN", "Nghệ An",
       "Sở Khoa học và Công nghệ tỉnh Nghệ An", "Sở Khoa học và Công nghệ", "province", NA),
    _s("s_tttt", ["UBND TỈNH NGHỆ AN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"], "STTTT", "Nghệ An",
       "Sở Thông tin và Truyền thông tỉnh Nghệ An", "Sở Thông tin và Truyền thông", "province", NA,
       short="Sở TT&TT Nghệ An"),
    _s("s_tnmt", ["UBND TỈNH NGHỆ AN", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"], "STNMT", "Nghệ An",
       "Sở Tài nguyên và Môi trường tỉnh Nghệ An", "Sở Tài nguyên và Môi trường", "province", NA,
       short="Sở TN&MT Nghệ An"),
    _s("s_dttg25", ["UBND TỈNH GIA LAI", "SỞ DÂN TỘC VÀ TÔN GIÁO"], "SDTTG", "Gia Lai",
       "Sở Dân tộc và Tôn giáo tỉnh Gia Lai", "Sở Dân tộc và Tôn giáo", "province", {"province": "Gia Lai"}, year=2025),
    _s("s_nv2", ["UBND TỈNH LÀO CAI", "SỞ NGOẠI VỤ"], "SNgV", "Lào Cai", "Sở Ngoại vụ tỉnh Lào Cai", "Sở Ngoại vụ",
       "province", {"province": "Lào Cai"}),
    # --- sub-departments and sector branches (tests/realworld_blind8/b07_backan_ccchannuoi_cv_dtlcp_2020_bachthongportal.txt,
    #     tests/realworld_blind15/b08_bdbp_tinh_kh_ct681_2018_baophuyen.txt) ---
    _s("cc_cnty", ["SỞ NN&PTNT BẮC KẠN", "CHI CỤC CHĂN NUÔI VÀ THÚ Y"], "CCCNTY", "Bắc Kạn",
       "Chi cục Chăn nuôi và Thú y tỉnh Bắc Kạn", "Chi cục Chăn nuôi và Thú y", "province", {"province": "Bắc Kạn"}),
    _s("cuc_thue", ["TỔNG CỤC THUẾ", "CỤC THUẾ TỈNH NGHỆ AN"], "CT", "Nghệ An", "Cục Thuế tỉnh Nghệ An",
       "Cục Thuế tỉnh Nghệ An", "province", NA),
    _s("cuc_hq", ["TỔNG CỤC HẢI QUAN", "CỤC HẢI QUAN TỈNH NGHỆ AN"], "HQNA", "Nghệ An", "Cục Hải quan tỉnh Nghệ An",
       "Cục Hải quan tỉnh Nghệ An", "province", NA),
    _s("kbnn", ["KHO BẠC NHÀ NƯỚC", "KHO BẠC NHÀ NƯỚC NGHỆ AN"], "KBNA", "Nghệ An", "Kho bạc Nhà nước Nghệ An",
       "Kho bạc Nhà nước", "province", NA),
    _s("bhxh_t", ["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN"], "BHXH", "Nghệ An",
       "Bảo hiểm xã hội tỉnh Nghệ An", "Bảo hiểm xã hội tỉnh Nghệ An", "province", NA, short="BHXH tỉnh Nghệ An"),
    _s("bhxh_h", ["BẢO HIỂM XÃ HỘI TỈNH HƯNG YÊN", "BẢO HIỂM XÃ HỘI HUYỆN KIM ĐỘNG"], "BHXH", "Kim Động",
       "Bảo hiểm xã hội huyện Kim Động", "Bảo hiểm xã hội huyện Kim Động", "district", KD, short="BHXH huyện Kim Động"),
    _s("ca_t", ["BỘ CÔNG AN", "CÔNG AN TỈNH NGHỆ AN"], "CAT", "Nghệ An", "Công an tỉnh Nghệ An", "Công an tỉnh Nghệ An",
       "province", NA),
    _s("ca_h", ["CÔNG AN TỈNH HƯNG YÊN", "CÔNG AN HUYỆN KIM ĐỘNG"], "CAH", "Kim Động", "Công an huyện Kim Động",
       "Công an huyện Kim Động", "district", KD),
    _s("bchqs_t", ["QUÂN KHU 4", "BỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN"], "BCH", "Nghệ An", "Bộ Chỉ huy Quân sự tỉnh Nghệ An",
       "Bộ Chỉ huy Quân sự tỉnh", "province", NA),
    _s("bdbp_t", ["BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG", "BỘ CHỈ HUY BĐBP TỈNH PHÚ YÊN"], "BCH", "Phú Yên",
       "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Phú Yên", "Bộ Chỉ huy", "province", {"province": "Phú Yên"}),
    _s("vks_t", ["VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "VIỆN KIỂM SÁT NHÂN DÂN TỈNH NGHỆ AN"], "VKS", "Nghệ An",
       "Viện Kiểm sát nhân dân tỉnh Nghệ An", "Viện Kiểm sát nhân dân tỉnh Nghệ An", "province", NA,
       short="VKSND tỉnh Nghệ An"),
    _s("vks_h", ["VKSND TỈNH HƯNG YÊN", "VIỆN KIỂM SÁT NHÂN DÂN HUYỆN KIM ĐỘNG"], "VKS", "Kim Động",
       "Viện Kiểm sát nhân dân huyện Kim Động", "Viện Kiểm sát nhân dân huyện Kim Động", "district", KD,
       short="VKSND huyện Kim Động"),
    _s("tand_t", ["TÒA ÁN NHÂN DÂN TỐI CAO", "TÒA ÁN NHÂN DÂN TỈNH NGHỆ AN"], "TA", "Nghệ An",
       "Tòa án nhân dân tỉnh Nghệ An", "Tòa án nhân dân tỉnh Nghệ An", "province", NA, short="TAND tỉnh Nghệ An"),
    _s("tt_t", ["UBND TỈNH NGHỆ AN", "THANH TRA TỈNH"], "TTr", "Nghệ An", "Thanh tra tỉnh Nghệ An", "Thanh tra tỉnh",
       "province", NA),
    _s("vp_hdnd", ["HĐND TỈNH HÀ TĨNH", "VĂN PHÒNG"], "VPHĐND", "Hà Tĩnh", "Văn phòng HĐND tỉnh Hà Tĩnh", "Văn phòng",
       "province", {"province": "Hà Tĩnh"}),
    _s("vp_dbqh", ["ĐOÀN ĐBQH TỈNH HÀ TĨNH", "VĂN PHÒNG"], "VPĐBQH", "Hà Tĩnh", "Văn phòng Đoàn ĐBQH tỉnh Hà Tĩnh",
       "Văn phòng", "province", {"province": "Hà Tĩnh"}),
    _s("vp_ubnd", ["UBND TỈNH LẠNG SƠN", "VĂN PHÒNG"], "VP", "Lạng Sơn", "Văn phòng UBND tỉnh Lạng Sơn", "Văn phòng",
       "province", {"province": "Lạng Sơn"}),  # tests/realworld_blind5/b08_langson_vpubnd_cv2475_2022_congdanhoctap_portal.txt
    _s("ban_dt", ["UBND TỈNH GIA LAI", "BAN DÂN TỘC"], "BDT", "Gia Lai", "Ban Dân tộc tỉnh Gia Lai", "Ban Dân tộc",
       "province", {"province": "Gia Lai"}),
    _s("bql_kkt", ["UBND TỈNH NGHỆ AN", "BAN QUẢN LÝ KHU KINH TẾ ĐÔNG NAM"], "BQL", "Nghệ An",
       "Ban Quản lý Khu kinh tế Đông Nam Nghệ An", "Ban Quản lý Khu kinh tế", "province", NA),
    # --- a district's offices (tests/realworld/h18_vinhhien_phongvhtt_huyen_cv_2019_chuanvanhoa.txt,
    #     tests/realworld/k09_hanoi_tayho_pgddt_hd_tieuhoc_2021.txt) ---
    _s("p_nv", ["UBND HUYỆN KIM ĐỘNG", "PHÒNG NỘI VỤ"], "PNV", "Kim Động", "Phòng Nội vụ huyện Kim Động", "Phòng Nội vụ",
       "district", KD),
    _s("p_gddt", ["UBND HUYỆN KIM ĐỘNG", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"], "PGDĐT", "Kim Động",
       "Phòng Giáo dục và Đào tạo huyện Kim Động", "Phòng Giáo dục và Đào tạo", "district", KD,
       short="Phòng GD&ĐT huyện Kim Động"),
    _s("p_tckh", ["UBND HUYỆN KIM ĐỘNG", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"], "TCKH", "Kim Động",
       "Phòng Tài chính - Kế hoạch huyện Kim Động", "Phòng Tài chính - Kế hoạch", "district", KD),
    _s("p_vhtt", ["UBND HUYỆN KIM ĐỘNG", "PHÒNG VĂN HÓA VÀ THÔNG TIN"], "VHTT", "Kim Động",
       "Phòng Văn hóa và Thông tin huyện Kim Động", "Phòng Văn hóa và Thông tin", "district", KD),
    # --- sweepF: a 2025 commune's or ward's offices under its People's Committee (the two-level government
    #     gives each commune a 'Phòng Văn hóa - Xã hội' and a 'Phòng Kinh tế', a ward a 'Phòng Kinh tế, Hạ
    #     tầng và Đô thị'): the commune's level, its new province ---
    _s("p_vhxh_xa", ["UBND XÃ HỒ VƯƠNG", "PHÒNG VĂN HÓA - XÃ HỘI"], "VHXH", "Hồ Vương",
       "Phòng Văn hóa - Xã hội xã Hồ Vương", "Phòng Văn hóa - Xã hội", "commune",
       {"province": "Thanh Hóa", "commune": "Hồ Vương"}, year=2026),
    _s("p_kthtdt_phuong", ["UBND PHƯỜNG HƯƠNG AN", "PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ"], "KTHTĐT", "Hương An",
       "Phòng Kinh tế, Hạ tầng và Đô thị phường Hương An", "Phòng Kinh tế, Hạ tầng và Đô thị", "commune",
       {"province": "Huế", "commune": "Hương An"}, year=2026),
    # commoffice: the commune's economic office, the ward's social one; the district's office of the same
    # name before 2025 stays the district's
    _s("p_kt_xa", ["UBND XÃ HỒ VƯƠNG", "PHÒNG KINH TẾ"], "KT", "Hồ Vương", "Phòng Kinh tế xã Hồ Vương",
       "Phòng Kinh tế", "commune", {"province": "Thanh Hóa", "commune": "Hồ Vương"}, year=2026),
    _s("p_vhxh_phuong", ["UBND PHƯỜNG HƯƠNG AN", "PHÒNG VĂN HÓA - XÃ HỘI"], "VHXH", "Hương An",
       "Phòng Văn hóa - Xã hội phường Hương An", "Phòng Văn hóa - Xã hội", "commune",
       {"province": "Huế", "commune": "Hương An"}, year=2026),
    _s("p_vp_xa", ["UBND XÃ HỒ VƯƠNG", "VĂN PHÒNG HĐND VÀ UBND"], "VP", "Hồ Vương", "Văn phòng HĐND và UBND xã Hồ Vương",
       "Văn phòng", "commune", {"province": "Thanh Hóa", "commune": "Hồ Vương"}, year=2026),
    _s("p_vhxh_alone", ["PHÒNG VĂN HÓA - XÃ HỘI"], "VHXH", "Hồ Vương", "Phòng Văn hóa - Xã hội xã Hồ Vương",
       "Phòng Văn hóa - Xã hội", "commune", {"province": "Thanh Hóa", "commune": "Hồ Vương"}, year=2026),
    _s("p_vhtt_alone", ["PHÒNG VĂN HÓA VÀ THÔNG TIN"], "VHTT", "Kim Động", "Phòng Văn hóa và Thông tin huyện Kim Động",
       "Phòng Văn hóa và Thông tin", "district", KD),
    _s("p_kthtdt_huyen", ["UBND HUYỆN KIM ĐỘNG", "PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ"], "KTHTĐT", "Kim Động",
       "Phòng Kinh tế, Hạ tầng và Đô thị huyện Kim Động", "Phòng Kinh tế, Hạ tầng và Đô thị", "district", KD),
    # --- central agencies named without 'Bộ' (tests/realworld/c09_baolangson_vpcp_cv833.txt,
    #     tests/realworld_blind17/b04_ubdt_qd378_2021_ctrhd_nq50cp_thuviennhadat.txt, tests/realworld_blind17/b22_bhxhvn_kh2596_2019_qd856_tvpl.txt) ---
    _s("vpcp", ["VĂN PHÒNG CHÍNH PHỦ"], "VPCP", "Hà Nội", "Văn phòng Chính phủ", "Văn phòng Chính phủ", "central",
       CENTRAL, doc_type="TB"),
    _s("ubdt", ["ỦY BAN DÂN TỘC"], "UBDT", "Hà Nội", "Ủy ban Dân tộc", "Ủy ban Dân tộc", "central", CENTRAL),
    _s("ttcp", ["THANH TRA CHÍNH PHỦ"], "TTCP", "Hà Nội", "Thanh tra Chính phủ", "Thanh tra Chính phủ", "central", CENTRAL),
    _s("ktnn", ["KIỂM TOÁN NHÀ NƯỚC"], "KTNN", "Hà Nội", "Kiểm toán Nhà nước", "Kiểm toán Nhà nước", "central", CENTRAL),
    _s("nhnn", ["NGÂN HÀNG NHÀ NƯỚC", "VIỆT NAM"], "NHNN", "Hà Nội", "Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước",
       "central", CENTRAL),
    _s("nhnn_cn", ["NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "CHI NHÁNH TỈNH NGHỆ AN"], "NHNN", "Nghệ An",
       "Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An", "Ngân hàng Nhà nước", "province", NA),
    _s("bhxh_vn", ["BẢO HIỂM XÃ HỘI VIỆT NAM"], "BHXH", "Hà Nội", "Bảo hiểm xã hội Việt Nam",
       "Bảo hiểm xã hội Việt Nam", "central", CENTRAL, short="BHXH Việt Nam"),
    _s("vtv", ["ĐÀI TRUYỀN HÌNH VIỆT NAM"], "THVN", "Hà Nội", "Đài Truyền hình Việt Nam", "Đài Truyền hình Việt Nam",
       "central", CENTRAL),
    _s("ttxvn", ["THÔNG TẤN XÃ VIỆT NAM"], "TTX", "Hà Nội", "Thông tấn xã Việt Nam", "Thông tấn xã Việt Nam",
       "central", CENTRAL),
    _s("cuc_bo", ["BỘ Y TẾ", "CỤC QUẢN LÝ MÔI TRƯỜNG Y TẾ"], "MT", "Hà Nội", "Cục Quản lý Môi trường y tế",
       "Cục Quản lý Môi trường y tế", "central", CENTRAL),
    # a ministry's general department (tests/realworld_blind30/c08_tct_cv1414_2013_congbot.txt: 'BỘ TÀI CHÍNH TỔNG
    # CỤC THUẾ' in one cell, which once read as the ministry over a provincial 'Cục Thuế')
    _s("tong_cuc_thue", ["BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ"], "TCT-CS", "Hà Nội", "Tổng cục Thuế", "Tổng cục Thuế",
       "central", CENTRAL),
    _s("tong_cuc_hq", ["BỘ TÀI CHÍNH", "TỔNG CỤC HẢI QUAN"], "TCHQ-GSQL", "Hà Nội", "Tổng cục Hải quan",
       "Tổng cục Hải quan", "central", CENTRAL),
    _s("tong_cuc_tk", ["BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "TỔNG CỤC THỐNG KÊ"], "TCTK-PPCĐ", "Hà Nội", "Tổng cục Thống kê",
       "Tổng cục Thống kê", "central", CENTRAL),
    # --- the Party's boards (tests/realworld_blind4/b03_quangbinh_bnctu_tb50_2022_tiepdan_print.txt,
    #     tests/realworld/c25_binhthuan_vptu_cv1455_bao12.txt, tests/realworld_blind11/b01_tw_ubkttw_hd06_2018_qdi07_htpl.txt) ---
    _p("bnc_tu", ["TỈNH ỦY QUẢNG BÌNH", "BAN NỘI CHÍNH"], "BNCTU", "Quảng Bình", "Ban Nội chính Tỉnh ủy Quảng Bình",
       "Ban Nội chính", "province", {"province": "Quảng Bình"}),
    _p("bkt_tu", ["TỈNH ỦY NGHỆ AN", "BAN KINH TẾ"], "BKTTU", "Nghệ An", "Ban Kinh tế Tỉnh ủy Nghệ An", "Ban Kinh tế",
       "province", NA),
    _p("ubkt_tu", ["TỈNH ỦY NGHỆ AN", "ỦY BAN KIỂM TRA"], "UBKTTU", "Nghệ An", "Ủy ban Kiểm tra Tỉnh ủy Nghệ An",
       "Ủy ban Kiểm tra", "province", NA),
    _p("vp_tu", ["TỈNH ỦY BÌNH THUẬN", "VĂN PHÒNG"], "VPTU", "Bình Thuận", "Văn phòng Tỉnh ủy Bình Thuận",
       "Văn phòng Tỉnh ủy", "province", {"province": "Bình Thuận"}),
    _p("btc_hu", ["HUYỆN ỦY KIM ĐỘNG", "BAN TỔ CHỨC"], "BTCHU", "Kim Động", "Ban Tổ chức Huyện ủy Kim Động",
       "Ban Tổ chức", "district", KD),
    _p("btg_hu", ["HUYỆN ỦY KIM ĐỘNG", "BAN TUYÊN GIÁO"], "BTGHU", "Kim Động", "Ban Tuyên giáo Huyện ủy Kim Động",
       "Ban Tuyên giáo", "district", KD),
    _p("bdv_hu", ["HUYỆN ỦY KIM ĐỘNG", "BAN DÂN VẬN"], "BDVHU", "Kim Động", "Ban Dân vận Huyện ủy Kim Động",
       "Ban Dân vận", "district", KD),
    _p("ubkt_hu", ["HUYỆN ỦY KIM ĐỘNG", "ỦY BAN KIỂM TRA"], "UBKTHU", "Kim Động", "Ủy ban Kiểm tra Huyện ủy Kim Động",
       "Ủy ban Kiểm tra", "district", KD),
    _p("btgdv_tu25", ["TỈNH ỦY NGHỆ AN", "BAN TUYÊN GIÁO VÀ DÂN VẬN"], "BTGDVTU", "Nghệ An",
       "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An", "Ban Tuyên giáo và Dân vận", "province", NA, year=2025),
    _p("tct_t", ["TỈNH ỦY NGHỆ AN", "TRƯỜNG CHÍNH TRỊ TỈNH"], "TCT", "Nghệ An", "Trường Chính trị tỉnh Nghệ An",
       "Trường Chính trị", "province", NA, doc_type="KH"),
    _p("ttct_h", ["HUYỆN ỦY KIM ĐỘNG", "TRUNG TÂM CHÍNH TRỊ"], "TTCT", "Kim Động", "Trung tâm Chính trị huyện Kim Động",
       "Trung tâm Chính trị", "district", KD, doc_type="KH"),
)


def agency_rows() -> list[Row]:
    out = []
    for body in AGENCY_CATALOGUE:
        number = _number(body)
        _, d = _when(body)
        for layout in body.layouts:
            text = AGENCY_LAYOUTS[layout](body, number)
            locality = dict(body.locality)
            if layout.startswith("news_lead"):
                locality = {k: v for k, v in locality.items() if v and v in body.prose}
            name = body.name
            if layout == "short_lead":  # the record keeps the text's own form, as a label quotes it
                name = _SHORT[body.key]
                locality = {k: v for k, v in locality.items() if v and v in name}
            out.append(Row(f"{body.key}-{layout}", text, number, body.doc_type, d, name, body.level, locality))
    return out

