"""A learned second look at the run-in title of each numbered clause (guidelines §1a: a
run-in title ends at a colon or a full stop).

The rules before it (``_clausereading``, ``_stoptitles``, ``_lonelines``) decide title or
no title one shape at a time, each written from the errors of the batches it was fitted
on. The words before the first colon, full stop or dash of a clause's first line are told
a title or a sentence by a few shapes that hold across publishers: how many words they
have and which mark closes them, their case, their first and last words, what follows
them, and what the document's own siblings do (do they open the same way, with as few
words; are they titled; is the phrase repeated as a field label). A logistic model over
those shapes, fitted on every batch and measured leave-one-batch-out
(``benchmarks/lobo_titles.py``, ``benchmarks/results/titles44_lobo.txt``), overrules the
rules only where it is sure by ``margin`` (``data/models/title_fit.toml``): at that margin
it loses no candidate the rules read right on any fitted batch, and it mends some the
rules read wrong on publishers they had not met.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from .._knowledge import load_language
from .._offsets import SpanIndex
from ._blocks import RawBlock, clean_title
from ._stoptitles import _ABBREVIATION_MAX_LETTERS
from ._titlefitschema import FEATURES, TitleFitFile, load_title_fit

__all__ = [
    "Candidate",
    "Siblings",
    "features",
    "fitted_run_in_titles",
    "score",
    "siblings",
    "split_first_line",
]

# the words of a first line up to its first colon, full stop or dash, and the body after
_CUT_RE = re.compile(r"(.{2,160}?)(\s?:\s+|\.\s+|\s?[—–]\s+)(?=\S)")
_LAST_PART_RE = re.compile(r"[^\W_]+°?\)?$")  # "2" of "1.2", "3)" of "Annex(3)", "IV"
_MARKS = " *_\t\u00a0"
_LOOK = 40  # speed: how far past a title its body is looked for on the same line


@dataclass(frozen=True, slots=True)
class Candidate:
    """A clause's run-in title, given (``titled``) or possible: its words, the mark that
    closes them (``:``, ``.``, ``-`` for a dash, ``" "`` for none), the rest of the line,
    and the group of its siblings (same parent, same number space)."""

    words: str
    sep: str
    rest: str
    titled: bool
    group: Hashable
    index: int = -1


def split_first_line(text: str, max_words: int) -> tuple[str, str, str] | None:
    """The words of ``text``'s first line before its first colon, full stop or dash, that
    mark (``:``, ``.``, ``-``), and the line after it; None if there is none this close."""
    line = text.split("\n", 1)[0]
    m = _CUT_RE.match(line)
    if m is None or len(m.group(1).split()) > max_words:
        return None
    mark = m.group(2).strip()
    return m.group(1), ":" if ":" in mark else "." if "." in mark else "-", line[m.end() :]


@dataclass(frozen=True, slots=True)
class Siblings:
    """How many candidates each group holds, by closing mark, and how many of those are
    short; how often each candidate's words occur (counted once per document: a statute
    holds thousands of clauses in one group, and each candidate is read in constant time)."""

    groups: Mapping[Hashable, int]
    same: Mapping[tuple[Hashable, str], int]
    short: Mapping[tuple[Hashable, str], int]
    repeats: Mapping[str, int]
    short_words: int


def siblings(cands: Sequence[Candidate], short_words: int) -> Siblings:
    """The counts of one document's candidates, taken once so that :func:`features` reads
    each candidate's siblings in constant time."""
    return Siblings(
        Counter(c.group for c in cands),
        Counter((c.group, c.sep) for c in cands),
        Counter((c.group, c.sep) for c in cands if len(c.words.split()) <= short_words),
        Counter(c.words.casefold() for c in cands),
        short_words,
    )


