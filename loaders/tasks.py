"""Tasks: the outline items of the task-setting sections, with responsible bodies and deadlines.

Responsibility comes from the item's own words (a heading that is a list of bodies, a subject
opening the sentence, the colon form 'Ban X: Chủ trì ...', 'Giao X', 'Đề nghị X', 'X chủ trì,
phối hợp với Y') and otherwise from the nearest ancestor that names one. Deadlines come from the
item's own text, usually its trailing bracket, and are never inherited.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from loaders import patterns as p
from loaders.normalise import fold, new_tone_placement, strip_diacritics
from loaders.outline import Item, Section, build_outline, lead_in_sets_tasks, sets_tasks, walk
from loaders.records import Deadline, DeadlineKind, Responsible, Role, Task

_MAX_SUBJECT = 420
"""Longer than a decision's executing article naming every department ('Chánh Văn phòng ...; Giám đốc các Sở:
..., ..., ...; Chủ tịch UBND ... chịu trách nhiệm thi hành'), whose list written out ran past 260."""


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    """Folded text index-aligned with `text` (display slices come from folded matches).

    Paragraphs are already squeezed, so `fold` without its squeeze keeps every index."""
    folded = new_tone_placement(text).lower()
    return folded if len(folded) == len(text) else text.lower()


# --- bodies -----------------------------------------------------------------


def _separators(folded: str, start: int, end: int) -> list[re.Match[str]]:
    """Separators between `start` and `end` outside fixed phrases; the phrases are looked for only
    when there is a separator (half the calls have none)."""
    seps = list(p.BODY_SEPARATOR.finditer(folded, start, end))
    if not seps:
        return seps
    window = max(0, start - 40), min(len(folded), end + 40)  # a fixed phrase may straddle `start`
    protected = [m.span() for m in p.PROTECTED_LIST.finditer(folded, *window)]
    protected += [m.span() for m in p.EXTRA_PROTECTED.finditer(folded, *window)]
    protected += [m.span() for m in p.LOCALITY_LIST.finditer(folded, *window)]
    protected += [m.span() for m in p.FIELDS_IN_NAME.finditer(folded, *window)]
    return [m for m in seps if not any(a <= m.start() < b for a, b in protected)]


def _body_head(text: str, folded: str, pos: int) -> re.Match[str] | None:
    """The head noun of a body at `pos`: the seeds' vocabulary, then state officials and bodies,
    grassroots units and teams, then a ministry ('Bộ Tài chính': 'bộ' before a capital)."""
    heads = [m for m in (p.BODY_HEAD.match(folded, pos), p.EXTRA_BODY_HEAD.match(folded, pos),
                         p.COLLECTIVE_HEAD.match(folded, pos), p.LOCAL_BODY_HEAD.match(folded, pos),
                         p.MEMBER_HEAD.match(folded, pos)) if m]
    head = max(heads, key=lambda m: m.end()) if heads else None
    if head is None:
        head = p.MINISTRY_HEAD.match(folded, pos)
        if head is not None and not text[head.end() : head.end() + 1].isupper():
            head = None
    return head


def _subject_end(text: str, folded: str, start: int) -> int | None:
    """End of a list of bodies opening `folded` at `start`, or None when no body opens it.

    Walks part by part: each part must open with a body head noun, or with a capital letter
    that continues a proper name ('Sở Văn hóa, Thể thao và Du lịch'); the list ends at the
    first predicate verb, at a lower-case part that is no body, or at a colon or bracket.
    """
    first = _body_head(text, folded, start)
    if first is None:
        return None  # most paragraphs open with no body: the limits below need not be found
    limit = min(len(folded), start + _MAX_SUBJECT)
    stop = p.SUBJECT_STOP.search(folded, start, limit)
    limit = stop.start() if stop else limit
    speaker = _address_verb(text, folded, start + 1, limit)
    limit = speaker.start() if speaker else limit
    pos = start
    head: re.Match[str] | None = first
    while True:
        if head is None and pos != start and p.COLLECTIVE_TAIL.search(text[start:pos].rstrip(" ,")):
            head = p.UNIT_KIND_AT.match(folded, pos)  # '... các phòng, ban, ngành, xã, thị trấn'
        if head is None and (pos == start or not text[pos : pos + 1].isupper()):
            if pos != start and (tail := _name_tail(text, folded, start, pos, limit)):
                return tail
            return None if pos == start else _previous_separator(folded, start, pos)
        head_end = head.end() if head else pos
        verb = _predicate(text, folded, head_end, limit)
        if verb is not None and "nơi" in folded[head_end : verb.start()]:
            verb = _past_place_clause(folded, head_end, verb, limit)
        seps = _separators(folded, head_end, verb.start() if verb else limit)
        if seps:
            pos = seps[0].end()
            head = _body_head(text, folded, pos)
            continue
        end = verb.start() if verb else limit
        return end if end > head_end or verb is None else head_end


def _past_place_clause(folded: str, head_end: int, verb: re.Match[str], limit: int) -> re.Match[str]:
    """'Tỉnh ủy nơi được xác định là trung tâm ... chủ trì': the first verb after 'nơi' belongs to the
    clause naming the body, whose predicate is the duty after it (kept when none follows)."""
    if not p.PLACE_CLAUSE_OPEN.search(folded, head_end, verb.start()):
        return verb
    return p.PLACE_CLAUSE_DUTY.search(folded, verb.end(), limit) or verb


def _predicate(text: str, folded: str, start: int, limit: int) -> re.Match[str] | None:
    """The first verb between `start` and `limit` that is not part of a name: the seeds' `PREDICATE`
    or one of the verbs of letters and notices (`EXTRA_PREDICATE`)."""
    best: re.Match[str] | None = None
    for pattern in (p.PREDICATE, p.EXTRA_PREDICATE, p.LIST_PREDICATE):
        # Only a verb that starts before the best so far can win: the rest of the text is not searched.
        bound = limit if best is None else min(limit, best.start() + _VERB_MAX)
        verb = pattern.search(folded, start, bound)
        while verb is not None and (_inside_name(text, _word_start(folded, verb.start("verb")))
                                    or _quoted(text, start, verb.start("verb"))):
            verb = pattern.search(folded, verb.end(), bound)
        if verb is not None and (best is None or verb.start() < best.start()):
            best = verb
    return best


def _word_start(folded: str, pos: int) -> int:
    """Where the verb proper starts: after the 'trong' a predicate may open with ('trong xác định'), so a
    capitalised word after it ('trong Xây dựng ...') is still read as part of a name."""
    lead = p.PREDICATE_TRONG.match(folded, pos)
    return lead.end() if lead else pos


_VERB_MAX = 30
"""Longer than any verb phrase of the predicate patterns (with the blank before it)."""


def _name_tail(text: str, folded: str, start: int, pos: int, limit: int) -> int | None:
    """'Phòng Chính trị, tư tưởng phối hợp ...': a short lower-case part right before the predicate,
    after a capitalised name, ends that name (a list of one body); the end of the subject, or None."""
    if not text[start : start + 1].isupper():
        return None
    verb = _predicate(text, folded, pos, limit)
    end = verb.start() if verb else limit
    words = folded[pos:end].split()
    if not 0 < len(words) <= 2 or p.BODY_SEPARATOR.search(folded, pos, end) or "và" in words:
        return None
    if words[0] in ("các", "những"):
        return None  # '... thành phố và các | tổ chức': a determiner opens a new part, never a name's tail
    return end if _separators(folded, start, pos) and len(_separators(folded, start, pos)) == 1 else None


