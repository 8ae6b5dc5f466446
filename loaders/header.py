"""Header: number, type, title, date, place, issuer, signer.

Read from the lines (the header is a layout, not prose): the top-left body lines and 'Số ...' line,
the 'Hải Phòng, ngày ...' line, the type heading ('KẾ HOẠCH'), the trích yếu under it, and the
signature block at the end. The issuer is completed by `resolve.resolve_issuer` from the preamble's
'..., <Issuer> ban hành Kế hoạch' clause and everything else the text supports.
"""

from __future__ import annotations

import contextlib
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from loaders import gazetteer as gz
from loaders.docnumber import ALL_STYLES, DocNumber, canonical_type, iter_numbers, number_of, try_parse
from loaders.normalise import (
    ends_unfinished,
    fold,
    new_tone_placement,
    nfc,
    squeeze,
    starts_item,
    strip_diacritics,
    toned_paragraph,
)
from loaders.normalise import paragraphs as normalise_paragraphs
from loaders.patterns import (
    ACRONYM_IN_NAME_RE,
    ACTING_SUBJECT_RE,
    AD_HOC_ALIAS_CLAUSE_RE,
    AD_HOC_CLAUSE_RE,
    AD_HOC_GUIDANCE_CLAUSE_RE,
    AD_HOC_ISSUER_BASES,
    AD_HOC_SHORT_FORM_CLAUSE_RE,
    ADDRESS_UNIT_RE,
    ADOPTED_DATE_RE,
    ADOPTION_RE,
    AGENCY_COMMITTEE_BEFORE_RE,
    ALIAS_CLAUSE_RE,
    ANNEX_HEADING_RE,
    ANNEX_NOTE_RE,
    ANNOUNCED_OWNER_RE,
    ANNOUNCES_ONLY_RE,
    ARCHIVE_RE,
    ARTICLE,
    ARTICLE_ISSUES_RE,
    ATTACHED_NUMBER_RE,
    ATTACHMENT_RULE_RE,
    BARE_IN_MARKED_DATE_PARTS,
    BASE_TITLE_LINE_RE,
    BASE_TYPE_WORDS,
    BASES,
    BASIS_HEADING_RE,
    BASIS_SECTION_RE,
    BELOW_PROVINCE_BODY_RE,
    BLANK_NUMBER_RE,
    BLANK_NUMBER_TYPE_RE,
    BOARD_LEAD_OPENING_RE,
    BOARD_SUBJECT_START_RE,
    BODY_OPENING_RE,
    BODY_RE,
    BRACKETED_NUMBER_RE,
    BRANCH_LINE_RE,
    CARRY_OUT_LIST_OPENING_RE,
    CENTRAL_CELL_RE,
    CENTRAL_ORGAN_NAMES,
    CENTRAL_ORGAN_OF_NUMBER,
    CENTRAL_ORGAN_SIGNS_RE,
    CENTRE_IN_CODE_RE,
    CENTRE_IN_NAME_RE,
    CHAIR_CONCLUDES_RE,
    CITED_BEFORE_RE,
    CITED_NUMBER_DATE_RE,
    CITED_NUMBER_END_RE,
    CITED_NUMBER_TAIL_RE,
    CITING_CUE_RE,
    CITING_TAIL_RE,
    CLAUSE_BODY_SUBJECT_RE,
    CLAUSE_OWN_RE,
    CLAUSE_TITLE_END_RE,
    CLAUSE_VERB_HINT_RE,
    CODE_ALIASES,
    COLLECTIVE_ACTOR_RE,
    COMMUNE_BODY_RE,
    COMPOUND_TYPE_HEADINGS,
    CONGRESS_ACTION_PROGRAMME_RE,
    CONGRESS_HELD_RE,
    CONGRESS_RESOLUTION_STUDIED_RE,
    COUNTRY_TAIL_RE,
    DANGLING_END_RE,
    DATE_CELL_RE,
    DATE_RE,
    DEPARTMENT_NAME_RE,
    DIRECTED_AT_MEETING_RE,
    DIRECTED_BY_COMMITTEE_RE,
    DOCUMENT_LINK_RE,
    DOCUMENT_SUBJECT_RE,
    DRAFT_DISCUSSED_RE,
    DRAFT_HEADING_PREFIX_RE,
    DRAFT_MARK_RE,
    ENACTING_BASES,
    ENACTING_FOLLOW_RE,
    EVENT_HOLDER_RE,
    FILE_NAME_RE,
    FIRST_SECTION_RE,
    FLAT_HEADER_CUT_RE,
    FLAT_HEADING_CUT_RE,
    FLAT_NUMBER_CELL_RE,
    FLAT_SALUTATION_RE,
    FLAT_TITLE_RE,
    FLAT_YOUTH_MOTTO_RE,
    GIVEN_TO_RE,
    GLUED_NUMBER_END_RE,
    GLUED_NUMBER_HEAD_RE,
    GLUED_SIGNED_BY_RE,
    GROUNDS_LINE_RE,
    GROUNDS_LISTED,
    GUIDES_WORDS_RE,
    HEADER_AGENCY_CUT_RE,
    HEADER_CELL_RE,
    HEADER_COMMITTEE_CUT_RE,
    HEADER_DEPARTMENT_CUT_RE,
    HEADER_GRASS_CUT_RE,
    HEADER_ORGAN_CUT_RE,
    HEADLINE_DEPLOYS_RE,
    HEADLINE_LAUNCHES_RE,
    HEADLINE_STAMP_RE,
    HEADLINE_TYPE_NAME_RE,
    HEADLINE_TYPE_RE,
    HOLDER_ASPECT_TAIL_RE,
    HYPHENLESS_NUMBER_RE,
    INLINE_SIGNATURE_RE,
    ISSUED_ON_RE,
    ISSUER_CLAUSE_RE,
    ISSUER_NAME_END_RE,
    ISSUER_TERM_CLAUSE_RE,
    ISSUES_ANNOUNCED_TITLE_RE,
    ITEM_OPENING_RE,
    JOINT_FIRST_BEFORE_RE,
    JOINT_KIND_RE,
    JOINT_SLASH_NUMBER_LINE_RE,
    JOINT_VERB_RE,
    LATER_MENTION_RE,
    LEAD_ANNOUNCES_RE,
    LEAD_DATE_BEFORE_RE,
    LEAD_DATE_TAIL_RE,
    LEAD_DEPLOYS_NUMBERED_RE,
    LEAD_DEPLOYS_RE,
    LEAD_DIRECTS_UNDER_OWN_RE,
    LEAD_ISSUER_RE,
    LEAD_JOINED_DOCUMENT_RE,
    LEAD_MEETING_HELD_RE,
    LEAD_OPENING_DATE_RE,
    LEAD_OPENING_DAY_RE,
    LEAD_OWN_BRACKET_RE,
    LEAD_QUALIFIED_NUMBER_RE,
    LEAD_RECENT_DATE_BEFORE_RE,
    LEAD_REPORTS_DOCUMENT_RE,
    LEAD_RESOLVES_RE,
    LEAD_SIGNED_BY_RE,
    LEAD_SIGNER_RE,
    LEAD_SIGNS_JOINT_BETWEEN_RE,
    LEAD_SIGNS_JOINT_RE,
    LEAD_SUBJECT_ACRONYM_RE,
    LEAD_SUBJECT_PLACE_RE,
    LEAD_SUBJECT_RE,
    LEAD_TAG_PLACE_RE,
    LEAD_TAG_SKIP_RE,
    LEAD_TIME_TAIL_RE,
    LEAD_TITLE_ADDRESSEES_AFTER_RE,
    LEAD_TITLE_ADDRESSEES_RE,
    LEAD_TITLE_CONSEQUENCE_RE,
    LEAD_TITLE_OPENING_RE,
    LEAD_TITLE_PURPOSE_RE,
    LEAD_TOPIC_BREAK_RE,
    LEAD_TOPIC_HEAD_RE,
    LEAD_TOPIC_MAX_WORDS,
    LEAD_TOPIC_NOT_NAME_RE,
    LEGAL_BASIS_RE,
    LIBRARY_YEAR_TAG_RE,
    LIST_ITEM_RE,
    LISTED_OF_RE,
    LONG_SUBJECT_RE,
    LOST_INITIAL_RE,
    LOST_TAG_DASH_RE,
    LOWER_COMMITTEE_CLAUSE_RE,
    LOWER_COMMITTEE_RE,
    MARKS_LOST_DATE_CUE_RE,
    MARKS_LOST_NUMBER_RE,
    MARKS_LOST_PLACE_DATE_RE,
    MEETING_DEPLOYS_RE,
    MEETING_DRAFT_RE,
    MEMBER_BRANCHES_ACTOR_RE,
    MENU_ITEM_RE,
    META_ALONE_RE,
    META_BARE_LINE_RE,
    META_CELL_MARK_RE,
    META_CELL_RE,
    META_EXPLAINS_RE,
    META_LABEL_RE,
    MINISTRY_END_RE,
    MONTH_YEAR_RE,
    MOTTO_RE,
    MOTTO_SPLIT_RE,
    NAME_JOIN_RE,
    NAMED_BY_TYPE_RE,
    NAMED_CELL_RE,
    NAMED_WORD_RE,
    NAMES_AFTER_COLON_RE,
    NATIONAL_PLACE,
    NEWS_TAG_OPENING_RE,
    NEWS_TAG_RE,
    NEXT_SECTION_RE,
    NOT_OWN_RE,
    NOTE_OPENING_RE,
    NOTICE_PARENT_SUBJECT_RE,
    NUMBER_ALONE_RE,
    NUMBER_BEFORE_PLACE_DATE_RE,
    NUMBER_DANGLING_DASH_RE,
    NUMBER_DASH_RE,
    NUMBER_DASHES,
    NUMBER_HEAD_RE,
    NUMBER_LINE_RE,
    NUMBER_RE,
    NUMBER_ROW_RE,
    NUMBER_TAIL_CELL_RE,
    NUMBER_WORD_SLIP_RE,
    OCR_DATE_END_RE,
    OCR_DATE_HINT_RE,
    OCR_DATE_NM_RE,
    OCR_DATE_PRE_RE,
    OCR_DATE_RE,
    OCR_NUMBER_RE,
    ON_BEHALF_RE,
    OPENING_CARRY_OUT_RE,
    ORDER_BEFORE_GUIDANCE_RE,
    ORDERS_ONLY_RE,
    ORDINAL_POINTS_OPENED_RE,
    ORGAN_LINE_SUBJECT_RE,
    ORGAN_PREFIX_RE,
    ORGANS,
    OUTLINE_HEADING_RE,
    OWN_GUIDANCE_RE,
    OWN_GUIDANCE_VERB_RE,
    OWN_ISSUE_RE,
    OWN_JOINT_GUIDANCE_RE,
    OWN_MAKING_RE,
    OWN_NAME_INLINE_SIGNER_RE,
    OWN_NAME_SIGNER_TITLE_RE,
    OWN_NOTICE_OBJECT_RE,
    OWN_NOTICE_RE,
    OWN_NUMBER_START_RE,
    OWN_OF_RE,
    OWN_PASSED_RE,
    PAGE_DATELINE_RE,
    PARTY_AND_GOVERNMENT_RE,
    PARTY_BODY_OF_UNIT_RE,
    PASSIVE_ISSUE_RE,
    PASSIVE_RECENT_RE,
    PERIOD_LINE_RE,
    PERSON_TAIL_RE,
    PHOTO_CAPTION_RE,
    PLACE_DATE_RE,
    PLACE_KIND_HEAD_RE,
    PLACE_TAIL_RE,
    POLITBURO_BEFORE_COMMA_RE,
    PORTAL_SECTION_RE,
    POSTED_RE,
    POSTING_STAMP_TAIL_RE,
    PREAMBLE_START_RE,
    PREDICATE_WORD_RE,
    PROVINCIAL_PARTY_CELL_RE,
    PUBLISHED_NAME_START_RE,
    RECENT_YEAR_RE,
    RECIPIENT_ITEM_RE,
    RECIPIENT_OWN_SIGNER_TAIL_RE,
    RECIPIENT_SIGNER_TAIL_RE,
    RECIPIENTS_HEAD_RE,
    RECIPIENTS_MARK_RE,
    REPORTED_UNDER_RE,
    RESOLUTION_PASSED_RE,
    RESOLUTIONS_LISTED_RE,
    RESOLVED_SUBJECT_RE,
    RESOLVES_CUE_RE,
    RESTATED_TITLE_RE,
    RESULTS_OF_RE,
    RESULTS_REVIEW_RE,
    SALUTATION_RE,
    SAYS_NOTHING_RE,
    SELF_REFERENCE_RE,
    SENTENCE_BREAK_RE,
    SENTENCE_END_RE,
    SENTENCE_YEAR_RE,
    SHARED_UNIT_COMMITTEE_RE,
    SIGN_FOR_RE,
    SIGN_MARK_RE,
    SIGN_ON_BEHALF_RE,
    SIGN_TITLE_TAIL_RE,
    SIGN_TITLE_WORDS_RE,
    SIGN_VERB_SPELLING_RE,
    SIGNED_BY_FIELD_RE,
    SIGNED_FOR_RE,
    SIGNED_NOTE_HEAD_RE,
    SIGNED_NOTE_RE,
    SIGNED_NOTE_TAIL_RE,
    SIGNED_NUMBER_AFTER_RE,
    SIGNED_ON_BRACKET_RE,
    SIGNER_NAME_OFFICE_RE,
    SIGNER_OFFICE_BODY_RE,
    SIGNER_OFFICE_WORD_RE,
    SIGNER_RANK_RE,
    SIGNER_TITLE_TENSE_TAIL_RE,
    SIGNER_WORD_BEFORE_RE,
    SOURCE_BEFORE_RE,
    SOURCE_CODE_NOTE_RE,
    SOURCE_NOTE_RE,
    SPACED_NUMBER_DASH_RE,
    STANDING_ORGAN_HEAD_RE,
    STRIPPED_PLACE_DATE_RE,
    STRIPPED_TYPE_RE,
    STRIPPED_TYPE_WORDS,
    SUBJECT_DOCUMENT_RE,
    SUBJECT_LINE_RE,
    SUMMARY_HEADLINE_RE,
    TEXT_KIND_AFTER_RE,
    THAT_IS_AT_OWN_RE,
    THAT_IS_OWN_RE,
    THEO_NOTE_RE,
    TITLE_BODY_OPENER_RE,
    TITLE_CARRIES_OUT_RE,
    TITLE_CASE_HEADING_RE,
    TITLE_LINE_RE,
    TITLED_ON_RE,
    TU_ISSUING_RE,
    TYPE_CODE_KIND,
    TYPE_CODES,
    TYPE_COLON_TITLE_RE,
    TYPE_HEADING_RE,
    TYPE_HEADINGS,
    TYPE_ONLY_TITLE_RE,
    TYPE_OVER_SALUTATION_RE,
    TYPE_SUFFIX_ALONE_RE,
    TYPE_SUFFIX_RE,
    TYPE_WORDS,
    UNION_CENTRE_RE,
    UNION_CENTRE_TAIL,
    UNION_WITHOUT_YOUTH_RE,
    UNIT_ABBREV_DOT_RE,
    UNIT_ACTOR_RE,
    UNIT_IN_NAME,
    UNIT_KIND_LAST_RE,
    UNIT_KIND_RE,
    WEEKDAY_BASE_RE,
    WHEN_RE,
    WORKING_DELEGATION_RE,
    WRAP_GOES_ON_RE,
    spaced_number_dash,
)
from loaders.recipients import opens_address
from loaders.records import Issuer, Signer
from loaders.resolve import (
    BRANCH_NAMED_BASES,
    PARTY_BASES,
    PARTY_COMMITTEE_OF_UNIT,
    PEOPLES_COMMITTEE_BASES,
    YOUTH_BASES,
    Body,
    Evidence,
    body_name,
    collective_level,
    parse_body,
    resolve_issuer,
    resolve_unit_actor,
)

_HEAD_LINES = 40  # the header and title sit in the first lines of the text
_TITLE_LINES = 10
_SIGNATURE_LINES = 30
_SIGNATURE_WIDTH = 160
_DATE_BY_SIGNATURE = 5  # a date cell moved to the foot sits within a few lines of 'TM.' or 'Nơi nhận'
_SEPARATOR = re.compile(r"^[-–—_=.*~]{3,}$")
_PLACE_HEAD = re.compile(r"^[^\W\d_][^\W\d_]*$")  # a place name's first word wrapped onto its own line
# leadsweep: a basis list whose items each open with a dash ('- Căn cứ Điều lệ Đảng ...;') ends a title too.
_LIST_MARK = re.compile(r"[-–][ \t]*")
_PREAMBLE_INITIALS = "TCĐNQS"  # the first letters of PREAMBLE_START_RE's words: a cheap test before it
# Common Vietnamese family names: a trailing line of a document is a signer's name only if it
# starts with one, unless a signature block ('T/M ...') announced it.
_SURNAMES = frozenset(fold(s) for s in (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lò Đinh Lương Mai Trịnh Đào "
    "Cao Lâm Hà Tạ Triệu Thái Tô Chu Quách Lưu Kiều Đoàn Vương Văn Trương Tống Hứa Thân Khổng Âu Mạc "
    "Hầu Lục Nông Hoàng Giáp Phùng Lại Kim Ninh Đàm Doãn Chế Lã Diệp La Sầm Vi Y Ksor Rơ H"
).split())
_NAME_TOKEN = re.compile(r"^[^\W\d_][^\W\d_']*$")


@dataclass(frozen=True)
class Header:
    number: str | None = None
    doc_type: str | None = None
    title: str | None = None
    issued_on: date | None = None
    place: str | None = None
    issuer: Issuer | None = None
    signer: Signer | None = None
    warnings: list[str] = field(default_factory=list)


def _is_caps(line: str) -> bool:
    """All letters upper case (at least one): headings, header bodies, the signature block."""
    return line.isupper()


_SPACED_HEADINGS = {k.replace(" ", ""): v for k, v in (TYPE_HEADINGS | COMPOUND_TYPE_HEADINGS).items()}
_OCR_HEADING_WIDTH = 30


class _BaseLetters(dict[int, str]):
    """Character → its base letter (the first of its NFD; 'd'/'D' for 'đ'/'Đ'), one for one, so
    offsets are kept; a `str.translate` table filled as characters turn up, in place of a Python
    loop that decomposed every character of every line."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        base = "d" if c == "đ" else "D" if c == "Đ" else unicodedata.normalize("NFD", c)[0]
        self[code] = base
        return base


_BASES = _BaseLetters()


def _base_letters(text: str) -> str:
    return text.translate(_BASES)


def _bare_key(text: str) -> str:
    """Base letters, no spaces, lower case: 'K ÉT LUẬN' and 'KẾT LUẬN' both give 'ketluan'."""
    return "".join(_base_letters(text).lower().split())


# A type heading OCR damaged: a mark misread or a space put inside a word ('K ÉT LUẬN', 'KÉ HOẠCH').
_OCR_HEADINGS = {_bare_key(k): v for k, v in TYPE_HEADINGS.items()}
# A joint circular's or resolution's type line in capitals ('THÔNG TƯ LIÊN TỊCH', 'NGHỊ QUYẾT LIÊN TỊCH'): the
# kind's first word alone would leave 'LIÊN TỊCH' to open the trích yếu.
_JOINT_HEADINGS = {k: v for k, v in COMPOUND_TYPE_HEADINGS.items() if k.endswith("liên tịch")}


def _type_heading(lines: list[str]) -> tuple[int, str, str | None] | None:
    """(line index, type code, rest of the line) of the all-caps type heading; also when it is
    letter-spaced for display ('K Ế  H O Ạ C H'). Of several, the first one with a number or
    place-date line above it: a site menu's 'THÔNG BÁO' or 'VĂN BẢN' item comes before the header."""
    found = [x for x in _type_headings(lines) if not _enacting_formula(lines, x)]
    for k, heading in enumerate(found):
        start = found[k - 1][0] + 1 if k else 0
        if any(NUMBER_LINE_RE.search(x) or PLACE_DATE_RE.search(x) for x in lines[start:heading[0]]):
            return heading
    return found[0] if found else None


def _enacting_formula(lines: list[str], heading: tuple[int, str, str | None]) -> bool:
    """sweepG: a library copy that lost a decision's type line ('Số: 47/2005/QĐ-UBND | Đồng Hới, ngày ...' /
    'VỀ VIỆC BAN HÀNH QUY ĐỊNH ...' / 'Căn cứ ...') keeps the enacting 'QUYẾT ĐỊNH' over 'Điều 1.': after the
    preamble and over the first article, it is the decision's verb, not its type heading."""
    at, code, rest = heading
    if rest or code != "QĐ":
        return False
    nxt = next((x.strip() for x in lines[at + 1:] if x.strip()), "")
    return bool(ARTICLE.match(nxt)) and any(LEGAL_BASIS_RE.match(x.strip()) for x in lines[:at])


def _headline_over_lead(lines: list[str], heading: tuple[int, str, str | None]) -> bool:
    """blind4: a portal's headline in capitals that opens with a type word ('KẾ HOẠCH CẢI CÁCH HÀNH
    CHÍNH NĂM 2025'), first on the page, its title on the same line, over a news lead that issues a
    numbered document ('Ngày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành Quyết định
    số 119/QĐ-UBND ...'): no type heading of a document but a headline; the page is read as headless."""
    at, _, rest = heading
    if not rest or any(x.strip() for x in lines[:at]):
        return False
    nxt = next((x for x in lines[at + 1:at + 4] if x.strip()), None)
    if nxt is None or "ban hành" not in nxt.lower():
        return False
    return _lead(nxt, []).number is not None


def _head_span(lines: list[str], count: int = _HEAD_LINES) -> int:
    """leftovers2: the first `count` lines that hold text: a portal's blank and space-only lines
    (a visit counter, a poll, a pasted Word table's empty cells) push a header down without being any."""
    seen = 0
    for i, line in enumerate(lines):
        if line.strip():
            seen += 1
            if seen > count:
                return i
    return len(lines)


def _type_headings(lines: list[str]) -> Iterator[tuple[int, str, str | None]]:
    for i, line in enumerate(lines[:_head_span(lines)]):
        if not _is_caps(line):
            if (code := _title_case_heading(lines, i)) is not None:
                yield i, code, None
            continue
        letters = line.split()
        if len(letters) >= 4 and all(len(x) == 1 for x in letters):
            code = _SPACED_HEADINGS.get(fold("".join(letters)))
            if code:
                yield i, code, None
            continue
        if (joint := _JOINT_HEADINGS.get(squeeze(fold(line)))) is not None:
            yield i, joint, None  # sweepB: 'THÔNG TƯ LIÊN TỊCH' alone; 'LIÊN TỊCH' is no word of the title
            continue
        m = TYPE_HEADING_RE.match(DRAFT_HEADING_PREFIX_RE.sub("", fold(line), count=1))
        if m:
            rest = line[len(line) - len(m["rest"]):] if m["rest"] else None
            yield i, TYPE_HEADINGS[squeeze(m["heading"])], rest
        elif len(line.strip()) <= _OCR_HEADING_WIDTH and (code := _OCR_HEADINGS.get(_bare_key(line))):
            yield i, code, None


def _title_case_heading(lines: list[str], at: int) -> str | None:
    """typesweep: a type line alone in title case ('Kế hoạch') under a header block, where a page's style
    sheet set the capitals: the type line only below a number or place-date line, and not the value of a
    library's 'Loại văn bản' cell, so a site menu's 'Thông báo' item is none."""
    line = lines[at].strip(" \t*#_")
    if not line[:1].isupper() or len(line) > _OCR_HEADING_WIDTH:
        return None
    if not (m := TITLE_CASE_HEADING_RE.match(fold(line))):
        return None
    above = [x for x in lines[:at] if x.strip()]
    if not above or META_CELL_RE.fullmatch(above[-1].strip()):
        return None
    if not any(NUMBER_LINE_RE.search(x) or PLACE_DATE_RE.search(x) for x in above):
        return None
    key = squeeze(m["heading"])
    return TYPE_HEADINGS.get(key) or COMPOUND_TYPE_HEADINGS[key]


def _number(region: list[str]) -> DocNumber | None:
    texts = [ocr_number_repair(x) for x in region if x.strip()]
    if any("/TƯ" in x for x in texts):
        texts = _provincial_tu(texts)
    for k, line in enumerate(texts):
        if (jm := JOINT_SLASH_NUMBER_LINE_RE.search(line)) is not None:
            with contextlib.suppress(ValueError):
                return DocNumber.from_joint(jm)
        m = NUMBER_LINE_RE.search(line)
        if m is None and k + 1 < len(texts) and NUMBER_HEAD_RE.match(line):
            m = NUMBER_LINE_RE.search(line + " " + texts[k + 1])  # 'Số 312-' / 'KH/TU   Hà Giang, ...'
        if ("Số" in line or "SỐ" in line) and (
                m is None and GLUED_NUMBER_HEAD_RE.search(line) or GLUED_NUMBER_END_RE.search(line)):
            m = _glued_cells_number(line) or m
        if m is None:
            continue
        if NUMBER_DANGLING_DASH_RE.match(line, m.end()) and (tail := _number_tail(texts[k + 1:k + 4])):
            m = NUMBER_LINE_RE.search(line[: m.end()] + "-" + tail) or m
        if (number := number_of(m)) is not None:
            return number
    return None


def _number_alone(region: list[str]) -> DocNumber | None:
    """perturb: a header line that is a whole number and nothing else is the number cell without its
    'Số' (a cited number always comes with words around it); perturb2: or run into the place-date cell
    after it ('454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011')."""
    for line in map(ocr_number_repair, region):
        if (m := NUMBER_ALONE_RE.match(line) or NUMBER_BEFORE_PLACE_DATE_RE.match(line)) is not None and (
                number := number_of(m)) is not None:
            return number
    return None


def _glued_cells_number(line: str) -> re.Match[str] | None:
    """The 'Số' cell of header cells run together ('...***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS ...')."""
    cut = GLUED_NUMBER_END_RE.sub(" ", GLUED_NUMBER_HEAD_RE.sub("\n", line))
    return next((m for part in cut.split("\n") if (m := NUMBER_LINE_RE.search(part))), None)


def _number_tail(after: list[str]) -> str | None:
    """blind8: the code a number's dangling dash leaves to a later line, past the place-date line or the
    motto the other column put between ('XMC' of 'Số: 255 / BC-BCĐPCGD-')."""
    for line in after:
        if tm := NUMBER_TAIL_CELL_RE.match(line):
            return tm["tail"]
        if not (PLACE_DATE_RE.search(line) or MOTTO_RE.match(fold(line))):
            return None
    return None


_STATE_ISSUERS = frozenset({"UBND", "HĐND", "HDND", "CP", "TTG", "VPCP", "BCĐ", "MTTQ"})
_HEADLESS_LINES = 30
_BODY_LINE = 200  # a line this long is running text, not a header cell
_SENTENCE_GAP = re.compile(r"[.;!?]\s")


def _headless_region(lines: list[str]) -> list[str]:
    """The header of a document with no type heading (an official letter): the lines before the
    salutation ('Kính gửi: ...') or the first paragraph of running text."""
    out: list[str] = []
    for line in lines[:_head_span(lines, _HEADLESS_LINES)]:  # perturb: doubled blank lines are no text
        long_text = len(line) > _BODY_LINE and not MOTTO_SPLIT_RE.search(line) \
            and not _flat_header(line[:_BODY_LINE]) and not NUMBER_ROW_RE.match(line)  # a header row's run
        # parentsweep: a subject cell naming its parent in full ('V/v triển khai Nghị quyết số 43-NQ/TW
        # ngày ... của ... về ...') runs past a body line's width and is still the header's
        if SALUTATION_RE.match(line) or long_text and not LONG_SUBJECT_RE.match(line):
            break
        out.append(line)
    return _unflattened(out) or lines[_after_metadata(lines):][:15]


def _after_metadata(lines: list[str]) -> int:
    """Where the header starts on a page whose long title line is followed by a legal library's metadata
    table, one cell a line: after the table's last label and its value (the table alone can fill the
    fifteen lines a headless page's header is looked for in)."""
    labels = [k for k, line in enumerate(lines[:_HEADLESS_LINES]) if META_ALONE_RE.match(line)]
    return labels[-1] + 2 if len(labels) >= 3 else 0


def _unflattened(region: list[str]) -> list[str]:
    """A letter flattened onto one line ('ỦY BAN ... XÃ TÂN HẢI Số: 45 /UBND V/v ... CỘNG HÒA ... Hạnh
    phúc Tân Hải, ngày ... Kính gửi: ...'): its header cells, cut where a clerk sees each begin; what
    follows the salutation is the letter's body, no part of its header. A line opening
    with the number cell and holding a motto is such a row at any length: normalisation may already have
    cut the issuer's cell off its front."""
    out: list[str] = []
    for line in region:
        if (len(line) > _BODY_LINE or NUMBER_LINE_RE.match(line)) and MOTTO_SPLIT_RE.search(line):
            head = FLAT_SALUTATION_RE.split(line, maxsplit=1)[0]
            out.extend(p.strip() for p in FLAT_HEADER_CUT_RE.split(head) if p and p.strip())
        elif _flat_header(line[:_BODY_LINE]) or NUMBER_ROW_RE.match(line):
            out.extend(_flat_cells(line))
        else:
            out.append(line)
    return out


def _flat_header(line: str) -> bool:
    """sweep: a short header run onto one line ('TỈNH ỦY NGHỆ AN * Số 45-KH/TU ĐẢNG CỘNG SẢN VIỆT NAM
    Nghệ An, ngày ... KẾ HOẠCH về ...'): a number cell after a body's name, a motto and a place-date."""
    return bool(FLAT_NUMBER_CELL_RE.search(line) and PLACE_DATE_RE.search(line)
                and (MOTTO_SPLIT_RE.search(line) or FLAT_YOUTH_MOTTO_RE.search(line)))


def _flat_cells(line: str) -> list[str]:
    """The cells of a short flattened header: the mottos cut out first (the Youth Union's kept as a cell:
    it says whose 'BAN CHẤP HÀNH TRUNG ƯƠNG' the header names), so that the place-date line, whole, begins
    where its place does ('Thành phố Huế, ngày ...'); the type heading after it is a cell of its own."""
    cells: list[str] = []
    parts = (g for p in MOTTO_SPLIT_RE.split(line) for q in FLAT_YOUTH_MOTTO_RE.split(p)
             for g in GLUED_NUMBER_HEAD_RE.split(q))
    for part in parts:
        if not part or not part.strip(" *"):
            continue
        at = m.start("place") if (m := PLACE_DATE_RE.search(part)) else len(part)
        cells += [c.strip(" *") for c in FLAT_HEADER_CUT_RE.split(part[:at]) if c and c.strip(" *")]
        cells += [c.strip() for c in FLAT_HEADING_CUT_RE.split(part[at:]) if c.strip()]
    return cells


def _glued_number(region: list[str]) -> DocNumber | None:
    """Split the glued code where a type code ends and a known issuer code begins (QĐ + UBND)."""
    for line in region:
        m = HYPHENLESS_NUMBER_RE.match(line)
        if m is None:
            continue
        code, year = m["code"], f"{m['year']}/" if m["year"] else ""
        for k in range(1, len(code)):
            if canonical_type(code[:k]) and code[k:].upper() in _STATE_ISSUERS:
                return try_parse(f"{m['seq']}/{year}{code[:k]}-{code[k:]}")
    return None


_SUBJECT_LINES = 5
_OPEN_QUOTES = {"“": "”", '"': '"', "«": "»"}


def _subject(region: list[str]) -> str | None:
    """An official letter's 'V/v ...' line, with the lines a narrow header cell wrapped it onto: while
    a quote it opened is unclosed ('“V/v Triển' / 'khai đồng loạt' / '... 22/7/2018”') or the next
    line goes on in lower case."""
    texts = [x.strip() for x in region if x.strip()]
    for k, line in enumerate(texts):
        if not SUBJECT_LINE_RE.match(line) or k and _wrapped_into(texts[k - 1], line):
            continue
        out = [line]
        for nxt in texts[k + 1:k + 1 + _SUBJECT_LINES]:
            joined = " ".join(out)
            quote = next((q for q in _OPEN_QUOTES if joined.lstrip().startswith(q)), None)
            unclosed = quote is not None and joined.count(_OPEN_QUOTES[quote]) < (2 if quote == '"' else 1)
            if MOTTO_RE.match(fold(nxt)) or PLACE_DATE_RE.search(nxt) or SALUTATION_RE.match(nxt):
                break
            wrapped = (_subject_wrapped(joined, nxt) or _narrow_cell(out[-1], nxt)
                       or _caps_cell_wrapped(out[-1], nxt))
            if not (unclosed or nxt[:1].islower() or wrapped):
                break
            out.append(nxt)
        return squeeze(" ".join(out))
    return None


def _subject_wrapped(joined: str, nxt: str) -> bool:
    """perturb: a PDF copy wraps the 'V/v' cell where the line is full, also before a number ('... Nghị
    quyết số' / '57-NQ/TW của Bộ Chính trị ...', '... năm học' / '2022-2023') or after a word that cannot
    end it; a numbered point ('1. Giao ...') is the letter's body."""
    return (nxt[:1].isdigit() and not starts_item(nxt)) or ends_unfinished(joined)


_SUBJECT_CELL_WIDTH = 60


