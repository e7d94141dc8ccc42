"""The role of a domain trigger in its sentence, from shallow features (no parser).

A trigger word is the subject of a sentence far more often when it stands on its
own than when it is one item of an enumeration (``instruction, training,
consulting services``), the body of a definition (``technical assistance means
any form of assistance, such as ... training``), an instrument cited in a
preamble (``Recalling its resolution 1540``) or a word inside the name of a body
or an act (``Minister of Public Safety and Emergency Preparedness``), or a gloss
in parentheses (``(CBRN)`` after its expansion, ``(aide technique)`` after the
English term it translates), which repeats what was just said. Each of
these roles multiplies the hit's weight by a factor from ``domains.toml``
(``[scoring]``); the cue words live there too, French and English side by side.

Everything here reads the folded text (``_Texts``) around one hit: sentence
bounds are found by scanning for ``. ; ! ?`` followed by white space, or a line
break, at most ``_REACH`` characters away, so the cost does not grow with the
length of the text.
"""

from __future__ import annotations

import re
import threading
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from operator import add

from .._knowledge import DomainScoring, any_of, load_domains
from .._needles import needles, trie
from .._offsets import Positions
from ._domain_index import opening_guard

__all__ = ["Place", "Roles", "roles", "weigh", "whole_words"]

Span = tuple[int, int]

_REACH = 400  # characters scanned either side of a hit for its sentence
# a sentence ends at ". ; ! ?" before white space, or at a line break
_STOPS = (". ", "; ", "! ", "? ", ".\t", ";\t", "\n")
_SEPARATORS = ",;:()[]"  # of the items of an enumeration
_FULL_STOP = re.compile(r"[.!?](?=\s)")
_DEFINITION_REACH = 1500
# what ends the stretch after a hit in which a definition verb makes the hit the
# defined term: the end of the sentence or of the item, an opening quote
_TERM_END = re.compile(r"[.!?](?=\s)|[;\n«“\"]")
# right after a hit: the closing quote of a defined term and the colon or dash that
# opens its definition ("infrastructure critique" : une installation ...; « Menace » —)
_QUOTED_TERM = re.compile(r"[ \t]*[\u00bb\u201d\"'`]+[ \t\u00a0]*[:\u2014\u2013]")
_LINK_WORDS = frozenset({"and", "or", "et", "ou", "as", "well", "ainsi", "que"})
# every one of _STOPS in one pattern (they never overlap: each ends in white space);
# opening on the class of their first characters, which the regex engine skips ahead
# to (an alternation of classes is tried at every position: four times the time)
_ANY_STOP = re.compile(r"[\n.;!?](?:(?<=\n)|(?<=[.;!?]) |(?<=[.;])\t)")
_STOP_LENGTH = {"\n": 1, ".": 2, ";": 2, "!": 2, "?": 2}  # a stop's length, by its first character
_START = re.Match.start