def _address_verb(text: str, folded: str, start: int, end: int) -> re.Match[str] | None:
    """The first 'yêu cầu' / 'giao' / 'đề nghị' between `start` and `end` that is a verb addressing a
    body: not part of a name ('Sở Giao thông vận tải'), nor 'giao nhiệm vụ'."""
    if not ("giao" in folded or "đề nghị" in folded or "yêu cầu" in folded):
        return None
    for m in p.ADDRESS_VERB.finditer(folded, start, end):
        if text[m.start() : m.start() + 1].isupper():
            continue
        count = p.LEADING_COUNT.match(folded, m.end())
        if _body_head(text, folded, count.end() if count else m.end()):
            return m
    return None


def _inside_name(text: str, pos: int) -> bool:
    """A verb-like word written with a capital ('Ủy ban Kiểm tra') or right after a joining dash
    ('Hội đồng thi đua - khen thưởng') belongs to a name; a capital 'Chủ trì' never does."""
    if p.CAPITAL_LEAD_VERB.match(text, pos):
        return False
    return text[pos : pos + 1].isupper() or text[max(0, pos - 2) : pos] in ("- ", "– ")


def _quoted(text: str, start: int, pos: int) -> bool:
    """A verb inside a quotation opened after `start` names a campaign or a programme the body is named
    for ('Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” huyện'), not its predicate."""
    if "“" not in text and '"' not in text:
        return False
    span = text[start:pos]
    return span.count("“") > span.count("”") or span.count('"') % 2 == 1


def _previous_separator(folded: str, start: int, pos: int) -> int:
    seps = _separators(folded, start, pos)
    return seps[-1].start() if seps else pos


def split_bodies(text: str) -> list[str]:
    """A list of bodies as separate names: split on ',', ';', 'và', keeping fixed phrases
    ('các tổ chức chính trị - xã hội') and generic committee lists ('các quận ủy, huyện ủy,
    đảng ủy trực thuộc Thành ủy') whole, and giving every body the locality the list ends
    with ('Hội đồng nhân dân, Ủy ban nhân dân huyện' → '... nhân dân huyện' twice)."""
    text = text.strip(" ,;")
    folded = _folded(text)
    names: list[str] = []
    group_start = 0
    groups: list[tuple[int, int]] = []
    for m in _separators(folded, 0, len(folded)):
        if ";" in m.group(0):
            groups.append((group_start, m.start()))
            group_start = m.end()
    groups.append((group_start, len(text)))
    for g_start, g_end in groups:
        parts: list[tuple[int, int]] = []
        cursor = g_start
        for m in _separators(folded, g_start, g_end):
            if _body_head(text, folded, m.end()):
                parts.append((cursor, m.start()))
                cursor = m.end()
        parts.append((cursor, g_end))
        shown = [text[a:b].strip(" ,;") for a, b in parts]
        shown = [s for s in shown if s]
        if not shown:
            continue
        if len(shown) > 1 and all(_generic(s) for s in shown):
            names.append(text[g_start:g_end].strip(" ,;"))
            continue
        shown = _standing_organs(_collectives(shown))
        suffix = p.LOCALITY_SUFFIX.search(shown[-1])
        if suffix and p.LOCALITY_NOT_SHARED.search(shown[-1][: suffix.start()].rstrip()):
            suffix = None
        if suffix and p.PLACE_PAIR_END.search(shown[-1]):
            suffix = None  # 'Chủ tịch Ủy ban nhân dân quận - huyện': a pair of kinds, not one locality
        if suffix and p.PLACE_LIST_END.search(shown[-1][: suffix.start()]):
            suffix = None  # 'Chủ tịch UBND các huyện, thị và thành phố Huế': the list's own place
        for part in shown[:-1]:
            shares = not p.HAS_LOCALITY.search(part) and not p.LOCALITY_NOT_SHARED.search(part)
            if suffix and shares and not _generic(part):
                part = f"{part} {suffix['suffix']}"
            names.append(part)
        names.append(shown[-1])
    return names


def _standing_organs(parts: list[str]) -> list[str]:
    """Bare Party committees listed after a standing organ of one ('Ban Thường vụ Tỉnh ủy, Thành ủy') given
    that organ, as the list means the organ of each (`patterns.STANDING_OF_COMMITTEE`)."""
    out: list[str] = []
    organ: str | None = None
    for part in parts:
        folded = _folded(part)
        if organ is not None and p.BARE_COMMITTEE.match(folded):
            out.append(f"{organ} {part}")
            continue
        head = p.STANDING_OF_COMMITTEE.match(folded)
        organ = part[: head.end("organ")] if head else None
        out.append(part)
    return out


def _collectives(parts: list[str]) -> list[str]:
    """Parts joined into collective names: after a part that opens with one determiner, alone or
    after one office ('Các cơ quan', 'Thủ trưởng các cơ quan', 'Chủ tịch UBND các huyện'), every
    lower-case part with no determiner or office of its own continues it ('Các cơ quan, đơn vị,
    trường học'; 'Thủ trưởng các cơ quan, ban, ngành đoàn thể cấp tỉnh'). A capitalised part is a
    named body and ends it ('Các phòng, ban, UBND các xã'), as does a new 'các ...' part. A named body
    whose name ends in 'các' and lower-case kinds opens one too ('Ban vì sự tiến bộ phụ nữ các sở, ban,
    ngành, huyện, thị xã')."""
    out: list[str] = []
    open_collective = False
    for part in parts:
        folded = _folded(part)
        continues = (open_collective and part[:1].islower() and not p.COLLECTIVE_START.match(folded)
                     and not p.OFFICE_START.match(folded))
        if continues:
            out[-1] = f"{out[-1]}, {part}"
            continue
        out.append(part)
        open_collective = bool(p.COLLECTIVE_START.match(folded)) or bool(p.COLLECTIVE_TAIL.search(part))
    return out


def _generic(part: str) -> bool:
    words = part.split()
    if words and words[0].lower() in {"các", "những"}:
        words = words[1:]
    return bool(words) and words[0][:1].islower() and bool(p.GENERIC_COMMITTEES.fullmatch(_folded(part)))


def _bodies_at(text: str, folded: str, start: int) -> tuple[list[str], int] | None:
    honorific = p.HONORIFIC.match(folded, start)
    if honorific is not None and text[honorific.end() : honorific.end() + 1].isupper():
        start = honorific.end()  # 'Các Ông (Bà) Chánh Văn phòng ...': the office is the body
    every = p.ALL_OF.match(folded, start)
    if every is not None:
        start = every.end()  # 'Tất cả các cơ quan, ...': the bodies are 'các cơ quan, ...'
    end = _subject_end(text, folded, start)
    if end is None or end <= start:
        return None
    names = split_bodies(text[start:end])
    return (names, end) if names else None