def _caps_cell_wrapped(last: str, nxt: str) -> bool:
    """perturb5 (rewrap, rewrap_page, pdf_copy): a trích yếu in capitals under a lost type heading wrapped
    where the line was full ('VỀ VIỆC XÂY DỰNG KẾ HOẠCH ... DỰ TOÁN NGÂN' / 'SÁCH NHÀ NƯỚC NĂM 2026'): the
    capitals after a full line go on, unless they name a body or an officer ('TỔNG GIÁM ĐỐC ...', 'CHỦ TỊCH
    ỦY BAN NHÂN DÂN ...'), a type heading or a point."""
    if len(last) < _WRAPPED_HEADLINE_WIDTH or not _is_caps(last) or not _is_caps(nxt):
        return False
    if last.endswith(_SENTENCE_CLOSERS) or nxt.rstrip().endswith((":", ".")) or starts_item(nxt):
        return False
    return not (TYPE_HEADING_RE.match(fold(nxt)) or _names_body(nxt) or SIGN_TITLE_WORDS_RE.match(fold(nxt)))


_WRAPPED_LINE_WIDTH = 40


def _wrapped_into(above: str, line: str) -> bool:
    """typesweep (perturb rewrap_page): 'về việc ...' in lower case under a full line that no sentence's end
    closes ('... đã có Công điện số 1543/CĐ-CTUBND' / 'về việc triển khai ...') goes on the lead's sentence;
    a letter's own 'V/v' cell stands under its short 'Số:' line."""
    return line[:1].islower() and len(above) >= _WRAPPED_LINE_WIDTH and not above.endswith(_SENTENCE_CLOSERS)


_SENTENCE_CLOSERS = (".", ":", ";", "!", "?", "\"", "”", ")")


def _narrow_cell(last: str, nxt: str) -> bool:
    """typesweep: a narrow 'V/v' cell wraps before a proper name ('V/v tổ chức các hoạt động hưởng ứng' /
    'Ngày sách và Văn hóa đọc Việt Nam'): both lines short, and the next one is no sentence of the body
    ('Thực hiện ...', 'Năm 2025, ...'), no page date, no capitals of the other column and no label."""
    if len(last) > _SUBJECT_CELL_WIDTH or len(nxt) > _SUBJECT_CELL_WIDTH or nxt.isupper():
        return False
    if PREAMBLE_START_RE.match(nxt) or TITLE_BODY_OPENER_RE.match(nxt) or _posted(nxt) or starts_item(nxt):
        return False
    return not nxt.rstrip().endswith((":", ".", ";")) and "," not in nxt[:12]


def _blank_number_type(region: list[str]) -> str | None:
    """blind24: the type code of a number left blank ('Số       -BC/TU', 'Số:      /KH-UBND'), when it is
    one; an issuer's code in that place ('Số:      /UBND-VX') names no type."""
    for line in region:
        if (m := BLANK_NUMBER_TYPE_RE.match(line)) is not None:
            code = CODE_ALIASES.get(m["code"], m["code"])
            return code if code in TYPE_CODES else None
    return None


def _no_number_warning(region: list[str], bare: str | None) -> str:
    if bare:
        return f"document number without its code ('số {bare}'): unknown"
    blank = any(BLANK_NUMBER_RE.match(line) for line in region)
    return "no document number (left blank)" if blank else "no document number"


def _place_date(region: list[str], warnings: list[str]) -> tuple[str | None, date | None]:
    """The 'Hải Phòng, ngày 02 tháng 02 năm 2024' line, also when a column layout wrapped it
    ('..., ngày 15 tháng 01' / 'năm 2024') or put the left column between ('Nghệ An,' /
    'Số 85-KH/ĐUK ngày 02 tháng 02 năm 2024')."""
    joined = ocr_date_repair("\n".join(x for x in region if x.strip() and not _posted(x)))
    texts = [x for x in OCR_DATE_NM_RE.sub(r"\g<1>năm", joined).split("\n") if x]
    for k, line in enumerate(texts):
        nxt = texts[k + 1] if k + 1 < len(texts) else ""
        m = PLACE_DATE_RE.search(line)
        if m and k and m.start("place") == 0 and _PLACE_HEAD.match(texts[k - 1]):
            m = PLACE_DATE_RE.search(texts[k - 1] + " " + line) or m  # 'Bình' / 'Định, ngày ...'

        partial = m is None and "ngày" in line.lower() or m is not None and DATE_RE.search(m["when"]) is None
        if partial and nxt:
            m = PLACE_DATE_RE.search(line + " " + nxt) or m
        if m and not _place_as_typed(m["place"]):
            m = None
        if m:
            return _place_and_date(m["place"], m["when"], warnings)
        tail = PLACE_TAIL_RE.search(line) if line.rstrip().endswith(",") else None  # its ', ' ends the line
        when = WHEN_RE.search(nxt) if tail and nxt else None
        if tail and when:
            return _place_and_date(tail["place"], when.group(0), warnings)
    if (stripped := _stripped_place_date(texts)) is not None:
        return stripped
    if (cell := _date_cell(texts, warnings)) is not None:
        return cell
    warnings.append("no issue date")
    return None, None


_STRIPPED_CUE = "ngy "  # 'ngày' with its non-ASCII letter dropped: the cheap test for the damaged reading
_STRIPPED_TYPE_GAP = 80  # characters between the damaged place-date and the type heading after it
_WHOLE_DATE_WORDS = ("ngày", "tháng", "năm")
_HEADER_CELLS_ABOVE = 6  # the number cell sits a few lines above the place-date line


def _moved_date_cell(lines: list[str], heading: int | None) -> tuple[str, date] | None:
    """A header whose date cell a copy moved: under the type heading's title (the cells reordered) or to
    the foot, by the signature block or 'Nơi nhận' (realworld h03's union letter). Only a whole dated
    'Place, ngày ...' line of a known place counts; a blank one is a form to fill in, not the date."""
    top = lines[heading + 1:heading + 1 + _TITLE_LINES] if heading is not None else []
    foot = _before_attachment(lines)[-_SIGNATURE_LINES:]
    signed = [k for k, x in enumerate(foot) if _signature_line(x.strip()) or RECIPIENTS_HEAD_RE.match(x)]
    by_signature = [x for k, x in enumerate(foot) if any(abs(k - j) <= _DATE_BY_SIGNATURE for j in signed)]
    for line in (*top, *by_signature):
        text = line.strip(" \t*_|")
        m = PLACE_DATE_RE.match(text) if "ngày" in text.lower() else None
        if m is None or m.end() != len(text.rstrip(".")):
            continue
        when = DATE_RE.search(m["when"])
        place = m["place"].strip()
        if when is not None and _is_place(place) and (issued := _date_of(when)) is not None:
            return place, issued
    return None


def _stripped_place_date(texts: list[str]) -> tuple[str, date] | None:
    """blind10: 'Lm H, ngy 22 thng 11 nm 2021' in a text whose non-ASCII letters were all dropped;
    s10: 'Ph Th, ngay 12 thang 01 nm 2017' where some kept their base letter."""
    for line in texts:
        if not MARKS_LOST_DATE_CUE_RE.search(line):
            continue
        if (m := _marks_lost_date(line)) is not None:
            try:
                return m["place"], date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                return None
    return None


def _marks_lost_date(line: str) -> re.Match[str] | None:
    """The damaged place-date line, told from a whole one ('Long An, ngày ... năm') by a lost letter."""
    m = MARKS_LOST_PLACE_DATE_RE.search(line)
    if m is None or tuple(nfc(m[w]).lower() for w in ("w1", "w2", "w3")) == _WHOLE_DATE_WORDS:
        return None
    return m


def _marks_lost_number(region: list[str]) -> DocNumber | None:
    """'S: 02 /HD-SVHTTDL' in a header whose date line shows the lost marks; only the cells before
    that line's date count (what follows it is the body, citing other numbers)."""
    texts = [x for x in region if x.strip()]
    for k, line in enumerate(texts):
        if not MARKS_LOST_DATE_CUE_RE.search(line):
            continue
        if (dm := _marks_lost_date(line)) is None:
            continue
        for cell in [*texts[max(0, k - _HEADER_CELLS_ABOVE):k], line[: dm.start()]]:
            if (m := MARKS_LOST_NUMBER_RE.search(cell)) is not None:
                return number_of(m)
        return None
    return None


def _stripped_type(text: str) -> str | None:
    """The type heading right after such a damaged place-date line ('... nm 2021  Hng dn bnh xt ...')."""
    if _STRIPPED_CUE not in text[:_LEAD_CHARS]:
        return None
    if (m := STRIPPED_PLACE_DATE_RE.search(text, 0, _LEAD_CHARS)) is None:
        return None
    tm = STRIPPED_TYPE_RE.match(text, m.end(), m.end() + _STRIPPED_TYPE_GAP) \
        or STRIPPED_TYPE_RE.search(text, m.end(), m.end() + _STRIPPED_TYPE_GAP)
    return STRIPPED_TYPE_WORDS[" ".join(tm["tw"].lower().split())] if tm else None


def _basis_heading_type(text: str) -> str | None:
    """realworld k20: a body whose header and title were lost still names its type in the heading of its
    basis section ('I. CĂN CỨ LẬP KẾ HOẠCH')."""
    m = BASIS_HEADING_RE.search(text, 0, _LEAD_CHARS) if "CĂN" in text[:_LEAD_CHARS] else None
    return TYPE_WORDS.get(fold(squeeze(m["tw"]))) if m else None


def _place_as_typed(place: str) -> bool:
    """A place typed with a lower-case last syllable ('Tùng châu', 'Hà nội') is a place only when the
    gazetteer knows it capitalised; any other place line is taken as written."""
    words = place.split()
    if not words[-1][:1].islower():
        return True
    return _is_place(" ".join(w[:1].upper() + w[1:] for w in words))


def _posted(line: str) -> bool:
    """A page's posting, update or print line ('Ngày cập nhật ...', '04:35 15/03/2016', 'Thứ Tư, ...')."""
    return bool(POSTED_RE.search(line) or WEEKDAY_BASE_RE.match(_base_letters(nfc(line))))


def _place_and_date(place_text: str, when: str, warnings: list[str]) -> tuple[str | None, date | None]:
    words = place_text.split()
    while (len(words) > 1 and _is_caps(words[0]) and not words[0].endswith(".")  # keep 'TP.'
           and not all(_is_caps(w) for w in words)):
        words.pop(0)
    return " ".join(words), _cell_date(when, warnings)


def _cell_date(when: str, warnings: list[str]) -> date | None:
    dm = DATE_RE.search(when)
    if dm is None:
        warnings.append(f"no issue date (blank in '{squeeze(when)}')")
        return None
    d, mo, y = (dm["d"], dm["m"], dm["y"]) if dm["d"] else (dm["wd"], dm["wm"], dm["wy"])
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:
        warnings.append(f"impossible issue date {d}/{mo}/{y}")
        return None


_MOTTO_ENDS = ("đảng cộng sản việt nam", "chủ nghĩa việt nam", "hạnh phúc")


def _ends_in_motto(text: str) -> bool:
    """A header run onto one line, its last cell before the date a motto ('... ĐẢNG CỘNG SẢN VIỆT NAM')."""
    return text.rstrip(" \t-–*").lower().endswith(_MOTTO_ENDS)


def _date_cell(texts: list[str], warnings: list[str]) -> tuple[str | None, date | None] | None:
    """The date cell on a line of its own with no place, or its place without the comma ('ngày 05 tháng 3
    năm 2024', 'Lai Châu ngày ...'); a line that carries on a cited number is that number's date."""
    for k, line in enumerate(texts):
        if "ngày" not in line and "NGÀY" not in line and "Ngày" not in line:
            continue
        at = line.lower().rfind("ngày")
        m = DATE_CELL_RE.match(line)
        if m is None and at > 0 and _ends_in_motto(line[:at]):
            m = DATE_CELL_RE.match(line[at:])  # a header run onto one line: the cell after the motto
        above = texts[k - 1] if k else ""
        if m is None or CITED_NUMBER_END_RE.search(above) and not NUMBER_LINE_RE.match(above):
            continue
        place = m["place"].strip() if m["place"] else None
        if place is not None and not _is_place(place):
            continue
        return place, _cell_date(m["when"], warnings)
    return None


# --- leftovers2: a header cell whose first letter the extraction lost ---


def _lost_initial(cell: str) -> str:
    if not cell.startswith(("Y ", "UY ")):
        return cell
    return LOST_INITIAL_RE.sub("ỦY", cell, count=1)


def _header_bodies(region: list[str]) -> list[str]:
    """Top-left lines naming bodies, outermost first: 'ĐẢNG BỘ TỈNH HƯNG YÊN', 'HUYỆN ỦY KIM ĐỘNG'.
    A line naming only a place ('XÃ TỰ CƯỜNG') completes the body line above it."""
    bodies: list[str] = []
    cells = _rejoin_cells([c for line in region for part in MOTTO_SPLIT_RE.split(line)
                           for cell in FLAT_YOUTH_MOTTO_RE.split(part) if cell  # sweep: the Union's motto
                           for c in HEADER_CELL_RE.split(cell) if c.strip()])
    cells = [c for cell in cells  # sweep: "TỈNH UỶ ..."
             for c in _organ_cells(_lost_initial(new_tone_placement(cell)))]
    for line in cells:
        if _title_cased(line):
            line = _lost_initial(line.upper())  # 'Y Ban Nhân Dân': a title-case cell whose 'Ủ' a PDF lost
        if not _is_caps(line) or MOTTO_RE.match(fold(line)) or NUMBER_LINE_RE.search(line):
            continue
        text = new_tone_placement(line)
        m = BODY_RE.match(text)
        if m and (m["organ"] or m["base"]):
            bodies.append(text)
        elif bodies and UNIT_KIND_RE.match(text) and " VÀ " not in text:  # perturb6: no place is named
            bodies[-1] += " " + text  # '... VÀ ...': 'XÃ HỘI VÀ DỰ TOÁN ...' is a title's wrap
    if bodies and fold(bodies[0]) == _CENTRAL_COMMITTEE \
            and any(FLAT_YOUTH_MOTTO_RE.fullmatch(c.strip()) for c in cells):
        bodies[0] += " ĐOÀN TNCS HỒ CHÍ MINH"  # sweep: the Youth Union's motto opposite: its centre's header
    return bodies


_TITLE_CASED_WORDS = 2
_TITLE_CASED_GLUE = frozenset("-–—")  # 'Tỉnh Bà Rịa - Vũng Tàu'


def _title_cased(line: str) -> bool:
    """perturb: a header cell a web page's styles left in title case ('Ủy Ban Nhân Dân', 'Tỉnh Lai
    Châu'): every word opens with a capital and goes on in lower case. Read as the capitals it shows."""
    words = [w for w in line.split() if w not in _TITLE_CASED_GLUE]
    return len(words) >= _TITLE_CASED_WORDS and all(
        w[:1].isupper() and (len(w) == 1 or w[1:].islower()) for w in words
    )


_CENTRAL_COMMITTEE = "ban chấp hành trung ương"


def _organ_cells(cell: str) -> list[str]:
    """'UỶ BAN MTTQ VIỆT NAM XÃ TÙNG CHÂU BAN THƯỜNG TRỰC' → the committee of its place, then its organ:
    two header lines run together, cut only where the words before name a body with its place or are the
    Central Committee whose board or office the header names."""
    if not _is_caps(cell):
        return [cell]
    cuts = [m for m in (HEADER_ORGAN_CUT_RE.search(cell), HEADER_COMMITTEE_CUT_RE.search(cell)) if m]
    if not cuts:
        return _department_cells(cell)
    cut = min(cuts, key=lambda m: m.start())
    body = parse_body(new_tone_placement(cell[: cut.start()]))
    central = fold(cell[: cut.start()]) == _CENTRAL_COMMITTEE  # blind29: 'BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG'
    if not central and (body is None or not (body.place or body.bloc)):
        return [cell]
    return [cell[: cut.start()], cell[cut.end():]]


def _department_cells(cell: str) -> list[str]:
    """perturb2: 'UBND THÀNH PHỐ HÀ NỘI SỞ GIÁO DỤC VÀ ĐÀO TẠO' → the committee of its place, then its
    department, cut where the words before name a committee with its place and the words after a body
    (the last such place: a city's name may hold 'PHÒNG')."""
    for cut in reversed(list(HEADER_DEPARTMENT_CUT_RE.finditer(cell))):  # 'HẢI PHÒNG SỞ Y TẾ': the last
        if AGENCY_COMMITTEE_BEFORE_RE.search(cell, 0, cut.start()):
            continue  # grassweep: 'ĐẢNG ỦY CƠ QUAN SỞ NỘI VỤ' is the department's own committee
        heads = HEADER_GRASS_CUT_RE.finditer(cell, 0, cut.start())
        if any(_names_body(cell[g.end():cut.start()]) for g in heads):
            continue  # cellcut: 'UBND HUYỆN X BCĐ PHÒNG CHỐNG THIÊN TAI': 'PHÒNG' is in the board's task
        body = parse_body(new_tone_placement(cell[: cut.start()]))
        department = cell[cut.end():].rstrip(_CELL_RULE)
        if body is not None and body.place and _names_body(department):
            return [cell[: cut.start()], department]
    return _agency_cells(cell)


def _agency_cells(cell: str) -> list[str]:
    """agencysweep: 'BỘ CÔNG AN CÔNG AN TỈNH NGHỆ AN', 'VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO VIỆN KIỂM SÁT NHÂN DÂN
    TỈNH ...' → the superior, then the agency: cut where both sides name bodies and the superior names its
    place or is central, or is the same agency's bare name over its branch ('KHO BẠC NHÀ NƯỚC KHO BẠC NHÀ NƯỚC
    NGHỆ AN'); never inside one committee's name ('ĐẢNG ỦY CÔNG AN TỈNH')."""
    whole = BODY_RE.match(new_tone_placement(cell))
    grass = list(HEADER_GRASS_CUT_RE.finditer(cell))
    for cut in sorted([*HEADER_AGENCY_CUT_RE.finditer(cell), *grass], key=lambda m: m.start(), reverse=True):
        if whole and whole["base"] and whole.end("base") > cut.start():
            continue  # 'BCH ĐOÀN THANH NIÊN CÔNG AN TỈNH': one body's name runs across
        if AGENCY_COMMITTEE_BEFORE_RE.search(cell, 0, cut.start()):
            continue  # bodies2: 'ĐẢNG ỦY PHƯỜNG X CHI BỘ CÔNG AN': the cell of the police, not the police
        upper = parse_body(new_tone_placement(cell[: cut.start()]))
        agency = parse_body(new_tone_placement(cell[cut.end():].rstrip(_CELL_RULE)))
        if agency is None:
            continue
        if cut in grass and not (_grassroots(agency) and (
                upper.place if upper else UNIT_KIND_RE.match(new_tone_placement(cell[: cut.start()])))
                or _under_superior(upper, agency)):
            continue  # grassweep: only a commune's body or a cell under a named superior ('TỈNH X' of 2025)
        if cut in grass and any(_organ_only(cell[g.end():cut.start()]) for g in grass if g.end() < cut.end()):
            continue  # cellcut: 'HỘI NÔNG DÂN TỈNH X BCH HỘI NÔNG DÂN HUYỆN Y': 'BCH' opens the body after
        if upper is None and agency.unit_kind and agency.place:  # 'TỔNG CỤC THUẾ', 'QUÂN KHU 4' over a branch
            return [cell[: cut.start()], cell[cut.end():].rstrip(_CELL_RULE)]
        if upper is None:
            continue
        if upper.place or upper.fixed_level == "central" \
                or (upper.base == agency.base and (agency.unit_kind or agency.place)):
            return [cell[: cut.start()], cell[cut.end():].rstrip(_CELL_RULE)]
    return [cell]


def _under_superior(upper: Body | None, agency: Body) -> bool:
    """cellcut: a body under a superior that names its place or is the national body ('HỘI CCB VIỆT NAM'),
    the body below no national one itself and named by its place, its organ ('THƯỜNG TRỰC') or its task
    ('BCĐ PHÒNG, CHỐNG ...', 'CÔNG ĐOÀN NGÀNH GIÁO DỤC') or an ad hoc council's whole name ('HỘI ĐỒNG THI
    ĐUA - KHEN THƯỞNG'), at any level: a Central Committee's 'HỘI LHPN VIỆT NAM' is its own name, no body
    under it."""
    council = agency.base is not None and BASES[agency.base][1] == "council"
    return upper is not None and bool(upper.place or upper.fixed_level == "central") \
        and agency.fixed_level != "central" and bool(agency.place or agency.organ or agency.topic or council)


def _organ_only(text: str) -> bool:
    """Words naming only an organ ('BCH', 'BAN THƯỜNG VỤ'): between two cuts they open the body after."""
    body = parse_body(new_tone_placement(text))
    return body is not None and body.organ is not None and body.base is None and not body.place


def _grassroots(body: Body) -> bool:
    """A commune's, a ward's or a township's body, or a Party cell ('UBND XÃ X', 'CHI BỘ KHU PHỐ 3')."""
    return body.fixed_level == "commune"


_CELL_RULE = " -–—_=*.~"  # the rule under a header's issuer cell, run into the line ('... ĐÀO TẠO -------')


def _names_body(text: str) -> bool:
    return parse_body(new_tone_placement(text)) is not None


def _rejoin_cells(cells: list[str]) -> list[str]:
    """A body line a narrow table cell broke ('HỘI' / 'ĐỒNG NHÂN DÂN'): joined again when only
    the two together name a body."""
    out: list[str] = []
    i = 0
    while i < len(cells):
        cell = cells[i]
        if i + 1 < len(cells) and _is_caps(cell) and _is_caps(cells[i + 1]) and _one_name(cell, cells[i + 1]):
            out.append(cell + " " + cells[i + 1])
            i += 2
            continue
        if i + 1 < len(cells) and (branch := _branch_of(cell, cells[i + 1])):
            out.append(branch)
            i += 2
            continue
        out.append(cell)
        i += 1
    return out


def _branch_of(cell: str, nxt: str) -> str | None:
    """agencysweep: 'NGÂN HÀNG NHÀ NƯỚC VIỆT NAM' / 'CHI NHÁNH TỈNH NGHỆ AN': the branch line names the
    issuer, the sector's agency of that unit ('NGÂN HÀNG NHÀ NƯỚC CHI NHÁNH TỈNH NGHỆ AN'), not the national
    body."""
    if not BRANCH_LINE_RE.match(nxt):
        return None
    agency = COUNTRY_TAIL_RE.sub("", cell)
    body = parse_body(new_tone_placement(agency))
    if body is None or body.base not in BRANCH_NAMED_BASES or body.organ or body.place or body.unit_kind:
        return None
    return f"{agency} {nxt}"


def _one_name(cell: str, nxt: str) -> bool:
    """Whether two header cells are one body's name broken by the cell's width: 'HỘI' / 'ĐỒNG NHÂN
    DÂN'; (blind4) a longer first half that names nothing alone, when the join names another body than
    the second half ('ỦY BAN THƯỜNG VỤ' / 'QUỐC HỘI', 'HỘI LIÊN HIỆP PHỤ' / 'NỮ TỈNH QUẢNG NAM'); an
    office alone over a body with neither office nor place ('VĂN PHÒNG' / 'QUỐC HỘI')."""
    joined = parse_body(new_tone_placement(cell + " " + nxt))
    if joined is None:
        return False
    alone = parse_body(new_tone_placement(cell))
    if alone is None:
        if len(cell) <= 12:
            return True
        second = parse_body(new_tone_placement(nxt))
        return second is None or (joined.base or "") != (second.base or "")
    if _names_the_national_body(alone, joined, nxt):
        return True
    if alone.organ is None or alone.base is not None or alone.place is not None or len(cell) > 12:
        return False
    second = parse_body(new_tone_placement(nxt))
    return (second is not None and second.organ is None and second.place is None and second.base is not None
            and joined.organ == alone.organ and joined.base == second.base)


def _names_the_national_body(alone: Body, joined: Body, nxt: str) -> bool:
    """blind17: 'BẢO HIỂM XÃ HỘI' / 'VIỆT NAM', 'NGÂN HÀNG NHÀ NƯỚC' / 'VIỆT NAM': a sector's agency whose
    cell broke before the country's name, which makes it the national body (its own, longer name)."""
    return (alone.base in BRANCH_NAMED_BASES and alone.organ is None and joined.base != alone.base
            and joined.fixed_level == "central" and fold(nxt.strip(_CELL_RULE)) == NATIONAL_PLACE)


_CAPS_TITLE_LINES = 4


def _caps_title(lines: list[str], end: int) -> str | None:
    """The trích yếu of a header whose type heading was lost: the all-caps lines right after the
    number and place-date lines ('THỰC HIỆN NGHỊ QUYẾT SỐ 96/NQ-CP ...'), not a body or motto."""
    start = next((i + 1 for i in range(min(end, len(lines)) - 1, -1, -1)
                  if PLACE_DATE_RE.search(lines[i]) or NUMBER_LINE_RE.search(lines[i])
                  or BLANK_NUMBER_TYPE_RE.match(lines[i])), None)  # blind24: 'Số       -BC/TU'
    if start is None:
        return None
    out: list[str] = []
    for line in lines[start:start + _CAPS_TITLE_LINES + 3]:
        text = line.strip()
        if not text or _SEPARATOR.match(text) or not out and DRAFT_MARK_RE.match(text):
            if out:
                break
            continue  # blind24: a draft's '(Dự thảo lần 5)' before its trích yếu
        if not _is_caps(text) or MOTTO_RE.match(fold(text)) or len(text.split()) < 3 and not out:
            break
        if not out and _names_body(text):
            break
        out.append(text)
    return squeeze(" ".join(out)) if out else None


def _abridges(headline: str, title: str) -> bool:
    """titlesweep: a page's headline made of the words of the issuing clause's own trích yếu, fewer of them
    ('Chào cờ và sinh hoạt dưới cờ' for 'tổ chức chào cờ và sinh hoạt chính trị dưới cờ ...'): the clause
    quotes the document, the headline shortens it."""
    words, own = fold(headline).split(), set(fold(title).split())
    return len(words) < len(own) and all(w in own for w in words)


def _flat_title(region: list[str]) -> str | None:
    """titlesweep: a header flattened onto a line keeps its trích yếu after the type heading's capitals
    ('... năm 2016 NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ NĂM ... về phát triển du lịch ...')."""
    for line in region:
        for m in FLAT_TITLE_RE.finditer(line):
            if _is_caps(m["tw"]):
                return _without_enacting_tail(squeeze(m["title"]))
    return None


def _without_enacting_tail(title: str) -> str:
    """blind44: a row-joined copy runs the enacting body's capitals on after the trích yếu ('... TRONG TÌNH
    HÌNH MỚI” ỦY BAN NHÂN DÂN TỈNH KON TUM'): who decides, not the title's last words, as on a line of its
    own (`_enacting_line`); a title that waits for its object ('... CỦA ỦY BAN NHÂN DÂN TỈNH') keeps it."""
    words = title.split()
    for k in range(max(1, len(words) - _ENACTING_WORDS), len(words)):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if not _is_caps(tail) or DANGLING_END_RE.search(fold(head)):
            continue
        body = parse_body(new_tone_placement(tail))
        if body is not None and body.base in ENACTING_BASES and body.organ in (None, "chủ tịch") \
                and not body.topic and fold(tail).startswith(("ủy ban", "uỷ ban", "chủ tịch", "hội đồng",
                                                              "chính phủ", "thủ tướng")):
            return head
    return title


def _page_chrome(line: str) -> bool:
    """A page's label or counter ('Tuyên truyền', '0'), its dated posting stamp ('03/03/2023 17:11',
    'Ngày đăng 20/01/2020 | 23:46'), a breadcrumb ('Chi tiết bài viết - Xã X - Y') or a banner's address:
    never a headline, never the body."""
    return len(line.split()) <= _PAGE_LABEL_WORDS or _stamp_or_caption(line) or line.count(" - ") >= 2 \
        or "http" in line or "www." in line


def _stamp_or_caption(line: str) -> bool:
    """A page's posting stamp ('Ngày đăng bài: 18/03/2020 | Tác giả: ...', '08/10/2019 - 07:26') or a photo's
    caption (blind18)."""
    stamp = bool(POSTED_RE.search(line)) and any(c.isdigit() for c in line) and len(line) <= _PAGE_STAMP_WIDTH
    return stamp or POSTING_STAMP_TAIL_RE.match(" " + line) is not None or bool(PHOTO_CAPTION_RE.search(line))


def _opens_body(line: str) -> bool:
    """The preamble, the first point or the lead: a sentence (or one ending in a colon before its list)
    or a paragraph, not a headline."""
    sentence = len(line.split()) >= _SENTENCE_WORDS and line.endswith((".", ":"))
    return bool(BODY_OPENING_RE.match(line)) or len(line) > _PAGE_BODY_WIDTH or bool(
        NEWS_TAG_OPENING_RE.match(line)) or sentence or (
        bool(PREAMBLE_START_RE.match(line)) and line.endswith((".", ";", ":", ","))) or bool(
        LEGAL_BASIS_RE.match(line))


def _page_headline(lines: list[str]) -> str | None:
    """leftovers: a page that gives the document no header and no type, only its headline ('ĐỊNH HƯỚNG
    TUYÊN TRUYỀN THÁNG 7 NĂM 2020' over 'Thực hiện ...'; 'Kỷ niệm 110 năm Ngày sinh đồng chí ...' over
    a posting stamp and the preamble; a headline over '1. UBND phường ...' or '(TTV)- UBND tỉnh ...'):
    as a clerk files it, the headline is the subject. It is the last line above the body's first one,
    past the page's labels and stamps."""
    texts = [HEADLINE_STAMP_RE.sub("", x.strip()) for x in lines[:_TITLE_LINE_SPAN] if x.strip()]
    body = next((i for i, t in enumerate(texts[:_PAGE_HEADLINE_LINES + 2])
                 if _opens_body(t) and not _page_chrome(t)), None)
    if body is None:
        return None
    at = next((j for j in range(body - 1, -1, -1) if not _page_chrome(texts[j])), None)
    if at is None or not _headline_like(texts[at]):
        return None
    first = _unwrapped_headline(texts, at)
    low, high = _TITLE_OVER_PREAMBLE_WIDTH
    if not low <= len(first) <= high or not _headline_like(first):
        return None
    if len(first.split()) < _TITLE_OVER_PREAMBLE_WORDS or _names_body(first) or _portal_section(first):
        return None
    return squeeze(first)


_OUTLINE_TITLE_LINES = 3


def _outline_title(lines: list[str]) -> str | None:
    """blind34: an outline (đề cương) that names no author nor type code, so no other rule gives it a
    title: its subject is the lines under its heading ('ĐỀ CƯƠNG TUYÊN TRUYỀN' / 'Đảng bộ thành phố Thủ
    Dầu Một 75 năm hình thành và phát triển' / '(8/1948 - 8/2023)'), up to the span it covers or the
    body's first line."""
    texts = [x.strip() for x in lines[:_TITLE_LINE_SPAN]]
    at = next((i for i, t in enumerate(texts) if OUTLINE_HEADING_RE.match(t)), None)
    if at is None:
        return None
    out: list[str] = []
    for text in texts[at + 1:at + 1 + _OUTLINE_TITLE_LINES]:
        if not text or PERIOD_LINE_RE.match(text) or _opens_body(text) or not _headline_like(text):
            break
        out.append(text)
    return squeeze(" ".join(out)) if out else None


def _headline_like(line: str) -> bool:
    return not ("_" in line or line.endswith((".", ";", ":")) or MOTTO_RE.match(fold(line))
                or DATE_RE.match(line) or opens_address(line) or _address_line(line))


_WRAPPED_HEADLINE_WIDTH = 45  # a line a hard wrap cut is near the dump's width (60-80 columns)
_WRAPPED_HEADLINE_LINES = 3


def _unwrapped_headline(texts: list[str], at: int) -> str:
    """typesweep (perturb rewrap_page): a headline a fixed-width dump wrapped ('Ý kiến của Thường trực Thị ủy
    về tuyên truyền Đại hội Đảng' / 'bộ Thị xã Cửa Lò ...', 'BẢO ĐẢM ... NGHỈ LỄ QUỐC' / 'KHÁNH 02-9'): the
    lines above its last one that were cut full, in the same case, with no sentence's end, are its start."""
    start = at
    while start and at - start < _WRAPPED_HEADLINE_LINES - 1:
        above = texts[start - 1]
        if len(above) < _WRAPPED_HEADLINE_WIDTH or above.endswith((".", ";", ":", "!", "?")) \
                or _is_caps(above) != _is_caps(texts[at]):
            break
        if _page_chrome(above) or MOTTO_RE.match(fold(above)) or above == texts[at]:
            break  # s37: a listing repeats its headline
        start -= 1
    return " ".join(texts[start:at + 1])


def _portal_section(line: str) -> bool:
    """leftovers2: a portal's section in capitals names a kind of post and no time ('HOẠT ĐỘNG CỦA TỔ DÂN
    PHỐ ...', 'TIN TỨC - SỰ KIỆN', 'VĂN BẢN CHỈ ĐẠO ĐIỀU HÀNH'): it files the page, it is not its headline."""
    return _is_caps(line) and not any(c.isdigit() for c in line) and bool(PORTAL_SECTION_RE.match(line))


def _address_line(line: str) -> bool:
    """leftovers2: a line of short comma-separated places opening with a unit word ('Khu vực 3, làng Nhan
    Biều, xã Triệu Thượng, Triệu Phong'): a citizen's or a banner's address, never a headline."""
    parts = [p.strip() for p in line.split(",")]
    return len(parts) >= _ADDRESS_PARTS and bool(ADDRESS_UNIT_RE.match(parts[0])) and all(
        p and len(p.split()) <= _ADDRESS_PART_WORDS and (p[0].isupper() or p[0].isdigit()
                                                       or ADDRESS_UNIT_RE.match(p)) for p in parts)


