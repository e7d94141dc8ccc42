"""Noise by features: page stamps, tables of contents, separators and site chrome.

Site chrome differs from site to site, but not in kind: it is short, poor in function
words, rich in interface words (page, share, download, views), link-like (file names,
domains), unpunctuated, repeated, and it stands before or after the document's main
block of prose, next to other chrome. As in boilerpipe and jusText, each line is scored
from such shallow features and the score is compared with a threshold; the weights and
the threshold are fitted on the development corpus (``benchmarks/lofo_noise.py``, which
reports them leave-one-family-out) and kept in ``layout.toml`` with the word lists.

A few shapes are certain enough to be rules: a page's own stamp (``Last updated: …``,
``• 11 Jul. 2018 -``) is ``metadata``; dot leaders ending in a page number, and the
heading of a contents list, are ``toc``; a line with no letter or digit is a separator
(``markup``). (Image file names are found by the normaliser, repository markup by
the layout stage.)

What is never scored: numbered lines (clauses), the document's head (symbols,
distribution lines, dates, mastheads: ``is_front_matter``), signatures, and every line
already classed by the layout stage.
"""

from __future__ import annotations

import operator
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from sys import intern
from typing import TYPE_CHECKING

from .._knowledge import any_of, load_layout
from ._bodyrows import MenuRows
from ._chromelines import mark_foreign_head, mark_open_chrome, mark_site_names
from ._footnotes import mark_called_notes, mark_footnote_zones
from ._furniture import ends_sentence as _ends_sentence
from ._furniture import has_dot_leader as _has_dot_leader
from ._furniture import (
    is_contact,
    is_leader_row,
    is_local_contact,
    mark_banners,
    mark_field_blocks,
    mark_running_lines,
    mark_slug_titles,
    mark_title_bar,
    mark_toc_zone,
    page_foot,
)
from ._furniture import key as _key
from ._furniture import scorable as _scorable
from ._linekeys import has_pipes as _has_pipes
from ._linekeys import paged_prose
from ._linkmenus import mark_link_bars, mark_link_menus
from ._menugaps import mark_menu_gaps
from ._pictures import mark_charts, mark_cloud_gaps, mark_shattered
from ._recordtables import mark_record_tables
from ._tailboxes import mark_tail_boxes
from ._toczone import heads_prose
from ._unit import word_tokens
from ._webtails import mark_chrome_glosses, mark_page_boxes

if TYPE_CHECKING:
    from .._knowledge import BoilerplateModel
    from ._unit import Unit

__all__ = ["FEATURES", "Lexicon", "candidates", "features", "lexicon", "mark", "rules"]

FEATURES = (
    "short",  # at most 3 words
    "medium",  # 4 to 12 words
    "stop",  # share of stop words (document's language)
    "ui",  # share of interface words
    "ui_any",  # at least one interface word
    "link",  # a URL, domain or file name
    "sentence",  # ends like a sentence
    "caps",  # share of capitalised words
    "digits",  # share of tokens that are numbers
    "pipes",  # inner separators: | · • > (menus, breadcrumbs)
    "repeated",  # the same line occurs elsewhere in the document
    "head",  # before the document's first prose line
    "tail",  # after its last prose line
    "foreign",  # a long line with almost no stop word of the document's language
    "heading",  # a Markdown heading
    "bullet",  # opens with a bullet
    "ui_dense",  # a short unpunctuated line, a third or more of it interface words
    "head_bare",  # a short unpunctuated line without function words, before the prose
    "run",  # inside a run of very short lines (menus, sidebars, word clouds)
    "template",  # the line's shape recurs three times or more (a list of links or editions)
    "top",  # among the first three lines of the text
    "prev_noise",  # the line before is already noise (chrome, stamp, markup)
    "next_noise",  # the line after is already noise
)

