"""Outline: the numbered and bulleted items of a document's sections, with their labels.

Labels follow the gold README: the Roman section, then the numbering path ('1.1.' under III →
'III.1.1'), and for letters and bullets their ordinal under the parent (the third '-' under
III.4 is III.4.3; a '+' under that bullet is III.4.3.1). Letter items ('a)', 'b.') are labelled
the same way, by their ordinal: 'b)' under '2.' is '2.2' (the seeds' rule for every unnumbered
level, so one reader's 'a)' and another's '-' give the same shape of label).

Documents without section headings (official letters, short plans) have one unnamed section for
their numbered list: labels are then the bare numbering path ('1', '2.1'). Articles of decisions and
resolutions ('Điều 3. ...') are sections labelled 'Điều 3'; their points are 'Điều 3.1'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders import patterns as p
from loaders.normalise import fold, is_footnote, starts_item, strip_diacritics
from loaders.recipients import after_address, extract_addressees, opens_address


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
    # 'implicit': a letter's numbered list under its lead-in (the lead-in is the title); 'article':
    # a 'Điều N.' of a decision. Whether these set tasks is settled by `tasks` from their items.
    kind: str = "heading"
    extra: list[str] = field(default_factory=list)
    # A letter's 'Kính gửi:' addressees (one entry per line or bullet), for points nobody else is named for.
    addressees: list[str] = field(default_factory=list)
    # The paragraph before the document's first heading ('Sở ... đề nghị UBND các quận, huyện ...
    # thực hiện các nội dung ... như sau:'), kept on every heading section of the part.
    lead_in: str = ""


def sets_tasks(title: str) -> bool:
    """Whether a section title names task-setting work; purpose and goal sections do not.

    Matched without diacritics so typing slips in tone or hat marks ('TÔ CHỨC') still count.
    """
    key = strip_diacritics(title)
    if p.TASK_SECTION.search(key) is None or p.REPORT_SECTION.match(key):
        return False
    purpose = p.PURPOSE_SECTION.search(key)
    return purpose is None or bool(p.TASK_SECTION.search(key[: purpose.start()] + key[purpose.end() :]))


_MAX_ORDINAL_DEPTH = 3
"""Letters and two bullet families under a number are as deep as real outlines go."""


class _Builder:
    def __init__(self, warnings: list[str]) -> None:
        self.warnings = warnings
        self.sections: list[Section] = []
        self.section: Section | None = None
        self.number_path: list[str] = []
        self.number_item: Item | None = None
        # Below the numbered item: a stack of (kind, ordinal, item) for letters and bullets.
        self.stack: list[tuple[str, int, Item]] = []
        # After 'Thời gian trang trí, tuyên truyền:' or 'Khẩu hiệu:' below the points: the bullets
        # that follow are the notice's details, under no point (see `_aside`).
        self.aside = False
        # The last value of each counted family ('Một là' ... 'Ba là') under the current item.
        self.counted: dict[str, int] = {}

    def open_section(self, label: str, title: str, tasks: bool | None = None, kind: str = "heading",
                     addressees: list[str] | None = None) -> None:
        tasks = sets_tasks(title) if tasks is None else tasks
        self.section = Section(label=label, title=title, sets_tasks=tasks, kind=kind,
                               addressees=addressees or [])
        self.sections.append(self.section)
        self.number_path, self.number_item, self.stack = [], None, []
        self.aside = False
        self.counted = {}

    def current(self) -> Item | None:
        if self.stack:
            return self.stack[-1][2]
        return self.number_item

    def add_numbered(self, path: list[str], text: str) -> None:
        assert self.section is not None
        path = [str(int(part)) for part in path]  # '01.' is point 1
        self._check_number(path)
        self.number_path = path
        label = _join(self.section.label, *path)
        parent_label = _join(self.section.label, *path[:-1]) if len(path) > 1 else None
        item = Item(label=label, parent=parent_label, kind="number", text=text, section=self.section.label)
        parent = self._find(parent_label)
        if parent_label is not None and parent is None:
            self.warnings.append(f"outline item {label} has no item {parent_label} above it")
        (parent.children if parent else self.section.items).append(item)
        self.number_item, self.stack, self.aside = item, [], _slogans_heading(text)
        self.counted = {}

    def counts(self, kind: str, value: int) -> bool:
        """Whether an item in words ('Hai là, ...', 'Thứ hai, ...') goes on from its family: it opens at
        one and then runs in order, so a weekday ('Thứ hai, 12/06/2023') opening a line is none."""
        return value == 1 or self.counted.get(kind) == value - 1

    def add_counted(self, kind: str, value: int, text: str) -> None:
        self.add_ordinal(kind, text)
        self.counted[kind] = value

    def _check_number(self, path: list[str]) -> None:
        """Warn where a number cannot continue the outline (a jump '3.' → '15.', a number far past
        any real outline): such a paragraph is more likely a wrapped line than an item."""
        assert self.section is not None
        last = self.number_path
        number = int(path[-1])
        same_parent = len(last) >= len(path) and last[: len(path) - 1] == path[:-1]
        previous = int(last[len(path) - 1]) if same_parent else 0
        where = _join(self.section.label, *path)
        if number > p.OUTLINE_NUMBER_MAX:
            self.warnings.append(f"outline number {where} is past any real outline")
        elif number > previous + 1:
            self.warnings.append(f"outline number {where} follows {previous or 'nothing'}: numbering skips")

    def add_ordinal(self, kind: str, text: str) -> None:
        assert self.section is not None
        kinds = [k for k, _, _ in self.stack]
        if kind in kinds:
            depth = kinds.index(kind)
            ordinal = self.stack[depth][1] + 1
            del self.stack[depth:]
        else:
            ordinal = 1
            if len(self.stack) >= _MAX_ORDINAL_DEPTH:
                where = self.stack[-1][2].label
                self.warnings.append(f"outline nests deeper than a real outline under {where}")
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


def build_outline(paragraphs: list[str], warnings: list[str] | None = None) -> list[Section]:
    """Sections and their item trees, from the first Roman (or capital-letter) heading to the
    end of the body (the './.' closing, the 'Nơi nhận' block, or a 'Trên đây là ...' paragraph).

    Footnote paragraphs are skipped. An unmarked paragraph belongs to the item above it
    (seed-style 'III. ... 1. heading' followed by plain paragraphs). A document without Roman
    or capital-letter sections may use numbered headings ('2. NHIỆM VỤ', '3. Tổ chức thực
    hiện') instead; a document with neither (an official letter) has its numbered list after the
    opening paragraph as one unnamed section. Articles ('Điều 2. ...') are sections of their own.
    Paragraphs the outline cannot place as items (a number far past the list, nesting deeper than
    a real outline) are warned about in `warnings`. A plan attached after a decision's 'Nơi nhận'
    ('KẾ HOẠCH ... (Ban hành kèm theo Quyết định số ...)') is read as a part of its own.
    """
    warned: list[str] = [] if warnings is None else warnings
    paragraphs = [_slash_marker(piece) for para in paragraphs for piece in split_inline_list(para)
                  for glued in _split_glued_child(piece) for piece in _split_slash_letters(glued)]
    paragraphs = _fold_task_fields(paragraphs)
    sections: list[Section] = []
    for part in _parts(paragraphs):
        sections.extend(_build_part(part, warned))
    return sections


def _parts(paragraphs: list[str]) -> list[list[str]]:
    """The document, then each plan attached after its recipients block: a plan-type heading in
    capitals ('KẾ HOẠCH', 'CHƯƠNG TRÌNH', 'ĐỀ ÁN', 'HƯỚNG DẪN') once 'Nơi nhận' has been seen.
    Rules and regulations ('QUY CHẾ', 'QUY ĐỊNH') set standing duties, not tasks, and stay unread.
    blind40: the Official Gazette prints a decision without its 'Nơi nhận'; there the plan's own annex note
    under its heading ('(Kèm theo Quyết định số 844/QĐ-TTg ...)'), after the decision's articles, opens it."""
    starts = [0]
    recipients = articles = False
    for i, para in enumerate(paragraphs):
        if p.RECIPIENTS_MARK_RE.match(para):
            recipients = True
        elif para[:1] in "Đđ" and p.ARTICLE.match(para):
            articles = True
        elif (recipients or articles) and p.ATTACHED_PLAN.match(para) \
                and (recipients or _annexed(paragraphs[i + 1 : i + 4])):
            starts.append(i)
            recipients = articles = False
    return [paragraphs[a:b] for a, b in zip(starts, [*starts[1:], len(paragraphs)], strict=True)]


def _annexed(following: list[str]) -> bool:
    """Whether the lines under a heading hold its annex note ('(Ban hành kèm theo Quyết định số ...)'), on a
    line of its own or joined to the title it follows."""
    return any(p.ANNEX_NOTE_RE.match(para) or p.ANNEX_NOTE_INLINE_RE.search(para) for para in following)


def _field_text(para: str) -> str | None:
    """The text of a bullet that is a field of a task table's row ('- Cơ quan chủ trì: ...'), else None.
    blind30: a plan may letter the fields instead ('a) Cơ quan chủ trì: ...', 'b) Cơ quan phối hợp: ...',
    'c) Thời gian thực hiện: ...' under each numbered task)."""
    if para[:1] not in p.BULLET_FAMILY and para[1:2] not in ").":
        return None
    m = p.OUTLINE_MARKER.match(para)
    if m is None or not (m["bullet"] or m["letter"]):
        return None
    text = para[m.end() :].strip()
    return text if p.TASK_FIELD_KEY.match(strip_diacritics(text[:40].lower())) else None


def _fold_task_fields(paragraphs: list[str]) -> list[str]:
    """A plan that writes its task table as text gives each task's columns as bullets under it ('1. Xây
    dựng ...' then '- Cơ quan chủ trì: ...', '- Cơ quan phối hợp: ...', '- Thời gian thực hiện: Quý II/2024'):
    those bullets describe the task above, they are no work of their own. A run of such bullets that names
    who does the work loses its markers, so each becomes an unmarked line of the task (its fields read by
    `tasks`); each field ends with ';' so the next one never runs into its value. A lone 'Thời gian: ...'
    bullet with no role beside it stays a point (a notice's time and place)."""
    if not any(":" in para for para in paragraphs):
        return paragraphs
    out = list(paragraphs)
    i = 0
    while i < len(out):
        j = i
        fields: list[str] = []
        while j < len(out) and (field := _field_text(out[j])) is not None:
            fields.append(field)
            j += 1
        if fields and any(p.ROLE_FIELD_KEY.match(strip_diacritics(f[:40].lower())) for f in fields):
            out[i:j] = [f if f[-1:] in ".;:," else f"{f};" for f in fields]
        i = max(j, i + 1)
    return out


def _build_part(paragraphs: list[str], warned: list[str]) -> list[Section]:
    b = _Builder(warned)
    addressees = extract_addressees(paragraphs)
    body = [para for para in paragraphs if not is_footnote(para)]
    numbered_sections = not any(_section_marker(para) for para in body)
    # Lettered parts over Roman sections ('B. NHIỆM VỤ, GIẢI PHÁP' / 'I. Công tác tuyên truyền' / '1. ...'):
    # the Roman sections are the part's, labelled by their path ('B.I.1') and setting work when it does.
    lettered = _lettered_parts(body)
    part: Section | None = None
    # The reverse: a Roman section over lettered sub-parts ('II. NHIỆM VỤ, GIẢI PHÁP' / 'A. Về công tác tuyên
    # truyền' / '1. ...'), labelled by the same path ('II.A.1'); the open Roman section, if any.
    roman: Section | None = None
    # Without any section heading (a letter: '... yêu cầu ... thực hiện tốt các nội dung sau:' then
    # '1.', '2.'), the numbered list after the opening paragraphs is one unnamed section.
    implicit = numbered_sections and not _headed_by_numbers(body)
    lead_in = ""
    for para in paragraphs:
        if is_footnote(para):
            continue
        folded_head = para[:40].lower()
        ends = para[:10].lower() + " " + para[-10:]
        ends_body = ("/" in ends or ends[:3] == "nơi") and bool(p.CLOSING.search(ends))  # CLOSING needs one
        if ends_body and not starts_item(para) and not _article_text(b, para):
            recipients = p.RECIPIENTS_MARK_RE.match(para) is not None
            if recipients or b.section is not None and not _awaits_words(b.current()):
                break
        if para[:1].isdigit() and (slash := p.SLASH_NUMBER.match(para)):
            para = f"{slash['number']}. {para[slash.end():]}"
        if (heading := p.PART_HEADING.match(para)) is not None:
            numeral = heading["roman"] or p.PART_ORDINALS[heading["word"].lower()]
            para = f"{numeral.upper()}. {para[heading.end():]}"
        m = p.OUTLINE_MARKER.match(para)
        if m is not None and m["bullet"] and not starts_item(para):
            m = None  # 'kinh tế' / '- xã hội': a wrapped dash, not a bullet
        if m is not None and m["upper"] and not _part_title(para[m.end() :]) \
                and not (roman is not None and _sub_part(roman, b.section, m["upper"], para[m.end() :])):
            m = None
        if m is not None and m["bare"] is not None and not para[m.end() : m.end() + 1].isupper():
            m = None
        counted = _counted(m)
        if counted is not None and not b.counts(*counted):
            m, counted = None, None
        article = p.ARTICLE.match(para) if para[:1] in "Đđ" else None
        if m is None and b.section is not None and p.BODY_END.match(fold(folded_head)):
            break
        if b.section is not None and p.SIGNATURE_MARK_LINE.match(para):
            break
        if m is None and para[:1].isdigit() and p.OUTLINE_TOO_DEEP.match(para) and b.section is not None:
            warned.append(f"outline nests deeper than a real outline: {para[:30]!r}")
        if article is not None:
            title = para[article.end() :].strip()
            b.open_section(f"Điều {article['number']}", title, tasks=False, kind="article")
            roman = None
        elif m is not None and (m["roman"] or m["upper"]):
            opening = lead_in if not b.sections else b.sections[0].lead_in
            title = para[m.end() :].strip()
            if m["roman"] and lettered and part is not None:
                b.open_section(f"{part.label}.{m['roman']}", title,
                               tasks=sets_tasks(title) or (part.sets_tasks and not _purpose(title)))
            elif m["upper"] and roman is not None:
                b.open_section(f"{roman.label}.{m['upper']}", title,
                               tasks=sets_tasks(title) or (roman.sets_tasks and not _purpose(title)))
            else:
                b.open_section(m["roman"] or m["upper"], title)
                part = b.section if m["upper"] else part
                roman = b.section if m["roman"] and not lettered else None
            b.sections[-1].lead_in = opening
        elif implicit and m is not None and m["number"] in ("1", "01") and _opens_list(b, lead_in):
            b.open_section("", lead_in, tasks=lead_in_sets_tasks(lead_in), kind="implicit",
                           addressees=addressees)
            b.add_numbered(["1"], para[m.end() :].strip())
        elif implicit and b.section is None and m is not None and (m["bullet"] or m["letter"] in ("a", "1")
                                                                    or counted is not None) \
                and (_bullets_list(lead_in) or _open_lead_in(lead_in)):
            b.open_section("", lead_in, tasks=_bullets_list(lead_in), kind="implicit", addressees=addressees)
            if counted is not None:
                b.add_counted(*counted, para[m.end() :].strip())
            else:
                kind = "letter" if m["letter"] else p.BULLET_FAMILY.get(m["bullet"], m["bullet"])
                b.add_ordinal(kind, para[m.end() :].strip())
        elif numbered_sections and not implicit and m is not None and m["number"] \
                and _numbered_heading(para) and not (b.section is not None and b.section.kind == "article"):
            b.open_section(m["number"].split(".")[0], para[m.end() :].strip().rstrip(":. "))
        elif numbered_sections and m is not None and m["number"] and b.section is not None:
            path = m["number"].split(".")
            b.add_numbered(path[1:] if len(path) > 1 and path[0] == b.section.label else path,
                           para[m.end() :].strip())
        elif b.section is None:
            pass
        elif counted is not None and m is not None:
            b.add_counted(*counted, para[m.end() :].strip())
        elif m is not None and m["number"]:
            b.add_numbered(m["number"].split("."), para[m.end() :].strip())
        elif m is not None and (m["letter"] or m["bullet"]) and (b.aside or _slogan(para[m.end() :])):
            pass
        elif m is not None and m["letter"]:
            b.add_ordinal("letter", para[m.end() :].strip())
        elif m is not None and m["bullet"]:
            b.add_ordinal(p.BULLET_FAMILY.get(m["bullet"], m["bullet"]), para[m.end() :].strip())
        elif b.aside:
            pass
        elif b.current() is not None and _aside(para):
            b.aside = True
        else:
            item = b.current()
            if item is not None and not item.text and not item.extra and not item.children:
                item.text = para  # '1.' alone on a line, its words on the next
            elif item is not None:
                item.extra.append(para)
            elif b.section is not None and b.section.kind == "article" and not b.section.title:
                b.section.title = para  # 'Điều 2.' alone on a line
            elif b.section is not None and _title_below(b.section, para):
                b.section.title = para
                b.section.sets_tasks = sets_tasks(para)
            elif b.section is not None and _wrapped_title(b.section, para):
                b.section.title = f"{b.section.title} {para}"
                b.section.sets_tasks = sets_tasks(b.section.title)
            elif b.section is not None and b.section.kind == "article":
                b.section.extra.append(para)
        if m is None and article is None:
            lead_in = after_address(para)
        if ends_body and b.section is not None:
            break
    return b.sections


def _awaits_words(item: Item | None) -> bool:
    """sweepT3: a number alone on its line ('5.') takes the line below it as its words, even the closing
    request that ends the body ('Trong quá trình tổ chức thực hiện, nếu có vướng mắc ... xem xét./.')."""
    return item is not None and not item.text and not item.extra and not item.children


_WRAPPED_TITLE = 40
"""A heading's second line is a few words ('THỰC HIỆN'), never a paragraph."""


def _wrapped_title(section: Section, para: str) -> bool:
    """blind30: a Roman heading a page wrapped ('III. TỔ CHỨC' / 'THỰC HIỆN', the bold kept around both
    lines): its second line, in capitals and still before any item, completes the title that decides
    whether the section sets tasks."""
    return section.kind == "heading" and not section.items \
        and bool(section.title) and section.title.isupper() and len(para) <= _WRAPPED_TITLE and para.isupper()


_TITLE_BELOW = 200
"""A heading's title is a line or two, never a paragraph of the body."""


def _title_below(section: Section, para: str) -> bool:
    """tasklab: a legal library's copy sets a Roman numeral alone on its line and the heading's words on the
    next ('I.' / 'MỤC ĐÍCH, YÊU CẦU', blind29 b02): that line is the title, as a lone '1.' takes the words
    below it. Without it the section had no title, so 'II.' / 'NHIỆM VỤ, GIẢI PHÁP' set no task."""
    return section.kind == "heading" and not section.title and not section.items and len(para) <= _TITLE_BELOW


def _split_glued_child(para: str) -> list[str]:
    """A heading and its first point run onto one line (`GLUED_FIRST_CHILD`) as two paragraphs."""
    m = p.GLUED_FIRST_CHILD.match(para) if para[:1].isdigit() and ".1." in para else None
    if m is None:
        return [para]
    return [para[: m.start("child")].rstrip(), para[m.start("child") :]]


def split_inline_list(para: str) -> list[str]:
    """A list run into one paragraph by a page that lost its line breaks ('... yêu cầu: 1. Phòng A
    ...; 2. Phòng B ...') as its lead-in and points. Only a run numbered 1, 2, 3 ... in order, each
    number after ':', ';' or '.' and before a capital, counts; anything else stays one paragraph."""
    if ": 1" not in para and ":1" not in para:
        return [para]
    cuts: list[int] = []
    expected = 1
    for m in p.INLINE_POINT.finditer(para):
        if int(m["number"]) == expected:
            cuts.append(m.start("number"))
            expected += 1
    if len(cuts) < 2 or para[: cuts[0]].rstrip()[-1:] != ":":
        return [para]
    bounds = [0, *cuts, len(para)]
    return [para[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False) if para[a:b].strip()]


_LETTERS = "abcdđefghiklmnopqrstuvxy"


def _split_slash_letters(para: str) -> list[str]:
    """Letter items written 'a/', 'b/' that the paragraph builder ran into the line above (they open
    in lower case): split off when they run a, b, c ... in order after a sentence end."""
    if "/ " not in para:
        return [para]
    cuts: list[int] = []
    expected = 0
    for m in p.RUN_IN_SLASH_LETTER.finditer(para):
        if expected < len(_LETTERS) and m["letter"] == _LETTERS[expected]:
            cuts.append(m.end())
            expected += 1
    if not cuts:
        return [para]
    bounds = [0, *cuts, len(para)]
    return [para[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False) if para[a:b].strip()]


def _slash_marker(para: str) -> str:
    """'II/ NHIỆM VỤ' → 'II. NHIỆM VỤ', 'a/ Lập ...' → 'a) Lập ...' (see `patterns.SLASH_MARKER`)."""
    m = p.SLASH_MARKER.match(para) if "/" in para[:7] else None
    if m is None:
        return para
    return f"{m['roman']}. {para[m.end():]}" if m["roman"] else f"{m['letter']}) {para[m.end():]}"


def _aside(para: str) -> bool:
    """An unmarked line below a list's points that announces practical details in a list of its
    own ('Thời gian trang trí, tuyên truyền:' then '- Kỷ niệm ... treo cờ từ ngày 18/8 ...'; 'Khẩu hiệu
    tuyên truyền:' then '+ Nhiệt liệt chào mừng ...!'): what follows belongs to the whole notice, it
    is neither a step of the last point nor work of its own."""
    if len(para) > 80 or para.rstrip()[-1:] != ":":
        return False
    return bool(p.ASIDE_LEAD.match(strip_diacritics(para.lower())))


def _slogans_heading(text: str) -> bool:
    """'3. Khẩu hiệu tuyên truyền:': the bullets under it are slogans, whatever they end with."""
    return len(text) <= 80 and "khẩu" in text[:30].lower() and text.rstrip()[-1:] in (":", "") \
        and bool(p.ASIDE_LEAD.match(strip_diacritics(text.lower())))


def _slogan(text: str) -> bool:
    """A bullet that is a slogan to display ('+ Nhiệt liệt chào mừng ...!'), not work."""
    return bool(p.SLOGAN_END.search(text))


def _article_text(b: _Builder, para: str) -> bool:
    """The closing sentence of an article with no points ('Điều 3. Chánh Văn phòng ... chịu trách
    nhiệm thi hành Quyết định này./.') is the article's own text, not past the body."""
    section = b.section
    return (section is not None and section.kind == "article" and not section.items
            and not p.RECIPIENTS_MARK_RE.match(para))


def _opens_list(b: _Builder, lead_in: str) -> bool:
    """A '1.' opens a letter's list before any section, or restarts one after a new lead-in
    ('..., yêu cầu:' after a list of background points); never under 'Kính gửi:'."""
    if opens_address(lead_in):
        return False
    if b.section is None:
        return True
    return (b.section.kind == "implicit" and bool(b.section.items) and lead_in[-1:] == ":"
            and lead_in != b.section.title)


def _bullets_list(lead_in: str) -> bool:
    """A letter may list its points as top-level bullets ('... đề nghị 18 Tổ Dân phố thực hiện một
    số nội dung sau:' then '- ...'): only after a lead-in that ends in ':' and names work."""
    key = strip_diacritics(lead_in[-200:])
    return lead_in[-1:] == ":" and lead_in_sets_tasks(lead_in) and bool(p.BULLET_LEAD_IN.search(key)) \
        and not opens_address(lead_in)


def _headed_by_numbers(body: list[str]) -> bool:
    """Whether the document's top numbers are section headings ('1. Mục đích, yêu cầu', '2. Nhiệm
    vụ'): decided by its '1.', since a plan's first section is a heading, while a letter's points
    may include one heading-like point ('1. Thời gian: Ngày 22/7', '3. Nội dung:', '4. Thông tin báo
    cáo:') that must not turn the points after it into its children. With no '1.', any heading."""
    firsts = [para for para in body if (m := p.OUTLINE_MARKER.match(para)) and m["number"] in ("1", "01")]
    if firsts and all(_details_field(para) for para in firsts):
        return False
    return any(_numbered_heading(para) for para in (firsts or body))


def _details_field(para: str) -> bool:
    """leftovers2: '1. Thời gian:' over '2. Địa điểm: ...' and '4. Giao UBND các xã ...': the notice's first
    point says when, so its numbers are points, and the work after the details is still read."""
    m = p.OUTLINE_MARKER.match(para)
    return m is not None and bool(p.DETAILS_FIELD.match(strip_diacritics(para[m.end():].strip().lower())))


def _open_lead_in(lead_in: str) -> bool:
    """'UBND huyện có ý kiến như sau:' then '- Các cơ quan, đơn vị bố trí ...': bullets after a
    lead-in that ends in ':' but names no work are a list whose points decide (`tasks._sets_tasks`
    reads them as work only when most open with a body and its verb)."""
    return lead_in[-1:] == ":" and not opens_address(lead_in) \
        and bool(p.OPEN_LEAD_IN.search(strip_diacritics(lead_in[-40:])))


def _numbered_heading(para: str) -> bool:
    """'2. NHIỆM VỤ' (all caps), or a short mixed-case section name: '1. Mục đích, yêu cầu',
    '3. Tổ chức thực hiện:'."""
    m = p.OUTLINE_MARKER.match(para)
    if m is None or not m["number"] or "." in m["number"]:
        return False
    title = para[m.end() :].strip()
    if _caps_title(title):
        return True
    # A heading names a section and stops: short, no full stop, no proper name after its first word
    # ('3. Tổ chức thực hiện nghiêm túc Chỉ thị.' is a point, not a heading).
    words = title.rstrip(": ").split()
    return (0 < len(words) <= 6 and not title.endswith(".") and "." not in title
            and not any(w[:1].isupper() for w in words[1:])
            and bool(p.NUMBERED_HEADING.match(strip_diacritics(title))))


def _join(*parts: str) -> str:
    return ".".join(part for part in parts if part)


def lead_in_sets_tasks(text: str) -> bool:
    """Work words in the lead-in after any purpose words ('mục đích, yêu cầu' is one purpose)."""
    key = strip_diacritics(text[-250:])
    purpose_end = max((m.end() for m in p.PURPOSE_LEAD_IN.finditer(key)), default=0)
    purpose_end = max([purpose_end, *(m.end() for m in p.PURPOSE_UNIT.finditer(key))])
    return any(m.start() >= purpose_end for pat in (p.TASK_SECTION, p.LEAD_IN_TASKS, p.TASK_LEAD_IN_END)
               for m in pat.finditer(key))


def _section_marker(para: str) -> bool:
    if p.PART_HEADING.match(para):
        return True
    m = p.OUTLINE_MARKER.match(para)
    return m is not None and bool(m["roman"] or (m["upper"] and _part_title(para[m.end() :])))


def _lettered_parts(body: list[str]) -> bool:
    """Whether the outline's top level is lettered parts: the first section heading is 'A.'/'B.'."""
    for para in body:
        m = p.OUTLINE_MARKER.match(para)
        if p.PART_HEADING.match(para) or (m is not None and m["roman"]):
            return False
        if m is not None and m["upper"] and _part_title(para[m.end() :]):
            return True
    return False


def _purpose(title: str) -> bool:
    return p.PURPOSE_SECTION.search(strip_diacritics(title)) is not None


def _counted(m: re.Match[str] | None) -> tuple[str, int] | None:
    """The family and value of an item numbered in words: 'Hai là, ...' and 'Thứ hai, ...' are ('word', 2);
    one numbered in brackets: '(2) ...' is ('paren', 2)."""
    if m is not None and m["paren"]:
        return "paren", int(m["pv"])
    if m is None or not m["word"]:
        return None
    words = m["word"].split()
    return "word", p.ORDINAL_VALUES[(words[1] if words[0] == "Thứ" else words[0]).lower()]


def _sub_part(roman: Section, current: Section | None, letter: str, text: str) -> bool:
    """A sub-part of a Roman section in sentence case ('A. Về công tác tuyên truyền', 'B. Nhiệm vụ cụ thể'):
    its letter comes next in the section ('A.' first, then 'B.' after the sub-part 'II.A'), and its title is
    no person's name ('A. Nguyễn Văn Nam': a name's second word is capitalised too)."""
    words = text.split()
    if len(words) < 2 or not words[0][:1].isupper() or not words[1][:1].islower():
        return False
    if letter == "A":
        return True
    previous = chr(ord(letter) - 1)
    return current is not None and current.label == f"{roman.label}.{previous}"


def _caps_title(text: str) -> bool:
    return text.isupper() and len(text.strip()) >= 4


def _part_title(text: str) -> bool:
    """A capital letter's title: in capitals, or in sentence case opening on a part's words."""
    return _caps_title(text) or bool(p.SECTION_TITLE_START.match(strip_diacritics(text.strip()).lower()))


def walk(items: list[Item]) -> list[Item]:
    """Items in document order (pre-order)."""
    out: list[Item] = []
    todo = list(reversed(items))
    while todo:
        item = todo.pop()
        out.append(item)
        todo.extend(reversed(item.children))
    return out
