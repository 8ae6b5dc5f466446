"""The cascade: directive → a programme per province → a plan per district → a plan per commune
(legacy units before 1 Jul 2025; after it, 2025 units: province → commune), written as text files
with `truth.json` beside them."""

from __future__ import annotations

import json
import os
import random
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from loaders import gazetteer as gz
from loaders.docnumber import DocNumber
from synth import issuers as iss
from synth.render import Page, render, short_date
from synth.tasks import Outline, Rates, derive, root

ERA_CHANGE = date(2025, 7, 1)
DEFAULT_TITLE = ("tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước "
                 "ta ngày càng phồn vinh, hạnh phúc")
TRUTH = "truth.json"
_CENTRAL_RECIPIENTS = ("Các tỉnh ủy, thành ủy trực thuộc Trung ương", "Các ban đảng Trung ương")


@dataclass(frozen=True)
class Shares:
    """Share of units, per level, that never issue a plan, and that issue after the deadline."""

    never: dict[str, float] = field(default_factory=lambda: {"province": 0.02, "district": 0.05,
                                                             "commune": 0.08})
    late: dict[str, float] = field(default_factory=lambda: {"province": 0.10, "district": 0.15,
                                                            "commune": 0.20})


@dataclass(frozen=True)
class Summary:
    out: Path
    documents: int
    missing: int
    late: int
    tasks: int
    links: int
    seconds: float
    bytes: int


@dataclass
class _Doc:
    """One issued document while the cascade is built: what truth.json says of it and its outline."""

    file: str
    number: str
    issuer: iss.Issuer
    level: str
    unit: gz.Unit | None
    issued_on: date
    outline: Outline
    deadline_for_children: date | None
    cite_name: str  # how a child names this issuer in its preamble


