"""The gazetteer look-ups against the `vietnamadminunits` data (no database)."""

from __future__ import annotations

from collections import Counter

import pytest

from loaders import gazetteer as gz
from loaders.gazetteer import COMMUNE, DISTRICT, LEGACY, PROVINCE, Y2025


def test_counts_by_era_and_level() -> None:
    counts = Counter((u.era, u.level) for u in gz.iter_units())
    assert counts == {
        (LEGACY, PROVINCE): 63,
        (LEGACY, DISTRICT): 696,
        (LEGACY, COMMUNE): 10_035,  # 10,040 rows, five of them island districts without communes
        (Y2025, PROVINCE): 34,
        (Y2025, COMMUNE): 3_321,
    }
    assert len(gz.provinces(LEGACY)) == 63
    assert len(gz.provinces(Y2025)) == 34


def test_uids_are_unique_and_carry_era_and_level() -> None:
    units = list(gz.iter_units())
    assert len({u.uid for u in units}) == len(units)
    assert gz.get("11764", COMMUNE).uid == "legacy:commune:11764"  # type: ignore[union-attr]


@pytest.mark.parametrize("text, code", [
    ("Hải Phòng", "31"),
    ("thành phố Hải Phòng", "31"),
    ("Thành phố Hải Phòng", "31"),
    ("TP. Hải Phòng", "31"),
    ("TP Hải Phòng", "31"),
    ("tp.Hải Phòng", "31"),
    ("Hai Phong", "31"),
    ("HẢI PHÒNG", "31"),
    ("tỉnh Hưng Yên", "33"),
    ("Hưng Yên", "33"),
    ("Lâm Đồng", "68"),
    ("Bà Rịa-Vũng Tàu", "77"),
    ("TP.HCM", "79"),  # the package's alias 'hcm'
    ("tỉnh Thừa Thiên Huế", "46"),  # the name before 1 Jan 2025
    ("Khánh Hoà", "56"),  # old tone placement
])
def test_find_province_legacy(text: str, code: str) -> None:
    unit = gz.find_province(text)
    assert unit is not None and unit.code == code and unit.level == PROVINCE and unit.era == LEGACY


@pytest.mark.parametrize("text, era, code", [
    ("Hải Phòng", Y2025, "31"),
    ("Hưng Yên", Y2025, "33"),
    ("Hải Dương", Y2025, None),  # merged into Hải Phòng
    ("Thái Bình", Y2025, None),
    ("Atlantis", LEGACY, None),
    ("", LEGACY, None),
])
def test_find_province_other(text: str, era: str, code: str | None) -> None:
    unit = gz.find_province(text, era)
    assert (unit.code if unit else None) == code


@pytest.mark.parametrize("text, province_code, expected", [
    ("huyện Tiên Lãng", None, [("315", "huyện")]),
    ("Tiên Lãng", None, [("315", "huyện")]),
    ("Tien Lang", "31", [("315", "huyện")]),
    ("Kim Động", None, [("331", "huyện")]),
    ("huyện Kim Động", "33", [("331", "huyện")]),
    ("Đà Lạt", None, [("672", "thành phố")]),
    ("thành phố Đà Lạt", None, [("672", "thành phố")]),
    ("TP. Đà Lạt", "68", [("672", "thành phố")]),
    ("Kim Động", "31", []),  # not in Hải Phòng
    ("huyện Thủy Nguyên", None, [("311", "thành phố")]),  # a huyện in 2023 text, a city since 2025
    ("Thuỷ Nguyên", None, [("311", "thành phố")]),
    ("huyện Hoành Bồ", None, [("193", "thành phố")]),  # merged into Hạ Long in 2019 (package alias)
    ("Quận 1", None, [("760", "quận")]),
    ("Q.1", None, [("760", "quận")]),
    ("Quan Hoa", None, [("385", "huyện")]),  # unaccented: not 'quận Hoa'
    ("Tịnh Biên", None, [("890", "thị xã")]),  # accented: not 'tỉnh Biên'
    ("Kỳ Anh", None, [("447", "huyện"), ("449", "thị xã")]),  # the package writes 'Kỳ Anh (Huyện)'
    ("thị xã Kỳ Anh", "42", [("449", "thị xã")]),
    ("huyện Cao Lãnh", None, [("873", "huyện")]),
])
def test_find_districts(text: str, province_code: str | None, expected: list[tuple[str, str]]) -> None:
    found = gz.find_districts(text, province_code)
    assert [(u.code, u.kind) for u in found] == expected
    assert all(u.level == DISTRICT and u.era == LEGACY for u in found)


