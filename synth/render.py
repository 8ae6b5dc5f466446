"""Plan text in the shape of the seeds: header, title, 'Thực hiện ...' preamble, purposes, the task
outline, TỔ CHỨC THỰC HIỆN, recipients and signature, with some of the marks real copies carry
(wrapped lines, page numbers, the other tone placement, bold title)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date

from synth.issuers import Vocab
from synth.tasks import Outline

_ROMAN = ("I", "II", "III", "IV", "V", "VI")


@dataclass(frozen=True)
class Page:
    """Everything one plan's text says, already decided."""

    header: tuple[str, ...]
    number: str
    place: str
    issued_on: date
    kind_title: str  # KẾ HOẠCH | CHƯƠNG TRÌNH HÀNH ĐỘNG | NGHỊ QUYẾT
    subject: str
    preamble: str
    outline: Outline
    vocab: Vocab
    sign_for: str
    sign_title: str
    signer: str
    recipients: tuple[str, ...]


def vn_date(d: date, rng: random.Random) -> str:
    return f"ngày {d.day} tháng {d.month:02d} năm {d.year}" if rng.random() < 0.5 else \
        f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"


def short_date(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


_PURPOSES = (
    "Quán triệt sâu sắc, tạo sự thống nhất trong nhận thức và hành động của các cấp ủy, tổ chức đảng, "
    "chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội, cán bộ, đảng viên và Nhân dân {word} "
    "về nội dung Nghị quyết.",
    "Xác định rõ nhiệm vụ trọng tâm, phân công cụ thể trách nhiệm của các cơ quan, đơn vị trong triển khai "
    "thực hiện; bảo đảm thực chất, hiệu quả, phù hợp với tình hình thực tế của {unit}.",
    "Việc triển khai thực hiện phải gắn với nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an "
    "ninh, xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh.",
)


def _body(page: Page, rng: random.Random) -> list[str]:
    """The body in template form (placeholders filled once, on the joined text, by `render`)."""
    o = page.outline
    out = ["I. MỤC ĐÍCH, YÊU CẦU", ""]
    for i, p in enumerate(_PURPOSES, 1):
        out += [f"{i}. {p}", ""]
    if o.tasks_roman == "III":
        out += ["II. MỤC TIÊU", "", "Tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết, tăng cường đồng "
                                  "thuận xã hội, quyết tâm xây dựng {unit} phát triển nhanh và bền vững.", ""]
    out += [f"{o.tasks_roman}. " + rng.choice(("NHIỆM VỤ, GIẢI PHÁP", "NHIỆM VỤ TRỌNG TÂM",
                                                "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU")), ""]
    for gi, g in enumerate(o.groups, 1):
        out += [f"{gi}. {g.heading.text}", ""]
        for it in g.items:
            out += [f"- {it.text}", ""]
    out += [f"{o.closing_roman}. TỔ CHỨC THỰC HIỆN", ""]
    for ci, (_role, it) in enumerate(o.closing, 1):
        out += [f"{ci}. {it.text}", ""]
    return out


_OUTLINE_LIKE = re.compile(r"[-+–—] |\d+[.\s]|[IVX]+[.\-\s]")


def _cut(line: str, width: int) -> int:
    """Where to break `line`: the last space within `width` after which the next line would not look like
    an outline marker ('- Lăng Cô', '8 Ban Chấp hành'). Real extractions do break there, and no reader
    can tell such a line from a bullet; the truth's labels would then be unknowable, so we never do."""
    cut = line.rfind(" ", 0, width + 1)
    while cut > 0 and _OUTLINE_LIKE.match(line, cut + 1):
        cut = line.rfind(" ", 0, cut)
    return cut


def _wrap(lines: list[str], width: int) -> list[str]:
    """Hard line breaks at `width`, as text copied out of a PDF has (textwrap is ten times slower)."""
    out: list[str] = []
    for line in lines:
        while len(line) > width:
            cut = _cut(line, width)
            if cut <= 0:
                break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return out


def _page_numbers(lines: list[str], rng: random.Random) -> list[str]:
    out: list[str] = []
    page, since = 2, 0
    for line in lines:
        out.append(line)
        since += 1
        if since > 45 and line == "" and rng.random() < 0.5:
            out += [str(page), ""]
            page, since = page + 1, 0
    return out


def render(page: Page, rng: random.Random) -> str:
    head = list(page.header) + ["*", "", f"Số {page.number}", ""]
    head += [f"{page.place}, {vn_date(page.issued_on, rng)}", "", page.kind_title, ""]
    subject = page.subject
    if rng.random() < 0.3:
        subject = f"**{subject}**"
    head += [subject, "", page.preamble, ""]
    body = page.vocab.fill("\n".join(_body(page, rng))).split("\n")
    if rng.random() < 0.3:
        body = _wrap(body, rng.randint(72, 90))
    if rng.random() < 0.4:
        body = _page_numbers(body, rng)
    tail = ["", "Nơi nhận:", ""] + [f"- {r}," for r in page.recipients] + ["- Lưu VP.", ""]
    tail += [page.sign_for, page.sign_title, "", "", page.signer, ""]
    text = "\n".join(head + body + tail)
    if rng.random() < 0.3:
        text = text.replace("ủy", "uỷ").replace("hóa", "hoá")
    return text