def _title_over_preamble(lines: list[str]) -> str | None:
    """A page that opens with one line and then the preamble ('Lịch tiếp công dân định kỳ của Chủ
    tịch UBND xã Tây Sơn năm 2025' / 'Căn cứ Luật tiếp công dân ...'): that line is the trích yếu, as
    a title stands over 'Căn cứ' in the document itself. A sentence (final full stop), a date or
    posting line, or a line that is itself the preamble is none."""
    texts = [x.strip() for x in lines[:_TITLE_LINE_SPAN] if x.strip()]
    if len(texts) < 2 or not PREAMBLE_START_RE.match(texts[1]):
        return None
    first = texts[0]
    if not _TITLE_OVER_PREAMBLE_WIDTH[0] <= len(first) <= _TITLE_OVER_PREAMBLE_WIDTH[1]:
        return None
    if len(first.split()) < _TITLE_OVER_PREAMBLE_WORDS or "_" in first:
        return None  # a page's chrome ('menu_WAR_haichau1portlet_INSTANCE_...')
    if first.endswith((".", ";", ":")) or PREAMBLE_START_RE.match(first) or POSTED_RE.search(first) \
            or DATE_RE.search(first) or _is_caps(first):
        return None
    return squeeze(first)


def _clause_title(text: str, doc_type: str | None) -> str | None:
    """A page with no title line and no type heading names itself in its issuing clause: 'UBND tỉnh
    xây dựng Kế hoạch tổ chức thực hiện Chiến lược ... trên địa bàn tỉnh Bạc Liêu, cụ thể như sau:'.
    The words after the type word, up to 'như sau', a colon or the sentence's end, are the trích yếu
    when there are enough of them ('ban hành Kế hoạch thực hiện, cụ thể như sau' names nothing)."""
    for start, end in preamble_spans(text):
        for m in issuer_clauses(text, start, end):
            if not m["tw"] or TYPE_WORDS.get(fold(m["tw"])) != doc_type \
                    or CITING_TAIL_RE.search(text, max(0, m.start() - 6), m.start()):
                continue
            stop = CLAUSE_TITLE_END_RE.search(text, m.end())
            published = PUBLISHED_NAME_START_RE.search(text, m.start("issuer"), m.end())  # blind18: its name
            begin = published.end() if published else m.end()  # ('dự thảo Báo cáo chính trị ...') whole
            rest = squeeze(text[begin: stop.start() if stop else len(text)]).strip(" ,;–-")
            rest = TYPE_SUFFIX_RE.sub("", rest)  # 'Kế hoạch hành động thực hiện ...': the type's own word
            if ANNOUNCES_ONLY_RE.match(OWN_NUMBER_START_RE.sub("", rest)):
                continue  # blind24: '... ban hành Công văn số 1200/UBND-VX với những nội dung sau đây:'
            if len(rest.split()) >= _CLAUSE_TITLE_WORDS and len(rest) <= _CLAUSE_TITLE_WIDTH:
                return rest
    return None


def _guidance_title(text: str) -> str | None:
    """blind10: a guidance told by its verb alone ('Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Phúc hướng
    dẫn việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2018.'): what it guides is its trích yếu. Also
    the guidance's own clause with its verb capitalised ('Phòng GDĐT (GDĐT) Hướng dẫn các trường')."""
    for start, end in preamble_spans(text):
        for m in issuer_clauses(text, start, end):
            if m["tw"] or CITING_TAIL_RE.search(text, max(0, m.start() - 6), m.start()) \
                    or GIVEN_TO_RE.search(text, max(0, m.start() - 12), m.start()) \
                    or _body_start(squeeze(m["issuer"])) is None:
                continue
            if rest := _guided(text, GUIDES_WORDS_RE.search(text, m.end("issuer"), m.end() + 1)):
                return rest
    if (own := _own_guidance(text, {"HD"})) is not None:  # titlesweep: '..., Phòng GDĐT (GDĐT) Hướng dẫn ...'
        return _guided(text, GUIDES_WORDS_RE.search(text, own.end("issuer")))
    return None


def _guided(text: str, verb: re.Match[str] | None) -> str | None:
    """What a guidance's verb guides, up to 'như sau', a colon or the sentence's end: its trích yếu."""
    if verb is None:
        return None
    stop = CLAUSE_TITLE_END_RE.search(text, verb.end())
    rest = squeeze(text[verb.end(): stop.start() if stop else len(text)]).strip(" ,;–-")
    return rest if len(rest.split()) >= _CLAUSE_TITLE_WORDS and len(rest) <= _CLAUSE_TITLE_WIDTH else None


_CLAUSE_TITLE_WORDS = 4
_CLAUSE_TITLE_WIDTH = 400
_TITLE_OVER_PREAMBLE_WIDTH = (20, 250)
_TITLE_OVER_PREAMBLE_WORDS = 4
# --- leftovers: a page's headline over its stamp and the body ---
_PAGE_LABEL_WORDS = 2  # 'Banner', 'Tuyên truyền', 'thông báo', a view counter '0': the page's labels
_PAGE_HEADLINE_LINES = 6  # a headline stands among the first few lines, under a portal's menu
_PAGE_BODY_WIDTH = 250  # a longer opening line is the body's paragraph
_PAGE_STAMP_WIDTH = 80  # a posting stamp is a short line
_SENTENCE_WORDS = 15  # a line this long that ends with a full stop is a sentence of the body
# --- leftovers2: a portal's section and an address line over the body ---
_ADDRESS_PARTS = 3
_ADDRESS_PART_WORDS = 6


def _heading_rest(line: str, rest: str | None) -> str | None:
    """The title's start on the heading's line. A regulation is named by its type ('QUY CHẾ LÀM' /
    'VIỆC CỦA ...' is 'Quy chế làm việc của ...'), so its type word stays; a plan's 'KẾ HOẠCH THỰC
    HIỆN ...' does not."""
    if rest is None:
        return None
    return line.strip() if NAMED_BY_TYPE_RE.match(fold(line)) else rest


_ENACTED_TYPES = frozenset({"NQ", "QĐ"})


def _subject_under_own_type(heading_type: str | None, number: DocNumber | None) -> bool:
    """blind26: a resolution or decision whose copy lost its 'NGHỊ QUYẾT' heading opens its trích yếu with
    the type word of what it adopts ('Số: 90/NQ-HĐND' over 'KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM
    2026-2030 TỈNH TUYÊN QUANG'): that word is the subject's, not the document's type heading."""
    return (number is not None and number.doc_type in _ENACTED_TYPES and heading_type is not None
            and heading_type != number.doc_type)


def _title(lines: list[str], start: int, rest: str | None) -> tuple[str | None, str | None]:
    """(title, heading tail): the trích yếu under the type heading, and a 'CỦA BAN THƯỜNG VỤ ...'
    line that belongs to the heading itself."""
    tail = None
    out: list[str] = [rest] if rest else []
    i = start
    while i < len(lines) and not out:
        line = lines[i].strip()
        if line and (_is_caps(line) or _organ_line(line)) and fold(line).startswith("của "):
            tail = line[4:].strip()
        elif line:
            break
        i += 1
    blank = False
    while i < len(lines) and len(out) < _TITLE_LINES:
        line = lines[i].strip()
        i += 1
        if not line:
            blank = True
            continue
        if _SEPARATOR.match(line) or FIRST_SECTION_RE.match(line):
            break
        mark = _LIST_MARK.match(line)
        if out and (PREAMBLE_START_RE.match(line, mark.end() if mark else 0) or _ends_title(line)
                    or _authority_under(out, line)
                    or blank and not ORGAN_LINE_SUBJECT_RE.search(line) and _names_authority(line)):
            break  # titlesweep: a caps title, a blank line, then 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...'
        if out and _enacting_line(line, out[-1], next((x.strip() for x in lines[i:] if x.strip()), "")):
            break
        out.append(line)
        blank = False
    title = squeeze(" ".join(out)).strip(" -–") if out else None
    return title or None, tail


_ENACTING_WORDS = 14


def _enacting_line(line: str, before: str, after: str) -> bool:
    """blind26: the state body that enacts a decision or resolution, named in capitals between its trích yếu
    and the preamble ('CHÍNH PHỦ' / 'Căn cứ ...', 'HỘI ĐỒNG NHÂN DÂN TỈNH TUYÊN QUANG KHÓA XIX, KỲ HỌP THỨ
    HAI'), is the document's own heading, no part of the title; a line the title waits for ('... CỦA' /
    'ỦY BAN NHÂN DÂN TỈNH') or one the preamble does not follow stays."""
    if not _is_caps(line) or len(line.split()) > _ENACTING_WORDS or DANGLING_END_RE.search(fold(before)):
        return False
    if not ENACTING_FOLLOW_RE.match(after) or ORGAN_LINE_SUBJECT_RE.search(line):
        return False
    body = parse_body(new_tone_placement(line))
    return (body is not None and body.base in ENACTING_BASES and body.organ in (None, "chủ tịch")
            and not body.topic)


def _ends_title(line: str) -> bool:
    """typesweep: the body's opening sentence ('Thời gian qua, ...') or the place-date cell a copy printed
    under the trích yếu ('Nghệ An, ngày 12 tháng 3 năm 2024') is no part of it; nor is an annex's '(Ban
    hành kèm theo Quyết định số ...)' note (titlesweep), nor a submission's or letter's salutation under
    its heading ('TỜ TRÌNH' / 'Về việc ...' / 'Kính gửi: Thường trực HĐND huyện', sweepB: unseen m26)."""
    return bool(TITLE_BODY_OPENER_RE.match(line) or PLACE_DATE_RE.match(line) or ANNEX_NOTE_RE.match(line)
                or SALUTATION_RE.match(line))


def _authority_under(out: list[str], line: str) -> bool:
    """titlesweep: a decision's authority line in capitals ('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI') under a title
    in running case is who decides, not the title's last line; a title in capitals may wrap onto a body's
    name ('... CỦA BAN CHẤP HÀNH' / 'TRUNG ƯƠNG ĐẢNG ...'), so there the caps line stays."""
    return not _is_caps(out[-1]) and _is_caps(line) and _names_body(line)


_ORGAN_LINE_WORDS = 8


def _organ_line(line: str) -> bool:
    """sweep: the heading's 'của Ban Thường vụ Quận ủy' in running case, a line of its own that names a body
    and nothing more (a wrapped trích yếu, 'của Ban Thường vụ Tỉnh ủy về ...', goes on with its subject)."""
    rest = line[4:].strip(" ,.")
    return (len(rest.split()) <= _ORGAN_LINE_WORDS and not ORGAN_LINE_SUBJECT_RE.search(rest)
            and parse_body(new_tone_placement(rest)) is not None)


def _person(line: str, announced: bool) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 6 or not all(_NAME_TOKEN.match(w) for w in words):
        return False
    if not all(w[0].isupper() for w in words):
        return False
    if BODY_RE.match(line)["base"] or BODY_RE.match(line)["organ"]:  # type: ignore[index]
        return False
    return announced or fold(words[0]) in _SURNAMES


_OFFICERS = ("chairperson", "secretary")  # a signer's title, not a body: cased word by word below
_TITLE_KINDS = (*_OFFICERS, "ministry")  # 'BỘ TRƯỞNG, CHỦ NHIỆM' is read as a ministry 'Bộ'


def _display_case_body(text: str) -> str:
    """'BAN THƯỜNG VỤ' → 'Ban Thường vụ', 'PHÓ BÍ THƯ THƯỜNG TRỰC' → 'Phó Bí thư Thường trực'."""
    if not _is_caps(text):
        return squeeze(text)
    placed = parse_body(squeeze(text))  # 'UBND TP. VINH': its initials and place ('BỘ TRƯỞNG' is a title)
    if placed is not None and (placed.place or placed.unit_kind) and placed.kind not in _TITLE_KINDS \
            and placed.fixed_level != "central":  # 'BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN' is the Youth Union's
        return body_name(placed, None)
    low = squeeze(text).lower()
    body = parse_body(low)
    if body is not None and body.place is None and not body.unit_kind and body.kind not in _OFFICERS:
        return body_name(body, None)
    low = low[:1].upper() + low[1:]
    for phrase in ("bí thư", "thường trực", "chủ tịch", "ủy ban nhân dân", "ban thường vụ"):
        low = re.sub(rf"(?<=\s){phrase}", phrase[:1].upper() + phrase[1:], low)
    return low


def _signature_line(line: str) -> bool:
    return bool(SIGN_ON_BEHALF_RE.match(line) or SIGN_FOR_RE.match(line))


# parsespeed4: SIGNED_NOTE_TAIL_RE opens on a look-behind, so `re` tries it at every position of every line;
# its bracket closes the line (its '$': the end, or before a last newline), so only such a line is tried.
_NOTE_CLOSES = (")", "]", ")\n", "]\n")


def _signature_part(line: str) -> str:
    """The signature block's part of a line ('- Lưu VT. TM. ỦY BAN NHÂN DÂN' → 'TM. ỦY BAN NHÂN DÂN')."""
    if len(line) > _SIGNATURE_WIDTH:  # a paragraph of the body, not a line of the block
        return line
    if line.endswith(_NOTE_CLOSES):
        line = SIGNED_NOTE_TAIL_RE.sub("", line)  # 'CHỦ TỊCH (Đã ký)': the note beside the office
    m = SIGN_MARK_RE.search(line)
    if m and m.start() > 0 and _is_caps(line[m.end():]):
        return line[m.start():]
    if RECIPIENT_ITEM_RE.match(line):  # a recipient beside the block (-, +, •), a table flattened by rows
        if (t := SIGN_TITLE_TAIL_RE.search(line)) or (t := RECIPIENT_SIGNER_TAIL_RE.search(line)):
            return t[0].strip()
    return line


def _name_line(line: str, announced: bool = True) -> str | None:
    """A signer's name on its own line, without a rank before it ('Đại tá Nguyễn Văn Tuấn'); a name in
    capitals in title case. blind40: an office in capitals is no name though 'Phó' is a family name ('PHÓ
    THỦ TƯỚNG' under 'KT. THỦ TƯỚNG', read before the name when a decision's annex follows its block)."""
    line = SIGNER_RANK_RE.sub("", line, count=1)
    if not _person(line, announced) or _is_caps(line) and OWN_NAME_SIGNER_TITLE_RE.match(fold(squeeze(line))):
        return None
    return line.title() if _is_caps(line) else line


def _inline_signer(text: str) -> Signer | None:
    """A block run onto one line ('... - Lưu VT. TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Phan
    Văn Mãi ...', blind2 b08): the last such block; the office is the one that ends its capitals."""
    blocks = list(INLINE_SIGNATURE_RE.finditer(text))
    if not blocks:
        return None
    found = blocks[-1]
    office = SIGN_TITLE_TAIL_RE.search(" " + squeeze(found["caps"]))
    words = found["person"].split("\n")[0].split()  # the name ends its line: 'Lại Văn Hoàn' / 'Phần I.'
    if len(words) < 2:  # a name wrapped after its family name ('Phan' / 'Văn Mãi')
        words = found["person"].split()
    while len(words) > 2 and words[-1].isupper():  # converters: 'Lê Minh Ngân KẾ HOẠCH', the next heading
        words.pop()  # run on after the cell (a given name is in title case as its family name is)
    return Signer(name=" ".join(words), title=_display_case_body(office[0].strip()) if office else None)


def _signed_for_body(lines: list[str]) -> str | None:
    """The body a signature acts for when it names one with its place ('TM. BAN THƯỜNG VỤ' / 'HỘI NÔNG DÂN
    TỈNH NGHỆ AN' run on one line, 'TM. BAN CHẤP HÀNH ĐOÀN TỈNH'): a clerk reads the issuer there when the
    header is lost. A bare organ ('TM. BAN THƯỜNG VỤ') or a placeless base ('TM. ỦY BAN NHÂN DÂN') says
    too little: None."""
    tail = [_signature_part(x.strip()) for x in _before_attachment(lines)[-_SIGNATURE_LINES:]]
    for line in reversed(tail):
        if (m := SIGN_ON_BEHALF_RE.match(line)) and _is_caps(m["body"]):
            body = parse_body(squeeze(m["body"]))
            ok = body is not None and body.base and (body.place or body.fixed_level)
            return squeeze(m["body"]) if ok else None
    return None


def _annex_heading(line: str) -> bool:
    """'KẾ HOẠCH', 'QUY CHẾ', 'PHỤ LỤC' in capitals below a signature: the annex the document issues,
    which ends the block (its heading is no signer's title, its lines no signer's name)."""
    if not line or not _is_caps(line):
        return False
    low = fold(line)
    return bool(TYPE_HEADING_RE.match(low) or ANNEX_HEADING_RE.match(low))


def _signer(lines: list[str]) -> Signer | None:
    ends = [x for x in lines[-2 * _SIGNATURE_LINES:]
            if not x.strip() or any(map(str.isalnum, x))]  # a stray ';' line is no part of the block
    tail = [_signature_part(line.strip()) for line in ends[-_SIGNATURE_LINES:]]
    block = None
    for i in range(len(tail) - 1, -1, -1):
        if _signature_line(tail[i]):
            block = i
            while block > 0 and _signature_line(tail[block - 1]):
                block -= 1
            break
    on_behalf = title = name = None
    if block is not None:
        j = block
        raw = ""  # the office as written: 'PHÓ BÍ THƯ' / 'THƯỜNG TRỰC' wrapped is one office
        signs_for = blank = False
        while j < len(tail) and (not tail[j] or _is_caps(tail[j])) and not _annex_heading(tail[j]):
            line = tail[j]
            if line and raw and fold(line.split()[0]) in _SURNAMES and _name_line(line):
                break  # the name in capitals ('NGÔ ĐÔNG HẢI'), not a second line of the office
            if line and raw and not NAMED_WORD_RE.search(line):
                break  # blind17: the name cut to its first letter ('PHÓ CHỦ TỊCH' / 'Đ') is no office
            if len(line.split()) > _OFFICE_MAX_WORDS:
                break  # blind16 b14: the annex title in capitals under a bare TM. mark is no office
            if m := SIGN_ON_BEHALF_RE.match(line):
                on_behalf = _display_case_body(m["body"])
            elif m2 := SIGN_FOR_RE.match(line):
                raw, signs_for = m2["title"], True
            elif line and raw and fold(line) == "thường trực":
                raw = f"{raw} {line}"
            elif line and not SIGNER_OFFICE_WORD_RE.search(fold(line)):
                pass  # no office (a body's second line, a name cut to 'Đ', an annex's title): the last stands
            elif line and not (raw and blank and not signs_for and OWN_NAME_SIGNER_TITLE_RE.match(fold(raw))):
                raw, signs_for = line, False  # past a blank, an office keeps its place: 'TRƯỞNG BAN' / '' /
            blank = not line  # 'PHÓ CHỦ TỊCH UBND TỈNH' signs as the board's head, not as the vice-chairman
            j += 1
        title = _display_case_body(raw) if raw else None
        rest = list(itertools.takewhile(lambda x: not _annex_heading(x), (x for x in tail[j:] if x)))
        name = next((n for x in rest if (n := _name_line(x))), None)  # the first: a poster may follow it
        block_lines = itertools.takewhile(lambda x: not _annex_heading(x), (x for x in tail[block:] if x))
        if name is None and (inline := _inline_signer("\n".join(block_lines))):
            return inline  # 'CHỦ TỊCH Nguyễn Khắc Thận': the office and the name on one line
        return Signer(name=name, title=title, on_behalf_of=on_behalf)
    last = [x for x in tail if x][-6:]
    while last and last[-1].startswith(("(", "[")) and last[-1].endswith((")", "]")):  # '(Đã ký)', '(Dấu
        # của ...)': notes after the name; '(Đã ký) CHÁNH VĂN PHÒNG Trần Văn Sơn' is a cell run onto a line
        last.pop()
    if last and (name := _name_line(last[-1], announced=False)):
        above = [x for x in last[-3:-1] if not x.startswith(("(", "["))]
        title = next((_display_case_body(x) for x in reversed(above)
                      if _is_caps(x) and OWN_NAME_SIGNER_TITLE_RE.match(fold(x))), None)
        if title is None and not _ends_a_document(tail):
            return None  # a reporter's byline closing a news item ('Võ Phượng', realworld c19, k03, k27)
        return Signer(name=name, title=title)  # blind9: 'CHÁNH VĂN PHÒNG' / 'Trần Văn Sơn', no mark
    if last and (own := _own_name_inline(last[-1])):
        return own
    return _inline_signer("\n".join(x for x in tail if x))


def _ends_a_document(tail: list[str]) -> bool:
    """A bare name with neither mark nor office above it signs only a document's own end matter: its
    recipients ('Nơi nhận:', '- Lưu VPHU.', seed 002) or a '(Đã ký)' note. Under a news item's paragraphs
    the closing name is its reporter's byline."""
    return any(RECIPIENTS_HEAD_RE.match(x) or ARCHIVE_RE.match(RECIPIENT_ITEM_RE.sub(r"\g<text>", x))
               or SIGNED_NOTE_RE.match(x) for x in tail)


_OFFICE_MAX_WORDS = 14  # the longest office ('PHÓ CHỦ TỊCH THƯỜNG TRỰC ỦY BAN NHÂN DÂN TỈNH ...') fits
_OFFICE_AFTER_LINES = 4  # the office sits right under the last article, past a bar or a blank


def _lone_office(lines: list[str]) -> str | None:
    """The office of a block that lost its name line, alone under the document's last article or its
    recipients (blind17 b11: 'Điều 2. ... ký ban hành.' / '|' / 'THỦ TƯỚNG |', then the annex it issues):
    a legal library's 'Người ký' field gives the name, this line the office."""
    start = max((i for i, x in enumerate(lines) if ARTICLE.match(x.strip()) or RECIPIENTS_MARK_RE.match(x)),
                default=None)
    if start is None:
        return None
    after = (x for x in lines[start + 1:] if not RECIPIENT_ITEM_RE.match(x))  # the recipients' items
    for x in itertools.islice(after, _OFFICE_AFTER_LINES):
        cell = squeeze(x.strip(" |\t"))
        if cell and _is_caps(cell) and OWN_NAME_SIGNER_TITLE_RE.match(fold(cell)):
            return _display_case_body(cell)
    return None


def _own_name_inline(line: str) -> Signer | None:
    """blind30: the unmarked block of an office-holder signing in his own name kept in one table cell
    ('CHỦ TỊCH Nguyễn Văn Sơn', 'THỦ TƯỚNG Nguyễn Tấn Dũng'): the office, then the name."""
    m = OWN_NAME_INLINE_SIGNER_RE.match(SIGNED_NOTE_HEAD_RE.sub("", line))
    if m is None or not (office := OWN_NAME_SIGNER_TITLE_RE.match(fold(squeeze(m["office"])))):
        return None
    words = m["office"].split()
    if office["board_head"]:  # blind32 d08 'TRƯỞNG BAN PHÓ THỦ TƯỚNG': he signs as the board's head
        words = words[:len(office["board_head"].split())]
    return Signer(name=m["person"], title=_display_case_body(" ".join(words)))


_SIGNED_NAME_LINES = 8  # the name sits a few lines under its note or its mark


def _own_office_under_list(lines: list[str], k: int) -> bool:
    """Line k is an unmarked office ('CHỦ TỊCH', 'THỦ TƯỚNG': the head signing in his own name) right under
    the recipients list, or run onto its last item ('- Lưu: VT.<TAB>CHỦ TỊCH', a python-docx row): the block
    a converter laid out above the annex the document issues."""
    line = lines[k].strip()
    part = _signature_part(line)
    if not (_is_caps(part) and OWN_NAME_SIGNER_TITLE_RE.match(fold(squeeze(part)))):
        return False
    return part != line or _under_list(lines, k)


def _under_list(lines: list[str], k: int) -> bool:
    """Line k comes right after the recipients list (its last item or its heading run onto one line)."""
    above = next((x.strip() for x in reversed(lines[max(0, k - _OFFICE_AFTER_LINES):k]) if x.strip()), "")
    return bool(RECIPIENT_ITEM_RE.match(above) or RECIPIENTS_HEAD_RE.match(above))


def _earlier_signer(lines: list[str]) -> Signer | None:
    """A signature above the page's last lines (realworld s50: a decision signed 'CHỦ TỊCH' / '(Đã ký)' /
    name, then the regulation it issues or a second decision run on past the end block's window): the
    last mark or '(Đã ký)' note in the text with a name under it."""
    for k in range(len(lines) - 1, -1, -1):
        x = lines[k].strip()
        if x[-1:].isalpha() and (inline := _inline_signer(x)) and x.endswith(inline.name or "\0"):
            return inline  # converters: the whole block in a table cell run onto the line of its row
        listed = RECIPIENT_ITEM_RE.match(x) or RECIPIENTS_HEAD_RE.match(x)
        if x[-1:].isalpha() and listed and (run := RECIPIENT_OWN_SIGNER_TAIL_RE.search(x)) \
                and (own := _own_name_inline(run["block"])):
            return own  # the unmarked block run onto the last recipient's line ('- Lưu: VT. CHỦ TỊCH Lê Văn')
        if x[-1:].isalpha() and _is_caps(x[:1]) and _under_list(lines, k) and (own := _own_name_inline(x)):
            return own  # the unmarked block's cell on one line under the list (MinerU: 'CHỦ TỊCH Lê Văn')
        if not (SIGNED_NOTE_RE.match(x) or _signature_line(x) and _is_caps(x) and len(x) < _SIGNATURE_WIDTH
                or _own_office_under_list(lines, k)):
            continue
        end = next((i for i in range(k + 1, min(k + _SIGNED_NAME_LINES, len(lines)))
                    if _name_line(lines[i].strip())), None)
        if end is not None and (found := _signer(lines[max(0, k - _SIGNED_NAME_LINES): end + 1])):
            return found
    return None


def _lead_signer(text: str, number: DocNumber | None) -> Signer | None:
    """A news item that names who signed its document ('Phó Chủ tịch thường trực ... Đặng Thị Phương Hoa
    đã ký ban hành Kế hoạch số 29/KH-LĐLĐ', blind2 b15; 'ông Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh ký ban
    hành ...'; '... do Phó Chủ tịch UBND tỉnh X ký' unless the sentence cites its grounds): read only when
    the page carries no signature block. A signed document numbered other than the page's own is cited. A
    lead naming the office alone ('Chủ tịch UBND huyện đã ký ban hành', realworld h12, h24) gives the office
    and no name, as the gold reads a block with its office but no name."""
    if "ký" not in text[:_LEAD_CHARS].lower():
        return None  # the verb gates the two scans (half a millisecond a page together)
    found = list(LEAD_SIGNER_RE.finditer(text, 0, _LEAD_CHARS))
    for m in LEAD_SIGNED_BY_RE.finditer(text, 0, _LEAD_CHARS):
        starts = [e.end() for e in SENTENCE_BREAK_RE.finditer(text, 0, m.start())]
        start = max(starts[-1] if starts else 0, text.rfind("\n", 0, m.start()) + 1)
        if not PREAMBLE_START_RE.match(text, LEAD_TAG_SKIP_RE.match(text, start).end()):  # type: ignore[union-attr]
            found.append(m)  # 'Căn cứ Quyết định ... do Chủ tịch UBND tỉnh X ký': a cited document's signer
    for m in found:
        nm = SIGNED_NUMBER_AFTER_RE.match(text, m.end())
        if number is not None and nm is not None and try_parse(nm["number"]) not in (None, number):
            continue
        if m["person"]:  # '..., Thường trực Ban Bí thư, thay mặt Bộ Chính trị ký': the body it acts for apart
            title, on_behalf = m["title"], None
            if (ob := ON_BEHALF_RE.search(title)) is not None:
                title, on_behalf = title[:ob.start()], squeeze(ob["issuer"])
            title = SIGNER_TITLE_TENSE_TAIL_RE.sub("", squeeze(title).strip(" ,"))
            return Signer(name=m["person"], title=title, on_behalf_of=on_behalf)
        if m.groupdict().get("bare"):  # 'Chủ tịch UBND tỉnh Nam Định đã ký ban hành': the office, no name
            return Signer(name=None, title=squeeze(m["bare"]))
        if not _is_place(m["named"]):
            acting = m.groupdict().get("acting")  # 'X thay mặt Ban Thường vụ ký': the body he signs for
            return Signer(name=m["named"], title=squeeze(m["office"]).rstrip(" ,-–"),
                          on_behalf_of=squeeze(acting) if acting else None)
        # 'Bí thư Thành ủy Hà Nội đã ký': the office's place, no name
        return Signer(name=None, title=squeeze(f'{m["office"]} {m["named"]}'))
    return None


def _before_attachment(lines: list[str]) -> list[str]:
    """The letter's own lines when a rule ('---') after its 'Nơi nhận' list opens an attached document
    (a draft with its own header): its signature block is above the rule, not at the end of the text."""
    recipients = next((i for i, x in enumerate(lines) if RECIPIENTS_MARK_RE.match(x)), None)
    if recipients is None:
        return lines
    rule = next((i for i in range(recipients + 1, len(lines)) if ATTACHMENT_RULE_RE.match(lines[i])), None)
    return lines[:rule] if rule is not None and rule - recipients <= _SIGNATURE_LINES else lines


_PREAMBLE_SEARCH = 15000  # a preamble placed after a first section is still near the top


@lru_cache(maxsize=4)  # the header reads the document's text, then the citation stage reads it again
def _matching(paragraphs: tuple[str, ...]) -> str:
    text = "\n".join(map(toned_paragraph, paragraphs))
    if "sô" in text or "sồ" in text or "Sô" in text:
        text = NUMBER_WORD_SLIP_RE.sub(r"\1ố", text)
    if "kí" in text or "Kí" in text:
        text = SIGN_VERB_SPELLING_RE.sub(r"\g<k>ý", text)
    if any(c in text for c in NUMBER_DASHES):
        text = NUMBER_DASH_RE.sub("-", text)
    if (" - " in text or " – " in text) and spaced_number_dash(text):
        text = SPACED_NUMBER_DASH_RE.sub(_close_number_dash, text)
    if "ƯBND" in text:  # no word begins 'ƯB': the committee's 'UBND' read with a horn (realworld h06)
        text = text.replace("ƯBND", "UBND")
    text = ocr_number_repair(text)
    if "/TƯ" in text:  # the header's own number cell under a provincial committee (see _provincial_tu)
        head = text.split("\n", _TU_HEADER_LINES)
        text = "\n".join([*_provincial_tu(head[:_TU_HEADER_LINES]), *head[_TU_HEADER_LINES:]])
    return ocr_date_repair(text)


def ocr_date_repair(text: str) -> str:
    """`text` with a date's words misread by OCR given back ('ngảy 12 thảng 3 nấm 2024', 'ngay
    24/11/2023'), same length, so offsets hold; only inside a whole date, so a word alone is left."""
    if _ocr_date_hint(text):
        return OCR_DATE_RE.sub(_ocr_date_words, text)
    return text


def _ocr_date_hint(text: str) -> bool:
    if "İ" not in text:
        low = text.lower()
        if any(part.search(low) for part in BARE_IN_MARKED_DATE_PARTS):
            return True
        ends = OCR_DATE_END_RE.finditer(low)
        if not any(OCR_DATE_PRE_RE.search(low, max(0, m.start() - 4), m.end()) for m in ends):
            return False
    return OCR_DATE_HINT_RE.search(text) is not None


def _ocr_date_words(m: re.Match[str]) -> str:
    marked = not all(m[w] is None or m[w].isascii() for w in ("w1", "w2", "w3", "w2b", "w3b"))

    def word(said: str | None, right: str) -> str:
        if said is None or len(said) != len(right) or said.isascii() and said.lower() != "ndm" and not marked:
            return said or ""  # 'nm': the offsets forbid a third letter; 'ngay': a stripped text's own
        return right.capitalize() if said[0].isupper() else right
    if m["w1"] is None:
        return word(m["w2b"], "tháng") + m["mb"] + word(m["w3b"], "năm")
    out = word(m["w1"], "ngày") + m["d"]
    if m["w2"] is not None:
        out += m["w2s"] + word(m["w2"], "tháng") + m["m"] + word(m["w3"], "năm")
    return out


def ocr_number_repair(text: str) -> str:
    """`text` with its numbers' OCR look-alikes repaired (below); same length, so offsets hold. The
    matching text and the header's number cell both go through it."""
    if "~" in text or _LIO_BY_DIGIT.search(text) or _ocr_number_hint(text) and _ocr_number_may_change(text):
        return OCR_NUMBER_RE.sub(_ocr_number_repair, text)
    return text


# `OCR_NUMBER_HINT_RE`'s alternatives one by one, each a scan that skips to its first character (the
# alternation of classes is tried at every position: 0.7 ms a plan); same answer on every text. A '~' or
# an 'l', 'I' or 'O' next to a digit answers both the hint and `_ocr_number_may_change`: the caller looks.
_LIO_BY_DIGIT = re.compile(r"[lIO](?:\d|(?<=\d.))")
_L_THEN_CAP = re.compile(r"l[A-ZĐ]")
_HORN_TAIL = re.compile(r"Ư[A-ZĐ]{0,3}(?![^\W\d_])")
_BEFORE_L = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzĐ")
_BEFORE_HORN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ/-")


def _ocr_number_hint(text: str) -> bool:
    at = text.find("Ư", 1)
    while at > 0:
        if text[at - 1] in _BEFORE_HORN and _HORN_TAIL.match(text, at):
            return True
        at = text.find("Ư", at + 1)
    return any(m.start() and text[m.start() - 1] in _BEFORE_L for m in _L_THEN_CAP.finditer(text))


_L_THEN_CODE = re.compile(r"l[A-ZĐƯ]")
_BEFORE_L_SLASH = _BEFORE_L | {"đ"}
_CODE_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzĐƯ")


