# ruff: noqa: E501  (a catalogue of news leads reads better unwrapped)
"""A news lead's grammar: subject x verb phrase x object x date or dateline position.

A news copy has no header: its headline and lead ('Ngày 12/3/2024, Ban Thường vụ Huyện ủy X ban hành Kế
hoạch số 45-KH/HU về ...') carry the number, the date and the issuer. Each subject, verb phrase, object and
opening below follows a form a labelled real news file shows (the file is named on the row). `rows()`
crosses every subject with every verb (the object and the opening turning with them) and every verb with
every object and opening (the subject turning), so each pair is met at least once; `NEGATIVE` holds leads
that must not give their body as the issuer.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

PARTY, STATE = "party", "state"  # '45-KH/TU' or '45/KH-UBND'


@dataclass(frozen=True)
class Subject:
    key: str
    src: str
    prose: str  # how the lead names the body
    name: str  # what the issuer's name must contain
    level: str
    code: str  # the number's issuer part
    style: str = PARTY
    locality: dict[str, str | None] = field(default_factory=dict)  # parts the lead names


def _l(province: str | None = None, district: str | None = None, commune: str | None = None) -> dict[str, str | None]:
    return {k: v for k, v in (("province", province), ("district", district), ("commune", commune)) if v}


SUBJECTS: tuple[Subject, ...] = (
    # Party committees and their organs, province to commune
    Subject("btv_tu", "tests/realworld_blind13/b03_nghean_btvtu_nq02_thaihoa_tag.txt", "Ban Thường vụ Tỉnh ủy Nghệ An",
            "Tỉnh ủy Nghệ An", "province", "TU", locality=_l("Nghệ An")),
    Subject("tu", "tests/realworld/c12_tuyenquang_btvtu_ctr15_2017.txt", "Tỉnh ủy Tuyên Quang", "Tỉnh ủy Tuyên Quang",
            "province", "TU", locality=_l("Tuyên Quang")),
    Subject("btv_tu_short", "tests/realworld_blind13/b04_bacgiang_btvtu_nq162_2021_vietyen_tag.txt (the short form)",
            "BTV Tỉnh ủy Bắc Giang", "BTV Tỉnh ủy Bắc Giang", "province", "TU", locality=_l("Bắc Giang")),
    Subject("tt_tu", "tests/realworld_blind15/b13_thuongtructu_cv_daihoiphunu_2020_news.txt", "Thường trực Tỉnh ủy Lạng Sơn",
            "Tỉnh ủy Lạng Sơn", "province", "TU", locality=_l("Lạng Sơn")),
    Subject("btv_hu", "tests/realworld/d07_quangngai_sontinh_huyenuy_kh79_nq37.txt", "Ban Thường vụ Huyện ủy Sơn Tịnh",
            "Huyện ủy Sơn Tịnh", "district", "HU", locality=_l(district="Sơn Tịnh")),
    Subject("hu", "tests/realworld_blind13/b06_bacgiang_lucnam_hu_kh_2015_tuyentruyen_news.txt", "Huyện ủy Lục Nam",
            "Huyện ủy Lục Nam", "district", "HU", locality=_l(district="Lục Nam")),
    Subject("btv_hu_short", "tests/realworld_blind16/b01_binhthuan_duclinh_btvhu_kh147_2022_ketnapdangvien_partyportal.txt (short form)",
            "BTV Huyện ủy Đức Linh", "BTV Huyện ủy Đức Linh", "district", "HU", locality=_l(district="Đức Linh")),
    Subject("btg_tu", "tests/realworld/c17_travinh_btgtu_cv1510_2020.txt", "Ban Tuyên giáo Tỉnh ủy Trà Vinh",
            "Ban Tuyên giáo Tỉnh ủy Trà Vinh", "province", "BTGTU", locality=_l("Trà Vinh")),
    Subject("vp_tu", "tests/realworld/c25_binhthuan_vptu_cv1455_bao12.txt", "Văn phòng Tỉnh ủy Bình Thuận",
            "Văn phòng Tỉnh ủy Bình Thuận", "province", "VPTU", locality=_l("Bình Thuận")),
    Subject("ubkt_hu", "tests/header_catalogue.py ubkt (a committee's inspection commission in a lead)",
            "Ủy ban Kiểm tra Huyện ủy Nghĩa Đàn", "Ủy ban Kiểm tra Huyện ủy Nghĩa Đàn", "district", "UBKTHU",
            locality=_l(district="Nghĩa Đàn")),
    Subject("du_xa", "tests/realworld_blind10/b07_namdinh_duca_kh71_2020_daihoi_news.txt (a commune's committee)",
            "Đảng ủy xã Đức Hợp", "Đảng ủy xã Đức Hợp", "commune", "ĐU", locality=_l(commune="Đức Hợp")),
    # People's Committees and Councils, departments
    Subject("ubnd_tinh", "tests/realworld_blind12/b15_khanhhoa_ubnd_cv_2022_kl36_news.txt", "UBND tỉnh Khánh Hòa",
            "UBND tỉnh Khánh Hòa", "province", "UBND", STATE, _l("Khánh Hòa")),
    Subject("ubnd_huyen", "tests/realworld_blind16/b02_langson_binhgia_ubndh_kh29_2021_dulich_portal.txt",
            "Ủy ban nhân dân huyện Bình Gia", "Ủy ban nhân dân huyện Bình Gia", "district", "UBND", STATE,
            _l(district="Bình Gia")),
    Subject("ubnd_xa", "tests/realworld_blind16/b03_tthue_thuongquang_repost_ubndh_kh_thangdanso_2015_communeportal.txt (a commune's)",
            "UBND xã Đức Hợp", "UBND xã Đức Hợp", "commune", "UBND", STATE, _l(commune="Đức Hợp")),
    Subject("hdnd", "tests/header_catalogue.py hdnd (a council in a lead)", "HĐND tỉnh Hà Tĩnh", "HĐND tỉnh Hà Tĩnh",
            "province", "HĐND", STATE, _l("Hà Tĩnh")),
    Subject("so", "tests/realworld/k03_hungyen_svhttdl_kh67_2021_xetuyentruyen.txt",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Hưng Yên", "Sở Văn hóa, Thể thao và Du lịch", "province",
            "SVHTTDL", STATE, _l("Hưng Yên")),
    # the Front and the mass organisations, full and short forms
    Subject("btt_mttq", "tests/realworld_blind15/b10_caobang_btt_ubmttq_kh_daihoi_2018_daidoanket.txt",
            "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Cao Bằng", "MTTQ Việt Nam tỉnh Cao Bằng", "province", "MTTQ-BTT",
            STATE, _l("Cao Bằng")),
    Subject("mttq_short", "tests/realworld_blind8/b09_tthue_phongdien_mttqhuyen_kh20_2018_ngayhoi_portal.txt (short form)",
            "MTTQ huyện Nghĩa Đàn", "MTTQ huyện Nghĩa Đàn", "district", "MTTQ", STATE, _l(district="Nghĩa Đàn")),
    Subject("ldld_short", "tests/realworld_blind15/b01_quangtri_ldld_kh02_2017_chude_baomoi.txt (short form)",
            "LĐLĐ tỉnh Quảng Trị", "LĐLĐ tỉnh Quảng Trị", "province", "LĐLĐ", STATE, _l("Quảng Trị")),
    Subject("ldld", "tests/realworld_blind10/b13_binhduong_ldld_kh_thangcongnhan_2019_news.txt",
            "Liên đoàn Lao động tỉnh Bình Dương", "Liên đoàn Lao động tỉnh Bình Dương", "province", "LĐLĐ", STATE,
            _l("Bình Dương")),
    Subject("hctd", "tests/realworld_blind15/b11_haugiang_longmy_hctd_kh_thangnhandao_2019_spam.txt",
            "Hội Chữ thập đỏ huyện Long Mỹ", "Hội Chữ thập đỏ huyện Long Mỹ", "district", "HCTĐ", STATE,
            _l(district="Long Mỹ")),
    Subject("tinhdoan", "tests/header_catalogue.py tinh_doan (a province's Youth Union in a lead)", "Tỉnh đoàn Kiên Giang",
            "Tỉnh đoàn Kiên Giang", "province", "TĐTN", PARTY, _l("Kiên Giang")),
    Subject("doan_xa", "tests/realworld_blind15/b14_kiengiang_giongrieng_doanxa_kh31_2024_news.txt", "Đoàn xã Hòa Hưng",
            "Đoàn xã Hòa Hưng", "commune", "ĐTN", PARTY, _l(commune="Hòa Hưng")),
    Subject("hlhpn_short", "tests/org_catalogue.py hlhpn (the short form)", "Hội LHPN tỉnh Nghệ An", "Hội LHPN tỉnh Nghệ An",
            "province", "HPN", STATE, _l("Nghệ An")),
    Subject("hnd", "tests/org_catalogue.py hnd", "Hội Nông dân tỉnh Gia Lai", "Hội Nông dân tỉnh Gia Lai", "province",
            "HND", STATE, _l("Gia Lai")),
    # the 2025 bodies
    Subject("du_ubnd_2025", "tests/realworld_blind9 (2025 Party committees of a province's agencies)",
            "Đảng ủy Ủy ban nhân dân tỉnh Nghệ An", "Đảng ủy Ủy ban nhân dân tỉnh", "province", "ĐU", locality=_l("Nghệ An")),
    Subject("btgdv_2025", "tests/header_catalogue.py btgdv_tu (2025)", "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An",
            "Ban Tuyên giáo và Dân vận", "province", "BTGDVTU", locality=_l("Nghệ An")),
    # more of each kind: a city committee, a district of a city, a bloc, a council's standing body, a department
    # and a district office, a veterans' association, a 2025 commune's committee
    Subject("btv_thu", "tests/realworld/c28_tnmt_btvtu_ct03_spaced.txt (a city under the centre)",
            "Ban Thường vụ Thành ủy Hải Phòng", "Thành ủy Hải Phòng", "province", "TU", locality=_l("Hải Phòng")),
    Subject("btv_qu", "tests/realworld/d11_hcm_govap_btvquanuy_ct_nqdaihoi8.txt", "Ban Thường vụ Quận ủy Gò Vấp",
            "Quận ủy Gò Vấp", "district", "QU", locality=_l(district="Gò Vấp")),
    Subject("duk", "tests/header_catalogue.py duk (a bloc's committee in a lead)", "Đảng ủy Khối các cơ quan tỉnh Nghệ An",
            "Đảng ủy Khối các cơ quan tỉnh", "province", "ĐUK", locality=_l("Nghệ An")),
    Subject("tt_hdnd", "tests/realworld/d08_hcm_nhabe_hdndhuyen_nq49_2021.txt (a council's standing body)",
            "Thường trực HĐND huyện Nhà Bè", "HĐND huyện Nhà Bè", "district", "HĐND", STATE, _l(district="Nhà Bè")),
    Subject("so_yt", "tests/realworld/h13_hungyen_snnptnt_cv_2019_gopy_print.txt (a department)", "Sở Y tế tỉnh Nghệ An",
            "Sở Y tế", "province", "SYT", STATE, _l("Nghệ An")),
    Subject("pgd", "tests/realworld/h31_hue_pgddt_cv_tongvesinh_2018_tasks.txt (a district office)",
            "Phòng Giáo dục và Đào tạo huyện Nghĩa Đàn", "Phòng Giáo dục và Đào tạo huyện Nghĩa Đàn", "district", "PGDĐT",
            STATE, _l(district="Nghĩa Đàn")),
    Subject("hccb", "tests/realworld_blind3/b16_gialai_hoiccb_kh_daihoiclb_2018_news.txt", "Hội Cựu chiến binh tỉnh Gia Lai",
            "Hội Cựu chiến binh tỉnh Gia Lai", "province", "CCB", PARTY, _l("Gia Lai")),
    Subject("ubnd_xa_dlt", "tests/realworld/d17_quangngai_sontinh_tinhtra_ubndxa_kh_nq13cds.txt (a commune's committee, full name)",
            "Ủy ban nhân dân xã Tự Cường", "Ủy ban nhân dân xã Tự Cường", "commune", "UBND", STATE, _l(commune="Tự Cường")),
    # blind31: an armed force's Party committee in running case ('Đảng ủy quân sự tỉnh Thái Nguyên ra nghị quyết')
    Subject("duqs_lower", "tests/realworld_blind31/b07_thainguyen_duqs_nq_quyiv2020_tvnews.txt", "Đảng ủy quân sự tỉnh Thái Nguyên",
            "Đảng ủy quân sự tỉnh Thái Nguyên", "province", "ĐU", locality=_l("Thái Nguyên")),
    Subject("duca_lower", "tests/realworld_blind10/b07_namdinh_duca_kh71_2020_daihoi_news.txt (the police's committee, in running case)",
            "Đảng ủy công an tỉnh Nghệ An", "Đảng ủy công an tỉnh Nghệ An", "province", "ĐUCA", locality=_l("Nghệ An")),
    Subject("dubp_lower", "tests/realworld_blind15/b08_bdbp_tinh_kh_ct681_2018_baophuyen.txt (the border guard's committee, in running case)",
            "Đảng ủy bộ đội biên phòng tỉnh Quảng Trị", "Đảng ủy bộ đội biên phòng tỉnh Quảng Trị", "province", "ĐU",
            locality=_l("Quảng Trị")),
    # blind31: the editor's short form glossed inside the name ('Liên minh Hợp tác xã (HTX) Việt Nam ban hành ...')
    Subject("lmhtx_gloss", "tests/realworld_blind31/b06_tw_lmhtx_cv_2023_tuyentruyen30nam_kiengiang.txt",
            "Liên minh Hợp tác xã (HTX) Việt Nam", "Liên minh Hợp tác xã Việt Nam", "central", "LMHTXVN", STATE),
    Subject("hccb_gloss", "tests/realworld_blind3/b16_gialai_hoiccb_kh_daihoiclb_2018_news.txt (glossed as blind31 b06)",
            "Hội Cựu chiến binh (CCB) tỉnh Gia Lai", "Hội Cựu chiến binh tỉnh Gia Lai", "province", "CCB", PARTY, _l("Gia Lai")),
    Subject("ldld_gloss", "tests/realworld_blind10/b13_binhduong_ldld_kh_thangcongnhan_2019_news.txt (glossed as blind31 b06)",
            "Liên đoàn Lao động (LĐLĐ) tỉnh Bình Dương", "Liên đoàn Lao động tỉnh Bình Dương", "province", "LĐLĐ", STATE,
            _l("Bình Dương")),
    # the short form with no place: the level is the kind's, the place is not guessed
    Subject("ubnd_tinh_bare", "tests/realworld/k07_quangtri_ubnd_cv1889_2019_chayrung.txt ('UBND tỉnh đã có văn bản số ...')",
            "UBND tỉnh", "UBND tỉnh", "province", "UBND", STATE, {"province": None}),
    Subject("btv_hu_bare", "tests/realworld_blind13/b06_bacgiang_lucnam_hu_kh_2015_tuyentruyen_news.txt (the body's short form)",
            "BTV Huyện ủy", "BTV Huyện ủy", "district", "HU", locality={"province": None, "district": None}),
    Subject("ldld_bare", "tests/realworld_blind10/b13_binhduong_ldld_kh_thangcongnhan_2019_news.txt ('Liên đoàn Lao động tỉnh')",
            "LĐLĐ tỉnh", "LĐLĐ tỉnh", "province", "LĐLĐ", STATE, {"province": None}),
    Subject("mttq_bare", "tests/realworld_blind8/b09_tthue_phongdien_mttqhuyen_kh20_2018_ngayhoi_portal.txt (no place)",
            "Ủy ban MTTQ huyện", "MTTQ huyện", "district", "MTTQ", STATE, {"province": None, "district": None}),
    Subject("hdnd_bare", "tests/realworld/d08_hcm_nhabe_hdndhuyen_nq49_2021.txt (no place)", "HĐND tỉnh", "HĐND tỉnh",
            "province", "HĐND", STATE, {"province": None}),
    Subject("tu_bare", "tests/realworld/s38_thanhuy_btv_cv3261_2019_lead.txt ('Ban Thường vụ Tỉnh ủy vừa có ...')",
            "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy", "province", "TU", locality={"province": None}),
    # the subject followed by its province, after a comma (with its kind word) or in brackets (leadforms:
    # 'Đảng ủy phường Dĩ An, Thành phố Hồ Chí Minh vừa ban hành ...', 'Ban Thường vụ Huyện ủy Lấp Vò (Đồng Tháp)')
    Subject("btv_hu_placed", "tests/unit_catalogue.py dian-explicit-city (the province in brackets)",
            "Ban Thường vụ Huyện ủy Lấp Vò (Đồng Tháp)", "Huyện ủy Lấp Vò", "district", "HU",
            locality=_l("Đồng Tháp", "Lấp Vò")),
    Subject("ubnd_huyen_placed", "tests/unit_catalogue.py dian-explicit-city (the province after a comma)",
            "UBND huyện Lấp Vò, tỉnh Đồng Tháp", "UBND huyện Lấp Vò", "district", "UBND", STATE, _l("Đồng Tháp", "Lấp Vò")),
    Subject("du_xa_placed", "tests/unit_catalogue.py dian-explicit-city (a commune's committee, its province after a comma)",
            "Đảng ủy xã Đức Hợp, tỉnh Hưng Yên", "Đảng ủy xã Đức Hợp", "commune", "ĐU", locality=_l("Hưng Yên", commune="Đức Hợp")),
    Subject("ubnd_xa_placed", "tests/unit_catalogue.py dian-explicit-city (the province with its kind word in brackets)",
            "UBND xã Đức Hợp (tỉnh Hưng Yên)", "UBND xã Đức Hợp", "commune", "UBND", STATE, _l("Hưng Yên", commune="Đức Hợp")),
    Subject("hu_placed_city", "tests/unit_catalogue.py dian-explicit-city (a city's district, 'TP.' before the city)",
            "Quận ủy Gò Vấp, TP. Hồ Chí Minh", "Quận ủy Gò Vấp", "district", "QU", locality=_l("Hồ Chí Minh", "Gò Vấp")),
    # initials a lead writes, kept in the name as written ('BCĐ 197 TP Hà Nội' is not 'Ban Chỉ đạo 197 Hà Nội')
    Subject("bcd_tp", "tests/realworld_blind26/b09_hanoi_bcd197_kh06_2025_phuongkieumau_news.txt", "BCĐ 197 TP Hà Nội",
            "BCĐ 197 TP Hà Nội", "province", "BCĐ", STATE, _l("Hà Nội")),
    Subject("bcd_tinh", "tests/realworld_blind2/b30_hungyen_kimdong_duchop_bcdxa_cv_blanknumber_2021_tet.txt (a province's)",
            "BCĐ 35 tỉnh Nghệ An", "BCĐ 35 tỉnh Nghệ An", "province", "BCĐ", STATE, _l("Nghệ An")),
    Subject("ubkt_short", "tests/header_catalogue.py ubkt_hu (its initials)", "UBKT Huyện ủy Nghĩa Đàn",
            "UBKT Huyện ủy Nghĩa Đàn", "district", "UBKTHU", locality=_l(district="Nghĩa Đàn")),
    Subject("btg_short", "tests/realworld/c17_travinh_btgtu_cv1510_2020.txt (its initials)", "BTG Tỉnh ủy Trà Vinh",
            "BTG Tỉnh ủy Trà Vinh", "province", "BTGTU", locality=_l("Trà Vinh")),
    Subject("bdv_short", "tests/header_catalogue.py bdv_hu (its initials)", "BDV Huyện ủy Nghĩa Đàn",
            "BDV Huyện ủy Nghĩa Đàn", "district", "BDVHU", locality=_l(district="Nghĩa Đàn")),
    Subject("hlhpn_initials", "tests/org_catalogue.py hlhpn (all initials)", "HLHPN tỉnh Nghệ An", "HLHPN tỉnh Nghệ An",
            "province", "HLHPN", STATE, _l("Nghệ An")),
    Subject("ub_mttq", "tests/realworld_blind8/b09_tthue_phongdien_mttqhuyen_kh20_2018_ngayhoi_portal.txt ('UB MTTQ')",
            "UB MTTQ huyện Nghĩa Đàn", "UB MTTQ huyện Nghĩa Đàn", "district", "MTTQ", STATE, _l(district="Nghĩa Đàn")),
    Subject("ubnd_tx", "tests/header_catalogue.py ubnd_tx_abbr (a town, 'TX.' with its full stop)", "UBND TX. Cửa Lò",
            "UBND TX. Cửa Lò", "district", "UBND", STATE, _l("Nghệ An", "Cửa Lò")),
    Subject("ubnd_tp_dot", "tests/realworld_blind9/b20_hcm_ubndtp_qd2205_2025_ctr02_nq68_news.txt ('TP.' kept)",
            "UBND TP. Vinh", "UBND TP. Vinh", "district", "UBND", STATE, _l("Nghệ An", "Vinh")),
    Subject("btv_tu_brvt", "loaders/patterns.py PROVINCE_SHORT_FORM_RE ('Tỉnh ủy BR-VT', blind25)",
            "Ban Thường vụ Tỉnh ủy BR-VT", "Ban Thường vụ Tỉnh ủy", "province", "TU", locality=_l("Bà Rịa - Vũng Tàu")),
    # blind33: a Party committee's steering committee ('Ban Chỉ đạo Đảng ủy xã Nghĩa Tá, tỉnh Thái Nguyên triển khai
    # kế hoạch thực hiện Nghị quyết số 57-NQ/TW ...'): 'Chỉ đạo' is part of the name, at every level
    Subject("bcd_du_xa", "tests/realworld_blind33/b05_thainguyen_nghiata_bcddu_kh_nq57_2026_portal.txt",
            "Ban Chỉ đạo Đảng ủy xã Đức Hợp", "Ban Chỉ đạo Đảng ủy xã Đức Hợp", "commune", "BCĐ",
            locality=_l(commune="Đức Hợp")),
    Subject("bcd_du_xa_placed", "tests/realworld_blind33/b05_thainguyen_nghiata_bcddu_kh_nq57_2026_portal.txt (its province)",
            "Ban Chỉ đạo Đảng ủy xã Nghĩa Tá, tỉnh Thái Nguyên", "Ban Chỉ đạo Đảng ủy xã Nghĩa Tá", "commune", "BCĐ",
            locality=_l("Thái Nguyên", commune="Nghĩa Tá")),
    Subject("bcd_hu", "tests/realworld_blind33/b05_thainguyen_nghiata_bcddu_kh_nq57_2026_portal.txt (a district's)",
            "Ban Chỉ đạo Huyện ủy Lục Nam", "Ban Chỉ đạo", "district", "BCĐ", locality=_l(district="Lục Nam")),
    Subject("bcd_lower", "tests/realworld_blind33/b05_thainguyen_nghiata_bcddu_kh_nq57_2026_portal.txt (news' 'Ban chỉ đạo')",
            "Ban chỉ đạo Đảng ủy phường Dĩ An", "Ban chỉ đạo Đảng ủy phường Dĩ An", "commune", "BCĐ",
            locality=_l(commune="Dĩ An")),
    # the centre
    Subject("bbt", "tests/realworld/c05_vdb_bbt_ct44_2020.txt", "Ban Bí thư", "Ban Bí thư", "central", "TW"),
    # blind33: the Politburo and the Secretariat jointly ('Ngày 22/8/2025, Bộ Chính trị, Ban Bí thư ban hành Kết luận ...')
    Subject("bct_bbt", "tests/realworld_blind33/b01_tw_bct_bbt_kl185_2025_daihoi_flipbook.txt", "Bộ Chính trị, Ban Bí thư",
            "Bộ Chính trị", "central", "TW"),
)
# Subjects crossed with every verb only (the first loop of `rows()`): added to SUBJECTS they would re-deal the
# objects and openings of every row after them.
LATE_SUBJECTS: tuple[Subject, ...] = (
    # bodies2: a commune's armed cell ('Chi bộ Quân sự xã ...': the sector's lower-case 'sự' is its name's) and
    # the trade unions, of a commune and of a sector at the centre
    Subject("cb_qs", "tests/header_catalogue.py cb_qs (a commune's military cell in a lead)", "Chi bộ Quân sự xã Đức Hợp",
            "Chi bộ Quân sự xã Đức Hợp", "commune", "CB", locality=_l(commune="Đức Hợp")),
    Subject("cd_xa", "tests/header_catalogue.py cd_xa (a commune's trade union in a lead)", "Công đoàn xã Đức Hợp",
            "Công đoàn xã Đức Hợp", "commune", "CĐ", STATE, _l(commune="Đức Hợp")),
    Subject("cdgd_vn", "tests/header_catalogue.py cdgd_vn (a sector's union under the Tổng Liên đoàn)",
            "Công đoàn Giáo dục Việt Nam", "Công đoàn Giáo dục Việt Nam", "central", "CĐN", STATE),
    # sweepA: the centre by its initials ('Ban Bí thư T.Ư Đoàn TNCS Hồ Chí Minh vừa ban hành hướng dẫn ...', a
    # baomoi lead; 'BCH TƯ Hội Nông dân VN', 'TƯ Hội Nông dân Việt Nam' in Dân Việt) and a mass organisation's
    # centre named in full ('Trung ương Hội Chữ thập đỏ Việt Nam', blind29's citation), read as 'Trung ương Hội'
    Subject("bbt_twdoan_dotted", "sweepA: a baomoi lead ('Ban Bí thư T.Ư Đoàn TNCS Hồ Chí Minh vừa ban hành hướng dẫn')",
            "Ban Bí thư T.Ư Đoàn TNCS Hồ Chí Minh", "Ban Bí thư T.Ư Đoàn", "central", "TWĐTN"),
    Subject("btv_twdoan_initials", "sweepA: the same lead with 'TƯ' (Dân Việt's 'BCH TƯ Hội Nông dân VN')",
            "Ban Thường vụ TƯ Đoàn", "Ban Thường vụ TƯ Đoàn", "central", "TWĐTN"),
    Subject("btg_tw", "sweepA: a board of the centre with its initials ('Ban Tuyên giáo TW', read as the place 'Tw')",
            "Ban Tuyên giáo TW", "Ban Tuyên giáo TW", "central", "BTGTW"),
    Subject("ubkt_tw_dotted", "sweepA: the centre's inspection commission with dotted initials", "Ủy ban Kiểm tra T.Ư",
            "Ủy ban Kiểm tra T.Ư", "central", "UBKTTW"),
    Subject("hnd_centre", "sweepA: a mass organisation's centre in full (Dân Việt, 'Trung ương Hội Nông dân Việt Nam')",
            "Trung ương Hội Nông dân Việt Nam", "Trung ương Hội Nông dân Việt Nam", "central", "HNDTW"),
    Subject("hctd_centre_initials", "sweepA: the same with 'TƯ' ('TƯ Hội Chữ thập đỏ Việt Nam')",
            "TƯ Hội Chữ thập đỏ Việt Nam", "TƯ Hội Chữ thập đỏ Việt Nam", "central", "TWHCTĐ", STATE),
    # sweepA: a province's or district's crime board named by its whole task (Báo Đắk Nông 'Ban Chỉ đạo phòng,
    # chống tội phạm, tệ nạn xã hội và xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc tỉnh vừa ban hành Kế
    # hoạch số 69/KH-BCĐ', Báo Gia Lai '(GLO)- Ban Chỉ đạo Phòng-chống tội phạm, ... tỉnh Gia Lai đã ban hành Kế
    # hoạch tổ chức ...'): past the name's word limit it fell back to the code 'BCĐ'; unnumbered it gave none
    Subject("bcd138_full", "sweepA: Báo Đắk Nông's lead (the crime board's whole name, 27 words with its place)",
            "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Đắk Nông",
            "Ban Chỉ đạo phòng, chống tội phạm", "province", "BCĐ", STATE, _l("Đắk Nông")),
    Subject("bcd138_hyphen_huyen", "sweepA: Báo Gia Lai's lead ('Phòng-chống'), a district's board",
            "Ban Chỉ đạo Phòng-chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc huyện Lục Nam",
            "Ban Chỉ đạo Phòng-chống tội phạm", "district", "BCĐ", STATE, _l(district="Lục Nam")),
    Subject("bcd_covid_bare", "sweepA: a board named by its task, its province not named ('... tỉnh vừa ban hành')",
            "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh", "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh", "province",
            "BCĐ", STATE, {"province": None}),
    Subject("btv_hccb_centre_dotted", "sweepA: an organ of that centre, dotted ('Ban Thường vụ T.Ư Hội Cựu chiến binh Việt Nam')",
            "Ban Thường vụ T.Ư Hội Cựu chiến binh Việt Nam", "Hội Cựu chiến binh Việt Nam", "central", "CCBTW"),
    # sweepF: a commune's body placed by its district or city, then maybe its province (a Khánh Hòa paper's 'UBND
    # phường Vạn Thạnh, TP. Nha Trang vừa ...', an An Giang paper's 'Đảng bộ xã Vĩnh Phú (Thoại Sơn)')
    Subject("ubnd_phuong_city", "tests/lead_catalogue.py hu_placed_city (a ward's committee, its city after a comma)",
            "UBND phường Vạn Thạnh, TP. Nha Trang", "UBND phường Vạn Thạnh", "commune", "UBND", STATE,
            _l("Khánh Hòa", "Nha Trang", "Vạn Thạnh")),
    Subject("du_xa_district", "tests/lead_catalogue.py hu_placed_city (a commune's committee, its district after a comma)",
            "Đảng ủy xã Vĩnh Phú, huyện Thoại Sơn", "Đảng ủy xã Vĩnh Phú", "commune", "ĐU",
            locality=_l("An Giang", "Thoại Sơn", "Vĩnh Phú")),
    Subject("ubnd_xa_district_province", "tests/lead_catalogue.py hu_placed_city (district, then province)",
            "UBND xã Vĩnh Phú, huyện Thoại Sơn, tỉnh An Giang", "UBND xã Vĩnh Phú", "commune", "UBND", STATE,
            _l("An Giang", "Thoại Sơn", "Vĩnh Phú")),
    Subject("du_xa_district_bracket", "tests/lead_catalogue.py btv_hu_placed (the district in brackets)",
            "Đảng ủy xã Vĩnh Phú (Thoại Sơn)", "Đảng ủy xã Vĩnh Phú", "commune", "ĐU",
            locality=_l("An Giang", "Thoại Sơn", "Vĩnh Phú")),
    # sweepH: a Party committee in lower case before its place (a Nghệ An TV lead, 'Trên cơ sở đó, thị ủy Cửa Lò đã
    # xây dựng và thông qua chương trình hành động thực hiện Nghị quyết 26 ...'), and its siblings of the other levels
    Subject("thu_lower", "sweepH: a Nghệ An TV lead ('thị ủy Cửa Lò đã xây dựng và thông qua chương trình hành động')",
            "thị ủy Cửa Lò", "Thị ủy Cửa Lò", "district", "TXU", locality=_l(district="Cửa Lò")),
    Subject("hu_lower", "sweepH: the same lower case, a district's committee", "huyện ủy Nam Đàn", "Huyện ủy Nam Đàn",
            "district", "HU", locality=_l(district="Nam Đàn")),
    Subject("tu_lower", "sweepH: the same lower case, a province's committee", "tỉnh ủy Nghệ An", "Tỉnh ủy Nghệ An",
            "province", "TU", locality=_l("Nghệ An")),
    Subject("du_xa_lower", "sweepH: the same lower case, a commune's committee", "đảng ủy xã Đức Hợp", "Đảng ủy xã Đức Hợp",
            "commune", "ĐU", locality=_l(commune="Đức Hợp")),
)


@dataclass(frozen=True)
class Verb:
    key: str
    src: str
    phrase: str
    issues: bool = True  # the lead's own date is the document's ('triển khai' may be a later day, a meeting's day is not given)
    type_word: str | None = None  # the verb takes only this kind of document
    subjects: tuple[str, ...] = ()  # the bodies that use the verb (empty: all)


# the bodies that pass resolutions: Party committees, their standing committees, councils
_RESOLVING = ("btv_tu", "tu", "btv_tu_short", "btv_hu", "hu", "btv_hu_short", "du_xa", "hdnd", "du_ubnd_2025",
              "duqs_lower", "duca_lower", "dubp_lower")

VERBS: tuple[Verb, ...] = (
    Verb("da_ban_hanh", "tests/realworld/c03_yenbai_btvtu_ct17_dlxh.txt", "đã ban hành"),
    Verb("vua_ban_hanh", "tests/realworld_blind13/b03_nghean_btvtu_nq02_thaihoa_tag.txt", "vừa ban hành"),
    Verb("ban_hanh", "tests/realworld_blind10/b07_namdinh_duca_kh71_2020_daihoi_news.txt (no aspect word)", "ban hành"),
    Verb("chinh_thuc", "tests/realworld_blind2 (a manner adverb, LEAD_ADVERB)", "vừa chính thức ban hành"),
    Verb("vua_co", "tests/realworld/d07_quangngai_sontinh_huyenuy_kh79_nq37.txt", "vừa có"),
    Verb("da_co", "tests/realworld_blind13/b04_bacgiang_btvtu_nq162_2021_vietyen_tag.txt", "đã có"),
    Verb("vua_trien_khai", "tests/realworld_blind15/b11_haugiang_longmy_hctd_kh_thangnhandao_2019_spam.txt", "vừa triển khai", issues=False),
    Verb("dang_trien_khai", "tests/realworld_blind15/b10_caobang_btt_ubmttq_kh_daihoi_2018_daidoanket.txt", "đang triển khai", issues=False),
    Verb("da_xay_dung", "tests/realworld_blind15/b14_kiengiang_giongrieng_doanxa_kh31_2024_news.txt", "đã xây dựng"),
    Verb("xay_dung_va_ban_hanh", "tests/realworld_blind14 (two verbs joined, the second issuing)", "vừa xây dựng và ban hành"),
    Verb("moi_day", "tests/realworld_blind3/b16_gialai_hoiccb_kh_daihoiclb_2018_news.txt ('mới đây')", "mới đây đã ban hành"),
    Verb("vua_ra", "tests/realworld/h30_langson_btvtu_ct01_2020_nqdaihoi.txt ('vừa ra Chỉ thị')", "vừa ra",
         type_word="Chỉ thị", subjects=("btv_tu", "tu", "btv_tu_short", "btv_hu", "hu", "btv_hu_short", "btv_thu", "btv_qu",
                                        "ubnd_tinh", "ubnd_huyen", "du_xa", "bbt")),
    Verb("ban_hanh_va_trien_khai", "tests/realworld_blind15 (issued and deployed at once)", "đã ban hành và triển khai"),
    Verb("thong_qua", "tests/realworld_blind15 (a committee or council passing its resolution)", "đã thông qua",
         type_word="Nghị quyết", subjects=_RESOLVING),
    Verb("hoi_nghi_ra", "tests/realworld_blind15 (LEAD_RESOLVES_RE: 'tổ chức hội nghị ra nghị quyết')",
         "tổ chức hội nghị ra", issues=False, type_word="Nghị quyết", subjects=_RESOLVING),
    Verb("hoi_nghi_trien_khai", "tests/realworld_blind35/b02_angiang_chauphu_btvhu_kh_daihoi_2019_news.txt ('vừa tổ chức hội nghị triển khai kế hoạch')",
         "vừa tổ chức hội nghị triển khai", issues=False),
    Verb("hop_trien_khai", "tests/realworld_blind35/b03_backan_bachthong_havi_dux_kh85_2019_daihoi_portal.txt (LEAD_MEETING: 'đã tổ chức Hội nghị triển khai')",
         "đã tổ chức Hội nghị triển khai", issues=False),
    Verb("to_chuc_trien_khai", "sweepD: a Quận 5 ward's Front page ('Ủy ban Mặt trận Tổ quốc Việt Nam Phường 6 tổ chức triển khai chương trình ...', no meeting named)",
         "tổ chức triển khai", issues=False),
    # sweepH: drafted and passed at once ('thị ủy Cửa Lò đã xây dựng và thông qua chương trình hành động ...'), by a
    # body that passes its own documents
    Verb("xay_dung_va_thong_qua", "sweepH: a Nghệ An TV lead (two verbs joined, the second passing)", "đã xây dựng và thông qua",
         subjects=(*_RESOLVING, "thu_lower", "hu_lower", "tu_lower", "du_xa_lower")),
    # sweepH: a notice or letter sent out ('Văn phòng Chính phủ vừa phát đi Thông báo số 134/TB-VPCP ...', a finance
    # review's lead), by every body
    Verb("vua_phat_di", "sweepH: a finance review's lead ('vừa phát đi Thông báo số 134/TB-VPCP ngày 4/5/2022')", "vừa phát đi"),
    # sweepI: 'also' before the aspect word ('Theo đó, ngày 16 tháng 8 năm 2019 Đảng ủy xã cũng đã ban hành Kế hoạch số
    # 291-KH/ĐU ...', a Bắc Kạn commune's congress news), by every body
    Verb("cung_da_ban_hanh", "sweepI: a Bắc Kạn district portal's congress news ('Đảng ủy xã cũng đã ban hành Kế hoạch số 291-KH/ĐU')",
         "cũng đã ban hành"),
    Verb("cung_vua_ban_hanh", "sweepI: the same 'also' before 'vừa'", "cũng vừa ban hành"),
    # blind48 q01: the signing verb spelt 'kí' ('Bí thư Thành ủy TP.HCM Nguyễn Văn Nên kí ban hành Chỉ thị ...')
    Verb("vua_ki_ban_hanh", "tests/realworld_blind48/q01_hcm_bithu_tu_ct_cd16_2021_vietnamnet.txt ('kí ban hành')",
         "vừa kí ban hành"),
    Verb("da_ki", "tests/realworld_blind48/q01's spelling with the bare verb ('đã kí Chỉ thị')", "đã kí"),
)

_TYPE_CODE = {"Kế hoạch": "KH", "Nghị quyết": "NQ", "Chỉ thị": "CT", "Hướng dẫn": "HD", "Công văn": "CV"}
_PARENT = "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ"
_TOPIC = "tăng cường công tác phòng, chống thiên tai năm 2024"


@dataclass(frozen=True)
class Object:
    key: str
    src: str
    numbered: bool
    form: str  # {tw} type word, {no} number, {when} ' ngày ...' or ''
    title: str  # what the title must contain
    implements: tuple[str, ...] = ()


OBJECTS: tuple[Object, ...] = (
    Object("so_ve", "tests/realworld/c03_yenbai_btvtu_ct17_dlxh.txt", True, "{tw} số {no}{when} về " + _TOPIC, _TOPIC),
    Object("no_so", "tests/realworld_blind13/b03_nghean_btvtu_nq02_thaihoa_tag.txt ('Nghị quyết 02-NQ/TU')", True,
           "{tw} {no}{when} về " + _TOPIC, _TOPIC),
    Object("no_ve", "tests/realworld_blind16/b02_langson_binhgia_ubndh_kh29_2021_dulich_portal.txt (no 'về')", True,
           "{tw} số {no}{when} " + _TOPIC, _TOPIC),
    Object("implements", "tests/realworld/c01_baomoi_btvtu_ctr_nq57.txt", True,
           "{tw} số {no}{when} triển khai thực hiện " + _PARENT, "57-NQ/TW", ("57-NQ/TW",)),
    Object("unnumbered_implements", "tests/realworld/c01_baomoi_btvtu_ctr_nq57.txt (no number)", False,
           "{tw} triển khai thực hiện " + _PARENT, "57-NQ/TW", ("57-NQ/TW",)),
    Object("comma_date", "tests/realworld/s38_thanhuy_btv_cv3261_2019_lead.txt ('Chỉ thị số 01-CT/TU, ngày 11/11/2020')", True,
           "{tw} số {no}{when_comma} về " + _TOPIC, _TOPIC),
    Object("bracket_date", "tests/realworld_blind4 (the date in brackets after the number)", True,
           "{tw} số {no}{when_bracket} về " + _TOPIC, _TOPIC),
    Object("spaced_number", "tests/heldout/03_danang_tu_ctr.txt ('Số 09 - CTr/TU')", True,
           "{tw} số {no_spaced}{when} về " + _TOPIC, _TOPIC),
    Object("date_in_words", "tests/realworld (a date in words after the number: 'ngày 7 tháng 3 năm 2024')", True,
           "{tw} số {no}{when_words} về " + _TOPIC, _TOPIC),
    Object("unnumbered_lower", "tests/realworld_blind10/b13_binhduong_ldld_kh_thangcongnhan_2019_news.txt", False,
           "{tw_lower} tổ chức Tháng Công nhân năm 2024", "Tháng Công nhân năm 2024"),
)

DATE = date(2024, 3, 12)


@dataclass(frozen=True)
class Opening:
    key: str
    src: str
    form: str  # {lead} the sentence from the subject on
    dated_lead: bool = False  # the opening's own date is a full one
    yearless: bool = False  # the opening's day has no year: the parser may take it from the text, or give null
    date_after_number: bool = True  # the object carries ' ngày 12/3/2024' after its number


OPENINGS: tuple[Opening, ...] = (
    Opening("lead_date", "tests/realworld/c03_yenbai_btvtu_ct17_dlxh.txt", "Ngày 12/3/2024, {lead}", True, False),
    Opening("after_number", "tests/realworld_blind13/b03_nghean_btvtu_nq02_thaihoa_tag.txt", "{lead}"),
    Opening("tag", "tests/realworld/c27_baonghean_btvtu_kh207_ct35.txt ('(Baonghean.vn) - ')", "(Baonghean.vn) - {lead}"),
    Opening("caps_place", "tests/realworld_blind3 ('BẮC NINH - ' dateline)", "BẮC NINH - {lead}"),
    Opening("time_of_day", "tests/realworld_blind15 ('Sáng 13.7, ' then the place)", "Sáng 12/3, tại hội trường cơ quan, {lead}",
            yearless=True),
    Opening("moi_day", "tests/realworld_blind3/b16_gialai_hoiccb_kh_daihoiclb_2018_news.txt", "Mới đây, {lead}"),
    Opening("dashed_date", "tests/realworld/s38_thanhuy_btv_cv3261_2019_lead.txt ('Ngày 13-11, ' with dashes)",
            "Ngày 12-3-2024, {lead}", True, False),
    Opening("posted_then_lead", "tests/realworld_blind10/b13_binhduong_ldld_kh_thangcongnhan_2019_news.txt (a posting time above the lead)",
            "| 14-03-2024 | 08:34:34\n\n{lead}"),
    Opening("headline_then_lead", "tests/realworld_blind13/b03_nghean_btvtu_nq02_thaihoa_tag.txt (a headline above the lead)",
            "Tăng cường công tác phòng, chống thiên tai năm 2024\n\n{lead}"),
    Opening("chieu_dot", "tests/realworld_blind15 ('(QNO) - Sáng 13.7, ': dotted day and month, a tag)",
            "(QNO) - Chiều 12.3, {lead}", yearless=True),
    Opening("carry_out_clause", "tests/realworld/s41_nghean_ubnd_kh472_lead.txt ('Thực hiện chỉ đạo của ..., X ban hành')",
            "Thực hiện chỉ đạo của Thường trực Tỉnh ủy, {lead}"),
    Opening("purpose_clause", "tests/realworld/c25_binhthuan_vptu_cv1455_bao12.txt ('Để chủ động ...; X vừa có')",
            "Để chủ động phòng, chống thiên tai, {lead}"),
    Opening("vua_qua", "tests/realworld_blind10/b07_namdinh_duca_kh71_2020_daihoi_news.txt ('Vừa qua, ')",
            "Vừa qua, {lead}"),
    Opening("no_year", "tests/realworld/s38_thanhuy_btv_cv3261_2019_lead.txt ('Ngày 13-11, ' with no year)",
            "Ngày 12/3, {lead}", date_after_number=False, yearless=True),
    Opening("lost_tag", "tests/realworld_blind35/b02_angiang_chauphu_btvhu_kh_daihoi_2019_news.txt (' - ' where the copy lost the paper's tag)",
            "\n - {lead}"),
    Opening("sang_ngay", "tests/realworld_blind35/b03_backan_bachthong_havi_dux_kh85_2019_daihoi_portal.txt ('Sáng ngày 26/8/2019, ')",
            "Sáng ngày 12/3/2024, {lead}", True, False),
    Opening("words_no_comma", "tests/realworld_blind35/b04_backan_bachthong_vihuong_bchdbx_nq_hdnd_2021_portal.txt ('Ngày 29 tháng 01 năm 2021 BCH ...', no comma)",
            "Ngày 12 tháng 3 năm 2024 {lead}", True, False),
)
# Openings added after the crossing above was fixed, crossed with every verb in a loop of their own so the rows
# (and the KNOWN ones) the first crossing generates stay the same.
LATE_OPENINGS: tuple[Opening, ...] = (
    Opening("carry_out_full_stop", "tests/realworld_blind39/b03_tiengiang_cdgd_kh_thidua_2019_congdoangd.txt ('Thực hiện ... 90 năm - ... Việt Nam. X triển khai')",
            "Thực hiện Chương trình thi đua chào mừng kỷ niệm 90 năm - Ngày thành lập Công đoàn Việt Nam. {lead}"),
    Opening("purpose_full_stop", "tests/realworld_blind39/b03_tiengiang_cdgd_kh_thidua_2019_congdoangd.txt (a purpose clause closed by its stop)",
            "Nhằm chào mừng 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh. {lead}"),
)


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    number: str | None
    doc_type: str
    issued_on: date | None
    name: str
    level: str
    locality: dict[str, str | None]
    title: str
    implements: tuple[str, ...]
    yearless: bool = False  # issued_on None: null, or 12 March of a year the text gives


_AFTER = "\nTheo đó, các cấp, các ngành chủ động rà soát phương án, bảo đảm an toàn cho nhân dân.\n"


def _number(s: Subject, code: str) -> str:
    return f"45-{code}/{s.code}" if s.style == PARTY else f"45/{code}-{s.code}"


def make(s: Subject, v: Verb, o: Object, op: Opening) -> Row:
    tw = v.type_word or ("Kế hoạch" if s.code != "TW" else "Chỉ thị")
    code = _TYPE_CODE[tw]
    number = _number(s, code) if o.numbered else None
    when = f" ngày {DATE.day}/{DATE.month}/{DATE.year}" if (o.numbered and op.date_after_number) else ""
    dated = bool(when)
    obj = o.form.format(tw=tw, tw_lower=tw.lower(), no=number, when=when,
                        when_comma=f",{when}" if dated else "",
                        when_bracket=f" ({when.strip()})" if dated else "",
                        when_words=f" ngày {DATE.day} tháng {DATE.month} năm {DATE.year}" if dated else "",
                        no_spaced=(number or "").replace("-", " - ", 1) if s.style == PARTY else (number or "").replace("/", " /", 1))
    lead = f"{s.prose} {v.phrase} {obj}."
    text = op.form.format(lead=lead) + _AFTER
    issued = DATE if when or (op.dated_lead and v.issues) else None
    return Row(f"{s.key}-{v.key}-{o.key}-{op.key}", text, number, code, issued, s.name, s.level, dict(s.locality),
               o.title, o.implements, yearless=op.yearless and not when and v.issues)


# Damage real copies show (DOMAIN.md §6), on every seventh row: the old tone placement ('uỷ', 'hoá'), non-breaking
# spaces, a lead wrapped mid-sentence after its verb (tests/realworld_blind13/b03_nghean_btvtu_nq02_thaihoa_tag.txt).
def _old_tones(text: str) -> str:
    return (text.replace("ủy", "uỷ").replace("Ủy", "Uỷ").replace("hóa", "hoá").replace("Hòa", "Hoà"))


def _nbsp(text: str) -> str:
    return text.replace(" ", "\u00a0", 6)


def _wrapped(text: str, v: Verb) -> str:
    return text.replace(f" {v.phrase} ", f" {v.phrase}\n", 1)


def _damaged(r: Row, v: Verb) -> list[Row]:
    out = []
    for tag, text in (("oldtones", _old_tones(r.text)), ("nbsp", _nbsp(r.text)), ("wrapped", _wrapped(r.text, v))):
        if text != r.text:
            out.append(replace(r, id=f"{r.id}-{tag}", text=text))
    return out


def rows() -> list[Row]:
    out: dict[str, Row] = {}
    for i, s in enumerate((*SUBJECTS, *LATE_SUBJECTS)):
        for j, v in enumerate(VERBS):
            if v.subjects and s.key not in v.subjects:
                continue
            r = make(s, v, OBJECTS[(i + j) % len(OBJECTS)], OPENINGS[(i + 2 * j) % len(OPENINGS)])
            out[r.id] = r
    k = 0
    for v in VERBS:
        fit = [s for s in SUBJECTS if not v.subjects or s.key in v.subjects]
        for o in OBJECTS:
            for op in OPENINGS:
                r = make(fit[k % len(fit)], v, o, op)
                out[r.id] = r
                if k % 7 == 0:
                    out.update((d.id, d) for d in _damaged(r, v))
                k += 1
    for j, v in enumerate(VERBS):
        fit = [s for s in SUBJECTS if not v.subjects or s.key in v.subjects]
        for n, op in enumerate(LATE_OPENINGS):
            for o in OBJECTS:
                r = make(fit[(j + n + len(out)) % len(fit)], v, o, op)
                out[r.id] = r
    return list(out.values())


@dataclass(frozen=True)
class Negative:
    """A lead whose named body must not be read as the issuer (or whose number is not the page's)."""

    id: str
    src: str
    text: str
    name: str | None  # what the issuer's name must contain (None: no issuer, or not checked)
    absent: tuple[str, ...] = ()  # words the issuer's name must not hold
    number: str | None = None  # the page's own number (None: none)
    cited: tuple[str, ...] = ()  # numbers the page must cite (a result told, not its own)


NEGATIVE: tuple[Negative, ...] = (
    # a meeting or a congress passes it: the body that holds it is named after, or not at all
    Negative("meeting_passes", "tests/realworld_blind15 (a meeting reported, its resolution unnumbered)",
             "Sáng 12/3, Hội nghị đã thông qua Nghị quyết về phát triển kinh tế - xã hội năm 2024.", None,
             absent=("Hội nghị",)),
    Negative("passed_passive", "tests/realworld_blind15 (passive: 'đã được thông qua' names no subject)",
             "Nghị quyết số 12-NQ/TU đã được thông qua tại Hội nghị Ban Chấp hành Đảng bộ tỉnh Nghệ An lần thứ 15.", None,
             absent=("Hội nghị",), number="12-NQ/TU"),
    # a person is the subject: the person is never the issuer
    Negative("person_passes", "tests/realworld/c33_thainguyentv_ctubnd_kl_corona_tb2927.txt (an office-holder as subject)",
             "Ngày 12/3/2024, đồng chí Nguyễn Văn An, Bí thư Huyện ủy Lục Nam đã thông qua Nghị quyết số 45-NQ/HU về phát triển du lịch.",
             None, absent=("Nguyễn Văn An", "đồng chí"), number="45-NQ/HU"),
    Negative("many_localities", "tests/realworld/h19_quangtri_ubnd_traloi_cv1671_2021_tasks.txt ('nhiều địa phương')",
             "Thời gian qua, nhiều địa phương đã thông qua nghị quyết về phát triển du lịch cộng đồng.", None,
             absent=("địa phương",)),
    # a body deploying another's numbered document: the number is not its own (its code is not spelled from
    # the subject's name), so the page names no number of its own
    Negative("board_deploys_committee_plan", "tests/realworld/c17_travinh_btgtu_cv1510_2020.txt (a board under its committee)",
             "Ban Tuyên giáo Tỉnh ủy Nghệ An vừa triển khai Kế hoạch số 45-KH/TU về tăng cường công tác tuyên truyền năm 2024.",
             None, number=None),
    Negative("association_deploys_committee_plan", "tests/realworld_blind15/b11_haugiang_longmy_hctd_kh_thangnhandao_2019_spam.txt",
             "(Baonghean.vn) - Hội Nông dân tỉnh Gia Lai đang triển khai Kế hoạch số 12-KH/TU về phát triển kinh tế tập thể.",
             None, number=None),
    Negative("district_board_deploys_province_board", "tests/realworld/c17_travinh_btgtu_cv1510_2020.txt (another unit's board)",
             "Mới đây, Ban Tuyên giáo Huyện ủy Nghĩa Đàn vừa triển khai Hướng dẫn số 12-HD/BTGTU về tuyên truyền kỷ niệm các ngày lễ lớn.",
             None, number=None),
    Negative("many_localities_deploy", "tests/realworld/h19_quangtri_ubnd_traloi_cv1671_2021_tasks.txt ('nhiều địa phương')",
             "BẮC NINH - Nhiều địa phương đang triển khai kế hoạch phòng, chống dịch bệnh trên đàn gia cầm.", None,
             absent=("địa phương", "Bắc Ninh")),
    Negative("person_deploys", "tests/realworld/c33_thainguyentv_ctubnd_kl_corona_tb2927.txt (an office-holder as subject)",
             "Sáng 12/3, đồng chí Nguyễn Văn An, Bí thư Huyện ủy Lục Nam triển khai Kế hoạch số 45-KH/HU về phát triển du lịch.",
             None, absent=("Nguyễn Văn An", "đồng chí", "Bí thư"), number=None),
    # 'ban hành và triển khai thực hiện' a central resolution: the page carries it out, its number is not the page's
    Negative("issues_and_carries_out_parent", "tests/realworld/c01_baomoi_btvtu_ctr_nq57.txt (the parent named after the verbs)",
             "Ban Thường vụ Tỉnh ủy Nghệ An đã ban hành và triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học.",
             None, absent=("Bộ Chính trị",), number=None),
    # an opening clause of purpose or direction before a subject that is no body, or a person
    Negative("purpose_then_localities", "tests/realworld/c25_binhthuan_vptu_cv1455_bao12.txt ('Để chủ động ..., ')",
             "Để chủ động phòng, chống thiên tai, nhiều địa phương đang triển khai kế hoạch ứng phó với mưa lũ.", None,
             absent=("địa phương",)),
    Negative("direction_then_person", "tests/realworld/s41_nghean_ubnd_kh472_lead.txt ('Thực hiện chỉ đạo của ..., ')",
             "Thực hiện chỉ đạo của Thường trực Tỉnh ủy, đồng chí Nguyễn Văn An, Bí thư Huyện ủy Lục Nam triển khai kế hoạch tuyên truyền.",
             None, absent=("Nguyễn Văn An", "đồng chí", "Bí thư")),
    Negative("task_assigns", "tests/realworld_unseen/m15_chauthanh_ubndh_cv476_2017_sxh_tasks.txt (a task, no opening clause)",
             "Giao Sở Y tế chủ trì, UBND các huyện triển khai kế hoạch tiêm chủng mở rộng năm 2024.", None,
             absent=("UBND các huyện",)),
    # blind41 b06: a results item ('Thứ nhất, ...', 'Một là, ...'): a document a body issued under it is one
    # result told, neither the page's number nor its issuer, but a citation
    Negative("results_item_council_plan", "tests/realworld_blind41/b06_gialai_pbgdpl_news_2019_kh4596.txt",
             "Gia Lai: Một số kết quả nổi bật trong công tác phổ biến, giáo dục pháp luật năm 2018\n\nTriển khai Kế hoạch số 4596/KH-UBND ngày 26/12/2017 của Ủy ban nhân dân tỉnh Gia Lai về công tác phổ biến, giáo dục pháp luật năm 2018. Công tác phổ biến, giáo dục pháp luật đạt một số kết quả nổi bật như:\nThứ nhất, Hội đồng phối hợp PBGDPL tỉnh nâng cao chất lượng hoạt động\nTriển khai hoạt động trong năm 2018, Hội đồng đã ban hành Kế hoạch số 02/KH-HĐPHPBGDPL ngày 30/01/2018 về hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh năm 2018.",
             None, absent=("HĐPHPBGDPL", "Hội đồng"), cited=("02/KH-HĐPHPBGDPL",)),
    Negative("results_item_words_committee_directive", "tests/realworld_blind41/b06_gialai_pbgdpl_news_2019_kh4596.txt ('Một là', a Party committee's directive)",
             "Kết quả 5 năm thực hiện Nghị quyết số 12-NQ/TU về phát triển du lịch\n\nSau 5 năm thực hiện, công tác phát triển du lịch của huyện đạt những kết quả chủ yếu sau:\nMột là, công tác lãnh đạo, chỉ đạo được tăng cường.\nNgày 12/3/2021, Ban Thường vụ Huyện ủy Lục Nam đã ban hành Chỉ thị số 05-CT/HU về phát triển du lịch cộng đồng.",
             None, absent=("Lục Nam",), cited=("05-CT/HU", "12-NQ/TU")),
    Negative("results_item_district_committee_plan", "tests/realworld_blind41/b06_gialai_pbgdpl_news_2019_kh4596.txt (a district's plan under 'Thứ nhất')",
             "Một số kết quả nổi bật trong công tác cải cách hành chính năm 2022\n\nThứ nhất, công tác chỉ đạo, điều hành được quan tâm.\nỦy ban nhân dân huyện Thạch Hà đã ban hành Kế hoạch số 15/KH-UBND ngày 10/01/2022 về cải cách hành chính năm 2022.",
             None, absent=("Thạch Hà",), cited=("15/KH-UBND",)),
    # blind50 t03: a page that opens with its grounds one a line ('Căn cứ ...;') and tells one more as a sentence:
    # that sentence's document is a ground of the page, cited, not its own
    Negative("grounds_then_province_conclusion", "tests/realworld_blind50/t03_sonla_thuanchau_decuong_sapxep_dvhc_2025_portal.txt",
             "ĐỀ CƯƠNG TUYÊN TRUYỀN VỀ CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN HUYỆN MAI SƠN\n\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ;\n\nCăn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;\n\nNgày 12/3/2025, Ban Thường vụ Tỉnh ủy Sơn La đã ban hành Kết luận số 1520-KL/TU về chuyển đổi số trên địa bàn tỉnh.",
             None, absent=("Tỉnh ủy",), cited=("1520-KL/TU", "57-NQ/TW")),
    Negative("grounds_then_district_plan", "tests/realworld_blind50/t03_sonla_thuanchau_decuong_sapxep_dvhc_2025_portal.txt (a commune's page, a district's plan told)",
             "Căn cứ Kế hoạch số 45-KH/TU ngày 10/01/2023 của Ban Thường vụ Tỉnh ủy về công tác dân vận;\nCăn cứ Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương;\nNgày 20/02/2023, Ủy ban nhân dân huyện Văn Chấn đã ban hành Kế hoạch số 30/KH-UBND về thực hiện công tác dân vận chính quyền năm 2023.",
             None, absent=("Văn Chấn",), cited=("30/KH-UBND", "45-KH/TU")),
    # the control: one 'Căn cứ' sentence is the lead's own preamble, the lead still announces the page's document
    Negative("one_ground_sentence_then_lead", "tests/realworld/k03_hungyen_svhttdl_kh67_2021_xetuyentruyen.txt (the control)",
             "Căn cứ Kế hoạch số 12/KH-BTCKN ngày 05/7/2022 của Ban Tổ chức kỷ niệm.\nNgày 02/11/2022, Sở Văn hóa, Thể thao và Du lịch tỉnh Yên Bái đã ban hành Kế hoạch số 88/KH-SVHTTDL tổ chức Hội thi tuyên truyền lưu động.",
             "Sở Văn hóa, Thể thao và Du lịch", number="88/KH-SVHTTDL"),
)


@dataclass(frozen=True)
class Reported:
    """sweepB: a page that reports on one document it does not announce (an article, a press review): the
    document its opening names in full and names again is the page's; one it carries out, receives or names
    once is only cited (`number` None)."""

    id: str
    src: str
    text: str
    number: str | None
    doc_type: str | None = None
    issued_on: date | None = None
    title: str | None = None  # what the title must contain
    issuer: str | None = None  # what the issuer's name must contain, when the row says
    level: str | None = None


_RESULTS = "\nTỷ trọng ngành trong GRDP năm 2021 đạt 11,9%, tăng 2,1% so với năm 2020.\n"
REPORTED: tuple[Reported, ...] = (
    # the document as the sentence's subject, its short name in brackets after it
    Reported("subject_alias", "tests/realworld_blind34/b04_laocai_btvtu_nq36_2023_batxat_qlqh.txt",
             'Tạo không gian mới để phát triển kinh tế cho huyện Bát Xát\n\nChính vì vậy, Nghị quyết 36-NQ/TU ngày 27/1/2023 của Ban Thường vụ Tỉnh ủy về "định hướng không gian phát triển lĩnh vực kinh tế trọng tâm của huyện Bát Xát đến năm 2030" (Nghị quyết số 36) có ý nghĩa rất quan trọng.' + _RESULTS,
             "36-NQ/TU", "NQ", date(2023, 1, 27), "định hướng không gian phát triển lĩnh vực kinh tế trọng tâm"),
    # a review of its results, an apposition before the issuer, the title quoted from 'Về'
    Reported("results_review", "tests/realworld_blind34/b05_quangninh_bchtu_nq01_2020_chebien_diembao.txt",
             "Công nghiệp chế biến, chế tạo trở thành trụ cột chính của Quảng Ninh\n\nSau 2 năm thực hiện Nghị quyết số 01-NQ/TU ngày 16/11/2020, nghị quyết đầu tiên của Ban Chấp hành Đảng bộ tỉnh Quảng Ninh “Về phát triển nhanh, bền vững ngành công nghiệp chế biến, chế tạo giai đoạn 2020-2025”, tốc độ tăng trưởng đạt xấp xỉ 19%.\nSau gần 2 năm triển khai theo tinh thần Nghị quyết số 01-NQ/TU, ngành đã vượt các mục tiêu." + _RESULTS,
             "01-NQ/TU", "NQ", date(2020, 11, 16), "phát triển nhanh, bền vững ngành công nghiệp chế biến"),
    # siblings: a district's directive, the short name without 'số', the date in words
    Reported("district_directive_words_date", "tests/realworld_blind34/b04_laocai_btvtu_nq36_2023_batxat_qlqh.txt (a district's directive)",
             "Nâng cao chất lượng sinh hoạt chi bộ\n\nChỉ thị số 12-CT/HU ngày 05 tháng 4 năm 2022 của Ban Thường vụ Huyện ủy Lục Nam về nâng cao chất lượng sinh hoạt chi bộ đã tạo chuyển biến rõ nét.\nQua hơn một năm, Chỉ thị 12 được các chi bộ thực hiện nghiêm túc." + _RESULTS,
             "12-CT/HU", "CT", date(2022, 4, 5), "nâng cao chất lượng sinh hoạt chi bộ"),
    # a state plan as subject after 'Sau 3 năm triển khai thực hiện'
    Reported("state_plan_review", "tests/realworld_blind34/b05_quangninh_bchtu_nq01_2020_chebien_diembao.txt (a People's Committee's plan)",
             "Chuyển đổi số ở Hậu Giang\n\nSau 3 năm triển khai thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2021 của UBND tỉnh Hậu Giang về chuyển đổi số giai đoạn 2021-2025, nhiều chỉ tiêu đã đạt.\nTheo đó, Kế hoạch số 45/KH-UBND cũng đặt mục tiêu đến năm 2025 có 80% hồ sơ trực tuyến." + _RESULTS,
             "45/KH-UBND", "KH", date(2021, 3, 12), "chuyển đổi số giai đoạn 2021-2025"),
    # must not fire: the page's own unnamed document carries out, receives or acts under the named one
    Reported("carries_out", "tests/realworld_blind12/b15_khanhhoa_ubnd_cv_2022_kl36_news.txt",
             "UBND tỉnh Khánh Hòa vừa có văn bản triển khai thực hiện Kết luận số 36-KL/TW ngày 23-6-2022 của Bộ Chính trị về bảo đảm an ninh nguồn nước đến năm 2030.\nTheo đó, UBND tỉnh giao các sở cụ thể hóa Kết luận số 36-KL/TW." + _RESULTS,
             None),
    Reported("carries_out_adverb", "tests/realworld/d14_binhthuan_tuyphong_btvhu_quantriet_kl93.txt",
             "Theo đó, Ban Thường vụ Huyện ủy đề nghị các chi bộ triển khai sâu rộng Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư Trung ương Đảng về việc tiếp tục thực hiện Chỉ thị số 42-CT/TW.\nThời gian hoàn thành việc quán triệt Kết luận số 93-KL/TW chậm nhất ngày 14/5/2021." + _RESULTS,
             None),
    Reported("receives", "tests/realworld_blind5/b25_ctubndtinh_ykien_tongdieutra_2018_ipportal.txt",
             "UBND tỉnh nhận được Quyết định số 772/QĐ-TTg ngày 26/6/2018 của Thủ tướng Chính phủ về tổ chức Tổng điều tra dân số và nhà ở năm 2019. Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:\nGiao Cục Thống kê thực hiện các nội dung tại Quyết định số 772/QĐ-TTg." + _RESULTS,
             None),
    # blind39: an event report under the one plan it names, no actor of its own: the plan is the page's document
    Reported("event_under_commune_plan", "tests/realworld_blind35/b08_thanhhoa_thoxuan_quangphu_dux_kh33_2022_chibo_portal.txt",
             "Chi bộ thôn 17 tiến hành đại hội điểm\nThực hiện Kế hoạch số 33-KH/ĐU, ngày 22/4/2022 của Đảng uỷ xã Quảng Phú về việc tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2022-2025; Sau một thời gian chuẩn bị tích cực.\nChiều ngày 20/5/2022, chi bộ Thôn 17 long trọng tổ chức Đại hội chi bộ.\n",
             "33-KH/ĐU", "KH", date(2022, 4, 22), "tổ chức đại hội chi bộ trực thuộc", "Đảng ủy xã Quảng Phú", "commune"),
    Reported("event_under_town_union_plan", "tests/realworld_blind39/b07_haugiang_longmy_thidoan_kh23_2018_tinhnguyen_news.txt",
             "Long Mỹ: Ra mắt các Đội hình thanh niên tình nguyện hè 2018\n\nCăn cứ vào kế hoạch số 23-KH/ĐTN ngày 31 tháng 5 năm 2018 của Ban Thường vụ Thị đoàn Long Mỹ về việc tổ chức thực hiện Chiến dịch thanh niên tình nguyện hè năm 2018.\n\nCác đơn vị xã, phường đều rất tích cực trong việc triển khai các kế hoạch.\n",
             "23-KH/ĐTN", "KH", date(2018, 5, 31), "Chiến dịch thanh niên tình nguyện hè năm 2018", "Thị đoàn Long Mỹ", "district"),
    Reported("event_under_commune_union_plan_quoted", "tests/realworld_blind39/b08_kiengiang_ngocthanh_xadoan_kh37_2024_thangthanhnien_news.txt",
             "Căn cứ chương trình công tác Đoàn năm 2024 của xã Đoàn Ngọc Thành; Thực hiện kế hoạch số: 37-KH/ĐTN, ngày 27/02/2024 của Ban thường vụ xã Đoàn Ngọc Thành về việc “Tổ chức Tháng Thanh niên năm 2024.\nSáng ngày 14/03/2024 tại ấp Ngọc Trung, Ban chỉ đạo Tháng thanh niên tiếp tục thực hiện công trình phần việc.\nTác giả: Nguyễn Kim Lăng\n",
             "37-KH/ĐTN", "KH", date(2024, 2, 27), "Tổ chức Tháng Thanh niên năm 2024", "Ngọc Thành", "commune"),
    # siblings: a district farmers' association, a district trade union (a state-style number), a Party cell's
    # congress under a district committee's directive
    Reported("event_under_farmers_plan", "tests/realworld_blind39/b07_haugiang_longmy_thidoan_kh23_2018_tinhnguyen_news.txt (a farmers' association)",
             "Hội Nông dân xã Tân Lập ra quân làm đường\n\nThực hiện Kế hoạch số 15-KH/HND ngày 02/3/2023 của Ban Thường vụ Hội Nông dân huyện Lục Nam về việc ra quân xây dựng nông thôn mới năm 2023.\nSáng 12/3, hơn 200 hội viên đã tham gia làm đường giao thông nông thôn.\n",
             "15-KH/HND", "KH", date(2023, 3, 2), "ra quân xây dựng nông thôn mới năm 2023", "Hội Nông dân huyện Lục Nam", "district"),
    Reported("event_under_union_plan_state_number", "tests/realworld_blind39/b01_thanhhoa_yendinh_ldld_kh34_2021_tet_school.txt (a trade union's plan)",
             "Trao quà Tết cho đoàn viên khó khăn\n\nThực hiện Kế hoạch số 168/KH-LĐLĐ ngày 03/12/2021 của Liên đoàn Lao động tỉnh Thanh Hóa về việc tổ chức các hoạt động chăm lo Tết cho đoàn viên, người lao động.\nNgày 20/01/2022, công đoàn các cơ sở đã trao 300 suất quà.\n",
             "168/KH-LĐLĐ", "KH", date(2021, 12, 3), "chăm lo Tết cho đoàn viên", "Liên đoàn Lao động tỉnh Thanh Hóa", "province"),
    # must not fire: a second numbered document, a body that makes its own plan, a body that directs
    Reported("event_two_documents", "tests/realworld_blind35/b08_thanhhoa_thoxuan_quangphu_dux_kh33_2022_chibo_portal.txt (two documents)",
             "Chi bộ thôn 17 tiến hành đại hội\nThực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị và Kế hoạch số 33-KH/ĐU, ngày 22/4/2022 của Đảng uỷ xã Quảng Phú về việc tổ chức đại hội chi bộ trực thuộc nhiệm kỳ 2022-2025.\nChiều ngày 20/5/2022, chi bộ Thôn 17 tổ chức Đại hội.\n",
             None),
    Reported("event_own_plan_made", "tests/realworld_blind19/b10_thanhhoa_thoxuan_doanttsaovang_kh_thangthanhnien_2015_news.txt",
             "Thực hiện Kế hoạch số 46-KH/ĐTN, ngày 25/02/2015 của BCH Huyện đoàn Thọ Xuân về việc tổ chức hoạt động Tháng Thanh niên năm 2015. Đoàn thanh niên thị trấn Sao Vàng đã xây dựng kế hoạch và triển khai tới đoàn viên, thanh niên.\n",
             None),
    Reported("event_body_directs", "tests/realworld/d14_binhthuan_tuyphong_btvhu_quantriet_kl93.txt (a body that directs)",
             "Thực hiện Kế hoạch số 12-KH/HĐTN ngày 01/3/2024 của Ban Thường vụ Huyện đoàn Tuy Phong về việc tổ chức Tháng Thanh niên năm 2024.\nBan Thường vụ Huyện đoàn đề nghị các cơ sở Đoàn báo cáo kết quả trước ngày 30/3/2024.\n",
             None),
    Reported("event_clause_subject_after_comma", "tests/realworld/c32_backan_btgtu_dinhhuong_t7_2020.txt (the clause's subject after its comma)",
             "ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 9 NĂM 2021\nThực hiện Kế hoạch số 12-KH/TU, ngày 21/01/2021 của Ban Thường vụ Tỉnh ủy về công tác tuyên giáo năm 2021, Ban Tuyên giáo Tỉnh ủy định hướng như sau:\n1. Tuyên truyền kỷ niệm Ngày Quốc khánh.\n",
             None),
    Reported("event_carry_out_inside_item", "tests/realworld/c21_binhthuan_btgtu_tet2022_body.txt (the body only: an item's words)",
             "1. Phát huy truyền thống đại đoàn kết, thực hiện tốt Chỉ thị số 35-CT/TU ngày 07/12/2023 của Ban Thường vụ Tỉnh ủy về tổ chức Tết.\n2. Các cấp ủy, tổ chức đảng tăng cường kiểm tra, giám sát.\n",
             None),
    Reported("named_once", "tests/realworld_blind34/b05_quangninh_bchtu_nq01_2020_chebien_diembao.txt (named once)",
             "Công nghiệp chế biến tăng trưởng mạnh\n\nNăm 2021, Nghị quyết số 01-NQ/TU ngày 16/11/2020 của Ban Chấp hành Đảng bộ tỉnh Quảng Ninh về phát triển công nghiệp chế biến, chế tạo đã tạo động lực mới." + _RESULTS,
             None),
)
