"""Explicit calendar dates in French and English text, normalised to ISO 8601.

Pure Python on the standard library's :mod:`re`; what it knows about each
language (month names, abbreviations, cue words, connectors) is read from
``data/models/dates.toml`` (see its header) and compiled once per process.

What is found (annotation guidelines, section 2):

* days ``6 juin 2002``, ``June 6, 2002``, ``28-Jun-2004``, ``15/06/2004``,
  ``1er janvier 2015``, ``13 Dec. 2023 12:21`` (the time is dropped);
* months ``octobre 2004``, ``Mi-octobre 2001``, ``early September 2021``;
* years ``2004``, ``avant la fin 2004``, ``by the end of 2023``,
  ``pour 2005 et au-delà``, ``Bogorodsk 2002``, ``1373 (2001)``;
* intervals ``12-13 février 2020``, ``from 25 to 27 September 2002``,
  ``2011-2014``, ``entre 2003 et 2014``, ``Novembre/décembre 2021``;
* dates with no year (``le 5 juin``, ``en février``): the year is inferred
  from the dates before them and the document's own date (:func:`find_dates`).

How: every date contains a month name or a 4-digit year (an *anchor*). The
anchors are found with two simple regular expressions; the text around them is
cut into tokens (numbers, words, punctuation) and a hand-written parser tries,
from left to right, the longest date at each token. Every attempt looks at a
bounded number of tokens, so the whole run is linear in the length of the text
and no regular expression can backtrack.
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from typing import Literal

from .._knowledge import DatesFile, load_dates

__all__ = ["DateHit", "document_dates", "find_dates", "own_date_of"]

Precision = Literal["day", "month", "year"]


@dataclass(frozen=True, slots=True)
class DateHit:
    """One date mention: ``text == source[start:end]``, ``value`` in ISO 8601."""

    start: int
    end: int
    text: str
    value: str
    precision: Precision
    inferred_year: bool = False


# ----------------------------------------------------------------- tokens
# A token is a run of digits, a run of letters, or one other visible character.
_TOKEN_RE = re.compile(r"(\d+)|([^\W\d_]+)|([^\w\s]|_)")
_YEAR_ANCHOR_RE = re.compile(r"(?<!\d)\d{4}(?!\d)")
_WORD_RE = re.compile(r"[^\W\d_]+")

_NUM, _WORD, _PUNCT = 1, 2, 3  # the group of _TOKEN_RE that matched
# 22.XI.2012: months in upper-case roman numerals, only between dots
_ROMAN_MONTHS = {
    r: k
    for k, r in enumerate(
        ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), 1
    )
}
_APOSTROPHES = "\u2019\u2018\u02bc`\u00b4"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"
_GLUE = frozenset("/\\_@#&+=")  # a number touching one of these is a code
_MAX_GAP = 8  # most whitespace allowed between two tokens of one date
_LEFT_MARGIN = 100  # characters before an anchor that a date may start in
_RIGHT_MARGIN = 80  # characters after an anchor that a date may end in


@lru_cache(maxsize=1 << 16)
def _norm(text: str) -> str:
    """Compare form of a token or phrase: lower case, no accents, one apostrophe."""
    if text.isascii():
        return text.lower().replace("`", "'")
    out = []
    for ch in unicodedata.normalize("NFD", text.lower()):
        if unicodedata.combining(ch):
            continue
        if ch in _APOSTROPHES:
            ch = "'"
        elif ch in _DASHES:
            ch = "-"
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _phrase(text: str) -> tuple[str, ...]:
    """A phrase of the data file as the tuple of its tokens' compare forms."""
    return tuple(_norm(m.group()) for m in _TOKEN_RE.finditer(text))


class _Tokens:
    """The tokens of one stretch of text, as parallel lists."""

    __slots__ = ("end", "gap_ok", "kind", "n", "norm", "raw", "start", "text", "tight")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        kind: list[int] = []
        raw: list[str] = []
        start: list[int] = []
        end: list[int] = []
        for m in _TOKEN_RE.finditer(text, lo, hi):
            kind.append(m.lastindex or 1)
            raw.append(m.group())
            a, b = m.span()
            start.append(a)
            end.append(b)
        self.text = text
        self.kind = kind
        self.raw = raw
        self.start = start
        self.end = end
        self.n = len(kind)
        self.norm = [r if k == _NUM else _norm(r) for k, r in zip(kind, raw, strict=True)]
        # tight[i]: token i touches token i-1; gap_ok[i]: the space before it
        # is short enough for both to be in one date.
        tight = [False] * self.n
        gap_ok = [False] * self.n
        for i in range(1, self.n):
            a, b = end[i - 1], start[i]
            if a == b:
                tight[i] = gap_ok[i] = True
            elif b - a == 1:
                gap_ok[i] = True  # one space or one line break
            elif b - a <= _MAX_GAP:
                gap_ok[i] = text.count("\n", a, b) <= 1
        self.tight = tight
        self.gap_ok = gap_ok

    def blank_ok(self, i: int) -> bool:
        """Token i follows token i-1 across at most one blank line (a PDF page's seam)."""
        if self.gap_ok[i]:
            return True
        a, b = self.end[i - 1], self.start[i]
        return b - a <= _MAX_GAP and self.text.count("\n", a, b) <= 2 and not self.text[a:b].strip()


# ----------------------------------------------------------------- grammar
@dataclass(frozen=True, slots=True)
class _MonthForm:
    number: int
    lang: str
    period: bool  # the form ends with a full stop, which must be written
    weak: bool  # needs a day or a year
    capitalized: bool
    month_first: bool


@dataclass(frozen=True, slots=True)
class _Cue:
    tokens: tuple[str, ...]
    kind: str  # "qualifier", "by_end", "year_prefix", "month_cue"
    lang: str


