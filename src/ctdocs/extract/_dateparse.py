"""Single dates: the pieces of a date and the simple dates they make.

The first half of the date parser (:class:`_Pieces`): a day, a month, a year
and whether a number is one at all (not a clause number, a symbol, a
citation), then one date at a token (``6 juin 2002``, ``15/06/2004``,
``June 6, 2002``). :mod:`ctdocs.extract._datescan` builds whole expressions
(intervals, cued dates) on top of it.
"""

from __future__ import annotations

from ._datecalendar import calendar_knowledge
from ._dategrammar import (
    _GLUE,
    _NUM,
    _PUNCT,
    _ROMAN_MONTHS,
    _WORD,
    NumericOrder,
    _El,
    _Grammar,
    _month_form,
    _MonthForm,
    _Tokens,
    _valid,
    _words_year,
)
from ._dateshapes import _NumberShapes
from ._datetokens import (
    footnote_after,
    in_digit_groups,
)

_SHORT_SPAN_YEARS = 10  # most years a span written 2011-12 covers (as the interval reader)


class _Pieces(_NumberShapes):
    """Parser state (tokens, grammar, language) and the simple dates."""

    def __init__(
        self, g: _Grammar, t: _Tokens, lang: str, refs: set[int], order: NumericOrder
    ) -> None:
        self.g = g
        self.cal = calendar_knowledge()  # other calendars, fiscal years' prefixes
        self.t = t
        self.lang = lang
        self.refs = refs  # numbers written as references (résolution 1988)
        self.order = order  # whether the text writes 03/18/2026: see numeric_order
        # simple()'s dates at each token before its flags: see _simple_at
        self._simple: dict[int, tuple[_El | None, _El | None]] = {}

    # -- small pieces ---------------------------------------------------
    def _num_context_ok(self, i: int, j: int | None = None) -> bool:
        """Whether the number at i (ending before token j) stands alone.

        Not glued to letters (``2004e``, ``A2004``), not part of a clause number
        or a decimal (``16.2``, ``2004.5``), a symbol (``S/2003/82``) or a time.
        """
        t = self.t
        if i > 0 and t.tight[i]:
            p = t.norm[i - 1]
            if (t.kind[i - 1] != _PUNCT or p in _GLUE) and not self.fiscal_prefix(i - 1):
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
                # 16.2, 2004.5, 12:21; a footnote's mark after a year ending a sentence is none
                return j == i + 1 and not t.tight[i] and footnote_after(t, j)
        return True

    def fiscal_prefix(self, k: int) -> bool:
        """Whether token k is a fiscal year's prefix glued to the four digits after it and
        glued to no letter or digit before it: the FY of FY2025 or (FY2021 (JRC139012 is a
        code)."""
        t = self.t
        return bool(
            k + 1 < t.n
            and t.raw[k] in self.cal.glued_prefix
            and t.tight[k + 1]
            and len(t.raw[k + 1]) == 4
            and t.kind[k + 1] == _NUM
            and not (k > 0 and t.tight[k] and t.kind[k - 1] != _PUNCT)
        )

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
            and t.tight[j]
            and t.tight[j + 1]
            and t.tight[j + 2]
            and t.norm[j + 1] in self.g.ordinal
        ):
            j += 3  # 1^er^ (a superscript in Markdown)
        if not self._num_context_ok(i, j):
            return None
        return d, j

    def year(self, i: int, *, glued: bool = False, dated: bool = False) -> int | None:
        """The year at token i, or None when the number is no year here.

        ``glued``: after a day and a month, a fifth digit is a footnote mark
        glued to the year (``17 March 20161``). ``dated`` (so ``glued``): a month
        comes before it (see :meth:`_amount`: ``14 octobre 2026⏎Membres présents``).
        """
        t = self.t
        g = self.g
        if i >= t.n or t.kind[i] != _NUM:
            return None
        size = len(t.raw[i])
        if size != 4 and not (glued and size == 5):
            return None
        y = int(t.raw[i][:4])
        if not g.min_year <= y <= g.max_year:
            return None
        if not self._num_context_ok(i) and not (glued and self._other_calendar_after(i)):
            return None
        if self.cal.era_after.at(t, i + 1) >= 0 and t.gap_ok[i + 1]:
            return None  # 16, 1948 (Saka): a year of another calendar
        if g.reference.before(t, i):
            if not (i + 1 < t.n and t.tight[i + 1] and t.raw[i + 1] in "-/"):
                self.refs.add(y)  # n° 2020-1671 makes no year 2020 a reference
            return None  # résolution 2001
        k = i + 1
        while (
            k + 1 < t.n
            and t.raw[k] == "-"
            and t.tight[k]
            and t.tight[k + 1]
            and len(t.raw[k + 1]) == 2
            and t.kind[k + 1] == _NUM
        ):
            k += 2  # a session's years: 1974-75-76
        if k > i + 1 and k + 1 < t.n and t.tight[k] and t.raw[k] in _GLUE and t.tight[k + 1]:
            return None  # 2019-05-05/14: a file number built on a date, not a year
        if k < t.n and g.ref_after.at(t, k) >= 0 and t.gap_ok[k]:
            return None  # 2001, c. 41 (a statute citation)
        if self._in_symbol(i) or self._numbers_a_year(i) or self._foreign_date(i):
            return None
        if in_digit_groups(t, i):
            return None  # 1800 123 400: a telephone number's groups
        if self._in_code(i) or self._numbered_of(i) or self._neutral_citation(i):
            return None  # L.N. 118 of 2002, 2024 WL 1187766: a number's year, a symbol
        if self._report_citation(i):
            return None  # 719 F.3d 88, 97 (2d Cir. 2013): the cited decision's year
        if k == i + 3 and not 0 < (int(t.raw[i + 2]) - y % 100) % 100 <= 10:
            return None  # P.C. 2011-34 is an order's number (2011-14 is a span)
        if self._amount(i, dated=(glued or dated) and t.raw[i - 1] != ","):
            return None
        return y

    def _amount(self, i: int, *, dated: bool) -> bool:
        """Whether the year-sized number at i is an amount or a notice's year: a sign
        before it ($ 2000, © 2026, © 2012-2023) or a count word after it (2000 euros,
        2004 %). ``dated``: a month comes right before it (no comma: "3 mars, 2000
        personnes" stays a count), so a count word after it opens the next phrase."""
        t, g = self.t, self.g
        if i > 0 and t.norm[i - 1] in g.signs and t.gap_ok[i]:
            return True  # $ 2000, © 2026
        if (
            i > 2
            and t.norm[i - 1] == "-"
            and t.tight[i]
            and t.kind[i - 2] == _NUM
            and t.norm[i - 3] in g.signs
            and t.gap_ok[i - 2]
        ):
            return True  # © 2012-2023: the span's end is the notice's too
        return not dated and g.count.at(t, i + 1) >= 0 and bool(t.gap_ok[i + 1])

    def _other_calendar_after(self, i: int) -> bool:
        """A slash and a word glued after a date's year: the same day in another calendar
        follows (7th August, 2026/Sravana 16, 1948 (Saka)), no symbol (2001/931/PESC)."""
        t = self.t
        return bool(
            i + 2 < t.n
            and t.raw[i + 1] == "/"
            and t.tight[i + 1]
            and t.gap_ok[i + 2]
            and t.kind[i + 2] == _WORD
            and len(t.raw[i + 2]) > 1
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
    def simple(
        self, i: int, *, bare_day: bool = False, bare_month: bool = False, weak: bool = False
    ) -> _El | None:
        """The longest single date at i.

        A month with neither day nor year is returned only with ``bare_month``
        (after a cue), a day with no month only with ``bare_day`` (first day of
        an interval); a weak form alone ("May") only with ``weak`` too (after "in",
        or opening "May-June 2011", where the modal verb cannot stand).
        """
        found = self._simple.get(i)
        if found is None:  # the scan asks again at the same token (an interval's end, a cue's date)
            found = self._simple[i] = self._simple_at(i)
        best, bare = found
        if best is None and bare is None and weak and bare_month and self.t.kind[i] == _WORD:
            mo = self.month(i)
            return None if mo is None else _El(None, mo[0].number, None, mo[1])
        if best is not None or bare is None:
            return best
        return bare if (bare_day if self.t.kind[i] == _NUM else bare_month) else None

    def _simple_at(self, i: int) -> tuple[_El | None, _El | None]:
        """The longest single date at i that needs neither flag of :meth:`simple`, and the
        bare day or bare month there that a flag admits when there is none."""
        t = self.t
        if i >= t.n:
            return None, None
        cands: list[_El | None] = []
        bare: _El | None = None
        if t.kind[i] == _NUM:
            size = len(t.raw[i])
            if size == 4:
                cands.append(self._numeric(i))
                cands.append(self._iso_month(i))
                y = self.year(i)
                if y is not None:
                    cands.append(_El(y, None, None, i + 1))
                    cands.append(self._year_month(y, i + 1))
            elif size <= 2:
                cands.append(self._numeric(i))
                cands.append(self._day_first(i))
                if not any(cands):
                    dj = self.day(i)
                    if dj is not None:
                        bare = _El(None, None, dj[0], dj[1])
        elif t.kind[i] == _WORD:
            mo = self.month(i)
            if mo is not None:
                form, j = mo
                y = self.year(j, dated=True) if j < t.n and t.gap_ok[j] else None
                end = j + 1
                if y is None and not form.weak and j < t.n and t.raw[j] == ",":
                    y, end = self._comma_year(j)  # NOVEMBER, 2026 (Kenya, India, Nigeria)
                if y is not None:
                    cands.append(_El(y, form.number, None, end))
                elif not form.weak:
                    bare = _El(None, form.number, None, j)
                cands.append(self._month_first(form, j))
        # the first of those that end last
        best = max((el for el in cands if el is not None), key=lambda el: el.end, default=None)
        return best, bare

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

    def _iso_month(self, i: int) -> _El | None:
        """2026-03 as a field's value after its colon ("Publication date: 2026-03"): ISO
        8601's year and month. Elsewhere the shape is a number's (SD 2026-05, n° 2024-08,
        2026-05R1) or a span's (2011-12, which the span reading keeps)."""
        t = self.t
        if i == 0 or i + 2 >= t.n or t.raw[i - 1] != ":" or not t.gap_ok[i]:
            return None
        if not (t.norm[i + 1] == "-" and t.tight[i + 1] and t.tight[i + 2]):
            return None
        if t.kind[i + 2] != _NUM or len(t.raw[i + 2]) != 2:
            return None
        y, m, j = int(t.raw[i]), int(t.raw[i + 2]), i + 3
        if not (self.g.min_year <= y <= self.g.max_year and 1 <= m <= 12):
            return None
        if 0 < (m - y % 100) % 100 <= _SHORT_SPAN_YEARS:
            return None  # Période : 2011-12 is two years
        if j < t.n and t.tight[j] and (t.kind[j] != _PUNCT or t.norm[j] in "/-"):
            return None  # 2026-03-17 is a day (read as one), 2026-05/CM a number
        if j + 1 < t.n and t.tight[j] and t.tight[j + 1] and t.kind[j + 1] == _NUM:
            return None  # 2026-03.5
        return _El(y, m, None, j)

    def _numeric(self, i: int) -> _El | None:
        """15/06/2004, 15-06-2004, 2004-06-15 (numbers and one separator, no spaces)."""
        t = self.t
        if i + 4 >= t.n:
            return None
        sep = t.norm[i + 1]  # any dash is a hyphen here: 10–30–24
        if sep not in ("/", "-", ".") or t.norm[i + 3] != sep:
            return None
        if not (t.tight[i + 1] and t.tight[i + 2] and t.tight[i + 3] and t.tight[i + 4]):
            return None
        a, b, c = t.raw[i], t.raw[i + 2], t.raw[i + 4]
        roman = _ROMAN_MONTHS.get(b, 0) if sep == "." and t.kind[i + 2] == _WORD else 0
        if not ((t.kind[i + 2] == _NUM or roman) and t.kind[i + 4] == _NUM):
            return None
        if len(a) <= 2 and (len(b) <= 2 or roman) and len(c) == 4:
            d, m, y = int(a), roman or int(b), int(c)
            if not roman and sep != "." and (int(a) <= 12 < int(b) or self.order.month_first()):
                d, m = m, d  # 03/18/2026, and 04/09/2026 in a text that writes so
        elif sep == ".":
            return None  # 2004.06.15 is no form of this corpus
        elif len(a) == 4 and len(b) == 2 and len(c) == 2:
            y, m, d = int(a), int(b), int(c)
        elif len(a) <= 2 and len(b) <= 2 and len(c) == 2 and not self.g.reference.before(t, i):
            # a two-digit year: a date unless numbered (dahir n° 1-07-79)
            y, m, d = self._expand(int(c)), *self._day_order(int(a), int(b))
        else:
            return None
        if not self.g.min_year <= y <= self.g.max_year or not _valid(y, m, d):
            return None
        # the whole group must stand alone: not S/15/06/2004 nor 15/06/2004/3
        if i > 0 and t.tight[i] and (t.kind[i - 1] != _PUNCT or t.norm[i - 1] in "/-.,"):
            return None
        j = i + 5
        if len(a) == 4 and self._iso_time(j):
            return _El(y, m, d, j)  # 2026-05-14T10:30:00Z: the time of day is dropped
        if j < t.n and t.tight[j] and (t.kind[j] != _PUNCT or t.norm[j] in "/-"):
            return None
        if (
            j + 1 < t.n
            and t.tight[j]
            and t.raw[j] in ".,"
            and t.tight[j + 1]
            and t.kind[j + 1] == _NUM
            and not self._footnote_mark(j)
        ):
            return None
        return _El(y, m, d, self.time_after(j))

    def _day_order(self, a: int, b: int) -> tuple[int, int]:
        """Month and day of a numeric day with a two-digit year (10-30-24, 30/10/24):
        a number above 12 is the day; else the order the document's language writes."""
        if a > 12 or (b <= 12 and self.lang not in self.g.month_first):
            return b, a
        return a, b

    def _expand(self, yy: int) -> int:
        """A two-digit year in this century unless that is more than 50 years ahead of
        the last year read (99 is 1999); one below ``min_year`` fails the caller's check."""
        return 2000 + yy if 2000 + yy <= self.g.max_year - 50 else 1900 + yy

    def _iso_time(self, j: int) -> bool:
        """An ISO 8601 time glued at j after a date: T10:30."""
        t = self.t
        return bool(
            j + 2 < t.n
            and t.raw[j] == "T"
            and t.tight[j]
            and t.tight[j + 1]
            and t.kind[j + 1] == _NUM
            and t.raw[j + 2] == ":"
        )

    def _footnote_mark(self, j: int) -> bool:
        """A full stop and a footnote number after a whole date: 28.5.2020.4 (end of a note)."""
        t = self.t
        k = j + 1
        return t.raw[j] == "." and len(t.raw[k]) <= 2 and (k + 1 >= t.n or not t.tight[k + 1])

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
        elif t.tight[j] or not (t.gap_ok[j] or (t.blank_ok(j) and not self._pair_end(i))):
            return None
        else:
            k = self.g.day_link.at(self.t, j)
            if k >= 0 and k < t.n and t.gap_ok[k]:
                j = k
        mo = self.month(j)
        if mo is None:
            return None
        if not hyphen and t.raw[j].isupper() and "\n" in t.text[t.end[i] : t.start[j]]:
            return None  # Version 1⏎FEBRUARY 2018: a line in capitals starts a heading
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
        y, after = self._comma_year(j)  # 6 juin 2002; 7th August, 2026 (India, Nigeria)
        if y is not None and _valid(y, form.number, d):
            return _El(y, form.number, d, self.time_after(after))
        # a treaty's closing formula writes its year in words after a numeric day ("the 22nd
        # day of November, Two Thousand and Twenty-Five"); the year needs a scale word
        y, after = _words_year(t, self.g, j)
        if y is not None and _valid(y, form.number, d):
            return _El(y, form.number, d, after)
        if not _valid(2000, form.number, d):  # a leap year: 29 février is a day
            return None
        return _El(None, form.number, d, j)

    def _pair_end(self, i: int) -> bool:
        """Day i closes a dashed pair of numbers (27-28, 27-08): the pair is one item, a
        range or a code, so its month is not sought across a paragraph break (a PDF seam
        splits a running date, "of 28⏎⏎September 2001", never a range from its month)."""
        t = self.t
        return (
            i >= 2
            and bool(t.tight[i] and t.tight[i - 1])
            and t.norm[i - 1] == "-"
            and (t.kind[i - 2] == _NUM)
        )

    def _short_year(self, form: _MonthForm, j: int) -> int | None:
        """A two-digit year after an abbreviated month: 11 Sep 01 is 2001-09-11."""
        t = self.t
        if not (form.weak or form.period) or j >= t.n or not t.gap_ok[j] or t.tight[j]:
            return None
        if t.kind[j] != _NUM or len(t.raw[j]) != 2 or not self._num_context_ok(j):
            return None
        if j + 1 < t.n and t.gap_ok[j + 1] and t.kind[j + 1] == _NUM:
            return None  # 11 Sep 01 23:00 is fine, 11 Sep 12 2004 is not
        year = self._expand(int(t.raw[j]))
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
