"""The date finder's tokens and grammar (see :mod:`ctdocs.extract._dates`).

The text around each anchor is cut into tokens (a run of digits, a run of
letters, or one other visible character); what the grammar knows of each
language (month names, cue words, connectors) is built once per process from
``data/models/dates.toml``. The calendar elements the parser builds, and how
two of them make an interval, are here too.
"""

from __future__ import annotations

import calendar
import operator
import re
import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, chain

from .._knowledge import DatesFile, load_dates
from .._vocab import Precision

# ----------------------------------------------------------------- tokens
# A token: digits, letters, or one other sign (a superscript figure: a note's mark, en 1980¹)
_SUPERSCRIPTS = "\u00b2\u00b3\u00b9\u2070-\u2079"
_TOKEN_RE = re.compile(rf"(\d+)|([^\W\d_{_SUPERSCRIPTS}]+)|([^\w\s]|_|[{_SUPERSCRIPTS}])")
# Anchors open on a digit and check the character before it by a look-behind past
# that digit (the same test as a look-behind at the start), so that the engine skips
# ahead to digits rather than trying the look-behind at every position.
# what follows an anchor's first digit: four digits, not part of more
_YEAR_AFTER_DIGIT = r"(?<!\d\d)\d{3}(?!\d)"
_YEAR_ANCHOR_RE = re.compile(r"\d" + _YEAR_AFTER_DIGIT)
# a numeric day with a two-digit year (10-30-24, 30/10/24): an anchor of its own,
# since no four-digit year nor month name marks it
_SHORT_AFTER_DIGIT = (
    r"(?<![\w./\u2010-\u2015-]\d)\d?(?P<sep>[/\u2010-\u2015-])\d{1,2}(?P=sep)\d{2}"
    r"(?![\w/\u2010-\u2015-])"
)
_SHORT_NUMERIC_RE = re.compile(r"\d" + _SHORT_AFTER_DIGIT)
# both at once, one pass over the digits: a year's run of four digits holds no short
# day, whose runs are of one or two digits and which starts after no letter or digit.
# The first digit stands outside the alternatives so that the engine still skips ahead
# to digits; a match of four characters is a year (a short day has six or more).
_DIGIT_ANCHOR_RE = re.compile(rf"\d(?:{_YEAR_AFTER_DIGIT}|{_SHORT_AFTER_DIGIT})")
_WORD_RE = re.compile(r"[^\W\d_]+")
# the same tokens as _TOKEN_RE, each with the white space before it
_SPACED_TOKEN_RE = re.compile(rf"(\s*)(\d+|[^\W\d_{_SUPERSCRIPTS}]+|[^\w\s]|_|[{_SUPERSCRIPTS}])")
_FIRST = operator.itemgetter(0)

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


class _KindTable(dict[int, str]):
    """``str.translate`` table: a character to the kind (as a character) of the tokens
    it opens, the group of _TOKEN_RE that matches it; filled as characters are met."""

    def __missing__(self, code: int) -> str:
        m = _TOKEN_RE.match(chr(code))
        kind = chr(m.lastindex or _NUM if m is not None else _PUNCT)
        self[code] = kind
        return kind


class _GapTable(dict[str, bool]):
    """Whether the white space between two tokens lets them be in one date: one
    character (a space, a line break), or a few with at most one line break."""

    def __missing__(self, gap: str) -> bool:
        ok = len(gap) <= 1 or (len(gap) <= _MAX_GAP and gap.count("\n") <= 1)
        if len(gap) <= _MAX_GAP and len(self) < _GAPS_KEPT:
            self[gap] = ok  # longer gaps all fail: not kept
        return ok


