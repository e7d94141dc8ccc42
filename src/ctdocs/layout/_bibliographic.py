"""The record a legal database prints about an act, set aside as noise (``metadata``).

EUR-Lex, EU Monitor, vLex and the legal portals of many countries print, above the
act's own text, a bibliographic record: short lines that pair a label of one to four
words with a value holding a date or a code (``Legal instrument Joint position
(JHA/CFSP)``, ``Published date28 December 2001``, ``Date de publication : …``),
consolidation stamps and number lines (``02001E0931 — FR — 15.11.2017 — 002.001``,
``OJ L 139, 29.5.2002, p. 4–5``), and label-only headings between them (``Key dates``,
``Title and reference``). None of it is the act (guidelines §5); the act's own date
and number may still be read from it (§6: the extractors read the whole text).

The record is known by its shape, the same on every portal:

- a *field*: a label made of record words (``layout.toml``, ``[page_records]``, French
  and English; a label may be glued to its value, as copied pages do) followed by a
  value with a digit or a code; a *code line*: almost only numbers, codes and
  separators; a *repeated field*: three lines or more that open with the same two
  words and each hold a number (``Special edition in Czech: Chapter 18 …``);
- a *label line*: a short line of record words only, no value;
- a *record run*: such lines, two fields at least, with at most two other lines
  between them, in the text's head: before its first sentence of prose, its first
  numbered line, or the second printing of a line (the act's title printed again
  where the act begins, or its dateline). Fields and label lines of a run are noise;
  the other lines (the title the record quotes) stay; a line another rule set aside
  already counts towards a run and keeps its reason. Below the act (after its last
  sentence, numbered line or signature) a gazette's record is a run too, of two
  labelled fields at least (``Filed 10-30-24; 8:45 am`` / ``Billing code …``): a page's
  foot repeats its running lines, which are no record;
- a dossier's *tabs*: bare numbers ``1.`` ``2.`` … each followed by its tab's short
  sections, those sections holding fields: the numbers and the sections are the
  page's, not clauses (the last tab opens the act, whose text stays), and so are the
  few lines above the first tab. A line printed again below (the act's title quoted
  in the record) stays;
- a page's *note* copied into the running text with its page break: a note number and
  a citation of codes only, with a date and a page (``1`` / ``OJ C 177, 18.5.2016,
  p. 51.``), after a line that ends no sentence: noise (``page-footer``).

The tabs settle the clauses too: a tab's number, noise here, never becomes a clause,
while the bare numbered headings of a text (whose sections hold prose, no fields) stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from .._knowledge import load_layout
from ..normalise._linekinds import drawn_rule, is_box_fence
from ..normalise._menulines import field_line

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["is_code_line", "is_field", "is_label_line", "mark"]

_REASON = "metadata"
_LABEL_MAX = 4  # record words in a label
_LABEL_LINE_MAX_WORDS = 6
_RUN_MIN_FIELDS = 2
_RUN_GAP = 2  # other lines a run may hold between two of its lines
_PROSE_MIN_WORDS = 8  # a sentence of prose ends the head
_REPEAT_MIN_WORDS = 4  # a line printed twice in the head: the act's title
_TEMPLATE_MIN = 3  # lines opening with the same two words: one field repeated
_CODE_MAX_WORDY = 0.2  # share of plain words a code line may hold
_SHORT_VALUE_WORDS = 4  # "Source : INTERIEUR": a labelled value without a number
_TITLE_RUN_WORDS = 3  # lower-case words after the codes that make a line a title
_TAB_MIN = 3  # bare numbers that make a dossier's tabs
_TAB_SECTION_MAX = 12  # lines under one tab (the last tab's, the act, excepted)
_TAB_HEAD_MAX = 5  # lines above the first tab
_TAB_HEAD_MAX_WORDS = 30

_TOKEN_RE = re.compile(r"\S+")
_GLUE_RE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý\d])")  # "date28", "PublicationGazzetta"
_ELISION_RE = re.compile(r"\b([dlDL]['\u2019])(?=\w)")  # "l'acte" → "l'", "acte"
_DIGIT_RE = re.compile(r"\d")
_CAPS_CODE_RE = re.compile(r"^\(?[A-Z]{2,}(?:[/-][A-Z0-9]+)+\)?[.,;]?$")  # (JHA/CFSP)
# a plain word: final, Journal, CONSEIL, (PESC); not OJ, p., JHA/CFSP
_WORDY_RE = re.compile(r"^\(?(?:[^\W\d_]*[a-zà-ÿ][^\W\d_]{2,}|[^\W\d_]{4,})\)?[.,;:]?$")
_TAB_RE = re.compile(r"^\d{1,2}\.?$")
_SENTENCE_END = (".", ";", ":", ",")
_STOPS = (".", ";", ":", "!", "?")
_CITED_RE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b.*\b(?:p|pp|S)\.\s*\d")  # date, page
_NOTE_RE = re.compile(r"^(\d{1,2})(?:\s+(\S.*))?$")  # "1", "1 OJ C 177, …"
_SENTENCE_BREAK_RE = re.compile(r"[a-zà-ÿ]{2}[.!?]\s+[A-ZÀ-Ý]")
_DATELINE_MAX_WORDS = 6
_DATE_END_RE = re.compile(r"(?:^|[\s.,/-])(?:1[89]|20)\d\d\.?$")  # ends with a year


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """Record words and the connecting words a label may hold between them ("of the")."""
    cues = load_layout().page_records
    words = {w.casefold() for ws in (cues.label_words if cues else {}).values() for w in ws}
    links = {w.casefold() for ws in (cues.label_links if cues else {}).values() for w in ws}
    return frozenset(words), frozenset(links)


def _tokens(text: str) -> list[str]:
    """The line's tokens, a label glued to its value split off ("date28" → "date", "28")."""
    return _ELISION_RE.sub(r"\1 ", _GLUE_RE.sub(" ", text)).split()


