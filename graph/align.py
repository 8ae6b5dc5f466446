"""Cross-level task alignment: which tasks of a plan carry out which tasks of the plan above it.

Pure (no database): `align(child, parent)` takes two task lists and returns scored links, each child task
to the parent task or tasks it carries out, or to none. The same function compares two sibling plans
(two provincial programmes of one resolution), where a link reads "the same task". `graph.align_db`
feeds it from Neo4j and stores the result; `nqgraph align-eval` scores it against `tests/alignment/`.

Signals (docs/alignment.md has the figures behind every number below):

- **text**: TF-IDF over syllable unigrams and bigrams of the folded text (deadline tails and level words
  such as 'thành phố', 'huyện ủy' masked), compared sentence by sentence. `cover_parent` is how much of
  the parent task's text is found in the child task (a child that holds several parent tasks: a section
  of 230-KH/ThU), `cover_child` how much of the child's text the parent explains, counting only the
  sentences this parent explains (nearly) best among all parent tasks (a bullet that merges two parent
  bullets credits each with its own sentences). text = the larger of the two. `sentence_pairs` keeps,
  for each two tasks, their best pair of sentences that are each the other's best match across the plans.
- **structure**: a heading is voted to the parent heading that holds the matches of its bullets; a task
  whose heading is aligned to a parent heading leans to that heading's bullets; a heading prefers a
  heading and a bullet a bullet; an unmatched bullet between two aligned neighbours, facing one unmatched
  parent bullet, takes it (order); a task linked to two or more bullets of a parent heading at its own
  depth takes that heading too (a section that holds another plan's section in its paragraphs), and so
  does a task linked to one bullet of a theme heading that nothing else reaches (either side's heading).
- **bodies**: the kinds of body named (the Front, the people's committee, the Party's boards, ...) agree;
  a collective name led by the Party committees ('Các cấp ủy đảng, chính quyền') is each kind it lists.
- **subjects**: whom the task is about (workers, farmers, youth, the elderly, religions, ...;
  `loaders.patterns.SUBJECT_RE`), in its text and footnotes. The task of each plan that names a subject
  most (its holder) is linked to the other plan's holder of that subject: a stratum's bullet to the bullet,
  bundle or footnote of the other plan that carries it. A *bundle* (a task naming several strata, none
  twice as often as the next) is linked to each stratum's bullet it holds, however far its best link
  scores above them (the ratio rule below would keep only the best).
- **acts**: what the task asks its body to do (`loaders.patterns.ACT_RE`; only making plans is credited).
  The task of each plan that asks a kind of body for an act most, and alone, holds that pair; two holders
  of one pair are linked: the people's committee's closing item that orders plans, one level down. Two
  tasks that each ask one kind of body both to study or disseminate the document and to make its own plans
  (`orders`) are linked whoever else asks for plans: the order every plan opens or closes with.
- **body headings**: a heading that is only a body's name ('Các Ban của Thành ủy') takes the one task of
  the other plan whose bodies are all of its kinds: that body's share, one level down.
- **deadlines**: same kind (quarterly, recurring, ...).
- **markers**: a quoted name ('Dân vận khéo') or a cited document number shared by few tasks of each side.
- **footnotes**: the documents a task's footnotes cite ('Nghị quyết số 45-NQ/TW ... về ... đội ngũ trí
  thức'), each by its title, credited to the task of the other plan whose best sentence holds the title
  best: text = the larger of the two. A plan that carries out a resolution by citing it in a footnote
  (seed 001 III.1.4) is then linked to the tasks of the other plan that carry that resolution out.

The child's best parent task is linked when its score reaches `theta`; other parent tasks are linked
too when their score is within `ratio` of the best or their text alone reaches `theta_text` (a parent
task split in two, merged tasks), or when the child is a bundle of strata and the parent the bullet on
one of them (`_bundles`). A child task and a parent task then left unlinked, each the other's
best text match, are linked from `theta_mutual` (below `theta`) unless they name bodies of different
kinds. Last, a parent bullet is linked to a child task holding a sentence pair of `sentence_pairs` from
`theta_sentence` (`theta_sentence_body` when the two name bodies of a shared kind), however low the two
tasks' covers: one sentence of the bullet carried out inside a longer task (a partial link); a parent
heading only from `theta_sentence_heading`, its sentence said word for word. Each link
records its score (capped at 1) and the method that decided it: 'text' (text alone passes),
'text+structure', 'headings' (bullets' votes, sections, lone bullets), 'mutual', 'order' (gap filling),
'sentence', 'acts' (the order to study and make plans), 'bodies' (a heading naming a body).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from threadpoolctl import ThreadpoolController

from loaders.normalise import fold
from loaders.patterns import (
    ACT_RE,
    ALIGN_DEADLINE_TAIL_RE,
    ALIGN_LEVEL_RE,
    ALIGN_TITLE_END_RE,
    BODY_KIND_RES,
    BODY_LIST_GLUE_RE,
    CITED_NUMBER_RE,
    COLLECTIVE_BODY_RE,
    DIRECTIVE_OPENING,
    NOTE_TITLE_RE,
    OBJECT_RE,
    QUOTED_NAME_RE,
    SUBJECT_RE,
)

PARAMS_VERSION = "13"
"""Bumped whenever the scoring changes, so stored links can say which scoring made them."""


@dataclass(frozen=True)
class AlignTask:
    """A task as alignment sees it. `key` is unique within its document (the label, or the uid)."""

    key: str
    text: str
    parent: str | None = None
    bodies: tuple[str, ...] = ()
    deadline_kind: str | None = None
    notes: tuple[str, ...] = ()  # the footnotes its text marks (loaders.footnotes)


@dataclass(frozen=True)
class Link:
    child: str
    parent: str
    score: float
    method: str


@dataclass(frozen=True)
class Params:
    """Thresholds and weights. Defaults are the shipped values, chosen on the hand-aligned pairs
    (`python -m bench.tune_align` reruns the choice; docs/alignment.md records it)."""

    floor: float = 0.15  # sentence similarity below this counts as no match
    near: float = 0.9  # a sentence credits every parent task within this fraction of its best match
    anchor: float = 0.4  # text score of a child's best parent that makes it a vote for the headings
    w_tree: float = 0.2  # weight of "their headings are aligned"
    w_body: float = 0.1  # + when the kinds of body named agree, - when both name bodies and none agree
    w_shape: float = 0.05  # + heading with heading or bullet with bullet, - otherwise
    w_marker: float = 0.0  # a shared rare quoted name or document number (measured: nothing on the seeds)
    w_deadline: float = 0.05  # same deadline kind
    theta: float = 0.45  # score a link needs
    ratio: float = 0.85  # other parent tasks within this fraction of the best are linked too
    theta_text: float = 0.3  # ... or whose text score alone reaches this
    gap: float = 0.05  # text score an order-filled link still needs
    theta_mutual: float = 0.25  # two tasks each the other's best text match are linked from this text score
    mutual_free: int = 2  # ... if 0: always; 1: the parent task has no link yet; 2: nor has the child task
    marker_max: int = 2  # a marker shared by more tasks than this on either side is boilerplate
    w_note: float = 1.0  # weight of a footnote's cited title found in the other side's task (0: off)
    w_subject: float = 0.4  # the two tasks hold a subject (the one of their plan naming it most)
    section_bullets: int = 2  # a task linked to this many bullets of a heading at its depth takes it (0: off)
    bundle: int = 3  # a bundle naming this many strata passes the ratio rule to their bullets (0: off)
    w_act: float = 0.3  # the two tasks hold a (body kind, act) in common, each its plan's only holder
    acts: tuple[str, ...] = ("plan",)  # the acts of `loaders.patterns.ACT_RE` so credited
    theta_sentence: float = 0.55  # a parent bullet and a task whose sentences are each the other's best match
    theta_sentence_body: float = 0.35  # ... when the two tasks name bodies of a shared kind
    theta_sentence_free: float = 0.5  # ... when the child task has no link yet
    theta_sentence_heading: float = 0.8  # ... to a parent heading
    orders: tuple[str, ...] = ("disseminate", "plan")  # acts that together make the opening order (() off)
    body_headings: bool = True  # a heading naming a body takes the one task of the other plan for that body
    lone_bullets: bool = True  # a theme heading no link reaches takes the one link of a bullet at its depth
    counterparts: bool = True  # two unlinked tasks sharing a (body kind, act), each the other's best text
    objects: bool = True  # a child task holding a programme its parent task alone holds is linked to it
    follow_ups: bool = True  # each plan's one staff item that follows up and reports: the two are linked


PARAMS = Params()

# ---------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------

_SENTENCE = re.compile(r"(?<=[.;:!?])\s+|\s+-\s+(?=[^\W\d_])")
_WORD = re.compile(r"[^\W_]+")
_MIN_SENTENCE = 25


def prepare(text: str) -> str:
    """Folded text with the deadline in brackets and level words masked, a heading's title ended."""
    return ALIGN_LEVEL_RE.sub("@", ALIGN_DEADLINE_TAIL_RE.sub("", fold(_title_ended(text)))).strip()