_GAPS_KEPT = 4096  # distinct gaps remembered (a few dozen in practice)
_KIND_OF = _KindTable()
_GAP_OK = _GapTable()
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
    """The tokens of one stretch of text, as parallel arrays.

    Compact because a stretch dense with dates is the whole text (one line of
    dated sentences is one stretch): offsets are machine integers, kinds bytes,
    and equal tokens share one string, so the arrays cost tens of bytes per
    token rather than the hundred and fifty of lists of objects.
    """

    __slots__ = ("end", "gap_ok", "kind", "n", "norm", "raw", "start", "text", "tight")

    def __init__(self, text: str, lo: int, hi: int) -> None:
        # One findall gives each token and the white space before it (every character
        # that is no white space is a digit, a letter or another sign: the two
        # partition the stretch); offsets, kinds, compare forms and gap flags are then
        # built by passes in C (running sums, look-ups per character or per string)
        # rather than by a Python step per token.
        while hi > lo and text[hi - 1].isspace():
            hi -= 1  # white space ending the stretch would be tried at each of its places
        gaps: tuple[str, ...] = ()
        raws: tuple[str, ...] = ()
        if parts := _SPACED_TOKEN_RE.findall(text, lo, hi):
            gaps, raws = zip(*parts, strict=True)
        code = "i" if len(text) < 2**31 else "q"  # four-byte offsets where they fit
        lengths = chain.from_iterable(zip(map(len, gaps), map(len, raws), strict=True))
        offsets = array(code, accumulate(lengths, initial=lo))
        seen: dict[str, str] = {}
        self.text = text
        self.raw = raw = list(map(seen.setdefault, raws, raws))
        self.start = offsets[1::2]
        self.end = offsets[2::2]
        self.n = len(raw)
        # the group of _TOKEN_RE each token matches is its first character's
        self.kind = bytearray("".join(map(_FIRST, raw)).translate(_KIND_OF), "latin-1")
        # digits are their own compare form (no digit has a case, an accent or a
        # composition), so every token goes through the same _norm; each distinct
        # token once (``seen``), the rest a dict look-up at C speed: a stretch repeats
        # its numbers, signs and words, and a call of the cached _norm per token was
        # a third of this constructor
        norm_of = dict(zip(seen, map(_norm, seen), strict=True))
        self.norm = list(map(norm_of.__getitem__, raw))
        # tight[i]: token i touches token i-1; gap_ok[i]: the space before it
        # is short enough for both to be in one date. Flags as bytes (0 or 1), not
        # lists of eight-byte pointers: a stretch can be the whole text.
        self.tight = bytearray(map(operator.not_, gaps))
        self.gap_ok = bytearray(map(_GAP_OK.__getitem__, gaps))
        if raw:
            self.tight[0] = self.gap_ok[0] = False

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
    weak_ok: bool = False  # a weak month form ("May") after it is a month too ("in May.")


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
    day_article: frozenset[str]
    weekdays: frozenset[str]
    day_words: dict[str, list[tuple[tuple[str, ...], int]]]  # by first token
    day_of: _PhraseSet
    numbers: dict[str, int]  # number words (two, twenty, vingt) and scales (hundred: 100)
    number_and: frozenset[str]  # "and", "et" between number words
    event_days: frozenset[tuple[int, int]]
    to_words: _PhraseSet  # the second word of from_to pairs: au, to, until
    month_first: frozenset[str]  # languages writing the month before the day (10-30-24)


@cache
def _grammar() -> _Grammar:
    return _build(load_dates())


def _month_forms(data: DatesFile) -> dict[str, list[_MonthForm]]:
    """Every written form of every month (``sept.``, ``septembre``), with what the form
    says: its language, a final period, whether it is a weak name (``may``, ``mars``)."""
    months: dict[str, list[_MonthForm]] = {}
    for lang, ld in data.languages.items():
        weak = set(ld.weak_months)
        for mn in ld.months:
            for name in mn.names:
                period = name.endswith(".")
                key = _norm(name.rstrip("."))
                form = _MonthForm(
                    mn.number, lang, period, name in weak, ld.capitalized, ld.month_first
                )
                months.setdefault(key, []).append(form)
    return months