class _Bounds:
    """Where the sentences of one text may end, found once per text.

    Why: every hit asks for its sentence and for the last full stop before it;
    scanning up to ``_REACH`` and ``_DEFINITION_REACH`` characters for each of
    hundreds of hits per document cost more than the rest of the tagging. The
    positions of every stop are found in one pass and each question becomes a
    lookup in :class:`~ctdocs._offsets.Positions`, with the same answers as the scans.
    """

    __slots__ = ("_literal_places", "_separators", "full_stops", "stop_ends", "stop_starts", "text")

    def __init__(self, lower: str) -> None:
        self.text = lower
        # id(literals) -> (the literals, the text they were looked for in, the starts of
        # their places, the least end from each place on: see ``holds``)
        self._literal_places: dict[int, tuple[_Literals, str, Positions[int], array[int]]] = {}
        # machine arrays, not lists of int objects: a long text has a stop every few
        # dozen characters (issue 15: memory in proportion to the input)
        # (C loops, ``map`` over the matches, cost less than one in Python; each stop's
        # end is read from its start's character, not from a second scan)
        starts = array("q", map(_START, _ANY_STOP.finditer(lower)))
        self.stop_starts = Positions(starts)
        lengths = map(_STOP_LENGTH.__getitem__, map(lower.__getitem__, starts))
        self.stop_ends = Positions(array("q", map(add, starts, lengths)))
        self.full_stops = Positions(array("q", map(_START, _FULL_STOP.finditer(lower))))
        self._separators: Positions[int] | None = None  # found at the first enumeration

    def separators(self) -> Positions[int]:
        """Where the separators of an enumeration's items (``_SEPARATORS``) stand, found
        in one pass at the first hit whose sentence has commas enough to be a list:
        each hit asked for the last before it and the first after it, then for its
        neighbours', seven ``rfind`` scans back to the sentence's start each time."""
        seps = self._separators
        if seps is None:
            seps = self._separators = Positions(
                array("q", map(_START, _SEPARATOR.finditer(self.text)))
            )
        return seps

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Same as scanning back from ``start`` and on from ``end`` within ``_REACH``."""
        lo = max(0, start - _REACH)
        hi = min(len(self.text), end + _REACH)
        # (the arrays read directly: asked for every hit, each ``Positions`` item and
        # length a call of its own)
        starts, ends = self.stop_starts.values, self.stop_ends.values
        k = self.stop_ends.last_through(start)  # the last stop ending by `start`
        a = ends[k] if k >= 0 and starts[k] >= lo else lo
        k = self.stop_starts.before(end)  # the first stop starting at `end` or after
        b = starts[k] if k < len(starts) and ends[k] <= hi else hi
        return a, b

    def after_full_stop(self, lo: int, start: int) -> int:
        """Where the text after the last full stop in ``[lo, start)`` begins (else ``lo``);
        the white space after the stop must lie before ``start`` too."""
        k = self.full_stops.last_through(start - 2)
        return self.full_stops[k] + 1 if k >= 0 and self.full_stops[k] >= lo else lo

    def holds(self, literals: _Literals, lo: int, hi: int, text: str | None = None) -> bool:
        """Whether one of ``literals`` lies inside ``[lo, hi)`` of ``text`` (by default the
        lower-cased text; the cased one has the same length): the same answer as a search
        of ``[lo, hi)`` for any of them. Every place of each literal in the whole text is
        found once per text (a substring search each), then each question is a bisection."""
        text = self.text if text is None else text
        kept = self._literal_places.get(id(literals))
        if kept is None or kept[0] is not literals or kept[1] is not text:
            starts, ends = _places(literals, text)
            # the least end of the places from each one on: a place at ``lo`` or after
            # ends by ``hi`` iff the least end from the first of them does (a place ends
            # after it starts, so it starts before ``hi`` too); a bisection and one item
            # where the places were walked from ``lo`` until one fitted
            least = array("q", accumulate(reversed(ends), min))
            least.reverse()
            kept = self._literal_places[id(literals)] = (literals, text, Positions(starts), least)
        k = kept[2].before(lo)
        return k < len(kept[3]) and kept[3][k] <= hi


#: the starts of the places of some literals in a text, in order, and their ends
_Places = tuple["array[int]", "array[int]"]


def _places(literals: _Literals, text: str) -> _Places:
    """Every place of every one of ``literals`` in ``text``, by start (then end).

    Why substring searches: the literals are a handful of words, each found at C speed by
    ``str.find``, where one regex of all of them (a trie) was tried at every letter that
    opens one of them; the searches take a third of the time on French and English text."""
    found: list[tuple[int, int]] = []
    for word in literals.words:
        size, find = len(word), text.find
        s = find(word)
        while s >= 0:
            found.append((s, s + size))
            s = find(word, s + 1)
    found.sort()
    return array("q", [s for s, _ in found]), array("q", [e for _, e in found])


# the bounds of the text asked about last, one per thread: a document's domains are
# weighed in one thread, and another thread's document must neither replace nor drop them
# between the look-up and its use
_kept = threading.local()


def _bounds(lower: str) -> _Bounds:
    """The :class:`_Bounds` of ``lower``, kept while the same text is asked about."""
    bounds: _Bounds | None = getattr(_kept, "bounds", None)
    if bounds is None or bounds.text is not lower:
        bounds = _kept.bounds = _Bounds(lower)
    return bounds


def forget_bounds() -> None:
    """Drop this thread's kept bounds once a document's domains are weighed: they hold a
    lower-cased copy of its text and its stop positions (a few times the input),
    which would otherwise live on while the document's mentions are built."""
    _kept.bounds = None


@dataclass(frozen=True, slots=True)
class _Literals:
    """A regex's needles (one of them lies inside every match), less those that hold
    another: wherever such a needle lies, the one it holds lies too."""

    words: tuple[str, ...]


