"""How a year-less date stands to the text's own date: the cue words around it.

"by the end of June" (a deadline), "le 23 février dernier" (the latest such day),
"the following January", "de cette année", "last year", "par exemple", "de chaque
année" (no year), "se tiendra", a verb in the future tense: the words of
``data/models/dates.toml`` compiled once, and :func:`_mode`, which reads them around
a date for :func:`ctdocs.extract._dates._infer_year`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from .._knowledge import NEVER, alternation, load_dates
from ._datescan import _Raw

_Mode = Literal["past", "ahead", "soon", "recent", "current", "previous", "example", "following"]

__all__ = [
    "_FUTURE_REACH",
    "_Mode",
    "_clause_before",
    "_every_year",
    "_mode",
    "_names_event",
    "_names_instrument",
    "_recurring_day",
    "_recurs",
    "_reference_point",
    "_series_re",
    "done_just_before",
    "sibling_break",
]


@cache
def _deadline_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Deadline cues of every language: right before a date, and opening one."""
    deadlines = (c.replace("\u2019", "'") for c in _lang_words("deadline"))
    alt = alternation(deadlines, gap=r"\s+", empty="")
    if not alt:
        never = re.compile(NEVER)
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
    return _cue_re(_escaped("recent"), r"(?:^\s+(?:{alt})\b|\b(?:{alt})\s+$)")


@cache
def _following_re() -> re.Pattern[str]:
    """A cue right after or right before a year-less date that puts it after the written
    date before it: "le mois de janvier suivant", "the following January"."""
    return _cue_re(_spaced("following"), r"(?:^\s+(?:{alt})\b|\b(?:{alt})\s+$)")


@cache
def _event_re() -> re.Pattern[str]:
    return _cue_re(_escaped("event_before"), r"(?:^|\W)(?:{alt})\s+$")


def _cue_re(alt: str, template: str) -> re.Pattern[str]:
    """``template`` with the cue alternation ``alt`` in place of ``{alt}``, case-blind; a
    pattern that matches nothing when the data lists no cue (an empty alternation would
    match everywhere)."""
    if not alt:
        return re.compile(NEVER)
    return re.compile(template.format(alt=alt), re.IGNORECASE)


def _lang_words(field: str) -> list[str]:
    """The words of one list of ``dates.toml``, every language's."""
    return [w for lang in load_dates().languages.values() for w in getattr(lang, field)]


def _escaped(field: str) -> str:
    """The words of a list of ``dates.toml`` in every language, each to the letter, as one
    alternation ("" when the list is empty everywhere: see :func:`_cue_re`)."""
    return alternation(_lang_words(field), empty="")


def _spaced(field: str) -> str:
    """The phrases of a list of ``dates.toml`` in every language, any white space between
    their words, as one alternation ("" when the list is empty everywhere)."""
    return alternation(_lang_words(field), gap=r"\s+", empty="")


@cache
def _recurring_re() -> re.Pattern[str]:
    """Words right after a year-less date that make it recur: "de chaque année", "every year"."""
    return _cue_re(_spaced("recurring"), r"\s*,?\s*(?:{alt})\b")


@cache
def _recurring_before_re() -> re.Pattern[str]:
    """A frequency earlier in a year-less date's clause: "deux fois par an, en mars"."""
    return _cue_re(_spaced("recurring_before"), r"(?:^|\W)(?:{alt})\W")


def _recurs(text: str, start: int, end: int) -> bool:
    """Whether a year-less date is a month of every year, its frequency earlier in its
    clause: se réunit deux fois par an, en mars et en octobre; not a month coordinated
    with one whose year is written ("every six months, in January and July 2026")."""
    if _year_joined_re().match(text, end):
        return False
    return _frequency_in(_clause_before(text, start))


def _frequency_in(clause: str) -> bool:
    """Whether ``clause`` holds a frequency (``recurring_before``) that no word of one
    occurrence follows: "published every six months, in January and July" recurs, but
    "meets twice a year and will next meet on 4 December" names the one meeting ahead, and
    "meets every six months and met on 14 April" the one behind (a future cue, or a word
    of ``recurring_break`` or ``recent``)."""
    ends = [m.end() for m in _recurring_before_re().finditer(clause)]
    if not ends:
        return False
    return not (_future_re().search(clause, ends[-1]) or _one_time_re().search(clause, ends[-1]))