# A URL, an e-mail address, a domain or a file name, found from its ":", "." or "@" (fast).
_LINK_RE = re.compile(
    r":(?<=http:)//|:(?<=https:)//|\.(?<=www\.)|@(?<=\w@)(?=\w)"
    r"|\.(?<=\w\.)(?:com|org|net|int|eu|fr|pdf|png|jpe?g|gif|html?|docx?)\b",
    re.IGNORECASE,
)
_SEPARATOR_RE = re.compile(r"^[\s|\u2014\u2013\u2012\u2015\u2500\-_*=~•·.]+$")
# A date block line: "11 Jul. 2018 -", "27-Aug-2018 09:16", "12 mars, 2019, 10:30 HE", a date
# left dangling on a dash.
_DATE_RE = re.compile(
    r"\b\d{1,2}(?:er)?[\s./-]+(?:[^\W\d_]{3,9}\.?|\d{1,2})[\s./,-]+\d{2,4}\b"
    r"|\b[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+\d{4}\b|\b[^\W\d_]{3,9}\s+\d{4}\b",
)
_TIME_RE = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
_DANGLING_RE = re.compile(r"[-\u2013\u2014|]\s*$")
_STAMP_MAX_WORDS = 12
_SHORT_WORDS = 12  # a "short" line for the combined features
_RUN_WORDS = 4  # a line of a menu, sidebar or word cloud
_RUN_MIN = 4  # lines in a run
_RUN_FULL = 12  # a run this long counts fully
_TEMPLATE_MIN = 3  # lines sharing one shape
_TEMPLATE_RUN = 4  # lines in a row sharing one shape
_SHAPE_MAX = 30  # longer lines are prose, never a template
_CANDIDATE_MAX_WORDS = 60  # a longer line is a paragraph of the text, never chrome
_TOP_LINES = 3
_DATE_LINE_MAX_WORDS = 5
_MASK = (1 << 32) - 1  # one language's count in a packed sum (a count never reaches it)


@dataclass(frozen=True, slots=True)
class Lexicon:
    stop: dict[str, frozenset[str]]
    ui: frozenset[str]
    stamp: re.Pattern[str]
    issue: re.Pattern[str] | None  # an official journal's issue line (a kind of stamp)
    toc: frozenset[str]
    copies: frozenset[str]  # the headings of a distribution list ("Ampliations :")
    model: BoilerplateModel
    weights: tuple[float, ...]  # the model's weights in the order of FEATURES
    all_stop: frozenset[str]  # the function words of every language
    shared_stop: frozenset[str]  # function words of two languages or more ("on", "a")
    packed: dict[str, int]  # a function word's languages: bit 32 k for ``stop``'s k-th


@cache
def lexicon() -> Lexicon | None:
    """The word lists and the fitted scorer of ``layout.toml`` (None: scoring is off)."""
    model = load_layout().boilerplate
    return None if model is None else lexicon_for(model)


_SENTENCE_WORDS = 10


def lexicon_for(model: BoilerplateModel) -> Lexicon:
    stop = {lang: frozenset(w.casefold() for w in ws) for lang, ws in model.stop_words.items()}
    ui = frozenset(w.casefold() for ws in model.interface_words.values() for w in ws)
    cues = [*model.stamp_cues, *model.issue_cues]
    stamp = re.compile(any_of(cues, empty=""), re.IGNORECASE)
    issue = re.compile(any_of(model.issue_cues), re.IGNORECASE) if model.issue_cues else None
    toc = frozenset(_key(x) for x in model.toc_headings)
    copies = frozenset(_key(x) for x in model.distribution_headings)
    weights = tuple(model.weights.get(name, 0.0) for name in FEATURES)
    all_stop = frozenset(w for ws in stop.values() for w in ws)
    seen = Counter(w for ws in stop.values() for w in ws)
    shared = frozenset(w for w, n in seen.items() if n > 1)
    packed = {w: sum(1 << 32 * k for k, ws in enumerate(stop.values()) if w in ws) for w in seen}
    return Lexicon(stop, ui, stamp, issue, toc, copies, model, weights, all_stop, shared, packed)


def _words(text: str) -> list[str]:
    """The line's tokens, each word one string however often the page repeats it: the
    tokens of every line are kept while the page is classed (ten times its size as
    separate strings)."""
    return list(map(intern, word_tokens(text)))


def _bare(u: Unit) -> str:
    """The unit's text without its bullet."""
    if u.marker is not None and u.marker.kind == "bullet":
        return u.text[u.marker.end :].strip()
    return u.text.strip()


# ---------------------------------------------------------------- rules