def _union(patterns: list[str]) -> str:
    return any_of(patterns)


@dataclass(frozen=True, slots=True)
class Roles:
    """The compiled cues and the factors (see the module docstring)."""

    scoring: DomainScoring
    definition: re.Pattern[str]  # on lower-cased text
    citation: re.Pattern[str]  # on lower-cased text, at a segment start
    name_before: re.Pattern[str]  # case-sensitive, must end where the hit starts
    name_after: re.Pattern[str]  # case-sensitive, must start where the hit ends
    # the literals every definition match holds (None: always search)
    definition_needles: _Literals | None = None
    # the literals every citation match holds (None: always search)
    citation_needles: _Literals | None = None
    # one of the literals every name_before match holds, as one regex searched in the
    # stretch before a hit (see ``_in_name``; None: always search)
    name_before_any: re.Pattern[str] | None = None

    def factor(self, cased: str, lower: str, start: int, end: int) -> float:
        """The product of the factors of the roles the hit ``[start, end)`` plays."""
        sc = self.scoring
        bounds = _bounds(lower)
        a, b = bounds.sentence(start, end)
        f = 1.0
        if self._in_name(cased, bounds, a, start, end) or _gloss(lower, start, end):
            f *= sc.name_factor
            if f == 0.0:  # speed: no other factor can change a zero
                return f
        if _QUOTED_TERM.match(lower, end, end + 60):
            # the term a definition defines ("infrastructure critique" : une
            # installation, un systeme ...): the subject, no item of a list
            return f * sc.role_factor if self._cited(lower, bounds, a, start) else f
        if self._in_definiens(lower, bounds, start, end):
            f *= sc.role_factor
        if self._cited(lower, bounds, a, start):
            f *= sc.role_factor
        if _in_list(bounds, a, b, start, end, sc.list_max_words, sc.list_min_commas):
            f *= sc.role_factor
        return f

    def heading_factor(self, cased: str, lower: str, start: int, end: int) -> float:
        """The factor of a hit in a heading: ``heading_weight``, times ``name_factor``
        when the hit is part of a name there too ("Canadian Security Intelligence
        Service -- Tricia Geddes" over a witness's evidence, "Loi relative a la
        prevention d'actes de terrorisme et au renseignement" over a court's ruling
        on it): a name names a body or an act, in a heading as in a sentence."""
        sc = self.scoring
        a, _ = _bounds(lower).sentence(start, end)
        named = self._in_name(cased, _bounds(lower), a, start, end) or _gloss(lower, start, end)
        return sc.heading_weight * (sc.name_factor if named else 1.0)

    def _in_name(self, cased: str, bounds: _Bounds, a: int, start: int, end: int) -> bool:
        if self.name_after.match(cased, end, min(len(cased), end + 80)):
            return True
        lo = max(a, start - 160)
        # a match holds one of the literals: no literal, no match. Why a search of the
        # stretch, not ``_Bounds.holds``: the places of some forty literals, a few of
        # them short ("sur", "gence"), in the whole text cost more than a search of
        # the 160 characters before each hit (some 4 % of the domain stage)
        wanted = self.name_before_any
        if wanted is not None and wanted.search(cased, lo, start) is None:
            return False
        return self.name_before.search(cased, lo, start) is not None

    def _in_definiens(self, lower: str, bounds: _Bounds, start: int, end: int) -> bool:
        """After a definition verb in the same sentence (a definition's lettered items
        run on after ``;`` and line breaks), and not itself the term of the next
        definition (``« Armes de destruction massive » signifie``)."""
        a = bounds.after_full_stop(max(0, start - _DEFINITION_REACH), start)
        wanted = self.definition_needles
        if wanted is not None and not bounds.holds(wanted, a, start):
            return False  # speed: no literal of a definition cue in the stretch
        if not self.definition.search(lower, a, start):
            return False
        after = lower[end : end + 60]
        stop = _TERM_END.search(after)
        return not self.definition.search(after[: stop.start()] if stop else after)

    def _cited(self, lower: str, bounds: _Bounds, a: int, start: int) -> bool:
        wanted = self.citation_needles
        if wanted is not None and not bounds.holds(wanted, max(a, start - 200), start):
            return False  # speed: no literal of a citation cue in the stretch
        for m in self.citation.finditer(lower, max(a, start - 200), start):
            k = m.start() - 1
            while k >= a and lower[k] == " ":
                k -= 1
            if k < a or lower[k] in ",;:(\n":
                return True
        return False