def _ocr_number_may_change(text: str) -> bool:
    """False when no match of `OCR_NUMBER_RE` can be repaired, so its scan of the whole text would give it
    back unchanged: a repair needs a '~', an 'l', 'I' or 'O' next to a digit (in the sequence, or the
    sequence's 'l' slash), a type's 'l' slash before the code, or an 'Ư' in a code at most 8 letters
    after its '-', '~', '/' or 'l'. The hint fires on most plans ('NHƯ'), where none of these occurs."""
    if any(m.start() and text[m.start() - 1] in _BEFORE_L_SLASH for m in _L_THEN_CODE.finditer(text)):
        return True
    at = text.find("Ư")
    while at >= 0:
        for back in range(at - 1, max(-1, at - 9), -1):
            if text[back] in "-~/l":
                return True
            if text[back] not in _CODE_LETTERS:
                break
        at = text.find("Ư", at + 1)
    return False


def _ocr_number_repair(m: re.Match[str]) -> str:
    seq, d1, t, d2, code = m["seq"], m["d1"], m["t"], m["d2"], m["i"]
    if not t or not (t[0].isupper()):
        return m[0]
    fixed = seq.translate(_OCR_DIGITS) + d1.replace("~", "-") + t + d2.replace("~", "-") + code
    if d1 == "l" and d2 == "l":
        return m[0]
    if d2 == "l":  # the slash of a Party number: '43-NQlTW'
        fixed = fixed[:len(seq) + 1 + len(t)] + "/" + code if d1 in "-~" else m[0]
    elif d1 == "l":  # the slash of a state number: '53lKH-UBND'
        fixed = seq.translate(_OCR_DIGITS) + "/" + t + "-" + code if d2 in "-~" else m[0]
    if code == "TƯ":
        issuing = TU_ISSUING_RE.search(m.string, max(0, m.start() - _TU_ISSUING_SPAN), m.start())
        return fixed[:len(fixed) - len(code)] + ("TU" if issuing else code)
    return fixed[:len(fixed) - len(code)] + code.replace("Ư", "U")


_TU_HEADER_LINES = 20


def _provincial_tu(texts: list[str]) -> list[str]:
    """The header's number cell with 'TƯ' read as TU when the cells above it name a provincial committee
    and none the centre."""
    at = next((k for k, x in enumerate(texts) if "/TƯ" in x and NUMBER_LINE_RE.search(x)), None)
    if at is None or not any(PROVINCIAL_PARTY_CELL_RE.match(x) for x in texts[:at]) \
            or any(CENTRAL_CELL_RE.search(x) for x in texts[:at]):
        return texts
    return [*texts[:at], re.sub(r"/TƯ(?![^\W\d_])", "/TU", texts[at]), *texts[at + 1:]]


_TU_ISSUING_SPAN = 180  # characters before the number where its issuing subject and verb may stand


_OCR_DIGITS = str.maketrans("lIO", "110")


def _close_number_dash(m: re.Match[str]) -> str:
    return " " * (len(m[0]) - 1 - len(m["seq"])) + m["seq"] + "-"


def matching_text(paragraphs: list[str]) -> str:
    """The paragraphs joined by newlines in the new tone placement, offsets unchanged; the header
    and citation stages both read it, so it is made once per document. The slip 'sô' for 'số' before
    a number is repaired here, where every stage sees it."""
    return _matching(tuple(paragraphs))


def preamble_spans(text: str) -> list[tuple[int, int]]:
    """Where the title and preamble are: everything before the first section heading, and a
    paragraph further down that opens like a preamble and names the issuer ('Thực hiện ...,
    Ban Thường vụ Thành ủy ban hành Nghị quyết ...'), for documents that start with a situation.
    Cached: the header and citation stages ask for the same text's spans up to five times."""
    return list(_preamble_spans(text))


@lru_cache(maxsize=4)
def _preamble_spans(text: str) -> tuple[tuple[int, int], ...]:
    end = FIRST_SECTION_RE.search(text)
    front = end.start() if end else min(len(text), 3000)
    if end and (basis := BASIS_SECTION_RE.match(text, front)):  # 'I. CĂN CỨ XÂY DỰNG KẾ HOẠCH'
        nxt = NEXT_SECTION_RE.search(text, basis.end())
        front = nxt.start() if nxt else min(len(text), basis.end() + 3000)
    spans = [(0, front)]
    pos = front
    limit = min(len(text), _PREAMBLE_SEARCH)
    while pos < limit:
        nl = text.find("\n", pos)
        stop = len(text) if nl < 0 else nl
        if text[pos:pos + 1] in _PREAMBLE_INITIALS and PREAMBLE_START_RE.match(text, pos) \
                and issuer_clause(text, pos, stop):
            spans.append((pos, stop))
            break
        pos = stop + 1
    return tuple(spans)


# --- parsefast3: where an issuing clause can start ---
# ISSUER_CLAUSE_RE opens with a body's name, tried at every capital letter of a preamble; a header and a
# title are mostly capitalised names, so nearly all of that work fails. A clause needs a verb of
# CLAUSE_VERB_HINT_RE after its name, and its name holds only word characters, blanks, the bracketed term
# '(khóa ...)', the ',' of 'phổ biến,' and the '-' of 'Thi đua - Khen thưởng' (BODY_TOKEN): a clause whose
# verb lies after the first verb (and type word) of the span therefore starts after the last stop character
# before that verb.
_CLAUSE_STOPS = ".;:/\"“”!?"
_CLAUSE_TERM_OPENERS = ("(khóa", "(khoá", "(Khóa", "(Khoá")  # a term's brackets may hold any stop


def _clause_window(text: str, pos: int, end: int) -> int | None:
    """Where a search for the next issuing clause in text[pos:end] may start with the same result,
    or None when no clause verb is left."""
    verb = CLAUSE_VERB_HINT_RE.search(text, pos, end)
    if verb is None:
        return None
    at = verb.start()
    if any(o in text[pos:at] for o in _CLAUSE_TERM_OPENERS):
        return pos
    stop = max(text.rfind(c, pos, at) for c in _CLAUSE_STOPS)
    comma = text.rfind(",", pos, at)
    while comma >= 0 and comma > stop and (
            text[comma - 4:comma] == "biến"  # 'phổ biến, giáo dục'
            or POLITBURO_BEFORE_COMMA_RE.search(text, max(pos, comma - 16), comma)):
        comma = text.rfind(",", pos, comma)  # blind33: 'Bộ Chính trị, Ban Bí thư ban hành ...', one subject
    return max(stop, comma) + 1 if max(stop, comma) >= pos else pos


def issuer_clause(text: str, pos: int, end: int) -> re.Match[str] | None:
    """`ISSUER_CLAUSE_RE.search(text, pos, end)`, started where a clause can start."""
    start = _clause_window(text, pos, end)
    return None if start is None else ISSUER_CLAUSE_RE.search(text, start, end)


@lru_cache(maxsize=16)
def issuer_clauses(text: str, pos: int, end: int) -> tuple[re.Match[str], ...]:
    """`ISSUER_CLAUSE_RE.finditer(text, pos, end)`; cached, since four readers of the header scan the
    same preamble spans."""
    found: list[re.Match[str]] = []
    while (m := issuer_clause(text, pos, end)) is not None:
        found.append(m)
        pos = m.end()
    return tuple(found)


def _issuer_clause(text: str, spans: list[tuple[int, int]], types: set[str]) -> str | None:
    found = _clause(text, spans, types)
    return found[0] if found else None


# perturb2: the code closing a number line right above the type heading ('Số: 14/2014/QĐ-UBND' /
# 'QUYẾT ĐỊNH', the header's right column laid out first) is no body deciding: no clause opens there.
_NUMBER_CODE_GLUE = frozenset("-–/")


def _clause(text: str, spans: list[tuple[int, int]], types: set[str]) -> tuple[str, str | None] | None:
    """The body in '..., <Issuer> ban hành <Type>' of the preamble; not a cited document's issuer
    ('... của Ủy ban nhân dân tỉnh ban hành Quy chế ...'), and of this document's own type."""
    for start, end in spans:
        found: list[tuple[int, int, str, str | None]] = []
        span = text[start:end].lower()
        board = "ban chỉ đạo" in span or "ban điều hành" in span  # a cheap test: most texts name none
        aliased = "gọi" in span  # blind17: '(sau đây gọi tắt là ...)' between a name and its verb
        ad_hoc = itertools.chain(AD_HOC_CLAUSE_RE.finditer(text, start, end),
                                 AD_HOC_SHORT_FORM_CLAUSE_RE.finditer(text, start, end),
                                 AD_HOC_GUIDANCE_CLAUSE_RE.finditer(text, start, end),
                                 AD_HOC_ALIAS_CLAUSE_RE.finditer(text, start, end) if aliased else ()) \
            if board else iter(())
        named = ALIAS_CLAUSE_RE.finditer(text, start, end) if aliased else ()
        lowered = "ban nhân dân" in span or "đảng ủy" in text[start:end] \
            or "đảng uỷ" in text[start:end]  # grassweep: 'đảng ủy thị trấn X xây dựng ...', in running case
        lower = LOWER_COMMITTEE_CLAUSE_RE.finditer(text, start, end) if lowered else iter(())
        plain = ((0, x) for x in itertools.chain(issuer_clauses(text, start, end), named, lower))
        termed = ISSUER_TERM_CLAUSE_RE.finditer(text, start, end) if "nhiệm kỳ" in span else iter(())
        for rank, m in [*plain, *((0, x) for x in termed), *((1, x) for x in ad_hoc)]:
            if CITING_TAIL_RE.search(text, max(0, m.start() - 6), m.start()) \
                    or text[m.start("issuer") - 1:m.start("issuer")] in _NUMBER_CODE_GLUE:
                continue
            if types and m["tw"] and TYPE_WORDS.get(fold(m["tw"])) not in types:
                continue
            if not m["tw"] and ORDER_BEFORE_GUIDANCE_RE.search(text, max(start, m.start() - 200), m.start()):
                continue  # 'giao Sở Nội vụ, Sở Tài chính hướng dẫn ...': work given, not the issuer
            tw = TYPE_WORDS.get(fold(m["tw"])) if m["tw"] else None
            if (issuer := _body_start(squeeze(m["issuer"]))) is None:
                continue  # '... miền núi Bắc Bộ xây dựng chương trình': a region, no body
            issuer = _joint_first(text, start, m) or issuer
            if fold(issuer) == "chi bộ":
                issuer = _named_cell_before(text, m.start("issuer")) or issuer
            found.append((m.end(), rank, issuer, tw))
        if found:  # the last clause; a board named by its task over the tail of that name
            _, _, issuer, tw = max(found, key=lambda x: (x[0], x[1]))
            return issuer, tw
    return None


# --- blind23 header: the own making clause whose subject's name has lower-case words ---
_OWN_SUBJECT_WIDTH = 160
_AFTER_COMMA = re.compile(r",[ \t]+(\w)")


def _own_making_clause(text: str, types: set[str]) -> tuple[str, str | None, str | None] | None:
    """blind23: (maker, type, trích yếu) of the clause above; None when no body opens its subject."""
    for m in OWN_MAKING_RE.finditer(text, 0, _LEAD_CHARS):
        tw = TYPE_WORDS.get(fold(m["tw"]))
        line_start = text.rfind("\n", 0, m.start()) + 1
        told_done = m["aux"] and m["stop"] and not m["directed"]  # 'đã chỉ đạo xây dựng Kế hoạch X.' is it
        if (types and tw not in types) or not PREAMBLE_START_RE.match(text, line_start) or told_done:
            continue  # '... đã ban hành Kế hoạch X.' after 'Thực hiện': an earlier document, not the page's
        seg = max(line_start, text.rfind(";", line_start, m.start()) + 1)
        cuts = [i + 1 for i in range(max(seg, m.start() - _OWN_SUBJECT_WIDTH), m.start()) if text[i] == ","]
        for cut in [seg, *cuts] if seg >= m.start() - _OWN_SUBJECT_WIDTH else cuts:
            subject = squeeze(text[cut: m.start()]).strip(" ,")
            if subject[:1].isupper() and not any(c.islower() for c in _AFTER_COMMA.findall(subject)) \
                    and not PREDICATE_WORD_RE.search(subject) and parse_body(subject):
                title = squeeze(m["title"]).strip(" ,")
                return subject, tw, title if len(title.split()) >= _CLAUSE_TITLE_WORDS else None
    return None

_CELL_NAMED_BACK = 1500  # a feature names its cell in the paragraphs before the clause


def _named_cell_before(text: str, end: int) -> str | None:
    """blind37 b05: the cell a bare 'Chi bộ' subject stands for, the last one named in full before it."""
    named = None
    for cm in NAMED_CELL_RE.finditer(text, max(0, end - _CELL_NAMED_BACK), end):
        cell = squeeze(cm["cell"])
        if (body := parse_body(new_tone_placement(cell))) is not None and body.base == "chi bộ":
            named = cell
    return named


_JOINT_WINDOW = 120


def _joint_first(text: str, start: int, m: re.Match[str]) -> str | None:
    """blind11: 'A và B thống nhất ban hành Quy chế ...': A, the first of the joint issuers, leads."""
    if not JOINT_VERB_RE.match(text, m.end("issuer")):
        return None
    jm = JOINT_FIRST_BEFORE_RE.search(text, max(start, m.start() - _JOINT_WINDOW), m.start())
    return _body_start(squeeze(jm["first"])) if jm else None


_BYLINE_WORDS = 3  # a byline or a stray name glued before a body's name: 'V.Mạnh' / 'Ban Thường trực ...'


def _body_start(name: str) -> str | None:
    """blind10: a clause's subject where a body's name starts in it ('Mạnh Ban Thường trực Ủy ban MTTQ ...'
    after a byline, 'Ủy ban Ban MTTQ ...' with a slip); None when no body is named ('Bắc Bộ')."""
    if parse_body(new_tone_placement(name)) is not None:
        return name
    words = name.split()
    for i in range(1, min(_BYLINE_WORDS + 1, len(words))):
        rest = " ".join(words[i:])
        if rest[:1].isupper() and parse_body(new_tone_placement(rest)) is not None:
            return rest
    return None


@dataclass
class _Identity:
    """What a news lead, a title line or a metadata table says about the document itself."""

    number: DocNumber | None = None
    bare: str | None = None  # 'Chỉ thị số 17': a number without its code, unknown
    doc_type: str | None = None
    issued_on: date | None = None
    issuer: str | None = None
    title: str | None = None
    place: str | None = None
    above: tuple[str, ...] = ()  # the units named after the lead's subject, as their parent bodies' lines


_LEAD_CHARS = 4000  # leads, title lines and metadata tables sit at the top of the page
_TITLE_LINE_SPAN = 12  # non-blank lines searched for a title line
# titlesweep: a library's member notices under its tab menu push the line that names the document's
# number, issuer and title ('Quyết định 55/2016/QĐ-UBND của Ủy ban nhân dân tỉnh ... về việc ...') down
_TITLE_LINE_CANDIDATES = 16
_TITLE_LINE_WIDTH = 300  # a longer line is a paragraph of the body ('Nghị quyết Đại hội đã giao ...')
_NOT_LETTERS = " \t\"'“”‘’«»()[]-–—•*.:"
_ASSEMBLIES = ("đại hội", "hội nghị", "đại hội đại biểu")  # no body without the committee they are of
_META_LINES = 120
_META_KEYS = ("số hiệu", "ký hiệu", "kí hiệu", "ngày ban hành", "cơ quan ban hành", "loại văn bản",
              "nơi ban hành")
_TITLE_TAIL = re.compile(r"^[\s,.:;–—-]*(?P<rest>\S.*)$", re.DOTALL)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n")


_YEAR_WINDOW = 60  # days between a yearless lead date and a dated event the text names
_AFTER_CITED = 180  # days a document follows one it carries out


def _year_near(text: str, day: int, month: int) -> int | None:
    """The year of a lead's 'Ngày 04/12' from the dates around it: the year that puts it within
    weeks of a date the text names ('Báo cáo số 552/BC-HĐND ngày 01/12/2017', 'trong tháng
    02/2020'), never before a document it cites (so a directive citing 14/8/2017 is not 6/8/2017),
    and weeks before the page's posting date ('Cập nhật lúc 07:59, Thứ Tư, 15/11/2017') or its dateline
    (blind33: ' date 2025-09-12 (VTC News) - Ngày 12/9, ... ký ban hành Kết luận ...').
    None when no such date exists: the years of older cited documents are not its year."""
    best: tuple[int, int] | None = None
    refs: list[tuple[date, str]] = []
    if (pd := PAGE_DATELINE_RE.match(text)) and pd["d"]:
        with contextlib.suppress(ValueError):
            refs.append((date(int(pd["y"]), int(pd["m"]), int(pd["d"])), "posted"))
    for dm in DATE_RE.finditer(text, 0, _LEAD_CHARS * 2):
        when = _date_of(dm)
        if when is None:
            continue
        line_start = text.rfind("\n", 0, dm.start()) + 1
        if POSTED_RE.search(text, line_start, dm.start()):
            refs.append((when, "posted"))  # never the issue date, but the page follows it by days
            continue
        cited = CITED_BEFORE_RE.search(text, max(0, dm.start() - 40), dm.start())
        refs.append((when, "cited" if cited else "event"))
    for my in MONTH_YEAR_RE.finditer(text, 0, _LEAD_CHARS * 2):
        if 1 <= int(my["m"]) <= 12:
            refs.append((date(int(my["y"]), int(my["m"]), 15), "event"))
    for ref, kind in refs:
        for y in (ref.year - 1, ref.year, ref.year + 1):
            try:
                diff = (date(y, month, day) - ref).days
            except ValueError:
                continue
            if kind == "cited":
                ok = 0 <= diff <= _AFTER_CITED
            elif kind == "posted":
                ok = -_YEAR_WINDOW <= diff <= 0
            else:
                ok = abs(diff) <= _YEAR_WINDOW
            if ok and (best is None or abs(diff) < best[0]):
                best = (abs(diff), y)
    return best[1] if best else None


# --- leftovers: a yearless lead date takes the year its own sentence names ---
_SENTENCE_YEAR_LAST_MONTH = 10  # a plan 'năm 2018' dated 20/12 is of 2017: November and December stay unknown


def _sentence_year(m: re.Match[str], whole: str = "") -> int | None:
    """leftovers: 'Ngày 16/1, Ban Tuyên giáo Tỉnh ủy đã có văn bản hướng dẫn tuyên truyền kỷ niệm các ngày lễ
    lớn năm 2017.', 'Ngày 26-3, Chủ tịch UBND TP đã ký ban hành Chỉ thị ... nhiệm vụ ... năm 2009.': the one
    year the lead's own sentence names is the year of the work it sets, so of its date before November.
    Two years, or a period ('giai đoạn 2021-2025'), settle nothing."""
    text, at, to = m.string, m.start(), m.end()
    if whole and len(text) < len(whole) and (i := whole.find(text)) >= 0:  # a lead matched on a clause of it
        text, at, to = whole, at + i, to + i
    start = max((e.end() for e in SENTENCE_END_RE.finditer(text, max(0, at - _LEAD_CHARS), at)),
                default=max(0, at - _LEAD_CHARS))
    end_m = SENTENCE_END_RE.search(text, to)
    end = end_m.start() if end_m else len(text)
    years = {int(y["y"]) for y in SENTENCE_YEAR_RE.finditer(text, start, end)}
    return years.pop() if len(years) == 1 else None


def _lead_date(m: re.Match[str], year: int | None, warnings: list[str], text: str = "") -> date | None:
    """A lead's 'ngày 6/8' has no year: the document's own number may give it ('12/2023/QĐ-UBND'),
    or a dated event nearby (`_year_near`); otherwise the date is unknown."""
    if m["ld"] is not None:
        d, mo, y = m["ld"], m["lm"], m["ly"]
    elif m["lwd"] is not None:
        d, mo, y = m["lwd"], m["lwm"], m["lwy"]
    else:
        return None
    if y is None and year is None and text and 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
        year = _year_near(text, int(d), int(mo))
    if y is None and year is None and 1 <= int(mo) <= _SENTENCE_YEAR_LAST_MONTH:
        year = _sentence_year(m, text)
    if y is None and year is None:
        warnings.append(f"issue date {int(d)}/{int(mo)} without a year")
        return None
    try:
        return date(int(y) if y else year or 0, int(mo), int(d))
    except ValueError:
        warnings.append(f"impossible issue date {d}/{mo}/{y or year}")
        return None


def _own_number(m: re.Match[str]) -> tuple[DocNumber | None, str | None]:
    if m["number"]:
        number = try_parse(m["number"])
        if number is not None:
            return number, None
    return None, m["bare"]


def _issuer_text(text: str) -> str:
    """An issuer cut where prose starts again ('BỘ CHÍNH TRỊ VỀ TRIỂN KHAI ...' → 'BỘ CHÍNH TRỊ')."""
    cut = ISSUER_NAME_END_RE.search(text)
    return squeeze(text[: cut.start()] if cut else text).strip(" ,.;:")


def _raised_committees(text: str) -> str:
    """sweepH: 'Trên cơ sở đó, thị ủy Cửa Lò đã xây dựng và thông qua chương trình hành động ...': a lead's
    Party committee written in lower case before its place is read as the name it is, its first letter raised
    (the text keeps its length, so every offset into it holds). A body-only copy's own clause in lower case
    is `LOWER_COMMITTEE_CLAUSE_RE`'s."""
    head = text[:_LEAD_CHARS]
    raised = LOWER_COMMITTEE_RE.sub(lambda c: c[0][0].upper() + c[0][1:], head)
    return text if raised == head else raised + text[_LEAD_CHARS:]


def _lead(text: str, warnings: list[str]) -> _Identity:
    """'Ngày 9/4/2021, Tỉnh ủy ... đã ban hành Chương trình số 31-CTr/TU về ...' (a news lead or an
    editor's note) and 'Thay mặt Bộ Chính trị, đồng chí ... ký ban hành Kết luận số 34-KL/TW ngày
    18/4/2022': the first such sentence that names its issuer or its own number. A later sentence
    about the same number completes it: its date where the first gave none, and the body a signer
    acts for ('Thay mặt Bộ Chính trị, Thường trực Ban Bí thư ... ký') over the signer's office."""
    text = _raised_committees(text)
    found: _Identity | None = None
    for m in OWN_ISSUE_RE.finditer(text, 0, _LEAD_CHARS):
        got = _lead_sentence(text, m, warnings if found is None else [])
        if got is None:
            continue
        ident, on_behalf = got
        meeting = _meeting_deploys(text, m.start()) if found is None and ident.number is None else None
        if meeting is not None:
            return _deployed_at_meeting(ident, meeting, text, warnings)  # that verb is in the title
        if found is None:
            found = ident
            if ident.issued_on is not None and (on_behalf or ident.issuer is None):
                return found
            continue
        if _announced_then_numbered(found, ident):
            placed = (_province_committee_placed(found.issuer, ident.issuer, ident.number)
                      if found.issuer and _headline_province_committee(found.issuer, ident.issuer)
                      else _placed_issuer(found.issuer, ident.issuer))
            told = found.issued_on  # leadforms: a dated headline 'Ngày 12/3/2024, ... ban hành Kế hoạch ...'
            if told is not None and ident.number is not None and ident.number.year not in (None, told.year):
                told = None  # over an undated lead whose number is of another year
            found = replace(ident, title=ident.title or found.title, issuer=placed,
                            issued_on=ident.issued_on or told)
            continue
        if _announced_then_issued(found, ident):
            found = replace(ident, issuer=_headline_placed(found.issuer, ident.issuer))
            continue
        if _announced_then_dated(found, ident):
            found.issued_on = ident.issued_on
            continue
        if ident.number != found.number or ident.number is None:
            continue
        found.issued_on = found.issued_on or ident.issued_on
        if on_behalf and ident.issuer:
            found.issuer = ident.issuer
    if found is not None:
        if found.number is None and found.bare is None and found.doc_type:
            _named_later(text, found, warnings)
        if found.number is None and found.bare is None and "Nguồn" in text:
            coded = _source_code_note(text)
            if coded is not None and found.doc_type in (None, coded.doc_type):
                found.number, found.doc_type = coded.number, coded.doc_type
        return found
    if (meeting := _meeting_deploys(text, _LEAD_CHARS)) is not None:
        # blind35: 'Huyện ủy X tổ chức hội nghị triển khai Kế hoạch số 45-KH/HU': its own code, its own plan;
        # known1: its own listed after an upper one ('triển khai Chỉ thị số 45-CT/TW của Bộ Chính trị và Kế
        # hoạch số 120-KH/HU ... của Huyện ủy Lục Nam') is still the page's, the upper one its parent
        return _own_among_deployed(text, warnings) or _deploys_numbered(text) \
            or _holder_studies_central(text, meeting) \
            or _deployed_at_meeting(_Identity(), meeting, text, warnings)
    if clause := _clause_identity(text, warnings):
        return clause
    notes = THEO_NOTE_RE.finditer(text) if NOTE_OPENING_RE.search(text) else iter(())
    for sm in (*SOURCE_NOTE_RE.finditer(text), *notes):
        number, bare = _own_number(sm)
        if number is not None:
            issued_on = _lead_date(sm, number.year, warnings) if (sm["ld"] or sm["lwd"]) else None
            return _Identity(number=number, doc_type=TYPE_WORDS.get(fold(sm["tw"])), issued_on=issued_on)
    if "Nguồn" in text and (coded := _source_code_note(text)) is not None:
        return coded
    if om := ISSUED_ON_RE.search(text, 0, _LEAD_CHARS):
        number = try_parse(om["number"])
        if number is not None:
            return _Identity(number=number, doc_type=TYPE_WORDS.get(fold(om["tw"])),
                             issued_on=_lead_date(om, number.year, warnings, text))
    if pm := PASSIVE_ISSUE_RE.search(text, 0, _LEAD_CHARS):
        number = try_parse(pm["number"])
        return _Identity(number=number, doc_type=TYPE_WORDS.get(fold(pm["tw"])),
                         issued_on=_lead_date(pm, number.year if number else None, warnings),
                         issuer=_issuer_text(pm["issuer"]))
    return _own_among_deployed(text, warnings) or _deploys(text, warnings) or _resolves(text) \
        or _studies_congress_resolution(text) or _holds_congress(text) \
        or _passes_at_meeting(text) or _passes_own_documents(text) or _discusses_at_meeting(text) \
        or _meeting_passes_draft(text) \
        or _signs_joint(text, warnings) \
        or _reports_document(text) or _headline_launches(text) or _Identity()


_DRAFT_PARAGRAPHS = 3  # a photo credit or a headline may stand above the meeting's paragraph


def _meeting_passes_draft(text: str) -> _Identity | None:
    """blind43 g03: 'Ảnh: T.H' then 'Cuộc họp thông qua dự thảo Kế hoạch thực hiện biên tập văn kiện Đại hội
    Đảng bộ huyện lần thứ XIV ...': a meeting report naming no holder is about the draft it passes; a draft
    has no number or date, and its body is not told."""
    head = "\n".join(text[:_LEAD_CHARS].split("\n", _DRAFT_PARAGRAPHS * 2)[: _DRAFT_PARAGRAPHS * 2])
    m = MEETING_DRAFT_RE.search(head)
    if m is None or (doc_type := TYPE_WORDS.get(fold(squeeze(m["tw"])))) is None:
        return None
    return _Identity(doc_type=doc_type, title=squeeze(m["title"]).strip(" ,;:"))


_LAUNCH_HEADLINE_LINES = 3  # a site's name or a posting stamp may stand above the headline


def _headline_launches(text: str) -> _Identity | None:
    """blind43 g06: 'THƯỜNG TRỰC ĐẢNG ỦY XÃ IA ĐAL PHÁT ĐỘNG “Đợt thi đua cao điểm 12 tháng”' heading a lead
    that names the body without its unit: a drive launched by a body named with its unit is that body's,
    unnumbered and undated, the drive's name its title; read only when nothing else names the page's
    document."""
    for line in text.split("\n", _LAUNCH_HEADLINE_LINES)[:_LAUNCH_HEADLINE_LINES]:
        if (m := HEADLINE_LAUNCHES_RE.match(line)) is None:
            continue
        issuer = _display_case_body(m["issuer"])
        body = parse_body(new_tone_placement(issuer))
        if body is None or body.place is None or _an_office(body):
            continue
        return _Identity(issuer=issuer, title=squeeze(m["title"]).strip(" ,.:"))
    return None


_REPORT_PARAGRAPHS = 3  # a headline and a posting stamp may stand above the lead's paragraph


def _reports_document(text: str) -> _Identity | None:
    """sweepH: 'TP - Theo kế hoạch của Ban Bí thư T.Ư Đoàn về việc tổ chức chiến dịch ..., tháng 7 sẽ là tháng
    cao điểm ...', 'Theo hướng dẫn của Uỷ ban MTTQ tỉnh, các địa phương tập trung tổ chức ...': a news item on
    what an unnumbered document says, read only when nothing else names the page's document and no body is
    the subject after the comma ('Theo kế hoạch của UBND huyện, UBND xã X tổ chức ...' carries a plan out).
    blind42: a plan named by its subject alone, then a body that directs under it, is that body's."""
    head = "\n".join(text[:_LEAD_CHARS].split("\n", _REPORT_PARAGRAPHS * 2)[: _REPORT_PARAGRAPHS * 2])
    if "heo " not in head:
        return None
    if (own := LEAD_DIRECTS_UNDER_OWN_RE.search(head)) is not None \
            and (owner := parse_body(new_tone_placement(_issuer_text(own["issuer"])))) is not None \
            and not _an_office(owner):
        return _Identity(doc_type=TYPE_WORDS.get(fold(squeeze(own["tw"]))),
                         issuer=_issuer_text(own["issuer"]), title=squeeze(own["title"]).strip(" ,"))
    m = LEAD_REPORTS_DOCUMENT_RE.search(head)
    if m is None or (body := parse_body(new_tone_placement(_issuer_text(m["issuer"])))) is None:
        return None
    subject = CLAUSE_BODY_SUBJECT_RE.match(m["rest"])
    if _an_office(body) or (subject is not None and parse_body(subject["issuer"]) is not None):
        return None
    title = squeeze(m["title"]).strip(" ,") if m["title"] else None
    return _Identity(doc_type=TYPE_WORDS.get(fold(squeeze(m["tw"]))), issuer=_issuer_text(m["issuer"]),
                     title=title)


_JOINT_KIND_AFTER = 600  # a joint document's type is named within a paragraph or two of its signing


def _signs_joint(text: str, warnings: list[str]) -> _Identity | None:
    """blind25 b10: 'Hội Nông dân tỉnh và Sở ... tổ chức ký kết chương trình phối hợp hoạt động giai đoạn
    2022 – 2025': an unnumbered joint programme or joint rules, signed first by the lead's subject, on the
    day that opens the sentence. blind37 b04: signed 'liên tịch' with its type named only by a later
    sentence ('Kế hoạch liên tịch được ký kết ...'); with no type named, no document."""
    if "ký kết" not in text[:_LEAD_CHARS]:
        return None
    for m in LEAD_SIGNS_JOINT_RE.finditer(text, 0, _LEAD_CHARS):
        issuer = _issuer_text(m["issuer"])
        if (body := parse_body(new_tone_placement(issuer))) is None or _an_office(body):
            continue
        kind = m["tw"]
        if kind is None:
            km = JOINT_KIND_RE.search(text, m.end(), m.end() + _JOINT_KIND_AFTER)
            if km is None:
                continue
            kind = km["tw"]
        return _Identity(doc_type=TYPE_WORDS.get(fold(squeeze(kind))), issuer=issuer,
                         title=squeeze(m["title"]).strip(" ,;:"),
                         issued_on=_lead_date(m, None, warnings, text))
    for m in LEAD_SIGNS_JOINT_BETWEEN_RE.finditer(text, 0, _LEAD_CHARS):
        issuer = _issuer_text(m["issuer"])
        if (body := parse_body(new_tone_placement(issuer))) is None or _an_office(body):
            continue
        return _Identity(doc_type=TYPE_WORDS.get(fold(squeeze(m["tw"]))), issuer=issuer,
                         title=squeeze(m["title"]).strip(" ,;:"))
    return None


def _source_code_note(text: str) -> _Identity | None:
    """blind25 b06: '(Nguồn CV 10646/UBND-VP)' closing an item that names no number of its own: the note's
    number, typed by the number's own code or else by the note's."""
    for sm in SOURCE_CODE_NOTE_RE.finditer(text):
        if (number := try_parse(sm["number"])) is not None:
            return _Identity(number=number, doc_type=number.doc_type or canonical_type(sm["code"]))
    return None


_MEETING_OPENING = 240  # a meeting's sentence opens its paragraph: its subject and time before the verb


def _meeting_deploys(text: str, before: int) -> re.Match[str] | None:
    """blind9 b20: a news item's opening sentence, before `before`, holds a meeting to deploy a numbered
    document."""
    end = min(before, _LEAD_CHARS)
    if all(text.find(w, 0, end) < 0 for w in ("triển khai", "quán triệt", "phổ biến", "học tập")):
        return None
    if all(text.find(w, 0, end) < 0 for w in ("họp", "ội nghị", "làm việc")):  # no meeting named
        return None
    m = MEETING_DEPLOYS_RE.search(text, 0, _LEAD_CHARS)
    while m is not None and m.start() and text[m.start() - 1].isalnum():  # inside a word: search on
        m = MEETING_DEPLOYS_RE.search(text, m.start() + 1, _LEAD_CHARS)
    if m is not None and m.start() >= before:
        return None
    if m is None or m.start() - (text.rfind("\n", 0, m.start()) + 1) > _MEETING_OPENING:
        return None
    return m