def responsible_in(text: str) -> list[Responsible]:
    """See `_responsible_in`; cached, since a letter's points are read when deciding whether its list
    sets tasks and again when assigning them."""
    return list(_responsible_in(text))


_LIST_ITEM_WORDS = 8
"""More words than a unit's name ('Nông nghiệp và Phát triển nông thôn' has six): a sentence after a
colon ('Các sở, ngành: Chủ trì, phối hợp ...') is no list of units."""


def _expand_colon_lists(text: str) -> str:
    """`text` with each colon list written out as one body per unit: 'Giám đốc các Sở: Nội vụ, Tài
    chính; ...' → 'Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính; ...', so the names after the colon are
    read as the bodies they are instead of being cut at the colon. The office stays, as it does in
    'Giám đốc Sở Nội vụ chịu trách nhiệm thi hành'."""
    folded = _folded(text)
    out: list[str] = []
    cursor = 0
    for head in p.COLON_LIST_HEAD.finditer(folded):
        if head.start() < cursor:
            continue
        got = _colon_items(text, folded, head.end())
        if got is None:
            continue
        kind = text[head.start("kind") : head.end("kind")].capitalize()
        holder = text[head.start("holder") : head.end("holder")].strip()
        out.append(text[cursor : head.start()])
        out.append(", ".join(" ".join(w for w in (holder, kind, item) if w) for item in got[0]))
        cursor = got[1]
    return "".join(out) + text[cursor:] if out else text


def _colon_items(text: str, folded: str, start: int) -> tuple[list[str], int] | None:
    """The units listed from `start` (after a list's colon) and where the list ends: at the clause's end,
    before a part that is a body of its own ('..., Chủ tịch UBND các huyện') or in lower case, or at the
    predicate. None unless two or more short capitalised names are listed."""
    stop = p.COLON_LIST_END.search(folded, start)
    limit = stop.start() if stop else len(folded)
    protected = [m.span() for m in p.FIELDS_IN_NAME.finditer(folded, start, limit)]
    bounds = [start]
    for sep in p.COLON_LIST_SEPARATOR.finditer(folded, start, limit):
        if not any(a <= sep.start() < b for a, b in protected):
            bounds += [sep.start(), sep.end()]
    bounds.append(limit)
    items: list[str] = []
    end = start
    for a, b in zip(bounds[::2], bounds[1::2], strict=True):
        if not text[a : a + 1].isupper() or (items and _body_head(text, folded, a)):
            break
        verb = _predicate(text, folded, a, b)
        item = text[a : verb.start() if verb else b].strip()
        if not item or len(item.split()) > _LIST_ITEM_WORDS:
            return None
        items.append(item)
        end = a + len(item)
        if verb is not None:
            break
    if len(items) < 2:
        return None
    shared = p.COLON_LIST_SHARED_TAIL.search(_folded(items[-1]))
    if shared is not None:
        tail = items[-1][shared.start("tail") :]
        items = [i if _folded(i).endswith(shared["tail"]) else f"{i} {tail}" for i in items]
    return items, end


@lru_cache(maxsize=2048)
def _responsible_in(text: str) -> tuple[Responsible, ...]:
    """Bodies named by one paragraph: its opening subject (or colon form), 'Giao X', 'Yêu cầu X'
    and 'Đề nghị X' at sentence starts, and 'phối hợp (với) Y' beside a 'chủ trì' (support).

    'Yêu cầu X' is an order to a body under the issuer's command, so X is assigned; only 'Đề nghị
    X' asks a body outside it (requested)."""
    if ":" in text:
        text = _expand_colon_lists(text)
    folded = _folded(text)
    found: list[Responsible] = []
    duty = p.DUTY_OF.match(folded) or (p.BASIS_OPENING.match(folded) if "," in folded else None)
    # 'Cơ quan chủ trì: Sở Nội vụ' opens with a field's name, not a body: ROLE_FIELD reads it below.
    field = ":" in folded and p.ROLE_FIELD.match(folded) is not None
    got = None if field else _bodies_at(text, folded, duty.end() if duty else 0)
    speaker = _address_verb(text, folded, got[1], len(folded)) if got else None
    if speaker is not None and folded[got[1] if got else 0 : speaker.start()].strip():
        speaker = None
    if speaker is not None:
        # 'Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh ...': the subject speaks; the bodies
        # after the verb are given the work.
        found.extend(_addressed_at(text, folded, speaker))
    elif got:
        role: Role = "lead" if p.LEAD_VERB.match(folded, got[1]) else "assigned"
        found.extend(Responsible(name=n, role=role) for n in got[0])
    directs = p.DIRECTS_OPENING.match(folded)
    if directs is not None and (got := _bodies_at(text, folded, directs.end())):
        directed: Role = "lead" if p.LEAD_VERB.match(folded, got[1]) else "assigned"
        found.extend(Responsible(name=n, role=directed) for n in got[0])
    if "giao" in folded or "đề nghị" in folded or "yêu cầu" in folded:
        for lead_in in p.ASSIGN_LEAD_IN.finditer(folded):
            got = _bodies_at(text, folded, lead_in.end())
            if got:
                requested = lead_in["requested"] is not None and not lead_in["requested"].startswith("yêu")
                role = "requested" if requested else "assigned"
                if role == "assigned" and p.LEAD_VERB.match(folded, got[1]):
                    role = "lead"
                found.extend(Responsible(name=n, role=role) for n in got[0])
    if "giao" in folded or "đề nghị" in folded or "yêu cầu" in folded:
        found.extend(_clause_orders(text, folded))
    found.extend(_later_subjects(text, folded))
    if "(" in folded:
        found.extend(_bracket_bodies(text, folded))
    # Y of 'phối hợp với Y' supports only a lead ('X chủ trì, phối hợp với Y'); in 'chủ động phối hợp
    # với Y' without one, Y is a partner the assignee works with, not a body the task is given to.
    if "phối hợp" in folded and "chủ trì" in folded:
        for m in p.SUPPORT_PHRASE.finditer(folded):
            got = _bodies_at(text, folded, m.end())
            if got:
                found.extend(Responsible(name=n, role="support") for n in got[0])
    if ":" in folded:
        for m in p.ROLE_FIELD.finditer(folded):
            field_role: Role = "support" if m["support"] or m["bare_support"] else (
                "lead" if m["lead"] or m["bare_lead"] else "assigned")
            found.extend(Responsible(name=n, role=field_role) for n in _field_bodies(text, folded, m.end()))
    return tuple(_dedupe(found))


def _field_bodies(text: str, folded: str, start: int) -> list[str]:
    """The bodies of a role field's value, which runs to its ';' ('Cơ quan chủ trì: Sở Nội vụ; cơ quan
    phối hợp: ...'). sweepT3: the value may list its bodies by ';' too ('- Cơ quan thực hiện: Các sở, ban,
    ngành; Ủy ban nhân dân các huyện, thành phố.', Kon Tum's 435/QĐ-UBND programme): when the value is only
    names, a piece after a ';' that is wholly bodies goes on with it, up to a piece that is another field or
    says more than who."""
    names: list[str] = []
    while True:
        stop = folded.find(";", start)
        end = stop if stop >= 0 else len(folded)
        got = _bodies_at(text[:end], folded[:end], start)
        if not got:
            return names
        whole = got[1] >= len(folded[:end].rstrip(" .,"))
        if names and not whole:
            return names  # the piece says more than who: no body of the field
        names.extend(got[0])
        if stop < 0 or not whole:
            return names  # 'X chủ trì, phối hợp với Y; Z': the phrase reads the rest
        start = stop + 1
        while start < len(folded) and folded[start] == " ":
            start += 1
        if p.TASK_FIELD_KEY.match(strip_diacritics(folded[start : start + 40])):
            return names


