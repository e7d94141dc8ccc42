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
and no regular expression can backtrack. The tokens and grammar live in
:mod:`._dategrammar`, the simple dates in :mod:`._dateparse`, the whole
expressions and the scan in :mod:`._datescan`; this module turns what the scan
found into :class:`DateHit` values, inferring the years that are not written.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .._vocab import Precision
from ._dategrammar import _El, _grammar, _valid
from ._datemode import (
    _every_year,
    _Mode,
    _mode,
    _names_event,
    _names_instrument,
    _recurring_day,
    _recurs,
    _reference_point,
    _series_re,
    done_just_before,
    sibling_break,
)
from ._datereach import _CONTEXT_REACH, reaches
from ._datescan import _Raw, _scan
from ._dateweekday import weekday_year

__all__ = ["DateHit", "document_dates", "find_dates", "own_date_of"]


@dataclass(frozen=True, slots=True)
class DateHit:
    """One date mention: ``text == source[start:end]``, ``value`` in ISO 8601."""

    start: int
    end: int
    text: str
    value: str
    precision: Precision
    inferred_year: bool = False


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
    mode: _Mode = "past",
    ahead: int = 0,
) -> int | None:
    """The year of a year-less date: the context year unless that puts it after own.

    With no context year, or one that puts the date well after the text's own
    date (a month's slack: a page stamped 23 November that says "from 24 to 25
    November" means the same year), it takes the own date's year, or the year
    before when that too is well after it; ``ahead`` days (the caller's reading
    of the text) widen that slack. A
    deadline (``ahead``: "by the end of June") lies on or after the own date:
    the first such year. ``recent`` ("le 23 février dernier", "last
    February") is the last such day on or before the own date; ``current`` ("de
    cette année") is in the own date's year, ``previous`` ("last year") in the one
    before. ``soon`` (a future verb before the colon opening a list) is ahead, but in the
    next year only within half a year: a passing cue ("planned for months:", "prévues par
    la loi :") leads past events as well. An ``example`` has no year (see _resolve).
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
    if own is not None and mode == "current":
        year = own[0]
    elif own is not None and mode == "previous":
        year = own[0] - 1
    elif own is not None and mode == "ahead":
        year = own[0] if not before_own(own[0]) else own[0] + 1
    elif own is not None and mode == "soon":
        soon = _ordinal(own[0] + 1, m, d or 1) - _ordinal(*own) <= _NEAR_AHEAD_DAYS
        year = own[0] + 1 if before_own(own[0]) and soon else own[0]
    elif own is not None and mode == "recent":
        year = own[0] if not after_own(own[0], 0) else own[0] - 1
    elif own is not None and (year is None or after_own(year)):
        year = own[0] if not after_own(own[0], max(ahead, _SLACK_DAYS)) else own[0] - 1
    if year is not None and d is not None:
        for _ in range(8):  # 29 February needs a leap year
            if _valid(year, m, d):
                break
            year -= 1
    return year


_SLACK_DAYS = 31
# How far (days) after the text's own date a year-less date with no cue may lie in
# the own date's year when the last year written before it (at any distance) is the
# own date's: "rétabli jusqu'au 31 octobre 2026 … la tenue à Paris, les 11 et 12 juin"
# in a text of 15 April. Within half a year the own year's day is the nearer one. When
# the last written year is an earlier one ("au 31 décembre 2025 … Elle a rendu un avis
# le 4 novembre" in a text of June 2026) the narrative is of that past year.
_NEAR_AHEAD_DAYS = 182


def _ordinal(y: int, m: int, d: int) -> int:
    return datetime.date(y, m, min(d, calendar.monthrange(y, m)[1])).toordinal()


def find_dates(text: str, language: str, *, own_date: str | None = None) -> list[DateHit]:
    """Every explicit date of ``text``, in order, non-overlapping.

    ``language`` (``"fr"`` or ``"en"``) only breaks ties: both languages' month
    names are matched everywhere. A date written without a year takes the
    year of the nearest dated mention before it, unless ``own_date`` (the
    document's own ISO day) is given and that year would put it after
    ``own_date`` or that mention lies more than ``_CONTEXT_REACH`` characters
    back; then, or when no year comes before it, it takes the year that
    puts it nearest ``own_date`` (see :func:`_infer_year`). With neither it is written
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
    kept: dict[int, tuple[DateHit, bool]] = {}  # the written dates, resolved once
    hits = _resolve(text, raws, None, kept)
    if pick is not None:
        own = pick(hits)
    else:
        own = own_date_of(hits, before=front_end) if front_end else None
    if own is not None and any(h.inferred_year or h.value.startswith("--") for h in hits):
        hits = _resolve(text, raws, own, kept)
    return hits


def _series_year(text: str, raws: Sequence[_Raw], n: int) -> int | None:
    """The written year of a later date when the year-less ``raws[n]`` opens their series.

    "du 26 juillet au 11 août puis du 28 août au 8 septembre 2024": the year
    written once at the end is every date's, as in "14 et 15 octobre 2009"; so in a
    list "on 29 April, 13 May and 3 June 2026", whose middle dates have no year
    either. Each gap holds only a joining word; the dates run in calendar order up
    to the one in that year.
    """
    raw = raws[n]
    for after in raws[n + 1 : n + 1 + _SERIES_LENGTH]:
        if after.first.m is None or after.start - raw.end > _SERIES_GAP:
            return None
        if not _series_re().fullmatch(text, raw.end, after.start):
            return None
        end = raw.last or raw.first
        if (end.m or 0, end.d or 0) > (after.first.m, after.first.d or 31):
            return None
        if after.first.y is not None:
            return after.first.y
        raw = after
    return None


_SERIES_LENGTH = 6  # dates at most in one list sharing a year written once (one per day)
_SERIES_GAP = 12  # characters between the dates of a series ("  et le ", " puis du ")


def _between_year(text: str, raw: _Raw, prev: _Raw, after: Sequence[_Raw]) -> int | None:
    """The year of the written dates just before and just after a year-less date when
    both have it and the date falls between them: a timeline (Avril-mai 2026 ; 1er
    juillet ; du 21 au 25 septembre 2026) is in order, whatever the text's own date."""
    nxt = next((r for r in after if r.first.y is not None and not _cited_year(text, r)), None)
    before = prev.last or prev.first
    if nxt is None or nxt.first.y != before.y or nxt.first.m is None or before.m is None:
        return None
    if raw.start - prev.end > _CONTEXT_REACH or nxt.start - raw.end > _CONTEXT_REACH:
        return None
    first, last = raw.first, raw.last or raw.first
    if (last.m or 0, last.d or 0) > (nxt.first.m, nxt.first.d or 31):
        return None
    if (before.m, before.d or 0) > (first.m or 0, first.d or 31):
        return None
    return before.y


def _same_clause(text: str, end: int, start: int) -> bool:
    """Whether a written year ending at ``end`` and a year-less date at ``start`` stand in
    one clause of a sentence (no full stop, semicolon or colon between, and close): the
    text makes that year plain, even one after the text's own date (a meeting planned for
    the next spring)."""
    return 0 <= start - end <= _CLAUSE_REACH and not any(c in ".;:\n" for c in text[end:start])


_CLAUSE_REACH = 120


def _cited_year(text: str, raw: _Raw) -> bool:
    """Whether a bare year in parentheses follows a number: a cited instrument's year
    (resolution 2368 (2017)), which dates no year-less date of the narrative after it."""
    if raw.last is not None or raw.first.m is not None:
        return False
    if text[raw.start - 1 : raw.start] != "(" or text[raw.end : raw.end + 1] != ")":
        return False
    return text[max(0, raw.start - 3) : raw.start - 1].strip()[-1:].isdigit()


def _resolve(
    text: str,
    raws: list[_Raw],
    own_date: str | None,
    kept: dict[int, tuple[DateHit, bool]] | None = None,
) -> list[DateHit]:
    """Scanned dates to hits; years of year-less dates inferred as :func:`find_dates` says.
    ``kept``: the dates with a written year an earlier resolution of ``raws`` made
    (:func:`_written`), filled by this one."""
    own = _parse_iso_day(own_date) if own_date is not None else None
    kept = {} if kept is None else kept
    hits: list[DateHit] = []
    context: int | None = None
    context_end = 0
    written: _Raw | None = None  # the last date with a written year (not a citation's)
    named: _Raw | None = None  # the last date in an instrument's name, after ``written``
    for n, raw in enumerate(raws):
        first, last = raw.first, raw.last
        inferred = first.y is None
        near = context if own is None or reaches(text, context_end, raw.start) else None
        if raw.season:
            season = _season_hit(text, raw, near, own)
            if season is not None:
                hits.append(season)
            continue
        if inferred:
            if _settled_without_year(text, raws, n, hits):
                continue
            mode = _mode(text, raw.start, raw.end)
            year = _joined_year(text, raws, n, hits, (own, mode))
            if year is None:
                year = _year_of(text, raws, n, mode, written, (near, context_end), own)
                year = _instrument_year(text, raw, mode, named, year, own)
            if own is not None and mode not in ("past", "example"):
                context, context_end = year, raw.end  # anchored on the own date: as good as written
            value = _year_less_value(year, first, last)
        else:
            hit, dates_after = _written(text, raws, n, kept)
            if dates_after:
                context = (last or first).y
                context_end = raw.end
                written, named = raw, None
            elif _names_instrument(text, raw.start):
                named = raw
            hits.append(hit)
            continue
        hits.append(
            DateHit(raw.start, raw.end, text[raw.start : raw.end], value, first.precision, inferred)
        )
    return hits


def _settled_without_year(text: str, raws: list[_Raw], n: int, hits: list[DateHit]) -> bool:
    """Whether the year-less date ``raws[n]`` is settled with no year inferred: an event's
    name (no date), a date of every year's series (a hit with no year, appended to
    ``hits``), a recurring month or day (no date)."""
    raw = raws[n]
    first, last = raw.first, raw.last
    assert first.m is not None
    event_day = last is None and (first.m, first.d) in _grammar().event_days
    if event_day and _names_event(text, raw.start):
        return True  # l'anniversaire du 11 septembre: the event's name
    if _series_every_year(text, raws, n):
        value = _year_less_value(None, first, last)  # le 31 mars de chaque année
        span = text[raw.start : raw.end]
        hits.append(DateHit(raw.start, raw.end, span, value, first.precision, True))
        return True
    # se réunit deux fois par an, en mars: every year's month or day, no date
    return _recurs(text, raw.start, raw.end) or _recurring_day(text, raw.start, first.d is not None)


_Own = tuple[int, int, int] | None


def _instrument_year(
    text: str, raw: _Raw, mode: _Mode, named: _Raw | None, year: int | None, own: _Own
) -> int | None:
    """The year of an instrument's date earlier in a past year-less date's sentence when
    ``year`` puts the date after the own date ("Par un décret du 5 mai 2019, puis le 7
    juin, le gouvernement a agi"); otherwise it dates no narrative (:func:`_written`)."""
    if named is None or year is None or mode != "past" or own is None:
        return year
    if not _past_own(year, raw.first, own) or named.first.y is None:
        return year
    if raw.start - named.end > _CLAUSE_REACH or _SENTENCE_END_RE.search(text, named.end, raw.start):
        return year
    return (named.last or named.first).y


def _joined_year(
    text: str, raws: list[_Raw], n: int, hits: list[DateHit], at: tuple[_Own, _Mode]
) -> int | None:
    """The year the year-less date just before ``raws[n]`` took when they run in calendar
    order and only a joining word parts them: "du 26 juillet au 11 août puis du 28 août au
    8 septembre" is one series, its second stretch of the first's year however far back
    that year was written; or when they are siblings of one clause (:func:`_sibling_year`,
    ``at``: the own date and the mode of ``raws[n]``)."""
    if n == 0 or not hits or hits[-1].start != raws[n - 1].start or not hits[-1].inferred_year:
        return None
    before, raw, value = raws[n - 1], raws[n], hits[-1].value.split("/")[-1]
    if not value[:1].isdigit():
        return None
    end = before.last or before.first
    if (end.m or 0, end.d or 0) > (raw.first.m or 0, raw.first.d or 31):
        return None
    if raw.start - before.end <= _SERIES_GAP and _series_re().fullmatch(
        text, before.end, raw.start
    ):
        return int(value[:4])
    return _sibling_year(text, (before, raw), hits[-1], at)


def _sibling_year(
    text: str, pair: tuple[_Raw, _Raw], prev: DateHit, at: tuple[_Own, _Mode]
) -> int | None:
    """The year of ``prev`` (the hit of the first of ``pair``) for the second, a sibling
    of one clause, the first ahead of the own date: "(2-5 juillet), … Namur (19 au 22
    septembre) sont concernés" tells what is ahead, in one year. A past first ("met on 3
    March, reviewed it on 12 November") leaves each its own reading, and so does a later
    date its words make past or fix ("adopted on", "as they did on", "dernier", "last
    year", an example, a printed weekday of another year)."""
    (before, raw), (own, mode) = pair, at
    year = int(prev.value.split("/")[-1][:4])
    if mode not in _SIBLING_MODES or not _past_own(int(prev.value[:4]), before.first, own):
        return None
    if not _same_clause(text, before.end, raw.start) or sibling_break(text, before.end, raw.start):
        return None
    if done_just_before(text, raw.start, raw.end):
        return None
    return year if weekday_year(text, raw, year, (year, None)) == year else None


# the modes whose year a sibling's may be: no cue of the date's own fixes it (recent,
# current, previous, following) and it is no example
_SIBLING_MODES = frozenset(("past", "ahead", "soon"))


def _written(
    text: str, raws: list[_Raw], n: int, kept: dict[int, tuple[DateHit, bool]]
) -> tuple[DateHit, bool]:
    """The hit of ``raws[n]``, a date with its year written, and whether that year dates the
    year-less dates after it (no cited instrument's, no point of comparison): neither hangs on
    the document's own date, so a second resolution takes them from the first (``kept``)."""
    found = kept.get(n)
    if found is None:
        raw = raws[n]
        first, last = raw.first, raw.last
        value = _fmt(first.y, first.m, first.d)
        if last is not None:
            value = f"{value}/{_fmt(last.y, last.m, last.d)}"
        span = text[raw.start : raw.end]
        hit = DateHit(raw.start, raw.end, span, value, first.precision, False)
        dates_after = not _cited_year(text, raw) and not _reference_point(text, raw)
        found = kept[n] = (hit, dates_after and not _names_instrument(text, raw.start))
    return found


def _series_every_year(text: str, raws: list[_Raw], n: int) -> bool:
    """Whether year-less date ``n`` recurs every year, its cue after it or after the last
    year-less date of its series: "by 31 January and 31 July each year", "le 30 avril et
    le 31 octobre de chaque année" make both days recur (guidelines §2: ``--01-31``), as a
    year written once at a series' end is every date's (:func:`_series_year`)."""
    raw = raws[n]
    for after in raws[n + 1 : n + 1 + _SERIES_LENGTH]:
        if _every_year(text, raw.end):
            return True
        if after.first.y is not None or after.first.m is None or after.season:
            return False
        if after.start - raw.end > _SERIES_GAP:
            return False
        if not _series_re().fullmatch(text, raw.end, after.start):
            return False
        raw = after
    return _every_year(text, raw.end)


def _year_of(
    text: str,
    raws: list[_Raw],
    n: int,
    mode: _Mode,
    written: _Raw | None,
    near_at: tuple[int | None, int],
    own: tuple[int, int, int] | None,
) -> int | None:
    """The year of the year-less date ``raws[n]``: its series', the timeline's around
    it, else its clause's or one inferred from the dates just before (``near``, ending at
    ``near_end``) and the own date, then moved to a neighbour of its anchor (the own
    date's year, else ``near``) that a printed weekday agrees with. An example ("for
    example, from 10 to 14 July") takes only its series' year: nothing else makes one
    plain."""
    raw, (near, near_end) = raws[n], near_at
    if mode == "following" and written is not None:
        return _following_year(raw.first, written.last or written.first)
    year = _series_year(text, raws, n)
    if mode == "example":
        return year
    if year is None and written is not None:
        year = _between_year(text, raw, written, raws[n + 1 :])
    if year is not None:
        return year  # written in its series or its span: plain whatever weekday is printed
    done = mode == "past" and done_just_before(text, raw.start, raw.end) and not _plan(written, own)
    if (
        year is None
        and mode == "past"
        and near is not None
        and _same_clause(text, near_end, raw.start)
        and not (done and _past_own(near, raw.first, own))
    ):
        year = near  # "the Spring 1997 meeting … in Sintra, on 29 and 30 May"
    if (
        year is None
        and mode == "past"
        and near is not None
        and written is not None
        and _SENTENCE_END_RE.search(text, written.end, raw.start) is not None
    ):
        year = _onward_year(raw.first, written.last or written.first, near, own)
    if year is None:
        assert raw.first.m is not None
        ahead = 0 if done else _ahead(written, own)
        year = _infer_year(raw.first.m, raw.first.d, near, own, mode, ahead)
    if mode not in ("current", "previous"):  # "this year", "last year": the text's own
        centres = (near, None if own is None else own[0])
        year = weekday_year(text, raw, year, centres if year == near else centres[::-1])
    return year


def _plan(written: _Raw | None, own: tuple[int, int, int] | None) -> bool:
    """Whether the last date written before a year-less one starts after the text's own
    date: a plan's timeline ("| 2026 | Workplan adopted at CTWG 38 (25-26 February) |" in a
    text of October 2025), whose participles tell what is to be done, not what was."""
    if written is None or own is None or written.first.y is None:
        return False
    first = written.first
    return (first.y, first.m or 1, first.d or 1) > own


def _past_own(year: int, first: _El, own: tuple[int, int, int] | None) -> bool:
    """Whether a year-less date in ``year`` lies after the text's own date: no thing done
    ("held in New York on 21 August") can, whatever year its clause wrote before it."""
    if own is None or first.m is None:
        return False
    return (year, first.m, first.d or 1) > own


def _ahead(written: _Raw | None, own: tuple[int, int, int] | None) -> int:
    """How far (days) after the own date a year-less date may lie in its year: half a
    year when the last year written before it is the own date's, else none: an earlier
    year tells a narrative of the past, a later one (a plan "d'ici octobre 2006") is no
    anchor for the text's present."""
    if written is None or own is None:
        return 0
    last_year = (written.last or written.first).y
    return _NEAR_AHEAD_DAYS if last_year == own[0] else 0


# A full stop, a question or an exclamation mark closing a sentence: the narrative goes on
# past the dated event only once the event's sentence is over ("… 17 November 2025; and
# (b) … in May" is one sentence, its list under "In 2025", and keeps the year).
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s)")