#: where the role of a hit is read: the span of a hit of the text tagged -> the text
#: there, folded and lower-cased, and the hit's span in it
Place = Callable[[int, int], tuple[str, str, int, int]]


def weigh(
    lower: str,
    strong: list[Span],
    weak: list[Span],
    place: Place | None,
    heading: bool,
    words: dict[Span, str] | None = None,
) -> float:
    """Sum over groups of overlapping hits of the group's best weight (strong 1, weak
    ``weak_weight``) times the role factor of the group's span (or ``heading_weight``).
    ``lower``: the text tagged, lower-cased; ``place``: None for the document's own
    title, which names its subject (``heading_weight`` alone); ``words``: the trigger
    each weak hit matches, where its forms differ (``_domain_search.weak_words``)."""
    r = roles()
    ww = r.scoring.weak_weight
    # a weak word repeated is one piece of evidence, not several
    seen: set[str] = set()
    distinct = []
    for s, e in weak:
        form = lower[s:e] if words is None else words.get((s, e), lower[s:e])
        if form not in seen:
            seen.add(form)
            distinct.append((s, e))
    hits = sorted([(s, e, 1.0) for s, e in strong] + [(s, e, ww) for s, e in distinct])
    total = 0.0
    k = 0
    while k < len(hits):
        s, reach, best = hits[k]
        k += 1
        while k < len(hits) and hits[k][0] < reach:
            reach = max(reach, hits[k][1])
            best = max(best, hits[k][2])
            k += 1
        if place is None:
            total += best * r.scoring.heading_weight
        elif heading:
            total += best * r.heading_factor(*place(s, reach))
        else:
            total += best * r.factor(*place(s, reach))
    return total


# a word cut at a line end, its halves rejoined by a space ("rap- port"): folding makes
# the hyphen a space, so the tail would be read as a word of its own
_CUT_BEFORE = re.compile(r"[^\W\d_]-\s+\Z")


