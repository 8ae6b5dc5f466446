"""Who issues a plan at each level, how its number, header and signature read, and the words used
for its locality in running text."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from loaders.gazetteer import Unit

CENTRAL, PROVINCE, DISTRICT, COMMUNE = "central", "province", "district", "commune"

_QUALIFIER = re.compile(r"\s*\([^)]*\)")
_DISTRICT_COMMITTEE = {"huyện": ("Huyện ủy", "HU"), "quận": ("Quận ủy", "QU"),
                       "thị xã": ("Thị ủy", "TXU"), "thành phố": ("Thành ủy", "ThU")}
_CENTRAL_ISSUERS = {"NQ": "Ban Chấp hành Trung ương Đảng khóa XIII", "CT": "Ban Bí thư",
                    "KL": "Bộ Chính trị", "QĐ": "Bộ Chính trị"}
_TYPE_WORDS = {"NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "QĐ": "Quy định",
               "KH": "Kế hoạch", "CTr": "Chương trình hành động"}
_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
             "Dương", "Lý", "Đinh", "Trịnh", "Lò", "Hà", "Lương", "Mai")
_MIDDLES = ("Văn", "Thị", "Minh", "Đức", "Quang", "Thanh", "Hữu", "Ngọc", "Xuân", "Công", "Thị Mỹ", "Anh")
_GIVEN = ("Hùng", "Lợi", "Hội", "Dũng", "Hà", "Lan", "Tuấn", "Hải", "Bình", "Sơn", "Thắng", "Hương",
          "Long", "Nam", "Phương", "Trung", "Thủy", "Cường", "Quyết", "Hoa", "Khánh", "Tâm")


def type_word(doc_type: str) -> str:
    return _TYPE_WORDS.get(doc_type, "Văn bản")


def central_issuer(doc_type: str) -> str:
    return _CENTRAL_ISSUERS.get(doc_type, "Ban Chấp hành Trung ương Đảng khóa XIII")


def person(rng: random.Random) -> str:
    return f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLES)} {rng.choice(_GIVEN)}"


@dataclass(frozen=True)
class Vocab:
    """How a plan names its own locality: 'huyện' / 'huyện Kim Động' / 'Kim Động' / 'Huyện ủy'."""

    word: str
    unit: str
    name: str
    committee: str

    def fill(self, template: str) -> str:
        capital = self.word[:1].upper() + self.word[1:]
        return (template.replace("{unit}", self.unit).replace("{name}", self.name)
                .replace("{committee}", self.committee).replace("{Word}", capital)
                .replace("{word}", self.word))


CENTRAL_VOCAB = Vocab(word="cả nước", unit="đất nước", name="đất nước", committee="Trung ương")


def name(unit: Unit) -> str:
    """The name as documents write it: the gazetteer's '(Thị trấn)' that tells apart two units of one
    name in a district is not part of it."""
    return _QUALIFIER.sub("", unit.short_name)


def vocab(unit: Unit) -> Vocab:
    return Vocab(word=unit.kind, unit=f"{unit.kind} {name(unit)}", name=name(unit),
                 committee=committee(unit)[0])


def committee(unit: Unit) -> tuple[str, str]:
    """The Party committee of a unit and its number code: ('Tỉnh ủy', 'TU'), ('Quận ủy', 'QU'), ..."""
    if unit.level == PROVINCE:
        return ("Thành ủy" if unit.kind == "thành phố" else "Tỉnh ủy"), "TU"
    if unit.level == DISTRICT:
        return _DISTRICT_COMMITTEE.get(unit.kind, ("Huyện ủy", "HU"))
    return "Đảng ủy", "ĐU"


@dataclass(frozen=True)
class Issuer:
    """One issuing body: its full name, the shorter name it uses for itself, and its header lines."""

    name: str
    self_name: str
    style: str  # party | state
    header: tuple[str, ...]
    sign_for: str
    sign_title: str


def party_issuer(unit: Unit, up: Unit | None) -> Issuer:
    com, _code = committee(unit)
    full = f"{com} {name(unit)}" if unit.level != COMMUNE else f"{com} {unit.kind} {name(unit)}"
    if unit.level == PROVINCE:
        header: tuple[str, ...] = (full.upper(),)
    else:
        above = f"ĐẢNG BỘ {up.kind.upper()} {name(up).upper()}" if up else "ĐẢNG BỘ"
        header = (above, full.upper())
    return Issuer(name=f"Ban Thường vụ {full}", self_name=f"Ban Thường vụ {com}", style="party",
                  header=header, sign_for="T/M BAN THƯỜNG VỤ", sign_title="PHÓ BÍ THƯ")


def state_issuer(unit: Unit) -> Issuer:
    full = f"Ủy ban nhân dân {unit.kind} {name(unit)}"
    return Issuer(name=full, self_name=full, style="state",
                  header=("ỦY BAN NHÂN DÂN", f"{unit.kind.upper()} {name(unit).upper()}"),
                  sign_for="TM. ỦY BAN NHÂN DÂN", sign_title="CHỦ TỊCH")


def number(unit: Unit, issuer: Issuer, doc_type: str, rng: random.Random) -> str:
    """A realistic number in the issuer's own series: '66-CTr/TU', '53/KH-UBND', '12-KH/ĐU'."""
    if issuer.style == "state":
        return f"{rng.randint(20, 320)}/{doc_type}-UBND"
    span = {PROVINCE: (40, 420), DISTRICT: (60, 320), COMMUNE: (3, 90)}[unit.level]
    return f"{rng.randint(*span)}-{doc_type}/{committee(unit)[1]}"