@cache
def _one_time_re() -> re.Pattern[str]:
    """Words after a frequency naming one occurrence: "met", "most recently", "s'est"."""
    words = [w for f in ("recurring_break", "recent") for w in _lang_words(f)]
    return _cue_re(alternation(words, gap=r"\s+", empty=""), r"(?:^|(?<=\W))(?:{alt})(?=\W|$)")


@cache
def _year_joined_re() -> re.Pattern[str]:
    """Right after a year-less month, a coordinated month with its year: "and July 2026"."""
    joins = alternation(_lang_words("day_join"), empty="")
    cues = alternation(_lang_words("month_cue"), gap=r"\s+", empty="")
    if not joins:
        return re.compile(NEVER)
    cue = rf"(?:(?:{cues})\s+)?" if cues else ""
    return re.compile(rf"\s*(?:{joins})\s*{cue}[^\W\d]+\.?\s+(?:1[89]|20)\d\d(?!\d)", re.I)


# How far back a year-less day's clause is read for a frequency: a day of every year is
# often named at the end of a long clause ("les 2 500 rassemblements organisés chaque
# année en France, dont la Fête de la musique le 21 juin et les festivités du 14 juillet").
_RECURRING_DAY_REACH = 200


def _recurring_day(text: str, start: int, has_day: bool) -> bool:
    """Whether a year-less day is a day of every year, a frequency far back in its clause
    ("2 500 rassemblements organisés chaque année …, dont … le 14 juillet"): no year is
    made plain, so it takes none from the dates around it; like a month of every year
    (:func:`_recurs`, whose reach is shorter) it is no date (heldout8, heldout9 notes).
    A day with its frequency after it ("le 31 mars de chaque année") is written
    ``--03-31`` (:func:`ctdocs.extract._dates._series_every_year`)."""
    if not has_day:
        return False
    return _frequency_in(_clause_before(text, start, _RECURRING_DAY_REACH))


def _every_year(text: str, end: int) -> bool:
    """Whether words right after a year-less date make it the same day of every year: le
    31 mars de chaque année, 1 December of each year. The words name no year, so none
    is made plain (guidelines §2: ``--03-31``); the date is written all the same. "de
    l'année en cours", "de l'année suivante" name one year: the own date's, the next."""
    after = text[end : end + 40].replace("\u2019", "'")
    if not _recurring_re().match(after):
        return False
    return not (_this_year_re().match(after) or _following_re().search(after[:24]))


def _clause_before(text: str, start: int, reach: int = 60, cuts: str = ".;:\n") -> str:
    """The text of a date's clause before it, at most ``reach`` characters: back to
    the last full stop, semicolon, colon or line break (``cuts``)."""
    window = text[max(0, start - reach) : start].replace("\u2019", "'")
    cut = max(window.rfind(c) for c in cuts)
    return window[cut + 1 :]


@cache
def _future_re() -> re.Pattern[str]:
    """Words earlier in a year-less date's clause that put it ahead: "would be held"."""
    return _cue_re(_spaced("future"), r"(?:^|\W)(?:{alt})\W")


@cache
def _this_year_re() -> re.Pattern[str]:
    """Words right after a year-less date that put it in the own date's year: "de cette
    année", "this year"."""
    return _cue_re(_spaced("this_year"), r"\s*(?:{alt})(?!\w)")


@cache
def _last_year_re() -> re.Pattern[str]:
    """Words earlier in a year-less date's clause that put it in the year before the
    own date's: "last year", "l'an dernier"."""
    return _cue_re(_spaced("last_year"), r"(?:^|\W)(?:{alt})\W")


@cache
def _example_re() -> re.Pattern[str]:
    """Words that make a year-less date after them in its clause an example: "for
    example", "par exemple"."""
    return _cue_re(_spaced("example"), r"(?:^|\W)(?:{alt})\W")


# How far (characters) before a year-less date an example cue reaches: "(for example,
# from 10 to 14 July": the few words of the example itself.
_EXAMPLE_REACH = 32


@cache
def _future_ending_re() -> re.Pattern[str]:
    """A verb in the future tense by its ending: "examinera", "se réunira"."""
    return _cue_re(_escaped("future_endings"), r"\b[^\W\d]{{3,}}(?:{alt})\b")


# How far back (characters) in a year-less date's clause a future verb reaches:
# "we will also hold a dialogue with the African Union in Addis Ababa on 3 and 4 February";
# a passive's auxiliary opens a longer clause ("sera examiné par la Commission de la
# politique de sécurité du Conseil national (CPS-N) lors de sa séance des 17 et 18 août"):
# as far as a written year dates its clause (_dates._CLAUSE_REACH)
_FUTURE_REACH = 120


