"""Pictures drawn in characters, noise of the layout rules (``markup``): a bar chart in block
characters, and a diagram's labels read across by a PDF's text layer; and a picture's words the
rules left open deep inside its other words (a word cloud), which take their reason.

Apart from :mod:`ctdocs.layout._boilerplate`, whose rules call them, so that each module
fits on a screen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._chromelines import _ALPHA_RE
from ._linekeys import ends_sentence, scorable

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_charts", "mark_cloud_gaps", "mark_shattered"]

# box drawing and block elements, as a class: the search skips a line in C (a set test per
# character, asked of every line, was a tenth of the rules' time)
_BLOCK_RE = re.compile("[\u2500-\u259f]")
_CHART_SHARE = 0.3


def mark_charts(units: Sequence[Unit]) -> None:
    """A bar chart drawn in block characters ("2016  ████████  718") is a picture."""
    for u in units:
        if u.noise is not None or _BLOCK_RE.search(u.text) is None:
            continue
        ink = sum(not ch.isspace() for ch in u.text)
        if len(_BLOCK_RE.findall(u.text)) >= _CHART_SHARE * ink:  # no block character is a blank
            u.noise = "markup"


_SHATTER_MIN = 6  # tokens on the line
_SHATTER_SHARE = 0.5  # of them letters or pairs that are no function word
_SHATTER_LOWER = 2  # lone lower-case letters that are no function word


def mark_shattered(units: Sequence[Unit], stop: frozenset[str]) -> None:
    """A diagram's labels read across by the PDF's text layer ("Te Cibles C Lutter r M
    roré en r e ac ist r e e"): half the tokens or more are letters or pairs that are no
    function word, lone lower-case letters among them. A line with figures or cells (a
    table, an amendment's credits) and a title in spaced capitals ("PR EM I ER M I N") are
    not such a picture, nor a name set letter by letter ("B u n d e s v e r w a l t u n g s
    g e r i c h t"): every token one letter, where a diagram's labels keep pairs and
    fragments of words."""
    for u in units:
        if u.noise is not None or (u.fold_safe() and not _may_shatter(u.alphas(), stop)):
            continue
        if "|" in u.text or _has_digit(u.text):
            continue
        toks = _ALPHA_RE.findall(u.text)
        if len(toks) < _SHATTER_MIN:
            continue
        # the tokens of one or two letters, read off the tokens (a second scan of the
        # line for them, with a look-behind tried at every place, cost twice as much)
        short = [w for w in toks if len(w) <= 2]
        if len(short) < _SHATTER_SHARE * len(toks):
            continue  # too few bits to be half the tokens
        if len(short) == len(toks) and all(len(w) == 1 for w in toks):
            continue  # a name set letter by letter
        bits = [w for w in short if w.casefold() not in stop]
        lone = [w for w in bits if len(w) == 1 and w.islower()]
        if len(bits) >= _SHATTER_SHARE * len(toks) and len(lone) >= _SHATTER_LOWER:
            u.noise = "markup"


def _may_shatter(folded: list[str], stop: frozenset[str]) -> bool:
    """The diagram test's counts read off the line's folded runs of letters (the boilerplate
    scorer cuts them anyway), where they are the line's runs one for one (``fold_safe``):
    false where the test fails whatever the case of the letters, so the line is not cut
    again; a lone letter's case is left to the test itself. Most lines are prose and fail
    here, on the count of short runs (counted in C: a loop over every line's words was
    most of the pass)."""
    n = len(folded)
    if n < _SHATTER_MIN or sum(map(_SHORT_RUN, map(len, folded))) < _SHATTER_SHARE * n:
        return False
    bits = [w for w in folded if len(w) <= 2 and w not in stop]
    return len(bits) >= _SHATTER_SHARE * n and sum(len(w) == 1 for w in bits) >= _SHATTER_LOWER


_SHORT_RUN = (3).__gt__  # a run of one or two letters


# The characters ``str.isdigit`` takes: the decimal digits (``\d``) and the 128 other digits
# (superscripts, subscripts, circled and parenthesised figures: none is ASCII), listed as
# this Python's Unicode data has them (tests/test_speedups_layout.py checks every code point).
_DIGIT_RE = re.compile(
    "[\\d\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089"
    "\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e"
    "\u2780-\u2788\u278a-\u2792\U00010a40-\U00010a43\U00010e60-\U00010e68"
    "\U00011052-\U0001105a\U0001f100-\U0001f10a]"
)


def _has_digit(text: str) -> bool:
    """``any(map(str.isdigit, text))`` by one search in C (a test per character was a
    tenth of the rules' time)."""
    return _DIGIT_RE.search(text) is not None


_GAP_LINES = 4  # open lines in the stretch
_GAP_WORDS = 4  # words on each: a cloud's words, never a sentence
_GAP_FRAME = 8  # noise lines right above the stretch, and right below it


def mark_cloud_gaps(units: Sequence[Unit]) -> None:
    """A few short open lines inside a long stretch of noise ("Contrôler Europe Cibles",
    "Armes" among a word cloud's scattered words): the picture's words the rules left
    open, with eight noise lines or more right above and right below them. No text's
    heading stands so deep inside a page's furniture; the lines take the reason of the
    noise above them."""
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and j - i <= _GAP_LINES and _gap_word(units[j]):
            j += 1
        if i < j <= i + _GAP_LINES and _framed(units, i, j):
            for u in units[i:j]:
                u.noise = units[i - 1].noise
        i = max(j, i + 1)


def _gap_word(u: Unit) -> bool:
    return scorable(u) and u.words() <= _GAP_WORDS and not ends_sentence(u.text)


def _framed(units: Sequence[Unit], i: int, j: int) -> bool:
    above = units[max(0, i - _GAP_FRAME) : i]
    below = units[j : j + _GAP_FRAME]
    return len(above) == len(below) == _GAP_FRAME and all(
        u.noise is not None for u in (*above, *below)
    )