def _is_code(token: str) -> bool:
    return _DIGIT_RE.search(token) is not None or _CAPS_CODE_RE.match(token) is not None


def _label_end(tokens: Sequence[str]) -> int:
    """How many leading tokens form a label of record words (0: none)."""
    words, links = _lexicon()
    n = content = 0
    for tok in tokens[: _LABEL_MAX * 2]:
        if tok == ":" and content:
            n += 1
            break
        key = tok.strip(":").replace("\u2019", "'").casefold()
        if key in words:
            content += 1
        elif key not in links:
            break  # (a label may open with a link word: "In force:", "En vigueur :")
        n += 1
        if tok.endswith(":") or content == _LABEL_MAX:
            break
    while n and tokens[n - 1].strip(":").casefold() in links:
        n -= 1
    return n if content else 0


def _may_open_label(text: str) -> bool:
    """Whether the first of :func:`_tokens` of ``text`` (stripped) may open a label: a
    record word or a connecting word; where it is neither, :func:`_label_end` is 0. It is
    cut from the first word alone (the splits of ``_tokens`` never reach across a blank),
    not from the whole line: most lines are the text's, and a paragraph was cut whole for
    the look at its first word (the record tests are asked of every line of the head
    and the tail)."""
    first = text.split(None, 1)
    if not first:
        return False
    key = _tokens(first[0])[0].strip(":").replace("\u2019", "'").casefold()
    words, links = _lexicon()
    return key in words or key in links


def _glued_label(text: str) -> bool:
    """The label's last word runs into a value without a break ("Subject Matterpolitica")."""
    words, _links = _lexicon()
    toks = text.split()
    if len(toks) < 2 or toks[0].casefold() not in words:
        return False
    last = toks[1].casefold()
    return any(last.startswith(w) and len(last) > len(w) + 2 for w in words)


def is_field(text: str) -> bool:
    """A label of record words, then a value holding a date or a code."""
    if not _may_open_label(text):
        return False
    toks = _tokens(text.strip())
    n = _label_end(toks)
    if not 0 < n < len(toks):
        return False
    if not toks[n - 1].endswith(":") and toks[n] in _lexicon()[1]:
        return False  # a phrase that runs on ("Act of 23 March 2023 …"), no label
    codes = [k for k in range(n, len(toks)) if _is_code(toks[k])]
    if not codes:
        return False
    # a title runs on in words after its number and date ("Act No. 15 of 12 June 2024
    # on port security"); a field's value ends on its codes ("Filed 10-30-24; 8:45 am")
    after = toks[codes[-1] + 1 :]
    return len(after) < _TITLE_RUN_WORDS or not all(t.isalpha() and t.islower() for t in after)


def is_label_line(text: str) -> bool:
    """A short line of record words alone ("Key dates", "Title and reference"), or a
    label glued to a value without a number ("Subject Matterpolitica estera …")."""
    t = text.strip()
    if t.endswith(_SENTENCE_END[:2]):
        return False
    if not _may_open_label(t):
        return _glued_label(t)  # (no label: the two tests below need one)
    toks = _tokens(t)
    n = _label_end(toks)
    if len(toks) <= _LABEL_LINE_MAX_WORDS and n == len(toks) > 0:
        return True
    if n and toks[n - 1].endswith(":") and len(toks) - n <= _SHORT_VALUE_WORDS:
        return True  # "Source : INTERIEUR"
    return _glued_label(t)