@cache
def _series_re() -> re.Pattern[str]:
    """The whole gap between a year-less date and the next date of its series."""
    return _cue_re(_spaced("series_join"), r"\s*(?:{alt})?\s*")


def _names_event(text: str, start: int) -> bool:
    """Whether a year-less event day stands as a name (du 11 septembre, the September 11)."""
    return bool(_event_re().search(text[max(0, start - 24) : start]))


@cache
def _done_re() -> re.Pattern[str]:
    """A participle of a thing done."""
    alt = _spaced("done")
    if not alt:
        return re.compile(NEVER)
    return re.compile(rf"(?:^|(?<=\W))(?:{alt})(?=\W|$)", re.IGNORECASE)


def _words_before(clause: str, at: int) -> list[str]:
    """The words of ``clause`` before ``at``, last first, lower case."""
    return [w.lower() for w in reversed(re.findall(r"[^\W\d]+", clause[:at]))]


def _kept_ahead(clause: str, at: int) -> bool:
    """Whether the participle at ``at`` follows a word that keeps it ahead ("be held",
    "sera signée"), with only adverbs between ("will be formally signed", "sera ensuite
    signée")."""
    kept = {w.lower() for w in _lang_words("done_not_after")}
    skip = {w.lower() for w in _lang_words("done_skip")}
    endings = tuple(e.lower() for e in _lang_words("done_skip_endings"))
    for word in _words_before(clause, at)[: _SKIP_WORDS + 1]:
        if word in kept:
            return True
        if word not in skip and not (endings and word.endswith(endings)):
            return False
    return False


_SKIP_WORDS = 2  # adverbs at most between "be" and its participle ("be then formally signed")


def _coordinated(clause: str, at: int) -> bool:
    """Whether the participle at ``at`` is joined ("and", "et") to a future passive earlier
    in its clause ("will be reviewed, and an updated version published in November"): it
    is as much ahead as that one."""
    kept = {w.lower() for w in _lang_words("done_not_after")}
    joins = {w.lower() for w in _lang_words("done_joins")}
    futures = [m.start() for m in _future_re().finditer(clause[:at])]
    if not futures:
        return False
    words = list(reversed(_words_before(clause[futures[0] :], at - futures[0])))
    passive = next((i for i, w in enumerate(words) if w in kept), None)
    return passive is not None and any(w in joins for w in words[passive + 1 :])


def _future_after(text: str, end: int) -> bool:
    """Whether a future word or verb follows a date in its clause ("organised by Europol
    on 15 September will bring together experts"; "une fois signé le 15 septembre,
    entrera en vigueur"): a participle before it tells of a thing still to be done."""
    window = text[end : end + _FUTURE_REACH].replace("\u2019", "'")
    cut = min((i for i in (window.find(c) for c in ".;:\n") if i >= 0), default=len(window))
    rest = " " + window[:cut] + " "
    if _future_re().search(rest):
        return True
    return any(m.group()[0].islower() for m in _future_ending_re().finditer(rest))


def _done_at(clause: str) -> int:
    """Where in a year-less date's clause the last participle of a thing done ends
    ("would act under a protocol signed in June"), -1 when none or when it stays ahead (a
    future passive's: "will be formally signed", "sera remis et publié"): a future word
    before it no longer reaches a date a few words after it (:func:`done_just_before`)."""
    last = -1
    for m in _done_re().finditer(clause):
        if not (_kept_ahead(clause, m.start()) or _coordinated(clause, m.start())):
            last = m.end()
    return last


def done_just_before(text: str, start: int, end: int | None = None) -> bool:
    """Whether a participle of a thing done stands a few words before a year-less date in
    its clause ("held in New York on 21 August"): the date is past, never in the half
    year of slack the text's own year gives a date ahead of its own date. Not when a
    future word follows the date (ending at ``end``) in its clause."""
    clause = _clause_before(text, start, _FUTURE_REACH)
    at = _done_at(clause)
    if at < 0 or len(clause[at:].split()) > _DONE_WORDS:
        return False
    return end is None or not _future_after(text, end)


_DONE_WORDS = 5  # words at most between the participle and the date ("in New York on")


