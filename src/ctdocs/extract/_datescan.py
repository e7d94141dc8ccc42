"""Whole date expressions and the scan of a text (the second half of the parser).

Intervals (``12-13 février 2020``, ``from 25 to 27 September 2002``, ``11 and
12 December 2012``), cued dates (``fin 2004``, ``en février``) and dates in
words are tried at each token on top of the simple dates of
:mod:`ctdocs.extract._dateparse`; :func:`_scan` finds the anchors of a text
and keeps the longest date at each token, left to right.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from ._dateanchors import _is_letter, _segments, _word_anchors
from ._datecalendar import calendar_knowledge
from ._dategrammar import (
    _NUM,
    _PUNCT,
    _WORD,
    NumericOrder,
    _El,
    _Grammar,
    _grammar,
    _Match,
    _match_phrase,
    _Tokens,
    _valid,
    _words_number,
    _words_year,
)
from ._dateranges import _Ranges


class _Parser(_Ranges):
    """The longest date expression at a token (:meth:`at`)."""

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
        if k == _WORD and not self._may_open(i):
            return None
        cands: list[_Match] = []
        if k == _WORD:
            cands.extend(self._cued(i))
            cands.extend(self._connected(i))
            mr = self._month_range(i) if t.norm[i] in g.months else None
            if mr is not None:
                cands.append(mr)
            dw = self._day_in_words(i)
            if dw is None and t.norm[i] in g.numbers:
                dw = self._day_in_numbers(i)
            if dw is not None:
                cands.append(_Match(dw, None, i, dw.end))
        if k == _NUM or t.norm[i] in g.weekdays:
            days = self._day_list(i)
            if days is not None:
                cands.append(days)
        if k == _WORD and t.norm[i] not in g.months:
            return _longest(cands)  # a cue word: no simple date starts at it
        if k == _NUM and (fiscal := self._fiscal_span(i)) is not None:
            return fiscal  # FY 2025/26: its number shape is no date of its own
        if k == _NUM and (night := self._slashed_days(i)) is not None:
            cands.append(night)  # the night of 27/28 September 2023
        across = self._across_months(i)
        if across is not None:
            cands.append(across)
        el = self.simple(i, bare_day=True, bare_month=True)
        weak = self._weak_span(i) if el is None and k == _WORD else None
        if weak is not None:
            cands.append(weak)  # May-June 2011
        if el is not None:
            to = self._to_date(el, i)
            if to is not None:
                cands.append(to)
            iv = self._interval_from(el, i)
            # a year-less month interval (juin-juillet) needs a cue, like a month
            last = iv.last if iv is not None else None
            if iv is not None and last is not None and (last.y, last.d) != (None, None):
                cands.append(iv)
                spans = self._span_to_span(iv)
                if spans is not None:
                    cands.append(spans)
            if el.y is not None and el.m is None:
                cands.append(_Match(el, None, i, self._suffix(el.end)))
                span = self._year_to_year(el, i)
                if span is not None:
                    cands.append(span)
            elif el.y is not None or (el.m is not None and el.d is not None):
                cands.append(_Match(el, None, i, el.end))
        return _longest(cands)

    def _may_open(self, i: int) -> bool:
        """Whether the word at i may open a date: a month, a day's or a number's word, a
        weekday; or a cue or range word with a number or a month name where its phrase's
        date would start (:func:`_cue_reach`). Most words the scan asks at are "de", "the",
        "en" before no date: the test spares them every reader of :meth:`at` (exact: each
        reader of a cue's date starts with :meth:`simple` or :meth:`year` there, which need
        a number or a month)."""
        t, g = self.t, self.g
        w = t.norm[i]
        if w in g.months or w in g.day_words or w in g.numbers or w in g.weekdays:
            return True
        kind, norm, months, n = t.kind, t.norm, g.months, t.n
        for step in _cue_reach(g).get(w, ()):
            j = i + step
            if j < n and (kind[j] == _NUM or norm[j] in months):
                return True
        return False

    def _weak_span(self, i: int) -> _Match | None:
        """A weak month form opening a month interval whose end has its year: "May-June
        2011" is 2011-05/2011-06 as "mai-juin 2011" is; "May-" is no verb."""
        el = self.simple(i, bare_month=True, weak=True)
        iv = None if el is None else self._interval_from(el, i)
        if iv is None or iv.last is None or iv.last.y is None or iv.last.d is not None:
            return None
        return iv

    def _day_list(self, i: int) -> _Match | None:
        """Days joined by "and" before one month: 11 and 12 December 2012, lundi 3,
        mardi 4 et mercredi 5 mars 2008, le 27 et le 28 mai 2025. Consecutive days
        are one event (one interval from the first to the last); otherwise the first
        day is a date of its own (les 3 et 9 mars 2008), and the scan goes on from the next."""
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
            if j + 1 < t.n and t.norm[j] in g.day_article and t.gap_ok[j + 1]:
                j += 1  # le 27 et le 28 mai: the article each day may take
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

    def _across_months(self, i: int) -> _Match | None:
        """The last day of a month and the first of the next joined by "and": one event
        over two consecutive days (30 November and 1 December 2023, les 31 mai et 1er
        juin), one interval like 14 et 15 octobre. Other pairs stay two dates."""
        t = self.t
        x = self.simple(i, bare_day=False)
        if x is None or x.y is not None or x.m is None or x.d is None:
            return None
        j = x.end
        if not (j + 1 < t.n and t.gap_ok[j] and t.norm[j] in self.g.day_join):
            return None
        if not t.gap_ok[j + 1]:
            return None
        y = self.simple(j + 1)
        if y is None or y.m is None or y.d != 1 or y.m != x.m % 12 + 1:
            return None
        year = None if y.y is None else y.y - (x.m == 12)
        if x.d != calendar.monthrange(2001 if year is None else year, x.m)[1]:
            return None  # not the month's last day (28 February, when no year says more)
        return _Match(_El(year, x.m, x.d, x.end), y, i, y.end)

    def _day_in_words(self, i: int) -> _El | None:
        """the tenth day of May, 1996; le dixième jour de mai 1996; the twenty-first of
        January, two thousand twenty-four; le premier mars deux mille vingt-cinq (the
        ordinal straight before its month, or after "of", needs its year)."""
        t = self.t
        for words, d in self.g.day_words.get(t.norm[i], ()):
            j = _match_phrase(t, i, words)
            if j < 0 or j >= t.n or not t.gap_ok[j]:
                continue
            k = self.g.day_of.at(t, j)
            if k < 0:
                k = max(j, self.g.day_link.at(t, j))
            if k >= t.n or not t.gap_ok[k]:
                continue
            mo = self.month(k)
            if mo is None:
                continue
            form, m = mo
            y, after = self._comma_year(m)
            if y is None:
                y, after = _words_year(self.t, self.g, m)
            if y is not None and _valid(y, form.number, d):
                return _El(y, form.number, d, after)
        return None

    def _day_in_numbers(self, i: int) -> _El | None:
        """le vingt-huit juillet deux mille vingt-cinq: a cardinal day, a month, and a
        year in words (a number word and a month alone are no date: "deux mars")."""
        t = self.t
        d, j, scaled = _words_number(t, self.g, i)
        mo = self.month(j) if j < t.n and t.gap_ok[j] else None
        if scaled or not 1 <= d <= 31 or mo is None:
            return None
        form, m = mo
        y, after = _words_year(t, self.g, m)
        if y is None or not _valid(y, form.number, d):
            return None
        return _El(y, form.number, d, after)

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
                found = self.simple(j, bare_month=True, weak=cue.weak_ok)
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
                pair = self._next_month(el)
                if pair is not None and pair.y is not None:
                    # in November and December 2024: the year written once holds for both
                    assert el.m is not None and pair.m is not None
                    y = pair.y if el.m < pair.m else pair.y - 1
                    out.append(_Match(_El(y, el.m, None, el.end), pair, i, pair.end))
                elif pair is not None:
                    out.append(_Match(el, pair, i, pair.end))
                out.append(_Match(el, None, i, el.end))
                continue
            end = self._suffix(el.end) if el.m is None else el.end
            out.append(_Match(el, None, i, end))
            if cue.kind == "qualifier" and el.y is None and el.m is not None:
                span = self._qualified_range(el, i)  # fin mars-début avril 2025
                if span is not None:
                    out.append(span)
            iv = self._interval_from(el, j)  # pour 2005-2006, fin 2004-2005
            if iv is not None and iv.last is not None and iv.last.y is not None:
                out.append(_Match(iv.first, iv.last, i, iv.end))
            span = self._year_to_year(el, j) if cue.kind == "year_prefix" else None
            if span is not None and span.last is not None:
                out.append(_Match(span.first, span.last, i, span.end))  # for 2026 through 2030
        return out

    def _qualified_range(self, el: _El, i: int) -> _Match | None:
        """A qualified month with no year, a dash or a to-word, then a month with its
        year, qualified or not (fin mars-début avril 2025, late March to early April
        2025): one stretch of months in that year (the first in the year before when it
        comes later in the calendar: late December to early January 2025)."""
        t, g, k = self.t, self.g, el.end
        if k + 1 >= t.n or not t.gap_ok[k]:
            return None
        j = k + 1 if t.norm[k] == "-" else g.to_words.at(t, k)
        if j < 0 or j >= t.n or not t.gap_ok[j]:
            return None
        starts = [j]
        for cue in g.cues.get(t.norm[j], ()):
            q = _match_phrase(t, j, cue.tokens)
            if cue.kind == "qualifier" and 0 <= q < t.n and t.gap_ok[q]:
                starts.append(q)
        for q in reversed(starts):
            nxt = self.simple(q)
            if nxt is not None and nxt.y is not None and nxt.m is not None and nxt.d is None:
                assert el.m is not None
                y = nxt.y if el.m <= nxt.m else nxt.y - 1
                return _Match(_El(y, el.m, None, el.end), nxt, i, nxt.end)
        return None

    def _next_month(self, el: _El) -> _El | None:
        """The month after ``el`` joined to it by "et"/"and", ``el`` year-less: "en janvier
        et février", "in November and December 2024" are one stretch of two consecutive
        months, as consecutive days are; the second may carry the year of both."""
        t, k = self.t, el.end
        if el.m is None or not (k + 1 < t.n and t.gap_ok[k] and t.gap_ok[k + 1]):
            return None
        if t.norm[k] not in self.g.day_join or t.norm[k] == ",":
            return None
        nxt = self.simple(k + 1, bare_month=True)
        if nxt is None or nxt.d is not None or nxt.m != el.m % 12 + 1:
            return None
        return nxt


