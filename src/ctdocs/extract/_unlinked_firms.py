"""Organisations named by their legal form or by their kind and a quoted name.

Decisions and judgments name the law firms of the parties by their legal form
(``SCP Garnier, Roussel``, ``SARL Cabinet Desmarais``), and texts of every kind
introduce an association or a company by its kind and its name between
quotation marks (``l'association « Bienfaisance Al-Nour International »``, ``the
company "Northbridge Logistics"``). No head noun marks these names, but the
form or the quotation does. The words are data (``legal_forms`` and
``quoted_by`` under ``[organ]`` in ``data/models/actor_shapes.toml``); this
module only finds the spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .._knowledge import fold, load_actor_shapes
from ._shape_regex import _alt, finditer_from, finditer_in
from ._word_openings import Openings, TextWords

__all__ = ["firms"]

_NAME = r"[A-Z][\w'-]*"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], int]:
    """The firm and quoted-name patterns, the quoted pattern's opening (the kind, blanks
    and the quotation mark), and the longest kind word: 0 when a kind holds other than
    letters (a blank matches blanks of any length), and the quoted names are then
    searched the plain way."""
    c = load_actor_shapes().organ
    forms = "|".join(map(re.escape, c.legal_forms))
    kinds = c.quoted_by.all()
    # folded, a kind of letters only is matched one character for one
    longest = max(map(len, kinds)) if all(fold(k).isalpha() for k in kinds) else 0
    opening = rf"(?i:{_alt(kinds)})[ \t]+[«\"“]"
    return (
        # the form and its names, joined by commas, "et" or "and" (partners' names)
        re.compile(
            rf"(?:{forms})[ \t]+{_NAME}"
            rf"(?:(?:,[ \t]+|[ \t]+(?:et|and|&)[ \t]+|[ \t]+){_NAME})*"
        ),
        # the kind, then a capitalised name between quotation marks
        re.compile(
            rf"{opening}[ \t\u00a0]*"
            rf"([A-Z][^«»\"“”\n]{{0,60}}(?:\n[^«»\"“”\n]{{1,60}})?)[ \t\u00a0]*[»\"”]"
        ),
        re.compile(opening),
        longest,
    )


# an opening quotation mark after a blank, found by the mark (speed: the regex engine
# skips ahead to the rare marks, not to every blank)
_OPENING_MARK = re.compile(r"[«\"“](?<=[ \t].)")


def _quoted(
    folded: str, quoted: re.Pattern[str], opening: re.Pattern[str], longest: int
) -> Iterator[re.Match[str]]:
    """The matches of ``quoted``, as ``finditer`` gives them, looked for only before the
    quotation marks (speed: a case-blind kind word gives the regex engine nothing to
    skip ahead to): every match opens on a kind of at most ``longest`` letters, then
    blanks and a quotation mark, the first after its start (:func:`finditer_in`)."""
    if not longest:
        return quoted.finditer(folded)
    return finditer_in(quoted, opening, folded, _before_marks(folded, longest))


def _before_marks(folded: str, longest: int) -> Iterator[tuple[int, int]]:
    """For each quotation mark after blanks, from ``longest`` characters before the
    blanks to just after the mark."""
    for m in _OPENING_MARK.finditer(folded):
        blanks = m.start()
        while blanks > 0 and folded[blanks - 1] in " \t":
            blanks -= 1
        yield blanks - longest, m.end()


def _inside(folded: str, at: int) -> bool:
    return at > 0 and (folded[at - 1].isalnum() or folded[at - 1] == "_")


@cache
def _forms_at() -> Openings | None:
    """Where the firm pattern may match: its legal forms, as written (None where a form
    is one the look-up cannot find: the text is scanned)."""
    try:
        return Openings(load_actor_shapes().organ.legal_forms)
    except ValueError:
        return None


def firms(folded: str, words: TextWords | None = None) -> list[tuple[int, int]]:
    """Spans of firms named by their legal form and of quoted organisations' names.
    ``words``: the text's tokens, where the legal forms are looked up (speed: an
    alternation of forms gave the regex engine no one letter to skip ahead to)."""
    firm, quoted, opening, longest = _patterns()
    # the patterns open on their words, not on a look-behind, so that the regex engine
    # skips ahead to them (speed); a match inside a word is dropped here
    at = _forms_at()
    found = firm.finditer(folded)
    if words is not None and at is not None:
        found = finditer_from(firm, folded, at.at(words))
    out = [m.span() for m in found if not _inside(folded, m.start())]
    out += [
        (m.start(1), m.start(1) + len(m.group(1).rstrip()))
        for m in _quoted(folded, quoted, opening, longest)
        if not _inside(folded, m.start())
    ]
    return out