def rules(units: Sequence[Unit], lex: Lexicon, protected: Callable[[Unit], bool]) -> None:
    """Stamps, tables of contents, separators and images: shapes certain enough to be rules."""
    after_stamp = False
    copies = False  # under a distribution list's heading: its leaders count copies
    is_menu_at = MenuRows(units)
    for i, u in enumerate(units):
        if u.noise is not None:
            after_stamp = False
            continue
        bare = _bare(u)
        bullet = u.marker is not None and u.marker.kind == "bullet"
        nwords = len(bare.split()) if bullet else u.words()  # (the unit counts its words once)
        numbered = u.marker is not None and not bullet
        leader = _has_dot_leader(u.text) and not paged_prose(u.text)
        # the list runs on over its leader lines and its items ("- ANR ... 1")
        copies = (copies and (leader or bullet)) or (nwords <= 3 and _key(bare) in lex.copies)
        if copies:
            pass
        elif leader or (nwords <= 4 and _key(bare) in lex.toc and not heads_prose(units, i)):
            u.noise = "toc"
        elif numbered:
            pass
        elif _SEPARATOR_RE.match(u.text):
            u.noise = "markup"
        elif is_menu_at(i) and not protected(u):
            u.noise = "navigation"
        elif is_contact(bare) and not protected(u):
            u.noise = "boilerplate"
        elif nwords <= _STAMP_MAX_WORDS and lex.stamp.match(bare):
            u.noise = "metadata"
        elif after_stamp and nwords <= _DATE_LINE_MAX_WORDS and _DATE_RE.search(bare):
            u.noise = "metadata"  # "Published Date:" then "September 2003"
        elif _is_date_block(u, bare, nwords) and not protected(u):
            u.noise = "metadata"
        # a stamp with no date of its own gives it on the next line
        after_stamp = (
            u.noise == "metadata"
            and lex.stamp.match(bare) is not None
            and not _DATE_RE.search(bare)
        )
    mark_charts(units)
    mark_shattered(units, lex.all_stop)
    mark_slug_titles(units, protected)
    mark_title_bar(units, protected)
    mark_toc_zone(units, lex.toc)
    mark_running_lines(units, protected)
    mark_footnote_zones(units)
    mark_called_notes(units)
    # A separator inside a date block ("• |" between "• 11 Jul. 2018 -" and the stamp).
    for i, u in enumerate(units):
        if u.noise == "markup" and any(v.noise == "metadata" for v in units[max(0, i - 2) : i + 3]):
            u.noise = "metadata"


def _is_date_block(u: Unit, bare: str, nwords: int) -> bool:
    """A bulleted or dangling date line ("• 11 Jul. 2018 -"), or a date with a time of day."""
    if nwords > _DATE_LINE_MAX_WORDS + 2 or not _DATE_RE.search(bare):
        return False
    return bool(_DANGLING_RE.search(bare) or (_TIME_RE.search(bare) and nwords <= 8))


# ---------------------------------------------------------------- features


@dataclass(slots=True)
class _Doc:
    """What every feature needs, computed once per document: tokens, language, prose lines."""

    nlow: list[int]  # words (no numbers) of each unit, case-folded, bullet dropped; 0: noise
    stop: frozenset[str]  # stop words of the document's language
    good: list[bool]  # prose lines (jusText's "good")
    units: Sequence[Unit]
    protected: Callable[[Unit], bool] | None
    _prot: dict[int, bool]
    _toks: dict[int, list[str]]
    _shapes: dict[int, str]

    def tok(self, i: int) -> list[str]:
        """Tokens (words and numbers, case kept) of a unit: asked only of short lines."""
        got = self._toks.get(i)
        if got is None:
            got = self._toks[i] = _words(_bare(self.units[i]))
        return got

    def shape(self, i: int) -> str:
        """The unit's shape (see ``_shape``), computed once: the template tests and the
        features both ask for it."""
        got = self._shapes.get(i)
        if got is None:
            got = self._shapes[i] = _shape(self.tok(i))
        return got

    def ntok(self, i: int, limit: int) -> int:
        """The unit's token count, or limit + 1 when it has more words than limit."""
        return self.nlow[i] if self.nlow[i] > limit else len(self.tok(i))

    def words(self, i: int) -> list[str]:
        """The unit's words (``nlow`` counts them), found again when asked: only a
        candidate's are, once (keeping every short line's was a fifth of the context's
        time); none of a line that was noise when the context was made."""
        return self.units[i].alphas() if self.nlow[i] else []

    def prot(self, i: int) -> bool:
        """The document's head and close (never boilerplate); asked only where it matters."""
        if self.protected is None:
            return False
        got = self._prot.get(i)
        if got is None:
            got = self._prot[i] = self.protected(self.units[i])
        return got