@cache
def _cue_reach(g: _Grammar) -> dict[str, tuple[int, ...]]:
    """For each cue word and range word, the token steps from it where the date its phrase
    introduces may start: after a cue's phrase; after a range's opening phrase, maybe past
    a qualifier's phrase (between late 2014 and …)."""
    quals = {len(c.tokens) for cues in g.cues.values() for c in cues if c.kind == "qualifier"}
    reach: dict[str, set[int]] = {}
    for w, cues in g.cues.items():
        reach.setdefault(w, set()).update(len(c.tokens) for c in cues)
    for w, pairs in g.from_to.items():
        for a, _ in pairs:
            reach.setdefault(w, set()).update(len(a) + q for q in (0, *quals))
    return {w: tuple(sorted(steps)) for w, steps in reach.items()}


def _longest(cands: list[_Match]) -> _Match | None:
    """The candidate that ends last, the first of those that end together."""
    best: _Match | None = None
    for c in cands:
        if best is None or c.end > best.end:
            best = c
    return best


# ----------------------------------------------------------------- driver
@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    first: _El
    last: _El | None
    season: bool = False  # à l'automne: a year-less season, a date of year precision


def _scan(text: str, language: str) -> list[_Raw]:
    """Every date of the text, left to right, longest first at each token.

    A bare year that the text also writes as a reference number (``Resolution
    1988`` makes ``the 1988 Sanctions Committee`` a name) is dropped at the end.
    """
    g = _grammar()
    found: list[_Raw] = []
    refs: set[int] = set()
    cal = calendar_knowledge()
    by_words = cal.season_words
    months, seasons = _word_anchors(text, g.months, cal.season_line if by_words else None)
    order = NumericOrder(text)
    for lo, hi in _segments(text, g, months):
        t = _Tokens(text, lo, hi)
        p = _Parser(g, t, language, refs, order)
        after = 0  # the token after the last date found
        for i in _openings(t, g):
            if i < after:
                continue
            best = p.at(i)
            if best is not None:
                found.append(_Raw(t.start[best.start], t.end[best.end - 1], best.first, best.last))
                after = best.end
    if refs:
        found = [
            r for r in found if not (r.last is None and r.first.m is None and r.first.y in refs)
        ]
    return _with_seasons(text, g, found, seasons if by_words else None)


