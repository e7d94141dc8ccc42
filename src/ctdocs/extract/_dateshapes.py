"""Shapes that make a four-digit number part of a code, not a year (guidelines §2).

A year in a document number (``CM(2005)65``, ``(2018) 074``, a neutral citation
``[2025] UKSC 12``), a serial or a compilation's page (``ISSN 1977-0677``, ``RO 2022
300``), a cited list of numbers (``No 82, 2023``), a year closing a date in a language
not read (``28 dicembre 2001``), a resolution's number before its year (``2083
(2012)``). :class:`ctdocs.extract._dateparse._Pieces` asks them while reading a year.
"""

from __future__ import annotations

from ._datecalendar import _Calendar
from ._dategrammar import _NUM, _WORD, _Grammar, _MonthForm, _Tokens
from ._datetokens import (
    between_colons,
    dotted_after,
    dotted_number,
    series_letter_after,
    word_dot_before,
)

__all__ = ["_NumberShapes"]

_COURT_LETTERS = 5  # letters at most in a court's or a database's name in a citation (INSC)
_COURT_TOKENS = 8  # tokens at most between a report citation's parenthesis and its year
_REPORT_TOKENS = 6  # tokens at most in a law report's abbreviated name (S . Ct ., F . 3 d)
_VOLUME_DIGITS = 3  # digits at most in a law report's volume (a year has four: "In 2020 Law …")