@cache
def _sibling_break_re() -> re.Pattern[str]:
    """Words of a past tense or of what came before ("was", "had", "since", "avait",
    "depuis") between two year-less dates of one clause."""
    return _cue_re(_spaced("sibling_break"), r"(?:^|(?<=\W))(?:{alt})(?=\W|$)")


def sibling_break(text: str, end: int, start: int) -> bool:
    """Whether the words between a year-less date ending at ``end`` and the next one at
    ``start`` part them as events: a question or exclamation mark closing a sentence, a
    participle of a thing done ("whose agenda the board adopted on 12 November") or a word
    of a past tense or of what came before ("as they did on", "remplace celui du"): the
    later date is then no sibling ahead of the first, but a thing of the past."""
    gap = text[end:start]
    if "?" in gap or "!" in gap or _done_at(gap) >= 0:
        return True
    return _sibling_break_re().search(gap) is not None


def _mode(text: str, start: int, end: int) -> _Mode:
    """How a year-less date stands to the text's own date (see :func:`_infer_year`)."""
    clause = _clause_before(text, start, _FUTURE_REACH)
    if _example_re().search(clause[-_EXAMPLE_REACH:]):
        return "example"
    # "le 22 septembre dernier", "last February": the date's own word, before any cue
    # further back in its clause
    rec = _recent_re()
    if rec.search(text[end : end + 12]) or rec.search(text[max(0, start - 12) : start]):
        return "recent"
    fol = _following_re()
    around = (text[end : end + 24], text[max(0, start - 24) : start], " " + text[start:end])
    if any(fol.search(w) for w in around):  # "the following June": the cue may open the date
        return "following"
    if _is_deadline(text, start, end):
        return "ahead"
    done = _done_at(clause) if done_just_before(text, start, end) else -1
    if _future_in(clause, done):
        return "ahead"
    if done < 0 and _future_lead_in(text, start):
        return "soon"  # a colon opens the list its verb governs: "déploiera … sur deux sites :"
    if _this_year_re().match(text[end : end + 24].replace("\u2019", "'")):
        return "current"
    if _last_year_re().search(clause):
        return "previous"
    return "past"


def _future_lead_in(text: str, start: int) -> bool:
    """Whether the clause of a year-less date read past a colon (back to the full stop,
    semicolon, question or exclamation mark or line break) holds a future cue or verb after
    its last word of the past: a thing done or "last year" after the future word ("As the
    minister will recall, three attacks struck the capital last year: on 14 July …") tells
    a list of past events; a question before ("Will the threat rise? Attacks this spring:
    …") is another sentence."""
    lead = _clause_before(text, start, _FUTURE_REACH, ".;?!\n")
    last_year = max((m.end() for m in _last_year_re().finditer(lead)), default=-1)
    return _future_in(lead, max(_done_at(lead), last_year))


def _future_in(clause: str, done: int) -> bool:
    """Whether a future cue or a verb in the future tense stands in ``clause`` after its
    last thing done (at ``done``, -1 for none). A verb in the future tense is written in
    lower case: a name (Ferreira) is no verb."""
    if any(m.end() > done for m in _future_re().finditer(clause)):
        return True
    return any(
        m.group()[0].islower() and m.end() > done for m in _future_ending_re().finditer(clause)
    )


@cache
def _instrument_words() -> str:
    """The alternation of the instruments' kind words, empty when none is listed: a word
    listed capitalised ("Act") is one only so written (the terrorist act of 22 March 2016
    is none); one listed in lower case ("décret") is one in either case."""
    listed = [w for lang in load_dates().languages.values() for w in lang.instrument_words]
    words = alternation((w for w in listed if w[:1].isupper()), gap=r"\s+", empty="")
    blind = alternation((w for w in listed if not w[:1].isupper()), gap=r"\s+", empty="")
    return "|".join(a for a in (words, f"(?i:{blind})" if blind else "") if a)


@cache
def _instrument_re() -> re.Pattern[str]:
    """An instrument's word, its number or symbol, and a link word, right before a date."""
    langs = load_dates().languages.values()
    words = _instrument_words()
    links = alternation((w for lang in langs for w in lang.instrument_links), gap=r"\s+")
    if not words:
        return re.compile(NEVER)
    number = r"(?:\s*\([^()\n]{1,12}\))?(?:\s+(?:n°|nº|no\.?)?\s*[\w./-]*\d[\w./-]*)?"
    link = rf"(?:\s*,?\s+(?:{links}))?" if links else ""
    return re.compile(rf"(?<![\w-])(?:{words})(?i:{number}{link})\s+$")