def _deployed_at_meeting(ident: _Identity, m: re.Match[str], text: str, warnings: list[str]) -> _Identity:
    """The deployed document's number, type and the date after its number; never the meeting's day. blind35:
    the body named right after them ('... số 200/KH-UBND ngày 23/8/2023 của Ủy ban nhân dân Phường 1 về sắp
    xếp khu phố ...') is its issuer, and the words after that its title, where the lead told neither."""
    number = try_parse(m["number"])
    year = number.year if number else None
    issued_on = _lead_date(m, year, warnings, text) if m["ld"] or m["lwd"] else None
    issuer, title = ident.issuer, ident.title
    of = OWN_OF_RE.match(text, m.end())
    if issuer is None and of is not None and parse_body(new_tone_placement(_issuer_text(of["issuer"]))):
        issuer = _issuer_text(of["issuer"])
        end = SENTENCE_BREAK_RE.search(text, of.end())
        rest = text[of.end():end.start() if end else len(text)].split(";")[0]
        if not rest.lstrip().startswith(","):  # sweepG: ', thời gian phát động ...' goes on about the meeting
            title = title or (squeeze(rest).strip(" ,:") or None)
    elif issuer is None and of is None and number is not None:
        issuer = _holder_of_own(text, m, number)
    return replace(ident, number=number, bare=None, doc_type=TYPE_WORDS.get(fold(squeeze(m["tw"]))),
                   issued_on=issued_on, issuer=issuer, title=title)


def _holder_studies_central(text: str, meeting: re.Match[str]) -> _Identity | None:
    """blind43 g05: 'Ngày 3-12, Huyện ủy Định Hóa đã tổ chức Hội nghị học tập, quán triệt, triển khai các chỉ
    thị ... Tại Hội nghị, ... quán triệt, triển khai Chỉ thị số 20-CT/TW ngày 18-01-2018 của Ban Bí thư
    ...': a local committee named with its unit studies the Centre's documents; the page tells the
    holder's own unnumbered instruction (as realworld d14), the documents studied are its parents."""
    if (holding := _meeting_holder(text)) is None:
        return None
    held, holder, body = holding
    number = try_parse(meeting["number"])
    if meeting.start() < held.start() or number is None or number.level_hint() != "central" \
            or _own_code(holder, body, number):
        return None
    return _Identity(issuer=holder, above=_subject_places(held, holder))


def _holder_of_own(text: str, m: re.Match[str], number: DocNumber) -> str | None:
    """sweepF: 'Sáng 5/3, Huyện ủy Hiệp Đức tổ chức hội nghị quán triệt Chỉ thị số 18-CT/HU ...', 'Tại hội
    nghị, Huyện ủy Hiệp Đức quán triệt chỉ thị số 18-CT/HU về ...': a body named with its unit that holds the
    meeting, or studies the document at it, issued the document whose number carries its own code."""
    if m["attendee"]:
        who = m["attendee"]
    else:
        who = HOLDER_ASPECT_TAIL_RE.sub("", text[text.rfind("\n", 0, m.start()) + 1:m.start()])
    if (im := LEAD_ISSUER_RE.search(who)) is None:
        return None
    issuer = _issuer_text(im["issuer"])
    body = parse_body(new_tone_placement(issuer))
    if body is None or not body.place or _an_office(body) or not _own_code(issuer, body, number):
        return None
    return issuer


# blind8: bodies a unit has one of, so two spellings of their kind name one body ('Ban Thường trực UBMTTQ Việt
# Nam huyện' in a headline, 'UBMTTQVN Huyện' in the lead); a Party committee's kind covers several bodies
# (Huyện ủy, Đảng ủy xã) and is left out.
_ONE_PER_UNIT_KINDS = {"fatherland_front", "peoples_committee", "peoples_council"}


def _same_body_base(a: str | None, b: str | None) -> bool:
    if a == b or {a, b} <= PEOPLES_COMMITTEE_BASES:
        return True
    ka, kb = BASES.get(a or ""), BASES.get(b or "")
    return ka is not None and kb is not None and ka[1] == kb[1] and ka[1] in _ONE_PER_UNIT_KINDS


def _announced_then_numbered(first: _Identity, later: _Identity) -> bool:
    """blind6: a headline 'UBND tỉnh ban hành Kế hoạch tuyên truyền ...' (no number) over the lead 'Căn cứ
    ..., ngày 15/6/2017, UBND tỉnh Thái Nguyên ban hành Kế hoạch số 104/KH-UBND về ...': the same document
    of the same body told twice, the second time with its number, so the second tells it. Another type,
    or another body (a district's headline over the province's plan), is another document."""
    if first.number is not None or first.bare is not None or later.number is None:
        return False
    if later.doc_type != first.doc_type or not (first.issuer and later.issuer):
        return False
    if _headline_province_committee(first.issuer, later.issuer) \
            or _headline_city_placed(first.issuer, later.issuer):
        return True
    a, b = parse_body(new_tone_placement(first.issuer)), parse_body(new_tone_placement(later.issuer))
    if a is None or b is None or not _same_body_base(a.base, b.base):
        return False
    if a.unit_kind and b.unit_kind and a.unit_kind != b.unit_kind:
        return False
    return not (a.place and b.place and fold(a.place) != fold(b.place))


def _headline_province(first: str, later: str | None) -> bool:
    """blind14: a headline whose subject is a province's bare name ('Thanh Hóa ban hành ...') stands for
    that province's authorities; the lead's body of a province with no place of its own ('Chủ tịch UBND
    tỉnh') is theirs."""
    if parse_body(new_tone_placement(first)) is not None or later is None:
        return False
    if gz.find_province(first) is None and gz.find_province(first, gz.Y2025) is None:
        return False
    b = parse_body(new_tone_placement(later))
    return b is not None and b.place is None and b.unit_kind in ("tỉnh", "thành phố")


def _headline_city_placed(first: str, later: str) -> bool:
    """sweepY: a headline whose subject is a province's bare name ('Hà Nội ban hành Kế hoạch thực hiện Nghị
    quyết số 15 ...') over a lead whose body names that province as its place ('Chủ tịch UBND thành phố Hà
    Nội ... ký ban hành Kế hoạch số 306/KH-UBND ...'): one document told twice, as a placeless body under the
    province's headline is (_headline_province); the lead's own body stays the issuer."""
    if parse_body(new_tone_placement(first)) is not None:
        return False
    if gz.find_province(first) is None and gz.find_province(first, gz.Y2025) is None:
        return False
    b = parse_body(new_tone_placement(later))
    return b is not None and b.place is not None and fold(b.place) == fold(first) \
        and (b.unit_kind in ("tỉnh", "thành phố") or b.base in ("tỉnh ủy", "thành ủy"))


_SAME_TITLE_CHARS = 15  # the least of a title two unnumbered tellings must share to be one document


def _announced_then_dated(first: _Identity, later: _Identity) -> bool:
    """blind22: a headline 'Ban Thường trực Ủy ban MTTQ tỉnh ban hành Hướng dẫn trọng tâm công tác Mặt trận
    năm 2023' over the lead 'Ngày 08/02/2023, Ban Thường trực Ủy ban MTTQ tỉnh ban hành Hướng dẫn trọng tâm
    công tác Mặt trận năm 2023; ...': a document with no number told twice, the second time with its date.
    Same type and the same title (one the start of the other) make it one document; another title is
    another."""
    if first.number is not None or first.bare is not None \
            or later.number is not None or later.bare is not None:
        return False
    if first.issued_on is not None or later.issued_on is None or later.doc_type != first.doc_type:
        return False
    a, b = fold(first.title or "").strip(" .;:,"), fold(later.title or "").strip(" .;:,")
    if len(a) < _SAME_TITLE_CHARS or len(b) < _SAME_TITLE_CHARS:
        return False
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def _headline_province_committee(first: str, later: str | None) -> bool:
    """blind22: a headline whose subject is a province's bare name ('Đắk Lắk ban hành Kế hoạch ...') over the
    lead's placeless People's Committee ('tỉnh Đắk Lắk đã ban hành Kế hoạch số 4047/KH-UBND', read as 'UBND'
    from the number): the province's committee, as _headline_province reads 'UBND tỉnh'."""
    if _headline_province(first, later):
        return True
    if later is None or parse_body(new_tone_placement(first)) is not None:
        return False
    if gz.find_province(first) is None and gz.find_province(first, gz.Y2025) is None:
        return False
    if fold(first) == fold(later):  # 'Đắk Lắk ban hành ...' over 'tỉnh Đắk Lắk đã ban hành ... số ...'
        return True
    b = parse_body(new_tone_placement(later))
    return b is not None and b.place is None and b.unit_kind is None and b.base in PEOPLES_COMMITTEE_BASES


_CITY_PROVINCES = {"hà nội", "hồ chí minh", "thành phố hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"}


def _province_committee_placed(first: str | None, later: str | None,
                               number: DocNumber | None = None) -> str | None:
    """The lead's placeless committee named by the headline's province ('UBND' + 'Đắk Lắk'); a province's bare
    name told twice is its People's Committee when the number's code says so ('.../KH-UBND')."""
    if first and later and fold(first) == fold(later):
        if number is not None and number.issuer == "UBND":
            unit = "thành phố" if fold(later) in {fold(c) for c in _CITY_PROVINCES} else "tỉnh"
            return f"UBND {unit} {later}"
        return later
    if first and later and not _headline_province(first, later) \
            and _headline_province_committee(first, later):
        return f"{later} tỉnh {first}"
    return _headline_placed(first, later)


def _announced_then_issued(first: _Identity, later: _Identity) -> bool:
    """blind14: a headline that announces a document with no number ('Thanh Hóa ban hành Kế hoạch hành động
    ...', 'UBND tỉnh ban hành Kế hoạch ...') over the lead's numbered decision 'về việc ban hành Kế hoạch
    ...': the decision is the page's document, and the plan it issues the one the headline names. The lead's
    body must be the headline's, or the headline's subject a province standing for its authorities."""
    if first.number is not None or first.bare is not None or later.number is None or not later.title:
        return False
    m = ISSUES_ANNOUNCED_TITLE_RE.match(later.title)
    if m is None or TYPE_WORDS.get(fold(m["tw"])) != first.doc_type or later.issuer is None:
        return False
    if first.issuer is None or _headline_province(first.issuer, later.issuer):
        return True
    a, b = parse_body(new_tone_placement(first.issuer)), parse_body(new_tone_placement(later.issuer))
    if a is None or b is None or not _same_body_base(a.base, b.base):
        return False
    return not (a.place and b.place and fold(a.place) != fold(b.place))


def _headline_placed(first: str | None, later: str | None) -> str | None:
    """The lead's body, placed by the headline's province when the headline names only that."""
    if first and later and _headline_province(first, later):
        return f"{later} {first}"
    return _placed_issuer(first, later)


def _placed_issuer(first: str | None, later: str | None) -> str | None:
    """blind8: of one body told twice, the telling that names its place ('... huyện Phong Điền' in the
    headline, 'UBMTTQVN Huyện' in the lead); the lead's when both or neither do."""
    a = parse_body(new_tone_placement(first)) if first else None
    b = parse_body(new_tone_placement(later)) if later else None
    return first if a is not None and a.place and (b is None or not b.place) else later


def _deploys(text: str, warnings: list[str]) -> _Identity | None:
    """'Ban Thường trực Uỷ ban MTTQ tỉnh Bắc Kạn triển khai Kế hoạch tổ chức đợt sinh hoạt chính trị
    ...': a page whose only lead deploys an unnumbered document of its subject's own; the subject is the
    issuer, the words after the type its title. No date: the day it was deployed is not the issue date.
    blind47 c03: the page may number and date it further on, as a lead that issues one (`_named_later`)."""
    if "triển khai" not in text[:_LEAD_CHARS]:
        return None
    if own := _deploys_numbered(text):
        return own
    found: tuple[_Identity, Body] | None = None
    for m in LEAD_DEPLOYS_RE.finditer(text, 0, _LEAD_CHARS):  # a headline's 'Xã Tân Hải ...' names no body
        issuer = _issuer_text(m["issuer"])
        if _not_a_name(issuer):
            continue
        if (body := parse_body(new_tone_placement(issuer))) is None or _an_office(body):
            continue
        if found is None:
            found = (_Identity(doc_type=TYPE_WORDS.get(fold(squeeze(m["tw"]))),
                               issuer=_tag_place(m["tagplace"], issuer, body),
                               title=squeeze(m["title"]).strip(" ,;:"),
                               above=_subject_places(m, issuer)), body)
            if body.place:
                break
        elif _names_the_place(found[1], body):  # blind10: the headline's 'Mặt trận Tổ quốc xã', the lead's
            found = (replace(found[0], issuer=issuer), body)  # 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Mỹ Thạnh'
            break
    if found is None:
        return None
    ident = found[0]
    if ident.doc_type and _deployed_as_a_series(text, ident.doc_type):
        return replace(ident, doc_type=None, title=None)
    if ident.doc_type:
        _named_later(text, ident, warnings)
    return ident


_SERIES_PARAGRAPHS = 3  # the deployed set's members are listed in the paragraphs right under the lead


def _deployed_as_a_series(text: str, doc_type: str) -> bool:
    """sweepY (blind46 f03): 'Hội nghị triển khai nghị quyết chuyên đề của Ban Chấp hành Hội LHPN tỉnh ...',
    then '... 3 chuyên đề: Nghị quyết số 04/NQ-BCH về ...; Nghị quyết số 05/NQ-BCH về ...; Nghị quyết số
    06/NQ-BCH về ...': the unnumbered name a lead deploys stands for several numbered documents of one body,
    none of them the page's (as a meeting on several plans, blind45 b01): the acting body keeps the record,
    untyped. Two or more numbers of the deployed type and of one code, listed under the lead, are a series."""
    head = "\n".join(text[:_LEAD_CHARS].split("\n")[: _SERIES_PARAGRAPHS * 2 + 1])
    codes: dict[str, set[str]] = {}
    for _, n in iter_numbers(head):
        if n.doc_type == doc_type and n.issuer:
            codes.setdefault(n.issuer, set()).add(n.seq)
    return any(len(seqs) >= 2 for seqs in codes.values())


def _not_a_name(issuer: str) -> bool:
    """sweepA: a board's task read up to 'triển khai' ('Ban Chỉ đạo ... tỉnh vừa triển khai') is a name only
    within a name's length and with no word of a sentence ('Ban Chỉ đạo tỉnh đã họp, giao ...')."""
    head = LEAD_TOPIC_HEAD_RE.match(issuer)
    after = head.end("head") if head else 0  # the board's own 'chỉ đạo' is no verb
    too_long = len(issuer.split()) > LEAD_TOPIC_MAX_WORDS
    return too_long or LEAD_TOPIC_NOT_NAME_RE.search(issuer, after) is not None


def _an_office(body: Body) -> bool:
    """newsweep: 'Bí thư Huyện ủy Lục Nam triển khai ...' names an office: a person is no issuer."""
    return body.organ is not None and ORGANS.get(body.organ, ("", ""))[1] in _OFFICERS


def _resolves(text: str) -> _Identity | None:
    """blind15: 'Đảng ủy Quân sự huyện Thăng Bình tổ chức hội nghị ra nghị quyết lãnh đạo ...': a committee
    passing an unnumbered resolution at its meeting issues it; the words after 'nghị quyết' are its title. The
    meeting's day is not given as the issue date (a headline and a lead may tell it without the year)."""
    if RESOLVES_CUE_RE.search(text, 0, _LEAD_CHARS) is None:
        return None
    for m in LEAD_RESOLVES_RE.finditer(text, 0, _LEAD_CHARS):
        issuer = _issuer_text(m["issuer"])
        if (body := parse_body(new_tone_placement(issuer))) is None or _an_office(body):
            continue
        number, issued_on = None, None
        if m["number"]:  # newsweep: 'ra Nghị quyết số 21-NQ/HU ngày ...', a number of the subject's own code
            number = try_parse(m["number"])
            if number is None or not _own_code(issuer, body, number):
                continue
            issued_on = _lead_date(m, number.year, []) if (m["ld"] or m["lwd"]) else None
        issuer = _tag_place(m["tagplace"], issuer, body)
        return _Identity(number=number, doc_type="NQ", issued_on=issued_on, issuer=issuer,
                         title=squeeze(m["title"]).strip(" ,;:"))
    return None


def _studies_congress_resolution(text: str) -> _Identity | None:
    """blind35: 'Quán triệt, triển khai Nghị quyết Đại hội đại biểu Đảng bộ xã Vĩnh Lộc lần thứ I, nhiệm
    kỳ 2025-2030': a page on studying a congress's resolution is about that resolution, unnumbered; the
    congress of the Party organisation issues it, and its words are the title. A congress named by its
    unit's kind alone ('Đại hội Đảng bộ phường') is of the unit whose Party body the sentence named before
    it ('Bí thư Đảng ủy phường Hương An quán triệt ...'); with none, no issuer is told. blind42: of several
    studied ('... nghị quyết Đại hội Đảng bộ tỉnh Thanh Hoá lần thứ XX, ..., nghị quyết Đại hội Đảng bộ
    phường Tĩnh Gia lần thứ I ...' at 'Ban Thường vụ Đảng ủy phường Tĩnh Gia''s meeting), the holder's own
    is the page's, as a deployed plan of its own is among upper ones."""
    studied: list[tuple[re.Match[str], str | None]] = []
    item_end = -1
    for m in CONGRESS_RESOLUTION_STUDIED_RE.finditer(text, 0, _LEAD_CHARS):
        if m["listed"] is not None and m.start() != item_end:
            continue
        item_end = m.end()
        studied.append((m, m["place"] or _unit_named_before(text, m)))
    if not studied:
        return None
    placed = [(m, place) for m, place in studied if place]
    if not placed:
        return _Identity(doc_type="NQ", title=squeeze(studied[0][0]["title"]))
    # sweepH: a headline's 'Xã Sao Vàng: Học tập, quán triệt Nghị quyết Đại hội ... Đảng bộ xã lần thứ I'
    # names no unit; the lead under it does ('Ban Chấp hành Đảng bộ xã Sao Vàng ...')
    own = next(((fold(m["kind"]), fold(p)) for m, p in placed if _unit_named_before(text, m, p)), None)
    m, place = next(((m, p) for m, p in placed if (fold(m["kind"]), fold(p)) == own), placed[0])
    issuer = f"{squeeze(m['congress'])} {squeeze(m['org'])} {squeeze(m['kind'])} {place}"
    resolution = _Identity(doc_type="NQ", issuer=issuer, title=squeeze(m["title"]))
    return _action_programme_deployed(text, m) or resolution


def _action_programme_deployed(text: str, studied: re.Match[str]) -> _Identity | None:
    """sweepY (blind47 c05): where the congress's resolution is studied, its holder's unnumbered action
    programme carrying it out is deployed too ('... được quán triệt, triển khai những nội dung cốt lõi và
    chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Sao Vàng lần thứ I ...'): the page
    is about the programme, the document the committee issues after its congress, as a plan a holder deploys
    at its meeting is (blind42 b02); the committee holding the meeting issues it. A programme of another
    unit's congress, or one with no holder named, leaves the resolution the page's."""
    prog = CONGRESS_ACTION_PROGRAMME_RE.search(text, 0, _LEAD_CHARS)
    if prog is None or fold(squeeze(prog["kind"])) != fold(squeeze(studied["kind"])):
        return None
    if (holding := _meeting_holder(text)) is None:
        return None
    return _Identity(doc_type="CTr", issuer=holding[1], title=squeeze(prog["title"]))


