"""What the date grammar knows beyond days and months (see :mod:`._dategrammar`).

Other calendars (a Saka year after a Gregorian date), the seasons, the prefixes
of fiscal years (FY2025) and the days of the week: built once per process from
``data/models/dates.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .._knowledge import NEVER, DatesFile, alternation, load_dates, longest_first
from ._dategrammar import _WORD_RE, _norm, _phrase, _PhraseSet

__all__ = ["_Calendar", "calendar_knowledge"]


@cache
def calendar_knowledge() -> _Calendar:
    """The calendar knowledge of every language, built once."""
    return _calendar(load_dates())


@dataclass(frozen=True, slots=True)
class _Calendar:
    era_after: _PhraseSet  # (Saka): the year before is another calendar's
    season_re: re.Pattern[str]  # a season's name, in any case (no lower-cased copy of a text)
    season_cue: re.Pattern[str]  # a season's cue, at the end of the text before it
    season_year: re.Pattern[str]  # a year written after a season (automne 2019)
    # a season with its article before its year, matched up to the year (l'été 2025)
    season_end: re.Pattern[str]
    # every season name is one run of letters: its whole-word occurrences are the
    # words of a text that season_re matches whole (the scan finds them with the months)
    season_words: bool
    season_line: re.Pattern[str]  # season_re over a whole line (a word per line)
    glued_prefix: frozenset[str]  # FY: written glued to a year, a fiscal year's name
    number_of: frozenset[str]  # "of" in "L.N. 118 of 2002": a number's year, a symbol
    time_before: frozenset[str]  # à, at: a time of day after a date (à 8 heures)
    time_units: _PhraseSet  # heures, a.m.
    # each day of the week's names in every language, Monday first (a list of seven)
    weekdays: tuple[frozenset[str], ...]


def _calendar(data: DatesFile) -> _Calendar:
    """Years of other calendars and the seasons, from every language."""
    langs = data.languages.values()
    names = {w.lower() for ld in langs for w in ld.seasons}
    alternatives = alternation(names)
    year_link = r"\s*,?\s*(?:de\s+l['\u2019]ann[ée]e\s+|de\s+|of\s+)?"
    return _Calendar(
        era_after=_PhraseSet(_phrase(w) for ld in langs for w in ld.era_after),
        season_re=re.compile(alternatives, re.IGNORECASE),
        season_cue=_season_cue_re(data),
        season_year=re.compile(year_link + r"\d{4}(?!\d)", re.IGNORECASE),
        season_end=_season_end_re(data, alternatives, year_link),
        season_words=all(_WORD_RE.fullmatch(w) for w in names),
        season_line=re.compile(rf"^(?:{alternatives})$", re.IGNORECASE | re.MULTILINE),
        glued_prefix=frozenset(w for ld in langs for w in ld.year_glued_prefix),
        number_of=frozenset(w.lower() for ld in langs for w in ld.number_of_year),
        time_before=frozenset(_norm(w) for ld in langs for w in ld.time_before),
        time_units=_PhraseSet(_phrase(w) for ld in langs for w in ld.time_units),
        weekdays=tuple(
            frozenset(_norm(ld.weekdays[k]) for ld in langs if len(ld.weekdays) == 7)
            for k in range(7)
        ),
    )


def _season_cue_re(data: DatesFile) -> re.Pattern[str]:
    """A season's cue right before it (à l'|au |in the ), matched at the end of a window.

    Built by hand, not with :func:`alternation`: an apostrophe matches either form of it,
    and what follows a cue depends on its own last character (none or some blanks after
    an elided article, at least one after a word); in the order of ``alternation``."""
    out = []
    for p in longest_first(w for ld in data.languages.values() for w in ld.season_cue):
        pat = r"\s+".join(re.escape(w).replace("'", "['\u2019]") for w in p.split())
        out.append(pat + (r"\s*" if p.endswith("'") else r"\s+"))  # à l'automne, au printemps
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(out) or NEVER})$", re.IGNORECASE)


def _season_end_re(data: DatesFile, seasons: str, year_link: str) -> re.Pattern[str]:
    """A season after its optional article, up to the year written after it (the
    article's apostrophe either form): where an interval's end "l'été 2025" has its year."""
    arts = []
    for w in longest_first(a for ld in data.languages.values() for a in ld.season_article):
        pat = r"\s+".join(re.escape(p).replace("'", "['\u2019]") for p in w.split())
        arts.append(pat + (r"\s*" if w.endswith("'") else r"\s+"))
    article = f"(?:{'|'.join(arts)})?" if arts else ""
    if not seasons:
        return re.compile(NEVER)
    return re.compile(rf"{article}(?:{seasons}){year_link}(?=\d{{4}}(?!\d))", re.IGNORECASE)