def _bracket_bodies(text: str, folded: str) -> list[Responsible]:
    """'... cho cán bộ chủ chốt (Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy)', '(Văn
    phòng Huyện ủy tham mưu; thời gian: tháng 12/2025)': a bracket that opens with bodies and their verb
    names who does the task, as a table's column would, and so does one that opens with the order ('(Giao
    Công an tỉnh chủ trì, phối hợp với ...)'). A field inside it ('(Cơ quan chủ trì: ...)') is read by
    ROLE_FIELD, a bracket of names alone ('(Ban Chấp hành khóa XV)') by nobody."""
    found: list[Responsible] = []
    for m in p.PARENTHESIS.finditer(folded):
        start, end = m.start("inner"), m.end("inner")
        if p.ROLE_FIELD.match(folded, start):
            continue
        found.extend(_subject_with_verb(text, folded, start, end, p.BRACKET_ORDER.match(folded, start)))
    return found


def _subject_with_verb(text: str, folded: str, start: int, end: int,
                       order: re.Match[str] | None = None) -> list[Responsible]:
    """The bodies opening a clause at `start` when their own verb follows them before `end` (a body named
    without a verb is an object, not who does the work); they lead when that verb is a lead's ('chủ trì').
    After an `order` opening the clause ('(Giao Công an tỉnh chủ trì', '(đề nghị X ...') the bodies follow
    it, and a request makes them requested."""
    got = _bodies_at(text[:end], folded[:end], order.end() if order else start)
    verb = _predicate(text, folded, got[1], end) if got else None
    if got is None or verb is None or verb.start() > got[1] + 2:
        return []
    role: Role = "lead" if p.LEAD_VERB.match(folded, got[1]) else (
        "requested" if order is not None and order["requested"] else "assigned")
    return [Responsible(name=n, role=role) for n in got[0]]


def _later_subjects(text: str, folded: str) -> list[Responsible]:
    """Bodies that open a later sentence or a ';' clause and are followed by their verb ('UBND các
    quận, huyện có trách nhiệm chỉ đạo ...; Thủ trưởng các cơ quan, đơn vị kiểm tra ...'). Only a
    capitalised subject counts, so a clause that opens with a verb or a noun phrase never does."""
    found: list[Responsible] = []
    for brk in p.SENTENCE_BREAK.finditer(text, 1):
        start = brk.end()
        if p.ROLE_FIELD.match(folded, start) \
                or (_body_head(text, folded, start) is None and not p.ALL_OF.match(folded, start)):
            continue  # 'Cơ quan chủ trì: Sở Nội vụ' is a field, read by ROLE_FIELD
        found.extend(_subject_with_verb(text, folded, start, len(folded)))
    return found


_SPEAKER_MAX = 80
"""How far before an order its clause may start: a speaking body's name ('Ủy ban nhân dân tỉnh')."""


def _clause_orders(text: str, folded: str) -> list[Responsible]:
    """Orders that open a clause inside a sentence: '..., giao UBND huyện Triệu Phong kiểm tra',
    '..., UBND tỉnh yêu cầu UBND huyện Triệu Phong có văn bản trả lời'. The verb must open the
    clause or follow a subject that is wholly a body list (the speaker, never given the work), so
    reported speech ('Nghị quyết đã giao cho ...') and names ('Sở Giao thông') do not count."""
    found: list[Responsible] = []
    for verb in p.ADDRESS_VERB.finditer(folded, 1):
        if text[verb.start() : verb.start() + 1].isupper():
            continue
        count = p.LEADING_COUNT.match(folded, verb.end())
        if _body_head(text, folded, count.end() if count else verb.end()) is None:
            continue  # no body is given the work ('giao nhiệm vụ', 'yêu cầu đặt ra')
        window = max(0, verb.start() - _SPEAKER_MAX)
        breaks = [m.end() for m in p.CLAUSE_BREAK.finditer(folded, window, verb.start() + 1)]
        if not breaks:
            continue
        start = breaks[-1]
        if start < verb.start():
            end = _subject_end(text, folded, start)
            if end is None or folded[end : verb.start()].strip():
                continue
        found.extend(_addressed_at(text, folded, verb))
    return found


def addressed_in(text: str) -> list[Responsible]:
    """Bodies a letter's lead-in addresses its points to: those after 'yêu cầu', 'giao' or 'đề nghị'
    anywhere in it ('Ủy ban nhân dân huyện yêu cầu Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND
    các xã, thị trấn thực hiện tốt các nội dung sau:'). The subject (the issuer) is not one."""
    folded = _folded(text)
    found: list[Responsible] = []
    # Only the sentence that introduces the points: an earlier one ('Nghị quyết Đại hội đã giao cho
    # Ban Chấp hành ...') reports what others were given.
    last = folded.rfind(". ", 0, len(folded) - 2)
    for verb in p.ADDRESS_VERB.finditer(folded, last + 1):
        if not text[verb.start() : verb.start() + 1].isupper() or verb.start() == last + 1:
            found.extend(_addressed_at(text, folded, verb))
    return _dedupe(found)


def _addressed_at(text: str, folded: str, verb: re.Match[str]) -> list[Responsible]:
    start = verb.end()
    count = p.LEADING_COUNT.match(folded, start)
    if count is not None and count.group(0)[:1].isdigit():
        start = count.end()
    got = _bodies_at(text, folded, start)
    if not got:
        return []
    role: Role = "requested" if verb["requested"] else "assigned"
    if role == "assigned" and p.LEAD_VERB.match(folded, got[1]):
        role = "lead"
    return [Responsible(name=n, role=role) for n in got[0]]


def _dedupe(found: list[Responsible]) -> list[Responsible]:
    seen: dict[str, Responsible] = {}
    for r in found:
        key = fold(r.name)
        if key not in seen or (seen[key].role == "support" and r.role != "support"):
            seen[key] = r
    return list(seen.values())


def _target_bodies(item: Item) -> list[Responsible]:
    """'Đối với X' heading: X when X is a list of bodies (the caller checks the siblings)."""
    folded = _folded(item.text)
    m = p.TARGET_GROUP.match(folded)
    if m is None:
        return []
    got = _bodies_at(item.text, folded, m.end())
    if not got or got[1] < len(item.text.rstrip(" .:")) and not p.TARGET_COLON.match(item.text, got[1]):
        return []
    return [Responsible(name=n, role="assigned") for n in got[0]]


# --- leftovers2: 'Đối với <bodies>: <work>' on one line (patterns.TARGET_COLON) ---