def _openings(t: _Tokens, g: _Grammar) -> list[int]:
    """The tokens a date may start at, in order: those :meth:`_Parser.at` does not turn
    away at once (a number of one, two or four digits, a word that opens an expression).
    Most tokens are none: the scan asks only at these."""
    starters = g.starters
    return [
        i
        for i, (k, w) in enumerate(zip(t.kind, t.norm, strict=True))
        if (k == _NUM and len(w) in (1, 2, 4)) or (k == _WORD and w in starters)
    ]


def _season_words(text: str, g: _Grammar) -> list[tuple[int, int]]:
    """Spans of the season names that are words of their own (not "complete",
    "springtime"), found by the case-blind pattern (no lower-cased copy of the text)."""
    out: list[tuple[int, int]] = []
    for m in calendar_knowledge().season_re.finditer(text):
        pos, end = m.start(), m.end()
        if not (pos and _is_letter(text[pos - 1])) and not (
            end < len(text) and _is_letter(text[end])
        ):
            out.append((pos, end))
    return out


def _with_seasons(
    text: str, g: _Grammar, found: list[_Raw], words: list[tuple[int, int]] | None = None
) -> list[_Raw]:
    """The scan's dates and the year-less seasons (à l'automne) that none overlaps, in order.

    ``words``: the seasons' names written as words of their own, when the scan found
    them with the month names (:func:`_word_anchors`); else they are searched here.
    The cue and year are checked only around them.
    """
    seasons: list[_Raw] = []
    cal = calendar_knowledge()
    for pos, end in _season_words(text, g) if words is None else words:
        cue = cal.season_cue.search(text, max(0, pos - 24), pos)
        if cue is not None and cal.season_year.match(text, end) is None:
            seasons.append(_Raw(cue.start(), end, _El(None, None, None, 0), None, True))
    if not seasons:
        return found
    seasons.sort(key=lambda r: r.start)
    out: list[_Raw] = []
    k = 0  # found[k] is the first date that ends after the season's start
    for season in seasons:
        while k < len(found) and found[k].end <= season.start:
            out.append(found[k])
            k += 1
        if k < len(found) and found[k].start < season.end:
            continue  # a date overlaps it (au printemps 2021 is the scan's)
        out.append(season)
    out.extend(found[k:])
    return out