class _PhraseSet:
    """Phrases (token tuples) indexed by first and by last token."""

    def __init__(self, phrases: Iterable[tuple[str, ...]]) -> None:
        uniq = sorted({p for p in phrases if p}, key=len, reverse=True)
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.by_last: dict[str, list[tuple[str, ...]]] = {}
        for p in uniq:
            self.by_first.setdefault(p[0], []).append(p)
            self.by_last.setdefault(p[-1], []).append(p)

    def at(self, t: _Tokens, i: int) -> int:
        """End index (exclusive) of the longest phrase starting at token i, or -1."""
        if i >= t.n:
            return -1
        for p in self.by_first.get(t.norm[i], ()):
            j = _match_phrase(t, i, p)
            if j >= 0:
                return j
        return -1

    def before(self, t: _Tokens, i: int) -> bool:
        """Whether some phrase ends right before token i (within one date's gap)."""
        if i <= 0 or not t.gap_ok[i]:
            return False
        for p in self.by_last.get(t.norm[i - 1], ()):
            s = i - len(p)
            if s >= 0 and _match_phrase(t, s, p) == i:
                return True
        return False


def _match_phrase(t: _Tokens, i: int, p: tuple[str, ...]) -> int:
    if i + len(p) > t.n:
        return -1
    for k, w in enumerate(p):
        j = i + k
        if t.norm[j] != w or (k and not t.gap_ok[j]):
            return -1
    return i + len(p)


@dataclass(slots=True, eq=False)
class _Grammar:
    months: dict[str, list[_MonthForm]]
    ordinal: frozenset[str]
    day_link: _PhraseSet
    cues: dict[str, list[_Cue]]  # by first token, longest first
    from_to: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]
    year_suffix: _PhraseSet
    reference: _PhraseSet
    count: _PhraseSet
    signs: frozenset[str]
    min_year: int
    max_year: int
    starters: frozenset[str]
    ref_after: _PhraseSet
    day_join: frozenset[str]
    weekdays: frozenset[str]
    day_words: dict[str, list[tuple[tuple[str, ...], int]]]  # by first token
    day_of: _PhraseSet
    event_days: frozenset[tuple[int, int]]
    to_words: _PhraseSet  # the second word of from_to pairs: au, to, until


@cache
def _grammar() -> _Grammar:
    return _build(load_dates())


def _build(data: DatesFile) -> _Grammar:
    months: dict[str, list[_MonthForm]] = {}
    ordinal: set[str] = set()
    link: list[tuple[str, ...]] = []
    cues: list[_Cue] = []
    pairs: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    suffix: list[tuple[str, ...]] = []
    reference: list[tuple[str, ...]] = []
    count: list[tuple[str, ...]] = []
    ref_after: list[tuple[str, ...]] = []
    day_join: set[str] = set()
    weekdays: set[str] = set()
    day_words: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    day_of: list[tuple[str, ...]] = []
    to_words: list[tuple[str, ...]] = []
    for lang, ld in data.languages.items():
        to_words.extend(_phrase(b) for _, b in ld.from_to)
        ref_after.extend(_phrase(w) for w in ld.reference_after)
        day_join.update(_norm(w) for w in ld.day_join)
        weekdays.update(_norm(w) for w in ld.weekdays)
        for k, w in enumerate(ld.day_words, 1):
            ph = _phrase(w)
            day_words.setdefault(ph[0], []).append((ph, k))
        day_of.extend(_phrase(w) for w in ld.day_of)
        weak = set(ld.weak_months)
        for mn in ld.months:
            for name in mn.names:
                period = name.endswith(".")
                key = _norm(name.rstrip("."))
                form = _MonthForm(
                    mn.number, lang, period, name in weak, ld.capitalized, ld.month_first
                )
                months.setdefault(key, []).append(form)
        ordinal.update(_norm(s) for s in ld.ordinal_day)
        link.extend(_phrase(w) for w in ld.day_month_link)
        for kind, words in (
            ("qualifier", [*ld.mid, *ld.early, *ld.late]),
            ("by_end", ld.by_end),
            ("year_prefix", ld.year_prefix),
            ("month_cue", ld.month_cue),
        ):
            cues.extend(_Cue(_phrase(w), kind, lang) for w in words if _phrase(w))
        pairs.extend((_phrase(a), _phrase(b)) for a, b in [*ld.from_to, *ld.between])
        suffix.extend(_phrase(w) for w in ld.year_suffix)
        reference.extend(_phrase(w) for w in ld.reference_words)
        count.extend(_phrase(w) for w in ld.count_words)
    cue_index: dict[str, list[_Cue]] = {}
    for cue in sorted(cues, key=lambda c: len(c.tokens), reverse=True):
        cue_index.setdefault(cue.tokens[0], []).append(cue)
    pair_index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for a, b in sorted(set(pairs), key=lambda ab: len(ab[0]), reverse=True):
        if a and b:
            pair_index.setdefault(a[0], []).append((a, b))
    signs = frozenset(p[0] for p in count if len(p) == 1 and len(p[0]) == 1)
    return _Grammar(
        months=months,
        ordinal=frozenset(ordinal),
        day_link=_PhraseSet(link),
        cues=cue_index,
        from_to=pair_index,
        year_suffix=_PhraseSet(suffix),
        reference=_PhraseSet(reference),
        count=_PhraseSet(count),
        signs=signs,
        min_year=data.min_year,
        max_year=data.max_year,
        starters=frozenset([*months, *cue_index, *pair_index, *weekdays, *day_words]),
        ref_after=_PhraseSet(ref_after),
        day_join=frozenset(day_join),
        weekdays=frozenset(weekdays),
        day_words={k: sorted(v, key=lambda p: -len(p[0])) for k, v in day_words.items()},
        day_of=_PhraseSet(day_of),
        to_words=_PhraseSet(to_words),
        event_days=frozenset((int(d[:2]), int(d[3:])) for d in data.event_days),
    )


# ----------------------------------------------------------------- parsing
@dataclass(slots=True)
class _El:
    """One calendar element: a year, a month, a day, or a bare day of an interval."""

    y: int | None
    m: int | None
    d: int | None
    end: int  # token index after the element

    @property
    def precision(self) -> Precision:
        return "day" if self.d is not None else "month" if self.m is not None else "year"