def _bodies_by_target(targets: list[list[Responsible]]) -> bool:
    """Sibling headings that are all 'Đối với <bodies>' ('1. Đối với các phòng, ban, ngành', '2.
    Đối với UBND các xã, thị trấn') divide work between bodies when two or more name institutions;
    headings about people ('Đối với cán bộ, công chức') never count."""
    named = [t for t in targets if t]
    return len(named) >= 2 and all(not p.PERSON_HEAD.match(_folded(r.name)) for t in named for r in t)


def _own_responsible(item: Item) -> list[Responsible]:
    """Bodies of the item's own text and of its unmarked paragraphs; a paragraph that is only a
    name (a signature line, a fragment cut off by the page: 'BTV Huyện') sets no work, while an
    item's own text may be a heading that is wholly a body list. sweepT: such a heading whose first paragraph
    opens on 'Chủ trì' ('6. Bộ Xây dựng' / 'Chủ trì chỉ đạo, hướng dẫn ...', blind32 d01) names the lead, as a
    lettered 'a) Chủ trì ...' under it does."""
    chunks = [item.text]
    for extra in item.extra:
        if p.WANTS_OBJECT_END.search(chunks[-1][-24:]):
            chunks[-1] = f"{chunks[-1]} {extra}"  # sweepT3: a hard-wrapped line goes on with the sentence
        elif not _only_names(extra):
            chunks.append(extra)
    found = responsible_in(chunks[0])
    if item.extra and p.LEAD_VERB.match(_folded(item.extra[0])) and _only_names(item.text):
        found = [r if r.role != "assigned" else Responsible(name=r.name, role="lead") for r in found]
    return _dedupe(found + [r for chunk in chunks[1:] for r in responsible_in(chunk)])


_NAME_LINE_MAX = 100
"""A signature line or a cut fragment is short; a longer paragraph is never only a name."""


def _only_names(text: str) -> bool:
    bare = text.rstrip(" .;,:")
    if len(bare) > _NAME_LINE_MAX:
        return False
    end = _subject_end(bare, _folded(bare), 0) if bare else None
    return end is not None and end >= len(bare)


def _assign(items: list[Item], inherited: list[Responsible], out: dict[str, list[Responsible]]) -> None:
    """Own bodies per item; 'Đối với X' counts only beside sibling headings that name bodies;
    an item without a lead/assigned/requested body of its own inherits its parent's."""
    own = {it.label: _own_responsible(it) for it in items}
    targets = {it.label: _target_bodies(it) for it in items}
    siblings_name_bodies = any(own[it.label] and not targets[it.label] for it in items) or _bodies_by_target(
        [targets[it.label] for it in items])
    for it in items:
        mine = own[it.label]
        if siblings_name_bodies and targets[it.label]:
            mine = _dedupe([*targets[it.label], *mine])
        if not any(r.role != "support" for r in mine) or p.DIRECTS_OPENING.match(_folded(it.text)):
            heirs = inherited
            if p.LEAD_VERB.match(_folded(it.text)):
                heirs = [r if r.role == "support" else Responsible(name=r.name, role="lead") for r in heirs]
            mine = _dedupe([*heirs, *mine])
        out[it.label] = mine
        _assign(it.children, mine, out)


# --- deadlines --------------------------------------------------------------


def _date(m: re.Match[str]) -> tuple[int, int, int]:
    if m["day"] is not None:
        return int(m["year"]), int(m["month"]), int(m["day"])
    return int(m["wyear"]), int(m["wmonth"]), int(m["wday"])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _classify(
    text: str, folded: str, before: str, *, bracket: bool, issued_on: date | None = None
) -> tuple[Deadline, str | None] | None:
    """The deadline one fragment states (a bracket's content, a 'Thời gian: ...' field, or a whole
    text), if any.

    'hằng năm' alone is a deadline only in a bracket, as 'định kỳ hằng năm' or opening the text ('Hằng
    năm, tham mưu tổ chức ...', sweepT3): in running text it often qualifies a noun ('chương trình giám
    sát hằng năm'). Bare months, years and
    half-years ('tháng 4/2023', 'năm 2025', '6 tháng đầu năm 2024') count only in a fragment or
    after a word that makes them a deadline ('trong', 'hoàn thành')."""
    yearly = "năm" in folded and ("hằng" in folded or "hàng" in folded or "mỗi" in folded)
    m = p.DEADLINE_ANNUAL.search(folded) if yearly else None
    if m and (bracket or m["day"] or m.start() == 0 or "định kỳ" in folded[max(0, m.start() - 12) : m.end()]):
        return _annual(text, m), None
    if bracket and (m := p.ANNUAL_DAY.match(folded)) and p.ANNUAL_BEFORE.search(before):
        return _annual(text, m), None
    if not _has_digit(folded):  # every pattern up to the conditional one needs a digit
        return _undated(text, folded)
    m = _by_date(folded) if p.HAS_DATE.search(folded) else None
    if m:
        y, mo, d = _date(m)
        return _dated(text[m.start("phrase") : m.end("phrase")], y, mo, d)
    m = p.DEADLINE_CLOCK_DATE.search(folded) if p.HAS_CLOCK.search(folded) else None
    if m:
        y, mo, d = _date(m)
        return _dated(text[m.start("phrase") : m.end("phrase")], y, mo, d)
    m = p.DEADLINE_QUARTER.search(folded) if "quý" in folded else None
    if m:
        month, day = p.QUARTER_END[m["quarter"]]
        due = date(int(m["year"]), month, day)
        return Deadline(text=text[m.start("phrase") : m.end("phrase")].strip(), kind="quarter", due=due), None
    if "tháng" in folded:
        m = p.DEADLINE_MONTH.search(folded)
        if m is None and bracket:
            m = p.DEADLINE_MONTH_BARE.search(folded.strip())
        if m:
            y, mo = int(m["year"]), int(m["month"])
            if 1 <= mo <= 12:
                due = date(y, mo, calendar.monthrange(y, mo)[1])
                return Deadline(text=_span(text, folded, m), kind="by_date", due=due), None
        m = p.DEADLINE_HALF_YEAR.search(folded)
        if m and (bracket or p.HALF_YEAR_LEAD.search(folded, m.start(), m.end())):
            due = date(int(m["year"]), 6, 30) if m["half"] == "đầu" else date(int(m["year"]), 12, 31)
            return Deadline(text=_span(text, folded, m), kind="by_date", due=due), None
    m = p.DEADLINE_YEAR.search(folded) if "hoàn thành" in folded else None
    if m is None and bracket and "năm" in folded:
        m = p.DEADLINE_YEAR_BARE.match(folded.strip())
    if m is None and not bracket and "năm" in folded:
        m = p.DEADLINE_YEAR_END.search(folded, max(0, len(folded) - _TAIL))
    if m is None and not bracket and folded[:1] in "nt":
        m = p.DEADLINE_YEAR_OPENING.match(folded)
    if m:
        due = date(int(m["year"]), 12, 31)
        return Deadline(text=_span(text, folded, m), kind="by_date", due=due), None
    m = p.DEADLINE_DAY_ANNUAL.search(folded) if yearly else None
    if m:  # 'trước ngày 15/12 hằng năm': a day with no year that recurs, after any dated deadline
        return _annual(text, m), None
    m = p.DEADLINE_DAY_MONTH.search(folded) if p.HAS_DAY_MONTH.search(folded) else None
    if m:
        phrase = text[m.start("phrase") : m.end("phrase")].strip()
        if issued_on is None:
            return Deadline(text=phrase, kind="by_date"), f"deadline {phrase!r} {_NO_YEAR}"
        got = _dated(phrase, issued_on.year, int(m["month"]), int(m["day"]))
        if got[0].due is not None and got[0].due < issued_on:
            got = _dated(phrase, issued_on.year + 1, int(m["month"]), int(m["day"]))
        return got
    return _undated(text, folded)


