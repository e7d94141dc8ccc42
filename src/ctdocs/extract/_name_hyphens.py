"""The folded text with the hyphens that join a name's parts kept.

Folding makes every hyphen a blank (``Sophie-Anne Lévesque-Tardif`` reads ``Sophie Anne
Levesque Tardif``), so a finder that counts a person's name words counts four where the
name has two parts, a compound given name and a compound surname, and a word in capitals
after a hyphen (``DIALLO-SOW``) stands alone as if it were an acronym. A hyphen between
two letters, with no blank on either side, joins parts of one word in every publisher's
text and both languages; a dash between blanks (``Canada – Lesley Soper``) separates
and stays a blank. Same length as the folded text: offsets are the same.
"""

from __future__ import annotations

import re

__all__ = ["HYPHENS", "hyphened", "name_edges", "whole_words"]

HYPHENS = "-\u2010\u2011"  # the hyphens a name joins its words with: ASCII, Unicode, non-breaking

# a hyphen (ASCII, Unicode hyphen, non-breaking hyphen) between two letters (opening on
# the hyphen, its look-behind after it: the regex engine skips ahead to hyphens)
_JOINING = re.compile(rf"[{HYPHENS}](?<=[^\W\d_].)(?=[^\W\d_])")


def hyphened(text: str, folded: str) -> str:
    """``folded`` with a ``-`` where ``text`` holds a hyphen between two letters."""
    pieces: list[str] = []
    at = 0
    for m in _JOINING.finditer(text):
        pieces += [folded[at : m.start()], "-"]
        at = m.end()
    if not pieces:
        return folded
    pieces.append(folded[at:])
    return "".join(pieces)


def _joins(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a hyphen with a letter on either side."""
    return (
        0 < at < len(text) - 1
        and text[at] in HYPHENS
        and text[at - 1].isalpha()
        and text[at + 1].isalpha()
    )


def whole_words(text: str, start: int, end: int, right: bool = True) -> tuple[int, int]:
    """``start``-``end`` widened to the whole of a hyphened word cut at either edge.

    A name's span that ends or opens on a joining hyphen cuts a compound word: the
    lower-case half of ``Chefs d'État-major`` or ``Sapeurs-pompiers`` is no word a run of
    capitalised words reads, and a head listed in one piece (``Commissariat``) leaves
    ``Haut-`` before it. Publishers in both languages join such words with a hyphen
    and never with a blank, so the hyphen is the word's edge, not the name's. ``right``:
    whether the end may widen too.
    """
    while right and _joins(text, end):
        end += 1
        while end < len(text) and text[end].isalpha():
            end += 1
    while _joins(text, start - 1):
        start -= 1
        while start > 0 and text[start - 1].isalpha():
            start -= 1
    return start, end


def name_edges(
    text: str, folded: str, start: int, end: int, heads: frozenset[str]
) -> tuple[int, int]:
    """:func:`whole_words` of a body's name read in ``folded``; its end not widened after a
    closing head (casefolded ``heads``), where the hyphen makes an adjective of the name
    (``NPO Bureau-registered``)."""
    last = folded[start:end].split()
    return whole_words(text, start, end, right=bool(last) and last[-1].casefold() not in heads)