def _build(data: DatesFile) -> _Grammar:
    """The date grammar's lookup tables from ``dates.toml``: months, cue and range phrases
    indexed by their first token (longest first), and the day knowledge."""
    months = _month_forms(data)
    ordinal: set[str] = set()
    link: list[tuple[str, ...]] = []
    cues: list[_Cue] = []
    pairs: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    suffix: list[tuple[str, ...]] = []
    reference: list[tuple[str, ...]] = []
    count: list[tuple[str, ...]] = []
    for lang, ld in data.languages.items():
        ordinal.update(_norm(s) for s in ld.ordinal_day)
        link.extend(_phrase(w) for w in ld.day_month_link)
        for kind, words in (
            ("qualifier", [*ld.mid, *ld.early, *ld.late]),
            ("by_end", ld.by_end),
            ("year_prefix", ld.year_prefix),
            ("month_cue", ld.month_cue),
        ):
            weak_ok = set(ld.weak_month_cue) if kind == "month_cue" else set()
            cues.extend(_Cue(_phrase(w), kind, lang, w in weak_ok) for w in words if _phrase(w))
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
    more = _day_knowledge(data)
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
        starters=frozenset([*months, *cue_index, *pair_index, *more.openers]),
        ref_after=more.ref_after,
        day_join=more.day_join,
        day_article=more.day_article,
        weekdays=more.weekdays,
        day_words=more.day_words,
        day_of=more.day_of,
        numbers=more.numbers,
        number_and=more.number_and,
        to_words=more.to_words,
        event_days=frozenset((int(d[:2]), int(d[3:])) for d in data.event_days),
        month_first=frozenset(lang for lang, ld in data.languages.items() if ld.month_first),
    )


@dataclass(frozen=True, slots=True)
class _DayKnowledge:
    ref_after: _PhraseSet
    day_join: frozenset[str]
    day_article: frozenset[str]
    weekdays: frozenset[str]
    day_words: dict[str, list[tuple[tuple[str, ...], int]]]
    day_of: _PhraseSet
    to_words: _PhraseSet
    numbers: dict[str, int]
    number_and: frozenset[str]
    # words that may open a day: weekdays, day words, number words 2-30 (deux ... trente)
    openers: frozenset[str]


def _day_knowledge(data: DatesFile) -> _DayKnowledge:
    """Citations, day lists, days in words and to-words of every language."""
    ref_after: list[tuple[str, ...]] = []
    day_join: set[str] = set()
    day_article: set[str] = set()
    weekdays: set[str] = set()
    day_words: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    day_of: list[tuple[str, ...]] = []
    to_words: list[tuple[str, ...]] = []
    numbers: dict[str, int] = {}
    number_and: set[str] = set()
    for ld in data.languages.values():
        numbers.update({_norm(w): n for w, n in ld.number_words.items()})
        number_and.update(_norm(w) for w in ld.number_and)
        to_words.extend(_phrase(b) for _, b in ld.from_to)
        ref_after.extend(_phrase(w) for w in ld.reference_after)
        day_join.update(_norm(w) for w in ld.day_join)
        day_article.update(_norm(w) for w in ld.day_article)
        weekdays.update(_norm(w) for w in ld.weekdays)
        for k, w in enumerate(ld.day_words, 1):
            ph = _phrase(w)
            day_words.setdefault(ph[0], []).append((ph, k))
        day_of.extend(_phrase(w) for w in ld.day_of)
    return _DayKnowledge(
        ref_after=_PhraseSet(ref_after),
        day_join=frozenset(day_join),
        day_article=frozenset(day_article),
        weekdays=frozenset(weekdays),
        day_words={k: sorted(v, key=lambda p: -len(p[0])) for k, v in day_words.items()},
        day_of=_PhraseSet(day_of),
        to_words=_PhraseSet(to_words),
        numbers=numbers,
        number_and=frozenset(number_and),
        openers=frozenset(
            [*weekdays, *day_words, *(w for w, n in numbers.items() if 2 <= n <= 30)]
        ),
    )


# ----------------------------------------------------------------- elements
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


def _words_year(t: _Tokens, g: _Grammar, k: int) -> tuple[int | None, int]:
    """A year written in words at k (after a comma or not): "two thousand
    twenty-five", "nineteen hundred and ninety-six", "deux mille vingt-cinq", maybe after
    "in the year" (a treaty's formula). A year needs a scale word (hundred, mille): "two
    of them" is no year."""
    if k < t.n and t.raw[k] == "," and t.gap_ok[k]:
        k += 1
    linked = _year_of().at(t, k) if k < t.n and t.gap_ok[k] else -1
    if linked >= 0 and linked < t.n and t.gap_ok[linked]:
        k = linked
    year, last, scaled = _words_number(t, g, k)
    if scaled and g.min_year <= year <= g.max_year:
        return year, last
    return None, k