def is_code_line(text: str) -> bool:
    """Almost only numbers, codes and separators (``31-12-9999``, ``32001E0931``,
    ``OJ L 139, 29.5.2002, p. 4–5``): no more than one plain word in four."""
    if _DIGIT_RE.search(text) is None:
        return False  # (a digit is in a token: the line is not cut for the look)
    toks = _TOKEN_RE.findall(text)
    if not toks or not any(_DIGIT_RE.search(t) for t in toks):
        return False
    wordy = sum(1 for t in toks if _WORDY_RE.match(t))
    return wordy / len(toks) <= _CODE_MAX_WORDY


def _numbered(u: Unit) -> bool:
    return u.marker is not None and u.marker.kind != "bullet"


def _is_tab(u: Unit) -> bool:
    return u.noise is None and _TAB_RE.match(u.text.strip()) is not None


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def mark(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """Set aside the record of the page that holds the act (see the module's doc)."""
    _mark_tabs(units, protected)
    _mark_runs(units, protected)
    _mark_fenced(units)
    _mark_page_notes(units)


# ---------------------------------------------------------------- fenced records

_FENCE_REACH = 40  # the record box opens within the page's first units
_FENCE_MIN_FIELDS = 3


def _mark_fenced(units: Sequence[Unit]) -> None:
    """A box drawn between two rules at the page's top, each of its lines a field
    (``Juridiction : …``, ``Date : …``, ``Mots-clés : …``, ``Mise en ligne : …``): a
    database's record of the decision, whatever its labels (the lexicon knows a few, and
    those fields are set aside already). A box holding a line that is no field (a title,
    a sentence) is the text's; a line the head rules protect (a dateline) keeps its place."""
    rules = [i for i, u in enumerate(units[:_FENCE_REACH]) if drawn_rule(u.text)]
    for a, b in pairwise(rules):
        box = units[a + 1 : b]
        if len(box) < _FENCE_MIN_FIELDS or not all(field_line(u.text) for u in box):
            continue
        for u in box:
            u.noise = u.noise or _REASON


# ---------------------------------------------------------------- dossier tabs


def _tabs(units: Sequence[Unit]) -> list[int]:
    """Indexes of the bare numbers 1., 2., 3. … that follow each other first in the text."""
    out: list[int] = []
    for i, u in enumerate(units):
        if _is_tab(u) and int(u.text.strip().rstrip(".")) == len(out) + 1:
            out.append(i)
        elif out and u.noise is None and _numbered(u) and not _is_tab(u):
            break  # the act's own numbering: the tabs are behind
    return out


def _mark_tabs(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    tabs = _tabs(units)
    if len(tabs) < _TAB_MIN:
        return
    sections = [range(a + 1, b) for a, b in pairwise(tabs)]
    if any(len(s) > _TAB_SECTION_MAX for s in sections):
        return
    filled = [s for s in sections if any(is_field(units[k].text) for k in s)]
    if len(filled) < _RUN_MIN_FIELDS:
        return
    head = range(tabs[0])
    if len(head) > _TAB_HEAD_MAX or any(
        len(units[k].text.split()) > _TAB_HEAD_MAX_WORDS for k in head
    ):
        head = range(0)
    later = {_key(u.text) for u in units[tabs[-1] + 1 :]}
    for k in [*(k for k in head if not protected(units[k])), *(k for s in sections for k in s)]:
        u = units[k]
        if u.noise is None and _key(u.text) not in later:
            u.noise = _REASON
    for k in tabs:
        units[k].noise = _REASON


# ---------------------------------------------------------------- record runs


def _head_end(units: Sequence[Unit]) -> int:
    """Where the text's head ends: its first prose sentence or numbered line, or a line
    printed a second time (the act's title again, where the act begins)."""
    seen: set[str] = set()
    for i, u in enumerate(units):
        if u.noise is not None:
            continue
        t = u.text.strip()
        n = len(t.split())
        if _numbered(u) or _TAB_RE.match(t):
            return i
        if n >= _PROSE_MIN_WORDS and _prose(t) and not is_field(t):
            return i
        if n <= _DATELINE_MAX_WORDS and _DATE_END_RE.search(t) and not _recordish(t):
            return i  # the act's own date line: "Brussels, 2.12.2015", "du 27 mai 2002"
        key = _key(t)
        if n >= _REPEAT_MIN_WORDS and key in seen:
            return i
        seen.add(key)
    return len(units)


def _prose(text: str) -> bool:
    """A sentence: it ends like one, or one ends inside it."""
    return text.endswith(_SENTENCE_END) or _SENTENCE_BREAK_RE.search(text) is not None


def _recordish(text: str) -> bool:
    return is_field(text) or is_code_line(text) or is_label_line(text)


def _templated(units: Sequence[Unit], idx: Sequence[int]) -> set[int]:
    """Lines that open with the same two words as two neighbours or more and hold a
    number: one field printed for each edition or language."""
    out: set[int] = set()
    k = 0
    while k < len(idx):
        first = units[idx[k]].text.split()[:2]
        j = k
        while j < len(idx) and units[idx[j]].text.split()[:2] == first:
            j += 1
        group = [i for i in idx[k:j] if _DIGIT_RE.search(units[i].text)]
        if len(first) == 2 and len(group) >= _TEMPLATE_MIN:
            out.update(group)
        k = max(j, k + 1)
    return out


def _tail_start(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> int:
    """Where the text's tail begins: after its last prose sentence, numbered line or
    closing line (a signature, a dateline)."""
    for i in range(len(units) - 1, -1, -1):
        u = units[i]
        if u.noise is not None:
            continue
        t = u.text.strip()
        prose = len(t.split()) >= _PROSE_MIN_WORDS and _prose(t) and not is_field(t)
        if prose or _numbered(u) or protected(u):
            return i + 1
    return len(units)


def _mark_runs(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """Runs of record lines in the head and in the tail (the record a gazette prints
    under the act: "Filed 10-30-24; 8:45 am"); lines another rule set aside already
    count towards a run ("Document 32023D2104" as chrome) but keep their reason."""
    head = _head_end(units)
    _mark_runs_in(units, range(head), protected, 1)
    tail = range(max(head, _tail_start(units, protected)), len(units))
    # a page's foot repeats its running lines ("Edition C Version 1", "1-2"): two labelled
    # fields at least make a record there
    _mark_runs_in(units, tail, protected, _RUN_MIN_FIELDS)


def _mark_runs_in(
    units: Sequence[Unit], idx: Sequence[int], protected: Callable[[Unit], bool], labelled: int
) -> None:
    templated = _templated(units, [i for i in idx if units[i].noise is None])
    run: list[tuple[int, bool]] = []  # (unit, is a field) for the run's lines
    gap = 0
    for i in idx:
        u = units[i]
        if u.noise is not None and is_box_fence(u.text.strip()):
            # a box's fence: the record does not run into the box, whose lines say by
            # themselves what they are ("!!!info About this version" over "Version 3.2 …")
            _close(units, run, labelled)
            run, gap = [], 0
            continue
        if u.noise is not None:
            if is_field(u.text) or is_code_line(u.text):
                run.append((i, True))
                gap = 0
            continue
        if protected(u):
            _close(units, run, labelled)
            run, gap = [], 0
            continue
        field = is_field(u.text) or is_code_line(u.text) or i in templated
        if field or is_label_line(u.text):
            run.append((i, field))
            gap = 0
        elif run and gap < _RUN_GAP:
            gap += 1
        else:
            _close(units, run, labelled)
            run, gap = [], 0
    _close(units, run, labelled)


def _close(units: Sequence[Unit], run: list[tuple[int, bool]], labelled: int) -> None:
    """Mark the run if it holds two fields, ``labelled`` of them with a label."""
    fields = [i for i, field in run if field]
    if len(fields) < _RUN_MIN_FIELDS or sum(is_field(units[i].text) for i in fields) < labelled:
        return
    for i, _field in run:
        if units[i].noise is None:
            units[i].noise = _REASON


# ---------------------------------------------------------------- a page's notes


def _mark_page_notes(units: Sequence[Unit]) -> None:
    """A note number with a reference that is only codes (``1 OJ C 177, 18.5.2016, p.
    51.``, on one line or two) cutting a sentence that runs on: the note at the foot of
    a page whose text was copied with its page breaks, not the text."""
    for i in range(1, len(units) - 1):
        u, prv = units[i], units[i - 1]
        if u.noise is not None or prv.noise is not None or prv.text.rstrip().endswith(_STOPS):
            continue
        m = _NOTE_RE.match(u.text.strip())
        if m is not None and m.group(2) and _reference(m.group(2)):
            u.noise = "page-footer"
        elif m is not None and not m.group(2):
            ref = units[i + 1]
            if ref.noise is None and not _numbered(ref) and _reference(ref.text):
                u.noise = ref.noise = "page-footer"


def _reference(text: str) -> bool:
    """A citation of a published text: codes only, with a date and a page to them."""
    return is_code_line(text) and _CITED_RE.search(text) is not None