@dataclass(slots=True)
class _Match:
    first: _El
    last: _El | None  # the end of an interval
    start: int  # token indices
    end: int


class _Parser:
    def __init__(self, g: _Grammar, t: _Tokens, lang: str, refs: set[int]) -> None:
        self.g = g
        self.t = t
        self.lang = lang
        self.refs = refs  # numbers written as references (résolution 1988)

    # -- small pieces ---------------------------------------------------
    def _num_context_ok(self, i: int, j: int | None = None) -> bool:
        """Whether the number at i (ending before token j) stands alone.

        Not glued to letters (``2004e``, ``A2004``), not part of a clause number
        or a decimal (``16.2``, ``2004.5``), a symbol (``S/2003/82``) or a time.
        """
        t = self.t
        if i > 0 and t.tight[i]:
            p = t.norm[i - 1]
            if t.kind[i - 1] != _PUNCT or p in _GLUE:
                return False
            if p in ".,:" and i > 1 and t.tight[i - 1] and t.kind[i - 2] == _NUM:
                return False  # 16.2, 1,2004, 12:21
        if j is None:
            j = i + 1
        if j < t.n and t.tight[j]:
            p = t.norm[j]
            if t.kind[j] != _PUNCT or p in _GLUE:
                return False
            if p in ".,:" and j + 1 < t.n and t.tight[j + 1] and t.kind[j + 1] == _NUM:
                return False  # 16.2, 2004.5, 12:21
        return True

    def day(self, i: int) -> tuple[int, int] | None:
        """(day, next index) for a day number at i, with its ordinal suffix."""
        t = self.t
        if i >= t.n or t.kind[i] != _NUM or len(t.raw[i]) > 2:
            return None
        d = int(t.raw[i])
        if not 1 <= d <= 31:
            return None
        j = i + 1
        if j < t.n and t.tight[j] and t.kind[j] == _WORD and t.norm[j] in self.g.ordinal:
            j += 1  # 1er, 1st (70e and 21st century fail for want of a month)
        elif (
            j + 2 < t.n
            and t.raw[j] == "^" == t.raw[j + 2]
            and t.tight[j] and t.tight[j + 1] and t.tight[j + 2]
            and t.norm[j + 1] in self.g.ordinal
        ):
            j += 3  # 1^er^ (a superscript in Markdown)
        if not self._num_context_ok(i, j):
            return None
        return d, j

    def year(self, i: int, *, glued: bool = False) -> int | None:
        """The year at token i, or None when the number is no year here.

        ``glued``: after a day and a month, a fifth digit is a footnote mark
        glued to the year (``17 March 20161``).
        """
        t = self.t
        g = self.g
        if i >= t.n or t.kind[i] != _NUM:
            return None
        size = len(t.raw[i])
        if size != 4 and not (glued and size == 5):
            return None
        y = int(t.raw[i][:4])
        if not g.min_year <= y <= g.max_year or not self._num_context_ok(i):
            return None
        if g.reference.before(t, i):
            self.refs.add(y)
            return None  # résolution 2001
        k = i + 1
        while k + 1 < t.n and t.raw[k] == "-" and t.tight[k] and t.tight[k + 1] and len(
            t.raw[k + 1]
        ) == 2 and t.kind[k + 1] == _NUM:
            k += 2  # a session's years: 1974-75-76
        if k < t.n and g.ref_after.at(t, k) >= 0 and t.gap_ok[k]:
            return None  # 2001, c. 41 (a statute citation)
        if self._in_symbol(i) or self._numbers_a_year(i) or self._foreign_date(i):
            return None
        if k == i + 3 and not 0 < (int(t.raw[i + 2]) - y % 100) % 100 <= 10:
            return None  # P.C. 2011-34 is an order's number (2011-14 is a span)
        if i > 0 and t.norm[i - 1] in g.signs and t.gap_ok[i]:
            return None  # $ 2000
        if g.count.at(t, i + 1) >= 0 and t.gap_ok[i + 1]:
            return None  # 2000 euros, 2004 %
        return y

    def _in_symbol(self, i: int) -> bool:
        """A year in parentheses inside a document number: CM(2005)65, (2018) 074."""
        t = self.t
        if not (0 < i < t.n - 1 and t.raw[i - 1] == "(" and t.raw[i + 1] == ")"):
            return False
        if not (t.tight[i] and t.tight[i + 1]):
            return False
        if i > 1 and t.tight[i - 1] and (t.kind[i - 2] == _WORD or t.raw[i - 2] in "_-/"):
            return True  # COM(2015), P8_TA-PROV(2017)
        k = i + 2
        if k < t.n and t.kind[k] == _NUM and (t.tight[k] or t.start[k] - t.end[k - 1] == 1):
            after = k + 1  # (2018) 074, but not 1373 (2001) 1540 (2004)
            return not (after < t.n and t.raw[after] == "(" and t.gap_ok[after])
        return False

    def _foreign_date(self, i: int) -> bool:
        """A year closing a date in a language not read: 28 dicembre 2001, 23 september 1971.

        Its day and month are not known, so it is not a bare year either.
        """
        t = self.t
        k = i - 1
        if k >= 2 and t.raw[k] == "de" and t.raw[k - 2] == "de":
            k -= 1  # 28 de diciembre de 2001
            if not t.gap_ok[k + 1]:
                return False
        if k < 1 or not t.gap_ok[i] or t.kind[k] != _WORD or not t.raw[k].islower():
            return False
        if self.month(k) is not None or not t.gap_ok[k]:
            return False
        j = k - 1 if t.raw[k - 1] != "de" else k - 2
        return j >= 0 and t.kind[j] == _NUM and len(t.raw[j]) <= 2 and 1 <= int(t.raw[j]) <= 31

    def _numbers_a_year(self, i: int) -> bool:
        """A number followed by a year in parentheses is a resolution: 2083 (2012)."""
        t = self.t
        k = i + 1
        return (
            k + 2 < t.n
            and t.raw[k] == "("
            and t.gap_ok[k]
            and not t.tight[k]
            and t.kind[k + 1] == _NUM
            and len(t.raw[k + 1]) == 4
            and t.raw[k + 2] == ")"
            and t.tight[k + 1]
            and t.tight[k + 2]
        )

    def month(self, i: int) -> tuple[_MonthForm, int] | None:
        """The month named at token i and the index after it (and its full stop)."""
        t = self.t
        if i >= t.n or t.kind[i] != _WORD or t.norm[i] not in self.g.months:
            return None
        has_period = i + 1 < t.n and t.tight[i + 1] and t.raw[i + 1] == "."
        form = _month_form(self.g, t.norm[i], has_period, t.raw[i][0].isupper(), self.lang)
        if form is None:
            return None
        return form, i + (2 if form.period else 1)

    def time_after(self, i: int) -> int:
        """Index after a time of day ``12:21`` at i, else i."""
        t = self.t
        if (
            i + 2 < t.n
            and t.gap_ok[i]
            and t.kind[i] == _NUM
            and len(t.raw[i]) <= 2
            and int(t.raw[i]) <= 23
            and t.raw[i + 1] in ":h"
            and t.tight[i + 1]
            and t.tight[i + 2]
            and t.kind[i + 2] == _NUM
            and len(t.raw[i + 2]) == 2
            and int(t.raw[i + 2]) <= 59
        ):
            j = i + 3
            if (
                j + 1 < t.n
                and t.raw[j] == ":"
                and t.tight[j]
                and t.tight[j + 1]
                and t.kind[j + 1] == _NUM
                and len(t.raw[j + 1]) == 2
            ):
                j += 2
            return j
        return i

    # -- simple dates ------------------------------------------------------
    def simple(self, i: int, *, bare_day: bool = False, bare_month: bool = False) -> _El | None:
        """The longest single date at i.

        A month with neither day nor year is returned only with ``bare_month``
        (after a cue), a day with no month only with ``bare_day`` (first day of
        an interval).
        """
        t = self.t
        if i >= t.n:
            return None
        cands: list[_El | None] = []
        if t.kind[i] == _NUM:
            size = len(t.raw[i])
            if size == 4:
                cands.append(self._numeric(i))
                y = self.year(i)
                if y is not None:
                    cands.append(_El(y, None, None, i + 1))
                    cands.append(self._year_month(y, i + 1))
            elif size <= 2:
                cands.append(self._numeric(i))
                cands.append(self._day_first(i))
                if bare_day and not any(cands):
                    dj = self.day(i)
                    if dj is not None:
                        cands.append(_El(None, None, dj[0], dj[1]))
        elif t.kind[i] == _WORD:
            mo = self.month(i)
            if mo is not None:
                form, j = mo
                y = self.year(j) if j < t.n and t.gap_ok[j] else None
                if y is not None:
                    cands.append(_El(y, form.number, None, j + 1))
                elif bare_month and not form.weak:
                    cands.append(_El(None, form.number, None, j))
                cands.append(self._month_first(form, j))
        best: _El | None = None
        for el in cands:
            if el is not None and (best is None or el.end > best.end):
                best = el
        return best

    def _year_month(self, y: int, j: int) -> _El | None:
        """2005 September (a year, then a month name that is no abbreviation)."""
        t = self.t
        if j >= t.n or not t.gap_ok[j] or t.tight[j]:
            return None
        mo = self.month(j)
        if mo is None or mo[0].weak or mo[0].period:
            return None
        k = mo[1]
        if k < t.n and t.gap_ok[k] and t.kind[k] == _NUM:
            return None  # 2004 June 6 is no year-month
        return _El(y, mo[0].number, None, k)

    def _numeric(self, i: int) -> _El | None:
        """15/06/2004, 15-06-2004, 2004-06-15 (numbers and one separator, no spaces)."""
        t = self.t
        if i + 4 >= t.n:
            return None
        sep = t.raw[i + 1]
        if sep not in ("/", "-", ".") or t.raw[i + 3] != sep:
            return None
        if not (t.tight[i + 1] and t.tight[i + 2] and t.tight[i + 3] and t.tight[i + 4]):
            return None
        a, b, c = t.raw[i], t.raw[i + 2], t.raw[i + 4]
        roman = _ROMAN_MONTHS.get(b, 0) if sep == "." and t.kind[i + 2] == _WORD else 0
        if not ((t.kind[i + 2] == _NUM or roman) and t.kind[i + 4] == _NUM):
            return None
        if len(a) <= 2 and (len(b) <= 2 or roman) and len(c) == 4:
            d, m, y = int(a), roman or int(b), int(c)
        elif sep == ".":
            return None  # 2004.06.15 is no form of this corpus
        elif len(a) == 4 and len(b) == 2 and len(c) == 2:
            y, m, d = int(a), int(b), int(c)
        else:
            return None
        if not self.g.min_year <= y <= self.g.max_year or not _valid(y, m, d):
            return None
        # the whole group must stand alone: not S/15/06/2004 nor 15/06/2004/3
        if i > 0 and t.tight[i] and (t.kind[i - 1] != _PUNCT or t.raw[i - 1] in "/-.,"):
            return None
        j = i + 5
        if j < t.n and t.tight[j] and (t.kind[j] != _PUNCT or t.raw[j] in "/-"):
            return None
        if (
            j + 1 < t.n
            and t.tight[j]
            and t.raw[j] in ".,"
            and t.tight[j + 1]
            and t.kind[j + 1] == _NUM
        ):
            return None
        return _El(y, m, d, self.time_after(j))

    def _day_first(self, i: int) -> _El | None:
        """6 juin 2002, 1st of June 2002, 28-Jun-2004, 13 Dec. 2023 12:21, le 5 juin."""
        t = self.t
        dj = self.day(i)
        if dj is None:
            return None
        d, j = dj
        if j >= t.n:
            return None
        hyphen = t.tight[j] and t.norm[j] == "-"
        if hyphen:
            j += 1
            if j >= t.n or not t.tight[j]:
                return None
        elif t.tight[j] or not t.blank_ok(j):
            return None
        else:
            k = self.g.day_link.at(self.t, j)
            if k >= 0 and k < t.n and t.gap_ok[k]:
                j = k
        mo = self.month(j)
        if mo is None:
            return None
        form, j = mo
        if not hyphen:
            yy = self._short_year(form, j)
            if yy is not None and _valid(yy, form.number, d):
                return _El(yy, form.number, d, j + 1)
        if hyphen:
            # 28-Jun-2004: the year is needed (11-Septembre is a name, not a date)
            if not (j + 1 < t.n and t.norm[j] == "-" and t.tight[j] and t.tight[j + 1]):
                return None
            y = self.year(j + 1)
            if y is None or not _valid(y, form.number, d):
                return None
            return _El(y, form.number, d, self.time_after(j + 2))
        y = self.year(j, glued=True) if j < t.n and t.gap_ok[j] else None
        if y is not None and _valid(y, form.number, d):
            return _El(y, form.number, d, self.time_after(j + 1))
        if not _valid(2000, form.number, d):  # a leap year: 29 février is a day
            return None
        return _El(None, form.number, d, j)

    def _short_year(self, form: _MonthForm, j: int) -> int | None:
        """A two-digit year after an abbreviated month: 11 Sep 01 is 2001-09-11."""
        t = self.t
        if not (form.weak or form.period) or j >= t.n or not t.gap_ok[j] or t.tight[j]:
            return None
        if t.kind[j] != _NUM or len(t.raw[j]) != 2 or not self._num_context_ok(j):
            return None
        if j + 1 < t.n and t.gap_ok[j + 1] and t.kind[j + 1] == _NUM:
            return None  # 11 Sep 01 23:00 is fine, 11 Sep 12 2004 is not
        yy = int(t.raw[j])
        year = 2000 + yy if 2000 + yy <= self.g.max_year - 50 else 1900 + yy
        return year if self.g.min_year <= year else None

    def _month_first(self, form: _MonthForm, j: int) -> _El | None:
        """June 6, 2002; Dec. 13, 2023; June 6 (after the month at j-1)."""
        t = self.t
        if j >= t.n or not t.gap_ok[j] or t.tight[j]:
            return None
        dj = self.day(j)
        if dj is None:
            return None
        d, k = dj
        y, after = self._comma_year(k)
        if y is not None and _valid(y, form.number, d):
            return _El(y, form.number, d, self.time_after(after))
        if not form.month_first or not _valid(2000, form.number, d):
            return None  # Juin 20, 2017 in French needs its year
        return _El(None, form.number, d, k)

    def _comma_year(self, k: int) -> tuple[int | None, int]:
        """A year at k, or after a comma at k: (year, index after) or (None, k)."""
        t = self.t
        if k < t.n and t.gap_ok[k]:
            if t.raw[k] == "," and k + 1 < t.n and t.gap_ok[k + 1]:
                y = self.year(k + 1, glued=True)
                if y is not None:
                    return y, k + 2
            y = self.year(k, glued=True)
            if y is not None:
                return y, k + 1
        return None, k

    # -- whole expressions ---------------------------------------------
    def at(self, i: int) -> _Match | None:
        """The longest date expression starting at token i."""
        t = self.t
        g = self.g
        k = t.kind[i]
        if k == _PUNCT or (k == _WORD and t.norm[i] not in g.starters):
            return None
        if k == _NUM and len(t.raw[i]) not in (1, 2, 4):
            return None
        cands: list[_Match] = []
        if k == _WORD:
            cands.extend(self._cued(i))
            cands.extend(self._connected(i))
            mr = self._month_range(i)
            if mr is not None:
                cands.append(mr)
            dw = self._day_in_words(i)
            if dw is not None:
                cands.append(_Match(dw, None, i, dw.end))
        if k == _NUM or t.norm[i] in g.weekdays:
            days = self._day_list(i)
            if days is not None:
                cands.append(days)
        el = self.simple(i, bare_day=True, bare_month=True)
        if el is not None:
            to = self._to_date(el, i)
            if to is not None:
                cands.append(to)
            iv = self._interval_from(el, i)
            # a year-less month interval (juin-juillet) needs a cue, like a month
            last = iv.last if iv is not None else None
            if iv is not None and last is not None and (last.y, last.d) != (None, None):
                cands.append(iv)
            if el.y is not None and el.m is None:
                cands.append(_Match(el, None, i, self._suffix(el.end)))
            elif el.y is not None or (el.m is not None and el.d is not None):
                cands.append(_Match(el, None, i, el.end))
        best: _Match | None = None
        for c in cands:
            if best is None or c.end > best.end:
                best = c
        return best

    def _day_list(self, i: int) -> _Match | None:
        """Days joined by "and" before one month: 11 and 12 December 2012, lundi 3,
        mardi 4 et mercredi 5 mars 2008. Consecutive days are one event (one
        interval from the first to the last); otherwise the first day is a date
        of its own (les 3 et 9 mars 2008), and the scan goes on from the next."""
        t = self.t
        g = self.g
        days: list[tuple[int, int]] = []  # (day, index after it)
        j = i
        while True:
            if j < t.n and t.norm[j] in g.weekdays:
                j += 1
                if j >= t.n or not t.gap_ok[j]:
                    return None
            dj = self.day(j)
            if dj is None:
                return None
            k = dj[1]
            if not (k < t.n and t.gap_ok[k] and t.norm[k] in g.day_join):
                break
            days.append(dj)
            j = k + 1
            if j >= t.n or not t.gap_ok[j] or len(days) > 6:
                return None
        if not days:
            return None
        last = self._day_first(j)
        if last is None or last.m is None or last.d is None:
            return None
        run = [d for d, _ in days] + [last.d]
        if all(b == a + 1 for a, b in pairwise(run)):
            return _Match(_El(last.y, last.m, run[0], last.end), last, i, last.end)
        if last.y is not None and not _valid(last.y, last.m, run[0]):
            return None
        return _Match(_El(last.y, last.m, run[0], days[0][1]), None, i, days[0][1])

    def _day_in_words(self, i: int) -> _El | None:
        """the tenth day of May, 1996; le dixième jour de mai 1996."""
        t = self.t
        for words, d in self.g.day_words.get(t.norm[i], ()):
            j = _match_phrase(t, i, words)
            if j < 0 or j >= t.n or not t.gap_ok[j]:
                continue
            k = self.g.day_of.at(t, j)
            if k < 0 or k >= t.n or not t.gap_ok[k]:
                continue
            mo = self.month(k)
            if mo is None:
                continue
            form, m = mo
            y, after = self._comma_year(m)
            if y is not None and _valid(y, form.number, d):
                return _El(y, form.number, d, after)
        return None

    def _to_date(self, x: _El, i: int) -> _Match | None:
        """Two written days joined by a connector: 01-03-2004 au 30-06-2005."""
        t = self.t
        if x.y is None or x.d is None:
            return None
        j = x.end
        if j >= t.n or not t.gap_ok[j]:
            return None
        k = self.g.to_words.at(t, j)
        if k < 0 or k >= t.n or not t.gap_ok[k]:
            return None
        y = self.simple(k)
        if y is not None and y.y is not None and y.d is not None and _key(x) < _key(y):
            return _Match(x, y, i, y.end)
        return None

    def _suffix(self, j: int) -> int:
        """Index after a year suffix (et au-delà) at j, else j."""
        if j < self.t.n and self.t.gap_ok[j]:
            k = self.g.year_suffix.at(self.t, j)
            if k >= 0:
                return k
        return j

    def _cued(self, i: int) -> list[_Match]:
        """Qualifier, by-end, year-prefix and month cues followed by a date."""
        t = self.t
        out: list[_Match] = []
        for cue in self.g.cues.get(t.norm[i], ()):
            j = _match_phrase(t, i, cue.tokens)
            if j < 0 or j >= t.n or not t.gap_ok[j]:
                continue
            if cue.kind == "year_prefix":
                y = self.year(j)
                if y is None:
                    continue
                el = _El(y, None, None, j + 1)
            else:
                found = self.simple(j, bare_month=True)
                if found is None or found.d is not None:
                    continue
                el = found
            if cue.kind == "month_cue":
                # "en février" is a date because of "en"; "en 2004" is just 2004
                if el.y is not None:
                    continue
                iv = self._interval_from(el, j)
                if iv is not None and iv.last is not None:
                    # in March-April 2003: the written interval starts at the month
                    start = i if iv.last.y is None else j
                    out.append(_Match(iv.first, iv.last, start, iv.end))
                out.append(_Match(el, None, i, el.end))
                continue
            end = self._suffix(el.end) if el.m is None else el.end
            out.append(_Match(el, None, i, end))
            iv = self._interval_from(el, j)  # pour 2005-2006, fin 2004-2005
            if iv is not None and iv.last is not None and iv.last.y is not None:
                out.append(_Match(iv.first, iv.last, i, iv.end))
        return out

    def _connected(self, i: int) -> list[_Match]:
        """du X au Y, from X to Y, entre X et Y, between X and Y."""
        t = self.t
        out: list[_Match] = []
        for a, b in self.g.from_to.get(t.norm[i], ()):
            j = _match_phrase(t, i, a)
            if j < 0 or j >= t.n or not t.gap_ok[j]:
                continue
            x = self.simple(j, bare_day=True, bare_month=True)
            if x is None:
                continue
            k = _match_phrase(t, x.end, b)
            if k < 0 or k >= t.n or not t.gap_ok[k]:
                continue
            y = self.simple(k, bare_month=True)
            if y is None:
                continue
            pair = _combine(x, y)
            if pair is not None:
                out.append(_Match(pair[0], pair[1], i, y.end))
        return out

    def _interval_from(self, x: _El, i: int) -> _Match | None:
        """X - Y (12-13 février 2020, 2011-2014) and X/Y for months (novembre/décembre)."""
        t = self.t
        j = x.end
        if j + 1 >= t.n or not t.gap_ok[j]:
            return None
        sep = t.norm[j]
        if sep == "/":
            if x.d is not None or x.m is None or x.y is not None:
                return None
            if not (t.tight[j] and t.tight[j + 1]):
                return None
        elif sep != "-":
            return None
        if not t.gap_ok[j + 1]:
            return None
        y = self.simple(j + 1, bare_month=sep == "/" or x.y is None)
        if y is None or (sep == "/" and y.precision != "month"):
            return None
        pair = _combine(x, y)
        if pair is None:
            return None
        return _Match(pair[0], pair[1], i, y.end)

    def _month_range(self, i: int) -> _Match | None:
        """June 22-25, 2004 starting at the month token i."""
        t = self.t
        mo = self.month(i)
        if mo is None or not mo[0].month_first:
            return None
        form, j = mo
        if j >= t.n or not t.gap_ok[j] or t.tight[j]:
            return None
        d1 = self.day(j)
        if d1 is None:
            return None
        k = d1[1]
        if not (k + 1 < t.n and t.norm[k] == "-" and t.gap_ok[k] and t.gap_ok[k + 1]):
            return None
        d2 = self.day(k + 1)
        if d2 is None or d2[0] <= d1[0]:
            return None
        y, after = self._comma_year(d2[1])
        if y is not None:
            if not _valid(y, form.number, d2[0]):
                return None
            return _Match(
                _El(y, form.number, d1[0], after), _El(y, form.number, d2[0], after), i, after
            )
        if not _valid(2000, form.number, d2[0]):
            return None
        end = d2[1]
        return _Match(
            _El(None, form.number, d1[0], end), _El(None, form.number, d2[0], end), i, end
        )