def _onward_year(
    first: _El, before: _El, near: int, own: tuple[int, int, int] | None
) -> int | None:
    """The next year for a year-less month the narrative reaches after the dated event
    just before it (a written day, its sentence over), when that year's month would come
    before the event: "a joint exercise from 24 to 26 November 2025. A handbook … was
    published in January" is January 2026, when the text's own date (17 February 2026)
    allows it. A month written before (Septembre 2021 … en août) heads a period whose
    months it dates, and a day (On 5 October) may go back in it: they keep its year."""
    if own is None or before.y != near or before.m is None or before.d is None:
        return None
    if first.m is None or first.d is not None or first.m >= before.m:
        return None
    if (near + 1, first.m) > own[:2]:
        return None
    return near + 1


def _following_year(first: _El, before: _El) -> int | None:
    """The year of a year-less date that follows the written date ``before``: the first
    such day or month after it (octobre 2025 … le mois de janvier suivant: 2026)."""
    if before.y is None or before.m is None:
        return before.y
    later = (first.m or 0, first.d or 0) > (before.m, before.d or 0)
    return before.y if later else before.y + 1


def _year_less_value(year: int | None, first: _El, last: _El | None) -> str:
    """The value of a year-less date given its inferred year; an interval that runs
    past December ends in the next year (du 20 décembre au 5 janvier)."""
    start = _fmt(year, first.m, first.d)
    if last is None:
        return start
    end_year = year
    if year is not None and (last.m or 0, last.d or 0) < (first.m or 0, first.d or 0):
        end_year = year + 1
    return f"{start}/{_fmt(end_year, last.m, last.d)}"


def _season_hit(
    text: str, raw: _Raw, near: int | None, own: tuple[int, int, int] | None
) -> DateHit | None:
    """à l'automne: the season of the year the text makes plain (the dates just before,
    else its own date), never a year back as a day might be; with neither, no date."""
    year = near if near is not None else own[0] if own is not None else None
    if year is None:
        return None
    return DateHit(raw.start, raw.end, text[raw.start : raw.end], f"{year:04d}", "year", True)


def own_date_of(hits: Sequence[DateHit], before: int) -> str | None:
    """The document's own date: the first written day that starts before ``before``."""
    for h in hits:
        if h.start >= before:
            break
        if h.precision == "day" and not h.inferred_year:
            return h.value.split("/")[0]
    return None
