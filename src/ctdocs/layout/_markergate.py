"""Whether a line may open with a marker at all: one pattern of every shape's opening.

:func:`ctdocs.layout._numbering.find_marker` tries its shapes one after the other (a
decimal, a paragraph, the data's paragraph shapes, code sections, sections, articles,
divisions, section headings, the seven item families, letters, bullets, repeated heads),
each a regex matched at the line's start and most behind a call of their own; three
lines in four open with none of them (running text), and every test is then made for
nothing. The shapes' opening patterns joined in one alternation tell those lines in one
match in C. Exact: a shape whose pattern does not match at the start reads no marker, so
a line that none matches has none; the division words (some four hundred, which the
alternation would try one by one) are tried by their openings, as
:func:`ctdocs._knowledge.may_open` tries them, written as a trie of letters
(:func:`ctdocs._knowledge.may_open_pattern`) and joined to the same alternation: one match
in C per line, where the openings' test in Python, asked of every line no shape opens
(most lines), cost as much as the alternation.
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import may_open_pattern

__all__ = ["may_mark"]

# a named group becomes a plain one (the shapes name theirs alike); a back reference
# would then point elsewhere: a shape holding one leaves the gate open
_NAMED_RE = re.compile(r"\(\?P<\w+>")
_BACKREF_RE = re.compile(r"\(\?P=|\\[1-9]")
# the flags a shape may be compiled with, each kept on its own alternative; with another
# (ASCII, LOCALE, VERBOSE) the gate stays open
_SCOPED = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"))
_OTHER_FLAGS = re.ASCII | re.LOCALE | re.VERBOSE


@cache
def _gate() -> re.Pattern[str] | None:
    """The alternation of the shapes' openings and of the division words' openings (None:
    the gate stays open)."""
    from . import _numbering as nb  # (the numbering imports this module)

    article, _ordinals, _division, _forms, items = nb._schemes()
    shapes = [
        nb._DECIMAL_RE,
        nb._PARAGRAPH_RE,
        nb._paragraph_re(),
        nb._section_sign_re(),
        nb._word_section_re(),
        article,
        nb._SECTION_RE,
        nb._HYPHEN_HEAD_RE,
        *(pat for _family, pat in items),
        nb._ITEM_RE,
        nb._BULLET_RE,
        nb._REPEAT_HEAD_RE,
    ]
    openings, _width = nb._division_openings()
    alts: list[str] = []
    for pat in shapes:
        if pat is None:
            continue
        if pat.flags & _OTHER_FLAGS or _BACKREF_RE.search(pat.pattern):
            return None
        scoped = "".join(c for flag, c in _SCOPED if pat.flags & flag)
        alts.append(f"(?{scoped}:{_NAMED_RE.sub('(', pat.pattern)})")
    try:
        union = re.compile("|".join([*alts, f"(?:{may_open_pattern(openings)})"]))
    except re.error:
        return None
    return union


def may_mark(text: str) -> bool:
    """False when no shape of :func:`find_marker` can open ``text`` (a plain line, read
    neither as a heading nor with a gap): it has no marker."""
    union = _gate()
    return union is None or union.match(text) is not None