def features(c: Candidate, doc: Siblings, size: int, titled: int) -> list[float]:
    """The shapes of one candidate (named in :data:`FEATURES`, in order) among the
    candidates of its document; ``size``, ``titled``: how many clauses its group holds and
    how many of them the rules titled."""
    w = c.words.split()
    n = max(len(w), 1)
    fw = _joining_words()
    sibs = doc.groups.get(c.group, 1) - 1  # the other candidates of its group
    same = doc.same.get((c.group, c.sep), 1) - 1  # … closed by the same mark
    short = doc.short.get((c.group, c.sep), 0) - (len(w) <= doc.short_words)
    repeated = doc.repeats.get(c.words.casefold(), 0) > 1
    rest = c.rest.split()
    others = size - 1
    values = (
        1.0,
        math.log(n),
        n <= 2,
        n <= 4,
        n > 8,
        c.sep == ":",
        c.sep == ".",
        c.sep == "-",
        c.sep == " ",
        c.words[:1].isupper(),
        c.words.isupper(),
        any(ch.isdecimal() for ch in c.words),
        "," in c.words,
        c.words.rstrip().endswith(")"),
        c.rest[:1].islower(),
        math.log(1 + len(rest)),
        re.search(r"(:|[—–-])\s*$", c.rest) is not None,
        bool(w) and w[0].casefold() in fw,
        bool(w) and w[-1].casefold().strip(",") in fw,
        same / sibs if sibs else 0.5,
        not sibs,
        repeated,
        (titled - c.titled) / others if others > 0 else 0.5,
        short / sibs if sibs else 0.5,
        (same + 1) / size if size else 0.5,
        _abbreviation(c),
    )
    return [float(v) for v in values]


def score(x: Sequence[float], model: TitleFitFile) -> float:
    """The model's log-odds that the candidate is a title."""
    return sum(model.weights[f] * v for f, v in zip(FEATURES, x, strict=True))


def fitted_run_in_titles(
    blocks: list[RawBlock], text: str, bold: Sequence[tuple[int, int]] = ()
) -> None:
    """Overrule the rules' run-in title of a clause (give it back to the text, or cut one
    from the text) where the model is sure by its margin. A title the page sets off in bold
    and closes by a colon or a full stop (``bold``: the document's bold spans, sorted) is
    the page's own reading (guidelines §1a: ``**16.2.5 Formation et exercices.** Les …``):
    the model, which sees no emphasis, never gives it back to the text."""
    model = load_title_fit()
    found = _candidates(blocks, text, model.max_words)
    if not found:
        return
    size: Counter[Hashable] = Counter(_group(b) for b in blocks if b.kind == "clause")
    titled: Counter[Hashable] = Counter(_group(b) for b in blocks if b.kind == "clause" and b.title)
    doc = siblings(found, model.short_words)
    spans = SpanIndex(bold, bold)
    for c in found:
        z = score(features(c, doc, size[c.group], titled[c.group]), model)
        if c.titled and z < -model.margin:
            if not (c.sep in ":." and _set_off(blocks[c.index], text, spans)):
                _untitle(blocks[c.index], text)
        elif not c.titled and z > model.margin and not _abbreviation(c) and not _initial(c):
            _entitle(blocks[c.index], c, text)


@cache
def _joining_words() -> frozenset[str]:
    """Articles, prepositions and conjunctions (``language.toml``'s ``continuation``): a
    phrase that opens or ends on one is a sentence's piece, seldom a name. (Not the
    language cues' stop words, which hold nouns of the field: "lutte".)"""
    tables = load_language().continuation.values()
    return frozenset(w.casefold() for ws in tables for w in ws)


def _mark(end: str) -> str:
    """The mark that closes a run-in title, as a candidate names it: a question's or an
    exclamation's mark closes it as a full stop does (``**Qui contrôle ?** Chaque …``)."""
    if end == ":":
        return ":"
    if end in ".?!":
        return "."
    return "-" if end and end in "—–-" else " "