_DIGIT = re.compile(r"\d")


def _has_digit(folded: str) -> bool:
    r"""Whether a `\d` occurs (a fullwidth or other Unicode digit is one to the deadline patterns too).
    One regex pass: most fragments have no digit, and ten substring tests cost more there."""
    return _DIGIT.search(folded) is not None


def _undated(text: str, folded: str) -> tuple[Deadline, str | None] | None:
    """The deadlines that need no digit: a condition ('khi có chỉ đạo ...') or a period ('định kỳ')."""
    conditional = "khi có" in folded or "chỉ đạo của" in folded or "ngay sau khi" in folded
    m = p.DEADLINE_CONDITIONAL.search(folded) if conditional else None
    if m:
        return Deadline(text=text[m.start("phrase") : m.end("phrase")].strip(), kind="conditional"), None
    m = p.DEADLINE_PERIODIC.search(folded) if "định kỳ" in folded else None
    if m is None and "quý" in folded:
        m = p.DEADLINE_QUARTER_DAY.search(folded)
    if m is None and ("hằng" in folded or "hàng" in folded or "mỗi" in folded):
        m = next((d for d in p.DEADLINE_DAILY.finditer(folded)
                  if not p.PAYMENT_BEFORE.search(folded, max(0, d.start() - 30), d.start())), None)
    if m:
        return Deadline(text=text[m.start("phrase") : m.end("phrase")].strip(), kind="recurring"), None
    return None


_TAIL = 60
"""Closing deadline phrases ('..., thực hiện thường xuyên.', '... trong năm 2025.') are looked for in
the last characters only."""


def _span(text: str, folded: str, m: re.Match[str]) -> str:
    """The display text of a match made on `folded` or on `folded.strip()`."""
    offset = len(folded) - len(folded.lstrip()) if m.string is not folded else 0
    return text[offset + m.start("phrase") : offset + m.end("phrase")].strip()


def _dated(phrase: str, year: int, month: int, day: int) -> tuple[Deadline, str | None]:
    due = _safe_date(year, month, day)
    warning = None if due else f"impossible date {day:02d}/{month:02d}/{year} in deadline {phrase!r}"
    return Deadline(text=phrase, kind="by_date", due=due), warning


_DOUBLE_BLANK = re.compile(r"\s\s")


def _by_date(folded: str) -> re.Match[str] | None:
    """`DEADLINE_BY_DATE.search(folded)`, found from its core: the first match starts at most one
    lead-in before the first core, so only that stretch is searched (the whole text when doubled
    blanks could make a lead-in longer)."""
    core = p.DEADLINE_BY_DATE_CORE.search(folded)
    if core is None:
        return None
    window = max(0, core.start() - 3 * p.DEADLINE_LEAD_IN_MAX)
    if _DOUBLE_BLANK.search(folded, window, core.start()):
        window = 0
    return p.DEADLINE_BY_DATE.search(folded, window)


def _annual(text: str, m: re.Match[str]) -> Deadline:
    month_day = None
    if m["day"] and 1 <= int(m["month"]) <= 12 and _safe_date(2024, int(m["month"]), int(m["day"])):
        month_day = f"{int(m['month']):02d}-{int(m['day']):02d}"
    phrase = text[m.start("phrase") : m.end("phrase")].strip()
    if phrase.count("(") > phrase.count(")"):
        phrase += ")"
    return Deadline(text=phrase, kind="annual", due_month_day=month_day)


_NO_YEAR = "gives no year"
"""The end of the one warning whose deadline depends on the document's date (a day and month alone)."""


def extract_deadline(text: str, issued_on: date | None = None) -> tuple[Deadline, str | None]:
    """`_deadline_in(text, issued_on)`, from a cache keyed by the text alone.

    Plans copy their parent's tasks word for word, but each plan has its own date, so a cache keyed by
    (text, date) almost never hit. The date is read only for a day and month written without a year,
    and that case alone warns that the deadline gives no year: only then is the text read again with
    the date. The result is immutable (a frozen Deadline and a string)."""
    got = _deadline_of(text)
    if issued_on is not None and got[1] is not None and got[1].endswith(_NO_YEAR):
        return _deadline_in(text, issued_on)
    return got


@lru_cache(maxsize=8192)
def _deadline_of(text: str) -> tuple[Deadline, str | None]:
    return _deadline_in(text, None)


def _deadline_in(text: str, issued_on: date | None) -> tuple[Deadline, str | None]:
    """The deadline of one task text: the last bracket or 'Thời gian: ...' field that states one
    wins ('(thực hiện thường xuyên)', '(hoàn thành trong quý I/2024)', '(trước ngày 25/12)' after
    'hằng năm', 'Thời gian thực hiện: tháng 4/2023'); failing that, a deadline phrase in the running
    text (recurring only from a fragment, a 'định kỳ ...' phrase or an item's closing words, since
    'thường xuyên' opening a sentence describes manner, not schedule)."""
    folded = _folded(text)
    if "đột xuất" in folded and (also := p.AD_HOC_ALSO.search(folded)):
        periodic = _deadline_in(text[: also.start()] + " " * (also.end() - also.start()) + text[also.end() :],
                                issued_on)
        if periodic[0].kind in ("annual", "recurring"):
            return periodic
    fragments = [(m.start(), m.start("inner"), m.end("inner")) for m in p.PARENTHESIS.finditer(folded)] \
        if "(" in folded else []
    field_starts: set[int] = set()
    if ":" in folded:
        fields = list(p.DEADLINE_FIELD.finditer(folded))
        fragments += [(m.start(), m.start("inner"), m.end("inner")) for m in fields]
        field_starts = {m.start("inner") for m in fields}
    for start, a, b in sorted(fragments, reverse=True):
        if a in field_starts and (day := p.DEADLINE_FIELD_DATE.match(folded[:b], a)):
            y, mo, d = _date(day)
            return _dated(text[day.start("phrase") : day.end("phrase")], y, mo, d)
        before = folded[max(0, start - 30) : start]
        got = _classify(text[a:b], folded[a:b], before, bracket=True, issued_on=issued_on)
        if got:
            return got
        rec = p.DEADLINE_RECURRING.search(folded, a, b)
        if rec:
            return Deadline(text=text[rec.start("phrase") : rec.end("phrase")], kind="recurring"), None
    got = _classify(text, folded, "", bracket=False, issued_on=issued_on)
    if got:
        return got
    rec = p.DEADLINE_RECURRING_TAIL.search(folded, max(0, len(folded) - _TAIL))
    if rec:
        kind: DeadlineKind = "annual" if "năm" in rec["phrase"] else "recurring"
        return Deadline(text=text[rec.start("phrase") : rec.end("phrase")], kind=kind), None
    end = _subject_end(text, folded, 0) if "thường xuyên" in folded else None
    rec = p.RECURRING_PREDICATE.match(folded, end) if end else None
    if rec:
        return Deadline(text=text[rec.start("phrase") : rec.end("phrase")], kind="recurring"), None
    return Deadline(), None