def _context(
    units: Sequence[Unit], lex: Lexicon, protected: Callable[[Unit], bool] | None = None
) -> _Doc:
    # words of the open lines only: noise takes no part in language or prose tests
    nlow: list[int] = []
    hits: list[int] = []  # each line's stop words of each language, packed (``packed``)
    get = lex.packed.get
    for u in units:
        # the words of the unit's folded text (made once per unit): the same runs of
        # letters as ``_bare(u).casefold()``'s (neither a bullet nor a blank is a letter)
        ws = u.alphas() if u.noise is None else []
        nlow.append(len(ws))
        hits.append(sum(map(get, ws, repeat(0))))  # one sum for all (a dict was a third)
    total = sum(hits)  # the document's stop words, line by line: the sums of its words
    counts = {lang: total >> 32 * k & _MASK for k, lang in enumerate(lex.stop)}
    lang = max(sorted(counts), key=lambda k: counts[k]) if counts else ""
    stop = lex.stop.get(lang, frozenset())
    shift = 32 * list(lex.stop).index(lang) if lang in lex.stop else 32 * len(lex.stop)
    m = lex.model
    good = [
        u.noise is None and n >= m.good_min_words and (h >> shift & _MASK) / n >= m.good_min_stop
        for u, n, h in zip(units, nlow, hits, strict=True)
    ]
    return _Doc(nlow, stop, good, units, protected, {}, {}, {})


def _shape(toks: list[str]) -> str:
    """The line's shape: a capitalised word, a lower-case word or a number, token by token."""
    return "".join(["0" if w.isdigit() else ("A" if w[0].isupper() else "a") for w in toks])


def _runs(flags: list[bool]) -> list[int]:
    """For each position, the length of the run of True it stands in (0 where False)."""
    out = [0] * len(flags)
    i = 0
    while i < len(flags):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j < len(flags) and flags[j]:
            j += 1
        for k in range(i, j):
            out[k] = j - i
        i = j
    return out


@dataclass(slots=True)
class _Tables:
    """Document-wide counts the features read, built in one pass over the units."""

    first: int  # first prose line
    last: int  # last prose line
    seen: Counter[str]  # how often each line's text occurs
    shape_of: dict[int, str]
    shapes: Counter[str]
    runs: list[int]  # length of the run of very short lines each unit stands in
    noisy: list[bool]


def _tables(units: Sequence[Unit], d: _Doc) -> _Tables:
    good = [i for i, g in enumerate(d.good) if g]
    first, last = (good[0], good[-1]) if good else (len(units), -1)
    shape_of: dict[int, str] = {}
    shapes: Counter[str] = Counter()
    run_flags: list[bool] = []
    for i, u in enumerate(units):
        nlow = d.nlow[i]
        if nlow <= _SHAPE_MAX and d.ntok(i, _SHAPE_MAX) >= 3:
            shape_of[i] = d.shape(i)
            shapes[shape_of[i]] += 1
        run_flags.append(
            nlow <= _RUN_WORDS
            and u.noise is None
            and u.marker is None
            and d.ntok(i, _RUN_WORDS) > 0
            and not _ends_sentence(u.text)
        )
    seen = Counter(u.text for u in units)
    noisy = [u.noise is not None for u in units]
    return _Tables(first, last, seen, shape_of, shapes, _runs(run_flags), noisy)


def features(
    units: Sequence[Unit], lex: Lexicon, doc: _Doc | None = None, only: Sequence[int] | None = None
) -> list[tuple[float, ...]]:
    """Feature vectors in the order of ``FEATURES``: of every unit, or of the units ``only``."""
    d = doc if doc is not None else _context(units, lex)
    t = _tables(units, d)
    return [_vector(units, i, lex, d, t) for i in (range(len(units)) if only is None else only)]


