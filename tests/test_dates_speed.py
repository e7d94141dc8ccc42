"""The date finder's fast paths give what the plain word-by-word definitions give.

Each speed-up of the date scan (anchors found by distinct words, patterns that open
on a digit) is checked against the definition it replaces on random texts built
from French and English words, written in several cases, inside longer words and
next to digits and punctuation.
"""

from __future__ import annotations

import random
import re

import pytest

from ctdocs.extract._dateanchors import _word_anchors
from ctdocs.extract._datecalendar import calendar_knowledge
from ctdocs.extract._dategrammar import (
    _DIGIT_ANCHOR_RE,
    _MAX_GAP,
    _NUM,
    _NUMERIC_DAY_RE,
    _SHORT_NUMERIC_RE,
    _TOKEN_RE,
    _WORD_RE,
    _YEAR_ANCHOR_RE,
    NumericOrder,
    _grammar,
    _norm,
    _Tokens,
)
from ctdocs.extract._datescan import _Parser, _scan, _season_words

WORDS = {
    "fr": ["mai", "MAI", "maison", "février", "Fevrier", "févr", "sept", "août", "été", "Été",
           "étés", "printemps", "AUTOMNE", "automnes", "hiver", "l'hiver", "2020"],
    "en": ["May", "mayor", "March", "MARCH", "marches", "Sept", "December", "spring",
           "springtime", "Summer", "AUTUMN", "winters", "fall", "2020"],
}  # fmt: skip
SEPARATORS = [" ", "", "-", "\n", "'", "3", "_", ".", "é", "\t", "\u00a0"]


def _text(lang: str, seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(WORDS[lang]) + rng.choice(SEPARATORS) for _ in range(3000))


@pytest.mark.parametrize(("lang", "seed"), [("fr", 0), ("en", 0), ("fr", 1), ("en", 1)])
def test_word_anchors_equal_the_words_one_by_one(lang: str, seed: int) -> None:
    """Months: every run of letters whose compare form names a month; seasons: every
    season name that the case-blind pattern finds as a word of its own."""
    g = _grammar()
    text = _text(lang, seed)
    months, seasons = _word_anchors(text, g.months, calendar_knowledge().season_line)
    plain = [m.span() for m in _WORD_RE.finditer(text) if _norm(m.group()) in g.months]
    assert months == plain
    assert seasons == _season_words(text, g)
    assert months and seasons  # the text names both


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # a piece of letters alone is its word; a superscript figure or a roman numeral
        # sign (no decimal digit) is of the run, a combining accent, "_" or a digit cuts it
        ("le 3 mai² ; Ⅻmai ; mai_ ; ma\u0301i ; mai ; mai3", [(19, 22), (33, 36), (39, 42)]),
        ("on 3 May² ; ⅫMay ; May_ ; Ma\u0301y ; May ; May3", [(19, 22), (33, 36), (39, 42)]),
        ("mai, mai; (mai) mai.", [(0, 3), (5, 8), (11, 14), (16, 19)]),
        ("May, May; (May) May.", [(0, 3), (5, 8), (11, 14), (16, 19)]),
    ],
)
def test_word_anchors_of_pieces_with_signs_and_numbers(
    text: str, months: list[tuple[int, int]]
) -> None:
    """The month words of pieces that are more than letters (found by their runs) and of
    pieces of letters alone (each its own word), as the word-by-word definition finds."""
    g = _grammar()
    found, _ = _word_anchors(text, g.months, calendar_knowledge().season_line)
    assert found == months  # checked by hand: "mai_", "mai", "mai3" (May), all of row 3
    plain = [m.span() for m in _WORD_RE.finditer(text) if _norm(m.group()) in g.months]
    assert found == plain


@pytest.mark.parametrize(
    ("text", "years", "short"),
    [
        ("le 30/10/24, loi 2001-12 du 12.03.2019", ["2001", "2019"], ["30/10/24"]),
        ("on 10-30-24, Act 12345 of 2002/3", ["2002"], ["10-30-24"]),
    ],
)
def test_anchor_patterns_on_examples(text: str, years: list[str], short: list[str]) -> None:
    assert [m.group() for m in _YEAR_ANCHOR_RE.finditer(text)] == years
    assert [m.group() for m in _SHORT_NUMERIC_RE.finditer(text)] == short


@pytest.mark.parametrize("seed", range(3))
def test_anchor_patterns_equal_the_look_behind_at_the_start(seed: int) -> None:
    """The anchors open on a digit and look behind it; the definitions look behind first."""
    year = re.compile(r"(?<!\d)\d{4}(?!\d)")
    short = re.compile(
        r"(?<![\w./\u2010-\u2015-])\d{1,2}([/\u2010-\u2015-])\d{1,2}\1\d{2}(?![\w/\u2010-\u2015-])"
    )
    rng = random.Random(seed)
    alphabet = list("0123456789" * 4 + "/-.\u2013 \na_x\u0663")  # \u0663: an Arabic-Indic 3
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40)))
        assert [m.span() for m in _YEAR_ANCHOR_RE.finditer(text)] == [
            m.span() for m in year.finditer(text)
        ]
        assert [m.span() for m in _SHORT_NUMERIC_RE.finditer(text)] == [
            m.span() for m in short.finditer(text)
        ]