# --- tasks ------------------------------------------------------------------


def extract_tasks(paragraphs: list[str], issued_on: date | None = None) -> tuple[list[Task], list[str]]:
    """Every item of every task-setting section as a Task, in document order, and warnings.

    `issued_on` (the document's date, when known) gives the year of a deadline written without
    one ('xong trước 30/6')."""
    tasks: list[Task] = []
    warnings: list[str] = []
    seen: set[str] = set()
    sections = build_outline(paragraphs, warnings)
    letter_parts = _letter_parts(sections)
    for section in sections:
        if not (_sets_tasks(section) or section.label in letter_parts):
            continue
        inherited = _section_bodies(section) or letter_parts.get(section.label, [])
        if section.kind == "article" and not section.items:
            text = " ".join([section.title, *section.extra]).strip()
            own = responsible_in(text[_dating_end(text) or 0 :]) or inherited
            items: list[tuple[str, str | None, str, list[Responsible], str]] = [
                (section.label, None, text, own, "")]
        else:
            responsible: dict[str, list[Responsible]] = {}
            _assign(section.items, inherited, responsible)
            heading = section.kind == "heading"
            points = _without_goals(section.items) if heading else _without_purpose(section.items)
            if section.kind == "article" and _approves(section):
                points = [it for it in points if _task_heading(it.text)]
            elif section.kind == "article":
                points = [it for it in points if not _dates_only(it)]
            items = [(it.label, it.parent, it.full_text, responsible.get(it.label, []), _time_point(it))
                     for it in walk(points) if not _logistics(it)]
        for label, parent, text, bodies, time_point in items:
            if label in seen:
                warnings.append(f"task label {label} given twice: the second list is left out")
                continue
            seen.add(label)
            deadline, warning = extract_deadline(text, issued_on)
            if deadline.kind == "none" and time_point:
                deadline, warning = extract_deadline(time_point, issued_on)
            if warning:
                warnings.append(f"{warning} of task {label}")
            tasks.append(Task(label=label, parent=parent, text=text, responsible=bodies, deadline=deadline))
    return tasks, warnings


def _dates_only(item: Item) -> bool:
    """blind40: a point of an article that only dates the text ('Điều 2. Tổ chức thực hiện' / '1. Nghị quyết
    này có hiệu lực kể từ ngày ký ban hành.' / '2. Giao Bộ Y tế ...') sets no work, as a dating article does
    not; it keeps its number, so the points after it keep theirs. One that goes on to set work stays."""
    text = item.full_text
    if item.children or not p.ARTICLE_DATES.match(strip_diacritics(text[:60])):
        return False
    sentence = p.DATING_SENTENCE.match(text + " ")
    return sentence is not None and not _sets_work(strip_diacritics(text[sentence.end() :]))


def _time_point(item: Item) -> str:
    """The text of the item's '- Thời gian: Quý I/2024' bullet, when one of its points only says when it is
    done: that point is no task (`_logistics`), so the item's own deadline is read from it."""
    for child in item.children:
        if _logistics(child) and p.TIME_FIELD.match(strip_diacritics(child.full_text[:40].lower())):
            return child.full_text
    return ""


def _logistics(item: Item) -> bool:
    """A point that only states when, where, who attends or what it costs ('2/ Thời gian treo cờ: Từ
    ngày 30/4/2025 đến hết ngày 01/5/2025', '2. Địa điểm: Hội trường UBND xã'): a clerk reads it as
    the notice's details, not as work; it keeps its number, so the points after it keep theirs."""
    text = item.full_text
    if item.children or not ("khẩu" in text[:30].lower() or ":" in text[:100]) \
            or not p.LOGISTICS_POINT.match(strip_diacritics(text[:100].lower())):
        return False
    return not _own_responsible_of_text(text)


def _own_responsible_of_text(text: str) -> bool:
    """Whether the point gives a body work: a body before the field's colon, or a body and its verb
    after it ('Địa điểm tập kết do các thôn chọn: Ban công tác Mặt trận thôn giám sát'); a list of
    names after it, or anything after 'Thành phần:', says who attends."""
    head, _, value = text.partition(":")
    value = value.strip()
    if strip_diacritics(head.lower()).lstrip(" *-+").startswith("thanh phan"):
        return bool(responsible_in(head))  # attendees are listed, whatever their words
    return bool(responsible_in(head)) or (bool(responsible_in(value)) and not _only_names(value))


def _letter_parts(sections: list[Section]) -> dict[str, list[Responsible]]:
    """A letter that splits its work into Roman parts named by subject ('Sở ... đề nghị UBND các
    quận, huyện và các cơ sở giáo dục ... thực hiện các nội dung ... cụ thể như sau:' then 'I. THU HỌC
    PHÍ ...', 'II. QUẢN LÝ CÁC KHOẢN THU ...'): when no heading names tasks or bodies, the lead-in
    before the first part sets work on every part that is not a purpose or background part, for the
    bodies it addresses. Maps those parts' labels to the bodies."""
    headings = [s for s in sections if s.kind == "heading"]
    if not headings or any(_sets_tasks(s) for s in headings):
        return {}
    lead = headings[0].lead_in
    if lead[-1:] != ":" or not lead_in_sets_tasks(lead):
        return {}
    bodies = addressed_in(lead)
    if not bodies:
        return {}
    return {s.label: bodies for s in headings
            if s.lead_in == lead and not p.PURPOSE_SECTION.search(strip_diacritics(s.title.lower()))}


def _without_goals(items: list[Item]) -> list[Item]:
    """A work section's points without those that state its goal ('1. Mục tiêu: ... phấn đấu ...') and what
    lies under them; a point that also names work ('Mục tiêu, nhiệm vụ:') is kept."""
    return [it for it in items
            if not (p.GOAL_POINT.match(strip_diacritics(it.text[:60].lower())) and not sets_tasks(it.text))]


def _without_purpose(items: list[Item]) -> list[Item]:
    """A letter's or article's points without those that are purpose or goal headings ('1. Mục
    tiêu tổng quát', '1. Mục đích, yêu cầu') and what lies under them: they hold no tasks, as the
    purpose sections of a plan do not."""
    kept = []
    for it in items:
        heading = 0 < len(it.text.rstrip(":. ").split()) <= 7 and not it.text.endswith(".")
        if heading and not sets_tasks(it.text) and p.PURPOSE_HEADING.match(strip_diacritics(it.text)):
            continue
        kept.append(it)
    return kept