_STOP = re.compile(r"[.;:!?]")
_TITLE_WINDOW = 250  # characters: a heading's title is a line


def _title_ended(text: str) -> str:
    """The text with a stop where a heading's title ends. A task's text is its heading's line and its
    paragraphs joined by a space (`loaders.outline.Item.full_text`; a stored task holds the same text),
    so the title runs into the first sentence and a sentence pair cannot match it alone: 230-KH/ThU
    III.7's title is 66-CTr/TU II.5's second sentence word for word. A title that opens with a directive
    verb (a theme) ends where a capitalised directive verb follows a lower-case word before any stop."""
    if not DIRECTIVE_OPENING.match(text[:60].lower()):
        return text  # a body's heading ('Cán bộ, công chức ..., Trạm Y tế') says who, not what
    stop = _STOP.search(text, 0, _TITLE_WINDOW)
    for m in ALIGN_TITLE_END_RE.finditer(text, 0, stop.start() if stop else _TITLE_WINDOW):
        if not text[m.end()].isupper():
            continue  # most spaces: asked first, since the checks below slice and fold the text
        verb = DIRECTIVE_OPENING.match(text[m.end() : m.end() + 60].lower())
        if verb is None or not text[: m.start()].rsplit(" ", 1)[-1][:1].islower():
            continue
        if not text[m.end() + verb.end() :].lstrip()[:1].isupper():
            return f"{text[: m.start()]}. {text[m.end() :]}"
    return text


def sentences(text: str) -> list[str]:
    """Sentences and clauses (split at . ; : and dashes), short ones joined to the previous one."""
    out: list[str] = []
    buf = ""
    for part in _SENTENCE.split(text):
        part = part.strip(" .;:,")
        buf = f"{buf} {part}".strip() if buf else part
        if len(buf) >= _MIN_SENTENCE:
            out.append(buf)
            buf = ""
    if buf:
        if out:
            out[-1] += " " + buf
        else:
            out.append(buf)
    return out or [text]


@lru_cache(maxsize=16384)
def _sentences(text: str) -> list[str]:
    """Cached: a plan's sentences are compared with every sibling's. Callers must not change the result."""
    return sentences(prepare(text))


def terms(text: str) -> Counter[str]:
    """Syllable unigrams and bigrams: at the precision target they recall 0.59 of the hand-aligned links,
    character 3-5-grams 0.54 (`bench.tune_align`). Not cached: `_hashed` keeps what is needed of them."""
    words = _WORD.findall(text)
    return Counter(words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)])


@lru_cache(maxsize=1 << 17)
def _term_id(term: str) -> int:
    """A 64-bit id stable across processes (CRC-32 and Adler-32 side by side). Python's own `hash` of a
    str is salted per process: the column order, and with it the last bits of sums and the ties at a
    threshold, then changed from one run to the next (19 of 419,046 stored scores, 3 links). Cached: a
    cascade's plans reword one vocabulary, so most terms come back (358,000 look-ups over 301 plans)."""
    b = term.encode()
    return ((zlib.crc32(b) << 32) | zlib.adler32(b)) - (1 << 63)


@lru_cache(maxsize=65536)
def _hashed(sentence: str) -> tuple[np.ndarray, np.ndarray]:
    """A sentence's terms as 64-bit hashes with their sublinear tf (1 + log count). Hashes, not a growing
    vocabulary: no state shared between pairs, and a collision in 2^64 is not a concern here."""
    c = terms(sentence)
    ids = np.fromiter(map(_term_id, c), dtype=np.int64, count=len(c))
    tf = 1.0 + np.log(np.fromiter(c.values(), dtype=np.float64, count=len(c)))
    return ids, tf


@dataclass(frozen=True, eq=False)
class Bag:
    """One side's sentences as sparse hashed term counts: entry i is term `ids[i]` of sentence `rows[i]`.
    Built once per plan (cached), then every pair it takes part in is a few numpy operations."""

    rows: np.ndarray
    ids: np.ndarray
    tf: np.ndarray
    n: int  # sentences
    starts: np.ndarray  # each task's first sentence (every task has at least one)


@lru_cache(maxsize=256)
def bag(texts: tuple[str, ...]) -> Bag:
    """The sentences of these task texts; cached, so a parent plan aligned with each of its children is
    cut and hashed once (callers go parent by parent; 256 plans hold every sibling plan of a province)."""
    parts, starts, r = [], [], 0
    for text in texts:
        starts.append(r)
        for s in _sentences(text):
            parts.append((r, *_hashed(s)))
            r += 1
    if not parts:
        empty = np.zeros(0, dtype=np.int64)
        return Bag(empty, empty, np.zeros(0), 0, np.zeros(0, dtype=np.int64))
    rows = np.concatenate([np.full(len(ids), row, dtype=np.int32) for row, ids, _ in parts])
    return Bag(rows, np.concatenate([p[1] for p in parts]), np.concatenate([p[2] for p in parts]), r,
               np.array(starts, dtype=np.int64))