@pytest.mark.parametrize("seed", range(3))
def test_digit_anchors_are_both_patterns_in_one_pass(seed: int) -> None:
    """The one pass over the digits finds the years and the short days that the two
    patterns find, in order; the years are its matches of four characters."""
    rng = random.Random(seed)
    alphabet = list("0123456789" * 4 + "/-.\u2013 \na_x\u0663")
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40)))
        both = sorted(
            [(m.span(), True) for m in _YEAR_ANCHOR_RE.finditer(text)]
            + [(m.span(), False) for m in _SHORT_NUMERIC_RE.finditer(text)]
        )
        found = [(m.span(), m.end() - m.start() == 4) for m in _DIGIT_ANCHOR_RE.finditer(text)]
        assert found == both


@pytest.mark.parametrize("seed", range(3))
def test_numeric_day_pattern_equals_the_look_behind_at_the_start(seed: int) -> None:
    """numeric_order's pattern opens on a digit; its definition looks behind first."""
    day = re.compile(r"(?<![\w/.-])(\d{1,2})[/-](\d{1,2})[/-]\d{4}(?![\w/])")
    rng = random.Random(seed)
    alphabet = list("0123456789" * 4 + "/-. \na_\u0663")
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40)))
        assert [(m.span(), m.groups()) for m in _NUMERIC_DAY_RE.finditer(text)] == [
            (m.span(), m.groups()) for m in day.finditer(text)
        ]


def _plain_tokens(text: str, lo: int, hi: int) -> tuple[object, ...]:
    """The tokens by their definition: each match of _TOKEN_RE, its group, its span,
    its compare form (a number's is itself) and the gap flags from the text between."""
    ms = list(_TOKEN_RE.finditer(text, lo, hi))
    kind = [m.lastindex for m in ms]
    raw = [m.group() for m in ms]
    norm = [r if k == _NUM else _norm(r) for k, r in zip(kind, raw, strict=True)]
    tight, gap_ok = [0] * len(ms), [0] * len(ms)
    for i in range(1, len(ms)):
        gap = text[ms[i - 1].end() : ms[i].start()]
        tight[i] = int(not gap)
        gap_ok[i] = int(len(gap) <= 1 or (len(gap) <= _MAX_GAP and gap.count("\n") <= 1))
    spans = [m.start() for m in ms], [m.end() for m in ms]
    return kind, raw, norm, tight, gap_ok, *spans


@pytest.mark.parametrize("seed", range(3))
def test_tokens_equal_the_matches_one_by_one(seed: int) -> None:
    """_Tokens' passes over one findall give the arrays of the token pattern's matches,
    on odd characters: accents, combining marks, other scripts' digits and letters,
    every kind of white space, long gaps and white space ending the stretch."""
    rng = random.Random(seed)
    alphabet = [*"ab Zé\u0301ß19 \n\t\r\u00a0\u2003_-/.,:()^\u2019'`\u0663\u00b2\u2164\u212a"]
    alphabet += ["İ", "\u2013", "\u3000", "\x0b", "\x1c", "   ", "\n\n\n", " " * 9, "juin", "2004"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        lo = rng.randrange(0, len(text) + 1)
        hi = rng.randrange(lo, len(text) + 1)
        t = _Tokens(text, lo, hi)
        got = list(t.kind), t.raw, t.norm, list(t.tight), list(t.gap_ok), list(t.start), list(t.end)
        assert got == _plain_tokens(text, lo, hi)


CUED = {
    "fr": ["de", "du", "des", "à", "en", "dans", "entre", "au", "depuis", "fin", "début", "la",
           "réunion", "mars", "2004", "12", "1er", "et", "-", "le", "l'", "année", "juin"],
    "en": ["from", "the", "to", "in", "between", "and", "by", "since", "late", "early", "end",
           "of", "meeting", "March", "2004", "12", "1st", "-", ",", "year", "June", "until"],
}  # fmt: skip


@pytest.mark.parametrize(("lang", "seed"), [("fr", 0), ("en", 0), ("fr", 1), ("en", 1)])
def test_cue_words_turned_away_open_no_date(
    lang: str, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cue or range word that :meth:`_Parser._may_open` turns away is one where the
    full reading finds no date either: the scan of texts dense with cue words, range words,
    months and numbers is the same with the test as with every word read in full."""
    rng = random.Random(seed)
    texts = [
        " ".join(rng.choice(CUED[lang]) for _ in range(rng.randrange(1, 12))) for _ in range(1500)
    ]
    fast = [_scan(t, lang) for t in texts]
    turned_away = 0
    original = _Parser._may_open

    def counted(self: _Parser, i: int) -> bool:
        nonlocal turned_away
        ok = original(self, i)
        turned_away += not ok
        return ok

    monkeypatch.setattr(_Parser, "_may_open", counted)
    assert [_scan(t, lang) for t in texts] == fast
    assert turned_away > 100  # the test does turn words away
    monkeypatch.setattr(_Parser, "_may_open", lambda self, i: True)
    assert [_scan(t, lang) for t in texts] == fast
    assert sum(map(len, fast)) > 100  # and the texts hold dates


@pytest.mark.parametrize(
    ("lang", "text", "opens"),
    [
        ("fr", "la réunion de la commission", False),  # "de" before no number nor month
        ("fr", "de 2004 à 2008", True),
        ("fr", "de fin 2004 à 2008", True),  # past a qualifier
        ("en", "from the committee", False),
        ("en", "from 2004 to 2008", True),
        ("en", "between late 2014 and 2017", True),
    ],
)
def test_may_open_on_examples(lang: str, text: str, opens: bool) -> None:
    words = {"fr": ("de",), "en": ("from", "between")}[lang]
    t = _Tokens(text, 0, len(text))
    p = _Parser(_grammar(), t, lang, set(), NumericOrder(text))
    i = next(k for k in range(t.n) if t.norm[k] in words)
    assert p._may_open(i) is opens