def _abbreviation(c: Candidate) -> bool:
    """One word of a few letters closed by a full stop (``Hon.``, ``Gen.``, ``St.``): the
    stop of an abbreviation, not of a title (as ``_stoptitles._clipped`` reads it)."""
    w = c.words.split()
    return c.sep == "." and len(w) == 1 and len(w[0]) <= _ABBREVIATION_MAX_LETTERS


def _initial(c: Candidate) -> bool:
    """The full stop closes an initial or a dotted abbreviation, not a title: the last word
    one letter (``Jean-Marc A. Dupont``) or a stop inside it (``Lieut.-col. Martin``,
    ``U.S. forces``)."""
    w = c.words.split()
    return c.sep == "." and bool(w) and (len(w[-1]) == 1 or "." in w[-1])


def _group(b: RawBlock) -> tuple[int | None, bool]:
    """A clause's siblings: same parent, and numbers of the same space (the last part a
    digit, "1.2", or not, "IV", "a)"): a clause's titles are read against its peers'."""
    m = _LAST_PART_RE.search(b.number)
    return b.parent, bool(m and m.group(0)[:1].isdecimal())


def _candidates(blocks: list[RawBlock], text: str, max_words: int) -> list[Candidate]:
    """Each clause's run-in title as the rules left it: a title the rules cut from the line
    its body goes on (a heading on a line of its own is no run-in title, never asked), or
    the words before the first mark of an untitled clause's first line."""
    out: list[Candidate] = []
    for k, b in enumerate(blocks):
        if b.kind != "clause" or not b.text:
            continue
        if b.title:
            seg = text[b.start : b.body_start]
            below = text[b.body_start : b.body_start + _LOOK].lstrip(_MARKS)[:1] in ("\n", "")
            if below or "\n" in seg.lstrip() or _flat(b.title)[:12] not in _flat(seg):
                continue  # a heading line over the body, or a note in the margin
            sep = _mark(seg.rstrip(_MARKS)[-1:])
            rest = b.text.split("\n", 1)[0]
            out.append(Candidate(b.title, sep, rest, True, _group(b), k))
        elif cut := split_first_line(b.text, max_words):
            out.append(Candidate(cut[0], cut[1], cut[2], False, _group(b), k))
    return out


def _flat(s: str) -> str:
    """``s`` without its Markdown marks and with its blanks joined, case aside: a title
    as :func:`clean_title` keeps it is compared with the text it was cut from."""
    return " ".join(re.sub(r"[*_#]+", " ", s).split()).casefold()


def _set_off(b: RawBlock, text: str, bold: SpanIndex[tuple[int, int]]) -> bool:
    """Whether one bold span holds the whole of ``b``'s run-in title (its first word to its
    last, the closing mark inside or just outside it) and ends before its body."""
    seg = text[b.start : b.body_start]
    at = seg.find(b.title.split()[0]) if b.title else -1
    k = bold.last_starting_at_or_before(b.start + at) if at >= 0 else -1
    if k < 0:
        return False
    s, e = bold.items[k]
    last = b.start + len(seg.rstrip(_MARKS).rstrip(":.?!").rstrip(_MARKS))
    return s <= b.start + at and last <= e <= b.body_start


def _untitle(b: RawBlock, text: str) -> None:
    """The title back to the head of the text, with the mark that closed it."""
    seg = text[b.start : b.body_start]
    at = seg.find(b.title.split()[0]) if b.title else -1
    if at < 0:
        return
    head = " ".join(re.sub(r"[*_]+", " ", seg[at:]).split())
    b.text = f"{head} {b.text}" if head else b.text
    b.title, b.body_start = None, b.start + at


def _entitle(b: RawBlock, c: Candidate, text: str) -> None:
    """The candidate's words as the title, the text from after its mark."""
    line, _, more = b.text.partition("\n")
    if not c.rest or not line.endswith(c.rest):
        return
    b.title = clean_title(c.words)
    b.text = c.rest + (f"\n{more}" if more else "")
    at = text.find(c.rest[:24], b.body_start, b.end)
    if at >= 0:
        b.body_start = at