def _tfidf(c: Bag, p: Bag) -> tuple[np.ndarray, np.ndarray]:
    """Unit-length TF-IDF rows of both sides' sentences (smoothed idf over these sentences only, so a
    pair's result does not depend on what else is loaded) and each row's length.

    Only terms found on both sides can make two rows alike, so the matrix keeps those columns alone; the
    lengths count every term."""
    n = c.n + p.n
    uniq, inv = np.unique(np.concatenate([c.ids, p.ids]), return_inverse=True)
    rows = np.concatenate([c.rows, p.rows + c.n])
    df = np.bincount(inv, minlength=len(uniq))
    w = np.concatenate([c.tf, p.tf]) * (np.log((1 + n) / (1 + df)) + 1)[inv]
    mass = np.sqrt(np.bincount(rows, weights=w * w, minlength=n))
    side = np.zeros((2, len(uniq)), dtype=bool)
    side[0, inv[:len(c.ids)]] = True
    side[1, inv[len(c.ids):]] = True
    shared = side[0] & side[1]
    col = np.cumsum(shared) - 1
    keep = shared[inv]
    x = np.zeros((n, int(shared.sum())))
    x[rows[keep], col[inv[keep]]] = w[keep]
    x /= np.maximum(mass, 1e-12)[:, None]
    return x, mass


_blas = ThreadpoolController()
"""The product of two plans' sentences is small (hundreds of rows): OpenBLAS's threads cost 10 to 500
times its work on a shared 2-core machine, so it runs on one thread. In float32, which halves it again
and changes no stored score (rounded to 4 places) on the seeds."""