def _unit_named_before(text: str, m: re.Match[str], place: str | None = None) -> str | None:
    """The unit of the congress's kind whose Party body the sentence names before it ('Đảng ủy phường Hương
    An'); with `place`, only that unit."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    named = [b["place"] for b in PARTY_BODY_OF_UNIT_RE.finditer(text, line_start, m.start())
             if _party_unit_kind(b) == fold(m["kind"]) and (place is None or fold(b["place"]) == fold(place))]
    return named[-1] if named else None


def _holds_congress(text: str) -> _Identity | None:
    """blind42: 'Ngày 23/7, Đảng bộ phường Phong Châu đã tổ chức Đại hội đại biểu Đảng bộ lần thứ I, nhiệm kỳ
    2025-2030': a congress's news, read only when nothing else names the page's document, is about the
    resolution it passes, unnumbered and undated (the congress's day is the paper's), as a page studying it
    is. A congress named as it opens or closes counts only when the lead says a resolution was passed ('Theo
    Nghị quyết được thông qua, ...'): news of its guests or preparations tells no document."""
    for m in CONGRESS_HELD_RE.finditer(text, 0, _LEAD_CHARS):
        if m["named"]:
            if not _lead_adopts_resolution(text):
                continue
            issuer = f"{squeeze(m['ncongress'])} {squeeze(m['norg'])} {squeeze(m['nkind'])} {m['nplace']}"
            return _Identity(doc_type="NQ", issuer=issuer, title=squeeze(m["named"]))
        issuer = f"{squeeze(m['congress'])} {squeeze(m['org'])} {squeeze(m['kind'])} {m['place']}"
        return _Identity(doc_type="NQ", issuer=issuer, title=squeeze(m["title"]))
    return None


def _lead_adopts_resolution(text: str) -> bool:
    """A sentence of the lead says a resolution was passed ('thông qua' and 'nghị quyết')."""
    return any(ADOPTION_RE.search(s) and "nghị quyết" in s.lower()
               for s in _SENTENCE_SPLIT.split(text[:_LEAD_CHARS]))


def _party_unit_kind(body: re.Match[str]) -> str:
    """The unit kind a Party body names: 'Đảng ủy phường' its kind word, 'Thành ủy' the city's."""
    if body["kind"]:
        return fold(body["kind"])
    return _COMMITTEE_UNIT_KIND.get(fold(body["committee"]), "")


def _meeting_holder(text: str, *, by_level: bool = False) -> tuple[re.Match[str], str, Body] | None:
    """The body a lead says held a meeting ('BCH Đảng bộ xã Vi Hương đã tổ chức họp', 'Đảng ủy xã Hà Vị đã tổ
    chức Hội nghị'), when it names its unit: only then can it own what the meeting passed or deployed.
    `by_level`: a body named by its level alone will do ('Ban Thường trực Ủy ban MTTQ Việt Nam huyện'), where
    a caller matches it against a name the page writes out alike; so will one whose name holds its level
    ('Ban Thường vụ Huyện đoàn', 'Ban Thường vụ Huyện ủy')."""
    held = LEAD_MEETING_HELD_RE.search(text, 0, _LEAD_CHARS)
    if held is None:
        return None
    issuer = _issuer_text(held["issuer"])
    body = parse_body(new_tone_placement(issuer))
    if body is None or _an_office(body):
        return None
    if not (body.place or (by_level and (body.unit_kind or _level_in_name(body)))):
        return None
    return held, issuer, body


def _level_in_name(body: Body) -> bool:
    """A Party committee or a Youth Union body whose name gives its level ('Huyện ủy', 'Huyện đoàn'); blind52:
    or a bloc's or an agency's Party committee whose bloc or agency does ('Đảng ủy Khối các cơ quan tỉnh',
    'Đảng bộ Sở Y tế'): the province it serves is the one the page is about, never named."""
    return body.base in PARTY_BASES or body.base in YOUTH_BASES or bool(body.bloc and body.fixed_level)


def _passes_at_meeting(text: str) -> _Identity | None:
    """blind35: 'Ngày 29 tháng 01 năm 2021 BCH Đảng bộ xã Vi Hương đã tổ chức họp ...; ... BCH Đảng bộ đã thảo
    luận, bỏ phiếu và biểu quyết thông qua Nghị quyết về số lượng, cơ cấu đại biểu HĐND xã ...': a committee's
    meeting report whose paragraph passes one named resolution is about that resolution, the committee named
    with its unit its issuer. A resolution bears the day its meeting passed it: the day the lead opens with,
    only when written with its year (as `_resolves`, a day without one is not guessed)."""
    head = text[:_LEAD_CHARS]
    if ("thông qua" not in head and "quyết nghị" not in head) or (holding := _meeting_holder(text)) is None:
        return None
    held, issuer, _ = holding
    # leftovers10: not the meeting's own paragraph (the paragraphs are joined by one newline): a council's
    # session report passes its resolution paragraphs below ('HĐND phường Nghi Hương ... đã tổ chức kỳ họp thứ
    # 13.' / ... / '... các vị đại biểu ... biểu quyết thông qua Nghị quyết về ...', blind38 b07)
    end = text.find("\n\n", held.end())
    stop = min(_LEAD_CHARS, end if end >= 0 else len(text))
    # blind53: or the first of the resolutions it lists, or the first subject it resolves
    passed = next((p for r in (RESOLUTION_PASSED_RE, RESOLUTIONS_LISTED_RE, RESOLVED_SUBJECT_RE)
                   if (p := r.search(text, held.end(), stop)) is not None), None)
    if passed is None:
        return None
    day = DATE_RE.search(text, held.start(), held.start("issuer"))
    return _Identity(doc_type="NQ", issued_on=_date_of(day) if day else None, issuer=issuer,
                     title=squeeze(passed["title"]).strip(" ,;:"))


def _passes_own_documents(text: str) -> _Identity | None:
    """blind43 g04: 'Ngày 18/3/2014, Huyện ủy Đại Lộc tổ chức Hội nghị quán triệt ...', later 'Hội nghị đã
    thông qua các Chương trình của Huyện ủy thực hiện Nghị quyết Trung ương 8 ...': the holder's own documents
    passed at its conference, their committee named by its base alone; passed there, they bear no date of
    their own. blind49 c01: or a draft of its own the conference deploys beside upper documents ('... triển
    khai, quán triệt Chỉ thị 35-CT/TW ...; dự thảo kế hoạch của Ban Thường vụ Huyện ủy về đại hội ...')."""
    head = text[:_LEAD_CHARS]
    if "thông qua" not in head and "dự thảo" not in fold(head):
        return None
    if (holding := _meeting_holder(text)) is None:
        return None
    held, issuer, body = holding
    for m in OWN_PASSED_RE.finditer(text, held.end(), _LEAD_CHARS):
        own = parse_body(new_tone_placement(squeeze(m["own"])))
        doc_type = TYPE_WORDS.get(fold(squeeze(m["tw"])))
        if own is None or own.base != body.base or doc_type is None:
            continue
        return _Identity(doc_type=doc_type, issuer=issuer, title=squeeze(m["title"]).strip(" ,;:"))
    return None


def _discusses_at_meeting(text: str) -> _Identity | None:
    """blind39 b05: 'Đảng ủy Công an tỉnh Thanh Hoá vừa tổ chức Hội nghị ... và thảo luận Chương trình hành
    động thực hiện Nghị quyết Đại hội ...': a meeting report whose paragraph discusses one unnumbered document
    of no other issuer is about the holder's own draft; a draft has no issue date."""
    if (holding := _meeting_holder(text)) is None:
        return None
    held, issuer, _ = holding
    end = text.find("\n\n", held.end())
    m = DRAFT_DISCUSSED_RE.search(text, held.end(), min(_LEAD_CHARS, end if end >= 0 else len(text)))
    if m is None or (doc_type := TYPE_WORDS.get(fold(squeeze(m["tw"])))) is None:
        return None
    return _Identity(doc_type=doc_type, issuer=issuer, title=squeeze(m["title"]).strip(" ,;:"))


def _own_among_deployed(text: str, warnings: list[str]) -> _Identity | None:
    """blind35: 'Sáng ngày 26/8/2019, Đảng ủy xã Hà Vị đã tổ chức Hội nghị triển khai ...', then the
    documents the meeting deployed, the upper bodies' and, last, 'Kế hoạch số 85-KH/ĐU ngày 21/8/2019 của Đảng
    ủy xã Hà Vị về ...': the one of its own (issued by the meeting's holder, named alike, with its own code)
    is the page's document; the upper ones are what it deploys with it. A district Front committee named by
    its level alone lists its own plan as 'của Ban Thường trực Ủy ban MTTQ Việt Nam huyện' after the
    province's ('... tỉnh', a Cà Mau district's page): the level word tells the two apart as a place would."""
    if (holding := _meeting_holder(text, by_level=True)) is None:
        return None
    held, holder, body = holding
    for m in LISTED_OF_RE.finditer(text, held.end(), _LEAD_CHARS):
        number = try_parse(m["number"])
        if number is None or (of := _holders_committee(_issuer_text(m["issuer"]), holder, body)) is None:
            continue
        holder, body = of
        if not _own_code(holder, body, number):
            continue
        issued_on = _lead_date(m, number.year, warnings) if (m["ld"] or m["lwd"]) else None
        tail = _TITLE_TAIL.match(m["title"])
        title = tail["rest"].strip(" ,;:") if tail else None
        return _Identity(number=number, doc_type=number.doc_type or TYPE_WORDS.get(fold(squeeze(m["tw"]))),
                         issued_on=issued_on, issuer=holder, title=title)
    return None


def _holders_committee(listed: str, holder: str, body: Body) -> tuple[str, Body] | None:
    """The listed document's body when it is the meeting's holder, or the committee an organ of it holds
    the meeting for (sweepF: 'Ban Thường vụ Quận ủy Sơn Trà tổ chức Hội nghị ... Chương trình hành động số
    11-CTr/QU ... của Quận ủy Sơn Trà'): the same base of the same unit."""
    if fold(listed) == fold(holder):
        return holder, body
    own = parse_body(new_tone_placement(listed))
    if own is None or own.organ is not None or own.base != body.base or not own.place \
            or fold(own.place) != fold(body.place or "") or own.unit_kind != body.unit_kind:
        return None
    return listed, own


def _names_the_place(short: Body, full: Body) -> bool:
    """The same body told again with its place: one per unit of that kind, of the same unit kind."""
    return bool(full.place) and not short.place and _same_body_base(short.base, full.base) \
        and short.unit_kind in (None, full.unit_kind)


# The number codes a subject's own documents carry: 'Đảng ủy phường ...' numbers '89-KH/ĐU'.
_OWN_CODES = {"đảng ủy": {"ĐU", "ĐUK"}, "huyện ủy": {"HU"}, "quận ủy": {"QU"}, "thị ủy": {"TXU", "ThU"},
              "tỉnh ủy": {"TU"}, "thành ủy": {"TU", "ThU"}, "ủy ban nhân dân": {"UBND"}, "ubnd": {"UBND"},
              "hội đồng nhân dân": {"HĐND"}, "hđnd": {"HĐND"}}


# --- newsweep: a code spelled from its body's name ---
# Youth Union codes name the union ('TN', thanh niên) that the body's name leaves out; the centre's bodies
# share 'TW'.
_OWN_CODES.update({"tỉnh đoàn": {"TĐTN"}, "thành đoàn": {"TĐTN"}, "huyện đoàn": {"HĐTN"},
                   "quận đoàn": {"QĐTN"}, "thị đoàn": {"TĐTN"}, "đoàn xã": {"ĐTN"}, "đoàn phường": {"ĐTN"},
                   "đoàn thị trấn": {"ĐTN"}, "ban bí thư": {"TW"}, "bộ chính trị": {"TW"},
                   "trung ương": {"TW"}})
# A board, an office or a Party group of a body ('Ban Tuyên giáo Tỉnh ủy', 'Văn phòng UBND', 'Đảng đoàn
# HĐND') has codes of its own: the body's code ('45-KH/TU') is its parent's plan; the standing organs act as
# the body.
_ACTS_AS_ITS_BODY = {None, "ban thường vụ", "btv", "thường trực", "ban thường trực", "ban chấp hành", "bch"}
_WORD_RE = re.compile(r"[^\W\d_]+")


def _initials(name: str) -> str:
    """'Ban Tuyên giáo Tỉnh ủy Trà Vinh' → 'BTGTUTV', 'LĐLĐ tỉnh Quảng Trị' → 'LDLDTQT' (an acronym
    gives all its letters)."""
    words = _WORD_RE.findall(_base_letters(name))
    return "".join(w if len(w) > 1 and w.isupper() else w[0] for w in words).upper()


def _in_order(part: str, letters: str) -> bool:
    it = iter(letters)
    return all(c in it for c in part)


def _spells_its_code(issuer: str, number: DocNumber) -> bool:
    """newsweep: 'Ban Tuyên giáo Tỉnh ủy Trà Vinh triển khai Kế hoạch số 45-KH/BTGTU', 'LĐLĐ tỉnh vừa
    triển khai Kế hoạch số 02/KH-LĐLĐ', 'Ban Thường trực Ủy ban MTTQ ... triển khai Kế hoạch số
    12/KH-MTTQ-BTT': a body's own code is spelled from its name's initials, in order, one part of it
    from the name's first word on. A board deploying its committee's plan ('Ban Tuyên giáo Tỉnh ủy'
    and '45-KH/TU') or another unit's ('BTGTU' under 'Ban Tuyên giáo Huyện ủy') does not spell it."""
    spelled = issuer
    parts = [_base_letters(p).upper() for p in (number.issuer, number.sub) if p]
    if CENTRE_IN_NAME_RE.search(issuer):  # sweepA: 'Trung ương Hội Nông dân Việt Nam' numbers 'KH/HNDTW'
        spelled = UNION_WITHOUT_YOUTH_RE.sub("Đoàn Thanh niên", squeeze(CENTRE_IN_NAME_RE.sub(" ", issuer)))
        parts = [p for p in (CENTRE_IN_CODE_RE.sub("", p) for p in parts) if p]
    letters = _initials(spelled)
    if not letters or not parts or not all(_in_order(p, letters) for p in parts):
        return False
    heads = _code_heads(spelled, letters)
    if organ := STANDING_ORGAN_HEAD_RE.match(spelled):  # sweepA: 'Ban Bí thư T.Ư Đoàn' numbers 'KH/TWĐTN'
        body = spelled[organ.end():]
        heads |= _code_heads(body, _initials(body))
    return any(p[0] in heads for p in parts)


def _code_heads(name: str, letters: str) -> set[str]:
    """The letters a body's own code may start with: its name's first, or the word after 'Hội' or 'Ủy ban'."""
    heads = {letters[0]} if letters else set()
    folded = fold(name)
    if folded.startswith("hội ") and len(letters) > 1:  # 'Hội Cựu chiến binh' numbers '45-KH/CCB'
        heads.add(letters[1])
    if folded.startswith(("ủy ban ", "uỷ ban ", "ub ")) and len(letters) > 2:  # '(Ủy ban|UB) MTTQ': 'KH-MTTQ'
        heads.add(letters[2])
    return heads


def _own_code(issuer: str, body: Body, number: DocNumber) -> bool:
    """The number is the subject's own: its body's code, or a code spelled from its name."""
    own = _OWN_CODES.get(body.base or "", ()) if body.organ in _ACTS_AS_ITS_BODY else ()
    return number.issuer in own or _spells_its_code(issuer, number)


def _deploys_numbered(text: str) -> _Identity | None:
    """'..., Đảng ủy phường Phúc La triển khai Kế hoạch số 89-KH/ĐU ngày 9/8/2019 về ...': a subject
    deploying a numbered document is its issuer only when the number carries the subject's own code
    (a commune committee deploying '256-KH/QU' carries out the district's plan)."""
    for m in LEAD_DEPLOYS_NUMBERED_RE.finditer(text, 0, _LEAD_CHARS):
        number = try_parse(m["number"])
        issuer = _issuer_text(m["issuer"])
        body = parse_body(new_tone_placement(issuer))
        if number is None or body is None or _not_a_name(issuer):
            continue
        if not _own_code(issuer, body, number):
            continue
        issued_on = _lead_date(m, number.year, []) if (m["ld"] or m["lwd"]) else None
        tail = _TITLE_TAIL.match(m["title"])
        title = tail["rest"].strip(" ,;:") if tail else None
        return _Identity(number=number, doc_type=number.doc_type or TYPE_WORDS.get(fold(squeeze(m["tw"]))),
                         issued_on=issued_on, issuer=_tag_place(m["tagplace"], issuer, body), title=title,
                         above=_subject_places(m, issuer))
    return None


def _clause_identity(text: str, warnings: list[str]) -> _Identity | None:
    """A lead naming its document in a clause ('Theo Công văn số ..., UBND huyện đề nghị', 'Đó là chỉ
    đạo của UBND tỉnh ... tại Công văn số ...') or signed just now ('... vừa được ... ký ban hành')."""
    head = text[:_LEAD_CHARS]
    low = head.lower()
    cues = {  # words each pattern cannot match without: most pages skip the costly scans
        CLAUSE_OWN_RE: "số" in low,
        THAT_IS_OWN_RE: "Đó là" in head or "Đây là" in head,
        THAT_IS_AT_OWN_RE: "Đó là" in head or "Đây là" in head,
        PASSIVE_RECENT_RE: "ban hành" in low and ("vừa" in low or "mới" in low),
    }
    for rx in (rx for rx, cue in cues.items() if cue):
        if (cm := rx.search(text, 0, _LEAD_CHARS)) is None or (number := try_parse(cm["number"])) is None:
            continue
        if parse_body(cm["issuer"]) is None:
            continue
        issued_on = _lead_date(cm, number.year, warnings, text) if (cm["ld"] or cm["lwd"]) else None
        title = None
        if rx in (PASSIVE_RECENT_RE, THAT_IS_AT_OWN_RE) and (tail := _TITLE_TAIL.match(cm["title"])):
            title = tail["rest"].strip(" ,")
        return _Identity(number=number, doc_type=TYPE_WORDS.get(fold(cm["tw"])), issued_on=issued_on,
                         issuer=_issuer_text(cm["issuer"]), title=title or None)
    return None


_LOST_TAG_ABOVE = 3  # a headline, its posting stamp, a caption


def _lost_tag_lead(text: str, line_start: int) -> bool:
    """blind35: ' - Ban Thường vụ Huyện ủy Châu Phú vừa ...' under a headline and its posting stamp: the dash
    a copy keeps where it lost the paper's tag opens the lead, not a point of a list; a dash under a line
    that introduces a list, or deeper in the page, stays a point."""
    if not LOST_TAG_DASH_RE.match(text, line_start):
        return False
    above = [x.strip() for x in text[:line_start].split("\n") if x.strip()]
    return len(above) <= _LOST_TAG_ABOVE and not any(x.endswith(":") or LIST_ITEM_RE.match(x) for x in above)


_TITLE_BEFORE_ADDRESSEES = 3  # 'về việc X gửi ...': a subject of its own before the addressees


def grounds_listed(text: str, end: int) -> bool:
    """blind50: whether the text before `end` lists the page's grounds ('Căn cứ ...' opening two lines)."""
    return len(GROUNDS_LINE_RE.findall(text, 0, end)) >= GROUNDS_LISTED


def _lead_sentence(text: str, m: re.Match[str], warnings: list[str]) -> tuple[_Identity, bool] | None:
    """One lead sentence's identity, and whether its issuer is named as the body a signer acts for."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if LIST_ITEM_RE.match(text, line_start) and not _lost_tag_lead(text, line_start):
        return None  # '1. ..., UBND huyện đã có Báo cáo số 100/BC-UBND': a point of the body, no lead
    if ORDINAL_POINTS_OPENED_RE.search(text, 0, line_start):
        return None  # under 'Thứ nhất, ...': a result the body tells, no lead
    if grounds_listed(text, line_start):
        return None  # under 'Căn cứ ...' lines: one more ground, told as a sentence
    if SIGNER_WORD_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
        return None  # a portal's 'Người ký văn bản:' field names the signer, not a lead
    starts = [e.end() for e in SENTENCE_BREAK_RE.finditer(text, 0, m.start())]
    start = starts[-1] if starts else 0
    prefix = text[start:m.start()]
    timed = LEAD_DATE_TAIL_RE.search(prefix)
    if timed or (timed := LEAD_TIME_TAIL_RE.search(prefix)):  # 'UBND tỉnh mới đây đã ban hành'
        prefix = prefix[: timed.start()]
    above: tuple[str, ...] = ()
    if (pm := LEAD_SUBJECT_PLACE_RE.search(prefix)) and (im := LEAD_ISSUER_RE.search(prefix, 0, pm.start())) \
            and (above := _subject_places(pm, im["issuer"])):
        prefix = prefix[: pm.start()] + " "  # 'Đảng ủy phường Dĩ An, Thành phố Hồ Chí Minh vừa ban hành'
    written = prefix
    prefix = UNIT_ABBREV_DOT_RE.sub(r"\g<kind> ", LEAD_SUBJECT_ACRONYM_RE.sub(" ", prefix))
    if (nl := prefix.rfind("\n")) >= 0 and BOARD_SUBJECT_START_RE.match(prefix, nl + 1):
        prefix = prefix[nl + 1:]  # blind17: a headline with no full stop over a board's lead: its own line
    if CITED_NUMBER_TAIL_RE.search(prefix):
        return None  # blind17: '... số: 1521/QĐ-TTg ngày 06/10/2020 ban hành Kế hoạch': a cited document's
    issuer = None
    on_behalf = False
    # leadissuer: a name read back to its head only for a numbered document ('... huyện đã ban hành Kế
    # hoạch hưởng ứng ...' after 'Thực hiện ...' is an earlier document the page carries out)
    numbered = bool(m["number"] or m["bare"])
    signed_for = "lệnh" in prefix or "quyền" in prefix or "TL." in prefix or "TUQ." in prefix \
        or "LỆNH" in prefix or "QUYỀN" in prefix
    if ob := ON_BEHALF_RE.search(prefix) or (SIGNED_FOR_RE.search(prefix) if signed_for else None):
        issuer, on_behalf = ob["issuer"], True
        before = prefix[: ob.start()]
    elif im := LEAD_ISSUER_RE.search(prefix):
        issuer, at = im["issuer"], im.start("issuer")
        if (wide := _topic_named_subject(prefix, at)) and (numbered or _board_subject(prefix, *wide)):
            issuer, at = wide  # 'Ban Quản lý các khu công nghiệp Bắc Ninh': not 'Bắc Ninh' alone
        if NOT_OWN_RE.search(prefix, 0, at):
            issuer, at = _own_line_subject(issuer, at)
        if NOT_OWN_RE.search(prefix, 0, at) and (board := _board_named_by_task(prefix, at)) is not None:
            issuer, at = board  # blind17: 'Ban Chỉ đạo Trung ương về tổng kết ... Nghị quyết ... của ...'
        if NOT_OWN_RE.search(prefix, 0, at):
            return None  # 'của Ủy ban nhân dân tỉnh ban hành Quy chế': a cited document's issuer
        before = prefix[:at]
    elif m["number"] and (board := _board_named_by_task(prefix, len(prefix))) is not None:
        issuer, at = board  # blind17: the board's name runs to the verb, in lower case; its full own number
        before = prefix[:at]
    elif (wide := _kind_ended_subject(prefix)) and (numbered or _board_subject(prefix, *wide)):
        issuer, at = wide
        before = prefix[:at]
    elif subjects := [x for x in LEAD_SUBJECT_RE.finditer(prefix) if parse_body(x["issuer"])]:
        issuer = subjects[-1]["issuer"]
        before = prefix[: subjects[-1].start()]
    else:
        before = prefix
    issuer = _after_headline(issuer)
    if issuer:
        issuer = _dots_as_written(_committee_of_secretary(_without_person(squeeze(issuer))), written)
    if issuer and (tm := LEAD_TAG_PLACE_RE.match(text, text.rfind("\n", 0, m.start()) + 1)) \
            and (body := parse_body(new_tone_placement(issuer))) is not None:
        issuer = _tag_place(tm["tagplace"], issuer, body)  # 'Thanh Liêm: UBND huyện vừa ban hành ...'
    end = SENTENCE_BREAK_RE.search(text, m.end())
    stop = end.start() if end else len(text)
    number, bare = _own_number(m)
    dated: re.Match[str] = m
    if number is None and bare is None and (om := LEAD_OWN_BRACKET_RE.match(text, m.end())):
        number = try_parse(om["number"])  # 'đã có Công văn (số 73/TTg-CN) chỉ đạo ...'
        if om["ld"] or om["lwd"]:
            dated = om
    if number is None and bare is None and (qm := LEAD_QUALIFIED_NUMBER_RE.match(text, m.end(), stop)):
        number = _qualified_number(qm, m["tw"])
        if number is not None and (qm["ld"] or qm["lwd"]):
            dated = qm
    if number is None and bare is None and (bm := _bracketed_number(text, m.end(), stop, m["tw"])):
        number = try_parse(bm["number"])
        if bm["ld"] or bm["lwd"]:
            dated = bm  # '(Chỉ thị số 55-CT/TW ngày 22/12/2025)'
        stop = bm.start()  # the title ends before it
    if issuer is None and number is None or m["intro"] and number is None:
        return None  # 'Báo trân trọng đăng toàn văn Nghị quyết': the editor, not an issuer
    year = number.year if number else None
    issued_on = None
    if dated["ld"] or dated["lwd"]:
        issued_on = _lead_date(dated, year, warnings, text)
    elif (dm := (LEAD_DATE_BEFORE_RE.search(before)
                 or LEAD_RECENT_DATE_BEFORE_RE.search(before, max(0, len(before) - _RECENT_DATE_REACH))
                 or LEAD_OPENING_DATE_RE.match(before, before.rfind("\n") + 1)  # the paragraph's opening
                 or LEAD_OPENING_DAY_RE.match(before, before.rfind("\n") + 1)  # 'Hôm qua (5/3), ...'
                 or _clause_opening_date(before))) and not _stamped(dm):
        issued_on = _lead_date(dm, year, warnings, text)
    elif timed is not None and "ld" in timed.re.groupindex and (timed["ld"] or timed["lwd"]):
        issued_on = _lead_date(timed, year, warnings, text)  # 'Sở Y tế ngày 12/5/2023 đã ban hành'

    title_from = m.end()
    of = OWN_OF_RE.match(text, m.end(), stop) if number is not None or numbered else None
    if of is not None and parse_body(of["issuer"]):
        issuer, title_from = of["issuer"], of.end()  # '... ký ban hành Công điện 1426/CĐ-TTg của Thủ tướng'
    if number is not None and (joined := LEAD_JOINED_DOCUMENT_RE.match(text, title_from, stop)):
        title_from = joined.end()  # 'Chỉ thị số 25/CT-HU và Kế hoạch số 62/KH-HU về ...': shared subject
    said = CLAUSE_TITLE_END_RE.search(text, title_from, stop)
    while said is not None and said.end() <= stop and NAMES_AFTER_COLON_RE.match(text, said.end()):
        said = CLAUSE_TITLE_END_RE.search(text, said.end(), stop)  # '3 thị trấn: Hồ Xá, Cửa Tùng và ...'
    if said is not None and said.end() <= stop:
        stop = said.start()  # '... ban hành Kế hoạch X như sau:' / 'I. MỤC ĐÍCH': X ends at 'như sau'
    if sets := LEAD_TITLE_CONSEQUENCE_RE.search(text, title_from, stop):
        stop = sets.start()  # blind16: '... về X; theo đó, huyện ... phấn đấu ...': X ends before 'theo đó'
    if why := LEAD_TITLE_PURPOSE_RE.search(text, title_from, stop):
        stop = why.start()  # blind21: '... về X nhằm nâng cao ...', '... về X, xác định rõ ...'
    if to := LEAD_TITLE_ADDRESSEES_RE.match(text, title_from, stop):
        title_from = to.end()  # sweepG: '... Công điện số 84/CĐ-TW gửi Ban chỉ huy ... về công tác ...'
    elif (to := LEAD_TITLE_ADDRESSEES_AFTER_RE.search(text, title_from, stop)) \
            and len(text[title_from:to.start()].split()) >= _TITLE_BEFORE_ADDRESSEES:
        stop = to.start()  # '... công văn khẩn về việc X gửi Ủy ban nhân dân các tỉnh, ...'
    tail = _TITLE_TAIL.match(text[title_from: stop])
    if tail and TYPE_SUFFIX_ALONE_RE.match(tail["rest"]):
        tail = None  # blind42 b03: '... kế hoạch hành động, tổ chức quán triệt ...': no title of its own
    ident = _Identity(
        number=number, bare=bare, doc_type=_lead_type(text, m, number), issued_on=issued_on,
        issuer=_issuer_text(issuer) if issuer else None,
        title=TYPE_SUFFIX_RE.sub("", tail["rest"]) if tail else None,  # 'Kế hoạch hành động ...': the type's
        above=above if issuer else (),
    )
    return ident, on_behalf


def _dots_as_written(issuer: str, written: str) -> str:
    """'UBND TX. Cửa Lò vừa ban hành': the lead is read with the kind's full stop taken out, so no sentence
    ends there; the name shown keeps the stop the text writes ('UBND TX. Cửa Lò', not 'UBND TX Cửa Lò')."""
    for m in UNIT_ABBREV_DOT_RE.finditer(written):
        word = written[m.end():].split(maxsplit=1)[:1]
        if word and (read := f"{m['kind']} {word[0]}") in issuer:
            spaced = " " if m.end() > m.end("kind") + 1 else ""
            issuer = issuer.replace(read, f"{m['kind']}.{spaced}{word[0]}", 1)
    return issuer


def _committee_of_secretary(issuer: str) -> str:
    """'đồng chí Đinh Tiến Dũng, ..., Bí thư Thành ủy Hà Nội đã ký ban hành Chỉ thị số 25-CT/TU': a Party
    committee's secretary signs for the committee, which issues; a chairman's office is left alone (a
    chairman issues decisions in his own name)."""
    body = parse_body(new_tone_placement(issuer))
    if body is None or body.organ is None or ORGANS.get(body.organ, ("", ""))[1] != "secretary":
        return issuer
    return body_name(replace(body, organ=None), None)


def _unplaced(subject: str) -> str:
    """A subject without the units written after it ('Ban Chỉ đạo Đảng ủy xã Nghĩa Tá, tỉnh Thái Nguyên')."""
    pm = LEAD_SUBJECT_PLACE_RE.search(subject)
    return subject[:pm.start()].strip() if pm else subject


def _subject_places(m: re.Match[str], subject: str) -> tuple[str, ...]:
    """The units a lead names after its subject, outermost first, as the lines of their Party organisations
    ('Đảng bộ tỉnh Đồng Tháp'): the subject's units are then read under them, so 'phường Dĩ An' of 2025 is
    the ward of Hồ Chí Minh City, not of Bình Dương. A name the gazetteer holds as a province (on either map)
    after the body of a unit below it; sweepF: a district or city the gazetteer holds ('UBND phường Vạn
    Thạnh, TP. Nha Trang', 'Đảng ủy xã Vĩnh Phú (Thoại Sơn)') after a commune's body. Any other name places
    nothing."""
    written = [x for x in (m["above_far"], m["above"] or m["above_b"]) if x]
    if not written or not BELOW_PROVINCE_BODY_RE.search(subject):
        return ()
    lines: list[str] = []
    province: gz.Unit | None = None
    for place in map(squeeze, written):
        head = PLACE_KIND_HEAD_RE.match(place)
        kind = fold(head["kind"]).rstrip(".") if head else None
        name = place[head.end():] if head else place
        if kind in (None, "tỉnh", "thành phố", "tp") \
                and (unit := gz.find_province(name) or gz.find_province(name, gz.Y2025)) is not None:
            lines.append(f"Đảng bộ {unit.kind} {name}")
            province = unit
        elif kind != "tỉnh" and COMMUNE_BODY_RE.search(subject) \
                and (units := gz.find_districts(name, province.code if province else None)):
            lines.append(f"Đảng bộ {units[0].kind} {name}")
        else:
            return ()
    return tuple(lines)


# A unit's Party committee named by its kind alone ('Ban Thường vụ Huyện ủy'): the unit kind it names.
_COMMITTEE_UNIT_KIND = {committee: kind for kind, committee in PARTY_COMMITTEE_OF_UNIT.items()}
# The gazetteer's look-up for each unit kind a subject may leave unnamed.
_TAG_PLACE_FINDERS = {
    "tỉnh": lambda name: [u for u in (gz.find_province(name),) if u is not None],
    "huyện": gz.find_districts, "quận": gz.find_districts, "thị xã": gz.find_districts,
    "xã": gz.find_communes, "phường": gz.find_communes, "thị trấn": gz.find_communes,
}


def _tag_place(place: str | None, issuer: str, body: Body) -> str:
    """blind31: 'Thanh Liêm: Đảng ủy quân sự huyện vừa tổ chức hội nghị ra nghị quyết ...': a local
    portal's headline prefix names the unit its subject leaves unnamed (a kind word, or a committee's
    'Huyện ủy', and no name), when the gazetteer holds the prefix as a unit of that kind; the subject is
    then that unit's body."""
    named = fold(body.unit_kind) if body.unit_kind else body.base or ""  # 'huyện', or the unit's 'huyện ủy'
    finder = _TAG_PLACE_FINDERS.get(_COMMITTEE_UNIT_KIND.get(named, named))
    if not place or body.place or finder is None or not fold(issuer).endswith(named):
        return issuer
    return f"{issuer} {place}" if finder(place) else issuer


_RECENT_DATE_REACH = 80  # 'ngày 29 tháng 7 năm 2022 vừa qua, ': the date sits at the subject's start


def _topic_named_subject(prefix: str, at: int) -> tuple[str, int] | None:
    """A lead's subject whose name has lower-case words ('Ban Quản lý các khu công nghiệp Bắc Ninh', 'Trung
    tâm Y tế huyện Kim Động', 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh'): the clause from a body's head
    at a clause opening to the verb, when it reaches back past `at` (where the capitalised name read
    starts) and its words are a name's, not a sentence's (LEAD_TOPIC_NOT_NAME_RE). The last such opening
    wins: 'Thực hiện Kế hoạch của Ban Quản lý ..., Trung tâm Y tế huyện ...' is the centre's."""
    for hm in reversed(list(LEAD_TOPIC_HEAD_RE.finditer(prefix, 0, at))):
        start = hm.start("head")
        name = prefix[start:].strip(" \t,")
        rest = name[hm.end("head") - start:]
        if len(name.split()) > LEAD_TOPIC_MAX_WORDS:
            break  # an earlier head only makes the clause longer
        if LEAD_TOPIC_BREAK_RE.search(rest):
            break  # every earlier head's clause holds the same break
        if rest.count(")") > rest.count("(") or LEAD_TOPIC_NOT_NAME_RE.search(rest):
            continue
        if any(parse_body(rest[j.end():]) for j in NAME_JOIN_RE.finditer(rest)):
            continue  # 'Trung tâm Y tế huyện, Phòng Y tế huyện Kim Động': two bodies, not one name
        body = parse_body(name)
        if body is None or body.organ is not None or body.base is None:
            continue
        return name, start
    return None


def _board_subject(prefix: str, name: str, at: int) -> bool:
    """sweepA: a board named by its task is the subject of a lead with no number when only a news tag and the
    lead's date come before it (BOARD_LEAD_OPENING_RE; a stored page's dateline skipped)."""
    body = parse_body(new_tone_placement(name))
    if body is None or body.base not in AD_HOC_ISSUER_BASES:
        return False
    opening = prefix[:at]
    if dateline := PAGE_DATELINE_RE.match(opening):  # '  date 2022-08 (GLO)- Ban Chỉ đạo ...'
        opening = opening[dateline.end():]
    return BOARD_LEAD_OPENING_RE.match(opening) is not None


def _kind_ended_subject(prefix: str) -> tuple[str, int] | None:
    """'Ngày 12/3, Trung tâm Y tế huyện đã ban hành ...': the place left out, its kind still said. A clause
    ending on a lower-case topic word ('Ban Chỉ đạo ... về ... chuyển đổi số đã ban hành') is not taken."""
    wide = _topic_named_subject(prefix, len(prefix.rstrip(" ,")))
    return wide if wide and UNIT_KIND_LAST_RE.search(wide[0]) else None


def _stamped(dm: re.Match[str]) -> bool:
    """A page's posting line over the lead ('Cập nhật ngày 06/03/2024', 'Thứ tư, ngày 06/03/2024') ends in a
    date the lead's subject follows on the next line: the page's date, not the document's."""
    text = dm.string
    return _posted(text[text.rfind("\n", 0, dm.start()) + 1:dm.start()])


def _clause_opening_date(before: str) -> re.Match[str] | None:
    """blind12: 'Thực hiện Chỉ thị số 37-CT/TW ngày 10/7/2024 của Ban Bí thư ...; ngày 9/9/2024, đồng chí
    ..., Bí thư Tỉnh ủy thay mặt Ban Thường vụ Tỉnh ủy ký ban hành Kế hoạch số 338-KH/TU': after the parent's
    clause, the clause that issues the page's document opens with its date, as a sentence would."""
    at = before.rfind(";") + 1
    if not at or at <= before.rfind("\n"):
        return None
    return LEAD_OPENING_DATE_RE.match(before, at)


def _board_named_by_task(prefix: str, at: int) -> tuple[str, int] | None:
    """blind17: a lead's subject that is a board named by the task it sums up, the task naming a document and
    its issuer ('Ban Chỉ đạo Trung ương về tổng kết việc thực hiện Nghị quyết số 18-NQ/TW, ngày 25/10/2017 của
    Ban Chấp hành Trung ương khóa XII ... đã ban hành'): the whole name from 'Ban Chỉ đạo' to the verb, where
    that opens the sentence's subject (its start, or after its opening date)."""
    board = BOARD_SUBJECT_START_RE.search(prefix, 0, at)
    if board is None:
        return None
    name = prefix[board.start("board"):].strip(" ,")
    body = parse_body(new_tone_placement(name))
    return (name, board.start("board")) if body is not None and body.base in AD_HOC_ISSUER_BASES else None


def _restated_title(text: str, doc_type: str) -> str | None:
    """blind17: a news item that names its document in one sentence ('Bộ ... vừa có Quyết định số
    2850/QĐ-BVHTTDL') and restates it with its trích yếu in the next ('Đây là Quyết định về việc ban hành Kế
    hoạch hành động ...'): that subject, when the restated type is the document's own."""
    m = RESTATED_TITLE_RE.search(text, 0, _LEAD_CHARS)
    if m is None or TYPE_WORDS.get(fold(squeeze(m["tw"]))) != doc_type:
        return None
    return squeeze(m["title"]).rstrip(" .;,")


_NOTICE_AFTER_PARENT = 400  # the notice's own 'X thông báo' follows the clause in its paragraph or the next


def _notice_parent_subject(text: str) -> str | None:
    """unseen m44: a notice with no title that carries out another's document on the same matter ('Thực
    hiện Công điện số 11/CĐ-PCTT ... về việc ứng phó với bão ...' / '..., UBND phường Hải Châu I thông báo
    ...'): the parent's subject is the notice's, when the notice's own words follow the clause."""
    m = NOTICE_PARENT_SUBJECT_RE.search(text, 0, _LEAD_CHARS)
    if m is None or not NUMBER_RE.search(text, m.start(), m.start("title")):
        return None
    after = text[m.end():m.end() + _NOTICE_AFTER_PARENT]
    if _notice(after) is None:
        return None
    return squeeze(m["title"]).rstrip(" .;,")


def _own_line_subject(name: str, at: int) -> tuple[str, int]:
    """blind12: a headline with no full stop that ends on a cited document's body ('... Kết luận số 52-KL/TW,
    ngày 30/5/2019 của Ban Bí thư Trung ương Đảng') over the lead 'Tỉnh ủy ban hành Kế hoạch ...': the two
    names run together over the line break, and the headline's 'của' would make the whole a cited body. The
    lead line's own body is the subject ('Ban Thường vụ' / 'Tỉnh ủy', a name wrapped with no 'của' before
    it, stays whole)."""
    cut = name.rfind("\n") + 1
    if cut and parse_body(name[cut:]) is not None:
        return name[cut:], at + cut
    return name, at


def _qualified_number(qm: re.Match[str], type_word: str) -> DocNumber | None:
    """'văn bản chỉ đạo số 682-CV/TU': the number after a qualified type word, when its code agrees
    with that word ('văn bản' agrees with any)."""
    number = try_parse(qm["number"])
    own = TYPE_WORDS.get(fold(squeeze(type_word)))
    if number is None or own is not None and number.doc_type != own:
        return None
    return number


def _named_later(text: str, found: _Identity, warnings: list[str]) -> None:
    """A lead that names its document without a number ('Ban Tuyên giáo Quận ủy ban hành Hướng dẫn
    công tác ...', 'Chủ tịch UBND tỉnh vừa có Thông báo treo cờ ...') while the page numbers it
    elsewhere: a mention of that type of document by the lead's own issuer ('đăng tải Hướng dẫn số
    35-HD/BTG ngày 25/12/2018 của Ban Tuyên giáo Quận ủy'), or a byline's source ('Nguồn TB số
    20/TB-UBND'), outside a sentence that cites it ('Thực hiện ...'). Two such numbers: none. blind47 c03: a
    standing board's meeting tells its committee's plan ('Ban Thường vụ Đảng ủy phường Bạch Mai tổ chức Hội
    nghị triển khai Kế hoạch ...', then 'Kế hoạch số 01-KH/ĐU, ngày 9-7-2025 của Đảng ủy “về ...”'): the
    names are compared without their organ."""
    hits: dict[DocNumber, re.Match[str]] = {}
    for m in LATER_MENTION_RE.finditer(text):
        number = try_parse(m["number"])
        if number is None or number.doc_type != found.doc_type:
            continue
        line = text[text.rfind("\n", 0, m.start()) + 1: m.start()]
        if SOURCE_BEFORE_RE.search(line) is None:
            if not (found.issuer and m["issuer"] and _same_body(found.issuer, _issuer_text(m["issuer"]))):
                continue
            starts = [e.end() for e in SENTENCE_BREAK_RE.finditer(text, 0, m.start())]
            if CITING_CUE_RE.search(text, starts[-1] if starts else 0, m.start()):
                continue
        hits.setdefault(number, m)
    if len(hits) != 1:
        return
    (number, m), = hits.items()
    found.number = number
    if found.issued_on is None and (m["ld"] or m["lwd"]):
        found.issued_on = _lead_date(m, number.year, warnings, text)


def _same_body(lead: str, later: str) -> bool:
    """One body told twice, once more fully ('Ban Thường vụ Đảng ủy phường Bạch Mai', then 'Đảng ủy'): the
    names agree without their organ, the shorter one opening the longer."""
    a, b = (ORGAN_PREFIX_RE.sub("", fold(x)) for x in (lead, later))
    return a.startswith(b) or b.startswith(a)


def _without_person(issuer: str) -> str:
    """A signer named after the body in a lead's subject ('Giám đốc Sở Y tế Lê Văn A đã ký'): the body
    without the person. The longest name whose leading words are no place is cut ('Tỉnh ủy Hà Tĩnh Võ
    Hải' keeps 'Hà Tĩnh'); a place with such a name ('quận Lê Chân') is kept, but only as the body's
    missing place, of the level its kind word names, or as the unit written after its place ('xã Tân Lập
    huyện Lục Nam')."""
    words = issuer.split()
    whole: Body | None = None
    for n in (4, 3, 2):
        if len(words) <= n:
            continue
        person = words[-n:]
        if not PERSON_TAIL_RE.fullmatch(" ".join(person)):
            continue
        rest = " ".join(words[:-n])
        body = parse_body(rest)
        if body is None:
            continue
        whole = whole or parse_body(issuer)
        if whole is not None and whole.base and len(whole.base) > len(body.base or ""):
            continue  # blind15: 'Huyện Đoàn Gia Lâm' is the youth union, not 'Huyện' and Mr Đoàn Gia Lâm
        above = UNIT_KIND_LAST_RE.search(rest) if body.place else None
        kind = fold(squeeze(above.group(0))) if above else body.unit_kind
        if (body.place is None or above) \
                and any(_is_place(" ".join(person[:k]), kind) for k in range(1, n + 1)):
            continue
        return rest
    return issuer


# blind2: the levels a place named after a unit kind word can be ('Thành phố Đặng ...' is no city: the
# commune Đặng does not make 'Đặng Thị Phương Hoa' a place).
_KIND_LEVELS = {"tỉnh": ("province",), "thành phố": ("province", "district"), "huyện": ("district",),
                "quận": ("district",), "thị xã": ("district",), "xã": ("commune",), "phường": ("commune",),
                "thị trấn": ("commune",)}


@lru_cache(maxsize=1024)
def _is_place(name: str, kind: str | None = None) -> bool:
    """Whether the words name a unit; after a kind word ('quận Lê Chân'), a unit of that kind's level.
    A body whose place is already named ('UBND huyện Mỹ Đức Đặng Văn Bình') is never checked."""
    levels = _KIND_LEVELS.get(kind or "", ("province", "district", "commune"))
    return bool("province" in levels and gz.find_province(name)
                or "district" in levels and gz.find_districts(name)
                or "commune" in levels and gz.find_communes(name))


def _after_headline(issuer: str | None) -> str | None:
    """A headline ending in a capitalised word ('... dịch tả lợn châu Phi') runs into the lead's
    subject on the next line ('UBND tỉnh vừa ban hành'): the subject starts after the line break
    unless the words before it open a body's name ('Ban Thường vụ' / 'Tỉnh ủy')."""
    if not issuer or "\n" not in issuer:
        return issuer
    head, _, tail = issuer.rpartition("\n")
    if parse_body(new_tone_placement(squeeze(head))) is None and parse_body(new_tone_placement(tail)):
        return tail
    return issuer


def _lead_type(text: str, m: re.Match[str], number: DocNumber | None) -> str | None:
    """The type word of a lead; for 'có văn bản hướng dẫn ...' with no number, the kind after it."""
    own = TYPE_WORDS.get(fold(m["tw"]))
    if own is None and number is None and m["number"] is None and m["bare"] is None:
        if km := TEXT_KIND_AFTER_RE.match(text, m.end()):
            return TYPE_WORDS.get(fold(km["tw"]))
    return own


def _guidance_clause(text: str, types: set[str]) -> tuple[str, str | None] | None:
    """'..., Phòng Giáo dục và Đào tạo (GDĐT) Hướng dẫn các trường ...': a guidance's own clause in
    its preamble, for a document of no other type."""
    m = _own_guidance(text, types)
    return (squeeze(m["issuer"]), "HD") if m else None


def _own_guidance(text: str, types: set[str]) -> re.Match[str] | None:
    if types - {"HD"}:
        return None
    for start, end in preamble_spans(text):
        if not OWN_GUIDANCE_VERB_RE.search(text, start, end):
            continue  # the clause's verb is not there: the costly pattern would try every position
        for m in itertools.chain(OWN_JOINT_GUIDANCE_RE.finditer(text, start, end),  # co-issuers: the first
                                 OWN_GUIDANCE_RE.finditer(text, start, end)):
            at = m.start("issuer")
            if not CITING_TAIL_RE.search(text, max(0, at - 6), at) \
                    and not ORDER_BEFORE_GUIDANCE_RE.search(text, max(start, at - 200), at) \
                    and parse_body(m["issuer"]) is not None:
                return m
    return None


def _notice(text: str) -> str | None:
    """'UBND xã ... thông báo:' or '... thông báo để các thôn thực hiện': a notice with no heading,
    told by a body that is no cited document's issuer ('của UBND tỉnh thông báo ...')."""
    objects = OWN_NOTICE_OBJECT_RE.finditer(text) if "như sau" in text and "thông báo" in text else iter(())
    for m in itertools.chain(OWN_NOTICE_RE.finditer(text), objects):
        if not CITING_TAIL_RE.search(text, max(0, m.start() - 6), m.start()) and parse_body(m["issuer"]):
            return "TB"
    return None


_SIGNED_BY_LINES = 40


def _signed_by_field(lines: list[str]) -> tuple[Signer, str | None] | None:
    """A portal's 'Người ký văn bản:' field ('Phạm Đình Nam - Phó Chủ tịch UBND phường Phúc La'):
    the signer, and the body the office names when it names one; the field may wrap its value
    onto the next line."""
    texts = [x.strip() for x in lines[:_SIGNED_BY_LINES] if x.strip()]
    for i, line in enumerate(texts):
        fm = SIGNED_BY_FIELD_RE.match(line)
        if fm is None:
            if "ký" in line and (gm := GLUED_SIGNED_BY_RE.search(line)) is not None:
                name = _unglued(gm["rest"]).strip()
                if _person(name, announced=True):
                    return Signer(name=name), None
            continue
        value = fm["rest"] or (texts[i + 1] if i + 1 < len(texts) else "")
        nm = SIGNER_NAME_OFFICE_RE.match(value)
        if nm is None and _person(alone := value.strip(" |"), announced=True):
            return Signer(name=alone), None  # blind4: a legal library's 'Người ký | Nguyễn Hòa Bình |'
        if nm is None or not _person(nm["name"].strip(), announced=True):
            return None
        office = nm["office"].strip(" |")
        om = SIGNER_OFFICE_BODY_RE.match(office)
        body = om["body"] if om and parse_body(new_tone_placement(om["body"])) else None
        return Signer(name=nm["name"].strip(), title=office), body
    return None


def _same_type(word: str, other: str) -> bool:
    """'Chương trình' and 'Chương trình hành động' name one type (blind5); so do a word and itself."""
    code = TYPE_WORDS.get(fold(squeeze(word)))
    return fold(word) == fold(other) or code is not None and code == TYPE_WORDS.get(fold(squeeze(other)))


def _clause_bracketed_number(text: str) -> tuple[DocNumber, date | None] | None:
    """'..., UBND tỉnh xây dựng Kế hoạch tổ chức Lễ phát động Tết trồng cây ... (Kế hoạch số
    08/KH-UBND).': the issuing clause names the page's document by type and title and gives its
    number (and date) in brackets after the title, within the sentence."""
    for start, end in preamble_spans(text):
        for m in issuer_clauses(text, start, end):
            if not m["tw"] or CITING_TAIL_RE.search(text, max(0, m.start() - 6), m.start()):
                continue
            stop = SENTENCE_BREAK_RE.search(text, m.end())
            bm = _bracketed_number(text, m.end(), stop.start() if stop else len(text), m["tw"])
            if bm is None or (number := try_parse(bm["number"])) is None:
                continue
            issued_on = _lead_date(bm, number.year, []) if bm["ld"] or bm["lwd"] else None
            return number, issued_on
    return None


def _unglued(value: str) -> str:
    """A glued metadata value up to the next key: 'Lê Hồng SơnNgày hết hiệu lực' -> 'Lê Hồng Sơn'."""
    for i in range(1, len(value)):
        if value[i].isupper() and value[i - 1].islower():
            return value[:i]
    return value


def _bracketed_number(text: str, start: int, stop: int, type_word: str) -> re.Match[str] | None:
    """'... ký ban hành Chỉ thị của Ban Bí thư về ... (Chỉ thị số 22-CT/TW).': the number the
    sentence gives in brackets after the title (with its date, when it gives one), for a document of
    the type it issued."""
    for bm in BRACKETED_NUMBER_RE.finditer(text, start, stop):
        if _same_type(bm["tw"], type_word) and try_parse(bm["number"]) is not None:
            return bm
    return None


def _title_line_candidates(lines: list[str]) -> list[str]:
    """The first non-blank lines that may be a title line: no file name, no library's tab menu, no line a
    wrap carried on from the line before. A portal's stamp the line ends with ('... năm 2015. Ngày cập nhật
    18/12/2015', blind16 b03) is cut off: the page's, not the title's."""
    return list(itertools.islice((_without_stamp(x) for i, x in enumerate(lines)
                                  if x.strip() and not FILE_NAME_RE.search(x)
                                  and not MENU_ITEM_RE.fullmatch(x)  # blind14: a library's tab menu
                                  and not (i and _wrapped_onto(lines[i - 1], x))),
                                 _TITLE_LINE_CANDIDATES))


_STAMP_TAIL_CHARS = 80  # a stamp, label, weekday and zone included, is shorter: only a line's end is searched


def _without_stamp(line: str) -> str:
    last = line.rstrip()[-1:]
    if not (last.isdigit() or last in "]MmAH"):  # a stamp ends on its date, time, 'AM'/'SA'/'CH' or '[GMT+7]'
        return line  # (most lines: the search is skipped)
    m = POSTING_STAMP_TAIL_RE.search(line, max(0, len(line) - _STAMP_TAIL_CHARS))
    return line[:m.start()] if m else line


def _wrapped_onto(above: str, line: str) -> bool:
    """perturb3: a line a wrap carried on from the one above (WRAP_GOES_ON_RE). perturb5 (no_blank_lines):
    not a line that opens with its type word and number and is longer than the one above by more than its
    first word and a PDF's slack: no wrap cut that one ('Đến năm 2030, phấn đấu ... bác sĩ cơ hữu' over a
    330-character 'Quyết định số 281/QĐ-TTg ban hành ...', a headline over its lead with no blank between)."""
    if not WRAP_GOES_ON_RE.search(above):
        return False
    first = line.split(None, 1)[0] if line.strip() else ""
    if len(line.strip()) <= len(above.strip()) + 1 + len(first) + _PDF_WRAP_SLACK:
        return True
    m = TITLE_LINE_RE.match(new_tone_placement(line))  # only a line opening with its own number stands:
    return m is None or not m["number"]  # a lead cut after 'đã thông qua' goes on 'Nghị quyết triển khai ...'


_PDF_WRAP_SLACK = 15  # a PDF's proportional font breaks a body line up to some 14 columns short


def _signed_on(text: str) -> date | None:
    """blind26: a news item with no header whose only date of its document is the day it was signed, in
    brackets ('9 xã An toàn khu ... được hưởng kể từ ngày quyết định được ký (28-12-2025)'). realworld c30:
    a leader's directions given at a meeting ('Tại giao ban tuần ngày 09/11/2018, ... chỉ đạo:') are of its
    day. blind41: a notice whose title line is its type and its day ('Thông báo Khẩn ngày 18/10/2020')."""
    met = DIRECTED_AT_MEETING_RE.search(text, 0, _LEAD_CHARS) or TITLED_ON_RE.search(text, 0, _LEAD_CHARS)
    if met is not None:
        return _date_of(met)
    m = SIGNED_ON_BRACKET_RE.search(text, 0, _LEAD_CHARS)
    if m is None:
        return None
    with contextlib.suppress(ValueError):
        return date(int(m["y"]), int(m["m"]), int(m["d"]))
    return None


_OWN_TITLE_LINES = 60


def _own_title_line(lines: list[str], number: DocNumber) -> str | None:
    """blind26: a legal library's page that stops in its metadata ('Số hiệu: 12154/VPCP-TCCV') gives the
    trích yếu only in its page title, under a tab menu and feature notes that push it past the lines a
    headline is looked for in ('Công văn 12154/VPCP-TCCV 2025 về việc nghiên cứu ...'): a title line that
    opens with the document's own number is its title, wherever it stands near the top."""
    for line in lines[:_OWN_TITLE_LINES]:
        text = new_tone_placement(line.strip())
        if len(text) > _TITLE_LINE_WIDTH or not text[:1].isupper():
            continue
        m = TITLE_LINE_RE.match(text)
        if m is None or not m["number"] or _own_number(m)[0] != number:
            continue
        tail = _TITLE_TAIL.match(LIBRARY_YEAR_TAG_RE.sub("", text[m.end():].lstrip(" ,.:;"), count=1))
        if tail and not _WORDLESS.match(tail["rest"]):
            return tail["rest"]
    return None


def _outline_start(lines: list[str], heading: tuple[int, str, str | None] | None) -> int:
    """blind38: where a document under its own type heading opens its outline ('I. CĂN CỨ PHÁP LÝ'); a page's
    headline stands above the document, so no line from there on is one (a short header's lines put the
    first 'Quyết định số 749/QĐ-TTg ngày ...' of the list among the lines a headline is looked for in). A page
    that kept only the body (realworld k20) opens on its basis section ('I. CĂN CỨ PHÁP LÝ ĐỂ XÂY DỰNG ĐỀ
    ÁN'): its items ('- Nghị quyết số 57-NQ/TW ... của Bộ Chính trị;') are the basis, none a title line."""
    if heading is None:
        return next((i for i, x in enumerate(lines) if "CĂN" in x and BASIS_HEADING_RE.match(x)), len(lines))
    below = range(heading[0] + 1, len(lines))
    return next((i for i in below if FIRST_SECTION_RE.match(lines[i])), len(lines))


def _title_line(lines: list[str]) -> _Identity:
    """'Kế hoạch số 35-KH/TW ngày 12/6/2022 của Bộ Chính trị thực hiện ...' as a line of its own near
    the top; of several, the one that says most (number and issuer first)."""
    best: tuple[int, _Identity] | None = None
    texts = _title_line_candidates(lines)
    for line in texts:
        text = toned_paragraph(line)  # the lines' paragraphs, toned by `matching_text` too: cached
        titled = len(text) <= _TITLE_LINE_WIDTH and text.lstrip(_NOT_LETTERS)[:1].isupper()
        m = TITLE_LINE_RE.match(text) if titled else None  # a wrapped sentence's 'chỉ thị 17/...' is none
        named = bool(m and m["issuer"] and fold(m["issuer"]) not in _ASSEMBLIES)
        if m is None or not (m["number"] or m["bare"] or named):
            continue
        number, bare = _own_number(m)
        issued_on = _lead_date(m, number.year if number else None, []) if (m["ld"] or m["lwd"]) else None
        tail = _TITLE_TAIL.match(LIBRARY_YEAR_TAG_RE.sub("", text[m.end():], count=1) if m["number"] else
                                 text[m.end():])
        issuer = _issuer_text(m["issuer"]) if m["issuer"] else None
        if issuer and (cut := _name_run_into_verb(text, m)) is not None:  # blind20: '... Thành ủy Thực hiện'
            issuer, tail = _issuer_text(text[m.start("issuer"):cut]), _TITLE_TAIL.match(text[cut:])
        dm = DEPARTMENT_NAME_RE.match(text, m.start("issuer")) if issuer else None
        if dm and dm.end() > m.end("issuer"):  # 'Sở Nông nghiệp và Phát triển nông thôn'
            issuer = _issuer_text(MINISTRY_END_RE.split(dm.group(0), maxsplit=1)[0])
            tail = _TITLE_TAIL.match(text[m.start("issuer") + len(issuer):])
        elif issuer and len(issuer) < len(m["issuer"]) and not (tail and tail["rest"]):
            tail = _TITLE_TAIL.match(m["issuer"][len(issuer):])
        title = tail["rest"] if tail and not _WORDLESS.match(tail["rest"]) else None
        if issuer and RESULTS_OF_RE.match(text, m.end("tw")):  # blind18: the plenum's results are the subject
            title = squeeze(text[m.end("tw"):]).strip(" .:")
        ident = _Identity(number=number, bare=bare, doc_type=TYPE_WORDS.get(fold(m["tw"])),
                          issued_on=issued_on, issuer=issuer, title=title)
        score = 2 * (number is not None) + 2 * (issuer is not None) + (issued_on is not None)
        if best is None or score > best[0]:
            best = (score, ident)
    if best is None:
        for line in texts:
            if found := _scrambled_title_line(line):
                return found
        for line in texts:
            if tm := TYPE_ONLY_TITLE_RE.match(toned_paragraph(line)):
                return _Identity(doc_type=TYPE_WORDS.get(fold(tm["tw"])), title=line[tm.start("tw"):])
        for line in texts:  # blind11: 'HƯỚNG DẪN: Công tác phòng, chống tội phạm ...'
            if (cm := TYPE_COLON_TITLE_RE.match(toned_paragraph(line))) and _is_caps(cm["tw"]):
                return _Identity(doc_type=TYPE_WORDS.get(fold(squeeze(cm["tw"]))), title=cm["title"].strip())
        for line, below in itertools.pairwise(texts):  # unseen m32: 'Hướng dẫn ...' / 'Kính gửi: ...'
            if SALUTATION_RE.match(below) and len(line) <= _TITLE_LINE_WIDTH \
                    and (sm := TYPE_OVER_SALUTATION_RE.match(new_tone_placement(line))):
                title = line[sm.start("tw"):].strip()
                return _Identity(doc_type=TYPE_WORDS.get(fold(squeeze(sm["tw"]))), title=title)
    return best[1] if best else _Identity()


_AUTHORITY_SPAN = 14


def _authority_line(lines: list[str], start: int) -> str | None:
    """The all-caps line between a decision's title and its 'Căn cứ ...' list that names who
    decides ('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH', 'HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH ĐỊNH')."""
    for line in lines[start:start + _AUTHORITY_SPAN]:
        if PREAMBLE_START_RE.match(line):
            break
        if _names_authority(line):
            return new_tone_placement(line)
    return None


def _names_authority(line: str) -> bool:
    """An all-caps line naming a placed body ('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH')."""
    if not (_is_caps(line) and UNIT_IN_NAME.search(fold(line))):
        return False
    body = parse_body(new_tone_placement(line))
    return body is not None and bool(body.place or body.unit_kind)


def _untagged(head: str) -> str:
    """A lead's opening with the stored page's dateline and a news tag blanked, offsets kept: sweepI2's
    ' date 2020-12 (LĐ online) - UBND huyện Đơn Dương đã tổ chức hội nghị ...' opens its subject's sentence
    after both."""
    if dateline := PAGE_DATELINE_RE.match(head):
        head = " " * dateline.end() + head[dateline.end():]
    if "-" in head or "–" in head or ":" in head:
        head = NEWS_TAG_RE.sub(lambda t: " " * len(t.group()), head)
    if "chính quyền" in head:
        head = PARTY_AND_GOVERNMENT_RE.sub(lambda t: " " * len(t.group()), head)
    return head


def _committee_of_unit(head: str, start: int, issuer: str) -> str | None:
    """The Party committee written before a subject that is no body on its own, as the two organs' shared
    unit: 'Đảng ủy, Bộ đội Biên phòng tỉnh Lào Cai tổ chức ...' (blind52 e07) is the unit's committee."""
    if (c := SHARED_UNIT_COMMITTEE_RE.search(head, max(0, start - 16), start)) is None:
        return None
    joined = f"{squeeze(c['organ'])} {issuer}"
    return joined if parse_body(new_tone_placement(joined)) is not None else None


def _acting_subject(text: str, numbered: bool = False) -> str | None:
    """Last resort for a news paraphrase with no lead: the body that opens a sentence as the one
    that asks or directs ('Chủ tịch UBND huyện yêu cầu ...', 'Ban Thường vụ Huyện ủy đề nghị ...'), or
    that acts in an activity report with no document of its own (blind41), then a meeting's chair who
    concludes, then the body a lead says held the meeting, named with its place (fix41, blind41 b07 'Công an
    tỉnh Sóc Trăng tổ chức họp ...': a meeting report is its holder's, as an activity report its actor's) or
    with its level (blind45 b05 'UBND huyện tổ chức phiên họp thường kỳ ...'), when the page has no number
    of its own (`numbered`); the upper documents a meeting studies under its own carry-out clause are no
    document of the page (blind45 b01: '... Ban Chấp hành Đảng bộ xã Ninh Hải tổ chức Hội nghị ... truyền đạt
    về Nghị quyết số 42-NQ/TW ...')."""
    pos = 0
    text = _untagged(text[:_LEAD_CHARS]) + text[_LEAD_CHARS:]
    while m := ACTING_SUBJECT_RE.search(text, pos, _LEAD_CHARS):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if SALUTATION_RE.match(text, line_start) and not _SENTENCE_GAP.search(text, line_start, m.start()):
            pos = m.start() + 1  # 'Kính gửi: Ủy ban nhân dân tỉnh ...': the addressee, not the writer
            continue
        if parse_body(m["issuer"]) is not None:
            return _issuer_text(m["issuer"])
        if joined := _committee_of_unit(text, m.start("issuer"), _issuer_text(m["issuer"])):
            return joined
        pos = m.end()
    if " các " in text and (many := COLLECTIVE_ACTOR_RE.search(text, 0, _LEAD_CHARS)):
        if collective_level(many["issuer"]) is not None:
            return squeeze(many["issuer"])  # leftovers7: 'UBND các xã, thị trấn đã triển khai ...'
    if "chi bộ" in text and (branches := MEMBER_BRANCHES_ACTOR_RE.search(text, 0, _LEAD_CHARS)):
        return squeeze(branches["issuer"])  # blind53 r01: "các chi bộ trực thuộc Đảng bộ phường ..."
    cm = CHAIR_CONCLUDES_RE.search(text, 0, _LEAD_CHARS) if "kết luận" in text else None
    if cm and parse_body(cm["issuer"]):
        return _issuer_text(cm["issuer"])  # unseen m31
    if numbered or (holding := _meeting_holder(text, by_level=True)) is None:
        return None  # the numbered document a meeting studies is the page's, with an issuer of its own
    return holding[1]


_EVENT_LEAD_LINES = 3  # a headline and a posting stamp may stand above an activity report's lead


def _lines_above(head: str, start: int) -> int:
    """The lines above a lead's sentence other than a posting stamp or a photo's caption: sweepI3's council
    portal puts both between the headline and the lead ('Ngày đăng bài: 18/03/2020 | Tác giả: ...', 'Chủ tọa
    kỳ họp (ảnh: ...)'), which are no text the lead is past (a short label is: 'Lịch công tác tuần')."""
    return sum(1 for line in head[:head.rfind("\n", 0, start) + 1].splitlines()
               if line.strip() and not _stamp_or_caption(line.strip()))


def _event_holder(text: str) -> tuple[str, tuple[str, ...]] | None:
    """sweepI: an activity report's organiser ('Sáng ngày 1.3, UBND huyện Nông Sơn tổ chức Lễ ra quân ...',
    'Huyện đoàn Diên Khánh phát động Tháng Thanh niên ...'), the last resort after the meeting holder and for
    the same reason (blind41's labels give an activity report the body acting in it): named with its place,
    and never where its paragraph names a numbered document, which has its own issuer. sweepI2: with the units
    written after it ('UBND huyện Bình Chánh, Thành phố Hồ Chí Minh đã long trọng tổ chức ...') as the lead's
    subject has them; in the page's lead, named by its level alone as a meeting's holder may be ('Hội Nông dân
    huyện vừa tổ chức tổng kết ...', 'Liên đoàn lao động huyện đã tổ chức giải bóng chuyền ...'): its level is
    known, its place is not guessed."""
    head = _untagged(text[:_LEAD_CHARS])
    head = ACRONYM_IN_NAME_RE.sub(lambda a: " " * len(a.group()), head)
    for m in EVENT_HOLDER_RE.finditer(head):
        line_start = head.rfind("\n", 0, m.start()) + 1
        if SALUTATION_RE.match(head, line_start) and not _SENTENCE_GAP.search(head, line_start, m.start()):
            continue
        issuer = _issuer_text(m["issuer"])
        body = parse_body(new_tone_placement(issuer))
        if body is None and (joined := _committee_of_unit(head, m.start("issuer"), issuer)):
            issuer, body = joined, parse_body(new_tone_placement(joined))
        if body is None or _an_office(body):
            continue
        if body.place is None and not ((body.unit_kind or _level_in_name(body))
                                       and _lines_above(head, m.start()) < _EVENT_LEAD_LINES):
            continue
        end = text.find("\n", m.end())  # the paragraphs are joined by single newlines
        said = text[m.end():end if end >= 0 else _LEAD_CHARS]
        return None if next(iter_numbers(said), None) else (issuer, _subject_places(m, issuer))
    return _visiting_delegation(head)


def _unit_actor(text: str) -> tuple[str, str | None, str, tuple[str, ...]] | None:
    """leftovers11: the last resort of an activity report's actor, a unit named alone in the page's lead
    ('Sáng 17-11, Quận 8 đã tổ chức họp mặt ...'): the unit as written, its kind word, its name and the units
    written after it. Never where its paragraph names a numbered document, which has its own issuer."""
    head = _untagged(text[:_LEAD_CHARS])
    for m in UNIT_ACTOR_RE.finditer(head):
        if _lines_above(head, m.start()) >= _EVENT_LEAD_LINES:
            return None
        kind = fold(m["kind"]) if m["kind"] else None
        if m["name"].isdigit() and kind not in ("quận", "phường"):
            continue
        end = head.find("\n", m.end())
        if next(iter_numbers(head[m.start():end if end >= 0 else len(head)]), None):
            return None
        return m["unit"], kind, m["name"], _subject_places(m, f"UBND {kind or 'huyện'} {m['name']}")
    return None


def _visiting_delegation(head: str) -> tuple[str, tuple[str, ...]] | None:
    """blind51 d09: a working delegation's body in the page's lead ('Đoàn công tác của ban thường vụ huyện
    uỷ Tuy Đức đã có buổi làm việc với ...'), named with its place; a name written in lower case is given its
    display form. Never where its paragraph names a numbered document."""
    for m in WORKING_DELEGATION_RE.finditer(head):
        if head.count("\n", 0, m.start()) >= _EVENT_LEAD_LINES:
            return None
        issuer = _issuer_text(m["issuer"])
        body = parse_body(new_tone_placement(issuer))
        if body is None or body.place is None or _an_office(body):
            continue
        end = head.find("\n", m.end())
        if next(iter_numbers(head[m.start():end if end >= 0 else len(head)]), None):
            return None
        return (body_name(body, None) if issuer[:1].islower() else issuer), ()
    return None


def _actor_names_its_document(text: str) -> _Identity | None:
    """realworld k15: a news teaser with no lead ('Ban Bí thư yêu cầu thực hiện nghiêm ... Chỉ thị số 23 của
    Ban Bí thư về tăng cường ...'): a sentence that opens by naming a numbered document of the body the page
    shows acting names the page's document, its type and its title (a bare number stays unknown)."""
    actor = parse_body(_acting_subject(text))
    if actor is None:
        return None
    for sentence in _SENTENCE_SPLIT.split(text[:_LEAD_CHARS]):
        sentence = new_tone_placement(sentence)
        m = TITLE_LINE_RE.match(sentence)
        if m is None or not m["issuer"] or not (m["number"] or m["bare"]):
            continue
        named = parse_body(_issuer_text(m["issuer"]))
        if named is None or (fold(named.base or ""), fold(named.place or "")) \
                != (fold(actor.base or ""), fold(actor.place or "")):  # its organ may be left unsaid
            continue
        tail = _TITLE_TAIL.match(sentence[m.end():])
        title = tail["rest"].strip() if tail and not _WORDLESS.match(tail["rest"]) else None
        return _Identity(doc_type=TYPE_WORDS.get(fold(m["tw"])), title=title)
    return None


_REVIEW_CHARS = 40  # 'Sau gần 2 năm triển khai thực hiện ' before the mention


def _reported_document(text: str, actorless: bool = False) -> _Identity | None:
    """sweepB: a page that announces no document of its own but reports on one (blind34 b04, b05): the
    first document its opening names in full, with date, issuer and 'về' clause, is the page's document
    when the page names it again by type and sequence ('(Nghị quyết số 36)', 'Nghị quyết 01'); a document
    named once is only cited. One the page carries out is its document only on an event report with no
    actor of its own (`actorless`) that names no other (`_only_document_named`)."""
    m = SUBJECT_DOCUMENT_RE.search(text, 0, _LEAD_CHARS)
    if m is None or (number := try_parse(m["number"])) is None:
        return None
    if _acted_in_earlier_paragraph(text, m.start()):
        return None
    before = text[max(0, m.start() - _REVIEW_CHARS):m.start()]
    under = REPORTED_UNDER_RE.search(before) and not RESULTS_REVIEW_RE.search(before) \
        or CARRY_OUT_LIST_OPENING_RE.match(text[_sentence_start(text, m.start()):m.start()])
    lone = actorless and OPENING_CARRY_OUT_RE.search(before) and _only_document_named(text, number) \
        and not any(parse_body(part.strip()) for part in m["title"].split(",")[1:])  # ', Ban X định hướng
    if under and not lone:
        return None  # the page carries it out: a document of its own, unnamed, implements it
    seq = re.escape(m["number"].split("/")[0].split("-")[0].strip())
    tw = r"\s+".join(re.escape(w) for w in m["tw"].split())  # 'Nghị  quyết' as the page spaces it
    again = re.compile(rf"(?<![\w]){tw}\s+(?:số\s*:?\s*)?{seq}(?![\d])", re.IGNORECASE)
    if not under and again.search(text, m.end()) is None and not _item_told(text, m):
        return None
    title = squeeze(m["title"].replace('"', " ").replace("“", " ")).rstrip(" ,")
    return _Identity(number=number, doc_type=number.doc_type, issued_on=_lead_date(m, number.year, []),
                     issuer=m["issuer"], title=title)


def _acted_in_earlier_paragraph(text: str, pos: int) -> bool:
    """blind51 d04: a tag page whose first item's body acts ('Sau khi quyết định đổi tên ..., Ban Thường vụ
    Huyện ủy Đakrông, tỉnh Quảng Trị đã chỉ đạo UBND huyện ...') and whose later paragraph reviews a
    directive ('Sau 10 năm thực hiện Chỉ thị số 40-CT/TW ...'): the page opens on its actor's work, so the
    directive a later paragraph reviews is cited, not the page's. A review opened in the actor's own
    paragraph stays read."""
    cut = text.rfind("\n", 0, pos)
    if cut <= 0:
        return False
    head = _untagged(text[:cut])
    return any(parse_body(m["issuer"]) is not None for m in ACTING_SUBJECT_RE.finditer(head))


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` opens: after the last full stop or line break before it (a list's ';'
    parts one item from the next, inside the sentence)."""
    stop = text.rfind(". ", 0, pos)
    return max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, pos) + 1)


def _item_told(text: str, m: re.Match[str]) -> bool:
    """blind47 c01: a mention opening its line (a digest's item) that the next paragraph tells by its type
    word alone, capitalised as a name and with no number after it ('Mục đích của Kế hoạch nhằm ...')."""
    if ITEM_OPENING_RE.search(text, 0, m.start()) is None or not m["tw"][:1].isupper():
        return False
    line_end = text.find("\n", m.end())
    next_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
    end = len(text) if next_end < 0 else next_end  # its own line and the next
    tw = r"\s+".join(re.escape(w) for w in m["tw"].split())
    bare = re.compile(rf"(?<![\w]){tw}(?![\w])(?!\s+(?:số\b|\d))")
    return bare.search(text, m.end(), end) is not None


def _only_document_named(text: str, number: DocNumber) -> bool:
    """blind35 b08, blind39 b07 and b08: an event report opening 'Thực hiện (Căn cứ vào) Kế hoạch số 33-KH/ĐU,
    ngày ... của Đảng ủy xã ... về việc ...', naming no other numbered document and no body that makes or
    directs anything of its own, reports under that plan: it is the page's document, not the parent of an
    unnamed one."""
    return all(n == number for _, n in iter_numbers(text, ALL_STYLES))


def _rewrapped_title_line(line: _Identity, lines: list[str], paragraphs: list[str]) -> _Identity:
    """perturb2: a page hard-wrapped at some 80 columns (a text browser's dump, a PDF copy; on a short
    page no width need show) cuts its headline at the wrap ('Chỉ thị ... về việc tổ chức đón' / 'Tết
    Nguyên đán Tân Sửu năm 2021'): each top line is read again as the sentence it opens in its
    paragraph (which rejoins wraps). Only a title that goes on the one the line gave, with the same
    number and an issuer that goes on the line's, is taken: a headline the wrap did not touch stays."""
    if line.title is not None and len(line.title.split()) < _CUT_TITLE_WORDS:
        return line  # 'Ngày': the next sentence's first word a wrap left on a line, no headline's title
    title = squeeze(line.title or line.issuer or "")
    if not title:
        return line
    tops = paragraphs[:_TITLE_LINE_SPAN * 2]
    if not any((at := p.find(title)) >= 0 and len(p) > at + len(title) for p in tops):
        return line  # the title ends its paragraph: no wrap cut it (the cheap test first)
    sentences: list[str] = []
    # perturb5: the lines _title_line read, past a library's tab menu (blind14 b02's title line is its 19th)
    for top in [squeeze(x) for x in _title_line_candidates(lines)]:
        para = next((p for p in tops if top in p), None)
        if para is None:
            continue
        rest = para[para.index(top):]
        end = _SENTENCE_INSIDE.search(rest, len(top) - 1 if len(top) > 1 else 0)
        sentences.append(rest[:end.start() + 1] if end else rest)
        if line.title and top.endswith(title) and len(sentences[-1]) > _TITLE_LINE_WIDTH:
            return _Identity()  # typesweep: the line opens a body paragraph ('... được ban hành nhằm' / ...)
    for sentence in sentences:
        whole = _title_line([POSTING_STAMP_TAIL_RE.sub("", sentence)])  # blind18: no stamp rejoined to it
        cut = line.title or ""
        if whole.title and whole.title.startswith(cut) and len(whole.title) > len(cut) \
                and whole.number == line.number and (whole.issuer or "").startswith(line.issuer or ""):
            return whole
    return line


_CUT_TITLE_WORDS = 2
# perturb3: a bracketed number a wrap put on its own line ('(Chỉ thị số 55-CT/TW ngày 22/12/2025).') is a
# title line with no title: its ').' is none.
_WORDLESS = re.compile(r"\W*$")
_SENTENCE_INSIDE = re.compile(r"[.;!?](?:\s|$)")  # a title is one sentence


def _scrambled_title_line(line: str) -> _Identity | None:
    """A title line whose tone marks a scraper scrambled ('KẾT LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ'),
    read on its base letters; the number and the issuer are taken from the line as written (base
    letters keep every offset), so only words the marks did not touch name the issuer."""
    text = nfc(line)
    if len(text) > _TITLE_LINE_WIDTH or not text.lstrip(_NOT_LETTERS)[:1].isupper():
        return None
    m = BASE_TITLE_LINE_RE.match(_base_letters(text))
    number = _first_number(text[m.start("number"):m.end("number")]) if m else None
    if m is None or number is None:
        return None
    issuer = _issuer_text(text[m.start("issuer"):]) if m["issuer"] else None
    if issuer and parse_body(new_tone_placement(issuer)) is None:
        issuer = None
    return _Identity(number=number, doc_type=BASE_TYPE_WORDS.get(squeeze(m["tw"].lower())), issuer=issuer)


def _self_reference(text: str) -> str | None:
    """The type the document calls itself in its body ('Nhận được công văn này', 'Quyết định này có
    hiệu lực', 'Kế hoạch này') or a repost's link to its file calls it ('Nội dung công văn ...: click
    xem tại đây'), the most frequent if several: for a repost without a header, it
    outranks the type word of the page's headline ('Thông báo về việc ...' over a letter)."""
    counts: dict[str, int] = {}
    for m in [*SELF_REFERENCE_RE.finditer(text), *DOCUMENT_LINK_RE.finditer(text)]:
        code = TYPE_WORDS.get(fold(squeeze(m["tw"])))
        if code:
            counts[code] = counts.get(code, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _deploying_headline(lines: list[str]) -> _Identity:
    """blind15: a page whose headline deploys or issues a document with no subject ('Triển khai kế hoạch Đại
    hội Mặt trận Tổ quốc tinh lần thứ X'): its type and title, the last word on either when nothing else
    tells them. A title holding a number names another's document."""
    for line in [x for x in lines if x.strip()][:_TITLE_LINE_SPAN]:
        if len(line) > _TITLE_LINE_WIDTH or (m := HEADLINE_DEPLOYS_RE.match(toned_paragraph(line))) is None:
            continue
        if NUMBER_RE.search(m["title"]) or m["title"][:4].lower() == "các ":
            continue
        doc_type = TYPE_WORDS.get(fold(squeeze(m["tw"])))
        owner = _announced_owner(lines) if m["announces"] else None
        return _Identity(doc_type=doc_type, title=squeeze(m["title"]).strip(" .:"), issuer=owner)
    # sweepB: the lead announces it ('... tổ chức hội nghị công bố quyết định của Bộ Chính trị về ...')
    for line in [x for x in lines if x.strip()][:_ANNOUNCING_LINES]:
        m = LEAD_ANNOUNCES_RE.search(toned_paragraph(line))
        if m is not None and not NUMBER_RE.search(m["title"]):
            doc_type = TYPE_WORDS.get(fold(squeeze(m["tw"])))
            title = squeeze(m["title"]).strip(" ,:")
            return _Identity(doc_type=doc_type, title=title, issuer=_announced_owner(lines))
    return _Identity()


def _announced_owner(lines: list[str]) -> str | None:
    """blind34 b07: the body whose decision a news item announces, as its delegation or the decision's own
    words name it ('Đoàn giám sát số 30 của Bộ Chính trị, Ban Bí thư đã công bố quyết định ...'); the host
    holding the announcing meeting is no issuer of it."""
    for line in [x for x in lines if x.strip()][:_ANNOUNCING_LINES + 1]:
        if (m := ANNOUNCED_OWNER_RE.search(new_tone_placement(line))) is not None:
            owner = _issuer_text(m["delegator"] or m["owner"])
            return owner if parse_body(owner) is not None else None
    return None


_ANNOUNCING_LINES = 2  # the headline and the lead's first paragraph


def _headline_title(lines: list[str], doc_type: str) -> str | None:
    """A page's headline that names the document by its type, in running case, when the text tells
    that type otherwise ('Thông báo treo cờ Tổ quốc chào mừng ...' over a notice the body calls
    'thông báo'): the trích yếu the page gives it."""
    for line in [x for x in lines if x.strip()][:_TITLE_LINE_SPAN]:
        shown = new_tone_placement(line)
        m = HEADLINE_TYPE_RE.match(shown) or HEADLINE_TYPE_NAME_RE.match(shown)
        if m and len(line) <= _TITLE_LINE_WIDTH and TYPE_WORDS.get(fold(squeeze(m["tw"]))) == doc_type:
            return squeeze(line.strip())
    return None


def _fuller_headline_title(lines: list[str], doc_type: str, lead_title: str) -> str | None:
    """blind31: a headline that names the lead's document by its whole trích yếu ('Chương trình hành động của
    các cấp Công đoàn thực hiện Nghị quyết Đại hội lần thứ XIII ...' over '... ký ban hành Chương trình hành
    động của các cấp công đoàn (Chương trình số 02/CTr-BCH ngày 20/7/2021)'): the lead's words open the
    headline's, which go on; the headline's words are the title."""
    for line in [x for x in lines if x.strip()][:_TITLE_LINE_SPAN]:
        shown = new_tone_placement(line)
        m = HEADLINE_TYPE_RE.match(shown) or HEADLINE_TYPE_NAME_RE.match(shown)
        if m is None or len(line) > _TITLE_LINE_WIDTH or TYPE_WORDS.get(fold(squeeze(m["tw"]))) != doc_type:
            continue
        rest = squeeze(line[m.end("tw"):]).strip(" .:")
        if len(rest) > len(lead_title) and fold(rest).startswith(fold(lead_title)):
            return rest
    return None


# blind13: the bases of a local Party committee, which never numbers a document '/TW'.
_LOCAL_PARTY_BASES = PARTY_BASES | {"đảng ủy", "chi bộ"}


def _misprinted_central(number: DocNumber, issuer: str | None) -> bool:
    """blind13: a lead whose local Party committee issues a number with the Central Committee's code
    ('Huyện ủy Tây Giang vừa ban hành Nghị quyết số 21-CT/TW'): the number is misprinted, so its type code
    tells nothing and the lead's type word is the document's type."""
    if not issuer or fold(number.issuer) != "tw":
        return False
    body = parse_body(new_tone_placement(issuer))
    return body is not None and body.base in _LOCAL_PARTY_BASES and not body.central


def _type_of(number: DocNumber | None, heading: str | None, found: list[_Identity]) -> str | None:
    """The number's type code, else the heading's, else what a metadata table, lead or title says.
    A joint rule's 'QCPH' is a Quy chế: the kind, not the code, is the document's type (blind11)."""
    own = TYPE_CODE_KIND.get(number.doc_type or "", number.doc_type) if number else None
    return own or heading or next((x.doc_type for x in found if x.doc_type), None)


def _adopted_on(text: str, warnings: list[str]) -> date | None:
    """A resolution reposted without its header is dated by its adoption: the sentence of the lead
    that says the congress or council 'thông qua' it gives the day ('vào sáng ngày 15-10')."""
    for sentence in _SENTENCE_SPLIT.split(text[:_LEAD_CHARS]):
        if ADOPTION_RE.search(sentence) and "nghị quyết" in sentence.lower():
            for m in ADOPTED_DATE_RE.finditer(sentence):
                # newsweep: '... thông qua Nghị quyết triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024': a
                # cited document's date, right after its number, is not the adoption's
                if CITED_BEFORE_RE.search(sentence, max(0, m.start() - 40), m.start()):
                    continue
                return _lead_date(m, None, warnings, text)
    return None


_VALUE_REACH = 4  # a label, its explanation, a cell mark, the value


def _value_below(texts: list[str], k: int, label: str) -> str:
    """blind14: the value of a label left alone on its line: the next line, past a bare cell mark ('|') and
    the label's explanation a library shows between them ('Ngày ban hành là ngày, tháng, năm ...', 'Cho biết
    ...'); nothing when another label comes first."""
    said = squeeze(fold(label)) + " là "
    explaining = False
    for line in texts[k:k + _VALUE_REACH + _EXPLANATION_WRAPS]:
        if META_LABEL_RE.search(line):
            return ""
        if explaining and line[:1].islower():
            continue  # perturb5: its explanation carried on by a wrap ('... hoặc ký ban' / 'hành.')
        explaining = bool(META_EXPLAINS_RE.match(line) or squeeze(fold(line)).startswith(said))
        if explaining or META_CELL_MARK_RE.fullmatch(line):
            continue
        return line.strip()
    return ""


_EXPLANATION_WRAPS = 2


def _metadata(lines: list[str]) -> _Identity:
    """A legal library's table ('Số hiệu: 155/KH-UBND', 'Ngày ban hành: 26/05/2017', 'Cơ quan ban
    hành: ...', 'Loại văn bản: ...'), also with its cells glued together or a value on the next line."""
    values: dict[str, str] = {}
    texts = [x for x in lines[:_META_LINES] if x.strip()]
    low = "\n".join(texts).lower()
    if not any(k in low for k in _META_KEYS):  # a cheap test first: most texts have no such table
        return _Identity()
    for k, line in enumerate(texts):
        if (cell := META_CELL_RE.fullmatch(line)) and k + 1 < len(texts):  # '| Số hiệu | 503/QĐ-UBND |'
            values.setdefault(squeeze(fold(cell["label"])), _value_below(texts, k + 1, cell["label"]))
            continue
        labels = list(META_LABEL_RE.finditer(line))
        for i, lm in enumerate(labels):
            end = labels[i + 1].start() if i + 1 < len(labels) else len(line)
            value = line[lm.end():end].strip()
            last = i + 1 == len(labels) and k + 1 < len(texts)
            if not value and last:
                value = _value_below(texts, k + 1, lm["label"])
            key = squeeze(fold(lm["label"]))
            if value and key not in values:
                values[key] = value
    bare = [m for line in texts if (m := META_BARE_LINE_RE.fullmatch(line))]
    if len(bare) >= 2:
        for m in bare:
            values.setdefault(squeeze(fold(m["label"])).replace("kí", "ký"), m["value"])
    if not values:
        return _Identity()
    number = None
    for key in ("số hiệu", "số ký hiệu", "ký hiệu"):
        if key in values and (number := _first_number(values[key])):
            break
    issued_on = None
    if "ngày ban hành" in values or "ngày ký" in values:
        dm = DATE_RE.search(values.get("ngày ban hành") or values["ngày ký"])
        if dm:
            issued_on = _date_of(dm)
    kind = values.get("loại văn bản")
    issuer = values.get("cơ quan ban hành")
    place = values.get("nơi ban hành")
    if issuer and parse_body(issuer) is None and UNIT_KIND_RE.match(issuer):
        place, issuer = place or issuer, None  # 'Cơ quan ban hành: Tỉnh Bắc Giang' names the place
    if place:
        km = UNIT_KIND_RE.match(place)
        place = km["name"] if km and km["name"] else place
    return _Identity(
        number=number, doc_type=TYPE_WORDS.get(fold(kind)) if kind else None, issued_on=issued_on,
        issuer=_issuer_text(issuer) if issuer else None, place=place,
        title=values.get("trích yếu") or values.get("tiêu đề"),  # titlesweep: a portal's 'Tiêu đề:' field
    )


def _lead_completes(clause: str | None, lead_issuer: str | None) -> list[str]:
    """A repost whose lead names the committee with its place ('Tỉnh Ủy Thừa Thiên Huế đã ban hành
    Chương trình số 27-CTr/TU') over a body whose preamble names it relatively ('Ban Thường vụ Tỉnh
    ủy (khóa XV) ban hành ...'): the lead stands where a header line would, completing the same
    committee's name; a lead naming another body completes nothing."""
    own, led = parse_body(clause), parse_body(lead_issuer)
    if own is None or led is None or not led.base or led.base != own.base:
        return []
    if own.place or own.unit_kind or not led.place:
        return []
    return [lead_issuer] if lead_issuer else []


def _bare_completed(text: str, ident: _Identity) -> DocNumber | None:
    """'Kế hoạch số 1594 ngày 07 tháng 6 năm 2023 của Sở Nông nghiệp ...' completed by the same page's
    '(Theo Kế hoạch số 1594/KH-SNN ngày ...)': a bare number is the one full number of its type and
    sequence the page gives, when that number's code may be its issuer's ('47-KH/TU' is no UBND's)."""
    body = parse_body(new_tone_placement(ident.issuer)) if ident.issuer else None
    codes = _OWN_CODES.get(body.base or "") if body is not None else None
    hits: set[DocNumber] = set()
    for m in LATER_MENTION_RE.finditer(text):
        number = try_parse(m["number"])
        if number is None or number.seq != ident.bare or ident.doc_type and number.doc_type != ident.doc_type:
            continue
        if codes is not None and number.issuer not in codes:
            continue
        hits.add(number)
    return hits.pop() if len(hits) == 1 else None


def _another_body_below_the_lead(line: _Identity, lead: _Identity, lines: list[str]) -> bool:
    """A lead that issues or deploys a document of its subject's without a number ('Huyện ủy Thanh Liêm
    triển khai Kế hoạch thực hiện ...'), over a line that opens with another body's numbered document
    ('Kế hoạch số 15-KH/TU ngày ... của Tỉnh ủy Hà Nam về ...'): that line tells the upper document the
    lead's carries out, not the page's headline. A line that names no issuer is another body's when its
    number does not carry the subject's own code ('15-KH/TU' below a district committee's lead), as a
    numbered document the lead deploys (`_deploys_numbered`). A line standing above the lead is a headline."""
    if lead.number is not None or not lead.issuer or line.number is None:
        return False
    if line.issuer:
        if _same_body(lead.issuer, line.issuer):
            return False
    elif (body := parse_body(new_tone_placement(lead.issuer))) is None \
            or _own_code(lead.issuer, body, line.number):
        return False
    subject = fold(lead.issuer)
    told = next((i for i, x in enumerate(lines) if subject in fold(toned_paragraph(x))), None)
    own = next((i for i, x in enumerate(lines) if (m := TITLE_LINE_RE.match(toned_paragraph(x)))
                and m["number"] and _own_number(m)[0] == line.number), None)
    return told is not None and own is not None and told < own


def _headline_about_the_lead(line: _Identity, lead: _Identity) -> bool:
    """blind6: 'Công văn số 1350-CV/BDVTW ngày 10/5/2023 của Ban Dân vận Trung ương về việc ... Chỉ thị số
    21-CT/TW' over 'Ngày 20/01/2018, Ban Bí thư ... đã ban hành Chỉ thị số 21-CT/TW': a headline that names
    a numbered document with its issuer and, in its subject, the document a body sentence announces is
    the page's own; that sentence is background."""
    if line.number is None or line.issuer is None or lead.number in (None, line.number) or not line.title:
        return False
    return any(n == lead.number for _, n in iter_numbers(line.title, ALL_STYLES))


# --- blind20: a headline that names the page's document and the parent it carries out ---
# 'Chương trình hành động của Ban Thường vụ Thành ủy Thực hiện Nghị quyết số 45-NQ/TW của Bộ Chính trị ...'
# over 'Ngày 24/1/2019, Bộ Chính trị ban hành Nghị quyết số 45-NQ/TW ...': the headline's document carries out
# the one the lead announces, so the lead recounts the parent, not the page's own document
# (TITLE_CARRIES_OUT_RE).


def _name_run_into_verb(text: str, m: re.Match[str]) -> int | None:
    """blind20: a title-case headline whose issuer's name runs into a capitalised verb ('của Ban Thường vụ
    Thành ủy Thực hiện Nghị quyết ...', '... Huyện ủy Triển khai ...'): the name ran one word past its end;
    where the verb starts, the title does."""
    cut = ISSUER_NAME_END_RE.search(text, m.start("issuer"))
    return cut.start() if cut is not None and cut.start() < m.end("issuer") < cut.end() else None


def _headline_carries_out_the_lead(line: _Identity, lead: _Identity) -> bool:
    """blind20: a headline naming a document by its type with no number of its own, whose subject carries out
    the numbered document a body sentence announces ('Kế hoạch của Huyện ủy triển khai Chỉ thị số 35-CT/TW'
    over 'Ngày 14/6/2024, Bộ Chính trị đã ban hành Chỉ thị số 35-CT/TW'): that sentence is the parent's."""
    if lead.number is None or line.number is not None or line.doc_type is None or not line.title:
        return False
    verb = TITLE_CARRIES_OUT_RE.search(line.title)
    return verb is not None and any(n == lead.number
                                    for _, n in iter_numbers(line.title[verb.end():], ALL_STYLES))


def _bare_headline_under_a_lead(line: _Identity, lead: _Identity, number: DocNumber | None) -> bool:
    """blind12: an aggregator's headline ('Kế hoạch thực hiện nghị quyết 33 về văn hóa năm 2024') names no
    number, issuer or date of its own; the lead below it issues the page's numbered document ('Ngày 01/3/2024,
    Tỉnh ủy Sóc Trăng ban hành Kế hoạch số 90-KH/TU về tổng kết ...') and gives its trích yếu in the issuer's
    words."""
    return (line.number is None and line.issuer is None and line.issued_on is None
            and lead.number is not None and lead.number == number)


def _lead_title_runs_on_from_headline(line: _Identity, lead_title: str | None) -> bool:
    """sweepY: 'Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57' over '... vừa ban
    hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá
    ...': the headline's title cut short where the lead's goes on (its number's code, date, issuer and
    subject), so the lead's is the fuller trích yếu."""
    if line.number is not None or not line.title or not lead_title:
        return False
    short, full = fold(line.title).rstrip(" ./:"), fold(lead_title)
    return len(short) >= _RESTATED_MIN and len(full) > len(short) and full.startswith(short)


# --- hyphenparty: a headline that is the lead's trích yếu whole, after its type word ---
_RESTATED_MIN = 20  # characters: a few words ('năm 2023') end many titles


def _headline_is_the_lead_title(line: _Identity, lead: _Identity) -> bool:
    """blind23 b05: 'Kế hoạch tổ chức Cuộc thi chính luận về bảo vệ nền tảng tư tưởng ...' over '... ban hành
    Kế hoạch số 107-KH-ĐUK về việc “ Tổ chức Cuộc thi chính luận về bảo vệ nền tảng tử tưởng ...': no editor's
    gist (blind12's rule) but the document's whole title after its type word, which the lead copies worse (a
    quote left open, a tone slipped); compared without marks, the headline's copy stands."""
    if not line.title or not lead.title:
        return False
    opened = LEAD_TITLE_OPENING_RE.sub("", lead.title, count=1)
    gist = " ".join(strip_diacritics(fold(opened)).rstrip(" ./").split())
    return len(gist) >= _RESTATED_MIN and " ".join(strip_diacritics(fold(line.title)).split()).endswith(gist)


def _summary_headline_over_a_lead(line: _Identity, lead: _Identity, number: DocNumber | None,
                                  lines: list[str]) -> bool:
    """leftovers s11: 'Chỉ thị của Ban Bí thư: Nghiêm cấm biếu, tặng quà Tết ...': a headline naming the type
    and its issuer, then after a colon the editor's gist; the lead under it numbers the page's document and
    restates its trích yếu in the issuer's words."""
    if line.number is not None or line.issued_on is not None or not line.title or lead.number is None \
            or lead.number != number or not lead.title:
        return False
    return any(SUMMARY_HEADLINE_RE.match(x) and x.rstrip().endswith(line.title)
               for x in lines[:_TITLE_LINE_SPAN])


def _first_number(text: str) -> DocNumber | None:
    return next((n for _, n in iter_numbers(text, ALL_STYLES)), None)


def _linked_document(text: str) -> tuple[DocNumber, date | None] | None:
    """blind51 d05: a portal's post whose prose names no number of its own, linking its document's file by
    number ('Xem Thông báo số 190/TB-UBND ngày 09/10/2017 của UBND huyện tại đây'): the linked number and date
    are the post's. Links to two different numbers name no one document."""
    found = {(number, _date_of(m) if m["d"] or m["wd"] else None)
             for m in DOCUMENT_LINK_RE.finditer(text) if m["number"] and (number := try_parse(m["number"]))}
    return next(iter(found)) if len(found) == 1 else None


def _date_of(m: re.Match[str]) -> date | None:
    d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] else (m["wd"], m["wm"], m["wy"])
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:
        return None


def extract_header(lines: list[str], paragraphs: list[str]) -> Header:
    """The header block first; where it is missing (a reposted page), the legal library's metadata
    table, then a news lead, then a title line, each only for what the ones before did not give."""
    warnings: list[str] = []
    heading = _type_heading(lines)
    if heading is not None and _headline_over_lead(lines, heading):
        heading = None
    if heading is None:
        warnings.append("no type heading")
        region = _headless_region(lines)
        doc_type_heading, title, tail = None, None, None
    else:
        region = lines[: heading[0]]
        doc_type_heading = heading[1]
        title, tail = _title(lines, heading[0] + 1, _heading_rest(lines[heading[0]], heading[2]))
    number = _number(region) or _glued_number(region) or _number_alone(region) or _marks_lost_number(region)
    if heading is not None and heading[2] and _subject_under_own_type(heading[1], number):
        title, tail = _title(lines, heading[0] + 1, lines[heading[0]].strip())
    date_warnings: list[str] = []
    place, issued_on = _place_date(region, date_warnings)

    joined = matching_text(paragraphs)
    meta = _metadata(lines)
    # Under a type heading, a sentence that 'ban hành' a numbered document is about another one
    # (its own number may be left blank): only a lead above the heading (an editor's note) counts.
    lead = _lead(joined if heading is None else matching_text(normalise_paragraphs(region)), warnings)
    line = _title_line(lines[:_outline_start(lines, heading)])
    if meta.number is not None and line.number is not None and line.number != meta.number:
        line = _Identity()  # blind26: a library's page names another document above its own 'Số hiệu:'
    if line.title or line.issuer:  # perturb3: a wrap may cut it before its title ('... của Ban Dân vận')
        line = _rewrapped_title_line(line, lines, paragraphs)
    if _another_body_below_the_lead(line, lead, lines):
        line = _Identity()
    parent_lead = _headline_carries_out_the_lead(line, lead)
    if _headline_about_the_lead(line, lead) or parent_lead:
        lead = _Identity()  # the lead recounts the document the headline's own one is about
    found = [meta, lead, line]
    block = heading is not None or number is not None
    if not block and lead.issued_on is not None:
        issued_on = None  # with no header block, a lone 'Hải Phòng, ngày ...' line is the page's date
    number = number or next((x.number for x in found if x.number), None)
    if number is None and (bare_of := next((x for x in found if x.bare), None)) is not None:
        number = _bare_completed(joined, bare_of)
    if number is None and not block and (bracketed := _clause_bracketed_number(joined)) is not None:
        number, lead.issued_on = bracketed[0], lead.issued_on or bracketed[1]
    if number is None and not block and not lead.number and (am := ATTACHED_NUMBER_RE.search(joined)) \
            and (number := try_parse(am["number"])) is not None:  # k27: 'sau: 37/UBND-VP ngày ...'
        lead.issued_on = lead.issued_on or _date_of(am)
    if number is None and not block and not lead.number and (linked := _linked_document(joined)) is not None:
        number, lead.issued_on = linked[0], lead.issued_on or linked[1]
    if number is None:
        warnings.append(_no_number_warning(region, next((x.bare for x in found if x.bare), None)))
    blank = any(w != "no issue date" for w in date_warnings)  # a blank or impossible date line
    undated_heading = number is None and issued_on is None and not blank
    if _type_of(number, doc_type_heading, found) == "NQ" and (not block or undated_heading):
        lead.issued_on = lead.issued_on or _adopted_on(joined, warnings)  # a repost's heading alone
    impossible = [w for w in date_warnings if w.startswith("impossible")]
    if issued_on is None and not impossible:  # an impossible header date stays null (DOMAIN §6)
        issued_on = next((x.issued_on for x in found if x.issued_on and x.number in (None, number)), None)
    if issued_on is None and not block and not impossible:
        issued_on = _signed_on(joined)
    moved = _moved_date_cell(lines, heading[0] if heading else None) if issued_on is None and block else None
    if moved is not None and not blank:
        place, issued_on = place or moved[0], moved[1]
    if issued_on is None:
        warnings.extend(date_warnings or ["no issue date"])
    place = place or meta.place
    subject = None if heading else _subject(region)
    types = {t for t in (doc_type_heading, number.doc_type if number else None) if t}
    if parent_lead and line.doc_type:
        types = {line.doc_type}  # blind20: the lead's 'X ban hành' issues the parent, not the page's type
    own = _clause(joined, preamble_spans(joined), types) or _guidance_clause(joined, types)
    named_lead = any(x.issuer and parse_body(x.issuer) for x in (lead, line))
    made = _own_making_clause(joined, types) if own is None and heading is None and not named_lead else None
    own = own or (made[:2] if made else None)  # blind23: 'Đảng ủy trường Đại học ... xây dựng Kế hoạch'
    own_word = _self_reference(joined) if heading is None and number is None else None
    # the text's own words over a headline's: the issuing clause's ('X xây dựng kế hoạch ...') first
    typed = [meta, lead, _Identity(doc_type=own[1] if own else None), _Identity(doc_type=own_word), line,
             deploying := _deploying_headline(lines)]
    if number is None and (blank_type := _blank_number_type(region)):
        typed.insert(0, _Identity(doc_type=blank_type))  # blind24: 'Số       -BC/TU', a number left blank
    doc_type = _type_of(number, doc_type_heading, typed) or ("CV" if subject else None)
    if doc_type_heading and meta.doc_type == doc_type_heading != doc_type:
        doc_type = doc_type_heading  # blind12: the heading and the library's table outvote the Số line's code
    if not block and lead.doc_type and lead.number is not None and lead.number == number \
            and _misprinted_central(number, lead.issuer):
        doc_type = lead.doc_type  # blind13: 'Huyện ủy Tây Giang vừa ban hành Nghị quyết số 21-CT/TW'
    title = title or subject  # an official letter's 'V/v ...' is its trích yếu
    if heading is None:
        title = title or _caps_title(lines, len(region)) or _flat_title(region)
    lead_title = lead.title if lead.title and not SAYS_NOTHING_RE.search(lead.title) \
        and not ORDERS_ONLY_RE.match(lead.title) and not ANNOUNCES_ONLY_RE.match(lead.title) else None
    if _bare_headline_under_a_lead(line, lead, number) and not _headline_is_the_lead_title(line, lead) \
            or _summary_headline_over_a_lead(line, lead, number, lines) \
            or _lead_title_runs_on_from_headline(line, lead_title):
        closed = lead_title.rstrip("./ ") if lead_title else None  # '... tái lập tỉnh Hưng Yên./'
        titles = (meta.title, closed, line.title)
    else:
        titles = (meta.title, line.title, lead_title)
    title = title or next((x for x in titles if x), None)
    if title is not None and title == lead_title and doc_type \
            and (fuller := _fuller_headline_title(lines, doc_type, title)) is not None:
        title = fuller
    if title is None and doc_type and deploying.doc_type == doc_type:
        title = deploying.title  # blind15: 'Triển khai kế hoạch Đại hội ...'
    if title is None and doc_type:
        title = _headline_title(lines, doc_type)
    if title is None and number is not None:
        title = _own_title_line(lines, number)
    if title is None:
        warnings.append("no title")

    clause = None
    if not block and lead.issuer and lead.number is not None and lead.number == number:
        clause = lead.issuer  # a lead naming the page's own number outranks a clause further down
    clause = clause or (own[0] if own else None)
    doc_type = doc_type or (own[1] if own else None)  # '..., UBND huyện xây dựng Kế hoạch ...'
    if doc_type is None and heading is None:
        doc_type = _notice(joined) or _stripped_type(joined) or _basis_heading_type(joined)
    named = DOCUMENT_SUBJECT_RE.search(joined, 0, _LEAD_CHARS) if heading is None and number is None else None
    if named is not None and parse_body(named["issuer"]) is None:
        named = None
    if doc_type is None and named is not None:
        doc_type = TYPE_WORDS.get(fold(named["tw"]))
    headless = heading is None and number is None
    reported = None
    if doc_type is None and headless and not block:  # an actor of its own: the page's unnamed document's
        actorless = clause is None and not _header_bodies(region) and named is None \
            and not any(x.issuer for x in (lead, line)) and _acting_subject(joined) is None
        reported = _reported_document(joined, actorless)
    if reported is not None:  # sweepB: the page reports on that document, its headline is the article's
        number, doc_type, title = reported.number, reported.doc_type, reported.title
        clause = clause or reported.issuer
        issued_on = issued_on or reported.issued_on
        dated = issued_on is not None
        warnings[:] = [w for w in warnings if not w.startswith(("no document number", "no title"))
                       and not (dated and w == "no issue date")]
    told = _actor_names_its_document(joined) if doc_type is None and headless else None
    if told is not None:  # realworld k15: '... Chỉ thị số 23 của Ban Bí thư về ...'
        doc_type, title = told.doc_type, title or told.title
        if title and "no title" in warnings:
            warnings.remove("no title")
    if title is None and heading is None and doc_type and (title := _title_over_preamble(lines)):
        warnings.remove("no title")
    if title is None and heading is None and own and (title := _clause_title(joined, doc_type)):
        warnings.remove("no title")
    if title is None and made and made[1] == doc_type and (title := made[2]):
        warnings.remove("no title")  # blind23: '... xây dựng Kế hoạch tổ chức đại hội ... như sau:'
    elif title is not None and made and made[1] == doc_type and made[2] and _abridges(title, made[2]):
        title = made[2]  # blind23: 'Chào cờ và sinh hoạt dưới cờ' over '... Kế hoạch tổ chức chào cờ ...'
    guided = own is not None and own[1] in (None, "HD")  # titlesweep: 'Phòng GDĐT Hướng dẫn các trường ...'
    if title is None and heading is None and guided and (title := _guidance_title(joined)):
        warnings.remove("no title")
    if title is None and heading is None and doc_type and (title := _restated_title(joined, doc_type)):
        warnings.remove("no title")  # blind17: 'Đây là Quyết định về việc ban hành Kế hoạch ...'
    if title is None and heading is None and doc_type == "TB" and (title := _notice_parent_subject(joined)):
        warnings.remove("no title")
    if title is None and doc_type == "QĐ" and (article := ARTICLE_ISSUES_RE.search(joined)):
        title = squeeze(f"{article['verb']} {article['title']}")  # titlesweep: blind20's 'Điều 1. Ban hành'
        warnings.remove("no title")
    if title is None and not block and (title := _page_headline(lines) or _page_headline(paragraphs)):
        warnings.remove("no title")
    if title is None and not block and (title := _outline_title(lines)):
        warnings.remove("no title")
    if clause is None and tail:
        clause = new_tone_placement(tail)
    if clause is None and heading is not None:
        clause = _authority_line(lines, heading[0] + 1)
    bodies = _header_bodies(region)
    if block and not bodies and lead.number in (None, number):
        bodies = _lead_completes(clause, lead.issuer)
    if not bodies and lead.above and clause is not None and _unplaced(clause) == lead.issuer:
        clause = lead.issuer  # sweepF: a clause reader kept the place the lead writes after its subject
    if not bodies and lead.above and clause in (None, lead.issuer):
        bodies = list(lead.above)  # leadforms: 'Đảng ủy phường Dĩ An, Thành phố Hồ Chí Minh vừa ban hành ...'
    if clause is None:
        clause = new_tone_placement(meta.issuer) if meta.issuer else None  # perturb: matched in one placement
    if clause is None and not (block and bodies):  # a header's own body lines outrank prose
        clause = next((x.issuer for x in (lead, line) if x.issuer), None) \
            or (deploying.issuer if deploying.doc_type == doc_type else None) \
            or _acting_subject(joined, numbered=number is not None)
        clause = clause or (_issuer_text(named["issuer"]) if named is not None else None)
        if clause is None and number is None and (held := _event_holder(joined)) is not None:
            clause, bodies = held[0], bodies or list(held[1])
    unit_actor = _unit_actor(joined) if not bodies and number is None and parse_body(clause) is None else None
    signed = _signed_by_field(lines)
    if block:
        signed = (signed[0], None) if signed else None  # a header names the issuer: the field only signs
    if clause is None and not bodies and signed:
        clause = signed[1]
    if clause is not None and not bodies:
        clause = _of_directing_committee(joined, clause)
    if clause is None and not bodies and (acting := _signed_for_body(lines)) is not None:
        bodies = [acting]  # orgsweep: a letter whose issuer is named only under 'TM.' in its signature
    evidence = Evidence(
        clause=clause,
        header_bodies=bodies,
        place=place,
        number=number,
        issued_on=issued_on or _latest_cited(joined),  # the map the places are read on
        text=joined,
    )
    issuer, issuer_warnings = resolve_issuer(evidence)
    if issuer is None and unit_actor is not None and not signed:
        written, kind, name, above = unit_actor
        issuer, issuer_warnings = resolve_unit_actor(replace(evidence, header_bodies=list(above)), written,
                                                     kind, name)
        issuer_warnings = issuer_warnings if issuer is not None else ["no issuer found"]
    warnings.extend(issuer_warnings)
    signer = _signer(_before_attachment(lines))
    if signer is not None and signer.title is None and signer.on_behalf_of is None:
        signer = _lead_signer(joined, number) or signer
    signer = signer or (signed[0] if signed else None) \
        or _earlier_signer(_before_attachment(lines)) or _lead_signer(joined, number)
    if signer is not None and signer.name is None and signed and signed[0].name:  # 'KT. THỦ TƯỚNG' with no
        signer = signer.model_copy(update={"name": signed[0].name})  # name under it: the metadata's signer
    if signer is not None and signed and signer is signed[0] and signer.title is None \
            and (office := _lone_office(lines)):
        signer = signer.model_copy(update={"title": office})  # the field's name, the block's office
    if issuer is not None and issuer.kind == "party_committee" and issuer.level == "central" \
            and (organ := _central_organ(joined, number, signer)):
        if UNION_CENTRE_RE.search(issuer.name):
            organ = f"{organ} {UNION_CENTRE_TAIL}"  # the Union's secretariat, not the Party's
        issuer = resolve_issuer(Evidence(clause=organ, number=number, issued_on=issued_on))[0] or issuer
    return Header(
        number=str(number) if number else None,
        doc_type=doc_type,
        title=title,
        issued_on=issued_on,
        place=place,
        issuer=issuer,
        signer=signer,
        warnings=warnings,
    )


def _latest_cited(text: str) -> date | None:
    """An undated text's lower bound: the latest date of a document its opening cites ('Công văn số
    440-CV/BTGDVTU ngày 22/7/2025'), which tells on which map (before or after July 2025) it names places;
    or the dateline of the news page it is, whose present tense names the units of the day it was written
    (blind5: '  date 2025-08-27', 'Đảng uỷ phường Dĩ An triển khai ...' is a ward of Hồ Chí Minh City).
    blind55: or the full date a lead's paragraph opens with, the day of the work it reports ('Sáng 26/8/2025,
    Thường trực Đảng ủy xã An Quang đã có buổi làm việc ...': xã An Quang of Hải Phòng, not Bình Định's)."""
    latest = _page_dateline(text)
    if not RECENT_YEAR_RE.search(text, 0, _LEAD_CHARS):  # only a date from 2025 on can change the map
        return None
    start = 0
    while 0 <= start < _LEAD_CHARS:
        om = LEAD_OPENING_DATE_RE.match(text, start)
        when = _lead_date(om, None, []) if om and (om["ly"] or om["lwy"]) else None
        if when is not None and (latest is None or when > latest):
            latest = when
        start = text.find("\n", start) + 1 or -1
    for m, _ in iter_numbers(text[:_LEAD_CHARS], ALL_STYLES):  # anchored on the numbers' slashes: fast
        dm = CITED_NUMBER_DATE_RE.match(text, m.end())
        when = _date_of(dm) if dm else None
        if when is not None and (latest is None or when > latest):
            latest = when
    return latest


def _page_dateline(text: str) -> date | None:
    """The day a news page was written, from the dateline it opens with; its first day for a month alone."""
    m = PAGE_DATELINE_RE.match(text)
    if m is None:
        return None
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"] or 1))
    except ValueError:
        return None


def _of_directing_committee(text: str, clause: str) -> str:
    """A board named bare ('Ban Xây dựng Đảng', 'Văn phòng') that writes on the direction of a committee's
    standing office ('Thực hiện chỉ đạo của Thường trực Đảng ủy xã Trần Phú ..., Ban Xây dựng Đảng đề
    nghị') is that committee's board; the clause as written otherwise."""
    if "của" not in text[:_LEAD_CHARS] or not clause[:1].isupper():
        return clause
    body = parse_body(clause)
    if body is None or body.organ is None or body.base or body.place or body.bloc:
        return clause
    m = DIRECTED_BY_COMMITTEE_RE.search(text, 0, _LEAD_CHARS)
    committee = parse_body(_issuer_text(m["committee"])) if m else None
    if m is None or committee is None or committee.organ or committee.kind != "party_committee" \
            or not (committee.place or committee.fixed_level):  # a bare 'Đảng ủy' says no more
        return clause
    return f"{clause} {_issuer_text(m['committee'])}"


def _central_organ(text: str, number: DocNumber | None, signer: Signer | None) -> str | None:
    """The Politburo or Secretariat behind a 'BAN CHẤP HÀNH TRUNG ƯƠNG' header: the body its signer
    acts for ('T/M BỘ CHÍNH TRỊ'), else the one a lead names with the document's own number."""
    acting = fold(signer.on_behalf_of) if signer is not None and signer.on_behalf_of else ""
    if acting in CENTRAL_ORGAN_NAMES:
        return CENTRAL_ORGAN_NAMES[acting]
    if not acting and (signs := CENTRAL_ORGAN_SIGNS_RE.search(text)) is not None:
        return CENTRAL_ORGAN_NAMES[fold(squeeze(signs["organ"]))]
    if number is None or "TW" not in str(number):
        return None
    m = re.search(CENTRAL_ORGAN_OF_NUMBER.format(number=re.escape(str(number))), text, re.IGNORECASE)
    return CENTRAL_ORGAN_NAMES[fold(squeeze(m["organ"]))] if m else None