def _quarter_end(d: date) -> date:
    q_last_month = ((d.month - 1) // 3 + 1) * 3
    nxt = date(d.year + (q_last_month == 12), q_last_month % 12 + 1, 1)
    return nxt - timedelta(days=1)


_BELOW = {
    "central": "Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương",
    "province": "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc {committee}",
    "district": "Các đảng ủy xã, phường, thị trấn trực thuộc {committee}",
    "commune": "Các chi bộ trực thuộc Đảng ủy",
}
_SUBORDINATES = ("{below} tổ chức nghiên cứu, quán triệt, xây dựng chương trình, kế hoạch cụ thể để lãnh đạo "
                 "tổ chức thực hiện Nghị quyết số {directive} và Kế hoạch này{due}.")
_PARTY_ROLES = (
    ("hdnd_ubnd", "Đảng đoàn Hội đồng nhân dân, Ban cán sự đảng Ủy ban nhân dân {word} lãnh đạo, chỉ đạo "
                  "cụ thể hóa các nội dung của Nghị quyết bằng cơ chế, chính sách phù hợp với tình hình "
                  "{unit}."),
    ("mttq", "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội {word} xây dựng kế hoạch tổ chức tuyên "
             "truyền và triển khai thực hiện Kế hoạch này."),
    ("subordinates", _SUBORDINATES),
    ("tuyengiao", "Ban Tuyên giáo {committee} chủ trì, phối hợp với các cơ quan liên quan hướng dẫn việc "
                  "nghiên cứu, học tập, quán triệt, tuyên truyền sâu rộng nội dung Nghị quyết."),
    ("danvan", "Ban Dân vận {committee} chủ trì, phối hợp với các cơ quan liên quan theo dõi, kiểm tra, "
               "giám sát, đôn đốc việc thực hiện; định kỳ tham mưu sơ kết, tổng kết (thực hiện thường "
               "xuyên)."),
)
# A commune's Party committee has no boards of its own: its office and the Front carry that work.
_COMMUNE_PARTY_ROLES = _PARTY_ROLES[:3] + (
    ("danvan", "Văn phòng Đảng ủy chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc {word} theo dõi, đôn đốc "
               "việc thực hiện; định kỳ tham mưu Ban Thường vụ Đảng ủy sơ kết, tổng kết (thực hiện "
               "thường xuyên)."),
)
_STATE_ROLES = (
    ("hdnd_ubnd", "Các phòng, ban, ngành, đơn vị thuộc Ủy ban nhân dân {word} căn cứ chức năng, nhiệm vụ "
                  "xây dựng kế hoạch cụ thể và tổ chức thực hiện hiệu quả Kế hoạch này."),
    ("mttq", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội {word} phối hợp "
             "tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tham gia thực hiện."),
    ("subordinates", _SUBORDINATES),
    ("danvan", "Văn phòng Ủy ban nhân dân {word} theo dõi, đôn đốc, tổng hợp kết quả thực hiện, định kỳ "
               "báo cáo Ủy ban nhân dân {word} (thực hiện thường xuyên)."),
)


def _closing(level: str, style: str, directive: str, deadline: date | None) -> list[tuple[str, str]]:
    """The TỔ CHỨC THỰC HIỆN items, keyed by role so a child's can be matched with its parent's.

    The 'subordinates' item carries the deadline the level below is measured against."""
    below = "Trưởng các thôn, tổ dân phố" if style == "state" and level == iss.COMMUNE else _BELOW[level]
    due = f" (hoàn thành trước {short_date(deadline)})" if deadline else ""
    roles = (_STATE_ROLES if style == "state"
             else _COMMUNE_PARTY_ROLES if level == iss.COMMUNE else _PARTY_ROLES)
    return [(role, text.replace("{below}", below).replace("{directive}", directive).replace("{due}", due))
            for role, text in roles]


class _Builder:
    def __init__(self, directive: DocNumber, issued_on: date, title: str, seed: int, shares: Shares,
                 rates: Rates) -> None:
        self.directive, self.issued_on, self.title = directive, issued_on, title
        self.seed, self.shares, self.rates = seed, shares, rates
        self.era = gz.LEGACY if issued_on < ERA_CHANGE else gz.Y2025
        self.docs: list[dict[str, Any]] = []
        self.missing: list[dict[str, Any]] = []
        self.links: list[dict[str, str]] = []
        self.texts: list[tuple[str, str]] = []

    def rng(self, key: str) -> random.Random:
        return random.Random(f"{self.seed}:{self.directive}:{key}")

    # -- the directive ---------------------------------------------------------------------------------
    def root(self) -> _Doc:
        rng = self.rng("central")
        dtype = self.directive.doc_type or "NQ"
        issuer_name = iss.central_issuer(dtype)
        deadline = _quarter_end(self.issued_on + timedelta(days=60))
        outline = root(_closing(iss.CENTRAL, "party", str(self.directive), deadline))
        issuer = iss.Issuer(issuer_name, issuer_name, "party", ("BAN CHẤP HÀNH TRUNG ƯƠNG",),
                            "T/M BAN CHẤP HÀNH TRUNG ƯƠNG", "TỔNG BÍ THƯ")
        doc = _Doc("0_central.txt", str(self.directive), issuer, iss.CENTRAL, None, self.issued_on, outline,
                   deadline, issuer_name)
        page = Page(issuer.header, doc.number, "Hà Nội", self.issued_on, iss.type_word(dtype).upper(),
                    f"về {self.title}", "", outline, iss.CENTRAL_VOCAB, issuer.sign_for, issuer.sign_title,
                    iss.person(rng), _CENTRAL_RECIPIENTS)
        self._emit(doc, page, rng, parent=None, dropped=[])
        return doc

    # -- one lower plan ----------------------------------------------------------------------------------
    def plan(self, unit: gz.Unit, parent: _Doc, up: gz.Unit | None) -> _Doc | None:
        rng = self.rng(unit.uid)
        level = unit.level
        assert parent.deadline_for_children is not None
        deadline = parent.deadline_for_children
        if rng.random() < self.shares.never[level]:
            self.missing.append({"unit_uid": unit.uid, "unit_code": unit.code, "unit_name": unit.name,
                                 "level": level, "parent_file": parent.file,
                                 "deadline": deadline.isoformat()})
            return None
        late = rng.random() < self.shares.late[level]
        start = parent.issued_on + timedelta(days=5)
        if late:
            issued = deadline + timedelta(days=rng.randint(3, 90))
        else:
            issued = start + timedelta(days=rng.randint(0, max(0, (deadline - start).days)))
        state = level != iss.PROVINCE and rng.random() < 0.25
        issuer = iss.state_issuer(unit) if state else iss.party_issuer(unit, up)
        dtype = "CTr" if level == iss.PROVINCE and rng.random() < 0.5 else "KH"
        number = iss.number(unit, issuer, dtype, rng)
        child_deadline = _quarter_end(issued + timedelta(days=45)) if level != iss.COMMUNE else None
        closing = _closing(level, issuer.style, str(self.directive), child_deadline)
        outline, dropped = derive(parent.outline, closing, rng, self.rates)
        code = f"{unit.province_code}" if level == iss.PROVINCE else unit.code
        file = f"{ {'province': 1, 'district': 2, 'commune': 3}[level]}_{level[0]}{code}.txt".replace(" ", "")
        doc = _Doc(file, number, issuer, level, unit, issued, outline, child_deadline, issuer.name)
        doc_word = "Chương trình hành động" if dtype == "CTr" else "Kế hoạch"
        page = Page(issuer.header, number, iss.name(unit), issued,
                    doc_word.upper(), self._subject(parent), self._preamble(doc, parent, doc_word, rng),
                    outline, iss.vocab(unit), issuer.sign_for, issuer.sign_title, iss.person(rng),
                    self._recipients(level, parent))
        self._emit(doc, page, rng, parent=parent, dropped=dropped, deadline=deadline, late=late)
        return doc

    def _cite(self, parent: _Doc) -> str:
        word = iss.type_word(DocNumber.parse(parent.number).doc_type or "KH")
        return f"{word} số {parent.number} ngày {short_date(parent.issued_on)} của {parent.cite_name}"

    def _directive_cite(self) -> str:
        return (f"{iss.type_word(self.directive.doc_type or 'NQ')} số {self.directive} ngày "
                f"{short_date(self.issued_on)} của {iss.central_issuer(self.directive.doc_type or 'NQ')} "
                f"về {self.title}")

    def _subject(self, parent: _Doc) -> str:
        if parent.level == iss.CENTRAL:
            return f"thực hiện {self._directive_cite()}"
        return f"Thực hiện {self._cite(parent)} về thực hiện Nghị quyết số {self.directive}"

    def _preamble(self, doc: _Doc, parent: _Doc, doc_word: str, rng: random.Random) -> str:
        if parent.level == iss.CENTRAL:
            lead = f"Thực hiện {self._directive_cite()} (sau đây viết tắt là Nghị quyết số {self.directive})"
        else:
            lead = f"Thực hiện {self._cite(parent)} về thực hiện {self._directive_cite()}"
        verb = rng.choice(("ban hành", "xây dựng"))
        return f"{lead}, {doc.issuer.self_name} {verb} {doc_word} thực hiện như sau:"

    @staticmethod
    def _recipients(level: str, parent: _Doc) -> tuple[str, ...]:
        up = f"{parent.cite_name} (để b/c)"
        if level == iss.COMMUNE:
            return (up, "Các chi bộ trực thuộc", "Các đoàn thể chính trị - xã hội")
        return (up, "Các ban, ngành, đoàn thể", "Các tổ chức cơ sở đảng trực thuộc")

    # -- bookkeeping -------------------------------------------------------------------------------------
    def _emit(self, doc: _Doc, page: Page, rng: random.Random, *, parent: _Doc | None, dropped: list[str],
              deadline: date | None = None, late: bool = False) -> None:
        self.texts.append((doc.file, render(page, rng)))
        items = doc.outline.items()
        added = [it.label for it in items if it.op is None] if parent else []
        u = doc.unit
        self.docs.append({
            "file": doc.file, "number": doc.number, "doc_type": DocNumber.parse(doc.number).doc_type,
            "issuer": doc.issuer.name, "issuer_style": doc.issuer.style, "level": doc.level,
            "unit_uid": u and u.uid, "unit_code": u and u.code, "unit_name": u and u.name,
            "issued_on": doc.issued_on.isoformat(), "parent_file": parent.file if parent else None,
            "deadline": deadline.isoformat() if deadline else None, "late": late,
            "task_labels": [it.label for it in items], "dropped": dropped, "added": added,
        })
        if parent:
            for it in items:
                for origin in it.origins:
                    self.links.append({"child_file": doc.file, "child_label": it.label,
                                       "parent_file": parent.file, "parent_label": origin, "op": it.op or ""})

    def build(self, provinces: Collection[str] | None = None) -> None:
        top = self.root()
        for prov in gz.provinces(self.era):
            if provinces is not None and prov.code not in provinces:
                continue
            p_doc = self.plan(prov, top, None)
            p_parent = p_doc or top
            for below in sorted(gz.children(prov), key=lambda u: u.code):
                if below.level == gz.COMMUNE:
                    self.plan(below, p_parent, prov)
                    continue
                d_doc = self.plan(below, p_parent, prov)
                for com in sorted(gz.children(below), key=lambda u: u.code):
                    self.plan(com, d_doc or p_parent, below)

    def truth(self) -> dict[str, Any]:
        return {"format": 1, "directive": str(self.directive), "issued_on": self.issued_on.isoformat(),
                "title": self.title, "seed": self.seed, "era": self.era, "documents": self.docs,
                "missing": self.missing, "links": self.links}


def _write(path: Path, data: bytes) -> None:
    """Replace a file atomically, and only when it changed: a regeneration under a running load or
    benchmark never shows it a half-written file, and leaves unchanged files untouched."""
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return
    except FileNotFoundError:
        pass
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def generate(directive: str, out: Path, *, issued_on: date = date(2023, 11, 24), seed: int = 0,
             title: str = DEFAULT_TITLE, shares: Shares | None = None, rates: Rates | None = None,
             provinces: Collection[str] | None = None) -> Summary:
    """Write the cascade of `directive` under `out` (created; other .txt files already there are removed).

    `provinces` (province codes, '31') keeps only their branches: a small cascade for tests."""
    t0 = time.perf_counter()
    b = _Builder(DocNumber.parse(directive), issued_on, title, seed, shares or Shares(), rates or Rates())
    b.build(None if provinces is None else {gz.normalise_code(c, gz.PROVINCE) for c in provinces})
    out.mkdir(parents=True, exist_ok=True)
    fresh = {name for name, _t in b.texts}
    for old in out.glob("*.txt"):
        if old.name not in fresh:
            old.unlink()
    size = 0
    for name, text in b.texts:
        data = text.encode("utf-8")
        _write(out / name, data)
        size += len(data)
    _write(out / TRUTH, json.dumps(b.truth(), ensure_ascii=False).encode("utf-8"))
    return Summary(out=out, documents=len(b.docs), missing=len(b.missing),
                   late=sum(1 for d in b.docs if d["late"]), tasks=sum(len(d["task_labels"]) for d in b.docs),
                   links=len(b.links), seconds=time.perf_counter() - t0, bytes=size)