def _ratio(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.divide(a, b, out=np.zeros(np.broadcast_shapes(a.shape, b.shape)), where=b > 0)


@lru_cache(maxsize=4)
def _sentence_sim(c: Bag, p: Bag) -> tuple[np.ndarray, np.ndarray]:
    """Cosine of every child sentence with every parent sentence, and each sentence's TF-IDF length.
    Cached for the pair being aligned (bags compare by identity): the text covers and the sentence pairs
    both read it. Callers must not change the result."""
    x, mass = _tfidf(c, p)
    with _blas.limit(limits=1, user_api="blas"):
        sim = (x[:c.n].astype(np.float32) @ x[c.n:].T.astype(np.float32)).astype(np.float64)
    return sim, mass


def text_scores(child: Sequence[str], parent: Sequence[str], params: Params = PARAMS) -> np.ndarray:
    """child × parent matrix of max(cover_parent, exclusive cover_child), see the module docstring."""
    if not child or not parent:
        return np.zeros((len(child), len(parent)))
    c, p = bag(tuple(child)), bag(tuple(parent))
    sim, mass = _sentence_sim(c, p)
    sim = np.where(sim >= params.floor, sim, 0.0)
    # A task's sentences are contiguous rows (columns): reduce over each task's block at once.
    wc, wp = mass[:c.n], mass[c.n:]
    best_in = np.maximum.reduceat(sim, p.starts, axis=1)  # child sentence × parent task
    best = best_in.max(axis=1, keepdims=True)
    credited = best_in * ((best_in >= params.near * best) & (best_in > 0))
    c_mass, p_mass = np.add.reduceat(wc, c.starts)[:, None], np.add.reduceat(wp, p.starts)[None, :]
    cover_child = _ratio(np.add.reduceat(credited * wc[:, None], c.starts, axis=0), c_mass)
    found = np.maximum.reduceat(sim, c.starts, axis=0)  # child task × parent sentence
    cover_parent = _ratio(np.add.reduceat(found * wp[None, :], p.starts, axis=1), p_mass)
    return np.maximum(cover_parent, cover_child)


def sentence_pairs(child: Sequence[str], parent: Sequence[str]) -> np.ndarray:
    """child × parent: the similarity of the best pair of their sentences that are each the other's best
    match across the two plans (0 where none is). A partial link is often one sentence of the parent task
    carried out by one sentence of a child task that says much else (a district's section holding the
    city's 'Tập trung phát triển kinh tế - xã hội, không ngừng cải thiện ... đời sống vật chất và tinh
    thần của Nhân dân' among eighteen sentences): the task-level covers dilute it, the pair stands out."""
    out = np.zeros((len(child), len(parent)))
    if not child or not parent:
        return out
    c, p = bag(tuple(child)), bag(tuple(parent))
    sim, _ = _sentence_sim(c, p)
    if not sim.size:
        return out
    best_p, best_c = sim.argmax(axis=1), sim.argmax(axis=0)
    rows = np.nonzero(best_c[best_p] == np.arange(c.n))[0]
    ta = np.searchsorted(c.starts, rows, side="right") - 1
    tb = np.searchsorted(p.starts, best_p[rows], side="right") - 1
    np.maximum.at(out, (ta, tb), sim[rows, best_p[rows]])
    return out


def note_items(notes: Iterable[str]) -> list[str]:
    """What a task's footnotes cite, one item per document (footnotes list them between ';'): the title
    after 'về' when there is one. The number, date and issuer say which document, the title what it is
    about, and only the title can be found in another plan's task."""
    out = []
    for note in notes:
        for item in note.split(";"):
            m = NOTE_TITLE_RE.search(item)
            title = (m.group("title") if m else item).strip(" .*“”\"")
            if title:
                out.append(title)
    return out


def note_scores(tasks: Sequence[str], owners: Sequence[Sequence[str]], params: Params = PARAMS) -> np.ndarray:
    """tasks × owners: how well an item of an owner's footnotes is found in a task's best sentence,
    credited only to the item's best task (and tasks within `near` of it): a footnote that cites ten
    resolutions credits each to the one task that carries it out."""
    out = np.zeros((len(tasks), len(owners)))
    flat = [(o, item) for o, items in enumerate(owners) for item in items]
    if not flat or not tasks:
        return out
    tb, ib = bag(tuple(tasks)), bag(tuple(item for _, item in flat))
    x, _ = _tfidf(tb, ib)
    with _blas.limit(limits=1, user_api="blas"):
        sim = (x[:tb.n].astype(np.float32) @ x[tb.n:].T.astype(np.float32)).astype(np.float64)
    found = np.maximum.reduceat(np.where(sim >= params.floor, sim, 0.0), tb.starts, axis=0)  # task × item
    found *= found >= params.near * found.max(axis=0, keepdims=True)
    for j, (o, _) in enumerate(flat):
        out[:, o] = np.maximum(out[:, o], found[:, j])
    return out


def _with_notes(text: np.ndarray, child: Sequence[AlignTask], parent: Sequence[AlignTask],
                params: Params) -> np.ndarray:
    """Text raised by what either side's footnotes cite (both ways); unchanged when neither has any."""
    if params.w_note <= 0 or not any(t.notes for t in (*child, *parent)):
        return text
    c_items = [note_items(t.notes) for t in child]
    p_items = [note_items(t.notes) for t in parent]
    found = np.maximum(note_scores([t.text for t in child], p_items, params),
                       note_scores([t.text for t in parent], c_items, params).T)
    return np.maximum(text, params.w_note * found)


# ---------------------------------------------------------------------------
# Bodies and markers
# ---------------------------------------------------------------------------

def body_kinds(names: Iterable[str]) -> frozenset[str]:
    """What kind of body each name is, whatever its level: 'Ban Dân vận Thành ủy' = 'Ban Dân vận Huyện ủy'.
    The first matching kind wins: 'Ban cán sự đảng Ủy ban nhân dân' is the people's committee's. A
    collective name led by the Party committees ('Các cấp ủy đảng, chính quyền') is every kind it lists:
    read as the committee alone, its order to study and make plans missed the Party committees' (tenth
    round)."""
    out = set()
    for name in names:
        f = fold(name)
        kinds = [kind for kind, rx in BODY_KIND_RES if rx.search(f)]
        out.update(kinds if COLLECTIVE_BODY_RE.match(f) else kinds[:1])
    return frozenset(out)


def markers(text: str) -> frozenset[tuple[str, str]]:
    """Quoted names and cited document numbers: rare ones tie two tasks together."""
    quoted = {("quote", m.strip(" .,")) for m in QUOTED_NAME_RE.findall(fold(text))}
    numbers = {("number", re.sub(r"\s", "", m).lower()) for m in CITED_NUMBER_RE.findall(text)}
    return frozenset(quoted | numbers)


# ---------------------------------------------------------------------------
# Alignment
# ---------------------------------------------------------------------------


def _children(tasks: Sequence[AlignTask]) -> dict[str | None, list[str]]:
    keys = {t.key for t in tasks}
    kids: dict[str | None, list[str]] = {}
    for t in tasks:
        kids.setdefault(t.parent if t.parent in keys else None, []).append(t.key)
    return kids


def _below(key: str, tasks: Sequence[AlignTask]) -> set[str]:
    """Keys of the tasks under `key` at any depth."""
    parent_of = {t.key: t.parent for t in tasks}
    out = set()
    for t in tasks:
        p = parent_of.get(t.key)
        seen = 0
        while p is not None and seen < 32:
            if p == key:
                out.add(t.key)
                break
            p = parent_of.get(p)
            seen += 1
    return out


@dataclass(frozen=True)
class Signals:
    """Every signal of every child × parent pair, before weighting: `tune_align` reweights these
    without recomputing them."""

    text: np.ndarray
    votes: np.ndarray
    tree: np.ndarray
    body: np.ndarray
    shape: np.ndarray
    marker: np.ndarray
    deadline: np.ndarray
    subject: np.ndarray
    bundle: np.ndarray  # bool: a bundle of strata and the bullet on one of them (`_bundles`)
    act: np.ndarray  # 1: the two tasks hold a (body kind, act) in common (`_acts`)
    sentence: np.ndarray  # their best pair of mutually best sentences (`sentence_pairs`)
    object: np.ndarray  # 1: the child task holds a programme its parent task alone holds (`_objects`)
    trees: tuple[Shape, Shape]  # the child's and the parent's, whose depths place a section's link

    def score(self, params: Params) -> np.ndarray:
        return (np.maximum(self.text, self.votes) + params.w_tree * self.tree + params.w_body * self.body
                + params.w_shape * self.shape + params.w_marker * self.marker
                + params.w_deadline * self.deadline + params.w_subject * self.subject
                + params.w_act * self.act)


_KIND_BIT = {kind: 1 << i for i, (kind, _) in enumerate(BODY_KIND_RES)}


@lru_cache(maxsize=65536)
def _kind_mask(names: tuple[str, ...]) -> int:
    return sum(_KIND_BIT[k] for k in body_kinds(names))


@lru_cache(maxsize=65536)
def _markers(text: str) -> frozenset[tuple[str, str]]:
    return markers(text)


_SUBJECTS = tuple(SUBJECT_RE.groupindex)


@lru_cache(maxsize=65536)
def _subject_counts(text: str) -> tuple[int, ...]:
    """How often the folded text names each subject (`_SUBJECTS` order)."""
    found = Counter(m.lastgroup for m in SUBJECT_RE.finditer(fold(text)))
    return tuple(found[k] for k in _SUBJECTS)


_ACTS = tuple(ACT_RE.groupindex)
_OBJECTS = tuple(OBJECT_RE.groupindex)


@lru_cache(maxsize=65536)
def _object_counts(text: str) -> tuple[int, ...]:
    found = Counter(m.lastgroup for m in OBJECT_RE.finditer(fold(text)))
    return tuple(found[k] for k in _OBJECTS)


@lru_cache(maxsize=65536)
def _act_counts(text: str) -> tuple[int, ...]:
    """How often the folded text asks for each act (`_ACTS` order)."""
    found = Counter(m.lastgroup for m in ACT_RE.finditer(fold(text)))
    return tuple(found[k] for k in _ACTS)


def subject_counts(task: AlignTask) -> tuple[int, ...]:
    """A task's subjects in its text and in the titles its footnotes cite (a footnote that carries the
    strata's resolutions names them only there)."""
    if not task.notes:
        return _subject_counts(task.text)
    cited = (_subject_counts(title) for title in note_items(task.notes))
    return tuple(map(sum, zip(_subject_counts(task.text), *cited, strict=True)))


@lru_cache(maxsize=65536)
def _without_name(rest: str, name: str) -> str:
    """The body's name taken out of the text. The graph's body names carry their place ('Các Ban của Thành
    ủy Hải Phòng' for the heading 'Các Ban của Thành ủy'), so the longest leading run of two or more of the
    name's words is what the text wrote; a parsed record's names are the text's own and match whole."""
    words = fold(name).split()
    for n in range(len(words), 1, -1):
        part = " ".join(words[:n])
        if part in rest:
            return rest.replace(part, " ")
    return rest


def _body_heading(text: str, bodies: tuple[str, ...]) -> bool:
    rest = " ".join(fold(text).split())
    for name in sorted(bodies, key=len, reverse=True):
        rest = _without_name(rest, name)
    return len(BODY_LIST_GLUE_RE.sub(" ", rest).split()) <= 2


def body_heading(task: AlignTask) -> bool:
    """The task's text is the names of its bodies and little else ('Các Ban của Thành ủy', 'Đảng đoàn Mặt
    trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, Ban Thường vụ Thành đoàn'): a closing
    section's heading over that body's items, which says whose share, not what."""
    return bool(task.bodies) and _body_heading(task.text, tuple(task.bodies))


@dataclass(frozen=True)
class Shape:
    """One side's tree as arrays: each task's parent (index, -1 at the top), its depth (how many of its
    ancestors the list holds), whether it has tasks under it, `under[h, j]` when task j is below task h at
    any depth, the kinds of body it names as bits, and how often it names each subject."""

    up: np.ndarray
    depth: np.ndarray
    has_kids: np.ndarray
    under: np.ndarray
    kinds: np.ndarray
    subjects: np.ndarray  # task × subject: how often it names each
    acts: np.ndarray  # task × act: how often it asks for each
    named: np.ndarray  # bool: a heading that is only the name of the bodies it addresses (`body_heading`)
    objects: np.ndarray  # task × object: how often it names each

    @staticmethod
    def of(tasks: Sequence[AlignTask]) -> Shape:
        index = {t.key: i for i, t in enumerate(tasks)}
        up = np.array([index.get(t.parent, -1) if t.parent is not None else -1 for t in tasks],
                      dtype=np.int64)
        n = len(tasks)
        under = np.zeros((n, n), dtype=bool)
        depths = np.zeros(n, dtype=np.int64)
        for j in range(n):
            h, depth = up[j], 0
            while h >= 0 and depth < 32:
                under[h, j] = True
                h, depth = up[h], depth + 1
            depths[j] = depth
        has_kids = np.zeros(n, dtype=bool)
        has_kids[up[up >= 0]] = True
        kinds = np.array([_kind_mask(tuple(t.bodies)) for t in tasks], dtype=np.int64)
        subjects = np.array([subject_counts(t) for t in tasks], dtype=np.float64).reshape(n, len(_SUBJECTS))
        acts = np.array([_act_counts(t.text) for t in tasks], dtype=np.float64).reshape(n, len(_ACTS))
        named = np.array([bool(k) and body_heading(t) for t, k in zip(tasks, has_kids, strict=True)],
                         dtype=bool)
        objects = np.array([_object_counts(t.text) for t in tasks], dtype=np.float64)
        objects = objects.reshape(n, len(_OBJECTS))
        return Shape(up, depths, has_kids, under, kinds, subjects, acts, named, objects)


def _votes(text: np.ndarray, cs: Shape, ps: Shape, params: Params) -> np.ndarray:
    """A child heading goes where its bullets' best matches are, when the two headings are of one sort:
    both name a theme (no body), or both name bodies of a shared kind. A theme heading of 66-CTr/TU
    ('Tăng cường công tác xây dựng, chỉnh đốn Đảng') whose bullets land under seed 001's 'Đối với cấp
    ủy, tổ chức đảng' is not that body heading."""
    votes = np.zeros(text.shape)
    best = text.argmax(axis=1)
    anchored = text[np.arange(len(best)), best] >= params.anchor
    kids = (cs.up >= 0) & anchored
    if not kids.any():
        return votes
    # votes[a, b]: share of a's anchored bullets whose best parent task lies under b
    member = np.zeros((len(cs.up), int(kids.sum())))
    member[cs.up[kids], np.arange(int(kids.sum()))] = 1.0
    hits = member @ ps.under[:, best[kids]].T.astype(np.float64)
    count = member.sum(axis=1, keepdims=True)
    votes = _ratio(hits, count)
    c_any, p_any = cs.kinds[:, None] != 0, ps.kinds[None, :] != 0
    agree = (cs.kinds[:, None] & ps.kinds[None, :]) != 0
    same_sort = (c_any == p_any) & (~c_any | agree)
    return np.where(same_sort & ps.has_kids[None, :], votes, 0.0)


def _tree(aligned: np.ndarray, cs: Shape, ps: Shape) -> np.ndarray:
    """How well the two tasks' headings are aligned."""
    tree = aligned[cs.up][:, ps.up]
    return np.where((cs.up[:, None] >= 0) & (ps.up[None, :] >= 0), tree, 0.0)


def _bodies(cs: Shape, ps: Shape) -> np.ndarray:
    both = (cs.kinds[:, None] != 0) & (ps.kinds[None, :] != 0)
    agree = (cs.kinds[:, None] & ps.kinds[None, :]) != 0
    return np.where(both, np.where(agree, 1.0, -1.0), 0.0)


def _holders(subjects: np.ndarray, near: float) -> np.ndarray:
    """task × subject: the tasks of a plan that name the subject most (within `near` of the most)."""
    return (subjects > 0) & (subjects >= near * subjects.max(axis=0, keepdims=True))


def _only_holders(counts: np.ndarray, near: float) -> np.ndarray:
    """`_holders` where one task alone holds: a subject or act that two tasks name as often is no one's."""
    held = _holders(counts, near)
    return held & (held.sum(axis=0) == 1)


def _act_keys(shape: Shape, acts: Sequence[int]) -> np.ndarray:
    """task × (body kind, act): how often the task asks for the act, where it names that kind of body."""
    kinds = (shape.kinds[:, None] >> np.arange(len(BODY_KIND_RES))) & 1
    asked = shape.acts[:, list(acts)]
    return (kinds[:, :, None] * asked[:, None, :]).reshape(len(kinds), -1)


def _acts(cs: Shape, ps: Shape, params: Params) -> np.ndarray:
    """1 where the two tasks hold a (body kind, act) in common, each its plan's only holder: the closing
    items of two plans name the same bodies, and which of a body's items carries out which is said by
    what it is asked to do ('ban hành ... chương trình, kế hoạch' against 'xây dựng chương trình, kế
    hoạch'), in words the text signal weighs at 0.1 to 0.3 among the closing sections' boilerplate."""
    idx = [_ACTS.index(a) for a in params.acts]
    if not idx:
        return np.zeros((len(cs.kinds), len(ps.kinds)))
    held = [_only_holders(_act_keys(s, idx), params.near).astype(np.float64) for s in (cs, ps)]
    return ((held[0] @ held[1].T) > 0).astype(np.float64)


def _subjects(cs: Shape, ps: Shape, params: Params) -> np.ndarray:
    """1 where the two tasks hold a subject in common: the plan's bullet on the elderly and the other
    plan's bullet, bundle or footnote that names the elderly more than any other of its tasks. Mere
    mentions are no evidence ('giáo dục ... cho thế hệ trẻ' in the veterans' bullet): only the holders."""
    shared = _holders(cs.subjects, params.near).astype(np.float64) @ _holders(ps.subjects, params.near).T
    return (shared > 0).astype(np.float64)


def _objects(cs: Shape, ps: Shape, params: Params) -> np.ndarray:
    """1 where the child task holds a programme (`loaders.patterns.OBJECT_RE`) that the parent task alone
    holds in its plan. A child plan may split the programme over several tasks (131-KH/HU's social policies
    and its poverty plan), each carrying part of it; two parent tasks naming it as often say nothing of
    which one a child task carries out (measured with social security among the programmes: a district's
    State bullet and its Front's 'chương trình an sinh xã hội' tied, 38 false links on a synthetic
    cascade)."""
    child = _holders(cs.objects, params.near).astype(np.float64)
    parent = _only_holders(ps.objects, params.near).astype(np.float64)
    return ((child @ parent.T) > 0).astype(np.float64)


def _bundles(cs: Shape, ps: Shape, params: Params) -> np.ndarray:
    """child × parent: the child task is a bundle of strata and the parent task the bullet on one of them,
    each its plan's only holder of that stratum. A bundle names `bundle` or more subjects, none twice as
    often as the next ('đội ngũ thanh niên, phụ nữ, cựu chiến binh, doanh nhân, người cao tuổi', or a
    section that runs through every stratum); a bullet names its stratum at least twice as often as any
    other. A stratum's own bullet is no bundle for naming others in passing (the workers' bullet's
    'liên minh công nhân - nông dân - trí thức'), and a stratum that several tasks name as often is no
    one's."""
    c, p = cs.subjects, ps.subjects
    if params.bundle <= 0 or c.shape[1] < 2:
        return np.zeros((len(c), len(p)), dtype=bool)
    c_only, p_only = (_only_holders(x, params.near) for x in (c, p))
    c2, p2 = np.sort(c, axis=1)[:, -2:], np.sort(p, axis=1)[:, -2:]
    mixed = ((c > 0).sum(axis=1) >= params.bundle) & (c2[:, 1] < 2 * c2[:, 0])
    one = (p > 0) & (p == p2[:, 1:]) & (p2[:, 1:] >= 2 * p2[:, :1])
    return ((c_only & mixed[:, None]).astype(np.float64) @ (p_only & one).T.astype(np.float64)) > 0


def _deadlines(child: Sequence[AlignTask], parent: Sequence[AlignTask]) -> np.ndarray:
    c = np.array([t.deadline_kind if t.deadline_kind not in (None, "none") else "" for t in child])
    p = np.array([t.deadline_kind or "" for t in parent])
    return ((c[:, None] == p[None, :]) & (c[:, None] != "")).astype(np.float64)


def _marker_matrix(child: Sequence[AlignTask], parent: Sequence[AlignTask], params: Params) -> np.ndarray:
    """1 where the two tasks share a marker that few tasks of either side have."""
    marker = np.zeros((len(child), len(parent)))
    c_marks = [_markers(t.text) for t in child]
    p_marks = [_markers(t.text) for t in parent]
    c_freq = Counter(m for ms in c_marks for m in ms)
    p_freq = Counter(m for ms in p_marks for m in ms)
    rare = {m for m in c_freq.keys() & p_freq.keys()
            if c_freq[m] <= params.marker_max and p_freq[m] <= params.marker_max}
    holders = [(b, ms & rare) for b, ms in enumerate(p_marks) if ms & rare]
    for a, ms in enumerate(c_marks):
        for b, ps in holders if ms & rare else ():
            if ms & ps:
                marker[a, b] = 1.0
    return marker


def signals(child: Sequence[AlignTask], parent: Sequence[AlignTask], params: Params = PARAMS) -> Signals:
    """Every signal for every child × parent pair (`floor`, `near`, `anchor`, `marker_max`, `w_note` apply
    here)."""
    text = text_scores([t.text for t in child], [t.text for t in parent], params)
    cs, ps = Shape.of(child), Shape.of(parent)
    if not child or not parent:
        zero = np.zeros(text.shape)
        return Signals(text, zero, zero, zero, zero, zero, zero, zero, zero.astype(bool), zero, zero, zero,
                       (cs, ps))
    text = _with_notes(text, child, parent, params)
    votes = _votes(text, cs, ps, params)
    tree = _tree(np.maximum(text, votes), cs, ps)
    shape = np.where(cs.has_kids[:, None] == ps.has_kids[None, :], 1.0, -1.0)
    return Signals(text, votes, tree, _bodies(cs, ps), shape, _marker_matrix(child, parent, params),
                   _deadlines(child, parent), _subjects(cs, ps, params), _bundles(cs, ps, params),
                   _acts(cs, ps, params), sentence_pairs([t.text for t in child], [t.text for t in parent]),
                   _objects(cs, ps, params), (cs, ps))


def align(child: Sequence[AlignTask], parent: Sequence[AlignTask], params: Params = PARAMS,
          sig: Signals | None = None) -> list[Link]:
    """Links from child tasks to the parent tasks they carry out (or, for siblings, are the same as)."""
    if not child or not parent:
        return []
    sig = sig if sig is not None else signals(child, parent, params)
    score, text, votes = sig.score(params), sig.text, sig.votes
    chosen: dict[tuple[int, int], str] = {}
    top = score.max(axis=1)
    bundled = sig.bundle & (params.bundle > 0)
    for a, b in zip(*np.nonzero(score >= params.theta), strict=True):
        s = score[a, b]
        if s >= params.ratio * top[a] or text[a, b] >= params.theta_text or bundled[a, b]:
            if text[a, b] >= params.theta:
                chosen[(int(a), int(b))] = "text"
            elif votes[a, b] > text[a, b]:
                chosen[(int(a), int(b))] = "headings"
            else:
                chosen[(int(a), int(b))] = "text+structure"
    if params.theta_mutual <= 1.0:
        _mutual_best(text, sig.body, chosen, params)
    _fill_gaps(child, parent, text, chosen, params)
    _sections(*sig.trees, chosen, params)
    if params.lone_bullets:
        _lone_bullets(*sig.trees, chosen)
    _sentences_linked(sig, chosen, params)
    _orders_linked(sig, chosen, params)
    if params.body_headings:
        _body_headings_linked(*sig.trees, chosen)
    if params.counterparts:
        _counterparts_linked(text, *sig.trees, chosen)
    if params.follow_ups:
        _follow_ups_linked(*sig.trees, chosen)
    if params.objects:
        _objects_linked(sig, chosen)
    links = [Link(child[a].key, parent[b].key, round(max(0.0, min(1.0, float(score[a, b]))), 4), method)
             for (a, b), method in chosen.items()]
    return sorted(links, key=lambda k: (k.child, k.parent))


def _mutual_best(text: np.ndarray, body: np.ndarray, chosen: dict[tuple[int, int], str],
                 params: Params) -> None:
    """A child task and a parent task that no link reaches yet (`mutual_free`), each the other's best
    text match, are linked ('mutual') from `theta_mutual` on, below `theta`: a one-to-one pairing that no
    other task contests, where the alternative is to call one added and the other dropped. Not when they
    name bodies of different kinds: the closing tasks of two plans share their boilerplate ('xây dựng kế
    hoạch ... thực hiện Kế hoạch này') whoever they address."""
    reached = {b for _, b in chosen} if params.mutual_free >= 1 else set()
    linked = {a for a, _ in chosen} if params.mutual_free >= 2 else set()
    best_parent, best_child = text.argmax(axis=1), text.argmax(axis=0)
    for a, b in enumerate(best_parent):
        if (best_child[b] == a and b not in reached and a not in linked and text[a, b] >= params.theta_mutual
                and body[a, b] >= 0):
            chosen.setdefault((a, int(b)), "mutual")


def _sentences_linked(sig: Signals, chosen: dict[tuple[int, int], str], params: Params) -> None:
    """A parent bullet and a child task holding a pair of sentences each the other's best match across
    the two plans, from `theta_sentence`, are linked ('sentence'): the labels' partial link, "one of its
    sentences" carried out inside a longer task. Not a heading: its one sentence is a theme that many
    tasks restate ('xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh'). Two tasks naming bodies
    of a shared kind need less (`theta_sentence_body`): the Front's item on supervision and social
    criticism in a district's Front section, one sentence among eleven (0.37). So does a task no link
    reaches yet (`theta_sentence_free`): the threshold guards against a sentence said in passing by a task
    that carries out something else, and a task with nothing else is otherwise called added (131-KH/HU
    III.3.4, dialogue with the people, against 66-CTr/TU III.5.2's same order, 0.54). A heading's
    sentence said (nearly) word for word is carried out all the same (`theta_sentence_heading`):
    230-KH/ThU III.7's title is 66-CTr/TU II.5's second sentence (0.83)."""
    bullet = ~sig.trees[1].has_kids
    shared_body = min(params.theta_sentence, params.theta_sentence_body)
    theta = np.where(sig.body > 0, shared_body, params.theta_sentence)
    free = ~np.isin(np.arange(len(theta)), [a for a, _ in chosen])
    theta[free] = np.minimum(theta[free], params.theta_sentence_free)
    theta = np.where(bullet[None, :], theta, np.maximum(theta, params.theta_sentence_heading))
    for a, b in zip(*np.nonzero(sig.sentence >= theta), strict=True):
        chosen.setdefault((int(a), int(b)), "sentence")


def _orders_linked(sig: Signals, chosen: dict[tuple[int, int], str], params: Params) -> None:
    """Two tasks that each ask a body of one kind to study or disseminate the document and to make its own
    plan for it are linked ('acts'): the order a plan opens or closes with ('tổ chức nghiên cứu, quán
    triệt, xây dựng chương trình, kế hoạch cụ thể'), which every body carries out one level down in its own
    words, and which several items of one plan may give (the Party committees', the Front's), so that no
    single holder of the act exists (`_acts`)."""
    if not params.orders:
        return
    idx = [_ACTS.index(a) for a in params.orders]
    asked: list[np.ndarray] = [np.all(s.acts[:, idx] > 0, axis=1) for s in sig.trees]
    for a, b in zip(*np.nonzero(asked[0][:, None] & asked[1][None, :] & (sig.body > 0)), strict=True):
        chosen.setdefault((int(a), int(b)), "acts")


def _body_headings_linked(cs: Shape, ps: Shape, chosen: dict[tuple[int, int], str]) -> None:
    """A heading that only names a body ('Các Ban của Thành ủy') is linked to the one task of the other
    plan whose bodies are all of its kinds ('bodies'): the item that gives that body its share one level
    down ('Các Ban xây dựng Đảng và Văn phòng Huyện ủy theo chức năng, nhiệm vụ triển khai ...'). Two such
    tasks and the heading says nothing of which is which; and a task already linked outside the heading
    carries out what it is linked to (131-KH/HU's mass-mobilisation board item, the city's closing item
    for that board, not its heading of tasks)."""
    for heads, others, flip in ((ps, cs, False), (cs, ps, True)):
        fits = (others.kinds[:, None] != 0) & ((others.kinds[:, None] & ~heads.kinds[None, :]) == 0)
        for h in np.nonzero(heads.named & (fits.sum(axis=0) == 1))[0]:
            o = int(np.argmax(fits[:, h]))
            linked = [a for a, b in chosen if b == o] if flip else [b for a, b in chosen if a == o]
            if all(heads.under[h, x] for x in linked):
                chosen.setdefault((int(h), o) if flip else (o, int(h)), "bodies")


def _counterparts_linked(text: np.ndarray, cs: Shape, ps: Shape, chosen: dict[tuple[int, int], str]) -> None:
    """When every other rule has run, a task no link reaches that asks a body of one kind for an act, and
    the other plan's unlinked task asking a body of that kind for the same act, each the other's best text
    among such tasks, are linked ('counterparts'): what is left of two plans' closing items after the
    shared ones are placed is each body's own share in other words ('Ủy ban nhân dân thành phố căn cứ Kế
    hoạch này ban hành kế hoạch cụ thể' against 'Chỉ đạo các sở, ngành ... xây dựng chương trình, kế
    hoạch', text 0.10). `_acts` asks a plan's single holder of the act, which the closing items, each
    asking several bodies for plans, rarely are; leftovers on both sides are what narrows the field."""
    every = range(len(_ACTS))
    keys = [(_act_keys(s, every) > 0).astype(np.float64) for s in (cs, ps)]
    free = (~np.isin(np.arange(len(cs.kinds)), [a for a, _ in chosen]))[:, None] & \
        (~np.isin(np.arange(len(ps.kinds)), [b for _, b in chosen]))[None, :]
    fit = free & ((keys[0] @ keys[1].T) > 0) & (text > 0)
    masked = np.where(fit, text, -1.0)
    best_parent, best_child = masked.argmax(axis=1), masked.argmax(axis=0)
    for a, b in zip(*np.nonzero(fit), strict=True):
        if best_parent[a] == b and best_child[b] == a:
            chosen.setdefault((int(a), int(b)), "counterparts")


def _objects_linked(sig: Signals, chosen: dict[tuple[int, int], str]) -> None:
    """A child task holding a programme that the parent task alone holds (`_objects`) is linked to it
    ('objects'), unless they name bodies of different kinds: 131-KH/HU's 'Đẩy mạnh cải cách hành chính
    ...' and 66-CTr/TU's committee item '... duy trì chỉ số cải cách hành chính' (text 0.12). A rule
    run last, not a weight: weighed into the score it also moved which parents the ratio rule keeps, took
    two tasks from their mutual links and made the leave-one-out grid choose other thresholds."""
    for a, b in zip(*np.nonzero((sig.object > 0) & (sig.body >= 0)), strict=True):
        chosen.setdefault((int(a), int(b)), "objects")


_STAFF = sum(bit for kind, bit in _KIND_BIT.items() if kind.startswith("board") or kind == "officials")
"""The kinds of body that assist a plan's issuer rather than carry out its policies: the Party's boards and
office, officials and departments."""


def _follow_ups(shape: Shape) -> np.ndarray:
    """The tasks that ask only staff bodies (`_STAFF`) to check or follow up (`inspect`: 'theo dõi, đôn
    đốc, kiểm tra, giám sát') and to review or report ('sơ kết, tổng kết', 'báo cáo')."""
    inspect, review, report = (_ACTS.index(a) for a in ("inspect", "review", "report"))
    return ((shape.kinds != 0) & ((shape.kinds & ~_STAFF) == 0) & (shape.acts[:, inspect] > 0)
            & (shape.acts[:, review] + shape.acts[:, report] > 0))


def _follow_ups_linked(cs: Shape, ps: Shape, chosen: dict[tuple[int, int], str]) -> None:
    """A plan's closing section usually ends by charging one assisting body with following the plan up and
    reporting on it: a province's 'Ban Dân vận Tỉnh ủy ... theo dõi, đôn đốc, kiểm tra ...; định kỳ ...
    báo cáo', a commune's 'Công chức Văn phòng - Thống kê: là thường trực tham mưu ..., đôn đốc ...; thực
    hiện chế độ báo cáo', a department's 'Sở Y tế chủ trì ... theo dõi, đôn đốc ...; định kỳ tổng hợp, báo
    cáo Ủy ban nhân dân'. The body differs with the level (a commune has no Ban Dân vận) and so do the
    words (text 0.00), but the two plans' only such items are one duty ('follow-up'). Not when either plan
    has two: which is which is then unsaid."""
    fc, fp = _follow_ups(cs), _follow_ups(ps)
    if fc.sum() == 1 and fp.sum() == 1:
        chosen.setdefault((int(np.argmax(fc)), int(np.argmax(fp))), "follow-up")


def _sections(cs: Shape, ps: Shape, chosen: dict[tuple[int, int], str], params: Params) -> None:
    """A child task linked to `section_bullets` or more bullets of one parent heading at its own depth is
    that heading's section ('headings'): a district plan's section III.2 that holds 66-CTr/TU's bullets
    II.2.1-II.2.10 in its paragraphs is section II.2 in other words, though its first line is no match
    for II.2's title (the bullets take its sentences)."""
    if params.section_bullets <= 0:
        return
    spread: dict[tuple[int, int], int] = {}
    for a, b in chosen:
        h = int(ps.up[b])
        if h >= 0 and cs.depth[a] == ps.depth[h]:
            spread[(a, h)] = spread.get((a, h), 0) + 1
    for (a, h), n in sorted(spread.items()):
        if n >= params.section_bullets:
            chosen.setdefault((a, h), "headings")


def _lone_bullets(cs: Shape, ps: Shape, chosen: dict[tuple[int, int], str]) -> None:
    """A theme heading (it names no body) that no link reaches, with a bullet linked to a task of the other
    plan at the heading's own depth whose links all lie under the heading, is linked to that task
    ('headings'): 230-KH/ThU's section III.1, which opens on propaganda and carries out one bullet of
    66-CTr/TU's 'Tổ chức nghiên cứu, quán triệt, tuyên truyền', is that section's. `_sections` asks two
    bullets of any heading; one suffices when nothing else claims the heading and the task is its
    alone. Either side's heading: one plan's section may be the other's bullet."""
    snap = list(chosen)
    for heads, others, flip in ((ps, cs, False), (cs, ps, True)):
        pairs = [(a, b) for a, b in snap] if flip else [(b, a) for a, b in snap]  # (heading side, other)
        touched = {x for x, _ in pairs}
        held: dict[int, list[int]] = {}
        for x, o in pairs:
            held.setdefault(o, []).append(x)
        for x, o in pairs:
            h = int(heads.up[x])
            if (h >= 0 and h not in touched and not heads.kinds[h] and others.depth[o] == heads.depth[h]
                    and all(heads.under[h, y] for y in held[o])):
                chosen.setdefault((h, o) if flip else (o, h), "headings")


def _fill_gaps(child: Sequence[AlignTask], parent: Sequence[AlignTask], text: np.ndarray,
               chosen: dict[tuple[int, int], str], params: Params) -> None:
    """Under two aligned headings (or at the top), one unmatched bullet between aligned neighbours,
    facing exactly one unmatched parent bullet in the same place, is linked to it ('order')."""
    ci = {t.key: i for i, t in enumerate(child)}
    pi = {t.key: i for i, t in enumerate(parent)}
    ckids, pkids = _children(child), _children(parent)
    headings: list[tuple[str | None, str | None]] = [(None, None)]
    headings += sorted((child[a].key, parent[b].key) for a, b in chosen
                       if ckids.get(child[a].key) and pkids.get(parent[b].key))
    for c_head, p_head in headings:
        kc, kp = ckids.get(c_head, []), pkids.get(p_head, [])
        linked_c = {a for a, _ in chosen}
        linked_p = {b for _, b in chosen}
        pos_c = {ci[k]: n for n, k in enumerate(kc)}
        pos_p = {pi[k]: n for n, k in enumerate(kp)}
        fixed = sorted({(pos_c[a], pos_p[b]) for a, b in chosen if a in pos_c and b in pos_p})
        bounds = [(-1, -1), *fixed, (len(kc), len(kp))]
        for (i0, j0), (i1, j1) in zip(bounds, bounds[1:], strict=False):
            if i1 - i0 != 2 or j1 - j0 != 2:
                continue
            a, b = ci[kc[i0 + 1]], pi[kp[j0 + 1]]
            if a not in linked_c and b not in linked_p and text[a, b] >= params.gap:
                chosen[(a, b)] = "order"


def dropped(links: Iterable[Link], parent: Sequence[AlignTask]) -> list[str]:
    """Parent tasks that no child task carries out, neither them nor any task under them."""
    linked = {k.parent for k in links}
    return [p.key for p in parent if p.key not in linked and not (_below(p.key, parent) & linked)]


def added(links: Iterable[Link], child: Sequence[AlignTask]) -> list[str]:
    """Child tasks that carry out no parent task."""
    linked = {k.child for k in links}
    return [c.key for c in child if c.key not in linked]


# ---------------------------------------------------------------------------
# Sibling groups: "the same task in every province"
# ---------------------------------------------------------------------------

LEVEL_RANK = {"central": 4, "province": 3, "district": 2, "commune": 1}


def sibling_order(a: tuple[str, str | None], b: tuple[str, str | None]) -> tuple[str, str]:
    """(child, parent) roles for two sibling documents given as (uid, level): the higher level is the
    reference ('parent'); at one level, the larger uid. A pure function of the pair, so stored links do
    not depend on which plan was loaded first."""
    ka = (LEVEL_RANK.get(a[1] or "", 0), a[0])
    kb = (LEVEL_RANK.get(b[1] or "", 0), b[0])
    return (a[0], b[0]) if ka < kb else (b[0], a[0])


@dataclass(frozen=True)
class Member:
    doc: str
    task: str
    score: float
    core: bool


@dataclass(frozen=True)
class Group:
    key: str
    members: tuple[Member, ...]


Node = tuple[str, str]  # (document, task)
Edge = tuple[float, Node, Node]


def _edges(links: Mapping[tuple[str, str], Sequence[Link]]) -> list[Edge]:
    return [(k.score, (cd, k.child), (pd, k.parent)) for (cd, pd), ls in sorted(links.items()) for k in ls]


def _mutual(edges: Sequence[Edge]) -> list[Edge]:
    """Links whose two ends are each the other's best partner in the other document, strongest first."""
    best_of: dict[tuple[str, str, str], tuple[float, str]] = {}  # (doc, task, other doc) -> (-score, partner)
    for s, x, y in edges:
        for (d, t), (od, ot) in ((x, y), (y, x)):
            cand = (-s, ot)
            if cand < best_of.get((d, t, od), (1.0, "")):  # scores are at most 1
                best_of[(d, t, od)] = cand
    mutual = [e for e in edges if best_of[(*e[1], e[2][0])][1] == e[2][1]
              and best_of[(*e[2], e[1][0])][1] == e[1][1]]
    return sorted(mutual, key=lambda e: (-e[0], e[1], e[2]))


def _cores(mutual: Sequence[Edge]) -> tuple[list[list[Node]], dict[Node, float]]:
    """Union of mutual links, strongest first, never joining two tasks of one document."""
    root: dict[Node, Node] = {}
    docs: dict[Node, set[str]] = {}
    score_in: dict[Node, float] = {}

    def find(x: Node) -> Node:
        root.setdefault(x, x)
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    for s, x, y in mutual:
        rx, ry = find(x), find(y)
        dx, dy = docs.get(rx, {x[0]}), docs.get(ry, {y[0]})
        if rx == ry or dx & dy:
            continue
        root[ry] = rx
        docs[rx] = dx | dy
        for m in (x, y):
            score_in[m] = max(score_in.get(m, 0.0), s)
    cores: dict[Node, list[Node]] = {}
    for m in sorted(root):
        cores.setdefault(find(m), []).append(m)
    return [c for c in cores.values() if len(c) >= 2], score_in


def _outside(core: Sequence[Node], by_task: Mapping[Node, Sequence[tuple[float, Node]]]) -> list[Member]:
    """For each document outside the core, its task linked best to a core member (ties: smallest)."""
    core_docs = {d for d, _ in core}
    best: dict[str, tuple[float, Node]] = {}
    for m in core:
        for s, x in by_task.get(m, ()):
            if x[0] not in core_docs and (x[0] not in best or (-s, x) < (-best[x[0]][0], best[x[0]][1])):
                best[x[0]] = (s, x)
    return [Member(x[0], x[1], s, False) for s, x in best.values()]


def groups(links: Mapping[tuple[str, str], Sequence[Link]]) -> list[Group]:
    """Groups of sibling tasks from the pairwise links of sibling documents ((child doc, parent doc) →
    links between their tasks).

    The core of a group: tasks joined by mutual best links (each is the other's best partner in the
    other document), strongest first, never two tasks of one document. Then each other document joins
    with its task that scores best against a core member, if any links to it: a section of 230-KH/ThU
    that holds many bullets of 66-CTr/TU may so sit in several groups, outside their cores.
    """
    edges = _edges(links)
    cores, score_in = _cores(_mutual(edges))
    by_task: dict[Node, list[tuple[float, Node]]] = {}
    for s, x, y in edges:
        by_task.setdefault(x, []).append((s, y))
        by_task.setdefault(y, []).append((s, x))
    out = []
    for core in cores:
        members = [Member(d, t, round(score_in[(d, t)], 4), True) for d, t in sorted(core)]
        members += _outside(core, by_task)
        key = hashlib.sha1("\n".join(f"{d}\t{t}" for d, t in sorted(core)).encode()).hexdigest()[:12]
        out.append(Group(key, tuple(sorted(members, key=lambda m: (m.doc, m.task)))))
    return sorted(out, key=lambda g: g.key)