class _NumberShapes:
    """The code shapes around the number at a token of ``t`` (see the module's note)."""

    t: _Tokens
    g: _Grammar
    cal: _Calendar

    def month(self, i: int) -> tuple[_MonthForm, int] | None:
        """The month name at token i and the token after it: the parser's own reading."""
        raise NotImplementedError  # pragma: no cover - _Pieces reads months

    def _in_symbol(self, i: int) -> bool:
        """A year in parentheses inside a document number: CM(2005)65, (2018) 074, or in
        brackets before a court's or a law report's abbreviation: the neutral citation
        [2025] UKSC 12, a report's volume [1947] 2 All ER 372."""
        t = self.t
        if 0 < i < t.n - 2 and t.raw[i - 1] == "[" and t.raw[i + 1] == "]" and t.tight[i + 1]:
            k = i + 2
            if t.kind[k] == _NUM and len(t.raw[k]) <= 2:  # a report's volume, then its name
                return any(self._abbreviation(j) for j in range(k + 1, min(k + 3, t.n)))
            return self._abbreviation(k)
        if not (0 < i < t.n - 1 and t.raw[i - 1] == "(" and t.raw[i + 1] == ")"):
            return False
        if not (t.tight[i] and t.tight[i + 1]):
            return False
        if i > 1 and t.tight[i - 1] and (t.kind[i - 2] == _WORD or t.raw[i - 2] in "_-/"):
            return True  # COM(2015), P8_TA-PROV(2017)
        if i > 2 and t.tight[i - 1] and t.kind[i - 2] == _NUM and self._caps_before(i - 2):
            return True  # DC 112(2018): an abbreviation's number (resolution 1373 (2001) counts)
        if i > 3 and t.kind[i - 2] == _NUM and dotted_number(self.t, i - 2):
            return True  # PSC/PR/COMM.1241 (2024): a symbol's number and its year
        k = i + 2
        if k < t.n and t.kind[k] == _NUM and (t.tight[k] or t.start[k] - t.end[k - 1] == 1):
            after = k + 1  # (2018) 074, but not 1373 (2001) 1540 (2004)
            return not (after < t.n and t.raw[after] == "(" and t.gap_ok[after])
        return False

    def _neutral_citation(self, i: int) -> bool:
        """Whether the year at i opens a citation without brackets: the year, a court's or
        a database's short upper-case name and a number (2026 INSC 214, 2019 SCC 65, 2024
        WL 1187766), the year opening its line or after a comma, the number closing the
        name. A year inside a sentence ("in 2026 EUR 500"), before an amount's word ("2026
        EUR 500 million") or a long capitalised word ("2019 CHAPTER 3") is left alone."""
        t = self.t
        if i + 2 >= t.n or t.kind[i + 2] != _NUM or not (t.gap_ok[i + 1] and t.gap_ok[i + 2]):
            return False
        word = t.raw[i + 1]
        if not (word.isalpha() and word.isupper() and 2 <= len(word) <= _COURT_LETTERS):
            return False
        after = i + 3  # a word on the same line after the number: an amount's
        if (
            after < t.n
            and t.kind[after] == _WORD
            and "\n" not in t.text[t.end[i + 2] : t.start[after]]
        ):
            return False  # "2026 EUR 500 million" in a table's row
        if i > 0 and t.raw[i - 1] in ",;(":
            return True
        at = t.start[i]  # the pattern is rare: the look back to the line's start is too
        return not t.text[t.text.rfind("\n", 0, at) + 1 : at].strip()

    def _report_citation(self, i: int) -> bool:
        """Whether the year at i closes a law report's citation: a volume, the report's
        abbreviated name, a page (and a pinpoint), then the court and the year in
        parentheses (561 U.S. 1, 21 (2010); 719 F.3d 88, 97 (2d Cir. 2013)). The year
        dates the cited decision, not this text, as a neutral citation's does (guidelines
        §2: years inside document numbers). The name's full stop tells a report from a
        resolution's number (1373 (2001), UNSCR 2178 (2014), whose year counts)."""
        t = self.t
        if not (i + 1 < t.n and t.raw[i + 1] == ")" and t.tight[i + 1]):
            return False
        j = i - 1  # the court's words before the year: (2d Cir. 2013), (E.D.N.Y. 2024)
        while j >= 0 and i - j <= _COURT_TOKENS and t.raw[j] != "(":
            if t.kind[j] == _NUM and len(t.raw[j]) > 2:
                return False
            j -= 1
        if j < 1 or t.raw[j] != "(" or t.kind[j - 1] != _NUM or not t.blank_ok(j):
            return False
        k = j - 1  # the page, or the pinpoint after the page and a comma
        if k > 1 and t.raw[k - 1] == "," and t.kind[k - 2] == _NUM:
            k -= 2
        return self._report_name(k)

    def _report_name(self, k: int) -> bool:
        """Whether the page number at k follows a volume and a report's abbreviated name
        (U.S., F.3d, F.4th, S. Ct., Stat.): capitals, digits and full stops, one at least."""
        t = self.t
        j, dots, caps = k - 1, 0, 0
        while j >= 0 and k - j <= _REPORT_TOKENS and t.blank_ok(j + 1):
            raw = t.raw[j]
            if raw == "." and t.tight[j] and t.kind[j - 1] == _WORD:
                dots += 1  # a full stop closing an abbreviation: U.S., F.3d, Stat.
            elif t.kind[j] == _WORD and raw[:1].isupper():
                caps += 1
            elif t.kind[j] == _WORD and t.tight[j] and t.kind[j - 1] == _NUM:
                pass  # a series' ordinal glued to its digit: 3d, 4th
            elif t.kind[j] == _NUM:
                if not (t.tight[j + 1] and t.kind[j + 1] == _WORD):
                    break  # the volume (a digit glued to letters is the name's: 3d, 4th)
            else:
                return False  # a word in small letters or another sign: prose, no name
            j -= 1
        volume = j >= 0 and t.kind[j] == _NUM and len(t.raw[j]) <= _VOLUME_DIGITS
        return volume and dots > 0 and caps > 0 and j < k - 1

    def _abbreviation(self, k: int) -> bool:
        """Whether token k is an upper-case abbreviation (UKSC, ER): a court or a report,
        or an electronic report's, one small letter before its capitals (eKLR)."""
        t = self.t
        raw = t.raw[k]
        caps = raw[1:] if raw[:1].islower() and len(raw) > 2 else raw
        return t.kind[k] == _WORD and caps.isupper() and len(caps) >= 2

    def _in_code(self, i: int) -> bool:
        """A year inside an identifier or a numbered citation, not a date.

        Shapes that hold across publishers: a standard's or a series' number
        glued by a hyphen (``ANSI/NIST-ITL 1-2011``, ``AG-2019-…``), a year
        between an upper-case abbreviation and a number (``RO 2022 300``, the
        Swiss and Luxembourg official compilations), an act's number and year
        (``Act No 82, 2023``).
        """
        t = self.t
        if (
            i + 2 < t.n
            and t.norm[i + 1] == "-"
            and t.tight[i + 1]
            and t.tight[i + 2]
            and t.kind[i + 2] == _NUM
            and len(t.raw[i + 2]) >= 3
            and not int(t.raw[i]) < int(t.raw[i + 2]) <= self.g.max_year
        ):
            return True  # ISSN 1977-0677, FR Doc. 2024–25611: a serial number, no span
        if series_letter_after(t, i) and (self._caps_before(i) or dotted_after(t, i + 2)):
            return True  # OJ 2017 L 88, a motion's 2023 M 23.3461: year, series and number
        if word_dot_before(t, i, self.g.months):
            return True  # MSC.1/Circ.1712, Doc.2019: a serial glued to its kind's abbreviation
        if i > 1 and t.tight[i] and t.raw[i - 1] == "-" and t.tight[i - 1]:
            p = t.raw[i - 2]
            if (t.kind[i - 2] == _NUM and not self._span_start(p, t.raw[i])) or (
                t.kind[i - 2] == _WORD and len(p) >= 2 and p.isupper()
            ):
                return True  # 1-2011, 1587-2026, RES-2019 (mid-2004, 2010-2011 stay dates)
        if between_colons(t, i):
            return True  # ECLI:FR:CCASS:2026:CR00842: a field of an identifier
        if (
            i + 1 < t.n
            and self._caps_before(i)
            and t.kind[i + 1] == _NUM
            and t.gap_ok[i + 1]
            and not t.tight[i + 1]
        ):
            return True  # RO 2022 300
        if (
            i > 1
            and t.kind[i - 1] == _NUM
            and len(t.raw[i - 1]) == 4
            and self._caps_before(i - 1)
            and t.gap_ok[i]
            and not t.tight[i]
        ):
            return True  # FF 2026 1843: the page after a compilation's year
        if self._cited(i):
            return True  # No 82, 2023; a list of cited sections: 50 U.S.C. 1601-1651, 1701
        # the end of a cited range: 50 U.S.C. 1701-1706, … 1601-1651, 1701-1706
        return bool(
            i > 2
            and t.raw[i - 1] == "-"
            and t.tight[i - 1]
            and t.tight[i]
            and t.kind[i - 2] == _NUM
            and (self.g.reference.before(t, i - 2) or self._cited(i - 2))
        )

    def _numbered_of(self, i: int) -> bool:
        """Whether the year at i closes "<designation> <number> of <year>": a notice's, an
        act's or a file's number and its year (L.N. 118 of 2002, Act 18 of 2026, NSD 1187
        of 2025) are one symbol (guidelines §2: years inside document numbers)."""
        t = self.t
        if i < 3 or t.norm[i - 1] not in self.cal.number_of or not t.gap_ok[i]:
            return False
        if t.kind[i - 2] != _NUM or not t.gap_ok[i - 1] or t.tight[i - 1]:
            return False
        k = i - 3
        if t.raw[k] == ".":
            return True  # L.N. 118, No. 9, Ord. 3
        return t.kind[k] == _WORD and t.raw[k][:1].isupper() and t.norm[k] not in self.g.months

    def _cited(self, i: int) -> bool:
        """Whether the number at i goes on a list of cited numbers after a comma, the list
        opened by a reference word: "No 82, 2023", "50 U.S.C. 1601-1651, 1701"."""
        t = self.t
        return bool(
            i > 2
            and t.raw[i - 1] == ","
            and t.tight[i - 1]
            and t.gap_ok[i]
            and t.kind[i - 2] == _NUM
            and self.g.reference.before(t, self._range_start(i - 2))
        )

    def _range_start(self, k: int) -> int:
        """The first number of a range of numbers ending at k (1601-1651), else k."""
        t = self.t
        ranged = k > 1 and t.raw[k - 1] == "-" and t.tight[k - 1] and t.tight[k]
        return k - 2 if ranged and t.kind[k - 2] == _NUM else k

    def _span_start(self, p: str, year: str) -> bool:
        """Whether ``p``, glued by a hyphen before ``year``, opens a span of years
        (2010-2011): a year of the calendar's range before it. Any other number
        (1-2011, 1587-2026, a decree's serial and its year) makes the pair a code."""
        return len(p) == 4 and self.g.min_year <= int(p) < int(year)

    def _caps_before(self, i: int) -> bool:
        """Whether token i follows an upper-case abbreviation that is no month (RO, DC)."""
        t = self.t
        p = t.raw[i - 1]
        return bool(
            i > 0
            and t.kind[i - 1] == _WORD
            and 2 <= len(p) <= 5
            and p.isupper()
            and t.norm[i - 1] not in self.g.months
            and t.gap_ok[i]
            and not t.tight[i]
        )

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
        if t.norm[k] in self.g.day_join or t.norm[k] in self.g.to_words.by_first:
            return False  # 2003-04 and 2011, du 3 au 2004: connectors, not month names
        if t.norm[k] in self.g.cues:
            return False  # dont 9 en 2025: a cue word, not a month name
        j = k - 1 if t.raw[k - 1] != "de" else k - 2
        return j >= 0 and t.kind[j] == _NUM and len(t.raw[j]) <= 2 and 1 <= int(t.raw[j]) <= 31

    def _numbers_a_year(self, i: int) -> bool:
        """A number followed by a year in parentheses is a resolution: 2083 (2012)."""
        t = self.t
        k = i + 1
        return bool(
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
