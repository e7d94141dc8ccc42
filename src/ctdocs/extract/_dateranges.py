"""Intervals between two written dates (the middle of the date parser).

``du X au Y``, ``from X to Y``, ``between X and Y``, ``12-13 février 2020``,
``2011-14``, ``novembre/décembre``, ``June 22-25, 2004``, ``(23 July to 2
August)``: two simple dates of :mod:`ctdocs.extract._dateparse` joined by a
connector or a dash. :mod:`ctdocs.extract._datescan` tries them at each token.
"""

from __future__ import annotations

from ._dategrammar import _NUM, _PUNCT, _WORD, _combine, _El, _key, _Match, _match_phrase, _valid
from ._dateparse import _Pieces

__all__ = ["_Ranges"]

_SHORT_SPAN = 10  # most years a span written 2011-14 covers
# Cues before an interval's end that keep its written month or year: mid, early, late and
# "the end of" ("between March 2014 and the end of 2017": 2014-03/2017)
_END_KINDS = frozenset({"qualifier", "by_end"})


class _Ranges(_Pieces):
    """The intervals a date at a token may open (see the module's note)."""

    def _to_date(self, x: _El, i: int) -> _Match | None:
        """Two written days joined by a connector: 01-03-2004 au 30-06-2005, or a bare
        day before a full one, the connector alone without its opening word: "(13 to
        22 May 2026)", "19 to 21 December 2018" (the first day takes the second's
        month and year, as "12-13 février 2020" does), or a year-less day and month before
        a later day: "(23 July to 2 August)", "(23 July to 2 August 2026)", one stretch as
        "from 23 July to 2 August" is."""
        t = self.t
        xd = x.d
        if xd is None:
            return self._month_to_month(x, i)
        j = x.end
        if j >= t.n or not t.gap_ok[j]:
            return None
        if x.y is not None and t.norm[j] == "," and j + 1 < t.n and t.gap_ok[j + 1]:
            j += 1  # October 1, 2022, through September 30, 2025: the year's comma
        k = self.g.to_words.at(t, self._past_time(j))
        if k < 0 or k >= t.n or not t.gap_ok[k]:
            return None
        y = self.simple(self._past_weekday(k))
        if y is None or y.d is None:
            return None
        yd = y.d
        y = _El(y.y, y.m, yd, self._past_time(y.end))
        if x.y is None and x.m is not None:  # a year-less day: the end is later that year
            if y.m is None or (x.m, xd) >= (y.m, yd):
                return None
            if y.y is not None and not _valid(y.y, x.m, xd):
                return None
            x = _El(y.y, x.m, xd, x.end)
        elif x.y is None:  # a bare day: the end must be a later day of a written month
            if y.m is None or yd <= xd or not _valid(2000 if y.y is None else y.y, y.m, xd):
                return None
            x = _El(y.y, y.m, xd, x.end)
        elif y.y is None or not _key(x) < _key(y):
            return None
        return _Match(x, y, i, y.end)

    def _month_to_month(self, x: _El, i: int) -> _Match | None:
        """April 2022 to March 2026: two written months joined by a to-word with no
        opening word are one stretch, as "from April 2022 to March 2026" is and as two
        bare years are (:meth:`_year_to_year`)."""
        t = self.t
        j = x.end
        if x.y is None or x.m is None or j >= t.n or not t.gap_ok[j]:
            return None
        k = self.g.to_words.at(t, j)
        if k < 0 or k >= t.n or not t.gap_ok[k]:
            return None
        y = self.simple(k)
        if y is None or y.y is None or y.m is None or y.d is not None or _key(y) <= _key(x):
            return None
        return _Match(x, y, i, y.end)

    def _connected(self, i: int) -> list[_Match]:
        """du X au Y, from X to Y, entre X et Y, between X and Y."""
        t = self.t
        out: list[_Match] = []
        for a, b in self.g.from_to.get(t.norm[i], ()):
            j = _match_phrase(t, i, a)
            if j < 0 or j >= t.n or not t.gap_ok[j]:
                continue
            x = self.simple(self._past_qualifier(j), bare_day=True, bare_month=True)
            if x is None:
                continue
            k = _match_phrase(t, self._past_time(x.end), b)
            if k < 0 or k >= t.n or not t.gap_ok[k]:
                continue
            k = self._past_season(self._past_weekday(k))
            y = self.simple(self._past_qualifier(k), bare_month=True)
            if y is None and t.kind[j] == _WORD:  # from October 21 to 23, 2025
                y = self._same_month_day(x, k)
            if y is None:
                continue
            y = _El(y.y, y.m, y.d, self._past_time(y.end))
            pair = _combine(x, y)
            if pair is None and x.y is not None and y.y is not None and x.y < y.y:
                pair = x, y  # between March 2014 and late 2017: each end as written
            if pair is not None:
                out.append(_Match(pair[0], pair[1], i, y.end))
        return out

    def _past_time(self, j: int) -> int:
        """The token after a time of day at j ("à 8 heures", "de 20 heures", "at 8 a.m.",
        "at 08:00"), else j: an interval's day may carry the hour it starts or ends at."""
        t = self.t
        if not (j + 1 < t.n and t.gap_ok[j] and t.norm[j] in self.cal.time_before):
            return j
        k = j + 1
        if not t.gap_ok[k] or t.kind[k] != _NUM or len(t.raw[k]) > 2 or int(t.raw[k]) > 23:
            return j
        clock = self.time_after(k)
        if clock > k:
            return clock  # at 08:00, à 8h30
        end = self.cal.time_units.at(t, k + 1) if k + 1 < t.n and t.gap_ok[k + 1] else -1
        if end <= 0:
            return j
        return end + int(self._minutes(end))  # à 14 h 00: the minutes after a spaced "h"

    def _minutes(self, j: int) -> bool:
        """Whether two digits of minutes at j follow an hour's "h" (à 0 h 00, à 14 h 30)."""
        t = self.t
        return bool(
            j < t.n
            and t.gap_ok[j]
            and t.norm[j - 1] == "h"
            and t.kind[j] == _NUM
            and len(t.raw[j]) == 2
            and int(t.raw[j]) <= 59
        )

    def _past_weekday(self, k: int) -> int:
        """The token after a weekday at k (au mardi 14 juillet), else k."""
        t = self.t
        if k + 1 < t.n and t.norm[k] in self.g.weekdays and t.gap_ok[k + 1]:
            return k + 1
        return k

    def _past_season(self, k: int) -> int:
        """The token of the year after a season at k, else k: the end of "between
        November 2023 and the summer of 2026", "de novembre 2023 à l'été 2025" is the
        season's year, as an end after "late" or "the end of" keeps its written year."""
        t = self.t
        m = self.cal.season_end.match(t.text, t.start[k])
        if m is None:
            return k
        q = k + 1
        while q < t.n and t.start[q] < m.end() and t.gap_ok[q]:
            q += 1
        return q if q < t.n and t.start[q] == m.end() and t.gap_ok[q] else k

    def _past_qualifier(self, j: int) -> int:
        """The token after a qualifier (early, late, fin) at j that a month or a year
        follows, else j: the ends of "between March 2014 and late 2017", "entre début
        2014 et fin 2017" keep their written month or year, as "fin 2004" does; so does
        an end after "the end of" ("between 19 November 2023 and the end of 2024")."""
        t = self.t
        for cue in self.g.cues.get(t.norm[j], ()):
            q = _match_phrase(t, j, cue.tokens)
            if cue.kind in _END_KINDS and 0 <= q < t.n and t.gap_ok[q]:
                return q
        return j

    def _same_month_day(self, x: _El, k: int) -> _El | None:
        """The end of "from October 21 to 23, 2025": a bare day (and the year) after a
        month-first day, in the same month (the caller checks the month comes first)."""
        if x.m is None or x.d is None or x.y is not None:
            return None
        dk = self.day(k)
        if dk is None or dk[0] <= x.d:
            return None
        y, after = self._comma_year(dk[1])
        if not _valid(2000 if y is None else y, x.m, dk[0]):
            return None
        return _El(y, x.m, dk[0], after)

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
        short = self._short_span(x, i, j)
        if short is not None:
            return short
        if self.fiscal_prefix(j + 1):
            j += 1  # FY2021-FY2025: the second year keeps its prefix
        y = self.simple(j + 1, bare_month=sep == "/" or x.y is None)
        if y is None or (sep == "/" and y.precision != "month"):
            return None
        pair = _combine(x, y)
        if pair is None:
            return None
        return _Match(pair[0], pair[1], i, y.end)

    def _year_to_year(self, x: _El, i: int) -> _Match | None:
        """2005 to 2015, 2005 à 2015: two bare years joined by a to-word are a span even
        with no opening word (the Acts 2005 to 2015, a collective citation's years)."""
        t = self.t
        j = x.end
        if j >= t.n or not t.gap_ok[j] or t.tight[j]:
            return None
        k = self.g.to_words.at(t, j)
        if k < 0 or k >= t.n or not t.gap_ok[k] or t.tight[k]:
            return None
        y = self.simple(k)
        if y is None or y.precision != "year" or y.y is None or x.y is None or y.y <= x.y:
            return None
        return _Match(x, y, i, y.end)

    def _span_to_span(self, iv: _Match) -> _Match | None:
        """Spans of years joined by "to": the exercices 2019-2020 à 2021-2022 run from
        the first year to the last (2019/2022)."""
        t = self.t
        if iv.last is None or iv.first.precision != "year" or iv.last.y is None:
            return None
        j = iv.end
        if j >= t.n or not t.gap_ok[j]:
            return None
        k = self.g.to_words.at(t, j)
        if k < 0 or k >= t.n or not t.gap_ok[k]:
            return None
        x = self.simple(k)
        if x is None or x.precision != "year":
            return None
        nxt = self._interval_from(x, k)
        if nxt is None or nxt.last is None or nxt.last.y is None or nxt.first.y is None:
            return None
        if nxt.first.y <= iv.last.y - 1:
            return None  # not in order
        return _Match(iv.first, nxt.last, iv.start, nxt.end)

    def _short_span(self, x: _El, i: int, j: int) -> _Match | None:
        """2011-14: a span of years whose end keeps its last two digits (2011/2014)."""
        t = self.t
        if x.y is None or x.m is not None or t.norm[j] != "-":
            return None
        k = j + 1
        if not (t.tight[j] and t.tight[k] and t.kind[k] == _NUM and len(t.raw[k]) == 2):
            return None
        if k + 1 < t.n and t.tight[k + 1] and t.kind[k + 1] != _PUNCT:
            return None
        end = x.y // 100 * 100 + int(t.raw[k])
        if not 0 < end - x.y <= _SHORT_SPAN:
            return None
        return _Match(x, _El(end, None, None, k + 1), i, k + 1)

    def _fiscal_span(self, i: int) -> _Match | None:
        """FY 2025/26 at the year i: a fiscal year's prefix (apart or glued) and its end
        (its last two digits or all four) after a slash, the next year's, are the span of
        its two calendar years (2025/2026), as 2011-14 is; without the prefix "2025/26"
        stays a number."""
        t = self.t
        if i == 0 or t.raw[i - 1] not in self.cal.glued_prefix or not t.gap_ok[i]:
            return None
        if i > 1 and t.tight[i - 1] and t.kind[i - 2] != _PUNCT:
            return None  # a code glued before the prefix (JRCFY2021)
        k = i + 2
        if k >= t.n or t.raw[i + 1] != "/" or not (t.tight[i + 1] and t.tight[k]):
            return None
        if (
            t.kind[k] != _NUM
            or len(t.raw[k]) not in (2, 4)
            or t.kind[i] != _NUM
            or len(t.raw[i]) != 4
        ):
            return None
        if k + 1 < t.n and t.tight[k + 1] and t.raw[k + 1] not in ",.;)":
            return None  # 2025/26:214, a record's number
        y = int(t.raw[i])
        nxt = y + 1 if len(t.raw[k]) == 4 else (y + 1) % 100  # FY 2025/2026 as FY 2025/26
        if not self.g.min_year <= y < self.g.max_year or nxt != int(t.raw[k]):
            return None
        return _Match(_El(y, None, None, i + 1), _El(y + 1, None, None, k + 1), i, k + 1)

    def _slashed_days(self, i: int) -> _Match | None:
        """27/28 September 2023 at the day i: a day, a slash and the next day, then the
        month (and year) of a written date, are one stretch of two days (a night's), as
        "du 27 au 28 septembre 2023" is."""
        t = self.t
        k = i + 2
        if k >= t.n or t.raw[i + 1] != "/" or not (t.tight[i + 1] and t.tight[k]):
            return None
        if t.kind[i] != _NUM or t.kind[k] != _NUM or len(t.raw[i]) > 2 or len(t.raw[k]) > 2:
            return None
        d = int(t.raw[i])
        if int(t.raw[k]) != d + 1 or k + 1 >= t.n or t.norm[k + 1] not in self.g.months:
            return None
        month = self.simple(k + 1, bare_month=True)  # the second day's slash bars simple(k)
        if month is None or month.m is None or month.d is not None:
            return None
        if not _valid(2000 if month.y is None else month.y, month.m, d + 1):
            return None
        return _Match(
            _El(month.y, month.m, d, i + 1), _El(month.y, month.m, d + 1, month.end), i, month.end
        )

    def _month_range(self, i: int) -> _Match | None:
        """June 22-25, 2004 and March 12 and 13, 2026 starting at the month token i.

        Days joined by "and" are one event only when consecutive; otherwise the
        first is a date of its own, with the year written after the second.
        """
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
        if not (k + 1 < t.n and t.gap_ok[k] and t.gap_ok[k + 1]):
            return None
        if t.norm[k] == ",":
            return self._month_day_list(i, form.number, d1)
        joined = t.norm[k] in self.g.day_join and t.norm[k] != ","
        if t.norm[k] != "-" and not joined:
            return None
        d2 = self.day(k + 1)
        if d2 is None or d2[0] <= d1[0]:
            return None
        y, after = self._comma_year(d2[1])
        if joined and d2[0] != d1[0] + 1:
            if y is None or not _valid(y, form.number, d1[0]):
                return None
            return _Match(_El(y, form.number, d1[0], d1[1]), None, i, d1[1])
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

    def _month_day_list(self, i: int, month: int, d1: tuple[int, int]) -> _Match | None:
        """December 2, 3 and 4 (, 2025) at the month token i: consecutive days parted by
        commas, the last by a joining word, are one event's stretch (guidelines §2, as
        "lundi 3, mardi 4 et mercredi 5 mars 2008" is)."""
        t = self.t
        last, k = d1
        while k + 1 < t.n and t.norm[k] == "," and t.gap_ok[k + 1]:
            nxt = self.day(k + 1)
            if nxt is None or nxt[0] != last + 1:
                return None
            last, k = nxt
        if k + 1 >= t.n or t.norm[k] not in self.g.day_join or not t.gap_ok[k + 1]:
            return None
        end = self.day(k + 1)
        if end is None or end[0] != last + 1 or last == d1[0]:
            return None  # two days alone are _month_range's
        y, after = self._comma_year(end[1])
        if not _valid(2000 if y is None else y, month, end[0]):
            return None
        return _Match(_El(y, month, d1[0], after), _El(y, month, end[0], after), i, after)
