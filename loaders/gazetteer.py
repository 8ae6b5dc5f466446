"""Administrative units of Vietnam, before and after 1 Jul 2025, as in-memory look-ups.

The data is the `vietnamadminunits` package's own files (its sqlite `dataset.db` and
`converter_2025.json`), read once per process. The package is located with `find_spec` rather than
imported, because importing it loads its address parser (most of a second) that nqgraph never uses.

Eras and levels: 'legacy' has province → district → commune (63 / 696 / 10,035: five island
districts have no communes); '2025' has province → commune (34 / 3,321), no districts.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib.metadata import version as _dist_version
from importlib.util import find_spec
from pathlib import Path

from loaders.normalise import fold, strip_diacritics

LEGACY = "legacy"
Y2025 = "2025"
ERAS = (LEGACY, Y2025)
PROVINCE, DISTRICT, COMMUNE = "province", "district", "commune"
LEVELS = (PROVINCE, DISTRICT, COMMUNE)
_CODE_WIDTH = {PROVINCE: 2, DISTRICT: 3, COMMUNE: 5}
_PACKAGE = "vietnamadminunits"


@dataclass(frozen=True)
class UnitUid:
    """An administrative unit's identity, 'legacy:province:31': era, level and the unit's code."""

    era: str
    level: str
    code: str

    @classmethod
    def parse(cls, text: str) -> UnitUid:
        parts = text.split(":")
        if len(parts) != 3 or not all(parts):
            raise ValueError(f"not an AdminUnit uid: {text!r}")
        return cls(*parts)

    def __str__(self) -> str:
        return f"{self.era}:{self.level}:{self.code}"


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    short_name: str
    kind: str
    level: str
    era: str
    province_code: str
    district_code: str | None = None

    @property
    def uid(self) -> str:
        return str(UnitUid(self.era, self.level, self.code))

    @property
    def name_key(self) -> str:
        """The graph's `name_key`: diacritic-free short name ('tu cuong')."""
        return strip_diacritics(self.short_name)


@dataclass(frozen=True)
class Transition:
    """One legacy unit's share in a 2025 unit, from the package's conversion data.

    `split` says the legacy unit was divided among several 2025 units; `main` marks the one the
    package converts to by default (always true when not split).
    """

    old: Unit
    new: Unit
    split: bool
    main: bool


# ---------------------------------------------------------------------------
# Kind words: how a unit's type is written before its name in running text.
# ---------------------------------------------------------------------------

_KIND_SPELLINGS: dict[str, tuple[str, ...]] = {
    # canonical kind: spellings after `fold` (lower case, NFC); ASCII forms for unaccented input
    "thành phố": ("thành phố", "thanh pho", "tp", "t.p"),
    "thị xã": ("thị xã", "thi xa", "tx", "t.x"),
    "thị trấn": ("thị trấn", "thi tran", "tt", "t.t"),
    "đặc khu": ("đặc khu", "dac khu"),
    "tỉnh": ("tỉnh", "tinh"),
    "huyện": ("huyện", "huyen", "h."),
    "quận": ("quận", "quan", "q."),
    "phường": ("phường", "phuong", "p."),
    "xã": ("xã", "xa", "x."),
}
_SPELLING_KIND = {s: k for k, spellings in _KIND_SPELLINGS.items() for s in spellings}


def _kind_alternation() -> str:
    parts = []
    for spelling in sorted(_SPELLING_KIND, key=len, reverse=True):
        if spelling.endswith("."):
            parts.append(re.escape(spelling) + r"\s*")  # 'q.1', 'p. Lê Lợi'
        elif len(spelling) <= 3:
            parts.append(re.escape(spelling) + r"(?:\.\s*|\s+)")  # 'tp. X', 'tp X', 'tp.X'
        else:
            parts.append(re.escape(spelling) + r"\s+")
    return "|".join(parts)


KIND_PREFIX = re.compile(
    rf"""
    ^(?P<kind>{_kind_alternation()})    # a kind word or its abbreviation, longest first
    (?P<rest>\S.*)$                     # the name itself
    """,
    re.VERBOSE,
)