def _names_instrument(text: str, start: int) -> bool:
    """Whether the date at ``start`` is in an instrument's name ("l'arrêté du 11 septembre
    2013 relatif à", "the Security of Critical Infrastructure Act 2018", "la loi de
    programmation militaire 2019-2025"): the narrative around it is not of its year, so it
    dates no year-less date after it."""
    before = text[max(0, start - _INSTRUMENT_REACH) : start]
    return bool(_instrument_re().search(before)) or _qualified_instrument(text, start, before)


def _qualified_instrument(text: str, start: int, before: str) -> bool:
    """Whether the bare year (or span of years) at ``start`` closes an instrument's name
    whose words qualify its kind word ("loi antiterroriste 2015", "Law on Combating
    Terrorism 2017"): the words between are a name's, unless the last is a word that
    leads a year in a sentence ("loi votée en 2015", "the Act since 2001": the year of
    an event, of the narrative)."""
    if _BARE_YEAR.match(text, start) is None:
        return False
    m = _qualified_re().search(before)
    return m is not None and m.group(1).casefold() not in _year_leads()


# a year alone or a span of years, no day or month after it: "2015", "2019-2025"
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}(?:[-\u2013/](?:19|20)?\d{2})?(?![\w/.-])")
_QUALIFIERS = 4  # words between an instrument's kind word and its year at most


@cache
def _qualified_re() -> re.Pattern[str]:
    """An instrument's word, then one to ``_QUALIFIERS`` words of letters with no
    punctuation between, right before a year; group 1 the last of them."""
    words = _instrument_words()
    if not words:
        return re.compile(NEVER)
    word = r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*"
    elided = r"(?:[^\W\d_]+['\u2019])?"  # "d'", "l'" glued to the last word
    gap = rf"(?:[ \t]+{word}){{0,{_QUALIFIERS - 1}}}[ \t]+{elided}"
    return re.compile(rf"(?<![\w-])(?:{words}){gap}({word})[ \t]+$")


@cache
def _year_leads() -> frozenset[str]:
    """The words that lead a year in a sentence (a month's or a year's cue, a deadline's,
    a range's first word, a point of reference, an instrument's link): after one the
    year is the narrative's, not a name's."""
    out: set[str] = set()
    for lang in load_dates().languages.values():
        lists = (lang.month_cue, lang.year_prefix, lang.deadline, lang.by_end, lang.day_article)
        firsts = [p[0] for p in lang.from_to + lang.between]
        more = [*lang.reference_point, *lang.reference_right_before, *lang.instrument_links]
        more += lang.done
        for w in [x for xs in lists for x in xs] + firsts + more:
            out.add(w.split()[-1].split("'")[-1].split("\u2019")[-1].casefold())
    return frozenset(out)


_INSTRUMENT_REACH = 48  # characters: a word, a number or symbol and a link ("Decree No. 5 of")


@cache
def _reference_point_re() -> re.Pattern[str]:
    """Words that make a bare year a few words after them a point of comparison or
    origin, or, right before it, the same."""
    langs = load_dates().languages.values()
    near = alternation((w for lang in langs for w in lang.reference_point), gap=r"\s+")
    right = alternation((w for lang in langs for w in lang.reference_right_before), gap=r"\s+")
    # an empty list leaves its branch a pattern that matches nothing
    return re.compile(rf"(?:^|\W)(?:{near})\W|(?:^|\W)(?:{right})\s*$", re.IGNORECASE)


# the words a cue of reference may stand before its year: "since the road reopened in
# 2019", "depuis la suspension des travaux en 2021"
_REFERENCE_WORDS = 6


def _reference_point(text: str, raw: _Raw) -> bool:
    """Whether a bare year is a point of comparison or of origin in its phrase ("more
    than 180 attacks in 2025, compared with roughly 110 in 2024"; "the first attack
    since the road reopened in 2019"): the narrative's year is not it, so it dates no
    year-less date after it. The cue governs the year's own phrase, a few words before
    it: "Since its creation, the unit arrested 40 suspects in 2025" dates by 2025."""
    if raw.first.m is not None or (raw.last is not None and raw.last.m is not None):
        return False
    phrase = _clause_before(text, raw.start, _FUTURE_REACH).rsplit(",", 1)[-1]
    near = " ".join(phrase.split()[-_REFERENCE_WORDS:])
    return bool(_reference_point_re().search(" " + near + " "))
