"""Outline: the numbered and bulleted items of a document's sections, with their labels.

Labels follow the gold README: the Roman section, then the numbering path ('1.1.' under III →
'III.1.1'), and for letters and bullets their ordinal under the parent (the third '-' under
III.4 is III.4.3; a '+' under that bullet is III.4.3.1).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders import patterns as p
from loaders.normalise import is_footnote, starts_item, strip_diacritics


@dataclass
class Item:
    """One outline item: its own text (marker stripped) and the unmarked paragraphs under it."""

    label: str
    parent: str | None
    kind: str  # 'number', 'letter' or a bullet family ('-', '+', ...)
    text: str
    section: str
    extra: list[str] = field(default_factory=list)
    children: list[Item] = field(default_factory=list)

    @property
    def full_text(self) -> str:
        return " ".join([self.text, *self.extra]).strip()


@dataclass
class Section:
    """A top-level section ('III. NHIỆM VỤ CỤ THỂ'): its label, title and items."""

    label: str
    title: str
    sets_tasks: bool
    items: list[Item] = field(default_factory=list)


def sets_tasks(title: str) -> bool:
    """Whether a section title names task-setting work; purpose and goal sections do not.

    Matched without diacritics so typing slips in tone or hat marks ('TÔ CHỨC') still count.
    """
    key = strip_diacritics(title)
    if p.TASK_SECTION.search(key) is None:
        return False
    purpose = p.PURPOSE_SECTION.search(key)
    return purpose is None or bool(p.TASK_SECTION.search(key[: purpose.start()] + key[purpose.end() :]))


class _Builder:
    def __init__(self) -> None:
        self.sections: list[Section] = []
        self.section: Section | None = None
        self.number_path: list[str] = []
        self.number_item: Item | None = None
        # Below the numbered item: a stack of (kind, ordinal, item) for letters and bullets.
        self.stack: list[tuple[str, int, Item]] = []

    def open_section(self, label: str, title: str, tasks: bool | None = None) -> None:
        tasks = sets_tasks(title) if tasks is None else tasks
        self.section = Section(label=label, title=title, sets_tasks=tasks)
        self.sections.append(self.section)
        self.number_path, self.number_item, self.stack = [], None, []

    def current(self) -> Item | None:
        if self.stack:
            return self.stack[-1][2]
        return self.number_item

    def add_numbered(self, path: list[str], text: str) -> None:
        assert self.section is not None
        self.number_path = path
        label = _join(self.section.label, *path)
        parent_label = _join(self.section.label, *path[:-1]) if len(path) > 1 else None
        item = Item(label=label, parent=parent_label, kind="number", text=text, section=self.section.label)
        parent = self._find(parent_label)
        (parent.children if parent else self.section.items).append(item)
        self.number_item, self.stack = item, []

    def add_ordinal(self, kind: str, text: str) -> None:
        assert self.section is not None
        kinds = [k for k, _, _ in self.stack]
        if kind in kinds:
            depth = kinds.index(kind)
            ordinal = self.stack[depth][1] + 1
            del self.stack[depth:]
        else:
            ordinal = 1
        parent = self.stack[-1][2] if self.stack else self.number_item
        if parent is None:
            label, parent_label = _join(self.section.label, str(ordinal)), None
        else:
            label, parent_label = f"{parent.label}.{ordinal}", parent.label
        item = Item(label=label, parent=parent_label, kind=kind, text=text, section=self.section.label)
        (parent.children if parent else self.section.items).append(item)
        self.stack.append((kind, ordinal, item))

    def _find(self, label: str | None) -> Item | None:
        if label is None or self.section is None:
            return None
        todo = list(self.section.items)
        while todo:
            item = todo.pop()
            if item.label == label:
                return item
            todo.extend(item.children)
        return None


def build_outline(paragraphs: list[str]) -> list[Section]:
    """Sections and their item trees, from the first Roman (or capital-letter) heading to the
    end of the body (the './.' closing or the 'Nơi nhận' block).

    Footnote paragraphs are skipped. An unmarked paragraph belongs to the item above it
    (seed-style 'III. ... 1. heading' followed by plain paragraphs). A document without Roman
    or capital-letter sections may use numbered all-caps headings ('2. NHIỆM VỤ') instead.
    """
    b = _Builder()
    numbered_sections = not any(_section_marker(para) for para in paragraphs if not is_footnote(para))
    # Without any section heading (a directive: '... yêu cầu ... thực hiện tốt các nhiệm vụ sau:'
    # then '1.', '2.'), the numbered list after a lead-in ending in ':' is one unnamed section.
    implicit = numbered_sections and not any(_numbered_caps(para) for para in paragraphs)
    for i, para in enumerate(paragraphs):
        lead_in = paragraphs[i - 1] if i else ""
        if is_footnote(para):
            continue
        ends_body = bool(p.CLOSING.search(para[:10].lower() + " " + para[-10:]))
        if ends_body and not starts_item(para):
            if para[:8].lower().startswith(("nơi nhận", "nơi gửi")) or b.section is not None:
                break
        m = p.OUTLINE_MARKER.match(para)
        if m is not None and m["bullet"] and not starts_item(para):
            m = None  # 'kinh tế' / '- xã hội': a wrapped dash, not a bullet
        if m is not None and m["upper"] and not _caps_title(para[m.end() :]):
            m = None
        if m is not None and m["bare"] is not None and not para[m.end() : m.end() + 1].isupper():
            m = None
        if m is not None and (m["roman"] or m["upper"]):
            b.open_section(m["roman"] or m["upper"], para[m.end() :].strip())
        elif implicit and b.section is None and m is not None and m["number"] == "1" and lead_in[-1:] == ":":
            b.open_section("", lead_in, tasks=_lead_in_sets_tasks(lead_in))
            b.add_numbered(["1"], para[m.end() :].strip())
        elif numbered_sections and m is not None and m["number"] and _caps_title(para[m.end() :]):
            b.open_section(m["number"].split(".")[0], para[m.end() :].strip())
        elif numbered_sections and m is not None and m["number"] and b.section is not None:
            path = m["number"].split(".")
            b.add_numbered(path[1:] if len(path) > 1 and path[0] == b.section.label else path,
                           para[m.end() :].strip())
        elif b.section is None:
            continue
        elif m is not None and m["number"]:
            b.add_numbered(m["number"].split("."), para[m.end() :].strip())
        elif m is not None and m["letter"]:
            b.add_ordinal("letter", para[m.end() :].strip())
        elif m is not None and m["bullet"]:
            b.add_ordinal(p.BULLET_FAMILY.get(m["bullet"], m["bullet"]), para[m.end() :].strip())
        else:
            item = b.current()
            if item is not None:
                item.extra.append(para)
        if ends_body and b.section is not None:
            break
    return b.sections


def _numbered_caps(para: str) -> bool:
    m = p.OUTLINE_MARKER.match(para)
    return m is not None and bool(m["number"]) and _caps_title(para[m.end() :])


def _join(*parts: str) -> str:
    return ".".join(part for part in parts if part)


def _lead_in_sets_tasks(text: str) -> bool:
    key = strip_diacritics(text[-200:])
    return bool(p.TASK_SECTION.search(key) or p.LEAD_IN_TASKS.search(key))


def _section_marker(para: str) -> bool:
    m = p.OUTLINE_MARKER.match(para)
    return m is not None and bool(m["roman"] or (m["upper"] and _caps_title(para[m.end() :])))


def _caps_title(text: str) -> bool:
    return text.isupper() and len(text.strip()) >= 4


def walk(items: list[Item]) -> list[Item]:
    """Items in document order (pre-order)."""
    out: list[Item] = []
    todo = list(reversed(items))
    while todo:
        item = todo.pop()
        out.append(item)
        todo.extend(reversed(item.children))
    return out