def split_kind(text: str) -> tuple[str | None, str]:
    """('thành phố', 'hải phòng') from 'TP. Hải Phòng'; (None, text folded) when no kind word leads.

    Diacritic spellings only match accented text, so 'Tịnh Biên' is never read as 'tỉnh Biên';
    unaccented input ('Quan Hoa') may be split wrongly, which is why look-ups try the whole text first.
    """
    folded = fold(text)
    m = KIND_PREFIX.match(folded)
    if not m:
        return None, folded
    spelling = re.sub(r"[\s.]+$", "", m.group("kind"))
    kind = _SPELLING_KIND.get(spelling) or _SPELLING_KIND[spelling + "."]
    return kind, m.group("rest").strip()


_NOT_KEY = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Index key: no diacritics, case, spaces or punctuation ('Bà Rịa - Vũng Tàu' → 'bariavungtau')."""
    return _NOT_KEY.sub("", strip_diacritics(text))


# ---------------------------------------------------------------------------
# The tables, read once per process.
# ---------------------------------------------------------------------------


def _data_dir() -> Path:
    spec = find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the {_PACKAGE} package is not installed (pip install {_PACKAGE})")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def data_version() -> str:
    """'vietnamadminunits 1.0.4': marks graph nodes so a new data release is loaded again."""
    return f"{_PACKAGE} {_dist_version(_PACKAGE)}"


@lru_cache(maxsize=256)
def _kind_of_type(type_word: str) -> str:
    return fold(type_word)


def _kind(type_word: str | None, full_name: str) -> str:
    if type_word:
        return _kind_of_type(type_word)
    kind, _rest = split_kind(full_name)
    if kind is None:
        raise ValueError(f"no kind word in unit name {full_name!r}")
    return kind


@dataclass
class _Index:
    """Key → units, for one (era, level)."""

    short: dict[str, list[Unit]] = field(default_factory=lambda: defaultdict(list))
    full: dict[str, list[Unit]] = field(default_factory=lambda: defaultdict(list))
    alias: dict[str, list[Unit]] = field(default_factory=lambda: defaultdict(list))

    def add(self, unit: Unit, aliases: Iterable[str] = ()) -> None:
        self.short[name_key(unit.short_name)].append(unit)
        self.full[name_key(unit.name)].append(unit)
        for a in aliases:
            if unit not in self.alias[a]:
                self.alias[a].append(unit)


@dataclass
class Gazetteer:
    units: dict[tuple[str, str, str], Unit] = field(default_factory=dict)  # (era, level, code)
    children: dict[str, list[Unit]] = field(default_factory=lambda: defaultdict(list))  # by parent uid
    index: dict[tuple[str, str], _Index] = field(default_factory=lambda: defaultdict(_Index))
    transitions: list[Transition] = field(default_factory=list)
    became: dict[str, list[Unit]] = field(default_factory=lambda: defaultdict(list))  # by legacy uid

    def add(self, unit: Unit, aliases: Iterable[str] = ()) -> Unit:
        key = (unit.era, unit.level, unit.code)
        if key in self.units:
            return self.units[key]
        self.units[key] = unit
        self.index[(unit.era, unit.level)].add(unit, aliases)
        up = parent_code(unit)
        if up is not None:
            self.children[str(UnitUid(unit.era, *up))].append(unit)
        return unit


def parent_code(unit: Unit) -> tuple[str, str] | None:
    """(level, code) of the unit one level up, or None for a province."""
    if unit.level == PROVINCE:
        return None
    if unit.level == COMMUNE and unit.era == LEGACY:
        return DISTRICT, unit.district_code or ""
    return PROVINCE, unit.province_code


def _aliases(raw: str | None) -> list[str]:
    return list(json.loads(raw)) if raw else []


_LEGACY_COLUMNS = (
    "province, provinceShort, provinceCode, provinceKey, provinceAlias, "
    "district, districtShort, districtType, districtCode, districtKey, districtAlias, "
    "ward, wardShort, wardType, wardCode, wardKey, wardAlias"
)
_NEW_COLUMNS = "province, provinceShort, provinceCode, provinceKey, provinceAlias, " \
    "ward, wardShort, wardType, wardCode, wardKey, wardAlias"

# Names used before 1 Jul 2025 that the package neither keeps nor aliases: Thừa Thiên Huế became the
# centrally-run Thành phố Huế on 1 Jan 2025, and the package records only the new name.
_FORMER_NAMES: dict[tuple[str, str, str], tuple[str, ...]] = {
    (LEGACY, PROVINCE, "46"): ("tinhthuathienhue", "thuathienhue"),
    # leftovers2: the capital city of Thừa Thiên Huế (district 474 until 2025, split then into the quận Thuận
    # Hóa, which kept its code, and Phú Xuân): 'UBND thành phố Huế', 'Thành ủy Huế' of 2018
    (LEGACY, DISTRICT, "474"): ("thanhphohue", "tphue", "hue"),
}
# How documents of the legacy era write those units' short names, for a province the text does not
# write itself but a district or commune implies (A Lưới -> Thừa Thiên Huế, not the later 'Huế').
_FORMER_SHORT_NAMES: dict[tuple[str, str, str], str] = {
    (LEGACY, PROVINCE, "46"): "Thừa Thiên Huế",
}


# The package tells apart two same-named units of one parent by a kind it appends to the short name
# ('Kỳ Anh (Huyện)', 'Kỳ Anh (Thị xã)'; 'Yên Viên (Thị trấn)', 'Yên Viên (Xã)'); documents write the bare
# name and the kind word before it, which the full name keeps.
_PACKAGE_QUALIFIER_RE = re.compile(r"\s*\((?:Huyện|Thị xã|Thành phố|Quận|Thị trấn|Xã|Phường)\)$")


# The package's misspellings of a unit's name, by (era, level, code) -> (full name, short name): the legal
# name, which the unit's own town and its 2025 successor keep, so a record names the unit as documents do.
# Lookups fold diacritics, so text that follows the package's spelling still finds the unit.
_SPELLING_FIXES: dict[tuple[str, str, str], tuple[str, str]] = {
    (LEGACY, DISTRICT, "137"): ("Huyện Mù Cang Chải", "Mù Cang Chải"),  # the package: 'Mù Căng Chải'
}


# The day a former name went out of use, when that was before the 2025 map: Thừa Thiên Huế became the
# centrally-run Thành phố Huế on 1 Jan 2025, so 'thành phố Huế' of March 2025 is the province, not its
# capital.
_FORMER_NAMES_UNTIL: dict[tuple[str, str, str], date] = {
    (LEGACY, PROVINCE, "46"): date(2025, 1, 1),
    (LEGACY, DISTRICT, "474"): date(2025, 1, 1),
}


def former_name_in_use(unit: Unit, on: date | None = None) -> bool:
    """Whether a document of that day (None: of any day of its era) names the unit by its former name."""
    key = (unit.era, unit.level, unit.code)
    until = _FORMER_NAMES_UNTIL.get(key)
    return key in _FORMER_NAMES and (on is None or until is None or on < until)


def former_short_name(unit: Unit, on: date | None = None) -> str | None:
    """The short name the unit had in its era's documents, when the package keeps only a later one."""
    if not former_name_in_use(unit, on):
        return None
    return _FORMER_SHORT_NAMES.get((unit.era, unit.level, unit.code))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Every unit of both eras, indexed; built once per process (a fraction of a second)."""
    data = _data_dir()
    g = Gazetteer()
    legacy_by_key: dict[str, Unit] = {}  # the converter's 'province_district_ward' keys
    province_by_key: dict[tuple[str, str], Unit] = {}  # (era, provinceKey)
    new_by_key: dict[tuple[str, str], Unit] = {}  # (provinceKey, wardKey), 2025 era

    def unit(era: str, level: str, code: str, name: str, short: str, type_word: str | None,
             province_code: str, district_code: str | None, aliases: str | None) -> Unit:
        known = g.units.get((era, level, code))
        if known is not None:
            return known
        short = _PACKAGE_QUALIFIER_RE.sub("", short)
        name, short = _SPELLING_FIXES.get((era, level, code), (name, short))
        u = Unit(code, name, short, _kind(type_word, name), level, era, province_code, district_code)
        return g.add(u, _aliases(aliases) + list(_FORMER_NAMES.get((era, level, code), ())))

    with sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True) as conn:
        for (pn, ps, pc, pk, pa, dn, ds, dt, dc, dk, da, wn, ws, wt, wc, wk, wa) in conn.execute(
                f"SELECT {_LEGACY_COLUMNS} FROM admin_units_legacy ORDER BY wardCode, districtCode"):
            p = unit(LEGACY, PROVINCE, pc, pn, ps, None, pc, None, pa)
            d = unit(LEGACY, DISTRICT, dc, dn, ds, dt, pc, dc, da)
            province_by_key[(LEGACY, pk)] = p
            if wc is None:  # an island district with no communes
                legacy_by_key[f"{pk}_{dk}_"] = d
                continue
            legacy_by_key[f"{pk}_{dk}_{wk}"] = unit(LEGACY, COMMUNE, wc, wn, ws, wt, pc, dc, wa)
        for (pn, ps, pc, pk, pa, wn, ws, wt, wc, wk, wa) in conn.execute(
                f"SELECT {_NEW_COLUMNS} FROM admin_units ORDER BY wardCode"):
            province_by_key[(Y2025, pk)] = unit(Y2025, PROVINCE, pc, pn, ps, None, pc, None, pa)
            new_by_key[(pk, wk)] = unit(Y2025, COMMUNE, wc, wn, ws, wt, pc, None, wa)
    conv = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    for new_p, old_ps in conv["DICT_PROVINCE"].items():
        for old_p in old_ps:
            _transition(g, province_by_key[(LEGACY, old_p)], province_by_key[(Y2025, new_p)], False, True)
    for new_p, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_w, olds in wards.items():
            for old in olds:
                _transition(g, legacy_by_key[old], new_by_key[(new_p, new_w)], False, True)
    for new_p, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, shares in olds.items():
            for s in sorted(shares, key=lambda s: not s["isDefaultNewWard"]):
                _transition(g, legacy_by_key[old], new_by_key[(new_p, s["newWardKey"])], True,
                            bool(s["isDefaultNewWard"]))
    for units in g.children.values():
        units.sort(key=lambda u: u.code)
    return g


def _transition(g: Gazetteer, old: Unit, new: Unit, split: bool, main: bool) -> None:
    if new in g.became[old.uid]:
        return
    g.transitions.append(Transition(old, new, split, main))
    g.became[old.uid].append(new)


# ---------------------------------------------------------------------------
# Public look-ups.
# ---------------------------------------------------------------------------


def _check(era: str, level: str | None = None) -> None:
    if era not in ERAS:
        raise ValueError(f"unknown era {era!r}: expected one of {ERAS}")
    if level is not None and level not in LEVELS:
        raise ValueError(f"unknown level {level!r}: expected one of {LEVELS}")


def normalise_code(code: str | int, level: str) -> str:
    """GSO codes are zero-padded strings: 1 → '01' (province), 318 → '318', 4 → '00004' (commune)."""
    return str(code).strip().zfill(_CODE_WIDTH[level])


def get(code: str | int, level: str, era: str = LEGACY) -> Unit | None:
    _check(era, level)
    return gazetteer().units.get((era, level, normalise_code(code, level)))


def provinces(era: str = LEGACY) -> list[Unit]:
    _check(era)
    return sorted((u for (e, lv, _c), u in gazetteer().units.items() if e == era and lv == PROVINCE),
                  key=lambda u: u.code)


def children(unit: Unit) -> list[Unit]:
    """Units one level below in the same era (legacy province → districts, 2025 province → communes)."""
    return list(gazetteer().children.get(unit.uid, ()))


def parent(unit: Unit) -> Unit | None:
    up = parent_code(unit)
    return None if up is None else get(up[1], up[0], unit.era)


def became(unit: Unit) -> list[Unit]:
    """The 2025 unit(s) a legacy unit became, the package's default first.

    Communes and provinces always have one; districts only when they had no communes (five islands
    that became special zones, 'đặc khu'): the data maps no other district.
    """
    return list(gazetteer().became.get(unit.uid, ()))


def transitions() -> list[Transition]:
    return list(gazetteer().transitions)


def _match(name: str, era: str, level: str, keep: Callable[[Unit], bool]) -> list[Unit]:
    """Units of one level whose name matches `name`, best evidence first.

    1. the text as written, as a short name ('Tiên Lãng', 'Quan Hóa') or a full one ('huyện Tiên Lãng');
    2. its kind word split off ('TP. Hải Phòng'): full name with that kind, else the short name with
       units of that kind preferred but others kept, since units changed kind (huyện Thủy Nguyên
       became a thành phố in 2025) and old text uses the old word;
    3. the package's aliases, which hold names of units merged away before 2025 ('huyện Hoành Bồ').
    Among several hits, those whose name matches with diacritics (new tone placement) win.
    """
    idx = gazetteer().index[(era, level)]

    def look(table: dict[str, list[Unit]], key: str) -> list[Unit]:
        return [u for u in table.get(key, ()) if keep(u)] if key else []

    whole = name_key(name)
    kind, rest = split_kind(name)
    hits = _unique(look(idx.short, whole) + look(idx.full, whole))
    wanted = fold(name)
    if not hits and kind is not None:
        hits = look(idx.full, name_key(f"{kind} {rest}"))
        if not hits:
            hits = look(idx.short, name_key(rest))
            hits = [u for u in hits if u.kind == kind] or hits
        wanted = rest
    if not hits:
        hits = _unique(look(idx.alias, whole) + (look(idx.alias, name_key(rest)) if kind else []))
    exact = [u for u in hits if wanted in (fold(u.short_name), fold(u.name))]
    return sorted(exact or hits, key=lambda u: u.code)


def _unique(units: Iterable[Unit]) -> list[Unit]:
    return list(dict.fromkeys(units))


def _within(province_code: str | int | None = None,
            district_code: str | int | None = None) -> Callable[[Unit], bool]:
    p = None if province_code is None else normalise_code(province_code, PROVINCE)
    d = None if district_code is None else normalise_code(district_code, DISTRICT)
    return lambda u: (p is None or u.province_code == p) and (d is None or u.district_code == d)


def find_province(name: str, era: str = LEGACY) -> Unit | None:
    """The province named ('Hải Phòng', 'TP. Hải Phòng', 'Hai Phong', 'tỉnh Hưng Yên'), or None."""
    _check(era)
    hits = _found(name, era, PROVINCE, None, None)
    return hits[0] if len(hits) == 1 else None


def find_districts(name: str, province_code: str | int | None = None, era: str = LEGACY) -> list[Unit]:
    """Every district so named (names repeat across provinces): callers refuse to guess among several."""
    _check(era)
    if era != LEGACY:
        return []
    return list(_found(name, era, DISTRICT, province_code, None))


def find_communes(name: str, district_code: str | int | None = None, province_code: str | int | None = None,
                  era: str = LEGACY) -> list[Unit]:
    """Every commune so named within the given district/province (2025 communes have no district)."""
    _check(era)
    return list(_found(name, era, COMMUNE, province_code, district_code))


@lru_cache(maxsize=8192)
def _found(name: str, era: str, level: str, province_code: str | int | None,
           district_code: str | int | None) -> tuple[Unit, ...]:
    """`_match`, cached: the gazetteer never changes within a process, and a document's header,
    issuer and place mentions ask for the same few names again and again."""
    return tuple(_match(name, era, level, _within(province_code, district_code)))


def iter_units(era: str | None = None, level: str | None = None) -> Iterator[Unit]:
    for (e, lv, _c), u in gazetteer().units.items():
        if (era is None or e == era) and (level is None or lv == level):
            yield u