def _vector(units: Sequence[Unit], i: int, lex: Lexicon, d: _Doc, t: _Tables) -> tuple[float, ...]:
    """One line's features, each computed once from its tokens and the document's tables."""
    u, toks, low = units[i], d.tok(i), d.words(i)
    n, na = len(toks), max(len(low), 1)
    stop_share = len([w for w in low if w in d.stop]) / na
    ui_n = len([w for w in low if w in lex.ui])
    end = _ends_sentence(u.text)
    short_open = n <= _SHORT_WORDS and not end and u.line.heading_level is None
    return (
        float(n <= 3),
        float(4 <= n <= 12),
        stop_share,
        ui_n / na,
        float(ui_n > 0),
        float(bool(_LINK_RE.search(u.text))),
        float(end),
        len([w for w in toks if w[0].isupper()]) / na,
        (n - len(low)) / max(n, 1),
        float(_has_pipes(_bare(u))),
        float(t.seen[u.text] > 1 and n > 1),
        float(i < t.first),
        float(i > t.last),
        float(len(low) >= 8 and stop_share < 0.05),
        float(u.line.heading_level is not None),
        float(u.marker is not None),
        float(short_open and ui_n / na >= 0.3),
        float(short_open and i < t.first and stop_share < 0.15),
        min(t.runs[i], _RUN_FULL) / _RUN_FULL if t.runs[i] >= _RUN_MIN else 0.0,
        float(i in t.shape_of and t.shapes[t.shape_of[i]] >= _TEMPLATE_MIN),
        float(i < _TOP_LINES),
        float(i > 0 and t.noisy[i - 1]),
        float(i + 1 < len(units) and t.noisy[i + 1]),
    )


def score(vec: tuple[float, ...], lex: Lexicon) -> float:
    """The line's boilerplate score: bias plus the weighted features."""
    return float(lex.model.bias + sum(map(operator.mul, lex.weights, vec)))


# ---------------------------------------------------------------- the pass


def candidates(units: Sequence[Unit], doc: _Doc) -> list[int]:
    """The units the scorer classes: open, unnumbered, not protected, not inside prose."""
    inside = _inside_prose(units, doc)
    return [
        i
        for i, u in enumerate(units)
        if not inside[i]
        and doc.nlow[i] <= _CANDIDATE_MAX_WORDS
        and _scorable(u)
        and not doc.prot(i)
    ]


def mark(
    units: Sequence[Unit], protected: Callable[[Unit], bool], lex: Lexicon | None = None
) -> None:
    """Class the units the layout stage left open: rules first, then the fitted scorer."""
    lex = lex if lex is not None else lexicon()
    if lex is None or not units:
        return
    rules(units, lex, protected)
    doc = _context(units, lex, protected)
    mark_link_menus(units, _outside_prose(doc), protected)
    mark_field_blocks(units, _outside_text(units, doc), doc.good, protected, _outside_prose(doc))
    mark_tail_boxes(units, doc.good, protected)
    mark_record_tables(units, doc.good, protected)
    mark_page_boxes(units, doc.good, protected)
    for u in units:
        if u.noise is None and is_local_contact(_bare(u)) and not protected(u):
            u.noise = "boilerplate"
    _mark_template_runs(units, doc)
    model = lex.model
    idx = candidates(units, doc)
    for i, vec in zip(idx, features(units, lex, doc, idx), strict=True):
        if score(vec, lex) >= model.threshold:
            units[i].noise = "boilerplate"
    _smooth(units, doc, model.neighbour_max_words)
    mark_cloud_gaps(units)
    mark_chrome_glosses(units, protected)
    mark_open_chrome(units, protected, lex.stamp, doc.stop, lex.all_stop, lex.ui)
    # after the smoothing: a title copy between a banner and a menu is no menu item
    head = _head(doc)
    no_prose = [False] * len(units)
    # a long line that ends a sentence is prose by its shape, whatever its stop words
    # (a footer's lines are names, links and short notices)
    prose = [
        g or (_ends_sentence(u.text) and u.words() >= _SENTENCE_WORDS)
        for g, u in zip(doc.good, units, strict=True)
    ]
    foot, loose = page_foot(units, head, prose), page_foot(units, head, no_prose)
    mark_banners(units, head, foot, loose, protected)
    mark_site_names(units)  # beside the banners' chrome
    mark_foreign_head(units, doc.stop, lex.all_stop, lex.shared_stop)  # beside any of it
    # last: the passes above read a bar as the open line that ends a box or a menu
    mark_link_bars(units, protected)
    # after every chrome pass: a menu's run is judged by the chrome blocks around it
    mark_menu_gaps(units, _outside_prose(doc), protected, model.neighbour_max_words)
    _reopen_issue_lines(units, lex)


