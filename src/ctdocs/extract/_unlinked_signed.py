"""Signatures set in capitals: a name on a line of its own over its office's line.

A signed text closes on the signer's name, often in capitals (``MUSA IBRAHIM DANLADI,
GCFR``, ``P. O. LANGAT`` over ``JUDGE OF APPEAL``, ``Le Ministre de l'Intérieur,`` under
``ÉTIENNE BOUCHARD-LAVOIE``), and a heading is a line in capitals too: what tells them
apart holds across publishers (an initial, a title, an office's line under it, words the
text never writes in lower case). Split from :mod:`ctdocs.extract._unlinked_persons`,
which finds the other shapes of a person's name and whose particles and lower-case words
this module reads; the offices are data (``[person]`` in ``actor_shapes.toml``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .._knowledge import fold, load_actor_shapes
from ._line_starts import match_at_lines
from ._shape_regex import _alt
from ._unlinked_persons import _INITIAL, LOWER_WORD, particles

__all__ = ["as_name", "capitals_lines"]

# a line of two to seven words in capitals (initials among them, glued or not, a title or
# a signing mark in brackets may open it), perhaps an honour's letters or a comma after it:
# a signature set in capitals ("MUSA IBRAHIM DANLADI, GCFR", "ÉTIENNE BOUCHARD-LAVOIE",
# folded with its hyphen a blank, "J. ABERCROMBIE-SINGH", "P. O. LANGAT", "DR. R.M. LE
# COCQ-BRIARD", "DATO' SRI AHMAD BIN HASSAN"); group 2: the comma
_CAPS_WORD = r"(?:[A-Z]\.){1,3}|[A-Z]{2,}'?\.?|[A-Z](?=[ \t])"
_CAPS_LINE = re.compile(
    r"(?m)^[ \t]*(?:\([^()\n]{1,12}\)[ \t]*)?"
    rf"((?:{_CAPS_WORD})(?:[ \t]{{1,2}}(?:{_CAPS_WORD})){{1,6}})"
    r"[ \t]*(,[ \t]*(?:[A-Z]{2,6}\.?)?)?[ \t]*\n"
)
_CAPS_LINE_OPENS = "A-Z("  # what such a line opens on, past its blanks
_NAME_WORDS = 4  # a name's own words in capitals, initials and particles aside
_OFFICE_LINE_WORDS = 12  # "President of the Federal Republic of Nigeria": an office, no more
_ROMAN = re.compile(r"(?<![\w.])[IVXLC]+(?![\w.])")  # "ANNEX II", "PART III": a heading
# a line the signature is written on, between the name and the office ("....", "____")
_RULE_LINE = re.compile(r"[ \t]*[._\u2026-]{3,}[ \t]*\n")


@cache
def _office_line() -> re.Pattern[str]:
    """A line that opens on an office, capitalised or in capitals, alone or before its
    complement in lower case (``Clerk of the House``, ``President of the Federal``,
    ``JUDGE``, ``Le Ministre de l'Intérieur,``) or in capitals (``JUDGE OF APPEAL``), no
    sentence (no stop closes it): the line under a signature."""
    offices = load_actor_shapes().person.offices.all()
    forms = [*offices, *(fold(w).upper() for w in offices)]
    return re.compile(
        rf"[ \t]*(?:(?:Le|La|L'|The)[ \t]+)?(?:{_alt(forms, capital=True)})"
        r"(?:[ \t]+[a-z][^\n]*|(?:[ \t]+[A-Z][A-Z'.,]*)+)?(?<![.;:!?])[ \t]*(?:\n|$)"
    )


def _over_office(folded: str, at: int) -> bool:
    """Whether the line at ``at`` is an office's, short, perhaps under the rule line a
    signature is written on (``P. O. LANGAT`` / ``.......`` / ``JUDGE OF APPEAL``)."""
    rule = _RULE_LINE.match(folded, at)
    office = _office_line().match(folded, rule.end() if rule else at)
    return office is not None and len(office.group().split()) <= _OFFICE_LINE_WORDS


def _signs_above_office(
    folded: str, m: re.Match[str], name: str, marked: bool, common: Callable[[str], bool]
) -> bool:
    """Whether a line in capitals is a signature over its office's line: an initial in
    it, a comma after it or a title before it (``marked``), or else name words the text
    never writes in lower case and no list holds as a heading's or a body's word
    (``common``; a heading is words of the text: ``FINAL PROVISIONS``); no roman number,
    the office's line short."""
    if _ROMAN.search(name):
        return False
    unmarked = not (marked or _INITIAL.search(name) or m.group(2))
    if unmarked and any(common(w) for w in name.split()):
        return False
    return _over_office(folded, m.end())


def capitals_lines(
    folded: str,
    given: frozenset[str],
    titles: frozenset[str] = frozenset(),
    words_of: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """The signatures set in capitals whose first word is a given name (``given``: folded,
    capitalised) or that stand over an office's line (``OLUWASEUN A. ADEBAYO-IKE`` /
    ``Clerk to the National Assembly``): a line of capitals opening on another word and
    over no office is a heading. Two name words at least, after the titles that open the
    line (``titles``: casefolded, no full stop; ``CAPT``, ``DR.``: no part of the name).
    ``words_of``: casefolded words of headings and bodies (``Dispositions``, ``Ministry``)."""
    out: list[tuple[int, int]] = []
    lower: list[frozenset[str]] = []  # the words the text writes in lower case, once

    def common(word: str) -> bool:
        if not lower:
            lower.append(frozenset(LOWER_WORD.findall(folded)))
        return word.lower() in lower[0] or word.casefold() in words_of

    for m in match_at_lines(_CAPS_LINE, folded, _CAPS_LINE_OPENS):
        start, name = m.start(1), m.group(1)
        for w in m.group(1).split():
            if w.casefold().rstrip(".") not in titles:
                break
            start = folded.index(w, start) + len(w)
        start += len(folded[start : m.end(1)]) - len(folded[start : m.end(1)].lstrip())
        name = folded[start : m.end(1)]
        words = name.split()
        core = [w for w in words if len(w.rstrip(".")) > 1 and w.casefold() not in particles()]
        if len(words) < 2 or len(core) > _NAME_WORDS:
            continue  # "YUSUF AHMED MOOSA FIRST APPELLANT": a party and its role
        first = words[0]
        marked = start > m.start(1)
        if first[:1] + first[1:].lower() in given or _signs_above_office(
            folded, m, name, marked, common
        ):
            out.append((start, m.end(1)))
    return out


# a word in capitals, not a regnal number ("Mohammed VI")
_CAPS_NAME_WORD = re.compile(r"(?<![\w.])(?![IVXL]+(?![\w.]))[^\W\d_a-z]{2,}(?![\w.])")


def as_name(surface: str) -> str:
    """A person's name as a name is written: a surname set in capitals (``Claire
    DUVERNOY-KACI``, ``KARIM BENSLIMANE``) in capitals only at the start of each word;
    initials (``M.``, ``S.B.``) and regnal numbers (``Mohammed VI``) as they are."""
    return _CAPS_NAME_WORD.sub(lambda m: m.group().capitalize(), surface)