def whole_words(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (hits in ``text`` as written, not folded) without those that are only
    the lower-case tail of a word cut at a line end ("port" in "rap- port", "vices" in
    "ser- vices"): the word is another, and the hit plays no role at all. (A hyphen
    looked for first: without one in the stretch, the usual case, there is no cut.)"""
    find = text.find
    return [
        (s, e)
        for s, e in spans
        if find("-", max(0, s - 8), s) < 0
        or not (text[s].islower() and _CUT_BEFORE.search(text, max(0, s - 8), s))
    ]


def _gloss(lower: str, start: int, end: int) -> bool:
    """The hit is all there is between parentheses: an acronym after its expansion
    ("(CBRN)"), a term's translation after its definition ("(aide technique)")."""
    if lower.find("(", max(0, start - 2), start) < 0:
        return False  # the usual answer, without slicing and stripping
    return lower[max(0, start - 2) : start].strip().endswith("(") and lower[
        end : end + 2
    ].strip().startswith(")")


def _sentence(lower: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence holding ``[start, end)`` (within ``_REACH``)."""
    lo = max(0, start - _REACH)
    a = max([lo] + [k + len(m) for m in _STOPS if (k := lower.rfind(m, lo, start)) >= 0])
    hi = min(len(lower), end + _REACH)
    b = min([hi] + [k for m in _STOPS if (k := lower.find(m, end, hi)) >= 0])
    return a, b


def _in_list(
    bounds: _Bounds, a: int, b: int, start: int, end: int, max_words: int, min_commas: int
) -> bool:
    """One short item of an enumeration: its sentence ``[a, b)`` has ``min_commas``
    commas or more, and the comma-separated segment holding the hit and one of the
    segments next to it have at most ``max_words`` words each (linking words such as
    ``and`` not counted): "instruction, training, consulting services". A short
    segment between long ones is a clause of the sentence, not an item ("NATO will,
    in close cooperation with its partners, strengthen civil emergency planning").
    A hit that itself spans a comma (the agents of "chemical, biological,
    radiological") is an enumeration of the domain, not an item in someone else's.
    ``bounds``: the lower-cased text's (its separators found once)."""
    lower = bounds.text
    if lower.count(",", a, b) < min_commas or "," in lower[start:end]:
        return False  # (the count first: the usual answer, without a slice)
    seps = bounds.separators()
    s = _segment_start(seps, a, start)
    e = _segment_end(seps, end, b)
    if _words(lower, s, e) > max_words:
        return False
    before = _words(lower, _segment_start(seps, a, s - 1), s - 1) if s > a else max_words + 1
    after = _words(lower, e + 1, _segment_end(seps, e + 1, b)) if e < b else max_words + 1
    return min(before, after) <= max_words


def _segment_start(seps: Positions[int], a: int, pos: int) -> int:
    """After the last separator in ``[a, pos)``, else ``a``."""
    k = seps.last_through(pos - 1)
    return seps[k] + 1 if k >= 0 and seps[k] >= a else a


# the separators of an enumeration's items, found in one pass per text (_Bounds)
_SEPARATOR = re.compile("[" + re.escape(_SEPARATORS) + "]")


def _segment_end(seps: Positions[int], pos: int, b: int) -> int:
    """At the first separator in ``[pos, b)``, else ``b``."""
    k = seps.before(pos)
    return seps[k] if k < len(seps) and seps[k] < b else b


def _words(lower: str, s: int, e: int) -> int:
    """The words of ``[s, e)`` but linking words (counted by a C ``map``, not a
    generator: asked up to three times per hit in a sentence with commas)."""
    words = lower[s:e].split()
    return len(words) - sum(map(_LINK_WORDS.__contains__, words))


@cache
def roles() -> Roles:
    """The cues of both languages in one set: texts quote each other's terms."""
    sc = load_domains().scoring
    cues = sc.cues.values()

    def joined(attr: str) -> list[str]:
        return [p for c in cues for p in getattr(c, attr)]

    # each opening on a look-ahead for the characters a match may open with, where
    # they are known (opening_guard): tried in full at every position of its stretch,
    # name_before cost some 4 % of the domain stage; guarded, a third of that
    heads = _union(joined("name_before"))
    name_before = opening_guard(heads) + r"(?:\b|(?<=[a-z])(?=[A-Z]))(?:" + heads + r")\s*\Z"
    cue = _union(joined("definition"))
    definition = opening_guard(cue) + r"\b(?:" + cue + r")\b"
    cue = _union(joined("citation"))
    citation = opening_guard(cue) + r"\b(?:" + cue + r")\b"
    return Roles(
        scoring=sc,
        definition=re.compile(definition),
        citation=re.compile(citation),
        # a head glued to the word before it ("PreparednessMinistere", table cells
        # run together) starts at the change of case
        name_before=re.compile(name_before),
        name_after=re.compile(r"(?:" + _union(joined("name_after")) + r")"),
        name_before_any=_any_literal(_literals(needles(name_before))),
        definition_needles=_literals(needles(definition)),
        citation_needles=_literals(needles(citation)),
    )


def _any_literal(literals: _Literals | None) -> re.Pattern[str] | None:
    """A regex that finds one of ``literals`` wherever one lies wholly inside the stretch
    ``[lo, hi)`` it searches (None when there are none): a search that finds nothing
    proves that no literal lies there, as ``_Bounds.holds`` answers.

    Why a trie of the literals less their common first characters: the search is tried
    at every position whose character may open a literal, and "gence", "irect",
    "epartement", " mise en " opened on a space or a common vowel, some half of the
    characters of a line; the rest of a literal lies wherever the literal does (the
    search may find more, never less), and the words sharing their first characters
    are tried once per position, not once per word (half the time of the search)."""
    if literals is None:
        return None
    return re.compile(trie(sorted({_rarer_start(w) for w in literals.words})))


#: characters that open a word or a syllable on most lines (white space, the commonest
#: vowels): a literal opening on them is looked for from its next character on
_COMMON_OPENERS = " eiu"
_KEPT_LETTERS = 4  # a literal is not cut shorter than this (a short one is everywhere)


def _rarer_start(word: str) -> str:
    """``word`` without the common characters it opens with (see ``_COMMON_OPENERS``),
    keeping ``_KEPT_LETTERS`` characters at least."""
    k = 0
    while k < len(word) - _KEPT_LETTERS and word[k] in _COMMON_OPENERS:
        k += 1
    return word[k:]


def _literals(literals: tuple[str, ...] | None) -> _Literals | None:
    """``literals`` as :class:`_Literals` (None when there are none)."""
    if not literals:
        return None
    return _Literals(tuple(w for w in literals if not any(o != w and o in w for o in literals)))