@cache
def _year_of() -> _PhraseSet:
    """Every language's words between a month and its year in words (``year_of``)."""
    return _PhraseSet(_phrase(w) for ld in load_dates().languages.values() for w in ld.year_of)


def _words_number(t: _Tokens, g: _Grammar, k: int) -> tuple[int, int, bool]:
    """The number written in words at k: (value, index after, whether a scale word
    was read); (0, k, False) when none.

    Words below a hundred add up, except that one bigger than the sum since the
    last scale multiplies it (quatre-vingt-seize is 4 x 20 + 16); a scale word
    (hundred, mille) multiplies what comes before it.
    """
    nums = g.numbers
    total = part = 0
    scaled = False
    last = k
    for j in range(k, min(t.n, k + _WORDS_YEAR_TOKENS)):
        if not t.gap_ok[j] and j > k:
            break
        word = t.norm[j]
        n = nums.get(word)
        if n is None:
            if j > k and ((word == "-" and t.tight[j]) or word in g.number_and):
                continue
            break
        if n >= 1000:
            total, part, scaled = total + max(part, 1) * n, 0, True
        elif n >= 100:
            part, scaled = max(part, 1) * n, True
        elif 0 < part % 100 < n:
            part = part - part % 100 + (part % 100) * n
        else:
            part += n
        last = j + 1
    return total + part, last, scaled


_WORDS_YEAR_TOKENS = 14  # "nineteen hundred and ninety - six": a year in words is short


# Numeric days with a four-digit year, separated by slashes or hyphens. The character
# before the day is checked by a look-behind past its first digit (as the anchors do), so
# that the engine skips ahead to digits rather than trying the look-behind everywhere.
_NUMERIC_DAY_RE = re.compile(r"(\d(?<![\w/.-]\d)\d?)[/-](\d{1,2})[/-]\d{4}(?![\w/])")


def numeric_order(text: str) -> bool:
    """Whether the text writes its numeric days month first: some are unambiguous so
    (03/18/2026: no month 18) and none day first (18/03/2026). Such a text means
    04/09/2026 as 9 April, whatever its language (a US page quoted in a French one).
    When none settles it, the days written with a month's name do: a page that writes
    "December 4, 2026" more often than "4 December 2026" means 12/07/2026 as 7 December."""
    month_first = False
    for m in _NUMERIC_DAY_RE.finditer(text):
        a, b = int(m[1]), int(m[2])
        if b <= 12 < a <= 31:
            return False
        month_first = month_first or a <= 12 < b <= 31
    if month_first:
        return True
    named_first, day_first = _written_orders()
    return len(named_first.findall(text)) > max(1, len(day_first.findall(text)))


@cache
def _written_orders() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Days written with a month's name, month first (December 4, 2026) and day first
    (4 December 2026, 4 décembre 2026), in every language of the data file."""
    names = sorted(
        {
            n.rstrip(".")
            for ld in load_dates().languages.values()
            for mo in ld.months
            for n in mo.names
            if len(n.rstrip(".")) >= 3
        },
        key=len,
        reverse=True,
    )
    alt = "|".join(map(re.escape, names))
    return (
        re.compile(rf"\b(?:{alt})\.? \d{{1,2}}, \d{{4}}", re.IGNORECASE),
        re.compile(rf"\b\d{{1,2}} (?:{alt})\.? \d{{4}}", re.IGNORECASE),
    )


class NumericOrder:
    """:func:`numeric_order` of one text, read when a numeric day first needs it: most
    texts write no day that only the order settles, and the pass over the text is saved."""

    __slots__ = ("_month_first", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._month_first: bool | None = None

    def month_first(self) -> bool:
        """``numeric_order`` of the text, computed once."""
        if self._month_first is None:
            self._month_first = numeric_order(self._text)
        return self._month_first