def _reopen_issue_lines(units: Sequence[Unit], lex: Lexicon) -> None:
    """An official journal's issue line ("JORF n° 289 du 6 décembre 2024, texte n° 97")
    with an open line on both sides is the document's own publication line, printed in
    its head between its title and its symbol; beside a database's record (ECLI, NOR, ELI,
    a page tool) it is that record's stamp and stays noise."""
    if lex.issue is None:
        return
    for i in range(1, len(units) - 1):
        u = units[i]
        if u.noise != "metadata" or not lex.issue.match(_bare(u)):
            continue
        if units[i - 1].noise is None and units[i + 1].noise is None:
            u.noise = None


def _mark_template_runs(units: Sequence[Unit], doc: _Doc) -> None:
    """Four or more unpunctuated lines in a row of one shape (a list of links, of editions
    in other languages, of related documents) are boilerplate."""
    run: list[Unit] = []
    shape = ""
    for i, u in enumerate(units):
        if u.noise is not None:
            continue
        open_line = (
            _scorable(u)
            and u.marker is None  # a bulleted list of like items is the document's list
            and doc.nlow[i] <= _SHAPE_MAX
            and doc.ntok(i, _SHAPE_MAX) >= 3
            and not _ends_sentence(u.text)
            and not doc.prot(i)
            and not is_leader_row(u.text)  # a table's rows are the document's figures
        )
        sh = doc.shape(i) if open_line else ""
        if sh and sh == shape:
            run.append(u)
            continue
        _flush(run)
        run, shape = ([u], sh) if sh else ([], "")
    _flush(run)


def _flush(run: list[Unit]) -> None:
    if len(run) >= _TEMPLATE_RUN:
        for u in run:
            u.noise = "boilerplate"


def _outside_prose(doc: _Doc) -> list[bool]:
    """Lines before the document's first prose line or after its last."""
    good = [i for i, g in enumerate(doc.good) if g]
    first, last = (good[0], good[-1]) if good else (len(doc.good), -1)
    return [i < first or i > last for i in range(len(doc.good))]


def _outside_text(units: Sequence[Unit], doc: _Doc) -> list[bool]:
    """Lines outside the document's prose, or before its first numbered line or after its
    last: where a site's record box or a release's contact box may stand."""
    numbered = [
        i for i, u in enumerate(units) if u.marker is not None and u.marker.kind != "bullet"
    ]
    first, last = (numbered[0], numbered[-1]) if numbered else (len(units), -1)
    return [o or i < first or i > last for i, o in enumerate(_outside_prose(doc))]


def _head(doc: _Doc) -> list[bool]:
    """Lines before the document's first prose line."""
    first = doc.good.index(True) if any(doc.good) else len(doc.good)
    return [i < first for i in range(len(doc.good))]


def _inside_prose(units: Sequence[Unit], doc: _Doc) -> list[bool]:
    """Lines with a prose line as nearest open neighbour on both sides: a heading or a
    one-line paragraph inside the document's text, never chrome (jusText's rule)."""
    out = [False] * len(units)
    prev_good = False
    for i, u in enumerate(units):
        out[i] = prev_good
        if u.noise is None:
            prev_good = doc.good[i]
    next_good = False
    for i in range(len(units) - 1, -1, -1):
        out[i] = out[i] and next_good
        if units[i].noise is None:
            next_good = doc.good[i]
    return out


# Not "metadata": a short title sits between the chrome above it and the page stamp below.
_SMOOTH_REASONS = frozenset({"web-chrome", "boilerplate", "navigation", "caption"})


def _smooth(units: Sequence[Unit], doc: _Doc, max_words: int) -> None:
    """A short open line between two boilerplate lines is boilerplate (a menu's items),
    and so, in turn, are the short lines that this leaves between two boilerplate lines."""
    changed = True
    while changed:
        changed = False
        for i in range(1, len(units) - 1):
            u = units[i]
            if not _scorable(u) or doc.ntok(i, max_words) > max_words or doc.prot(i):
                continue
            if units[i - 1].noise in _SMOOTH_REASONS and units[i + 1].noise in _SMOOTH_REASONS:
                u.noise = "boilerplate"
                changed = True