@lru_cache(maxsize=4096)
def _month_form(
    g: _Grammar, key: str, has_period: bool, upper: bool, lang: str
) -> _MonthForm | None:
    """The month a written form names, its forms of all languages merged."""
    ok = [
        f
        for f in g.months.get(key, ())
        if (has_period or not f.period) and (upper or not f.capitalized)
    ]
    if not ok:
        return None
    # the full stop is part of the name when some form has it; the month
    # number is the document language's when the languages disagree
    period = any(f.period for f in ok)
    best = max(ok, key=lambda f: (f.period == period, f.lang == lang))
    same = [f for f in ok if f.number == best.number]
    return _MonthForm(
        number=best.number,
        lang=best.lang,
        period=period,
        weak=all(f.weak for f in same),
        capitalized=best.capitalized,
        month_first=any(f.month_first for f in same),
    )


def _valid(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _key(el: _El) -> tuple[int, int, int]:
    return (el.y or 0, el.m or 0, el.d or 0)


def _combine(x: _El, y: _El) -> tuple[_El, _El] | None:
    """Complete the start of an interval from its end; None if they do not fit."""
    if x.precision == "day" and x.m is None:  # bare day: 12-13 février
        if y.d is None or y.m is None:
            return None
        x = _El(y.y, y.m, x.d, x.end)
    elif x.y is None and x.m is not None:  # 5 juin - 7 juillet 2004, novembre/décembre
        if y.precision != x.precision or y.m is None:
            return None
        year = y.y
        if year is not None and (x.m, x.d or 0) > (y.m, y.d or 0):
            year -= 1  # décembre-janvier 2005
        x = _El(year, x.m, x.d, x.end)
    if x.precision != y.precision or (x.y is None) != (y.y is None):
        return None
    if x.d is not None and x.y is not None and not _valid(x.y, x.m or 0, x.d):
        return None
    if x.y is not None and _key(x) >= _key(y):
        return None
    if x.y is None and (x.m, x.d) == (y.m, y.d):
        return None
    return x, y


# ----------------------------------------------------------------- driver
def _segments(text: str, g: _Grammar) -> list[tuple[int, int]]:
    """Stretches of text around the anchors (month names, years), merged."""
    anchors: list[tuple[int, int]] = []
    for m in _YEAR_ANCHOR_RE.finditer(text):
        if g.min_year <= int(m.group()) <= g.max_year:
            anchors.append((m.start(), m.end()))
    months = g.months
    for m in _WORD_RE.finditer(text):
        if _norm(m.group()) in months:
            anchors.append((m.start(), m.end()))
    anchors.sort()
    segs: list[tuple[int, int]] = []
    for a, b in anchors:
        lo, hi = max(0, a - _LEFT_MARGIN), min(len(text), b + _RIGHT_MARGIN)
        if segs and lo <= segs[-1][1]:
            if hi > segs[-1][1]:
                segs[-1] = (segs[-1][0], hi)
        else:
            segs.append((lo, hi))
    # start and end on whitespace so that no token is cut
    out: list[tuple[int, int]] = []
    for lo, hi in segs:
        stop = max(0, lo - 40)
        while lo > stop and not text[lo - 1].isspace():
            lo -= 1
        stop = min(len(text), hi + 40)
        while hi < stop and not text[hi].isspace():
            hi += 1
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    first: _El
    last: _El | None


def _scan(text: str, language: str) -> list[_Raw]:
    """Every date of the text, left to right, longest first at each token.

    A bare year that the text also writes as a reference number (``Resolution
    1988`` makes ``the 1988 Sanctions Committee`` a name) is dropped at the end.
    """
    g = _grammar()
    found: list[_Raw] = []
    refs: set[int] = set()
    for lo, hi in _segments(text, g):
        t = _Tokens(text, lo, hi)
        p = _Parser(g, t, language, refs)
        i = 0
        while i < t.n:
            best = p.at(i)
            if best is None:
                i += 1
                continue
            found.append(_Raw(t.start[best.start], t.end[best.end - 1], best.first, best.last))
            i = best.end
    if refs:
        found = [
            r
            for r in found
            if not (r.last is None and r.first.m is None and r.first.y in refs)
        ]
    return found


def _fmt(y: int | None, m: int | None, d: int | None) -> str:
    if y is None:
        return f"--{m:02d}-{d:02d}" if d is not None else f"--{m:02d}"
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _parse_iso_day(value: str) -> tuple[int, int, int]:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m is None or not _valid(int(m[1]), int(m[2]), int(m[3])):
        raise ValueError(f"own_date must be an ISO day (YYYY-MM-DD), not {value!r}")
    return int(m[1]), int(m[2]), int(m[3])


def _infer_year(
    m: int,
    d: int | None,
    context: int | None,
    own: tuple[int, int, int] | None,
    mode: Literal["past", "ahead", "recent"] = "past",
) -> int | None:
    """The year of a year-less date: the context year unless that puts it after own.

    With no context year, or one that puts the date well after the text's own
    date, it takes the own date's year, or the year before when that too is
    well after it. "Well after" leaves a month's slack: a page stamped 23
    November that says "from 24 to 25 November" means the same year. A
    deadline (``ahead``: "by the end of June") lies on or after the own date:
    the first such year. ``recent`` ("le 23 février dernier", "last
    February") is the last such day on or before the own date.
    """

    def after_own(y: int, slack: int = _SLACK_DAYS) -> bool:
        assert own is not None
        if (y, m) <= own[:2] and (d is None or (y, m, d) <= own):
            return False
        return _ordinal(y, m, d or 1) - _ordinal(*own) > slack

    def before_own(y: int) -> bool:
        assert own is not None
        if d is None:
            return (y, m) < own[:2]
        return (y, m, d) < own

    year = context
    if own is not None and mode == "ahead":
        year = own[0] if not before_own(own[0]) else own[0] + 1
    elif own is not None and mode == "recent":
        year = own[0] if not after_own(own[0], 0) else own[0] - 1
    elif own is not None and (year is None or after_own(year)):
        year = own[0] if not after_own(own[0]) else own[0] - 1
    if year is not None and d is not None:
        for _ in range(8):  # 29 February needs a leap year
            if _valid(year, m, d):
                break
            year -= 1
    return year


_SLACK_DAYS = 31


def _ordinal(y: int, m: int, d: int) -> int:
    return datetime.date(y, m, min(d, calendar.monthrange(y, m)[1])).toordinal()


def find_dates(text: str, language: str, *, own_date: str | None = None) -> list[DateHit]:
    """Every explicit date of ``text``, in order, non-overlapping.

    ``language`` (``"fr"`` or ``"en"``) only breaks ties: both languages' month
    names are matched everywhere. A date written without a year takes the
    year of the nearest dated mention before it, unless ``own_date`` (the
    document's own ISO day) is given and that year would put it after
    ``own_date``; then, or when no year comes before it, it takes the latest
    year that puts it on or before ``own_date``. With neither it is written
    ``--MM-DD`` / ``--MM``. Such hits have ``inferred_year=True``.
    """
    return _resolve(text, _scan(text, language), own_date)


def document_dates(
    text: str,
    language: str,
    front_end: int = 0,
    pick: Callable[[list[DateHit]], str | None] | None = None,
) -> list[DateHit]:
    """The dates of a whole document whose front matter ends at ``front_end``.

    The document's own date anchors the dates written without a year: ``pick``
    chooses it from the hits (an ISO day, or None), else the first written day
    of the front matter. The text is scanned once; only the years are resolved
    a second time when that anchor is found.
    """
    raws = _scan(text, language)
    hits = _resolve(text, raws, None)
    if pick is not None:
        own = pick(hits)
    else:
        own = own_date_of(hits, before=front_end) if front_end else None
    if own is not None and any(h.inferred_year or h.value.startswith("--") for h in hits):
        hits = _resolve(text, raws, own)
    return hits


@cache
def _deadline_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Deadline cues of every language: right before a date, and opening one."""
    cues = sorted(
        {c for lang in load_dates().languages.values() for c in lang.deadline},
        key=len,
        reverse=True,
    )
    alt = "|".join(
        r"\s+".join(re.escape(w) for w in c.replace("\u2019", "'").split()) for c in cues
    )
    if not alt:
        never = re.compile(r"(?!)")
        return never, never
    before = re.compile(rf"(?:^|[^\w'])(?:{alt})(?:\s+(?:the|le|la|l'))?\s*$", re.IGNORECASE)
    opening = re.compile(rf"(?:{alt})\b", re.IGNORECASE)
    return before, opening


def _is_deadline(text: str, start: int, end: int) -> bool:
    before, opening = _deadline_res()
    window = text[max(0, start - 40) : start].replace("\u2019", "'")
    return bool(before.search(window) or opening.match(text[start:end].replace("\u2019", "'")))


@cache
def _recent_re() -> re.Pattern[str]:
    """A recent-past cue right before or after a date: "last February", "février dernier"."""
    words = sorted(
        {w for lang in load_dates().languages.values() for w in lang.recent}, key=len, reverse=True
    )
    if not words:
        return re.compile(r"(?!)")
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:^\s+(?:{alt})\b|\b(?:{alt})\s+$)", re.IGNORECASE)


@cache
def _event_re() -> re.Pattern[str]:
    words = sorted(
        {w for lang in load_dates().languages.values() for w in lang.event_before},
        key=len,
        reverse=True,
    )
    if not words:
        return re.compile(r"(?!)")
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:^|\W)(?:{alt})\s+$", re.IGNORECASE)


def _names_event(text: str, start: int) -> bool:
    """Whether a year-less event day stands as a name (du 11 septembre, the September 11)."""
    return bool(_event_re().search(text[max(0, start - 24) : start]))


def _mode(text: str, start: int, end: int) -> Literal["past", "ahead", "recent"]:
    """How a year-less date stands to the text's own date (see :func:`_infer_year`)."""
    if _is_deadline(text, start, end):
        return "ahead"
    rec = _recent_re()
    if rec.search(text[end : end + 12]) or rec.search(text[max(0, start - 12) : start]):
        return "recent"
    return "past"


def _resolve(text: str, raws: list[_Raw], own_date: str | None) -> list[DateHit]:
    """Scanned dates to hits; years of year-less dates inferred as :func:`find_dates` says."""
    own = _parse_iso_day(own_date) if own_date is not None else None
    hits: list[DateHit] = []
    context: int | None = None
    events = _grammar().event_days
    for raw in raws:
        first, last = raw.first, raw.last
        inferred = first.y is None
        if inferred:
            assert first.m is not None
            if last is None and (first.m, first.d) in events and _names_event(text, raw.start):
                continue  # l'anniversaire du 11 septembre: the event's name
            year = _infer_year(first.m, first.d, context, own, _mode(text, raw.start, raw.end))
            start = _fmt(year, first.m, first.d)
            value = start
            if last is not None:
                assert last.m is not None
                end_year = year
                if year is not None and (last.m, last.d or 0) < (first.m, first.d or 0):
                    end_year = year + 1
                value = f"{start}/{_fmt(end_year, last.m, last.d)}"
        else:
            value = _fmt(first.y, first.m, first.d)
            if last is not None:
                value = f"{value}/{_fmt(last.y, last.m, last.d)}"
            context = (last or first).y
        hits.append(
            DateHit(
                start=raw.start,
                end=raw.end,
                text=text[raw.start : raw.end],
                value=value,
                precision=first.precision,
                inferred_year=inferred,
            )
        )
    return hits


def own_date_of(hits: Sequence[DateHit], before: int) -> str | None:
    """The document's own date: the first written day that starts before ``before``."""
    for h in hits:
        if h.start >= before:
            break
        if h.precision == "day" and not h.inferred_year:
            return h.value.split("/")[0]
    return None