def _sets_tasks(section: Section) -> bool:
    """Heading sections: by their title, or a title that is a body list. A letter's list: by its
    lead-in ('... yêu cầu ... các nội dung sau:') or half its points naming a body; unless the
    lead-in introduces purposes or background, also by most points opening with a directive verb,
    by addressees in the lead-in, or by one point below the top naming a body. An article: when it
    assigns work ('Giao ...', '... chịu trách nhiệm thi hành') and does not promulgate or date."""
    if section.kind == "heading":
        return section.sets_tasks or bool(_heading_bodies(section.title))
    if section.kind == "article":
        if _approves(section):
            return any(_task_heading(it.text) for it in section.items)
        key = strip_diacritics(" ".join([section.title, *section.extra, *(it.text for it in section.items)]))
        return _sets_work(key) or _points_name_bodies(section.items)
    lead = strip_diacritics(section.title[-250:])
    top = [it for it in section.items if not _logistics(it)]  # time, place and attendees are no points
    with_bodies = sum(1 for it in top if _own_responsible(it) or _target_bodies(it))
    by_points = bool(top) and 2 * with_bodies >= len(top)
    if by_points and top[0].kind != "number" and not section.sets_tasks:
        # Bullets after a lead-in that names no work: only when they say what the bodies do, never a
        # list of names ('- Lãnh đạo UBND huyện;' under 'Thành phần như sau:').
        by_points = 2 * sum(1 for it in top if _own_responsible(it) and not _only_names(it.text)) >= len(top)
    if section.sets_tasks or by_points:
        return True
    clause = _last_clause(lead)
    if p.PURPOSE_LEAD_IN.search(clause) or p.PURPOSE_UNIT.search(clause):
        return False
    directive = sum(1 for it in top if p.DIRECTIVE_OPENING.match(_folded(it.text)))
    if bool(addressed_in(section.title)) or (bool(top) and 2 * directive > len(top)):
        return True
    # A notice's points may mix information ('1. Hồ sơ lấy ý kiến bao gồm ...') with work ('3. Giao:'
    # then '- Phòng ... tiếp nhận ...'): one point below the top that names a body is enough.
    return any(_own_responsible(it) for top_item in top for it in walk(top_item.children))


def _points_name_bodies(items: list[Item]) -> bool:
    """outlineparts: an article whose points say who does what ('Điều 3.' / '1. Kết thúc năm 2013, Chính
    phủ báo cáo ...' / '2. Ủy ban thường vụ Quốc hội, Hội đồng dân tộc ... giám sát việc thực hiện Nghị quyết
    này', blind32 d04) sets work though no word of ARTICLE_TASKS names it: most of its points open with bodies
    and their verb (a list of members' names is no such point; a rule's principles, one naming its two
    parties and one saying how they work, blind11 b07, are not most)."""
    top = [it for it in items if not _logistics(it)]
    return 2 * sum(1 for it in top if _own_responsible(it) and not _only_names(it.text)) > len(top)


def _last_clause(lead: str) -> str:
    """The clause that introduces the list ('Căn cứ tình hình thực tế, | UBND xã thông báo như sau:'):
    background words in an earlier basis clause do not make the list background."""
    cut = max(lead.rfind(", "), lead.rfind("; "))
    tail = lead[cut + 2 :] if cut >= 0 else lead
    return tail if len(tail.split()) >= 3 else lead


def _approves(section: Section) -> bool:
    """'Điều 1. Phê duyệt Kế hoạch ... với các nội dung sau:', 'Điều 2. Quyết định này có hiệu lực':
    an article that promulgates, approves or dates a text sets no work of its own, unless the dating
    sentence is followed by one that does ('... có hiệu lực kể từ ngày ký.' / 'Chánh Văn phòng ... chịu
    trách nhiệm thi hành Quyết định này')."""
    text = " ".join([section.title, *section.extra])
    if (end := _dating_end(text)) is not None and _sets_work(strip_diacritics(text[end:])):
        return False
    return bool(p.ARTICLE_NOT_TASK.match(strip_diacritics(text)))


def _sets_work(key: str) -> bool:
    """Whether an article's words (diacritics stripped) set work: an order or a duty, not a budget's
    'giao'."""
    return any(m[0] != "giao" or p.ALLOCATED_BEFORE.search(key, max(0, m.start() - 30), m.start()) is None
               for m in p.ARTICLE_TASKS.finditer(key))


def _dating_end(text: str) -> int | None:
    """Where the dating sentence opening an article ends ('Quyết định này có hiệu lực kể từ ngày ký. '):
    it names no body, so the bodies of such an article are read after it."""
    if p.ARTICLE_DATES.match(strip_diacritics(text[:60])) is None:
        return None
    sentence = p.DATING_SENTENCE.match(text)
    return sentence.end() if sentence else None


def _task_heading(text: str) -> bool:
    """A point of an approving article that heads the plan's work ('3. Nhiệm vụ, giải pháp:', '4. Tổ
    chức thực hiện'): short, and named like a task section."""
    return 0 < len(text.rstrip(":. ").split()) <= 8 and sets_tasks(text.rstrip(":. "))


def _section_bodies(section: Section) -> list[Responsible]:
    """What every item of a section inherits: a letter's addressees, an article's own bodies."""
    if section.kind == "implicit":
        return addressed_in(section.title) or _addressee_bodies(section.addressees)
    if section.kind == "article":
        return responsible_in(" ".join([section.title, *section.extra]))
    return _heading_bodies(section.title)


def _addressee_bodies(addressees: list[str]) -> list[Responsible]:
    """'Kính gửi: - Các phòng, ban, ngành huyện; - UBND các xã, thị trấn': when the lead-in names no
    one, the points are for those the letter is sent to (each line a body list; 'Như trên' none)."""
    found: list[Responsible] = []
    for line in addressees:
        folded = _folded(line)
        got = _bodies_at(line, folded, 0)
        if got and got[1] >= len(line.rstrip(" .;,")) - 1:
            found.extend(Responsible(name=n, role="assigned") for n in got[0])
    return _dedupe(found)


def _heading_bodies(title: str) -> list[Responsible]:
    """A section heading that is wholly a list of bodies ('II. ĐỐI VỚI ỦY BAN NHÂN DÂN CÁC HUYỆN', 'I.
    Các sở, ban, ngành tỉnh') sets work for them, as a numbered body heading does."""
    text = (title.lower() if title.isupper() else title).rstrip(" :.")
    folded = _folded(text)
    target = p.TARGET_GROUP.match(folded)
    got = _bodies_at(text, folded, target.end() if target else 0)
    if (not got or got[1] < len(text)) and title.isupper() and not target:
        # 'II. PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN': lower-cased, 'phòng' lost the capital its head needs and
        # 'và thông tin huyện' split off; in capitals every word continues the name. One body only.
        text = title.rstrip(" :.")
        folded = _folded(text)
        got = _bodies_at(text, folded, 0)
        if got and len(got[0]) != 1:
            got = None
    if not got or got[1] < len(text):
        return []
    if target and any(p.PERSON_HEAD.match(_folded(n)) for n in got[0]):
        return []
    return [Responsible(name=n, role="assigned") for n in got[0]]


def quoted_name(text: str) -> str | None:
    """A name quoted in a task ('“Ngày hội đại đoàn kết toàn dân tộc”') is how the same task is called in
    every locality's plan, whatever its label there."""
    m = p.QUOTED_NAME_RE.search(text)
    return " ".join(m["name"].split()) if m else None