@pytest.mark.parametrize("text, name, short", [
    pytest.param("huyện Mù Cang Chải", "Huyện Mù Cang Chải", "Mù Cang Chải", id="legal-spelling"),
    pytest.param("Mù Căng Chải", "Huyện Mù Cang Chải", "Mù Cang Chải", id="package-spelling-still-found"),
])
def test_package_misspelling_is_corrected(text: str, name: str, short: str) -> None:
    found = gz.find_districts(text, "15")
    assert [(u.code, u.name, u.short_name) for u in found] == [("137", name, short)]


def test_find_districts_returns_every_namesake() -> None:
    found = gz.find_districts("Châu Thành")
    assert len(found) > 5
    assert len({u.province_code for u in found}) == len(found)
    assert gz.find_districts("huyện Châu Thành", province_code="80") == [gz.get("808", DISTRICT)]
    assert gz.find_districts("Tiên Lãng", era=Y2025) == []


@pytest.mark.parametrize("text, kwargs, codes", [
    ("xã Tự Cường", {}, ["11764"]),
    ("Tự Cường", {"district_code": "315"}, ["11764"]),
    ("Xã Tự Cường", {"province_code": "31"}, ["11764"]),
    ("X. Tự Cường", {}, ["11764"]),
    ("thị trấn Yên Viên", {}, ["00526"]),  # the package writes 'Yên Viên (Thị trấn)'
    ("Yên Viên", {"district_code": "018"}, ["00526", "00532"]),
    ("Tự Cường", {}, ["11764"]),  # the accented name beats xã Tứ Cường (Hải Dương)
    ("Tu Cuong", {}, ["11269", "11764"]),  # unaccented: both, so the caller can refuse to guess
    ("Tự Cường", {"district_code": "316"}, []),
    ("Quyết Thắng", {"province_code": "31", "era": Y2025}, ["11761"]),
    ("xã Quyết Thắng", {"era": Y2025}, ["05323", "11761"]),
])
def test_find_communes(text: str, kwargs: dict[str, str], codes: list[str]) -> None:
    assert [u.code for u in gz.find_communes(text, **kwargs)] == codes


def test_tu_cuong_hierarchy_and_2025_successor() -> None:
    tu_cuong = gz.get(11764, COMMUNE)
    assert tu_cuong is not None
    assert (tu_cuong.name, tu_cuong.short_name, tu_cuong.kind) == ("Xã Tự Cường", "Tự Cường", "xã")
    assert (tu_cuong.province_code, tu_cuong.district_code) == ("31", "315")
    assert tu_cuong.name_key == "tu cuong"
    tien_lang = gz.parent(tu_cuong)
    assert tien_lang is not None and (tien_lang.name, tien_lang.level) == ("Huyện Tiên Lãng", DISTRICT)
    hai_phong = gz.parent(tien_lang)
    assert hai_phong is not None and hai_phong.name == "Thành phố Hải Phòng"
    assert gz.parent(hai_phong) is None
    assert [(u.era, u.name, u.code) for u in gz.became(tu_cuong)] == [(Y2025, "Xã Quyết Thắng", "11761")]
    assert gz.parent(gz.became(tu_cuong)[0]) == gz.get("31", PROVINCE, Y2025)


def test_hai_phong_has_fifteen_district_level_units() -> None:
    hai_phong = gz.find_province("Hải Phòng")
    assert hai_phong is not None
    districts = gz.children(hai_phong)
    assert len(districts) == 15
    assert Counter(u.kind for u in districts) == {"quận": 8, "huyện": 6, "thành phố": 1}
    assert gz.get("315", DISTRICT) in districts


