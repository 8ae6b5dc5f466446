"""Footnotes belong to the task whose text marks them.

`normalise.clean_lines` drops the marks inside text ('vững mạnh¹.' → 'vững mạnh.') and keeps the footnote
paragraphs apart ('¹ Nghị quyết số 02-NQ/TW ...'), so a task loses what its footnote says: seed 001's
III.1.4 cites, in a footnote, the resolutions on workers, farmers, intellectuals, women, veterans and the
elderly that it carries out. `task_notes` gives each task back the footnotes its text marks, for alignment
to read as a secondary text; the parsed record does not print them.
"""

from __future__ import annotations

from collections.abc import Sequence

from loaders.normalise import (
    FOOTNOTE_MARKS,
    FOOTNOTE_START,
    SUPERSCRIPTS,
    clean_lines,
    is_footnote,
    nfc,
    paragraphs,
    squeeze,
)

_CONTEXT = 40  # characters before a mark that place it in a task's text


def _footnote_texts(paras: Sequence[str]) -> dict[str, str]:
    """Footnote paragraphs by their mark: {'¹': 'Nghị quyết số 02-NQ/TW ...'}."""
    out: dict[str, str] = {}
    for para in paras:
        if is_footnote(para) and (m := FOOTNOTE_START.match(para)):
            out.setdefault(m.group(0).strip(), para[m.end():])
    return out


def _marked_contexts(text: str) -> list[tuple[str, str]]:
    """(the text just before an inline mark, the mark) for every mark inside a line."""
    out = []
    for line in text.splitlines():
        for m in FOOTNOTE_MARKS.finditer(line):
            before = line[:m.start()]
            if not before.strip() or before[-1].isspace():
                continue  # a mark opening a line (or after a blank) is the footnote's own
            context = squeeze(FOOTNOTE_MARKS.sub("", before.replace("*", "")))[-_CONTEXT:]
            out.append((context, m.group(0)))
    return out


def task_notes(text: str, tasks: Sequence[tuple[str, str]],
               paras: Sequence[str] | None = None) -> dict[str, tuple[str, ...]]:
    """Footnote texts per task key, given the document's text, its tasks as (key, text) and, when the
    caller has them, its paragraphs (`normalise.paragraphs`): a task holds a footnote when the words
    before the footnote's mark are in its text (the first such task)."""
    if not any(c in text for c in SUPERSCRIPTS):
        return {}
    text = nfc(text)
    notes = _footnote_texts(paras if paras is not None else paragraphs(clean_lines(text)))
    if not notes:
        return {}
    out: dict[str, list[str]] = {}
    for context, mark in _marked_contexts(text):
        note = notes.get(mark)
        if note is None or len(context) < 10:
            continue
        for key, task_text in tasks:
            if context in squeeze(task_text):
                if note not in out.setdefault(key, []):
                    out[key].append(note)
                break
    return {k: tuple(v) for k, v in out.items()}
