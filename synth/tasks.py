"""A plan's task outline in template form, and how a lower level derives its own from its parent's.

Texts keep the placeholders of `issuers.Vocab` ('{word}', '{name}', ...) until rendering, so the same
derivation serves every locality. Each child task remembers the parent labels it came from and how
(`op`): copy, reword, split, merge; parent tasks that nothing came from are dropped, child tasks
from nothing are added.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

COPY, REWORD, SPLIT, MERGE = "copy", "reword", "split", "merge"


@dataclass
class Item:
    text: str
    origins: list[str] = field(default_factory=list)  # parent labels
    op: str | None = None  # None: added
    label: str = ""


@dataclass
class Group:
    heading: Item
    items: list[Item] = field(default_factory=list)


@dataclass
class Outline:
    """Numbered groups of tasks (section `tasks_roman`) and the closing TỔ CHỨC THỰC HIỆN items."""

    groups: list[Group]
    closing: list[tuple[str, Item]]  # (role key, item)
    tasks_roman: str = "III"
    closing_roman: str = "IV"

    def relabel(self) -> None:
        for gi, g in enumerate(self.groups, 1):
            g.heading.label = f"{self.tasks_roman}.{gi}"
            for ii, it in enumerate(g.items, 1):
                it.label = f"{self.tasks_roman}.{gi}.{ii}"
        for ci, (_role, it) in enumerate(self.closing, 1):
            it.label = f"{self.closing_roman}.{ci}"

    def items(self) -> list[Item]:
        out: list[Item] = []
        for g in self.groups:
            out.append(g.heading)
            out.extend(g.items)
        out.extend(it for _r, it in self.closing)
        return out


@lru_cache(maxsize=1)
def templates() -> list[dict[str, object]]:
    """The task groups of the Kim Động plan (seed 002), with its locality made placeholders."""
    return list(json.loads((Path(__file__).parent / "tasks.json").read_text(encoding="utf-8")))


ADDED = (
    "Rà soát, bổ sung quy chế phối hợp giữa chính quyền với Mặt trận Tổ quốc và các đoàn thể chính trị - "
    "xã hội {word}; định kỳ tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân.",
    "Xây dựng, nhân rộng các mô hình \"Dân vận khéo\", khu dân cư tự quản, gắn với thực hiện Cuộc vận động "
    "\"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\" trên địa bàn {unit}.",
    "Quan tâm chăm lo đời sống các gia đình chính sách, hộ nghèo, hộ cận nghèo, người có hoàn cảnh đặc biệt "
    "khó khăn; vận động xây dựng, sửa chữa nhà Đại đoàn kết cho hộ nghèo trên địa bàn {word}.",
    "Phát huy vai trò của người có uy tín, già làng, trưởng bản, trưởng thôn, tổ trưởng tổ dân phố trong "
    "tuyên truyền, vận động Nhân dân chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước.",
    "Nắm chắc tình hình tư tưởng, dư luận xã hội; giải quyết kịp thời, dứt điểm các vụ việc phức tạp, "
    "đơn thư khiếu nại, tố cáo ngay từ cơ sở, không để phát sinh điểm nóng.",
    "Đẩy mạnh ứng dụng mạng xã hội, các nhóm Zalo, trang thông tin điện tử của {word} để tuyên truyền về "
    "truyền thống đại đoàn kết toàn dân tộc và các gương điển hình tiên tiến.",
    "Tổ chức tốt \"Ngày hội đại đoàn kết toàn dân tộc\" ở các khu dân cư hằng năm, gắn với tôn vinh các "
    "hộ gia đình văn hóa tiêu biểu (thực hiện thường xuyên).",
    "Tăng cường công tác quốc phòng, an ninh; xây dựng thế trận lòng dân vững chắc, giữ vững an ninh chính "
    "trị, trật tự an toàn xã hội trên địa bàn {unit}.",
)

_OPENINGS = (
    ("Tiếp tục ", ""), ("Đẩy mạnh ", "Tăng cường "), ("Tăng cường ", "Đẩy mạnh "),
    ("Đổi mới ", "Tiếp tục đổi mới "), ("Xây dựng ", "Chăm lo xây dựng "),
    ("Phát huy ", "Tiếp tục phát huy "),
    ("Thực hiện ", "Tổ chức thực hiện "), ("Triển khai ", "Tổ chức triển khai "),
)
_SWAPS = (("nâng cao", "từng bước nâng cao"), ("hiệu quả", "thiết thực, hiệu quả"),
          ("Nhân dân", "nhân dân"), ("kịp thời", "chủ động, kịp thời"), ("các cấp", "các cấp, các ngành"))
_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_SENTENCE = re.compile(rf"(?<=[.;])\s+(?=[{_UPPER}])")


@lru_cache(maxsize=1 << 16)
def sentences(text: str) -> tuple[str, ...]:
    return tuple(s for s in _SENTENCE.split(text) if s.strip())


def reword(text: str, rng: random.Random) -> str:
    """One or two edits a drafter makes: another opening verb, a shade added, a last sentence cut,
    the locality named."""
    out = text
    for old, new in _OPENINGS:
        if out.startswith(old):
            out = new + out[len(old):] if new else out[len(old)].upper() + out[len(old) + 1:]
            break
    old, new = rng.choice(_SWAPS)
    if old in out and new not in out:
        out = out.replace(old, new, 1)
    parts = sentences(out)
    if len(parts) > 2 and rng.random() < 0.5:
        out = " ".join(parts[:-1])
    elif "{unit}" not in out and "{word}" not in out[-30:] and rng.random() < 0.4:
        out = out.rstrip(" .;") + " trên địa bàn {unit}."
    if out == text:
        out = out.rstrip(" .;") + rng.choice((" (thực hiện thường xuyên).", " (hằng năm).",
                                              ", phù hợp với điều kiện thực tế của địa phương."))
    return out


@dataclass(frozen=True)
class Rates:
    """How often each edit happens to one parent task."""

    drop: float = 0.08
    merge: float = 0.05
    split: float = 0.05
    reword: float = 0.35
    add: float = 0.2
    swap: float = 0.15
    drop_group: float = 0.03


def _derive_items(parents: list[Item], rng: random.Random, r: Rates, dropped: list[str]) -> list[Item]:
    out: list[Item] = []
    i = 0
    while i < len(parents):
        p = parents[i]
        x = rng.random()
        if x < r.drop:
            dropped.append(p.label)
        elif x < r.drop + r.merge and i + 1 < len(parents):
            q = parents[i + 1]
            out.append(Item(p.text.rstrip(" .;") + "; " + q.text[0].lower() + q.text[1:],
                            [p.label, q.label], MERGE))
            i += 1
        elif x < r.drop + r.merge + r.split and len(parts := sentences(p.text)) >= 2:
            cut = max(1, len(parts) // 2)
            out.append(Item(" ".join(parts[:cut]), [p.label], SPLIT))
            out.append(Item(" ".join(parts[cut:]), [p.label], SPLIT))
        elif x < r.drop + r.merge + r.split + r.reword:
            out.append(Item(reword(p.text, rng), [p.label], REWORD))
        else:
            out.append(Item(p.text, [p.label], COPY))
        i += 1
    if len(out) > 2 and rng.random() < r.swap:
        k = rng.randrange(len(out) - 1)
        out[k], out[k + 1] = out[k + 1], out[k]
    if rng.random() < r.add:
        out.insert(rng.randint(0, len(out)), Item(rng.choice(ADDED)))
    return out


def derive(parent: Outline, closing: list[tuple[str, str]], rng: random.Random,
           rates: Rates = Rates()) -> tuple[Outline, list[str]]:
    """The child's outline from its parent's (labelled), and the parent labels it dropped."""
    dropped: list[str] = []
    groups: list[Group] = []
    for gi, g in enumerate(parent.groups):
        if gi > 0 and rng.random() < rates.drop_group:
            dropped.append(g.heading.label)
            dropped.extend(it.label for it in g.items)
            continue
        op = REWORD if rng.random() < 0.4 else COPY
        head = Item(reword(g.heading.text, rng) if op == REWORD else g.heading.text, [g.heading.label], op)
        groups.append(Group(head, _derive_items(g.items, rng, rates, dropped)))
    if len(groups) > 3 and rng.random() < rates.swap:
        k = rng.randrange(1, len(groups) - 1)
        groups[k], groups[k + 1] = groups[k + 1], groups[k]
    by_role = {role: it for role, it in parent.closing}
    mine = []
    for role, text in closing:
        up = by_role.get(role)
        mine.append((role, Item(text, [up.label], REWORD) if up else Item(text)))
    roles = {role for role, _t in closing}
    dropped.extend(it.label for role, it in parent.closing if role not in roles)
    child = Outline(groups, mine, tasks_roman=rng.choice(("II", "III")) if len(groups) else "III")
    child.closing_roman = "III" if child.tasks_roman == "II" else "IV"
    child.relabel()
    return child, dropped


def root(closing: list[tuple[str, str]]) -> Outline:
    """The directive's own outline: every template group and item, unedited."""
    groups = [Group(Item(str(g["heading"])), [Item(str(t)) for t in g["items"]])  # type: ignore[attr-defined]
              for g in templates()]
    o = Outline(groups, [(role, Item(text)) for role, text in closing])
    o.relabel()
    return o