@pytest.mark.parametrize("code, level, era, n_children", [
    ("31", PROVINCE, LEGACY, 15),
    ("33", PROVINCE, LEGACY, 10),
    ("315", DISTRICT, LEGACY, 19),
    ("318", DISTRICT, LEGACY, 0),  # Bạch Long Vĩ: an island district with no communes
    ("11764", COMMUNE, LEGACY, 0),
    ("31", PROVINCE, Y2025, 114),
])
def test_children_are_one_level_below(code: str, level: str, era: str, n_children: int) -> None:
    unit = gz.get(code, level, era)
    assert unit is not None
    kids = gz.children(unit)
    assert len(kids) == n_children
    assert all(gz.parent(k) == unit and k.era == era for k in kids)


def test_every_unit_but_a_province_has_a_parent() -> None:
    for u in gz.iter_units():
        assert (gz.parent(u) is None) == (u.level == PROVINCE), u


def test_became() -> None:
    assert gz.became(gz.find_province("Hải Dương")) == [gz.get("31", PROVINCE, Y2025)]  # type: ignore[arg-type]
    assert gz.became(gz.find_province("Hải Phòng")) == [gz.get("31", PROVINCE, Y2025)]  # type: ignore[arg-type]
    bach_long_vi = gz.became(gz.get("318", DISTRICT))  # type: ignore[arg-type]
    assert [(u.kind, u.short_name) for u in bach_long_vi] == [("đặc khu", "Bạch Long Vĩ")]
    assert gz.became(gz.get("315", DISTRICT)) == []  # type: ignore[arg-type]  # no district mapping
    assert gz.became(gz.get("31", PROVINCE, Y2025)) == []  # type: ignore[arg-type]


def test_every_legacy_commune_and_province_became_a_2025_unit_of_the_matching_province() -> None:
    for u in gz.iter_units(LEGACY):
        after = gz.became(u)
        if u.level == DISTRICT:
            assert len(after) == (0 if gz.children(u) else 1)
            continue
        assert after, u
        assert all(a.era == Y2025 and a.level == u.level for a in after)
        assert {a.province_code for a in after} == {gz.became(gz.get(u.province_code, PROVINCE))[0].code}  # type: ignore[arg-type]


def test_split_communes_name_their_main_successor_first() -> None:
    splits = [t for t in gz.transitions() if t.split]
    assert splits
    by_old: dict[str, list[gz.Transition]] = {}
    for t in splits:
        by_old.setdefault(t.old.uid, []).append(t)
    for shares in by_old.values():
        assert len(shares) >= 2 and [t.main for t in shares].count(True) == 1
        assert gz.became(shares[0].old)[0] == next(t.new for t in shares if t.main)


@pytest.mark.parametrize("code, level, expected", [
    (1, PROVINCE, "01"),
    ("1", PROVINCE, "01"),
    (318, DISTRICT, "318"),
    (4, COMMUNE, "00004"),
])
def test_codes_are_zero_padded(code: int | str, level: str, expected: str) -> None:
    assert gz.normalise_code(code, level) == expected
    assert gz.get(code, level) is not None


@pytest.mark.parametrize("text, kind, rest", [
    ("TP. Hải Phòng", "thành phố", "hải phòng"),
    ("thị xã Sơn Tây", "thị xã", "sơn tây"),
    ("TT Cát Bà", "thị trấn", "cát bà"),
    ("Đặc khu Cát Hải", "đặc khu", "cát hải"),
    ("Tịnh Biên", None, "tịnh biên"),
    ("Xã", None, "xã"),
])
def test_split_kind(text: str, kind: str | None, rest: str) -> None:
    assert gz.split_kind(text) == (kind, rest)


def test_bad_era_or_level_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="era"):
        gz.find_province("Hải Phòng", era="1990")
    with pytest.raises(ValueError, match="level"):
        gz.get("31", "hamlet")
